//! Proving the office's file is sound and copying it safely: `check`, `backup`, `restore`, and
//! the copies kept before a change `undo` cannot take back. Every copy is private, written to a
//! temporary file, verified, synced and renamed into place: a killed command leaves the target
//! as it was, never half a copy.

use crate::error::{Error, Result};
use crate::files;
use crate::message::Message;
use crate::store::{self, calendar as store_calendar, check, Actor, OpenOptions, Store};
use serde::Serialize;
use std::path::{Path, PathBuf};

/// What `check` found: the problems (none: sound) and how the engine runs the file.
#[derive(Debug, Serialize)]
pub struct CheckReport {
    pub problems: Vec<check::Problem>,
    /// The engine the database is kept by, as `check` names it first.
    #[serde(skip)]
    pub engine: EngineFacts,
}

/// The engine that keeps the database: a SQLite library with the file's journal mode and
/// synchronous level, or a PostgreSQL server.
#[derive(Debug, Clone)]
pub enum EngineFacts {
    Sqlite {
        version: &'static str,
        journal_mode: String,
        synchronous: i64,
    },
    Postgres {
        version: String,
    },
}

/// `check`: every invariant of the file (integrity, schema, event log, deadlines recomputed
/// against today's calendar).
pub fn check(store: &mut Store) -> Result<CheckReport> {
    let problems = {
        let tx = store.read()?;
        let cal = store_calendar::load(&tx)?;
        check::run(&tx, &cal)?
    };
    let conn = store.connection();
    let engine = match conn.engine() {
        crate::store::db::Engine::Sqlite => EngineFacts::Sqlite {
            version: rusqlite::version(),
            journal_mode: conn.query_row("PRAGMA journal_mode", [], |r| r.get(0))?,
            synchronous: conn.query_row("PRAGMA synchronous", [], |r| r.get(0))?,
        },
        crate::store::db::Engine::Postgres => EngineFacts::Postgres {
            version: conn.query_row("SHOW server_version", [], |r| r.get(0))?,
        },
    };
    Ok(CheckReport { problems, engine })
}

/// `backup FILE`: a snapshot into a private temporary file beside FILE, verified (integrity
/// and every invariant `check` knows), synced, then renamed into place and the folder synced —
/// a killed or failed backup leaves FILE as it was (or absent), never a partial copy. An
/// existing FILE is replaced only with `force`, and only when it is an older backup.
pub fn backup(store: &Store, db_path: &Path, file: &Path, force: bool) -> Result<()> {
    let real = check_backup_target(db_path, file, force)?;
    // Written beside the real file a link points to, and renamed over it: the link stays.
    files::check_database_target(&real, db_path)?;
    files::clean_stale_temps(&real);
    copy_into_place(store, &real, file, true)?;
    store::mark_done();
    Ok(())
}

/// Refuse a backup target that is not a new file or an older backup (replaced only with
/// `force`) — checked before the database is even opened; returns the real path a link names.
pub fn check_backup_target(db_path: &Path, file: &Path, force: bool) -> Result<PathBuf> {
    let real = files::check_backup_target(file, db_path)?;
    if std::fs::symlink_metadata(file).is_ok() {
        let older_backup = store::is_doithoai_database(file);
        if !force || !older_backup {
            return Err(Error::Refused(backup_exists(file, older_backup)));
        }
    }
    Ok(real)
}

/// Snapshot into `tmp` (created empty and private first) and verify the copy: every `check`
/// for a backup, SQLite's integrity alone for the copy `restore` keeps aside (a live database
/// with a problem is exactly what one restores over).
/// A verified copy of `store` written beside `target` and renamed onto it (`named`: the path an
/// error names); a failure leaves no temporary file and `target` as it was.
fn copy_into_place(store: &Store, target: &Path, named: &Path, full_check: bool) -> Result<()> {
    let tmp = files::temp_path(target);
    let result = write_verified_copy(store, &tmp, full_check).and_then(|written| {
        files::commit_temp(written, &tmp, target).map_err(|source| Error::Output {
            path: named.to_path_buf(),
            source,
        })
    });
    if result.is_err() {
        remove_with_companions(&tmp);
    }
    result
}

