//! Opinions and petitions (Art. 5, 9, 10): add, answer at the session, keep out of scope,
//! answer in writing, forward, extend.

use super::{Privacy, Reading};
use crate::error::{Error, Result};
use crate::rules::calendar::Calendar;
use crate::rules::deadline::{self, DeadlineCheck, Rule};
use crate::rules::lifecycle::{self, OpinionAction, SessionAction};
use crate::rules::vocabulary::{Category, OpinionStatus, OutOfScopeKind, Priority, SessionStatus};
use crate::store::db::Connection;
use crate::store::{agency, conclusion, opinion, registration, session, Actor, Store};
use chrono::NaiveDate;
use serde::Serialize;
use std::borrow::Cow;
use std::collections::BTreeSet;

pub use crate::store::opinion::Discharge;

/// Load an opinion and check an action against the state machine, its session's state
/// included; returns the opinion and the state the action leads to.
fn allowed(
    conn: &Connection,
    id: i64,
    action: OpinionAction,
) -> Result<(opinion::Opinion, OpinionStatus)> {
    let o = opinion::get(conn, id)?;
    let s = session::get(conn, o.session_id)?;
    let next = lifecycle::opinion_transition(id, s.status()?, o.status()?, action)?;
    Ok((o, next))
}

/// The deadline in force of an opinion and where it stands on `today` (R10, or R12 once
/// extended), if it has one.
pub fn deadline_in_force(
    cal: &Calendar,
    o: &opinion::Opinion,
    today: NaiveDate,
) -> Result<Option<DeadlineCheck>> {
    deadline_of(
        cal,
        o.due_date,
        o.due_rule.as_deref(),
        deadline::discharged_on(o.status, o.responded_on, o.forwarded_on, o.closed_on),
        today,
    )
}

/// The same, from the fields alone (the CSV export reads no whole opinion).
pub fn deadline_of(
    cal: &Calendar,
    due_date: Option<NaiveDate>,
    due_rule: Option<&str>,
    done_on: Option<NaiveDate>,
    today: NaiveDate,
) -> Result<Option<DeadlineCheck>> {
    let extended = due_rule == Some(Rule::R12.as_str());
    Ok(deadline::opinion_check(
        cal, due_date, extended, done_on, today,
    )?)
}

/// A concluded session closes when its last pending opinion is settled, and reopens when one
/// becomes pending again (`lifecycle::session_after_opinions`).
pub fn settle_session(conn: &Connection, actor: &Actor, session_id: i64) -> Result<()> {
    let s = session::get(conn, session_id)?;
    let status = s.status()?;
    let next =
        lifecycle::session_after_opinions(status, session::pending_opinions(conn, session_id)?);
    if next != status {
        let action = if next == SessionStatus::Closed {
            "close"
        } else {
            "reopen"
        };
        session::record_status(conn, actor, session_id, action, next)?;
    }
    Ok(())
}

/// The date of the notice that assigned an opinion (every assigned opinion has one).
fn notice_date(conn: &Connection, o: &opinion::Opinion) -> Result<NaiveDate> {
    conclusion::current(conn, o.session_id)?
        .map(|n| n.issued_on)
        .ok_or_else(|| Error::Refused(msg!(no_notice, session = o.session_id)))
}

/// What `opinion add` is given.
pub struct NewOpinion {
    pub session_id: i64,
    pub speaker: Option<super::speaker::SpeakerRef>,
    /// A petitioner the Front's synthesis names who did not register to speak (Art. 7.2).
    pub petitioner: Option<String>,
    pub content: String,
    pub category: Category,
    pub priority: Priority,
    pub field: Option<String>,
}

