//! The Vietnamese lunar calendar (âm lịch), computed at UTC+7.
//!
//! Owns: conversion between solar (Gregorian) dates and Vietnamese lunar dates, and the two lunar
//! holidays the Labor Code names — Tết (1/1) and Giỗ Tổ Hùng Vương (10/3).
//! Must not: read the host time zone or use a Chinese-calendar table. The Vietnamese calendar has
//! followed UTC+7 since 1968; the Chinese one (UTC+8) gives other dates for Tết 2030 and Giỗ Tổ
//! 2037/2038 (see `data/README.md`).
//!
//! The algorithm is Hồ Ngọc Đức's (astronomical new moons and solar terms, low precision but
//! verified against seven independent Vietnamese implementations for 2000–2050): a month starts
//! on the local day containing the new moon, month 11 contains the winter solstice, and in a
//! 13-month year the first month without a major solar term is the leap month.

use chrono::{Datelike, NaiveDate};
use std::f64::consts::PI;

/// Vietnam's civil time zone in hours, used for every lunar computation.
const VN_TIME_ZONE: f64 = 7.0;
/// Julian day number of 1900-01-01 minus one: the epoch of the new-moon series.
const NEW_MOON_EPOCH: f64 = 2_415_021.076_998_695;
const SYNODIC_MONTH: f64 = 29.530_588_853;
/// Difference between chrono's days-from-CE and the Julian day number.
const JD_OFFSET: i64 = 1_721_425;

/// A date of the Vietnamese lunar calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LunarDate {
    pub day: u32,
    pub month: u32,
    pub year: i32,
    /// True for the repeated (intercalary) month of a 13-month year.
    pub leap: bool,
}

fn julian_day(date: NaiveDate) -> i64 {
    i64::from(date.num_days_from_ce()) + JD_OFFSET
}

fn date_from_julian_day(jd: i64) -> Option<NaiveDate> {
    let days = i32::try_from(jd - JD_OFFSET).ok()?;
    NaiveDate::from_num_days_from_ce_opt(days)
}

/// Julian date (with fraction) of the k-th new moon after 1900-01-01.
fn new_moon(k: i64) -> f64 {
    let k = k as f64;
    let t = k / 1236.85;
    let t2 = t * t;
    let t3 = t2 * t;
    let dr = PI / 180.0;
    let mut jd1 = 2_415_020.759_33 + 29.530_588_68 * k + 0.000_117_8 * t2 - 0.000_000_155 * t3;
    jd1 += 0.000_33 * ((166.56 + 132.87 * t - 0.009_173 * t2) * dr).sin();
    let m = 359.2242 + 29.105_356_08 * k - 0.000_033_3 * t2 - 0.000_003_47 * t3;
    let mpr = 306.0253 + 385.816_918_06 * k + 0.010_730_6 * t2 + 0.000_012_36 * t3;
    let f = 21.2964 + 390.670_506_46 * k - 0.001_652_8 * t2 - 0.000_002_39 * t3;
    let mut c1 = (0.1734 - 0.000_393 * t) * (m * dr).sin() + 0.0021 * (2.0 * dr * m).sin();
    c1 = c1 - 0.4068 * (mpr * dr).sin() + 0.0161 * (dr * 2.0 * mpr).sin();
    c1 -= 0.0004 * (dr * 3.0 * mpr).sin();
    c1 = c1 + 0.0104 * (dr * 2.0 * f).sin() - 0.0051 * (dr * (m + mpr)).sin();
    c1 = c1 - 0.0074 * (dr * (m - mpr)).sin() + 0.0004 * (dr * (2.0 * f + m)).sin();
    c1 = c1 - 0.0004 * (dr * (2.0 * f - m)).sin() - 0.0006 * (dr * (2.0 * f + mpr)).sin();
    c1 = c1 + 0.0010 * (dr * (2.0 * f - mpr)).sin() + 0.0005 * (dr * (2.0 * mpr + m)).sin();
    let delta_t = if t < -11.0 {
        0.001 + 0.000_839 * t + 0.000_226_1 * t2 - 0.000_008_45 * t3 - 0.000_000_081 * t * t3
    } else {
        -0.000_278 + 0.000_265 * t + 0.000_262 * t2
    };
    jd1 + c1 - delta_t
}

