//! Drafted documents laid out as Decree 30/2020/NĐ-CP (Appendix I) requires, as .docx (with
//! `docx-rs`) or as Markdown for a quick review. The layout: A4; margins top and bottom 20 mm,
//! left 30 mm, right 15 mm; Times New Roman 13–14 pt; a two-column heading — the issuing body
//! (its governing body above it) with the number under it on the left, the national name and
//! motto with its rule line and the place-and-date line on the right; the type and summary of
//! the document centred; the body justified; "Nơi nhận:" on the left and the signer on the right.
//! Page numbers in Arabic numerals, centred in the top margin, from the second page (Appendix I,
//! §I.4); a table's header row repeated on every page it runs onto and no row cut; the text in
//! Vietnamese (`vi-VN`), so a word processor checks it as such.

use crate::catalogue::{paper, paper_text};
use crate::ops::document::{Block, Draft, Signature};
use docx_rs::{
    AlignmentType, BorderType, BreakType, Docx, Header, LineSpacing, PageMargin, PageNum,
    Paragraph, Run, RunFonts, SpecialIndentType, Table, TableAlignmentType, TableCell,
    TableCellBorder, TableCellBorderPosition, TableCellBorders, TableRow, VAlignType, WidthType,
};

/// A4 in twentieths of a point.
const A4: (u32, u32) = (11_906, 16_838);
/// Millimetres to twentieths of a point.
const fn mm(v: i32) -> i32 {
    v * 1440 * 10 / 254
}
/// The text width: 210 mm less 30 mm and 15 mm.
const TEXT_WIDTH: usize = (mm(210) - mm(30) - mm(15)) as usize;

/// Font sizes in half-points.
const BODY: usize = 28; // 14 pt
const HEAD: usize = 26; // 13 pt
const SMALL: usize = 24; // 12 pt
const TINY: usize = 22; // 11 pt

/// A run of text: hidden characters (control characters edited into the database outside the
/// tool would make the XML malformed) replaced, and each line break kept as a break in the line
/// ("ngõ 5\nvà" stays two lines, not "ngõ 5và").
fn run(text: &str, size: usize) -> Run {
    let text = super::printable(text);
    let mut r = Run::new();
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            r = r.add_break(BreakType::TextWrapping);
        }
        r = r.add_text(line);
    }
    r.size(size)
}

fn centred(runs: Vec<Run>) -> Paragraph {
    let mut p = Paragraph::new()
        .align(AlignmentType::Center)
        .line_spacing(LineSpacing::new().before(0).after(0));
    for r in runs {
        p = p.add_run(r);
    }
    p
}

/// A table cell without borders.
fn bare_cell(width: usize) -> TableCell {
    TableCell::new()
        .width(width, WidthType::Dxa)
        .set_borders(TableCellBorders::with_empty())
        .vertical_align(VAlignType::Top)
}

/// A short solid rule, centred: the line under the motto and under the issuing body.
fn rule(width: usize) -> Table {
    Table::without_borders(vec![TableRow::new(vec![TableCell::new()
        .width(width, WidthType::Dxa)
        .set_borders(
            TableCellBorders::with_empty().set(
                TableCellBorder::new(TableCellBorderPosition::Top)
                    .border_type(BorderType::Single)
                    .size(6)
                    .color("000000"),
            ),
        )
        .add_paragraph(
            Paragraph::new()
                .line_spacing(LineSpacing::new().before(0).after(0).line(60))
                .add_run(Run::new().size(4)),
        )])])
    .width(width, WidthType::Dxa)
    .align(TableAlignmentType::Center)
}

