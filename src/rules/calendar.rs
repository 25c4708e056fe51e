//! The working-day calendar of Vietnamese public offices.
//!
//! Owns: which days are working days, why a day is not, and arithmetic over working days.
//! Must not: read the clock, the database or the host time zone. Office overrides and settings
//! are handed in by the caller.
//!
//! Layers, each replacing the one below for the days it names (`calendar.md` §6):
//! - L0 weekly pattern: Monday–Friday (QĐ 188/1999/QĐ-TTg, Art. 1), Saturdays optionally.
//! - L1 statutory holidays, computed: Labor Code 2012 Art. 115 until 2020 and Labor Code 2019
//!   Art. 112 from 2021, compensatory days per Art. 115(3) / Art. 111(3). Marked provisional.
//! - L2 the official schedule 2017–2026 (`data/vn-days-off.csv`): for those years it replaces
//!   L1 entirely, since each year's notice fixes Tết, the 2/9 adjacent day and the swaps.
//! - L3 office overrides (extra days off, extra working days), recorded in the database.
//!
//! Working-day arithmetic uses per-year prefix sums built once per year on first use, so a
//! deadline costs a binary search rather than a walk across the days.

use super::lunar;
use chrono::{Datelike, Duration, NaiveDate, Weekday};
use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt;
use std::sync::OnceLock;

/// First and last years the calendar answers for (the lunar algorithm's verified range).
pub const FIRST_YEAR: i32 = 1900;
pub const LAST_YEAR: i32 = 2100;

/// The embedded official schedule, with its sources (`data/README.md`).
const OFFICIAL_CSV: &str = include_str!("../../data/vn-days-off.csv");

/// Whether a named day is a day off or a (make-up) working day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DayKind {
    Holiday,
    Workday,
}

impl DayKind {
    pub fn as_str(self) -> &'static str {
        match self {
            DayKind::Holiday => "holiday",
            DayKind::Workday => "workday",
        }
    }
}

/// Where the knowledge of a named day comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Layer {
    /// The government's published schedule (embedded data).
    Official,
    /// Computed from the Labor Code; provisional until the year's notice is published.
    Statutory,
    /// Recorded by this office.
    Office,
    /// Published intention without legal force (24/11/2026): shown, never counted.
    Unconfirmed,
}

impl Layer {
    pub fn as_str(self) -> &'static str {
        match self {
            Layer::Official => "official",
            Layer::Statutory => "provisional",
            Layer::Office => "office",
            Layer::Unconfirmed => "unconfirmed",
        }
    }
}

/// A day the calendar knows by name: a holiday, a compensatory or swapped day off, or a
/// make-up working day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NamedDay {
    pub date: NaiveDate,
    pub kind: DayKind,
    pub name: String,
    pub source: String,
    pub layer: Layer,
}

/// An office's own calendar change (L3), as stored in the database.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OfficeOverride {
    pub date: NaiveDate,
    pub kind: DayKind,
    pub name: String,
    pub source: String,
}

/// Office settings that shape the weekly pattern.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CalendarSettings {
    /// Saturdays count toward working-day deadlines (some Hà Nội desks work Saturdays; the
    /// default is the civil-service week of QĐ 188/1999: they do not).
    pub saturdays_count: bool,
    /// Changes of the office week, each from its day on (`init --saturdays-count --effective`):
    /// days before the first change follow `saturdays_count`. A change never rewrites the days
    /// before it, so a deadline whose window lies before it keeps its date.
    pub week_changes: Vec<(NaiveDate, bool)>,
}

impl CalendarSettings {
    /// Whether Saturdays count on `date`'s week.
    pub fn saturdays_count_on(&self, date: NaiveDate) -> bool {
        self.week_changes
            .iter()
            .filter(|(from, _)| *from <= date)
            .max_by_key(|(from, _)| *from)
            .map_or(self.saturdays_count, |(_, counts)| *counts)
    }
}

/// Why a day is or is not a working day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "reason", rename_all = "kebab-case")]
pub enum DayReason {
    /// An ordinary day of the weekly pattern.
    Weekday,
    /// A weekly rest day.
    Weekend,
    /// A named day (holiday, day off or make-up working day).
    Named(NamedDay),
}

/// One day of the calendar with its verdict.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DayInfo {
    pub date: NaiveDate,
    pub working: bool,
    pub reason: DayReason,
}

/// A date the calendar cannot answer for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("{date} is outside the calendar's range {FIRST_YEAR}-01-01 … {LAST_YEAR}-12-31")]
pub struct OutOfRange {
    pub date: NaiveDate,
}

/// Per-year table: the verdict for each day and the running count of working days.
struct YearTable {
    first: NaiveDate,
    working: Vec<bool>,
    /// `cumulative[i]` = working days among days `0..=i` of the year.
    cumulative: Vec<u16>,
    named: BTreeMap<NaiveDate, NamedDay>,
}

impl YearTable {
    fn total(&self) -> u32 {
        u32::from(self.cumulative.last().copied().unwrap_or(0))
    }

    fn index(&self, date: NaiveDate) -> usize {
        (date - self.first).num_days() as usize
    }

    fn count_through(&self, date: NaiveDate) -> u32 {
        u32::from(self.cumulative[self.index(date)])
    }

