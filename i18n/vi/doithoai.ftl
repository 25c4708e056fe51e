# doithoai — bản tiếng Việt. Mỗi mã ở đây có mã tương ứng trong ../en/doithoai.ftl (bản dựng
# và kiểm thử kiểm tra). Biến: { $name }.

## Labels: headers, vocabulary codes and fixed words
label-periodic = định kỳ
label-regular = thường xuyên
label-ad-hoc = đột xuất
label-in-person = trực tiếp
label-online = trực tuyến
label-party-secretary = Bí thư cấp ủy
label-council-chair = Chủ tịch HĐND
label-committee-chair = Chủ tịch UBND
label-health = lý do sức khỏe
label-urgent-duty = công tác đột xuất
label-city = cấp tỉnh, thành phố
label-district = cấp quận, huyện
label-commune = cấp xã, phường
label-planned = dự kiến
label-announced = đã thông báo
label-held = đã tổ chức
label-stopped = đã dừng
label-concluded = đã có kết luận
label-closed = đã hoàn thành
label-cancelled = đã hủy
label-registered = đã đăng ký
label-spoke = đã phát biểu
label-refused = bị từ chối
label-withdrawn = đã rút
label-no-civil-capacity = không đủ năng lực hành vi dân sự
label-disorder = gây rối trật tự công cộng
label-honorific = danh xưng
label-mr = Ông
label-ms = Bà
label-non-constructive = không vì mục đích xây dựng
label-briefing = thông tin tình hình
label-draft-consultation = góp ý dự thảo
label-implementation = thực hiện chính sách
label-cadre-conduct = tác phong cán bộ
label-petition = kiến nghị
label-other = khác
label-urgent = khẩn
label-high = cao
label-normal = thường
label-open = chưa xử lý
label-answered = đã trả lời tại hội nghị
label-out-of-scope = không thuộc phạm vi
label-assigned = đã giao
label-extended = gia hạn
label-responded = đã trả lời bằng văn bản
label-forwarded = đã chuyển cấp có thẩm quyền
label-complaint = khiếu nại
label-denunciation = tố cáo
label-holiday = ngày nghỉ
label-workday = ngày làm bù
label-official = chính thức
label-provisional = tạm tính (theo luật)
label-office = đơn vị
label-office_override = đơn vị quyết định
label-unconfirmed = chưa xác nhận (không tính)
label-organisation = tổ chức
label-agency = Cơ quan
label-individual = cá nhân
label-id = Mã
label-date = Ngày
label-weekday = Thứ
label-name = Tên
label-kind = Loại
label-source = Nguồn
label-layer = Tình trạng
label-title = Tiêu đề
label-status = Trạng thái
label-chair = Chủ trì
label-form = Hình thức
label-order = STT
label-speaker = Người phát biểu
label-organisation_or_address = Tổ chức / địa chỉ
label-topic = Nội dung đăng ký
label-session = Hội nghị
label-row_answered = Trả lời tại hội nghị
label-row_out_of_scope = Không thuộc phạm vi
label-row_responded = Trả lời bằng văn bản
label-row_forwarded = Chuyển cấp có thẩm quyền
label-row_extended = Thông báo thời hạn (R12)
label-content = Nội dung
label-category = Nội dung (Điều 5)
label-priority = Mức độ
label-due = Hạn
label-standing = Tình trạng hạn
label-contact = Liên hệ
label-when = Thời điểm
label-clerk = Cán bộ
label-action = Thao tác
label-record = Bản ghi
label-named_item = Tên việc
label-changes = Thay đổi
label-day = Ngày
label-count = Số lượng
label-day_number = Ngày thứ
label-working = ngày làm việc
label-weekend = nghỉ cuối tuần
label-responsible = Người chịu trách nhiệm
label-late = Trễ / còn
label-record_id = Bản ghi
label-field = Lĩnh vực
label-notice = Thông báo kết luận
label-venue = Địa điểm / đường dẫn
label-host = Đơn vị tổ chức
label-level = Cấp
label-secretary = Thư ký
label-topics = Chủ đề
label-deputy = Cấp phó được ủy quyền
label-announcement = Thông báo công khai
label-invitations = Giấy mời
label-registrations = Người đăng ký phát biểu (theo thứ tự)
label-opinions = Ý kiến, kiến nghị
label-opinion = Ý kiến
label-registration = Đăng ký phát biểu
label-deadlines = Thời hạn
label-flags = Lưu ý
label-history = Lịch sử
label-none = không có
label-legend = Chú thích
label-speakers = Người phát biểu
label-announce = thông báo công khai
label-send-invitations-for = gửi giấy mời cho
label-delegate-the-chair-of = ủy quyền chủ trì
label-hold = tổ chức
label-stop = dừng
label-cancel = hủy
label-register-a-speaker-for = đăng ký phát biểu cho
label-add-an-opinion-to = thêm ý kiến cho
label-issue-a-conclusion-notice-for = ban hành thông báo kết luận cho
label-correct-the-conclusion-notice-of = đính chính thông báo kết luận của
label-refuse = từ chối
label-mark-as-spoken = ghi nhận đã phát biểu
label-withdraw = rút đăng ký
label-change = thay đổi
label-act-on = xử lý
label-record-an-answer-at-the-session-for = ghi nhận trả lời tại hội nghị cho
label-answer = trả lời
label-route-out-of-scope = chuyển ra ngoài phạm vi
label-assign = giao
label-record-a-written-answer-for = ghi nhận trả lời bằng văn bản cho
label-forward = chuyển cấp có thẩm quyền
label-extend = gia hạn
label-of-a-cancelled-session = thuộc hội nghị đã hủy
label-for-a-cancelled-session = thuộc hội nghị đã hủy
label-of-a-session-not-yet-held = thuộc hội nghị chưa tổ chức
label-its-session-is-not-cancelled = hội nghị chưa bị hủy
label-the-session-has-been-held = hội nghị đã được tổ chức
label-the-written-answer = văn bản trả lời
label-the-conclusion-notice = thông báo kết luận
label-the-session = ngày hội nghị
label-the-forwarding = văn bản chuyển
label-the-timeline-notice = thông báo thời hạn
label-the-new-target-date = thời hạn mới
label-the-routing-out-of-scope = việc chuyển ra ngoài phạm vi đối thoại
label-the-reassignment = việc chuyển cơ quan chủ trì
label-the-last-reassignment = lần chuyển cơ quan chủ trì trước
label-outcome = Kết quả xử lý
label-answered-at-session = trả lời tại hội nghị
label-out-of-scope-complaint = không thuộc phạm vi: khiếu nại
label-out-of-scope-denunciation = không thuộc phạm vi: tố cáo
label-answered-on-time = trả lời bằng văn bản đúng hạn
label-answered-late = trả lời bằng văn bản trễ hạn
label-still-open = đang xử lý, chưa đến hạn
label-overdue = quá hạn chưa trả lời
label-rule = Quy tắc
label-reschedule = dời lịch
label-check = Kiểm tra
label-detail = Chi tiết
label-the-office = đơn vị
label-office_record = Đơn vị
label-standard = thông thường
label-clear-days = trọn 7 ngày
label-yes = có
label-no = không
label-session-kind = loại hội nghị
label-session-form = hình thức hội nghị
label-delegation-reason = lý do ủy quyền
label-refusal-reason = lý do từ chối
label-out-of-scope-kind = loại không thuộc phạm vi
label-announcement-reading = cách tính hạn thông báo
label-session-status = trạng thái hội nghị
label-opinion-status = trạng thái ý kiến
label-registration-status = trạng thái đăng ký
label-invitee-kind = loại khách mời
label-plan = lập kế hoạch
label-invite = mời
label-delegate = ủy quyền chủ trì
label-register = đăng ký phát biểu
label-add = thêm
label-respond = trả lời bằng văn bản
label-issue = ban hành
label-conclude = kết luận
label-close = hoàn thành
label-reopen = mở lại
label-recompute-deadline = tính lại hạn
label-init = khởi tạo
label-update = cập nhật
label-add-holiday = thêm ngày nghỉ
label-add-workday = thêm ngày làm bù
label-remove = xóa
label-edit = sửa
label-correct = ban hành bản đính chính
label-import = nhập
label-uninvite = rút giấy mời
label-reassign = chuyển cơ quan
label-rename = đổi tên
label-merge = gộp
label-merge-agency = gộp cơ quan
label-undo = hoàn tác
label-restore = khôi phục
label-disclose-protected = xem tên được bảo vệ
label-pending = đang chờ
label-the-corrected-notice = thông báo đính chính
label-the-notice-it-corrects = thông báo được đính chính
label-rescheduled = đã dời lịch
label-reason = lý do
label-uninvited = đã rút giấy mời
label-delegated = đã ghi cấp phó chủ trì
label-year = Năm
label-chair-role = Người chủ trì
label-periodic-planned = Định kỳ theo kế hoạch
label-periodic-held = Định kỳ đã tổ chức
label-verdict = Đánh giá
label-the-announcement = thông báo
label-the-R10-due-date = hạn trả lời R10
label-the-first-timeline-notice = thông báo gia hạn lần đầu
label-forwarded-on-time = chuyển cấp có thẩm quyền đúng hạn
label-forwarded-late = chuyển cấp có thẩm quyền trễ hạn
label-not-assigned = chưa giao xử lý
label-no-field = (chưa ghi lĩnh vực)
label-explanation = Giải thích

