//! Agencies (cơ quan, đơn vị) that answer opinions.

use super::events::{self, Target};
use super::Actor;
use crate::error::{Error, Result};
use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;
use serde_json::json;

#[derive(Debug, Clone, Serialize)]
pub struct Agency {
    pub id: i64,
    pub name: String,
    pub kind: Option<String>,
    pub contact: Option<String>,
}

fn from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Agency> {
    Ok(Agency {
        id: r.get(0)?,
        name: r.get(1)?,
        kind: r.get(2)?,
        contact: r.get(3)?,
    })
}

pub fn by_name(conn: &Connection, name: &str) -> Result<Option<Agency>> {
    Ok(conn
        .query_row(
            "SELECT id, name, kind, contact FROM agency WHERE name = ?1",
            [name],
            from_row,
        )
        .optional()?)
}

pub fn get(conn: &Connection, id: i64) -> Result<Agency> {
    super::by_id(
        conn,
        "SELECT id, name, kind, contact FROM agency WHERE id = ?1",
        id,
        "agency",
        from_row,
    )
}

/// Add an agency; refused when the name exists.
pub fn add(
    conn: &Connection,
    actor: &Actor,
    name: &str,
    kind: Option<&str>,
    contact: Option<&str>,
) -> Result<Agency> {
    if by_name(conn, name)?.is_some() {
        return Err(Error::Refused(crate::messages::agency_exists(name)));
    }
    conn.execute(
        "INSERT INTO agency (name, kind, contact, created_at) VALUES (?1, ?2, ?3, ?4)",
        params![name, kind, contact, actor.at],
    )?;
    let agency = get(conn, conn.last_insert_rowid())?;
    let id = agency.id.to_string();
    events::record(
        conn,
        actor,
        Target {
            kind: "agency",
            id: &id,
            session_id: None,
        },
        "add",
        None,
        Some(&json!(agency)),
    )?;
    Ok(agency)
}

/// The agency of that name, or its id as digits; created on first use (SPEC §1). The flag says
/// whether it was created, so the caller can say so and a typo is noticed.
pub fn resolve_or_create(
    conn: &Connection,
    actor: &Actor,
    name_or_id: &str,
) -> Result<(Agency, bool)> {
    if let Ok(id) = name_or_id.parse::<i64>() {
        return Ok((get(conn, id)?, false));
    }
    if let Some(a) = by_name(conn, name_or_id)? {
        return Ok((a, false));
    }
    Ok((add(conn, actor, name_or_id, None, None)?, true))
}

/// Agencies with their workload.
#[derive(Debug, Clone, Serialize)]
pub struct AgencyLine {
    pub id: i64,
    pub name: String,
    pub kind: Option<String>,
    pub contact: Option<String>,
    pub assigned: i64,
    pub pending: i64,
}

pub fn list(conn: &Connection) -> Result<Vec<AgencyLine>> {
    let mut stmt = conn.prepare(
        // Assigned: by the conclusion notice. Pending: by who answers for it now — the agency
        // of an R12 timeline notice once sent, else the lead agency (`rules::as_of`).
        "WITH pending AS (
             SELECT CASE WHEN status = 'extended' THEN coalesce(extension_agency_id, agency_id)
                         ELSE agency_id END AS agency_id, count(*) AS n
             FROM opinion WHERE status IN ('assigned', 'extended') GROUP BY 1)
         SELECT a.id, a.name, a.kind, a.contact,
                (SELECT count(*) FROM opinion o WHERE o.agency_id = a.id),
                coalesce((SELECT n FROM pending p WHERE p.agency_id = a.id), 0)
         FROM agency a ORDER BY a.name",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(AgencyLine {
            id: r.get(0)?,
            name: r.get(1)?,
            kind: r.get(2)?,
            contact: r.get(3)?,
            assigned: r.get(4)?,
            pending: r.get(5)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}
