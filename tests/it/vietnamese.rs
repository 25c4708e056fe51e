//! A clerk who reads only Vietnamese (issue 12, first steps): choice values typed in Vietnamese,
//! clap's own errors in Vietnamese, history in Vietnam time, the regulation's references.

use crate::support::TestEnv;

fn vi(env: &TestEnv, args: &[&str]) -> crate::support::Run {
    env.command()
        .env("DOITHOAI_LANG", "vi")
        .args(args)
        .output()
        .expect("run")
        .into()
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
