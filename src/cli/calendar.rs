//! `doithoai calendar …`: deadlines with explanations, month grids, the list of days off, and
//! the office's own overrides.

use super::{parse_date, parse_text, print_line, Context};
use chrono::{Datelike, Duration, NaiveDate};
use doithoai::error::{Error, Result};
use doithoai::ops;
use doithoai::output::{self, Format, Record};
use doithoai::rules::calendar::{Calendar, DayInfo, DayKind, DayReason, NamedDay};
use doithoai::rules::dates::{parse_month_or_year, MonthOrYear};
use doithoai::rules::{deadline, lunar};
use doithoai::words;
use serde::Serialize;
use std::io::Write;

#[derive(Debug, Clone, clap::Subcommand)]
pub enum CalendarCommand {
    /// Compute a deadline: N working days after a date, N calendar days after it, or the latest
    /// date N calendar days before an event (R4).
    Deadline(DeadlineArgs),
    /// Print a month (2026-02) or a year (2026) as a grid, Monday first, days off marked.
    Show(ShowArgs),
    /// List every day off and make-up working day of a year, with its source.
    List(ListArgs),
    /// Record an office day off (or a range of them).
    AddHoliday(AddHolidayArgs),
    /// Record an office working day (e.g. a Saturday the office works to make up a day).
    AddWorkday(AddWorkdayArgs),
    /// Remove the office override of a day.
    Remove(RemoveArgs),
    /// Import a year's official schedule when it is published (date, kind, name, source), with a dry run.
    Import(ImportArgs),
}

#[derive(Debug, Clone, clap::Args)]
pub struct ImportArgs {
    /// The schedule: a table shaped like data/vn-days-off.csv (date, kind, name, source), .csv or .xlsx
    pub file: std::path::PathBuf,
    /// List the days added or changed and every open deadline that would move; write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Replace a year that already has an official schedule
    #[arg(long)]
    pub replace_year: bool,
}

/// A count of days: a whole number from 0 to 10,000 (some 40 years of working days, well inside
/// the calendar), refused with a clear message otherwise (negative, too large).
pub(crate) fn parse_count(s: &str) -> std::result::Result<u32, String> {
    s.trim()
        .parse::<u32>()
        .ok()
        .filter(|n| *n <= 10_000)
        .ok_or_else(|| msg!(bad_count, value = s).to_string())
}

#[derive(Debug, Clone, clap::Args)]
pub struct DeadlineArgs {
    /// The triggering date (the session, the notice…); it is not counted (Civil Code Art. 147).
    #[arg(long, value_parser = parse_date, conflicts_with = "before", required_unless_present = "before")]
    pub from: Option<NaiveDate>,
    /// The event date, for "N days before" (R4: the announcement 7 days before a session).
    #[arg(long, value_parser = parse_date)]
    pub before: Option<NaiveDate>,
    /// Count N working days.
    #[arg(long, value_name = "N", value_parser = parse_count, allow_negative_numbers = true,
          conflicts_with = "days", required_unless_present = "days")]
    pub working_days: Option<u32>,
    /// Count N calendar days (a last day off rolls forward, Civil Code Art. 148(5)).
    #[arg(long, value_name = "N", value_parser = parse_count, allow_negative_numbers = true)]
    pub days: Option<u32>,
    /// Show every day from the trigger to the deadline, counted or skipped, and why.
    #[arg(long)]
    pub explain: bool,
}

#[derive(Debug, Clone, clap::Args)]
pub struct ShowArgs {
    /// A month (2026-02 or 02/2026) or a year (2026).
    pub period: String,
    /// Add the Vietnamese lunar day under each date.
    #[arg(long)]
    pub lunar: bool,
}

#[derive(Debug, Clone, clap::Args)]
pub struct ListArgs {
    /// The year to list.
    #[arg(long, value_parser = super::parse_year)]
    pub year: i32,
    /// Write to this file atomically instead of stdout (format from its extension: .csv, .json, .xlsx, .html)
    #[arg(long, value_name = "FILE")]
    pub output: Option<std::path::PathBuf>,
}

#[derive(Debug, Clone, clap::Args)]
pub struct AddHolidayArgs {
    /// First day off.
    #[arg(value_parser = parse_date)]
    pub date: NaiveDate,
    /// Last day off of a range (inclusive).
    #[arg(long, value_parser = parse_date)]
    pub to: Option<NaiveDate>,
    /// Why the office is closed, e.g. "Ngày Văn hóa Việt Nam".
    #[arg(long, value_parser = parse_text, allow_hyphen_values = true)]
    pub name: String,
    /// The decision or notice, e.g. "QĐ 12/QĐ-UBND ngày 20/11/2026".
    #[arg(long, value_parser = parse_text)]
    pub source: Option<String>,
}

