//! Where a case stood on a given day. Every act has its own date; an item is open on day D when
//! its act is dated after D or missing, so a report for a past date gives the same answer
//! whenever it is run (Art. 10.3, 11: reports describe the period asked, not today's state).
//!
//! One exception, by the regulation's own logic: a session held on another day than planned
//! moves its R4 date (the announcement had to precede the day it took place), so a report for a
//! day before the hold was recorded is judged against the day it was held.
//!
//! Owns: which deadline was in force on D (R10, or R12 once the timeline notice was sent), who
//! answered for the opinion then, and the outcome of an opinion as of D. Pure: no I/O, no clock.

use super::deadline::Rule;
use super::vocabulary::{OpinionStatus, OutOfScopeKind};
use chrono::NaiveDate;
use serde::Serialize;

/// The dated facts of one opinion, as stored.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OpinionFacts {
    /// The state today (only the states that do not carry a date of their own matter here:
    /// answered at the session, out of scope).
    pub status: Option<OpinionStatus>,
    pub out_of_scope: Option<OutOfScopeKind>,
    /// The date of the notice that first assigned it (Art. 10.1).
    pub assigned_on: Option<NaiveDate>,
    /// The R10 due date (30th working day after that notice).
    pub r10_due: Option<NaiveDate>,
    /// The timeline notice of a complex matter (R12) and the target it set.
    pub extension_notified_on: Option<NaiveDate>,
    pub extended_until: Option<NaiveDate>,
    /// The written answer (Art. 10.2) and the forward to the competent body.
    pub responded_on: Option<NaiveDate>,
    pub forwarded_on: Option<NaiveDate>,
    /// The day the record was closed; for an opinion routed out of scope, the day it was
    /// routed (before that day an assigned one was still assigned).
    pub closed_on: Option<NaiveDate>,
}

/// How the office was discharged of an opinion: both count as handled (Art. 10.2), kept apart
/// in every report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Handling {
    Answer,
    Forward,
}

/// The deadline in force on a day: its rule and date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct InForce {
    pub rule: Rule,
    pub due: NaiveDate,
}

/// Where an opinion stood at the end of day D.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpinionOn {
    /// Answered at the session itself (Art. 9.2).
    AnsweredAtSession,
    /// A complaint or denunciation routed out of the dialogue (Art. 1.2).
    OutOfScope(OutOfScopeKind),
    /// Not yet assigned by a conclusion notice.
    NotAssigned,
    /// Assigned and not yet answered or forwarded.
    Open { deadline: InForce, overdue: bool },
    /// Answered in writing or forwarded on `on`, against the deadline in force that day.
    Handled {
        how: Handling,
        on: NaiveDate,
        deadline: InForce,
        late: bool,
    },
}

impl OpinionFacts {
    /// The written act that discharged the office, if dated on or before `day`.
    pub fn handled_by(&self, day: NaiveDate) -> Option<(Handling, NaiveDate)> {
        let answer = self.responded_on.map(|d| (Handling::Answer, d));
        let forward = self.forwarded_on.map(|d| (Handling::Forward, d));
        answer
            .into_iter()
            .chain(forward)
            .filter(|(_, d)| *d <= day)
            .min_by_key(|(_, d)| *d)
    }

    /// Whether the R12 timeline notice had been sent by `day`.
    pub fn extended_by(&self, day: NaiveDate) -> bool {
        self.extension_notified_on.is_some_and(|d| d <= day) && self.extended_until.is_some()
    }

    /// The deadline in force on `day`: R12's target once the timeline notice was sent, else
    /// R10. `None` before the opinion was assigned.
    pub fn deadline_on(&self, day: NaiveDate) -> Option<InForce> {
        if self.assigned_on.is_none_or(|d| d > day) {
            return None;
        }
        match (self.extended_by(day), self.extended_until, self.r10_due) {
            (true, Some(until), _) => Some(InForce {
                rule: Rule::R12,
                due: until,
            }),
            (_, _, Some(due)) => Some(InForce {
                rule: Rule::R10,
                due,
            }),
            _ => None,
        }
    }

