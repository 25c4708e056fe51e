//! Reading the tables offices receive: a CSV typed in Excel, an .xlsx or .ods sheet (read with
//! `calamine`). Owns: the encoding (UTF-8 with or without BOM; UTF-16 from old Excel; text not
//! valid UTF-8 read as Windows-1258, the Vietnamese Windows code page, and said so), the
//! separator (`,` `;` or tab, from the header line), spreadsheet cells as text (numbers without a
//! trailing `.0`, dates as ISO), and the row numbers a person sees in Excel. Must not: decide what
//! a column means (`rules::import`) or write anything.

use std::path::Path;

/// One sheet as text: every row with the number Excel shows for it (1-based).
#[derive(Debug, Clone, Default)]
pub struct Sheet {
    pub rows: Vec<(usize, Vec<String>)>,
    /// How the text was decoded, when it was not UTF-8 (said in the outcome).
    pub decoded_from: Option<&'static str>,
}

/// Why a file could not be read as a table.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("cannot read {path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("{path} is not a table doithoai reads; accepted: .csv, .xlsx, .xls, .ods")]
    Kind { path: String },
    #[error("{path}: {detail}")]
    Spreadsheet { path: String, detail: String },
}

/// Read the first sheet of `path` (or the CSV); `tcvn3`: the text was typed in the TCVN3 (ABC)
/// fonts and is converted to Unicode.
pub fn read(path: &Path, tcvn3: bool) -> Result<Sheet, ReadError> {
    let shown = crate::messages::shown(path);
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
                let text = crate::rules::tcvn3::bytes_to_unicode(&bytes);
                let mut sheet = csv_sheet(text.as_bytes());
                sheet.decoded_from = Some("TCVN3");
                return Ok(sheet);
            }
            Ok(csv_sheet(&bytes))
        }
        "xlsx" | "xlsm" | "xls" | "ods" => {
            let mut sheet = spreadsheet(path, &shown)?;
            if tcvn3 {
                for (_, row) in sheet.rows.iter_mut() {
                    for cell in row.iter_mut() {
                        *cell = crate::rules::tcvn3::to_unicode(cell);
                    }
                }
                sheet.decoded_from = Some("TCVN3");
            }
            Ok(sheet)
        }
        _ => Err(ReadError::Kind { path: shown }),
    }
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

/// The separator of a CSV from its first non-empty line: the most frequent of `;` `,` tab
/// outside quotes.
fn separator(text: &str) -> u8 {
    let line = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let mut counts = [(b',', 0usize), (b';', 0), (b'\t', 0)];
    let mut quoted = false;
    for c in line.bytes() {
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

fn csv_sheet(bytes: &[u8]) -> Sheet {
    let (text, decoded_from) = decode(bytes);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(separator(&text))
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    let mut record = csv::StringRecord::new();
    loop {
        // The line a person sees in a text editor or in Excel (a quoted cell may span lines).
        let line = reader.position().line() as usize;
        match reader.read_record(&mut record) {
            Ok(true) => rows.push((line, record.iter().map(str::to_string).collect())),
            Ok(false) => break,
            // A broken quote ends the readable part; the rows read so far are kept and the
            // rest is reported by the caller as a row that could not be read.
            Err(_) => {
                rows.push((line, vec!["\u{FFFD}".into()]));
                break;
            }
        }
    }
    Sheet { rows, decoded_from }
}

fn spreadsheet(path: &Path, shown: &str) -> Result<Sheet, ReadError> {
    use calamine::{open_workbook_auto, Data, Reader};
    let mut book = open_workbook_auto(path).map_err(|e| ReadError::Spreadsheet {
        path: shown.to_string(),
        detail: e.to_string(),
    })?;
    let first = book
        .sheet_names()
        .first()
        .cloned()
        .ok_or_else(|| ReadError::Spreadsheet {
            path: shown.to_string(),
            detail: "the workbook has no sheet".into(),
        })?;
    let range = book
        .worksheet_range(&first)
        .map_err(|e| ReadError::Spreadsheet {
            path: shown.to_string(),
            detail: e.to_string(),
        })?;
    let start_row = range.start().map_or(0, |(r, _)| r as usize);
    let rows = range
        .rows()
        .enumerate()
        .map(|(i, row)| {
            let cells = row
                .iter()
                .map(|cell| match cell {
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
                    Data::Error(e) => format!("#{e:?}"),
                })
                .collect();
            (start_row + i + 1, cells)
        })
        .collect();
    Ok(Sheet {
        rows,
        decoded_from: None,
    })
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
    fn separators_from_the_header() {
        assert_eq!(separator("Nội dung;Lĩnh vực;Phân loại\n"), b';');
        assert_eq!(separator("\"a;b\",c,d\n"), b',');
        assert_eq!(separator("a\tb\n"), b'\t');
        assert_eq!(separator(""), b',');
    }
}
