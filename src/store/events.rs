//! The event log: every change, who made it, before and after.
//!
//! Append-only: the application only inserts, and schema triggers refuse UPDATE and DELETE.

use super::db::{params, Connection, ToSql};
use super::Actor;
use crate::error::Result;
use crate::message::{CommandLine, Label, Message};
use serde::Serialize;
use serde_json::Value;

/// What a change touched.
#[derive(Debug, Clone, Copy)]
pub struct Target<'a> {
    pub kind: &'static str,
    pub id: &'a str,
    pub session_id: Option<i64>,
}

/// Append one event.
pub fn record(
    conn: &Connection,
    actor: &Actor,
    target: Target<'_>,
    action: &str,
    before: Option<&Value>,
    after: Option<&Value>,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO event (at, clerk, command, record_kind, record_id, session_id, action, before, after, reason, txn, source)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    )?
    .execute(params![
        actor.at,
        actor.clerk,
        actor.command,
        target.kind,
        target.id,
        target.session_id,
        action,
        before.map(Value::to_string),
        after.map(Value::to_string),
        actor.reason,
        super::current_txn(),
        actor
            .source
            .as_ref()
            .map(|(file, row)| serde_json::json!({ "file": file, "row": row }).to_string()),
    ])?;
    Ok(())
}

/// One change to a record: a fixed statement whose last parameter is the record's id.
pub struct Change<'a> {
    pub action: &'a str,
    pub sql: &'a str,
    pub args: &'a [&'a dyn ToSql],
}

/// Apply a change to record `id` and log it with the record before and after; `read` loads the
/// record, `kind` names it and `session_of` gives its session for `history --session`.
pub fn logged_update<T: Serialize>(
    conn: &Connection,
    actor: &Actor,
    kind: &'static str,
    id: i64,
    change: Change<'_>,
    read: impl Fn(&Connection, i64) -> Result<T>,
    session_of: impl Fn(&T) -> i64,
) -> Result<T> {
    let before = read(conn, id)?;
    let mut all: Vec<&dyn ToSql> = change.args.to_vec();
    all.push(&id);
    conn.prepare_cached(change.sql)?.execute(all.as_slice())?;
    let after = read(conn, id)?;
    let (before, logged) = (serde_json::json!(before), serde_json::json!(after));
    let rid = id.to_string();
    record(
        conn,
        actor,
        Target {
            kind,
            id: &rid,
            session_id: Some(session_of(&after)),
        },
        change.action,
        Some(&before),
        Some(&logged),
    )?;
    Ok(after)
}

