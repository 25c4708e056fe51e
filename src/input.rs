//! Reading the tables offices receive: a CSV typed in Excel, an .xlsx or .ods sheet (read with
//! `calamine`). Owns: the encoding (UTF-8 with or without BOM; UTF-16 from old Excel; text not
//! valid UTF-8 read as Windows-1258, the Vietnamese Windows code page, and said so), the
//! separator (`,` `;` or tab, from the header line), spreadsheet cells as text (numbers without a
//! trailing `.0`, dates as ISO), and the row numbers a person sees in Excel. Must not: decide what
//! a column means (`rules::import`) or write anything.

use crate::error::{FileKind, SizeUnit};
use std::path::{Path, PathBuf};

/// The largest table file read (a ward's import is a few megabytes; the 50,000-row benchmark
/// file about eight). Files are checked against it before a byte is read.
pub const MAX_FILE_BYTES: u64 = 32 << 20;

/// The most bytes a workbook's parts may hold once uncompressed, all parts together: a
/// few-kilobyte archive can unpack to gigabytes (a zip bomb).
pub const MAX_UNPACKED_BYTES: u64 = 160 << 20;

/// The most bytes of a workbook's shared strings (read into memory whole by the reader).
pub const MAX_SHARED_STRINGS_BYTES: u64 = 32 << 20;

/// The most cells of the rectangle a sheet's cells span (what the reader allocates): cells at
/// A1 and XFD1048576 would ask for 17 billion.
pub const MAX_CELLS: u64 = 2_000_000;

/// One sheet as text: every row with the number Excel shows for it (1-based).
#[derive(Debug, Clone, Default)]
pub struct Sheet {
    pub rows: Vec<(usize, Vec<String>)>,
    /// How the text was decoded, when it was not UTF-8 (said in the outcome).
    pub decoded_from: Option<&'static str>,
    /// Cells holding a formula's error (`#DIV/0!`, `#REF!`…): (row, column index, the error).
    pub cell_errors: Vec<(usize, usize, String)>,
    /// The sheet read, and the other sheets of the workbook (not read).
    pub sheet: Option<String>,
    pub other_sheets: Vec<String>,
}

/// Why a file could not be read as a table.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("cannot read {path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("{path} is not a table doithoai reads; accepted: .csv, .xlsx, .ods")]
    Kind { path: String },
    #[error("{path}: {detail}")]
    Spreadsheet { path: String, detail: String },
    /// A quote opened on `row` is never closed: every row after it would be read as one cell.
    #[error("{path}: the quote opened on row {row} is never closed")]
    OpenQuote { path: String, row: usize },
    /// The file's content is not what its name says (a CSV renamed to .xlsx, a PDF…):
    /// `expected` is the kind its name says (`xlsx`, `xls`, `ods`), `found` the kind its
    /// content is (`zip`, `ole2`, `pdf`, `sqlite`, `text`, `empty`, `other`).
    #[error("{path} is not {expected}: its content is {found}")]
    NotWhatItSays {
        path: String,
        expected: &'static str,
        found: &'static str,
    },
    /// A file over a limit: its size, its unpacked parts, or the cells its sheet spans.
    #[error("{} is over the limit: {found} > {limit} {unit:?}", path.display())]
    TooLarge {
        path: PathBuf,
        found: u64,
        limit: u64,
        unit: SizeUnit,
    },
    /// An Excel 97-2003 workbook (.xls): not read, since its size cannot be known before.
    #[error("{path} is an Excel 97-2003 workbook; save it as .xlsx")]
    OldExcel { path: String },
    /// A FIFO, a device, a folder: never read (reading a FIFO waits forever).
    #[error("{path} is not a plain file ({what:?})")]
    NotAFile { path: String, what: FileKind },
    /// UTF-8 text with a stray byte: neither UTF-8 nor a Windows code page throughout.
    #[error("{path}: row {row} holds the byte 0x{byte:02X}, which is not UTF-8 while the rest of the file is; save it again as \"CSV UTF-8\"")]
    StrayByte { path: String, row: usize, byte: u8 },
}