    /// R12: the timeline notice came after the R10 due date — an R10 breach that stays on the
    /// record whatever the new target. Returns the R10 due date it missed.
    pub fn late_timeline_notice(&self) -> Option<NaiveDate> {
        match (self.extension_notified_on, self.r10_due) {
            (Some(notified), Some(due)) if notified > due => Some(due),
            _ => None,
        }
    }
}

/// Where an opinion stood at the end of `day`.
pub fn opinion_on(facts: &OpinionFacts, day: NaiveDate) -> OpinionOn {
    match facts.status {
        // Answered at the session on `closed_on` (the day it was held).
        Some(OpinionStatus::Answered) if facts.closed_on.is_none_or(|on| on <= day) => {
            return OpinionOn::AnsweredAtSession
        }
        // Routed out of scope on `closed_on`: from that day on (always, when the day is unknown).
        Some(OpinionStatus::OutOfScope) if facts.closed_on.is_none_or(|on| on <= day) => {
            return OpinionOn::OutOfScope(facts.out_of_scope.unwrap_or(OutOfScopeKind::Complaint))
        }
        _ => {}
    }
    let Some(in_force_today) = facts.deadline_on(day) else {
        return OpinionOn::NotAssigned;
    };
    match facts.handled_by(day) {
        Some((how, on)) => {
            // The deadline that counted is the one in force on the day of the act — except that
            // a timeline notice sent after the R10 due date does not cure the breach (R12): the
            // act is judged against R10, which had already been missed.
            let deadline = match facts.late_timeline_notice() {
                Some(r10_due) => InForce {
                    rule: Rule::R10,
                    due: r10_due,
                },
                None => facts.deadline_on(on).unwrap_or(in_force_today),
            };
            OpinionOn::Handled {
                how,
                on,
                deadline,
                late: on > deadline.due,
            }
        }
        None => OpinionOn::Open {
            deadline: in_force_today,
            overdue: in_force_today.due < day,
        },
    }
}

/// R13: where an opinion received in the period stood at its end (`end`): answered at the
/// session, routed out before any assignment, not yet assigned, or assigned (it needs a written
/// follow-up, whatever became of it since).
pub fn receipt(facts: &OpinionFacts, end: NaiveDate) -> super::reports::Receipt {
    use super::reports::Receipt;
    match opinion_on(facts, end) {
        OpinionOn::AnsweredAtSession => Receipt::AnsweredAtSession,
        OpinionOn::OutOfScope(_) if assigned_before_routing(facts) => Receipt::Assigned,
        OpinionOn::OutOfScope(_) => Receipt::OutOfScope,
        OpinionOn::NotAssigned => Receipt::NotYetAssigned,
        OpinionOn::Open { .. } | OpinionOn::Handled { .. } => Receipt::Assigned,
    }
}

/// An opinion routed out of scope after a conclusion notice had assigned it (re-routed).
fn assigned_before_routing(facts: &OpinionFacts) -> bool {
    facts
        .assigned_on
        .is_some_and(|a| facts.closed_on.is_none_or(|closed| a <= closed))
}

/// R13: where an opinion that needs a written follow-up ends the period [`from`, `end`] —
/// handled in it (on time or late on the act's own date), routed out after assignment, still
/// open at the end, or still awaiting the conclusion notice that assigns it; `None` when it is
/// not to be handled in the period (answered at the session, routed out before assignment, or
/// settled before the period began).
pub fn flow_end(
    facts: &OpinionFacts,
    from: NaiveDate,
    end: NaiveDate,
) -> Option<super::reports::FlowEnd> {
    use super::reports::FlowEnd;
    match opinion_on(facts, end) {
        OpinionOn::AnsweredAtSession => None,
        OpinionOn::NotAssigned => Some(FlowEnd::AwaitingNotice),
        OpinionOn::OutOfScope(_) => (assigned_before_routing(facts)
            && facts.closed_on.is_none_or(|closed| closed >= from))
        .then_some(FlowEnd::RoutedOut),
        OpinionOn::Handled { on, .. } if on < from => None,
        OpinionOn::Handled {
            how: Handling::Answer,
            late,
            ..
        } => Some(FlowEnd::Answered { late }),
        OpinionOn::Handled {
            how: Handling::Forward,
            late,
            ..
        } => Some(FlowEnd::Forwarded { late }),
        OpinionOn::Open { overdue, .. } => Some(FlowEnd::Open {
            overdue,
            extended: !overdue && facts.extended_by(end),
        }),
    }
}

