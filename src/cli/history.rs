//! `doithoai history`: who did what and when, before → after.

use super::Context;
use doithoai::error::Result;
use doithoai::ops::records::HistoryFilter;
use doithoai::output::rows::EventRow;
use doithoai::output::{self};

#[derive(Debug, Clone, clap::Args)]
pub struct HistoryArgs {
    /// Write to this file atomically instead of stdout (format from its extension: .csv, .json, .xlsx, .html)
    #[arg(long, value_name = "FILE")]
    pub output: Option<std::path::PathBuf>,

    /// Only events of this session (its speakers, opinions and notices included).
    #[arg(long, conflicts_with = "opinion")]
    pub session: Option<i64>,
    /// Only events of this opinion.
    #[arg(long)]
    pub opinion: Option<i64>,
    /// Only records of this kind: office, agency, session, registration, opinion, conclusion, calendar.
    #[arg(long, value_parser = parse_record_kind)]
    pub kind: Option<String>,
    /// Only the latest events, this many (still listed oldest first).
    #[arg(long)]
    pub limit: Option<i64>,
}

/// A kind of record, as the history names it: the code or its Vietnamese word ("ý kiến").
fn parse_record_kind(s: &str) -> std::result::Result<String, String> {
    let code = match doithoai::rules::import::header_key(s).as_str() {
        "office" | "don vi" => "office",
        "agency" | "co quan" => "agency",
        "session" | "hoi nghi" => "session",
        "registration" | "dang ky" | "dang ky phat bieu" => "registration",
        "opinion" | "y kien" => "opinion",
        "conclusion" | "ket luan" | "thong bao ket luan" => "conclusion",
        "calendar" | "lich" => "calendar",
        _ => return Err(msg!(record_kind_accepted, value = s).to_string()),
    };
    Ok(code.into())
}

pub fn run(ctx: &Context, a: HistoryArgs) -> Result<i32> {
    let mut store = ctx.open()?;
    ctx.disclosing(&mut store, |store| {
        let reading = doithoai::ops::read(store)?;
        let mask = ctx.protected_mask();
        super::with_destination(ctx, a.output.as_deref(), |out| {
            let mut w = output::RowWriter::<EventRow>::new(ctx.format, out, ctx.csv)?;
            doithoai::ops::history::for_each(
                &reading,
                &HistoryFilter {
                    session: a.session,
                    opinion: a.opinion,
                    kind: a.kind,
                    limit: a.limit,
                },
                ctx.privacy(&mask),
                |event| w.write(&EventRow { event }),
            )?;
            w.finish()?;
            Ok(())
        })?;
        Ok(0)
    })
}
