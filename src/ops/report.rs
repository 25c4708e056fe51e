//! Reports as of a day (Art. 10.3, 11, R13): what was overdue, and how a period's deadlines
//! were kept. Every figure is read from the dates of the acts, so a report for a past date
//! gives the same result whenever it is run.

use super::Reading;
use crate::error::Result;
use crate::rules::as_of::{self, Handling, OpinionOn};
use crate::rules::calendar::Calendar;
use crate::rules::deadline::{self, DeadlineCheck, Rule};
use crate::rules::reports::{self, Period, Tally};
use crate::rules::vocabulary::{OutOfScopeKind, SessionStatus};
use crate::store::db::Connection;
use crate::store::{office, report as store_report};
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::BTreeMap;

/// One open deadline of the overdue report.
#[derive(Debug, Clone, Serialize)]
pub struct OpenItem {
    pub rule: Rule,
    pub record_kind: &'static str,
    pub record_id: i64,
    pub session_id: i64,
    pub agency: Option<String>,
    pub due: NaiveDate,
    pub check: DeadlineCheck,
    /// Who must act: the agency for answers, the chair for announcements and notices.
    pub responsible: String,
    /// The session's title and day (held, else planned): what a person reads a session by.
    pub session_title: String,
    pub session_date: NaiveDate,
}

/// The open items as a person reads them — an opinion by its content, its session and its row
/// in the notice in force on `as_of`; a session by its title and day — in the items' order.
/// The overdue report's table, page and workbook name what they list (ids stay in CSV/JSON).
pub fn named_open_items(
    reading: &Reading<'_>,
    as_of: NaiveDate,
    items: &[OpenItem],
) -> Result<Vec<LateItem>> {
    let conn: &Connection = &reading.tx;
    let mut named: Vec<LateItem> = items
        .iter()
        .map(|i| LateItem {
            rule: i.rule,
            record_kind: i.record_kind,
            record_id: i.record_id,
            session_id: i.session_id,
            content: String::new(),
            notice_row: None,
            notice_number: None,
            session_title: i.session_title.clone(),
            session_date: i.session_date,
            agency: i.agency.clone(),
            due: i.due,
            state: "overdue",
            done_on: None,
            days: 0,
        })
        .collect();
    name_opinions(conn, as_of, named.iter_mut().collect())?;
    Ok(named)
}

/// Every deadline open on `as_of` and due on or before `horizon` (the day before `as_of`: only
/// the overdue ones), in due-date order.
pub fn open_items(
    reading: &Reading<'_>,
    cal: &Calendar,
    as_of: NaiveDate,
    horizon: NaiveDate,
) -> Result<Vec<OpenItem>> {
    let conn: &Connection = &reading.tx;
    let mut items = Vec::new();
    store_report::sessions_open_on(conn, as_of, horizon, |s| {
        let announced = as_of::done_by(s.announced_on, as_of).is_some();
        let held = as_of::done_by(s.held_on, as_of).is_some();
        if let (Some(due), false, false) = (s.announce_due, announced, held) {
            if due <= horizon {
                items.push(OpenItem {
                    rule: Rule::R4,
                    record_kind: "session",
                    record_id: s.id,
                    session_id: s.id,
                    agency: None,
                    due,
                    // Never made, it stops being more late on the session's day (as the
                    // period report and `deadline::r4_check` count it).
                    check: deadline::open_item_check(cal, Rule::R4, due, as_of.min(s.date))?,
                    responsible: s.chair_name.clone(),
                    session_title: s.title.clone(),
                    session_date: as_of::done_by(s.held_on, as_of).unwrap_or(s.date),
                });
            }
        }
        let noticed = as_of::done_by(s.first_notice_on, as_of).is_some();
        if let (Some(due), true, false) = (s.conclusion_due, held, noticed) {
            if due <= horizon {
                items.push(OpenItem {
                    rule: Rule::R9,
                    record_kind: "session",
                    record_id: s.id,
                    session_id: s.id,
                    agency: None,
                    due,
                    check: deadline::open_item_check(cal, Rule::R9, due, as_of)?,
                    responsible: s.chair_name,
                    session_title: s.title,
                    session_date: as_of::done_by(s.held_on, as_of).unwrap_or(s.date),
                });
            }
        }
        Ok(())
    })?;
    // Opinions are streamed: only the overdue ones are kept.
    store_report::opinions_open_on(conn, as_of, |o| {
        let Some(in_force) = as_of::open_deadline_on(&o.facts, as_of) else {
            return Ok(());
        };
        if in_force.due > horizon {
            return Ok(());
        }
        let agency = as_of::responsible_agency(
            &o.facts,
            o.agency.as_deref(),
            o.extension_agency.as_deref(),
            as_of,
        )
        .map(str::to_string);
        items.push(OpenItem {
            rule: in_force.rule,
            record_kind: "opinion",
            record_id: o.id,
            session_id: o.session_id,
            responsible: agency.clone().unwrap_or_default(),
            agency,
            due: in_force.due,
            check: deadline::open_item_check(cal, in_force.rule, in_force.due, as_of)?,
            // Named later, and only for a reader (`named_open_items`).
            session_title: String::new(),
            session_date: in_force.due,
        });
        Ok(())
    })?;
    items.sort_by(|a, b| {
        (a.due, a.rule.as_str(), a.record_kind, a.record_id).cmp(&(
            b.due,
            b.rule.as_str(),
            b.record_kind,
            b.record_id,
        ))
    });
    Ok(items)
}