## Column headings of workbooks and printed pages
column-undo_of = Hoàn tác lệnh số
column-id = Mã
column-date = Ngày
column-start_time = Giờ bắt đầu
column-title = Tên hội nghị
column-kind = Loại
column-form = Hình thức
column-level = Cấp
column-host_unit = Đơn vị chủ trì
column-chair_role = Chức danh chủ trì
column-chair_name = Người chủ trì
column-deputy_name = Cấp phó chủ trì
column-delegation_reason = Lý do ủy quyền
column-status = Trạng thái
column-announce_due = Hạn thông báo (Điều 7 khoản 2)
column-announced_on = Ngày thông báo
column-held_on = Ngày tổ chức
column-conclusion_due = Hạn thông báo kết luận (Điều 10 khoản 1)
column-topics = Nội dung
column-session_id = Hội nghị
column-speaking_order = Thứ tự phát biểu
column-name = Tên
column-organisation = Tổ chức
column-address = Địa chỉ
column-topic = Nội dung đăng ký
column-refusal_reason = Lý do từ chối
column-registration_id = Mã đăng ký
column-speaker = Người phát biểu
column-content = Nội dung ý kiến
column-category = Nội dung theo Điều 5
column-priority = Mức độ
column-field = Lĩnh vực
column-agency = Cơ quan
column-due_date = Hạn
column-due_rule = Căn cứ hạn
column-deadline_state = Tình trạng hạn
column-days = Số ngày
column-responded_on = Ngày trả lời
column-response_doc = Số văn bản trả lời
column-forwarded_to = Chuyển đến
column-forwarded_on = Ngày chuyển
column-extended_until = Thời hạn mới
column-official_days = Số ngày trong lịch nghỉ chính thức
column-out_of_scope_as = Không thuộc phạm vi (loại)
column-at = Thời điểm (giờ Việt Nam)
column-clerk = Cán bộ
column-command = Lệnh
column-record_kind = Đối tượng
column-merged_into = Gộp vào
column-record_id = Mã đối tượng
column-named_item = Tên việc
column-action = Thao tác
column-before = Trước
column-after = Sau
column-reason = Lý do
column-notice_id = Mã thông báo
column-version = Lần ban hành
column-doc_number = Số văn bản
column-issued_on = Ngày ban hành
column-signer = Người ký
column-replaced_by = Được thay bằng
column-opinion_id = Mã ý kiến
column-rule = Quy định
column-due = Hạn
column-state = Tình trạng
column-unit = Đơn vị tính
column-responsible = Người/cơ quan chịu trách nhiệm
column-year = Năm
column-periodic_planned = Định kỳ theo kế hoạch
column-periodic_held = Định kỳ đã tổ chức
column-verdict = Đánh giá
column-contact = Liên hệ
column-assigned = Đã giao
column-pending = Đang chờ
column-weekday = Thứ
column-source = Căn cứ
column-counted = Được tính
column-layer = Nguồn
column-check = Kiểm tra
column-detail = Chi tiết
column-section = Phần
column-item = Mục
column-metric = Chỉ tiêu
column-value = Giá trị
column-done_on = Ngày thực hiện
column-received = Tiếp nhận
column-handled = Đã xử lý
column-month = Tháng
column-total = Tổng
column-count = Số lượng
column-on_time = Đúng hạn
column-late = Trễ hạn
column-open_overdue = Chưa xong, quá hạn
column-open_not_due = Chưa xong, chưa đến hạn
column-on_time_rate = Tỷ lệ đúng hạn
column-answered_on_time = Trả lời đúng hạn
column-answered_late = Trả lời trễ hạn
column-forwarded_on_time = Chuyển đúng hạn
column-forwarded_late = Chuyển trễ hạn
column-r10_missed = Trễ hạn R10 trước khi gia hạn, chuyển giao
column-extended = Gia hạn (vấn đề phức tạp)
column-carried_over = Kỳ trước chuyển sang
column-routed_out = Chuyển ra ngoài phạm vi
column-record = Tên việc
column-open = Chưa xong
column-overdue = Quá hạn
column-median_working_days = Trung vị ngày làm việc
column-announcement_reading = Cách hiểu hạn thông báo
column-saturdays_count = Tính thứ Bảy
column-settings_effective_from = Áp dụng từ
column-announce_channel = Nơi thông báo
column-cancel_reason = Lý do hủy
column-secretary = Thư ký
column-stop_reason = Lý do dừng
column-venue = Địa điểm
column-invitee_kind = Loại khách mời
column-agency_id = Mã cơ quan
column-answer_summary = Nội dung trả lời tại hội nghị
column-answered_by = Người trả lời
column-closed_on = Ngày kết thúc
column-due_from = Ngày bắt đầu tính hạn
column-extension_agency = Cơ quan (thông báo thời hạn)
column-extension_doc = Văn bản thông báo thời hạn
column-extension_notified_on = Ngày thông báo thời hạn
column-forward_doc = Văn bản chuyển
column-out_of_scope_note = Ghi chú không thuộc phạm vi
column-response_due = Hạn trả lời (Điều 10 khoản 2)
column-response_summary = Tóm tắt trả lời
column-note = Ghi chú
column-created_at = Thời điểm tạo
column-registered_at = Thời điểm đăng ký
column-removed = (đã xóa)
column-office = Đơn vị
column-file = Tệp
column-place = Địa danh
column-signer_name = Người ký
column-signer_title = Chức vụ người ký
column-signer_authority = Thẩm quyền ký
column-issuing_body = Cơ quan ban hành
column-governing_body = Cơ quan chủ quản
column-doc_code = Ký hiệu văn bản
column-deputy_names = Các Phó Chủ tịch
column-report_recipients = Nơi nhận báo cáo
column-backup = Bản sao lưu
column-previous_kept_as = Tệp trước được giữ tại
column-reassigned_on = Ngày chuyển giao
column-sessions_held = Hội nghị đã tổ chức
column-sessions_stopped = Bị dừng
column-sessions_cancelled = Bị hủy
column-sessions_not_yet_held = Chưa tổ chức
column-registrations = Người đăng ký phát biểu
column-opinions = Ý kiến, kiến nghị
column-r4_on_time = Thông báo đúng hạn
column-r4_late = Thông báo trễ
column-r4_open_overdue = Thông báo quá hạn
column-r4_on_time_rate = Tỷ lệ thông báo đúng hạn (Điều 7.2)
column-r9_on_time = Kết luận đúng hạn
column-r9_late = Kết luận trễ
column-r9_open_overdue = Kết luận quá hạn
column-r9_on_time_rate = Tỷ lệ kết luận đúng hạn (Điều 10.1)
column-r10_on_time = Trả lời đúng hạn
column-r10_late = Trả lời trễ
column-r10_open_overdue = Trả lời quá hạn
column-r10_on_time_rate = Tỷ lệ trả lời đúng hạn (Điều 10.2)
column-late_items = Việc trễ hạn, quá hạn
column-all_offices = Toàn thành phố
column-city_report = Đối thoại của các xã, phường

## Words of printed pages and workbooks
page-report_title = Báo cáo kết quả tiếp xúc, đối thoại trực tiếp với Nhân dân
page-report_basis = Theo Điều 10 khoản 3 và Điều 11 của Quy chế (Quyết định 2200/QĐ-TU năm 2017)
page-summary = Tổng hợp
page-sessions = Hội nghị
page-opinions = Ý kiến, kiến nghị
page-by_field = Theo lĩnh vực
page-by_outcome = Theo kết quả
page-by_category = Theo nội dung (Điều 5)
page-agencies = Cơ quan (xếp theo mức độ trễ hạn)
page-late_items = Việc trễ hạn và quá hạn
page-agency_overdue = Quá hạn theo cơ quan
page-compliance = Việc thực hiện thời hạn
page-compliance_year = Tỷ lệ đúng hạn theo quý trong năm
page-trend = Ý kiến tiếp nhận và đã xử lý theo tháng
page-agency_rates = Tỷ lệ đúng hạn của từng cơ quan
page-field_outcomes = Ý kiến theo lĩnh vực và kết quả
page-figure_numbers = Số liệu của biểu đồ
page-no_data = Không có số liệu trong kỳ.
page-handled_on_time = Xử lý đúng hạn
page-handled_late = Xử lý trễ hạn
page-at_session = Trả lời tại hội nghị
page-out_of_scope = Không thuộc phạm vi (khiếu nại, tố cáo)
page-still_open = Chưa xong, chưa đến hạn
page-not_assigned = Chưa giao
page-overdue = Chưa xong, quá hạn
page-sessions_held = Hội nghị đã tổ chức
page-sessions_stopped = trong đó bị dừng
page-sessions_cancelled = Hội nghị bị hủy
page-sessions_planned = Hội nghị chưa tổ chức
page-registrations = Người đăng ký phát biểu
page-opinions_total = Ý kiến, kiến nghị tiếp nhận
page-opinions_handled = Ý kiến đã xử lý trong kỳ
page-office_level = Cấp
page-period = Kỳ báo cáo
page-as_of = Số liệu tính đến
page-announcements = Thông báo công khai trước 07 ngày (Điều 7 khoản 2)
page-conclusion_notices = Thông báo kết luận trong 10 ngày làm việc (Điều 10 khoản 1)
page-written_answers = Trả lời bằng văn bản trong 30 ngày làm việc (Điều 10 khoản 2)
page-quarter = Quý
page-no_field = (chưa ghi lĩnh vực)
page-calendar_name = Hội nghị đối thoại
page-announce_by = Hạn thông báo hội nghị (Điều 7 khoản 2)
page-chair = Chủ trì
page-agencies_list = Cơ quan
page-of_which = Tính thêm (không phải kết quả)
page-legend_r4 = Thông báo (Điều 7 khoản 2)
page-legend_r9 = Kết luận (Điều 10 khoản 1)
page-legend_r10 = Trả lời (Điều 10 khoản 2)
page-days_off = Ngày nghỉ và ngày làm bù
page-history = Nhật ký
page-check = Kiểm tra cơ sở dữ liệu
page-conclusions = Thông báo kết luận và việc giao xử lý