    /// The date of the k-th working day of the year (1-based, k <= total).
    fn nth_working_day(&self, k: u32) -> NaiveDate {
        let idx = self.cumulative.partition_point(|&c| u32::from(c) < k);
        self.first + Duration::days(idx as i64)
    }
}

/// The working-day calendar of one office: official data, statute and its overrides.
pub struct Calendar {
    settings: CalendarSettings,
    overrides: BTreeMap<NaiveDate, OfficeOverride>,
    /// Official schedules imported after this build (`calendar import`), by year: for those
    /// years they replace the embedded schedule or the statutory computation.
    imported: BTreeMap<i32, Vec<NamedDay>>,
    years: Vec<OnceLock<YearTable>>,
}

impl Calendar {
    /// A calendar with the office's settings and overrides.
    pub fn new(settings: CalendarSettings, overrides: Vec<OfficeOverride>) -> Self {
        let years = (FIRST_YEAR..=LAST_YEAR).map(|_| OnceLock::new()).collect();
        Calendar {
            settings,
            overrides: overrides.into_iter().map(|o| (o.date, o)).collect(),
            imported: BTreeMap::new(),
            years,
        }
    }

    /// The same calendar with official schedules imported for some years (layer L2).
    pub fn with_imported(mut self, days: Vec<NamedDay>) -> Self {
        for d in days {
            self.imported.entry(d.date.year()).or_default().push(d);
        }
        self.years = (FIRST_YEAR..=LAST_YEAR).map(|_| OnceLock::new()).collect();
        self
    }

    /// The national named days of `year` for this calendar: an imported schedule when there is
    /// one, else the embedded one or the statute.
    pub fn national_days(&self, year: i32) -> Vec<NamedDay> {
        match self.imported.get(&year) {
            Some(days) => days.clone(),
            None => national_named_days(year),
        }
    }

    /// Whether `year`'s days off are still computed from statute here (no official schedule,
    /// embedded or imported).
    pub fn provisional(&self, year: i32) -> bool {
        Self::is_provisional(year) && !self.imported.contains_key(&year)
    }

    /// The national calendar with the default week and no office overrides.
    pub fn national() -> Self {
        Self::new(CalendarSettings::default(), Vec::new())
    }

    /// Whether the calendar answers for `date`: a date given outside it is refused as itself,
    /// before any deadline is counted from it.
    pub fn check(date: NaiveDate) -> Result<(), OutOfRange> {
        if (FIRST_YEAR..=LAST_YEAR).contains(&date.year()) {
            Ok(())
        } else {
            Err(OutOfRange { date })
        }
    }

    fn table(&self, year: i32, probe: NaiveDate) -> Result<&YearTable, OutOfRange> {
        if !(FIRST_YEAR..=LAST_YEAR).contains(&year) {
            // Name the day that fell outside — the probe when it is in that year, else the
            // year's edge that a count reached — never the (valid) day a count started from.
            let date = if probe.year() == year {
                probe
            } else if year > LAST_YEAR {
                NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(NaiveDate::MAX)
            } else {
                NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or(NaiveDate::MIN)
            };
            return Err(OutOfRange { date });
        }
        let slot = &self.years[(year - FIRST_YEAR) as usize];
        Ok(slot.get_or_init(|| self.build_year(year)))
    }

    fn build_year(&self, year: i32) -> YearTable {
        let first = ymd(year, 1, 1);
        let days = if first.leap_year() { 366 } else { 365 };
        let mut named: BTreeMap<NaiveDate, NamedDay> = self
            .national_days(year)
            .into_iter()
            .filter(|d| d.layer != Layer::Unconfirmed)
            .map(|d| (d.date, d))
            .collect();
        for o in self.overrides.values().filter(|o| o.date.year() == year) {
            named.insert(
                o.date,
                NamedDay {
                    date: o.date,
                    kind: o.kind,
                    name: o.name.clone(),
                    source: o.source.clone(),
                    layer: Layer::Office,
                },
            );
        }
        let mut working = Vec::with_capacity(days);
        let mut cumulative = Vec::with_capacity(days);
        let mut count: u16 = 0;
        for i in 0..days {
            let date = first + Duration::days(i as i64);
            let is_working = match named.get(&date) {
                Some(n) => n.kind == DayKind::Workday,
                None => self.in_weekly_pattern(date),
            };
            if is_working {
                count += 1;
            }
            working.push(is_working);
            cumulative.push(count);
        }
        YearTable {
            first,
            working,
            cumulative,
            named,
        }
    }

    fn in_weekly_pattern(&self, date: NaiveDate) -> bool {
        match date.weekday() {
            Weekday::Sun => false,
            Weekday::Sat => self.settings.saturdays_count_on(date),
            _ => true,
        }
    }

    /// Whether `date` is a working day (ngày làm việc) of this office.
    pub fn is_working_day(&self, date: NaiveDate) -> Result<bool, OutOfRange> {
        let t = self.table(date.year(), date)?;
        Ok(t.working[t.index(date)])
    }

