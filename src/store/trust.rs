//! Files that come from elsewhere: a backup brought back, a ward's file read by the city, a file
//! left by a crash. None of them may harm the office.
//!
//! Owns: the settings every connection gets (`trusted_schema = OFF`, SQLite's defensive mode),
//! the comparison of a file's schema with doithoai's own (an added trigger would run on the next
//! write), the refusal of companions (`-wal`, `-shm`, `-journal`) that are not plain files, the
//! bounded copy of another office's file (a sparse file is never copied at its length), and the
//! time limit on reading one. Must not: decide what a report counts.

use super::{classify, migrate};
use crate::error::{Error, FileKind, Result, SchemaChange, SchemaDifference};
use rusqlite::config::DbConfig;
use rusqlite::Connection;
use std::io::{Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// The companions SQLite keeps beside a database.
pub const COMPANIONS: [&str; 3] = ["-wal", "-shm", "-journal"];

/// How long the city reads one office's file before giving up on it (a view that recurses
/// forever, a query made slow on purpose): far above what a real ward's report takes (well under
/// a second, README "Performance").
pub const READ_LIMIT: Duration = Duration::from_secs(60);

/// Settings on every connection, before anything is read: functions with side effects and
/// virtual tables are not run from a file's own schema, and the schema cannot be written
/// directly (SQLite's "defensive" mode: no `writable_schema`, no writes to shadow tables).
/// The query planner's stability guarantee is on: a statement keeps the plan it was prepared
/// with whatever values are bound to it, so a statement run once per listed item (naming an
/// opinion, reading its notice) is not prepared again on every run — which, with the bundled
/// SQLite, took half of the period report's time.
pub fn harden(conn: &Connection, path: &Path) -> Result<()> {
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_DEFENSIVE, true)
        .and_then(|_| conn.set_db_config(DbConfig::SQLITE_DBCONFIG_TRUSTED_SCHEMA, false))
        .and_then(|_| conn.set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG, true))
        .map_err(|e| classify(e, path))?;
    // No value longer than the longest text doithoai keeps (a petition of 2,000,000 characters
    // is at most 8 MB): a column a file computes to gigabytes fails instead of filling memory.
    conn.set_limit(
        rusqlite::limits::Limit::SQLITE_LIMIT_LENGTH,
        MAX_VALUE_BYTES,
    )
    .map_err(|e| classify(e, path))?;
    Ok(())
}

/// The longest string or blob any connection makes (SQLite's `SQLITE_LIMIT_LENGTH`).
pub const MAX_VALUE_BYTES: i32 = 64 << 20;

/// Stop any statement on `conn` that runs past `limit` (checked every few thousand steps of
/// SQLite's machine); the statement fails with SQLITE_INTERRUPT, read as `Error::TooSlow`.
pub fn limit_time(conn: &mut Connection, limit: Duration) -> Result<()> {
    let deadline = Instant::now() + limit;
    conn.progress_handler(10_000, Some(move || Instant::now() > deadline))?;
    Ok(())
}

/// The path a database's companions are beside: SQLite keeps them next to the file a symbolic
/// link points to, not next to the link.
pub fn resolved(path: &Path) -> PathBuf {
    path.canonicalize().unwrap_or_else(|_| path.to_path_buf())
}

