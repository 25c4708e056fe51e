//! Speakers' registrations (Art. 8): register in order (R6), refuse (R7), spoke, withdraw.

use crate::error::Result;
use crate::rules::lifecycle::{self, RegistrationAction, SessionAction};
use crate::rules::vocabulary::RefusalReason;
use crate::store::{registration, session, Actor, Store};

/// Who registers to speak.
pub struct Registrant<'a> {
    pub name: &'a str,
    pub organisation: Option<&'a str>,
    pub address: Option<&'a str>,
    pub topic: &'a str,
}

/// `speaker register` (Art. 8.1, R6): numbered in registration order within the session.
pub fn register(
    store: &mut Store,
    actor: &Actor,
    session_id: i64,
    who: &Registrant<'_>,
) -> Result<registration::Registration> {
    super::in_write(store, |tx, _| {
        super::session::allowed(tx, session_id, SessionAction::Register)?;
        registration::insert(
            tx,
            actor,
            session_id,
            who.name,
            who.organisation,
            who.address,
            who.topic,
        )
    })
}

/// `speaker refuse|spoke|withdraw` (Art. 9.1): the state machine decides, with the session's
/// state; a refusal carries its Art. 8.2 reason.
pub fn change(
    store: &mut Store,
    actor: &Actor,
    id: i64,
    action: RegistrationAction,
    reason: Option<RefusalReason>,
) -> Result<registration::Registration> {
    super::in_write(store, |tx, _| {
        let reg = registration::get(tx, id)?;
        let s = session::get(tx, reg.session_id)?;
        let next =
            lifecycle::registration_transition(id, s.status()?, reg.status.parse()?, action)?;
        let verb = match action {
            RegistrationAction::Refuse => "refuse",
            RegistrationAction::Spoke => "spoke",
            RegistrationAction::Withdraw => "withdraw",
        };
        registration::record_status(tx, actor, id, verb, next, reason.map(|r| r.as_str()))
    })
}
