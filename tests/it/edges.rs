//! Edges found by an adversarial pass over reports and corrections; each failed before.

use crate::support::REFUSED;
use crate::support::{held_session, issue_notice, TestEnv};

fn ward(today: &str) -> TestEnv {
    let mut env = TestEnv::ward();
    env.today = today.into();
    env
}

fn assigned(env: &TestEnv) -> String {
    let s = held_session(env, "2026-03-10");
    env.ok(&[
        "opinion",
        "add",
        &s,
        "--category",
        "petition",
        "--content",
        "Đề nghị giải quyết ngập úng tổ 12",
    ]);
    issue_notice(env, &s, "2026-03-12", "12/TB-UBND", "Phòng Quản lý đô thị");
    s
}

#[test]
fn r12_a_second_timeline_notice_leaves_past_reports_as_they_were() {
    let env = ward("2026-05-15");
    assigned(&env);
    env.ok(&[
        "opinion",
        "extend",
        "1",
        "--notified-on",
        "2026-04-20",
        "--until",
        "2026-05-08",
        "--agency",
        "Phòng Quản lý đô thị",
    ]);
    let report = |env: &TestEnv| {
        (
            env.ok(&[
                "report",
                "overdue",
                "--as-of",
                "2026-05-11",
                "--format",
                "json",
            ]),
            env.ok(&[
                "report",
                "period",
                "--year",
                "2026",
                "--as-of",
                "2026-05-11",
                "--format",
                "json",
            ]),
        )
    };
    let before = report(&env);
    env.ok(&[
        "opinion",
        "extend",
        "1",
        "--notified-on",
        "2026-05-12",
        "--until",
        "2026-06-30",
        "--agency",
        "Phòng Tài chính - Kế hoạch",
        "--new-agency",
    ]);
    assert_eq!(report(&env), before);
    let now = env.json(&["report", "overdue", "--as-of", "2026-07-02"]);
    assert_eq!(now[0]["agency"], "Phòng Tài chính - Kế hoạch", "{now}");
}

#[test]
fn r10_a_change_of_reading_never_moves_r9_or_r10_and_holidays_still_move_them() {
    let env = ward("2026-06-20");
    let s = held_session(&env, "2026-06-16");
    let due = env.json(&["session", "show", &s])["session"]["conclusion_due"].clone();
    let out = env.ok(&[
        "init",
        "--office",
        "Phường Hoàng Mai",
        "--announcement-reading",
        "clear-days",
        "--effective",
        "2026-05-01",
    ]);
    // The file's path is in the output, and a temporary directory's name may hold "R9".
    let said = out.replace(env.db.to_str().expect("path"), "");
    assert!(!said.contains("R9"), "{out}");
    assert_eq!(
        env.json(&["session", "show", &s])["session"]["conclusion_due"],
        due
    );
    // A day off inside the open window still moves it.
    env.ok(&[
        "calendar",
        "add-holiday",
        "2026-06-22",
        "--name",
        "Bão số 3",
    ]);
    assert_ne!(
        env.json(&["session", "show", &s])["session"]["conclusion_due"],
        due
    );
    env.ok(&["check"]);
}

#[test]
fn r10_a_later_change_of_week_never_recounts_a_closed_lateness() {
    let env = ward("2026-06-20");
    assigned(&env);
    let r10 = env.json(&["opinion", "show", "1"])["opinion"]["response_due"]
        .as_str()
        .expect("due")
        .to_string();
    let late = env.ok(&[
        "calendar",
        "deadline",
        "--from",
        &r10,
        "--working-days",
        "3",
    ]);
    env.ok(&[
        "opinion",
        "respond",
        "1",
        "--on",
        late.trim(),
        "--doc",
        "30/UBND",
        "--summary",
        "Đã nạo vét",
    ]);
    let before = env.json(&[
        "report",
        "period",
        "--year",
        "2026",
        "--as-of",
        "2026-06-01",
    ]);
    env.ok(&[
        "init",
        "--office",
        "Phường Hoàng Mai",
        "--saturdays-count",
        "--effective",
        "2026-06-15",
    ]);
    let after = env.json(&[
        "report",
        "period",
        "--year",
        "2026",
        "--as-of",
        "2026-06-01",
    ]);
    assert_eq!(before["missed_in_period"], after["missed_in_period"]);
    assert_eq!(before["agencies"], after["agencies"]);
    env.ok(&["check"]);
}

