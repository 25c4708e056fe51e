//! Random sequences of real commands against a real file: whatever the order, every refused
//! command leaves the database exactly as it was, and `check` passes at the end.

use crate::support::TestEnv;
use proptest::prelude::*;

/// One command of a clerk's (or an adversary's) day, with small ids so that some name records
/// that do not exist and some act out of order.
#[derive(Debug, Clone)]
enum Step {
    Plan {
        kind: usize,
        day: u32,
    },
    Announce {
        session: u8,
        day: u32,
    },
    Register {
        session: u8,
    },
    Refuse {
        speaker: u8,
    },
    Add {
        session: u8,
    },
    Hold {
        session: u8,
    },
    Stop {
        session: u8,
    },
    Issue {
        session: u8,
        day: u32,
        replace: bool,
    },
    Respond {
        opinion: u8,
        day: u32,
    },
    Forward {
        opinion: u8,
        day: u32,
    },
    Extend {
        opinion: u8,
        day: u32,
    },
    AddHoliday {
        day: u32,
    },
    Cancel {
        session: u8,
    },
    EditOpinion {
        opinion: u8,
    },
    EditSession {
        session: u8,
    },
    Reschedule {
        session: u8,
        day: u32,
    },
    Undo,
}

fn step() -> impl Strategy<Value = Step> {
    let id = 1u8..4;
    let day = 0u32..80;
    prop_oneof![
        (0usize..3, day.clone()).prop_map(|(kind, day)| Step::Plan { kind, day }),
        (id.clone(), day.clone()).prop_map(|(session, day)| Step::Announce { session, day }),
        id.clone().prop_map(|session| Step::Register { session }),
        id.clone().prop_map(|speaker| Step::Refuse { speaker }),
        id.clone().prop_map(|session| Step::Add { session }),
        id.clone().prop_map(|session| Step::Hold { session }),
        id.clone().prop_map(|session| Step::Stop { session }),
        (id.clone(), day.clone(), any::<bool>()).prop_map(|(session, day, replace)| Step::Issue {
            session,
            day,
            replace
        }),
        (id.clone(), day.clone()).prop_map(|(opinion, day)| Step::Respond { opinion, day }),
        (id.clone(), day.clone()).prop_map(|(opinion, day)| Step::Forward { opinion, day }),
        (id.clone(), day.clone()).prop_map(|(opinion, day)| Step::Extend { opinion, day }),
        day.clone().prop_map(|day| Step::AddHoliday { day }),
        id.clone().prop_map(|session| Step::Cancel { session }),
        id.clone().prop_map(|opinion| Step::EditOpinion { opinion }),
        id.clone().prop_map(|session| Step::EditSession { session }),
        (id, day.clone()).prop_map(|(session, day)| Step::Reschedule { session, day }),
        Just(Step::Undo),
    ]
}

/// 2026-06-01 plus `n` days, as the command line takes it.
fn date(n: u32) -> String {
    (chrono::NaiveDate::from_ymd_opt(2026, 6, 1).expect("date") + chrono::Duration::days(n.into()))
        .format("%Y-%m-%d")
        .to_string()
}

fn args(step: &Step) -> Vec<String> {
    let s = |v: &str| v.to_string();
    match step {
        Step::Plan { kind, day } => vec![
            s("session"),
            s("plan"),
            s("--title"),
            s("Đối thoại với Nhân dân phường Hoàng Mai"),
            s("--kind"),
            s(["periodic", "regular", "ad-hoc"][*kind]),
            s("--date"),
            date(*day),
            s("--chair-role"),
            s("committee-chair"),
            s("--chair"),
            s("Nguyễn Văn Hùng"),
        ],
        Step::Announce { session, day } => vec![
            s("session"),
            s("announce"),
            session.to_string(),
            s("--on"),
            date(*day),
            s("--channel"),
            s("Đài truyền thanh phường"),
        ],
        Step::Register { session } => vec![
            s("speaker"),
            s("register"),
            session.to_string(),
            s("--name"),
            s("Nguyễn Thị Mai"),
            s("--address"),
            s("Số 5 ngõ 12 Tân Mai"),
            s("--topic"),
            s("Đường ngõ 12"),
        ],
        Step::Refuse { speaker } => vec![
            s("speaker"),
            s("refuse"),
            speaker.to_string(),
            s("--reason"),
            s("disorder"),
        ],
        Step::Add { session } => vec![
            s("opinion"),
            s("add"),
            session.to_string(),
            s("--category"),
            s("petition"),
            s("--content"),
            s("Đề nghị sửa chữa đường ngõ 12, mặt đường hư hỏng nặng"),
        ],
        Step::Hold { session } => vec![s("session"), s("hold"), session.to_string()],
        Step::Stop { session } => vec![
            s("session"),
            s("stop"),
            session.to_string(),
            s("--reason"),
            s("Mất trật tự"),
        ],
        Step::Issue {
            session,
            day,
            replace,
        } => {
            let mut a = vec![
                s("conclusion"),
                s("issue"),
                s("--new-agency"),
                session.to_string(),
                s("--on"),
                date(*day),
                s("--doc"),
                s("15/TB-UBND"),
                s("--signer"),
                s("Nguyễn Văn Hùng"),
                s("--agency"),
                s("Phòng Quản lý đô thị"),
            ];
            if *replace {
                a.push(s("--replace"));
                a.push(s("--yes"));
            }
            a
        }
        Step::Respond { opinion, day } => vec![
            s("opinion"),
            s("respond"),
            opinion.to_string(),
            s("--on"),
            date(*day),
            s("--doc"),
            s("125/UBND-QLĐT"),
            s("--summary"),
            s("Đã lên kế hoạch sửa chữa"),
        ],
        Step::Forward { opinion, day } => vec![
            s("opinion"),
            s("forward"),
            opinion.to_string(),
            s("--on"),
            date(*day),
            s("--to"),
            s("Sở Xây dựng Hà Nội"),
        ],
        Step::Extend { opinion, day } => vec![
            s("opinion"),
            s("extend"),
            s("--new-agency"),
            opinion.to_string(),
            s("--notified-on"),
            date(*day),
            s("--until"),
            date(*day + 40),
            s("--agency"),
            s("Phòng Quản lý đô thị"),
        ],
        Step::AddHoliday { day } => vec![
            s("calendar"),
            s("add-holiday"),
            date(*day),
            s("--name"),
            s("Nghỉ theo quyết định của UBND phường"),
        ],
        Step::EditOpinion { opinion } => vec![
            s("opinion"),
            s("edit"),
            opinion.to_string(),
            s("--content"),
            s("Đề nghị sửa chữa đường ngõ 12 phố Tân Mai (đã sửa)"),
            s("--reason"),
            s("Gõ thiếu"),
        ],
        Step::EditSession { session } => vec![
            s("session"),
            s("edit"),
            session.to_string(),
            s("--venue"),
            s("Nhà văn hóa tổ 12"),
        ],
        Step::Reschedule { session, day } => vec![
            s("session"),
            s("reschedule"),
            session.to_string(),
            s("--date"),
            date(*day),
        ],
        Step::Undo => vec![s("undo"), s("--yes")],
        Step::Cancel { session } => vec![
            s("session"),
            s("cancel"),
            s("--yes"),
            session.to_string(),
            s("--reason"),
            s("Trùng lịch họp"),
        ],
    }
}

