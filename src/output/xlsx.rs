//! Excel workbooks (`--format xlsx`), written with `rust_xlsxwriter`: real numbers, real dates
//! shown dd/mm/yyyy, percentages as numbers with a % format, a title row naming the office and
//! what the sheet holds, a frozen header row with an autofilter, and column widths that fit
//! Vietnamese text. A supervisor opens it in Excel or LibreOffice and sorts, filters and sums
//! without retyping (issue: what the supervisor opens).

use chrono::NaiveDate;
use rust_xlsxwriter::{Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError};
use std::io;

/// One typed cell.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Text(String),
    Number(f64),
    /// A share from 0 to 1, shown as a percentage.
    Percent(f64),
    Date(NaiveDate),
    /// Local (Vietnam) date and time.
    DateTime(chrono::NaiveDateTime),
    Empty,
}

impl From<String> for Cell {
    fn from(text: String) -> Cell {
        Cell::Text(text)
    }
}

impl From<&str> for Cell {
    fn from(text: &str) -> Cell {
        Cell::Text(text.to_string())
    }
}

impl From<u64> for Cell {
    fn from(n: u64) -> Cell {
        Cell::Number(n as f64)
    }
}

impl From<i64> for Cell {
    fn from(n: i64) -> Cell {
        Cell::Number(n as f64)
    }
}

impl From<NaiveDate> for Cell {
    fn from(d: NaiveDate) -> Cell {
        Cell::Date(d)
    }
}

impl<T: Into<Cell>> From<Option<T>> for Cell {
    fn from(value: Option<T>) -> Cell {
        value.map_or(Cell::Empty, Into::into)
    }
}

/// An xlsx error as an I/O error of the output it was written for.
pub fn xlsx_io(e: XlsxError) -> io::Error {
    io::Error::other(e.to_string())
}

/// The widest a column grows (characters); longer text wraps inside it.
const MAX_WIDTH: usize = 60;

/// How many character widths a landscape A4 page holds between its margins at two thirds of
/// full size, where Times New Roman 12 pt prints at 8 pt (about 141 at full size: 261 mm of
/// 1.85 mm characters): a sheet up to this wide is shrunk to one page across; a wider one is
/// printed at 80 % across pages.
const ONE_PAGE_ACROSS: usize = 210;

/// The unit of a count of days past a deadline: calendar days for R4 (Art. 7.2), working days
/// for the others.
fn day_unit(rule: crate::rules::deadline::Rule, keys: bool) -> String {
    let unit = if rule == crate::rules::deadline::Rule::R4 {
        "calendar-days"
    } else {
        "working-days"
    };
    if keys {
        unit.to_string()
    } else {
        crate::words::value_word("unit", unit).unwrap_or_else(|| unit.to_string())
    }
}

/// A worksheet being filled row by row: a title, an optional subtitle, a header, the rows.
pub struct Sheet {
    sheet: Worksheet,
    row: u32,
    header_row: u32,
    columns: u16,
    widths: Vec<usize>,
    date: Format,
    datetime: Format,
    percent: Format,
    text: Format,
    number: Format,
    noted: bool,
    /// The header row's labels, to set its height once the widths are known.
    headers: Vec<String>,
}

