//! Row types shared by listings, shows and exports: one line of a session, a speaker, an
//! opinion (with its deadline in force) or an event, printable in every format.
//! Not a noun: every noun module may use it; it imports none of them.

use super::Context;
use crate::error::Result;
use crate::messages::{self, label};
use crate::ops;
use crate::output::{self, Record};
use crate::rules::calendar::Calendar;
use crate::rules::deadline::{self, DeadlineCheck};
use crate::store::events::Event;
use crate::store::{opinion, registration, session};
use chrono::NaiveDate;
use serde::Serialize;
use std::io::Write;

/// A line of `session list`.
#[derive(Debug, Serialize)]
pub struct SessionLine {
    #[serde(flatten)]
    pub session: session::Session,
}

/// A session as CSV and workbooks show it: codes and ISO dates, topics joined with `;`.
#[derive(Debug, Serialize, Default)]
pub struct SessionFlat<'a> {
    id: i64,
    date: Option<NaiveDate>,
    start_time: Option<&'a str>,
    title: &'a str,
    kind: &'a str,
    form: &'a str,
    level: &'a str,
    host_unit: &'a str,
    chair_role: &'a str,
    chair_name: &'a str,
    deputy_name: Option<&'a str>,
    delegation_reason: Option<&'a str>,
    status: &'a str,
    announce_due: Option<NaiveDate>,
    announced_on: Option<NaiveDate>,
    held_on: Option<NaiveDate>,
    conclusion_due: Option<NaiveDate>,
    topics: &'a [String],
}

impl Record for SessionLine {
    type Flat<'a> = SessionFlat<'a>;
    fn flat(&self) -> SessionFlat<'_> {
        let s = &self.session;
        SessionFlat {
            id: s.id,
            date: Some(s.date),
            start_time: s.start_time.as_deref(),
            title: &s.title,
            kind: s.kind.as_str(),
            form: s.form.as_str(),
            level: s.level.as_str(),
            host_unit: &s.host_unit,
            chair_role: s.chair_role.as_str(),
            chair_name: &s.chair_name,
            deputy_name: s.deputy_name.as_deref(),
            delegation_reason: s.delegation_reason.map(|r| r.as_str()),
            status: s.status.as_str(),
            announce_due: s.announce_due,
            announced_on: s.announced_on,
            held_on: s.held_on,
            conclusion_due: s.conclusion_due,
            topics: &s.topics,
        }
    }
    fn table_headers() -> Vec<String> {
        ["id", "date", "title", "kind", "chair", "status"]
            .iter()
            .map(label)
            .collect()
    }
    fn table_cells(&self) -> Vec<String> {
        let s = &self.session;
        vec![
            s.id.to_string(),
            messages::date(s.date),
            output::clip(&s.title, 50),
            label(s.kind),
            format!("{} ({})", s.chair_name, label(s.chair_role)),
            label(s.status.as_str()),
        ]
    }
}

/// A line of `speaker list`.
#[derive(Debug, Serialize)]
pub struct SpeakerLine {
    #[serde(flatten)]
    pub registration: registration::Registration,
}

/// A registration as CSV and workbooks show it.
#[derive(Debug, Serialize, Default)]
pub struct SpeakerFlat<'a> {
    id: i64,
    session_id: i64,
    speaking_order: i64,
    name: &'a str,
    organisation: Option<&'a str>,
    address: Option<&'a str>,
    topic: &'a str,
    status: &'a str,
    refusal_reason: Option<&'a str>,
}

impl Record for SpeakerLine {
    type Flat<'a> = SpeakerFlat<'a>;
    fn flat(&self) -> SpeakerFlat<'_> {
        let r = &self.registration;
        SpeakerFlat {
            id: r.id,
            session_id: r.session_id,
            speaking_order: r.speaking_order,
            name: &r.name,
            organisation: r.organisation.as_deref(),
            address: r.address.as_deref(),
            topic: &r.topic,
            status: r.status.as_str(),
            refusal_reason: r.refusal_reason.map(|r| r.as_str()),
        }
    }
    fn table_headers() -> Vec<String> {
        [
            "order",
            "id",
            "speaker",
            "organisation_or_address",
            "topic",
            "status",
        ]
        .iter()
        .map(label)
        .collect()
    }
    fn table_cells(&self) -> Vec<String> {
        let r = &self.registration;
        let status = match &r.refusal_reason {
            Some(reason) => format!("{}: {}", label(r.status.as_str()), label(reason)),
            None => label(r.status.as_str()),
        };
        vec![
            r.speaking_order.to_string(),
            r.id.to_string(),
            r.name.clone(),
            r.organisation
                .clone()
                .or_else(|| r.address.clone())
                .unwrap_or_default(),
            output::clip(&r.topic, 50),
            status,
        ]
    }
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

