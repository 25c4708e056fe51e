//! The command line: one module per noun, each handler a few lines — resolve inputs, call one
//! operation (`ops`), print its outcome through `output` and `words`.
//!
//! Owns: argument parsing into typed values, the global flags, the clock (read once here;
//! `DOITHOAI_TODAY` pins it for tests and examples), and which database to open.
//! Must not: implement a rule, reach the store (it cannot: the store is private to the
//! library), or write SQL.

pub mod agency;
pub mod aliases;
pub mod calendar;
pub mod conclusion;
pub mod doc;
pub mod guided;
pub mod help;
pub mod history;
pub mod import;
pub mod init;
pub mod maintenance;
pub mod opinion;
pub mod report;
pub mod session;
pub mod speaker;

use chrono::NaiveDate;
use clap::{Parser, Subcommand};
use doithoai::error::{Error, Result};
use doithoai::ops::{Actor, OpenOptions, Store};
use doithoai::output::{self, CsvOptions, Destination, Format};
use doithoai::rules::dates;
use doithoai::rules::vocabulary::Vocabulary;
use doithoai::words;
use std::io::{IsTerminal, Read};
use std::path::PathBuf;

/// doithoai — case tracker for the direct dialogues of Hà Nội ward offices
/// (Quy chế tiếp xúc, đối thoại trực tiếp, QĐ 2200/QĐ-TU 2017), with exact working-day deadlines.
#[derive(Debug, Clone, Parser)]
#[command(name = "doithoai", version, about, long_about = None, propagate_version = true)]
pub struct Cli {
    /// Database file (else env DOITHOAI_DB, else the platform data directory); reports take it
    /// several times for a city's report.
    #[arg(
        long,
        global = true,
        help_heading = "Global options",
        env = "DOITHOAI_DB",
        // A server's address may hold a password: never printed by --help.
        hide_env_values = true,
        value_name = "PATH",
        action = clap::ArgAction::Append
    )]
    pub db: Vec<PathBuf>,

    /// Output format of listings, shows and reports (else from the --output file's extension).
    #[arg(
        long,
        global = true,
        help_heading = "Global options",
        value_enum,
        ignore_case = true
    )]
    pub format: Option<Format>,

    /// Start CSV output with a UTF-8 BOM (Excel shows Vietnamese correctly).
    #[arg(long, global = true, help_heading = "Global options")]
    pub bom: bool,

    /// Separate CSV fields with ';' (Excel in a Vietnamese locale expects it); implies --decimal-comma.
    #[arg(long, global = true, help_heading = "Global options")]
    pub semicolon: bool,

    /// Write decimals in CSV with a comma (0,7143), as Excel in a Vietnamese locale reads them.
    #[arg(long, global = true, help_heading = "Global options")]
    pub decimal_comma: bool,

    /// Keep the stable English keys and codes (headings, values, sheet names) in CSV, workbooks and pages, for programs.
    #[arg(long, global = true, help_heading = "Global options")]
    pub keys: bool,

    /// Say nothing on stderr but errors and warnings (no "written to FILE"); `report overdue` prints nothing when nothing is due.
    #[arg(long, short, global = true, help_heading = "Global options")]
    pub quiet: bool,

    /// Your name for the history (else env DOITHOAI_CLERK, else the OS user).
    #[arg(
        long,
        global = true,
        help_heading = "Global options",
        env = "DOITHOAI_CLERK",
        value_name = "NAME"
    )]
    pub clerk: Option<String>,

    /// Interface language: en or vi (else env DOITHOAI_LANG, else LC_ALL, LC_MESSAGES, LANG).
    #[arg(
        long,
        global = true,
        help_heading = "Global options",
        value_name = "LANG"
    )]
    pub lang: Option<String>,

    /// Show the names and addresses of people who made a denunciation (withheld otherwise, Law
    /// on Denunciation 2018 Art. 9, 47); the history records each use.
    #[arg(long, global = true, help_heading = "Global options")]
    pub include_protected: bool,

    /// Pretend today is this date (tests, examples, replaying a day).
    #[arg(long, global = true, help_heading = "Global options", env = "DOITHOAI_TODAY", hide = true, value_parser = parse_date)]
    pub today: Option<NaiveDate>,

    /// Pretend the clock reads this RFC 3339 time in the history (tests and snapshots).
    #[arg(long, global = true, help_heading = "Global options", env = "DOITHOAI_NOW", hide = true, value_parser = parse_timestamp)]
    pub now: Option<chrono::DateTime<chrono::Utc>>,

    /// Busy timeout in milliseconds (tests of lock contention): 0 to 3,600,000.
    #[arg(long, global = true, help_heading = "Global options", env = "DOITHOAI_BUSY_TIMEOUT_MS", hide = true,
          value_parser = clap::value_parser!(u64).range(0..=3_600_000))]
    pub busy_timeout_ms: Option<u64>,

    /// Largest database size in pages (tests of a full disk).
    #[arg(
        long,
        global = true,
        help_heading = "Global options",
        env = "DOITHOAI_MAX_PAGES",
        hide = true
    )]
    pub max_pages: Option<u32>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Clone, Subcommand)]
pub enum Command {
    /// Create the database and set the office (name, level, week).
    Init(init::InitArgs),
    /// Working-day calendar: deadlines, month grids, days off, office overrides.
    #[command(subcommand)]
    Calendar(calendar::CalendarCommand),
    /// Dialogue sessions (hội nghị): plan, announce, hold, conclude, show.
    #[command(subcommand)]
    Session(session::SessionCommand),
    /// Speakers' registrations (đăng ký phát biểu), in speaking order (R6).
    #[command(subcommand)]
    Speaker(speaker::SpeakerCommand),
    /// Opinions and petitions (ý kiến, kiến nghị) and their answers.
    #[command(subcommand)]
    Opinion(opinion::OpinionCommand),
    /// Conclusion notices (thông báo kết luận, R9) and the assignments they make.
    #[command(subcommand)]
    Conclusion(conclusion::ConclusionCommand),
    /// Agencies that answer opinions.
    #[command(subcommand)]
    Agency(agency::AgencyCommand),
    /// Who did what and when (append-only event log).
    // "lịch sử" is what many clerks call it: typed, it is the history, not the calendar (lich).
    #[command(alias = "lich-su")]
    History(history::HistoryArgs),
    /// Reports: overdue items (cron), periodic statistics (R13), yearly plan (R3).
    #[command(subcommand)]
    Report(report::ReportCommand),
    /// Draft the documents the office signs and sends (Word, Decree 30/2020/NĐ-CP layout).
    #[command(subcommand)]
    Doc(doc::DocCommand),
    /// Export records as CSV, JSON, an Excel workbook, a printable page or (sessions) a calendar.
    Export(report::ExportArgs),
    /// Verify the database: SQLite integrity and the tool's own invariants.
    Check(maintenance::CheckArgs),
    /// Write a consistent, verified copy of the database while others keep working.
    Backup(maintenance::BackupArgs),
    /// Move an office's records between a file and a PostgreSQL server.
    #[command(subcommand)]
    Db(maintenance::DbCommand),
    /// Bring back a backup: verified first; the current database is kept aside.
    Restore(maintenance::RestoreArgs),
    /// Take back your last command (shown first; asks, or `--yes` in scripts). The history keeps
    /// both the command and its undoing.
    Undo(UndoArgs),
    /// The configuration file: database path, language, clerk name (flag > environment > file >
    /// default).
    #[command(subcommand)]
    Config(ConfigCommand),
    /// Print the manual page (roff) to stdout: `doithoai man > /usr/local/share/man/man1/doithoai.1`.
    Man,
    /// Print shell completions (bash, zsh, fish, powershell, elvish) to stdout.
    Completions(CompletionsArgs),
}