## Sentences
# An R12 target on a day off: the deadline is the next working day.
target_on_day_off = lưu ý: ngày hẹn { $target } là ngày nghỉ; thời hạn là ngày làm việc tiếp theo, { $due } (Bộ luật Dân sự Điều 148 khoản 5)
# The heading of the balance.
balance_title = Giải quyết ý kiến, kiến nghị
# The heading of each agency's overdue opinions at the end of a period.
agency_overdue_title = Ý kiến quá hạn cuối kỳ, theo cơ quan
# An .xls workbook, which cannot be measured before it is read whole.
old_excel = { $path } là sổ tính Excel 97-2003 (.xls), phải đọc toàn bộ mới biết kích thước (vài KB có thể đòi hàng GB bộ nhớ); chấp nhận: .xlsx, .ods hoặc .csv — mở bằng Excel hoặc LibreOffice rồi lưu thành .xlsx
# A write command whose change was committed but whose confirmation could not be printed.
saved_but_not_confirmed = lệnh ĐÃ thực hiện xong (đã lưu vào cơ sở dữ liệu hoặc đã ghi tệp); chỉ thiếu dòng xác nhận — { $cause }
empty_db_setting = đường dẫn cơ sở dữ liệu trống; chấp nhận: đường dẫn tệp cơ sở dữ liệu của đơn vị, ví dụ /srv/ubnd/doithoai.db (`doithoai cau-hinh bo db` để bỏ thiết lập)
# A language to set (`config set lang`) that the interface does not speak, once the interface's
# own language is known.
not_a_language = '{ $value }' không phải ngôn ngữ giao diện; chấp nhận: en, vi
# A yes/no argument that is neither.
not_yes_no = '{ $value }' không phải có hay không; chấp nhận: có, không (hoặc true, false)
# A speaker named neither by id nor by SESSION/ORDER.
not_a_speaker_ref = '{ $value }' không phải người phát biểu; chấp nhận: mã (12) hoặc HỘI-NGHỊ/THỨ-TỰ (2/1: người phát biểu thứ nhất của hội nghị 2)
# An `--assign` value that is not OPINION=AGENCY.
not_an_assignment = '{ $value }' không phải phép giao; chấp nhận: Ý_KIẾN=CƠ_QUAN, ví dụ 12="Phòng Quản lý đô thị"
# Note on stderr when a calendar command runs without a database.
national_calendar_only = lưu ý: không có cơ sở dữ liệu tại { $path }: chỉ dùng lịch quốc gia, chưa có ngày nghỉ riêng hay thứ Bảy của cơ quan
# Note printed on stderr when an agency is created on first use.
created_agency = lưu ý: đã tạo cơ quan { $id } "{ $name }" (lần đầu sử dụng)
# Warning for a database on a network filesystem (SPEC §6).
network_filesystem = cảnh báo: { $path } nằm trên ổ mạng; WAL của SQLite cần ổ cục bộ — để tệp chính trên máy, sao lưu lên ổ mạng
bad_count = '{ $value }' không phải số ngày; chấp nhận: số nguyên từ 0 đến 10000
deadline_usage = chấp nhận: --from NGÀY --working-days N, --from NGÀY --days N, hoặc --before NGÀY --days N
range_backwards = --to { $to } sớm hơn { $from }; chấp nhận: ngày từ ngày đầu trở đi
initialised = đã thiết lập "{ $office }" trong { $path }
# Warning that a year's days off are computed, not announced.
provisional_year = lưu ý: năm { $year } chưa có lịch nghỉ chính thức; ngày nghỉ được tính theo Bộ luật Lao động và chỉ là tạm tính (khi có thông báo, nhập bằng `doithoai lich nhap TỆP`, hoặc `doithoai lich them-ngay-nghi NGÀY --name TÊN` / `doithoai lich them-ngay-lam NGÀY --name TÊN`)
trigger_word = mốc
grid_legend = Chú thích: * ngày nghỉ   + ngày làm bù   . cuối tuần
override_removed = đã xóa điều chỉnh riêng của đơn vị cho ngày { $day }
agency_exists = cơ quan "{ $name }" đã có; xem `doithoai co-quan danh-sach`
host_missing = chưa có đơn vị tổ chức: dùng --host, hoặc thiết lập cơ quan bằng `doithoai khoi-tao --office TÊN`
session_changed = hội nghị { $id }: { $what_word }
# The date row of a session held on another day than planned: "20/11/2026 (tổ chức 09/11/2026)".
planned_but_held = { $planned } (tổ chức { $held })
no_override = đơn vị không có ngày nghỉ hay ngày làm bù riêng vào { $day }; chỉ xóa được ngày đã thêm bằng `doithoai lich them-ngay-nghi NGÀY --name TÊN` hoặc `doithoai lich them-ngay-lam NGÀY --name TÊN` (ngày nghỉ quốc gia không xóa được)
nobody_invited = chưa có ai để mời; dùng --organisation, --agency, --individual (có thể lặp lại)
invited = hội nghị { $id }: đã ghi { $added } giấy mời
ad_hoc_no_announcement = hội nghị đột xuất: không bắt buộc thông báo trước (Điều 7.2.3)
delegated_flag = cấp phó { $deputy } chủ trì ({ $reason }) — Điều 2.1
stopped_flag = chủ trì dừng hội nghị: { $reason } (Điều 8.5; tính là đã tổ chức)
late_extension_flag = Ý kiến { $opinion }: thông báo thời hạn gửi trễ { $days } ngày làm việc so với hạn R10 (R12)
as_of = (tính đến { $today })
# A speaker recorded as having spoken at a held session without registering before it.
recorded_as_spoken = đã ghi người phát biểu { $id } đã phát biểu tại hội nghị { $session }: số thứ tự { $order }
registered = đã đăng ký phát biểu { $id } cho hội nghị { $session }: số thứ tự { $order }
registration_changed = người phát biểu { $id }: { $status }
speaker_of_other_session = người phát biểu { $speaker } đăng ký ở hội nghị { $their }, không phải { $this }; xem `doithoai phat-bieu danh-sach { $this }`
opinion_of_refused_speaker = người phát biểu { $speaker } ({ $name }) đã bị từ chối đối thoại (Điều 9 khoản 1, R7): không ghi ý kiến của người này tại hội nghị; chấp nhận: người phát biểu không bị từ chối (xem `doithoai phat-bieu danh-sach { $session }`), hoặc ghi ý kiến không kèm --speaker
opinion_added = đã ghi ý kiến { $id } cho hội nghị { $session }
opinion_changed = ý kiến { $id }: { $status }
no_notice = hội nghị { $session } chưa có thông báo kết luận; ban hành bằng `doithoai ket-luan ban-hanh { $session } --on NGÀY --doc SỐ --signer NGƯỜI-KÝ --agency CƠ-QUAN`
notice_exists = hội nghị { $session } đã có thông báo kết luận { $doc }; muốn ban hành văn bản thay thế, thêm --replace
assignment_not_in_session = ý kiến { $opinion } không thuộc hội nghị { $session }; xem `doithoai y-kien danh-sach --session { $session }`
opinion_assigned_twice = ý kiến { $opinion } được giao hai lần bằng --assign ('{ $first }' và '{ $second }'); chỉ chấp nhận một --assign Ý_KIẾN=CƠ_QUAN cho mỗi ý kiến, một cơ quan chủ trì
notice_issued = đã ban hành thông báo kết luận { $doc } của hội nghị { $session } (lần { $version })
# The version of a conclusion notice after its number: "(version 2)", "(lần 2)".
notice_version = (lần { $version }
replaced_word = , đã được thay thế
agency_added = đã thêm cơ quan { $id } "{ $name }"
overdue_summary = { $overdue } việc quá hạn, { $due_soon } việc sắp đến hạn, tính đến { $as_of }
period_missing = chưa chọn kỳ báo cáo; chấp nhận: --from NGÀY --to NGÀY, --month 12/2026, --quarter 2026-Q4, --half 2026-H2 hoặc --year 2026
# "12 opinions received, 9 handled within the period" (Art. 11).
received_and_handled = { $received } ý kiến tiếp nhận, { $handled } ý kiến đã xử lý trong kỳ
period_title = Kết quả tiếp xúc, đối thoại { $from } – { $to } (tính đến { $as_of })
online_needs_link = hội nghị trực tuyến cần đường liên kết hoặc nền tảng: dùng --venue, ví dụ --venue "https://meet.hanoi.gov.vn/ubnd-hoang-mai"
# What stands in a list or an export for a protected denouncer's name.
protected_identity = {"["}được bảo vệ: tố cáo]
speaker_name_is_a_mask = họ tên một người, không phải chữ danh sách ghi thay tên người tố cáo được bảo vệ (tên trong ngoặc vuông)
# Appended to an opinion's standing when its R12 timeline notice came after the R10 due date.
r10_breach_marker = ; trễ hạn R10
merge_into_itself = không thể gộp '{ $name }' vào chính nó; hãy chọn hai cơ quan khác nhau
agency_renamed = đã đổi tên cơ quan { $id } thành "{ $name }" (tên cũ vẫn tìm được)
agencies_merged = đã gộp "{ $from }" vào "{ $into }": chuyển { $moved } ý kiến; tên cũ vẫn tìm được
confirm_merge = Gộp cơ quan '{ $from }' vào '{ $into }'? Mọi ý kiến, phân công và giấy mời sẽ chuyển sang
rename_office = đây là cơ sở dữ liệu của '{ $old }': đổi tên đơn vị thành '{ $new }'? Mọi báo cáo và văn bản lập từ tệp này sẽ mang tên mới
restore_other_office = { $backup } là bản sao lưu của '{ $backup_office }', không phải của '{ $live_office }': thay cơ sở dữ liệu của '{ $live_office }' bằng bản này?
needs_yes = { $question } — cần xác nhận: thêm --yes (không hỏi khi không chạy tại cửa sổ lệnh)
not_confirmed = chưa xác nhận; không thay đổi gì
nothing_to_edit = không có gì để sửa; hãy cho ít nhất một trong { $fields }
record_edited = đã sửa { $record_word } { $id } (trước → sau ghi trong nhật ký)
not_invited = '{ $name }' không có trong danh sách mời của hội nghị { $session }; xem `doithoai hoi-nghi xem { $session }`
reassign_needs_assigned = ý kiến { $id } đang ở trạng thái { $status }; chỉ ý kiến đã giao hoặc gia hạn mới chuyển được cơ quan
confirm_cancel = Hủy hội nghị { $id }? Đăng ký và ý kiến vẫn giữ, nhưng hội nghị sẽ không được tổ chức
confirm_replace = Ban hành thông báo kết luận đính chính cho hội nghị { $session }? Thông báo đầu vẫn lưu trong nhật ký
opinion_reassigned = ý kiến { $id } chuyển sang { $agency }; hạn R10 giữ nguyên
nothing_to_undo = { $clerk } không còn lệnh nào để hoàn tác
undo_contradicts = không hoàn tác được: { $record_word } { $id } đã được { $clerk } thay đổi sau đó lúc { $at } (`{ $command }`); hãy xử lý lệnh đó trước
undo_blocked_by_dependents = không hoàn tác việc tạo { $record_word } { $id }: đã có bản ghi khác dựa vào nó (hãy xử lý các bản ghi đó trước)
confirm_undo = Hoàn tác lệnh `{ $command }` lúc { $at } ({ $steps } bản ghi)?
undone = đã hoàn tác `{ $command }` ({ $steps } bản ghi được đưa về như trước lệnh; cả hai đều lưu trong nhật ký)
district_abolished = không còn cấp quận, huyện vào { $day }: chính quyền địa phương hai cấp từ 01/07/2025 (tỉnh, thành phố và xã, phường); chấp nhận: --level tỉnh hoặc xã
no_config_dir = không có thư mục nhà để lưu tệp cấu hình; đặt DOITHOAI_CONFIG là đường dẫn tệp
config_key = '{ $key }' không phải mục cấu hình; chấp nhận: { $keys }
config_saved = đã lưu vào { $path }
output_format_needed = hãy chọn định dạng ghi vào { $path }: dùng --format (table, csv, json, xlsx, html, ics, docx hoặc md, tùy lệnh), hoặc đặt tên tệp có đuôi .csv, .json, .xlsx, .html, .ics, .docx hay .md
document_needs_office = chưa có thông tin đơn vị; chấp nhận: chạy `doithoai khoi-tao --office TÊN` trước
nobody_to_invite = hội nghị { $session } chưa có ai được mời; ghi trước bằng `doithoai hoi-nghi moi { $session } --organisation TÊN`
minutes_before_held = hội nghị { $session } chưa tổ chức; ghi nhận trước bằng `doithoai hoi-nghi to-chuc { $session }`
notice_before_issued = hội nghị { $session } chưa có thông báo kết luận; ban hành trước bằng `doithoai ket-luan ban-hanh { $session } --on NGÀY --doc SỐ --signer NGƯỜI-KÝ --agency CƠ-QUAN`
# `doc forward` for an opinion not forwarded.
forward_before_recorded = ý kiến { $opinion } chưa được chuyển; ghi trước bằng `doithoai y-kien chuyen { $opinion } --to CƠ-QUAN --on NGÀY --doc SỐ`
# `doc timeline` for an opinion with no timeline notice recorded.
timeline_before_recorded = ý kiến { $opinion } chưa ghi thông báo thời hạn giải quyết; ghi trước bằng `doithoai y-kien gia-han { $opinion } --notified-on NGÀY --until NGÀY --agency CƠ-QUAN --doc SỐ`
answer_before_recorded = ý kiến { $opinion } chưa ghi văn bản trả lời; ghi trước bằng `doithoai y-kien tra-loi { $opinion } --on NGÀY --doc SỐ --summary NỘI-DUNG`
document_written = đã soạn { $path } ({ $pages } văn bản)
output_exists = { $path } đã có; chấp nhận: --output khác, hoặc --force để thay
no_libreoffice = --pdf cần LibreOffice (soffice) để chuyển .docx; chấp nhận: cài LibreOffice (Debian/Ubuntu: `sudo apt-get install libreoffice-writer`; Windows: libreoffice.org), hoặc bỏ --pdf
pdf_failed = LibreOffice không chuyển được văn bản: { $detail }
# The reason kept with each record an import created.
imported_from = nhập từ { $file }, dòng { $row }
bad_map = '{ $value }' không phải cách ghép cột; chấp nhận: CỘT=TRƯỜNG, TRƯỜNG là một trong content (nội dung), category (phân loại), priority (mức độ), field (lĩnh vực), speaker (người phát biểu), name (họ và tên), organisation (tổ chức), address (địa chỉ), topic, ignore (bỏ qua)
no_header_row = không tìm thấy dòng tiêu đề; chấp nhận: một dòng ghi tên cột ("Nội dung", "Họ và tên", "Lĩnh vực"…), hoặc --map "CỘT=TRƯỜNG"
no_content_column = không có cột nội dung; chấp nhận: cột tiêu đề "Nội dung" (hoặc "Ý kiến", "content"), hoặc --map "CỘT=content"
no_name_column = không có cột họ tên; chấp nhận: cột tiêu đề "Họ và tên" (hoặc "name"), hoặc --map "CỘT=name"
# A value of the file that a flag or the environment overrides.
config_file_says = {" "}(trong tệp: { $value })
config_source_file = tệp cấu hình
config_source_default = mặc định
config_source_account = tài khoản hệ điều hành
# `doc notice` for a notice signed by someone the configured title does not belong to.
notice_signer_title = thông báo do { $signer } ký, không phải { $configured } ({ $title }): hãy cho chức vụ người ký của văn bản này bằng --signer-title (và --signer-authority, ví dụ "KT. CHỦ TỊCH")
# `doc report` with nobody to send it to: the bodies are named in the settings, never "cấp trên".
report_recipients_missing = chưa ghi nơi nhận báo cáo; chấp nhận: ghi một lần bằng `doithoai khoi-tao --report-recipients "UBND thành phố Hà Nội; Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Hà Nội"`
# A reassignment to the agency already in charge.
already_with = ý kiến { $opinion } đã do { $agency } chủ trì: không có gì thay đổi
# A report asked for a day after today: a forecast, said on stderr.
as_of_after_today = lưu ý: --as-of { $day } sau ngày hôm nay ({ $today }): đây là dự báo, giả định đến ngày đó không có thêm việc gì được thực hiện
# A city's file that holds the same office as another (a copy or a backup): counted once.
same_office = cùng một đơn vị với { $kept } (bản sao hoặc bản sao lưu; chỉ tính một lần, theo tệp có nhật ký mới hơn)
unreadable_table = không đọc được bảng: { $detail }
category_needed = phân loại theo Điều 5 ở dòng này, hoặc --category cho mọi dòng không ghi
columns_not_read = lưu ý: các cột không đọc: { $columns } (dùng --map "CỘT=TRƯỜNG" để đọc)
open_quote = { $file }: dấu ngoặc kép mở ở dòng { $row } không được đóng; chấp nhận: tệp có ngoặc kép đóng đủ (lưu lại từ Excel)
not_a_table = { $file } không phải bảng doithoai đọc được; chấp nhận: .csv, .xlsx, .ods
other_sheets = lưu ý: đã đọc trang tính đầu tiên "{ $read }"; không đọc: { $others } (đặt trang cần nhập lên đầu, hoặc lưu thành tệp riêng)
topic_needed = trống; cần ghi nội dung đăng ký phát biểu (Điều 8 khoản 3)
formula_error = một giá trị; ô đang chứa lỗi công thức — sửa trong bảng tính
map_column_missing = --map gọi cột '{ $column }' không có trong dòng tiêu đề; chấp nhận: { $headers }
column_twice = cột "{ $first }" và "{ $second }" cùng là một trường; chấp nhận: --map "{ $second }=ignore" (hoặc trường khác)
decoded_from = lưu ý: tệp được đọc theo bảng mã { $encoding } (không phải UTF-8); kiểm tra các tên dưới đây
would_import = dòng { $row }: sẽ tạo "{ $what }"
import_problem = dòng { $row }, cột "{ $column }": '{ $value }' — { $accepted }
by_accepted = '{ $value }' không phải cách nhóm; chấp nhận: co-quan (agency)
record_kind_accepted = '{ $value }' không phải loại đối tượng; chấp nhận: don-vi, co-quan, hoi-nghi, dang-ky, y-kien, ket-luan, lich (hoặc office, agency, session, registration, opinion, conclusion, calendar)
bad_time = '{ $value }' không phải giờ; chấp nhận: 08:00, 8:00, 8h, 8h30, 8g30, 8 giờ 30 (phút)
bad_date = '{ $value }' không phải ngày; chấp nhận: 05/02/2027, 2027-02-05 hoặc ô ngày của Excel
bad_moment = '{ $value }' không phải thời điểm; chấp nhận: ngày giờ kèm múi giờ (RFC 3339), ví dụ 2026-06-16T08:00:00+07:00
schedule_columns = lịch nghỉ cần các cột date, kind, name, source (như data/vn-days-off.csv; hoặc tiêu đề tiếng Việt: ngày, loại, tên, căn cứ)
schedule_year_range = một ngày từ năm 1900 đến 2100
schedule_kinds = holiday (ngày nghỉ) hoặc workday (ngày làm bù)
schedule_duplicate = mỗi ngày chỉ một dòng
schedule_problems = { $n } dòng của lịch nghỉ có lỗi (liệt kê ở trên); chưa nhập gì
schedule_empty = lịch nghỉ không có ngày nào; chấp nhận: mỗi ngày nghỉ hoặc làm bù một dòng
workday_on_weekday = ngày làm bù vào thứ Bảy hoặc Chủ nhật (ngày thường vốn là ngày làm việc)
year_has_official = năm { $year } đã có lịch nghỉ chính thức; chấp nhận: --replace-year để thay (kiểm tra trước bằng --dry-run)
several_databases = --db được cho nhiều lần; chấp nhận: nhiều tệp chỉ với `bao-cao dinh-ky|qua-han|ke-hoach-nam` (báo cáo của thành phố), một tệp cho các lệnh khác
office_skipped = bỏ qua { $file }: { $reason }
pdf_needs_docx = --pdf chuyển từ tệp .docx; chấp nhận: bỏ --format md
format_and_extension_differ = --format { $format } sẽ ghi vào { $path }, nhưng đuôi tệp là định dạng khác; chấp nhận: đặt tên tệp đúng đuôi, hoặc bỏ --format
# `doc announcement` after the session's day, with no announcement on the record.
announcement_after_session = hội nghị { $session } { $state_word } (ngày { $day }) và chưa được thông báo: thông báo phải ra trước hội nghị (Điều 7 khoản 2), không soạn sau; nếu đã thông báo, ghi lại bằng `doithoai hoi-nghi thong-bao { $session } --on NGÀY --channel NƠI`
document_of_cancelled = hội nghị { $session } đã bị hủy; không còn gì để thông báo hay mời
# The guided entry (a command typed without its values, at a terminal): the value asked for.
guided_asking = Cần { $option }: { $help }
# The guided entry: the words of a closed list that are accepted.
guided_choices = chọn: { $words }
# The guided entry after an empty answer to a value without a default.
guided_empty_answer = cần giá trị này (để trống lần nữa thì dừng)
# The guided entry after a pick that is not one of the numbers shown.
guided_pick_number = gõ một trong các số 1–{ $count }
# The guided entry's last word: the whole command line it runs, to learn from.
guided_full_command = Lệnh đầy đủ: { $line }
# Said while LibreOffice converts a drafted document (a few seconds).
converting_to_pdf = đang chuyển { $docx_display } sang PDF bằng LibreOffice…
keys_only_for_sheets = --keys chỉ dùng cho CSV, bảng tính và trang in; chấp nhận: kèm --format csv, xlsx hoặc html (hoặc --output tệp .csv/.xlsx/.html)
format_not_here = lệnh này không xuất được định dạng '{ $format }'; chấp nhận: { $accepted }
binary_to_terminal = tệp { $format } không hiện được trên màn hình; chấp nhận: --output TỆP.{ $format }, hoặc chuyển hướng ra tệp
csv_only_options = --bom, --semicolon và --decimal-comma chỉ dùng cho CSV; chấp nhận: kèm --format csv (hoặc --output tệp .csv)
already_announced = hội nghị { $id } đã được thông báo ngày { $on }; mỗi hội nghị chỉ ghi nhận một lần thông báo
timeline_notices_late = R12: { $n } thông báo gia hạn gửi sau hạn R10 (vẫn tính là trễ hạn R10)
# A value of a workbook or page cell in the reader's words, for the fields whose values are
# codes that `label` alone does not cover (a list of topics, a unit, a verdict, a weekday, a
# yes/no); `None` leaves the cell to the general rules.
# The prefix of a count within another ("of which assigned").
of_which = trong đó
check_ok = { $path }: toàn vẹn dữ liệu, khóa ngoại, thời hạn, thứ tự phát biểu và nhật ký đều đúng
backup_failed_check = đã ghi bản sao { $path } nhưng có { $n } lỗi khi kiểm tra; chạy `doithoai kiem-tra --db { $path }`
backup_done = đã sao lưu vào { $path } và kiểm tra xong
restore_from_itself = { $path } chính là cơ sở dữ liệu đang dùng; hãy chỉ đường dẫn tới tệp sao lưu
restore_bad_backup = bản sao lưu { $path } có { $n } lỗi khi kiểm tra; chưa khôi phục gì — chạy `doithoai kiem-tra --db { $path }` để xem
restore_page_size = bản sao lưu { $path } có trang { $backup } byte, cơ sở dữ liệu đang dùng có trang { $live } byte; chưa khôi phục gì — hãy khôi phục sang tệp mới bằng `doithoai --db MỚI khoi-phuc { $path }` rồi dùng tệp đó
# `--clerk ""` (or an empty `DOITHOAI_CLERK`): the history needs a name.
clerk_empty = tên cán bộ (--clerk hoặc DOITHOAI_CLERK) đang trống; hãy ghi tên mình, ví dụ --clerk "Trần Thị Lan"
# A clerk name refused by the text checks: say where the name came from.
clerk_refused = { $reason } (tên cán bộ lấy từ --clerk, DOITHOAI_CLERK hoặc tài khoản máy)
csv_not_here = --format csv chỉ dùng cho danh sách và báo cáo; ở đây chấp nhận: table, json
no_home_directory = không có thư mục người dùng để đặt cơ sở dữ liệu; hãy cho --db ĐƯỜNG_DẪN hoặc đặt DOITHOAI_DB
empty_text = nội dung trống; hãy ghi nội dung
text_too_long = nội dung { $chars } ký tự là quá dài; ở đây chấp nhận tối đa { $max } (nội dung dài hãy đưa bằng --content-file)
cannot_read_text = không đọc được { $path }: { $cause_io_cause }; chấp nhận: một tệp đọc được, hoặc - để đọc từ đầu vào chuẩn
text_file_too_big = { $path } lớn hơn { $max_bytes } byte; chấp nhận: tệp văn bản tối đa { $max_chars } ký tự
not_utf8_text = { $path } không phải văn bản UTF-8; chấp nhận: tệp văn bản UTF-8
# `what` is a label key (e.g. `content`).
text_and_file = { $what } chỉ đưa một cách: trực tiếp hoặc bằng tệp, không cả hai
text_missing = thiếu { $what_word }; hãy ghi trực tiếp hoặc đưa bằng tệp (- để đọc từ đầu vào chuẩn)
no_answer = không có câu trả lời: { $cause_io_cause }
range_over_a_year = { $from_date } … { $to_date } dài hơn một năm; chấp nhận: khoảng tối đa 366 ngày
not_utf8_path = { $path } không phải đường dẫn UTF-8; chấp nhận: đường dẫn cơ sở dữ liệu bằng UTF-8