/// Read the first sheet of `path` (or the CSV); `tcvn3`: the text was typed in the TCVN3 (ABC)
/// fonts and is converted to Unicode.
pub fn read(path: &Path, tcvn3: bool) -> Result<Sheet, ReadError> {
    let shown = crate::rules::text::shown_path(path);
    check_file(path, &shown)?;
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    match extension.as_str() {
        "csv" | "txt" | "tsv" => {
            let bytes = std::fs::read(path).map_err(|source| ReadError::Io {
                path: shown.clone(),
                source,
            })?;
            if tcvn3 {
                // TCVN3 bytes; or UTF-8 text holding the TCVN3 glyphs ("§Ò nghÞ"), converted
                // cell by cell where a cell has no real Unicode letter in it.
                let text = match std::str::from_utf8(&bytes) {
                    Ok(utf8) => utf8.to_string(),
                    Err(_) => crate::rules::tcvn3::bytes_to_unicode(&bytes),
                };
                let mut sheet = csv_sheet(text.as_bytes(), &shown)?;
                convert_tcvn3_cells(&mut sheet);
                return Ok(sheet);
            }
            if let Some((row, byte)) = stray_byte(&bytes) {
                return Err(ReadError::StrayByte {
                    path: shown,
                    row,
                    byte,
                });
            }
            csv_sheet(&bytes, &shown)
        }
        "xlsx" | "xlsm" | "xls" | "ods" => {
            check_content(path, &shown, &extension)?;
            if extension == "xls" {
                // An Excel 97-2003 workbook is read whole, every sheet's rectangle allocated,
                // before anything can be measured (a 5 KB file asks for gigabytes).
                return Err(ReadError::OldExcel { path: shown });
            }
            if extension != "xls" {
                check_archive(path, &shown)?;
            }
            if extension == "ods" {
                check_ods_extent(path, &shown)?;
            }
            let mut sheet = spreadsheet(path, &shown)?;
            if tcvn3 {
                convert_tcvn3_cells(&mut sheet);
            }
            Ok(sheet)
        }
        _ => Err(ReadError::Kind { path: shown }),
    }
}

/// A table file must be a plain file no larger than `MAX_FILE_BYTES`, checked before reading.
fn check_file(path: &Path, shown: &str) -> Result<(), ReadError> {
    if let Some(what) = FileKind::of(path) {
        return Err(ReadError::NotAFile {
            path: shown.to_string(),
            what,
        });
    }
    let length = std::fs::metadata(path)
        .map_err(|source| ReadError::Io {
            path: shown.to_string(),
            source,
        })?
        .len();
    if length > MAX_FILE_BYTES {
        return Err(too_large(path, length, MAX_FILE_BYTES, SizeUnit::Bytes));
    }
    Ok(())
}

fn too_large(path: &Path, found: u64, limit: u64, unit: SizeUnit) -> ReadError {
    ReadError::TooLarge {
        path: path.to_path_buf(),
        found,
        limit,
        unit,
    }
}

/// A workbook's zip archive, its directory read (not its parts).
fn open_archive(path: &Path, shown: &str) -> Result<zip::ZipArchive<std::fs::File>, ReadError> {
    let file = std::fs::File::open(path).map_err(|source| ReadError::Io {
        path: shown.to_string(),
        source,
    })?;
    zip::ZipArchive::new(file).map_err(|e| ReadError::Spreadsheet {
        path: shown.to_string(),
        detail: e.to_string(),
    })
}