#[derive(Debug, Clone, clap::Subcommand)]
pub enum ConfigCommand {
    /// Print the settings in the file.
    Show,
    /// Set one: db PATH, lang en|vi, clerk NAME.
    Set {
        /// db, lang or clerk.
        key: String,
        /// The value.
        value: String,
    },
    /// Remove one setting from the file.
    Unset {
        /// db, lang or clerk.
        key: String,
    },
    /// Print where the file is.
    Path,
}

#[derive(Debug, Clone, clap::Args)]
pub struct UndoArgs {
    /// Undo without asking (needed when not at a terminal).
    #[arg(long, short = 'y')]
    pub yes: bool,
}

#[derive(Debug, Clone, clap::Args)]
pub struct CompletionsArgs {
    /// The shell, e.g. bash: `doithoai completions bash > /etc/bash_completion.d/doithoai`.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// Everything a handler needs besides its own arguments.
pub struct Context {
    /// The database as shown: a file's path, or a server's address without its password.
    pub db_path: PathBuf,
    /// A server's whole address (`postgres://…`), password included: given to the connection
    /// only, never shown.
    pub db_url: Option<String>,
    /// Every `--db` given (a city's report reads them all).
    pub dbs: Vec<PathBuf>,
    pub clerk: String,
    pub today: NaiveDate,
    pub now: String,
    /// The same instant, for formats that stamp it (iCalendar's DTSTAMP).
    pub now_utc: chrono::DateTime<chrono::Utc>,
    pub format: Format,
    pub csv: CsvOptions,
    pub command: String,
    pub open_options: OpenOptions,
    pub include_protected: bool,
    /// `--quiet`: no word on stderr that is not an error or a warning.
    pub quiet: bool,
}

/// Vietnam's time (UTC+7): a constant, checked when the binary is compiled.
const VIETNAM: chrono::FixedOffset = match chrono::FixedOffset::east_opt(7 * 3600) {
    Some(zone) => zone,
    None => panic!("UTC+7 is a valid offset"),
};

impl Context {
    fn new(cli: &Cli) -> Result<Context> {
        let now_utc = cli.now.unwrap_or_else(chrono::Utc::now);
        // An office's "today" is the date in Vietnam (UTC+7), whatever the host's zone.
        let vietnam = VIETNAM;
        let today = cli
            .today
            .unwrap_or_else(|| now_utc.with_timezone(&vietnam).date_naive());
        if cli.clerk.as_deref().is_some_and(|c| c.trim().is_empty()) {
            return Err(Error::Invalid(msg!(clerk_empty)));
        }
        let config = doithoai::config::load().map_err(|e| Error::Invalid(words::bad_config(&e)))?;
        if let Some(path) =
            doithoai::config::path().filter(|p| doithoai::config::others_can_write(p))
        {
            eprintln!(
                "{}",
                msg!(
                    config_writable_by_others,
                    path = doithoai::words::shown(&path)
                )
            );
        }
        let clerk = match cli.clerk.as_deref().or(config.clerk.as_deref()) {
            Some(given) => given.to_string(),
            None => ["USER", "LOGNAME", "USERNAME"]
                .iter()
                .find_map(|name| std::env::var(name).ok().filter(|u| !u.trim().is_empty()))
                .or_else(os_account)
                .unwrap_or_else(|| "unknown".into()),
        };
        let clerk = validate_clerk(&clerk)?;
        // Several --db make one report of many offices' files; any other command works on one.
        if cli.db.len() > 1 && !matches!(cli.command, Command::Report(_)) {
            return Err(Error::Invalid(msg!(several_databases)));
        }
        let db_path = match cli.db.last().or(config.db.as_ref()) {
            Some(p) => p.clone(),
            None => default_db_path()?,
        };
        let command = command_name(std::env::args_os().skip(1));
        let format = resolve_format(cli, &db_path)?;
        let db_url = match db_path.to_str() {
            Some(text) => doithoai::ops::server_target(text)?,
            None => None,
        };
        let db_path = match &db_url {
            Some(url) => PathBuf::from(doithoai::ops::redacted(url)),
            None => db_path,
        };
        Ok(Context {
            dbs: cli.db.clone(),
            db_path,
            db_url,
            clerk,
            today,
            now: now_utc.to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
            now_utc,
            format,
            csv: CsvOptions {
                bom: cli.bom,
                semicolon: cli.semicolon,
                decimal_comma: cli.decimal_comma || cli.semicolon,
            },
            command,
            open_options: OpenOptions {
                busy_timeout: cli
                    .busy_timeout_ms
                    .map(std::time::Duration::from_millis)
                    .unwrap_or(doithoai::ops::BUSY_TIMEOUT),
                max_pages: cli.max_pages,
                create: false,
            },
            include_protected: cli.include_protected,
            quiet: cli.quiet,
        })
    }

    /// Open the database; a missing or empty file is refused (only `init` creates one).
    pub fn open(&self) -> Result<Store> {
        self.open_as(false)
    }

    /// Open the database, creating and initialising it when `create` (for `init` and `restore`).
    pub fn open_as(&self, create: bool) -> Result<Store> {
        self.open_for(create, None)
    }

    /// Bring the database (a file or a server) to this build's schema (`db upgrade`).
    pub fn upgrade(&self) -> Result<doithoai::ops::Upgraded> {
        match &self.db_url {
            Some(url) => doithoai::ops::upgrade_server(url, self.open_options),
            None => doithoai::ops::upgrade_file(&self.db_path, self.open_options),
        }
    }

    /// Whether the database is on a server rather than in a file.
    pub fn on_server(&self) -> bool {
        self.db_url.is_some()
    }

