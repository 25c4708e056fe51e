//! Output formats in one place: tables for people, CSV and JSON for programs.
//!
//! Owns: the `Format` choice, table drawing, RFC 4180 CSV (BOM and `;` options, formula
//! neutralisation) and JSON (stable field names, ISO dates), streaming so that memory does not
//! grow with the number of rows, and atomic `--output` files. Must not: query or decide; callers
//! hand in rows.

pub mod document;
pub mod flat;
pub mod html;
pub mod ics;
pub mod rows;
pub mod xlsx;

use crate::words;
use comfy_table::{presets, ContentArrangement, Table};
use serde::Serialize;
use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};

/// How a listing or report is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, Default)]
pub enum Format {
    /// Aligned table for a terminal or a printout.
    #[default]
    #[value(alias = "bang", alias = "bảng")]
    Table,
    /// RFC 4180 CSV with a header row.
    Csv,
    /// JSON: an array of objects (lists) or one object (show, reports).
    Json,
    /// Excel workbook: typed cells, dd/mm/yyyy dates, a title row, frozen header, autofilter.
    #[value(alias = "excel")]
    Xlsx,
    /// One self-contained HTML page laid out for A4 print (reports and lists).
    Html,
    /// iCalendar, for the chairs' phone calendars (sessions).
    Ics,
    /// Word document, laid out as Decree 30/2020/NĐ-CP requires (drafted documents).
    #[value(alias = "word")]
    Docx,
    /// Markdown, for a quick review of a drafted document.
    #[value(alias = "markdown")]
    Md,
}

impl Format {
    /// Whether the format is a file for another program rather than text for a person.
    pub fn is_binary(self) -> bool {
        matches!(self, Format::Xlsx | Format::Docx)
    }
}

/// What a workbook or a printed page says about itself: the office, what the rows are, the
/// period, and whether headings keep the stable English keys (`--keys`).
#[derive(Debug, Clone, Default)]
pub struct SheetContext {
    pub office: Option<String>,
    pub what: String,
    pub period: Option<String>,
    pub keys: bool,
}

