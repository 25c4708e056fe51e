//! Every refusal: its message, its exit code, and that the database is unchanged (a full dump
//! before and after).

use crate::support::{held_session, issue_notice, TestEnv};
use crate::support::{DATABASE, REFUSED, USAGE};

#[test]
fn malformed_and_impossible_dates_are_usage_errors() {
    let env = TestEnv::ward();
    let err = env.refused(
        &[
            "calendar",
            "deadline",
            "--from",
            "2025-02-31",
            "--working-days",
            "3",
        ],
        USAGE,
    );
    assert!(
        err.contains("'2025-02-31' is not a day of the calendar"),
        "{err}"
    );
    let err = env.refused(
        &[
            "calendar",
            "deadline",
            "--from",
            "ngày mai",
            "--working-days",
            "3",
        ],
        USAGE,
    );
    assert!(
        err.contains("accepted: YYYY-MM-DD (2026-12-15) or DD/MM/YYYY (15/12/2026)"),
        "{err}"
    );
    let err = env.refused(
        &["calendar", "add-holiday", "31/11/2026", "--name", "Nghỉ"],
        USAGE,
    );
    assert!(err.contains("31/11/2026"), "{err}");
}

#[test]
fn unknown_month_negative_count_and_unknown_subcommand() {
    let env = TestEnv::ward();
    let err = env.refused(&["calendar", "show", "2026-13"], USAGE);
    assert!(err.contains("'2026-13' is not a month"), "{err}");
    let err = env.refused(
        &[
            "calendar",
            "deadline",
            "--from",
            "2026-01-05",
            "--working-days",
            "-3",
        ],
        USAGE,
    );
    assert!(
        err.contains("'-3' is not a count of days; accepted: a whole number"),
        "{err}"
    );
    let err = env.refused(&["calendar", "explode"], USAGE);
    assert!(err.contains("unrecognized subcommand 'explode'"), "{err}");
    let err = env.refused(
        &[
            "calendar",
            "deadline",
            "--from",
            "1899-12-30",
            "--working-days",
            "3",
        ],
        USAGE,
    );
    assert!(
        err.contains("outside the calendar's range 1900-01-01"),
        "{err}"
    );
}

#[test]
fn closed_vocabularies_name_what_is_accepted() {
    let env = TestEnv::ward();
    let err = env.refused(
        &[
            "session",
            "plan",
            "--title",
            "Đối thoại",
            "--kind",
            "weekly",
            "--date",
            "2026-09-15",
            "--chair-role",
            "committee-chair",
            "--chair",
            "Nguyễn Văn Hùng",
        ],
        USAGE,
    );
    assert!(
        err.contains("'weekly' is not a valid session kind; accepted: periodic, regular, ad-hoc"),
        "{err}"
    );
    let id = held_session(&env, "2026-06-16");
    let err = env.refused(
        &[
            "session",
            "delegate",
            &id,
            "--deputy",
            "Trần Văn Nam",
            "--reason",
            "holiday",
        ],
        USAGE,
    );
    assert!(err.contains("accepted: health, urgent-duty"), "{err}");
}

#[test]
fn registration_for_a_cancelled_session_is_refused() {
    let env = TestEnv::ward();
    env.ok(&[
        "session",
        "plan",
        "--title",
        "Đối thoại về an toàn giao thông",
        "--kind",
        "regular",
        "--date",
        "2026-09-15",
        "--chair-role",
        "party-secretary",
        "--chair",
        "Đỗ Minh Tuấn",
    ]);
    env.ok(&["session", "cancel", "--yes", "1", "--reason", "Bão số 3"]);
    let err = env.refused(
        &[
            "speaker",
            "register",
            "1",
            "--name",
            "Nguyễn Thị Mai",
            "--topic",
            "Đường ngõ 12",
        ],
        REFUSED,
    );
    assert_eq!(
        err.trim(),
        "error: cannot register a speaker for session 1: it is cancelled; allowed only when planned or announced"
    );
}

#[test]
fn answer_for_an_opinion_of_a_cancelled_session_is_refused() {
    let env = TestEnv::ward();
    env.plan_session("Đối thoại về môi trường", "ad-hoc", "2026-09-15");
    env.ok(&[
        "opinion",
        "add",
        "1",
        "--content",
        "Đề nghị xử lý rác thải tại chợ Mai Động",
        "--category",
        "petition",
    ]);
    env.ok(&[
        "session",
        "cancel",
        "--yes",
        "1",
        "--reason",
        "Chủ trì đi công tác",
    ]);
    let err = env.refused(
        &["opinion", "answer", "1", "--by", "Chủ tịch UBND"],
        REFUSED,
    );
    assert!(
        err.contains("cannot act on opinion 1: it belongs to a cancelled session"),
        "{err}"
    );
}

