//! Values in words: dates (ISO in English, dd/mm/yyyy in Vietnamese), times in Vietnam
//! time, shares and decimals with the language's separator, day counts with their unit,
//! deadlines' standing, rule codes with the regulation's article, periods and months.

use super::*;

/// "`what` ngày D" in Vietnamese, without saying "ngày" twice when the label is already a date
/// ("ngày hội nghị 20/12/2026", "thông báo ngày 30/11/2026").
pub(crate) fn dated_args(
    what: &'static str,
    date: chrono::NaiveDate,
) -> Vec<(&'static str, catalogue::Arg)> {
    let word = label(what);
    vec![
        ("what", what.to_arg()),
        ("what_word", word.to_arg()),
        // "the new target date 2026-11-26", not "… date dated …"; "ngày hẹn mới 26/11/2026",
        // not "ngày hẹn mới ngày …".
        (
            "what_is_a_date",
            if what.ends_with("date") { "yes" } else { "no" }.to_arg(),
        ),
        (
            "word_is_a_day",
            if word.starts_with("ngày") {
                "yes"
            } else {
                "no"
            }
            .to_arg(),
        ),
        ("date", crate::message::Day(date).to_arg()),
    ]
}

/// Weekday names, Monday first.
pub fn weekday(w: chrono::Weekday) -> String {
    let key = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"][w.num_days_from_monday() as usize];
    interface_word("weekday", key)
}

/// A count of days with its unit: "3 ngày" for R4 (calendar days, Art. 7.2), "3 ngày làm việc"
/// for every other deadline (working days).
pub fn day_count(days: i64, rule: crate::rules::deadline::Rule) -> String {
    let id = match rule {
        crate::rules::deadline::Rule::R4 => id::day_count_calendar,
        _ => id::day_count_working,
    };
    sentence(id, &[("days", days.to_arg())])
}

/// A deadline's standing in words ("due in 3 working days", "1 working day late").
pub fn standing(s: &Standing, unit: Unit) -> String {
    let unit = match unit {
        Unit::WorkingDays => "working",
        Unit::CalendarDays => "calendar",
    };
    let (id, days, done_on) = match *s {
        Standing::OnTime { done_on } => (id::standing_on_time, 0, Some(done_on)),
        Standing::Late { done_on, days } => (id::standing_late, days, Some(done_on)),
        Standing::Pending { days_left: 0 } => (id::standing_due_today, 0, None),
        Standing::Pending { days_left } => (id::standing_pending, days_left, None),
        Standing::Overdue { days } => (id::standing_overdue, days, None),
    };
    let mut args = vec![("days", days.to_arg()), ("unit", unit.to_arg())];
    if let Some(done_on) = done_on {
        args.push(("done_on", crate::message::Day(done_on).to_arg()));
    }
    sentence(id, &args)
}

/// A history time (stored in UTC) as a clerk reads it: Vietnam time (UTC+7, whatever the host's
/// zone), `2026-11-29 09:23` in English and `29/11/2026 09:23` in Vietnamese.
pub fn timestamp(at: &str) -> String {
    let Ok(t) = chrono::DateTime::parse_from_rfc3339(at) else {
        return at.to_string();
    };
    let Some(vietnam) = chrono::FixedOffset::east_opt(7 * 3600) else {
        return at.to_string();
    };
    let local = t.with_timezone(&vietnam);
    match lang() {
        Lang::En => local.format("%Y-%m-%d %H:%M").to_string(),
        Lang::Vi => local.format("%d/%m/%Y %H:%M").to_string(),
    }
}

/// A share as a percentage for tables: `71.4%`, and `71,4%` with the decimal comma in Vietnamese.
pub fn percent(share: f64) -> String {
    let text = format!("{:.1}%", share * 100.0);
    match lang() {
        Lang::En => text,
        Lang::Vi => text.replace('.', ","),
    }
}

/// A decimal number in a table: a comma in Vietnamese (22,5), a point in English.
pub fn decimal(value: f64, places: usize) -> String {
    let text = format!("{value:.places$}");
    match lang() {
        Lang::En => text,
        Lang::Vi => text.replace('.', ","),
    }
}

