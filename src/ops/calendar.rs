//! `calendar import`: a year's official schedule of days off, when the government publishes it
//! (the 2027 notice will come). The days replace, for their years, the embedded schedule or the
//! statutory computation (layer L2); a year that already has an official schedule is replaced
//! only when asked. Every open deadline the new days move is recomputed in the same
//! transaction and reported (from → to); a dry run reports the same and keeps nothing.

use crate::error::{Error, Result};
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
                return Err(Error::Refused(crate::messages::year_has_official(year)));
            }
            // A partial file must not turn 30/4 into a working day, nor delete Tết.
            let gaps = crate::rules::calendar::schedule_gaps(year, &days);
            if !gaps.is_empty() {
                return Err(Error::Refused(crate::messages::schedule_incomplete(
                    year, &gaps,
                )));
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
