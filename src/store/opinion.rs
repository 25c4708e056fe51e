//! Opinions and petitions, their assignments and answers.

use super::db::{params, Connection, ToSql};
use super::events::{self, Target};
use super::Actor;
use crate::error::Result;
use crate::rules::text;
use crate::rules::vocabulary::{Category, OpinionStatus, Priority};
use chrono::NaiveDate;
use serde::Serialize;
use serde_json::json;

/// An opinion as stored, with its agency's name.
#[derive(Debug, Clone, Serialize)]
pub struct Opinion {
    pub id: i64,
    pub session_id: i64,
    pub registration_id: Option<i64>,
    pub speaker: Option<String>,
    pub content: String,
    pub category: crate::rules::vocabulary::Category,
    pub priority: crate::rules::vocabulary::Priority,
    pub field: Option<String>,
    pub status: crate::rules::vocabulary::OpinionStatus,
    pub answered_by: Option<String>,
    pub answer_summary: Option<String>,
    pub out_of_scope_as: Option<crate::rules::vocabulary::OutOfScopeKind>,
    pub out_of_scope_note: Option<String>,
    pub notice_id: Option<i64>,
    pub agency_id: Option<i64>,
    pub agency: Option<String>,
    pub response_due: Option<NaiveDate>,
    pub due_date: Option<NaiveDate>,
    pub due_rule: Option<String>,
    pub due_from: Option<NaiveDate>,
    pub responded_on: Option<NaiveDate>,
    pub response_doc: Option<String>,
    pub response_summary: Option<String>,
    pub forwarded_to: Option<String>,
    pub forwarded_on: Option<NaiveDate>,
    pub forward_doc: Option<String>,
    pub extension_notified_on: Option<NaiveDate>,
    pub extended_until: Option<NaiveDate>,
    pub extension_agency: Option<String>,
    pub extension_doc: Option<String>,
    pub closed_on: Option<NaiveDate>,
    pub created_at: String,
    /// Its speaker made a denunciation: the speaker's name is protected (see
    /// `Registration::protected`).
    #[serde(skip)]
    pub protected: bool,
}

impl Opinion {
    /// The agency answering for the opinion now: the one the latest timeline notice named
    /// (Art. 10.2, R12), else the lead agency the conclusion notice gave (Art. 10.1) — what
    /// tables, filters, exports and the reports of today name (`rules::as_of::responsible_agency`).
    pub fn agency_in_charge(&self) -> Option<&str> {
        self.extension_agency.as_deref().or(self.agency.as_deref())
    }

    /// The opinion as lists and exports show it: a protected speaker's name withheld.
    pub fn shown(mut self, include_protected: bool, mask: &str) -> Opinion {
        if self.protected && !include_protected {
            self.speaker = Some(mask.to_string());
        }
        self
    }

    pub fn status(&self) -> Result<OpinionStatus> {
        Ok(self.status)
    }
}

pub const COLUMNS: &str =
    "o.id, o.session_id, o.registration_id, coalesce(r.name, o.petitioner), o.content, o.category, o.priority, o.field,
    o.status, o.answered_by, o.answer_summary, o.out_of_scope_as, o.out_of_scope_note, o.notice_id,
    o.agency_id, a.name, o.response_due, o.due_date, o.due_rule, o.due_from, o.responded_on,
    o.response_doc, o.response_summary, o.forwarded_to, o.forwarded_on, o.forward_doc,
    o.extension_notified_on, o.extended_until, x.name, o.extension_doc, o.closed_on, o.created_at,
    (o.registration_id IS NOT NULL AND EXISTS (SELECT 1 FROM opinion p
        WHERE p.registration_id = o.registration_id AND p.out_of_scope_as = 'denunciation'))
    OR (o.registration_id IS NULL AND o.petitioner IS NOT NULL AND EXISTS (SELECT 1 FROM opinion p
        WHERE p.session_id = o.session_id AND p.registration_id IS NULL
          AND p.petitioner = o.petitioner AND p.out_of_scope_as = 'denunciation'))";

pub const FROM: &str = "opinion o
    LEFT JOIN registration r ON r.id = o.registration_id
    LEFT JOIN agency a ON a.id = o.agency_id
    LEFT JOIN agency x ON x.id = o.extension_agency_id";