/// The two-column heading (Decree 30, Appendix I, §II: positions 1–4).
fn heading(d: &Draft) -> Table {
    // A Party paper's issuer is one line ("ĐẢNG ỦY PHƯỜNG HOÀNG MAI") and its right column only
    // the Party's name: the left column is wider.
    let left_w = TEXT_WIDTH * if d.party { 50 } else { 40 } / 100;
    let right_w = TEXT_WIDTH - left_w;
    let mut left = bare_cell(left_w);
    if let Some(g) = &d.governing_body {
        left = left.add_paragraph(centred(vec![run(g, HEAD)]));
    }
    let last = d.issuing_body.len().saturating_sub(1);
    for (i, line) in d.issuing_body.iter().enumerate() {
        let p = centred(vec![run(line, HEAD).bold()]);
        // The rule sits a little under the body's name, not on its letters.
        let p = if i == last {
            p.line_spacing(LineSpacing::new().before(0).after(50))
        } else {
            p
        };
        left = left.add_paragraph(p);
    }
    // A Party paper marks its issuer with a star, a state paper with a short rule.
    left = if d.party {
        left.add_paragraph(centred(vec![run("*", HEAD)]))
    } else {
        left.add_table(rule(left_w / 3))
    };
    left = left.add_paragraph(centred(vec![run(&d.number, HEAD)]));
    if d.title.is_none() {
        // A letter's summary sits under its number: "V/v …".
        left = left.add_paragraph(centred(vec![run(&d.summary, SMALL)]));
    }
    let right = if d.party {
        // The Party's name, underlined, over the place-and-date line (Hướng dẫn 36-HD/VPTW).
        bare_cell(right_w).add_paragraph(
            centred(vec![run(&paper_word(paper::party_name), BODY)
                .bold()
                .underline("single")])
            .line_spacing(LineSpacing::new().before(0).after(30)),
        )
    } else {
        bare_cell(right_w)
            .add_paragraph(centred(vec![
                run(&paper_word(paper::national_name), SMALL).bold()
            ]))
            .add_paragraph(
                centred(vec![run(&paper_word(paper::national_motto), HEAD).bold()])
                    .line_spacing(LineSpacing::new().before(0).after(30)),
            )
            .add_table(rule(right_w * 62 / 100))
    }
    .add_paragraph(
        centred(vec![run(&d.date_line, BODY).italic()])
            .line_spacing(LineSpacing::new().before(120).after(0)),
    );
    Table::without_borders(vec![TableRow::new(vec![left, right])])
        .set_grid(vec![left_w, right_w])
        .width(TEXT_WIDTH, WidthType::Dxa)
        .align(TableAlignmentType::Center)
}

fn body_paragraph(text: &str) -> Paragraph {
    Paragraph::new()
        .align(AlignmentType::Both)
        .indent(None, Some(SpecialIndentType::FirstLine(mm(10))), None, None)
        .line_spacing(LineSpacing::new().before(60).after(60))
        .add_run(run(text, BODY))
}

/// A table of the body, with borders, headings bold.
fn body_table(headers: &[String], rows: &[Vec<String>], widths: &[u32]) -> Table {
    let total: u32 = widths.iter().sum::<u32>().max(1);
    let grid: Vec<usize> = widths
        .iter()
        .map(|w| TEXT_WIDTH * (*w as usize) / total as usize)
        .collect();
    let cell = |text: &str, width: usize, bold: bool| {
        let mut c = TableCell::new().width(width, WidthType::Dxa);
        for line in text.split('\n') {
            let r = run(line, SMALL);
            c = c.add_paragraph(
                Paragraph::new()
                    .line_spacing(LineSpacing::new().before(20).after(20))
                    .add_run(if bold { r.bold() } else { r }),
            );
        }
        c
    };
    let mut table_rows = vec![TableRow::new(
        headers
            .iter()
            .zip(&grid)
            .map(|(h, w)| cell(h, *w, true))
            .collect(),
    )];
    // A row is never cut across two pages (a deadline and its agency stay together).
    for row in rows {
        table_rows.push(
            TableRow::new(
                row.iter()
                    .zip(&grid)
                    .map(|(t, w)| cell(t, *w, false))
                    .collect(),
            )
            .cant_split(),
        );
    }
    Table::new(table_rows)
        .style(REPEATED_HEADER)
        .set_grid(grid)
        .width(TEXT_WIDTH, WidthType::Dxa)
}