thread_local! {
    /// How many rows the last list written held (`RowWriter::finish`), to say so.
    static ROWS: std::cell::Cell<Option<usize>> = const { std::cell::Cell::new(None) };
    static SHEET: std::cell::RefCell<SheetContext> = std::cell::RefCell::default();
    static TO_FILE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    static PROVISIONAL: std::cell::RefCell<Vec<i32>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// How many rows the list written since the last call held, if a list was written.
pub fn take_rows_written() -> Option<usize> {
    ROWS.with(|r| r.take())
}

/// Record that the deadlines printed next fall in these years without an official schedule:
/// pages and workbooks say so in a note under their title (a signed document never does).
pub fn note_provisional(years: &[i32]) {
    PROVISIONAL.with(|p| {
        let mut p = p.borrow_mut();
        p.extend_from_slice(years);
        p.sort_unstable();
        p.dedup();
    });
}

/// The note a page or workbook prints under its title, when its deadlines are provisional.
pub fn provisional_note() -> Option<String> {
    let years = PROVISIONAL.with(|p| p.borrow().clone());
    (!years.is_empty()).then(|| words::provisional_on_paper(&years))
}

/// Say whether what is printed next goes to a file (`--output`): a table written to a file is
/// never wrapped to the width of the terminal the command runs in.
pub fn set_writing_to_file(to_file: bool) {
    TO_FILE.with(|t| t.set(to_file));
}

/// Whether tables are drawn for a person at a terminal (wrapped to its width).
fn for_terminal() -> bool {
    !TO_FILE.with(std::cell::Cell::get) && io::stdout().is_terminal()
}

/// Name the office, the rows and the period for the workbooks and pages written next.
pub fn set_sheet_context(update: impl FnOnce(&mut SheetContext)) {
    SHEET.with(|s| update(&mut s.borrow_mut()));
}

/// The context set by `set_sheet_context`.
pub fn sheet_context() -> SheetContext {
    SHEET.with(|s| s.borrow().clone())
}

impl SheetContext {
    /// "Phường Hoàng Mai — Ý kiến" (the office first, when known).
    pub fn title(&self) -> String {
        match &self.office {
            Some(office) if !office.is_empty() => format!("{office} — {}", self.what),
            _ => self.what.clone(),
        }
    }
    /// The period and the day the figures were read, for a subtitle.
    pub fn subtitle(&self, today: Option<chrono::NaiveDate>) -> String {
        let mut parts = Vec::new();
        if let Some(p) = &self.period {
            parts.push(p.clone());
        }
        if let Some(d) = today {
            parts.push(msg!(as_of, today = crate::words::date(d)).to_string());
        }
        parts.join(" · ")
    }
}

/// CSV settings for spreadsheets.
#[derive(Debug, Clone, Copy, Default)]
pub struct CsvOptions {
    /// Start with a UTF-8 BOM so Excel shows Vietnamese correctly.
    pub bom: bool,
    /// Separate with `;`, as Excel in a Vietnamese locale expects.
    pub semicolon: bool,
    /// Write decimals with a comma (`0,7143`): a Vietnamese-locale Excel reads `0.7143` as text.
    pub decimal_comma: bool,
}

impl CsvOptions {
    /// `value` with `places` decimals, in the separator these options ask for.
    pub fn decimal(self, value: f64, places: usize) -> String {
        let text = format!("{value:.places$}");
        if self.decimal_comma {
            text.replace('.', ",")
        } else {
            text
        }
    }
}

/// A row that can be printed in every format. JSON is the row's own `Serialize`; CSV,
/// workbooks and pages read its flat record, whose `Serialize` gives both the column names and
/// the values (`flat`), so no list of names is kept apart from the values.
pub trait Record: Serialize + 'static {
    /// The row as a flat record: each field's name is its stable key (the CSV header, the
    /// workbook's `--keys` headings) and its value the text a spreadsheet reads — codes, ISO
    /// dates, numbers, empty when absent. `Default` gives the header of an empty list.
    type Flat<'a>: Serialize + Default;
    /// This row's flat record, borrowing from the row.
    fn flat(&self) -> Self::Flat<'_>;
    /// Field names: the CSV header (stable English keys).
    fn fields() -> Vec<String> {
        flat::names(&Self::Flat::default())
    }
    /// Values for CSV, in `fields()` order.
    fn values(&self) -> Vec<String> {
        let mut values = Vec::new();
        // Collecting into memory cannot fail; a record that is not flat is found by the tests
        // of each row type.
        let _ = self.csv_fields(&mut |value| {
            values.push(value.to_string());
            Ok(())
        });
        values
    }
    /// Hand each CSV value to `push`, in `fields()` order.
    fn csv_fields(&self, push: &mut dyn FnMut(&str) -> io::Result<()>) -> io::Result<()> {
        flat::fields(&self.flat(), push)
    }
    /// The fields of the workbook and the page a person reads (not with `--keys`, which keeps
    /// the CSV's): the CSV's by default. A list whose CSV names an item by its id (a script
    /// joins on it) names it here as a reader finds it.
    fn sheet_fields() -> Vec<String> {
        Self::fields()
    }
    /// Values of the reader's workbook and page, in `sheet_fields()` order.
    fn sheet_values(&self) -> Vec<String> {
        self.values()
    }
    /// Header label keys for the table (defaults to the fields).
    fn table_headers() -> Vec<String> {
        Self::fields().iter().map(words::label).collect()
    }
    /// Cells for the table, in the UI language.
    fn table_cells(&self) -> Vec<String> {
        self.values()
    }
    /// The width a table of these rows wraps to when it is not printed to a terminal (a pipe,
    /// a file, a mail from cron): `None` keeps every row on one line. Rows with a long free-text
    /// column (the history's changes) wrap to a stable width instead of running 400 columns.
    fn piped_width() -> Option<u16> {
        None
    }
}

/// A cell a spreadsheet would run as a formula gets a leading apostrophe (OWASP's advice for
/// CSV injection); hidden characters (NUL, ESC, a bidi override in another office's name) are
/// replaced as in tables; the text itself is kept otherwise.
pub fn neutralise(cell: &str) -> std::borrow::Cow<'_, str> {
    let cell: std::borrow::Cow<'_, str> = if crate::rules::text::has_hidden(cell) {
        printable(cell).into()
    } else {
        cell.into()
    };
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r' | '\n') => format!("'{cell}").into(),
        _ => cell,
    }
}

