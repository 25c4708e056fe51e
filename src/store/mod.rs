//! The SQLite store: opening, pragmas, schema versions, transactions.
//!
//! Owns: every SQL statement of the program (one file per aggregate), the connection settings
//! of SPEC §6 and the upgrade path. Must not: decide a rule — it calls `rules` for every deadline
//! and transition, and only persists the result. Every statement takes parameters; none is built
//! from user text.

pub mod agency;
pub mod calendar;
pub mod check;
pub mod conclusion;
pub mod copy;
pub mod db;
pub mod events;
pub mod export;
pub mod migrate;
pub mod office;
pub mod opinion;
pub mod pg;
pub(crate) mod pg_tls;
pub mod registration;
pub mod report;
pub mod session;
pub mod trust;
pub mod undo;

use crate::error::{Error, Result};
use rusqlite::types::Value;
use rusqlite::{Connection, OpenFlags, TransactionBehavior};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// How long a command waits for another writer before giving up (SPEC §6: several clerks and a
/// cron job share the file; a write command takes milliseconds).
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// Oldest SQLite accepted: earlier versions carry the WAL-reset bug that concurrent writers can
/// hit (SPEC §6).
pub const MIN_SQLITE: i32 = 3_051_003;

/// `PRAGMA application_id` of a doithoai database ("DTHO"): how a file is known as ours
/// before anything in it is changed (set from schema 3 on; older files are known by their
/// tables).
pub const APPLICATION_ID: i32 = 0x4454_484F;

/// Connection settings a caller may change (tests shorten the timeout and shrink the disk).
#[derive(Debug, Clone, Copy)]
pub struct OpenOptions {
    pub busy_timeout: Duration,
    /// SQLite's `max_page_count`, to simulate a full disk.
    pub max_pages: Option<u32>,
    /// Create and initialise the database when the file is missing or empty: only `init` (and
    /// `restore`) may; every other command refuses a path without a doithoai database.
    pub create: bool,
}

impl Default for OpenOptions {
    fn default() -> Self {
        OpenOptions {
            busy_timeout: BUSY_TIMEOUT,
            max_pages: None,
            create: false,
        }
    }
}

static COMMITTED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// The number of the write transaction under way (see `Store::write`).
static CURRENT_TXN: std::sync::atomic::AtomicI64 = std::sync::atomic::AtomicI64::new(0);

/// Number the running command's events from `txn` on.
pub(crate) fn set_current_txn(txn: i64) {
    CURRENT_TXN.store(txn, std::sync::atomic::Ordering::SeqCst);
}

/// The number of the command's write transaction, for its events.
pub fn current_txn() -> Option<i64> {
    Some(CURRENT_TXN.load(std::sync::atomic::Ordering::SeqCst)).filter(|n| *n > 0)
}

/// Whether this process has committed a write (or finished a backup): an output failure after
/// it must say that the work was done.
pub fn has_committed() -> bool {
    COMMITTED.load(std::sync::atomic::Ordering::SeqCst)
}

/// Note that the command's durable work is done (a backup written and verified).
pub fn mark_done() {
    COMMITTED.store(true, std::sync::atomic::Ordering::SeqCst);
}

/// Whether the file starts with the SQLite header (any program's database).
pub fn is_sqlite_file(path: &Path) -> bool {
    // A pipe or a device is never opened to look: reading it could block or consume.
    std::fs::metadata(path).is_ok_and(|m| m.is_file())
        && read_header(path).is_ok_and(|h| h.len() >= 100 && h.starts_with(b"SQLite format 3\0"))
}

/// An open database.
pub struct Store {
    conn: db::Connection,
    path: PathBuf,
    /// True when this open created the file.
    pub created: bool,
    /// On a server: the role to make an office of in the next write (`init --office-role`).
    office_role: Option<(String, Option<bool>)>,
}

/// Who is acting and when, for the event log.
#[derive(Debug, Clone)]
pub struct Actor {
    pub clerk: String,
    pub command: String,
    /// UTC timestamp, RFC 3339.
    pub at: String,
    /// Why, when the clerk said (`--reason` of a correction): kept with every event of the
    /// command.
    pub reason: Option<String>,
    /// The file and row an import took the record from.
    pub source: Option<(String, usize)>,
}

/// Whether a server refused the command because another transaction changed the same records
/// at the same moment (SQLSTATE 40001, 40P01, or a key taken by a concurrent insert): nothing
/// of it was written, and it can run again.
pub fn lost_to_another_writer(error: &Error) -> bool {
    let code = match error {
        Error::Postgres(e) => e.code().map(|c| c.code().to_string()),
        Error::Server { code, .. } => code.clone(),
        _ => None,
    };
    matches!(code.as_deref(), Some("40001" | "40P01" | "23505"))
}