/// `path` with a companion's suffix.
pub fn companion(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// Refuse a database whose `-wal`, `-shm` or `-journal` is there but is not a plain file (a
/// FIFO would block every reader, a device would be written to); the error names the companion.
pub fn check_companions(path: &Path) -> Result<()> {
    let base = resolved(path);
    for suffix in COMPANIONS {
        let companion = companion(&base, suffix);
        if let Some(what) = FileKind::of(&companion) {
            return Err(Error::CompanionNotAFile {
                path: companion,
                what,
            });
        }
    }
    Ok(())
}

/// Whether a rollback journal with content lies beside the database: a writer was killed
/// mid-transaction, and the first connection that may write must roll it back.
pub fn has_hot_journal(path: &Path) -> bool {
    let journal = companion(&resolved(path), "-journal");
    std::fs::metadata(journal).is_ok_and(|m| m.is_file() && m.len() > 0)
}

/// One schema object described so that two files agree exactly when they hold the same object:
/// a table by its columns (name, type, NOT NULL, default, key, hidden) and its foreign keys —
/// the columns sorted, since an upgrade appends them — anything else by its normalised SQL.
fn describe(conn: &Connection) -> rusqlite::Result<Vec<(String, String)>> {
    let mut objects = Vec::new();
    let mut stmt =
        conn.prepare("SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name")?;
    let rows: Vec<(String, String, String, Option<String>)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (kind, name, table, sql) in rows {
        // SQLite's own: the AUTOINCREMENT counters, the planner's statistics, the indexes of
        // UNIQUE constraints (their table's columns say the rest).
        let internal = (kind == "table"
            && matches!(
                name.as_str(),
                "sqlite_sequence"
                    | "sqlite_stat1"
                    | "sqlite_stat2"
                    | "sqlite_stat3"
                    | "sqlite_stat4"
            ))
            || (kind == "index" && name.starts_with("sqlite_autoindex_") && sql.is_none());
        if internal {
            continue;
        }
        let shape = match (&*kind, &sql) {
            ("table", Some(sql))
                if !sql
                    .trim_start()
                    .to_lowercase()
                    .starts_with("create virtual") =>
            {
                let mut columns: Vec<String> = conn
                    .prepare(
                        "SELECT name, lower(type), \"notnull\", dflt_value, pk, hidden
                         FROM pragma_table_xinfo(?1)",
                    )?
                    .query_map([&name], |r| {
                        Ok(format!(
                            "{}:{}:{}:{:?}:{}:{}",
                            r.get::<_, String>(0)?,
                            r.get::<_, String>(1)?,
                            r.get::<_, i64>(2)?,
                            r.get::<_, Option<String>>(3)?,
                            r.get::<_, i64>(4)?,
                            r.get::<_, i64>(5)?
                        ))
                    })?
                    .collect::<rusqlite::Result<_>>()?;
                columns.sort();
                let mut keys: Vec<String> = conn
                    .prepare(
                        "SELECT \"table\", \"from\", \"to\", on_update, on_delete
                         FROM pragma_foreign_key_list(?1)",
                    )?
                    .query_map([&name], |r| {
                        Ok(format!(
                            "{}.{}->{:?}:{}:{}",
                            r.get::<_, String>(0)?,
                            r.get::<_, String>(1)?,
                            r.get::<_, Option<String>>(2)?,
                            r.get::<_, String>(3)?,
                            r.get::<_, String>(4)?
                        ))
                    })?
                    .collect::<rusqlite::Result<_>>()?;
                keys.sort();
                // The clauses of its definition too (CHECK, UNIQUE, COLLATE, ON CONFLICT,
                // defaults as written), in any order: an upgrade appends columns at the end.
                format!(
                    "{} | {} | {}",
                    columns.join(","),
                    keys.join(","),
                    table_clauses(sql).join(" ; ")
                )
            }
            (_, Some(sql)) => migrate::normalise_sql(sql),
            (_, None) => String::new(),
        };
        objects.push((format!("{kind} {name} on {table}"), shape));
    }
    Ok(objects)
}

/// The clauses of a `CREATE TABLE` statement — each column definition and table constraint,
/// comments removed, normalised (`migrate::normalise_sql`) — sorted, and what follows the
/// closing parenthesis (`WITHOUT ROWID`).
fn table_clauses(sql: &str) -> Vec<String> {
    // Comments out, quotes kept whole.
    let mut text = String::with_capacity(sql.len());
    let mut chars = sql.chars().peekable();
    let mut quote: Option<char> = None;
    while let Some(c) = chars.next() {
        match quote {
            Some(q) => {
                text.push(c);
                if c == q {
                    quote = None;
                }
            }
            None if c == '-' && chars.peek() == Some(&'-') => {
                for rest in chars.by_ref() {
                    if rest == '\n' {
                        text.push(' ');
                        break;
                    }
                }
            }
            None => {
                if matches!(c, '\'' | '"' | '`') {
                    quote = Some(c);
                }
                text.push(c);
            }
        }
    }
    let (Some(open), Some(close)) = (text.find('('), text.rfind(')')) else {
        return vec![migrate::normalise_sql(&text)];
    };
    let mut clauses = Vec::new();
    let (mut depth, mut start, mut quote) = (0i32, open + 1, None::<char>);
    for (at, c) in text[..close]
        .char_indices()
        .skip_while(|(at, _)| *at <= open)
    {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None => match c {
                '\'' | '"' | '`' => quote = Some(c),
                '(' => depth += 1,
                ')' => depth -= 1,
                ',' if depth == 0 => {
                    clauses.push(migrate::normalise_sql(&text[start..at]));
                    start = at + 1;
                }
                _ => {}
            },
        }
    }
    clauses.push(migrate::normalise_sql(&text[start..close]));
    clauses.sort();
    clauses.push(format!(
        "after: {}",
        migrate::normalise_sql(&text[close + 1..])
    ));
    clauses
}