#[test]
fn notice_before_the_session_was_held_is_refused() {
    let env = TestEnv::ward();
    env.plan_session("Đối thoại", "periodic", "2026-09-15");
    let err = env.refused(
        &[
            "conclusion",
            "issue",
            "--new-agency",
            "1",
            "--on",
            "2026-09-20",
            "--doc",
            "20/TB-UBND",
            "--signer",
            "Nguyễn Văn Hùng",
        ],
        REFUSED,
    );
    assert!(
        err.contains("it is planned; allowed only when held or stopped"),
        "{err}"
    );
    let id = held_session(&env, "2026-06-16");
    let err = env.refused(
        &[
            "conclusion",
            "issue",
            "--new-agency",
            &id,
            "--on",
            "2026-06-10",
            "--doc",
            "21/TB-UBND",
            "--signer",
            "Nguyễn Văn Hùng",
        ],
        REFUSED,
    );
    assert!(
        err.contains("the conclusion notice dated 2026-06-10 is before the session (2026-06-16)"),
        "{err}"
    );
}

#[test]
fn written_response_dated_before_the_notice_is_refused() {
    let env = TestEnv::ward();
    let id = held_session(&env, "2026-06-16");
    env.ok(&[
        "opinion",
        "add",
        &id,
        "--content",
        "Đề nghị sửa chữa đường ngõ 12 phố Tân Mai",
        "--category",
        "petition",
    ]);
    issue_notice(
        &env,
        &id,
        "2026-06-25",
        "15/TB-UBND",
        "Phòng Quản lý đô thị",
    );
    let err = env.refused(
        &[
            "opinion",
            "respond",
            "1",
            "--on",
            "2026-06-24",
            "--doc",
            "125/UBND",
            "--summary",
            "Đã sửa",
        ],
        REFUSED,
    );
    assert!(
        err.contains(
            "the written answer dated 2026-06-24 is before the conclusion notice (2026-06-25)"
        ),
        "{err}"
    );
}

#[test]
fn refusal_reason_outside_the_closed_list_and_unknown_ids() {
    let env = TestEnv::ward();
    env.plan_session("Đối thoại", "periodic", "2026-09-15");
    env.ok(&[
        "speaker",
        "register",
        "1",
        "--name",
        "Phạm Văn Đức",
        "--org",
        "Chi hội Cựu chiến binh",
        "--topic",
        "Môi trường",
    ]);
    let err = env.refused(&["speaker", "refuse", "1", "--reason", "rude"], USAGE);
    assert!(
        err.contains("accepted: no-civil-capacity, disorder, non-constructive"),
        "{err}"
    );
    let err = env.refused(&["session", "show", "99"], REFUSED);
    assert!(err.contains("no session with id 99"), "{err}");
    let err = env.refused(
        &[
            "opinion",
            "respond",
            "42",
            "--on",
            "2026-07-01",
            "--doc",
            "1/UBND",
            "--summary",
            "x",
        ],
        REFUSED,
    );
    assert!(err.contains("no opinion with id 42"), "{err}");
    let err = env.refused(&["speaker", "spoke", "7"], REFUSED);
    assert!(err.contains("no speaker with id 7"), "{err}");
}

#[test]
fn notice_must_assign_every_open_opinion_and_second_notice_needs_replace() {
    let env = TestEnv::ward();
    let id = held_session(&env, "2026-06-16");
    env.ok(&[
        "opinion",
        "add",
        &id,
        "--content",
        "Đề nghị lắp đèn chiếu sáng ngõ 38",
        "--category",
        "petition",
    ]);
    env.ok(&[
        "opinion",
        "add",
        &id,
        "--content",
        "Đề nghị nạo vét mương thoát nước tổ 5",
        "--category",
        "petition",
    ]);
    let err = env.refused(
        &[
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
            "--assign",
            "1=Phòng Quản lý đô thị",
        ],
        REFUSED,
    );
    assert!(err.contains("unassigned: 2"), "{err}");
    issue_notice(
        &env,
        &id,
        "2026-06-25",
        "15/TB-UBND",
        "Phòng Quản lý đô thị",
    );
    let err = env.refused(
        &[
            "conclusion",
            "issue",
            "--new-agency",
            &id,
            "--on",
            "2026-06-26",
            "--doc",
            "16/TB-UBND",
            "--signer",
            "Nguyễn Văn Hùng",
        ],
        REFUSED,
    );
    assert!(
        err.contains("already has conclusion notice 15/TB-UBND") && err.contains("--replace"),
        "{err}"
    );
}

#[test]
fn bad_text_is_refused_before_anything_is_written() {
    let env = TestEnv::ward();
    let err = env.refused(&["agency", "add", "Phòng\u{1b}[2J Tài chính"], USAGE);
    assert!(
        err.contains("control or invisible character U+001B"),
        "{err}"
    );
    let long = "a".repeat(100_001);
    let err = env.refused(&["agency", "add", &long], USAGE);
    assert!(err.contains("too long"), "{err}");
    let err = env.refused(&["agency", "add", "   "], USAGE);
    assert!(err.contains("empty text"), "{err}");
}