/// An error of a statement that failed for the file's sake (locked, read-only, full), said
/// with the file's name; any other error as it is.
pub fn on_file(error: Error, path: &Path) -> Error {
    match error {
        Error::Sqlite(inner) => classify(inner, path),
        Error::Postgres(inner) => Error::Server {
            path: path.to_path_buf(),
            code: inner.code().map(|c| c.code().to_string()),
            detail: match inner.as_db_error() {
                Some(db) => db.message().to_string(),
                None => inner.to_string(),
            },
            unreached: match inner.code() {
                Some(_) => None,
                // A connection the server closed says so itself (no system error under it).
                None if inner.is_closed() => Some(crate::error::Unreached::Closed),
                None => crate::error::Unreached::of(&inner),
            },
        },
        other => other,
    }
}

/// Map SQLite failures to the errors a user can act on.
pub(crate) fn classify(err: rusqlite::Error, path: &Path) -> Error {
    use rusqlite::ffi::ErrorCode;
    if let rusqlite::Error::SqliteFailure(e, _) = &err {
        let path = path.to_path_buf();
        match e.code {
            ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked => return Error::Busy { path },
            ErrorCode::ReadOnly => return Error::ReadOnly { path },
            ErrorCode::DiskFull => return Error::Full { path },
            ErrorCode::NotADatabase => return Error::NotADatabase { path },
            ErrorCode::SystemIoFailure => {
                if let Some(what) = crate::error::FileKind::of(&path) {
                    return Error::NotAFile { path, what };
                }
                return Error::DiskIo {
                    path,
                    extended_code: e.extended_code,
                };
            }
            ErrorCode::CannotOpen => {
                let missing_dir = path
                    .parent()
                    .is_some_and(|p| !p.as_os_str().is_empty() && !p.exists());
                return if missing_dir {
                    Error::MissingDirectory { path }
                } else {
                    Error::ReadOnly { path }
                };
            }
            _ => {}
        }
    }
    Error::Sqlite(err)
}

impl Store {
    /// Open (creating if missing) the database at `path`, upgrade it, and set the pragmas.
    pub fn open(path: &Path) -> Result<Store> {
        Store::open_with(path, OpenOptions::default())
    }

    /// Open the office's database on a PostgreSQL server (`--db postgres://…`). The connection
    /// works as one office's role: a role that bypasses row-level security (a superuser) sees
    /// every office and is refused, except to set an office up for another role (`init
    /// --office-role`). Only `init` creates the schema in an empty database.
    pub fn open_server(
        url: &str,
        options: OpenOptions,
        office_role: Option<(&str, Option<bool>)>,
    ) -> Result<Store> {
        let path = PathBuf::from(pg::redacted(url));
        let mut client = pg::connect(url, &path, options.busy_timeout)?;
        let found = pg::schema_version(&mut client)?;
        match found {
            Some(version) if version > pg::LATEST => {
                return Err(Error::NewerSchema {
                    path,
                    found: version,
                    supported: pg::LATEST,
                })
            }
            None if !options.create => return Err(Error::NotInitialised { path }),
            _ => {}
        }
        // Who connects, and as whom it would work, is settled before anything is changed: a
        // refused command neither creates nor upgrades the schema.
        let installed = found.is_some();
        let shown = crate::rules::text::shown_path(&path);
        let me = pg::role_facts(&mut client, None, installed)?.ok_or_else(|| {
            Error::Invalid(msg!(
                server_role_missing,
                role = "current_user",
                db = shown.clone()
            ))
        })?;
        let office_role = match office_role {
            Some((role, city)) => {
                let facts = pg::role_facts(&mut client, Some(role), installed)?
                    .filter(|f| f.can_login)
                    .ok_or_else(|| {
                        Error::Invalid(msg!(server_role_missing, role = role, db = shown.clone()))
                    })?;
                if facts.bypasses_row_security {
                    return Err(Error::Refused(msg!(server_role_bypasses_rls, role = role)));
                }
                Some((role.to_string(), city))
            }
            None if me.bypasses_row_security => {
                return Err(Error::Refused(msg!(
                    server_role_bypasses_rls,
                    role = me.name
                )))
            }
            // `init` by a role that is no office yet makes it one (the database's owner setting
            // up its one office); any other command needs an office.
            None if me.office.is_none() && options.create => Some((me.name.clone(), Some(false))),
            None if me.office.is_none() => {
                return Err(Error::Refused(msg!(
                    server_role_without_office,
                    role = me.name,
                    db = shown
                )))
            }
            None => None,
        };
        let created = match found {
            Some(version) if version < pg::LATEST => {
                pg::upgrade(&mut client, version, &path)?;
                false
            }
            Some(_) => false,
            None => {
                pg::install(&mut client, pg::LATEST)?;
                true
            }
        };
        if let Some((role, _)) = &office_role {
            if *role != me.name {
                // Read as that role from now on: the office it is (or none yet), never all.
                client.batch(&format!("SET ROLE {}", pg::quote_ident(role)))?;
            }
        }
        Ok(Store {
            conn: db::Connection::postgres(client),
            path,
            created,
            office_role,
        })
    }