    /// Open the database; on a server, `office_role` is the role `init --office-role` sets up
    /// an office for (and whether that office is the city, which reads every office).
    pub fn open_for(
        &self,
        create: bool,
        office_role: Option<(&str, Option<bool>)>,
    ) -> Result<Store> {
        let options = OpenOptions {
            create,
            ..self.open_options
        };
        let mut store = match &self.db_url {
            Some(url) => Store::open_server(url, options, office_role)?,
            None => Store::open_with(&self.db_path, options)?,
        };
        if matches!(self.format, Format::Xlsx | Format::Html) {
            // Workbooks and pages name the office in their title.
            let office = doithoai::ops::office::name(&mut store)?;
            output::set_sheet_context(|c| c.office = office);
        }
        if doithoai::ops::on_network_filesystem(&self.db_path) {
            eprintln!(
                "{}",
                msg!(
                    network_filesystem,
                    path = doithoai::words::shown(&self.db_path)
                )
            );
        }
        Ok(store)
    }

    /// What stands for a protected denouncer's name in this command's output: a stable code in
    /// the formats programs read (CSV, JSON, iCalendar), words in those people read (a table, a
    /// workbook, a page, a document).
    /// How this command shows protected people, with `mask` (`protected_mask`) in their place.
    pub fn privacy<'a>(&self, mask: &'a str) -> doithoai::ops::Privacy<'a> {
        doithoai::ops::Privacy {
            include_protected: self.include_protected,
            mask,
        }
    }

    pub fn protected_mask(&self) -> String {
        match self.format {
            Format::Csv | Format::Json | Format::Ics => "[protected]".into(),
            _ => msg!(protected_identity).to_string(),
        }
    }

    /// A command about to print protected names (`--include-protected`) records that in the
    /// history first, in its own transaction: who looked, when, with which command.
    /// Run a read that may show protected identities; the disclosure is recorded in the
    /// history only when the read succeeded (a refused command writes nothing).
    pub fn disclosing<T>(
        &self,
        store: &mut Store,
        read: impl FnOnce(&mut Store) -> Result<T>,
    ) -> Result<T> {
        let value = read(store)?;
        self.record_disclosure(store)?;
        Ok(value)
    }

    pub fn record_disclosure(&self, store: &mut Store) -> Result<()> {
        if !self.include_protected {
            return Ok(());
        }
        doithoai::ops::office::record_disclosure(store, &self.actor(), &self.command)
    }

    /// The actor of a correction, with the clerk's reason for the history.
    pub fn actor_because(&self, reason: Option<&str>) -> Actor {
        Actor {
            reason: reason.map(str::to_string),
            ..self.actor()
        }
    }

    pub fn actor(&self) -> Actor {
        Actor {
            clerk: self.clerk.clone(),
            command: self.command.clone(),
            at: self.now.clone(),
            reason: None,
            source: None,
        }
    }

    /// Refuse CSV for commands that print one record.
    pub fn single_format(&self) -> Result<Format> {
        if self.format == Format::Csv {
            Err(Error::Invalid(msg!(csv_not_here)))
        } else {
            Ok(self.format)
        }
    }
}

/// The command line: the derived commands with their Vietnamese aliases (`hoi-nghi ke-hoach`).
pub fn command() -> clap::Command {
    aliases::add(<Cli as clap::CommandFactory>::command())
}

/// The noun and verb of the command line ("session plan"), for the history; flags and their
/// values before or between them are skipped.
fn command_name(args: impl Iterator<Item = std::ffi::OsString>) -> String {
    let root = command();
    let mut words = Vec::new();
    let mut level = Some(root);
    for arg in args {
        let Some(cmd) = &level else { break };
        // A non-UTF-8 argument (a path) is never a subcommand's name.
        let Some(arg) = arg.to_str() else { continue };
        if let Some(sub) = cmd.find_subcommand(arg) {
            words.push(sub.get_name().to_string());
            let next = sub.clone();
            level = next.has_subcommands().then_some(next);
        }
    }
    words.join(" ")
}

/// The output format: `--format` when given; else the `--output` file's extension (`.csv`,
/// `.json`); else a table — but a table is never written to a file unless asked for, so an
/// `--output` without a known extension and without `--format` is a usage error. `--bom` and
/// `--semicolon` belong to CSV only.
fn resolve_format(cli: &Cli, db: &std::path::Path) -> Result<Format> {
    let output = output_path(&cli.command).filter(|p| p.as_os_str() != "-");
    let from_extension =
        output.and_then(
            |p| match p.extension()?.to_str()?.to_ascii_lowercase().as_str() {
                "csv" => Some(Format::Csv),
                "json" => Some(Format::Json),
                "xlsx" => Some(Format::Xlsx),
                "html" | "htm" => Some(Format::Html),
                "ics" => Some(Format::Ics),
                "docx" => Some(Format::Docx),
                "md" | "markdown" => Some(Format::Md),
                _ => None,
            },
        );
    let format = match (cli.format, from_extension, output) {
        // A file named .docx never receives Markdown, a .csv never a workbook.
        (Some(f), Some(e), Some(path)) if f != e && !(f == Format::Table && e == Format::Md) => {
            return Err(Error::Invalid(msg!(
                format_and_extension_differ,
                format = format_name(f),
                path = doithoai::words::shown(path)
            )))
        }
        (Some(f), _, _) => f,
        (None, Some(f), _) => f,
        // Onto the database itself the destination refuses it, with the graver reason.
        (None, None, Some(path)) if doithoai::files::is_database_file(path, db) => {
            if matches!(cli.command, Command::Doc(_)) {
                Format::Docx
            } else {
                Format::Table
            }
        }
        (None, None, Some(path)) => {
            return Err(Error::Invalid(msg!(
                output_format_needed,
                path = doithoai::words::shown(path)
            )))
        }
        // A drafted document is a Word file unless Markdown is asked for.
        (None, None, _) if matches!(cli.command, Command::Doc(_)) => Format::Docx,
        (None, None, None) => Format::Table,
    };
    if (cli.bom || cli.semicolon || cli.decimal_comma) && format != Format::Csv {
        return Err(Error::Invalid(msg!(csv_only_options)));
    }
    if cli.keys && !matches!(format, Format::Xlsx | Format::Html | Format::Csv) {
        return Err(Error::Invalid(msg!(keys_only_for_sheets)));
    }
    let accepted = formats_of(&cli.command);
    if !accepted.contains(&format) {
        let names: Vec<&str> = accepted.iter().map(|f| format_name(*f)).collect();
        return Err(Error::Invalid(msg!(
            format_not_here,
            format = format_name(format),
            accepted = &names.join(", ")
        )));
    }
    // A workbook is bytes for Excel, not for a terminal.
    // (`doc` writes its own default file when no --output is given.)
    let default_file =
        matches!(cli.command, Command::Doc(_)) && output_path(&cli.command).is_none();
    if format.is_binary() && output.is_none() && !default_file && std::io::stdout().is_terminal() {
        return Err(Error::Invalid(msg!(
            binary_to_terminal,
            format = format_name(format,)
        )));
    }
    Ok(format)
}

