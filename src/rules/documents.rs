//! The layout rules of the documents the office drafts (Decree 30/2020/NĐ-CP on clerical work,
//! Appendix I): how the place-and-date line is written, the document-type codes of the number
//! line, and which settings a document needs before it can be drafted. Pure: the records and the
//! settings are arguments.

use chrono::{Datelike, NaiveDate};

/// The kinds of document `doc` drafts, each ending a step of the regulation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DocumentKind {
    /// Thông báo tổ chức hội nghị (Art. 7.2.3).
    Announcement,
    /// Giấy mời (Art. 6.1, 7.2.3).
    Invitation,
    /// Biên bản hội nghị (Art. 8.1, 9).
    Minutes,
    /// Thông báo kết luận (Art. 10.1).
    Notice,
    /// Văn bản trả lời người kiến nghị (Art. 10.2).
    Answer,
    /// Văn bản chuyển ý kiến, kiến nghị đến cơ quan có thẩm quyền (Art. 10.2, R11).
    Forward,
    /// Thông báo thời hạn giải quyết nội dung phức tạp (Art. 10.2, R12).
    Timeline,
    /// Báo cáo kết quả (Art. 10.3, 11).
    Report,
}

impl DocumentKind {
    /// The type code of the number line (Decree 30, Appendix III): "Số: 15/TB-UBND".
    /// A letter (công văn) carries no type code: "Số: 125/UBND".
    pub fn type_code(self) -> Option<&'static str> {
        match self {
            DocumentKind::Announcement | DocumentKind::Notice | DocumentKind::Timeline => {
                Some("TB")
            }
            DocumentKind::Invitation => Some("GM"),
            DocumentKind::Minutes => Some("BB"),
            DocumentKind::Report => Some("BC"),
            DocumentKind::Answer | DocumentKind::Forward => None,
        }
    }
}

/// A blank for a fact the record does not hold, to be filled in by hand on the printed paper
/// (Decree 30 papers carry no software notes such as "(not recorded)").
pub const BLANK: &str = "………………………………";

/// The query parameters of a meeting link that carry its password: a public announcement and
/// a calendar's location give the link without them (the invitees receive it whole).
const SECRET_PARAMETERS: &[&str] = &["pwd", "password", "passcode", "pass", "pw", "mk", "matkhau"];

/// An online meeting's link as it may be published: without the parameters that carry its
/// password (`?pwd=…`), the rest of the link kept.
pub fn public_link(link: &str) -> String {
    let Some((base, query)) = link.split_once('?') else {
        return link.to_string();
    };
    let (query, fragment) = match query.split_once('#') {
        Some((q, f)) => (q, Some(f)),
        None => (query, None),
    };
    let kept: Vec<&str> = query
        .split('&')
        .filter(|p| {
            let name = p.split('=').next().unwrap_or_default().to_lowercase();
            !p.is_empty() && !SECRET_PARAMETERS.contains(&name.as_str())
        })
        .collect();
    let mut out = base.to_string();
    if !kept.is_empty() {
        out.push('?');
        out.push_str(&kept.join("&"));
    }
    if let Some(f) = fragment {
        out.push('#');
        out.push_str(f);
    }
    out
}

/// How a letter addresses a citizen: "Ông" or "Bà" as recorded, "Ông/Bà" when not known.
pub fn addressed(honorific: Option<crate::rules::vocabulary::Honorific>) -> &'static str {
    use crate::rules::vocabulary::Honorific;
    match honorific {
        Some(Honorific::Mr) => "Ông",
        Some(Honorific::Ms) => "Bà",
        None => "Ông/Bà",
    }
}

/// The heading of a paper the Party committee of the office's commune or ward issues (the
/// Party's own layout, Hướng dẫn 36-HD/VPTW): its superior Party organisation over it ("ĐẢNG BỘ
/// THÀNH PHỐ HÀ NỘI", read from the state body the office is under) and "ĐẢNG ỦY PHƯỜNG …".
pub fn party_heading(office: &str, governing_body: Option<&str>) -> (Option<String>, String) {
    let superior = governing_body.and_then(|g| {
        let g = g.trim().to_uppercase();
        ["ỦY BAN NHÂN DÂN ", "UỶ BAN NHÂN DÂN ", "UBND "]
            .iter()
            .find_map(|p| g.strip_prefix(p))
            .map(|place| format!("ĐẢNG BỘ {}", place.trim()))
    });
    (
        superior,
        format!("ĐẢNG ỦY {}", office.trim().to_uppercase()),
    )
}

