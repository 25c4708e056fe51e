//! The `doithoai` binary: parse, run, map the error to an exit code — nothing else.

use clap::Parser;
use doithoai::cli::{self, Cli};
use doithoai::error::{exit, Error};
use doithoai::messages;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) if !e.use_stderr() => {
            // --help and --version.
            let _ = e.print();
            return ExitCode::from(exit::OK as u8);
        }
        Err(e) => {
            eprintln!("{}", one_line(&e.render().to_string()));
            return ExitCode::from(exit::USAGE as u8);
        }
    };
    messages::set_lang(cli.lang.as_deref());
    match cli::run(cli) {
        Ok(code) => ExitCode::from(code as u8),
        Err(Error::Io { source, .. }) if source.kind() == std::io::ErrorKind::BrokenPipe => {
            ExitCode::from(exit::OK as u8)
        }
        Err(e) => {
            eprintln!("{}: {}", messages::error_prefix(), messages::error(&e));
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
