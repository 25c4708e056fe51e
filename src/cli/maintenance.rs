//! `doithoai check` and `doithoai backup`: proving the file is sound, and copying it safely.

use super::{print_line, Context};
use doithoai::error::{exit, Result};
use doithoai::ops::{self, records::Problem, Store};
use doithoai::output::{self, Format, Record};
use doithoai::words;
use serde::Serialize;
use std::path::PathBuf;

#[derive(Debug, Clone, clap::Args)]
pub struct CheckArgs {}

#[derive(Debug, Clone, clap::Args)]
pub struct BackupArgs {
    /// Where to write the copy (refused if it exists, unless --force).
    pub file: PathBuf,
    /// Replace an existing backup file (a nightly copy under one name); it is replaced only once
    /// the new copy is complete and verified.
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Clone, clap::Subcommand)]
pub enum DbCommand {
    /// Bring a ward's SQLite file (its database or a backup) into a PostgreSQL server as its
    /// office: every record and history event with its number. Refused if the office already
    /// holds records.
    Copy(DbCopyArgs),
    /// Bring the database's schema to this doithoai's. A file is upgraded by any command; a
    /// server's tables belong to its administrator, who runs this once after installing a new
    /// doithoai (an office's role is refused the change).
    Upgrade,
}

#[derive(Debug, Clone, clap::Args)]
pub struct DbCopyArgs {
    /// The SQLite file to copy (read only; an older schema is upgraded in a copy in memory).
    #[arg(long, value_name = "FILE")]
    pub from: PathBuf,
    /// The server's database: postgres://ROLE@HOST/DATABASE (the office's role, or its
    /// administrator with --office-role).
    #[arg(long, value_name = "ADDRESS")]
    pub to: String,
    /// The office's login role, when --to connects as the server's administrator.
    #[arg(long, value_name = "ROLE", value_parser = super::parse_text)]
    pub office_role: Option<String>,
    /// Erase the office's records and history on the server and put the file's in their place
    /// (restoring an office from its backup); the server's administrator only.
    #[arg(long)]
    pub replace: bool,
}

#[derive(Debug, Clone, clap::Args)]
pub struct RestoreArgs {
    /// The backup to bring back (a file written by `doithoai backup`); it is verified first.
    pub backup: PathBuf,
    /// Do it without asking (needed when not at a terminal).
    #[arg(long, short = 'y')]
    pub yes: bool,
}

#[derive(Debug, Serialize)]
struct ProblemRow {
    #[serde(flatten)]
    problem: Problem,
}

/// A problem `check` found as CSV holds it: the check's code and the finding's values (its
/// JSON) — no sentence the tool composed, the same in every language (`--keys`); the CSV and
/// the workbook a person reads word it (`sheet_values`).
#[derive(Debug, Serialize, Default)]
struct ProblemFlat {
    check: &'static str,
    detail: String,
}

impl Record for ProblemRow {
    type Flat<'a> = ProblemFlat;
    fn flat(&self) -> ProblemFlat {
        ProblemFlat {
            check: self.problem.check,
            detail: serde_json::to_string(&self.problem.finding).unwrap_or_default(),
        }
    }
    fn sheet_values(&self) -> Vec<String> {
        vec![
            self.problem.check.to_string(),
            words::check_finding(&self.problem.finding),
        ]
    }
    fn table_headers() -> Vec<String> {
        vec![words::label("check"), words::label("detail")]
    }
    fn table_cells(&self) -> Vec<String> {
        vec![
            words::check_kind(self.problem.check),
            words::check_finding(&self.problem.finding),
        ]
    }
}

pub fn check(ctx: &Context, _a: CheckArgs) -> Result<i32> {
    let mut store = ctx.open()?;
    let report = ops::maintenance::check(&mut store)?;
    let problems = report.problems;
    let mut out = std::io::stdout().lock();
    if ctx.format == Format::Table {
        print_line(match &report.engine {
            ops::maintenance::EngineFacts::Sqlite {
                version,
                journal_mode,
                synchronous,
            } => words::engine_line(version, journal_mode, *synchronous),
            ops::maintenance::EngineFacts::Postgres { version } => {
                msg!(engine_line_server, version = version.as_str()).to_string()
            }
        })?;
    }
    if ctx.format == Format::Table && problems.is_empty() {
        print_line(msg!(check_ok, path = doithoai::words::shown(store.path())).to_string())?;
    } else {
        let rows: Vec<ProblemRow> = problems
            .iter()
            .cloned()
            .map(|problem| ProblemRow { problem })
            .collect();
        output::list(ctx.format, &mut out, ctx.csv, &rows)?;
    }
    Ok(if problems.is_empty() {
        exit::OK
    } else {
        exit::CHECK_FAILED
    })
}

/// `backup FILE` (`ops::maintenance::backup`): a verified copy, never a partial one.
pub fn backup(ctx: &Context, a: BackupArgs) -> Result<i32> {
    ops::maintenance::check_backup_target(&ctx.db_path, &a.file, a.force)?;
    let store = ctx.open()?;
    ops::maintenance::backup(&store, &ctx.db_path, &a.file, a.force)?;
    // Said on stderr, as every file a command writes: a nightly cron job stays silent with
    // `--quiet`.
    if !ctx.quiet {
        eprintln!(
            "{}",
            msg!(backup_done, path = doithoai::words::shown(&a.file))
        );
    }
    Ok(exit::OK)
}

