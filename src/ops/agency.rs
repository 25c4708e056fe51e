//! Agencies: added by name, or resolved from a name or id where a command names one.

use crate::error::Result;
use crate::store::{agency, Actor, Store};
use rusqlite::Connection;

/// `agency add`.
pub fn add(
    store: &mut Store,
    actor: &Actor,
    name: &str,
    kind: Option<&str>,
    contact: Option<&str>,
) -> Result<agency::Agency> {
    super::in_write(store, |tx, _| agency::add(tx, actor, name, kind, contact))
}

/// Resolve an agency by name or id, creating it on first use; created ones are collected in
/// `created` so the command can announce them once its transaction has committed.
pub fn resolve(
    conn: &Connection,
    actor: &Actor,
    name_or_id: &str,
    created: &mut Vec<agency::Agency>,
) -> Result<agency::Agency> {
    let (ag, is_new) = agency::resolve_or_create(conn, actor, name_or_id)?;
    if is_new {
        created.push(ag.clone());
    }
    Ok(ag)
}