## Sentences a function chooses among (words::NAME, in order)
not_found_1 = không có { $record_word } mã { $id }; xem danh sách: `{ $list }`
database_error_1 = { $path } do phiên bản doithoai mới hơn tạo (lược đồ { $found }; bản này hỗ trợ đến { $supported }); tệp được giữ nguyên — hãy nâng cấp doithoai
database_error_2 = { $path } không phải cơ sở dữ liệu doithoai (tệp của chương trình khác, không phải SQLite hoặc bị hỏng); chọn tệp khác bằng --db
database_error_3 = thư mục chứa { $path } không tồn tại; hãy tạo thư mục hoặc chọn --db khác
database_error_4 = { $path } bị tiến trình khác khóa quá thời gian chờ; chưa ghi gì — hãy thử lại
database_error_5 = không ghi được vào { $path } (tệp hoặc thư mục chỉ đọc); chưa ghi gì
database_error_6 = ổ đĩa chứa { $path } đã đầy; chưa ghi gì
database_error_7 = SQLite { $found } quá cũ: doithoai cần 3.51.3 trở lên
database_error_8 = không có cơ sở dữ liệu tại { $path }; tạo mới bằng `doithoai khoi-tao --office TÊN`, hoặc chỉ đúng đường dẫn bằng --db
database_error_9 = { $path } là tệp rỗng, không phải cơ sở dữ liệu doithoai (bản sao bị gián đoạn?); chưa ghi gì — khôi phục bằng `doithoai khoi-phuc BẢN-SAO`, hoặc tạo mới bằng `doithoai khoi-tao --office TÊN`
database_error_10 = { $path } là { $vi }, không phải tệp cơ sở dữ liệu; chỉ đường dẫn tới cơ sở dữ liệu doithoai bằng --db
database_error_11 = { $path } là { $vi }, không phải tệp thông thường: SQLite đặt tệp của mình ở đó; chưa đọc, chưa ghi gì — hãy xóa nó rồi chạy lại lệnh
database_error_12 = { $path } có lược đồ không do doithoai tạo ({ $objects }): trigger hoặc view thêm vào tệp sẽ chạy ở lần ghi sau và có thể phá hủy hồ sơ; tệp không được dùng — hãy dùng bản sao lưu khác, hoặc hỏi người đã sửa tệp
database_error_13 = { $path } dài { $value3 } nhưng chỉ có { $value4 } trên đĩa (tệp thưa); không sao chép — chấp nhận: tệp cơ sở dữ liệu như SQLite ghi ra
database_error_14 = đọc { $path } mất hơn { $seconds } giây (view hoặc truy vấn không dừng?); tệp bị bỏ qua
database_error_15 = { $a } và { $b } là tệp của cùng một đơn vị nhưng hồ sơ khác nhau ở phần lịch sử chung (một tệp đã bị sửa ngoài doithoai); không tính tệp nào — hãy xác định tệp thật rồi lập báo cáo lại không có tệp kia
database_error_16 = { $path } quá lớn để đọc: { $found_vi }; chấp nhận: tối đa { $limit_vi } — hãy chia nhỏ tệp
database_error_17 = lỗi đọc/ghi đĩa với { $path } (mã lỗi mở rộng SQLite { $extended_code }): ổ đĩa có thể đầy hoặc hỏng; thay đổi của lệnh đã được hủy — giải phóng dung lượng hoặc kiểm tra ổ đĩa, rồi chạy `doithoai kiem-tra`
database_error_18 = tệp cơ sở dữ liệu bị hỏng (SQLite báo ảnh đĩa của cơ sở dữ liệu sai cấu trúc), chưa ghi gì; cần một cơ sở dữ liệu còn nguyên vẹn — kiểm tra bản sao lưu gần nhất (`doithoai --db BẢN-SAO-LƯU kiem-tra`), rồi `doithoai khoi-phuc BẢN-SAO-LƯU`
database_error_19 = lỗi cơ sở dữ liệu: { $e }
database_error_20 = { $path }: { $source_io_cause }
item_name_1 = TT { $row } ({ $number }):{" "}
input_not_a_file_1 = { $path } là { $vi }, không phải tệp; chấp nhận: một tệp thông thường (.csv, .xlsx, .ods)
output_error_1 = { $target } chính là cơ sở dữ liệu { $db } (hoặc tệp -wal, -shm, -journal của nó); ghi vào đó sẽ phá hủy dữ liệu — hãy chọn tệp khác
output_error_2 = { $target } là một cơ sở dữ liệu SQLite (bản sao lưu hoặc tệp của đơn vị khác); ghi vào đó sẽ phá hủy dữ liệu — hãy chọn tệp khác
output_error_3 = thư mục { $folder } không tồn tại; hãy tạo thư mục hoặc chọn đường dẫn khác
output_error_4 = { $target } là thư mục; hãy cho tên tệp để ghi kết quả
output_error_5 = { $target } là ổ đĩa, tệp hệ thống hoặc (với bản sao lưu) thiết bị, đường ống, không phải tệp; không bao giờ bị ghi hay thay thế — chấp nhận: tên một tệp (báo cáo còn có thể ghi ra đường ống, màn hình, hoặc - cho đầu ra chuẩn)
output_error_6 = không ghi được kết quả ra { $path }: { $source_io_cause }
bad_config_1 = không đọc được tệp cấu hình { $value1 }: { $cause }
bad_config_2 = { $value1 } không phải tệp cấu hình hợp lệ (trình đọc TOML báo: { $value2 }); chấp nhận các mục: { $keys }, giá trị chữ đặt trong ngoặc kép, ví dụ lang = "vi"
before_event_answer_1 = ngày làm việc cuối cùng: { $last_working } (chính ngày đó)
before_event_answer_2 = ngày làm việc cuối cùng: { $last_working } (ngày { $latest } cơ quan nghỉ)
counting_rule_1 = Cách tính: không tính ngày xảy ra sự kiện, bắt đầu từ ngày tiếp theo (BLDS 2015 Đ147 k2); chỉ tính ngày làm việc; thời hạn kết thúc vào cuối ngày làm việc cuối cùng (Đ148 k1, k6).
counting_rule_2 = Cách tính: ngày theo dương lịch từ ngày tiếp theo (BLDS 2015 Đ147 k2); ngày cuối trùng ngày nghỉ thì kết thúc vào ngày làm việc tiếp theo (Đ148 k5).
counting_rule_3 = Cách tính: không tính ngày diễn ra sự kiện (BLDS 2015 Đ147); ngày nghỉ không làm lùi thời hạn (Đ148 k5 chỉ áp dụng chiều tiến), nên thực hiện chậm nhất vào ngày làm việc cuối cùng trước đó.
provisional_deadlines_1 = lưu ý: các hạn trong năm { $list } là tạm tính — ngày nghỉ của năm đó tính theo Bộ luật Lao động cho đến khi có lịch nghỉ chính thức (`doithoai lich nhap TỆP`, hoặc `doithoai lich them-ngay-nghi NGÀY --name TÊN` / `doithoai lich them-ngay-lam NGÀY --name TÊN`)
provisional_on_paper_1 = Các hạn trong năm { $list } là tạm tính: ngày nghỉ của năm đó tính theo Bộ luật Lao động cho đến khi có lịch nghỉ chính thức.
month_title_1 = Tháng { $month } năm { $year }
deadline_moved_1 = hạn { $rule } của { $shown_record } thay đổi: { $from } → { $to }
override_recorded_1 = đã ghi ngày nghỉ riêng của đơn vị { $span }: { $name }
override_recorded_2 = đã ghi ngày làm việc riêng của đơn vị { $span }: { $name }
opt_date_1 = không (đột xuất)
session_planned_1 = {" "}(ngày nghỉ: thông báo chậm nhất { $s })
session_held_1 = hội nghị { $id } đã tổ chức; hạn thông báo kết luận (R9): { $due }
session_stopped_1 = hội nghị { $id } đã dừng (vẫn tính là đã tổ chức, R7); hạn thông báo kết luận (R9): { $due }
unassigned_opinions_1 = mọi ý kiến chưa xử lý phải được giao cơ quan; chưa giao: { $list }; thêm --assign Ý_KIẾN=CƠ_QUAN hoặc --agency TÊN
deadline_basis_1 = R12: thời hạn theo thông báo ngày { $from }: { $due }
deadline_basis_2 = R10: ngày làm việc thứ 30 sau thông báo ngày { $from } = { $due }; các ngày không tính:
abolished_level_sessions_1 = cảnh báo: hội nghị { $list } ghi cấp quận, huyện — cấp này không còn từ 01/07/2025 (chính quyền địa phương hai cấp); không tính vào kế hoạch của đơn vị
nothing_to_correct_1 = { $record_word } { $id } đã có đúng các giá trị này: không có gì để sửa; chấp nhận: giá trị khác với giá trị đã ghi (xem `{ $show }`)
quarter_label_1 = Quý { $roman }/{ $year }
document_settings_missing_1 = văn bản cần { $list }; chấp nhận: đặt một lần bằng `doithoai khoi-tao { $example }`
not_invited_to_draft_1 = '{ $name }' không có trong danh sách mời của hội nghị { $session }; chấp nhận: { $list }
nothing_of_this_kind_1 = ý kiến { $opinion } không có văn bản này để soạn: { $status_word }
no_written_answer_1 = ý kiến { $opinion } không có văn bản trả lời để soạn: { $status_word }
registered_speakers_1 = người đã đăng ký phát biểu của hội nghị { $session } (chưa có ai: chạy `doithoai phat-bieu nhap HỘI-NGHỊ TỆP` trước), hoặc để trống
registered_speakers_2 = người đã đăng ký phát biểu của hội nghị { $session } ({ $names }), hoặc để trống
signer_not_on_roster_1 = { $name } không phải Chủ tịch ({ $chair }) hay Phó Chủ tịch ({ $deputies }) đã ghi của đơn vị; chấp nhận: một trong số đó, hoặc ghi thay đổi bằng `doithoai khoi-tao --chair-name … --deputy-names "…; …"`
signer_title_disagrees_1 = { $name } ký với chức vụ { $expected }, không phải { $given }; chấp nhận: --signer-title "{ $expected }" (hoặc bỏ trống)
signer_title_disagrees_2 = { $name } ký với chức vụ { $expected }, không phải { $given } (chức vụ người ký đã thiết lập); chấp nhận: `doithoai khoi-tao --signer-title "{ $expected }"`, hoặc ghi Chủ tịch và các Phó Chủ tịch bằng --chair-name và --deputy-names
ambiguous_speaker_1 = một người đã đăng ký; có nhiều người trùng tên (thứ tự { $list }): ghi rõ người nào, ví dụ kèm địa chỉ
import_summary_1 = { $file }: sẽ tạo { $created }, { $already } dòng đã có; chưa ghi gì (chạy thử)
import_summary_2 = { $file }: { $p } dòng có lỗi; chưa ghi gì — sửa rồi nhập lại ({ $created } sẽ được tạo, { $already } dòng đã có)
import_summary_3 = { $file }: đã tạo { $created }, { $already } dòng đã có
schedule_change_1 = + { $date } { $k }: { $n }
schedule_change_2 = - { $date } không còn là { $k }: { $n }
schedule_change_3 = ~ { $date } { $k0 }: { $n0 } → { $k1 }: { $n1 }
schedule_summary_1 = lịch nghỉ chính thức { $years }: { $changes } ngày sẽ thay đổi, { $moved } hạn đang mở sẽ dời; chưa ghi gì (chạy thử)
schedule_summary_2 = đã nhập lịch nghỉ chính thức { $years }: { $changes } ngày thay đổi, { $moved } hạn đang mở đã dời
no_office_files_1 = không có cơ sở dữ liệu doithoai nào trong { $dir }; chấp nhận: thư mục chứa tệp của các phường, xã (hoặc bản sao lưu)
guided_prompt_1 = > [{ $d }]{" "}
output_written_1 = đã ghi { $path_display } ({ $rows } dòng, { $size })
output_written_2 = đã ghi { $path_display } ({ $size })
value_word_1 = ngày làm việc
value_word_2 = ngày
plan_verdict_1 = đã tổ chức
plan_verdict_2 = có kế hoạch, chưa tổ chức
plan_verdict_3 = THIẾU: chưa có kế hoạch đối thoại định kỳ (R3)
backup_exists_1 = { $path } đã tồn tại; hãy chọn tên tệp sao lưu mới, hoặc thêm --force để thay bản sao lưu cũ đó
backup_exists_2 = { $path } đã tồn tại và không phải bản sao lưu doithoai; chấp nhận: tên tệp sao lưu mới (--force chỉ thay bản sao lưu cũ)