/// Julian day number of the local (UTC+7) day containing the k-th new moon.
fn new_moon_day(k: i64) -> i64 {
    (new_moon(k) + 0.5 + VN_TIME_ZONE / 24.0).floor() as i64
}

/// Sun's ecliptic longitude in radians, normalised to [0, 2π).
fn sun_longitude(jdn: f64) -> f64 {
    let t = (jdn - 2_451_545.0) / 36525.0;
    let t2 = t * t;
    let dr = PI / 180.0;
    let m = 357.529_10 + 35_999.050_30 * t - 0.000_155_9 * t2 - 0.000_000_48 * t * t2;
    let l0 = 280.466_45 + 36_000.769_83 * t + 0.000_303_2 * t2;
    let mut dl = (1.914_600 - 0.004_817 * t - 0.000_014 * t2) * (dr * m).sin();
    dl = dl + (0.019_993 - 0.000_101 * t) * (dr * 2.0 * m).sin() + 0.000_290 * (dr * 3.0 * m).sin();
    let l = (l0 + dl) * dr;
    l - PI * 2.0 * (l / (PI * 2.0)).floor()
}

/// Index (0..12) of the major solar term in force at the start of the local day `jdn`.
fn solar_term(jdn: i64) -> i64 {
    (sun_longitude(jdn as f64 - 0.5 - VN_TIME_ZONE / 24.0) / PI * 6.0).floor() as i64
}

/// Day the 11th lunar month (the one containing the winter solstice) of `year` begins.
fn lunar_month_11(year: i32) -> i64 {
    let Some(dec31) = NaiveDate::from_ymd_opt(year, 12, 31) else {
        return 0;
    };
    let off = (julian_day(dec31) - 2_415_021) as f64;
    let k = (off / SYNODIC_MONTH).floor() as i64;
    let nm = new_moon_day(k);
    if solar_term(nm) >= 9 {
        new_moon_day(k - 1)
    } else {
        nm
    }
}

