//! Agencies (cơ quan, đơn vị) that answer opinions.

use super::db::{params, Connection, OptionalExtension};
use super::events::{self, Target};
use super::Actor;
use crate::error::{Error, Result};
use crate::message::Message;
use serde::Serialize;
use serde_json::json;

#[derive(Debug, Clone, Serialize)]
pub struct Agency {
    pub id: i64,
    pub name: String,
    pub kind: Option<String>,
    pub contact: Option<String>,
}

fn from_row(r: &super::db::Row<'_>) -> rusqlite::Result<Agency> {
    Ok(Agency {
        id: r.get(0)?,
        name: r.get(1)?,
        kind: r.get(2)?,
        contact: r.get(3)?,
    })
}

pub fn by_name(conn: &Connection, name: &str) -> Result<Option<Agency>> {
    conn.query_row(
        "SELECT id, name, kind, contact FROM agency WHERE name = ?1",
        [name],
        from_row,
    )
    .optional()
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
    if let Some(holder) = holder_of_name(conn, name)? {
        return Err(Error::Refused(msg!(agency_exists, name = &holder)));
    }
    let id: i64 = conn.query_row(
        &format!(
            "INSERT INTO agency (id, name, kind, contact, created_at) VALUES ({}, ?1, ?2, ?3, ?4)
             RETURNING id",
            super::next_id("agency")
        ),
        params![name, kind, contact, actor.at],
        |r| r.get(0),
    )?;
    let agency = get(conn, id)?;
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

/// What `resolve` does with a name no agency holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IfUnknown {
    /// Create it (`--new-agency` given).
    Create,
    /// Refuse, and say `--new-agency` would create it (the command takes that flag).
    RefuseOfferingNew,
    /// Refuse (a command that only reads or edits agencies).
    Refuse,
}

/// The agency a clerk named: its id as digits, its name or a former name (after a rename or a
/// merge), up to case and spaces (`rules::text::same_name`). An unknown name is created only
/// with `IfUnknown::Create` (`--new-agency`); otherwise it is refused with the closest existing
/// names, so a typo ("Phong Kinh te") never splits an agency's statistics in two. The flag says
/// whether it was created.
pub fn resolve(
    conn: &Connection,
    actor: &Actor,
    name_or_id: &str,
    if_unknown: IfUnknown,
) -> Result<(Agency, bool)> {
    if let Ok(id) = name_or_id.trim().parse::<i64>() {
        return Ok((get(conn, id)?, false));
    }
    if let Some(a) = by_name(conn, name_or_id)? {
        return Ok((a, false));
    }
    if let Some(id) = conn
        .query_row(
            "SELECT agency_id FROM agency_alias WHERE name = ?1",
            [name_or_id],
            |r| r.get::<_, i64>(0),
        )
        .optional()?
    {
        return Ok((get(conn, id)?, false));
    }
    // The same name typed with other case or spaces: one agency holds it (names are unique
    // even without diacritics, see `holder_of_name`).
    let mut holders: Vec<i64> = Vec::new();
    {
        let mut stmt = conn.prepare(
            "SELECT name, id FROM agency
             UNION ALL SELECT name, agency_id FROM agency_alias",
        )?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))?;
        for row in rows {
            let (known, id) = row?;
            if crate::rules::text::same_name(&known, name_or_id) && !holders.contains(&id) {
                holders.push(id);
            }
        }
    }
    if let [id] = holders[..] {
        return Ok((get(conn, id)?, false));
    }
    if if_unknown == IfUnknown::Create {
        return Ok((add(conn, actor, name_or_id.trim(), None, None)?, true));
    }
    let closest = closest_names(conn, name_or_id)?;
    // A name that differs from an agency's only by its marks cannot be added beside it: ask
    // about that one, without advice to add it.
    let marks_only = holder_of_name(conn, name_or_id)?;
    Err(Error::Refused(unknown_agency(
        name_or_id.trim(),
        &closest,
        marks_only.is_none(),
        if_unknown == IfUnknown::RefuseOfferingNew,
    )))
}

/// Up to three agency names (current or former) closest to `name`, compared without
/// diacritics, case or extra spaces: the same name typed without its marks comes first.
pub fn closest_names(conn: &Connection, name: &str) -> Result<Vec<String>> {
    let wanted = crate::rules::text::fold(name);
    let mut stmt = conn.prepare(
        "SELECT name, name FROM agency
         UNION ALL SELECT l.name, a.name FROM agency_alias l JOIN agency a ON a.id = l.agency_id",
    )?;
    let mut scored: Vec<(f64, String)> = stmt
        .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?
        .filter_map(std::result::Result::ok)
        .map(|(known, current)| {
            let folded = crate::rules::text::fold(&known);
            let score = if folded == wanted {
                2.0
            } else if folded.contains(&wanted) || wanted.contains(&folded) {
                1.0 + strsim::normalized_levenshtein(&folded, &wanted)
            } else {
                strsim::normalized_levenshtein(&folded, &wanted)
            };
            (score, current)
        })
        .filter(|(score, _)| *score >= 0.5)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    let mut names: Vec<String> = Vec::new();
    for (_, n) in scored {
        if !names.contains(&n) {
            names.push(n);
        }
        if names.len() == 3 {
            break;
        }
    }
    Ok(names)
}

