//! Report arithmetic for supervisors (R3, R13).
//!
//! Owns: reporting periods (quarter, half-year, year, range), the on-time rate in which open
//! overdue items count against the office, medians, and the R3 yearly-plan verdict.

use super::vocabulary::ChairRole;
use chrono::NaiveDate;
use serde::Serialize;

/// A reporting period that could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("'{value}' is not a {what}; accepted: {accepted}")]
pub struct PeriodError {
    pub what: &'static str,
    pub value: String,
    pub accepted: &'static str,
}

/// An inclusive range of days a report covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

fn period(year: i32, first_month: u32, months: u32) -> Option<Period> {
    let from = NaiveDate::from_ymd_opt(year, first_month, 1)?;
    let next = if first_month + months > 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)?
    } else {
        NaiveDate::from_ymd_opt(year, first_month + months, 1)?
    };
    Some(Period {
        from,
        to: next.pred_opt()?,
    })
}

/// `2026-Q4`, `Q4/2026`, `quý IV/2026`, `Quy 4 2026` → (2026, 4) for marker `Q` (and the same
/// shapes with `H` for halves): the ISO-like code and the way a Vietnamese report names it.
fn split_year(value: &str, marker: char) -> Option<(i32, u32)> {
    let folded = crate::rules::text::fold(value).to_ascii_uppercase();
    let folded = folded.trim();
    let (y, n) = if let Some((y, n)) = folded.split_once('-') {
        (y.trim(), n.trim().strip_prefix(marker)?)
    } else {
        let rest = folded
            .strip_prefix("QUY")
            .filter(|_| marker == 'Q')
            .or_else(|| folded.strip_prefix(marker))?;
        let (n, y) = rest.trim().split_once(['/', ' '])?;
        // "Quý III năm 2026": the year after the word for it.
        let y = y.trim();
        (y.strip_prefix("NAM").map_or(y, str::trim), n.trim())
    };
    let n = match n {
        "I" => 1,
        "II" => 2,
        "III" => 3,
        "IV" => 4,
        digits if digits.bytes().all(|b| b.is_ascii_digit()) && !digits.is_empty() => {
            digits.parse().ok()?
        }
        _ => return None,
    };
    if y.is_empty() || !y.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let y: i32 = y.parse().ok()?;
    (1900..=2100).contains(&y).then_some((y, n))
}

/// `2026-Q4` → 1/10/2026 … 31/12/2026 (Art. 10.3: periodic reports).
pub fn quarter(value: &str) -> Result<Period, PeriodError> {
    split_year(value, 'Q')
        .filter(|(_, q)| (1..=4).contains(q))
        .and_then(|(y, q)| period(y, (q - 1) * 3 + 1, 3))
        .ok_or_else(|| PeriodError {
            what: "quarter",
            value: value.to_string(),
            accepted: "YYYY-Q1 … YYYY-Q4 or Q1/YYYY … Q4/YYYY, e.g. 2026-Q4, Q4/2026",
        })
}

/// `12/2026`, `2026-12` or "tháng 12/2026" → 1/12/2026 … 31/12/2026 (a monthly report).
pub fn month(value: &str) -> Result<Period, PeriodError> {
    let folded = crate::rules::text::fold(value);
    let text = folded.trim();
    let text = text.strip_prefix("thang").map_or(text, str::trim);
    let parts: Vec<&str> = text
        .split(['/', '-', ' '])
        .filter(|p| !p.is_empty() && *p != "nam")
        .collect();
    let digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    let found = match parts.as_slice() {
        [a, b] if digits(a) && digits(b) => {
            // The year is the four-digit part, wherever it stands.
            let (m_text, y_text) = if a.len() == 4 { (b, a) } else { (a, b) };
            match (m_text.parse::<u32>(), y_text.parse::<i32>()) {
                // The years every period accepts (`year`), written without leading zeros.
                (Ok(m), Ok(y))
                    if (1900..=2100).contains(&y)
                        && y_text.len() == 4
                        && m_text.len() <= 2
                        && (1..=12).contains(&m) =>
                {
                    period(y, m, 1)
                }
                _ => None,
            }
        }
        _ => None,
    };
    found.ok_or_else(|| PeriodError {
        what: "month",
        value: value.to_string(),
        accepted: "MM/YYYY, YYYY-MM or \"tháng MM/YYYY\", e.g. 12/2026",
    })
}