/// A word of the papers' layout (`i18n/vi/papers.ftl`): the national name, the motto.
fn paper_word(id: &str) -> String {
    paper_text(id, &[])
}

/// The signer's block: on behalf of, title, four blank lines for the hand, name.
fn signature_cell(s: &Signature, width: usize) -> TableCell {
    let mut c = bare_cell(width);
    for a in &s.authority {
        c = c.add_paragraph(centred(vec![run(a, BODY).bold()]));
    }
    c = c.add_paragraph(centred(vec![run(&s.title, BODY).bold()]));
    for _ in 0..4 {
        c = c.add_paragraph(centred(vec![run("", BODY)]));
    }
    c.add_paragraph(centred(vec![run(&s.name, BODY).bold()]))
}

/// "Nơi nhận:" and the signer side by side (minutes: secretary and chair).
fn closing(d: &Draft) -> Table {
    let half = TEXT_WIDTH / 2;
    let cells = if d.signatures.len() >= 2 {
        vec![
            signature_cell(&d.signatures[0], half),
            signature_cell(&d.signatures[1], half),
        ]
    } else {
        let mut left = bare_cell(half);
        if !d.recipients.is_empty() {
            left = left.add_paragraph(
                Paragraph::new()
                    .add_run(run(&paper_word(paper::recipients), SMALL).bold().italic()),
            );
            let last = d.recipients.len() - 1;
            for (i, r) in d.recipients.iter().enumerate() {
                let line = if i == last {
                    format!("- {r}")
                } else {
                    format!("- {r};")
                };
                left = left.add_paragraph(
                    Paragraph::new()
                        .line_spacing(LineSpacing::new().before(0).after(0))
                        .add_run(run(&line, TINY)),
                );
            }
        } else {
            left = left.add_paragraph(Paragraph::new());
        }
        let right = match d.signatures.first() {
            Some(s) => signature_cell(s, half),
            None => bare_cell(half).add_paragraph(Paragraph::new()),
        };
        vec![left, right]
    };
    // The signer's block never breaks across pages.
    Table::without_borders(vec![TableRow::new(cells).cant_split()])
        .set_grid(vec![half, TEXT_WIDTH - half])
        .width(TEXT_WIDTH, WidthType::Dxa)
}

fn add_draft(mut docx: Docx, d: &Draft, first: bool) -> Docx {
    if !first {
        docx = docx.add_paragraph(Paragraph::new().add_run(Run::new().add_break(BreakType::Page)));
    }
    docx = docx.add_table(heading(d));
    if let Some(title) = &d.title {
        docx = docx
            .add_paragraph(
                centred(vec![run(title, BODY).bold()])
                    .line_spacing(LineSpacing::new().before(360).after(0)),
            )
            // The rule sits under the summary with a little space, not on its letters (a
            // two-line summary's last line included).
            .add_paragraph(
                centred(vec![run(&d.summary, BODY).bold()])
                    .line_spacing(LineSpacing::new().before(0).after(80)),
            )
            .add_table(rule(TEXT_WIDTH / 4));
    } else {
        docx = docx.add_paragraph(Paragraph::new());
    }
    if let Some(to) = &d.to {
        docx = docx.add_paragraph(
            centred(vec![run(to, BODY)]).line_spacing(LineSpacing::new().before(120).after(120)),
        );
    }
    let last = d.body.len().saturating_sub(1);
    for (i, block) in d.body.iter().enumerate() {
        docx = match block {
            // The closing sentence stays on the page of the signature.
            Block::Para(text) if i == last => {
                docx.add_paragraph(body_paragraph(text).keep_next(true))
            }
            Block::Para(text) => docx.add_paragraph(body_paragraph(text)),
            Block::Heading(text) => docx.add_paragraph(
                Paragraph::new()
                    .align(AlignmentType::Both)
                    .keep_next(true)
                    .line_spacing(LineSpacing::new().before(120).after(60))
                    .add_run(run(text, BODY).bold()),
            ),
            Block::Item(text) => docx.add_paragraph(body_paragraph(&format!(
                "- {}",
                crate::rules::documents::full_stop(text)
            ))),
            Block::Table {
                headers,
                rows,
                widths,
            } => docx
                .add_table(body_table(headers, rows, widths))
                .add_paragraph(Paragraph::new()),
        };
    }
    docx.add_paragraph(Paragraph::new().keep_next(true))
        .add_table(closing(d))
}

