-- Server schema 11: names of any length, as in a file. A B-tree entry holds at most 2,704 bytes:
-- an agency's name, a former name and an invitee's name are unique by their digest (md5), and
-- the denunciations' index no longer holds the petitioner's name. Written to run on a schema
-- that already has some of it (each step once).
ALTER TABLE agency DROP CONSTRAINT IF EXISTS agency_office_id_name_key;
CREATE UNIQUE INDEX IF NOT EXISTS agency_name_key ON agency (office_id, md5(name));
ALTER TABLE invitation DROP CONSTRAINT IF EXISTS invitation_office_id_session_id_invitee_kind_name_key;
CREATE UNIQUE INDEX IF NOT EXISTS invitation_name_key ON invitation (office_id, session_id, invitee_kind, md5(name));
ALTER TABLE agency_alias DROP CONSTRAINT IF EXISTS agency_alias_pkey;
CREATE UNIQUE INDEX IF NOT EXISTS agency_alias_name_key ON agency_alias (office_id, md5(name));
DROP INDEX IF EXISTS opinion_denunciation_idx;
CREATE INDEX opinion_denunciation_idx ON opinion (office_id, session_id, registration_id)
    WHERE out_of_scope_as = 'denunciation';