    /// The verdict for one day and the reason for it.
    pub fn day_info(&self, date: NaiveDate) -> Result<DayInfo, OutOfRange> {
        let t = self.table(date.year(), date)?;
        let working = t.working[t.index(date)];
        let reason = match t.named.get(&date) {
            Some(n) => DayReason::Named(n.clone()),
            None if working => DayReason::Weekday,
            None => DayReason::Weekend,
        };
        Ok(DayInfo {
            date,
            working,
            reason,
        })
    }

    /// The `n`-th working day strictly after `trigger` (Civil Code 2015 Art. 147: the trigger
    /// day is not counted; Art. 148(1): the period ends with its last day). `n = 0` gives the
    /// trigger itself.
    pub fn add_working_days(&self, trigger: NaiveDate, n: u32) -> Result<NaiveDate, OutOfRange> {
        if n == 0 {
            Self::check(trigger)?;
            return Ok(trigger);
        }
        let mut year = trigger.year();
        let t = self.table(year, trigger)?;
        let done = t.count_through(trigger);
        let left_in_year = t.total() - done;
        if n <= left_in_year {
            return Ok(t.nth_working_day(done + n));
        }
        let mut n = n - left_in_year;
        loop {
            year += 1;
            let t = self.table(year, trigger)?;
            if n <= t.total() {
                return Ok(t.nth_working_day(n));
            }
            n -= t.total();
        }
    }

    /// Working days in `(from, to]`; negative when `to` is before `from`.
    pub fn working_days_between(&self, from: NaiveDate, to: NaiveDate) -> Result<i64, OutOfRange> {
        if to < from {
            return Ok(-self.working_days_between(to, from)?);
        }
        let a = self.table(from.year(), from)?;
        let b = self.table(to.year(), to)?;
        if from.year() == to.year() {
            return Ok(i64::from(a.count_through(to)) - i64::from(a.count_through(from)));
        }
        let mut total = i64::from(a.total() - a.count_through(from));
        for year in from.year() + 1..to.year() {
            total += i64::from(self.table(year, to)?.total());
        }
        Ok(total + i64::from(b.count_through(to)))
    }

    /// The first working day on or after `date`.
    pub fn working_day_on_or_after(&self, date: NaiveDate) -> Result<NaiveDate, OutOfRange> {
        if self.is_working_day(date)? {
            Ok(date)
        } else {
            self.add_working_days(date, 1)
        }
    }

    /// The last working day on or before `date`.
    pub fn working_day_on_or_before(&self, date: NaiveDate) -> Result<NaiveDate, OutOfRange> {
        let mut year = date.year();
        let t = self.table(year, date)?;
        let k = t.count_through(date);
        if k > 0 {
            return Ok(t.nth_working_day(k));
        }
        loop {
            year -= 1;
            let t = self.table(year, date)?;
            if t.total() > 0 {
                return Ok(t.nth_working_day(t.total()));
            }
        }
    }

    /// A period of `days` calendar days after `trigger`; when its last day is not a working day
    /// the period ends on the next working day (Civil Code 2015 Art. 148(5)).
    pub fn add_calendar_days(
        &self,
        trigger: NaiveDate,
        days: u32,
    ) -> Result<NaiveDate, OutOfRange> {
        let last = trigger + Duration::days(i64::from(days));
        self.working_day_on_or_after(last)
    }

    /// Every day in `[from, to]` with its verdict (for `--explain`; spans are short).
    pub fn days(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<DayInfo>, OutOfRange> {
        let mut out = Vec::new();
        let mut day = from;
        while day <= to {
            out.push(self.day_info(day)?);
            day += Duration::days(1);
        }
        Ok(out)
    }

    /// Every named day of `year` as this office sees it, including the unconfirmed ones
    /// (shown, not counted) and the office's overrides.
    pub fn named_days(&self, year: i32) -> Result<Vec<NamedDay>, OutOfRange> {
        let probe = NaiveDate::from_ymd_opt(year, 1, 1)
            .unwrap_or_else(|| ymd(year.clamp(FIRST_YEAR, LAST_YEAR), 1, 1));
        let t = self.table(year, probe)?;
        let mut days: Vec<NamedDay> = t.named.values().cloned().collect();
        for unconfirmed in self
            .national_days(year)
            .into_iter()
            .filter(|d| d.layer == Layer::Unconfirmed && !t.named.contains_key(&d.date))
        {
            days.push(unconfirmed);
        }
        days.sort_by_key(|d| d.date);
        Ok(days)
    }

    /// True when `year` has no official schedule and its days off are computed from statute.
    pub fn is_provisional(year: i32) -> bool {
        !official_years().contains(&year)
    }
}

impl fmt::Debug for Calendar {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Calendar")
            .field("settings", &self.settings)
            .field("overrides", &self.overrides.len())
            .finish()
    }
}

fn ymd(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).unwrap_or(NaiveDate::MIN)
}

struct OfficialRow {
    date: NaiveDate,
    kind: DayKind,
    name: &'static str,
    source: &'static str,
    unconfirmed: bool,
}

