//! Tables in a real terminal: tmux runs the binary in an 80-column pane (a clerk's window), in
//! Vietnamese and in English, and the screen is compared with the same command's unwrapped
//! output: every line fits, and every figure — a date, an id, a document number, a percentage —
//! is on the screen whole, never split across two lines; and a command typed without its values
//! asks for them there. Needs tmux (installed by `.ci/run`).

use crate::reports::{dataset, AS_OF};
use crate::support::{TestEnv, BIN};
use std::process::Command;

/// The tokens with a digit in them, as the table shows them (borders and padding dropped).
fn figures(screen: &str) -> Vec<String> {
    let mut found: Vec<String> = screen
        .split(|c: char| c.is_whitespace() || "│┆┃║|".contains(c))
        .filter(|t| t.chars().any(|c| c.is_ascii_digit()) && t.chars().count() <= 16)
        .filter(|t| !t.chars().all(|c| "─━═╌┄┈┼╪┿┬┴├┤┌┐└┘╞╡".contains(c)))
        .map(str::to_string)
        .collect();
    found.sort();
    found
}

/// The words of a screen (letters only, 2 to 5 of them: "Phòng", "phường"), sorted: a word
/// cut across two lines ("Phòn" / "g") is missing from them.
fn words(screen: &str) -> Vec<String> {
    let mut found: Vec<String> = screen
        .split(|c: char| c.is_whitespace() || "│┆┃║|".contains(c))
        .filter(|t| (2..=5).contains(&t.chars().count()) && t.chars().all(char::is_alphabetic))
        .map(str::to_string)
        .collect();
    found.sort();
    found
}

fn shell_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', "'\\''"))
}

/// The screen of `args` run in a tmux pane of `width` columns (the whole scrollback).
fn in_tmux(env: &TestEnv, lang: &str, width: u16, args: &[&str]) -> String {
    in_tmux_answering(env, lang, width, args, &[])
}