#[test]
fn undo_of_a_hold_is_refused_once_someone_spoke_at_the_session() {
    let env = ward("2026-03-12");
    env.plan_session("Đối thoại", "regular", "2026-03-12");
    env.ok(&[
        "speaker",
        "register",
        "1",
        "--name",
        "Nguyễn Thị Mai",
        "--topic",
        "Ngõ 12",
    ]);
    env.ok(&["session", "hold", "1"]);
    let r = env
        .command()
        .env("DOITHOAI_CLERK", "Lê Thu Hà")
        .args(["speaker", "spoke", "1/1"])
        .output()
        .expect("run");
    assert!(r.status.success());
    let err = env.refused(&["undo", "--yes"], REFUSED);
    assert!(err.contains("Lê Thu Hà"), "{err}");
}

#[test]
fn r9_a_correction_is_never_dated_before_the_notice_it_corrects() {
    let env = ward("2026-06-20");
    let s = assigned(&env);
    env.refused(
        &[
            "conclusion",
            "issue",
            &s,
            "--on",
            "2026-03-11",
            "--doc",
            "12a/TB",
            "--signer",
            "X",
            "--replace",
            "--yes",
        ],
        REFUSED,
    );
}

#[test]
fn r8_routing_an_assigned_opinion_out_of_scope_keeps_past_reports() {
    let env = ward("2026-05-15");
    assigned(&env);
    let past = |env: &TestEnv| {
        env.ok(&[
            "report",
            "overdue",
            "--as-of",
            "2026-04-24",
            "--format",
            "json",
        ])
    };
    let before = past(&env);
    assert!(before.contains("\"R10\""), "{before}");
    env.ok(&["opinion", "out-of-scope", "1", "--as", "complaint"]);
    assert_eq!(past(&env), before);
}

#[test]
fn a_denouncer_is_not_named_in_the_history_or_found_by_name() {
    let env = ward("2026-03-12");
    env.plan_session("Đối thoại", "regular", "2026-03-12");
    env.ok(&[
        "speaker",
        "register",
        "1",
        "--name",
        "Lê Văn Cường",
        "--address",
        "tổ 2 Tân Mai",
        "--topic",
        "Sai phạm",
    ]);
    env.ok(&["session", "hold", "1"]);
    env.ok(&[
        "opinion",
        "add",
        "1",
        "--speaker",
        "1/1",
        "--category",
        "other",
        "--content",
        "Tố cáo cán bộ địa chính",
    ]);
    env.ok(&["opinion", "out-of-scope", "1", "--as", "denunciation"]);
    for args in [
        vec!["history"],
        vec!["history", "--format", "json"],
        vec!["export", "history", "--format", "csv"],
        vec!["opinion", "show", "1", "--format", "json"],
    ] {
        let out = env.ok(&args);
        assert!(
            !out.contains("Lê Văn Cường") && !out.contains("tổ 2"),
            "{args:?}: {out}"
        );
    }
    let found = env.json(&["opinion", "list", "--search", "Le Van Cuong"]);
    assert_eq!(found, serde_json::json!([]));
    let found = env.json(&["opinion", "list", "--search", "dia chinh"]);
    assert_eq!(found.as_array().map(Vec::len), Some(1));
}

