//! Files from elsewhere and crashes (issue 20): a writer killed mid-transaction on an old
//! rollback-journal file, a tampered backup, hostile ward files for the city, special files as
//! output targets. Each test failed before its fix.

use crate::support::{dump, TestEnv, BIN};
use rusqlite::Connection;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn fixture(version: u32, to: &Path) {
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/fixtures/schema-v{version}.db")),
        to,
    )
    .expect("fixture");
}

/// Not a test of its own: the process the crash test starts and kills. It opens the file named
/// by `DOITHOAI_TEST_CRASH_WRITER` as any SQLite program would, starts a write that spills to
/// the file (so its rollback journal is hot), says so, and waits to be killed.
#[test]
fn crash_writer_process() {
    let Ok(path) = std::env::var("DOITHOAI_TEST_CRASH_WRITER") else {
        return;
    };
    let conn = Connection::open(&path).expect("open");
    conn.execute_batch(
        "PRAGMA cache_size = 1; BEGIN IMMEDIATE;
         UPDATE opinion SET content = content || ' (sửa dở)';
         CREATE TABLE chen_vao (x BLOB);
         WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400)
         INSERT INTO chen_vao SELECT randomblob(4000) FROM n;",
    )
    .expect("write");
    std::fs::write(format!("{path}.ready"), b"").expect("ready");
    std::thread::sleep(Duration::from_secs(120));
}

/// Start the crash writer on `db`, wait until its journal is hot, SIGKILL it.
fn crash_a_writer_on(db: &Path) {
    let mut child = Command::new(std::env::current_exe().expect("test binary"))
        .args(["--exact", "hostile::crash_writer_process", "--nocapture"])
        .env("DOITHOAI_TEST_CRASH_WRITER", db)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn");
    let ready = PathBuf::from(format!("{}.ready", db.display()));
    let start = Instant::now();
    while !ready.exists() && start.elapsed() < Duration::from_secs(60) {
        std::thread::sleep(Duration::from_millis(20));
    }
    child.kill().expect("SIGKILL");
    child.wait().expect("reaped");
    assert!(ready.exists(), "the writer never got as far as its write");
    std::fs::remove_file(ready).expect("marker");
}

fn journal_of(db: &Path) -> PathBuf {
    PathBuf::from(format!("{}-journal", db.display()))
}

/// Issue 20.1: a schema-1 file (rollback journal) whose writer was killed mid-write: `check`,
/// then every command, work and the half-done write is gone — it was never committed.
#[test]
fn a_writer_killed_on_an_old_file_does_not_lock_the_office_out() {
    if crate::support::file_only() {
        return;
    }
    let env = TestEnv::new();
    fixture(1, &env.db);
    let before = dump(&env.db);
    crash_a_writer_on(&env.db);
    assert!(
        std::fs::metadata(journal_of(&env.db)).is_ok_and(|m| m.len() > 0),
        "the killed writer left a hot journal"
    );
    let check = env.run(&["check"]);
    assert_eq!(check.code, 0, "{}{}", check.stdout, check.stderr);
    let after = env.run(&["opinion", "list", "--format", "json"]);
    assert_eq!(after.code, 0, "{}", after.stderr);
    assert!(!after.stdout.contains("sửa dở"), "{}", after.stdout);
    // Only the upgrade (schema 6) and what it adds differ from the file before the crash.
    let tables: i64 = env.sql("SELECT count(*) FROM sqlite_schema WHERE name = 'chen_vao'");
    assert_eq!(tables, 0);
    assert!(before.contains("user_version=1"));
    env.ok(&["agency", "add", "Phòng Tài nguyên và Môi trường"]);
}