/// A rule code as the clerk reads it: beside the regulation's own reference in Vietnamese
/// ("R9 (Điều 10 khoản 1)"), the code alone in English.
pub fn rule_ref(code: &str) -> String {
    let Some(reference) = crate::rules::deadline::article(code) else {
        return code.to_string();
    };
    match lang() {
        Lang::En => code.to_string(),
        Lang::Vi => format!("{code} ({reference})"),
    }
}

/// A date for tables: ISO in English, DD/MM/YYYY in Vietnamese.
pub fn date(d: chrono::NaiveDate) -> String {
    match lang() {
        Lang::En => d.format("%Y-%m-%d").to_string(),
        Lang::Vi => vn_date(d),
    }
}

fn vn_date(d: chrono::NaiveDate) -> String {
    d.format("%d/%m/%Y").to_string()
}

pub fn month_title(year: i32, month: u32) -> String {
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let i = (month.clamp(1, 12) - 1) as usize;
    sentence(
        id::month_title_1,
        &[
            ("value1", (EN[i]).to_arg()),
            ("year", year.to_arg()),
            ("month", month.to_arg()),
        ],
    )
}

pub(crate) fn opt_date(d: Option<chrono::NaiveDate>) -> String {
    d.map(date).unwrap_or_else(|| sentence(id::opt_date_1, &[]))
}

/// "Q3/2026" / "Quý III/2026".
pub fn quarter_label(year: i32, q: u32) -> String {
    let roman = ["I", "II", "III", "IV"]
        .get(q.saturating_sub(1) as usize)
        .copied()
        .unwrap_or("?");
    sentence(
        id::quarter_label_1,
        &[
            ("q", q.to_arg()),
            ("year", year.to_arg()),
            ("roman", roman.to_arg()),
        ],
    )
}

/// A code as a label in one language, whatever the interface speaks (a refusal drafted while
/// the document itself is in Vietnamese); the code itself when it has no label.
pub(crate) fn code_in_words(code: &str, vi: bool) -> String {
    let lang = if vi { Lang::Vi } else { Lang::En };
    catalogue_word(lang, "label", code).unwrap_or_else(|| code.to_string())
}

/// "01/04/2026 – 30/06/2026" (ISO in English).
pub fn period_range(from: chrono::NaiveDate, to: chrono::NaiveDate) -> String {
    format!("{} – {}", date(from), date(to))
}

/// A calendar layer in words ("office" is the office's own decision, not the office itself).
pub fn layer_word(layer: &str) -> String {
    if layer == "office" {
        label("office_override")
    } else {
        label(layer)
    }
}

pub fn value_word(field: &str, value: &str) -> Option<String> {
    use crate::rules::reports::PlanVerdict;
    Some(match (field, value) {
        ("unit", "working-days") => sentence(id::value_word_1, &[]),
        ("unit", "calendar-days") => sentence(id::value_word_2, &[]),
        ("verdict", "held") => plan_verdict(PlanVerdict::Held),
        ("verdict", "planned-not-held") => plan_verdict(PlanVerdict::PlannedNotHeld),
        ("verdict", "missing") => plan_verdict(PlanVerdict::Missing),
        ("topics", list) if !list.is_empty() => list
            .split(';')
            .map(|t| label(t.trim()))
            .collect::<Vec<_>>()
            .join("; "),
        ("weekday", day) => {
            let key = day.to_ascii_lowercase();
            catalogue_word(*LANG.get().unwrap_or(&Lang::En), "weekday", &key)?
        }
        ("status" | "layer", "office") => label("office_override"),
        ("check", code) => check_kind(code),
        // A conclusion notice and the office, named as the history's table names them.
        ("record_kind", "conclusion") => label("notice"),
        ("record_kind", "office") => label("office_record"),
        (_, "true") => label("yes"),
        (_, "false") => label("no"),
        _ => return None,
    })
}
