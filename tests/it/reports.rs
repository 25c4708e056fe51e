//! Reports and exports on a fixed dataset with a fixed `--as-of`: snapshots of every format,
//! CSV read back with the `csv` crate, JSON with `serde_json`, and the exit codes cron relies on.

use crate::support::{held_session, TestEnv};

pub const AS_OF: &str = "2026-08-12";

/// Two sessions and their opinions in every state the reports count.
pub fn dataset() -> TestEnv {
    let mut env = TestEnv::ward();
    // The clerk records each act on or after its day: the data set is entered as of AS_OF.
    env.today = AS_OF.into();
    env.ok(&["agency", "add", "Phòng Quản lý đô thị"]);
    // Session 1: held 16/6, concluded 25/6, answers on time, late, forwarded, extended, open.
    let s1 = held_session(&env, "2026-06-16");
    let add = |env: &TestEnv, s: &str, content: &str, category: &str| {
        env.ok(&[
            "opinion",
            "add",
            s,
            "--content",
            content,
            "--category",
            category,
        ]);
    };
    add(
        &env,
        &s1,
        "Đề nghị sửa chữa đường ngõ 12 phố Tân Mai",
        "petition",
    );
    add(&env, &s1, "Đề nghị lắp đèn chiếu sáng ngõ 38", "petition");
    add(
        &env,
        &s1,
        "Đề nghị mở rộng đường Tam Trinh",
        "implementation",
    );
    add(&env, &s1, "Ngập úng tổ 12 cần xử lý liên ngành", "petition");
    add(&env, &s1, "=HYPERLINK(\"http://x\",\"y\")", "other");
    add(
        &env,
        &s1,
        "Khiếu nại thu hồi đất hộ ông Trần Văn Bình",
        "petition",
    );
    add(
        &env,
        &s1,
        "Đề nghị thông tin kế hoạch chỉnh trang đô thị",
        "briefing",
    );
    env.ok(&["opinion", "out-of-scope", "6", "--as", "complaint"]);
    env.ok(&["opinion", "answer", "7", "--by", "Chủ tịch UBND phường"]);
    env.ok(&[
        "conclusion",
        "issue",
        "--new-agency",
        &s1,
        "--on",
        "2026-06-25",
        "--doc",
        "15/TB-UBND",
        "--signer",
        "Nguyễn Văn Hùng",
        "--assign",
        "3=Phòng Kinh tế",
        "--assign",
        "5=Công an phường Hoàng Mai",
        "--agency",
        "Phòng Quản lý đô thị",
    ]);
    env.ok(&[
        "opinion",
        "respond",
        "1",
        "--on",
        "2026-07-10",
        "--doc",
        "125/UBND-QLĐT",
        "--summary",
        "Đã sửa",
    ]);
    env.ok(&[
        "opinion",
        "respond",
        "2",
        "--on",
        "2026-08-10",
        "--doc",
        "150/UBND-QLĐT",
        "--summary",
        "Đã lắp đèn",
    ]);
    env.ok(&[
        "opinion",
        "forward",
        "3",
        "--to",
        "Sở Xây dựng Hà Nội",
        "--on",
        "2026-07-15",
    ]);
    env.ok(&[
        "opinion",
        "extend",
        "--new-agency",
        "4",
        "--notified-on",
        "2026-07-30",
        "--until",
        "2026-08-10",
        "--agency",
        "Phòng Quản lý đô thị",
    ]);
    // Session 2: held 20/7, no notice yet (R9 due 3/8: overdue on 12/8).
    let s2 = held_session(&env, "2026-07-20");
    add(
        &env,
        &s2,
        "Đề nghị nạo vét mương thoát nước tổ 5",
        "petition",
    );
    // Session 3: planned for 20/8, not announced (R4 due 13/8: due soon).
    env.ok(&[
        "session",
        "plan",
        "--title",
        "Đối thoại của Bí thư Đảng ủy phường",
        "--kind",
        "periodic",
        "--date",
        "2026-08-20",
        "--chair-role",
        "party-secretary",
        "--chair",
        "Đỗ Minh Tuấn",
    ]);
    env.ok(&[
        "speaker",
        "register",
        "3",
        "--name",
        "Nguyễn Thị Mai",
        "--address",
        "Số 5 ngõ 12 Tân Mai",
        "--topic",
        "Đường ngõ 12",
    ]);
    env.ok(&[
        "speaker",
        "register",
        "3",
        "--name",
        "Đặng Văn Hải",
        "--org",
        "Chi hội Cựu chiến binh",
        "--topic",
        "Trông giữ xe",
    ]);
    env.ok(&["speaker", "refuse", "2", "--reason", "non-constructive"]);
    // Session 4: cancelled.
    env.plan_session("Đối thoại đột xuất về ngập úng", "ad-hoc", "2026-07-05");
    env.ok(&["session", "cancel", "--yes", "4", "--reason", "Bão số 2"]);
    env.today = AS_OF.into();
    env
}

