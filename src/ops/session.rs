//! Sessions (hội nghị): plan, announce, invite, delegate, hold, stop, cancel.

use super::Reading;
use crate::error::{Error, Result};
use crate::rules::deadline::{self, DeadlineCheck};
use crate::rules::lifecycle::{self, SessionAction};
use crate::rules::vocabulary::{
    Category, ChairRole, InviteeKind, Level, SessionForm, SessionKind, SessionStatus,
};
use crate::store::db::Connection;
use crate::store::{agency, office, session, Actor, Store};
use chrono::NaiveDate;
use serde::Serialize;

/// Load a session and check an action against the state machine (Art. 6–9); returns the
/// session and the state the action leads to.
pub fn allowed(
    conn: &Connection,
    id: i64,
    action: SessionAction,
) -> Result<(session::Session, SessionStatus)> {
    let s = session::get(conn, id)?;
    let next = lifecycle::session_transition(id, s.status()?, action)?;
    Ok((s, next))
}

/// What `session plan` is given.
pub struct Plan {
    pub title: String,
    pub kind: SessionKind,
    pub form: SessionForm,
    pub date: NaiveDate,
    pub start_time: Option<String>,
    pub venue: Option<String>,
    /// Default: the office's level.
    pub level: Option<Level>,
    /// Default: the office's name.
    pub host: Option<String>,
    pub chair_role: ChairRole,
    pub chair: String,
    pub secretary: Option<String>,
    pub topics: Vec<Category>,
}

/// A planned session with the deadlines it sets: R4 (and the last working day on or before it)
/// and the R9 due date it would have if held on its date.
#[derive(Debug, Serialize)]
pub struct Planned {
    #[serde(skip)]
    pub session: session::Session,
    pub id: i64,
    pub announce_due: Option<NaiveDate>,
    pub announce_last_working_day: Option<NaiveDate>,
    pub conclusion_due_if_held_that_day: NaiveDate,
}

/// `session plan` (Art. 6, 7.1).
pub fn plan(store: &mut Store, actor: &Actor, p: Plan) -> Result<Planned> {
    // R2 (Art. 6.1): an online session is held somewhere — its link or platform.
    if p.form == SessionForm::Online && p.venue.is_none() {
        return Err(Error::Invalid(msg!(online_needs_link)));
    }
    crate::rules::calendar::Calendar::check(p.date)?;
    super::in_write(store, |tx, cal| {
        let office = office::get(tx)?;
        let level = match (p.level, &office) {
            (Some(l), _) => l,
            (None, Some(o)) => o.level,
            (None, None) => Level::Commune,
        };
        // Two-level local government from 1/7/2025: no district level for new sessions after it.
        if level == Level::District && p.date >= crate::rules::dates::TWO_LEVEL_GOVERNMENT {
            return Err(Error::Invalid(msg!(
                district_abolished,
                day = crate::message::Day(p.date)
            )));
        }
        let host = p
            .host
            .or_else(|| office.as_ref().map(|o| o.name.clone()))
            .ok_or_else(|| Error::Invalid(msg!(host_missing)))?;
        let announce_due =
            deadline::announcement_due(p.kind, p.date, office::announcement_reading(tx)?);
        let announce_last_working_day = announce_due
            .map(|d| cal.working_day_on_or_before(d))
            .transpose()?;
        let conclusion_due_if_held_that_day = deadline::conclusion_due(cal, p.date)?;
        let new = session::NewSession {
            title: p.title,
            kind: p.kind,
            form: p.form,
            date: p.date,
            start_time: p.start_time,
            venue: p.venue,
            level,
            host_unit: host,
            chair_role: p.chair_role,
            chair_name: p.chair,
            secretary: p.secretary,
            topics: p.topics,
        };
        let session = session::insert(tx, actor, &new, announce_due)?;
        Ok(Planned {
            id: session.id,
            session,
            announce_due,
            announce_last_working_day,
            conclusion_due_if_held_that_day,
        })
    })
}

/// An announced session and, when the announcement came after the R4 date, its flag.
#[derive(Debug, Serialize)]
pub struct Announced {
    pub session: session::Session,
    pub late: Option<DeadlineCheck>,
}

