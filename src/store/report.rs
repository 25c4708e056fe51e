//! The queries behind the reports: overdue items (R4, R9, R10, R12), period statistics (R13)
//! and the yearly plan (R3). Rows are streamed to the caller; arithmetic that needs the calendar
//! is done by `rules`.

use super::db::{params, Connection};
use crate::error::Result;
use crate::rules::as_of::{AgencyAct, AgencyActKind, OpinionFacts};
use chrono::NaiveDate;

/// A session with the dates of its own acts, as stored.
#[derive(Debug, Clone)]
pub struct SessionFacts {
    pub id: i64,
    pub title: String,
    pub date: NaiveDate,
    pub kind: crate::rules::vocabulary::SessionKind,
    pub form: crate::rules::vocabulary::SessionForm,
    pub chair_role: crate::rules::vocabulary::ChairRole,
    pub chair_name: String,
    pub status: crate::rules::vocabulary::SessionStatus,
    pub held_on: Option<NaiveDate>,
    pub stopped: bool,
    pub conclusion_due: Option<NaiveDate>,
    /// The first conclusion notice (a correction does not move R9).
    pub first_notice_on: Option<NaiveDate>,
    pub announce_due: Option<NaiveDate>,
    pub announced_on: Option<NaiveDate>,
}

const SESSION_FACTS: &str = "s.id, s.title, s.session_date, s.kind, s.form, s.level, s.chair_role,
    s.chair_name, s.status, s.held_on, s.stop_reason IS NOT NULL, s.conclusion_due,
    (SELECT min(issued_on) FROM conclusion_notice n WHERE n.session_id = s.id),
    s.announce_due, s.announced_on";

fn session_facts(r: &super::db::Row<'_>) -> rusqlite::Result<SessionFacts> {
    Ok(SessionFacts {
        id: r.get(0)?,
        title: r.get(1)?,
        date: r.get(2)?,
        kind: r.get(3)?,
        form: r.get(4)?,
        chair_role: r.get(6)?,
        chair_name: r.get(7)?,
        status: r.get(8)?,
        held_on: r.get(9)?,
        stopped: r.get(10)?,
        conclusion_due: r.get(11)?,
        first_notice_on: r.get(12)?,
        announce_due: r.get(13)?,
        announced_on: r.get(14)?,
    })
}

/// An opinion with the dates of every act on it, its session, and the agencies that answer
/// for it.
#[derive(Debug, Clone)]
pub struct OpinionRecord {
    pub id: i64,
    pub session_id: i64,
    pub agency: Option<String>,
    pub extension_agency: Option<String>,
    pub facts: OpinionFacts,
}

/// An opinion of a period's session, as the period report counts it: its record, what kind of
/// opinion it is (Art. 5) and its field, and the day its session was held (or planned) — when
/// the office received it.
#[derive(Debug, Clone)]
pub struct PeriodOpinion {
    pub record: OpinionRecord,
    pub category: crate::rules::vocabulary::Category,
    pub field: Option<String>,
    pub received_on: Option<NaiveDate>,
    /// More than one act named its agency (a correction, a timeline notice, a reassignment):
    /// its `AgencyActs` say who held it on which day.
    pub agency_changed: bool,
}

/// The facts of an opinion as of the day in parameter `as_of`: the notice in force that day (the
/// latest issued on or before it — a corrected notice issued later does not reach back) gives
/// the R10 due date; the lead agency is the one named by the latest notice or reassignment on or
/// before the day; the timeline notice in force that day (the latest sent on or before it) gives
/// the target, and its agency unless a reassignment after it moved the opinion. `OPINION_FACT_COLUMNS`
/// columns, read by `opinion_record`.
///
/// In a file where no agency ever changed (`agencies_ever_changed` false: no reassignment, no
/// corrected notice) an opinion has at most its one notice, `n0`: what was in force on the day
/// is that notice if issued by then, else nothing — the same facts without asking the
/// assignments and reassignments of every opinion.
fn opinion_facts(as_of: &str, history: AgencyHistory) -> String {
    let timeline_place = history.timeline_place();
    let (agency, assigned_on, r10_due) = if history.ever_changed {
        (
            format!(
                "CASE WHEN (n0.issued_on IS NULL OR n0.issued_on <= {as_of})
                       AND NOT EXISTS (SELECT 1 FROM reassignment r
                                       WHERE r.opinion_id = o.id AND r.reassigned_on > {as_of})
                 THEN a.name ELSE
                     (SELECT ag.name FROM agency ag WHERE ag.id =
                         (SELECT agency_id FROM
                             (SELECT g.agency_id, n.issued_on AS day, 0 AS k, n.version AS v
                              FROM assignment g JOIN conclusion_notice n ON n.id = g.notice_id
                              WHERE g.opinion_id = o.id AND n.issued_on <= {as_of}
                              UNION ALL
                              SELECT r.agency_id, r.reassigned_on, 1, r.id FROM reassignment r
                              WHERE r.opinion_id = o.id AND r.reassigned_on <= {as_of}) AS acts
                          ORDER BY day DESC, k DESC, v DESC LIMIT 1)) END"
            ),
            "coalesce((SELECT min(n.issued_on) FROM assignment g
                       JOIN conclusion_notice n ON n.id = g.notice_id
                       WHERE g.opinion_id = o.id), o.due_from)"
                .to_string(),
            format!(
                "CASE WHEN n0.issued_on IS NULL OR n0.issued_on <= {as_of} THEN o.response_due ELSE
                     (SELECT g.due_date FROM assignment g JOIN conclusion_notice n ON n.id = g.notice_id
                      WHERE g.opinion_id = o.id AND n.issued_on <= {as_of}
                      ORDER BY n.issued_on DESC, n.version DESC LIMIT 1) END"
            ),
        )
    } else {
        (
            format!("CASE WHEN n0.issued_on IS NULL OR n0.issued_on <= {as_of} THEN a.name END"),
            "coalesce(n0.issued_on, o.due_from)".to_string(),
            format!(
                "CASE WHEN n0.issued_on IS NULL OR n0.issued_on <= {as_of} THEN o.response_due END"
            ),
        )
    };
    format!(
        "o.id, o.session_id, {agency},
         CASE WHEN o.extension_notified_on IS NULL THEN NULL ELSE
             coalesce((SELECT ag.name FROM agency ag WHERE ag.id =
                 (SELECT agency_id FROM
                     (SELECT e.agency_id, e.notified_on AS day, {timeline_place} AS v
                      FROM extension e
                      WHERE e.opinion_id = o.id AND e.notified_on <= {as_of}
                      UNION ALL
                      SELECT r.agency_id, r.reassigned_on, {REASSIGNMENT_PLACE} FROM reassignment r
                      WHERE r.opinion_id = o.id AND r.reassigned_on <= {as_of}
                        AND r.reassigned_on >= o.extension_notified_on) AS acts
                  ORDER BY day DESC, v DESC LIMIT 1)), x.name) END,
         o.status, o.out_of_scope_as, {assigned_on}, {r10_due},
         o.extension_notified_on,
         CASE WHEN o.extension_notified_on IS NULL THEN NULL ELSE
             coalesce((SELECT e.until FROM extension e
                       WHERE e.opinion_id = o.id AND e.notified_on <= {as_of}
                       ORDER BY e.notified_on DESC LIMIT 1), o.extended_until) END,
         o.responded_on, o.forwarded_on, o.closed_on"
    )
}

