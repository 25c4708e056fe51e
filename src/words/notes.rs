//! Outcomes and refusals whose wording is chosen from their facts (a count, a state, a list):
//! each picks among the catalogue's sentences and gives them their values. A message that
//! only gives values is built where it is raised, with `msg!`.

use super::*;
use crate::message::{Day, Label};

/// A line of the period's balance, in words (R13: the flow as administrative statistics keep
/// it).
pub fn balance_line(key: &str) -> String {
    interface_word("balance", key)
}

/// A section of the period report's CSV (`section` column) in words, for a CSV in words.
pub fn report_section(section: &str) -> String {
    interface_word("section", section)
}

/// A figure of the period report's CSV (`metric` column) in words: a line of the balance ("of
/// which" for its parts), a tally's column, or a column's heading.
pub fn report_metric(section: &str, metric: &str) -> String {
    if section == "balance" {
        return match metric.split_once('.') {
            Some((_, part)) => format!("{} {}", msg!(of_which), balance_line(part)),
            None => balance_line(metric),
        };
    }
    let lang = *LANG.get().unwrap_or(&Lang::En);
    catalogue_word(lang, "metric", metric).unwrap_or_else(|| tally_header(metric))
}

/// What a person reads a listed item by: an opinion by its content (cut to a readable length)
/// and its session; a session by its title and date.
/// A listed late or overdue item as a person reads it (`item_name` of its record).
pub fn late_item_name(l: &crate::ops::report::LateItem) -> String {
    item_name(
        l.record_kind,
        &l.content,
        &l.session_title,
        l.session_date,
        l.notice_row.zip(l.notice_number.as_deref()),
    )
}

pub fn item_name(
    record_kind: &str,
    content: &str,
    session_title: &str,
    session_date: chrono::NaiveDate,
    notice: Option<(u32, &str)>,
) -> String {
    let session = format!(
        "{} ({})",
        crate::output::clip(session_title, 50),
        date(session_date)
    );
    if record_kind == "opinion" && !content.is_empty() {
        // The row the conclusion notice gives it, as the notice the reader holds names it.
        let row = notice
            .map(|(row, number)| {
                sentence(
                    id::item_name_1,
                    &[("row", row.to_arg()), ("number", number.to_arg())],
                )
            })
            .unwrap_or_default();
        format!(
            "{row}{} — {session}",
            crate::rules::documents::quoted(&crate::output::clip(content, 60))
        )
    } else {
        session
    }
}

/// R4 answer when the latest date is not a working day.
pub fn before_event_answer(latest: chrono::NaiveDate, last_working: chrono::NaiveDate) -> String {
    if latest == last_working {
        sentence(
            id::before_event_answer_1,
            &[("last_working", crate::message::Day(last_working).to_arg())],
        )
    } else {
        sentence(
            id::before_event_answer_2,
            &[
                ("last_working", crate::message::Day(last_working).to_arg()),
                ("latest", crate::message::Day(latest).to_arg()),
            ],
        )
    }
}

/// The counting rule applied, with its legal source.
pub fn counting_rule(rule: &str) -> String {
    match rule {
        "working-days" => sentence(id::counting_rule_1, &[]),
        "calendar-days" => sentence(id::counting_rule_2, &[]),
        _ => sentence(id::counting_rule_3, &[]),
    }
}

/// One line for the deadlines a command printed that fall in years without an official
/// schedule yet.
pub fn provisional_deadlines(years: &[i32]) -> String {
    let list = years
        .iter()
        .map(i32::to_string)
        .collect::<Vec<_>>()
        .join(", ");
    sentence(id::provisional_deadlines_1, &[("list", list.to_arg())])
}

/// The note under a page's or workbook's title when its deadlines fall in years without an
/// official schedule.
pub fn provisional_on_paper(years: &[i32]) -> String {
    let list = years
        .iter()
        .map(i32::to_string)
        .collect::<Vec<_>>()
        .join(", ");
    sentence(id::provisional_on_paper_1, &[("list", list.to_arg())])
}