/// A Party paper's number line: "Số 25-TB/ĐU", "Số 3-GM/ĐU" (no colon; the type code before
/// the issuer's), the recorded number as it is when it already names its issuer, or a blank
/// to fill in.
pub fn party_number_line(recorded: Option<&str>, kind: DocumentKind) -> String {
    let code = kind.type_code().unwrap_or("CV");
    match recorded.map(str::trim).filter(|r| !r.is_empty()) {
        Some(r) if r.contains('/') => format!("Số {r}"),
        Some(r) => format!("Số {r}-{code}/ĐU"),
        None => format!("Số        -{code}/ĐU"),
    }
}

/// A list item or a summary as a sentence: ending with a full stop (or the mark it already
/// ends with: "?", "!", "…", a closing quotation after one of them), never doubled.
pub fn full_stop(text: &str) -> String {
    let t = text.trim_end();
    let last = t.trim_end_matches(['”', '"', ')']).chars().last();
    match last {
        None => String::new(),
        Some('.' | '?' | '!' | '…' | ':' | ';') => t.to_string(),
        Some(_) => format!("{t}."),
    }
}

/// A quotation inside a Vietnamese text: between “ and ”.
pub fn quoted(text: &str) -> String {
    format!("“{}”", text.trim())
}

/// A summary line that names a session: its title alone when the title already says it is a
/// dialogue ("Hội nghị đối thoại…", "Đối thoại…"), not "Hội nghị đối thoại…: Hội nghị đối thoại…".
pub fn session_summary(prefix: &str, title: &str) -> String {
    let title = title.trim().trim_end_matches('.');
    let folded = crate::rules::text::fold(title);
    if folded.starts_with("hoi nghi") || folded.starts_with("doi thoai") {
        title.to_string()
    } else {
        format!("{prefix}: {title}")
    }
}

/// "Hoàng Mai, ngày 05 tháng 02 năm 2026": the day below 10 and the months 1 and 2 take a
/// leading zero (Decree 30, Appendix I, §I.5: "ngày dưới 10 và tháng 1, 2 phải ghi thêm số 0
/// phía trước").
pub fn date_line(place: &str, date: NaiveDate) -> String {
    let month = match date.month() {
        m @ (1 | 2) => format!("{m:02}"),
        m => m.to_string(),
    };
    format!(
        "{place}, ngày {:02} tháng {month} năm {}",
        date.day(),
        date.year()
    )
}

/// "Số: 15/TB-UBND" from a recorded number ("15/TB-UBND", or only "15"), or the blank the
/// clerk fills when the office registers the document: "Số:      /TB-UBND".
pub fn number_line(recorded: Option<&str>, kind: DocumentKind, issuer_code: &str) -> String {
    let suffix = match kind.type_code() {
        Some(code) => format!("{code}-{issuer_code}"),
        None => issuer_code.to_string(),
    };
    match recorded.map(str::trim).filter(|r| !r.is_empty()) {
        Some(r) if r.contains('/') => format!("Số: {r}"),
        Some(r) => format!("Số: {r}/{suffix}"),
        None => format!("Số:        /{suffix}"),
    }
}

/// Whether a recorded document number is one the office issued: a bare number ("125") is
/// the office's; a number with its symbol ("125/UBND-QLĐT", "15/TB-UBND") is the office's when
/// one part of the symbol is the office's code (Decree 30, Appendix III: type code, issuer,
/// drafting unit, joined by "-"). "46/CAP-TTXH" is another body's.
pub fn issued_by(recorded: &str, issuer_code: &str) -> bool {
    // Word's dashes and full-width signs are the same marks as typed.
    let number: String = recorded
        .trim()
        .chars()
        .map(|c| match c {
            '‐' | '‑' | '‒' | '–' | '—' | '−' => '-',
            '／' => '/',
            c => c,
        })
        .collect();
    // The symbol follows the slash; without one, whatever follows the number's digits
    // ("46-CAP", "46 CAP-TTXH"). Nothing but the number (or "20a") is the office's.
    let symbol = match number.split_once('/') {
        Some((_, symbol)) => symbol.to_string(),
        None => number
            .trim_start_matches(|c: char| c.is_ascii_digit())
            .trim_start_matches(|c: char| c.is_ascii_lowercase())
            .to_string(),
    };
    if symbol
        .trim_matches(|c: char| c == '-' || c.is_whitespace())
        .is_empty()
    {
        return true;
    }
    let code = issuer_code.trim().to_uppercase();
    symbol
        .split(['-', '.', '/', ' '])
        .any(|part| part.trim().to_uppercase() == code)
}

