//! One end-to-end test per rule R1–R12, through the real binary, with realistic data.

use crate::support::{add_opinion, held_session, issue_notice, TestEnv};
use std::io::Write;
use std::process::Stdio;

fn plan(env: &TestEnv, kind: &str, date: &str, extra: &[&str]) -> String {
    let mut args = vec![
        "session",
        "plan",
        "--title",
        "Đối thoại với Nhân dân phường Hoàng Mai",
        "--kind",
        kind,
        "--date",
        date,
        "--chair-role",
        "committee-chair",
        "--chair",
        "Nguyễn Văn Hùng",
    ];
    args.extend_from_slice(extra);
    env.json(&args)["id"].to_string()
}

#[test]
fn r1_deputy_chairs_for_health() {
    let env = TestEnv::ward();
    let id = plan(&env, "periodic", "2026-09-15", &[]);
    env.ok(&[
        "session",
        "delegate",
        &id,
        "--deputy",
        "Trần Văn Nam",
        "--reason",
        "health",
    ]);
    let v = env.json(&["session", "show", &id]);
    assert_eq!(v["session"]["deputy_name"], "Trần Văn Nam");
    assert_eq!(v["session"]["delegation_reason"], "health");
    let table = env.ok(&["session", "show", &id]);
    assert!(
        table.contains("chaired by deputy Trần Văn Nam (health)"),
        "{table}"
    );
}

#[test]
fn r2_online_session_keeps_its_link() {
    let env = TestEnv::ward();
    let id = plan(
        &env,
        "regular",
        "2026-09-15",
        &[
            "--form",
            "online",
            "--venue",
            "https://hop.hanoi.gov.vn/phuong-hoang-mai",
        ],
    );
    let v = env.json(&["session", "show", &id]);
    assert_eq!(v["session"]["form"], "online");
    assert_eq!(
        v["session"]["venue"],
        "https://hop.hanoi.gov.vn/phuong-hoang-mai"
    );
    let list = env.json(&["session", "list", "--kind", "regular"]);
    assert_eq!(list.as_array().map(Vec::len), Some(1));
}

#[test]
fn r3_yearly_plan_flags_a_chair_without_a_periodic_dialogue() {
    let env = TestEnv::ward();
    held_session(&env, "2026-06-16");
    let rows = env.json(&["report", "plan", "--year", "2026"]);
    let by_role = |role: &str| {
        rows.as_array()
            .expect("rows")
            .iter()
            .find(|r| r["chair_role"] == role)
            .cloned()
            .expect("role")
    };
    assert_eq!(by_role("committee-chair")["verdict"], "held");
    assert_eq!(by_role("party-secretary")["verdict"], "missing");
    assert_eq!(by_role("council-chair")["verdict"], "missing");
}

#[test]
fn r4_late_announcement_is_recorded_and_flagged() {
    let env = TestEnv::ward();
    let out = env.plan_session("Đối thoại về chỉnh trang đô thị", "periodic", "2026-06-16");
    assert!(out.contains("announce by (R4): 2026-06-09"), "{out}");
    assert!(out.contains("(R9): 2026-06-30"), "{out}");
    let r = env.run(&[
        "session",
        "announce",
        "1",
        "--on",
        "2026-06-12",
        "--channel",
        "Đài truyền thanh phường",
    ]);
    assert_eq!(r.code, 0);
    assert!(r.stderr.contains("3 days late"), "{}", r.stderr);
    let v = env.json(&["session", "show", "1"]);
    assert_eq!(v["deadlines"][0]["rule"], "R4");
    assert_eq!(v["deadlines"][0]["state"], "late");
    assert_eq!(v["deadlines"][0]["days"], 3);
    // Ad-hoc sessions need no announcement.
    let adhoc = env.plan_session("Đối thoại đột xuất về ngập úng", "ad-hoc", "2026-07-22");
    assert!(adhoc.contains("none (ad-hoc)"), "{adhoc}");
}

