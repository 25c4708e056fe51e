//! The operations in-process, on a database in memory: fast, many, and at the height where the
//! decisions are made — the binary's tests (`tests/it/`) keep the end-to-end paths, exit codes
//! and files. Each test names the rule it checks.

use super::*;
use crate::error::Error;
use crate::rules::deadline::{Rule, Standing};
use crate::rules::reports::Period;
use crate::rules::vocabulary::{Category, ChairRole, Priority, SessionForm, SessionKind};
use chrono::NaiveDate;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date")
}

fn clerk() -> Actor {
    Actor {
        clerk: "Trần Thị Lan".into(),
        command: "test".into(),
        at: "2026-06-01T02:00:00.000Z".into(),
        reason: None,
        source: None,
    }
}

/// Phường Hoàng Mai with one periodic session on 16/6/2026, held, and `opinions` recorded.
fn ward_with_held_session(opinions: &[&str]) -> Store {
    let mut store = Store::open_in_memory().expect("memory");
    office::set_up(
        &mut store,
        &clerk(),
        d("2026-06-01"),
        &office::Setup {
            name: "Phường Hoàng Mai",
            ..Default::default()
        },
    )
    .expect("init");
    session::plan(
        &mut store,
        &clerk(),
        session::Plan {
            title: "Đối thoại với Nhân dân về chỉnh trang đô thị".into(),
            kind: SessionKind::Periodic,
            form: SessionForm::InPerson,
            date: d("2026-06-16"),
            start_time: Some("08:00".into()),
            venue: Some("Hội trường UBND phường Hoàng Mai".into()),
            level: None,
            host: None,
            chair_role: ChairRole::CommitteeChair,
            chair: "Nguyễn Văn Hùng".into(),
            secretary: None,
            topics: vec![Category::Petition],
        },
    )
    .expect("plan");
    for content in opinions {
        opinion::add(
            &mut store,
            &clerk(),
            opinion::NewOpinion {
                session_id: 1,
                speaker: None,
                petitioner: None,
                content: (*content).into(),
                category: Category::Petition,
                priority: Priority::Normal,
                field: None,
            },
        )
        .expect("opinion");
    }
    session::hold(&mut store, &clerk(), d("2026-06-16"), 1, None).expect("hold");
    store
}

/// How many events the history holds: a refused command adds none.
fn events(store: &mut Store) -> i64 {
    let reading = read(store).expect("read");
    reading
        .tx
        .query_row("SELECT count(*) FROM event", [], |r| r.get(0))
        .expect("count")
}

fn issue_notice(store: &mut Store, on: &str) -> conclusion::Issued {
    conclusion::issue(
        store,
        &clerk(),
        d(on),
        &conclusion::Issue {
            session_id: 1,
            on: d(on),
            doc: "15/TB-UBND",
            signer: "Nguyễn Văn Hùng",
            assignments: &[],
            agency: Some("Phòng Quản lý đô thị"),
            replace: false,
            note: None,
            new_agency: true,
        },
    )
    .expect("notice")
}

#[test]
fn r9_the_notice_on_the_tenth_working_day_is_on_time_the_eleventh_is_late() {
    // Held Tue 16/6/2026: the 10th working day after is Tue 30/6.
    let mut store = ward_with_held_session(&["Đề nghị sửa chữa đường ngõ 12 phố Tân Mai"]);
    let view = session::view(
        &mut store,
        1,
        d("2026-06-30"),
        Privacy {
            include_protected: false,
            mask: "[protected]",
        },
    )
    .expect("view");
    let r9 = view
        .deadlines
        .iter()
        .find(|c| c.rule == Rule::R9)
        .expect("R9");
    assert_eq!(r9.due, d("2026-06-30"));
    assert!(matches!(r9.standing, Standing::Pending { days_left: 0 }));
    let issued = issue_notice(&mut store, "2026-07-01");
    assert!(
        matches!(issued.r9.standing, Standing::Late { days: 1, .. }),
        "{:?}",
        issued.r9
    );
}

#[test]
fn r10_the_answer_is_due_on_the_thirtieth_working_day_after_the_notice() {
    let mut store = ward_with_held_session(&["Đề nghị lắp đèn chiếu sáng ngõ 38"]);
    let issued = issue_notice(&mut store, "2026-06-25");
    // 25/6/2026 + 30 working days (no day off between): Thu 6/8/2026.
    assert_eq!(issued.assignments[0].due_date, d("2026-08-06"));
    // Answered the day after: one working day late, and the session is settled.
    let done = opinion::discharge(
        &mut store,
        &clerk(),
        d("2026-08-07"),
        1,
        &opinion::Discharge::Response {
            on: d("2026-08-07"),
            doc: "125/UBND-QLĐT",
            summary: "Đã lắp đèn",
        },
    )
    .expect("answer");
    assert!(
        matches!(
            done.deadline.map(|c| c.standing),
            Some(Standing::Late { days: 1, .. })
        ),
        "{:?}",
        done.deadline
    );
}