/// Correct descriptive fields of a record (`kind` names its table too): `fields` are (column,
/// new value) pairs whose column names come from the caller's fixed list, never from user
/// text. One event, before → after.
pub fn logged_edit<T: Serialize>(
    conn: &Connection,
    actor: &Actor,
    kind: &'static str,
    id: i64,
    fields: &[(&'static str, &dyn ToSql)],
    read: impl Fn(&Connection, i64) -> Result<T>,
    session_of: impl Fn(&T) -> i64,
) -> Result<T> {
    let sets: Vec<String> = fields
        .iter()
        .enumerate()
        .map(|(i, (column, _))| format!("{column} = ?{}", i + 1))
        .collect();
    let sql = format!(
        "UPDATE {kind} SET {} WHERE id = ?{}",
        sets.join(", "),
        fields.len() + 1
    );
    let args: Vec<&dyn ToSql> = fields.iter().map(|(_, v)| *v).collect();
    // A correction to the values already there changes nothing: refused (nothing written), so
    // neither the history nor `undo` holds an empty line and the clerk is not told "corrected".
    let before = serde_json::json!(read(conn, id)?);
    let edited = logged_update(
        conn,
        actor,
        kind,
        id,
        Change {
            action: "edit",
            sql: &sql,
            args: &args,
        },
        read,
        session_of,
    )?;
    if serde_json::json!(&edited) == before {
        return Err(crate::error::Error::Refused(nothing_to_correct(kind, id)));
    }
    Ok(edited)
}

/// One row of history.
#[derive(Debug, Clone, Serialize)]
pub struct Event {
    pub id: i64,
    pub at: String,
    pub clerk: String,
    pub command: String,
    pub record_kind: String,
    pub record_id: String,
    pub session_id: Option<i64>,
    pub action: String,
    pub before: Option<Value>,
    pub after: Option<Value>,
    /// Why (a correction's `--reason`).
    pub reason: Option<String>,
    /// Where an imported record came from: `{"file": NAME, "row": N}`.
    pub source: Option<Value>,
}

impl Event {
    /// The event as a list shows it: for a protected denouncer (`registrations`, `opinions`:
    /// their ids), the name, organisation and address in before/after replaced by `mask`.
    pub fn shown(
        mut self,
        registrations: &std::collections::HashSet<String>,
        opinions: &std::collections::HashSet<String>,
        mask: &str,
    ) -> Event {
        let protected = match self.record_kind.as_str() {
            "registration" => registrations.contains(&self.record_id),
            "opinion" => opinions.contains(&self.record_id),
            _ => false,
        };
        if protected {
            for value in [&mut self.before, &mut self.after].into_iter().flatten() {
                if let Value::Object(map) = value {
                    for key in ["speaker", "name", "organisation", "address"] {
                        if map.get(key).is_some_and(|v| !v.is_null()) {
                            map.insert(key.into(), Value::String(mask.into()));
                        }
                    }
                }
            }
        }
        self
    }
}

/// Which events to read.
#[derive(Debug, Clone, Default)]
pub struct HistoryFilter {
    pub session: Option<i64>,
    pub opinion: Option<i64>,
    pub kind: Option<String>,
    pub limit: Option<i64>,
}

fn parse_json(text: Option<String>) -> Option<Value> {
    text.and_then(|t| serde_json::from_str(&t).ok())
}

/// Stream history in order, oldest first; with a limit, the latest events (`tail`, not `head`:
/// a clerk asks what happened last).
pub fn for_each(
    conn: &Connection,
    filter: &HistoryFilter,
    mut f: impl FnMut(Event) -> Result<()>,
) -> Result<()> {
    // The WHERE clause holds only the filters given, so each one can use its index.
    let mut clauses: Vec<String> = Vec::new();
    let mut args: Vec<Box<dyn ToSql>> = Vec::new();
    if let Some(session) = filter.session {
        args.push(Box::new(session));
        clauses.push(format!("session_id = ?{}", args.len()));
    }
    if let Some(opinion) = filter.opinion {
        args.push(Box::new(opinion.to_string()));
        clauses.push(format!(
            "(record_kind = 'opinion' AND record_id = ?{})",
            args.len()
        ));
    }
    if let Some(kind) = &filter.kind {
        args.push(Box::new(kind.clone()));
        clauses.push(format!("record_kind = ?{}", args.len()));
    }
    let filter_sql = if clauses.is_empty() {
        String::new()
    } else {
        format!("WHERE {}", clauses.join(" AND "))
    };
    const COLUMNS: &str =
        "id, at, clerk, command, record_kind, record_id, session_id, action, before, after, reason, source";
    // Without a limit the events stream in id order, never sorted in memory.
    let sql = match filter.limit {
        Some(limit) => {
            args.push(Box::new(limit));
            format!(
                "SELECT * FROM (SELECT {COLUMNS} FROM event {filter_sql} ORDER BY id DESC LIMIT ?{}) AS recent
                 ORDER BY id",
                args.len()
            )
        }
        None => format!("SELECT {COLUMNS} FROM event {filter_sql} ORDER BY id"),
    };
    let mut stmt = conn.prepare(&sql)?;
    let mut rows = stmt.query(super::db::params_from_iter(args.iter()))?;
    while let Some(ref r) = rows.next()? {
        f(Event {
            id: r.get(0)?,
            at: r.get(1)?,
            clerk: r.get(2)?,
            command: r.get(3)?,
            record_kind: r.get(4)?,
            record_id: r.get(5)?,
            session_id: r.get(6)?,
            action: r.get(7)?,
            before: parse_json(r.get(8)?),
            after: parse_json(r.get(9)?),
            reason: r.get(10)?,
            source: parse_json(r.get(11)?),
        })?;
    }
    Ok(())
}

/// A correction that changes nothing, with the command that shows the record.
fn nothing_to_correct(record: &str, id: i64) -> Message {
    let show = match record {
        "session" | "opinion" | "conclusion" => format!("doithoai {record} show {id}"),
        "registration" | "speaker" => "doithoai export registrations".into(),
        _ => format!("doithoai {record} list"),
    };
    msg!(
        nothing_to_correct_1,
        record = record,
        id = id,
        show = CommandLine(show),
        record_word = Label::lower(record)
    )
}