/// Write through `f` to `--output` (atomically, 0600) or stdout; an error leaves any earlier
/// file as it was and names the file.
pub fn with_destination(
    ctx: &Context,
    output: Option<&std::path::Path>,
    f: impl FnOnce(&mut dyn std::io::Write) -> Result<()>,
) -> Result<()> {
    let mut dest = Destination::open(output, &ctx.db_path)?;
    let path = dest.path();
    output::set_writing_to_file(matches!(
        dest,
        Destination::File { .. } | Destination::Special { .. }
    ));
    let to_file = matches!(dest, Destination::File { .. });
    output::take_rows_written();
    match f(dest.writer()) {
        Ok(()) => {
            dest.commit().map_err(|source| Error::Output {
                path: path.clone(),
                source,
            })?;
            // A file written says so (a cron's log, a clerk who wonders whether it worked).
            if to_file && !ctx.quiet {
                let bytes = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
                eprintln!(
                    "{}",
                    words::output_written(&path, output::take_rows_written(), bytes)
                );
            }
            Ok(())
        }
        Err(e) => {
            dest.abandon();
            Err(match e {
                Error::Output { source, .. } => Error::Output { path, source },
                other => other,
            })
        }
    }
}

/// The `--output` of the commands that have one.
fn output_path(command: &Command) -> Option<&std::path::Path> {
    match command {
        Command::Report(report::ReportCommand::Overdue(a)) => a.output.as_deref(),
        Command::Report(report::ReportCommand::Period(a)) => a.output.as_deref(),
        Command::Report(report::ReportCommand::Plan(a)) => a.output.as_deref(),
        Command::Export(a) => a.output.as_deref(),
        Command::Session(session::SessionCommand::List(a)) => a.output.as_deref(),
        Command::Opinion(opinion::OpinionCommand::List(a)) => a.output.as_deref(),
        Command::Speaker(speaker::SpeakerCommand::List(a)) => a.output.as_deref(),
        Command::Agency(agency::AgencyCommand::List(a)) => a.output.as_deref(),
        Command::Calendar(calendar::CalendarCommand::List(a)) => a.output.as_deref(),
        Command::History(a) => a.output.as_deref(),
        Command::Doc(c) => c.output(),
        _ => None,
    }
}

fn format_name(format: Format) -> &'static str {
    match format {
        Format::Table => "table",
        Format::Csv => "csv",
        Format::Json => "json",
        Format::Xlsx => "xlsx",
        Format::Html => "html",
        Format::Ics => "ics",
        Format::Docx => "docx",
        Format::Md => "md",
    }
}

/// The formats a command can write: workbooks and pages for lists, exports and reports; a
/// calendar for sessions; text for the rest.
fn formats_of(command: &Command) -> &'static [Format] {
    use Format::*;
    const TEXT: &[Format] = &[Table, Csv, Json];
    const SHEETS: &[Format] = &[Table, Csv, Json, Xlsx, Html];
    const SESSIONS: &[Format] = &[Table, Csv, Json, Xlsx, Html, Ics];
    const DOCUMENTS: &[Format] = &[Docx, Md];
    match command {
        Command::Doc(_) => DOCUMENTS,
        Command::Session(session::SessionCommand::List(_)) => SESSIONS,
        Command::Export(a) if a.kind == report::ExportKind::Sessions => SESSIONS,
        Command::Export(_)
        | Command::Report(_)
        | Command::History(_)
        | Command::Check(_)
        | Command::Speaker(speaker::SpeakerCommand::List(_))
        | Command::Opinion(opinion::OpinionCommand::List(_))
        | Command::Agency(agency::AgencyCommand::List(_))
        | Command::Calendar(calendar::CalendarCommand::List(_)) => SHEETS,
        _ => TEXT,
    }
}

/// What a workbook's or page's rows are, for its title.
fn sheet_what(command: &Command) -> String {
    let key = match command {
        Command::Session(_) => "sessions",
        Command::Speaker(_) => "registrations",
        Command::Opinion(_) => "opinions",
        Command::Agency(_) => "agencies_list",
        Command::Calendar(_) => "days_off",
        Command::History(_) => "history",
        Command::Check(_) => "check",
        Command::Report(report::ReportCommand::Overdue(_)) => "late_items",
        Command::Report(report::ReportCommand::Plan(_)) => "plan",
        Command::Report(_) => "report_title",
        Command::Export(a) => match a.kind {
            report::ExportKind::Sessions => "sessions",
            report::ExportKind::Registrations => "registrations",
            report::ExportKind::Opinions => "opinions",
            report::ExportKind::Conclusions => "conclusions",
            report::ExportKind::History => "history",
        },
        _ => "report_title",
    };
    words::page_word(key)
}

fn default_db_path() -> Result<PathBuf> {
    let path = default_db_location()?;
    let dir = doithoai::files::folder_of(&path);
    doithoai::files::create_private_dirs(&dir).map_err(|source| Error::Io { path: dir, source })?;
    Ok(path)
}

/// Where the database is when nothing names it (the user's data folder), without creating it.
pub(crate) fn default_db_location() -> Result<PathBuf> {
    let dirs = directories::ProjectDirs::from("vn", "doithoai", "doithoai")
        .ok_or_else(|| Error::Invalid(msg!(no_home_directory)))?;
    Ok(dirs.data_dir().join("doithoai.db"))
}

