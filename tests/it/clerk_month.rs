//! A ward clerk's months, checked from outside: an adversarial pass over the built binary found
//! each of these; the figures are computed by hand from the regulation and the 2026 calendar.

use crate::support::TestEnv;

/// Phường Hoàng Mai on 29/11/2026: session 1 held 01/07/2026, two petitions, the notice of
/// 13/07/2026 gives both to Phòng Quản lý đô thị. R10: 30 working days from 13/07 — with
/// 31/08–02/09 off and Saturday 22/08/2026 a make-up working day — fall on 22/08/2026.
fn july_ward() -> TestEnv {
    let mut env = TestEnv::ward();
    env.today = "2026-11-29".into();
    env.ok(&["agency", "add", "Phòng Quản lý đô thị"]);
    env.ok(&["agency", "add", "Phòng Kinh tế"]);
    env.plan_session("Đối thoại tháng 7", "periodic", "2026-07-01");
    env.ok(&[
        "opinion",
        "add",
        "1",
        "--category",
        "petition",
        "--content",
        "Đề nghị sửa chữa cống thoát nước ngõ 12 Tân Mai",
    ]);
    env.ok(&[
        "opinion",
        "add",
        "1",
        "--category",
        "petition",
        "--content",
        "Đề nghị giải tỏa chợ cóc đầu ngõ 38",
    ]);
    env.ok(&["session", "hold", "1"]);
    env.ok(&[
        "conclusion",
        "issue",
        "1",
        "--on",
        "2026-07-13",
        "--doc",
        "30/TB-UBND",
        "--signer",
        "Nguyễn Văn Hùng",
        "--agency",
        "Phòng Quản lý đô thị",
    ]);
    let due = env.json(&["opinion", "show", "2"])["opinion"]["response_due"].clone();
    assert_eq!(due, "2026-08-22", "R10 by hand");
    env
}

/// Opinion 2 gets its timeline notice on Monday 24/08/2026 — one working day after R10 —
/// naming Phòng Kinh tế, which answers for it from then on (Art. 10.2, R12).
fn extended_to_another_agency(env: &TestEnv) {
    env.ok(&[
        "opinion",
        "extend",
        "2",
        "--notified-on",
        "2026-08-24",
        "--until",
        "2026-09-30",
        "--agency",
        "Phòng Kinh tế",
    ]);
}

#[test]
fn r12_the_agency_named_by_the_timeline_notice_is_the_one_lists_and_exports_name() {
    let env = july_ward();
    extended_to_another_agency(&env);
    let listed = env.json(&["opinion", "list", "--agency", "Phòng Kinh tế"]);
    let ids: Vec<i64> = listed
        .as_array()
        .expect("rows")
        .iter()
        .map(|o| o["id"].as_i64().expect("id"))
        .collect();
    assert_eq!(ids, vec![2], "{listed}");
    assert_eq!(listed[0]["agency_in_charge"], "Phòng Kinh tế");
    let lead = env.json(&["opinion", "list", "--agency", "Phòng Quản lý đô thị"]);
    assert_eq!(lead.as_array().map(Vec::len), Some(1), "{lead}");
    let csv = env.ok(&["export", "opinions", "--format", "csv"]);
    let header: Vec<&str> = csv.lines().next().expect("header").split(',').collect();
    let agency = header.iter().position(|h| *h == "agency").expect("agency");
    let row2 = csv
        .lines()
        .find(|l| l.starts_with("2,"))
        .expect("opinion 2");
    assert_eq!(row2.split(',').nth(agency), Some("Phòng Kinh tế"), "{csv}");
}

#[test]
fn r13_a_missed_r10_counts_against_the_agency_that_held_the_opinion() {
    let env = july_ward();
    extended_to_another_agency(&env);
    env.ok(&[
        "opinion",
        "respond",
        "1",
        "--on",
        "2026-08-21",
        "--doc",
        "50/UBND-QLĐT",
        "--summary",
        "Đã nạo vét và sửa cống",
    ]);
    let report = env.json(&["report", "period", "--quarter", "Q3/2026"]);
    let agency = |name: &str| {
        report["agencies"]
            .as_array()
            .expect("agencies")
            .iter()
            .find(|a| a["agency"] == name)
            .cloned()
            .unwrap_or_else(|| panic!("{name} in {report}"))
    };
    let lead = agency("Phòng Quản lý đô thị");
    assert_eq!(lead["answered_on_time"], 1, "{lead}");
    assert_eq!(lead["r10_missed"], 1, "{lead}");
    assert_eq!(lead["on_time_rate"], 0.5, "{lead}");
    // The late list charges the same breach to the same agency.
    let breach = report["missed_in_period"]
        .as_array()
        .expect("late items")
        .iter()
        .find(|i| i["rule"] == "R10" && i["record_id"] == 2)
        .cloned()
        .expect("the R10 breach is listed");
    assert_eq!(breach["agency"], "Phòng Quản lý đô thị");
    assert_eq!(breach["days"], 1);
    // The summary counts the superseded R10 as a deadline kept late, beside opinion 2's R12
    // of 30/09, open at the end of Q3 (30/09: due that day, not yet missed): 1 on time ÷
    // (1 + 1 late).
    let tally = &report["written_answers"];
    assert_eq!(
        (
            &tally["on_time"],
            &tally["late"],
            &tally["open_overdue"],
            &tally["open_not_due"]
        ),
        (&1.into(), &1.into(), &0.into(), &1.into()),
        "{tally}"
    );
    // Phòng Kinh tế missed nothing of R10: its own deadline is R12's 30/09.
    assert_eq!(agency("Phòng Kinh tế")["r10_missed"], 0);
}

