//! The conclusion notice (Art. 10.1, R9) and the assignments it makes (R10).

use crate::error::{Error, Result};
use crate::message::Message;
use crate::rules::deadline::{self, DeadlineCheck};
use crate::rules::lifecycle::{self, OpinionAction, SessionAction};
use crate::store::{agency, conclusion, opinion, session, Actor, Store};
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::BTreeMap;

/// What `conclusion issue` is given.
pub struct Issue<'a> {
    pub session_id: i64,
    pub on: NaiveDate,
    pub doc: &'a str,
    pub signer: &'a str,
    /// Opinion id → agency name or id.
    pub assignments: &'a [(i64, String)],
    /// The agency for every opinion not named in `assignments`.
    pub agency: Option<&'a str>,
    /// A correction replacing the session's notice.
    pub replace: bool,
    pub note: Option<&'a str>,
    /// Create agencies not known yet (`--new-agency`).
    pub new_agency: bool,
}

/// The notice, its assignments with their R10 due dates, and where R9 stands.
#[derive(Debug, Serialize)]
pub struct Issued {
    pub notice: conclusion::Notice,
    pub assignments: Vec<conclusion::Assignment>,
    pub r9: DeadlineCheck,
    /// Opinions a correction left with their agency: their first R10 due date stands.
    pub kept_due: Vec<i64>,
    #[serde(skip)]
    pub created_agencies: Vec<agency::Agency>,
}

/// `conclusion issue`: every open, in-scope opinion must get a lead agency; the session moves
/// to concluded (and closed when nothing is pending); a late notice is recorded and flagged.
pub fn issue(store: &mut Store, actor: &Actor, today: NaiveDate, i: &Issue<'_>) -> Result<Issued> {
    super::in_write(store, |tx, cal| {
        let action = if i.replace {
            SessionAction::CorrectConclusion
        } else {
            SessionAction::Conclude
        };
        // A second notice without --replace: say which notice exists and how to correct it.
        if !i.replace {
            if let Some(n) = conclusion::current(tx, i.session_id)? {
                return Err(Error::Refused(msg!(
                    notice_exists,
                    session = i.session_id,
                    doc = n.doc_number
                )));
            }
        }
        let (s, next) = super::session::allowed(tx, i.session_id, action)?;
        let held_on = s
            .held_on
            .ok_or_else(|| Error::Refused(msg!(no_notice, session = i.session_id)))?;
        lifecycle::ensure_not_before("the conclusion notice", i.on, "the session", held_on)?;
        lifecycle::ensure_not_after_today("the conclusion notice", i.on, today)?;
        if i.replace {
            if let Some(previous) = conclusion::current(tx, i.session_id)? {
                lifecycle::ensure_not_before(
                    "the corrected notice",
                    i.on,
                    "the notice it corrects",
                    previous.issued_on,
                )?;
            }
        }
        let opinions = opinion::for_session(tx, i.session_id)?;
        let mut explicit: BTreeMap<i64, &str> = BTreeMap::new();
        for (id, ag) in i.assignments {
            let Some(o) = opinions.iter().find(|o| o.id == *id) else {
                return Err(Error::Refused(msg!(
                    assignment_not_in_session,
                    opinion = *id,
                    session = i.session_id
                )));
            };
            lifecycle::opinion_transition(o.id, s.status()?, o.status()?, OpinionAction::Assign)?;
            // One lead agency per opinion (Art. 10.2): naming it twice is a typo to show,
            // not a choice to make silently.
            if let Some(first) = explicit.insert(*id, ag) {
                return Err(Error::Invalid(msg!(
                    opinion_assigned_twice,
                    opinion = *id,
                    first = first,
                    second = ag
                )));
            }
        }
        let mut plan: Vec<(i64, String)> = Vec::new();
        let mut unassigned = Vec::new();
        for o in &opinions {
            if !lifecycle::settled_by_notice(o.status()?, i.replace) {
                continue;
            }
            match explicit
                .get(&o.id)
                .map(|a| a.to_string())
                .or_else(|| i.agency.map(str::to_string))
                .or_else(|| o.agency.clone())
            {
                Some(ag) => plan.push((o.id, ag)),
                None => unassigned.push(o.id),
            }
        }
        if !unassigned.is_empty() {
            return Err(Error::Refused(unassigned_opinions(&unassigned)));
        }
        let notice = conclusion::insert(
            tx,
            actor,
            &conclusion::NewNotice {
                session_id: i.session_id,
                doc_number: i.doc,
                issued_on: i.on,
                signer: i.signer,
                note: i.note,
            },
        )?;
        let due = deadline::response_due(cal, i.on)?;
        let mut created = Vec::new();
        let mut kept_due = Vec::new();
        for (id, ag) in &plan {
            // A correction is dated after every change of agency of what it assigns: it cannot
            // slip in before a reassignment already recorded.
            if let Some(last) = opinion::last_reassigned_on(tx, *id)? {
                lifecycle::ensure_after(
                    "the corrected notice",
                    i.on,
                    "the last reassignment",
                    last,
                )?;
            }
            let ag = super::agency::resolve(tx, actor, ag, i.new_agency, &mut created)?;
            let previous = opinions
                .iter()
                .find(|o| o.id == *id)
                .and_then(|o| Some((o.agency_id?, o.response_due?, o.due_from?)));
            let (this_due, from, kept) =
                deadline::r10_window_after_notice(previous, ag.id, i.on, due);
            if kept {
                kept_due.push(*id);
            }
            opinion::record_assignment(tx, actor, *id, notice.id, ag.id, from, this_due)?;
            conclusion::add_assignment(tx, notice.id, *id, ag.id, this_due)?;
        }
        if next != s.status()? {
            crate::store::session::record_status(tx, actor, i.session_id, "conclude", next)?;
        }
        super::opinion::settle_session(tx, actor, i.session_id)?;
        let first = conclusion::versions(tx, i.session_id)?
            .first()
            .map(|n| n.issued_on)
            .unwrap_or(i.on);
        let r9_due = s.conclusion_due.unwrap_or(i.on);
        let r9 = deadline::r9_check(cal, r9_due, Some(first), today)?;
        let assignments = conclusion::assignments(tx, notice.id)?;
        Ok(Issued {
            notice,
            assignments,
            r9,
            kept_due,
            created_agencies: created,
        })
    })
}