    /// Open with explicit connection settings. The file is identified before anything in it is
    /// changed (not even its journal mode): another program's SQLite file, an empty file and a
    /// newer schema are refused untouched. Opening and upgrading are retried under the busy
    /// timeout, since SQLite answers "busy" at once (without waiting) when several processes
    /// switch a rollback-journal file to WAL together.
    pub fn open_with(path: &Path, options: OpenOptions) -> Result<Store> {
        if rusqlite::version_number() < MIN_SQLITE {
            return Err(Error::OldSqlite {
                found: rusqlite::version().to_string(),
            });
        }
        if let Some(what) = crate::error::FileKind::of(path) {
            return Err(Error::NotAFile {
                path: path.to_path_buf(),
                what,
            });
        }
        if let Some(dir) = path.parent() {
            if !dir.as_os_str().is_empty() && !dir.is_dir() {
                return Err(Error::MissingDirectory {
                    path: path.to_path_buf(),
                });
            }
        }
        trust::check_companions(path)?;
        let created = !path.exists();
        if created {
            if !options.create {
                return Err(Error::NoDatabase {
                    path: path.to_path_buf(),
                });
            }
            create_private_file(path)?;
        } else if options.create && std::fs::metadata(path).is_ok_and(|m| m.len() == 0) {
            // `init` into an empty file made beforehand (`touch`): it is about to hold
            // people's names, so owner-only whatever mode it was made with (SPEC §6).
            crate::files::make_private(path);
        }
        // Creation is serialised: processes that initialise one fresh file together would
        // otherwise read each other's half-written first page. An advisory lock on the file
        // itself (flock, separate from SQLite's own byte-range locks), released on return.
        let _creating = if options.create {
            let file = std::fs::OpenOptions::new()
                .read(true)
                .open(path)
                .map_err(|source| Error::Io {
                    path: path.to_path_buf(),
                    source,
                })?;
            file.lock().map_err(|source| Error::Io {
                path: path.to_path_buf(),
                source,
            })?;
            Some(file)
        } else {
            None
        };
        let deadline = std::time::Instant::now() + options.busy_timeout;
        let mut attempt: u64 = 0;
        loop {
            match Store::try_open(path, options, created) {
                Err(Error::Busy { .. }) if std::time::Instant::now() < deadline => {
                    // Spread the retries of processes that collided (pid-seeded).
                    attempt += 1;
                    let jitter = (u64::from(std::process::id()) * 7 + attempt * 13) % 20;
                    std::thread::sleep(Duration::from_millis(5 + jitter));
                }
                other => return other,
            }
        }
    }

    /// Open another office's file to read it only (the city's consolidated reports): nothing
    /// in it is changed — no upgrade, no journal mode, no pragma that writes. A newer schema is
    /// refused with the reason; an older one is upgraded in a copy in memory.
    pub fn open_read_only(path: &Path, busy_timeout: Duration) -> Result<Store> {
        existing_file(path)?;
        trust::check_companions(path)?;
        let header = read_header(path)?;
        if header.is_empty() {
            return Err(Error::NotInitialised {
                path: path.to_path_buf(),
            });
        }
        if header.len() < 100 || !header.starts_with(b"SQLite format 3\0") {
            return Err(Error::NotADatabase {
                path: path.to_path_buf(),
            });
        }
        // A file without a write-ahead log or a hot journal beside it (a collected copy, a
        // backup) is opened immutable — identified and read without SQLite creating a -wal or
        // -shm file next to it. One with a log (copied while a ward was writing) or a journal
        // (a writer killed mid-transaction) is read from a private copy, since reading a log
        // needs a -shm file beside it and a journal must be rolled back. Companions are looked
        // for beside the file a symbolic link points to, where SQLite keeps them.
        let real = trust::resolved(path);
        if trust::companion(&real, "-wal").exists() || trust::has_hot_journal(&real) {
            return Store::read_through_copy(path, &real, busy_timeout);
        }
        let mut conn = Connection::open_with_flags(
            format!("file:{}?immutable=1", crate::files::url_path(&real)),
            OpenFlags::SQLITE_OPEN_READ_ONLY
                | OpenFlags::SQLITE_OPEN_NO_MUTEX
                | OpenFlags::SQLITE_OPEN_URI,
        )
        .map_err(|e| classify(e, path))?;
        trust::harden(&conn, path)?;
        trust::limit_time(&mut conn, trust::READ_LIMIT)?;
        Store::check_identity(&conn, path)?;
        conn.busy_timeout(busy_timeout)
            .map_err(|e| classify(e, path))?;
        Store::read_only_store(conn, path)
    }