/// The weekday as a document writes it: "thứ Hai" … "thứ Bảy", "Chủ nhật".
pub fn weekday(date: NaiveDate) -> &'static str {
    [
        "thứ Hai",
        "thứ Ba",
        "thứ Tư",
        "thứ Năm",
        "thứ Sáu",
        "thứ Bảy",
        "Chủ nhật",
    ][date.weekday().num_days_from_monday() as usize]
}

/// The settings every drafted document needs (the place of its date line and the signer's
/// title), of those given: the missing ones, by the option that sets them.
pub fn missing_settings(place: Option<&str>, signer_title: Option<&str>) -> Vec<&'static str> {
    let mut missing = Vec::new();
    if place.is_none_or(|p| p.trim().is_empty()) {
        missing.push("--place");
    }
    if signer_title.is_none_or(|t| t.trim().is_empty()) {
        missing.push("--signer-title");
    }
    missing
}

/// The issuing body as the heading writes it: the setting, else "ỦY BAN NHÂN DÂN" over the
/// office's name, both in upper case (Decree 30, Appendix I, §I.3).
pub fn issuing_body(setting: Option<&str>, office: &str) -> Vec<String> {
    match setting {
        Some(s) => s.split('\n').map(str::to_uppercase).collect(),
        None => vec!["ỦY BAN NHÂN DÂN".into(), office.to_uppercase()],
    }
}

/// The People's Committee's chair and deputies as the office settings record them: who may
/// sign its papers, and under which title.
#[derive(Debug, Default, Clone)]
pub struct Roster {
    pub chair: Option<String>,
    pub deputies: Vec<String>,
}

impl Roster {
    /// The roster from the settings' values: the deputies separated by ";" or ",".
    pub fn from_settings(chair: Option<&str>, deputies: Option<&str>) -> Roster {
        let clean = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        Roster {
            chair: chair.map(clean).filter(|c| !c.is_empty()),
            deputies: deputies
                .unwrap_or_default()
                .split([';', ','])
                .map(clean)
                .filter(|d| !d.is_empty())
                .collect(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.chair.is_none() && self.deputies.is_empty()
    }
}

/// What a signature block says: the authority lines ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"),
/// the signer's title, and the name under the hand — as the settings spell it when they name
/// the signer (a notice's signer typed "le van phuc" is printed "Lê Văn Phúc").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignatureBlock {
    pub authority: Vec<String>,
    pub title: String,
    pub name: String,
}

/// A name as spelled, case and spacing aside.
fn spelled(name: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .nfc()
        .collect::<String>()
        .to_lowercase()
}

/// Whether two spellings name the same person: the same letters and marks (case and spacing
/// aside) or, when one was typed without any mark, the same letters. "Nguyễn Văn Hưng" is not
/// "Nguyễn Văn Hùng"; "nguyen van hung" may be either.
pub fn same_person(a: &str, b: &str) -> bool {
    let (sa, sb) = (spelled(a), spelled(b));
    if sa == sb {
        return true;
    }
    let fold = crate::rules::text::fold;
    let unmarked = |spelled: &str| fold(spelled) == *spelled;
    (unmarked(&sa) || unmarked(&sb)) && fold(&sa) == fold(&sb)
}

/// Why a signer cannot sign as asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SignerProblem {
    /// The office records its chair and deputies and the signer is none of them.
    NotOnRoster,
    /// The title given is not the signer's: the chair signing as a deputy, or the reverse.
    TitleDisagrees { expected: &'static str },
}

pub const CHAIR_TITLE: &str = "CHỦ TỊCH";
pub const DEPUTY_TITLE: &str = "PHÓ CHỦ TỊCH";

/// The collegial body a People's Committee's paper is signed on behalf of ("TM." line):
/// "ỦY BAN NHÂN DÂN" when the issuing body is one (Decree 30, Art. 13.2: a body working as
/// a collective is signed for by its head "thay mặt tập thể"); none for any other issuer.
pub fn collective_body(issuing_body: &[String]) -> Option<&'static str> {
    let heading = crate::rules::text::fold(&issuing_body.join(" "));
    (heading.starts_with("uy ban nhan dan") || heading.starts_with("ubnd"))
        .then_some("ỦY BAN NHÂN DÂN")
}

