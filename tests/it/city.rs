//! One report for the city: many wards' files (and a backup of an old version, a file of a
//! newer schema, another program's SQLite file) read read-only — every file's hash is the same
//! afterwards and nothing is created beside them — with a per-office breakdown and city totals.

use crate::reports::{dataset, AS_OF};
use crate::support::TestEnv;
use std::path::{Path, PathBuf};

/// A file's whole content (the files are small): compared before and after, byte for byte.
fn digest(path: &Path) -> Vec<u8> {
    std::fs::read(path).expect("read")
}

fn city_folder() -> (tempfile::TempDir, Vec<PathBuf>) {
    let dir = tempfile::tempdir().expect("dir");
    let ward = dataset();
    let a = dir.path().join("phuong-hoang-mai.db");
    ward.ok(&["backup", a.to_str().expect("path")]);
    let mut small = TestEnv::new();
    small.today = "2026-07-01".into();
    small.ok(&["init", "--office", "Phường Tương Mai", "--level", "commune"]);
    small.plan_session("Đối thoại về vệ sinh môi trường", "periodic", "2026-07-15");
    let b = dir.path().join("phuong-tuong-mai.db");
    small.ok(&["backup", b.to_str().expect("path")]);
    let old = dir.path().join("xa-cu-v1.db");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/schema-v1.db"),
        &old,
    )
    .expect("fixture");
    let newer = dir.path().join("phien-ban-moi.db");
    std::fs::copy(&b, &newer).expect("copy");
    rusqlite::Connection::open(&newer)
        .and_then(|c| c.pragma_update(None, "user_version", 99))
        .expect("newer");
    let foreign = dir.path().join("danh-ba.sqlite");
    rusqlite::Connection::open(&foreign)
        .and_then(|c| c.execute_batch("CREATE TABLE contact (name TEXT)"))
        .expect("foreign");
    std::fs::write(dir.path().join("ghi-chu.txt"), "danh sách tệp").expect("note");
    let files = vec![a, b, old, newer, foreign];
    (dir, files)
}

fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn the_city_reads_every_wards_file_read_only_and_totals_them() {
    let (dir, files) = city_folder();
    let before: Vec<Vec<u8>> = files.iter().map(|f| digest(f)).collect();
    let names = listing(dir.path());
    let env = TestEnv::new();
    let out = env.run(&[
        "report",
        "period",
        "--year",
        "2026",
        "--as-of",
        AS_OF,
        "--from-dir",
        dir.path().to_str().expect("path"),
        "--format",
        "json",
    ]);
    assert_eq!(
        out.code, 4,
        "two files skipped: the exit code says so\n{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("phien-ban-moi.db") && out.stderr.contains("newer"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("danh-ba.sqlite") && out.stderr.contains("not a doithoai database")
    );
    assert!(
        !out.stderr.contains("ghi-chu.txt"),
        "a text file is not an office"
    );
    let v: serde_json::Value = serde_json::from_str(&out.stdout).expect("json");
    let offices = v["offices"].as_array().expect("offices");
    let names_of: Vec<&str> = offices
        .iter()
        .map(|o| o["office"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(
        names_of,
        ["Phường Hoàng Mai", "Phường Tương Mai", "Phường Hoàng Mai"]
    );
    // The old (v1) file is read through a copy upgraded in memory: its four opinions count.
    assert_eq!(offices[2]["opinions"], 4);
    let sum = |key: &str| {
        offices
            .iter()
            .map(|o| o[key].as_u64().unwrap_or(0))
            .sum::<u64>()
    };
    assert_eq!(v["totals"]["opinions"], sum("opinions"));
    assert_eq!(v["totals"]["sessions_held"], sum("sessions_held"));
    // The city's R10 rate is from the summed counts.
    let t = &v["totals"]["written_answers"];
    let (on_time, late, overdue) = (
        t["on_time"].as_f64().expect("n"),
        t["late"].as_f64().expect("n"),
        t["open_overdue"].as_f64().expect("n"),
    );
    assert_eq!(
        t["on_time_rate"].as_f64(),
        Some(on_time / (on_time + late + overdue))
    );
    // Not one byte changed, not one file added (no -wal, no -shm).
    let after: Vec<Vec<u8>> = files.iter().map(|f| digest(f)).collect();
    assert!(before == after, "the wards' files are never modified");
    assert_eq!(listing(dir.path()), names);
}

#[test]
fn several_db_options_overdue_with_the_office_and_a_workbook() {
    let (dir, files) = city_folder();
    let env = TestEnv::new();
    let a = files[0].to_str().expect("path");
    let b = files[1].to_str().expect("path");
    let csv = env.ok(&[
        "report", "overdue", "--as-of", AS_OF, "--within", "5", "--db", a, "--db", b, "--format",
        "csv",
    ]);
    let mut lines = csv.lines();
    assert!(lines.next().expect("header").starts_with("office,rule,"));
    let offices: std::collections::BTreeSet<&str> =
        lines.map(|l| l.split(',').next().unwrap_or("")).collect();
    assert!(offices.contains("Phường Hoàng Mai"), "{csv}");
    // A workbook of the city's figures: counts and rates as numbers.
    let book_path = env.path("thanh-pho.xlsx");
    let out = env.run(&[
        "report",
        "period",
        "--quarter",
        "2026-Q3",
        "--as-of",
        AS_OF,
        "--db",
        a,
        "--db",
        b,
        "--output",
        book_path.to_str().expect("path"),
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    use calamine::{open_workbook, Data, Reader, Xlsx};
    let mut book: Xlsx<_> = open_workbook(&book_path).expect("xlsx");
    let name = book.sheet_names()[0].clone();
    let sheet = book.worksheet_range(&name).expect("sheet");
    let last = sheet.rows().next_back().expect("totals row");
    assert_eq!(last[0].to_string(), "All offices");
    assert!(matches!(last[2], Data::Float(_)), "{:?}", last[2]);
    // One database for every other command.
    let refused = env.refused(&["session", "list", "--db", a, "--db", b], 2);
    assert!(refused.contains("--db"), "{refused}");
    drop(dir);
}

/// The folder is the city: a DOITHOAI_DB in the environment is not added to it, the same file
/// named twice is read once, a truncated `.db` is listed as skipped, a version-4 file and a file
/// with its write-ahead log beside it are read — and nothing is created next to them.
#[test]
fn the_folder_is_the_city_and_each_file_counts_once() {
    if crate::support::file_only() {
        return;
    }
    let (dir, files) = city_folder();
    let ward = dir.path().join("phuong-hoang-mai.db");
    // A file copied while the ward was writing: its log beside it.
    let live = TestEnv::ward();
    live.plan_session("Đối thoại đang ghi", "periodic", "2026-07-30");
    let wal_dir = tempfile::tempdir().expect("dir");
    {
        let conn = rusqlite::Connection::open(&live.db).expect("open");
        conn.pragma_update(None, "wal_autocheckpoint", 0)
            .expect("no checkpoint");
        conn.execute(
            "UPDATE session SET title = 'Đối thoại đã sửa' WHERE id = 1",
            [],
        )
        .expect("write into the log");
        std::fs::copy(&live.db, wal_dir.path().join("phuong-dang-ghi.db")).expect("copy");
        let mut wal = live.db.as_os_str().to_owned();
        wal.push("-wal");
        std::fs::copy(&wal, wal_dir.path().join("phuong-dang-ghi.db-wal")).expect("copy wal");
    }
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/schema-v4.db"),
        wal_dir.path().join("phuong-v4.db"),
    )
    .expect("v4");
    std::fs::write(wal_dir.path().join("phuong-hong.db"), b"").expect("empty");
    let names = listing(wal_dir.path());
    let env = TestEnv::new();
    let out = env
        .command()
        .env("DOITHOAI_DB", &files[1])
        .args([
            "report",
            "period",
            "--year",
            "2026",
            "--as-of",
            AS_OF,
            "--format",
            "json",
            "--from-dir",
        ])
        .arg(wal_dir.path())
        .output()
        .expect("run");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(4), "{stderr}");
    assert!(
        stderr.contains("phuong-hong.db"),
        "the truncated copy is named: {stderr}"
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let offices: Vec<String> = v["offices"]
        .as_array()
        .expect("offices")
        .iter()
        .map(|o| {
            o["file"]
                .as_str()
                .unwrap_or("")
                .rsplit('/')
                .next()
                .unwrap_or("")
                .to_string()
        })
        .collect();
    assert_eq!(
        offices,
        ["phuong-dang-ghi.db", "phuong-v4.db"],
        "not the environment's database"
    );
    assert_eq!(listing(wal_dir.path()), names, "no -shm, no -wal created");
    // The same file twice is one office: the same path, or a hard link to it.
    std::fs::hard_link(&ward, dir.path().join("lien-ket.db")).expect("link");
    let out = env.run(&[
        "report",
        "period",
        "--year",
        "2026",
        "--as-of",
        AS_OF,
        "--format",
        "json",
        "--from-dir",
        dir.path().to_str().expect("path"),
    ]);
    let json: serde_json::Value = serde_json::from_str(&out.stdout).expect("json");
    let offices = json["offices"].as_array().map(Vec::len);
    assert_eq!(
        offices,
        Some(3),
        "the link is the ward's file again: {json}"
    );
    let a = ward.to_str().expect("path");
    let json = env.json(&[
        "report", "period", "--year", "2026", "--as-of", AS_OF, "--db", a, "--db", a,
    ]);
    assert_eq!(json["offices"].as_array().map(Vec::len), Some(1));
    let _ = files;
}

/// The nightly folder holds a ward's file and an older backup of it: the office is counted
/// once, from the file whose history goes further, the copy is named on stderr, and since no
/// office is missing the exit code stays 0.
#[test]
fn a_ward_and_its_backup_count_once_from_the_newer_file() {
    let dir = tempfile::tempdir().expect("dir");
    let mut ward = TestEnv::ward();
    ward.today = "2026-07-20".into();
    ward.plan_session("Đối thoại về chỉnh trang đô thị", "periodic", "2026-07-15");
    let old = dir.path().join("hoang-mai-sao-luu-thu-hai.db");
    ward.ok(&["backup", old.to_str().expect("path")]);
    ward.plan_session("Đối thoại về ngập úng", "ad-hoc", "2026-07-18");
    let live = dir.path().join("hoang-mai.db");
    ward.ok(&["backup", live.to_str().expect("path")]);
    let env = TestEnv::new();
    let run = |args: &[&str]| {
        let out = env
            .command()
            .args(["report", "period", "--year", "2026", "--format", "json"])
            .args(args)
            .output()
            .expect("run");
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
            serde_json::from_slice::<serde_json::Value>(&out.stdout).expect("json"),
        )
    };
    for args in [
        vec!["--from-dir", dir.path().to_str().expect("dir")],
        vec![
            "--db",
            old.to_str().expect("path"),
            "--db",
            live.to_str().expect("path"),
        ],
    ] {
        let (code, stderr, v) = run(&args);
        assert_eq!(code, Some(0), "{stderr}");
        assert!(stderr.contains("hoang-mai-sao-luu-thu-hai.db"), "{stderr}");
        let offices = v["offices"].as_array().expect("offices");
        assert_eq!(offices.len(), 1, "{v}");
        assert!(
            offices[0]["file"]
                .as_str()
                .expect("file")
                .ends_with("hoang-mai.db"),
            "{v}"
        );
    }
}

/// A ward's file still at schema 5 (not written since the upgrade) is read by the city like any
/// other — through an upgraded copy in memory — and left byte for byte.
#[test]
fn a_ward_file_of_the_previous_schema_is_reported_and_left_as_it_was() {
    let dir = tempfile::tempdir().expect("dir");
    let ward = dir.path().join("phuong-v5.db");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/schema-v5.db"),
        &ward,
    )
    .expect("fixture");
    let before = digest(&ward);
    let env = TestEnv::new();
    let out = env.run(&[
        "report",
        "period",
        "--year",
        "2026",
        "--as-of",
        "2026-11-29",
        "--format",
        "json",
        "--from-dir",
        dir.path().to_str().expect("dir"),
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).expect("json");
    assert_eq!(v["offices"][0]["opinions"], 3, "{v}");
    assert_eq!(digest(&ward), before);
}

/// A ward's backup left at schema 8 (taken before the upgrade that moved a petitioner out of an
/// opinion's text and added the order of same-day acts) and its upgraded live file: still one
/// office and its copy, not two files that disagree.
#[test]
fn a_backup_from_before_schema_9_is_still_the_copy_of_the_upgraded_ward() {
    let dir = tempfile::tempdir().expect("dir");
    let mut ward = TestEnv::ward();
    ward.today = "2026-07-20".into();
    ward.plan_session("Đối thoại về chiếu sáng ngõ xóm", "periodic", "2026-07-15");
    let csv = ward.dir.path().join("tong-hop.csv");
    std::fs::write(
        &csv,
        "Người kiến nghị,Nội dung,Phân loại\nBà Vũ Thị Lý,Đề nghị lắp đèn ngõ 38,kiến nghị\n",
    )
    .expect("csv");
    ward.ok(&["opinion", "import", "1", csv.to_str().expect("path")]);
    ward.ok(&["session", "hold", "1"]);
    ward.ok(&[
        "conclusion",
        "issue",
        "1",
        "--on",
        "2026-07-16",
        "--doc",
        "15/TB-UBND",
        "--signer",
        "Nguyễn Văn Hùng",
        "--new-agency",
        "--agency",
        "Phòng Quản lý đô thị",
    ]);
    ward.ok(&[
        "opinion",
        "extend",
        "1",
        "--notified-on",
        "2026-07-17",
        "--until",
        "2026-10-30",
        "--agency",
        "Phòng Quản lý đô thị",
    ]);
    // The backup as schema 8 wrote it: the petitioner inside the text, no new columns.
    let old = dir.path().join("hoang-mai-sao-luu.db");
    ward.ok(&["backup", old.to_str().expect("path")]);
    {
        let c = rusqlite::Connection::open(&old).expect("open");
        c.execute_batch(
            "UPDATE opinion SET content = content || ' (người kiến nghị: ' || petitioner || ')',
                                petitioner = NULL WHERE petitioner IS NOT NULL;
             DROP INDEX opinion_denunciation_idx;
             ALTER TABLE opinion DROP COLUMN petitioner;
             ALTER TABLE event DROP COLUMN source;
             ALTER TABLE extension DROP COLUMN after_reassignment;
             PRAGMA user_version = 8;",
        )
        .expect("version 8");
    }
    ward.plan_session("Đối thoại về ngập úng", "ad-hoc", "2026-07-18");
    let live = dir.path().join("hoang-mai.db");
    ward.ok(&["backup", live.to_str().expect("path")]);
    let env = TestEnv::new();
    let out = env.run(&[
        "report",
        "period",
        "--year",
        "2026",
        "--as-of",
        "2026-07-20",
        "--format",
        "json",
        "--from-dir",
        dir.path().to_str().expect("dir"),
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stderr.contains("hoang-mai-sao-luu.db"),
        "{}",
        out.stderr
    );
    let v: serde_json::Value = serde_json::from_str(&out.stdout).expect("json");
    let offices = v["offices"].as_array().expect("offices");
    assert_eq!(offices.len(), 1, "{v}");
    assert!(
        offices[0]["file"]
            .as_str()
            .expect("file")
            .ends_with("hoang-mai.db"),
        "{v}"
    );
}