#[derive(Debug, Clone, clap::Args)]
pub struct AddWorkdayArgs {
    /// The day the office works.
    #[arg(value_parser = parse_date)]
    pub date: NaiveDate,
    /// Why, e.g. "Làm bù cho ngày 24/11".
    #[arg(long, value_parser = parse_text, allow_hyphen_values = true)]
    pub name: String,
    /// The decision or notice.
    #[arg(long, value_parser = parse_text)]
    pub source: Option<String>,
}

#[derive(Debug, Clone, clap::Args)]
pub struct RemoveArgs {
    /// The day whose office override is removed.
    #[arg(value_parser = parse_date)]
    pub date: NaiveDate,
}

pub fn run(ctx: &Context, cmd: CalendarCommand) -> Result<i32> {
    match cmd {
        CalendarCommand::Deadline(a) => deadline_cmd(ctx, a),
        CalendarCommand::Show(a) => show(ctx, a),
        CalendarCommand::List(a) => list(ctx, a),
        CalendarCommand::AddHoliday(a) => add_holiday(ctx, a),
        CalendarCommand::AddWorkday(a) => add_workday(ctx, a),
        CalendarCommand::Remove(a) => remove(ctx, a),
        CalendarCommand::Import(a) => import(ctx, a),
    }
}

/// A date cell: ISO, dd/mm/yyyy, or an Excel serial number (days since 30/12/1899).
fn schedule_date(value: &str) -> std::result::Result<NaiveDate, String> {
    let v = value.trim();
    if !v.is_empty() && v.len() <= 6 && v.bytes().all(|b| b.is_ascii_digit()) {
        let serial: i64 = v
            .parse()
            .map_err(|_| msg!(bad_date, value = v).to_string())?;
        if (1..=200_000).contains(&serial) {
            if let Some(d) = NaiveDate::from_ymd_opt(1899, 12, 30)
                .and_then(|base| base.checked_add_signed(Duration::days(serial)))
            {
                return Ok(d);
            }
        }
    }
    parse_date(v)
}

