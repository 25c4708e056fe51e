//! The words' own tests: catalogue coverage, values in both languages.

/// Every Vietnamese word a table shows for a code is taken back as that code: a clerk
/// types what the screen showed ("thực hiện chính sách", "cấp xã, phường").
#[test]
fn every_vietnamese_word_shown_for_a_code_is_accepted_back() {
    use crate::rules::vocabulary::*;
    fn check<T>(all: &[T])
    where
        T: std::str::FromStr + PartialEq + std::fmt::Debug + Copy + AsRef<str>,
    {
        for v in all {
            if let Some(vi) = super::catalogue_word(super::Lang::Vi, "label", v.as_ref()) {
                assert_eq!(vi.parse::<T>().ok(), Some(*v), "{vi}");
            }
        }
    }
    check(SessionKind::ALL);
    check(SessionForm::ALL);
    check(ChairRole::ALL);
    check(Level::ALL);
    check(Category::ALL);
    check(Priority::ALL);
    check(SessionStatus::ALL);
    check(OpinionStatus::ALL);
    check(RegistrationStatus::ALL);
    check(RefusalReason::ALL);
    check(DelegationReason::ALL);
    check(OutOfScopeKind::ALL);
}

use super::*;
use crate::rules::vocabulary::*;

#[test]
fn every_label_is_written_in_both_languages() {
    let ids = catalogue::ids_with_prefix(Catalogue::En, "label-");
    assert!(ids.len() > 200, "{}", ids.len());
    for id in ids {
        for c in [Catalogue::En, Catalogue::Vi] {
            let word = catalogue::message(c, &id, &[]).unwrap_or_default();
            assert!(!word.trim().is_empty(), "{id} {c:?}");
        }
    }
}

/// Every code of every closed vocabulary has words in both languages.
#[test]
fn every_vocabulary_code_has_a_label() {
    let mut codes: Vec<&str> = Vec::new();
    codes.extend(SessionKind::ALL.iter().map(|v| v.as_str()));
    codes.extend(SessionForm::ALL.iter().map(|v| v.as_str()));
    codes.extend(ChairRole::ALL.iter().map(|v| v.as_str()));
    codes.extend(DelegationReason::ALL.iter().map(|v| v.as_str()));
    codes.extend(Level::ALL.iter().map(|v| v.as_str()));
    codes.extend(SessionStatus::ALL.iter().map(|v| v.as_str()));
    codes.extend(RegistrationStatus::ALL.iter().map(|v| v.as_str()));
    codes.extend(RefusalReason::ALL.iter().map(|v| v.as_str()));
    codes.extend(Category::ALL.iter().map(|v| v.as_str()));
    codes.extend(Priority::ALL.iter().map(|v| v.as_str()));
    codes.extend(OpinionStatus::ALL.iter().map(|v| v.as_str()));
    codes.extend(OutOfScopeKind::ALL.iter().map(|v| v.as_str()));
    let missing: Vec<&&str> = codes.iter().filter(|c| !has_label(c)).collect();
    assert!(missing.is_empty(), "codes without a label: {missing:?}");
}

/// Every key the code asks for by a literal label key, and every word a refusal of the
/// state machine carries, is in the catalogue: nothing falls back to the raw key.
#[test]
fn every_key_used_in_the_code_is_in_the_catalogue() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut used = std::collections::BTreeSet::new();
    let mut stack = vec![root];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("src").flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let text = std::fs::read_to_string(&path).expect("read");
            for piece in text.split("label(\"").skip(1) {
                if let Some(key) = piece.split('"').next() {
                    used.insert(key.to_string());
                }
            }
            if path.ends_with("rules/lifecycle.rs") {
                for field in ["action: \"", "state: \"", "what: \"", "reference: \""] {
                    for piece in text.split(field).skip(1) {
                        if let Some(word) = piece.split('"').next() {
                            used.insert(word.to_string());
                        }
                    }
                }
                for piece in text.split("allowed: \"").skip(1) {
                    if let Some(words) = piece.split('"').next() {
                        for word in words.split(" or ") {
                            used.insert(word.to_string());
                        }
                    }
                }
            }
        }
    }
    let missing: Vec<&String> = used
        .iter()
        .filter(|k| !has_label(k) && !k.contains('{'))
        .collect();
    assert!(
        missing.is_empty(),
        "keys used but not in the catalogue: {missing:?}"
    );
}

#[test]
fn english_counts_agree_with_their_noun() {
    set_lang(Some("en")).expect("en");
    let one = standing(&Standing::Overdue { days: 1 }, Unit::WorkingDays);
    let three = standing(&Standing::Pending { days_left: 3 }, Unit::WorkingDays);
    assert_eq!(one, "1 working day overdue");
    assert_eq!(three, "due in 3 working days");
}
