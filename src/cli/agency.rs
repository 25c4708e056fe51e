//! `doithoai agency …`: the agencies that answer opinions.

use super::{parse_text, print_line, print_outcome, Context};
use doithoai::error::Result;
use doithoai::ops::records::AgencyLine;
use doithoai::output::{self, Record};
use doithoai::words;
use serde::Serialize;

#[derive(Debug, Clone, clap::Subcommand)]
pub enum AgencyCommand {
    /// Add an agency.
    Add(AddArgs),
    /// List agencies with their assigned and pending opinions.
    List(ListArgs),
    /// Rename an agency; the old name stays a former name that still finds it.
    Rename(RenameArgs),
    /// Correct an agency's kind or contact.
    Edit(EditArgs),
    /// Merge an agency into another (a duplicate typed two ways): every opinion, assignment and
    /// invitation moves, the old name stays a former name. Asks first; `--yes` in scripts.
    Merge(MergeArgs),
}

#[derive(Debug, Clone, clap::Args)]
pub struct RenameArgs {
    /// The agency: id, name or former name.
    #[arg(allow_hyphen_values = true)]
    pub agency: String,
    /// The new name.
    #[arg(value_parser = parse_text, allow_hyphen_values = true)]
    pub new_name: String,
    /// Why (kept in the history).
    #[arg(long, value_parser = parse_text, allow_hyphen_values = true)]
    pub reason: Option<String>,
}

#[derive(Debug, Clone, clap::Args)]
pub struct EditArgs {
    /// The agency: id, name or former name.
    pub agency: String,
    /// Kind, e.g. "phòng chuyên môn".
    #[arg(long, value_parser = parse_text, allow_hyphen_values = true)]
    pub kind: Option<String>,
    /// Contact: phone, e-mail or person.
    #[arg(long, value_parser = parse_text, allow_hyphen_values = true)]
    pub contact: Option<String>,
    /// Why (kept in the history).
    #[arg(long, value_parser = parse_text, allow_hyphen_values = true)]
    pub reason: Option<String>,
}

#[derive(Debug, Clone, clap::Args)]
pub struct MergeArgs {
    /// The agency that disappears (id, name or former name).
    pub from: String,
    /// The agency that stays.
    pub into: String,
    /// Why (kept in the history).
    #[arg(long, value_parser = parse_text, allow_hyphen_values = true)]
    pub reason: Option<String>,
    /// Do it without asking (needed when not at a terminal).
    #[arg(long, short = 'y')]
    pub yes: bool,
}

#[derive(Debug, Clone, clap::Args)]
pub struct AddArgs {
    /// Name, e.g. "Phòng Quản lý đô thị".
    #[arg(value_parser = parse_text, allow_hyphen_values = true)]
    pub name: String,
    /// Kind, e.g. "phòng chuyên môn", "đơn vị sự nghiệp".
    #[arg(long, value_parser = parse_text, allow_hyphen_values = true)]
    pub kind: Option<String>,
    /// Contact: phone, e-mail or person.
    #[arg(long, value_parser = parse_text, allow_hyphen_values = true)]
    pub contact: Option<String>,
}

