//! `doithoai session …`: plan, announce, invite, delegate, hold, stop, cancel, list, show.

use super::{
    announce_created, note_provisional, parse_date, parse_text, print_line, vocab, Context,
};
use chrono::NaiveDate;
use doithoai::error::Result;
use doithoai::ops;
use doithoai::ops::opinion::OpinionLine;
use doithoai::ops::records::{Notice, Session, SessionFilter};
use doithoai::output::rows::{SessionLine, SpeakerLine};
use doithoai::output::{self, Format};
use doithoai::rules::vocabulary::{
    Category, ChairRole, DelegationReason, Level, SessionForm, SessionKind, SessionStatus,
};
use doithoai::words::{self, label};
use std::io::Write;

#[derive(Debug, Clone, clap::Subcommand)]
pub enum SessionCommand {
    /// Plan a dialogue; prints its id, the R4 announcement deadline and the R9 deadline it
    /// would have if held on that day.
    Plan(PlanArgs),
    /// Record the public announcement (R4: 7 days before; late ones are recorded and flagged).
    Announce(AnnounceArgs),
    /// Record invitations: organisations, agencies invited to answer, individuals.
    Invite(InviteArgs),
    /// Record that a deputy chairs, for health or urgent duty (R1).
    Delegate(DelegateArgs),
    /// Record that the session took place (starts the R9 deadline).
    Hold(HoldArgs),
    /// Record that the chair stopped the session (R7); it counts as held.
    Stop(StopArgs),
    /// Cancel a planned session. Asks first; `--yes` in scripts.
    Cancel(CancelArgs),
    /// Correct a session's title, time, venue, host, chair's name or secretary.
    Edit(EditArgs),
    /// Move a planned or announced session to another day (speakers and opinions stay; R4
    /// follows the new date).
    Reschedule(RescheduleArgs),
    /// Withdraw an invitation recorded by mistake.
    Uninvite(UninviteArgs),
    /// List sessions.
    List(ListArgs),
    /// Everything about a session: speakers, opinions, notice, deadlines and flags.
    Show(ShowArgs),
}

/// A start time as a clerk types it: `08:00`, `8:00`, `8h`, `8h00`, `8h30`, `8 giờ`,
/// `8 giờ 30`; stored as `HH:MM`.
fn parse_time(s: &str) -> std::result::Result<String, String> {
    let bad = || msg!(bad_time, value = s).to_string();
    let folded = doithoai::rules::text::fold(s)
        .replace("phut", "")
        .replace("gio", "h")
        .replace('g', "h")
        .replace(' ', "");
    let (hours, minutes) = match folded.split_once([':', 'h']) {
        Some((h, m)) => (
            h.to_string(),
            if m.is_empty() {
                "0".into()
            } else {
                m.to_string()
            },
        ),
        None => (folded.clone(), "0".into()),
    };
    let (h, m) = (
        hours.parse::<u32>().map_err(|_| bad())?,
        minutes.parse::<u32>().map_err(|_| bad())?,
    );
    chrono::NaiveTime::from_hms_opt(h, m, 0)
        .filter(|_| !hours.is_empty() && minutes.len() <= 2)
        .map(|t| t.format("%H:%M").to_string())
        .ok_or_else(bad)
}