fn import(ctx: &Context, a: ImportArgs) -> Result<i32> {
    use doithoai::rules::import::header_key;
    let sheet = doithoai::input::read(&a.file, false).map_err(super::import::read_error)?;
    let mut rows = sheet.rows.iter();
    let header_cells: Vec<String> = rows
        .by_ref()
        .find(|(_, r)| r.iter().any(|c| !c.trim().is_empty()))
        .map(|(_, r)| r.iter().map(|c| c.trim().to_string()).collect())
        .unwrap_or_default();
    let header: Vec<String> = header_cells.iter().map(|c| header_key(c)).collect();
    // A problem names the column as the file heads it.
    let heading = |i: usize| header_cells.get(i).cloned().unwrap_or_default();
    let find = |names: &[&str]| header.iter().position(|h| names.contains(&h.as_str()));
    let (Some(date_col), Some(kind_col), Some(name_col), Some(source_col)) = (
        find(&["date", "ngay"]),
        find(&["kind", "loai"]),
        find(&["name", "ten", "ten ngay", "noi dung"]),
        find(&["source", "can cu", "nguon"]),
    ) else {
        return Err(Error::Invalid(msg!(schedule_columns)));
    };
    let confidence_col = find(&["confidence"]);
    let mut days = Vec::new();
    let mut problems = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    for (n, row) in rows {
        if row.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let cell = |i: usize| row.get(i).map(|c| c.trim()).unwrap_or("");
        if confidence_col.is_some_and(|c| cell(c) == "unconfirmed") {
            continue;
        }
        let mut problem = |column: usize, value: &str, accepted: String| {
            problems.push(
                msg!(
                    import_problem,
                    row = *n,
                    column = &heading(column),
                    value = value,
                    accepted = &accepted
                )
                .to_string(),
            );
        };
        let date = match schedule_date(cell(date_col)) {
            Ok(d)
                if (doithoai::rules::calendar::FIRST_YEAR
                    ..=doithoai::rules::calendar::LAST_YEAR)
                    .contains(&d.year()) =>
            {
                d
            }
            Ok(d) => {
                problem(
                    date_col,
                    &d.to_string(),
                    msg!(schedule_year_range).to_string(),
                );
                continue;
            }
            Err(e) => {
                problem(date_col, cell(date_col), e);
                continue;
            }
        };
        let Some(kind) = doithoai::rules::calendar::schedule_day_kind(cell(kind_col)) else {
            problem(kind_col, cell(kind_col), msg!(schedule_kinds).to_string());
            continue;
        };
        if !doithoai::rules::calendar::scheduled_day_fits(date, kind) {
            problem(
                kind_col,
                cell(kind_col),
                msg!(workday_on_weekday).to_string(),
            );
            continue;
        }
        let (name, source) = (cell(name_col), cell(source_col));
        let name = match super::validate_text(name) {
            Ok(t) => t,
            Err(e) => {
                problem(name_col, name, words::error(&e));
                continue;
            }
        };
        let source = match super::validate_text(source) {
            Ok(t) => t,
            Err(e) => {
                problem(source_col, source, words::error(&e));
                continue;
            }
        };
        if !seen.insert(date) {
            problem(
                date_col,
                &date.to_string(),
                msg!(schedule_duplicate).to_string(),
            );
            continue;
        }
        days.push(NamedDay {
            date,
            kind,
            name,
            source,
            layer: doithoai::rules::calendar::Layer::Official,
        });
    }
    if !problems.is_empty() {
        for p in &problems {
            eprintln!("{p}");
        }
        return Err(Error::Refused(msg!(schedule_problems, n = problems.len())));
    }
    if days.is_empty() {
        return Err(Error::Invalid(msg!(schedule_empty)));
    }
    let mut store = ctx.open()?;
    let outcome =
        doithoai::ops::calendar::import(&mut store, &ctx.actor(), days, a.replace_year, a.dry_run)?;
    if ctx.format == Format::Json {
        output::json(&mut std::io::stdout().lock(), &outcome)?;
        return Ok(0);
    }
    for c in &outcome.changes {
        print_line(words::schedule_change(
            c.date,
            c.before.as_ref().map(|(k, n)| (k.as_str(), n.as_str())),
            c.after.as_ref().map(|(k, n)| (k.as_str(), n.as_str())),
        ))?;
    }
    for m in &outcome.moved {
        print_line(words::deadline_moved(m.rule, &m.record, m.from, m.to))?;
    }
    print_line(words::schedule_summary(
        &outcome.years,
        outcome.changes.len(),
        outcome.moved.len(),
        outcome.dry_run,
    ))?;
    Ok(0)
}

/// The office's calendar; with no database at the path (before `init`, or a calculator use on
/// another machine), the national calendar alone, said on stderr — nothing is created.
fn load_calendar(ctx: &Context) -> Result<Calendar> {
    let path = match ctx.open() {
        Ok(mut store) => return ops::calendar::load(&mut store),
        Err(doithoai::error::Error::NoDatabase { path }) => path,
        // A server's database without an office yet is the same: no office days to add.
        Err(doithoai::error::Error::NotInitialised { path }) if ctx.on_server() => path,
        Err(e) => return Err(e),
    };
    eprintln!(
        "{}",
        msg!(national_calendar_only, path = doithoai::words::shown(&path))
    );
    Ok(Calendar::new(Default::default(), Vec::new()))
}

/// One day of an explanation.
#[derive(Debug, Serialize)]
struct ExplainedDay {
    date: NaiveDate,
    weekday: String,
    working: bool,
    /// The count this day contributes (1…N), or none when skipped or the trigger.
    count: Option<u32>,
    trigger: bool,
    #[serde(flatten)]
    reason: DayReason,
}

#[derive(Debug, Serialize)]
struct DeadlineAnswer {
    rule: &'static str,
    from: Option<NaiveDate>,
    before: Option<NaiveDate>,
    working_days: Option<u32>,
    days: Option<u32>,
    deadline: NaiveDate,
    /// For "before": the last working day on or before the deadline.
    last_working_day: Option<NaiveDate>,
    /// Years in the span whose days off are computed from statute, not yet announced.
    provisional_years: Vec<i32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    explanation: Option<Vec<ExplainedDay>>,
}

fn explain_days(
    cal: &Calendar,
    from: NaiveDate,
    to: NaiveDate,
    count_working: bool,
) -> Result<Vec<ExplainedDay>> {
    let mut count = 0;
    let mut out = Vec::new();
    for DayInfo {
        date,
        working,
        reason,
    } in cal.days(from, to)?
    {
        let trigger = date == from;
        let counted = if trigger {
            None
        } else if count_working {
            working.then(|| {
                count += 1;
                count
            })
        } else {
            count += 1;
            Some(count)
        };
        out.push(ExplainedDay {
            date,
            weekday: date.weekday().to_string(),
            working,
            count: counted,
            trigger,
            reason,
        });
    }
    Ok(out)
}

