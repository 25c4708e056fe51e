//! Drafting the documents the office signs and sends (issue: documents), from the records in
//! one read transaction: the announcement (Art. 7.2.3), invitations (Art. 6.1), the minutes
//! (Art. 8.1, 9), the conclusion notice (Art. 10.1), the written answer (Art. 10.2) and the report
//! upward (Art. 10.3, 11). A draft is format-neutral (`Draft`); `output::document` lays it out as
//! Decree 30/2020/NĐ-CP requires (.docx) or as Markdown for a quick review.

use super::Reading;
use crate::catalogue::{paper, paper_text, Arg, ToArg};
use crate::error::{Error, Result};
use crate::message::{Label, Message};
use crate::ops::report::PeriodReport;
use crate::rules::documents::{self, DocumentKind};
use crate::rules::reports::Period;
use crate::rules::vocabulary::OpinionStatus;
use crate::store::db::Connection;
use crate::store::{conclusion, office, opinion, registration, session};
use chrono::NaiveDate;
use std::collections::BTreeMap;

/// A paper's words: the message `id` of `i18n/vi/papers.ftl` with the recorded facts it names.
fn say(id: &str, args: &[(&str, Arg)]) -> String {
    paper_text(id, args)
}

/// A paper's words that name no fact (a heading, a column, a closing formula).
fn words(id: &str) -> String {
    paper_text(id, &[])
}

/// A date as papers write it: 25/06/2026.
fn dated(day: NaiveDate) -> String {
    day.format("%d/%m/%Y").to_string()
}

/// One block of a document's body.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// A justified paragraph with a first-line indent.
    Para(String),
    /// A bold line heading a part ("I. …").
    Heading(String),
    /// A line of a list ("- …").
    Item(String),
    /// A table: headings and rows, widths in shares of the text width.
    Table {
        headers: Vec<String>,
        rows: Vec<Vec<String>>,
        widths: Vec<u32>,
    },
}

/// A signature block: on behalf of (TM./KT.), title, name; blank lines for the hand signature.
#[derive(Debug, Clone, PartialEq)]
pub struct Signature {
    /// The lines above the title, outermost first: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH".
    pub authority: Vec<String>,
    pub title: String,
    pub name: String,
}

/// One document, laid out by `output::document`.
#[derive(Debug, Clone)]
pub struct Draft {
    pub kind: DocumentKind,
    /// Governing body (upper case, not bold), if any.
    pub governing_body: Option<String>,
    /// Issuing body, one or two lines (upper case, bold).
    pub issuing_body: Vec<String>,
    /// "Số: 15/TB-UBND".
    pub number: String,
    /// "Hoàng Mai, ngày 25 tháng 6 năm 2026".
    pub date_line: String,
    /// "THÔNG BÁO", "GIẤY MỜI"…; a letter (công văn) has none.
    pub title: Option<String>,
    /// "Về việc …" (under the title) or, for a letter, "V/v …" under the number.
    pub summary: String,
    /// "Kính gửi: …".
    pub to: Option<String>,
    pub body: Vec<Block>,
    /// One signature (documents) or two side by side (minutes: secretary and chair).
    pub signatures: Vec<Signature>,
    /// "Nơi nhận:" lines; none for minutes.
    pub recipients: Vec<String>,
    /// The deadlines the text states: the command says on stderr when one is provisional
    /// (never the signed text itself).
    pub deadlines: Vec<NaiveDate>,
    /// Issued by the Party committee: "ĐẢNG CỘNG SẢN VIỆT NAM" heads it, not the national name
    /// and motto.
    pub party: bool,
}

/// The title (and authority) of a notice's signer who is not the configured one (`doc notice
/// --signer-title`, `--signer-authority`).
pub struct SignerTitle<'a> {
    pub title: Option<&'a str>,
    pub authority: Option<&'a str>,
}

/// What every draft of the office shares: its heading, its number code, its signer.
struct Letterhead {
    office: String,
    governing_body: Option<String>,
    issuing_body: Vec<String>,
    place: String,
    doc_code: String,
    signer_title: String,
    signer_name: Option<String>,
    signer_authority: Option<String>,
    /// The title and authority were given for this document (`doc notice --signer-title`),
    /// not taken from the settings.
    title_given: bool,
    /// The chair and deputies the settings record (who may sign, under which title).
    roster: documents::Roster,
    /// The collegial body the office's papers are signed on behalf of ("TM." line).
    collective: Option<&'static str>,
    /// The bodies a report is sent to (its "Nơi nhận"), as the settings name them.
    report_recipients: Vec<String>,
}

impl Letterhead {
    fn load(conn: &Connection) -> Result<Letterhead> {
        let office = office::get(conn)?
            .ok_or_else(|| Error::Refused(msg!(document_needs_office)))?
            .name;
        let settings = office::document_settings(conn)?;
        let get = |k: &str| settings.get(k).cloned();
        let missing =
            documents::missing_settings(get("place").as_deref(), get("signer_title").as_deref());
        if !missing.is_empty() {
            return Err(Error::Refused(document_settings_missing(&missing)));
        }
        let issuing_body = documents::issuing_body(get("issuing_body").as_deref(), &office);
        Ok(Letterhead {
            collective: documents::collective_body(&issuing_body),
            roster: documents::Roster::from_settings(
                get("chair_name").as_deref(),
                get("deputy_names").as_deref(),
            ),
            title_given: false,
            report_recipients: get("report_recipients")
                .unwrap_or_default()
                .split(';')
                .map(|r| r.split_whitespace().collect::<Vec<_>>().join(" "))
                .filter(|r| !r.is_empty())
                .collect(),
            issuing_body,
            governing_body: get("governing_body").map(|g| g.to_uppercase()),
            place: get("place").unwrap_or_default(),
            doc_code: get("doc_code").unwrap_or_else(|| "UBND".into()),
            signer_title: get("signer_title").unwrap_or_default().to_uppercase(),
            signer_name: get("signer_name"),
            signer_authority: get("signer_authority").map(|a| a.to_uppercase()),
            office,
        })
    }

    /// A letter about opinion `opinion` goes out under the office's heading and signature only
    /// when its recorded number is the office's: "46/CAP-TTXH" is the police's own letter,
    /// which that body signed (Decree 30, Art. 8, Appendix III) — drafting it again under the
    /// People's Committee would put one body's number on another's paper.
    fn own_number(&self, opinion: i64, recorded: Option<&str>) -> Result<()> {
        match recorded {
            Some(number) if !documents::issued_by(number, &self.doc_code) => {
                Err(Error::Refused(msg!(
                    number_of_another_body_1,
                    opinion = opinion,
                    number = number,
                    code = &self.doc_code
                )))
            }
            _ => Ok(()),
        }
    }