/// `opinion add` (Art. 5, 7.2): the speaker, when named, must be registered for that session.
pub fn add(store: &mut Store, actor: &Actor, n: NewOpinion) -> Result<opinion::Opinion> {
    super::in_write(store, |tx, _| {
        super::session::allowed(tx, n.session_id, SessionAction::AddOpinion)?;
        let speaker_id = n.speaker.map(|who| who.resolve(tx)).transpose()?;
        let speaker = match speaker_id {
            Some(id) => {
                let r = registration::get(tx, id)?;
                if r.session_id != n.session_id {
                    return Err(Error::Refused(msg!(
                        speaker_of_other_session,
                        speaker = id,
                        their = r.session_id,
                        this = n.session_id
                    )));
                }
                if !crate::rules::lifecycle::speaker_may_raise_opinions(r.status) {
                    return Err(Error::Refused(msg!(
                        opinion_of_refused_speaker,
                        speaker = format!("{}/{}", r.session_id, r.speaking_order),
                        name = r.name.clone(),
                        session = n.session_id
                    )));
                }
                Some(r)
            }
            None => None,
        };
        let new = opinion::NewOpinion {
            session_id: n.session_id,
            registration_id: speaker_id,
            // A registered speaker is the one who raised it; a name beside it would contradict.
            petitioner: n.petitioner.filter(|_| speaker_id.is_none()),
            content: n.content,
            category: n.category,
            priority: n.priority,
            field: n.field,
        };
        opinion::insert(tx, actor, &new, speaker.as_ref().map(|s| s.name.as_str()))
    })
}

/// `opinion answer` (Art. 9.2): answered at the session by the chair or an agency.
pub fn answer_at_session(
    store: &mut Store,
    actor: &Actor,
    id: i64,
    by: &str,
    summary: Option<&str>,
) -> Result<opinion::Opinion> {
    super::in_write(store, |tx, _| {
        let (o, next) = allowed(tx, id, OpinionAction::Answer)?;
        let held_on = session::get(tx, o.session_id)?.held_on;
        opinion::record_answer_at_session(tx, actor, id, next, by, summary, held_on)
    })
}

/// What `opinion out-of-scope` is given.
pub struct OutOfScope<'a> {
    pub kind: OutOfScopeKind,
    pub note: Option<&'a str>,
    /// The day it was routed out: a report for an earlier day still counts it as open.
    pub on: NaiveDate,
}

/// `opinion out-of-scope` (Art. 1.2, R8): a complaint or denunciation leaves the dialogue —
/// also an opinion already assigned (re-routed; the session closes if it was the last pending).
/// Dated like every act: not after today, not before the session was held.
pub fn out_of_scope(
    store: &mut Store,
    actor: &Actor,
    today: NaiveDate,
    id: i64,
    x: &OutOfScope<'_>,
) -> Result<opinion::Opinion> {
    super::in_write(store, |tx, _| {
        let (o, next) = allowed(tx, id, OpinionAction::OutOfScope)?;
        lifecycle::ensure_not_after_today("the routing out of scope", x.on, today)?;
        if let Some(held_on) = session::get(tx, o.session_id)?.held_on {
            lifecycle::ensure_not_before("the routing out of scope", x.on, "the session", held_on)?;
        }
        let routed =
            opinion::record_out_of_scope(tx, actor, id, next, x.kind.as_str(), x.note, x.on)?;
        settle_session(tx, actor, o.session_id)?;
        Ok(routed)
    })
}

/// An opinion after a written act, and its deadline's standing (late acts are recorded and
/// flagged, never refused).
#[derive(Debug, Serialize)]
pub struct Discharged {
    pub opinion: opinion::Opinion,
    pub deadline: Option<DeadlineCheck>,
}

/// `opinion respond` (R10) and `opinion forward` (R11): the act may not predate the notice;
/// the session closes with its last pending opinion.
pub fn discharge(
    store: &mut Store,
    actor: &Actor,
    today: NaiveDate,
    id: i64,
    act: &opinion::Discharge<'_>,
) -> Result<Discharged> {
    let (action, what) = match act {
        opinion::Discharge::Response { .. } => (OpinionAction::Respond, "the written answer"),
        opinion::Discharge::Forward { .. } => (OpinionAction::Forward, "the forwarding"),
    };
    super::in_write(store, |tx, cal| {
        let (o, next) = allowed(tx, id, action)?;
        lifecycle::ensure_not_before(
            what,
            act.on(),
            "the conclusion notice",
            notice_date(tx, &o)?,
        )?;
        // An extended opinion was given a timeline in writing (R12): its answer or forward
        // comes after that notice, never before it.
        if let Some(notified) = o.extension_notified_on {
            lifecycle::ensure_not_before(what, act.on(), "the timeline notice", notified)?;
        }
        // A reassigned opinion is answered by the agency it was given to (Art. 10.2), from the
        // day it was given (the same day included: that agency holds it then).
        if let Some(last) = opinion::last_reassigned_on(tx, id)? {
            lifecycle::ensure_not_before(what, act.on(), "the last reassignment", last)?;
        }
        lifecycle::ensure_not_after_today(what, act.on(), today)?;
        let o = opinion::record_discharge(tx, actor, id, next, act)?;
        settle_session(tx, actor, o.session_id)?;
        let deadline = deadline_in_force(cal, &o, today)?;
        Ok(Discharged {
            opinion: o,
            deadline,
        })
    })
}