/// Unpack every part of a workbook (an .xlsx or .ods is a zip archive) into nothing, counting:
/// what the archive's directory says of sizes can lie, the bytes that come out cannot. Refused
/// past `MAX_UNPACKED_BYTES` in all, or `MAX_SHARED_STRINGS_BYTES` of shared strings.
fn check_archive(path: &Path, shown: &str) -> Result<(), ReadError> {
    use std::io::Read;
    let broken = |detail: String| ReadError::Spreadsheet {
        path: shown.to_string(),
        detail,
    };
    let mut archive = open_archive(path, shown)?;
    let mut total: u64 = 0;
    for index in 0..archive.len() {
        let mut part = archive.by_index(index).map_err(|e| broken(e.to_string()))?;
        let shared = part
            .name()
            .is_ok_and(|name| name.ends_with("sharedStrings.xml"));
        let room = MAX_UNPACKED_BYTES - total;
        let unpacked = std::io::copy(&mut (&mut part).take(room + 1), &mut std::io::sink())
            .map_err(|e| broken(e.to_string()))?;
        total += unpacked;
        if total > MAX_UNPACKED_BYTES {
            // How far it goes is not read: that is the point.
            return Err(too_large(path, total, MAX_UNPACKED_BYTES, SizeUnit::Bytes));
        }
        if shared && unpacked > MAX_SHARED_STRINGS_BYTES {
            return Err(too_large(
                path,
                unpacked,
                MAX_SHARED_STRINGS_BYTES,
                SizeUnit::Bytes,
            ));
        }
    }
    Ok(())
}

/// The rectangle each OpenDocument sheet's cells span once its repeated rows and columns are
/// counted (`table:number-rows-repeated` × `table:number-columns-repeated`: a 1.5 KB file can
/// ask for billions of cells), read as a stream, every sheet, refused past `MAX_CELLS`.
fn check_ods_extent(path: &Path, shown: &str) -> Result<(), ReadError> {
    use quick_xml::events::Event;
    let broken = |detail: String| ReadError::Spreadsheet {
        path: shown.to_string(),
        detail,
    };
    let mut archive = open_archive(path, shown)?;
    let content = archive
        .by_name("content.xml")
        .map_err(|e| broken(e.to_string()))?;
    let mut reader = quick_xml::Reader::from_reader(std::io::BufReader::new(content));
    let repeats = |e: &quick_xml::events::BytesStart<'_>, name: &str| -> u64 {
        e.attributes()
            .flatten()
            .find(|a| AsRef::<str>::as_ref(&a.key) == name)
            .and_then(|a| a.value.trim().parse::<u64>().ok())
            .unwrap_or(1)
            .max(1)
    };
    let is_cell = |name: &str| matches!(name, "table:table-cell" | "table:covered-table-cell");
    let has_value = |e: &quick_xml::events::BytesStart<'_>| {
        e.attributes().flatten().any(|a| {
            matches!(
                AsRef::<str>::as_ref(&a.key),
                "office:value-type" | "table:formula" | "office:value"
            )
        })
    };
    // Where the next row and cell start, the rows the current row repeats, and the extent of
    // the cells with something in them.
    let (mut row, mut col, mut row_repeats) = (0u64, 0u64, 1u64);
    let mut extent = Extent::default();
    let mut in_table = false;
    // The cell being read: its columns, and whether anything is in it yet.
    let mut open: Option<(u64, bool)> = None;
    let mut buf = Vec::new();
    loop {
        let event = reader
            .read_event_into(&mut buf)
            .map_err(|e| broken(e.to_string()))?;
        let mut closed: Option<(u64, bool)> = None;
        match &event {
            // Every sheet is measured: the reader reads them all when it opens the file.
            Event::Start(e) if e.name().0 == "table:table" => {
                in_table = true;
                (row, col, row_repeats) = (0, 0, 1);
                extent = Extent::default();
            }
            Event::End(e) if e.name().0 == "table:table" => in_table = false,
            Event::Eof => break,
            Event::Start(e) if in_table && e.name().0 == "table:table-row" => {
                row_repeats = repeats(e, "table:number-rows-repeated");
                col = 0;
            }
            Event::Empty(e) if in_table && e.name().0 == "table:table-row" => {
                row = row.saturating_add(repeats(e, "table:number-rows-repeated"));
            }
            Event::End(e) if in_table && e.name().0 == "table:table-row" => {
                row = row.saturating_add(row_repeats);
                row_repeats = 1;
            }
            Event::Empty(e) if in_table && is_cell(e.name().0) => {
                closed = Some((repeats(e, "table:number-columns-repeated"), has_value(e)));
            }
            Event::Start(e) if in_table && is_cell(e.name().0) => {
                open = Some((repeats(e, "table:number-columns-repeated"), has_value(e)));
            }
            Event::Text(t) if !t.trim().is_empty() => {
                if let Some((_, valued)) = open.as_mut() {
                    *valued = true;
                }
            }
            Event::End(e) if in_table && is_cell(e.name().0) => closed = open.take(),
            _ => {}
        }
        if let Some((columns, valued)) = closed {
            if valued {
                let cells = extent.add(row, row_repeats, col, columns);
                if cells > MAX_CELLS {
                    return Err(too_large(path, cells, MAX_CELLS, SizeUnit::Cells));
                }
            }
            col = col.saturating_add(columns);
        }
        buf.clear();
    }
    Ok(())
}