/// Issue 20.1, the city's side: a ward's old file with a hot journal is read as it was before
/// the killed write (rolled back in a private copy), and the ward's file is left as it is.
#[test]
fn the_city_reads_a_crashed_old_file_as_it_was_before_the_write() {
    let dir = tempfile::tempdir().expect("dir");
    let ward = dir.path().join("xa-cu.db");
    fixture(1, &ward);
    crash_a_writer_on(&ward);
    let (main, journal) = (
        std::fs::read(&ward).expect("main"),
        std::fs::read(journal_of(&ward)).expect("journal"),
    );
    let env = TestEnv::new();
    let out = env.run(&[
        "report",
        "period",
        "--year",
        "2026",
        "--format",
        "json",
        "--from-dir",
        dir.path().to_str().expect("path"),
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).expect("json");
    assert_eq!(v["offices"].as_array().map(Vec::len), Some(1), "{v}");
    assert_eq!(std::fs::read(&ward).expect("main"), main);
    assert_eq!(std::fs::read(journal_of(&ward)).expect("journal"), journal);
}

const ERASER: &str =
    "CREATE TRIGGER zz AFTER INSERT ON agency BEGIN UPDATE opinion SET content = 'XÓA'; END";

/// Issue 20.3: a backup with a trigger added is named by `check`, refused by `restore` (nothing
/// changes), and a live file tampered the same way refuses every write instead of running it.
#[test]
fn a_tampered_backup_is_named_and_never_restored() {
    if crate::support::file_only() {
        return;
    }
    let env = crate::reports::dataset();
    let backup = env.path("sao-luu.db");
    env.ok(&["backup", backup.to_str().expect("path")]);
    Connection::open(&backup)
        .and_then(|c| c.execute_batch(ERASER))
        .expect("tamper");
    let check = env.run(&["--db", backup.to_str().expect("path"), "check"]);
    assert_eq!(check.code, 5, "{}{}", check.stdout, check.stderr);
    assert!(
        check.stdout.contains("trigger zz on agency"),
        "{}",
        check.stdout
    );
    let err = env.refused(&["restore", backup.to_str().expect("path"), "--yes"], 4);
    assert!(err.contains("zz"), "{err}");
    // The same trigger put in the live file outside the tool: no write runs it.
    Connection::open(&env.db)
        .and_then(|c| c.execute_batch(ERASER))
        .expect("tamper");
    let err = env.refused(&["agency", "add", "Phòng Y tế"], 4);
    assert!(err.contains("zz"), "{err}");
    let erased: i64 = env.sql("SELECT count(*) FROM opinion WHERE content = 'XÓA'");
    assert_eq!(erased, 0);
    // An altered index or a view is named too, and a cascading key.
    let check = env.run(&["check"]);
    assert_eq!(check.code, 5);
    let vi = env.run_vi(&["restore", backup.to_str().expect("path"), "--yes"]);
    assert!(vi.stderr.contains("lược đồ"), "{}", vi.stderr);
}

/// Issue 20.3 and 20.4, the city's side: a ward file with an added trigger, or a view that
/// recurses forever in place of a table, is skipped with its reason (exit 4) and the other
/// wards are reported; nothing hangs.
#[test]
fn the_city_skips_a_tampered_ward_file_and_reports_the_others() {
    let dir = tempfile::tempdir().expect("dir");
    let genuine = dir.path().join("phuong-hoang-mai.db");
    let ward = crate::reports::dataset();
    ward.ok(&["backup", genuine.to_str().expect("path")]);
    let other = TestEnv::new();
    other.ok(&["init", "--office", "Phường Tương Mai", "--level", "commune"]);
    let trap = dir.path().join("phuong-tuong-mai.db");
    other.ok(&["backup", trap.to_str().expect("path")]);
    Connection::open(&trap)
        .and_then(|c| {
            c.execute_batch(
                "DROP TABLE reassignment;
                 CREATE VIEW reassignment AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n)
                 SELECT i AS opinion_id, i AS agency_id, '2026-01-01' AS on_date FROM n;",
            )
        })
        .expect("tamper");
    let env = TestEnv::new();
    for report in [
        vec!["report", "period", "--year", "2026"],
        vec!["report", "overdue"],
        vec!["report", "plan", "--year", "2026"],
    ] {
        let out = env
            .command()
            .args(&report)
            .args([
                "--format",
                "json",
                "--from-dir",
                dir.path().to_str().expect("dir"),
            ])
            .output()
            .expect("run");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(4), "{report:?}: {stderr}");
        assert!(stderr.contains("phuong-tuong-mai.db"), "{stderr}");
        assert!(stderr.contains("view reassignment"), "{stderr}");
        assert!(!stderr.contains("phuong-hoang-mai.db"), "{stderr}");
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
        assert!(!v.to_string().contains("Tương Mai"), "{v}");
    }
}

