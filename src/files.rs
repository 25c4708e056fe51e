//! Every file doithoai writes besides the database itself: reports and exports (`--output`),
//! backups and the copy kept aside by `restore`.
//!
//! Owns: private creation (mode 0600 — the files hold petitioners' names and addresses),
//! refusing a target that is the live database or one of its companion files (compared by file
//! identity, not by spelling), the temporary-file-then-rename discipline that leaves a target
//! either as it was or whole, and the clean-up of temporaries a killed run left behind.
//! Must not: know what is written.

use crate::error::{Error, Result};
use std::fs::File;
use std::io;
use std::path::{Path, PathBuf};

/// The suffix of every temporary file; a killed run leaves `.NAME.PID.doithoai-tmp` beside the
/// target, removed by the next run that writes there.
const TEMP_SUFFIX: &str = "doithoai-tmp";

/// The files SQLite keeps beside a database: writing over any of them corrupts it.
const COMPANIONS: &[&str] = &["", "-wal", "-shm", "-journal"];

/// Create a new file readable and writable by its owner only, whatever the umask; fails if the
/// path exists (a symbolic link included).
pub fn create_private(path: &Path) -> io::Result<File> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)
}

/// Create a folder (and the missing folders above it) readable by its owner only: every folder
/// the tool creates may come to hold people's names, and a folder others can write lets them
/// plant a `-wal` beside the database.
pub fn create_private_dirs(path: &Path) -> io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(path)
}

/// Create one new folder, owner-only; fails if it exists.
pub fn create_private_dir(path: &Path) -> io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(path)
}

/// Make an existing file owner-only (a file moved aside keeps the mode it had).
pub fn make_private(path: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600));
    }
    #[cfg(not(unix))]
    let _ = path;
}

/// The folder a target is written in (`.` for a bare file name).
pub fn folder_of(target: &Path) -> PathBuf {
    match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// `target` names the database at `db` or one of its companion files (`-wal`, `-shm`,
/// `-journal`): by device and inode when both exist (a symbolic or hard link is caught), else by
/// the canonical folder and the file name (`./office.db`, `../main/office.db`).
pub fn is_database_file(target: &Path, db: &Path) -> bool {
    // SQLite keeps the companions beside the file a symbolic link points to, not beside the
    // link: both spellings of the database are checked.
    let resolved = db.canonicalize().ok();
    std::iter::once(db).chain(resolved.as_deref()).any(|db| {
        COMPANIONS.iter().any(|suffix| {
            let mut companion = db.as_os_str().to_owned();
            companion.push(suffix);
            same_file(target, Path::new(&companion))
        })
    })
}

fn same_file(a: &Path, b: &Path) -> bool {
    if let (Ok(ma), Ok(mb)) = (std::fs::metadata(a), std::fs::metadata(b)) {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            if ma.dev() == mb.dev() && ma.ino() == mb.ino() {
                return true;
            }
        }
        #[cfg(not(unix))]
        {
            let _ = (ma, mb);
        }
    }
    // Spelling after resolving the folders: catches a companion file that does not exist yet.
    let resolve = |p: &Path| -> Option<PathBuf> {
        let name = p.file_name()?;
        Some(folder_of(p).canonicalize().ok()?.join(name))
    };
    match (resolve(a), resolve(b)) {
        (Some(ra), Some(rb)) => ra == rb,
        _ => false,
    }
}

/// Refuse (usage error) an output target that would overwrite the live database or any other
/// SQLite file (a backup, another ward's database: an export over it would destroy it), sits
/// in a missing folder, or is a folder itself.
pub fn check_target(target: &Path, db: &Path) -> Result<()> {
    check_database_target(target, db)?;
    if crate::store::is_sqlite_file(target) {
        return Err(Error::OutputIsSqlite {
            target: target.to_path_buf(),
        });
    }
    Ok(())
}

/// `check_target` for a target that is itself a database (`backup`): the live database, a
/// missing folder and a folder are refused; an older backup may be replaced (with `--force`).
pub fn check_database_target(target: &Path, db: &Path) -> Result<()> {
    if is_database_file(target, db) {
        return Err(Error::OutputIsDatabase {
            target: target.to_path_buf(),
            db: db.to_path_buf(),
        });
    }
    let folder = folder_of(target);
    if !folder.is_dir() {
        return Err(Error::OutputFolderMissing { folder });
    }
    if target.is_dir() {
        return Err(Error::OutputIsFolder {
            target: target.to_path_buf(),
        });
    }
    Ok(())
}