/// The mark a body table carries until `finish_package` turns it into the repetition of its
/// header row (`w:tblHeader`, which `docx-rs` does not write).
const REPEATED_HEADER: &str = "doithoai-repeated-header";

/// The package as `docx-rs` wrote it, finished with what it cannot write: each body table's
/// first row repeated at the top of every page the table runs onto, and the document's language
/// (vi-VN) in the default run properties.
fn finish_package(bytes: Vec<u8>) -> std::io::Result<Vec<u8>> {
    use std::io::{Read, Write};
    let mut archive =
        zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(std::io::Error::other)?;
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default());
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).map_err(std::io::Error::other)?;
        let name = entry.name().map_err(std::io::Error::other)?.to_string();
        if entry.is_dir() {
            out.add_directory(name, options)
                .map_err(std::io::Error::other)?;
            continue;
        }
        let mut content = Vec::new();
        entry.read_to_end(&mut content)?;
        let content = match name.as_str() {
            "word/document.xml" => repeat_header_rows(&String::from_utf8_lossy(&content)).into_bytes(),
            "word/styles.xml" => String::from_utf8_lossy(&content)
                // Last among the run properties, where the schema's order puts it.
                .replacen(
                    "</w:rPr></w:rPrDefault>",
                    "<w:lang w:val=\"vi-VN\" w:eastAsia=\"vi-VN\" w:bidi=\"ar-SA\" /></w:rPr></w:rPrDefault>",
                    1,
                )
                .into_bytes(),
            _ => content,
        };
        out.start_file(name, options)
            .map_err(std::io::Error::other)?;
        out.write_all(&content)?;
    }
    Ok(out.finish().map_err(std::io::Error::other)?.into_inner())
}