#[derive(Debug, Clone, clap::Args)]
pub struct PlanArgs {
    /// Title, e.g. "Đối thoại với Nhân dân về chỉnh trang đô thị".
    #[arg(long, value_parser = parse_text, allow_hyphen_values = true)]
    pub title: String,
    /// periodic, regular or ad-hoc (Art. 6.2).
    #[arg(long, value_parser = vocab::<SessionKind>(), hide_possible_values = true)]
    pub kind: SessionKind,
    /// in-person or online (Art. 6.1).
    #[arg(long, value_parser = vocab::<SessionForm>(), hide_possible_values = true, default_value = "in-person")]
    pub form: SessionForm,
    /// Date of the session.
    #[arg(long, value_parser = parse_date)]
    pub date: NaiveDate,
    /// Start time, HH:MM.
    #[arg(long, value_parser = parse_time)]
    pub time: Option<String>,
    /// Venue, or the link of an online session.
    #[arg(long, value_parser = parse_text, allow_hyphen_values = true)]
    pub venue: Option<String>,
    /// Level: city, district, commune (default: the office's).
    #[arg(long, value_parser = vocab::<Level>(), hide_possible_values = true)]
    pub level: Option<Level>,
    /// Host unit (default: the office's name).
    #[arg(long, value_parser = parse_text, allow_hyphen_values = true)]
    pub host: Option<String>,
    /// Chair role: party-secretary, council-chair, committee-chair (Art. 2.1).
    #[arg(long, value_parser = vocab::<ChairRole>(), hide_possible_values = true)]
    pub chair_role: ChairRole,
    /// Chair's name.
    #[arg(long, value_parser = parse_text, allow_hyphen_values = true)]
    pub chair: String,
    /// Secretary taking the minutes (Art. 8.1).
    #[arg(long, value_parser = parse_text, allow_hyphen_values = true)]
    pub secretary: Option<String>,
    /// Topics (Art. 5): briefing, draft-consultation, implementation, cadre-conduct, petition, other.
    #[arg(long = "topic", value_parser = vocab::<Category>(), hide_possible_values = true, value_delimiter = ',')]
    pub topics: Vec<Category>,
}

#[derive(Debug, Clone, clap::Args)]
pub struct AnnounceArgs {
    /// The session.
    pub id: i64,
    /// Date of the announcement.
    #[arg(long, value_parser = parse_date)]
    pub on: NaiveDate,
    /// Where it was announced, e.g. "Đài truyền thanh phường, cổng thông tin điện tử".
    #[arg(long, value_parser = parse_text, allow_hyphen_values = true)]
    pub channel: String,
}

#[derive(Debug, Clone, clap::Args)]
pub struct InviteArgs {
    /// The session.
    pub id: i64,
    /// An organisation (MTTQ, Hội Phụ nữ…); repeatable.
    #[arg(long = "organisation", value_parser = parse_text)]
    pub organisations: Vec<String>,
    /// An agency invited to answer; repeatable (an unknown name needs --new-agency).
    #[arg(long = "agency", value_parser = parse_text)]
    pub agencies: Vec<String>,
    /// An individual; repeatable.
    #[arg(long = "individual", value_parser = parse_text)]
    pub individuals: Vec<String>,
    /// Create the agencies named here that do not exist yet (else an unknown name is refused
    /// with the closest existing ones).
    #[arg(long)]
    pub new_agency: bool,
}

#[derive(Debug, Clone, clap::Args)]
pub struct DelegateArgs {
    /// The session.
    pub id: i64,
    /// The deputy who chairs.
    #[arg(long, value_parser = parse_text, allow_hyphen_values = true)]
    pub deputy: String,
    /// health or urgent-duty: the only grounds of Art. 2.1.
    #[arg(long, value_parser = vocab::<DelegationReason>(), hide_possible_values = true)]
    pub reason: DelegationReason,
}

#[derive(Debug, Clone, clap::Args)]
pub struct HoldArgs {
    /// The session.
    pub id: i64,
    /// The day it took place (default: its planned date).
    #[arg(long, value_parser = parse_date)]
    pub on: Option<NaiveDate>,
}

#[derive(Debug, Clone, clap::Args)]
pub struct StopArgs {
    /// The session.
    pub id: i64,
    /// Why the chair stopped it (Art. 8.5, 9.2).
    #[arg(long, value_parser = parse_text, allow_hyphen_values = true)]
    pub reason: String,
    /// The day (default: the day it was held, or its planned date).
    #[arg(long, value_parser = parse_date)]
    pub on: Option<NaiveDate>,
}

#[derive(Debug, Clone, clap::Args)]
pub struct CancelArgs {
    /// The session.
    pub id: i64,
    /// Why it is cancelled.
    #[arg(long, value_parser = parse_text, allow_hyphen_values = true)]
    pub reason: String,
    /// Cancel without asking (needed when not at a terminal).
    #[arg(long, short = 'y')]
    pub yes: bool,
}