pub fn deadline_moved(
    rule: &str,
    record: &str,
    from: chrono::NaiveDate,
    to: chrono::NaiveDate,
) -> String {
    // "opinion 3" as the interface names the record ("ý kiến 3").
    let shown_record = match record.split_once(' ') {
        Some((kind, id)) => format!("{} {id}", label(kind).to_lowercase()),
        None => record.to_string(),
    };
    sentence(
        id::deadline_moved_1,
        &[
            ("rule", rule.to_arg()),
            ("record", record.to_arg()),
            ("from", crate::message::Day(from).to_arg()),
            ("to", crate::message::Day(to).to_arg()),
            ("shown_record", shown_record.to_arg()),
        ],
    )
}

pub fn override_recorded(
    kind: &str,
    from: chrono::NaiveDate,
    to: chrono::NaiveDate,
    name: &str,
) -> String {
    let span = if from == to {
        date(from)
    } else {
        format!("{} … {}", date(from), date(to))
    };
    match kind {
        "holiday" => sentence(
            id::override_recorded_1,
            &[("span", span.to_arg()), ("name", name.to_arg())],
        ),
        _ => sentence(
            id::override_recorded_2,
            &[("span", span.to_arg()), ("name", name.to_arg())],
        ),
    }
}

pub fn session_planned(
    id: i64,
    announce_due: Option<chrono::NaiveDate>,
    announce_safe: Option<chrono::NaiveDate>,
    r9_if_held: chrono::NaiveDate,
) -> String {
    let safe = match (announce_due, announce_safe) {
        (Some(a), Some(s)) if a != s => {
            sentence(id::session_planned_1, &[("s", (date(s)).to_arg())])
        }
        _ => String::new(),
    };
    sentence(
        id::session_planned,
        &[
            ("id", id.to_arg()),
            ("announce", opt_date(announce_due).to_arg()),
            ("safe", safe.to_arg()),
            ("r9", date(r9_if_held).to_arg()),
        ],
    )
}

pub fn session_held(id: i64, due: Option<chrono::NaiveDate>) -> String {
    let due = due.map(date).unwrap_or_default();
    sentence(
        id::session_held_1,
        &[("id", id.to_arg()), ("due", due.to_arg())],
    )
}

pub fn held_on_another_day(
    id: i64,
    planned: chrono::NaiveDate,
    held: chrono::NaiveDate,
    announce_due: Option<chrono::NaiveDate>,
) -> String {
    let mut args = vec![
        ("id", id.to_arg()),
        ("planned", date(planned).to_arg()),
        ("held", date(held).to_arg()),
        ("r4", "none".to_arg()),
    ];
    if let Some(due) = announce_due {
        args[3] = ("r4", "moved".to_arg());
        args.push(("announce_due", date(due).to_arg()));
    }
    sentence(id::held_on_another_day, &args)
}

pub fn session_stopped(id: i64, due: Option<chrono::NaiveDate>) -> String {
    let due = due.map(date).unwrap_or_default();
    sentence(
        id::session_stopped_1,
        &[("id", id.to_arg()), ("due", due.to_arg())],
    )
}

/// A broken or threatened deadline as a flag line: "R9 (Điều 10 khoản 1): hạn 04/12/2026 — quá
/// hạn 2 ngày làm việc".
pub fn flag_line(check: &crate::rules::deadline::DeadlineCheck) -> String {
    msg!(
        flag_line,
        rule = check.rule.as_str(),
        rule_ref = rule_ref(check.rule.as_str()),
        due_word = Label::lower("due"),
        due = Day(check.due),
        standing = standing(&check.standing, check.unit)
    )
    .to_string()
}

/// A flag of `session show`, in words.
pub fn session_flag(flag: &crate::ops::session::SessionFlag) -> String {
    use crate::ops::session::SessionFlag;
    match flag {
        SessionFlag::Deadline { deadline } => flag_line(deadline),
        SessionFlag::AdHocNoAnnouncement => msg!(ad_hoc_no_announcement).to_string(),
        SessionFlag::Delegated { deputy, reason } => msg!(
            delegated_flag,
            deputy = deputy,
            reason = label(reason.as_str())
        )
        .to_string(),
        SessionFlag::Stopped { reason } => msg!(stopped_flag, reason = reason).to_string(),
        SessionFlag::OpinionDeadline { opinion, deadline } => {
            format!("{} {opinion}: {}", label("opinion"), flag_line(deadline))
        }
        SessionFlag::LateTimelineNotice {
            opinion,
            working_days_late,
        } => msg!(
            late_extension_flag,
            opinion = *opinion,
            days = *working_days_late
        )
        .to_string(),
    }
}

