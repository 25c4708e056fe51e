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
/// newline, which could rewrite a terminal or a cron mail), any format character (general
/// category Cf: zero-width joiners, bidirectional overrides that make "Nguyễn Văn A" display as
/// another name, the Arabic letter mark, soft hyphen, tags, interlinear annotations), a line or
/// paragraph separator, a private-use or surrogate code point, and every default-ignorable code
/// point (the Hangul filler U+3164, variation selectors…), which renders as nothing. Vietnamese
/// needs none of them. The sets come from the Unicode Character Database (ICU4X), not a hand list.
#[inline]
pub fn is_hidden(c: char) -> bool {
    if c == '\n' || c == '\t' {
        return false;
    }
    if c.is_ascii() {
        return c.is_ascii_control();
    }
    // Vietnamese letters and their combining marks: never hidden, and what most text is made
    // of (the writers filter every character they write).
    if matches!(c, '\u{C0}'..='\u{24F}' | '\u{1E00}'..='\u{1EFF}')
        || (matches!(c, '\u{300}'..='\u{36F}') && c != '\u{34F}')
    {
        return false;
    }
    is_hidden_elsewhere(c)
}

/// Whether `text` holds a hidden character (`is_hidden`), read byte by byte: ASCII and the
/// UTF-8 forms of the Vietnamese letters and combining marks are told apart without decoding
/// (every cell of an export passes here); any other character is decoded and asked.
pub fn has_hidden(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let (visible, width) = match b {
            b'\n' | b'\t' => (true, 1),
            0x00..=0x1f | 0x7f => return true,
            0x20..=0x7e => (true, 1),
            // U+00C0–U+023F: Latin letters with their marks.
            0xc3..=0xc8 => (true, 2),
            // U+0300–U+033F: combining marks.
            0xcc => (true, 2),
            // U+0340–U+036F but U+034F (the combining grapheme joiner, default-ignorable).
            0xcd if bytes
                .get(i + 1)
                .is_some_and(|n| (0x80..0xb0).contains(n) && *n != 0x8f) =>
            {
                (true, 2)
            }
            // U+1E00–U+1EFF: the Latin letters Vietnamese adds (ạ, ế, ữ…).
            0xe1 if bytes.get(i + 1).is_some_and(|n| (0xb8..=0xbb).contains(n)) => (true, 3),
            _ => (false, 0),
        };
        if visible {
            i += width;
            continue;
        }
        // Any other character: decoded (the index is always at a character's start).
        match text[i..].chars().next() {
            Some(c) if is_hidden(c) => return true,
            Some(c) => i += c.len_utf8(),
            None => return false,
        }
    }
    false
}

/// `is_hidden` for a character outside ASCII and the Vietnamese letters: the Unicode tables.
#[inline(never)]
fn is_hidden_elsewhere(c: char) -> bool {
    use icu_properties::props::{DefaultIgnorableCodePoint, GeneralCategory};
    use icu_properties::{CodePointMapData, CodePointSetData};
    let category = CodePointMapData::<GeneralCategory>::new().get(c);
    matches!(
        category,
        GeneralCategory::Control
            | GeneralCategory::Format
            | GeneralCategory::LineSeparator
            | GeneralCategory::ParagraphSeparator
            | GeneralCategory::PrivateUse
            | GeneralCategory::Surrogate
            | GeneralCategory::Unassigned
    ) || CodePointSetData::new::<DefaultIgnorableCodePoint>().contains(c)
        // The braille blank renders as a space in every font but is not one.
        || c == '\u{2800}'
}

/// A path as a message shows it: lossy UTF-8, with hidden characters (ESC, CR, bidi controls)
/// written as visible `\u{…}` escapes — a file name must not rewrite the terminal.
pub fn shown_path(path: &std::path::Path) -> String {
    escape_hidden(&without_password(&path.to_string_lossy()))
}