/// Issue 20.2: special files as `--output` are written to, never renamed over; a disk device
/// is refused. (As root, renaming over /dev/null would take it from the whole machine.)
#[test]
fn special_files_as_output_are_written_to_never_replaced() {
    let env = TestEnv::ward();
    env.ok(&["agency", "add", "Phòng Quản lý đô thị"]);
    let null_before = std::fs::metadata("/dev/null").expect("null");
    for target in ["/dev/null", "/dev/stdout"] {
        let out = env.run(&["agency", "list", "--format", "csv", "--output", target]);
        assert_eq!(out.code, 0, "{target}: {}", out.stderr);
        if target == "/dev/stdout" {
            assert!(
                out.stdout.contains("Phòng Quản lý đô thị"),
                "{}",
                out.stdout
            );
        }
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::{FileTypeExt, MetadataExt};
        let null_after = std::fs::metadata("/dev/null").expect("null");
        assert!(null_after.file_type().is_char_device());
        assert_eq!(null_after.ino(), null_before.ino());
    }
    // A FIFO: read by another process while the report is written into it.
    let fifo = env.path("ong.csv");
    if Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .is_ok_and(|s| s.success())
    {
        let reader = {
            let fifo = fifo.clone();
            std::thread::spawn(move || std::fs::read_to_string(fifo).expect("read fifo"))
        };
        let out = env.run(&[
            "agency",
            "list",
            "--format",
            "csv",
            "--output",
            fifo.to_str().expect("p"),
        ]);
        assert_eq!(out.code, 0, "{}", out.stderr);
        assert!(reader
            .join()
            .expect("reader")
            .contains("Phòng Quản lý đô thị"));
        assert!(
            std::fs::symlink_metadata(&fifo).is_ok_and(|m| !m.is_file()),
            "still a FIFO"
        );
    }
    // A block device (a disk) is never written, by an export nor by a backup.
    if let Some(disk) = ["/dev/loop0", "/dev/sda", "/dev/vda", "/dev/nvme0n1"]
        .into_iter()
        .find(|d| {
            #[cfg(unix)]
            {
                use std::os::unix::fs::FileTypeExt;
                std::fs::metadata(d).is_ok_and(|m| m.file_type().is_block_device())
            }
            #[cfg(not(unix))]
            false
        })
    {
        env.refused(&["agency", "list", "--format", "csv", "--output", disk], 2);
        env.refused(&["backup", disk, "--force"], 2);
    }
    env.refused(&["backup", "/dev/null", "--force"], 2);
}

/// Issue 20.6 and 20.7: under umask 000, every folder the tool creates is owner-only.
#[test]
fn folders_the_tool_creates_are_owner_only_whatever_the_umask() {
    let env = TestEnv::new();
    let home = env.path("nha");
    let config = env.path("cau-hinh/sau/config.toml");
    let out = Command::new("sh")
        .arg("-c")
        .arg("umask 000; exec \"$0\" \"$@\"")
        .arg(BIN)
        .args(["config", "set", "clerk", "Trần Thị Lan"])
        .env("HOME", &home)
        .env("XDG_CONFIG_HOME", home.join(".config"))
        .env("XDG_DATA_HOME", home.join(".local/share"))
        .env("DOITHOAI_CONFIG", &config)
        .env("DOITHOAI_LANG", "en")
        .env_remove("DOITHOAI_DB")
        .output()
        .expect("run");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    #[cfg(unix)]
    for folder in [env.path("cau-hinh"), env.path("cau-hinh/sau")] {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&folder)
            .expect("folder")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o700, "{}", folder.display());
    }
    // The default data folder, made by `init` with no --db.
    let out = Command::new("sh")
        .arg("-c")
        .arg("umask 000; exec \"$0\" \"$@\"")
        .arg(BIN)
        .args(["init", "--office", "Xã Sóc Sơn", "--level", "commune"])
        .env("HOME", &home)
        .env("XDG_CONFIG_HOME", home.join(".config"))
        .env("XDG_DATA_HOME", home.join(".local/share"))
        .env("DOITHOAI_CONFIG", env.path("khong-co.toml"))
        .env("DOITHOAI_LANG", "en")
        .env_remove("DOITHOAI_DB")
        .output()
        .expect("run");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let data = home.join(".local/share/doithoai");
        let found = std::fs::metadata(&data).map(|m| m.permissions().mode() & 0o777);
        assert_eq!(found.ok(), Some(0o700), "{}", data.display());
    }
}

/// A ward whose last writes are still in its log: the database and its `-wal` copied while a
/// connection kept the log from being checkpointed. Returns the database's path in `dir`.
fn ward_with_log(dir: &Path, name: &str, office: &str, set_up: &str) -> PathBuf {
    let mut live = TestEnv::new();
    live.today = set_up.into();
    live.ok(&["init", "--office", office, "--level", "commune"]);
    live.ok(&["agency", "add", "Phòng Quản lý đô thị"]);
    let conn = Connection::open(&live.db).expect("open");
    conn.pragma_update(None, "wal_autocheckpoint", 0)
        .expect("no checkpoint");
    conn.query_row("SELECT count(*) FROM agency", [], |r| r.get::<_, i64>(0))
        .expect("read");
    for title in [
        "Đối thoại về ngập úng ngõ 12 Tân Mai",
        "Đối thoại về chợ Hoàng Mai",
        "Đối thoại về trường mầm non Hoa Sữa",
    ] {
        live.plan_session(title, "periodic", "2026-08-20");
    }
    let copy = dir.join(name);
    std::fs::copy(&live.db, &copy).expect("copy");
    std::fs::copy(
        format!("{}-wal", live.db.display()),
        format!("{}-wal", copy.display()),
    )
    .expect("copy wal");
    drop(conn);
    copy
}

