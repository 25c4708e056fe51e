//! One report for the city from many wards' files (since 1/7/2025 every commune and ward
//! reports to the city directly — 126 of them in Hà Nội). Each file is opened read-only and
//! never modified, read, and closed before the next: memory does not grow with the number of
//! files and SQLite's limit of attached databases does not apply. A file that cannot be read
//! (a newer schema, not a doithoai database) is listed as skipped with its reason; the others
//! are still reported.

use crate::error::{Error, Result};
use crate::messages;
use crate::ops::report::PeriodReport;
use crate::rules::calendar::Calendar;
use crate::rules::reports::{Period, Tally};
use crate::store::{calendar as store_calendar, office, Store};
use chrono::NaiveDate;
use rusqlite::Transaction;
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// A file left out, and why.
#[derive(Debug)]
pub struct Skipped {
    pub file: PathBuf,
    pub error: Error,
    /// A copy of an office already counted: said, but no office is missing from the report.
    pub duplicate: bool,
}

/// Read every file in turn with `f` (the office's name, its calendar, a read transaction).
/// Two files of one office (a ward's file and a backup or copy of it: the same office, one
/// history the start of the other's) count once: the one whose history goes further is read,
/// the other is said as a copy.
pub fn each_office<T>(
    files: &[PathBuf],
    busy: Duration,
    mut f: impl FnMut(&Transaction<'_>, &Calendar, &str) -> Result<T>,
) -> (Vec<(String, PathBuf, T)>, Vec<Skipped>) {
    let mut read: Vec<(String, PathBuf, T)> = Vec::new();
    let mut skipped = Vec::new();
    // Per office read: its identity (name, set up at) and how far its history goes.
    let mut seen: Vec<(OfficeIdentity, usize)> = Vec::new();
    for file in files {
        let result = (|| -> Result<(String, Option<OfficeIdentity>, T)> {
            let mut store = Store::open_read_only(file, busy)?;
            let tx = store.read()?;
            let name = office::get(&tx)?.map(|o| o.name).unwrap_or_default();
            let identity = office::identity(&tx)?
                .map(|(_, set_up, last_event)| OfficeIdentity { set_up, last_event });
            let cal = store_calendar::load(&tx)?;
            let value = f(&tx, &cal, &name)?;
            Ok((name, identity, value))
        })();
        let (name, identity, value) = match result {
            Ok(read) => read,
            Err(error) => {
                skipped.push(Skipped {
                    file: file.clone(),
                    error,
                    duplicate: false,
                });
                continue;
            }
        };
        let Some(identity) = identity else {
            read.push((name, file.clone(), value));
            continue;
        };
        let copy_of = seen.iter().position(|(other, at)| {
            same_office(busy, other, &read[*at].1, &identity, file).unwrap_or(false)
        });
        match copy_of {
            None => {
                seen.push((identity, read.len()));
                read.push((name, file.clone(), value));
            }
            Some(i) => {
                let at = seen[i].1;
                if identity.last_event > seen[i].0.last_event {
                    // This file goes further: it replaces the copy read before.
                    let older = std::mem::replace(&mut read[at], (name, file.clone(), value));
                    seen[i].0 = identity;
                    skipped.push(Skipped {
                        error: Error::Refused(messages::same_office(file)),
                        file: older.1,
                        duplicate: true,
                    });
                } else {
                    skipped.push(Skipped {
                        file: file.clone(),
                        error: Error::Refused(messages::same_office(&read[at].1)),
                        duplicate: true,
                    });
                }
            }
        }
    }
    (read, skipped)
}

/// What tells one office's file from another's.
struct OfficeIdentity {
    set_up: String,
    last_event: i64,
}

/// Whether two files hold one office: set up at the same moment, and the shorter history's last
/// event is the same event at the same place in the longer one (a copy taken before the office
/// was renamed is still a copy).
fn same_office(
    busy: Duration,
    a: &OfficeIdentity,
    a_file: &Path,
    b: &OfficeIdentity,
    b_file: &Path,
) -> Result<bool> {
    if a.set_up != b.set_up {
        return Ok(false);
    }
    let at = a.last_event.min(b.last_event);
    let fingerprint = |file: &Path| -> Result<Option<String>> {
        let mut store = Store::open_read_only(file, busy)?;
        let tx = store.read()?;
        office::event_fingerprint(&tx, at)
    };
    Ok(fingerprint(a_file)? == fingerprint(b_file)?)
}

/// The files of a city: every database in `--from-dir` (by its SQLite header or a database's
/// name — a truncated `.db` copy is an office that cannot be read, not nothing), or else the
/// `--db` options; SQLite's -wal/-shm/-journal companions are not offices. The same file named
/// twice (a second `--db`, a link) is read once.
pub fn files(dbs: &[PathBuf], dir: Option<&Path>) -> Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = match dir {
        None => dbs.to_vec(),
        Some(dir) => {
            let entries = std::fs::read_dir(dir).map_err(|source| Error::Io {
                path: dir.to_path_buf(),
                source,
            })?;
            let mut found: Vec<PathBuf> = entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| {
                    !is_companion(p)
                        && !is_kept_copy(p)
                        && (crate::store::is_sqlite_file(p) || has_database_name(p))
                })
                .collect();
            found.sort();
            found
        }
    };
    let mut seen = std::collections::HashSet::new();
    files.retain(|f| seen.insert(identity(f)));
    Ok(files)
}

