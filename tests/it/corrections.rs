//! Mistakes at the counter are caught before they are stored and corrected after, with the
//! history intact (issue 11).

use crate::support::{held_session, issue_notice, TestEnv};
use crate::support::{REFUSED, USAGE};

fn ward_with_an_assigned_opinion() -> (TestEnv, String) {
    let mut env = TestEnv::ward();
    env.today = "2026-09-30".into();
    env.ok(&["agency", "add", "Phòng Kinh tế, Hạ tầng và Đô thị"]);
    let s = held_session(&env, "2026-07-14");
    env.ok(&[
        "opinion",
        "add",
        &s,
        "--category",
        "petition",
        "--content",
        "Đề nghị sửa chữa đường ngõ 12 phố Tân Mai",
    ]);
    (env, s)
}

#[test]
fn a_misspelt_agency_is_refused_with_the_closest_name_and_nothing_is_split() {
    let (env, s) = ward_with_an_assigned_opinion();
    let typo = "1=Phong Kinh te, Ha tang va Do thi";
    let err = env.refused(
        &[
            "conclusion",
            "issue",
            &s,
            "--on",
            "2026-07-22",
            "--doc",
            "20/TB-UBND",
            "--signer",
            "Nguyễn Văn Hùng",
            "--assign",
            typo,
        ],
        REFUSED,
    );
    assert!(err.contains("'Phòng Kinh tế, Hạ tầng và Đô thị'"), "{err}");
    env.refused(
        &[
            "session",
            "invite",
            &s,
            "--agency",
            "phong kinh te ha tang va do thi",
        ],
        REFUSED,
    );
    assert_eq!(env.sql::<i64>("SELECT count(*) FROM agency"), 1);
    // Spelt right it goes through; a genuinely new agency needs --new-agency.
    env.ok(&[
        "conclusion",
        "issue",
        &s,
        "--on",
        "2026-07-22",
        "--doc",
        "20/TB-UBND",
        "--signer",
        "Nguyễn Văn Hùng",
        "--assign",
        "1=Phòng Kinh tế, Hạ tầng và Đô thị",
    ]);
}

#[test]
fn agencies_are_renamed_and_merged_with_their_old_names_still_found() {
    let (env, s) = ward_with_an_assigned_opinion();
    issue_notice(&env, &s, "2026-07-22", "20/TB-UBND", "Phong KT HT DT");
    // Two spellings of one agency: merge the typo into the right one.
    let err = env.refused(
        &[
            "agency",
            "merge",
            "Phong KT HT DT",
            "Phòng Kinh tế, Hạ tầng và Đô thị",
        ],
        USAGE,
    );
    assert!(err.contains("--yes"), "{err}");
    env.ok(&[
        "agency",
        "merge",
        "Phong KT HT DT",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "--yes",
        "--reason",
        "Gõ sai tên khi ban hành thông báo",
    ]);
    assert_eq!(env.sql::<i64>("SELECT count(*) FROM agency"), 1);
    let o = env.json(&["opinion", "show", "1"]);
    assert_eq!(o["opinion"]["agency"], "Phòng Kinh tế, Hạ tầng và Đô thị");
    assert_eq!(
        env.sql::<i64>(
            "SELECT count(*) FROM event WHERE action = 'merge-agency' AND record_kind = 'opinion'"
        ),
        1
    );
    // The old name still finds it; a rename keeps the former name too.
    env.ok(&["opinion", "reassign", "1", "--agency", "Phong KT HT DT"]);
    env.ok(&[
        "agency",
        "rename",
        "1",
        "Phòng Kinh tế, Hạ tầng và Đô thị phường Hoàng Mai",
    ]);
    env.ok(&[
        "opinion",
        "reassign",
        "1",
        "--agency",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
    ]);
    // A former name typed again without diacritics is not a new agency: the refusal names
    // the agency it belongs to now.
    let err = env.refused(
        &["agency", "add", "phong kinh te, ha tang va do thi"],
        REFUSED,
    );
    assert!(
        err.contains("Phòng Kinh tế, Hạ tầng và Đô thị phường Hoàng Mai"),
        "{err}"
    );
    env.ok(&["check"]);
}