#[test]
fn r5_secretary_and_registered_topics_are_kept() {
    let env = TestEnv::ward();
    let id = plan(
        &env,
        "periodic",
        "2026-09-15",
        &["--secretary", "Lê Thu Hà"],
    );
    env.ok(&[
        "speaker",
        "register",
        &id,
        "--name",
        "Nguyễn Thị Mai",
        "--address",
        "Số 5 ngõ 12 Tân Mai",
        "--topic",
        "Sửa chữa đường ngõ 12",
    ]);
    let v = env.json(&["session", "show", &id]);
    assert_eq!(v["session"]["secretary"], "Lê Thu Hà");
    assert_eq!(v["registrations"][0]["topic"], "Sửa chữa đường ngõ 12");
}

#[test]
fn r6_speakers_are_numbered_in_registration_order_per_session() {
    let mut env = TestEnv::ward();
    env.today = "2026-09-30".into();
    let a = plan(&env, "periodic", "2026-09-15", &[]);
    let b = plan(&env, "regular", "2026-09-22", &[]);
    for (session, name) in [
        (&a, "Nguyễn Thị Mai"),
        (&a, "Phạm Văn Đức"),
        (&b, "Hoàng Thị Lan"),
        (&a, "Vũ Đình Khoa"),
    ] {
        env.ok(&[
            "speaker",
            "register",
            session,
            "--name",
            name,
            "--topic",
            "Trật tự đô thị",
        ]);
    }
    let list = env.json(&["speaker", "list", &a]);
    let names: Vec<(i64, String)> = list
        .as_array()
        .expect("list")
        .iter()
        .map(|r| {
            (
                r["speaking_order"].as_i64().expect("order"),
                r["name"].as_str().expect("name").to_string(),
            )
        })
        .collect();
    assert_eq!(
        names,
        vec![
            (1, "Nguyễn Thị Mai".into()),
            (2, "Phạm Văn Đức".into()),
            (3, "Vũ Đình Khoa".into())
        ]
    );
    assert_eq!(env.json(&["speaker", "list", &b])[0]["speaking_order"], 1);
    env.ok(&["session", "hold", &a]);
    let err = env.refused(
        &[
            "speaker",
            "register",
            &a,
            "--name",
            "Người đến muộn",
            "--topic",
            "x",
        ],
        1,
    );
    // Registering is before the session; someone who spoke there unregistered is --spoke.
    assert!(
        err.contains("session 1 is held") && err.contains("--spoke"),
        "{err}"
    );
}

/// R7 (Art. 9.1): a speaker refused dialogue raises no opinion of the session — refused,
/// nothing written, in both languages; a speaker who spoke still does.
#[test]
fn r7_no_opinion_is_recorded_for_a_refused_speaker() {
    let env = TestEnv::ward();
    let id = plan(&env, "periodic", "2026-06-16", &[]);
    for (name, topic) in [
        ("Phạm Văn Đức", "Môi trường"),
        ("Nguyễn Thị Hoa", "Chiếu sáng ngõ 38"),
    ] {
        env.ok(&["speaker", "register", &id, "--name", name, "--topic", topic]);
    }
    env.ok(&["speaker", "refuse", "1/1", "--reason", "disorder"]);
    let add = |speaker: &str| {
        vec![
            "opinion".to_string(),
            "add".into(),
            id.clone(),
            "--speaker".into(),
            speaker.into(),
            "--content".into(),
            "Đề nghị lắp đèn chiếu sáng ngõ 38".into(),
            "--category".into(),
            "petition".into(),
        ]
    };
    let refused = add("1/1");
    let refused: Vec<&str> = refused.iter().map(String::as_str).collect();
    let err = env.refused(&refused, 1);
    assert!(err.contains("1/1") && err.contains("Phạm Văn Đức"), "{err}");
    assert!(err.contains("R7"), "{err}");
    let vi = env.run_vi(&refused);
    assert!(vi.stderr.contains("bị từ chối"), "{}", vi.stderr);
    let spoke = add("1/2");
    let spoke: Vec<&str> = spoke.iter().map(String::as_str).collect();
    env.ok(&spoke);
}