    /// A file opened read-only, identified as ours: a newer schema refused, a schema that is not
    /// doithoai's refused, an older one read through an upgraded copy in memory.
    fn read_only_store(conn: Connection, path: &Path) -> Result<Store> {
        let version: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(|e| classify(e, path))?;
        if version > migrate::LATEST {
            return Err(Error::NewerSchema {
                path: path.to_path_buf(),
                found: version,
                supported: migrate::LATEST,
            });
        }
        trust::verify_schema(&conn, version, path)?;
        if version < migrate::OLDEST_READABLE {
            // An old file is read through an upgraded copy in memory: the file stays as it is.
            let mut memory = Connection::open_in_memory().map_err(|e| classify(e, path))?;
            trust::harden(&memory, path)?;
            trust::limit_time(&mut memory, trust::READ_LIMIT)?;
            {
                let copy = rusqlite::backup::Backup::new(&conn, &mut memory)
                    .map_err(|e| classify(e, path))?;
                copy.run_to_completion(256, Duration::ZERO, None)
                    .map_err(|e| classify(e, path))?;
            }
            migrate::upgrade(&mut memory, path)?;
            return Ok(Store {
                conn: memory.into(),
                path: path.to_path_buf(),
                created: false,
                office_role: None,
            });
        }
        Ok(Store {
            conn: conn.into(),
            path: path.to_path_buf(),
            created: false,
            office_role: None,
        })
    }

    /// Refuse a connection's file unless it is a doithoai database.
    fn check_identity(conn: &Connection, path: &Path) -> Result<()> {
        match identify(conn, path)? {
            Identity::Ours { .. } => Ok(()),
            Identity::Blank => Err(Error::NotInitialised {
                path: path.to_path_buf(),
            }),
            Identity::Foreign => Err(Error::NotADatabase {
                path: path.to_path_buf(),
            }),
        }
    }

    /// Read a file and its write-ahead log (or hot journal) through a private copy of them in a
    /// folder of its own (0700; copies 0600, each only as long as the data SQLite would read),
    /// loaded into memory, then removed: the original files are not touched.
    fn read_through_copy(path: &Path, real: &Path, busy_timeout: Duration) -> Result<Store> {
        let dir = trust::private_temp_folder()?;
        let result = (|| -> Result<Store> {
            let copy = dir.join("copy.db");
            trust::copy_with_companions(real, &copy)?;
            let mut conn = Connection::open_with_flags(
                &copy,
                OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
            )
            .map_err(|e| classify(e, path))?;
            trust::harden(&conn, path)?;
            trust::limit_time(&mut conn, trust::READ_LIMIT)?;
            conn.busy_timeout(busy_timeout)
                .map_err(|e| classify(e, path))?;
            Store::check_identity(&conn, path)?;
            let version: i64 = conn
                .query_row("PRAGMA user_version", [], |r| r.get(0))
                .map_err(|e| classify(e, path))?;
            if version > migrate::LATEST {
                return Err(Error::NewerSchema {
                    path: path.to_path_buf(),
                    found: version,
                    supported: migrate::LATEST,
                });
            }
            trust::verify_schema(&conn, version, path)?;
            let mut memory = Connection::open_in_memory().map_err(|e| classify(e, path))?;
            trust::harden(&memory, path)?;
            trust::limit_time(&mut memory, trust::READ_LIMIT)?;
            {
                let backup = rusqlite::backup::Backup::new(&conn, &mut memory)
                    .map_err(|e| classify(e, path))?;
                backup
                    .run_to_completion(256, Duration::ZERO, None)
                    .map_err(|e| classify(e, path))?;
            }
            drop(conn);
            migrate::upgrade(&mut memory, path)?;
            Ok(Store {
                conn: memory.into(),
                path: path.to_path_buf(),
                created: false,
                office_role: None,
            })
        })();
        let _ = std::fs::remove_dir_all(&dir);
        result
    }