/// The number of columns `opinion_facts` selects.
const OPINION_FACT_COLUMNS: usize = 13;

fn opinion_record(r: &super::db::Row<'_>) -> Result<OpinionRecord> {
    Ok(OpinionRecord {
        id: r.get(0)?,
        session_id: r.get(1)?,
        agency: r.get(2)?,
        extension_agency: r.get(3)?,
        facts: OpinionFacts {
            status: Some(r.get(4)?),
            out_of_scope: r.get(5)?,
            assigned_on: super::date_column(r, 6)?,
            r10_due: super::date_column(r, 7)?,
            extension_notified_on: super::date_column(r, 8)?,
            extended_until: super::date_column(r, 9)?,
            responded_on: super::date_column(r, 10)?,
            forwarded_on: super::date_column(r, 11)?,
            closed_on: super::date_column(r, 12)?,
        },
    })
}

const OPINION_FROM: &str = "opinion o
    LEFT JOIN agency a ON a.id = o.agency_id
    LEFT JOIN agency x ON x.id = o.extension_agency_id
    LEFT JOIN conclusion_notice n0 ON n0.id = o.notice_id";

/// The joins of `OPINION_FROM`, after a `FROM session s JOIN opinion o ON …`.
const OPINION_JOINS: &str = "LEFT JOIN agency a ON a.id = o.agency_id
    LEFT JOIN agency x ON x.id = o.extension_agency_id
    LEFT JOIN conclusion_notice n0 ON n0.id = o.notice_id";

/// Sessions that are candidates of the overdue report as of a day: every session whose R4 or R9
/// act had not happened by then. `rules::as_of` decides what was open and due; this only
/// narrows by indexes. Streamed (`each` must not use the connection).
pub fn sessions_open_on(
    conn: &Connection,
    as_of: NaiveDate,
    horizon: NaiveDate,
    mut each: impl FnMut(SessionFacts) -> Result<()>,
) -> Result<()> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {SESSION_FACTS} FROM session s
         WHERE s.status <> 'cancelled'
           AND ((s.announce_due IS NOT NULL AND s.announce_due <= ?2
                 AND (s.announced_on IS NULL OR s.announced_on > ?1)
                 AND (s.held_on IS NULL OR s.held_on > ?1))
             OR (s.held_on <= ?1 AND s.status IN ({awaiting}))
             OR (s.held_on <= ?1 AND s.status IN ({concluded})
                 AND (SELECT min(issued_on) FROM conclusion_notice n WHERE n.session_id = s.id) > ?1))",
        awaiting = super::calendar::awaiting_notice_sql(),
        concluded = crate::rules::vocabulary::sql_list(crate::rules::vocabulary::SessionStatus::NOTICE_ISSUED),
    ))?;
    // Streamed: `each` keeps what it needs and asks nothing of the database.
    stmt.for_each(params![as_of, horizon], |r| each(session_facts(r)?))
}

/// Opinions that are candidates of the overdue report as of a day: every assigned opinion not
/// handled by then (pending today, or closed after the day), streamed one by one (`each` must
/// not use the connection).
pub fn opinions_open_on(
    conn: &Connection,
    as_of: NaiveDate,
    mut each: impl FnMut(OpinionRecord) -> Result<()>,
) -> Result<()> {
    let mut stmt = conn.prepare(&opinions_open_sql(agency_history(conn)?))?;
    // Streamed: `each` keeps what it needs and asks nothing of the database.
    stmt.for_each([as_of], |r| each(opinion_record(r)?))
}

/// The query of `opinions_open_on` (parameter 1: the day). The pending ones are read from
/// `opinion_open_idx` alone; those closed after the day by `opinion_closed_idx`.
fn opinions_open_sql(history: AgencyHistory) -> String {
    format!(
        "SELECT {facts} FROM {OPINION_FROM}
         WHERE o.status IN ({pending})
         UNION ALL
         SELECT {facts} FROM {OPINION_FROM}
         WHERE o.status IN ({closed}) AND o.closed_on > ?1",
        facts = opinion_facts("?1", history),
        pending = super::opinion::pending_sql(),
        closed = crate::rules::vocabulary::sql_list(
            crate::rules::vocabulary::OpinionStatus::CLOSED_ON_A_DATE
        ),
    )
}

/// Sessions dated in the period (held ones by their held date), in date order.
pub fn sessions_in(
    conn: &Connection,
    from: NaiveDate,
    to: NaiveDate,
    mut each: impl FnMut(SessionFacts) -> Result<()>,
) -> Result<()> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {SESSION_FACTS} FROM session s
         WHERE coalesce(s.held_on, s.session_date) BETWEEN ?1 AND ?2
         ORDER BY coalesce(s.held_on, s.session_date), s.id"
    ))?;
    let mut rows = stmt.query(params![from, to])?;
    while let Some(ref r) = rows.next()? {
        each(session_facts(r)?)?;
    }
    Ok(())
}

/// Sessions of the period that were moved to another day (`session reschedule`) at least once.
pub fn rescheduled_in(conn: &Connection, from: NaiveDate, to: NaiveDate) -> Result<u64> {
    Ok(conn.query_row(
        "SELECT count(*) FROM session s
         WHERE coalesce(s.held_on, s.session_date) BETWEEN ?1 AND ?2
           AND EXISTS (SELECT 1 FROM event e WHERE e.record_kind = 'session'
                       AND e.record_id = CAST(s.id AS TEXT) AND e.action = 'reschedule')",
        params![from, to],
        |r| r.get::<_, i64>(0),
    )? as u64)
}

