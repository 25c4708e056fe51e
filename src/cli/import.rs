//! `opinion import` and `speaker import`: read the table (`input`), map its columns
//! (`rules::import`), parse each row as the matching command would parse its arguments, then hand
//! the rows to `ops::import` — one transaction, every row or none — and print what was (or, with
//! `--dry-run`, would be) created, what was already there, and every row's problem.
//! Not a noun: the `opinion` and `speaker` nouns (and `calendar import`) use it; it imports none
//! of them.

use super::{print_line, validate_text, Context};
use doithoai::error::{Error, Result};
use doithoai::ops::import::{self, Imported, OpinionRow, Problem, SpeakerRow};
use doithoai::output::{self, Format};
use doithoai::rules::import::{opinion_column, speaker_column, Field};
use doithoai::rules::vocabulary::{Category, Priority};
use doithoai::words;
use std::io::IsTerminal;
use std::path::PathBuf;

#[derive(Debug, Clone, clap::Args)]
pub struct ImportArgs {
    /// The session
    pub session: i64,
    /// The table: .csv (UTF-8, UTF-16 or Windows-1258; `,` `;` or tab), .xlsx, .xls or .ods
    pub file: PathBuf,
    /// Show what would be created and every row's problem; write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Name a column's field when its header is not recognised, e.g. --map "Ý kiến cử tri=content"; repeatable
    #[arg(long = "map", value_name = "COLUMN=FIELD")]
    pub map: Vec<String>,
    /// The text was typed in the old TCVN3 (ABC) fonts such as .VnTime: convert it to Unicode
    #[arg(long)]
    pub from_tcvn3: bool,
}

#[derive(Debug, Clone, clap::Args)]
pub struct OpinionImportArgs {
    #[command(flatten)]
    pub common: ImportArgs,
    /// Art. 5 category of rows without a category column or cell
    #[arg(long, value_parser = super::vocab::<Category>(), hide_possible_values = true)]
    pub category: Option<Category>,
    /// Priority of rows without one (default: normal)
    #[arg(long, value_parser = super::vocab::<Priority>(), hide_possible_values = true)]
    pub priority: Option<Priority>,
}

/// A table's columns, mapped: (column index, field), and the header row's number.
struct Columns {
    header_row: usize,
    fields: Vec<(usize, Field, String)>,
}

/// Find the header row (the first with a recognised column; title rows above it are skipped)
/// and what each column means; `--map` names the rest.
fn columns(
    sheet: &doithoai::input::Sheet,
    known: fn(&str) -> Option<Field>,
    maps: &[String],
) -> Result<Columns> {
    let mut overrides = Vec::new();
    for m in maps {
        let (column, field) = m
            .rsplit_once('=')
            .ok_or_else(|| Error::Invalid(msg!(bad_map, value = m)))?;
        let field =
            Field::from_name(field).ok_or_else(|| Error::Invalid(msg!(bad_map, value = m)))?;
        overrides.push((
            doithoai::rules::import::header_key(column),
            field,
            column.trim(),
        ));
    }
    for (number, cells) in &sheet.rows {
        let mut fields = Vec::new();
        for (i, header) in cells.iter().enumerate() {
            let key = doithoai::rules::import::header_key(header);
            if key.is_empty() {
                continue;
            }
            let field = overrides
                .iter()
                .find(|(k, _, _)| *k == key)
                .map(|(_, f, _)| *f)
                .or_else(|| known(header));
            if let Some(f) = field {
                fields.push((i, f, header.trim().to_string()));
            }
        }
        if fields.iter().any(|(_, f, _)| *f != Field::Ignored) {
            // Every --map names a column of this header row.
            for (key, _, named) in &overrides {
                if !cells
                    .iter()
                    .any(|h| doithoai::rules::import::header_key(h) == *key)
                {
                    let headers: Vec<&str> = cells
                        .iter()
                        .map(|h| h.trim())
                        .filter(|h| !h.is_empty())
                        .collect();
                    return Err(Error::Invalid(msg!(
                        map_column_missing,
                        column = named,
                        headers = headers.join("; ")
                    )));
                }
            }
            // One column per field: a second one would be silently dropped.
            for (k, (_, field, header)) in fields.iter().enumerate() {
                if *field == Field::Ignored {
                    continue;
                }
                if let Some((_, _, other)) = fields[k + 1..].iter().find(|(_, f, _)| f == field) {
                    return Err(Error::Invalid(msg!(
                        column_twice,
                        first = header,
                        second = other
                    )));
                }
            }
            return Ok(Columns {
                header_row: *number,
                fields,
            });
        }
    }
    Err(Error::Invalid(msg!(no_header_row)))
}