impl Sheet {
    /// A sheet named `name` (Excel allows 31 characters and no `[]:*?/\`) with `title` in its
    /// first row, `subtitle` under it, and a bold, frozen header row.
    pub fn new(
        name: &str,
        title: &str,
        subtitle: &str,
        headers: &[String],
    ) -> Result<Sheet, XlsxError> {
        let mut sheet = Worksheet::new();
        sheet.set_name(sheet_name(name))?;
        // A4, landscape, as wide as one page: it prints as the office files it.
        // The page number centred at the foot of every printed page ("2 / 5").
        sheet
            .set_paper_size(9)
            .set_landscape()
            .set_footer("&C&P / &N");
        let font = |f: Format| f.set_font_name("Times New Roman").set_font_size(12);
        let columns = headers.len().max(1) as u16;
        let title_format = font(Format::new()).set_bold().set_font_size(14);
        sheet.write_string_with_format(0, 0, title, &title_format)?;
        if !subtitle.is_empty() {
            sheet.write_string_with_format(1, 0, subtitle, &font(Format::new()).set_italic())?;
        }
        let header_row = 3;
        let header = font(Format::new())
            .set_bold()
            .set_text_wrap()
            .set_align(FormatAlign::Center)
            .set_align(FormatAlign::VerticalCenter)
            .set_background_color("D9E2F3")
            .set_border(FormatBorder::Thin);
        for (col, heading) in headers.iter().enumerate() {
            sheet.write_string_with_format(header_row, col as u16, heading, &header)?;
        }
        sheet.set_freeze_panes(header_row + 1, 0)?;
        sheet.set_repeat_rows(header_row, header_row)?;
        let widths = headers
            .iter()
            .map(|h| {
                h.split_whitespace()
                    .map(|w| w.chars().count())
                    .max()
                    .unwrap_or(4)
                    + 2
            })
            .map(|w| w.clamp(6, 24))
            .collect();
        let mut made = Sheet {
            sheet,
            row: header_row + 1,
            header_row,
            columns,
            widths,
            // Every cell at the top of its row: a figure beside a wrapped label reads on the
            // label's first line, not at the foot of the row.
            date: font(Format::new())
                .set_num_format("dd/mm/yyyy")
                .set_align(FormatAlign::Top),
            datetime: font(Format::new())
                .set_num_format("dd/mm/yyyy hh:mm")
                .set_align(FormatAlign::Top),
            percent: font(Format::new())
                .set_num_format("0.0%")
                .set_align(FormatAlign::Top),
            text: font(Format::new())
                .set_text_wrap()
                .set_align(FormatAlign::Top),
            number: font(Format::new()).set_align(FormatAlign::Top),
            noted: false,
            headers: headers.to_vec(),
        };
        made.note_provisional()?;
        Ok(made)
    }

    /// Under the subtitle, once: the note that the sheet's deadlines are provisional (their
    /// year has no official schedule yet), when they are.
    pub fn note_provisional(&mut self) -> Result<(), XlsxError> {
        if let (Some(note), false) = (super::provisional_note(), self.noted) {
            let italic = Format::new()
                .set_font_name("Times New Roman")
                .set_font_size(11)
                .set_italic();
            self.sheet.write_string_with_format(2, 0, &note, &italic)?;
            self.noted = true;
        }
        Ok(())
    }

    /// Append one row (text longer than a cell holds is cut, with a visible mark).
    pub fn row(&mut self, cells: Vec<Cell>) -> Result<(), XlsxError> {
        let row = self.row;
        // The lines the tallest wrapped cell takes: a row is as tall as its text (spreadsheet
        // programs do not grow a row on opening, and the next row would cover the text).
        let mut lines = 1;
        for (i, cell) in cells.into_iter().enumerate() {
            let col = i as u16;
            let shown = match &cell {
                Cell::Text(t) => {
                    let t = fit_in_a_cell(super::printable(t));
                    self.sheet
                        .write_string_with_format(row, col, &t, &self.text)?;
                    // Wrapped at words, as the spreadsheet wraps it: a column is as wide as
                    // its longest text, or MAX_WIDTH when that is wider.
                    lines = lines.max(wrapped_lines(&t, MAX_WIDTH));
                    t.lines().map(|l| l.chars().count()).max().unwrap_or(0)
                }
                Cell::Number(n) => {
                    self.sheet
                        .write_number_with_format(row, col, *n, &self.number)?;
                    format!("{n}").len()
                }
                Cell::Percent(p) => {
                    self.sheet
                        .write_number_with_format(row, col, *p, &self.percent)?;
                    6
                }
                Cell::Date(d) => {
                    self.sheet
                        .write_datetime_with_format(row, col, d, &self.date)?;
                    10
                }
                Cell::DateTime(t) => {
                    self.sheet
                        .write_datetime_with_format(row, col, t, &self.datetime)?;
                    16
                }
                Cell::Empty => 0,
            };
            if let Some(w) = self.widths.get_mut(i) {
                *w = (*w).max(shown + 2).min(MAX_WIDTH);
            }
        }
        if lines > 1 {
            // 15 points a line; Excel's limit is 409 points.
            self.sheet
                .set_row_height(row, (15 * lines).min(409) as f64)?;
        }
        self.row += 1;
        Ok(())
    }

