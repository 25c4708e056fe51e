//! One report for the city from many wards' files (since 1/7/2025 every commune and ward
//! reports to the city directly — 126 of them in Hà Nội). Each file is opened read-only and
//! never modified, read, and closed before the next: memory does not grow with the number of
//! files and SQLite's limit of attached databases does not apply. A file that cannot be read
//! (a newer schema, not a doithoai database) is listed as skipped with its reason; the others
//! are still reported.

use crate::error::{Error, Result};
use crate::ops::report::PeriodReport;
use crate::rules::calendar::Calendar;
use crate::rules::reports::{Period, Tally};
use crate::store::OpenOptions;
use crate::store::{calendar as store_calendar, office, Store};
use chrono::NaiveDate;
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

/// A file left out, and why.
#[derive(Debug)]
pub struct Skipped {
    pub file: PathBuf,
    pub error: Error,
    /// A copy of an office already counted: said, but no office is missing from the report.
    pub duplicate: bool,
}

/// Where a city's offices are read from: the wards' files (or their backups), or every office of
/// a PostgreSQL server's database, read live by the city's role.
pub enum Offices {
    Files {
        files: Vec<PathBuf>,
        busy: Duration,
    },
    Server {
        store: Store,
        /// Where more connections of the same role come from, to read several offices at once.
        helpers: Helpers,
    },
}

/// More connections to a server, as the same role, for the live city report: the server reads
/// one office per connection at a time, and an office's report is a few statements in a row,
/// so one connection leaves the server's other cores (and the client's) waiting.
pub struct Helpers {
    url: String,
    options: OpenOptions,
}

/// Connections reading offices at once for `--all-offices` (the command's own included): a
/// city's server has cores to spare, and each is one of its backends for the seconds the
/// report takes.
pub const SERVER_READERS: usize = 4;

impl Offices {
    /// Every office of the server `store` is on (opened from `url` with `options`), read by its
    /// city's role (refused for any other role, before anything is read).
    pub fn server(store: Store, url: &str, options: OpenOptions) -> Result<Offices> {
        store.require_city_role()?;
        Ok(Offices::Server {
            store,
            helpers: Helpers {
                url: url.to_string(),
                options,
            },
        })
    }

    /// The files read (none on a server): a report is never written onto one of them.
    pub fn files(&self) -> &[PathBuf] {
        match self {
            Offices::Files { files, .. } => files,
            Offices::Server { .. } => &[],
        }
    }