## Words of the reports and states (words::deadline_state_word, tally_header, report_section, balance_line)
state-on-time = đúng hạn
state-late = trễ hạn
state-pending = chưa đến hạn
state-overdue = quá hạn
state-due-soon = sắp đến hạn
tally-on_time = đúng hạn
tally-late = trễ hạn
tally-open_overdue = chưa xong, quá hạn
tally-open_not_due = chưa đến hạn
tally-rate = tỷ lệ đúng hạn
tally-median = trung vị ngày làm việc
tally-answered_on_time = trả lời đúng hạn
tally-answered_late = trả lời trễ hạn
tally-forwarded_on_time = chuyển đúng hạn
tally-forwarded_late = chuyển trễ hạn
tally-r10_missed = trễ R10 trước đó
tally-carried_over = kỳ trước chuyển sang
tally-routed_out = chuyển ra ngoài phạm vi
tally-extended = đã thông báo thời hạn
section-office = Đơn vị
section-period = Kỳ báo cáo
section-balance = Giải quyết ý kiến, kiến nghị
section-sessions = Hội nghị
section-registrations = Đăng ký phát biểu
section-refusals = Từ chối đối thoại
section-opinions = Ý kiến, kiến nghị
section-opinions_by_category = Ý kiến theo nội dung (Điều 5)
section-opinions_by_field = Ý kiến theo lĩnh vực
section-opinions_by_outcome = Ý kiến theo kết quả
section-announcements = Thông báo công khai trước 07 ngày (Điều 7 khoản 2)
section-conclusion_notices = Thông báo kết luận trong 10 ngày làm việc (Điều 10 khoản 1)
section-written_answers = Trả lời bằng văn bản trong 30 ngày làm việc (Điều 10 khoản 2)
section-agency = Cơ quan
section-agency_overdue = Ý kiến quá hạn theo cơ quan
section-sessions_list = Danh sách hội nghị
section-missed_in_period = Thời hạn đến trong kỳ bị trễ, quá hạn
balance-carried_over = Kỳ trước chuyển sang
balance-received = Tiếp nhận trong kỳ
balance-answered_at_session = trả lời tại hội nghị
balance-out_of_scope = không thuộc phạm vi đối thoại (khiếu nại, tố cáo)
balance-not_yet_assigned = chưa giao
balance-assigned = đã giao cơ quan giải quyết
balance-to_handle = Tổng số phải giải quyết
balance-handled = Đã giải quyết
balance-answered_on_time = trả lời bằng văn bản đúng hạn
balance-answered_late = trả lời bằng văn bản quá hạn
balance-forwarded_on_time = chuyển cơ quan có thẩm quyền đúng hạn
balance-forwarded_late = chuyển cơ quan có thẩm quyền quá hạn
balance-routed_out = chuyển ra ngoài phạm vi sau khi giao
balance-open_at_end = Chưa giải quyết cuối kỳ
balance-awaiting_notice = chờ thông báo kết luận
balance-not_yet_due = chưa đến hạn
balance-overdue = quá hạn
balance-extended = đã thông báo thời hạn giải quyết (Điều 10 khoản 2)
spoke_without_registering_refused_1 = hội nghị { $session } đang ở trạng thái { $status_word }: --spoke ghi người đã phát biểu tại hội nghị đã tổ chức; chấp nhận: sau khi tổ chức (`doithoai hoi-nghi to-chuc { $session }`), hoặc đăng ký không kèm --spoke
number_of_another_body_1 = ý kiến { $opinion }: văn bản số { $number } là của cơ quan khác (ký hiệu không có { $code }); cơ quan đó đã ký văn bản của mình, doithoai chỉ soạn văn bản của cơ quan — số của cơ quan mang ký hiệu { $code }, ví dụ 125/{ $code }-VP