    /// How many data rows were written.
    pub fn rows(&self) -> usize {
        (self.row - self.header_row - 1) as usize
    }

    /// Set the widths and the autofilter; the sheet is ready for a workbook.
    pub fn finish(mut self) -> Result<Worksheet, XlsxError> {
        for (col, width) in self.widths.iter().enumerate() {
            self.sheet.set_column_width(col as u16, *width as f64)?;
        }
        // On paper: a sheet that fits across a landscape A4 page at two thirds or more is
        // printed one page wide; a wider one (an export of 20 columns) is not shrunk into
        // illegible type but printed at 80 %, page after page across, its first column (the id)
        // and its header row repeated on every page, the pages of one band of rows together.
        let across: usize = self.widths.iter().sum();
        if across <= ONE_PAGE_ACROSS {
            self.sheet.set_print_fit_to_pages(1, 0);
        } else {
            self.sheet.set_print_scale(80);
            self.sheet.set_page_order(false);
            self.sheet.set_repeat_columns(0, 0)?;
        }
        // The header row as tall as its longest label wraps to in its column: a label is never
        // cut ("(vấn đề phức…").
        let lines = self
            .headers
            .iter()
            .zip(&self.widths)
            .map(|(h, w)| wrapped_lines(h, *w))
            .max()
            .unwrap_or(1);
        if lines > 1 {
            self.sheet
                .set_row_height(self.header_row, (16 * lines).min(409) as f64)?;
        }
        let last = self.row.saturating_sub(1).max(self.header_row);
        self.sheet
            .autofilter(self.header_row, 0, last, self.columns - 1)?;
        Ok(self.sheet)
    }
}

/// How many lines `text` takes wrapped at word boundaries in a column `width` characters wide
/// (a character of margin each side).
fn wrapped_lines(text: &str, width: usize) -> usize {
    let room = width.saturating_sub(2).max(1);
    text.lines()
        .map(|line| {
            let mut lines = 1;
            let mut used = 0;
            for word in line.split_whitespace() {
                let len = word.chars().count();
                if used > 0 && used + 1 + len > room {
                    lines += 1;
                    used = 0;
                }
                used += if used > 0 { 1 + len } else { len };
                // A word longer than the column breaks inside it.
                while used > room {
                    lines += 1;
                    used -= room;
                }
            }
            lines
        })
        .sum::<usize>()
        .max(1)
}

/// A sheet name Excel accepts: at most 31 characters, none of `[]:*?/\`, not its reserved
/// "History".
fn sheet_name(name: &str) -> String {
    let name: String = name
        .chars()
        .map(|c| if "[]:*?/\\".contains(c) { '-' } else { c })
        .take(31)
        .collect();
    if name.eq_ignore_ascii_case("history") {
        format!("{name} log")
    } else {
        name
    }
}

/// The workbook's bytes.
pub fn workbook(sheets: Vec<Worksheet>, title: &str) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    book.set_properties(
        &rust_xlsxwriter::DocProperties::new()
            .set_title(title)
            .set_author("doithoai"),
    );
    for sheet in sheets {
        book.push_worksheet(sheet);
    }
    book.save_to_buffer()
}

