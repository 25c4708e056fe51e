//! `doithoai init`: create the database and set the office; run again to change a setting
//! (settings not given keep their value).

use super::{parse_text, print_line, vocab, Context};
use doithoai::error::{Error, Result};
use doithoai::ops::{self, records::DOCUMENT_KEYS};
use doithoai::rules::vocabulary::{AnnouncementReading, Level};
use doithoai::words;

#[derive(Debug, Clone, clap::Args)]
pub struct InitArgs {
    /// Name of the office, e.g. "Phường Hoàng Mai"; needed when the database is created, kept when left out later.
    #[arg(long, value_parser = parse_text, allow_hyphen_values = true)]
    pub office: Option<String>,
    /// Level of the office: city (a province too: province), district, commune (a ward too: ward) (default: commune).
    #[arg(long, value_parser = vocab::<Level>(), hide_possible_values = true)]
    pub level: Option<Level>,
    /// Count Saturdays as working days for deadlines (only if the office decided so);
    /// `--saturdays-count false` turns it off again.
    #[arg(long, num_args = 0..=1, default_missing_value = "true", value_name = "BOOL", value_parser = super::parse_yes_no)]
    pub saturdays_count: Option<bool>,
    /// How R4's "7 days before" is read: standard (the session date minus 7) or clear-days
    /// (7 clear days in between: minus 8).
    #[arg(long, value_parser = vocab::<AnnouncementReading>(), hide_possible_values = true)]
    pub announcement_reading: Option<AnnouncementReading>,
    /// The day a change of --saturdays-count or --announcement-reading takes effect (default:
    /// today). Deadlines triggered before it keep the ones they were given.
    #[arg(long, value_parser = super::parse_date, value_name = "DATE")]
    pub effective: Option<chrono::NaiveDate>,
    /// Documents: the place name of the date line, e.g. "Hoàng Mai" ("" removes a setting).
    #[arg(long, value_parser = parse_setting, help_heading = "Documents (Decree 30/2020/NĐ-CP)")]
    pub place: Option<String>,
    /// Documents: the issuing body as headed, e.g. "ỦY BAN NHÂN DÂN PHƯỜNG HOÀNG MAI" (default: "ỦY BAN NHÂN DÂN" and the office's name).
    #[arg(long, value_parser = parse_setting, help_heading = "Documents (Decree 30/2020/NĐ-CP)")]
    pub issuing_body: Option<String>,
    /// Documents: the governing body above it, if any, e.g. "UBND THÀNH PHỐ HÀ NỘI".
    #[arg(long, value_parser = parse_setting, help_heading = "Documents (Decree 30/2020/NĐ-CP)")]
    pub governing_body: Option<String>,
    /// Documents: the signer's title, e.g. "CHỦ TỊCH" or "PHÓ CHỦ TỊCH".
    #[arg(long, value_parser = parse_setting, help_heading = "Documents (Decree 30/2020/NĐ-CP)")]
    pub signer_title: Option<String>,
    /// Documents: the signer's name, e.g. "Nguyễn Văn Hùng".
    #[arg(long, value_parser = parse_setting, help_heading = "Documents (Decree 30/2020/NĐ-CP)")]
    pub signer_name: Option<String>,
    /// Documents: signing on behalf, e.g. "TM. ỦY BAN NHÂN DÂN" or "KT. CHỦ TỊCH".
    #[arg(long, value_parser = parse_setting, help_heading = "Documents (Decree 30/2020/NĐ-CP)")]
    pub signer_authority: Option<String>,
    /// Documents: the issuer's code in document numbers, e.g. UBND in "Số: 15/TB-UBND" (default: UBND).
    #[arg(long, value_parser = parse_setting, help_heading = "Documents (Decree 30/2020/NĐ-CP)")]
    pub doc_code: Option<String>,
    /// Documents: the People's Committee chair, e.g. "Nguyễn Văn Hùng": signs as "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH".
    #[arg(long, value_parser = parse_setting, help_heading = "Documents (Decree 30/2020/NĐ-CP)")]
    pub chair_name: Option<String>,
    /// Documents: the deputy chairs, separated by ";", e.g. "Trần Thị Mai; Lê Quang Vinh": sign as "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"; any other signer is refused.
    #[arg(long, value_parser = parse_setting, help_heading = "Documents (Decree 30/2020/NĐ-CP)")]
    pub deputy_names: Option<String>,
    /// Documents: the bodies a report is sent to, separated by ";", e.g. "UBND thành phố Hà Nội; Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Hà Nội".
    #[arg(long, value_parser = parse_setting, help_heading = "Documents (Decree 30/2020/NĐ-CP)")]
    pub report_recipients: Option<String>,
    /// On a PostgreSQL server: the existing login role whose connections are this office from
    /// now on (run by the server's administrator). With --level city, the role also reads
    /// every office (the city's live reports).
    #[arg(long, value_name = "ROLE", value_parser = parse_text)]
    pub office_role: Option<String>,
    /// Do it without asking (needed when not at a terminal).
    #[arg(long, short = 'y')]
    pub yes: bool,
}