/// `2026-H2` → 1/7/2026 … 31/12/2026.
pub fn half(value: &str) -> Result<Period, PeriodError> {
    // "6 tháng đầu năm 2026" / "6 tháng cuối năm 2026", as a Vietnamese report names them.
    let folded = crate::rules::text::fold(value);
    let named = [("6 thang dau nam ", 1), ("6 thang cuoi nam ", 2)]
        .iter()
        .find_map(|(words, h)| {
            let y = folded.trim().strip_prefix(words)?.trim();
            (!y.is_empty() && y.bytes().all(|b| b.is_ascii_digit()))
                .then(|| y.parse::<i32>().ok().map(|y| (y, *h)))
                .flatten()
        });
    named
        .or_else(|| split_year(value, 'H'))
        .filter(|(_, h)| (1..=2).contains(h))
        .and_then(|(y, h)| period(y, (h - 1) * 6 + 1, 6))
        .ok_or_else(|| PeriodError {
            what: "half-year",
            value: value.to_string(),
            accepted:
                "YYYY-H1, YYYY-H2, H1/YYYY, H2/YYYY or \"6 tháng đầu/cuối năm YYYY\", e.g. 2026-H2",
        })
}

/// A calendar year.
pub fn year(y: i32) -> Result<Period, PeriodError> {
    if (1900..=2100).contains(&y) {
        period(y, 1, 12).ok_or_else(|| unreachable_year(y))
    } else {
        Err(unreachable_year(y))
    }
}

fn unreachable_year(y: i32) -> PeriodError {
    PeriodError {
        what: "year",
        value: y.to_string(),
        accepted: "a year from 1900 to 2100",
    }
}

/// R13 on-time rate: closed on time ÷ (closed on time + closed late + open overdue). An office
/// cannot raise its rate by leaving late items unanswered. `None` when nothing was due.
pub fn on_time_rate(on_time: u64, late: u64, open_overdue: u64) -> Option<f64> {
    let denominator = on_time + late + open_overdue;
    (denominator > 0).then(|| on_time as f64 / denominator as f64)
}

/// Median of a list of working-day counts (the middle two averaged).
pub fn median(mut values: Vec<i64>) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    values.sort_unstable();
    let mid = values.len() / 2;
    Some(if values.len().is_multiple_of(2) {
        (values[mid - 1] + values[mid]) as f64 / 2.0
    } else {
        values[mid] as f64
    })
}

/// Median of working-day counts kept as how many times each count occurs (a year of a large
/// office hands over hundreds of thousands of answers, of a few hundred distinct counts): the
/// same value as `median` of the counts themselves.
pub fn median_of_counts(counts: &std::collections::BTreeMap<i64, u64>) -> Option<f64> {
    let total: u64 = counts.values().sum();
    if total == 0 {
        return None;
    }
    // The value at a 0-based position of the sorted list.
    let at = |position: u64| {
        let mut seen = 0;
        for (value, n) in counts {
            seen += n;
            if position < seen {
                return *value;
            }
        }
        0
    };
    let mid = total / 2;
    Some(if total.is_multiple_of(2) {
        (at(mid - 1) + at(mid)) as f64 / 2.0
    } else {
        at(mid) as f64
    })
}

/// R13: how the deadlines of one kind (R4, R9 or R10/R12) were kept over a period.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Tally {
    pub on_time: u64,
    pub late: u64,
    pub open_overdue: u64,
    pub open_not_due: u64,
    /// on_time ÷ (on_time + late + open_overdue): open overdue items count against it.
    /// A deadline superseded after it was missed counts late (`add_superseded_breach`).
    pub on_time_rate: Option<f64>,
}

