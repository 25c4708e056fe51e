//! `doithoai report …` and `doithoai export`: what clerks, the nightly cron job and the
//! supervisors read (R3, R13, and the overdue list of R4, R9, R10, R12).

use super::with_destination;
use super::{parse_date, period_of, vocab, Context};
use chrono::{Duration, NaiveDate};
use doithoai::error::{exit, Error, Result};
use doithoai::ops;
use doithoai::ops::records::{ConclusionRow, HistoryFilter, OpinionFilter, SessionFilter};
use doithoai::ops::report::PeriodReport;
use doithoai::output::rows::{EventRow, SessionLine, SpeakerLine};
use doithoai::output::{self, Format, Record, RowWriter};
use doithoai::rules::calendar::Calendar;
use doithoai::rules::deadline;
use doithoai::rules::reports::{self, Period};
use doithoai::rules::vocabulary::OpinionStatus;
use doithoai::words::{self, label};
use serde::Serialize;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, Clone, clap::Subcommand)]
pub enum ReportCommand {
    /// Everything late as of a date (R4, R9, R10, R12), most late first; for cron.
    Overdue(OverdueArgs),
    /// Statistics of a period for supervisors (R13, Art. 10.3).
    Period(PeriodArgs),
    /// The yearly plan: a periodic dialogue for every chair role (R3, Art. 6.2, 11).
    Plan(PlanArgs),
}

#[derive(Debug, Clone, clap::Args)]
pub struct OverdueArgs {
    /// A city's report: every doithoai database in this folder, one office each (read-only)
    #[arg(long, value_name = "DIR", conflicts_with = "all_offices")]
    pub from_dir: Option<PathBuf>,
    /// A city's report, live: every office of the PostgreSQL server's database (the city's role).
    #[arg(long)]
    pub all_offices: bool,
    /// The day to judge lateness on (default: today).
    #[arg(long, value_parser = parse_date)]
    pub as_of: Option<NaiveDate>,
    /// Also list items due within the next N working days.
    #[arg(long, value_name = "N", value_parser = super::calendar::parse_count)]
    pub within: Option<u32>,
    /// Group by agency.
    #[arg(long, value_parser = parse_by_agency)]
    pub by: Option<String>,
    /// Write to this file atomically instead of stdout.
    #[arg(long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Exit with code 3 when something is overdue (for cron and monitoring).
    #[arg(long)]
    pub fail_on_overdue: bool,
}

#[derive(Debug, Clone, clap::Args)]
pub struct PeriodArgs {
    /// A city's report: every doithoai database in this folder, one office each (read-only)
    #[arg(long, value_name = "DIR", conflicts_with = "all_offices")]
    pub from_dir: Option<PathBuf>,
    /// A city's report, live: every office of the PostgreSQL server's database (the city's role).
    #[arg(long)]
    pub all_offices: bool,
    /// First day of a custom period.
    #[arg(long, value_parser = parse_date, requires = "to", conflicts_with_all = ["month", "quarter", "half", "year"])]
    pub from: Option<NaiveDate>,
    /// Last day of a custom period.
    #[arg(long, value_parser = parse_date, requires = "from")]
    pub to: Option<NaiveDate>,
    /// A month, e.g. 12/2026 (also 2026-12, "tháng 12/2026").
    #[arg(long, conflicts_with_all = ["quarter", "half", "year"])]
    pub month: Option<String>,
    /// e.g. 2026-Q4.
    #[arg(long, conflicts_with_all = ["half", "year"])]
    pub quarter: Option<String>,
    /// e.g. 2026-H2.
    #[arg(long, conflicts_with = "year")]
    pub half: Option<String>,
    /// A calendar year, e.g. 2026.
    #[arg(long, value_parser = super::parse_year)]
    pub year: Option<i32>,
    /// The day open items are judged on (default: today).
    #[arg(long, value_parser = parse_date)]
    pub as_of: Option<NaiveDate>,
    /// Write to this file atomically instead of stdout.
    #[arg(long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Clone, clap::Args)]
pub struct PlanArgs {
    /// A city's report: every doithoai database in this folder, one office each (read-only)
    #[arg(long, value_name = "DIR", conflicts_with = "all_offices")]
    pub from_dir: Option<PathBuf>,
    /// A city's report, live: every office of the PostgreSQL server's database (the city's role).
    #[arg(long)]
    pub all_offices: bool,
    /// The year to check.
    #[arg(long, value_parser = super::parse_year)]
    pub year: i32,
    /// Write to this file atomically instead of stdout.
    #[arg(long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// Which date places an opinion in an export's period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DateBy {
    /// Its session's date.
    #[value(
        alias = "hoi-nghi",
        alias = "hội-nghị",
        alias = "hội nghị",
        alias = "hoi nghi"
    )]
    Session,
    /// Its due date (the deadline in force).
    #[value(alias = "han", alias = "hạn")]
    Due,
}

/// The period of an export, if one was asked for (one of --year, --quarter, --half,
/// --from/--to).
fn export_period(a: &ExportArgs) -> Result<Option<Period>> {
    Ok(match (a.from, a.to, &a.quarter, &a.half, a.year) {
        (None, None, None, None, None) => None,
        (Some(from), Some(to), None, None, None) => {
            if to < from {
                return Err(Error::Invalid(msg!(
                    range_backwards,
                    to = doithoai::message::Day(to),
                    from = doithoai::message::Day(from),
                )));
            }
            Some(Period { from, to })
        }
        (None, None, Some(q), None, None) => Some(reports::quarter(q)?),
        (None, None, None, Some(h), None) => Some(reports::half(h)?),
        (None, None, None, None, Some(y)) => Some(reports::year(y)?),
        _ => return Err(Error::Invalid(msg!(period_missing))),
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportKind {
    #[value(
        alias = "hoi-nghi",
        alias = "hội-nghị",
        alias = "hội nghị",
        alias = "hoi nghi"
    )]
    Sessions,
    #[value(
        alias = "dang-ky",
        alias = "đăng-ký",
        alias = "đăng ký",
        alias = "dang ky"
    )]
    Registrations,
    #[value(alias = "y-kien", alias = "ý-kiến", alias = "ý kiến", alias = "y kien")]
    Opinions,
    #[value(
        alias = "ket-luan",
        alias = "kết-luận",
        alias = "kết luận",
        alias = "ket luan"
    )]
    Conclusions,
    #[value(
        alias = "nhat-ky",
        alias = "nhật-ký",
        alias = "nhật ký",
        alias = "nhat ky"
    )]
    History,
}

