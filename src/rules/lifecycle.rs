//! The state machines of sessions, registrations and opinions.
//!
//! Owns: which action is allowed from which state, what state it leads to, and the date
//! orderings the regulation implies (no notice before the session, no answer before the notice).
//! Everything else — a late announcement, a late notice, a late answer — is reality to record and
//! flag, not to refuse (SPEC §2).

use super::vocabulary::{OpinionStatus, RegistrationStatus, SessionStatus};
use chrono::NaiveDate;

/// An action refused because of the state its record is in.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "cannot {action} {record} {id}: {}; allowed only when {allowed}",
    state_phrase(state)
)]
pub struct TransitionError {
    pub record: &'static str,
    pub id: i64,
    pub action: &'static str,
    pub state: &'static str,
    pub allowed: String,
}

/// "it is held", "it is already spoken", "it belongs to a cancelled session": the state as an
/// English clause.
fn state_phrase(state: &str) -> String {
    match state {
        "spoke" => "the speaker has already spoken".into(),
        "refused" | "withdrawn" | "answered" | "responded" | "forwarded" | "extended"
        | "assigned" => format!("it is already {state}"),
        "of a cancelled session" | "for a cancelled session" => {
            "it belongs to a cancelled session".into()
        }
        "of a session not yet held" => "its session has not been held yet".into(),
        s => format!("it is {s}"),
    }
}

/// "the written answer dated 2026-11-26", but "the new target date 2026-11-26" (not "date dated").
fn dated(what: &str, date: NaiveDate) -> String {
    if what.ends_with("date") {
        format!("{what} {date}")
    } else {
        format!("{what} dated {date}")
    }
}

/// A date that contradicts an earlier act of the same case.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{} is {} {reference} ({reference_date}); it must be {} it", dated(what, *date), if *not_after { "after" } else if *strict { "not after" } else { "before" }, if *not_after { "on or before" } else if *strict { "after" } else { "on or after" })]
pub struct DateOrderError {
    pub what: &'static str,
    pub date: NaiveDate,
    pub reference: &'static str,
    pub reference_date: NaiveDate,
    /// The act must come strictly after the reference (a later act of the same day could not
    /// be told apart from an earlier one).
    pub strict: bool,
    /// The act must come on or before the reference (an announcement and its session).
    pub not_after: bool,
}

/// An act dated after today: the tool records what happened, not what is planned to happen.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{} is after today ({today}); an act is recorded on or after the day it happens", dated(what, *date))]
pub struct FutureActError {
    pub what: &'static str,
    pub date: NaiveDate,
    pub today: NaiveDate,
}

/// Refuse an act dated after `today` (hold, stop, announcement, notice, answer, forward,
/// timeline notice): "107 working days late" for a date that has not come is a typo.
pub fn ensure_not_after_today(
    what: &'static str,
    date: NaiveDate,
    today: NaiveDate,
) -> Result<(), FutureActError> {
    if date > today {
        Err(FutureActError { what, date, today })
    } else {
        Ok(())
    }
}

/// Things one can do to a session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SessionAction {
    /// Art. 7.2.3 (R4): the public announcement.
    Announce,
    /// Art. 6.1, 7.2.3: invitations.
    Invite,
    /// Art. 2.1 (R1): a deputy chairs.
    Delegate,
    /// The conference took place.
    Hold,
    /// Art. 8.5 (R7): the chair stopped the conference; it counts as held.
    Stop,
    /// The conference will not take place.
    Cancel,
    /// Art. 8.1 (R5, R6): a speaker registers.
    Register,
    /// Art. 7.2, 8.4: an opinion is recorded (from MTTQ's synthesis or the floor).
    AddOpinion,
    /// Art. 10.1 (R9): the conclusion notice.
    Conclude,
    /// A corrected conclusion notice replacing the first.
    CorrectConclusion,
    /// Move a session not yet held to another day (a correction; R4 follows the new date).
    Reschedule,
}