    /// A dialogue chaired by the Party secretary is the Party committee's: its papers go out
    /// under the Party committee's heading and number ("ĐẢNG ỦY PHƯỜNG …", "Số …-TB/ĐU"),
    /// with "ĐẢNG CỘNG SẢN VIỆT NAM" (Hướng dẫn 36-HD/VPTW) — the same issuer for the
    /// announcement, the invitations, the minutes and the notice. Returns the committee as a
    /// sentence names it ("Đảng ủy phường Hoàng Mai").
    fn party_paper(&self, d: &mut Draft, number: Option<&str>) -> String {
        let (superior, committee_name) =
            documents::party_heading(&self.office, self.governing_body.as_deref());
        d.party = true;
        d.governing_body = superior;
        d.issuing_body = vec![committee_name];
        d.number = documents::party_number_line(number, d.kind);
        say(
            paper::party_committee,
            &[("place", in_sentence(&self.office).to_arg())],
        )
    }

    /// The Party committee's signature for a paper of a dialogue its secretary chaired:
    /// T/M ĐẢNG ỦY, BÍ THƯ, the secretary's name.
    fn party_signature(s: &session::Session) -> Signature {
        Signature {
            authority: vec![words(paper::party_on_behalf)],
            title: words(paper::party_secretary),
            name: s.chair_name.clone(),
        }
    }

    fn draft(&self, kind: DocumentKind, number: Option<&str>, dated: NaiveDate) -> Draft {
        Draft {
            kind,
            governing_body: self.governing_body.clone(),
            issuing_body: self.issuing_body.clone(),
            number: documents::number_line(number, kind, &self.doc_code),
            date_line: documents::date_line(&self.place, dated),
            title: None,
            summary: String::new(),
            to: None,
            body: Vec::new(),
            signatures: Vec::new(),
            recipients: Vec::new(),
            deadlines: Vec::new(),
            party: false,
        }
    }

    /// The chair signs in person when no signer is set and the chair is the People's
    /// Committee chair (the title the settings give); any other chair is not given that title.
    fn chair_signs<'s>(&self, s: &'s session::Session) -> Option<&'s str> {
        (self.signer_name.is_none()
            && s.chair_role == crate::rules::vocabulary::ChairRole::CommitteeChair)
            .then_some(s.chair_name.as_str())
    }

    /// The office's signer; `name` when the record names who signs (a notice's signer). The
    /// block follows Decree 30 (`documents::signature_block`): the recorded chair and deputies
    /// decide the title, and `known_chair` — the People's Committee chair a session names —
    /// never signs under another title.
    fn signature(&self, name: Option<&str>, known_chair: Option<&str>) -> Result<Signature> {
        let name = name
            .map(str::to_string)
            .or_else(|| self.signer_name.clone())
            .or_else(|| self.roster.chair.clone())
            .unwrap_or_default();
        if name.trim().is_empty() {
            // Nobody named: the configured block over a line the signer writes by hand.
            return Ok(Signature {
                authority: self.signer_authority.iter().cloned().collect(),
                title: self.signer_title.clone(),
                name,
            });
        }
        let block = documents::signature_block(
            self.collective,
            &self.roster,
            &name,
            &self.signer_title,
            self.signer_authority.as_deref(),
            self.title_given,
            known_chair,
        )
        .map_err(|problem| {
            Error::Refused(match problem {
                documents::SignerProblem::NotOnRoster => {
                    signer_not_on_roster(&name, self.roster.chair.as_deref(), &self.roster.deputies)
                }
                documents::SignerProblem::TitleDisagrees { expected } => {
                    signer_title_disagrees(&name, &self.signer_title, expected, self.title_given)
                }
            })
        })?;
        Ok(Signature {
            authority: block.authority,
            title: block.title,
            name: block.name,
        })
    }
}

/// "08 giờ 00, thứ Ba, ngày 16/6/2026".
fn when(s: &session::Session) -> String {
    let day = s.held_on.unwrap_or(s.date);
    let weekday = documents::weekday(day);
    let date = dated(day);
    match &s.start_time {
        // "08:00" → "08 giờ 00"; a time written otherwise is shown as it is.
        Some(t) => {
            let time = match t.split_once(':') {
                Some((h, m)) => say(
                    paper::hour,
                    &[("hours", h.to_arg()), ("minutes", m.to_arg())],
                ),
                None => t.clone(),
            };
            say(
                paper::when_at,
                &[
                    ("time", time.to_arg()),
                    ("weekday", weekday.to_arg()),
                    ("date", date.to_arg()),
                ],
            )
        }
        None => say(
            paper::when,
            &[("weekday", weekday.to_arg()), ("date", date.to_arg())],
        ),
    }
}

/// The People's Committee chair a session names, when it was chaired by them: who may only
/// sign as the chair.
fn committee_chair(s: &session::Session) -> Option<&str> {
    (s.chair_role == crate::rules::vocabulary::ChairRole::CommitteeChair)
        .then_some(s.chair_name.as_str())
}

/// The chair's real title in a sentence: "Bí thư Đảng ủy phường Hoàng Mai", "Chủ tịch Ủy ban
/// nhân dân phường Hoàng Mai" — not the generic "Bí thư cấp ủy".
fn chair_title(role: crate::rules::vocabulary::ChairRole, office: &str) -> String {
    say(
        paper::chair_title,
        &[
            ("role", role.as_str().to_arg()),
            ("place", in_sentence(office).to_arg()),
        ],
    )
}

fn chair_line(s: &session::Session, office: &str) -> String {
    let role = chair_title(s.chair_role, office);
    match (&s.deputy_name, &s.delegation_reason) {
        (Some(deputy), Some(reason)) => say(
            paper::chair_deputy,
            &[
                ("deputy", deputy.to_arg()),
                ("chair", s.chair_name.to_arg()),
                ("title", role.to_arg()),
                ("reason", paper_label(reason).to_arg()),
            ],
        ),
        _ => say(
            paper::chair,
            &[("chair", s.chair_name.to_arg()), ("title", role.to_arg())],
        ),
    }
}

/// A listed opinion as the report names it: its row and number in the notice in force, its
/// content, its session's day — what a reader finds it by, not a database id.
fn opinion_on_paper(l: &crate::ops::report::LateItem) -> String {
    let content = crate::output::clip(&l.content, 70);
    let date = dated(l.session_date);
    match (l.notice_row, &l.notice_number) {
        (Some(row), Some(number)) => say(
            paper::opinion_in_notice,
            &[
                ("row", row.to_string().to_arg()),
                ("number", number.to_arg()),
                ("content", content.to_arg()),
                ("date", date.to_arg()),
            ],
        ),
        _ => say(
            paper::opinion,
            &[("content", content.to_arg()), ("date", date.to_arg())],
        ),
    }
}

/// "phường Hoàng Mai": the office's name inside a sentence (its first word in lower case).
fn in_sentence(office: &str) -> String {
    let mut words = office.splitn(2, ' ');
    let first = words.next().unwrap_or_default().to_lowercase();
    match words.next() {
        Some(rest) => format!("{first} {rest}"),
        None => office.to_string(),
    }
}

/// "Ủy ban nhân dân phường Hoàng Mai": the office as a sentence names it.
fn committee(office: &str) -> String {
    say(paper::committee, &[("place", in_sentence(office).to_arg())])
}

