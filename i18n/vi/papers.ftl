## The wording of the papers the office signs and sends: the announcement, invitations, minutes,
## the conclusion notice, the letters about one opinion and the report upward. Papers are
## written in Vietnamese whatever the interface's language (Decree 30/2020/NĐ-CP, Art. 8:
## administrative documents are in Vietnamese), so this catalogue has no English twin.
## A translator or an office editing a wording keeps its variables ({ $name }); `ops::document`
## chooses which message a paper says and gives it the recorded facts.

## The parts every paper shares.

paper-national-name = CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
paper-national-motto = Độc lập - Tự do - Hạnh phúc
paper-party-name = ĐẢNG CỘNG SẢN VIỆT NAM
paper-recipients = Nơi nhận:
paper-committee = Ủy ban nhân dân { $place }
paper-front = Ủy ban MTTQ Việt Nam { $place }
paper-party-committee = Đảng ủy { $place }
paper-to = Kính gửi: { $to }
paper-as-above = Như trên
paper-file-copy = Lưu: VT.
paper-file-copy-party = Lưu Văn phòng Đảng ủy.
paper-for-information = { $name } (để biết)
paper-regards = Trân trọng./.
paper-title-notice = THÔNG BÁO
paper-part = { $number }. { $title }
paper-person = { $honorific } { $name }
paper-person-unknown-honorific = Ông/Bà { $name }
paper-the-people = Nhân dân
paper-dear-agency = Quý cơ quan

## Where and when a session is, who chairs it, what it is about.

paper-hour = { $hours } giờ { $minutes }
paper-when = { $weekday }, ngày { $date }
paper-when-at = { $time }, { $weekday }, ngày { $date }
paper-time = Thời gian: { $when }.
paper-place = Địa điểm: { $venue }.
paper-form = Hình thức: { $form }.
paper-chaired = Chủ trì: { $chair }.
paper-secretary = Thư ký: { $secretary }.
paper-online = trực tuyến
paper-online-at = trực tuyến, tại địa chỉ { $link }
paper-chair-title = { $role ->
        [party-secretary] Bí thư Đảng ủy { $place }
        [council-chair] Chủ tịch Hội đồng nhân dân { $place }
       *[committee-chair] Chủ tịch Ủy ban nhân dân { $place }
    }
paper-chair = đồng chí { $chair }, { $title }
paper-chair-deputy = đồng chí { $deputy } chủ trì thay đồng chí { $chair }, { $title } ({ $reason }; Điều 2 khoản 1)
paper-subject = Nội dung: { $title }.
paper-subject-topics = Nội dung: { $title } (nhóm nội dung theo Điều 5: { $topics }).
paper-session-subject = Hội nghị đối thoại trực tiếp với Nhân dân

## Thông báo tổ chức hội nghị (Art. 7.2.3).

paper-announcement-summary = Về việc tổ chức hội nghị đối thoại trực tiếp với Nhân dân
paper-announcement-opening = Thực hiện Quy chế tiếp xúc, đối thoại trực tiếp của người đứng đầu cấp ủy, chính quyền với Mặt trận Tổ quốc, các tổ chức chính trị - xã hội và Nhân dân, { $committee } thông báo tổ chức hội nghị đối thoại { $kind } như sau:
paper-announcement-participants = Thành phần: đại diện Ủy ban Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị - xã hội, các cơ quan, đơn vị có liên quan và Nhân dân trên địa bàn.
paper-announcement-registration = Công dân có nguyện vọng phát biểu đăng ký với Ủy ban Mặt trận Tổ quốc hoặc bộ phận tiếp nhận của Ủy ban nhân dân trước ngày tổ chức hội nghị (ghi rõ họ tên, địa chỉ, nội dung phát biểu). Tại hội nghị, người phát biểu được mời theo thứ tự đăng ký (Điều 8 khoản 3); nội dung khiếu nại, tố cáo được giải quyết theo quy định của pháp luật về khiếu nại, tố cáo, không thuộc phạm vi hội nghị.
paper-announcement-closing = Trân trọng thông báo./.
paper-announcement-organisations = Các tổ chức chính trị - xã hội
paper-announcement-media = Đài truyền thanh, cổng thông tin điện tử