#[test]
fn r4_a_session_never_ends_up_before_its_announcement() {
    let env = ward("2026-03-12");
    env.plan_session("Đối thoại", "regular", "2026-03-20");
    env.announce("1", "2026-03-12", "Loa phường");
    env.refused(
        &["session", "reschedule", "1", "--date", "2026-03-05"],
        REFUSED,
    );
    env.refused(&["session", "hold", "1", "--on", "2026-03-11"], REFUSED);
}

#[test]
fn r7_a_stop_dated_after_today_is_refused() {
    let env = ward("2026-03-10");
    let s = held_session(&env, "2026-03-10");
    env.refused(
        &[
            "session",
            "stop",
            &s,
            "--reason",
            "Mất trật tự",
            "--on",
            "2026-03-11",
        ],
        REFUSED,
    );
}

#[test]
fn an_agency_name_differing_only_in_case_or_marks_is_the_same_agency() {
    let env = ward("2026-03-10");
    env.ok(&["agency", "add", "Phòng Kinh tế"]);
    env.refused(&["agency", "add", "PHÒNG KINH TẾ"], REFUSED);
    env.refused(&["agency", "add", "phong kinh te"], REFUSED);
    // Correcting its own case is a rename.
    env.ok(&["agency", "rename", "Phòng Kinh tế", "Phòng Kinh Tế"]);
    assert_eq!(env.sql::<i64>("SELECT count(*) FROM agency"), 1);
}

#[test]
fn an_output_file_gets_the_format_its_name_says_and_never_a_table_by_accident() {
    let env = ward("2026-05-15");
    assigned(&env);
    env.ok(&[
        "export",
        "opinions",
        "--bom",
        "--semicolon",
        "--output",
        "q1.csv",
    ]);
    let csv = std::fs::read_to_string(env.path("q1.csv")).expect("csv");
    assert!(
        csv.starts_with('\u{FEFF}') && csv.contains("id;session_id"),
        "{csv}"
    );
    env.ok(&[
        "report",
        "overdue",
        "--as-of",
        "2026-06-01",
        "--output",
        "qua-han.json",
    ]);
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(env.path("qua-han.json")).expect("json"))
            .expect("valid JSON");
    assert!(json.is_array());
    env.refused(&["export", "opinions", "--output", "q1.txt"], 2);
    env.refused(&["export", "opinions", "--format", "json", "--bom"], 2);
    assert!(!env.path("q1.txt").exists());
}

#[test]
fn exports_take_the_period_asked_by_the_records_own_date() {
    let env = ward("2026-09-30");
    assigned(&env); // session of 10/3/2026
    let s2 = held_session(&env, "2026-07-14");
    env.ok(&[
        "opinion",
        "add",
        &s2,
        "--category",
        "petition",
        "--content",
        "Đề nghị lắp đèn ngõ 38",
    ]);
    let count = |args: &[&str]| -> usize {
        let mut all = vec!["export"];
        all.extend_from_slice(args);
        all.extend(["--format", "json"]);
        let out = env.ok(&all);
        serde_json::from_str::<serde_json::Value>(&out)
            .expect("json")
            .as_array()
            .map_or(0, Vec::len)
    };
    assert_eq!(count(&["opinions", "--quarter", "2026-Q3"]), 1);
    assert_eq!(count(&["opinions", "--year", "2026"]), 2);
    assert_eq!(
        count(&["opinions", "--from", "2026-03-01", "--to", "2026-03-31"]),
        1
    );
    assert_eq!(count(&["sessions", "--half", "2026-H1"]), 1);
    assert_eq!(count(&["registrations", "--year", "2025"]), 0);
    // By due date: the first opinion is due (R10) in April–May 2026.
    assert_eq!(
        count(&["opinions", "--by", "due", "--quarter", "2026-Q2"]),
        1
    );
    env.refused(
        &[
            "export",
            "opinions",
            "--quarter",
            "2026-Q3",
            "--year",
            "2026",
        ],
        2,
    );
}