/// JSON as serde_json writes it, but a hidden character in a string (NUL, ESC, a bidi override
/// from another office's file) is written as U+FFFD — neither raw nor as an escape a reader
/// would decode back into the control character. Layout is the wrapped formatter's.
struct PrintableJson<F>(F);

impl<F: serde_json::ser::Formatter> serde_json::ser::Formatter for PrintableJson<F> {
    fn write_string_fragment<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        if crate::rules::text::has_hidden(fragment) {
            writer.write_all(printable(fragment).as_bytes())
        } else {
            writer.write_all(fragment.as_bytes())
        }
    }

    fn write_char_escape<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        escape: serde_json::ser::CharEscape,
    ) -> io::Result<()> {
        use serde_json::ser::CharEscape;
        match escape {
            CharEscape::Backspace
            | CharEscape::FormFeed
            | CharEscape::CarriageReturn
            | CharEscape::AsciiControl(_) => writer.write_all("\u{FFFD}".as_bytes()),
            other => self.0.write_char_escape(writer, other),
        }
    }

    fn begin_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_array(w)
    }
    fn end_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array(w)
    }
    fn begin_array_value<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_array_value(w, first)
    }
    fn end_array_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array_value(w)
    }
    fn begin_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object(w)
    }
    fn end_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object(w)
    }
    fn begin_object_key<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_object_key(w, first)
    }
    fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object_value(w)
    }
    fn end_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object_value(w)
    }
}

/// Serialize `value` as JSON into `out`, pretty or compact, hidden characters replaced.
fn write_json<T: Serialize + ?Sized>(
    out: &mut dyn Write,
    value: &T,
    pretty: bool,
) -> io::Result<()> {
    if pretty {
        let formatter = PrintableJson(serde_json::ser::PrettyFormatter::new());
        value
            .serialize(&mut serde_json::Serializer::with_formatter(out, formatter))
            .map_err(io::Error::from)
    } else {
        let formatter = PrintableJson(serde_json::ser::CompactFormatter);
        value
            .serialize(&mut serde_json::Serializer::with_formatter(out, formatter))
            .map_err(io::Error::from)
    }
}

/// Replace hidden characters (`rules::text::is_hidden`) so a cell cannot rewrite a terminal or
/// disguise a name, whatever reached the database.
pub fn printable(text: &str) -> String {
    text.chars()
        .map(|c| {
            if crate::rules::text::is_hidden(c) {
                '\u{FFFD}'
            } else {
                c
            }
        })
        .collect()
}

/// Shorten long text for a table cell.
pub fn clip(text: &str, max: usize) -> String {
    let text = printable(text).replace('\n', " ");
    if text.chars().count() <= max {
        text
    } else {
        let mut s: String = text.chars().take(max.saturating_sub(1)).collect();
        s.push('…');
        s
    }
}

/// A table in the house style. It wraps to the terminal only when printing to one, and when it
/// wraps, a date, a number or a document number is never split across lines: each column is
/// at least as wide as its longest such token.
#[derive(Debug, Clone)]
pub struct Grid(Table);

impl std::ops::Deref for Grid {
    type Target = Table;
    fn deref(&self) -> &Table {
        &self.0
    }
}

impl std::ops::DerefMut for Grid {
    fn deref_mut(&mut self) -> &mut Table {
        &mut self.0
    }
}

impl std::fmt::Display for Grid {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut t = self.0.clone();
        // A table without headings (a record's "label | value" lines) is already one block.
        if keep_tokens_whole(&mut t) || t.header().is_none() {
            return write!(f, "{t}");
        }
        // Too many columns for the terminal to keep their words whole (an agency's dozen
        // figures at 80 columns): each row as a block of "heading | value" lines, as psql's
        // expanded display does, rather than a table of three-letter slivers.
        let headers: Vec<String> = t
            .header()
            .map(|h| h.cell_iter().map(|c| c.content()).collect())
            .unwrap_or_default();
        let mut first = true;
        for row in t.row_iter() {
            let mut block = Table::new();
            block.load_preset(presets::UTF8_FULL_CONDENSED);
            block.set_content_arrangement(ContentArrangement::Dynamic);
            if let Some(width) = t.width() {
                block.set_width(width);
            }
            for (heading, cell) in headers.iter().zip(row.cell_iter()) {
                block.add_row(vec![heading.clone(), cell.content()]);
            }
            if !first {
                writeln!(f)?;
            }
            first = false;
            // Two columns keep their words whole unless the terminal is very narrow; then they
            // wrap as text does.
            let _ = keep_tokens_whole(&mut block);
            write!(f, "{block}")?;
        }
        Ok(())
    }
}