/// The periodic report as one workbook, a sheet per section (Art. 10.3, 11): summary and
/// deadlines, sessions, opinions by field and outcome, agencies ranked by lateness, late and
/// overdue items. Sheet names and headings in the UI language, or stable keys with `keys`.
pub fn period_workbook(
    r: &crate::ops::report::PeriodReport,
    keys: bool,
) -> crate::error::Result<Vec<u8>> {
    // A workbook is made in memory: its lists are read into it.
    let late = r.late_items.to_vec()?;
    let mut overdue = Vec::new();
    for a in &r.agencies {
        overdue.push((a.agency.as_str(), a.overdue_items.to_vec()?));
    }
    let sessions = r.sessions.to_vec()?;
    period_sheets(r, keys, &late, &overdue, &sessions).map_err(|e| super::written(xlsx_io(e)))
}

fn period_sheets(
    r: &crate::ops::report::PeriodReport,
    keys: bool,
    late_items: &[crate::ops::report::LateItem],
    agency_overdue: &[(&str, Vec<crate::ops::report::LateItem>)],
    session_list: &[crate::ops::report::SessionEntry],
) -> Result<Vec<u8>, XlsxError> {
    use crate::words::{column, label, page_word};
    let word = |key: &str| {
        if keys {
            key.to_string()
        } else {
            page_word(key)
        }
    };
    let head = |key: &str| if keys { key.to_string() } else { column(key) };
    let code = |value: &str| {
        if keys {
            value.to_string()
        } else {
            label(value)
        }
    };
    let office = r.office.clone().unwrap_or_default();
    let title = |section: &str| {
        if office.is_empty() {
            word(section)
        } else {
            format!("{office} — {}", word(section))
        }
    };
    let subtitle = format!(
        "{}: {} – {} · {}: {}",
        page_word("period"),
        crate::words::date(r.from),
        crate::words::date(r.to),
        page_word("as_of"),
        crate::words::date(r.as_of)
    );
    let mut sheets = Vec::new();

    // Summary: the figures, then the deadlines kept.
    let mut summary = Sheet::new(
        &word("summary"),
        &title("summary"),
        &subtitle,
        &[head("item"), head("value")],
    )?;
    let handled = r.balance.handled.total;
    let figures: Vec<(&str, Cell)> = vec![
        (
            "office_level",
            Cell::Text(code(r.level.as_deref().unwrap_or(""))),
        ),
        ("sessions_held", r.sessions_held.into()),
        ("sessions_stopped", r.sessions_stopped.into()),
        ("sessions_cancelled", r.sessions_cancelled.into()),
        ("sessions_planned", r.sessions_not_yet_held.into()),
        ("registrations", r.registrations.into()),
        ("opinions_total", r.opinions.into()),
        ("opinions_handled", handled.into()),
    ];
    for (key, value) in figures {
        summary.row(vec![Cell::Text(word(key)), value])?;
    }
    // The balance (R13 flow): carried over + received = handled + open at the end.
    let mut parent = "";
    for line in r.balance.lines() {
        let name = if keys {
            if line.part {
                format!("balance.{parent}.{}", line.key)
            } else {
                parent = line.key;
                format!("balance.{}", line.key)
            }
        } else if line.part {
            format!(
                "    {} {}",
                msg!(of_which),
                crate::words::balance_line(line.key)
            )
        } else {
            crate::words::balance_line(line.key)
        };
        summary.row(vec![Cell::Text(name), line.count.into()])?;
    }
    for (name, t) in [
        ("announcements", &r.announcements),
        ("conclusion_notices", &r.conclusion_notices),
        ("written_answers", &r.written_answers),
    ] {
        for (metric, value) in [
            ("on_time", Cell::from(t.on_time)),
            ("late", t.late.into()),
            ("open_overdue", t.open_overdue.into()),
            ("open_not_due", t.open_not_due.into()),
            (
                "on_time_rate",
                t.on_time_rate.map_or(Cell::Empty, Cell::Percent),
            ),
        ] {
            summary.row(vec![
                Cell::Text(format!("{} — {}", word(name), head(metric))),
                value,
            ])?;
        }
    }
    sheets.push(summary.finish()?);

    // Sessions.
    let fields = [
        "id",
        "date",
        "kind",
        "form",
        "title",
        "chair_role",
        "chair_name",
        "state",
    ];
    let headers: Vec<String> = fields.iter().map(|f| head(f)).collect();
    let mut sessions = Sheet::new(&word("sessions"), &title("sessions"), &subtitle, &headers)?;
    for s in session_list {
        sessions.row(vec![
            s.id.into(),
            s.held_on.unwrap_or(s.date).into(),
            Cell::Text(code(&s.kind)),
            Cell::Text(code(&s.form)),
            Cell::Text(s.title.clone()),
            Cell::Text(code(&s.chair_role)),
            Cell::Text(s.chair_name.clone()),
            Cell::Text(code(s.state)),
        ])?;
    }
    sheets.push(sessions.finish()?);

    // Opinions by field and outcome (every outcome a column), then by category.
    // Each opinion has one outcome; "assigned" and "extended" are counted beside them.
    let outcomes: Vec<&str> = crate::ops::report::OUTCOMES
        .iter()
        .copied()
        .filter(|o| !matches!(*o, "assigned" | "extended"))
        .collect();
    let mut headers = vec![head("field")];
    headers.extend(outcomes.iter().map(|o| code(o)));
    headers.push(head("total"));
    let mut by_field = Sheet::new(
        &word("by_field"),
        &title("field_outcomes"),
        &subtitle,
        &headers,
    )?;
    for (field, counts) in &r.opinions_by_field_and_outcome {
        let name = if field.is_empty() {
            word("no_field")
        } else {
            field.clone()
        };
        let mut row = vec![Cell::Text(name)];
        row.extend(
            outcomes
                .iter()
                .map(|o| Cell::from(counts.get(*o).copied().unwrap_or(0))),
        );
        row.push(Cell::from(counts.values().sum::<u64>()));
        by_field.row(row)?;
    }
    sheets.push(by_field.finish()?);
    let mut by_outcome = Sheet::new(
        &word("by_outcome"),
        &title("by_outcome"),
        &subtitle,
        &[head("section"), head("item"), head("count")],
    )?;
    for (k, v) in &r.opinions_by_outcome {
        let section = if matches!(k.as_str(), "assigned" | "extended") {
            word("of_which")
        } else {
            word("by_outcome")
        };
        by_outcome.row(vec![Cell::Text(section), Cell::Text(code(k)), (*v).into()])?;
    }
    for (k, v) in &r.opinions_by_category {
        by_outcome.row(vec![
            Cell::Text(word("by_category")),
            Cell::Text(code(k)),
            (*v).into(),
        ])?;
    }
    for m in &r.monthly {
        by_outcome.row(vec![
            Cell::Text(format!("{} — {}", word("trend"), head("received"))),
            Cell::Text(month_label(&m.month, keys)),
            m.received.into(),
        ])?;
        by_outcome.row(vec![
            Cell::Text(format!("{} — {}", word("trend"), head("handled"))),
            Cell::Text(month_label(&m.month, keys)),
            m.handled.into(),
        ])?;
    }
    sheets.push(by_outcome.finish()?);

    // Agencies, the latest first.
    let fields = [
        "agency",
        "assigned",
        "answered_on_time",
        "answered_late",
        "forwarded_on_time",
        "forwarded_late",
        "extended",
        "open",
        "overdue",
        "on_time_rate",
        "median_working_days",
        // Added after the first columns, so a sheet read by position keeps its columns.
        "r10_missed",
        "carried_over",
        "routed_out",
        "open_not_due",
    ];
    let headers: Vec<String> = fields.iter().map(|f| head(f)).collect();
    let mut agencies = Sheet::new(
        &word("agencies_list"),
        &title("agencies"),
        &subtitle,
        &headers,
    )?;
    for a in &r.agencies {
        agencies.row(vec![
            Cell::Text(a.agency.clone()),
            a.assigned.into(),
            a.answered_on_time.into(),
            a.answered_late.into(),
            a.forwarded_on_time.into(),
            a.forwarded_late.into(),
            a.extended.into(),
            a.open.into(),
            a.overdue.into(),
            a.on_time_rate.map_or(Cell::Empty, Cell::Percent),
            a.median_working_days.map_or(Cell::Empty, Cell::Number),
            a.r10_missed.into(),
            a.carried_over.into(),
            a.routed_out.into(),
            a.open_not_due.into(),
        ])?;
    }
    sheets.push(agencies.finish()?);

    // Late and overdue items.
    let fields = [
        "rule",
        "record",
        "record_kind",
        "record_id",
        "session_id",
        "agency",
        "due",
        "state",
        "done_on",
        "days",
        "unit",
    ];
    let headers: Vec<String> = fields.iter().map(|f| head(f)).collect();
    let mut late = Sheet::new(
        &word("late_items"),
        &title("late_items"),
        &subtitle,
        &headers,
    )?;
    for l in late_items {
        late.row(vec![
            Cell::Text(if keys {
                l.rule.as_str().to_string()
            } else {
                crate::words::rule_ref(l.rule.as_str())
            }),
            // What a person reads it by; the id beside it for a clerk who types it.
            Cell::Text(crate::words::late_item_name(l)),
            Cell::Text(code(l.record_kind)),
            l.record_id.into(),
            l.session_id.into(),
            Cell::Text(l.agency.clone().unwrap_or_default()),
            l.due.into(),
            Cell::Text(if keys {
                l.state.to_string()
            } else {
                late_state(l.state)
            }),
            l.done_on.into(),
            l.days.into(),
            Cell::Text(day_unit(l.rule, keys)),
        ])?;
    }
    sheets.push(late.finish()?);

    // Each agency's overdue opinions at the end of the period, named.
    let fields = [
        "agency",
        "record",
        "rule",
        "record_id",
        "session_id",
        "due",
        "days",
        "unit",
    ];
    let headers: Vec<String> = fields.iter().map(|f| head(f)).collect();
    let mut overdue = Sheet::new(
        &word("agency_overdue"),
        &title("agency_overdue"),
        &subtitle,
        &headers,
    )?;
    for (agency, items) in agency_overdue {
        for l in items {
            overdue.row(vec![
                Cell::Text((*agency).to_string()),
                Cell::Text(crate::words::late_item_name(l)),
                Cell::Text(if keys {
                    l.rule.as_str().to_string()
                } else {
                    crate::words::rule_ref(l.rule.as_str())
                }),
                l.record_id.into(),
                l.session_id.into(),
                l.due.into(),
                l.days.into(),
                Cell::Text(day_unit(l.rule, keys)),
            ])?;
        }
    }
    sheets.push(overdue.finish()?);
    workbook(sheets, &title("report_title"))
}

