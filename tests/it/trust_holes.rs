//! The trust holes an adversary found (issue 8): each test failed on the code before the fix.

use crate::support::{held_session, issue_notice, TestEnv, BIN};
use crate::support::{CHECK_FAILED, DATABASE, OUTPUT, USAGE};
use rusqlite::Connection;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).expect("meta").permissions().mode() & 0o777
}

fn companion(db: &Path, suffix: &str) -> PathBuf {
    PathBuf::from(format!("{}{suffix}", db.display()))
}

/// A ward with one concluded session whose opinion was answered, and one held session waiting
/// for its notice: closed and open deadlines side by side.
fn ward_with_closed_and_open_deadlines() -> TestEnv {
    let env = TestEnv::ward();
    let closed = held_session(&env, "2026-06-16");
    env.ok(&[
        "opinion",
        "add",
        &closed,
        "--content",
        "Đề nghị sửa chữa đường ngõ 12 Tân Mai",
        "--category",
        "petition",
    ]);
    issue_notice(
        &env,
        &closed,
        "2026-06-25",
        "15/TB-UBND",
        "Phòng Quản lý đô thị",
    );
    env.ok(&[
        "opinion",
        "respond",
        "1",
        "--on",
        "2026-07-10",
        "--doc",
        "125/UBND-QLĐT",
        "--summary",
        "Đã lên kế hoạch sửa chữa",
    ]);
    let open = held_session(&env, "2026-07-14");
    env.ok(&[
        "opinion",
        "add",
        &open,
        "--content",
        "Đề nghị lắp đèn chiếu sáng ngõ 38 Hoàng Mai",
        "--category",
        "petition",
    ]);
    env
}

#[test]
fn output_onto_the_live_database_is_refused_by_file_identity() {
    if crate::support::file_only() {
        return;
    }
    let env = ward_with_closed_and_open_deadlines();
    let dir = env.dir.path();
    std::os::unix::fs::symlink(&env.db, dir.join("bao-cao.csv")).expect("symlink");
    std::fs::hard_link(&env.db, dir.join("ban-cung.csv")).expect("hard link");
    let spellings = [
        "phuong-hoang-mai.db",
        "./phuong-hoang-mai.db",
        "../$DIR/phuong-hoang-mai.db",
        "bao-cao.csv",
        "ban-cung.csv",
        "phuong-hoang-mai.db-wal",
        "phuong-hoang-mai.db-shm",
        "phuong-hoang-mai.db-journal",
    ];
    let dir_name = dir.file_name().expect("name").to_str().expect("utf8");
    for spelling in spellings {
        let target = spelling.replace("$DIR", dir_name);
        for args in [
            vec!["report", "overdue", "--output", &target],
            vec!["export", "opinions", "--format", "csv", "--output", &target],
            vec!["backup", &target],
        ] {
            let err = env.refused(&args, USAGE);
            assert!(err.contains("would destroy it"), "{args:?}: {err}");
        }
    }
    assert!(!companion(&env.db, "-journal").exists());
    env.ok(&["check"]);
}

#[test]
fn check_and_recompute_agree_after_calendar_changes_inside_closed_windows() {
    let env = ward_with_closed_and_open_deadlines();
    // 2026-06-30 lies inside the closed R9 window (16/6 → notice 25/6, due 30/6) and the closed
    // R10 window of opinion 1; 2026-07-20 inside the open R9 window of session 2.
    env.ok(&[
        "calendar",
        "add-holiday",
        "2026-06-30",
        "--name",
        "Nghỉ bù theo quyết định của UBND phường",
    ]);
    env.ok(&["check"]);
    env.ok(&[
        "calendar",
        "add-holiday",
        "2026-07-20",
        "--name",
        "Tổng vệ sinh môi trường",
    ]);
    env.ok(&["check"]);
    env.ok(&["init", "--office", "Phường Hoàng Mai", "--saturdays-count"]);
    env.ok(&["check"]);
    env.ok(&["backup", "sao-luu.db"]);
}