/// What `opinion extend` is given (R12).
pub struct Extend<'a> {
    pub notified_on: NaiveDate,
    pub until: NaiveDate,
    pub agency: &'a str,
    pub doc: Option<&'a str>,
    /// Create the agency if it is not known yet (`--new-agency`).
    pub new_agency: bool,
}

/// An extended opinion; `late_working_days` > 0 when the timeline notice came after the R10 due.
#[derive(Debug, Serialize)]
pub struct Extended {
    pub opinion: opinion::Opinion,
    pub late_working_days: i64,
    /// The target the notice gave when it fell on a day off (the deadline is the next working
    /// day, `opinion.due_date`).
    pub target_on_day_off: Option<NaiveDate>,
    pub created_agencies: Vec<agency::Agency>,
}

/// `opinion extend` (Art. 10.2, R12): a complex matter's timeline notice sets a new target.
pub fn extend(
    store: &mut Store,
    actor: &Actor,
    today: NaiveDate,
    id: i64,
    x: &Extend<'_>,
) -> Result<Extended> {
    super::in_write(store, |tx, cal| {
        let (o, next) = allowed(tx, id, OpinionAction::Extend)?;
        lifecycle::ensure_not_after_today("the timeline notice", x.notified_on, today)?;
        let notice_on = notice_date(tx, &o)?;
        lifecycle::ensure_not_before(
            "the timeline notice",
            x.notified_on,
            "the conclusion notice",
            notice_on,
        )?;
        lifecycle::ensure_not_before(
            "the new target date",
            x.until,
            "the timeline notice",
            x.notified_on,
        )?;
        // The day of a reassignment included: the timeline notice counts after it, as recorded
        // (the agency it names holds the opinion at the end of that day).
        if let Some(last) = opinion::last_reassigned_on(tx, id)? {
            lifecycle::ensure_not_before(
                "the timeline notice",
                x.notified_on,
                "the last reassignment",
                last,
            )?;
        }
        let r10 = o
            .response_due
            .ok_or_else(|| Error::Refused(msg!(no_notice, session = o.session_id)))?;
        // The new target gives more time than R10, never less (Art. 10.2).
        lifecycle::ensure_not_before("the new target date", x.until, "the R10 due date", r10)?;
        // A second timeline notice keeps the date of the first, by which R12 was judged; it is
        // in the history with its own date.
        let notified_on = match o.extension_notified_on {
            Some(first) => {
                lifecycle::ensure_not_before(
                    "the timeline notice",
                    x.notified_on,
                    "the first timeline notice",
                    first,
                )?;
                first
            }
            None => x.notified_on,
        };
        let late_working_days = deadline::extension_notice_lateness(cal, r10, notified_on)?;
        let due = deadline::r12_due(cal, x.until)?;
        let mut created = Vec::new();
        let ag = super::agency::resolve(tx, actor, x.agency, x.new_agency, &mut created)?;
        let o = opinion::record_extension(
            tx,
            actor,
            id,
            next,
            &opinion::Extension {
                notified_on,
                this_notice_on: x.notified_on,
                until: due,
                agency_id: ag.id,
                doc: x.doc,
            },
        )?;
        Ok(Extended {
            opinion: o,
            late_working_days,
            target_on_day_off: (due != x.until).then_some(x.until),
            created_agencies: created,
        })
    })
}

/// The descriptive fields `opinion edit` may correct.
#[derive(Debug, Default)]
pub struct OpinionEdit {
    pub content: Option<String>,
    pub category: Option<Category>,
    pub priority: Option<Priority>,
    pub field: Option<String>,
}

