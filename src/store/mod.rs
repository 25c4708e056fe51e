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
pub mod events;
pub mod export;
pub mod migrate;
pub mod office;
pub mod opinion;
pub mod registration;
pub mod report;
pub mod session;

use crate::error::{Error, Result};
use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// How long a command waits for another writer before giving up (SPEC §6: several clerks and a
/// cron job share the file; a write command takes milliseconds).
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// Oldest SQLite accepted: earlier versions carry the WAL-reset bug that concurrent writers can
/// hit (SPEC §6).
pub const MIN_SQLITE: i32 = 3_051_003;

/// Connection settings a caller may change (tests shorten the timeout and shrink the disk).
#[derive(Debug, Clone, Copy)]
pub struct OpenOptions {
    pub busy_timeout: Duration,
    /// SQLite's `max_page_count`, to simulate a full disk.
    pub max_pages: Option<u32>,
}

impl Default for OpenOptions {
    fn default() -> Self {
        OpenOptions {
            busy_timeout: BUSY_TIMEOUT,
            max_pages: None,
        }
    }
}

/// An open database.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// True when this open created the file.
    pub created: bool,
}

/// Who is acting and when, for the event log.
#[derive(Debug, Clone)]
pub struct Actor {
    pub clerk: String,
    pub command: String,
    /// UTC timestamp, RFC 3339.
    pub at: String,
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

    /// Open with explicit connection settings.
    pub fn open_with(path: &Path, options: OpenOptions) -> Result<Store> {
        if rusqlite::version_number() < MIN_SQLITE {
            return Err(Error::OldSqlite {
                found: rusqlite::version().to_string(),
            });
        }
        if let Some(dir) = path.parent() {
            if !dir.as_os_str().is_empty() && !dir.is_dir() {
                return Err(Error::MissingDirectory {
                    path: path.to_path_buf(),
                });
            }
        }
        let created = !path.exists();
        if created {
            create_private_file(path)?;
        }
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| classify(e, path))?;
        let mut store = Store {
            conn,
            path: path.to_path_buf(),
            created,
        };
        store.configure(options)?;
        migrate::upgrade(&mut store.conn, path)?;
        Ok(store)
    }

    /// Pragmas on every connection, readers included (SPEC §6). The schema version is read
    /// first: a database from a newer doithoai is refused before anything (even the journal
    /// mode) is changed in it.
    fn configure(&mut self, options: OpenOptions) -> Result<()> {
        let path = self.path.clone();
        self.conn
            .busy_timeout(options.busy_timeout)
            .map_err(|e| classify(e, &path))?;
        let version: i64 = self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(|e| classify(e, &path))?;
        if version > migrate::LATEST {
            return Err(Error::NewerSchema {
                path,
                found: version,
                supported: migrate::LATEST,
            });
        }
        let mode: String = self
            .conn
            .query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))
            .map_err(|e| classify(e, &path))?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(Error::ReadOnly { path });
        }
        self.conn
            .execute_batch("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;")
            .map_err(|e| classify(e, &path))?;
        if let Some(pages) = options.max_pages {
            self.conn
                .pragma_update(None, "max_page_count", pages)
                .map_err(|e| classify(e, &path))?;
        }
        Ok(())
    }

    /// Begin the command's one write transaction (IMMEDIATE: a deferred transaction that reads
    /// before writing fails under contention whatever the timeout).
    pub fn write(&mut self) -> Result<Transaction<'_>> {
        let path = self.path.clone();
        self.conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| classify(e, &path))
    }

    /// Begin a read transaction: one consistent snapshot for a whole report.
    pub fn read(&mut self) -> Result<Transaction<'_>> {
        let path = self.path.clone();
        self.conn
            .transaction_with_behavior(TransactionBehavior::Deferred)
            .map_err(|e| classify(e, &path))
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn connection(&self) -> &Connection {
        &self.conn
    }
}

/// The one row a query by id returns (`sql` takes the id as ?1), or `NotFound` naming the record
/// as the user knows it.
pub(crate) fn by_id<T>(
    conn: &Connection,
    sql: &str,
    id: i64,
    record: &'static str,
    map: impl FnOnce(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
) -> Result<T> {
    use rusqlite::OptionalExtension;
    conn.prepare_cached(sql)?
        .query_row([id], map)
        .optional()?
        .ok_or(Error::NotFound {
            record,
            id: id.to_string(),
        })
}

/// Commit, mapping a failure (disk full, busy) to a user-facing error.
pub fn commit(tx: Transaction<'_>, path: &Path) -> Result<()> {
    tx.commit().map_err(|e| classify(e, path))
}

/// Create the database file readable and writable by its owner only (SPEC §6); SQLite gives
/// the -wal and -shm files the same permissions.
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
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
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
