//! The regulation's deadlines and how a record stands against them.
//!
//! Owns: R4 (announcement 7 calendar days before), R9 (conclusion notice within 10 working days
//! of the session), R10 (written answer within 30 working days of the notice), R12 (the
//! extension notice inside the R10 window, then its own target date), and the classification of
//! a deadline as met on time, met late, pending or overdue as of a given day.
//! Must not: read the clock; "today" is always an argument.

use super::calendar::{Calendar, OutOfRange};
use super::vocabulary::{AnnouncementReading, SessionKind};
use chrono::{Duration, NaiveDate};
use serde::Serialize;

/// Art. 7.2.3: the public announcement comes 7 days (calendar days) before the conference.
pub const ANNOUNCEMENT_DAYS: u32 = 7;
/// Art. 10.1: the conclusion notice within 10 working days.
pub const CONCLUSION_WORKING_DAYS: u32 = 10;
/// Art. 10.2: the written answer within 30 working days after the conclusion notice.
pub const RESPONSE_WORKING_DAYS: u32 = 30;

/// Which rule a deadline comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Rule {
    R4,
    R9,
    R10,
    R12,
}

impl Rule {
    /// The rule of a stored code ("R4", "R9", "R10", "R12").
    pub fn from_code(code: &str) -> Option<Rule> {
        match code {
            "R4" => Some(Rule::R4),
            "R9" => Some(Rule::R9),
            "R10" => Some(Rule::R10),
            "R12" => Some(Rule::R12),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Rule::R4 => "R4",
            Rule::R9 => "R9",
            Rule::R10 => "R10",
            Rule::R12 => "R12",
        }
    }
}

/// The latest day an act may be done before an event `days` calendar days ahead.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct BeforeEvent {
    /// Event date minus `days` (the event day itself is not counted, Civil Code Art. 147 read
    /// backwards). Nothing moves it later when it is a rest day (Art. 148(5) rolls forward only).
    pub latest: NaiveDate,
    /// The last working day on or before `latest`: the safe day, since offices are closed on
    /// rest days.
    pub last_working_day: NaiveDate,
}

/// The latest date for an act required `days` calendar days before `event`.
pub fn before_event(
    cal: &Calendar,
    event: NaiveDate,
    days: u32,
) -> Result<BeforeEvent, OutOfRange> {
    let latest = event - Duration::days(i64::from(days));
    Ok(BeforeEvent {
        latest,
        last_working_day: cal.working_day_on_or_before(latest)?,
    })
}

/// R4 (Art. 7.2.3): the announcement is due by the session date minus 7 calendar days (the day
/// of the session not counted, Civil Code Art. 147 read backwards), or minus 8 when the office
/// reads "7 days before" as 7 clear days in between; an ad-hoc session needs no announcement.
pub fn announcement_due(
    kind: SessionKind,
    session_date: NaiveDate,
    reading: AnnouncementReading,
) -> Option<NaiveDate> {
    let days = match reading {
        AnnouncementReading::Standard => ANNOUNCEMENT_DAYS,
        AnnouncementReading::ClearDays => ANNOUNCEMENT_DAYS + 1,
    };
    match kind {
        SessionKind::AdHoc => None,
        _ => Some(session_date - Duration::days(i64::from(days))),
    }
}

/// R9 (Art. 10.1): the conclusion notice is due on the 10th working day after the session.
pub fn conclusion_due(cal: &Calendar, held_on: NaiveDate) -> Result<NaiveDate, OutOfRange> {
    cal.add_working_days(held_on, CONCLUSION_WORKING_DAYS)
}

/// R10 (Art. 10.2): the written answer is due on the 30th working day after the notice.
pub fn response_due(cal: &Calendar, notice_on: NaiveDate) -> Result<NaiveDate, OutOfRange> {
    cal.add_working_days(notice_on, RESPONSE_WORKING_DAYS)
}

/// R12 (Art. 10.2): a complex matter's timeline notice must reach the person inside the R10
/// window. Returns how many working days late it was (0 when on time).
pub fn extension_notice_lateness(
    cal: &Calendar,
    r10_due: NaiveDate,
    notified_on: NaiveDate,
) -> Result<i64, OutOfRange> {
    lateness(cal, r10_due, notified_on)
}