/// "Ủy ban MTTQ Việt Nam phường Hoàng Mai": the office's Front, as recipients name it.
fn front(office: &str) -> String {
    say(paper::front, &[("place", in_sentence(office).to_arg())])
}

/// The office's file copy among the recipients: the Party committee's office keeps its own.
fn file_copy(party: bool) -> String {
    words(if party {
        paper::file_copy_party
    } else {
        paper::file_copy
    })
}

/// "Thời gian: …", "Địa điểm: …", "Chủ trì: …": where and when, as every paper of a session
/// says them.
fn time_line(s: &session::Session) -> String {
    say(paper::time, &[("when", when(s).to_arg())])
}

fn place_line(s: &session::Session, public: bool) -> String {
    say(paper::place, &[("venue", venue(s, public).to_arg())])
}

fn chaired_line(s: &session::Session, office: &str) -> String {
    say(paper::chaired, &[("chair", chair_line(s, office).to_arg())])
}

fn topics(s: &session::Session) -> String {
    let topics: Vec<String> = s.topics.iter().map(paper_label).collect();
    if topics.is_empty() {
        s.title.clone()
    } else {
        topics.join("; ")
    }
}

/// "II. …": the parts of a notice numbered as they come (a part without content is left out).
fn numbered(part: &mut usize, title: &str) -> Block {
    *part += 1;
    let roman = ["I", "II", "III", "IV", "V"][(*part - 1).min(4)];
    Block::Heading(say(
        paper::part,
        &[("number", roman.to_arg()), ("title", words(title).to_arg())],
    ))
}

/// "Nội dung: Đối thoại về … (nhóm nội dung theo Điều 5: kiến nghị; thực hiện chính sách)."
fn subject(s: &session::Session) -> String {
    let title = s.title.trim_end_matches('.');
    if s.topics.is_empty() {
        say(paper::subject, &[("title", title.to_arg())])
    } else {
        say(
            paper::subject_topics,
            &[("title", title.to_arg()), ("topics", topics(s).to_arg())],
        )
    }
}

/// Where the session is held; an online meeting's link without its password when the paper
/// is public (`public`), and a blank to fill in by hand when no venue is recorded.
fn venue(s: &session::Session, public: bool) -> String {
    match (s.form.as_str(), &s.venue) {
        ("online", Some(v)) if public => say(
            paper::online_at,
            &[("link", documents::public_link(v).to_arg())],
        ),
        ("online", Some(v)) => say(paper::online_at, &[("link", v.to_arg())]),
        ("online", None) => words(paper::online),
        (_, Some(v)) => v.clone(),
        (_, None) => documents::BLANK.into(),
    }
}

/// Thông báo tổ chức hội nghị đối thoại (Art. 7.2.3): published at least 7 days before.
pub fn announcement(reading: &Reading<'_>, id: i64, today: NaiveDate) -> Result<Vec<Draft>> {
    let conn: &Connection = &reading.tx;
    let head = Letterhead::load(conn)?;
    let s = session::get(conn, id)?;
    if s.status == crate::rules::vocabulary::SessionStatus::Cancelled {
        return Err(Error::Refused(msg!(document_of_cancelled, session = id)));
    }
    // An announcement is made before the session: once it took place (or its day passed) with
    // no announcement on the record, there is nothing left to announce.
    let took_place = s.held_on.is_some() || s.date < today;
    if s.announced_on.is_none() && took_place {
        return Err(Error::Refused(msg!(
            announcement_after_session,
            session = id,
            state = s.status.as_str(),
            day = crate::message::Day(s.held_on.unwrap_or(s.date)),
            state_word = crate::message::Label::of(s.status.as_str())
        )));
    }
    let dated = s.announced_on.unwrap_or(today);
    let mut d = head.draft(DocumentKind::Announcement, None, dated);
    let party = s.chair_role == crate::rules::vocabulary::ChairRole::PartySecretary;
    let issuer = if party {
        head.party_paper(&mut d, None)
    } else {
        committee(&head.office)
    };
    d.title = Some(words(paper::title_notice));
    d.summary = words(paper::announcement_summary);
    d.body = vec![
        Block::Para(say(
            paper::announcement_opening,
            &[
                ("committee", issuer.to_arg()),
                ("kind", paper_label(s.kind).to_arg()),
            ],
        )),
        Block::Item(time_line(&s)),
        Block::Item(place_line(&s, true)),
        Block::Item(say(paper::form, &[("form", paper_label(s.form).to_arg())])),
        Block::Item(chaired_line(&s, &head.office)),
        Block::Item(subject(&s)),
        Block::Item(words(paper::announcement_participants)),
        Block::Para(words(paper::announcement_registration)),
        Block::Para(words(paper::announcement_closing)),
    ];
    d.signatures = vec![if party {
        Letterhead::party_signature(&s)
    } else {
        head.signature(head.chair_signs(&s), committee_chair(&s))?
    }];
    d.recipients = vec![
        front(&head.office),
        words(paper::announcement_organisations),
        words(paper::announcement_media),
        file_copy(party),
    ];
    Ok(vec![d])
}

/// Giấy mời (Art. 6.1, 7.2.3): one per invited organisation or agency, or the one named.
pub fn invitations(
    reading: &Reading<'_>,
    id: i64,
    to: Option<&str>,
    today: NaiveDate,
) -> Result<Vec<Draft>> {
    let conn: &Connection = &reading.tx;
    let head = Letterhead::load(conn)?;
    let s = session::get(conn, id)?;
    if s.status == crate::rules::vocabulary::SessionStatus::Cancelled {
        return Err(Error::Refused(msg!(document_of_cancelled, session = id)));
    }
    let invited = session::invitations(conn, id)?;
    let chosen: Vec<&session::Invitation> = match to {
        Some(name) => {
            let folded = crate::rules::text::fold(name);
            let found: Vec<_> = invited
                .iter()
                .filter(|i| crate::rules::text::fold(&i.name) == folded)
                .collect();
            if found.is_empty() {
                let names: Vec<&str> = invited.iter().map(|i| i.name.as_str()).collect();
                return Err(Error::Refused(not_invited_to_draft(name, id, &names)));
            }
            found
        }
        None => invited.iter().collect(),
    };
    if chosen.is_empty() {
        return Err(Error::Refused(msg!(nobody_to_invite, session = id)));
    }
    let dated = s.announced_on.unwrap_or(today).min(today);
    chosen
        .into_iter()
        .map(|invitee| {
            let mut d = head.draft(DocumentKind::Invitation, None, dated);
            let party = s.chair_role == crate::rules::vocabulary::ChairRole::PartySecretary;
            let issuer = if party {
                head.party_paper(&mut d, None)
            } else {
                committee(&head.office)
            };
            d.title = Some(words(paper::invitation_title));
            d.summary = words(paper::invitation_summary);
            d.to = Some(say(paper::to, &[("to", invitee.name.to_arg())]));
            d.body = vec![
                Block::Para(say(
                    paper::invitation_body,
                    &[
                        ("committee", issuer.to_arg()),
                        ("invitee", invitee.name.to_arg()),
                        ("kind", invitee.kind.as_str().to_arg()),
                    ],
                )),
                Block::Item(time_line(&s)),
                Block::Item(place_line(&s, false)),
                Block::Item(chaired_line(&s, &head.office)),
                Block::Item(subject(&s)),
                Block::Para(words(paper::invitation_closing)),
            ];
            d.signatures = vec![if party {
                Letterhead::party_signature(&s)
            } else {
                head.signature(head.chair_signs(&s), committee_chair(&s))?
            }];
            d.recipients = vec![words(paper::as_above), file_copy(party)];
            Ok(d)
        })
        .collect()
}

