//! `check`: SQLite's own integrity checks and the tool's invariants.

use super::db::Connection;
use crate::error::Result;
use crate::rules::calendar::Calendar;
use crate::rules::deadline;
use chrono::NaiveDate;
use serde::Serialize;

/// One problem found: which check, and what it found as data (worded at the edge).
#[derive(Debug, Clone, Serialize)]
pub struct Problem {
    pub check: &'static str,
    pub finding: Finding,
}

/// What a check found, with the values that say it: JSON carries these, never a sentence.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Finding {
    /// A line of SQLite's `integrity_check` (SQLite's own words).
    Integrity { line: String },
    /// A row whose reference points to no row.
    ForeignKey {
        table: String,
        row: Option<i64>,
        parent: String,
    },
    /// A schema object that is not doithoai's own (added or altered).
    Schema {
        #[serde(flatten)]
        difference: crate::error::SchemaDifference,
    },
    /// A trigger that keeps the history append-only, missing or altered.
    HistoryTrigger { trigger: String, altered: bool },
    /// A session's R9 deadline differs from the calendar's.
    ConclusionDue {
        session: i64,
        recorded: NaiveDate,
        expected: NaiveDate,
    },
    /// An opinion marked as handled by a notice that does not exist or does not list it.
    NotAssigned {
        opinion: i64,
        status: String,
        notice_exists: bool,
    },
    /// An opinion's R10 answer date differs from the calendar's.
    AnswerDue {
        opinion: i64,
        recorded: Option<NaiveDate>,
        expected: NaiveDate,
    },
    /// An assigned opinion's deadline in force differs from its R10 date.
    DeadlineInForce {
        opinion: i64,
        recorded: Option<NaiveDate>,
        expected: NaiveDate,
    },
    /// A written answer or forwarding dated before the notice that assigned it.
    ActBeforeNotice {
        opinion: i64,
        act: &'static str,
        on: NaiveDate,
        notice: NaiveDate,
    },
    /// A session's speaking order not numbered 1..n (R6).
    SpeakingOrder {
        session: i64,
        registrations: i64,
        lowest: i64,
        highest: i64,
    },
    /// A conclusion notice dated before the session it concludes was held (R9 counts from
    /// the session).
    NoticeBeforeSession {
        session: i64,
        notice: NaiveDate,
        held: NaiveDate,
    },
    /// Speaking numbers that do not follow the order of registration (R6).
    SpeakingOutOfOrder { session: i64 },
    /// A deadline rule that disagrees with the record: R12 without a timeline notice, or a
    /// timeline notice with R10 still in force.
    RuleWithoutExtension { opinion: i64, rule: String },
    /// The day an opinion stopped being pending is not the day of the act that closed it.
    ClosedOnDiffers {
        opinion: i64,
        closed_on: Option<NaiveDate>,
        act_on: NaiveDate,
    },
    /// A record with no event of its creation in the history.
    NoCreationEvent {
        record_kind: &'static str,
        record_id: i64,
        action: &'static str,
    },
}

