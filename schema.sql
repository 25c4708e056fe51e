-- doithoai: the latest schema. A new database is created from this file; an older one is
-- upgraded by the ordered steps in src/store/migrate.rs. PRAGMA user_version is set by the code.
-- Every closed vocabulary of the regulation is a CHECK constraint, so no path can store a value
-- the rules do not know. Dates are ISO 8601 text validated in Rust (SQLite's date() accepts
-- 2025-02-31); the GLOB checks only guard the shape.

-- The unit this database belongs to (Art. 2.1, 4.2). One row.
CREATE TABLE office (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    name            TEXT NOT NULL CHECK (length(name) > 0),
    level           TEXT NOT NULL CHECK (level IN ('city', 'district', 'commune')),
    -- QĐ 188/1999: Saturdays are rest days unless the office counts them (calendar.md §1.3).
    saturdays_count INTEGER NOT NULL DEFAULT 0 CHECK (saturdays_count IN (0, 1)),
    -- R4: "7 days before" as the date minus 7 (standard) or 7 clear days (clear-days).
    announcement_reading TEXT NOT NULL DEFAULT 'standard' CHECK (announcement_reading IN ('standard', 'clear-days')),
    created_at      TEXT NOT NULL,
    -- The week and the reading of R4 apply to deadlines triggered on or after this day; older
    -- ones keep the deadlines they were given (NULL: from the beginning).
    settings_effective_from TEXT CHECK (settings_effective_from GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')
);

-- How the office heads and signs the documents it drafts (Decree 30/2020/NĐ-CP, Appendix I):
-- the place of the date line, the issuing and governing bodies, the signer. Set with `init`.
CREATE TABLE document_setting (
    key   TEXT PRIMARY KEY CHECK (key IN ('place', 'issuing_body', 'governing_body', 'signer_title',
                                          'signer_name', 'signer_authority', 'doc_code',
                                          'chair_name', 'deputy_names', 'report_recipients')),
    value TEXT NOT NULL CHECK (length(value) > 0)
);

-- Units that answer opinions (Art. 7.2.1, 10.2).
CREATE TABLE agency (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
    kind       TEXT,
    contact    TEXT,
    created_at TEXT NOT NULL
);

-- Every timeline notice of a complex matter (R12), the first and any later one: a report for a
-- past date uses the one in force that day.
CREATE TABLE extension (
    opinion_id  INTEGER NOT NULL REFERENCES opinion (id),
    notified_on TEXT NOT NULL,
    until       TEXT NOT NULL,
    agency_id   INTEGER REFERENCES agency (id),
    doc         TEXT,
    -- The opinion's last reassignment recorded before this timeline notice (NULL: none, or
    -- recorded before schema 9): on a day with both, the acts count in the order recorded.
    after_reassignment INTEGER,
    PRIMARY KEY (opinion_id, notified_on)
) WITHOUT ROWID;