/// An opinion as CSV and workbooks show it, with the standing of its deadline as codes.
/// `export opinions --format csv` lends the same columns straight from SQLite
/// (`opinion::for_each_csv`); a test compares the two.
#[derive(Debug, Serialize, Default)]
pub struct OpinionFlat<'a> {
    id: i64,
    session_id: i64,
    registration_id: Option<i64>,
    speaker: Option<&'a str>,
    content: &'a str,
    category: &'a str,
    priority: &'a str,
    field: Option<&'a str>,
    status: &'a str,
    agency: Option<&'a str>,
    due_date: Option<NaiveDate>,
    due_rule: Option<&'a str>,
    deadline_state: String,
    days: String,
    responded_on: Option<NaiveDate>,
    response_doc: Option<&'a str>,
    forwarded_to: Option<&'a str>,
    forwarded_on: Option<NaiveDate>,
    extended_until: Option<NaiveDate>,
    out_of_scope_as: Option<&'a str>,
}

impl Record for OpinionLine {
    type Flat<'a> = OpinionFlat<'a>;
    fn flat(&self) -> OpinionFlat<'_> {
        let o = &self.opinion;
        let (deadline_state, days) = standing_codes(self.deadline.as_ref());
        OpinionFlat {
            id: o.id,
            session_id: o.session_id,
            registration_id: o.registration_id,
            speaker: o.speaker.as_deref(),
            content: &o.content,
            category: o.category.as_str(),
            priority: o.priority.as_str(),
            field: o.field.as_deref(),
            status: o.status.as_str(),
            agency: o.agency_in_charge(),
            due_date: o.due_date,
            due_rule: o.due_rule.as_deref(),
            deadline_state,
            days,
            responded_on: o.responded_on,
            response_doc: o.response_doc.as_deref(),
            forwarded_to: o.forwarded_to.as_deref(),
            forwarded_on: o.forwarded_on,
            extended_until: o.extended_until,
            out_of_scope_as: o.out_of_scope_as.map(|k| k.as_str()),
        }
    }
    fn table_headers() -> Vec<String> {
        [
            "id", "session", "content", "category", "status", "agency", "due", "standing",
        ]
        .iter()
        .map(label)
        .collect()
    }
    fn table_cells(&self) -> Vec<String> {
        let o = &self.opinion;
        vec![
            o.id.to_string(),
            o.session_id.to_string(),
            output::clip(&o.content, 48),
            label(o.category),
            label(o.status.as_str()),
            o.agency_in_charge().unwrap_or_default().to_string(),
            o.due_date.map(messages::date).unwrap_or_default(),
            {
                let mut standing = self
                    .deadline
                    .map(|c| messages::standing(&c.standing, c.unit))
                    .unwrap_or_default();
                // R12: a late timeline notice stays an R10 breach on the record.
                if let (Some(due), Some(notified)) = (o.response_due, o.extension_notified_on) {
                    if notified > due {
                        standing.push_str(&messages::r10_breach_marker());
                    }
                }
                standing
            },
        ]
    }
}

