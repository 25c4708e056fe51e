//! Reports tell the truth on any date, and every rule holds at its edges (issue 10). Each test
//! is named after its rule; each failed on the code before.

use crate::support::{add_opinion, held_session, issue_notice, TestEnv};
use crate::support::{REFUSED, USAGE};

/// The n-th working day after `from`, as the tool computes it.
fn working_day(env: &TestEnv, from: &str, n: u32) -> String {
    env.ok(&[
        "calendar",
        "deadline",
        "--from",
        from,
        "--working-days",
        &n.to_string(),
    ])
    .trim()
    .to_string()
}

/// A ward whose session of 16/6/2025 got its notice on 25/6/2025; one opinion assigned.
fn assigned_ward() -> (TestEnv, String, String, String) {
    let mut env = TestEnv::ward();
    env.today = "2025-12-31".into();
    let s = held_session(&env, "2025-06-16");
    let o = add_opinion(&env, &s, "Đề nghị sửa chữa đường ngõ 12 phố Tân Mai");
    issue_notice(&env, &s, "2025-06-25", "15/TB-UBND", "Phòng Quản lý đô thị");
    let due = env.json(&["opinion", "show", &o])["opinion"]["response_due"]
        .as_str()
        .expect("R10 due")
        .to_string();
    (env, s, o, due)
}

#[test]
fn r10_a_report_for_a_past_date_is_the_same_before_and_after_later_acts() {
    let (env, _, o, due) = assigned_ward();
    let day_after = working_day(&env, &due, 1);
    let answered = working_day(&env, &due, 2);
    let report = |env: &TestEnv| {
        env.ok(&[
            "report", "overdue", "--as-of", &day_after, "--format", "json",
        ])
    };
    let before = report(&env);
    let v: serde_json::Value = serde_json::from_str(&before).expect("json");
    let item = v
        .as_array()
        .expect("rows")
        .iter()
        .find(|r| {
            r["record_kind"] == "opinion"
                && r["record_id"].as_i64().map(|n| n.to_string()) == Some(o.clone())
        })
        .expect("the opinion is listed");
    assert_eq!(item["days"], 1, "{before}");
    env.ok(&[
        "opinion",
        "respond",
        &o,
        "--on",
        &answered,
        "--doc",
        "125/UBND-QLĐT",
        "--summary",
        "Đã lên kế hoạch sửa chữa",
    ]);
    assert_eq!(report(&env), before, "a later answer changed a past report");
    // The period report as of that day counts it as open and overdue, before and after.
    let period =
        |env: &TestEnv| env.json(&["report", "period", "--year", "2025", "--as-of", &day_after]);
    let p = period(&env);
    assert_eq!(p["opinions_by_outcome"]["overdue"], 1);
    assert_eq!(p["opinions_by_outcome"]["answered-late"], 0);
    // As of the answer's day it is answered late.
    let later = env.json(&["report", "period", "--year", "2025", "--as-of", &answered]);
    assert_eq!(later["opinions_by_outcome"]["answered-late"], 1);
}

#[test]
fn r4_an_announcement_made_later_leaves_the_earlier_days_overdue() {
    let mut env = TestEnv::ward();
    env.today = "2025-04-30".into();
    env.plan_session("Đối thoại về trật tự đô thị", "periodic", "2025-04-25");
    env.announce("1", "2025-04-20", "Đài truyền thanh phường");
    let v = env.json(&["report", "overdue", "--as-of", "2025-04-19"]);
    assert!(
        v.as_array()
            .expect("rows")
            .iter()
            .any(|r| r["rule"] == "R4" && r["record_id"] == 1),
        "{v}"
    );
    let v = env.json(&["report", "overdue", "--as-of", "2025-04-21"]);
    assert!(!v
        .as_array()
        .expect("rows")
        .iter()
        .any(|r| r["rule"] == "R4"));
}

#[test]
fn r11_a_forward_is_handled_but_never_counted_as_an_answer() {
    let (env, _, o, _) = assigned_ward();
    env.ok(&[
        "opinion",
        "forward",
        &o,
        "--to",
        "Sở Xây dựng Hà Nội",
        "--on",
        "2025-07-10",
    ]);
    let p = env.json(&["report", "period", "--year", "2025"]);
    assert_eq!(p["opinions_by_outcome"]["forwarded-on-time"], 1);
    assert_eq!(p["opinions_by_outcome"]["answered-on-time"], 0);
    let a = &p["agencies"][0];
    assert_eq!(a["forwarded_on_time"], 1);
    assert_eq!(a["answered_on_time"], 0);
    assert_eq!(a["on_time_rate"], 1.0);
}

