//! What `check` found, in words (its JSON keeps the finding's values).

use super::*;

/// The name of one of `check`'s checks ("deadline", "speaking_order") in words.
pub fn check_kind(code: &str) -> String {
    interface_word("check", code)
}

/// What `check` found, worded in the interface's language (JSON keeps the finding's values).
pub fn check_finding(finding: &crate::store::check::Finding) -> String {
    use crate::store::check::Finding;
    let recorded = |d: &Option<chrono::NaiveDate>| d.map_or_else(|| "—".to_string(), date);
    match finding {
        Finding::Integrity { line } => line.clone(),
        Finding::ForeignKey { table, row, parent } => sentence(
            id::check_foreign_key,
            &[
                ("table", table.to_arg()),
                (
                    "row",
                    row.map_or_else(|| "—".to_string(), |r| r.to_string())
                        .to_arg(),
                ),
                ("parent", parent.to_arg()),
            ],
        ),
        Finding::Schema { difference } => schema_difference(difference),
        Finding::HistoryTrigger { trigger, altered } => sentence(
            id::check_history_trigger,
            &[
                ("trigger", trigger.to_arg()),
                (
                    "change",
                    if *altered { "altered" } else { "missing" }.to_arg(),
                ),
            ],
        ),
        Finding::ConclusionDue {
            session,
            recorded,
            expected,
        } => sentence(
            id::check_conclusion_due,
            &[
                ("session", session.to_arg()),
                ("recorded", date(*recorded).to_arg()),
                ("expected", date(*expected).to_arg()),
            ],
        ),
        Finding::NotAssigned {
            opinion,
            status,
            notice_exists,
        } => sentence(
            id::check_not_assigned,
            &[
                ("opinion", opinion.to_arg()),
                ("status", label(status).to_arg()),
                (
                    "notice",
                    if *notice_exists { "unlisted" } else { "none" }.to_arg(),
                ),
            ],
        ),
        Finding::AnswerDue {
            opinion,
            recorded: answer_due,
            expected,
        } => sentence(
            id::check_answer_due,
            &[
                ("opinion", opinion.to_arg()),
                ("recorded", recorded(answer_due).to_arg()),
                ("expected", date(*expected).to_arg()),
            ],
        ),
        Finding::DeadlineInForce {
            opinion,
            recorded: in_force,
            expected,
        } => sentence(
            id::check_deadline_in_force,
            &[
                ("opinion", opinion.to_arg()),
                ("recorded", recorded(in_force).to_arg()),
                ("expected", date(*expected).to_arg()),
            ],
        ),
        Finding::ActBeforeNotice {
            opinion,
            act,
            on,
            notice,
        } => sentence(
            id::check_act_before_notice,
            &[
                ("opinion", opinion.to_arg()),
                ("act", act.to_arg()),
                ("on", date(*on).to_arg()),
                ("notice", date(*notice).to_arg()),
            ],
        ),
        Finding::SpeakingOrder {
            session,
            registrations,
            lowest,
            highest,
        } => sentence(
            id::check_speaking_order,
            &[
                ("session", session.to_arg()),
                ("registrations", registrations.to_arg()),
                ("lowest", lowest.to_arg()),
                ("highest", highest.to_arg()),
            ],
        ),
        Finding::NoticeBeforeSession {
            session,
            notice,
            held,
        } => sentence(
            id::check_notice_before_session,
            &[
                ("session", session.to_arg()),
                ("notice", date(*notice).to_arg()),
                ("held", date(*held).to_arg()),
            ],
        ),
        Finding::SpeakingOutOfOrder { session } => sentence(
            id::check_speaking_out_of_order,
            &[("session", session.to_arg())],
        ),
        Finding::RuleWithoutExtension { opinion, rule } => sentence(
            id::check_rule_without_extension,
            &[("opinion", opinion.to_arg()), ("rule", rule.to_arg())],
        ),
        Finding::ClosedOnDiffers {
            opinion,
            closed_on,
            act_on,
        } => sentence(
            id::check_closed_on_differs,
            &[
                ("opinion", opinion.to_arg()),
                ("closed_on", recorded(closed_on).to_arg()),
                ("act_on", date(*act_on).to_arg()),
            ],
        ),
        Finding::NoCreationEvent {
            record_kind,
            record_id,
            action,
        } => sentence(
            id::check_no_creation_event,
            &[
                // A conclusion notice and its issuing, named as the history names them.
                (
                    "kind",
                    match *record_kind {
                        "conclusion" => label("notice"),
                        kind => label(kind),
                    }
                    .to_arg(),
                ),
                ("id", record_id.to_arg()),
                ("action", label(action).to_arg()),
            ],
        ),
    }
}
