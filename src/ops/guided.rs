//! What a clerk who typed a command without its values is offered to pick from: the office's
//! agencies and its sessions still open (planned, announced, held, awaiting their notice).

use crate::error::Result;
use crate::rules::vocabulary::SessionStatus;
use crate::store::{agency, session, Store};
use chrono::NaiveDate;
use std::path::Path;
use std::time::Duration;

/// A session a clerk may mean: its id, title, day and state.
#[derive(Debug, Clone)]
pub struct OpenSession {
    pub id: i64,
    pub title: String,
    pub date: NaiveDate,
    pub status: SessionStatus,
}

/// What a clerk picks from: the office's agencies (id, name) and its open sessions.
#[derive(Debug, Clone, Default)]
pub struct Choices {
    pub agencies: Vec<(i64, String)>,
    pub sessions: Vec<OpenSession>,
}

/// The agencies and the open sessions of the file at `path`, read without writing anything
/// (an error when there is no database yet: the command itself then says so).
pub fn choices(path: &Path) -> Result<Choices> {
    let mut store = Store::open_read_only(path, Duration::from_secs(5))?;
    let tx = store.read()?;
    let agencies = agency::list(&tx)?
        .into_iter()
        .map(|a| (a.id, a.name))
        .collect();
    let sessions = session::list(&tx, &session::SessionFilter::default())?
        .into_iter()
        .filter(|s| {
            !matches!(
                s.status,
                SessionStatus::Cancelled | SessionStatus::Closed | SessionStatus::Concluded
            )
        })
        .map(|s| OpenSession {
            id: s.id,
            title: s.title,
            date: s.held_on.unwrap_or(s.date),
            status: s.status,
        })
        .collect();
    Ok(Choices { agencies, sessions })
}