#[test]
fn report_snapshots_in_every_format() {
    let env = dataset();
    for format in ["table", "csv", "json"] {
        let overdue = env.ok(&[
            "report", "overdue", "--as-of", AS_OF, "--within", "5", "--format", format,
        ]);
        insta::assert_snapshot!(format!("overdue_{format}"), overdue);
        let period = env.ok(&[
            "report", "period", "--year", "2026", "--as-of", AS_OF, "--format", format,
        ]);
        insta::assert_snapshot!(format!("period_{format}"), period);
        let plan = env.ok(&["report", "plan", "--year", "2026", "--format", format]);
        insta::assert_snapshot!(format!("plan_{format}"), plan);
    }
    let by_agency = env.ok(&["report", "overdue", "--as-of", AS_OF, "--by", "agency"]);
    insta::assert_snapshot!("overdue_by_agency", by_agency);
}

#[test]
fn export_snapshots() {
    let env = dataset();
    for kind in [
        "sessions",
        "registrations",
        "opinions",
        "conclusions",
        "history",
    ] {
        for format in ["csv", "json"] {
            let out = env.ok(&["export", kind, "--format", format]);
            insta::assert_snapshot!(format!("export_{kind}_{format}"), out);
        }
    }
}

#[test]
fn overdue_report_reads_back_and_orders_most_late_first() {
    let env = dataset();
    let csv_text = env.ok(&["report", "overdue", "--as-of", AS_OF, "--format", "csv"]);
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    let summary: Vec<(String, String, String)> = rows
        .iter()
        .map(|r| (r[0].to_string(), r[2].to_string(), r[7].to_string()))
        .collect();
    // R9 of session 2 (due 3/8, 7 working days late) before the opinions due 7/8 (3 late) and
    // the extension due 10/8 (2 late).
    assert_eq!(summary[0], ("R9".into(), "2".into(), "7".into()));
    assert!(
        summary
            .iter()
            .any(|(rule, id, days)| rule == "R12" && id == "4" && days == "2"),
        "{summary:?}"
    );
    assert!(
        summary.iter().all(|(rule, _, _)| rule != "R4"),
        "R4 of session 3 is not yet due"
    );
    let json: serde_json::Value =
        serde_json::from_str(&env.ok(&["report", "overdue", "--as-of", AS_OF, "--format", "json"]))
            .expect("json");
    assert_eq!(json.as_array().map(Vec::len), Some(rows.len()));
}

#[test]
fn overdue_exit_codes_and_quiet() {
    let env = dataset();
    assert_eq!(env.run(&["report", "overdue", "--as-of", AS_OF]).code, 0);
    assert_eq!(
        env.run(&["report", "overdue", "--as-of", AS_OF, "--fail-on-overdue"])
            .code,
        3
    );
    let early = env.run(&[
        "report",
        "overdue",
        "--as-of",
        "2026-06-17",
        "--quiet",
        "--fail-on-overdue",
    ]);
    assert_eq!(
        (early.code, early.stdout.as_str()),
        (0, ""),
        "nothing overdue on 17/6"
    );
    assert_eq!(
        env.run(&["report", "overdue", "--as-of", "2026-02-30"])
            .code,
        2
    );
    assert_eq!(env.run(&["report", "overdue", "--bogus"]).code, 2);
    let r = env
        .command()
        .args(["--db", "/nonexistent/x.db", "report", "overdue"])
        .output()
        .expect("run");
    assert_eq!(r.status.code(), Some(4));
}

