//! `doithoai opinion …`: record opinions and everything that happens to them (R8, R10–R12).

use super::{announce_created, parse_date, parse_text, print_line, text_or_file, vocab, Context};
use chrono::NaiveDate;
use doithoai::error::Result;
use doithoai::ops;
use doithoai::ops::opinion::OpinionLine;
use doithoai::ops::records::OpinionFilter;
use doithoai::output::{self, Format};
use doithoai::rules::deadline;
use doithoai::rules::vocabulary::{Category, OpinionStatus, OutOfScopeKind, Priority};
use doithoai::words::{self, label};
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, Clone, clap::Subcommand)]
pub enum OpinionCommand {
    /// Record an opinion: from MTTQ's synthesis before the session, or from the floor.
    Add(AddArgs),
    /// Import the Front's synthesis of opinions from a table (.csv, .xlsx, .ods): all rows or none.
    Import(super::import::OpinionImportArgs),
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
    /// Correct an opinion's content, category, priority or field (state and deadlines stay).
    Edit(EditArgs),
    /// Move an assigned opinion to another lead agency without a new notice (R10 due stays).
    Reassign(ReassignArgs),
}

#[derive(Debug, Clone, clap::Args)]
pub struct EditArgs {
    /// The opinion.
    pub id: i64,
    /// The text of the opinion.
    #[arg(long, value_parser = parse_text, allow_hyphen_values = true)]
    pub content: Option<String>,
    /// Art. 5 category.
    #[arg(long, value_parser = vocab::<Category>(), hide_possible_values = true)]
    pub category: Option<Category>,
    /// urgent, high or normal.
    #[arg(long, value_parser = vocab::<Priority>(), hide_possible_values = true)]
    pub priority: Option<Priority>,
    /// Field (lĩnh vực), e.g. "giao thông".
    #[arg(long, value_parser = parse_text, allow_hyphen_values = true)]
    pub field: Option<String>,
    /// Why (kept in the history).
    #[arg(long, value_parser = parse_text, allow_hyphen_values = true)]
    pub reason: Option<String>,
}

#[derive(Debug, Clone, clap::Args)]
pub struct ReassignArgs {
    /// The opinion.
    pub id: i64,
    /// The agency that answers for it now (id, name or former name).
    #[arg(long, value_parser = parse_text, allow_hyphen_values = true)]
    pub agency: String,
    /// The day the agency took it over (default: today).
    #[arg(long, value_parser = parse_date)]
    pub on: Option<NaiveDate>,
    /// Create the agency if it does not exist yet.
    #[arg(long)]
    pub new_agency: bool,
    /// Why (kept in the history).
    #[arg(long, value_parser = parse_text, allow_hyphen_values = true)]
    pub reason: Option<String>,
}

#[derive(Debug, Clone, clap::Args)]
pub struct AddArgs {
    /// The session.
    pub session: i64,
    /// The speaker who raised it, if any: the registration's id, or SESSION/ORDER (1/3: the
    /// third speaker of session 1).
    #[arg(long)]
    pub speaker: Option<doithoai::ops::speaker::SpeakerRef>,
    /// A petitioner the Front's synthesis names who did not register to speak, e.g. "Nguyễn Văn Tâm".
    #[arg(long, value_parser = parse_text, conflicts_with = "speaker", allow_hyphen_values = true, value_name = "NAME")]
    pub petitioner: Option<String>,
    /// The opinion's text.
    #[arg(long, value_parser = parse_text, required_unless_present = "content_file", allow_hyphen_values = true)]
    pub content: Option<String>,
    /// Read the text from a file (- for stdin), for petitions too long for one argument.
    #[arg(long, value_name = "PATH")]
    pub content_file: Option<PathBuf>,
    /// Art. 5 category: briefing, draft-consultation, implementation, cadre-conduct, petition, other.
    #[arg(long, value_parser = vocab::<Category>(), hide_possible_values = true)]
    pub category: Category,
    /// urgent, high or normal (Art. 7.2.1).
    #[arg(long, value_parser = vocab::<Priority>(), hide_possible_values = true, default_value = "normal")]
    pub priority: Priority,
    /// Field tag: land, environment, order, traffic…
    #[arg(long, value_parser = parse_text, allow_hyphen_values = true)]
    pub field: Option<String>,
}