/// How one agency kept its deadlines in the period: the same balance as the office's, each row
/// adding up — `carried_over + assigned = answered (on time, late) + forwarded (on time, late)
/// + routed_out + open`, and `open = open_not_due + overdue + extended`.
#[derive(Debug, Default, Clone, Serialize)]
pub struct AgencyStats<'c> {
    pub agency: String,
    /// Assigned before the period, not handled before it began.
    pub carried_over: u64,
    /// Assigned from the opinions received in the period.
    pub assigned: u64,
    pub answered_on_time: u64,
    pub answered_late: u64,
    pub forwarded_on_time: u64,
    pub forwarded_late: u64,
    /// Found out of scope after assignment and routed out in the period.
    pub routed_out: u64,
    /// Open at the end of the period: not due yet, overdue, or under a timeline notice.
    pub open: u64,
    pub open_not_due: u64,
    pub overdue: u64,
    pub extended: u64,
    /// R10 deadlines that lapsed while this agency held an opinion whose outcome is not counted
    /// late here: a timeline notice sent after the R10 date (Art. 10.2, R12), or a corrected
    /// notice then giving the opinion anew — the breach stays with the agency that let it pass.
    pub r10_missed: u64,
    /// Handled on time ÷ (handled on time + handled late + R10 missed + open overdue).
    pub on_time_rate: Option<f64>,
    pub median_working_days: Option<f64>,
    /// The opinions counted in `overdue`, each named as the late list names it: what a
    /// supervisor chases this agency for.
    pub overdue_items: Items<'c>,
    /// Working days from assignment to answer or forward, as how many answers took each count.
    #[serde(skip)]
    durations: BTreeMap<i64, u64>,
}

impl AgencyStats<'_> {
    /// Deadlines kept late: answers and forwards after their date, and R10 dates missed.
    pub fn late(&self) -> u64 {
        self.answered_late + self.forwarded_late + self.r10_missed
    }
    fn lateness(&self) -> u64 {
        self.late() + self.overdue
    }
}

/// A session of the period, as the report lists it.
#[derive(Debug, Clone, Serialize)]
pub struct SessionEntry {
    pub id: i64,
    pub date: NaiveDate,
    pub held_on: Option<NaiveDate>,
    pub kind: String,
    pub form: String,
    pub title: String,
    pub chair_role: String,
    pub chair_name: String,
    /// held, stopped, cancelled or planned, as of the report's day.
    pub state: &'static str,
}

/// A deadline that fell in the period and was missed: kept late, or still open past it.
#[derive(Debug, Clone, Serialize)]
pub struct LateItem {
    pub rule: Rule,
    pub record_kind: &'static str,
    pub record_id: i64,
    pub session_id: i64,
    /// What a person reads the item by: the opinion's content, or the session's title.
    pub content: String,
    /// The opinion's row (TT) in its session's conclusion notice in force, and that notice's
    /// number: how the notice names it.
    pub notice_row: Option<u32>,
    pub notice_number: Option<String>,
    pub session_title: String,
    pub session_date: NaiveDate,
    pub agency: Option<String>,
    pub due: NaiveDate,
    /// late (done after the due date) or overdue (still open).
    pub state: &'static str,
    pub done_on: Option<NaiveDate>,
    /// Working days (calendar days for R4) past the due date.
    pub days: i64,
}

/// One month of the period's flow of opinions.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct MonthFlow {
    /// `YYYY-MM`.
    pub month: String,
    pub received: u64,
    pub handled: u64,
}

/// The months of a period, as `YYYY-MM` keys, in order.
fn months_of(period: Period) -> Vec<String> {
    use chrono::Datelike;
    let mut months = Vec::new();
    let (mut y, mut m) = (period.from.year(), period.from.month());
    while (y, m) <= (period.to.year(), period.to.month()) {
        months.push(format!("{y:04}-{m:02}"));
        (y, m) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    }
    months
}

/// The periodic report (Art. 10.3, 11; R13).
#[derive(Debug, Default, Serialize)]
pub struct PeriodReport<'c> {
    pub office: Option<String>,
    pub level: Option<String>,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub as_of: NaiveDate,
    pub sessions_held_by_kind: BTreeMap<String, u64>,
    pub sessions_held_by_form: BTreeMap<String, u64>,
    pub sessions_held: u64,
    pub sessions_stopped: u64,
    pub sessions_cancelled: u64,
    pub sessions_not_yet_held: u64,
    /// Sessions moved to another day at least once (`session reschedule`).
    pub sessions_rescheduled: u64,
    pub registrations: u64,
    pub registrations_by_status: BTreeMap<String, u64>,
    pub refusals_by_reason: BTreeMap<String, u64>,
    pub opinions: u64,
    pub opinions_by_category: BTreeMap<String, u64>,
    /// By field (lĩnh vực), as the clerk recorded it; "" when none was.
    pub opinions_by_field: BTreeMap<String, u64>,
    pub opinions_by_outcome: BTreeMap<String, u64>,
    /// By field, then by outcome (the `OUTCOMES` keys only): what each field's opinions came to.
    pub opinions_by_field_and_outcome: BTreeMap<String, BTreeMap<String, u64>>,
    /// Month by month: opinions received (their session's day) and handled (answered at the
    /// session, answered in writing or forwarded, by the day it was done).
    pub monthly: Vec<MonthFlow>,
    /// R4: public announcements of the sessions that needed one (not ad-hoc, not cancelled).
    pub announcements: Tally,
    /// R9: the first conclusion notice of each held session.
    pub conclusion_notices: Tally,
    /// R10/R12: written answers and forwards (both discharge the office, Art. 10.2).
    pub written_answers: Tally,
    /// R12: timeline notices sent after the R10 due date (an R10 breach on the record).
    pub timeline_notices_late: u64,
    /// The opinions to handle in the period, as a flow (R13): carried over, received, handled,
    /// open at the end.
    pub balance: reports::Balance,
    /// Agencies, the latest first.
    pub agencies: Vec<AgencyStats<'c>>,
    pub sessions: SessionList<'c>,
    /// Every R4, R9, R10 and R12 deadline that fell in the period and was missed, whatever the
    /// session's date.
    #[serde(rename = "missed_in_period")]
    pub late_items: Items<'c>,
}