/// The open deadline of an opinion on `day`, for the overdue report: the deadline in force,
/// or — while a late timeline notice had not yet come — the R10 date it was already missing.
pub fn open_deadline_on(facts: &OpinionFacts, day: NaiveDate) -> Option<InForce> {
    match opinion_on(facts, day) {
        OpinionOn::Open { deadline, .. } => Some(deadline),
        _ => None,
    }
}

/// Who answers for an opinion on `day`: the agency named in the R12 timeline notice once it was
/// sent, else the lead agency the conclusion notice assigned. One rule for every report.
pub fn responsible_agency<'a>(
    facts: &OpinionFacts,
    assigned: Option<&'a str>,
    extension: Option<&'a str>,
    day: NaiveDate,
) -> Option<&'a str> {
    if facts.extended_by(day) {
        extension.or(assigned)
    } else {
        assigned
    }
}

/// An act that named the agency answering for an opinion: a conclusion notice's assignment
/// (with the R10 due date it gave), a timeline notice (R12), or a reassignment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgencyAct {
    pub day: NaiveDate,
    pub kind: AgencyActKind,
    /// Order among acts of one day: among notices, a notice's version; among timeline notices
    /// and reassignments, the order they were recorded in. A reassignment is numbered twice its
    /// number; a timeline notice twice the number of the last reassignment recorded before it,
    /// plus one (one when none was). So a timeline notice sent the day of a reassignment and
    /// recorded after it prevails, and one recorded before it does not (Art. 10.2: the agency
    /// that holds the opinion last that day answers for it).
    pub order: i64,
    pub agency: Option<String>,
    /// The R10 due date a notice's assignment gave.
    pub r10_due: Option<NaiveDate>,
}

/// What kind of act named the agency; on one day a notice comes before the other acts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum AgencyActKind {
    Notice,
    Timeline,
    Reassignment,
}

/// The agency answering for an opinion at the end of `day`: the one the latest act on or before
/// it named. A breach is charged to the agency that held the opinion when its deadline passed.
pub fn agency_on(acts: &[AgencyAct], day: NaiveDate) -> Option<&str> {
    acts.iter()
        .filter(|a| a.day <= day && a.agency.is_some())
        .max_by_key(|a| (a.day, a.kind != AgencyActKind::Notice, a.order))
        .and_then(|a| a.agency.as_deref())
}

/// The day an outcome is charged to an agency: an act on time to the one that acted; a breach
/// (late, or open past its due date) to the one that held the opinion on the due date; an
/// opinion still within its time to the one holding it on `as_of`.
pub fn charge_day(on: &OpinionOn, as_of: NaiveDate) -> NaiveDate {
    match *on {
        OpinionOn::Handled {
            late: true,
            deadline,
            ..
        } => deadline.due,
        OpinionOn::Handled { on, .. } => on,
        OpinionOn::Open {
            overdue: true,
            deadline,
        } => deadline.due,
        _ => as_of,
    }
}

/// R10 missed, then the opinion given anew to another agency by a corrected notice (its own
/// new 30 working days): each such breach stays on the record. Returns, for each, the R10 due
/// date missed and the day of the corrected notice, when that notice was issued by `as_of` and
/// the opinion had not been handled by the missed date.
pub fn breaches_before_reassignment(
    acts: &[AgencyAct],
    facts: &OpinionFacts,
    as_of: NaiveDate,
) -> Vec<(NaiveDate, NaiveDate)> {
    let mut notices: Vec<&AgencyAct> = acts
        .iter()
        .filter(|a| a.kind == AgencyActKind::Notice && a.day <= as_of)
        .collect();
    notices.sort_by_key(|a| (a.day, a.order));
    notices
        .windows(2)
        .filter_map(|pair| {
            let (before, after) = (pair[0], pair[1]);
            let missed = before.r10_due?;
            let anew = after.r10_due? != missed;
            let handled_in_time = facts.handled_by(missed).is_some();
            (anew && missed < after.day && !handled_in_time).then_some((missed, after.day))
        })
        .collect()
}