/// The rectangle the cells seen so far span.
#[derive(Debug, Clone, Copy)]
struct Extent {
    first_row: u64,
    last_row: u64,
    first_col: u64,
    last_col: u64,
}

impl Default for Extent {
    fn default() -> Self {
        Extent {
            first_row: u64::MAX,
            last_row: 0,
            first_col: u64::MAX,
            last_col: 0,
        }
    }
}

impl Extent {
    /// Take in `rows` rows from `row` and `columns` columns from `col`; the rectangle's cells.
    fn add(&mut self, row: u64, rows: u64, col: u64, columns: u64) -> u64 {
        self.first_row = self.first_row.min(row);
        self.last_row = self.last_row.max(row.saturating_add(rows.max(1) - 1));
        self.first_col = self.first_col.min(col);
        self.last_col = self.last_col.max(col.saturating_add(columns.max(1) - 1));
        (self.last_row - self.first_row + 1).saturating_mul(self.last_col - self.first_col + 1)
    }
}

/// What a table file's first bytes say it is.
fn content_kind(head: &[u8]) -> &'static str {
    if head.starts_with(b"PK\x03\x04") || head.starts_with(b"PK\x05\x06") {
        "zip"
    } else if head.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        "ole2"
    } else if head.starts_with(b"%PDF") {
        "pdf"
    } else if head.starts_with(b"SQLite format 3\0") {
        "sqlite"
    } else if !head.is_empty()
        && (std::str::from_utf8(head).is_ok()
            || head.starts_with(&[0xFF, 0xFE])
            || head.starts_with(&[0xFE, 0xFF]))
    {
        "text"
    } else if head.is_empty() {
        "empty"
    } else {
        "other"
    }
}

/// A workbook's name must match its content (.xlsx and .ods are zip archives, .xls an OLE2
/// file): a CSV renamed to .xlsx is said to be one, not reported as a zip library's error.
fn check_content(path: &Path, shown: &str, extension: &str) -> Result<(), ReadError> {
    use std::io::Read;
    let mut head = Vec::with_capacity(16);
    std::fs::File::open(path)
        .and_then(|f| f.take(16).read_to_end(&mut head))
        .map_err(|source| ReadError::Io {
            path: shown.to_string(),
            source,
        })?;
    let found = content_kind(&head);
    let (expected, wanted) = match extension {
        "xls" => ("xls", "ole2"),
        "ods" => ("ods", "zip"),
        _ => ("xlsx", "zip"),
    };
    if found == wanted {
        return Ok(());
    }
    Err(ReadError::NotWhatItSays {
        path: shown.to_string(),
        expected,
        found,
    })
}