fn agency_target(id: &str) -> Target<'_> {
    Target {
        kind: "agency",
        id,
        session_id: None,
    }
}

/// Whether a name is taken, as a current or a former name — compared without diacritics, case
/// or extra spaces: "PHÒNG KINH TẾ" and "phong kinh te" are "Phòng Kinh tế".
/// The agency whose name or former name is `name` up to case and diacritics ("Phong quan ly
/// do thi" is "Phòng Quản lý đô thị"): a second spelling must not split one agency in two.
fn holder_of_name(conn: &Connection, name: &str) -> Result<Option<String>> {
    let folded = crate::rules::text::fold(name);
    let mut stmt = conn.prepare(
        "SELECT name, name FROM agency \
         UNION ALL SELECT al.name, a.name FROM agency_alias al JOIN agency a ON a.id = al.agency_id",
    )?;
    let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
    for row in rows {
        let (known, holder) = row?;
        if crate::rules::text::fold(&known) == folded {
            return Ok(Some(holder));
        }
    }
    Ok(None)
}

/// Rename an agency; the old name becomes a former name that still resolves.
pub fn rename(conn: &Connection, actor: &Actor, id: i64, new_name: &str) -> Result<Agency> {
    let before = get(conn, id)?;
    if before.name == new_name {
        return Ok(before);
    }
    // A correction of case or diacritics of its own name is a rename like any other.
    let own = crate::rules::text::fold(&before.name) == crate::rules::text::fold(new_name);
    if !own {
        if let Some(holder) = holder_of_name(conn, new_name)? {
            return Err(Error::Refused(msg!(agency_exists, name = &holder)));
        }
    }
    conn.execute(
        "UPDATE agency SET name = ?1 WHERE id = ?2",
        params![new_name, id],
    )?;
    conn.execute(
        "INSERT INTO agency_alias (name, agency_id, created_at) VALUES (?1, ?2, ?3)",
        params![before.name, id, actor.at],
    )?;
    let after = get(conn, id)?;
    let rid = id.to_string();
    events::record(
        conn,
        actor,
        agency_target(&rid),
        "rename",
        Some(&json!(before)),
        Some(&json!(after)),
    )?;
    Ok(after)
}

/// Correct an agency's kind or contact (its name changes by `rename`).
pub fn edit(
    conn: &Connection,
    actor: &Actor,
    id: i64,
    kind: Option<&str>,
    contact: Option<&str>,
) -> Result<Agency> {
    let before = get(conn, id)?;
    conn.execute(
        "UPDATE agency SET kind = coalesce(?1, kind), contact = coalesce(?2, contact) WHERE id = ?3",
        params![kind, contact, id],
    )?;
    let after = get(conn, id)?;
    let rid = id.to_string();
    events::record(
        conn,
        actor,
        agency_target(&rid),
        "edit",
        Some(&json!(before)),
        Some(&json!(after)),
    )?;
    Ok(after)
}

/// What a merge moved.
#[derive(Debug, Clone, Serialize)]
pub struct Merged {
    pub from: Agency,
    pub into: Agency,
    /// Opinions moved (by their lead agency, their timeline agency or both), each once.
    pub opinions: usize,
    pub extensions: usize,
    pub assignments: usize,
    pub invitations: usize,
}