#[derive(Debug, Clone, clap::Args)]
pub struct EditArgs {
    /// The session.
    pub id: i64,
    /// Title.
    #[arg(long, value_parser = parse_text, allow_hyphen_values = true)]
    pub title: Option<String>,
    /// Start time, HH:MM.
    #[arg(long, value_parser = parse_time)]
    pub time: Option<String>,
    /// Venue, or the link of an online session.
    #[arg(long, value_parser = parse_text, allow_hyphen_values = true)]
    pub venue: Option<String>,
    /// Host unit.
    #[arg(long, value_parser = parse_text, allow_hyphen_values = true)]
    pub host: Option<String>,
    /// Chair's name.
    #[arg(long, value_parser = parse_text, allow_hyphen_values = true)]
    pub chair: Option<String>,
    /// Secretary.
    #[arg(long, value_parser = parse_text, allow_hyphen_values = true)]
    pub secretary: Option<String>,
    /// Why (kept in the history).
    #[arg(long, value_parser = parse_text, allow_hyphen_values = true)]
    pub reason: Option<String>,
}

#[derive(Debug, Clone, clap::Args)]
pub struct RescheduleArgs {
    /// The session.
    pub id: i64,
    /// The new date.
    #[arg(long, value_parser = parse_date)]
    pub date: NaiveDate,
    /// The new start time, HH:MM.
    #[arg(long, value_parser = parse_time)]
    pub time: Option<String>,
    /// Why (kept in the history).
    #[arg(long, value_parser = parse_text, allow_hyphen_values = true)]
    pub reason: Option<String>,
}

#[derive(Debug, Clone, clap::Args)]
pub struct UninviteArgs {
    /// The session.
    pub id: i64,
    /// The invitee's name, as recorded.
    #[arg(value_parser = parse_text, allow_hyphen_values = true)]
    pub name: String,
    /// Why (kept in the history).
    #[arg(long, value_parser = parse_text, allow_hyphen_values = true)]
    pub reason: Option<String>,
}

#[derive(Debug, Clone, clap::Args)]
pub struct ListArgs {
    /// planned, announced, held, stopped, concluded, closed or cancelled.
    #[arg(long, value_parser = vocab::<SessionStatus>(), hide_possible_values = true)]
    pub status: Option<SessionStatus>,
    /// periodic, regular or ad-hoc.
    #[arg(long, value_parser = vocab::<SessionKind>(), hide_possible_values = true)]
    pub kind: Option<SessionKind>,
    /// Sessions dated in this year.
    #[arg(long, value_parser = super::parse_year)]
    pub year: Option<i32>,
    /// Write to this file atomically instead of stdout (.ics for the chairs' calendars).
    #[arg(long, value_name = "FILE")]
    pub output: Option<std::path::PathBuf>,
    /// A chair role code or part of the chair's name (diacritics ignored).
    #[arg(long)]
    pub chair: Option<String>,
}

#[derive(Debug, Clone, clap::Args)]
pub struct ShowArgs {
    /// The session.
    pub id: i64,
}