/// A database's address without its password (in the user part or a `password=` parameter),
/// anything else as it is: what is ever shown of a `--db`. Read as the driver reads it: the
/// user part ends at the first `@` (a password may hold `/` or `?`), a parameter's name is
/// percent-decoded (`%70assword` is `password`); a keyword string (`host=… password=…`) loses
/// its `password=` word.
pub fn without_password(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        if let Some(pairs) = keyword_pairs(url) {
            return keyword_string(
                pairs
                    .into_iter()
                    .filter(|(key, _)| key != "password")
                    .map(|(key, value)| (key, without_password_word(&value))),
            );
        }
        // Not readable as libpq reads it (an unclosed quote…): nothing from the word
        // `password` on is shown, wherever its value would end.
        // A mistyped URL (`postgres:user:secret@host`) shows its scheme and what follows its
        // last '@', never what comes before.
        let lower = url.to_ascii_lowercase();
        if lower.starts_with("postgres") {
            let scheme = url.split(':').next().unwrap_or_default();
            return match url.rsplit_once('@') {
                Some((_, host)) => format!("{scheme}:…@{host}"),
                None => format!("{scheme}:…"),
            };
        }
        return match lower.find("password") {
            Some(at) => url[..at].trim_end().to_string(),
            None => url.to_string(),
        };
    };
    let (user, rest) = match credentials_end(rest) {
        Some(at) => {
            let credentials = &rest[..at];
            let user = credentials.split_once(':').map_or(credentials, |(u, _)| u);
            let user = user.split_once('@').map_or(user, |(u, _)| u);
            (format!("{user}@"), &rest[at + 1..])
        }
        None => (String::new(), rest),
    };
    let rest = match rest.split_once('?') {
        Some((place, query)) => {
            let kept: Vec<&str> = query
                .split('&')
                .filter(|kv| {
                    percent_decoded(kv.split('=').next().unwrap_or_default()) != "password"
                })
                .collect();
            if kept.is_empty() {
                place.to_string()
            } else {
                format!("{place}?{}", kept.join("&"))
            }
        }
        None => rest.to_string(),
    };
    format!("{scheme}://{user}{rest}")
}

/// Where a URL's user part (its credentials) ends, in the text after `://`: the driver's first
/// `@`; a password holding an unencoded `@` runs on to a later one (before any `?`). Nothing
/// before it is ever shown or read as a setting.
fn credentials_end(rest: &str) -> Option<usize> {
    let mut end = rest.find('@');
    while let Some(at) = end {
        match rest[at + 1..].find('@') {
            Some(n) if !rest[at + 1..at + 1 + n].contains('?') => end = Some(at + 1 + n),
            _ => break,
        }
    }
    end
}

/// The keywords of libpq's connection strings (PostgreSQL 15).
const LIBPQ_KEYWORDS: &[&str] = &[
    "host",
    "hostaddr",
    "port",
    "dbname",
    "user",
    "password",
    "passfile",
    "channel_binding",
    "connect_timeout",
    "client_encoding",
    "options",
    "application_name",
    "fallback_application_name",
    "keepalives",
    "keepalives_idle",
    "keepalives_interval",
    "keepalives_count",
    "tcp_user_timeout",
    "replication",
    "gssencmode",
    "sslmode",
    "requiressl",
    "sslcompression",
    "sslcert",
    "sslkey",
    "sslpassword",
    "sslrootcert",
    "sslcrl",
    "sslcrldir",
    "sslsni",
    "requirepeer",
    "ssl_min_protocol_version",
    "ssl_max_protocol_version",
    "krbsrvname",
    "gsslib",
    "service",
    "target_session_attrs",
    "load_balance_hosts",
];

/// Whether `text` was meant as a PostgreSQL address, readable or not: it begins with
/// `postgres:` or `postgresql:` (any case), or its first word is a libpq keyword followed by
/// `=` (any case). Such a text is never taken as a file's name: a mistyped address would
/// otherwise become a file named after its password.
pub fn meant_as_address(text: &str) -> bool {
    let lower = text.trim_start().to_ascii_lowercase();
    if lower.starts_with("postgres:") || lower.starts_with("postgresql:") {
        return true;
    }
    let word: String = lower
        .chars()
        .take_while(|c| c.is_ascii_lowercase() || *c == '_')
        .collect();
    LIBPQ_KEYWORDS.contains(&word.as_str()) && lower[word.len()..].trim_start().starts_with('=')
}