#[test]
fn formula_in_an_opinion_is_neutralised_in_csv() {
    let env = dataset();
    let out = env.ok(&[
        "export",
        "opinions",
        "--format",
        "csv",
        "--bom",
        "--semicolon",
    ]);
    assert!(out.starts_with('\u{FEFF}'));
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(out.trim_start_matches('\u{FEFF}').as_bytes());
    let headers = reader.headers().expect("headers").clone();
    let content = headers
        .iter()
        .position(|h| h == "content")
        .expect("content column");
    let cells: Vec<String> = reader
        .records()
        .map(|r| r.expect("row")[content].to_string())
        .collect();
    assert!(
        cells.contains(&"'=HYPERLINK(\"http://x\",\"y\")".to_string()),
        "{cells:?}"
    );
    assert!(cells.contains(&"Đề nghị sửa chữa đường ngõ 12 phố Tân Mai".to_string()));
    // JSON keeps the text as it was given.
    let json: serde_json::Value =
        serde_json::from_str(&env.ok(&["export", "opinions", "--format", "json"])).expect("json");
    assert_eq!(json[4]["content"], "=HYPERLINK(\"http://x\",\"y\")");
}

#[test]
fn output_file_is_written_whole() {
    let env = dataset();
    let target = env.path("bao-cao-qua-han.csv");
    env.ok(&[
        "report",
        "overdue",
        "--as-of",
        AS_OF,
        "--format",
        "csv",
        "--output",
        target.to_str().expect("utf8"),
    ]);
    let text = std::fs::read_to_string(&target).expect("written");
    assert!(text.starts_with("rule,record_kind,record_id"));
    let leftovers: Vec<_> = std::fs::read_dir(env.dir.path())
        .expect("dir")
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty());
    // A failing run leaves the previous file as it was.
    let r = env.run(&[
        "report",
        "period",
        "--quarter",
        "2026-Q9",
        "--output",
        target.to_str().expect("utf8"),
    ]);
    assert_eq!(r.code, 2);
    assert_eq!(std::fs::read_to_string(&target).expect("kept"), text);
}

#[test]
fn period_report_counts_open_overdue_against_the_rate() {
    let env = dataset();
    let v: serde_json::Value = serde_json::from_str(&env.ok(&[
        "report",
        "period",
        "--quarter",
        "2026-Q2",
        "--as-of",
        AS_OF,
        "--format",
        "json",
    ]))
    .expect("json");
    assert_eq!(v["sessions_held"], 1);
    assert_eq!(v["opinions"], 7);
    assert_eq!(v["opinions_by_outcome"]["out-of-scope-complaint"], 1);
    assert_eq!(v["opinions_by_outcome"]["answered-at-session"], 1);
    // At the end of Q2 (30/6) nothing assigned on 25/6 had been handled yet, and nothing was
    // due: the five assigned opinions are open, not yet due.
    let q2 = &v["balance"];
    assert_eq!(q2["received"]["assigned"], 5, "{q2}");
    assert_eq!(q2["open_at_end"]["not_yet_due"], 5, "{q2}");
    assert_eq!(v["written_answers"]["open_not_due"], 5);
    // Q3, as of 12/8: what was done in it, on the acts' own dates. Answers: 1 on time (opinion
    // 1), 1 forwarded on time (3), 1 late (2, on 10/8), open overdue: 4 (R12 10/8) and 5.
    let v = env.json(&["report", "period", "--quarter", "2026-Q3", "--as-of", AS_OF]);
    let answers = &v["written_answers"];
    assert_eq!(
        (
            answers["on_time"].as_u64(),
            answers["late"].as_u64(),
            answers["open_overdue"].as_u64()
        ),
        (Some(2), Some(1), Some(2))
    );
    assert_eq!(answers["on_time_rate"], 0.4);
    assert_eq!(v["balance"]["carried_over"], 5, "{}", v["balance"]);
    let qlđt = v["agencies"]
        .as_array()
        .expect("agencies")
        .iter()
        .find(|a| a["agency"] == "Phòng Quản lý đô thị")
        .cloned()
        .expect("agency");
    assert_eq!(qlđt["median_working_days"], 21.5);
}