/// Merge agency `from` into `into`: every reference moves (one history event per moved
/// record), `from`'s names become former names of `into`, and `from` is removed.
pub fn merge(conn: &Connection, actor: &Actor, from: i64, into: i64) -> Result<Merged> {
    let (a, b) = (get(conn, from)?, get(conn, into)?);
    if from == into {
        return Err(Error::Invalid(msg!(merge_into_itself, name = &a.name)));
    }
    let moved = |sql: &str, id_sql: &str| -> Result<Vec<(i64, Option<i64>)>> {
        let ids: Vec<(i64, Option<i64>)> = conn
            .prepare(id_sql)?
            .query_map([from], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<std::result::Result<_, _>>()?;
        conn.execute(sql, params![into, from])?;
        Ok(ids)
    };
    let opinions = moved(
        "UPDATE opinion SET agency_id = ?1 WHERE agency_id = ?2",
        "SELECT id, session_id FROM opinion WHERE agency_id = ?1",
    )?;
    let extensions = moved(
        "UPDATE opinion SET extension_agency_id = ?1 WHERE extension_agency_id = ?2",
        "SELECT id, session_id FROM opinion WHERE extension_agency_id = ?1",
    )?;
    let assignments = moved(
        "UPDATE assignment SET agency_id = ?1 WHERE agency_id = ?2",
        "SELECT notice_id, opinion_id FROM assignment WHERE agency_id = ?1",
    )?;
    let invitations = moved(
        "UPDATE invitation SET agency_id = ?1, name = (SELECT name FROM agency WHERE id = ?1)
         WHERE agency_id = ?2
           AND NOT EXISTS (SELECT 1 FROM invitation j WHERE j.session_id = invitation.session_id
                           AND j.invitee_kind = 'agency' AND j.agency_id = ?1)",
        "SELECT id, session_id FROM invitation WHERE agency_id = ?1",
    )?;
    // An invitation of both agencies to one session stays once, under the merged name.
    conn.execute("DELETE FROM invitation WHERE agency_id = ?1", [from])?;
    let change = json!({ "agency": a.name, "agency_id": from });
    let to = json!({ "agency": b.name, "agency_id": into });
    for (kind, rows) in [
        ("opinion", &opinions),
        ("opinion", &extensions),
        ("session", &invitations),
    ] {
        for (id, session) in rows {
            let rid = if kind == "session" {
                session.unwrap_or(*id).to_string()
            } else {
                id.to_string()
            };
            events::record(
                conn,
                actor,
                Target {
                    kind,
                    id: &rid,
                    session_id: *session,
                },
                "merge-agency",
                Some(&change),
                Some(&to),
            )?;
        }
    }
    for (notice, opinion) in &assignments {
        let rid = notice.to_string();
        events::record(
            conn,
            actor,
            Target {
                kind: "conclusion",
                id: &rid,
                session_id: None,
            },
            "merge-agency",
            Some(&json!({ "opinion_id": opinion, "agency_id": from })),
            Some(&json!({ "opinion_id": opinion, "agency_id": into })),
        )?;
    }
    // The dated acts that named the merged agency name the one it became: timeline notices and
    // reassignments (the opinions' own events above say so).
    for sql in [
        "UPDATE extension SET agency_id = ?1 WHERE agency_id = ?2",
        "UPDATE reassignment SET agency_id = ?1 WHERE agency_id = ?2",
        "UPDATE reassignment SET from_agency_id = ?1 WHERE from_agency_id = ?2",
    ] {
        conn.execute(sql, params![into, from])?;
    }
    conn.execute(
        "UPDATE agency_alias SET agency_id = ?1 WHERE agency_id = ?2",
        params![into, from],
    )?;
    conn.execute(
        "INSERT INTO agency_alias (name, agency_id, created_at) VALUES (?1, ?2, ?3)",
        params![a.name, into, actor.at],
    )?;
    conn.execute("DELETE FROM agency WHERE id = ?1", [from])?;
    let rid = from.to_string();
    events::record(
        conn,
        actor,
        agency_target(&rid),
        "merge",
        Some(&json!(a)),
        Some(&json!({ "merged_into": b })),
    )?;
    // An opinion whose lead agency and timeline agency both moved is one opinion.
    let moved_opinions: std::collections::BTreeSet<i64> = opinions
        .iter()
        .chain(extensions.iter())
        .map(|(id, _)| *id)
        .collect();
    Ok(Merged {
        from: a,
        into: b,
        opinions: moved_opinions.len(),
        extensions: extensions.len(),
        assignments: assignments.len(),
        invitations: invitations.len(),
    })
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
        "WITH extended AS MATERIALIZED (
             SELECT coalesce(extension_agency_id, agency_id) AS agency_id, count(*) AS n
             FROM opinion WHERE status = 'extended' GROUP BY 1)
         SELECT a.id, a.name, a.kind, a.contact,
                (SELECT count(*) FROM opinion o WHERE o.agency_id = a.id),
                (SELECT count(*) FROM opinion o WHERE o.agency_id = a.id AND o.status = 'assigned')
                  + coalesce((SELECT n FROM extended e WHERE e.agency_id = a.id), 0)
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

/// An agency no name, former name or id matches, with the closest names and what may be done.
fn unknown_agency(name: &str, closest: &[String], may_add: bool, offer_new: bool) -> Message {
    let closest: Vec<String> = closest.iter().map(|n| format!("'{n}'")).collect();
    let advice = match (may_add, offer_new) {
        (false, _) => "none",
        (true, true) => "add-or-new",
        (true, false) => "list",
    };
    msg!(
        unknown_agency,
        name = name,
        has_closest = if closest.is_empty() { "no" } else { "yes" },
        closest = closest.join(", "),
        advice = advice
    )
}