#[test]
fn r12_a_late_timeline_notice_stays_an_r10_breach_and_names_one_agency() {
    let (env, _, o, due) = assigned_ward();
    let notified = working_day(&env, &due, 3);
    let in_breach = working_day(&env, &due, 1);
    env.ok(&[
        "opinion",
        "extend",
        "--new-agency",
        &o,
        "--notified-on",
        &notified,
        "--until",
        "2025-10-31",
        "--agency",
        "Ban Quản lý dự án phường",
    ]);
    // The opinion itself keeps the breach on record.
    let shown = env.json(&["opinion", "show", &o]);
    assert_eq!(shown["r10_breach"]["rule"], "R10", "{shown}");
    assert_eq!(shown["r10_breach"]["state"], "late");
    assert_eq!(shown["r10_breach"]["days"], 3);
    let table = env.ok(&["opinion", "list"]);
    assert!(table.contains("R10 missed"), "{table}");
    // As of a day inside the breach, R10 is overdue with the lead agency.
    let v = env.json(&["report", "overdue", "--as-of", &in_breach]);
    let item = &v[0];
    assert_eq!(item["rule"], "R10", "{v}");
    assert_eq!(item["agency"], "Phòng Quản lý đô thị");
    // After the timeline notice, R12 with the agency it named — in every report.
    let v = env.json(&["report", "overdue", "--as-of", "2025-11-05"]);
    assert_eq!(v[0]["rule"], "R12", "{v}");
    assert_eq!(v[0]["agency"], "Ban Quản lý dự án phường");
    let p = env.json(&[
        "report",
        "period",
        "--year",
        "2025",
        "--as-of",
        "2025-11-05",
    ]);
    assert_eq!(p["timeline_notices_late"], 1);
    assert!(p["missed_in_period"]
        .as_array()
        .expect("late")
        .iter()
        .any(|l| l["rule"] == "R10" && l["state"] == "late"));
    assert_eq!(p["agencies"][0]["agency"], "Ban Quản lý dự án phường");
    let agencies = env.json(&["agency", "list"]);
    let pending_with = |name: &str| {
        agencies
            .as_array()
            .expect("agencies")
            .iter()
            .find(|a| a["name"] == name)
            .map(|a| a["pending"].clone())
    };
    assert_eq!(pending_with("Ban Quản lý dự án phường"), Some(1.into()));
    assert_eq!(pending_with("Phòng Quản lý đô thị"), Some(0.into()));
}

#[test]
fn r12_a_target_before_the_r10_due_date_is_refused() {
    let (env, _, o, _) = assigned_ward();
    let err = env.refused(
        &[
            "opinion",
            "extend",
            "--new-agency",
            &o,
            "--notified-on",
            "2025-07-01",
            "--until",
            "2025-07-15",
            "--agency",
            "Phòng Quản lý đô thị",
        ],
        REFUSED,
    );
    assert!(err.contains("R10 due date"), "{err}");
}

#[test]
fn r9_a_corrected_notice_keeps_the_first_r10_due_unless_it_assigns_anew() {
    let mut env = TestEnv::ward();
    env.today = "2026-09-30".into();
    let s = held_session(&env, "2026-07-14");
    let kept = add_opinion(&env, &s, "Đề nghị lắp đèn chiếu sáng ngõ 38");
    let moved = add_opinion(&env, &s, "Đề nghị nạo vét mương thoát nước tổ 12");
    issue_notice(&env, &s, "2026-07-22", "20/TB-UBND", "Phòng Quản lý đô thị");
    let first_due = env.json(&["opinion", "show", &kept])["opinion"]["response_due"].clone();
    let out = env.ok(&[
        "conclusion",
        "issue",
        "--new-agency",
        &s,
        "--on",
        "2026-08-28",
        "--doc",
        "20a/TB-UBND",
        "--signer",
        "Nguyễn Văn Hùng",
        "--replace",
        "--yes",
        "--assign",
        &format!("{moved}=Phòng Tài nguyên và Môi trường"),
        "--assign",
        &format!("{kept}=Phòng Quản lý đô thị"),
    ]);
    assert!(out.contains("R10 due date kept"), "{out}");
    assert_eq!(
        env.json(&["opinion", "show", &kept])["opinion"]["response_due"],
        first_due
    );
    let anew = env.json(&["opinion", "show", &moved])["opinion"]["response_due"].clone();
    assert_ne!(
        anew, first_due,
        "assigned anew: 30 working days from the correction"
    );
    env.ok(&["check"]);
}

