//! The words of the interface, in files a translator edits: `i18n/en/doithoai.ftl` and
//! `i18n/vi/doithoai.ftl` (Project Fluent), embedded in the binary. Ids are checked at build time
//! (`build.rs`: both catalogues hold the same ids; each sentence id is a constant of `id`, so a
//! message the catalogues lack does not compile). Bidi isolation marks are off: the tool refuses
//! those characters in input and never writes them.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::OnceLock;

include!(concat!(env!("OUT_DIR"), "/catalogue_ids.rs"));

const EN: &str = include_str!("../i18n/en/doithoai.ftl");
const VI: &str = include_str!("../i18n/vi/doithoai.ftl");
const EN_HELP: &str = include_str!("../i18n/en/help.ftl");
const VI_HELP: &str = include_str!("../i18n/vi/help.ftl");
/// The papers' wording: Vietnamese only (Decree 30/2020/NĐ-CP, Art. 8).
const VI_PAPERS: &str = include_str!("../i18n/vi/papers.ftl");

/// A language the catalogues are written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Catalogue {
    En,
    Vi,
}

type Bundle = FluentBundle<FluentResource>;

/// The text of the entry `id` in a catalogue (found in the index `build.rs` made), or `None`.
fn entry(language: Catalogue, id: &str) -> Option<(&'static str, &'static str)> {
    let (index, texts): (_, &[&'static str]) = match language {
        Catalogue::En => (EN_INDEX, &[EN, EN_HELP]),
        Catalogue::Vi => (VI_INDEX, &[VI, VI_HELP, VI_PAPERS]),
    };
    let at = index.binary_search_by(|(key, ..)| (*key).cmp(id)).ok()?;
    let (key, file, start, end) = index[at];
    Some((key, texts.get(file)?.get(start..end)?))
}

/// A paper's words: the message `id` of `i18n/vi/papers.ftl` with its variables. Papers are
/// written in Vietnamese whatever the interface's language.
pub fn paper_text(id: &str, args: &[(&str, Arg)]) -> String {
    message(Catalogue::Vi, id, args).unwrap_or_else(|| id.to_string())
}

/// A word of the Vietnamese catalogue (`label-…`, `balance-…`) for a paper, whatever the
/// interface's language; the key itself when it has none.
pub fn paper_word(prefix: &str, key: &str) -> String {
    let id = format!("{prefix}-{}", key.replace(' ', "-"));
    message(Catalogue::Vi, &id, &[]).unwrap_or_else(|| key.to_string())
}

/// A bundle holding the one message `id` of `language`, parsed on first use and kept.
fn bundle(language: Catalogue, id: &str) -> Option<std::sync::Arc<Bundle>> {
    type Bundles = std::collections::HashMap<(Catalogue, &'static str), std::sync::Arc<Bundle>>;
    static BUNDLES: OnceLock<std::sync::Mutex<Bundles>> = OnceLock::new();
    let (key, text) = entry(language, id)?;
    let bundles = BUNDLES.get_or_init(Default::default);
    if let Some(found) = bundles.lock().ok()?.get(&(language, key)) {
        return Some(found.clone());
    }
    let tag = match language {
        Catalogue::En => unic_langid::langid!("en"),
        Catalogue::Vi => unic_langid::langid!("vi"),
    };
    let made = std::sync::Arc::new(load(&[text], tag));
    bundles.lock().ok()?.insert((language, key), made.clone());
    Some(made)
}

fn load(texts: &[&str], language: unic_langid::LanguageIdentifier) -> Bundle {
    let mut bundle = FluentBundle::new_concurrent(vec![language]);
    bundle.set_use_isolating(false);
    for text in texts {
        // The catalogues are part of the build (`include_str!`) and checked by the tests: a
        // syntax error there is a bug of this build, found before release.
        let resource = FluentResource::try_new((*text).to_string()).unwrap_or_else(|(r, _)| r);
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// Whether every variable a wording names (`named`) is among the values given: evaluated when
/// the program is compiled, by `msg!`.
pub const fn all_given(named: &[&str], given: &[&str]) -> bool {
    const fn same(a: &str, b: &str) -> bool {
        let (a, b) = (a.as_bytes(), b.as_bytes());
        if a.len() != b.len() {
            return false;
        }
        let mut i = 0;
        while i < a.len() {
            if a[i] != b[i] {
                return false;
            }
            i += 1;
        }
        true
    }
    let mut n = 0;
    while n < named.len() {
        let mut g = 0;
        let mut found = false;
        while g < given.len() {
            if same(named[n], given[g]) {
                found = true;
            }
            g += 1;
        }
        if !found {
            return false;
        }
        n += 1;
    }
    true
}

/// A value given to a message: text, or a number (a number chooses a plural form).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    Text(String),
    Number(i64),
    /// Words in the interface's language computed for the message (a label, a list of them):
    /// shown, never serialized — the facts they word are among the other values.
    Word(String),
    /// A day: `2026-12-07` in English, `07/12/2026` in Vietnamese; ISO in JSON.
    Date(chrono::NaiveDate),
    /// A code worded by its label in the message's language (`held` → "đã tổ chức"), lower
    /// case inside a sentence when `lower`; the code in JSON.
    Label {
        code: String,
        lower: bool,
    },
    /// A moment of the history (RFC 3339, UTC) as a clerk reads it: Vietnam time,
    /// `2026-11-29 09:23` in English, `29/11/2026 09:23` in Vietnamese; as stored in JSON.
    Time(String),
    /// A command line a hint gives (`doithoai session show 3`), in the message's language's
    /// command words (`doithoai hoi-nghi xem 3`); as given in JSON.
    Command(String),
    /// Days, joined by commas, each worded as `Date`; ISO in JSON.
    Dates(Vec<chrono::NaiveDate>),
    /// Sentences of their own (the problems of a schedule), each worded in the message's
    /// language, joined by semicolons; their codes and values in JSON.
    Messages(Vec<Message>),
}

/// Days given to a message (`Arg::Dates`).
#[derive(Debug, Clone)]
pub struct Days(pub Vec<chrono::NaiveDate>);

impl ToArg for Days {
    fn to_arg(&self) -> Arg {
        Arg::Dates(self.0.clone())
    }
}

/// A command line given to a message as a hint (`Arg::Command`).
#[derive(Debug, Clone)]
pub struct CommandLine(pub String);

impl ToArg for CommandLine {
    fn to_arg(&self) -> Arg {
        Arg::Command(self.0.clone())
    }
}

/// Sentences given to a message (`Arg::Messages`).
impl ToArg for Vec<Message> {
    fn to_arg(&self) -> Arg {
        Arg::Messages(self.clone())
    }
}

/// A day given to a message, worded in the message's language when it is shown.
#[derive(Debug, Clone, Copy)]
pub struct Day(pub chrono::NaiveDate);

impl ToArg for Day {
    fn to_arg(&self) -> Arg {
        Arg::Date(self.0)
    }
}

/// A code given to a message, worded by its label when it is shown (`Label::lower` inside a
/// sentence).
#[derive(Debug, Clone)]
pub struct Label(pub String, bool);

impl Label {
    pub fn of(code: impl Into<String>) -> Label {
        Label(code.into(), false)
    }

    pub fn lower(code: impl Into<String>) -> Label {
        Label(code.into(), true)
    }
}

impl ToArg for Label {
    fn to_arg(&self) -> Arg {
        Arg::Label {
            code: self.0.clone(),
            lower: self.1,
        }
    }
}

/// A moment of the history given to a message, worded in Vietnam time when it is shown.
#[derive(Debug, Clone)]
pub struct Moment(pub String);

impl ToArg for Moment {
    fn to_arg(&self) -> Arg {
        Arg::Time(self.0.clone())
    }
}

/// A typed value in the words of `language`.
fn in_words(language: Catalogue, value: &Arg) -> Option<String> {
    Some(match value {
        Arg::Date(day) => match language {
            Catalogue::En => day.format("%Y-%m-%d").to_string(),
            Catalogue::Vi => day.format("%d/%m/%Y").to_string(),
        },
        Arg::Label { code, lower } => {
            let id = format!("label-{}", code.replace(' ', "-"));
            let word = message(language, &id, &[]).unwrap_or_else(|| code.clone());
            if *lower {
                word.to_lowercase()
            } else {
                word
            }
        }
        Arg::Time(at) => {
            let (Ok(t), Some(vietnam)) = (
                chrono::DateTime::parse_from_rfc3339(at),
                chrono::FixedOffset::east_opt(7 * 3600),
            ) else {
                return Some(at.clone());
            };
            let local = t.with_timezone(&vietnam);
            match language {
                Catalogue::En => local.format("%Y-%m-%d %H:%M").to_string(),
                Catalogue::Vi => local.format("%d/%m/%Y %H:%M").to_string(),
            }
        }
        Arg::Command(line) => crate::words::command_line_in(language == Catalogue::Vi, line),
        Arg::Dates(days) => days
            .iter()
            .filter_map(|day| in_words(language, &Arg::Date(*day)))
            .collect::<Vec<_>>()
            .join(", "),
        Arg::Messages(sentences) => sentences
            .iter()
            .map(|sentence| sentence.in_language(language))
            .collect::<Vec<_>>()
            .join("; "),
        Arg::Text(_) | Arg::Number(_) | Arg::Word(_) => return None,
    })
}

/// What can be given to a message as a variable.
pub trait ToArg {
    fn to_arg(&self) -> Arg;
}

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl ToArg for $t {
            fn to_arg(&self) -> Arg {
                Arg::Number(i64::try_from(*self).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_args!(i64, i32, u32, u16, u8, usize, u64);

macro_rules! text_args {
    ($($t:ty),*) => {$(
        impl ToArg for $t {
            fn to_arg(&self) -> Arg {
                Arg::Text(self.to_string())
            }
        }
    )*};
}
text_args!(
    str,
    String,
    char,
    chrono::NaiveDate,
    std::borrow::Cow<'_, str>,
    std::path::Display<'_>,
    std::io::Error,
    rusqlite::Error
);

impl<T: ToArg + ?Sized> ToArg for &T {
    fn to_arg(&self) -> Arg {
        (**self).to_arg()
    }
}

/// A message as data: its catalogue id and the values it words. Errors and outcomes carry it;
/// the edge words it (`Display`: the interface's language) — nothing below the edge holds a
/// sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

/// A message in JSON is data: its code and its values, never the words.
impl serde::Serialize for Message {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        struct Values<'a>(&'a [(&'static str, Arg)]);
        impl serde::Serialize for Values<'_> {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let facts = self.0.iter().filter(|(_, a)| !matches!(a, Arg::Word(_)));
                let mut map = serializer.serialize_map(Some(facts.count()))?;
                for (name, value) in self.0 {
                    match value {
                        Arg::Text(text) | Arg::Time(text) | Arg::Command(text) => {
                            map.serialize_entry(name, text)?
                        }
                        Arg::Dates(days) => {
                            let days: Vec<String> = days.iter().map(|d| d.to_string()).collect();
                            map.serialize_entry(name, &days)?
                        }
                        Arg::Messages(sentences) => map.serialize_entry(name, sentences)?,
                        Arg::Label { code, .. } => map.serialize_entry(name, code)?,
                        Arg::Date(day) => map.serialize_entry(name, &day.to_string())?,
                        Arg::Number(n) => map.serialize_entry(name, n)?,
                        Arg::Word(_) => {}
                    }
                }
                map.end()
            }
        }
        let mut map = serializer.serialize_map(Some(2))?;
        map.serialize_entry("code", self.id)?;
        map.serialize_entry("values", &Values(&self.args))?;
        map.end()
    }
}

impl Message {
    pub fn new(id: &'static str, args: Vec<(&'static str, Arg)>) -> Message {
        Message { id, args }
    }

    /// The message in `language`.
    pub fn in_language(&self, language: Catalogue) -> String {
        message(language, self.id, &self.args).unwrap_or_else(|| self.id.to_string())
    }
}

/// The message `id` in `language` with its variables; `None` when the catalogue has no such
/// message (a key looked up at run time, such as a vocabulary code).
pub fn message(language: Catalogue, id: &str, args: &[(&str, Arg)]) -> Option<String> {
    // Words without variables (labels, headings: a table asks for the same ones per row) are
    // formatted once per process.
    if args.is_empty() {
        type Words = std::collections::HashMap<(Catalogue, String), Option<String>>;
        static WORDS: OnceLock<std::sync::Mutex<Words>> = OnceLock::new();
        let words = WORDS.get_or_init(Default::default);
        let key = (language, id.to_string());
        if let Some(found) = words.lock().ok().and_then(|w| w.get(&key).cloned()) {
            return found;
        }
        let found = format_message(language, id, args);
        if let Ok(mut w) = words.lock() {
            w.insert(key, found.clone());
        }
        return found;
    }
    format_message(language, id, args)
}

/// The values of a message as Fluent reads them.
fn fluent_args<'a>(language: Catalogue, args: &'a [(&str, Arg)]) -> FluentArgs<'a> {
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Text(text) | Arg::Word(text) => {
                fluent_args.set(*name, FluentValue::from(text.as_str()))
            }
            // Fluent's numbers are floats: one past 2^53 (an id typed as 9223372036854775807)
            // would be shown rounded, so it goes as its digits (its plural is "other" anyway).
            Arg::Number(n) if n.unsigned_abs() > 1 << 53 => {
                fluent_args.set(*name, FluentValue::from(n.to_string()))
            }
            Arg::Number(n) => fluent_args.set(*name, FluentValue::from(*n)),
            typed => {
                let words = in_words(language, typed).unwrap_or_default();
                fluent_args.set(*name, FluentValue::from(words))
            }
        }
    }
    fluent_args
}