#[derive(Debug, Clone, clap::Args)]
pub struct ExportArgs {
    /// What to export.
    #[arg(value_enum, ignore_case = true)]
    pub kind: ExportKind,
    /// Only records of this session.
    #[arg(long)]
    pub session: Option<i64>,
    /// Only records of the sessions of this year (opinions: by their session's date, or by the
    /// due date with --by due).
    #[arg(long, value_parser = super::parse_year)]
    pub year: Option<i32>,
    /// Only records of a quarter, e.g. 2026-Q3.
    #[arg(long)]
    pub quarter: Option<String>,
    /// Only records of a half-year, e.g. 2026-H2.
    #[arg(long)]
    pub half: Option<String>,
    /// From this date (with --to).
    #[arg(long, value_parser = parse_date, requires = "to")]
    pub from: Option<NaiveDate>,
    /// To this date, included (with --from).
    #[arg(long, value_parser = parse_date, requires = "from")]
    pub to: Option<NaiveDate>,
    /// Opinions are dated by their session (default) or by their due date.
    #[arg(long, value_enum, ignore_case = true, default_value_t = DateBy::Session)]
    pub by: DateBy,
    /// Only opinions in this status (opinions).
    #[arg(long, value_parser = vocab::<OpinionStatus>(), hide_possible_values = true)]
    pub status: Option<OpinionStatus>,
    /// Write to this file atomically instead of stdout.
    #[arg(long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

pub fn run(ctx: &Context, cmd: ReportCommand) -> Result<i32> {
    match cmd {
        ReportCommand::Overdue(a) => overdue(ctx, a),
        ReportCommand::Period(a) => period(ctx, a),
        ReportCommand::Plan(a) => plan(ctx, a),
    }
}

/// `--by agency` (or `co-quan` / "cơ quan").
fn parse_by_agency(s: &str) -> std::result::Result<String, String> {
    match doithoai::rules::import::header_key(s).as_str() {
        "agency" | "co quan" => Ok("agency".into()),
        _ => Err(msg!(by_accepted, value = s).to_string()),
    }
}

/// One line of the overdue report.
#[derive(Debug, Serialize)]
pub struct OverdueRow {
    pub rule: &'static str,
    pub record_kind: &'static str,
    pub record_id: i64,
    pub session_id: i64,
    pub agency: Option<String>,
    pub due: NaiveDate,
    /// overdue, or due-soon.
    pub state: &'static str,
    /// Days late (overdue) or left (due-soon), in `unit`.
    pub days: i64,
    pub unit: deadline::Unit,
    pub responsible: String,
    /// What a person reads the item by (its content, session and notice row), for the table,
    /// the page and the workbook; CSV and JSON keep the ids.
    #[serde(skip)]
    pub name: Option<String>,
}

/// A line of the overdue report as CSV and workbooks show it.
#[derive(Debug, Serialize, Default)]
pub struct OverdueFlat<'a> {
    rule: &'a str,
    record_kind: &'a str,
    record_id: i64,
    session_id: i64,
    agency: Option<&'a str>,
    due: Option<NaiveDate>,
    state: &'a str,
    days: i64,
    unit: &'a str,
    responsible: &'a str,
}

impl Record for OverdueRow {
    type Flat<'a> = OverdueFlat<'a>;
    fn flat(&self) -> OverdueFlat<'_> {
        OverdueFlat {
            rule: self.rule,
            record_kind: self.record_kind,
            record_id: self.record_id,
            session_id: self.session_id,
            agency: self.agency.as_deref(),
            due: Some(self.due),
            state: self.state,
            days: self.days,
            unit: match self.unit {
                deadline::Unit::WorkingDays => "working-days",
                deadline::Unit::CalendarDays => "calendar-days",
            },
            responsible: &self.responsible,
        }
    }
    /// The report runs to tens of thousands of lines: its fields are lent, not copied.
    fn table_headers() -> Vec<String> {
        [
            "rule",
            "record_id",
            "named_item",
            "due",
            "late",
            "responsible",
        ]
        .iter()
        .map(label)
        .collect()
    }
    /// The page and workbook name each item, with its id for the clerk who types it, the
    /// days with their unit, and one column for who must act (the agency of an opinion, the
    /// chair of a session).
    fn sheet_fields() -> Vec<String> {
        [
            "rule",
            "record_id",
            "named_item",
            "due",
            "state",
            "days",
            "unit",
            "responsible",
        ]
        .iter()
        .map(|f| (*f).to_string())
        .collect()
    }
    fn sheet_values(&self) -> Vec<String> {
        let flat = self.flat();
        vec![
            self.rule.to_string(),
            self.record_id.to_string(),
            self.name.clone().unwrap_or_default(),
            self.due.to_string(),
            self.state.to_string(),
            self.days.to_string(),
            flat.unit.to_string(),
            self.responsible.clone(),
        ]
    }
    fn table_cells(&self) -> Vec<String> {
        let standing = if self.state == "overdue" {
            deadline::Standing::Overdue { days: self.days }
        } else {
            deadline::Standing::Pending {
                days_left: self.days,
            }
        };
        vec![
            words::rule_ref(self.rule),
            // The id for the clerk who types it; what it is, its name beside it says.
            self.record_id.to_string(),
            self.name
                .clone()
                .unwrap_or_else(|| format!("{} {}", label(self.record_kind), self.record_id)),
            // The agency answers for an opinion, the chair for a session: one column says who.
            words::date(self.due),
            words::standing(&standing, self.unit),
            self.responsible.clone(),
        ]
    }
}

/// The overdue report's rows of one office's file.
fn overdue_rows(
    tx: &ops::Reading<'_>,
    cal: &Calendar,
    as_of: NaiveDate,
    within: Option<u32>,
    by_agency: bool,
    named: bool,
) -> Result<Vec<OverdueRow>> {
    let horizon = match within {
        Some(n) => cal.add_working_days(as_of, n)?,
        None => as_of - Duration::days(1),
    };
    let mut items = ops::report::open_items(tx, cal, as_of, horizon)?;
    if by_agency {
        items.sort_by(|x, y| {
            (
                x.agency.is_none(),
                &x.agency,
                x.due,
                x.rule.as_str(),
                x.record_id,
            )
                .cmp(&(
                    y.agency.is_none(),
                    &y.agency,
                    y.due,
                    y.rule.as_str(),
                    y.record_id,
                ))
        });
    }
    // A person reads each item by its name; a script (CSV, JSON) by its ids, unnamed.
    let mut names = if named {
        ops::report::named_open_items(tx, as_of, &items)?
            .iter()
            .map(|l| Some(words::late_item_name(l)))
            .collect()
    } else {
        vec![None; items.len()]
    }
    .into_iter();
    let rows: Vec<OverdueRow> = items
        .into_iter()
        .map(|item| {
            let (state, days) = match item.check.standing {
                deadline::Standing::Overdue { days } => ("overdue", days),
                deadline::Standing::Pending { days_left } => ("due-soon", days_left),
                deadline::Standing::OnTime { .. } | deadline::Standing::Late { .. } => ("done", 0),
            };
            OverdueRow {
                rule: item.rule.as_str(),
                record_kind: item.record_kind,
                record_id: item.record_id,
                session_id: item.session_id,
                agency: item.agency,
                due: item.due,
                state,
                days,
                unit: item.check.unit,
                responsible: item.responsible,
                name: names.next().flatten(),
            }
        })
        .collect();
    Ok(rows)
}