#[test]
fn r9_acts_dated_after_today_are_refused_and_nothing_is_written() {
    let (env, s, o, _) = assigned_ward();
    for args in [
        vec![
            "opinion",
            "respond",
            o.as_str(),
            "--on",
            "01/05/2027",
            "--doc",
            "1/UBND",
            "--summary",
            "x",
        ],
        vec![
            "opinion",
            "forward",
            o.as_str(),
            "--to",
            "Sở Xây dựng",
            "--on",
            "2026-03-01",
        ],
        vec![
            "opinion",
            "extend",
            "--new-agency",
            o.as_str(),
            "--notified-on",
            "2026-02-01",
            "--until",
            "2026-06-30",
            "--agency",
            "Phòng Quản lý đô thị",
        ],
        vec![
            "conclusion",
            "issue",
            "--new-agency",
            s.as_str(),
            "--on",
            "2026-01-05",
            "--doc",
            "2/TB",
            "--signer",
            "x",
            "--replace",
            "--yes",
        ],
    ] {
        let err = env.refused(&args, REFUSED);
        assert!(err.contains("after today"), "{args:?}: {err}");
    }
    // A session is not held, stopped or announced ahead of time.
    env.plan_session("Đối thoại quý I/2026", "periodic", "2026-03-10");
    env.refused(&["session", "hold", "2"], REFUSED);
    env.refused(
        &["session", "stop", "2", "--reason", "Mất trật tự"],
        REFUSED,
    );
    env.refused(
        &[
            "session",
            "announce",
            "2",
            "--on",
            "2026-03-01",
            "--channel",
            "Loa phường",
        ],
        REFUSED,
    );
    // An announcement dated after the session's day is refused.
    env.refused(
        &[
            "session",
            "announce",
            "1",
            "--on",
            "2025-06-20",
            "--channel",
            "Loa phường",
        ],
        REFUSED,
    );
    // Nobody has spoken at a session not yet held.
    env.ok(&[
        "speaker",
        "register",
        "2",
        "--name",
        "Nguyễn Thị Mai",
        "--topic",
        "Đường ngõ 12",
    ]);
    let err = env.refused(&["speaker", "spoke", "1"], REFUSED);
    assert!(err.contains("not been held"), "{err}");
}