/// The city's plan report over the ward files in `city`, its temporary copies made in `tmp`.
fn city_plan(city: &Path, tmp: &Path) -> std::process::Output {
    TestEnv::new()
        .command()
        .env("TMPDIR", tmp)
        .args([
            "report",
            "plan",
            "--year",
            "2026",
            "--format",
            "json",
            "--from-dir",
        ])
        .arg(city)
        .output()
        .expect("run")
}

fn city_overdue_plan(env: &TestEnv, args: &[&str]) -> (Option<i32>, String, serde_json::Value) {
    let out = env
        .command()
        .args(["report", "plan", "--year", "2026", "--format", "json"])
        .args(args)
        .output()
        .expect("run");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        serde_json::from_slice(&out.stdout).unwrap_or(serde_json::Value::Null),
    )
}

/// Issue 20.8: a ward file reached through a symbolic link is read with the log beside the file
/// it points to (three planned sessions, not none).
#[test]
fn a_linked_ward_file_is_read_with_its_log() {
    if crate::support::file_only() {
        return;
    }
    let real = tempfile::tempdir().expect("dir");
    let ward = ward_with_log(
        real.path(),
        "phuong-hoang-mai.db",
        "Phường Hoàng Mai",
        "2026-07-20",
    );
    let city = tempfile::tempdir().expect("dir");
    let link = city.path().join("hoang-mai.db");
    #[cfg(unix)]
    std::os::unix::fs::symlink(&ward, &link).expect("link");
    #[cfg(not(unix))]
    return;
    let env = TestEnv::new();
    let (code, stderr, v) =
        city_overdue_plan(&env, &["--from-dir", city.path().to_str().expect("dir")]);
    assert_eq!(code, Some(0), "{stderr}");
    let planned: Vec<&serde_json::Value> = v
        .as_array()
        .expect("plan lines")
        .iter()
        .filter(|line| line["chair_role"] == "committee-chair")
        .collect();
    assert_eq!(
        planned[0]["periodic_planned"], 3,
        "the sessions in the log are read: {v}"
    );
}

/// Issue 20.4, 20.5, 20.14: a `-wal` that is a FIFO (it would block the reader forever) and a
/// sparse one (`truncate -s 100G`) are never copied or read; the file is named (the companion,
/// not the main file) and the other wards are reported, exit 4.
#[test]
fn a_ward_whose_log_is_a_fifo_or_sparse_is_skipped_and_the_city_goes_on() {
    if crate::support::file_only() {
        return;
    }
    let city = tempfile::tempdir().expect("dir");
    ward_with_log(
        city.path(),
        "phuong-tuong-mai.db",
        "Phường Tương Mai",
        "2026-07-20",
    );
    let fifo_ward = ward_with_log(
        city.path(),
        "phuong-mai-dong.db",
        "Phường Mai Động",
        "2026-07-21",
    );
    let fifo = PathBuf::from(format!("{}-wal", fifo_ward.display()));
    std::fs::remove_file(&fifo).expect("rm wal");
    if !Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .is_ok_and(|s| s.success())
    {
        return;
    }
    let sparse_ward = ward_with_log(
        city.path(),
        "phuong-vinh-hung.db",
        "Phường Vĩnh Hưng",
        "2026-07-22",
    );
    let sparse = PathBuf::from(format!("{}-wal", sparse_ward.display()));
    std::fs::OpenOptions::new()
        .write(true)
        .open(&sparse)
        .and_then(|f| f.set_len(100 << 30))
        .expect("truncate");
    let sparse_main = ward_with_log(
        city.path(),
        "phuong-tuong-mai-b.db",
        "Phường Hoàng Liệt",
        "2026-07-23",
    );
    std::fs::OpenOptions::new()
        .write(true)
        .open(&sparse_main)
        .and_then(|f| f.set_len(100 << 30))
        .expect("truncate");
    let tmp = tempfile::tempdir().expect("tmp");
    let out = city_plan(city.path(), tmp.path());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(4), "{stderr}");
    assert!(
        stderr.contains("phuong-mai-dong.db-wal"),
        "the FIFO is named: {stderr}"
    );
    assert_eq!(stderr.trim_end().lines().count(), 1, "{stderr}");
    // The sparse files are read as far as their data goes (the log's frames, the pages the
    // header counts): each ward counted with its three sessions, and no 100 GiB copy made.
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    for office in ["Phường Tương Mai", "Phường Vĩnh Hưng", "Phường Hoàng Liệt"] {
        let planned = v
            .as_array()
            .expect("lines")
            .iter()
            .find(|line| line["office"] == office && line["chair_role"] == "committee-chair")
            .map(|line| line["periodic_planned"].clone());
        assert_eq!(planned, Some(serde_json::json!(3)), "{office}: {v}");
    }
    let left: Vec<_> = std::fs::read_dir(tmp.path()).expect("tmp").collect();
    assert!(left.is_empty(), "{left:?}");
}