#[test]
fn every_record_kind_is_corrected_with_before_after_and_reason() {
    let (env, s) = ward_with_an_assigned_opinion();
    env.ok(&[
        "session",
        "edit",
        &s,
        "--venue",
        "Nhà văn hóa tổ 12",
        "--reason",
        "Đổi hội trường",
    ]);
    env.ok(&[
        "opinion",
        "edit",
        "1",
        "--content",
        "- Đề nghị sửa chữa đường ngõ 12, phố Tân Mai",
        "--field",
        "giao thông",
        "--reason",
        "Gõ thiếu",
    ]);
    env.ok(&["agency", "edit", "1", "--contact", "024 3863 1234"]);
    let v = env.json(&["opinion", "show", "1"]);
    assert_eq!(
        v["opinion"]["content"],
        "- Đề nghị sửa chữa đường ngõ 12, phố Tân Mai"
    );
    // The search follows the corrected text.
    let found = env.json(&["opinion", "list", "--search", "giao thong"]);
    assert_eq!(found.as_array().map(Vec::len), Some(1));
    let edit = v["history"]
        .as_array()
        .expect("history")
        .iter()
        .find(|e| e["action"] == "edit")
        .cloned()
        .expect("edit event");
    assert_eq!(
        edit["before"]["content"],
        "Đề nghị sửa chữa đường ngõ 12 phố Tân Mai"
    );
    assert_eq!(edit["reason"], "Gõ thiếu");
    // Nothing to change is a usage error; states are not fields.
    env.refused(&["session", "edit", &s], USAGE);
    env.refused(&["opinion", "edit", "1", "--status", "responded"], USAGE);
    env.ok(&["check"]);
}

#[test]
fn speakers_are_named_by_their_number_in_the_session() {
    let mut env = TestEnv::ward();
    env.today = "2026-09-30".into();
    for date in ["2026-09-15", "2026-09-22"] {
        env.ok(&[
            "session",
            "plan",
            "--title",
            "Đối thoại",
            "--kind",
            "regular",
            "--date",
            date,
            "--chair-role",
            "committee-chair",
            "--chair",
            "Nguyễn Văn Hùng",
        ]);
    }
    for (s, name) in [
        ("1", "Nguyễn Thị Mai"),
        ("1", "Phạm Văn Đức"),
        ("2", "Hoàng Thị Lan"),
    ] {
        env.ok(&[
            "speaker",
            "register",
            s,
            "--name",
            name,
            "--topic",
            "Trật tự đô thị",
        ]);
    }
    env.ok(&[
        "speaker",
        "edit",
        "2/1",
        "--name",
        "Hoàng Thị Lân",
        "--reason",
        "Sai chính tả",
    ]);
    assert_eq!(
        env.sql::<String>(
            "SELECT name FROM registration WHERE session_id = 2 AND speaking_order = 1"
        ),
        "Hoàng Thị Lân"
    );
    env.ok(&["speaker", "refuse", "1/2", "--reason", "disorder"]);
    assert_eq!(
        env.sql::<String>("SELECT status FROM registration WHERE id = 2"),
        "refused"
    );
    env.refused(&["speaker", "withdraw", "2/9"], REFUSED);
}

