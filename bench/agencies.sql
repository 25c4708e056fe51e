-- agency list --format csv as hand-written SQL: each agency with its assigned and pending counts.
.mode csv
.headers on
SELECT a.id, a.name, a.kind, a.contact,
       (SELECT count(*) FROM opinion o WHERE o.agency_id = a.id) AS assigned,
       (SELECT count(*) FROM opinion o WHERE o.agency_id = a.id AND o.status IN ('assigned', 'extended')) AS pending
  FROM agency a ORDER BY a.name;
