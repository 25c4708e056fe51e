//! Taking a command back (`doithoai undo`): the history is read, never rewritten. Each record
//! the command changed gets its state before the command back, by a new event; records it
//! created are removed again; the undo itself is a command in the history.

use super::db::{params, Connection, OptionalExtension};
use super::events::{self, Target};
use super::Actor;
use crate::error::{Error, Result};
use crate::message::{Label, Message};
use rusqlite::types::Value as SqlValue;
use serde_json::{json, Value};

/// One event of the command being undone.
#[derive(Debug, Clone)]
pub struct Step {
    pub id: i64,
    pub record_kind: String,
    pub record_id: String,
    pub session_id: Option<i64>,
    pub action: String,
    pub before: Option<Value>,
    pub after: Option<Value>,
}

/// The last command of `clerk` not undone yet (and not itself an undo): its number, when,
/// what it was, and its events in order.
pub struct LastCommand {
    pub txn: i64,
    pub at: String,
    pub command: String,
    pub steps: Vec<Step>,
}

/// Actions that only read, or that cannot be taken back by restoring records.
const NOT_A_CHANGE: &[&str] = &["disclose-protected", "undo"];

/// `sql` with `{UNDO_OF}` read as the command an undo event took back (its `after.undo_of`),
/// in the engine's JSON functions.
fn undone_of(conn: &Connection, sql: &str) -> String {
    sql.replace(
        "{UNDO_OF}",
        match conn.engine() {
            super::db::Engine::Sqlite => "CAST(json_extract(after, '$.undo_of') AS INTEGER)",
            super::db::Engine::Postgres => "CAST(after::jsonb ->> 'undo_of' AS BIGINT)",
        },
    )
}