#[derive(Debug, Clone, clap::Args)]
pub struct AnswerArgs {
    /// The opinion.
    pub id: i64,
    /// Who answered at the session.
    #[arg(long, value_name = "ANSWERED_BY", value_parser = parse_text, allow_hyphen_values = true)]
    pub by: String,
    /// What was answered.
    #[arg(long, value_parser = parse_text, allow_hyphen_values = true)]
    pub summary: Option<String>,
}

#[derive(Debug, Clone, clap::Args)]
pub struct OutOfScopeArgs {
    /// The opinion.
    pub id: i64,
    /// complaint or denunciation.
    #[arg(long = "as", value_parser = vocab::<OutOfScopeKind>(), hide_possible_values = true)]
    pub kind: OutOfScopeKind,
    /// A note, e.g. how the person was guided (Law on Complaints).
    #[arg(long, value_parser = parse_text, allow_hyphen_values = true)]
    pub note: Option<String>,
    /// The day it was routed out (default today): on or after the session, not after today.
    #[arg(long, value_parser = parse_date)]
    pub on: Option<NaiveDate>,
}

#[derive(Debug, Clone, clap::Args)]
pub struct RespondArgs {
    /// The opinion.
    pub id: i64,
    /// Date of the written answer.
    #[arg(long, value_parser = parse_date)]
    pub on: NaiveDate,
    /// Its document number, e.g. 125/UBND-QLĐT.
    #[arg(long, value_parser = parse_text, allow_hyphen_values = true)]
    pub doc: String,
    /// What the answer says.
    #[arg(long, value_parser = parse_text, allow_hyphen_values = true)]
    pub summary: String,
}

#[derive(Debug, Clone, clap::Args)]
pub struct ForwardArgs {
    /// The opinion.
    pub id: i64,
    /// The competent authority.
    #[arg(long, value_parser = parse_text, allow_hyphen_values = true)]
    pub to: String,
    /// Date of the forwarding.
    #[arg(long, value_parser = parse_date)]
    pub on: NaiveDate,
    /// Document number of the forwarding letter.
    #[arg(long, value_parser = parse_text, allow_hyphen_values = true)]
    pub doc: Option<String>,
}

#[derive(Debug, Clone, clap::Args)]
pub struct ExtendArgs {
    /// The opinion.
    pub id: i64,
    /// Date the person was notified in writing of the timeline.
    #[arg(long, value_parser = parse_date)]
    pub notified_on: NaiveDate,
    /// The new target date.
    #[arg(long, value_parser = parse_date)]
    pub until: NaiveDate,
    /// The agency responsible (an unknown name needs --new-agency).
    #[arg(long, value_parser = parse_text, allow_hyphen_values = true)]
    pub agency: String,
    /// Document number of the timeline notice.
    #[arg(long, value_parser = parse_text, allow_hyphen_values = true)]
    pub doc: Option<String>,
    /// Create the agency if it does not exist yet (else an unknown name is refused with the
    /// closest existing ones).
    #[arg(long)]
    pub new_agency: bool,
}

#[derive(Debug, Clone, clap::Args)]
pub struct ListArgs {
    /// Write to this file atomically instead of stdout (format from its extension: .csv, .json, .xlsx, .html)
    #[arg(long, value_name = "FILE")]
    pub output: Option<std::path::PathBuf>,
    /// Only opinions of this session.
    #[arg(long)]
    pub session: Option<i64>,
    /// open, answered, out-of-scope, assigned, extended, responded or forwarded.
    #[arg(long, value_parser = vocab::<OpinionStatus>(), hide_possible_values = true)]
    pub status: Option<OpinionStatus>,
    /// Agency name or id.
    #[arg(long)]
    pub agency: Option<String>,
    /// Art. 5 category.
    #[arg(long, value_parser = vocab::<Category>(), hide_possible_values = true)]
    pub category: Option<Category>,
    /// urgent, high or normal.
    #[arg(long, value_parser = vocab::<Priority>(), hide_possible_values = true)]
    pub priority: Option<Priority>,
    /// Only pending opinions past their deadline (as of today).
    #[arg(long)]
    pub overdue: bool,
    /// Deadline on or before this date ("due by 20/11": the 20th included).
    #[arg(long, value_parser = parse_date)]
    pub due_before: Option<NaiveDate>,
    /// Deadline on or after this date.
    #[arg(long, value_parser = parse_date)]
    pub due_after: Option<NaiveDate>,
    /// Words to find in the text, field or speaker; diacritics ignored (`dat dai` finds "đất đai").
    #[arg(long)]
    pub search: Option<String>,
}