/// A libpq keyword connection string (`host=db.hanoi.gov.vn dbname=hanoi user=phuong_hm`)
/// taken apart as libpq reads one: pairs separated by spaces, spaces allowed around `=`, a value
/// either bare (a backslash keeps the next character) or in single quotes (`\'` and `\\`
/// inside). `None` when `text` is not one: a word without `=` or not a keyword's (lower-case
/// letters, digits, `_`), or an unclosed quote.
pub fn keyword_pairs(text: &str) -> Option<Vec<(String, String)>> {
    let mut pairs = Vec::new();
    let mut chars = text.chars().peekable();
    loop {
        while chars.next_if(|c| c.is_whitespace()).is_some() {}
        if chars.peek().is_none() {
            break;
        }
        let mut key = String::new();
        while let Some(c) = chars.next_if(|c| *c != '=' && !c.is_whitespace()) {
            key.push(c);
        }
        while chars.next_if(|c| c.is_whitespace()).is_some() {}
        chars.next_if_eq(&'=')?;
        while chars.next_if(|c| c.is_whitespace()).is_some() {}
        let mut value = String::new();
        if chars.next_if_eq(&'\'').is_some() {
            loop {
                match chars.next()? {
                    '\'' => break,
                    '\\' => value.push(chars.next()?),
                    c => value.push(c),
                }
            }
        } else {
            while let Some(c) = chars.next_if(|c| !c.is_whitespace()) {
                if c == '\\' {
                    value.push(chars.next()?);
                } else {
                    value.push(c);
                }
            }
        }
        let keyword = !key.is_empty()
            && key
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
        if !keyword {
            return None;
        }
        pairs.push((key, value));
    }
    Some(pairs)
}

/// Whether `text` is a libpq keyword string doithoai takes as a server's address: readable as
/// one (`keyword_pairs`), and either one of its keywords says where to connect (`host`,
/// `hostaddr`, `port`, `dbname`, `user`, `service`) or every word is libpq's own
/// (`sslmode=disable`, the server then named by `PGHOST` and the like). A file's name such as
/// `a=b.db` is neither.
pub fn is_keyword_address(text: &str) -> bool {
    let Some(pairs) = keyword_pairs(text) else {
        return false;
    };
    !pairs.is_empty()
        && (pairs.iter().any(|(key, _)| {
            matches!(
                key.as_str(),
                "host" | "hostaddr" | "port" | "dbname" | "user" | "service"
            )
        }) || pairs
            .iter()
            .all(|(key, _)| LIBPQ_KEYWORDS.contains(&key.as_str())))
}

/// A value with nothing from the word `password` on (any case): `sslmode= password=…` gives
/// `sslmode` the value `password=…`, as libpq reads it, and that value is never shown.
pub fn without_password_word(value: &str) -> String {
    match value.to_ascii_lowercase().find("password") {
        Some(at) => format!("{}…", &value[..at]),
        None => value.to_string(),
    }
}

/// A keyword string of `pairs`, each value as libpq reads it back.
pub fn keyword_string(pairs: impl IntoIterator<Item = (String, String)>) -> String {
    pairs
        .into_iter()
        .map(|(key, value)| format!("{key}={}", keyword_value(&value)))
        .collect::<Vec<_>>()
        .join(" ")
}

/// A value of a keyword string as libpq reads it back: bare when it can be, else quoted.
fn keyword_value(value: &str) -> String {
    let plain = !value.is_empty()
        && !value
            .chars()
            .any(|c| c.is_whitespace() || c == '\'' || c == '\\');
    if plain {
        return value.to_string();
    }
    let escaped = value.replace('\\', "\\\\").replace('\'', "\\'");
    format!("'{escaped}'")
}