/// Registration counts of sessions in the period: (status, refusal reason, count).
pub fn registrations_in(
    conn: &Connection,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<(String, Option<String>, i64)>> {
    let mut stmt = conn.prepare(
        "SELECT r.status, r.refusal_reason, count(*)
         FROM registration r JOIN session s ON s.id = r.session_id
         WHERE coalesce(s.held_on, s.session_date) BETWEEN ?1 AND ?2
         GROUP BY r.status, r.refusal_reason ORDER BY r.status, r.refusal_reason",
    )?;
    let rows = stmt.query_map(params![from, to], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Opinions of the sessions in the period.
pub fn opinions_in(
    conn: &Connection,
    from: NaiveDate,
    to: NaiveDate,
    as_of: NaiveDate,
    each: impl FnMut(PeriodOpinion) -> Result<()>,
) -> Result<()> {
    period_opinions(
        conn,
        "coalesce(s.held_on, s.session_date) BETWEEN ?1 AND ?2 AND s.status <> 'cancelled'",
        from,
        to,
        as_of,
        each,
    )
}

/// Opinions received before the period (their session earlier) that may still have been to
/// handle in it: assigned (a notice or a reassignment gave them an agency) or still awaiting the
/// notice that assigns them, not closed before the period began. `rules::as_of::flow_end` decides; this only narrows (parameter 1: the
/// period's first day, 2: its end).
pub fn opinions_carried_in(
    conn: &Connection,
    from: NaiveDate,
    end: NaiveDate,
    as_of: NaiveDate,
    mut each: impl FnMut(OpinionRecord, bool) -> Result<()>,
) -> Result<()> {
    // The pending ones from `opinion_open_idx` (it holds every fact read here: the opinion's
    // row is not read), those closed since the period began from `opinion_closed_idx`: the
    // opinions settled long ago are never read.
    let history = agency_history(conn)?;
    let select = |status_filter: String| -> String {
        format!(
            "SELECT {facts}, o.extension_notified_on IS NOT NULL {changed}
             FROM {OPINION_FROM} JOIN session s ON s.id = o.session_id
             WHERE {status_filter} AND coalesce(s.held_on, s.session_date) < ?1",
            facts = opinion_facts("?3", history),
            changed = changed_agency_sql(history.ever_changed),
        )
    };
    // Also those still awaiting the conclusion notice that assigns them (status `open`), but
    // not the opinions of a session that was cancelled.
    let sql = format!(
        "{} UNION ALL {} UNION ALL {}",
        select(format!("o.status IN ({})", super::opinion::pending_sql())),
        select("o.status = 'open' AND s.status <> 'cancelled'".to_string()),
        select(format!(
            "o.status IN ({}) AND o.closed_on >= ?1",
            crate::rules::vocabulary::sql_list(
                crate::rules::vocabulary::OpinionStatus::CLOSED_ON_A_DATE
            )
        )),
    );
    let mut stmt = conn.prepare(&sql)?;
    let mut rows = stmt.query(params![from, end, as_of])?;
    while let Some(ref r) = rows.next()? {
        each(opinion_record(r)?, r.get(OPINION_FACT_COLUMNS)?)?;
    }
    Ok(())
}

/// The part of the query that says whether an opinion changed agency (a reassignment, a
/// corrected notice): nothing in a file where none ever did.
fn changed_agency_sql(ever_changed: bool) -> &'static str {
    if ever_changed {
        "OR EXISTS (SELECT 1 FROM reassignment r WHERE r.opinion_id = o.id)
         OR (SELECT count(*) FROM assignment g WHERE g.opinion_id = o.id) > 1"
    } else {
        ""
    }
}

/// Opinions of the sessions that `filter` selects (over `s` and `o`; parameters 1 and 2 are
/// `from` and `to`, 3 the day of the facts).
fn period_opinions(
    conn: &Connection,
    filter: &str,
    from: NaiveDate,
    to: NaiveDate,
    as_of: NaiveDate,
    mut each: impl FnMut(PeriodOpinion) -> Result<()>,
) -> Result<()> {
    // Reassignments and corrected notices are rare: a file without any asks nothing more of
    // each opinion. The opinions come in their sessions' order: every figure is a count, and
    // every list is sorted after.
    let history = agency_history(conn)?;
    let mut stmt = conn.prepare(&format!(
        "SELECT {facts}, o.category, o.field, coalesce(s.held_on, s.session_date),
                o.extension_notified_on IS NOT NULL {changed}
         FROM session s JOIN opinion o ON o.session_id = s.id {OPINION_JOINS}
         WHERE {filter}",
        facts = opinion_facts("?3", history),
        changed = changed_agency_sql(history.ever_changed),
    ))?;
    let mut rows = stmt.query(params![from, to, as_of])?;
    while let Some(ref r) = rows.next()? {
        each(PeriodOpinion {
            record: opinion_record(r)?,
            category: r.get(OPINION_FACT_COLUMNS)?,
            field: r.get(OPINION_FACT_COLUMNS + 1)?,
            received_on: super::date_column(r, OPINION_FACT_COLUMNS + 2)?,
            agency_changed: r.get(OPINION_FACT_COLUMNS + 3)?,
        })?;
    }
    Ok(())
}

/// What a person reads an opinion by, as of a day: its content, its session's title and date
/// (held, else planned), and the notice of its session in force that day.
#[derive(Debug, Clone)]
pub struct OpinionLabel {
    pub id: i64,
    pub content: String,
    pub session_id: i64,
    pub session_title: String,
    pub session_date: NaiveDate,
    /// The number of the notice in force, if any.
    pub notice_number: Option<String>,
    /// Its row (TT) in that notice, when the notice is its session's only one: the rows of a
    /// corrected notice follow each opinion's latest assignment (`conclusion::assignments_in_force`).
    pub notice_row: Option<u32>,
    /// The session's notice was corrected: its rows are to be read from its assignments.
    pub notice_corrected: bool,
}

/// The labels of the opinions `ids` as of `as_of`, given to `each` row by row: one statement
/// over the list of ids, not one per id. A notice's row is counted from its assignments and the
/// few opinions routed out after it (`opinion_routed_out_idx`), never from every opinion.
pub fn opinion_labels(
    conn: &Connection,
    ids: &[i64],
    as_of: NaiveDate,
    mut each: impl FnMut(OpinionLabel),
) -> Result<()> {
    let mut sorted = ids.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    let list = format!(
        "[{}]",
        sorted
            .iter()
            .map(i64::to_string)
            .collect::<Vec<_>>()
            .join(",")
    );
    drop(sorted);
    // The ids as one JSON array, read as rows by the engine's own function.
    let ids = match conn.engine() {
        super::db::Engine::Sqlite => "json_each(?1) j JOIN opinion o ON o.id = j.value",
        super::db::Engine::Postgres => {
            "json_array_elements_text(CAST(?1 AS json)) j (value)
             JOIN opinion o ON o.id = CAST(j.value AS BIGINT)"
        }
    };
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT o.id, o.content, s.id, s.title, coalesce(s.held_on, s.session_date), n.doc_number,
                {row}
         FROM {ids}
         JOIN session s ON s.id = o.session_id
         LEFT JOIN conclusion_notice n ON n.id = {in_force}",
        row = notice_row_columns(),
        in_force = notice_in_force("?2"),
    ))?;
    let mut rows = stmt.query(params![list, as_of])?;
    while let Some(ref r) = rows.next()? {
        let (notice_row, corrected) = notice_row(r, 6)?;
        each(OpinionLabel {
            id: r.get(0)?,
            content: r.get(1)?,
            session_id: r.get(2)?,
            session_title: r.get(3)?,
            session_date: r.get(4)?,
            notice_number: r.get(5)?,
            notice_row,
            notice_corrected: corrected,
        });
    }
    Ok(())
}