/// The cell of `field` in a row, trimmed; `None` when empty or absent.
fn cell<'r>(row: &'r [String], columns: &'r Columns, field: Field) -> Option<(&'r str, &'r str)> {
    columns
        .fields
        .iter()
        .find(|(_, f, _)| *f == field)
        .and_then(|(i, _, header)| {
            row.get(*i)
                .map(|v| v.trim())
                .filter(|v| !v.is_empty())
                .map(|v| (v, header.as_str()))
        })
}

fn column_name(columns: &Columns, field: Field, fallback: &str) -> String {
    // A column the file does not have is named in the reader's words.
    columns
        .fields
        .iter()
        .find(|(_, f, _)| *f == field)
        .map_or_else(|| fallback.to_string(), |(_, _, h)| h.clone())
}

fn read(ctx: &Context, a: &ImportArgs) -> Result<(doithoai::input::Sheet, String)> {
    let _ = ctx;
    // A file that is not there, a folder, or not a table is a bad argument (exit 2).
    let sheet = doithoai::input::read(&a.file, a.from_tcvn3).map_err(read_error)?;
    let file = a
        .file
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_else(|| a.file.display().to_string());
    Ok((sheet, file))
}

/// The problems of cells holding a formula's error, in the columns that are read.
fn formula_errors(sheet: &doithoai::input::Sheet, columns: &Columns) -> Vec<Problem> {
    sheet
        .cell_errors
        .iter()
        .filter(|(row, _, _)| *row > columns.header_row)
        .filter_map(|(row, col, error)| {
            columns
                .fields
                .iter()
                .find(|(i, f, _)| i == col && *f != Field::Ignored)
                .map(|(_, _, header)| Problem {
                    row: *row,
                    column: header.clone(),
                    value: error.clone(),
                    accepted: msg!(formula_error),
                })
        })
        .collect()
}

/// Say which columns of the header row are not read (a column the clerk may have meant).
fn note_unread_columns(sheet: &doithoai::input::Sheet, columns: &Columns) {
    let Some((_, header)) = sheet.rows.iter().find(|(n, _)| *n == columns.header_row) else {
        return;
    };
    let unread: Vec<String> = header
        .iter()
        .enumerate()
        .filter(|(i, h)| !h.trim().is_empty() && !columns.fields.iter().any(|(c, _, _)| c == i))
        .map(|(_, h)| h.trim().to_string())
        .collect();
    if !unread.is_empty() {
        eprintln!("{}", msg!(columns_not_read, columns = unread.join(", ")));
    }
}

/// Say which sheet of a workbook was read when it has others (they are not imported).
fn note_sheets(sheet: &doithoai::input::Sheet) {
    if let (Some(read), false) = (&sheet.sheet, sheet.other_sheets.is_empty()) {
        eprintln!(
            "{}",
            msg!(
                other_sheets,
                read = read,
                others = sheet.other_sheets.join(", ")
            )
        );
    }
}

/// A table that cannot be read, said in the interface's language (a bad argument: exit 2).
pub fn read_error(e: doithoai::input::ReadError) -> Error {
    use doithoai::input::ReadError;
    Error::Invalid(match e {
        ReadError::TooLarge {
            path,
            found,
            limit,
            unit,
        } => {
            return Error::TooLarge {
                path,
                found,
                limit,
                unit,
            }
        }
        ReadError::NotAFile { path, what } => words::input_not_a_file(&path, what),
        ReadError::OldExcel { path } => msg!(old_excel, path = &path),
        ReadError::Io { path, source } => {
            msg!(
                cannot_read_text,
                path = doithoai::words::shown(std::path::Path::new(&path)),
                cause = &source,
                cause_io_cause = doithoai::words::io_cause(&source)
            )
        }
        ReadError::Kind { path } => msg!(not_a_table, file = &path),
        ReadError::OpenQuote { path, row } => msg!(open_quote, file = &path, row = row),
        ReadError::StrayByte { path, row, byte } => msg!(
            stray_byte,
            file = &path,
            row = row,
            byte = format!("0x{:02X}", byte)
        ),
        ReadError::NotWhatItSays {
            path,
            expected,
            found,
        } => msg!(
            not_what_it_says,
            path = &path,
            expected = expected,
            found = found
        ),
        other @ ReadError::Spreadsheet { .. } => {
            msg!(unreadable_table, detail = &other.to_string())
        }
    })
}

/// Rows after the header that have something in them.
fn data_rows(sheet: &doithoai::input::Sheet, header_row: usize) -> Vec<(usize, Vec<String>)> {
    sheet
        .rows
        .iter()
        .filter(|(n, row)| *n > header_row && row.iter().any(|c| !c.trim().is_empty()))
        .cloned()
        .collect()
}