/// What makes two names one file: device and inode (a hard link, a symbolic link, the same
/// path twice), else the canonical path.
fn identity(path: &Path) -> (u64, u64, PathBuf) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if let Ok(m) = std::fs::metadata(path) {
            return (m.dev(), m.ino(), PathBuf::new());
        }
    }
    (
        0,
        0,
        std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf()),
    )
}

fn has_database_name(path: &Path) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
        matches!(
            e.to_ascii_lowercase().as_str(),
            "db" | "sqlite" | "sqlite3" | "db3"
        )
    })
}

/// A copy the tool keeps beside an office's file before a change it cannot undo (`restore`,
/// `agency merge`, `conclusion issue --replace`): an earlier state of that office, not an office.
fn is_kept_copy(path: &Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    [".before-restore", ".before-merge", ".before-correction"]
        .iter()
        .any(|kept| name.contains(kept))
}

fn is_companion(path: &Path) -> bool {
    let name = path.to_string_lossy();
    ["-wal", "-shm", "-journal"]
        .iter()
        .any(|s| name.ends_with(s))
}

/// One office's figures in the city's period report.
#[derive(Debug, Clone, Default, Serialize)]
pub struct OfficeFigures {
    pub office: String,
    pub file: String,
    pub sessions_held: u64,
    pub sessions_stopped: u64,
    pub sessions_cancelled: u64,
    pub sessions_not_yet_held: u64,
    pub registrations: u64,
    pub opinions: u64,
    pub announcements: Tally,
    pub conclusion_notices: Tally,
    pub written_answers: Tally,
    /// Deadlines kept late, or open and overdue, on the report's day.
    pub late_items: u64,
}

impl OfficeFigures {
    fn of(office: &str, file: &Path, r: &PeriodReport) -> OfficeFigures {
        OfficeFigures {
            office: office.to_string(),
            file: file.display().to_string(),
            sessions_held: r.sessions_held,
            sessions_stopped: r.sessions_stopped,
            sessions_cancelled: r.sessions_cancelled,
            sessions_not_yet_held: r.sessions_not_yet_held,
            registrations: r.registrations,
            opinions: r.opinions,
            announcements: r.announcements.clone(),
            conclusion_notices: r.conclusion_notices.clone(),
            written_answers: r.written_answers.clone(),
            late_items: r.late_items.len() as u64,
        }
    }

    fn add(&mut self, o: &OfficeFigures) {
        self.sessions_held += o.sessions_held;
        self.sessions_stopped += o.sessions_stopped;
        self.sessions_cancelled += o.sessions_cancelled;
        self.sessions_not_yet_held += o.sessions_not_yet_held;
        self.registrations += o.registrations;
        self.opinions += o.opinions;
        self.announcements.merge(&o.announcements);
        self.conclusion_notices.merge(&o.conclusion_notices);
        self.written_answers.merge(&o.written_answers);
        self.late_items += o.late_items;
    }
}

/// The city's period report: every office, and the totals (rates from the summed counts).
#[derive(Debug, Serialize)]
pub struct CityPeriod {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub as_of: NaiveDate,
    pub offices: Vec<OfficeFigures>,
    pub totals: OfficeFigures,
    #[serde(skip)]
    pub skipped: Vec<Skipped>,
}

/// The period report of every office in `files`, office by office.
pub fn period(files: &[PathBuf], busy: Duration, p: Period, as_of: NaiveDate) -> CityPeriod {
    // Each office's report is reduced to its figures before the next file is read.
    let (read, skipped) = each_office(files, busy, |tx, cal, name| {
        let report = crate::ops::report::period(tx, cal, p, as_of)?;
        Ok(OfficeFigures::of(name, Path::new(""), &report))
    });
    let mut totals = OfficeFigures::default();
    let offices: Vec<OfficeFigures> = read
        .into_iter()
        .map(|(_, file, mut f)| {
            f.file = file.display().to_string();
            totals.add(&f);
            f
        })
        .collect();
    CityPeriod {
        from: p.from,
        to: p.to,
        as_of,
        offices,
        totals,
        skipped,
    }
}
