//! `calendar import`: a year's official schedule of days off, when the government publishes it
//! (the 2027 notice will come). The days replace, for their years, the embedded schedule or the
//! statutory computation (layer L2); a year that already has an official schedule is replaced
//! only when asked. Every open deadline the new days move is recomputed in the same
//! transaction and reported (from → to); a dry run reports the same and keeps nothing.

use crate::error::{Error, Result};
use crate::message::{Days, Message};
use crate::rules::calendar::{DayKind, NamedDay};
use crate::store::calendar::{self as store_calendar, MovedDeadline};
use crate::store::{Actor, Store};
use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

pub use crate::store::calendar::DayChange;

/// What an import did, or would do.
#[derive(Debug, Clone, Serialize)]
pub struct CalendarImport {
    pub years: Vec<i32>,
    pub changes: Vec<DayChange>,
    pub moved: Vec<MovedDeadline>,
    pub dry_run: bool,
}

pub fn import(
    store: &mut Store,
    actor: &Actor,
    days: Vec<NamedDay>,
    replace_year: bool,
    dry_run: bool,
) -> Result<CalendarImport> {
    let years: Vec<i32> = days
        .iter()
        .map(|d| d.date.year())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    super::in_write_or_roll_back(store, |tx, cal| {
        let mut changes = Vec::new();
        for &year in &years {
            if !cal.provisional(year) && !replace_year {
                return Err(Error::Refused(msg!(year_has_official, year = year)));
            }
            // A partial file must not turn 30/4 into a working day, nor delete Tết.
            let gaps = crate::rules::calendar::schedule_gaps(year, &days);
            if !gaps.is_empty() {
                return Err(Error::Refused(schedule_incomplete(year, &gaps)));
            }
            let before: BTreeMap<NaiveDate, (DayKind, String)> = cal
                .national_days(year)
                .into_iter()
                .map(|d| (d.date, (d.kind, d.name)))
                .collect();
            let after: BTreeMap<NaiveDate, (DayKind, String)> = days
                .iter()
                .filter(|d| d.date.year() == year)
                .map(|d| (d.date, (d.kind, d.name.clone())))
                .collect();
            let dates: BTreeSet<&NaiveDate> = before.keys().chain(after.keys()).collect();
            for date in dates {
                let (b, a) = (before.get(date), after.get(date));
                if b != a {
                    changes.push(DayChange {
                        date: *date,
                        before: b.cloned(),
                        after: a.cloned(),
                    });
                }
            }
        }
        store_calendar::import_official(tx, actor, &years, &days, &changes)?;
        let new_calendar = store_calendar::load(tx)?;
        let moved = store_calendar::recompute_open_deadlines(tx, actor, &new_calendar)?;
        Ok((
            CalendarImport {
                years: years.clone(),
                changes,
                moved,
                dry_run,
            },
            !dry_run,
        ))
    })
}

/// Write the office's overrides with `change` and recompute, in the same transaction, every
/// open deadline they move (Labour Code 2019, Art. 112: days off decided for the office count
/// as the state's do).
fn change_overrides(
    store: &mut Store,
    actor: &Actor,
    change: impl FnOnce(&crate::store::db::Transaction<'_>) -> Result<()>,
) -> Result<Vec<MovedDeadline>> {
    super::in_write(store, |tx, _| {
        change(tx)?;
        let cal = store_calendar::load(tx)?;
        store_calendar::recompute_open_deadlines(tx, actor, &cal)
    })
}

/// Refuse a range of days off that runs backwards, spans more than a year, or leaves the
/// calendar's years — before any database is opened.
pub fn check_days_off(from: NaiveDate, to: NaiveDate) -> Result<()> {
    if to < from {
        return Err(Error::Invalid(msg!(
            range_backwards,
            to = crate::message::Day(to),
            from = crate::message::Day(from),
        )));
    }
    if (to - from).num_days() > 366 {
        return Err(Error::Invalid(msg!(
            range_over_a_year,
            from = from,
            to = to,
            from_date = crate::message::Day(from),
            to_date = crate::message::Day(to)
        )));
    }
    let national = crate::rules::calendar::Calendar::national();
    national.is_working_day(to)?;
    national.is_working_day(from)?;
    Ok(())
}

/// `calendar add-holiday`: the office's own days off from `from` to `to` (at most a year, each
/// a day the national calendar knows); returns the deadlines they moved.
pub fn add_days_off(
    store: &mut Store,
    actor: &Actor,
    (from, to): (NaiveDate, NaiveDate),
    name: &str,
    source: &str,
) -> Result<Vec<MovedDeadline>> {
    check_days_off(from, to)?;
    change_overrides(store, actor, |tx| {
        for day in from.iter_days().take_while(|d| *d <= to) {
            store_calendar::put(tx, actor, day, DayKind::Holiday, name, source)?;
        }
        Ok(())
    })
}

/// `calendar add-workday`: a day off the office works (a make-up day it decided).
pub fn add_workday(
    store: &mut Store,
    actor: &Actor,
    day: NaiveDate,
    name: &str,
    source: &str,
) -> Result<Vec<MovedDeadline>> {
    crate::rules::calendar::Calendar::national().is_working_day(day)?;
    change_overrides(store, actor, |tx| {
        store_calendar::put(tx, actor, day, DayKind::Workday, name, source)
    })
}

/// `calendar remove`: take back the office's override of a day; refused when it has none.
pub fn remove(store: &mut Store, actor: &Actor, day: NaiveDate) -> Result<Vec<MovedDeadline>> {
    change_overrides(store, actor, |tx| {
        if store_calendar::remove(tx, actor, day)? {
            Ok(())
        } else {
            Err(Error::Refused(msg!(
                no_override,
                day = crate::message::Day(day)
            )))
        }
    })
}

/// The office's calendar (national days, its overrides, its week).
pub fn load(store: &mut Store) -> Result<crate::rules::calendar::Calendar> {
    super::read(store)?.calendar()
}

/// A schedule that leaves out statutory days off (Labor Code Art. 112): what is missing, as
/// data the edge words.
fn schedule_incomplete(year: i32, gaps: &crate::rules::calendar::ScheduleGaps) -> Message {
    let mut problems = Vec::new();
    if !gaps.missing.is_empty() {
        problems.push(msg!(
            schedule_lacks_holidays,
            days = Days(gaps.missing.clone())
        ));
    }
    if !gaps.worked.is_empty() {
        problems.push(msg!(
            schedule_works_holidays,
            days = Days(gaps.worked.clone())
        ));
    }
    if gaps.short_by > 0 {
        problems.push(msg!(schedule_short_by, days = gaps.short_by));
    }
    msg!(schedule_incomplete, year = year, problems = problems)
}
