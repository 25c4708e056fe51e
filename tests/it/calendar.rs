//! The calendar commands (foundation issue): deadlines, explanations, grids, lists, overrides.

use crate::support::TestEnv;

#[test]
fn r9_deadline_across_the_2025_swap() {
    let env = TestEnv::new();
    let out = env.ok(&[
        "calendar",
        "deadline",
        "--from",
        "2025-04-25",
        "--working-days",
        "10",
    ]);
    assert_eq!(out, "2025-05-13\n");
    let out = env.ok(&[
        "calendar",
        "deadline",
        "--from",
        "25/04/2025",
        "--working-days",
        "10",
    ]);
    assert_eq!(out, "2025-05-13\n");
}

#[test]
fn explain_lists_every_day_with_reason_and_source() {
    let env = TestEnv::new();
    let out = env.ok(&[
        "calendar",
        "deadline",
        "--from",
        "2025-04-25",
        "--working-days",
        "10",
        "--explain",
    ]);
    assert!(out.contains("Art. 147"), "{out}");
    assert!(out.contains("Ngày Chiến thắng"), "{out}");
    assert!(
        out.contains("Làm bù cho ngày nghỉ hoán đổi 2/5/2025"),
        "{out}"
    );
    assert!(out.contains("CV 8726/VPCP-KGVX"), "{out}");
    let v = env.json(&[
        "calendar",
        "deadline",
        "--from",
        "2025-04-25",
        "--working-days",
        "10",
        "--explain",
    ]);
    assert_eq!(v["deadline"], "2025-05-13");
    let days = v["explanation"].as_array().expect("days");
    assert_eq!(days.len(), 19);
    assert_eq!(days[1]["date"], "2025-04-26");
    assert_eq!(days[1]["count"], 1);
    assert_eq!(days[5]["name"], "Ngày Chiến thắng");
    assert_eq!(days[5]["count"], serde_json::Value::Null);
    assert_eq!(days[18]["count"], 10);
}

#[test]
fn calendar_days_roll_forward_and_before_event() {
    let env = TestEnv::new();
    // 30/4/2026 + 1 day = Fri 1/5 (holiday) → Mon 4/5 (Art. 148(5)).
    assert_eq!(
        env.ok(&[
            "calendar",
            "deadline",
            "--from",
            "2026-04-30",
            "--days",
            "1"
        ]),
        "2026-05-04\n"
    );
    // R4: 7 days before 16/6/2026.
    let out = env.ok(&[
        "calendar",
        "deadline",
        "--before",
        "2026-06-16",
        "--days",
        "7",
    ]);
    assert_eq!(
        out,
        "2026-06-09\nlast working day on or before it: 2026-06-09 (the same day)\n"
    );
    let out = env.ok(&[
        "calendar",
        "deadline",
        "--before",
        "2026-09-07",
        "--days",
        "7",
    ]);
    assert!(
        out.starts_with("2026-08-31\nlast working day on or before it: 2026-08-28"),
        "{out}"
    );
    let v = env.json(&[
        "calendar",
        "deadline",
        "--before",
        "2026-09-07",
        "--days",
        "7",
    ]);
    assert_eq!(v["deadline"], "2026-08-31");
    assert_eq!(v["last_working_day"], "2026-08-28");
}

#[test]
fn computed_years_are_marked_provisional() {
    let env = TestEnv::new();
    let out = env.ok(&[
        "calendar",
        "deadline",
        "--from",
        "2027-01-29",
        "--working-days",
        "10",
        "--explain",
    ]);
    assert!(out.starts_with("2027-02-19\n"), "{out}");
    assert!(out.contains("2027 has no official schedule"), "{out}");
    let list = env.ok(&["calendar", "list", "--year", "2027"]);
    assert!(list.contains("provisional"), "{list}");
}

#[test]
fn month_grid_marks_tet_and_make_up_saturday() {
    let env = TestEnv::new();
    let out = env.ok(&["calendar", "show", "2026-02", "--lunar"]);
    assert!(
        out.contains("17*(1/1)"),
        "Tết on 17/2 with lunar 1/1: {out}"
    );
    assert!(out.contains("Legend"), "{out}");
    let out = env.ok(&["calendar", "show", "01/2026"]);
    assert!(out.contains("10+"), "make-up Saturday 10/1: {out}");
    let year = env.ok(&["calendar", "show", "2026"]);
    assert!(year.contains("December 2026") && year.contains("January 2026"));
}

#[test]
fn list_year_in_every_format() {
    let env = TestEnv::new();
    let csv = env.ok(&["calendar", "list", "--year", "2026", "--format", "csv"]);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("csv row")).collect();
    assert_eq!(
        rows.len(),
        16,
        "13 weekday closures, 2 make-up Saturdays, 1 unconfirmed"
    );
    let culture = rows
        .iter()
        .find(|r| &r[0] == "2026-11-24")
        .expect("24/11 listed");
    assert_eq!(&culture[5], "unconfirmed");
    assert_eq!(&culture[6], "false");
    let json = env.json(&["calendar", "list", "--year", "2019"]);
    assert!(json
        .as_array()
        .expect("array")
        .iter()
        .any(|d| d["date"] == "2019-01-05" && d["kind"] == "workday"));
}

