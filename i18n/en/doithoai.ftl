# doithoai — the English catalogue. Every id here has its twin in ../vi/doithoai.ftl (a test
# and the build check it). Variables: { $name }; plurals: { $n -> [one] … *[other] … }.

## Labels: headers, vocabulary codes and fixed words
label-periodic = periodic
label-regular = regular
label-ad-hoc = ad-hoc
label-in-person = in person
label-online = online
label-party-secretary = party secretary
label-council-chair = council chair
label-committee-chair = committee chair
label-health = health
label-urgent-duty = urgent duty
label-city = city
label-district = district
label-commune = commune
label-planned = planned
label-announced = announced
label-held = held
label-stopped = stopped
label-concluded = concluded
label-closed = closed
label-cancelled = cancelled
label-registered = registered
label-spoke = spoke
label-refused = refused
label-withdrawn = withdrawn
label-no-civil-capacity = no civil capacity
label-disorder = disorder
label-honorific = honorific
label-mr = Mr
label-ms = Ms
label-non-constructive = non-constructive
label-briefing = briefing
label-draft-consultation = draft consultation
label-implementation = implementation
label-cadre-conduct = cadre conduct
label-petition = petition
label-other = other
label-urgent = urgent
label-high = high
label-normal = normal
label-open = open
label-answered = answered at session
label-out-of-scope = out of scope
label-assigned = assigned
label-extended = extended
label-responded = answered in writing
label-forwarded = forwarded
label-complaint = complaint
label-denunciation = denunciation
label-holiday = day off
label-workday = make-up working day
label-official = official
label-provisional = provisional (statute)
label-office = office
label-office_override = office override
label-unconfirmed = unconfirmed (not counted)
label-organisation = organisation
label-agency = Agency
label-individual = individual
label-id = ID
label-date = Date
label-weekday = Weekday
label-name = Name
label-kind = Kind
label-source = Source
label-layer = Status
label-title = Title
label-status = Status
label-chair = Chair
label-form = Form
label-order = Order
label-speaker = Speaker
label-organisation_or_address = Organisation / address
label-topic = Topic
label-session = Session
label-row_answered = Answered at the session
label-row_out_of_scope = Out of scope
label-row_responded = Written answer
label-row_forwarded = Forwarded
label-row_extended = Timeline notice (R12)
label-content = Content
label-category = Category
label-priority = Priority
label-due = Due
label-standing = Deadline
label-contact = Contact
label-when = When
label-clerk = Clerk
label-action = Action
label-record = Record
label-named_item = Item
label-changes = Change
label-day = Day
label-count = Count
label-day_number = Count
label-working = working day
label-weekend = weekend
label-responsible = Responsible
label-late = Late / left
label-record_id = Record
label-field = Field
label-notice = Conclusion notice
label-venue = Venue / link
label-host = Host unit
label-level = Level
label-secretary = Secretary
label-topics = Topics
label-deputy = Deputy chair
label-announcement = Announcement
label-invitations = Invitations
label-registrations = Speakers (in speaking order)
label-opinions = Opinions
label-opinion = Opinion
label-registration = Registration
label-deadlines = Deadlines
label-flags = Flags
label-history = History
label-none = none
label-legend = Legend
label-speakers = Speakers
label-announce = announce
label-send-invitations-for = send invitations for
label-delegate-the-chair-of = delegate the chair of
label-hold = hold
label-stop = stop
label-cancel = cancel
label-register-a-speaker-for = register a speaker for
label-add-an-opinion-to = add an opinion to
label-issue-a-conclusion-notice-for = issue a conclusion notice for
label-correct-the-conclusion-notice-of = correct the conclusion notice of
label-refuse = refuse
label-mark-as-spoken = mark as spoken
label-withdraw = withdraw
label-change = change
label-act-on = act on
label-record-an-answer-at-the-session-for = record an answer at the session for
label-answer = answer
label-route-out-of-scope = route out of scope
label-assign = assign
label-record-a-written-answer-for = record a written answer for
label-forward = forward
label-extend = extend
label-of-a-cancelled-session = of a cancelled session
label-for-a-cancelled-session = for a cancelled session
label-of-a-session-not-yet-held = of a session not yet held
label-its-session-is-not-cancelled = its session is not cancelled
label-the-session-has-been-held = the session has been held
label-the-written-answer = the written answer
label-the-conclusion-notice = the conclusion notice
label-the-session = the session
label-the-forwarding = the forwarding
label-the-timeline-notice = the timeline notice
label-the-new-target-date = the new target date
label-the-routing-out-of-scope = the routing out of scope
label-the-reassignment = the reassignment
label-the-last-reassignment = the last reassignment
label-outcome = Outcome
label-answered-at-session = answered at the session
label-out-of-scope-complaint = out of scope: complaint
label-out-of-scope-denunciation = out of scope: denunciation
label-answered-on-time = answered in writing on time
label-answered-late = answered in writing late
label-still-open = still open, not yet due
label-overdue = open and overdue
label-rule = Rule
label-reschedule = reschedule
label-check = Check
label-detail = Detail
label-the-office = office
label-office_record = Office
label-standard = standard
label-clear-days = clear days
label-yes = yes
label-no = no
label-session-kind = session kind
label-session-form = session form
label-delegation-reason = delegation reason
label-refusal-reason = refusal reason
label-out-of-scope-kind = out-of-scope kind
label-announcement-reading = announcement reading
label-session-status = session status
label-opinion-status = opinion status
label-registration-status = registration status
label-invitee-kind = invitee kind
label-plan = plan
label-invite = invite
label-delegate = delegate
label-register = register
label-add = add
label-respond = answer in writing
label-issue = issue
label-conclude = conclude
label-close = close
label-reopen = reopen
label-recompute-deadline = deadline recomputed
label-init = set up
label-update = update
label-add-holiday = add a day off
label-add-workday = add a make-up day
label-remove = remove
label-edit = correct
label-correct = correction issued
label-import = import
label-uninvite = withdraw an invitation
label-reassign = reassign
label-rename = rename
label-merge = merge
label-merge-agency = agency merged
label-undo = undo
label-restore = restore
label-disclose-protected = protected names shown
label-pending = pending
label-the-corrected-notice = the corrected notice
label-the-notice-it-corrects = the notice it corrects
label-rescheduled = rescheduled
label-reason = reason
label-uninvited = invitation withdrawn
label-delegated = deputy chair recorded
label-year = Year
label-chair-role = Chair
label-periodic-planned = Periodic planned
label-periodic-held = Periodic held
label-verdict = Verdict
label-the-announcement = the announcement
label-the-R10-due-date = the R10 due date
label-the-first-timeline-notice = the first timeline notice
label-forwarded-on-time = forwarded on time
label-forwarded-late = forwarded late
label-not-assigned = not yet assigned
label-no-field = (no field)
label-explanation = Explanation