impl SessionAction {
    fn verb(self) -> &'static str {
        match self {
            SessionAction::Announce => "announce",
            SessionAction::Invite => "send invitations for",
            SessionAction::Delegate => "delegate the chair of",
            SessionAction::Hold => "hold",
            SessionAction::Stop => "stop",
            SessionAction::Cancel => "cancel",
            SessionAction::Register => "register a speaker for",
            SessionAction::AddOpinion => "add an opinion to",
            SessionAction::Conclude => "issue a conclusion notice for",
            SessionAction::CorrectConclusion => "correct the conclusion notice of",
            SessionAction::Reschedule => "reschedule",
        }
    }
}

fn allowed_list(states: &[SessionStatus]) -> String {
    states
        .iter()
        .map(|s| s.as_str())
        .collect::<Vec<_>>()
        .join(" or ")
}

/// The state a session moves to when `action` is applied, or why it cannot be.
pub fn session_transition(
    id: i64,
    from: SessionStatus,
    action: SessionAction,
) -> Result<SessionStatus, TransitionError> {
    use SessionStatus::*;
    let (allowed, to): (&[SessionStatus], Option<SessionStatus>) = match action {
        // A late record of a real announcement is accepted after the session (and flagged).
        SessionAction::Announce => (&[Planned, Held, Stopped, Concluded, Closed], None),
        SessionAction::Invite | SessionAction::Register => (&[Planned, Announced], None),
        SessionAction::Delegate => (&[Planned, Announced, Held, Stopped], None),
        SessionAction::Hold => (&[Planned, Announced], Some(Held)),
        SessionAction::Stop => (&[Planned, Announced, Held], Some(Stopped)),
        SessionAction::Cancel => (&[Planned, Announced], Some(Cancelled)),
        SessionAction::AddOpinion => (&[Planned, Announced, Held, Stopped], None),
        SessionAction::Conclude => (&[Held, Stopped], Some(Concluded)),
        SessionAction::CorrectConclusion => (&[Concluded, Closed], Some(Concluded)),
        SessionAction::Reschedule => (&[Planned, Announced], None),
    };
    if allowed.contains(&from) {
        let announced_before_held = action == SessionAction::Announce && from == Planned;
        Ok(if announced_before_held {
            Announced
        } else {
            to.unwrap_or(from)
        })
    } else {
        Err(TransitionError {
            record: "session",
            id,
            action: action.verb(),
            state: from.as_str(),
            allowed: allowed_list(allowed),
        })
    }
}

/// A concluded session whose every opinion is settled is closed; a closed one reopens when an
/// opinion becomes pending again (a corrected notice).
pub fn session_after_opinions(status: SessionStatus, pending_opinions: u64) -> SessionStatus {
    match status {
        SessionStatus::Concluded if pending_opinions == 0 => SessionStatus::Closed,
        SessionStatus::Closed if pending_opinions > 0 => SessionStatus::Concluded,
        other => other,
    }
}

/// Art. 9.1 (R7): a speaker the chair refused to dialogue with raises nothing at the dialogue —
/// no opinion of the session is theirs (it would reach the conclusion notice through a speaker
/// the minutes record as refused).
pub fn speaker_may_raise_opinions(status: RegistrationStatus) -> bool {
    status != RegistrationStatus::Refused
}

/// Things one can do to a registration.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RegistrationAction {
    /// Art. 9.1 (R7): the chair refuses to dialogue with the speaker.
    Refuse,
    /// Art. 8.3 (R6): the speaker spoke.
    Spoke,
    /// The speaker withdrew.
    Withdraw,
}

/// The state a registration moves to, given its session's state.
pub fn registration_transition(
    id: i64,
    session: SessionStatus,
    from: RegistrationStatus,
    action: RegistrationAction,
) -> Result<RegistrationStatus, TransitionError> {
    if session == SessionStatus::Cancelled {
        return Err(TransitionError {
            record: "registration",
            id,
            action: "change",
            state: "for a cancelled session",
            allowed: "its session is not cancelled".to_string(),
        });
    }
    let (verb, to) = match action {
        RegistrationAction::Refuse => ("refuse", RegistrationStatus::Refused),
        RegistrationAction::Spoke => ("mark as spoken", RegistrationStatus::Spoke),
        RegistrationAction::Withdraw => ("withdraw", RegistrationStatus::Withdrawn),
    };
    // Nobody has spoken at a session that has not taken place (Art. 9.1).
    if action == RegistrationAction::Spoke && !session.was_held() {
        return Err(TransitionError {
            record: "registration",
            id,
            action: verb,
            state: "of a session not yet held",
            allowed: "the session has been held".to_string(),
        });
    }
    if from == RegistrationStatus::Registered {
        Ok(to)
    } else {
        Err(TransitionError {
            record: "registration",
            id,
            action: verb,
            state: from.as_str(),
            allowed: "registered".to_string(),
        })
    }
}