fn write_verified_copy(store: &Store, tmp: &Path, full_check: bool) -> Result<std::fs::File> {
    let file = files::create_private(tmp).map_err(|source| Error::Output {
        path: tmp.to_path_buf(),
        source,
    })?;
    store.snapshot_into(tmp)?;
    let problems = if full_check {
        verify_copy(tmp)?
    } else {
        let (conn, _) = store::open_copy(tmp)?;
        let conn = crate::store::db::Connection::from(conn);
        let verdict: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
        usize::from(verdict != "ok")
    };
    if problems > 0 {
        return Err(Error::Refused(msg!(
            backup_failed_check,
            path = crate::rules::text::shown_path(tmp),
            n = problems
        )));
    }
    Ok(file)
}

/// How many problems `check` finds in a copy opened read-only (0: sound). A copy of an older
/// schema gets SQLite's integrity check only; it is upgraded when restored.
fn verify_copy(path: &Path) -> Result<usize> {
    // A backup that is not there (or not readable) is said as the system says it, not as a
    // database to create.
    if let Err(source) = std::fs::metadata(path) {
        return Err(Error::Io {
            path: path.to_path_buf(),
            source,
        });
    }
    let (conn, version) = store::open_copy(path)?;
    // A schema that is not doithoai's (a trigger added to a backup) is refused whatever its
    // version: restoring it would run that trigger on the next write.
    store::trust::verify_schema(&conn, version, path)?;
    let conn = crate::store::db::Connection::from(conn);
    if version < store::migrate::LATEST {
        let verdict: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
        return Ok(usize::from(verdict != "ok"));
    }
    let cal = store_calendar::load(&conn)?;
    Ok(check::run(&conn, &cal)?.len())
}

fn remove_with_companions(path: &Path) {
    for suffix in ["", "-journal", "-wal", "-shm"] {
        let mut p = path.as_os_str().to_owned();
        p.push(suffix);
        let _ = std::fs::remove_file(Path::new(&p));
    }
}

/// Keep a copy of the database beside it as `NAME.WHAT-TIMESTAMP` before a change `undo` cannot
/// take back (a merge of agencies, a corrected notice): `restore` brings it back. Private like
/// every copy.
///
/// `beside` is the path the copy is named after: the database file itself, or for a server's
/// database a file in the clerk's data folder named after the server's database (a SQLite copy
/// of the office, as `backup` writes).
pub fn keep_copy_before(store: &Store, beside: &Path, now: &str, what: &str) -> Result<PathBuf> {
    let kept = aside_path_for(beside, now, what);
    copy_into_place(store, &kept, &kept, false)?;
    Ok(kept)
}

/// Remove a copy kept for a change that then did not happen.
pub fn discard_copy(path: &Path) {
    remove_with_companions(path);
}

/// What `restore` is given: the live database, the backup, and who restores when.
pub struct Restore<'a> {
    pub db_path: &'a Path,
    pub backup: &'a Path,
    pub open_options: OpenOptions,
    pub actor: &'a Actor,
    /// The command's clock (RFC 3339), naming the copy kept aside.
    pub now: &'a str,
}

/// A backup of another office about to replace this office's records: (backup's office, live
/// office). The command line asks the clerk; an error stops the restore before anything moved.
pub type ConfirmOtherOffice<'a> = &'a mut dyn FnMut(&str, &str) -> Result<()>;

