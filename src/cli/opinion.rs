//! `doithoai opinion …`: record opinions and everything that happens to them (R8, R10–R12).

use super::session::{allowed, opinion_deadline, write};
use super::{parse_date, parse_text, parse_vocab, print_line, stdout_error, text_or_file, Context};
use crate::error::{Error, Result};
use crate::messages::{self, label};
use crate::output::{self, Format, Record};
use crate::rules::calendar::Calendar;
use crate::rules::deadline::{self, DeadlineCheck};
use crate::rules::lifecycle::{self, OpinionAction, SessionAction};
use crate::rules::vocabulary::{Category, OpinionStatus, OutOfScopeKind, Priority};
use crate::store::events::{self, Change, HistoryFilter};
use crate::store::{calendar as store_calendar, conclusion, opinion, registration, session, Actor};
use chrono::NaiveDate;
use rusqlite::Transaction;
use serde::Serialize;
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, clap::Subcommand)]
pub enum OpinionCommand {
    /// Record an opinion: from MTTQ's synthesis before the session, or from the floor.
    Add(AddArgs),
    /// Record that it was answered and clarified at the session (excluded from the notice,
    /// Art. 10.1).
    Answer(AnswerArgs),
    /// Route a complaint or denunciation out of this regulation's scope (R8, Art. 1.2).
    OutOfScope(OutOfScopeArgs),
    /// Record the written answer to the petitioner (R10, Art. 10.2).
    Respond(RespondArgs),
    /// Record that it was forwarded to the competent authority (R11).
    Forward(ForwardArgs),
    /// Record the written timeline notice of a complex matter (R12).
    Extend(ExtendArgs),
    /// List opinions (filters combine).
    List(ListArgs),
    /// One opinion with its history and the explanation of its deadline.
    Show(ShowArgs),
}