-- Lead agency changes without a new notice (`opinion reassign`), each with its day: a report
-- for an earlier day names the agency that answered for the opinion then.
CREATE TABLE reassignment (
    id             INTEGER PRIMARY KEY,
    opinion_id     INTEGER NOT NULL REFERENCES opinion (id),
    from_agency_id INTEGER REFERENCES agency (id),
    agency_id      INTEGER NOT NULL REFERENCES agency (id),
    reassigned_on  TEXT NOT NULL CHECK (reassigned_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    created_at     TEXT NOT NULL
);
CREATE INDEX reassignment_opinion_idx ON reassignment (opinion_id, reassigned_on);

-- Changes of the office week, each from its day on (`init --saturdays-count --effective`): the
-- days before a change keep the week they had.
CREATE TABLE week_change (
    effective_from  TEXT PRIMARY KEY CHECK (effective_from GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    saturdays_count INTEGER NOT NULL CHECK (saturdays_count IN (0, 1))
) WITHOUT ROWID;

-- The highest id an undo took back, per record kind: ids are never given twice, so the history
-- of a removed record never mixes with a new one's.
CREATE TABLE retired_id (
    kind    TEXT PRIMARY KEY,
    last_id INTEGER NOT NULL
) WITHOUT ROWID;

-- Former names of agencies (a rename, a merge): typing one still finds the agency.
CREATE TABLE agency_alias (
    name       TEXT PRIMARY KEY CHECK (length(name) > 0),
    agency_id  INTEGER NOT NULL REFERENCES agency (id),
    created_at TEXT NOT NULL
) WITHOUT ROWID;

-- A dialogue conference (hội nghị tiếp xúc, đối thoại).
CREATE TABLE session (
    id                INTEGER PRIMARY KEY,
    title             TEXT NOT NULL CHECK (length(title) > 0),
    kind              TEXT NOT NULL CHECK (kind IN ('periodic', 'regular', 'ad-hoc')),
    form              TEXT NOT NULL CHECK (form IN ('in-person', 'online')),
    session_date      TEXT NOT NULL CHECK (session_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    start_time        TEXT CHECK (start_time IS NULL OR start_time GLOB '[0-2][0-9]:[0-5][0-9]'),
    venue             TEXT,
    level             TEXT NOT NULL CHECK (level IN ('city', 'district', 'commune')),
    host_unit         TEXT NOT NULL,
    chair_role        TEXT NOT NULL CHECK (chair_role IN ('party-secretary', 'council-chair', 'committee-chair')),
    chair_name        TEXT NOT NULL,
    deputy_name       TEXT,
    delegation_reason TEXT CHECK (delegation_reason IN ('health', 'urgent-duty')),
    secretary         TEXT,
    status            TEXT NOT NULL DEFAULT 'planned'
                      CHECK (status IN ('planned', 'announced', 'held', 'stopped', 'concluded', 'closed', 'cancelled')),
    announce_due      TEXT,   -- R4, NULL for ad-hoc sessions
    announced_on      TEXT,
    announce_channel  TEXT,
    held_on           TEXT,
    stop_reason       TEXT,   -- R7: a stopped session counts as held
    cancel_reason     TEXT,
    conclusion_due    TEXT,   -- R9, computed from held_on
    created_at        TEXT NOT NULL,
    CHECK ((deputy_name IS NULL) = (delegation_reason IS NULL)),
    CHECK ((announced_on IS NULL) = (announce_channel IS NULL)),
    CHECK (status NOT IN ('held', 'stopped', 'concluded', 'closed') OR (held_on IS NOT NULL AND conclusion_due IS NOT NULL)),
    CHECK ((status = 'cancelled') = (cancel_reason IS NOT NULL))
);
CREATE INDEX session_date_idx ON session (session_date);
CREATE INDEX session_status_idx ON session (status, conclusion_due);

-- Art. 5 topics of a session.
CREATE TABLE session_topic (
    session_id INTEGER NOT NULL REFERENCES session (id),
    category   TEXT NOT NULL CHECK (category IN ('briefing', 'draft-consultation', 'implementation', 'cadre-conduct', 'petition', 'other')),
    PRIMARY KEY (session_id, category)
) WITHOUT ROWID;

-- Art. 6.1, 7.2.3: who was invited, agencies invited to answer included.
CREATE TABLE invitation (
    id           INTEGER PRIMARY KEY,
    session_id   INTEGER NOT NULL REFERENCES session (id),
    invitee_kind TEXT NOT NULL CHECK (invitee_kind IN ('organisation', 'agency', 'individual')),
    name         TEXT NOT NULL CHECK (length(name) > 0),
    agency_id    INTEGER REFERENCES agency (id),
    UNIQUE (session_id, invitee_kind, name)
);

-- Art. 8.1, 8.3 (R5, R6): registrations to speak, in order.
CREATE TABLE registration (
    id             INTEGER PRIMARY KEY,
    session_id     INTEGER NOT NULL REFERENCES session (id),
    speaking_order INTEGER NOT NULL CHECK (speaking_order > 0),
    name           TEXT NOT NULL CHECK (length(name) > 0),
    organisation   TEXT,
    address        TEXT,
    topic          TEXT NOT NULL,
    status         TEXT NOT NULL DEFAULT 'registered' CHECK (status IN ('registered', 'spoke', 'refused', 'withdrawn')),
    refusal_reason TEXT CHECK (refusal_reason IN ('no-civil-capacity', 'disorder', 'non-constructive')),
    registered_at  TEXT NOT NULL,
    honorific TEXT CHECK (honorific IN ('mr', 'ms')),
    UNIQUE (session_id, speaking_order),
    CHECK ((status = 'refused') = (refusal_reason IS NOT NULL))
);

-- Art. 10.1 (R9): the conclusion notice; a correction is a new version, the old one is kept.
CREATE TABLE conclusion_notice (
    id          INTEGER PRIMARY KEY,
    session_id  INTEGER NOT NULL REFERENCES session (id),
    version     INTEGER NOT NULL CHECK (version > 0),
    doc_number  TEXT NOT NULL CHECK (length(doc_number) > 0),
    issued_on   TEXT NOT NULL CHECK (issued_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    signer      TEXT NOT NULL,
    replaced_by INTEGER REFERENCES conclusion_notice (id),
    note        TEXT,
    created_at  TEXT NOT NULL,
    UNIQUE (session_id, version)
);

-- Assignments a notice made (kept per version, so a correction keeps the first in history).
CREATE TABLE assignment (
    notice_id  INTEGER NOT NULL REFERENCES conclusion_notice (id),
    opinion_id INTEGER NOT NULL REFERENCES opinion (id),
    agency_id  INTEGER NOT NULL REFERENCES agency (id),
    due_date   TEXT NOT NULL,
    PRIMARY KEY (notice_id, opinion_id)
) WITHOUT ROWID;
-- When an opinion was first assigned (a report for a past date asks it).
CREATE INDEX assignment_opinion_idx ON assignment (opinion_id, notice_id);

-- Opinions and petitions (ý kiến, kiến nghị), from MTTQ's synthesis or from the floor.
CREATE TABLE opinion (
    id                    INTEGER PRIMARY KEY,
    session_id            INTEGER NOT NULL REFERENCES session (id),
    registration_id       INTEGER REFERENCES registration (id),
    content               TEXT NOT NULL CHECK (length(content) > 0),
    search_text           TEXT NOT NULL,  -- folded (no diacritics, đ→d) for search
    category              TEXT NOT NULL CHECK (category IN ('briefing', 'draft-consultation', 'implementation', 'cadre-conduct', 'petition', 'other')),
    priority              TEXT NOT NULL DEFAULT 'normal' CHECK (priority IN ('urgent', 'high', 'normal')),
    field                 TEXT,
    status                TEXT NOT NULL DEFAULT 'open'
                          CHECK (status IN ('open', 'answered', 'out-of-scope', 'assigned', 'extended', 'responded', 'forwarded')),
    answered_by           TEXT,
    answer_summary        TEXT,
    out_of_scope_as       TEXT CHECK (out_of_scope_as IN ('complaint', 'denunciation')),
    out_of_scope_note     TEXT,
    notice_id             INTEGER REFERENCES conclusion_notice (id),
    agency_id             INTEGER REFERENCES agency (id),
    response_due          TEXT,   -- R10: 30th working day after the notice
    due_date              TEXT,   -- the deadline in force: R10, or R12's target after an extension
    due_rule              TEXT CHECK (due_rule IN ('R10', 'R12')),
    due_from              TEXT,   -- what due_date was computed from (notice date, or extension notice)
    responded_on          TEXT,
    response_doc          TEXT,
    response_summary      TEXT,
    forwarded_to          TEXT,
    forwarded_on          TEXT,
    forward_doc           TEXT,
    extension_notified_on TEXT,
    extended_until        TEXT,
    extension_agency_id   INTEGER REFERENCES agency (id),
    extension_doc         TEXT,
    closed_on             TEXT,   -- the day it stopped being pending
    created_at            TEXT NOT NULL,
    -- A petitioner the Front's synthesis names who did not register to speak (Art. 7.2): the
    -- opinion's speaker when it has no registration.
    petitioner            TEXT,
    CHECK ((status = 'out-of-scope') = (out_of_scope_as IS NOT NULL)),
    CHECK (status NOT IN ('assigned', 'extended', 'responded', 'forwarded')
           OR (notice_id IS NOT NULL AND agency_id IS NOT NULL AND due_date IS NOT NULL AND response_due IS NOT NULL)),
    CHECK (status <> 'extended' OR (extended_until IS NOT NULL AND extension_notified_on IS NOT NULL)),
    CHECK (status <> 'responded' OR responded_on IS NOT NULL),
    CHECK (status <> 'forwarded' OR (forwarded_on IS NOT NULL AND forwarded_to IS NOT NULL))
);
CREATE INDEX opinion_session_idx ON opinion (session_id);
CREATE INDEX opinion_pending_idx ON opinion (status, due_date);
-- Answers and forwards dated after a day: what was still open on it.
CREATE INDEX opinion_closed_idx ON opinion (status, closed_on);
-- The opinions awaiting an answer (R10/R12 running) with every fact the overdue report reads:
-- the report reads this small index, not rows scattered over the file.
CREATE INDEX opinion_open_idx ON opinion (status, session_id, notice_id, agency_id,
    extension_agency_id, extension_notified_on, extended_until, due_from, response_due,
    out_of_scope_as, responded_on, forwarded_on, closed_on)
    WHERE status IN ('assigned', 'extended');
-- Opinions routed out (complaint, denunciation) after a notice had assigned them: a notice's
-- rows (TT) skip them, and a report numbering the opinions it names counts them from here.
CREATE INDEX opinion_routed_out_idx ON opinion (session_id, id)
    WHERE status = 'out-of-scope' AND notice_id IS NOT NULL;
-- (agency, status) covers the per-agency counts of `agency list` without reading the rows.
CREATE INDEX opinion_agency_idx ON opinion (agency_id, status);
-- Word search over the folded text (diacritics ignored): a trigram index, so that any run of
-- three characters or more is found without reading every opinion (SPEC §7).
CREATE VIRTUAL TABLE opinion_search USING fts5(
    search_text, content = 'opinion', content_rowid = 'id', tokenize = 'trigram'
);
CREATE TRIGGER opinion_search_insert AFTER INSERT ON opinion
BEGIN
    INSERT INTO opinion_search (rowid, search_text) VALUES (new.id, new.search_text);
END;
CREATE TRIGGER opinion_search_delete AFTER DELETE ON opinion
BEGIN
    INSERT INTO opinion_search (opinion_search, rowid, search_text) VALUES ('delete', old.id, old.search_text);
END;
CREATE TRIGGER opinion_search_update AFTER UPDATE OF search_text ON opinion
BEGIN
    INSERT INTO opinion_search (opinion_search, rowid, search_text) VALUES ('delete', old.id, old.search_text);
    INSERT INTO opinion_search (rowid, search_text) VALUES (new.id, new.search_text);
END;
CREATE INDEX opinion_registration_idx ON opinion (registration_id);
-- The denunciations (Art. 7.3, R11): whose name every list hides. Few among many, found here
-- rather than by reading every opinion (a record's page lists its history with them hidden).
CREATE INDEX opinion_denunciation_idx ON opinion (session_id, registration_id, petitioner)
    WHERE out_of_scope_as = 'denunciation';

-- L3 of the calendar: the office's own days off and working days (calendar.md §6).
CREATE TABLE calendar_override (
    day        TEXT PRIMARY KEY CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    kind       TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),
    name       TEXT NOT NULL CHECK (length(name) > 0),
    source     TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL
) WITHOUT ROWID;

-- A year's official schedule of days off and make-up working days, imported when the
-- government publishes it (`calendar import`): for that year it replaces the embedded schedule
-- or the statutory computation (calendar.md §6, layer L2). Each row keeps its source.
CREATE TABLE official_day (
    day         TEXT PRIMARY KEY CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    kind        TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),
    name        TEXT NOT NULL CHECK (length(name) > 0),
    source      TEXT NOT NULL CHECK (length(source) > 0),
    imported_by TEXT NOT NULL,
    imported_at TEXT NOT NULL
) WITHOUT ROWID;

-- History: who did what and when, before and after. Append-only, enforced below.
CREATE TABLE event (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    clerk       TEXT NOT NULL,
    command     TEXT NOT NULL,
    record_kind TEXT NOT NULL CHECK (record_kind IN ('office', 'agency', 'session', 'registration', 'opinion', 'conclusion', 'calendar')),
    record_id   TEXT NOT NULL,
    session_id  INTEGER,
    action      TEXT NOT NULL,
    before      TEXT,
    after       TEXT,
    -- Why, when the clerk said (a correction's --reason).
    reason      TEXT,
    -- The command (one transaction) the event belongs to: what `undo` takes back as a whole.
    txn         INTEGER,
    -- Where the record came from when an import made it: {"file": NAME, "row": N} (facts,
    -- worded where the history is shown).
    source      TEXT
);
CREATE INDEX event_txn_idx ON event (txn);
CREATE INDEX event_record_idx ON event (record_kind, record_id);
CREATE INDEX event_session_idx ON event (session_id);

CREATE TRIGGER event_is_append_only_update BEFORE UPDATE ON event
BEGIN
    SELECT RAISE(ABORT, 'the event log is append-only');
END;
CREATE TRIGGER event_is_append_only_delete BEFORE DELETE ON event
BEGIN
    SELECT RAISE(ABORT, 'the event log is append-only');
END;
-- INSERT OR REPLACE deletes the row it replaces without firing the delete trigger (unless
-- recursive_triggers is on): an insert may never reuse the id of an existing event.
CREATE TRIGGER event_is_append_only_replace BEFORE INSERT ON event
WHEN EXISTS (SELECT 1 FROM event WHERE id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'the event log is append-only');
END;