pub fn from_row(r: &super::db::Row<'_>) -> rusqlite::Result<Opinion> {
    Ok(Opinion {
        id: r.get(0)?,
        session_id: r.get(1)?,
        registration_id: r.get(2)?,
        speaker: r.get(3)?,
        content: r.get(4)?,
        category: r.get(5)?,
        priority: r.get(6)?,
        field: r.get(7)?,
        status: r.get(8)?,
        answered_by: r.get(9)?,
        answer_summary: r.get(10)?,
        out_of_scope_as: r.get(11)?,
        out_of_scope_note: r.get(12)?,
        notice_id: r.get(13)?,
        agency_id: r.get(14)?,
        agency: r.get(15)?,
        response_due: super::date_column(r, 16)?,
        due_date: super::date_column(r, 17)?,
        due_rule: r.get(18)?,
        due_from: super::date_column(r, 19)?,
        responded_on: super::date_column(r, 20)?,
        response_doc: r.get(21)?,
        response_summary: r.get(22)?,
        forwarded_to: r.get(23)?,
        forwarded_on: super::date_column(r, 24)?,
        forward_doc: r.get(25)?,
        extension_notified_on: super::date_column(r, 26)?,
        extended_until: super::date_column(r, 27)?,
        extension_agency: r.get(28)?,
        extension_doc: r.get(29)?,
        closed_on: super::date_column(r, 30)?,
        created_at: r.get(31)?,
        protected: r.get(32)?,
    })
}

pub fn get(conn: &Connection, id: i64) -> Result<Opinion> {
    super::by_id(
        conn,
        &format!("SELECT {COLUMNS} FROM {FROM} WHERE o.id = ?1"),
        id,
        "opinion",
        from_row,
    )
}

fn target(id: &str, session: i64) -> Target<'_> {
    Target {
        kind: "opinion",
        id,
        session_id: Some(session),
    }
}

/// What `opinion add` records.
#[derive(Debug, Clone)]
pub struct NewOpinion {
    pub session_id: i64,
    pub registration_id: Option<i64>,
    /// Named by the Front's synthesis without a registration (Art. 7.2).
    pub petitioner: Option<String>,
    pub content: String,
    pub category: Category,
    pub priority: Priority,
    pub field: Option<String>,
}

/// The folded text search runs on: content, field and speaker, without diacritics.
pub(crate) fn search_text(content: &str, field: Option<&str>, speaker: Option<&str>) -> String {
    let mut s = text::fold(content);
    for extra in [field, speaker].into_iter().flatten() {
        s.push(' ');
        s.push_str(&text::fold(extra));
    }
    s
}

pub fn insert(
    conn: &Connection,
    actor: &Actor,
    o: &NewOpinion,
    speaker: Option<&str>,
) -> Result<Opinion> {
    let id: i64 = conn.prepare_cached(&format!(
        "INSERT INTO opinion (id, session_id, registration_id, content, search_text, category, priority, field, created_at, petitioner)
         VALUES ({}, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) RETURNING id",
        super::next_id("opinion")
    ))?
    .query_row(params![
        o.session_id,
        o.registration_id,
        o.content,
        search_text(
            &o.content,
            o.field.as_deref(),
            speaker.or(o.petitioner.as_deref())
        ),
        o.category.as_str(),
        o.priority.as_str(),
        o.field,
        actor.at,
        o.petitioner,
    ], |r| r.get(0))?;
    let op = get(conn, id)?;
    let rid = op.id.to_string();
    events::record(
        conn,
        actor,
        target(&rid, op.session_id),
        "add",
        None,
        Some(&json!(op)),
    )?;
    Ok(op)
}

/// Apply one change to an opinion and log before → after.
fn update(
    conn: &Connection,
    actor: &Actor,
    id: i64,
    action: &str,
    sql: &str,
    args: &[&dyn ToSql],
) -> Result<Opinion> {
    events::logged_update(
        conn,
        actor,
        "opinion",
        id,
        events::Change { action, sql, args },
        get,
        |r| r.session_id,
    )
}

/// Answered at the session itself (Art. 9.2): closed on the day it was held.
pub fn record_answer_at_session(
    conn: &Connection,
    actor: &Actor,
    id: i64,
    status: OpinionStatus,
    by: &str,
    summary: Option<&str>,
    closed_on: Option<NaiveDate>,
) -> Result<Opinion> {
    update(
        conn,
        actor,
        id,
        "answer",
        "UPDATE opinion SET status = ?1, answered_by = ?2, answer_summary = ?3, closed_on = ?4 WHERE id = ?5",
        &[&status.as_str(), &by, &summary, &closed_on],
    )
}