#[test]
fn r7_refused_speaker_and_stopped_session_counts_as_held() {
    let env = TestEnv::ward();
    let id = plan(&env, "periodic", "2026-06-16", &[]);
    env.ok(&[
        "speaker",
        "register",
        &id,
        "--name",
        "Phạm Văn Đức",
        "--topic",
        "Môi trường",
    ]);
    env.ok(&["speaker", "refuse", "1", "--reason", "disorder"]);
    env.ok(&[
        "session",
        "stop",
        &id,
        "--reason",
        "Gây rối trật tự, vi phạm Điều 9.2",
    ]);
    let v = env.json(&["session", "show", &id]);
    assert_eq!(v["session"]["status"], "stopped");
    assert_eq!(v["session"]["conclusion_due"], "2026-06-30");
    assert_eq!(v["registrations"][0]["refusal_reason"], "disorder");
    env.ok(&[
        "conclusion",
        "issue",
        "--new-agency",
        &id,
        "--on",
        "2026-06-25",
        "--doc",
        "15/TB-UBND",
        "--signer",
        "Nguyễn Văn Hùng",
    ]);
}

#[test]
fn r8_complaint_is_kept_out_of_the_notice_and_deadlines() {
    let env = TestEnv::ward();
    let id = held_session(&env, "2026-06-16");
    let c = add_opinion(
        &env,
        &id,
        "Khiếu nại quyết định thu hồi đất của hộ ông Trần Văn Bình",
    );
    let p = add_opinion(&env, &id, "Đề nghị sửa chữa đường ngõ 12 phố Tân Mai");
    env.ok(&[
        "opinion",
        "out-of-scope",
        &c,
        "--as",
        "complaint",
        "--note",
        "Hướng dẫn theo Luật Khiếu nại",
    ]);
    let v = env.json(&[
        "conclusion",
        "issue",
        "--new-agency",
        &id,
        "--on",
        "2026-06-25",
        "--doc",
        "15/TB-UBND",
        "--signer",
        "Nguyễn Văn Hùng",
        "--agency",
        "Phòng Quản lý đô thị",
    ]);
    let assigned: Vec<String> = v["assignments"]
        .as_array()
        .expect("list")
        .iter()
        .map(|a| a["opinion_id"].to_string())
        .collect();
    assert_eq!(assigned, vec![p]);
    let o = env.json(&["opinion", "show", &c]);
    assert_eq!(o["opinion"]["status"], "out-of-scope");
    assert_eq!(o["deadline"], serde_json::Value::Null);
}