## Errors of a file or a build that is not what it should be
no_upgrade_step = không có bước nâng cấp từ phiên bản lược đồ { $from }; cơ sở dữ liệu này không do bản doithoai chính thức tạo ra
schema_incomplete = bản doithoai này không đầy đủ: lược đồ thiếu { $what }; chấp nhận: bản phát hành chính thức
list_not_read = không đọc được danh sách
stray_byte = { $file }: dòng { $row } có byte { $byte } không phải UTF-8 trong khi phần còn lại là UTF-8; chấp nhận: lưu lại tệp dạng "CSV UTF-8"
clerk_multiline = tên cán bộ { $name } có xuống dòng hoặc tab; chấp nhận: một dòng, tối đa { $max } ký tự
hidden_character = nội dung { $text } chứa ký tự điều khiển hoặc ký tự ẩn { $code }; chấp nhận: chữ, số, dấu câu, tab và xuống dòng
report_needs_period = `van-ban bao-cao` cần kỳ báo cáo; chấp nhận: --quarter, --half, --year hoặc --from và --to
config_not_written = không ghi được tệp cấu hình: { $detail }

## Days, sizes, report metrics and multi-line outcomes
weekday-mon = T2
weekday-tue = T3
weekday-wed = T4
weekday-thu = T5
weekday-fri = T6
weekday-sat = T7
weekday-sun = CN
day_count_calendar = { $days } ngày
day_count_working = { $days } ngày làm việc
cut_in_cell = {" "}… [đã cắt: một ô chứa tối đa 32.767 ký tự; toàn văn có trong bản xuất CSV hoặc JSON]
config_writable_by_others = cảnh báo: tệp cấu hình { $path } (hoặc thư mục chứa nó) có thể bị bất kỳ người dùng nào trên máy sửa, và lệnh của bạn có thể bị chuyển sang cơ sở dữ liệu khác; hãy chỉ để riêng bạn dùng: chmod 600 { $path }; chmod 700 thư mục chứa nó
metric-name = tên
metric-level = cấp
metric-from = từ ngày
metric-to = đến ngày
metric-as_of = số liệu tính đến
metric-total = tổng số
metric-count = số lượng
metric-held = đã tổ chức
metric-stopped = bị dừng
metric-cancelled = bị hủy
metric-not_yet_held = chưa tổ chức
metric-rescheduled = dời lịch
metric-handled = đã xử lý
metric-on_time_rate = tỷ lệ đúng hạn
metric-timeline_notices_late = thông báo thời hạn sau hạn 30 ngày
metric-median_working_days = trung vị ngày làm việc
metric-open = chưa xong
metric-overdue = quá hạn
metric-assigned = được giao
metric-agency = cơ quan
metric-due = hạn
metric-days = số ngày trễ
metric-state = tình trạng
metric-date = ngày
metric-kind = loại
metric-chair = người chủ trì
session_planned = đã lập kế hoạch hội nghị { $id }
    {"  "}hạn thông báo công khai (R4): { $announce }{ $safe }
    {"  "}hạn thông báo kết luận nếu tổ chức đúng ngày (R9): { $r9 }
session_rescheduled = đã dời hội nghị { $id } sang { $date }; hạn thông báo (R4): { $due }
    {"  "}hạn thông báo kết luận nếu tổ chức đúng ngày (R9): { $r9 }
size_in_bytes = { $bytes } byte

## Deadlines, files, undo and numbers (selectors in the catalogue)
standing_on_time = đúng hạn ({ $done_on })
standing_late = trễ { $days } { $unit ->
        [calendar] ngày
       *[working] ngày làm việc
    } ({ $done_on })
standing_due_today = đến hạn hôm nay
standing_pending = còn { $days } { $unit ->
        [calendar] ngày
       *[working] ngày làm việc
    }
standing_overdue = quá hạn { $days } { $unit ->
        [calendar] ngày
       *[working] ngày làm việc
    }
flag_line = { $rule_ref } { $rule ->
        [R4] thông báo công khai
        [R9] thông báo kết luận
        [R10] trả lời bằng văn bản
       *[R12] trả lời sau gia hạn
    } ({ $due_word } { $due }): { $standing }
file-kind-folder = một thư mục
file-kind-fifo = một đường ống (FIFO)
file-kind-device = một thiết bị
file-kind-socket = một socket
file-kind-dangling-link = một liên kết tượng trưng trỏ tới tệp không tồn tại
io-not-found = không có tệp hoặc thư mục này
io-permission-denied = không có quyền truy cập
io-already-exists = tệp đã có
io-is-a-directory = đây là một thư mục, không phải tệp
io-not-a-directory = một phần của đường dẫn không phải thư mục
io-storage-full = ổ đĩa đã đầy
io-read-only-filesystem = ổ đĩa chỉ cho phép đọc
io-invalid-data = dữ liệu không hợp lệ
io-broken-pipe = bên nhận đã đóng luồng
io-unexpected-eof = tệp kết thúc sớm
io_cause_with_code = { $cause } (mã lỗi hệ thống { $code })
cannot_undo = { $action ->
        [merge] không hoàn tác được việc gộp cơ quan: { $kept_where ->
            [server] dữ liệu đơn vị trước khi gộp đã được giữ thành tệp SQLite trong thư mục dữ liệu của cán bộ (tên …before-merge-…); quản trị viên máy chủ đặt lại bằng `doithoai csdl chep --from TỆP --to postgres://QUẢN-TRỊ@MÁY-CHỦ/CSDL --office-role VAI-TRÒ --replace`
           *[file] cơ sở dữ liệu trước khi gộp đã được giữ bên cạnh (TÊN.before-merge-…): khôi phục bằng `doithoai khoi-phuc TỆP`
        } (việc ghi sau đó phải nhập lại)
        [correct] không hoàn tác được thông báo kết luận đã đính chính: hãy ban hành thông báo đính chính khác (`doithoai ket-luan ban-hanh HỘI-NGHỊ --replace …`), hoặc { $kept_where ->
            [server] nhờ quản trị viên máy chủ đặt lại dữ liệu đơn vị trước khi đính chính, được giữ thành tệp SQLite trong thư mục dữ liệu của cán bộ (…before-correction-…), bằng `doithoai csdl chep --from TỆP --to postgres://QUẢN-TRỊ@MÁY-CHỦ/CSDL --office-role VAI-TRÒ --replace`
           *[file] khôi phục cơ sở dữ liệu trước khi đính chính, được giữ bên cạnh (TÊN.before-correction-…), bằng `doithoai khoi-phuc TỆP`
        } (việc ghi sau đó phải nhập lại)
       *[other] không hoàn tác được thao tác '{ $action_word }' trên { $record_word }: hãy sửa bằng lệnh tương ứng (xem doithoai --help)
    }
kept_before = lưu ý: cơ sở dữ liệu trước khi { $change ->
        [merge] gộp cơ quan
        [replace] thay bằng tệp
       *[other] ban hành thông báo đính chính
    } được giữ tại { $path } { $kept_where ->
        [server] (bản sao SQLite của đơn vị: `doithoai --db { $path } …` đọc được, và quản trị viên máy chủ đặt lại vào chỗ dữ liệu của đơn vị bằng `doithoai csdl chep --from { $path } --to postgres://QUẢN-TRỊ@MÁY-CHỦ/CSDL --office-role VAI-TRÒ --replace`)
       *[file] (`doithoai khoi-phuc { $path }` để khôi phục)
    }
not_a_whole_number = '{ $value }' { $problem ->
        [too-large] quá lớn cho { $arg }; chấp nhận: một số nguyên như 12
        [too-small] quá nhỏ cho { $arg }; chấp nhận: một số nguyên như 12
       *[other] không phải số nguyên cho { $arg }; chấp nhận: chỉ gồm chữ số, như 12
    }
