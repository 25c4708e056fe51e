//! Speakers' registrations (Art. 8): register in order (R6), refuse (R7), spoke, withdraw.

use crate::error::Result;
use crate::message::{Label, Message};
use crate::rules::lifecycle::{self, RegistrationAction, SessionAction};
use crate::rules::vocabulary::RefusalReason;
use crate::store::{registration, session, Actor, Store};

/// Who registers to speak.
pub type Registrant<'a> = registration::NewRegistration<'a>;

/// A registration recorded, and the speaking number of an earlier one of the same person on the
/// same topic at the session, if any (`twin_of`).
pub type Registered = (registration::Registration, Option<i64>);

/// `speaker register` (Art. 8.1, R6): numbered in registration order within the session.
pub fn register(
    store: &mut Store,
    actor: &Actor,
    session_id: i64,
    who: &Registrant<'_>,
) -> Result<Registered> {
    super::in_write(store, |tx, _| {
        let s = session::get(tx, session_id)?;
        let status = s.status()?;
        // Held already: not a late registration but, perhaps, someone who spoke from the floor.
        if status.was_held() {
            return Err(crate::error::Error::Refused(register_after_held(
                session_id,
                status.as_str(),
            )));
        }
        super::session::allowed(tx, session_id, SessionAction::Register)?;
        let reg = registration::insert(tx, actor, session_id, who)?;
        let twin = twin_of(tx, &reg)?;
        Ok((reg, twin))
    })
}

/// The speaking number of the registration of the same person on the same topic at `session`
/// made before `id`, if any (as the clerk reads it on the list: `1/3`): a list registered twice
/// (typed again, imported over a typed one) is said, not refused — one person may speak twice —
/// so the clerk can withdraw the extra one.
fn twin_of(
    conn: &crate::store::db::Connection,
    this: &registration::Registration,
) -> Result<Option<i64>> {
    use crate::rules::text::fold;
    let key = |r: &registration::Registration| (fold(&r.name), fold(&r.topic));
    Ok(registration::for_session(conn, this.session_id)?
        .iter()
        // A withdrawn registration is no longer on the list: registering again is not twice.
        .filter(|r| {
            r.id < this.id
                && r.status != crate::rules::vocabulary::RegistrationStatus::Withdrawn
                && key(r) == key(this)
        })
        .min_by_key(|r| r.id)
        .map(|r| r.speaking_order))
}

/// `speaker register --spoke`: someone who spoke at a session held already without having
/// registered (at an ad-hoc session, from the floor) — recorded as having spoken, numbered after
/// those before them, in one step; not a registration made late. Only once the session is
/// held (stopped or concluded since): before it, a speaker registers and is called in order
/// (Art. 8.1, R6).
pub fn record_spoken(
    store: &mut Store,
    actor: &Actor,
    session_id: i64,
    who: &Registrant<'_>,
) -> Result<Registered> {
    use crate::rules::vocabulary::RegistrationStatus;
    super::in_write(store, |tx, _| {
        let s = session::get(tx, session_id)?;
        let status = s.status()?;
        if !status.was_held() {
            return Err(crate::error::Error::Refused(
                spoke_without_registering_refused(session_id, status.as_str()),
            ));
        }
        let reg = registration::insert(tx, actor, session_id, who)?;
        let reg = registration::record_status(
            tx,
            actor,
            reg.id,
            "spoke",
            RegistrationStatus::Spoke,
            None,
        )?;
        let twin = twin_of(tx, &reg)?;
        Ok((reg, twin))
    })
}

/// `speaker refuse|spoke|withdraw` (Art. 9.1): the state machine decides, with the session's
/// state; a refusal carries its Art. 8.2 reason.
pub fn change(
    store: &mut Store,
    actor: &Actor,
    who: SpeakerRef,
    action: RegistrationAction,
    reason: Option<RefusalReason>,
) -> Result<registration::Registration> {
    super::in_write(store, |tx, _| {
        let id = who.resolve(tx)?;
        let reg = registration::get(tx, id)?;
        let s = session::get(tx, reg.session_id)?;
        let next = lifecycle::registration_transition(id, s.status()?, reg.status, action)?;
        let verb = match action {
            RegistrationAction::Refuse => "refuse",
            RegistrationAction::Spoke => "spoke",
            RegistrationAction::Withdraw => "withdraw",
        };
        registration::record_status(tx, actor, id, verb, next, reason.map(|r| r.as_str()))
    })
}