pub fn run(ctx: &Context, cmd: AgencyCommand) -> Result<i32> {
    match cmd {
        AgencyCommand::Add(a) => {
            let mut store = ctx.open()?;
            let ag = doithoai::ops::agency::add(
                &mut store,
                &ctx.actor(),
                &a.name,
                a.kind.as_deref(),
                a.contact.as_deref(),
            )?;
            print_line(msg!(agency_added, id = ag.id, name = &ag.name).to_string())?;
            Ok(0)
        }
        AgencyCommand::Rename(a) => {
            let mut store = ctx.open()?;
            let ag = doithoai::ops::agency::rename(
                &mut store,
                &ctx.actor_because(a.reason.as_deref()),
                &a.agency,
                &a.new_name,
            )?;
            print_outcome(
                ctx,
                &ag,
                msg!(agency_renamed, id = ag.id, name = &ag.name).to_string(),
            )
        }
        AgencyCommand::Edit(a) => {
            if a.kind.is_none() && a.contact.is_none() {
                return Err(doithoai::error::Error::Invalid(msg!(
                    nothing_to_edit,
                    fields = "--kind, --contact"
                )));
            }
            let mut store = ctx.open()?;
            let ag = doithoai::ops::agency::edit(
                &mut store,
                &ctx.actor_because(a.reason.as_deref()),
                &a.agency,
                a.kind.as_deref(),
                a.contact.as_deref(),
            )?;
            print_outcome(
                ctx,
                &ag,
                msg!(
                    record_edited,
                    record = "agency",
                    id = ag.id,
                    record_word = doithoai::message::Label::lower("agency")
                )
                .to_string(),
            )
        }
        AgencyCommand::Merge(a) => {
            super::confirm(
                ctx,
                a.yes,
                &msg!(confirm_merge, from = &a.from, into = &a.into).to_string(),
            )?;
            let mut store = ctx.open()?;
            let actor = ctx.actor_because(a.reason.as_deref());
            doithoai::ops::agency::check_merge(&mut store, &actor, &a.from, &a.into)?;
            // A merge cannot be undone record by record: the file as it was is kept first.
            let kept = super::maintenance::keep_copy_before(ctx, &store, "before-merge")?;
            let m = match doithoai::ops::agency::merge(&mut store, &actor, &a.from, &a.into) {
                Ok(m) => m,
                Err(e) => {
                    super::maintenance::discard_copy(&kept);
                    return Err(e);
                }
            };
            eprintln!(
                "{}",
                msg!(
                    kept_before,
                    change = "merge",
                    kept_where = if ctx.on_server() { "server" } else { "file" },
                    path = doithoai::words::shown(&kept)
                )
            );
            print_outcome(
                ctx,
                &m,
                msg!(
                    agencies_merged,
                    from = &m.from.name,
                    into = &m.into.name,
                    moved = m.opinions
                )
                .to_string(),
            )
        }
        AgencyCommand::List(a) => {
            let mut st = ctx.open()?;
            let rows: Vec<AgencyRow> = doithoai::ops::agency::list(&mut st)?
                .into_iter()
                .map(|line| AgencyRow { line })
                .collect();
            super::with_destination(ctx, a.output.as_deref(), |out| {
                output::list(ctx.format, out, ctx.csv, &rows).map(|_| ())
            })?;
            Ok(0)
        }
    }
}

#[derive(Debug, Clone, clap::Args)]
pub struct ListArgs {
    /// Write to this file atomically instead of stdout (format from its extension: .csv, .json, .xlsx, .html)
    #[arg(long, value_name = "FILE")]
    pub output: Option<std::path::PathBuf>,
}

#[derive(Debug, Serialize)]
struct AgencyRow {
    #[serde(flatten)]
    line: AgencyLine,
}

/// An agency as CSV and workbooks show it.
#[derive(Debug, Serialize, Default)]
struct AgencyFlat<'a> {
    id: i64,
    name: &'a str,
    kind: Option<&'a str>,
    contact: Option<&'a str>,
    assigned: i64,
    pending: i64,
}

impl Record for AgencyRow {
    type Flat<'a> = AgencyFlat<'a>;
    fn flat(&self) -> AgencyFlat<'_> {
        let l = &self.line;
        AgencyFlat {
            id: l.id,
            name: &l.name,
            kind: l.kind.as_deref(),
            contact: l.contact.as_deref(),
            assigned: l.assigned,
            pending: l.pending,
        }
    }
    fn table_headers() -> Vec<String> {
        ["id", "name", "kind", "contact", "assigned", "pending"]
            .iter()
            .map(|k| words::column(k))
            .collect()
    }
}