/// "2026-10" as a reader writes it ("10/2026"), or the key as it is with `--keys`.
fn month_label(month: &str, keys: bool) -> String {
    match (keys, month.split_once('-')) {
        (false, Some((y, m))) => format!("{m}/{y}"),
        _ => month.to_string(),
    }
}

/// "late" (done after its due date) or "overdue" (still open) in words.
pub fn late_state(state: &str) -> String {
    crate::words::column(if state == "late" {
        "late"
    } else {
        "open_overdue"
    })
}

/// Fields whose values are stable vocabulary codes: shown as their words in the UI language.
pub const CODE_FIELDS: &[&str] = &[
    "kind",
    "form",
    "level",
    "chair_role",
    "delegation_reason",
    "status",
    "refusal_reason",
    "category",
    "priority",
    "out_of_scope_as",
    "record_kind",
    "unit",
    "verdict",
    "action",
    "layer",
    "announcement_reading",
    "invitee_kind",
    "due_rule",
    "honorific",
];

/// A CSV value of field `field` as the typed cell a spreadsheet wants: counts and ids as
/// numbers, ISO dates as dates, UTC timestamps in Vietnam time, codes as words (unless `keys`).
/// The most characters an Excel cell holds.
pub const CELL_CHARS: usize = 32_767;

