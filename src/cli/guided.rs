//! A clerk at a terminal who types a command without its required values (`doithoai y-kien
//! them`) is asked for each one in the interface's language: the choices of a closed list shown,
//! today offered for a date, an agency picked from the office's by part of its name typed
//! without diacritics, a session from the open ones. Then the whole command line is shown, to
//! learn from, and run. Never when stdin or stderr is not a terminal: a script or a cron job
//! keeps its usage error.

use chrono::NaiveDate;
use clap::Command;
use doithoai::rules::text::fold;
use doithoai::rules::vocabulary;
use doithoai::words;
use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;

/// Whether a person is there to answer: stdin and stderr are both terminals.
pub fn at_a_terminal() -> bool {
    std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}

/// What kind of value an argument takes, for asking it.
enum Ask {
    /// One of a closed list (the vocabulary's name in `rules::vocabulary`).
    Choice(&'static str),
    /// A date: today is offered when it is the usual answer (the day of an act).
    Date {
        today_offered: bool,
    },
    /// An agency of the office: picked from the existing ones by part of its name.
    Agency,
    /// A session: picked from the open ones.
    Session,
    Text,
}

/// How `long` (or a positional's id) of the command at `path` is asked.
fn kind_of(path: &str, long: Option<&str>, id: &str) -> Ask {
    match (long, id) {
        (Some("category"), _) => Ask::Choice("category"),
        (Some("priority"), _) => Ask::Choice("priority"),
        (Some("kind"), _) => Ask::Choice("session kind"),
        (Some("form"), _) => Ask::Choice("session form"),
        (Some("chair-role"), _) => Ask::Choice("chair role"),
        (Some("level"), _) => Ask::Choice("level"),
        (Some("honorific"), _) => Ask::Choice("honorific"),
        (Some("as"), _) => Ask::Choice("out-of-scope kind"),
        (Some("reason"), _) if path.ends_with("refuse") => Ask::Choice("refusal reason"),
        (Some("reason"), _) if path.ends_with("delegate") => Ask::Choice("delegation reason"),
        (Some("agency"), _) => Ask::Agency,
        (Some("on" | "notified-on"), _) => Ask::Date {
            today_offered: true,
        },
        (Some("date" | "until"), _) => Ask::Date {
            today_offered: false,
        },
        (Some("from"), _) if path == "calendar deadline" => Ask::Date {
            today_offered: true,
        },
        (None, "session") => Ask::Session,
        (None, "id") if path.starts_with("session ") => Ask::Session,
        _ => Ask::Text,
    }
}

/// Ask at the terminal for every value `error` names as missing, and give the completed
/// command line (the program's name first) — or `None` when the clerk gives up (an empty
/// answer to a value that has no default, or the end of input).
pub fn complete(
    command: &Command,
    error: &clap::Error,
    typed: &[std::ffi::OsString],
) -> Option<Vec<String>> {
    use clap::error::{ContextKind, ContextValue};
    let mut args: Vec<String> = typed
        .iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let mut missing = match error.get(ContextKind::InvalidArg) {
        Some(ContextValue::Strings(names)) => names.clone(),
        Some(ContextValue::String(name)) => vec![name.clone()],
        _ => return None,
    };
    // What the command is about first (the session), then its options.
    missing.sort_by_key(|name| name.starts_with("--"));
    // The command the words name (aliases too), and its path in English words.
    let mut built = command.clone();
    built.build();
    let mut sub = &built;
    let mut path: Vec<String> = Vec::new();
    for word in args.iter().skip(1).filter(|a| !a.starts_with('-')) {
        if let Some(found) = sub.find_subcommand(word) {
            sub = found;
            path.push(found.get_name().to_string());
        }
    }
    let path = path.join(" ");
    let today = today(&args);
    let db = database(&args);
    // No database yet (and not `init`, which makes one): nothing to ask for — the command's
    // own error says what to do first.
    if !path.starts_with("init") && !db.as_deref().is_some_and(std::path::Path::exists) {
        return None;
    }
    let doithoai::ops::guided::Choices { agencies, sessions } = db
        .as_deref()
        .and_then(|db| doithoai::ops::guided::choices(db).ok())
        .unwrap_or_default();
    let stdin = std::io::stdin();
    let mut lines = stdin.lock().lines();
    let mut err = std::io::stderr();
    let mut positionals = Vec::new();
    for name in &missing {
        let arg = if let Some(long) = name.strip_prefix("--") {
            let long = long.split([' ', '=']).next().unwrap_or_default();
            sub.get_arguments().find(|a| a.get_long() == Some(long))
        } else {
            let inner = name.trim_matches(|c| c == '<' || c == '>' || c == '.');
            sub.get_positionals().find(|a| {
                a.get_value_names()
                    .is_some_and(|names| names.iter().any(|n| n.as_str() == inner))
                    || a.get_id().as_str().eq_ignore_ascii_case(inner)
            })
        }?;
        let kind = kind_of(&path, arg.get_long(), arg.get_id().as_str());
        let help = arg
            .get_help()
            .map(ToString::to_string)
            .unwrap_or_else(|| arg.get_id().to_string());
        let shown = match arg.get_long() {
            Some(long) => format!("--{long}"),
            None => name.clone(),
        };
        let _ = writeln!(
            err,
            "{}",
            msg!(guided_asking, option = &shown, help = &help)
        );
        match &kind {
            Ask::Choice(what) => {
                // One word per value (the shortest the glossary gives), with its meaning.
                let mut shown: Vec<(String, &str)> = Vec::new();
                for word in vocabulary::vietnamese_words(what) {
                    let Some(code) = vocabulary::vietnamese_alias(what, word) else {
                        continue;
                    };
                    match shown.iter_mut().find(|(_, c)| *c == code) {
                        Some(slot) if slot.0.len() > word.len() => slot.0 = word.to_string(),
                        Some(_) => {}
                        None => shown.push((word.to_string(), code)),
                    }
                }
                let words: Vec<String> = shown
                    .iter()
                    .map(|(word, code)| format!("{word} ({})", words::label(code)))
                    .collect();
                let _ = writeln!(err, "  {}", msg!(guided_choices, words = &words.join(", ")));
            }
            Ask::Session => {
                for s in &sessions {
                    let _ = writeln!(
                        err,
                        "  {}",
                        words::guided_session(s.id, &s.title, s.date, s.status.as_str())
                    );
                }
            }
            Ask::Agency if !agencies.is_empty() => {
                let names: Vec<&str> = agencies.iter().map(|(_, n)| n.as_str()).collect();
                let _ = writeln!(err, "  {}", msg!(guided_choices, words = &names.join("; ")));
            }
            _ => {}
        }
        // An empty answer is asked again once (Enter pressed by mistake loses nothing); a second
        // one gives up.
        let mut empty_once = false;
        let value = loop {
            let default = matches!(
                kind,
                Ask::Date {
                    today_offered: true
                }
            )
            .then(|| today.format("%d/%m/%Y").to_string());
            let _ = write!(err, "{}", words::guided_prompt(default.as_deref()));
            let _ = err.flush();
            let answer = match lines.next() {
                Some(Ok(line)) => line.trim().to_string(),
                _ => {
                    // Ctrl-D: the usage error follows on a line of its own.
                    let _ = writeln!(err);
                    return None;
                }
            };
            let answer = match (answer.is_empty(), &default) {
                (true, Some(d)) => d.clone(),
                (true, None) if !empty_once => {
                    empty_once = true;
                    let _ = writeln!(err, "{}", msg!(guided_empty_answer));
                    continue;
                }
                (true, None) => return None,
                (false, _) => answer,
            };
            let answer = match kind {
                Ask::Agency => match pick_agency(&agencies, &answer, &mut lines, &mut err) {
                    Some(name) => name,
                    None => continue,
                },
                _ => answer,
            };
            // The command's own parser judges the value (the rest may still be missing); its
            // refusal is shown and the value asked again.
            // The positionals in their order: those answered before, then this one.
            let mut trial = args.clone();
            match arg.get_long() {
                Some(long) => {
                    trial.extend([format!("--{long}"), answer.clone()]);
                    trial.extend(positionals.iter().cloned());
                }
                None => {
                    trial.extend(positionals.iter().cloned());
                    trial.push(answer.clone());
                }
            }
            match command.clone().try_get_matches_from(&trial) {
                Err(e)
                    if matches!(
                        e.kind(),
                        clap::error::ErrorKind::InvalidValue
                            | clap::error::ErrorKind::ValueValidation
                    ) =>
                {
                    let line = words::usage_error(&e)
                        .unwrap_or_else(|| e.render().to_string().trim().to_string());
                    let _ = writeln!(err, "{line}");
                }
                _ => break answer,
            }
        };
        match arg.get_long() {
            Some(long) => {
                args.push(format!("--{long}"));
                args.push(value);
            }
            None => positionals.push(value),
        }
    }
    args.extend(positionals);
    // The whole line, as it could have been typed: to learn from.
    let words: Vec<String> = std::iter::once("doithoai".to_string())
        .chain(args.iter().skip(1).map(|a| shell_word(a)))
        .collect();
    let _ = writeln!(
        err,
        "{}",
        msg!(guided_full_command, line = &words.join(" "))
    );
    Some(args)
}

/// An agency named by part of its name, typed with or without diacritics: the one it matches,
/// or — when several do — the one picked by its number; a name matching none is a new agency,
/// taken as typed (the command says it creates it, or refuses a near miss).
fn pick_agency(
    agencies: &[(i64, String)],
    typed: &str,
    lines: &mut impl Iterator<Item = std::io::Result<String>>,
    err: &mut impl Write,
) -> Option<String> {
    let wanted = fold(typed);
    let matching: Vec<&String> = agencies
        .iter()
        .map(|(_, name)| name)
        .filter(|name| fold(name).contains(&wanted))
        .collect();
    match matching.as_slice() {
        [] => Some(typed.to_string()),
        [one] => Some((*one).clone()),
        several => {
            for (i, name) in several.iter().enumerate() {
                let _ = writeln!(err, "  {}. {name}", i + 1);
            }
            let _ = write!(err, "{}", words::guided_prompt(None));
            let _ = err.flush();
            let line = lines.next()?.ok()?;
            let picked = line
                .trim()
                .parse::<usize>()
                .ok()
                .and_then(|n| several.get(n.wrapping_sub(1)))
                .map(|name| (*name).clone());
            if picked.is_none() {
                let _ = writeln!(err, "{}", msg!(guided_pick_number, count = several.len()));
            }
            picked
        }
    }
}

/// A word as a shell reads it: quoted when it holds anything but plain characters.
fn shell_word(word: &str) -> String {
    if !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_alphanumeric() || "-_./=:,@%+".contains(c))
    {
        word.to_string()
    } else {
        format!("'{}'", word.replace('\'', "'\\''"))
    }
}