fn provisional_years(cal: &Calendar, from: NaiveDate, to: NaiveDate) -> Vec<i32> {
    let (a, b) = if from <= to { (from, to) } else { (to, from) };
    (a.year()..=b.year())
        .filter(|y| cal.provisional(*y))
        .collect()
}

fn deadline_cmd(ctx: &Context, a: DeadlineArgs) -> Result<i32> {
    let format = ctx.single_format()?;
    let cal = load_calendar(ctx)?;
    let answer = match (a.from, a.before, a.working_days, a.days) {
        (Some(from), None, Some(n), None) => {
            let due = cal.add_working_days(from, n)?;
            DeadlineAnswer {
                rule: "working-days",
                from: Some(from),
                before: None,
                working_days: Some(n),
                days: None,
                deadline: due,
                last_working_day: None,
                provisional_years: provisional_years(&cal, from, due),
                explanation: a
                    .explain
                    .then(|| explain_days(&cal, from, due, true))
                    .transpose()?,
            }
        }
        (Some(from), None, None, Some(n)) => {
            let due = cal.add_calendar_days(from, n)?;
            DeadlineAnswer {
                rule: "calendar-days",
                from: Some(from),
                before: None,
                working_days: None,
                days: Some(n),
                deadline: due,
                last_working_day: None,
                provisional_years: provisional_years(&cal, from, due),
                explanation: a
                    .explain
                    .then(|| explain_days(&cal, from, due, false))
                    .transpose()?,
            }
        }
        (None, Some(event), None, Some(n)) => {
            let b = deadline::before_event(&cal, event, n)?;
            DeadlineAnswer {
                rule: "before-event",
                from: None,
                before: Some(event),
                working_days: None,
                days: Some(n),
                deadline: b.latest,
                last_working_day: Some(b.last_working_day),
                provisional_years: provisional_years(&cal, b.last_working_day, event),
                explanation: a
                    .explain
                    .then(|| explain_days(&cal, b.last_working_day.min(b.latest), event, false))
                    .transpose()?,
            }
        }
        _ => return Err(Error::Invalid(msg!(deadline_usage))),
    };
    let mut out = std::io::stdout().lock();
    if format == Format::Json {
        output::json(&mut out, &answer)?;
        return Ok(0);
    }
    // ISO for scripts in English, dd/mm/yyyy as a Vietnamese clerk reads it.
    output::say!(out, "{}", words::date(answer.deadline))?;
    if answer.explanation.is_none() {
        // Without --explain the note goes to stderr: stdout stays the bare date for scripts.
        super::note_provisional_years(
            answer
                .provisional_years
                .iter()
                .copied()
                .filter(|y| *y == answer.deadline.year())
                .collect(),
        );
    }
    if let Some(lwd) = answer.last_working_day {
        output::say!(out, "{}", words::before_event_answer(answer.deadline, lwd))?;
    }
    if let Some(days) = &answer.explanation {
        output::say!(out, "{}", words::counting_rule(answer.rule))?;
        for y in &answer.provisional_years {
            output::say!(out, "{}", msg!(provisional_year, year = *y).to_string())?;
        }
        let mut t = output::table(vec![
            words::label("date"),
            words::label("weekday"),
            words::label("day_number"),
            words::label("explanation"),
            words::label("source"),
        ]);
        for d in days {
            let (why, source) = reason_text(&d.reason, d.working);
            let count = if d.trigger {
                msg!(trigger_word).to_string()
            } else {
                d.count.map(|c| c.to_string()).unwrap_or_else(|| "—".into())
            };
            t.add_row(vec![
                words::date(d.date),
                words::weekday(d.date.weekday()),
                count,
                why,
                // The notice or law; its web address is in the JSON output and `calendar list`.
                output::clip(source.split(" | ").next().unwrap_or(&source), 70),
            ]);
        }
        output::say!(out, "{t}")?;
    }
    Ok(0)
}

fn reason_text(reason: &DayReason, working: bool) -> (String, String) {
    match reason {
        DayReason::Weekday => (words::label("working"), String::new()),
        DayReason::Weekend => (words::label("weekend"), String::new()),
        DayReason::Named(n) => (
            format!(
                "{}: {} [{}]",
                words::label(if working { "workday" } else { "holiday" }),
                n.name,
                words::layer_word(n.layer.as_str())
            ),
            source_shown(&n.source),
        ),
    }
}

