//! Schema versions and the ordered upgrade steps.
//!
//! An empty database gets the whole current schema (`schema.sql`); an older one steps up
//! through `upgrade_from(v)` inside one IMMEDIATE transaction, `user_version` set last; a newer
//! one is refused untouched before this module runs (`Store::configure`).

use crate::error::{Error, Result};
use rusqlite::{Connection, TransactionBehavior};
use std::path::Path;

/// The latest schema, the one `schema.sql` describes.
pub const SCHEMA: &str = include_str!("../../schema.sql");

/// The schema version this build writes. Version history:
/// 1 — office, agencies, sessions, registrations, opinions, notices, assignments, calendar
///     overrides, append-only event log.
/// 2 — office.announcement_reading (how R4's "7 days before" is read).
/// 3 — `PRAGMA application_id` (the file says it is doithoai's) and a trigger that keeps
///     `INSERT OR REPLACE` from overwriting a history row.
/// 4 — the trigram index `opinion_search` for word search, `opinion_agency_idx` widened to
///     (agency_id, status) so per-agency counts read the index only, and the indexes a report
///     for a past date uses (`assignment_opinion_idx`, `opinion_closed_idx`), and
///     `office.settings_effective_from` (a change of week or of R4's reading applies from a day),
///     `event.reason` and `agency_alias` (corrections: why, and the former names of agencies).
/// 5 — `document_setting`: how the office heads and signs the documents `doc` drafts;
///     `official_day`: a year's official schedule imported when it is published.
/// 6 — `opinion_open_idx`, a partial index holding every dated fact of the opinions awaiting an
///     answer, so the overdue report reads them without reading the opinions themselves;
///     `reassignment`, the dated changes of lead agency, so a past report names the agency
///     responsible on its day.
/// 7 — no new object: the timeline notices that versions 1–3 kept only in the opinion's own
///     columns are copied into `extension`, and R10 counts again from the assigning notice for
///     those opinions (those versions moved `due_from` to the timeline notice's day, so `check`
///     and the reports recomputed a wrong R10 date after the upgrade).
/// 8 — `document_setting` accepts `chair_name` and `deputy_names` — the People's Committee's
///     chair and deputies, who alone sign its papers and under which title (Decree 30, Art. 13)
///     — and `report_recipients`, the bodies its reports are sent to (Art. 10.3, 11);
///     `opinion_routed_out_idx`, the few opinions routed out after their notice, so a report
///     numbers the opinions it names (their TT in the notice) without reading every opinion;
///     `registration.honorific` (Ông/Bà), how the office's letters address the citizen.
/// 9 — `extension.after_reassignment`: a timeline notice dated the day of a reassignment counts
///     after it when recorded after it (the order of one day's acts as the clerk recorded them);
///     `event.source`: the file and row an imported record came from, as facts (the history
///     kept a sentence in the clerk's language before); `opinion.petitioner`, a petitioner the
///     Front's synthesis names who did not register (written into the opinion's text before).
/// 10 — `opinion_denunciation_idx`, the few denunciations whose authors every list hides, so a
///      record's page does not read every opinion to find them (0.8 s at 1,000,000 opinions).
pub const LATEST: i64 = 10;

/// The oldest schema the reports read as it is (a city reads the wards' files read-only): 6,
/// since the reports read `reassignment` (6) and the calendar `official_day` (5); an older file
/// is upgraded in a copy in memory. Version 7 adds no object: the reports read a timeline notice
/// from `extension` or, where versions 1–3 left none, from the opinion's own columns, and R10
/// from `response_due`. Version 8 adds settings the reports do not read and an index they use
/// when it is there (`opinion_routed_out_idx`; without it the same rows are found through
/// `opinion_session_idx`); version 9 a column they read when it is there (a timeline notice's
/// place among its day's reassignments; without it the timeline comes first, as those versions
/// recorded it) — so the city does not query a copy of every ward's file in memory
/// until its clerks' next command upgrades it. (Its schema is still verified against an
/// upgraded copy: `trust::verify_schema`.)
pub const OLDEST_READABLE: i64 = 6;

/// The triggers that keep the event log append-only; `check` verifies they are all there.
pub const EVENT_TRIGGERS: &[&str] = &[
    "event_is_append_only_update",
    "event_is_append_only_delete",
    "event_is_append_only_replace",
];

/// A trigger's SQL as `schema.sql` writes it, normalised (`normalise_sql`), or `None` when the
/// schema has no trigger of that name.
pub fn expected_trigger_sql(name: &str) -> Option<String> {
    let start = SCHEMA.find(&format!("CREATE TRIGGER {name} "))?;
    let end = SCHEMA[start..].find("END;")? + start + "END".len();
    Some(normalise_sql(&SCHEMA[start..end]))
}

