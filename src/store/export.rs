//! Streaming reads for `export`: one row at a time, so memory does not grow with the table.

use super::db::{params, Connection};
use crate::error::Result;
use chrono::NaiveDate;
use serde::Serialize;

/// One assignment of a conclusion notice, flattened for export.
#[derive(Debug, Clone, Serialize)]
pub struct ConclusionRow {
    pub notice_id: i64,
    pub session_id: i64,
    pub version: i64,
    pub doc_number: String,
    pub issued_on: NaiveDate,
    pub signer: String,
    pub replaced_by: Option<i64>,
    pub opinion_id: Option<i64>,
    pub agency: Option<String>,
    pub due_date: Option<NaiveDate>,
}

/// Conclusion notices with their assignments, one row per assignment.
pub fn conclusions(
    conn: &Connection,
    session: Option<i64>,
    mut each: impl FnMut(ConclusionRow) -> Result<()>,
) -> Result<()> {
    let mut stmt = conn.prepare(
        "SELECT n.id, n.session_id, n.version, n.doc_number, n.issued_on, n.signer, n.replaced_by,
                s.opinion_id, a.name, s.due_date
         FROM conclusion_notice n
         LEFT JOIN assignment s ON s.notice_id = n.id
         LEFT JOIN agency a ON a.id = s.agency_id
         WHERE n.session_id = coalesce(?1, n.session_id)
         ORDER BY n.session_id, n.version, s.opinion_id",
    )?;
    let mut rows = stmt.query(params![session])?;
    while let Some(ref r) = rows.next()? {
        each(ConclusionRow {
            notice_id: r.get(0)?,
            session_id: r.get(1)?,
            version: r.get(2)?,
            doc_number: r.get(3)?,
            issued_on: r.get(4)?,
            signer: r.get(5)?,
            replaced_by: r.get(6)?,
            opinion_id: r.get(7)?,
            agency: r.get(8)?,
            due_date: r.get(9)?,
        })?;
    }
    Ok(())
}