impl Tally {
    /// Count one deadline `due`, met on `done` (or not yet), as of `as_of`.
    pub fn add(&mut self, due: NaiveDate, done: Option<NaiveDate>, as_of: NaiveDate) {
        match done {
            Some(d) if d <= due => self.on_time += 1,
            Some(_) => self.late += 1,
            None if due < as_of => self.open_overdue += 1,
            None => self.open_not_due += 1,
        }
        self.on_time_rate = on_time_rate(self.on_time, self.late, self.open_overdue);
    }

    /// Count one deadline missed and then superseded (an R10 date passed before a late
    /// timeline notice or a new assignment, Art. 10.2): a deadline kept late, whatever becomes
    /// of the next one.
    pub fn add_superseded_breach(&mut self) {
        self.late += 1;
        self.on_time_rate = on_time_rate(self.on_time, self.late, self.open_overdue);
    }

    /// Add another office's tally (a city's totals): counts add up, the rate is recomputed from
    /// them — never averaged from the offices' rates.
    pub fn merge(&mut self, other: &Tally) {
        self.on_time += other.on_time;
        self.late += other.late;
        self.open_overdue += other.open_overdue;
        self.open_not_due += other.open_not_due;
        self.on_time_rate = on_time_rate(self.on_time, self.late, self.open_overdue);
    }
}

/// Where a received opinion stood at the end of the period (R13 "tiếp nhận trong kỳ").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Receipt {
    /// Answered at the session itself (Art. 9).
    AnsweredAtSession,
    /// A complaint or denunciation routed out before it was ever assigned (Art. 1.2).
    OutOfScope,
    /// No conclusion notice has assigned it yet.
    NotYetAssigned,
    /// Assigned to an agency: it needs a written follow-up.
    Assigned,
}

/// How an opinion that needs a written follow-up stood at the end of the period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FlowEnd {
    /// Answered in writing in the period (R10/R12), on time or late on the act's own date.
    Answered { late: bool },
    /// Forwarded to the competent body in the period (R11), on time or late.
    Forwarded { late: bool },
    /// Found to be a complaint or denunciation after it was assigned, and routed out in the
    /// period: the office no longer owes an answer.
    RoutedOut,
    /// Not handled by the end: past its deadline, under a timeline notice (R12), or not due yet.
    Open { overdue: bool, extended: bool },
    /// Received, and no conclusion notice has assigned it by the end: the office still owes
    /// the notice (R9) and then the answer — it is open, and what is open at a period's end is
    /// what the next period carries over.
    AwaitingNotice,
}

/// The opinions received in the period, by where each stood at the end.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Received {
    pub total: u64,
    pub answered_at_session: u64,
    pub out_of_scope: u64,
    pub not_yet_assigned: u64,
    pub assigned: u64,
}

/// What was handled in the period: a written answer or a forward discharges the office (Art.
/// 10.2), each on time or late; a routing out of scope after assignment ends the duty.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Handled {
    pub total: u64,
    pub answered_on_time: u64,
    pub answered_late: u64,
    pub forwarded_on_time: u64,
    pub forwarded_late: u64,
    pub routed_out: u64,
}

/// What was still to be handled at the end of the period.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct OpenAtEnd {
    pub total: u64,
    /// Received, not yet assigned by a conclusion notice.
    pub awaiting_notice: u64,
    pub not_yet_due: u64,
    pub overdue: u64,
    /// Under a timeline notice (R12), not past its target.
    pub extended: u64,
}

/// R13 as Vietnamese administrative statistics keep it: a flow over the period. Every opinion
/// that needs a written follow-up is in exactly one line of each side, and
/// `to_handle = carried_over + received.assigned + received.not_yet_assigned = handled.total +
/// open_at_end.total` — an opinion received and not yet assigned is open (awaiting its notice),
/// so what is open at a period's end is exactly what the next one carries over.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Balance {
    /// Kỳ trước chuyển sang: received before the period, not handled before it (assigned, or
    /// still awaiting its conclusion notice).
    pub carried_over: u64,
    /// Tiếp nhận trong kỳ: from the sessions held in the period.
    pub received: Received,
    /// Tổng số phải giải quyết.
    pub to_handle: u64,
    /// Đã giải quyết.
    pub handled: Handled,
    /// Chưa giải quyết (at the end of the period, or the report's day if earlier).
    pub open_at_end: OpenAtEnd,
    /// Handled on time ÷ (handled on time + handled late + open overdue), forwards counted.
    pub on_time_rate: Option<f64>,
}

