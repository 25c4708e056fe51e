//! Sessions: their rows, topics and invitations.

use super::calendar::MovedDeadline;
use super::db::{params, Connection, ToSql};
use super::events::{self, Target};
use super::Actor;
use crate::error::Result;
use crate::rules::vocabulary::{
    AnnouncementReading, Category, ChairRole, InviteeKind, Level, SessionForm, SessionKind,
    SessionStatus,
};
use chrono::NaiveDate;
use serde::Serialize;
use serde_json::json;

/// What `session plan` records.
#[derive(Debug, Clone)]
pub struct NewSession {
    pub title: String,
    pub kind: SessionKind,
    pub form: SessionForm,
    pub date: NaiveDate,
    pub start_time: Option<String>,
    pub venue: Option<String>,
    pub level: Level,
    pub host_unit: String,
    pub chair_role: ChairRole,
    pub chair_name: String,
    pub secretary: Option<String>,
    pub topics: Vec<Category>,
}

/// A session as stored.
#[derive(Debug, Clone, Serialize)]
pub struct Session {
    pub id: i64,
    pub title: String,
    pub kind: SessionKind,
    pub form: SessionForm,
    pub date: NaiveDate,
    pub start_time: Option<String>,
    pub venue: Option<String>,
    pub level: Level,
    pub host_unit: String,
    pub chair_role: ChairRole,
    pub chair_name: String,
    pub deputy_name: Option<String>,
    pub delegation_reason: Option<crate::rules::vocabulary::DelegationReason>,
    pub secretary: Option<String>,
    pub status: SessionStatus,
    pub announce_due: Option<NaiveDate>,
    pub announced_on: Option<NaiveDate>,
    pub announce_channel: Option<String>,
    pub held_on: Option<NaiveDate>,
    pub stop_reason: Option<String>,
    pub cancel_reason: Option<String>,
    pub conclusion_due: Option<NaiveDate>,
    pub topics: Vec<String>,
    pub created_at: String,
}

impl Session {
    pub fn status(&self) -> Result<SessionStatus> {
        Ok(self.status)
    }
    pub fn kind(&self) -> Result<SessionKind> {
        Ok(self.kind)
    }
}

const COLUMNS: &str =
    "id, title, kind, form, session_date, start_time, venue, level, host_unit, chair_role,
    chair_name, deputy_name, delegation_reason, secretary, status, announce_due, announced_on,
    announce_channel, held_on, stop_reason, cancel_reason, conclusion_due, created_at,
    (SELECT group_concat(category, ',' ORDER BY category) FROM session_topic t WHERE t.session_id = session.id)";

fn from_row(r: &super::db::Row<'_>) -> rusqlite::Result<Session> {
    let topics: Option<String> = r.get(23)?;
    Ok(Session {
        id: r.get(0)?,
        title: r.get(1)?,
        kind: r.get(2)?,
        form: r.get(3)?,
        date: r.get(4)?,
        start_time: r.get(5)?,
        venue: r.get(6)?,
        level: r.get(7)?,
        host_unit: r.get(8)?,
        chair_role: r.get(9)?,
        chair_name: r.get(10)?,
        deputy_name: r.get(11)?,
        delegation_reason: r.get(12)?,
        secretary: r.get(13)?,
        status: r.get(14)?,
        announce_due: r.get(15)?,
        announced_on: r.get(16)?,
        announce_channel: r.get(17)?,
        held_on: r.get(18)?,
        stop_reason: r.get(19)?,
        cancel_reason: r.get(20)?,
        conclusion_due: r.get(21)?,
        created_at: r.get(22)?,
        topics: topics
            .map(|t| t.split(',').map(str::to_string).collect())
            .unwrap_or_default(),
    })
}

pub fn get(conn: &Connection, id: i64) -> Result<Session> {
    super::by_id(
        conn,
        &format!("SELECT {COLUMNS} FROM session WHERE id = ?1"),
        id,
        "session",
        from_row,
    )
}

fn target(id: &str, session: i64) -> Target<'_> {
    Target {
        kind: "session",
        id,
        session_id: Some(session),
    }
}