/// The manual page: one page for the whole tool, as a clerk's machine has only `man doithoai` —
/// the global options, then every command with its Vietnamese words, what it does and its
/// options (no `doithoai-session(1)` pages that nothing installs). In Vietnamese, clap_mangen's
/// English section headings are translated.
fn man_page(mut command: clap::Command) -> std::io::Result<Vec<u8>> {
    command.build();
    let man = clap_mangen::Man::new(command.clone());
    let mut page = Vec::new();
    man.render_title(&mut page)?;
    man.render_name_section(&mut page)?;
    man.render_synopsis_section(&mut page)?;
    man.render_description_section(&mut page)?;
    man.render_options_section(&mut page)?;
    page.extend_from_slice(b".SH COMMANDS\n");
    fn commands(
        cmd: &clap::Command,
        path: &str,
        words_path: &str,
        page: &mut Vec<u8>,
    ) -> std::io::Result<()> {
        for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
            if sub.get_name() == "help" {
                continue;
            }
            let name = format!("{path} {}", sub.get_name());
            // The Vietnamese words of the whole path: `hoi-nghi ke-hoach`.
            let words = match sub.get_visible_aliases().next() {
                Some(alias) if words_path.is_empty() => alias.to_string(),
                Some(alias) => format!("{words_path} {alias}"),
                None => String::new(),
            };
            if sub.has_subcommands() {
                commands(sub, &name, &words, page)?;
                continue;
            }
            let heading = if words.is_empty() {
                name.clone()
            } else {
                format!("{name} [{words}]")
            };
            page.extend_from_slice(format!(".SS \"{}\"\n", heading.replace('-', "\\-")).as_bytes());
            let mut part = Vec::new();
            clap_mangen::Man::new(sub.clone().name(name)).render_options_section(&mut part)?;
            if let Some(about) = sub.get_about() {
                let about = about.to_string().replace('\\', "\\\\").replace('-', "\\-");
                page.extend_from_slice(format!("{about}\n").as_bytes());
            }
            // The options of this command, under its heading (not a section of their own);
            // the global options are listed once, above.
            let text = String::from_utf8_lossy(&part).into_owned();
            let mut global = false;
            for line in text.lines() {
                if line.starts_with(".SH") {
                    global = line.contains("GLOBAL") || line.contains("CHUNG");
                    continue;
                }
                if !global {
                    page.extend_from_slice(line.as_bytes());
                    page.push(b'\n');
                }
            }
        }
        Ok(())
    }
    commands(&command, command.get_name(), "", &mut page)?;
    if command.get_version().is_some() {
        man.render_version_section(&mut page)?;
    }
    let text = String::from_utf8_lossy(&page).into_owned();
    // Each rendered part repeats roff's preamble (`.ie`/`.el`): once is enough.
    let mut preamble_seen = 0;
    let lines: Vec<String> = text
        .lines()
        .filter(|line| {
            if line.starts_with(".ie \\n(.g") || line.starts_with(".el .ds Aq") {
                preamble_seen += 1;
                return preamble_seen <= 2;
            }
            true
        })
        .map(|line| {
            // The name line says the name once: "doithoai \- theo dõi …", not "doithoai \-
            // doithoai — …".
            let line = line.replacen("doithoai \\- doithoai — ", "doithoai \\- ", 1);
            // clap_mangen writes its section headings in English: the page's own words, from
            // the catalogue, so a Vietnamese page reads whole.
            match line.strip_prefix(".SH ") {
                Some(
                    heading @ ("NAME" | "SYNOPSIS" | "DESCRIPTION" | "OPTIONS" | "COMMANDS"
                    | "VERSION"),
                ) => {
                    format!(".SH \"{}\"", words::man_heading(&heading.to_lowercase()))
                }
                _ => line,
            }
        })
        .collect();
    Ok((lines.join("\n") + "\n").into_bytes())
}

/// `--year 2026`, also as a Vietnamese report names it: "năm 2026".
pub fn parse_year(value: &str) -> std::result::Result<i32, String> {
    let folded = doithoai::rules::text::fold(value.trim());
    let digits = folded
        .strip_prefix("nam")
        .map_or(folded.as_str(), str::trim);
    match digits.parse::<i32>() {
        Ok(year) if digits.bytes().all(|b| b.is_ascii_digit()) => Ok(year),
        _ => Err(msg!(year_malformed, value = value).to_string()),
    }
}

/// How many times at least a command runs on a server before a conflict with other clerks is
/// reported, however short the busy timeout (it runs again for as long as that lasts).
const SERVER_ATTEMPTS: u32 = 4;

/// Run a parsed command line; returns the exit code.
pub fn run(cli: Cli) -> Result<i32> {
    if let Command::Config(c) = &cli.command {
        return config_command(&cli, c);
    }
    if let Command::Man = &cli.command {
        let page = man_page(help::in_interface_language(command())).map_err(output::written)?;
        output::bytes(&mut std::io::stdout(), &page)?;
        return Ok(0);
    }
    if let Command::Completions(a) = &cli.command {
        let mut script = Vec::new();
        clap_complete::generate(a.shell, &mut command(), "doithoai", &mut script);
        output::bytes(&mut std::io::stdout(), &script)?;
        return Ok(0);
    }
    let ctx = Context::new(&cli)?;
    if matches!(ctx.format, Format::Xlsx | Format::Html) {
        let what = sheet_what(&cli.command);
        output::set_sheet_context(|c| {
            c.what = what;
            c.keys = cli.keys;
        });
    } else {
        output::set_sheet_context(|c| c.keys = cli.keys);
    }
    // On a server, a command that lost to another clerk's at the same moment (SERIALIZABLE:
    // nothing of it was written) runs again from its start — for as long as the busy timeout
    // lets a command wait, as a file's command waits for its lock, and at least a few times —
    // after a pause that doubles each time, taken at a random point within it, so clerks who
    // collided do not collide again in step.
    let on_server = ctx.on_server();
    let started = std::time::Instant::now();
    let mut attempt: u32 = 1;
    loop {
        match dispatch(&ctx, cli.command.clone()) {
            Err(e)
                if on_server
                    && doithoai::ops::lost_to_another_writer(&e)
                    && !doithoai::ops::has_committed()
                    && (attempt < SERVER_ATTEMPTS
                        || started.elapsed() < ctx.open_options.busy_timeout) =>
            {
                let pause = retry_pause(attempt);
                attempt += 1;
                std::thread::sleep(pause);
            }
            // A statement failing for the file's sake (locked, read-only, full) names the file.
            other => return other.map_err(|e| doithoai::ops::on_file(e, &ctx.db_path)),
        }
    }
}

/// The pause before a server's command runs again after losing to another's: a random point in
/// the second half of a window of 10 ms doubling with each attempt, up to 640 ms.
fn retry_pause(attempt: u32) -> std::time::Duration {
    use std::hash::{BuildHasher, Hasher};
    let window = 5u64 << attempt.min(7);
    // A random number without a crate of its own: the standard library's randomly keyed hasher.
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u32(attempt);
    std::time::Duration::from_millis(window / 2 + hasher.finish() % (window / 2 + 1))
}

fn dispatch(ctx: &Context, command: Command) -> Result<i32> {
    match command {
        Command::Init(a) => init::run(ctx, a),
        Command::Calendar(c) => calendar::run(ctx, c),
        Command::Session(c) => session::run(ctx, c),
        Command::Speaker(c) => speaker::run(ctx, c),
        Command::Opinion(c) => opinion::run(ctx, c),
        Command::Conclusion(c) => conclusion::run(ctx, c),
        Command::Agency(c) => agency::run(ctx, c),
        Command::History(a) => history::run(ctx, a),
        Command::Report(c) => report::run(ctx, c),
        Command::Export(a) => report::export(ctx, a),
        Command::Doc(c) => doc::run(ctx, c),
        Command::Check(a) => maintenance::check(ctx, a),
        Command::Backup(a) => maintenance::backup(ctx, a),
        Command::Db(maintenance::DbCommand::Copy(a)) => maintenance::db_copy(ctx, a),
        Command::Db(maintenance::DbCommand::Upgrade) => maintenance::db_upgrade(ctx),
        Command::Restore(a) => maintenance::restore(ctx, a),
        Command::Undo(a) => undo(ctx, a),
        // Handled before a context is built: they need no database.
        Command::Completions(_) | Command::Config(_) | Command::Man => Ok(0),
    }
}