fn overdue(ctx: &Context, a: OverdueArgs) -> Result<i32> {
    let as_of = report_day(ctx, a.as_of)?;
    if let Some(mut offices) = city_offices(ctx, a.from_dir.as_deref(), a.all_offices)? {
        return city_overdue(ctx, &a, as_of, &mut offices);
    }
    let mut store = ctx.open()?;
    let tx = ops::read(&mut store)?;
    let cal = tx.calendar()?;
    let named = matches!(ctx.format, Format::Table | Format::Html | Format::Xlsx)
        || (ctx.format == Format::Csv && output::csv_in_words());
    let rows = overdue_rows(&tx, &cal, as_of, a.within, a.by.is_some(), named)?;
    let overdue_count = rows.iter().filter(|r| r.state == "overdue").count();
    drop(tx);
    // Nothing due, quietly: nothing printed; a file asked for is still written (an empty
    // report, not last night's).
    if rows.is_empty() && ctx.quiet && a.output.is_none() {
        return Ok(exit::OK);
    }
    super::note_provisional(ctx, rows.iter().map(|r| r.due));
    // The page and workbook say the day they describe (and the grouping), as the table's
    // last line does.
    output::set_sheet_context(|c| {
        c.period = Some(
            msg!(
                overdue_title,
                as_of = doithoai::words::date(as_of),
                by_agency = if a.by.is_some() { "yes" } else { "no" }
            )
            .to_string(),
        )
    });
    with_destination(ctx, a.output.as_deref(), |out| {
        output::list(ctx.format, out, ctx.csv, &rows)?;
        if ctx.format == Format::Table {
            output::say!(
                out,
                "{}",
                msg!(
                    overdue_summary,
                    overdue = overdue_count,
                    due_soon = rows.len() - overdue_count,
                    as_of = doithoai::words::date(as_of)
                )
                .to_string()
            )?;
        }
        Ok(())
    })?;
    Ok(if a.fail_on_overdue && overdue_count > 0 {
        exit::OVERDUE
    } else {
        exit::OK
    })
}

/// The day a report describes: `--as-of`, or today. A day after today is a forecast (nothing
/// more done by then), and is said so on stderr.
fn report_day(ctx: &Context, as_of: Option<NaiveDate>) -> Result<NaiveDate> {
    match as_of {
        Some(day) => {
            if day > ctx.today {
                eprintln!(
                    "{}",
                    msg!(
                        as_of_after_today,
                        day = doithoai::words::date(day),
                        today = doithoai::words::date(ctx.today)
                    )
                );
            }
            Ok(day)
        }
        None => Ok(ctx.today),
    }
}

fn resolve_period(a: &PeriodArgs) -> Result<Period> {
    period_of(super::PeriodChoice {
        from: a.from,
        to: a.to,
        month: a.month.as_deref(),
        quarter: a.quarter.as_deref(),
        half: a.half.as_deref(),
        year: a.year,
    })
}

/// The on-time rates of each quarter of the period's year begun by `as_of`, for the chart of
/// the year on the printed report.
fn quarter_rates(
    ctx: &Context,
    p: Period,
    as_of: NaiveDate,
) -> Result<Vec<output::html::QuarterRates>> {
    use chrono::Datelike;
    let mut store = ctx.open()?;
    let tx = ops::read(&mut store)?;
    let cal = tx.calendar()?;
    let year = p.from.year();
    let mut rates = Vec::new();
    for q in 1..=4 {
        let quarter = reports::quarter(&format!("{year}-Q{q}"))?;
        if quarter.from > as_of {
            break;
        }
        let r = ops::report::figures(&tx, &cal, quarter, as_of)?;
        rates.push(output::html::QuarterRates {
            label: words::quarter_label(year, q),
            r4: r.announcements.on_time_rate,
            r9: r.conclusion_notices.on_time_rate,
            r10: r.written_answers.on_time_rate,
        });
    }
    Ok(rates)
}

/// A report line for CSV: section, item, value.
#[derive(Debug, Serialize)]
struct MetricRow {
    section: String,
    item: String,
    metric: String,
    value: String,
}

/// A report line as CSV shows it.
#[derive(Debug, Serialize, Default)]
struct MetricFlat<'a> {
    section: &'a str,
    item: &'a str,
    metric: &'a str,
    value: &'a str,
}

impl Record for MetricRow {
    type Flat<'a> = MetricFlat<'a>;
    fn flat(&self) -> MetricFlat<'_> {
        MetricFlat {
            section: &self.section,
            item: &self.item,
            metric: &self.metric,
            value: &self.value,
        }
    }
    /// In words (a CSV for a Vietnamese supervisor): the section, the item and the figure named,
    /// codes among the values in words, dates dd/mm/yyyy, rates as percentages.
    fn sheet_values(&self) -> Vec<String> {
        use output::{cell_text, xlsx::cell_for};
        let item = match self.section.as_str() {
            "opinions_by_category"
            | "opinions_by_outcome"
            | "refusals"
            | "registrations"
            | "sessions" => label(&self.item),
            "opinions_by_field" if self.item.is_empty() => words::page_word("no_field"),
            "sessions_list" | "missed_in_period" | "agency_overdue" => self
                .item
                .split(' ')
                .map(|w| {
                    if w.starts_with('R') {
                        w.to_string()
                    } else {
                        label(w)
                    }
                })
                .collect::<Vec<_>>()
                .join(" "),
            _ => self.item.clone(),
        };
        let value = match self.metric.as_str() {
            // Days past a deadline with their unit: calendar days for R4, working days else.
            "days" if matches!(self.section.as_str(), "missed_in_period" | "agency_overdue") => {
                match (
                    self.item
                        .split(' ')
                        .next()
                        .and_then(deadline::Rule::from_code),
                    self.value.parse::<i64>(),
                ) {
                    (Some(rule), Ok(days)) => words::day_count(days, rule),
                    _ => self.value.clone(),
                }
            }
            "level" | "kind" => label(&self.value),
            _ if self.section == "sessions" && !self.item.is_empty() => self.value.clone(),
            "state" if self.section == "missed_in_period" => output::xlsx::late_state(&self.value),
            "state" => label(&self.value),
            metric if metric.ends_with("_rate") => cell_text(&cell_for(metric, &self.value, false)),
            _ => cell_text(&cell_for("value", &self.value, false)),
        };
        vec![
            words::report_section(&self.section),
            item,
            words::report_metric(&self.section, &self.metric),
            value,
        ]
    }
}

fn rate(r: Option<f64>) -> String {
    r.map(words::percent).unwrap_or_else(|| "—".into())
}