#[derive(Debug, Clone, clap::Args)]
pub struct ShowArgs {
    /// The opinion.
    pub id: i64,
}

pub fn run(ctx: &Context, cmd: OpinionCommand) -> Result<i32> {
    match cmd {
        OpinionCommand::Add(a) => add(ctx, a),
        OpinionCommand::Import(a) => super::import::opinions(ctx, a),
        OpinionCommand::Answer(a) => answer(ctx, a),
        OpinionCommand::OutOfScope(a) => out_of_scope(ctx, a),
        OpinionCommand::Respond(a) => respond(ctx, a),
        OpinionCommand::Forward(a) => forward(ctx, a),
        OpinionCommand::Extend(a) => extend(ctx, a),
        OpinionCommand::List(a) => list(ctx, a),
        OpinionCommand::Show(a) => show(ctx, a),
        OpinionCommand::Edit(a) => {
            let mut store = ctx.open()?;
            let o = ops::opinion::edit(
                &mut store,
                &ctx.actor_because(a.reason.as_deref()),
                a.id,
                &ops::opinion::OpinionEdit {
                    content: a.content,
                    category: a.category,
                    priority: a.priority,
                    field: a.field,
                },
            )?;
            super::print_outcome(
                ctx,
                &o,
                msg!(
                    record_edited,
                    record = "opinion",
                    id = o.id,
                    record_word = doithoai::message::Label::lower("opinion")
                )
                .to_string(),
            )
        }
        OpinionCommand::Reassign(a) => {
            let mut store = ctx.open()?;
            let done = ops::opinion::reassign(
                &mut store,
                &ctx.actor_because(a.reason.as_deref()),
                ctx.today,
                a.id,
                &a.agency,
                a.on,
                a.new_agency,
            )?;
            announce_created(&done.created_agencies);
            let in_charge = done.opinion.agency_in_charge().unwrap_or_default();
            super::print_outcome(
                ctx,
                &done,
                if done.unchanged {
                    msg!(already_with, opinion = done.opinion.id, agency = in_charge).to_string()
                } else {
                    msg!(opinion_reassigned, id = done.opinion.id, agency = in_charge).to_string()
                },
            )
        }
    }
}

fn add(ctx: &Context, a: AddArgs) -> Result<i32> {
    let content = text_or_file(a.content, a.content_file, "content")?;
    let mut store = ctx.open()?;
    let op = ops::opinion::add(
        &mut store,
        &ctx.actor(),
        ops::opinion::NewOpinion {
            session_id: a.session,
            speaker: a.speaker,
            petitioner: a.petitioner,
            content,
            category: a.category,
            priority: a.priority,
            field: a.field,
        },
    )?;
    if ctx.format == Format::Json {
        output::json(&mut std::io::stdout().lock(), &op)?;
    } else {
        print_line(msg!(opinion_added, id = op.id, session = op.session_id).to_string())?;
    }
    Ok(0)
}

fn answer(ctx: &Context, a: AnswerArgs) -> Result<i32> {
    let mut store = ctx.open()?;
    let o = ops::opinion::answer_at_session(
        &mut store,
        &ctx.actor(),
        a.id,
        &a.by,
        a.summary.as_deref(),
    )?;
    print_line(
        msg!(
            opinion_changed,
            id = o.id,
            status = doithoai::words::label(o.status.as_str())
        )
        .to_string(),
    )?;
    Ok(0)
}

fn out_of_scope(ctx: &Context, a: OutOfScopeArgs) -> Result<i32> {
    let mut store = ctx.open()?;
    let o = ops::opinion::out_of_scope(
        &mut store,
        &ctx.actor(),
        ctx.today,
        a.id,
        &ops::opinion::OutOfScope {
            kind: a.kind,
            note: a.note.as_deref(),
            on: a.on.unwrap_or(ctx.today),
        },
    )?;
    print_line(
        msg!(
            opinion_changed,
            id = o.id,
            status = doithoai::words::label(o.status.as_str())
        )
        .to_string(),
    )?;
    Ok(0)
}

fn respond(ctx: &Context, a: RespondArgs) -> Result<i32> {
    discharge(
        ctx,
        a.id,
        &ops::opinion::Discharge::Response {
            on: a.on,
            doc: &a.doc,
            summary: &a.summary,
        },
    )
}