## Column headings of workbooks and printed pages
column-undo_of = Undoes command no.
column-id = ID
column-date = Date
column-start_time = Start time
column-title = Title
column-kind = Kind
column-form = Form
column-level = Level
column-host_unit = Host unit
column-chair_role = Chair role
column-chair_name = Chair
column-deputy_name = Deputy chair
column-delegation_reason = Delegation reason
column-status = Status
column-announce_due = Announcement due (R4)
column-announced_on = Announced on
column-held_on = Held on
column-conclusion_due = Conclusion notice due (R9)
column-topics = Topics
column-session_id = Session
column-speaking_order = Speaking order
column-name = Name
column-organisation = Organisation
column-address = Address
column-topic = Topic
column-refusal_reason = Refusal reason
column-registration_id = Registration
column-speaker = Speaker
column-content = Content
column-category = Category (Art. 5)
column-priority = Priority
column-field = Field
column-agency = Agency
column-due_date = Due date
column-due_rule = Rule
column-deadline_state = Deadline
column-days = Days
column-responded_on = Answered on
column-response_doc = Answer document
column-forwarded_to = Forwarded to
column-forwarded_on = Forwarded on
column-extended_until = Extended until
column-official_days = Days in the official schedule
column-out_of_scope_as = Out of scope as
column-at = Time (Vietnam)
column-clerk = Clerk
column-command = Command
column-record_kind = Record
column-merged_into = Merged into
column-record_id = Record id
column-named_item = Item
column-action = Action
column-before = Before
column-after = After
column-reason = Reason
column-notice_id = Notice
column-version = Version
column-doc_number = Document number
column-issued_on = Issued on
column-signer = Signer
column-replaced_by = Replaced by
column-opinion_id = Opinion
column-rule = Rule
column-due = Due
column-state = State
column-unit = Unit
column-responsible = Responsible
column-year = Year
column-periodic_planned = Periodic planned
column-periodic_held = Periodic held
column-verdict = Verdict
column-contact = Contact
column-assigned = Assigned
column-pending = Pending
column-weekday = Weekday
column-source = Source
column-counted = Counted
column-layer = Layer
column-check = Check
column-detail = Detail
column-section = Section
column-item = Item
column-metric = Metric
column-value = Value
column-done_on = Done on
column-received = Received
column-handled = Handled
column-month = Month
column-total = Total
column-count = Count
column-on_time = On time
column-late = Late
column-open_overdue = Open, overdue
column-open_not_due = Open, not yet due
column-on_time_rate = On-time rate
column-answered_on_time = Answered on time
column-answered_late = Answered late
column-forwarded_on_time = Forwarded on time
column-forwarded_late = Forwarded late
column-r10_missed = R10 missed before an extension or reassignment
column-extended = Extended (R12)
column-carried_over = Carried over
column-routed_out = Routed out of scope
column-record = Named
column-open = Open
column-overdue = Overdue
column-median_working_days = Median working days
column-announcement_reading = R4 reading
column-saturdays_count = Saturdays count
column-settings_effective_from = Settings effective from
column-announce_channel = Announced through
column-cancel_reason = Cancellation reason
column-secretary = Secretary
column-stop_reason = Stop reason
column-venue = Venue
column-invitee_kind = Invitee kind
column-agency_id = Agency id
column-answer_summary = Answer at the session
column-answered_by = Answered by
column-closed_on = Closed on
column-due_from = Counted from
column-extension_agency = Agency (timeline)
column-extension_doc = Timeline notice
column-extension_notified_on = Timeline notified on
column-forward_doc = Forwarding letter
column-out_of_scope_note = Out-of-scope note
column-response_due = Answer due (R10)
column-response_summary = Answer summary
column-note = Note
column-created_at = Created at
column-registered_at = Registered at
column-removed = (removed)
column-office = Office
column-file = File
column-place = Place
column-signer_name = Signer
column-signer_title = Signer's title
column-signer_authority = Signing authority
column-issuing_body = Issuing body
column-governing_body = Governing body
column-doc_code = Document code
column-deputy_names = Deputy chairs
column-report_recipients = Report sent to
column-backup = Backup
column-previous_kept_as = Previous file kept as
column-reassigned_on = Reassigned on
column-sessions_held = Sessions held
column-sessions_stopped = Stopped
column-sessions_cancelled = Cancelled
column-sessions_not_yet_held = Not yet held
column-registrations = Registered speakers
column-opinions = Opinions
column-r4_on_time = R4 on time
column-r4_late = R4 late
column-r4_open_overdue = R4 overdue
column-r4_on_time_rate = R4 on-time rate
column-r9_on_time = R9 on time
column-r9_late = R9 late
column-r9_open_overdue = R9 overdue
column-r9_on_time_rate = R9 on-time rate
column-r10_on_time = R10 on time
column-r10_late = R10 late
column-r10_open_overdue = R10 overdue
column-r10_on_time_rate = R10 on-time rate
column-late_items = Late or overdue items
column-all_offices = All offices
column-city_report = Dialogues of the communes and wards

## Words of printed pages and workbooks
page-report_title = Report on the direct dialogues with the people
page-report_basis = Under Art. 10.3 and 11 of the Regulation (Decision 2200/QĐ-TU, 2017)
page-summary = Summary
page-sessions = Sessions
page-opinions = Opinions
page-by_field = By field
page-by_outcome = By outcome
page-by_category = By content (Art. 5)
page-agencies = Agencies, by lateness
page-late_items = Late and overdue items
page-agency_overdue = Overdue by agency
page-compliance = Deadlines kept
page-compliance_year = On-time rate by quarter of the year
page-trend = Opinions received and handled, month by month
page-agency_rates = On-time rate of each agency
page-field_outcomes = Opinions by field and outcome
page-figure_numbers = The figures of this chart
page-no_data = Nothing in this period.
page-handled_on_time = Handled on time
page-handled_late = Handled late
page-at_session = Answered at the session
page-out_of_scope = Out of scope (complaints, denunciations)
page-still_open = Open, not yet due
page-not_assigned = Not yet assigned
page-overdue = Open, overdue
page-sessions_held = Sessions held
page-sessions_stopped = of which stopped by the chair
page-sessions_cancelled = Sessions cancelled
page-sessions_planned = Sessions not yet held
page-registrations = Speakers registered
page-opinions_total = Opinions received
page-opinions_handled = Opinions handled in the period
page-office_level = Level
page-period = Period
page-as_of = Figures as of
page-announcements = Public announcement 7 days before (Art. 7.2)
page-conclusion_notices = Conclusion notice within 10 working days (Art. 10.1)
page-written_answers = Written answer within 30 working days (Art. 10.2)
page-quarter = Quarter
page-no_field = (no field recorded)
page-calendar_name = Dialogue sessions
page-announce_by = Announce the session (R4)
page-chair = Chair
page-agencies_list = Agencies
page-of_which = Counted besides (not an outcome)
page-legend_r4 = Announcement (Art. 7.2)
page-legend_r9 = Conclusion notice (Art. 10.1)
page-legend_r10 = Written answer (Art. 10.2)
page-days_off = Days off and make-up working days
page-history = History
page-check = Database check
page-conclusions = Conclusion notices and assignments

## Sentences
# An R12 target on a day off: the deadline is the next working day.
target_on_day_off = note: the target date { $target } is a day off; the deadline is the next working day, { $due } (Civil Code Art. 148(5))
# The heading of the balance.
balance_title = Opinions to handle
# The heading of each agency's overdue opinions at the end of a period.
agency_overdue_title = Overdue at the end of the period, by agency
# An .xls workbook, which cannot be measured before it is read whole.
old_excel = { $path } is an Excel 97-2003 workbook (.xls), which is read whole before its size can be known (a few kilobytes can ask for gigabytes); accepted: .xlsx, .ods or .csv — open it in Excel or LibreOffice and save it as .xlsx
# A write command whose change was committed but whose confirmation could not be printed.
saved_but_not_confirmed = the command's work WAS done (saved in the database or written to its file); only its confirmation is missing — { $cause }
empty_db_setting = an empty database path; accepted: the path of the office's database file, e.g. /srv/ubnd/doithoai.db (`config unset db` removes the setting)
# A language to set (`config set lang`) that the interface does not speak, once the interface's
# own language is known.
not_a_language = '{ $value }' is not an interface language; accepted: en, vi
# A yes/no argument that is neither.
not_yes_no = '{ $value }' is neither yes nor no; accepted: true, false (or yes, no, có, không)
# A speaker named neither by id nor by SESSION/ORDER.
not_a_speaker_ref = '{ $value }' is not a speaker; accepted: the id (12) or SESSION/ORDER (2/1: the first speaker of session 2)
# An `--assign` value that is not OPINION=AGENCY.
not_an_assignment = '{ $value }' is not an assignment; accepted: OPINION=AGENCY, e.g. 12="Phòng Quản lý đô thị"
# Note on stderr when a calendar command runs without a database.
national_calendar_only = note: no database at { $path }: the national calendar alone, without an office's own days off or Saturdays
# Note printed on stderr when an agency is created on first use.
created_agency = note: created agency { $id } "{ $name }" (first use)
# Warning for a database on a network filesystem (SPEC §6).
network_filesystem = warning: { $path } is on a network filesystem; SQLite's WAL needs a local disk — keep the live file local and put backups on the share
bad_count = '{ $value }' is not a count of days; accepted: a whole number from 0 to 10000
deadline_usage = accepted: --from DATE --working-days N, --from DATE --days N, or --before DATE --days N
range_backwards = --to { $to } is before { $from }; accepted: a date on or after the first day
initialised = office "{ $office }" set up in { $path }
# Warning that a year's days off are computed, not announced.
provisional_year = note: { $year } has no official schedule in this version; its days off are computed from the Labor Code and are provisional (when the official notice is published, enter it with `doithoai calendar import FILE`, or `doithoai calendar add-holiday DATE --name NAME` / `doithoai calendar add-workday DATE --name NAME`)
trigger_word = trigger
grid_legend = Legend: * day off   + make-up working day   . weekend
override_removed = removed the office override of { $day }
agency_exists = agency "{ $name }" already exists; see `doithoai agency list`
host_missing = no host unit: give --host, or set the office first with `doithoai init --office NAME`
session_changed = session { $id } { $what }
# The date row of a session held on another day than planned: "20/11/2026 (tổ chức 09/11/2026)".
planned_but_held = { $planned } (held { $held })
no_override = the office has no day off or make-up day of its own on { $day }; only days added with `doithoai calendar add-holiday DATE --name NAME` or `doithoai calendar add-workday DATE --name NAME` can be removed (national days off cannot)
nobody_invited = nobody to invite; accepted: --organisation NAME, --agency NAME, --individual NAME (repeatable)
invited = session { $id }: { $added } { $added ->
        [one] invitation
       *[other] invitations
    } recorded
