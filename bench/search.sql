-- opinion list --search ngo --format csv as hand-written SQL: the rows whose folded text holds
-- the word, with the same columns as the export.
.mode csv
.headers on
SELECT o.id, o.session_id, o.registration_id, r.name AS speaker, o.content, o.category, o.priority, o.field,
       o.status, a.name AS agency, o.due_date, o.due_rule, '' AS deadline_state, '' AS days, o.responded_on,
       o.response_doc, o.forwarded_to, o.forwarded_on, o.extended_until, o.out_of_scope_as
  FROM opinion o
  LEFT JOIN registration r ON r.id = o.registration_id
  LEFT JOIN agency a ON a.id = o.agency_id
 WHERE instr(o.search_text, 'ngo') > 0
 ORDER BY o.id;