fn forward(ctx: &Context, a: ForwardArgs) -> Result<i32> {
    discharge(
        ctx,
        a.id,
        &ops::opinion::Discharge::Forward {
            on: a.on,
            to: &a.to,
            doc: a.doc.as_deref(),
        },
    )
}

/// A written answer (R10) or a forward (R11); a late act is recorded and flagged on stderr.
fn discharge(ctx: &Context, id: i64, act: &ops::opinion::Discharge<'_>) -> Result<i32> {
    let mut store = ctx.open()?;
    let done = ops::opinion::discharge(&mut store, &ctx.actor(), ctx.today, id, act)?;
    print_line(
        msg!(
            opinion_changed,
            id = done.opinion.id,
            status = doithoai::words::label(done.opinion.status.as_str())
        )
        .to_string(),
    )?;
    if let Some(c) = done
        .deadline
        .filter(|c| matches!(c.standing, deadline::Standing::Late { .. }))
    {
        eprintln!("{}", doithoai::words::flag_line(&c));
    }
    Ok(0)
}

fn extend(ctx: &Context, a: ExtendArgs) -> Result<i32> {
    let mut store = ctx.open()?;
    let done = ops::opinion::extend(
        &mut store,
        &ctx.actor(),
        ctx.today,
        a.id,
        &ops::opinion::Extend {
            notified_on: a.notified_on,
            until: a.until,
            agency: &a.agency,
            doc: a.doc.as_deref(),
            new_agency: a.new_agency,
        },
    )?;
    announce_created(&done.created_agencies);
    print_line(
        msg!(
            opinion_changed,
            id = done.opinion.id,
            status = doithoai::words::label(done.opinion.status.as_str())
        )
        .to_string(),
    )?;
    if done.late_working_days > 0 {
        eprintln!(
            "{}",
            msg!(
                late_extension_flag,
                opinion = done.opinion.id,
                days = done.late_working_days
            )
        );
    }
    if let (Some(target), Some(due)) = (done.target_on_day_off, done.opinion.due_date) {
        eprintln!(
            "{}",
            msg!(
                target_on_day_off,
                target = doithoai::message::Day(target),
                due = doithoai::message::Day(due),
            )
        );
    }
    Ok(0)
}

fn filter_from(a: &ListArgs, today: NaiveDate) -> OpinionFilter {
    OpinionFilter {
        session: a.session,
        status: a.status,
        agency: a.agency.clone(),
        category: a.category,
        priority: a.priority,
        overdue_as_of: a.overdue.then_some(today),
        due_before: a.due_before,
        due_after: a.due_after,
        search: a.search.clone(),
        session_dates: None,
    }
}

fn list(ctx: &Context, a: ListArgs) -> Result<i32> {
    let mut store = ctx.open()?;
    ctx.disclosing(&mut store, |store| {
        let reading = ops::read(store)?;
        let mut filter = filter_from(&a, ctx.today);
        ops::opinion::resolve_filter(&reading, &ctx.actor(), &mut filter, a.agency.as_deref())?;
        super::with_destination(ctx, a.output.as_deref(), |out| {
            stream_opinions(ctx, &reading, &filter, out)
        })?;
        Ok(0)
    })
}

fn show(ctx: &Context, a: ShowArgs) -> Result<i32> {
    let format = ctx.single_format()?;
    let mut store = ctx.open()?;
    ctx.disclosing(&mut store, |store| {
        let mask = ctx.protected_mask();
        let view = ops::opinion::view(store, a.id, ctx.today, ctx.privacy(&mask))?;
        super::note_provisional_years(view.provisional_year.into_iter().collect());
        let mut out = std::io::stdout().lock();
        if format == Format::Json {
            output::json(&mut out, &view)?;
        } else {
            print_opinion(&mut out, &view)?;
        }
        Ok(0)
    })
}