impl Balance {
    /// Count one opinion received in the period.
    pub fn receive(&mut self, receipt: Receipt) {
        self.received.total += 1;
        match receipt {
            Receipt::AnsweredAtSession => self.received.answered_at_session += 1,
            Receipt::OutOfScope => self.received.out_of_scope += 1,
            Receipt::NotYetAssigned => self.received.not_yet_assigned += 1,
            Receipt::Assigned => self.received.assigned += 1,
        }
    }

    /// Count one opinion to be handled in the period — carried over, or assigned from the
    /// received — on the line its end falls in.
    pub fn follow(&mut self, carried: bool, end: FlowEnd) {
        if carried {
            self.carried_over += 1;
        }
        self.to_handle += 1;
        let h = &mut self.handled;
        let o = &mut self.open_at_end;
        match end {
            FlowEnd::Answered { late: false } => h.answered_on_time += 1,
            FlowEnd::Answered { late: true } => h.answered_late += 1,
            FlowEnd::Forwarded { late: false } => h.forwarded_on_time += 1,
            FlowEnd::Forwarded { late: true } => h.forwarded_late += 1,
            FlowEnd::RoutedOut => h.routed_out += 1,
            FlowEnd::Open { overdue: true, .. } => o.overdue += 1,
            FlowEnd::Open { extended: true, .. } => o.extended += 1,
            FlowEnd::Open { .. } => o.not_yet_due += 1,
            FlowEnd::AwaitingNotice => o.awaiting_notice += 1,
        }
        h.total = h.answered_on_time
            + h.answered_late
            + h.forwarded_on_time
            + h.forwarded_late
            + h.routed_out;
        o.total = o.awaiting_notice + o.not_yet_due + o.overdue + o.extended;
        self.on_time_rate = on_time_rate(
            h.answered_on_time + h.forwarded_on_time,
            h.answered_late + h.forwarded_late,
            o.overdue,
        );
    }

    /// The balance as lines, in the order every format shows them: a line's key (its stable
    /// name), whether it is a part of the line above ("of which"), and its count. One list for
    /// the table, CSV, workbook, page and document.
    pub fn lines(&self) -> Vec<BalanceLine> {
        let (r, h, o) = (&self.received, &self.handled, &self.open_at_end);
        let line = |key: &'static str, part: bool, count: u64| BalanceLine { key, part, count };
        vec![
            line("carried_over", false, self.carried_over),
            line("received", false, r.total),
            line("answered_at_session", true, r.answered_at_session),
            line("out_of_scope", true, r.out_of_scope),
            line("not_yet_assigned", true, r.not_yet_assigned),
            line("assigned", true, r.assigned),
            line("to_handle", false, self.to_handle),
            line("handled", false, h.total),
            line("answered_on_time", true, h.answered_on_time),
            line("answered_late", true, h.answered_late),
            line("forwarded_on_time", true, h.forwarded_on_time),
            line("forwarded_late", true, h.forwarded_late),
            line("routed_out", true, h.routed_out),
            line("open_at_end", false, o.total),
            line("awaiting_notice", true, o.awaiting_notice),
            line("not_yet_due", true, o.not_yet_due),
            line("overdue", true, o.overdue),
            line("extended", true, o.extended),
        ]
    }

    /// Whether both sides agree: every opinion to handle was handled or is open at the end.
    pub fn holds(&self) -> bool {
        self.to_handle == self.handled.total + self.open_at_end.total
            && self.to_handle >= self.carried_over
            && self.received.total
                == self.received.answered_at_session
                    + self.received.out_of_scope
                    + self.received.not_yet_assigned
                    + self.received.assigned
    }

