//! The `doithoai` binary: parse, run, map the error to an exit code — nothing else.

use clap::Parser;
use doithoai::cli::{self, Cli};
use doithoai::error::{exit, Error};
use doithoai::messages;
use doithoai::rules::text::escape_hidden;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) if !e.use_stderr() => {
            // --help and --version; a help page that cannot be written is an output failure.
            return match e.print() {
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
        Err(e) => {
            // A value echoed back never carries a raw CR, NEL or bidi control to the terminal.
            eprintln!("{}", escape_hidden(&one_line(&e.render().to_string())));
            return ExitCode::from(exit::USAGE as u8);
        }
    };
    if let Err(message) = messages::set_lang(cli.lang.as_deref()) {
        eprintln!("error: {}", escape_hidden(&message));
        return ExitCode::from(exit::USAGE as u8);
    }
    match cli::run(cli) {
        Ok(code) => ExitCode::from(code as u8),
        // A reader that stopped reading (`| head`) is not a failure.
        Err(Error::Output { source, .. }) if source.kind() == std::io::ErrorKind::BrokenPipe => {
            ExitCode::from(exit::OK as u8)
        }
        Err(e) => {
            let mut message = messages::error(&e);
            if matches!(e, Error::Output { .. }) && doithoai::store::has_committed() {
                message = messages::saved_but_not_confirmed(&message);
            }
            eprintln!("{}: {}", messages::error_prefix(), escape_hidden(&message));
            ExitCode::from(e.exit_code() as u8)
        }
    }
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