/// Convert the cells typed in TCVN3: only a cell holding a glyph no Vietnamese Unicode text
/// has ("¸", "¶", "§"…) and no letter beyond Latin-1; "Dòng" or "Ý kiến" are kept as they are.
fn convert_tcvn3_cells(sheet: &mut Sheet) {
    for (_, row) in sheet.rows.iter_mut() {
        for cell in row.iter_mut() {
            if crate::rules::tcvn3::looks_like_tcvn3(cell) {
                *cell = crate::rules::tcvn3::to_unicode(cell);
            }
        }
    }
    sheet.decoded_from = Some("TCVN3");
}

/// A byte that breaks otherwise valid UTF-8 text: (row, byte). A file in a Windows code page has
/// no valid multi-byte UTF-8 sequence in it; one that has them is UTF-8 with a stray byte.
fn stray_byte(bytes: &[u8]) -> Option<(usize, u8)> {
    let error = std::str::from_utf8(bytes).err()?;
    let text = String::from_utf8_lossy(bytes);
    let real_letters = text
        .chars()
        .any(|c| !c.is_ascii() && c != char::REPLACEMENT_CHARACTER && c != '\u{FEFF}');
    if !real_letters || bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return None;
    }
    let at = error.valid_up_to();
    let row = bytes[..at].iter().filter(|b| **b == b'\n').count() + 1;
    Some((row, bytes[at]))
}

/// The row on which a quote opens and never closes.
fn open_quote(text: &str) -> Option<usize> {
    let mut line = 1;
    let mut opened_on = None;
    for c in text.chars() {
        match c {
            '"' => {
                opened_on = if opened_on.is_some() {
                    None
                } else {
                    Some(line)
                }
            }
            '\n' => line += 1,
            _ => {}
        }
    }
    opened_on
}

/// Decode a CSV file's bytes: BOMs, UTF-16, and Windows-1258 when the bytes are not UTF-8.
pub fn decode(bytes: &[u8]) -> (String, Option<&'static str>) {
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom..]);
        let from = (encoding != encoding_rs::UTF_8).then_some(encoding.name());
        return (text.into_owned(), from);
    }
    // UTF-16 without a BOM: every other byte of ASCII text is zero.
    let zeros_odd = bytes
        .iter()
        .skip(1)
        .step_by(2)
        .take(200)
        .filter(|b| **b == 0)
        .count();
    let zeros_even = bytes
        .iter()
        .step_by(2)
        .take(200)
        .filter(|b| **b == 0)
        .count();
    if bytes.len() >= 4 && zeros_odd > 20 && zeros_even == 0 {
        let (text, _) = encoding_rs::UTF_16LE.decode_without_bom_handling(bytes);
        return (text.into_owned(), Some("UTF-16LE"));
    }
    if bytes.len() >= 4 && zeros_even > 20 && zeros_odd == 0 {
        let (text, _) = encoding_rs::UTF_16BE.decode_without_bom_handling(bytes);
        return (text.into_owned(), Some("UTF-16BE"));
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => (text.to_string(), None),
        Err(_) => {
            let (text, _) = encoding_rs::WINDOWS_1258.decode_without_bom_handling(bytes);
            (text.into_owned(), Some("windows-1258"))
        }
    }
}

/// The separator of a CSV from its first lines (a title line above the header has none): the
/// most frequent of `;` `,` tab outside quotes.
fn separator(text: &str) -> u8 {
    let head: String = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(10)
        .collect::<Vec<_>>()
        .join("\n");
    let mut counts = [(b',', 0usize), (b';', 0), (b'\t', 0)];
    let mut quoted = false;
    for c in head.bytes() {
        if c == b'"' {
            quoted = !quoted;
        } else if !quoted {
            for (sep, n) in counts.iter_mut() {
                if c == *sep {
                    *n += 1;
                }
            }
        }
    }
    counts
        .iter()
        .max_by_key(|(_, n)| *n)
        .filter(|(_, n)| *n > 0)
        .map_or(b',', |(sep, _)| *sep)
}