/// `config show`: every setting in effect with where it comes from (flag > environment > file >
/// default), as TOML a clerk can copy into the file; the file's own place is said on top.
fn settings_in_effect(
    cli: &Cli,
    cfg: &doithoai::config::Config,
    path: &std::path::Path,
    json: bool,
) -> Result<String> {
    let env = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
    // Where a setting comes from, as a code: an option, a variable, or "file", "default",
    // "account" (worded in the text form; JSON keeps the code).
    let file = "file".to_string();
    let from_flag_or_env = |given: &str, flag: &str, var: &str| {
        if env(var).as_deref() == Some(given) {
            var.to_string()
        } else {
            flag.to_string()
        }
    };
    let (db, db_from) = match cli.db.as_slice() {
        [one] => (
            one.display().to_string(),
            from_flag_or_env(&one.display().to_string(), "--db", "DOITHOAI_DB"),
        ),
        [] => match &cfg.db {
            Some(db) => (db.display().to_string(), file.clone()),
            None => (
                default_db_location()?.display().to_string(),
                "default".to_string(),
            ),
        },
        many => (
            many.iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", "),
            "--db".to_string(),
        ),
    };
    // A server's password is never shown.
    let db = db
        .split(", ")
        .map(doithoai::ops::redacted)
        .collect::<Vec<_>>()
        .join(", ");
    let lang = match words::lang() {
        words::Lang::Vi => "vi",
        words::Lang::En => "en",
    };
    let lang_from = if cli.lang.is_some() {
        "--lang".to_string()
    } else if env("DOITHOAI_LANG").is_some() {
        "DOITHOAI_LANG".to_string()
    } else if cfg.lang.is_some() {
        file.clone()
    } else {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .find(|v| env(v).is_some())
            .map(|v| (*v).to_string())
            .unwrap_or_else(|| "default".to_string())
    };
    let (clerk, clerk_from) = match (&cli.clerk, &cfg.clerk) {
        (Some(given), _) => (
            given.clone(),
            from_flag_or_env(given, "--clerk", "DOITHOAI_CLERK"),
        ),
        (None, Some(c)) => (c.clone(), file.clone()),
        (None, None) => match ["USER", "LOGNAME", "USERNAME"]
            .iter()
            .find_map(|v| env(v).map(|u| (u, *v)))
        {
            Some((user, var)) => (user, var.to_string()),
            None => (
                os_account().unwrap_or_else(|| "unknown".into()),
                "account".to_string(),
            ),
        },
    };
    if json {
        let setting = |value: &str, from: &str, in_file: Option<String>| {
            serde_json::json!({
                "value": value,
                "from": from,
                "in_file": in_file,
            })
        };
        let shown = serde_json::json!({
            "file": path.display().to_string(),
            "file_exists": path.exists(),
            // The file's own address, as every other place shows one: without its password.
            "db": setting(
                &db,
                &db_from,
                cfg.db
                    .as_ref()
                    .map(|p| doithoai::ops::redacted(&p.display().to_string())),
            ),
            "lang": setting(lang, &lang_from, cfg.lang.clone()),
            "clerk": setting(&clerk, &clerk_from, cfg.clerk.clone()),
        });
        return Ok(format!("{shown:#}\n"));
    }
    let worded = |from: &str| match from {
        "file" => msg!(config_source_file).to_string(),
        "default" => msg!(config_source_default).to_string(),
        "account" => msg!(config_source_account).to_string(),
        other => other.to_string(),
    };
    let quoted = |v: &str| toml::Value::String(v.to_string()).to_string();
    // What the file holds for a key that something else overrides.
    let overridden = |from: &str, in_file: Option<String>| match in_file {
        Some(v) if from != file => msg!(config_file_says, value = &quoted(&v)).to_string(),
        _ => String::new(),
    };
    let db_note = overridden(
        &db_from,
        cfg.db
            .as_ref()
            .map(|p| doithoai::ops::redacted(&p.display().to_string())),
    );
    let lang_note = overridden(&lang_from, cfg.lang.clone());
    let clerk_note = overridden(&clerk_from, cfg.clerk.clone());
    Ok(format!(
        "{}\ndb = {}  # {}{db_note}\nlang = {}  # {}{lang_note}\nclerk = {}  # {}{clerk_note}\n",
        msg!(
            config_header,
            path = doithoai::words::shown(path),
            exists = if path.exists() { "yes" } else { "no" }
        ),
        quoted(&db),
        worded(&db_from),
        quoted(lang),
        worded(&lang_from),
        quoted(&clerk),
        worded(&clerk_from),
    ))
}

/// `config show|set|unset|path`: the file is written private (0600) and whole.
fn config_command(cli: &Cli, c: &ConfigCommand) -> Result<i32> {
    use doithoai::config;
    let path = config::path().ok_or_else(|| Error::Invalid(msg!(no_config_dir)))?;
    // Where the file is is answered even when the file is broken (so it can be found and fixed).
    if let ConfigCommand::Path = c {
        print_line(path.display())?;
        return Ok(0);
    }
    let mut cfg = config::load_from(&path).map_err(|e| Error::Invalid(words::bad_config(&e)))?;
    let bad_key =
        |key: &str| Error::Invalid(msg!(config_key, key = key, keys = config::KEYS.join(", ")));
    match c {
        ConfigCommand::Path => return Ok(0),
        ConfigCommand::Show => {
            let json = cli.format == Some(Format::Json);
            let text = settings_in_effect(cli, &cfg, &path, json)?;
            output::bytes(&mut std::io::stdout(), text.as_bytes())?;
            return Ok(0);
        }
        ConfigCommand::Set { key, value } => match key.as_str() {
            "db" => {
                if value.trim().is_empty() {
                    return Err(Error::Invalid(msg!(empty_db_setting)));
                }
                // An address is kept only if it can be read (a mistyped one refused now, by
                // name, rather than by every command after).
                if doithoai::ops::server_target(value)?.is_some() {
                    doithoai::ops::check_address(
                        value,
                        std::path::Path::new(&doithoai::ops::redacted(value)),
                    )?;
                }
                cfg.db = Some(PathBuf::from(value));
            }
            "lang" => {
                if !matches!(value.as_str(), "en" | "vi") {
                    return Err(Error::Invalid(msg!(not_a_language, value = value)));
                }
                cfg.lang = Some(value.clone());
            }
            "clerk" => cfg.clerk = Some(validate_clerk(value)?),
            other => return Err(bad_key(other)),
        },
        ConfigCommand::Unset { key } => match key.as_str() {
            "db" => cfg.db = None,
            "lang" => cfg.lang = None,
            "clerk" => cfg.clerk = None,
            other => return Err(bad_key(other)),
        },
    }
    let text =
        config::to_text(&cfg).map_err(|e| Error::Invalid(msg!(config_not_written, detail = &e)))?;
    let folder = doithoai::files::folder_of(&path);
    doithoai::files::create_private_dirs(&folder).map_err(|source| Error::Output {
        path: folder.clone(),
        source,
    })?;
    let tmp = doithoai::files::temp_path(&path);
    let written = doithoai::files::create_private(&tmp)
        .and_then(|mut f| {
            std::io::Write::write_all(&mut f, text.as_bytes())?;
            Ok(f)
        })
        .and_then(|f| doithoai::files::commit_temp(f, &tmp, &path));
    if let Err(source) = written {
        let _ = std::fs::remove_file(&tmp);
        return Err(Error::Output { path, source });
    }
    print_line(msg!(config_saved, path = doithoai::words::shown(&path)).to_string())?;
    Ok(0)
}

