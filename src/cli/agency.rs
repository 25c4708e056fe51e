//! `doithoai agency …`: the agencies that answer opinions.

use super::{parse_text, print_line, stdout_error, Context};
use crate::error::Result;
use crate::messages::{self, label};
use crate::output::{self, Record};
use crate::store::agency;
use serde::Serialize;

#[derive(Debug, clap::Subcommand)]
pub enum AgencyCommand {
    /// Add an agency.
    Add(AddArgs),
    /// List agencies with their assigned and pending opinions.
    List,
}

#[derive(Debug, clap::Args)]
pub struct AddArgs {
    /// Name, e.g. "Phòng Quản lý đô thị".
    #[arg(value_parser = parse_text)]
    pub name: String,
    /// Kind, e.g. "phòng chuyên môn", "đơn vị sự nghiệp".
    #[arg(long, value_parser = parse_text)]
    pub kind: Option<String>,
    /// Contact: phone, e-mail or person.
    #[arg(long, value_parser = parse_text)]
    pub contact: Option<String>,
}

pub fn run(ctx: &Context, cmd: AgencyCommand) -> Result<i32> {
    match cmd {
        AgencyCommand::Add(a) => {
            let mut store = ctx.open()?;
            let ag = crate::ops::agency::add(
                &mut store,
                &ctx.actor(),
                &a.name,
                a.kind.as_deref(),
                a.contact.as_deref(),
            )?;
            print_line(messages::agency_added(ag.id, &ag.name))?;
            Ok(0)
        }
        AgencyCommand::List => {
            let mut st = ctx.open()?;
            let tx = st.read()?;
            let rows: Vec<AgencyRow> = agency::list(&tx)?
                .into_iter()
                .map(|line| AgencyRow { line })
                .collect();
            output::list(ctx.format, &mut std::io::stdout().lock(), ctx.csv, &rows)
                .map_err(stdout_error)?;
            Ok(0)
        }
    }
}

#[derive(Debug, Serialize)]
struct AgencyRow {
    #[serde(flatten)]
    line: agency::AgencyLine,
}

impl Record for AgencyRow {
    fn fields() -> &'static [&'static str] {
        &["id", "name", "kind", "contact", "assigned", "pending"]
    }
    fn values(&self) -> Vec<String> {
        let l = &self.line;
        vec![
            l.id.to_string(),
            l.name.clone(),
            l.kind.clone().unwrap_or_default(),
            l.contact.clone().unwrap_or_default(),
            l.assigned.to_string(),
            l.pending.to_string(),
        ]
    }
    fn table_headers() -> Vec<String> {
        ["id", "name", "kind", "contact", "assigned", "pending"]
            .iter()
            .map(|k| label(k))
            .collect()
    }
}