/// Issue 20.6: the copies of a read are made in a folder of its own, removed after; one a killed
/// run left behind is removed at the next start.
#[test]
fn copies_a_killed_city_run_left_behind_are_removed() {
    if crate::support::file_only() {
        return;
    }
    let city = tempfile::tempdir().expect("dir");
    ward_with_log(
        city.path(),
        "phuong-hoang-mai.db",
        "Phường Hoàng Mai",
        "2026-07-20",
    );
    let tmp = tempfile::tempdir().expect("tmp");
    // PID 4194305 is above Linux's pid_max: its run is over.
    let stale = tmp.path().join("doithoai-read-4194305-1");
    std::fs::create_dir(&stale).expect("stale");
    std::fs::write(stale.join("copy.db"), b"ho ten, dia chi").expect("stale copy");
    let out = city_plan(city.path(), tmp.path());
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    if Path::new("/proc/self").exists() {
        assert!(!stale.exists());
    }
}

/// Issue 20.9: a forged copy of a ward's file (the rows of an overdue opinion edited, one event
/// appended so that its history goes further) does not win over the genuine file: the two
/// disagree at their common history, both are named, neither is counted, exit 4. A genuine
/// older backup beside the live file is still a copy (counted once, exit 0).
#[test]
fn a_forged_copy_of_a_ward_file_is_a_conflict_not_a_newer_copy() {
    let city = tempfile::tempdir().expect("dir");
    let ward = crate::reports::dataset();
    let older = city.path().join("hoang-mai-sao-luu.db");
    ward.ok(&["backup", older.to_str().expect("path")]);
    ward.ok(&["agency", "add", "Phòng Văn hóa - Thông tin"]);
    let genuine = city.path().join("hoang-mai.db");
    ward.ok(&["backup", genuine.to_str().expect("path")]);
    let mut env = TestEnv::new();
    env.today = crate::reports::AS_OF.into();
    let overdue = |dir: &Path| {
        let out = env
            .command()
            .args(["report", "overdue", "--format", "json", "--from-dir"])
            .arg(dir)
            .output()
            .expect("run");
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
        )
    };
    let (code, stderr, honest) = overdue(city.path());
    assert_eq!(code, Some(0), "{stderr}");
    assert!(
        honest.contains("\"R10\""),
        "the genuine ward has overdue items: {honest}"
    );
    let forged = city.path().join("hoang-mai-ban-moi.db");
    std::fs::copy(&older, &forged).expect("copy");
    Connection::open(&forged)
        .and_then(|c| {
            c.execute_batch(
                "UPDATE opinion SET due_date = '2027-12-31';
                 INSERT INTO event (at, clerk, command, record_kind, record_id, action, txn)
                 SELECT at, clerk, command, record_kind, record_id, action, txn FROM event
                 WHERE id = (SELECT max(id) FROM event);
                 INSERT INTO event (at, clerk, command, record_kind, record_id, action, txn)
                 SELECT at, clerk, command, record_kind, record_id, action, txn FROM event
                 WHERE id = (SELECT max(id) FROM event);",
            )
        })
        .expect("forge");
    let (code, stderr, _) = overdue(city.path());
    assert_eq!(code, Some(4), "{stderr}");
    for name in ["hoang-mai.db", "hoang-mai-ban-moi.db"] {
        assert!(
            stderr.contains(&format!("{}: ", city.path().join(name).display())),
            "{name} named: {stderr}"
        );
    }
}

/// Issue 20.11: a 2033 schedule that makes 30/4 a working day and lists only Quốc khánh is
/// refused (it would delete 1/1, Tết, Giỗ Tổ, 1/5 and their compensatory days); the statutory
/// year itself, exported and imported back, is accepted.
#[test]
fn a_schedule_that_deletes_statutory_days_off_is_refused() {
    let env = TestEnv::ward();
    let file = env.path("lich-nghi-2033.csv");
    std::fs::write(
        &file,
        "date,kind,name,source\n\
         2033-04-30,workday,Làm bù,CV giả\n\
         2033-09-02,holiday,Quốc khánh,CV giả\n",
    )
    .expect("csv");
    let before = env.ok(&["calendar", "list", "--year", "2033", "--format", "csv"]);
    let err = env.refused(&["calendar", "import", file.to_str().expect("path")], 1);
    assert!(err.contains("2033-04-30"), "{err}");
    assert!(err.contains("Labor Code"), "{err}");
    assert_eq!(
        env.ok(&["calendar", "list", "--year", "2033", "--format", "csv"]),
        before
    );
    let vi = env.run_vi(&["calendar", "import", file.to_str().expect("path")]);
    assert!(vi.stderr.contains("30/04/2033"), "{}", vi.stderr);
    let whole = env.path("lich-nghi-2033-day-du.csv");
    std::fs::write(&whole, &before).expect("csv");
    env.ok(&[
        "calendar",
        "import",
        whole.to_str().expect("path"),
        "--dry-run",
    ]);
}