#[test]
fn r10_an_answer_dated_before_the_reassignment_is_refused() {
    let env = july_ward();
    env.ok(&[
        "opinion",
        "reassign",
        "1",
        "--agency",
        "Phòng Kinh tế",
        "--on",
        "2026-08-20",
    ]);
    let err = env.refused(
        &[
            "opinion",
            "respond",
            "1",
            "--on",
            "2026-08-19",
            "--doc",
            "50/UBND",
            "--summary",
            "Đã sửa",
        ],
        1,
    );
    assert!(
        err.contains("2026-08-19") && err.contains("2026-08-20"),
        "{err}"
    );
    // The agency that took it over answers from that very day.
    env.ok(&[
        "opinion",
        "respond",
        "1",
        "--on",
        "2026-08-20",
        "--doc",
        "51/UBND-KT",
        "--summary",
        "Đã sửa",
    ]);
    // And the history says from which day.
    let history = env.json(&["history", "--opinion", "1"]);
    let reassigned = history
        .as_array()
        .expect("events")
        .iter()
        .find(|e| e["action"] == "reassign")
        .cloned()
        .expect("the reassignment");
    assert_eq!(reassigned["after"]["reassigned_on"], "2026-08-20");
}

#[test]
fn r4_a_session_held_early_is_late_until_the_day_it_was_held() {
    let mut env = TestEnv::ward();
    env.today = "2026-11-29".into();
    // Planned Tuesday 03/11, held Monday 02/11, never announced: R4 fell on 26/10 (7 whole
    // days before 02/11), and the announcement stopped being "more late" on 02/11: 7 days.
    env.plan_session("Đối thoại về an ninh trật tự", "periodic", "2026-11-03");
    env.ok(&["session", "hold", "1", "--on", "2026-11-02"]);
    let report = env.json(&["report", "period", "--year", "2026"]);
    let r4 = report["missed_in_period"]
        .as_array()
        .expect("late items")
        .iter()
        .find(|i| i["rule"] == "R4")
        .cloned()
        .expect("R4 listed");
    assert_eq!(r4["due"], "2026-10-26", "{r4}");
    assert_eq!(r4["days"], 7, "{r4}");
    let shown = env.json(&["session", "show", "1"]);
    assert_eq!(shown["deadlines"][0]["days"], 7, "{shown}");
}

#[test]
fn r10_one_opinion_named_twice_by_assign_is_refused() {
    let mut env = TestEnv::ward();
    env.today = "2026-11-29".into();
    env.ok(&["agency", "add", "Phòng Quản lý đô thị"]);
    env.ok(&["agency", "add", "Phòng Kinh tế"]);
    env.plan_session("Đối thoại đột xuất về chợ", "ad-hoc", "2026-11-20");
    env.ok(&[
        "opinion",
        "add",
        "1",
        "--category",
        "petition",
        "--content",
        "Đề nghị sắp xếp lại chợ tạm Tân Mai",
    ]);
    env.ok(&["session", "hold", "1"]);
    let err = env.refused(
        &[
            "conclusion",
            "issue",
            "1",
            "--on",
            "2026-11-27",
            "--doc",
            "41/TB-UBND",
            "--signer",
            "Nguyễn Văn Hùng",
            "--assign",
            "1=Phòng Quản lý đô thị",
            "--assign",
            "1=Phòng Kinh tế",
        ],
        2,
    );
    assert!(
        err.contains("opinion 1") && err.contains("Phòng Kinh tế"),
        "{err}"
    );
}

#[test]
fn an_export_never_overwrites_a_database_or_a_backup() {
    let env = july_ward();
    let backup = env.path("sao-luu.db");
    env.ok(&["backup", backup.to_str().expect("utf-8")]);
    let before = std::fs::read(&backup).expect("backup");
    let err = env.refused(
        &[
            "report",
            "overdue",
            "--format",
            "csv",
            "--output",
            backup.to_str().expect("utf-8"),
        ],
        2,
    );
    assert!(err.contains("SQLite"), "{err}");
    assert_eq!(std::fs::read(&backup).expect("backup"), before);
    // Another ward's live file, named for an export by mistake.
    let other = TestEnv::ward();
    let other_before = other.dump();
    env.refused(
        &[
            "export",
            "opinions",
            "--format",
            "csv",
            "--output",
            other.db.to_str().expect("utf-8"),
        ],
        2,
    );
    assert_eq!(other.dump(), other_before);
    // A later backup may still replace the older one, when asked to.
    env.ok(&["backup", "--force", backup.to_str().expect("utf-8")]);
}

#[cfg(unix)]
#[test]
fn init_into_an_empty_file_made_beforehand_makes_it_private() {
    if crate::support::file_only() {
        return;
    }
    use std::os::unix::fs::PermissionsExt;
    let env = TestEnv::new();
    std::fs::File::create(&env.db).expect("touch");
    std::fs::set_permissions(&env.db, std::fs::Permissions::from_mode(0o644)).expect("chmod");
    env.ok(&["init", "--office", "Phường Hoàng Mai"]);
    let mode = std::fs::metadata(&env.db).expect("db").permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "{mode:o}");
}