/// A session's standing on the report's day: held, stopped, cancelled or planned.
fn session_state(s: &store_report::SessionFacts, as_of: NaiveDate) -> &'static str {
    let cancelled = s.status == SessionStatus::Cancelled;
    match (cancelled, as_of::done_by(s.held_on, as_of), s.stopped) {
        (true, _, _) => "cancelled",
        (false, Some(_), true) => "stopped",
        (false, Some(_), false) => "held",
        (false, None, _) => "planned",
    }
}

/// The sessions of a period report, read again from its connection as they are written out
/// (a large office's year holds thousands).
#[derive(Debug, Clone, Default)]
pub struct SessionList<'c> {
    source: Option<(&'c Connection, Period, NaiveDate)>,
    count: usize,
}

impl SessionList<'_> {
    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// Hand each session of the period to `each`, in the order of their ids.
    pub fn for_each(&self, mut each: impl FnMut(&SessionEntry) -> Result<()>) -> Result<()> {
        let Some((conn, period, as_of)) = self.source else {
            return Ok(());
        };
        store_report::sessions_in(conn, period.from, period.to, |s| {
            each(&SessionEntry {
                id: s.id,
                date: s.date,
                held_on: as_of::done_by(s.held_on, as_of),
                kind: s.kind.to_string(),
                form: s.form.to_string(),
                chair_role: s.chair_role.to_string(),
                state: session_state(&s, as_of),
                title: s.title,
                chair_name: s.chair_name,
            })
        })
    }

    /// Every session, in order (for a page or a workbook, made in memory).
    pub fn to_vec(&self) -> Result<Vec<SessionEntry>> {
        let mut all = Vec::with_capacity(self.count);
        self.for_each(|s| {
            all.push(s.clone());
            Ok(())
        })?;
        Ok(all)
    }
}

impl Serialize for SessionList<'_> {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serialize_each(serializer, self.count, |each| self.for_each(each))
    }
}

thread_local! {
    /// A failure to read a list while it was being serialized: the serializer can only carry
    /// a message, and the command says the error as it was (`take_stream_error`).
    static STREAM_ERROR: std::cell::RefCell<Option<crate::error::Error>> =
        const { std::cell::RefCell::new(None) };
}

/// The error that stopped a list being read while it was serialized, if one did.
pub fn take_stream_error() -> Option<crate::error::Error> {
    STREAM_ERROR.with(|e| e.borrow_mut().take())
}

/// Serialize a list read as it is written: `read` hands each element to the serializer.
fn serialize_each<S: serde::Serializer, T: Serialize>(
    serializer: S,
    count: usize,
    read: impl FnOnce(&mut dyn FnMut(&T) -> Result<()>) -> Result<()>,
) -> std::result::Result<S::Ok, S::Error> {
    use serde::ser::{Error as _, SerializeSeq};
    let mut seq = serializer.serialize_seq(Some(count))?;
    let mut failed: Option<S::Error> = None;
    let read = read(&mut |item| match seq.serialize_element(item) {
        Ok(()) => Ok(()),
        Err(e) => {
            failed = Some(e);
            // Stops the reading; the serializer's own error is the one returned.
            Err(crate::error::Error::Invalid(msg!(list_not_read)))
        }
    });
    if let Some(e) = failed {
        return Err(e);
    }
    if let Err(e) = read {
        let message = e.to_string();
        STREAM_ERROR.with(|slot| *slot.borrow_mut() = Some(e));
        return Err(S::Error::custom(message));
    }
    seq.end()
}

/// A list of a period report (its missed deadlines, an agency's overdue opinions), read from
/// the connection the report was made on, in its order, each item named as of the report's day
/// — as it is written out, never all held at once (a year of a large office lists tens of
/// thousands). A report made for its figures only (`figures`) has the count and no items.
#[derive(Debug, Clone, Default)]
pub struct Items<'c> {
    source: Option<ItemSource<'c>>,
    count: usize,
}

#[derive(Debug, Clone)]
struct ItemSource<'c> {
    conn: &'c Connection,
    report: i64,
    list: &'static str,
    group: String,
    as_of: NaiveDate,
}