#[test]
fn r4_an_announcement_recorded_after_the_session_is_kept_and_flagged() {
    let (env, s, _, _) = assigned_ward();
    let r = env.run(&[
        "session",
        "announce",
        &s,
        "--on",
        "2025-06-12",
        "--channel",
        "Đài truyền thanh phường",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("R4"), "flagged late: {}", r.stderr);
    // Once is enough.
    env.refused(
        &[
            "session",
            "announce",
            &s,
            "--on",
            "2025-06-12",
            "--channel",
            "Loa phường",
        ],
        REFUSED,
    );
}

#[test]
fn r7_a_stop_after_the_hold_keeps_the_hold_date_and_r9() {
    let (env, s, _, _) = assigned_ward();
    let before = env.json(&["session", "show", &s])["session"].clone();
    let mut env2 = TestEnv::ward();
    env2.today = "2025-12-31".into();
    let s2 = held_session(&env2, "2025-06-16");
    let due = env2.json(&["session", "show", &s2])["session"]["conclusion_due"].clone();
    let out = env2.ok(&[
        "session",
        "stop",
        &s2,
        "--on",
        "2025-06-20",
        "--reason",
        "Mất trật tự",
    ]);
    assert!(out.contains("stopped"), "{out}");
    let after = env2.json(&["session", "show", &s2])["session"].clone();
    assert_eq!(after["held_on"], "2025-06-16");
    assert_eq!(after["conclusion_due"], due);
    assert_eq!(before["held_on"], "2025-06-16");
}

#[test]
fn r2_an_online_session_needs_its_link() {
    let env = TestEnv::ward();
    let err = env.refused(
        &[
            "session",
            "plan",
            "--title",
            "Đối thoại trực tuyến",
            "--kind",
            "regular",
            "--form",
            "online",
            "--date",
            "2026-09-15",
            "--chair-role",
            "committee-chair",
            "--chair",
            "Nguyễn Văn Hùng",
        ],
        USAGE,
    );
    assert!(err.contains("--venue"), "{err}");
}

#[test]
fn r3_the_plan_counts_the_office_level_by_the_day_held() {
    let mut env = TestEnv::ward();
    env.today = "2026-01-20".into();
    // Planned for late 2025, held on 5/1/2026: counts as held in 2026, not 2025.
    env.plan_session("Đối thoại định kỳ", "periodic", "2025-12-30");
    env.ok(&["session", "hold", "1", "--on", "2026-01-05"]);
    let y2026 = env.json(&["report", "plan", "--year", "2026"]);
    let chair = y2026
        .as_array()
        .expect("rows")
        .iter()
        .find(|r| r["chair_role"] == "committee-chair")
        .cloned()
        .expect("row");
    assert_eq!(chair["periodic_held"], 1);
    // A new district-level session after 1/7/2025 is refused (two-level government)…
    let err = env.refused(
        &[
            "session",
            "plan",
            "--title",
            "Đối thoại cấp quận",
            "--kind",
            "periodic",
            "--date",
            "2026-03-10",
            "--level",
            "district",
            "--chair-role",
            "party-secretary",
            "--chair",
            "Lê Văn Tám",
        ],
        USAGE,
    );
    assert!(err.contains("two levels"), "{err}");
    // …and one already in the file (recorded by an older version) is flagged, not counted.
    env.ok(&[
        "session",
        "plan",
        "--title",
        "Đối thoại cấp quận",
        "--kind",
        "periodic",
        "--date",
        "2026-03-10",
        "--chair-role",
        "party-secretary",
        "--chair",
        "Lê Văn Tám",
    ]);
    env.tamper("UPDATE session SET level = 'district' WHERE id = 2");
    let r = env.run(&["report", "plan", "--year", "2026", "--format", "json"]);
    assert!(r.stderr.contains("district"), "{}", r.stderr);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("json");
    let secretary = v
        .as_array()
        .expect("rows")
        .iter()
        .find(|r| r["chair_role"] == "party-secretary")
        .cloned()
        .expect("row");
    assert_eq!(secretary["periodic_planned"], 0);
}

#[test]
fn r13_a_backwards_period_is_a_usage_error() {
    let env = TestEnv::ward();
    env.refused(
        &[
            "report",
            "period",
            "--from",
            "2026-09-30",
            "--to",
            "2026-07-01",
        ],
        USAGE,
    );
}

#[test]
fn provisional_years_are_said_wherever_a_deadline_is_printed() {
    let env = TestEnv::ward();
    let r = env.run(&[
        "calendar",
        "deadline",
        "--from",
        "2027-01-04",
        "--working-days",
        "10",
    ]);
    assert_eq!(r.code, 0);
    assert!(
        r.stderr.contains("2027") && r.stderr.contains("provisional"),
        "{}",
        r.stderr
    );
    assert_eq!(r.stdout.trim().lines().count(), 1, "stdout stays the date");
    let r = env.run(&[
        "session",
        "plan",
        "--title",
        "Đối thoại đầu năm 2027",
        "--kind",
        "periodic",
        "--date",
        "2027-02-23",
        "--chair-role",
        "committee-chair",
        "--chair",
        "Nguyễn Văn Hùng",
    ]);
    assert!(r.stderr.contains("provisional"), "{}", r.stderr);
    let r = env.run(&[
        "calendar",
        "deadline",
        "--from",
        "2026-03-02",
        "--working-days",
        "10",
    ]);
    assert!(!r.stderr.contains("provisional"), "{}", r.stderr);
}

#[test]
fn denouncers_are_not_named_in_lists_or_exports_unless_asked_and_recorded() {
    let mut env = TestEnv::ward();
    env.today = "2026-07-20".into();
    env.plan_session("Đối thoại về quản lý đất đai", "periodic", "2026-06-16");
    let s = "1".to_string();
    env.ok(&[
        "speaker",
        "register",
        &s,
        "--name",
        "Trần Văn Bình",
        "--address",
        "Số 7 ngõ 40 Tân Mai",
        "--topic",
        "Sai phạm đất đai",
    ]);
    env.ok(&["session", "hold", &s]);
    env.ok(&[
        "opinion",
        "add",
        &s,
        "--speaker",
        "1",
        "--category",
        "other",
        "--content",
        "Tố cáo cán bộ địa chính nhận tiền của hộ dân",
    ]);
    env.ok(&["opinion", "out-of-scope", "1", "--as", "denunciation"]);
    for args in [
        vec!["speaker", "list", s.as_str(), "--format", "csv"],
        vec!["opinion", "list", "--format", "csv"],
        vec!["opinion", "list", "--format", "json"],
        vec!["export", "registrations", "--format", "csv"],
        vec!["export", "opinions", "--format", "csv"],
        vec!["session", "show", s.as_str(), "--format", "json"],
        vec!["session", "show", s.as_str()],
    ] {
        let out = env.ok(&args);
        assert!(
            !out.contains("Trần Văn Bình"),
            "{args:?} names the denouncer: {out}"
        );
        assert!(!out.contains("ngõ 40"), "{args:?} gives the address: {out}");
    }
    let before = env.sql::<i64>("SELECT count(*) FROM event WHERE action = 'disclose-protected'");
    let out = env.ok(&[
        "--include-protected",
        "speaker",
        "list",
        &s,
        "--format",
        "csv",
    ]);
    assert!(out.contains("Trần Văn Bình"), "{out}");
    assert_eq!(
        env.sql::<i64>("SELECT count(*) FROM event WHERE action = 'disclose-protected'"),
        before + 1
    );
}

/// A corrected notice that gives an opinion to another agency starts a new R10 from the
/// correction, but it does not reach back: as of a day before it, the first assignment was in
/// force, its due date missed, its agency responsible.
#[test]
fn r10_a_later_correction_does_not_erase_an_earlier_overdue() {
    let (mut env, s, o, due) = assigned_ward();
    env.today = "2025-12-01".into();
    let in_breach = working_day(&env, &due, 10);
    let reports = |env: &TestEnv| {
        (
            env.ok(&[
                "report", "overdue", "--as-of", &in_breach, "--format", "json",
            ]),
            env.ok(&[
                "report", "period", "--year", "2025", "--as-of", &in_breach, "--format", "json",
            ]),
        )
    };
    let before = reports(&env);
    assert!(before.0.contains("\"R10\""), "{}", before.0);
    assert!(before.0.contains("Phòng Quản lý đô thị"), "{}", before.0);
    env.ok(&[
        "conclusion",
        "issue",
        "--new-agency",
        &s,
        "--on",
        "2025-11-27",
        "--doc",
        "15a/TB-UBND",
        "--signer",
        "Nguyễn Văn Hùng",
        "--replace",
        "--yes",
        "--assign",
        &format!("{o}=Phòng Tài nguyên và Môi trường"),
    ]);
    assert_eq!(reports(&env), before, "the correction reached back");
    // From the correction on, the new agency and its own 30 working days.
    let v = env.json(&["opinion", "show", &o]);
    assert_eq!(v["opinion"]["agency"], "Phòng Tài nguyên và Môi trường");
    let after = env.json(&["report", "overdue", "--as-of", "2025-12-01"]);
    assert!(
        after
            .as_array()
            .expect("rows")
            .iter()
            .all(|r| r["record_kind"] != "opinion"),
        "{after}"
    );
}

/// R12: an answer that met the target of a timeline notice sent after the R10 due date is
/// still late — the person had neither answer nor timeline within 30 working days.
#[test]
fn r12_an_answer_after_a_late_timeline_notice_counts_late() {
    let (env, _, o, due) = assigned_ward();
    let notified = working_day(&env, &due, 3);
    env.ok(&[
        "opinion",
        "extend",
        &o,
        "--notified-on",
        &notified,
        "--until",
        "2025-10-31",
        "--agency",
        "Phòng Quản lý đô thị",
    ]);
    env.ok(&[
        "opinion",
        "respond",
        &o,
        "--on",
        "2025-10-15",
        "--doc",
        "140/UBND-QLĐT",
        "--summary",
        "Đã nạo vét xong",
    ]);
    let p = env.json(&[
        "report",
        "period",
        "--year",
        "2025",
        "--as-of",
        "2025-12-31",
    ]);
    // One breach, listed once: the late timeline notice's.
    let r10_items = p["missed_in_period"]
        .as_array()
        .expect("late")
        .iter()
        .filter(|l| {
            l["rule"] == "R10" && l["record_id"].as_i64().map(|n| n.to_string()) == Some(o.clone())
        })
        .count();
    assert_eq!(r10_items, 1, "{p}");
    assert_eq!(p["written_answers"]["on_time"], 0, "{p}");
    assert_eq!(p["written_answers"]["late"], 1, "{p}");
    assert_eq!(p["opinions_by_outcome"]["answered-late"], 1, "{p}");
    assert_eq!(p["agencies"][0]["answered_late"], 1, "{p}");
}

/// R4 for a session that took place on another day than planned: the announcement was due
/// 7 days before the day it was held; the clerk is told, so a mistyped date is seen.
#[test]
fn r4_a_session_held_earlier_than_planned_is_judged_from_the_day_held() {
    let mut env = TestEnv::ward();
    env.today = "2026-11-29".into();
    env.plan_session("Đối thoại định kỳ quý IV", "periodic", "2026-11-20");
    let r = env.run(&["session", "hold", "1", "--on", "2026-11-09"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains("2026-11-20") && r.stderr.contains("2026-11-09"),
        "{}",
        r.stderr
    );
    let v = env.json(&["session", "show", "1"]);
    assert_eq!(v["session"]["announce_due"], "2026-11-02", "{v}");
    let r4 = v["deadlines"]
        .as_array()
        .expect("deadlines")
        .iter()
        .find(|d| d["rule"] == "R4")
        .cloned()
        .expect("R4");
    // Never announced: overdue from its due date to the day held, not to the planned day.
    assert_eq!(r4["days"], 7, "{r4}");
    assert_eq!(r4["state"], "overdue", "{r4}");
    env.ok(&["check"]);
}

/// R12: the written answer to an extended opinion comes after its timeline notice, never
/// before it; the refusal names both dates and writes nothing.
#[test]
fn r12_an_answer_dated_before_the_timeline_notice_is_refused() {
    let (env, _, o, _) = assigned_ward();
    env.ok(&[
        "opinion",
        "extend",
        &o,
        "--notified-on",
        "2025-07-30",
        "--until",
        "2025-10-31",
        "--agency",
        "Phòng Quản lý đô thị",
    ]);
    for verb in [
        vec![
            "opinion",
            "respond",
            &o,
            "--on",
            "2025-07-28",
            "--doc",
            "1/UBND",
            "--summary",
            "x",
        ],
        vec![
            "opinion",
            "forward",
            &o,
            "--to",
            "Sở Xây dựng Hà Nội",
            "--on",
            "2025-07-28",
        ],
    ] {
        let err = env.refused(&verb, REFUSED);
        assert!(
            err.contains("2025-07-28") && err.contains("2025-07-30"),
            "{err}"
        );
        assert!(err.contains("timeline notice"), "{err}");
    }
}

/// The agency an overdue opinion is charged to on a day, in the overdue report as of that day.
fn charged_to(env: &TestEnv, o: &str, day: &str) -> serde_json::Value {
    let v = env.json(&["report", "overdue", "--as-of", day]);
    v.as_array()
        .expect("rows")
        .iter()
        .find(|r| {
            r["record_kind"] == "opinion"
                && r["record_id"].as_i64().map(|n| n.to_string()).as_deref() == Some(o)
        })
        .map(|r| r["agency"].clone())
        .unwrap_or(serde_json::Value::Null)
}

/// `opinion reassign` moves the opinion from its day on: a report for an earlier day still
/// names the agency responsible then; the day cannot precede the notice, a later act or an
/// earlier reassignment, nor follow today; an undo takes the day back too.
#[test]
fn r10_a_reassignment_counts_from_its_day() {
    let (env, _, o, _) = assigned_ward();
    let before = env.ok(&[
        "report",
        "period",
        "--year",
        "2025",
        "--as-of",
        "2025-09-01",
        "--format",
        "json",
    ]);
    assert_eq!(charged_to(&env, &o, "2025-09-01"), "Phòng Quản lý đô thị");
    for (on, why) in [
        ("2025-06-20", "before the notice"),
        ("2026-01-05", "after today"),
    ] {
        let err = env.refused(
            &[
                "opinion",
                "reassign",
                &o,
                "--agency",
                "Phòng Quản lý đô thị",
                "--on",
                on,
            ],
            REFUSED,
        );
        assert!(err.contains(on), "{why}: {err}");
    }
    env.ok(&[
        "opinion",
        "reassign",
        &o,
        "--new-agency",
        "--agency",
        "Phòng Tài nguyên và Môi trường",
        "--on",
        "2025-10-01",
    ]);
    assert_eq!(charged_to(&env, &o, "2025-09-01"), "Phòng Quản lý đô thị");
    assert_eq!(
        charged_to(&env, &o, "2025-10-01"),
        "Phòng Tài nguyên và Môi trường"
    );
    assert_eq!(
        env.ok(&[
            "report",
            "period",
            "--year",
            "2025",
            "--as-of",
            "2025-09-01",
            "--format",
            "json",
        ]),
        before,
        "a later reassignment changed a past report"
    );
    let err = env.refused(
        &[
            "opinion",
            "reassign",
            &o,
            "--agency",
            "Phòng Quản lý đô thị",
            "--on",
            "2025-09-15",
        ],
        REFUSED,
    );
    assert!(err.contains("2025-10-01"), "{err}");
    env.ok(&["undo", "--yes"]);
    assert_eq!(charged_to(&env, &o, "2025-10-01"), "Phòng Quản lý đô thị");
    env.ok(&["check"]);
}

/// Reassigning an extended opinion hands its timeline to the new agency in every view — the
/// opinion, today's overdue report, the period's agency table — from the day of the move.
#[test]
fn r12_a_reassigned_extended_opinion_is_answered_by_the_new_agency() {
    let (env, _, o, _) = assigned_ward();
    env.ok(&[
        "opinion",
        "extend",
        &o,
        "--notified-on",
        "2025-07-30",
        "--until",
        "2025-10-31",
        "--agency",
        "Phòng Quản lý đô thị",
    ]);
    env.ok(&[
        "opinion",
        "reassign",
        &o,
        "--new-agency",
        "--agency",
        "Ban Quản lý dự án phường",
        "--on",
        "2025-09-10",
    ]);
    let v = env.json(&["opinion", "show", &o]);
    assert_eq!(v["opinion"]["agency"], "Ban Quản lý dự án phường", "{v}");
    assert_eq!(
        v["opinion"]["extension_agency"], "Ban Quản lý dự án phường",
        "{v}"
    );
    assert_eq!(
        charged_to(&env, &o, "2025-12-31"),
        "Ban Quản lý dự án phường"
    );
    assert_eq!(
        charged_to(&env, &o, "2025-11-05"),
        "Ban Quản lý dự án phường"
    );
    let p = env.json(&[
        "report",
        "period",
        "--year",
        "2025",
        "--as-of",
        "2025-12-31",
    ]);
    assert_eq!(
        p["agencies"][0]["agency"], "Ban Quản lý dự án phường",
        "{p}"
    );
    assert_eq!(p["agencies"].as_array().map(Vec::len), Some(1), "{p}");
    // Before the move, the timeline's own agency.
    let p = env.json(&[
        "report",
        "period",
        "--year",
        "2025",
        "--as-of",
        "2025-09-01",
    ]);
    assert_eq!(p["agencies"][0]["agency"], "Phòng Quản lý đô thị", "{p}");
    env.ok(&["check"]);
}

/// Merging an agency that named a timeline notice and a reassignment moves those dated acts
/// too: the merge succeeds and past reports name the agency it became.
#[test]
fn r12_merging_an_agency_moves_its_timeline_notices_and_reassignments() {
    let (env, _, o, _) = assigned_ward();
    env.ok(&[
        "opinion",
        "extend",
        "--new-agency",
        &o,
        "--notified-on",
        "2025-07-30",
        "--until",
        "2025-10-31",
        "--agency",
        "Phòng QLĐT",
    ]);
    env.ok(&[
        "opinion",
        "reassign",
        &o,
        "--agency",
        "Phòng QLĐT",
        "--on",
        "2025-09-10",
    ]);
    env.ok(&[
        "agency",
        "merge",
        "--yes",
        "Phòng QLĐT",
        "Phòng Quản lý đô thị",
    ]);
    assert_eq!(charged_to(&env, &o, "2025-12-31"), "Phòng Quản lý đô thị");
    assert_eq!(charged_to(&env, &o, "2025-11-05"), "Phòng Quản lý đô thị");
    env.ok(&["check"]);
}

/// A report for a day after today is a forecast: it runs, and says so on stderr.
#[test]
fn r13_a_report_for_a_day_after_today_is_said_to_be_a_forecast() {
    let (env, _, _, _) = assigned_ward();
    for report in ["overdue", "period"] {
        let mut args = vec!["report", report, "--as-of", "2026-01-05"];
        if report == "period" {
            args.extend(["--year", "2025"]);
        }
        let r = env.run(&args);
        assert_eq!(r.code, 0, "{}", r.stderr);
        assert!(
            r.stderr.contains("2026-01-05") && r.stderr.contains("forecast"),
            "{}",
            r.stderr
        );
    }
}

/// Acts about an opinion's agency keep their order: a reassignment to the agency already in
/// charge changes nothing; a timeline notice or a corrected notice dated before a reassignment
/// already recorded is refused and writes nothing; a timeline notice dated the day of a
/// reassignment counts in the order the two were recorded.
#[test]
fn r10_agency_acts_keep_their_order() {
    let (env, s, o, _) = assigned_ward();
    // The agency already in charge: nothing changes, nothing is recorded.
    let before = env.dump();
    let out = env.ok(&[
        "opinion",
        "reassign",
        &o,
        "--agency",
        "Phòng Quản lý đô thị",
    ]);
    assert!(out.contains("already"), "{out}");
    assert_eq!(env.dump(), before);
    env.ok(&[
        "opinion",
        "reassign",
        &o,
        "--new-agency",
        "--agency",
        "Phòng Kinh tế",
        "--on",
        "2025-08-10",
    ]);
    let err = env.refused(
        &[
            "opinion",
            "extend",
            &o,
            "--notified-on",
            "2025-08-05",
            "--until",
            "2025-10-30",
            "--agency",
            "Phòng Kinh tế",
        ],
        REFUSED,
    );
    assert!(err.contains("2025-08-10"), "{err}");
    let err = env.refused(
        &[
            "conclusion",
            "issue",
            &s,
            "--on",
            "2025-08-01",
            "--doc",
            "15a/TB-UBND",
            "--signer",
            "Nguyễn Văn Hùng",
            "--replace",
            "--yes",
            "--assign",
            &format!("{o}=Phòng Quản lý đô thị"),
        ],
        REFUSED,
    );
    assert!(err.contains("2025-08-10"), "{err}");
    // The day of the reassignment: accepted, and counted after it as recorded — the agency the
    // timeline notice names holds the opinion from the end of that day. A clerk's words.
    let r = env.run_vi(&[
        "y-kien",
        "gia-han",
        &o,
        "--notified-on",
        "10/08/2025",
        "--until",
        "30/10/2025",
        "--new-agency",
        "--agency",
        "Phòng Tài nguyên và Môi trường",
    ]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    let overdue = env.json(&["report", "overdue", "--as-of", "2025-11-05"]);
    let held_by = |overdue: &serde_json::Value| {
        overdue.as_array().expect("rows")[0]["responsible"]
            .as_str()
            .expect("responsible")
            .to_string()
    };
    assert_eq!(held_by(&overdue), "Phòng Tài nguyên và Môi trường");
    // Recorded the other way round (the timeline notice first, then the reassignment of that
    // day): the reassignment's agency holds it.
    let (other, _, o2, _) = assigned_ward();
    other.ok(&[
        "opinion",
        "extend",
        &o2,
        "--notified-on",
        "2025-08-10",
        "--until",
        "2025-10-30",
        "--new-agency",
        "--agency",
        "Phòng Tài nguyên và Môi trường",
    ]);
    other.ok(&[
        "opinion",
        "reassign",
        &o2,
        "--new-agency",
        "--agency",
        "Phòng Kinh tế",
        "--on",
        "2025-08-10",
    ]);
    let overdue = other.json(&["report", "overdue", "--as-of", "2025-11-05"]);
    assert_eq!(held_by(&overdue), "Phòng Kinh tế");
}

/// The agencies of the period report: a breach is charged to the agency that held the opinion
/// when its deadline passed, not to the one that took it over later.
#[test]
fn r13_a_breach_is_charged_to_the_agency_that_let_the_deadline_pass() {
    let (env, _, o, due) = assigned_ward();
    let after_due = working_day(&env, &due, 10);
    env.ok(&[
        "opinion",
        "reassign",
        &o,
        "--new-agency",
        "--agency",
        "Phòng Kinh tế",
        "--on",
        &after_due,
    ]);
    let p = env.json(&[
        "report",
        "period",
        "--year",
        "2025",
        "--as-of",
        "2025-12-31",
    ]);
    let agencies = p["agencies"].as_array().expect("agencies");
    let row = |name: &str| agencies.iter().find(|a| a["agency"] == name).cloned();
    assert_eq!(
        row("Phòng Quản lý đô thị").map(|a| a["overdue"].clone()),
        Some(1.into()),
        "{p}"
    );
    assert!(row("Phòng Kinh tế").is_none(), "{p}");
    let late = &p["missed_in_period"][0];
    assert_eq!(late["agency"], "Phòng Quản lý đô thị", "{p}");
}

/// A corrected notice that gives an overdue opinion anew to another agency starts a new R10,
/// but the first breach stays in the period report's late items, charged to the first agency.
#[test]
fn r10_a_breach_stays_on_the_record_when_a_correction_gives_the_opinion_anew() {
    let (env, s, o, due) = assigned_ward();
    let corrected = working_day(&env, &due, 12);
    env.ok(&[
        "conclusion",
        "issue",
        "--new-agency",
        &s,
        "--on",
        &corrected,
        "--doc",
        "15a/TB-UBND",
        "--signer",
        "Nguyễn Văn Hùng",
        "--replace",
        "--yes",
        "--assign",
        &format!("{o}=Phòng Tài nguyên và Môi trường"),
    ]);
    let p = env.json(&[
        "report",
        "period",
        "--year",
        "2025",
        "--as-of",
        "2025-12-31",
    ]);
    let breach = p["missed_in_period"]
        .as_array()
        .expect("late")
        .iter()
        .find(|l| l["due"] == due.as_str())
        .cloned()
        .unwrap_or_default();
    assert_eq!(breach["rule"], "R10", "{p}");
    assert_eq!(breach["state"], "late", "{p}");
    assert_eq!(breach["days"], 12, "{p}");
    assert_eq!(breach["agency"], "Phòng Quản lý đô thị", "{p}");
}

/// A reassignment comes after the latest timeline notice, not only after the first one.
#[test]
fn r12_a_reassignment_between_two_timeline_notices_is_refused() {
    let (env, _, o, _) = assigned_ward();
    for (notified, until) in [("2025-07-30", "2025-09-30"), ("2025-09-15", "2025-10-31")] {
        env.ok(&[
            "opinion",
            "extend",
            &o,
            "--notified-on",
            notified,
            "--until",
            until,
            "--agency",
            "Phòng Quản lý đô thị",
        ]);
    }
    let err = env.refused(
        &[
            "opinion",
            "reassign",
            &o,
            "--new-agency",
            "--agency",
            "Phòng Kinh tế",
            "--on",
            "2025-08-20",
        ],
        REFUSED,
    );
    assert!(err.contains("2025-09-15"), "{err}");
}

/// The lists of a period report name an opinion by its row in the notice in force — after a
/// correction, the corrected notice's own numbering and number — in the missed deadlines and
/// in its agency's overdue list alike, in every format that names.
#[test]
fn r9_a_corrected_notice_names_the_listed_opinions_by_its_own_rows() {
    let mut env = TestEnv::ward();
    env.today = "2026-09-30".into();
    let s = held_session(&env, "2026-07-14");
    let kept = add_opinion(&env, &s, "Đề nghị lắp đèn chiếu sáng ngõ 38");
    let moved = add_opinion(&env, &s, "Đề nghị nạo vét mương thoát nước tổ 12");
    issue_notice(&env, &s, "2026-07-22", "20/TB-UBND", "Phòng Quản lý đô thị");
    env.ok(&[
        "conclusion",
        "issue",
        "--new-agency",
        &s,
        "--on",
        "2026-08-28",
        "--doc",
        "20a/TB-UBND",
        "--signer",
        "Nguyễn Văn Hùng",
        "--replace",
        "--yes",
        "--assign",
        &format!("{moved}=Phòng Tài nguyên và Môi trường"),
        "--assign",
        &format!("{kept}=Phòng Quản lý đô thị"),
    ]);
    let json = env.json(&["report", "period", "--quarter", "Q3/2026"]);
    let missed = json["missed_in_period"].as_array().expect("missed");
    let kept_id: i64 = kept.parse().expect("id");
    let item = missed
        .iter()
        .find(|m| m["record_id"] == kept_id && m["rule"] == "R10")
        .unwrap_or_else(|| panic!("R10 of {kept} missed in Q3: {json}"));
    assert_eq!(item["notice_number"], "20a/TB-UBND", "{item}");
    assert_eq!(item["notice_row"], 1, "{item}");
    assert_eq!(item["content"], "Đề nghị lắp đèn chiếu sáng ngõ 38");
    let agency = json["agencies"]
        .as_array()
        .expect("agencies")
        .iter()
        .find(|a| a["agency"] == "Phòng Quản lý đô thị")
        .unwrap_or_else(|| panic!("{json}"));
    let overdue = agency["overdue_items"].as_array().expect("overdue");
    assert_eq!(overdue.len(), 1, "{agency}");
    assert_eq!(overdue[0]["notice_row"], 1, "{agency}");
    assert_eq!(agency["overdue"], 1, "{agency}");
    let table = env.ok(&["report", "period", "--quarter", "Q3/2026"]);
    assert!(
        table.contains("row 1 of 20a/TB-UBND: “Đề nghị lắp đèn chiếu sáng ngõ 38”"),
        "{table}"
    );
}