    fn try_open(path: &Path, options: OpenOptions, created: bool) -> Result<Store> {
        // A newer schema is refused below, on the connection that reads the current version.
        match identify_file(path, options.busy_timeout)? {
            Identity::Ours { .. } => {}
            Identity::Blank if options.create => {}
            Identity::Blank => {
                return Err(Error::NotInitialised {
                    path: path.to_path_buf(),
                })
            }
            Identity::Foreign => {
                return Err(Error::NotADatabase {
                    path: path.to_path_buf(),
                })
            }
        }
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| classify(e, path))?;
        trust::harden(&conn, path)?;
        conn.busy_timeout(options.busy_timeout)
            .map_err(|e| classify(e, path))?;
        let version: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(|e| classify(e, path))?;
        if version > migrate::LATEST {
            return Err(Error::NewerSchema {
                path: path.to_path_buf(),
                found: version,
                supported: migrate::LATEST,
            });
        }
        configure(&conn, path, options)?;
        let mut conn = conn;
        migrate::upgrade(&mut conn, path)?;
        Ok(Store {
            conn: conn.into(),
            path: path.to_path_buf(),
            created,
            office_role: None,
        })
    }

    /// A database in memory with the latest schema: the operations tested in-process, without
    /// a file (the binary's tests keep the file, its locks and its journal).
    #[cfg(test)]
    pub(crate) fn open_in_memory() -> Result<Store> {
        let path = PathBuf::from(":memory:");
        let mut conn = Connection::open_in_memory().map_err(|e| classify(e, &path))?;
        conn.execute_batch("PRAGMA foreign_keys = ON;")?;
        migrate::upgrade(&mut conn, &path)?;
        Ok(Store {
            conn: conn.into(),
            path,
            created: true,
            office_role: None,
        })
    }

    /// Begin the command's one write transaction (IMMEDIATE: a deferred transaction that reads
    /// before writing fails under contention whatever the timeout).
    pub(crate) fn write(&mut self) -> Result<db::Transaction<'_>> {
        let path = self.path.clone();
        if let Some(conn) = self.conn.sqlite() {
            trust::verify_active_objects(conn, &path)?;
        }
        let office_role = self.office_role.clone();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| on_file(e, &path))?;
        if let Some((role, city)) = office_role {
            // The administrator maps the role, then the command acts as it (SET LOCAL: until
            // the transaction ends, when the session's role is that role again).
            tx.with_postgres(|client| {
                client.batch("SET LOCAL ROLE NONE")?;
                pg::make_office_role(client, &role, city)?;
                client.batch(&format!("SET LOCAL ROLE {}", pg::quote_ident(&role)))
            })
            .transpose()?;
        }
        // Number the command inside the write lock: its events share the number `undo` uses.
        let txn: i64 = tx.query_row("SELECT coalesce(max(txn), 0) + 1 FROM event", [], |r| {
            r.get(0)
        })?;
        CURRENT_TXN.store(txn, std::sync::atomic::Ordering::SeqCst);
        Ok(tx)
    }

    /// Begin a read transaction: one consistent snapshot for a whole report.
    pub(crate) fn read(&mut self) -> Result<db::Transaction<'_>> {
        let path = self.path.clone();
        self.conn
            .transaction_with_behavior(TransactionBehavior::Deferred)
            .map_err(|e| on_file(e, &path))
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The database's page size (a restore copies pages, so both must agree).
    pub(crate) fn page_size(&self) -> Result<i64> {
        Ok(self
            .file()?
            .query_row("PRAGMA page_size", [], |r| r.get(0))?)
    }

    /// Refuse a report of every office unless this is a server's database and the connection's
    /// role is the city's (`init --level city --office-role`).
    pub(crate) fn require_city_role(&self) -> Result<()> {
        let shown = crate::rules::text::shown_path(&self.path);
        let city = self
            .conn
            .with_postgres(|client| {
                let (_, rows) = client.query(
                    "SELECT EXISTS (SELECT 1 FROM doithoai_office_role
                                    WHERE role_name = current_user AND city = 1), current_user::text",
                    &[],
                )?;
                Ok(rows.into_iter().next())
            })
            .transpose()?
            .flatten();
        match city.as_deref() {
            None => Err(Error::Invalid(msg!(all_offices_needs_server, db = shown))),
            Some([Value::Integer(1), ..]) => Ok(()),
            Some([_, Value::Text(role)]) => Err(Error::Refused(msg!(
                all_offices_needs_city_role,
                role = role.as_str(),
                db = shown
            ))),
            Some(_) => Err(Error::Refused(msg!(
                all_offices_needs_city_role,
                role = "current_user",
                db = shown
            ))),
        }
    }

    /// The SQLite connection of a database kept in a file, for what only a file has (its
    /// pages, `VACUUM INTO`); a server's database is refused naming what was asked.
    pub(crate) fn file(&self) -> Result<&Connection> {
        self.conn.sqlite().ok_or_else(|| {
            Error::Invalid(msg!(
                server_database_not_a_file,
                db = crate::rules::text::shown_path(&self.path)
            ))
        })
    }

    /// Write a consistent snapshot of this database into `target`, an empty private file that
    /// already exists (`VACUUM INTO` keeps its permissions); other processes keep working.
    pub(crate) fn snapshot_into(&self, target: &Path) -> Result<()> {
        let name = target.to_str().ok_or_else(|| {
            Error::Invalid(msg!(
                not_utf8_path,
                path = crate::rules::text::shown_path(target)
            ))
        })?;
        if self.conn.engine() == db::Engine::Postgres {
            return self.snapshot_server_into(target);
        }
        self.file()?
            .execute("VACUUM INTO ?1", [name])
            .map_err(|e| classify(e, target))?;
        Ok(())
    }

    /// A server's office written as a SQLite file of the latest schema: one snapshot of the
    /// server (REPEATABLE READ), every row of the office with its id, the file's references
    /// checked when its one transaction commits.
    fn snapshot_server_into(&self, target: &Path) -> Result<()> {
        let mut file = Connection::open_with_flags(
            target,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| classify(e, target))?;
        trust::harden(&file, target)?;
        migrate::upgrade(&mut file, target)?;
        let file = db::Connection::from(file);
        self.conn
            .with_postgres(|client| client.begin(false))
            .transpose()?;
        let result = (|| {
            file.execute_batch("BEGIN IMMEDIATE")?;
            copy::defer_references(&file)?;
            copy::copy_office(&self.conn, &file, &file)?;
            file.execute_batch("COMMIT")
        })();
        if result.is_err() {
            let _ = file.execute_batch("ROLLBACK");
        }
        let _ = self.conn.execute_batch("COMMIT");
        result.map_err(|e| on_file(e, target))
    }

    /// Replace this database's content with `source`'s, page by page, inside SQLite's own lock
    /// (other processes see the old or the new database, never a mix), then bring it to the
    /// latest schema.
    pub(crate) fn replace_with(&mut self, source: &db::Connection) -> Result<()> {
        let path = self.path.clone();
        self.file()?;
        let Some(source) = source.sqlite() else {
            return Ok(());
        };
        let Some(conn) = self.conn.sqlite_mut() else {
            return Ok(());
        };
        {
            let backup =
                rusqlite::backup::Backup::new(source, conn).map_err(|e| classify(e, &path))?;
            backup
                .run_to_completion(256, Duration::from_millis(0), None)
                .map_err(|e| classify(e, &path))?;
        }
        migrate::upgrade(conn, &path)
    }

    pub(crate) fn connection(&self) -> &db::Connection {
        &self.conn
    }
}

