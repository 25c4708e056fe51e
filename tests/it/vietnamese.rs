//! A clerk who reads only Vietnamese (issue 12, first steps): choice values typed in Vietnamese,
//! clap's own errors in Vietnamese, history in Vietnam time, the regulation's references.

use crate::support::TestEnv;

fn vi(env: &TestEnv, args: &[&str]) -> crate::support::Run {
    env.run_vi(args)
}

#[test]
fn a_clerk_types_vietnamese_values_and_reads_vietnamese_errors() {
    let mut env = TestEnv::ward();
    env.today = "2026-07-20".into();
    let r = vi(
        &env,
        &[
            "session",
            "plan",
            "--title",
            "Đối thoại về trật tự đô thị",
            "--kind",
            "định kỳ",
            "--date",
            "16/06/2026",
            "--time",
            "8h30",
            "--chair-role",
            "chủ-tịch-ubnd",
            "--chair",
            "Nguyễn Văn Hùng",
            "--level",
            "phường",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let v = env.json(&["session", "show", "1"]);
    assert_eq!(v["session"]["kind"], "periodic");
    assert_eq!(v["session"]["start_time"], "08:30");
    for args in [
        vec![
            "session",
            "plan",
            "--title",
            "X",
            "--kind",
            "hàng tuần",
            "--date",
            "2026-12-01",
            "--chair-role",
            "committee-chair",
            "--chair",
            "A",
        ],
        vec!["sesion", "list"],
        vec!["opinion", "add", "1", "--category", "kien-nghi"],
        vec!["agency", "list", "--bogus"],
    ] {
        let r = vi(&env, &args);
        assert_eq!(r.code, 2, "{args:?}");
        assert!(r.stderr.starts_with("lỗi:"), "{args:?}: {}", r.stderr);
        for english in [
            "error",
            "invalid value",
            "unexpected argument",
            "required",
            "accepted",
        ] {
            assert!(!r.stderr.contains(english), "{args:?}: {}", r.stderr);
        }
    }
    // The history in Vietnam time, dd/mm/yyyy HH:MM, with Vietnamese actions.
    env.ok(&["session", "hold", "1"]);
    let h = vi(&env, &["history"]);
    assert!(h.stdout.contains("20/07/2026 09:00"), "{}", h.stdout);
    assert!(h.stdout.contains("lập kế hoạch"), "{}", h.stdout);
    // Rule codes beside the regulation's own references.
    let show = vi(&env, &["session", "show", "1"]);
    assert!(show.stdout.contains("Điều 10 khoản 1"), "{}", show.stdout);
}

#[test]
fn settings_come_from_the_configuration_file_after_flags_and_environment() {
    let env = TestEnv::ward();
    let other = env.path("phuong-tuong-mai.db");
    env.ok(&[
        "--db",
        other.to_str().expect("utf8"),
        "init",
        "--office",
        "Phường Tương Mai",
    ]);
    env.ok(&["config", "set", "db", other.to_str().expect("utf8")]);
    env.ok(&["config", "set", "clerk", "Lê Thu Hà"]);
    env.ok(&["config", "set", "lang", "vi"]);
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(env.path("config.toml"))
        .expect("file")
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);
    let shown = env.ok(&["config", "show"]);
    assert!(shown.contains("Lê Thu Hà"), "{shown}");
    // No flag, no environment: the file decides (database, clerk, language).
    let run = |extra_env: &[(&str, &str)], args: &[&str]| -> crate::support::Run {
        let mut c = env.command();
        c.env_remove("DOITHOAI_DB")
            .env_remove("DOITHOAI_CLERK")
            .env_remove("DOITHOAI_LANG");
        for (k, v) in extra_env {
            c.env(k, v);
        }
        c.args(args).output().expect("run").into()
    };
    let r = run(&[], &["agency", "add", "Phòng Văn hóa"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout.contains("đã thêm") || r.stdout.contains("Phòng Văn hóa"),
        "{}",
        r.stdout
    );
    let clerk: String = rusqlite::Connection::open(&other)
        .expect("open")
        .query_row(
            "SELECT clerk FROM event ORDER BY id DESC LIMIT 1",
            [],
            |r| r.get(0),
        )
        .expect("clerk");
    assert_eq!(clerk, "Lê Thu Hà");
    // The environment wins over the file, the flag over both.
    let r = run(
        &[("DOITHOAI_DB", env.db.to_str().expect("utf8"))],
        &["agency", "list", "--format", "json"],
    );
    assert!(!r.stdout.contains("Phòng Văn hóa"), "{}", r.stdout);
    let r = run(
        &[("DOITHOAI_LANG", "en")],
        &["--lang", "vi", "agency", "list", "--bogus"],
    );
    assert!(r.stderr.starts_with("lỗi"), "{}", r.stderr);
    // A bad key or a broken file is refused, naming it.
    let r = run(&[], &["config", "set", "colour", "red"]);
    assert_eq!(r.code, 2);
    std::fs::write(env.path("config.toml"), "db = [").expect("broken");
    let r = run(&[], &["agency", "list"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("config.toml"), "{}", r.stderr);
}

/// Every help page opens in Vietnamese: its description, its headings.
#[test]
fn every_help_page_speaks_vietnamese() {
    let env = TestEnv::new();
    let top = vi(&env, &["--help"]);
    assert_eq!(top.code, 0, "{}", top.stderr);
    let commands: Vec<String> = top
        .stdout
        .lines()
        .skip_while(|l| !l.starts_with("Lệnh:"))
        .skip(1)
        .take_while(|l| !l.trim().is_empty())
        .filter_map(|l| l.split_whitespace().next().map(str::to_string))
        .collect();
    assert!(commands.len() > 15, "{}", top.stdout);
    let mut pages = 0;
    for c in &commands {
        let page = vi(&env, &[c, "--help"]);
        assert_eq!(page.code, 0, "{c}: {}", page.stderr);
        let subs: Vec<String> = page
            .stdout
            .lines()
            .skip_while(|l| !l.starts_with("Lệnh:"))
            .skip(1)
            .take_while(|l| !l.trim().is_empty())
            .filter_map(|l| l.split_whitespace().next().map(str::to_string))
            .collect();
        let mut all = vec![page];
        for s in &subs {
            all.push(vi(&env, &[c, s, "--help"]));
        }
        for p in all {
            pages += 1;
            assert_eq!(p.code, 0, "{c}: {}", p.stderr);
            let first = p.stdout.lines().next().unwrap_or("");
            assert!(
                first
                    .chars()
                    .any(|ch| "ăâđêôơưáàảãạếềểễệốồổỗộớờởỡợứừửữựíìỉĩịýỳỷỹỵ".contains(ch)),
                "{c}: not Vietnamese: {first}"
            );
            assert!(p.stdout.contains("Cách dùng:"), "{c}: {}", p.stdout);
            assert!(
                !p.stdout.contains("Usage:") && !p.stdout.contains("\nOptions:"),
                "{c}"
            );
        }
    }
    assert!(pages > 50, "{pages} pages");
}

#[test]
fn refusals_of_text_files_periods_and_dates_speak_vietnamese() {
    let mut env = TestEnv::ward();
    env.today = "2026-07-20".into();
    env.plan_session("Đối thoại về trật tự đô thị", "periodic", "2026-08-20");
    std::fs::write(env.path("kien-nghi.txt"), b"\xff\xfe ng\xf5 12").expect("write");
    let not_utf8 = env.path("kien-nghi.txt");
    let missing = env.path("khong-co.txt");
    let cases: Vec<Vec<&str>> = vec![
        vec!["--clerk", "", "session", "list"],
        vec![
            "opinion",
            "add",
            "1",
            "--category",
            "petition",
            "--content-file",
            not_utf8.to_str().expect("utf-8 path"),
        ],
        vec![
            "opinion",
            "add",
            "1",
            "--category",
            "petition",
            "--content-file",
            missing.to_str().expect("utf-8 path"),
        ],
        vec!["report", "period", "--quarter", "2026-Q5"],
        vec![
            "calendar",
            "deadline",
            "--from",
            "2100-12-20",
            "--working-days",
            "30",
        ],
        vec!["session", "hold", "1"],
    ];
    for args in cases {
        let before = env.dump();
        let r = vi(&env, &args);
        assert_ne!(r.code, 0, "{args:?}");
        assert!(r.stderr.starts_with("lỗi:"), "{args:?}: {}", r.stderr);
        assert_eq!(r.stderr.trim_end().lines().count(), 1, "{}", r.stderr);
        for english in [
            "accepted",
            " is not ",
            " the ",
            "give ",
            "outside",
            "cannot",
            "ngày hội nghị ngày",
        ] {
            assert!(!r.stderr.contains(english), "{args:?}: {}", r.stderr);
        }
        assert_eq!(env.dump(), before, "{args:?} changed the database");
    }
}

/// The history a clerk reads names each changed field in Vietnamese and shows codes as words;
/// piped (to a file, to cron's mail) it wraps at a stable 120 columns instead of running on.
#[test]
fn history_reads_in_vietnamese_words_at_a_stable_width() {
    let env = crate::reports::dataset();
    let history = vi(&env, &["history"]);
    assert_eq!(history.code, 0, "{}", history.stderr);
    let screen = history.stdout;
    for raw in [
        "announcement_reading",
        "saturdays_count",
        "chair_role",
        "session_id",
        "commune",
        "petition",
    ] {
        assert!(!screen.contains(raw), "raw '{raw}' in:\n{screen}");
    }
    // The changes column wraps: read it with the table's borders taken out.
    let flat = screen
        .split(|c: char| c.is_whitespace() || "│┆".contains(c))
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    for words in [
        "Tính thứ Bảy",
        "Chức danh chủ trì: Chủ tịch UBND",
        "Nội dung theo Điều 5: kiến nghị",
    ] {
        assert!(flat.contains(words), "{words} in:\n{screen}");
    }
    let widest = screen.lines().map(|l| l.chars().count()).max().unwrap_or(0);
    assert_eq!(widest, 120, "piped history wraps at 120 columns");
    // CSV reads as the workbook does: headings and values in words, a record in words…
    let csv = vi(&env, &["history", "--format", "csv"]).stdout;
    assert!(
        csv.starts_with("Mã,Thời điểm (giờ Việt Nam),Cán bộ,Lệnh"),
        "{csv}"
    );
    assert!(csv.contains("Chức danh chủ trì: Chủ tịch UBND"), "{csv}");
    assert!(csv.contains("hoi-nghi ke-hoach"), "{csv}");
    assert!(!csv.contains("committee-chair"), "{csv}");
    // …and `--keys` keeps the stable keys and codes for programs.
    let csv = vi(&env, &["history", "--format", "csv", "--keys"]).stdout;
    assert!(csv.starts_with("id,at,clerk,command"), "{csv}");
    assert!(csv.contains("chair_role") && csv.contains("committee-chair"));
}

/// Shell completion offers the closed values in both spellings: the English code and the
/// Vietnamese word typed without diacritics.
#[test]
fn completions_offer_choice_values_in_both_languages() {
    let env = TestEnv::new();
    let bash = env.ok(&["completions", "bash"]);
    for values in [
        "periodic regular ad-hoc dinh-ky thuong-xuyen dot-xuat",
        "urgent high normal khan cao thuong",
        "complaint denunciation khieu-nai to-cao",
    ] {
        assert!(bash.contains(values), "{values}");
    }
    let fish = env.ok(&["completions", "fish"]);
    assert!(
        fish.contains("kien-nghi") && fish.contains("chu-tich-ubnd"),
        "{fish}"
    );
    // The parser stays the vocabulary's own: diacritics and spaces still work.
    let mut env = TestEnv::ward();
    env.today = "2026-07-20".into();
    env.ok(&[
        "session",
        "plan",
        "--title",
        "Đối thoại",
        "--kind",
        "Định kỳ",
        "--date",
        "2026-08-20",
        "--chair-role",
        "Chủ tịch UBND",
        "--chair",
        "Nguyễn Văn Hùng",
    ]);
}

/// A flag left without its value says so, in Vietnamese, not "invalid value ''".
#[test]
fn a_flag_without_its_value_reads_in_vietnamese() {
    let env = TestEnv::ward();
    let out = vi(&env, &["session", "plan", "--title"]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("thiếu giá trị cho --title"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("''"), "{}", out.stderr);
}

/// The history of setting up the office reads in Vietnamese: R4's reading and the Saturday
/// setting in words (accepted back as typed), the office named without a stray number.
#[test]
fn the_office_set_up_reads_in_vietnamese_in_the_history() {
    let env = TestEnv::new();
    let r = vi(
        &env,
        &[
            "init",
            "--office",
            "Phường Hoàng Mai",
            "--level",
            "cấp xã",
            "--announcement-reading",
            "trọn 7 ngày",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let history = vi(&env, &["history"]).stdout;
    assert!(history.contains("trọn 7 ngày"), "{history}");
    assert!(history.contains("Tính thứ Bảy: không"), "{history}");
    for english in ["clear-days", "standard", "false", "true", "đơn vị 1"] {
        assert!(!history.contains(english), "{english}: {history}");
    }
}

/// `config show` without a file still says what is in effect and where each value comes from,
/// and creates nothing.
#[test]
fn config_show_says_what_is_in_effect_and_from_where() {
    let env = TestEnv::new();
    let out = env
        .command()
        .env("DOITHOAI_LANG", "vi")
        .args(["config", "show"])
        .output()
        .expect("run");
    assert!(out.status.success());
    let shown = String::from_utf8_lossy(&out.stdout);
    assert!(shown.contains("chưa có"), "{shown}");
    assert!(
        shown.contains(&env.db.display().to_string()) && shown.contains("DOITHOAI_DB"),
        "{shown}"
    );
    assert!(
        shown.contains("lang = \"vi\"") && shown.contains("DOITHOAI_LANG"),
        "{shown}"
    );
    assert!(
        shown.contains("Trần Thị Lan") && shown.contains("DOITHOAI_CLERK"),
        "{shown}"
    );
    assert!(!env.path("config.toml").exists());
    let shown = env.ok(&["--clerk", "Lê Thu Hà", "config", "show"]);
    assert!(
        shown.contains("clerk = \"Lê Thu Hà\"  # --clerk"),
        "{shown}"
    );
}

/// `doithoai` or `doithoai y-kien`-style commands typed without their subcommand show that
/// command's short help in the clerk's language (exit 2), not a one-line error.
#[test]
fn a_command_without_its_subcommand_shows_its_help_in_the_clerks_language() {
    let env = TestEnv::ward();
    let r = vi(&env, &[]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("Cách dùng: doithoai"), "{}", r.stderr);
    assert!(
        r.stderr.contains("Lệnh:") && r.stderr.contains("session"),
        "{}",
        r.stderr
    );
    assert!(!r.stderr.contains("Usage:"), "{}", r.stderr);
    let r = vi(&env, &["session"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("Cách dùng: doithoai session"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("reschedule"), "{}", r.stderr);
    assert!(r.stdout.is_empty());
    let r = env.run(&["opinion"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("Usage: doithoai opinion"), "{}", r.stderr);
}

/// A monthly report as a clerk asks for it: `--month 12/2026` or `--month "tháng 12/2026"`,
/// the same period as `--from 01/12/2026 --to 31/12/2026`; a month that is not one is refused
/// naming what is accepted.
#[test]
fn a_monthly_report_is_asked_for_by_its_month() {
    let env = TestEnv::ward();
    let by_range = env.json(&[
        "report",
        "period",
        "--from",
        "2026-07-01",
        "--to",
        "2026-07-31",
        "--as-of",
        "2026-07-20",
    ]);
    for month in ["07/2026", "tháng 7/2026", "2026-07"] {
        let by_month = env.json(&[
            "report",
            "period",
            "--month",
            month,
            "--as-of",
            "2026-07-20",
        ]);
        assert_eq!(by_month, by_range, "{month}");
    }
    let r = vi(&env, &["report", "period", "--month", "13/2026"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr.contains("tháng") && r.stderr.contains("\"tháng 12/2026\""),
        "{}",
        r.stderr
    );
}

/// The command words in Vietnamese: `hoi-nghi ke-hoach` is `session plan` (the history keeps
/// the English words scripts read), a near miss suggests the Vietnamese word, completion offers
/// it, and the Vietnamese help names it beside each command.
#[test]
fn a_clerk_types_the_commands_in_vietnamese() {
    let env = TestEnv::ward();
    let r = vi(
        &env,
        &[
            "hoi-nghi",
            "ke-hoach",
            "--title",
            "Đối thoại về trật tự đô thị",
            "--kind",
            "định kỳ",
            "--date",
            "20/07/2026",
            "--chair-role",
            "chủ-tịch-ubnd",
            "--chair",
            "Nguyễn Văn Hùng",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let history = env.json(&["history"]);
    assert_eq!(history[1]["command"], "session plan", "{history}");
    let listed = vi(&env, &["hoi-nghi", "danh-sach", "--format", "json"]);
    assert_eq!(listed.code, 0, "{}", listed.stderr);
    assert!(listed.stdout.contains("Đối thoại về trật tự đô thị"));
    let r = vi(&env, &["van-ban", "bien-bn", "1"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("bien-ban"), "{}", r.stderr);
    let help = vi(&env, &["--help"]);
    assert!(
        help.stdout.contains("[tiếng Việt: hoi-nghi]"),
        "{}",
        help.stdout
    );
    // Export kinds and `--by` as a clerk writes them, with a space.
    for words in [
        &["xuat", "hội nghị"][..],
        &["export", "ý kiến", "--by", "hội nghị"][..],
    ] {
        let mut args = words.to_vec();
        args.extend(["--format", "csv"]);
        let r = vi(&env, &args);
        assert_eq!(r.code, 0, "{words:?}: {}", r.stderr);
    }
    let completion = env.run(&["completions", "bash"]);
    assert!(completion.stdout.contains("hoi-nghi") && completion.stdout.contains("bien-ban"));
}

/// A refused value lists what is accepted as the clerk reads and types it — never the English
/// codes in brackets — and `check` says its engine settings in words.
#[test]
fn a_refusal_lists_the_words_a_clerk_types() {
    let env = TestEnv::ward();
    let r = vi(
        &env,
        &[
            "session",
            "plan",
            "--title",
            "Đối thoại",
            "--kind",
            "hằng tuần",
            "--date",
            "20/07/2026",
            "--chair-role",
            "chủ-tịch-ubnd",
            "--chair",
            "Nguyễn Văn Hùng",
        ],
    );
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("định kỳ (dinh-ky)"), "{}", r.stderr);
    for code in ["(periodic)", "(regular)", "(ad-hoc)"] {
        assert!(!r.stderr.contains(code), "{code}: {}", r.stderr);
    }
    // The word it suggests is accepted.
    let r = vi(
        &env,
        &[
            "session",
            "plan",
            "--title",
            "Đối thoại",
            "--kind",
            "dinh-ky",
            "--date",
            "20/07/2026",
            "--chair-role",
            "chủ-tịch-ubnd",
            "--chair",
            "Nguyễn Văn Hùng",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let check = vi(&env, &["check"]);
    assert!(!check.stdout.contains("journal_mode="), "{}", check.stdout);
    if !crate::support::on_server() {
        assert!(check.stdout.contains("WAL"), "{}", check.stdout);
    }
}

/// What still leaked English to a clerk who reads only Vietnamese (issue 24.7): the manual's
/// headings, a date's accepted forms, a merge in the history, a provisional Tết day's name.
#[test]
fn the_last_english_words_a_vietnamese_clerk_met() {
    let mut env = TestEnv::ward();
    env.today = "2026-11-29".into();
    let man = vi(&env, &["man"]).stdout;
    for heading in [".SH \"TÊN\"", ".SH \"CÚ PHÁP\"", ".SH \"MÔ TẢ\""] {
        assert!(man.contains(heading), "{heading}");
    }
    for english in [
        ".SH NAME",
        ".SH SYNOPSIS",
        ".SH DESCRIPTION",
        ".SH COMMANDS",
    ] {
        assert!(!man.contains(english), "{english}");
    }
    // One page for the whole tool: every command with its Vietnamese words, no reference to a
    // page nothing installs, the name said once.
    assert!(
        man.contains(".SS \"doithoai session plan [hoi\\-nghi ke\\-hoach]\""),
        "{man}"
    );
    assert!(man.contains(".SS \"doithoai doc minutes [van\\-ban bien\\-ban]\""));
    assert!(!man.contains("doithoai\\-session(1)") && !man.contains("doithoai \\- doithoai"));
    let r = vi(
        &env,
        &[
            "calendar",
            "deadline",
            "--from",
            "ngày mai",
            "--working-days",
            "10",
        ],
    );
    assert!(
        r.stderr.contains("ngày/tháng/năm (15/12/2026") && !r.stderr.contains("YYYY"),
        "{}",
        r.stderr
    );
    env.ok(&["agency", "add", "Phòng Quản lý đô thị"]);
    env.ok(&["agency", "add", "Phòng QLĐT"]);
    env.ok(&[
        "agency",
        "merge",
        "Phòng QLĐT",
        "Phòng Quản lý đô thị",
        "--yes",
    ]);
    let history = vi(&env, &["history", "--kind", "agency"]).stdout;
    assert!(
        history.contains("Gộp vào: ∅ → Phòng Quản lý đô thị"),
        "{history}"
    );
    assert!(!history.contains("{\""), "{history}");
    // The provisional year 2027: the Thursday before Tết is part of the Tết break.
    let days = vi(
        &env,
        &[
            "calendar", "list", "--year", "2027", "--format", "csv", "--keys",
        ],
    )
    .stdout;
    let thursday = days
        .lines()
        .find(|l| l.starts_with("2027-02-04"))
        .unwrap_or_else(|| panic!("{days}"));
    assert!(thursday.contains("Nghỉ Tết Nguyên đán (thay"), "{thursday}");
    assert!(!thursday.contains("Nghỉ bù"), "{thursday}");
}

/// The Vietnamese guide (docs/HUONG-DAN.md) works as written: every `doithoai` line of its
/// examples runs, in order, on a new database, on the day its `# Ngày …` line says — in the
/// Vietnamese command words it teaches.
#[test]
fn the_vietnamese_guide_runs_as_written() {
    let guide = include_str!("../../docs/HUONG-DAN.md");
    let env = TestEnv::new();
    let mut today = String::new();
    let mut ran = 0;
    let mut in_block = false;
    for line in guide.lines() {
        if line.starts_with("```") {
            in_block = line == "```sh";
            continue;
        }
        if !in_block {
            continue;
        }
        if let Some(day) = line.strip_prefix("# Ngày ") {
            let (d, rest) = day.split_once('/').expect("dd/mm/yyyy");
            let (m, y) = rest.split_once('/').expect("dd/mm/yyyy");
            today = format!("{y}-{m}-{d}");
            continue;
        }
        if !line.starts_with("doithoai ") {
            continue;
        }
        // The English command words are the guide's to avoid.
        let second = line.split_whitespace().nth(1).unwrap_or_default();
        assert!(
            ![
                "session",
                "opinion",
                "speaker",
                "report",
                "doc",
                "conclusion",
                "agency",
                "init"
            ]
            .contains(&second),
            "{line}"
        );
        crate::support::run_guide_line(&env, line, &today);
        ran += 1;
    }
    assert!(ran > 30, "{ran} lines");
}

/// Someone who spoke at an ad-hoc session without registering before it is recorded after the
/// session is held, as having spoken, numbered after those before them; before the session is
/// held `--spoke` is refused and nothing is written (issue 24.8).
#[test]
fn a_speaker_from_the_floor_is_recorded_after_the_session() {
    let mut env = TestEnv::ward();
    env.today = "2026-08-05".into();
    env.plan_session("Đối thoại đột xuất về ngập úng", "ad-hoc", "2026-08-05");
    let refused = env.refused(
        &[
            "speaker",
            "register",
            "1",
            "--name",
            "Phạm Văn Đức",
            "--topic",
            "Ngập úng",
            "--spoke",
        ],
        1,
    );
    assert!(refused.contains("session hold 1"), "{refused}");
    assert!(env
        .json(&["speaker", "list", "1"])
        .as_array()
        .is_some_and(Vec::is_empty));
    env.ok(&["session", "hold", "1"]);
    let r = vi(
        &env,
        &[
            "phat-bieu",
            "dang-ky",
            "1",
            "--name",
            "Phạm Văn Đức",
            "--address",
            "Tổ 9",
            "--topic",
            "Ngập úng tổ 9",
            "--spoke",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout
            .contains("đã phát biểu tại hội nghị 1: số thứ tự 1"),
        "{}",
        r.stdout
    );
    let speakers = env.json(&["speaker", "list", "1"]);
    assert_eq!(speakers[0]["status"], "spoke", "{speakers}");
    assert_eq!(speakers[0]["speaking_order"], 1, "{speakers}");
    env.ok(&[
        "opinion",
        "add",
        "1",
        "--speaker",
        "1/1",
        "--content",
        "Đề nghị nạo vét cống tổ 9 trước mùa mưa",
        "--category",
        "petition",
    ]);
    env.ok(&["check"]);
}

/// JSON carries codes and facts, never words: a script reads the same bytes whichever language
/// the clerk's screen speaks — flags, states, reasons and history included (issue: one door to
/// the data, words only at the edge).
#[test]
fn json_is_the_same_in_english_and_vietnamese() {
    let env = crate::reports::dataset();
    // The reports' data set: deadlines missed and pending, answers on time and late, a
    // complaint routed out, an answer at the session.
    let commands: &[&[&str]] = &[
        &["session", "show", "1"],
        &["session", "show", "2"],
        &["opinion", "show", "1"],
        &["opinion", "show", "4"],
        &["report", "overdue", "--as-of", crate::reports::AS_OF],
        &[
            "report",
            "period",
            "--from",
            "2026-06-01",
            "--to",
            "2026-08-12",
            "--as-of",
            crate::reports::AS_OF,
        ],
        &["history"],
        &["opinion", "list"],
        &["export", "opinions"],
        &["check"],
    ];
    for args in commands {
        let mut with_format = args.to_vec();
        with_format.extend(["--format", "json"]);
        let en = env.run(&with_format);
        let vi = env.run_vi(&with_format);
        assert_eq!(en.code, 0, "{args:?}: {}", en.stderr);
        assert!(en.stdout.len() > 2, "{args:?}: nothing to compare");
        assert_eq!(
            en.stdout, vi.stdout,
            "{args:?}: the JSON differs by language"
        );
    }
    // The flags are codes with their facts.
    let shown = env.json(&["session", "show", "1"]);
    let flags = shown["flags"].as_array().expect("flags");
    assert!(!flags.is_empty(), "{shown}");
    assert!(flags.iter().all(|f| f["flag"].is_string()), "{shown}");
}

/// What `check` finds reads in the clerk's language — the check's name and the finding, dates
/// as dd/mm/yyyy — and JSON carries the finding's values, the same in both languages.
#[test]
fn check_names_what_it_finds_in_vietnamese() {
    let env = TestEnv::ward();
    let session = crate::support::held_session(&env, "2026-05-12");
    for (name, topic) in [
        ("Nguyễn Thị Hường", "Cấp giấy chứng nhận quyền sử dụng đất"),
        ("Lê Văn Tám", "Sửa đường ngõ 294 Kim Mã"),
    ] {
        env.ok(&[
            "speaker", "register", &session, "--name", name, "--topic", topic, "--spoke",
        ]);
    }
    env.tamper("UPDATE registration SET speaking_order = 9 WHERE speaking_order = 2");
    let r = env.run_vi(&["check"]);
    assert_eq!(
        r.code,
        crate::support::CHECK_FAILED,
        "{}{}",
        r.stdout,
        r.stderr
    );
    assert!(
        r.stdout.contains("thứ tự phát biểu")
            && r.stdout.contains("2 lượt đăng ký được đánh số từ 1 đến 9"),
        "{}",
        r.stdout
    );
    for english in ["speaking_order", "registrations", "Some("] {
        assert!(!r.stdout.contains(english), "{english}: {}", r.stdout);
    }
    let json = |lang: &str| {
        env.command()
            .env("DOITHOAI_LANG", lang)
            .args(["check", "--format", "json"])
            .output()
            .expect("run")
            .stdout
    };
    assert_eq!(json("en"), json("vi"));
    // CSV with --keys is data too: the finding's values, the same bytes in both languages.
    let keys = |lang: &str| {
        env.command()
            .env("DOITHOAI_LANG", lang)
            .args(["check", "--format", "csv", "--keys"])
            .output()
            .expect("run")
            .stdout
    };
    assert_eq!(keys("en"), keys("vi"));
    assert!(String::from_utf8_lossy(&keys("vi")).contains("\"\"highest\"\":9"));
    let found: serde_json::Value = serde_json::from_slice(&json("vi")).expect("json");
    assert_eq!(found[0]["finding"]["kind"], "speaking_order", "{found}");
    assert_eq!(found[0]["finding"]["highest"], 9, "{found}");
}

/// Small frictions a clerk met: an unknown session is named before the question to confirm;
/// what a document or a backup wrote is said on stderr, and nothing with `--quiet`; export
/// kinds typed with capitals; a setting changed later without the office's name again; a
/// speaker registered after the session pointed to `--spoke`.
#[test]
fn a_clerk_is_told_the_right_thing_first() {
    let env = TestEnv::ward();
    let r = env.run_vi(&["hoi-nghi", "huy", "9", "--reason", "Trùng lịch"]);
    assert_eq!(r.code, crate::support::REFUSED, "{}", r.stderr);
    assert!(r.stderr.contains("không có hội nghị mã 9"), "{}", r.stderr);
    assert!(!r.stderr.contains("--yes"), "{}", r.stderr);

    let session = crate::support::held_session(&env, "2026-05-12");
    let r = env.run_vi(&[
        "phat-bieu",
        "dang-ky",
        &session,
        "--name",
        "Vũ Thị Lan",
        "--topic",
        "Cống thoát nước",
    ]);
    assert_eq!(r.code, crate::support::REFUSED, "{}", r.stderr);
    assert!(r.stderr.contains("--spoke"), "{}", r.stderr);
    env.ok(&[
        "speaker",
        "register",
        &session,
        "--name",
        "Vũ Thị Lan",
        "--topic",
        "Cống thoát nước",
        "--spoke",
    ]);

    // The same person on the same topic twice (typed again, NFD the second time): said, with
    // the command that withdraws the extra one.
    env.plan_session("Đối thoại về đất đai", "periodic", "2026-12-30");
    let planned = "2".to_string();
    env.ok(&[
        "speaker",
        "register",
        &planned,
        "--name",
        "Nguyễn Thị Hường",
        "--topic",
        "Cấp giấy chứng nhận quyền sử dụng đất",
    ]);
    let nfd = "Nguye\u{302}\u{303}n Thi\u{323} Hu\u{31b}o\u{31b}\u{300}ng";
    let r = env.run_vi(&[
        "phat-bieu",
        "dang-ky",
        &planned,
        "--name",
        nfd,
        "--topic",
        "cấp giấy chứng nhận quyền sử dụng đất",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let hint = format!("doithoai phat-bieu rut {planned}/2");
    assert!(r.stderr.contains(&hint), "{}", r.stderr);
    env.ok(&["speaker", "withdraw", &format!("{planned}/2")]);

    // The settings in effect as data: where each comes from as a code, in either language.
    let shown = env.json(&["config", "show"]);
    assert_eq!(shown["db"]["from"], "DOITHOAI_DB", "{shown}");
    assert_eq!(shown["clerk"]["value"], "Trần Thị Lan", "{shown}");
    let r = env.run_vi(&["cau-hinh", "xem", "--format", "json"]);
    let vi: serde_json::Value = serde_json::from_str(&r.stdout).expect("json");
    assert_eq!(vi["db"], shown["db"]);

    // A word too many is said as such, not as an unknown option.
    let r = env.run_vi(&["hoi-nghi", "xem", "1", "2"]);
    assert_eq!(r.code, crate::support::USAGE, "{}", r.stderr);
    assert!(r.stderr.contains("thừa giá trị '2'"), "{}", r.stderr);
    let r = env.run_vi(&["y-kien", "danh-sach", "--session", "1", "--session", "2"]);
    assert_eq!(r.code, crate::support::USAGE, "{}", r.stderr);
    assert!(r.stderr.contains("được đưa nhiều lần"), "{}", r.stderr);

    let copy = env.path("sao-luu.db");
    let r = env.run_vi(&["sao-luu", copy.to_str().expect("path")]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout.is_empty() && r.stderr.contains("sao-luu.db"),
        "{}{}",
        r.stdout,
        r.stderr
    );
    let r = env.run_vi(&[
        "--quiet",
        "sao-luu",
        copy.to_str().expect("path"),
        "--force",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout.is_empty() && r.stderr.is_empty(),
        "{}{}",
        r.stdout,
        r.stderr
    );

    for kind in ["Ý kiến", "HỘI NGHỊ", "Đăng ký"] {
        let r = env.run_vi(&["xuat", kind, "--format", "json"]);
        assert_eq!(r.code, 0, "{kind}: {}", r.stderr);
    }

    env.ok(&["init", "--report-recipients", "UBND thành phố Hà Nội"]);
    let shown: String = env.sql("SELECT name FROM office");
    assert_eq!(shown, "Phường Hoàng Mai", "the office keeps its name");
    let fresh = TestEnv::new();
    let r = fresh.run(&["init", "--level", "ward"]);
    assert_eq!(r.code, crate::support::USAGE, "{}", r.stderr);
    assert!(r.stderr.contains("--office"), "{}", r.stderr);
    assert!(!fresh.db.exists(), "no database made");
}