#[test]
fn csv_format_for_a_single_record_is_refused() {
    let env = TestEnv::ward();
    let id = held_session(&env, "2026-06-16");
    let err = env.refused(&["session", "show", &id, "--format", "csv"], USAGE);
    assert!(err.contains("accepted here: table, json"), "{err}");
}

#[test]
fn database_in_a_missing_directory_is_refused() {
    let env = TestEnv::new();
    let r = env
        .command()
        .args(["--db", "/nonexistent/dir/x.db", "agency", "list"])
        .output()
        .expect("run");
    assert_eq!(r.status.code(), Some(DATABASE));
    let err = String::from_utf8_lossy(&r.stderr);
    assert!(
        err.contains("directory of /nonexistent/dir/x.db does not exist"),
        "{err}"
    );
}

/// A read that is refused writes nothing, not even the record that protected names were asked
/// for (the disclosure is logged only when they were shown).
#[test]
fn a_refused_read_records_no_disclosure() {
    let env = TestEnv::ward();
    let before = env.dump();
    env.refused(&["speaker", "list", "99", "--include-protected"], 1);
    env.refused(&["opinion", "show", "99999", "--include-protected"], 1);
    env.refused(
        &[
            "history",
            "--include-protected",
            "--output",
            "khong-co/x.csv",
        ],
        2,
    );
    assert_eq!(env.dump(), before);
    env.ok(&["history", "--include-protected"]);
    assert_ne!(env.dump(), before, "a disclosure that happened is logged");
}

/// The hint a refusal gives is a command that runs: every hint without a placeholder (no
/// NUMBER, DATE…) found in these refusals is run as written and succeeds.
#[test]
fn every_hint_a_refusal_gives_runs() {
    let env = TestEnv::ward();
    env.plan_session("Đối thoại về chỉnh trang đô thị", "periodic", "2026-07-30");
    env.ok(&[
        "speaker",
        "register",
        "1",
        "--name",
        "Nguyễn Thị Mai",
        "--topic",
        "Đường ngõ 12",
    ]);
    env.ok(&["agency", "add", "Phòng Quản lý đô thị"]);
    let refusals: &[&[&str]] = &[
        &["speaker", "edit", "1/1", "--name", "Nguyễn Thị Mai"],
        &["speaker", "refuse", "99", "--reason", "disorder"],
        &["speaker", "refuse", "1/7", "--reason", "disorder"],
        &[
            "opinion",
            "add",
            "1",
            "--content",
            "Đề nghị lắp đèn",
            "--category",
            "petition",
            "--speaker",
            "2/1",
        ],
        &["session", "show", "9"],
        &["opinion", "show", "9"],
        &["conclusion", "show", "9"],
        &["session", "edit", "1", "--chair", "Nguyễn Văn Hùng"],
        &["doc", "minutes", "1"],
        &["doc", "notice", "1"],
        &["agency", "add", "Phòng Quản lý đô thị"],
        &["session", "cancel", "9", "--reason", "Trùng lịch", "--yes"],
    ];
    let mut ran = 0;
    // In both languages: the Vietnamese hints name the Vietnamese command words, and run.
    for (args, vietnamese) in refusals
        .iter()
        .flat_map(|args| [(args, false), (args, true)])
    {
        let r = if vietnamese {
            env.run_vi(args)
        } else {
            env.run(args)
        };
        assert_ne!(r.code, 0, "{args:?} was not refused");
        for hint in r.stderr.split('`').skip(1).step_by(2) {
            let words: Vec<&str> = hint.split_whitespace().collect();
            if words.first() != Some(&"doithoai")
                || words
                    .iter()
                    .any(|w| w.chars().any(|c| c.is_ascii_uppercase()))
            {
                continue;
            }
            let run = if vietnamese {
                env.run_vi(&words[1..])
            } else {
                env.run(&words[1..])
            };
            assert_eq!(
                run.code, 0,
                "{args:?} hints `{hint}`, which fails: {}",
                run.stderr
            );
            ran += 1;
        }
    }
    assert!(ran >= 12, "only {ran} hints were found and run");
}

/// A typo is never answered with an option hidden from the help: `--to` is not a misspelt
/// `--today` (a fixed clock for scripts and tests), in either language.
#[test]
fn a_typo_is_not_offered_a_hidden_option() {
    let env = crate::support::TestEnv::ward();
    for run in [
        env.run(&["opinion", "reassign", "7", "--to", "Phòng Y tế"]),
        env.run_vi(&["y-kien", "giao-lai", "7", "--to", "Phòng Y tế"]),
        env.run(&["session", "hold", "1", "--n", "2026-06-16"]),
    ] {
        assert_eq!(run.code, 2, "{}", run.stderr);
        assert!(
            !run.stderr.contains("--today") && !run.stderr.contains("--now"),
            "{}",
            run.stderr
        );
        assert!(
            run.stderr.contains("--to") || run.stderr.contains("--n"),
            "{}",
            run.stderr
        );
    }
    // A visible option is still offered for its typo.
    let near = env.run(&["session", "list", "--statu", "held"]);
    assert!(near.stderr.contains("--status"), "{}", near.stderr);
}