/// The period report as CSV rows, each handed to `emit` as it is made (a year of a large
/// office lists tens of thousands of items: they are not all held at once).
fn metric_rows(
    r: &PeriodReport,
    csv: output::CsvOptions,
    emit: &mut dyn FnMut(MetricRow) -> Result<()>,
) -> Result<()> {
    // The first failure to write is kept; the rows after it are not written.
    let mut written: Result<()> = Ok(());
    let mut push = |section: &str, item: &str, metric: &str, value: String| {
        if written.is_ok() {
            written = emit(MetricRow {
                section: section.into(),
                item: item.into(),
                metric: metric.into(),
                value,
            });
        }
    };
    push("office", "", "name", r.office.clone().unwrap_or_default());
    push("office", "", "level", r.level.clone().unwrap_or_default());
    push("period", "", "from", r.from.to_string());
    push("period", "", "to", r.to.to_string());
    push("period", "", "as_of", r.as_of.to_string());
    // The balance: a part names its line ("received.assigned").
    let mut parent = "";
    for line in r.balance.lines() {
        let metric = if line.part {
            format!("{parent}.{}", line.key)
        } else {
            parent = line.key;
            line.key.to_string()
        };
        push("balance", "", &metric, line.count.to_string());
    }
    push("sessions", "", "held", r.sessions_held.to_string());
    for (k, v) in &r.sessions_held_by_kind {
        push("sessions", k, "held", v.to_string());
    }
    for (k, v) in &r.sessions_held_by_form {
        push("sessions", k, "held", v.to_string());
    }
    push("sessions", "", "stopped", r.sessions_stopped.to_string());
    push(
        "sessions",
        "",
        "rescheduled",
        r.sessions_rescheduled.to_string(),
    );
    push(
        "sessions",
        "",
        "cancelled",
        r.sessions_cancelled.to_string(),
    );
    push(
        "sessions",
        "",
        "not_yet_held",
        r.sessions_not_yet_held.to_string(),
    );
    push("registrations", "", "total", r.registrations.to_string());
    for (k, v) in &r.registrations_by_status {
        push("registrations", k, "count", v.to_string());
    }
    for (k, v) in &r.refusals_by_reason {
        push("refusals", k, "count", v.to_string());
    }
    push("opinions", "", "total", r.opinions.to_string());
    // Art. 11: what was resolved within the period, next to what was received.
    push(
        "opinions",
        "",
        "handled",
        r.monthly.iter().map(|m| m.handled).sum::<u64>().to_string(),
    );
    for (k, v) in &r.opinions_by_category {
        push("opinions_by_category", k, "count", v.to_string());
    }
    for (k, v) in &r.opinions_by_outcome {
        push("opinions_by_outcome", k, "count", v.to_string());
    }
    for (name, t) in [
        ("announcements", &r.announcements),
        ("conclusion_notices", &r.conclusion_notices),
        ("written_answers", &r.written_answers),
    ] {
        push(name, "", "on_time", t.on_time.to_string());
        push(name, "", "late", t.late.to_string());
        push(name, "", "open_overdue", t.open_overdue.to_string());
        push(name, "", "open_not_due", t.open_not_due.to_string());
        push(
            name,
            "",
            "on_time_rate",
            t.on_time_rate
                .map(|x| csv.decimal(x, 4))
                .unwrap_or_default(),
        );
    }
    push(
        "written_answers",
        "",
        "timeline_notices_late",
        r.timeline_notices_late.to_string(),
    );
    for (k, v) in &r.opinions_by_field {
        push("opinions_by_field", k, "count", v.to_string());
    }
    for a in &r.agencies {
        for (metric, value) in [
            ("carried_over", a.carried_over),
            ("assigned", a.assigned),
            ("answered_on_time", a.answered_on_time),
            ("answered_late", a.answered_late),
            ("forwarded_on_time", a.forwarded_on_time),
            ("forwarded_late", a.forwarded_late),
            ("routed_out", a.routed_out),
            ("open", a.open),
            ("open_not_due", a.open_not_due),
            ("overdue", a.overdue),
            ("extended", a.extended),
            ("r10_missed", a.r10_missed),
        ] {
            push("agency", &a.agency, metric, value.to_string());
        }
        push(
            "agency",
            &a.agency,
            "on_time_rate",
            a.on_time_rate
                .map(|x| csv.decimal(x, 4))
                .unwrap_or_default(),
        );
        push(
            "agency",
            &a.agency,
            "median_working_days",
            a.median_working_days
                .map(|m| csv.decimal(m, 1))
                .unwrap_or_default(),
        );
    }
    for a in &r.agencies {
        a.overdue_items.for_each(|l| {
            let item = format!("{} {} {}", l.rule.as_str(), l.record_kind, l.record_id);
            push("agency_overdue", &item, "agency", a.agency.clone());
            push("agency_overdue", &item, "due", l.due.to_string());
            push("agency_overdue", &item, "days", l.days.to_string());
            Ok(())
        })?;
    }
    r.sessions.for_each(|s| {
        let item = format!("session {}", s.id);
        push(
            "sessions_list",
            &item,
            "date",
            s.held_on.unwrap_or(s.date).to_string(),
        );
        push("sessions_list", &item, "kind", s.kind.clone());
        push("sessions_list", &item, "chair", s.chair_name.clone());
        push("sessions_list", &item, "state", s.state.to_string());
        Ok(())
    })?;
    r.late_items.for_each(|l| {
        let item = format!("{} {} {}", l.rule.as_str(), l.record_kind, l.record_id);
        push("missed_in_period", &item, "due", l.due.to_string());
        push("missed_in_period", &item, "state", l.state.to_string());
        push("missed_in_period", &item, "days", l.days.to_string());
        push(
            "missed_in_period",
            &item,
            "agency",
            l.agency.clone().unwrap_or_default(),
        );
        Ok(())
    })?;
    written
}

