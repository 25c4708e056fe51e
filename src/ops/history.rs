//! The history of the office's records: every change, by whom and when (the event log).

use super::{Privacy, Reading};
use crate::error::Result;
use crate::store::events::{self, Event, HistoryFilter};
use crate::store::registration;

/// Each event the filter selects, oldest first, with the protected people's identities masked
/// as `privacy` says (`history`, `opinion show`, `export history`).
pub fn for_each(
    reading: &Reading<'_>,
    filter: &HistoryFilter,
    privacy: Privacy<'_>,
    mut each: impl FnMut(Event) -> Result<()>,
) -> Result<()> {
    let (registrations, opinions) = if privacy.include_protected {
        Default::default()
    } else {
        registration::protected_records(&reading.tx)?
    };
    events::for_each(&reading.tx, filter, |event| {
        each(event.shown(&registrations, &opinions, privacy.mask))
    })
}
