//! Every sentence and label a user reads, in English and Vietnamese: each a function over the
//! facts it words, its text taken from the Fluent catalogues (`i18n/en/doithoai.ftl`,
//! `i18n/vi/doithoai.ftl`, read by `catalogue`) — no sentence is written here. What is left in
//! Rust is the choice among messages, the values they are given, lists joined, and the
//! command words of the command line (`COMMAND_ALIASES`, part of its grammar).
//!
//! Owns: the UI language (`--lang`, env `DOITHOAI_LANG`, else `LANG` starting with `vi`), the
//! catalogue of labels (table headers, vocabulary codes, deadline states) and the rendering of
//! errors and notes. Must not: decide anything — callers pass facts, this module words them.
//! CSV and JSON never go through here: their field names and codes are stable data.

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
    crate::rules::text::escape_hidden(&path.to_string_lossy())
}

/// The catalogue of a language.
fn catalogue_of(lang: Lang) -> Catalogue {
    match lang {
        Lang::En => Catalogue::En,
        Lang::Vi => Catalogue::Vi,
    }
}

/// A sentence of the catalogue in the interface's language — also while a document is drafted
/// in Vietnamese (`in_vietnamese`): a refusal speaks to the clerk, not into the document.
/// A schema object that is not doithoai's, worded: "trigger zz on agency (extra)".
fn schema_difference(d: &crate::error::SchemaDifference) -> String {
    let change = match d.change {
        crate::error::SchemaChange::Extra => "extra",
        crate::error::SchemaChange::Altered => "altered",
        crate::error::SchemaChange::Missing => "missing",
    };
    sentence(
        id::schema_object_changed,
        &[("object", d.object.to_arg()), ("change", change.to_arg())],
    )
}

/// A section heading of the manual page (`name`, `synopsis`, `options`…).
pub fn man_heading(key: &str) -> String {
    interface_word("man", key)
}

/// The name of one of `check`'s checks ("deadline", "speaking_order") in words.
pub fn check_kind(code: &str) -> String {
    interface_word("check", code)
}

