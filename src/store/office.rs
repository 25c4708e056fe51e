//! The office this database belongs to, and its settings.

use super::db::{params, Connection, OptionalExtension};
use super::events::{self, Target};
use super::Actor;
use crate::error::Result;
use crate::rules::calendar::CalendarSettings;
use crate::rules::vocabulary::{AnnouncementReading, Level};
use serde::Serialize;
use serde_json::json;

#[derive(Debug, Clone, Serialize)]
pub struct Office {
    pub name: String,
    pub level: crate::rules::vocabulary::Level,
    pub saturdays_count: bool,
    pub announcement_reading: crate::rules::vocabulary::AnnouncementReading,
    /// Deadlines triggered before this day keep what they were given under earlier settings.
    pub settings_effective_from: Option<chrono::NaiveDate>,
}

/// What tells one office's file from another's: its name and the moment it was set up (a copy
/// or a backup keeps both), and how far its history goes (the newer of two copies has more).
pub fn identity(conn: &Connection) -> Result<Option<(String, String, i64)>> {
    conn.query_row(
        "SELECT name, created_at, (SELECT coalesce(max(id), 0) FROM event) FROM office
             WHERE id = 1",
        [],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )
    .optional()
}

/// One event of the history as text (every column but its transaction): two files whose
/// histories hold the same event at the same place are copies of one office.
pub fn event_fingerprint(conn: &Connection, id: i64) -> Result<Option<String>> {
    conn.query_row(
        "SELECT json_array(at, clerk, command, record_kind, record_id, session_id, action,
                               before, after, reason)
             FROM event WHERE id = ?1",
        [id],
        |r| r.get(0),
    )
    .optional()
}

/// The tables whose rows are records the history names (`event.record_kind`, `record_id`):
/// a row no event after a point touched must be the same in every copy of the office.
const RECORD_TABLES: &[(&str, &str)] = &[
    ("office", "office"),
    ("agency", "agency"),
    ("session", "session"),
    ("registration", "registration"),
    ("opinion", "opinion"),
    ("conclusion_notice", "conclusion"),
];

/// The tables of facts that belong to records (topics, invitations, assignments, extensions…),
/// each with the records a row belongs to: (record kind, the SQL of its id in the row). A row
/// whose record no later event touched must be the same in every copy.
const DEPENDENT_TABLES: &[(&str, &[(&str, &str)])] = &[
    ("document_setting", &[("office", "'1'")]),
    ("week_change", &[("office", "'1'")]),
    ("extension", &[("opinion", "opinion_id")]),
    ("reassignment", &[("opinion", "opinion_id")]),
    (
        "assignment",
        &[("opinion", "opinion_id"), ("conclusion", "notice_id")],
    ),
    ("agency_alias", &[("agency", "agency_id")]),
    ("session_topic", &[("session", "session_id")]),
    ("invitation", &[("session", "session_id")]),
    ("calendar_override", &[("calendar", "day")]),
    (
        "official_day",
        &[("calendar", "day"), ("calendar", "substr(day, 1, 4)")],
    ),
];

/// A row as text, with the records (kind, id) it belongs to.
type BelongingRow = (Vec<(String, String)>, String);

