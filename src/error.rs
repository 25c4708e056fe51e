//! The library's typed errors and the exit code each maps to.
//!
//! Owns: the error kinds a user can meet and the documented exit codes (README "Exit codes").
//! The sentences themselves are in `messages`, so the UI can speak Vietnamese and English.

use crate::rules::calendar::OutOfRange;
use crate::rules::dates::DateError;
use crate::rules::lifecycle::{DateOrderError, TransitionError};
use crate::rules::reports::PeriodError;
use crate::rules::vocabulary::VocabularyError;
use std::path::PathBuf;

/// Exit codes, documented in the README and tested.
pub mod exit {
    /// Success (and, for `report overdue`, nothing overdue).
    pub const OK: i32 = 0;
    /// The command was refused: a rule, an unknown record, a contradiction. Nothing written.
    pub const REFUSED: i32 = 1;
    /// Bad usage: unknown command or flag, malformed value. Nothing written.
    pub const USAGE: i32 = 2;
    /// `report overdue --fail-on-overdue` found overdue items.
    pub const OVERDUE: i32 = 3;
    /// The database could not be used (missing directory, locked, read-only, full, newer
    /// version, not a database). Nothing written.
    pub const DATABASE: i32 = 4;
    /// `check` found a problem in the database.
    pub const CHECK_FAILED: i32 = 5;
}

/// Everything that can go wrong in a command.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Date(#[from] DateError),
    #[error(transparent)]
    Vocabulary(#[from] VocabularyError),
    #[error(transparent)]
    Period(#[from] PeriodError),
    #[error(transparent)]
    OutOfRange(#[from] OutOfRange),
    #[error(transparent)]
    Transition(#[from] TransitionError),
    #[error(transparent)]
    DateOrder(#[from] DateOrderError),
    /// A value the command cannot take (its message names the value and what is accepted).
    #[error("{0}")]
    Invalid(String),
    /// No record with that id.
    #[error("{}", crate::messages::not_found(record, id))]
    NotFound { record: &'static str, id: String },
    /// A command refused for a reason of the regulation or of consistency.
    #[error("{0}")]
    Refused(String),
    #[error("{}", crate::messages::database_error(self))]
    NewerSchema {
        path: PathBuf,
        found: i64,
        supported: i64,
    },
    #[error("{}", crate::messages::database_error(self))]
    NotADatabase { path: PathBuf },
    #[error("{}", crate::messages::database_error(self))]
    MissingDirectory { path: PathBuf },
    #[error("{}", crate::messages::database_error(self))]
    Busy { path: PathBuf },
    #[error("{}", crate::messages::database_error(self))]
    ReadOnly { path: PathBuf },
    #[error("{}", crate::messages::database_error(self))]
    Full { path: PathBuf },
    #[error("{}", crate::messages::database_error(self))]
    OldSqlite { found: String },
    #[error("{}", crate::messages::database_error(self))]
    Sqlite(#[from] rusqlite::Error),
    #[error("{}", crate::messages::database_error(self))]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

impl Error {
    /// The documented exit code for this error.
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Date(_)
            | Error::Vocabulary(_)
            | Error::Period(_)
            | Error::OutOfRange(_)
            | Error::Invalid(_) => exit::USAGE,
            Error::Transition(_)
            | Error::DateOrder(_)
            | Error::NotFound { .. }
            | Error::Refused(_) => exit::REFUSED,
            _ => exit::DATABASE,
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