#[test]
fn r10_an_answer_dated_before_the_notice_is_refused_and_nothing_is_written() {
    let mut store = ward_with_held_session(&["Đề nghị nạo vét cống ngõ 5"]);
    issue_notice(&mut store, "2026-06-25");
    let before = events(&mut store);
    let refused = opinion::discharge(
        &mut store,
        &clerk(),
        d("2026-07-01"),
        1,
        &opinion::Discharge::Response {
            on: d("2026-06-20"),
            doc: "125/UBND-QLĐT",
            summary: "Đã nạo vét",
        },
    );
    assert!(matches!(refused, Err(Error::DateOrder(_))), "{refused:?}");
    let after = events(&mut store);
    assert_eq!(before, after);
}

#[test]
fn r12_a_timeline_notice_on_the_day_of_a_reassignment_counts_as_recorded() {
    let mut store = ward_with_held_session(&["Ngập úng tổ 12 cần xử lý liên ngành"]);
    issue_notice(&mut store, "2026-06-25");
    opinion::reassign(
        &mut store,
        &clerk(),
        d("2026-07-10"),
        1,
        "Phòng Kinh tế",
        Some(d("2026-07-10")),
        true,
    )
    .expect("reassign");
    opinion::extend(
        &mut store,
        &clerk(),
        d("2026-07-10"),
        1,
        &opinion::Extend {
            notified_on: d("2026-07-10"),
            until: d("2026-09-30"),
            agency: "Phòng Tài nguyên và Môi trường",
            doc: None,
            new_agency: true,
        },
    )
    .expect("a timeline notice the same day");
    let reading = read(&mut store).expect("read");
    let cal = reading.calendar().expect("calendar");
    let items =
        report::open_items(&reading, &cal, d("2026-10-05"), d("2026-10-04")).expect("overdue");
    assert_eq!(items.len(), 1, "{items:?}");
    assert_eq!(items[0].responsible, "Phòng Tài nguyên và Môi trường");
}

#[test]
fn r13_the_period_report_counts_what_was_received_and_handled_in_it() {
    let mut store = ward_with_held_session(&[
        "Đề nghị sửa chữa đường ngõ 12 phố Tân Mai",
        "Đề nghị mở rộng đường Tam Trinh",
    ]);
    issue_notice(&mut store, "2026-06-25");
    opinion::discharge(
        &mut store,
        &clerk(),
        d("2026-07-10"),
        1,
        &opinion::Discharge::Response {
            on: d("2026-07-10"),
            doc: "125/UBND-QLĐT",
            summary: "Đã lên kế hoạch sửa chữa",
        },
    )
    .expect("answer");
    let reading = read(&mut store).expect("read");
    let cal = reading.calendar().expect("calendar");
    let period = Period {
        from: d("2026-07-01"),
        to: d("2026-09-30"),
    };
    let r = report::figures(&reading, &cal, period, d("2026-09-30")).expect("report");
    // Received in June: carried over into the quarter; one answered on time, one overdue.
    assert_eq!(r.written_answers.on_time, 1, "{:?}", r.written_answers);
    assert_eq!(r.written_answers.open_overdue, 1, "{:?}", r.written_answers);
    assert_eq!(r.sessions_held, 0, "held in June, not in the quarter");
}

#[test]
fn r8_a_denouncer_routed_out_is_masked_in_the_session_view() {
    let mut store = ward_with_held_session(&[]);
    // A petitioner the Front's synthesis named (no registration), at the session held.
    opinion::add(
        &mut store,
        &clerk(),
        opinion::NewOpinion {
            session_id: 1,
            speaker: None,
            petitioner: Some("Phan Văn Khải".into()),
            content: "Tố cáo cán bộ địa chính nhận tiền".into(),
            category: Category::CadreConduct,
            priority: Priority::Normal,
            field: None,
        },
    )
    .expect("opinion");
    let privacy = Privacy {
        include_protected: false,
        mask: "[protected]",
    };
    let shown = |store: &mut Store| {
        session::view(store, 1, d("2026-06-16"), privacy)
            .expect("view")
            .opinions[0]
            .opinion
            .speaker
            .clone()
    };
    // Named while it is an opinion like any other.
    assert_eq!(shown(&mut store).as_deref(), Some("Phan Văn Khải"));
    opinion::out_of_scope(
        &mut store,
        &clerk(),
        d("2026-06-16"),
        1,
        &opinion::OutOfScope {
            kind: crate::rules::vocabulary::OutOfScopeKind::Denunciation,
            note: None,
            on: d("2026-06-16"),
        },
    )
    .expect("routed out");
    assert_eq!(shown(&mut store).as_deref(), Some("[protected]"));
}
