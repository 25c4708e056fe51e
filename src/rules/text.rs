//! Vietnamese text as data: normalisation and diacritic-insensitive matching.
//!
//! Owns: NFC normalisation of stored text and the folded form used by search, where `dat dai`
//! finds "đất đai" and `dong da` finds "Đống Đa" (đ/Đ fold to d, which Unicode decomposition
//! alone — and SQLite FTS5's `remove_diacritics` — does not do).

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Text in NFC, the form Vietnamese keyboards and documents disagree on least.
pub fn nfc(text: &str) -> String {
    text.nfc().collect()
}

/// Lower-case, without tone marks or vowel marks, đ → d, whitespace collapsed.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last_space = true;
    for c in text.nfd() {
        if is_combining_mark(c) {
            continue;
        }
        let c = match c {
            'đ' | 'Đ' => 'd',
            c => c,
        };
        if c.is_whitespace() {
            if !last_space {
                out.push(' ');
            }
            last_space = true;
            continue;
        }
        last_space = false;
        out.extend(c.to_lowercase());
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// A character that would hide or disguise text: a control character (other than tab and
/// newline, which could rewrite a terminal or a cron mail), a zero-width character, or a
/// bidirectional override (which can make "Nguyễn Văn A" display as another name). Vietnamese
/// needs none of them.
pub fn is_hidden(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

/// The first hidden character of a text, if any.
pub fn first_hidden_char(text: &str) -> Option<char> {
    text.chars().find(|&c| is_hidden(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_ignores_diacritics_and_folds_d_stroke() {
        assert_eq!(fold("Đất đai"), "dat dai");
        assert_eq!(fold("Đường ngõ 12"), "duong ngo 12");
        assert_eq!(fold("Quận  Đống Đa"), "quan dong da");
        assert!(fold("Đề nghị sửa chữa đường ngõ 12, Phường Hoàng Mai").contains(&fold("duong")));
    }

    #[test]
    fn nfc_joins_decomposed_vietnamese() {
        let decomposed = "Hoa\u{300}ng Mai";
        assert_eq!(nfc(decomposed), "Hoàng Mai");
        assert_eq!(fold(decomposed), "hoang mai");
    }

    #[test]
    fn control_characters_are_not_printable() {
        assert_eq!(first_hidden_char("Nguyễn Văn An\tphố Tân Mai"), None);
        assert_eq!(first_hidden_char("Nguyễn\u{1b}[2J"), Some('\u{1b}'));
        assert_eq!(first_hidden_char("Nguy\u{200B}ễn"), Some('\u{200B}'));
        assert_eq!(first_hidden_char("Văn \u{202E}nA"), Some('\u{202E}'));
    }
}
