//! The closed vocabularies of the regulation: every value a session, registration or opinion
//! field may take. Parsing happens here, at the boundary, so a bad value is refused with the list
//! of accepted ones before anything touches the database. The same codes are the CHECK
//! constraints of `schema.sql` and the values of CSV/JSON output.

use serde::{Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// A value outside a closed vocabulary.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("'{value}' is not a valid {what}; accepted: {accepted}")]
pub struct VocabularyError {
    pub what: &'static str,
    pub value: String,
    pub accepted: String,
}

/// A closed vocabulary of the regulation (a session's kind, an opinion's category…).
pub trait Vocabulary: FromStr<Err = VocabularyError> {
    /// Everything a user may type for its values: the stable codes, then the Vietnamese words
    /// typed without diacritics (`dinh-ky`, `kien-nghi`) — what shell completion offers.
    fn spellings() -> Vec<&'static str>;
}

/// The Vietnamese words a clerk types for each closed value (glossary.md), folded (no
/// diacritics, lower case, words joined by `-`): (vocabulary, word, code).
const VIETNAMESE: &[(&str, &str, &str)] = &[
    ("session kind", "dinh-ky", "periodic"),
    ("session kind", "thuong-xuyen", "regular"),
    ("session kind", "dot-xuat", "ad-hoc"),
    ("session form", "truc-tiep", "in-person"),
    ("session form", "truc-tuyen", "online"),
    ("chair role", "bi-thu", "party-secretary"),
    ("chair role", "bi-thu-cap-uy", "party-secretary"),
    ("chair role", "chu-tich-hdnd", "council-chair"),
    ("chair role", "chu-tich-ubnd", "committee-chair"),
    ("level", "tinh", "city"),
    ("level", "thanh-pho", "city"),
    ("level", "cap-tinh", "city"),
    ("level", "cap-thanh-pho", "city"),
    ("level", "cap-tinh-thanh-pho", "city"),
    ("level", "quan", "district"),
    ("level", "huyen", "district"),
    ("level", "cap-huyen", "district"),
    ("level", "xa", "commune"),
    ("level", "phuong", "commune"),
    ("level", "dac-khu", "commune"),
    ("level", "cap-xa", "commune"),
    ("category", "thong-tin", "briefing"),
    ("category", "thong-tin-tinh-hinh", "briefing"),
    ("category", "thuc-hien-chinh-sach", "implementation"),
    ("category", "tac-phong-can-bo", "cadre-conduct"),
    ("chair role", "bi-thu-cap-uy-dang", "party-secretary"),
    ("chair role", "chu-tich-uy-ban-nhan-dan", "committee-chair"),
    ("chair role", "chu-tich-hoi-dong-nhan-dan", "council-chair"),
    ("level", "cap-xa-phuong", "commune"),
    ("level", "cap-quan-huyen", "district"),
    (
        "refusal reason",
        "khong-du-nang-luc-hanh-vi-dan-su",
        "no-civil-capacity",
    ),
    ("refusal reason", "gay-roi-trat-tu-cong-cong", "disorder"),
    ("honorific", "ong", "mr"),
    ("honorific", "ba", "ms"),
    (
        "refusal reason",
        "khong-vi-muc-dich-xay-dung",
        "non-constructive",
    ),
    ("delegation reason", "ly-do-suc-khoe", "health"),
    ("session status", "da-thong-bao-cong-khai", "announced"),
    ("opinion status", "dang-cho", "assigned"),
    ("registration status", "da-dang-ky", "registered"),
    ("registration status", "da-phat-bieu", "spoke"),
    ("registration status", "bi-tu-choi", "refused"),
    ("registration status", "da-rut", "withdrawn"),
    ("category", "gop-y-du-thao", "draft-consultation"),
    ("category", "thuc-hien", "implementation"),
    ("category", "can-bo", "cadre-conduct"),
    ("category", "kien-nghi", "petition"),
    ("category", "khac", "other"),
    ("priority", "khan", "urgent"),
    ("priority", "cao", "high"),
    ("priority", "thuong", "normal"),
    ("refusal reason", "khong-du-nang-luc", "no-civil-capacity"),
    ("refusal reason", "gay-roi", "disorder"),
    ("refusal reason", "khong-xay-dung", "non-constructive"),
    ("delegation reason", "suc-khoe", "health"),
    ("delegation reason", "cong-tac-dot-xuat", "urgent-duty"),
    ("out-of-scope kind", "khieu-nai", "complaint"),
    ("out-of-scope kind", "to-cao", "denunciation"),
    ("session status", "du-kien", "planned"),
    ("session status", "da-thong-bao", "announced"),
    ("session status", "da-to-chuc", "held"),
    ("session status", "da-dung", "stopped"),
    ("session status", "da-co-ket-luan", "concluded"),
    ("session status", "da-ket-luan", "concluded"),
    ("session status", "da-hoan-thanh", "closed"),
    ("session status", "da-huy", "cancelled"),
    ("opinion status", "chua-xu-ly", "open"),
    ("opinion status", "da-tra-loi-tai-hoi-nghi", "answered"),
    ("opinion status", "khong-thuoc-pham-vi", "out-of-scope"),
    ("opinion status", "da-giao", "assigned"),
    ("opinion status", "gia-han", "extended"),
    ("opinion status", "da-tra-loi-bang-van-ban", "responded"),
    ("opinion status", "da-tra-loi", "responded"),
    ("opinion status", "da-chuyen", "forwarded"),
    ("opinion status", "da-chuyen-cap-co-tham-quyen", "forwarded"),
    ("announcement reading", "thong-thuong", "standard"),
    ("announcement reading", "tron-7-ngay", "clear-days"),
];

/// The Vietnamese words (folded, as typed without diacritics) accepted for vocabulary `what`:
/// shell completion offers them beside the English codes.
pub fn vietnamese_words(what: &str) -> Vec<&'static str> {
    VIETNAMESE
        .iter()
        .filter(|(w, _, _)| *w == what)
        .map(|(_, word, _)| *word)
        .collect()
}