/// The columns that give an opinion `o` of session `s` its row (TT) in the notice `n` in force:
/// whether `n` was corrected, whether it lists `o`, and how many opinions it lists before `o` —
/// counted from the notice's assignments and the few opinions routed out after it
/// (`opinion_routed_out_idx`), never from every opinion. Read back with `notice_row`.
/// A condition as the integer SQLite gives it on either engine: 1, 0, or NULL when unknown.
fn truth(condition: &str) -> String {
    format!("CASE WHEN {condition} THEN 1 WHEN NOT ({condition}) THEN 0 END")
}

fn notice_row_columns() -> String {
    // The status is written into the SQL, not bound (see `conclusion::assignments_in_force`).
    let out_of_scope = crate::rules::vocabulary::OpinionStatus::OutOfScope.as_str();
    // Truth values as integers (1, 0, or NULL when unknown), as SQLite gives them: a server's
    // temporary list keeps them in integer columns too.
    let corrected = truth("n.version > 1 OR n.replaced_by IS NOT NULL");
    let listed = truth(&format!(
        "o.status <> '{out_of_scope}' AND EXISTS (SELECT 1 FROM assignment g
                                    WHERE g.notice_id = n.id AND g.opinion_id = o.id)"
    ));
    format!(
        "{corrected},
         {listed},
         (SELECT count(*) FROM assignment g WHERE g.notice_id = n.id AND g.opinion_id < o.id)
         - (SELECT count(*) FROM opinion p
            WHERE p.session_id = s.id AND p.id < o.id
              AND p.status = '{out_of_scope}' AND p.notice_id IS NOT NULL)"
    )
}

/// The id of session `s`'s conclusion notice in force on the day bound at `day`.
fn notice_in_force(day: &str) -> String {
    format!(
        "(SELECT m.id FROM conclusion_notice m WHERE m.session_id = s.id AND m.issued_on <= {day}
          ORDER BY m.version DESC LIMIT 1)"
    )
}

/// The row (TT) the `notice_row_columns` starting at column `at` give, and whether the notice
/// was corrected (its rows then follow each opinion's latest assignment, read apart).
fn notice_row(r: &super::db::Row<'_>, at: usize) -> Result<(Option<u32>, bool)> {
    let corrected: Option<bool> = r.get(at)?;
    let listed: Option<bool> = r.get(at + 1)?;
    let before: Option<i64> = r.get(at + 2)?;
    let row = match (corrected, listed, before) {
        (Some(false), Some(true), Some(before)) => u32::try_from(before + 1).ok(),
        _ => None,
    };
    Ok((row, corrected == Some(true)))
}

/// A deadline a period report lists — missed in the period, or an agency's overdue opinion —
/// as it is found. It waits in a temporary table of the connection (never in the office's
/// file) until the report is written: a year of a large office lists tens of thousands, and
/// the report's memory does not grow with them.
#[derive(Debug, Clone)]
pub struct ListedItem<'a> {
    /// "missed" (deadlines missed in the period) or "overdue" (an agency's open overdue).
    pub list: &'a str,
    /// The list within it: "" for the missed deadlines, the agency's name for its overdue.
    pub group: &'a str,
    pub agency: Option<&'a str>,
    pub rule: &'a str,
    pub record_kind: &'a str,
    pub record_id: i64,
    pub session_id: i64,
    /// A session's title and day as the report reads them (an opinion's come from its row).
    pub session_title: Option<&'a str>,
    pub session_date: Option<NaiveDate>,
    pub due: NaiveDate,
    pub state: &'a str,
    pub done_on: Option<NaiveDate>,
    pub days: i64,
}

/// A listed item read back in the list's order, with what a person reads it by.
#[derive(Debug, Clone)]
pub struct ListedRow {
    pub agency: Option<String>,
    pub rule: String,
    pub record_kind: String,
    pub record_id: i64,
    pub session_id: i64,
    pub due: NaiveDate,
    pub state: String,
    pub done_on: Option<NaiveDate>,
    pub days: i64,
    /// The opinion's content ("" for a session).
    pub content: String,
    pub session_title: String,
    pub session_date: NaiveDate,
    pub notice_number: Option<String>,
    pub notice_row: Option<u32>,
    pub notice_corrected: bool,
}

/// A new, empty set of lists for one report on this connection; its number.
fn new_item_lists(conn: &Connection) -> Result<i64> {
    // Items as they are found (appended), then named in one pass in the file's order
    // (`name_item_lists`) into the table the lists are read from, in their order.
    conn.execute_batch(&format!(
        "CREATE TEMP TABLE IF NOT EXISTS report_item (
             report        INTEGER NOT NULL,
             list          TEXT NOT NULL,
             grp           TEXT NOT NULL,
             agency        TEXT,
             rule          TEXT NOT NULL,
             record_kind   TEXT NOT NULL,
             record_id     INTEGER NOT NULL,
             session_id    INTEGER NOT NULL,
             session_title TEXT,
             session_date  TEXT,
             due           TEXT NOT NULL,
             state         TEXT NOT NULL,
             done_on       TEXT,
             days          INTEGER NOT NULL);
         CREATE TEMP TABLE IF NOT EXISTS report_named (
             report        INTEGER NOT NULL,
             list          TEXT NOT NULL,
             grp           TEXT NOT NULL,
             agency        TEXT,
             rule          TEXT NOT NULL,
             record_kind   TEXT NOT NULL,
             record_id     INTEGER NOT NULL,
             session_id    INTEGER NOT NULL,
             due           TEXT NOT NULL,
             state         TEXT NOT NULL,
             done_on       TEXT,
             days          INTEGER NOT NULL,
             content       TEXT NOT NULL,
             session_title TEXT NOT NULL,
             session_date  TEXT NOT NULL,
             notice_number TEXT,
             corrected     INTEGER,
             listed        INTEGER,
             before        INTEGER{order});",
        // A list is read in the order its items were named: SQLite's rowid; a server's table
        // numbers its rows in that order.
        order = match conn.engine() {
            super::db::Engine::Sqlite => "",
            super::db::Engine::Postgres => ",\n             rowid         BIGSERIAL",
        }
    ))?;
    // A number no other report of this connection had, whether or not it kept any item.
    conn.execute_batch("CREATE TEMP TABLE IF NOT EXISTS report_serial (n INTEGER PRIMARY KEY)")?;
    conn.query_row(
        "INSERT INTO temp.report_serial (n) SELECT coalesce(max(n), 0) + 1 FROM temp.report_serial
         RETURNING n",
        (),
        |r| r.get(0),
    )
}

