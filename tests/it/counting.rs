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