/// Stream the opinions of a filter, each with the deadline in force as of today, in the
/// command's format (`opinion list` and `export opinions`).
pub fn stream_opinions(
    ctx: &Context,
    tx: &rusqlite::Transaction<'_>,
    cal: &Calendar,
    filter: &opinion::OpinionFilter,
    out: &mut dyn Write,
) -> Result<()> {
    let mut w = output::RowWriter::<OpinionLine>::new(ctx.format, out, ctx.csv)?;
    // The years without an official schedule whose deadlines the list shows: said on stderr.
    let mut provisional = std::collections::BTreeSet::new();
    let mut note = |due: Option<NaiveDate>| {
        use chrono::Datelike;
        if let Some(year) = due.map(|d| d.year()).filter(|y| cal.provisional(*y)) {
            provisional.insert(year);
        }
    };
    // A search must not reveal who made a denunciation: a protected speaker's opinions are found
    // by their own words only, never by the speaker's name.
    let words: Vec<String> = filter
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
    let found_without_speaker = |protected: bool, content: &str, field: Option<&str>| {
        if words.is_empty() || !protected || ctx.include_protected {
            return true;
        }
        let text = crate::rules::text::fold(&format!("{content} {}", field.unwrap_or("")));
        words.iter().all(|w| text.contains(w.as_str()))
    };
    if ctx.format == output::Format::Csv && !output::csv_in_words() {
        // The same columns as `OpinionLine::csv_fields`, lent by SQLite row by row.
        use opinion::csv_column as c;
        opinion::for_each_csv(tx, filter, |row| {
            if !found_without_speaker(
                row.protected()?,
                &row.text(c::CONTENT)?,
                Some(row.text(c::FIELD)?.as_ref()),
            ) {
                return Ok(());
            }
            let due = row.date(c::DUE_DATE)?;
            note(due);
            let due_rule = row.text(c::DUE_RULE)?;
            let done_on = row.date(c::RESPONDED_ON)?.or(row.date(c::FORWARDED_ON)?);
            let deadline = ops::opinion::deadline_of(
                cal,
                due,
                Some(due_rule.as_ref()).filter(|r| !r.is_empty()),
                done_on,
                ctx.today,
            )?;
            let (state, days) = standing_codes(deadline.as_ref());
            let date = |d: Option<NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
            let texts = [
                c::ID,
                c::SESSION,
                c::REGISTRATION,
                c::SPEAKER,
                c::CONTENT,
                c::CATEGORY,
                c::PRIORITY,
                c::FIELD,
                c::STATUS,
                c::AGENCY,
            ]
            .map(|i| row.text(i));
            let after = [c::RESPONSE_DOC, c::FORWARDED_TO].map(|i| row.text(i));
            let (forwarded_on, extended_until, out_of_scope) = (
                row.date(c::FORWARDED_ON)?,
                row.date(c::EXTENDED_UNTIL)?,
                row.text(c::OUT_OF_SCOPE_AS)?,
            );
            let responded_on = row.date(c::RESPONDED_ON)?;
            let [t0, t1, t2, mut t3, t4, t5, t6, t7, t8, t9] = texts;
            if !ctx.include_protected && row.protected()? {
                t3 = Ok(ctx.protected_mask().into());
            }
            let [a0, a1] = after;
            let (t0, t1, t2, t3, t4, t5, t6, t7, t8, t9, a0, a1) =
                (t0?, t1?, t2?, t3?, t4?, t5?, t6?, t7?, t8?, t9?, a0?, a1?);
            w.write_csv_fields(|push| {
                for t in [&t0, &t1, &t2, &t3, &t4, &t5, &t6, &t7, &t8, &t9] {
                    push(t)?;
                }
                push(&date(due))?;
                push(&due_rule)?;
                push(&state)?;
                push(&days)?;
                push(&date(responded_on))?;
                push(&a0)?;
                push(&a1)?;
                push(&date(forwarded_on))?;
                push(&date(extended_until))?;
                push(&out_of_scope)
            })
        })?;
        super::note_provisional_years(provisional.into_iter().collect());
        w.finish()?;
        return Ok(());
    }
    let mask = ctx.protected_mask();
    opinion::for_each(tx, filter, |o| {
        if !found_without_speaker(o.protected, &o.content, o.field.as_deref()) {
            return Ok(());
        }
        let deadline = ops::opinion::deadline_in_force(cal, &o, ctx.today)?;
        note(deadline.as_ref().map(|d| d.due));
        w.write(&OpinionLine {
            opinion: o.shown(ctx.include_protected, &mask),
            deadline,
        })
    })?;
    super::note_provisional_years(provisional.into_iter().collect());
    w.finish()?;
    Ok(())
}

#[derive(Debug, Serialize)]
pub struct EventRow {
    #[serde(flatten)]
    pub event: Event,
}

/// A stored date (`2026-06-25`), or `None` for any other text.
fn iso_date(text: &str) -> Option<NaiveDate> {
    if text.len() == 10 {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()
    } else {
        None
    }
}