/// A version of a session's conclusion notice with what it assigned (`conclusion show`).
#[derive(Debug, Serialize)]
pub struct NoticeView {
    pub notice: conclusion::Notice,
    pub assignments: Vec<conclusion::Assignment>,
}

/// Every version of a session's conclusion notice, the first first, each with its assignments;
/// and the provisional years their due dates fall in. An unknown session is refused.
pub fn versions(store: &mut Store, session_id: i64) -> Result<(Vec<NoticeView>, Vec<i32>)> {
    use chrono::Datelike;
    let reading = super::read(store)?;
    let tx = &reading.tx;
    session::get(tx, session_id)?;
    let cal = reading.calendar()?;
    let mut views = Vec::new();
    let mut provisional = Vec::new();
    for n in conclusion::versions(tx, session_id)? {
        let assignments = conclusion::assignments(tx, n.id)?;
        provisional.extend(
            assignments
                .iter()
                .map(|x| x.due_date.year())
                .filter(|y| cal.provisional(*y)),
        );
        views.push(NoticeView {
            notice: n,
            assignments,
        });
    }
    Ok((views, provisional))
}

/// Each conclusion notice's assignments as rows (a notice without one as a row of its own),
/// of a session or of all, streamed (`export conclusions`).
pub fn for_each_row(
    reading: &super::Reading<'_>,
    session: Option<i64>,
    each: impl FnMut(crate::store::export::ConclusionRow) -> Result<()>,
) -> Result<()> {
    crate::store::export::conclusions(&reading.tx, session, each)
}

/// Opinions of the notice that no agency is assigned to (R10).
fn unassigned_opinions(ids: &[i64]) -> Message {
    let list: Vec<String> = ids.iter().map(ToString::to_string).collect();
    msg!(unassigned_opinions_1, list = list.join(", "))
}