/// Biên bản hội nghị (Art. 8.1, 9): speakers in registration order with their opinions.
pub fn minutes(reading: &Reading<'_>, id: i64) -> Result<Vec<Draft>> {
    let conn: &Connection = &reading.tx;
    let head = Letterhead::load(conn)?;
    let s = session::get(conn, id)?;
    let Some(held_on) = s.held_on else {
        return Err(Error::Refused(msg!(minutes_before_held, session = id)));
    };
    let mut d = head.draft(DocumentKind::Minutes, None, held_on);
    if s.chair_role == crate::rules::vocabulary::ChairRole::PartySecretary {
        head.party_paper(&mut d, None);
    }
    d.title = Some(words(paper::minutes_title));
    d.summary = documents::session_summary(&words(paper::session_subject), &s.title);
    let secretary = s.secretary.clone().unwrap_or_default();
    let mut body = vec![
        Block::Para(time_line(&s)),
        Block::Para(place_line(&s, false)),
        Block::Para(chaired_line(&s, &head.office)),
        Block::Para(say(
            paper::secretary,
            &[(
                "secretary",
                if secretary.is_empty() {
                    documents::BLANK
                } else {
                    &secretary
                }
                .to_arg(),
            )],
        )),
    ];
    let invited = session::invitations(conn, id)?;
    if !invited.is_empty() {
        let names: Vec<String> = invited.iter().map(|i| i.name.clone()).collect();
        body.push(Block::Para(say(
            paper::minutes_invited,
            &[("names", names.join("; ").to_arg())],
        )));
    }
    body.push(Block::Heading(words(paper::minutes_speakers)));
    let registrations = registration::for_session(conn, id)?;
    let opinions = opinion::for_session(conn, id)?;
    let mut rows = Vec::new();
    for r in &registrations {
        // Whoever denounces is protected (Law on Denunciation 2018, Art. 9): not in the minutes.
        let who = if r.protected {
            words(paper::minutes_protected)
        } else {
            match r.organisation.as_ref().or(r.address.as_ref()) {
                Some(of) => say(
                    paper::minutes_speaker_of,
                    &[("name", r.name.to_arg()), ("of", of.to_arg())],
                ),
                None => r.name.clone(),
            }
        };
        let said: Vec<String> = opinions
            .iter()
            .filter(|o| o.registration_id == Some(r.id))
            .map(|o| {
                let outcome = match o.status.as_str() {
                    "answered" => answered_at_session(o),
                    "out-of-scope" => words(paper::minutes_out_of_scope),
                    _ => words(paper::minutes_assigned),
                };
                format!("{} {outcome}", o.content)
            })
            .collect();
        let what = match (r.status.as_str(), &r.refusal_reason) {
            ("refused", Some(reason)) => say(
                paper::minutes_refused,
                &[("reason", paper_label(reason).to_arg())],
            ),
            ("withdrawn", _) => words(paper::minutes_withdrawn),
            _ if said.is_empty() => say(paper::minutes_registered, &[("topic", r.topic.to_arg())]),
            _ => said.join("\n"),
        };
        rows.push(vec![r.speaking_order.to_string(), who, what]);
    }
    if rows.is_empty() {
        body.push(Block::Para(words(paper::minutes_nobody)));
    } else {
        body.push(Block::Table {
            headers: vec![
                words(paper::column_row),
                words(paper::column_speaker),
                words(paper::column_content),
            ],
            rows,
            widths: vec![8, 30, 62],
        });
    }
    let from_synthesis: Vec<&opinion::Opinion> = opinions
        .iter()
        .filter(|o| o.registration_id.is_none())
        .collect();
    if !from_synthesis.is_empty() {
        body.push(Block::Heading(words(paper::minutes_unattached)));
        for o in from_synthesis {
            // The opinion's words, who raised it (never a protected denouncer), its answer.
            let mut said = vec![o.content.clone()];
            if let Some(who) = o.speaker.as_ref().filter(|_| !o.protected) {
                said.push(say(paper::minutes_petitioner, &[("name", who.to_arg())]));
            }
            if o.status == crate::rules::vocabulary::OpinionStatus::Answered {
                said.push(answered_at_session(o));
            }
            body.push(Block::Item(said.join(" ")));
        }
    }
    if let Some(reason) = &s.stop_reason {
        body.push(Block::Para(say(
            paper::minutes_stopped,
            &[("reason", reason.to_arg())],
        )));
    }
    body.push(Block::Para(words(paper::minutes_closing)));
    d.body = body;
    d.signatures = vec![
        Signature {
            authority: Vec::new(),
            title: words(paper::minutes_signer_secretary),
            name: secretary,
        },
        Signature {
            authority: Vec::new(),
            title: words(paper::minutes_signer_chair),
            name: s
                .deputy_name
                .clone()
                .unwrap_or_else(|| s.chair_name.clone()),
        },
    ];
    Ok(vec![d])
}

/// "— đã trả lời tại hội nghị (Chủ tịch UBND phường)": an opinion answered at the session, by
/// whom when recorded.
fn answered_at_session(o: &opinion::Opinion) -> String {
    match &o.answered_by {
        Some(by) => say(paper::minutes_answered_by, &[("by", by.to_arg())]),
        None => words(paper::minutes_answered),
    }
}

