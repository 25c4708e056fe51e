//! Drafting the documents the office signs and sends (issue: documents), from the records in
//! one read transaction: the announcement (Art. 7.2.3), invitations (Art. 6.1), the minutes
//! (Art. 8.1, 9), the conclusion notice (Art. 10.1), the written answer (Art. 10.2) and the report
//! upward (Art. 10.3, 11). A draft is format-neutral (`Draft`); `output::document` lays it out as
//! Decree 30/2020/NĐ-CP requires (.docx) or as Markdown for a quick review.

use super::Reading;
use crate::error::{Error, Result};
use crate::messages::{self, label};
use crate::ops::report::PeriodReport;
use crate::rules::documents::{self, DocumentKind};
use crate::rules::reports::Period;
use crate::rules::vocabulary::OpinionStatus;
use crate::store::{conclusion, office, opinion, registration, session};
use chrono::NaiveDate;
use rusqlite::Connection;
use std::collections::BTreeMap;

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
            .ok_or_else(|| Error::Refused(messages::document_needs_office()))?
            .name;
        let settings = office::document_settings(conn)?;
        let get = |k: &str| settings.get(k).cloned();
        let missing =
            documents::missing_settings(get("place").as_deref(), get("signer_title").as_deref());
        if !missing.is_empty() {
            return Err(Error::Refused(messages::document_settings_missing(
                &missing,
            )));
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
            Some(number) if !documents::issued_by(number, &self.doc_code) => Err(Error::Refused(
                messages::number_of_another_body(opinion, number, &self.doc_code),
            )),
            _ => Ok(()),
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
                documents::SignerProblem::NotOnRoster => messages::signer_not_on_roster(
                    &name,
                    self.roster.chair.as_deref(),
                    &self.roster.deputies,
                ),
                documents::SignerProblem::TitleDisagrees { expected } => {
                    messages::signer_title_disagrees(
                        &name,
                        &self.signer_title,
                        expected,
                        self.title_given,
                    )
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
    let date = format!("{}", day.format("%d/%m/%Y"));
    match &s.start_time {
        // "08:00" → "08 giờ 00"; a time written otherwise is shown as it is.
        Some(t) => match t.split_once(':') {
            Some((h, m)) => format!("{h} giờ {m}, {weekday}, ngày {date}"),
            None => format!("{t}, {weekday}, ngày {date}"),
        },
        None => format!("{weekday}, ngày {date}"),
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
    use crate::rules::vocabulary::ChairRole;
    let place = in_sentence(office);
    match role {
        ChairRole::PartySecretary => format!("Bí thư Đảng ủy {place}"),
        ChairRole::CouncilChair => format!("Chủ tịch Hội đồng nhân dân {place}"),
        ChairRole::CommitteeChair => format!("Chủ tịch Ủy ban nhân dân {place}"),
    }
}

fn chair_line(s: &session::Session, office: &str) -> String {
    let role = chair_title(s.chair_role, office);
    match (&s.deputy_name, &s.delegation_reason) {
        (Some(deputy), Some(reason)) => format!(
            "đồng chí {deputy} chủ trì thay đồng chí {}, {role} ({}; Điều 2 khoản 1)",
            s.chair_name,
            label(reason)
        ),
        _ => format!("đồng chí {}, {role}", s.chair_name),
    }
}

/// A listed opinion as the report names it: its row and number in the notice in force, its
/// content, its session's day — what a reader finds it by, not a database id.
fn opinion_on_paper(l: &crate::ops::report::LateItem) -> String {
    format!(
        "Ý kiến{} “{}” (hội nghị ngày {})",
        match (l.notice_row, &l.notice_number) {
            (Some(row), Some(number)) => format!(" TT {row} Thông báo số {number}"),
            _ => String::new(),
        },
        crate::output::clip(&l.content, 70),
        l.session_date.format("%d/%m/%Y")
    )
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
    let mut words = office.splitn(2, ' ');
    let first = words.next().unwrap_or_default().to_lowercase();
    match words.next() {
        Some(rest) => format!("Ủy ban nhân dân {first} {rest}"),
        None => format!("Ủy ban nhân dân {office}"),
    }
}

fn topics(s: &session::Session) -> String {
    let topics: Vec<String> = s.topics.iter().map(label).collect();
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
    Block::Heading(format!("{roman}. {title}"))
}

/// "Nội dung: Đối thoại về … (nhóm nội dung theo Điều 5: kiến nghị; thực hiện chính sách)."
fn subject(s: &session::Session) -> String {
    let title = s.title.trim_end_matches('.');
    if s.topics.is_empty() {
        format!("Nội dung: {title}.")
    } else {
        format!(
            "Nội dung: {title} (nhóm nội dung theo Điều 5: {}).",
            topics(s)
        )
    }
}

/// Where the session is held; an online meeting's link without its password when the paper
/// is public (`public`), and a blank to fill in by hand when no venue is recorded.
fn venue(s: &session::Session, public: bool) -> String {
    match (s.form.as_str(), &s.venue) {
        ("online", Some(v)) if public => {
            format!("trực tuyến, tại địa chỉ {}", documents::public_link(v))
        }
        ("online", Some(v)) => format!("trực tuyến, tại địa chỉ {v}"),
        ("online", None) => "trực tuyến".into(),
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
        return Err(Error::Refused(messages::document_of_cancelled(id)));
    }
    // An announcement is made before the session: once it took place (or its day passed) with
    // no announcement on the record, there is nothing left to announce.
    let took_place = s.held_on.is_some() || s.date < today;
    if s.announced_on.is_none() && took_place {
        return Err(Error::Refused(messages::announcement_after_session(
            id,
            s.status.as_str(),
            s.held_on.unwrap_or(s.date),
        )));
    }
    let dated = s.announced_on.unwrap_or(today);
    let mut d = head.draft(DocumentKind::Announcement, None, dated);
    d.title = Some("THÔNG BÁO".into());
    d.summary = "Về việc tổ chức hội nghị đối thoại trực tiếp với Nhân dân".into();
    d.body = vec![
        Block::Para(format!(
            "Thực hiện Quy chế tiếp xúc, đối thoại trực tiếp của người đứng đầu cấp ủy, chính quyền với \
             Mặt trận Tổ quốc, các tổ chức chính trị - xã hội và Nhân dân, {} thông báo tổ chức hội nghị \
             đối thoại {} như sau:",
            committee(&head.office),
            label(s.kind)
        )),
        Block::Item(format!("Thời gian: {}.", when(&s))),
        Block::Item(format!("Địa điểm: {}.", venue(&s, true))),
        Block::Item(format!("Hình thức: {}.", label(s.form))),
        Block::Item(format!("Chủ trì: {}.", chair_line(&s, &head.office))),
        Block::Item(subject(&s)),
        Block::Item(
            "Thành phần: đại diện Ủy ban Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị - xã hội, \
             các cơ quan, đơn vị có liên quan và Nhân dân trên địa bàn."
                .into(),
        ),
        Block::Para(
            "Công dân có nguyện vọng phát biểu đăng ký với Ủy ban Mặt trận Tổ quốc hoặc bộ phận tiếp \
             nhận của Ủy ban nhân dân trước ngày tổ chức hội nghị (ghi rõ họ tên, địa chỉ, nội dung \
             phát biểu). Tại hội nghị, người phát biểu được mời theo thứ tự đăng ký (Điều 8 khoản 3); \
             nội dung khiếu nại, tố cáo được giải quyết theo quy định của pháp luật về khiếu nại, tố \
             cáo, không thuộc phạm vi hội nghị."
                .into(),
        ),
        Block::Para("Trân trọng thông báo./.".into()),
    ];
    d.signatures = vec![head.signature(head.chair_signs(&s), committee_chair(&s))?];
    d.recipients = vec![
        format!("Ủy ban MTTQ Việt Nam {}", in_sentence(&head.office)),
        "Các tổ chức chính trị - xã hội".into(),
        "Đài truyền thanh, cổng thông tin điện tử".into(),
        "Lưu: VT.".into(),
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
        return Err(Error::Refused(messages::document_of_cancelled(id)));
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
                return Err(Error::Refused(messages::not_invited_to_draft(
                    name, id, &names,
                )));
            }
            found
        }
        None => invited.iter().collect(),
    };
    if chosen.is_empty() {
        return Err(Error::Refused(messages::nobody_to_invite(id)));
    }
    let dated = s.announced_on.unwrap_or(today).min(today);
    chosen
        .into_iter()
        .map(|invitee| {
            let mut d = head.draft(DocumentKind::Invitation, None, dated);
            d.title = Some("GIẤY MỜI".into());
            d.summary = "Dự hội nghị đối thoại trực tiếp với Nhân dân".into();
            d.to = Some(format!("Kính gửi: {}", invitee.name));
            let role = if invitee.kind == crate::rules::vocabulary::InviteeKind::Agency {
                "tham dự và trả lời các ý kiến, kiến nghị thuộc lĩnh vực phụ trách"
            } else {
                "tham dự hội nghị"
            };
            d.body = vec![
                Block::Para(format!(
                    "{} trân trọng kính mời {} {role}.",
                    committee(&head.office),
                    invitee.name
                )),
                Block::Item(format!("Thời gian: {}.", when(&s))),
                Block::Item(format!("Địa điểm: {}.", venue(&s, false))),
                Block::Item(format!("Chủ trì: {}.", chair_line(&s, &head.office))),
                Block::Item(subject(&s)),
                Block::Para("Rất mong được đón tiếp./.".into()),
            ];
            d.signatures = vec![head.signature(head.chair_signs(&s), committee_chair(&s))?];
            d.recipients = vec!["Như trên".into(), "Lưu: VT.".into()];
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
        return Err(Error::Refused(messages::minutes_before_held(id)));
    };
    let mut d = head.draft(DocumentKind::Minutes, None, held_on);
    d.title = Some("BIÊN BẢN".into());
    d.summary = documents::session_summary("Hội nghị đối thoại trực tiếp với Nhân dân", &s.title);
    let secretary = s.secretary.clone().unwrap_or_default();
    let mut body = vec![
        Block::Para(format!("Thời gian: {}.", when(&s))),
        Block::Para(format!("Địa điểm: {}.", venue(&s, false))),
        Block::Para(format!("Chủ trì: {}.", chair_line(&s, &head.office))),
        Block::Para(format!(
            "Thư ký: {}.",
            if secretary.is_empty() {
                documents::BLANK
            } else {
                &secretary
            }
        )),
    ];
    let invited = session::invitations(conn, id)?;
    if !invited.is_empty() {
        let names: Vec<String> = invited.iter().map(|i| i.name.clone()).collect();
        body.push(Block::Para(format!(
            "Thành phần mời: {}.",
            names.join("; ")
        )));
    }
    body.push(Block::Heading(
        "I. Ý KIẾN PHÁT BIỂU, THEO THỨ TỰ ĐĂNG KÝ".into(),
    ));
    let registrations = registration::for_session(conn, id)?;
    let opinions = opinion::for_session(conn, id)?;
    let mut rows = Vec::new();
    for r in &registrations {
        // Whoever denounces is protected (Law on Denunciation 2018, Art. 9): not in the minutes.
        let who = if r.protected {
            "(giữ bí mật: người tố cáo)".to_string()
        } else {
            match (&r.organisation, &r.address) {
                (Some(o), _) => format!("{} ({o})", r.name),
                (None, Some(a)) => format!("{} ({a})", r.name),
                _ => r.name.clone(),
            }
        };
        let said: Vec<String> = opinions
            .iter()
            .filter(|o| o.registration_id == Some(r.id))
            .map(|o| {
                let answered = match o.status.as_str() {
                    "answered" => format!(
                        " — đã trả lời tại hội nghị{}",
                        o.answered_by
                            .as_ref()
                            .map(|b| format!(" ({b})"))
                            .unwrap_or_default()
                    ),
                    "out-of-scope" => " — không thuộc phạm vi hội nghị (Điều 1 khoản 2)".into(),
                    _ => " — tiếp thu, giao xử lý".into(),
                };
                format!("{}{answered}", o.content)
            })
            .collect();
        let what = match (r.status.as_str(), &r.refusal_reason) {
            ("refused", Some(reason)) => {
                format!("Từ chối đối thoại: {} (Điều 9 khoản 1)", label(reason))
            }
            ("withdrawn", _) => "Rút đăng ký".into(),
            _ if said.is_empty() => format!("Đăng ký: {}", r.topic),
            _ => said.join("\n"),
        };
        rows.push(vec![r.speaking_order.to_string(), who, what]);
    }
    if rows.is_empty() {
        body.push(Block::Para("Không có người đăng ký phát biểu.".into()));
    } else {
        body.push(Block::Table {
            headers: vec!["TT".into(), "Người phát biểu".into(), "Nội dung".into()],
            rows,
            widths: vec![8, 30, 62],
        });
    }
    let from_synthesis: Vec<&opinion::Opinion> = opinions
        .iter()
        .filter(|o| o.registration_id.is_none())
        .collect();
    if !from_synthesis.is_empty() {
        body.push(Block::Heading(
            "II. Ý KIẾN KHÔNG GẮN NGƯỜI PHÁT BIỂU (TỪ TỔNG HỢP CỦA MẶT TRẬN TỔ QUỐC HOẶC TẠI HỘI NGHỊ)"
                .into(),
        ));
        for o in from_synthesis {
            let answered = if o.status == crate::rules::vocabulary::OpinionStatus::Answered {
                format!(
                    " — đã trả lời tại hội nghị{}",
                    o.answered_by
                        .as_ref()
                        .map(|b| format!(" ({b})"))
                        .unwrap_or_default()
                )
            } else {
                String::new()
            };
            let petitioner = o
                .speaker
                .as_ref()
                .filter(|_| !o.protected)
                .map(|who| format!(" (người kiến nghị: {who})"))
                .unwrap_or_default();
            body.push(Block::Item(format!("{}{petitioner}{answered}", o.content)));
        }
    }
    if let Some(reason) = &s.stop_reason {
        body.push(Block::Para(format!(
            "Người chủ trì dừng hội nghị. Lý do: {reason} (Điều 8 khoản 5, Điều 9 khoản 2)."
        )));
    }
    body.push(Block::Para(
        "Biên bản được lập xong và thông qua tại hội nghị./.".into(),
    ));
    d.body = body;
    d.signatures = vec![
        Signature {
            authority: Vec::new(),
            title: "THƯ KÝ".into(),
            name: secretary,
        },
        Signature {
            authority: Vec::new(),
            title: "CHỦ TRÌ HỘI NGHỊ".into(),
            name: s
                .deputy_name
                .clone()
                .unwrap_or_else(|| s.chair_name.clone()),
        },
    ];
    Ok(vec![d])
}

/// Thông báo kết luận (Art. 10.1): each opinion with its agency and R10 due date.
pub fn notice(reading: &Reading<'_>, id: i64, signer: &SignerTitle<'_>) -> Result<Vec<Draft>> {
    let conn: &Connection = &reading.tx;
    let mut head = Letterhead::load(conn)?;
    let s = session::get(conn, id)?;
    let Some(n) = conclusion::current(conn, id)? else {
        return Err(Error::Refused(messages::notice_before_issued(id)));
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
                return Err(Error::Refused(messages::notice_signer_title(
                    &n.signer,
                    head.signer_name.as_deref().unwrap_or(&s.chair_name),
                    &head.signer_title,
                )))
            }
        }
    }
    let assignments = conclusion::assignments_in_force(conn, &n)?;
    let opinions = opinion::for_session(conn, id)?;
    let by_id: BTreeMap<i64, &opinion::Opinion> = opinions.iter().map(|o| (o.id, o)).collect();
    let mut d = head.draft(DocumentKind::Notice, Some(&n.doc_number), n.issued_on);
    let issuer = if party {
        let (superior, committee_name) =
            documents::party_heading(&head.office, head.governing_body.as_deref());
        d.party = true;
        d.governing_body = superior;
        d.issuing_body = vec![committee_name];
        d.number = documents::party_number_line(Some(&n.doc_number));
        format!("Đảng ủy {}", in_sentence(&head.office))
    } else {
        committee(&head.office)
    };
    d.title = Some("THÔNG BÁO".into());
    d.summary = format!(
        "Kết luận của đồng chí {} tại hội nghị đối thoại trực tiếp với Nhân dân ngày {}",
        chair_title(s.chair_role, &head.office),
        s.held_on.unwrap_or(s.date).format("%d/%m/%Y")
    );
    let mut body = vec![Block::Para(format!(
        "Ngày {}, {} tổ chức hội nghị đối thoại trực tiếp với Nhân dân: {}. Sau khi nghe ý kiến, \
         kiến nghị của Nhân dân và ý kiến của các cơ quan, đơn vị, {} kết luận như sau:",
        s.held_on.unwrap_or(s.date).format("%d/%m/%Y"),
        issuer,
        s.title,
        chair_line(&s, &head.office)
    ))];
    let mut part = 0;
    body.push(numbered(
        &mut part,
        "CÁC Ý KIẾN, KIẾN NGHỊ GIAO CƠ QUAN, ĐƠN VỊ GIẢI QUYẾT",
    ));
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
            a.due_date.format("%d/%m/%Y").to_string(),
        ]);
        if !agencies.contains(&a.agency) {
            agencies.push(a.agency.clone());
        }
    }
    if rows.is_empty() {
        body.push(Block::Para("Không có ý kiến phải giao giải quyết.".into()));
    } else {
        body.push(Block::Table {
            headers: vec![
                "TT".into(),
                "Ý kiến, kiến nghị".into(),
                "Cơ quan chủ trì giải quyết".into(),
                "Hạn trả lời bằng văn bản".into(),
            ],
            rows,
            widths: vec![7, 51, 24, 18],
        });
    }
    body.push(Block::Para(
        "Các cơ quan, đơn vị được giao có trách nhiệm giải quyết, trả lời bằng văn bản cho người có \
         ý kiến, kiến nghị trong thời hạn ghi tại bảng trên (30 ngày làm việc kể từ ngày ban hành thông báo kết luận đầu tiên giao ý kiến đó); vấn \
         đề phức tạp cần thêm thời gian phải thông báo bằng văn bản thời hạn giải quyết; vấn đề \
         vượt thẩm quyền chuyển cơ quan có thẩm quyền và báo cho người kiến nghị biết (Điều 10 \
         khoản 2)."
            .into(),
    ));
    let answered: Vec<&opinion::Opinion> = opinions
        .iter()
        .filter(|o| o.status == crate::rules::vocabulary::OpinionStatus::Answered)
        .collect();
    if !answered.is_empty() {
        body.push(numbered(
            &mut part,
            "CÁC Ý KIẾN ĐÃ ĐƯỢC TRẢ LỜI, LÀM RÕ TẠI HỘI NGHỊ",
        ));
        for o in answered {
            body.push(Block::Item(o.content.clone()));
        }
    }
    let routed: Vec<&opinion::Opinion> = opinions
        .iter()
        .filter(|o| o.status == crate::rules::vocabulary::OpinionStatus::OutOfScope)
        .collect();
    if !routed.is_empty() {
        body.push(numbered(
            &mut part,
            "NỘI DUNG KHÔNG THUỘC PHẠM VI HỘI NGHỊ (KHIẾU NẠI, TỐ CÁO)",
        ));
        for o in routed {
            let kind = o.out_of_scope_as.map(label).unwrap_or_default();
            let note = o
                .out_of_scope_note
                .as_ref()
                .map(|n| format!(": {n}"))
                .unwrap_or_default();
            // A denunciation is listed without who made it (Law on Denunciation 2018, Art. 9).
            let content = if o.protected {
                format!("Một {kind}")
            } else {
                o.content.clone()
            };
            body.push(Block::Item(format!(
                "{content} — {kind}, hướng dẫn giải quyết theo pháp luật về khiếu nại, tố cáo{note}"
            )));
        }
    }
    if let Some(note) = &n.note {
        body.push(Block::Para(format!(
            "Thông báo này thay thế thông báo đã ban hành trước đó. Lý do: {note}."
        )));
    }
    body.push(Block::Para(format!(
        "{issuer} thông báo để các cơ quan, đơn vị và Nhân dân biết, thực hiện./."
    )));
    d.body = body;
    d.deadlines = deadlines;
    d.signatures = vec![if party {
        // The title given for this paper (`--signer-title "Phó Bí thư Thường trực"`) is the
        // signer's; without one, the secretary who chaired signs as BÍ THƯ and another member
        // of the standing committee as PHÓ BÍ THƯ (Hướng dẫn 36-HD/VPTW).
        Signature {
            authority: vec!["T/M ĐẢNG ỦY".into()],
            title: match signer.title.map(str::trim).filter(|t| !t.is_empty()) {
                Some(title) => title.to_uppercase(),
                None if documents::same_person(&n.signer, &s.chair_name) => "BÍ THƯ".into(),
                None => "PHÓ BÍ THƯ".into(),
            },
            name: n.signer.clone(),
        }
    } else {
        head.signature(Some(&n.signer), committee_chair(&s))?
    }];
    let mut recipients = agencies;
    recipients.push(format!(
        "Ủy ban MTTQ Việt Nam {}",
        in_sentence(&head.office)
    ));
    recipients.push(if party {
        "Lưu Văn phòng Đảng ủy.".into()
    } else {
        "Lưu: VT.".into()
    });
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
        (Some(r), _, _) => format!("{} {}", documents::addressed(r.honorific), r.name),
        (None, None, Some(petitioner)) if !o.protected => format!("Ông/Bà {petitioner}"),
        _ => "Nhân dân".into(),
    }
}