/// What `check` found, worded in the interface's language (JSON keeps the finding's values).
pub fn check_finding(finding: &crate::store::check::Finding) -> String {
    use crate::store::check::Finding;
    let recorded = |d: &Option<chrono::NaiveDate>| d.map_or_else(|| "—".to_string(), date);
    match finding {
        Finding::Integrity { line } => line.clone(),
        Finding::ForeignKey { table, row, parent } => sentence(
            id::check_foreign_key,
            &[
                ("table", table.to_arg()),
                (
                    "row",
                    row.map_or_else(|| "—".to_string(), |r| r.to_string())
                        .to_arg(),
                ),
                ("parent", parent.to_arg()),
            ],
        ),
        Finding::Schema { difference } => schema_difference(difference),
        Finding::HistoryTrigger { trigger, altered } => sentence(
            id::check_history_trigger,
            &[
                ("trigger", trigger.to_arg()),
                (
                    "change",
                    if *altered { "altered" } else { "missing" }.to_arg(),
                ),
            ],
        ),
        Finding::ConclusionDue {
            session,
            recorded,
            expected,
        } => sentence(
            id::check_conclusion_due,
            &[
                ("session", session.to_arg()),
                ("recorded", date(*recorded).to_arg()),
                ("expected", date(*expected).to_arg()),
            ],
        ),
        Finding::NotAssigned {
            opinion,
            status,
            notice_exists,
        } => sentence(
            id::check_not_assigned,
            &[
                ("opinion", opinion.to_arg()),
                ("status", label(status).to_arg()),
                (
                    "notice",
                    if *notice_exists { "unlisted" } else { "none" }.to_arg(),
                ),
            ],
        ),
        Finding::AnswerDue {
            opinion,
            recorded: answer_due,
            expected,
        } => sentence(
            id::check_answer_due,
            &[
                ("opinion", opinion.to_arg()),
                ("recorded", recorded(answer_due).to_arg()),
                ("expected", date(*expected).to_arg()),
            ],
        ),
        Finding::DeadlineInForce {
            opinion,
            recorded: in_force,
            expected,
        } => sentence(
            id::check_deadline_in_force,
            &[
                ("opinion", opinion.to_arg()),
                ("recorded", recorded(in_force).to_arg()),
                ("expected", date(*expected).to_arg()),
            ],
        ),
        Finding::ActBeforeNotice {
            opinion,
            act,
            on,
            notice,
        } => sentence(
            id::check_act_before_notice,
            &[
                ("opinion", opinion.to_arg()),
                ("act", act.to_arg()),
                ("on", date(*on).to_arg()),
                ("notice", date(*notice).to_arg()),
            ],
        ),
        Finding::SpeakingOrder {
            session,
            registrations,
            lowest,
            highest,
        } => sentence(
            id::check_speaking_order,
            &[
                ("session", session.to_arg()),
                ("registrations", registrations.to_arg()),
                ("lowest", lowest.to_arg()),
                ("highest", highest.to_arg()),
            ],
        ),
        Finding::NoticeBeforeSession {
            session,
            notice,
            held,
        } => sentence(
            id::check_notice_before_session,
            &[
                ("session", session.to_arg()),
                ("notice", date(*notice).to_arg()),
                ("held", date(*held).to_arg()),
            ],
        ),
        Finding::SpeakingOutOfOrder { session } => sentence(
            id::check_speaking_out_of_order,
            &[("session", session.to_arg())],
        ),
        Finding::RuleWithoutExtension { opinion, rule } => sentence(
            id::check_rule_without_extension,
            &[("opinion", opinion.to_arg()), ("rule", rule.to_arg())],
        ),
        Finding::ClosedOnDiffers {
            opinion,
            closed_on,
            act_on,
        } => sentence(
            id::check_closed_on_differs,
            &[
                ("opinion", opinion.to_arg()),
                ("closed_on", recorded(closed_on).to_arg()),
                ("act_on", date(*act_on).to_arg()),
            ],
        ),
        Finding::NoCreationEvent {
            record_kind,
            record_id,
            action,
        } => sentence(
            id::check_no_creation_event,
            &[
                // A conclusion notice and its issuing, named as the history names them.
                (
                    "kind",
                    match *record_kind {
                        "conclusion" => label("notice"),
                        kind => label(kind),
                    }
                    .to_arg(),
                ),
                ("id", record_id.to_arg()),
                ("action", label(action).to_arg()),
            ],
        ),
    }
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

/// "`what` ngày D" in Vietnamese, without saying "ngày" twice when the label is already a date
/// ("ngày hội nghị 20/12/2026", "thông báo ngày 30/11/2026").
fn dated_args(what: &'static str, date: chrono::NaiveDate) -> Vec<(&'static str, catalogue::Arg)> {
    let word = label(what);
    vec![
        ("what", what.to_arg()),
        ("what_word", word.to_arg()),
        // "the new target date 2026-11-26", not "… date dated …"; "ngày hẹn mới 26/11/2026",
        // not "ngày hẹn mới ngày …".
        (
            "what_is_a_date",
            if what.ends_with("date") { "yes" } else { "no" }.to_arg(),
        ),
        (
            "word_is_a_day",
            if word.starts_with("ngày") {
                "yes"
            } else {
                "no"
            }
            .to_arg(),
        ),
        ("date", date.to_arg()),
        ("date_vn", vn_date(date).to_arg()),
    ]
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

/// Weekday names, Monday first.
pub fn weekday(w: chrono::Weekday) -> String {
    let key = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"][w.num_days_from_monday() as usize];
    interface_word("weekday", key)
}

/// A count of days with its unit: "3 ngày" for R4 (calendar days, Art. 7.2), "3 ngày làm việc"
/// for every other deadline (working days).
pub fn day_count(days: i64, rule: crate::rules::deadline::Rule) -> String {
    let id = match rule {
        crate::rules::deadline::Rule::R4 => id::day_count_calendar,
        _ => id::day_count_working,
    };
    sentence(id, &[("days", days.to_arg())])
}

/// A deadline's standing in words ("due in 3 working days", "1 working day late").
pub fn standing(s: &Standing, unit: Unit) -> String {
    let unit = match unit {
        Unit::WorkingDays => "working",
        Unit::CalendarDays => "calendar",
    };
    let (id, days, done_on) = match *s {
        Standing::OnTime { done_on } => (id::standing_on_time, 0, Some(done_on)),
        Standing::Late { done_on, days } => (id::standing_late, days, Some(done_on)),
        Standing::Pending { days_left: 0 } => (id::standing_due_today, 0, None),
        Standing::Pending { days_left } => (id::standing_pending, days_left, None),
        Standing::Overdue { days } => (id::standing_overdue, days, None),
    };
    let mut args = vec![("days", days.to_arg()), ("unit", unit.to_arg())];
    if let Some(done_on) = done_on {
        args.push(("done_on", done_on.to_arg()));
        args.push(("done_on_vn", vn_date(done_on).to_arg()));
    }
    sentence(id, &args)
}

/// A history time (stored in UTC) as a clerk reads it: Vietnam time (UTC+7, whatever the host's
/// zone), `2026-11-29 09:23` in English and `29/11/2026 09:23` in Vietnamese.
pub fn timestamp(at: &str) -> String {
    let Ok(t) = chrono::DateTime::parse_from_rfc3339(at) else {
        return at.to_string();
    };
    let Some(vietnam) = chrono::FixedOffset::east_opt(7 * 3600) else {
        return at.to_string();
    };
    let local = t.with_timezone(&vietnam);
    match lang() {
        Lang::En => local.format("%Y-%m-%d %H:%M").to_string(),
        Lang::Vi => local.format("%d/%m/%Y %H:%M").to_string(),
    }
}

/// A share as a percentage for tables: `71.4%`, and `71,4%` with the decimal comma in Vietnamese.
pub fn percent(share: f64) -> String {
    let text = format!("{:.1}%", share * 100.0);
    match lang() {
        Lang::En => text,
        Lang::Vi => text.replace('.', ","),
    }
}

/// A decimal number in a table: a comma in Vietnamese (22,5), a point in English.
pub fn decimal(value: f64, places: usize) -> String {
    let text = format!("{value:.places$}");
    match lang() {
        Lang::En => text,
        Lang::Vi => text.replace('.', ","),
    }
}

/// A rule code as the clerk reads it: beside the regulation's own reference in Vietnamese
/// ("R9 (Điều 10 khoản 1)"), the code alone in English.
pub fn rule_ref(code: &str) -> String {
    let Some(reference) = article(code) else {
        return code.to_string();
    };
    match lang() {
        Lang::En => code.to_string(),
        Lang::Vi => format!("{code} ({reference})"),
    }
}

/// The regulation's own reference for a rule code, as a document cites it ("Điều 10 khoản 2").
pub fn article(code: &str) -> Option<&'static str> {
    Some(match code {
        "R4" => "Điều 7 khoản 2",
        "R9" => "Điều 10 khoản 1",
        "R10" | "R11" | "R12" => "Điều 10 khoản 2",
        "R13" => "Điều 10 khoản 3, Điều 11",
        _ => return None,
    })
}

/// A date for tables: ISO in English, DD/MM/YYYY in Vietnamese.
pub fn date(d: chrono::NaiveDate) -> String {
    match lang() {
        Lang::En => d.format("%Y-%m-%d").to_string(),
        Lang::Vi => vn_date(d),
    }
}

pub fn vn_date(d: chrono::NaiveDate) -> String {
    d.format("%d/%m/%Y").to_string()
}

/// The command that lists a kind of record, as a clerk can run it as shown: a speaker `2/1`
/// is listed with its session; a speaker known by id only, among all registrations.
fn list_command(record: &str, id: &str) -> String {
    match (record, id.split_once('/')) {
        ("speaker" | "registration", Some((session, _))) => {
            format!("doithoai speaker list {}", session.trim())
        }
        ("speaker" | "registration", None) => "doithoai export registrations".into(),
        ("conclusion", _) => "doithoai export conclusions".into(),
        _ => format!("doithoai {record} list"),
    }
}

/// The command that shows one record, as a clerk can run it as shown.
fn show_command(record: &str, id: i64) -> String {
    match record {
        "session" | "opinion" | "conclusion" => format!("doithoai {record} show {id}"),
        "registration" | "speaker" => "doithoai export registrations".into(),
        _ => format!("doithoai {record} list"),
    }
}

/// A command line a hint gives, in the clerk's command words (`doithoai hoi-nghi danh-sach`).
fn hint_command(line: &str) -> String {
    match line.strip_prefix("doithoai ") {
        Some(rest) => format!("doithoai {}", command_words(rest)),
        None => line.to_string(),
    }
}

pub fn not_found(record: &str, id: &str) -> String {
    let list = hint_command(&list_command(record, id));
    sentence(
        id::not_found_1,
        &[
            ("record", record.to_arg()),
            ("id", id.to_arg()),
            ("list", list.to_arg()),
            ("record_word", (label(record).to_lowercase()).to_arg()),
        ],
    )
}

/// The sentence for an error (the whole message `main` prints after "error: "), in the UI
/// language: the one renderer of every error.
pub fn error(err: &Error) -> String {
    match err {
        Error::Date(e) => {
            let (id, value) = match e {
                crate::rules::dates::DateError::Malformed(v) => (id::error_date_malformed, v),
                crate::rules::dates::DateError::Impossible(v) => (id::error_date_impossible, v),
                crate::rules::dates::DateError::MalformedMonth(v) => (id::error_month_malformed, v),
            };
            sentence(id, &[("value", value.to_arg())])
        }
        Error::Vocabulary(e) => vocabulary_accepted(e).to_string(),
        Error::Transition(e) => {
            let allowed: Vec<String> = e.allowed.split(" or ").map(label).collect();
            let or = format!(" {} ", label("or"));
            // "planned, announced, held or stopped", not "… or … or …".
            let allowed_words = match allowed.split_last() {
                Some((last, rest)) if !rest.is_empty() => format!("{}{or}{last}", rest.join(", ")),
                _ => allowed.join(""),
            };
            let act = match (e.record, e.action) {
                ("registration", "withdraw") => "withdraw-registration",
                ("registration", "mark as spoken") => "mark-spoken",
                _ => "other",
            };
            sentence(
                id::error_transition,
                &[
                    ("action", e.action.to_arg()),
                    ("action_word", label(e.action).to_arg()),
                    ("act", act.to_arg()),
                    ("record", e.record.to_arg()),
                    ("record_word", label(e.record).to_lowercase().to_arg()),
                    ("id", e.id.to_arg()),
                    ("state", e.state.to_arg()),
                    ("state_key", e.state.replace(' ', "-").to_arg()),
                    ("state_word", label(e.state).to_arg()),
                    ("allowed", e.allowed.to_arg()),
                    ("allowed_words", allowed_words.to_arg()),
                ],
            )
        }
        Error::DateOrder(e) => {
            let order = if e.not_after {
                "not-after"
            } else if e.strict {
                "strict"
            } else {
                "before"
            };
            let mut args = dated_args(e.what, e.date);
            args.extend([
                ("order", order.to_arg()),
                ("reference", e.reference.to_arg()),
                ("reference_word", label(e.reference).to_arg()),
                ("reference_date", e.reference_date.to_arg()),
                ("reference_date_vn", vn_date(e.reference_date).to_arg()),
            ]);
            sentence(id::error_date_order, &args)
        }
        Error::FutureAct(e) => {
            let mut args = dated_args(e.what, e.date);
            args.extend([
                ("today", e.today.to_arg()),
                ("today_vn", vn_date(e.today).to_arg()),
            ]);
            sentence(id::error_future_act, &args)
        }
        Error::Period(e) => sentence(
            id::error_period,
            &[("what", e.what.to_arg()), ("value", e.value.to_arg())],
        ),
        Error::OutOfRange(e) => sentence(
            id::error_out_of_range,
            &[
                ("date", e.date.to_arg()),
                ("date_vn", vn_date(e.date).to_arg()),
                ("first", crate::rules::calendar::FIRST_YEAR.to_arg()),
                ("last", crate::rules::calendar::LAST_YEAR.to_arg()),
            ],
        ),
        Error::Invalid(message) | Error::Refused(message) => message.to_string(),
        Error::NotFound { record, id } => not_found(record, id),
        Error::OutputIsDatabase { .. }
        | Error::OutputIsSqlite { .. }
        | Error::OutputFolderMissing { .. }
        | Error::OutputIsFolder { .. }
        | Error::OutputIsDevice { .. }
        | Error::Output { .. } => output_error(err),
        _ => database_error(err),
    }
}

/// Database-level failures, with what to do about them.
pub fn database_error(err: &Error) -> String {
    match err {
        Error::NewerSchema {
            path,
            found,
            supported,
        } => sentence(
            id::database_error_1,
            &[
                ("path", (shown(path)).to_arg()),
                ("found", found.to_arg()),
                ("supported", supported.to_arg()),
            ],
        ),
        Error::NotADatabase { path } => {
            sentence(id::database_error_2, &[("path", (shown(path)).to_arg())])
        }
        Error::MissingDirectory { path } => {
            sentence(id::database_error_3, &[("path", (shown(path)).to_arg())])
        }
        Error::Busy { path } => sentence(id::database_error_4, &[("path", (shown(path)).to_arg())]),
        Error::ReadOnly { path } => {
            sentence(id::database_error_5, &[("path", (shown(path)).to_arg())])
        }
        Error::Full { path } => sentence(id::database_error_6, &[("path", (shown(path)).to_arg())]),
        Error::OldSqlite { found } => sentence(id::database_error_7, &[("found", found.to_arg())]),
        Error::NoDatabase { path } => {
            sentence(id::database_error_8, &[("path", (shown(path)).to_arg())])
        }
        Error::NotInitialised { path } => {
            sentence(id::database_error_9, &[("path", (shown(path)).to_arg())])
        }
        Error::NotAFile { path, what } => {
            let (en, vi) = file_kind_words(*what);
            sentence(
                id::database_error_10,
                &[
                    ("path", (shown(path)).to_arg()),
                    ("en", en.to_arg()),
                    ("vi", vi.to_arg()),
                ],
            )
        }
        Error::CompanionNotAFile { path, what } => {
            let (en, vi) = file_kind_words(*what);
            sentence(
                id::database_error_11,
                &[
                    ("path", (shown(path)).to_arg()),
                    ("en", en.to_arg()),
                    ("vi", vi.to_arg()),
                ],
            )
        }
        Error::Tampered { path, objects } => {
            let listed = objects
                .iter()
                .map(schema_difference)
                .collect::<Vec<_>>()
                .join("; ");
            sentence(
                id::database_error_12,
                &[("path", shown(path).to_arg()), ("objects", listed.to_arg())],
            )
        }
        Error::Sparse {
            path,
            length,
            on_disk,
        } => sentence(
            id::database_error_13,
            &[
                ("path", (shown(path)).to_arg()),
                ("value1", (bytes_en(*length)).to_arg()),
                ("value2", (bytes_en(*on_disk)).to_arg()),
                ("value3", (bytes_vi(*length)).to_arg()),
                ("value4", (bytes_vi(*on_disk)).to_arg()),
            ],
        ),
        Error::TooSlow { path, seconds } => sentence(
            id::database_error_14,
            &[
                ("path", (shown(path)).to_arg()),
                ("seconds", seconds.to_arg()),
            ],
        ),
        Error::Conflict { a, b } => sentence(
            id::database_error_15,
            &[("a", (shown(a)).to_arg()), ("b", (shown(b)).to_arg())],
        ),
        Error::TooLarge {
            path,
            found,
            limit,
            unit,
        } => {
            let (found_en, limit_en, found_vi, limit_vi) = match unit {
                crate::error::SizeUnit::Bytes => (
                    bytes_en(*found),
                    bytes_en(*limit),
                    bytes_vi(*found),
                    bytes_vi(*limit),
                ),
                crate::error::SizeUnit::Cells => (
                    format!("{found} cells"),
                    format!("{limit} cells"),
                    format!("{found} ô"),
                    format!("{limit} ô"),
                ),
            };
            sentence(
                id::database_error_16,
                &[
                    ("path", (shown(path)).to_arg()),
                    ("found_en", found_en.to_arg()),
                    ("limit_en", limit_en.to_arg()),
                    ("found_vi", found_vi.to_arg()),
                    ("limit_vi", limit_vi.to_arg()),
                ],
            )
        }
        Error::DiskIo {
            path,
            extended_code,
        } => sentence(
            id::database_error_17,
            &[
                ("path", (shown(path)).to_arg()),
                ("extended_code", extended_code.to_arg()),
            ],
        ),
        Error::Sqlite(rusqlite::Error::SqliteFailure(e, _))
            if e.code == rusqlite::ffi::ErrorCode::DatabaseCorrupt =>
        {
            sentence(id::database_error_18, &[])
        }
        Error::Sqlite(e) => sentence(id::database_error_19, &[("e", e.to_arg())]),
        Error::Io { path, source } => sentence(
            id::database_error_20,
            &[
                ("path", (shown(path)).to_arg()),
                ("source", source.to_arg()),
                ("source_io_cause", (io_cause(source)).to_arg()),
            ],
        ),
        other => other.to_string(),
    }
}

/// A line of the period's balance, in words (R13: the flow as administrative statistics keep
/// it).
pub fn balance_line(key: &str) -> String {
    interface_word("balance", key)
}

/// A section of the period report's CSV (`section` column) in words, for a CSV in words.
pub fn report_section(section: &str) -> String {
    interface_word("section", section)
}

/// A figure of the period report's CSV (`metric` column) in words: a line of the balance ("of
/// which" for its parts), a tally's column, or a column's heading.
pub fn report_metric(section: &str, metric: &str) -> String {
    if section == "balance" {
        return match metric.split_once('.') {
            Some((_, part)) => format!("{} {}", msg!(of_which), balance_line(part)),
            None => balance_line(metric),
        };
    }
    let lang = *LANG.get().unwrap_or(&Lang::En);
    catalogue_word(lang, "metric", metric).unwrap_or_else(|| tally_header(metric))
}

/// A line of the balance in Vietnamese, for the report the office signs.
pub fn balance_line_vi(key: &str) -> String {
    catalogue_word(Lang::Vi, "balance", key).unwrap_or_else(|| key.to_string())
}

/// What a person reads a listed item by: an opinion by its content (cut to a readable length)
/// and its session; a session by its title and date.
/// A listed late or overdue item as a person reads it (`item_name` of its record).
pub fn late_item_name(l: &crate::ops::report::LateItem) -> String {
    item_name(
        l.record_kind,
        &l.content,
        &l.session_title,
        l.session_date,
        l.notice_row.zip(l.notice_number.as_deref()),
    )
}

pub fn item_name(
    record_kind: &str,
    content: &str,
    session_title: &str,
    session_date: chrono::NaiveDate,
    notice: Option<(u32, &str)>,
) -> String {
    let session = format!(
        "{} ({})",
        crate::output::clip(session_title, 50),
        date(session_date)
    );
    if record_kind == "opinion" && !content.is_empty() {
        // The row the conclusion notice gives it, as the notice the reader holds names it.
        let row = notice
            .map(|(row, number)| {
                sentence(
                    id::item_name_1,
                    &[("row", row.to_arg()), ("number", number.to_arg())],
                )
            })
            .unwrap_or_default();
        format!(
            "{row}{} — {session}",
            crate::rules::documents::quoted(&crate::output::clip(content, 60))
        )
    } else {
        session
    }
}

/// A table, text or configuration file to read that is a FIFO, a device or a folder.
pub fn input_not_a_file(path: &str, what: FileKind) -> Message {
    let (en, vi) = file_kind_words(what);
    Message::new(
        id::input_not_a_file_1,
        vec![
            ("path", path.to_arg()),
            ("en", en.to_arg()),
            ("vi", vi.to_arg()),
        ],
    )
}

/// What a path that is not a plain file is, in words.
fn file_kind_words(what: FileKind) -> (String, String) {
    let key = match what {
        FileKind::Folder => "folder",
        FileKind::Fifo => "fifo",
        FileKind::Device => "device",
        FileKind::Socket => "socket",
        FileKind::DanglingLink => "dangling-link",
    };
    let word = |lang| catalogue_word(lang, "file-kind", key).unwrap_or_else(|| key.to_string());
    (word(Lang::En), word(Lang::Vi))
}

/// A size in bytes as a person reads it (binary units).
fn bytes_en(n: u64) -> String {
    const UNITS: [&str; 5] = ["bytes", "KiB", "MiB", "GiB", "TiB"];
    let mut value = n as f64;
    let mut unit = 0;
    while value >= 1024.0 && unit < UNITS.len() - 1 {
        value /= 1024.0;
        unit += 1;
    }
    if unit == 0 {
        format!("{n} bytes")
    } else {
        format!("{value:.1} {}", UNITS[unit])
    }
}

fn bytes_vi(n: u64) -> String {
    bytes_en(n).replace("bytes", "byte").replace('.', ",")
}

/// Failures of the output: a target that must not be written, or a write that failed.
pub fn output_error(err: &Error) -> String {
    match err {
        Error::OutputIsDatabase { target, db } => sentence(
            id::output_error_1,
            &[
                ("target", (shown(target)).to_arg()),
                ("db", (shown(db)).to_arg()),
            ],
        ),
        Error::OutputIsSqlite { target } => {
            sentence(id::output_error_2, &[("target", (shown(target)).to_arg())])
        }
        Error::OutputFolderMissing { folder } => {
            sentence(id::output_error_3, &[("folder", (shown(folder)).to_arg())])
        }
        Error::OutputIsFolder { target } => {
            sentence(id::output_error_4, &[("target", (shown(target)).to_arg())])
        }
        Error::OutputIsDevice { target } => {
            sentence(id::output_error_5, &[("target", (shown(target)).to_arg())])
        }
        Error::Output { path, source } => sentence(
            id::output_error_6,
            &[
                ("path", (shown(path)).to_arg()),
                ("source", source.to_arg()),
                ("source_io_cause", (io_cause(source)).to_arg()),
            ],
        ),
        other => other.to_string(),
    }
}

/// A configuration file that cannot be read, or is not valid TOML of the known keys.
pub fn bad_config(e: &crate::config::ConfigError) -> Message {
    let keys = crate::config::KEYS.join(", ");
    match e.unreadable {
        Some(kind) => {
            let cause = io_cause(&std::io::Error::new(kind, e.detail.clone()));
            Message::new(
                id::bad_config_1,
                vec![
                    ("value1", (shown(&e.path)).to_arg()),
                    ("value2", (e.detail).to_arg()),
                    ("cause", cause.to_arg()),
                ],
            )
        }
        None => Message::new(
            id::bad_config_2,
            vec![
                ("value1", (shown(&e.path)).to_arg()),
                ("value2", (e.detail).to_arg()),
                ("keys", keys.to_arg()),
            ],
        ),
    }
}

/// `--lang` or `DOITHOAI_LANG` with a language the interface does not speak.
pub fn unknown_language(value: &str) -> String {
    // Said before the interface has a language: in both.
    let said = |c| {
        catalogue::message(c, id::unknown_language, &[("value", value.to_arg())])
            .unwrap_or_default()
    };
    format!("{} / {}", said(Catalogue::En), said(Catalogue::Vi))
}

/// clap's usage errors in Vietnamese (English keeps clap's own words): `None` for English or a
/// kind without a Vietnamese sentence.
pub fn usage_error(e: &clap::Error) -> Option<String> {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    // A number argument (an id, a count) that is not one: Rust's "invalid digit found in
    // string" says neither what was wrong nor what is accepted, in either language.
    if let Some(int) =
        std::error::Error::source(e).and_then(|s| s.downcast_ref::<std::num::ParseIntError>())
    {
        let value = match e.get(ContextKind::InvalidValue) {
            Some(ContextValue::String(v)) => v.clone(),
            _ => String::new(),
        };
        let arg = match e.get(ContextKind::InvalidArg) {
            Some(ContextValue::String(a)) => a.clone(),
            _ => String::new(),
        };
        return Some(not_a_whole_number(&value, &arg, int));
    }
    if lang() != Lang::Vi {
        return None;
    }
    let ctx = |kind: ContextKind| -> String {
        match e.get(kind) {
            Some(ContextValue::String(s)) => s.clone(),
            Some(ContextValue::Strings(v)) => v.join(", "),
            Some(other) => other.to_string(),
            None => String::new(),
        }
    };
    let suggestion = || {
        let s = ctx(ContextKind::SuggestedArg);
        let s = if s.is_empty() {
            ctx(ContextKind::SuggestedSubcommand)
        } else {
            s
        };
        if s.is_empty() {
            String::new()
        } else {
            sentence(id::usage_did_you_mean, &[("suggestion", s.to_arg())])
        }
    };
    let arg = ctx(ContextKind::InvalidArg);
    let body = match e.kind() {
        // A flag given without its value ("--db" at the end of the line).
        ErrorKind::InvalidValue if ctx(ContextKind::InvalidValue).is_empty() => {
            sentence(id::usage_value_missing, &[("arg", arg.to_arg())])
        }
        ErrorKind::InvalidValue => sentence(
            id::usage_value_not_accepted,
            &[
                ("arg", arg.to_arg()),
                ("value", ctx(ContextKind::InvalidValue).to_arg()),
                ("accepted", ctx(ContextKind::ValidValue).to_arg()),
            ],
        ),
        ErrorKind::ValueValidation => {
            // The value parsers already speak Vietnamese; keep their sentence (what follows
            // clap's "invalid value '…' for '…': ").
            let rendered = e.render().to_string();
            let first = rendered.lines().next().unwrap_or("");
            let detail = first
                .find("' for '")
                .and_then(|at| first[at..].find("': ").map(|k| at + k + 3))
                .map(|start| first[start..].to_string())
                .unwrap_or_default();
            sentence(
                id::usage_value_invalid,
                &[
                    ("arg", arg.to_arg()),
                    ("value", ctx(ContextKind::InvalidValue).to_arg()),
                    ("detail", detail.to_arg()),
                ],
            )
        }
        ErrorKind::UnknownArgument => sentence(
            id::usage_unknown_option,
            &[
                ("arg", arg.to_arg()),
                // A value with no option before it ("session show 1 2") is a word too many, not
                // an unknown option.
                (
                    "kind",
                    if arg.starts_with('-') {
                        "option"
                    } else {
                        "value"
                    }
                    .to_arg(),
                ),
                ("suggestion", suggestion().to_arg()),
            ],
        ),
        ErrorKind::InvalidSubcommand => sentence(
            id::usage_unknown_command,
            &[
                ("command", ctx(ContextKind::InvalidSubcommand).to_arg()),
                ("suggestion", suggestion().to_arg()),
            ],
        ),
        ErrorKind::MissingRequiredArgument => {
            sentence(id::usage_missing_argument, &[("arg", arg.to_arg())])
        }
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            // The command as its usage line names it ("doithoai session"), for its own help.
            let rendered = e.render().to_string();
            let command = rendered
                .lines()
                .find_map(|l| {
                    let l = l.trim();
                    l.strip_prefix("Usage: ")
                        .or_else(|| l.strip_prefix("Cách dùng: "))
                })
                .map(|usage| {
                    usage
                        .split_whitespace()
                        .take_while(|w| !w.starts_with(['<', '[']))
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .filter(|c| !c.is_empty())
                .unwrap_or_else(|| "doithoai".into());
            sentence(id::usage_missing_command, &[("command", command.to_arg())])
        }
        ErrorKind::ArgumentConflict => {
            let other = ctx(ContextKind::PriorArg);
            // The same option twice ("--session 2 --session 1") is said as such.
            let option = |text: &str| {
                text.split_whitespace()
                    .next()
                    .unwrap_or_default()
                    .to_string()
            };
            let twice = option(&arg) == option(&other);
            sentence(
                id::usage_conflict,
                &[
                    ("arg", arg.to_arg()),
                    ("other", other.to_arg()),
                    ("twice", if twice { "yes" } else { "no" }.to_arg()),
                ],
            )
        }
        ErrorKind::TooManyValues | ErrorKind::NoEquals => {
            sentence(id::usage_bad_argument, &[("arg", arg.to_arg())])
        }
        ErrorKind::InvalidUtf8 => sentence(id::usage_not_utf8, &[]),
        _ => return None,
    };
    Some(format!("{}: {body}", error_prefix()))
}

/// A number argument that is not a whole number (or too large for one).
pub fn not_a_whole_number(value: &str, arg: &str, e: &std::num::ParseIntError) -> String {
    use std::num::IntErrorKind;
    let problem = match e.kind() {
        IntErrorKind::PosOverflow => "too-large",
        IntErrorKind::NegOverflow => "too-small",
        _ => "other",
    };
    let body = sentence(
        id::not_a_whole_number,
        &[
            ("value", value.to_arg()),
            ("arg", arg.to_arg()),
            ("problem", problem.to_arg()),
        ],
    );
    format!("{}: {body}", error_prefix())
}

/// The prefix of a fatal error line.
pub fn error_prefix() -> &'static str {
    match lang() {
        Lang::En => "error",
        Lang::Vi => "lỗi",
    }
}

/// R4 answer when the latest date is not a working day.
pub fn before_event_answer(latest: chrono::NaiveDate, last_working: chrono::NaiveDate) -> String {
    if latest == last_working {
        sentence(
            id::before_event_answer_1,
            &[
                ("last_working", last_working.to_arg()),
                ("last_working_vn", (vn_date(last_working)).to_arg()),
            ],
        )
    } else {
        sentence(
            id::before_event_answer_2,
            &[
                ("last_working", last_working.to_arg()),
                ("latest", latest.to_arg()),
                ("last_working_vn", (vn_date(last_working)).to_arg()),
                ("latest_vn", (vn_date(latest)).to_arg()),
            ],
        )
    }
}

/// The counting rule applied, with its legal source.
pub fn counting_rule(rule: &str) -> String {
    match rule {
        "working-days" => sentence(id::counting_rule_1, &[]),
        "calendar-days" => sentence(id::counting_rule_2, &[]),
        _ => sentence(id::counting_rule_3, &[]),
    }
}

/// One line for the deadlines a command printed that fall in years without an official
/// schedule yet.
pub fn provisional_deadlines(years: &[i32]) -> String {
    let list = years
        .iter()
        .map(i32::to_string)
        .collect::<Vec<_>>()
        .join(", ");
    sentence(id::provisional_deadlines_1, &[("list", list.to_arg())])
}

/// The note under a page's or workbook's title when its deadlines fall in years without an
/// official schedule.
pub fn provisional_on_paper(years: &[i32]) -> String {
    let list = years
        .iter()
        .map(i32::to_string)
        .collect::<Vec<_>>()
        .join(", ");
    sentence(id::provisional_on_paper_1, &[("list", list.to_arg())])
}

pub fn month_title(year: i32, month: u32) -> String {
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let i = (month.clamp(1, 12) - 1) as usize;
    sentence(
        id::month_title_1,
        &[
            ("value1", (EN[i]).to_arg()),
            ("year", year.to_arg()),
            ("month", month.to_arg()),
        ],
    )
}

pub fn deadline_moved(
    rule: &str,
    record: &str,
    from: chrono::NaiveDate,
    to: chrono::NaiveDate,
) -> String {
    // "opinion 3" as the interface names the record ("ý kiến 3").
    let shown_record = match record.split_once(' ') {
        Some((kind, id)) => format!("{} {id}", label(kind).to_lowercase()),
        None => record.to_string(),
    };
    sentence(
        id::deadline_moved_1,
        &[
            ("rule", rule.to_arg()),
            ("record", record.to_arg()),
            ("from", from.to_arg()),
            ("to", to.to_arg()),
            ("shown_record", shown_record.to_arg()),
            ("from_vn", (vn_date(from)).to_arg()),
            ("to_vn", (vn_date(to)).to_arg()),
        ],
    )
}

pub fn override_recorded(
    kind: &str,
    from: chrono::NaiveDate,
    to: chrono::NaiveDate,
    name: &str,
) -> String {
    let span = if from == to {
        date(from)
    } else {
        format!("{} … {}", date(from), date(to))
    };
    match kind {
        "holiday" => sentence(
            id::override_recorded_1,
            &[("span", span.to_arg()), ("name", name.to_arg())],
        ),
        _ => sentence(
            id::override_recorded_2,
            &[("span", span.to_arg()), ("name", name.to_arg())],
        ),
    }
}

fn opt_date(d: Option<chrono::NaiveDate>) -> String {
    d.map(date).unwrap_or_else(|| sentence(id::opt_date_1, &[]))
}

pub fn session_planned(
    id: i64,
    announce_due: Option<chrono::NaiveDate>,
    announce_safe: Option<chrono::NaiveDate>,
    r9_if_held: chrono::NaiveDate,
) -> String {
    let safe = match (announce_due, announce_safe) {
        (Some(a), Some(s)) if a != s => {
            sentence(id::session_planned_1, &[("s", (date(s)).to_arg())])
        }
        _ => String::new(),
    };
    sentence(
        id::session_planned,
        &[
            ("id", id.to_arg()),
            ("announce", opt_date(announce_due).to_arg()),
            ("safe", safe.to_arg()),
            ("r9", date(r9_if_held).to_arg()),
        ],
    )
}

pub fn session_held(id: i64, due: Option<chrono::NaiveDate>) -> String {
    let due = due.map(date).unwrap_or_default();
    sentence(
        id::session_held_1,
        &[("id", id.to_arg()), ("due", due.to_arg())],
    )
}

pub fn held_on_another_day(
    id: i64,
    planned: chrono::NaiveDate,
    held: chrono::NaiveDate,
    announce_due: Option<chrono::NaiveDate>,
) -> String {
    let mut args = vec![
        ("id", id.to_arg()),
        ("planned", date(planned).to_arg()),
        ("held", date(held).to_arg()),
        ("r4", "none".to_arg()),
    ];
    if let Some(due) = announce_due {
        args[3] = ("r4", "moved".to_arg());
        args.push(("announce_due", date(due).to_arg()));
    }
    sentence(id::held_on_another_day, &args)
}

pub fn session_stopped(id: i64, due: Option<chrono::NaiveDate>) -> String {
    let due = due.map(date).unwrap_or_default();
    sentence(
        id::session_stopped_1,
        &[("id", id.to_arg()), ("due", due.to_arg())],
    )
}

/// A flag of `session show`, in words.
pub fn session_flag(flag: &crate::ops::session::SessionFlag) -> String {
    use crate::ops::session::SessionFlag;
    match flag {
        SessionFlag::Deadline { deadline } => msg!(
            flag_line,
            rule = deadline.rule.as_str(),
            rule_ref = rule_ref(deadline.rule.as_str()),
            due_word = label("due").to_lowercase(),
            due = date(deadline.due),
            standing = standing(&deadline.standing, deadline.unit)
        )
        .to_string(),
        SessionFlag::AdHocNoAnnouncement => msg!(ad_hoc_no_announcement).to_string(),
        SessionFlag::Delegated { deputy, reason } => msg!(
            delegated_flag,
            deputy = deputy,
            reason = label(reason.as_str())
        )
        .to_string(),
        SessionFlag::Stopped { reason } => msg!(stopped_flag, reason = reason).to_string(),
        SessionFlag::OpinionDeadline { opinion, deadline } => {
            format!(
                "{} {opinion}: {}",
                label("opinion"),
                msg!(
                    flag_line,
                    rule = deadline.rule.as_str(),
                    rule_ref = rule_ref(deadline.rule.as_str()),
                    due_word = label("due").to_lowercase(),
                    due = date(deadline.due),
                    standing = standing(&deadline.standing, deadline.unit)
                )
            )
        }
        SessionFlag::LateTimelineNotice {
            opinion,
            working_days_late,
        } => msg!(
            late_extension_flag,
            opinion = *opinion,
            days = *working_days_late
        )
        .to_string(),
    }
}

/// `speaker register` at a session held already: registering is before the session; someone
/// who spoke there without registering is recorded with `--spoke` (Art. 8.1).
pub fn register_after_held(session: i64, status_code: &str) -> Message {
    Message::new(
        id::register_after_held,
        vec![
            ("session", session.to_arg()),
            ("status", status_code.to_arg()),
            ("status_word", Arg::Word(label(status_code))),
        ],
    )
}

pub fn spoke_without_registering_refused(session: i64, status_code: &str) -> Message {
    let words = |vi: bool| code_in_words(status_code, vi);
    Message::new(
        id::spoke_without_registering_refused_1,
        vec![
            ("session", session.to_arg()),
            ("false", (words(false)).to_arg()),
            ("true", (words(true)).to_arg()),
        ],
    )
}

pub fn unassigned_opinions(ids: &[i64]) -> Message {
    let list = ids
        .iter()
        .map(|i| i.to_string())
        .collect::<Vec<_>>()
        .join(", ");
    Message::new(id::unassigned_opinions_1, vec![("list", list.to_arg())])
}

pub fn deadline_basis(rule: &str, from: chrono::NaiveDate, due: chrono::NaiveDate) -> String {
    match rule {
        "R12" => sentence(
            id::deadline_basis_1,
            &[
                ("from", (date(from)).to_arg()),
                ("due", (date(due)).to_arg()),
            ],
        ),
        _ => sentence(
            id::deadline_basis_2,
            &[
                ("from", (date(from)).to_arg()),
                ("due", (date(due)).to_arg()),
            ],
        ),
    }
}

pub fn tally_header(key: &str) -> String {
    interface_word("tally", key)
}

pub fn abolished_level_sessions(ids: &[i64]) -> String {
    let list = ids
        .iter()
        .map(i64::to_string)
        .collect::<Vec<_>>()
        .join(", ");
    sentence(id::abolished_level_sessions_1, &[("list", list.to_arg())])
}

pub fn unknown_agency(name: &str, closest: &[String], may_add: bool, offer_new: bool) -> Message {
    let closest = closest
        .iter()
        .map(|n| format!("'{n}'"))
        .collect::<Vec<_>>()
        .join(", ");
    let advice = match (may_add, offer_new) {
        (false, _) => "none",
        (true, true) => "add-or-new",
        (true, false) => "list",
    };
    let has_closest = if closest.is_empty() { "no" } else { "yes" };
    Message::new(
        id::unknown_agency,
        vec![
            ("name", name.to_arg()),
            ("closest", closest.to_arg()),
            ("has_closest", has_closest.to_arg()),
            ("advice", advice.to_arg()),
        ],
    )
}

pub fn nothing_to_correct(record: &str, id: i64) -> Message {
    let show = hint_command(&show_command(record, id));
    Message::new(
        id::nothing_to_correct_1,
        vec![
            ("record", record.to_arg()),
            ("id", id.to_arg()),
            ("show", show.to_arg()),
            ("record_word", (label(record).to_lowercase()).to_arg()),
        ],
    )
}

pub fn session_rescheduled(
    id: i64,
    date_: chrono::NaiveDate,
    announce_due: Option<chrono::NaiveDate>,
    r9_if_held: chrono::NaiveDate,
) -> String {
    let due = announce_due.map(date).unwrap_or_else(|| "—".into());
    sentence(
        id::session_rescheduled,
        &[
            ("id", id.to_arg()),
            ("date", date(date_).to_arg()),
            ("due", due.to_arg()),
            ("r9", date(r9_if_held).to_arg()),
        ],
    )
}

pub fn cannot_undo(record: &str, action: &str) -> Message {
    let kind = match action {
        "merge" | "merge-agency" => "merge",
        "correct" => "correct",
        _ => "other",
    };
    Message::new(
        id::cannot_undo,
        vec![
            ("action", kind.to_arg()),
            ("action_code", action.to_arg()),
            ("action_word", label(action).to_arg()),
            ("record", record.to_arg()),
            ("record_word", label(record).to_lowercase().to_arg()),
        ],
    )
}

pub fn confirm_undo(command: &str, at: &str, steps: usize) -> String {
    sentence(
        id::confirm_undo,
        &[
            // In the clerk's command words (`hoi-nghi ke-hoach`): the history keeps the stable
            // English path.
            ("command", command_words(command).to_arg()),
            ("at", at.to_arg()),
            ("steps", steps.to_arg()),
        ],
    )
}

/// "Q3/2026" / "Quý III/2026".
pub fn quarter_label(year: i32, q: u32) -> String {
    let roman = ["I", "II", "III", "IV"]
        .get(q.saturating_sub(1) as usize)
        .copied()
        .unwrap_or("?");
    sentence(
        id::quarter_label_1,
        &[
            ("q", q.to_arg()),
            ("year", year.to_arg()),
            ("roman", roman.to_arg()),
        ],
    )
}

pub fn document_settings_missing(options: &[&str]) -> Message {
    let list = options.join(", ");
    let example: Vec<String> = options
        .iter()
        .map(|o| match *o {
            "--place" => "--place \"Hoàng Mai\"".to_string(),
            "--signer-title" => "--signer-title \"CHỦ TỊCH\"".to_string(),
            other => other.to_string(),
        })
        .collect();
    let example = example.join(" ");
    Message::new(
        id::document_settings_missing_1,
        vec![("list", list.to_arg()), ("example", example.to_arg())],
    )
}

pub fn not_invited_to_draft(name: &str, session: i64, invited: &[&str]) -> Message {
    let list = if invited.is_empty() {
        "—".to_string()
    } else {
        invited.join("; ")
    };
    Message::new(
        id::not_invited_to_draft_1,
        vec![
            ("name", name.to_arg()),
            ("session", session.to_arg()),
            ("list", list.to_arg()),
        ],
    )
}

/// A code as a label in one language, whatever the interface speaks (a refusal drafted while
/// the document itself is in Vietnamese); the code itself when it has no label.
fn code_in_words(code: &str, vi: bool) -> String {
    let lang = if vi { Lang::Vi } else { Lang::En };
    catalogue_word(lang, "label", code).unwrap_or_else(|| code.to_string())
}

/// `doc forward|timeline` for an opinion whose state has no such act to draft (answered at the
/// session, out of scope, answered in writing…): no command can record one now.
pub fn nothing_of_this_kind(opinion: i64, status_code: &str) -> Message {
    let words = |vi: bool| code_in_words(status_code, vi);
    Message::new(
        id::nothing_of_this_kind_1,
        vec![
            ("opinion", opinion.to_arg()),
            ("false", (words(false)).to_arg()),
            ("true", (words(true)).to_arg()),
        ],
    )
}

/// "01/04/2026 – 30/06/2026" (ISO in English).
pub fn period_range(from: chrono::NaiveDate, to: chrono::NaiveDate) -> String {
    format!("{} – {}", date(from), date(to))
}

pub fn no_written_answer(opinion: i64, status_code: &str) -> Message {
    // The refusal speaks the interface's language, even while a document is drafted.
    let words = |vi: bool| code_in_words(status_code, vi);
    Message::new(
        id::no_written_answer_1,
        vec![
            ("opinion", opinion.to_arg()),
            ("false", (words(false)).to_arg()),
            ("true", (words(true)).to_arg()),
        ],
    )
}

pub fn registered_speakers(session: i64, names: &[&str]) -> String {
    if names.is_empty() {
        sentence(id::registered_speakers_1, &[("session", session.to_arg())])
    } else {
        sentence(
            id::registered_speakers_2,
            &[
                ("session", session.to_arg()),
                ("names", (names.join("; ")).to_arg()),
            ],
        )
    }
}

/// A document signed by someone the office's recorded chair and deputies do not include.
pub fn signer_not_on_roster(name: &str, chair: Option<&str>, deputies: &[String]) -> Message {
    let chair = chair.unwrap_or("—");
    let deputies = if deputies.is_empty() {
        "—".to_string()
    } else {
        deputies.join("; ")
    };
    Message::new(
        id::signer_not_on_roster_1,
        vec![
            ("name", name.to_arg()),
            ("chair", chair.to_arg()),
            ("deputies", deputies.to_arg()),
        ],
    )
}

/// A signer given a title that is not theirs (the chair as a deputy, or the reverse): the
/// document's own `--signer-title` when it was given there, else the settings.
pub fn signer_title_disagrees(
    name: &str,
    given: &str,
    expected: &str,
    given_here: bool,
) -> Message {
    if given_here {
        Message::new(
            id::signer_title_disagrees_1,
            vec![
                ("name", name.to_arg()),
                ("expected", expected.to_arg()),
                ("given", given.to_arg()),
            ],
        )
    } else {
        Message::new(
            id::signer_title_disagrees_2,
            vec![
                ("name", name.to_arg()),
                ("expected", expected.to_arg()),
                ("given", given.to_arg()),
            ],
        )
    }
}

pub fn vocabulary_accepted(e: &crate::rules::vocabulary::VocabularyError) -> Message {
    // Each accepted value as the clerk reads it, and the word to type for it: the
    // Vietnamese one where the glossary has it, not the English code.
    let accepted_words = e
        .accepted
        .split(", ")
        .map(|code| {
            let typed = crate::rules::vocabulary::vietnamese_word(e.what, code).unwrap_or(code);
            format!("{} ({typed})", label(code))
        })
        .collect::<Vec<_>>()
        .join(", ");
    Message::new(
        id::error_vocabulary,
        vec![
            ("value", e.value.to_arg()),
            ("what", e.what.to_arg()),
            ("what_word", Arg::Word(label(e.what).to_lowercase())),
            ("accepted", e.accepted.to_arg()),
            ("accepted_words", Arg::Word(accepted_words)),
        ],
    )
}

/// An error as data, for an outcome that carries it (an import's problem): a refusal's own
/// message, else the error worded (errors the catalogue has no code for).
pub fn error_message(e: &Error) -> Message {
    match e {
        Error::Invalid(message) | Error::Refused(message) => message.clone(),
        Error::Vocabulary(v) => vocabulary_accepted(v),
        other => Message::new(id::error_other, vec![("detail", Arg::Word(error(other)))]),
    }
}

pub fn ambiguous_speaker(orders: &[i64]) -> Message {
    let list: Vec<String> = orders.iter().map(ToString::to_string).collect();
    Message::new(
        id::ambiguous_speaker_1,
        vec![("list", (list.join(", ")).to_arg())],
    )
}

pub fn import_summary(
    file: &str,
    nothing_written: bool,
    created: usize,
    already: usize,
    problems: usize,
) -> String {
    match (nothing_written, problems) {
        (true, 0) => sentence(
            id::import_summary_1,
            &[
                ("file", file.to_arg()),
                ("created", created.to_arg()),
                ("already", already.to_arg()),
            ],
        ),
        (true, p) => sentence(
            id::import_summary_2,
            &[
                ("file", file.to_arg()),
                ("p", p.to_arg()),
                ("created", created.to_arg()),
                ("already", already.to_arg()),
            ],
        ),
        (false, _) => sentence(
            id::import_summary_3,
            &[
                ("file", file.to_arg()),
                ("created", created.to_arg()),
                ("already", already.to_arg()),
            ],
        ),
    }
}

pub fn schedule_change(
    date: chrono::NaiveDate,
    before: Option<(&str, &str)>,
    after: Option<(&str, &str)>,
) -> String {
    let day = |k: &str| label(k);
    match (before, after) {
        (None, Some((k, n))) => sentence(
            id::schedule_change_1,
            &[
                ("date", date.to_arg()),
                ("k", (day(k)).to_arg()),
                ("n", n.to_arg()),
                ("date_vn", (vn_date(date)).to_arg()),
            ],
        ),
        (Some((k, n)), None) => sentence(
            id::schedule_change_2,
            &[
                ("date", date.to_arg()),
                ("k", (day(k)).to_arg()),
                ("n", n.to_arg()),
                ("date_vn", (vn_date(date)).to_arg()),
            ],
        ),
        (Some((k0, n0)), Some((k1, n1))) => sentence(
            id::schedule_change_3,
            &[
                ("date", date.to_arg()),
                ("k0", (day(k0)).to_arg()),
                ("n0", n0.to_arg()),
                ("k1", (day(k1)).to_arg()),
                ("n1", n1.to_arg()),
                ("date_vn", (vn_date(date)).to_arg()),
            ],
        ),
        (None, None) => String::new(),
    }
}

pub fn schedule_incomplete(year: i32, gaps: &crate::rules::calendar::ScheduleGaps) -> Message {
    let days =
        |days: &[chrono::NaiveDate]| days.iter().map(|d| date(*d)).collect::<Vec<_>>().join(", ");
    let mut problems = Vec::new();
    if !gaps.missing.is_empty() {
        problems.push(sentence(
            id::schedule_lacks_holidays,
            &[("days", days(&gaps.missing).to_arg())],
        ));
    }
    if !gaps.worked.is_empty() {
        problems.push(sentence(
            id::schedule_works_holidays,
            &[("days", days(&gaps.worked).to_arg())],
        ));
    }
    if gaps.short_by > 0 {
        problems.push(sentence(
            id::schedule_short_by,
            &[("days", gaps.short_by.to_arg())],
        ));
    }
    Message::new(
        id::schedule_incomplete,
        vec![
            ("year", year.to_arg()),
            ("problems", problems.join("; ").to_arg()),
        ],
    )
}

pub fn schedule_summary(years: &[i32], changes: usize, moved: usize, dry_run: bool) -> String {
    let years: Vec<String> = years.iter().map(ToString::to_string).collect();
    let years = years.join(", ");
    if dry_run {
        sentence(
            id::schedule_summary_1,
            &[
                ("years", years.to_arg()),
                ("changes", changes.to_arg()),
                ("moved", moved.to_arg()),
            ],
        )
    } else {
        sentence(
            id::schedule_summary_2,
            &[
                ("years", years.to_arg()),
                ("changes", changes.to_arg()),
                ("moved", moved.to_arg()),
            ],
        )
    }
}

pub fn no_office_files(dir: Option<&std::path::Path>) -> Message {
    let dir = dir.map(shown).unwrap_or_default();
    Message::new(id::no_office_files_1, vec![("dir", dir.to_arg())])
}

/// The guided entry: one open session to choose from.
pub fn guided_session(id: i64, title: &str, day: chrono::NaiveDate, status: &str) -> String {
    format!(
        "{id} — {} ({}, {})",
        crate::output::clip(title, 60),
        date(day),
        code_in_words(status, lang() == Lang::Vi)
    )
}

/// The guided entry's prompt, with the value an empty answer takes.
pub fn guided_prompt(default: Option<&str>) -> String {
    match default {
        Some(d) => sentence(id::guided_prompt_1, &[("d", d.to_arg())]),
        None => "> ".to_string(),
    }
}

/// A file written by `--output`: its path, and how many rows or how large.
pub fn output_written(path: &std::path::Path, rows: Option<usize>, bytes: u64) -> String {
    let size = if bytes >= 1 << 20 {
        format!("{} MB", decimal(bytes as f64 / f64::from(1 << 20), 1))
    } else if bytes >= 1024 {
        format!("{} KB", bytes.div_ceil(1024))
    } else {
        sentence(id::size_in_bytes, &[("bytes", bytes.to_arg())])
    };
    match rows {
        Some(rows) => sentence(
            id::output_written_1,
            &[
                ("path_display", (path.display()).to_arg()),
                ("rows", rows.to_arg()),
                ("size", size.to_arg()),
            ],
        ),
        None => sentence(
            id::output_written_2,
            &[
                ("path_display", (path.display()).to_arg()),
                ("size", size.to_arg()),
            ],
        ),
    }
}

/// A calendar layer in words ("office" is the office's own decision, not the office itself).
pub fn layer_word(layer: &str) -> String {
    if layer == "office" {
        label("office_override")
    } else {
        label(layer)
    }
}

pub fn value_word(field: &str, value: &str) -> Option<String> {
    use crate::rules::reports::PlanVerdict;
    Some(match (field, value) {
        ("unit", "working-days") => sentence(id::value_word_1, &[]),
        ("unit", "calendar-days") => sentence(id::value_word_2, &[]),
        ("verdict", "held") => plan_verdict(PlanVerdict::Held),
        ("verdict", "planned-not-held") => plan_verdict(PlanVerdict::PlannedNotHeld),
        ("verdict", "missing") => plan_verdict(PlanVerdict::Missing),
        ("topics", list) if !list.is_empty() => list
            .split(';')
            .map(|t| label(t.trim()))
            .collect::<Vec<_>>()
            .join("; "),
        ("weekday", day) => {
            let key = day.to_ascii_lowercase();
            catalogue_word(*LANG.get().unwrap_or(&Lang::En), "weekday", &key)?
        }
        ("status" | "layer", "office") => label("office_override"),
        ("check", code) => check_kind(code),
        // A conclusion notice and the office, named as the history's table names them.
        ("record_kind", "conclusion") => label("notice"),
        ("record_kind", "office") => label("office_record"),
        (_, "true") => label("yes"),
        (_, "false") => label("no"),
        _ => return None,
    })
}

pub fn plan_verdict(v: crate::rules::reports::PlanVerdict) -> String {
    use crate::rules::reports::PlanVerdict;
    match v {
        PlanVerdict::Held => sentence(id::plan_verdict_1, &[]),
        PlanVerdict::PlannedNotHeld => sentence(id::plan_verdict_2, &[]),
        PlanVerdict::Missing => sentence(id::plan_verdict_3, &[]),
    }
}

pub fn backup_exists(path: &std::path::Path, older_backup: bool) -> Message {
    match older_backup {
        true => Message::new(id::backup_exists_1, vec![("path", (shown(path)).to_arg())]),
        false => Message::new(id::backup_exists_2, vec![("path", (shown(path)).to_arg())]),
    }
}

pub fn restored(
    db: &std::path::Path,
    backup: &std::path::Path,
    kept: Option<&std::path::Path>,
) -> String {
    sentence(
        id::restored,
        &[
            ("db", shown(db).to_arg()),
            ("backup", shown(backup).to_arg()),
            ("kept", kept.map(shown).unwrap_or_default().to_arg()),
            (
                "was_kept",
                if kept.is_some() { "yes" } else { "no" }.to_arg(),
            ),
        ],
    )
}

pub fn engine_line(version: &str, journal_mode: &str, synchronous: i64) -> String {
    let sync = match synchronous {
        0 => "off",
        1 => "normal",
        2 => "full",
        _ => "extra",
    };
    let wal = if journal_mode.eq_ignore_ascii_case("wal") {
        "yes"
    } else {
        "no"
    };
    sentence(
        id::engine_line,
        &[
            ("version", version.to_arg()),
            ("journal_mode", journal_mode.to_arg()),
            ("sync", sync.to_arg()),
            ("wal", wal.to_arg()),
        ],
    )
}

/// An operating-system error in the interface's language: the system's own English words
/// under `en`, a Vietnamese sentence for the kinds a clerk meets under `vi` (the system's words
/// kept for the rest, with their code).
pub fn io_cause(e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    // In English the system's own words; in Vietnamese the catalogue's for the kinds it knows.
    if lang() == Lang::En {
        return e.to_string();
    }
    let key = match e.kind() {
        K::NotFound => "not-found",
        K::PermissionDenied => "permission-denied",
        K::AlreadyExists => "already-exists",
        K::IsADirectory => "is-a-directory",
        K::NotADirectory => "not-a-directory",
        K::StorageFull => "storage-full",
        K::ReadOnlyFilesystem => "read-only-filesystem",
        K::InvalidData => "invalid-data",
        K::BrokenPipe => "broken-pipe",
        K::UnexpectedEof => "unexpected-eof",
        _ => return e.to_string(),
    };
    let cause = catalogue_word(Lang::Vi, "io", key).unwrap_or_else(|| e.to_string());
    match e.raw_os_error() {
        Some(code) => sentence(
            id::io_cause_with_code,
            &[("cause", cause.to_arg()), ("code", code.to_arg())],
        ),
        None => cause,
    }
}

/// The command words in Vietnamese, without diacritics, as a clerk types them (the glossary's
/// set): (the command's path, its alias) — one word per meaning across nouns. The command line
/// attaches them (`cli::aliases`); the history shows a command in them to a Vietnamese reader.
pub const COMMAND_ALIASES: &[(&str, &str)] = &[
    ("init", "khoi-tao"),
    ("calendar", "lich"),
    ("calendar deadline", "han"),
    ("calendar show", "xem"),
    ("calendar list", "danh-sach"),
    ("calendar add-holiday", "them-ngay-nghi"),
    ("calendar add-workday", "them-ngay-lam"),
    ("calendar remove", "xoa"),
    ("calendar import", "nhap"),
    ("session", "hoi-nghi"),
    ("session plan", "ke-hoach"),
    ("session announce", "thong-bao"),
    ("session invite", "moi"),
    ("session delegate", "uy-quyen"),
    ("session hold", "to-chuc"),
    ("session stop", "dung"),
    ("session cancel", "huy"),
    ("session edit", "sua"),
    ("session reschedule", "doi-lich"),
    ("session uninvite", "rut-moi"),
    ("session list", "danh-sach"),
    ("session show", "xem"),
    ("speaker", "phat-bieu"),
    ("speaker register", "dang-ky"),
    ("speaker import", "nhap"),
    ("speaker refuse", "tu-choi"),
    ("speaker spoke", "da-phat-bieu"),
    ("speaker withdraw", "rut"),
    ("speaker list", "danh-sach"),
    ("speaker edit", "sua"),
    ("opinion", "y-kien"),
    ("opinion add", "them"),
    ("opinion import", "nhap"),
    ("opinion answer", "tra-loi-tai-cho"),
    ("opinion out-of-scope", "ngoai-pham-vi"),
    ("opinion respond", "tra-loi"),
    ("opinion forward", "chuyen"),
    ("opinion extend", "gia-han"),
    ("opinion list", "danh-sach"),
    ("opinion show", "xem"),
    ("opinion edit", "sua"),
    ("opinion reassign", "giao-lai"),
    ("conclusion", "ket-luan"),
    ("conclusion issue", "ban-hanh"),
    ("conclusion show", "xem"),
    ("agency", "co-quan"),
    ("agency add", "them"),
    ("agency list", "danh-sach"),
    ("agency rename", "doi-ten"),
    ("agency edit", "sua"),
    ("agency merge", "gop"),
    ("history", "nhat-ky"),
    ("report", "bao-cao"),
    ("report overdue", "qua-han"),
    ("report period", "dinh-ky"),
    ("report plan", "ke-hoach-nam"),
    ("doc", "van-ban"),
    ("doc announcement", "thong-bao"),
    ("doc invitation", "giay-moi"),
    ("doc minutes", "bien-ban"),
    ("doc notice", "thong-bao-ket-luan"),
    ("doc answer", "tra-loi"),
    ("doc forward", "chuyen"),
    ("doc timeline", "gia-han"),
    ("doc report", "bao-cao"),
    ("export", "xuat"),
    ("check", "kiem-tra"),
    ("backup", "sao-luu"),
    ("restore", "khoi-phuc"),
    ("undo", "hoan-tac"),
    ("config", "cau-hinh"),
    ("config show", "xem"),
    ("config set", "dat"),
    ("config unset", "bo"),
    ("config path", "duong-dan"),
    ("man", "huong-dan"),
    ("completions", "tu-hoan-thanh"),
];

/// A command's path ("opinion add") as the reader says it: in Vietnamese the clerk's words
/// ("y-kien them"), each word whose alias is known; the history keeps the English path.
pub fn command_words(path: &str) -> String {
    if lang() != Lang::Vi {
        return path.to_string();
    }
    let words: Vec<&str> = path.split(' ').collect();
    (1..=words.len())
        .map(|n| {
            let prefix = words[..n].join(" ");
            COMMAND_ALIASES
                .iter()
                .find(|(p, _)| *p == prefix)
                .map_or(words[n - 1], |(_, alias)| alias)
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {

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
}
