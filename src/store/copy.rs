//! One office's records copied whole from one database to another, either engine to either:
//! a server's office written as a SQLite file (`backup`, the copy kept before a correction),
//! a ward's file brought into a server (`db copy`).
//!
//! Owns: the order of the tables (references first) and the columns copied — those of the
//! latest schema, read from the SQLite side, so both engines agree on them. Every row keeps its
//! id and every history event its number: the copy is the same office, not a re-entry.

use super::db::{params_from_iter, Connection, Engine};
use crate::error::Result;
use rusqlite::types::Value;

/// Every table of an office, each after the tables its rows refer to (a notice replaced by a
/// later one refers forward: the references are checked at commit).
pub const TABLES: &[&str] = &[
    "office",
    "document_setting",
    "week_change",
    "retired_id",
    "calendar_override",
    "official_day",
    "agency",
    "agency_alias",
    "session",
    "session_topic",
    "invitation",
    "registration",
    "conclusion_notice",
    "opinion",
    "assignment",
    "extension",
    "reassignment",
    "event",
];

/// The tables whose rows name another row of the same table, and the column that does: the
/// named row is copied first.
const SELF_REFERENCES: &[(&str, &str)] = &[("conclusion_notice", "replaced_by")];

/// `rows` in an order where every row comes after the row it names (`columns`: where a row's
/// own id is, and where the id it names): those naming none first, then each row once the one
/// it names is in. A row naming one that is not there comes last, for the server to refuse as
/// it would anyway.
fn referenced_first(rows: Vec<Vec<Value>>, columns: Option<(usize, usize)>) -> Vec<Vec<Value>> {
    let Some((id, at)) = columns else {
        return rows;
    };
    let mut placed: std::collections::HashSet<i64> = std::collections::HashSet::new();
    let mut ordered = Vec::with_capacity(rows.len());
    let mut waiting = rows;
    loop {
        let before = waiting.len();
        let (ready, rest): (Vec<_>, Vec<_>) =
            waiting.into_iter().partition(|row| match row.get(at) {
                Some(Value::Integer(named)) => placed.contains(named),
                _ => true,
            });
        for row in ready {
            if let Some(Value::Integer(own)) = row.get(id) {
                placed.insert(*own);
            }
            ordered.push(row);
        }
        waiting = rest;
        if waiting.is_empty() || waiting.len() == before {
            ordered.extend(waiting);
            return ordered;
        }
    }
}

/// How many rows each table gave.
pub type Copied = Vec<(&'static str, usize)>;

/// The columns of `table` in the latest schema, in order.
pub fn columns(sqlite: &Connection, table: &str) -> Result<Vec<String>> {
    let mut stmt = sqlite.prepare("SELECT name FROM pragma_table_info(?1) ORDER BY cid")?;
    let names = stmt
        .query_map([table], |r| r.get(0))?
        .collect::<rusqlite::Result<Vec<String>>>()?;
    Ok(names)
}

/// Copy every row of `from`'s office into `to` (both inside the caller's transactions), with
/// the columns `schema` (a SQLite connection of the latest schema) gives each table.
pub fn copy_office(from: &Connection, to: &Connection, schema: &Connection) -> Result<Copied> {
    let mut copied = Vec::new();
    for table in TABLES {
        let columns = columns(schema, table)?;
        let list = columns
            .iter()
            .map(|c| format!("\"{c}\""))
            .collect::<Vec<_>>()
            .join(", ");
        let marks = (1..=columns.len())
            .map(|i| format!("?{i}"))
            .collect::<Vec<_>>()
            .join(", ");
        let mut insert = to.prepare_cached(&format!(
            "INSERT INTO \"{table}\" ({list}) VALUES ({marks})"
        ))?;
        let mut read = from.prepare(&format!("SELECT {list} FROM \"{table}\" ORDER BY 1"))?;
        let rows = read.query_map((), |r| {
            (0..columns.len())
                .map(|i| r.get::<_, Value>(i))
                .collect::<rusqlite::Result<Vec<Value>>>()
        })?;
        let mut n = 0;
        match SELF_REFERENCES.iter().find(|(t, _)| t == table) {
            // A notice names the version that replaced it: that version goes in first (a
            // server checks each reference as its row goes in).
            Some((_, column)) => {
                let id = columns.iter().position(|c| c == "id");
                let at = columns.iter().position(|c| c == column);
                let rows = rows.collect::<rusqlite::Result<Vec<Vec<Value>>>>()?;
                for row in referenced_first(rows, id.zip(at)) {
                    insert.execute(params_from_iter(row))?;
                    n += 1;
                }
            }
            None => {
                for row in rows {
                    insert.execute(params_from_iter(row?))?;
                    n += 1;
                }
            }
        }
        copied.push((*table, n));
    }
    Ok(copied)
}

/// References are checked when the copy commits, not row by row.
pub fn defer_references(conn: &Connection) -> Result<()> {
    conn.execute_batch(match conn.engine() {
        Engine::Sqlite => "PRAGMA defer_foreign_keys = ON",
        Engine::Postgres => "SET CONSTRAINTS ALL DEFERRED",
    })
}

/// `db copy --replace`: remove every row of the office this transaction acts as, its history
/// included, so the copy that follows takes its place. Only the server's administrator may: the
/// history is append-only for every role (its trigger), and erasing it is the act of restoring
/// an office from its backup, not a clerk's. The rows go with the server's triggers off for
/// this transaction alone (`session_replication_role`, a superuser's setting), named by office
/// (the administrator is above row-level security). Returns whether the connection was the
/// administrator's; nothing is removed when it was not.
pub fn empty_office(conn: &Connection) -> Result<bool> {
    let Some(done) = conn.with_postgres(|client| {
        let (_, rows) = client.query(
            "SELECT doithoai_office(), current_user::text,
                    (SELECT rolsuper::int FROM pg_catalog.pg_roles WHERE rolname = session_user)",
            &[],
        )?;
        let (office, role) = match rows.first().map(|r| r.as_slice()) {
            Some([office, Value::Text(role), Value::Integer(1)]) => (office.clone(), role.clone()),
            _ => return Ok(false),
        };
        let Value::Integer(office) = office else {
            return Ok(true); // a role that is no office yet holds no rows
        };
        client.batch("SET LOCAL ROLE NONE; SET LOCAL session_replication_role = replica")?;
        for table in TABLES.iter().rev() {
            client.query(
                &format!("DELETE FROM \"{table}\" WHERE office_id = ?1"),
                &[&office],
            )?;
        }
        client.batch(&format!(
            "SET LOCAL session_replication_role = origin; SET LOCAL ROLE {}",
            super::pg::quote_ident(&role)
        ))?;
        Ok(true)
    }) else {
        return Ok(false);
    };
    done
}

/// The command's number after a copy brought another history in: the next after the copied
/// events' (those the command read before were erased with the office's rows).
pub fn number_command_after_copy(conn: &Connection) -> Result<()> {
    let txn: i64 = conn.query_row("SELECT coalesce(max(txn), 0) + 1 FROM event", [], |r| {
        r.get(0)
    })?;
    super::set_current_txn(txn);
    Ok(())
}
