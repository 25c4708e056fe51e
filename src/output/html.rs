//! Printable pages (`--format html`): one self-contained file — no script, no font, no image
//! fetched from anywhere — laid out for A4 paper, with charts drawn as inline SVG. Every chart
//! has a caption and is followed by a table of its numbers, so a screen reader and a photocopy
//! both carry the figures (issue: what the supervisor opens).

use super::xlsx::Cell;
use super::SheetContext;
use crate::messages::{self, column, label, page_word};
use crate::ops::report::PeriodReport;
use std::fmt::Write as _;

/// Escape text for HTML content and attribute values.
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in super::printable(text).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The house style: A4 with the Decree 30 margins (top/bottom 20 mm, left 30 mm, right 15 mm),
/// Times New Roman, tables that wrap inside the page instead of running off it.
const STYLE: &str = r#"
@page { size: A4; margin: 20mm 15mm 20mm 30mm;
        @bottom-center { content: counter(page) " / " counter(pages); font-size: 9pt; } }
* { box-sizing: border-box; }
html { background: #fff; }
body { font-family: "Times New Roman", Times, "Liberation Serif", serif; font-size: 11pt;
       line-height: 1.25; color: #000; margin: 0 auto; max-width: 165mm; padding: 0; }
header { text-align: center; margin-bottom: 3mm; }
header .office { font-weight: bold; text-transform: uppercase; font-size: 11pt; }
h1 { font-size: 14pt; margin: 2mm 0 1mm; text-transform: uppercase; }
h2 { font-size: 12pt; margin: 4mm 0 1.5mm; break-after: avoid; page-break-after: avoid; }
h3 { font-size: 11pt; margin: 3mm 0 1mm; break-after: avoid; page-break-after: avoid; }
p.meta { margin: 0.3mm 0; font-style: italic; }
table { border-collapse: collapse; width: 100%; margin: 1mm 0 2.5mm; font-size: 9.5pt; }
table.wide { font-size: 8.5pt; }
table.wide td:first-child:not(.n) { min-width: 26mm; }
td { overflow-wrap: break-word; word-break: normal; }
th { hyphens: manual; word-break: normal; overflow-wrap: normal; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { border: 0.6pt solid #555; padding: 0.4mm 1.2mm; vertical-align: top; text-align: left; }
th { background: #e8edf6; font-weight: bold; }
td.n { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.d { white-space: nowrap; }
td.long { min-width: 45mm; }
.pair { display: flex; gap: 4mm; align-items: flex-start; }
.pair > div { flex: 1 1 0; min-width: 0; }
.pair > div.wider { flex: 2 1 0; }
figure { margin: 2mm 0; break-inside: avoid; page-break-inside: avoid; }
figure svg { width: 100%; height: auto; max-height: 46mm; display: block; }
figcaption { font-weight: bold; font-size: 10pt; margin-bottom: 1mm; break-after: avoid;
             page-break-after: avoid; }
details { margin: 0 0 2mm; }
details summary { font-size: 9pt; color: #333; }
@media print { details { display: none; } details.printed { display: block; }
               details.printed > summary { display: none; }
               figure { break-inside: auto; page-break-inside: auto; }
               figure svg { break-inside: avoid; page-break-inside: avoid; max-height: 34mm; }
               svg.chart-field-outcomes { max-height: none; }
               h1 { font-size: 13pt; }
               body { font-size: 10pt; line-height: 1.2; }
               table { font-size: 8pt; margin: 0.5mm 0 1.5mm; line-height: 1.15; }
               table.wide { font-size: 8pt; }
               th, td { padding: 0.1mm 1mm; }
               h2 { margin: 2.5mm 0 1mm; } h3 { margin: 1.5mm 0 0.5mm; }
               figure { margin: 1mm 0; } figcaption { margin-bottom: 0.5mm; } }
p.empty { font-style: italic; }
table.record { break-inside: avoid; page-break-inside: avoid; margin: 0 0 3mm; table-layout: fixed; }
table.record caption { text-align: left; font-weight: bold; padding: 0.5mm 0; }
table.record col { width: 28%; } table.record col.k { width: 22%; }
table.record th { font-weight: normal; background: #f2f4f8; }
table.record td.n { text-align: left; }
"#;

/// Okabe–Ito colours: told apart by readers with a colour-vision deficiency and in greyscale.
const COLOURS: [&str; 7] = [
    "#009E73", "#E69F00", "#D55E00", "#56B4E9", "#0072B2", "#999999", "#CC79A7",
];

/// R4, R9, R10 in the chart of the year.
const RULE_COLOURS: [&str; 3] = ["#56B4E9", "#0072B2", "#E69F00"];

/// One colour per outcome group of `OUTCOME_GROUPS`, in its order: on time green, at the
/// session blue, late orange, overdue vermilion, open sky blue, not assigned grey, out of
/// scope purple.
const OUTCOME_COLOURS: [&str; 7] = [
    "#009E73", "#0072B2", "#E69F00", "#D55E00", "#56B4E9", "#999999", "#CC79A7",
];

fn page_start(title: &str) -> String {
    let lang = match messages::lang() {
        messages::Lang::Vi => "vi",
        messages::Lang::En => "en",
    };
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"doithoai\">\n<title>{}</title>\n<style>{STYLE}</style>\n\
         </head>\n<body>\n",
        esc(title)
    )
}

/// A cell as the page shows it.
fn cell_html(cell: &Cell) -> String {
    match cell {
        // Long text (a petition) gets room; the other columns stay narrow.
        Cell::Text(t) if t.chars().count() > 40 => format!("<td class=\"long\">{}</td>", esc(t)),
        // A figure with its unit ("78 ngày làm việc") on one line, like a date.
        Cell::Text(t) if t.chars().count() <= 18 && t.starts_with(|c: char| c.is_ascii_digit()) => {
            format!("<td class=\"d\">{}</td>", esc(t))
        }
        Cell::Text(t) => format!("<td>{}</td>", esc(t)),
        Cell::Number(n) => format!("<td class=\"n\">{}</td>", number(*n)),
        Cell::Percent(p) => format!("<td class=\"n\">{}</td>", messages::percent(*p)),
        Cell::Date(d) => format!("<td class=\"d\">{}</td>", esc(&messages::date(*d))),
        Cell::DateTime(t) => format!(
            "<td class=\"d\">{} {}</td>",
            esc(&messages::date(t.date())),
            t.format("%H:%M")
        ),
        Cell::Empty => "<td></td>".into(),
    }
}

fn number(n: f64) -> String {
    if n.fract() == 0.0 {
        format!("{n:.0}")
    } else {
        messages::decimal(n, 1)
    }
}

/// A table from headings and typed rows.
fn table(headers: &[String], rows: &[Vec<Cell>]) -> String {
    // A table of many columns is set smaller, so its headings are not cut into syllables.
    let mut out = String::from(if headers.len() > 8 {
        "<table class=\"wide\">\n<thead><tr>"
    } else {
        "<table>\n<thead><tr>"
    });
    for h in headers {
        let _ = write!(out, "<th scope=\"col\">{}</th>", esc(h));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for row in rows {
        out.push_str("<tr>");
        for cell in row {
            out.push_str(&cell_html(cell));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
    out
}

/// A printable page of one list (sessions, opinions, an export…).
pub struct ListPage {
    title: String,
    subtitle: String,
    headers: Vec<String>,
    rows: Vec<Vec<Cell>>,
}

impl ListPage {
    pub fn new(context: &SheetContext, headers: Vec<String>) -> ListPage {
        ListPage {
            title: context.title(),
            subtitle: context.subtitle(None),
            headers,
            rows: Vec::new(),
        }
    }

    pub fn row(&mut self, cells: Vec<Cell>) {
        self.rows.push(cells);
    }

    pub fn finish(self) -> String {
        // A column empty in every row says nothing on paper.
        let used: Vec<bool> = (0..self.headers.len())
            .map(|i| {
                self.rows
                    .iter()
                    .any(|r| !matches!(r.get(i), None | Some(Cell::Empty)))
            })
            .collect();
        let headers: Vec<String> = self
            .headers
            .iter()
            .zip(&used)
            .filter(|(_, u)| **u)
            .map(|(h, _)| h.clone())
            .collect();
        let rows: Vec<Vec<Cell>> = self
            .rows
            .into_iter()
            .map(|r| {
                r.into_iter()
                    .zip(&used)
                    .filter(|(_, u)| **u)
                    .map(|(c, _)| c)
                    .collect()
            })
            .collect();
        let mut out = page_start(&self.title);
        // A list of many columns is not squeezed into one table of slivers: each record is a
        // block of its fields, two "label: value" pairs a line (an export of 22 columns). A
        // list of a few more than a portrait page holds prints across a landscape one.
        let cards = headers.len() > CARD_COLUMNS;
        if headers.len() > 8 && !cards {
            out = out.replace(
                "</style>",
                "@page { size: A4 landscape; }\nbody { max-width: 252mm; font-size: 11pt; }\n\
                 table { font-size: 8.5pt; }\nth, td { padding: 0.6mm 0.8mm; }\n\
                 td.long { min-width: 38mm; }\n</style>",
            );
        }
        let _ = writeln!(out, "<header><h1>{}</h1>", esc(&self.title));
        if !self.subtitle.is_empty() {
            let _ = writeln!(out, "<p class=\"meta\">{}</p>", esc(&self.subtitle));
        }
        if let Some(note) = super::provisional_note() {
            let _ = writeln!(out, "<p class=\"meta\">{}</p>", esc(&note));
        }
        out.push_str("</header>\n");
        if rows.is_empty() {
            let _ = writeln!(out, "<p class=\"empty\">{}</p>", esc(&page_word("no_data")));
        } else if cards {
            for row in &rows {
                out.push_str(&record_card(&headers, row));
            }
        } else {
            out.push_str(&table(&headers, &rows));
        }
        out.push_str("</body>\n</html>\n");
        out
    }
}

/// Above this many columns a list prints as one block per record.
const CARD_COLUMNS: usize = 12;

/// One record of a wide list as a block: its first field ("Mã 3") as the block's heading, then
/// its other fields, those with a value only, two to a line; a long text (a petition) takes the
/// whole line. Never split across pages.
fn record_card(headers: &[String], row: &[Cell]) -> String {
    let mut out = String::from(
        "<table class=\"record\"><colgroup><col class=\"k\"><col><col class=\"k\"><col></colgroup>\n",
    );
    let mut fields = headers.iter().zip(row);
    if let Some((heading, first)) = fields.next() {
        let value = cell_html(first)
            .trim_start_matches(|c| c != '>')
            .trim_start_matches('>')
            .trim_end_matches("</td>")
            .to_string();
        let _ = writeln!(out, "<caption>{} {value}</caption>", esc(heading));
    }
    let mut pending: Option<String> = None;
    for (heading, cell) in fields {
        if matches!(cell, Cell::Empty) {
            continue;
        }
        let pair = format!("<th scope=\"row\">{}</th>{}", esc(heading), cell_html(cell));
        let long = matches!(cell, Cell::Text(t) if t.chars().count() > 40);
        if long {
            if let Some(left) = pending.take() {
                let _ = writeln!(out, "<tr>{left}<td colspan=\"2\"></td></tr>");
            }
            let _ = writeln!(
                out,
                "<tr><th scope=\"row\">{}</th>{}</tr>",
                esc(heading),
                cell_html(cell).replacen("<td", "<td colspan=\"3\"", 1)
            );
        } else if let Some(left) = pending.take() {
            let _ = writeln!(out, "<tr>{left}{pair}</tr>");
        } else {
            pending = Some(pair);
        }
    }
    if let Some(left) = pending {
        let _ = writeln!(out, "<tr>{left}<td colspan=\"2\"></td></tr>");
    }
    out.push_str("</table>\n");
    out
}

/// The on-time rates of one quarter, for the chart of the year.
#[derive(Debug, Clone)]
pub struct QuarterRates {
    pub label: String,
    pub r4: Option<f64>,
    pub r9: Option<f64>,
    pub r10: Option<f64>,
}

/// A chart with its caption and its numbers. On paper the numbers of a chart that shows them
/// all are left out (the chart is labelled); `printed` numbers say more than the chart and are
/// printed too.
fn figure(id: &str, caption: &str, svg: &str, numbers: &str, printed: bool) -> String {
    format!(
        "<figure aria-labelledby=\"{id}-caption\">\n<figcaption id=\"{id}-caption\">{}</figcaption>\n{svg}\n\
         <details open{}><summary>{}</summary>\n{numbers}</details>\n</figure>\n",
        esc(caption),
        if printed { " class=\"printed\"" } else { "" },
        esc(&page_word("figure_numbers"))
    )
}

fn svg_open(id: &str, title: &str, width: u32, height: u32) -> String {
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" role=\"img\" \
         class=\"chart-{id}\" \
         aria-labelledby=\"{id}-title\" font-family=\"Times New Roman, serif\" font-size=\"12\">\
         <title id=\"{id}-title\">{}</title>",
        esc(title)
    )
}

/// Shorten a label for a chart axis (the table under the chart keeps the whole name).
fn short(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        let mut s: String = text.chars().take(max - 1).collect();
        s.push('…');
        s
    }
}

/// The widest axis label line, in characters, that fits left of the bars.
const LABEL_CHARS: usize = 34;

/// An agency's (or any row's) name on a chart's axis, right-aligned at `x`, its baseline at `y`:
/// on one line when it fits, else wrapped at a space onto two smaller lines (the second
/// shortened with "…" only if the name is longer still), the whole name in a `<title>` so a
/// reader who points at it sees it. "Phòng Quản lý đô thị và Hạ tầng kỹ thuật" is never cut
/// into "Phòng Quản lý đô thị và Hạ tầng k…".
fn axis_label(name: &str, x: f64, y: f64) -> String {
    let title = format!("<title>{}</title>", esc(name));
    if name.chars().count() <= LABEL_CHARS {
        return format!(
            "<text x=\"{x:.1}\" y=\"{y:.1}\" text-anchor=\"end\">{title}{}</text>",
            esc(name)
        );
    }
    // Break at the last space that leaves the first line within the width.
    let words: Vec<&str> = name.split_whitespace().collect();
    let mut first = String::new();
    let mut used = 0;
    for (i, word) in words.iter().enumerate() {
        let wider = first.chars().count() + usize::from(i > 0) + word.chars().count();
        if wider > LABEL_CHARS && i > 0 {
            break;
        }
        if i > 0 {
            first.push(' ');
        }
        first.push_str(word);
        used = i + 1;
    }
    let first = short(&first, LABEL_CHARS);
    let rest = short(&words[used..].join(" "), LABEL_CHARS);
    format!(
        "<text x=\"{x:.1}\" y=\"{:.1}\" text-anchor=\"end\" font-size=\"10\">{title}\
         <tspan x=\"{x:.1}\">{}</tspan><tspan x=\"{x:.1}\" dy=\"11\">{}</tspan></text>",
        y - 6.0,
        esc(&first),
        esc(&rest)
    )
}

fn percent_or_dash(rate: Option<f64>) -> String {
    rate.map_or_else(|| "—".into(), messages::percent)
}

/// Horizontal bars from 0 to 100 %, one per label.
fn rate_bars(id: &str, title: &str, items: &[(String, Option<f64>)]) -> String {
    let (left, width, bar, gap) = (230.0, 640.0, 18.0, 8.0);
    let plot = width - left - 60.0;
    let height = 30.0 + items.len() as f64 * (bar + gap);
    let mut svg = svg_open(id, title, width as u32, height.ceil() as u32);
    for tick in [0.0, 0.25, 0.5, 0.75, 1.0] {
        let x = left + plot * tick;
        let _ = write!(
            svg,
            "<line x1=\"{x:.1}\" y1=\"4\" x2=\"{x:.1}\" y2=\"{:.1}\" stroke=\"#ccc\"/>\
             <text x=\"{x:.1}\" y=\"{:.1}\" text-anchor=\"middle\" font-size=\"10\">{}</text>",
            height - 18.0,
            height - 5.0,
            esc(&format!("{:.0}%", tick * 100.0))
        );
    }
    for (i, (name, rate)) in items.iter().enumerate() {
        let y = 6.0 + i as f64 * (bar + gap);
        svg.push_str(&axis_label(name, left - 6.0, y + bar - 4.0));
        let w = plot * rate.unwrap_or(0.0);
        let colour = match rate {
            Some(r) if *r >= 0.9 => COLOURS[0],
            Some(r) if *r >= 0.6 => COLOURS[1],
            _ => COLOURS[2],
        };
        let _ = write!(
            svg,
            "<rect x=\"{left:.1}\" y=\"{y:.1}\" width=\"{w:.1}\" height=\"{bar:.1}\" fill=\"{colour}\"/>\
             <text x=\"{:.1}\" y=\"{:.1}\">{}</text>",
            left + w + 4.0,
            y + bar - 4.0,
            esc(&percent_or_dash(*rate))
        );
    }
    svg.push_str("</svg>");
    svg
}

/// Stacked horizontal bars: one bar per row, one segment per series, with a legend.
fn stacked_bars(id: &str, title: &str, series: &[String], rows: &[(String, Vec<u64>)]) -> String {
    let (left, width, bar, gap) = (230.0, 640.0, 16.0, 6.0);
    let plot = width - left - 50.0;
    let legend_rows = series.len().div_ceil(2) as f64;
    let height = 10.0 + rows.len() as f64 * (bar + gap) + 10.0 + legend_rows * 17.0;
    let max = rows
        .iter()
        .map(|(_, v)| v.iter().sum::<u64>())
        .max()
        .unwrap_or(0)
        .max(1) as f64;
    let mut svg = svg_open(id, title, width as u32, height.ceil() as u32);
    for (i, (name, values)) in rows.iter().enumerate() {
        let y = 6.0 + i as f64 * (bar + gap);
        svg.push_str(&axis_label(name, left - 6.0, y + bar - 4.0));
        let mut x = left;
        for (s, v) in values.iter().enumerate() {
            let w = plot * (*v as f64) / max;
            if w > 0.0 {
                let _ = write!(
                    svg,
                    "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{w:.1}\" height=\"{bar:.1}\" \
                     fill=\"{}\" stroke=\"#fff\" stroke-width=\"0.5\"><title>{}: {v}</title></rect>",
                    OUTCOME_COLOURS[s % OUTCOME_COLOURS.len()],
                    esc(&series[s])
                );
            }
            x += w;
        }
        let _ = write!(
            svg,
            "<text x=\"{:.1}\" y=\"{:.1}\">{}</text>",
            x + 4.0,
            y + bar - 4.0,
            values.iter().sum::<u64>()
        );
    }
    let top = 10.0 + rows.len() as f64 * (bar + gap) + 4.0;
    for (s, name) in series.iter().enumerate() {
        let x = 20.0 + (s % 2) as f64 * 310.0;
        let y = top + (s / 2) as f64 * 17.0;
        let _ = write!(
            svg,
            "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"12\" height=\"12\" fill=\"{}\"/>\
             <text x=\"{:.1}\" y=\"{:.1}\" font-size=\"11\">{}</text>",
            OUTCOME_COLOURS[s % OUTCOME_COLOURS.len()],
            x + 16.0,
            y + 10.0,
            esc(name)
        );
    }
    svg.push_str("</svg>");
    svg
}

/// The step of a count axis: 1, 2 or 5 times a power of ten, so that about `ticks` steps reach
/// `max` (0, 5, 10, 15, 20 — never 0, 5, 11, 16, 21), and at least 1 (counts are whole).
fn nice_step(max: u64, ticks: u64) -> u64 {
    let raw = max.div_ceil(ticks.max(1)).max(1);
    let mut magnitude = 1;
    while magnitude * 10 <= raw {
        magnitude *= 10;
    }
    [1, 2, 5, 10]
        .into_iter()
        .map(|n| n * magnitude)
        .find(|step| *step >= raw)
        .unwrap_or(10 * magnitude)
}

/// Lines over labelled points (months), one per series, with a legend. Only the first `drawn`
/// labels carry points: the months after the report's day have no figures yet and are not
/// drawn as zeros.
fn lines(
    id: &str,
    title: &str,
    labels: &[String],
    series: &[(String, Vec<u64>)],
    drawn: usize,
) -> String {
    let (left, width, height, bottom) = (40.0, 640.0, 180.0, 40.0);
    let plot_w = width - left - 20.0;
    let plot_h = height - bottom - 30.0;
    let highest = series
        .iter()
        .flat_map(|(_, v)| v.iter().take(drawn).copied())
        .max()
        .unwrap_or(0)
        .max(1);
    let step = nice_step(highest, 4);
    let top = highest.div_ceil(step) * step;
    let max = top as f64;
    let spacing = if labels.len() > 1 {
        plot_w / (labels.len() - 1) as f64
    } else {
        0.0
    };
    let x_of = |i: usize| left + 10.0 + spacing * i as f64 * ((plot_w - 20.0) / plot_w);
    let y_of = |v: u64| 20.0 + plot_h - plot_h * (v as f64) / max;
    let mut svg = svg_open(id, title, width as u32, height as u32);
    for v in (0..=top).step_by(usize::try_from(step).unwrap_or(1)) {
        let y = y_of(v);
        let _ = write!(
            svg,
            "<line x1=\"{left}\" y1=\"{y:.1}\" x2=\"{:.1}\" y2=\"{y:.1}\" stroke=\"#ddd\"/>\
             <text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\" font-size=\"12\">{v}</text>",
            width - 10.0,
            left - 4.0,
            y + 3.0
        );
    }
    for (i, label) in labels.iter().enumerate() {
        let _ = write!(
            svg,
            "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" font-size=\"12\">{}</text>",
            x_of(i),
            20.0 + plot_h + 14.0,
            esc(label)
        );
    }
    for (s, (name, values)) in series.iter().enumerate() {
        let colour = [COLOURS[4], COLOURS[0]][s % 2];
        let points: Vec<String> = values
            .iter()
            .take(drawn)
            .enumerate()
            .map(|(i, v)| format!("{:.1},{:.1}", x_of(i), y_of(*v)))
            .collect();
        let dash = if s == 1 {
            " stroke-dasharray=\"6 3\""
        } else {
            ""
        };
        let _ = write!(
            svg,
            "<polyline points=\"{}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\"{dash}/>",
            points.join(" ")
        );
        for (i, v) in values.iter().take(drawn).enumerate() {
            let _ = write!(
                svg,
                "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"3\" fill=\"{colour}\"><title>{}: {v}</title></circle>",
                x_of(i),
                y_of(*v),
                esc(&labels[i])
            );
        }
        let lx = 60.0 + s as f64 * 260.0;
        let ly = height - 12.0;
        let _ = write!(
            svg,
            "<line x1=\"{lx:.1}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\" stroke=\"{colour}\" stroke-width=\"2\"{dash}/>\
             <text x=\"{:.1}\" y=\"{ly:.1}\" font-size=\"12\">{}</text>",
            ly - 4.0,
            lx + 24.0,
            ly - 4.0,
            lx + 30.0,
            esc(name)
        );
    }
    svg.push_str("</svg>");
    svg
}

/// Grouped vertical bars (0–100 %): one group per label, one bar per series.
fn grouped_rates(id: &str, title: &str, groups: &[QuarterRates], series: &[String]) -> String {
    let (left, width, height, bottom) = (40.0, 640.0, 180.0, 46.0);
    let plot_w = width - left - 10.0;
    let plot_h = height - bottom - 20.0;
    let group_w = plot_w / groups.len().max(1) as f64;
    let bar_w = (group_w - 24.0) / series.len().max(1) as f64;
    let mut svg = svg_open(id, title, width as u32, height as u32);
    for tick in [0.0, 0.25, 0.5, 0.75, 1.0] {
        let y = 20.0 + plot_h - plot_h * tick;
        let _ = write!(
            svg,
            "<line x1=\"{left}\" y1=\"{y:.1}\" x2=\"{:.1}\" y2=\"{y:.1}\" stroke=\"#ddd\"/>\
             <text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\" font-size=\"12\">{:.0}%</text>",
            width - 10.0,
            left - 4.0,
            y + 3.0,
            tick * 100.0
        );
    }
    for (g, group) in groups.iter().enumerate() {
        let x0 = left + g as f64 * group_w + 12.0;
        for (s, rate) in [group.r4, group.r9, group.r10].iter().enumerate() {
            let x = x0 + s as f64 * bar_w;
            match rate {
                Some(r) => {
                    let h = plot_h * r;
                    let _ = write!(
                        svg,
                        "<rect x=\"{x:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{h:.1}\" fill=\"{}\">\
                         <title>{} — {}: {}</title></rect>\
                         <text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" font-size=\"9\">{}</text>",
                        20.0 + plot_h - h,
                        bar_w - 2.0,
                        RULE_COLOURS[s],
                        esc(&group.label),
                        esc(&series[s]),
                        esc(&messages::percent(*r)),
                        x + (bar_w - 2.0) / 2.0,
                        20.0 + plot_h - h - 3.0,
                        esc(&messages::percent(*r))
                    );
                }
                None => {
                    let _ = write!(
                        svg,
                        "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" font-size=\"12\">—</text>",
                        x + bar_w / 2.0,
                        20.0 + plot_h - 3.0
                    );
                }
            }
        }
        let _ = write!(
            svg,
            "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text>",
            x0 + (group_w - 24.0) / 2.0,
            20.0 + plot_h + 15.0,
            esc(&group.label)
        );
    }
    for (s, name) in series.iter().enumerate() {
        let x = 20.0 + s as f64 * 205.0;
        let y = height - 14.0;
        let _ = write!(
            svg,
            "<rect x=\"{x:.1}\" y=\"{:.1}\" width=\"12\" height=\"12\" fill=\"{}\"/>\
             <text x=\"{:.1}\" y=\"{y:.1}\" font-size=\"12\">{}</text>",
            y - 10.0,
            RULE_COLOURS[s],
            x + 16.0,
            esc(name)
        );
    }
    svg.push_str("</svg>");
    svg
}

/// The outcome groups of the field chart, from the report's outcome keys.
const OUTCOME_GROUPS: &[(&str, &[&str])] = &[
    (
        "handled_on_time",
        &["answered-on-time", "forwarded-on-time"],
    ),
    ("at_session", &["answered-at-session"]),
    ("handled_late", &["answered-late", "forwarded-late"]),
    ("overdue", &["overdue"]),
    ("still_open", &["still-open"]),
    ("not_assigned", &["not-assigned"]),
    (
        "out_of_scope",
        &["out-of-scope-complaint", "out-of-scope-denunciation"],
    ),
];

fn rule_cell(name: &str) -> Cell {
    Cell::Text(page_word(name))
}

/// The periodic report as one printable page (Art. 10.3, 11).
pub fn period_page(r: &PeriodReport, quarters: &[QuarterRates]) -> crate::error::Result<String> {
    // A page is made in memory: its lists are read into it.
    let late = r.late_items.to_vec()?;
    let mut overdue = Vec::new();
    for a in &r.agencies {
        overdue.push((a.agency.as_str(), a.overdue_items.to_vec()?));
    }
    Ok(period_html(
        r,
        quarters,
        &late,
        &overdue,
        &r.sessions.to_vec()?,
    ))
}

fn period_html(
    r: &PeriodReport,
    quarters: &[QuarterRates],
    late_items: &[crate::ops::report::LateItem],
    agency_overdue: &[(&str, Vec<crate::ops::report::LateItem>)],
    sessions: &[crate::ops::report::SessionEntry],
) -> String {
    let office = r.office.clone().unwrap_or_default();
    let title = format!("{} — {}", page_word("report_title"), office);
    let mut out = page_start(&title);
    let _ = writeln!(
        out,
        "<header>\n<div class=\"office\">{}</div>\n<h1>{}</h1>\n<p class=\"meta\">{}</p>\n\
         <p class=\"meta\">{}: {} · {}: {}</p>\n</header>",
        esc(&office),
        esc(&page_word("report_title")),
        esc(&page_word("report_basis")),
        esc(&page_word("period")),
        esc(&format!(
            "{} – {}",
            messages::date(r.from),
            messages::date(r.to)
        )),
        esc(&page_word("as_of")),
        esc(&messages::date(r.as_of)),
    );
    if let Some(note) = super::provisional_note() {
        out = out.replacen(
            "</header>",
            &format!("<p class=\"meta\">{}</p>\n</header>", esc(&note)),
            1,
        );
    }

    // 1. Summary.
    let handled = r.balance.handled.total;
    let _ = writeln!(out, "<h2>1. {}</h2>", esc(&page_word("summary")));
    let mut rows: Vec<Vec<Cell>> = vec![
        vec![
            Cell::Text(page_word("office_level")),
            Cell::Text(label(r.level.as_deref().unwrap_or(""))),
        ],
        vec![rule_cell("sessions_held"), r.sessions_held.into()],
        vec![rule_cell("sessions_stopped"), r.sessions_stopped.into()],
        vec![rule_cell("sessions_cancelled"), r.sessions_cancelled.into()],
        vec![
            rule_cell("sessions_planned"),
            r.sessions_not_yet_held.into(),
        ],
        vec![rule_cell("registrations"), r.registrations.into()],
        vec![rule_cell("opinions_total"), r.opinions.into()],
        vec![rule_cell("opinions_handled"), handled.into()],
    ];
    for (kind, n) in &r.sessions_held_by_kind {
        rows.push(vec![
            Cell::Text(format!("{} — {}", page_word("sessions_held"), label(kind))),
            (*n).into(),
        ]);
    }
    // The summary and the balance side by side: two short tables of two columns each.
    out.push_str("<div class=\"pair\"><div>\n");
    out.push_str(&table(&[column("item"), column("value")], &rows));
    out.push_str("</div><div>\n");
    // The balance (R13 flow): carried over + received = handled + open at the end.
    let rows: Vec<Vec<Cell>> = r
        .balance
        .lines()
        .into_iter()
        .map(|line| {
            let name = messages::balance_line(line.key);
            vec![
                Cell::Text(if line.part {
                    format!("\u{a0}\u{a0}\u{a0}\u{a0}{} {name}", messages::of_which())
                } else {
                    name
                }),
                line.count.into(),
            ]
        })
        .collect();
    out.push_str(&table(&[messages::balance_title(), column("count")], &rows));
    out.push_str("</div></div>\n");

    // 2. Deadlines kept, and the year by quarter.
    let _ = writeln!(out, "<h2>2. {}</h2>", esc(&page_word("compliance")));
    let tallies = [
        ("announcements", &r.announcements),
        ("conclusion_notices", &r.conclusion_notices),
        ("written_answers", &r.written_answers),
    ];
    let rows: Vec<Vec<Cell>> = tallies
        .iter()
        .map(|(name, t)| {
            vec![
                rule_cell(name),
                t.on_time.into(),
                t.late.into(),
                t.open_overdue.into(),
                t.open_not_due.into(),
                t.on_time_rate.map_or(Cell::Text("—".into()), Cell::Percent),
            ]
        })
        .collect();
    let headers = [
        column("rule"),
        column("on_time"),
        column("late"),
        column("open_overdue"),
        column("open_not_due"),
        column("on_time_rate"),
    ];
    out.push_str(&table(&headers, &rows));
    if !quarters.is_empty() {
        let series: Vec<String> = ["legend_r4", "legend_r9", "legend_r10"]
            .iter()
            .map(|k| page_word(k))
            .collect();
        let numbers: Vec<Vec<Cell>> = quarters
            .iter()
            .map(|q| {
                let rate = |x: Option<f64>| x.map_or(Cell::Text("—".into()), Cell::Percent);
                vec![
                    Cell::Text(q.label.clone()),
                    rate(q.r4),
                    rate(q.r9),
                    rate(q.r10),
                ]
            })
            .collect();
        let mut headers = vec![page_word("quarter")];
        headers.extend(series.iter().cloned());
        out.push_str(&figure(
            "compliance-year",
            &page_word("compliance_year"),
            &grouped_rates(
                "compliance-year",
                &page_word("compliance_year"),
                quarters,
                &series,
            ),
            &table(&headers, &numbers),
            false,
        ));
    }

    // 3. Agencies, the latest first.
    let _ = writeln!(out, "<h2>3. {}</h2>", esc(&page_word("agencies")));
    if r.agencies.is_empty() {
        let _ = writeln!(out, "<p class=\"empty\">{}</p>", esc(&page_word("no_data")));
    } else {
        let items: Vec<(String, Option<f64>)> = r
            .agencies
            .iter()
            .map(|a| (a.agency.clone(), a.on_time_rate))
            .collect();
        let rows: Vec<Vec<Cell>> = r
            .agencies
            .iter()
            .map(|a| {
                // The row adds up: carried over + assigned = handled + routed out + open.
                vec![
                    Cell::Text(a.agency.clone()),
                    a.carried_over.into(),
                    a.assigned.into(),
                    (a.answered_on_time + a.forwarded_on_time).into(),
                    (a.answered_late + a.forwarded_late).into(),
                    a.routed_out.into(),
                    a.open_not_due.into(),
                    a.extended.into(),
                    a.overdue.into(),
                    a.r10_missed.into(),
                    a.on_time_rate.map_or(Cell::Text("—".into()), Cell::Percent),
                    a.median_working_days.map_or(Cell::Empty, Cell::Number),
                ]
            })
            .collect();
        let headers = [
            column("agency"),
            messages::tally_header("carried_over"),
            column("assigned"),
            page_word("handled_on_time"),
            page_word("handled_late"),
            messages::tally_header("routed_out"),
            messages::tally_header("open_not_due"),
            column("extended"),
            column("overdue"),
            column("r10_missed"),
            column("on_time_rate"),
            column("median_working_days"),
        ];
        out.push_str(&figure(
            "agency-rates",
            &page_word("agency_rates"),
            &rate_bars("agency-rates", &page_word("agency_rates"), &items),
            &table(&headers, &rows),
            true,
        ));
        // Each agency's overdue opinions at the end of the period, named.
        let overdue: Vec<Vec<Cell>> = agency_overdue
            .iter()
            .flat_map(|(a, items)| items.iter().map(move |l| (a, l)))
            .map(|(a, l)| {
                vec![
                    Cell::Text((*a).to_string()),
                    Cell::Text(messages::late_item_name(l)),
                    l.due.into(),
                    Cell::Text(messages::day_count(l.days, l.rule)),
                ]
            })
            .collect();
        if !overdue.is_empty() {
            let _ = writeln!(out, "<h3>{}</h3>", esc(&page_word("agency_overdue")));
            out.push_str(&table(
                &[
                    column("agency"),
                    column("record"),
                    column("due"),
                    column("days"),
                ],
                &overdue,
            ));
        }
    }

    // 4. Opinions by field and outcome; by content (Art. 5).
    let _ = writeln!(out, "<h2>4. {}</h2>", esc(&page_word("opinions")));
    let series: Vec<String> = OUTCOME_GROUPS.iter().map(|(k, _)| page_word(k)).collect();
    let field_rows: Vec<(String, Vec<u64>)> = r
        .opinions_by_field_and_outcome
        .iter()
        .map(|(field, outcomes)| {
            let name = if field.is_empty() {
                page_word("no_field")
            } else {
                field.clone()
            };
            let values = OUTCOME_GROUPS
                .iter()
                .map(|(_, keys)| keys.iter().filter_map(|k| outcomes.get(*k)).sum())
                .collect();
            (name, values)
        })
        .collect();
    // The outcomes by field beside the count by content (a two-column table): one band of
    // the page, not two.
    out.push_str("<div class=\"pair\"><div class=\"wider\">\n");
    if field_rows.is_empty() {
        let _ = writeln!(out, "<p class=\"empty\">{}</p>", esc(&page_word("no_data")));
    } else {
        let mut headers = vec![column("field")];
        headers.extend(series.iter().cloned());
        headers.push(column("total"));
        let rows: Vec<Vec<Cell>> = field_rows
            .iter()
            .map(|(name, values)| {
                let mut row = vec![Cell::Text(name.clone())];
                row.extend(values.iter().map(|v| Cell::from(*v)));
                row.push(values.iter().sum::<u64>().into());
                row
            })
            .collect();
        out.push_str(&figure(
            "field-outcomes",
            &page_word("field_outcomes"),
            &stacked_bars(
                "field-outcomes",
                &page_word("field_outcomes"),
                &series,
                &field_rows,
            ),
            &table(&headers, &rows),
            false,
        ));
    }
    let rows: Vec<Vec<Cell>> = r
        .opinions_by_category
        .iter()
        .map(|(k, v)| vec![Cell::Text(label(k)), (*v).into()])
        .collect();
    out.push_str("</div><div>\n");
    let _ = writeln!(out, "<h3>{}</h3>", esc(&page_word("by_category")));
    out.push_str(&table(&[column("category"), column("count")], &rows));
    out.push_str("</div></div>\n");

    // 5. The months.
    let _ = writeln!(out, "<h2>5. {}</h2>", esc(&page_word("trend")));
    let months: Vec<String> = r
        .monthly
        .iter()
        .map(|m| {
            let (y, mo) = m.month.split_once('-').unwrap_or((&m.month, ""));
            format!("{mo}/{y}")
        })
        .collect();
    // The months that had begun by the report's day carry figures; the later ones are empty.
    let as_of_month = r.as_of.format("%Y-%m").to_string();
    let drawn = r
        .monthly
        .iter()
        .take_while(|m| m.month <= as_of_month)
        .count();
    let series = [
        (
            column("received"),
            r.monthly.iter().map(|m| m.received).collect::<Vec<_>>(),
        ),
        (
            column("handled"),
            r.monthly.iter().map(|m| m.handled).collect::<Vec<_>>(),
        ),
    ];
    let rows: Vec<Vec<Cell>> = r
        .monthly
        .iter()
        .zip(&months)
        .map(|(m, label)| {
            vec![
                Cell::Text(label.clone()),
                m.received.into(),
                m.handled.into(),
            ]
        })
        .collect();
    out.push_str(&figure(
        "trend",
        &page_word("trend"),
        &lines("trend", &page_word("trend"), &months, &series, drawn),
        &table(
            &[column("month"), column("received"), column("handled")],
            &rows,
        ),
        false,
    ));

    // 6. Late and overdue items.
    let _ = writeln!(out, "<h2>6. {}</h2>", esc(&page_word("late_items")));
    if late_items.is_empty() {
        let _ = writeln!(out, "<p class=\"empty\">{}</p>", esc(&page_word("no_data")));
    } else {
        let rows: Vec<Vec<Cell>> = late_items
            .iter()
            .map(|l| {
                // Named as a person finds them (ids stay in the CSV and JSON); the days with
                // their unit (calendar days for R4, working days otherwise).
                vec![
                    Cell::Text(messages::rule_ref(l.rule.as_str())),
                    Cell::Text(messages::late_item_name(l)),
                    Cell::Text(l.agency.clone().unwrap_or_default()),
                    l.due.into(),
                    Cell::Text(super::xlsx::late_state(l.state)),
                    l.done_on.into(),
                    Cell::Text(messages::day_count(l.days, l.rule)),
                ]
            })
            .collect();
        let headers = [
            column("rule"),
            column("record"),
            column("agency"),
            column("due"),
            column("state"),
            column("done_on"),
            column("days"),
        ];
        out.push_str(&table(&headers, &rows));
    }

    // 7. Sessions.
    let _ = writeln!(out, "<h2>7. {}</h2>", esc(&page_word("sessions")));
    if sessions.is_empty() {
        let _ = writeln!(out, "<p class=\"empty\">{}</p>", esc(&page_word("no_data")));
    } else {
        let rows: Vec<Vec<Cell>> = sessions
            .iter()
            .map(|s| {
                vec![
                    s.id.into(),
                    s.held_on.unwrap_or(s.date).into(),
                    Cell::Text(label(&s.kind)),
                    Cell::Text(s.title.clone()),
                    Cell::Text(s.chair_name.clone()),
                    Cell::Text(label(s.state)),
                ]
            })
            .collect();
        let headers = [
            column("id"),
            column("date"),
            column("kind"),
            column("title"),
            column("chair_name"),
            column("state"),
        ];
        out.push_str(&table(&headers, &rows));
    }
    out.push_str("</body>\n</html>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn axis_steps_are_one_two_or_five_times_a_power_of_ten() {
        assert_eq!(nice_step(21, 4), 10);
        assert_eq!(nice_step(5, 4), 2);
        assert_eq!(nice_step(12, 4), 5);
        assert_eq!(nice_step(1, 4), 1);
        assert_eq!(nice_step(4, 4), 1);
        assert_eq!(nice_step(180, 4), 50);
        assert_eq!(nice_step(0, 4), 1);
    }

    /// No month after the report's day is drawn as a zero.
    #[test]
    fn months_after_the_report_day_are_not_drawn() {
        let labels: Vec<String> = (1..=12).map(|m| format!("{m:02}/2026")).collect();
        let values: Vec<u64> = vec![3, 5, 8, 2, 0, 4, 7, 9, 0, 0, 0, 0];
        let svg = lines("t", "Xu hướng", &labels, &[("Tiếp nhận".into(), values)], 8);
        assert_eq!(svg.matches("<circle").count(), 8);
        // Ticks 0, 5, 10 for a highest value of 9.
        for tick in [">0<", ">5<", ">10<"] {
            assert!(svg.contains(tick), "{tick}: {svg}");
        }
        assert!(!svg.contains(">11<") && !svg.contains(">2<"), "{svg}");
    }

    #[test]
    fn text_cannot_break_out_of_the_page() {
        assert_eq!(
            esc("<script>alert('x')</script> & \"Đề nghị\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Đề nghị&quot;"
        );
    }

    #[test]
    fn charts_are_labelled_images() {
        let svg = rate_bars(
            "t",
            "Tỷ lệ",
            &[
                ("Phòng Quản lý đô thị".into(), Some(0.4)),
                ("X".into(), None),
            ],
        );
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        assert!(
            svg.contains("role=\"img\"") && svg.contains("<title id=\"t-title\">Tỷ lệ</title>")
        );
        assert!(svg.contains("Phòng Quản lý đô thị"));
    }

    /// A long agency name is wrapped at a space onto two lines, never cut, and its whole name
    /// is in the label's title.
    #[test]
    fn a_long_agency_name_is_wrapped_not_cut() {
        let name = "Phòng Quản lý đô thị và Hạ tầng kỹ thuật phường Hoàn Kiếm";
        let svg = rate_bars("t", "Tỷ lệ", &[(name.into(), Some(0.5))]);
        assert!(svg.contains(&format!("<title>{name}</title>")), "{svg}");
        assert!(
            svg.contains(">Phòng Quản lý đô thị và Hạ tầng kỹ</tspan>")
                && svg.contains(">thuật phường Hoàn Kiếm</tspan>"),
            "{svg}"
        );
        assert!(!svg.contains('…'), "{svg}");
        let police = "Công an phường";
        let short_name = axis_label(police, 10.0, 20.0);
        assert!(!short_name.contains("tspan") && short_name.contains(">Công an phường</text>"));
    }
}
