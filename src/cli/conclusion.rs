//! `doithoai conclusion …`: the conclusion notice (R9) and its assignments (R10).

use super::{announce_created, parse_date, parse_text, Context};
use chrono::NaiveDate;
use doithoai::error::Result;
use doithoai::ops;
use doithoai::output::{self, Format};
use doithoai::rules::deadline;
use doithoai::words::{self, label};
use std::io::Write;

#[derive(Debug, Clone, clap::Subcommand)]
pub enum ConclusionCommand {
    /// Issue the conclusion notice: assigns every open, in-scope opinion to a lead agency and
    /// prints each one's R10 due date.
    Issue(IssueArgs),
    /// The notice of a session (every version) and its assignments.
    Show(ShowArgs),
}

/// `OPINION=AGENCY`.
fn parse_assignment(s: &str) -> std::result::Result<(i64, String), String> {
    let bad = || msg!(not_an_assignment, value = s).to_string();
    let (id, agency) = s.split_once('=').ok_or_else(bad)?;
    let id = id.trim().parse::<i64>().map_err(|_| bad())?;
    let agency = super::validate_text(agency).map_err(|_| bad())?;
    Ok((id, agency))
}

#[derive(Debug, Clone, clap::Args)]
pub struct IssueArgs {
    /// The session.
    pub session: i64,
    /// Date of the notice.
    #[arg(long, value_parser = parse_date)]
    pub on: NaiveDate,
    /// Document number, e.g. 15/TB-UBND.
    #[arg(long, value_parser = parse_text, allow_hyphen_values = true)]
    pub doc: String,
    /// Who signed it.
    #[arg(long, value_parser = parse_text, allow_hyphen_values = true)]
    pub signer: String,
    /// Assign one opinion to a lead agency (name or id); repeatable.
    #[arg(long = "assign", value_parser = parse_assignment, value_name = "OPINION=AGENCY")]
    pub assignments: Vec<(i64, String)>,
    /// The agency for every opinion not named by --assign.
    #[arg(long, value_parser = parse_text, allow_hyphen_values = true)]
    pub agency: Option<String>,
    /// Issue a correction that replaces the session's notice (the first stays in history).
    #[arg(long)]
    pub replace: bool,
    /// Why the correction was issued.
    #[arg(long, value_parser = parse_text, allow_hyphen_values = true)]
    pub note: Option<String>,
    /// Create the agencies named here that do not exist yet (else an unknown name is refused
    /// with the closest existing ones).
    #[arg(long)]
    pub new_agency: bool,
    /// Issue a correction (--replace) without asking (needed when not at a terminal).
    #[arg(long, short = 'y')]
    pub yes: bool,
}

#[derive(Debug, Clone, clap::Args)]
pub struct ShowArgs {
    /// The session.
    pub session: i64,
}

pub fn run(ctx: &Context, cmd: ConclusionCommand) -> Result<i32> {
    match cmd {
        ConclusionCommand::Issue(a) => issue(ctx, a),
        ConclusionCommand::Show(a) => show(ctx, a),
    }
}

fn issue(ctx: &Context, a: IssueArgs) -> Result<i32> {
    if a.replace {
        super::confirm(
            ctx,
            a.yes,
            &msg!(confirm_replace, session = a.session).to_string(),
        )?;
    }
    let mut store = ctx.open()?;
    // A corrected notice cannot be undone record by record: the file as it was is kept first.
    let kept = if a.replace {
        Some(super::maintenance::keep_copy_before(
            ctx,
            &store,
            "before-correction",
        )?)
    } else {
        None
    };
    let issued = ops::conclusion::issue(
        &mut store,
        &ctx.actor(),
        ctx.today,
        &ops::conclusion::Issue {
            session_id: a.session,
            on: a.on,
            doc: &a.doc,
            signer: &a.signer,
            assignments: &a.assignments,
            agency: a.agency.as_deref(),
            replace: a.replace,
            note: a.note.as_deref(),
            new_agency: a.new_agency,
        },
    );
    let issued = match (issued, &kept) {
        (Ok(issued), _) => issued,
        (Err(e), Some(kept)) => {
            super::maintenance::discard_copy(kept);
            return Err(e);
        }
        (Err(e), None) => return Err(e),
    };
    if let Some(kept) = &kept {
        eprintln!(
            "{}",
            msg!(
                kept_before,
                change = "correction",
                kept_where = if ctx.on_server() { "server" } else { "file" },
                path = doithoai::words::shown(kept)
            )
        );
    }
    announce_created(&issued.created_agencies);
    let mut out = std::io::stdout().lock();
    if ctx.format == Format::Json {
        output::json(&mut out, &issued)?;
    } else {
        output::say!(
            out,
            "{}",
            msg!(
                notice_issued,
                doc = &issued.notice.doc_number,
                session = issued.notice.session_id,
                version = issued.notice.version
            )
            .to_string()
        )?;
        for s in &issued.assignments {
            output::say!(
                out,
                "{}",
                msg!(
                    assignment_line,
                    opinion = s.opinion_id,
                    agency = &s.agency,
                    due = doithoai::words::date(s.due_date),
                    kept = if issued.kept_due.contains(&s.opinion_id) {
                        "yes"
                    } else {
                        "no"
                    }
                )
                .to_string()
            )?;
        }
        if matches!(issued.r9.standing, deadline::Standing::Late { .. }) {
            eprintln!("{}", doithoai::words::flag_line(&issued.r9));
        }
    }
    super::note_provisional(ctx, issued.assignments.iter().map(|s| s.due_date));
    Ok(0)
}

fn show(ctx: &Context, a: ShowArgs) -> Result<i32> {
    let format = ctx.single_format()?;
    let mut store = ctx.open()?;
    let (views, provisional) = ops::conclusion::versions(&mut store, a.session)?;
    // Due dates in a year without an official schedule are said to be provisional.
    super::note_provisional_years(provisional);
    let mut out = std::io::stdout().lock();
    if format == Format::Json {
        output::json(&mut out, &views)?;
        return Ok(0);
    }
    if views.is_empty() {
        output::say!(out, "{}", msg!(no_notice, session = a.session))?;
    }
    for v in &views {
        let n = &v.notice;
        output::say!(
            out,
            "{} {} — {} {} — {} {}{})",
            label("notice"),
            n.doc_number,
            label("date"),
            words::date(n.issued_on),
            n.signer,
            msg!(notice_version, version = n.version).to_string(),
            if n.replaced_by.is_some() {
                msg!(replaced_word).to_string()
            } else {
                String::new()
            }
        )?;
        for s in &v.assignments {
            output::say!(
                out,
                "  {}",
                msg!(
                    assignment_line,
                    opinion = s.opinion_id,
                    agency = &s.agency,
                    due = doithoai::words::date(s.due_date),
                    kept = if false { "yes" } else { "no" }
                )
                .to_string()
            )?;
        }
    }
    Ok(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn assignment_argument() {
        assert_eq!(
            parse_assignment("12=Phòng Quản lý đô thị"),
            Ok((12, "Phòng Quản lý đô thị".to_string()))
        );
        assert!(parse_assignment("Phòng Quản lý đô thị").is_err());
        assert!(parse_assignment("x=Phòng").is_err());
        assert!(parse_assignment("12=").is_err());
    }

    proptest::proptest! {
        #[test]
        fn assignment_parser_never_panics(s in "\\PC{0,40}") {
            let _ = parse_assignment(&s);
        }
    }
}