/// How a clerk names a speaker: the registration's id, or `SESSION/ORDER` — the number in the
/// session's speaking list (`2/1`: the first speaker of session 2).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpeakerRef {
    Id(i64),
    Order { session: i64, order: i64 },
}

impl SpeakerRef {
    /// The registration's id.
    pub fn resolve(self, conn: &crate::store::db::Connection) -> Result<i64> {
        match self {
            SpeakerRef::Id(id) => Ok(registration::get(conn, id)?.id),
            SpeakerRef::Order { session, order } => {
                Ok(registration::by_order(conn, session, order)?.id)
            }
        }
    }
}

impl std::str::FromStr for SpeakerRef {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<Self, String> {
        let bad = || msg!(not_a_speaker_ref, value = s).to_string();
        match s.trim().split_once('/') {
            Some((session, order)) => Ok(SpeakerRef::Order {
                session: session.trim().parse().map_err(|_| bad())?,
                order: order.trim().parse().map_err(|_| bad())?,
            }),
            None => s.trim().parse().map(SpeakerRef::Id).map_err(|_| bad()),
        }
    }
}

/// The descriptive fields `speaker edit` may correct.
#[derive(Debug, Default)]
pub struct SpeakerEdit {
    pub name: Option<String>,
    pub organisation: Option<String>,
    pub address: Option<String>,
    pub topic: Option<String>,
    pub honorific: Option<crate::rules::vocabulary::Honorific>,
}

/// `speaker edit`: one event, before → after; the speaking order never changes.
pub fn edit(
    store: &mut Store,
    actor: &Actor,
    who: SpeakerRef,
    e: &SpeakerEdit,
) -> Result<registration::Registration> {
    let mut fields: Vec<(&'static str, &dyn rusqlite::ToSql)> = Vec::new();
    for (column, value) in [
        ("name", &e.name),
        ("organisation", &e.organisation),
        ("address", &e.address),
        ("topic", &e.topic),
    ] {
        if let Some(v) = value {
            fields.push((column, v));
        }
    }
    if let Some(h) = &e.honorific {
        fields.push(("honorific", h));
    }
    if fields.is_empty() {
        return Err(crate::error::Error::Invalid(msg!(
            nothing_to_edit,
            fields = "--name, --organisation, --address, --topic, --honorific"
        )));
    }
    super::in_write(store, |tx, _| {
        let id = who.resolve(tx)?;
        registration::record_edit(tx, actor, id, &fields)
    })
}

/// The registrations of a session in speaking order (`speaker list`), protected people's
/// identities shown as `privacy` says; an unknown session is refused.
pub fn list(
    store: &mut Store,
    session_id: i64,
    privacy: super::Privacy<'_>,
) -> Result<Vec<registration::Registration>> {
    let reading = super::read(store)?;
    session::get(&reading.tx, session_id)?;
    Ok(registration::for_session(&reading.tx, session_id)?
        .into_iter()
        .map(|r| r.shown(privacy.include_protected, privacy.mask))
        .collect())
}

/// Which registrations an export reads: a session's (or every session's), or those of the
/// sessions dated in a period.
#[derive(Debug, Clone, Copy)]
pub enum Scope {
    Session(Option<i64>),
    Dated((chrono::NaiveDate, chrono::NaiveDate)),
}

/// Each registration of the scope, streamed (`export registrations`), protected people's
/// identities shown as `privacy` says.
pub fn for_each(
    reading: &super::Reading<'_>,
    scope: Scope,
    privacy: super::Privacy<'_>,
    mut each: impl FnMut(registration::Registration) -> Result<()>,
) -> Result<()> {
    let mut shown =
        |r: registration::Registration| each(r.shown(privacy.include_protected, privacy.mask));
    match scope {
        Scope::Dated((from, to)) => registration::for_each_dated(&reading.tx, from, to, &mut shown),
        Scope::Session(session) => registration::for_each(&reading.tx, session, &mut shown),
    }
}

/// A registration after the session took place: the speaker spoke from the floor (`--spoke`).
fn register_after_held(session: i64, status: &str) -> Message {
    msg!(
        register_after_held,
        session = session,
        status = status,
        status_word = Label::lower(status)
    )
}

/// `--spoke` at a session not held yet.
fn spoke_without_registering_refused(session: i64, status: &str) -> Message {
    msg!(
        spoke_without_registering_refused_1,
        session = session,
        status = status,
        status_word = Label::lower(status)
    )
}