impl Items<'_> {
    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// Hand each item to `each`, the latest first (then by due date, kind and id).
    pub fn for_each(&self, mut each: impl FnMut(&LateItem) -> Result<()>) -> Result<()> {
        let Some(src) = &self.source else {
            return Ok(());
        };
        // The rows of a corrected notice follow each opinion's latest assignment: those few
        // sessions are read once each, as their items come.
        let mut corrected: BTreeMap<i64, Option<CorrectedNotice>> = BTreeMap::new();
        store_report::listed_items(src.conn, src.report, src.list, &src.group, |row| {
            let mut item = LateItem {
                rule: Rule::from_code(&row.rule).unwrap_or(Rule::R10),
                record_kind: if row.record_kind == "session" {
                    "session"
                } else {
                    "opinion"
                },
                record_id: row.record_id,
                session_id: row.session_id,
                content: row.content,
                notice_row: None,
                notice_number: None,
                session_title: row.session_title,
                session_date: row.session_date,
                agency: row.agency,
                due: row.due,
                state: if row.state == "late" {
                    "late"
                } else {
                    "overdue"
                },
                done_on: row.done_on,
                days: row.days,
            };
            if item.record_kind == "opinion" {
                if row.notice_corrected {
                    if let std::collections::btree_map::Entry::Vacant(slot) =
                        corrected.entry(item.session_id)
                    {
                        slot.insert(CorrectedNotice::in_force(
                            src.conn,
                            item.session_id,
                            src.as_of,
                        )?);
                    }
                    if let Some(Some(numbering)) = corrected.get(&item.session_id) {
                        numbering.name(&mut item);
                    }
                } else if let (Some(row), Some(number)) = (row.notice_row, row.notice_number) {
                    item.notice_row = Some(row);
                    item.notice_number = Some(number);
                }
            }
            each(&item)
        })
    }

    /// Every item, in order (for a paper that prints them all).
    pub fn to_vec(&self) -> Result<Vec<LateItem>> {
        let mut all = Vec::with_capacity(self.count);
        self.for_each(|l| {
            all.push(l.clone());
            Ok(())
        })?;
        Ok(all)
    }
}

impl Serialize for Items<'_> {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serialize_each(serializer, self.count, |each| self.for_each(each))
    }
}

/// The outcome keys of `opinions_by_outcome`, every one present (0 when none).
pub const OUTCOMES: &[&str] = &[
    "answered-at-session",
    "out-of-scope-complaint",
    "out-of-scope-denunciation",
    "not-assigned",
    "assigned",
    "answered-on-time",
    "answered-late",
    "forwarded-on-time",
    "forwarded-late",
    "extended",
    "still-open",
    "overdue",
];

/// Build the report of `period` as of `as_of`: nothing dated after `as_of` counts. Its lists
/// are read from `conn` as they are written out: keep the transaction open until then.
pub fn period<'c>(
    reading: &'c Reading<'_>,
    cal: &Calendar,
    period: Period,
    as_of: NaiveDate,
) -> Result<PeriodReport<'c>> {
    let conn: &'c Connection = &reading.tx;
    build(conn, cal, period, as_of, true)
}

/// The figures of the report of `period` (a quarter of the chart, an office of the city's
/// report): its lists counted, not kept.
pub fn figures<'c>(
    reading: &'c Reading<'_>,
    cal: &Calendar,
    period: Period,
    as_of: NaiveDate,
) -> Result<PeriodReport<'c>> {
    figures_of(&reading.tx, cal, period, as_of)
}

/// `figures` on a connection of the library's own (a ward's file the city reads).
pub(crate) fn figures_of<'c>(
    conn: &'c Connection,
    cal: &Calendar,
    period: Period,
    as_of: NaiveDate,
) -> Result<PeriodReport<'c>> {
    build(conn, cal, period, as_of, false)
}

/// Where a report's listed items wait until it is written (`store::report::ItemLists`).
struct Lists<'c> {
    conn: &'c Connection,
    /// The report's lists on the connection; none when only the figures are made.
    kept: Option<store_report::ItemLists>,
    missed: usize,
}

impl Lists<'_> {
    fn keep(&mut self, list: &'static str, group: &str, l: &LateItem) -> Result<()> {
        if list == "missed" {
            self.missed += 1;
        }
        let Some(kept) = self.kept.as_mut() else {
            return Ok(());
        };
        let session = l.record_kind == "session";
        kept.keep(
            self.conn,
            &store_report::ListedItem {
                list,
                group,
                agency: l.agency.as_deref(),
                rule: l.rule.as_str(),
                record_kind: l.record_kind,
                record_id: l.record_id,
                session_id: l.session_id,
                session_title: session.then_some(l.session_title.as_str()),
                session_date: session.then_some(l.session_date),
                due: l.due,
                state: l.state,
                done_on: l.done_on,
                days: l.days,
            },
        )
    }

    fn items<'c>(
        &self,
        conn: &'c Connection,
        list: &'static str,
        group: &str,
        count: usize,
        as_of: NaiveDate,
    ) -> Items<'c> {
        Items {
            source: self.kept.as_ref().map(|kept| ItemSource {
                conn,
                report: kept.report,
                list,
                group: group.to_string(),
                as_of,
            }),
            count,
        }
    }
}