/// `undo`: show what the last command changed, ask, then take it back.
fn undo(ctx: &Context, a: UndoArgs) -> Result<i32> {
    let mut store = ctx.open()?;
    let preview = doithoai::ops::undo::preview(&mut store, &ctx.clerk)?;
    confirm(
        ctx,
        a.yes,
        &words::confirm_undo(
            &preview.command,
            &words::timestamp(&preview.at),
            preview.steps.len(),
        ),
    )?;
    let done = doithoai::ops::undo::undo(&mut store, &ctx.actor())?;
    print_outcome(
        ctx,
        &done,
        msg!(
            undone,
            command = doithoai::words::command_words(&done.command),
            steps = done.steps.len()
        )
        .to_string(),
    )
}

/// clap value parser for dates in both accepted formats.
pub fn parse_date(s: &str) -> std::result::Result<NaiveDate, String> {
    dates::parse_date(s).map_err(|e| words::error(&Error::Date(e)))
}

fn parse_timestamp(s: &str) -> std::result::Result<chrono::DateTime<chrono::Utc>, String> {
    chrono::DateTime::parse_from_rfc3339(s)
        .map(|t| t.with_timezone(&chrono::Utc))
        .map_err(|_| msg!(bad_moment, value = s).to_string())
}

/// clap value parser for a closed vocabulary.
pub fn parse_vocab<T: Vocabulary>(s: &str) -> std::result::Result<T, String> {
    s.parse::<T>()
        .map_err(|e| words::error(&Error::Vocabulary(e)))
}

/// The value parser of an argument that takes a closed vocabulary: parsed by the vocabulary
/// (codes, Vietnamese words with or without diacritics), and offering its spellings to shell
/// completion — the values carry their own spellings. Help pages name the accepted values in
/// their own words, not clap's list.
#[derive(Clone)]
pub struct VocabParser<T>(std::marker::PhantomData<fn() -> T>);

/// The value parser of a closed vocabulary `T` (`value_parser = vocab::<Level>()`).
pub fn vocab<T>() -> VocabParser<T> {
    VocabParser(std::marker::PhantomData)
}

impl<T: Vocabulary + Clone + Send + Sync + 'static> clap::builder::TypedValueParser
    for VocabParser<T>
{
    type Value = T;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> std::result::Result<T, clap::Error> {
        clap::builder::TypedValueParser::parse_ref(&parse_vocab::<T>, cmd, arg, value)
    }

    fn possible_values(
        &self,
    ) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        Some(Box::new(
            T::spellings()
                .into_iter()
                .map(|s| clap::builder::PossibleValue::new(s).hide(false)),
        ))
    }
}

/// clap value parser for free text: NFC, trimmed, not empty, no control characters other than
/// newline and tab, at most 100,000 characters.
pub fn parse_text(s: &str) -> std::result::Result<String, String> {
    validate_text(s).map_err(|e| words::error(&e))
}

/// The longest clerk name accepted: a person's name, not a document.
pub const MAX_CLERK_CHARS: usize = 100;

/// The clerk's name goes into the append-only history for good: it is checked like any text
/// field (no control, format or invisible character), and kept short.
fn validate_clerk(name: &str) -> Result<String> {
    let clerk = validate_text_up_to(name, MAX_CLERK_CHARS)
        .map_err(|e| Error::Invalid(msg!(clerk_refused, reason = &words::error(&e))))?;
    if clerk.contains(['\n', '\t']) {
        return Err(Error::Invalid(msg!(
            clerk_multiline,
            name = format!("{:?}", (&doithoai::output::clip(&clerk, 40))),
            max = MAX_CLERK_CHARS
        )));
    }
    Ok(clerk)
}

/// Yes or no, as a clerk types it: true/false, yes/no, có/không (with or without marks).
pub fn parse_yes_no(s: &str) -> std::result::Result<bool, String> {
    match doithoai::rules::text::fold(s).as_str() {
        "true" | "yes" | "y" | "1" | "co" | "c" => Ok(true),
        "false" | "no" | "n" | "0" | "khong" | "k" => Ok(false),
        _ => Err(msg!(not_yes_no, value = s).to_string()),
    }
}

/// The longest text accepted in one argument (a runaway paste is refused).
pub const MAX_TEXT_CHARS: usize = 100_000;
/// The longest text accepted from a file or stdin: a long petition with its annexes.
pub const MAX_FILE_TEXT_CHARS: usize = 2_000_000;
/// The most bytes read from a file or stdin: the longest text in the widest UTF-8.
pub const MAX_FILE_TEXT_BYTES: usize = MAX_FILE_TEXT_CHARS * 4;

pub fn validate_text(s: &str) -> Result<String> {
    validate_text_up_to(s, MAX_TEXT_CHARS)
}

fn validate_text_up_to(s: &str, max: usize) -> Result<String> {
    let text = doithoai::rules::text::nfc(doithoai::rules::text::plain_spaces(s).trim());
    if text.is_empty() {
        return Err(Error::Invalid(msg!(empty_text)));
    }
    if text.chars().count() > max {
        return Err(Error::Invalid(msg!(
            text_too_long,
            chars = text.chars().count(),
            max = max
        )));
    }
    if let Some(c) = doithoai::rules::text::first_hidden_char_or_orphan_mark(&text) {
        return Err(Error::Invalid(msg!(
            hidden_character,
            text = format!("{:?}", (&doithoai::output::clip(&text, 40))),
            code = format!("U+{:04X}", (u32::from(c)))
        )));
    }
    Ok(text)
}