/// Each table marked `REPEATED_HEADER`: the mark removed, its first row a header row.
fn repeat_header_rows(xml: &str) -> String {
    let mark = format!("<w:tblStyle w:val=\"{REPEATED_HEADER}\" />");
    let mut out = String::with_capacity(xml.len());
    let mut rest = xml;
    while let Some(at) = rest.find(&mark) {
        out.push_str(&rest[..at]);
        rest = &rest[at + mark.len()..];
        // The first row after the mark: its properties gain the header flag.
        if let Some(row) = rest.find("<w:tr>") {
            let after = &rest[row + "<w:tr>".len()..];
            out.push_str(&rest[..row]);
            out.push_str("<w:tr>");
            if let Some(props) = after.strip_prefix("<w:trPr />") {
                out.push_str("<w:trPr><w:cantSplit /><w:tblHeader /></w:trPr>");
                rest = props;
            } else if let Some(props) = after.strip_prefix("<w:trPr>") {
                out.push_str("<w:trPr><w:tblHeader />");
                rest = props;
            } else {
                out.push_str("<w:trPr><w:tblHeader /></w:trPr>");
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The page number centred in the top margin, Times New Roman 14 pt: from the second page,
/// the first (a title page) carrying none.
fn page_numbers(docx: Docx) -> Docx {
    let number = || {
        Header::new().add_paragraph(
            Paragraph::new()
                .align(AlignmentType::Center)
                .size(BODY)
                .add_page_num(PageNum::new()),
        )
    };
    docx.header(number())
        .first_header(Header::new().add_paragraph(Paragraph::new()))
        .title_pg()
}

/// The drafts as one .docx: A4, Decree 30 margins, Times New Roman; several drafts (one
/// invitation per invitee) on pages of their own. A single document is numbered from its second
/// page; a file of several one-page invitations carries no number (each is its own paper).
pub fn docx(drafts: &[Draft], created: &str) -> std::io::Result<Vec<u8>> {
    let mut docx = Docx::new()
        .created_at(created)
        .updated_at(created)
        .page_size(A4.0, A4.1)
        .page_margin(PageMargin {
            top: mm(20),
            bottom: mm(20),
            left: mm(30),
            right: mm(15),
            header: mm(10),
            footer: mm(10),
            gutter: 0,
        })
        .default_fonts(
            RunFonts::new()
                .ascii("Times New Roman")
                .hi_ansi("Times New Roman")
                .cs("Times New Roman")
                .east_asia("Times New Roman"),
        )
        .default_size(BODY);
    if drafts.len() == 1 {
        docx = page_numbers(docx);
    }
    for (i, d) in drafts.iter().enumerate() {
        docx = add_draft(docx, d, i == 0);
    }
    let mut bytes = std::io::Cursor::new(Vec::new());
    docx.build()
        .pack(&mut bytes)
        .map_err(|e| std::io::Error::other(e.to_string()))?;
    finish_package(bytes.into_inner())
}

/// The same content as Markdown, for a quick review in a terminal or a chat.
pub fn markdown(drafts: &[Draft]) -> String {
    let mut out = String::new();
    for (i, d) in drafts.iter().enumerate() {
        if i > 0 {
            out.push_str("\n---\n\n");
        }
        if let Some(g) = &d.governing_body {
            out.push_str(&format!("{}  \n", md(g)));
        }
        out.push_str(&format!("**{}**  \n", md(&d.issuing_body.join(" "))));
        out.push_str(&format!("{}\n\n", md(&d.number)));
        out.push_str(&if d.party {
            format!("**{}**\n\n", paper_word(paper::party_name))
        } else {
            format!(
                "**{}**  \n**{}**\n\n",
                paper_word(paper::national_name),
                paper_word(paper::national_motto)
            )
        });
        out.push_str(&format!("*{}*\n\n", md(&d.date_line)));
        match &d.title {
            Some(t) => out.push_str(&format!("## {}\n\n**{}**\n\n", md(t), md(&d.summary))),
            None => out.push_str(&format!("{}\n\n", md(&d.summary))),
        }
        if let Some(to) = &d.to {
            out.push_str(&format!("{}\n\n", md(to)));
        }
        for (k, block) in d.body.iter().enumerate() {
            let list_ends = matches!(block, Block::Item(_))
                && !matches!(d.body.get(k + 1), Some(Block::Item(_)));
            match block {
                Block::Para(t) => out.push_str(&format!("{}\n\n", md(t))),
                Block::Heading(t) => out.push_str(&format!("### {}\n\n", md(t))),
                Block::Item(t) if list_ends => out.push_str(&format!(
                    "- {}\n\n",
                    md(&crate::rules::documents::full_stop(t))
                )),
                Block::Item(t) => out.push_str(&format!(
                    "- {}\n",
                    md(&crate::rules::documents::full_stop(t))
                )),
                Block::Table { headers, rows, .. } => {
                    out.push('\n');
                    let cell = |t: &str| md(t).replace("  \n", "<br>");
                    out.push_str(&format!(
                        "| {} |\n",
                        headers
                            .iter()
                            .map(|h| cell(h))
                            .collect::<Vec<_>>()
                            .join(" | ")
                    ));
                    out.push_str(&format!("|{}\n", "---|".repeat(headers.len())));
                    for r in rows {
                        out.push_str(&format!(
                            "| {} |\n",
                            r.iter().map(|c| cell(c)).collect::<Vec<_>>().join(" | ")
                        ));
                    }
                    out.push('\n');
                }
            }
        }
        out.push('\n');
        for s in &d.signatures {
            for a in &s.authority {
                out.push_str(&format!("**{}**  \n", md(a)));
            }
            // No name recorded (a secretary not named): the line is left for the hand.
            let name = if s.name.trim().is_empty() {
                String::new()
            } else {
                format!("**{}**", md(&s.name))
            };
            out.push_str(&format!("**{}**  \n\n\n{name}\n\n", md(&s.title)));
        }
        if !d.recipients.is_empty() {
            out.push_str(&format!("***{}***\n\n", paper_word(paper::recipients)));
            let last = d.recipients.len() - 1;
            for (i, r) in d.recipients.iter().enumerate() {
                out.push_str(&format!(
                    "- {}{}\n",
                    md(r),
                    if i == last { "" } else { ";" }
                ));
            }
        }
    }
    out
}
/// Whether a word would be made a link by a Markdown renderer's autolinks (a scheme, `www.`,
/// an e-mail address).
fn looks_like_a_link(word: &str) -> bool {
    let lower = word.to_lowercase();
    lower.contains("://")
        || lower.starts_with("www.")
        || lower.contains("mailto:")
        || lower.contains("javascript:")
        || word
            .split_once('@')
            .is_some_and(|(user, domain)| !user.is_empty() && domain.contains('.'))
}

/// Text from the records as Markdown shows it literally: hidden characters replaced, the
/// characters Markdown reads as markup escaped (`*`, `_`, `[`, `<`, `#`, a list's `-` or `1.`
/// at a line's start…: a petition never becomes a heading, a link or a `javascript:` target),
/// and a line break kept as a hard break.
fn md(text: &str) -> String {
    let text = super::printable(text);
    let mut out = String::with_capacity(text.len());
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push_str("  \n");
        }
        let line = line.trim_start();
        // The character that would make the line a list item or a heading underline: `-`, `+`
        // or `=` first, or the `.` / `)` after a number ("1. …").
        let digits = line.bytes().take_while(u8::is_ascii_digit).count();
        let marker = if line.starts_with(['-', '+', '=']) {
            Some(0)
        } else if digits > 0 && line[digits..].starts_with(['.', ')']) {
            Some(digits)
        } else {
            None
        };
        let mut at = 0;
        for token in line.split_inclusive(char::is_whitespace) {
            let word = token.trim_end();
            if looks_like_a_link(word) {
                // A link, an address or an e-mail that a renderer would make clickable (GitHub's
                // autolinks need no brackets): shown as code, never a link.
                let fence = if word.contains('`') { "`` " } else { "`" };
                out.push_str(fence);
                out.push_str(word);
                out.push_str(&fence.chars().rev().collect::<String>());
                out.push_str(&token[word.len()..]);
                at += token.len();
                continue;
            }
            for (k, c) in token.char_indices() {
                let markup = matches!(
                    c,
                    '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~'
                );
                if markup || marker == Some(at + k) {
                    out.push('\\');
                }
                out.push(c);
            }
            at += token.len();
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn petitions_stay_text_in_markdown() {
        let shown = md("# Tiêu đề\n1. mục\n- gạch\nXem https://hanoi.gov.vn, www.hoangmai.gov.vn và thu@hoangmai.vn *đậm* [x](y)");
        assert!(
            shown.starts_with("\\# Tiêu đề  \n1\\. mục  \n\\- gạch  \n"),
            "{shown}"
        );
        assert!(shown.contains("`https://hanoi.gov.vn,`"), "{shown}");
        assert!(shown.contains("`www.hoangmai.gov.vn`"), "{shown}");
        assert!(shown.contains("`thu@hoangmai.vn`"), "{shown}");
        assert!(
            shown.contains("\\*đậm\\*") && shown.contains("\\[x\\]"),
            "{shown}"
        );
    }
}