/// A report's lists while its opinions are read: items are kept in batches, one statement for
/// many rows — on a server each statement is a round trip, and a year of a large office lists
/// tens of thousands of items. At most [`ItemLists::BATCH`] items wait in memory.
#[derive(Debug)]
pub struct ItemLists {
    /// The report's number on the connection (`new_item_lists`).
    pub report: i64,
    pending: Vec<rusqlite::types::Value>,
}

impl ItemLists {
    /// How many items one statement writes.
    pub const BATCH: usize = 256;
    const COLUMNS: usize = 14;

    /// A new, empty set of lists on this connection.
    pub fn new(conn: &Connection) -> Result<ItemLists> {
        Ok(ItemLists {
            report: new_item_lists(conn)?,
            pending: Vec::with_capacity(Self::BATCH * Self::COLUMNS),
        })
    }

    /// Keep one listed item until the report is written.
    pub fn keep(&mut self, conn: &Connection, item: &ListedItem<'_>) -> Result<()> {
        use rusqlite::types::Value as V;
        let text = |t: &str| V::Text(t.to_string());
        let day = |d: NaiveDate| V::Text(d.format("%Y-%m-%d").to_string());
        self.pending.extend([
            V::Integer(self.report),
            text(item.list),
            text(item.group),
            item.agency.map_or(V::Null, text),
            text(item.rule),
            text(item.record_kind),
            V::Integer(item.record_id),
            V::Integer(item.session_id),
            item.session_title.map_or(V::Null, text),
            item.session_date.map_or(V::Null, day),
            day(item.due),
            text(item.state),
            item.done_on.map_or(V::Null, day),
            V::Integer(item.days),
        ]);
        if self.pending.len() >= Self::BATCH * Self::COLUMNS {
            self.flush(conn)?;
        }
        Ok(())
    }

    /// Write the items kept so far.
    fn flush(&mut self, conn: &Connection) -> Result<()> {
        let rows = self.pending.len() / Self::COLUMNS;
        if rows == 0 {
            return Ok(());
        }
        let tuples: Vec<String> = (0..rows)
            .map(|r| {
                let at = r * Self::COLUMNS;
                let marks: Vec<String> = (1..=Self::COLUMNS)
                    .map(|c| format!("?{}", at + c))
                    .collect();
                format!("({})", marks.join(", "))
            })
            .collect();
        let mut stmt = conn.prepare_cached(&format!(
            "INSERT INTO temp.report_item (report, list, grp, agency, rule, record_kind, record_id,
                 session_id, session_title, session_date, due, state, done_on, days)
             VALUES {}",
            tuples.join(", ")
        ))?;
        stmt.execute(super::db::params_from_iter(self.pending.drain(..)))?;
        Ok(())
    }

    /// Name every item kept, as of `as_of` ([`name_item_lists`]); the lists are then read.
    pub fn name(&mut self, conn: &Connection, as_of: NaiveDate) -> Result<()> {
        self.flush(conn)?;
        name_item_lists(conn, self.report, as_of)
    }
}

/// Name every item a report kept, as of `as_of`: an opinion by its content and — once its
/// session has a notice in force — its row in it and its number; a session by its title and
/// day. One statement, reading the file in the order of its sessions and opinions.
fn name_item_lists(conn: &Connection, report: i64, as_of: NaiveDate) -> Result<()> {
    conn.execute(
        &format!(
            "INSERT INTO temp.report_named
             SELECT i.report, i.list, i.grp, i.agency, i.rule, i.record_kind, i.record_id,
                    i.session_id, i.due, i.state, i.done_on, i.days, coalesce(o.content, ''),
                    coalesce(i.session_title, s.title),
                    coalesce(i.session_date, s.held_on, s.session_date),
                    n.doc_number, {row}
             FROM temp.report_item i
             JOIN session s ON s.id = i.session_id
             LEFT JOIN opinion o ON i.record_kind = 'opinion' AND o.id = i.record_id
             LEFT JOIN conclusion_notice n ON o.id IS NOT NULL AND n.id = {in_force}
             WHERE i.report = ?1
             ORDER BY i.list, i.grp, i.days DESC, i.due, i.record_kind, i.record_id",
            row = notice_row_columns(),
            in_force = notice_in_force("?2"),
        ),
        params![report, as_of],
    )?;
    conn.execute("DELETE FROM temp.report_item WHERE report = ?1", [report])?;
    // Each list is a run of rows in order: found by its first row, read straight on.
    conn.execute_batch(
        "CREATE INDEX IF NOT EXISTS temp.report_named_list ON report_named (report, list, grp)",
    )?;
    Ok(())
}

/// The items of one list, the latest first (then by due date, kind and id), as named by
/// `name_item_lists`, read row by row.
pub fn listed_items(
    conn: &Connection,
    report: i64,
    list: &str,
    group: &str,
    mut each: impl FnMut(ListedRow) -> Result<()>,
) -> Result<()> {
    let mut stmt = conn.prepare_cached(
        "SELECT agency, rule, record_kind, record_id, session_id, due, state, done_on, days,
                content, session_title, session_date, notice_number, corrected, listed, before
         FROM temp.report_named
         WHERE report = ?1 AND list = ?2 AND grp = ?3
         ORDER BY rowid",
    )?;
    let mut rows = stmt.query(params![report, list, group])?;
    while let Some(ref r) = rows.next()? {
        let (notice_row, corrected) = notice_row(r, 13)?;
        each(ListedRow {
            agency: r.get(0)?,
            rule: r.get(1)?,
            record_kind: r.get(2)?,
            record_id: r.get(3)?,
            session_id: r.get(4)?,
            due: r.get(5)?,
            state: r.get(6)?,
            done_on: r.get(7)?,
            days: r.get(8)?,
            content: r.get(9)?,
            session_title: r.get(10)?,
            session_date: r.get(11)?,
            notice_number: r.get(12)?,
            notice_row,
            notice_corrected: corrected,
        })?;
    }
    Ok(())
}

