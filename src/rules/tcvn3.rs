//! TCVN3 (TCVN 5712:1993, the "ABC" fonts such as .VnTime) to Unicode. Many office sheets were
//! typed in those fonts: the file holds one byte per letter, which Excel shows as Latin-1 marks
//! ("B¶o Th¾ng" for "Bảo Thắng"). The mapping is a fixed table; the upper-case fonts
//! (.VnTimeH) reuse the lower-case codes, so their text comes out in lower case.

/// The letters of bytes 0xA1–0xFE (0 where TCVN3 leaves the byte as it is).
const HIGH: [char; 94] = [
    // 0xA1–0xAE: Ă Â Ê Ô Ơ Ư Đ ă â ê ô ơ ư đ
    'Ă', 'Â', 'Ê', 'Ô', 'Ơ', 'Ư', 'Đ', 'ă', 'â', 'ê', 'ô', 'ơ', 'ư', 'đ',
    // 0xAF–0xB4: unused
    '\0', '\0', '\0', '\0', '\0', '\0', // 0xB5–0xB9: à ả ã á ạ
    'à', 'ả', 'ã', 'á', 'ạ',  // 0xBA: unused
    '\0', // 0xBB–0xBE: ằ ẳ ẵ ắ
    'ằ', 'ẳ', 'ẵ', 'ắ', // 0xBF–0xC5: unused
    '\0', '\0', '\0', '\0', '\0', '\0', '\0', // 0xC6–0xCC: ặ ầ ẩ ẫ ấ ậ è
    'ặ', 'ầ', 'ẩ', 'ẫ', 'ấ', 'ậ', 'è',  // 0xCD: unused
    '\0', // 0xCE–0xD8: ẻ ẽ é ẹ ề ể ễ ế ệ ì ỉ
    'ẻ', 'ẽ', 'é', 'ẹ', 'ề', 'ể', 'ễ', 'ế', 'ệ', 'ì', 'ỉ', // 0xD9–0xDB: unused
    '\0', '\0', '\0', // 0xDC–0xDF: ĩ í ị ò
    'ĩ', 'í', 'ị', 'ò',  // 0xE0: unused
    '\0', // 0xE1–0xEF: ỏ õ ó ọ ồ ổ ỗ ố ộ ờ ở ỡ ớ ợ ù
    'ỏ', 'õ', 'ó', 'ọ', 'ồ', 'ổ', 'ỗ', 'ố', 'ộ', 'ờ', 'ở', 'ỡ', 'ớ', 'ợ', 'ù',
    // 0xF0: unused
    '\0', // 0xF1–0xFE: ủ ũ ú ụ ừ ử ữ ứ ự ỳ ỷ ỹ ý ỵ
    'ủ', 'ũ', 'ú', 'ụ', 'ừ', 'ử', 'ữ', 'ứ', 'ự', 'ỳ', 'ỷ', 'ỹ', 'ý', 'ỵ',
];

/// The letter of one TCVN3 byte.
pub fn letter(byte: u8) -> Option<char> {
    match byte {
        0xA1..=0xFE => Some(HIGH[usize::from(byte - 0xA1)]).filter(|c| *c != '\0'),
        _ => None,
    }
}

/// The Latin-1 letters Vietnamese Unicode text uses: in a cell they say "already Unicode".
const VIETNAMESE_LATIN1: &str = "àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ";

/// Whether a cell is TCVN3 text shown as Latin-1: it has a byte-glyph TCVN3 uses that is not a
/// Vietnamese letter in Unicode, and nothing beyond Latin-1.
pub fn looks_like_tcvn3(text: &str) -> bool {
    text.chars().all(|c| u32::from(c) <= 0xFF)
        && text.chars().any(|c| {
            u8::try_from(u32::from(c)).ok().and_then(letter).is_some()
                && !VIETNAMESE_LATIN1.contains(c)
        })
}

/// Text read as Latin-1 (a spreadsheet cell, a CSV byte per character) back to the Vietnamese it
/// was typed as.
pub fn to_unicode(text: &str) -> String {
    let converted: String = text
        .chars()
        .map(|c| {
            u8::try_from(u32::from(c))
                .ok()
                .and_then(letter)
                .unwrap_or(c)
        })
        .collect();
    crate::rules::text::nfc(&converted)
}

/// The raw bytes of a TCVN3 file as text.
pub fn bytes_to_unicode(bytes: &[u8]) -> String {
    let text: String = bytes
        .iter()
        .map(|b| letter(*b).unwrap_or(char::from(*b)))
        .collect();
    crate::rules::text::nfc(&text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tcvn3_place_names_as_excel_shows_them() {
        assert_eq!(to_unicode("B¶o Th¾ng"), "Bảo Thắng");
        assert_eq!(to_unicode("M\u{AD}êng Kh\u{AD}¬ng"), "Mường Khương");
        assert_eq!(to_unicode("B¸t X¸t"), "Bát Xát");
        assert_eq!(
            to_unicode("§Ò nghÞ söa ®\u{AD}êng ngâ 12"),
            "Đề nghị sửa đường ngõ 12"
        );
        assert_eq!(to_unicode("Hoµng Mai"), "Hoàng Mai");
    }

    #[test]
    fn tcvn3_is_told_from_unicode_by_its_glyphs() {
        assert!(looks_like_tcvn3("B¶o Th¾ng"));
        assert!(looks_like_tcvn3("§Ò nghÞ"));
        assert!(
            !looks_like_tcvn3("Dòng 1"),
            "ò is a Vietnamese letter in Unicode"
        );
        assert!(!looks_like_tcvn3("Ý kiến"));
        assert!(!looks_like_tcvn3("STT"));
    }

    #[test]
    fn tcvn3_bytes_of_a_csv() {
        assert_eq!(
            bytes_to_unicode(b"Ph\xAD\xEAng Ho\xB5ng Mai"),
            "Phường Hoàng Mai"
        );
        assert_eq!(letter(0x41), None);
    }
}