/// The opening paragraph of a letter about one opinion: where and when it was raised, by whom,
/// and what it said.
fn raised(s: &session::Session, o: &opinion::Opinion, by: &str) -> Block {
    Block::Para(format!(
        "Tại hội nghị đối thoại trực tiếp với Nhân dân ngày {}, {by} có ý kiến, kiến nghị: {}.",
        s.held_on.unwrap_or(s.date).format("%d/%m/%Y"),
        documents::quoted(o.content.trim_end_matches('.'))
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
                messages::forward_before_recorded(id)
            }
            status => messages::nothing_of_this_kind(id, status.as_str()),
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
    d.summary = "V/v chuyển ý kiến, kiến nghị của công dân".into();
    d.to = Some(format!("Kính gửi: {to}"));
    let by = raised_by(registration.as_ref(), &o);
    d.body = vec![
        raised(&s, &o, &by),
        Block::Para(format!(
            "Nội dung trên không thuộc thẩm quyền giải quyết của {committee}. Thực hiện Điều 10 \
             khoản 2 Quy chế tiếp xúc, đối thoại trực tiếp của người đứng đầu cấp ủy, chính quyền \
             với Mặt trận Tổ quốc, các tổ chức chính trị - xã hội và Nhân dân, {committee} chuyển \
             ý kiến, kiến nghị đến {to} để xem xét, giải quyết theo thẩm quyền, trả lời {by} và \
             thông báo kết quả cho {committee} biết.",
            committee = committee(&head.office),
        )),
        Block::Para("Trân trọng./.".into()),
    ];
    d.signatures = vec![head.signature(None, None)?];
    let mut recipients = vec!["Như trên".to_string()];
    if registration.is_some() {
        recipients.push(format!("{by} (để biết)"));
    }
    recipients.push(format!(
        "Ủy ban MTTQ Việt Nam {}",
        in_sentence(&head.office)
    ));
    recipients.push("Lưu: VT.".into());
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
            OpinionStatus::Assigned => messages::timeline_before_recorded(id),
            status => messages::nothing_of_this_kind(id, status.as_str()),
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
    d.title = Some("THÔNG BÁO".into());
    d.summary = "Về thời hạn giải quyết ý kiến, kiến nghị của công dân".into();
    let front = format!("Ủy ban MTTQ Việt Nam {}", in_sentence(&head.office));
    d.to = Some(match &registration {
        Some(r) => format!("Kính gửi: {} {}", documents::addressed(r.honorific), r.name),
        None => format!("Kính gửi: {front}"),
    });
    let by = raised_by(registration.as_ref(), &o);
    let agency = o
        .agency_in_charge()
        .map(|a| format!("{a} chủ trì giải quyết; "))
        .unwrap_or_default();
    d.body = vec![
        raised(&s, &o, &by),
        Block::Para(format!(
            "Đây là nội dung phức tạp, cần thêm thời gian xem xét, giải quyết. Thực hiện Điều 10 \
             khoản 2 Quy chế tiếp xúc, đối thoại trực tiếp của người đứng đầu cấp ủy, chính quyền \
             với Mặt trận Tổ quốc, các tổ chức chính trị - xã hội và Nhân dân, {} thông báo: {agency}\
             thời hạn trả lời bằng văn bản chậm nhất là ngày {}.",
            committee(&head.office),
            until.format("%d/%m/%Y")
        )),
        Block::Para(format!(
            "{} thông báo để {} được biết./.",
            committee(&head.office),
            match &registration {
                Some(r) => documents::addressed(r.honorific),
                None => "Quý cơ quan",
            }
        )),
    ];
    d.deadlines = vec![until];
    d.signatures = vec![head.signature(None, None)?];
    let mut recipients = vec!["Như trên".to_string()];
    if let Some(a) = o.agency_in_charge() {
        recipients.push(a.to_string());
    }
    if registration.is_some() {
        recipients.push(front);
    }
    recipients.push("Lưu: VT.".into());
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
            "forwarded" | "out-of-scope" | "answered" => {
                messages::no_written_answer(id, o.status.as_str())
            }
            _ => messages::answer_before_recorded(id),
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
    d.summary = "V/v trả lời ý kiến, kiến nghị của công dân".into();
    let to = match &registration {
        Some(r) => format!("Kính gửi: {} {}", documents::addressed(r.honorific), r.name),
        None => format!(
            "Kính gửi: Ủy ban MTTQ Việt Nam {}",
            in_sentence(&head.office)
        ),
    };
    d.to = Some(to);
    let mut body = Vec::new();
    // Where the person is reached: the organisation they spoke for, their address, or both.
    if let Some(r) = &registration {
        if let Some(organisation) = &r.organisation {
            body.push(Block::Para(format!("Đơn vị: {organisation}.")));
        }
        if let Some(address) = &r.address {
            body.push(Block::Para(format!("Địa chỉ: {address}.")));
        }
    }
    // Where it was raised comes from the record: at the session, by the speaker when one was
    // registered — never "through the Front's synthesis", which the record does not say.
    body.push(raised(&s, &o, &raised_by(registration.as_ref(), &o)));
    // The agency in charge is among the recipients, not a bracket in the prose.
    body.push(Block::Para(format!(
        "Sau khi xem xét, {} trả lời như sau:",
        committee(&head.office)
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
    body.push(Block::Para(format!(
        "{} trả lời để {} được biết./.",
        committee(&head.office),
        match &registration {
            Some(r) => documents::addressed(r.honorific),
            None => "Quý cơ quan",
        }
    )));
    d.body = body;
    d.signatures = vec![head.signature(None, None)?];
    let mut recipients = vec!["Như trên".to_string()];
    // The Front is sent a copy of an answer to a petitioner; an answer to the Front's own
    // synthesis is addressed to it ("Như trên" already names it).
    if registration.is_some() {
        recipients.push(format!(
            "Ủy ban MTTQ Việt Nam {}",
            in_sentence(&head.office)
        ));
    }
    if let Some(a) = o.agency_in_charge() {
        recipients.push(a.to_string());
    }
    recipients.push("Lưu: VT.".into());
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
        return Err(Error::Refused(messages::report_recipients_missing()));
    }
    let mut d = head.draft(DocumentKind::Report, None, today);
    d.title = Some("BÁO CÁO".into());
    d.summary = format!(
        "Kết quả tiếp xúc, đối thoại trực tiếp với Nhân dân từ ngày {} đến ngày {}",
        period.from.format("%d/%m/%Y"),
        period.to.format("%d/%m/%Y")
    );
    let rate = |x: Option<f64>| x.map_or_else(|| "—".into(), messages::percent);
    // The day the figures describe; a report drafted before its period ends says so.
    let mut as_of = format!("Số liệu tính đến ngày {}", today.format("%d/%m/%Y"));
    if today < period.to {
        as_of.push_str(&format!(
            " (kỳ báo cáo chưa kết thúc, kết thúc ngày {})",
            period.to.format("%d/%m/%Y")
        ));
    }
    as_of.push('.');
    let mut body = vec![
        Block::Para(as_of),
        Block::Heading("I. KẾT QUẢ TỔ CHỨC".into()),
        Block::Para(format!(
            "Trong kỳ, {} tổ chức {} hội nghị đối thoại{}, {} hội nghị bị \
             hủy, {} hội nghị chưa tổ chức; {} người đăng ký phát biểu; tiếp nhận {} ý kiến, kiến nghị.",
            committee(&head.office),
            r.sessions_held,
            // "trong đó 0 hội nghị bị dừng" says nothing: the clause only when one was stopped.
            if r.sessions_stopped > 0 {
                format!(" (trong đó {} hội nghị bị dừng)", r.sessions_stopped)
            } else {
                String::new()
            },
            r.sessions_cancelled,
            r.sessions_not_yet_held,
            r.registrations,
            r.opinions
        )),
    ];
    // The flow of the opinions to handle: the same balance as every format of the report.
    let b = &r.balance;
    body.push(Block::Para(format!(
        "Tổng số ý kiến, kiến nghị phải giải quyết trong kỳ: {} (kỳ trước chuyển sang {}, \
         giao giải quyết trong kỳ {}); đã giải quyết {}; chưa giải quyết {}.",
        b.to_handle, b.carried_over, b.received.assigned, b.handled.total, b.open_at_end.total
    )));
    body.push(Block::Table {
        headers: vec!["Nội dung".into(), "Số lượng".into()],
        rows: b
            .lines()
            .into_iter()
            .map(|line| {
                let name = messages::balance_line_vi(line.key);
                vec![
                    if line.part {
                        format!("- trong đó {name}")
                    } else {
                        name
                    },
                    line.count.to_string(),
                ]
            })
            .collect(),
        widths: vec![80, 20],
    });
    body.push(Block::Heading("II. VIỆC THỰC HIỆN THỜI HẠN".into()));
    let tally_row = |name: &str, t: &crate::rules::reports::Tally| {
        vec![
            name.to_string(),
            t.on_time.to_string(),
            t.late.to_string(),
            t.open_overdue.to_string(),
            rate(t.on_time_rate),
        ]
    };
    body.push(Block::Table {
        headers: vec![
            "Nội dung".into(),
            "Đúng hạn".into(),
            "Trễ hạn".into(),
            "Quá hạn, chưa xong".into(),
            "Tỷ lệ đúng hạn".into(),
        ],
        rows: vec![
            tally_row("Thông báo trước 07 ngày (Điều 7 khoản 2)", &r.announcements),
            tally_row(
                "Thông báo kết luận trong 10 ngày làm việc (Điều 10 khoản 1)",
                &r.conclusion_notices,
            ),
            tally_row(
                "Trả lời bằng văn bản hoặc chuyển cơ quan có thẩm quyền trong 30 ngày làm việc (Điều 10 khoản 2)",
                &r.written_answers,
            ),
        ],
        widths: vec![44, 13, 13, 15, 15],
    });
    body.push(Block::Heading(
        "III. KẾT QUẢ GIẢI QUYẾT CỦA CÁC CƠ QUAN, ĐƠN VỊ".into(),
    ));
    if r.agencies.is_empty() {
        body.push(Block::Para(
            "Không có ý kiến giao giải quyết trong kỳ.".into(),
        ));
    } else {
        // Each row adds up: carried over + assigned = on time + late (+ routed out) + open.
        let routed = r.agencies.iter().any(|a| a.routed_out > 0);
        let mut headers = vec![
            "Cơ quan, đơn vị".into(),
            "Kỳ trước chuyển sang".into(),
            "Giao trong kỳ".into(),
            "Giải quyết đúng hạn".into(),
            "Giải quyết trễ hạn".into(),
        ];
        if routed {
            headers.push("Chuyển ra ngoài phạm vi".into());
        }
        headers.extend([
            "Chưa đến hạn".into(),
            "Quá hạn".into(),
            "Tỷ lệ đúng hạn".into(),
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
                l.due.format("%d/%m/%Y").to_string(),
                format!("{} ngày làm việc", l.days),
            ]);
            Ok(())
        })?;
    }
    let late_items = r.late_items.to_vec()?;
    deadlines.extend(late_items.iter().map(|l| l.due));
    if !overdue.is_empty() {
        body.push(Block::Para(
            "Các ý kiến quá hạn giải quyết tại thời điểm cuối kỳ, theo cơ quan:".into(),
        ));
        body.push(Block::Table {
            headers: vec![
                "Cơ quan".into(),
                "Ý kiến".into(),
                "Hạn".into(),
                "Quá hạn".into(),
            ],
            rows: overdue,
            widths: vec![22, 44, 14, 20],
        });
    }
    body.push(Block::Heading(
        "IV. CÁC THỜI HẠN ĐẾN TRONG KỲ BỊ TRỄ, QUÁ HẠN".into(),
    ));
    if late_items.is_empty() {
        body.push(Block::Para(
            "Không có thời hạn nào đến trong kỳ bị trễ hoặc quá hạn.".into(),
        ));
    } else {
        body.push(Block::Table {
            headers: vec![
                "Quy định".into(),
                "Đối tượng".into(),
                "Cơ quan".into(),
                "Hạn".into(),
                "Tình trạng".into(),
                "Số ngày".into(),
            ],
            rows: late_items
                .iter()
                .map(|l| {
                    vec![
                        messages::article(l.rule.as_str())
                            .unwrap_or(l.rule.as_str())
                            .to_string(),
                        // What a reader finds it by: an opinion by its content and the session it
                        // came from, a session by its title and date — not a database id.
                        if l.record_kind == "session" {
                            format!(
                                "Hội nghị “{}” ngày {}",
                                crate::output::clip(&l.session_title, 60),
                                l.session_date.format("%d/%m/%Y")
                            )
                        } else {
                            opinion_on_paper(l)
                        },
                        l.agency.clone().unwrap_or_default(),
                        l.due.format("%d/%m/%Y").to_string(),
                        if l.state == "late" {
                            "trễ hạn".into()
                        } else {
                            "quá hạn, chưa xong".into()
                        },
                        // R4 counts calendar days (Art. 7.2), the others working days.
                        if l.rule == crate::rules::deadline::Rule::R4 {
                            format!("{} ngày", l.days)
                        } else {
                            format!("{} ngày làm việc", l.days)
                        },
                    ]
                })
                .collect(),
            // The days with their unit ("78 ngày làm việc") on one or two lines.
            widths: vec![12, 30, 15, 14, 14, 15],
        });
    }
    body.push(Block::Para(format!(
        "{} báo cáo./.",
        committee(&head.office)
    )));
    d.body = body;
    d.deadlines = deadlines;
    d.signatures = vec![head.signature(None, None)?];
    // The bodies the settings name, the office's own Front (Art. 11: the results are reported
    // to it too) unless named already, and the office's file copy.
    let front = format!("Ủy ban MTTQ Việt Nam {}", in_sentence(&head.office));
    let mut recipients = head.report_recipients.clone();
    let fold = crate::rules::text::fold;
    if !recipients.iter().any(|r| fold(r) == fold(&front)) {
        recipients.push(front);
    }
    recipients.push("Lưu: VT.".into());
    d.recipients = recipients;
    Ok(vec![d])
}