/// Thông báo kết luận (Art. 10.1): each opinion with its agency and R10 due date.
pub fn notice(reading: &Reading<'_>, id: i64, signer: &SignerTitle<'_>) -> Result<Vec<Draft>> {
    let conn: &Connection = &reading.tx;
    let mut head = Letterhead::load(conn)?;
    let s = session::get(conn, id)?;
    let Some(n) = conclusion::current(conn, id)? else {
        return Err(Error::Refused(msg!(notice_before_issued, session = id)));
    };
    // The notice names who signed it: the configured title is theirs only when they are the
    // configured signer (or, with none configured, the People's Committee chair who chaired).
    let configured = match (&head.signer_name, s.chair_role) {
        (Some(name), _) => documents::same_person(name, &n.signer),
        (None, crate::rules::vocabulary::ChairRole::CommitteeChair) => {
            documents::same_person(&s.chair_name, &n.signer)
        }
        (None, _) => true,
    };
    // A dialogue chaired by the Party secretary is concluded by the Party committee, under its
    // own heading and signature (T/M ĐẢNG ỦY), not the People's Committee's: the committee's
    // signer settings do not apply to it.
    let party = s.chair_role == crate::rules::vocabulary::ChairRole::PartySecretary;
    if !party {
        match (signer.title, configured) {
            (Some(title), _) => {
                head.signer_title = title.to_uppercase();
                head.signer_authority = signer.authority.map(str::to_uppercase);
                head.title_given = true;
            }
            // The recorded chair and deputies give the notice's signer a title.
            (None, true) => {}
            (None, false) if !head.roster.is_empty() => {}
            (None, false) => {
                return Err(Error::Refused(msg!(
                    notice_signer_title,
                    signer = &n.signer,
                    configured = head.signer_name.as_deref().unwrap_or(&s.chair_name),
                    title = &head.signer_title
                )))
            }
        }
    }
    let assignments = conclusion::assignments_in_force(conn, &n)?;
    let opinions = opinion::for_session(conn, id)?;
    let by_id: BTreeMap<i64, &opinion::Opinion> = opinions.iter().map(|o| (o.id, o)).collect();
    let mut d = head.draft(DocumentKind::Notice, Some(&n.doc_number), n.issued_on);
    let issuer = if party {
        head.party_paper(&mut d, Some(&n.doc_number))
    } else {
        committee(&head.office)
    };
    let held = dated(s.held_on.unwrap_or(s.date));
    d.title = Some(words(paper::title_notice));
    d.summary = say(
        paper::notice_summary,
        &[
            (
                "chair_title",
                chair_title(s.chair_role, &head.office).to_arg(),
            ),
            ("date", held.to_arg()),
        ],
    );
    let mut body = vec![Block::Para(say(
        paper::notice_opening,
        &[
            ("date", held.to_arg()),
            ("issuer", issuer.to_arg()),
            ("title", s.title.to_arg()),
            ("chair", chair_line(&s, &head.office).to_arg()),
        ],
    ))];
    let mut part = 0;
    body.push(numbered(&mut part, paper::notice_assigned));
    let mut rows = Vec::new();
    let mut agencies: Vec<String> = Vec::new();
    let deadlines: Vec<NaiveDate> = assignments.iter().map(|a| a.due_date).collect();
    for (i, a) in assignments.iter().enumerate() {
        let content = by_id
            .get(&a.opinion_id)
            .map(|o| o.content.clone())
            .unwrap_or_default();
        rows.push(vec![
            (i + 1).to_string(),
            content,
            a.agency.clone(),
            dated(a.due_date),
        ]);
        if !agencies.contains(&a.agency) {
            agencies.push(a.agency.clone());
        }
    }
    if rows.is_empty() {
        body.push(Block::Para(words(paper::notice_none_assigned)));
    } else {
        body.push(Block::Table {
            headers: vec![
                words(paper::column_row),
                words(paper::column_opinion),
                words(paper::column_agency_in_charge),
                words(paper::column_answer_due),
            ],
            rows,
            widths: vec![7, 51, 24, 18],
        });
    }
    body.push(Block::Para(words(paper::notice_duty)));
    let answered: Vec<&opinion::Opinion> = opinions
        .iter()
        .filter(|o| o.status == crate::rules::vocabulary::OpinionStatus::Answered)
        .collect();
    if !answered.is_empty() {
        body.push(numbered(&mut part, paper::notice_answered));
        for o in answered {
            body.push(Block::Item(o.content.clone()));
        }
    }
    let routed: Vec<&opinion::Opinion> = opinions
        .iter()
        .filter(|o| o.status == crate::rules::vocabulary::OpinionStatus::OutOfScope)
        .collect();
    if !routed.is_empty() {
        body.push(numbered(&mut part, paper::notice_out_of_scope));
        for o in routed {
            let kind = o.out_of_scope_as.map(paper_label).unwrap_or_default();
            // A denunciation is listed without who made it (Law on Denunciation 2018, Art. 9):
            // "Một tố cáo, hướng dẫn …", its kind said once.
            body.push(Block::Item(match (&o.out_of_scope_note, o.protected) {
                (Some(note), true) => say(
                    paper::notice_routed_protected_note,
                    &[("kind", kind.to_arg()), ("note", note.to_arg())],
                ),
                (None, true) => say(paper::notice_routed_protected, &[("kind", kind.to_arg())]),
                (Some(note), false) => say(
                    paper::notice_routed_note,
                    &[
                        ("content", o.content.to_arg()),
                        ("kind", kind.to_arg()),
                        ("note", note.to_arg()),
                    ],
                ),
                (None, false) => say(
                    paper::notice_routed,
                    &[("content", o.content.to_arg()), ("kind", kind.to_arg())],
                ),
            }));
        }
    }
    if let Some(note) = &n.note {
        body.push(Block::Para(say(
            paper::notice_replaces,
            &[("note", note.to_arg())],
        )));
    }
    body.push(Block::Para(say(
        paper::notice_closing,
        &[("issuer", issuer.to_arg())],
    )));
    d.body = body;
    d.deadlines = deadlines;
    d.signatures = vec![if party {
        // The title given for this paper (`--signer-title "Phó Bí thư Thường trực"`) is the
        // signer's; without one, the secretary who chaired signs as BÍ THƯ and another member
        // of the standing committee as PHÓ BÍ THƯ (Hướng dẫn 36-HD/VPTW).
        Signature {
            authority: vec![words(paper::party_on_behalf)],
            title: match signer.title.map(str::trim).filter(|t| !t.is_empty()) {
                Some(title) => title.to_uppercase(),
                None if documents::same_person(&n.signer, &s.chair_name) => {
                    words(paper::party_secretary)
                }
                None => words(paper::party_deputy_secretary),
            },
            name: n.signer.clone(),
        }
    } else {
        head.signature(Some(&n.signer), committee_chair(&s))?
    }];
    let mut recipients = agencies;
    recipients.push(front(&head.office));
    recipients.push(file_copy(party));
    d.recipients = recipients;
    Ok(vec![d])
}

/// Who raised an opinion, as a letter names them: "Bà Nguyễn Thị Mai"; "Ông/Bà Nguyễn Văn Tâm"
/// for a petitioner the Front's synthesis named (no registration says which); the People when
/// it came without a name.
fn raised_by(registration: Option<&registration::Registration>, o: &opinion::Opinion) -> String {
    // A registered speaker withheld (a protected denouncer, `registration` None) is never
    // named through the opinion's speaker either.
    match (registration, o.registration_id, &o.speaker) {
        (Some(r), _, _) => person(r),
        (None, None, Some(petitioner)) if !o.protected => say(
            paper::person_unknown_honorific,
            &[("name", petitioner.to_arg())],
        ),
        _ => words(paper::the_people),
    }
}

/// "Bà Nguyễn Thị Mai": a registered speaker as a letter addresses them.
fn person(r: &registration::Registration) -> String {
    say(
        paper::person,
        &[
            ("honorific", documents::addressed(r.honorific).to_arg()),
            ("name", r.name.to_arg()),
        ],
    )
}