/// `opinion edit`: one event, before → after; its state and deadlines do not change.
pub fn edit(
    store: &mut Store,
    actor: &Actor,
    id: i64,
    e: &OpinionEdit,
) -> Result<opinion::Opinion> {
    let category = e.category.map(|c| c.as_str());
    let priority = e.priority.map(|p| p.as_str());
    let mut fields: Vec<(&'static str, &dyn rusqlite::ToSql)> = Vec::new();
    if let Some(v) = &e.content {
        fields.push(("content", v));
    }
    if let Some(v) = &category {
        fields.push(("category", v));
    }
    if let Some(v) = &priority {
        fields.push(("priority", v));
    }
    if let Some(v) = &e.field {
        fields.push(("field", v));
    }
    if fields.is_empty() {
        return Err(Error::Invalid(msg!(
            nothing_to_edit,
            fields = "--content, --category, --priority, --field"
        )));
    }
    super::in_write(store, |tx, _| {
        opinion::get(tx, id)?;
        opinion::record_edit(tx, actor, id, &fields)
    })
}

/// An opinion moved to another agency, and the agencies created on the way.
#[derive(Debug, Serialize)]
pub struct Reassigned {
    pub opinion: opinion::Opinion,
    /// The agency named was already in charge: nothing was written.
    pub unchanged: bool,
    #[serde(skip)]
    pub created_agencies: Vec<agency::Agency>,
}

/// `opinion reassign`: the lead agency changes without a new notice, from a day (default
/// today); the R10 due date stays. The day is not after today nor before the last act that
/// named the agency (the notice, the timeline notice, an earlier reassignment).
pub fn reassign(
    store: &mut Store,
    actor: &Actor,
    today: NaiveDate,
    id: i64,
    agency_name: &str,
    on: Option<NaiveDate>,
    new_agency: bool,
) -> Result<Reassigned> {
    super::in_write(store, |tx, _| {
        let o = opinion::get(tx, id)?;
        let status = o.status()?;
        if !matches!(status, OpinionStatus::Assigned | OpinionStatus::Extended) {
            return Err(Error::Refused(msg!(
                reassign_needs_assigned,
                id = id,
                status = crate::message::Label::of(o.status.as_str())
            )));
        }
        let on = on.unwrap_or(today);
        lifecycle::ensure_not_after_today("the reassignment", on, today)?;
        lifecycle::ensure_not_before(
            "the reassignment",
            on,
            "the conclusion notice",
            notice_date(tx, &o)?,
        )?;
        // After the latest timeline notice (a second one keeps the first's date on the opinion).
        if let Some(notified) = opinion::last_timeline_notice_on(tx, id)? {
            lifecycle::ensure_not_before("the reassignment", on, "the timeline notice", notified)?;
        }
        if let Some(last) = opinion::last_reassigned_on(tx, id)? {
            lifecycle::ensure_not_before("the reassignment", on, "the last reassignment", last)?;
        }
        let mut created = Vec::new();
        let ag = super::agency::resolve(tx, actor, agency_name, new_agency, &mut created)?;
        let in_charge = match status {
            OpinionStatus::Extended => o.extension_agency.as_deref() == Some(ag.name.as_str()),
            _ => o.agency_id == Some(ag.id),
        };
        if in_charge {
            // Already there: nothing to record (no dated reassignment that would hold back a
            // later one), and nothing to refuse.
            return Ok(Reassigned {
                opinion: o,
                unchanged: true,
                created_agencies: created,
            });
        }
        let opinion = opinion::record_reassignment(tx, actor, id, ag.id, on)?;
        Ok(Reassigned {
            opinion,
            unchanged: false,
            created_agencies: created,
        })
    })
}

/// Check a list's filter against the records before it runs: a session that does not exist is
/// a typo to name, not an empty list; an agency is found by its id, name or a former name, and
/// an unknown one is refused with the closest names.
pub fn resolve_filter(
    reading: &Reading<'_>,
    actor: &Actor,
    filter: &mut opinion::OpinionFilter,
    agency_named: Option<&str>,
) -> Result<()> {
    if let Some(session) = filter.session {
        session::get(&reading.tx, session)?;
    }
    if let Some(named) = agency_named {
        let (agency, _) = agency::resolve(&reading.tx, actor, named, agency::IfUnknown::Refuse)?;
        filter.agency = Some(agency.id.to_string());
    }
    Ok(())
}

/// A search must not reveal who made a denunciation: a protected speaker's opinions are found
/// by their own words only, never by the speaker's name (the store's search text holds it).
struct SearchWithoutSpeaker {
    words: Vec<String>,
    include_protected: bool,
}

impl SearchWithoutSpeaker {
    fn new(filter: &opinion::OpinionFilter, privacy: Privacy<'_>) -> Self {
        let words = filter
            .search
            .as_deref()
            .map(|s| {
                crate::rules::text::fold(s)
                    .split(' ')
                    .filter(|w| !w.is_empty())
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default();
        SearchWithoutSpeaker {
            words,
            include_protected: privacy.include_protected,
        }
    }

    fn found(&self, protected: bool, content: &str, field: Option<&str>) -> bool {
        if self.words.is_empty() || !protected || self.include_protected {
            return true;
        }
        let text = crate::rules::text::fold(&format!("{content} {}", field.unwrap_or("")));
        self.words.iter().all(|w| text.contains(w.as_str()))
    }
}

/// The years without an official schedule of days off that a list's deadlines fall in: the
/// command says so (the deadline may move when the year's schedule is published).
fn provisional_year(cal: &Calendar, due: Option<NaiveDate>) -> Option<i32> {
    use chrono::Datelike;
    due.map(|d| d.year()).filter(|y| cal.provisional(*y))
}

/// Stream the opinions of a filter, each with the deadline in force on `today`, in id order
/// (`opinion list`, `export opinions`); returns the provisional years their deadlines fall in.
pub fn for_each_listed(
    reading: &Reading<'_>,
    filter: &opinion::OpinionFilter,
    today: NaiveDate,
    privacy: Privacy<'_>,
    mut each: impl FnMut(opinion::Opinion, Option<DeadlineCheck>) -> Result<()>,
) -> Result<BTreeSet<i32>> {
    let cal = reading.calendar()?;
    let search = SearchWithoutSpeaker::new(filter, privacy);
    let mut provisional = BTreeSet::new();
    opinion::for_each(&reading.tx, filter, |o| {
        if !search.found(o.protected, &o.content, o.field.as_deref()) {
            return Ok(());
        }
        let deadline = deadline_in_force(&cal, &o, today)?;
        provisional.extend(provisional_year(&cal, deadline.as_ref().map(|d| d.due)));
        each(o.shown(privacy.include_protected, privacy.mask), deadline)
    })?;
    Ok(provisional)
}

/// The columns of `for_each_csv_record`, in order (the same as an opinion's CSV line).
pub const CSV_RECORD_FIELDS: usize = 20;

/// `for_each_listed` for a CSV of codes: each opinion as its 20 fields of text, read row by row
/// without building the opinion (the export of a million opinions stays as fast as SQLite).
pub fn for_each_csv_record(
    reading: &Reading<'_>,
    filter: &opinion::OpinionFilter,
    today: NaiveDate,
    privacy: Privacy<'_>,
    mut each: impl FnMut(&[Cow<'_, str>; CSV_RECORD_FIELDS]) -> Result<()>,
) -> Result<BTreeSet<i32>> {
    use opinion::csv_column as c;
    let cal = reading.calendar()?;
    let search = SearchWithoutSpeaker::new(filter, privacy);
    let mut provisional = BTreeSet::new();
    opinion::for_each_csv(&reading.tx, filter, |row| {
        if !search.found(
            row.protected()?,
            &row.text(c::CONTENT)?,
            Some(row.text(c::FIELD)?.as_ref()),
        ) {
            return Ok(());
        }
        let due = row.date(c::DUE_DATE)?;
        provisional.extend(provisional_year(&cal, due));
        let due_rule = row.text(c::DUE_RULE)?;
        let responded_on = row.date(c::RESPONDED_ON)?;
        let forwarded_on = row.date(c::FORWARDED_ON)?;
        let status: OpinionStatus = row.text(c::STATUS)?.parse()?;
        let deadline = deadline_of(
            &cal,
            due,
            Some(due_rule.as_ref()).filter(|r| !r.is_empty()),
            deadline::discharged_on(status, responded_on, forwarded_on, row.date(c::CLOSED_ON)?),
            today,
        )?;
        let (state, days) = deadline::standing_codes(deadline.as_ref());
        let date = |d: Option<NaiveDate>| -> Cow<'_, str> {
            d.map_or(Cow::Borrowed(""), |d| Cow::Owned(d.to_string()))
        };
        let speaker = if !privacy.include_protected && row.protected()? {
            Cow::Borrowed(privacy.mask)
        } else {
            row.text(c::SPEAKER)?
        };
        each(&[
            row.text(c::ID)?,
            row.text(c::SESSION)?,
            row.text(c::REGISTRATION)?,
            speaker,
            row.text(c::CONTENT)?,
            row.text(c::CATEGORY)?,
            row.text(c::PRIORITY)?,
            row.text(c::FIELD)?,
            row.text(c::STATUS)?,
            row.text(c::AGENCY)?,
            date(due),
            due_rule,
            Cow::Owned(state),
            Cow::Owned(days),
            date(responded_on),
            row.text(c::RESPONSE_DOC)?,
            row.text(c::FORWARDED_TO)?,
            date(forwarded_on),
            date(row.date(c::EXTENDED_UNTIL)?),
            row.text(c::OUT_OF_SCOPE_AS)?,
        ])
    })?;
    Ok(provisional)
}

/// An opinion as `opinion show` gives it: the record, its deadline in force on `as_of` and the
/// days off inside its span, an R10 breach a late timeline notice left (R12), its history.
#[derive(Debug, Serialize)]
pub struct OpinionView {
    pub opinion: opinion::Opinion,
    pub deadline: Option<DeadlineCheck>,
    /// R12: a timeline notice sent after the R10 due date — the R10 breach stays on the record.
    pub r10_breach: Option<DeadlineCheck>,
    /// The non-working days inside the deadline's span, with why.
    pub skipped_days: Vec<crate::rules::calendar::DayInfo>,
    pub history: Vec<crate::store::events::Event>,
    pub as_of: NaiveDate,
    /// The year of its deadline when that year has no official schedule yet.
    #[serde(skip)]
    pub provisional_year: Option<i32>,
}

/// `opinion show`: one opinion, everything a clerk checks about it.
pub fn view(
    store: &mut Store,
    id: i64,
    today: NaiveDate,
    privacy: Privacy<'_>,
) -> Result<OpinionView> {
    let reading = super::read(store)?;
    let cal = reading.calendar()?;
    let o = opinion::get(&reading.tx, id)?.shown(privacy.include_protected, privacy.mask);
    let deadline = deadline_in_force(&cal, &o, today)?;
    let provisional_year = provisional_year(&cal, deadline.as_ref().map(|d| d.due));
    let skipped_days = match (o.due_from, o.due_date) {
        (Some(from), Some(due)) if o.due_rule.as_deref() != Some("R12") => cal
            .days(from, due)?
            .into_iter()
            .filter(|d| !d.working && d.date != from)
            .collect(),
        _ => Vec::new(),
    };
    let mut history = Vec::new();
    super::history::for_each(
        &reading,
        &crate::store::events::HistoryFilter {
            opinion: Some(id),
            ..Default::default()
        },
        privacy,
        |e| {
            history.push(e);
            Ok(())
        },
    )?;
    let r10_breach = match (o.response_due, o.extension_notified_on) {
        (Some(due), Some(notified)) if notified > due => Some(DeadlineCheck {
            rule: Rule::R10,
            due,
            unit: deadline::Unit::WorkingDays,
            standing: deadline::Standing::Late {
                done_on: notified,
                days: deadline::lateness(&cal, due, notified)?,
            },
        }),
        _ => None,
    };
    Ok(OpinionView {
        opinion: o,
        deadline,
        r10_breach,
        skipped_days,
        history,
        as_of: today,
        provisional_year,
    })
}

/// A line of `opinion list`.
#[derive(Debug)]
pub struct OpinionLine {
    pub opinion: opinion::Opinion,
    pub deadline: Option<DeadlineCheck>,
}

/// JSON names the agency answering for the opinion now beside the lead agency and the timeline
/// notice's, so a reader need not repeat the rule (`Opinion::agency_in_charge`).
impl Serialize for OpinionLine {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Line<'a> {
            #[serde(flatten)]
            opinion: &'a opinion::Opinion,
            agency_in_charge: Option<&'a str>,
            deadline: &'a Option<DeadlineCheck>,
        }
        Line {
            opinion: &self.opinion,
            agency_in_charge: self.opinion.agency_in_charge(),
            deadline: &self.deadline,
        }
        .serialize(serializer)
    }
}
