-- The period report as hand-written SQL: year 2025, as of 2026-11-28 (so the flow ends on
-- 2025-12-31). The same tallies as `report period --year 2025 --as-of 2026-11-28`: the sessions
-- of the period, their registrations and opinions by content, field and outcome; the flow of the
-- opinions to handle (carried over, received, handled on time or late, open at the end: not
-- due, overdue, under a timeline notice) per agency; and every R4, R9 and R10/R12 deadline that
-- fell in the period and was missed, and each agency's overdue opinions at the end, named
-- (content, session, the row in its notice) — lateness
-- in calendar days, which SQL can compute (doithoai counts working days). It reads today's
-- facts of each opinion; doithoai also reads what was in force on the report's day (corrected
-- notices, reassignments, timeline notices), which the generated file does not hold.
.mode csv
.headers on
-- Sessions and registrations of the period.
SELECT s.kind, s.form, s.status, count(*) FROM session s
 WHERE coalesce(s.held_on, s.session_date) BETWEEN '2025-01-01' AND '2025-12-31' GROUP BY 1, 2, 3;
SELECT r.status, r.refusal_reason, count(*) FROM registration r JOIN session s ON s.id = r.session_id
 WHERE coalesce(s.held_on, s.session_date) BETWEEN '2025-01-01' AND '2025-12-31' GROUP BY 1, 2;
-- The opinions to follow: those received in the period, and those received before it that were
-- still pending when it began (pending today, or closed since it began).
CREATE TEMP TABLE followed AS
WITH candidates AS (
    SELECT o.id, 0 AS carried FROM session s JOIN opinion o ON o.session_id = s.id
     WHERE coalesce(s.held_on, s.session_date) BETWEEN '2025-01-01' AND '2025-12-31'
    UNION ALL
    SELECT o.id, 1 FROM opinion o JOIN session s ON s.id = o.session_id
     WHERE o.status IN ('assigned', 'extended') AND coalesce(s.held_on, s.session_date) < '2025-01-01'
    UNION ALL
    SELECT o.id, 1 FROM opinion o JOIN session s ON s.id = o.session_id
     WHERE o.status IN ('responded', 'forwarded', 'out-of-scope') AND o.closed_on >= '2025-01-01'
       AND coalesce(s.held_on, s.session_date) < '2025-01-01'
)
SELECT o.id, c.carried, o.session_id, o.category, lower(coalesce(o.field, '')) AS field,
       o.due_date, o.agency_id,
       coalesce((SELECT min(n.issued_on) FROM assignment g JOIN conclusion_notice n ON n.id = g.notice_id
                  WHERE g.opinion_id = o.id), o.due_from) AS assigned_on,
       CASE WHEN o.responded_on <= '2026-11-28' THEN o.responded_on END AS answered,
       CASE WHEN o.forwarded_on <= '2026-11-28' THEN o.forwarded_on END AS forwarded,
       CASE WHEN o.extension_notified_on <= '2025-12-31' THEN o.extension_notified_on END AS extended,
       o.status, o.out_of_scope_as, o.closed_on
  FROM candidates c JOIN opinion o ON o.id = c.id;
-- Received in the period, by content, field and outcome on the flow's last day.
SELECT category, field,
       CASE WHEN status = 'answered' THEN 'answered-at-session'
            WHEN out_of_scope_as IS NOT NULL AND closed_on <= '2025-12-31' THEN 'out-of-scope-' || out_of_scope_as
            WHEN assigned_on IS NULL OR assigned_on > '2025-12-31' THEN 'not-assigned'
            WHEN answered <= '2025-12-31' THEN CASE WHEN answered <= due_date THEN 'answered-on-time' ELSE 'answered-late' END
            WHEN forwarded <= '2025-12-31' THEN CASE WHEN forwarded <= due_date THEN 'forwarded-on-time' ELSE 'forwarded-late' END
            WHEN due_date < '2025-12-31' THEN 'overdue'
            ELSE 'still-open' END AS outcome,
       count(*)
  FROM followed WHERE carried = 0 GROUP BY 1, 2, 3;