fn build<'c>(
    conn: &'c Connection,
    cal: &Calendar,
    period: Period,
    as_of: NaiveDate,
    keep_lists: bool,
) -> Result<PeriodReport<'c>> {
    let mut lists = Lists {
        conn,
        kept: if keep_lists {
            Some(store_report::ItemLists::new(conn)?)
        } else {
            None
        },
        missed: 0,
    };
    let office = office::get(conn)?;
    let mut r = PeriodReport {
        office: office.as_ref().map(|o| o.name.clone()),
        level: office.as_ref().map(|o| o.level.to_string()),
        from: period.from,
        to: period.to,
        as_of,
        ..Default::default()
    };
    for outcome in OUTCOMES {
        r.opinions_by_outcome.insert((*outcome).into(), 0);
    }
    r.monthly = months_of(period)
        .into_iter()
        .map(|month| MonthFlow {
            month,
            received: 0,
            handled: 0,
        })
        .collect();
    // The row of `r.monthly` a day falls in (the months run from the period's first).
    let month_of = |d: NaiveDate| -> Option<usize> {
        use chrono::Datelike;
        let months = |d: NaiveDate| i64::from(d.year()) * 12 + i64::from(d.month0());
        usize::try_from(months(d) - months(period.from)).ok()
    };
    let late_days = |rule: Rule, due: NaiveDate, done: NaiveDate| -> Result<i64> {
        Ok(match rule {
            Rule::R4 => (done - due).num_days(),
            _ => deadline::lateness(cal, due, done)?,
        })
    };
    let mut sessions = 0;
    store_report::sessions_in(conn, period.from, period.to, |s| {
        let state = session_state(&s, as_of);
        sessions += 1;
        match state {
            "cancelled" => r.sessions_cancelled += 1,
            "planned" => r.sessions_not_yet_held += 1,
            _ => {
                r.sessions_held += 1;
                *r.sessions_held_by_kind
                    .entry(s.kind.to_string())
                    .or_default() += 1;
                *r.sessions_held_by_form
                    .entry(s.form.to_string())
                    .or_default() += 1;
                if state == "stopped" {
                    r.sessions_stopped += 1;
                }
            }
        }
        Ok(())
    })?;
    // The R4 and R9 deadlines that fell in the period, counted as the state counts them — by
    // the day each fell due, whatever the session's own date (a session held on 24 September
    // has its notice due in October: October's report counts it, and lists it if missed).
    let in_period = |due: NaiveDate| period.from <= due && due <= period.to;
    store_report::sessions_due_in(conn, period.from, period.to, |s| {
        let held_on = as_of::done_by(s.held_on, as_of);
        let mut late = |rule: Rule, due: NaiveDate, done: Option<NaiveDate>| -> Result<()> {
            // An announcement never made stops being "more late" once the session took place
            // — on the day it was held, else the day planned (as `deadline::r4_check` counts it).
            let open_until = match rule {
                Rule::R4 => as_of.min(held_on.unwrap_or(s.date)),
                _ => as_of,
            };
            let (state, days) = match done {
                Some(d) if d > due => ("late", late_days(rule, due, d)?),
                None if due < as_of => ("overdue", late_days(rule, due, open_until)?.max(1)),
                _ => return Ok(()),
            };
            lists.keep(
                "missed",
                "",
                &LateItem {
                    rule,
                    record_kind: "session",
                    record_id: s.id,
                    session_id: s.id,
                    content: String::new(),
                    notice_row: None,
                    notice_number: None,
                    session_title: s.title.clone(),
                    session_date: held_on.unwrap_or(s.date),
                    agency: None,
                    due,
                    state,
                    done_on: done,
                    days,
                },
            )
        };
        let cancelled = s.status == SessionStatus::Cancelled;
        if let (Some(due), false) = (s.announce_due, cancelled) {
            if in_period(due) {
                let announced = as_of::done_by(s.announced_on, as_of);
                r.announcements.add(due, announced, as_of);
                late(Rule::R4, due, announced)?;
            }
        }
        if let (Some(due), Some(_)) = (s.conclusion_due, held_on) {
            if in_period(due) {
                let noticed = as_of::done_by(s.first_notice_on, as_of);
                r.conclusion_notices.add(due, noticed, as_of);
                late(Rule::R9, due, noticed)?;
            }
        }
        Ok(())
    })?;
    r.sessions = SessionList {
        source: Some((conn, period, as_of)),
        count: sessions,
    };
    r.sessions_rescheduled = store_report::rescheduled_in(conn, period.from, period.to)?;
    for (status, reason, n) in store_report::registrations_in(conn, period.from, period.to)? {
        let n = n as u64;
        r.registrations += n;
        *r.registrations_by_status.entry(status).or_default() += n;
        if let Some(reason) = reason {
            *r.refusals_by_reason.entry(reason).or_default() += n;
        }
    }
    // The end of the flow: the period's last day, or the report's day if earlier.
    let end = period.to.min(as_of);
    let mut flow = Flow {
        conn,
        cal,
        period,
        as_of,
        end,
        balance: reports::Balance::default(),
        written_answers: Tally::default(),
        agencies: BTreeMap::new(),
        lists,
        timeline_notices_late: 0,
        acts: store_report::AgencyActs::new(conn)?,
    };
    store_report::opinions_in(conn, period.from, period.to, as_of, |p| {
        let store_report::PeriodOpinion {
            record: o,
            category,
            field,
            received_on,
            agency_changed,
        } = p;
        // Received at its session: a report for a day before the session took place has not
        // received it yet.
        if received_on.is_some() && as_of::done_by(received_on, as_of).is_none() {
            return Ok(());
        }
        r.opinions += 1;
        *r.opinions_by_category
            .entry(category.to_string())
            .or_default() += 1;
        // "Hạ tầng" and "hạ tầng" are one field.
        let field = field.as_deref().unwrap_or_default().to_lowercase();
        *r.opinions_by_field.entry(field.clone()).or_default() += 1;
        let mut bump = |k: &str| *r.opinions_by_outcome.entry(k.to_string()).or_default() += 1;
        let on = as_of::opinion_on(&o.facts, as_of);
        let outcome = outcome_key(&on);
        bump(outcome);
        *r.opinions_by_field_and_outcome
            .entry(field)
            .or_default()
            .entry(outcome.to_string())
            .or_default() += 1;
        let handled_on = match on {
            OpinionOn::AnsweredAtSession => received_on,
            OpinionOn::Handled { on, .. } => Some(on),
            _ => None,
        };
        for (day, received) in [(received_on, true), (handled_on, false)] {
            let Some(row) = day.and_then(month_of) else {
                continue;
            };
            if let Some(flow) = r.monthly.get_mut(row) {
                if received {
                    flow.received += 1;
                } else {
                    flow.handled += 1;
                }
            }
        }
        if o.facts.extended_by(as_of) {
            bump("extended");
        }
        if matches!(on, OpinionOn::Open { .. } | OpinionOn::Handled { .. }) {
            bump("assigned");
        }
        flow.balance.receive(as_of::receipt(&o.facts, end));
        flow.follow(&o, false, agency_changed)
    })?;
    // Opinions received before the period and still to handle in it.
    // Those handled within the period count in its months too (every opinion handled since
    // the period began is among them: it was pending, or closed on or after its first day).
    store_report::opinions_carried_in(conn, period.from, end, as_of, |o, agency_changed| {
        let handled = o.facts.responded_on.or(o.facts.forwarded_on);
        if let Some(day) = handled.filter(|d| in_period(*d) && *d <= as_of) {
            if let Some(flow) = month_of(day).and_then(|row| r.monthly.get_mut(row)) {
                flow.handled += 1;
            }
        }
        flow.follow(&o, true, agency_changed)
    })?;
    let Flow {
        balance,
        written_answers,
        agencies,
        mut lists,
        timeline_notices_late,
        ..
    } = flow;
    r.balance = balance;
    r.written_answers = written_answers;
    r.timeline_notices_late = timeline_notices_late;
    if let Some(kept) = lists.kept.as_mut() {
        kept.name(conn, as_of)?;
    }
    r.late_items = lists.items(conn, "missed", "", lists.missed, as_of);
    let mut agencies: Vec<AgencyStats> = agencies
        .into_values()
        .map(|mut a| {
            a.on_time_rate = reports::on_time_rate(
                a.answered_on_time + a.forwarded_on_time,
                a.late(),
                a.overdue,
            );
            a.median_working_days = reports::median_of_counts(&a.durations);
            a.overdue_items = lists.items(conn, "overdue", &a.agency, a.overdue as usize, as_of);
            a
        })
        .collect();
    agencies.sort_by(|a, b| {
        b.lateness()
            .cmp(&a.lateness())
            .then_with(|| a.agency.cmp(&b.agency))
    });
    r.agencies = agencies;
    Ok(r)
}