pub fn run(ctx: &Context, cmd: SessionCommand) -> Result<i32> {
    match cmd {
        SessionCommand::Plan(a) => plan(ctx, a),
        SessionCommand::Announce(a) => announce(ctx, a),
        SessionCommand::Invite(a) => invite(ctx, a),
        SessionCommand::Delegate(a) => delegate(ctx, a),
        SessionCommand::Hold(a) => hold(ctx, a),
        SessionCommand::Stop(a) => stop(ctx, a),
        SessionCommand::Cancel(a) => cancel(ctx, a),
        SessionCommand::List(a) => list(ctx, a),
        SessionCommand::Show(a) => show(ctx, a),
        SessionCommand::Edit(a) => {
            let mut store = ctx.open()?;
            let s = ops::session::edit(
                &mut store,
                &ctx.actor_because(a.reason.as_deref()),
                a.id,
                &ops::session::SessionEdit {
                    title: a.title,
                    start_time: a.time,
                    venue: a.venue,
                    host_unit: a.host,
                    chair_name: a.chair,
                    secretary: a.secretary,
                },
            )?;
            super::print_outcome(
                ctx,
                &s,
                msg!(
                    record_edited,
                    record = "session",
                    id = s.id,
                    record_word = doithoai::message::Label::lower("session")
                )
                .to_string(),
            )
        }
        SessionCommand::Reschedule(a) => {
            let mut store = ctx.open()?;
            let done = ops::session::reschedule(
                &mut store,
                &ctx.actor_because(a.reason.as_deref()),
                a.id,
                a.date,
                a.time.as_deref(),
            )?;
            let code = super::print_outcome(
                ctx,
                &done,
                words::session_rescheduled(
                    done.session.id,
                    done.session.date,
                    done.session.announce_due,
                    done.conclusion_due_if_held_that_day,
                ),
            )?;
            if let Some(late) = &done.announcement_late_for_new_date {
                eprintln!("{}", doithoai::words::flag_line(late));
            }
            note_provisional(
                ctx,
                done.session
                    .announce_due
                    .into_iter()
                    .chain([done.conclusion_due_if_held_that_day]),
            );
            Ok(code)
        }
        SessionCommand::Uninvite(a) => {
            let mut store = ctx.open()?;
            ops::session::uninvite(
                &mut store,
                &ctx.actor_because(a.reason.as_deref()),
                a.id,
                &a.name,
            )?;
            print_line(
                msg!(
                    session_changed,
                    id = a.id,
                    what = "uninvited",
                    what_word = doithoai::words::label("uninvited")
                )
                .to_string(),
            )?;
            Ok(0)
        }
    }
}

fn plan(ctx: &Context, a: PlanArgs) -> Result<i32> {
    let mut store = ctx.open()?;
    let planned = ops::session::plan(
        &mut store,
        &ctx.actor(),
        ops::session::Plan {
            title: a.title,
            kind: a.kind,
            form: a.form,
            date: a.date,
            start_time: a.time,
            venue: a.venue,
            level: a.level,
            host: a.host,
            chair_role: a.chair_role,
            chair: a.chair,
            secretary: a.secretary,
            topics: a.topics,
        },
    )?;
    if ctx.format == Format::Json {
        output::json(&mut std::io::stdout().lock(), &planned)?;
    } else {
        print_line(words::session_planned(
            planned.id,
            planned.announce_due,
            planned.announce_last_working_day,
            planned.conclusion_due_if_held_that_day,
        ))?;
    }
    note_provisional(
        ctx,
        planned
            .announce_due
            .into_iter()
            .chain([planned.conclusion_due_if_held_that_day]),
    );
    Ok(0)
}

fn announce(ctx: &Context, a: AnnounceArgs) -> Result<i32> {
    let mut store = ctx.open()?;
    let done = ops::session::announce(&mut store, &ctx.actor(), ctx.today, a.id, a.on, &a.channel)?;
    print_line(
        msg!(
            session_changed,
            id = done.session.id,
            what = "announced",
            what_word = doithoai::words::label("announced")
        )
        .to_string(),
    )?;
    if let Some(check) = &done.late {
        eprintln!("{}", doithoai::words::flag_line(check));
    }
    Ok(0)
}

fn invite(ctx: &Context, a: InviteArgs) -> Result<i32> {
    let mut store = ctx.open()?;
    let invited = ops::session::invite(
        &mut store,
        &ctx.actor(),
        a.id,
        &ops::session::Invitees {
            organisations: a.organisations,
            agencies: a.agencies,
            individuals: a.individuals,
            new_agency: a.new_agency,
        },
    )?;
    announce_created(&invited.created_agencies);
    print_line(msg!(invited, id = a.id, added = invited.added).to_string())?;
    Ok(0)
}

fn delegate(ctx: &Context, a: DelegateArgs) -> Result<i32> {
    let mut store = ctx.open()?;
    let s = ops::session::delegate(&mut store, &ctx.actor(), a.id, &a.deputy, a.reason.as_str())?;
    print_line(
        msg!(
            session_changed,
            id = s.id,
            what = "delegated",
            what_word = doithoai::words::label("delegated")
        )
        .to_string(),
    )?;
    Ok(0)
}

