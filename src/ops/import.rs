//! Imports (Art. 7.2): the Front's synthesis of opinions and the speakers' registration lists,
//! as one transaction — every row or none. A row already there (the same content from the same
//! person, `rules::import::row_key`) is counted, not created again; each created record has its
//! own history event naming the file and the row. A dry run decides the same and writes nothing.

use crate::error::Result;
use crate::message::Message;
use crate::rules::import::row_key;
use crate::rules::lifecycle::SessionAction;
use crate::rules::vocabulary::{Category, Priority};
use crate::store::{opinion, registration, session, Actor, Store};
use serde::Serialize;
use std::collections::HashSet;

/// One row's problem: where, what, and what is accepted.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Problem {
    pub row: usize,
    pub column: String,
    pub value: String,
    /// What the column accepts, as data (worded where the problem is shown).
    pub accepted: crate::message::Message,
}

/// An opinion as read from a row.
#[derive(Debug, Clone)]
pub struct OpinionRow {
    pub row: usize,
    pub content: String,
    pub category: Category,
    pub priority: Priority,
    pub field: Option<String>,
    /// A registered speaker of the session, by name (diacritics ignored).
    pub speaker: Option<String>,
}

/// A registration as read from a row.
#[derive(Debug, Clone)]
pub struct SpeakerRow {
    pub row: usize,
    pub name: String,
    pub organisation: Option<String>,
    pub address: Option<String>,
    pub topic: String,
}

/// What an import did (or, in a dry run, would do).
#[derive(Debug, Clone, Serialize, Default)]
pub struct Imported {
    pub file: String,
    pub session: i64,
    pub dry_run: bool,
    /// (row, id of the record created; 0 in a dry run).
    pub created: Vec<(usize, i64)>,
    /// Rows that were already imported.
    pub already: Vec<usize>,
    /// Rows that cannot be imported: nothing is written while there is one.
    pub problems: Vec<Problem>,
    /// "windows-1258", "UTF-16LE": how the file's text was decoded, when not UTF-8.
    pub decoded_from: Option<String>,
}

/// The actor of one row: its event says the file and the row it came from.
fn row_actor(actor: &Actor, file: &str, row: usize) -> Actor {
    Actor {
        source: Some((file.to_string(), row)),
        ..actor.clone()
    }
}