/// A document setting: one line of visible text, or "" to remove it.
fn parse_setting(s: &str) -> std::result::Result<String, String> {
    if s.is_empty() {
        Ok(String::new())
    } else {
        parse_text(s)
    }
}

pub fn run(ctx: &Context, args: InitArgs) -> Result<i32> {
    // A new database needs its office's name (an empty file is a database not made yet:
    // nothing is written to it without the name); one set up already keeps its name unless
    // another is given (a setting changed later names only that setting).
    let unset = !ctx.on_server()
        && match std::fs::metadata(&ctx.db_path) {
            Ok(m) => m.is_file() && m.len() == 0,
            // Only a file that is not there is not set up; an unreadable one is said by the open.
            Err(e) => e.kind() == std::io::ErrorKind::NotFound,
        };
    if args.office.is_none() && unset {
        return Err(Error::Invalid(msg!(init_needs_office)));
    }
    if args.office_role.is_some() && !ctx.on_server() {
        return Err(Error::Invalid(msg!(
            office_role_needs_server,
            db = doithoai::words::shown(&ctx.db_path)
        )));
    }
    let city = args.level == Some(Level::City);
    let mut store = ctx.open_for(true, args.office_role.as_deref().map(|r| (r, Some(city))))?;
    let path = store.path().to_path_buf();
    // Another office's name for a file already set up is a rename, or the wrong --db: asked
    // before anything is written (and before the write lock is taken).
    let named = ops::office::name(&mut store)?;
    let office = match (&args.office, named) {
        (Some(given), Some(old)) if *given != old => {
            super::confirm(
                ctx,
                args.yes,
                &msg!(rename_office, old = &old, new = given).to_string(),
            )?;
            given.clone()
        }
        (Some(given), _) => given.clone(),
        (None, Some(old)) => old,
        (None, None) => return Err(Error::Invalid(msg!(init_needs_office))),
    };
    let documents: Vec<(&str, &str)> = DOCUMENT_KEYS
        .iter()
        .zip([
            &args.place,
            &args.issuing_body,
            &args.governing_body,
            &args.signer_title,
            &args.signer_name,
            &args.signer_authority,
            &args.doc_code,
            &args.chair_name,
            &args.deputy_names,
            &args.report_recipients,
        ])
        .filter_map(|(key, value)| value.as_deref().map(|v| (*key, v)))
        .collect();
    let moved = ops::office::set_up(
        &mut store,
        &ctx.actor(),
        ctx.today,
        &ops::office::Setup {
            name: &office,
            level: args.level,
            saturdays_count: args.saturdays_count,
            announcement_reading: args.announcement_reading,
            effective: args.effective,
            documents,
        },
    )?;
    print_line(
        msg!(
            initialised,
            office = &office,
            path = doithoai::words::shown(&path)
        )
        .to_string(),
    )?;
    for m in moved {
        print_line(words::deadline_moved(m.rule, &m.record, m.from, m.to))?;
    }
    Ok(0)
}