/// The rows of a dependent table as text, each with the records it belongs to.
fn dependent_rows(
    conn: &Connection,
    table: &str,
    parents: &[(&str, &str)],
    columns: &[String],
) -> Result<Vec<BelongingRow>> {
    let all = columns
        .iter()
        .map(|c| format!("\"{}\"", c.replace('"', "\"\"")))
        .collect::<Vec<_>>()
        .join(", ");
    let ids = parents
        .iter()
        .map(|(_, id)| format!("CAST({id} AS TEXT)"))
        .collect::<Vec<_>>()
        .join(", ");
    let mut stmt = conn.prepare(&format!(
        "SELECT json_array({all}), {ids} FROM \"{table}\" ORDER BY 1"
    ))?;
    let rows = stmt
        .query_map([], |r| {
            let mut belongs = Vec::new();
            for (k, (kind, _)) in parents.iter().enumerate() {
                belongs.push((kind.to_string(), r.get::<_, String>(k + 1)?));
            }
            Ok((belongs, r.get::<_, String>(0)?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// The columns of `table` (read from the schema `trust::verify_schema` has verified).
fn columns_of(conn: &Connection, table: &str) -> Result<Vec<String>> {
    Ok(conn
        .prepare("SELECT name FROM pragma_table_info(?1) ORDER BY cid")?
        .query_map([table], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?)
}

/// Every row of `table` as text, by its key, over `columns`: those two files of different
/// schema versions both hold (a column a later version added is not a disagreement).
fn rows_of(conn: &Connection, table: &str, columns: &[String]) -> Result<Vec<(String, String)>> {
    // Schema 9 moved an unregistered petitioner out of the opinion's text: compared with a file
    // from before (no `petitioner` column in common), the text is read as it was written then.
    let before_9 = table == "opinion" && !columns.iter().any(|c| c == "petitioner");
    let has_petitioner = before_9 && columns_of(conn, table)?.iter().any(|c| c == "petitioner");
    let quoted: Vec<String> = columns
        .iter()
        .map(|c| {
            if has_petitioner && c == "content" {
                "CASE WHEN petitioner IS NOT NULL AND registration_id IS NULL
                      THEN content || ' (người kiến nghị: ' || petitioner || ')'
                      ELSE content END"
                    .to_string()
            } else {
                format!("\"{}\"", c.replace('"', "\"\""))
            }
        })
        .collect();
    let all = quoted.join(", ");
    let key = if columns.iter().any(|c| c == "id") {
        "CAST(id AS TEXT)".to_string()
    } else {
        format!("json_array({all})")
    };
    let sql = format!("SELECT {key}, json_array({all}) FROM \"{table}\" ORDER BY 1, 2");
    let rows = conn
        .prepare(&sql)?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// Whether two files of one office agree at their common history: `shorter`'s history ends at
/// event `at`, `longer`'s goes on from there. The events up to `at` must be the same, and every
/// row — of a record or of the facts that belong to one (an extension, a reassignment, a day
/// off) — whose record no later event of `longer` touched must be the same in both. A file whose rows were
/// edited outside the tool (an overdue opinion marked answered, one event appended to go
/// further) disagrees.
pub fn agree_at(shorter: &Connection, longer: &Connection, at: i64) -> Result<bool> {
    let history = |conn: &Connection| -> Result<Vec<String>> {
        Ok(conn
            .prepare(
                "SELECT json_array(id, at, clerk, command, record_kind, record_id, session_id,
                                   action, before, after, reason)
                 FROM event WHERE id <= ?1 ORDER BY id",
            )?
            .query_map([at], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?)
    };
    if history(shorter)? != history(longer)? {
        return Ok(false);
    }
    let touched: std::collections::HashSet<(String, String)> = longer
        .prepare("SELECT record_kind, record_id FROM event WHERE id > ?1")?
        .query_map([at], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (table, kind) in RECORD_TABLES {
        let keep = |rows: Vec<(String, String)>| -> Vec<(String, String)> {
            rows.into_iter()
                .filter(|(id, _)| !touched.contains(&(kind.to_string(), id.clone())))
                .collect()
        };
        let theirs = columns_of(longer, table)?;
        let common: Vec<String> = columns_of(shorter, table)?
            .into_iter()
            .filter(|c| theirs.contains(c))
            .collect();
        if keep(rows_of(shorter, table, &common)?) != keep(rows_of(longer, table, &common)?) {
            return Ok(false);
        }
    }
    for (table, parents) in DEPENDENT_TABLES {
        let keep = |rows: Vec<BelongingRow>| -> Vec<String> {
            rows.into_iter()
                .filter(|(belongs, _)| !belongs.iter().any(|b| touched.contains(b)))
                .map(|(_, row)| row)
                .collect()
        };
        let theirs = columns_of(longer, table)?;
        let common: Vec<String> = columns_of(shorter, table)?
            .into_iter()
            .filter(|c| theirs.contains(c))
            .collect();
        if keep(dependent_rows(shorter, table, parents, &common)?)
            != keep(dependent_rows(longer, table, parents, &common)?)
        {
            return Ok(false);
        }
    }
    let retired = columns_of(shorter, "retired_id")?;
    if touched.is_empty()
        && rows_of(shorter, "retired_id", &retired)? != rows_of(longer, "retired_id", &retired)?
    {
        return Ok(false);
    }
    Ok(true)
}

pub fn get(conn: &Connection) -> Result<Option<Office>> {
    conn.query_row(
        "SELECT name, level, saturdays_count, announcement_reading, settings_effective_from
             FROM office WHERE id = 1",
        [],
        |r| {
            Ok(Office {
                name: r.get(0)?,
                level: r.get(1)?,
                saturdays_count: r.get(2)?,
                announcement_reading: r.get(3)?,
                settings_effective_from: super::date_column(r, 4)?,
            })
        },
    )
    .optional()
}

/// Calendar settings of the office (defaults before `init`).
pub fn calendar_settings(conn: &Connection) -> Result<CalendarSettings> {
    let week_changes = conn
        .prepare("SELECT effective_from, saturdays_count FROM week_change ORDER BY effective_from")?
        .query_map([], |r| {
            Ok((super::date_column(r, 0)?, r.get::<_, bool>(1)?))
        })?
        .collect::<std::result::Result<Vec<_>, _>>()?
        .into_iter()
        .filter_map(|(from, counts)| from.map(|f| (f, counts)))
        .collect();
    Ok(CalendarSettings {
        saturdays_count: get(conn)?.is_some_and(|o| o.saturdays_count),
        week_changes,
    })
}

/// A change of the office week from `from` on (the days before keep the week they had).
pub fn change_week(
    conn: &Connection,
    was: bool,
    from: chrono::NaiveDate,
    counts: bool,
) -> Result<()> {
    let first = conn.query_row("SELECT count(*) FROM week_change", [], |r| {
        r.get::<_, i64>(0)
    })? == 0;
    if first {
        conn.execute(
            "INSERT INTO week_change (effective_from, saturdays_count) VALUES ('1900-01-01', ?1)",
            [was],
        )?;
    }
    conn.execute(
        "INSERT INTO week_change (effective_from, saturdays_count) VALUES (?1, ?2)
         ON CONFLICT (effective_from) DO UPDATE SET saturdays_count = excluded.saturdays_count",
        params![from, counts],
    )?;
    Ok(())
}

/// How the office reads R4 (standard before `init`).
pub fn announcement_reading(conn: &Connection) -> Result<AnnouncementReading> {
    match get(conn)? {
        Some(o) => Ok(o.announcement_reading),
        None => Ok(AnnouncementReading::Standard),
    }
}

/// The office's settings, as `init` sets them.
#[derive(Debug, Clone)]
pub struct Settings<'a> {
    pub name: &'a str,
    pub level: Level,
    pub saturdays_count: bool,
    pub announcement_reading: AnnouncementReading,
    pub settings_effective_from: Option<chrono::NaiveDate>,
}

/// The first session day that follows today's reading of R4 (`None`: every day).
pub fn settings_effective_from(conn: &Connection) -> Result<Option<chrono::NaiveDate>> {
    Ok(get(conn)?.and_then(|o| o.settings_effective_from))
}

/// Set (or change) the office's name, level, week and reading of R4.
pub fn set(conn: &Connection, actor: &Actor, s: &Settings<'_>) -> Result<()> {
    let before = get(conn)?;
    conn.execute(
        "INSERT INTO office (id, name, level, saturdays_count, announcement_reading, created_at,
                             settings_effective_from)
         VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (id) DO UPDATE SET name = excluded.name, level = excluded.level,
             saturdays_count = excluded.saturdays_count,
             announcement_reading = excluded.announcement_reading,
             settings_effective_from = excluded.settings_effective_from",
        params![
            s.name,
            s.level.as_str(),
            s.saturdays_count,
            s.announcement_reading.as_str(),
            actor.at,
            s.settings_effective_from
        ],
    )?;
    let after = get(conn)?;
    let (before, after) = (before.map(|b| json!(b)), after.map(|a| json!(a)));
    // `init` run again with the settings already in force changes nothing: no event.
    if before.is_some() && before == after {
        return Ok(());
    }
    events::record(
        conn,
        actor,
        Target {
            kind: "office",
            id: "1",
            session_id: None,
        },
        if before.is_some() { "update" } else { "init" },
        before.as_ref(),
        after.as_ref(),
    )
}

/// The keys of `document_setting`, in the order `init` lists them.
pub const DOCUMENT_KEYS: &[&str] = &[
    "place",
    "issuing_body",
    "governing_body",
    "signer_title",
    "signer_name",
    "signer_authority",
    "doc_code",
    "chair_name",
    "deputy_names",
    "report_recipients",
];

/// The document settings that are set (Decree 30 layout of the drafted documents).
pub fn document_settings(conn: &Connection) -> Result<std::collections::BTreeMap<String, String>> {
    let mut stmt = conn.prepare("SELECT key, value FROM document_setting")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Set document settings (an empty value removes one), logged as one change of the office.
pub fn set_document_settings(
    conn: &Connection,
    actor: &Actor,
    changes: &[(&str, &str)],
) -> Result<()> {
    if changes.is_empty() {
        return Ok(());
    }
    let before = document_settings(conn)?;
    for (key, value) in changes {
        if value.is_empty() {
            conn.execute("DELETE FROM document_setting WHERE key = ?1", params![key])?;
        } else {
            conn.execute(
                "INSERT INTO document_setting (key, value) VALUES (?1, ?2)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                params![key, value],
            )?;
        }
    }
    let after = document_settings(conn)?;
    if before == after {
        return Ok(());
    }
    events::record(
        conn,
        actor,
        Target {
            kind: "office",
            id: "1",
            session_id: None,
        },
        "update",
        Some(&json!(before)),
        Some(&json!(after)),
    )
}

/// The offices of a server's database, by their number in the map of roles.
pub fn on_server(conn: &Connection) -> Result<Vec<i64>> {
    let mut stmt = conn.prepare("SELECT office_id FROM doithoai_office_role ORDER BY office_id")?;
    let ids = stmt
        .query_map((), |r| r.get(0))?
        .collect::<rusqlite::Result<Vec<i64>>>()?;
    Ok(ids)
}

/// Read office `id` from now on in this transaction (the city's role on a server: the policies
/// show it that office's rows, and not its own, until the transaction ends).
pub fn read_as_city(conn: &Connection, id: i64) -> Result<()> {
    conn.execute_batch(&format!("SET LOCAL doithoai.office = '{id}'"))
}

/// A read transaction's snapshot as the server names it, for other connections to read the
/// same database state (made only by [`share_snapshot`]).
#[derive(Debug, Clone)]
pub struct SharedSnapshot(String);

/// This read transaction's snapshot, named so that other connections can read the same
/// database state (`pg_export_snapshot`, PostgreSQL's own: the live city report reads several
/// offices at once). `None` where the server cannot; the transaction is left as it was.
pub fn share_snapshot(conn: &Connection) -> Result<Option<SharedSnapshot>> {
    if conn.engine() != super::db::Engine::Postgres {
        return Ok(None);
    }
    // Asked only where the function exists (not, e.g., on the distributed engines): a failed
    // statement would end the transaction, and a snapshot cannot be shared from a savepoint.
    let exists: bool = conn.query_row(
        "SELECT to_regprocedure('pg_export_snapshot()') IS NOT NULL",
        (),
        |r| r.get(0),
    )?;
    if !exists {
        return Ok(None);
    }
    let name: String = conn.query_row("SELECT pg_export_snapshot()", (), |r| r.get(0))?;
    // The server's names are hex digits and dashes; anything else is not used.
    let plain = !name.is_empty() && name.chars().all(|c| c.is_ascii_hexdigit() || c == '-');
    Ok(plain.then_some(SharedSnapshot(name)))
}

/// Read, in this transaction (just begun, nothing read yet), the database state another
/// connection shared with [`share_snapshot`].
pub fn read_shared_snapshot(conn: &Connection, snapshot: &SharedSnapshot) -> Result<()> {
    conn.execute_batch(&format!("SET TRANSACTION SNAPSHOT '{}'", snapshot.0))
}