#[test]
fn office_override_changes_deadlines_and_is_in_history() {
    let env = TestEnv::ward();
    assert_eq!(
        env.ok(&[
            "calendar",
            "deadline",
            "--from",
            "2026-11-20",
            "--working-days",
            "3"
        ]),
        "2026-11-25\n"
    );
    env.ok(&[
        "calendar",
        "add-holiday",
        "2026-11-24",
        "--name",
        "Ngày Văn hóa Việt Nam",
        "--source",
        "QĐ 45/QĐ-UBND phường",
    ]);
    assert_eq!(
        env.ok(&[
            "calendar",
            "deadline",
            "--from",
            "2026-11-20",
            "--working-days",
            "3"
        ]),
        "2026-11-26\n"
    );
    let hist = env.json(&["history", "--kind", "calendar"]);
    assert_eq!(hist[0]["clerk"], "Trần Thị Lan");
    assert_eq!(hist[0]["action"], "add-holiday");
    env.ok(&["calendar", "remove", "2026-11-24"]);
    assert_eq!(
        env.ok(&[
            "calendar",
            "deadline",
            "--from",
            "2026-11-20",
            "--working-days",
            "3"
        ]),
        "2026-11-25\n"
    );
    // A make-up working day on a Saturday counts.
    env.ok(&["calendar", "add-workday", "2026-11-21", "--name", "Làm bù"]);
    assert_eq!(
        env.ok(&[
            "calendar",
            "deadline",
            "--from",
            "2026-11-20",
            "--working-days",
            "1"
        ]),
        "2026-11-21\n"
    );
    env.ok(&[
        "calendar",
        "add-holiday",
        "2026-12-28",
        "--to",
        "2026-12-30",
        "--name",
        "Nghỉ bão",
    ]);
    assert_eq!(
        env.sql::<i64>("SELECT count(*) FROM calendar_override WHERE kind = 'holiday'"),
        3
    );
}

#[test]
fn init_creates_a_private_database_where_asked() {
    if crate::support::file_only() {
        return;
    }
    let env = TestEnv::new();
    let out = env.ok(&["init", "--office", "Phường Hoàng Mai", "--level", "commune"]);
    assert!(out.contains("Phường Hoàng Mai"));
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(&env.db).expect("db").permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    // --db wins over DOITHOAI_DB.
    let other = env.path("khac.db");
    let other_arg = other.to_str().expect("utf8");
    env.ok(&["--db", other_arg, "init", "--office", "Phường Tương Mai"]);
    assert!(other.exists());
    assert_eq!(
        env.json(&["--db", other_arg, "agency", "list"]),
        serde_json::json!([])
    );
    // Only init creates a database: a mistyped path is refused, and nothing appears there.
    let typo = env.path("phuong-hoang-mia.db");
    for args in [
        vec!["agency", "list"],
        vec!["report", "overdue"],
        vec!["opinion", "list"],
        vec!["check"],
        vec!["agency", "add", "Phòng Nội vụ"],
    ] {
        let r = env
            .command()
            .arg("--db")
            .arg(&typo)
            .args(&args)
            .output()
            .expect("run");
        assert_eq!(r.status.code(), Some(4), "{args:?}");
        let stderr = String::from_utf8_lossy(&r.stderr);
        assert!(
            stderr.contains("no database at") && stderr.contains("doithoai init"),
            "{stderr}"
        );
        assert!(!typo.exists(), "{args:?} created {}", typo.display());
    }
}

#[test]
fn default_database_lives_in_the_platform_data_directory() {
    let env = TestEnv::new();
    let home = env.path("home");
    std::fs::create_dir(&home).expect("home");
    let r = env
        .command()
        .env_remove("DOITHOAI_DB")
        .env("HOME", &home)
        .env("XDG_DATA_HOME", home.join(".local/share"))
        .args(["init", "--office", "Phường Hoàng Mai"])
        .output()
        .expect("run");
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    assert!(home.join(".local/share/doithoai/doithoai.db").exists());
}

#[test]
fn shell_completions_need_no_database() {
    let env = TestEnv::new();
    let out = env.ok(&["completions", "bash"]);
    assert!(out.contains("_doithoai()") && out.contains("add-holiday"));
    assert!(!env.db.exists(), "completions must not create a database");
}

#[test]
fn counting_saturdays_moves_open_deadlines() {
    let env = TestEnv::ward();
    crate::support::held_session(&env, "2026-06-16");
    assert_eq!(
        env.json(&["session", "show", "1"])["session"]["conclusion_due"],
        "2026-06-30"
    );
    // From today (the default) the change leaves a session held before it as it was.
    let out = env.ok(&["init", "--office", "Phường Hoàng Mai", "--saturdays-count"]);
    assert!(!out.contains("moved"), "{out}");
    env.ok(&["check"]);
    env.ok(&[
        "init",
        "--office",
        "Phường Hoàng Mai",
        "--saturdays-count",
        "false",
    ]);
    // Effective from a day before the session, it moves the open deadline.
    let out = env.ok(&[
        "init",
        "--office",
        "Phường Hoàng Mai",
        "--saturdays-count",
        "--effective",
        "2026-06-01",
    ]);
    assert!(
        out.contains("R9 deadline of session 1 moved: 2026-06-30 → 2026-06-27"),
        "{out}"
    );
    env.ok(&["check"]);
}