/// Definitions a released doithoai wrote that the schema has since improved in place (no
/// version step): a file holding one is doithoai's own. The first schema-6 files hold
/// `opinion_open_idx` without `notice_id`.
const FORMER_DEFINITIONS: &[(&str, &str)] = &[(
    "index opinion_open_idx on opinion",
    "CREATE INDEX opinion_open_idx ON opinion (status, session_id, agency_id, extension_agency_id,
    extension_notified_on, extended_until, due_from, response_due, out_of_scope_as,
    responded_on, forwarded_on, closed_on)
    WHERE status IN ('assigned', 'extended')",
)];

fn is_former_definition(name: &str, shape: &str) -> bool {
    FORMER_DEFINITIONS
        .iter()
        .any(|(n, sql)| *n == name && migrate::normalise_sql(sql) == shape)
}

/// doithoai's own schema (the latest version), described once per process.
fn expected() -> Result<&'static [(String, String)]> {
    static EXPECTED: OnceLock<Vec<(String, String)>> = OnceLock::new();
    if let Some(e) = EXPECTED.get() {
        return Ok(e);
    }
    let mut fresh = Connection::open_in_memory()?;
    migrate::upgrade(&mut fresh, Path::new(":memory:"))?;
    let described = describe(&fresh)?;
    Ok(EXPECTED.get_or_init(|| described))
}

/// The schema objects of a latest-version database that doithoai did not create, changed, or
/// that are missing (`check` lists them: "trigger zz on agency (extra)"); empty for a sound
/// schema.
pub(crate) fn differences(conn: &Connection) -> Result<Vec<SchemaDifference>> {
    let expected = expected()?;
    let found = describe(conn)?;
    let differ = |object: &str, change| SchemaDifference {
        object: object.to_string(),
        change,
    };
    let mut differences = Vec::new();
    for (name, shape) in &found {
        match expected.iter().find(|(n, _)| n == name) {
            None => differences.push(differ(name, SchemaChange::Extra)),
            Some((_, s)) if s != shape && !is_former_definition(name, shape) => {
                differences.push(differ(name, SchemaChange::Altered))
            }
            Some(_) => {}
        }
    }
    for (name, _) in expected {
        if !found.iter().any(|(n, _)| n == name) {
            differences.push(differ(name, SchemaChange::Missing));
        }
    }
    Ok(differences)
}

/// The triggers and views of a latest-version database that doithoai did not write: the objects
/// that run on their own. Checked before every write (one read of `sqlite_schema`), so a file
/// tampered with outside the tool refuses to be written instead of running what was added.
pub fn verify_active_objects(conn: &Connection, path: &Path) -> Result<()> {
    let expected = expected_active_objects();
    let mut stmt = conn
        .prepare_cached(
            "SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE type IN ('trigger', 'view')",
        )
        .map_err(|e| classify(e, path))?;
    let found: Vec<(String, String, String, String)> = stmt
        .query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                migrate::normalise_sql(&r.get::<_, Option<String>>(3)?.unwrap_or_default()),
            ))
        })
        .and_then(|rows| rows.collect::<rusqlite::Result<_>>())
        .map_err(|e| classify(e, path))?;
    let differences: Vec<SchemaDifference> = found
        .iter()
        .filter(|(_, name, _, sql)| !expected.iter().any(|(n, s)| n == name && s == sql))
        .map(|(kind, name, table, _)| SchemaDifference {
            object: format!("{kind} {name} on {table}"),
            change: if expected.iter().any(|(n, _)| n == name) {
                SchemaChange::Altered
            } else {
                SchemaChange::Extra
            },
        })
        .collect();
    if differences.is_empty() && found.len() == expected.len() {
        return Ok(());
    }
    Err(Error::Tampered {
        path: path.to_path_buf(),
        objects: if differences.is_empty() {
            self::differences(conn)?
        } else {
            differences
        },
    })
}