/// Keep a copy of the database beside it before a change `undo` cannot take back.
pub fn keep_copy_before(ctx: &Context, store: &Store, what: &str) -> Result<PathBuf> {
    let beside = if ctx.on_server() {
        beside_server(&ctx.db_path)?
    } else {
        store.path().to_path_buf()
    };
    ops::maintenance::keep_copy_before(store, &beside, &ctx.now, what)
}

/// Where a copy of a server's office is kept: a SQLite file in the clerk's data folder, named
/// after the server's database (host, database, role: the characters a file name takes).
fn beside_server(shown: &std::path::Path) -> Result<PathBuf> {
    {
        let named: String = doithoai::words::shown(shown)
            .trim_start_matches("postgresql://")
            .trim_start_matches("postgres://")
            .chars()
            .map(|c| {
                if c.is_alphanumeric() || c == '-' {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        let folder = doithoai::files::folder_of(&super::default_db_location()?);
        doithoai::files::create_private_dirs(&folder).map_err(|source| {
            doithoai::error::Error::Io {
                path: folder.clone(),
                source,
            }
        })?;
        Ok(folder.join(format!("{named}.db")))
    }
}

/// Remove a copy kept for a change that then did not happen.
pub fn discard_copy(path: &std::path::Path) {
    ops::maintenance::discard_copy(path);
}

/// `restore BACKUP` (`ops::maintenance::restore`), asking before another office's backup
/// replaces this office's records.
pub fn restore(ctx: &Context, a: RestoreArgs) -> Result<i32> {
    if ctx.on_server() {
        // A server's history is append-only for every office role: an office is brought back
        // by its administrator, from the backup into a new office role (`db copy`).
        return Err(doithoai::error::Error::Refused(msg!(
            restore_on_server,
            db = doithoai::words::shown(&ctx.db_path)
        )));
    }
    let kept = ops::maintenance::restore(
        &ops::maintenance::Restore {
            db_path: &ctx.db_path,
            backup: &a.backup,
            open_options: ctx.open_options,
            actor: &ctx.actor(),
            now: &ctx.now,
        },
        &mut |backup_office, live_office| {
            super::confirm(
                ctx,
                a.yes,
                &msg!(
                    restore_other_office,
                    backup = doithoai::words::shown(&a.backup),
                    backup_office = backup_office,
                    live_office = live_office
                )
                .to_string(),
            )
        },
    )?;
    print_line(words::restored(&ctx.db_path, &a.backup, kept.as_deref()))?;
    Ok(exit::OK)
}

/// `db copy --from FILE --to postgres://…`: a ward's file into a server as its office.
pub fn db_copy(ctx: &Context, a: DbCopyArgs) -> Result<i32> {
    if ops::server_target(&a.to)?.is_none() {
        return Err(doithoai::error::Error::Invalid(msg!(
            db_copy_needs_server,
            to = ops::redacted(&a.to)
        )));
    }
    let shown = std::path::PathBuf::from(ops::redacted(&a.to));
    let options = ops::OpenOptions {
        create: true,
        ..ctx.open_options
    };
    let mut target =
        Store::open_server(&a.to, options, a.office_role.as_deref().map(|r| (r, None)))
            .map_err(|e| ops::on_file(e, &shown))?;
    // Replacing an office: its records as they were are kept first, as before a merge.
    let kept = if a.replace {
        Some(ops::maintenance::keep_copy_before(
            &target,
            &beside_server(&shown)?,
            &ctx.now,
            "before-replace",
        )?)
    } else {
        None
    };
    let replace = kept.as_deref().map(|kept| ops::maintenance::Replace {
        actor: ctx.actor(),
        kept,
    });
    let copied = match ops::maintenance::copy_into_server(
        &a.from,
        &mut target,
        ctx.open_options.busy_timeout,
        replace,
    ) {
        Ok(copied) => copied,
        Err(e) => {
            if let Some(kept) = &kept {
                discard_copy(kept);
            }
            return Err(ops::on_file(e, &shown));
        }
    };
    if let Some(kept) = &kept {
        if !ctx.quiet {
            eprintln!(
                "{}",
                msg!(
                    kept_before,
                    change = "replace",
                    kept_where = "server",
                    path = doithoai::words::shown(kept)
                )
            );
        }
    }
    let (tables, rows) = (copied.len(), copied.iter().map(|(_, n)| n).sum::<usize>());
    let (from, to) = (
        doithoai::words::shown(&a.from),
        doithoai::words::shown(&shown),
    );
    let said = if a.replace {
        msg!(
            db_replaced,
            from = from,
            to = to,
            rows = rows,
            tables = tables
        )
    } else {
        msg!(
            db_copied,
            from = from,
            to = to,
            rows = rows,
            tables = tables
        )
    };
    print_line(said.to_string())?;
    Ok(exit::OK)
}

/// `db upgrade`: the database's schema brought to this build's, and said.
pub fn db_upgrade(ctx: &Context) -> Result<i32> {
    let upgraded = ctx.upgrade()?;
    let db = doithoai::words::shown(&ctx.db_path);
    let said = if upgraded.from == upgraded.to {
        msg!(db_up_to_date, db = db, to = upgraded.to)
    } else {
        msg!(db_upgraded, db = db, from = upgraded.from, to = upgraded.to)
    };
    print_line(said.to_string())?;
    Ok(exit::OK)
}
