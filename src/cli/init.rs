//! `doithoai init`: create the database and set the office.

use super::{parse_text, parse_vocab, print_line, Context};
use crate::error::Result;
use crate::messages;
use crate::rules::vocabulary::Level;
use crate::store::{self, office};

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
    office::set(
        &tx,
        &ctx.actor(),
        &args.office,
        args.level,
        args.saturdays_count,
    )?;
    store::commit(tx, &path)?;
    print_line(messages::initialised(&args.office, &path))?;
    Ok(0)
}
