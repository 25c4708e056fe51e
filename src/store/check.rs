//! `check`: SQLite's own integrity checks and the tool's invariants.

use crate::error::Result;
use crate::rules::calendar::Calendar;
use crate::rules::deadline;
use chrono::NaiveDate;
use rusqlite::Connection;
use serde::Serialize;

/// One problem found.
#[derive(Debug, Clone, Serialize)]
pub struct Problem {
    pub check: &'static str,
    pub detail: String,
}

/// Run every check; an empty list means the database is sound.
pub fn run(conn: &Connection, cal: &Calendar) -> Result<Vec<Problem>> {
    let mut problems = Vec::new();
    let mut push = |check: &'static str, detail: String| problems.push(Problem { check, detail });

    let mut stmt = conn.prepare("PRAGMA integrity_check")?;
    for row in stmt.query_map([], |r| r.get::<_, String>(0))? {
        let line = row?;
        if line != "ok" {
            push("integrity_check", line);
        }
    }
    let mut stmt = conn.prepare("PRAGMA foreign_key_check")?;
    for row in stmt.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, Option<i64>>(1)?,
            r.get::<_, String>(2)?,
        ))
    })? {
        let (table, rowid, parent) = row?;
        push(
            "foreign_key_check",
            format!("{table} row {rowid:?} points to a missing {parent}"),
        );
    }

    // Every table, index, trigger and view is doithoai's own: a trigger added to a backup would
    // run on the next write (and rewrite records with no history); an altered table or index
    // would change what is kept.
    for object in super::trust::schema_differences(conn)? {
        push("schema", object);
    }

    // The event log stays append-only only while its triggers are there.
    // A trigger of the right name but another body (dropped and recreated) counts as missing.
    for trigger in super::migrate::EVENT_TRIGGERS {
        use rusqlite::OptionalExtension;
        let found: Option<String> = conn
            .query_row(
                "SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?1 AND tbl_name = 'event'",
                [trigger],
                |r| r.get(0),
            )
            .optional()?;
        let expected = super::migrate::expected_trigger_sql(trigger);
        match found {
            None => push(
                "event_log",
                format!("trigger {trigger} is missing: the history can be rewritten"),
            ),
            Some(sql) if Some(super::migrate::normalise_sql(&sql)) != expected => push(
                "event_log",
                format!("trigger {trigger} was altered: the history can be rewritten"),
            ),
            Some(_) => {}
        }
    }

    // R9: every session waiting for its notice has the deadline today's calendar gives. A
    // concluded session's due date was settled by the calendar of its time and is frozen (the
    // same set `calendar::recompute_open_deadlines` moves).
    let mut stmt = conn.prepare(&format!(
        "SELECT id, held_on, conclusion_due FROM session WHERE status IN ({})",
        super::calendar::awaiting_notice_sql()
    ))?;
    for row in stmt.query_map([], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, NaiveDate>(1)?,
            r.get::<_, NaiveDate>(2)?,
        ))
    })? {
        let (id, held, due) = row?;
        let expected = deadline::conclusion_due(cal, held)?;
        if expected != due {
            push(
                "deadline",
                format!("session {id}: conclusion due {due}, calendar gives {expected} (R9)"),
            );
        }
    }
    // R10: every assigned or extended opinion has the due date of its notice.
    let mut stmt = conn.prepare(
        "SELECT o.id, o.status, n.issued_on, o.response_due, o.due_date, o.responded_on, o.forwarded_on,
                o.due_from,
                EXISTS (SELECT 1 FROM assignment g WHERE g.notice_id = o.notice_id
                                                     AND g.opinion_id = o.id)
         FROM opinion o LEFT JOIN conclusion_notice n ON n.id = o.notice_id
         WHERE o.status IN ('assigned', 'extended', 'responded', 'forwarded')
            OR (o.status = 'out-of-scope' AND o.notice_id IS NOT NULL)",
    )?;

    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, Option<NaiveDate>>(2)?,
            r.get::<_, Option<NaiveDate>>(3)?,
            r.get::<_, Option<NaiveDate>>(4)?,
            r.get::<_, Option<NaiveDate>>(5)?,
            r.get::<_, Option<NaiveDate>>(6)?,
            r.get::<_, Option<NaiveDate>>(7)?,
            r.get::<_, bool>(8)?,
        ))
    })?;
    for row in rows {
        let (id, status, notice, response_due, due, responded, forwarded, r10_from, listed) = row?;
        let Some(notice) = notice else {
            push(
                "assignment",
                format!("opinion {id} is {status} but has no conclusion notice"),
            );
            continue;
        };
        // The notice's assignments are what the reports and the notice's paper read: an
        // opinion its notice does not list was written by something other than this tool.
        if !listed {
            push(
                "assignment",
                format!("opinion {id} is {status} but its notice does not assign it"),
            );
        }
        let r10_from = r10_from.unwrap_or(notice);
        if matches!(status.as_str(), "assigned" | "extended") {
            let expected = deadline::response_due(cal, r10_from)?;
            if response_due != Some(expected) {
                let recorded = response_due.map_or_else(|| "none".to_string(), |d| d.to_string());
                push(
                    "deadline",
                    format!("opinion {id}: answer due {recorded}, calendar gives {expected} (R10)"),
                );
            }
            if status == "assigned" && due != Some(expected) {
                push(
                    "deadline",
                    format!("opinion {id}: deadline in force {due:?}, expected {expected} (R10)"),
                );
            }
        }
        for (what, date) in [("written answer", responded), ("forwarding", forwarded)] {
            if let Some(d) = date.filter(|d| *d < notice) {
                push(
                    "date_order",
                    format!("opinion {id}: {what} dated {d} is before its notice of {notice}"),
                );
            }
        }
    }
    // R6: speaking order numbers run 1..n in every session.
    let mut stmt = conn.prepare(
        "SELECT session_id, count(*), max(speaking_order), min(speaking_order) FROM registration GROUP BY session_id",
    )?;
    for row in stmt.query_map([], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, i64>(1)?,
            r.get::<_, i64>(2)?,
            r.get::<_, i64>(3)?,
        ))
    })? {
        let (session, n, max, min) = row?;
        if min != 1 || max != n {
            push(
                "speaking_order",
                format!("session {session}: {n} registrations numbered {min}..{max}"),
            );
        }
    }
    // The event log records the creation of every record.
    for (kind, table, action) in [
        ("session", "session", "plan"),
        ("registration", "registration", "register"),
        ("opinion", "opinion", "add"),
        ("conclusion", "conclusion_notice", "issue"),
        ("agency", "agency", "add"),
    ] {
        let sql = format!(
            "SELECT t.id FROM {table} t WHERE NOT EXISTS (
                 SELECT 1 FROM event e WHERE e.record_kind = ?1 AND e.record_id = CAST(t.id AS TEXT)
                   AND e.action IN (?2, 'correct'))
             LIMIT 20"
        );
        let mut stmt = conn.prepare(&sql)?;
        for row in stmt.query_map([kind, action], |r| r.get::<_, i64>(0))? {
            push(
                "event_log",
                format!("{kind} {} has no '{action}' event", row?),
            );
        }
    }
    Ok(problems)
}