/// The embedded official rows, parsed once. The file is part of the build and is checked by a
/// unit test, so a malformed row is a build defect, reported by that test.
fn official_rows() -> &'static [OfficialRow] {
    static ROWS: OnceLock<Vec<OfficialRow>> = OnceLock::new();
    ROWS.get_or_init(|| {
        OFFICIAL_CSV
            .lines()
            .skip(1)
            .filter_map(|line| {
                let (date, rest) = line.split_once(',')?;
                let (kind, rest) = rest.split_once(',')?;
                let (name, rest) = rest.split_once(',')?;
                let (source, confidence) = rest.rsplit_once(',')?;
                Some(OfficialRow {
                    date: NaiveDate::parse_from_str(date, "%Y-%m-%d").ok()?,
                    kind: if kind == "workday" {
                        DayKind::Workday
                    } else {
                        DayKind::Holiday
                    },
                    name,
                    source,
                    unconfirmed: confidence == "unconfirmed",
                })
            })
            .collect()
    })
}

/// Years covered by the official schedule.
pub fn official_years() -> std::ops::RangeInclusive<i32> {
    2017..=2026
}

/// The national named days of a year, before office overrides: the official schedule when the
/// year has one, otherwise the statutory computation.
pub fn national_named_days(year: i32) -> Vec<NamedDay> {
    if official_years().contains(&year) {
        official_rows()
            .iter()
            .filter(|r| r.date.year() == year)
            .map(|r| NamedDay {
                date: r.date,
                kind: r.kind,
                name: r.name.to_string(),
                source: r.source.to_string(),
                layer: if r.unconfirmed {
                    Layer::Unconfirmed
                } else {
                    Layer::Official
                },
            })
            .collect()
    } else {
        statutory_days_off(year)
    }
}

fn is_weekend(date: NaiveDate) -> bool {
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

/// The kind of a day in a published schedule, as the file writes it: "holiday"/"nghỉ"/"ngày
/// nghỉ"/"nghỉ bù" or "workday"/"làm bù"/"ngày làm việc" (diacritics optional).
pub fn schedule_day_kind(word: &str) -> Option<DayKind> {
    let key: String = crate::rules::text::fold(word)
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    match key.as_str() {
        "holiday" | "nghi" | "ngay nghi" | "nghi le" | "nghi bu" => Some(DayKind::Holiday),
        "workday" | "lam bu" | "ngay lam bu" | "lam viec" | "ngay lam viec" => {
            Some(DayKind::Workday)
        }
        _ => None,
    }
}

/// A make-up working day is a Saturday or Sunday worked (QĐ 188/1999: a weekday already is
/// one); a day off may fall on any day (a holiday on a Sunday is listed, then compensated).
pub fn scheduled_day_fits(date: NaiveDate, kind: DayKind) -> bool {
    kind == DayKind::Holiday || is_weekend(date)
}

/// The holidays the Labor Code fixes by date (2019 Art. 112: 1/1, Giỗ Tổ 10/3 lunar, 30/4, 1/5,
/// 2/9) that fall on a weekday of `year`: every official schedule gives them, whatever it does
/// with Tết and the days around them. A schedule without one of them is incomplete.
pub fn fixed_weekday_holidays(year: i32) -> Vec<NaiveDate> {
    statutory_days_off(year)
        .into_iter()
        .filter(|d| d.kind == DayKind::Holiday && !is_weekend(d.date))
        .filter(|d| {
            matches!(
                (d.date.month(), d.date.day()),
                (1, 1) | (4, 30) | (5, 1) | (9, 2)
            ) || d.name.starts_with("Giỗ Tổ")
        })
        .map(|d| d.date)
        .collect()
}

/// What a published schedule of a year lacks against the Labor Code (2019 Art. 112; 2012 Art.
/// 115): a file that turned 30/4 into a working day, or listed only Quốc khánh, would delete
/// the year's other days off when imported.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ScheduleGaps {
    /// Holidays the Code fixes (1/1, the Tết days, Giỗ Tổ, 30/4, 1/5, 2/9) that fall on a weekday
    /// and are not listed as days off.
    pub missing: Vec<NaiveDate>,
    /// Holidays the Code fixes that the schedule lists as working days.
    pub worked: Vec<NaiveDate>,
    /// How many weekday days off short of the Code's count the schedule is (compensatory days
    /// and the day next to 2/9 are placed by each year's notice, so they are counted, not
    /// dated; a day swapped for a make-up Saturday adds one, sometimes across the new year).
    pub short_by: usize,
}

impl ScheduleGaps {
    pub fn is_empty(&self) -> bool {
        self.missing.is_empty() && self.worked.is_empty() && self.short_by == 0
    }
}

/// The holidays proper of a year under the Code in force: the days themselves, not the
/// compensatory days nor 2/9's adjacent day.
fn holidays_proper(year: i32) -> Vec<NaiveDate> {
    statutory_days_off(year)
        .into_iter()
        .filter(|d| {
            !d.name.starts_with("Nghỉ bù")
                && !d.name.contains("(thay ")
                && !d.name.contains("liền kề")
        })
        .map(|d| d.date)
        .collect()
}