#[test]
fn an_agency_typed_with_other_case_or_spaces_is_the_same_agency() {
    let env = july_ward();
    extended_to_another_agency(&env);
    for typed in ["phòng kinh tế", " Phòng Kinh tế ", "Phòng  Kinh tế"] {
        let listed = env.json(&["opinion", "list", "--agency", typed]);
        assert_eq!(
            listed.as_array().map(Vec::len),
            Some(1),
            "{typed:?}: {listed}"
        );
    }
    // Without its marks it is asked about, not added: no advice that cannot work.
    let r = env.run_vi(&["opinion", "list", "--agency", "Phong Kinh te"]);
    assert_ne!(r.code, 0);
    assert!(
        r.stderr.contains("có phải 'Phòng Kinh tế'?"),
        "{}",
        r.stderr
    );
    assert!(!r.stderr.contains("--new-agency"), "{}", r.stderr);
    assert!(!r.stderr.contains("agency add"), "{}", r.stderr);
    // A command that takes --new-agency still offers it for a name no agency resembles.
    let err = env.refused(
        &[
            "opinion",
            "reassign",
            "1",
            "--agency",
            "Ban Chỉ huy Quân sự phường",
            "--on",
            "2026-08-20",
        ],
        1,
    );
    assert!(err.contains("--new-agency"), "{err}");
}

#[test]
fn history_limit_shows_the_latest_events_oldest_first() {
    let env = july_ward();
    let all = env.json(&["history"]);
    let ids: Vec<i64> = all
        .as_array()
        .expect("events")
        .iter()
        .map(|e| e["id"].as_i64().expect("id"))
        .collect();
    let last: Vec<i64> = env
        .json(&["history", "--limit", "2"])
        .as_array()
        .expect("events")
        .iter()
        .map(|e| e["id"].as_i64().expect("id"))
        .collect();
    assert_eq!(last, ids[ids.len() - 2..].to_vec());
}