/// The SQL expression of the next id of `table`: one above both its highest id and the highest
/// id an undo took back (`retired_id`), so no id is ever given twice.
pub(crate) fn next_id(table: &str) -> String {
    format!(
        "(SELECT coalesce(max(n), 0) + 1 FROM (SELECT max(id) AS n FROM {table}
                                               UNION ALL
                                               SELECT last_id FROM retired_id WHERE kind = '{table}') AS ids)"
    )
}

/// A file to read that must exist and be a plain file (not a folder, device or pipe).
fn existing_file(path: &Path) -> Result<()> {
    if let Some(what) = crate::error::FileKind::of(path) {
        return Err(Error::NotAFile {
            path: path.to_path_buf(),
            what,
        });
    }
    if !path.exists() {
        return Err(Error::NoDatabase {
            path: path.to_path_buf(),
        });
    }
    Ok(())
}

/// What `db upgrade` did: the schema the database was at and the one it is at now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Upgraded {
    pub from: i64,
    pub to: i64,
}

/// Bring a server's schema to this build's ([`pg::LATEST`]), as its administrator: the tables
/// are theirs to alter, so no office is needed and none is read. An office's own command does
/// the same when its role may (the one office of a database it owns), else it is refused and
/// names this step.
pub fn upgrade_server(url: &str, options: OpenOptions) -> Result<Upgraded> {
    let path = PathBuf::from(pg::redacted(url));
    let mut client = pg::connect(url, &path, options.busy_timeout)?;
    match pg::schema_version(&mut client)? {
        None => Err(Error::NotInitialised { path }),
        Some(found) if found > pg::LATEST => Err(Error::NewerSchema {
            path,
            found,
            supported: pg::LATEST,
        }),
        // Upgraded meanwhile by another client: nothing was done here.
        Some(found) => Ok(Upgraded {
            from: if pg::upgrade(&mut client, found, &path)? {
                found
            } else {
                pg::LATEST
            },
            to: pg::LATEST,
        }),
    }
}

/// Bring a file's schema to this build's: what any command's opening of it does, said.
pub fn upgrade_file(path: &Path, options: OpenOptions) -> Result<Upgraded> {
    let (conn, found) = open_copy(path)?;
    drop(conn);
    let _store = Store::open_with(
        path,
        OpenOptions {
            create: false,
            ..options
        },
    )?;
    Ok(Upgraded {
        from: found,
        to: migrate::LATEST,
    })
}

/// A database copy (a backup) opened read-only after it is identified as doithoai's; returns
/// the connection and its schema version. Nothing in the file is changed.
pub fn open_copy(path: &Path) -> Result<(Connection, i64)> {
    existing_file(path)?;
    trust::check_companions(path)?;
    if std::fs::metadata(path).map(|m| m.len()).unwrap_or(0) == 0 {
        return Err(Error::NotInitialised {
            path: path.to_path_buf(),
        });
    }
    roll_back_hot_journal(path)?;
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| classify(e, path))?;
    trust::harden(&conn, path)?;
    match identify(&conn, path)? {
        Identity::Ours { version } if version > migrate::LATEST => Err(Error::NewerSchema {
            path: path.to_path_buf(),
            found: version,
            supported: migrate::LATEST,
        }),
        Identity::Ours { version } => Ok((conn, version)),
        Identity::Blank => Err(Error::NotInitialised {
            path: path.to_path_buf(),
        }),
        Identity::Foreign => Err(Error::NotADatabase {
            path: path.to_path_buf(),
        }),
    }
}

/// A stored ISO date (`YYYY-MM-DD`) or NULL, read without chrono's general format parser: an
/// export reads several per row, a million rows at a time. Anything else in the column is an
/// error naming it, never a silent default.
pub(crate) fn date_column(
    r: &db::Row<'_>,
    idx: usize,
) -> rusqlite::Result<Option<chrono::NaiveDate>> {
    use rusqlite::types::{FromSqlError, ValueRef};
    let bytes = match r.get_ref(idx)? {
        ValueRef::Null => return Ok(None),
        ValueRef::Text(t) => t,
        other => {
            return Err(rusqlite::Error::FromSqlConversionFailure(
                idx,
                other.data_type(),
                Box::new(FromSqlError::InvalidType),
            ))
        }
    };
    let digits = |range: std::ops::Range<usize>| -> Option<u32> {
        bytes.get(range)?.iter().try_fold(0u32, |n, b| {
            b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0'))
        })
    };
    let parsed = (bytes.len() == 10 && bytes[4] == b'-' && bytes[7] == b'-')
        .then(|| {
            chrono::NaiveDate::from_ymd_opt(
                i32::try_from(digits(0..4)?).ok()?,
                digits(5..7)?,
                digits(8..10)?,
            )
        })
        .flatten();
    parsed.map(Some).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(
            idx,
            rusqlite::types::Type::Text,
            format!("not an ISO date: {:?}", String::from_utf8_lossy(bytes)).into(),
        )
    })
}