/// Text as a cell can hold it: a petition longer than Excel's 32,767 characters is cut, and the
/// cut is said in the cell itself (the whole text is in the CSV and JSON exports).
fn fit_in_a_cell(text: String) -> String {
    if text.chars().count() <= CELL_CHARS {
        return text;
    }
    let mark = msg!(cut_in_cell).to_string();
    let keep = CELL_CHARS - mark.chars().count();
    let mut cut: String = text.chars().take(keep).collect();
    cut.push_str(&mark);
    cut
}

pub fn cell_for(field: &str, value: &str, keys: bool) -> Cell {
    if value.is_empty() {
        return Cell::Empty;
    }
    if field.ends_with("_rate") {
        if let Ok(x) = value.replace(',', ".").parse::<f64>() {
            return Cell::Percent(x);
        }
    }
    let counted = matches!(
        field,
        "sessions_held"
            | "sessions_stopped"
            | "sessions_cancelled"
            | "sessions_not_yet_held"
            | "registrations"
            | "opinions"
            | "late_items"
    ) || ["_on_time", "_late", "_open_overdue", "_open_not_due"]
        .iter()
        .any(|s| field.ends_with(s));
    if counted {
        if let Ok(n) = value.parse::<i64>() {
            return Cell::Number(n as f64);
        }
    }
    let numeric = matches!(
        field,
        "id" | "days"
            | "assigned"
            | "pending"
            | "speaking_order"
            | "version"
            | "year"
            | "periodic_planned"
            | "periodic_held"
            | "replaced_by"
            | "value"
    ) || field.ends_with("_id");
    if numeric {
        if let Ok(n) = value.parse::<i64>() {
            return Cell::Number(n as f64);
        }
        if field == "value" {
            if let Ok(x) = value.parse::<f64>() {
                return Cell::Number(x);
            }
        }
    }
    let dated = matches!(field, "date" | "due" | "due_date" | "extended_until")
        || field.ends_with("_on")
        || field.ends_with("_due")
        || field == "value";
    if dated {
        if let Ok(d) = NaiveDate::parse_from_str(value, "%Y-%m-%d") {
            return Cell::Date(d);
        }
    }
    if field == "at" {
        if let Ok(t) = chrono::DateTime::parse_from_rfc3339(value) {
            let vietnam = chrono::FixedOffset::east_opt(7 * 3600).unwrap_or(*t.offset());
            return Cell::DateTime(t.with_timezone(&vietnam).naive_local());
        }
    }
    if !keys && field == "command" {
        return Cell::Text(crate::words::command_words(value));
    }
    if !keys {
        if let Some(word) = crate::words::value_word(field, value) {
            return Cell::Text(word);
        }
        // A history event's record before or after, for a reader: its fields in words.
        if matches!(field, "before" | "after") {
            if let Some(words) = record_in_words(value, 80) {
                return Cell::Text(words);
            }
        }
    }
    if !keys && matches!(field, "deadline_state" | "state") {
        return Cell::Text(crate::words::deadline_state_word(value));
    }
    if !keys && CODE_FIELDS.contains(&field) {
        return Cell::Text(crate::words::label(value));
    }
    Cell::Text(value.to_string())
}