/// R6 (Art. 8.3): people speak in the order they registered; the next number follows the
/// session's highest.
pub fn next_speaking_order(highest_so_far: Option<i64>) -> i64 {
    highest_so_far.unwrap_or(0) + 1
}

/// Things one can do to an opinion.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpinionAction {
    /// Art. 8.4, 10.1: clarified at the session; excluded from the notice.
    Answer,
    /// Art. 1.2 (R8): a complaint or denunciation, handled under other laws.
    OutOfScope,
    /// Art. 10.1 (R9): assigned to a lead agency by the conclusion notice.
    Assign,
    /// Art. 10.2 (R10): written answer.
    Respond,
    /// Art. 10.2 (R11): beyond competence, forwarded.
    Forward,
    /// Art. 10.2 (R12): complex matter, written timeline.
    Extend,
}

/// The state an opinion moves to, given its session's state.
pub fn opinion_transition(
    id: i64,
    session: SessionStatus,
    from: OpinionStatus,
    action: OpinionAction,
) -> Result<OpinionStatus, TransitionError> {
    use OpinionStatus::*;
    let refuse = |verb: &'static str, state: &'static str, allowed: &str| TransitionError {
        record: "opinion",
        id,
        action: verb,
        state,
        allowed: allowed.to_string(),
    };
    if session == SessionStatus::Cancelled {
        return Err(refuse(
            "act on",
            "of a cancelled session",
            "its session is not cancelled",
        ));
    }
    let (verb, allowed, to): (&'static str, &[OpinionStatus], OpinionStatus) = match action {
        OpinionAction::Answer => {
            if !session.was_held() {
                return Err(refuse(
                    "record an answer at the session for",
                    "of a session not yet held",
                    "the session has been held",
                ));
            }
            ("answer", &[Open], Answered)
        }
        // Art. 1.2: found to be a complaint or denunciation — also after it was assigned.
        OpinionAction::OutOfScope => (
            "route out of scope",
            &[Open, Assigned, Extended],
            OutOfScope,
        ),
        OpinionAction::Assign => ("assign", &[Open, Assigned], Assigned),
        OpinionAction::Respond => (
            "record a written answer for",
            &[Assigned, Extended],
            Responded,
        ),
        OpinionAction::Forward => ("forward", &[Assigned, Extended], Forwarded),
        // A second timeline notice may move the target again (R12), recorded like the first.
        OpinionAction::Extend => ("extend", &[Assigned, Extended], Extended),
    };
    if allowed.contains(&from) {
        Ok(to)
    } else {
        let allowed = allowed
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join(" or ");
        Err(refuse(verb, from.as_str(), &allowed))
    }
}

/// Art. 10.1 (R9): the opinions a conclusion notice must assign — every open one (clarified ones
/// are answered, complaints are out of scope, R8); a correction also re-assigns the assigned
/// ones still waiting for an answer.
pub fn settled_by_notice(status: OpinionStatus, correction: bool) -> bool {
    status == OpinionStatus::Open || (correction && status == OpinionStatus::Assigned)
}

/// Refuse a date on or before `reference_date`: an act about an opinion's agency recorded after a
/// reassignment must be dated after it, since acts of one day are ordered by their kind.
pub fn ensure_after(
    what: &'static str,
    date: NaiveDate,
    reference: &'static str,
    reference_date: NaiveDate,
) -> Result<(), DateOrderError> {
    if date <= reference_date {
        Err(DateOrderError {
            what,
            date,
            reference,
            reference_date,
            strict: true,
            not_after: false,
        })
    } else {
        Ok(())
    }
}

