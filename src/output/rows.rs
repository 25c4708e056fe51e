//! Row types shared by listings, shows and exports: one line of a session, a speaker, an
//! opinion (with its deadline in force) or an event, printable in every format.
//! The operations return the records; these say how each shows in a table, a CSV, a workbook
//! and a page (`Record`).

use crate::ops::opinion::OpinionLine;
use crate::ops::records::{Event, Registration, Session};
use crate::output::{self, Record};
use crate::rules::deadline::{self};
use crate::words::{self, label};
use chrono::NaiveDate;
use serde::Serialize;

/// A line of `session list`.
#[derive(Debug, Serialize)]
pub struct SessionLine {
    #[serde(flatten)]
    pub session: Session,
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
            words::date(s.date),
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
    pub registration: Registration,
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
        let (deadline_state, days) = deadline::standing_codes(self.deadline.as_ref());
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
            o.due_date.map(words::date).unwrap_or_default(),
            {
                let mut standing = self
                    .deadline
                    .map(|c| words::standing(&c.standing, c.unit))
                    .unwrap_or_default();
                // R12: a late timeline notice stays an R10 breach on the record.
                if let (Some(due), Some(notified)) = (o.response_due, o.extension_notified_on) {
                    if notified > due {
                        standing.push_str(&msg!(r10_breach_marker).to_string());
                    }
                }
                standing
            },
        ]
    }
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
                    iso_date(s).map(words::date).unwrap_or_default()
                }
                // A moment in Vietnam time, as the history's own column.
                Value::String(s) if chrono::DateTime::parse_from_rfc3339(s).is_ok() => {
                    words::timestamp(s)
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
                Value::String(s) if k == "due_rule" => words::rule_ref(s),
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
            let name = words::column(k);
            if e.before.is_some() {
                parts.push(format!("{name}: {} → {}", show(old), show(v)));
            } else if !v.is_null() && !matches!(k.as_str(), "created_at" | "registered_at") {
                parts.push(format!("{name}: {}", show(v)));
            }
        }
    }
    if e.after.is_none() && e.before.is_some() {
        parts.push(words::column("removed"));
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
    source: Option<String>,
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
            source: e.source.as_ref().map(|v| v.to_string()),
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
            words::timestamp(&e.at),
            e.clerk.clone(),
            match e.record_kind.as_str() {
                // One office per file: its name is enough.
                "office" => label("office_record"),
                "conclusion" => format!("{} {}", label("notice"), e.record_id),
                kind => format!("{} {}", label(kind), e.record_id),
            },
            label(&e.action),
            {
                let mut summary = change_summary(e);
                if let Some(why) = &e.reason {
                    summary = format!("{summary} — {}: {why}", label("reason"));
                }
                if let Some((file, row)) = e
                    .source
                    .as_ref()
                    .and_then(|s| Some((s.get("file")?.as_str()?, s.get("row")?.as_u64()?)))
                {
                    summary = format!(
                        "{summary} — {}",
                        msg!(imported_from, file = file, row = row)
                    );
                }
                summary
            },
        ]
    }
}

/// A conclusion notice's assignment as CSV shows it.
#[derive(Debug, Serialize, Default)]
pub struct ConclusionFlat<'a> {
    notice_id: i64,
    session_id: i64,
    version: i64,
    doc_number: &'a str,
    issued_on: Option<NaiveDate>,
    signer: &'a str,
    replaced_by: Option<i64>,
    opinion_id: Option<i64>,
    agency: Option<&'a str>,
    due_date: Option<NaiveDate>,
}

impl Record for crate::ops::records::ConclusionRow {
    type Flat<'a> = ConclusionFlat<'a>;
    fn flat(&self) -> ConclusionFlat<'_> {
        ConclusionFlat {
            notice_id: self.notice_id,
            session_id: self.session_id,
            version: self.version,
            doc_number: &self.doc_number,
            issued_on: Some(self.issued_on),
            signer: &self.signer,
            replaced_by: self.replaced_by,
            opinion_id: self.opinion_id,
            agency: self.agency.as_deref(),
            due_date: self.due_date,
        }
    }
}