/// `check_database_target` for a backup, which is a database file: standard output, a
/// descriptor, a device, a FIFO or a socket is refused (a backup is a file, renamed into
/// place). Returns the real path to write (through a symbolic link, which keeps pointing at it).
pub fn check_backup_target(target: &Path, db: &Path) -> Result<PathBuf> {
    check_database_target(target, db)?;
    match output_target(target)? {
        OutputTarget::Replace { path } => Ok(path),
        _ => Err(Error::OutputIsDevice {
            target: target.to_path_buf(),
        }),
    }
}

/// Where an output goes, once the path is looked at as the system sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OutputTarget {
    /// This process's standard output (`-`, `/dev/stdout` and the links to it).
    Stdout,
    /// A descriptor (`/dev/stderr`, `/proc/self/fd/N`), a FIFO, a terminal, `/dev/null`:
    /// written to as it is — appended to for a descriptor, as a shell's `>>` would — never
    /// replaced by a rename.
    InPlace { path: PathBuf, append: bool },
    /// A file written whole beside the real path (through any symbolic link, which keeps
    /// pointing at it) and renamed over it.
    Replace { path: PathBuf },
}

/// Look at an output path as the system sees it: follow its symbolic links to a descriptor, a
/// device or a file. A disk (block device) and anything under `/proc` or `/sys` that is not a
/// descriptor (`/proc/sys/kernel/hostname`) are refused.
pub fn output_target(target: &Path) -> Result<OutputTarget> {
    let is_stdout = |p: &Path| {
        matches!(
            p.to_str(),
            Some("-" | "/dev/stdout" | "/dev/fd/1" | "/proc/self/fd/1")
        )
    };
    let is_descriptor = |p: &Path| {
        let parts: Vec<String> = p
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        matches!(parts.as_slice(), [root, dev, fd, _] if root == "/" && dev == "dev" && fd == "fd")
            || matches!(parts.as_slice(), [root, proc, _, fd, _] if root == "/" && proc == "proc" && fd == "fd")
    };
    // `//` and `.` as the system reads them.
    let mut path: PathBuf = target.components().collect();
    for _ in 0..32 {
        if is_stdout(&path) {
            return Ok(OutputTarget::Stdout);
        }
        if is_descriptor(&path) {
            return Ok(OutputTarget::InPlace { path, append: true });
        }
        match std::fs::symlink_metadata(&path) {
            Ok(m) if m.file_type().is_symlink() => {
                let Ok(next) = std::fs::read_link(&path) else {
                    break;
                };
                path = folder_of(&path).join(next).components().collect();
            }
            _ => break,
        }
    }
    let absolute = std::path::absolute(&path).unwrap_or_else(|_| path.clone());
    if absolute.starts_with("/proc") || absolute.starts_with("/sys") {
        return Err(Error::OutputIsDevice {
            target: target.to_path_buf(),
        });
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if let Ok(meta) = std::fs::metadata(&path) {
            let kind = meta.file_type();
            if kind.is_block_device() {
                return Err(Error::OutputIsDevice {
                    target: target.to_path_buf(),
                });
            }
            if kind.is_fifo() || kind.is_char_device() || kind.is_socket() {
                return Ok(OutputTarget::InPlace {
                    path,
                    append: false,
                });
            }
        }
    }
    Ok(OutputTarget::Replace { path })
}

/// Open a target written in place (see `OutputTarget::InPlace`): never created or truncated;
/// appended to when it is a descriptor.
pub fn open_in_place(path: &Path, append: bool) -> io::Result<File> {
    std::fs::OpenOptions::new()
        .write(true)
        .append(append)
        .open(path)
}

/// A temporary path beside `target`, unique to this process.
pub fn temp_path(target: &Path) -> PathBuf {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "output".into());
    folder_of(target).join(format!(".{name}.{}.{TEMP_SUFFIX}", std::process::id()))
}