fn csv_sheet(bytes: &[u8], shown: &str) -> Result<Sheet, ReadError> {
    let (text, decoded_from) = decode(bytes);
    // Windows (CRLF) and old Mac (CR) line ends as LF: the row numbers then count as Excel does.
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    if let Some(row) = open_quote(&text) {
        return Err(ReadError::OpenQuote {
            path: shown.to_string(),
            row,
        });
    }
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(separator(&text))
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    let mut cells: u64 = 0;
    for record in reader.records() {
        let record = record.map_err(|e| ReadError::Spreadsheet {
            path: shown.to_string(),
            detail: e.to_string(),
        })?;
        // One character between two separators is a cell: a few megabytes of commas would
        // otherwise be millions of them.
        cells += record.len() as u64;
        if cells > MAX_CELLS {
            return Err(too_large(
                Path::new(shown),
                cells,
                MAX_CELLS,
                SizeUnit::Cells,
            ));
        }
        // The line where the record starts: the row a person sees in Excel or an editor
        // (CRLF or LF alike; a quoted cell may span lines).
        let line = record
            .position()
            .map_or(rows.len() + 1, |p| p.line() as usize);
        rows.push((line, record.iter().map(str::to_string).collect()));
    }
    Ok(Sheet {
        rows,
        decoded_from,
        ..Default::default()
    })
}

fn spreadsheet(path: &Path, shown: &str) -> Result<Sheet, ReadError> {
    use calamine::{open_workbook_auto, Reader};
    let broken = |detail: String| ReadError::Spreadsheet {
        path: shown.to_string(),
        detail,
    };
    let is_xlsx = path
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| matches!(e.to_ascii_lowercase().as_str(), "xlsx" | "xlsm"));
    if is_xlsx {
        return xlsx_sheet(path, shown);
    }
    let mut book = open_workbook_auto(path).map_err(|e| broken(e.to_string()))?;
    let names = book.sheet_names();
    let first = names
        .first()
        .cloned()
        .ok_or_else(|| broken("the workbook has no sheet".into()))?;
    let range = book
        .worksheet_range(&first)
        .map_err(|e| broken(e.to_string()))?;
    Ok(sheet_of(&range, first, &names))
}

/// An .xlsx sheet read cell by cell as a stream, its extent checked as it grows: the reader's
/// own sheet would allocate the whole rectangle its cells span before anything could be said.
fn xlsx_sheet(path: &Path, shown: &str) -> Result<Sheet, ReadError> {
    use calamine::{Cell, Data, Reader};
    let broken = |detail: String| ReadError::Spreadsheet {
        path: shown.to_string(),
        detail,
    };
    let mut book: calamine::Xlsx<_> =
        calamine::open_workbook(path).map_err(|e: calamine::XlsxError| broken(e.to_string()))?;
    let names = book.sheet_names();
    let first = names
        .first()
        .cloned()
        .ok_or_else(|| broken("the workbook has no sheet".into()))?;
    let mut cells: Vec<Cell<Data>> = Vec::new();
    let mut extent = Extent::default();
    {
        let mut reader = book
            .worksheet_cells_reader(&first)
            .map_err(|e| broken(e.to_string()))?;
        while let Some(cell) = reader.next_cell().map_err(|e| broken(e.to_string()))? {
            let value: Data = cell.get_value().clone().into();
            if value == Data::Empty {
                continue;
            }
            let (row, col) = cell.get_position();
            let spanned = extent.add(u64::from(row), 1, u64::from(col), 1);
            if spanned > MAX_CELLS {
                return Err(too_large(path, spanned, MAX_CELLS, SizeUnit::Cells));
            }
            cells.push(Cell::new((row, col), value));
        }
    }
    Ok(sheet_of(
        &calamine::Range::from_sparse(cells),
        first,
        &names,
    ))
}