/// A value of a CSV in words: as the workbook's cell, but a history record's text whole (a
/// workbook cuts its long texts to 80 characters to stay readable; a CSV is data).
pub fn csv_cell(field: &str, value: &str) -> Cell {
    if matches!(field, "before" | "after") {
        if let Some(words) = record_in_words(value, usize::MAX) {
            return Cell::Text(words);
        }
    }
    cell_for(field, value, false)
}

/// A record kept as JSON in the history, as "Field: value; …" in the reader's language: dates
/// dd/mm/yyyy, codes in words, empty fields left out, texts cut at `longest` characters (JSON
/// and `--keys` keep the JSON itself).
fn record_in_words(json: &str, longest: usize) -> Option<String> {
    use serde_json::Value;
    let Ok(Value::Object(fields)) = serde_json::from_str::<Value>(json) else {
        return None;
    };
    let word = |key: &str, v: &Value| -> Option<String> {
        Some(match v {
            Value::Null => return None,
            Value::String(s) if s.is_empty() => return None,
            Value::String(s) => match NaiveDate::parse_from_str(s, "%Y-%m-%d") {
                Ok(d) => crate::words::date(d),
                // A moment (a registration's time): Vietnam time, as the history's own column.
                Err(_) if chrono::DateTime::parse_from_rfc3339(s).is_ok() => {
                    crate::words::timestamp(s)
                }
                Err(_) if CODE_FIELDS.contains(&key) => crate::words::label(s),
                Err(_) => super::clip(s, longest),
            },
            Value::Bool(b) => crate::words::label(if *b { "yes" } else { "no" }),
            // A record named in the change (an agency merged into another): its name.
            Value::Object(o) => o
                .get("name")
                .or_else(|| o.get("title"))
                .and_then(Value::as_str)
                .map_or_else(
                    || o.get("id").map(ToString::to_string).unwrap_or_default(),
                    |n| super::clip(n, longest),
                ),
            Value::Array(items) => items
                .iter()
                .map(|i| {
                    i.as_str()
                        .map_or_else(|| i.to_string(), crate::words::label)
                })
                .collect::<Vec<_>>()
                .join(", "),
            other => super::clip(&other.to_string(), longest),
        })
    };
    let parts: Vec<String> = fields
        .iter()
        .filter(|(k, _)| !matches!(k.as_str(), "search_text" | "created_at"))
        .filter_map(|(k, v)| word(k, v).map(|w| format!("{}: {w}", crate::words::column(k))))
        .collect();
    Some(parts.join("; "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_typed_by_their_field() {
        assert_eq!(cell_for("id", "12", false), Cell::Number(12.0));
        assert_eq!(cell_for("session_id", "3", false), Cell::Number(3.0));
        assert_eq!(
            cell_for("due_date", "2026-07-28", false),
            Cell::Date(NaiveDate::from_ymd_opt(2026, 7, 28).expect("date"))
        );
        // A petition that happens to be a number stays the citizen's text.
        assert_eq!(cell_for("content", "12", false), Cell::Text("12".into()));
        assert_eq!(
            cell_for("content", "2026-07-28", false),
            Cell::Text("2026-07-28".into())
        );
        assert_eq!(cell_for("responded_on", "", false), Cell::Empty);
        // 23:30 UTC is 06:30 the next morning in Hà Nội.
        assert_eq!(
            cell_for("at", "2026-11-28T23:30:00.000Z", false),
            Cell::DateTime(
                NaiveDate::from_ymd_opt(2026, 11, 29)
                    .and_then(|d| d.and_hms_opt(6, 30, 0))
                    .expect("time")
            )
        );
        assert_eq!(
            cell_for("kind", "periodic", true),
            Cell::Text("periodic".into())
        );
    }

    #[test]
    fn a_label_wraps_at_words_to_the_lines_it_needs() {
        assert_eq!(wrapped_lines("Quá hạn", 12), 1);
        // "Gia hạn (vấn đề phức tạp)" in a 12-wide column: "Gia hạn" / "(vấn đề" / "phức tạp)".
        assert_eq!(wrapped_lines("Gia hạn (vấn đề phức tạp)", 12), 3);
        assert_eq!(wrapped_lines("a\nb", 10), 2);
        assert_eq!(wrapped_lines(&"x".repeat(25), 12), 3);
    }

    #[test]
    fn sheet_names_excel_accepts() {
        assert_eq!(sheet_name("Trễ hạn / quá hạn"), "Trễ hạn - quá hạn");
        assert_eq!(sheet_name(&"x".repeat(40)).chars().count(), 31);
        assert_eq!(
            sheet_name("History"),
            "History log",
            "Excel reserves History"
        );
    }
}
