//! `doithoai init`: create the database and set the office.

use super::{parse_text, parse_vocab, print_line, Context};
use crate::error::Result;
use crate::messages;
use crate::rules::vocabulary::Level;
use crate::store::{self, calendar as store_calendar, office};

#[derive(Debug, clap::Args)]
pub struct InitArgs {
    /// Name of the office, e.g. "Phường Hoàng Mai".
    #[arg(long, value_parser = parse_text)]
    pub office: String,
    /// Level of the office: city, district, commune.
    #[arg(long, value_parser = parse_vocab::<Level>, default_value = "commune")]
    pub level: Level,
    /// Count Saturdays as working days for deadlines (only if the office decided so).
    #[arg(long)]
    pub saturdays_count: bool,
}

pub fn run(ctx: &Context, args: InitArgs) -> Result<i32> {
    let mut store = ctx.open()?;
    let path = store.path().to_path_buf();
    let tx = store.write()?;
    let actor = ctx.actor();
    office::set(&tx, &actor, &args.office, args.level, args.saturdays_count)?;
    // Counting Saturdays or not changes the calendar: open deadlines move with it.
    let cal = store_calendar::load(&tx)?;
    let moved = store_calendar::recompute_open_deadlines(&tx, &actor, &cal)?;
    store::commit(tx, &path)?;
    print_line(messages::initialised(&args.office, &path))?;
    for m in moved {
        print_line(messages::deadline_moved(m.rule, &m.record, m.from, m.to))?;
    }
    Ok(0)
}