/// The word a Vietnamese clerk types for a code (the shortest of its words in the glossary), to
/// name it in a refusal instead of the English code: "dinh-ky" for `periodic`, "gay-roi" for
/// `disorder`.
pub fn vietnamese_word(what: &str, code: &str) -> Option<&'static str> {
    VIETNAMESE
        .iter()
        .filter(|(w, _, c)| *w == what && *c == code)
        .map(|(_, word, _)| *word)
        .min_by_key(|word| word.len())
}

/// The code a Vietnamese word stands for in vocabulary `what` ("định kỳ", "dinh-ky" →
/// "periodic"), if it is one.
pub fn vietnamese_alias(what: &str, word: &str) -> Option<&'static str> {
    // Only visible text: a control or hidden character is never folded away into a code.
    if word
        .chars()
        .any(|c| c.is_control() || crate::rules::text::is_hidden(c))
    {
        return None;
    }
    // "cấp xã, phường", "cap-xa-phuong", "Cấp xã - phường" all become "cap-xa-phuong".
    let folded = crate::rules::text::fold(word)
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join("-");
    VIETNAMESE
        .iter()
        .chain(ENGLISH_SYNONYMS)
        .find(|(w, alias, _)| *w == what && *alias == folded)
        .map(|(_, _, code)| *code)
}

/// English words a user types for a code that is spelt otherwise: the level of a province is
/// `city` (Hà Nội's own level, kept stable), but "province" is what an office of Nghệ An types.
const ENGLISH_SYNONYMS: &[(&str, &str, &str)] = &[
    ("level", "province", "city"),
    ("level", "provincial", "city"),
    ("level", "ward", "commune"),
];

macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident, $what:literal { $($(#[$vmeta:meta])* $variant:ident => $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($(#[$vmeta])* $variant),+ }

        impl $name {
            /// Every value, in the order the regulation lists them.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// The stable code used on the command line, in the database and in exports.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }
            /// The accepted codes, for error messages and help.
            pub fn accepted() -> String {
                [$($text),+].join(", ")
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                self.as_str()
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl FromStr for $name {
            type Err = VocabularyError;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                // The stable code first (what the database holds: the hot path); else a
                // Vietnamese word, with or without diacritics, standing for its code.
                match s {
                    $($text => return Ok($name::$variant),)+
                    _ => {}
                }
                let code = s.trim().to_ascii_lowercase();
                let code = vietnamese_alias($what, s).map_or(code, str::to_string);
                match code.as_str() {
                    $($text => Ok($name::$variant),)+
                    _ => Err(VocabularyError {
                        what: $what,
                        value: s.to_string(),
                        accepted: Self::accepted(),
                    }),
                }
            }
        }

        impl Vocabulary for $name {
            fn spellings() -> Vec<&'static str> {
                let mut spellings = vec![$($text),+];
                spellings.extend(vietnamese_words($what));
                spellings
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        // Stored as its code; a code outside the vocabulary in the file is an error when read,
        // never a silent default (the CHECK constraints of schema.sql keep them out).
        impl rusqlite::types::ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
                Ok(rusqlite::types::ToSqlOutput::from(self.as_str()))
            }
        }

        impl rusqlite::types::FromSql for $name {
            fn column_result(
                value: rusqlite::types::ValueRef<'_>,
            ) -> rusqlite::types::FromSqlResult<Self> {
                let text = value.as_str()?;
                text.parse()
                    .map_err(|e: VocabularyError| rusqlite::types::FromSqlError::Other(Box::new(e)))
            }
        }
    };
}

vocabulary!(
    /// Administrative level of an office or a session (Art. 2.1, 4.2).
    Level, "level" { City => "city", District => "district", Commune => "commune" }
);
vocabulary!(
    /// Regime of a dialogue (Art. 6.2, R3).
    SessionKind, "session kind" { Periodic => "periodic", Regular => "regular", AdHoc => "ad-hoc" }
);
vocabulary!(
    /// Form of a dialogue (Art. 6.1, R2).
    SessionForm, "session form" { InPerson => "in-person", Online => "online" }
);
vocabulary!(
    /// Who chairs a dialogue (Art. 2.1, R1).
    ChairRole, "chair role" {
        PartySecretary => "party-secretary",
        CouncilChair => "council-chair",
        CommitteeChair => "committee-chair",
    }
);
vocabulary!(
    /// The only two grounds on which a deputy may chair (Art. 2.1, R1).
    DelegationReason, "delegation reason" { Health => "health", UrgentDuty => "urgent-duty" }
);
vocabulary!(
    /// Where a session is in its life (SPEC §1).
    SessionStatus, "session status" {
        Planned => "planned",
        Announced => "announced",
        Held => "held",
        Stopped => "stopped",
        Concluded => "concluded",
        Closed => "closed",
        Cancelled => "cancelled",
    }
);
vocabulary!(
    /// Where a speaker's registration is (Art. 8.3, 9.1).
    RegistrationStatus, "registration status" {
        Registered => "registered",
        Spoke => "spoke",
        Refused => "refused",
        Withdrawn => "withdrawn",
    }
);
vocabulary!(
    /// The closed list of grounds to refuse a speaker (Art. 9.1, R7).
    RefusalReason, "refusal reason" {
        NoCivilCapacity => "no-civil-capacity",
        Disorder => "disorder",
        NonConstructive => "non-constructive",
    }
);
vocabulary!(
    /// How a citizen is addressed in the office's letters ("Kính gửi: Ông …", "Bà …"): recorded
    /// at registration, "Ông/Bà" only when it is not known.
    Honorific, "honorific" { Mr => "mr", Ms => "ms" }
);
vocabulary!(
    /// Content categories of dialogues and opinions (Art. 5).
    Category, "category" {
        Briefing => "briefing",
        DraftConsultation => "draft-consultation",
        Implementation => "implementation",
        CadreConduct => "cadre-conduct",
        Petition => "petition",
        Other => "other",
    }
);
vocabulary!(
    /// How urgent an opinion is (Art. 7.2.1).
    Priority, "priority" { Urgent => "urgent", High => "high", Normal => "normal" }
);
vocabulary!(
    /// Disposition of an opinion (SPEC §1; Art. 8.4, 10.1, 10.2, 1.2).
    OpinionStatus, "opinion status" {
        Open => "open",
        Answered => "answered",
        OutOfScope => "out-of-scope",
        Assigned => "assigned",
        Extended => "extended",
        Responded => "responded",
        Forwarded => "forwarded",
    }
);
vocabulary!(
    /// Why an opinion falls outside this regulation (Art. 1.2, R8).
    OutOfScopeKind, "out-of-scope kind" { Complaint => "complaint", Denunciation => "denunciation" }
);
vocabulary!(
    /// Who an invitation goes to (Art. 6.1, 7.2.3).
    InviteeKind, "invitee kind" {
        Organisation => "organisation",
        Agency => "agency",
        Individual => "individual",
    }
);

vocabulary!(
    /// How "07 ngày trước ngày tổ chức" is read (Art. 7.2.3, R4; calendar.md §1.6): the session
    /// date minus 7 (recommended), or 7 clear days in between, i.e. minus 8 (stricter).
    AnnouncementReading, "announcement reading" { Standard => "standard", ClearDays => "clear-days" }
);

/// The codes of `values` as an SQL list (`'assigned', 'extended'`) for the store's `IN (…)`:
/// the sets are decided here, once; the codes are the vocabulary's own (no quote in them).
pub fn sql_list<T: AsRef<str>>(values: &[T]) -> String {
    values
        .iter()
        .map(|v| format!("'{}'", v.as_ref()))
        .collect::<Vec<_>>()
        .join(", ")
}

impl OpinionStatus {
    /// Assigned to an agency and not yet answered in writing or forwarded: its R10/R12
    /// deadline runs (Art. 10.2).
    pub const AWAITING_ANSWER: &'static [OpinionStatus] =
        &[OpinionStatus::Assigned, OpinionStatus::Extended];

    /// Still waiting for the office or an agency to act (`is_pending`): a session with one is
    /// not closed.
    pub const PENDING: &'static [OpinionStatus] = &[
        OpinionStatus::Open,
        OpinionStatus::Assigned,
        OpinionStatus::Extended,
    ];

    /// Closed by an act of its own date (`closed_on`): answered in writing, forwarded, or routed
    /// out of scope. Before that date such an opinion may still have been open.
    pub const CLOSED_ON_A_DATE: &'static [OpinionStatus] = &[
        OpinionStatus::Responded,
        OpinionStatus::Forwarded,
        OpinionStatus::OutOfScope,
    ];

    /// Opinions still waiting for the office or an agency to act.
    pub fn is_pending(self) -> bool {
        Self::PENDING.contains(&self)
    }
}