/// A sheet's cells as text, with the row numbers Excel shows.
fn sheet_of(range: &calamine::Range<calamine::Data>, first: String, names: &[String]) -> Sheet {
    use calamine::Data;
    let start_row = range.start().map_or(0, |(r, _)| r as usize);
    let mut cell_errors = Vec::new();
    let rows = range
        .rows()
        .enumerate()
        .map(|(i, row)| {
            let number = start_row + i + 1;
            let cells = row
                .iter()
                .enumerate()
                .map(|(col, cell)| match cell {
                    Data::Empty => String::new(),
                    Data::String(s) => s.clone(),
                    Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{f:.0}"),
                    Data::Float(f) => f.to_string(),
                    Data::Int(i) => i.to_string(),
                    Data::Bool(b) => b.to_string(),
                    Data::DateTime(d) => d
                        .as_datetime()
                        .map(|t| t.date().to_string())
                        .unwrap_or_else(|| d.to_string()),
                    Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
                    Data::Error(e) => {
                        let shown = e.to_string();
                        // The index within the row, as the columns are mapped.
                        cell_errors.push((number, col, shown.clone()));
                        shown
                    }
                })
                .collect();
            (number, cells)
        })
        .collect();
    Sheet {
        rows,
        decoded_from: None,
        cell_errors,
        other_sheets: names.iter().skip(1).cloned().collect(),
        sheet: Some(first),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings_offices_send() {
        let text = "Nội dung;Lĩnh vực\nĐề nghị sửa đường;giao thông\n";
        // UTF-8 with a BOM.
        let mut bom = vec![0xEF, 0xBB, 0xBF];
        bom.extend_from_slice(text.as_bytes());
        assert_eq!(decode(&bom), (text.to_string(), None));
        // UTF-16 LE as old Excel saves "Unicode text".
        let mut utf16 = vec![0xFF, 0xFE];
        utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(decode(&utf16).0, text);
        assert_eq!(decode(&utf16).1, Some("UTF-16LE"));
        // Windows-1258: a base letter, then a combining tone mark ("Nội" = N ô ◌̣ i).
        let (back, from) = decode(b"N\xf4\xf2i dung;\xd0\xea\xcc ngh\x69\xf2\n");
        assert_eq!(from, Some("windows-1258"));
        assert_eq!(crate::rules::text::nfc(&back), "Nội dung;Đề nghị\n");
    }

    #[test]
    fn a_row_is_numbered_as_excel_shows_it_with_crlf_too() {
        let sheet =
            csv_sheet(b"N\xe1\xbb\x99i dung,X\r\nfirst,1\r\nsecond,2\r\n", "f.csv").expect("csv");
        let numbers: Vec<usize> = sheet.rows.iter().map(|(n, _)| *n).collect();
        assert_eq!(numbers, [1, 2, 3]);
        assert_eq!(sheet.rows[1].1[0], "first");
    }

    #[test]
    fn broken_files_are_named_not_guessed() {
        assert!(matches!(
            csv_sheet(b"a,b\n\"open,1\nnext,2\n", "f.csv"),
            Err(ReadError::OpenQuote { row: 2, .. })
        ));
        assert_eq!(
            stray_byte("Nội dung\nĐề nghị\u{A0} sửa\n".as_bytes()),
            None,
            "valid"
        );
        let mut mixed = "Nội dung\nĐề nghị".as_bytes().to_vec();
        mixed.push(0xA0);
        assert_eq!(stray_byte(&mixed), Some((2, 0xA0)));
        assert_eq!(
            stray_byte(b"N\xf4\xf2i dung"),
            None,
            "Windows-1258 throughout"
        );
    }

    #[test]
    fn separators_from_the_header() {
        assert_eq!(separator("Nội dung;Lĩnh vực;Phân loại\n"), b';');
        assert_eq!(separator("\"a;b\",c,d\n"), b',');
        assert_eq!(separator("a\tb\n"), b'\t');
        assert_eq!(separator(""), b',');
        assert_eq!(
            separator("TỔNG HỢP Ý KIẾN\nNội dung;Phân loại\nA;B\n"),
            b';'
        );
    }
}