/// The triggers and views of `schema.sql` by name, their SQL normalised: read from the text,
/// so the check before a write costs one query (an upgraded file holds the same statements, as
/// the frozen fixtures prove).
fn expected_active_objects() -> &'static [(String, String)] {
    static ACTIVE: OnceLock<Vec<(String, String)>> = OnceLock::new();
    ACTIVE.get_or_init(|| {
        let schema = migrate::SCHEMA;
        let mut objects = Vec::new();
        for (start, _) in schema
            .match_indices("CREATE TRIGGER ")
            .chain(schema.match_indices("CREATE VIEW "))
        {
            let is_trigger = schema[start..].starts_with("CREATE TRIGGER ");
            let end = if is_trigger {
                schema[start..]
                    .find("END;")
                    .map(|k| start + k + "END".len())
            } else {
                schema[start..].find(';').map(|k| start + k)
            };
            let Some(end) = end else { continue };
            let statement = &schema[start..end];
            let name = statement
                .split_whitespace()
                .nth(2)
                .unwrap_or_default()
                .to_string();
            objects.push((name, migrate::normalise_sql(statement)));
        }
        objects
    })
}

/// Refuse a database (any version) whose schema is not doithoai's: an older file is compared
/// after upgrading a copy of it in memory, so nothing in the file changes.
pub fn verify_schema(conn: &Connection, version: i64, path: &Path) -> Result<()> {
    let differences = if version < migrate::LATEST {
        let mut memory = Connection::open_in_memory().map_err(|e| classify(e, path))?;
        harden(&memory, path)?;
        // The upgrade rebuilds indexes from the file's own rows: bounded like every read.
        limit_time(&mut memory, READ_LIMIT)?;
        {
            let copy =
                rusqlite::backup::Backup::new(conn, &mut memory).map_err(|e| classify(e, path))?;
            copy.run_to_completion(256, Duration::ZERO, None)
                .map_err(|e| classify(e, path))?;
        }
        match migrate::upgrade(&mut memory, path) {
            Ok(()) => differences(&memory)?,
            Err(Error::Sqlite(e))
                if e.sqlite_error_code()
                    == Some(rusqlite::ffi::ErrorCode::OperationInterrupted) =>
            {
                return Err(Error::TooSlow {
                    path: path.to_path_buf(),
                    seconds: READ_LIMIT.as_secs(),
                })
            }
            // An upgrade that fails on the file's own objects: the schema is not one we wrote
            // (SQLite's own words name the object it stopped at).
            Err(Error::Sqlite(e)) => vec![SchemaDifference {
                object: e.to_string(),
                change: SchemaChange::Altered,
            }],
            Err(e) => return Err(e),
        }
    } else {
        self::differences(conn)?
    };
    if differences.is_empty() {
        Ok(())
    } else {
        Err(Error::Tampered {
            path: path.to_path_buf(),
            objects: differences,
        })
    }
}

/// How many bytes of a database file hold data: the page count × page size its header gives
/// when the header says that count is current, else the file's length.
fn database_length(header: &[u8], file_length: u64) -> u64 {
    if header.len() < 100 {
        return file_length;
    }
    let be = |at: usize| {
        u32::from_be_bytes([header[at], header[at + 1], header[at + 2], header[at + 3]])
    };
    let page_size = match u16::from_be_bytes([header[16], header[17]]) {
        1 => 65_536,
        n => u64::from(n),
    };
    let pages = u64::from(be(28));
    if pages > 0 && be(24) == be(92) && page_size >= 512 {
        (pages * page_size).min(file_length)
    } else {
        file_length
    }
}