## Giấy mời (Art. 6.1, 7.2.3).

paper-invitation-title = GIẤY MỜI
paper-invitation-summary = Dự hội nghị đối thoại trực tiếp với Nhân dân
paper-invitation-body = { $committee } trân trọng kính mời { $invitee } { $kind ->
        [agency] tham dự và trả lời các ý kiến, kiến nghị thuộc lĩnh vực phụ trách
       *[other] tham dự hội nghị
    }.
paper-invitation-closing = Rất mong được đón tiếp./.

## Biên bản hội nghị (Art. 8.1, 9).

paper-minutes-title = BIÊN BẢN
paper-minutes-invited = Thành phần mời: { $names }.
paper-minutes-speakers = I. Ý KIẾN PHÁT BIỂU, THEO THỨ TỰ ĐĂNG KÝ
paper-minutes-protected = (giữ bí mật: người tố cáo)
paper-minutes-speaker-of = { $name } ({ $of })
paper-minutes-answered = — đã trả lời tại hội nghị
paper-minutes-answered-by = — đã trả lời tại hội nghị ({ $by })
paper-minutes-out-of-scope = — không thuộc phạm vi hội nghị (Điều 1 khoản 2)
paper-minutes-assigned = — tiếp thu, giao xử lý
paper-minutes-refused = Từ chối đối thoại: { $reason } (Điều 9 khoản 1)
paper-minutes-withdrawn = Rút đăng ký
paper-minutes-registered = Đăng ký: { $topic }
paper-minutes-nobody = Không có người đăng ký phát biểu.
paper-minutes-unattached = II. Ý KIẾN KHÔNG GẮN NGƯỜI PHÁT BIỂU (TỪ TỔNG HỢP CỦA MẶT TRẬN TỔ QUỐC HOẶC TẠI HỘI NGHỊ)
paper-minutes-petitioner = (người kiến nghị: { $name })
paper-minutes-stopped = Người chủ trì dừng hội nghị. Lý do: { $reason } (Điều 8 khoản 5, Điều 9 khoản 2).
paper-minutes-closing = Biên bản được lập xong và thông qua tại hội nghị./.
paper-minutes-signer-secretary = THƯ KÝ
paper-minutes-signer-chair = CHỦ TRÌ HỘI NGHỊ
paper-column-row = TT
paper-column-speaker = Người phát biểu
paper-column-content = Nội dung

## Thông báo kết luận (Art. 10.1).