/// A day's source as a reader looks it up: the decision's citation (the embedded schedule's
/// research notes after " | " stay in the CSV and JSON), or the office's own decision when
/// none was given.
fn source_shown(source: &str) -> String {
    match source.split(" | ").next().unwrap_or_default() {
        "" => words::label("office_decision"),
        citation => output::clip(citation, 60),
    }
}

fn show(ctx: &Context, a: ShowArgs) -> Result<i32> {
    let format = ctx.single_format()?;
    let period = parse_month_or_year(&a.period)?;
    let cal = load_calendar(ctx)?;
    let months: Vec<(i32, u32)> = match period {
        MonthOrYear::Month(y, m) => vec![(y, m)],
        MonthOrYear::Year(y) => (1..=12).map(|m| (y, m)).collect(),
    };
    let mut out = std::io::stdout().lock();
    if format == Format::Json {
        let mut days = Vec::new();
        for (y, m) in &months {
            let first = first_of(*y, *m)?;
            let last = first_of(
                if *m == 12 { y + 1 } else { *y },
                if *m == 12 { 1 } else { m + 1 },
            )
            .map(|d| d - Duration::days(1))
            .unwrap_or(first);
            for info in cal.days(first, last)? {
                let l = lunar::to_lunar(info.date);
                days.push(serde_json::json!({
                    "date": info.date,
                    "weekday": info.date.weekday().to_string(),
                    "working": info.working,
                    "lunar": format!("{}/{}{}", l.day, l.month, if l.leap { "n" } else { "" }),
                    "reason": info.reason,
                }));
            }
        }
        output::json(&mut out, &days)?;
        return Ok(0);
    }
    let mut legend: Vec<NamedDay> = Vec::new();
    for (y, m) in months {
        let grid = month_grid(&cal, y, m, a.lunar, &mut legend)?;
        output::say!(out, "{grid}")?;
    }
    output::say!(out, "{}", msg!(grid_legend).to_string())?;
    for n in legend {
        output::say!(
            out,
            "  {} {} {} [{}]",
            words::date(n.date),
            if n.kind == DayKind::Holiday { "*" } else { "+" },
            n.name,
            words::layer_word(n.layer.as_str())
        )?;
    }
    for y in match period {
        MonthOrYear::Month(y, _) | MonthOrYear::Year(y) => [y],
    } {
        if cal.provisional(y) {
            output::say!(out, "{}", msg!(provisional_year, year = y).to_string())?;
        }
    }
    Ok(0)
}

fn first_of(y: i32, m: u32) -> Result<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, 1)
        .ok_or_else(|| Error::Invalid(msg!(bad_date, value = &format!("{y}-{m:02}"))))
}

/// A `cal`-like month, Monday first: `*` day off, `+` make-up working day, `.` weekend.
fn month_grid(
    cal: &Calendar,
    y: i32,
    m: u32,
    with_lunar: bool,
    legend: &mut Vec<NamedDay>,
) -> Result<String> {
    let first = first_of(y, m)?;
    let width = if with_lunar { 9 } else { 5 };
    let mut s = String::new();
    let title = words::month_title(y, m);
    s.push_str(&format!("{:^w$}\n", title, w = width * 7));
    for wd in 0..7 {
        let name =
            words::weekday(chrono::Weekday::try_from(wd as u8).unwrap_or(chrono::Weekday::Mon));
        s.push_str(&format!("{name:>w$}", w = width));
    }
    s.push('\n');
    let offset = first.weekday().num_days_from_monday() as usize;
    s.push_str(&" ".repeat(offset * width));
    let mut day = first;
    let mut col = offset;
    while day.month() == m {
        let info = cal.day_info(day)?;
        let mark = match &info.reason {
            DayReason::Named(n) => {
                if n.kind == DayKind::Holiday || !info.working {
                    legend.push(n.clone());
                    '*'
                } else {
                    legend.push(n.clone());
                    '+'
                }
            }
            DayReason::Weekend => '.',
            DayReason::Weekday => ' ',
        };
        let cell = if with_lunar {
            let l = lunar::to_lunar(day);
            let lunar_text = if l.day == 1 {
                format!("{}/{}{}", l.day, l.month, if l.leap { "n" } else { "" })
            } else {
                l.day.to_string()
            };
            format!("{:>2}{}({})", day.day(), mark, lunar_text)
        } else {
            format!("{:>2}{}", day.day(), mark)
        };
        s.push_str(&format!("{cell:>w$}", w = width));
        col += 1;
        if col == 7 {
            s.push('\n');
            col = 0;
        }
        day += Duration::days(1);
    }
    if col != 0 {
        s.push('\n');
    }
    Ok(s)
}