/// Name the opinions among `items` as a person reads them: their content and session, and —
/// once their session has a notice in force on `as_of` — their row (TT) in it and its number.
/// The labels are written into the items as they are read; nothing of the file is held beside
/// the items themselves. A corrected notice numbers its rows by each opinion's latest
/// assignment: those few sessions are read one by one.
fn name_opinions(conn: &Connection, as_of: NaiveDate, items: Vec<&mut LateItem>) -> Result<()> {
    let mut items: Vec<&mut LateItem> = items
        .into_iter()
        .filter(|l| l.record_kind == "opinion")
        .collect();
    items.sort_unstable_by_key(|l| l.record_id);
    let ids: Vec<i64> = items.iter().map(|l| l.record_id).collect();
    let mut corrected: Vec<i64> = Vec::new();
    store_report::opinion_labels(conn, &ids, as_of, |label| {
        let first = items.partition_point(|l| l.record_id < label.id);
        let last = items.partition_point(|l| l.record_id <= label.id);
        for l in &mut items[first..last] {
            l.content.clone_from(&label.content);
            l.session_title.clone_from(&label.session_title);
            l.session_date = label.session_date;
            if let (Some(row), Some(number)) = (label.notice_row, &label.notice_number) {
                l.notice_row = Some(row);
                l.notice_number = Some(number.clone());
            }
        }
        if label.notice_corrected {
            corrected.push(label.session_id);
        }
    })?;
    let corrected: std::collections::BTreeSet<i64> = corrected.into_iter().collect();
    let mut in_corrected: BTreeMap<i64, Vec<&mut LateItem>> = BTreeMap::new();
    for l in items {
        if corrected.contains(&l.session_id) {
            in_corrected.entry(l.session_id).or_default().push(l);
        }
    }
    for (session, group) in in_corrected {
        let Some(numbering) = CorrectedNotice::in_force(conn, session, as_of)? else {
            continue;
        };
        for l in group {
            numbering.name(l);
        }
    }
    Ok(())
}

/// A session's corrected notice in force, and the opinions it lists in their order: its rows
/// follow each opinion's latest assignment, so they are counted from its assignments.
struct CorrectedNotice {
    number: String,
    /// The opinions it lists, in the order of their ids (its rows' order).
    listed: Vec<i64>,
}

impl CorrectedNotice {
    fn in_force(conn: &Connection, session: i64, as_of: NaiveDate) -> Result<Option<Self>> {
        let Some(notice) = crate::store::conclusion::in_force_on(conn, session, as_of)? else {
            return Ok(None);
        };
        let listed = crate::store::conclusion::assignments_in_force(conn, &notice)?
            .into_iter()
            .map(|a| a.opinion_id)
            .collect();
        Ok(Some(CorrectedNotice {
            number: notice.doc_number,
            listed,
        }))
    }