/// Issue 20.12 and 20.13: text that reached the database from elsewhere (edited outside the
/// tool, another office's file) leaves every writer harmless and whole: no control or bidi
/// character in CSV, JSON or a calendar; a well-formed .docx keeping line breaks; Markdown that
/// stays text; a petition longer than an Excel cell cut with a visible mark instead of failing.
#[test]
fn text_from_elsewhere_is_written_harmlessly_by_every_writer() {
    if crate::support::file_only() {
        return;
    }
    let env = crate::reports::dataset();
    env.sign_documents();
    let long = "Đề nghị làm rõ nguồn gốc đất tại ngõ 12 Tân Mai. ".repeat(800);
    Connection::open(&env.db)
        .and_then(|c| {
            c.execute(
                "UPDATE opinion SET content = ?1 WHERE id = 1",
                ["Đề nghị sửa ngõ 5\nvà ngõ 7\u{1}\u{1b}[2J\u{202E}"],
            )?;
            c.execute(
                "UPDATE opinion SET content = ?1 WHERE id = 2",
                ["# Tiêu đề giả\n[bấm vào đây](javascript:alert(1)) *đậm*"],
            )?;
            c.execute("UPDATE opinion SET content = ?1 WHERE id = 3", [&long])?;
            c.execute(
                "UPDATE session SET title = ?1 WHERE id = 1",
                ["Đối thoại\u{1b}[31m về \u{7}chỉnh trang\u{202E}"],
            )
        })
        .expect("edit outside the tool");
    let harmless = |what: &str, text: &str| {
        for bad in ['\u{0}', '\u{1}', '\u{7}', '\u{1b}', '\u{202E}'] {
            assert!(!text.contains(bad), "{what} holds {:?}", bad);
        }
        // Nor as a JSON escape a reader decodes back into the control character.
        for escaped in ["\\u0000", "\\u0001", "\\u0007", "\\u001b"] {
            assert!(!text.contains(escaped), "{what} holds {escaped}");
        }
    };
    // The Word document: well-formed XML, the line break kept as a break.
    let docx = env.path("thong-bao.docx");
    env.ok(&[
        "doc",
        "notice",
        "1",
        "--output",
        docx.to_str().expect("path"),
    ]);
    let mut archive = zip::ZipArchive::new(std::fs::File::open(&docx).expect("docx")).expect("zip");
    let mut xml = String::new();
    std::io::Read::read_to_string(
        &mut archive.by_name("word/document.xml").expect("document.xml"),
        &mut xml,
    )
    .expect("read");
    harmless("document.xml", &xml);
    let mut reader = quick_xml::Reader::from_str(&xml);
    loop {
        match reader.read_event() {
            Ok(quick_xml::events::Event::Eof) => break,
            Ok(_) => {}
            Err(e) => panic!("malformed document.xml: {e}"),
        }
    }
    let at = xml
        .find("Đề nghị sửa ngõ 5")
        .expect("the opinion is in the notice");
    let next = xml[at..].find("và ngõ 7").expect("its second line");
    let between = &xml[at..at + next];
    assert!(
        between.contains("<w:br") || between.contains("</w:p>"),
        "{between}"
    );
    // A paragraph of the body (an answer quotes the opinion) keeps it as a break too.
    let answer = env.path("tra-loi.docx");
    env.ok(&[
        "doc",
        "answer",
        "1",
        "--output",
        answer.to_str().expect("path"),
    ]);
    let mut archive =
        zip::ZipArchive::new(std::fs::File::open(&answer).expect("docx")).expect("zip");
    let mut xml = String::new();
    std::io::Read::read_to_string(
        &mut archive.by_name("word/document.xml").expect("document.xml"),
        &mut xml,
    )
    .expect("read");
    harmless("answer", &xml);
    let plain: String = {
        let mut reader = quick_xml::Reader::from_str(&xml);
        let mut text = String::new();
        loop {
            match reader.read_event().expect("well-formed") {
                quick_xml::events::Event::Eof => break,
                quick_xml::events::Event::Text(t) => text.push_str(&t),
                quick_xml::events::Event::Empty(e) if e.name().0 == "w:br" => text.push('\n'),
                quick_xml::events::Event::End(e) if e.name().0 == "w:p" => text.push('\n'),
                _ => {}
            }
        }
        text
    };
    assert!(plain.contains("ngõ 5\nvà ngõ 7"), "{plain}");
    // Markdown: the petition stays text.
    let md_file = env.path("thong-bao.md");
    env.ok(&[
        "doc",
        "notice",
        "1",
        "--output",
        md_file.to_str().expect("path"),
    ]);
    let md = std::fs::read_to_string(&md_file).expect("md");
    harmless("markdown", &md);
    let shown = |t: &str| t.chars().take(2000).collect::<String>();
    assert!(
        !md.lines()
            .any(|l| l.trim_start_matches("| 2 | ").starts_with("# Tiêu đề giả")),
        "{}",
        shown(&md)
    );
    // No link: the bracket is escaped, and the target is shown as code (a renderer's
    // autolinks make nothing of a code span).
    assert!(md.contains("\\[bấm"), "{}", shown(&md));
    for line in md.lines() {
        if let Some(at) = line.find("javascript:") {
            assert_eq!(line[..at].matches('`').count() % 2, 1, "{line}");
        }
    }
    // The calendar and the lists.
    let ics = env.ok(&["export", "sessions", "--format", "ics"]);
    harmless("ics", &ics);
    for format in ["csv", "json"] {
        let out = env.ok(&["export", "opinions", "--format", format]);
        harmless(format, &out);
        let out = env.ok(&["export", "sessions", "--format", format]);
        harmless(format, &out);
    }
    // A workbook with the 40,000-character petition: written, the cell cut and marked.
    let book = env.path("y-kien.xlsx");
    env.ok(&[
        "export",
        "opinions",
        "--format",
        "xlsx",
        "--output",
        book.to_str().expect("path"),
    ]);
    use calamine::{DataType, Reader};
    let mut workbook: calamine::Xlsx<_> = calamine::open_workbook(&book).expect("xlsx");
    let first = workbook.sheet_names()[0].clone();
    let range = workbook.worksheet_range(&first).expect("sheet");
    let cut = range
        .used_cells()
        .filter_map(|(_, _, c)| c.get_string())
        .find(|s| s.starts_with("Đề nghị làm rõ nguồn gốc đất"))
        .expect("the long petition");
    assert!(cut.chars().count() <= 32_767);
    assert!(cut.ends_with(']'), "{}", &cut[cut.len() - 120..]);
    // The city's CSV and JSON over a ward whose office name was edited to hold control and
    // bidi characters.
    let city = tempfile::tempdir().expect("dir");
    let ward = city.path().join("phuong-hoang-mai.db");
    env.ok(&["backup", ward.to_str().expect("path")]);
    Connection::open(&ward)
        .and_then(|c| {
            c.execute(
                "UPDATE office SET name = ?1",
                ["Phường\u{0} Hoàng\u{1b}[2J Mai\u{7}\u{202E}"],
            )
        })
        .expect("edit");
    for format in ["csv", "json"] {
        let out = env
            .command()
            .args([
                "report",
                "period",
                "--year",
                "2026",
                "--format",
                format,
                "--from-dir",
            ])
            .arg(city.path())
            .output()
            .expect("run");
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let text = String::from_utf8_lossy(&out.stdout);
        harmless(format, &text);
        assert!(text.contains("Hoàng"), "{text}");
    }
}