fn hold(ctx: &Context, a: HoldArgs) -> Result<i32> {
    let mut store = ctx.open()?;
    let s = ops::session::hold(&mut store, &ctx.actor(), ctx.today, a.id, a.on)?;
    print_line(words::session_held(s.id, s.conclusion_due))?;
    note_held_on_another_day(&s);
    note_provisional(ctx, s.conclusion_due);
    Ok(0)
}

fn stop(ctx: &Context, a: StopArgs) -> Result<i32> {
    let mut store = ctx.open()?;
    let s = ops::session::stop(&mut store, &ctx.actor(), ctx.today, a.id, a.on, &a.reason)?;
    print_line(words::session_stopped(s.id, s.conclusion_due))?;
    note_held_on_another_day(&s);
    note_provisional(ctx, s.conclusion_due);
    Ok(0)
}

/// Say on stderr when a session took place on another day than planned, so a mistyped date is
/// seen: R4 is now judged from the day held.
fn note_held_on_another_day(s: &Session) {
    if let Some(held) = s.held_on.filter(|d| *d != s.date) {
        eprintln!(
            "{}",
            words::held_on_another_day(s.id, s.date, held, s.announce_due)
        );
    }
}

fn cancel(ctx: &Context, a: CancelArgs) -> Result<i32> {
    let mut store = ctx.open()?;
    ops::session::check_cancel(&mut store, a.id)?;
    super::confirm(ctx, a.yes, &msg!(confirm_cancel, id = a.id).to_string())?;
    let s = ops::session::cancel(&mut store, &ctx.actor(), a.id, &a.reason)?;
    print_line(
        msg!(
            session_changed,
            id = s.id,
            what = "cancelled",
            what_word = doithoai::words::label("cancelled")
        )
        .to_string(),
    )?;
    Ok(0)
}

fn list(ctx: &Context, a: ListArgs) -> Result<i32> {
    let mut store = ctx.open()?;
    let reading = ops::read(&mut store)?;
    let rows: Vec<SessionLine> = ops::session::list(
        &reading,
        &SessionFilter {
            status: a.status,
            kind: a.kind,
            year: a.year,
            chair: a.chair,
            dates: None,
        },
    )?
    .into_iter()
    .map(|session| SessionLine { session })
    .collect();
    super::with_destination(ctx, a.output.as_deref(), |out| {
        if ctx.format == output::Format::Ics {
            let (office, revisions) = ops::session::calendar_context(&reading)?;
            let sessions: Vec<Session> = rows.into_iter().map(|r| r.session).collect();
            let text = output::ics::calendar(&office, &sessions, &revisions, ctx.now_utc);
            output::bytes(out, text.as_bytes())
        } else {
            output::list(ctx.format, out, ctx.csv, &rows).map(|_| ())
        }
    })?;
    Ok(0)
}

fn show(ctx: &Context, a: ShowArgs) -> Result<i32> {
    let format = ctx.single_format()?;
    let mut store = ctx.open()?;
    ctx.disclosing(&mut store, |store| {
        let mask = ctx.protected_mask();
        let view = ops::session::view(store, a.id, ctx.today, ctx.privacy(&mask))?;
        super::note_provisional_years(view.provisional_years.clone());
        let mut out = std::io::stdout().lock();
        if format == Format::Json {
            output::json(&mut out, &view)?;
            return Ok(0);
        }
        let current_notice = view.notices.iter().find(|n| n.replaced_by.is_none());
        print_session(&mut out, &view, current_notice)?;
        Ok(0)
    })
}