pub fn last_command(conn: &Connection, clerk: &str) -> Result<Option<LastCommand>> {
    let head: Option<(i64, String, String)> = conn
        .query_row(
            // Neither an undo itself (nor anything it recomputed) nor a command already undone.
            &undone_of(
                conn,
                "SELECT txn, at, command FROM event
             WHERE clerk = ?1 AND txn IS NOT NULL
               AND action NOT IN ('disclose-protected', 'undo', 'recompute-deadline')
               AND txn NOT IN (SELECT txn FROM event WHERE action = 'undo' AND txn IS NOT NULL)
               AND txn NOT IN (SELECT {UNDO_OF}
                               FROM event WHERE action = 'undo' AND after IS NOT NULL)
             ORDER BY txn DESC, id DESC LIMIT 1",
            ),
            [clerk],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?;
    let Some((txn, at, command)) = head else {
        return Ok(None);
    };
    let mut stmt = conn.prepare(
        "SELECT id, record_kind, record_id, session_id, action, before, after FROM event
         WHERE txn = ?1 ORDER BY id",
    )?;
    let steps = stmt
        .query_map([txn], |r| {
            let text = |i: usize| -> rusqlite::Result<Option<Value>> {
                Ok(r.get::<_, Option<String>>(i)?
                    .and_then(|t| serde_json::from_str(&t).ok()))
            };
            Ok(Step {
                id: r.get(0)?,
                record_kind: r.get(1)?,
                record_id: r.get(2)?,
                session_id: r.get(3)?,
                action: r.get(4)?,
                before: text(5)?,
                after: text(6)?,
            })
        })?
        .collect::<std::result::Result<Vec<_>, _>>()?;
    let steps = steps
        .into_iter()
        .filter(|s| !NOT_A_CHANGE.contains(&s.action.as_str()))
        .collect();
    Ok(Some(LastCommand {
        txn,
        at,
        command,
        steps,
    }))
}

/// A later change to one of the records: who, when, with which command. An undo that would
/// contradict it is refused.
pub fn later_change(
    conn: &Connection,
    after_event: i64,
    kind: &str,
    id: &str,
) -> Result<Option<(String, String, String)>> {
    conn.query_row(
        // A later command that was itself undone (and its undoing) no longer stands.
        &undone_of(
            conn,
            "SELECT clerk, at, command FROM event
             WHERE id > ?1 AND record_kind = ?2 AND record_id = ?3
               AND action NOT IN ('disclose-protected', 'undo')
               AND txn NOT IN (SELECT {UNDO_OF}
                               FROM event WHERE action = 'undo' AND after IS NOT NULL)
             ORDER BY id LIMIT 1",
        ),
        params![after_event, kind, id],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )
    .optional()
}

/// A later change to anything of session `session` (its speakers, opinions, notices): a
/// session's state cannot be taken back under acts that relied on it.
pub fn later_change_in_session(
    conn: &Connection,
    after_event: i64,
    session: i64,
) -> Result<Option<(String, String, String)>> {
    conn.query_row(
        &undone_of(
            conn,
            "SELECT clerk, at, command FROM event
             WHERE id > ?1 AND session_id = ?2
               AND action NOT IN ('disclose-protected', 'undo')
               AND txn NOT IN (SELECT {UNDO_OF}
                               FROM event WHERE action = 'undo' AND after IS NOT NULL)
             ORDER BY id LIMIT 1",
        ),
        params![after_event, session],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )
    .optional()
}

/// The columns a record's JSON in the history maps back to (key in the JSON, column).
fn columns(kind: &str) -> Option<&'static [(&'static str, &'static str)]> {
    Some(match kind {
        "session" => &[
            ("title", "title"),
            ("kind", "kind"),
            ("form", "form"),
            ("date", "session_date"),
            ("start_time", "start_time"),
            ("venue", "venue"),
            ("level", "level"),
            ("host_unit", "host_unit"),
            ("chair_role", "chair_role"),
            ("chair_name", "chair_name"),
            ("deputy_name", "deputy_name"),
            ("delegation_reason", "delegation_reason"),
            ("secretary", "secretary"),
            ("status", "status"),
            ("announce_due", "announce_due"),
            ("announced_on", "announced_on"),
            ("announce_channel", "announce_channel"),
            ("held_on", "held_on"),
            ("stop_reason", "stop_reason"),
            ("cancel_reason", "cancel_reason"),
            ("conclusion_due", "conclusion_due"),
        ],
        "registration" => &[
            ("name", "name"),
            ("organisation", "organisation"),
            ("address", "address"),
            ("topic", "topic"),
            ("status", "status"),
            ("refusal_reason", "refusal_reason"),
            ("honorific", "honorific"),
        ],
        "opinion" => &[
            ("content", "content"),
            ("category", "category"),
            ("priority", "priority"),
            ("field", "field"),
            ("status", "status"),
            ("answered_by", "answered_by"),
            ("answer_summary", "answer_summary"),
            ("out_of_scope_as", "out_of_scope_as"),
            ("out_of_scope_note", "out_of_scope_note"),
            ("notice_id", "notice_id"),
            ("agency_id", "agency_id"),
            ("response_due", "response_due"),
            ("due_date", "due_date"),
            ("due_rule", "due_rule"),
            ("due_from", "due_from"),
            ("responded_on", "responded_on"),
            ("response_doc", "response_doc"),
            ("response_summary", "response_summary"),
            ("forwarded_to", "forwarded_to"),
            ("forwarded_on", "forwarded_on"),
            ("forward_doc", "forward_doc"),
            ("extension_notified_on", "extension_notified_on"),
            ("extended_until", "extended_until"),
            ("extension_doc", "extension_doc"),
            ("closed_on", "closed_on"),
        ],
        "agency" => &[("name", "name"), ("kind", "kind"), ("contact", "contact")],

        _ => return None,
    })
}

fn sql_value(v: Option<&Value>) -> SqlValue {
    match v {
        None | Some(Value::Null) => SqlValue::Null,
        Some(Value::Bool(b)) => SqlValue::Integer(i64::from(*b)),
        Some(Value::Number(n)) => n
            .as_i64()
            .map(SqlValue::Integer)
            .or_else(|| n.as_f64().map(SqlValue::Real))
            .unwrap_or(SqlValue::Null),
        Some(Value::String(s)) => SqlValue::Text(s.clone()),
        Some(other) => SqlValue::Text(other.to_string()),
    }
}

fn not_undoable(step: &Step, conn: &Connection) -> Error {
    let kept_where = match conn.engine() {
        super::db::Engine::Sqlite => "file",
        super::db::Engine::Postgres => "server",
    };
    Error::Refused(cannot_undo(&step.record_kind, &step.action, kept_where))
}