/// The office's day: `--today`, `DOITHOAI_TODAY`, else the date in Vietnam.
fn today(args: &[String]) -> NaiveDate {
    let given = value_of(args, "--today").or_else(|| std::env::var("DOITHOAI_TODAY").ok());
    given
        .and_then(|d| doithoai::rules::dates::parse_date(&d).ok())
        .unwrap_or_else(|| {
            let vietnam = chrono::FixedOffset::east_opt(7 * 3600);
            let now = chrono::Utc::now();
            vietnam.map_or_else(
                || now.date_naive(),
                |tz| now.with_timezone(&tz).date_naive(),
            )
        })
}

/// The database the command would open: `--db`, `DOITHOAI_DB`, the configuration's, or the
/// default place — as the command itself finds it.
fn database(args: &[String]) -> Option<PathBuf> {
    value_of(args, "--db")
        .or_else(|| std::env::var("DOITHOAI_DB").ok())
        .map(PathBuf::from)
        .or_else(|| doithoai::config::load().ok().and_then(|c| c.db))
        .or_else(|| super::default_db_location().ok())
}

/// The value of the last `--name VALUE` or `--name=VALUE` on the line.
fn value_of(args: &[String], name: &str) -> Option<String> {
    let mut found = None;
    for (i, a) in args.iter().enumerate() {
        if a == name {
            found = args.get(i + 1).cloned();
        } else if let Some(v) = a.strip_prefix(&format!("{name}=")) {
            found = Some(v.to_string());
        }
    }
    found
}