/// A Vietnamese-locale Excel reads `;` between fields and a decimal comma; the office is named.
#[test]
fn period_csv_for_vietnamese_excel_has_decimal_commas_and_the_office() {
    let env = dataset();
    let metrics = |extra: &[&str], delimiter: u8| -> Vec<Vec<String>> {
        let mut args = vec!["report", "period", "--quarter", "Q3/2026", "--as-of", AS_OF];
        args.extend_from_slice(&["--format", "csv"]);
        args.extend_from_slice(extra);
        let text = env.ok(&args);
        csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .from_reader(text.as_bytes())
            .records()
            .map(|r| r.expect("csv row").iter().map(str::to_string).collect())
            .collect()
    };
    let value = |rows: &[Vec<String>], section: &str, item: &str, metric: &str| {
        rows.iter()
            .find(|r| r[0] == section && r[1] == item && r[2] == metric)
            .map(|r| r[3].clone())
            .unwrap_or_else(|| panic!("no {section}/{item}/{metric}"))
    };
    let plain = metrics(&[], b',');
    assert_eq!(
        value(&plain, "written_answers", "", "on_time_rate"),
        "0.4000"
    );
    assert_eq!(
        value(
            &plain,
            "agency",
            "Phòng Quản lý đô thị",
            "median_working_days"
        ),
        "21.5"
    );
    assert_eq!(value(&plain, "office", "", "name"), "Phường Hoàng Mai");
    for extra in [
        &["--semicolon"][..],
        &["--semicolon", "--decimal-comma"][..],
    ] {
        let excel = metrics(extra, b';');
        assert_eq!(
            value(&excel, "written_answers", "", "on_time_rate"),
            "0,4000"
        );
        assert_eq!(
            value(
                &excel,
                "agency",
                "Phòng Quản lý đô thị",
                "median_working_days"
            ),
            "21,5"
        );
    }
    let comma = metrics(&["--decimal-comma"], b',');
    assert_eq!(
        value(&comma, "written_answers", "", "on_time_rate"),
        "0,4000"
    );
    // Only CSV has separators to choose.
    let refused = env.refused(
        &[
            "report",
            "period",
            "--quarter",
            "2026-Q2",
            "--decimal-comma",
        ],
        2,
    );
    assert!(refused.contains("--decimal-comma"), "{refused}");
}

/// Art. 11: what was handled within a period counts opinions received before it — the June
/// session's answers of 10/7 and 10/8 and the forward of 15/7 are the third quarter's work.
#[test]
fn handled_within_the_period_includes_opinions_received_before_it() {
    let env = dataset();
    let v: serde_json::Value = serde_json::from_str(&env.ok(&[
        "report",
        "period",
        "--quarter",
        "2026-Q3",
        "--as-of",
        AS_OF,
        "--format",
        "json",
    ]))
    .expect("json");
    let handled: u64 = v["monthly"]
        .as_array()
        .expect("months")
        .iter()
        .map(|m| m["handled"].as_u64().unwrap_or(0))
        .sum();
    assert_eq!(
        v["opinions"], 1,
        "received in the quarter: session 2's one opinion"
    );
    assert_eq!(handled, 3, "{}", v["monthly"]);
    let csv = env.ok(&[
        "report",
        "period",
        "--quarter",
        "2026-Q3",
        "--as-of",
        AS_OF,
        "--format",
        "csv",
    ]);
    assert!(csv.contains("opinions,,handled,3"), "{csv}");
}