/// R12 (Art. 10.2): the target date a timeline notice gives, as a deadline. A target that
/// falls on a day off (a weekend, a holiday, the office's own day off) is due the next working
/// day (Civil Code 2015 Art. 148(5)): the agency is never late on a day it could not act, and
/// every view counts the same day.
pub fn r12_due(cal: &Calendar, target: NaiveDate) -> Result<NaiveDate, OutOfRange> {
    cal.working_day_on_or_after(target)
}

/// Working days by which `done` missed `due` (0 when on or before it). An act on a rest day
/// right after the deadline is still late: at least one day.
pub fn lateness(cal: &Calendar, due: NaiveDate, done: NaiveDate) -> Result<i64, OutOfRange> {
    if done <= due {
        return Ok(0);
    }
    Ok(cal.working_days_between(due, done)?.max(1))
}

/// How a deadline stands as of a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "state", rename_all = "kebab-case")]
pub enum Standing {
    /// Done on or before the deadline.
    OnTime { done_on: NaiveDate },
    /// Done after the deadline, by this many working days.
    Late { done_on: NaiveDate, days: i64 },
    /// Not done; this many working days left (0 = due today).
    Pending { days_left: i64 },
    /// Not done and past the deadline by this many working days.
    Overdue { days: i64 },
}

/// Classify a deadline `due` as of `today`, given when (if ever) it was met.
pub fn standing(
    cal: &Calendar,
    due: NaiveDate,
    done_on: Option<NaiveDate>,
    today: NaiveDate,
) -> Result<Standing, OutOfRange> {
    Ok(match done_on {
        Some(done_on) if done_on <= due => Standing::OnTime { done_on },
        Some(done_on) => Standing::Late {
            done_on,
            days: lateness(cal, due, done_on)?,
        },
        None if today <= due => Standing::Pending {
            days_left: cal.working_days_between(today, due)?,
        },
        None => Standing::Overdue {
            days: lateness(cal, due, today)?,
        },
    })
}

/// What a deadline counts in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Unit {
    CalendarDays,
    WorkingDays,
}

/// One deadline of a record with how it stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct DeadlineCheck {
    pub rule: Rule,
    pub due: NaiveDate,
    pub unit: Unit,
    #[serde(flatten)]
    pub standing: Standing,
}

/// Where a deadline stands, as the stable codes of a CSV of codes: (`on-time` | `late` |
/// `pending` | `overdue`, the working days late, left or over); empty without a deadline.
pub fn standing_codes(check: Option<&DeadlineCheck>) -> (String, String) {
    match check.map(|c| c.standing) {
        Some(Standing::OnTime { .. }) => ("on-time".into(), "0".into()),
        Some(Standing::Late { days, .. }) => ("late".into(), days.to_string()),
        Some(Standing::Pending { days_left }) => ("pending".into(), days_left.to_string()),
        Some(Standing::Overdue { days }) => ("overdue".into(), days.to_string()),
        None => (String::new(), String::new()),
    }
}

/// The R10 window an opinion gets from a conclusion notice (Art. 10.1–10.2): a corrected notice
/// that leaves it with the same lead agency keeps the due date and start of the first notice —
/// a correction never hides lateness; one that assigns it anew (another agency, or not assigned
/// before) counts 30 working days from this notice. Returns (due, counted from, kept).
pub fn r10_window_after_notice(
    previous: Option<(i64, NaiveDate, NaiveDate)>,
    agency: i64,
    notice_on: NaiveDate,
    due_from_notice: NaiveDate,
) -> (NaiveDate, NaiveDate, bool) {
    match previous {
        Some((was, due, from)) if was == agency => (due, from, true),
        _ => (due_from_notice, notice_on, false),
    }
}