fn print_period_table(out: &mut dyn Write, r: &PeriodReport) -> Result<()> {
    output::say!(
        out,
        "{}",
        msg!(
            period_title,
            from = doithoai::words::date(r.from),
            to = doithoai::words::date(r.to),
            as_of = doithoai::words::date(r.as_of)
        )
        .to_string()
    )?;
    output::say!(
        out,
        "{}",
        msg!(
            received_and_handled,
            received = r.balance.received.total,
            handled = r.balance.handled.total
        )
        .to_string()
    )?;
    // The flow first: what there was to handle, what was handled, what is open.
    let mut t = output::table(vec![msg!(balance_title).to_string(), label("count")]);
    for line in r.balance.lines() {
        let name = words::balance_line(line.key);
        t.add_row(vec![
            if line.part {
                format!("  {} {name}", msg!(of_which))
            } else {
                name
            },
            line.count.to_string(),
        ]);
    }
    output::say!(out, "{t}")?;
    // Each table lists its exclusive counts first, then the counts within them ("of which…"),
    // so a column never seems to add up to more than there were.
    let counts = |title: &str, rows: Vec<(String, u64)>| -> output::Grid {
        let mut t = output::table(vec![title.to_string(), label("count")]);
        for (k, v) in rows {
            t.add_row(vec![k, v.to_string()]);
        }
        t
    };
    let within = |k: &str| format!("{} {}", msg!(of_which), label(k));
    // The held ones by kind and form right under them.
    let mut sessions: Vec<(String, u64)> = vec![(label("held"), r.sessions_held)];
    sessions.extend(
        r.sessions_held_by_kind
            .iter()
            .chain(&r.sessions_held_by_form)
            .map(|(k, v)| (within(k), *v)),
    );
    sessions.extend([
        (label("stopped"), r.sessions_stopped),
        (label("cancelled"), r.sessions_cancelled),
        (label("planned"), r.sessions_not_yet_held),
        (label("rescheduled"), r.sessions_rescheduled),
    ]);
    output::say!(out, "{}", counts(&label("session"), sessions))?;
    // The reasons of the refusals right under the refused ones, not under the last status.
    let mut regs: Vec<(String, u64)> = Vec::new();
    for (k, v) in &r.registrations_by_status {
        regs.push((label(k), *v));
        if k == "refused" {
            regs.extend(r.refusals_by_reason.iter().map(|(k, v)| (within(k), *v)));
        }
    }
    output::say!(out, "{}", counts(&label("speakers"), regs))?;
    output::say!(
        out,
        "{}",
        counts(
            &label("category"),
            r.opinions_by_category
                .iter()
                .map(|(k, v)| (label(k), *v))
                .collect()
        )
    )?;
    // The outcomes are exclusive; "assigned" and "extended" count within them.
    let also = ["assigned", "extended"];
    let count_of = |k: &str| r.opinions_by_outcome.get(k).copied().unwrap_or(0);
    let mut outcomes: Vec<(String, u64)> = ops::report::OUTCOMES
        .iter()
        .filter(|k| !also.contains(k))
        .map(|k| (label(k), count_of(k)))
        .collect();
    // "Assigned" and "extended" are parts of all the opinions, not of the last outcome: under
    // the total of them.
    let total: u64 = outcomes.iter().map(|(_, n)| n).sum();
    outcomes.push((words::column("total"), total));
    outcomes.extend(also.iter().map(|k| (within(k), count_of(k))));
    output::say!(out, "{}", counts(&label("outcome"), outcomes))?;
    let mut t = output::table(vec![
        label("deadlines"),
        words::tally_header("on_time"),
        words::tally_header("late"),
        words::tally_header("open_overdue"),
        words::tally_header("open_not_due"),
        words::tally_header("rate"),
    ]);
    for (name, tally) in [
        ("R4", &r.announcements),
        ("R9", &r.conclusion_notices),
        ("R10/R12", &r.written_answers),
    ] {
        t.add_row(vec![
            if name == "R10/R12" {
                words::rule_ref("R10").replace("R10", "R10/R12")
            } else {
                words::rule_ref(name)
            },
            tally.on_time.to_string(),
            tally.late.to_string(),
            tally.open_overdue.to_string(),
            tally.open_not_due.to_string(),
            rate(tally.on_time_rate),
        ]);
    }
    output::say!(out, "{t}")?;
    // R10 missed before an extension or a reassignment: a column only when it happened.
    let missed = r.agencies.iter().any(|a| a.r10_missed > 0);
    // Each row adds up: carried over + assigned = answered + forwarded + routed out + open.
    let mut headers = vec![
        label("agency"),
        words::tally_header("carried_over"),
        label("assigned"),
        words::tally_header("answered_on_time"),
        words::tally_header("answered_late"),
        words::tally_header("forwarded_on_time"),
        words::tally_header("forwarded_late"),
        words::tally_header("routed_out"),
        words::tally_header("open_not_due"),
        words::tally_header("extended"),
        words::tally_header("open_overdue"),
    ];
    if missed {
        headers.push(words::tally_header("r10_missed"));
    }
    headers.extend([words::tally_header("rate"), words::tally_header("median")]);
    let mut t = output::table(headers);
    for a in &r.agencies {
        let mut row = vec![
            a.agency.clone(),
            a.carried_over.to_string(),
            a.assigned.to_string(),
            a.answered_on_time.to_string(),
            a.answered_late.to_string(),
            a.forwarded_on_time.to_string(),
            a.forwarded_late.to_string(),
            a.routed_out.to_string(),
            a.open_not_due.to_string(),
            a.extended.to_string(),
            a.overdue.to_string(),
        ];
        if missed {
            row.push(a.r10_missed.to_string());
        }
        row.extend([
            rate(a.on_time_rate),
            a.median_working_days
                .map(|m| words::decimal(m, 1))
                .unwrap_or_else(|| "—".into()),
        ]);
        t.add_row(row);
    }
    output::say!(out, "{t}")?;
    // Each agency's overdue opinions at the end of the period, named: what to chase it for.
    if r.agencies.iter().any(|a| !a.overdue_items.is_empty()) {
        let mut t = output::table(vec![
            label("agency"),
            label("record"),
            label("id"),
            label("due"),
            label("late"),
        ]);
        for a in &r.agencies {
            a.overdue_items.for_each(|l| {
                t.add_row(vec![
                    a.agency.clone(),
                    words::late_item_name(l),
                    l.record_id.to_string(),
                    words::date(l.due),
                    words::standing(
                        &deadline::Standing::Overdue { days: l.days },
                        deadline::Unit::WorkingDays,
                    ),
                ]);
                Ok(())
            })?;
        }
        output::say!(out, "{}", msg!(agency_overdue_title).to_string())?;
        output::say!(out, "{t}")?;
    }
    if r.timeline_notices_late > 0 {
        output::say!(
            out,
            "{}",
            msg!(timeline_notices_late, n = r.timeline_notices_late).to_string()
        )?;
    }
    let fields: BTreeMap<String, u64> = r
        .opinions_by_field
        .iter()
        .map(|(k, v)| {
            (
                if k.is_empty() {
                    label("no-field")
                } else {
                    k.clone()
                },
                *v,
            )
        })
        .collect();
    output::say!(out, "{}", counts_plain(&label("field"), &fields))?;
    let mut t = output::table(vec![
        label("session"),
        label("date"),
        label("kind"),
        label("chair"),
        label("status"),
    ]);
    r.sessions.for_each(|s| {
        t.add_row(vec![
            s.id.to_string(),
            words::date(s.held_on.unwrap_or(s.date)),
            label(&s.kind),
            s.chair_name.clone(),
            label(s.state),
        ]);
        Ok(())
    })?;
    output::say!(out, "{t}")?;
    if !r.late_items.is_empty() {
        let mut t = output::table(vec![
            label("rule"),
            label("record"),
            label("id"),
            label("agency"),
            label("due"),
            label("late"),
        ]);
        r.late_items.for_each(|l| {
            let unit = if l.rule == deadline::Rule::R4 {
                deadline::Unit::CalendarDays
            } else {
                deadline::Unit::WorkingDays
            };
            let standing = match l.done_on {
                Some(done_on) => deadline::Standing::Late {
                    done_on,
                    days: l.days,
                },
                None => deadline::Standing::Overdue { days: l.days },
            };
            t.add_row(vec![
                words::rule_ref(l.rule.as_str()),
                words::late_item_name(l),
                l.record_id.to_string(),
                l.agency.clone().unwrap_or_default(),
                words::date(l.due),
                words::standing(&standing, unit),
            ]);
            Ok(())
        })?;
        output::say!(out, "{t}")?;
    }
    Ok(())
}

/// A two-column count table whose keys are shown as they are (free text such as fields).
fn counts_plain(title: &str, map: &BTreeMap<String, u64>) -> output::Grid {
    let mut t = output::table(vec![title.to_string(), label("count")]);
    for (k, v) in map {
        t.add_row(vec![k.clone(), v.to_string()]);
    }
    t
}