/// The one row a query by id returns (`sql` takes the id as ?1), or `NotFound` naming the record
/// as the user knows it.
pub(crate) fn by_id<T>(
    conn: &db::Connection,
    sql: &str,
    id: i64,
    record: &'static str,
    map: impl FnOnce(&db::Row<'_>) -> rusqlite::Result<T>,
) -> Result<T> {
    use db::OptionalExtension;
    conn.prepare_cached(sql)?
        .query_row([id], map)
        .optional()?
        .ok_or(Error::NotFound {
            record,
            id: id.to_string(),
        })
}

/// Commit, mapping a failure (disk full, busy) to a user-facing error.
pub fn commit(tx: db::Transaction<'_>, path: &Path) -> Result<()> {
    tx.commit().map_err(|e| on_file(e, path))?;
    COMMITTED.store(true, std::sync::atomic::Ordering::SeqCst);
    Ok(())
}

/// Pragmas on every connection, readers included (SPEC §6), once the file is known as ours.
fn configure(conn: &Connection, path: &Path, options: OpenOptions) -> Result<()> {
    let path = path.to_path_buf();
    let mode: String = conn
        .query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))
        .map_err(|e| classify(e, &path))?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(Error::ReadOnly { path });
    }
    conn.execute_batch("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;")
        .map_err(|e| classify(e, &path))?;
    if let Some(pages) = options.max_pages {
        conn.pragma_update(None, "max_page_count", pages)
            .map_err(|e| classify(e, &path))?;
    }
    Ok(())
}

/// What a SQLite file is, read without changing it.
enum Identity {
    /// A doithoai database at this schema version.
    Ours { version: i64 },
    /// An empty file, or a SQLite file without tables and without an application id.
    Blank,
    /// Another program's file.
    Foreign,
}

/// Whether the file at `path` is a doithoai database (of any version), read without changing
/// it: what `backup --force` may replace — an older backup — and nothing else.
pub fn is_doithoai_database(path: &Path) -> bool {
    matches!(
        identify_file(path, Duration::from_secs(1)),
        Ok(Identity::Ours { .. })
    )
}

/// The SQLite file header's first 100 bytes, or fewer for a short file.
fn read_header(path: &Path) -> Result<Vec<u8>> {
    use std::io::Read;
    let mut header = Vec::with_capacity(100);
    std::fs::File::open(path)
        .and_then(|f| f.take(100).read_to_end(&mut header))
        .map_err(|source| Error::Io {
            path: path.to_path_buf(),
            source,
        })?;
    Ok(header)
}

/// What the file at `path` is, without changing it: the header is read first (another
/// program's application id, or no SQLite header at all, is refused without SQLite opening the
/// file — opening one would replay and delete that program's WAL); only a file whose header
/// leaves it open is inspected, through a read-only connection.
fn identify_file(path: &Path, busy_timeout: Duration) -> Result<Identity> {
    let header = read_header(path)?;
    if header.is_empty() {
        return Ok(Identity::Blank);
    }
    if header.len() < 100 || !header.starts_with(b"SQLite format 3\0") {
        return Ok(Identity::Foreign);
    }
    let field = |at: usize| {
        i32::from_be_bytes([header[at], header[at + 1], header[at + 2], header[at + 3]])
    };
    let application_id = field(68);
    if application_id == APPLICATION_ID {
        // Ours by its header: the one connection that follows reads the version (the header's
        // copy may lag behind the WAL).
        return Ok(Identity::Ours { version: -1 });
    }
    if application_id != 0 {
        return Ok(Identity::Foreign);
    }
    roll_back_hot_journal(path)?;
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| classify(e, path))?;
    trust::harden(&conn, path)?;
    conn.busy_timeout(busy_timeout)
        .map_err(|e| classify(e, path))?;
    identify(&conn, path)
}

/// A writer killed in the middle of a transaction on a rollback-journal file (a schema-1 or -2
/// file being upgraded, another SQLite program) leaves a hot journal; a read-only connection
/// cannot roll it back and every command would fail. A read-write connection rolls it back at
/// its first read, as every SQLite client does: the file is back as it was before that write.
fn roll_back_hot_journal(path: &Path) -> Result<()> {
    if !trust::has_hot_journal(path) {
        return Ok(());
    }
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| classify(e, path))?;
    trust::harden(&conn, path)?;
    conn.busy_timeout(BUSY_TIMEOUT)
        .map_err(|e| classify(e, path))?;
    conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| {
        r.get::<_, i64>(0)
    })
    .map_err(|e| classify(e, path))?;
    Ok(())
}