paper-notice-summary = Kết luận của đồng chí { $chair_title } tại hội nghị đối thoại trực tiếp với Nhân dân ngày { $date }
paper-notice-opening = Ngày { $date }, { $issuer } tổ chức hội nghị đối thoại trực tiếp với Nhân dân: { $title }. Sau khi nghe ý kiến, kiến nghị của Nhân dân và ý kiến của các cơ quan, đơn vị, { $chair } kết luận như sau:
paper-notice-assigned = CÁC Ý KIẾN, KIẾN NGHỊ GIAO CƠ QUAN, ĐƠN VỊ GIẢI QUYẾT
paper-notice-none-assigned = Không có ý kiến phải giao giải quyết.
paper-column-opinion = Ý kiến, kiến nghị
paper-column-agency-in-charge = Cơ quan chủ trì giải quyết
paper-column-answer-due = Hạn trả lời bằng văn bản
paper-notice-duty = Các cơ quan, đơn vị được giao có trách nhiệm giải quyết, trả lời bằng văn bản cho người có ý kiến, kiến nghị trong thời hạn ghi tại bảng trên (30 ngày làm việc kể từ ngày ban hành thông báo kết luận đầu tiên giao ý kiến đó); vấn đề phức tạp cần thêm thời gian phải thông báo bằng văn bản thời hạn giải quyết; vấn đề vượt thẩm quyền chuyển cơ quan có thẩm quyền và báo cho người kiến nghị biết (Điều 10 khoản 2).
paper-notice-answered = CÁC Ý KIẾN ĐÃ ĐƯỢC TRẢ LỜI, LÀM RÕ TẠI HỘI NGHỊ
paper-notice-out-of-scope = NỘI DUNG KHÔNG THUỘC PHẠM VI HỘI NGHỊ (KHIẾU NẠI, TỐ CÁO)
paper-notice-routed-protected = Một { $kind }, hướng dẫn giải quyết theo pháp luật về khiếu nại, tố cáo
paper-notice-routed-protected-note = Một { $kind }, hướng dẫn giải quyết theo pháp luật về khiếu nại, tố cáo: { $note }
paper-notice-routed = { $content } — { $kind }, hướng dẫn giải quyết theo pháp luật về khiếu nại, tố cáo
paper-notice-routed-note = { $content } — { $kind }, hướng dẫn giải quyết theo pháp luật về khiếu nại, tố cáo: { $note }
paper-notice-replaces = Thông báo này thay thế thông báo đã ban hành trước đó. Lý do: { $note }.
paper-notice-closing = { $issuer } thông báo để các cơ quan, đơn vị và Nhân dân biết, thực hiện./.
paper-party-on-behalf = T/M ĐẢNG ỦY
paper-party-secretary = BÍ THƯ
paper-party-deputy-secretary = PHÓ BÍ THƯ

## The letters about one opinion: forwarded (Art. 10.2, R11), a timeline (R12), an answer.

paper-raised = Tại hội nghị đối thoại trực tiếp với Nhân dân ngày { $date }, { $by } có ý kiến, kiến nghị: { $content }.
paper-forward-summary = V/v chuyển ý kiến, kiến nghị của công dân
paper-forward-body = Nội dung trên không thuộc thẩm quyền giải quyết của { $committee }. Thực hiện Điều 10 khoản 2 Quy chế tiếp xúc, đối thoại trực tiếp của người đứng đầu cấp ủy, chính quyền với Mặt trận Tổ quốc, các tổ chức chính trị - xã hội và Nhân dân, { $committee } chuyển ý kiến, kiến nghị đến { $to } để xem xét, giải quyết theo thẩm quyền, trả lời { $by } và thông báo kết quả cho { $committee } biết.
paper-timeline-summary = Về thời hạn giải quyết ý kiến, kiến nghị của công dân
paper-timeline-body = Đây là nội dung phức tạp, cần thêm thời gian xem xét, giải quyết. Thực hiện Điều 10 khoản 2 Quy chế tiếp xúc, đối thoại trực tiếp của người đứng đầu cấp ủy, chính quyền với Mặt trận Tổ quốc, các tổ chức chính trị - xã hội và Nhân dân, { $committee } thông báo: thời hạn trả lời bằng văn bản chậm nhất là ngày { $until }.
paper-timeline-body-agency = Đây là nội dung phức tạp, cần thêm thời gian xem xét, giải quyết. Thực hiện Điều 10 khoản 2 Quy chế tiếp xúc, đối thoại trực tiếp của người đứng đầu cấp ủy, chính quyền với Mặt trận Tổ quốc, các tổ chức chính trị - xã hội và Nhân dân, { $committee } thông báo: { $agency } chủ trì giải quyết; thời hạn trả lời bằng văn bản chậm nhất là ngày { $until }.
paper-timeline-closing = { $committee } thông báo để { $whom } được biết./.
paper-answer-summary = V/v trả lời ý kiến, kiến nghị của công dân
paper-answer-organisation = Đơn vị: { $organisation }.
paper-answer-address = Địa chỉ: { $address }.
paper-answer-opening = Sau khi xem xét, { $committee } trả lời như sau:
paper-answer-closing = { $committee } trả lời để { $whom } được biết./.

## Báo cáo kết quả tiếp xúc, đối thoại (Art. 10.3, 11).

