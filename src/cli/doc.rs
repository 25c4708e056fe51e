//! `doithoai doc KIND ID`: draft the document a step of the regulation ends in, from the
//! records, as a .docx a clerk opens, reviews and signs (Decree 30/2020/NĐ-CP layout), or as
//! Markdown (`--format md`); `--pdf` also converts it with LibreOffice.

use super::Context;
use doithoai::error::{Error, Result};
use doithoai::ops::document::{self, Draft};
use doithoai::output::{self, Destination, Format};
use doithoai::rules::documents::DocumentKind;
use doithoai::words;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, clap::Subcommand)]
pub enum DocCommand {
    /// Announcement of the session (thông báo tổ chức hội nghị, Art. 7.2.3).
    Announcement(SessionDoc),
    /// Invitations (giấy mời, Art. 6.1): one page per invited organisation or agency.
    Invitation(InvitationDoc),
    /// Minutes (biên bản, Art. 8.1, 9): speakers in registration order with their opinions.
    Minutes(SessionDoc),
    /// Conclusion notice (thông báo kết luận, Art. 10.1): each opinion, its agency, its due date.
    Notice(NoticeDoc),
    /// Written answer to the petitioner (văn bản trả lời, Art. 10.2).
    Answer(OpinionDoc),
    /// Letter forwarding an opinion to the competent body (văn bản chuyển, Art. 10.2, R11).
    Forward(OpinionDoc),
    /// Notice of the time a complex matter needs (thông báo thời hạn giải quyết, R12).
    Timeline(OpinionDoc),
    /// Report of a period to the level above (báo cáo, Art. 10.3, 11).
    Report(ReportDoc),
}

/// Where and how the document is written.
#[derive(Debug, Clone, clap::Args)]
pub struct Written {
    /// The file to write (default: named after the document, in the current folder; .md with --format md)
    #[arg(long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Replace an existing file
    #[arg(long)]
    pub force: bool,
    /// Also convert to PDF with LibreOffice (soffice), keeping the .docx
    #[arg(long)]
    pub pdf: bool,
}

#[derive(Debug, Clone, clap::Args)]
pub struct SessionDoc {
    /// The session
    pub session: i64,
    #[command(flatten)]
    pub written: Written,
}

#[derive(Debug, Clone, clap::Args)]
pub struct NoticeDoc {
    /// The session
    pub session: i64,
    /// The title of the notice's signer when it is not the configured signer's, e.g. "PHÓ CHỦ TỊCH"
    #[arg(long, value_parser = super::parse_text)]
    pub signer_title: Option<String>,
    /// How the notice's signer signs when not as configured, e.g. "KT. CHỦ TỊCH"
    #[arg(long, value_parser = super::parse_text)]
    pub signer_authority: Option<String>,
    #[command(flatten)]
    pub written: Written,
}

#[derive(Debug, Clone, clap::Args)]
pub struct InvitationDoc {
    /// The session
    pub session: i64,
    /// Only the invitation of this organisation or agency, as recorded (diacritics ignored)
    #[arg(long, value_name = "ORG")]
    pub to: Option<String>,
    #[command(flatten)]
    pub written: Written,
}

#[derive(Debug, Clone, clap::Args)]
pub struct OpinionDoc {
    /// The opinion
    pub opinion: i64,
    #[command(flatten)]
    pub written: Written,
}

#[derive(Debug, Clone, clap::Args)]
pub struct ReportDoc {
    /// A month, e.g. 12/2026 (also 2026-12, "tháng 12/2026")
    #[arg(long, conflicts_with_all = ["quarter", "half", "year"])]
    pub month: Option<String>,
    /// A quarter, e.g. Q3/2026 or 2026-Q3
    #[arg(long, conflicts_with_all = ["half", "year"])]
    pub quarter: Option<String>,
    /// A half-year, e.g. H2/2026 or 2026-H2
    #[arg(long, conflicts_with = "year")]
    pub half: Option<String>,
    /// A calendar year, e.g. 2026
    #[arg(long, value_parser = super::parse_year)]
    pub year: Option<i32>,
    /// First day of a custom period
    #[arg(long, value_parser = super::parse_date, requires = "to", conflicts_with_all = ["month", "quarter", "half", "year"])]
    pub from: Option<chrono::NaiveDate>,
    /// Last day of a custom period
    #[arg(long, value_parser = super::parse_date, requires = "from")]
    pub to: Option<chrono::NaiveDate>,
    #[command(flatten)]
    pub written: Written,
}

impl DocCommand {
    /// The `--output` given, for the format it names.
    pub fn output(&self) -> Option<&Path> {
        self.written().output.as_deref()
    }

    fn written(&self) -> &Written {
        match self {
            DocCommand::Announcement(a) | DocCommand::Minutes(a) => &a.written,
            DocCommand::Notice(a) => &a.written,
            DocCommand::Invitation(a) => &a.written,
            DocCommand::Answer(a) | DocCommand::Forward(a) | DocCommand::Timeline(a) => &a.written,
            DocCommand::Report(a) => &a.written,
        }
    }
}