ad_hoc_no_announcement = ad-hoc session: no advance announcement required (Art. 7.2.3)
delegated_flag = chaired by deputy { $deputy } ({ $reason }) — Art. 2.1
stopped_flag = stopped by the chair: { $reason } (Art. 8.5; counts as held)
late_extension_flag = Opinion { $opinion }: timeline notice sent { $days } { $days ->
        [one] working day
       *[other] working days
    } after the R10 window (R12)
as_of = (as of { $today })
# A speaker recorded as having spoken at a held session without registering before it.
recorded_as_spoken = speaker { $id } recorded as having spoken at session { $session }: speaking order { $order }
registered = speaker { $id } registered for session { $session }: speaking order { $order }
registration_changed = speaker { $id }: { $status }
speaker_of_other_session = speaker { $speaker } registered for session { $their }, not { $this }; see `doithoai speaker list { $this }`
opinion_of_refused_speaker = speaker { $speaker } ({ $name }) was refused dialogue (Art. 9.1, R7): no opinion of the session is theirs; accepted: a speaker who was not refused (see `doithoai speaker list { $session }`), or the opinion without --speaker
opinion_added = opinion { $id } recorded for session { $session }
opinion_changed = opinion { $id }: { $status }
no_notice = session { $session } has no conclusion notice; issue one with `doithoai conclusion issue { $session } --on DATE --doc NUMBER --signer NAME --agency AGENCY`
notice_exists = session { $session } already has conclusion notice { $doc }; to issue a correction that replaces it, add --replace
assignment_not_in_session = opinion { $opinion } is not an opinion of session { $session }; see `doithoai opinion list --session { $session }`
opinion_assigned_twice = opinion { $opinion } is named twice by --assign ('{ $first }' and '{ $second }'); accepted: one --assign OPINION=AGENCY per opinion, one lead agency
notice_issued = conclusion notice { $doc } issued for session { $session } (version { $version })
# The version of a conclusion notice after its number: "(version 2)", "(lần 2)".
notice_version = (version { $version }
replaced_word = , replaced
agency_added = agency { $id } "{ $name }" added
overdue_summary = { $overdue } overdue, { $due_soon } due soon, as of { $as_of }
period_missing = no period given; accepted: --from DATE --to DATE, --month 12/2026, --quarter 2026-Q4, --half 2026-H2 or --year 2026
# "12 opinions received, 9 handled within the period" (Art. 11).
received_and_handled = { $received } opinion(s) received, { $handled } handled within the period
period_title = Dialogue results { $from } – { $to } (open items judged as of { $as_of })
online_needs_link = an online session needs its link or platform: give --venue, e.g. --venue "https://meet.hanoi.gov.vn/ubnd-hoang-mai"
# What stands in a list or an export for a protected denouncer's name.
protected_identity = {"["}protected: denunciation]
speaker_name_is_a_mask = a person's name, not what a list shows in a protected denouncer's place (a name in square brackets)
# Appended to an opinion's standing when its R12 timeline notice came after the R10 due date.
r10_breach_marker = ; R10 missed
merge_into_itself = '{ $name }' cannot be merged into itself; give two different agencies
agency_renamed = agency { $id } renamed "{ $name }" (the old name still finds it)
agencies_merged = "{ $from }" merged into "{ $into }": { $moved } { $moved ->
        [one] opinion
       *[other] opinions
    } moved; the old name still finds it
confirm_merge = Merge agency '{ $from }' into '{ $into }'? Every opinion, assignment and invitation moves
rename_office = this is the database of '{ $old }': rename the office to '{ $new }'? Every report and document drafted from it will carry the new name
restore_other_office = { $backup } is a backup of '{ $backup_office }', not of '{ $live_office }': replace '{ $live_office }''s database with it?
needs_yes = { $question } — this asks for confirmation: give --yes (no question is asked when not at a terminal)
not_confirmed = not confirmed; nothing was changed
nothing_to_edit = nothing to change; give at least one of { $fields }
record_edited = { $record } { $id } corrected (before → after in the history)
not_invited = '{ $name }' is not invited to session { $session }; see `doithoai session show { $session }`
reassign_needs_assigned = opinion { $id } is { $status }; only an assigned or extended opinion moves to another agency
confirm_cancel = Cancel session { $id }? Its registrations and opinions stay, but it will not be held
confirm_replace = Issue a corrected conclusion notice for session { $session }? The first stays in the history
opinion_reassigned = opinion { $id } now with { $agency }; its R10 due date stays
nothing_to_undo = { $clerk } has no command left to undo
undo_contradicts = cannot undo: { $record } { $id } was changed later by { $clerk } at { $at } (`{ $command }`); undo or correct that first
undo_blocked_by_dependents = cannot undo the creation of { $record } { $id }: other records now refer to it (remove or correct them first)
confirm_undo = Undo `{ $command }` of { $at } ({ $steps } { $steps ->
        [one] record
       *[other] records
    })?
undone = undone: `{ $command }` ({ $steps } { $steps ->
        [one] record
       *[other] records
    } set back as they were; both are in the history)
district_abolished = there is no district level on { $day }: local government has two levels from 1/7/2025 (province or city, and commune or ward); accepted: --level city or commune
no_config_dir = no home directory for the configuration file; set DOITHOAI_CONFIG to its path
config_key = '{ $key }' is not a setting; accepted: { $keys }
config_saved = saved in { $path }
output_format_needed = say which format to write to { $path }: give --format (table, csv, json, xlsx, html, ics, docx or md, as the command accepts), or a file name ending .csv, .json, .xlsx, .html, .ics, .docx or .md
document_needs_office = the office is not set; accepted: `doithoai init --office NAME` first
nobody_to_invite = session { $session } has no invitations; record them first with `doithoai session invite { $session } --organisation NAME`
minutes_before_held = session { $session } has not been held; record it first with `doithoai session hold { $session }`
notice_before_issued = session { $session } has no conclusion notice; issue it first with `doithoai conclusion issue { $session } --on DATE --doc NUMBER --signer NAME --agency AGENCY`
# `doc forward` for an opinion not forwarded.
forward_before_recorded = opinion { $opinion } has not been forwarded; record it first with `doithoai opinion forward { $opinion } --to BODY --on DATE --doc NUMBER`
# `doc timeline` for an opinion with no timeline notice recorded.
timeline_before_recorded = opinion { $opinion } has no timeline notice recorded; record it first with `doithoai opinion extend { $opinion } --notified-on DATE --until DATE --agency AGENCY --doc NUMBER`
answer_before_recorded = opinion { $opinion } has no written answer recorded; record it first with `doithoai opinion respond { $opinion } --on DATE --doc NUMBER --summary TEXT`
document_written = drafted { $path } ({ $pages } document{ $pages ->
        [one] {""}
       *[other] s
    })