    /// Give `item` its row (TT) and the notice's number, when the notice lists it.
    fn name(&self, item: &mut LateItem) {
        if let Ok(row) = self.listed.binary_search(&item.record_id) {
            item.notice_row = u32::try_from(row + 1).ok();
            item.notice_number = Some(self.number.clone());
        }
    }
}

/// The outcome key of an opinion received in the period, as of the report's day.
fn outcome_key(on: &OpinionOn) -> &'static str {
    match *on {
        OpinionOn::AnsweredAtSession => "answered-at-session",
        OpinionOn::OutOfScope(OutOfScopeKind::Denunciation) => "out-of-scope-denunciation",
        OpinionOn::OutOfScope(_) => "out-of-scope-complaint",
        OpinionOn::NotAssigned => "not-assigned",
        OpinionOn::Open { overdue: true, .. } => "overdue",
        OpinionOn::Open { .. } => "still-open",
        OpinionOn::Handled {
            how: Handling::Answer,
            late: false,
            ..
        } => "answered-on-time",
        OpinionOn::Handled {
            how: Handling::Answer,
            late: true,
            ..
        } => "answered-late",
        OpinionOn::Handled {
            how: Handling::Forward,
            late: false,
            ..
        } => "forwarded-on-time",
        OpinionOn::Handled {
            how: Handling::Forward,
            late: true,
            ..
        } => "forwarded-late",
    }
}

/// The opinions to handle in a period, counted as each is read (carried over, or assigned from
/// the received): the balance, the R10/R12 tally over the flow, each agency's balance, and the
/// R10/R12 deadlines that fell in the period and were missed.
struct Flow<'c, 'a> {
    conn: &'c Connection,
    cal: &'a Calendar,
    period: Period,
    as_of: NaiveDate,
    end: NaiveDate,
    balance: reports::Balance,
    written_answers: Tally,
    agencies: BTreeMap<String, AgencyStats<'c>>,
    lists: Lists<'c>,
    timeline_notices_late: u64,
    /// How an opinion's changes of agency are read (once per report).
    acts: store_report::AgencyActs,
}

impl Flow<'_, '_> {
    fn late_days(&self, rule: Rule, due: NaiveDate, done: NaiveDate) -> Result<i64> {
        Ok(match rule {
            Rule::R4 => (done - due).num_days(),
            _ => deadline::lateness(self.cal, due, done)?,
        })
    }

    fn in_period(&self, due: NaiveDate) -> bool {
        self.period.from <= due && due <= self.period.to
    }

