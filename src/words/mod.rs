//! The edge where data becomes words: the one renderer of messages, errors, outcomes and values
//! in the interface's language, from the Fluent catalogues (`i18n/en/doithoai.ftl`,
//! `i18n/vi/doithoai.ftl`, read by `catalogue`) — no sentence is written in Rust. Below the edge
//! a message is data (`Message`: a catalogue id and its values, built with `msg!`, checked by
//! the compiler against the catalogue); here it is worded. What is left in Rust is the choice
//! among sentences a fact calls for, lists joined, and the command words of the command line
//! (`COMMAND_ALIASES`, part of its grammar).
//!
//! Owns: the UI language (`--lang`, env `DOITHOAI_LANG`, else the POSIX locale), labels (table
//! headers, vocabulary codes, deadline states), values in words (`values`), errors in words
//! (`errors`), `check`'s findings (`check`), outcomes whose wording depends on their facts
//! (`notes`). Must not: decide anything — callers pass facts, this module words them. CSV and
//! JSON never go through here: their field names and codes are stable data.

mod check;
mod errors;
mod notes;
mod values;

pub use check::*;
pub use errors::*;
pub use notes::*;
pub use values::*;

use crate::catalogue::{self, Catalogue};
pub use crate::catalogue::{all_given, id, vars, Arg, Message, ToArg};

/// A message worded in the interface's language (the same language `sentence` speaks).
impl std::fmt::Display for Message {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let lang = *LANG.get().unwrap_or(&Lang::En);
        f.write_str(&self.in_language(catalogue_of(lang)))
    }
}
use crate::error::{Error, FileKind};
use crate::rules::deadline::{Standing, Unit};
use std::sync::OnceLock;

/// The language of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    Vi,
}

static LANG: OnceLock<Lang> = OnceLock::new();

/// Choose the language once, at start-up: `--lang`, else `DOITHOAI_LANG` (both must name a
/// language the interface speaks: en or vi, `vi_VN.UTF-8` style accepted), else the POSIX locale
/// as `setlocale` reads it — the first set of `LC_ALL`, `LC_MESSAGES`, `LANG` decides, and only
/// a Vietnamese one (`vi`, `vi_VN.UTF-8`) switches to Vietnamese; on Windows, where those are
/// not set, the user's display language.
pub fn set_lang(choice: Option<&str>) -> Result<(), String> {
    let from_env = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
    let explicit = match choice {
        Some(c) => Some(c.to_string()),
        None => {
            from_env("DOITHOAI_LANG").or_else(|| crate::config::load().ok().and_then(|c| c.lang))
        }
    };
    let lang = match explicit {
        Some(value) => parse_lang(&value).ok_or_else(|| unknown_language(&value))?,
        None => {
            let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
                .iter()
                .find_map(|name| from_env(name))
                .or_else(system_ui_language);
            match locale.as_deref().and_then(parse_lang) {
                Some(Lang::Vi) => Lang::Vi,
                _ => Lang::En,
            }
        }
    };
    let _ = LANG.set(lang);
    Ok(())
}

/// The language of the user's desktop where there is no POSIX locale: Windows' display
/// language ("vi-VN" on a Vietnamese Windows).
#[cfg(windows)]
fn system_ui_language() -> Option<String> {
    sys_locale::get_locale()
}

#[cfg(not(windows))]
fn system_ui_language() -> Option<String> {
    None
}

/// `en`, `vi`, or a POSIX locale name of either (`vi_VN.UTF-8`, `en_US`), any case.
fn parse_lang(value: &str) -> Option<Lang> {
    let code = value
        .split(['_', '-', '.', '@'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    match code.as_str() {
        "vi" => Some(Lang::Vi),
        "en" => Some(Lang::En),
        _ => None,
    }
}

pub fn lang() -> Lang {
    if IN_VIETNAMESE.with(std::cell::Cell::get) {
        return Lang::Vi;
    }
    *LANG.get().unwrap_or(&Lang::En)
}

thread_local! {
    static IN_VIETNAMESE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Run `f` with every word in Vietnamese, whatever the interface speaks: the documents the
/// office sends are Vietnamese state documents.
pub fn in_vietnamese<T>(f: impl FnOnce() -> T) -> T {
    let was = IN_VIETNAMESE.with(|v| v.replace(true));
    let result = f();
    IN_VIETNAMESE.with(|v| v.set(was));
    result
}

/// A path as a message shows it: lossy UTF-8, with hidden characters (ESC, CR, bidi controls)
/// written as visible `\u{…}` escapes — a file name must not rewrite the terminal.
pub fn shown(path: &std::path::Path) -> String {
    crate::rules::text::shown_path(path)
}

/// The catalogue of a language.
fn catalogue_of(lang: Lang) -> Catalogue {
    match lang {
        Lang::En => Catalogue::En,
        Lang::Vi => Catalogue::Vi,
    }
}

/// A section heading of the manual page (`name`, `synopsis`, `options`…).
pub fn man_heading(key: &str) -> String {
    interface_word("man", key)
}

fn sentence(id: &str, args: &[(&str, catalogue::Arg)]) -> String {
    let lang = *LANG.get().unwrap_or(&Lang::En);
    catalogue::message(catalogue_of(lang), id, args).unwrap_or_else(|| id.to_string())
}

/// A word of the catalogue (`label-…`, `column-…`, `page-…`) in `lang`, or `None`.
fn catalogue_word(lang: Lang, prefix: &str, key: &str) -> Option<String> {
    let id = format!("{prefix}-{}", key.replace(' ', "-"));
    catalogue::message(catalogue_of(lang), &id, &[])
}

/// A word of the catalogue (`state-…`, `tally-…`) in the interface's language, or the key itself.
fn interface_word(prefix: &str, key: &str) -> String {
    let lang = *LANG.get().unwrap_or(&Lang::En);
    catalogue_word(lang, prefix, key).unwrap_or_else(|| key.to_string())
}

/// A help text of the catalogue (`i18n/{en,vi}/help.ftl`) in `lang`, by its id.
pub fn help_text(lang: Lang, id: &str) -> Option<String> {
    catalogue::message(catalogue_of(lang), id, &[])
}

/// A word of every help page (`help-word-…`) in `lang`.
pub fn help_word(lang: Lang, key: &str) -> String {
    help_text(lang, &format!("help-word-{key}")).unwrap_or_else(|| key.to_string())
}

/// Whether the catalogue has a label for `key`.
pub fn has_label(key: &str) -> bool {
    catalogue_word(Lang::En, "label", key).is_some()
}

/// The label for a key or code, in the UI language; unknown keys are shown as they are.
pub fn label(key: impl AsRef<str>) -> String {
    let key = key.as_ref();
    catalogue_word(lang(), "label", key).unwrap_or_else(|| key.to_string())
}

/// The heading of column `key` in the UI language (the key itself when it has none).
pub fn column(key: &str) -> String {
    catalogue_word(lang(), "column", key).unwrap_or_else(|| key.to_string())
}

/// A deadline's standing code (CSV `deadline_state`, overdue report `state`) in words.
pub fn deadline_state_word(code: &str) -> String {
    interface_word("state", code)
}

/// A heading or caption of a printed report, workbook or calendar, in the UI language.
pub fn page_word(key: &str) -> String {
    catalogue_word(lang(), "page", key).unwrap_or_else(|| key.to_string())
}

#[cfg(test)]
mod tests;