    /// Add another office's balance (the city's totals); the rate from the summed counts.
    pub fn merge(&mut self, other: &Balance) {
        self.carried_over += other.carried_over;
        self.to_handle += other.to_handle;
        let (r, x) = (&mut self.received, &other.received);
        r.total += x.total;
        r.answered_at_session += x.answered_at_session;
        r.out_of_scope += x.out_of_scope;
        r.not_yet_assigned += x.not_yet_assigned;
        r.assigned += x.assigned;
        let (h, y) = (&mut self.handled, &other.handled);
        h.total += y.total;
        h.answered_on_time += y.answered_on_time;
        h.answered_late += y.answered_late;
        h.forwarded_on_time += y.forwarded_on_time;
        h.forwarded_late += y.forwarded_late;
        h.routed_out += y.routed_out;
        let (o, z) = (&mut self.open_at_end, &other.open_at_end);
        o.total += z.total;
        o.awaiting_notice += z.awaiting_notice;
        o.not_yet_due += z.not_yet_due;
        o.overdue += z.overdue;
        o.extended += z.extended;
        self.on_time_rate = on_time_rate(
            h.answered_on_time + h.forwarded_on_time,
            h.answered_late + h.forwarded_late,
            o.overdue,
        );
    }
}

/// One line of the balance as the formats show it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct BalanceLine {
    pub key: &'static str,
    /// A part of the line above it (trong đó).
    pub part: bool,
    pub count: u64,
}

/// R13 (Art. 12): an R10 breach on the record apart from the opinion's outcome (a late timeline
/// notice, a corrected notice giving the opinion anew) counts against the agency that held the
/// opinion when R10 passed — unless the outcome itself already counts late for that agency
/// (one breach is not counted twice).
pub fn breach_counts_apart(
    outcome_late: bool,
    breach_agency: Option<&str>,
    outcome_agency: Option<&str>,
) -> bool {
    !(outcome_late && breach_agency == outcome_agency)
}

/// R3 (Art. 6.2, 11): what a chair role did about its periodic dialogue in a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PlanVerdict {
    /// At least one periodic dialogue held.
    Held,
    /// Planned (not cancelled) but not held yet.
    PlannedNotHeld,
    /// Nothing planned: the yearly plan misses this chair.
    Missing,
}

/// R3: every chair role of the office must plan and hold a periodic dialogue each year.
pub fn plan_verdict(planned: u64, held: u64) -> PlanVerdict {
    if held > 0 {
        PlanVerdict::Held
    } else if planned > 0 {
        PlanVerdict::PlannedNotHeld
    } else {
        PlanVerdict::Missing
    }
}