fn period(ctx: &Context, a: PeriodArgs) -> Result<i32> {
    let p = resolve_period(&a)?;
    let as_of = report_day(ctx, a.as_of)?;
    if let Some(mut offices) = city_offices(ctx, a.from_dir.as_deref(), a.all_offices)? {
        return city_period(ctx, &a, p, as_of, &mut offices);
    }
    // Every deadline the report lists fell in the period: its years are the period's.
    {
        use chrono::Datelike;
        super::note_provisional(
            ctx,
            (p.from.year()..=p.to.year()).filter_map(|y| NaiveDate::from_ymd_opt(y, 1, 1)),
        );
    }
    let quarters = if ctx.format == Format::Html {
        quarter_rates(ctx, p, as_of)?
    } else {
        Vec::new()
    };
    // The report's lists are read as they are written: the transaction stays open until then.
    let mut store = ctx.open()?;
    let tx = ops::read(&mut store)?;
    let cal = tx.calendar()?;
    let report = ops::report::period(&tx, &cal, p, as_of)?;
    with_destination(ctx, a.output.as_deref(), |out| match ctx.format {
        // A list that could not be read is said as the error it is, not as a failed write.
        Format::Json => {
            output::json(out, &report).map_err(|e| ops::report::take_stream_error().unwrap_or(e))
        }
        Format::Csv => {
            let mut w = output::RowWriter::<MetricRow>::new(Format::Csv, out, ctx.csv)?;
            metric_rows(&report, ctx.csv, &mut |row| w.write(&row))?;
            w.finish().map(|_| ())
        }
        Format::Xlsx => output::xlsx::period_workbook(&report, output::sheet_context().keys)
            .and_then(|bytes| output::bytes(out, &bytes)),
        Format::Html => output::html::period_page(&report, &quarters)
            .and_then(|page| output::bytes(out, page.as_bytes())),
        Format::Table | Format::Ics | Format::Docx | Format::Md => print_period_table(out, &report),
    })?;
    Ok(exit::OK)
}

/// A line of the R3 plan report.
#[derive(Debug, Serialize)]
struct PlanRow {
    year: i32,
    chair_role: &'static str,
    periodic_planned: i64,
    periodic_held: i64,
    verdict: reports::PlanVerdict,
}

/// A line of the R3 plan report as CSV shows it.
#[derive(Debug, Serialize, Default)]
struct PlanFlat<'a> {
    year: i32,
    chair_role: &'a str,
    periodic_planned: i64,
    periodic_held: i64,
    verdict: Option<reports::PlanVerdict>,
}

impl Record for PlanRow {
    type Flat<'a> = PlanFlat<'a>;
    fn flat(&self) -> PlanFlat<'_> {
        PlanFlat {
            year: self.year,
            chair_role: self.chair_role,
            periodic_planned: self.periodic_planned,
            periodic_held: self.periodic_held,
            verdict: Some(self.verdict),
        }
    }
    fn table_headers() -> Vec<String> {
        [
            "year",
            "chair role",
            "periodic planned",
            "periodic held",
            "verdict",
        ]
        .iter()
        .map(label)
        .collect()
    }
    fn table_cells(&self) -> Vec<String> {
        vec![
            self.year.to_string(),
            label(self.chair_role),
            self.periodic_planned.to_string(),
            self.periodic_held.to_string(),
            words::plan_verdict(self.verdict),
        ]
    }
}

/// The R3 plan report's rows of one office's file, and its sessions at an abolished level.
fn plan_rows(reading: &ops::Reading<'_>, year: i32) -> Result<(Vec<PlanRow>, Vec<i64>)> {
    let (lines, abolished) = ops::report::plan(reading, year)?;
    let rows = lines
        .into_iter()
        .map(|l| PlanRow {
            year: l.year,
            chair_role: l.chair_role,
            periodic_planned: l.periodic_planned,
            periodic_held: l.periodic_held,
            verdict: l.verdict,
        })
        .collect();
    Ok((rows, abolished))
}

fn plan(ctx: &Context, a: PlanArgs) -> Result<i32> {
    reports::year(a.year)?;
    if let Some(mut offices) = city_offices(ctx, a.from_dir.as_deref(), a.all_offices)? {
        return city_plan(ctx, &a, &mut offices);
    }
    let mut store = ctx.open()?;
    let tx = ops::read(&mut store)?;
    let (rows, abolished) = plan_rows(&tx, a.year)?;
    with_destination(ctx, a.output.as_deref(), |out| {
        output::list(ctx.format, out, ctx.csv, &rows)?;
        Ok(())
    })?;
    if !abolished.is_empty() {
        eprintln!("{}", words::abolished_level_sessions(&abolished));
    }
    Ok(exit::OK)
}

/// `export KIND`: every row streamed straight from SQLite to the output.
pub fn export(ctx: &Context, a: ExportArgs) -> Result<i32> {
    let format = ctx.format;
    let mut store = ctx.open()?;
    ctx.disclosing(&mut store, |store| {
        let tx = ops::read(store)?;
        let mask = ctx.protected_mask();
        let period = export_period(&a)?;
        if let Some(p) = period {
            // A workbook or page of the export names its period under its title.
            output::set_sheet_context(|c| c.period = Some(words::period_range(p.from, p.to)));
        }
        let dates = period.map(|p| (p.from, p.to));
        with_destination(ctx, a.output.as_deref(), |out| {
            match a.kind {
                ExportKind::Sessions if format == Format::Ics => {
                    let filter = SessionFilter {
                        dates,
                        ..Default::default()
                    };
                    let mut sessions = Vec::new();
                    ops::session::for_each(&tx, &filter, |s| {
                        sessions.push(s);
                        Ok(())
                    })?;
                    let (office, revisions) = ops::session::calendar_context(&tx)?;
                    let text = output::ics::calendar(&office, &sessions, &revisions, ctx.now_utc);
                    output::bytes(out, text.as_bytes())?;
                }
                ExportKind::Sessions => {
                    let mut w = RowWriter::<SessionLine>::new(format, out, ctx.csv)?;
                    let filter = SessionFilter {
                        dates,
                        ..Default::default()
                    };
                    let mut dues = Vec::new();
                    ops::session::for_each(&tx, &filter, |session| {
                        dues.extend(session.announce_due);
                        dues.extend(session.conclusion_due);
                        w.write(&SessionLine { session })
                    })?;
                    super::note_provisional(ctx, dues);
                    w.finish()?;
                }
                ExportKind::Registrations => {
                    let mut w = RowWriter::<SpeakerLine>::new(format, out, ctx.csv)?;
                    let scope = match (dates, a.session) {
                        (Some(dates), None) => ops::speaker::Scope::Dated(dates),
                        _ => ops::speaker::Scope::Session(a.session),
                    };
                    ops::speaker::for_each(&tx, scope, ctx.privacy(&mask), |registration| {
                        w.write(&SpeakerLine { registration })
                    })?;
                    w.finish()?;
                }
                ExportKind::Opinions => {
                    let (session_dates, due) = match a.by {
                        DateBy::Session => (dates, None),
                        DateBy::Due => (None, dates),
                    };
                    let filter = OpinionFilter {
                        session: a.session,
                        status: a.status,
                        session_dates,
                        due_after: due.map(|d| d.0),
                        due_before: due.map(|d| d.1),
                        ..Default::default()
                    };
                    super::opinion::stream_opinions(ctx, &tx, &filter, out)?;
                }
                ExportKind::Conclusions => {
                    let mut w = RowWriter::<ConclusionRow>::new(format, out, ctx.csv)?;
                    ops::conclusion::for_each_row(&tx, a.session, |row| w.write(&row))?;
                    w.finish()?;
                }
                ExportKind::History => {
                    let mut w = RowWriter::<EventRow>::new(format, out, ctx.csv)?;
                    ops::history::for_each(
                        &tx,
                        &HistoryFilter {
                            session: a.session,
                            ..Default::default()
                        },
                        ctx.privacy(&mask),
                        |event| w.write(&EventRow { event }),
                    )?;
                    w.finish()?;
                }
            }
            Ok(())
        })?;
        Ok(exit::OK)
    })
}