/// The signature block of a paper signed by `name` (Decree 30, Art. 13 and Appendix I §II.7:
/// "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH" for the chair, "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH /
/// PHÓ CHỦ TỊCH" for a deputy). When the office records its chair and deputies, they decide
/// the title, and a title given that is not the signer's — or a signer who is none of them —
/// is refused. Otherwise the configured (or given) title and authority are used, with the
/// collective line added above a "KT." or a chair's own signature; `known_chair` (the
/// People's Committee chair a record names) may still not sign as anything but the chair.
pub fn signature_block(
    collective: Option<&str>,
    roster: &Roster,
    name: &str,
    title: &str,
    authority: Option<&str>,
    title_given: bool,
    known_chair: Option<&str>,
) -> Result<SignatureBlock, SignerProblem> {
    let on_behalf = |lines: &mut Vec<String>| {
        if let Some(c) = collective {
            lines.insert(0, format!("TM. {c}"));
        }
    };
    let title = title.trim().to_uppercase();
    if !roster.is_empty() {
        // Who on the roster the name is: the exact spelling first, else the one person (and
        // only one) it names without its marks.
        let people: Vec<(&str, &'static str)> = roster
            .chair
            .iter()
            .map(|c| (c.as_str(), CHAIR_TITLE))
            .chain(roster.deputies.iter().map(|d| (d.as_str(), DEPUTY_TITLE)))
            .collect();
        let exact: Vec<_> = people
            .iter()
            .filter(|(p, _)| spelled(p) == spelled(name))
            .collect();
        let found: Vec<_> = people
            .iter()
            .filter(|(p, _)| same_person(p, name))
            .collect();
        let (recorded, expected) = match (exact.as_slice(), found.as_slice()) {
            ([one], _) | ([], [one]) => **one,
            _ => return Err(SignerProblem::NotOnRoster),
        };
        if title_given && title != expected {
            return Err(SignerProblem::TitleDisagrees { expected });
        }
        let mut lines = Vec::new();
        if expected == DEPUTY_TITLE {
            lines.push(format!("KT. {CHAIR_TITLE}"));
        }
        on_behalf(&mut lines);
        return Ok(SignatureBlock {
            authority: lines,
            title: expected.to_string(),
            name: recorded.to_string(),
        });
    }
    if known_chair.is_some_and(|c| same_person(c, name)) && title != CHAIR_TITLE {
        return Err(SignerProblem::TitleDisagrees {
            expected: CHAIR_TITLE,
        });
    }
    let mut lines: Vec<String> = authority
        .map(|a| a.trim().to_uppercase())
        .filter(|a| !a.is_empty())
        .into_iter()
        .collect();
    let signs_for_the_body = match lines.first() {
        Some(a) => !a.starts_with("TM.") && !a.starts_with("T/M"),
        None => title == CHAIR_TITLE,
    };
    if signs_for_the_body && (lines.is_empty() || lines[0].starts_with("KT.")) {
        on_behalf(&mut lines);
    }
    Ok(SignatureBlock {
        authority: lines,
        title,
        name: name.trim().to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roster() -> Roster {
        Roster::from_settings(
            Some("Nguyễn Văn Hùng"),
            Some("Trần Thị Mai; Lê Quang  Vinh"),
        )
    }

    fn block(authority: &[&str], title: &str, name: &str) -> SignatureBlock {
        SignatureBlock {
            authority: authority.iter().map(|a| a.to_string()).collect(),
            title: title.into(),
            name: name.into(),
        }
    }

    const UBND: Option<&str> = Some("ỦY BAN NHÂN DÂN");

    #[test]
    fn an_item_ends_with_one_full_stop() {
        assert_eq!(
            full_stop("Góp ý dự thảo quy định"),
            "Góp ý dự thảo quy định."
        );
        assert_eq!(full_stop("Đã lắp đèn."), "Đã lắp đèn.");
        assert_eq!(full_stop("Có lắp đèn không?"), "Có lắp đèn không?");
        assert_eq!(
            full_stop("ý kiến: “Đề nghị sửa đường.”"),
            "ý kiến: “Đề nghị sửa đường.”"
        );
        assert_eq!(
            full_stop("(Chủ tịch UBND phường)"),
            "(Chủ tịch UBND phường)."
        );
        assert_eq!(
            full_stop("Hình thức: trực tiếp.  "),
            "Hình thức: trực tiếp."
        );
    }

    #[test]
    fn a_number_of_another_body_is_not_the_offices() {
        assert!(issued_by("125", "UBND"));
        assert!(issued_by("125/UBND-QLĐT", "UBND"));
        assert!(issued_by("15/TB-ubnd", "UBND"));
        assert!(issued_by("7/UBND", "UBND"));
        assert!(!issued_by("46/CAP-TTXH", "UBND"));
        // A code that only contains the office's is not it.
        assert!(!issued_by("12/XUBNDX", "UBND"));
        assert!(!issued_by("3/TB-ĐU", "UBND"));
        // Word's dashes, other separators, a full-width slash.
        assert!(issued_by("125/UBND–QLĐT", "UBND"));
        assert!(issued_by("125/UBND\u{2011}QLĐT", "UBND"));
        assert!(issued_by("125/UBND.QLĐT", "UBND"));
        assert!(issued_by("125/UBND/QLĐT", "UBND"));
        assert!(issued_by("125/2026/QĐ-UBND", "UBND"));
        assert!(!issued_by("46／CAP-TTXH", "UBND"));
        // A number without a slash is the office's only when it is only a number.
        assert!(issued_by("20a", "UBND"));
        assert!(!issued_by("46-CAP", "UBND"));
        assert!(!issued_by("46 CAP-TTXH", "UBND"));
        assert!(issued_by("46 UBND-VP", "UBND"));
    }

    #[test]
    fn a_deputy_signs_for_the_chair_on_behalf_of_the_committee() {
        assert_eq!(
            signature_block(UBND, &roster(), "Trần Thị Mai", "", None, false, None),
            Ok(block(
                &["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"],
                "PHÓ CHỦ TỊCH",
                "Trần Thị Mai"
            ))
        );
        // Typed without its marks, still the deputy — printed as the settings spell it.
        assert_eq!(
            signature_block(UBND, &roster(), "le quang vinh", "", None, false, None)
                .map(|b| (b.title, b.name)),
            Ok(("PHÓ CHỦ TỊCH".to_string(), "Lê Quang Vinh".to_string()))
        );
        assert_eq!(
            signature_block(UBND, &roster(), "Nguyễn Văn Hùng", "", None, false, None),
            Ok(block(
                &["TM. ỦY BAN NHÂN DÂN"],
                "CHỦ TỊCH",
                "Nguyễn Văn Hùng"
            ))
        );
    }

    /// Names that differ only by their marks are different people: the deputy Hưng is not the
    /// chair Hùng; typed without marks, a name that could be either signs nothing.
    #[test]
    fn a_name_differing_by_its_marks_is_another_person() {
        let hung = Roster::from_settings(Some("Nguyễn Văn Hùng"), Some("Nguyễn Văn Hưng"));
        assert_eq!(
            signature_block(UBND, &hung, "Nguyễn Văn Hưng", "", None, false, None),
            Ok(block(
                &["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"],
                "PHÓ CHỦ TỊCH",
                "Nguyễn Văn Hưng"
            ))
        );
        assert_eq!(
            signature_block(UBND, &hung, "nguyen van hung", "", None, false, None),
            Err(SignerProblem::NotOnRoster)
        );
        // Without a roster, the session's chair Hùng does not stop the deputy Hưng.
        assert_eq!(
            signature_block(
                UBND,
                &Roster::default(),
                "Nguyễn Văn Hưng",
                "PHÓ CHỦ TỊCH",
                Some("KT. CHỦ TỊCH"),
                true,
                Some("Nguyễn Văn Hùng")
            )
            .map(|b| b.title),
            Ok("PHÓ CHỦ TỊCH".to_string())
        );
        assert!(same_person("nguyen van hung", "Nguyễn  Văn Hùng"));
        assert!(!same_person("Nguyễn Văn Hưng", "Nguyễn Văn Hùng"));
    }

    #[test]
    fn the_chair_is_refused_under_a_deputys_title() {
        assert_eq!(
            signature_block(
                UBND,
                &roster(),
                "Nguyễn Văn Hùng",
                "Phó Chủ tịch",
                Some("KT. CHỦ TỊCH"),
                true,
                None
            ),
            Err(SignerProblem::TitleDisagrees {
                expected: CHAIR_TITLE
            })
        );
        assert_eq!(
            signature_block(UBND, &roster(), "Phạm Văn Đồng", "", None, false, None),
            Err(SignerProblem::NotOnRoster)
        );
        // With no roster, the chair a record names is still known.
        assert_eq!(
            signature_block(
                UBND,
                &Roster::default(),
                "Nguyễn Văn Hùng",
                "PHÓ CHỦ TỊCH",
                Some("KT. CHỦ TỊCH"),
                true,
                Some("Nguyễn Văn Hùng")
            ),
            Err(SignerProblem::TitleDisagrees {
                expected: CHAIR_TITLE
            })
        );
    }

    #[test]
    fn without_a_roster_the_configured_block_gets_its_collective_line() {
        let none = Roster::default();
        assert_eq!(
            signature_block(
                UBND,
                &none,
                "Trần Thị Mai",
                "phó chủ tịch",
                Some("kt. chủ tịch"),
                true,
                None
            ),
            Ok(block(
                &["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"],
                "PHÓ CHỦ TỊCH",
                "Trần Thị Mai"
            ))
        );
        assert_eq!(
            signature_block(
                UBND,
                &none,
                "Nguyễn Văn Hùng",
                "CHỦ TỊCH",
                None,
                false,
                None
            ),
            Ok(block(
                &["TM. ỦY BAN NHÂN DÂN"],
                "CHỦ TỊCH",
                "Nguyễn Văn Hùng"
            ))
        );
        // Already on behalf of the committee, or signed by order of: kept as given.
        assert_eq!(
            signature_block(
                UBND,
                &none,
                "Đỗ Văn Nam",
                "CHÁNH VĂN PHÒNG",
                Some("TL. CHỦ TỊCH"),
                true,
                None
            ),
            Ok(block(&["TL. CHỦ TỊCH"], "CHÁNH VĂN PHÒNG", "Đỗ Văn Nam"))
        );
        assert_eq!(
            signature_block(
                UBND,
                &none,
                "Nguyễn Văn Hùng",
                "CHỦ TỊCH",
                Some("TM. ỦY BAN NHÂN DÂN"),
                true,
                None
            ),
            Ok(block(
                &["TM. ỦY BAN NHÂN DÂN"],
                "CHỦ TỊCH",
                "Nguyễn Văn Hùng"
            ))
        );
        // An issuer that is not a collective body has no TM. line.
        assert_eq!(
            signature_block(
                None,
                &none,
                "Trần Thị Mai",
                "PHÓ CHỦ TỊCH",
                Some("KT. CHỦ TỊCH"),
                true,
                None
            ),
            Ok(block(&["KT. CHỦ TỊCH"], "PHÓ CHỦ TỊCH", "Trần Thị Mai"))
        );
        assert_eq!(
            collective_body(&["ỦY BAN NHÂN DÂN".into(), "PHƯỜNG HOÀNG MAI".into()]),
            UBND
        );
        assert_eq!(collective_body(&["CÔNG AN PHƯỜNG HOÀNG MAI".into()]), None);
    }

    #[test]
    fn a_party_committee_heads_its_own_paper() {
        assert_eq!(
            party_heading("Phường Hoàng Mai", Some("UBND thành phố Hà Nội")),
            (
                Some("ĐẢNG BỘ THÀNH PHỐ HÀ NỘI".to_string()),
                "ĐẢNG ỦY PHƯỜNG HOÀNG MAI".to_string()
            )
        );
        assert_eq!(party_heading("Xã Đông Anh", None).0, None);
        let notice = DocumentKind::Notice;
        assert_eq!(party_number_line(Some("25-TB/ĐU"), notice), "Số 25-TB/ĐU");
        assert_eq!(party_number_line(Some("25"), notice), "Số 25-TB/ĐU");
        assert_eq!(party_number_line(None, notice), "Số        -TB/ĐU");
        assert_eq!(
            party_number_line(None, DocumentKind::Invitation),
            "Số        -GM/ĐU"
        );
    }

    #[test]
    fn a_meeting_password_is_never_published() {
        assert_eq!(
            public_link("https://zoom.us/j/123456789?pwd=AbC123&uname=x"),
            "https://zoom.us/j/123456789?uname=x"
        );
        assert_eq!(
            public_link("https://meet.vnpt.vn/phong-hop?PassCode=99#join"),
            "https://meet.vnpt.vn/phong-hop#join"
        );
        assert_eq!(public_link("Hội trường UBND"), "Hội trường UBND");
    }

    #[test]
    fn a_dialogue_title_is_not_repeated_in_its_summary() {
        let prefix = "Hội nghị đối thoại trực tiếp với Nhân dân";
        assert_eq!(
            session_summary(prefix, "Hội nghị đối thoại về chỉnh trang đô thị."),
            "Hội nghị đối thoại về chỉnh trang đô thị"
        );
        assert_eq!(
            session_summary(prefix, "Đối thoại với Nhân dân về trật tự xây dựng"),
            "Đối thoại với Nhân dân về trật tự xây dựng"
        );
        assert_eq!(
            session_summary(prefix, "Chỉnh trang đô thị"),
            "Hội nghị đối thoại trực tiếp với Nhân dân: Chỉnh trang đô thị"
        );
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("date")
    }

    #[test]
    fn decree30_date_line_leading_zero_for_days_below_10_and_months_1_and_2() {
        assert_eq!(
            date_line("Hoàng Mai", d(2026, 6, 25)),
            "Hoàng Mai, ngày 25 tháng 6 năm 2026"
        );
        assert_eq!(
            date_line("Hoàng Mai", d(2026, 2, 5)),
            "Hoàng Mai, ngày 05 tháng 02 năm 2026"
        );
        assert_eq!(
            date_line("Hoàng Mai", d(2026, 1, 31)),
            "Hoàng Mai, ngày 31 tháng 01 năm 2026"
        );
        assert_eq!(
            date_line("Hà Nội", d(2026, 3, 9)),
            "Hà Nội, ngày 09 tháng 3 năm 2026"
        );
        assert_eq!(
            date_line("Hà Nội", d(2026, 12, 1)),
            "Hà Nội, ngày 01 tháng 12 năm 2026"
        );
        assert_eq!(
            date_line("Hà Nội", d(2026, 10, 10)),
            "Hà Nội, ngày 10 tháng 10 năm 2026"
        );
    }

    #[test]
    fn decree30_number_line_type_codes() {
        assert_eq!(
            number_line(Some("15/TB-UBND"), DocumentKind::Notice, "UBND"),
            "Số: 15/TB-UBND"
        );
        assert_eq!(
            number_line(Some("15"), DocumentKind::Notice, "UBND"),
            "Số: 15/TB-UBND"
        );
        assert_eq!(
            number_line(None, DocumentKind::Invitation, "UBND"),
            "Số:        /GM-UBND"
        );
        assert_eq!(
            number_line(None, DocumentKind::Answer, "UBND"),
            "Số:        /UBND"
        );
        assert_eq!(
            number_line(Some("  "), DocumentKind::Minutes, "UBND"),
            "Số:        /BB-UBND"
        );
    }

    #[test]
    fn decree30_settings_asked_for_by_name() {
        assert_eq!(missing_settings(None, Some("CHỦ TỊCH")), ["--place"]);
        assert_eq!(
            missing_settings(Some(""), None),
            ["--place", "--signer-title"]
        );
        assert!(missing_settings(Some("Hoàng Mai"), Some("CHỦ TỊCH")).is_empty());
    }

    #[test]
    fn decree30_issuing_body_in_upper_case() {
        assert_eq!(
            issuing_body(None, "Phường Hoàng Mai"),
            ["ỦY BAN NHÂN DÂN", "PHƯỜNG HOÀNG MAI"]
        );
    }
}
