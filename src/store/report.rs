//! The queries behind the reports: overdue items (R4, R9, R10, R12), period statistics (R13)
//! and the yearly plan (R3). Rows are streamed to the caller; arithmetic that needs the calendar
//! is done by `rules`.

use crate::error::Result;
use chrono::NaiveDate;
use rusqlite::{params, Connection};
use serde::Serialize;

/// A deadline that is late, or due before `horizon`.
#[derive(Debug, Clone, Serialize)]
pub struct DueItem {
    /// R4, R9, R10 or R12.
    pub rule: String,
    /// session or opinion.
    pub record_kind: String,
    pub record_id: i64,
    pub session_id: i64,
    pub agency: Option<String>,
    pub due: NaiveDate,
    /// Who must act: the agency for answers, the chair for announcements and notices.
    pub responsible: String,
}

/// Stream every item whose deadline is on or before `horizon` and still open, most late first
/// (or grouped by agency). With `horizon` = the day before `as_of` only overdue items come.
pub fn due_items(
    conn: &Connection,
    horizon: NaiveDate,
    by_agency: bool,
    mut each: impl FnMut(DueItem) -> Result<()>,
) -> Result<()> {
    let order = if by_agency {
        "ORDER BY agency IS NULL, agency, due, rule, record_id"
    } else {
        "ORDER BY due, rule, record_id"
    };
    let sql = format!(
        "SELECT * FROM (
         SELECT 'R4' AS rule, 'session' AS kind, id AS record_id, id AS session_id, NULL AS agency,
                announce_due AS due, chair_name AS responsible
           FROM session
          WHERE status = 'planned' AND announce_due IS NOT NULL AND announce_due <= ?1
         UNION ALL
         SELECT 'R9', 'session', id, id, NULL, conclusion_due, chair_name
           FROM session
          WHERE status IN ('held', 'stopped') AND conclusion_due <= ?1
         UNION ALL
         SELECT o.due_rule, 'opinion', o.id, o.session_id, a.name, o.due_date, a.name
           FROM opinion o JOIN agency a ON a.id = CASE WHEN o.status = 'extended'
                                                     THEN coalesce(o.extension_agency_id, o.agency_id)
                                                     ELSE o.agency_id END
          WHERE o.status IN ('assigned', 'extended') AND o.due_date <= ?1)
         {order}"
    );
    let mut stmt = conn.prepare(&sql)?;
    let mut rows = stmt.query([horizon])?;
    while let Some(r) = rows.next()? {
        each(DueItem {
            rule: r.get(0)?,
            record_kind: r.get(1)?,
            record_id: r.get(2)?,
            session_id: r.get(3)?,
            agency: r.get(4)?,
            due: r.get(5)?,
            responsible: r.get(6)?,
        })?;
    }
    Ok(())
}

/// A session counted in a period.
#[derive(Debug, Clone)]
pub struct PeriodSession {
    pub kind: String,
    pub form: String,
    pub status: String,
    pub stopped: bool,
    pub conclusion_due: Option<NaiveDate>,
    pub first_notice_on: Option<NaiveDate>,
    pub announce_due: Option<NaiveDate>,
    pub announced_on: Option<NaiveDate>,
}

/// Sessions dated in the period (held ones by their held date).
pub fn sessions_in(
    conn: &Connection,
    from: NaiveDate,
    to: NaiveDate,
    mut each: impl FnMut(PeriodSession) -> Result<()>,
) -> Result<()> {
    let mut stmt = conn.prepare(
        "SELECT s.kind, s.form, s.status, s.stop_reason IS NOT NULL, s.conclusion_due,
                (SELECT min(issued_on) FROM conclusion_notice n WHERE n.session_id = s.id),
                s.announce_due, s.announced_on
         FROM session s
         WHERE coalesce(s.held_on, s.session_date) BETWEEN ?1 AND ?2",
    )?;
    let mut rows = stmt.query(params![from, to])?;
    while let Some(r) = rows.next()? {
        each(PeriodSession {
            kind: r.get(0)?,
            form: r.get(1)?,
            status: r.get(2)?,
            stopped: r.get(3)?,
            conclusion_due: r.get(4)?,
            first_notice_on: r.get(5)?,
            announce_due: r.get(6)?,
            announced_on: r.get(7)?,
        })?;
    }
    Ok(())
}

/// Registration counts of sessions in the period: (status, refusal reason, count).
pub fn registrations_in(
    conn: &Connection,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<(String, Option<String>, i64)>> {
    let mut stmt = conn.prepare(
        "SELECT r.status, r.refusal_reason, count(*)
         FROM registration r JOIN session s ON s.id = r.session_id
         WHERE coalesce(s.held_on, s.session_date) BETWEEN ?1 AND ?2
         GROUP BY r.status, r.refusal_reason ORDER BY r.status, r.refusal_reason",
    )?;
    let rows = stmt.query_map(params![from, to], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// An opinion counted in a period.
#[derive(Debug, Clone)]
pub struct PeriodOpinion {
    pub category: String,
    pub status: String,
    pub out_of_scope_as: Option<String>,
    pub assigned: bool,
    pub extended: bool,
    pub agency: Option<String>,
    pub notice_on: Option<NaiveDate>,
    pub due: Option<NaiveDate>,
    pub closed_on: Option<NaiveDate>,
}

/// Opinions of the sessions in the period.
pub fn opinions_in(
    conn: &Connection,
    from: NaiveDate,
    to: NaiveDate,
    mut each: impl FnMut(PeriodOpinion) -> Result<()>,
) -> Result<()> {
    let mut stmt = conn.prepare(
        "SELECT o.category, o.status, o.out_of_scope_as, o.notice_id IS NOT NULL,
                o.extension_notified_on IS NOT NULL, a.name, n.issued_on, o.due_date, o.closed_on
         FROM session s
         JOIN opinion o ON o.session_id = s.id
         LEFT JOIN agency a ON a.id = o.agency_id
         LEFT JOIN conclusion_notice n ON n.id = o.notice_id
         WHERE coalesce(s.held_on, s.session_date) BETWEEN ?1 AND ?2",
    )?;
    let mut rows = stmt.query(params![from, to])?;
    while let Some(r) = rows.next()? {
        each(PeriodOpinion {
            category: r.get(0)?,
            status: r.get(1)?,
            out_of_scope_as: r.get(2)?,
            assigned: r.get(3)?,
            extended: r.get(4)?,
            agency: r.get(5)?,
            notice_on: r.get(6)?,
            due: r.get(7)?,
            closed_on: r.get(8)?,
        })?;
    }
    Ok(())
}

/// R3: periodic sessions of a year per chair role: (role, planned and not cancelled, held).
pub fn plan_counts(conn: &Connection, year: i32) -> Result<Vec<(String, i64, i64)>> {
    let mut stmt = conn.prepare(
        "SELECT chair_role,
                sum(status <> 'cancelled'),
                sum(status IN ('held', 'stopped', 'concluded', 'closed'))
         FROM session
         WHERE kind = 'periodic' AND session_date BETWEEN ?1 AND ?2
         GROUP BY chair_role",
    )?;
    let rows = stmt.query_map(
        params![format!("{year:04}-01-01"), format!("{year:04}-12-31")],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )?;
    Ok(rows.collect::<Result<_, _>>()?)
}