/// Record a planned session with its R4 due date.
pub fn insert(
    conn: &Connection,
    actor: &Actor,
    s: &NewSession,
    announce_due: Option<NaiveDate>,
) -> Result<Session> {
    let id: i64 = conn.query_row(
        &format!(
            "INSERT INTO session (id, title, kind, form, session_date, start_time, venue, level, host_unit,
                                  chair_role, chair_name, secretary, status, announce_due, created_at)
             VALUES ({}, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 'planned', ?12, ?13)
             RETURNING id",
            super::next_id("session")
        ),
        params![
            s.title,
            s.kind.as_str(),
            s.form.as_str(),
            s.date,
            s.start_time,
            s.venue,
            s.level.as_str(),
            s.host_unit,
            s.chair_role.as_str(),
            s.chair_name,
            s.secretary,
            announce_due,
            actor.at
        ],
        |r| r.get(0),
    )?;
    for t in &s.topics {
        conn.execute(
            "INSERT OR IGNORE INTO session_topic (session_id, category) VALUES (?1, ?2)",
            params![id, t.as_str()],
        )?;
    }
    let session = get(conn, id)?;
    let rid = id.to_string();
    events::record(
        conn,
        actor,
        target(&rid, id),
        "plan",
        None,
        Some(&json!(session)),
    )?;
    Ok(session)
}

/// Apply one change to a session (a fixed statement with parameters) and log before → after.
fn update(
    conn: &Connection,
    actor: &Actor,
    id: i64,
    action: &str,
    sql: &str,
    args: &[&dyn ToSql],
) -> Result<Session> {
    events::logged_update(
        conn,
        actor,
        "session",
        id,
        events::Change { action, sql, args },
        get,
        |r| r.id,
    )
}

/// The public announcement (Art. 7.2.3, R4).
pub fn record_announcement(
    conn: &Connection,
    actor: &Actor,
    id: i64,
    status: SessionStatus,
    on: NaiveDate,
    channel: &str,
) -> Result<Session> {
    update(
        conn,
        actor,
        id,
        "announce",
        "UPDATE session SET status = ?1, announced_on = ?2, announce_channel = ?3 WHERE id = ?4",
        &[&status.as_str(), &on, &channel],
    )
}

/// A deputy chairs (Art. 2.2, R1).
pub fn record_delegation(
    conn: &Connection,
    actor: &Actor,
    id: i64,
    deputy: &str,
    reason: &str,
) -> Result<Session> {
    update(
        conn,
        actor,
        id,
        "delegate",
        "UPDATE session SET deputy_name = ?1, delegation_reason = ?2 WHERE id = ?3",
        &[&deputy, &reason],
    )
}

/// The session took place (or was stopped, with its reason, Art. 9.3): the R9 clock starts.
pub fn record_held(
    conn: &Connection,
    actor: &Actor,
    id: i64,
    status: SessionStatus,
    held: &Held<'_>,
) -> Result<Session> {
    match held.stop_reason {
        None => update(
            conn,
            actor,
            id,
            "hold",
            "UPDATE session SET status = ?1, held_on = ?2, conclusion_due = ?3, announce_due = ?4
             WHERE id = ?5",
            &[
                &status.as_str(),
                &held.on,
                &held.conclusion_due,
                &held.announce_due,
            ],
        ),
        Some(reason) => update(
            conn,
            actor,
            id,
            "stop",
            "UPDATE session SET status = ?1, held_on = ?2, conclusion_due = ?3, announce_due = ?4,
             stop_reason = ?5 WHERE id = ?6",
            &[
                &status.as_str(),
                &held.on,
                &held.conclusion_due,
                &held.announce_due,
                &reason,
            ],
        ),
    }
}

/// What `record_held` writes: the day held, R9's due date from it, R4's due date judged from
/// the day held (it moves when the session took place on another day than planned), and the
/// reason of a stop.
pub struct Held<'a> {
    pub on: NaiveDate,
    pub conclusion_due: NaiveDate,
    pub announce_due: Option<NaiveDate>,
    pub stop_reason: Option<&'a str>,
}

/// A planned session is cancelled, with the reason.
pub fn record_cancel(
    conn: &Connection,
    actor: &Actor,
    id: i64,
    status: SessionStatus,
    reason: &str,
) -> Result<Session> {
    update(
        conn,
        actor,
        id,
        "cancel",
        "UPDATE session SET status = ?1, cancel_reason = ?2 WHERE id = ?3",
        &[&status.as_str(), &reason],
    )
}

/// A change of state with no other field (concluded, closed, reopened); `action` names it in
/// the history.
pub fn record_status(
    conn: &Connection,
    actor: &Actor,
    id: i64,
    action: &str,
    status: SessionStatus,
) -> Result<Session> {
    update(
        conn,
        actor,
        id,
        action,
        "UPDATE session SET status = ?1 WHERE id = ?2",
        &[&status.as_str()],
    )
}