/// SQL text compared by meaning of layout: case, runs of whitespace, a trailing `;` and
/// `IF NOT EXISTS` (which SQLite may or may not keep in `sqlite_schema`) do not count.
pub fn normalise_sql(sql: &str) -> String {
    sql.to_lowercase()
        .replace("if not exists ", "")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .trim_end_matches(';')
        .to_string()
}

/// Bring the database at `path` to `LATEST`.
/// 8 → 9: the timeline notices recorded so far came before any reassignment of their day (the
/// tool refused one after); they keep that order (NULL). A file upgraded from before 6 made
/// `extension` from today's schema, column included. The events of earlier imports keep their
/// worded reason; new ones record their source as facts. A petitioner an import named in an
/// opinion's text — "… (người kiến nghị: NAME)", the only sentence the tool wrote into a
/// record — moves to `opinion.petitioner`, the text back to the citizen's own words.
fn order_timelines_after_reassignments(tx: &rusqlite::Transaction<'_>) -> Result<()> {
    let present: bool = tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM pragma_table_info('extension')
                        WHERE name = 'after_reassignment')",
        [],
        |r| r.get(0),
    )?;
    if !present {
        tx.execute_batch("ALTER TABLE extension ADD COLUMN after_reassignment INTEGER")?;
    }
    tx.execute_batch(
        "ALTER TABLE event ADD COLUMN source TEXT;
         ALTER TABLE opinion ADD COLUMN petitioner TEXT;
         UPDATE opinion
            SET petitioner = substr(content, instr(content, ' (người kiến nghị: ') + 19,
                                    length(content) - instr(content, ' (người kiến nghị: ') - 19),
                content = substr(content, 1, instr(content, ' (người kiến nghị: ') - 1)
          WHERE registration_id IS NULL AND content LIKE '_% (người kiến nghị: _%)';",
    )?;
    Ok(())
}

pub fn upgrade(conn: &mut Connection, path: &Path) -> Result<()> {
    let current: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(|e| super::classify(e, path))?;
    if current == LATEST {
        return Ok(());
    }
    let tx = conn
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .map_err(|e| super::classify(e, path))?;
    // Re-read inside the lock: another process may have just created or upgraded it.
    let current: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if current == 0 {
        let tables: i64 = tx.query_row(
            "SELECT count(*) FROM sqlite_schema WHERE type = 'table'",
            [],
            |r| r.get(0),
        )?;
        if tables > 0 {
            return Err(Error::NotADatabase {
                path: path.to_path_buf(),
            });
        }
        tx.execute_batch(SCHEMA)?;
    } else {
        for from in current..LATEST {
            upgrade_from(&tx, from)?;
        }
    }
    tx.pragma_update(None, "application_id", super::APPLICATION_ID)?;
    tx.pragma_update(None, "user_version", LATEST)?;
    tx.commit().map_err(|e| super::classify(e, path))?;
    Ok(())
}

/// One upgrade step from version `from` to `from + 1`.
fn upgrade_from(tx: &rusqlite::Transaction<'_>, from: i64) -> Result<()> {
    match from {
        1 => add_announcement_reading(tx),
        2 => guard_event_log_against_replace(tx),
        3 => add_search_index(tx),
        4 => add_document_settings(tx),
        5 => add_open_opinion_index(tx),
        6 => repair_early_timeline_notices(tx),
        7 => widen_document_settings(tx),
        8 => order_timelines_after_reassignments(tx),
        9 => tx
            .execute_batch(schema_statement("CREATE INDEX opinion_denunciation_idx ")?)
            .map_err(Into::into),
        _ => Err(Error::Refused(msg!(no_upgrade_step, from = from))),
    }
}

/// 1 → 2: calendar.md §1.6 gives two readings of "07 ngày trước ngày tổ chức" (R4); the office
/// chooses one. Existing offices keep the standard reading they were computed with.
fn add_announcement_reading(tx: &rusqlite::Transaction<'_>) -> Result<()> {
    tx.execute_batch(
        "ALTER TABLE office ADD COLUMN announcement_reading TEXT NOT NULL DEFAULT 'standard'
             CHECK (announcement_reading IN ('standard', 'clear-days'));",
    )?;
    Ok(())
}