/// Issue 20.14: a configuration file anyone may change is said (it could send commands to
/// another database); one that is a FIFO is refused instead of blocking; free text may start
/// with `-` (an agency named "-Phòng lạ", as typed or after `--`).
#[test]
fn small_trust_holes_are_closed() {
    let env = TestEnv::ward();
    let config = env.path("config.toml");
    std::fs::write(&config, "lang = \"en\"\n").expect("config");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&config, std::fs::Permissions::from_mode(0o666)).expect("chmod");
        let out = env.run(&["agency", "list"]);
        assert_eq!(out.code, 0, "{}", out.stderr);
        assert!(
            out.stderr.contains("can be changed by any user"),
            "{}",
            out.stderr
        );
        std::fs::set_permissions(&config, std::fs::Permissions::from_mode(0o600)).expect("chmod");
        let out = env.run(&["agency", "list"]);
        assert!(out.stderr.is_empty(), "{}", out.stderr);
        std::fs::remove_file(&config).expect("rm");
        if Command::new("mkfifo")
            .arg(&config)
            .status()
            .is_ok_and(|s| s.success())
        {
            let out = env.run(&["agency", "list"]);
            assert_eq!(out.code, 2, "{}", out.stderr);
            assert!(out.stderr.contains("config.toml"), "{}", out.stderr);
            std::fs::remove_file(&config).expect("rm");
        }
    }
    env.ok(&["agency", "add", "-Phòng lạ"]);
    env.ok(&[
        "agency",
        "rename",
        "-Phòng lạ",
        "-Phòng lạ mới",
        "--reason",
        "đổi tên",
    ]);
    env.ok(&["agency", "add", "--", "-Tổ công tác"]);
    let names = env.ok(&["agency", "list", "--format", "csv"]);
    assert!(
        names.contains("-Phòng lạ mới") && names.contains("-Tổ công tác"),
        "{names}"
    );
}

