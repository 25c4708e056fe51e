//! Issue 21's truth details: deadlines as the state counts them — an R12 target on a day off is
//! due the next working day everywhere (Civil Code Art. 148(5)), and a routing out of scope is
//! dated like every act, so a report for an earlier day still counts the opinion as open.

#[test]
fn an_r12_target_on_a_day_off_is_due_the_next_working_day_everywhere() {
    let mut env = crate::reports::dataset();
    env.today = "2026-08-05".into();
    // Opinion 5 (R10 due 6/8/2026): the timeline notice sets 30/4/2027, a holiday; 1/5 is a
    // Saturday holiday, 2/5 a Sunday, 3/5 its compensatory day — due Tuesday 4/5/2027.
    let r = env.run(&[
        "opinion",
        "extend",
        "5",
        "--notified-on",
        "2026-08-05",
        "--until",
        "2027-04-30",
        "--agency",
        "Phòng Quản lý đô thị",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("2027-05-04"), "{}", r.stderr);
    assert!(r.stderr.contains("148"), "{}", r.stderr);
    let shown = env.json(&["opinion", "show", "5"]);
    assert_eq!(shown["opinion"]["due_date"], "2027-05-04", "{shown}");
    // On the holiday itself and on the compensatory day nothing is overdue; the day after the
    // deadline it is, by one working day.
    for (day, overdue) in [
        ("2027-04-30", false),
        ("2027-05-03", false),
        ("2027-05-05", true),
    ] {
        env.today = day.into();
        let v = env.json(&["report", "overdue"]);
        let listed = v.to_string().contains("\"record_id\":5,");
        assert_eq!(listed, overdue, "{day}: {v}");
    }
}

#[test]
fn a_routing_out_of_scope_is_dated_like_every_act() {
    let mut env = crate::reports::dataset();
    // Routed on 10/8 for an act of the week before: the report as of 5/8 still counts the
    // opinion as assigned and open.
    env.ok(&[
        "opinion",
        "out-of-scope",
        "4",
        "--as",
        "complaint",
        "--on",
        "2026-08-03",
    ]);
    let shown = env.json(&["opinion", "show", "4"]);
    assert_eq!(shown["opinion"]["closed_on"], "2026-08-03", "{shown}");
    let before = env.json(&[
        "report",
        "period",
        "--year",
        "2026",
        "--as-of",
        "2026-08-02",
    ]);
    let after = env.json(&[
        "report",
        "period",
        "--year",
        "2026",
        "--as-of",
        "2026-08-04",
    ]);
    let complaints =
        |v: &serde_json::Value| v["opinions_by_outcome"]["out-of-scope-complaint"].as_u64();
    assert_eq!(
        complaints(&after),
        complaints(&before).map(|n| n + 1),
        "{before}\n{after}"
    );
    // Not after today, not before the session.
    env.today = "2026-08-12".into();
    let err = env.refused(
        &[
            "opinion",
            "out-of-scope",
            "5",
            "--as",
            "complaint",
            "--on",
            "2026-08-13",
        ],
        1,
    );
    assert!(err.contains("2026-08-13"), "{err}");
    let err = env.refused(
        &[
            "opinion",
            "out-of-scope",
            "5",
            "--as",
            "complaint",
            "--on",
            "2026-06-01",
        ],
        1,
    );
    assert!(err.contains("2026-06-16"), "{err}");
}

/// `calendar import` says in the history what it changed, day by day (before → after); the
/// history page shows moments in Vietnam time, never a raw UTC timestamp; the overdue page
/// states its day; a reschedule gives the R9 the session would then have.
#[test]
fn the_history_and_the_papers_say_what_and_when() {
    let env = crate::support::TestEnv::ward();
    let year = env.ok(&["calendar", "list", "--year", "2033", "--format", "csv"]);
    let changed = year.replace(
        "2033-09-02,Fri,holiday,Quốc khánh,",
        "2033-09-02,Fri,holiday,Quốc khánh (theo thông báo),",
    );
    assert_ne!(changed, year, "the row to change is there");
    let file = env.path("lich-2033.csv");
    std::fs::write(&file, changed).expect("csv");
    env.ok(&["calendar", "import", file.to_str().expect("path")]);
    let history = env.json(&["history", "--limit", "5"]);
    let day = history
        .as_array()
        .expect("events")
        .iter()
        .find(|e| e["record_kind"] == "calendar" && e["record_id"] == "2033-09-02")
        .unwrap_or_else(|| panic!("a day event: {history}"));
    assert_eq!(day["before"]["name"], "Quốc khánh", "{day}");
    assert_eq!(day["after"]["name"], "Quốc khánh (theo thông báo)", "{day}");
    // A registration's moment in the history page, in Vietnam time.
    env.plan_session("Đối thoại về chợ Hoàng Mai", "periodic", "2026-08-20");
    env.ok(&[
        "speaker",
        "register",
        "1",
        "--name",
        "Nguyễn Thị Mai",
        "--address",
        "Số 5 ngõ 12 Tân Mai",
        "--topic",
        "Chợ tạm",
    ]);
    env.ok(&["speaker", "edit", "1/1", "--address", "Số 7 ngõ 12 Tân Mai"]);
    let page = env.path("lich-su.html");
    let r = env.run_vi(&[
        "export",
        "history",
        "--format",
        "html",
        "--output",
        page.to_str().expect("p"),
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let html = std::fs::read_to_string(&page).expect("page");
    assert!(
        !html.contains("T09:00:00") && !html.contains("T02:00:00"),
        "a raw timestamp: {}",
        html.chars().take(3000).collect::<String>()
    );
    assert!(html.contains("20/07/2026 09:00"), "Vietnam time in words");
    // The overdue page says its day.
    let overdue = env.path("qua-han.html");
    env.ok(&[
        "report",
        "overdue",
        "--format",
        "html",
        "--output",
        overdue.to_str().expect("p"),
    ]);
    let html = std::fs::read_to_string(&overdue).expect("page");
    assert!(html.contains("As of 2026-07-20"), "the day of the report");
    // A reschedule gives the new R9 as a plan does: held Thursday 27/8/2026, the 10th working
    // day after it skips 31/8 (swapped for Saturday 22/8), 1/9 and 2/9 → Tuesday 15/9.
    let moved = env.ok(&["session", "reschedule", "1", "--date", "2026-08-27"]);
    assert!(moved.contains("(R9): 2026-09-15"), "{moved}");
}

/// Issue 21's example: in Q3 an R10 deadline passed unanswered (opinion 5, due 6/8) and another
/// opinion was answered late (opinion 2, 10/8), both of a Q2 session. The Q3 report lists both
/// in every format, named by their content where a person reads them, and its balance holds.
#[test]
fn the_q3_report_lists_the_deadlines_missed_in_q3_in_every_format() {
    use calamine::{open_workbook, Data, Reader, Xlsx};
    let env = crate::reports::dataset();
    env.sign_documents();
    let q3 = ["report", "period", "--quarter", "Q3/2026"];
    let json = env.json(&q3);
    let missed = json["missed_in_period"].as_array().expect("missed");
    let find = |rule: &str, id: i64| {
        missed
            .iter()
            .find(|m| m["rule"] == rule && m["record_kind"] == "opinion" && m["record_id"] == id)
            .cloned()
            .unwrap_or_else(|| panic!("{rule} of opinion {id} in {json}"))
    };
    assert_eq!(find("R10", 5)["state"], "overdue");
    // Named as the conclusion notice names it: the notice lists the five assigned opinions in
    // order, so opinion 5 is its row 5 (the out-of-scope and answered ones are not rows).
    assert_eq!(find("R10", 5)["notice_number"], "15/TB-UBND");
    assert_eq!(find("R10", 5)["notice_row"], 5);
    assert_eq!(find("R10", 2)["state"], "late");
    assert_eq!(find("R10", 2)["done_on"], "2026-08-10");
    let b = &json["balance"];
    assert_eq!(b["carried_over"], 5, "{b}");
    // The five carried over, and the opinion received in Q3 still awaiting its notice.
    assert_eq!(b["to_handle"], 6, "{b}");
    assert_eq!(b["handled"]["total"], 3, "{b}");
    assert_eq!(b["open_at_end"]["overdue"], 2, "{b}");
    assert_eq!(b["open_at_end"]["awaiting_notice"], 1, "{b}");
    // The table and the CSV.
    let table = env.ok(&q3);
    assert!(
        table.contains("Đề nghị lắp đèn chiếu sáng ngõ 38"),
        "{table}"
    );
    assert!(
        table.contains("2 working days late (2026-08-10)"),
        "{table}"
    );
    let csv = env.ok(&[&q3[..], &["--format", "csv"]].concat());
    assert!(
        csv.contains("missed_in_period,R10 opinion 2,state,late"),
        "{csv}"
    );
    assert!(csv.contains("balance,,to_handle,6"), "{csv}");
    assert!(
        csv.contains("balance,,open_at_end.awaiting_notice,1"),
        "{csv}"
    );
    // The page and the workbook, read as a person reads them: names, not ids.
    let page = env.path("q3.html");
    env.run_vi(&[&q3[..], &["--output", page.to_str().expect("p")]].concat());
    let html = std::fs::read_to_string(&page).expect("page");
    assert!(
        html.contains("Đề nghị lắp đèn chiếu sáng ngõ 38"),
        "the late answer named"
    );
    assert!(
        !html.contains("Ý kiến 2<") && !html.contains("Ý kiến 5<"),
        "no id where a name is read"
    );
    assert!(html.contains("Kỳ trước chuyển sang"), "the balance");
    let book_path = env.path("q3.xlsx");
    env.run_vi(&[&q3[..], &["--output", book_path.to_str().expect("p")]].concat());
    let mut book: Xlsx<_> = open_workbook(&book_path).expect("xlsx");
    let late_sheet = book.sheet_names()[5].clone();
    let late = book.worksheet_range(&late_sheet).expect("sheet");
    let named: Vec<String> = late.rows().skip(4).map(|r| r[1].to_string()).collect();
    assert!(
        named
            .iter()
            .any(|n| n.contains("Đề nghị lắp đèn chiếu sáng ngõ 38")),
        "{named:?}"
    );
    assert!(!named.iter().any(|n| n.starts_with("Ý kiến ")), "{named:?}");
    // Each count of days with its unit: calendar days for R4 (Art. 7.2), working days for the
    // others.
    let units: Vec<(String, String)> = late
        .rows()
        .skip(4)
        .map(|r| {
            (
                r[0].to_string(),
                r.last().map(ToString::to_string).unwrap_or_default(),
            )
        })
        .collect();
    assert!(units.len() > 1, "{units:?}");
    for (rule, unit) in &units {
        let expected = if rule.starts_with("R4") {
            "ngày"
        } else {
            "ngày làm việc"
        };
        assert_eq!(unit, expected, "{units:?}");
    }
    // The CSV a Vietnamese supervisor opens names its sections and gives each count of days
    // its unit.
    let csv = env.run_vi(&[&q3[..], &["--format", "csv"]].concat()).stdout;
    assert!(csv.starts_with("Phần,Mục,Chỉ tiêu,Giá trị"), "{csv}");
    assert!(
        csv.lines().any(
            |l| l.starts_with("\"Thời hạn đến trong kỳ bị trễ, quá hạn\",R10")
                && l.ends_with("ngày làm việc")
        ),
        "{csv}"
    );
    let summary = book
        .worksheet_range(&book.sheet_names()[0].clone())
        .expect("summary");
    assert!(
        summary
            .rows()
            .any(|r| r[0] == "Kỳ trước chuyển sang" && r[1] == Data::Float(5.0)),
        "the balance in the workbook"
    );
    // The report the office signs, to the bodies it names.
    env.ok(&[
        "init",
        "--office",
        "Phường Hoàng Mai",
        "--report-recipients",
        "UBND thành phố Hà Nội",
    ]);
    let doc = env.path("bao-cao-q3.docx");
    env.ok(&[
        "doc",
        "report",
        "--quarter",
        "Q3/2026",
        "--output",
        doc.to_str().expect("p"),
    ]);
    let mut archive = zip::ZipArchive::new(std::fs::File::open(&doc).expect("docx")).expect("zip");
    let mut xml = String::new();
    std::io::Read::read_to_string(
        &mut archive.by_name("word/document.xml").expect("document.xml"),
        &mut xml,
    )
    .expect("read");
    assert!(
        xml.contains("Đề nghị lắp đèn chiếu sáng ngõ 38"),
        "named in the document"
    );
    assert!(
        xml.contains("Kỳ trước chuyển sang"),
        "the balance in the document"
    );
    assert!(
        !xml.contains("Không có thời hạn nào"),
        "the missed deadlines are listed"
    );
}

/// Deadlines in a year without an official schedule (2027) are said to be provisional on stderr
/// wherever they are printed: session show, opinion list and export, conclusion show, the period
/// report.
#[test]
fn provisional_deadlines_are_said_wherever_they_are_printed() {
    let mut env = crate::support::TestEnv::ward();
    env.today = "2026-12-01".into();
    let s = crate::support::held_session(&env, "2026-12-01");
    env.ok(&[
        "opinion",
        "add",
        &s,
        "--content",
        "Đề nghị sửa chữa cống thoát nước ngõ 12 Tân Mai",
        "--category",
        "petition",
    ]);
    env.today = "2026-12-10".into();
    crate::support::issue_notice(&env, &s, "2026-12-08", "30/TB-UBND", "Phòng Quản lý đô thị");
    for args in [
        vec!["session", "show", s.as_str()],
        vec!["opinion", "list"],
        vec!["export", "opinions", "--format", "csv"],
        vec!["conclusion", "show", s.as_str()],
        vec!["report", "period", "--year", "2027"],
    ] {
        let r = env.run(&args);
        assert_eq!(r.code, 0, "{args:?}: {}", r.stderr);
        assert!(
            r.stderr.contains("2027"),
            "{args:?} says nothing: {}",
            r.stderr
        );
    }
}

/// R4 and R9 are counted by the day each fell due, as the missed list names them: a session
/// held on 24/9 has its notice due on 8/10 — October's quarter counts it (late, issued 14/10),
/// September's does not; an announcement due on 28/9 for a session of 5/10 is September's.
#[test]
fn announcements_and_notices_count_in_the_period_they_fall_due() {
    let mut env = crate::support::TestEnv::ward();
    env.today = "2026-09-15".into();
    env.plan_session("Đối thoại về trật tự đô thị", "periodic", "2026-09-24");
    let held = "1";
    env.announce(held, "2026-09-14", "loa truyền thanh phường");
    env.today = "2026-09-30".into();
    env.plan_session("Đối thoại về môi trường", "periodic", "2026-10-05");
    let october = "2";
    // Due 28/9 (7 days before 5/10), made on 30/9: two days late.
    env.announce(october, "2026-09-30", "bảng tin khu dân cư");
    env.ok(&["session", "hold", held, "--on", "2026-09-24"]);
    env.today = "2026-10-14".into();
    env.ok(&["session", "hold", october, "--on", "2026-10-05"]);
    // Notice of 24/9 due 8/10, issued 14/10: late.
    env.ok(&[
        "conclusion",
        "issue",
        held,
        "--on",
        "2026-10-14",
        "--doc",
        "41/TB-UBND",
        "--signer",
        "Nguyễn Văn Hùng",
    ]);
    env.today = "2026-12-07".into();
    let tally = |quarter: &str, rule: &str| {
        let r = env.json(&["report", "period", "--quarter", quarter]);
        let t = &r[rule];
        (
            t["on_time"].as_u64(),
            t["late"].as_u64(),
            t["open_overdue"].as_u64(),
        )
    };
    // September's quarter: the late announcement of the October session; no notice was due.
    assert_eq!(
        tally("Q3/2026", "announcements"),
        (Some(1), Some(1), Some(0))
    );
    assert_eq!(
        tally("Q3/2026", "conclusion_notices"),
        (Some(0), Some(0), Some(0))
    );
    // October's: the late notice of the September session, and the October session's notice
    // (due 19/10, never issued) overdue; no announcement fell due.
    assert_eq!(
        tally("Q4/2026", "conclusion_notices"),
        (Some(0), Some(1), Some(1))
    );
    assert_eq!(
        tally("Q4/2026", "announcements"),
        (Some(0), Some(0), Some(0))
    );
    // The count and the missed list of one report agree.
    let csv = env.ok(&[
        "--format",
        "csv",
        "report",
        "period",
        "--quarter",
        "Q4/2026",
    ]);
    let missed_r9 = csv
        .lines()
        .filter(|l| l.starts_with("missed_in_period,R9 ") && l.contains(",state,"))
        .count();
    assert_eq!(missed_r9, 2, "{csv}");
}

/// R8: an opinion found to be a complaint and routed out after its R10 date no longer runs
/// overdue: its show, its list and its export say it ended late on the day it was routed.
#[test]
fn an_opinion_routed_out_after_its_deadline_stops_running_overdue() {
    let mut env = crate::reports::dataset();
    // Opinion 5: R10 due 6/8/2026, still open; routed out as a complaint on 10/8.
    env.today = "2026-08-10".into();
    env.ok(&["opinion", "out-of-scope", "5", "--as", "complaint"]);
    env.today = "2026-10-01".into();
    let shown = env.json(&["opinion", "show", "5"]);
    let deadline = shown["deadline"].clone();
    assert_eq!(deadline["state"], "late", "{shown}");
    assert_eq!(deadline["days"], 2, "{shown}");
    let csv = env.ok(&["--format", "csv", "export", "opinions"]);
    let row = csv
        .lines()
        .find(|l| l.starts_with("5,"))
        .unwrap_or_else(|| panic!("{csv}"));
    assert!(row.contains(",late,2"), "{row}");
    assert!(!row.contains("overdue"), "{row}");
}

/// A report for a past day counts as things stood that day: an opinion of a session held after
/// it is not yet received; an announcement never made stops being more late on its session's
/// day, in the overdue report as in the period report.
#[test]
fn a_report_for_a_past_day_counts_what_had_happened_by_then() {
    let mut env = crate::support::TestEnv::ward();
    env.today = "2026-10-01".into();
    env.plan_session("Đối thoại về giao thông ngõ xóm", "regular", "2026-10-15");
    env.announce("1", "2026-10-01", "loa truyền thanh phường");
    // The Front's synthesis, recorded before the session.
    crate::support::add_opinion(&env, "1", "Đề nghị sửa mặt đường ngõ 12 Tân Mai");
    env.today = "2026-10-20".into();
    env.ok(&["session", "hold", "1", "--on", "2026-10-15"]);
    let received = |as_of: &str| {
        let r = env.json(&["report", "period", "--month", "10/2026", "--as-of", as_of]);
        r["balance"]["received"]["total"].as_u64()
    };
    assert_eq!(received("2026-10-10"), Some(0));
    assert_eq!(received("2026-10-20"), Some(1));
    // A session of 20/12 never announced (due 13/12): 7 days late on its day, and no more.
    env.today = "2026-12-07".into();
    env.plan_session("Đối thoại về môi trường", "periodic", "2026-12-20");
    let overdue = env.json(&["report", "overdue", "--as-of", "2026-12-31"]);
    let r4 = overdue
        .as_array()
        .and_then(|items| items.iter().find(|i| i["rule"] == "R4"))
        .cloned()
        .unwrap_or_else(|| panic!("{overdue}"));
    assert_eq!(r4["days"], 7, "{r4}");
    let csv = env.ok(&[
        "--format",
        "csv",
        "report",
        "period",
        "--quarter",
        "Q4/2026",
        "--as-of",
        "2026-12-31",
    ]);
    assert!(
        csv.contains("missed_in_period,R4 session 2,days,7"),
        "{csv}"
    );
}