/// The files of a city report, when the command names several (`--db` more than once, or
/// `--from-dir`); `None` for one office's own report.
fn city_offices(
    ctx: &Context,
    dir: Option<&std::path::Path>,
    all_offices: bool,
) -> Result<Option<ops::city::Offices>> {
    if all_offices {
        // Live, on the server: the city's role reads every office (refused otherwise).
        if !ctx.on_server() {
            return Err(Error::Invalid(msg!(
                all_offices_needs_server,
                db = doithoai::words::shown(&ctx.db_path)
            )));
        }
        let url = ctx.db_url.as_deref().unwrap_or_default();
        return Ok(Some(ops::city::Offices::server(
            ctx.open()?,
            url,
            ctx.open_options,
        )?));
    }
    Ok(
        city_files(ctx, dir)?.map(|files| ops::city::Offices::Files {
            files,
            busy: ctx.open_options.busy_timeout,
        }),
    )
}

fn city_files(ctx: &Context, dir: Option<&std::path::Path>) -> Result<Option<Vec<PathBuf>>> {
    if dir.is_none() && ctx.dbs.len() < 2 {
        return Ok(None);
    }
    // Several --db name wards' files: a server's offices are read live with --all-offices, and
    // a mistyped address is refused as anywhere else (never read as a file). With --from-dir
    // the folder is the city, and --db is not read.
    for db in ctx.dbs.iter().filter(|_| dir.is_none()) {
        if ops::server_target(&db.to_string_lossy())?.is_some() {
            return Err(Error::Invalid(msg!(
                city_files_not_a_server,
                db = ops::redacted(&db.to_string_lossy())
            )));
        }
    }
    // With --from-dir the folder is the city; a DOITHOAI_DB in the environment is not added.
    let files = ops::city::files(&ctx.dbs, dir)?;
    if files.is_empty() {
        return Err(Error::Invalid(words::no_office_files(dir)));
    }
    Ok(Some(files))
}

/// A city's report is never written onto one of the wards' files (or their companions).
fn not_onto_a_ward(output: Option<&std::path::Path>, files: &[PathBuf]) -> Result<()> {
    if let Some(target) = output.filter(|p| p.as_os_str() != "-") {
        for file in files {
            doithoai::files::check_target(target, file)?;
        }
    }
    Ok(())
}

/// Say which files were left out and why; the exit code says so (4) while the other offices
/// are still reported. A copy of an office already counted is said but leaves no office out.
fn skipped_exit(skipped: &[ops::city::Skipped], code: i32) -> i32 {
    for s in skipped {
        eprintln!(
            "{}",
            msg!(
                office_skipped,
                file = doithoai::words::shown(&s.file),
                reason = &words::error(&s.error)
            )
        );
    }
    if skipped.iter().all(|s| s.duplicate) {
        code
    } else {
        exit::DATABASE
    }
}

/// One office's line of the city's period report (and the city's totals).
#[derive(Debug, Serialize)]
struct CityRow {
    office: String,
    file: String,
    sessions_held: u64,
    sessions_stopped: u64,
    sessions_cancelled: u64,
    sessions_not_yet_held: u64,
    registrations: u64,
    opinions: u64,
    r4_on_time: u64,
    r4_late: u64,
    r4_open_overdue: u64,
    r4_on_time_rate: Option<f64>,
    r9_on_time: u64,
    r9_late: u64,
    r9_open_overdue: u64,
    r9_on_time_rate: Option<f64>,
    r10_on_time: u64,
    r10_late: u64,
    r10_open_overdue: u64,
    r10_on_time_rate: Option<f64>,
    late_items: u64,
    #[serde(skip)]
    decimal_comma: bool,
}

impl CityRow {
    fn of(f: &ops::city::OfficeFigures, csv: output::CsvOptions) -> CityRow {
        CityRow {
            office: f.office.clone(),
            file: f.file.clone(),
            sessions_held: f.sessions_held,
            sessions_stopped: f.sessions_stopped,
            sessions_cancelled: f.sessions_cancelled,
            sessions_not_yet_held: f.sessions_not_yet_held,
            registrations: f.registrations,
            opinions: f.opinions,
            r4_on_time: f.announcements.on_time,
            r4_late: f.announcements.late,
            r4_open_overdue: f.announcements.open_overdue,
            r4_on_time_rate: f.announcements.on_time_rate,
            r9_on_time: f.conclusion_notices.on_time,
            r9_late: f.conclusion_notices.late,
            r9_open_overdue: f.conclusion_notices.open_overdue,
            r9_on_time_rate: f.conclusion_notices.on_time_rate,
            r10_on_time: f.written_answers.on_time,
            r10_late: f.written_answers.late,
            r10_open_overdue: f.written_answers.open_overdue,
            r10_on_time_rate: f.written_answers.on_time_rate,
            late_items: f.late_items,
            decimal_comma: csv.decimal_comma,
        }
    }
}

/// An office's line of the city report as CSV shows it: rates to four places, in the decimal
/// separator asked for.
#[derive(Debug, Serialize, Default)]
struct CityFlat<'a> {
    office: &'a str,
    file: &'a str,
    sessions_held: u64,
    sessions_stopped: u64,
    sessions_cancelled: u64,
    sessions_not_yet_held: u64,
    registrations: u64,
    opinions: u64,
    r4_on_time: u64,
    r4_late: u64,
    r4_open_overdue: u64,
    r4_on_time_rate: Option<String>,
    r9_on_time: u64,
    r9_late: u64,
    r9_open_overdue: u64,
    r9_on_time_rate: Option<String>,
    r10_on_time: u64,
    r10_late: u64,
    r10_open_overdue: u64,
    r10_on_time_rate: Option<String>,
    late_items: u64,
}