/// Issue 20.9, the reviewer's way round: a copy whose timeline notice was edited outside the
/// tool (the R12 target moved a year on) and which then went further by one real command is
/// still a conflict, not a newer copy.
#[test]
fn a_copy_with_an_edited_timeline_notice_is_a_conflict() {
    let city = tempfile::tempdir().expect("dir");
    let ward = crate::reports::dataset();
    let genuine = city.path().join("a-hoang-mai.db");
    ward.ok(&["backup", genuine.to_str().expect("path")]);
    let forged = city.path().join("b-hoang-mai.db");
    std::fs::copy(&genuine, &forged).expect("copy");
    Connection::open(&forged)
        .and_then(|c| c.execute_batch("UPDATE extension SET until = '2027-12-31';"))
        .expect("forge");
    let out = ward
        .command()
        .args(["--db", forged.to_str().expect("path")])
        .args(["agency", "add", "Phòng Văn hóa - Thông tin"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(0));
    let env = TestEnv::new();
    let out = env
        .command()
        .args(["report", "overdue", "--format", "json", "--from-dir"])
        .arg(city.path())
        .output()
        .expect("run");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(4), "{stderr}");
    assert!(
        stderr.contains("a-hoang-mai.db") && stderr.contains("b-hoang-mai.db"),
        "{stderr}"
    );
}

/// Issue 20.2, the reviewer's ways round: a descriptor reached through a link (`/dev/stderr`,
/// `/proc/self/fd/2`) is appended to, never replaced or cut; a system file under `/proc` is
/// refused; a link to a file keeps pointing at it; a backup through a link to a descriptor is
/// refused.
#[test]
fn descriptors_and_system_files_as_output_are_never_replaced() {
    let env = TestEnv::ward();
    env.ok(&["agency", "add", "Phòng Quản lý đô thị"]);
    let log = env.path("nhat-ky.txt");
    std::fs::write(&log, "dòng 1\ndòng 2\n").expect("log");
    let out = env
        .command()
        .args([
            "agency",
            "list",
            "--format",
            "csv",
            "--output",
            "/proc/self/fd/2",
        ])
        .stderr(
            std::fs::OpenOptions::new()
                .append(true)
                .open(&log)
                .expect("log"),
        )
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(0));
    let text = std::fs::read_to_string(&log).expect("log");
    assert!(
        text.starts_with("dòng 1\ndòng 2\n"),
        "the log is kept: {text}"
    );
    assert!(text.contains("Phòng Quản lý đô thị"), "{text}");
    for target in ["/dev/stderr", "/dev//stdout"] {
        let r = env.run(&["agency", "list", "--format", "csv", "--output", target]);
        assert_eq!(r.code, 0, "{target}: {}", r.stderr);
    }
    #[cfg(unix)]
    {
        assert!(std::fs::symlink_metadata("/dev/stderr").is_ok_and(|m| !m.is_file()));
        env.refused(
            &[
                "agency",
                "list",
                "--format",
                "csv",
                "--output",
                "/proc/sys/kernel/hostname",
            ],
            2,
        );
        let real = env.path("bao-cao-that.csv");
        let link = env.path("bao-cao.csv");
        std::os::unix::fs::symlink(&real, &link).expect("link");
        env.ok(&[
            "agency",
            "list",
            "--format",
            "csv",
            "--output",
            link.to_str().expect("p"),
        ]);
        assert!(std::fs::symlink_metadata(&link).is_ok_and(|m| m.file_type().is_symlink()));
        assert!(std::fs::read_to_string(&real)
            .expect("real")
            .contains("Phòng Quản lý đô thị"));
        let to_fd = env.path("sao-luu.db");
        std::os::unix::fs::symlink("/proc/self/fd/2", &to_fd).expect("link");
        env.refused(&["backup", to_fd.to_str().expect("p"), "--force"], 2);
    }
}