/// Refuse a date that comes after the act it must precede (an announcement after the session
/// it announces, Art. 7.2).
pub fn ensure_not_after(
    what: &'static str,
    date: NaiveDate,
    reference: &'static str,
    reference_date: NaiveDate,
) -> Result<(), DateOrderError> {
    if date > reference_date {
        Err(DateOrderError {
            what,
            date,
            reference,
            reference_date,
            strict: false,
            not_after: true,
        })
    } else {
        Ok(())
    }
}

/// Refuse a date that comes before the act it answers (SPEC §2: contradictory input).
pub fn ensure_not_before(
    what: &'static str,
    date: NaiveDate,
    reference: &'static str,
    reference_date: NaiveDate,
) -> Result<(), DateOrderError> {
    if date < reference_date {
        Err(DateOrderError {
            what,
            date,
            reference,
            reference_date,
            strict: false,
            not_after: false,
        })
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use OpinionStatus as O;
    use SessionStatus as S;

    #[test]
    fn r4_announce_once_before_or_as_a_late_record_after_the_session() {
        assert_eq!(
            session_transition(1, S::Planned, SessionAction::Announce),
            Ok(S::Announced)
        );
        // A late record after the session keeps the session's state.
        assert_eq!(
            session_transition(1, S::Held, SessionAction::Announce),
            Ok(S::Held)
        );
        let err = session_transition(1, S::Announced, SessionAction::Announce)
            .expect_err("announced twice");
        assert!(err.to_string().contains("it is announced"), "{err}");
        assert!(session_transition(1, S::Cancelled, SessionAction::Announce).is_err());
    }

    #[test]
    fn r7_nobody_speaks_before_the_session_is_held() {
        assert!(registration_transition(
            1,
            S::Announced,
            RegistrationStatus::Registered,
            RegistrationAction::Spoke
        )
        .is_err());
        assert!(registration_transition(
            1,
            S::Held,
            RegistrationStatus::Registered,
            RegistrationAction::Spoke
        )
        .is_ok());
    }

    #[test]
    fn r9_acts_cannot_be_dated_after_today() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 29).expect("date");
        let later = NaiveDate::from_ymd_opt(2027, 5, 1).expect("date");
        assert!(ensure_not_after_today("the written answer", today, today).is_ok());
        let err = ensure_not_after_today("the written answer", later, today).expect_err("future");
        assert!(err.to_string().contains("after today"), "{err}");
    }

    #[test]
    fn r1_delegation_until_conclusion() {
        assert!(session_transition(2, S::Announced, SessionAction::Delegate).is_ok());
        assert!(session_transition(2, S::Concluded, SessionAction::Delegate).is_err());
    }

    #[test]
    fn r6_registration_closes_when_held_or_cancelled() {
        assert!(session_transition(3, S::Announced, SessionAction::Register).is_ok());
        assert!(session_transition(3, S::Held, SessionAction::Register).is_err());
        assert!(session_transition(3, S::Cancelled, SessionAction::Register).is_err());
        assert_eq!(next_speaking_order(None), 1);
        assert_eq!(next_speaking_order(Some(7)), 8);
    }

    #[test]
    fn r7_stop_counts_as_held() {
        let stopped = session_transition(4, S::Held, SessionAction::Stop).expect("allowed");
        assert!(stopped.was_held());
        assert_eq!(
            session_transition(4, stopped, SessionAction::Conclude),
            Ok(S::Concluded)
        );
    }

    #[test]
    fn r7_a_refused_speaker_raises_no_opinion() {
        assert!(!speaker_may_raise_opinions(RegistrationStatus::Refused));
        for status in [
            RegistrationStatus::Registered,
            RegistrationStatus::Spoke,
            RegistrationStatus::Withdrawn,
        ] {
            assert!(speaker_may_raise_opinions(status), "{status}");
        }
    }

    #[test]
    fn r7_refuse_only_a_registered_speaker_of_a_live_session() {
        assert_eq!(
            registration_transition(
                9,
                S::Announced,
                RegistrationStatus::Registered,
                RegistrationAction::Refuse
            ),
            Ok(RegistrationStatus::Refused)
        );
        assert!(registration_transition(
            9,
            S::Cancelled,
            RegistrationStatus::Registered,
            RegistrationAction::Refuse
        )
        .is_err());
        assert!(registration_transition(
            9,
            S::Held,
            RegistrationStatus::Spoke,
            RegistrationAction::Refuse
        )
        .is_err());
    }

    #[test]
    fn r8_out_of_scope_while_open_or_rerouted_once_assigned() {
        assert_eq!(
            opinion_transition(5, S::Held, O::Open, OpinionAction::OutOfScope),
            Ok(O::OutOfScope)
        );
        // Found to be a complaint after the notice assigned it (Art. 1.2): re-routed.
        assert_eq!(
            opinion_transition(5, S::Concluded, O::Assigned, OpinionAction::OutOfScope),
            Ok(O::OutOfScope)
        );
        assert!(
            opinion_transition(5, S::Concluded, O::Responded, OpinionAction::OutOfScope).is_err()
        );
    }

    #[test]
    fn r9_notice_assigns_open_opinions_and_r8_keeps_complaints_out() {
        assert!(settled_by_notice(O::Open, false));
        assert!(!settled_by_notice(O::OutOfScope, false));
        assert!(!settled_by_notice(O::Answered, true));
        assert!(!settled_by_notice(O::Assigned, false));
        assert!(settled_by_notice(O::Assigned, true));
        assert!(!settled_by_notice(O::Extended, true));
    }

    #[test]
    fn r9_no_notice_before_the_session_was_held() {
        let err =
            session_transition(6, S::Announced, SessionAction::Conclude).expect_err("not held");
        assert!(err
            .to_string()
            .contains("allowed only when held or stopped"));
        let date = ensure_not_before(
            "conclusion notice",
            NaiveDate::MIN,
            "the session",
            NaiveDate::MAX,
        );
        assert!(date.is_err());
    }

    #[test]
    fn r10_written_answer_only_for_assigned_or_extended() {
        assert_eq!(
            opinion_transition(7, S::Concluded, O::Assigned, OpinionAction::Respond),
            Ok(O::Responded)
        );
        assert_eq!(
            opinion_transition(7, S::Concluded, O::Extended, OpinionAction::Respond),
            Ok(O::Responded)
        );
        assert!(opinion_transition(7, S::Held, O::Open, OpinionAction::Respond).is_err());
    }

    #[test]
    fn r11_forward_closes_an_assigned_opinion() {
        assert_eq!(
            opinion_transition(8, S::Concluded, O::Assigned, OpinionAction::Forward),
            Ok(O::Forwarded)
        );
        assert!(opinion_transition(8, S::Concluded, O::Responded, OpinionAction::Forward).is_err());
    }

    #[test]
    fn r12_extend_from_assigned_and_again_once_extended() {
        assert_eq!(
            opinion_transition(9, S::Concluded, O::Assigned, OpinionAction::Extend),
            Ok(O::Extended)
        );
        assert_eq!(
            opinion_transition(9, S::Concluded, O::Extended, OpinionAction::Extend),
            Ok(O::Extended)
        );
        assert!(opinion_transition(9, S::Concluded, O::Responded, OpinionAction::Extend).is_err());
    }

    #[test]
    fn answer_at_session_needs_a_held_session_that_is_not_cancelled() {
        assert!(opinion_transition(10, S::Planned, O::Open, OpinionAction::Answer).is_err());
        let err = opinion_transition(10, S::Cancelled, O::Open, OpinionAction::Answer)
            .expect_err("cancelled");
        assert!(err.to_string().contains("cancelled session"));
        assert_eq!(
            opinion_transition(10, S::Stopped, O::Open, OpinionAction::Answer),
            Ok(O::Answered)
        );
    }

    #[test]
    fn session_closes_when_no_opinion_is_pending() {
        assert_eq!(session_after_opinions(S::Concluded, 0), S::Closed);
        assert_eq!(session_after_opinions(S::Concluded, 2), S::Concluded);
        assert_eq!(session_after_opinions(S::Closed, 1), S::Concluded);
        assert_eq!(session_after_opinions(S::Held, 0), S::Held);
    }
}