impl Record for CityRow {
    type Flat<'a> = CityFlat<'a>;
    fn flat(&self) -> CityFlat<'_> {
        let csv = output::CsvOptions {
            decimal_comma: self.decimal_comma,
            ..Default::default()
        };
        let rate = |r: Option<f64>| r.map(|x| csv.decimal(x, 4));
        CityFlat {
            office: &self.office,
            file: &self.file,
            sessions_held: self.sessions_held,
            sessions_stopped: self.sessions_stopped,
            sessions_cancelled: self.sessions_cancelled,
            sessions_not_yet_held: self.sessions_not_yet_held,
            registrations: self.registrations,
            opinions: self.opinions,
            r4_on_time: self.r4_on_time,
            r4_late: self.r4_late,
            r4_open_overdue: self.r4_open_overdue,
            r4_on_time_rate: rate(self.r4_on_time_rate),
            r9_on_time: self.r9_on_time,
            r9_late: self.r9_late,
            r9_open_overdue: self.r9_open_overdue,
            r9_on_time_rate: rate(self.r9_on_time_rate),
            r10_on_time: self.r10_on_time,
            r10_late: self.r10_late,
            r10_open_overdue: self.r10_open_overdue,
            r10_on_time_rate: rate(self.r10_on_time_rate),
            late_items: self.late_items,
        }
    }
    fn table_headers() -> Vec<String> {
        vec![
            words::column("office"),
            words::column("sessions_held"),
            words::column("opinions"),
            words::column("r4_on_time_rate"),
            words::column("r9_on_time_rate"),
            words::column("r10_on_time_rate"),
            words::column("late_items"),
        ]
    }
    fn table_cells(&self) -> Vec<String> {
        vec![
            self.office.clone(),
            self.sessions_held.to_string(),
            self.opinions.to_string(),
            rate(self.r4_on_time_rate),
            rate(self.r9_on_time_rate),
            rate(self.r10_on_time_rate),
            self.late_items.to_string(),
        ]
    }
}

fn city_period(
    ctx: &Context,
    a: &PeriodArgs,
    p: Period,
    as_of: NaiveDate,
    offices: &mut ops::city::Offices,
) -> Result<i32> {
    not_onto_a_ward(a.output.as_deref(), offices.files())?;
    let city = ops::city::period(offices, p, as_of);
    let mut rows: Vec<CityRow> = city
        .offices
        .iter()
        .map(|f| CityRow::of(f, ctx.csv))
        .collect();
    let mut totals = CityRow::of(&city.totals, ctx.csv);
    totals.office = words::column("all_offices");
    rows.push(totals);
    output::set_sheet_context(|c| {
        c.period = Some(
            msg!(
                period_title,
                from = doithoai::words::date(p.from),
                to = doithoai::words::date(p.to),
                as_of = doithoai::words::date(as_of)
            )
            .to_string(),
        );
        c.office = None;
        c.what = words::column("city_report");
    });
    with_destination(ctx, a.output.as_deref(), |out| match ctx.format {
        Format::Json => output::json(out, &city),
        Format::Table => {
            output::say!(
                out,
                "{}",
                msg!(
                    period_title,
                    from = doithoai::words::date(p.from),
                    to = doithoai::words::date(p.to),
                    as_of = doithoai::words::date(as_of)
                )
                .to_string()
            )?;
            output::list(Format::Table, out, ctx.csv, &rows).map(|_| ())
        }
        format => output::list(format, out, ctx.csv, &rows).map(|_| ()),
    })?;
    Ok(skipped_exit(&city.skipped, exit::OK))
}

/// A line of a city report (overdue, plan): the office, then the office's own line.
#[derive(Debug, Serialize)]
struct OfficeRow<R> {
    office: String,
    #[serde(flatten)]
    row: R,
}

/// A line of a city report as CSV shows it: the office, then the office's own line.
#[derive(Debug, Serialize, Default)]
pub struct OfficeLine<'a, F> {
    office: &'a str,
    #[serde(flatten)]
    row: F,
}

impl<R: Record> Record for OfficeRow<R> {
    type Flat<'a> = OfficeLine<'a, R::Flat<'a>>;
    fn flat(&self) -> OfficeLine<'_, R::Flat<'_>> {
        OfficeLine {
            office: &self.office,
            row: self.row.flat(),
        }
    }
    fn table_headers() -> Vec<String> {
        let mut h = vec![words::column("office")];
        h.extend(R::table_headers());
        h
    }
    fn table_cells(&self) -> Vec<String> {
        let mut c = vec![self.office.clone()];
        c.extend(self.row.table_cells());
        c
    }
    fn sheet_fields() -> Vec<String> {
        let mut f = vec!["office".to_string()];
        f.extend(R::sheet_fields());
        f
    }
    fn sheet_values(&self) -> Vec<String> {
        let mut v = vec![self.office.clone()];
        v.extend(self.row.sheet_values());
        v
    }
}

fn city_overdue(
    ctx: &Context,
    a: &OverdueArgs,
    as_of: NaiveDate,
    offices: &mut ops::city::Offices,
) -> Result<i32> {
    not_onto_a_ward(a.output.as_deref(), offices.files())?;
    let by_agency = a.by.is_some();
    let named = matches!(ctx.format, Format::Table | Format::Html | Format::Xlsx)
        || (ctx.format == Format::Csv && output::csv_in_words());
    let (read, skipped) =
        offices.each(|tx, cal, _| overdue_rows(tx, cal, as_of, a.within, by_agency, named));
    let rows: Vec<OfficeRow<OverdueRow>> = read
        .into_iter()
        .flat_map(|(office, _, rows)| {
            rows.into_iter().map(move |row| OfficeRow {
                office: office.clone(),
                row,
            })
        })
        .collect();
    let overdue_count = rows.iter().filter(|r| r.row.state == "overdue").count();
    output::set_sheet_context(|c| {
        c.period = Some(
            msg!(
                overdue_title,
                as_of = doithoai::words::date(as_of),
                by_agency = if by_agency { "yes" } else { "no" }
            )
            .to_string(),
        )
    });
    if !(rows.is_empty() && ctx.quiet && a.output.is_none()) {
        with_destination(ctx, a.output.as_deref(), |out| {
            output::list(ctx.format, out, ctx.csv, &rows)?;
            if ctx.format == Format::Table {
                output::say!(
                    out,
                    "{}",
                    msg!(
                        overdue_summary,
                        overdue = overdue_count,
                        due_soon = rows.len() - overdue_count,
                        as_of = doithoai::words::date(as_of)
                    )
                    .to_string()
                )?;
            }
            Ok(())
        })?;
    }
    let code = if a.fail_on_overdue && overdue_count > 0 {
        exit::OVERDUE
    } else {
        exit::OK
    };
    Ok(skipped_exit(&skipped, code))
}

fn city_plan(ctx: &Context, a: &PlanArgs, offices: &mut ops::city::Offices) -> Result<i32> {
    not_onto_a_ward(a.output.as_deref(), offices.files())?;
    let (read, skipped) = offices.each(|tx, _, _| plan_rows(tx, a.year).map(|(rows, _)| rows));
    let rows: Vec<OfficeRow<PlanRow>> = read
        .into_iter()
        .flat_map(|(office, _, rows)| {
            rows.into_iter().map(move |row| OfficeRow {
                office: office.clone(),
                row,
            })
        })
        .collect();
    with_destination(ctx, a.output.as_deref(), |out| {
        output::list(ctx.format, out, ctx.csv, &rows)?;
        Ok(())
    })?;
    Ok(skipped_exit(&skipped, exit::OK))
}
