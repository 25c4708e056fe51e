-- Server schema 10: row-level security evaluated once per statement (the policies compared
-- each row with a function call, run per row and keeping the office's index unused); the
-- index of the denunciations, whose names every list hides (the file's schema 10 has it too).
CREATE INDEX opinion_denunciation_idx ON opinion (office_id, session_id, registration_id, petitioner)
    WHERE out_of_scope_as = 'denunciation';
CREATE FUNCTION doithoai_visible_office() RETURNS BIGINT LANGUAGE sql STABLE AS
$$ SELECT coalesce(public.doithoai_office(), public.doithoai_reading_office()) $$;

DROP POLICY office_rows ON office;
DROP POLICY city_reads ON office;
CREATE POLICY office_reads ON office FOR SELECT USING (office_id = (SELECT doithoai_visible_office()));
CREATE POLICY office_inserts ON office FOR INSERT WITH CHECK (office_id = (SELECT doithoai_office()));
CREATE POLICY office_updates ON office FOR UPDATE USING (office_id = (SELECT doithoai_office())) WITH CHECK (office_id = (SELECT doithoai_office()));
CREATE POLICY office_deletes ON office FOR DELETE USING (office_id = (SELECT doithoai_office()));

DROP POLICY office_rows ON document_setting;
DROP POLICY city_reads ON document_setting;
CREATE POLICY office_reads ON document_setting FOR SELECT USING (office_id = (SELECT doithoai_visible_office()));
CREATE POLICY office_inserts ON document_setting FOR INSERT WITH CHECK (office_id = (SELECT doithoai_office()));
CREATE POLICY office_updates ON document_setting FOR UPDATE USING (office_id = (SELECT doithoai_office())) WITH CHECK (office_id = (SELECT doithoai_office()));
CREATE POLICY office_deletes ON document_setting FOR DELETE USING (office_id = (SELECT doithoai_office()));

DROP POLICY office_rows ON agency;
DROP POLICY city_reads ON agency;
CREATE POLICY office_reads ON agency FOR SELECT USING (office_id = (SELECT doithoai_visible_office()));
CREATE POLICY office_inserts ON agency FOR INSERT WITH CHECK (office_id = (SELECT doithoai_office()));
CREATE POLICY office_updates ON agency FOR UPDATE USING (office_id = (SELECT doithoai_office())) WITH CHECK (office_id = (SELECT doithoai_office()));
CREATE POLICY office_deletes ON agency FOR DELETE USING (office_id = (SELECT doithoai_office()));

DROP POLICY office_rows ON extension;
DROP POLICY city_reads ON extension;
CREATE POLICY office_reads ON extension FOR SELECT USING (office_id = (SELECT doithoai_visible_office()));
CREATE POLICY office_inserts ON extension FOR INSERT WITH CHECK (office_id = (SELECT doithoai_office()));
CREATE POLICY office_updates ON extension FOR UPDATE USING (office_id = (SELECT doithoai_office())) WITH CHECK (office_id = (SELECT doithoai_office()));
CREATE POLICY office_deletes ON extension FOR DELETE USING (office_id = (SELECT doithoai_office()));

DROP POLICY office_rows ON reassignment;
DROP POLICY city_reads ON reassignment;
CREATE POLICY office_reads ON reassignment FOR SELECT USING (office_id = (SELECT doithoai_visible_office()));
CREATE POLICY office_inserts ON reassignment FOR INSERT WITH CHECK (office_id = (SELECT doithoai_office()));
CREATE POLICY office_updates ON reassignment FOR UPDATE USING (office_id = (SELECT doithoai_office())) WITH CHECK (office_id = (SELECT doithoai_office()));
CREATE POLICY office_deletes ON reassignment FOR DELETE USING (office_id = (SELECT doithoai_office()));

DROP POLICY office_rows ON week_change;
DROP POLICY city_reads ON week_change;
CREATE POLICY office_reads ON week_change FOR SELECT USING (office_id = (SELECT doithoai_visible_office()));
CREATE POLICY office_inserts ON week_change FOR INSERT WITH CHECK (office_id = (SELECT doithoai_office()));
CREATE POLICY office_updates ON week_change FOR UPDATE USING (office_id = (SELECT doithoai_office())) WITH CHECK (office_id = (SELECT doithoai_office()));
CREATE POLICY office_deletes ON week_change FOR DELETE USING (office_id = (SELECT doithoai_office()));

DROP POLICY office_rows ON retired_id;
DROP POLICY city_reads ON retired_id;
CREATE POLICY office_reads ON retired_id FOR SELECT USING (office_id = (SELECT doithoai_visible_office()));
CREATE POLICY office_inserts ON retired_id FOR INSERT WITH CHECK (office_id = (SELECT doithoai_office()));
CREATE POLICY office_updates ON retired_id FOR UPDATE USING (office_id = (SELECT doithoai_office())) WITH CHECK (office_id = (SELECT doithoai_office()));
CREATE POLICY office_deletes ON retired_id FOR DELETE USING (office_id = (SELECT doithoai_office()));

DROP POLICY office_rows ON agency_alias;
DROP POLICY city_reads ON agency_alias;
CREATE POLICY office_reads ON agency_alias FOR SELECT USING (office_id = (SELECT doithoai_visible_office()));
CREATE POLICY office_inserts ON agency_alias FOR INSERT WITH CHECK (office_id = (SELECT doithoai_office()));
CREATE POLICY office_updates ON agency_alias FOR UPDATE USING (office_id = (SELECT doithoai_office())) WITH CHECK (office_id = (SELECT doithoai_office()));
CREATE POLICY office_deletes ON agency_alias FOR DELETE USING (office_id = (SELECT doithoai_office()));

DROP POLICY office_rows ON session;
DROP POLICY city_reads ON session;
CREATE POLICY office_reads ON session FOR SELECT USING (office_id = (SELECT doithoai_visible_office()));
CREATE POLICY office_inserts ON session FOR INSERT WITH CHECK (office_id = (SELECT doithoai_office()));
CREATE POLICY office_updates ON session FOR UPDATE USING (office_id = (SELECT doithoai_office())) WITH CHECK (office_id = (SELECT doithoai_office()));
CREATE POLICY office_deletes ON session FOR DELETE USING (office_id = (SELECT doithoai_office()));

DROP POLICY office_rows ON session_topic;
DROP POLICY city_reads ON session_topic;
CREATE POLICY office_reads ON session_topic FOR SELECT USING (office_id = (SELECT doithoai_visible_office()));
CREATE POLICY office_inserts ON session_topic FOR INSERT WITH CHECK (office_id = (SELECT doithoai_office()));
CREATE POLICY office_updates ON session_topic FOR UPDATE USING (office_id = (SELECT doithoai_office())) WITH CHECK (office_id = (SELECT doithoai_office()));
CREATE POLICY office_deletes ON session_topic FOR DELETE USING (office_id = (SELECT doithoai_office()));

DROP POLICY office_rows ON invitation;
DROP POLICY city_reads ON invitation;
CREATE POLICY office_reads ON invitation FOR SELECT USING (office_id = (SELECT doithoai_visible_office()));
CREATE POLICY office_inserts ON invitation FOR INSERT WITH CHECK (office_id = (SELECT doithoai_office()));
CREATE POLICY office_updates ON invitation FOR UPDATE USING (office_id = (SELECT doithoai_office())) WITH CHECK (office_id = (SELECT doithoai_office()));
CREATE POLICY office_deletes ON invitation FOR DELETE USING (office_id = (SELECT doithoai_office()));

DROP POLICY office_rows ON registration;
DROP POLICY city_reads ON registration;
CREATE POLICY office_reads ON registration FOR SELECT USING (office_id = (SELECT doithoai_visible_office()));
CREATE POLICY office_inserts ON registration FOR INSERT WITH CHECK (office_id = (SELECT doithoai_office()));
CREATE POLICY office_updates ON registration FOR UPDATE USING (office_id = (SELECT doithoai_office())) WITH CHECK (office_id = (SELECT doithoai_office()));
CREATE POLICY office_deletes ON registration FOR DELETE USING (office_id = (SELECT doithoai_office()));

DROP POLICY office_rows ON conclusion_notice;
DROP POLICY city_reads ON conclusion_notice;
CREATE POLICY office_reads ON conclusion_notice FOR SELECT USING (office_id = (SELECT doithoai_visible_office()));
CREATE POLICY office_inserts ON conclusion_notice FOR INSERT WITH CHECK (office_id = (SELECT doithoai_office()));
CREATE POLICY office_updates ON conclusion_notice FOR UPDATE USING (office_id = (SELECT doithoai_office())) WITH CHECK (office_id = (SELECT doithoai_office()));
CREATE POLICY office_deletes ON conclusion_notice FOR DELETE USING (office_id = (SELECT doithoai_office()));

DROP POLICY office_rows ON assignment;
DROP POLICY city_reads ON assignment;
CREATE POLICY office_reads ON assignment FOR SELECT USING (office_id = (SELECT doithoai_visible_office()));
CREATE POLICY office_inserts ON assignment FOR INSERT WITH CHECK (office_id = (SELECT doithoai_office()));
CREATE POLICY office_updates ON assignment FOR UPDATE USING (office_id = (SELECT doithoai_office())) WITH CHECK (office_id = (SELECT doithoai_office()));
CREATE POLICY office_deletes ON assignment FOR DELETE USING (office_id = (SELECT doithoai_office()));

DROP POLICY office_rows ON opinion;
DROP POLICY city_reads ON opinion;
CREATE POLICY office_reads ON opinion FOR SELECT USING (office_id = (SELECT doithoai_visible_office()));
CREATE POLICY office_inserts ON opinion FOR INSERT WITH CHECK (office_id = (SELECT doithoai_office()));
CREATE POLICY office_updates ON opinion FOR UPDATE USING (office_id = (SELECT doithoai_office())) WITH CHECK (office_id = (SELECT doithoai_office()));
CREATE POLICY office_deletes ON opinion FOR DELETE USING (office_id = (SELECT doithoai_office()));

DROP POLICY office_rows ON calendar_override;
DROP POLICY city_reads ON calendar_override;
CREATE POLICY office_reads ON calendar_override FOR SELECT USING (office_id = (SELECT doithoai_visible_office()));
CREATE POLICY office_inserts ON calendar_override FOR INSERT WITH CHECK (office_id = (SELECT doithoai_office()));
CREATE POLICY office_updates ON calendar_override FOR UPDATE USING (office_id = (SELECT doithoai_office())) WITH CHECK (office_id = (SELECT doithoai_office()));
CREATE POLICY office_deletes ON calendar_override FOR DELETE USING (office_id = (SELECT doithoai_office()));

DROP POLICY office_rows ON official_day;
DROP POLICY city_reads ON official_day;
CREATE POLICY office_reads ON official_day FOR SELECT USING (office_id = (SELECT doithoai_visible_office()));
CREATE POLICY office_inserts ON official_day FOR INSERT WITH CHECK (office_id = (SELECT doithoai_office()));
CREATE POLICY office_updates ON official_day FOR UPDATE USING (office_id = (SELECT doithoai_office())) WITH CHECK (office_id = (SELECT doithoai_office()));
CREATE POLICY office_deletes ON official_day FOR DELETE USING (office_id = (SELECT doithoai_office()));

DROP POLICY office_rows ON event;
DROP POLICY city_reads ON event;
CREATE POLICY office_reads ON event FOR SELECT USING (office_id = (SELECT doithoai_visible_office()));
CREATE POLICY office_inserts ON event FOR INSERT WITH CHECK (office_id = (SELECT doithoai_office()));
CREATE POLICY office_updates ON event FOR UPDATE USING (office_id = (SELECT doithoai_office())) WITH CHECK (office_id = (SELECT doithoai_office()));
CREATE POLICY office_deletes ON event FOR DELETE USING (office_id = (SELECT doithoai_office()));