/// A complaint or denunciation kept out of the dialogue (Art. 1.2, R8).
pub fn record_out_of_scope(
    conn: &Connection,
    actor: &Actor,
    id: i64,
    status: OpinionStatus,
    kind: &str,
    note: Option<&str>,
    on: NaiveDate,
) -> Result<Opinion> {
    update(
        conn,
        actor,
        id,
        "out-of-scope",
        "UPDATE opinion SET status = ?1, out_of_scope_as = ?2, out_of_scope_note = ?3, closed_on = ?4
         WHERE id = ?5",
        &[&status.as_str(), &kind, &note, &on],
    )
}

/// A written act that discharges the office of an opinion (Art. 10.2).
#[derive(Debug, Clone)]
pub enum Discharge<'a> {
    /// The written answer to the petitioner (R10).
    Response {
        on: NaiveDate,
        doc: &'a str,
        summary: &'a str,
    },
    /// Forwarded to the competent body (R11).
    Forward {
        on: NaiveDate,
        to: &'a str,
        doc: Option<&'a str>,
    },
}

impl Discharge<'_> {
    pub fn on(&self) -> NaiveDate {
        match self {
            Discharge::Response { on, .. } | Discharge::Forward { on, .. } => *on,
        }
    }
}

/// Record a written answer or a forward; the opinion is closed on the act's date.
pub fn record_discharge(
    conn: &Connection,
    actor: &Actor,
    id: i64,
    status: OpinionStatus,
    act: &Discharge<'_>,
) -> Result<Opinion> {
    match act {
        Discharge::Response { on, doc, summary } => update(
            conn,
            actor,
            id,
            "respond",
            "UPDATE opinion SET status = ?1, responded_on = ?2, response_doc = ?3, response_summary = ?4, closed_on = ?2 WHERE id = ?5",
            &[&status.as_str(), on, doc, summary],
        ),
        Discharge::Forward { on, to, doc } => update(
            conn,
            actor,
            id,
            "forward",
            "UPDATE opinion SET status = ?1, forwarded_on = ?2, forwarded_to = ?3, forward_doc = ?4, closed_on = ?2 WHERE id = ?5",
            &[&status.as_str(), on, to, doc],
        ),
    }
}

/// A complex matter's timeline notice (Art. 10.2, R12): the agency's target becomes the
/// deadline in force; `due_from` stays the day R10 counts from (the notice).
pub struct Extension<'a> {
    /// The day R12 is judged from: the first timeline notice.
    pub notified_on: NaiveDate,
    /// This notice's own date (a second notice keeps the first's for R12).
    pub this_notice_on: NaiveDate,
    pub until: NaiveDate,
    pub agency_id: i64,
    pub doc: Option<&'a str>,
}

pub fn record_extension(
    conn: &Connection,
    actor: &Actor,
    id: i64,
    status: OpinionStatus,
    x: &Extension<'_>,
) -> Result<Opinion> {
    update(
        conn,
        actor,
        id,
        "extend",
        "UPDATE opinion SET status = ?1, extension_notified_on = ?2, extended_until = ?3,
             extension_agency_id = ?4, extension_doc = ?5, due_date = ?3, due_rule = 'R12'
         WHERE id = ?6",
        &[
            &status.as_str(),
            &x.notified_on,
            &x.until,
            &x.agency_id,
            &x.doc,
        ],
    )
    .and_then(|o| {
        conn.execute(
            "INSERT INTO extension (opinion_id, notified_on, until, agency_id, doc,
                                    after_reassignment)
             VALUES (?1, ?2, ?3, ?4, ?5,
                     (SELECT max(id) FROM reassignment WHERE opinion_id = ?1))
             ON CONFLICT (opinion_id, notified_on) DO UPDATE SET until = excluded.until,
                 agency_id = excluded.agency_id, doc = excluded.doc,
                 after_reassignment = excluded.after_reassignment",
            params![id, x.this_notice_on, x.until, x.agency_id, x.doc],
        )?;
        Ok(o)
    })
}