#[test]
fn a_vietnamese_clerk_reads_vietnamese_errors_dates_and_field_names() {
    let env = july_ward();
    let vi = |args: &[&str]| env.run_vi(args);
    for (args, words) in [
        (vec!["opinion", "show", "1.5"], "'1.5' không phải số nguyên"),
        (vec!["opinion", "show", "99999999999999999999"], "quá lớn"),
        (
            vec!["speaker", "spoke", "1/x"],
            "không phải người phát biểu",
        ),
        (
            vec![
                "opinion",
                "add",
                "1",
                "--category",
                "other",
                "--content-file",
                "/khong-co-tep-nay.txt",
            ],
            "không có tệp hoặc thư mục này",
        ),
    ] {
        let r = vi(&args);
        assert_ne!(r.code, 0, "{args:?}");
        assert!(r.stderr.contains(words), "{args:?}: {}", r.stderr);
        for english in ["invalid digit", "No such file", "is not a", "accepted"] {
            assert!(!r.stderr.contains(english), "{args:?}: {}", r.stderr);
        }
    }
    // A day off recorded in the middle of an open R10 moves it: said in Vietnamese.
    let r = vi(&[
        "calendar",
        "add-holiday",
        "2026-08-03",
        "--name",
        "Ngày nghỉ của cơ quan",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("03/08/2026"), "{}", r.stdout);
    assert!(r.stdout.contains("của ý kiến 1"), "{}", r.stdout);
    assert!(!r.stdout.contains("opinion"), "{}", r.stdout);
    // The office's own settings, by their Vietnamese names in the history.
    env.ok(&[
        "init",
        "--office",
        "Phường Hoàng Mai",
        "--place",
        "Hoàng Mai",
        "--signer-name",
        "Nguyễn Văn Hùng",
    ]);
    let r = vi(&["history", "--kind", "office"]);
    assert!(
        r.stdout.contains("Địa danh") && r.stdout.contains("Người ký"),
        "{}",
        r.stdout
    );
    assert!(!r.stdout.contains("signer_name"), "{}", r.stdout);
}

/// The July ward with the settings its documents need.
fn july_ward_with_documents() -> TestEnv {
    let env = july_ward();
    env.ok(&[
        "init",
        "--office",
        "Phường Hoàng Mai",
        "--place",
        "Hoàng Mai",
        "--signer-title",
        "Chủ tịch",
        "--signer-name",
        "Nguyễn Văn Hùng",
    ]);
    env
}

#[test]
fn a_document_never_writes_its_pdf_over_a_database() {
    if crate::support::file_only() {
        return;
    }
    let env = july_ward_with_documents();
    // The live file named like the PDF the draft would make beside it.
    let live = env.path("thong-bao.pdf");
    std::fs::copy(&env.db, &live).expect("copy");
    let mut at = TestEnv::new();
    at.db = live.clone();
    at.today = env.today.clone();
    let before = at.dump();
    let docx = env.path("thong-bao.docx");
    at.refused(
        &[
            "doc",
            "notice",
            "1",
            "--output",
            docx.to_str().expect("utf-8"),
            "--pdf",
            "--force",
        ],
        2,
    );
    assert_eq!(at.dump(), before);
    assert!(!docx.exists(), "nothing drafted");
}

#[test]
fn init_with_another_office_name_asks_before_renaming() {
    let env = july_ward();
    let before = env.dump();
    let err = env.refused(&["init", "--office", "Phường Tân Mai"], 2);
    assert!(
        err.contains("Phường Hoàng Mai") && err.contains("--yes"),
        "{err}"
    );
    assert_eq!(env.dump(), before);
    // The same settings again change nothing, and leave no empty line in the history.
    let events = env.json(&["history"]).as_array().map(Vec::len);
    env.ok(&["init", "--office", "Phường Hoàng Mai"]);
    assert_eq!(env.json(&["history"]).as_array().map(Vec::len), events);
    // A ward renamed on purpose says so.
    env.ok(&["init", "--office", "Phường Tân Mai", "--yes"]);
}

#[test]
fn restoring_another_offices_backup_asks_first() {
    if crate::support::file_only() {
        return;
    }
    let env = july_ward();
    let other = TestEnv::new();
    other.ok(&["init", "--office", "Phường Tương Mai"]);
    let backup = env.path("tuong-mai.db");
    other.ok(&["backup", backup.to_str().expect("utf-8")]);
    let before = env.dump();
    let err = env.refused(&["restore", backup.to_str().expect("utf-8")], 2);
    assert!(err.contains("Phường Tương Mai"), "{err}");
    assert_eq!(env.dump(), before);
}

#[test]
fn a_damaged_file_is_named_with_what_to_do() {
    if crate::support::file_only() {
        return;
    }
    let env = july_ward();
    let bytes = std::fs::read(&env.db).expect("db");
    let mut damaged = TestEnv::new();
    damaged.db = env.path("hong.db");
    std::fs::write(&damaged.db, &bytes[..bytes.len() / 2]).expect("write");
    let r = damaged.run(&["agency", "list"]);
    assert_eq!(r.code, 4, "{}", r.stderr);
    assert!(r.stderr.contains("restore"), "{}", r.stderr);
}

#[test]
fn a_mistaken_merge_is_taken_back_from_the_copy_kept_before_it() {
    if crate::support::file_only() {
        return;
    }
    let env = july_ward();
    let before = env.dump();
    let r = env.run(&[
        "agency",
        "merge",
        "Phòng Kinh tế",
        "Phòng Quản lý đô thị",
        "--yes",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let kept = std::fs::read_dir(env.dir.path())
        .expect("folder")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| p.to_string_lossy().contains(".before-merge-"))
        .expect("a copy kept before the merge");
    assert!(
        r.stderr.contains(kept.to_str().expect("utf-8")),
        "{}",
        r.stderr
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&kept).expect("kept").permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
    // Undo says where the way back is; restore takes it.
    let err = env.refused(&["undo", "--yes"], 1);
    assert!(err.contains("before-merge"), "{err}");
    env.ok(&["restore", kept.to_str().expect("utf-8")]);
    let agencies = env.json(&["agency", "list"]);
    assert_eq!(agencies.as_array().map(Vec::len), Some(2), "{agencies}");
    // The agencies and opinions are as they were (the history also holds the restore).
    let tables = |dump: &str| {
        let mut kept = Vec::new();
        let mut section = String::new();
        for line in dump.lines() {
            if line.starts_with('[') {
                section = line.to_string();
            } else if ["[agency]", "[agency_alias]", "[opinion]", "[assignment]"]
                .contains(&section.as_str())
            {
                kept.push(format!("{section} {line}"));
            }
        }
        kept
    };
    let (now, then) = (tables(&env.dump()), tables(&before));
    assert!(then.iter().any(|l| l.starts_with("[agency] ")), "{then:?}");
    assert_eq!(now, then);
}

#[test]
fn an_answer_to_the_fronts_synthesis_does_not_send_the_front_a_second_copy() {
    let env = july_ward_with_documents();
    env.ok(&[
        "opinion",
        "respond",
        "1",
        "--on",
        "2026-08-21",
        "--doc",
        "50/UBND-QLĐT",
        "--summary",
        "Đã nạo vét và sửa cống",
    ]);
    let md = env.ok(&["doc", "answer", "1", "--format", "md", "--output", "-"]);
    let (head, recipients) = md.split_once("Nơi nhận").expect("Nơi nhận");
    assert!(head.contains("Kính gửi: Ủy ban MTTQ"), "{md}");
    assert!(!recipients.contains("MTTQ"), "{recipients}");
    assert!(recipients.contains("Như trên") && recipients.contains("Phòng Quản lý đô thị"));
}

#[test]
fn r9_a_corrected_notice_restates_the_assignments_it_did_not_change() {
    if crate::support::file_only() {
        return;
    }
    let env = july_ward_with_documents();
    env.ok(&[
        "opinion",
        "respond",
        "1",
        "--on",
        "2026-08-14",
        "--doc",
        "50/UBND-QLĐT",
        "--summary",
        "Đã nạo vét và sửa cống",
    ]);
    env.ok(&[
        "conclusion",
        "issue",
        "1",
        "--replace",
        "--yes",
        "--on",
        "2026-08-17",
        "--doc",
        "31/TB-UBND",
        "--signer",
        "Nguyễn Văn Hùng",
        "--assign",
        "2=Phòng Kinh tế",
    ]);
    // The file as it was before the correction is kept, and undo points to it.
    let kept = std::fs::read_dir(env.dir.path())
        .expect("folder")
        .filter_map(Result::ok)
        .any(|e| {
            e.file_name()
                .to_string_lossy()
                .contains(".before-correction-")
        });
    assert!(kept, "a copy kept before the corrected notice");
    let err = env.refused(&["undo", "--yes"], 1);
    assert!(err.contains("before-correction"), "{err}");
    let md = env.ok(&["doc", "notice", "1", "--format", "md", "--output", "-"]);
    let (body, recipients) = md.split_once("Nơi nhận").expect("Nơi nhận");
    assert!(body.contains("31/TB-UBND"), "{md}");
    for (content, agency) in [
        ("cống thoát nước ngõ 12", "Phòng Quản lý đô thị"),
        ("chợ cóc đầu ngõ 38", "Phòng Kinh tế"),
    ] {
        let row = body
            .lines()
            .find(|l| l.contains(content))
            .unwrap_or_else(|| panic!("{content} in {md}"));
        assert!(row.contains(agency), "{row}");
        assert!(recipients.contains(agency), "{recipients}");
    }
    assert!(body.contains("22/08/2026"), "opinion 1 keeps its R10: {md}");
}

/// One guest, one invitation: the same organisation typed again in capitals or with a doubled
/// space is already invited (as `uninvite` would find it), not a second invitee.
#[test]
fn the_same_invitee_typed_another_way_is_invited_once() {
    let env = july_ward();
    env.plan_session("Đối thoại tháng 12", "periodic", "2026-12-20");
    for name in [
        "Hội Liên hiệp Phụ nữ phường Hoàng Mai",
        "HỘI LIÊN HIỆP PHỤ NỮ PHƯỜNG HOÀNG MAI",
        "hội liên hiệp  phụ nữ phường hoàng mai",
    ] {
        env.ok(&["session", "invite", "2", "--organisation", name]);
    }
    let shown = env.json(&["session", "show", "2"]);
    assert_eq!(
        shown["invitations"].as_array().map(Vec::len),
        Some(1),
        "{shown}"
    );
    // A horizon past the calendar is refused by name, not as a date out of range.
    let said = env.refused(
        &["report", "overdue", "--within", "100000"],
        crate::support::USAGE,
    );
    assert!(said.contains("0 to 10000"), "{said}");
    // A session's day outside the calendar is refused as the day given, not as the
    // announcement deadline counted from it.
    for day in ["9999-12-31", "0001-01-01"] {
        let r = env.run(&[
            "session",
            "plan",
            "--title",
            "Đối thoại về trật tự đô thị",
            "--kind",
            "periodic",
            "--date",
            day,
            "--chair-role",
            "committee-chair",
            "--chair",
            "Nguyễn Văn An",
        ]);
        assert_ne!(r.code, 0, "{day}");
        assert!(r.stderr.contains(day), "{day}: {}", r.stderr);
    }
}

#[test]
fn an_invitation_withdrawn_by_mistake_is_put_back_by_undo() {
    let env = july_ward();
    env.plan_session("Đối thoại tháng 12", "periodic", "2026-12-20");
    env.ok(&[
        "session",
        "invite",
        "2",
        "--agency",
        "Phòng Kinh tế",
        "--organisation",
        "Hội Liên hiệp Phụ nữ phường Hoàng Mai",
    ]);
    let before = env.dump();
    // Typed without its marks, as on a keyboard without Telex: still the one invitee.
    env.ok(&[
        "session",
        "uninvite",
        "2",
        "hoi lien hiep phu nu phuong hoang mai",
    ]);
    assert_ne!(env.dump(), before);
    env.ok(&["undo", "--yes"]);
    let invited = |dump: &str| {
        let mut rows: Vec<String> = dump
            .split("[invitation]\n")
            .nth(1)
            .and_then(|rest| rest.split("\n[").next())
            .unwrap_or("")
            .lines()
            // The row's own id is new; what it says is the same.
            .map(|l| l.split_once('|').map(|x| x.1).unwrap_or(l).to_string())
            .collect();
        rows.sort();
        rows
    };
    assert_eq!(invited(&env.dump()), invited(&before));
    assert_eq!(invited(&before).len(), 2, "{before}");
}

#[test]
fn r12_a_second_timeline_notice_with_the_same_target_is_in_the_history_and_undone_alone() {
    let env = july_ward();
    let extend = |on: &str| {
        env.ok(&[
            "opinion",
            "extend",
            "2",
            "--notified-on",
            on,
            "--until",
            "2026-10-30",
            "--agency",
            "Phòng Quản lý đô thị",
            "--doc",
            "140/UBND-QLĐT",
        ]);
    };
    extend("2026-08-14");
    let after_first = env.dump();
    extend("2026-08-18");
    let extends = env
        .json(&["history", "--opinion", "2"])
        .as_array()
        .expect("events")
        .iter()
        .filter(|e| e["action"] == "extend")
        .count();
    assert_eq!(extends, 2, "both timeline notices are in the history");
    env.ok(&["undo", "--yes"]);
    // Every table but the history (which keeps the notice and its undoing) as after the first.
    let without_history = |dump: &str| {
        let mut kept = String::new();
        let mut in_history = false;
        for line in dump.lines() {
            if line.starts_with('[') {
                in_history = line == "[event]";
            }
            if !in_history {
                kept.push_str(line);
                kept.push('\n');
            }
        }
        kept
    };
    assert!(after_first.contains("[extension]"));
    assert_eq!(without_history(&env.dump()), without_history(&after_first));
}

#[test]
fn a_correction_to_the_values_already_there_is_refused_and_writes_nothing() {
    let env = july_ward();
    let err = env.refused(
        &[
            "opinion",
            "edit",
            "1",
            "--content",
            "Đề nghị sửa chữa cống thoát nước ngõ 12 Tân Mai",
        ],
        1,
    );
    assert!(err.contains("nothing to correct"), "{err}");
}

#[test]
fn a_corrected_notice_does_not_restate_an_opinion_since_found_out_of_scope() {
    let env = july_ward_with_documents();
    env.ok(&[
        "opinion",
        "out-of-scope",
        "1",
        "--as",
        "complaint",
        "--note",
        "Chuyển Ban Tiếp công dân",
    ]);
    env.ok(&[
        "conclusion",
        "issue",
        "1",
        "--replace",
        "--yes",
        "--on",
        "2026-08-17",
        "--doc",
        "31/TB-UBND",
        "--signer",
        "Nguyễn Văn Hùng",
        "--assign",
        "2=Phòng Kinh tế",
    ]);
    let md = env.ok(&["doc", "notice", "1", "--format", "md", "--output", "-"]);
    let table: Vec<&str> = md.lines().filter(|l| l.starts_with('|')).collect();
    assert!(table.iter().any(|l| l.contains("chợ cóc")), "{md}");
    assert!(!table.iter().any(|l| l.contains("cống thoát nước")), "{md}");
}

#[test]
fn uninvite_never_withdraws_two_invitees_for_one_spelling() {
    let env = july_ward();
    env.plan_session("Đối thoại tháng 12", "periodic", "2026-12-20");
    env.ok(&[
        "session",
        "invite",
        "2",
        "--organisation",
        "Hội Phụ nữ tổ 9",
        "--individual",
        "HỘI PHỤ NỮ TỔ 9",
    ]);
    let before = env.dump();
    let r = env.run(&["session", "uninvite", "2", "hội phụ nữ tổ 9"]);
    assert_ne!(r.code, 0, "{}", r.stdout);
    assert_eq!(env.dump(), before);
}

/// Every text cell of every sheet of a workbook.
fn workbook_texts(path: &std::path::Path) -> Vec<String> {
    use calamine::{open_workbook, Data, Reader, Xlsx};
    let mut book: Xlsx<_> = open_workbook(path).expect("workbook");
    let mut texts = Vec::new();
    for name in book.sheet_names() {
        let range = book.worksheet_range(&name).expect("sheet");
        for row in range.rows() {
            for cell in row {
                if let Data::String(s) = cell {
                    texts.push(s.clone());
                }
            }
        }
    }
    texts
}

#[test]
fn a_vietnamese_supervisor_reads_workbooks_without_codes() {
    let env = july_ward();
    env.plan_session("Đối thoại tháng 12", "periodic", "2026-12-20");
    let vi = |args: &[&str]| {
        let r = env.run_vi(args);
        assert_eq!(r.code, 0, "{args:?}: {}", r.stderr);
    };
    let sessions = env.path("hoi-nghi.xlsx");
    vi(&[
        "export",
        "sessions",
        "--output",
        sessions.to_str().expect("utf-8"),
    ]);
    let calendar = env.path("lich.xlsx");
    vi(&[
        "calendar",
        "list",
        "--year",
        "2026",
        "--output",
        calendar.to_str().expect("utf-8"),
    ]);
    let plan = env.path("ke-hoach.xlsx");
    vi(&[
        "report",
        "plan",
        "--year",
        "2026",
        "--output",
        plan.to_str().expect("utf-8"),
    ]);
    let overdue = env.path("qua-han.xlsx");
    vi(&[
        "report",
        "overdue",
        "--output",
        overdue.to_str().expect("utf-8"),
    ]);
    for (book, codes) in [
        (&sessions, &["petition", "briefing"][..]),
        (&calendar, &["Thu", "Fri", "true", "false"][..]),
        (&plan, &["missing", "held", "planned-not-held"][..]),
        (&overdue, &["working-days", "calendar-days"][..]),
    ] {
        let texts = workbook_texts(book);
        for code in codes {
            assert!(
                !texts
                    .iter()
                    .any(|t| t == code || t.split(';').any(|p| p == *code)),
                "{code} in {}: {texts:?}",
                book.display()
            );
        }
    }
    assert!(workbook_texts(&calendar).iter().any(|t| t == "T5"));
    assert!(workbook_texts(&overdue)
        .iter()
        .any(|t| t == "ngày làm việc"));
}

#[test]
fn a_broken_configuration_file_is_named_in_vietnamese() {
    let env = july_ward();
    std::fs::write(env.dir.path().join("config.toml"), "lang = \n").expect("config");
    let r = env.run_vi(&["session", "list"]);
    assert_ne!(r.code, 0);
    assert!(
        r.stderr.contains("không phải tệp cấu hình hợp lệ"),
        "{}",
        r.stderr
    );
    assert!(!r.stderr.contains("is not a valid"), "{}", r.stderr);
}

#[test]
fn refusals_read_from_the_act_being_recorded() {
    let env = july_ward();
    env.plan_session("Đối thoại tháng 10", "periodic", "2026-10-20");
    let err = env.refused(
        &[
            "session",
            "announce",
            "2",
            "--on",
            "2026-10-22",
            "--channel",
            "loa phường",
        ],
        1,
    );
    assert!(
        err.contains("announcement dated 2026-10-22 is after the session (2026-10-20)"),
        "{err}"
    );
    let vi = |args: &[&str]| env.run_vi(args);
    let r = vi(&[
        "session",
        "announce",
        "2",
        "--on",
        "2026-10-22",
        "--channel",
        "loa phường",
    ]);
    assert!(
        r.stderr
            .contains("thông báo ngày 22/10/2026 sau ngày hội nghị (20/10/2026)"),
        "{}",
        r.stderr
    );
    // A session that does not exist is named, not listed as empty.
    env.refused(&["opinion", "list", "--session", "99"], 1);
    // A noun without its verb shows that noun's own help.
    let r = vi(&["session"]);
    assert!(
        r.stderr.contains("Cách dùng: doithoai session"),
        "{}",
        r.stderr
    );
}

#[test]
fn the_history_page_and_workbook_read_in_words() {
    let env = july_ward();
    let r = env.run_vi(&["history", "--limit", "3", "--format", "html"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        !r.stdout.contains("{&quot;") && !r.stdout.contains("{\""),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("Trạng thái"), "{}", r.stdout);
    let book = env.path("nhat-ky.xlsx");
    let r = env.run_vi(&["history", "--output", book.to_str().expect("utf-8")]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let texts = workbook_texts(&book);
    assert!(!texts.iter().any(|t| t.starts_with('{')), "{texts:?}");
    assert!(texts.iter().any(|t| t.contains("13/07/2026")), "{texts:?}");
    // The command as the clerk types it in Vietnamese, not the English path.
    assert!(texts.iter().any(|t| t == "y-kien them"), "{texts:?}");
    assert!(!texts.iter().any(|t| t == "opinion add"), "{texts:?}");
    // The page says it the same way.
    let r = env.run_vi(&["history", "--format", "html"]);
    assert!(
        r.stdout.contains("<td>hoi-nghi ke-hoach</td>"),
        "{}",
        r.stdout
    );
    // In English, and for scripts (--keys), the command path itself.
    let keyed = env.path("nhat-ky-keys.xlsx");
    let r = env.run_vi(&[
        "history",
        "--keys",
        "--output",
        keyed.to_str().expect("utf-8"),
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(workbook_texts(&keyed).iter().any(|t| t == "opinion add"));
}

/// A speakers' list exported with a protected denouncer masked, imported again: the mask is
/// no one's name, and the row is refused rather than registered as a speaker.
#[test]
fn a_masked_name_from_an_export_is_not_imported_as_a_speaker() {
    let env = july_ward();
    env.plan_session("Đối thoại tháng 12", "periodic", "2026-12-20");
    let file = env.path("dang-ky.csv");
    std::fs::write(
        &file,
        "Họ và tên,Địa chỉ,Nội dung\n[protected: denunciation],,Sai phạm đất đai\n\
         Nguyễn Thị Thu,Số 5 ngõ 12 Tân Mai,Đề nghị sửa đường ngõ 12\n",
    )
    .expect("csv");
    let r = env.run(&["speaker", "import", "2", file.to_str().expect("utf-8")]);
    assert_eq!(r.code, 1, "{}{}", r.stdout, r.stderr);
    let all = format!("{}{}", r.stdout, r.stderr);
    assert!(
        all.lines()
            .any(|l| l.starts_with("row 2") && l.contains("[protected: denunciation]")),
        "{all}"
    );
    let listed = env.ok(&["speaker", "list", "2", "--format", "csv"]);
    assert!(!listed.contains("protected"), "{listed}");
}

#[test]
fn an_import_names_every_problem_of_a_row() {
    let env = july_ward();
    env.plan_session("Đối thoại tháng 12", "periodic", "2026-12-20");
    let file = env.path("tong-hop.csv");
    std::fs::write(
        &file,
        "Nội dung,Phân loại,Mức độ\n,xyz,abc\nĐề nghị sửa đường ngõ 12,kiến nghị,thường\n",
    )
    .expect("csv");
    let r = env.run(&[
        "opinion",
        "import",
        "2",
        file.to_str().expect("utf-8"),
        "--dry-run",
    ]);
    assert_eq!(r.code, 1, "{}{}", r.stdout, r.stderr);
    let all = format!("{}{}", r.stdout, r.stderr);
    for (column, value) in [
        ("Nội dung", "''"),
        ("Phân loại", "'xyz'"),
        ("Mức độ", "'abc'"),
    ] {
        assert!(
            all.lines()
                .any(|l| l.starts_with("row 2") && l.contains(column) && l.contains(value)),
            "{column} {value}: {all}"
        );
    }
    assert!(all.contains("1 row(s) with a problem"), "{all}");
}

#[test]
fn closed_values_are_accepted_as_a_vietnamese_clerk_types_them() {
    let env = july_ward();
    let ids = |csv: &str| csv.lines().count();
    assert_eq!(
        ids(&env.ok(&["export", "hoi-nghi", "--format", "csv"])),
        ids(&env.ok(&["export", "sessions", "--format", "csv"]))
    );
    assert_eq!(
        env.ok(&["export", "y-kien", "--by", "han", "--year", "2026", "--format", "csv"]),
        env.ok(&["export", "opinions", "--by", "due", "--year", "2026", "--format", "csv"])
    );
    assert_eq!(
        env.ok(&["session", "list", "--format", "bang"]),
        env.ok(&["session", "list", "--format", "table"])
    );
    env.ok(&[
        "init",
        "--office",
        "Phường Hoàng Mai",
        "--saturdays-count",
        "có",
    ]);
    assert!(env.sql::<bool>("SELECT saturdays_count FROM office"));
    let err = env.refused(
        &[
            "init",
            "--office",
            "Phường Hoàng Mai",
            "--saturdays-count",
            "maybe",
        ],
        2,
    );
    assert!(
        err.contains("'maybe'") && err.contains("true, false"),
        "{err}"
    );
}

/// A wide export is not squeezed on paper: the page prints one block per opinion, and the
/// workbook prints at 80 % across pages with the id column and the header row repeated,
/// instead of 22 columns shrunk onto one page (Decree 30 type is 13–14 pt; 4 pt is not read).
#[test]
fn a_wide_export_prints_readable() {
    let env = july_ward();
    extended_to_another_agency(&env);
    env.ok(&[
        "opinion",
        "respond",
        "1",
        "--on",
        "2026-08-10",
        "--doc",
        "131/UBND-QLĐT",
        "--summary",
        "Đã nạo vét cống thoát nước ngõ 12",
    ]);
    let page = env.path("y-kien.html");
    let r = env.run_vi(&[
        "export",
        "opinions",
        "--output",
        page.to_str().expect("utf-8"),
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let html = std::fs::read_to_string(&page).expect("page");
    let opinions = env.json(&["opinion", "list"]);
    let count = opinions.as_array().expect("list").len();
    assert!(count > 1);
    assert_eq!(
        html.matches("<table class=\"record\">").count(),
        count,
        "{html}"
    );
    assert!(!html.contains("<table class=\"wide\">"), "{html}");
    for o in opinions.as_array().expect("list") {
        let content = o["content"].as_str().expect("content");
        assert!(html.contains(content), "{content}");
    }
    let book = env.path("y-kien.xlsx");
    let r = env.run_vi(&[
        "export",
        "opinions",
        "--output",
        book.to_str().expect("utf-8"),
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&book).expect("xlsx")).expect("zip");
    let mut sheet = String::new();
    std::io::Read::read_to_string(
        &mut zip.by_name("xl/worksheets/sheet1.xml").expect("sheet"),
        &mut sheet,
    )
    .expect("xml");
    assert!(sheet.contains("scale=\"80\""), "{sheet}");
    assert!(!sheet.contains("fitToPage"), "{sheet}");
    let mut names = String::new();
    std::io::Read::read_to_string(
        &mut zip.by_name("xl/workbook.xml").expect("book"),
        &mut names,
    )
    .expect("xml");
    // The header row and the first column repeat on every printed page.
    assert!(names.contains("_xlnm.Print_Titles"), "{names}");
    assert!(
        names.contains("$A:$A") && names.contains("$4:$4"),
        "{names}"
    );
}

/// The overdue report names what it lists where a person reads it — the page, the workbook,
/// the table: the notice's row and number, the opinion's words, its session — and keeps the
/// ids for scripts (CSV, JSON).
#[test]
fn the_overdue_report_names_its_items_for_a_reader() {
    let env = july_ward();
    let named = "TT 1 (30/TB-UBND): “Đề nghị sửa chữa cống thoát nước ngõ 12 Tân Mai”";
    let r = env.run_vi(&["report", "overdue", "--format", "html"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains(named), "{}", r.stdout);
    assert!(!r.stdout.contains("Ý kiến 1"), "{}", r.stdout);
    // One column says who must act.
    assert_eq!(
        r.stdout.matches("Người/cơ quan chịu trách nhiệm").count(),
        1
    );
    assert!(!r.stdout.contains(">Cơ quan<"), "{}", r.stdout);
    let book = env.path("qua-han.xlsx");
    let r = env.run_vi(&[
        "report",
        "overdue",
        "--output",
        book.to_str().expect("utf-8"),
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let texts = workbook_texts(&book);
    assert!(texts.iter().any(|t| t.starts_with(named)), "{texts:?}");
    let r = env.run_vi(&["report", "overdue"]);
    assert!(r.stdout.contains("TT 2 (30/TB-UBND)"), "{}", r.stdout);
    // The CSV a Vietnamese supervisor opens reads as the workbook; a script keeps its keys.
    let csv = env.run_vi(&["report", "overdue", "--format", "csv"]);
    assert!(
        csv.stdout.starts_with("Quy định,Mã đối tượng,Tên việc,"),
        "{}",
        csv.stdout
    );
    assert!(csv.stdout.contains(named), "{}", csv.stdout);
    let csv = env.run_vi(&["report", "overdue", "--format", "csv", "--keys"]);
    assert!(
        csv.stdout.starts_with("rule,record_kind,record_id,"),
        "{}",
        csv.stdout
    );
    assert!(!csv.stdout.contains("TT 1"), "{}", csv.stdout);
}

/// Small frictions of a clerk's month (issue 24): a file written says so, unless `--quiet`;
/// a copy kept aside is named in Vietnam time; a backup onto an older one names `--force`;
/// a province's office types `--level province`.
#[test]
fn a_clerk_is_told_what_was_written_and_where() {
    if crate::support::file_only() {
        return;
    }
    let env = july_ward();
    let book = env.path("y-kien.xlsx");
    let r = env.run_vi(&["export", "opinions", "--output", book.to_str().expect("p")]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr
            .contains(&format!("đã ghi {} (2 dòng,", book.display())),
        "{}",
        r.stderr
    );
    let csv = env.path("y-kien.csv");
    let r = env.run_vi(&[
        "export",
        "opinions",
        "--quiet",
        "--output",
        csv.to_str().expect("p"),
    ]);
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    assert!(csv.exists());
    // To stdout: nothing said (the data is the output).
    let r = env.run_vi(&["export", "opinions", "--format", "csv"]);
    assert!(r.stderr.is_empty(), "{}", r.stderr);
    // A backup onto an older one names the flag that replaces it; onto another file, --force
    // replaces nothing.
    env.ok(&["backup", "sao-luu.db"]);
    let refused = env.refused(&["backup", "sao-luu.db"], 1);
    assert!(refused.contains("--force"), "{refused}");
    env.ok(&["backup", "sao-luu.db", "--force"]);
    std::fs::write(env.path("ghi-chu.txt"), "Ghi chú họp giao ban").expect("note");
    let refused = env.refused(&["backup", "ghi-chu.txt", "--force"], 1);
    assert!(refused.contains("not a doithoai backup"), "{refused}");
    assert_eq!(
        std::fs::read_to_string(env.path("ghi-chu.txt")).expect("note"),
        "Ghi chú họp giao ban"
    );
    // Nothing overdue, quietly, into a file: the file is written (no stale report left).
    let stale = env.path("qua-han.csv");
    std::fs::write(&stale, "rule,record_kind\nR10,opinion\n").expect("stale");
    let r = env.run(&[
        "report",
        "overdue",
        "--quiet",
        "--as-of",
        "2026-07-02",
        "--output",
        stale.to_str().expect("p"),
    ]);
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    assert!(
        !std::fs::read_to_string(&stale)
            .expect("csv")
            .contains("R10"),
        "a stale report left"
    );
    // Restored at 23:30 UTC on 28/11: 06:30 on 29/11 in Vietnam, and so named.
    let r = env
        .command()
        .env("DOITHOAI_NOW", "2026-11-28T23:30:00.000Z")
        .args(["restore", "sao-luu.db", "--yes"])
        .output()
        .expect("run");
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    let aside = std::fs::read_dir(env.dir.path())
        .expect("dir")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .find(|n| n.contains("before-restore"))
        .expect("kept aside");
    assert!(aside.contains("before-restore-20261129T063000"), "{aside}");
    // The level of a province, as an English speaker types it.
    let office = TestEnv::new();
    office.ok(&["init", "--office", "Tỉnh Nghệ An", "--level", "province"]);
    let refused = office.refused(
        &["init", "--office", "Tỉnh Nghệ An", "--level", "provinz"],
        2,
    );
    assert!(refused.contains("city, district, commune"), "{refused}");
}