/// The file a document is written to when `--output` is not given.
fn default_name(kind: DocumentKind, id: Option<i64>, format: Format) -> PathBuf {
    let stem = match kind {
        DocumentKind::Announcement => "thong-bao-to-chuc-hoi-nghi",
        DocumentKind::Invitation => "giay-moi-hoi-nghi",
        DocumentKind::Minutes => "bien-ban-hoi-nghi",
        DocumentKind::Notice => "thong-bao-ket-luan-hoi-nghi",
        DocumentKind::Answer => "tra-loi-y-kien",
        DocumentKind::Forward => "chuyen-y-kien",
        DocumentKind::Timeline => "thong-bao-thoi-han-giai-quyet",
        DocumentKind::Report => "bao-cao-ket-qua-doi-thoai",
    };
    let extension = if format == Format::Md { "md" } else { "docx" };
    match id {
        Some(id) => PathBuf::from(format!("{stem}-{id}.{extension}")),
        None => PathBuf::from(format!("{stem}.{extension}")),
    }
}

pub fn run(ctx: &Context, c: DocCommand) -> Result<i32> {
    let written = c.written();
    let (kind, id) = match &c {
        DocCommand::Announcement(a) => (DocumentKind::Announcement, Some(a.session)),
        DocCommand::Invitation(a) => (DocumentKind::Invitation, Some(a.session)),
        DocCommand::Minutes(a) => (DocumentKind::Minutes, Some(a.session)),
        DocCommand::Notice(a) => (DocumentKind::Notice, Some(a.session)),
        DocCommand::Answer(a) => (DocumentKind::Answer, Some(a.opinion)),
        DocCommand::Forward(a) => (DocumentKind::Forward, Some(a.opinion)),
        DocCommand::Timeline(a) => (DocumentKind::Timeline, Some(a.opinion)),
        DocCommand::Report(_) => (DocumentKind::Report, None),
    };
    let period = match &c {
        DocCommand::Report(a) => Some(super::period_of(super::PeriodChoice {
            from: a.from,
            to: a.to,
            month: a.month.as_deref(),
            quarter: a.quarter.as_deref(),
            half: a.half.as_deref(),
            year: a.year,
        })?),
        _ => None,
    };
    let format = ctx.format;
    let target = match (&written.output, format) {
        (Some(p), _) => Some(p.clone()),
        // A report is named after its period, so the next period's does not collide;
        // `--output -` sends the text (Markdown) to the screen.
        (None, _) => Some(match period {
            Some(p) => PathBuf::from(format!(
                "bao-cao-ket-qua-doi-thoai-{}-{}.{}",
                p.from.format("%Y%m%d"),
                p.to.format("%Y%m%d"),
                if format == Format::Md { "md" } else { "docx" }
            )),
            None => default_name(kind, id, format),
        }),
    };
    let target = target.filter(|p| p.as_os_str() != "-");
    if written.pdf && format == Format::Md {
        return Err(Error::Invalid(msg!(pdf_needs_docx)));
    }
    // Never the database itself (the graver reason comes first), and nothing is overwritten
    // unless asked: a signed draft may sit under that name.
    if let Some(path) = &target {
        doithoai::files::check_target(path, &ctx.db_path)?;
        // The PDF beside it is an output too: never the database or another SQLite file.
        if written.pdf {
            doithoai::files::check_target(&path.with_extension("pdf"), &ctx.db_path)?;
        }
        if !written.force && path.exists() {
            return Err(Error::Refused(msg!(
                output_exists,
                path = doithoai::words::shown(path)
            )));
        }
        if written.pdf && !written.force && path.with_extension("pdf").exists() {
            return Err(Error::Refused(msg!(
                output_exists,
                path = doithoai::words::shown(&path.with_extension("pdf"))
            )));
        }
    }
    let soffice = if written.pdf {
        Some(find_soffice().ok_or_else(|| Error::Refused(msg!(no_libreoffice)))?)
    } else {
        None
    };
    // A state document is in Vietnamese whatever language the clerk's screen speaks.
    let drafts = words::in_vietnamese(|| -> Result<Vec<Draft>> {
        let mut store = ctx.open()?;
        let tx = doithoai::ops::read(&mut store)?;
        Ok(match (&c, id) {
            (DocCommand::Announcement(_), Some(id)) => document::announcement(&tx, id, ctx.today)?,
            (DocCommand::Invitation(a), Some(id)) => {
                document::invitations(&tx, id, a.to.as_deref(), ctx.today)?
            }
            (DocCommand::Minutes(_), Some(id)) => document::minutes(&tx, id)?,
            (DocCommand::Notice(a), Some(id)) => document::notice(
                &tx,
                id,
                &document::SignerTitle {
                    title: a.signer_title.as_deref(),
                    authority: a.signer_authority.as_deref(),
                },
            )?,
            (DocCommand::Answer(_), Some(id)) => document::answer(&tx, id)?,
            (DocCommand::Forward(_), Some(id)) => document::forward(&tx, id)?,
            (DocCommand::Timeline(_), Some(id)) => document::timeline(&tx, id)?,
            _ => {
                let period = period.ok_or_else(|| Error::Invalid(msg!(report_needs_period)))?;
                let cal = tx.calendar()?;
                let r = doithoai::ops::report::period(&tx, &cal, period, ctx.today)?;
                document::report(&tx, &r, period, ctx.today)?
            }
        })
    })?;
    super::note_provisional(ctx, drafts.iter().flat_map(|d| d.deadlines.iter().copied()));
    // The document's properties say when it was drafted (the command's clock, to the second).
    let created = ctx
        .now_utc
        .to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let bytes = render(&drafts, format, &created).map_err(output::written)?;
    let mut dest = Destination::open(target.as_deref(), &ctx.db_path)?;
    let path = dest.path();
    if let Err(source) = dest.writer().write_all(&bytes) {
        dest.abandon();
        return Err(Error::Output { path, source });
    }
    dest.commit().map_err(|source| Error::Output {
        path: path.clone(),
        source,
    })?;
    // What was written is said on stderr, as every file a command writes (`--quiet`: nothing).
    if let Some(target) = &target {
        if !ctx.quiet {
            eprintln!(
                "{}",
                msg!(
                    document_written,
                    path = doithoai::words::shown(target),
                    pages = drafts.len()
                )
            );
        }
        if let Some(soffice) = soffice {
            // LibreOffice takes a few seconds: the clerk is told it is working.
            if !ctx.quiet {
                eprintln!(
                    "{}",
                    msg!(converting_to_pdf, docx_display = target.display())
                );
            }
            let pdf = convert_to_pdf(&soffice, target)?;
            if !ctx.quiet {
                eprintln!(
                    "{}",
                    msg!(
                        document_written,
                        path = doithoai::words::shown(&pdf),
                        pages = drafts.len()
                    )
                );
            }
        }
    }
    Ok(0)
}