/// Check a schedule of `year` (its days, any year's rows ignored but this one's) against the
/// Labor Code: every holiday proper on a weekday listed as a day off, none listed as a working
/// day, and at least as many weekday days off as the Code gives.
pub fn schedule_gaps(year: i32, days: &[NamedDay]) -> ScheduleGaps {
    let of_year: Vec<&NamedDay> = days.iter().filter(|d| d.date.year() == year).collect();
    let listed =
        |date: NaiveDate, kind: DayKind| of_year.iter().any(|d| d.date == date && d.kind == kind);
    let proper = holidays_proper(year);
    let missing = proper
        .iter()
        .copied()
        .filter(|d| !is_weekend(*d) && !listed(*d, DayKind::Holiday))
        .collect();
    let worked = proper
        .iter()
        .copied()
        .filter(|d| listed(*d, DayKind::Workday))
        .collect();
    let required = statutory_days_off(year)
        .iter()
        .filter(|d| !is_weekend(d.date))
        .count();
    let weekday_off = of_year
        .iter()
        .filter(|d| d.kind == DayKind::Holiday && !is_weekend(d.date))
        .count();
    ScheduleGaps {
        missing,
        worked,
        short_by: required.saturating_sub(weekday_off),
    }
}

/// The days off a year would have under the Labor Code alone (L1): holidays that fall on a
/// weekday, the placed Tết block and compensatory days. Weekend holidays are listed too, so the
/// calendar can name them.
pub fn statutory_days_off(year: i32) -> Vec<NamedDay> {
    let (code, source) = if year >= 2021 {
        (
            2019,
            "BLLĐ 2019 Đ112, Đ111 k3 (tính theo luật, chưa có thông báo chính thức)",
        )
    } else if year >= 2013 {
        (
            2012,
            "BLLĐ 2012 Đ115 k1, k3 (tính theo luật, chưa có thông báo chính thức)",
        )
    } else {
        (
            1994,
            "BLLĐ 1994 Đ73 (sửa đổi 2007) (tính theo luật, chưa có thông báo chính thức)",
        )
    };
    let mut days: BTreeMap<NaiveDate, NamedDay> = BTreeMap::new();
    let named = |date: NaiveDate, name: String| NamedDay {
        date,
        kind: DayKind::Holiday,
        name,
        source: source.to_string(),
        layer: Layer::Statutory,
    };

    // Tết: the eve plus mùng 1–4 (mùng 1–3 before the 2012 Code). Days that fall on a weekend
    // are placed on the nearest weekdays outside the block — Saturday's before it, Sunday's
    // after it — the placement every notice 2017–2026 used.
    if let Some(tet) = lunar::tet(year) {
        let count = if code >= 2012 { 5 } else { 4 };
        let labels = ["giao thừa", "mùng 1", "mùng 2", "mùng 3", "mùng 4"];
        let block: Vec<NaiveDate> = (0..count).map(|i| tet + Duration::days(i - 1)).collect();
        let mut before = block[0];
        let mut after = block[block.len() - 1];
        for (i, day) in block.iter().enumerate() {
            let label = labels[i];
            match day.weekday() {
                Weekday::Sat => {
                    before = previous_weekday(before);
                    days.insert(
                        before,
                        named(
                            before,
                            // Before Tết: a day of the Tết break itself, in place of the
                            // Saturday, not a compensatory day after it.
                            format!("Nghỉ Tết Nguyên đán (thay {label} rơi vào T7)"),
                        ),
                    );
                }
                Weekday::Sun => {
                    after = next_weekday(after);
                    days.insert(
                        after,
                        named(
                            after,
                            format!("Nghỉ bù Tết Nguyên đán ({label} rơi vào CN)"),
                        ),
                    );
                }
                _ => {}
            }
            days.insert(*day, named(*day, format!("Tết Nguyên đán ({label})")));
        }
    }

    let mut fixed: Vec<(NaiveDate, String)> = vec![
        (ymd(year, 1, 1), "Tết Dương lịch".to_string()),
        (ymd(year, 4, 30), "Ngày Chiến thắng".to_string()),
        (ymd(year, 5, 1), "Ngày Quốc tế Lao động".to_string()),
        (ymd(year, 9, 2), "Quốc khánh".to_string()),
    ];
    if year >= 2007 {
        if let Some(hung) = lunar::hung_kings_day(year) {
            fixed.push((hung, "Giỗ Tổ Hùng Vương (10/3 âm lịch)".to_string()));
        }
    }
    if code >= 2019 {
        // Art. 112(1)(đ): 2/9 plus one adjacent day, chosen each year; the choice 2021–2026
        // followed this weekday rule (Mon→Tue, Tue→Mon, Wed→Tue, Thu→Fri, Fri→Thu, Sat→Fri,
        // Sun→Mon).
        let national_day = ymd(year, 9, 2);
        let (offset, side) = match national_day.weekday() {
            Weekday::Mon | Weekday::Thu | Weekday::Sun => (1, "sau"),
            _ => (-1, "trước"),
        };
        fixed.push((
            national_day + Duration::days(offset),
            format!("Quốc khánh (ngày liền kề {side})"),
        ));
    }
    fixed.sort();
    for (date, name) in &fixed {
        days.insert(*date, named(*date, name.clone()));
    }
    // Compensatory days (LC2012 Art. 115(3), LC2019 Art. 111(3)): a holiday on a weekly rest day
    // is made up on the next day that is neither a rest day nor a holiday.
    for (date, name) in &fixed {
        if is_weekend(*date) {
            let mut day = *date + Duration::days(1);
            while is_weekend(day) || days.contains_key(&day) {
                day += Duration::days(1);
            }
            let weekday = if date.weekday() == Weekday::Sat {
                "T7"
            } else {
                "CN"
            };
            days.insert(
                day,
                named(
                    day,
                    format!(
                        "Nghỉ bù {name} ({} rơi vào {weekday})",
                        date.format("%d/%m")
                    ),
                ),
            );
        }
    }
    days.into_values().collect()
}