/// Correct a session's descriptive fields (title, time, venue, host, chair's name, secretary).
pub fn record_edit(
    conn: &Connection,
    actor: &Actor,
    id: i64,
    fields: &[(&'static str, &dyn ToSql)],
) -> Result<Session> {
    events::logged_edit(conn, actor, "session", id, fields, get, |s| s.id)
}

/// Move a planned or announced session to another day: R4 follows the new date.
pub fn record_reschedule(
    conn: &Connection,
    actor: &Actor,
    id: i64,
    date: NaiveDate,
    start_time: Option<&str>,
    announce_due: Option<NaiveDate>,
) -> Result<Session> {
    update(
        conn,
        actor,
        id,
        "reschedule",
        "UPDATE session SET session_date = ?1, start_time = coalesce(?2, start_time), announce_due = ?3
         WHERE id = ?4",
        &[&date, &start_time, &announce_due],
    )
}

/// Withdraw an invitation recorded by mistake; true when there was one. The invitee is found by
/// the name as written, else — when only one invitee fits — up to case and spaces, else without
/// diacritics. The history keeps the whole invitation, so `undo` can put it back.
pub fn remove_invitation(
    conn: &Connection,
    actor: &Actor,
    session: i64,
    name: &str,
) -> Result<bool> {
    use crate::rules::text;
    let rows: Vec<(i64, String, String, Option<i64>)> = conn
        .prepare("SELECT id, invitee_kind, name, agency_id FROM invitation WHERE session_id = ?1")?
        .query_map([session], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })?
        .collect::<std::result::Result<_, _>>()?;
    let pick = |fits: &dyn Fn(&str) -> bool| -> Vec<&(i64, String, String, Option<i64>)> {
        rows.iter().filter(|r| fits(&r.2)).collect()
    };
    let mut chosen = pick(&|n| n == name);
    // Beyond the name as written, a spelling must fit one invitee only: never several at once.
    if chosen.is_empty() {
        chosen = pick(&|n| text::same_name(n, name));
        if chosen.len() > 1 {
            chosen.clear();
        }
    }
    if chosen.is_empty() {
        chosen = pick(&|n| text::fold(n) == text::fold(name));
        if chosen.len() > 1 {
            chosen.clear();
        }
    }
    let rid = session.to_string();
    for (id, kind, invitee, agency_id) in &chosen {
        conn.execute("DELETE FROM invitation WHERE id = ?1", [id])?;
        events::record(
            conn,
            actor,
            target(&rid, session),
            "uninvite",
            Some(&json!({
                "invitee": invitee,
                "invitee_kind": kind,
                "name": invitee,
                "agency_id": agency_id,
            })),
            None,
        )?;
    }
    Ok(!chosen.is_empty())
}

/// An invitation (Art. 6.1, 7.2.3).
#[derive(Debug, Clone, Serialize)]
pub struct Invitation {
    pub kind: InviteeKind,
    pub name: String,
}

pub fn invite(
    conn: &Connection,
    actor: &Actor,
    session: i64,
    kind: InviteeKind,
    name: &str,
    agency_id: Option<i64>,
) -> Result<bool> {
    // The same invitee typed another way (letter case, spacing: `rules::text::same_name`) is
    // already invited: one invitation stands for one guest.
    let already = invitations(conn, session)?
        .into_iter()
        .any(|i| i.kind == kind && crate::rules::text::same_name(&i.name, name));
    if already {
        return Ok(false);
    }
    let added = conn.execute(
        "INSERT OR IGNORE INTO invitation (session_id, invitee_kind, name, agency_id) VALUES (?1, ?2, ?3, ?4)",
        params![session, kind.as_str(), name, agency_id],
    )? > 0;
    if added {
        let rid = session.to_string();
        events::record(
            conn,
            actor,
            target(&rid, session),
            "invite",
            None,
            Some(&json!({"invitee_kind": kind.as_str(), "name": name})),
        )?;
    }
    Ok(added)
}

pub fn invitations(conn: &Connection, session: i64) -> Result<Vec<Invitation>> {
    let mut stmt = conn.prepare_cached(
        "SELECT invitee_kind, name FROM invitation WHERE session_id = ?1 ORDER BY invitee_kind, id",
    )?;
    let rows = stmt.query_map([session], |r| {
        Ok(Invitation {
            kind: r.get(0)?,
            name: r.get(1)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Filters of `session list`.
#[derive(Debug, Clone, Default)]
pub struct SessionFilter {
    pub status: Option<SessionStatus>,
    pub kind: Option<SessionKind>,
    pub year: Option<i32>,
    pub chair: Option<String>,
    /// Sessions dated in this range (inclusive), instead of a year.
    pub dates: Option<(NaiveDate, NaiveDate)>,
}

pub fn list(conn: &Connection, f: &SessionFilter) -> Result<Vec<Session>> {
    let mut out = Vec::new();
    for_each(conn, f, |s| {
        out.push(s);
        Ok(())
    })?;
    Ok(out)
}

/// Stream the sessions matching a filter, in date order.
/// How many times a session's record changed after it was planned, and when it last did: the
/// `SEQUENCE` and `LAST-MODIFIED` of its calendar events (RFC 5545 §3.8.7.4, §3.8.7.3), read
/// from the append-only history, so every change — a move, a new venue, a cancellation, an
/// undo — raises it and none lowers it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Revision {
    pub sequence: u32,
    pub last_modified: chrono::DateTime<chrono::Utc>,
}

/// The revision of every session the history records.
pub fn revisions(conn: &Connection) -> Result<std::collections::HashMap<i64, Revision>> {
    let mut stmt = conn.prepare(
        "SELECT record_id, count(*), max(at) FROM event WHERE record_kind = 'session'
         GROUP BY record_id",
    )?;
    let mut rows = stmt.query([])?;
    let mut out = std::collections::HashMap::new();
    while let Some(ref r) = rows.next()? {
        let id: String = r.get(0)?;
        let changes: i64 = r.get(1)?;
        let at: String = r.get(2)?;
        let (Ok(id), Ok(at)) = (id.parse::<i64>(), chrono::DateTime::parse_from_rfc3339(&at))
        else {
            continue;
        };
        out.insert(
            id,
            Revision {
                // The plan itself is revision 0.
                sequence: u32::try_from(changes.saturating_sub(1)).unwrap_or(u32::MAX),
                last_modified: at.with_timezone(&chrono::Utc),
            },
        );
    }
    Ok(out)
}

pub fn for_each(
    conn: &Connection,
    f: &SessionFilter,
    mut each: impl FnMut(Session) -> Result<()>,
) -> Result<()> {
    let (from, to) = match (f.dates, f.year) {
        (Some((a, b)), _) => (Some(a.to_string()), Some(b.to_string())),
        (None, Some(y)) => (Some(format!("{y:04}-01-01")), Some(format!("{y:04}-12-31"))),
        (None, None) => (None, None),
    };
    let chair = f.chair.as_deref().map(crate::rules::text::fold);
    let mut stmt = conn.prepare(&format!(
        "SELECT {COLUMNS} FROM session
         WHERE (?1 IS NULL OR status = ?1) AND (?2 IS NULL OR kind = ?2)
           AND (?3 IS NULL OR session_date BETWEEN ?3 AND ?4)
         ORDER BY session_date, id"
    ))?;
    let mut rows = stmt.query(params![
        f.status.map(|s| s.as_str()),
        f.kind.map(|k| k.as_str()),
        from,
        to
    ])?;
    while let Some(ref r) = rows.next()? {
        let s = from_row(r)?;
        // A role code (committee-chair) or part of a name, diacritics ignored.
        let matches_chair = chair.as_ref().is_none_or(|c| {
            s.chair_role.as_str() == c.as_str()
                || crate::rules::text::fold(&s.chair_name).contains(c.as_str())
                || s.deputy_name
                    .as_deref()
                    .is_some_and(|d| crate::rules::text::fold(d).contains(c.as_str()))
        });
        if matches_chair {
            each(s)?;
        }
    }
    Ok(())
}

/// Opinions of a session still pending (open, assigned, extended).
pub fn pending_opinions(conn: &Connection, session: i64) -> Result<u64> {
    let n: i64 = conn.query_row(
        &format!(
            "SELECT count(*) FROM opinion WHERE session_id = ?1 AND status IN ({})",
            crate::rules::vocabulary::sql_list(crate::rules::vocabulary::OpinionStatus::PENDING)
        ),
        [session],
        |r| r.get(0),
    )?;
    Ok(n.unsigned_abs())
}

/// R4: recompute the announcement deadline of every session not yet announced or held, after the
/// office changed how it reads "7 days before"; each move is logged.
pub fn recompute_announcement_due(
    conn: &Connection,
    actor: &Actor,
    reading: AnnouncementReading,
) -> Result<Vec<MovedDeadline>> {
    let pending: Vec<(i64, String, NaiveDate, Option<NaiveDate>)> = conn
        .prepare(&format!(
            "SELECT id, kind, session_date, announce_due FROM session
             WHERE status IN ({})
               AND session_date >= coalesce(?1, session_date)",
            crate::rules::vocabulary::sql_list(SessionStatus::NOT_HELD)
        ))?
        .query_map([super::office::settings_effective_from(conn)?], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })?
        .collect::<Result<_, _>>()?;
    let mut moved = Vec::new();
    for (id, kind, date, old) in pending {
        let new = crate::rules::deadline::announcement_due(kind.parse()?, date, reading);
        if new == old {
            continue;
        }
        update(
            conn,
            actor,
            id,
            "recompute-deadline",
            "UPDATE session SET announce_due = ?1 WHERE id = ?2",
            &[&new],
        )?;
        if let (Some(from), Some(to)) = (old, new) {
            moved.push(MovedDeadline {
                rule: "R4",
                record: format!("session {id}"),
                from,
                to,
            });
        }
    }
    Ok(moved)
}