#[derive(Debug, clap::Args)]
pub struct AddArgs {
    /// The session.
    pub session: i64,
    /// The registration of the speaker who raised it, if any.
    #[arg(long)]
    pub speaker: Option<i64>,
    /// The opinion's text.
    #[arg(long, value_parser = parse_text, required_unless_present = "content_file")]
    pub content: Option<String>,
    /// Read the text from a file (- for stdin), for petitions too long for one argument.
    #[arg(long, value_name = "PATH")]
    pub content_file: Option<PathBuf>,
    /// Art. 5 category: briefing, draft-consultation, implementation, cadre-conduct, petition, other.
    #[arg(long, value_parser = parse_vocab::<Category>)]
    pub category: Category,
    /// urgent, high or normal (Art. 7.2.1).
    #[arg(long, value_parser = parse_vocab::<Priority>, default_value = "normal")]
    pub priority: Priority,
    /// Field tag: land, environment, order, traffic…
    #[arg(long, value_parser = parse_text)]
    pub field: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct AnswerArgs {
    /// The opinion.
    pub id: i64,
    /// Who answered at the session.
    #[arg(long, value_parser = parse_text)]
    pub by: String,
    /// What was answered.
    #[arg(long, value_parser = parse_text)]
    pub summary: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct OutOfScopeArgs {
    /// The opinion.
    pub id: i64,
    /// complaint or denunciation.
    #[arg(long = "as", value_parser = parse_vocab::<OutOfScopeKind>)]
    pub kind: OutOfScopeKind,
    /// A note, e.g. how the person was guided (Law on Complaints).
    #[arg(long, value_parser = parse_text)]
    pub note: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct RespondArgs {
    /// The opinion.
    pub id: i64,
    /// Date of the written answer.
    #[arg(long, value_parser = parse_date)]
    pub on: NaiveDate,
    /// Its document number, e.g. 125/UBND-QLĐT.
    #[arg(long, value_parser = parse_text)]
    pub doc: String,
    /// What the answer says.
    #[arg(long, value_parser = parse_text)]
    pub summary: String,
}

#[derive(Debug, clap::Args)]
pub struct ForwardArgs {
    /// The opinion.
    pub id: i64,
    /// The competent authority.
    #[arg(long, value_parser = parse_text)]
    pub to: String,
    /// Date of the forwarding.
    #[arg(long, value_parser = parse_date)]
    pub on: NaiveDate,
    /// Document number of the forwarding letter.
    #[arg(long, value_parser = parse_text)]
    pub doc: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct ExtendArgs {
    /// The opinion.
    pub id: i64,
    /// Date the person was notified in writing of the timeline.
    #[arg(long, value_parser = parse_date)]
    pub notified_on: NaiveDate,
    /// The new target date.
    #[arg(long, value_parser = parse_date)]
    pub until: NaiveDate,
    /// The agency responsible (created on first use).
    #[arg(long, value_parser = parse_text)]
    pub agency: String,
    /// Document number of the timeline notice.
    #[arg(long, value_parser = parse_text)]
    pub doc: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct ListArgs {
    /// Only opinions of this session.
    #[arg(long)]
    pub session: Option<i64>,
    /// open, answered, out-of-scope, assigned, extended, responded or forwarded.
    #[arg(long, value_parser = parse_vocab::<OpinionStatus>)]
    pub status: Option<OpinionStatus>,
    /// Agency name or id.
    #[arg(long)]
    pub agency: Option<String>,
    /// Art. 5 category.
    #[arg(long, value_parser = parse_vocab::<Category>)]
    pub category: Option<Category>,
    /// urgent, high or normal.
    #[arg(long, value_parser = parse_vocab::<Priority>)]
    pub priority: Option<Priority>,
    /// Only pending opinions past their deadline (as of today).
    #[arg(long)]
    pub overdue: bool,
    /// Deadline before this date.
    #[arg(long, value_parser = parse_date)]
    pub due_before: Option<NaiveDate>,
    /// Deadline after this date.
    #[arg(long, value_parser = parse_date)]
    pub due_after: Option<NaiveDate>,
    /// Words to find in the text, field or speaker; diacritics ignored (`dat dai` finds "đất đai").
    #[arg(long)]
    pub search: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct ShowArgs {
    /// The opinion.
    pub id: i64,
}

pub fn run(ctx: &Context, cmd: OpinionCommand) -> Result<i32> {
    match cmd {
        OpinionCommand::Add(a) => add(ctx, a),
        OpinionCommand::Answer(a) => answer(ctx, a),
        OpinionCommand::OutOfScope(a) => out_of_scope(ctx, a),
        OpinionCommand::Respond(a) => respond(ctx, a),
        OpinionCommand::Forward(a) => forward(ctx, a),
        OpinionCommand::Extend(a) => extend(ctx, a),
        OpinionCommand::List(a) => list(ctx, a),
        OpinionCommand::Show(a) => show(ctx, a),
    }
}

fn add(ctx: &Context, a: AddArgs) -> Result<i32> {
    let content = text_or_file(a.content, a.content_file, "content")?;
    let actor = ctx.actor();
    let op = write(ctx, |tx, _| {
        allowed(tx, a.session, SessionAction::AddOpinion)?;
        let speaker = match a.speaker {
            Some(id) => {
                let r = registration::get(tx, id)?;
                if r.session_id != a.session {
                    return Err(Error::Refused(messages::speaker_of_other_session(
                        id,
                        r.session_id,
                        a.session,
                    )));
                }
                Some(r)
            }
            None => None,
        };
        let new = opinion::NewOpinion {
            session_id: a.session,
            registration_id: a.speaker,
            content,
            category: a.category,
            priority: a.priority,
            field: a.field,
        };
        opinion::insert(tx, &actor, &new, speaker.as_ref().map(|s| s.name.as_str()))
    })?;
    if ctx.format == Format::Json {
        output::json(&mut std::io::stdout().lock(), &op).map_err(stdout_error)?;
    } else {
        print_line(messages::opinion_added(op.id, op.session_id))?;
    }
    Ok(0)
}

/// Check an opinion action against the state machine (its session's state included).
fn opinion_allowed(
    tx: &Transaction<'_>,
    id: i64,
    action: OpinionAction,
) -> Result<(opinion::Opinion, OpinionStatus)> {
    let o = opinion::get(tx, id)?;
    let s = session::get(tx, o.session_id)?;
    let next = lifecycle::opinion_transition(id, s.status()?, o.status()?, action)?;
    Ok((o, next))
}

/// A concluded session closes when its last pending opinion is settled.
pub(super) fn settle_session(tx: &Transaction<'_>, actor: &Actor, session_id: i64) -> Result<()> {
    let s = session::get(tx, session_id)?;
    let status = s.status()?;
    let next =
        lifecycle::session_after_opinions(status, session::pending_opinions(tx, session_id)?);
    if next != status {
        session::update(
            tx,
            actor,
            session_id,
            if next == crate::rules::vocabulary::SessionStatus::Closed {
                "close"
            } else {
                "reopen"
            },
            "UPDATE session SET status = ?1 WHERE id = ?2",
            &[&next.as_str()],
        )?;
    }
    Ok(())
}

/// The notice that assigned an opinion (every assigned opinion has one).
fn notice_date(tx: &Transaction<'_>, o: &opinion::Opinion) -> Result<NaiveDate> {
    let session_notice = conclusion::current(tx, o.session_id)?;
    session_notice
        .map(|n| n.issued_on)
        .ok_or_else(|| Error::Refused(messages::no_notice(o.session_id)))
}

fn answer(ctx: &Context, a: AnswerArgs) -> Result<i32> {
    let actor = ctx.actor();
    let o = write(ctx, |tx, _| {
        let (o, next) = opinion_allowed(tx, a.id, OpinionAction::Answer)?;
        let held_on = session::get(tx, o.session_id)?.held_on;
        opinion::update(
            tx,
            &actor,
            a.id,
            "answer",
            "UPDATE opinion SET status = ?1, answered_by = ?2, answer_summary = ?3, closed_on = ?4 WHERE id = ?5",
            &[&next.as_str(), &a.by, &a.summary, &held_on],
        )
    })?;
    print_line(messages::opinion_changed(o.id, &o.status))?;
    Ok(0)
}

fn out_of_scope(ctx: &Context, a: OutOfScopeArgs) -> Result<i32> {
    let actor = ctx.actor();
    let o = write(ctx, |tx, _| {
        let (_, next) = opinion_allowed(tx, a.id, OpinionAction::OutOfScope)?;
        opinion::update(
            tx,
            &actor,
            a.id,
            "out-of-scope",
            "UPDATE opinion SET status = ?1, out_of_scope_as = ?2, out_of_scope_note = ?3 WHERE id = ?4",
            &[&next.as_str(), &a.kind.as_str(), &a.note],
        )
    })?;
    print_line(messages::opinion_changed(o.id, &o.status))?;
    Ok(0)
}

fn respond(ctx: &Context, a: RespondArgs) -> Result<i32> {
    close_opinion(
        ctx,
        a.id,
        OpinionAction::Respond,
        (a.on, "the written answer"),
        Change {
            action: "respond",
            sql: "UPDATE opinion SET status = ?1, responded_on = ?2, response_doc = ?3, response_summary = ?4, closed_on = ?2 WHERE id = ?5",
            args: &[&a.on, &a.doc, &a.summary],
        },
    )
}

fn forward(ctx: &Context, a: ForwardArgs) -> Result<i32> {
    close_opinion(
        ctx,
        a.id,
        OpinionAction::Forward,
        (a.on, "the forwarding"),
        Change {
            action: "forward",
            sql: "UPDATE opinion SET status = ?1, forwarded_on = ?2, forwarded_to = ?3, forward_doc = ?4, closed_on = ?2 WHERE id = ?5",
            args: &[&a.on, &a.to, &a.doc],
        },
    )
}

/// Close an opinion by a written answer (R10) or a forward (R11): the act may not predate the
/// notice; the session closes with its last pending opinion; a late act is recorded and flagged.
/// `change.sql` takes the new status as ?1, then `change.args`, then the id.
fn close_opinion(
    ctx: &Context,
    id: i64,
    action: OpinionAction,
    (on, what): (NaiveDate, &'static str),
    change: Change<'_>,
) -> Result<i32> {
    let actor = ctx.actor();
    let (o, check) = write(ctx, |tx, cal| {
        let (o, next) = opinion_allowed(tx, id, action)?;
        lifecycle::ensure_not_before(what, on, "the conclusion notice", notice_date(tx, &o)?)?;
        let status = next.as_str();
        let mut args: Vec<&dyn rusqlite::ToSql> = vec![&status];
        args.extend_from_slice(change.args);
        let o = opinion::update(tx, &actor, id, change.action, change.sql, &args)?;
        settle_session(tx, &actor, o.session_id)?;
        let check = opinion_deadline(cal, &o, ctx.today)?;
        Ok((o, check))
    })?;
    print_line(messages::opinion_changed(o.id, &o.status))?;
    if let Some(c) = check.filter(|c| matches!(c.standing, deadline::Standing::Late { .. })) {
        eprintln!("{}", messages::flag_line(&c));
    }
    Ok(0)
}

fn extend(ctx: &Context, a: ExtendArgs) -> Result<i32> {
    let actor = ctx.actor();
    let mut created = Vec::new();
    let (o, late) = write(ctx, |tx, cal| {
        let (o, next) = opinion_allowed(tx, a.id, OpinionAction::Extend)?;
        let notice_on = notice_date(tx, &o)?;
        lifecycle::ensure_not_before(
            "the timeline notice",
            a.notified_on,
            "the conclusion notice",
            notice_on,
        )?;
        lifecycle::ensure_not_before(
            "the new target date",
            a.until,
            "the timeline notice",
            a.notified_on,
        )?;
        let r10 = o
            .response_due
            .ok_or_else(|| Error::Refused(messages::no_notice(o.session_id)))?;
        let late = deadline::extension_notice_lateness(cal, r10, a.notified_on)?;
        let ag = super::agency::resolve(tx, &actor, &a.agency, &mut created)?;
        let o = opinion::update(
            tx,
            &actor,
            a.id,
            "extend",
            "UPDATE opinion SET status = ?1, extension_notified_on = ?2, extended_until = ?3,
                 extension_agency_id = ?4, extension_doc = ?5, due_date = ?3, due_rule = 'R12', due_from = ?2
             WHERE id = ?6",
            &[&next.as_str(), &a.notified_on, &a.until, &ag.id, &a.doc],
        )?;
        Ok((o, late))
    })?;
    super::agency::announce_created(&created);
    print_line(messages::opinion_changed(o.id, &o.status))?;
    if late > 0 {
        eprintln!("{}", messages::late_extension_flag(o.id, late));
    }
    Ok(0)
}

/// A line of `opinion list`.
#[derive(Debug, Serialize)]
pub struct OpinionLine {
    #[serde(flatten)]
    pub opinion: opinion::Opinion,
    pub deadline: Option<DeadlineCheck>,
}

impl Record for OpinionLine {
    fn fields() -> &'static [&'static str] {
        &[
            "id",
            "session_id",
            "registration_id",
            "speaker",
            "content",
            "category",
            "priority",
            "field",
            "status",
            "agency",
            "due_date",
            "due_rule",
            "deadline_state",
            "days",
            "responded_on",
            "response_doc",
            "forwarded_to",
            "forwarded_on",
            "extended_until",
            "out_of_scope_as",
        ]
    }
    fn values(&self) -> Vec<String> {
        let o = &self.opinion;
        let d = |x: Option<NaiveDate>| x.map(|d| d.to_string()).unwrap_or_default();
        let s = |x: &Option<String>| x.clone().unwrap_or_default();
        let (state, days) = standing_codes(self.deadline.as_ref());
        vec![
            o.id.to_string(),
            o.session_id.to_string(),
            o.registration_id.map(|r| r.to_string()).unwrap_or_default(),
            s(&o.speaker),
            o.content.clone(),
            o.category.clone(),
            o.priority.clone(),
            s(&o.field),
            o.status.clone(),
            s(&o.agency),
            d(o.due_date),
            s(&o.due_rule),
            state,
            days,
            d(o.responded_on),
            s(&o.response_doc),
            s(&o.forwarded_to),
            d(o.forwarded_on),
            d(o.extended_until),
            s(&o.out_of_scope_as),
        ]
    }
    fn table_headers() -> Vec<String> {
        [
            "id", "session", "content", "category", "status", "agency", "due", "standing",
        ]
        .iter()
        .map(|k| label(k))
        .collect()
    }
    fn table_cells(&self) -> Vec<String> {
        let o = &self.opinion;
        vec![
            o.id.to_string(),
            o.session_id.to_string(),
            output::clip(&o.content, 48),
            label(&o.category),
            label(&o.status),
            o.agency.clone().unwrap_or_default(),
            o.due_date.map(messages::date).unwrap_or_default(),
            self.deadline
                .map(|c| messages::standing(&c.standing, c.unit))
                .unwrap_or_default(),
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

fn filter_from(a: &ListArgs, today: NaiveDate) -> opinion::OpinionFilter {
    opinion::OpinionFilter {
        session: a.session,
        status: a.status,
        agency: a.agency.clone(),
        category: a.category,
        priority: a.priority,
        overdue_as_of: a.overdue.then_some(today),
        due_before: a.due_before,
        due_after: a.due_after,
        search: a.search.clone(),
    }
}

fn list(ctx: &Context, a: ListArgs) -> Result<i32> {
    let mut store = ctx.open()?;
    let tx = store.read()?;
    let cal = store_calendar::load(&tx)?;
    let filter = filter_from(&a, ctx.today);
    stream_opinions(ctx, &tx, &cal, &filter, &mut std::io::stdout().lock())?;
    Ok(0)
}

/// Stream the opinions of a filter, each with the deadline in force as of today, in the
/// command's format (`opinion list` and `export opinions`).
pub(super) fn stream_opinions(
    ctx: &Context,
    tx: &rusqlite::Transaction<'_>,
    cal: &Calendar,
    filter: &opinion::OpinionFilter,
    out: &mut dyn Write,
) -> Result<()> {
    let mut w =
        output::RowWriter::<OpinionLine>::new(ctx.format, out, ctx.csv).map_err(stdout_error)?;
    opinion::for_each(tx, filter, |o| {
        let deadline = opinion_deadline(cal, &o, ctx.today)?;
        w.write(&OpinionLine {
            opinion: o,
            deadline,
        })
        .map_err(stdout_error)
    })?;
    w.finish().map_err(stdout_error)?;
    Ok(())
}

#[derive(Debug, Serialize)]
struct OpinionView {
    opinion: opinion::Opinion,
    deadline: Option<DeadlineCheck>,
    /// The non-working days inside the deadline's span, with why.
    skipped_days: Vec<crate::rules::calendar::DayInfo>,
    history: Vec<events::Event>,
    as_of: NaiveDate,
}

fn show(ctx: &Context, a: ShowArgs) -> Result<i32> {
    let format = ctx.single_format()?;
    let mut store = ctx.open()?;
    let tx = store.read()?;
    let cal: Calendar = store_calendar::load(&tx)?;
    let o = opinion::get(&tx, a.id)?;
    let deadline = opinion_deadline(&cal, &o, ctx.today)?;
    let skipped_days = match (o.due_from, o.due_date) {
        (Some(from), Some(due)) if o.due_rule.as_deref() != Some("R12") => cal
            .days(from, due)?
            .into_iter()
            .filter(|d| !d.working && d.date != from)
            .collect(),
        _ => Vec::new(),
    };
    let mut history = Vec::new();
    events::for_each(
        &tx,
        &HistoryFilter {
            opinion: Some(a.id),
            ..Default::default()
        },
        |e| {
            history.push(e);
            Ok(())
        },
    )?;
    let view = OpinionView {
        opinion: o,
        deadline,
        skipped_days,
        history,
        as_of: ctx.today,
    };
    let mut out = std::io::stdout().lock();
    if format == Format::Json {
        output::json(&mut out, &view).map_err(stdout_error)?;
    } else {
        print_opinion(&mut out, &view).map_err(stdout_error)?;
    }
    Ok(0)
}

fn print_opinion(out: &mut dyn Write, v: &OpinionView) -> std::io::Result<()> {
    let o = &v.opinion;
    writeln!(
        out,
        "{} {} — {} {}",
        label("opinion"),
        o.id,
        label("session"),
        o.session_id
    )?;
    writeln!(out, "{}", output::printable(&o.content))?;
    let mut t: Vec<(String, String)> = Vec::new();
    let opt = |x: &Option<String>| x.clone().unwrap_or_else(|| "—".into());
    t.push((label("status"), label(&o.status)));
    t.push((
        label("category"),
        format!("{} / {}", label(&o.category), label(&o.priority)),
    ));
    t.push((label("field"), opt(&o.field)));
    t.push((label("speaker"), opt(&o.speaker)));
    t.push((label("agency"), opt(&o.agency)));
    if let Some(by) = &o.answered_by {
        t.push((
            label("answered"),
            format!("{by}: {}", opt(&o.answer_summary)),
        ));
    }
    if let Some(k) = &o.out_of_scope_as {
        t.push((
            label("out-of-scope"),
            format!("{} {}", label(k), opt(&o.out_of_scope_note)),
        ));
    }
    if let Some(on) = o.responded_on {
        t.push((
            label("responded"),
            format!(
                "{} {} — {}",
                opt(&o.response_doc),
                messages::date(on),
                opt(&o.response_summary)
            ),
        ));
    }
    if let Some(on) = o.forwarded_on {
        t.push((
            label("forwarded"),
            format!(
                "{} {} {}",
                opt(&o.forwarded_to),
                messages::date(on),
                opt(&o.forward_doc)
            ),
        ));
    }
    if let (Some(n), Some(u)) = (o.extension_notified_on, o.extended_until) {
        t.push((
            label("extended"),
            format!(
                "{} → {} ({}) {}",
                messages::date(n),
                messages::date(u),
                opt(&o.extension_agency),
                opt(&o.extension_doc)
            ),
        ));
    }
    writeln!(out, "{}", output::key_values(t))?;
    if let Some(c) = &v.deadline {
        writeln!(out, "\n{}", label("deadlines"))?;
        writeln!(out, "  {}", messages::flag_line(c))?;
        if let Some(from) = o.due_from {
            writeln!(
                out,
                "  {}",
                messages::deadline_basis(c.rule.as_str(), from, c.due)
            )?;
        }
        for d in &v.skipped_days {
            let why = match &d.reason {
                crate::rules::calendar::DayReason::Named(n) => {
                    format!("{} [{}]", n.name, label(n.layer.as_str()))
                }
                _ => label("weekend"),
            };
            writeln!(
                out,
                "    − {} {} {why}",
                messages::date(d.date),
                messages::weekday(chrono::Datelike::weekday(&d.date))
            )?;
        }
    }
    writeln!(out, "\n{}", label("history"))?;
    for e in &v.history {
        writeln!(out, "  {} {} {} ({})", e.at, e.clerk, e.action, e.command)?;
    }
    writeln!(out, "{}", messages::as_of(v.as_of))?;
    Ok(())
}
