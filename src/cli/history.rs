//! `doithoai history`: who did what and when, before → after.

use super::rows::EventRow;
use super::Context;
use crate::error::Result;
use crate::output::{self};
use crate::store::events::{self, HistoryFilter};

#[derive(Debug, clap::Args)]
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
    let code = match crate::rules::import::header_key(s).as_str() {
        "office" | "don vi" => "office",
        "agency" | "co quan" => "agency",
        "session" | "hoi nghi" => "session",
        "registration" | "dang ky" | "dang ky phat bieu" => "registration",
        "opinion" | "y kien" => "opinion",
        "conclusion" | "ket luan" | "thong bao ket luan" => "conclusion",
        "calendar" | "lich" => "calendar",
        _ => return Err(crate::messages::record_kind_accepted(s)),
    };
    Ok(code.into())
}

pub fn run(ctx: &Context, a: HistoryArgs) -> Result<i32> {
    let mut store = ctx.open()?;
    ctx.disclosing(&mut store, |store| {
        let tx = store.read()?;
        let (registrations, opinions) = if ctx.include_protected {
            Default::default()
        } else {
            crate::store::registration::protected_records(&tx)?
        };
        let mask = ctx.protected_mask();
        super::with_destination(ctx, a.output.as_deref(), |out| {
            let mut w = output::RowWriter::<EventRow>::new(ctx.format, out, ctx.csv)?;
            events::for_each(
                &tx,
                &HistoryFilter {
                    session: a.session,
                    opinion: a.opinion,
                    kind: a.kind,
                    limit: a.limit,
                },
                |event| {
                    w.write(&EventRow {
                        event: event.shown(&registrations, &opinions, &mask),
                    })
                },
            )?;
            w.finish()?;
            Ok(())
        })?;
        Ok(0)
    })
}