/// `session announce` (Art. 7.2.3, R4): a late announcement is recorded and flagged.
pub fn announce(
    store: &mut Store,
    actor: &Actor,
    today: NaiveDate,
    id: i64,
    on: NaiveDate,
    channel: &str,
) -> Result<Announced> {
    super::in_write(store, |tx, _| {
        let (s, next) = allowed(tx, id, SessionAction::Announce)?;
        if let Some(first) = s.announced_on {
            return Err(Error::Refused(msg!(
                already_announced,
                id = id,
                on = crate::message::Day(first)
            )));
        }
        lifecycle::ensure_not_after_today("the announcement", on, today)?;
        // Announced for the day it took place (or is planned): never after it.
        let session_day = s.held_on.unwrap_or(s.date);
        lifecycle::ensure_not_after("the announcement", on, "the session", session_day)?;
        let session = session::record_announcement(tx, actor, id, next, on, channel)?;
        let late = deadline::r4_check(
            session.announce_due,
            session.announced_on,
            session.held_on.unwrap_or(session.date),
            today,
        )
        .filter(|c| matches!(c.standing, deadline::Standing::Late { .. }));
        Ok(Announced { session, late })
    })
}

/// Who `session invite` records.
pub struct Invitees {
    pub organisations: Vec<String>,
    pub agencies: Vec<String>,
    pub individuals: Vec<String>,
    /// Create agencies not known yet (`--new-agency`).
    pub new_agency: bool,
}

/// How many invitations were new, and the agencies created on first use.
#[derive(Debug, Serialize)]
pub struct Invited {
    pub session_id: i64,
    pub added: usize,
    pub created_agencies: Vec<agency::Agency>,
}

/// `session invite` (Art. 6.1, 7.2.3).
pub fn invite(store: &mut Store, actor: &Actor, id: i64, who: &Invitees) -> Result<Invited> {
    if who.organisations.is_empty() && who.agencies.is_empty() && who.individuals.is_empty() {
        return Err(Error::Invalid(msg!(nobody_invited)));
    }
    super::in_write(store, |tx, _| {
        allowed(tx, id, SessionAction::Invite)?;
        let mut created = Vec::new();
        let mut added = 0;
        for name in &who.organisations {
            added += usize::from(session::invite(
                tx,
                actor,
                id,
                InviteeKind::Organisation,
                name,
                None,
            )?);
        }
        for name in &who.agencies {
            let ag = super::agency::resolve(tx, actor, name, who.new_agency, &mut created)?;
            added += usize::from(session::invite(
                tx,
                actor,
                id,
                InviteeKind::Agency,
                &ag.name,
                Some(ag.id),
            )?);
        }
        for name in &who.individuals {
            added += usize::from(session::invite(
                tx,
                actor,
                id,
                InviteeKind::Individual,
                name,
                None,
            )?);
        }
        Ok(Invited {
            session_id: id,
            added,
            created_agencies: created,
        })
    })
}

/// `session delegate` (Art. 2.2, R1): a deputy chairs for health or urgent duty.
pub fn delegate(
    store: &mut Store,
    actor: &Actor,
    id: i64,
    deputy: &str,
    reason: &str,
) -> Result<session::Session> {
    super::in_write(store, |tx, _| {
        allowed(tx, id, SessionAction::Delegate)?;
        session::record_delegation(tx, actor, id, deputy, reason)
    })
}

/// `session hold` (Art. 9): the session took place on `on` (default: its date); R9 starts.
/// A session is recorded as held on or after the day it happened, never before.
pub fn hold(
    store: &mut Store,
    actor: &Actor,
    today: NaiveDate,
    id: i64,
    on: Option<NaiveDate>,
) -> Result<session::Session> {
    super::in_write(store, |tx, cal| {
        let (s, next) = allowed(tx, id, SessionAction::Hold)?;
        let on = on.unwrap_or(s.date);
        lifecycle::ensure_not_after_today("the session", on, today)?;
        if let Some(announced) = s.announced_on {
            lifecycle::ensure_not_before("the session", on, "the announcement", announced)?;
        }
        let held = session::Held {
            on,
            conclusion_due: deadline::conclusion_due(cal, on)?,
            announce_due: announce_due_for_day_held(tx, &s, on)?,
            stop_reason: None,
        };
        session::record_held(tx, actor, id, next, &held)
    })
}

