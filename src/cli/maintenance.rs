//! `doithoai check` and `doithoai backup`: proving the file is sound, and copying it safely.

use super::{print_line, stdout_error, Context};
use crate::error::{exit, Error, Result};
use crate::messages;
use crate::output::{self, Format, Record};
use crate::store::{self, calendar as store_calendar, check};
use serde::Serialize;
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
pub struct CheckArgs {}

#[derive(Debug, clap::Args)]
pub struct BackupArgs {
    /// Where to write the copy (must not exist yet).
    pub file: PathBuf,
}

#[derive(Debug, Serialize)]
struct ProblemRow {
    #[serde(flatten)]
    problem: check::Problem,
}

impl Record for ProblemRow {
    fn fields() -> &'static [&'static str] {
        &["check", "detail"]
    }
    fn values(&self) -> Vec<String> {
        vec![self.problem.check.into(), self.problem.detail.clone()]
    }
}

fn run_check(store: &mut store::Store) -> Result<Vec<check::Problem>> {
    let tx = store.read()?;
    let cal = store_calendar::load(&tx)?;
    check::run(&tx, &cal)
}

pub fn check(ctx: &Context, _a: CheckArgs) -> Result<i32> {
    let mut store = ctx.open()?;
    let problems = run_check(&mut store)?;
    let mut out = std::io::stdout().lock();
    if ctx.format == Format::Table {
        let conn = store.connection();
        let mode: String = conn.query_row("PRAGMA journal_mode", [], |r| r.get(0))?;
        let sync: i64 = conn.query_row("PRAGMA synchronous", [], |r| r.get(0))?;
        print_line(messages::engine_line(rusqlite::version(), &mode, sync))?;
    }
    if ctx.format == Format::Table && problems.is_empty() {
        print_line(messages::check_ok(store.path()))?;
    } else {
        let rows: Vec<ProblemRow> = problems
            .iter()
            .cloned()
            .map(|problem| ProblemRow { problem })
            .collect();
        output::list(ctx.format, &mut out, ctx.csv, &rows).map_err(stdout_error)?;
    }
    Ok(if problems.is_empty() {
        exit::OK
    } else {
        exit::CHECK_FAILED
    })
}

pub fn backup(ctx: &Context, a: BackupArgs) -> Result<i32> {
    if a.file.exists() {
        return Err(Error::Refused(messages::backup_exists(&a.file)));
    }
    let store = ctx.open()?;
    let target = a.file.to_string_lossy().into_owned();
    // VACUUM INTO writes a consistent snapshot while other processes keep writing.
    store
        .connection()
        .execute("VACUUM INTO ?1", [&target])
        .map_err(|e| store::classify(e, &a.file))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&a.file, std::fs::Permissions::from_mode(0o600)).map_err(
            |source| Error::Io {
                path: a.file.clone(),
                source,
            },
        )?;
    }
    let mut copy = store::Store::open(&a.file)?;
    let problems = run_check(&mut copy)?;
    if !problems.is_empty() {
        return Err(Error::Refused(messages::backup_failed_check(
            &a.file,
            problems.len(),
        )));
    }
    print_line(messages::backup_done(&a.file))?;
    Ok(exit::OK)
}