/// Import the opinions of `rows` into `session`.
pub fn opinions(
    store: &mut Store,
    actor: &Actor,
    session_id: i64,
    mut outcome: Imported,
    rows: Vec<OpinionRow>,
    mut progress: impl FnMut(),
) -> Result<Imported> {
    super::in_write_or_roll_back(store, |tx, _| {
        super::session::allowed(tx, session_id, SessionAction::AddOpinion)?;
        let registrations = registration::for_session(tx, session_id)?;
        let name_of = |id: Option<i64>| {
            id.and_then(|id| registrations.iter().find(|r| r.id == id))
                .map(|r| r.name.clone())
                .unwrap_or_default()
        };
        let mut seen: HashSet<String> = opinion::for_session(tx, session_id)?
            .into_iter()
            .map(|o| match o.registration_id {
                Some(_) => row_key(&o.content, &name_of(o.registration_id)),
                None => row_key(&o.content, o.speaker.as_deref().unwrap_or("")),
            })
            .collect();
        for r in rows {
            progress();
            let registration = match &r.speaker {
                Some(who) => {
                    let folded = crate::rules::text::fold(who);
                    let matches: Vec<&registration::Registration> = registrations
                        .iter()
                        .filter(|x| crate::rules::text::fold(&x.name) == folded)
                        .collect();
                    match matches.as_slice() {
                        [one] => Some(*one),
                        [_, _, ..] => {
                            // Two speakers of that name: which one raised it is not guessed.
                            outcome.problems.push(Problem {
                                row: r.row,
                                column: "speaker".into(),
                                value: who.clone(),
                                accepted: ambiguous_speaker(
                                    &matches.iter().map(|x| x.speaking_order).collect::<Vec<_>>(),
                                ),
                            });
                            continue;
                        }
                        [] => None,
                    }
                }
                None => None,
            };
            // A petitioner named in the synthesis who did not register to speak (Art. 7.2): the
            // opinion's speaker, kept beside its text.
            let petitioner = match (&r.speaker, registration) {
                (Some(who), None) => Some(who.clone()),
                _ => None,
            };
            let content = r.content.clone();
            let key = row_key(
                &content,
                registration
                    .map(|x| x.name.as_str())
                    .or(petitioner.as_deref())
                    .unwrap_or(""),
            );
            if !seen.insert(key) {
                outcome.already.push(r.row);
                continue;
            }
            if outcome.dry_run || !outcome.problems.is_empty() {
                outcome.created.push((r.row, 0));
                continue;
            }
            let new = opinion::NewOpinion {
                session_id,
                registration_id: registration.map(|x| x.id),
                petitioner,
                content,
                category: r.category,
                priority: r.priority,
                field: r.field,
            };
            let created = opinion::insert(
                tx,
                &row_actor(actor, &outcome.file, r.row),
                &new,
                registration.map(|x| x.name.as_str()),
            )?;
            outcome.created.push((r.row, created.id));
        }
        // A dry run, or a file with a problem row, keeps nothing: every row or none (and no id
        // of a rolled-back record is reported).
        let keep = !outcome.dry_run && outcome.problems.is_empty();
        if !keep {
            for (_, id) in outcome.created.iter_mut() {
                *id = 0;
            }
        }
        Ok((std::mem::take(&mut outcome), keep))
    })
}

/// Import the registrations of `rows` into `session`, in the order of the file (Art. 8.3: the
/// speaking order is the order of registration).
pub fn speakers(
    store: &mut Store,
    actor: &Actor,
    session_id: i64,
    mut outcome: Imported,
    rows: Vec<SpeakerRow>,
    mut progress: impl FnMut(),
) -> Result<Imported> {
    super::in_write_or_roll_back(store, |tx, _| {
        super::session::allowed(tx, session_id, SessionAction::Register)?;
        let mut seen: HashSet<String> = registration::for_session(tx, session_id)?
            .into_iter()
            .map(|r| row_key(&r.topic, &r.name))
            .collect();
        for r in rows {
            progress();
            if !seen.insert(row_key(&r.topic, &r.name)) {
                outcome.already.push(r.row);
                continue;
            }
            if outcome.dry_run || !outcome.problems.is_empty() {
                outcome.created.push((r.row, 0));
                continue;
            }
            let created = registration::insert(
                tx,
                &row_actor(actor, &outcome.file, r.row),
                session_id,
                &registration::NewRegistration {
                    name: &r.name,
                    organisation: r.organisation.as_deref(),
                    address: r.address.as_deref(),
                    topic: &r.topic,
                    honorific: None,
                },
            )?;
            outcome.created.push((r.row, created.id));
        }
        // A dry run, or a file with a problem row, keeps nothing: every row or none (and no id
        // of a rolled-back record is reported).
        let keep = !outcome.dry_run && outcome.problems.is_empty();
        if !keep {
            for (_, id) in outcome.created.iter_mut() {
                *id = 0;
            }
        }
        Ok((std::mem::take(&mut outcome), keep))
    })
}

/// The session exists (its id named in an error otherwise).
pub fn check_session(store: &mut Store, id: i64) -> Result<()> {
    let tx = store.read()?;
    session::get(&tx, id).map(|_| ())
}

/// A speaker's name that several registrations of the session share.
fn ambiguous_speaker(orders: &[i64]) -> Message {
    let list: Vec<String> = orders.iter().map(ToString::to_string).collect();
    msg!(ambiguous_speaker_1, list = list.join(", "))
}
