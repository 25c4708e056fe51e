//! Reading dates the way a Vietnamese office writes them.
//!
//! Owns: parsing `2026-12-15` (ISO 8601) and `15/12/2026` (Vietnamese order), months
//! (`2026-02`, `02/2026`) and years. Dates are validated here, in Rust: SQLite's `date()`
//! happily accepts 2025-02-31.

/// From this day local government has two levels (province or city, and commune or ward):
/// the district level no longer exists (Resolution 202/2025/QH15).
pub const TWO_LEVEL_GOVERNMENT: chrono::NaiveDate =
    match chrono::NaiveDate::from_ymd_opt(2025, 7, 1) {
        Some(d) => d,
        None => chrono::NaiveDate::MIN,
    };

use chrono::NaiveDate;

/// A date, month or year that could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    #[error("'{0}' is not a date; accepted: YYYY-MM-DD (2026-12-15) or DD/MM/YYYY (15/12/2026), the day first also with - or . (15-12-2026, 15.12.2026)")]
    Malformed(String),
    #[error("'{0}' is not a day of the calendar (no such day in that month)")]
    Impossible(String),
    #[error(
        "'{0}' is not a month; accepted: YYYY-MM (2026-02), MM/YYYY (02/2026) or a year (2026)"
    )]
    MalformedMonth(String),
}

fn numbers(s: &str, sep: char) -> Option<Vec<u32>> {
    let parts: Vec<&str> = s.split(sep).collect();
    if parts
        .iter()
        .any(|p| p.is_empty() || p.len() > 4 || !p.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    parts.iter().map(|p| p.parse().ok()).collect()
}

/// Parse `YYYY-MM-DD`, or the day first as Vietnamese offices write it: `DD/MM/YYYY`,
/// `DD-MM-YYYY`, `DD.MM.YYYY` (one or two digits for the day and the month). The four-digit
/// year says which order was meant.
pub fn parse_date(input: &str) -> Result<NaiveDate, DateError> {
    let s = input.trim();
    let malformed = || DateError::Malformed(input.to_string());
    let sep = ['-', '/', '.']
        .into_iter()
        .find(|c| s.contains(*c))
        .ok_or_else(malformed)?;
    let parts = numbers(s, sep).ok_or_else(malformed)?;
    let pieces: Vec<&str> = s.split(sep).collect();
    let (year, month, day) = match (parts.as_slice(), pieces.as_slice()) {
        // ISO 8601 keeps its two-digit month and day.
        (&[y, m, d], &[ys, ms, ds])
            if sep == '-' && ys.len() == 4 && ms.len() == 2 && ds.len() == 2 =>
        {
            (y, m, d)
        }
        (&[d, m, y], &[ds, ms, ys]) if ys.len() == 4 && ms.len() <= 2 && ds.len() <= 2 => (y, m, d),
        _ => return Err(malformed()),
    };
    let year = i32::try_from(year).map_err(|_| malformed())?;
    NaiveDate::from_ymd_opt(year, month, day)
        .ok_or_else(|| DateError::Impossible(input.to_string()))
}

/// A month or a whole year, as `calendar show` takes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MonthOrYear {
    Month(i32, u32),
    Year(i32),
}