fn print_opinion(out: &mut dyn Write, v: &ops::opinion::OpinionView) -> Result<()> {
    let o = &v.opinion;
    output::say!(
        out,
        "{} {} — {} {}",
        label("opinion"),
        o.id,
        label("session"),
        o.session_id
    )?;
    output::say!(out, "{}", output::printable(&o.content))?;
    let mut t: Vec<(String, String)> = Vec::new();
    let opt = |x: &Option<String>| x.clone().unwrap_or_else(|| "—".into());
    t.push((label("status"), label(o.status.as_str())));
    t.push((
        label("category"),
        format!("{} / {}", label(o.category), label(o.priority)),
    ));
    t.push((label("field"), opt(&o.field)));
    t.push((label("speaker"), opt(&o.speaker)));
    t.push((label("agency"), opt(&o.agency)));
    if let Some(by) = &o.answered_by {
        t.push((
            label("row_answered"),
            format!("{by}: {}", opt(&o.answer_summary)),
        ));
    }
    if let Some(k) = &o.out_of_scope_as {
        t.push((
            label("row_out_of_scope"),
            match &o.out_of_scope_note {
                Some(note) => format!("{} — {note}", label(k)),
                None => label(k),
            },
        ));
    }
    if let Some(on) = o.responded_on {
        t.push((
            label("row_responded"),
            joined(&[
                o.response_doc.clone(),
                Some(words::date(on)),
                o.response_summary.clone(),
            ]),
        ));
    }
    if let Some(on) = o.forwarded_on {
        t.push((
            label("row_forwarded"),
            joined(&[
                o.forwarded_to.clone(),
                Some(words::date(on)),
                o.forward_doc.clone(),
            ]),
        ));
    }
    if let (Some(n), Some(u)) = (o.extension_notified_on, o.extended_until) {
        t.push((
            label("row_extended"),
            joined(&[
                Some(format!("{} → {}", words::date(n), words::date(u))),
                o.extension_agency.clone(),
                o.extension_doc.clone(),
            ]),
        ));
    }
    output::say!(out, "{}", output::key_values(t))?;
    if let Some(c) = &v.deadline {
        output::say!(out, "\n{}", label("deadlines"))?;
        output::say!(out, "  {}", doithoai::words::flag_line(c))?;
        if let Some(breach) = &v.r10_breach {
            output::say!(out, "  {}", doithoai::words::flag_line(breach))?;
        }
        // R12 counts from the timeline notice, R10 from the conclusion notice.
        let from = if c.rule == deadline::Rule::R12 {
            o.extension_notified_on
        } else {
            o.due_from
        };
        if let Some(from) = from {
            output::say!(
                out,
                "  {}",
                words::deadline_basis(c.rule.as_str(), from, c.due)
            )?;
        }
        for d in &v.skipped_days {
            let why = match &d.reason {
                doithoai::rules::calendar::DayReason::Named(n) => {
                    format!("{} [{}]", n.name, words::layer_word(n.layer.as_str()))
                }
                _ => label("weekend"),
            };
            output::say!(
                out,
                "    − {} {} {why}",
                words::date(d.date),
                words::weekday(chrono::Datelike::weekday(&d.date))
            )?;
        }
    }
    output::say!(out, "\n{}", label("history"))?;
    for e in &v.history {
        // Vietnam time, the action and the command in the reader's words.
        output::say!(
            out,
            "  {} {} {} ({})",
            words::timestamp(&e.at),
            e.clerk,
            label(&e.action),
            words::command_words(&e.command)
        )?;
    }
    output::say!(
        out,
        "{}",
        msg!(as_of, today = doithoai::words::date(v.as_of)).to_string()
    )?;
    Ok(())
}

/// The parts of a row that are known, joined by " — " (a missing document number leaves no
/// dangling dash).
fn joined(parts: &[Option<String>]) -> String {
    parts
        .iter()
        .flatten()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(" — ")
}

/// Stream the opinions of a filter, each with the deadline in force as of today, in the
/// command's format (`opinion list` and `export opinions`).
pub fn stream_opinions(
    ctx: &Context,
    reading: &doithoai::ops::Reading<'_>,
    filter: &OpinionFilter,
    out: &mut dyn Write,
) -> Result<()> {
    let mut w = output::RowWriter::<OpinionLine>::new(ctx.format, out, ctx.csv)?;
    let mask = ctx.protected_mask();
    let privacy = ctx.privacy(&mask);
    // The years without an official schedule whose deadlines the list shows: said on stderr.
    let provisional = if ctx.format == output::Format::Csv && !output::csv_in_words() {
        // The same columns as `OpinionLine::csv_fields`, lent row by row.
        ops::opinion::for_each_csv_record(reading, filter, ctx.today, privacy, |fields| {
            w.write_csv_fields(|push| {
                for field in fields {
                    push(field)?;
                }
                Ok(())
            })
        })?
    } else {
        ops::opinion::for_each_listed(reading, filter, ctx.today, privacy, |opinion, deadline| {
            w.write(&OpinionLine { opinion, deadline })
        })?
    };
    super::note_provisional_years(provisional.into_iter().collect());
    w.finish()?;
    Ok(())
}