/// How many bytes of a write-ahead log SQLite would read: the header and the frames that carry
/// the header's salts (a log extended with zeros, or with an older log's frames, stops there),
/// never past the bytes the file holds on disk (a sparse log of zero salts is not scanned for a
/// terabyte).
fn wal_length(file: &mut std::fs::File, file_length: u64) -> std::io::Result<u64> {
    let held = file.metadata().map(|m| could_hold(&m))?;
    let file_length = file_length.min(held);
    let mut header = [0u8; 32];
    if file_length < 32 || file.read_exact(&mut header).is_err() {
        return Ok(0);
    }
    let be = |b: &[u8], at: usize| u32::from_be_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]]);
    let magic = be(&header, 0);
    let page_size = u64::from(be(&header, 8));
    if !(magic == 0x377f_0682 || magic == 0x377f_0683)
        || !(512..=65_536).contains(&page_size)
        || !page_size.is_power_of_two()
    {
        return Ok(0);
    }
    let salts = (be(&header, 16), be(&header, 20));
    let frame = 24 + page_size;
    let mut length = 32;
    let mut frame_header = [0u8; 24];
    while length + frame <= file_length {
        file.seek(SeekFrom::Start(length))?;
        file.read_exact(&mut frame_header)?;
        if (be(&frame_header, 8), be(&frame_header, 12)) != salts {
            break;
        }
        length += frame;
    }
    Ok(length)
}

/// Bytes a file takes on disk (its length where the platform does not say).
fn on_disk(meta: &std::fs::Metadata) -> u64 {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        meta.blocks() * 512
    }
    #[cfg(not(unix))]
    {
        meta.len()
    }
}

/// The most data a file can hold given the blocks it takes on disk: a compressing filesystem
/// (ZFS, btrfs) stores a database in a fraction of its length, a sparse file in almost nothing
/// (`truncate -s 100G` takes no block at all). Up to 16 × compression is a real file.
fn could_hold(meta: &std::fs::Metadata) -> u64 {
    on_disk(meta).saturating_mul(16).saturating_add(16 << 20)
}

/// Copy the first `length` bytes of `from` into a new private file `to`, refusing a file whose
/// data part is mostly holes (a sparse file: `truncate -s 100G`).
fn copy_bounded(from: &Path, mut source: std::fs::File, to: &Path, length: u64) -> Result<()> {
    let meta = source.metadata().map_err(|e| io(from, e))?;
    if length > could_hold(&meta) {
        return Err(Error::Sparse {
            path: from.to_path_buf(),
            length: meta.len(),
            on_disk: on_disk(&meta),
        });
    }
    source.seek(SeekFrom::Start(0)).map_err(|e| io(from, e))?;
    let mut target = crate::files::create_private(to).map_err(|e| io(to, e))?;
    let copied = std::io::copy(&mut source.take(length), &mut target).map_err(|e| io(from, e))?;
    if copied != length {
        return Err(io(
            from,
            std::io::Error::new(std::io::ErrorKind::UnexpectedEof, "shorter than it said"),
        ));
    }
    Ok(())
}

