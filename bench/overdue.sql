-- The overdue report as hand-written SQL (same rows; lateness in calendar days, which SQL can
-- compute; doithoai computes working days).
.mode csv
.headers on
SELECT rule, kind, record_id, session_id, agency, due, CAST(julianday('2026-11-28') - julianday(due) AS INTEGER) AS days, responsible FROM (
 SELECT 'R4' AS rule, 'session' AS kind, id AS record_id, id AS session_id, NULL AS agency, announce_due AS due, chair_name AS responsible
   FROM session WHERE status = 'planned' AND announce_due IS NOT NULL AND announce_due <= '2026-11-27'
 UNION ALL
 SELECT 'R9', 'session', id, id, NULL, conclusion_due, chair_name FROM session
  WHERE status IN ('held', 'stopped') AND conclusion_due <= '2026-11-27'
 UNION ALL
 SELECT o.due_rule, 'opinion', o.id, o.session_id, a.name, o.due_date, a.name
   FROM opinion o JOIN agency a ON a.id = CASE WHEN o.status = 'extended' THEN coalesce(o.extension_agency_id, o.agency_id) ELSE o.agency_id END
  WHERE o.status IN ('assigned', 'extended') AND o.due_date <= '2026-11-27')
ORDER BY due, rule, record_id;