fn render(drafts: &[Draft], format: Format, created: &str) -> std::io::Result<Vec<u8>> {
    match format {
        Format::Md => Ok(output::document::markdown(drafts).into_bytes()),
        _ => output::document::docx(drafts, created),
    }
}

/// LibreOffice's command, where it is installed (`DOITHOAI_SOFFICE` names it, when set).
fn find_soffice() -> Option<PathBuf> {
    if let Some(named) = std::env::var_os("DOITHOAI_SOFFICE") {
        let named = PathBuf::from(named);
        return runs(&named).then_some(named);
    }
    let candidates = [
        "soffice",
        "libreoffice",
        "/usr/bin/soffice",
        "/usr/lib/libreoffice/program/soffice",
        "/opt/libreoffice/program/soffice",
        "/Applications/LibreOffice.app/Contents/MacOS/soffice",
        "C:\\Program Files\\LibreOffice\\program\\soffice.exe",
    ];
    candidates.iter().map(PathBuf::from).find(|c| runs(c))
}

fn runs(program: &Path) -> bool {
    std::process::Command::new(program)
        .arg("--version")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// Convert `docx` to PDF beside it: LibreOffice (headless, with its own profile) works in a
/// private folder next to the target, the PDF is made owner-only there and then moved into
/// place — it is never readable by others, not even for a moment.
fn convert_to_pdf(soffice: &Path, docx: &Path) -> Result<PathBuf> {
    let dir = docx
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let work = dir.join(format!(
        ".doithoai-pdf-{}-{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos())
    ));
    let io = |source| Error::Output {
        path: docx.with_extension("pdf"),
        source,
    };
    doithoai::files::create_private_dir(&work).map_err(io)?;
    let result = (|| -> Result<PathBuf> {
        let profile = work.join("profile");
        let out = std::process::Command::new(soffice)
            .arg(format!(
                "-env:UserInstallation=file://{}",
                doithoai::files::url_path(&profile)
            ))
            .args([
                "--headless",
                "--norestore",
                "--convert-to",
                "pdf",
                "--outdir",
            ])
            .arg(&work)
            .arg(docx)
            .output()
            .map_err(|e| Error::Refused(msg!(pdf_failed, detail = &e.to_string())))?;
        let made = work.join(
            docx.with_extension("pdf")
                .file_name()
                .map(PathBuf::from)
                .unwrap_or_default(),
        );
        if !out.status.success() || !made.exists() {
            let detail = String::from_utf8_lossy(&out.stderr).trim().to_string();
            return Err(Error::Refused(msg!(pdf_failed, detail = &detail)));
        }
        doithoai::files::make_private(&made);
        let pdf = docx.with_extension("pdf");
        std::fs::rename(&made, &pdf).map_err(io)?;
        Ok(pdf)
    })();
    let _ = std::fs::remove_dir_all(&work);
    result
}