pub fn deadline_basis(rule: &str, from: chrono::NaiveDate, due: chrono::NaiveDate) -> String {
    match rule {
        "R12" => sentence(
            id::deadline_basis_1,
            &[
                ("from", (date(from)).to_arg()),
                ("due", (date(due)).to_arg()),
            ],
        ),
        _ => sentence(
            id::deadline_basis_2,
            &[
                ("from", (date(from)).to_arg()),
                ("due", (date(due)).to_arg()),
            ],
        ),
    }
}

pub fn tally_header(key: &str) -> String {
    interface_word("tally", key)
}

pub fn abolished_level_sessions(ids: &[i64]) -> String {
    let list = ids
        .iter()
        .map(i64::to_string)
        .collect::<Vec<_>>()
        .join(", ");
    sentence(id::abolished_level_sessions_1, &[("list", list.to_arg())])
}

pub fn session_rescheduled(
    id: i64,
    date_: chrono::NaiveDate,
    announce_due: Option<chrono::NaiveDate>,
    r9_if_held: chrono::NaiveDate,
) -> String {
    let due = announce_due.map(date).unwrap_or_else(|| "—".into());
    sentence(
        id::session_rescheduled,
        &[
            ("id", id.to_arg()),
            ("date", date(date_).to_arg()),
            ("due", due.to_arg()),
            ("r9", date(r9_if_held).to_arg()),
        ],
    )
}

pub fn confirm_undo(command: &str, at: &str, steps: usize) -> String {
    sentence(
        id::confirm_undo,
        &[
            // In the clerk's command words (`hoi-nghi ke-hoach`): the history keeps the stable
            // English path.
            ("command", command_words(command).to_arg()),
            ("at", at.to_arg()),
            ("steps", steps.to_arg()),
        ],
    )
}

pub fn registered_speakers(session: i64, names: &[&str]) -> String {
    if names.is_empty() {
        sentence(id::registered_speakers_1, &[("session", session.to_arg())])
    } else {
        sentence(
            id::registered_speakers_2,
            &[
                ("session", session.to_arg()),
                ("names", (names.join("; ")).to_arg()),
            ],
        )
    }
}

pub fn import_summary(
    file: &str,
    nothing_written: bool,
    created: usize,
    already: usize,
    problems: usize,
) -> String {
    match (nothing_written, problems) {
        (true, 0) => sentence(
            id::import_summary_1,
            &[
                ("file", file.to_arg()),
                ("created", created.to_arg()),
                ("already", already.to_arg()),
            ],
        ),
        (true, p) => sentence(
            id::import_summary_2,
            &[
                ("file", file.to_arg()),
                ("p", p.to_arg()),
                ("created", created.to_arg()),
                ("already", already.to_arg()),
            ],
        ),
        (false, _) => sentence(
            id::import_summary_3,
            &[
                ("file", file.to_arg()),
                ("created", created.to_arg()),
                ("already", already.to_arg()),
            ],
        ),
    }
}

pub fn schedule_change(
    date: chrono::NaiveDate,
    before: Option<(&str, &str)>,
    after: Option<(&str, &str)>,
) -> String {
    let day = |k: &str| label(k);
    match (before, after) {
        (None, Some((k, n))) => sentence(
            id::schedule_change_1,
            &[
                ("date", crate::message::Day(date).to_arg()),
                ("k", (day(k)).to_arg()),
                ("n", n.to_arg()),
            ],
        ),
        (Some((k, n)), None) => sentence(
            id::schedule_change_2,
            &[
                ("date", crate::message::Day(date).to_arg()),
                ("k", (day(k)).to_arg()),
                ("n", n.to_arg()),
            ],
        ),
        (Some((k0, n0)), Some((k1, n1))) => sentence(
            id::schedule_change_3,
            &[
                ("date", crate::message::Day(date).to_arg()),
                ("k0", (day(k0)).to_arg()),
                ("n0", n0.to_arg()),
                ("k1", (day(k1)).to_arg()),
                ("n1", n1.to_arg()),
            ],
        ),
        (None, None) => String::new(),
    }
}