fn io(path: &Path, source: std::io::Error) -> Error {
    Error::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// Copy a database and the companions SQLite would read with it (`-wal`, or a hot `-journal`)
/// into `copy`, each only as far as it holds data; `path` is the resolved database.
pub fn copy_with_companions(path: &Path, copy: &Path) -> Result<()> {
    let open = |p: &Path| std::fs::File::open(p).map_err(|e| io(p, e));
    let mut main = open(path)?;
    let length = main.metadata().map_err(|e| io(path, e))?.len();
    let mut header = Vec::with_capacity(100);
    (&mut main)
        .take(100)
        .read_to_end(&mut header)
        .map_err(|e| io(path, e))?;
    copy_bounded(path, main, copy, database_length(&header, length))?;
    let wal = companion(path, "-wal");
    if let Ok(mut file) = std::fs::File::open(&wal) {
        let length = file.metadata().map_err(|e| io(&wal, e))?.len();
        let valid = wal_length(&mut file, length).map_err(|e| io(&wal, e))?;
        if valid > 32 {
            copy_bounded(&wal, file, &companion(copy, "-wal"), valid)?;
        }
    }
    let journal = companion(path, "-journal");
    if let Ok(file) = std::fs::File::open(&journal) {
        let length = file.metadata().map_err(|e| io(&journal, e))?.len();
        if length > 0 {
            copy_bounded(&journal, file, &companion(copy, "-journal"), length)?;
        }
    }
    Ok(())
}

/// A private folder for the copies of one read (0700 whatever the umask), after removing the
/// folders that killed runs left behind.
pub fn private_temp_folder() -> Result<PathBuf> {
    let temp = std::env::temp_dir();
    if let Ok(entries) = std::fs::read_dir(&temp) {
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let Some(pid) = name
                .strip_prefix("doithoai-read-")
                .and_then(|rest| rest.split('-').next())
                .and_then(|pid| pid.parse::<u32>().ok())
            else {
                continue;
            };
            if pid != std::process::id() && !crate::files::process_alive(pid, &entry.path()) {
                let _ = std::fs::remove_dir_all(entry.path());
            }
        }
    }
    let dir = temp.join(format!(
        "doithoai-read-{}-{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos())
    ));
    crate::files::create_private_dir(&dir).map_err(|e| io(&dir, e))?;
    Ok(dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fresh() -> Connection {
        let mut conn = Connection::open_in_memory().expect("memory");
        migrate::upgrade(&mut conn, Path::new(":memory:")).expect("schema");
        conn
    }

    /// A statement run once per listed item keeps its plan: with the planner's stability
    /// guarantee off, the bundled SQLite prepared such statements again on every run.
    #[test]
    fn a_statement_is_not_prepared_again_for_new_values() {
        let conn = fresh();
        harden(&conn, Path::new(":memory:")).expect("harden");
        let mut stmt = conn
            .prepare("SELECT count(*) FROM opinion WHERE status <> ?1 AND id > ?2")
            .expect("prepare");
        for i in 0..3 {
            let _: i64 = stmt
                .query_row(rusqlite::params!["out-of-scope", i], |r| r.get(0))
                .expect("run");
        }
        // SQLITE_STMTSTATUS_REPREPARE: how many times the statement was prepared again.
        assert_eq!(stmt.get_status(rusqlite::StatementStatus::RePrepare), 0);
    }

    #[test]
    fn a_fresh_schema_has_no_differences() {
        assert_eq!(
            differences(&fresh()).expect("compare"),
            Vec::<SchemaDifference>::new()
        );
        verify_active_objects(&fresh(), Path::new(":memory:")).expect("its own triggers");
        assert_eq!(expected_active_objects().len(), 6);
    }

    #[test]
    fn a_write_refuses_a_file_with_a_trigger_added_or_dropped() {
        let conn = fresh();
        conn.execute_batch(
            "CREATE TRIGGER zz AFTER INSERT ON agency BEGIN UPDATE opinion SET content = 'XÓA'; END;",
        )
        .expect("tamper");
        assert!(verify_active_objects(&conn, Path::new(":memory:")).is_err());
        let conn = fresh();
        conn.execute_batch("DROP TRIGGER event_is_append_only_update;")
            .expect("tamper");
        assert!(verify_active_objects(&conn, Path::new(":memory:")).is_err());
    }

    #[test]
    fn an_added_trigger_an_altered_index_and_a_dropped_view_are_named() {
        let conn = fresh();
        conn.execute_batch(
            "CREATE TRIGGER zz AFTER INSERT ON agency BEGIN UPDATE opinion SET content = 'XÓA'; END;
             DROP INDEX opinion_open_idx;
             CREATE INDEX opinion_open_idx ON opinion (id);",
        )
        .expect("tamper");
        let found: Vec<String> = differences(&conn)
            .expect("compare")
            .iter()
            .map(ToString::to_string)
            .collect();
        assert!(
            found.iter().any(|d| d == "trigger zz on agency (extra)"),
            "{found:?}"
        );
        assert!(
            found
                .iter()
                .any(|d| d == "index opinion_open_idx on opinion (altered)"),
            "{found:?}"
        );
    }

    #[test]
    fn a_schema_6_file_with_the_first_open_index_is_ours() {
        let conn = fresh();
        conn.execute_batch(&format!(
            "DROP INDEX opinion_open_idx; {};",
            FORMER_DEFINITIONS[0].1
        ))
        .expect("former index");
        assert_eq!(
            differences(&conn).expect("compare"),
            Vec::<SchemaDifference>::new()
        );
    }

    #[test]
    fn a_unique_replacing_column_is_an_altered_table() {
        let conn = fresh();
        let sql: String = conn
            .query_row(
                "SELECT sql FROM sqlite_schema WHERE name = 'agency'",
                [],
                |r| r.get(0),
            )
            .expect("sql");
        let loose = sql.replacen(
            "TEXT NOT NULL UNIQUE CHECK (length(name) > 0)",
            "TEXT NOT NULL COLLATE NOCASE UNIQUE ON CONFLICT REPLACE",
            1,
        );
        assert_ne!(sql, loose);
        conn.execute_batch(&format!(
            "PRAGMA foreign_keys = OFF; ALTER TABLE agency RENAME TO a_old; {loose}; DROP TABLE a_old;"
        ))
        .expect("tamper");
        let found: Vec<String> = differences(&conn)
            .expect("compare")
            .iter()
            .map(ToString::to_string)
            .collect();
        assert!(
            found.iter().any(|d| d.starts_with("table agency")),
            "{found:?}"
        );
    }

    #[test]
    fn a_foreign_key_made_to_cascade_is_an_altered_table() {
        let conn = fresh();
        let sql: String = conn
            .query_row(
                "SELECT sql FROM sqlite_schema WHERE name = 'assignment'",
                [],
                |r| r.get(0),
            )
            .expect("sql");
        let cascading = sql.replacen(
            "REFERENCES agency (id)",
            "REFERENCES agency (id) ON DELETE CASCADE",
            1,
        );
        assert_ne!(sql, cascading, "the table refers to agency");
        conn.execute_batch(&format!(
            "PRAGMA foreign_keys = OFF; ALTER TABLE assignment RENAME TO a_old; {cascading}; DROP TABLE a_old;"
        ))
        .expect("tamper");
        let found: Vec<String> = differences(&conn)
            .expect("compare")
            .iter()
            .map(ToString::to_string)
            .collect();
        assert!(
            found.iter().any(|d| d.starts_with("table assignment")),
            "{found:?}"
        );
    }

    #[test]
    fn the_frozen_older_schemas_upgrade_to_exactly_ours() {
        for version in [1, 4, 5] {
            let path = Path::new(env!("CARGO_MANIFEST_DIR"))
                .join(format!("tests/fixtures/schema-v{version}.db"));
            let conn =
                Connection::open_with_flags(&path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
                    .expect("fixture");
            verify_schema(&conn, version, &path).expect("sound");
        }
    }

    #[test]
    fn a_view_that_never_ends_is_stopped_by_the_time_limit() {
        let mut conn = fresh();
        limit_time(&mut conn, Duration::from_millis(200)).expect("limit");
        let endless = conn.query_row(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n",
            [],
            |r| r.get::<_, i64>(0),
        );
        let err = endless.expect_err("interrupted");
        assert_eq!(
            err.sqlite_error_code(),
            Some(rusqlite::ffi::ErrorCode::OperationInterrupted)
        );
    }

    #[test]
    fn a_log_extended_with_zeros_is_read_only_as_far_as_its_frames() {
        let dir = tempfile::tempdir().expect("dir");
        let wal = dir.path().join("w.db-wal");
        let mut bytes = vec![0u8; 32];
        bytes[0..4].copy_from_slice(&0x377f_0682u32.to_be_bytes());
        bytes[8..12].copy_from_slice(&4096u32.to_be_bytes());
        bytes[16..24].copy_from_slice(&[1, 2, 3, 4, 5, 6, 7, 8]);
        let mut frame = vec![0u8; 24 + 4096];
        frame[8..16].copy_from_slice(&[1, 2, 3, 4, 5, 6, 7, 8]);
        bytes.extend_from_slice(&frame);
        bytes.extend(std::iter::repeat_n(0u8, 3 * (24 + 4096)));
        std::fs::write(&wal, &bytes).expect("write");
        let mut file = std::fs::File::open(&wal).expect("open");
        let length = wal_length(&mut file, bytes.len() as u64).expect("read");
        assert_eq!(length, 32 + 24 + 4096);
    }

    #[test]
    fn a_header_that_counts_its_pages_bounds_the_copy() {
        let mut header = vec![0u8; 100];
        header[16..18].copy_from_slice(&4096u16.to_be_bytes());
        header[24..28].copy_from_slice(&7u32.to_be_bytes());
        header[28..32].copy_from_slice(&3u32.to_be_bytes());
        header[92..96].copy_from_slice(&7u32.to_be_bytes());
        assert_eq!(database_length(&header, 100 << 30), 3 * 4096);
        header[92..96].copy_from_slice(&6u32.to_be_bytes());
        assert_eq!(database_length(&header, 100 << 30), 100 << 30);
    }
}