/// Sessions with an R4 or R9 deadline in the period, whatever their own date: a deadline
/// missed in the period is listed in it (the session's act may be from an earlier quarter).
pub fn sessions_due_in(
    conn: &Connection,
    from: NaiveDate,
    to: NaiveDate,
    mut each: impl FnMut(SessionFacts) -> Result<()>,
) -> Result<()> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {SESSION_FACTS} FROM session s
         WHERE (s.announce_due BETWEEN ?1 AND ?2 AND s.status <> 'cancelled')
            OR s.conclusion_due BETWEEN ?1 AND ?2
         ORDER BY s.id"
    ))?;
    let mut rows = stmt.query(params![from, to])?;
    while let Some(ref r) = rows.next()? {
        each(session_facts(r)?)?;
    }
    Ok(())
}

/// What the file says of changes of agency, read once per report: it decides how the facts of
/// every opinion are asked (`opinion_facts`).
#[derive(Debug, Clone, Copy)]
struct AgencyHistory {
    /// Any opinion of the file ever changed agency by a reassignment or a corrected notice.
    ever_changed: bool,
    /// The file records where a timeline notice stands among its day's reassignments
    /// (`extension.after_reassignment`, schema 9; a city reads older ward files as they are).
    timelines_placed: bool,
}

impl AgencyHistory {
    /// A timeline notice's place among the reassignments of its day, comparable with
    /// `REASSIGNMENT_PLACE`: just after the last reassignment recorded before it (or before
    /// all of them). See `rules::as_of::AgencyAct::order`.
    fn timeline_place(self) -> &'static str {
        if self.timelines_placed {
            "2 * coalesce(e.after_reassignment, 0) + 1"
        } else {
            "1"
        }
    }
}

/// A reassignment's place among the acts of its day (see `AgencyHistory::timeline_place`).
const REASSIGNMENT_PLACE: &str = "2 * r.id";

fn agency_history(conn: &Connection) -> Result<AgencyHistory> {
    // A server's schema is the latest: its timeline notices are always placed.
    let placed = match conn.engine() {
        super::db::Engine::Sqlite => {
            "EXISTS (SELECT 1 FROM pragma_table_info('extension') WHERE name = 'after_reassignment')"
        }
        super::db::Engine::Postgres => "true",
    };
    conn.query_row(
        &format!(
            "SELECT EXISTS (SELECT 1 FROM reassignment)
                OR EXISTS (SELECT 1 FROM conclusion_notice WHERE version > 1),
                {placed}"
        ),
        [],
        |r| {
            Ok(AgencyHistory {
                ever_changed: r.get(0)?,
                timelines_placed: r.get(1)?,
            })
        },
    )
}

/// Every act that named the agency answering for an opinion, with its day: the notices'
/// assignments (and the R10 due date each gave), the timeline notices, the reassignments.
#[derive(Debug)]
pub struct AgencyActs {
    sql: String,
    /// On a server, every changed opinion's acts, read in one statement: a report asks for
    /// thousands of opinions (15,000 at 1,000,000 opinions) and each question would be a
    /// round trip. A file answers each in-process, keeping the report's memory flat.
    read_ahead: Option<std::collections::HashMap<i64, Vec<AgencyAct>>>,
}