/// A day of `calendar list`.
#[derive(Debug, Serialize)]
struct ListedDay {
    date: NaiveDate,
    weekday: String,
    kind: &'static str,
    name: String,
    source: String,
    status: &'static str,
    counted: bool,
}

/// A day of `calendar list` as CSV shows it.
#[derive(Debug, Serialize, Default)]
struct ListedDayFlat<'a> {
    date: Option<NaiveDate>,
    weekday: &'a str,
    kind: &'a str,
    name: &'a str,
    source: &'a str,
    status: &'a str,
    counted: bool,
}

impl Record for ListedDay {
    type Flat<'a> = ListedDayFlat<'a>;
    fn flat(&self) -> ListedDayFlat<'_> {
        ListedDayFlat {
            date: Some(self.date),
            weekday: &self.weekday,
            kind: self.kind,
            name: &self.name,
            source: &self.source,
            status: self.status,
            counted: self.counted,
        }
    }
    fn table_headers() -> Vec<String> {
        ["date", "weekday", "kind", "name", "source", "layer"]
            .iter()
            .map(words::label)
            .collect()
    }
    fn table_cells(&self) -> Vec<String> {
        vec![
            words::date(self.date),
            words::weekday(self.date.weekday()),
            words::label(self.kind),
            self.name.clone(),
            // The decision a reader looks up; the embedded schedule's research notes (" | "
            // and a web address) stay in the CSV and JSON.
            source_shown(&self.source),
            words::label(self.status),
        ]
    }
}

fn list(ctx: &Context, a: ListArgs) -> Result<i32> {
    let cal = load_calendar(ctx)?;
    let days = cal.named_days(a.year)?;
    let rows: Vec<ListedDay> = days
        .into_iter()
        .map(|n| ListedDay {
            date: n.date,
            weekday: n.date.weekday().to_string(),
            kind: n.kind.as_str(),
            counted: n.layer != doithoai::rules::calendar::Layer::Unconfirmed,
            name: n.name,
            source: n.source,
            status: n.layer.as_str(),
        })
        .collect();
    super::with_destination(ctx, a.output.as_deref(), |out| {
        output::list(ctx.format, out, ctx.csv, &rows)?;
        if ctx.format == Format::Table && cal.provisional(a.year) {
            output::say!(out, "{}", msg!(provisional_year, year = a.year).to_string())?;
        }
        Ok(())
    })?;
    Ok(0)
}

/// Say what an override did and the open deadlines it moved.
fn say_moved(done: String, moved: Vec<ops::records::MovedDeadline>) -> Result<i32> {
    print_line(&done)?;
    for m in moved {
        print_line(words::deadline_moved(m.rule, &m.record, m.from, m.to))?;
    }
    Ok(0)
}

fn add_holiday(ctx: &Context, a: AddHolidayArgs) -> Result<i32> {
    let to = a.to.unwrap_or(a.date);
    ops::calendar::check_days_off(a.date, to)?;
    let mut store = ctx.open()?;
    let moved =
        // No source given: the office's own decision, worded where it is shown (the record
        // holds no sentence the tool composed).
        ops::calendar::add_days_off(
            &mut store,
            &ctx.actor(),
            (a.date, to),
            &a.name,
            a.source.as_deref().unwrap_or_default(),
        )?;
    say_moved(
        words::override_recorded("holiday", a.date, to, &a.name),
        moved,
    )
}

fn add_workday(ctx: &Context, a: AddWorkdayArgs) -> Result<i32> {
    ops::calendar::check_days_off(a.date, a.date)?;
    let mut store = ctx.open()?;
    let moved = ops::calendar::add_workday(
        &mut store,
        &ctx.actor(),
        a.date,
        &a.name,
        a.source.as_deref().unwrap_or_default(),
    )?;
    say_moved(
        words::override_recorded("workday", a.date, a.date, &a.name),
        moved,
    )
}

fn remove(ctx: &Context, a: RemoveArgs) -> Result<i32> {
    let mut store = ctx.open()?;
    let moved = ops::calendar::remove(&mut store, &ctx.actor(), a.date)?;
    say_moved(
        msg!(override_removed, day = doithoai::message::Day(a.date),).to_string(),
        moved,
    )
}