/// Run every check; an empty list means the database is sound.
pub fn run(conn: &Connection, cal: &Calendar) -> Result<Vec<Problem>> {
    let mut problems = Vec::new();
    let mut push =
        |check: &'static str, finding: Finding| problems.push(Problem { check, finding });

    // A file's pages and references are SQLite's to check; a server keeps its own (its
    // foreign keys are enforced on every write).
    if conn.engine() == super::db::Engine::Sqlite {
        let mut stmt = conn.prepare("PRAGMA integrity_check")?;
        for row in stmt.query_map([], |r| r.get::<_, String>(0))? {
            let line = row?;
            if line != "ok" {
                push("integrity_check", Finding::Integrity { line });
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
                Finding::ForeignKey {
                    table,
                    row: rowid,
                    parent,
                },
            );
        }
    }

    // Every table, index, trigger and view is doithoai's own: a trigger added to a backup would
    // run on the next write (and rewrite records with no history); an altered table or index
    // would change what is kept.
    if let Some(file) = conn.sqlite() {
        for difference in super::trust::differences(file)? {
            push("schema", Finding::Schema { difference });
        }
    }

    // The event log stays append-only only while its triggers are there.
    // A trigger of the right name but another body (dropped and recreated) counts as missing.
    if conn.engine() == super::db::Engine::Postgres {
        // On a server: the one trigger of schema-postgres.sql, there and enabled.
        let found: Option<String> = {
            use super::db::OptionalExtension;
            conn.query_row(
                "SELECT tgenabled::text FROM pg_trigger
                 WHERE tgrelid = 'event'::regclass AND tgname = 'event_is_append_only'",
                (),
                |r| r.get(0),
            )
            .optional()?
        };
        if found.as_deref() != Some("O") {
            push(
                "event_log",
                Finding::HistoryTrigger {
                    trigger: "event_is_append_only".to_string(),
                    altered: found.is_some(),
                },
            );
        }
    }
    for trigger in super::migrate::EVENT_TRIGGERS
        .iter()
        .filter(|_| conn.engine() == super::db::Engine::Sqlite)
    {
        use super::db::OptionalExtension;
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
                Finding::HistoryTrigger {
                    trigger: trigger.to_string(),
                    altered: false,
                },
            ),
            Some(sql) if Some(super::migrate::normalise_sql(&sql)) != expected => push(
                "event_log",
                Finding::HistoryTrigger {
                    trigger: trigger.to_string(),
                    altered: true,
                },
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
                Finding::ConclusionDue {
                    session: id,
                    recorded: due,
                    expected,
                },
            );
        }
    }
    // R10: every assigned or extended opinion has the due date of its notice.
    let mut stmt = conn.prepare(
        "SELECT o.id, o.status, n.issued_on, o.response_due, o.due_date, o.responded_on, o.forwarded_on,
                o.due_from,
                EXISTS (SELECT 1 FROM assignment g WHERE g.notice_id = o.notice_id
                                                     AND g.opinion_id = o.id),
                o.due_rule, o.extended_until IS NOT NULL, o.closed_on
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
            (
                r.get::<_, Option<String>>(9)?,
                r.get::<_, bool>(10)?,
                r.get::<_, Option<NaiveDate>>(11)?,
            ),
        ))
    })?;
    for row in rows {
        let (id, status, notice, response_due, due, responded, forwarded, r10_from, listed, more) =
            row?;
        let (rule, extended, closed_on) = more;
        // R12 is in force exactly when a timeline notice set a new date (R10/R12); every
        // handled opinion has a rule in force (the tool never writes one without).
        if status != "out-of-scope" && rule.as_deref() != Some(if extended { "R12" } else { "R10" })
        {
            push(
                "deadline",
                Finding::RuleWithoutExtension {
                    opinion: id,
                    rule: rule.clone().unwrap_or_default(),
                },
            );
        }
        // An answered or forwarded opinion stopped being pending the day it was answered or
        // forwarded: the reports count it in that day's period.
        let act_on = match status.as_str() {
            "responded" => responded,
            "forwarded" => forwarded,
            _ => None,
        };
        if let Some(act_on) = act_on.filter(|day| closed_on != Some(*day)) {
            push(
                "date_order",
                Finding::ClosedOnDiffers {
                    opinion: id,
                    closed_on,
                    act_on,
                },
            );
        }
        let Some(notice) = notice else {
            push(
                "assignment",
                Finding::NotAssigned {
                    opinion: id,
                    status,
                    notice_exists: false,
                },
            );
            continue;
        };
        // The notice's assignments are what the reports and the notice's paper read: an
        // opinion its notice does not list was written by something other than this tool.
        if !listed {
            push(
                "assignment",
                Finding::NotAssigned {
                    opinion: id,
                    status: status.clone(),
                    notice_exists: true,
                },
            );
        }
        let r10_from = r10_from.unwrap_or(notice);
        if matches!(status.as_str(), "assigned" | "extended") {
            let expected = deadline::response_due(cal, r10_from)?;
            if response_due != Some(expected) {
                push(
                    "deadline",
                    Finding::AnswerDue {
                        opinion: id,
                        recorded: response_due,
                        expected,
                    },
                );
            }
            if status == "assigned" && due != Some(expected) {
                push(
                    "deadline",
                    Finding::DeadlineInForce {
                        opinion: id,
                        recorded: due,
                        expected,
                    },
                );
            }
        }
        for (act, date) in [("respond", responded), ("forward", forwarded)] {
            if let Some(on) = date.filter(|d| *d < notice) {
                push(
                    "date_order",
                    Finding::ActBeforeNotice {
                        opinion: id,
                        act,
                        on,
                        notice,
                    },
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
                Finding::SpeakingOrder {
                    session,
                    registrations: n,
                    lowest: min,
                    highest: max,
                },
            );
        }
    }
    // R6: the numbers follow the order of registration (a later registration never speaks
    // before an earlier one).
    let mut stmt = conn.prepare(
        "SELECT DISTINCT a.session_id FROM registration a JOIN registration b
           ON b.session_id = a.session_id AND b.id > a.id AND b.speaking_order < a.speaking_order
         ORDER BY a.session_id",
    )?;
    for row in stmt.query_map([], |r| r.get::<_, i64>(0))? {
        push(
            "speaking_order",
            Finding::SpeakingOutOfOrder { session: row? },
        );
    }
    // R9: a notice concludes a session held before it.
    let mut stmt = conn.prepare(
        "SELECT s.id, n.issued_on, s.held_on FROM conclusion_notice n JOIN session s ON s.id = n.session_id
         WHERE s.held_on IS NOT NULL AND n.issued_on < s.held_on ORDER BY n.id",
    )?;
    for row in stmt.query_map([], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, NaiveDate>(1)?,
            r.get::<_, NaiveDate>(2)?,
        ))
    })? {
        let (session, notice, held) = row?;
        push(
            "date_order",
            Finding::NoticeBeforeSession {
                session,
                notice,
                held,
            },
        );
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
                Finding::NoCreationEvent {
                    record_kind: kind,
                    record_id: row?,
                    action,
                },
            );
        }
    }
    Ok(problems)
}
