//! Agencies: added by name, or resolved from a name or id where a command names one.

use crate::error::Result;
use crate::store::db::Connection;
use crate::store::{agency, Actor, Store};

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

/// Resolve an agency by id, name or former name; an unknown name is created only when
/// `allow_new` (`--new-agency`), and created ones are collected in `created` so the command can
/// announce them once its transaction has committed.
pub fn resolve(
    conn: &Connection,
    actor: &Actor,
    name_or_id: &str,
    allow_new: bool,
    created: &mut Vec<agency::Agency>,
) -> Result<agency::Agency> {
    let if_unknown = if allow_new {
        agency::IfUnknown::Create
    } else {
        agency::IfUnknown::RefuseOfferingNew
    };
    let (ag, is_new) = agency::resolve(conn, actor, name_or_id, if_unknown)?;
    if is_new {
        created.push(ag.clone());
    }
    Ok(ag)
}

/// `agency rename`: the old name stays a former name that resolves.
pub fn rename(
    store: &mut Store,
    actor: &Actor,
    agency: &str,
    new_name: &str,
) -> Result<agency::Agency> {
    super::in_write(store, |tx, _| {
        let (ag, _) = agency::resolve(tx, actor, agency, agency::IfUnknown::Refuse)?;
        agency::rename(tx, actor, ag.id, new_name)
    })
}

/// `agency edit`: kind and contact.
pub fn edit(
    store: &mut Store,
    actor: &Actor,
    agency: &str,
    kind: Option<&str>,
    contact: Option<&str>,
) -> Result<agency::Agency> {
    super::in_write(store, |tx, _| {
        let (ag, _) = agency::resolve(tx, actor, agency, agency::IfUnknown::Refuse)?;
        agency::edit(tx, actor, ag.id, kind, contact)
    })
}

/// The agencies with their assigned and pending opinions (`agency list`).
pub fn list(store: &mut Store) -> Result<Vec<agency::AgencyLine>> {
    let tx = store.read()?;
    agency::list(&tx)
}

/// Refuse a merge that cannot be done (an unknown agency, one into itself) before anything is
/// written or copied for it.
pub fn check_merge(store: &mut Store, actor: &Actor, from: &str, into: &str) -> Result<()> {
    let tx = store.read()?;
    let (a, _) = agency::resolve(&tx, actor, from, agency::IfUnknown::Refuse)?;
    let (b, _) = agency::resolve(&tx, actor, into, agency::IfUnknown::Refuse)?;
    if a.id == b.id {
        return Err(crate::error::Error::Invalid(msg!(
            merge_into_itself,
            name = &a.name
        )));
    }
    Ok(())
}

/// `agency merge FROM INTO`.
pub fn merge(store: &mut Store, actor: &Actor, from: &str, into: &str) -> Result<agency::Merged> {
    super::in_write(store, |tx, _| {
        let (a, _) = agency::resolve(tx, actor, from, agency::IfUnknown::Refuse)?;
        let (b, _) = agency::resolve(tx, actor, into, agency::IfUnknown::Refuse)?;
        agency::merge(tx, actor, a.id, b.id)
    })
}
