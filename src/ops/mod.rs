//! Operations: one function per command that changes the office's records.
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
pub mod import;
pub mod opinion;
pub mod report;
pub mod session;
pub mod speaker;
pub mod undo;

use crate::error::Result;
use crate::rules::calendar::Calendar;
use crate::store::{self, calendar as store_calendar, Store};
use rusqlite::Transaction;

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