engine_line = SQLite { $version }, { $wal ->
        [yes] nhật ký ghi trước (WAL)
       *[no] nhật ký hoàn tác ({ $journal_mode })
    }, { $sync ->
        [off] không chờ ghi xuống đĩa
        [normal] ghi xuống đĩa ở mốc kiểm tra
       *[other] ghi xuống đĩa sau mỗi giao dịch
    }

## The regulation's refusals (rules errors: dates, vocabularies, states, the order of acts, periods)
error_date_malformed = '{ $value }' không phải là ngày; chấp nhận: ngày/tháng/năm (15/12/2026, cũng viết 15-12-2026 hoặc 15.12.2026) hoặc năm-tháng-ngày (2026-12-15)
error_date_impossible = '{ $value }' không phải là một ngày có thật trên lịch
error_month_malformed = '{ $value }' không phải là tháng; chấp nhận: tháng/năm (02/2026, "tháng 02/2026"), năm-tháng (2026-02) hoặc năm (2026)
error_vocabulary = '{ $value }' không hợp lệ cho { $what_word }; chấp nhận: { $accepted_words }
error_transition = không thể { $act ->
        [withdraw-registration] rút { $record_word } { $id }
        [mark-spoken] ghi nhận { $record_word } { $id } đã phát biểu
       *[other] { $action_word } { $record_word } { $id }
    }: trạng thái hiện tại là { $state_word }; chỉ được phép khi { $record_word } ở trạng thái { $allowed_words }
error_date_order = { $word_is_a_day ->
        [yes] { $what_word } { $date }
       *[no] { $what_word } ngày { $date }
    } { $order ->
        [not-after] sau
        [strict] không sau
       *[before] sớm hơn
    } { $reference_word } ({ $reference_date }); { $order ->
        [not-after] phải trước hoặc đúng ngày đó
        [strict] phải sau ngày đó
       *[before] phải từ ngày đó trở đi
    }
error_future_act = { $word_is_a_day ->
        [yes] { $what_word } { $date }
       *[no] { $what_word } ngày { $date }
    } sau ngày hôm nay ({ $today }); chỉ ghi nhận việc đã diễn ra
error_period = '{ $value }' không phải là { $what ->
        [quarter] quý; chấp nhận: "Quý IV năm 2026", "quý 4/2026", Q4/2026 hoặc 2026-Q4 (quý I … quý IV)
        [half-year] nửa năm; chấp nhận: "6 tháng đầu năm 2026", "6 tháng cuối năm 2026", H1/2026, H2/2026 hoặc 2026-H2
        [month] tháng; chấp nhận: tháng/năm (12/2026), "tháng 12/2026", "Tháng 12 năm 2026" hoặc năm-tháng (2026-12)
       *[year] năm; chấp nhận: một năm từ 1900 đến 2100
    }
error_out_of_range = { $date } nằm ngoài phạm vi của lịch: 01/01/{ $first } … 31/12/{ $last }
label-or = hoặc
not_what_it_says = { $path } không phải { $expected ->
        [xls] bảng tính Excel 97-2003 (.xls)
        [ods] bảng tính OpenDocument (.ods)
       *[xlsx] bảng tính Excel (.xlsx)
    }: nội dung là { $found ->
        [zip] một tệp nén zip (.xlsx hoặc .ods)
        [ole2] một bảng tính Excel 97-2003 (.xls)
        [pdf] một văn bản PDF
        [sqlite] một cơ sở dữ liệu SQLite
        [text] văn bản thuần (tệp CSV?)
        [empty] rỗng
       *[other] một loại tệp khác
    }; hãy lưu lại đúng định dạng đó, hoặc đặt đúng đuôi tên tệp (ví dụ .csv)
unknown_agency = không có cơ quan tên '{ $name }'; { $has_closest ->
        [yes] có phải { $closest }?{ $advice ->
            [none] {""}
           *[other] {" "}
        }
       *[no] {""}
    }{ $advice ->
        [add-or-new] hãy thêm bằng `doithoai co-quan them "{ $name }"`, hoặc dùng --new-agency để tạo mới tại đây
        [list] danh sách cơ quan: `doithoai co-quan danh-sach`
       *[none] {""}
    }
schedule_incomplete = lịch nghỉ năm { $year } { $problems } (Bộ luật Lao động Điều 112); chưa nhập gì — chấp nhận: toàn bộ lịch nghỉ đã công bố của năm, mọi ngày nghỉ theo luật là ngày nghỉ
schedule_lacks_holidays = thiếu ngày lễ { $days }
schedule_works_holidays = biến ngày lễ { $days } thành ngày làm việc
schedule_short_by = ít hơn { $days } ngày nghỉ trong tuần so với Bộ luật (ngày nghỉ bù, ngày liền kề 2/9)

## Usage errors the command line words itself (clap says them in English)
usage_did_you_mean = ; có phải '{ $suggestion }'?
usage_value_missing = thiếu giá trị cho { $arg }; hãy ghi giá trị sau tùy chọn
usage_value_not_accepted = giá trị '{ $value }' không hợp lệ cho { $arg }; chấp nhận: { $accepted }
usage_value_invalid = giá trị '{ $value }' không hợp lệ cho { $arg }: { $detail }
usage_unknown_option = { $kind ->
        [value] thừa giá trị '{ $arg }': lệnh này không nhận thêm giá trị ở đây
       *[option] không có tùy chọn '{ $arg }'
    }{ $suggestion }
usage_unknown_command = không có lệnh '{ $command }'{ $suggestion }; xem `doithoai --help`
usage_missing_argument = thiếu tham số bắt buộc: { $arg }
usage_missing_command = thiếu lệnh con; xem `{ $command } --help`
usage_conflict = { $twice ->
        [yes] { $arg } được đưa nhiều lần; chỉ đưa một lần
       *[no] { $arg } không dùng cùng { $other }
    }
usage_bad_argument = tham số không hợp lệ: { $arg }
usage_not_utf8 = tham số không phải văn bản UTF-8
held_on_another_day = lưu ý: hội nghị { $id } dự kiến ngày { $planned } nhưng tổ chức ngày { $held }{ $r4 ->
        [moved] ; hạn thông báo công khai (R4) nay là { $announce_due }
       *[none] {""}
    }
assignment_line = {"  "}ý kiến { $opinion } → { $agency }, hạn trả lời bằng văn bản (R10) { $due }{ $kept ->
        [yes] {" "}(giữ nguyên hạn R10)
       *[no] {""}
    }
overdue_title = Tính đến ngày { $as_of }{ $by_agency ->
        [yes] , theo cơ quan
       *[no] {""}
    }
config_header = # thiết lập đang dùng (tham số > biến môi trường > tệp > mặc định); tệp: { $path }{ $exists ->
        [no] {" "}(chưa có: `doithoai cau-hinh dat KHÓA GIÁ-TRỊ`)
       *[yes] {""}
    }
restored = đã khôi phục { $db } từ { $backup } (đã kiểm tra){ $was_kept ->
        [yes] ; cơ sở dữ liệu trước đó được giữ tại { $kept }
       *[no] {""}
    }
schema_object_changed = { $object } ({ $change ->
        [extra] thêm vào
        [altered] bị sửa
       *[missing] bị xóa
    })
unknown_language = '{ $value }' không phải ngôn ngữ giao diện; chấp nhận: en, vi
error_other = { $detail }
check_foreign_key = bảng { $table } dòng { $row } trỏ tới { $parent } không tồn tại
check_history_trigger = trigger { $trigger } { $change ->
        [altered] đã bị thay đổi
       *[missing] không có
    }: nhật ký có thể bị sửa
check_conclusion_due = hội nghị { $session }: hạn thông báo kết luận ghi { $recorded }, theo lịch là { $expected } (R9)
check_not_assigned = ý kiến { $opinion } ở trạng thái { $status } nhưng { $notice ->
        [unlisted] thông báo kết luận của nó không giao ý kiến này
       *[none] không có thông báo kết luận
    }
check_answer_due = ý kiến { $opinion }: hạn trả lời ghi { $recorded }, theo lịch là { $expected } (R10)
check_deadline_in_force = ý kiến { $opinion }: hạn đang áp dụng ghi { $recorded }, đúng ra là { $expected } (R10)
check_act_before_notice = ý kiến { $opinion }: { $act ->
        [forward] chuyển cơ quan có thẩm quyền
       *[respond] trả lời bằng văn bản
    } ngày { $on }, trước ngày thông báo kết luận { $notice }
check_speaking_order = hội nghị { $session }: { $registrations } lượt đăng ký được đánh số từ { $lowest } đến { $highest } (R6: từ 1 đến { $registrations })
check_no_creation_event = { $kind } { $id } không có sự kiện '{ $action }' trong nhật ký
check-integrity_check = toàn vẹn SQLite
check-foreign_key_check = tham chiếu
check-schema = cấu trúc
check-event_log = nhật ký
check-deadline = thời hạn
check-assignment = giao xử lý
check-date_order = thứ tự các việc
check-speaking_order = thứ tự phát biểu
register_after_held = hội nghị { $session } { $status_word }: đăng ký phát biểu là trước hội nghị; thêm --spoke vào lệnh này để ghi người đã phát biểu tại hội nghị mà không đăng ký trước (hội nghị đột xuất, phát biểu tại chỗ)
init_needs_office = cơ sở dữ liệu mới cần tên đơn vị: --office, ví dụ --office "Phường Hoàng Mai"
registered_twice = lưu ý: { $session }/{ $order } trùng tên và nội dung với lượt đăng ký { $session }/{ $earlier }; nếu đăng ký hai lần, rút bằng `doithoai phat-bieu rut { $session }/{ $order }`
man-name = TÊN
man-synopsis = CÚ PHÁP
man-description = MÔ TẢ
man-options = TÙY CHỌN
man-commands = CÁC LỆNH
man-version = PHIÊN BẢN
label-office_decision = quyết định của đơn vị
year_malformed = '{ $value }' không phải là năm; chấp nhận: năm như 2026 (cũng viết "năm 2026")
check_notice_before_session = hội nghị { $session }: thông báo kết luận ghi ngày { $notice }, trước ngày tổ chức hội nghị { $held } (R9)
check_speaking_out_of_order = hội nghị { $session }: số thứ tự phát biểu không theo thứ tự đăng ký (R6)
check_rule_without_extension = ý kiến { $opinion }: { $rule ->
        [R12] đang áp dụng R12, nhưng không có thông báo thời hạn giải quyết nào đặt hạn mới
        [R10] đang áp dụng R10, nhưng đã có thông báo thời hạn giải quyết đặt hạn mới (R12)
       *[other] không ghi căn cứ hạn (R10 hay R12)
    }