/// The fields that changed, as `field: before → after`.
fn change_summary(e: &Event) -> String {
    use serde_json::Value;
    let empty = serde_json::Map::new();
    let before = e
        .before
        .as_ref()
        .and_then(Value::as_object)
        .unwrap_or(&empty);
    let after = e
        .after
        .as_ref()
        .and_then(Value::as_object)
        .unwrap_or(&empty);
    let mut parts = Vec::new();
    for (k, v) in after {
        let old = before.get(k).unwrap_or(&Value::Null);
        if old != v && k != "search_text" {
            let code = output::xlsx::CODE_FIELDS.contains(&k.as_str()) || k == "topics";
            let show = |x: &Value| match x {
                // Dates in the reader's form (dd/mm/yyyy in Vietnamese).
                Value::String(s) if iso_date(s).is_some() => {
                    iso_date(s).map(messages::date).unwrap_or_default()
                }
                // A moment in Vietnam time, as the history's own column.
                Value::String(s) if chrono::DateTime::parse_from_rfc3339(s).is_ok() => {
                    messages::timestamp(s)
                }
                Value::Null => "∅".to_string(),
                // A record named in the change (an agency merged into another): its name.
                Value::Object(o) => o
                    .get("name")
                    .or_else(|| o.get("title"))
                    .and_then(Value::as_str)
                    .map(|n| output::clip(n, 40))
                    .or_else(|| o.get("id").map(ToString::to_string))
                    .unwrap_or_default(),
                Value::String(s) if k == "due_rule" => messages::rule_ref(s),
                Value::Bool(b) => label(if *b { "yes" } else { "no" }),
                Value::String(s) if code => label(s),
                Value::String(s) => output::clip(s, 40),
                Value::Array(items) if code => items
                    .iter()
                    .map(|i| i.as_str().map_or_else(|| i.to_string(), label))
                    .collect::<Vec<_>>()
                    .join(", "),
                other => output::clip(&other.to_string(), 40),
            };
            // The field in the reader's words (the stable key stays in CSV and JSON).
            let name = messages::column(k);
            if e.before.is_some() {
                parts.push(format!("{name}: {} → {}", show(old), show(v)));
            } else if !v.is_null() && !matches!(k.as_str(), "created_at" | "registered_at") {
                parts.push(format!("{name}: {}", show(v)));
            }
        }
    }
    if e.after.is_none() && e.before.is_some() {
        parts.push(messages::column("removed"));
    }
    parts.join("; ")
}

/// An event as CSV and workbooks show it: the record before and after as JSON text.
#[derive(Debug, Serialize, Default)]
pub struct EventFlat<'a> {
    id: i64,
    at: &'a str,
    clerk: &'a str,
    command: &'a str,
    record_kind: &'a str,
    record_id: &'a str,
    session_id: Option<i64>,
    action: &'a str,
    before: Option<String>,
    after: Option<String>,
    reason: Option<&'a str>,
}

impl Record for EventRow {
    type Flat<'a> = EventFlat<'a>;
    fn flat(&self) -> EventFlat<'_> {
        let e = &self.event;
        EventFlat {
            id: e.id,
            at: &e.at,
            clerk: &e.clerk,
            command: &e.command,
            record_kind: &e.record_kind,
            record_id: &e.record_id,
            session_id: e.session_id,
            action: &e.action,
            before: e.before.as_ref().map(|v| v.to_string()),
            after: e.after.as_ref().map(|v| v.to_string()),
            reason: e.reason.as_deref(),
        }
    }
    fn piped_width() -> Option<u16> {
        Some(120)
    }
    fn table_headers() -> Vec<String> {
        ["when", "clerk", "record", "action", "changes"]
            .iter()
            .map(label)
            .collect()
    }
    fn table_cells(&self) -> Vec<String> {
        let e = &self.event;
        vec![
            messages::timestamp(&e.at),
            e.clerk.clone(),
            match e.record_kind.as_str() {
                // One office per file: its name is enough.
                "office" => label("office_record"),
                "conclusion" => format!("{} {}", label("notice"), e.record_id),
                kind => format!("{} {}", label(kind), e.record_id),
            },
            label(&e.action),
            match &e.reason {
                Some(why) => format!("{} — {}: {why}", change_summary(e), label("reason")),
                None => change_summary(e),
            },
        ]
    }
}

/// Stable codes of a standing for CSV: state and day count.
pub fn standing_codes(check: Option<&DeadlineCheck>) -> (String, String) {
    match check.map(|c| c.standing) {
        Some(deadline::Standing::OnTime { .. }) => ("on-time".into(), "0".into()),
        Some(deadline::Standing::Late { days, .. }) => ("late".into(), days.to_string()),
        Some(deadline::Standing::Pending { days_left }) => {
            ("pending".into(), days_left.to_string())
        }
        Some(deadline::Standing::Overdue { days }) => ("overdue".into(), days.to_string()),
        None => (String::new(), String::new()),
    }
}
