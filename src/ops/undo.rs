//! `doithoai undo`: take back the last command of the current clerk (Taskwarrior's `task undo`
//! is the model). The history stays append-only: the command and its undoing are both in it.

use crate::error::{Error, Result};
use crate::store::{calendar as store_calendar, session, undo, Actor, Store};
use serde::Serialize;

/// One record the undo puts back (or removes again).
#[derive(Debug, Clone, Serialize)]
pub struct UndoStep {
    pub record_kind: String,
    pub record_id: String,
    pub action: String,
}

/// The command an undo takes back.
#[derive(Debug, Clone, Serialize)]
pub struct Undo {
    pub command: String,
    pub at: String,
    pub steps: Vec<UndoStep>,
}

/// Actions that follow from another (a calendar change moving deadlines): not reverted one by
/// one, recomputed after the calendar is put back.
const DERIVED: &[&str] = &["recompute-deadline"];

fn plan(last: &undo::LastCommand) -> Undo {
    Undo {
        command: last.command.clone(),
        at: last.at.clone(),
        steps: last
            .steps
            .iter()
            .filter(|s| !DERIVED.contains(&s.action.as_str()))
            .map(|s| UndoStep {
                record_kind: s.record_kind.clone(),
                record_id: s.record_id.clone(),
                action: s.action.clone(),
            })
            .collect(),
    }
}

/// What `undo` would take back for `clerk`, without doing it.
pub fn preview(store: &mut Store, clerk: &str) -> Result<Undo> {
    let tx = store.read()?;
    let last = undo::last_command(&tx, clerk)?
        .ok_or_else(|| Error::Refused(msg!(nothing_to_undo, clerk = clerk)))?;
    Ok(plan(&last))
}

/// Take back the last command of `actor.clerk`: refused when a later act (by anyone) changed a
/// record it touched, or when a record it created has since been used.
pub fn undo(store: &mut Store, actor: &Actor) -> Result<Undo> {
    super::in_write(store, |tx, _| {
        let last = undo::last_command(tx, &actor.clerk)?
            .ok_or_else(|| Error::Refused(msg!(nothing_to_undo, clerk = &actor.clerk)))?;
        let last_event = last.steps.iter().map(|s| s.id).max().unwrap_or(0);
        let mut touches_calendar = false;
        for step in &last.steps {
            let in_session = match (step.record_kind.as_str(), step.session_id) {
                ("session", Some(session)) => {
                    undo::later_change_in_session(tx, last_event, session)?
                }
                _ => None,
            };
            if let Some((clerk, at, command)) = in_session.or(undo::later_change(
                tx,
                last_event,
                &step.record_kind,
                &step.record_id,
            )?) {
                return Err(Error::Refused(msg!(
                    undo_contradicts,
                    record = &step.record_kind,
                    id = &step.record_id,
                    clerk = &clerk,
                    at = crate::message::Moment(at.clone()),
                    command = &command,
                    record_word = crate::message::Label::lower(step.record_kind.as_str())
                )));
            }
        }
        // Changes first (newest first), then the notices the command created, then its new
        // agencies: nothing is removed while something still refers to it.
        let created = |s: &&undo::Step, kind: &str| s.record_kind == kind && s.before.is_none();
        let ordered: Vec<&undo::Step> = last
            .steps
            .iter()
            .rev()
            .filter(|s| !created(s, "conclusion") && !created(s, "agency"))
            .chain(last.steps.iter().rev().filter(|s| created(s, "conclusion")))
            .chain(last.steps.iter().rev().filter(|s| created(s, "agency")))
            .filter(|s| !DERIVED.contains(&s.action.as_str()))
            .collect();
        if ordered.is_empty() {
            return Err(Error::Refused(msg!(nothing_to_undo, clerk = &actor.clerk)));
        }
        for step in ordered {
            touches_calendar |= matches!(step.record_kind.as_str(), "calendar" | "office");
            undo::revert(tx, actor, last.txn, step)?;
        }
        if touches_calendar {
            // Open deadlines follow the calendar as it is again.
            let cal = store_calendar::load(tx)?;
            store_calendar::recompute_open_deadlines(tx, actor, &cal)?;
            let reading = crate::store::office::announcement_reading(tx)?;
            session::recompute_announcement_due(tx, actor, reading)?;
        }
        Ok(plan(&last))
    })
}