/// Remove the temporaries that killed runs left beside `target` (their process is gone; where
/// processes cannot be looked up, those older than a day).
pub fn clean_stale_temps(target: &Path) {
    let Some(name) = target.file_name().map(|n| n.to_string_lossy().into_owned()) else {
        return;
    };
    let prefix = format!(".{name}.");
    let Ok(entries) = std::fs::read_dir(folder_of(target)) else {
        return;
    };
    for entry in entries.flatten() {
        let file_name = entry.file_name().to_string_lossy().into_owned();
        // A temporary's own companion files (a killed VACUUM INTO leaves a journal) go with it.
        let base = ["-journal", "-wal", "-shm"]
            .iter()
            .find_map(|suffix| file_name.strip_suffix(suffix))
            .unwrap_or(&file_name);
        let Some(pid) = base
            .strip_prefix(&prefix)
            .and_then(|rest| {
                // `.tmp`: the name earlier versions used.
                rest.strip_suffix(&format!(".{TEMP_SUFFIX}"))
                    .or_else(|| rest.strip_suffix(".tmp"))
            })
            .and_then(|pid| pid.parse::<u32>().ok())
        else {
            continue;
        };
        if pid != std::process::id() && !process_alive(pid, &entry.path()) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// Whether the process that made `temp` may still be running.
pub(crate) fn process_alive(pid: u32, temp: &Path) -> bool {
    let proc = Path::new("/proc");
    if proc.join("self").exists() {
        return proc.join(pid.to_string()).exists();
    }
    let day = std::time::Duration::from_secs(24 * 3600);
    std::fs::metadata(temp)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| t.elapsed().ok())
        .is_none_or(|age| age < day)
}

/// Make a finished temporary file durable and move it over `target` in one step, then make the
/// rename durable (the folder's entry is synced too).
pub fn commit_temp(file: File, temp: &Path, target: &Path) -> io::Result<()> {
    file.sync_all()?;
    drop(file);
    std::fs::rename(temp, target)?;
    sync_folder(target);
    Ok(())
}

/// Sync the folder holding `path` so a rename or creation survives a power cut (best effort:
/// not every platform can open a folder).
pub fn sync_folder(path: &Path) {
    if let Ok(d) = File::open(folder_of(path)) {
        let _ = d.sync_all();
    }
}

/// An absolute path as the path part of a `file:` URI (SQLite's, LibreOffice's): unreserved
/// bytes kept, every other byte percent-encoded (a ward's folder may hold spaces, `?`, `#` or
/// Vietnamese letters).
pub fn url_path(path: &Path) -> String {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut out = String::new();
    for b in absolute.as_os_str().as_encoded_bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                out.push(char::from(*b));
            }
            other => out.push_str(&format!("%{other:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn database_and_companions_are_recognised_by_identity_and_spelling() {
        let dir = tempfile::tempdir().expect("dir");
        let db = dir.path().join("phuong-hoang-mai.db");
        std::fs::write(&db, b"x").expect("db");
        assert!(is_database_file(&db, &db));
        assert!(is_database_file(
            &dir.path().join(".").join("phuong-hoang-mai.db"),
            &db
        ));
        assert!(is_database_file(
            &dir.path().join("phuong-hoang-mai.db-wal"),
            &db
        ));
        #[cfg(unix)]
        {
            let link = dir.path().join("link.csv");
            std::os::unix::fs::symlink(&db, &link).expect("symlink");
            assert!(is_database_file(&link, &db));
            let hard = dir.path().join("hard.csv");
            std::fs::hard_link(&db, &hard).expect("hard link");
            assert!(is_database_file(&hard, &db));
            // Through a link to the database, its real companions are protected too.
            let real = dir.path().join("real");
            std::fs::create_dir(&real).expect("dir");
            let real_db = real.join("r.db");
            std::fs::write(&real_db, b"x").expect("db");
            let link_db = dir.path().join("link.db");
            std::os::unix::fs::symlink(&real_db, &link_db).expect("symlink");
            assert!(is_database_file(&real.join("r.db-wal"), &link_db));
            assert!(is_database_file(
                &real.join("..").join("real").join("r.db-shm"),
                &link_db
            ));
        }
        assert!(!is_database_file(&dir.path().join("bao-cao.csv"), &db));
    }

    #[test]
    fn private_files_are_owner_only_whatever_the_umask() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("bao-cao.csv");
        create_private(&path).expect("create");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).expect("meta").permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        assert!(create_private(&path).is_err(), "never overwrites");
    }

    #[test]
    fn stale_temporaries_of_dead_processes_are_removed() {
        let dir = tempfile::tempdir().expect("dir");
        let target = dir.path().join("bao-cao.csv");
        // PID 4194305 is above Linux's pid_max: never alive.
        let dead = dir
            .path()
            .join(format!(".bao-cao.csv.4194305.{TEMP_SUFFIX}"));
        let dead_journal = dir
            .path()
            .join(format!(".bao-cao.csv.4194305.{TEMP_SUFFIX}-journal"));
        std::fs::write(&dead_journal, b"x").expect("write");
        let mine = temp_path(&target);
        let other = dir.path().join("bao-cao.csv.bak");
        for p in [&dead, &mine, &other] {
            std::fs::write(p, b"x").expect("write");
        }
        clean_stale_temps(&target);
        if Path::new("/proc/self").exists() {
            assert!(!dead.exists() && !dead_journal.exists());
        }
        assert!(mine.exists() && other.exists());
    }
}