/// The longest token of each column sets its narrowest width, so wrapping happens between
/// words, never inside a figure ("07/08/2026", "125/UBND-QLĐT", "71,4%", up to 16 characters)
/// or a word ("Phòng", "phường", up to 8), the heading's words included. When the words would
/// not all fit across the terminal, the longest may wrap (the figures never do).
fn keep_tokens_whole(t: &mut Table) -> bool {
    let columns = t.column_count();
    // Per column: the longest figure, and the longest word (headings included).
    let mut figure: Vec<u16> = vec![0; columns];
    let mut word: Vec<u16> = vec![0; columns];
    for row in t.header().into_iter().chain(t.row_iter()) {
        for (i, cell) in row.cell_iter().enumerate() {
            for token in cell.content().split_whitespace() {
                let n = token.chars().count();
                // A token cut short ("112/QĐ-UBND…") is text already cut: it may wrap.
                let figure_like =
                    token.chars().any(|c| c.is_ascii_digit()) && !token.ends_with('…');
                let (slot, cap) = if figure_like {
                    (figure.get_mut(i), 16)
                } else {
                    (word.get_mut(i), 8)
                };
                if let Some(w) = slot {
                    *w = (*w).max(n.min(cap) as u16);
                }
            }
        }
    }
    let paddings: Vec<u16> = (0..columns)
        .map(|i| t.column(i).map_or(2, |c| c.padding_width()))
        .collect();
    // The words' cap that lets every column fit the width (borders: one more than columns).
    let room = t.width().unwrap_or(u16::MAX);
    let needed = |cap: u16| -> u32 {
        (0..columns)
            .map(|i| u32::from(figure[i].max(word[i].min(cap)) + paddings[i]))
            .sum::<u32>()
            + columns as u32
            + 1
    };
    // Words of up to seven letters stay whole (every Vietnamese syllable: "Phòng", "nghiêng");
    // a table that cannot give them that much room is not drawn as a table.
    let Some(cap) = (7..=8).rev().find(|cap| needed(*cap) <= u32::from(room)) else {
        return false;
    };
    // A column of long text (a petition, a title) is what the reader reads: it keeps a quarter
    // of the width (20 characters at least), the other columns narrowing to their words; a
    // table that cannot give it that is drawn as blocks rather than as a column of one word
    // per line.
    let longest: Vec<usize> = (0..columns)
        .map(|i| {
            t.row_iter()
                .filter_map(|row| row.cell_iter().nth(i))
                .filter_map(|c| c.content().lines().map(|l| l.chars().count()).max())
                .max()
                .unwrap_or(0)
        })
        .collect();
    // Only on a terminal: a piped table keeps its stable layout (scripts and mails compare it).
    let text_column = (0..columns)
        .max_by_key(|i| longest[*i])
        .filter(|i| longest[*i] > 30 && for_terminal());
    if let Some(text) = text_column {
        let share = u16::try_from(u32::from(room) / 4)
            .unwrap_or(u16::MAX)
            .max(20);
        let wanted = u16::try_from(longest[text])
            .unwrap_or(u16::MAX)
            .saturating_add(paddings[text])
            .min(share);
        let others =
            needed(cap) - u32::from(figure[text].max(word[text].min(cap)) + paddings[text]);
        if others + u32::from(wanted) > u32::from(room) {
            return false;
        }
        if let Some(column) = t.column_mut(text) {
            column.set_constraint(comfy_table::ColumnConstraint::LowerBoundary(
                comfy_table::Width::Fixed(wanted),
            ));
        }
    }
    for i in 0..columns {
        if Some(i) == text_column {
            continue;
        }
        let w = figure[i].max(word[i].min(cap));
        if w > 0 {
            if let Some(column) = t.column_mut(i) {
                // The boundary counts the cell's padding too.
                column.set_constraint(comfy_table::ColumnConstraint::LowerBoundary(
                    comfy_table::Width::Fixed(w + paddings[i]),
                ));
            }
        }
    }
    true
}