/// `restore BACKUP`: verify the backup, keep the live database aside as
/// `NAME.before-restore-TIMESTAMP` (a verified snapshot, or the unreadable file itself), then
/// bring the backup's content in — page by page under SQLite's lock when the live file opens,
/// so other clerks never see half of it — upgrade it, and record the restore in the history.
pub fn restore(
    r: &Restore<'_>,
    confirm_other_office: ConfirmOtherOffice<'_>,
) -> Result<Option<PathBuf>> {
    let open = |create: bool| {
        Store::open_with(
            r.db_path,
            OpenOptions {
                create,
                ..r.open_options
            },
        )
    };
    if files::is_database_file(r.backup, r.db_path) {
        return Err(Error::Invalid(msg!(
            restore_from_itself,
            path = crate::rules::text::shown_path(r.backup)
        )));
    }
    let problems = verify_copy(r.backup)?;
    if problems > 0 {
        return Err(Error::Refused(msg!(
            restore_bad_backup,
            path = crate::rules::text::shown_path(r.backup),
            n = problems
        )));
    }
    let (source, _) = store::open_copy(r.backup)?;
    let source = crate::store::db::Connection::from(source);
    let aside = aside_path(r.db_path, r.now);
    let kept = match open(false) {
        Ok(mut live) => {
            let (live_page, backup_page) = (
                live.page_size()?,
                source.query_row("PRAGMA page_size", [], |r| r.get::<_, i64>(0))?,
            );
            if live_page != backup_page {
                return Err(Error::Refused(msg!(
                    restore_page_size,
                    path = crate::rules::text::shown_path(r.backup),
                    backup = backup_page,
                    live = live_page
                )));
            }
            // Another office's backup over this office's file: asked, never silent.
            let live_office = {
                let tx = live.read()?;
                store::office::get(&tx)?.map(|o| o.name)
            };
            let backup_office = store::office::get(&source)?.map(|o| o.name);
            if let (Some(live_name), Some(backup_name)) = (&live_office, &backup_office) {
                if live_name != backup_name {
                    confirm_other_office(backup_name, live_name)?;
                }
            }
            copy_into_place(&live, &aside, &aside, false)?;
            live.replace_with(&source)?;
            Some(aside)
        }
        Err(Error::NoDatabase { .. }) => {
            // Companion files left at the path by an earlier database would be replayed into
            // the restored one: they go aside first.
            let leftovers =
                move_companions_aside(r.db_path, &aside, &["-wal", "-journal", "-shm"])?;
            copy_in(&source, r.db_path)?;
            leftovers.then_some(aside)
        }
        // Another program's SQLite file at the path is not ours to move.
        Err(e @ Error::NotADatabase { .. }) if store::is_sqlite_file(r.db_path) => return Err(e),
        // The live file is unusable (empty, damaged): move it aside as it is.
        Err(
            Error::NotInitialised { .. }
            | Error::NotADatabase { .. }
            | Error::Sqlite(_)
            | Error::DiskIo { .. },
        ) => {
            // The journals first: a main file never stays beside another's journal.
            move_companions_aside(r.db_path, &aside, &["-wal", "-journal", "-shm", ""])?;
            files::make_private(&aside);
            files::sync_folder(r.db_path);
            copy_in(&source, r.db_path)?;
            Some(aside)
        }
        Err(other) => return Err(other),
    };
    let mut live = open(false)?;
    let tx = live.write()?;
    record_restore(&tx, r.actor, r.backup, kept.as_deref())?;
    store::commit(tx, r.db_path)?;
    Ok(kept)
}

/// Move the files `db`+suffix that exist to `aside`+suffix; true when one existed.
fn move_companions_aside(db: &Path, aside: &Path, suffixes: &[&str]) -> Result<bool> {
    let mut moved = false;
    for suffix in suffixes {
        let mut from = db.as_os_str().to_owned();
        from.push(suffix);
        let mut to = aside.as_os_str().to_owned();
        to.push(suffix);
        if std::fs::symlink_metadata(&from).is_ok() {
            std::fs::rename(&from, &to).map_err(|source| Error::Io {
                path: PathBuf::from(from),
                source,
            })?;
            files::make_private(Path::new(&to));
            moved = true;
        }
    }
    files::sync_folder(db);
    Ok(moved)
}

/// `NAME.before-restore-TIMESTAMP`, with `-2`, `-3`… when a restore in the same millisecond (or
/// a clock set back) already kept one: a kept copy is never overwritten.
fn aside_path(db: &Path, now: &str) -> PathBuf {
    aside_path_for(db, now, "before-restore")
}

/// `NAME.WHAT-TIMESTAMP` beside the database, a name no file has yet.
fn aside_path_for(db: &Path, now: &str, what: &str) -> PathBuf {
    // Named in Vietnam time, as the office reads its clock: 20261207T115500-123.
    let stamp = chrono::DateTime::parse_from_rfc3339(now)
        .ok()
        .zip(chrono::FixedOffset::east_opt(7 * 3600))
        .map(|(t, vietnam)| {
            t.with_timezone(&vietnam)
                .format("%Y%m%dT%H%M%S-%3f")
                .to_string()
        })
        .unwrap_or_else(|| now.replace([':', '-'], "").replace('.', "-"));
    (1..)
        .map(|n| {
            let mut name = db.as_os_str().to_owned();
            name.push(format!(".{what}-{stamp}"));
            if n > 1 {
                name.push(format!("-{n}"));
            }
            PathBuf::from(name)
        })
        .find(|p| std::fs::symlink_metadata(p).is_err())
        .unwrap_or_else(|| db.with_extension(what))
}

