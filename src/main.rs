//! The `doithoai` binary: parse, run, map the error to an exit code — nothing else.

#[macro_use]
extern crate doithoai;

mod cli;

use cli::Cli;
use doithoai::error::{exit, Error};
use doithoai::rules::text::escape_hidden;
use doithoai::words;
use std::process::ExitCode;

/// The command line as typed, each word in composed form (NFC): Vietnamese typed with
/// combining marks ("Ý KIẾN" from some keyboards and macOS) is the same word to every choice
/// of the command line. A word that is or may be a path is left as it is — one naming a file,
/// one with a folder in it, an `--option=value` whose value is such — so a file named with
/// combining marks on disk is still found.
fn typed_arguments() -> Vec<std::ffi::OsString> {
    use unicode_normalization::UnicodeNormalization;
    let path_like = |text: &str| text.contains(['/', '\\']) || std::path::Path::new(text).exists();
    std::env::args_os()
        .map(|arg| match arg.to_str() {
            Some(text) if !unicode_normalization::is_nfc(text) => {
                let value = match text.split_once('=') {
                    Some((option, value)) if option.starts_with("--") => value,
                    _ => text,
                };
                if path_like(value) {
                    arg
                } else {
                    text.nfc().collect::<String>().into()
                }
            }
            _ => arg,
        })
        .collect()
}

fn main() -> ExitCode {
    // The language first: value parsers and clap's own errors speak it too.
    if let Err(message) = words::set_lang(lang_argument().as_deref()) {
        eprintln!("error: {}", escape_hidden(&message));
        return ExitCode::from(exit::USAGE as u8);
    }
    use clap::FromArgMatches;
    let arguments = typed_arguments();
    // The tree is built once and given to the parser (not copied: every command pays for it).
    let mut parsed = cli::command()
        .try_get_matches_from(&arguments)
        .and_then(|m| Cli::from_arg_matches(&m));
    // The tree clap speaks from when a command does not parse, made only then.
    let mut command: Option<clap::Command> = None;
    // The tree's words from the catalogue only when clap has something to say with them: a help
    // page, and in Vietnamese also a usage error (its usage line names the placeholders). A
    // command that parses, `--version` or an English usage error runs without rewriting every
    // help text first.
    let says_help = |e: &clap::Error| {
        use clap::error::ErrorKind;
        match e.kind() {
            ErrorKind::DisplayVersion => false,
            ErrorKind::DisplayHelp | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => true,
            _ => words::lang() == words::Lang::Vi,
        }
    };
    if parsed.as_ref().is_err_and(says_help) {
        let worded = cli::help::in_interface_language(cli::command());
        parsed = worded
            .clone()
            .try_get_matches_from(&arguments)
            .and_then(|m| Cli::from_arg_matches(&m));
        command = Some(worded);
    }
    // A command typed without its values at a terminal: asked for each, then run.
    let parsed = match parsed {
        Err(e)
            if e.kind() == clap::error::ErrorKind::MissingRequiredArgument
                && cli::guided::at_a_terminal() =>
        {
            let command = command.get_or_insert_with(cli::command);
            match cli::guided::complete(command, &e, &arguments) {
                Some(args) => command
                    .clone()
                    .try_get_matches_from(args)
                    .and_then(|m| Cli::from_arg_matches(&m)),
                None => Err(e),
            }
        }
        other => other,
    };
    let cli = match parsed {
        Ok(cli) => cli,
        Err(e) if !e.use_stderr() => {
            // --help and --version; a help page that cannot be written is an output failure.
            let printed = match words::lang() {
                // clap writes "[OPTIONS]" in every usage line; the Vietnamese page says it in
                // Vietnamese.
                words::Lang::Vi => {
                    use std::io::Write;
                    let page = cli::help::page(&e.render().to_string());
                    std::io::stdout().lock().write_all(page.as_bytes())
                }
                words::Lang::En => e.print(),
            };
            return match printed {
                Ok(()) => ExitCode::from(exit::OK as u8),
                Err(io) if io.kind() == std::io::ErrorKind::BrokenPipe => {
                    ExitCode::from(exit::OK as u8)
                }
                Err(io) => {
                    eprintln!("error: could not write the help to <stdout>: {io}");
                    ExitCode::from(exit::OUTPUT as u8)
                }
            };
        }
        Err(e)
            if matches!(
                e.kind(),
                clap::error::ErrorKind::MissingSubcommand
                    | clap::error::ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
            ) =>
        {
            // `doithoai` or `doithoai session` alone: the short help of that command, in the
            // interface's language, on stderr (exit 2: nothing was run).
            let mut built = command.unwrap_or_else(cli::command);
            built.build();
            let mut shown = &built;
            // (A word that is not UTF-8 — a path — is never a command's name.)
            let words = std::env::args_os()
                .skip(1)
                .filter_map(|a| a.into_string().ok());
            for word in words.filter(|a| !a.starts_with('-')) {
                // A global option's value (`--db x.db`) is not a command: skipped.
                if let Some(sub) = shown.find_subcommand(&word) {
                    shown = sub;
                }
            }
            let help = shown.clone().render_help().to_string();
            let page = cli::help::page(&help);
            // The help is the tool's own text: printed as it is, lines and all.
            eprint!("{page}");
            return ExitCode::from(exit::USAGE as u8);
        }
        Err(e) => {
            // A value echoed back never carries a raw CR, NEL or bidi control to the terminal.
            let english = one_line(&e.render().to_string());
            let line = words::usage_error(&e).unwrap_or(english);
            eprintln!("{}", escape_hidden(&line));
            return ExitCode::from(exit::USAGE as u8);
        }
    };
    match cli::run(cli) {
        Ok(code) => ExitCode::from(code as u8),
        // A reader that stopped reading (`| head`) is not a failure.
        Err(Error::Output { source, .. }) if source.kind() == std::io::ErrorKind::BrokenPipe => {
            ExitCode::from(exit::OK as u8)
        }
        Err(e) => {
            let mut message = words::error(&e);
            if matches!(e, Error::Output { .. }) && doithoai::ops::has_committed() {
                message = msg!(saved_but_not_confirmed, cause = &message).to_string();
            }
            eprintln!("{}: {}", words::error_prefix(), escape_hidden(&message));
            ExitCode::from(e.exit_code() as u8)
        }
    }
}

/// The value of `--lang` on the command line, read before clap parses it (`--lang vi`,
/// `--lang=vi`).
fn lang_argument() -> Option<String> {
    let args: Vec<String> = std::env::args_os()
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    args.iter().enumerate().find_map(|(i, a)| {
        if a == "--lang" {
            args.get(i + 1).cloned()
        } else {
            a.strip_prefix("--lang=").map(str::to_string)
        }
    })
}

/// clap's message on one line: the error and its details, without the usage block.
fn one_line(rendered: &str) -> String {
    let body = rendered
        .split("\n\nUsage:")
        .next()
        .unwrap_or(rendered)
        .split("\n\nFor more information")
        .next()
        .unwrap_or(rendered);
    body.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("; ")
        .replace(":;", ":")
}