/// "Bà", "Ông", "Ông/Bà" for a petitioner; "Quý cơ quan" for the Front, which passes a letter
/// on to the people who spoke unnamed.
fn whom(registration: Option<&registration::Registration>) -> String {
    match registration {
        Some(r) => documents::addressed(r.honorific).to_string(),
        None => words(paper::dear_agency),
    }
}

/// The opening paragraph of a letter about one opinion: where and when it was raised, by whom,
/// and what it said.
fn raised(s: &session::Session, o: &opinion::Opinion, by: &str) -> Block {
    Block::Para(say(
        paper::raised,
        &[
            ("date", dated(s.held_on.unwrap_or(s.date)).to_arg()),
            ("by", by.to_arg()),
            (
                "content",
                documents::quoted(o.content.trim_end_matches('.')).to_arg(),
            ),
        ],
    ))
}

/// Văn bản chuyển ý kiến, kiến nghị (Art. 10.2, R11): a matter beyond the office's competence,
/// sent to the body that has it, which answers the petitioner; the petitioner and the Front
/// receive a copy.
pub fn forward(reading: &Reading<'_>, id: i64) -> Result<Vec<Draft>> {
    let conn: &Connection = &reading.tx;
    let head = Letterhead::load(conn)?;
    let o = opinion::get(conn, id)?;
    let (Some(forwarded_on), Some(to)) = (o.forwarded_on, o.forwarded_to.clone()) else {
        return Err(Error::Refused(match o.status {
            OpinionStatus::Assigned | OpinionStatus::Extended => {
                msg!(forward_before_recorded, opinion = id)
            }
            status => nothing_of_this_kind(id, status.as_str()),
        }));
    };
    let s = session::get(conn, o.session_id)?;
    // A letter to another body never names a person protected as a denouncer (Law on
    // Denunciation 2018, Art. 9, 47), nor sends them a copy by name.
    let registration = match o.registration_id {
        Some(r) => Some(registration::get(conn, r)?).filter(|r| !r.protected),
        None => None,
    };
    head.own_number(id, o.forward_doc.as_deref())?;
    let mut d = head.draft(
        DocumentKind::Forward,
        o.forward_doc.as_deref(),
        forwarded_on,
    );
    d.summary = words(paper::forward_summary);
    d.to = Some(say(paper::to, &[("to", to.to_arg())]));
    let by = raised_by(registration.as_ref(), &o);
    d.body = vec![
        raised(&s, &o, &by),
        Block::Para(say(
            paper::forward_body,
            &[
                ("committee", committee(&head.office).to_arg()),
                ("to", to.to_arg()),
                ("by", by.to_arg()),
            ],
        )),
        Block::Para(words(paper::regards)),
    ];
    d.signatures = vec![head.signature(None, None)?];
    let mut recipients = vec![words(paper::as_above)];
    if registration.is_some() {
        recipients.push(say(paper::for_information, &[("name", by.to_arg())]));
    }
    recipients.push(front(&head.office));
    recipients.push(words(paper::file_copy));
    d.recipients = recipients;
    Ok(vec![d])
}

/// Thông báo thời hạn giải quyết (Art. 10.2, R12): a complex matter is answered later than 30
/// working days only with a written notice of the date it will be, to the petitioner (or the
/// Front, whose synthesis raised it), naming the agency in charge.
pub fn timeline(reading: &Reading<'_>, id: i64) -> Result<Vec<Draft>> {
    let conn: &Connection = &reading.tx;
    let head = Letterhead::load(conn)?;
    let o = opinion::get(conn, id)?;
    let (Some(first_notice), Some(until)) = (o.extension_notified_on, o.extended_until) else {
        return Err(Error::Refused(match o.status {
            OpinionStatus::Assigned => msg!(timeline_before_recorded, opinion = id),
            status => nothing_of_this_kind(id, status.as_str()),
        }));
    };
    // The paper is the latest timeline notice (its number, its deadline): dated its own day,
    // not the first notice's, from which R12 is judged.
    let notified_on = opinion::last_timeline_notice_on(conn, id)?.unwrap_or(first_notice);
    let s = session::get(conn, o.session_id)?;
    let registration = match o.registration_id {
        Some(r) => Some(registration::get(conn, r)?),
        None => None,
    };
    head.own_number(id, o.extension_doc.as_deref())?;
    let mut d = head.draft(
        DocumentKind::Timeline,
        o.extension_doc.as_deref(),
        notified_on,
    );
    d.title = Some(words(paper::title_notice));
    d.summary = words(paper::timeline_summary);
    let front = front(&head.office);
    let addressee = match &registration {
        Some(r) => person(r),
        None => front.clone(),
    };
    d.to = Some(say(paper::to, &[("to", addressee.to_arg())]));
    let by = raised_by(registration.as_ref(), &o);
    let committee = committee(&head.office);
    let until_day = dated(until);
    d.body = vec![
        raised(&s, &o, &by),
        Block::Para(match o.agency_in_charge() {
            Some(agency) => say(
                paper::timeline_body_agency,
                &[
                    ("committee", committee.to_arg()),
                    ("agency", agency.to_arg()),
                    ("until", until_day.to_arg()),
                ],
            ),
            None => say(
                paper::timeline_body,
                &[
                    ("committee", committee.to_arg()),
                    ("until", until_day.to_arg()),
                ],
            ),
        }),
        Block::Para(say(
            paper::timeline_closing,
            &[
                ("committee", committee.to_arg()),
                ("whom", whom(registration.as_ref()).to_arg()),
            ],
        )),
    ];
    d.deadlines = vec![until];
    d.signatures = vec![head.signature(None, None)?];
    let mut recipients = vec![words(paper::as_above)];
    if let Some(a) = o.agency_in_charge() {
        recipients.push(a.to_string());
    }
    if registration.is_some() {
        recipients.push(front);
    }
    recipients.push(words(paper::file_copy));
    d.recipients = recipients;
    Ok(vec![d])
}