check_closed_on_differs = ý kiến { $opinion }: ghi ngày kết thúc { $closed_on }, nhưng ngày trả lời hoặc chuyển là { $act_on }
server_database_not_a_file = { $db } là cơ sở dữ liệu trên máy chủ PostgreSQL, không phải tệp; chấp nhận: tệp cơ sở dữ liệu SQLite
server_not_set_up = { $db } chưa có dữ liệu doithoai; quản trị viên thiết lập đơn vị bằng `doithoai --db ĐỊA-CHỈ init --office TÊN --level CẤP --office-role VAI-TRÒ`
server_error = { $kind ->
    [unreachable] không kết nối được máy chủ PostgreSQL của { $db }; chưa ghi gì — kiểm tra máy chủ đang chạy và địa chỉ đúng, rồi chạy lại lệnh
    [no-listener] không có máy chủ PostgreSQL nào nhận kết nối tại { $db }; chưa ghi gì — kiểm tra máy chủ đang chạy, tên máy chủ và cổng trong địa chỉ đúng, rồi chạy lại lệnh
    [no-answer] máy chủ của { $db } không trả lời trong thời gian chờ kết nối; chưa ghi gì — kiểm tra mạng và tường lửa tới máy chủ, rồi chạy lại lệnh
    [no-route] không có đường mạng tới máy chủ của { $db }; chưa ghi gì — kiểm tra mạng của máy này và địa chỉ máy chủ, rồi chạy lại lệnh
    [no-password] máy chủ của { $db } yêu cầu mật khẩu nhưng không có mật khẩu nào được đưa; chưa ghi gì — chấp nhận: mật khẩu trong địa chỉ, trong PGPASSWORD hoặc trong ~/.pgpass (chỉ mình bạn đọc được, như libpq yêu cầu)
    [no-such-host] không máy chủ tên miền nào mà máy này hỏi biết tên máy chủ trong { $db }; chưa ghi gì — kiểm tra tên máy chủ trong địa chỉ (hoặc dùng địa chỉ IP của nó), rồi chạy lại lệnh
    [closed] kết nối tới { $db } bị đóng giữa chừng; chưa ghi gì — chạy lại lệnh khi máy chủ hoạt động trở lại
    [login] máy chủ của { $db } không cho vai trò này đăng nhập (SQLSTATE { $code }: không có vai trò này, hoặc pg_hba.conf của máy chủ không cho phép); chưa ghi gì — kiểm tra tên người dùng trong địa chỉ, hoặc đề nghị quản trị viên máy chủ tạo vai trò (CREATE ROLE … LOGIN)
    [password] mật khẩu cho { $db } sai hoặc thiếu (SQLSTATE { $code }); chưa ghi gì — chấp nhận: mật khẩu trong địa chỉ, trong biến PGPASSWORD hoặc trong tệp ~/.pgpass
    [no-database] máy chủ không có cơ sở dữ liệu mà { $db } nêu (SQLSTATE { $code }); chưa ghi gì — kiểm tra tên cơ sở dữ liệu trong địa chỉ, hoặc đề nghị quản trị viên tạo (CREATE DATABASE)
    [too-many] máy chủ của { $db } đang có quá nhiều kết nối (SQLSTATE { $code }); chưa ghi gì — chạy lại lệnh sau ít phút, hoặc đề nghị quản trị viên tăng max_connections hoặc giới hạn kết nối của vai trò
    [conflict] một cán bộ khác vừa thay đổi cùng hồ sơ trên { $db } (SQLSTATE { $code }); chưa ghi gì — chạy lại lệnh
    [timeout] { $db } không trả lời kịp (SQLSTATE { $code }); chưa ghi gì — chạy lại lệnh, hoặc hỏi quản trị máy chủ điều gì đang giữ nó
    [lost] mất kết nối tới { $db } (SQLSTATE { $code }); chưa ghi gì — chạy lại lệnh khi máy chủ hoạt động trở lại
    [privilege] máy chủ không cho vai trò này dùng { $db } (SQLSTATE { $code }); chưa ghi gì — đề nghị quản trị viên cấp vai trò của đơn vị (`init --office-role`)
   *[refused] máy chủ của { $db } từ chối lệnh (SQLSTATE { $code }: { $detail }); chưa ghi gì
    }
server_address_invalid = { $db } không phải địa chỉ PostgreSQL doithoai dùng được: { $reason }; chấp nhận: postgres://NGƯỜI-DÙNG@MÁY-CHỦ[:CỔNG]/CSDL[?sslmode=require], hoặc host=MÁY-CHỦ [port=CỔNG] dbname=CSDL user=NGƯỜI-DÙNG [sslmode=require]
server_address_unreadable = { $db }… trông như địa chỉ PostgreSQL nhưng không đọc được (thiếu dấu nháy đóng, một từ không có '=', hoặc gõ sai postgres://); chưa đọc hay ghi gì — chấp nhận: postgres://NGƯỜI-DÙNG@MÁY-CHỦ[:CỔNG]/CSDL, host=MÁY-CHỦ dbname=CSDL user=NGƯỜI-DÙNG (giá trị có dấu cách đặt trong nháy đơn), hoặc tên tệp kèm thư mục (./TÊN)
server_address_is_a_file = { $db } vừa là địa chỉ PostgreSQL vừa là một tệp trong thư mục này; chưa đọc hay ghi gì — chấp nhận: ./{ $db } cho tệp, hoặc địa chỉ dạng postgres://NGƯỜI-DÙNG@MÁY-CHỦ/CSDL
server_sslmode_unsupported = { $db }: không hỗ trợ sslmode={ $mode } — doithoai mã hóa kết nối mà không kiểm tra chứng chỉ của máy chủ, như sslmode=require của libpq; chưa đọc hay ghi gì — chấp nhận: sslmode=require, prefer hoặc disable
server_options_refused = máy chủ của { $db } không nhận options='{ $options }' của địa chỉ (SQLSTATE { $code }: một thiết lập máy chủ không biết, một giá trị không hợp lệ, hoặc vai trò này không được đặt); chưa đọc hay ghi gì — chấp nhận: options=-c TÊN=GIÁ-TRỊ với các thiết lập máy chủ cho vai trò này đặt, hoặc bỏ options
server_ports_hosts_mismatch = { $db }: { $ports } số cổng{ $addresses ->
        [0] {""}
       *[other] {" "}và { $addresses } địa chỉ máy chủ
    } cho { $hosts } máy chủ; chưa đọc hay ghi gì — chấp nhận: một cổng cho mọi máy chủ, hoặc mỗi máy chủ một cổng (và một hostaddr), ghi một lần (trong phần máy chủ hoặc bằng port=, không cả hai)
server_setting_unknown = { $db }: { $setting } không phải thiết lập của địa chỉ PostgreSQL mà doithoai biết; chưa đọc hay ghi gì — chấp nhận: { $accepted }
server_setting_invalid = { $db }: không dùng được { $setting }={ $value }; chưa đọc hay ghi gì — chấp nhận: { $kind ->
        [ports] số cổng từ 1 đến 65535 (mỗi máy chủ một số, cách nhau bằng dấu phẩy)
        [addresses] địa chỉ IP như 10.0.0.5 (mỗi máy chủ một địa chỉ, cách nhau bằng dấu phẩy)
        [seconds] số giây nguyên
        [count] số nguyên từ 0
       *[one-of] { $values }
    }
server_role_missing = máy chủ của { $db } không có vai trò { $role }; chấp nhận: một vai trò đăng nhập đã có (CREATE ROLE … LOGIN)
server_role_bypasses_rls = vai trò { $role } bỏ qua bảo mật theo dòng và sẽ thấy hồ sơ của mọi đơn vị; chưa ghi gì — chấp nhận: vai trò riêng của một đơn vị (quản trị viên thiết lập bằng `init --office-role VAI-TRÒ`)
server_role_without_office = vai trò { $role } không thuộc đơn vị nào trên { $db }; chưa đọc gì — chấp nhận: vai trò của một đơn vị (quản trị viên thiết lập bằng `init --office TÊN --office-role VAI-TRÒ`)
office_role_needs_server = --office-role thiết lập đơn vị trên máy chủ PostgreSQL, còn { $db } là tệp; chấp nhận: --db postgres://QUẢN-TRỊ@MÁY-CHỦ/CSDL
engine_line_server = PostgreSQL { $version }, giao dịch SERIALIZABLE, dữ liệu từng đơn vị tách riêng bằng bảo mật theo dòng
db_copy_needs_server = --to { $to } không phải địa chỉ máy chủ PostgreSQL; chấp nhận: postgres://VAI-TRÒ@MÁY-CHỦ/CSDL, hoặc host=MÁY-CHỦ dbname=CSDL user=VAI-TRÒ
db_copy_target_not_empty = đơn vị của { $to } đã có dữ liệu (bảng { $table }); chưa chép gì — chấp nhận: một đơn vị chưa có dữ liệu (vai trò đơn vị mới), hoặc quản trị viên máy chủ dùng --replace để thay bằng tệp này
db_copied = đã chép { $from } vào { $to }: { $rows } dòng của { $tables } bảng, mọi hồ sơ và sự kiện lịch sử giữ nguyên số
db_replaced = hồ sơ và lịch sử của đơn vị trên { $to } đã được thay bằng { $from }: { $rows } dòng của { $tables } bảng, mọi hồ sơ và sự kiện lịch sử giữ nguyên số
db_upgraded = { $db }: đã nâng lược đồ { $from } lên { $to }
db_up_to_date = { $db }: lược đồ { $to }, đúng bản doithoai này; không cần nâng cấp
db_copy_other_office = { $from } là bản sao lưu của '{ $backup }', không phải của '{ $live }', đơn vị của { $to }; chưa chép gì — chấp nhận: một bản sao lưu của '{ $live }'
db_copy_replace_needs_admin = --replace xóa hồ sơ và lịch sử của đơn vị trên { $to }, việc chỉ quản trị viên máy chủ được làm; chưa chép gì — chấp nhận: --to postgres://QUẢN-TRỊ@MÁY-CHỦ/CSDL --office-role VAI-TRÒ --replace
server_schema_behind = { $db } đang ở lược đồ máy chủ { $found } của doithoai, còn bản doithoai này cần { $needed }; sửa các bảng là việc của quản trị viên máy chủ nên chưa thay đổi gì — chấp nhận: quản trị viên chạy một lần `doithoai --db postgres://QUẢN-TRỊ@MÁY-CHỦ/CSDL csdl nang-cap`, sau đó lệnh của mọi cán bộ đều chạy
restore_on_server = { $db } là cơ sở dữ liệu trên máy chủ PostgreSQL, không đơn vị nào được xóa lịch sử của nó; chưa thay đổi gì — chấp nhận: quản trị viên đặt bản sao lưu vào chỗ dữ liệu của đơn vị, `doithoai csdl chep --from BẢN-SAO-LƯU --to postgres://QUẢN-TRỊ@MÁY-CHỦ/CSDL --office-role VAI-TRÒ --replace`
city_files_not_a_server = { $db } là địa chỉ máy chủ PostgreSQL, còn báo cáo với nhiều --db đọc tệp của các phường; chưa đọc gì — chấp nhận: --db ĐỊA-CHỈ --all-offices cho mọi đơn vị của một máy chủ, hoặc --db TỆP nhiều lần (hoặc --from-dir) cho tệp của các phường
all_offices_needs_server = --all-offices đọc mọi đơn vị trên cơ sở dữ liệu của máy chủ PostgreSQL, còn { $db } là tệp; chấp nhận: --db postgres://VAI-TRÒ-THÀNH-PHỐ@MÁY-CHỦ/CSDL, hoặc --from-dir với các tệp của phường
all_offices_needs_city_role = vai trò { $role } không phải của thành phố trên { $db }, nên chỉ đọc được đơn vị mình; chưa đọc gì — chấp nhận: vai trò của thành phố (thiết lập bằng `init --level city --office-role VAI-TRÒ`)
server_owned_by_an_office = cơ sở dữ liệu hoặc các bảng thuộc về { $owner }, vai trò của một đơn vị, có thể sửa hay xóa hồ sơ của mọi đơn vị; chưa lập { $role } thành đơn vị và chưa ghi gì — chấp nhận: cơ sở dữ liệu và các bảng thuộc quản trị viên máy chủ (ALTER DATABASE … OWNER TO, REASSIGN OWNED BY { $owner } TO quản trị viên)
server_silent = máy chủ PostgreSQL của { $db } nhận kết nối nhưng không trả lời trong { $seconds } giây; chưa đọc hay ghi gì — kiểm tra đó đúng là máy chủ PostgreSQL và không quá tải, rồi chạy lại lệnh
