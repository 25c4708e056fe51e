-- The period report's counts as hand-written SQL (year 2025).
.mode csv
.headers on
SELECT s.kind, s.form, s.status, count(*) FROM session s
 WHERE coalesce(s.held_on, s.session_date) BETWEEN '2025-01-01' AND '2025-12-31' GROUP BY 1, 2, 3;
SELECT r.status, r.refusal_reason, count(*) FROM registration r JOIN session s ON s.id = r.session_id
 WHERE coalesce(s.held_on, s.session_date) BETWEEN '2025-01-01' AND '2025-12-31' GROUP BY 1, 2;
SELECT o.category, o.status, o.out_of_scope_as, a.name,
       sum(o.closed_on <= o.due_date), sum(o.closed_on > o.due_date),
       sum(o.closed_on IS NULL AND o.due_date < '2026-11-28'), count(*)
  FROM session s JOIN opinion o ON o.session_id = s.id LEFT JOIN agency a ON a.id = o.agency_id
 WHERE coalesce(s.held_on, s.session_date) BETWEEN '2025-01-01' AND '2025-12-31'
 GROUP BY 1, 2, 3, 4;