/// Copy a verified backup to a path with no database: a private temporary file, synced and
/// renamed into place.
fn copy_in(source: &crate::store::db::Connection, db: &Path) -> Result<()> {
    let tmp = files::temp_path(db);
    let result = (|| {
        let file = files::create_private(&tmp).map_err(|source| Error::Output {
            path: tmp.clone(),
            source,
        })?;
        let name = tmp.to_str().ok_or_else(|| {
            Error::Invalid(msg!(
                not_utf8_path,
                path = crate::rules::text::shown_path(db)
            ))
        })?;
        source
            .execute("VACUUM INTO ?1", [name])
            .map_err(|e| store::on_file(e, &tmp))?;
        files::commit_temp(file, &tmp, db).map_err(|source| Error::Output {
            path: db.to_path_buf(),
            source,
        })
    })();
    if result.is_err() {
        remove_with_companions(&tmp);
    }
    result
}

/// A backup's file that exists already (`older_backup`: it is an earlier backup `--force` may
/// replace).
fn backup_exists(path: &std::path::Path, older_backup: bool) -> Message {
    let path = crate::rules::text::shown_path(path);
    if older_backup {
        msg!(backup_exists_1, path = path)
    } else {
        msg!(backup_exists_2, path = path)
    }
}

/// `db copy`: every record of the SQLite file at `from` (read only, checked first) into the
/// server's office of `target`, in one transaction; refused when that office holds any row,
/// unless `replace` — the administrator restoring an office from its backup: the office's rows
/// and history are erased first, in the same transaction (a failure leaves them as they were).
pub fn copy_into_server(
    from: &Path,
    target: &mut Store,
    busy_timeout: std::time::Duration,
    replace: Option<Replace<'_>>,
) -> Result<crate::store::copy::Copied> {
    let problems = verify_copy(from)?;
    if problems > 0 {
        return Err(Error::Refused(msg!(
            restore_bad_backup,
            path = crate::rules::text::shown_path(from),
            n = problems
        )));
    }
    let mut source = Store::open_read_only(from, busy_timeout)?;
    let shown = target.path().to_path_buf();
    let tx = target.write()?;
    if replace.is_some() {
        // Another office's backup over this office: refused (a restore asks; a server's
        // administrator names the right file).
        let live = store::office::get(&tx)?.map(|o| o.name);
        let backup = {
            let read = source.read()?;
            store::office::get(&read)?.map(|o| o.name)
        };
        if let (Some(live), Some(backup)) = (live, backup) {
            if live != backup {
                return Err(Error::Refused(msg!(
                    db_copy_other_office,
                    from = crate::rules::text::shown_path(from),
                    backup = backup,
                    to = crate::rules::text::shown_path(&shown),
                    live = live
                )));
            }
        }
        if !crate::store::copy::empty_office(&tx)? {
            return Err(Error::Refused(msg!(
                db_copy_replace_needs_admin,
                to = crate::rules::text::shown_path(&shown)
            )));
        }
    }
    for table in crate::store::copy::TABLES {
        let holds: bool = tx.query_row(
            &format!("SELECT EXISTS (SELECT 1 FROM \"{table}\")"),
            (),
            |r| r.get(0),
        )?;
        if holds {
            return Err(Error::Refused(msg!(
                db_copy_target_not_empty,
                to = crate::rules::text::shown_path(&shown),
                table = *table
            )));
        }
    }
    let read = source.read()?;
    crate::store::copy::defer_references(&tx)?;
    let copied = crate::store::copy::copy_office(&read, &tx, &read)?;
    drop(read);
    if let Some(replace) = replace {
        // The history says the office was put back from a file, and where it was kept.
        crate::store::copy::number_command_after_copy(&tx)?;
        record_restore(&tx, &replace.actor, from, Some(replace.kept))?;
    }
    store::commit(tx, &shown)?;
    Ok(copied)
}

/// The history's line for an office put back from a backup (`restore` on a file, `db copy
/// --replace` on a server): which file, and where the records it replaced were kept.
fn record_restore(
    tx: &store::db::Connection,
    actor: &Actor,
    backup: &Path,
    kept: Option<&Path>,
) -> Result<()> {
    store::events::record(
        tx,
        actor,
        store::events::Target {
            kind: "office",
            id: "1",
            session_id: None,
        },
        "restore",
        None,
        Some(&serde_json::json!({
            "backup": crate::rules::text::shown_path(backup),
            "previous_kept_as": kept.map(crate::rules::text::shown_path),
        })),
    )
}

/// `db copy --replace`: who replaces the office, and where its records were kept first.
pub struct Replace<'a> {
    pub actor: Actor,
    pub kept: &'a Path,
}