fn text(value: &str, row: usize, column: &str, problems: &mut Vec<Problem>) -> Option<String> {
    match validate_text(value) {
        Ok(t) => Some(t),
        Err(e) => {
            problems.push(Problem {
                row,
                column: column.to_string(),
                value: output::clip(value, 60),
                accepted: words::error_message(&e),
            });
            None
        }
    }
}

/// A text the row must have in `field` (named `key` when the file has no such column): its
/// value, or `None` with the problem named (an empty cell, or a text that is not acceptable).
fn required_text(
    row: &[String],
    columns: &Columns,
    (field, key): (Field, &str),
    n: usize,
    problems: &mut Vec<Problem>,
) -> Option<String> {
    let column = || column_name(columns, field, &words::column(key));
    match cell(row, columns, field) {
        Some((value, _)) => text(value, n, &column(), problems),
        None => {
            problems.push(Problem {
                row: n,
                column: column(),
                value: String::new(),
                accepted: msg!(empty_text),
            });
            None
        }
    }
}

/// A text the row may have in `field`: `Some(None)` when absent, `None` when present but not
/// acceptable (its problem named).
fn optional_text(
    row: &[String],
    columns: &Columns,
    field: Field,
    n: usize,
    problems: &mut Vec<Problem>,
) -> Option<Option<String>> {
    match cell(row, columns, field) {
        Some((value, header)) => text(value, n, header, problems).map(Some),
        None => Some(None),
    }
}

fn progress(rows: usize) -> Box<dyn FnMut()> {
    if rows < 2000 || !std::io::stderr().is_terminal() {
        return Box::new(|| {});
    }
    let bar = indicatif::ProgressBar::new(rows as u64);
    Box::new(move || bar.inc(1))
}

pub fn opinions(ctx: &Context, a: OpinionImportArgs) -> Result<i32> {
    let (sheet, file) = read(ctx, &a.common)?;
    let columns = columns(&sheet, opinion_column, &a.common.map)?;
    if !columns.fields.iter().any(|(_, f, _)| *f == Field::Content) {
        return Err(Error::Invalid(msg!(no_content_column)));
    }
    let mut problems = formula_errors(&sheet, &columns);
    let broken: Vec<usize> = problems.iter().map(|p| p.row).collect();
    let mut rows = Vec::new();
    for (n, row) in data_rows(&sheet, columns.header_row) {
        if broken.contains(&n) {
            continue;
        }
        // Every problem of the row is named, not only the first (a clerk fixes them in one go).
        let content = required_text(
            &row,
            &columns,
            (Field::Content, "content"),
            n,
            &mut problems,
        );
        let category = match (cell(&row, &columns, Field::Category), a.category) {
            (Some((v, header)), _) => match v.parse::<Category>() {
                Ok(c) => Some(c),
                Err(e) => {
                    problems.push(Problem {
                        row: n,
                        column: header.to_string(),
                        value: v.to_string(),
                        accepted: words::vocabulary_accepted(&e),
                    });
                    None
                }
            },
            (None, Some(c)) => Some(c),
            (None, None) => {
                problems.push(Problem {
                    row: n,
                    column: column_name(&columns, Field::Category, &words::column("category")),
                    value: String::new(),
                    accepted: msg!(category_needed),
                });
                None
            }
        };
        let priority = match cell(&row, &columns, Field::Priority) {
            Some((v, header)) => match v.parse::<Priority>() {
                Ok(p) => Some(p),
                Err(e) => {
                    problems.push(Problem {
                        row: n,
                        column: header.to_string(),
                        value: v.to_string(),
                        accepted: words::vocabulary_accepted(&e),
                    });
                    None
                }
            },
            None => Some(a.priority.unwrap_or(Priority::Normal)),
        };
        let field = optional_text(&row, &columns, Field::Subject, n, &mut problems);
        let speaker = optional_text(&row, &columns, Field::Speaker, n, &mut problems);
        let (Some(content), Some(category), Some(priority), Some(field), Some(speaker)) =
            (content, category, priority, field, speaker)
        else {
            continue;
        };
        rows.push(OpinionRow {
            row: n,
            content,
            category,
            priority,
            field,
            speaker,
        });
    }
    note_sheets(&sheet);
    note_unread_columns(&sheet, &columns);
    let speaker_column = column_name(&columns, Field::Speaker, &words::column("speaker"));
    let outcome = Imported {
        file,
        session: a.common.session,
        dry_run: a.common.dry_run,
        problems,
        decoded_from: sheet.decoded_from.map(str::to_string),
        ..Default::default()
    };
    let mut store = ctx.open()?;
    let ticker = progress(rows.len());
    let preview: Vec<(usize, String)> = rows.iter().map(|r| (r.row, r.content.clone())).collect();
    let mut outcome = import::opinions(
        &mut store,
        &ctx.actor(),
        a.common.session,
        outcome,
        rows,
        ticker,
    )?;
    // The speaker's problems name the file's own column.
    for p in outcome
        .problems
        .iter_mut()
        .filter(|p| p.column == "speaker")
    {
        p.column = speaker_column.clone();
    }
    report(ctx, &outcome, &preview)
}