/// A new table in the house style (see `Grid`).
pub fn table(headers: Vec<String>) -> Grid {
    let mut t = Table::new();
    t.load_preset(presets::UTF8_FULL_CONDENSED);
    if for_terminal() {
        t.set_content_arrangement(ContentArrangement::Dynamic);
    } else {
        t.set_content_arrangement(ContentArrangement::Disabled);
    }
    t.set_header(headers);
    Grid(t)
}

/// A two-column table of labels and values, without a header row.
pub fn key_values(rows: Vec<(String, String)>) -> Grid {
    let mut t = Table::new();
    t.load_preset(presets::UTF8_FULL_CONDENSED);
    t.set_content_arrangement(if for_terminal() {
        ContentArrangement::Dynamic
    } else {
        ContentArrangement::Disabled
    });
    for (k, v) in rows {
        t.add_row(vec![k, printable(&v)]);
    }
    Grid(t)
}

/// Streams rows in one format; `finish` closes JSON arrays. Memory stays flat however many
/// rows pass through, except for tables, which must measure every row before drawing.
pub struct RowWriter<'w, R: Record> {
    sink: Sink<'w>,
    rows: usize,
    /// The flat record's field names, read once.
    fields: Vec<String>,
    _marker: std::marker::PhantomData<R>,
}

