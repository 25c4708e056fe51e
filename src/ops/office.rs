//! The office (Art. 2: the People's Committee of a commune or ward, or the city, holds the
//! dialogues): its name, level, week and reading of R4, its document settings — and the
//! record of who looked at protected identities.

use crate::error::Result;
use crate::rules::vocabulary::{AnnouncementReading, Level};
use crate::store::calendar::{self as store_calendar, MovedDeadline};
use crate::store::{events, office, session, Actor, Store};
use chrono::NaiveDate;

/// The office's name, if the database is set up.
pub fn name(store: &mut Store) -> Result<Option<String>> {
    let tx = store.read()?;
    Ok(office::get(&tx)?.map(|o| o.name))
}

/// What `init` is given: every setting not given keeps its value.
#[derive(Debug, Default)]
pub struct Setup<'a> {
    pub name: &'a str,
    pub level: Option<Level>,
    pub saturdays_count: Option<bool>,
    pub announcement_reading: Option<AnnouncementReading>,
    /// The day a change of the week or of R4's reading takes effect (default: today):
    /// deadlines triggered before it keep the ones they were given.
    pub effective: Option<NaiveDate>,
    /// Document settings (`office::DOCUMENT_KEYS`), each a value or "" to remove it.
    pub documents: Vec<(&'static str, &'a str)>,
}

/// `init`: set the office up, or change its settings; the open deadlines the week or the
/// reading of R4 move with them are returned.
pub fn set_up(
    store: &mut Store,
    actor: &Actor,
    today: NaiveDate,
    setup: &Setup<'_>,
) -> Result<Vec<MovedDeadline>> {
    let path = store.path().to_path_buf();
    let tx = store.write()?;
    let current = office::get(&tx)?;
    let reading = match setup.announcement_reading {
        Some(r) => r,
        None => office::announcement_reading(&tx)?,
    };
    let saturdays_count = setup
        .saturdays_count
        .or(current.as_ref().map(|o| o.saturdays_count))
        .unwrap_or(false);
    // A change of the week or of R4's reading applies from a day (default today); the first
    // settings apply from the beginning.
    let effective = setup.effective.unwrap_or(today);
    let week_changed = current
        .as_ref()
        .is_some_and(|o| o.saturdays_count != saturdays_count);
    let reading_changed = current
        .as_ref()
        .is_some_and(|o| o.announcement_reading != reading);
    if week_changed {
        let was = current.as_ref().is_some_and(|o| o.saturdays_count);
        office::change_week(&tx, was, effective, saturdays_count)?;
    }
    let settings_effective_from = if reading_changed {
        Some(effective)
    } else {
        current.as_ref().and_then(|o| o.settings_effective_from)
    };
    office::set(
        &tx,
        actor,
        &office::Settings {
            name: setup.name,
            level: match (setup.level, &current) {
                (Some(l), _) => l,
                (None, Some(o)) => o.level,
                (None, None) => Level::Commune,
            },
            saturdays_count,
            announcement_reading: reading,
            settings_effective_from,
        },
    )?;
    office::set_document_settings(&tx, actor, &setup.documents)?;
    // The week and the reading of R4 shape deadlines: open ones move with them.
    let cal = store_calendar::load(&tx)?;
    let mut moved = store_calendar::recompute_open_deadlines(&tx, actor, &cal)?;
    moved.extend(session::recompute_announcement_due(&tx, actor, reading)?);
    crate::store::commit(tx, &path)?;
    Ok(moved)
}

/// Record in the history that `command` showed protected identities (`--include-protected`):
/// who looked, when, with which command — in its own transaction, after the read succeeded.
pub fn record_disclosure(store: &mut Store, actor: &Actor, command: &str) -> Result<()> {
    let path = store.path().to_path_buf();
    let tx = store.write()?;
    events::record(
        &tx,
        actor,
        events::Target {
            kind: "office",
            id: "1",
            session_id: None,
        },
        "disclose-protected",
        None,
        Some(&serde_json::json!({ "command": command })),
    )?;
    crate::store::commit(tx, &path)
}