/// The names of an address's settings: a keyword string's keywords, a URL's query parameters
/// (percent-decoded, as the driver reads them), and `port` for a URL host's port.
pub fn address_settings(address: &str) -> Vec<String> {
    address_values(address)
        .into_iter()
        .map(|(key, _)| key)
        .collect()
}

/// An address's settings with their values as the driver reads them: a keyword string's pairs;
/// a URL's query parameters (percent-decoded) and, as `port`, each of its hosts' ports
/// (`postgres://h1:5433,[::1]:5434/db`). Nothing else of a URL (its user, password, hosts,
/// database) is a setting here.
pub fn address_values(address: &str) -> Vec<(String, String)> {
    let Some((_, rest)) = address.split_once("://") else {
        return keyword_pairs(address).unwrap_or_default();
    };
    // The hosts come after the user's part, whose password may hold any character: nothing of
    // it is read here (`without_password` hides the same part).
    let rest = credentials_end(rest).map_or(rest, |at| &rest[at + 1..]);
    let (before_query, query) = rest.split_once('?').unwrap_or((rest, ""));
    let hosts = before_query.split('/').next().unwrap_or_default();
    let mut values: Vec<(String, String)> = hosts
        .split(',')
        .filter_map(|host| {
            // An IPv6 address in brackets holds colons of its own (unclosed: no port to read).
            let after_address = match host.rsplit_once(']') {
                Some((_, tail)) => tail,
                None if host.starts_with('[') => return None,
                None => host,
            };
            after_address
                .split_once(':')
                .map(|(_, port)| ("port".to_string(), percent_decoded(port)))
        })
        .collect();
    values.extend(query.split('&').filter(|kv| !kv.is_empty()).map(|kv| {
        let (key, value) = kv.split_once('=').unwrap_or((kv, ""));
        (percent_decoded(key), percent_decoded(value))
    }));
    values
}