pub fn schedule_summary(years: &[i32], changes: usize, moved: usize, dry_run: bool) -> String {
    let years: Vec<String> = years.iter().map(ToString::to_string).collect();
    let years = years.join(", ");
    if dry_run {
        sentence(
            id::schedule_summary_1,
            &[
                ("years", years.to_arg()),
                ("changes", changes.to_arg()),
                ("moved", moved.to_arg()),
            ],
        )
    } else {
        sentence(
            id::schedule_summary_2,
            &[
                ("years", years.to_arg()),
                ("changes", changes.to_arg()),
                ("moved", moved.to_arg()),
            ],
        )
    }
}

pub fn no_office_files(dir: Option<&std::path::Path>) -> Message {
    let dir = dir.map(shown).unwrap_or_default();
    Message::new(id::no_office_files_1, vec![("dir", dir.to_arg())])
}

/// The guided entry: one open session to choose from.
pub fn guided_session(id: i64, title: &str, day: chrono::NaiveDate, status: &str) -> String {
    format!(
        "{id} — {} ({}, {})",
        crate::output::clip(title, 60),
        date(day),
        code_in_words(status, lang() == Lang::Vi)
    )
}

/// The guided entry's prompt, with the value an empty answer takes.
pub fn guided_prompt(default: Option<&str>) -> String {
    match default {
        Some(d) => sentence(id::guided_prompt_1, &[("d", d.to_arg())]),
        None => "> ".to_string(),
    }
}

/// A file written by `--output`: its path, and how many rows or how large.
pub fn output_written(path: &std::path::Path, rows: Option<usize>, bytes: u64) -> String {
    let size = if bytes >= 1 << 20 {
        format!("{} MB", decimal(bytes as f64 / f64::from(1 << 20), 1))
    } else if bytes >= 1024 {
        format!("{} KB", bytes.div_ceil(1024))
    } else {
        sentence(id::size_in_bytes, &[("bytes", bytes.to_arg())])
    };
    match rows {
        Some(rows) => sentence(
            id::output_written_1,
            &[
                ("path_display", (path.display()).to_arg()),
                ("rows", rows.to_arg()),
                ("size", size.to_arg()),
            ],
        ),
        None => sentence(
            id::output_written_2,
            &[
                ("path_display", (path.display()).to_arg()),
                ("size", size.to_arg()),
            ],
        ),
    }
}

pub fn plan_verdict(v: crate::rules::reports::PlanVerdict) -> String {
    use crate::rules::reports::PlanVerdict;
    match v {
        PlanVerdict::Held => sentence(id::plan_verdict_1, &[]),
        PlanVerdict::PlannedNotHeld => sentence(id::plan_verdict_2, &[]),
        PlanVerdict::Missing => sentence(id::plan_verdict_3, &[]),
    }
}

pub fn restored(
    db: &std::path::Path,
    backup: &std::path::Path,
    kept: Option<&std::path::Path>,
) -> String {
    sentence(
        id::restored,
        &[
            ("db", shown(db).to_arg()),
            ("backup", shown(backup).to_arg()),
            ("kept", kept.map(shown).unwrap_or_default().to_arg()),
            (
                "was_kept",
                if kept.is_some() { "yes" } else { "no" }.to_arg(),
            ),
        ],
    )
}

pub fn engine_line(version: &str, journal_mode: &str, synchronous: i64) -> String {
    let sync = match synchronous {
        0 => "off",
        1 => "normal",
        2 => "full",
        _ => "extra",
    };
    let wal = if journal_mode.eq_ignore_ascii_case("wal") {
        "yes"
    } else {
        "no"
    };
    sentence(
        id::engine_line,
        &[
            ("version", version.to_arg()),
            ("journal_mode", journal_mode.to_arg()),
            ("sync", sync.to_arg()),
            ("wal", wal.to_arg()),
        ],
    )
}