    /// Every office with `f` (a read of its records, its calendar, its name), in the order of
    /// the files or of the server's offices; on a server several offices are read at once.
    pub fn each<T: Send>(
        &mut self,
        f: impl Fn(&super::Reading<'_>, &Calendar, &str) -> Result<T> + Sync,
    ) -> (Vec<(String, PathBuf, T)>, Vec<Skipped>) {
        match self {
            Offices::Files { files, busy } => each_office(files, *busy, f),
            Offices::Server { store, helpers } => {
                let path = store.path().to_path_buf();
                match each_office_on_server(store, helpers, &f) {
                    Ok(read) => (read, Vec::new()),
                    Err(error) => (
                        Vec::new(),
                        vec![Skipped {
                            file: path,
                            error,
                            duplicate: false,
                        }],
                    ),
                }
            }
        }
    }
}

/// Every office of a server's database, read by the city's role in one snapshot: the map of
/// roles names them; each is read with `doithoai.office` set to it, which the policies let the
/// city's role (and it alone) read. Each office is named `ADDRESS#N` as a ward's file is by its
/// path. Up to [`SERVER_READERS`] connections read at once, each taking the next office not yet
/// taken, all in the snapshot of the first (`pg_export_snapshot`): the same figures as one
/// connection reading them in turn. A helper that cannot connect leaves its share to the others.
fn each_office_on_server<T: Send>(
    store: &mut Store,
    helpers: &Helpers,
    f: &(impl Fn(&super::Reading<'_>, &Calendar, &str) -> Result<T> + Sync),
) -> Result<Vec<(String, PathBuf, T)>> {
    let shown = store.path().display().to_string();
    let reading = super::Reading { tx: store.read()? };
    let offices = office::on_server(&reading.tx)?;
    let wanted = SERVER_READERS.min(offices.len()).saturating_sub(1);
    let snapshot = if wanted > 0 {
        office::share_snapshot(&reading.tx)?
    } else {
        None
    };
    let mut stores = Vec::new();
    if snapshot.is_some() {
        for _ in 0..wanted {
            match Store::open_server(&helpers.url, helpers.options, None) {
                Ok(helper) => stores.push(helper),
                Err(_) => break,
            }
        }
    }
    let next = AtomicUsize::new(0);
    let failed = AtomicBool::new(false);
    // One reader's work: the next office not yet taken, until none is left or one failed.
    let read = |reading: &super::Reading<'_>| {
        let mut done = Vec::new();
        while !failed.load(Ordering::Relaxed) {
            let at = next.fetch_add(1, Ordering::Relaxed);
            let Some(&id) = offices.get(at) else { break };
            let one = (|| -> Result<Option<(String, PathBuf, T)>> {
                office::read_as_city(&reading.tx, id)?;
                let Some(this) = office::get(&reading.tx)? else {
                    return Ok(None);
                };
                let cal = store_calendar::load(&reading.tx)?;
                let value = f(reading, &cal, &this.name)?;
                Ok(Some((
                    this.name,
                    PathBuf::from(format!("{shown}#{id}")),
                    value,
                )))
            })();
            if one.is_err() {
                failed.store(true, Ordering::Relaxed);
            }
            done.push((at, one));
        }
        done
    };
    let mut done = std::thread::scope(|scope| {
        let running: Vec<_> = stores
            .iter_mut()
            .map(|helper| {
                let snapshot = snapshot.as_ref();
                let read = &read;
                scope.spawn(move || -> Result<_> {
                    let reading = super::Reading { tx: helper.read()? };
                    if let Some(snapshot) = snapshot {
                        office::read_shared_snapshot(&reading.tx, snapshot)?;
                    }
                    Ok(read(&reading))
                })
            })
            .collect();
        let mut done = read(&reading);
        for helper in running {
            match helper.join() {
                Ok(Ok(theirs)) => done.extend(theirs),
                // A helper that could not begin read nothing: its share went to the others.
                Ok(Err(_)) => {}
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
        done
    });
    done.sort_by_key(|(at, _)| *at);
    let mut read_offices = Vec::new();
    for (_, one) in done {
        if let Some(office) = one? {
            read_offices.push(office);
        }
    }
    Ok(read_offices)
}

/// Read every file in turn with `f` (the office's name, its calendar, a read transaction).
/// Two files of one office (a ward's file and a backup or copy of it: the same office, one
/// history the start of the other's) count once: the one whose history goes further is read,
/// the other is said as a copy.
pub fn each_office<T>(
    files: &[PathBuf],
    busy: Duration,
    mut f: impl FnMut(&super::Reading<'_>, &Calendar, &str) -> Result<T>,
) -> (Vec<(String, PathBuf, T)>, Vec<Skipped>) {
    // A slot emptied when its file turns out to conflict with a later one.
    let mut read: Vec<Option<(String, PathBuf, T)>> = Vec::new();
    let mut skipped = Vec::new();
    // Per office read: its identity (name, set up at), how far its history goes, its slot.
    let mut seen: Vec<(OfficeIdentity, PathBuf, usize)> = Vec::new();
    for file in files {
        let result = (|| -> Result<(String, Option<OfficeIdentity>, T)> {
            let mut store = Store::open_read_only(file, busy)?;
            let tx = store.read()?;
            let name = office::get(&tx)?.map(|o| o.name).unwrap_or_default();
            let identity = office::identity(&tx)?
                .map(|(_, set_up, last_event)| OfficeIdentity { set_up, last_event });
            let cal = store_calendar::load(&tx)?;
            let value = f(&super::Reading { tx }, &cal, &name)?;
            Ok((name, identity, value))
        })();
        let (name, identity, value) = match result {
            Ok(read) => read,
            Err(error) => {
                skipped.push(Skipped {
                    file: file.clone(),
                    error: interrupted_as_too_slow(error, file),
                    duplicate: false,
                });
                continue;
            }
        };
        let Some(identity) = identity else {
            read.push(Some((name, file.clone(), value)));
            continue;
        };
        let mut relation = Relation::Different;
        let mut matched = None;
        for (i, (other, other_file, _)) in seen.iter().enumerate() {
            relation = same_office(busy, other, other_file, &identity, file)
                .unwrap_or(Relation::Different);
            if relation != Relation::Different {
                matched = Some(i);
                break;
            }
        }
        let Some(i) = matched else {
            seen.push((identity, file.clone(), read.len()));
            read.push(Some((name, file.clone(), value)));
            continue;
        };
        let (other_file, slot) = (seen[i].1.clone(), seen[i].2);
        if relation == Relation::Conflict {
            // Neither is counted, and both are named: which one is genuine is for a person
            // to find out.
            read[slot] = None;
            for (this, that) in [(&other_file, file), (file, &other_file)] {
                skipped.push(Skipped {
                    file: this.clone(),
                    error: Error::Conflict {
                        a: this.clone(),
                        b: that.clone(),
                    },
                    duplicate: false,
                });
            }
            continue;
        }
        if read[slot].is_none() {
            // A third copy of an office already in conflict: said, not counted.
            skipped.push(Skipped {
                file: file.clone(),
                error: Error::Conflict {
                    a: file.clone(),
                    b: other_file,
                },
                duplicate: false,
            });
            continue;
        }
        if identity.last_event > seen[i].0.last_event {
            // This file goes further: it replaces the copy read before.
            read[slot] = Some((name, file.clone(), value));
            seen[i] = (identity, file.clone(), slot);
            skipped.push(Skipped {
                error: Error::Refused(msg!(
                    same_office,
                    kept = crate::rules::text::shown_path(file)
                )),
                file: other_file,
                duplicate: true,
            });
        } else {
            skipped.push(Skipped {
                file: file.clone(),
                error: Error::Refused(msg!(
                    same_office,
                    kept = crate::rules::text::shown_path(&other_file)
                )),
                duplicate: true,
            });
        }
    }
    (read.into_iter().flatten().collect(), skipped)
}

/// SQLite's "interrupted" from the time limit on reading a file, said as such.
fn interrupted_as_too_slow(error: Error, file: &Path) -> Error {
    match &error {
        Error::Sqlite(e)
            if e.sqlite_error_code() == Some(rusqlite::ffi::ErrorCode::OperationInterrupted) =>
        {
            Error::TooSlow {
                path: file.to_path_buf(),
                seconds: crate::store::trust::READ_LIMIT.as_secs(),
            }
        }
        _ => error,
    }
}

/// How two files stand to each other.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Relation {
    /// Two offices.
    Different,
    /// One office: the shorter history is the start of the longer, records and all.
    Copy,
    /// One office (set up at the same moment, the same history up to a point) whose records
    /// disagree there: one of them was edited outside the tool.
    Conflict,
}

/// What tells one office's file from another's.
struct OfficeIdentity {
    set_up: String,
    last_event: i64,
}

/// Whether two files hold one office (set up at the same moment by the same first act) and, if
/// so, whether one is a copy of the other: the shorter history's last event is the same event
/// at the same place in the longer one (a copy taken before the office was renamed is still a
/// copy) and their records agree there.
fn same_office(
    busy: Duration,
    a: &OfficeIdentity,
    a_file: &Path,
    b: &OfficeIdentity,
    b_file: &Path,
) -> Result<Relation> {
    if a.set_up != b.set_up {
        return Ok(Relation::Different);
    }
    let at = a.last_event.min(b.last_event);
    let mut a_store = Store::open_read_only(a_file, busy)?;
    let mut b_store = Store::open_read_only(b_file, busy)?;
    let (a_tx, b_tx) = (a_store.read()?, b_store.read()?);
    // Set up at the same moment by the same first act: one office. Histories that part before
    // the shorter one ends are a fork (a copy worked on apart, or edited): not a copy.
    if office::event_fingerprint(&a_tx, 1)? != office::event_fingerprint(&b_tx, 1)? {
        return Ok(Relation::Different);
    }
    if office::event_fingerprint(&a_tx, at)? != office::event_fingerprint(&b_tx, at)? {
        return Ok(Relation::Conflict);
    }
    let (shorter, longer) = if a.last_event <= b.last_event {
        (&a_tx, &b_tx)
    } else {
        (&b_tx, &a_tx)
    };
    Ok(if office::agree_at(shorter, longer, at)? {
        Relation::Copy
    } else {
        Relation::Conflict
    })
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
    /// The opinions to handle in the period, as a flow (R13); the city's is the sum.
    pub balance: crate::rules::reports::Balance,
    /// Deadlines that fell in the period and were missed (kept late, or open past them).
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
            balance: r.balance.clone(),
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
        self.balance.merge(&o.balance);
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

/// The period report of every office, office by office.
pub fn period(offices: &mut Offices, p: Period, as_of: NaiveDate) -> CityPeriod {
    // Each office's report is reduced to its figures before the next file is read.
    let (read, skipped) = offices.each(|tx, cal, name| {
        let report = crate::ops::report::figures_of(&tx.tx, cal, p, as_of)?;
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