#[test]
fn r9_conclusion_due_tenth_working_day_and_late_notice_flagged() {
    let env = TestEnv::ward();
    let id = held_session(&env, "2025-04-25");
    assert_eq!(
        env.json(&["session", "show", &id])["session"]["conclusion_due"],
        "2025-05-13"
    );
    let r = env.run(&[
        "conclusion",
        "issue",
        "--new-agency",
        &id,
        "--on",
        "2025-05-15",
        "--doc",
        "31/TB-UBND",
        "--signer",
        "Nguyễn Văn Hùng",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("R9 conclusion notice (due 2025-05-13): 2 working days late"),
        "{}",
        r.stderr
    );
    let v = env.json(&["session", "show", &id]);
    let r9 = v["deadlines"]
        .as_array()
        .expect("deadlines")
        .iter()
        .find(|d| d["rule"] == "R9")
        .cloned()
        .expect("R9");
    assert_eq!(r9["state"], "late");
    // A session without opinions is closed by its notice.
    assert_eq!(v["session"]["status"], "closed");
}

#[test]
fn r10_written_answer_due_thirtieth_working_day_late_answer_recorded() {
    let env = TestEnv::ward();
    let id = held_session(&env, "2026-06-16");
    let o = add_opinion(
        &env,
        &id,
        "Đề nghị sửa chữa đường ngõ 12 phố Tân Mai, mặt đường hư hỏng nặng",
    );
    let out = env.ok(&[
        "conclusion",
        "issue",
        "--new-agency",
        &id,
        "--on",
        "2026-06-22",
        "--doc",
        "15/TB-UBND",
        "--signer",
        "Nguyễn Văn Hùng",
        "--assign",
        &format!("{o}=Phòng Quản lý đô thị"),
    ]);
    assert!(out.contains("due (R10) 2026-08-03"), "{out}");
    let mut env = env;
    env.today = "2026-08-05".into();
    let overdue = env.json(&["opinion", "list", "--overdue"]);
    assert_eq!(overdue.as_array().map(Vec::len), Some(1));
    assert_eq!(overdue[0]["deadline"]["state"], "overdue");
    assert_eq!(overdue[0]["deadline"]["days"], 2);
    let r = env.run(&[
        "opinion",
        "respond",
        &o,
        "--on",
        "2026-08-05",
        "--doc",
        "125/UBND-QLĐT",
        "--summary",
        "Đã đưa vào kế hoạch sửa chữa quý III",
    ]);
    assert_eq!(r.code, 0);
    assert!(r.stderr.contains("2 working days late"), "{}", r.stderr);
    let v = env.json(&["opinion", "show", &o]);
    assert_eq!(v["deadline"]["state"], "late");
    assert_eq!(
        env.json(&["session", "show", &id])["session"]["status"],
        "closed"
    );
}

#[test]
fn r11_forward_beyond_competence() {
    let env = TestEnv::ward();
    let id = held_session(&env, "2026-06-16");
    let o = add_opinion(
        &env,
        &id,
        "Đề nghị mở rộng đường Tam Trinh (thuộc thẩm quyền Thành phố)",
    );
    issue_notice(&env, &id, "2026-06-22", "15/TB-UBND", "Phòng Kinh tế");
    env.ok(&[
        "opinion",
        "forward",
        &o,
        "--to",
        "Sở Xây dựng Hà Nội",
        "--on",
        "2026-07-01",
        "--doc",
        "88/UBND-KT",
    ]);
    let v = env.json(&["opinion", "show", &o]);
    assert_eq!(v["opinion"]["status"], "forwarded");
    assert_eq!(v["opinion"]["forwarded_to"], "Sở Xây dựng Hà Nội");
    assert_eq!(v["deadline"]["state"], "on-time");
}

#[test]
fn r12_extension_sets_a_new_target_and_a_late_notice_is_flagged() {
    let mut env = TestEnv::ward();
    env.today = "2026-08-20".into();
    let id = held_session(&env, "2026-06-16");
    let o = add_opinion(
        &env,
        &id,
        "Đề nghị giải quyết dứt điểm tình trạng ngập úng tổ 12 (liên ngành)",
    );
    issue_notice(
        &env,
        &id,
        "2026-06-22",
        "15/TB-UBND",
        "Phòng Quản lý đô thị",
    );
    let r = env.run(&[
        "opinion",
        "extend",
        "--new-agency",
        &o,
        "--notified-on",
        "2026-08-05",
        "--until",
        "2026-10-30",
        "--agency",
        "Ban Quản lý dự án",
        "--doc",
        "140/UBND",
    ]);
    assert_eq!(r.code, 0);
    assert!(
        r.stderr.contains("2 working days after the R10 window"),
        "{}",
        r.stderr
    );
    let v = env.json(&["opinion", "show", &o]);
    assert_eq!(v["opinion"]["due_date"], "2026-10-30");
    assert_eq!(v["opinion"]["due_rule"], "R12");
    assert_eq!(v["deadline"]["rule"], "R12");
    let mut env = env;
    env.today = "2026-11-03".into();
    let overdue = env.json(&["opinion", "list", "--overdue"]);
    assert_eq!(overdue[0]["deadline"]["rule"], "R12");
    assert_eq!(overdue[0]["deadline"]["days"], 2);
    // A second timeline notice is possible (R12): recorded, the new target in force, both in
    // the history.
    env.ok(&[
        "opinion",
        "extend",
        "--new-agency",
        &o,
        "--notified-on",
        "2026-11-03",
        "--until",
        "2026-12-30",
        "--agency",
        "Ban Quản lý dự án",
    ]);
    let v = env.json(&["opinion", "show", &o]);
    assert_eq!(v["opinion"]["due_date"], "2026-12-30");
    assert_eq!(v["opinion"]["extension_notified_on"], "2026-08-05");
    let extends = v["history"]
        .as_array()
        .expect("history")
        .iter()
        .filter(|e| e["action"] == "extend")
        .count();
    assert_eq!(extends, 2);
}

#[test]
fn calendar_change_recomputes_open_deadlines_in_history() {
    let mut env = TestEnv::ward();
    env.today = "2026-11-16".into();
    let id = held_session(&env, "2026-11-13");
    assert_eq!(
        env.json(&["session", "show", &id])["session"]["conclusion_due"],
        "2026-11-27"
    );
    let out = env.ok(&[
        "calendar",
        "add-holiday",
        "2026-11-24",
        "--name",
        "Ngày Văn hóa Việt Nam",
    ]);
    assert!(
        out.contains("R9 deadline of session 1 moved: 2026-11-27 → 2026-11-30"),
        "{out}"
    );
    assert_eq!(
        env.json(&["session", "show", &id])["session"]["conclusion_due"],
        "2026-11-30"
    );
    let h = env.json(&["history", "--session", &id]);
    assert!(h
        .as_array()
        .expect("events")
        .iter()
        .any(|e| e["action"] == "recompute-deadline"));
}

#[test]
fn clerk_name_goes_into_the_history() {
    let env = TestEnv::ward();
    let mut c = env.command();
    c.args([
        "--clerk",
        "Đặng Quốc Bảo",
        "agency",
        "add",
        "Phòng Văn hóa - Thông tin",
    ]);
    assert!(c.output().expect("run").status.success());
    let h = env.json(&["history", "--kind", "agency"]);
    assert_eq!(h[0]["clerk"], "Đặng Quốc Bảo");
    let h = env.json(&["history", "--kind", "office"]);
    assert_eq!(h[0]["clerk"], "Trần Thị Lan");
}

#[test]
fn search_ignores_diacritics() {
    let env = TestEnv::ward();
    let id = held_session(&env, "2026-06-16");
    add_opinion(
        &env,
        &id,
        "Đề nghị cấp giấy chứng nhận quyền sử dụng đất đai tổ 5",
    );
    add_opinion(
        &env,
        &id,
        "Đề nghị sửa chữa đường ngõ 12, giáp quận Đống Đa",
    );
    add_opinion(&env, &id, "Phản ánh tiếng ồn karaoke");
    let ids = |q: &str| -> Vec<i64> {
        env.json(&["opinion", "list", "--search", q])
            .as_array()
            .expect("list")
            .iter()
            .map(|o| o["id"].as_i64().expect("id"))
            .collect()
    };
    assert_eq!(ids("dat dai"), vec![1]);
    assert_eq!(ids("duong"), vec![2]);
    assert_eq!(ids("dong da"), vec![2]);
    assert_eq!(ids("ĐẤT"), vec![1]);
    assert_eq!(ids("karaoke on"), vec![3]);
}

#[test]
fn long_petition_from_stdin() {
    let env = TestEnv::ward();
    let id = held_session(&env, "2026-06-16");
    let text = "Đề nghị sửa chữa đường ngõ 12 phố Tân Mai. ".repeat(4000);
    let mut child = env
        .command()
        .args([
            "opinion",
            "add",
            &id,
            "--content-file",
            "-",
            "--category",
            "petition",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("spawn");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(text.as_bytes())
        .expect("write");
    assert!(child.wait_with_output().expect("wait").status.success());
    let stored: String = env.sql("SELECT content FROM opinion WHERE id = 1");
    assert_eq!(stored, text.trim());
}

#[test]
fn corrected_notice_keeps_the_first_in_history() {
    let env = TestEnv::ward();
    let id = held_session(&env, "2026-06-16");
    add_opinion(&env, &id, "Đề nghị lắp đèn chiếu sáng ngõ 38");
    issue_notice(&env, &id, "2026-06-22", "15/TB-UBND", "Phòng Kinh tế");
    env.ok(&[
        "conclusion",
        "issue",
        "--new-agency",
        &id,
        "--on",
        "2026-06-24",
        "--doc",
        "15a/TB-UBND",
        "--signer",
        "Nguyễn Văn Hùng",
        "--agency",
        "Phòng Quản lý đô thị",
        "--replace",
        "--yes",
        "--note",
        "Đính chính cơ quan chủ trì",
    ]);
    let v = env.json(&["conclusion", "show", &id]);
    assert_eq!(v.as_array().map(Vec::len), Some(2));
    assert_eq!(v[0]["notice"]["doc_number"], "15/TB-UBND");
    assert_eq!(v[1]["notice"]["version"], 2);
    assert_eq!(v[1]["assignments"][0]["agency"], "Phòng Quản lý đô thị");
    assert_eq!(v[1]["assignments"][0]["due_date"], "2026-08-05");
    // R9 is judged on the first notice.
    let s = env.json(&["session", "show", &id]);
    let r9 = s["deadlines"]
        .as_array()
        .expect("d")
        .iter()
        .find(|d| d["rule"] == "R9")
        .cloned()
        .expect("R9");
    assert_eq!(r9["done_on"], "2026-06-22");
}

#[test]
fn vietnamese_interface() {
    let env = TestEnv::ward();
    let r = env
        .command()
        .args(["--lang", "vi", "session", "show", "5"])
        .output()
        .expect("run");
    let err = String::from_utf8_lossy(&r.stderr);
    assert!(err.starts_with("lỗi: không có hội nghị mã 5"), "{err}");
    let out = env
        .command()
        .args(["--lang", "vi", "calendar", "show", "2026-09"])
        .output()
        .expect("run");
    assert!(String::from_utf8_lossy(&out.stdout).contains("Tháng 9 năm 2026"));
    let id = held_session(&env, "2026-06-16");
    let r = env
        .command()
        .args([
            "--lang",
            "vi",
            "speaker",
            "register",
            &id,
            "--name",
            "Nguyễn Thị Mai",
            "--topic",
            "Đường ngõ 12",
        ])
        .output()
        .expect("run");
    let err = String::from_utf8_lossy(&r.stderr);
    assert_eq!(
        err.trim(),
        "lỗi: hội nghị 1 đã tổ chức: đăng ký phát biểu là trước hội nghị; thêm --spoke vào lệnh này để ghi người đã phát biểu tại hội nghị mà không đăng ký trước (hội nghị đột xuất, phát biểu tại chỗ)"
    );
}

#[test]
fn r4_clear_days_reading_moves_the_announcement_deadline() {
    let env = TestEnv::ward();
    let out = env.plan_session("Đối thoại về chỉnh trang đô thị", "periodic", "2026-06-16");
    assert!(out.contains("announce by (R4): 2026-06-09"), "{out}");
    let out = env.ok(&[
        "init",
        "--office",
        "Phường Hoàng Mai",
        "--announcement-reading",
        "clear-days",
        "--effective",
        "2026-06-01",
    ]);
    assert!(
        out.contains("R4 deadline of session 1 moved: 2026-06-09 → 2026-06-08"),
        "{out}"
    );
    let out = env.ok(&[
        "session",
        "plan",
        "--title",
        "Đối thoại với Hội Phụ nữ",
        "--kind",
        "regular",
        "--date",
        "2026-07-14",
        "--chair-role",
        "party-secretary",
        "--chair",
        "Đỗ Minh Tuấn",
    ]);
    assert!(out.contains("announce by (R4): 2026-07-06"), "{out}");
    // Settings not given keep their value.
    let v: String = env.sql("SELECT announcement_reading FROM office");
    env.ok(&["init", "--office", "Phường Hoàng Mai"]);
    assert_eq!(
        env.sql::<String>("SELECT announcement_reading FROM office"),
        v
    );
}

/// The whole tables a clerk reads along a case — sessions, one session, its speakers, its
/// opinions with their deadlines, one opinion, the history — in both languages, snapshotted on
/// the reports' fixed data set: a changed word, column or date form shows in review.
#[test]
fn lifecycle_tables_snapshotted_in_both_languages() {
    let env = crate::reports::dataset();
    let pages: [(&str, &[&str]); 7] = [
        ("session_list", &["session", "list"]),
        ("session_show_held", &["session", "show", "1"]),
        ("session_show_planned", &["session", "show", "3"]),
        ("speaker_list", &["speaker", "list", "3"]),
        ("opinion_list", &["opinion", "list", "--session", "1"]),
        ("opinion_show_extended", &["opinion", "show", "4"]),
        ("history_session", &["history", "--session", "1"]),
    ];
    for lang in ["en", "vi"] {
        for (name, args) in pages {
            let out = env
                .command()
                .env("DOITHOAI_LANG", lang)
                .args(args)
                .output()
                .expect("run doithoai");
            assert!(out.status.success(), "{args:?}: {:?}", out);
            let text = String::from_utf8_lossy(&out.stdout);
            insta::assert_snapshot!(format!("lifecycle_{name}_{lang}"), text);
        }
    }
}