output_exists = { $path } already exists; accepted: another --output, or --force to replace it
no_libreoffice = --pdf needs LibreOffice (soffice) to convert the .docx; accepted: install it (Debian/Ubuntu: `sudo apt-get install libreoffice-writer`; Windows: libreoffice.org), or leave out --pdf
pdf_failed = LibreOffice could not convert the document: { $detail }
# The reason kept with each record an import created.
imported_from = imported from { $file }, row { $row }
bad_map = '{ $value }' is not a column mapping; accepted: COLUMN=FIELD, FIELD one of content, category, priority, field, speaker, name, organisation, address, topic, ignore
no_header_row = no header row found; accepted: a row naming the columns ("Nội dung", "Họ và tên", "Lĩnh vực"…), or --map "COLUMN=FIELD"
no_content_column = no content column; accepted: a column headed "Nội dung" (or "Ý kiến", "content"), or --map "COLUMN=content"
no_name_column = no name column; accepted: a column headed "Họ và tên" (or "name"), or --map "COLUMN=name"
# A value of the file that a flag or the environment overrides.
config_file_says = {" "}(the file says { $value })
config_source_file = config file
config_source_default = default
config_source_account = operating system account
# `doc notice` for a notice signed by someone the configured title does not belong to.
notice_signer_title = the notice was signed by { $signer }, not by { $configured } ({ $title }): give this document's --signer-title (and --signer-authority, e.g. "KT. CHỦ TỊCH")
# `doc report` with nobody to send it to: the bodies are named in the settings, never "cấp trên".
report_recipients_missing = the report's recipients are not recorded; accepted: set them once with `doithoai init --report-recipients "UBND thành phố Hà Nội; Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Hà Nội"`
# A reassignment to the agency already in charge.
already_with = opinion { $opinion } is already with { $agency }: nothing changed
# A report asked for a day after today: a forecast, said on stderr.
as_of_after_today = note: --as-of { $day } is after today ({ $today }): a forecast that assumes nothing more is done by then
# A city's file that holds the same office as another (a copy or a backup): counted once.
same_office = the same office as { $kept } (a copy or a backup; the file whose history goes further is counted, once)
unreadable_table = cannot read the table: { $detail }
category_needed = an Art. 5 category in the row, or --category for every row without one
columns_not_read = note: columns not read: { $columns } (name them with --map "COLUMN=FIELD" to read them)
open_quote = { $file }: the quote opened on row { $row } is never closed; accepted: a file whose quotes are closed (save it again from Excel)
not_a_table = { $file } is not a table doithoai reads; accepted: .csv, .xlsx, .ods
other_sheets = note: read the first sheet "{ $read }"; not read: { $others } (save the one to import first, or as its own file)
topic_needed = empty; give what the speaker registered to speak about (Art. 8.3)
formula_error = a value; the cell holds a formula's error — correct it in the sheet
map_column_missing = --map names a column '{ $column }' that the header row does not have; accepted: { $headers }
column_twice = columns "{ $first }" and "{ $second }" both mean the same field; accepted: --map "{ $second }=ignore" (or another field)
decoded_from = note: the file was read as { $encoding } (not UTF-8); check the names below
would_import = row { $row }: would create "{ $what }"
import_problem = row { $row }, column "{ $column }": '{ $value }' — { $accepted }
by_accepted = '{ $value }' is not a grouping; accepted: agency (co-quan)
record_kind_accepted = '{ $value }' is not a kind of record; accepted: office, agency, session, registration, opinion, conclusion, calendar
bad_time = '{ $value }' is not a time; accepted: 08:00, 8:00, 8h, 8h30, 8g30, 8 giờ 30
bad_date = '{ $value }' is not a date; accepted: 2027-02-05, 05/02/2027 or an Excel date
bad_moment = '{ $value }' is not a moment; accepted: a date and time with its zone (RFC 3339), e.g. 2026-06-16T08:00:00+07:00
schedule_columns = the schedule needs the columns date, kind, name and source (as data/vn-days-off.csv; Vietnamese headers: ngày, loại, tên, căn cứ)
schedule_year_range = a date from 1900 to 2100
schedule_kinds = holiday (nghỉ) or workday (làm bù)
schedule_duplicate = each day once
schedule_problems = { $n } row(s) of the schedule have a problem (listed above); nothing imported
schedule_empty = the schedule has no day; accepted: a row per day off or make-up working day
workday_on_weekday = a make-up working day on a Saturday or Sunday (a weekday is already one)
year_has_official = { $year } already has an official schedule; accepted: --replace-year to replace it (check with --dry-run first)
several_databases = --db is given more than once; accepted: several only for `report period|overdue|plan` (a city's report), one for every other command
office_skipped = skipped { $file }: { $reason }
pdf_needs_docx = --pdf converts the .docx; accepted: without --format md
format_and_extension_differ = --format { $format } would be written into { $path }, whose name says another format; accepted: a file name that matches, or no --format
# `doc announcement` after the session's day, with no announcement on the record.
announcement_after_session = session { $session } is { $state } (its day was { $day }) and was never announced: an announcement is made before the session (Art. 7.2), not drafted afterwards; record a past announcement with `doithoai session announce { $session } --on DATE --channel WHERE`
document_of_cancelled = session { $session } was cancelled; there is nothing to announce or invite to
# The guided entry (a command typed without its values, at a terminal): the value asked for.
guided_asking = { $option } is needed: { $help }
# The guided entry: the words of a closed list that are accepted.
guided_choices = choose: { $words }
# The guided entry after an empty answer to a value without a default.
guided_empty_answer = this value is needed (an empty answer again stops here)
# The guided entry after a pick that is not one of the numbers shown.
guided_pick_number = type one of the numbers 1–{ $count }
# The guided entry's last word: the whole command line it runs, to learn from.
guided_full_command = running: { $line }
# Said while LibreOffice converts a drafted document (a few seconds).
converting_to_pdf = converting { $docx_display } to PDF with LibreOffice…
keys_only_for_sheets = --keys is for CSV, workbooks and pages; accepted: with --format csv, xlsx or html (or a .csv/.xlsx/.html --output)
format_not_here = this command cannot write '{ $format }'; accepted: { $accepted }
binary_to_terminal = a { $format } file cannot be shown in a terminal; accepted: --output FILE.{ $format }, or redirect to a file
csv_only_options = --bom, --semicolon and --decimal-comma are for CSV; accepted: with --format csv (or a .csv --output)
already_announced = session { $id } was already announced on { $on }; an announcement is recorded once
timeline_notices_late = R12: { $n } { $n ->
        [one] timeline notice
       *[other] timeline notices
    } sent after the R10 due date (an R10 breach on the record)
# A value of a workbook or page cell in the reader's words, for the fields whose values are
# codes that `label` alone does not cover (a list of topics, a unit, a verdict, a weekday, a
# yes/no); `None` leaves the cell to the general rules.
# The prefix of a count within another ("of which assigned").
of_which = of which
check_ok = { $path }: integrity, foreign keys, deadlines, speaking order and event log all check out
backup_failed_check = the backup { $path } was written but { $n } { $n ->
        [one] check
       *[other] checks
    } failed on it; run `doithoai check --db { $path }`
backup_done = backup written to { $path } and verified
restore_from_itself = { $path } is the live database itself; give the path of a backup file
restore_bad_backup = the backup { $path } fails { $n } { $n ->
        [one] check
       *[other] checks
    }; nothing was restored — run `doithoai check --db { $path }` to see them
restore_page_size = the backup { $path } has { $backup }-byte pages and the live database { $live }-byte pages; nothing was restored — restore it to a new path with `doithoai --db NEW restore { $path }` and use that file
# `--clerk ""` (or an empty `DOITHOAI_CLERK`): the history needs a name.
clerk_empty = the clerk name (--clerk or DOITHOAI_CLERK) is empty; give your name, e.g. --clerk "Trần Thị Lan"
# A clerk name refused by the text checks: say where the name came from.
clerk_refused = { $reason } (the clerk name from --clerk, DOITHOAI_CLERK or the OS user)
csv_not_here = --format csv is for lists and reports; accepted here: table, json
no_home_directory = no home directory to keep the database in; give --db PATH or set DOITHOAI_DB
empty_text = empty text; give a non-empty value
text_too_long = text of { $chars } characters is too long; accepted: at most { $max } here (give a long petition with --content-file)
cannot_read_text = cannot read { $path }: { $cause }; accepted: a readable file, or - for stdin
text_file_too_big = { $path } holds more than { $max_bytes } bytes; accepted: a text file of at most { $max_chars } characters
not_utf8_text = { $path } is not UTF-8 text; accepted: a UTF-8 text file
# `what` is a label key (e.g. `content`).
text_and_file = give the { $what_word } either as text or with a file, not both
text_missing = the { $what_word } is missing; give it as text or with a file (- for stdin)
no_answer = no answer: { $cause }
range_over_a_year = { $from } … { $to } is longer than a year; accepted: ranges of at most 366 days
not_utf8_path = { $path } is not a UTF-8 path; accepted: a database path in UTF-8

## Sentences a function chooses among (words::NAME, in order)
not_found_1 = no { $record } with id { $id }; list them with `{ $list }`
database_error_1 = { $path } was written by a newer doithoai (schema { $found }; this one knows up to { $supported }); it was left untouched — upgrade doithoai
database_error_2 = { $path } is not a doithoai database (another program's file, not SQLite, or damaged); give another path with --db
database_error_3 = the directory of { $path } does not exist; create it or choose another --db path
database_error_4 = { $path } stayed locked by another process longer than the busy timeout; nothing was written — try again
database_error_5 = { $path } cannot be written (read-only file or directory); nothing was written
database_error_6 = the disk holding { $path } is full; nothing was written
database_error_7 = SQLite { $found } is too old: doithoai needs 3.51.3 or later (earlier versions can corrupt a WAL database under concurrent writers)
database_error_8 = no database at { $path }; create one with `doithoai init --office NAME`, or give the right path with --db
database_error_9 = { $path } is empty, not a doithoai database (an interrupted copy?); nothing was written — restore a backup with `doithoai restore BACKUP`, or start anew with `doithoai init --office NAME`
database_error_10 = { $path } is { $en }, not a database file; give the path of a doithoai database with --db
database_error_11 = { $path } is { $en }, not a plain file: SQLite keeps its own files there; nothing was read or written — remove it, then run the command again
database_error_12 = { $path } has a schema that doithoai did not write ({ $objects }): a trigger or view added to a file runs on the next change and can destroy records; the file was not used — take another backup, or ask who changed it
database_error_13 = { $path } is { $value1 } long but only { $value2 } of it is on disk (a sparse file); it was not copied — accepted: a database file as SQLite writes it
database_error_14 = reading { $path } took longer than { $seconds } s (a view or query that does not end?); it was left out
database_error_15 = { $a } and { $b } are files of one office whose records disagree at their common history (one was edited outside doithoai); neither was counted — find out which is genuine, then report again without the other
database_error_16 = { $path } is too large to read: { $found_en }; accepted: at most { $limit_en } — split the file
database_error_17 = disk I/O error on { $path } (SQLite extended code { $extended_code }): the disk may be full or failing; the command's change was rolled back — free space or check the disk, then run `doithoai check`
database_error_18 = the database file is damaged (SQLite: database disk image is malformed) and nothing was written; accepted: a sound database — check the latest backup (`doithoai --db BACKUP check`), then `doithoai restore BACKUP`
database_error_19 = database error: { $e }
database_error_20 = { $path }: { $source }
item_name_1 = row { $row } of { $number }:{" "}
input_not_a_file_1 = { $path } is { $en }, not a file; accepted: a plain file (.csv, .xlsx, .ods)
output_error_1 = { $target } is the database { $db } (or one of its -wal, -shm, -journal files); writing there would destroy it — choose another output file
output_error_2 = { $target } is a SQLite database (a backup or another office's file); writing there would destroy it — choose another output file
output_error_3 = the folder { $folder } does not exist; create it or choose another output path
output_error_4 = { $target } is a folder; give a file name for the output
output_error_5 = { $target } is a disk, a system file or (for a backup) a device or a pipe, not a file; it is never written or replaced — accepted: a file name (a report also goes to a pipe, a terminal, or - for standard output)
output_error_6 = could not write the output to { $path }: { $source }
bad_config_1 = cannot read the configuration file { $value1 }: { $value2 }
bad_config_2 = { $value1 } is not a valid configuration file ({ $value2 }); accepted keys: { $keys }
before_event_answer_1 = last working day on or before it: { $last_working } (the same day)
before_event_answer_2 = last working day on or before it: { $last_working } (offices are closed on { $latest })
counting_rule_1 = Rule: the trigger day is not counted; counting starts the next day (Civil Code 2015 Art. 147(2)); only working days count; the period ends at the end of the last working day (Art. 148(1), 148(6)).
counting_rule_2 = Rule: calendar days from the day after the trigger (Civil Code 2015 Art. 147(2)); a last day that is a rest day or holiday moves to the next working day (Art. 148(5)).
counting_rule_3 = Rule: the event day is not counted (Civil Code 2015 Art. 147, read backwards); nothing moves the date later when it is a rest day (Art. 148(5) rolls forward only), so act by the last working day on or before it.
provisional_deadlines_1 = note: deadlines in { $list } are provisional — that year's days off are computed from the Labor Code until the official schedule is published (`doithoai calendar import FILE`, or `doithoai calendar add-holiday DATE --name NAME` / `doithoai calendar add-workday DATE --name NAME`)
provisional_on_paper_1 = Deadlines in { $list } are provisional: that year's days off are computed from the Labor Code until the official schedule is published.
month_title_1 = { $value1 } { $year }
deadline_moved_1 = { $rule } deadline of { $record } moved: { $from } → { $to }
override_recorded_1 = recorded office day off { $span }: { $name }
override_recorded_2 = recorded office working day { $span }: { $name }
opt_date_1 = none (ad-hoc)
session_planned_1 = {" "}(offices closed that day: announce by { $s })
session_held_1 = session { $id } held; conclusion notice due (R9): { $due }
session_stopped_1 = session { $id } stopped (it counts as held, R7); conclusion notice due (R9): { $due }
unassigned_opinions_1 = every open opinion must be assigned to an agency; unassigned: { $list }; add --assign OPINION=AGENCY or --agency NAME
deadline_basis_1 = R12: target date set by the timeline notice of { $from }: { $due }
deadline_basis_2 = R10: 30th working day after the notice of { $from } = { $due }; days skipped:
abolished_level_sessions_1 = warning: session(s) { $list } are recorded at the district level, which no longer exists from 1/7/2025 (two-level local government); they are not counted in this office's plan
nothing_to_correct_1 = { $record } { $id } already has these values: nothing to correct; accepted: a value that differs from the one recorded (see `{ $show }`)
quarter_label_1 = Q{ $q }/{ $year }
document_settings_missing_1 = the documents need { $list }; accepted: set once with `doithoai init { $example }`
not_invited_to_draft_1 = '{ $name }' is not invited to session { $session }; accepted: { $list }
nothing_of_this_kind_1 = opinion { $opinion } has no such act to draft: it is { $status_word }
no_written_answer_1 = opinion { $opinion } has no written answer to draft: it is { $status_word }
registered_speakers_1 = a registered speaker of session { $session } (none yet: `speaker import` first), or an empty cell
registered_speakers_2 = a registered speaker of session { $session } ({ $names }), or an empty cell
signer_not_on_roster_1 = { $name } is neither the chair ({ $chair }) nor a deputy chair ({ $deputies }) the office records; accepted: one of them, or record the change with `doithoai init --chair-name … --deputy-names "…; …"`
signer_title_disagrees_1 = { $name } signs as { $expected }, not as { $given }; accepted: --signer-title "{ $expected }" (or leave it out)
signer_title_disagrees_2 = { $name } signs as { $expected }, not as { $given } (the office's signer title); accepted: `doithoai init --signer-title "{ $expected }"`, or record the chair and deputies with --chair-name and --deputy-names
ambiguous_speaker_1 = one registered speaker; several have this name (speaking order { $list }): write the one meant, e.g. with the address
import_summary_1 = { $file }: would create { $created }, { $already } already there; nothing written (dry run)
import_summary_2 = { $file }: { $p } row(s) with a problem; nothing written — correct them and import again ({ $created } would be created, { $already } already there)
import_summary_3 = { $file }: created { $created }, { $already } already there
schedule_change_1 = + { $date } { $k }: { $n }
schedule_change_2 = - { $date } no longer { $k }: { $n }
schedule_change_3 = ~ { $date } { $k0 }: { $n0 } → { $k1 }: { $n1 }
schedule_summary_1 = official schedule { $years }: { $changes } day(s) would change, { $moved } open deadline(s) would move; nothing written (dry run)
schedule_summary_2 = official schedule { $years } imported: { $changes } day(s) changed, { $moved } open deadline(s) moved
no_office_files_1 = no doithoai database in { $dir }; accepted: a folder holding the wards' files (or their backups)
guided_prompt_1 = > [{ $d }]{" "}
output_written_1 = wrote { $path_display } ({ $rows } { $rows ->
        [one] row
       *[other] rows
    }, { $size })
output_written_2 = wrote { $path_display } ({ $size })
value_word_1 = working days
value_word_2 = days
plan_verdict_1 = held
plan_verdict_2 = planned, not yet held
plan_verdict_3 = MISSING: no periodic dialogue planned (R3)
backup_exists_1 = { $path } already exists; choose a new file name for the backup, or give --force to replace that older backup
backup_exists_2 = { $path } already exists and is not a doithoai backup; accepted: a new file name for the backup (--force replaces only an older backup)

## Words of the reports and states (words::deadline_state_word, tally_header, report_section, balance_line)
state-on-time = on time
state-late = late
state-pending = not yet due
state-overdue = overdue
state-due-soon = due soon
tally-on_time = on time
tally-late = late
tally-open_overdue = open, overdue
tally-open_not_due = open, not due
tally-rate = on-time rate
tally-median = median working days
tally-answered_on_time = answered on time
tally-answered_late = answered late
tally-forwarded_on_time = forwarded on time
tally-forwarded_late = forwarded late
tally-r10_missed = R10 missed earlier
tally-carried_over = carried over
tally-routed_out = routed out of scope
tally-extended = under a timeline notice
section-office = Office
section-period = Period
section-balance = Opinions to handle
section-sessions = Sessions
section-registrations = Registrations to speak
section-refusals = Refusals to dialogue
section-opinions = Opinions
section-opinions_by_category = Opinions by content (Art. 5)
section-opinions_by_field = Opinions by field
section-opinions_by_outcome = Opinions by outcome
section-announcements = Public announcements 7 days ahead (Art. 7.2)
section-conclusion_notices = Conclusion notices within 10 working days (Art. 10.1)
section-written_answers = Written answers within 30 working days (Art. 10.2)
section-agency = Agency
section-agency_overdue = Agency's overdue opinions
section-sessions_list = Sessions of the period
section-missed_in_period = Deadlines missed in the period
balance-carried_over = Carried over from before the period
balance-received = Received in the period
balance-answered_at_session = answered at the session
balance-out_of_scope = out of scope (complaint, denunciation)
balance-not_yet_assigned = not yet assigned
balance-assigned = assigned to an agency
balance-to_handle = To handle in the period
balance-handled = Handled in the period
balance-answered_on_time = answered in writing on time
balance-answered_late = answered in writing late
balance-forwarded_on_time = forwarded on time
balance-forwarded_late = forwarded late
balance-routed_out = found out of scope after assignment
balance-open_at_end = Open at the end of the period
balance-awaiting_notice = awaiting the conclusion notice
balance-not_yet_due = not yet due
balance-overdue = overdue
balance-extended = under a timeline notice (R12)
spoke_without_registering_refused_1 = session { $session } is { $status_word }: --spoke records someone who spoke at a session held already; accepted: once it is held (`doithoai session hold { $session }`), or register without --spoke
number_of_another_body_1 = opinion { $opinion }: the letter numbered { $number } is another body's (its symbol has no { $code }); that body signed its own letter, and doithoai drafts only the office's — the office's number carries { $code }, e.g. 125/{ $code }-VP

## Errors of a file or a build that is not what it should be
no_upgrade_step = no upgrade step from schema version { $from }; this database was not written by a released doithoai
schema_incomplete = this build of doithoai is incomplete: its schema has no { $what }; accepted: a released build
list_not_read = the list could not be read
stray_byte = { $file }: row { $row } holds the byte { $byte }, which is not UTF-8 while the rest of the file is; accepted: the file saved again as "CSV UTF-8"
clerk_multiline = clerk name { $name } spans lines or tabs; accepted: one line of at most { $max } characters
hidden_character = text { $text } contains the control or invisible character { $code }; accepted: visible letters, digits, punctuation, tab and newline
report_needs_period = `doc report` needs a period; accepted: --quarter, --half, --year or --from and --to
config_not_written = the configuration could not be written: { $detail }

## Days, sizes, report metrics and multi-line outcomes
weekday-mon = Mon
weekday-tue = Tue
weekday-wed = Wed
weekday-thu = Thu
weekday-fri = Fri
weekday-sat = Sat
weekday-sun = Sun
day_count_calendar = { $days } { $days ->
        [one] day
       *[other] days
    }
day_count_working = { $days } { $days ->
        [one] working day
       *[other] working days
    }
cut_in_cell = {" "}… [cut: the cell holds 32,767 characters; the whole text is in the CSV or JSON export]
config_writable_by_others = warning: the configuration file { $path } (or its folder) can be changed by any user of this machine, who could send your commands to another database; make it yours alone: chmod 600 { $path }; chmod 700 its folder
metric-name = name
metric-level = level
metric-from = from
metric-to = to
metric-as_of = figures as of
metric-total = total
metric-count = count
metric-held = held
metric-stopped = stopped
metric-cancelled = cancelled
metric-not_yet_held = not yet held
metric-rescheduled = rescheduled
metric-handled = handled
metric-on_time_rate = on-time rate
metric-timeline_notices_late = timeline notices after the R10 date
metric-median_working_days = median working days
metric-open = open
metric-overdue = overdue
metric-assigned = assigned
metric-agency = agency
metric-due = due
metric-days = days past due
metric-state = state
metric-date = date
metric-kind = kind
metric-chair = chair
session_planned = session { $id } planned
    {"  "}announce by (R4): { $announce }{ $safe }
    {"  "}conclusion notice due if held that day (R9): { $r9 }
session_rescheduled = session { $id } moved to { $date }; announce by (R4): { $due }
    {"  "}conclusion notice due if held that day (R9): { $r9 }
size_in_bytes = { $bytes } { $bytes ->
        [one] byte
       *[other] bytes
    }

## Deadlines, files, undo and numbers (selectors in the catalogue)
standing_on_time = on time ({ $done_on })
standing_late = { $days } { $unit ->
        [calendar] { $days ->
            [one] day
           *[other] days
        }
       *[working] { $days ->
            [one] working day
           *[other] working days
        }
    } late ({ $done_on })
standing_due_today = due today
standing_pending = due in { $days } { $unit ->
        [calendar] { $days ->
            [one] day
           *[other] days
        }
       *[working] { $days ->
            [one] working day
           *[other] working days
        }
    }
standing_overdue = { $days } { $unit ->
        [calendar] { $days ->
            [one] day
           *[other] days
        }
       *[working] { $days ->
            [one] working day
           *[other] working days
        }
    } overdue
flag_line = { $rule } { $rule ->
        [R4] announcement
        [R9] conclusion notice
        [R10] written answer
       *[R12] extended answer
    } ({ $due_word } { $due }): { $standing }
file-kind-folder = a folder
file-kind-fifo = a FIFO (named pipe)
file-kind-device = a device
file-kind-socket = a socket
file-kind-dangling-link = a symbolic link to a file that does not exist
io-not-found = no such file or directory
io-permission-denied = permission denied
io-already-exists = the file exists already
io-is-a-directory = this is a folder, not a file
io-not-a-directory = a part of the path is not a folder
io-storage-full = the disk is full
io-read-only-filesystem = the disk is read-only
io-invalid-data = the data is not valid
io-broken-pipe = the reader closed the stream
io-unexpected-eof = the file ends too early
io_cause_with_code = { $cause } (system error code { $code })
cannot_undo = { $action ->
        [merge] a merge of agencies cannot be undone: { $kept_where ->
            [server] the office as it was before the merge was kept as a SQLite file in the clerk's data folder (named …before-merge-…); the server's administrator puts it back with `doithoai db copy --from FILE --to postgres://ADMIN@HOST/DATABASE --office-role ROLE --replace`
           *[file] the database as it was before the merge was kept beside it (NAME.before-merge-…): bring it back with `doithoai restore FILE`
        } (work recorded since then must be entered again)
        [correct] a corrected conclusion notice cannot be undone: issue another corrected notice (conclusion issue --replace), or { $kept_where ->
            [server] have the server's administrator put back the office as it was before it, kept as a SQLite file in the clerk's data folder (…before-correction-…), with `doithoai db copy --from FILE --to postgres://ADMIN@HOST/DATABASE --office-role ROLE --replace`
           *[file] bring back the database as it was before it, kept beside it (NAME.before-correction-…), with `doithoai restore FILE`
        } (work recorded since then must be entered again)
       *[other] '{ $action_code }' of a record of kind { $record } cannot be undone: correct it with the command that changes it (see doithoai --help)
    }
kept_before = note: the database as it was before { $change ->
        [merge] the merge
        [replace] the replacement
       *[other] the corrected notice
    } is kept at { $path } { $kept_where ->
        [server] (a SQLite copy of the office: `doithoai --db { $path } …` reads it, and the server's administrator puts it back in the office's place with `doithoai db copy --from { $path } --to postgres://ADMIN@HOST/DATABASE --office-role ROLE --replace`)
       *[file] (`doithoai restore { $path }` brings it back)
    }
not_a_whole_number = '{ $value }' is { $problem ->
        [too-large] too large for { $arg }; accepted: a whole number such as 12
        [too-small] too small for { $arg }; accepted: a whole number such as 12
       *[other] not a whole number for { $arg }; accepted: digits only, such as 12
    }
engine_line = SQLite { $version }, journal_mode={ $journal_mode }, synchronous={ $sync }

## The regulation's refusals (rules errors: dates, vocabularies, states, the order of acts, periods)
error_date_malformed = '{ $value }' is not a date; accepted: YYYY-MM-DD (2026-12-15) or DD/MM/YYYY (15/12/2026), the day first also with - or . (15-12-2026, 15.12.2026)
error_date_impossible = '{ $value }' is not a day of the calendar (no such day in that month)
error_month_malformed = '{ $value }' is not a month; accepted: YYYY-MM (2026-02), MM/YYYY (02/2026) or a year (2026)
error_vocabulary = '{ $value }' is not a valid { $what }; accepted: { $accepted }
error_transition = cannot { $action } { $record } { $id }: { $state_key ->
        [spoke] the speaker has already spoken
        [refused] it is already refused
        [withdrawn] it is already withdrawn
        [answered] it is already answered
        [responded] it is already responded
        [forwarded] it is already forwarded
        [extended] it is already extended
        [assigned] it is already assigned
        [of-a-cancelled-session] it belongs to a cancelled session
        [for-a-cancelled-session] it belongs to a cancelled session
        [of-a-session-not-yet-held] its session has not been held yet
       *[other] it is { $state }
    }; allowed only when { $allowed }
error_date_order = { $what_is_a_date ->
        [yes] { $what } { $date }
       *[no] { $what } dated { $date }
    } is { $order ->
        [not-after] after
        [strict] not after
       *[before] before
    } { $reference } ({ $reference_date }); it must be { $order ->
        [not-after] on or before
        [strict] after
       *[before] on or after
    } it
error_future_act = { $what_is_a_date ->
        [yes] { $what } { $date }
       *[no] { $what } dated { $date }
    } is after today ({ $today }); an act is recorded on or after the day it happens
error_period = '{ $value }' is not a { $what }; accepted: { $what ->
        [quarter] YYYY-Q1 … YYYY-Q4 or Q1/YYYY … Q4/YYYY, e.g. 2026-Q4, Q4/2026
        [month] MM/YYYY, YYYY-MM or "tháng MM/YYYY", e.g. 12/2026
        [half-year] YYYY-H1, YYYY-H2, H1/YYYY, H2/YYYY or "6 tháng đầu/cuối năm YYYY", e.g. 2026-H2
       *[year] a year from 1900 to 2100
    }
error_out_of_range = { $date } is outside the calendar's range { $first }-01-01 … { $last }-12-31
label-or = or
not_what_it_says = { $path } is not { $expected ->
        [xls] an Excel 97-2003 workbook (.xls)
        [ods] an OpenDocument spreadsheet (.ods)
       *[xlsx] an Excel workbook (.xlsx)
    }: its content is { $found ->
        [zip] a zip archive (.xlsx or .ods)
        [ole2] an Excel 97-2003 workbook (.xls)
        [pdf] a PDF document
        [sqlite] an SQLite database
        [text] text (a CSV?)
        [empty] empty
       *[other] of another kind
    }; save it again in that format, or give it the name of what it is (e.g. .csv)
unknown_agency = no agency named '{ $name }'; { $has_closest ->
        [yes] did you mean { $closest }?{ $advice ->
            [none] {""}
           *[other] {" "}
        }
       *[no] {""}
    }{ $advice ->
        [add-or-new] add it first with `doithoai agency add "{ $name }"`, or give --new-agency to create it here
        [list] the agencies are listed by `doithoai agency list`
       *[none] {""}
    }
schedule_incomplete = the { $year } schedule { $problems } (Labor Code Art. 112); nothing was imported — accepted: the whole published schedule of the year, every statutory day off as a day off
schedule_lacks_holidays = lacks the holidays { $days }
schedule_works_holidays = makes the holidays { $days } working days
schedule_short_by = has { $days } weekday { $days ->
        [one] day
       *[other] days
    } off fewer than the Code gives (compensatory days, the day next to 2/9)

## Usage errors the command line words itself (clap says them in English)
usage_did_you_mean = ; did you mean '{ $suggestion }'?
usage_value_missing = a value is required for { $arg }; write the value after the option
usage_value_not_accepted = invalid value '{ $value }' for { $arg }; accepted: { $accepted }
usage_value_invalid = invalid value '{ $value }' for { $arg }: { $detail }
usage_unknown_option = { $kind ->
        [value] unexpected value '{ $arg }': this command takes no more values here
       *[option] unexpected argument '{ $arg }'
    }{ $suggestion }
usage_unknown_command = unrecognized subcommand '{ $command }'{ $suggestion }; see `doithoai --help`
usage_missing_argument = the following required arguments were not provided: { $arg }
usage_missing_command = a subcommand is required; see `{ $command } --help`
usage_conflict = { $twice ->
        [yes] { $arg } is given more than once; give it once
       *[no] { $arg } cannot be used with { $other }
    }
usage_bad_argument = invalid argument: { $arg }
usage_not_utf8 = an argument is not UTF-8 text
held_on_another_day = note: session { $id } was planned for { $planned } and held on { $held }{ $r4 ->
        [moved] ; announcement due (R4) now { $announce_due }
       *[none] {""}
    }
assignment_line = {"  "}opinion { $opinion } → { $agency }, written answer due (R10) { $due }{ $kept ->
        [yes] {" "}(R10 due date kept)
       *[no] {""}
    }
overdue_title = As of { $as_of }{ $by_agency ->
        [yes] , by agency
       *[no] {""}
    }
config_header = # settings in effect (flag > environment > file > default); file: { $path }{ $exists ->
        [no] {" "}(not created yet: `doithoai config set KEY VALUE`)
       *[yes] {""}
    }
restored = restored { $db } from { $backup } (verified){ $was_kept ->
        [yes] ; the previous database was kept as { $kept }
       *[no] {""}
    }
schema_object_changed = { $object } ({ $change ->
        [extra] extra
        [altered] altered
       *[missing] missing
    })
unknown_language = '{ $value }' is not an interface language; accepted: en, vi
error_other = { $detail }
check_foreign_key = { $table } row { $row } points to a missing { $parent }
check_history_trigger = trigger { $trigger } { $change ->
        [altered] was altered
       *[missing] is missing
    }: the history can be rewritten
check_conclusion_due = session { $session }: conclusion notice due { $recorded }, the calendar gives { $expected } (R9)
check_not_assigned = opinion { $opinion } is { $status } but { $notice ->
        [unlisted] its conclusion notice does not assign it
       *[none] it has no conclusion notice
    }
check_answer_due = opinion { $opinion }: answer due { $recorded }, the calendar gives { $expected } (R10)
check_deadline_in_force = opinion { $opinion }: deadline in force { $recorded }, expected { $expected } (R10)
check_act_before_notice = opinion { $opinion }: { $act ->
        [forward] forwarded
       *[respond] answered in writing
    } on { $on }, before its conclusion notice of { $notice }
check_speaking_order = session { $session }: { $registrations } registrations numbered { $lowest } to { $highest } (R6: 1 to { $registrations })
check_no_creation_event = { $kind } { $id } has no '{ $action }' event in the history
check-integrity_check = SQLite integrity
check-foreign_key_check = references
check-schema = schema
check-event_log = history
check-deadline = deadline
check-assignment = assignment
check-date_order = order of acts
check-speaking_order = speaking order
register_after_held = session { $session } is { $status_word }: speakers register before the session; add --spoke to this command to record someone who spoke there without registering (an ad-hoc session, from the floor)
init_needs_office = a new database needs the name of its office: --office, e.g. --office "Phường Hoàng Mai"
registered_twice = note: { $session }/{ $order } has the same name and topic as { $session }/{ $earlier }; if it was registered twice, withdraw it with `doithoai speaker withdraw { $session }/{ $order }`
man-name = NAME
man-synopsis = SYNOPSIS
man-description = DESCRIPTION
man-options = OPTIONS
man-commands = COMMANDS
man-version = VERSION
label-office_decision = the office's decision
year_malformed = '{ $value }' is not a year; accepted: a year such as 2026 (also "năm 2026")
check_notice_before_session = session { $session }: its conclusion notice is dated { $notice }, before the session was held on { $held } (R9)
check_speaking_out_of_order = session { $session }: speaking numbers do not follow the order of registration (R6)
check_rule_without_extension = opinion { $opinion }: { $rule ->
        [R12] R12 is in force, but no timeline notice set a new date
        [R10] R10 is in force, but a timeline notice set a new date (R12)
       *[other] no deadline rule (R10 or R12) is recorded
    }
check_closed_on_differs = opinion { $opinion }: closed on { $closed_on }, but answered or forwarded on { $act_on }
server_database_not_a_file = { $db } is a database on a PostgreSQL server, not a file; accepted: a SQLite database file
server_not_set_up = { $db } holds no doithoai records yet; its administrator sets an office up with `doithoai --db ADDRESS init --office NAME --level LEVEL --office-role ROLE`
server_error = { $kind ->
    [unreachable] cannot reach the PostgreSQL server of { $db }: { $detail }; nothing was written — check that the server is running and the address is right, then run the command again
    [no-listener] no PostgreSQL server takes connections at { $db }; nothing was written — check that the server is running and the address's host and port are right, then run the command again
    [no-answer] the server of { $db } did not answer within the connect timeout; nothing was written — check the network and firewall to the server, then run the command again
    [no-route] there is no network route to the server of { $db }; nothing was written — check this machine's network and the server's address, then run the command again
    [no-password] the server of { $db } asks for a password and none was given; nothing was written — accepted: a password in the address, in PGPASSWORD or in ~/.pgpass (readable by you alone, as libpq requires)
    [no-such-host] the host named in { $db } is known to no name server this machine asks; nothing was written — check the host's spelling in the address (or use its IP address), then run the command again
    [closed] the connection to { $db } was closed in the middle of the command; nothing was written — run the command again when the server is back
    [login] the server of { $db } does not let this role log in (SQLSTATE { $code }: no such role, or the server's pg_hba.conf does not allow it); nothing was written — check the user name in the address, or ask the server's administrator to create the role (CREATE ROLE … LOGIN)
    [password] the password for { $db } is wrong or missing (SQLSTATE { $code }); nothing was written — accepted: a password in the address, in PGPASSWORD or in ~/.pgpass
    [no-database] the server has no database named by { $db } (SQLSTATE { $code }); nothing was written — check the database's name in the address, or ask the administrator to create it (CREATE DATABASE)
    [too-many] the server of { $db } has too many connections (SQLSTATE { $code }); nothing was written — run the command again in a few minutes, or ask the administrator to raise max_connections or the role's connection limit
    [conflict] another clerk changed the same records of { $db } at the same moment (SQLSTATE { $code }); nothing was written — run the command again
    [timeout] { $db } did not answer in time (SQLSTATE { $code }: { $detail }); nothing was written — run the command again, or ask the server's administrator what holds it
    [lost] the connection to { $db } was lost (SQLSTATE { $code }: { $detail }); nothing was written — run the command again when the server is back
    [privilege] the server refused { $db } to this role (SQLSTATE { $code }: { $detail }); nothing was written — ask the administrator for an office's role (`init --office-role`)
   *[refused] the server of { $db } refused the command (SQLSTATE { $code }: { $detail }); nothing was written
    }
server_address_invalid = { $db } is not a PostgreSQL address doithoai can use: { $reason }; accepted: postgres://USER@HOST[:PORT]/DATABASE[?sslmode=require], or host=HOST [port=PORT] dbname=DATABASE user=USER [sslmode=require]
server_address_unreadable = { $db }… reads as a PostgreSQL address but cannot be read as one (an unclosed quote, a word without '=', a mistyped postgres://); nothing was read or written — accepted: postgres://USER@HOST[:PORT]/DATABASE, host=HOST dbname=DATABASE user=USER (a value with spaces in single quotes), or a file named with its folder (./NAME)
server_address_is_a_file = { $db } is a PostgreSQL address and also a file in this folder; nothing was read or written — accepted: ./{ $db } for the file, or the address as postgres://USER@HOST/DATABASE
server_sslmode_unsupported = { $db }: sslmode={ $mode } is not supported — doithoai encrypts the connection without verifying the server's certificate, as libpq's sslmode=require; nothing was read or written — accepted: sslmode=require, prefer or disable
server_options_refused = the server of { $db } refused the address's options='{ $options }' (SQLSTATE { $code }: a setting it does not know, a value it does not take, or one this role may not set); nothing was read or written — accepted: options=-c NAME=VALUE with settings the server lets this role set, or no options
server_ports_hosts_mismatch = { $db }: { $ports } port numbers{ $addresses ->
        [0] {""}
       *[other] {" "}and { $addresses } host addresses
    } for { $hosts } hosts; nothing was read or written — accepted: one port for every host, or one port (and one hostaddr) for each host, named once (in the host part or as port=, not both)
server_setting_unknown = { $db }: { $setting } is not a setting of a PostgreSQL address doithoai knows; nothing was read or written — accepted: { $accepted }
server_setting_invalid = { $db }: { $setting }={ $value } cannot be used; nothing was read or written — accepted: { $kind ->
        [ports] a port number from 1 to 65535 (one per host, separated by commas)
        [addresses] an IP address such as 10.0.0.5 (one per host, separated by commas)
        [seconds] a whole number of seconds
        [count] a whole number from 0
       *[one-of] { $values }
    }
server_role_missing = there is no role { $role } on the server of { $db }; accepted: an existing login role (CREATE ROLE … LOGIN)
server_role_bypasses_rls = the role { $role } bypasses row-level security and would see every office's records; nothing was written — accepted: an office's own role (its administrator sets it up with `init --office-role ROLE`)
server_role_without_office = the role { $role } is no office's on { $db }; nothing was read — accepted: an office's role (its administrator sets it up with `init --office NAME --office-role ROLE`)
office_role_needs_server = --office-role sets up an office on a PostgreSQL server, and { $db } is a file; accepted: --db postgres://ADMIN@HOST/DATABASE
engine_line_server = PostgreSQL { $version }, transactions SERIALIZABLE, each office's rows kept apart by row-level security
db_copy_needs_server = --to { $to } is not a PostgreSQL server's address; accepted: postgres://ROLE@HOST/DATABASE, or host=HOST dbname=DATABASE user=ROLE
db_copy_target_not_empty = the office of { $to } already holds records (table { $table }); nothing was copied — accepted: an office with no records yet (a new office role), or --replace by the server's administrator to put the file in their place
db_copied = { $from } copied into { $to }: { $rows } rows of { $tables } tables, every record and history event with its number
db_replaced = the office's records and history on { $to } were replaced by { $from }: { $rows } rows of { $tables } tables, every record and history event with its number
db_upgraded = { $db }: schema { $from } upgraded to { $to }
db_up_to_date = { $db }: schema { $to }, this doithoai's; nothing to upgrade
db_copy_other_office = { $from } is a backup of '{ $backup }', not of '{ $live }', the office of { $to }; nothing was copied — accepted: a backup of '{ $live }'
db_copy_replace_needs_admin = --replace erases the records and history of the office of { $to }, which only the server's administrator may do; nothing was copied — accepted: --to postgres://ADMIN@HOST/DATABASE --office-role ROLE --replace
server_schema_behind = { $db } keeps doithoai's server schema { $found }, and this doithoai needs { $needed }; altering the tables is the server administrator's, so nothing was changed — accepted: the administrator runs `doithoai --db postgres://ADMIN@HOST/DATABASE db upgrade` once, then every clerk's command works
restore_on_server = { $db } is a database on a PostgreSQL server, whose history no office may erase; nothing was changed — accepted: its administrator puts the backup in the office's place, `doithoai db copy --from BACKUP --to postgres://ADMIN@HOST/DATABASE --office-role ROLE --replace`
city_files_not_a_server = { $db } is a PostgreSQL server's address, and a report of several --db reads wards' files; nothing was read — accepted: --db ADDRESS --all-offices for every office of a server, or --db FILE several times (or --from-dir) for wards' files
all_offices_needs_server = --all-offices reads every office of a PostgreSQL server's database, and { $db } is a file; accepted: --db postgres://CITY-ROLE@HOST/DATABASE, or --from-dir with the wards' files
all_offices_needs_city_role = the role { $role } is not the city's on { $db }, so it reads its own office only; nothing was read — accepted: the city's role (set up with `init --level city --office-role ROLE`)
server_owned_by_an_office = the database or its tables belong to { $owner }, an office's role, which could alter or drop every office's records; { $role } was not made an office and nothing was written — accepted: a database and tables that belong to the server's administrator (ALTER DATABASE … OWNER TO, REASSIGN OWNED BY { $owner } TO the administrator)
server_silent = the PostgreSQL server of { $db } took the connection but did not answer within { $seconds } s; nothing was read or written — check that it is a PostgreSQL server and not overloaded, then run the command again
