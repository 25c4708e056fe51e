//! Office calendar overrides (L3) and the recomputation of open deadlines when they change.

use super::db::{params, Connection, OptionalExtension};
use super::events::{self, Target};
use super::{office, Actor};
use crate::error::Result;
use crate::rules::calendar::{Calendar, DayKind, Layer, NamedDay, OfficeOverride};
use crate::rules::deadline;
use chrono::NaiveDate;
use serde::Serialize;
use serde_json::json;

/// A stored override with who recorded it.
#[derive(Debug, Clone, Serialize)]
pub struct StoredOverride {
    pub date: NaiveDate,
    pub kind: String,
    pub name: String,
    pub source: String,
    pub created_by: String,
    pub created_at: String,
}

pub fn overrides(conn: &Connection) -> Result<Vec<StoredOverride>> {
    let mut stmt = conn.prepare_cached(
        "SELECT day, kind, name, source, created_by, created_at FROM calendar_override ORDER BY day",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(StoredOverride {
            date: r.get(0)?,
            kind: r.get(1)?,
            name: r.get(2)?,
            source: r.get(3)?,
            created_by: r.get(4)?,
            created_at: r.get(5)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// The office's calendar: national data, its week and its overrides.
pub fn load(conn: &Connection) -> Result<Calendar> {
    let settings = office::calendar_settings(conn)?;
    let overrides = overrides(conn)?
        .into_iter()
        .map(|o| OfficeOverride {
            date: o.date,
            kind: if o.kind == "workday" {
                DayKind::Workday
            } else {
                DayKind::Holiday
            },
            name: o.name,
            source: o.source,
        })
        .collect();
    Ok(Calendar::new(settings, overrides).with_imported(official_days(conn)?))
}

/// The official schedules imported with `calendar import` (layer L2), every year.
pub fn official_days(conn: &Connection) -> Result<Vec<NamedDay>> {
    let mut stmt =
        conn.prepare_cached("SELECT day, kind, name, source FROM official_day ORDER BY day")?;
    let rows = stmt.query_map([], |r| {
        let kind: String = r.get(1)?;
        Ok(NamedDay {
            date: r.get(0)?,
            kind: if kind == "workday" {
                DayKind::Workday
            } else {
                DayKind::Holiday
            },
            name: r.get(2)?,
            source: r.get(3)?,
            layer: Layer::Official,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// A day an import adds, changes or removes.
#[derive(Debug, Clone, serde::Serialize)]
pub struct DayChange {
    pub date: NaiveDate,
    /// What the calendar said before (kind, name), if it named the day.
    pub before: Option<(DayKind, String)>,
    /// What it says after, if it names the day.
    pub after: Option<(DayKind, String)>,
}

/// Replace the imported schedule of each year of `days` with them: one history event per day
/// the import adds, changes or removes (before → after, so the history says what changed), and
/// one per year with the count.
pub fn import_official(
    conn: &Connection,
    actor: &Actor,
    years: &[i32],
    days: &[NamedDay],
    changes: &[DayChange],
) -> Result<()> {
    let day = |d: &Option<(DayKind, String)>| {
        d.as_ref()
            .map(|(kind, name)| json!({ "kind": kind.as_str(), "name": name }))
    };
    for change in changes {
        events::record(
            conn,
            actor,
            Target {
                kind: "calendar",
                id: &change.date.to_string(),
                session_id: None,
            },
            "import",
            day(&change.before).as_ref(),
            day(&change.after).as_ref(),
        )?;
    }
    for year in years {
        let (from, to) = (format!("{year:04}-01-01"), format!("{year:04}-12-31"));
        let before = conn.query_row(
            "SELECT count(*) FROM official_day WHERE day BETWEEN ?1 AND ?2",
            params![from, to],
            |r| r.get::<_, i64>(0),
        )?;
        conn.execute(
            "DELETE FROM official_day WHERE day BETWEEN ?1 AND ?2",
            params![from, to],
        )?;
        let mut insert = conn.prepare_cached(
            "INSERT INTO official_day (day, kind, name, source, imported_by, imported_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?;
        let mut count = 0;
        for d in days
            .iter()
            .filter(|d| chrono::Datelike::year(&d.date) == *year)
        {
            insert.execute(params![
                d.date,
                d.kind.as_str(),
                d.name,
                d.source,
                actor.clerk,
                actor.at
            ])?;
            count += 1;
        }
        events::record(
            conn,
            actor,
            Target {
                kind: "calendar",
                id: &year.to_string(),
                session_id: None,
            },
            "import",
            (before > 0)
                .then(|| json!({ "official_days": before }))
                .as_ref(),
            Some(&json!({ "official_days": count })),
        )?;
    }
    Ok(())
}

fn get(conn: &Connection, day: NaiveDate) -> Result<Option<StoredOverride>> {
    conn
        .query_row(
            "SELECT day, kind, name, source, created_by, created_at FROM calendar_override WHERE day = ?1",
            [day],
            |r| {
                Ok(StoredOverride {
                    date: r.get(0)?,
                    kind: r.get(1)?,
                    name: r.get(2)?,
                    source: r.get(3)?,
                    created_by: r.get(4)?,
                    created_at: r.get(5)?,
                })
            },
        )
        .optional()
}

/// Record (or replace) the override of one day.
pub fn put(
    conn: &Connection,
    actor: &Actor,
    day: NaiveDate,
    kind: DayKind,
    name: &str,
    source: &str,
) -> Result<()> {
    let before = get(conn, day)?;
    conn.execute(
        "INSERT INTO calendar_override (day, kind, name, source, created_by, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (day) DO UPDATE SET kind = excluded.kind, name = excluded.name,
             source = excluded.source, created_by = excluded.created_by, created_at = excluded.created_at",
        params![day, kind.as_str(), name, source, actor.clerk, actor.at],
    )?;
    let after = get(conn, day)?;
    let id = day.to_string();
    events::record(
        conn,
        actor,
        Target {
            kind: "calendar",
            id: &id,
            session_id: None,
        },
        if kind == DayKind::Holiday {
            "add-holiday"
        } else {
            "add-workday"
        },
        before.map(|b| json!(b)).as_ref(),
        after.map(|a| json!(a)).as_ref(),
    )
}

/// Remove the override of one day; false when there was none.
pub fn remove(conn: &Connection, actor: &Actor, day: NaiveDate) -> Result<bool> {
    let Some(before) = get(conn, day)? else {
        return Ok(false);
    };
    conn.execute("DELETE FROM calendar_override WHERE day = ?1", [day])?;
    let id = day.to_string();
    events::record(
        conn,
        actor,
        Target {
            kind: "calendar",
            id: &id,
            session_id: None,
        },
        "remove",
        Some(&json!(before)),
        None,
    )?;
    Ok(true)
}

/// A deadline that moved because the calendar changed.
#[derive(Debug, Clone, Serialize)]
pub struct MovedDeadline {
    pub rule: &'static str,
    pub record: String,
    pub from: NaiveDate,
    pub to: NaiveDate,
}

/// The session states whose R9 deadline is still open (held or stopped, no notice yet): the
/// only ones a calendar change moves and `check` compares with today's calendar.
pub fn awaiting_notice_sql() -> String {
    crate::rules::vocabulary::sql_list(crate::rules::vocabulary::SessionStatus::AWAITING_NOTICE)
}

/// Recompute every open deadline with `cal` (SPEC §3: a calendar change moves every open
/// deadline it affects, in the same transaction, and says so in the history).
/// Open: R9 of sessions held or stopped without a notice; R10 of assigned opinions, and the R10
/// window of extended ones (R12's own target is a date the agency chose and does not move).
pub fn recompute_open_deadlines(
    conn: &Connection,
    actor: &Actor,
    cal: &Calendar,
) -> Result<Vec<MovedDeadline>> {
    let mut moved = Vec::new();
    let sessions: Vec<(i64, NaiveDate, NaiveDate)> = conn
        .prepare(&format!(
            "SELECT id, held_on, conclusion_due FROM session WHERE status IN ({})",
            awaiting_notice_sql()
        ))?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<Result<_, _>>()?;
    for (id, held_on, old) in sessions {
        let new = deadline::conclusion_due(cal, held_on)?;
        if new != old {
            conn.execute(
                "UPDATE session SET conclusion_due = ?1 WHERE id = ?2",
                params![new, id],
            )?;
            let change = Move {
                rule: "R9",
                field: "conclusion_due",
                from: old,
                to: new,
                basis: held_on,
            };
            moved.push(change.log(conn, actor, "session", id, id)?);
        }
    }
    let opinions: Vec<(i64, i64, NaiveDate, NaiveDate)> = conn
        .prepare(&format!(
            // R10 counts from `due_from`: the notice that assigned the opinion (a correction
            // that kept the agency kept it too).
            "SELECT o.id, o.session_id, o.due_from, o.response_due
             FROM opinion o
             WHERE o.status IN ({})",
            super::opinion::pending_sql()
        ))?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
        .collect::<Result<_, _>>()?;
    for (id, session_id, notice_on, old) in opinions {
        let new = deadline::response_due(cal, notice_on)?;
        if new != old {
            // An extended opinion keeps the target its agency set (R12); only the R10 window moves.
            conn.execute(
                "UPDATE opinion SET response_due = ?1,
                     due_date = CASE WHEN status = 'assigned' THEN ?1 ELSE due_date END
                 WHERE id = ?2",
                params![new, id],
            )?;
            let change = Move {
                rule: "R10",
                field: "response_due",
                from: old,
                to: new,
                basis: notice_on,
            };
            moved.push(change.log(conn, actor, "opinion", id, session_id)?);
        }
    }
    Ok(moved)
}

/// One recomputed deadline, before it is logged.
struct Move {
    rule: &'static str,
    field: &'static str,
    from: NaiveDate,
    to: NaiveDate,
    /// The date the deadline is computed from.
    basis: NaiveDate,
}

impl Move {
    /// Record the move in the history and report it.
    fn log(
        self,
        conn: &Connection,
        actor: &Actor,
        kind: &'static str,
        id: i64,
        session_id: i64,
    ) -> Result<MovedDeadline> {
        let rid = id.to_string();
        events::record(
            conn,
            actor,
            Target {
                kind,
                id: &rid,
                session_id: Some(session_id),
            },
            "recompute-deadline",
            // The rule and the day it counts from are the same before and after: only the
            // due date moves, and the history shows exactly that (from → to).
            Some(&json!({ self.field: self.from, "rule": self.rule, "counted_from": self.basis })),
            Some(&json!({ self.field: self.to, "rule": self.rule, "counted_from": self.basis })),
        )?;
        Ok(MovedDeadline {
            rule: self.rule,
            record: format!("{kind} {id}"),
            from: self.from,
            to: self.to,
        })
    }
}