/// Text from an argument, or from a file (`-` for stdin) when the argument is absent: a
/// petition can exceed the 128 KiB limit of one command-line argument.
pub fn text_or_file(text: Option<String>, file: Option<PathBuf>, what: &str) -> Result<String> {
    match (text, file) {
        (Some(t), None) => Ok(t),
        (None, Some(path)) => {
            // Read one byte past the limit: a larger file (or /dev/zero) is refused, not
            // read until memory runs out.
            let limit = MAX_FILE_TEXT_BYTES as u64 + 1;
            let mut raw = Vec::new();
            let read = if path.as_os_str() == "-" {
                std::io::stdin().take(limit).read_to_end(&mut raw)
            } else {
                std::fs::File::open(&path).and_then(|f| f.take(limit).read_to_end(&mut raw))
            };
            read.map_err(|e| {
                Error::Invalid(msg!(
                    cannot_read_text,
                    path = doithoai::words::shown(&path),
                    cause = &e,
                    cause_io_cause = doithoai::words::io_cause(&e)
                ))
            })?;
            if raw.len() > MAX_FILE_TEXT_BYTES {
                return Err(Error::Invalid(msg!(
                    text_file_too_big,
                    path = doithoai::words::shown(&path),
                    max_bytes = MAX_FILE_TEXT_BYTES,
                    max_chars = MAX_FILE_TEXT_CHARS
                )));
            }
            let s = String::from_utf8(raw).map_err(|_| {
                Error::Invalid(msg!(not_utf8_text, path = doithoai::words::shown(&path)))
            })?;
            validate_text_up_to(&s, MAX_FILE_TEXT_CHARS)
        }
        (Some(_), Some(_)) => Err(Error::Invalid(msg!(
            text_and_file,
            what_word = doithoai::message::Label::lower(what),
            what = doithoai::words::label(what)
        ))),
        (None, None) => Err(Error::Invalid(msg!(
            text_missing,
            what_word = doithoai::message::Label::lower(what)
        ))),
    }
}

/// Print a command's outcome: the value as JSON with `--format json`, else the sentence.
pub fn print_outcome<T: serde::Serialize>(
    ctx: &Context,
    value: &T,
    sentence: String,
) -> Result<i32> {
    if ctx.format == doithoai::output::Format::Json {
        doithoai::output::json(&mut std::io::stdout().lock(), value)?;
    } else {
        print_line(sentence)?;
    }
    Ok(0)
}

/// Ask before something that is hard to take back (a cancel, a merge, an undo, a corrected
/// notice): at a terminal a y/N question in the UI language; in a script `--yes` is needed —
/// never a prompt when stdin is not a terminal.
pub fn confirm(ctx: &Context, yes: bool, question: &str) -> Result<()> {
    use std::io::{BufRead, IsTerminal, Write};
    if yes {
        return Ok(());
    }
    let _ = ctx;
    if !std::io::stdin().is_terminal() {
        return Err(Error::Invalid(msg!(needs_yes, question = question)));
    }
    eprint!("{} [y/N] ", doithoai::rules::text::escape_hidden(question));
    let _ = std::io::stderr().flush();
    let mut answer = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut answer)
        .map_err(|e| {
            Error::Invalid(msg!(
                no_answer,
                cause = &e,
                cause_io_cause = doithoai::words::io_cause(&e)
            ))
        })?;
    let answer = answer.trim().to_lowercase();
    if matches!(answer.as_str(), "y" | "yes" | "c" | "có" | "co") {
        Ok(())
    } else {
        Err(Error::Refused(msg!(not_confirmed)))
    }
}

/// Say on stderr, in one line, when deadlines the command printed fall in a year whose days off
/// are only computed (no official schedule yet).
pub fn note_provisional(ctx: &Context, deadlines: impl IntoIterator<Item = NaiveDate>) {
    use chrono::Datelike;
    let mut years: Vec<i32> = deadlines
        .into_iter()
        .map(|d| d.year())
        .filter(|y| doithoai::rules::calendar::Calendar::is_provisional(*y))
        .collect();
    if years.is_empty() {
        return;
    }
    // A year whose official schedule the office imported (`calendar import`) is not provisional.
    let imported = ctx
        .open()
        .and_then(|mut store| doithoai::ops::read(&mut store)?.calendar());
    if let Ok(cal) = imported {
        years.retain(|y| cal.provisional(*y));
    }
    note_provisional_years(years);
}

/// Say on stderr that deadlines in these years are provisional (none: nothing).
pub fn note_provisional_years(mut years: Vec<i32>) {
    years.sort_unstable();
    years.dedup();
    if !years.is_empty() {
        doithoai::output::note_provisional(&years);
        eprintln!("{}", words::provisional_deadlines(&years));
    }
}

/// Say on stderr which agencies a command created on first use, so a misspelt name is noticed.
pub fn announce_created(created: &[doithoai::ops::records::Agency]) {
    for ag in created {
        eprintln!("{}", msg!(created_agency, id = ag.id, name = &ag.name));
    }
}

/// Print one line to stdout; a closed pipe ends the command quietly instead of a panic.
pub fn print_line(line: impl std::fmt::Display) -> Result<()> {
    use std::io::Write;
    output::say!(std::io::stdout(), "{line}")
}

/// The period a report covers, from the one way it was given: a range, a month, a quarter, a
/// half-year or a year.
pub struct PeriodChoice<'a> {
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub month: Option<&'a str>,
    pub quarter: Option<&'a str>,
    pub half: Option<&'a str>,
    pub year: Option<i32>,
}

/// The one period the options name: `--from/--to`, `--month`, `--quarter`, `--half` or
/// `--year`.
pub fn period_of(c: PeriodChoice<'_>) -> Result<doithoai::rules::reports::Period> {
    Ok(match (c.from, c.to, c.month, c.quarter, c.half, c.year) {
        (Some(from), Some(to), None, None, None, None) => {
            if to < from {
                return Err(Error::Invalid(msg!(
                    range_backwards,
                    to = doithoai::message::Day(to),
                    from = doithoai::message::Day(from),
                )));
            }
            doithoai::rules::reports::Period { from, to }
        }
        (None, None, Some(m), None, None, None) => doithoai::rules::reports::month(m)?,
        (None, None, None, Some(q), None, None) => doithoai::rules::reports::quarter(q)?,
        (None, None, None, None, Some(h), None) => doithoai::rules::reports::half(h)?,
        (None, None, None, None, None, Some(y)) => doithoai::rules::reports::year(y)?,
        _ => return Err(Error::Invalid(msg!(period_missing))),
    })
}

/// The operating system's account running the command, when no variable names it (cron,
/// systemd): the name the password database gives the process's user, else "uid N".
#[cfg(unix)]
fn os_account() -> Option<String> {
    use std::os::unix::fs::MetadataExt;
    let uid = std::fs::metadata("/proc/self").ok()?.uid();
    let passwd = std::fs::read_to_string("/etc/passwd").unwrap_or_default();
    let name = passwd.lines().find_map(|line| {
        let mut fields = line.split(':');
        let name = fields.next()?;
        let id = fields.nth(1)?;
        (id.parse::<u32>().ok()? == uid && !name.is_empty()).then(|| name.to_string())
    });
    Some(name.unwrap_or_else(|| format!("uid {uid}")))
}

#[cfg(not(unix))]
fn os_account() -> Option<String> {
    None
}
