//! Printable pages (`--format html`): one self-contained file — no script, no font, no image
//! fetched from anywhere — laid out for A4 paper, with charts drawn as inline SVG. Every chart
//! has a caption and is followed by a table of its numbers, so a screen reader and a photocopy
//! both carry the figures (issue: what the supervisor opens).
//!
//! The pages are compiled templates (`maud`): every value put in a page is escaped by the
//! template, so a petition's words can never become markup; text from the records goes
//! through [`Shown`] as well, which makes hidden characters visible.

use super::xlsx::Cell;
use super::SheetContext;
use crate::ops::report::PeriodReport;
use crate::words::{self, column, label, page_word};
use maud::{html, Markup, PreEscaped, Render, DOCTYPE};

/// Text from the records or the catalogues as a page shows it: a control or bidi character is
/// replaced (it could reorder what a reader sees), and the template escapes the rest.
pub struct Shown<'a>(pub &'a str);

impl Render for Shown<'_> {
    fn render_to(&self, buffer: &mut String) {
        super::printable(self.0).as_str().render_to(buffer);
    }
}

/// A number on a chart, to a tenth: coordinates and sizes.
fn at(n: f64) -> String {
    format!("{n:.1}")
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

/// A list of a few more columns than a portrait page holds prints across a landscape one.
const LANDSCAPE: &str =
    "@page { size: A4 landscape; }\nbody { max-width: 252mm; font-size: 11pt; }\n\
                         table { font-size: 8.5pt; }\nth, td { padding: 0.6mm 0.8mm; }\n\
                         td.long { min-width: 38mm; }\n";

/// A whole page: the house style (and `extra_style`), its title, its body.
fn page(title: &str, extra_style: Option<&str>, body: Markup) -> String {
    let lang = match words::lang() {
        words::Lang::Vi => "vi",
        words::Lang::En => "en",
    };
    let mut page = html! {
        (DOCTYPE)
        html lang=(lang) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="generator" content="doithoai";
                title { (Shown(title)) }
                style { (PreEscaped(STYLE)) @if let Some(extra) = extra_style { (PreEscaped(extra)) } }
            }
            body { (body) }
        }
    }
    .into_string();
    page.push('\n');
    page
}

/// A cell's class and its text as the page shows it.
fn cell_text(cell: &Cell) -> (Option<&'static str>, String) {
    match cell {
        // Long text (a petition) gets room; the other columns stay narrow.
        Cell::Text(t) if t.chars().count() > 40 => (Some("long"), t.clone()),
        // A figure with its unit ("78 ngày làm việc") on one line, like a date.
        Cell::Text(t) if t.chars().count() <= 18 && t.starts_with(|c: char| c.is_ascii_digit()) => {
            (Some("d"), t.clone())
        }
        Cell::Text(t) => (None, t.clone()),
        Cell::Number(n) => (Some("n"), number(*n)),
        Cell::Percent(p) => (Some("n"), words::percent(*p)),
        Cell::Date(d) => (Some("d"), words::date(*d)),
        Cell::DateTime(t) => (
            Some("d"),
            format!("{} {}", words::date(t.date()), t.format("%H:%M")),
        ),
        Cell::Empty => (None, String::new()),
    }
}

/// A cell as the page shows it, spanning `columns` when given.
fn cell(cell: &Cell, columns: Option<u32>) -> Markup {
    let (class, text) = cell_text(cell);
    html! { td class=[class] colspan=[columns] { (Shown(&text)) } }
}

fn number(n: f64) -> String {
    if n.fract() == 0.0 {
        format!("{n:.0}")
    } else {
        words::decimal(n, 1)
    }
}

/// A table from headings and typed rows.
fn table(headers: &[String], rows: &[Vec<Cell>]) -> Markup {
    // A table of many columns is set smaller, so its headings are not cut into syllables.
    let wide = (headers.len() > 8).then_some("wide");
    html! {
        table class=[wide] {
            thead { tr { @for h in headers { th scope="col" { (Shown(h)) } } } }
            tbody {
                @for row in rows {
                    tr { @for c in row { (cell(c, None)) } }
                }
            }
        }
    }
}