fn print_session(
    out: &mut dyn Write,
    v: &ops::session::SessionView,
    notice: Option<&Notice>,
) -> Result<()> {
    let s = &v.session;
    output::say!(
        out,
        "{} {} — {}",
        label("session"),
        s.id,
        output::printable(&s.title)
    )?;
    let mut t: Vec<(String, String)> = Vec::new();
    let opt = |x: &Option<String>| x.clone().unwrap_or_else(|| "—".into());
    t.push((label("status"), label(s.status.as_str())));
    t.push((label("date"), {
        let planned = match &s.start_time {
            Some(time) => format!("{} {time}", words::date(s.date)),
            None => words::date(s.date),
        };
        match s.held_on.filter(|d| *d != s.date) {
            Some(held) => msg!(
                planned_but_held,
                planned = &planned,
                held = doithoai::words::date(held)
            )
            .to_string(),
            None => planned,
        }
    }));
    t.push((
        label("kind"),
        format!("{}, {}", label(s.kind), label(s.form)),
    ));
    t.push((label("venue"), opt(&s.venue)));
    t.push((
        label("level"),
        format!("{} — {}", label(s.level), s.host_unit),
    ));
    t.push((
        label("chair"),
        format!("{} ({})", s.chair_name, label(s.chair_role)),
    ));
    if let (Some(d), Some(r)) = (&s.deputy_name, &s.delegation_reason) {
        t.push((label("deputy"), format!("{d} ({})", label(r))));
    }
    t.push((label("secretary"), opt(&s.secretary)));
    t.push((
        label("topics"),
        if s.topics.is_empty() {
            "—".into()
        } else {
            s.topics.iter().map(label).collect::<Vec<_>>().join(", ")
        },
    ));
    t.push((
        label("announcement"),
        match (s.announced_on, &s.announce_channel) {
            (Some(d), Some(c)) => format!("{} — {c}", words::date(d)),
            _ => "—".into(),
        },
    ));
    if let Some(n) = notice {
        t.push((
            label("notice"),
            format!(
                "{} {} — {} {})",
                n.doc_number,
                words::date(n.issued_on),
                n.signer,
                msg!(notice_version, version = n.version)
            ),
        ));
    }
    if !v.invitations.is_empty() {
        t.push((
            label("invitations"),
            v.invitations
                .iter()
                .map(|i| format!("{} ({})", i.name, label(i.kind).to_lowercase()))
                .collect::<Vec<_>>()
                .join("\n"),
        ));
    }
    output::say!(out, "{}", output::key_values(t))?;

    output::say!(out, "\n{}", label("deadlines"))?;
    if v.deadlines.is_empty() {
        output::say!(out, "  ({})", label("none"))?;
    }
    for d in &v.deadlines {
        output::say!(
            out,
            "  {} {}: {}",
            // With its article in Vietnamese (R9 — Điều 10 khoản 1), as the flags cite it.
            words::rule_ref(d.rule.as_str()),
            words::date(d.due),
            words::standing(&d.standing, d.unit)
        )?;
    }
    if !v.flags.is_empty() {
        output::say!(out, "\n{}", label("flags"))?;
        for f in &v.flags {
            output::say!(out, "  ! {}", words::session_flag(f))?;
        }
    }
    output::say!(out, "\n{}", label("registrations"))?;
    let regs: Vec<SpeakerLine> = v
        .registrations
        .iter()
        .cloned()
        .map(|r| SpeakerLine { registration: r })
        .collect();
    output::list(Format::Table, out, Default::default(), &regs)?;
    output::say!(out, "\n{}", label("opinions"))?;
    let ops: Vec<OpinionLine> = v
        .opinions
        .iter()
        .map(|o| OpinionLine {
            opinion: o.opinion.clone(),
            deadline: o.deadline,
        })
        .collect();
    output::list(Format::Table, out, Default::default(), &ops)?;
    output::say!(
        out,
        "{}",
        msg!(as_of, today = doithoai::words::date(v.as_of)).to_string()
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::parse_time;

    #[test]
    fn times_as_a_clerk_types_them() {
        for (typed, stored) in [
            ("08:00", "08:00"),
            ("8:00", "08:00"),
            ("8h", "08:00"),
            ("8h00", "08:00"),
            ("14h30", "14:30"),
            ("8 giờ", "08:00"),
            ("8 giờ 30", "08:30"),
        ] {
            assert_eq!(parse_time(typed).as_deref(), Ok(stored), "{typed}");
        }
        for bad in ["25:00", "8h75", "tám giờ", "", "8:0:0"] {
            assert!(parse_time(bad).is_err(), "{bad}");
        }
    }
}