impl SessionStatus {
    /// Held (or stopped) and no conclusion notice yet: the R9 deadline runs (Art. 10.1).
    pub const AWAITING_NOTICE: &'static [SessionStatus] =
        &[SessionStatus::Held, SessionStatus::Stopped];

    /// Not yet held: its date, and so its R4 deadline, can still move.
    pub const NOT_HELD: &'static [SessionStatus] =
        &[SessionStatus::Planned, SessionStatus::Announced];

    /// A conclusion notice was issued (R9 met); before its date the R9 deadline still ran.
    pub const NOTICE_ISSUED: &'static [SessionStatus] =
        &[SessionStatus::Concluded, SessionStatus::Closed];

    /// Held in the sense of R7 and R9: a stopped session counts as held.
    pub fn was_held(self) -> bool {
        matches!(
            self,
            SessionStatus::Held
                | SessionStatus::Stopped
                | SessionStatus::Concluded
                | SessionStatus::Closed
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vietnamese_choice_values_with_or_without_marks() {
        assert_eq!("định-kỳ".parse::<SessionKind>(), Ok(SessionKind::Periodic));
        assert_eq!("dinh ky".parse::<SessionKind>(), Ok(SessionKind::Periodic));
        assert_eq!("Kiến nghị".parse::<Category>(), Ok(Category::Petition));
        assert_eq!("khan".parse::<Priority>(), Ok(Priority::Urgent));
        assert_eq!("cấp xã".parse::<Level>(), Ok(Level::Commune));
        assert_eq!("province".parse::<Level>(), Ok(Level::City));
        assert_eq!("Ward".parse::<Level>(), Ok(Level::Commune));
        assert_eq!(
            "chủ-tịch-ubnd".parse::<ChairRole>(),
            Ok(ChairRole::CommitteeChair)
        );
        assert!("định\rkỳ".parse::<SessionKind>().is_err());
        assert!("định-kỳ".parse::<Priority>().is_err());
    }

    #[test]
    fn r7_refusal_reason_closed_list() {
        assert_eq!(
            "disorder".parse::<RefusalReason>(),
            Ok(RefusalReason::Disorder)
        );
        let err = "rude"
            .parse::<RefusalReason>()
            .expect_err("not in the list");
        assert_eq!(
            err.to_string(),
            "'rude' is not a valid refusal reason; accepted: no-civil-capacity, disorder, non-constructive"
        );
    }

    #[test]
    fn r1_delegation_only_for_health_or_urgent_duty() {
        assert_eq!("HEALTH".parse(), Ok(DelegationReason::Health));
        assert!("holiday".parse::<DelegationReason>().is_err());
    }

    #[test]
    fn r8_out_of_scope_kinds() {
        assert_eq!(OutOfScopeKind::accepted(), "complaint, denunciation");
    }

    proptest::proptest! {
        #[test]
        fn parsers_never_panic_and_name_the_value(s in "\\PC{0,24}") {
            for result in [
                s.parse::<SessionKind>().map(|v| v.to_string()),
                s.parse::<RefusalReason>().map(|v| v.to_string()),
                s.parse::<Category>().map(|v| v.to_string()),
                s.parse::<OpinionStatus>().map(|v| v.to_string()),
                s.parse::<DelegationReason>().map(|v| v.to_string()),
            ] {
                match result {
                    Ok(code) => proptest::prop_assert_eq!(code, s.trim().to_ascii_lowercase()),
                    Err(e) => proptest::prop_assert_eq!(e.value, s.clone()),
                }
            }
        }
    }

    #[test]
    fn codes_round_trip() {
        for c in Category::ALL {
            assert_eq!(c.as_str().parse::<Category>(), Ok(*c));
        }
        for s in SessionStatus::ALL {
            assert_eq!(s.as_str().parse::<SessionStatus>(), Ok(*s));
        }
    }
}