/// "Không có dữ liệu": a part of a page with nothing to show.
fn empty() -> Markup {
    html! { p.empty { (Shown(&page_word("no_data"))) } }
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
        // A list of many columns is not squeezed into one table of slivers: each record is a
        // block of its fields, two "label: value" pairs a line (an export of 22 columns). A
        // list of a few more than a portrait page holds prints across a landscape one.
        let cards = headers.len() > CARD_COLUMNS;
        let landscape = (headers.len() > 8 && !cards).then_some(LANDSCAPE);
        let note = super::provisional_note();
        let body = html! {
            header {
                h1 { (Shown(&self.title)) }
                @if !self.subtitle.is_empty() { p.meta { (Shown(&self.subtitle)) } }
                @if let Some(note) = &note { p.meta { (Shown(note)) } }
            }
            @if rows.is_empty() {
                (empty())
            } @else if cards {
                @for row in &rows { (record_card(&headers, row)) }
            } @else {
                (table(&headers, &rows))
            }
        };
        page(&self.title, landscape, body)
    }
}

/// Above this many columns a list prints as one block per record.
const CARD_COLUMNS: usize = 12;

/// A line of a record's block: two fields side by side, one alone, or a long text alone
/// across the line.
enum CardLine<'a> {
    Fields(Vec<(&'a String, &'a Cell)>),
    Long(&'a String, &'a Cell),
}