paper-report-title = BÁO CÁO
paper-report-summary = Kết quả tiếp xúc, đối thoại trực tiếp với Nhân dân từ ngày { $from } đến ngày { $to }
paper-report-as-of = Số liệu tính đến ngày { $date }.
paper-report-as-of-unfinished = Số liệu tính đến ngày { $date } (kỳ báo cáo chưa kết thúc, kết thúc ngày { $end }).
paper-report-held = I. KẾT QUẢ TỔ CHỨC
paper-report-sessions = Trong kỳ, { $committee } tổ chức { $held } hội nghị đối thoại{ $stopped ->
        [0] {""}
       *[other] {" "}(trong đó { $stopped } hội nghị bị dừng)
    }, { $cancelled } hội nghị bị hủy, { $not_held } hội nghị chưa tổ chức; { $registrations } người đăng ký phát biểu; tiếp nhận { $opinions } ý kiến, kiến nghị.
paper-report-flow = Tổng số ý kiến, kiến nghị phải giải quyết trong kỳ: { $to_handle } (kỳ trước chuyển sang { $carried_over }, giao giải quyết trong kỳ { $assigned }{ $awaiting ->
        [0] {""}
       *[other] , tiếp nhận trong kỳ chờ thông báo kết luận { $awaiting }
    }); đã giải quyết { $handled }; chưa giải quyết { $open }.
paper-report-balance-part = - trong đó { $name }
paper-column-item = Nội dung
paper-column-count = Số lượng
paper-report-deadlines = II. VIỆC THỰC HIỆN THỜI HẠN
paper-column-on-time = Đúng hạn
paper-column-late = Trễ hạn
paper-column-overdue-open = Quá hạn, chưa xong
paper-column-on-time-rate = Tỷ lệ đúng hạn
paper-tally-announcements = Thông báo trước 07 ngày (Điều 7 khoản 2)
paper-tally-conclusion-notices = Thông báo kết luận trong 10 ngày làm việc (Điều 10 khoản 1)
paper-tally-written-answers = Trả lời bằng văn bản hoặc chuyển cơ quan có thẩm quyền trong 30 ngày làm việc (Điều 10 khoản 2)
paper-report-agencies = III. KẾT QUẢ GIẢI QUYẾT CỦA CÁC CƠ QUAN, ĐƠN VỊ
paper-report-no-agency = Không có ý kiến giao giải quyết trong kỳ.
paper-column-agency-unit = Cơ quan, đơn vị
paper-column-carried-over = Kỳ trước chuyển sang
paper-column-assigned = Giao trong kỳ
paper-column-handled-on-time = Giải quyết đúng hạn
paper-column-handled-late = Giải quyết trễ hạn
paper-column-routed-out = Chuyển ra ngoài phạm vi
paper-column-not-due = Chưa đến hạn
paper-column-overdue = Quá hạn
paper-report-overdue-by-agency = Các ý kiến quá hạn giải quyết tại thời điểm cuối kỳ, theo cơ quan:
paper-column-agency = Cơ quan
paper-column-opinion-short = Ý kiến
paper-column-due = Hạn
paper-report-missed = IV. CÁC THỜI HẠN ĐẾN TRONG KỲ BỊ TRỄ, QUÁ HẠN
paper-report-none-missed = Không có thời hạn nào đến trong kỳ bị trễ hoặc quá hạn.
paper-column-rule = Quy định
paper-column-subject = Đối tượng
paper-column-state = Tình trạng
paper-column-days = Số ngày
paper-days = { $days } ngày
paper-working-days = { $days } ngày làm việc
paper-opinion = Ý kiến “{ $content }” (hội nghị ngày { $date })
paper-opinion-in-notice = Ý kiến TT { $row } Thông báo số { $number } “{ $content }” (hội nghị ngày { $date })
paper-session-named = Hội nghị “{ $title }” ngày { $date }
paper-state-late = trễ hạn
paper-state-overdue = quá hạn, chưa xong
paper-report-closing = { $committee } báo cáo./.
