//! `doithoai init`: create the database and set the office; run again to change a setting
//! (settings not given keep their value).

use super::{parse_text, parse_vocab, print_line, Context};
use crate::error::Result;
use crate::messages;
use crate::rules::vocabulary::{AnnouncementReading, Level};
use crate::store::{self, calendar as store_calendar, office, session};

#[derive(Debug, clap::Args)]
pub struct InitArgs {
    /// Name of the office, e.g. "Phường Hoàng Mai".
    #[arg(long, value_parser = parse_text)]
    pub office: String,
    /// Level of the office: city, district, commune (default: commune).
    #[arg(long, value_parser = parse_vocab::<Level>)]
    pub level: Option<Level>,
    /// Count Saturdays as working days for deadlines (only if the office decided so);
    /// `--saturdays-count false` turns it off again.
    #[arg(long, num_args = 0..=1, default_missing_value = "true", value_name = "BOOL")]
    pub saturdays_count: Option<bool>,
    /// How R4's "7 days before" is read: standard (the session date minus 7) or clear-days
    /// (7 clear days in between: minus 8).
    #[arg(long, value_parser = parse_vocab::<AnnouncementReading>)]
    pub announcement_reading: Option<AnnouncementReading>,
}

pub fn run(ctx: &Context, args: InitArgs) -> Result<i32> {
    let mut store = ctx.open_as(true)?;
    let path = store.path().to_path_buf();
    let tx = store.write()?;
    let actor = ctx.actor();
    let current = office::get(&tx)?;
    let reading = match args.announcement_reading {
        Some(r) => r,
        None => office::announcement_reading(&tx)?,
    };
    office::set(
        &tx,
        &actor,
        &office::Settings {
            name: &args.office,
            level: match (args.level, &current) {
                (Some(l), _) => l,
                (None, Some(o)) => o.level.parse()?,
                (None, None) => Level::Commune,
            },
            saturdays_count: args
                .saturdays_count
                .or(current.as_ref().map(|o| o.saturdays_count))
                .unwrap_or(false),
            announcement_reading: reading,
        },
    )?;
    // The week and the reading of R4 shape deadlines: open ones move with them.
    let cal = store_calendar::load(&tx)?;
    let mut moved = store_calendar::recompute_open_deadlines(&tx, &actor, &cal)?;
    moved.extend(session::recompute_announcement_due(&tx, &actor, reading)?);
    store::commit(tx, &path)?;
    print_line(messages::initialised(&args.office, &path))?;
    for m in moved {
        print_line(messages::deadline_moved(m.rule, &m.record, m.from, m.to))?;
    }
    Ok(0)
}