/// One record of a wide list as a block: its first field ("Mã 3") as the block's heading, then
/// its other fields, those with a value only, two to a line; a long text (a petition) takes the
/// whole line. Never split across pages.
fn record_card(headers: &[String], row: &[Cell]) -> Markup {
    let mut fields = headers.iter().zip(row);
    let first = fields.next();
    let mut lines = Vec::new();
    let mut pending: Option<(&String, &Cell)> = None;
    for (heading, value) in fields {
        if matches!(value, Cell::Empty) {
            continue;
        }
        if matches!(value, Cell::Text(t) if t.chars().count() > 40) {
            if let Some(left) = pending.take() {
                lines.push(CardLine::Fields(vec![left]));
            }
            lines.push(CardLine::Long(heading, value));
        } else if let Some(left) = pending.take() {
            lines.push(CardLine::Fields(vec![left, (heading, value)]));
        } else {
            pending = Some((heading, value));
        }
    }
    if let Some(left) = pending {
        lines.push(CardLine::Fields(vec![left]));
    }
    html! {
        table.record {
            @if let Some((heading, value)) = first {
                caption { (Shown(heading)) " " (Shown(&cell_text(value).1)) }
            }
            colgroup { col.k; col; col.k; col; }
            @for line in &lines {
                tr {
                    @match line {
                        CardLine::Long(heading, value) => {
                            th scope="row" { (Shown(heading)) }
                            (cell(value, Some(3)))
                        }
                        CardLine::Fields(fields) => {
                            @for (heading, value) in fields {
                                th scope="row" { (Shown(heading)) }
                                (cell(value, None))
                            }
                            @if fields.len() == 1 { td colspan="2" {} }
                        }
                    }
                }
            }
        }
    }
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
fn figure(id: &str, caption: &str, svg: Markup, numbers: Markup, printed: bool) -> Markup {
    let caption_id = format!("{id}-caption");
    html! {
        figure aria-labelledby=(caption_id) {
            figcaption id=(caption_id) { (Shown(caption)) }
            (svg)
            details open class=[printed.then_some("printed")] {
                summary { (Shown(&page_word("figure_numbers"))) }
                (numbers)
            }
        }
    }
}

/// An SVG image with its title (read out by a screen reader) around `content`. Every element
/// of a chart is closed explicitly (`<rect …></rect>`): inside a page, SVG is foreign content,
/// where an unclosed element would hold the ones after it.
fn svg(id: &str, title: &str, width: u32, height: u32, content: Markup) -> Markup {
    html! {
        svg xmlns="http://www.w3.org/2000/svg" viewBox=(format!("0 0 {width} {height}"))
            role="img" class=(format!("chart-{id}")) aria-labelledby=(format!("{id}-title"))
            font-family="Times New Roman, serif" font-size="12" {
            title id=(format!("{id}-title")) { (Shown(title)) }
            (content)
        }
    }
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
fn axis_label(name: &str, x: f64, y: f64) -> Markup {
    if name.chars().count() <= LABEL_CHARS {
        return html! {
            text x=(at(x)) y=(at(y)) text-anchor="end" { title { (Shown(name)) } (Shown(name)) }
        };
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
    html! {
        text x=(at(x)) y=(at(y - 6.0)) text-anchor="end" font-size="10" {
            title { (Shown(name)) }
            tspan x=(at(x)) { (Shown(&first)) }
            tspan x=(at(x)) dy="11" { (Shown(&rest)) }
        }
    }
}

fn percent_or_dash(rate: Option<f64>) -> String {
    rate.map_or_else(|| "—".into(), words::percent)
}

/// Horizontal bars from 0 to 100 %, one per label.
fn rate_bars(id: &str, title: &str, items: &[(String, Option<f64>)]) -> Markup {
    let (left, width, bar, gap) = (230.0, 640.0, 18.0, 8.0);
    let plot = width - left - 60.0;
    let height = 30.0 + items.len() as f64 * (bar + gap);
    let content = html! {
        @for tick in [0.0, 0.25, 0.5, 0.75, 1.0] {
            @let x = left + plot * tick;
            line x1=(at(x)) y1="4" x2=(at(x)) y2=(at(height - 18.0)) stroke="#ccc" {}
            text x=(at(x)) y=(at(height - 5.0)) text-anchor="middle" font-size="10" {
                (format!("{:.0}%", tick * 100.0))
            }
        }
        @for (i, (name, rate)) in items.iter().enumerate() {
            @let y = 6.0 + i as f64 * (bar + gap);
            @let w = plot * rate.unwrap_or(0.0);
            @let colour = match rate {
                Some(r) if *r >= 0.9 => COLOURS[0],
                Some(r) if *r >= 0.6 => COLOURS[1],
                _ => COLOURS[2],
            };
            (axis_label(name, left - 6.0, y + bar - 4.0))
            rect x=(at(left)) y=(at(y)) width=(at(w)) height=(at(bar)) fill=(colour) {}
            text x=(at(left + w + 4.0)) y=(at(y + bar - 4.0)) { (Shown(&percent_or_dash(*rate))) }
        }
    };
    svg(id, title, width as u32, height.ceil() as u32, content)
}

/// Stacked horizontal bars: one bar per row, one segment per series, with a legend.
fn stacked_bars(id: &str, title: &str, series: &[String], rows: &[(String, Vec<u64>)]) -> Markup {
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
    let colour = |s: usize| OUTCOME_COLOURS[s % OUTCOME_COLOURS.len()];
    let top = 10.0 + rows.len() as f64 * (bar + gap) + 4.0;
    // Each segment starts where the one before it ended: (series, value, x, width).
    let segments = |values: &[u64]| -> (Vec<(usize, u64, f64, f64)>, f64) {
        let mut x = left;
        let mut drawn = Vec::new();
        for (s, v) in values.iter().enumerate() {
            let w = plot * (*v as f64) / max;
            if w > 0.0 {
                drawn.push((s, *v, x, w));
            }
            x += w;
        }
        (drawn, x)
    };
    let content = html! {
        @for (i, (name, values)) in rows.iter().enumerate() {
            @let y = 6.0 + i as f64 * (bar + gap);
            @let (drawn, end) = segments(values);
            (axis_label(name, left - 6.0, y + bar - 4.0))
            @for (s, v, x, w) in drawn {
                rect x=(at(x)) y=(at(y)) width=(at(w)) height=(at(bar)) fill=(colour(s))
                    stroke="#fff" stroke-width="0.5" {
                    title { (Shown(&series[s])) ": " (v) }
                }
            }
            text x=(at(end + 4.0)) y=(at(y + bar - 4.0)) { (values.iter().sum::<u64>()) }
        }
        @for (s, name) in series.iter().enumerate() {
            @let x = 20.0 + (s % 2) as f64 * 310.0;
            @let y = top + (s / 2) as f64 * 17.0;
            rect x=(at(x)) y=(at(y)) width="12" height="12" fill=(colour(s)) {}
            text x=(at(x + 16.0)) y=(at(y + 10.0)) font-size="11" { (Shown(name)) }
        }
    };
    svg(id, title, width as u32, height.ceil() as u32, content)
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
) -> Markup {
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
    let content = html! {
        @for v in (0..=top).step_by(usize::try_from(step).unwrap_or(1)) {
            line x1=(at(left)) y1=(at(y_of(v))) x2=(at(width - 10.0)) y2=(at(y_of(v)))
                stroke="#ddd" {}
            text x=(at(left - 4.0)) y=(at(y_of(v) + 3.0)) text-anchor="end" font-size="12" { (v) }
        }
        @for (i, label) in labels.iter().enumerate() {
            text x=(at(x_of(i))) y=(at(20.0 + plot_h + 14.0)) text-anchor="middle"
                font-size="12" { (Shown(label)) }
        }
        @for (s, (name, values)) in series.iter().enumerate() {
            @let colour = [COLOURS[4], COLOURS[0]][s % 2];
            @let dash = (s == 1).then_some("6 3");
            @let points = values
                .iter()
                .take(drawn)
                .enumerate()
                .map(|(i, v)| format!("{:.1},{:.1}", x_of(i), y_of(*v)))
                .collect::<Vec<_>>()
                .join(" ");
            polyline points=(points) fill="none" stroke=(colour) stroke-width="2"
                stroke-dasharray=[dash] {}
            @for (i, v) in values.iter().take(drawn).enumerate() {
                circle cx=(at(x_of(i))) cy=(at(y_of(*v))) r="3" fill=(colour) {
                    title { (Shown(&labels[i])) ": " (v) }
                }
            }
            @let lx = 60.0 + s as f64 * 260.0;
            @let ly = height - 12.0;
            line x1=(at(lx)) y1=(at(ly - 4.0)) x2=(at(lx + 24.0)) y2=(at(ly - 4.0))
                stroke=(colour) stroke-width="2" stroke-dasharray=[dash] {}
            text x=(at(lx + 30.0)) y=(at(ly)) font-size="12" { (Shown(name)) }
        }
    };
    svg(id, title, width as u32, height as u32, content)
}

/// Grouped vertical bars (0–100 %): one group per label, one bar per series.
fn grouped_rates(id: &str, title: &str, groups: &[QuarterRates], series: &[String]) -> Markup {
    let (left, width, height, bottom) = (40.0, 640.0, 180.0, 46.0);
    let plot_w = width - left - 10.0;
    let plot_h = height - bottom - 20.0;
    let group_w = plot_w / groups.len().max(1) as f64;
    let bar_w = (group_w - 24.0) / series.len().max(1) as f64;
    let content = html! {
        @for tick in [0.0, 0.25, 0.5, 0.75, 1.0] {
            @let y = 20.0 + plot_h - plot_h * tick;
            line x1=(at(left)) y1=(at(y)) x2=(at(width - 10.0)) y2=(at(y)) stroke="#ddd" {}
            text x=(at(left - 4.0)) y=(at(y + 3.0)) text-anchor="end" font-size="12" {
                (format!("{:.0}%", tick * 100.0))
            }
        }
        @for (g, group) in groups.iter().enumerate() {
            @let x0 = left + g as f64 * group_w + 12.0;
            @for (s, rate) in [group.r4, group.r9, group.r10].iter().enumerate() {
                @let x = x0 + s as f64 * bar_w;
                @match rate {
                    Some(r) => {
                        @let h = plot_h * r;
                        @let percent = words::percent(*r);
                        rect x=(at(x)) y=(at(20.0 + plot_h - h)) width=(at(bar_w - 2.0))
                            height=(at(h)) fill=(RULE_COLOURS[s]) {
                            title { (Shown(&group.label)) " — " (Shown(&series[s])) ": " (Shown(&percent)) }
                        }
                        text x=(at(x + (bar_w - 2.0) / 2.0)) y=(at(20.0 + plot_h - h - 3.0))
                            text-anchor="middle" font-size="9" { (Shown(&percent)) }
                    }
                    None => {
                        text x=(at(x + bar_w / 2.0)) y=(at(20.0 + plot_h - 3.0))
                            text-anchor="middle" font-size="12" { "—" }
                    }
                }
            }
            text x=(at(x0 + (group_w - 24.0) / 2.0)) y=(at(20.0 + plot_h + 15.0))
                text-anchor="middle" { (Shown(&group.label)) }
        }
        @for (s, name) in series.iter().enumerate() {
            @let x = 20.0 + s as f64 * 205.0;
            @let y = height - 14.0;
            rect x=(at(x)) y=(at(y - 10.0)) width="12" height="12" fill=(RULE_COLOURS[s]) {}
            text x=(at(x + 16.0)) y=(at(y)) font-size="12" { (Shown(name)) }
        }
    };
    svg(id, title, width as u32, height as u32, content)
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
    let rate_cell = |x: Option<f64>| x.map_or(Cell::Text("—".into()), Cell::Percent);

    // 1. Summary, and beside it the balance (R13 flow): carried over + received = handled +
    // open at the end — two short tables of two columns each.
    let mut summary: Vec<Vec<Cell>> = vec![
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
        vec![
            rule_cell("opinions_handled"),
            r.balance.handled.total.into(),
        ],
    ];
    for (kind, n) in &r.sessions_held_by_kind {
        summary.push(vec![
            Cell::Text(format!("{} — {}", page_word("sessions_held"), label(kind))),
            (*n).into(),
        ]);
    }
    let balance: Vec<Vec<Cell>> = r
        .balance
        .lines()
        .into_iter()
        .map(|line| {
            let name = words::balance_line(line.key);
            vec![
                Cell::Text(if line.part {
                    format!("\u{a0}\u{a0}\u{a0}\u{a0}{} {name}", msg!(of_which))
                } else {
                    name
                }),
                line.count.into(),
            ]
        })
        .collect();

    // 2. Deadlines kept, and the year by quarter.
    let tallies: Vec<Vec<Cell>> = [
        ("announcements", &r.announcements),
        ("conclusion_notices", &r.conclusion_notices),
        ("written_answers", &r.written_answers),
    ]
    .iter()
    .map(|(name, t)| {
        vec![
            rule_cell(name),
            t.on_time.into(),
            t.late.into(),
            t.open_overdue.into(),
            t.open_not_due.into(),
            rate_cell(t.on_time_rate),
        ]
    })
    .collect();
    let tally_headers = [
        column("rule"),
        column("on_time"),
        column("late"),
        column("open_overdue"),
        column("open_not_due"),
        column("on_time_rate"),
    ];
    let rule_series: Vec<String> = ["legend_r4", "legend_r9", "legend_r10"]
        .iter()
        .map(|k| page_word(k))
        .collect();
    let quarter_rows: Vec<Vec<Cell>> = quarters
        .iter()
        .map(|q| {
            vec![
                Cell::Text(q.label.clone()),
                rate_cell(q.r4),
                rate_cell(q.r9),
                rate_cell(q.r10),
            ]
        })
        .collect();
    let mut quarter_headers = vec![page_word("quarter")];
    quarter_headers.extend(rule_series.iter().cloned());

    // 3. Agencies, the latest first; each row adds up: carried over + assigned = handled +
    // routed out + open.
    let agency_rates: Vec<(String, Option<f64>)> = r
        .agencies
        .iter()
        .map(|a| (a.agency.clone(), a.on_time_rate))
        .collect();
    let agency_rows: Vec<Vec<Cell>> = r
        .agencies
        .iter()
        .map(|a| {
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
                rate_cell(a.on_time_rate),
                a.median_working_days.map_or(Cell::Empty, Cell::Number),
            ]
        })
        .collect();
    let agency_headers = [
        column("agency"),
        words::tally_header("carried_over"),
        column("assigned"),
        page_word("handled_on_time"),
        page_word("handled_late"),
        words::tally_header("routed_out"),
        words::tally_header("open_not_due"),
        column("extended"),
        column("overdue"),
        column("r10_missed"),
        column("on_time_rate"),
        column("median_working_days"),
    ];
    // Each agency's overdue opinions at the end of the period, named.
    let overdue: Vec<Vec<Cell>> = agency_overdue
        .iter()
        .flat_map(|(a, items)| items.iter().map(move |l| (a, l)))
        .map(|(a, l)| {
            vec![
                Cell::Text((*a).to_string()),
                Cell::Text(words::late_item_name(l)),
                l.due.into(),
                Cell::Text(words::day_count(l.days, l.rule)),
            ]
        })
        .collect();

    // 4. Opinions by field and outcome; by content (Art. 5).
    let outcome_series: Vec<String> = OUTCOME_GROUPS.iter().map(|(k, _)| page_word(k)).collect();
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
    let mut field_headers = vec![column("field")];
    field_headers.extend(outcome_series.iter().cloned());
    field_headers.push(column("total"));
    let field_numbers: Vec<Vec<Cell>> = field_rows
        .iter()
        .map(|(name, values)| {
            let mut row = vec![Cell::Text(name.clone())];
            row.extend(values.iter().map(|v| Cell::from(*v)));
            row.push(values.iter().sum::<u64>().into());
            row
        })
        .collect();
    let by_category: Vec<Vec<Cell>> = r
        .opinions_by_category
        .iter()
        .map(|(k, v)| vec![Cell::Text(label(k)), (*v).into()])
        .collect();

    // 5. The months: those begun by the report's day carry figures; the later ones are empty.
    let months: Vec<String> = r
        .monthly
        .iter()
        .map(|m| {
            let (y, mo) = m.month.split_once('-').unwrap_or((&m.month, ""));
            format!("{mo}/{y}")
        })
        .collect();
    let as_of_month = r.as_of.format("%Y-%m").to_string();
    let drawn = r
        .monthly
        .iter()
        .take_while(|m| m.month <= as_of_month)
        .count();
    let month_series = [
        (
            column("received"),
            r.monthly.iter().map(|m| m.received).collect::<Vec<_>>(),
        ),
        (
            column("handled"),
            r.monthly.iter().map(|m| m.handled).collect::<Vec<_>>(),
        ),
    ];
    let month_rows: Vec<Vec<Cell>> = r
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

    // 6. Late and overdue items, named as a person finds them (ids stay in the CSV and JSON);
    // the days with their unit (calendar days for R4, working days otherwise).
    let late_rows: Vec<Vec<Cell>> = late_items
        .iter()
        .map(|l| {
            vec![
                Cell::Text(words::rule_ref(l.rule.as_str())),
                Cell::Text(words::late_item_name(l)),
                Cell::Text(l.agency.clone().unwrap_or_default()),
                l.due.into(),
                Cell::Text(super::xlsx::late_state(l.state)),
                l.done_on.into(),
                Cell::Text(words::day_count(l.days, l.rule)),
            ]
        })
        .collect();
    let late_headers = [
        column("rule"),
        column("record"),
        column("agency"),
        column("due"),
        column("state"),
        column("done_on"),
        column("days"),
    ];

    // 7. Sessions.
    let session_rows: Vec<Vec<Cell>> = sessions
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
    let session_headers = [
        column("id"),
        column("date"),
        column("kind"),
        column("title"),
        column("chair_name"),
        column("state"),
    ];

    let period = format!(
        "{}: {} – {} · {}: {}",
        page_word("period"),
        words::date(r.from),
        words::date(r.to),
        page_word("as_of"),
        words::date(r.as_of)
    );
    let note = super::provisional_note();
    let part = |n: u32, key: &str| html! { h2 { (n) ". " (Shown(&page_word(key))) } };
    let body = html! {
        header {
            div.office { (Shown(&office)) }
            h1 { (Shown(&page_word("report_title"))) }
            p.meta { (Shown(&page_word("report_basis"))) }
            p.meta { (Shown(&period)) }
            @if let Some(note) = &note { p.meta { (Shown(note)) } }
        }
        (part(1, "summary"))
        div.pair {
            div { (table(&[column("item"), column("value")], &summary)) }
            div { (table(&[msg!(balance_title).to_string(), column("count")], &balance)) }
        }
        (part(2, "compliance"))
        (table(&tally_headers, &tallies))
        @if !quarters.is_empty() {
            (figure(
                "compliance-year",
                &page_word("compliance_year"),
                grouped_rates("compliance-year", &page_word("compliance_year"), quarters, &rule_series),
                table(&quarter_headers, &quarter_rows),
                false,
            ))
        }
        (part(3, "agencies"))
        @if r.agencies.is_empty() {
            (empty())
        } @else {
            (figure(
                "agency-rates",
                &page_word("agency_rates"),
                rate_bars("agency-rates", &page_word("agency_rates"), &agency_rates),
                table(&agency_headers, &agency_rows),
                true,
            ))
            @if !overdue.is_empty() {
                h3 { (Shown(&page_word("agency_overdue"))) }
                (table(&[column("agency"), column("record"), column("due"), column("days")], &overdue))
            }
        }
        (part(4, "opinions"))
        // The outcomes by field beside the count by content: one band of the page, not two.
        div.pair {
            div.wider {
                @if field_rows.is_empty() {
                    (empty())
                } @else {
                    (figure(
                        "field-outcomes",
                        &page_word("field_outcomes"),
                        stacked_bars("field-outcomes", &page_word("field_outcomes"), &outcome_series, &field_rows),
                        table(&field_headers, &field_numbers),
                        false,
                    ))
                }
            }
            div {
                h3 { (Shown(&page_word("by_category"))) }
                (table(&[column("category"), column("count")], &by_category))
            }
        }
        (part(5, "trend"))
        (figure(
            "trend",
            &page_word("trend"),
            lines("trend", &page_word("trend"), &months, &month_series, drawn),
            table(&[column("month"), column("received"), column("handled")], &month_rows),
            false,
        ))
        (part(6, "late_items"))
        @if late_rows.is_empty() { (empty()) } @else { (table(&late_headers, &late_rows)) }
        (part(7, "sessions"))
        @if session_rows.is_empty() { (empty()) } @else { (table(&session_headers, &session_rows)) }
    };
    page(&title, None, body)
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
        let svg = lines("t", "Xu hướng", &labels, &[("Tiếp nhận".into(), values)], 8).into_string();
        assert_eq!(svg.matches("<circle").count(), 8);
        // Ticks 0, 5, 10 for a highest value of 9.
        for tick in [">0<", ">5<", ">10<"] {
            assert!(svg.contains(tick), "{tick}: {svg}");
        }
        assert!(!svg.contains(">11<") && !svg.contains(">2<"), "{svg}");
    }

    /// Whatever a record holds, it is text on the page: markup escaped, hidden characters
    /// (a bidi override that would reorder the line) replaced.
    #[test]
    fn text_cannot_break_out_of_the_page() {
        let shown = html! { td { (Shown("<script>alert('x')</script> & \"Đề nghị\" \u{202E}")) } }
            .into_string();
        assert_eq!(
            shown,
            "<td>&lt;script&gt;alert('x')&lt;/script&gt; &amp; &quot;Đề nghị&quot; \u{FFFD}</td>"
        );
        let card = record_card(
            &["Mã".into(), "Nội dung".into()],
            &[
                Cell::Number(3.0),
                Cell::Text("\"><img src=x onerror=alert(1)>".into()),
            ],
        )
        .into_string();
        assert!(!card.contains("<img"), "{card}");
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
        )
        .into_string();
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        assert!(
            svg.contains("role=\"img\"") && svg.contains("<title id=\"t-title\">Tỷ lệ</title>")
        );
        assert!(svg.contains("Phòng Quản lý đô thị"));
        // Inside a page SVG is foreign content: no element is left open for the next to nest in.
        assert!(
            !svg.contains("<line x1") || svg.contains("</line>"),
            "{svg}"
        );
        assert_eq!(svg.matches("<rect").count(), svg.matches("</rect>").count());
    }

    /// A long agency name is wrapped at a space onto two lines, never cut, and its whole name
    /// is in the label's title.
    #[test]
    fn a_long_agency_name_is_wrapped_not_cut() {
        let name = "Phòng Quản lý đô thị và Hạ tầng kỹ thuật phường Hoàn Kiếm";
        let svg = rate_bars("t", "Tỷ lệ", &[(name.into(), Some(0.5))]).into_string();
        assert!(svg.contains(&format!("<title>{name}</title>")), "{svg}");
        assert!(
            svg.contains(">Phòng Quản lý đô thị và Hạ tầng kỹ</tspan>")
                && svg.contains(">thuật phường Hoàn Kiếm</tspan>"),
            "{svg}"
        );
        assert!(!svg.contains('…'), "{svg}");
        let police = "Công an phường";
        let short_name = axis_label(police, 10.0, 20.0).into_string();
        assert!(!short_name.contains("tspan") && short_name.contains(">Công an phường</text>"));
    }
}