pub fn speakers(ctx: &Context, a: ImportArgs) -> Result<i32> {
    let (sheet, file) = read(ctx, &a)?;
    let columns = columns(&sheet, speaker_column, &a.map)?;
    if !columns.fields.iter().any(|(_, f, _)| *f == Field::Name) {
        return Err(Error::Invalid(msg!(no_name_column)));
    }
    let mut problems = formula_errors(&sheet, &columns);
    let broken: Vec<usize> = problems.iter().map(|p| p.row).collect();
    let mut rows = Vec::new();
    for (n, row) in data_rows(&sheet, columns.header_row) {
        if broken.contains(&n) {
            continue;
        }
        // Every problem of the row is named, not only the first.
        let name = required_text(&row, &columns, (Field::Name, "name"), n, &mut problems).and_then(
            |name| {
                // What a list or an export shows in a protected denouncer's place ("[protected:
                // denunciation]") is no one's name: a list exported and imported again would
                // register a speaker of that name.
                if name.starts_with('[') && name.ends_with(']') {
                    problems.push(Problem {
                        row: n,
                        column: column_name(&columns, Field::Name, &words::column("name")),
                        value: output::clip(&name, 60),
                        accepted: msg!(speaker_name_is_a_mask),
                    });
                    return None;
                }
                Some(name)
            },
        );
        let organisation = optional_text(&row, &columns, Field::Organisation, n, &mut problems);
        let address = optional_text(&row, &columns, Field::Address, n, &mut problems);
        let topic = optional_text(&row, &columns, Field::Topic, n, &mut problems);
        // Art. 8.3: a registration says what the speaker will speak about (as `speaker
        // register --topic` requires).
        if let Some(None) = topic {
            problems.push(Problem {
                row: n,
                column: column_name(&columns, Field::Topic, &words::column("topic")),
                value: String::new(),
                accepted: msg!(topic_needed),
            });
        }
        let (Some(name), Some(organisation), Some(address), Some(Some(topic))) =
            (name, organisation, address, topic)
        else {
            continue;
        };
        rows.push(SpeakerRow {
            row: n,
            name,
            organisation,
            address,
            topic,
        });
    }
    note_sheets(&sheet);
    note_unread_columns(&sheet, &columns);
    let outcome = Imported {
        file,
        session: a.session,
        dry_run: a.dry_run,
        problems,
        decoded_from: sheet.decoded_from.map(str::to_string),
        ..Default::default()
    };
    let mut store = ctx.open()?;
    let ticker = progress(rows.len());
    let preview: Vec<(usize, String)> = rows.iter().map(|r| (r.row, r.name.clone())).collect();
    let outcome = import::speakers(&mut store, &ctx.actor(), a.session, outcome, rows, ticker)?;
    report(ctx, &outcome, &preview)
}

/// Print the outcome; problems make the exit code 1 (nothing was written).
fn report(ctx: &Context, outcome: &Imported, preview: &[(usize, String)]) -> Result<i32> {
    let mut outcome = outcome.clone();
    outcome.problems.sort_by_key(|p| p.row);
    let outcome = &outcome;
    if ctx.format == Format::Json {
        output::json(&mut std::io::stdout().lock(), outcome)?;
    } else {
        if let Some(from) = &outcome.decoded_from {
            eprintln!("{}", msg!(decoded_from, encoding = from));
        }
        if outcome.dry_run {
            for (row, _) in &outcome.created {
                if let Some((_, what)) = preview.iter().find(|(r, _)| r == row) {
                    print_line(
                        msg!(would_import, row = *row, what = &output::clip(what, 70)).to_string(),
                    )?;
                }
            }
        }
        for p in &outcome.problems {
            eprintln!(
                "{}",
                msg!(
                    import_problem,
                    row = p.row,
                    column = &p.column,
                    value = &p.value,
                    accepted = &p.accepted.to_string()
                )
            );
        }
        print_line(words::import_summary(
            &outcome.file,
            outcome.dry_run || !outcome.problems.is_empty(),
            outcome.created.len(),
            outcome.already.len(),
            // Rows with a problem (a row may have several).
            outcome
                .problems
                .iter()
                .map(|p| p.row)
                .collect::<std::collections::BTreeSet<_>>()
                .len(),
        ))?;
    }
    Ok(if outcome.problems.is_empty() {
        doithoai::error::exit::OK
    } else {
        doithoai::error::exit::REFUSED
    })
}
