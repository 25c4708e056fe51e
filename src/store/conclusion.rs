//! Conclusion notices (R9) and the assignments they make (R10).

use super::db::{params, Connection, OptionalExtension};
use super::events::{self, Target};
use super::Actor;
use crate::error::Result;
use chrono::NaiveDate;
use serde::Serialize;
use serde_json::json;

#[derive(Debug, Clone, Serialize)]
pub struct Notice {
    pub id: i64,
    pub session_id: i64,
    pub version: i64,
    pub doc_number: String,
    pub issued_on: NaiveDate,
    pub signer: String,
    pub replaced_by: Option<i64>,
    pub note: Option<String>,
    pub created_at: String,
}

const COLUMNS: &str =
    "id, session_id, version, doc_number, issued_on, signer, replaced_by, note, created_at";

fn from_row(r: &super::db::Row<'_>) -> rusqlite::Result<Notice> {
    Ok(Notice {
        id: r.get(0)?,
        session_id: r.get(1)?,
        version: r.get(2)?,
        doc_number: r.get(3)?,
        issued_on: r.get(4)?,
        signer: r.get(5)?,
        replaced_by: r.get(6)?,
        note: r.get(7)?,
        created_at: r.get(8)?,
    })
}

/// The notice in force for a session (the latest version).
/// The notice of a session in force on a day: the latest version issued on or before it (a
/// report for a past day names its items as the notice then in force did).
pub fn in_force_on(conn: &Connection, session: i64, day: NaiveDate) -> Result<Option<Notice>> {
    conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM conclusion_notice WHERE session_id = ?1 AND issued_on <= ?2
             ORDER BY version DESC LIMIT 1"
    ))?
    .query_row(params![session, day], from_row)
    .optional()
}

pub fn current(conn: &Connection, session: i64) -> Result<Option<Notice>> {
    conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM conclusion_notice WHERE session_id = ?1 AND replaced_by IS NULL"
    ))?
    .query_row([session], from_row)
    .optional()
}

/// Every version, oldest first.
pub fn versions(conn: &Connection, session: i64) -> Result<Vec<Notice>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM conclusion_notice WHERE session_id = ?1 ORDER BY version"
    ))?;
    let rows = stmt.query_map([session], from_row)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub struct NewNotice<'a> {
    pub session_id: i64,
    pub doc_number: &'a str,
    pub issued_on: NaiveDate,
    pub signer: &'a str,
    pub note: Option<&'a str>,
}

/// Record a notice; a previous one (if any) is marked replaced by it and kept.
pub fn insert(conn: &Connection, actor: &Actor, n: &NewNotice<'_>) -> Result<Notice> {
    let previous = current(conn, n.session_id)?;
    let version = previous.as_ref().map_or(1, |p| p.version + 1);
    let id: i64 = conn.query_row(
        &format!(
            "INSERT INTO conclusion_notice (id, session_id, version, doc_number, issued_on, signer, note, created_at)
             VALUES ({}, ?1, ?2, ?3, ?4, ?5, ?6, ?7) RETURNING id",
            super::next_id("conclusion_notice")
        ),
        params![n.session_id, version, n.doc_number, n.issued_on, n.signer, n.note, actor.at],
        |r| r.get(0),
    )?;
    if let Some(p) = &previous {
        conn.execute(
            "UPDATE conclusion_notice SET replaced_by = ?1 WHERE id = ?2",
            params![id, p.id],
        )?;
    }
    let notice = conn.query_row(
        &format!("SELECT {COLUMNS} FROM conclusion_notice WHERE id = ?1"),
        [id],
        from_row,
    )?;
    let rid = id.to_string();
    events::record(
        conn,
        actor,
        Target {
            kind: "conclusion",
            id: &rid,
            session_id: Some(n.session_id),
        },
        if previous.is_some() {
            "correct"
        } else {
            "issue"
        },
        previous.map(|p| json!(p)).as_ref(),
        Some(&json!(notice)),
    )?;
    Ok(notice)
}

pub fn add_assignment(
    conn: &Connection,
    notice: i64,
    opinion: i64,
    agency: i64,
    due: NaiveDate,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO assignment (notice_id, opinion_id, agency_id, due_date) VALUES (?1, ?2, ?3, ?4)",
    )?
    .execute(params![notice, opinion, agency, due])?;
    Ok(())
}

/// An assignment a notice made.
#[derive(Debug, Clone, Serialize)]
pub struct Assignment {
    pub opinion_id: i64,
    pub agency: String,
    pub due_date: NaiveDate,
}

/// The assignments in force under a notice: for each opinion of its session, the one the
/// latest version up to this one gave (a corrected notice replaces the earlier one whole, so
/// its text restates the assignments it did not change — Art. 10.1); an opinion since found
/// out of scope (a complaint or denunciation, R8) is no longer one of them.
pub fn assignments_in_force(conn: &Connection, notice: &Notice) -> Result<Vec<Assignment>> {
    // The status is written into the SQL, not bound: a bound value compared with `status`
    // makes SQLite weigh the partial indexes on it against that value and prepare the
    // statement again on every call (a report naming thousands of items spent half its time
    // there).
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT s.opinion_id, a.name, s.due_date
         FROM assignment s JOIN agency a ON a.id = s.agency_id
              JOIN conclusion_notice n ON n.id = s.notice_id
              JOIN opinion o ON o.id = s.opinion_id
         WHERE n.session_id = ?1 AND n.version <= ?2 AND o.status <> '{out_of_scope}'
           AND n.version = (SELECT max(m.version) FROM assignment t
                            JOIN conclusion_notice m ON m.id = t.notice_id
                            WHERE t.opinion_id = s.opinion_id AND m.session_id = ?1
                              AND m.version <= ?2)
         ORDER BY s.opinion_id",
        out_of_scope = crate::rules::vocabulary::OpinionStatus::OutOfScope.as_str()
    ))?;
    let rows = stmt.query_map(params![notice.session_id, notice.version], |r| {
        Ok(Assignment {
            opinion_id: r.get(0)?,
            agency: r.get(1)?,
            due_date: r.get(2)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub fn assignments(conn: &Connection, notice: i64) -> Result<Vec<Assignment>> {
    let mut stmt = conn.prepare_cached(
        "SELECT s.opinion_id, a.name, s.due_date FROM assignment s JOIN agency a ON a.id = s.agency_id
         WHERE s.notice_id = ?1 ORDER BY s.opinion_id",
    )?;
    let rows = stmt.query_map([notice], |r| {
        Ok(Assignment {
            opinion_id: r.get(0)?,
            agency: r.get(1)?,
            due_date: r.get(2)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}