/// Văn bản trả lời người kiến nghị (Art. 10.2): to the petitioner, quoting the opinion.
pub fn answer(reading: &Reading<'_>, id: i64) -> Result<Vec<Draft>> {
    let conn: &Connection = &reading.tx;
    let head = Letterhead::load(conn)?;
    let o = opinion::get(conn, id)?;
    let s = session::get(conn, o.session_id)?;
    let Some(responded_on) = o.responded_on else {
        return Err(Error::Refused(match o.status.as_str() {
            "forwarded" | "out-of-scope" | "answered" => no_written_answer(id, o.status.as_str()),
            _ => msg!(answer_before_recorded, opinion = id),
        }));
    };
    let registration = match o.registration_id {
        Some(r) => Some(registration::get(conn, r)?),
        None => None,
    };
    head.own_number(id, o.response_doc.as_deref())?;
    let mut d = head.draft(
        DocumentKind::Answer,
        o.response_doc.as_deref(),
        responded_on,
    );
    d.summary = words(paper::answer_summary);
    let to = match &registration {
        Some(r) => person(r),
        None => front(&head.office),
    };
    d.to = Some(say(paper::to, &[("to", to.to_arg())]));
    let mut body = Vec::new();
    // Where the person is reached: the organisation they spoke for, their address, or both.
    if let Some(r) = &registration {
        if let Some(organisation) = &r.organisation {
            body.push(Block::Para(say(
                paper::answer_organisation,
                &[("organisation", organisation.to_arg())],
            )));
        }
        if let Some(address) = &r.address {
            body.push(Block::Para(say(
                paper::answer_address,
                &[("address", address.to_arg())],
            )));
        }
    }
    // Where it was raised comes from the record: at the session, by the speaker when one was
    // registered — never "through the Front's synthesis", which the record does not say.
    body.push(raised(&s, &o, &raised_by(registration.as_ref(), &o)));
    // The agency in charge is among the recipients, not a bracket in the prose.
    body.push(Block::Para(say(
        paper::answer_opening,
        &[("committee", committee(&head.office).to_arg())],
    )));
    // No answer recorded yet: lines to write it on, never a software note.
    body.push(Block::Para(
        o.response_summary
            .as_deref()
            .map(documents::full_stop)
            .unwrap_or_else(|| format!("{BLANK}{BLANK}{BLANK}", BLANK = documents::BLANK)),
    ));
    // To a petitioner "Ông/Bà"; to the Front, which passes the answer on to the people who
    // spoke unnamed, "Quý cơ quan".
    body.push(Block::Para(say(
        paper::answer_closing,
        &[
            ("committee", committee(&head.office).to_arg()),
            ("whom", whom(registration.as_ref()).to_arg()),
        ],
    )));
    d.body = body;
    d.signatures = vec![head.signature(None, None)?];
    let mut recipients = vec![words(paper::as_above)];
    // The Front is sent a copy of an answer to a petitioner; an answer to the Front's own
    // synthesis is addressed to it ("Như trên" already names it).
    if registration.is_some() {
        recipients.push(front(&head.office));
    }
    if let Some(a) = o.agency_in_charge() {
        recipients.push(a.to_string());
    }
    recipients.push(words(paper::file_copy));
    d.recipients = recipients;
    Ok(vec![d])
}

/// Báo cáo kết quả tiếp xúc, đối thoại (Art. 10.3, 11) for the level above.
pub fn report(
    reading: &Reading<'_>,
    r: &PeriodReport,
    period: Period,
    today: NaiveDate,
) -> Result<Vec<Draft>> {
    let conn: &Connection = &reading.tx;
    let head = Letterhead::load(conn)?;
    // A report goes to named bodies (the city's People's Committee, the Front…), never to a
    // "cấp trên" placeholder: without them recorded it is not drafted.
    if head.report_recipients.is_empty() {
        return Err(Error::Refused(msg!(report_recipients_missing)));
    }
    let mut d = head.draft(DocumentKind::Report, None, today);
    d.title = Some(words(paper::report_title));
    d.summary = say(
        paper::report_summary,
        &[
            ("from", dated(period.from).to_arg()),
            ("to", dated(period.to).to_arg()),
        ],
    );
    let rate = |x: Option<f64>| x.map_or_else(|| "—".into(), paper_percent);
    // The day the figures describe; a report drafted before its period ends says so.
    let as_of = if today < period.to {
        say(
            paper::report_as_of_unfinished,
            &[
                ("date", dated(today).to_arg()),
                ("end", dated(period.to).to_arg()),
            ],
        )
    } else {
        say(paper::report_as_of, &[("date", dated(today).to_arg())])
    };
    // "trong đó 0 hội nghị bị dừng" says nothing: the catalogue says the clause only when one
    // was stopped.
    let mut body = vec![
        Block::Para(as_of),
        Block::Heading(words(paper::report_held)),
        Block::Para(say(
            paper::report_sessions,
            &[
                ("committee", committee(&head.office).to_arg()),
                ("held", r.sessions_held.to_arg()),
                ("stopped", r.sessions_stopped.to_arg()),
                ("cancelled", r.sessions_cancelled.to_arg()),
                ("not_held", r.sessions_not_yet_held.to_arg()),
                ("registrations", r.registrations.to_arg()),
                ("opinions", r.opinions.to_arg()),
            ],
        )),
    ];
    // The flow of the opinions to handle: the same balance as every format of the report.
    let b = &r.balance;
    body.push(Block::Para(say(
        paper::report_flow,
        &[
            ("to_handle", b.to_handle.to_arg()),
            ("carried_over", b.carried_over.to_arg()),
            ("assigned", b.received.assigned.to_arg()),
            ("awaiting", b.received.not_yet_assigned.to_arg()),
            ("handled", b.handled.total.to_arg()),
            ("open", b.open_at_end.total.to_arg()),
        ],
    )));
    body.push(Block::Table {
        headers: vec![words(paper::column_item), words(paper::column_count)],
        rows: b
            .lines()
            .into_iter()
            .map(|line| {
                let name = crate::catalogue::paper_word("balance", line.key);
                vec![
                    if line.part {
                        say(paper::report_balance_part, &[("name", name.to_arg())])
                    } else {
                        name
                    },
                    line.count.to_string(),
                ]
            })
            .collect(),
        widths: vec![80, 20],
    });
    body.push(Block::Heading(words(paper::report_deadlines)));
    let tally_row = |name: &str, t: &crate::rules::reports::Tally| {
        vec![
            words(name),
            t.on_time.to_string(),
            t.late.to_string(),
            t.open_overdue.to_string(),
            rate(t.on_time_rate),
        ]
    };
    body.push(Block::Table {
        headers: vec![
            words(paper::column_item),
            words(paper::column_on_time),
            words(paper::column_late),
            words(paper::column_overdue_open),
            words(paper::column_on_time_rate),
        ],
        rows: vec![
            tally_row(paper::tally_announcements, &r.announcements),
            tally_row(paper::tally_conclusion_notices, &r.conclusion_notices),
            tally_row(paper::tally_written_answers, &r.written_answers),
        ],
        widths: vec![44, 13, 13, 15, 15],
    });
    body.push(Block::Heading(words(paper::report_agencies)));
    if r.agencies.is_empty() {
        body.push(Block::Para(words(paper::report_no_agency)));
    } else {
        // Each row adds up: carried over + assigned = on time + late (+ routed out) + open.
        let routed = r.agencies.iter().any(|a| a.routed_out > 0);
        let mut headers = vec![
            words(paper::column_agency_unit),
            words(paper::column_carried_over),
            words(paper::column_assigned),
            words(paper::column_handled_on_time),
            words(paper::column_handled_late),
        ];
        if routed {
            headers.push(words(paper::column_routed_out));
        }
        headers.extend([
            words(paper::column_not_due),
            words(paper::column_overdue),
            words(paper::column_on_time_rate),
        ]);
        body.push(Block::Table {
            headers,
            rows: r
                .agencies
                .iter()
                .map(|a| {
                    let mut row = vec![
                        a.agency.clone(),
                        a.carried_over.to_string(),
                        a.assigned.to_string(),
                        (a.answered_on_time + a.forwarded_on_time).to_string(),
                        (a.answered_late + a.forwarded_late).to_string(),
                    ];
                    if routed {
                        row.push(a.routed_out.to_string());
                    }
                    row.extend([
                        (a.open_not_due + a.extended).to_string(),
                        a.overdue.to_string(),
                        rate(a.on_time_rate),
                    ]);
                    row
                })
                .collect(),
            widths: if routed {
                vec![24, 10, 9, 10, 10, 10, 9, 8, 10]
            } else {
                vec![26, 11, 10, 11, 11, 11, 9, 11]
            },
        });
    }
    // Each agency's opinions overdue at the end of the period, named as the notice names them.
    // A paper prints every item it lists: they are read once, here.
    let mut deadlines = Vec::new();
    let mut overdue: Vec<Vec<String>> = Vec::new();
    for a in &r.agencies {
        a.overdue_items.for_each(|l| {
            deadlines.push(l.due);
            overdue.push(vec![
                a.agency.clone(),
                opinion_on_paper(l),
                dated(l.due),
                say(paper::working_days, &[("days", l.days.to_arg())]),
            ]);
            Ok(())
        })?;
    }
    let late_items = r.late_items.to_vec()?;
    deadlines.extend(late_items.iter().map(|l| l.due));
    if !overdue.is_empty() {
        body.push(Block::Para(words(paper::report_overdue_by_agency)));
        body.push(Block::Table {
            headers: vec![
                words(paper::column_agency),
                words(paper::column_opinion_short),
                words(paper::column_due),
                words(paper::column_overdue),
            ],
            rows: overdue,
            widths: vec![22, 44, 14, 20],
        });
    }
    body.push(Block::Heading(words(paper::report_missed)));
    if late_items.is_empty() {
        body.push(Block::Para(words(paper::report_none_missed)));
    } else {
        body.push(Block::Table {
            headers: vec![
                words(paper::column_rule),
                words(paper::column_subject),
                words(paper::column_agency),
                words(paper::column_due),
                words(paper::column_state),
                words(paper::column_days),
            ],
            rows: late_items
                .iter()
                .map(|l| {
                    vec![
                        crate::rules::deadline::article(l.rule.as_str())
                            .unwrap_or(l.rule.as_str())
                            .to_string(),
                        // What a reader finds it by: an opinion by its content and the session it
                        // came from, a session by its title and date — not a database id.
                        if l.record_kind == "session" {
                            say(
                                paper::session_named,
                                &[
                                    ("title", crate::output::clip(&l.session_title, 60).to_arg()),
                                    ("date", dated(l.session_date).to_arg()),
                                ],
                            )
                        } else {
                            opinion_on_paper(l)
                        },
                        l.agency.clone().unwrap_or_default(),
                        dated(l.due),
                        words(if l.state == "late" {
                            paper::state_late
                        } else {
                            paper::state_overdue
                        }),
                        // R4 counts calendar days (Art. 7.2), the others working days.
                        say(
                            if l.rule == crate::rules::deadline::Rule::R4 {
                                paper::days
                            } else {
                                paper::working_days
                            },
                            &[("days", l.days.to_arg())],
                        ),
                    ]
                })
                .collect(),
            // The days with their unit ("78 ngày làm việc") on one or two lines.
            widths: vec![12, 30, 15, 14, 14, 15],
        });
    }
    body.push(Block::Para(say(
        paper::report_closing,
        &[("committee", committee(&head.office).to_arg())],
    )));
    d.body = body;
    d.deadlines = deadlines;
    d.signatures = vec![head.signature(None, None)?];
    // The bodies the settings name, the office's own Front (Art. 11: the results are reported
    // to it too) unless named already, and the office's file copy.
    let front = front(&head.office);
    let mut recipients = head.report_recipients.clone();
    let fold = crate::rules::text::fold;
    if !recipients.iter().any(|r| fold(r) == fold(&front)) {
        recipients.push(front);
    }
    recipients.push(words(paper::file_copy));
    d.recipients = recipients;
    Ok(vec![d])
}