#[test]
fn random_command_sequences_keep_the_database_sound() {
    let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig {
        cases: 24,
        failure_persistence: None,
        ..ProptestConfig::default()
    });
    runner
        .run(&proptest::collection::vec(step(), 5..25), |steps| {
            let mut env = TestEnv::ward();
            env.today = "2026-09-30".into();
            for step in &steps {
                let a = args(step);
                let a: Vec<&str> = a.iter().map(String::as_str).collect();
                let before = env.dump();
                let r = env.run(&a);
                prop_assert!(r.code != 101, "{:?} panicked: {}", a, r.stderr);
                if r.code != 0 {
                    prop_assert_eq!(
                        r.stderr.trim_end().lines().count(),
                        1,
                        "{:?}: {}",
                        a,
                        r.stderr
                    );
                    prop_assert_eq!(&env.dump(), &before, "refused {:?} changed the database", a);
                }
            }
            let check = env.run(&["check"]);
            prop_assert_eq!(check.code, 0, "after {:?}: {}", steps, check.stdout);
            // R13's balance holds for every period: carried over + assigned from the received =
            // to handle = handled + open at the end; every agency row adds up the same way; what
            // is open at a month's end is carried into the next.
            let mut open_before: Option<u64> = None;
            for month in 6..=9 {
                let period = format!("2026-{month:02}");
                let (from, to) = (
                    format!("{period}-01"),
                    if month == 6 || month == 9 {
                        format!("{period}-30")
                    } else {
                        format!("{period}-31")
                    },
                );
                let v = env.json(&["report", "period", "--from", &from, "--to", &to]);
                let b = &v["balance"];
                let n = |x: &serde_json::Value| x.as_u64().unwrap_or(u64::MAX);
                prop_assert_eq!(
                    n(&b["carried_over"])
                        + n(&b["received"]["assigned"])
                        + n(&b["received"]["not_yet_assigned"]),
                    n(&b["to_handle"]),
                    "{}: {}",
                    period,
                    b
                );
                prop_assert_eq!(
                    n(&b["to_handle"]),
                    n(&b["handled"]["total"]) + n(&b["open_at_end"]["total"]),
                    "{}: {}",
                    period,
                    b
                );
                for a in v["agencies"].as_array().into_iter().flatten() {
                    let came = n(&a["carried_over"]) + n(&a["assigned"]);
                    let went = n(&a["answered_on_time"])
                        + n(&a["answered_late"])
                        + n(&a["forwarded_on_time"])
                        + n(&a["forwarded_late"])
                        + n(&a["routed_out"])
                        + n(&a["open"]);
                    prop_assert_eq!(came, went, "{}: {}", period, a);
                }
                // What was open at a month's end, awaiting its notice included, is exactly
                // what the next month carries over.
                if let Some(open) = open_before {
                    prop_assert_eq!(
                        n(&b["carried_over"]),
                        open,
                        "{}: {} after {}",
                        period,
                        b,
                        open
                    );
                }
                open_before = Some(n(&b["open_at_end"]["total"]));
            }
            Ok(())
        })
        .expect("every sequence keeps the database sound");
}