fn previous_weekday(date: NaiveDate) -> NaiveDate {
    let mut d = date - Duration::days(1);
    while is_weekend(d) {
        d -= Duration::days(1);
    }
    d
}

fn next_weekday(date: NaiveDate) -> NaiveDate {
    let mut d = date + Duration::days(1);
    while is_weekend(d) {
        d += Duration::days(1);
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
    }

    fn weekday_closures(year: i32) -> Vec<NaiveDate> {
        let cal = Calendar::national();
        let mut out = Vec::new();
        let mut day = ymd(year, 1, 1);
        while day.year() == year {
            if !is_weekend(day) && !cal.is_working_day(day).expect("in range") {
                out.push(day);
            }
            day += Duration::days(1);
        }
        out
    }

    fn dates(list: &[&str]) -> Vec<NaiveDate> {
        list.iter().map(|s| d(s)).collect()
    }

    #[test]
    fn fixed_holidays_every_schedule_gives() {
        // 2027: 1/1 Fri, Giỗ Tổ 16/4 Fri, 30/4 Fri, 1/5 Sat (weekend: not listed), 2/9 Thu.
        let days: Vec<String> = fixed_weekday_holidays(2027)
            .iter()
            .map(|d| d.to_string())
            .collect();
        assert_eq!(
            days,
            ["2027-01-01", "2027-04-16", "2027-04-30", "2027-09-02"]
        );
        // Every embedded official year gives all of them.
        for year in official_years() {
            let official: Vec<NaiveDate> = national_named_days(year)
                .into_iter()
                .filter(|d| d.kind == DayKind::Holiday)
                .map(|d| d.date)
                .collect();
            for fixed in fixed_weekday_holidays(year) {
                assert!(official.contains(&fixed), "{year}: {fixed}");
            }
        }
    }

    #[test]
    fn schedule_import_requires_every_statutory_day_off() {
        // Every embedded official schedule, 2017–2026, is complete.
        for year in official_years() {
            let official = national_named_days(year);
            assert_eq!(
                schedule_gaps(year, &official),
                ScheduleGaps::default(),
                "{year}"
            );
        }
        // The statutory computation of a later year is complete by construction.
        assert!(schedule_gaps(2033, &statutory_days_off(2033)).is_empty());
        // 2033 with 30/4 (a Saturday) as a working day and only Quốc khánh listed: Tết, Giỗ
        // Tổ, 1/1's and 1/5's compensatory days are all missing.
        let only_national_day = vec![
            NamedDay {
                date: d("2033-09-02"),
                kind: DayKind::Holiday,
                name: "Quốc khánh".into(),
                source: "x".into(),
                layer: Layer::Official,
            },
            NamedDay {
                date: d("2033-04-30"),
                kind: DayKind::Workday,
                name: "Làm bù".into(),
                source: "x".into(),
                layer: Layer::Official,
            },
        ];
        let gaps = schedule_gaps(2033, &only_national_day);
        assert_eq!(gaps.worked, vec![d("2033-04-30")]);
        let tet = lunar::tet(2033).expect("Tết 2033");
        assert!(gaps.missing.contains(&tet) || is_weekend(tet), "{gaps:?}");
        assert!(gaps.short_by >= 7, "{gaps:?}");
        // One day short: the whole statutory year less one compensatory day.
        let mut one_short = statutory_days_off(2033);
        let compensatory = one_short
            .iter()
            .position(|d| d.name.starts_with("Nghỉ bù"))
            .expect("2033 has a compensatory day");
        one_short.remove(compensatory);
        assert_eq!(schedule_gaps(2033, &one_short).short_by, 1);
    }

    #[test]
    fn official_data_parses_every_row() {
        assert_eq!(official_rows().len(), 119);
        assert_eq!(official_rows().iter().filter(|r| r.unconfirmed).count(), 1);
    }

    #[test]
    fn make_up_saturdays_are_working_days() {
        let cal = Calendar::national();
        for day in [
            "2019-01-05",
            "2019-05-04",
            "2024-05-04",
            "2025-04-26",
            "2026-01-10",
            "2026-08-22",
        ] {
            assert!(cal.is_working_day(d(day)).expect("in range"), "{day}");
        }
        assert!(!cal.is_working_day(d("2026-01-17")).expect("in range"));
    }

    #[test]
    fn swapped_days_are_days_off() {
        let cal = Calendar::national();
        for day in [
            "2018-12-31",
            "2019-04-29",
            "2024-04-29",
            "2025-05-02",
            "2026-01-02",
            "2026-08-31",
        ] {
            assert!(!cal.is_working_day(d(day)).expect("in range"), "{day}");
        }
    }

    #[test]
    fn tet_blocks_2017_to_2026() {
        let cal = Calendar::national();
        let blocks = [
            ("2017-01-26", "2017-02-01", 5),
            ("2018-02-14", "2018-02-20", 5),
            ("2019-02-04", "2019-02-08", 5),
            ("2020-01-23", "2020-01-29", 5),
            ("2021-02-10", "2021-02-16", 5),
            ("2022-01-31", "2022-02-04", 5),
            ("2023-01-20", "2023-01-26", 5),
            ("2024-02-08", "2024-02-14", 5),
            ("2025-01-27", "2025-01-31", 5),
            ("2026-02-16", "2026-02-20", 5),
        ];
        for (from, to, weekdays) in blocks {
            let (from, to) = (d(from), d(to));
            let off: Vec<_> = cal
                .days(from, to)
                .expect("in range")
                .into_iter()
                .filter(|day| !day.working)
                .collect();
            assert_eq!(off.len() as i64, (to - from).num_days() + 1, "{from}");
            let weekday_count = off.iter().filter(|day| !is_weekend(day.date)).count();
            assert_eq!(weekday_count, weekdays, "{from}");
            assert!(
                cal.is_working_day(from - Duration::days(1))
                    .expect("in range")
                    || is_weekend(from - Duration::days(1))
            );
        }
    }

    /// A day off placed before Tết for a Saturday of the break is part of the break, not a
    /// compensatory day ("nghỉ bù" comes after): Thursday 4/2/2027 is named for what it is.
    #[test]
    fn a_day_before_tet_is_not_named_compensatory() {
        let tet = lunar::tet(2027).expect("Tết 2027");
        let days = statutory_days_off(2027);
        let before: Vec<&NamedDay> = days
            .iter()
            .filter(|d| d.date < tet - Duration::days(1) && d.name.contains("Tết Nguyên đán"))
            .collect();
        assert!(!before.is_empty(), "{days:?}");
        for d in before {
            assert!(!d.name.starts_with("Nghỉ bù"), "{d:?}");
            assert!(d.name.starts_with("Nghỉ Tết Nguyên đán (thay"), "{d:?}");
        }
    }

    #[test]
    fn tet_statutory_placement_reproduces_every_official_year() {
        for year in official_years() {
            let official: Vec<NaiveDate> = national_named_days(year)
                .into_iter()
                .filter(|n| {
                    n.name.starts_with("Tết Nguyên đán") || n.name.starts_with("Nghỉ bù Tết (")
                })
                .map(|n| n.date)
                .collect();
            let computed: Vec<NaiveDate> = statutory_days_off(year)
                .into_iter()
                .filter(|n| n.name.contains("Tết Nguyên đán") && !is_weekend(n.date))
                .map(|n| n.date)
                .collect();
            assert_eq!(computed, official, "{year}");
        }
    }

    #[test]
    fn break_2023_runs_29_april_to_3_may() {
        let cal = Calendar::national();
        for day in cal
            .days(d("2023-04-29"), d("2023-05-03"))
            .expect("in range")
        {
            assert!(!day.working, "{}", day.date);
        }
        assert!(cal.is_working_day(d("2023-05-04")).expect("in range"));
        assert!(cal.is_working_day(d("2023-04-28")).expect("in range"));
    }

    #[test]
    fn national_day_adjacent_day_2021_to_2026() {
        let cal = Calendar::national();
        for day in [
            "2021-09-03",
            "2022-09-01",
            "2023-09-01",
            "2024-09-03",
            "2025-09-01",
            "2026-09-01",
        ] {
            assert!(!cal.is_working_day(d(day)).expect("in range"), "{day}");
        }
        // The statutory rule gives the same adjacent day the notices chose.
        for year in 2021..=2026 {
            let computed: Vec<NaiveDate> = statutory_days_off(year)
                .into_iter()
                .filter(|n| n.name.starts_with("Quốc khánh (ngày liền kề"))
                .map(|n| n.date)
                .collect();
            let official: Vec<NaiveDate> = national_named_days(year)
                .into_iter()
                .filter(|n| n.name.starts_with("Quốc khánh (ngày liền kề"))
                .map(|n| n.date)
                .collect();
            if year == 2023 {
                // 2/9/2023 was a Saturday: the Friday is the adjacent day either way.
                assert_eq!(computed, dates(&["2023-09-01"]));
            } else {
                assert_eq!(computed, official, "{year}");
            }
        }
    }

    #[test]
    fn statutory_computation_matches_official_weekday_closures_without_swaps() {
        // Every official year differs from the statute only by its swaps and 2022's data.
        let cal = Calendar::national();
        for year in official_years() {
            let official = weekday_closures(year);
            let computed: Vec<NaiveDate> = statutory_days_off(year)
                .into_iter()
                .filter(|n| !is_weekend(n.date))
                .map(|n| n.date)
                .collect();
            let swaps: Vec<NaiveDate> = national_named_days(year)
                .into_iter()
                .filter(|n| n.name.contains("hoán đổi"))
                .map(|n| n.date)
                .collect();
            let official_without_swaps: Vec<NaiveDate> = official
                .into_iter()
                .filter(|x| !swaps.contains(x))
                .collect();
            assert_eq!(computed, official_without_swaps, "{year}");
            let _ = &cal;
        }
    }

    #[test]
    fn computed_2027_is_provisional_with_statutory_days() {
        assert!(Calendar::is_provisional(2027));
        assert!(!Calendar::is_provisional(2026));
        let off = weekday_closures(2027);
        // 1/1 Fri; Tết Sat 6/2: eve Fri 5/2, mùng 1 Sat → Thu 4/2, mùng 2 Sun → Wed 10/2;
        // Giỗ Tổ Fri 16/4; 30/4 Fri; 1/5 Sat → Mon 3/5; 2/9 Thu + Fri 3/9.
        assert_eq!(
            off,
            dates(&[
                "2027-01-01",
                "2027-02-04",
                "2027-02-05",
                "2027-02-08",
                "2027-02-09",
                "2027-02-10",
                "2027-04-16",
                "2027-04-30",
                "2027-05-03",
                "2027-09-02",
                "2027-09-03",
            ])
        );
    }

    #[test]
    fn computed_2030_uses_vietnamese_tet() {
        // Tết 2030 is Sat 2/2 in Vietnam (3/2 in China): eve Fri 1/2.
        let off = weekday_closures(2030);
        assert!(off.contains(&d("2030-02-01")));
        assert!(
            off.contains(&d("2030-01-31")),
            "Saturday's day placed before the block"
        );
        assert!(
            off.contains(&d("2030-02-06")),
            "Sunday's day placed after the block"
        );
    }

    #[test]
    fn computed_2031_hung_kings_day_in_regular_third_month() {
        let off = weekday_closures(2031);
        assert!(
            off.contains(&d("2031-04-01")),
            "Tue 1/4/2031, regular 3rd month"
        );
        // The leap month's 10th day (1/5/2031 is Labour Day itself) adds no extra day off:
        // 2031 has exactly 1/1, five Tết days, Giỗ Tổ, 30/4, 1/5, 2/9 and its adjacent day.
        assert_eq!(off.len(), 11);
    }

    #[test]
    fn computed_2037_and_2038_use_vietnamese_hung_kings_day() {
        let off = weekday_closures(2037);
        assert!(off.contains(&d("2037-04-24")), "Fri 24/4/2037");
        assert!(!off.contains(&d("2037-04-27")));
        let off = weekday_closures(2038);
        assert!(off.contains(&d("2038-04-13")), "Tue 13/4/2038");
        assert!(!off.contains(&d("2038-04-14")));
    }

    #[test]
    fn unconfirmed_culture_day_is_not_a_day_off() {
        let cal = Calendar::national();
        assert!(cal.is_working_day(d("2026-11-24")).expect("in range"));
        let listed = cal.named_days(2026).expect("in range");
        let culture = listed.iter().find(|n| n.date == d("2026-11-24"));
        assert_eq!(culture.map(|n| n.layer), Some(Layer::Unconfirmed));
    }

    #[test]
    fn office_override_adds_culture_day() {
        let cal = Calendar::new(
            CalendarSettings::default(),
            vec![OfficeOverride {
                date: d("2026-11-24"),
                kind: DayKind::Holiday,
                name: "Ngày Văn hóa Việt Nam".into(),
                source: "QĐ của UBND phường".into(),
            }],
        );
        assert!(!cal.is_working_day(d("2026-11-24")).expect("in range"));
        assert_eq!(
            cal.add_working_days(d("2026-11-23"), 1).expect("in range"),
            d("2026-11-25")
        );
    }

    #[test]
    fn saturdays_count_when_the_office_says_so() {
        let cal = Calendar::new(
            CalendarSettings {
                saturdays_count: true,
                week_changes: vec![],
            },
            vec![],
        );
        assert!(cal.is_working_day(d("2026-11-28")).expect("in range"));
        assert!(!cal.is_working_day(d("2026-11-29")).expect("in range"));
    }

    #[test]
    fn a_change_of_week_applies_from_its_day_and_never_before() {
        // Saturdays count from 1/12/2026: the Saturday before does not, the one after does.
        let cal = Calendar::new(
            CalendarSettings {
                saturdays_count: false,
                week_changes: vec![(d("1900-01-01"), false), (d("2026-12-01"), true)],
            },
            vec![],
        );
        assert!(!cal.is_working_day(d("2026-11-28")).expect("in range"));
        assert!(cal.is_working_day(d("2026-12-05")).expect("in range"));
        // A deadline whose window lies before the change is unchanged.
        assert_eq!(
            cal.add_working_days(d("2026-11-02"), 10).expect("in range"),
            Calendar::national()
                .add_working_days(d("2026-11-02"), 10)
                .expect("in range")
        );
    }

    #[test]
    fn working_day_on_or_before_crosses_years() {
        let cal = Calendar::national();
        assert_eq!(
            cal.working_day_on_or_before(d("2023-01-01"))
                .expect("in range"),
            d("2022-12-30")
        );
        assert_eq!(
            cal.working_day_on_or_before(d("2026-06-09"))
                .expect("in range"),
            d("2026-06-09")
        );
    }

    #[test]
    fn out_of_range_is_an_error_not_a_panic() {
        let cal = Calendar::national();
        assert!(cal.is_working_day(d("1899-12-31")).is_err());
        assert!(cal.add_working_days(d("2100-12-30"), 5).is_err());
        assert!(cal
            .working_days_between(d("2000-01-01"), d("2101-01-01"))
            .is_err());
    }
}