/// R4 as of `today`: counted in calendar days; once the session date has passed without an
/// announcement the lateness stops growing at the session date.
pub fn r4_check(
    announce_due: Option<NaiveDate>,
    announced_on: Option<NaiveDate>,
    session_date: NaiveDate,
    today: NaiveDate,
) -> Option<DeadlineCheck> {
    let due = announce_due?;
    let days = |from: NaiveDate, to: NaiveDate| (to - from).num_days();
    let standing = match announced_on {
        Some(on) if on <= due => Standing::OnTime { done_on: on },
        Some(on) => Standing::Late {
            done_on: on,
            days: days(due, on),
        },
        None if today <= due => Standing::Pending {
            days_left: days(today, due),
        },
        None => Standing::Overdue {
            days: days(due, today.min(session_date)).max(1),
        },
    };
    Some(DeadlineCheck {
        rule: Rule::R4,
        due,
        unit: Unit::CalendarDays,
        standing,
    })
}

/// R9 as of `today`: the notice against the 10th working day after the session.
pub fn r9_check(
    cal: &Calendar,
    conclusion_due: NaiveDate,
    notice_on: Option<NaiveDate>,
    today: NaiveDate,
) -> Result<DeadlineCheck, OutOfRange> {
    Ok(DeadlineCheck {
        rule: Rule::R9,
        due: conclusion_due,
        unit: Unit::WorkingDays,
        standing: standing(cal, conclusion_due, notice_on, today)?,
    })
}

/// R10 or R12 as of `today`: an opinion's answer against the deadline in force.
pub fn answer_check(
    cal: &Calendar,
    rule: Rule,
    due: NaiveDate,
    closed_on: Option<NaiveDate>,
    today: NaiveDate,
) -> Result<DeadlineCheck, OutOfRange> {
    Ok(DeadlineCheck {
        rule,
        due,
        unit: Unit::WorkingDays,
        standing: standing(cal, due, closed_on, today)?,
    })
}

/// The day the office's duty for an opinion ended: its written answer or its forward (Art.
/// 10.2), or — for an opinion found to be a complaint or denunciation and routed out of the
/// dialogue (Art. 1.2, R8) — the day it was routed. After it, no deadline of the opinion runs.
pub fn discharged_on(
    status: crate::rules::vocabulary::OpinionStatus,
    responded_on: Option<NaiveDate>,
    forwarded_on: Option<NaiveDate>,
    closed_on: Option<NaiveDate>,
) -> Option<NaiveDate> {
    use crate::rules::vocabulary::OpinionStatus;
    responded_on.or(forwarded_on).or(match status {
        OpinionStatus::OutOfScope => closed_on,
        _ => None,
    })
}

/// The deadline in force of an opinion as of `today`: R12's target after an extension, else
/// R10; met by the written answer or the forward (Art. 10.2). `None` before any assignment.
pub fn opinion_check(
    cal: &Calendar,
    due: Option<NaiveDate>,
    extended: bool,
    closed_on: Option<NaiveDate>,
    today: NaiveDate,
) -> Result<Option<DeadlineCheck>, OutOfRange> {
    let Some(due) = due else { return Ok(None) };
    let rule = if extended { Rule::R12 } else { Rule::R10 };
    Ok(Some(answer_check(cal, rule, due, closed_on, today)?))
}

/// An open item of the overdue report as of `as_of`: overdue, or due within the horizon. R4
/// counts calendar days, the others working days.
pub fn open_item_check(
    cal: &Calendar,
    rule: Rule,
    due: NaiveDate,
    as_of: NaiveDate,
) -> Result<DeadlineCheck, OutOfRange> {
    let (unit, standing) = match rule {
        Rule::R4 => (
            Unit::CalendarDays,
            if due < as_of {
                Standing::Overdue {
                    days: (as_of - due).num_days(),
                }
            } else {
                Standing::Pending {
                    days_left: (due - as_of).num_days(),
                }
            },
        ),
        _ => (Unit::WorkingDays, standing(cal, due, None, as_of)?),
    };
    Ok(DeadlineCheck {
        rule,
        due,
        unit,
        standing,
    })
}