/// The conclusion notice assigns the opinion to its lead agency with the R10 due date.
pub fn record_assignment(
    conn: &Connection,
    actor: &Actor,
    id: i64,
    notice_id: i64,
    agency_id: i64,
    notice_on: NaiveDate,
    due: NaiveDate,
) -> Result<Opinion> {
    update(
        conn,
        actor,
        id,
        "assign",
        "UPDATE opinion SET status = ?1, notice_id = ?2, agency_id = ?3, response_due = ?4,
             due_date = ?4, due_rule = 'R10', due_from = ?5 WHERE id = ?6",
        &[
            &OpinionStatus::Assigned.as_str(),
            &notice_id,
            &agency_id,
            &due,
            &notice_on,
        ],
    )
}

/// Correct an opinion's descriptive fields (content, category, priority, field); the folded
/// search text follows the content.
pub fn record_edit(
    conn: &Connection,
    actor: &Actor,
    id: i64,
    fields: &[(&'static str, &dyn ToSql)],
) -> Result<Opinion> {
    let before = get(conn, id)?;
    let edited = events::logged_edit(conn, actor, "opinion", id, fields, get, |o| o.session_id)?;
    if edited.content != before.content || edited.field != before.field {
        conn.execute(
            "UPDATE opinion SET search_text = ?1 WHERE id = ?2",
            params![
                search_text(
                    &edited.content,
                    edited.field.as_deref(),
                    edited.speaker.as_deref()
                ),
                id
            ],
        )?;
    }
    Ok(edited)
}

/// Move an assigned opinion to another lead agency without a new notice (Art. 10.2), from the
/// day `on`: the R10 due date stays. An extended opinion's timeline is answered by the new
/// agency too. The day is kept (`reassignment`) so a report for an earlier day names the
/// agency responsible then.
pub fn record_reassignment(
    conn: &Connection,
    actor: &Actor,
    id: i64,
    agency_id: i64,
    on: NaiveDate,
) -> Result<Opinion> {
    conn.execute(
        "INSERT INTO reassignment (opinion_id, from_agency_id, agency_id, reassigned_on, created_at)
         SELECT id, CASE WHEN status = 'extended' THEN coalesce(extension_agency_id, agency_id)
                         ELSE agency_id END, ?2, ?3, ?4
         FROM opinion WHERE id = ?1",
        params![id, agency_id, on, actor.at],
    )?;
    let before = get(conn, id)?;
    conn.execute(
        "UPDATE opinion SET agency_id = ?1,
             extension_agency_id = CASE WHEN status = 'extended' THEN ?1 ELSE extension_agency_id END
         WHERE id = ?2",
        params![agency_id, id],
    )?;
    let after = get(conn, id)?;
    // The history names the day the agency took over: reports depend on it.
    let mut logged = serde_json::json!(after);
    logged["reassigned_on"] = serde_json::json!(on);
    let rid = id.to_string();
    events::record(
        conn,
        actor,
        events::Target {
            kind: "opinion",
            id: &rid,
            session_id: Some(after.session_id),
        },
        "reassign",
        Some(&serde_json::json!(before)),
        Some(&logged),
    )?;
    Ok(after)
}

/// The day of an opinion's latest timeline notice (R12), if any.
pub fn last_timeline_notice_on(conn: &Connection, id: i64) -> Result<Option<NaiveDate>> {
    conn.query_row(
        "SELECT max(notified_on) FROM extension WHERE opinion_id = ?1",
        [id],
        |r| r.get::<_, Option<NaiveDate>>(0),
    )
}

/// The day of an opinion's latest reassignment, if any.
pub fn last_reassigned_on(conn: &Connection, id: i64) -> Result<Option<NaiveDate>> {
    conn.query_row(
        "SELECT max(reassigned_on) FROM reassignment WHERE opinion_id = ?1",
        [id],
        |r| r.get::<_, Option<NaiveDate>>(0),
    )
}

/// Filters of `opinion list` and `export opinions`.
#[derive(Debug, Clone, Default)]
pub struct OpinionFilter {
    pub session: Option<i64>,
    pub status: Option<OpinionStatus>,
    pub agency: Option<String>,
    pub category: Option<Category>,
    pub priority: Option<Priority>,
    /// Pending and past the deadline in force as of this day.
    pub overdue_as_of: Option<NaiveDate>,
    pub due_before: Option<NaiveDate>,
    pub due_after: Option<NaiveDate>,
    /// Words to find, diacritics ignored.
    pub search: Option<String>,
    /// Only opinions of sessions dated in this range (inclusive).
    pub session_dates: Option<(NaiveDate, NaiveDate)>,
}

/// Stream the opinions matching a filter, in id order. The query is built from the filters
/// given (a catch-all `?1 IS NULL OR …` would defeat the indexes): one session's opinions come
/// by `opinion_session_idx`, words by the trigram index `opinion_search`, whatever the size of
/// the file.
pub fn for_each(
    conn: &Connection,
    f: &OpinionFilter,
    mut each: impl FnMut(Opinion) -> Result<()>,
) -> Result<()> {
    for_each_row(conn, f, COLUMNS, |r| each(from_row(r)?))
}

/// The columns of the CSV export (`CsvRow` reads them by position).
const CSV_COLUMNS: &str = "o.id, o.session_id, o.registration_id, coalesce(r.name, o.petitioner), o.content, o.category,
    o.priority, o.field, o.status, coalesce(x.name, a.name), o.due_date, o.due_rule, o.responded_on, o.response_doc,
    o.forwarded_to, o.forwarded_on, o.extended_until, o.out_of_scope_as,
    (o.registration_id IS NOT NULL AND EXISTS (SELECT 1 FROM opinion p
        WHERE p.registration_id = o.registration_id AND p.out_of_scope_as = 'denunciation'))
    OR (o.registration_id IS NULL AND o.petitioner IS NOT NULL AND EXISTS (SELECT 1 FROM opinion p
        WHERE p.session_id = o.session_id AND p.registration_id IS NULL
          AND p.petitioner = o.petitioner AND p.out_of_scope_as = 'denunciation')),
    o.closed_on";

/// One opinion as the CSV export reads it: its columns borrowed from SQLite's row, never copied
/// (an export streams a million of them).
pub struct CsvRow<'a, 'r>(&'a super::db::Row<'r>);

impl CsvRow<'_, '_> {
    /// The text (or number, as text) in column `idx`; empty for NULL.
    pub fn text(&self, idx: usize) -> Result<std::borrow::Cow<'_, str>> {
        use rusqlite::types::ValueRef;
        if let Some(text) = self.0.server_text(idx) {
            return Ok(text.into());
        }
        Ok(match self.0.get_ref(idx)? {
            ValueRef::Null => "".into(),
            ValueRef::Integer(n) => n.to_string().into(),
            ValueRef::Text(t) => std::str::from_utf8(t)
                .map_err(|e| rusqlite::Error::Utf8Error(idx, e))?
                .into(),
            ValueRef::Real(x) => x.to_string().into(),
            ValueRef::Blob(_) => "".into(),
        })
    }
    /// Whether the speaker is protected (column `PROTECTED`).
    pub fn protected(&self) -> Result<bool> {
        Ok(self.0.get(csv_column::PROTECTED)?)
    }
    /// The date in column `idx` (see `date_column`).
    pub fn date(&self, idx: usize) -> Result<Option<NaiveDate>> {
        Ok(super::date_column(self.0, idx)?)
    }
}

/// Column positions of `CsvRow`.
pub mod csv_column {
    pub const ID: usize = 0;
    pub const SESSION: usize = 1;
    pub const REGISTRATION: usize = 2;
    pub const SPEAKER: usize = 3;
    pub const CONTENT: usize = 4;
    pub const CATEGORY: usize = 5;
    pub const PRIORITY: usize = 6;
    pub const FIELD: usize = 7;
    pub const STATUS: usize = 8;
    pub const AGENCY: usize = 9;
    pub const DUE_DATE: usize = 10;
    pub const DUE_RULE: usize = 11;
    pub const RESPONDED_ON: usize = 12;
    pub const RESPONSE_DOC: usize = 13;
    pub const FORWARDED_TO: usize = 14;
    pub const FORWARDED_ON: usize = 15;
    pub const EXTENDED_UNTIL: usize = 16;
    pub const OUT_OF_SCOPE_AS: usize = 17;
    pub const PROTECTED: usize = 18;
    pub const CLOSED_ON: usize = 19;
}

/// Stream the opinions matching a filter for the CSV export, in id order.
pub fn for_each_csv(
    conn: &Connection,
    f: &OpinionFilter,
    mut each: impl FnMut(&CsvRow<'_, '_>) -> Result<()>,
) -> Result<()> {
    for_each_row(conn, f, CSV_COLUMNS, |r| each(&CsvRow(r)))
}

fn for_each_row(
    conn: &Connection,
    f: &OpinionFilter,
    columns: &str,
    each: impl FnMut(&super::db::Row<'_>) -> Result<()>,
) -> Result<()> {
    let words: Vec<String> = f
        .search
        .as_deref()
        .map(|s| {
            text::fold(s)
                .split(' ')
                .filter(|w| !w.is_empty())
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default();
    let mut clauses: Vec<String> = Vec::new();
    let mut args: Vec<Box<dyn ToSql>> = Vec::new();
    let mut bind = |clause: &str, value: Box<dyn ToSql>, args: &mut Vec<Box<dyn ToSql>>| {
        args.push(value);
        clauses.push(clause.replace('?', &format!("?{}", args.len())));
    };
    if let Some(session) = f.session {
        bind("o.session_id = ?", Box::new(session), &mut args);
    }
    if let Some(status) = f.status {
        bind("o.status = ?", Box::new(status.as_str()), &mut args);
    }
    if let Some(agency) = &f.agency {
        // The agency answering for the opinion now: the one a timeline notice named once there
        // is one (Art. 10.2, R12), else the lead agency — as the table and the reports show it.
        // Named by its name or its id (one parameter, used twice).
        bind(
            "(coalesce(x.name, a.name) = ? \
             OR CAST(coalesce(o.extension_agency_id, o.agency_id) AS TEXT) = ?)",
            Box::new(agency.clone()),
            &mut args,
        );
    }
    if let Some(category) = f.category {
        bind("o.category = ?", Box::new(category.as_str()), &mut args);
    }
    if let Some(priority) = f.priority {
        bind("o.priority = ?", Box::new(priority.as_str()), &mut args);
    }
    if let Some(as_of) = f.overdue_as_of {
        bind(
            &format!("(o.status IN ({}) AND o.due_date < ?)", pending_sql()),
            Box::new(as_of),
            &mut args,
        );
    }
    if let Some((from, to)) = f.session_dates {
        bind(
            "o.session_id IN (SELECT id FROM session WHERE session_date >= ?)",
            Box::new(from),
            &mut args,
        );
        bind(
            "o.session_id IN (SELECT id FROM session WHERE session_date <= ?)",
            Box::new(to),
            &mut args,
        );
    }
    if let Some(d) = f.due_before {
        bind("o.due_date <= ?", Box::new(d), &mut args);
    }
    if let Some(d) = f.due_after {
        bind("o.due_date >= ?", Box::new(d), &mut args);
    }
    // Words of three characters or more go through the trigram index; shorter ones (a house
    // number "12") are matched in the folded text of the rows the others leave.
    let (indexed, short): (Vec<&String>, Vec<&String>) =
        words.iter().partition(|w| w.chars().count() >= 3);
    if conn.engine() == super::db::Engine::Postgres {
        // The server's trigram index (opinion_search_idx) serves LIKE over the folded text.
        for w in &indexed {
            let escaped = w
                .replace('\\', "\\\\")
                .replace('%', "\\%")
                .replace('_', "\\_");
            bind(
                "o.search_text LIKE ?",
                Box::new(format!("%{escaped}%")),
                &mut args,
            );
        }
    } else if !indexed.is_empty() {
        let query = indexed
            .iter()
            .map(|w| format!("\"{}\"", w.replace('"', "\"\"")))
            .collect::<Vec<_>>()
            .join(" AND ");
        bind(
            "o.id IN (SELECT rowid FROM opinion_search WHERE opinion_search MATCH ?)",
            Box::new(query),
            &mut args,
        );
    }
    for w in short {
        bind(
            "instr(o.search_text, ?) > 0",
            Box::new(w.clone()),
            &mut args,
        );
    }
    let filter = if clauses.is_empty() {
        String::new()
    } else {
        format!("WHERE {}", clauses.join(" AND "))
    };
    let mut stmt = conn.prepare(&format!(
        "SELECT {columns} FROM {FROM} {filter} ORDER BY o.id"
    ))?;
    // The rows stream (`each` writes them out and asks nothing of the database).
    stmt.for_each(super::db::params_from_iter(args.iter()), each)
}

/// The opinion states still waiting for a written answer (assigned, extended).
pub fn pending_sql() -> String {
    crate::rules::vocabulary::sql_list(crate::rules::vocabulary::OpinionStatus::AWAITING_ANSWER)
}

pub fn for_session(conn: &Connection, session: i64) -> Result<Vec<Opinion>> {
    let mut out = Vec::new();
    for_each(
        conn,
        &OpinionFilter {
            session: Some(session),
            ..Default::default()
        },
        |o| {
            out.push(o);
            Ok(())
        },
    )?;
    Ok(out)
}
