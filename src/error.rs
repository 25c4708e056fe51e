//! The library's typed errors and the exit code each maps to.
//!
//! Owns: the error kinds a user can meet, with the data that names the bad value, and the
//! documented exit codes (README "Exit codes"). The sentences a user reads are rendered by
//! `words::error` in the UI language; `Display` here is a short English form for logs and
//! tests, and this module imports nothing of `words`.

use crate::rules::calendar::OutOfRange;
use crate::rules::dates::DateError;
use crate::rules::lifecycle::{DateOrderError, FutureActError, TransitionError};
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
    /// The output (stdout or an `--output` file) could not be written. A read command wrote
    /// nothing; a write command's change was saved (stderr says so) — only its confirmation is
    /// missing.
    pub const OUTPUT: i32 = 6;
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
    #[error(transparent)]
    FutureAct(#[from] FutureActError),
    /// A value the command cannot take (its message names the value and what is accepted).
    #[error("{0}")]
    Invalid(crate::message::Message),
    /// No record with that id.
    #[error("no {record} with id {id}")]
    NotFound { record: &'static str, id: String },
    /// A command refused for a reason of the regulation or of consistency.
    #[error("{0}")]
    Refused(crate::message::Message),
    #[error("{} has schema {found}, newer than {supported}", path.display())]
    NewerSchema {
        path: PathBuf,
        found: i64,
        supported: i64,
    },
    #[error("{} is not a doithoai database", path.display())]
    NotADatabase { path: PathBuf },
    #[error("the directory of {} does not exist", path.display())]
    MissingDirectory { path: PathBuf },
    #[error("{} stayed locked longer than the busy timeout", path.display())]
    Busy { path: PathBuf },
    #[error("{} cannot be written", path.display())]
    ReadOnly { path: PathBuf },
    #[error("the disk holding {} is full", path.display())]
    Full { path: PathBuf },
    #[error("SQLite {found} is too old")]
    OldSqlite { found: String },
    /// No file at the path: only `init` (and `restore`) create a database.
    #[error("no database at {}", path.display())]
    NoDatabase { path: PathBuf },
    /// An empty file, or a SQLite file without any table: never initialised by `init`.
    #[error("{} is empty", path.display())]
    NotInitialised { path: PathBuf },
    /// The path is a folder, a FIFO, a device or a dangling symbolic link.
    #[error("{} is not a database file ({what:?})", path.display())]
    NotAFile { path: PathBuf, what: FileKind },
    /// A companion of a database (`-wal`, `-shm`, `-journal`) that is not a plain file: a FIFO
    /// planted beside a ward's file would hang every reader.
    #[error("{} is not a plain file ({what:?})", path.display())]
    CompanionNotAFile { path: PathBuf, what: FileKind },
    /// A database whose schema holds objects doithoai did not create, or altered ones (a
    /// trigger added to a backup runs on the next write): never read, restored or written.
    #[error("{} has a schema that is not doithoai's: {}", path.display(),
        objects.iter().map(ToString::to_string).collect::<Vec<_>>().join(", "))]
    Tampered {
        path: PathBuf,
        objects: Vec<SchemaDifference>,
    },
    /// A file much longer than the data it holds (a sparse file): copying it would fill the disk.
    #[error("{} is {length} bytes long but holds {on_disk} on disk", path.display())]
    Sparse {
        path: PathBuf,
        length: u64,
        on_disk: u64,
    },
    /// Reading another office's file took longer than the limit (a view that never ends).
    #[error("reading {} took longer than {seconds} s", path.display())]
    TooSlow { path: PathBuf, seconds: u64 },
    /// Two files of one office whose records disagree at their common history (one forged or
    /// edited outside the tool): neither is taken.
    #[error("{} and {} hold one office but disagree", a.display(), b.display())]
    Conflict { a: PathBuf, b: PathBuf },
    /// An input file over a limit (bytes, cells of a sheet, an uncompressed part of a workbook).
    #[error("{} is over the limit ({found} > {limit} {unit:?})", path.display())]
    TooLarge {
        path: PathBuf,
        found: u64,
        limit: u64,
        unit: SizeUnit,
    },
    /// An output target that is a block device (a disk): never written.
    #[error("{} is a device", target.display())]
    OutputIsDevice { target: PathBuf },
    /// A disk I/O error on the database file (a failing device, a full disk mid-write).
    #[error("disk I/O error on {} (SQLite extended code {extended_code})", path.display())]
    DiskIo { path: PathBuf, extended_code: i32 },
    /// `--output` or a backup would overwrite the live database or one of its companion files.
    #[error("{} is the database {}", target.display(), db.display())]
    OutputIsDatabase { target: PathBuf, db: PathBuf },
    /// An output path that is an existing SQLite file (a backup, another office's database).
    #[error("{} is a SQLite database", target.display())]
    OutputIsSqlite { target: PathBuf },
    /// The folder of an output file does not exist.
    #[error("the folder {} does not exist", folder.display())]
    OutputFolderMissing { folder: PathBuf },
    /// An output path that is a folder.
    #[error("{} is a folder", target.display())]
    OutputIsFolder { target: PathBuf },
    /// Writing the output (stdout or a file) failed.
    #[error("could not write the output to {}: {source}", path.display())]
    Output {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// A PostgreSQL server's error, before it is given the database's name (`store::on_file`).
    #[error("database error: {0}")]
    Postgres(#[from] postgres::Error),
    /// A server that took the connection but did not answer within the connect timeout.
    #[error("{}: no answer within {seconds} s", path.display())]
    ServerSilent { path: PathBuf, seconds: u64 },
    /// A PostgreSQL server's refusal or failure: the database (its address without the
    /// password), the SQLSTATE code when the server gave one, and the server's own words.
    #[error("{}: {detail}", path.display())]
    Server {
        path: PathBuf,
        code: Option<String>,
        detail: String,
        /// Why the server could not be reached, when it gave no code.
        unreached: Option<Unreached>,
    },
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// Why a server could not be reached, as the clerk can act on it (the driver's and the
/// system's own words are English).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unreached {
    /// Nothing listens at the address's host and port.
    NoListener,
    /// The host did not answer within the connect timeout.
    NoAnswer,
    /// No route to the host or its network.
    NoRoute,
    /// The connection was closed while the command ran.
    Closed,
    /// The address's host name is known to no name server this machine asks.
    NoSuchHost,
    /// The server asks for a password and none was given (address, `PGPASSWORD`, password file).
    NoPassword,
}

impl Unreached {
    /// The cause of a connection's failure, from the system error under the driver's.
    pub fn of(error: &(dyn std::error::Error + 'static)) -> Option<Unreached> {
        use std::io::ErrorKind;
        let mut cause = Some(error);
        while let Some(e) = cause {
            if let Some(io) = e.downcast_ref::<std::io::Error>() {
                return match io.kind() {
                    // A local socket's file missing: no server listens in that folder.
                    ErrorKind::ConnectionRefused | ErrorKind::NotFound => {
                        Some(Unreached::NoListener)
                    }
                    ErrorKind::TimedOut => Some(Unreached::NoAnswer),
                    ErrorKind::HostUnreachable | ErrorKind::NetworkUnreachable => {
                        Some(Unreached::NoRoute)
                    }
                    ErrorKind::ConnectionReset
                    | ErrorKind::ConnectionAborted
                    | ErrorKind::BrokenPipe
                    | ErrorKind::UnexpectedEof => Some(Unreached::Closed),
                    _ => None,
                };
            }
            cause = e.source();
        }
        None
    }

    /// Its key in the catalogue's `server_error` selector.
    pub fn key(self) -> &'static str {
        match self {
            Unreached::NoListener => "no-listener",
            Unreached::NoAnswer => "no-answer",
            Unreached::NoRoute => "no-route",
            Unreached::Closed => "closed",
            Unreached::NoSuchHost => "no-such-host",
            Unreached::NoPassword => "no-password",
        }
    }
}

impl Error {
    /// The documented exit code for this error.
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Date(_)
            | Error::Vocabulary(_)
            | Error::Period(_)
            | Error::OutOfRange(_)
            | Error::Invalid(_)
            | Error::OutputIsDatabase { .. }
            | Error::OutputIsSqlite { .. }
            | Error::OutputFolderMissing { .. }
            | Error::OutputIsFolder { .. }
            | Error::OutputIsDevice { .. }
            | Error::TooLarge { .. } => exit::USAGE,
            Error::Output { .. } => exit::OUTPUT,
            Error::Transition(_)
            | Error::DateOrder(_)
            | Error::FutureAct(_)
            | Error::NotFound { .. }
            | Error::Refused(_) => exit::REFUSED,
            _ => exit::DATABASE,
        }
    }
}