impl AgencyActs {
    /// Read how the file places its timeline notices once, and on a server the acts of every
    /// opinion whose agency may have changed (a timeline notice, a reassignment, a corrected
    /// notice of its session: as `changed_agency_sql` and the opinion's facts say).
    pub fn new(conn: &Connection) -> Result<AgencyActs> {
        let acts = |opinion: &str| {
            Ok::<_, crate::error::Error>(format!(
                "SELECT g.opinion_id, n.issued_on, 0, n.version, a.name, g.due_date
                 FROM assignment g JOIN conclusion_notice n ON n.id = g.notice_id
                 LEFT JOIN agency a ON a.id = g.agency_id WHERE g.opinion_id {opinion}
                 UNION ALL
                 SELECT e.opinion_id, e.notified_on, 1, {timeline_place}, a.name, NULL
                 FROM extension e
                 LEFT JOIN agency a ON a.id = e.agency_id WHERE e.opinion_id {opinion}
                 UNION ALL
                 SELECT r.opinion_id, r.reassigned_on, 2, {REASSIGNMENT_PLACE}, a.name, NULL
                 FROM reassignment r
                 LEFT JOIN agency a ON a.id = r.agency_id WHERE r.opinion_id {opinion}",
                timeline_place = agency_history(conn)?.timeline_place(),
            ))
        };
        let read_ahead = match conn.engine() {
            super::db::Engine::Sqlite => None,
            super::db::Engine::Postgres => {
                let changed = "IN (SELECT opinion_id FROM reassignment
                                   UNION SELECT opinion_id FROM extension
                                   UNION SELECT g.opinion_id FROM assignment g
                                   JOIN conclusion_notice n ON n.id = g.notice_id
                                   WHERE n.version > 1)";
                let mut all: std::collections::HashMap<i64, Vec<AgencyAct>> = Default::default();
                let mut stmt = conn.prepare(&acts(changed)?)?;
                let mut rows = stmt.query([])?;
                while let Some(ref r) = rows.next()? {
                    all.entry(r.get(0)?).or_default().push(agency_act(r, 1)?);
                }
                Some(all)
            }
        };
        Ok(AgencyActs {
            sql: acts("= ?1")?,
            read_ahead,
        })
    }

    /// The acts of one opinion.
    pub fn of(&self, conn: &Connection, opinion: i64) -> Result<Vec<AgencyAct>> {
        if let Some(all) = &self.read_ahead {
            return Ok(all.get(&opinion).cloned().unwrap_or_default());
        }
        let mut stmt = conn.prepare_cached(&self.sql)?;
        let rows = stmt.query_map([opinion], |r| agency_act(r, 1))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

/// An act as `AgencyActs` reads it, from column `at` on.
fn agency_act(r: &super::db::Row<'_>, at: usize) -> rusqlite::Result<AgencyAct> {
    Ok(AgencyAct {
        day: r.get(at)?,
        kind: match r.get::<_, i64>(at + 1)? {
            0 => AgencyActKind::Notice,
            1 => AgencyActKind::Timeline,
            _ => AgencyActKind::Reassignment,
        },
        order: r.get(at + 2)?,
        agency: r.get(at + 3)?,
        r10_due: r.get(at + 4)?,
    })
}

/// R3: periodic sessions of a year per chair role, at the office's own level: (role, planned
/// in the year and not cancelled, held in the year — by the day held, not the day planned).
pub fn plan_counts(conn: &Connection, year: i32, level: &str) -> Result<Vec<(String, i64, i64)>> {
    let (from, to) = (format!("{year:04}-01-01"), format!("{year:04}-12-31"));
    let mut stmt = conn.prepare(
        "SELECT chair_role,
                sum(CASE WHEN status <> 'cancelled' AND session_date BETWEEN ?1 AND ?2
                         THEN 1 ELSE 0 END),
                sum(CASE WHEN held_on IS NOT NULL AND held_on BETWEEN ?1 AND ?2
                         THEN 1 ELSE 0 END)
         FROM session
         WHERE kind = 'periodic' AND level = ?3
           AND (session_date BETWEEN ?1 AND ?2 OR held_on BETWEEN ?1 AND ?2)
         GROUP BY chair_role",
    )?;
    let rows = stmt.query_map(params![from, to, level], |r| {
        Ok((r.get(0)?, r.get(1)?, r.get(2)?))
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Sessions of the year recorded at a level that no longer existed on their date (the district
/// level, abolished from 1/7/2025 by the two-level local government): their ids.
pub fn sessions_at_abolished_level(conn: &Connection, year: i32) -> Result<Vec<i64>> {
    let mut stmt = conn.prepare(
        "SELECT id FROM session
         WHERE level = 'district' AND session_date >= '2025-07-01'
           AND session_date BETWEEN ?1 AND ?2 ORDER BY id",
    )?;
    let rows = stmt.query_map(
        params![format!("{year:04}-01-01"), format!("{year:04}-12-31")],
        |r| r.get(0),
    )?;
    Ok(rows.collect::<Result<_, _>>()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// In a file where no agency ever changed, the short reading of an opinion's facts gives
    /// what the full one gives, for every kind of opinion and on days before, on and after
    /// its acts: a notice issued after the day, an extended one, answered, forwarded, routed
    /// out after assignment, never assigned.
    #[test]
    fn facts_without_any_change_of_agency_read_the_same_either_way() {
        let mut file = rusqlite::Connection::open_in_memory().expect("memory db");
        crate::store::migrate::upgrade(&mut file, std::path::Path::new(":memory:"))
            .expect("schema");
        let conn = Connection::from(file);
        conn.execute_batch(
            "INSERT INTO agency (id, name, created_at) VALUES
                 (1, 'Phòng Quản lý đô thị', '2026-01-01'), (2, 'Công an phường', '2026-01-01');
             INSERT INTO session (id, title, kind, form, session_date, level, host_unit, chair_role,
                                  chair_name, status, held_on, conclusion_due, created_at)
             VALUES (1, 'Đối thoại về chỉnh trang đô thị', 'periodic', 'in-person', '2026-06-16',
                     'commune', 'UBND phường Hoàng Mai', 'committee-chair', 'Nguyễn Văn Hùng',
                     'concluded', '2026-06-16', '2026-06-30', '2026-06-01');
             INSERT INTO conclusion_notice (id, session_id, version, doc_number, issued_on, signer,
                                            created_at)
             VALUES (1, 1, 1, '15/TB-UBND', '2026-06-22', 'Nguyễn Văn Hùng', '2026-06-22');
             INSERT INTO opinion (id, session_id, content, search_text, category, status,
                                  notice_id, agency_id, response_due, due_date, due_rule, due_from,
                                  responded_on, forwarded_to, forwarded_on, extension_notified_on,
                                  extended_until, extension_agency_id, out_of_scope_as, closed_on,
                                  created_at)
             VALUES
                 (1, 1, 'Đèn ngõ 38', 'den ngo 38', 'petition', 'assigned', 1, 1, '2026-08-04',
                  '2026-08-04', 'R10', '2026-06-22', NULL, NULL, NULL, NULL, NULL, NULL, NULL,
                  NULL, '2026-06-16'),
                 (2, 1, 'Mương Tân Mai', 'muong tan mai', 'petition', 'extended', 1, 1,
                  '2026-08-04', '2026-10-30', 'R12', '2026-06-22', NULL, NULL, NULL, '2026-07-20',
                  '2026-10-30', 2, NULL, NULL, '2026-06-16'),
                 (3, 1, 'Vỉa hè Kim Giang', 'via he kim giang', 'petition', 'responded', 1, 2,
                  '2026-08-04', '2026-08-04', 'R10', '2026-06-22', '2026-07-10', NULL, NULL, NULL,
                  NULL, NULL, NULL, '2026-07-10', '2026-06-16'),
                 (4, 1, 'Cấp nước Đại Kim', 'cap nuoc dai kim', 'petition', 'forwarded', 1, 1,
                  '2026-08-04', '2026-08-04', 'R10', '2026-06-22', NULL, 'Sở Xây dựng',
                  '2026-08-10', NULL, NULL, NULL, NULL, '2026-08-10', '2026-06-16'),
                 (5, 1, 'Khiếu nại đền bù', 'khieu nai den bu', 'petition', 'out-of-scope', 1, 1,
                  '2026-08-04', '2026-08-04', 'R10', '2026-06-22', NULL, NULL, NULL, NULL, NULL,
                  NULL, 'complaint', '2026-07-01', '2026-06-16'),
                 (6, 1, 'Rác thải chợ', 'rac thai cho', 'other', 'open', NULL, NULL, NULL, NULL,
                  NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-06-16');
             INSERT INTO assignment (notice_id, opinion_id, agency_id, due_date)
             SELECT 1, id, agency_id, response_due FROM opinion WHERE notice_id = 1;
             INSERT INTO extension (opinion_id, notified_on, until, agency_id)
             VALUES (2, '2026-07-20', '2026-10-30', 2);",
        )
        .expect("records");
        assert!(!agency_history(&conn).expect("changed").ever_changed);
        let read = |ever_changed: bool, day: &str| -> Vec<String> {
            let sql = format!(
                "SELECT {} FROM {OPINION_FROM} ORDER BY o.id",
                opinion_facts(
                    "?1",
                    AgencyHistory {
                        ever_changed,
                        timelines_placed: true,
                    },
                )
            );
            let mut stmt = conn.prepare(&sql).expect("facts");
            let rows = stmt
                .query_map([day], |r| {
                    (0..OPINION_FACT_COLUMNS)
                        .map(|i| {
                            r.get::<_, rusqlite::types::Value>(i)
                                .map(|v| format!("{v:?}"))
                        })
                        .collect::<rusqlite::Result<Vec<_>>>()
                        .map(|v| v.join("|"))
                })
                .expect("rows");
            rows.collect::<rusqlite::Result<_>>().expect("rows")
        };
        for day in [
            "2026-06-16",
            "2026-06-22",
            "2026-07-20",
            "2026-08-05",
            "2026-12-01",
        ] {
            let short = read(false, day);
            assert_eq!(short.len(), 6);
            assert_eq!(short, read(true, day), "as of {day}");
        }
        // The short reading tells the notice's days apart: before it, no agency and no R10.
        assert!(read(false, "2026-06-16")[0].contains("Null|Null|Text(\"assigned\")"));
    }

    /// A report names an opinion by its row (TT) in the notice in force: the rows counted from
    /// the notice's assignments and the opinions routed out after it agree with the notice's
    /// own list (`assignments_in_force`, which the paper prints); a corrected notice is left to
    /// that list; a notice issued after the day gives no row.
    #[test]
    fn opinions_are_numbered_as_their_notice_lists_them() {
        let mut file = rusqlite::Connection::open_in_memory().expect("memory db");
        crate::store::migrate::upgrade(&mut file, std::path::Path::new(":memory:"))
            .expect("schema");
        let conn = Connection::from(file);
        conn.execute_batch(
            "INSERT INTO agency (id, name, created_at) VALUES (1, 'Phòng Quản lý đô thị', '2026-01-01');
             INSERT INTO session (id, title, kind, form, session_date, level, host_unit, chair_role,
                                  chair_name, status, held_on, conclusion_due, created_at)
             VALUES (1, 'Đối thoại về chỉnh trang đô thị', 'periodic', 'in-person', '2026-06-16',
                     'commune', 'UBND phường Hoàng Mai', 'committee-chair', 'Nguyễn Văn Hùng',
                     'concluded', '2026-06-16', '2026-06-30', '2026-06-01'),
                    (2, 'Đối thoại về môi trường', 'regular', 'in-person', '2026-06-18',
                     'commune', 'UBND phường Hoàng Mai', 'committee-chair', 'Nguyễn Văn Hùng',
                     'concluded', '2026-06-18', '2026-07-02', '2026-06-01');
             INSERT INTO conclusion_notice (id, session_id, version, doc_number, issued_on, signer,
                                            replaced_by, created_at)
             VALUES (1, 1, 1, '15/TB-UBND', '2026-06-22', 'Nguyễn Văn Hùng', NULL, '2026-06-22'),
                    (3, 2, 2, '16a/TB-UBND', '2026-06-29', 'Nguyễn Văn Hùng', NULL, '2026-06-29'),
                    (2, 2, 1, '16/TB-UBND', '2026-06-24', 'Nguyễn Văn Hùng', 3, '2026-06-24');
             INSERT INTO opinion (id, session_id, content, search_text, category, status,
                                  notice_id, agency_id, response_due, due_date, due_rule, due_from,
                                  out_of_scope_as, closed_on, created_at)
             VALUES
                 (1, 1, 'Đèn ngõ 38', 'x', 'petition', 'assigned', 1, 1, '2026-08-04', '2026-08-04', 'R10', '2026-06-22', NULL, NULL, '2026-06-16'),
                 (2, 1, 'Khiếu nại đền bù', 'x', 'petition', 'out-of-scope', 1, 1, '2026-08-04', '2026-08-04', 'R10', '2026-06-22', 'complaint', '2026-07-01', '2026-06-16'),
                 (3, 1, 'Mương Tân Mai', 'x', 'petition', 'assigned', 1, 1, '2026-08-04', '2026-08-04', 'R10', '2026-06-22', NULL, NULL, '2026-06-16'),
                 (4, 1, 'Vỉa hè Kim Giang', 'x', 'petition', 'assigned', 1, 1, '2026-08-04', '2026-08-04', 'R10', '2026-06-22', NULL, NULL, '2026-06-16'),
                 (5, 2, 'Rác chợ Mai Động', 'x', 'petition', 'assigned', 3, 1, '2026-08-11', '2026-08-11', 'R10', '2026-06-29', NULL, NULL, '2026-06-18');
             INSERT INTO assignment (notice_id, opinion_id, agency_id, due_date)
             VALUES (1, 1, 1, '2026-08-04'), (1, 2, 1, '2026-08-04'), (1, 3, 1, '2026-08-04'),
                    (1, 4, 1, '2026-08-04'), (2, 5, 1, '2026-08-06'), (3, 5, 1, '2026-08-11');",
        )
        .expect("records");
        let labels = |day: &str| {
            let day = NaiveDate::parse_from_str(day, "%Y-%m-%d").expect("day");
            let mut found = std::collections::BTreeMap::new();
            opinion_labels(&conn, &[4, 1, 3, 2, 5, 4], day, |l| {
                found.insert(l.id, (l.notice_row, l.notice_number, l.notice_corrected));
            })
            .expect("labels");
            found
        };
        let day = labels("2026-08-12");
        let notice = crate::store::conclusion::in_force_on(
            &conn,
            1,
            NaiveDate::from_ymd_opt(2026, 8, 12).expect("day"),
        )
        .expect("notice")
        .expect("in force");
        let listed: Vec<i64> = crate::store::conclusion::assignments_in_force(&conn, &notice)
            .expect("list")
            .into_iter()
            .map(|a| a.opinion_id)
            .collect();
        assert_eq!(listed, [1, 3, 4]);
        for (row, id) in listed.iter().enumerate() {
            assert_eq!(day[id].0, Some(row as u32 + 1), "opinion {id}");
            assert_eq!(day[id].1.as_deref(), Some("15/TB-UBND"));
        }
        assert_eq!(day[&2].0, None, "routed out: no row");
        assert_eq!(day[&5], (None, Some("16a/TB-UBND".into()), true));
        // Before the notice was issued, no notice and no row.
        assert_eq!(labels("2026-06-20")[&1], (None, None, false));
    }

    /// The overdue report must not read the opinions' rows for the pending ones: the partial
    /// index covers every column it selects, and its condition is the rules' pending set.
    #[test]
    fn pending_opinions_read_from_the_covering_index() {
        let mut file = rusqlite::Connection::open_in_memory().expect("memory db");
        crate::store::migrate::upgrade(&mut file, std::path::Path::new(":memory:"))
            .expect("schema");
        let conn = Connection::from(file);
        for ever_changed in [false, true] {
            let plan: Vec<String> = conn
                .prepare(&format!(
                    "EXPLAIN QUERY PLAN {}",
                    opinions_open_sql(AgencyHistory {
                        ever_changed,
                        timelines_placed: true,
                    })
                ))
                .expect("plan")
                .query_map(["2026-11-28"], |r| r.get::<_, String>(3))
                .expect("plan rows")
                .collect::<rusqlite::Result<_>>()
                .expect("plan rows");
            assert!(
                plan.iter()
                    .any(|step| step.contains("COVERING INDEX opinion_open_idx")),
                "{plan:#?}"
            );
        }
    }
}