/// `%XX` sequences decoded (what a URL's reader sees), anything else as it is.
fn percent_decoded(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| char::from(b).to_digit(16);
        match (
            bytes[i],
            bytes.get(i + 1).copied().and_then(hex),
            bytes.get(i + 2).copied().and_then(hex),
        ) {
            (b'%', Some(high), Some(low)) => {
                out.push(u8::try_from(high * 16 + low).unwrap_or(b'?'));
                i += 3;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The text with every hidden character (and carriage return) written as a visible `\u{…}`
/// escape: what an error message may echo of a user's value without letting it rewrite the
/// terminal or reorder the line.
pub fn escape_hidden(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c == '\n' || c == '\t' || is_hidden(c) {
            out.push_str(&format!("\\u{{{:04X}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out
}

/// Every space-like separator (no-break space, thin space, ideographic space…) as the plain
/// space a keyboard types: "Lan\u{A0}Văn" and "Lan Văn" must not be two names.
pub fn plain_spaces(text: &str) -> String {
    use icu_properties::props::GeneralCategory;
    use icu_properties::CodePointMapData;
    text.chars()
        .map(|c| {
            if !c.is_ascii()
                && CodePointMapData::<GeneralCategory>::new().get(c)
                    == GeneralCategory::SpaceSeparator
            {
                ' '
            } else {
                c
            }
        })
        .collect()
}

/// Whether two names are the same name as a clerk means it: up to letter case, Unicode
/// composition and spaces (leading, trailing, doubled, no-break) — but not diacritics, which
/// tell Vietnamese words apart ("Phòng  kinh tế " is "Phòng Kinh tế"; "Phong Kinh te" is a
/// different spelling the clerk is asked about).
pub fn same_name(a: &str, b: &str) -> bool {
    fn key(s: &str) -> String {
        nfc(&plain_spaces(s))
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    }
    key(a) == key(b)
}

/// The first hidden character of a text, if any; a combining mark with no letter to combine
/// with (at the start, or after a space) counts as hidden: it renders as nothing or floats.
pub fn first_hidden_char_or_orphan_mark(text: &str) -> Option<char> {
    let mut previous: Option<char> = None;
    for c in text.chars() {
        if is_hidden(c) || (is_combining_mark(c) && previous.is_none_or(char::is_whitespace)) {
            return Some(c);
        }
        previous = Some(c);
    }
    None
}

/// The first hidden character of a text, if any.
pub fn first_hidden_char(text: &str) -> Option<char> {
    text.chars().find(|&c| is_hidden(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The byte-by-byte reading agrees with asking every character, over every code point of
    /// the first three planes' interesting ranges, alone and between Vietnamese letters.
    #[test]
    fn hidden_characters_are_found_byte_by_byte_as_character_by_character() {
        let ranges = [
            0u32..0x600,
            0x1dc0..0x2100,
            0x2800..0x2810,
            0x3160..0x3170,
            0xd7f0..0xd800,
            0xe000..0xe010,
            0xfe00..0xfe10,
            0xfeff..0xff00,
            0xfff0..0x10000,
            0x1d170..0x1d180,
            0xe0000..0xe0080,
        ];
        for c in ranges.into_iter().flatten().filter_map(char::from_u32) {
            for text in [
                c.to_string(),
                format!("Phường Hoàng Mai {c} ngõ 12"),
                format!("ữ{c}"),
            ] {
                assert_eq!(
                    has_hidden(&text),
                    text.chars().any(is_hidden),
                    "U+{:04X} in {text:?}",
                    c as u32
                );
            }
        }
    }

    #[test]
    fn search_ignores_diacritics_and_folds_d_stroke() {
        assert_eq!(fold("Đất đai"), "dat dai");
        assert_eq!(fold("Đường ngõ 12"), "duong ngo 12");
        assert_eq!(fold("Quận  Đống Đa"), "quan dong da");
        assert!(fold("Đề nghị sửa chữa đường ngõ 12, Phường Hoàng Mai").contains(&fold("duong")));
    }

    #[test]
    fn same_name_up_to_case_spaces_and_composition_not_diacritics() {
        assert!(same_name(" Phòng  kinh tế ", "Phòng Kinh tế"));
        assert!(same_name("Pho\u{300}ng Kinh\u{A0}tế", "Phòng Kinh tế"));
        assert!(same_name("PHÒNG KINH TẾ", "Phòng Kinh tế"));
        assert!(!same_name("Phong Kinh te", "Phòng Kinh tế"));
        assert!(!same_name("Phòng Kinh tế 2", "Phòng Kinh tế"));
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

    #[test]
    fn every_format_and_default_ignorable_character_is_hidden() {
        for c in [
            '\u{061C}',
            '\u{00AD}',
            '\u{180E}',
            '\u{E0041}',
            '\u{FFF9}',
            '\u{3164}',
            '\u{2028}',
            '\u{2029}',
            '\u{0085}',
            '\u{FE0F}',
            '\u{E000}',
            '\u{200D}',
            '\u{2066}',
        ] {
            assert!(is_hidden(c), "U+{:04X} must be refused", u32::from(c));
        }
        for c in
            "Nguyễn Thị Mai, số 5 ngõ 12 Tân Mai — Đề nghị sửa chữa đường «ngõ» 12… ½ 😀".chars()
        {
            assert!(!is_hidden(c), "U+{:04X} is visible", u32::from(c));
        }
    }

    #[test]
    fn other_spaces_become_the_plain_space_and_orphan_marks_are_hidden() {
        assert_eq!(plain_spaces("Lan\u{A0}Văn\u{3000}An"), "Lan Văn An");
        assert_eq!(
            first_hidden_char_or_orphan_mark("\u{301}Lan"),
            Some('\u{301}')
        );
        assert_eq!(first_hidden_char_or_orphan_mark("Nguyễn"), None);
    }

    #[test]
    fn escaped_text_keeps_no_hidden_character() {
        let raw = "Nguy\rễn\u{0085}\u{202E}A\nB";
        let escaped = escape_hidden(raw);
        assert_eq!(first_hidden_char(&escaped), None);
        assert!(!escaped.contains('\n') && !escaped.contains('\r'));
        assert!(escaped.contains("\\u{202E}") && escaped.contains("Nguy"));
    }
}
