//! Operations: the one door to the office's records — one function per command that changes
//! them, and the reads every list, show, report and export is made of.
//!
//! Each command is *parse → `ops::noun::verb(store, actor, today, input)` → print(outcome)*.
//! An operation opens the command's one write transaction, loads the case once, asks a pure
//! function in `rules` for the decision (next state, deadlines, flags), writes through the typed
//! functions of `store` (each logs its own event) and returns an outcome value the CLI prints in
//! any format. Owns: the order of those steps. Must not: print, parse arguments, or write SQL.

pub mod agency;
pub mod calendar;
pub mod city;
pub mod conclusion;
pub mod document;
pub mod guided;
pub mod history;
pub mod import;
pub mod maintenance;
pub mod office;
pub mod opinion;
pub mod report;
pub mod session;
pub mod speaker;
pub mod undo;

#[cfg(test)]
mod tests;

use crate::error::Result;
use crate::rules::calendar::Calendar;
use crate::store::db::Transaction;
use crate::store::{self, calendar as store_calendar};

/// The handle of the office's database and who acts on it: what the command line opens and
/// passes to every operation. Its SQL stays behind this door (`store` is private to the
/// library): the command line reads through `read` and the operations, never the store.
pub use crate::store::{upgrade_file, upgrade_server, Upgraded};
pub use crate::store::{Actor, OpenOptions, Store, BUSY_TIMEOUT};

/// A server's address (`postgres://…`) rather than a file, and the same address without its
/// password (what is shown).
pub use crate::store::pg::{check_address, is_server, redacted, server_target};

/// Whether this process has committed a write: an output error after it means the change is
/// saved though its confirmation could not be printed.
pub use crate::store::has_committed;

/// The records the operations return: typed values read from the store (codes, dates, names
/// — never a sentence), which the command line and the formats show.
pub mod records {
    pub use crate::store::agency::{Agency, AgencyLine};
    pub use crate::store::calendar::MovedDeadline;
    pub use crate::store::check::Problem;
    pub use crate::store::conclusion::{Assignment, Notice};
    pub use crate::store::events::{Event, HistoryFilter};
    pub use crate::store::export::ConclusionRow;
    pub use crate::store::office::{Office, DOCUMENT_KEYS};
    pub use crate::store::opinion::{Opinion, OpinionFilter};
    pub use crate::store::registration::Registration;
    pub use crate::store::session::{Invitation, Session, SessionFilter};
}

/// One consistent read of the office's records (a read transaction): what a command holds while
/// it writes a list, a report or a document row by row. It offers no SQL: the operations that
/// take it are the only readers.
pub struct Reading<'s> {
    pub(crate) tx: Transaction<'s>,
}

impl Reading<'_> {
    /// The office's working-day calendar (national days, its overrides, its week).
    pub fn calendar(&self) -> Result<Calendar> {
        store_calendar::load(&self.tx)
    }
}

/// How a command shows the people the law protects — a denouncer's identity (Law on
/// Denunciations 2018, Art. 47; the regulation keeps denunciations out, R8, but an opinion may
/// still name one): masked by `mask` unless the clerk asked `--include-protected`.
#[derive(Debug, Clone, Copy)]
pub struct Privacy<'a> {
    pub include_protected: bool,
    pub mask: &'a str,
}

/// An error of a statement that failed for the file's sake (locked, read-only, full), said
/// with the file's name; any other error as it is.
pub use crate::store::{lost_to_another_writer, on_file};

/// Whether the database lives on a network filesystem, where SQLite's locks are unsafe (the
/// command warns; `docs/GUARANTEES.md`).
pub use crate::store::on_network_filesystem;

/// Begin a read of the office's records.
pub fn read(store: &mut Store) -> Result<Reading<'_>> {
    Ok(Reading { tx: store.read()? })
}

/// Run `f` in the command's one write transaction with the office's calendar; commits only when
/// `f` succeeds (an error leaves the database as it was).
/// Like `in_write`, but `f` says whether to keep what it wrote: `false` rolls the transaction
/// back (a dry run, or an import with a problem row) and still returns its value.
pub fn in_write_or_roll_back<T>(
    store: &mut Store,
    f: impl FnOnce(&Transaction<'_>, &Calendar) -> Result<(T, bool)>,
) -> Result<T> {
    let path = store.path().to_path_buf();
    let tx = store.write()?;
    let cal = store_calendar::load(&tx)?;
    let (value, keep) = f(&tx, &cal)?;
    if keep {
        store::commit(tx, &path)?;
    }
    Ok(value)
}

pub fn in_write<T>(
    store: &mut Store,
    f: impl FnOnce(&Transaction<'_>, &Calendar) -> Result<T>,
) -> Result<T> {
    let path = store.path().to_path_buf();
    let tx = store.write()?;
    let cal = store_calendar::load(&tx)?;
    let value = f(&tx, &cal)?;
    store::commit(tx, &path)?;
    Ok(value)
}