/// Whether an act of a session's own (announcement, holding, conclusion notice) had happened by
/// `day`.
pub fn done_by(act: Option<NaiveDate>, day: NaiveDate) -> Option<NaiveDate> {
    act.filter(|d| *d <= day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
    }

    fn assigned() -> OpinionFacts {
        OpinionFacts {
            status: Some(OpinionStatus::Responded),
            assigned_on: Some(d("2025-05-14")),
            r10_due: Some(d("2025-06-25")),
            responded_on: Some(d("2025-06-27")),
            ..Default::default()
        }
    }

    #[test]
    fn r10_answer_recorded_later_does_not_change_a_past_report() {
        let f = assigned();
        // On 26/6 the answer of 27/6 had not been given: open and overdue.
        assert_eq!(
            opinion_on(&f, d("2025-06-26")),
            OpinionOn::Open {
                deadline: InForce {
                    rule: Rule::R10,
                    due: d("2025-06-25")
                },
                overdue: true
            }
        );
        // On 27/6 it was answered, late.
        assert!(matches!(
            opinion_on(&f, d("2025-06-27")),
            OpinionOn::Handled {
                how: Handling::Answer,
                late: true,
                ..
            }
        ));
        // Before the notice it was not assigned at all.
        assert_eq!(opinion_on(&f, d("2025-05-13")), OpinionOn::NotAssigned);
    }

    #[test]
    fn r13_flow_counts_each_act_in_the_period_it_was_done() {
        use crate::rules::reports::{FlowEnd, Receipt};
        // Assigned 14/5/2025, R10 due 25/6, answered 27/6 (late).
        let f = assigned();
        // Q2 2025: open and overdue at its end (30/6 is after the answer, so the end is 26/6
        // when the report is run that day).
        assert_eq!(
            flow_end(&f, d("2025-04-01"), d("2025-06-26")),
            Some(FlowEnd::Open {
                overdue: true,
                extended: false
            })
        );
        // Q2 as of 30/6: answered late in the period.
        assert_eq!(
            flow_end(&f, d("2025-04-01"), d("2025-06-30")),
            Some(FlowEnd::Answered { late: true })
        );
        // Q3: settled before the period began — not to handle there.
        assert_eq!(flow_end(&f, d("2025-07-01"), d("2025-09-30")), None);
        // Before the notice: received, not assigned — open, awaiting its notice (what the next
        // period carries over).
        assert_eq!(
            flow_end(&f, d("2025-04-01"), d("2025-05-13")),
            Some(FlowEnd::AwaitingNotice)
        );
        assert_eq!(receipt(&f, d("2025-05-13")), Receipt::NotYetAssigned);
        assert_eq!(receipt(&f, d("2025-06-30")), Receipt::Assigned);
        // Routed out after assignment, in the period: handled by routing out.
        let rerouted = OpinionFacts {
            status: Some(OpinionStatus::OutOfScope),
            out_of_scope: Some(OutOfScopeKind::Complaint),
            assigned_on: Some(d("2025-05-14")),
            r10_due: Some(d("2025-06-25")),
            closed_on: Some(d("2025-07-02")),
            ..Default::default()
        };
        assert_eq!(
            flow_end(&rerouted, d("2025-07-01"), d("2025-09-30")),
            Some(FlowEnd::RoutedOut)
        );
        assert_eq!(receipt(&rerouted, d("2025-09-30")), Receipt::Assigned);
        // A complaint routed out at once never needed a follow-up.
        let routed = OpinionFacts {
            assigned_on: None,
            r10_due: None,
            ..rerouted
        };
        assert_eq!(flow_end(&routed, d("2025-07-01"), d("2025-09-30")), None);
        assert_eq!(receipt(&routed, d("2025-09-30")), Receipt::OutOfScope);
    }

    #[test]
    fn r13_outcome_of_opinions_that_carry_no_deadline() {
        let at_session = OpinionFacts {
            status: Some(OpinionStatus::Answered),
            ..Default::default()
        };
        assert_eq!(
            opinion_on(&at_session, d("2025-06-01")),
            OpinionOn::AnsweredAtSession
        );
        let denunciation = OpinionFacts {
            status: Some(OpinionStatus::OutOfScope),
            out_of_scope: Some(OutOfScopeKind::Denunciation),
            ..Default::default()
        };
        assert_eq!(
            opinion_on(&denunciation, d("2025-06-01")),
            OpinionOn::OutOfScope(OutOfScopeKind::Denunciation)
        );
        let open = OpinionFacts {
            status: Some(OpinionStatus::Open),
            ..Default::default()
        };
        assert_eq!(opinion_on(&open, d("2025-06-01")), OpinionOn::NotAssigned);
    }

    #[test]
    fn r11_forward_counts_as_handled_but_apart_from_answers() {
        let f = OpinionFacts {
            status: Some(OpinionStatus::Forwarded),
            responded_on: None,
            forwarded_on: Some(d("2025-06-20")),
            ..assigned()
        };
        assert!(matches!(
            opinion_on(&f, d("2025-07-01")),
            OpinionOn::Handled {
                how: Handling::Forward,
                late: false,
                ..
            }
        ));
    }

    #[test]
    fn r12_late_timeline_notice_keeps_the_r10_breach_visible() {
        let f = OpinionFacts {
            status: Some(OpinionStatus::Extended),
            responded_on: None,
            extension_notified_on: Some(d("2025-06-30")),
            extended_until: Some(d("2025-08-29")),
            ..assigned()
        };
        assert_eq!(f.late_timeline_notice(), Some(d("2025-06-25")));
        // Between the R10 due and the late timeline notice, R10 was overdue.
        assert_eq!(
            open_deadline_on(&f, d("2025-06-27")),
            Some(InForce {
                rule: Rule::R10,
                due: d("2025-06-25")
            })
        );
        // After it, the R12 target is in force.
        assert_eq!(
            open_deadline_on(&f, d("2025-07-10")),
            Some(InForce {
                rule: Rule::R12,
                due: d("2025-08-29")
            })
        );
        assert_eq!(
            responsible_agency(&f, Some("Phòng QLĐT"), Some("Phòng TN-MT"), d("2025-06-27")),
            Some("Phòng QLĐT")
        );
        assert_eq!(
            responsible_agency(&f, Some("Phòng QLĐT"), Some("Phòng TN-MT"), d("2025-07-10")),
            Some("Phòng TN-MT")
        );
    }

    #[test]
    fn r12_answer_after_extension_is_judged_against_the_new_target() {
        let f = OpinionFacts {
            responded_on: Some(d("2025-08-20")),
            extension_notified_on: Some(d("2025-06-20")),
            extended_until: Some(d("2025-08-29")),
            ..assigned()
        };
        assert!(matches!(
            opinion_on(&f, d("2025-09-01")),
            OpinionOn::Handled {
                late: false,
                deadline: InForce {
                    rule: Rule::R12,
                    ..
                },
                ..
            }
        ));
    }

    #[test]
    fn r12_answer_after_a_late_timeline_notice_is_late_against_r10() {
        // R10 due 25/6; the timeline notice came on 30/6, after it; the answer on 20/8 met the
        // new target but not R10: the person had neither answer nor timeline in 30 working days.
        let f = OpinionFacts {
            status: Some(OpinionStatus::Responded),
            responded_on: Some(d("2025-08-20")),
            extension_notified_on: Some(d("2025-06-30")),
            extended_until: Some(d("2025-08-29")),
            ..assigned()
        };
        assert_eq!(
            opinion_on(&f, d("2025-09-01")),
            OpinionOn::Handled {
                how: Handling::Answer,
                on: d("2025-08-20"),
                deadline: InForce {
                    rule: Rule::R10,
                    due: d("2025-06-25")
                },
                late: true,
            }
        );
    }

    fn act(day: &str, kind: AgencyActKind, agency: &str, r10: Option<&str>) -> AgencyAct {
        AgencyAct {
            day: d(day),
            kind,
            order: 0,
            agency: Some(agency.into()),
            r10_due: r10.map(d),
        }
    }

    #[test]
    fn r10_a_breach_is_charged_to_the_agency_that_held_the_opinion_on_its_due_date() {
        let acts = vec![
            act(
                "2025-06-25",
                AgencyActKind::Notice,
                "Phòng QLĐT",
                Some("2025-08-06"),
            ),
            act(
                "2025-08-20",
                AgencyActKind::Reassignment,
                "Phòng Kinh tế",
                None,
            ),
        ];
        let open = OpinionOn::Open {
            deadline: InForce {
                rule: Rule::R10,
                due: d("2025-08-06"),
            },
            overdue: true,
        };
        assert_eq!(
            agency_on(&acts, charge_day(&open, d("2025-08-31"))),
            Some("Phòng QLĐT")
        );
        // Still within its time: whoever holds it on the report day.
        let within = OpinionOn::Open {
            deadline: InForce {
                rule: Rule::R10,
                due: d("2025-09-30"),
            },
            overdue: false,
        };
        assert_eq!(
            agency_on(&acts, charge_day(&within, d("2025-08-31"))),
            Some("Phòng Kinh tế")
        );
    }

    #[test]
    fn r10_a_breach_stays_when_a_correction_gives_the_opinion_anew() {
        let acts = vec![
            act(
                "2025-06-25",
                AgencyActKind::Notice,
                "Phòng QLĐT",
                Some("2025-08-06"),
            ),
            act(
                "2025-09-01",
                AgencyActKind::Notice,
                "Phòng Kinh tế",
                Some("2025-10-14"),
            ),
        ];
        let facts = OpinionFacts {
            status: Some(OpinionStatus::Assigned),
            assigned_on: Some(d("2025-06-25")),
            r10_due: Some(d("2025-10-14")),
            ..Default::default()
        };
        assert_eq!(
            breaches_before_reassignment(&acts, &facts, d("2025-12-31")),
            vec![(d("2025-08-06"), d("2025-09-01"))]
        );
        // Not yet corrected on the report day: no such breach (the open R10 shows instead).
        assert!(breaches_before_reassignment(&acts, &facts, d("2025-08-31")).is_empty());
        // Missed again under the second agency, then given to a third: both breaches stay.
        let mut twice = acts.clone();
        twice.push(act(
            "2025-11-20",
            AgencyActKind::Notice,
            "Phòng TN-MT",
            Some("2026-01-05"),
        ));
        assert_eq!(
            breaches_before_reassignment(&twice, &facts, d("2025-12-31")),
            vec![
                (d("2025-08-06"), d("2025-09-01")),
                (d("2025-10-14"), d("2025-11-20"))
            ]
        );
    }

    #[test]
    fn r12_a_timeline_notice_on_the_day_of_a_reassignment_counts_in_the_order_recorded() {
        let notice = act(
            "2026-07-06",
            AgencyActKind::Notice,
            "Phòng Kinh tế",
            Some("2026-08-17"),
        );
        let reassigned = AgencyAct {
            order: 2 * 4,
            ..act(
                "2026-08-10",
                AgencyActKind::Reassignment,
                "Phòng QLĐT",
                None,
            )
        };
        // Recorded after reassignment 4: the timeline notice's agency holds the opinion.
        let timeline_after = AgencyAct {
            order: 2 * 4 + 1,
            ..act("2026-08-10", AgencyActKind::Timeline, "Phòng TN-MT", None)
        };
        let acts = vec![notice.clone(), timeline_after, reassigned.clone()];
        assert_eq!(agency_on(&acts, d("2026-08-10")), Some("Phòng TN-MT"));
        assert_eq!(agency_on(&acts, d("2026-08-09")), Some("Phòng Kinh tế"));
        // Recorded before it (no reassignment yet, or recorded by a schema before 9): the
        // reassignment prevails, whatever order the acts are listed in.
        let timeline_before = AgencyAct {
            order: 1,
            ..act("2026-08-10", AgencyActKind::Timeline, "Phòng TN-MT", None)
        };
        let acts = vec![notice.clone(), reassigned.clone(), timeline_before.clone()];
        assert_eq!(agency_on(&acts, d("2026-08-10")), Some("Phòng QLĐT"));
        let acts = vec![reassigned, timeline_before, notice];
        assert_eq!(agency_on(&acts, d("2026-08-10")), Some("Phòng QLĐT"));
    }
}