/// Put one record back as it was before `step`, and say so in the history.
pub fn revert(conn: &Connection, actor: &Actor, txn: i64, step: &Step) -> Result<()> {
    let id: i64 = step.record_id.parse().unwrap_or(-1);
    let undo_event = |before: Option<&Value>, after: Option<&Value>| -> Result<()> {
        let mut after = after.cloned().unwrap_or(json!({}));
        if let Value::Object(map) = &mut after {
            map.insert("undo_of".into(), json!(txn));
        }
        events::record(
            conn,
            actor,
            Target {
                kind: step_kind(&step.record_kind),
                id: &step.record_id,
                session_id: step.session_id,
            },
            "undo",
            before,
            Some(&after),
        )
    };
    match (&step.before, &step.after, step.record_kind.as_str()) {
        // A change of fields, logged with the whole record before and after: restore them.
        (Some(before), Some(after), kind)
            if columns(kind).is_some()
                && (before.get("id").is_some() || kind == "office")
                && !matches!(step.action.as_str(), "merge" | "merge-agency") =>
        {
            let cols = columns(kind).unwrap_or(&[]);
            let sets: Vec<String> = cols
                .iter()
                .enumerate()
                .map(|(i, (_, c))| format!("{c} = ?{}", i + 1))
                .collect();
            let mut values: Vec<SqlValue> = cols
                .iter()
                .map(|(k, _)| sql_value(before.get(*k)))
                .collect();
            values.push(SqlValue::Integer(if kind == "office" { 1 } else { id }));
            conn.execute(
                &format!(
                    "UPDATE {kind} SET {} WHERE id = ?{}",
                    sets.join(", "),
                    cols.len() + 1
                ),
                super::db::params_from_iter(values),
            )?;
            if kind == "opinion" && step.action == "extend" {
                // The timeline notice this command added (the latest one: nothing came after).
                conn.execute(
                    "DELETE FROM extension WHERE opinion_id = ?1 AND notified_on =
                         (SELECT max(notified_on) FROM extension WHERE opinion_id = ?1)",
                    [id],
                )?;
            }
            if kind == "opinion" && step.action == "reassign" {
                // The dated reassignment this command added (the latest one).
                conn.execute(
                    "DELETE FROM reassignment WHERE id =
                         (SELECT max(id) FROM reassignment WHERE opinion_id = ?1)",
                    [id],
                )?;
            }
            if kind == "opinion" {
                // The folded search text follows the restored content (the index follows it).
                let (content, field, speaker): (String, Option<String>, Option<String>) = conn
                    .query_row(
                        "SELECT o.content, o.field, coalesce(r.name, o.petitioner) FROM opinion o
                         LEFT JOIN registration r ON r.id = o.registration_id WHERE o.id = ?1",
                        [id],
                        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                    )?;
                conn.execute(
                    "UPDATE opinion SET search_text = ?1 WHERE id = ?2",
                    params![
                        super::opinion::search_text(&content, field.as_deref(), speaker.as_deref()),
                        id
                    ],
                )?;
            }
            if kind == "opinion" {
                // The extension's agency is kept by name in the history.
                let agency = before
                    .get("extension_agency")
                    .and_then(Value::as_str)
                    .map(|name| {
                        conn.query_row("SELECT id FROM agency WHERE name = ?1", [name], |r| {
                            r.get::<_, i64>(0)
                        })
                        .optional()
                    })
                    .transpose()?
                    .flatten();
                conn.execute(
                    "UPDATE opinion SET extension_agency_id = ?1 WHERE id = ?2",
                    params![agency, id],
                )?;
            }
            if kind == "agency" {
                if let Some(old) = before.get("name").and_then(Value::as_str) {
                    conn.execute("DELETE FROM agency_alias WHERE name = ?1", [old])?;
                }
            }
            undo_event(Some(after), Some(before))
        }
        // An invitation: withdrawn again (the session stays).
        (None, Some(after), "session") if step.action == "invite" => {
            conn.execute(
                "DELETE FROM invitation WHERE session_id = ?1 AND invitee_kind = ?2 AND name = ?3",
                params![
                    id,
                    sql_value(after.get("invitee_kind")),
                    sql_value(after.get("name"))
                ],
            )?;
            undo_event(Some(after), None)
        }
        // A withdrawn invitation: invited again (recorded whole since schema 6's history).
        (Some(before), None, "session")
            if step.action == "uninvite" && before.get("invitee_kind").is_some() =>
        {
            conn.execute(
                "INSERT OR IGNORE INTO invitation (session_id, invitee_kind, name, agency_id)
                 VALUES (?1, ?2, ?3, ?4)",
                params![
                    id,
                    sql_value(before.get("invitee_kind")),
                    sql_value(before.get("name")),
                    sql_value(before.get("agency_id"))
                ],
            )?;
            undo_event(None, Some(before))
        }
        // A calendar day the office had changed: as it was before.
        (Some(before), Some(after), "calendar") => {
            conn.execute(
                "UPDATE calendar_override SET kind = ?1, name = ?2, source = ?3 WHERE day = ?4",
                params![
                    sql_value(before.get("kind")),
                    sql_value(before.get("name")),
                    sql_value(before.get("source")),
                    step.record_id
                ],
            )?;
            undo_event(Some(after), Some(before))
        }
        // A record the command created: remove it again.
        (None, Some(after), kind)
            if matches!(
                step.action.as_str(),
                "plan" | "register" | "add" | "issue" | "add-holiday" | "add-workday"
            ) =>
        {
            let count = |sql: &str| -> Result<i64> { conn.query_row(sql, [id], |r| r.get(0)) };
            let blocked = match kind {
                "session" => {
                    count("SELECT count(*) FROM registration WHERE session_id = ?1")?
                        + count("SELECT count(*) FROM opinion WHERE session_id = ?1")?
                        > 0
                }
                "registration" => {
                    count("SELECT count(*) FROM opinion WHERE registration_id = ?1")? > 0
                        || count(
                            "SELECT count(*) FROM registration r WHERE r.session_id =
                                 (SELECT session_id FROM registration WHERE id = ?1)
                               AND r.speaking_order >
                                 (SELECT speaking_order FROM registration WHERE id = ?1)",
                        )? > 0
                }
                "agency" => {
                    count(
                        "SELECT (SELECT count(*) FROM opinion WHERE agency_id = ?1 OR extension_agency_id = ?1)
                              + (SELECT count(*) FROM assignment WHERE agency_id = ?1)
                              + (SELECT count(*) FROM invitation WHERE agency_id = ?1)
                              + (SELECT count(*) FROM extension WHERE agency_id = ?1)",
                    )? > 0
                }
                _ => false,
            };
            if blocked {
                return Err(Error::Refused(msg!(
                    undo_blocked_by_dependents,
                    record = &step.record_kind,
                    id = &step.record_id,
                    record_word = crate::message::Label::lower(step.record_kind.as_str())
                )));
            }
            let table = match kind {
                "conclusion" => "conclusion_notice",
                other => other,
            };
            if kind != "calendar" {
                conn.execute(
                    "INSERT INTO retired_id (kind, last_id) VALUES (?1, ?2)
                     ON CONFLICT (kind) DO UPDATE
                     SET last_id = CASE WHEN excluded.last_id > retired_id.last_id
                                        THEN excluded.last_id ELSE retired_id.last_id END",
                    params![table, id],
                )?;
            }
            match kind {
                "session" => {
                    conn.execute("DELETE FROM session_topic WHERE session_id = ?1", [id])?;
                    conn.execute("DELETE FROM invitation WHERE session_id = ?1", [id])?;
                    conn.execute("DELETE FROM session WHERE id = ?1", [id])?;
                }
                "registration" => {
                    conn.execute("DELETE FROM registration WHERE id = ?1", [id])?;
                }
                "opinion" => {
                    conn.execute("DELETE FROM opinion WHERE id = ?1", [id])?;
                }
                "agency" => {
                    conn.execute("DELETE FROM agency WHERE id = ?1", [id])?;
                }
                "conclusion" => {
                    conn.execute("DELETE FROM assignment WHERE notice_id = ?1", [id])?;
                    conn.execute(
                        "UPDATE conclusion_notice SET replaced_by = NULL WHERE replaced_by = ?1",
                        [id],
                    )?;
                    conn.execute("DELETE FROM conclusion_notice WHERE id = ?1", [id])?;
                }
                "calendar" => {
                    conn.execute(
                        "DELETE FROM calendar_override WHERE day = ?1",
                        [&step.record_id],
                    )?;
                }
                _ => return Err(not_undoable(step, conn)),
            }
            undo_event(Some(after), None)
        }
        // A calendar day the office removed: put it back.
        (Some(before), None, "calendar") => {
            conn.execute(
                "INSERT INTO calendar_override (day, kind, name, source, created_by, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![
                    step.record_id,
                    sql_value(before.get("kind")),
                    sql_value(before.get("name")),
                    sql_value(before.get("source")),
                    sql_value(before.get("created_by")),
                    sql_value(before.get("created_at")),
                ],
            )?;
            undo_event(None, Some(before))
        }
        _ => Err(not_undoable(step, conn)),
    }
}

fn step_kind(kind: &str) -> &'static str {
    match kind {
        "office" => "office",
        "agency" => "agency",
        "session" => "session",
        "registration" => "registration",
        "opinion" => "opinion",
        "conclusion" => "conclusion",
        _ => "calendar",
    }
}

/// An act that `undo` cannot take back, and what to do instead.
fn cannot_undo(record: &str, action: &str, kept_where: &str) -> Message {
    let kind = match action {
        "merge" | "merge-agency" => "merge",
        "correct" => "correct",
        _ => "other",
    };
    msg!(
        cannot_undo,
        action = kind,
        action_code = action,
        kept_where = kept_where,
        action_word = Label::of(action),
        record = record,
        record_word = Label::lower(record)
    )
}