/// The regulation's own reference for a rule code, as a document cites it ("Điều 10 khoản 2").
pub fn article(code: &str) -> Option<&'static str> {
    Some(match code {
        "R4" => "Điều 7 khoản 2",
        "R9" => "Điều 10 khoản 1",
        "R10" | "R11" | "R12" => "Điều 10 khoản 2",
        "R13" => "Điều 10 khoản 3, Điều 11",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {

    #[test]
    fn r10_corrected_notice_keeps_the_first_due_unless_assigned_anew() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date");
        let first = Some((7, d("2026-09-02"), d("2026-07-22")));
        assert_eq!(
            r10_window_after_notice(first, 7, d("2026-08-28"), d("2026-10-09")),
            (d("2026-09-02"), d("2026-07-22"), true)
        );
        assert_eq!(
            r10_window_after_notice(first, 8, d("2026-08-28"), d("2026-10-09")),
            (d("2026-10-09"), d("2026-08-28"), false)
        );
        assert_eq!(
            r10_window_after_notice(None, 8, d("2026-07-22"), d("2026-09-02")),
            (d("2026-09-02"), d("2026-07-22"), false)
        );
    }
    use super::*;
    use proptest::prelude::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
    }

    #[test]
    fn r9_conclusion_due_tenth_working_day() {
        let cal = Calendar::national();
        // Fri 25/4/2025: Sat 26/4 is a make-up working day (day 1), 30/4, 1/5, 2/5 are off.
        assert_eq!(conclusion_due(&cal, d("2025-04-25")), Ok(d("2025-05-13")));
        // A plain fortnight: Mon 8/6/2026 → Mon 22/6/2026.
        assert_eq!(conclusion_due(&cal, d("2026-06-08")), Ok(d("2026-06-22")));
    }

    #[test]
    fn r9_conclusion_due_skips_tet_2026() {
        let cal = Calendar::national();
        // Thu 12/2/2026: Fri 13 (1), Tết 16–20/2 off, then 23/2 (2) … 5/3 (10).
        assert_eq!(conclusion_due(&cal, d("2026-02-12")), Ok(d("2026-03-05")));
    }

    #[test]
    fn r9_conclusion_due_counts_make_up_saturday_2026_01_10() {
        let cal = Calendar::national();
        // Wed 31/12/2025: 1/1 and 2/1 off, Sat 10/1 is a working day.
        // Mon 5 (1) … Fri 9 (5), Sat 10 (6), Mon 12 (7), Tue 13 (8), Wed 14 (9), Thu 15 (10).
        assert_eq!(conclusion_due(&cal, d("2025-12-31")), Ok(d("2026-01-15")));
    }

    #[test]
    fn r9_conclusion_due_crosses_the_2023_break() {
        let cal = Calendar::national();
        // Fri 28/4/2023: 29/4–3/5 off; Thu 4/5 is day 1.
        assert_eq!(conclusion_due(&cal, d("2023-04-28")), Ok(d("2023-05-17")));
    }

    #[test]
    fn r9_session_on_a_rest_day_counts_from_the_next_working_day() {
        let cal = Calendar::national();
        // Sun 7/6/2026: Mon 8/6 is day 1.
        assert_eq!(conclusion_due(&cal, d("2026-06-07")), Ok(d("2026-06-19")));
    }

    #[test]
    fn r10_response_due_thirtieth_working_day_after_notice() {
        let cal = Calendar::national();
        // Notice Mon 22/6/2026 → 30 working days: 3/8/2026.
        assert_eq!(response_due(&cal, d("2026-06-22")), Ok(d("2026-08-03")));
        // Across 2/9/2026: notice Fri 14/8/2026, Sat 22/8 worked, 31/8–2/9 off.
        assert_eq!(response_due(&cal, d("2026-08-14")), Ok(d("2026-09-29")));
    }

    #[test]
    fn r10_response_due_across_tet_2019_and_make_up_saturday_5_january() {
        let cal = Calendar::national();
        // Notice Fri 28/12/2018: 31/12 and 1/1 off, Sat 5/1/2019 worked, Tết 4–8/2 off.
        assert_eq!(response_due(&cal, d("2018-12-28")), Ok(d("2019-02-18")));
    }

    #[test]
    fn r10_response_due_in_computed_years() {
        let cal = Calendar::national();
        // 2027 (provisional): notice Mon 25/1/2027, Tết 4–10/2/2027.
        assert_eq!(response_due(&cal, d("2027-01-25")), Ok(d("2027-03-15")));
        // 2037: Giỗ Tổ Fri 24/4 (VN), 30/4 Thu, 1/5 Fri.
        assert_eq!(conclusion_due(&cal, d("2037-04-20")), Ok(d("2037-05-07")));
        // 2038: Giỗ Tổ Tue 13/4 (VN, not 14/4 as in China).
        assert_eq!(conclusion_due(&cal, d("2038-04-09")), Ok(d("2038-04-26")));
        // 2030: Tết Sat 2/2 (VN): days off Thu 31/1, Fri 1/2, Mon 4 … Wed 6/2; Wed 30/1 is day 1.
        assert_eq!(conclusion_due(&cal, d("2030-01-29")), Ok(d("2030-02-19")));
        // 2031: Giỗ Tổ Tue 1/4 in the regular 3rd month.
        assert_eq!(conclusion_due(&cal, d("2031-03-31")), Ok(d("2031-04-15")));
    }

    #[test]
    fn r4_announcement_seven_calendar_days_before() {
        assert_eq!(
            announcement_due(
                SessionKind::Periodic,
                d("2026-06-16"),
                AnnouncementReading::Standard
            ),
            Some(d("2026-06-09"))
        );
        assert_eq!(
            announcement_due(
                SessionKind::AdHoc,
                d("2026-06-16"),
                AnnouncementReading::Standard
            ),
            None
        );
        assert_eq!(
            announcement_due(
                SessionKind::Regular,
                d("2026-06-16"),
                AnnouncementReading::ClearDays
            ),
            Some(d("2026-06-08")),
            "7 clear days between the announcement and the session"
        );
        let cal = Calendar::national();
        // Session Mon 7/9/2026: C−7 is Mon 31/8 (swapped day off) → last working day Sat 22/8?
        // No: Fri 28/8 is the last working day on or before 31/8.
        let before = before_event(&cal, d("2026-09-07"), 7).expect("in range");
        assert_eq!(before.latest, d("2026-08-31"));
        assert_eq!(before.last_working_day, d("2026-08-28"));
    }

    #[test]
    fn r12_target_on_a_day_off_is_due_the_next_working_day() {
        let cal = Calendar::national();
        // 30/4/2027 (Fri) and 1/5 (Sat) are holidays, 2/5 a Sunday, 3/5 the compensatory day
        // for 1/5: the first working day is Tuesday 4/5.
        assert_eq!(r12_due(&cal, d("2027-04-30")), Ok(d("2027-05-04")));
        // A working day stays as it is.
        assert_eq!(r12_due(&cal, d("2027-05-05")), Ok(d("2027-05-05")));
        // A Saturday target is due on Monday.
        assert_eq!(r12_due(&cal, d("2027-06-05")), Ok(d("2027-06-07")));
    }

    #[test]
    fn r12_extension_notice_must_fall_inside_the_r10_window() {
        let cal = Calendar::national();
        let due = d("2026-08-03");
        assert_eq!(extension_notice_lateness(&cal, due, d("2026-07-30")), Ok(0));
        assert_eq!(extension_notice_lateness(&cal, due, d("2026-08-05")), Ok(2));
    }

    #[test]
    fn r4_late_announcement_is_recorded_and_counted_in_calendar_days() {
        let due = Some(d("2026-06-09"));
        let session = d("2026-06-16");
        let late =
            r4_check(due, Some(d("2026-06-12")), session, d("2026-06-20")).expect("R4 applies");
        assert_eq!(
            late.standing,
            Standing::Late {
                done_on: d("2026-06-12"),
                days: 3
            }
        );
        let never = r4_check(due, None, session, d("2026-07-30")).expect("R4 applies");
        assert_eq!(never.standing, Standing::Overdue { days: 7 });
        assert_eq!(r4_check(None, None, session, session), None);
    }

    #[test]
    fn r8_routing_out_of_scope_ends_the_answer_deadline() {
        use crate::rules::vocabulary::OpinionStatus;
        let routed = d("2026-10-06");
        // Routed out after its R10 date: the duty ended that day, no deadline runs on.
        assert_eq!(
            discharged_on(OpinionStatus::OutOfScope, None, None, Some(routed)),
            Some(routed)
        );
        // The answer or the forward discharges whatever else was recorded.
        let answered = d("2026-09-20");
        assert_eq!(
            discharged_on(
                OpinionStatus::Responded,
                Some(answered),
                None,
                Some(answered)
            ),
            Some(answered)
        );
        // A closing day of another kind of record is not a discharge.
        assert_eq!(
            discharged_on(OpinionStatus::Assigned, None, None, Some(routed)),
            None
        );
    }

    #[test]
    fn r10_r12_opinion_deadline_in_force() {
        let cal = Calendar::national();
        let c = opinion_check(&cal, Some(d("2026-10-30")), true, None, d("2026-11-03"))
            .expect("in range");
        assert_eq!(
            c.map(|c| (c.rule, c.standing)),
            Some((Rule::R12, Standing::Overdue { days: 2 }))
        );
        assert_eq!(
            opinion_check(&cal, None, false, None, d("2026-11-03")),
            Ok(None)
        );
    }

    #[test]
    fn r4_open_item_counts_calendar_days_r9_working_days() {
        let cal = Calendar::national();
        let r4 =
            open_item_check(&cal, Rule::R4, d("2026-08-13"), d("2026-08-12")).expect("in range");
        assert_eq!(
            (r4.unit, r4.standing),
            (Unit::CalendarDays, Standing::Pending { days_left: 1 })
        );
        let r9 =
            open_item_check(&cal, Rule::R9, d("2026-08-03"), d("2026-08-12")).expect("in range");
        assert_eq!(
            (r9.unit, r9.standing),
            (Unit::WorkingDays, Standing::Overdue { days: 7 })
        );
    }

    #[test]
    fn standing_on_time_late_pending_overdue() {
        let cal = Calendar::national();
        let due = d("2026-06-22");
        assert_eq!(
            standing(&cal, due, Some(due), d("2026-07-01")),
            Ok(Standing::OnTime { done_on: due })
        );
        assert_eq!(
            standing(&cal, due, Some(d("2026-06-24")), d("2026-07-01")),
            Ok(Standing::Late {
                done_on: d("2026-06-24"),
                days: 2
            })
        );
        assert_eq!(
            standing(&cal, due, None, d("2026-06-18")),
            Ok(Standing::Pending { days_left: 2 })
        );
        assert_eq!(
            standing(&cal, due, None, d("2026-06-27")),
            Ok(Standing::Overdue { days: 4 })
        );
    }

    fn any_date() -> impl Strategy<Value = NaiveDate> {
        (0i64..(200 * 365)).prop_map(|n| d("1900-03-01") + Duration::days(n))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        #[test]
        fn deadline_is_a_working_day_after_its_trigger(day in any_date(), n in 1u32..400) {
            let cal = Calendar::national();
            if let Ok(due) = cal.add_working_days(day, n) {
                prop_assert!(due > day);
                prop_assert!(cal.is_working_day(due).expect("in range"));
                prop_assert_eq!(cal.working_days_between(day, due).expect("in range"), i64::from(n));
            }
        }

        #[test]
        fn deadline_is_monotone_and_additive(day in any_date(), a in 0u32..200, b in 0u32..200) {
            let cal = Calendar::national();
            if let (Ok(da), Ok(dab)) = (cal.add_working_days(day, a), cal.add_working_days(day, a + b)) {
                prop_assert!(da <= dab);
                if b > 0 { prop_assert!(da < dab); }
                prop_assert_eq!(cal.add_working_days(da, b).expect("in range"), dab);
            }
        }

        #[test]
        fn fast_arithmetic_agrees_with_walking_day_by_day(day in any_date(), n in 1u32..60) {
            let cal = Calendar::national();
            let mut walked = day;
            let mut counted = 0;
            while counted < n {
                walked += Duration::days(1);
                if cal.is_working_day(walked).expect("in range") { counted += 1; }
            }
            prop_assert_eq!(cal.add_working_days(day, n).expect("in range"), walked);
        }
    }
}