/// Position, counted from month 11, of the leap month in the 13-month year starting at `a11`.
fn leap_month_offset(a11: i64) -> i64 {
    let k = ((a11 as f64 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5).floor() as i64;
    let mut i = 1;
    let mut arc = solar_term(new_moon_day(k + i));
    loop {
        let last = arc;
        i += 1;
        arc = solar_term(new_moon_day(k + i));
        if arc == last || i >= 14 {
            break;
        }
    }
    i - 1
}

/// The Vietnamese lunar date of a solar date.
pub fn to_lunar(date: NaiveDate) -> LunarDate {
    let day_number = julian_day(date);
    let k = ((day_number as f64 - NEW_MOON_EPOCH) / SYNODIC_MONTH).floor() as i64;
    let mut month_start = new_moon_day(k + 1);
    if month_start > day_number {
        month_start = new_moon_day(k);
    }
    let yy = date.year();
    let mut a11 = lunar_month_11(yy);
    let mut b11 = a11;
    let mut lunar_year;
    if a11 >= month_start {
        lunar_year = yy;
        a11 = lunar_month_11(yy - 1);
    } else {
        lunar_year = yy + 1;
        b11 = lunar_month_11(yy + 1);
    }
    let day = (day_number - month_start + 1) as u32;
    let diff = ((month_start - a11) as f64 / 29.0).floor() as i64;
    let mut leap = false;
    let mut month = diff + 11;
    if b11 - a11 > 365 {
        let leap_diff = leap_month_offset(a11);
        if diff >= leap_diff {
            month = diff + 10;
            leap = diff == leap_diff;
        }
    }
    if month > 12 {
        month -= 12;
    }
    if month >= 11 && diff < 4 {
        lunar_year -= 1;
    }
    LunarDate {
        day,
        month: month as u32,
        year: lunar_year,
        leap,
    }
}

/// The solar date of a Vietnamese lunar date; `None` when that month is not a leap month of
/// that year, or the day does not exist.
pub fn from_lunar(lunar: LunarDate) -> Option<NaiveDate> {
    let (a11, b11) = if lunar.month < 11 {
        (lunar_month_11(lunar.year - 1), lunar_month_11(lunar.year))
    } else {
        (lunar_month_11(lunar.year), lunar_month_11(lunar.year + 1))
    };
    let k = (0.5 + (a11 as f64 - NEW_MOON_EPOCH) / SYNODIC_MONTH).floor() as i64;
    let mut off = i64::from(lunar.month) - 11;
    if off < 0 {
        off += 12;
    }
    if b11 - a11 > 365 {
        let leap_off = leap_month_offset(a11);
        let mut leap_month = leap_off - 2;
        if leap_month < 0 {
            leap_month += 12;
        }
        if lunar.leap && i64::from(lunar.month) != leap_month {
            return None;
        } else if lunar.leap || off >= leap_off {
            off += 1;
        }
    } else if lunar.leap {
        return None;
    }
    let month_start = new_moon_day(k + off);
    date_from_julian_day(month_start + i64::from(lunar.day) - 1)
}

/// Tết Nguyên đán: 1st day of the 1st lunar month of `year`.
pub fn tet(year: i32) -> Option<NaiveDate> {
    from_lunar(LunarDate {
        day: 1,
        month: 1,
        year,
        leap: false,
    })
}

/// Giỗ Tổ Hùng Vương: 10th day of the *regular* 3rd lunar month (in a leap-3 year such as 2031
/// every Vietnamese implementation uses the first, regular month; no legal text says otherwise).
pub fn hung_kings_day(year: i32) -> Option<NaiveDate> {
    from_lunar(LunarDate {
        day: 10,
        month: 3,
        year,
        leap: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
    }

    /// Every row of the researched check table (7 Vietnamese implementations agree).
    #[test]
    fn lunar_matches_every_row_of_the_check_table() {
        let table = include_str!("../../data/vn-lunar-check.csv");
        let mut rows = 0;
        for line in table.lines().skip(1) {
            let cols: Vec<&str> = line.split(',').collect();
            let year: i32 = cols[0].parse().expect("year");
            assert_eq!(tet(year), Some(d(cols[1])), "Tết {year}");
            assert_eq!(hung_kings_day(year), Some(d(cols[2])), "Giỗ Tổ {year}");
            rows += 1;
        }
        assert_eq!(rows, 51);
    }

    #[test]
    fn lunar_years_where_vietnam_differs_from_china() {
        assert_eq!(tet(2007), Some(d("2007-02-17")));
        assert_eq!(tet(2030), Some(d("2030-02-02")));
        assert_eq!(tet(1985), Some(d("1985-01-21")));
        assert_eq!(tet(2053), Some(d("2053-02-18")));
        assert_eq!(hung_kings_day(2009), Some(d("2009-04-04")));
        assert_eq!(hung_kings_day(2037), Some(d("2037-04-24")));
        assert_eq!(hung_kings_day(2038), Some(d("2038-04-13")));
    }

    #[test]
    fn lunar_leap_third_month_puts_hung_kings_day_in_the_regular_month() {
        assert_eq!(hung_kings_day(2031), Some(d("2031-04-01")));
        assert_eq!(hung_kings_day(2050), Some(d("2050-04-01")));
        let leap = from_lunar(LunarDate {
            day: 10,
            month: 3,
            year: 2031,
            leap: true,
        });
        assert_eq!(leap, Some(d("2031-04-30")));
    }

    #[test]
    fn lunar_round_trip_1900_to_2100() {
        let mut day = d("1900-02-01");
        let end = d("2100-12-01");
        while day < end {
            let lunar = to_lunar(day);
            assert_eq!(from_lunar(lunar), Some(day), "{day} -> {lunar:?}");
            day += chrono::Duration::days(13);
        }
    }

    #[test]
    fn lunar_eve_of_tet_2025_is_29_chap() {
        // Chạp (month 12) of Giáp Thìn had 29 days: 28/1/2025 is the eve.
        let eve = to_lunar(d("2025-01-28"));
        assert_eq!((eve.day, eve.month, eve.year), (29, 12, 2024));
        assert_eq!(to_lunar(d("2025-01-29")).day, 1);
    }
}