fn format_message(language: Catalogue, id: &str, args: &[(&str, Arg)]) -> Option<String> {
    let bundle = bundle(language, id)?;
    let pattern = bundle.get_message(id)?.value()?;
    let fluent_args = fluent_args(language, args);
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    // A variable the catalogue names but the code did not give: a bug of this build (the
    // tests run debug builds; a release prints the variable's name in braces).
    debug_assert!(errors.is_empty(), "{id}: {errors:?}");
    Some(text.into_owned())
}

/// Every message id of a catalogue with the given prefix (`label-`, `column-`, `page-`).
#[cfg(test)]
pub fn ids_with_prefix(language: Catalogue, prefix: &str) -> Vec<String> {
    let text = match language {
        Catalogue::En => EN,
        Catalogue::Vi => VI,
    };
    text.lines()
        .filter_map(|line| line.split_once(" =").map(|(id, _)| id))
        .filter(|id| id.starts_with(prefix) && !id.contains(' '))
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all_ids(text: &str) -> std::collections::BTreeSet<String> {
        text.lines()
            .filter_map(|line| line.split_once(" =").map(|(id, _)| id))
            .filter(|id| !id.starts_with(['#', ' ']) && !id.is_empty())
            .map(str::to_string)
            .collect()
    }

    /// An id past 2^53 is shown with every digit (Fluent's numbers are floats).
    #[test]
    fn a_number_past_a_floats_precision_keeps_its_digits() {
        for language in [Catalogue::En, Catalogue::Vi] {
            let text = format_message(
                language,
                "not_found_1",
                &[
                    ("record", "opinion".to_arg()),
                    ("record_word", "ý kiến".to_arg()),
                    ("id", 9_223_372_036_854_775_807_i64.to_arg()),
                    ("list", "doithoai opinion list".to_arg()),
                ],
            )
            .unwrap_or_default();
            assert!(text.contains("9223372036854775807"), "{text}");
        }
    }

    /// Both catalogues parse without an error and hold the same ids: a translator who adds or
    /// forgets one is told.
    #[test]
    fn the_catalogues_parse_and_hold_the_same_ids() {
        for text in [EN, VI, EN_HELP, VI_HELP, VI_PAPERS] {
            if let Err((_, errors)) = FluentResource::try_new(text.to_string()) {
                panic!("{errors:?}");
            }
        }
        assert_eq!(all_ids(EN), all_ids(VI));
        assert_eq!(all_ids(EN_HELP), all_ids(VI_HELP));
        assert!(all_ids(EN).len() > 500);
    }

    /// No message writes a bidi control, an isolation mark or another hidden character.
    #[test]
    fn no_message_writes_a_hidden_character() {
        for text in [EN, VI, EN_HELP, VI_HELP, VI_PAPERS] {
            assert!(
                !text.chars().any(|c| matches!(c, '\u{2066}'..='\u{2069}' | '\u{202A}'..='\u{202E}' | '\u{200E}' | '\u{200F}')),
                "a hidden character in a catalogue"
            );
        }
        let said = message(
            Catalogue::En,
            id::invited,
            &[("id", 3.to_arg()), ("added", 1.to_arg())],
        )
        .expect("invited");
        assert!(!said.contains('\u{2068}'), "{said:?}");
    }

    /// Every message the code words is given every variable its text names, in both
    /// languages: `msg!` is checked by the compiler; the calls that choose their id at run
    /// time are read here from `words/` (`sentence(id::X, &[("name", …)…])`,
    /// `Message::new(id::X, vec![…])`), and the papers' from `ops/document.rs`.
    #[test]
    fn every_call_gives_the_variables_its_message_names() {
        let code = [
            include_str!("words/mod.rs"),
            include_str!("words/values.rs"),
            include_str!("words/errors.rs"),
            include_str!("words/check.rs"),
            include_str!("words/notes.rs"),
        ]
        .concat();
        let code = code.as_str();
        let variables = |text: &str, id: &str| -> std::collections::BTreeSet<String> {
            let mut lines = text
                .lines()
                .skip_while(|l| !l.starts_with(&format!("{id} =")));
            let mut pattern = lines.next().unwrap_or_default().to_string();
            for line in lines.take_while(|l| l.starts_with(' ')) {
                pattern.push_str(line);
            }
            pattern
                .split('$')
                .skip(1)
                .map(|rest| {
                    rest.chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                        .collect()
                })
                .collect()
        };
        let mut checked = 0;
        // The interface's messages (`id::name`, both languages) and the papers' wording
        // (`paper::name` for `paper-name`, Vietnamese only).
        let papers = include_str!("ops/document.rs");
        let calls = code
            .match_indices("id::")
            .map(|(at, _)| (code, at + 4, "", &[EN, VI][..]))
            .chain(
                papers
                    .match_indices("paper::")
                    .map(|(at, _)| (papers, at + 7, "paper-", &[VI_PAPERS][..])),
            );
        for (code, at, prefix, texts) in calls {
            let rest = &code[at..];
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            let id = if prefix.is_empty() {
                name
            } else {
                format!("{prefix}{}", name.replace('_', "-"))
            };
            // The argument list: from the next '[' to its matching ']'.
            let Some(open) = rest.find('[') else { continue };
            if rest[..open].contains(';') || rest[..open].contains('}') {
                continue;
            }
            let (mut depth, mut end, mut in_text) = (0, open, false);
            for (i, c) in rest[open..].char_indices() {
                match c {
                    '"' => in_text = !in_text,
                    '[' if !in_text => depth += 1,
                    ']' if !in_text => {
                        depth -= 1;
                        if depth == 0 {
                            end = open + i;
                            break;
                        }
                    }
                    _ => {}
                }
            }
            let given: std::collections::BTreeSet<String> = rest[open..end]
                .split('(')
                .skip(1)
                .filter_map(|piece| piece.trim_start().strip_prefix('"'))
                .filter_map(|piece| piece.split('"').next().map(str::to_string))
                .collect();
            for text in texts {
                let missing: Vec<String> =
                    variables(text, &id).difference(&given).cloned().collect();
                assert!(missing.is_empty(), "{id}: {missing:?} not given");
            }
            checked += 1;
        }
        assert!(checked > 150, "{checked}");
    }

    /// Every message of both catalogues formats without an error when given every variable
    /// its text names (a broken selector, a stray brace, a variable only reachable in one
    /// branch would show here), as a number and as text.
    #[test]
    fn every_message_formats_with_its_variables() {
        for (language, texts) in [
            (Catalogue::En, &[EN, EN_HELP][..]),
            (Catalogue::Vi, &[VI, VI_HELP, VI_PAPERS][..]),
        ] {
            for text in texts {
                for id in all_ids(text) {
                    let (_, entry) = entry(language, &id).expect("indexed");
                    let names: std::collections::BTreeSet<String> = entry
                        .split('$')
                        .skip(1)
                        .map(|rest| {
                            rest.chars()
                                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                                .collect()
                        })
                        .collect();
                    for value in [Arg::Number(2), Arg::Text("x".into())] {
                        let args: Vec<(&str, Arg)> =
                            names.iter().map(|n| (n.as_str(), value.clone())).collect();
                        let bundle = bundle(language, &id).expect("bundle");
                        let pattern = bundle
                            .get_message(&id)
                            .and_then(|m| m.value())
                            .unwrap_or_else(|| panic!("{id} has no value"));
                        let fluent_args = fluent_args(language, &args);
                        let mut errors = Vec::new();
                        let said = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
                        assert!(errors.is_empty(), "{id} ({language:?}): {errors:?}");
                        assert!(!said.contains('{'), "{id} ({language:?}): {said}");
                    }
                }
            }
        }
    }

    /// Every wording of `papers.ftl` is said by some paper, and `ops::document` holds no
    /// Vietnamese of its own: the papers' words are the catalogue's, all of them.
    #[test]
    fn the_papers_say_every_wording_of_their_catalogue_and_no_other() {
        // What a paper says (ops) and how it is laid out (output), their tests left out.
        let layout = include_str!("output/document.rs");
        let layout = layout.split("#[cfg(test)]").next().unwrap_or_default();
        let code = format!("{}{layout}", include_str!("ops/document.rs"));
        let code = code.as_str();
        for id in all_ids(VI_PAPERS) {
            let constant = format!(
                "paper::{}",
                id.trim_start_matches("paper-").replace('-', "_")
            );
            let used = code.match_indices(&constant).any(|(at, _)| {
                !code[at + constant.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '_')
            });
            assert!(used, "{id} is said by no paper");
        }
        let vietnamese = |c: char| {
            "đĐàáảãạầấẩẫậằắẳẵặèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵăâêôơư".contains(c)
        };
        for (n, line) in code.lines().enumerate() {
            let line = line.trim_start();
            if line.starts_with("//") {
                continue;
            }
            let literal = line
                .split('"')
                .skip(1)
                .step_by(2)
                .any(|text| text.chars().any(vietnamese));
            assert!(
                !literal,
                "document.rs line {}: words outside papers.ftl: {line}",
                n + 1
            );
        }
    }

    /// Plurals come from the catalogue: one invitation, two invitations.
    #[test]
    fn a_count_chooses_its_plural_form() {
        let said = |n: i64| {
            message(
                Catalogue::En,
                id::invited,
                &[("id", 3.to_arg()), ("added", n.to_arg())],
            )
            .expect("invited")
        };
        assert!(said(1).contains("1 invitation"), "{}", said(1));
        assert!(said(2).contains("2 invitations"), "{}", said(2));
    }
}