/// Parse `YYYY-MM`, `MM/YYYY` or `YYYY`.
pub fn parse_month_or_year(input: &str) -> Result<MonthOrYear, DateError> {
    let bad = || DateError::MalformedMonth(input.to_string());
    // "tháng 12/2026", "năm 2026": the words a report's period is given in too.
    let folded = crate::rules::text::fold(input.trim());
    if folded.starts_with("thang") {
        use chrono::Datelike;
        let period = crate::rules::reports::month(input).map_err(|_| bad())?;
        return Ok(MonthOrYear::Month(period.from.year(), period.from.month()));
    }
    let s = match folded.strip_prefix("nam ") {
        // "năm 2026" is a year, never "năm 12/2026".
        Some(year) if year.trim().bytes().all(|b| b.is_ascii_digit()) => year.trim(),
        Some(_) => return Err(bad()),
        None => input.trim(),
    };
    let (year, month) = if s.contains('-') {
        match numbers(s, '-').as_deref() {
            Some(&[y, m]) => (y, Some(m)),
            _ => return Err(bad()),
        }
    } else if s.contains('/') {
        match numbers(s, '/').as_deref() {
            Some(&[m, y]) => (y, Some(m)),
            _ => return Err(bad()),
        }
    } else {
        match numbers(s, ' ').as_deref() {
            Some(&[y]) => (y, None),
            _ => return Err(bad()),
        }
    };
    if !(1000..=9999).contains(&year) {
        return Err(bad());
    }
    let year = year as i32;
    match month {
        Some(m) if (1..=12).contains(&m) => Ok(MonthOrYear::Month(year, m)),
        Some(_) => Err(bad()),
        None => Ok(MonthOrYear::Year(year)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn dates_in_both_formats() {
        let expected = NaiveDate::from_ymd_opt(2026, 12, 15);
        assert_eq!(parse_date("2026-12-15").ok(), expected);
        assert_eq!(parse_date("15/12/2026").ok(), expected);
        assert_eq!(
            parse_date("5/1/2019").ok(),
            NaiveDate::from_ymd_opt(2019, 1, 5)
        );
        // The day first with a dash or a dot, as offices also write it.
        let fifth_of_february = NaiveDate::from_ymd_opt(2026, 2, 5);
        for typed in ["05-02-2026", "5-2-2026", "05.02.2026", "5.2.2026"] {
            assert_eq!(parse_date(typed).ok(), fifth_of_february, "{typed}");
        }
    }

    #[test]
    fn impossible_and_malformed_dates_are_refused() {
        assert_eq!(
            parse_date("2025-02-31"),
            Err(DateError::Impossible("2025-02-31".into()))
        );
        assert_eq!(
            parse_date("31/02/2025"),
            Err(DateError::Impossible("31/02/2025".into()))
        );
        for bad in [
            "",
            "2025",
            "2025-2-3",
            "12/2025",
            "tomorrow",
            "2025-13",
            "1/1/25",
            "-1-01-01",
            "2025.02.03",
            "05-02-26",
            "15/12-2026",
        ] {
            assert!(parse_date(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn months_and_years() {
        assert_eq!(
            parse_month_or_year("2026-02"),
            Ok(MonthOrYear::Month(2026, 2))
        );
        assert_eq!(
            parse_month_or_year("02/2026"),
            Ok(MonthOrYear::Month(2026, 2))
        );
        assert_eq!(parse_month_or_year("2026"), Ok(MonthOrYear::Year(2026)));
        assert!(parse_month_or_year("2026-13").is_err());
        assert!(parse_month_or_year("Feb").is_err());
        assert_eq!(
            parse_month_or_year("tháng 12/2026"),
            Ok(MonthOrYear::Month(2026, 12))
        );
        assert_eq!(parse_month_or_year("năm 2026"), Ok(MonthOrYear::Year(2026)));
        assert!(parse_month_or_year("tháng 13/2026").is_err());
        assert!(parse_month_or_year("năm 12/2026").is_err());
    }

    proptest! {
        #[test]
        fn date_parser_never_panics(s in "\\PC{0,20}") {
            let _ = parse_date(&s);
            let _ = parse_month_or_year(&s);
        }

        #[test]
        fn both_formats_agree(days in 0i64..80_000) {
            let date = NaiveDate::from_ymd_opt(1900, 1, 1).expect("epoch") + chrono::Duration::days(days);
            prop_assert_eq!(parse_date(&date.format("%Y-%m-%d").to_string()), Ok(date));
            prop_assert_eq!(parse_date(&date.format("%d/%m/%Y").to_string()), Ok(date));
        }
    }
}