/// R4 for a session held on another day than planned: the announcement was due 7 days before
/// the day it took place (Art. 7.1), so the due date follows the day held.
fn announce_due_for_day_held(
    tx: &crate::store::db::Transaction<'_>,
    s: &session::Session,
    on: NaiveDate,
) -> Result<Option<NaiveDate>> {
    if on == s.date {
        return Ok(s.announce_due);
    }
    Ok(deadline::announcement_due(
        s.kind,
        on,
        office::announcement_reading(tx)?,
    ))
}

/// `session stop` (Art. 9.3, R7): the chair stopped the session; it counts as held.
pub fn stop(
    store: &mut Store,
    actor: &Actor,
    today: NaiveDate,
    id: i64,
    on: Option<NaiveDate>,
    reason: &str,
) -> Result<session::Session> {
    super::in_write(store, |tx, cal| {
        let (s, next) = allowed(tx, id, SessionAction::Stop)?;
        if let Some(on) = on {
            lifecycle::ensure_not_after_today("the session", on, today)?;
        }
        // A session already recorded as held was stopped that day: its date and R9 stay.
        let held = match (s.held_on, s.conclusion_due) {
            (Some(held_on), Some(due)) => session::Held {
                on: held_on,
                conclusion_due: due,
                announce_due: s.announce_due,
                stop_reason: Some(reason),
            },
            _ => {
                let on = on.unwrap_or(s.date);
                lifecycle::ensure_not_after_today("the session", on, today)?;
                if let Some(announced) = s.announced_on {
                    lifecycle::ensure_not_before("the session", on, "the announcement", announced)?;
                }
                session::Held {
                    on,
                    conclusion_due: deadline::conclusion_due(cal, on)?,
                    announce_due: announce_due_for_day_held(tx, &s, on)?,
                    stop_reason: Some(reason),
                }
            }
        };
        session::record_held(tx, actor, id, next, &held)
    })
}

/// Whether session `id` exists and may be cancelled: asked before the clerk is asked to
/// confirm, so an unknown session or a held one is said first (the cancel checks again).
pub fn check_cancel(store: &mut Store, id: i64) -> Result<()> {
    let reading = super::read(store)?;
    allowed(&reading.tx, id, SessionAction::Cancel).map(|_| ())
}

/// `session cancel`.
pub fn cancel(store: &mut Store, actor: &Actor, id: i64, reason: &str) -> Result<session::Session> {
    super::in_write(store, |tx, _| {
        let (_, next) = allowed(tx, id, SessionAction::Cancel)?;
        session::record_cancel(tx, actor, id, next, reason)
    })
}

/// The descriptive fields `session edit` may correct; states and dates change only through
/// their own commands.
#[derive(Debug, Default)]
pub struct SessionEdit {
    pub title: Option<String>,
    pub start_time: Option<String>,
    pub venue: Option<String>,
    pub host_unit: Option<String>,
    pub chair_name: Option<String>,
    pub secretary: Option<String>,
}