enum Sink<'w> {
    /// CSV; in words (headings and values in the interface's Vietnamese) or in keys.
    Csv(csv::Writer<&'w mut dyn Write>, bool),
    Json(&'w mut dyn Write),
    Table(&'w mut dyn Write, Grid),
    Xlsx(&'w mut dyn Write, Box<xlsx::Sheet>, bool),
    Html(&'w mut dyn Write, html::ListPage),
}

impl<'w, R: Record> RowWriter<'w, R> {
    /// Start the list: the CSV header, the JSON array, the table's headings, the workbook's
    /// title rows.
    pub fn new(
        format: Format,
        out: &'w mut dyn Write,
        options: CsvOptions,
    ) -> crate::error::Result<Self> {
        Self::open(format, out, options).map_err(written)
    }

    fn open(format: Format, out: &'w mut dyn Write, options: CsvOptions) -> io::Result<Self> {
        let mut fields = R::fields();
        let sink = match format {
            Format::Csv => {
                if options.bom {
                    out.write_all("\u{FEFF}".as_bytes())?;
                }
                let mut w = csv::WriterBuilder::new()
                    .buffer_capacity(1 << 16)
                    .delimiter(if options.semicolon { b';' } else { b',' })
                    .from_writer(out);
                let words = csv_in_words();
                if words {
                    fields = R::sheet_fields();
                    w.write_record(headings(&fields, false)).map_err(csv_io)?;
                } else {
                    w.write_record(&fields).map_err(csv_io)?;
                }
                Sink::Csv(w, words)
            }
            Format::Json => {
                out.write_all(b"[")?;
                Sink::Json(out)
            }
            Format::Table => {
                let mut t = table(R::table_headers());
                if let (Some(width), false) = (R::piped_width(), for_terminal()) {
                    t.set_content_arrangement(ContentArrangement::Dynamic);
                    t.set_width(width);
                }
                Sink::Table(out, t)
            }
            Format::Xlsx => {
                let context = sheet_context();
                if !context.keys {
                    fields = R::sheet_fields();
                }
                let headers = headings(&fields, context.keys);
                let sheet = xlsx::Sheet::new(
                    &context.what,
                    &context.title(),
                    &context.subtitle(None),
                    &headers,
                )
                .map_err(xlsx::xlsx_io)?;
                Sink::Xlsx(out, Box::new(sheet), context.keys)
            }
            Format::Html => {
                let context = sheet_context();
                if !context.keys {
                    fields = R::sheet_fields();
                }
                Sink::Html(
                    out,
                    html::ListPage::new(&context, headings(&fields, context.keys)),
                )
            }
            Format::Ics | Format::Docx | Format::Md => {
                return Err(io::Error::new(
                    io::ErrorKind::InvalidInput,
                    "not a format of lists",
                ))
            }
        };
        Ok(RowWriter {
            sink,
            rows: 0,
            fields,
            _marker: std::marker::PhantomData,
        })
    }

    /// One row.
    pub fn write(&mut self, row: &R) -> crate::error::Result<()> {
        self.write_io(row).map_err(written)
    }

    fn write_io(&mut self, row: &R) -> io::Result<()> {
        match &mut self.sink {
            Sink::Csv(w, true) => {
                for (field, value) in self.fields.iter().zip(row.sheet_values()) {
                    let word = cell_text(&xlsx::csv_cell(field, &value));
                    w.write_field(neutralise(&word).as_bytes())
                        .map_err(csv_io)?;
                }
                w.write_record(None::<&[u8]>).map_err(csv_io)?;
            }
            Sink::Csv(w, false) => {
                row.csv_fields(&mut |value| {
                    w.write_field(neutralise(value).as_bytes()).map_err(csv_io)
                })?;
                w.write_record(None::<&[u8]>).map_err(csv_io)?;
            }
            Sink::Json(out) => {
                out.write_all(if self.rows == 0 { b"\n  " } else { b",\n  " })?;
                write_json(&mut **out, row, false)?;
            }
            Sink::Table(_, t) => {
                t.add_row(row.table_cells().into_iter().map(|c| printable(&c)));
            }
            Sink::Xlsx(_, sheet, keys) => {
                let values = if *keys {
                    row.values()
                } else {
                    row.sheet_values()
                };
                let cells = self
                    .fields
                    .iter()
                    .zip(values)
                    .map(|(field, value)| xlsx::cell_for(field, &value, *keys))
                    .collect();
                sheet.row(cells).map_err(xlsx::xlsx_io)?;
            }
            Sink::Html(_, page) => {
                let keys = sheet_context().keys;
                let values = if keys {
                    row.values()
                } else {
                    row.sheet_values()
                };
                page.row(
                    self.fields
                        .iter()
                        .zip(values)
                        .map(|(field, value)| xlsx::cell_for(field, &value, keys))
                        .collect(),
                );
            }
        }
        self.rows += 1;
        Ok(())
    }

    /// Write one CSV record from values handed over by `fill`, for a caller that lends them
    /// straight from the database (in CSV only; other formats write whole rows).
    pub fn write_csv_fields(
        &mut self,
        fill: impl FnOnce(&mut dyn FnMut(&str) -> io::Result<()>) -> io::Result<()>,
    ) -> crate::error::Result<()> {
        if let Sink::Csv(w, false) = &mut self.sink {
            fill(&mut |value| w.write_field(neutralise(value).as_bytes()).map_err(csv_io))
                .and_then(|()| w.write_record(None::<&[u8]>).map_err(csv_io))
                .map_err(written)?;
            self.rows += 1;
        }
        Ok(())
    }

    /// Close the output; returns how many rows were written.
    pub fn finish(self) -> crate::error::Result<usize> {
        let rows = self.finish_io().map_err(written)?;
        ROWS.with(|r| r.set(Some(rows)));
        Ok(rows)
    }

    fn finish_io(self) -> io::Result<usize> {
        match self.sink {
            Sink::Csv(mut w, _) => w.flush()?,
            Sink::Json(out) => {
                out.write_all(if self.rows == 0 { b"]\n" } else { b"\n]\n" })?;
            }
            Sink::Table(out, t) => {
                if self.rows == 0 {
                    writeln!(out, "({})", words::label("none"))?;
                } else {
                    writeln!(out, "{t}")?;
                }
            }
            Sink::Xlsx(out, mut sheet, _) => {
                let title = sheet_context().title();
                // Rows are streamed: the note is known once they are all written.
                sheet.note_provisional().map_err(xlsx::xlsx_io)?;
                let sheet = sheet.finish().map_err(xlsx::xlsx_io)?;
                let bytes = xlsx::workbook(vec![sheet], &title).map_err(xlsx::xlsx_io)?;
                out.write_all(&bytes)?;
            }
            Sink::Html(out, page) => out.write_all(page.finish().as_bytes())?,
        }
        Ok(self.rows)
    }
}

/// Column headings for `fields`: in the UI language, or the stable keys with `--keys`.
/// Whether a CSV is written in words — headings and values in the interface's language, as a
/// workbook is — rather than in its stable keys and codes: in Vietnamese, unless `--keys` is
/// given (scripts give it; English words are the keys themselves; JSON always keeps codes).
pub fn csv_in_words() -> bool {
    !sheet_context().keys && words::lang() == words::Lang::Vi
}

/// A typed cell as a CSV in words shows it: dates dd/mm/yyyy, times hh:mm, percentages and
/// decimals as the interface writes them.
pub fn cell_text(cell: &xlsx::Cell) -> String {
    match cell {
        xlsx::Cell::Text(t) => t.clone(),
        xlsx::Cell::Number(n) if n.fract() == 0.0 => format!("{n:.0}"),
        xlsx::Cell::Number(n) => words::decimal(*n, 1),
        xlsx::Cell::Percent(p) => words::percent(*p),
        xlsx::Cell::Date(d) => words::date(*d),
        xlsx::Cell::DateTime(t) => format!("{} {}", words::date(t.date()), t.format("%H:%M")),
        xlsx::Cell::Empty => String::new(),
    }
}

pub fn headings<S: AsRef<str>>(fields: &[S], keys: bool) -> Vec<String> {
    fields
        .iter()
        .map(|f| {
            if keys {
                f.as_ref().to_string()
            } else {
                words::column(f.as_ref())
            }
        })
        .collect()
}

/// Print a whole list in one go.
pub fn list<R: Record>(
    format: Format,
    out: &mut dyn Write,
    options: CsvOptions,
    rows: &[R],
) -> crate::error::Result<usize> {
    let mut w = RowWriter::<R>::new(format, out, options)?;
    for r in rows {
        w.write(r)?;
    }
    w.finish()
}

/// Print one value as pretty JSON.
pub fn json<T: Serialize>(out: &mut dyn Write, value: &T) -> crate::error::Result<()> {
    write_json(out, value, true)
        .and_then(|()| writeln!(out))
        .map_err(written)
}

/// `writeln!` to a command's destination: a failed write is `Error::Output` (see `written`).
#[macro_export]
macro_rules! say {
    ($out:expr) => {
        writeln!($out).map_err($crate::output::written)
    };
    ($out:expr, $($arg:tt)*) => {
        writeln!($out, $($arg)*).map_err($crate::output::written)
    };
}
pub use crate::say;

/// Write `bytes` (a workbook, a page, a calendar) to the command's destination.
pub fn bytes(out: &mut dyn Write, bytes: &[u8]) -> crate::error::Result<()> {
    out.write_all(bytes).map_err(written)
}

/// A write to the command's destination failed: `Error::Output`, named `<stdout>` here and given
/// the real file's name by the command's destination (`cli::with_destination`).
pub fn written(source: io::Error) -> crate::error::Error {
    crate::error::Error::Output {
        path: PathBuf::from("<stdout>"),
        source,
    }
}

/// Where a command's output goes: stdout, or a file written atomically (a private temporary
/// file in the same folder, synced, renamed over the target: a killed run never leaves a
/// truncated file, and the next run removes its temporary).
pub enum Destination {
    Stdout(io::Stdout),
    /// A FIFO, a terminal, `/dev/null`, a descriptor under `/proc/self/fd`: written to
    /// directly. A temporary file renamed over it would replace the device itself (as root,
    /// `/dev/null` for the whole machine).
    Special {
        target: PathBuf,
        file: io::BufWriter<std::fs::File>,
    },
    File {
        tmp: PathBuf,
        target: PathBuf,
        file: io::BufWriter<std::fs::File>,
    },
}

impl Destination {
    /// Stdout for no path or `-`; else a file, refused when it is the database at `db` (or one
    /// of its companion files), a folder, or in a missing folder.
    pub fn open(output: Option<&Path>, db: &Path) -> crate::error::Result<Destination> {
        let Some(named) = output else {
            return Ok(Destination::Stdout(io::stdout()));
        };
        let target = match crate::files::output_target(named)? {
            crate::files::OutputTarget::Stdout => return Ok(Destination::Stdout(io::stdout())),
            crate::files::OutputTarget::InPlace { path, append } => {
                crate::files::check_target(&path, db)?;
                let file = crate::files::open_in_place(&path, append).map_err(|source| {
                    crate::error::Error::Output {
                        path: named.to_path_buf(),
                        source,
                    }
                })?;
                return Ok(Destination::Special {
                    target: named.to_path_buf(),
                    file: io::BufWriter::new(file),
                });
            }
            crate::files::OutputTarget::Replace { path } => path,
        };
        let target = target.as_path();
        crate::files::check_target(target, db)?;
        crate::files::clean_stale_temps(target);
        let tmp = crate::files::temp_path(target);
        let file =
            crate::files::create_private(&tmp).map_err(|source| crate::error::Error::Output {
                path: target.to_path_buf(),
                source,
            })?;
        Ok(Destination::File {
            tmp,
            target: target.to_path_buf(),
            file: io::BufWriter::new(file),
        })
    }

    /// The path written, as a user named it (`<stdout>` for standard output).
    pub fn path(&self) -> PathBuf {
        match self {
            Destination::Stdout(_) => PathBuf::from("<stdout>"),
            Destination::File { target, .. } | Destination::Special { target, .. } => {
                target.clone()
            }
        }
    }

    pub fn writer(&mut self) -> &mut dyn Write {
        match self {
            Destination::Stdout(s) => s,
            Destination::File { file, .. } | Destination::Special { file, .. } => file,
        }
    }

    /// Flush, sync and move into place.
    pub fn commit(self) -> io::Result<()> {
        match self {
            Destination::Stdout(mut s) => s.flush(),
            Destination::Special { mut file, .. } => file.flush(),
            Destination::File { tmp, target, file } => {
                let result = file
                    .into_inner()
                    .map_err(|e| e.into_error())
                    .and_then(|file| crate::files::commit_temp(file, &tmp, &target));
                if result.is_err() {
                    let _ = std::fs::remove_file(&tmp);
                }
                result
            }
        }
    }

    /// Give up: remove the temporary file, leave any existing target as it was.
    pub fn abandon(self) {
        if let Destination::File { tmp, .. } = self {
            let _ = std::fs::remove_file(tmp);
        }
    }
}

/// A CSV error as the I/O error it wraps, keeping its kind (a closed pipe stays a closed pipe).
fn csv_io(e: csv::Error) -> io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => e,
        other => io::Error::other(format!("{other:?}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize)]
    struct Row {
        id: i64,
        content: String,
    }

    #[derive(Serialize, Default)]
    struct RowFlat<'a> {
        id: i64,
        content: &'a str,
    }

    impl Record for Row {
        type Flat<'a> = RowFlat<'a>;
        fn flat(&self) -> RowFlat<'_> {
            RowFlat {
                id: self.id,
                content: &self.content,
            }
        }
    }

    #[test]
    fn csv_neutralises_formulas_and_keeps_vietnamese() {
        let rows = vec![
            Row {
                id: 1,
                content: "=HYPERLINK(\"http://x\",\"y\")".into(),
            },
            Row {
                id: 2,
                content: "Đề nghị sửa chữa đường ngõ 12, phường Hoàng Mai".into(),
            },
            Row {
                id: 3,
                content: "-5 hộ dân".into(),
            },
        ];
        let mut out = Vec::new();
        list(
            Format::Csv,
            &mut out,
            CsvOptions {
                bom: true,
                semicolon: true,
                decimal_comma: true,
            },
            &rows,
        )
        .expect("csv");
        let text = String::from_utf8(out).expect("utf8");
        assert!(text.starts_with('\u{FEFF}'));
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(b';')
            .from_reader(text.trim_start_matches('\u{FEFF}').as_bytes());
        let read: Vec<Vec<String>> = reader
            .records()
            .map(|r| r.expect("record").iter().map(str::to_string).collect())
            .collect();
        assert_eq!(read[0][1], "'=HYPERLINK(\"http://x\",\"y\")");
        assert_eq!(
            read[1][1],
            "Đề nghị sửa chữa đường ngõ 12, phường Hoàng Mai"
        );
        assert_eq!(read[2][1], "'-5 hộ dân");
    }

    #[test]
    fn json_list_is_an_array() {
        let rows = vec![Row {
            id: 7,
            content: "Phường Hoàng Mai".into(),
        }];
        let mut out = Vec::new();
        list(Format::Json, &mut out, CsvOptions::default(), &rows).expect("json");
        let v: serde_json::Value = serde_json::from_slice(&out).expect("valid json");
        assert_eq!(v[0]["content"], "Phường Hoàng Mai");
        let mut empty = Vec::new();
        list::<Row>(Format::Json, &mut empty, CsvOptions::default(), &[]).expect("json");
        assert_eq!(String::from_utf8(empty).expect("utf8"), "[]\n");
    }
}