/// The same, typing each of `answers` (and Enter) when the command asks ("> " ends the screen).
fn in_tmux_answering(
    env: &TestEnv,
    lang: &str,
    width: u16,
    args: &[&str],
    answers: &[&str],
) -> String {
    let session = format!(
        "doithoai-{}-{lang}-{width}-{}",
        std::process::id(),
        answers.len()
    );
    let channel = format!("{session}-done");
    let command = format!(
        "env -u COLUMNS DOITHOAI_DB={} DOITHOAI_LANG={lang} DOITHOAI_TODAY={AS_OF} DOITHOAI_CONFIG={} {} {}; tmux wait-for -S {channel}; sleep 30",
        shell_quote(env.db.to_str().expect("path")),
        shell_quote(env.dir.path().join("config.toml").to_str().expect("path")),
        shell_quote(BIN),
        args.iter().map(|a| shell_quote(a)).collect::<Vec<_>>().join(" ")
    );
    // A server of its own for each screen: a new session never meets a server that is still
    // exiting after the previous one was killed.
    let tmux = |a: &[&str]| {
        let out = Command::new("tmux")
            .args(["-L", session.as_str()])
            .args(a)
            .output()
            .expect("tmux is installed");
        assert!(
            out.status.success(),
            "tmux {a:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let width = width.to_string();
    // The pane runs the command itself (no prompt, no echo of the command line).
    tmux(&[
        "-f",
        "/dev/null",
        "new-session",
        "-d",
        "-s",
        &session,
        "-x",
        &width,
        "-y",
        "24",
    ]);
    tmux(&["set-option", "-t", &session, "history-limit", "5000"]);
    tmux(&["respawn-pane", "-k", "-t", &session, &command]);
    for (asked, answer) in answers.iter().enumerate() {
        // Wait for the question: one more prompt on the screen than answers given.
        let mut waited = 0;
        loop {
            let screen = tmux(&["capture-pane", "-p", "-t", &session, "-S", "-5000"]);
            let prompts = screen
                .lines()
                .filter(|l| l.starts_with("> ") || l.trim_end() == ">")
                .count();
            if prompts > asked {
                break;
            }
            waited += 1;
            assert!(waited < 400, "no question {asked} came:\n{screen}");
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        tmux(&["send-keys", "-t", &session, "-l", answer]);
        tmux(&["send-keys", "-t", &session, "Enter"]);
    }
    tmux(&["wait-for", &channel]);
    let screen = tmux(&["capture-pane", "-p", "-t", &session, "-S", "-5000"]);
    tmux(&["kill-server"]);
    screen
}

#[test]
#[ignore = "needs tmux; run by .ci/run"]
fn tables_fit_80_columns_without_splitting_a_figure() {
    let env = dataset();
    let commands: [&[&str]; 5] = [
        &["opinion", "list"],
        &["session", "list"],
        &["report", "overdue", "--as-of", AS_OF, "--within", "5"],
        &["agency", "list"],
        &["report", "period", "--quarter", "2026-Q2", "--as-of", AS_OF],
    ];
    for lang in ["vi", "en"] {
        for args in commands {
            let piped = env
                .command()
                .env("DOITHOAI_LANG", lang)
                .args(args)
                .output()
                .expect("run");
            let whole = String::from_utf8_lossy(&piped.stdout).into_owned();
            for width in [80u16, 100] {
                let screen = in_tmux(&env, lang, width, args);
                // The petition is what the clerk reads: never squeezed to a word per line.
                if args == ["opinion", "list"] {
                    assert!(
                        screen.contains("Đề nghị sửa chữa đường"),
                        "{lang} at {width}: the content squeezed:\n{screen}"
                    );
                }
                for line in screen.lines() {
                    assert!(
                        line.chars().count() <= width as usize,
                        "{lang} {args:?} at {width}: a line of {} columns:\n{screen}",
                        line.chars().count()
                    );
                }
                // As sets: a table drawn as one block per row repeats its headings.
                let set = |text: &str| {
                    figures(text)
                        .into_iter()
                        .collect::<std::collections::BTreeSet<_>>()
                };
                assert_eq!(
                    set(&screen),
                    set(&whole),
                    "{lang} {args:?} at {width} columns splits a figure:\n{screen}"
                );
                // Nor a word: every short word of the whole table is on the screen whole (a
                // word longer than a column, "implementation", may wrap like text).
                let (on_screen, all) = (words(&screen), words(&whole));
                let long: Vec<&str> = whole
                    .split(|c: char| c.is_whitespace() || "│┆┃║|".contains(c))
                    .filter(|t| t.chars().count() > 8)
                    .collect();
                let cut: Vec<&String> = on_screen
                    .iter()
                    .filter(|w| !all.contains(w) && !long.iter().any(|l| l.contains(w.as_str())))
                    .collect();
                assert!(
                    cut.is_empty(),
                    "{lang} {args:?} at {width} columns splits words {cut:?}:\n{screen}"
                );
            }
        }
    }
}

/// A clerk who types a command without its values at a terminal is asked for each, in
/// Vietnamese — the open sessions listed, the closed list's words shown, a wrong word refused
/// and asked again — then shown the whole command line, which runs (issue 24.2).
#[test]
#[ignore = "needs tmux; run by .ci/run"]
fn a_command_typed_without_its_values_asks_for_each() {
    let env = TestEnv::ward();
    env.plan_session("Đối thoại tháng 12", "periodic", "2026-12-20");
    let screen = in_tmux_answering(
        &env,
        "vi",
        100,
        &["y-kien", "them"],
        &[
            "",
            "1",
            "xyz",
            "kien nghi",
            "Đề nghị lắp camera an ninh ngõ 38",
        ],
    );
    assert!(screen.contains("1 — Đối thoại tháng 12"), "{screen}");
    // Enter by mistake loses nothing: the value is asked again.
    assert!(screen.contains("để trống lần nữa thì dừng"), "{screen}");
    assert!(screen.contains("kien-nghi (kiến nghị)"), "{screen}");
    assert!(screen.contains("'xyz' không hợp lệ"), "{screen}");
    let flat: String = screen.lines().collect::<Vec<_>>().join("");
    assert!(
        flat.contains("Lệnh đầy đủ: doithoai y-kien them --category 'kien nghi' --content 'Đề nghị lắp camera an ninh ngõ 38' 1"),
        "{screen}"
    );
    let opinions = env.json(&["opinion", "list"]);
    assert_eq!(
        opinions[0]["content"], "Đề nghị lắp camera an ninh ngõ 38",
        "{opinions}"
    );
    assert_eq!(opinions[0]["category"], "petition");
    // Not at a terminal (a script, cron): the usage error, nothing asked, nothing written.
    let r = env.run_vi(&["y-kien", "them"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(!r.stderr.contains("Cần "), "{}", r.stderr);
    assert_eq!(
        env.json(&["opinion", "list"]).as_array().map(Vec::len),
        Some(1)
    );
}

/// The guided entry takes each value for what it is: `opinion forward`'s `--to` is the body it
/// goes to (text, not a date) and its `--on` offers today; two positionals keep their order.
#[test]
#[ignore = "needs tmux; run by .ci/run"]
fn the_guided_entry_asks_each_value_as_what_it_is() {
    let mut env = TestEnv::ward();
    env.today = "2026-08-20".into();
    let s = crate::support::held_session(&env, "2026-07-14");
    env.ok(&[
        "opinion",
        "add",
        &s,
        "--content",
        "Đề nghị mở rộng đường Tam Trinh",
        "--category",
        "petition",
    ]);
    crate::support::issue_notice(&env, &s, "2026-07-22", "20/TB-UBND", "Phòng Quản lý đô thị");
    let screen = in_tmux_answering(
        &env,
        "vi",
        100,
        &["y-kien", "chuyen", "1"],
        &["Sở Xây dựng Hà Nội", ""],
    );
    assert!(
        screen.contains("[12/08/2026]"),
        "today offered for --on: {screen}"
    );
    let o = env.json(&["opinion", "show", "1"]);
    assert_eq!(o["opinion"]["forwarded_to"], "Sở Xây dựng Hà Nội", "{o}");
    assert_eq!(o["opinion"]["forwarded_on"], AS_OF, "{o}");
    // Two positionals, the first a number: `session uninvite SESSION WHO`.
    env.plan_session("Đối thoại quý IV", "periodic", "2026-09-30");
    env.ok(&["session", "invite", "2", "--agency", "Phòng Quản lý đô thị"]);
    let screen = in_tmux_answering(
        &env,
        "vi",
        100,
        &["hoi-nghi", "rut-moi"],
        &["2", "Phòng Quản lý đô thị"],
    );
    assert!(!screen.contains("không phải số"), "{screen}");
    assert!(
        screen.contains("Lệnh đầy đủ: doithoai hoi-nghi rut-moi 2 'Phòng Quản lý đô thị'"),
        "{screen}"
    );
}