/// `session edit`: one event, before → after.
pub fn edit(
    store: &mut Store,
    actor: &Actor,
    id: i64,
    e: &SessionEdit,
) -> Result<session::Session> {
    let mut fields: Vec<(&'static str, &dyn rusqlite::ToSql)> = Vec::new();
    for (column, value) in [
        ("title", &e.title),
        ("start_time", &e.start_time),
        ("venue", &e.venue),
        ("host_unit", &e.host_unit),
        ("chair_name", &e.chair_name),
        ("secretary", &e.secretary),
    ] {
        if let Some(v) = value {
            fields.push((column, v));
        }
    }
    if fields.is_empty() {
        return Err(Error::Invalid(msg!(
            nothing_to_edit,
            fields = "--title, --time, --venue, --host, --chair, --secretary"
        )));
    }
    super::in_write(store, |tx, _| {
        session::get(tx, id)?;
        session::record_edit(tx, actor, id, &fields)
    })
}

/// A rescheduled session, its new R4 and prospective R9, and whether the announcement already
/// made no longer meets R4 for the new date.
#[derive(Debug, Serialize)]
pub struct Rescheduled {
    pub session: session::Session,
    pub conclusion_due_if_held_that_day: NaiveDate,
    pub announcement_late_for_new_date: Option<DeadlineCheck>,
}

/// `session reschedule` (planned or announced sessions): speakers and opinions stay.
pub fn reschedule(
    store: &mut Store,
    actor: &Actor,
    id: i64,
    date: NaiveDate,
    start_time: Option<&str>,
) -> Result<Rescheduled> {
    super::in_write(store, |tx, cal| {
        let (s, _) = allowed(tx, id, SessionAction::Reschedule)?;
        if let Some(announced) = s.announced_on {
            // The announcement already made cannot come after the session it announces.
            lifecycle::ensure_not_before("the session", date, "the announcement", announced)?;
        }
        let kind: SessionKind = s.kind;
        let announce_due =
            deadline::announcement_due(kind, date, office::announcement_reading(tx)?);
        let session = session::record_reschedule(tx, actor, id, date, start_time, announce_due)?;
        let conclusion_due_if_held_that_day = deadline::conclusion_due(cal, date)?;
        let announcement_late_for_new_date = session.announced_on.and_then(|on| {
            deadline::r4_check(announce_due, Some(on), date, on)
                .filter(|c| matches!(c.standing, deadline::Standing::Late { .. }))
        });
        Ok(Rescheduled {
            session,
            conclusion_due_if_held_that_day,
            announcement_late_for_new_date,
        })
    })
}

/// `session uninvite`: withdraw an invitation recorded by mistake.
pub fn uninvite(store: &mut Store, actor: &Actor, id: i64, name: &str) -> Result<()> {
    super::in_write(store, |tx, _| {
        session::get(tx, id)?;
        if session::remove_invitation(tx, actor, id, name)? {
            Ok(())
        } else {
            Err(Error::Refused(msg!(not_invited, name = name, session = id)))
        }
    })
}

/// What a chairs' calendar needs besides its sessions: the office's name (the events' UIDs
/// carry it) and each session's revision (`SEQUENCE`, `LAST-MODIFIED`), read once.
pub fn calendar_context(
    reading: &Reading<'_>,
) -> Result<(String, std::collections::HashMap<i64, session::Revision>)> {
    let conn = &reading.tx;
    let office = office::get(conn)?.map(|o| o.name).unwrap_or_default();
    Ok((office, session::revisions(conn)?))
}

/// The sessions a filter selects, in date order (`session list`).
pub fn list(
    reading: &Reading<'_>,
    filter: &session::SessionFilter,
) -> Result<Vec<session::Session>> {
    session::list(&reading.tx, filter)
}

/// Each session a filter selects, in date order, streamed (`export sessions`, the calendar).
pub fn for_each(
    reading: &Reading<'_>,
    filter: &session::SessionFilter,
    each: impl FnMut(session::Session) -> Result<()>,
) -> Result<()> {
    session::for_each(&reading.tx, filter, each)
}

/// Something about a session its chair must know: each is a code with its facts; the command
/// line words it (`session show`), JSON keeps it as it is.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "flag", rename_all = "kebab-case")]
pub enum SessionFlag {
    /// A deadline of the session (R4 announcement, R9 conclusion notice) missed or overdue.
    Deadline { deadline: DeadlineCheck },
    /// An ad-hoc session has no 7-day announcement (Art. 7.2).
    AdHocNoAnnouncement,
    /// A deputy chaired it (R1: health or urgent duty).
    Delegated {
        deputy: String,
        reason: crate::rules::vocabulary::DelegationReason,
    },
    /// It was stopped before its end.
    Stopped { reason: String },
    /// An opinion's answer deadline missed or overdue (R10, R12).
    OpinionDeadline {
        opinion: i64,
        deadline: DeadlineCheck,
    },
    /// An opinion's timeline notice came after its R10 due date (R12): the R10 breach stays.
    LateTimelineNotice {
        opinion: i64,
        working_days_late: i64,
    },
}

/// A session as `session show` gives it: the record, its invitations, registrations, opinions
/// with their deadlines, notices, its own deadlines and flags, as of a day.
#[derive(Debug, Serialize)]
pub struct SessionView {
    pub session: session::Session,
    pub invitations: Vec<session::Invitation>,
    pub registrations: Vec<crate::store::registration::Registration>,
    pub opinions: Vec<super::opinion::OpinionLine>,
    pub notices: Vec<crate::store::conclusion::Notice>,
    pub deadlines: Vec<DeadlineCheck>,
    pub flags: Vec<SessionFlag>,
    pub as_of: NaiveDate,
    /// The years without an official schedule its deadlines fall in.
    #[serde(skip)]
    pub provisional_years: Vec<i32>,
}

/// `session show`: one session, everything its chair and clerk check.
pub fn view(
    store: &mut Store,
    id: i64,
    today: NaiveDate,
    privacy: super::Privacy<'_>,
) -> Result<SessionView> {
    use crate::store::{conclusion, opinion, registration};
    let reading = super::read(store)?;
    let tx = &reading.tx;
    let cal = reading.calendar()?;
    let s = session::get(tx, id)?;
    let notices = conclusion::versions(tx, id)?;
    let first_notice = notices.first();
    let mut deadlines = Vec::new();
    // R4 runs to the day the session took place (the planned day until it is held).
    let session_day = s.held_on.unwrap_or(s.date);
    if let Some(c) = deadline::r4_check(s.announce_due, s.announced_on, session_day, today) {
        if s.status()? != SessionStatus::Cancelled {
            deadlines.push(c);
        }
    }
    if let Some(due) = s.conclusion_due {
        deadlines.push(deadline::r9_check(
            &cal,
            due,
            first_notice.map(|n| n.issued_on),
            today,
        )?);
    }
    let mut opinions = Vec::new();
    for o in opinion::for_session(tx, id)? {
        let deadline = super::opinion::deadline_in_force(&cal, &o, today)?;
        opinions.push(super::opinion::OpinionLine {
            opinion: o.shown(privacy.include_protected, privacy.mask),
            deadline,
        });
    }
    let provisional_years = {
        use chrono::Datelike;
        let mut years: Vec<i32> = deadlines
            .iter()
            .map(|d| d.due)
            .chain(opinions.iter().filter_map(|o| o.deadline.map(|d| d.due)))
            .map(|d| d.year())
            .filter(|y| cal.provisional(*y))
            .collect();
        years.sort_unstable();
        years.dedup();
        years
    };
    let missed = |d: &DeadlineCheck| {
        matches!(
            d.standing,
            deadline::Standing::Late { .. } | deadline::Standing::Overdue { .. }
        )
    };
    let mut flags: Vec<SessionFlag> = deadlines
        .iter()
        .filter(|d| missed(d))
        .map(|d| SessionFlag::Deadline { deadline: *d })
        .collect();
    if s.kind()? == SessionKind::AdHoc {
        flags.push(SessionFlag::AdHocNoAnnouncement);
    }
    if let (Some(deputy), Some(reason)) = (&s.deputy_name, s.delegation_reason) {
        flags.push(SessionFlag::Delegated {
            deputy: deputy.clone(),
            reason,
        });
    }
    if let Some(reason) = &s.stop_reason {
        flags.push(SessionFlag::Stopped {
            reason: reason.clone(),
        });
    }
    for o in &opinions {
        if let Some(d) = o.deadline.filter(|d| missed(d)) {
            flags.push(SessionFlag::OpinionDeadline {
                opinion: o.opinion.id,
                deadline: d,
            });
        }
        if let (Some(notified), Some(r10)) =
            (o.opinion.extension_notified_on, o.opinion.response_due)
        {
            let late = deadline::extension_notice_lateness(&cal, r10, notified)?;
            if late > 0 {
                flags.push(SessionFlag::LateTimelineNotice {
                    opinion: o.opinion.id,
                    working_days_late: late,
                });
            }
        }
    }
    Ok(SessionView {
        invitations: session::invitations(tx, id)?,
        registrations: registration::for_session(tx, id)?
            .into_iter()
            .map(|r| r.shown(privacy.include_protected, privacy.mask))
            .collect(),
        session: s,
        opinions,
        notices,
        deadlines,
        flags,
        as_of: today,
        provisional_years,
    })
}