#[test]
fn a_session_is_rescheduled_with_its_speakers_and_r4_follows() {
    let mut env = TestEnv::ward();
    env.today = "2026-09-01".into();
    env.plan_session("Đối thoại quý III", "periodic", "2026-09-22");
    env.announce("1", "2026-09-01", "Loa phường");
    env.ok(&[
        "speaker",
        "register",
        "1",
        "--name",
        "Nguyễn Thị Mai",
        "--topic",
        "Đường ngõ 12",
    ]);
    // Earlier by two weeks: the announcement of 1/9 no longer gives 7 days — flagged.
    let r = env.run(&[
        "session",
        "reschedule",
        "1",
        "--date",
        "2026-09-05",
        "--reason",
        "Trùng lịch",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("R4"), "{}", r.stderr);
    let v = env.json(&["session", "show", "1"]);
    assert_eq!(v["session"]["date"], "2026-09-05");
    assert_eq!(v["session"]["announce_due"], "2026-08-29");
    assert_eq!(v["registrations"].as_array().map(Vec::len), Some(1));
    let p = env.json(&["report", "period", "--quarter", "2026-Q3"]);
    assert_eq!(p["sessions_rescheduled"], 1);
}

#[test]
fn an_assigned_opinion_is_rerouted_or_reassigned_keeping_its_r10_due() {
    let (env, s) = ward_with_an_assigned_opinion();
    env.ok(&[
        "opinion",
        "add",
        &s,
        "--category",
        "petition",
        "--content",
        "Khiếu nại việc thu hồi đất hộ ông Trần Văn Bình",
    ]);
    issue_notice(
        &env,
        &s,
        "2026-07-22",
        "20/TB-UBND",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
    );
    let due = env.json(&["opinion", "show", "1"])["opinion"]["response_due"].clone();
    env.ok(&["agency", "add", "Phòng Tài nguyên và Môi trường"]);
    env.ok(&[
        "opinion",
        "reassign",
        "1",
        "--agency",
        "Phòng Tài nguyên và Môi trường",
        "--reason",
        "Đúng thẩm quyền",
    ]);
    let v = env.json(&["opinion", "show", "1"]);
    assert_eq!(v["opinion"]["agency"], "Phòng Tài nguyên và Môi trường");
    assert_eq!(v["opinion"]["response_due"], due);
    // Found to be a complaint after the notice (Art. 1.2): out of scope, no deadline any more.
    env.ok(&[
        "opinion",
        "out-of-scope",
        "2",
        "--as",
        "complaint",
        "--note",
        "Chuyển Ban Tiếp công dân",
    ]);
    let overdue = env.json(&["report", "overdue", "--as-of", "2026-09-30"]);
    assert!(!overdue
        .as_array()
        .expect("rows")
        .iter()
        .any(|r| r["record_id"] == 2 && r["record_kind"] == "opinion"));
    env.ok(&["check"]);
}

#[test]
fn undo_takes_back_the_clerks_last_command_and_keeps_both_in_the_history() {
    let (env, s) = ward_with_an_assigned_opinion();
    env.ok(&["opinion", "edit", "1", "--priority", "urgent"]);
    // In a script, undo needs --yes.
    env.refused(&["undo"], USAGE);
    let out = env.ok(&["undo", "--yes"]);
    assert!(out.contains("opinion edit"), "{out}");
    assert_eq!(
        env.sql::<String>("SELECT priority FROM opinion WHERE id = 1"),
        "normal"
    );
    // The opinion added earlier goes too; the session held stays blocked by nothing.
    env.ok(&["undo", "--yes"]);
    assert_eq!(env.sql::<i64>("SELECT count(*) FROM opinion"), 0);
    assert!(env.sql::<i64>("SELECT count(*) FROM event WHERE action = 'undo'") >= 2);
    env.ok(&["check"]);
    // Another clerk's later act on the same record blocks the undo.
    env.ok(&[
        "opinion",
        "add",
        &s,
        "--category",
        "petition",
        "--content",
        "Đề nghị lắp đèn ngõ 38",
    ]);
    let r = env
        .command()
        .env("DOITHOAI_CLERK", "Lê Thu Hà")
        .args(["opinion", "edit", "2", "--field", "chiếu sáng"])
        .output()
        .expect("run");
    assert!(r.status.success());
    let err = env.refused(&["undo", "--yes"], REFUSED);
    assert!(err.contains("Lê Thu Hà"), "{err}");
}

#[test]
fn due_before_means_by_that_day() {
    let (env, s) = ward_with_an_assigned_opinion();
    issue_notice(
        &env,
        &s,
        "2026-07-22",
        "20/TB-UBND",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
    );
    let due = env.json(&["opinion", "show", "1"])["opinion"]["due_date"]
        .as_str()
        .expect("due")
        .to_string();
    let by_due = env.json(&["opinion", "list", "--due-before", &due]);
    assert_eq!(
        by_due.as_array().map(Vec::len),
        Some(1),
        "due on {due} is due by {due}"
    );
    let after = env.json(&["opinion", "list", "--due-after", &due]);
    assert_eq!(after.as_array().map(Vec::len), Some(1));
}

#[test]
fn undo_takes_back_exactly_what_each_command_did() {
    let mut env = TestEnv::ward();
    env.today = "2026-09-30".into();
    env.plan_session("Đối thoại", "regular", "2026-07-14");
    // An invitation undone leaves the session.
    env.ok(&[
        "session",
        "invite",
        "1",
        "--organisation",
        "Hội Cựu chiến binh phường",
    ]);
    env.ok(&["undo", "--yes"]);
    assert_eq!(env.sql::<i64>("SELECT count(*) FROM session"), 1);
    assert_eq!(env.sql::<i64>("SELECT count(*) FROM invitation"), 0);
    env.ok(&[
        "opinion",
        "add",
        "1",
        "--category",
        "petition",
        "--content",
        "Đề nghị nạo vét mương tổ 12",
    ]);
    env.ok(&["session", "hold", "1"]);
    // A notice that created its agency is undone whole.
    env.ok(&[
        "conclusion",
        "issue",
        "1",
        "--on",
        "2026-07-20",
        "--doc",
        "20/TB",
        "--signer",
        "X",
        "--agency",
        "Phòng Quản lý đô thị",
        "--new-agency",
    ]);
    env.ok(&["undo", "--yes"]);
    assert_eq!(env.sql::<i64>("SELECT count(*) FROM conclusion_notice"), 0);
    assert_eq!(env.sql::<i64>("SELECT count(*) FROM agency"), 0);
    assert_eq!(
        env.sql::<String>("SELECT status FROM opinion WHERE id = 1"),
        "open"
    );
    env.ok(&["check"]);
    // A timeline notice undone leaves no trace in the reports.
    env.ok(&[
        "conclusion",
        "issue",
        "1",
        "--on",
        "2026-07-20",
        "--doc",
        "20/TB",
        "--signer",
        "X",
        "--agency",
        "Phòng Quản lý đô thị",
        "--new-agency",
    ]);
    env.ok(&[
        "opinion",
        "extend",
        "1",
        "--notified-on",
        "2026-08-10",
        "--until",
        "2026-12-30",
        "--agency",
        "Phòng Quản lý đô thị",
    ]);
    env.ok(&["undo", "--yes"]);
    assert_eq!(env.sql::<i64>("SELECT count(*) FROM extension"), 0);
    // An edit undone: the search follows the text again.
    env.ok(&[
        "opinion",
        "edit",
        "1",
        "--content",
        "Đề nghị lắp camera an ninh",
    ]);
    env.ok(&["undo", "--yes"]);
    assert_eq!(
        env.json(&["opinion", "list", "--search", "camera"]),
        serde_json::json!([])
    );
    assert_eq!(
        env.json(&["opinion", "list", "--search", "muong"])
            .as_array()
            .map(Vec::len),
        Some(1)
    );
    // A calendar change undone, then the command before it.
    env.ok(&[
        "calendar",
        "add-holiday",
        "2026-10-05",
        "--name",
        "Nghỉ bão",
    ]);
    env.ok(&["undo", "--yes"]);
    assert_eq!(env.sql::<i64>("SELECT count(*) FROM calendar_override"), 0);
    let out = env.ok(&["undo", "--yes"]);
    assert!(!out.contains("calendar"), "{out}");
    env.ok(&["check"]);
}

/// A renamed agency is still found by its former name in the opinion list, and a name that is
/// no agency's is refused with the closest ones instead of an empty list.
#[test]
fn the_opinion_list_finds_an_agency_by_its_former_name() {
    let env = crate::reports::dataset();
    let before = env.ok(&[
        "opinion",
        "list",
        "--agency",
        "Phòng Quản lý đô thị",
        "--format",
        "csv",
    ]);
    env.ok(&[
        "agency",
        "rename",
        "Phòng Quản lý đô thị",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "--reason",
        "Sắp xếp bộ máy",
    ]);
    let by_old = env.ok(&[
        "opinion",
        "list",
        "--agency",
        "Phòng Quản lý đô thị",
        "--format",
        "csv",
    ]);
    assert_eq!(by_old.lines().count(), before.lines().count(), "{by_old}");
    let refused = env.refused(
        &["opinion", "list", "--agency", "Phong Quan ly do thi cu"],
        1,
    );
    assert!(refused.contains("Phòng"), "{refused}");
}