/// How a schema object of a file differs from doithoai's own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SchemaChange {
    /// doithoai never creates it (a planted trigger, a view).
    Extra,
    /// doithoai's object of that name, defined otherwise.
    Altered,
    /// doithoai's object, not there.
    Missing,
}

/// One schema object that is not as doithoai writes it: the object as SQLite names it
/// ("trigger zz on agency") and how it differs; the words are the renderer's.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct SchemaDifference {
    pub object: String,
    pub change: SchemaChange,
}

impl std::fmt::Display for SchemaDifference {
    /// The stable form `check` lists: "trigger zz on agency (extra)".
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let change = match self.change {
            SchemaChange::Extra => "extra",
            SchemaChange::Altered => "altered",
            SchemaChange::Missing => "missing",
        };
        write!(f, "{} ({change})", self.object)
    }
}

/// What a size limit counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SizeUnit {
    Bytes,
    Cells,
}

/// What a path that should be a database file turned out to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Folder,
    Fifo,
    Device,
    Socket,
    DanglingLink,
}

impl FileKind {
    /// What `path` is, when it is not a regular file (or a link to one); `None` for a regular
    /// file or a missing path.
    pub fn of(path: &std::path::Path) -> Option<FileKind> {
        let link = std::fs::symlink_metadata(path).ok()?;
        let Ok(meta) = std::fs::metadata(path) else {
            return link
                .file_type()
                .is_symlink()
                .then_some(FileKind::DanglingLink);
        };
        let kind = meta.file_type();
        if kind.is_file() {
            return None;
        }
        if kind.is_dir() {
            return Some(FileKind::Folder);
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::FileTypeExt;
            if kind.is_fifo() {
                return Some(FileKind::Fifo);
            }
            if kind.is_socket() {
                return Some(FileKind::Socket);
            }
        }
        Some(FileKind::Device)
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