/// Settings the papers need and the office has not given, with an example of each.
fn document_settings_missing(options: &[&str]) -> Message {
    let example: Vec<String> = options
        .iter()
        .map(|o| match *o {
            "--place" => "--place \"Hoàng Mai\"".to_string(),
            "--signer-title" => "--signer-title \"CHỦ TỊCH\"".to_string(),
            other => other.to_string(),
        })
        .collect();
    msg!(
        document_settings_missing_1,
        list = options.join(", "),
        example = example.join(" ")
    )
}

/// A signer who is neither the chair nor a deputy chair the office records (Decree 30 Art. 13).
fn signer_not_on_roster(name: &str, chair: Option<&str>, deputies: &[String]) -> Message {
    let deputies = if deputies.is_empty() {
        "—".to_string()
    } else {
        deputies.join("; ")
    };
    msg!(
        signer_not_on_roster_1,
        name = name,
        chair = chair.unwrap_or("—"),
        deputies = deputies
    )
}

/// A signer's title that is not the one the roster gives (`given_here`: typed in this command,
/// else the office's setting).
fn signer_title_disagrees(name: &str, given: &str, expected: &str, given_here: bool) -> Message {
    if given_here {
        msg!(
            signer_title_disagrees_1,
            name = name,
            expected = expected,
            given = given
        )
    } else {
        msg!(
            signer_title_disagrees_2,
            name = name,
            expected = expected,
            given = given
        )
    }
}

/// An invitation drafted for someone not invited to the session.
fn not_invited_to_draft(name: &str, session: i64, invited: &[&str]) -> Message {
    let list = if invited.is_empty() {
        "—".to_string()
    } else {
        invited.join("; ")
    };
    msg!(
        not_invited_to_draft_1,
        name = name,
        session = session,
        list = list
    )
}

/// A letter asked of an opinion that has no such act.
fn nothing_of_this_kind(opinion: i64, status: &str) -> Message {
    msg!(
        nothing_of_this_kind_1,
        opinion = opinion,
        status = status,
        status_word = Label::lower(status)
    )
}

/// An answer letter asked of an opinion not answered in writing.
fn no_written_answer(opinion: i64, status: &str) -> Message {
    msg!(
        no_written_answer_1,
        opinion = opinion,
        status = status,
        status_word = Label::lower(status)
    )
}

/// A code in the words of the papers (Vietnamese, whatever the interface speaks).
fn paper_label(code: impl AsRef<str>) -> String {
    crate::catalogue::paper_word("label", code.as_ref())
}

/// A share as a paper writes it: `71,4%`, the decimal comma of Vietnamese.
fn paper_percent(share: f64) -> String {
    format!("{:.1}%", share * 100.0).replace('.', ",")
}
