//! Speakers' registrations, numbered per session in the order they came (R6).

use super::db::{params, Connection, ToSql};
use super::events::{self, Target};
use super::Actor;
use crate::error::Result;
use crate::rules::lifecycle;
use crate::rules::vocabulary::RegistrationStatus;
use serde::Serialize;
use serde_json::json;

#[derive(Debug, Clone, Serialize)]
pub struct Registration {
    pub id: i64,
    pub session_id: i64,
    pub speaking_order: i64,
    pub name: String,
    pub organisation: Option<String>,
    pub address: Option<String>,
    pub topic: String,
    pub status: crate::rules::vocabulary::RegistrationStatus,
    pub refusal_reason: Option<crate::rules::vocabulary::RefusalReason>,
    pub registered_at: String,
    /// Ông or Bà, when recorded (the letters say "Ông/Bà" otherwise).
    pub honorific: Option<crate::rules::vocabulary::Honorific>,
    /// The speaker made a denunciation (routed out of scope): whoever denounces is protected
    /// (Law on Denunciation 2018, Art. 9(1)(b), 47) — name and address are not shown unless
    /// asked for with `--include-protected`, which the history records.
    #[serde(skip)]
    pub protected: bool,
}

impl Registration {
    /// The registration as lists and exports show it: a protected speaker without name,
    /// organisation or address.
    pub fn shown(mut self, include_protected: bool, mask: &str) -> Registration {
        if self.protected && !include_protected {
            self.name = mask.to_string();
            self.organisation = None;
            self.address = None;
        }
        self
    }
}

const COLUMNS: &str = "id, session_id, speaking_order, name, organisation, address, topic, status, refusal_reason, registered_at,
    honorific, EXISTS (SELECT 1 FROM opinion p WHERE p.registration_id = registration.id AND p.out_of_scope_as = 'denunciation')";

fn from_row(r: &super::db::Row<'_>) -> rusqlite::Result<Registration> {
    Ok(Registration {
        id: r.get(0)?,
        session_id: r.get(1)?,
        speaking_order: r.get(2)?,
        name: r.get(3)?,
        organisation: r.get(4)?,
        address: r.get(5)?,
        topic: r.get(6)?,
        status: r.get(7)?,
        refusal_reason: r.get(8)?,
        registered_at: r.get(9)?,
        honorific: r.get(10)?,
        protected: r.get(11)?,
    })
}

pub fn get(conn: &Connection, id: i64) -> Result<Registration> {
    super::by_id(
        conn,
        &format!("SELECT {COLUMNS} FROM registration WHERE id = ?1"),
        id,
        "speaker",
        from_row,
    )
}

fn target(id: &str, session: i64) -> Target<'_> {
    Target {
        kind: "registration",
        id,
        session_id: Some(session),
    }
}

/// A speaker to register: who, for whom, about what, and how the letters address them.
pub struct NewRegistration<'a> {
    pub name: &'a str,
    pub organisation: Option<&'a str>,
    pub address: Option<&'a str>,
    pub topic: &'a str,
    pub honorific: Option<crate::rules::vocabulary::Honorific>,
}

/// Register a speaker with the next order number of the session (R6).
pub fn insert(
    conn: &Connection,
    actor: &Actor,
    session: i64,
    who: &NewRegistration<'_>,
) -> Result<Registration> {
    let highest: Option<i64> = conn.query_row(
        "SELECT max(speaking_order) FROM registration WHERE session_id = ?1",
        [session],
        |r| r.get(0),
    )?;
    let order = lifecycle::next_speaking_order(highest);
    let id: i64 = conn.query_row(
        &format!(
            "INSERT INTO registration (id, session_id, speaking_order, name, organisation, address, topic, registered_at,
                                       honorific)
             VALUES ({}, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) RETURNING id",
            super::next_id("registration")
        ),
        params![
            session,
            order,
            who.name,
            who.organisation,
            who.address,
            who.topic,
            actor.at,
            who.honorific
        ],
        |r| r.get(0),
    )?;
    let reg = get(conn, id)?;
    let rid = reg.id.to_string();
    events::record(
        conn,
        actor,
        target(&rid, session),
        "register",
        None,
        Some(&json!(reg)),
    )?;
    Ok(reg)
}

/// Change a registration's status and log before → after.
fn update(
    conn: &Connection,
    actor: &Actor,
    id: i64,
    action: &str,
    sql: &str,
    args: &[&dyn ToSql],
) -> Result<Registration> {
    events::logged_update(
        conn,
        actor,
        "registration",
        id,
        events::Change { action, sql, args },
        get,
        |r| r.session_id,
    )
}

/// A registration refused (with the Art. 8.2 reason), spoken or withdrawn; `action` names it
/// in the history.
pub fn record_status(
    conn: &Connection,
    actor: &Actor,
    id: i64,
    action: &str,
    status: RegistrationStatus,
    refusal_reason: Option<&str>,
) -> Result<Registration> {
    update(
        conn,
        actor,
        id,
        action,
        "UPDATE registration SET status = ?1, refusal_reason = ?2 WHERE id = ?3",
        &[&status.as_str(), &refusal_reason],
    )
}

