//! The `doithoai` binary: parse, run, map the error to an exit code — nothing else.

use clap::Parser;
use doithoai::cli::{self, Cli};
use doithoai::error::{exit, Error};
use doithoai::messages;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { exit::USAGE } else { exit::OK };
            let _ = e.print();
            return ExitCode::from(code as u8);
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