/// The chair roles R3 expects a periodic dialogue from (Art. 2.1).
pub fn chair_roles() -> &'static [ChairRole] {
    ChairRole::ALL
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn r13_a_month_is_read_as_a_clerk_writes_it() {
        let december = Period {
            from: NaiveDate::from_ymd_opt(2026, 12, 1).expect("day"),
            to: NaiveDate::from_ymd_opt(2026, 12, 31).expect("day"),
        };
        for text in [
            "12/2026",
            "2026-12",
            "tháng 12/2026",
            "Tháng 12 năm 2026",
            "thang 12/2026",
        ] {
            assert_eq!(month(text), Ok(december), "{text}");
        }
        assert_eq!(
            month("2/2028").map(|p| p.to),
            Ok(NaiveDate::from_ymd_opt(2028, 2, 29).expect("leap day"))
        );
        for wrong in [
            "13/2026",
            "0/2026",
            "12",
            "12/26",
            "tháng mười hai",
            "",
            "12/1066",
            "012/2026",
            "12/02026",
        ] {
            assert!(month(wrong).is_err(), "{wrong}");
        }
    }

    #[test]
    fn r13_balance_holds_for_every_line() {
        let mut b = Balance::default();
        // Received: one answered at the session, one routed out, one not assigned yet, three
        // assigned; two carried over from the period before.
        b.receive(Receipt::AnsweredAtSession);
        b.receive(Receipt::OutOfScope);
        b.receive(Receipt::NotYetAssigned);
        for _ in 0..3 {
            b.receive(Receipt::Assigned);
        }
        b.follow(true, FlowEnd::Answered { late: true });
        b.follow(
            true,
            FlowEnd::Open {
                overdue: true,
                extended: false,
            },
        );
        b.follow(false, FlowEnd::Answered { late: false });
        b.follow(false, FlowEnd::Forwarded { late: false });
        b.follow(
            false,
            FlowEnd::Open {
                overdue: false,
                extended: true,
            },
        );
        assert!(b.holds(), "{b:?}");
        assert_eq!(b.carried_over + b.received.assigned, b.to_handle);
        assert_eq!(b.to_handle, 5);
        assert_eq!(b.handled.total, 3);
        assert_eq!(b.open_at_end.total, 2);
        // On time 2 of (2 + late 1 + overdue 1).
        assert_eq!(b.on_time_rate, Some(0.5));
        let mut city = Balance::default();
        city.merge(&b);
        city.merge(&b);
        assert!(city.holds());
        assert_eq!(city.to_handle, 10);
        assert_eq!(city.on_time_rate, Some(0.5));
    }

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
    }

    #[test]
    fn r13_city_totals_add_counts_not_rates() {
        let mut ward1 = Tally::default();
        ward1.add(d("2026-07-10"), Some(d("2026-07-01")), d("2026-08-01"));
        let mut ward2 = Tally::default();
        for _ in 0..3 {
            ward2.add(d("2026-07-10"), None, d("2026-08-01"));
        }
        let mut city = Tally::default();
        city.merge(&ward1);
        city.merge(&ward2);
        // 1 on time of 4 due: 25 %, not the mean of 100 % and 0 %.
        assert_eq!((city.on_time, city.open_overdue), (1, 3));
        assert_eq!(city.on_time_rate, Some(0.25));
    }

    #[test]
    fn r13_a_breach_counts_apart_unless_the_same_agency_is_already_late() {
        let (lead, other) = (Some("Phòng Quản lý đô thị"), Some("Phòng Kinh tế"));
        // Handed on: the new agency's outcome is its own; the breach is the lead agency's.
        assert!(breach_counts_apart(true, lead, other));
        assert!(breach_counts_apart(false, lead, other));
        // One agency all along: a late outcome already is that breach.
        assert!(!breach_counts_apart(true, lead, lead));
        assert!(breach_counts_apart(false, lead, lead));
    }

    #[test]
    fn r13_a_superseded_r10_breach_counts_late_in_the_tally() {
        // Five answered on time, one late, one overdue, and one R10 missed before a corrected
        // notice gave the opinion a new date not yet due: 5 ÷ (5 + 2 + 1).
        let mut tally = Tally::default();
        for _ in 0..5 {
            tally.add(d("2026-08-07"), Some(d("2026-08-01")), d("2026-11-29"));
        }
        tally.add(d("2026-08-07"), Some(d("2026-08-12")), d("2026-11-29"));
        tally.add(d("2026-08-07"), None, d("2026-11-29"));
        tally.add(d("2027-01-09"), None, d("2026-11-29"));
        tally.add_superseded_breach();
        assert_eq!((tally.on_time, tally.late, tally.open_overdue), (5, 2, 1));
        assert_eq!(tally.on_time_rate, Some(0.625));
    }

    #[test]
    fn r13_periods_as_a_vietnamese_report_names_them() {
        let q4 = quarter("2026-Q4");
        for spelling in [
            "Q4/2026",
            "quý IV/2026",
            "Quý 4/2026",
            "quy iv 2026",
            " q4/2026 ",
        ] {
            assert_eq!(quarter(spelling), q4, "{spelling}");
        }
        let h1 = half("2026-H1");
        assert_eq!(h1.as_ref().map(|p| p.to), Ok(d("2026-06-30")));
        assert_eq!(half("H1/2026"), h1);
        assert_eq!(half("6 tháng đầu năm 2026"), h1);
        assert_eq!(quarter("Quý III năm 2026"), quarter("2026-Q3"));
        assert_eq!(quarter("quý 3 năm 2026"), quarter("Q3/2026"));
        assert!(quarter("Quý III năm").is_err() && quarter("Quý V năm 2026").is_err());
        assert_eq!(half("6 thang cuoi nam 2026"), half("2026-H2"));
        assert!(half("6 tháng giữa năm 2026").is_err());
        for bad in [
            "Q5/2026",
            "quý V/2026",
            "Q4/20x6",
            "Q4/",
            "/2026",
            "H3/2026",
            "Q4-2026",
            "quý",
        ] {
            assert!(quarter(bad).is_err() && half(bad).is_err(), "{bad}");
        }
        assert!(half("quý 1/2026").is_err(), "a quarter is not a half");
    }

    #[test]
    fn r13_periods() {
        assert_eq!(
            quarter("2026-Q4"),
            Ok(Period {
                from: d("2026-10-01"),
                to: d("2026-12-31")
            })
        );
        assert_eq!(
            quarter("2026-q1"),
            Ok(Period {
                from: d("2026-01-01"),
                to: d("2026-03-31")
            })
        );
        assert_eq!(
            half("2026-H1"),
            Ok(Period {
                from: d("2026-01-01"),
                to: d("2026-06-30")
            })
        );
        assert_eq!(
            year(2024),
            Ok(Period {
                from: d("2024-01-01"),
                to: d("2024-12-31")
            })
        );
        assert!(quarter("2026-Q5").is_err());
        assert!(half("2026-Q1").is_err());
    }

    proptest::proptest! {
        #[test]
        fn r13_period_parsers_never_panic(s in "\\PC{0,16}") {
            let _ = quarter(&s);
            let _ = half(&s);
        }

        #[test]
        fn r13_rate_is_a_fraction(a in 0u64..1000, b in 0u64..1000, c in 0u64..1000) {
            if let Some(r) = on_time_rate(a, b, c) {
                proptest::prop_assert!((0.0..=1.0).contains(&r));
            }
        }
    }

    #[test]
    fn r13_open_overdue_items_count_against_the_rate() {
        assert_eq!(on_time_rate(8, 1, 1), Some(0.8));
        assert_eq!(on_time_rate(8, 1, 0), Some(8.0 / 9.0));
        assert_eq!(on_time_rate(0, 0, 0), None);
    }

    #[test]
    fn r13_tally_counts_open_overdue_items() {
        let mut t = Tally::default();
        t.add(d("2026-08-03"), Some(d("2026-08-03")), d("2026-08-12"));
        t.add(d("2026-08-03"), Some(d("2026-08-04")), d("2026-08-12"));
        t.add(d("2026-08-03"), None, d("2026-08-12"));
        t.add(d("2026-08-20"), None, d("2026-08-12"));
        assert_eq!(
            (t.on_time, t.late, t.open_overdue, t.open_not_due),
            (1, 1, 1, 1)
        );
        assert_eq!(t.on_time_rate, Some(1.0 / 3.0));
    }

    #[test]
    fn r13_median_working_days() {
        assert_eq!(median(vec![30, 10, 20]), Some(20.0));
        assert_eq!(median(vec![4, 1, 3, 2]), Some(2.5));
        assert_eq!(median(vec![]), None);
        let counts = |values: &[i64]| {
            let mut c = std::collections::BTreeMap::new();
            for v in values {
                *c.entry(*v).or_insert(0u64) += 1;
            }
            c
        };
        for values in [
            vec![30, 10, 20],
            vec![4, 1, 3, 2],
            vec![],
            vec![7, 7, 7, 2],
            vec![0, 0, 31, 31, 31, 5],
            vec![12],
        ] {
            assert_eq!(
                median_of_counts(&counts(&values)),
                median(values.clone()),
                "{values:?}"
            );
        }
    }

    #[test]
    fn r3_missing_periodic_dialogue_is_flagged() {
        assert_eq!(plan_verdict(0, 0), PlanVerdict::Missing);
        assert_eq!(plan_verdict(1, 0), PlanVerdict::PlannedNotHeld);
        assert_eq!(plan_verdict(1, 1), PlanVerdict::Held);
        assert_eq!(chair_roles().len(), 3);
    }
}