/// A property: whatever sequence of calendar changes the office makes, `check` stays clean and
/// `backup` succeeds.
#[test]
fn check_stays_clean_under_random_calendar_changes() {
    use proptest::prelude::*;
    let env = ward_with_closed_and_open_deadlines();
    let change = (0u8..4, 0i64..60).prop_map(|(kind, offset)| {
        let day = chrono::NaiveDate::from_ymd_opt(2026, 6, 10).expect("date")
            + chrono::Duration::days(offset);
        (kind, day.format("%Y-%m-%d").to_string())
    });
    let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig {
        cases: 6,
        failure_persistence: None,
        ..ProptestConfig::default()
    });
    runner
        .run(&proptest::collection::vec(change, 1..5), |changes| {
            for (kind, day) in &changes {
                let args: Vec<&str> = match kind {
                    0 => vec!["calendar", "add-holiday", day, "--name", "Nghỉ đột xuất"],
                    1 => vec!["calendar", "add-workday", day, "--name", "Làm bù"],
                    2 => vec!["calendar", "remove", day],
                    _ => vec![
                        "init",
                        "--office",
                        "Phường Hoàng Mai",
                        "--saturdays-count",
                        if day.ends_with(['0', '2', '4', '6', '8']) {
                            "true"
                        } else {
                            "false"
                        },
                    ],
                };
                // A change may be refused (a weekday as a make-up day, nothing to remove);
                // whatever it did, the database must still check out.
                let _ = env.run(&args);
                let check = env.run(&["check"]);
                prop_assert_eq!(check.code, 0, "{:?} then check: {}", args, check.stdout);
            }
            Ok(())
        })
        .expect("check clean after every calendar change");
}

