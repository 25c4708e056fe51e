//! Errors in words: the one renderer of `Error` (a kind and its values, below the edge) into
//! the sentence and hint a user reads, the database's and the system's errors, usage errors of
//! the command line, and the command words hints are given in.

use super::*;

/// A sentence of the catalogue in the interface's language — also while a document is drafted
/// in Vietnamese (`in_vietnamese`): a refusal speaks to the clerk, not into the document.
/// A schema object that is not doithoai's, worded: "trigger zz on agency (extra)".
pub(crate) fn schema_difference(d: &crate::error::SchemaDifference) -> String {
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

/// The command that lists a kind of record, as a clerk can run it as shown: a speaker `2/1`
/// is listed with its session; a speaker known by id only, among all registrations.
pub(crate) fn list_command(record: &str, id: &str) -> String {
    match (record, id.split_once('/')) {
        ("speaker" | "registration", Some((session, _))) => {
            format!("doithoai speaker list {}", session.trim())
        }
        ("speaker" | "registration", None) => "doithoai export registrations".into(),
        ("conclusion", _) => "doithoai export conclusions".into(),
        _ => format!("doithoai {record} list"),
    }
}

/// A command line a hint gives, in the clerk's command words (`doithoai hoi-nghi danh-sach`).
pub(crate) fn hint_command(line: &str) -> String {
    command_line_in(lang() == Lang::Vi, line)
}

/// A command line in the command words of English, or of Vietnamese when `vi`.
pub(crate) fn command_line_in(vi: bool, line: &str) -> String {
    match line.strip_prefix("doithoai ") {
        Some(rest) if vi => format!("doithoai {}", vietnamese_command_words(rest)),
        _ => line.to_string(),
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
                (
                    "reference_date",
                    crate::message::Day(e.reference_date).to_arg(),
                ),
            ]);
            sentence(id::error_date_order, &args)
        }
        Error::FutureAct(e) => {
            let mut args = dated_args(e.what, e.date);
            args.extend([("today", crate::message::Day(e.today).to_arg())]);
            sentence(id::error_future_act, &args)
        }
        Error::Period(e) => sentence(
            id::error_period,
            &[("what", e.what.to_arg()), ("value", e.value.to_arg())],
        ),
        Error::OutOfRange(e) => sentence(
            id::error_out_of_range,
            &[
                ("date", crate::message::Day(e.date).to_arg()),
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
        Error::NotInitialised { path } if is_server_path(path) => {
            sentence(id::server_not_set_up, &[("db", (shown(path)).to_arg())])
        }
        Error::NotInitialised { path } => {
            sentence(id::database_error_9, &[("path", (shown(path)).to_arg())])
        }
        Error::ServerSilent { path, seconds } => sentence(
            id::server_silent,
            &[("db", shown(path).to_arg()), ("seconds", seconds.to_arg())],
        ),
        Error::Server {
            path,
            code,
            detail,
            unreached,
        } => {
            // What the clerk can do depends on the class of the SQLSTATE code, or on why the
            // server could not be reached.
            let kind = match code.as_deref() {
                None => unreached.map_or("unreachable", crate::error::Unreached::key),
                Some("28000") => "login",
                Some("28P01") => "password",
                Some("3D000") => "no-database",
                Some("53300") => "too-many",
                Some("40001" | "40P01") => "conflict",
                Some("57014" | "55P03") => "timeout",
                Some(c) if c.starts_with("08") || c.starts_with("57P") => "lost",
                Some("42501") => "privilege",
                Some(_) => "refused",
            };
            sentence(
                id::server_error,
                &[
                    ("db", shown(path).to_arg()),
                    ("kind", kind.to_arg()),
                    ("code", code.clone().unwrap_or_default().to_arg()),
                    ("detail", detail.to_arg()),
                ],
            )
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
pub(crate) fn file_kind_words(what: FileKind) -> (String, String) {
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
pub(crate) fn bytes_en(n: u64) -> String {
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

pub(crate) fn bytes_vi(n: u64) -> String {
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

/// The global options hidden from the help (a fixed clock for scripts and tests, SQLite's
/// waiting time, a document's page limit).
const HIDDEN_OPTIONS: &[&str] = &["--today", "--now", "--busy-timeout-ms", "--max-pages"];

/// clap's usage errors in Vietnamese (English keeps clap's own words, unless clap would offer a
/// hidden option for a typo): `None` for English or a kind without a Vietnamese sentence.
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
    let ctx = |kind: ContextKind| -> String {
        match e.get(kind) {
            Some(ContextValue::String(s)) => s.clone(),
            Some(ContextValue::Strings(v)) => v.join(", "),
            Some(other) => other.to_string(),
            None => String::new(),
        }
    };
    // Options kept for scripts and tests, hidden from the help, are never offered for a typo
    // (`--to` is not a misspelt `--today`): clap would, so the error is worded here then.
    let suggested = ctx(ContextKind::SuggestedArg);
    let hidden_suggested = HIDDEN_OPTIONS
        .iter()
        .any(|o| suggested.split(' ').next() == Some(*o));
    if lang() != Lang::Vi && !hidden_suggested {
        return None;
    }
    let suggestion = || {
        let s = ctx(ContextKind::SuggestedArg);
        let s = if hidden_suggested { String::new() } else { s };
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

/// Whether a database's shown name is a server's address (`postgres://…`).
fn is_server_path(path: &std::path::Path) -> bool {
    path.to_str().is_some_and(crate::store::pg::is_server)
}

/// The prefix of a fatal error line.
pub fn error_prefix() -> &'static str {
    match lang() {
        Lang::En => "error",
        Lang::Vi => "lỗi",
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
    ("db", "csdl"),
    ("db copy", "chep"),
    ("db upgrade", "nang-cap"),
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
    vietnamese_command_words(path)
}

/// A command's path in the clerk's Vietnamese command words.
fn vietnamese_command_words(path: &str) -> String {
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