/// The columns an unmarked (pre-schema-3) file must have to be taken as doithoai's: table
/// names alone could be anyone's.
const SIGNATURE: &[(&str, &[&str])] = &[
    (
        "office",
        &["name", "level", "saturdays_count", "created_at"],
    ),
    (
        "session",
        &[
            "title",
            "kind",
            "session_date",
            "chair_role",
            "status",
            "conclusion_due",
        ],
    ),
    (
        "opinion",
        &[
            "session_id",
            "content",
            "category",
            "status",
            "due_date",
            "search_text",
        ],
    ),
    (
        "event",
        &[
            "at",
            "clerk",
            "command",
            "record_kind",
            "record_id",
            "action",
            "before",
            "after",
        ],
    ),
];

/// Read what the file is — its application id, schema version and tables — without writing.
fn identify(conn: &Connection, path: &Path) -> Result<Identity> {
    let read = |sql: &str| -> Result<i64> {
        conn.query_row(sql, [], |r| r.get(0))
            .map_err(|e| classify(e, path))
    };
    let application_id = read("PRAGMA application_id")?;
    let version = read("PRAGMA user_version")?;
    let objects = read("SELECT count(*) FROM sqlite_schema")?;
    if application_id == i64::from(APPLICATION_ID) {
        return Ok(Identity::Ours { version });
    }
    if application_id != 0 {
        return Ok(Identity::Foreign);
    }
    if objects == 0 && version == 0 {
        return Ok(Identity::Blank);
    }
    if version < 1 {
        return Ok(Identity::Foreign);
    }
    for (table, columns) in SIGNATURE {
        let found: i64 = conn
            .query_row(
                &format!(
                    "SELECT count(*) FROM pragma_table_info(?1) WHERE name IN ({})",
                    vec!["?"; columns.len()].join(", ")
                ),
                rusqlite::params_from_iter(std::iter::once(*table).chain(columns.iter().copied())),
                |r| r.get(0),
            )
            .map_err(|e| classify(e, path))?;
        if found != columns.len() as i64 {
            return Ok(Identity::Foreign);
        }
    }
    Ok(Identity::Ours { version })
}

/// Create the database file readable and writable by its owner only (SPEC §6); SQLite gives
/// the -wal and -shm files the same permissions. An empty file made beforehand (`touch`) is
/// made owner-only too: it is about to hold people's names.
fn create_private_file(path: &Path) -> Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    match options.open(path) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            crate::files::make_private(path);
            Ok(())
        }
        Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied => Err(Error::ReadOnly {
            path: path.to_path_buf(),
        }),
        Err(source) => Err(Error::Io {
            path: path.to_path_buf(),
            source,
        }),
    }
}

/// True when `path` is on a network filesystem (NFS, SMB/CIFS…), where SQLite's WAL is unsafe.
pub fn on_network_filesystem(path: &Path) -> bool {
    let (Ok(canonical), Ok(mounts)) = (
        path.canonicalize(),
        std::fs::read_to_string("/proc/self/mounts"),
    ) else {
        return false;
    };
    is_network_mount(&canonical, &mounts)
}

/// Whether the mount (from a `/proc/mounts` table) that holds `path` is a network filesystem.
pub fn is_network_mount(path: &Path, mounts: &str) -> bool {
    let mut best: Option<(usize, bool)> = None;
    for line in mounts.lines() {
        let mut parts = line.split_whitespace();
        let (Some(_device), Some(mount_point), Some(fs_type)) =
            (parts.next(), parts.next(), parts.next())
        else {
            continue;
        };
        if path.starts_with(mount_point) {
            let network = matches!(
                fs_type,
                "nfs"
                    | "nfs4"
                    | "cifs"
                    | "smb3"
                    | "smbfs"
                    | "9p"
                    | "fuse.sshfs"
                    | "afs"
                    | "ceph"
                    | "glusterfs"
            );
            if best.is_none_or(|(len, _)| mount_point.len() > len) {
                best = Some((mount_point.len(), network));
            }
        }
    }
    best.is_some_and(|(_, network)| network)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn network_share_is_recognised_by_its_mount() {
        let mounts = "/dev/vda1 / ext4 rw 0 0\n//nas/ubnd /mnt/ubnd cifs rw 0 0\nnas:/data /srv/data nfs4 rw 0 0\n";
        assert!(is_network_mount(Path::new("/mnt/ubnd/doithoai.db"), mounts));
        assert!(is_network_mount(
            Path::new("/srv/data/x/doithoai.db"),
            mounts
        ));
        assert!(!is_network_mount(
            Path::new("/home/lan/doithoai.db"),
            mounts
        ));
    }

    #[test]
    fn bundled_sqlite_is_recent_enough() {
        assert!(
            rusqlite::version_number() >= MIN_SQLITE,
            "{}",
            rusqlite::version()
        );
    }
}