-- The flow per agency: carried over or assigned, and how it ended.
SELECT a.name, f.carried,
       CASE WHEN f.answered BETWEEN '2025-01-01' AND '2025-12-31' THEN CASE WHEN f.answered <= f.due_date THEN 'answered-on-time' ELSE 'answered-late' END
            WHEN f.forwarded BETWEEN '2025-01-01' AND '2025-12-31' THEN CASE WHEN f.forwarded <= f.due_date THEN 'forwarded-on-time' ELSE 'forwarded-late' END
            WHEN f.out_of_scope_as IS NOT NULL AND f.closed_on <= '2025-12-31' THEN 'routed-out'
            WHEN f.due_date < '2025-12-31' THEN 'overdue'
            WHEN f.extended IS NOT NULL THEN 'extended'
            ELSE 'open-not-due' END AS flow_end,
       count(*)
  FROM followed f JOIN agency a ON a.id = f.agency_id
 WHERE f.assigned_on <= '2025-12-31' AND (f.carried = 0 OR f.assigned_on < '2025-01-01')
   AND coalesce(f.answered, f.forwarded, '9999-12-31') >= '2025-01-01'
 GROUP BY 1, 2, 3;
-- Each agency's opinions overdue at the end of the period, named.
SELECT a.name, o.id, substr(o.content, 1, 70) || ' — ' || s.title, coalesce(s.held_on, s.session_date),
       (SELECT count(*) FROM assignment g2 WHERE g2.notice_id = o.notice_id AND g2.opinion_id <= o.id),
       f.due_date, CAST(julianday('2025-12-31') - julianday(f.due_date) AS INTEGER) AS days
  FROM followed f JOIN opinion o ON o.id = f.id JOIN session s ON s.id = o.session_id
  JOIN agency a ON a.id = f.agency_id
 WHERE f.assigned_on <= '2025-12-31' AND (f.carried = 0 OR f.assigned_on < '2025-01-01')
   AND coalesce(f.answered, f.forwarded, '9999-12-31') > '2025-12-31'
   AND NOT (f.out_of_scope_as IS NOT NULL AND f.closed_on <= '2025-12-31')
   AND f.due_date < '2025-12-31'
 ORDER BY a.name, days DESC;
-- Every deadline that fell in the period and was missed, named.
SELECT 'R4' AS rule, 'session' AS kind, s.id, s.title, coalesce(s.held_on, s.session_date) AS session_date,
       NULL AS notice_row, NULL AS agency, s.announce_due AS due, s.announced_on AS done,
       CAST(julianday(coalesce(s.announced_on, min('2026-11-28', coalesce(s.held_on, s.session_date)))) - julianday(s.announce_due) AS INTEGER) AS days
  FROM session s
 WHERE s.announce_due BETWEEN '2025-01-01' AND '2025-12-31' AND s.status <> 'cancelled'
   AND coalesce(s.announced_on, '9999-12-31') > s.announce_due
UNION ALL
SELECT 'R9', 'session', s.id, s.title, s.held_on, NULL, NULL, s.conclusion_due, n.first,
       CAST(julianday(coalesce(n.first, '2026-11-28')) - julianday(s.conclusion_due) AS INTEGER)
  FROM session s LEFT JOIN (SELECT session_id, min(issued_on) AS first FROM conclusion_notice GROUP BY 1) n
    ON n.session_id = s.id
 WHERE s.conclusion_due BETWEEN '2025-01-01' AND '2025-12-31' AND s.held_on IS NOT NULL
   AND coalesce(n.first, '9999-12-31') > s.conclusion_due
UNION ALL
SELECT CASE WHEN f.extended IS NOT NULL THEN 'R12' ELSE 'R10' END, 'opinion', o.id,
       substr(o.content, 1, 70) || ' — ' || s.title, coalesce(s.held_on, s.session_date),
       (SELECT count(*) FROM assignment g2 WHERE g2.notice_id = o.notice_id AND g2.opinion_id <= o.id),
       a.name, f.due_date, coalesce(f.answered, f.forwarded),
       CAST(julianday(coalesce(f.answered, f.forwarded, '2026-11-28')) - julianday(f.due_date) AS INTEGER)
  FROM followed f JOIN opinion o ON o.id = f.id JOIN session s ON s.id = o.session_id
  LEFT JOIN agency a ON a.id = f.agency_id
 WHERE f.due_date BETWEEN '2025-01-01' AND '2025-12-31' AND f.assigned_on IS NOT NULL
   AND coalesce(f.answered, f.forwarded, '9999-12-31') > f.due_date
 ORDER BY days DESC;