/// 2 → 3: `INSERT OR REPLACE INTO event` could overwrite a history row, since REPLACE deletes
/// without firing delete triggers; the application id is set by `upgrade` itself.
fn guard_event_log_against_replace(tx: &rusqlite::Transaction<'_>) -> Result<()> {
    tx.execute_batch(
        "CREATE TRIGGER IF NOT EXISTS event_is_append_only_replace BEFORE INSERT ON event
         WHEN EXISTS (SELECT 1 FROM event WHERE id = NEW.id)
         BEGIN
             SELECT RAISE(ABORT, 'the event log is append-only');
         END;",
    )?;
    Ok(())
}

/// The statement of `schema.sql` that begins with `start`, up to its closing `;` (tables and
/// indexes hold no `;` inside).
fn schema_statement(start: &str) -> Result<&'static str> {
    let at = SCHEMA
        .find(start)
        .ok_or_else(|| Error::Invalid(msg!(schema_incomplete, what = start)))?;
    let end = SCHEMA[at..]
        .find(';')
        .ok_or_else(|| Error::Invalid(msg!(schema_incomplete, what = start)))?;
    Ok(&SCHEMA[at..=at + end])
}

/// 3 → 4: the statements of `schema.sql` for the search index and its triggers, run as they
/// are there, then the index built from the opinions already stored.
fn add_search_index(tx: &rusqlite::Transaction<'_>) -> Result<()> {
    let start = SCHEMA
        .find("CREATE VIRTUAL TABLE opinion_search")
        .ok_or_else(|| Error::Invalid(msg!(schema_incomplete, what = "opinion_search")))?;
    let end = SCHEMA[start..]
        .find("CREATE TRIGGER opinion_search_update")
        .and_then(|k| {
            SCHEMA[start + k..]
                .find("END;")
                .map(|e| start + k + e + "END;".len())
        })
        .ok_or_else(|| Error::Invalid(msg!(schema_incomplete, what = "opinion_search_update")))?;
    tx.execute_batch(&SCHEMA[start..end])?;
    tx.execute_batch(
        "INSERT INTO opinion_search (opinion_search) VALUES ('rebuild');
         DROP INDEX opinion_agency_idx;
         ALTER TABLE office ADD COLUMN settings_effective_from TEXT CHECK (settings_effective_from GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');
         ALTER TABLE event ADD COLUMN reason TEXT;
         ALTER TABLE event ADD COLUMN txn INTEGER;",
    )?;
    // The new tables and indexes exactly as `schema.sql` writes them.
    for start in [
        "CREATE INDEX opinion_agency_idx ",
        "CREATE INDEX assignment_opinion_idx ",
        "CREATE INDEX opinion_closed_idx ",
        "CREATE INDEX event_txn_idx ",
        "CREATE TABLE extension ",
        "CREATE TABLE week_change ",
        "CREATE TABLE retired_id ",
        "CREATE TABLE agency_alias ",
    ] {
        tx.execute_batch(schema_statement(start)?)?;
    }
    Ok(())
}

/// 4 → 5: the settings of the drafted documents, empty until the clerk sets them, and the
/// imported official schedules, none yet.
fn add_document_settings(tx: &rusqlite::Transaction<'_>) -> Result<()> {
    tx.execute_batch(schema_statement("CREATE TABLE document_setting ")?)?;
    tx.execute_batch(schema_statement("CREATE TABLE official_day ")?)?;
    Ok(())
}

/// 5 → 6: the overdue report (run every morning by cron) reads the opinions awaiting an answer
/// from one small index instead of from pages scattered over the whole file; reassignments
/// keep their day.
fn add_open_opinion_index(tx: &rusqlite::Transaction<'_>) -> Result<()> {
    tx.execute_batch(schema_statement("CREATE INDEX opinion_open_idx ")?)?;
    tx.execute_batch(schema_statement("CREATE TABLE reassignment ")?)?;
    tx.execute_batch(schema_statement("CREATE INDEX reassignment_opinion_idx ")?)?;
    Ok(())
}

/// 7 → 8: the settings record the chair and deputies (SQLite cannot change a table's CHECK:
/// the table is made anew under its schema and its rows copied); the index of the opinions
/// routed out after their notice.
fn widen_document_settings(tx: &rusqlite::Transaction<'_>) -> Result<()> {
    tx.execute_batch("ALTER TABLE document_setting RENAME TO document_setting_7")?;
    tx.execute_batch(schema_statement("CREATE TABLE document_setting ")?)?;
    tx.execute_batch(
        "INSERT INTO document_setting (key, value) SELECT key, value FROM document_setting_7;
         DROP TABLE document_setting_7;",
    )?;
    tx.execute_batch(schema_statement("CREATE INDEX opinion_routed_out_idx ")?)?;
    tx.execute_batch(
        "ALTER TABLE registration ADD COLUMN honorific TEXT CHECK (honorific IN ('mr', 'ms'))",
    )?;
    Ok(())
}

/// 6 → 7: versions 1–3 recorded a timeline notice (R12, Art. 10.2) only in the opinion's own
/// columns and counted `due_from` from its day; since version 4 every timeline notice is a row
/// of `extension` and `due_from` stays the day of the assigning notice, from which R10 counts.
/// A file written by those versions keeps its R10 date (`response_due`, never touched) and
/// gets the notice's row and its day back. Opinions written since are untouched: their notice
/// row exists, and their `due_from` is their notice's day.
fn repair_early_timeline_notices(tx: &rusqlite::Transaction<'_>) -> Result<()> {
    tx.execute_batch(
        "INSERT INTO extension (opinion_id, notified_on, until, agency_id, doc)
         SELECT o.id, o.extension_notified_on, o.extended_until,
                coalesce(o.extension_agency_id, o.agency_id), o.extension_doc
         FROM opinion o
         WHERE o.extension_notified_on IS NOT NULL AND o.extended_until IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM extension e WHERE e.opinion_id = o.id);
         UPDATE opinion
         SET due_from = (SELECT n.issued_on FROM conclusion_notice n WHERE n.id = opinion.notice_id)
         WHERE extension_notified_on IS NOT NULL AND due_from = extension_notified_on
           AND (SELECT n.issued_on FROM conclusion_notice n WHERE n.id = opinion.notice_id)
               < extension_notified_on;",
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fresh_schema_applies_and_event_log_is_append_only() {
        let mut conn = Connection::open_in_memory().expect("memory db");
        upgrade(&mut conn, Path::new(":memory:")).expect("upgrade");
        let v: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .expect("version");
        assert_eq!(v, LATEST);
        conn.execute(
            "INSERT INTO event (at, clerk, command, record_kind, record_id, action) VALUES ('t', 'c', 'x', 'office', '1', 'init')",
            [],
        )
        .expect("insert");
        let update = conn.execute("UPDATE event SET clerk = 'mallory'", []);
        assert!(update.is_err());
        let delete = conn.execute("DELETE FROM event", []);
        assert!(delete.is_err());
    }

    #[test]
    fn every_upgrade_step_reaches_the_fresh_schema() {
        // The frozen version-1 file upgrades to exactly the objects and columns of a fresh one.
        let mut fresh = Connection::open_in_memory().expect("memory db");
        upgrade(&mut fresh, Path::new(":memory:")).expect("fresh");
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("v1.db");
        std::fs::copy(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/schema-v1.db"),
            &path,
        )
        .expect("fixture");
        let mut old = Connection::open(&path).expect("open v1");
        let v: i64 = old
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .expect("version");
        assert_eq!(v, 1);
        upgrade(&mut old, &path).expect("upgrade");
        let shape = |c: &Connection| -> Vec<String> {
            // Tables by their columns (an added column comes last, so sorted); indexes and
            // triggers by their SQL.
            c.prepare(
                "SELECT m.type, m.name, m.sql,
                        (SELECT group_concat(name, ',') FROM
                            (SELECT name FROM pragma_table_info(m.name) ORDER BY name))
                 FROM sqlite_schema m WHERE m.name NOT LIKE 'sqlite_%' ORDER BY m.type, m.name",
            )
            .expect("shape")
            .query_map([], |r| {
                let (kind, name): (String, String) = (r.get(0)?, r.get(1)?);
                let sql: Option<String> = r.get(2)?;
                let columns: Option<String> = r.get(3)?;
                Ok(if kind == "table" {
                    format!("{kind} {name} {}", columns.unwrap_or_default())
                } else {
                    format!("{kind} {name} {}", normalise_sql(&sql.unwrap_or_default()))
                })
            })
            .expect("shape")
            .collect::<Result<_, _>>()
            .expect("shape")
        };
        assert_eq!(shape(&old), shape(&fresh));
        let id: i32 = old
            .query_row("PRAGMA application_id", [], |r| r.get(0))
            .expect("id");
        assert_eq!(id, crate::store::APPLICATION_ID);
    }

    #[test]
    fn schema_refuses_values_outside_the_vocabularies() {
        let mut conn = Connection::open_in_memory().expect("memory db");
        upgrade(&mut conn, Path::new(":memory:")).expect("upgrade");
        let bad = conn.execute(
            "INSERT INTO session (title, kind, form, session_date, level, host_unit, chair_role, chair_name, created_at)
             VALUES ('x', 'weekly', 'in-person', '2026-06-16', 'commune', 'UBND', 'committee-chair', 'A', 't')",
            [],
        );
        assert!(bad.is_err(), "kind 'weekly' must be refused by a CHECK");
    }
}