/// Correct a registration's descriptive fields (name, organisation, address, topic).
pub fn record_edit(
    conn: &Connection,
    actor: &Actor,
    id: i64,
    fields: &[(&'static str, &dyn ToSql)],
) -> Result<Registration> {
    events::logged_edit(conn, actor, "registration", id, fields, get, |r| {
        r.session_id
    })
}

/// The registration with this speaking number in a session (`2/1`: session 2, first speaker).
pub fn by_order(conn: &Connection, session: i64, order: i64) -> Result<Registration> {
    use super::db::OptionalExtension;
    conn.query_row(
        &format!(
            "SELECT {COLUMNS} FROM registration WHERE session_id = ?1 AND speaking_order = ?2"
        ),
        params![session, order],
        from_row,
    )
    .optional()?
    .map_or_else(
        || {
            // No such session at all: that is what is missing, not a speaker of it.
            let held: bool = conn.query_row(
                "SELECT EXISTS (SELECT 1 FROM session WHERE id = ?1)",
                [session],
                |r| r.get(0),
            )?;
            Err(crate::error::Error::NotFound {
                record: if held { "speaker" } else { "session" },
                id: if held {
                    format!("{session}/{order}")
                } else {
                    session.to_string()
                },
            })
        },
        Ok,
    )
}

/// The people protected as denouncers: the ids of their registrations and of every opinion they
/// raised (see `Registration::protected`).
pub fn protected_records(
    conn: &Connection,
) -> Result<(
    std::collections::HashSet<String>,
    std::collections::HashSet<String>,
)> {
    let ids = |sql: &str| -> Result<std::collections::HashSet<String>> {
        Ok(conn
            .prepare(sql)?
            .query_map([], |r| r.get::<_, i64>(0))?
            .collect::<std::result::Result<Vec<_>, _>>()?
            .into_iter()
            .map(|id| id.to_string())
            .collect())
    };
    Ok((ids(DENOUNCERS)?, ids(&denounced_opinions())?))
}

/// The registrations of the people who made a denunciation.
const DENOUNCERS: &str = "SELECT DISTINCT registration_id FROM opinion
                          WHERE out_of_scope_as = 'denunciation' AND registration_id IS NOT NULL";

/// Every opinion of a denouncer. A petitioner the Front's synthesis named (no registration)
/// who made a denunciation: every opinion of that name at that session, as for a registered
/// denouncer. Read from the few denunciations (their index), then each one's session's
/// opinions: CROSS JOIN keeps SQLite to that order, and `+registration_id` keeps it from the
/// index of registrations (either would start from every opinion without a registration —
/// most of them).
fn denounced_opinions() -> String {
    format!(
        "SELECT id FROM opinion WHERE registration_id IN ({DENOUNCERS})
         UNION
         SELECT o.id FROM opinion p CROSS JOIN opinion o
         WHERE p.out_of_scope_as = 'denunciation' AND +p.registration_id IS NULL
           AND p.petitioner IS NOT NULL AND o.session_id = p.session_id
           AND +o.registration_id IS NULL AND o.petitioner = p.petitioner"
    )
}

/// A session's registrations in speaking order.
pub fn for_session(conn: &Connection, session: i64) -> Result<Vec<Registration>> {
    let mut out = Vec::new();
    for_each(conn, Some(session), |r| {
        out.push(r);
        Ok(())
    })?;
    Ok(out)
}

/// Stream the registrations of the sessions dated in a range, by session and speaking order.
pub fn for_each_dated(
    conn: &Connection,
    from: chrono::NaiveDate,
    to: chrono::NaiveDate,
    mut each: impl FnMut(Registration) -> Result<()>,
) -> Result<()> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {COLUMNS} FROM registration
         WHERE session_id IN (SELECT id FROM session WHERE session_date BETWEEN ?1 AND ?2)
         ORDER BY session_id, speaking_order"
    ))?;
    let mut rows = stmt.query(params![from, to])?;
    while let Some(ref r) = rows.next()? {
        each(from_row(r)?)?;
    }
    Ok(())
}

/// Stream registrations (of one session, or all) by session and speaking order.
pub fn for_each(
    conn: &Connection,
    session: Option<i64>,
    mut each: impl FnMut(Registration) -> Result<()>,
) -> Result<()> {
    // One statement per case: a catch-all `?1 IS NULL OR …` would read every registration.
    let (sql, args): (String, Vec<i64>) = match session {
        Some(id) => (
            format!(
                "SELECT {COLUMNS} FROM registration WHERE session_id = ?1 ORDER BY speaking_order"
            ),
            vec![id],
        ),
        None => (
            format!("SELECT {COLUMNS} FROM registration ORDER BY session_id, speaking_order"),
            Vec::new(),
        ),
    };
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut rows = stmt.query(super::db::params_from_iter(args))?;
    while let Some(ref r) = rows.next()? {
        each(from_row(r)?)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A record's page hides denouncers (R11): found from the denunciations' index, never by
    /// reading every opinion — nor every opinion without a registration, which SQLite chose
    /// before the CROSS JOIN (0.8 s at 1,000,000 opinions for `opinion show`).
    #[test]
    fn r11_denouncers_are_found_from_the_denunciations_index() {
        let mut file = rusqlite::Connection::open_in_memory().expect("memory db");
        crate::store::migrate::upgrade(&mut file, std::path::Path::new(":memory:"))
            .expect("schema");
        for sql in [DENOUNCERS.to_string(), denounced_opinions()] {
            let mut stmt = file
                .prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
                .expect("plan");
            let plan: Vec<String> = stmt
                .query_map([], |r| r.get::<_, String>(3))
                .expect("plan rows")
                .collect::<rusqlite::Result<_>>()
                .expect("plan rows");
            for step in plan
                .iter()
                .filter(|s| s.starts_with("SCAN") || s.starts_with("SEARCH"))
            {
                assert!(
                    step.contains("opinion_denunciation_idx")
                        || step.contains("opinion_session_idx (session_id=?)")
                        || step.contains("opinion_registration_idx (registration_id=?)")
                        || step.contains("opinion_registration_idx (registration_id>?)"),
                    "{step} in {plan:#?}"
                );
            }
            if sql.contains("CROSS JOIN") {
                assert!(
                    plan.iter().any(|s| s.contains("opinion_denunciation_idx")),
                    "{plan:#?}"
                );
            }
        }
    }
}