    /// Count one opinion that may be to handle in the period.
    fn follow(
        &mut self,
        o: &store_report::OpinionRecord,
        carried: bool,
        agency_changed: bool,
    ) -> Result<()> {
        let (as_of, end) = (self.as_of, self.end);
        let Some(flow_end) = as_of::flow_end(&o.facts, self.period.from, end) else {
            return Ok(());
        };
        self.balance.follow(carried, flow_end);
        // Awaiting its notice: open for the office, no agency's and no R10 deadline yet.
        if flow_end == reports::FlowEnd::AwaitingNotice {
            return Ok(());
        }
        let on = as_of::opinion_on(&o.facts, end);
        // Who answers for the outcome: with one agency all along, the one in charge; when the
        // agency changed, the one that held the opinion on the day the outcome is charged.
        let acts = if agency_changed {
            self.acts.of(self.conn, o.id)?
        } else {
            Vec::new()
        };
        let agency = if agency_changed {
            as_of::agency_on(&acts, as_of::charge_day(&on, end)).map(str::to_string)
        } else {
            as_of::responsible_agency(
                &o.facts,
                o.agency.as_deref(),
                o.extension_agency.as_deref(),
                end,
            )
            .map(str::to_string)
        };
        let name = agency.clone().unwrap_or_default();
        let a = self
            .agencies
            .entry(name.clone())
            .or_insert_with(|| AgencyStats {
                agency: name,
                ..Default::default()
            });
        if carried {
            a.carried_over += 1;
        } else {
            a.assigned += 1;
        }
        use reports::FlowEnd;
        match flow_end {
            FlowEnd::Answered { late: false } => a.answered_on_time += 1,
            FlowEnd::Answered { late: true } => a.answered_late += 1,
            FlowEnd::Forwarded { late: false } => a.forwarded_on_time += 1,
            FlowEnd::Forwarded { late: true } => a.forwarded_late += 1,
            FlowEnd::RoutedOut => a.routed_out += 1,
            FlowEnd::Open { overdue, extended } => {
                a.open += 1;
                match (overdue, extended) {
                    (true, _) => a.overdue += 1,
                    (false, true) => a.extended += 1,
                    (false, false) => a.open_not_due += 1,
                }
            }
            FlowEnd::AwaitingNotice => {}
        }
        let (deadline, done) = match on {
            OpinionOn::Open { deadline, .. } => (deadline, None),
            OpinionOn::Handled { deadline, on, .. } => (deadline, Some(on)),
            _ => return Ok(()),
        };
        if let (OpinionOn::Handled { on, .. }, Some(from)) = (on, o.facts.assigned_on) {
            *a.durations
                .entry(self.cal.working_days_between(from, on)?)
                .or_default() += 1;
        }
        self.written_answers.add(deadline.due, done, end);
        if matches!(flow_end, FlowEnd::Open { overdue: true, .. }) {
            let days = self.late_days(deadline.rule, deadline.due, end)?.max(1);
            let overdue = LateItem {
                rule: deadline.rule,
                record_kind: "opinion",
                record_id: o.id,
                session_id: o.session_id,
                content: String::new(),
                notice_row: None,
                notice_number: None,
                session_title: String::new(),
                session_date: deadline.due,
                agency: agency.clone(),
                due: deadline.due,
                state: "overdue",
                done_on: None,
                days,
            };
            self.lists
                .keep("overdue", agency.as_deref().unwrap_or_default(), &overdue)?;
        }
        let outcome_late = matches!(
            on,
            OpinionOn::Handled { late: true, .. } | OpinionOn::Open { overdue: true, .. }
        );
        let item = |rule: Rule, due: NaiveDate, state: &'static str, done_on, days| LateItem {
            rule,
            record_kind: "opinion",
            record_id: o.id,
            session_id: o.session_id,
            content: String::new(),
            notice_row: None,
            notice_number: None,
            session_title: String::new(),
            session_date: due,
            agency: agency.clone(),
            due,
            state,
            done_on,
            days,
        };
        // The deadline in force, when it fell in the period and was missed (acted late, or
        // still open past it on the report's day). A late timeline notice is the R10 breach on
        // the record (below): the answer judged against that same R10 date is not listed twice.
        let done_by_report = match as_of::opinion_on(&o.facts, as_of) {
            OpinionOn::Handled { on, .. } => Some(on),
            _ => None,
        };
        let late_notice = o
            .facts
            .late_timeline_notice()
            .filter(|_| as_of::done_by(o.facts.extension_notified_on, as_of).is_some());
        let counted_elsewhere = late_notice == Some(deadline.due) && deadline.rule == Rule::R10;
        if self.in_period(deadline.due) && !counted_elsewhere {
            match done_by_report {
                Some(d) if d > deadline.due => {
                    let days = self.late_days(deadline.rule, deadline.due, d)?;
                    self.lists.keep(
                        "missed",
                        "",
                        &item(deadline.rule, deadline.due, "late", Some(d), days),
                    )?;
                }
                None if deadline.due < as_of => {
                    let days = self.late_days(deadline.rule, deadline.due, as_of)?;
                    self.lists.keep(
                        "missed",
                        "",
                        &item(deadline.rule, deadline.due, "overdue", None, days),
                    )?;
                }
                _ => {}
            }
        }
        // The agency that held the opinion when R10 lapsed answers for an R10 breach.
        let held_on = |day: NaiveDate| {
            if agency_changed {
                as_of::agency_on(&acts, day).map(str::to_string)
            } else {
                agency.clone()
            }
        };
        let mut breaches: Vec<(NaiveDate, NaiveDate, Option<String>)> = Vec::new();
        // R12: a timeline notice after the R10 due date stays an R10 breach on the record.
        if let (Some(r10), Some(notified)) = (
            o.facts.late_timeline_notice(),
            as_of::done_by(o.facts.extension_notified_on, as_of),
        ) {
            if self.in_period(r10) {
                self.timeline_notices_late += 1;
                breaches.push((r10, notified, held_on(r10)));
            }
        }
        // R10 missed, then the opinion given anew by a corrected notice: the breach stays.
        for (missed, corrected) in as_of::breaches_before_reassignment(&acts, &o.facts, as_of) {
            if self.in_period(missed) {
                breaches.push((missed, corrected, held_on(missed)));
            }
        }
        for (r10, acted, held) in breaches {
            if reports::breach_counts_apart(outcome_late, held.as_deref(), agency.as_deref()) {
                self.written_answers.add_superseded_breach();
                let name = held.clone().unwrap_or_default();
                self.agencies
                    .entry(name.clone())
                    .or_insert_with(|| AgencyStats {
                        agency: name,
                        ..Default::default()
                    })
                    .r10_missed += 1;
            }
            let days = self.late_days(Rule::R10, r10, acted)?;
            self.lists.keep(
                "missed",
                "",
                &LateItem {
                    agency: held,
                    ..item(Rule::R10, r10, "late", Some(acted), days)
                },
            )?;
        }
        Ok(())
    }
}

/// A chair role's periodic sessions in a year (R3, Art. 6.1: each chair holds at least one
/// periodic dialogue a year) — a line of `report plan`.
#[derive(Debug, Clone, Serialize)]
pub struct PlanLine {
    pub year: i32,
    pub chair_role: &'static str,
    pub periodic_planned: i64,
    pub periodic_held: i64,
    pub verdict: reports::PlanVerdict,
}

/// The R3 plan of a year, a line per chair role at the office's level, and the sessions of the
/// year recorded at a level abolished on 1/7/2025 (the district).
pub fn plan(reading: &Reading<'_>, year: i32) -> Result<(Vec<PlanLine>, Vec<i64>)> {
    let tx = &reading.tx;
    let level = office::get(tx)?
        .map(|o| o.level)
        .unwrap_or(crate::rules::vocabulary::Level::Commune);
    let counts = store_report::plan_counts(tx, year, level.as_str())?;
    let abolished = store_report::sessions_at_abolished_level(tx, year)?;
    let lines = reports::chair_roles()
        .iter()
        .map(|role| {
            let (planned, held) = counts
                .iter()
                .find(|(r, _, _)| r == role.as_str())
                .map(|(_, p, h)| (*p, *h))
                .unwrap_or((0, 0));
            PlanLine {
                year,
                chair_role: role.as_str(),
                periodic_planned: planned,
                periodic_held: held,
                verdict: reports::plan_verdict(planned as u64, held as u64),
            }
        })
        .collect();
    Ok((lines, abolished))
}