#[test]
fn backup_goes_through_a_private_verified_temporary_and_retries_after_a_kill() {
    let env = ward_with_closed_and_open_deadlines();
    let target = env.path("sao-luu.db");
    // What a killed backup used to leave: a partial file with a hot journal. Now the kill leaves
    // only a temporary of a dead process, which the next run removes.
    let stale = env.path(".sao-luu.db.4194305.doithoai-tmp");
    std::fs::write(&stale, b"SQLite format 3\0partial").expect("stale");
    let r = Command::new("sh")
        .arg("-c")
        .arg(format!("umask 000; exec {BIN} backup sao-luu.db"))
        .envs(env.command().get_envs().filter_map(|(k, v)| Some((k, v?))))
        .current_dir(env.dir.path())
        .output()
        .expect("backup");
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    assert_eq!(mode(&target), 0o600, "backup is private under umask 000");
    assert!(!stale.exists(), "stale temporary removed");
    assert!(!companion(&target, "-journal").exists());
    let leftovers: Vec<_> = std::fs::read_dir(env.dir.path())
        .expect("dir")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("doithoai-tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    // The copy holds the office's records.
    let copy = Connection::open(&target).expect("open copy");
    let opinions: i64 = copy
        .query_row("SELECT count(*) FROM opinion", [], |r| r.get(0))
        .expect("count");
    assert_eq!(opinions, 2);
    // An existing backup is kept unless --force; with --force it is replaced whole.
    env.refused(&["backup", "sao-luu.db"], 1);
    env.ok(&["agency", "add", "Phòng Văn hóa và Thông tin"]);
    env.ok(&["backup", "sao-luu.db", "--force"]);
    let r = env.run(&["--db", "sao-luu.db", "agency", "list", "--format", "json"]);
    assert!(
        r.stdout.contains("Phòng Văn hóa và Thông tin"),
        "{}",
        r.stdout
    );
}

#[test]
fn an_empty_or_blank_file_is_never_initialised_by_check_or_any_command() {
    if crate::support::file_only() {
        return;
    }
    let env = TestEnv::new();
    // A 0-byte file (an interrupted copy) and a SQLite file with no tables.
    std::fs::write(&env.db, b"").expect("empty");
    for args in [
        vec!["check"],
        vec!["agency", "list"],
        vec!["agency", "add", "Phòng Nội vụ"],
    ] {
        let r = env.run(&args);
        assert_eq!(r.code, DATABASE, "{args:?}: {}", r.stderr);
        assert!(r.stderr.contains("is empty"), "{}", r.stderr);
        assert_eq!(std::fs::metadata(&env.db).expect("meta").len(), 0);
    }
    let blank = env.path("blank.db");
    Connection::open(&blank)
        .expect("create")
        .execute_batch("PRAGMA user_version = 0; VACUUM;")
        .expect("blank");
    let before = std::fs::read(&blank).expect("read");
    let r = env
        .command()
        .arg("--db")
        .arg(&blank)
        .arg("check")
        .output()
        .expect("check");
    assert_eq!(r.status.code(), Some(DATABASE));
    assert_eq!(std::fs::read(&blank).expect("read"), before);
    // init may start a database in the empty file.
    env.ok(&["init", "--office", "Phường Hoàng Mai"]);
    env.ok(&["check"]);
}

/// A backup that is not there is said as a file not found — not as a database to create with
/// `init` — and nothing changes, in either language.
#[test]
fn a_missing_backup_is_said_as_a_file_not_found() {
    // On a file: a server's office is not restored by its clerks (said otherwise).
    let env = TestEnv::on_file();
    env.ok(&["init", "--office", "Phường Hoàng Mai"]);
    let missing = env.path("sao-luu-khong-co.db");
    let missing = missing.to_str().expect("utf-8");
    let said = env.refused(&["restore", missing, "--yes"], crate::support::DATABASE);
    assert!(said.contains("No such file"), "{said}");
    assert!(!said.contains("init"), "{said}");
    let vi = env.run_vi(&["khoi-phuc", missing, "--yes"]);
    assert!(vi.stderr.contains("không có tệp"), "{}", vi.stderr);
}

#[test]
fn restore_verifies_the_backup_and_keeps_the_live_database_aside() {
    if crate::support::file_only() {
        return;
    }
    let env = ward_with_closed_and_open_deadlines();
    env.ok(&["backup", "sao-luu.db"]);
    let at_backup = crate::support::dump(&env.path("sao-luu.db"));
    env.ok(&["agency", "add", "Phòng Y tế"]);
    // Not a backup: refused, nothing changed.
    std::fs::write(env.path("rong.db"), b"").expect("empty");
    env.refused(&["restore", "rong.db"], DATABASE);
    std::fs::write(env.path("bien-ban.db"), "Biên bản hội nghị\n".repeat(300)).expect("text");
    env.refused(&["restore", "bien-ban.db"], DATABASE);
    env.refused(&["restore", "phuong-hoang-mai.db"], USAGE);
    let before_restore = env.dump();
    let out = env.ok(&["restore", "sao-luu.db"]);
    assert!(out.contains("before-restore"), "{out}");
    env.ok(&["check"]);
    // The restored database holds the backup's records (the history gains the restore).
    let restored = env.dump();
    assert_eq!(
        env.sql::<i64>("SELECT count(*) FROM agency WHERE name = 'Phòng Y tế'"),
        0
    );
    let agencies = |dump: &str| {
        dump.split("[agency]")
            .nth(1)
            .and_then(|rest| rest.split("\n[").next())
            .map(str::to_string)
    };
    assert_eq!(agencies(&restored), agencies(&at_backup));
    assert_eq!(
        env.sql::<i64>("SELECT count(*) FROM event WHERE action = 'restore'"),
        1
    );
    // The previous database was kept, private, and still holds what was there.
    let aside = std::fs::read_dir(env.dir.path())
        .expect("dir")
        .flatten()
        .map(|e| e.path())
        .find(|p| p.to_string_lossy().contains("before-restore"))
        .expect("previous database kept aside");
    assert_eq!(mode(&aside), 0o600);
    assert_eq!(
        agencies(&crate::support::dump(&aside)),
        agencies(&before_restore)
    );
}

#[test]
fn concurrent_first_opens_and_upgrades_all_succeed() {
    let env = TestEnv::new();
    for round in 0..10 {
        let fresh = env.path(&format!("moi-{round}.db"));
        let old = env.path(&format!("cu-{round}.db"));
        std::fs::copy("tests/fixtures/schema-v1.db", &old).expect("fixture");
        let spawn = |args: Vec<String>| {
            env.command()
                .args(args)
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .expect("spawn")
        };
        let mut children = Vec::new();
        for p in 0..8 {
            children.push(spawn(vec![
                "--db".into(),
                fresh.display().to_string(),
                "init".into(),
                "--office".into(),
                "Phường Hoàng Mai".into(),
            ]));
            children.push(spawn(vec![
                "--db".into(),
                old.display().to_string(),
                "agency".into(),
                "add".into(),
                format!("Phòng số {p}"),
            ]));
        }
        for child in children {
            let out = child.wait_with_output().expect("wait");
            assert!(
                out.status.success(),
                "round {round}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        let added: i64 = Connection::open(&old)
            .expect("open")
            .query_row(
                "SELECT count(*) FROM agency WHERE name LIKE 'Phòng số %'",
                [],
                |r| r.get(0),
            )
            .expect("count");
        assert_eq!(added, 8);
    }
}

#[test]
fn every_file_written_is_private_whatever_the_umask() {
    let env = ward_with_closed_and_open_deadlines();
    std::fs::write(env.path("cu.csv"), "cũ\n").expect("old export");
    std::fs::set_permissions(env.path("cu.csv"), std::fs::Permissions::from_mode(0o644))
        .expect("chmod");
    let envs: Vec<(std::ffi::OsString, std::ffi::OsString)> = env
        .command()
        .get_envs()
        .filter_map(|(k, v)| Some((k.to_owned(), v?.to_owned())))
        .collect();
    for (cmd, file) in [
        ("export opinions --format csv --output cu.csv", "cu.csv"),
        (
            "report period --quarter 2026-Q3 --format json --output ky.json",
            "ky.json",
        ),
        (
            "report overdue --format table --output qua-han.txt",
            "qua-han.txt",
        ),
    ] {
        let r = Command::new("sh")
            .arg("-c")
            .arg(format!("umask 000; exec {BIN} {cmd}"))
            .envs(envs.iter().map(|(k, v)| (k, v)))
            .current_dir(env.dir.path())
            .output()
            .expect("run");
        assert!(
            r.status.success(),
            "{cmd}: {}",
            String::from_utf8_lossy(&r.stderr)
        );
        assert_eq!(mode(&env.path(file)), 0o600, "{cmd}");
    }
    // --output - is standard output, not a file named "-".
    let out = env.ok(&["export", "opinions", "--format", "csv", "--output", "-"]);
    assert!(out.starts_with("id,"), "{out}");
    assert!(!env.path("-").exists());
    // A missing folder is a usage error naming the folder.
    let err = env.refused(
        &["report", "overdue", "--output", "khong-co/bao-cao.csv"],
        USAGE,
    );
    assert!(err.contains("khong-co"), "{err}");
}

#[test]
fn the_clerk_name_is_validated_like_any_text() {
    let env = TestEnv::ward();
    let long = "Nguyễn".repeat(1_000);
    for bad in [
        "Trần\u{1b}[2J Lan",
        "Trần\u{7} Lan",
        "Trần \u{202E}naL",
        "Trần\u{200B}Lan",
        "Trần\u{3164}Lan",
        long.as_str(),
    ] {
        let by_flag = env.refused(&["--clerk", bad, "agency", "add", "Phòng Nội vụ"], USAGE);
        assert!(by_flag.contains("clerk"), "{by_flag}");
        let before = env.dump();
        let r = env
            .command()
            .env("DOITHOAI_CLERK", bad)
            .args(["agency", "add", "Phòng Nội vụ"])
            .output()
            .expect("run");
        assert_eq!(r.status.code(), Some(USAGE));
        let r2 = env
            .command()
            .env_remove("DOITHOAI_CLERK")
            .env("USER", bad)
            .args(["agency", "add", "Phòng Nội vụ"])
            .output()
            .expect("run");
        assert_eq!(r2.status.code(), Some(USAGE));
        assert_eq!(env.dump(), before);
    }
}

#[test]
fn another_programs_sqlite_file_is_refused_without_any_change() {
    if crate::support::file_only() {
        return;
    }
    let env = TestEnv::new();
    let other = env.path("ke-toan.db");
    {
        let c = Connection::open(&other).expect("create");
        c.execute_batch(
            "PRAGMA journal_mode = DELETE; PRAGMA application_id = 12345;
             CREATE TABLE so_cai (id INTEGER PRIMARY KEY, ten TEXT);
             INSERT INTO so_cai (ten) VALUES ('Thu ngân sách phường');",
        )
        .expect("other program's schema");
    }
    // Another file, without an application id but with user_version 1 and none of our tables.
    let v1 = env.path("danh-ba.db");
    Connection::open(&v1)
        .expect("create")
        .execute_batch(
            "PRAGMA journal_mode = DELETE; PRAGMA user_version = 1;
             CREATE TABLE danh_ba (ten TEXT); INSERT INTO danh_ba VALUES ('Lê Thu Hà');",
        )
        .expect("schema");
    for file in [&other, &v1] {
        let before = std::fs::read(file).expect("read");
        for args in [
            vec!["agency", "list"],
            vec!["check"],
            vec!["init", "--office", "X"],
        ] {
            let r = env
                .command()
                .arg("--db")
                .arg(file)
                .args(&args)
                .output()
                .expect("run");
            let stderr = String::from_utf8_lossy(&r.stderr);
            assert_eq!(r.status.code(), Some(DATABASE), "{args:?}: {stderr}");
            assert!(stderr.contains("not a doithoai database"), "{stderr}");
            assert_eq!(
                std::fs::read(file).expect("read"),
                before,
                "{args:?} changed it"
            );
            assert!(!companion(file, "-wal").exists());
        }
    }
    // Our own file says so.
    let ours = TestEnv::ward();
    assert_eq!(ours.sql::<i64>("PRAGMA application_id"), 0x4454_484F);
}

#[test]
fn output_failures_have_their_own_exit_and_say_whether_the_write_stands() {
    let env = ward_with_closed_and_open_deadlines();
    // A reader that went away: CSV, JSON and table all end quietly.
    for format in ["csv", "json", "table"] {
        let (reader, writer) = std::io::pipe().expect("pipe");
        drop(reader);
        let out = env
            .command()
            .args(["export", "opinions", "--format", format])
            .stdout(writer)
            .stderr(Stdio::piped())
            .output()
            .expect("run");
        assert_eq!(
            out.status.code(),
            Some(0),
            "{format}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    // A write whose confirmation cannot be printed: the write stands, and stderr says so.
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("/dev/full");
    let out = env
        .command()
        .args(["agency", "add", "Phòng Tài chính - Kế hoạch"])
        .stdout(full)
        .output()
        .expect("run");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(OUTPUT), "{stderr}");
    assert!(stderr.contains("WAS done"), "{stderr}");
    assert_eq!(
        env.sql::<i64>("SELECT count(*) FROM agency WHERE name = 'Phòng Tài chính - Kế hoạch'"),
        1
    );
    // A read command whose output fails saved nothing and says only that.
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("/dev/full");
    let out = env
        .command()
        .args(["agency", "list"])
        .stdout(full)
        .output()
        .expect("run");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(OUTPUT), "{stderr}");
    assert!(!stderr.contains("saved"), "{stderr}");
}

#[test]
fn a_path_that_is_not_a_database_file_is_named_with_its_real_cause() {
    let env = TestEnv::new();
    let fifo = env.path("ong.db");
    assert!(Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo")
        .success());
    let folder = env.path("thu-muc.db");
    std::fs::create_dir(&folder).expect("dir");
    let dangling = env.path("lien-ket.db");
    std::os::unix::fs::symlink(env.path("khong-con.db"), &dangling).expect("symlink");
    for (path, cause) in [
        (&fifo, "FIFO"),
        (&folder, "folder"),
        (&dangling, "symbolic link to a file that does not exist"),
    ] {
        let r = env
            .command()
            .arg("--db")
            .arg(path)
            .args(["agency", "list"])
            .output()
            .expect("run");
        let stderr = String::from_utf8_lossy(&r.stderr);
        assert_eq!(r.status.code(), Some(DATABASE), "{stderr}");
        assert!(
            stderr.contains(cause) && stderr.contains(&*path.to_string_lossy()),
            "{stderr}"
        );
        assert!(!stderr.contains("read-only"), "{stderr}");
    }
}

/// No input may panic: every subcommand with a non-UTF-8 path and absurd numbers.
#[test]
fn no_input_panics() {
    use std::os::unix::ffi::OsStrExt;
    let env = ward_with_closed_and_open_deadlines();
    let bad_path = std::ffi::OsStr::from_bytes(b"/tmp/ph\xf2ng-\xff.db");
    let huge = "99999999999999999999";
    let commands: &[&[&str]] = &[
        &["init", "--office", "Phường Hoàng Mai"],
        &[
            "calendar",
            "deadline",
            "--from",
            "2026-06-16",
            "--working-days",
            huge,
        ],
        &[
            "calendar",
            "deadline",
            "--from",
            "2100-12-30",
            "--working-days",
            "5",
        ],
        &["calendar", "show", "2026-02"],
        &["calendar", "list", "--year", huge],
        &["calendar", "add-holiday", "2026-06-30", "--name", "x"],
        &["calendar", "remove", "2026-06-30"],
        &["session", "show", huge],
        &["session", "list"],
        &["session", "hold", huge],
        &["speaker", "register", huge, "--name", "Lan", "--topic", "x"],
        &["opinion", "list", "--session", huge],
        &[
            "opinion",
            "respond",
            huge,
            "--on",
            "2026-07-01",
            "--doc",
            "1",
            "--summary",
            "x",
        ],
        &[
            "conclusion",
            "issue",
            "--new-agency",
            huge,
            "--on",
            "2026-07-01",
            "--doc",
            "1",
            "--signer",
            "x",
            "--agency",
            "y",
        ],
        &["agency", "list"],
        &["history", "--session", huge],
        &["report", "overdue", "--within", huge],
        &["report", "period", "--quarter", "2026-Q9"],
        &["report", "plan", "--year", huge],
        &["export", "opinions"],
        &["check"],
        &["backup", "x.db"],
        &["restore", "x.db"],
    ];
    let no_panic = |out: std::process::Output, what: &str| {
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_ne!(out.status.code(), Some(101), "{what}: {stderr}");
        assert!(out.status.code().is_some(), "{what} died of a signal");
        assert!(!stderr.contains("panicked"), "{what}: {stderr}");
    };
    for args in commands {
        no_panic(
            env.command()
                .arg("--db")
                .arg(bad_path)
                .args(*args)
                .output()
                .expect("run"),
            &format!("--db <non-UTF-8> {args:?}"),
        );
        no_panic(
            env.command().args(*args).output().expect("run"),
            &format!("{args:?}"),
        );
        no_panic(
            env.command()
                .env("DOITHOAI_BUSY_TIMEOUT_MS", huge)
                .env("DOITHOAI_MAX_PAGES", huge)
                .args(*args)
                .output()
                .expect("run"),
            &format!("absurd settings {args:?}"),
        );
    }
    no_panic(
        env.command()
            .args(["backup"])
            .arg(bad_path)
            .output()
            .expect("run"),
        "backup to a non-UTF-8 path",
    );
    no_panic(
        env.command()
            .args(["report", "overdue", "--output"])
            .arg(bad_path)
            .output()
            .expect("run"),
        "output to a non-UTF-8 path",
    );
}

#[test]
fn every_hidden_character_is_refused_and_never_echoed_raw() {
    let env = TestEnv::ward();
    let id = held_session(&env, "2026-06-16");
    for c in [
        '\u{061C}',
        '\u{00AD}',
        '\u{180E}',
        '\u{E0041}',
        '\u{FFF9}',
        '\u{3164}',
        '\u{2028}',
    ] {
        let content = format!("Đề nghị sửa{c} đường ngõ 12");
        let err = env.refused(
            &[
                "opinion",
                "add",
                &id,
                "--content",
                &content,
                "--category",
                "petition",
            ],
            USAGE,
        );
        assert!(err.contains(&format!("U+{:04X}", u32::from(c))), "{err}");
        let name = format!("Nguyễn{c} Thị Mai");
        env.refused(
            &["speaker", "register", &id, "--name", &name, "--topic", "x"],
            USAGE,
        );
    }
    // clap's own "invalid value" echoes the value: escaped, never raw.
    for raw in ["định\rkỳ", "định\u{85}kỳ", "\u{202E}ykitsop", "a\u{1b}[2Jb"] {
        let r = env.run(&[
            "session",
            "plan",
            "--title",
            "Đối thoại",
            "--kind",
            raw,
            "--date",
            "2026-12-15",
            "--chair-role",
            "committee-chair",
            "--chair",
            "Nguyễn Văn Hùng",
        ]);
        assert_eq!(r.code, USAGE);
        for hidden in ['\r', '\u{85}', '\u{202E}', '\u{1b}'] {
            assert!(
                !r.stderr.contains(hidden),
                "raw U+{:04X} in {:?}",
                u32::from(hidden),
                r.stderr
            );
        }
        assert_eq!(r.stderr.trim_end().lines().count(), 1, "{:?}", r.stderr);
    }
}

#[test]
fn smaller_holes_are_closed() {
    if crate::support::file_only() {
        return;
    }
    let env = ward_with_closed_and_open_deadlines();
    // A device that never ends is refused, not read until memory runs out.
    let err = env.refused(
        &[
            "opinion",
            "add",
            "2",
            "--category",
            "petition",
            "--content-file",
            "/dev/zero",
        ],
        USAGE,
    );
    assert!(err.contains("/dev/zero"), "{err}");
    // An unknown interface language is refused.
    let err = env.refused(&["--lang", "fr", "agency", "list"], USAGE);
    assert!(err.contains("'fr'"), "{err}");
    let r = env
        .command()
        .env("DOITHOAI_LANG", "klingon")
        .args(["agency", "list"])
        .output()
        .expect("run");
    assert_eq!(r.status.code(), Some(USAGE));
    // A stale temporary of a killed --output run is cleaned up by the next one.
    let stale = env.path(".bao-cao.csv.4194305.tmp");
    std::fs::write(&stale, "id,con").expect("stale");
    env.ok(&[
        "export",
        "opinions",
        "--format",
        "csv",
        "--output",
        "bao-cao.csv",
    ]);
    assert!(!stale.exists());
    // INSERT OR REPLACE cannot overwrite a history row.
    let c = Connection::open(&env.db).expect("open");
    let replaced = c.execute(
        "INSERT OR REPLACE INTO event (id, at, clerk, command, record_kind, record_id, action)
         VALUES (1, 'now', 'người khác', 'x', 'office', '1', 'init')",
        [],
    );
    assert!(replaced
        .expect_err("append-only")
        .to_string()
        .contains("append-only"));
    assert_eq!(
        env.sql::<String>("SELECT clerk FROM event WHERE id = 1"),
        "Trần Thị Lan"
    );
    // A dropped trigger is noticed by check.
    c.execute_batch("DROP TRIGGER event_is_append_only_delete")
        .expect("drop");
    let r = env.run(&["check"]);
    assert_eq!(r.code, CHECK_FAILED, "{}", r.stdout);
    assert!(
        r.stdout.contains("event_is_append_only_delete"),
        "{}",
        r.stdout
    );
}

/// What a second adversarial pass found, each closed.
#[test]
fn output_through_a_linked_database_cannot_reach_its_real_wal() {
    if crate::support::file_only() {
        return;
    }
    let env = ward_with_closed_and_open_deadlines();
    let real = env.path("that");
    std::fs::create_dir(&real).expect("dir");
    let real_db = real.join("r.db");
    std::fs::rename(&env.db, &real_db).expect("move");
    std::os::unix::fs::symlink(&real_db, &env.db).expect("symlink");
    for target in ["that/r.db-wal", "that/r.db-shm", "./that/../that/r.db-wal"] {
        env.refused(&["report", "overdue", "--output", target], USAGE);
        env.refused(&["backup", target, "--force"], USAGE);
    }
}

#[test]
fn foreign_files_with_our_table_names_or_their_own_wal_stay_untouched() {
    let env = TestEnv::new();
    let lookalike = env.path("giong.db");
    Connection::open(&lookalike)
        .expect("create")
        .execute_batch(
            "PRAGMA journal_mode = DELETE; CREATE TABLE office(x); CREATE TABLE session(x);
             CREATE TABLE opinion(x); CREATE TABLE event(x); PRAGMA user_version = 1;",
        )
        .expect("lookalike");
    let before = std::fs::read(&lookalike).expect("read");
    for args in [vec!["check"], vec!["agency", "list"]] {
        let r = env
            .command()
            .arg("--db")
            .arg(&lookalike)
            .args(&args)
            .output()
            .expect("run");
        assert_eq!(r.status.code(), Some(DATABASE), "{args:?}");
        assert_eq!(
            std::fs::read(&lookalike).expect("read"),
            before,
            "{args:?} changed it"
        );
    }
    // Another program's WAL database with frames not yet checkpointed (it crashed): its WAL is
    // neither replayed into the file nor deleted.
    let app = env.path("ung-dung.db");
    let c = Connection::open(&app).expect("create");
    c.execute_batch(
        "PRAGMA application_id = 777; PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0;
         CREATE TABLE t (x); INSERT INTO t VALUES ('Sổ thu chi');",
    )
    .expect("app");
    let copy = env.path("sao-ung-dung.db");
    std::fs::copy(&app, &copy).expect("copy");
    std::fs::copy(companion(&app, "-wal"), companion(&copy, "-wal")).expect("copy wal");
    drop(c);
    let (db_before, wal_before) = (
        std::fs::read(&copy).expect("read"),
        std::fs::read(companion(&copy, "-wal")).expect("read"),
    );
    let r = env
        .command()
        .arg("--db")
        .arg(&copy)
        .args(["agency", "list"])
        .output()
        .expect("run");
    assert_eq!(r.status.code(), Some(DATABASE));
    assert_eq!(std::fs::read(&copy).expect("read"), db_before);
    assert_eq!(
        std::fs::read(companion(&copy, "-wal")).expect("read"),
        wal_before
    );
    // restore does not move another program's file aside to put ours in its place.
    let ward = TestEnv::ward();
    ward.ok(&["backup", "sao-luu.db"]);
    let r = env
        .command()
        .arg("--db")
        .arg(&copy)
        .arg("restore")
        .arg(ward.path("sao-luu.db"))
        .output()
        .expect("run");
    assert_eq!(r.status.code(), Some(DATABASE));
    assert_eq!(std::fs::read(&copy).expect("read"), db_before);
}

#[test]
fn a_restore_never_overwrites_the_copy_an_earlier_restore_kept() {
    if crate::support::file_only() {
        return;
    }
    let env = ward_with_closed_and_open_deadlines();
    env.ok(&["backup", "sao-luu.db"]);
    env.ok(&["agency", "add", "Chỉ có trong bản gốc"]);
    env.ok(&["restore", "sao-luu.db"]);
    env.ok(&["restore", "sao-luu.db"]);
    let kept: Vec<PathBuf> = std::fs::read_dir(env.dir.path())
        .expect("dir")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().contains("before-restore"))
        .collect();
    assert_eq!(kept.len(), 2, "{kept:?}");
    let with_original = kept
        .iter()
        .filter(|p| {
            Connection::open(p)
                .expect("open kept copy")
                .query_row(
                    "SELECT count(*) FROM agency WHERE name = 'Chỉ có trong bản gốc'",
                    [],
                    |r| r.get::<_, i64>(0),
                )
                .expect("count")
                == 1
        })
        .count();
    assert_eq!(with_original, 1);
    // A backup whose page size differs is refused with the reason, before anything is written.
    let odd = env.path("trang-lon.db");
    std::fs::copy(env.path("sao-luu.db"), &odd).expect("copy");
    Connection::open(&odd)
        .expect("open")
        .execute_batch("PRAGMA journal_mode = DELETE; PRAGMA page_size = 8192; VACUUM;")
        .expect("page size");
    let err = env.refused(&["restore", "trang-lon.db"], 1);
    assert!(err.contains("8192"), "{err}");
}

#[test]
fn paths_and_altered_triggers_and_blank_lookalikes() {
    if crate::support::file_only() {
        return;
    }
    let env = ward_with_closed_and_open_deadlines();
    // A path with ESC, CR and RLO is echoed escaped, in notes, confirmations and history.
    let odd = "A\u{1b}[31m\r\u{202e}Z.db";
    let r = env.run(&[
        "--db",
        odd,
        "calendar",
        "deadline",
        "--from",
        "2026-01-05",
        "--working-days",
        "3",
    ]);
    assert_eq!(r.code, 0);
    for raw in ['\u{1b}', '\r', '\u{202e}'] {
        assert!(!r.stderr.contains(raw), "{:?}", r.stderr);
    }
    let out = env.run(&["backup", odd]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let out = out.stderr;
    assert!(
        !out.contains('\u{1b}') && out.contains("\\u{001B}"),
        "{out:?}"
    );
    // A trigger recreated with another body is reported.
    Connection::open(&env.db)
        .expect("open")
        .execute_batch(
            "DROP TRIGGER event_is_append_only_replace;
             CREATE TRIGGER event_is_append_only_replace AFTER INSERT ON event BEGIN SELECT 1; END;",
        )
        .expect("alter");
    let r = env.run(&["check"]);
    assert_eq!(r.code, CHECK_FAILED);
    assert!(r.stdout.contains("altered"), "{}", r.stdout);
    // Blank look-alikes and unassigned code points are refused; other spaces become spaces.
    let ward = TestEnv::ward();
    for bad in ["\u{2800}", "\u{301}Lan", "Lan\u{378}", "Lan\u{FFFF}"] {
        ward.refused(&["--clerk", bad, "agency", "add", "Phòng Nội vụ"], USAGE);
        ward.refused(&["agency", "add", &format!("Phòng {bad}")], USAGE);
    }
    ward.refused(&["--clerk", "  ", "agency", "add", "Phòng Nội vụ"], USAGE);
    ward.ok(&["agency", "add", "Phòng\u{A0}Nội\u{3000}vụ"]);
    assert_eq!(
        ward.sql::<String>("SELECT name FROM agency"),
        "Phòng Nội vụ"
    );
    // A backup says what it wrote on stderr: a full stdout (a cron job's) does not fail it.
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("full");
    let out = ward
        .command()
        .args(["backup", "sao-luu.db"])
        .stdout(full)
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stderr).contains("sao-luu.db"));
    ward.ok(&["--db", "sao-luu.db", "check"]);
}

/// A command run by cron or systemd has no USER or LOGNAME: the history still names the
/// operating system's account, never "unknown".
#[test]
fn the_history_names_the_os_account_when_no_variable_does() {
    let env = TestEnv::new();
    let account = std::process::Command::new("id")
        .arg("-un")
        .output()
        .expect("id -un");
    let account = String::from_utf8_lossy(&account.stdout).trim().to_string();
    let out = env
        .command()
        .env_remove("DOITHOAI_CLERK")
        .env_remove("USER")
        .env_remove("LOGNAME")
        .env_remove("USERNAME")
        .args(["init", "--office", "Phường Hoàng Mai", "--level", "commune"])
        .output()
        .expect("run");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v = env.json(&["history"]);
    assert_eq!(v[0]["clerk"], account.as_str(), "{v}");
}
