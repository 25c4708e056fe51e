//! The help pages in Vietnamese: the command tree clap builds is rewritten at run time from this
//! table when the interface speaks Vietnamese (command descriptions, the global options and
//! clap's own headings). Argument help not in the table stays as written.

use clap::Command;

/// (command path, Vietnamese description).
const ABOUT: &[(&str, &str)] = &[
    ("", "doithoai — theo dõi hội nghị tiếp xúc, đối thoại trực tiếp của cấp ủy, chính quyền với Nhân dân (QĐ 2200/QĐ-TU năm 2017), tính hạn chính xác theo ngày làm việc"),
    ("init", "Tạo cơ sở dữ liệu và đặt thông tin đơn vị (tên, cấp, tuần làm việc)"),
    ("calendar", "Lịch làm việc: tính hạn, xem tháng, ngày nghỉ, ngày nghỉ/làm bù riêng của đơn vị"),
    ("calendar deadline", "Tính hạn: N ngày làm việc sau một ngày, N ngày sau, hoặc ngày muộn nhất N ngày trước sự kiện (R4)"),
    ("calendar show", "In lịch một tháng (2026-02) hoặc một năm (2026), thứ Hai trước, đánh dấu ngày nghỉ"),
    ("calendar list", "Liệt kê ngày nghỉ và ngày làm bù của một năm, kèm văn bản căn cứ"),
    ("calendar add-holiday", "Ghi ngày nghỉ riêng của đơn vị (một ngày hoặc một khoảng)"),
    ("calendar add-workday", "Ghi ngày làm việc riêng của đơn vị (ví dụ thứ Bảy làm bù)"),
    ("calendar remove", "Xóa ngày nghỉ/làm bù riêng của đơn vị"),
    ("calendar import", "Nhập lịch nghỉ chính thức của một năm khi được công bố (ngày, loại, tên, căn cứ), có chạy thử"),
    ("session", "Hội nghị: lập kế hoạch, thông báo, tổ chức, kết luận, xem"),
    ("session plan", "Lập kế hoạch hội nghị; in mã, hạn thông báo (R4) và hạn thông báo kết luận nếu tổ chức đúng ngày (R9)"),
    ("session announce", "Ghi nhận thông báo công khai (R4: trước 7 ngày; thông báo muộn vẫn ghi và đánh dấu)"),
    ("session invite", "Ghi nhận giấy mời: tổ chức, cơ quan được mời trả lời, cá nhân"),
    ("session delegate", "Ghi nhận cấp phó chủ trì vì lý do sức khỏe hoặc công tác đột xuất (R1)"),
    ("session hold", "Ghi nhận hội nghị đã tổ chức (bắt đầu tính hạn R9)"),
    ("session stop", "Ghi nhận người chủ trì dừng hội nghị (R7); vẫn tính là đã tổ chức"),
    ("session cancel", "Hủy hội nghị chưa tổ chức. Có hỏi xác nhận; dùng `--yes` trong tập lệnh"),
    ("session edit", "Sửa tên, giờ, địa điểm, đơn vị chủ trì, người chủ trì hoặc thư ký"),
    ("session reschedule", "Dời hội nghị chưa tổ chức sang ngày khác (giữ người phát biểu và ý kiến; hạn R4 theo ngày mới)"),
    ("session uninvite", "Rút giấy mời ghi nhầm"),
    ("session list", "Danh sách hội nghị"),
    ("session show", "Toàn bộ về một hội nghị: người phát biểu, ý kiến, thông báo kết luận, các hạn và cảnh báo"),
    ("speaker", "Đăng ký phát biểu, theo thứ tự đăng ký (R6)"),
    ("speaker register", "Đăng ký phát biểu; in số thứ tự phát biểu (R6)"),
    ("speaker import", "Nhập danh sách đăng ký phát biểu từ bảng (.csv, .xlsx, .ods), giữ thứ tự: nhập tất cả hoặc không dòng nào"),
    ("speaker refuse", "Từ chối đối thoại: không đủ năng lực hành vi dân sự, gây rối hoặc không vì mục đích xây dựng (R7, Điều 9)"),
    ("speaker spoke", "Ghi nhận người đăng ký đã phát biểu"),
    ("speaker withdraw", "Ghi nhận người đăng ký rút đăng ký"),
    ("speaker list", "Người phát biểu của một hội nghị theo thứ tự"),
    ("speaker edit", "Sửa họ tên, tổ chức, địa chỉ hoặc nội dung đăng ký (giữ số thứ tự)"),
    ("opinion", "Ý kiến, kiến nghị và việc trả lời"),
    ("opinion add", "Ghi ý kiến: từ tổng hợp của MTTQ trước hội nghị, hoặc phát biểu tại hội nghị"),
    ("opinion import", "Nhập bảng tổng hợp ý kiến của MTTQ (.csv, .xlsx, .ods): nhập tất cả hoặc không dòng nào"),
    ("opinion answer", "Ghi nhận đã trả lời, làm rõ tại hội nghị (không đưa vào thông báo kết luận, Điều 10 khoản 1)"),
    ("opinion out-of-scope", "Chuyển khiếu nại, tố cáo ra ngoài phạm vi Quy chế (R8, Điều 1 khoản 2)"),
    ("opinion respond", "Ghi nhận văn bản trả lời người kiến nghị (R10, Điều 10 khoản 2)"),
    ("opinion forward", "Ghi nhận đã chuyển cơ quan có thẩm quyền (R11)"),
    ("opinion extend", "Ghi nhận văn bản thông báo thời hạn giải quyết vấn đề phức tạp (R12)"),
    ("opinion list", "Danh sách ý kiến (các bộ lọc kết hợp)"),
    ("opinion show", "Một ý kiến với nhật ký và giải thích cách tính hạn"),
    ("opinion edit", "Sửa nội dung, loại nội dung, mức độ hoặc lĩnh vực (giữ trạng thái và hạn)"),
    ("opinion reassign", "Chuyển ý kiến đã giao sang cơ quan chủ trì khác, không ban hành lại thông báo (giữ hạn R10)"),
    ("conclusion", "Thông báo kết luận (R9) và việc giao xử lý"),
    ("conclusion issue", "Ban hành thông báo kết luận: giao mọi ý kiến còn mở cho cơ quan chủ trì và in hạn trả lời R10 của từng ý kiến"),
    ("conclusion show", "Thông báo kết luận của một hội nghị (mọi bản) và việc giao xử lý"),
    ("agency", "Cơ quan, đơn vị trả lời ý kiến"),
    ("agency add", "Thêm cơ quan"),
    ("agency list", "Danh sách cơ quan với số ý kiến được giao và đang chờ"),
    ("agency rename", "Đổi tên cơ quan; tên cũ vẫn tìm được"),
    ("agency edit", "Sửa loại hoặc liên hệ của cơ quan"),
    ("agency merge", "Gộp cơ quan trùng (gõ hai cách) vào cơ quan kia: chuyển mọi ý kiến, phân công, giấy mời; tên cũ vẫn tìm được. Có hỏi xác nhận; `--yes` trong tập lệnh"),
    ("history", "Ai làm gì, khi nào (nhật ký chỉ ghi thêm)"),
    ("doc", "Soạn văn bản đơn vị ký và gửi (Word, thể thức theo Nghị định 30/2020/NĐ-CP)"),
    ("doc announcement", "Thông báo tổ chức hội nghị đối thoại (Điều 7 khoản 2)"),
    ("doc invitation", "Giấy mời: mỗi tổ chức, cơ quan được mời một trang (Điều 6 khoản 1)"),
    ("doc minutes", "Biên bản hội nghị: người phát biểu theo thứ tự đăng ký và ý kiến của từng người (Điều 8, 9)"),
    ("doc notice", "Thông báo kết luận: từng ý kiến, cơ quan chủ trì, hạn trả lời (Điều 10 khoản 1)"),
    ("doc answer", "Văn bản trả lời người kiến nghị (Điều 10 khoản 2)"),
    ("doc forward", "Văn bản chuyển ý kiến, kiến nghị đến cơ quan có thẩm quyền (Điều 10 khoản 2)"),
    ("doc timeline", "Thông báo thời hạn giải quyết nội dung phức tạp (Điều 10 khoản 2)"),
    ("doc report", "Báo cáo kết quả tiếp xúc, đối thoại của một kỳ cho cấp trên (Điều 10 khoản 3, Điều 11)"),
    ("report", "Báo cáo: việc quá hạn (chạy định kỳ), thống kê định kỳ (R13), kế hoạch năm (R3)"),
    ("report overdue", "Mọi việc trễ hạn tính đến một ngày (R4, R9, R10, R12), trễ nhiều nhất trước; dùng cho cron"),
    ("report period", "Thống kê một kỳ cho cấp trên (R13, Điều 10 khoản 3)"),
    ("report plan", "Kế hoạch năm: mỗi chức danh chủ trì có hội nghị định kỳ (R3, Điều 6, 11)"),
    ("export", "Xuất dữ liệu: CSV, JSON, bảng tính Excel (xlsx), trang in (html) hoặc lịch (ics, hội nghị)"),
    ("check", "Kiểm tra cơ sở dữ liệu: toàn vẹn SQLite và các ràng buộc của doithoai"),
    ("backup", "Sao lưu nhất quán, đã kiểm tra, trong khi người khác vẫn làm việc"),
    ("restore", "Khôi phục từ bản sao lưu: kiểm tra trước; cơ sở dữ liệu hiện tại được giữ lại"),
    ("undo", "Hoàn tác lệnh gần nhất của bạn (hiện trước; hỏi, hoặc `--yes` trong tập lệnh). Nhật ký giữ cả lệnh và việc hoàn tác"),
    ("config", "Tệp cấu hình: cơ sở dữ liệu, ngôn ngữ, tên cán bộ (tùy chọn > biến môi trường > tệp > mặc định)"),
    ("config show", "In các mục trong tệp"),
    ("config set", "Đặt một mục: db ĐƯỜNG-DẪN, lang en|vi, clerk TÊN"),
    ("config unset", "Xóa một mục khỏi tệp"),
    ("config path", "In vị trí tệp"),
    ("man", "In trang hướng dẫn (roff): `doithoai man > /usr/local/share/man/man1/doithoai.1`"),
    ("completions", "In mã tự hoàn thành cho shell (bash, zsh, fish, powershell, elvish)"),
];

/// (argument id, Vietnamese help) for the global options every page shows.
const GLOBAL: &[(&str, &str)] = &[
    ("db", "Tệp cơ sở dữ liệu (nếu không: biến DOITHOAI_DB, tệp cấu hình, thư mục dữ liệu của hệ thống); báo cáo nhận nhiều --db để tổng hợp cho thành phố"),
    ("format", "Định dạng kết quả: table (bảng), csv, json, xlsx (Excel), html (trang in A4), ics (lịch), docx (Word), md (Markdown); mặc định theo đuôi tệp --output"),
    ("keys", "Giữ tên cột, giá trị và tên trang tính bằng mã tiếng Anh cố định trong CSV, xlsx, html (cho chương trình, tập lệnh)"),
    ("quiet", "Không in thông báo nào ra stderr ngoài lỗi và cảnh báo (không có dòng \"đã ghi TỆP\"); `report overdue` không in gì khi không có việc đến hạn"),
    ("bom", "Thêm BOM UTF-8 vào đầu CSV (Excel hiển thị đúng tiếng Việt)"),
    ("semicolon", "Phân cách CSV bằng ';' (Excel cài đặt tiếng Việt cần); kèm --decimal-comma"),
    ("decimal_comma", "Số thập phân trong CSV dùng dấu phẩy (0,7143), như Excel cài đặt tiếng Việt đọc"),
    ("clerk", "Tên cán bộ ghi vào nhật ký (nếu không: DOITHOAI_CLERK, tệp cấu hình, tài khoản hệ thống)"),
    ("lang", "Ngôn ngữ giao diện: en hoặc vi (nếu không: DOITHOAI_LANG, tệp cấu hình, LC_ALL, LC_MESSAGES, LANG)"),
    ("include_protected", "Hiện họ tên, địa chỉ người tố cáo (mặc định được che, Luật Tố cáo 2018 Điều 9, 47); nhật ký ghi lại mỗi lần"),
];

/// (English help of an argument, its Vietnamese help). Keyed by the English text, so one line
/// serves every command that shares an argument; a test fails on any argument missing here.
const ARGS: &[(&str, &str)] = &[
    ("A calendar year, e.g. 2026", "Một năm, ví dụ 2026"),
    ("The schedule: a table shaped like data/vn-days-off.csv (date, kind, name, source), .csv or .xlsx", "Lịch nghỉ: bảng có dạng data/vn-days-off.csv (ngày, loại, tên, căn cứ), .csv hoặc .xlsx"),
    ("List the days added or changed and every open deadline that would move; write nothing", "Liệt kê các ngày thêm, đổi và mọi hạn đang mở sẽ dời; không ghi gì"),
    ("Replace a year that already has an official schedule", "Thay lịch nghỉ của năm đã có lịch chính thức"),
    ("The table: .csv (UTF-8, UTF-16 or Windows-1258; `,` `;` or tab), .xlsx, .xls or .ods", "Bảng: .csv (UTF-8, UTF-16 hoặc Windows-1258; phân cách `,` `;` hoặc tab), .xlsx, .xls hoặc .ods"),
    ("Show what would be created and every row's problem; write nothing", "Chạy thử: hiện những gì sẽ tạo và lỗi của từng dòng; không ghi gì"),
    ("Name a column's field when its header is not recognised, e.g. --map \"Ý kiến cử tri=content\"; repeatable", "Gán cột cho trường khi không nhận ra tiêu đề, ví dụ --map \"Ý kiến cử tri=content\"; lặp lại được"),
    ("The text was typed in the old TCVN3 (ABC) fonts such as .VnTime: convert it to Unicode", "Văn bản gõ bằng phông TCVN3 (ABC) cũ như .VnTime: chuyển sang Unicode"),
    ("Art. 5 category of rows without a category column or cell", "Phân loại theo Điều 5 cho các dòng không ghi phân loại"),
    ("Priority of rows without one (default: normal)", "Mức độ cho các dòng không ghi (mặc định: thường)"),
    ("A city's report: every doithoai database in this folder, one office each (read-only)", "Báo cáo của thành phố: mọi cơ sở dữ liệu doithoai trong thư mục này, mỗi tệp một đơn vị (chỉ đọc)"),
    ("A quarter, e.g. Q3/2026 or 2026-Q3", "Quý, ví dụ Q3/2026, \"quý III/2026\" hoặc 2026-Q3"),
    ("A half-year, e.g. H2/2026 or 2026-H2", "Nửa năm, ví dụ H2/2026 hoặc 2026-H2"),
    ("Documents: the place name of the date line, e.g. \"Hoàng Mai\" (\"\" removes a setting)", "Văn bản: địa danh ở dòng ngày tháng, ví dụ \"Hoàng Mai\" (\"\" để xóa một mục)"),
    ("Documents: the issuing body as headed, e.g. \"ỦY BAN NHÂN DÂN PHƯỜNG HOÀNG MAI\" (default: \"ỦY BAN NHÂN DÂN\" and the office's name)", "Văn bản: tên cơ quan ban hành, ví dụ \"ỦY BAN NHÂN DÂN PHƯỜNG HOÀNG MAI\" (mặc định: \"ỦY BAN NHÂN DÂN\" và tên đơn vị)"),
    ("Documents: the governing body above it, if any, e.g. \"UBND THÀNH PHỐ HÀ NỘI\"", "Văn bản: tên cơ quan chủ quản (nếu có), ví dụ \"UBND THÀNH PHỐ HÀ NỘI\""),
    ("Documents: the signer's title, e.g. \"CHỦ TỊCH\" or \"PHÓ CHỦ TỊCH\"", "Văn bản: chức vụ người ký, ví dụ \"CHỦ TỊCH\" hoặc \"PHÓ CHỦ TỊCH\""),
    ("Documents: the signer's name, e.g. \"Nguyễn Văn Hùng\"", "Văn bản: họ tên người ký, ví dụ \"Nguyễn Văn Hùng\""),
    ("Documents: signing on behalf, e.g. \"TM. ỦY BAN NHÂN DÂN\" or \"KT. CHỦ TỊCH\"", "Văn bản: quyền hạn ký, ví dụ \"TM. ỦY BAN NHÂN DÂN\" hoặc \"KT. CHỦ TỊCH\""),
    ("How the letters address the speaker: mr (Ông) or ms (Bà)", "Cách xưng hô trong văn bản gửi người phát biểu: mr (Ông) hoặc ms (Bà)"),
    ("How the letters address the speaker: mr (Ông) or ms (Bà); \"Ông/Bà\" when left out", "Cách xưng hô trong văn bản gửi người phát biểu: mr (Ông) hoặc ms (Bà); để trống thì ghi \"Ông/Bà\""),
    ("Spoke at the session, held already, without registering before it (an ad-hoc session, from the floor)", "Đã phát biểu tại hội nghị đã tổ chức mà không đăng ký trước (hội nghị đột xuất, phát biểu tại chỗ)"),
    ("A month, e.g. 12/2026 (also 2026-12, \"tháng 12/2026\").", "Một tháng, ví dụ 12/2026 (hoặc 2026-12, \"tháng 12/2026\")."),
    ("A month, e.g. 12/2026 (also 2026-12, \"tháng 12/2026\")", "Một tháng, ví dụ 12/2026 (hoặc 2026-12, \"tháng 12/2026\")"),
    ("Documents: the People's Committee chair, e.g. \"Nguyễn Văn Hùng\": signs as \"TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH\"", "Văn bản: Chủ tịch UBND, ví dụ \"Nguyễn Văn Hùng\": ký \"TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH\""),
    ("Documents: the bodies a report is sent to, separated by \";\", e.g. \"UBND thành phố Hà Nội; Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Hà Nội\"", "Văn bản: nơi nhận báo cáo, cách nhau bằng \";\", ví dụ \"UBND thành phố Hà Nội; Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Hà Nội\""),
    ("Documents: the deputy chairs, separated by \";\", e.g. \"Trần Thị Mai; Lê Quang Vinh\": sign as \"TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH\"; any other signer is refused", "Văn bản: các Phó Chủ tịch UBND, cách nhau bằng \";\", ví dụ \"Trần Thị Mai; Lê Quang Vinh\": ký \"TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH\"; người ký khác bị từ chối"),
    ("Documents: the issuer's code in document numbers, e.g. UBND in \"Số: 15/TB-UBND\" (default: UBND)", "Văn bản: chữ viết tắt tên cơ quan trong số văn bản, ví dụ UBND trong \"Số: 15/TB-UBND\" (mặc định: UBND)"),
    ("The file to write (default: named after the document, in the current folder; .md with --format md)", "Tệp ghi ra (mặc định: đặt theo tên văn bản, trong thư mục hiện tại; .md với --format md)"),
    ("Replace an existing file", "Thay tệp đã có"),
    ("Also convert to PDF with LibreOffice (soffice), keeping the .docx", "Chuyển thêm sang PDF bằng LibreOffice (soffice), giữ cả tệp .docx"),
    ("Only the invitation of this organisation or agency, as recorded (diacritics ignored)", "Chỉ giấy mời của tổ chức, cơ quan này, như đã ghi (không cần dấu)"),
    ("A chair role code or part of the chair's name (diacritics ignored)", "Chức danh chủ trì (bi-thu, chu-tich-hdnd, chu-tich-ubnd) hoặc một phần họ tên người chủ trì (không cần dấu)"),
    ("A month (2026-02 or 02/2026) or a year (2026)", "Một tháng (02/2026 hoặc 2026-02) hoặc một năm (2026)"),
    ("A note, e.g. how the person was guided (Law on Complaints)", "Ghi chú, ví dụ đã hướng dẫn người dân thế nào (Luật Khiếu nại, Luật Tố cáo)"),
    ("The day it was routed out (default today): on or after the session, not after today", "Ngày chuyển ra ngoài phạm vi đối thoại (mặc định hôm nay): từ ngày hội nghị trở đi, không sau hôm nay"),
    ("Add the Vietnamese lunar day under each date", "Ghi thêm ngày âm lịch dưới mỗi ngày"),
    ("Agency name or id", "Tên hoặc mã cơ quan"),
    ("The title of the notice's signer when it is not the configured signer's, e.g. \"PHÓ CHỦ TỊCH\"", "Chức vụ của người ký thông báo khi không phải người ký đã thiết lập, ví dụ \"PHÓ CHỦ TỊCH\""),
    ("How the notice's signer signs when not as configured, e.g. \"KT. CHỦ TỊCH\"", "Quyền hạn ký của người ký thông báo khi khác thiết lập, ví dụ \"KT. CHỦ TỊCH\""),
    ("The day the agency took it over (default: today)", "Ngày cơ quan mới nhận ý kiến (mặc định: hôm nay)"),
    ("Also list items due within the next N working days", "Liệt kê cả việc đến hạn trong N ngày làm việc tới"),
    ("An agency invited to answer; repeatable (an unknown name needs --new-agency)", "Cơ quan được mời để trả lời; lặp lại được (tên chưa có cần --new-agency)"),
    ("An individual; repeatable", "Cá nhân được mời; lặp lại được"),
    ("An organisation (MTTQ, Hội Phụ nữ…); repeatable", "Tổ chức được mời (MTTQ, Hội Phụ nữ…); lặp lại được"),
    ("Art. 5 category", "Nội dung theo Điều 5: thong-tin, gop-y-du-thao, thuc-hien, can-bo, kien-nghi, khac"),
    ("Art. 5 category: briefing, draft-consultation, implementation, cadre-conduct, petition, other", "Nội dung theo Điều 5: thong-tin (thông tin tình hình), gop-y-du-thao, thuc-hien (thực hiện chính sách), can-bo (tác phong cán bộ), kien-nghi, khac"),
    ("Assign one opinion to a lead agency (name or id); repeatable", "Giao một ý kiến cho cơ quan chủ trì (tên hoặc mã), dạng Ý-KIẾN=CƠ-QUAN; lặp lại được"),
    ("Only the latest events, this many (still listed oldest first)", "Chỉ bấy nhiêu dòng nhật ký mới nhất (vẫn xếp từ cũ đến mới)"),
    ("Cancel without asking (needed when not at a terminal)", "Hủy không hỏi lại (bắt buộc khi chạy trong tập lệnh)"),
    ("Chair role: party-secretary, council-chair, committee-chair (Art. 2.1)", "Chức danh chủ trì: bi-thu (Bí thư cấp ủy), chu-tich-hdnd, chu-tich-ubnd (Điều 2 khoản 1)"),
    ("Chair's name", "Họ tên người chủ trì"),
    ("Contact: phone, e-mail or person", "Liên hệ: điện thoại, thư điện tử hoặc người đầu mối"),
    ("Count N calendar days (a last day off rolls forward, Civil Code Art. 148(5))", "Tính N ngày theo lịch (ngày cuối là ngày nghỉ thì lùi sang ngày làm việc kế tiếp, Bộ luật Dân sự Điều 148 khoản 5)"),
    ("Count N working days", "Tính N ngày làm việc"),
    ("Count Saturdays as working days for deadlines (only if the office decided so); `--saturdays-count false` turns it off again", "Tính thứ Bảy là ngày làm việc khi tính hạn (chỉ khi đơn vị có quyết định); `--saturdays-count false` để bỏ"),
    ("Create the agencies named here that do not exist yet (else an unknown name is refused with the closest existing ones)", "Tạo các cơ quan nêu ở đây nếu chưa có (nếu không, tên lạ bị từ chối kèm các tên gần giống)"),
    ("Create the agency if it does not exist yet", "Tạo cơ quan nếu chưa có"),
    ("Create the agency if it does not exist yet (else an unknown name is refused with the closest existing ones)", "Tạo cơ quan nếu chưa có (nếu không, tên lạ bị từ chối kèm các tên gần giống)"),
    ("Date of the announcement", "Ngày thông báo"),
    ("Date of the forwarding", "Ngày chuyển"),
    ("Date of the notice", "Ngày ban hành thông báo"),
    ("Date of the session", "Ngày tổ chức hội nghị"),
    ("Date of the written answer", "Ngày của văn bản trả lời"),
    ("Date the person was notified in writing of the timeline", "Ngày thông báo bằng văn bản thời hạn giải quyết cho người kiến nghị"),
    ("Deadline on or after this date", "Hạn từ ngày này trở đi"),
    ("Deadline on or before this date (\"due by 20/11\": the 20th included)", "Hạn đến hết ngày này (\"hạn đến 20/11\": tính cả ngày 20)"),
    ("Do it without asking (needed when not at a terminal)", "Làm không hỏi lại (bắt buộc khi chạy trong tập lệnh)"),
    ("Document number of the forwarding letter", "Số văn bản chuyển"),
    ("Document number of the timeline notice", "Số văn bản thông báo thời hạn"),
    ("Document number, e.g. 15/TB-UBND", "Số văn bản, ví dụ 15/TB-UBND"),
    ("Exit with code 3 when something is overdue (for cron and monitoring)", "Thoát với mã 3 khi có việc quá hạn (cho cron và giám sát)"),
    ("Field (lĩnh vực), e.g. \"giao thông\"", "Lĩnh vực, ví dụ \"giao thông\""),
    ("Field tag: land, environment, order, traffic…", "Lĩnh vực: đất đai, môi trường, trật tự, giao thông…"),
    ("First day of a custom period", "Ngày đầu của kỳ tự chọn"),
    ("First day off", "Ngày nghỉ đầu tiên"),
    ("From this date (with --to)", "Từ ngày (cùng --to)"),
    ("Group by agency", "Nhóm theo cơ quan (agency)"),
    ("Host unit", "Đơn vị chủ trì"),
    ("Host unit (default: the office's name)", "Đơn vị chủ trì (mặc định: tên đơn vị)"),
    ("How R4's \"7 days before\" is read: standard (the session date minus 7) or clear-days (7 clear days in between: minus 8)", "Cách hiểu \"trước 07 ngày\" (Điều 7 khoản 2): standard (ngày hội nghị trừ 7) hoặc clear-days (đủ 7 ngày ở giữa: trừ 8)"),
    ("Issue a correction (--replace) without asking (needed when not at a terminal)", "Ban hành bản đính chính (--replace) không hỏi lại (bắt buộc khi chạy trong tập lệnh)"),
    ("Issue a correction that replaces the session's notice (the first stays in history)", "Ban hành bản đính chính thay thông báo của hội nghị (bản đầu vẫn giữ trong nhật ký)"),
    ("Its document number, e.g. 125/UBND-QLĐT", "Số văn bản, ví dụ 125/UBND-QLĐT"),
    ("Kind, e.g. \"phòng chuyên môn\"", "Loại, ví dụ \"phòng chuyên môn\""),
    ("Kind, e.g. \"phòng chuyên môn\", \"đơn vị sự nghiệp\"", "Loại, ví dụ \"phòng chuyên môn\", \"đơn vị sự nghiệp\""),
    ("Last day of a custom period", "Ngày cuối của kỳ tự chọn"),
    ("Last day off of a range (inclusive)", "Ngày nghỉ cuối của khoảng (tính cả ngày này)"),
    ("Level of the office: city (a province too: province), district, commune (a ward too: ward) (default: commune)", "Cấp của đơn vị: tinh/thanh-pho hoặc xa/phuong (mặc định: cấp xã)"),
    ("Level: city, district, commune (default: the office's)", "Cấp: tinh/thanh-pho hoặc xa/phuong; cap-huyen chỉ cho hội nghị trước 01/07/2025 (mặc định: cấp của đơn vị)"),
    ("Name of the office, e.g. \"Phường Hoàng Mai\"", "Tên đơn vị, ví dụ \"Phường Hoàng Mai\""),
    ("Name, e.g. \"Phòng Quản lý đô thị\"", "Tên, ví dụ \"Phòng Quản lý đô thị\""),
    ("Only events of this opinion", "Chỉ nhật ký của ý kiến này"),
    ("Only events of this session (its speakers, opinions and notices included)", "Chỉ nhật ký của hội nghị này (kể cả người phát biểu, ý kiến, thông báo)"),
    ("Only opinions in this status (opinions)", "Chỉ ý kiến ở trạng thái này (khi xuất ý kiến)"),
    ("Only opinions of this session", "Chỉ ý kiến của hội nghị này"),
    ("Only pending opinions past their deadline (as of today)", "Chỉ ý kiến đang chờ đã quá hạn (tính đến hôm nay)"),
    ("Only records of a half-year, e.g. 2026-H2", "Chỉ dữ liệu của nửa năm, ví dụ H2/2026 (6 tháng cuối năm) hoặc 2026-H2"),
    ("Only records of a quarter, e.g. 2026-Q3", "Chỉ dữ liệu của một quý, ví dụ Q3/2026, \"quý III/2026\" hoặc 2026-Q3"),
    ("Only records of the sessions of this year (opinions: by their session's date, or by the due date with --by due)", "Chỉ dữ liệu của các hội nghị trong năm này (ý kiến: theo ngày hội nghị, hoặc theo hạn với --by due)"),
    ("Only records of this kind: office, agency, session, registration, opinion, conclusion, calendar", "Chỉ một loại đối tượng: office (đơn vị), agency (cơ quan), session (hội nghị), registration (đăng ký), opinion (ý kiến), conclusion (kết luận), calendar (lịch)"),
    ("Only records of this session", "Chỉ dữ liệu của hội nghị này"),
    ("Opinions are dated by their session (default) or by their due date", "Ý kiến tính theo ngày hội nghị (session, mặc định) hoặc theo hạn (due)"),
    ("Read the text from a file (- for stdin), for petitions too long for one argument", "Đọc nội dung từ tệp (- là đầu vào chuẩn), cho kiến nghị dài"),
    ("Replace an existing backup file (a nightly copy under one name); it is replaced only once the new copy is complete and verified", "Thay tệp sao lưu đã có (bản sao hằng đêm cùng một tên); chỉ thay khi bản mới đã đủ và đã kiểm tra"),
    ("Secretary", "Thư ký"),
    ("Secretary taking the minutes (Art. 8.1)", "Thư ký ghi biên bản (Điều 8 khoản 1)"),
    ("Sessions dated in this year", "Hội nghị trong năm này"),
    ("Show every day from the trigger to the deadline, counted or skipped, and why", "Liệt kê từng ngày từ ngày bắt đầu đến hạn: được tính hay bỏ qua, vì sao"),
    ("Start time, HH:MM", "Giờ bắt đầu: 08:00, 8h00, 8 giờ"),
    ("The agency for every opinion not named by --assign", "Cơ quan chủ trì cho mọi ý kiến không nêu trong --assign"),
    ("The agency responsible (an unknown name needs --new-agency)", "Cơ quan chịu trách nhiệm (tên chưa có cần --new-agency)"),
    ("The agency that answers for it now (id, name or former name)", "Cơ quan chủ trì mới (mã, tên hoặc tên cũ)"),
    ("The agency that disappears (id, name or former name)", "Cơ quan bị gộp (mã, tên hoặc tên cũ)"),
    ("The agency that stays", "Cơ quan được giữ lại"),
    ("The agency: id, name or former name", "Cơ quan: mã, tên hoặc tên cũ"),
    ("The backup to bring back (a file written by `doithoai backup`); it is verified first", "Bản sao lưu cần khôi phục (tệp do `doithoai backup` tạo); được kiểm tra trước"),
    ("The competent authority", "Cơ quan có thẩm quyền"),
    ("The day (default: the day it was held, or its planned date)", "Ngày dừng (mặc định: ngày tổ chức hoặc ngày dự kiến)"),
    ("The day a change of --saturdays-count or --announcement-reading takes effect (default: today). Deadlines triggered before it keep the ones they were given", "Ngày thay đổi --saturdays-count hoặc --announcement-reading có hiệu lực (mặc định: hôm nay). Hạn đã phát sinh trước ngày đó giữ nguyên"),
    ("The day it took place (default: its planned date)", "Ngày đã tổ chức (mặc định: ngày dự kiến)"),
    ("The day open items are judged on (default: today)", "Ngày dùng để đánh giá việc còn mở (mặc định: hôm nay)"),
    ("The day the office works", "Ngày đơn vị làm việc"),
    ("The day to judge lateness on (default: today)", "Ngày dùng để tính quá hạn (mặc định: hôm nay)"),
    ("The day whose office override is removed", "Ngày cần xóa ngày nghỉ/làm bù riêng"),
    ("The decision or notice", "Quyết định hoặc thông báo căn cứ"),
    ("The decision or notice, e.g. \"QĐ 12/QĐ-UBND ngày 20/11/2026\"", "Quyết định hoặc thông báo căn cứ, ví dụ \"QĐ 12/QĐ-UBND ngày 20/11/2026\""),
    ("The deputy who chairs", "Cấp phó chủ trì thay"),
    ("The event date, for \"N days before\" (R4: the announcement 7 days before a session)", "Ngày diễn ra sự kiện, để tính \"trước N ngày\" (thông báo trước 07 ngày, Điều 7 khoản 2)"),
    ("The invitee's name, as recorded", "Tên người/tổ chức được mời, như đã ghi"),
    ("The new date", "Ngày mới"),
    ("The new name", "Tên mới"),
    ("The new start time, HH:MM", "Giờ bắt đầu mới: 08:00, 8h00, 8 giờ"),
    ("The new target date", "Thời hạn giải quyết mới"),
    ("The opinion", "Ý kiến (mã)"),
    ("The opinion's text", "Nội dung ý kiến"),
    ("The organisation the speaker represents", "Tổ chức người phát biểu đại diện"),
    ("The session", "Hội nghị (mã)"),
    ("The shell, e.g. bash: `doithoai completions bash > /etc/bash_completion.d/doithoai`", "Loại shell: bash, zsh, fish, powershell, elvish; ví dụ `doithoai completions bash > /etc/bash_completion.d/doithoai`"),
    ("The speaker who raised it, if any: the registration's id, or SESSION/ORDER (1/3: the third speaker of session 1)", "Người nêu ý kiến, nếu có: mã đăng ký, hoặc HỘI-NGHỊ/SỐ-THỨ-TỰ (1/3: người phát biểu thứ ba của hội nghị 1)"),
    ("The speaker's address", "Địa chỉ người phát biểu"),
    ("A petitioner the Front's synthesis names who did not register to speak, e.g. \"Nguyễn Văn Tâm\"", "Người kiến nghị có tên trong bản tổng hợp của Mặt trận nhưng không đăng ký phát biểu, ví dụ \"Nguyễn Văn Tâm\""),
    ("The speaker's address (for an individual)", "Địa chỉ người phát biểu (cá nhân)"),
    ("The speaker's name", "Họ và tên người phát biểu"),
    ("The speaker: the id, or SESSION/ORDER (2/1: the first speaker of session 2)", "Người phát biểu: mã, hoặc HỘI-NGHỊ/SỐ-THỨ-TỰ (2/1: người thứ nhất của hội nghị 2)"),
    ("The text of the opinion", "Nội dung ý kiến"),
    ("The triggering date (the session, the notice…); it is not counted (Civil Code Art. 147)", "Ngày bắt đầu tính (ngày hội nghị, ngày thông báo…); không tính ngày này (Bộ luật Dân sự Điều 147)"),
    ("The value", "Giá trị"),
    ("The year to check", "Năm cần kiểm tra"),
    ("The year to list", "Năm cần liệt kê"),
    ("Title", "Tên hội nghị"),
    ("Title, e.g. \"Đối thoại với Nhân dân về chỉnh trang đô thị\"", "Tên hội nghị, ví dụ \"Đối thoại với Nhân dân về chỉnh trang đô thị\""),
    ("To this date, included (with --from)", "Đến hết ngày (cùng --from)"),
    ("Topics (Art. 5): briefing, draft-consultation, implementation, cadre-conduct, petition, other", "Nội dung (Điều 5): thong-tin, gop-y-du-thao, thuc-hien, can-bo, kien-nghi, khac; cách nhau bằng dấu phẩy"),
    ("Undo without asking (needed when not at a terminal)", "Hoàn tác không hỏi lại (bắt buộc khi chạy trong tập lệnh)"),
    ("Venue, or the link of an online session", "Địa điểm, hoặc đường dẫn của hội nghị trực tuyến"),
    ("What the answer says", "Tóm tắt nội dung trả lời"),
    ("What the speaker registered to speak about", "Nội dung đăng ký phát biểu"),
    ("What the speaker registered to speak about (Art. 8.3)", "Nội dung đăng ký phát biểu (Điều 8 khoản 3)"),
    ("What to export", "Loại dữ liệu: sessions (hội nghị), registrations (đăng ký), opinions (ý kiến), conclusions (kết luận), history (nhật ký)"),
    ("What was answered", "Nội dung đã trả lời"),
    ("Where it was announced, e.g. \"Đài truyền thanh phường, cổng thông tin điện tử\"", "Nơi thông báo, ví dụ \"Đài truyền thanh phường, cổng thông tin điện tử\""),
    ("Where to write the copy (refused if it exists, unless --force)", "Nơi ghi bản sao (từ chối nếu tệp đã có, trừ khi dùng --force)"),
    ("Who answered at the session", "Người trả lời tại hội nghị"),
    ("Who signed it", "Người ký"),
    ("Why (kept in the history)", "Lý do (ghi vào nhật ký)"),
    ("Why it is cancelled", "Lý do hủy"),
    ("Why the chair stopped it (Art. 8.5, 9.2)", "Lý do người chủ trì dừng hội nghị (Điều 8 khoản 5, Điều 9 khoản 2)"),
    ("Why the correction was issued", "Lý do ban hành bản đính chính"),
    ("Why the office is closed, e.g. \"Ngày Văn hóa Việt Nam\"", "Lý do nghỉ, ví dụ \"Ngày Văn hóa Việt Nam\""),
    ("Why, e.g. \"Làm bù cho ngày 24/11\"", "Lý do, ví dụ \"Làm bù cho ngày 24/11\""),
    ("Words to find in the text, field or speaker; diacritics ignored (`dat dai` finds \"đất đai\")", "Từ cần tìm trong nội dung, lĩnh vực hoặc người phát biểu; không cần dấu (`dat dai` tìm được \"đất đai\")"),
    ("Write to this file atomically instead of stdout (.ics for the chairs' calendars)", "Ghi vào tệp này (trọn vẹn hoặc không ghi) thay vì in ra màn hình (.ics: lịch cho người chủ trì)"),
    ("Write to this file atomically instead of stdout (format from its extension: .csv, .json, .xlsx, .html)", "Ghi vào tệp này (trọn vẹn hoặc không ghi) thay vì in ra màn hình (định dạng theo đuôi tệp: .csv, .json, .xlsx, .html)"),
    ("Write to this file atomically instead of stdout", "Ghi vào tệp này (trọn vẹn hoặc không ghi) thay vì in ra màn hình"),
    ("complaint or denunciation", "khieu-nai (khiếu nại) hoặc to-cao (tố cáo)"),
    ("db, lang or clerk", "db (cơ sở dữ liệu), lang (ngôn ngữ) hoặc clerk (tên cán bộ)"),
    ("e.g. 2026-H2", "Nửa năm, ví dụ H1/2026 (6 tháng đầu năm) hoặc 2026-H2"),
    ("e.g. 2026-Q4", "Quý, ví dụ Q4/2026, \"quý IV/2026\" hoặc 2026-Q4"),
    ("health or urgent-duty: the only grounds of Art. 2.1", "suc-khoe (lý do sức khỏe) hoặc cong-tac-dot-xuat: hai lý do duy nhất của Điều 2 khoản 1"),
    ("in-person or online (Art. 6.1)", "truc-tiep hoặc truc-tuyen (Điều 6 khoản 1)"),
    ("no-civil-capacity, disorder or non-constructive", "khong-du-nang-luc (không đủ năng lực hành vi dân sự), gay-roi (gây rối trật tự công cộng) hoặc khong-xay-dung (không vì mục đích xây dựng)"),
    ("open, answered, out-of-scope, assigned, extended, responded or forwarded", "chua-xu-ly, da-tra-loi-tai-hoi-nghi, khong-thuoc-pham-vi, da-giao, gia-han, da-tra-loi (bằng văn bản) hoặc da-chuyen (cấp có thẩm quyền)"),
    ("periodic, regular or ad-hoc", "dinh-ky, thuong-xuyen hoặc dot-xuat"),
    ("periodic, regular or ad-hoc (Art. 6.2)", "dinh-ky (định kỳ), thuong-xuyen hoặc dot-xuat (Điều 6 khoản 2)"),
    ("planned, announced, held, stopped, concluded, closed or cancelled", "du-kien, da-thong-bao, da-to-chuc, da-dung, da-ket-luan, da-hoan-thanh hoặc da-huy"),
    ("urgent, high or normal", "khan (khẩn), cao hoặc thuong (thường)"),
    ("urgent, high or normal (Art. 7.2.1)", "khan (khẩn), cao hoặc thuong (thường) (Điều 7 khoản 2 điểm 1)"),
];

/// (English placeholder, Vietnamese placeholder) for the `<VALUE>` names on help pages.
const VALUE_NAMES: &[(&str, &str)] = &[
    ("ADDRESS", "ĐỊA-CHỈ"),
    ("N", "N"),
    ("OPINION=AGENCY", "Ý-KIẾN=CƠ-QUAN"),
    ("PLACE", "ĐỊA-DANH"),
    ("ISSUING_BODY", "CƠ-QUAN-BAN-HÀNH"),
    ("GOVERNING_BODY", "CƠ-QUAN-CHỦ-QUẢN"),
    ("SIGNER_TITLE", "CHỨC-VỤ"),
    ("SIGNER_NAME", "HỌ-TÊN"),
    ("SIGNER_AUTHORITY", "QUYỀN-HẠN-KÝ"),
    ("CHAIR_NAME", "HỌ-TÊN"),
    ("MONTH", "THÁNG"),
    ("HONORIFIC", "DANH-XƯNG"),
    ("REPORT_RECIPIENTS", "NƠI-NHẬN; NƠI-NHẬN"),
    ("DEPUTY_NAMES", "HỌ-TÊN; HỌ-TÊN"),
    ("DOC_CODE", "CHỮ-VIẾT-TẮT"),
    ("ORG", "TỔ-CHỨC"),
    ("AGENCY", "CƠ-QUAN"),
    ("AGENCIES", "CƠ-QUAN"),
    ("COLUMN=FIELD", "CỘT=TRƯỜNG"),
    ("DIR", "THƯ-MỤC"),
    ("ORGANISATIONS", "TỔ-CHỨC"),
    ("ANNOUNCEMENT_READING", "CÁCH-HIỂU"),
    ("AS_OF", "NGÀY"),
    ("BACKUP", "BẢN-SAO-LƯU"),
    ("BEFORE", "NGÀY-SỰ-KIỆN"),
    ("BOOL", "có|không"),
    ("BY", "THEO"),
    ("ANSWERED_BY", "NGƯỜI-TRẢ-LỜI"),
    ("CATEGORY", "NỘI-DUNG-ĐIỀU-5"),
    ("CHAIR", "NGƯỜI-CHỦ-TRÌ"),
    ("CHAIR_ROLE", "CHỨC-DANH"),
    ("CHANNEL", "NƠI-THÔNG-BÁO"),
    ("CONTACT", "LIÊN-HỆ"),
    ("CONTENT", "NỘI-DUNG"),
    ("DATE", "NGÀY"),
    ("DAYS", "N"),
    ("DEPUTY", "CẤP-PHÓ"),
    ("DOC", "SỐ-VĂN-BẢN"),
    ("DUE_AFTER", "NGÀY"),
    ("DUE_BEFORE", "NGÀY"),
    ("EFFECTIVE", "NGÀY"),
    ("FIELD", "LĨNH-VỰC"),
    ("FILE", "TỆP"),
    ("FORM", "HÌNH-THỨC"),
    ("FORMAT", "ĐỊNH-DẠNG"),
    ("FROM", "TỪ"),
    ("HALF", "NỬA-NĂM"),
    ("HOST", "ĐƠN-VỊ-CHỦ-TRÌ"),
    ("ID", "MÃ"),
    ("INDIVIDUALS", "CÁ-NHÂN"),
    ("INTO", "CƠ-QUAN-GIỮ-LẠI"),
    ("KEY", "MỤC"),
    ("KIND", "LOẠI"),
    ("LANG", "NGÔN-NGỮ"),
    ("LEVEL", "CẤP"),
    ("LIMIT", "SỐ-DÒNG"),
    ("NAME", "TÊN"),
    ("NEW_NAME", "TÊN-MỚI"),
    ("NOTE", "GHI-CHÚ"),
    ("NOTIFIED_ON", "NGÀY"),
    ("OFFICE", "ĐƠN-VỊ"),
    ("ON", "NGÀY"),
    ("OPINION", "Ý-KIẾN"),
    ("ORGANISATION", "TỔ-CHỨC"),
    ("PATH", "ĐƯỜNG-DẪN"),
    ("PERIOD", "THÁNG-HOẶC-NĂM"),
    ("PRIORITY", "MỨC-ĐỘ"),
    ("QUARTER", "QUÝ"),
    ("REASON", "LÝ-DO"),
    ("SEARCH", "TỪ-KHÓA"),
    ("SECRETARY", "THƯ-KÝ"),
    ("SESSION", "HỘI-NGHỊ"),
    ("SHELL", "SHELL"),
    ("SIGNER", "NGƯỜI-KÝ"),
    ("SOURCE", "CĂN-CỨ"),
    ("SPEAKER", "NGƯỜI-PHÁT-BIỂU"),
    ("STATUS", "TRẠNG-THÁI"),
    ("SUMMARY", "TÓM-TẮT"),
    ("TIME", "GIỜ"),
    ("TITLE", "TÊN"),
    ("TO", "ĐẾN"),
    ("TOPIC", "NỘI-DUNG"),
    ("TOPICS", "NỘI-DUNG"),
    ("UNTIL", "THỜI-HẠN"),
    ("VALUE", "GIÁ-TRỊ"),
    ("VENUE", "ĐỊA-ĐIỂM"),
    ("WITHIN", "N"),
    ("WORKING_DAYS", "N"),
    ("YEAR", "NĂM"),
];

/// The Vietnamese placeholder for `english` ("GIÁ-TRỊ" when the table has none: a test
/// fails on those).
fn value_name(english: &str) -> &'static str {
    VALUE_NAMES
        .iter()
        .find(|(en, _)| *en == english)
        .map_or("GIÁ-TRỊ", |(_, vi)| *vi)
}

/// The Vietnamese placeholders of an argument that takes values.
fn value_names(arg: &clap::Arg) -> Vec<&'static str> {
    match arg.get_value_names() {
        Some(names) => names.iter().map(|n| value_name(n.as_str())).collect(),
        None if arg.is_positional() && arg.get_id() == "from" => vec!["CƠ-QUAN-BỊ-GỘP"],
        None => vec![value_name(&arg.get_id().as_str().to_ascii_uppercase())],
    }
}

/// The Vietnamese help of an argument whose English help is `english`.
fn arg_help(english: &str) -> Option<&'static str> {
    ARGS.iter()
        .find(|(en, _)| *en == english)
        .map(|(_, vi)| *vi)
}

const TEMPLATE: &str =
    "{before-help}{about-with-newline}\nCách dùng: {usage}\n\n{all-args}{after-help}";

/// One argument's help in Vietnamese, with its default named in Vietnamese too (clap would
/// print "[default: …]" and "Possible values:" in English).
fn translate_arg(arg: clap::Arg) -> clap::Arg {
    let english = arg.get_help().map(ToString::to_string).unwrap_or_default();
    let Some(vi) = arg_help(&english) else {
        return arg;
    };
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| doithoai::messages::label(v.to_string_lossy()))
        .collect();
    let help = if defaults.is_empty() || vi.contains("mặc định") {
        vi.to_string()
    } else {
        format!("{vi} (mặc định: {})", defaults.join(", "))
    };
    let takes_values = arg.get_action().takes_values();
    let arg = arg.help(help).long_help(None::<&str>);
    if !takes_values {
        return arg;
    }
    let names = value_names(&arg);
    arg.value_names(names)
        .hide_default_value(true)
        .hide_possible_values(true)
}

/// A rendered help page with clap's fixed English usage words said in Vietnamese.
pub fn page(rendered: &str) -> String {
    rendered
        .replace("[OPTIONS]", "[TÙY-CHỌN]")
        // Each command's Vietnamese word (`hoi-nghi` for `session`), as clap lists aliases.
        .replace("[alias: ", "[tiếng Việt: ")
        .replace("[aliases: ", "[tiếng Việt: ")
}

/// The command tree in Vietnamese.
pub fn translate(cmd: Command) -> Command {
    translate_at(cmd, "")
}

fn translate_at(mut cmd: Command, path: &str) -> Command {
    if let Some((_, vi)) = ABOUT.iter().find(|(p, _)| *p == path) {
        cmd = cmd.about(*vi).long_about(None::<&str>);
    }
    cmd = cmd
        .help_template(TEMPLATE)
        .subcommand_help_heading("Lệnh")
        .subcommand_value_name("LỆNH")
        .next_help_heading("Tùy chọn");
    if path.is_empty() {
        cmd = cmd
            .disable_help_flag(true)
            .disable_version_flag(true)
            .disable_help_subcommand(true)
            .arg(
                clap::Arg::new("help")
                    .short('h')
                    .long("help")
                    .action(clap::ArgAction::Help)
                    .help("In trợ giúp")
                    .help_heading("Tùy chọn chung")
                    .global(true),
            )
            .arg(
                clap::Arg::new("version")
                    .short('V')
                    .long("version")
                    .action(clap::ArgAction::Version)
                    .help("In phiên bản")
                    .help_heading("Tùy chọn chung"),
            );
        for (id, vi) in GLOBAL {
            // The page's words stay Vietnamese: the accepted values and the variables are
            // named in the help text itself, not in clap's English "[env: …]" notes.
            cmd = cmd.mut_arg(*id, |a| {
                let takes_values = a.get_action().takes_values();
                let a = a.help(*vi).help_heading("Tùy chọn chung");
                if takes_values {
                    let names = value_names(&a);
                    a.value_names(names)
                        .hide_env(true)
                        .hide_possible_values(true)
                } else {
                    a
                }
            });
        }
    }
    // Headings the commands name themselves, in Vietnamese.
    let documents: Vec<String> = cmd
        .get_arguments()
        .filter(|a| a.get_help_heading() == Some("Documents (Decree 30/2020/NĐ-CP)"))
        .map(|a| a.get_id().to_string())
        .collect();
    for id in documents {
        cmd = cmd.mut_arg(id, |a| a.help_heading("Văn bản (Nghị định 30/2020/NĐ-CP)"));
    }
    // The command's own options and arguments under Vietnamese headings.
    let own: Vec<(String, bool)> = cmd
        .get_arguments()
        .filter(|a| !a.is_global_set() && a.get_help_heading().is_none())
        .map(|a| (a.get_id().to_string(), a.is_positional()))
        .collect();
    for (id, positional) in own {
        let heading = if positional {
            "Tham số"
        } else {
            "Tùy chọn"
        };
        cmd = cmd.mut_arg(id, |a| a.help_heading(heading));
    }
    let own: Vec<String> = cmd
        .get_arguments()
        .filter(|a| !a.is_global_set())
        .map(|a| a.get_id().to_string())
        .collect();
    for id in own {
        cmd = cmd.mut_arg(id, translate_arg);
    }
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        let sub_path = if path.is_empty() {
            name.clone()
        } else {
            format!("{path} {name}")
        };
        cmd = cmd.mut_subcommand(&name, |s| translate_at(s, &sub_path));
    }
    cmd
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Words that only English help would hold (whole words, outside option names, quoted
    /// examples and code spans).
    const ENGLISH: &[&str] = &[
        "the",
        "of",
        "and",
        "or",
        "with",
        "for",
        "this",
        "from",
        "when",
        "which",
        "each",
        "every",
        "not",
        "its",
        "default",
        "possible",
        "values",
        "print",
        "help",
        "usage",
        "options",
        "arguments",
        "commands",
        "e.g",
        "only",
        "else",
        "env",
        "why",
        "who",
        "what",
        "where",
        "read",
        "write",
        "show",
        "list",
        "date",
        "name",
        "file",
        "text",
    ];

    /// The words a reader sees: option names, `code`, "quoted examples" and the stable codes in
    /// parentheses after a Vietnamese word are taken out first.
    fn prose_words(page: &str) -> Vec<String> {
        // A command list line ("  show  Một ý kiến…") starts with the command's own name.
        // The usage line is the command's own path and placeholders (checked on its own).
        let page: String = page
            .lines()
            .filter(|line| !line.starts_with("Cách dùng:"))
            .map(|line| match line.strip_prefix("  ") {
                Some(rest) if rest.starts_with(|c: char| c.is_ascii_lowercase()) => {
                    rest.split_once(' ').map_or("", |(_, about)| about)
                }
                _ => line,
            })
            .collect::<Vec<_>>()
            .join("\n");
        let mut text = String::new();
        let mut skip_until: Option<char> = None;
        for c in page.chars() {
            match skip_until {
                Some(end) if c == end => skip_until = None,
                Some(_) => {}
                None if c == '`' => skip_until = Some('`'),
                None if c == '"' => skip_until = Some('"'),
                None => text.push(c),
            }
        }
        text.split_whitespace()
            .filter(|w| !w.starts_with('-') && !w.starts_with('<') && !w.starts_with('['))
            .flat_map(|w| {
                w.split(|c: char| !c.is_alphanumeric() && c != '.')
                    .map(|p| p.trim_end_matches('.').to_lowercase())
                    .collect::<Vec<_>>()
            })
            .filter(|w| !w.is_empty())
            .collect()
    }

    fn pages() -> Vec<(String, String)> {
        fn walk(cmd: &mut Command, path: &str, out: &mut Vec<(String, String)>) {
            out.push((path.to_string(), page(&cmd.render_long_help().to_string())));
            let names: Vec<String> = cmd
                .get_subcommands()
                .map(|s| s.get_name().to_string())
                .collect();
            for name in names {
                let sub_path = format!("{path} {name}").trim().to_string();
                if let Some(sub) = cmd.find_subcommand_mut(&name) {
                    walk(sub, &sub_path, out);
                }
            }
        }
        let mut cmd = translate(crate::cli::command());
        // Builds the tree and runs clap's own consistency checks on every command.
        cmd.build();
        let mut out = Vec::new();
        walk(&mut cmd, "", &mut out);
        out
    }

    #[test]
    fn every_help_page_reads_in_vietnamese() {
        let pages = pages();
        assert!(pages.len() > 50, "walked {} pages", pages.len());
        for (path, page) in &pages {
            let english: Vec<String> = prose_words(page)
                .into_iter()
                .filter(|w| ENGLISH.contains(&w.as_str()))
                .collect();
            assert!(
                english.is_empty(),
                "`doithoai {path} --help` in vi has English {english:?}:\n{page}"
            );
            assert!(page.contains("Cách dùng: doithoai"), "{path}");
            assert!(!page.contains("OPTIONS"), "{path}:\n{page}");
        }
    }

    #[test]
    fn every_argument_has_its_vietnamese_help() {
        fn walk(cmd: &Command, path: &str, missing: &mut Vec<String>) {
            let shown = cmd.get_arguments().filter(|a| !a.is_hide_set());
            for arg in shown.filter(|a| !a.is_global_set() || path == "doithoai") {
                let english = arg.get_help().map(ToString::to_string).unwrap_or_default();
                let global = GLOBAL.iter().any(|(id, _)| arg.get_id() == *id);
                if !global && arg_help(&english).is_none() {
                    missing.push(format!("{path} --{}: {english}", arg.get_id()));
                }
                let placeholders: Vec<String> = match arg.get_value_names() {
                    Some(names) => names.iter().map(ToString::to_string).collect(),
                    None => vec![arg.get_id().as_str().to_ascii_uppercase()],
                };
                let named = |p: &String| VALUE_NAMES.iter().any(|(en, _)| en == p);
                if arg.get_action().takes_values() && !placeholders.iter().all(named) {
                    missing.push(format!(
                        "{path} --{}: placeholder {placeholders:?}",
                        arg.get_id()
                    ));
                }
            }
            for sub in cmd.get_subcommands() {
                walk(sub, &format!("{path} {}", sub.get_name()), missing);
            }
        }
        let mut missing = Vec::new();
        walk(&crate::cli::command(), "doithoai", &mut missing);
        assert!(
            missing.is_empty(),
            "no Vietnamese help for:\n{}",
            missing.join("\n")
        );
    }

    #[test]
    fn the_word_check_can_fail() {
        let words = prose_words("Tham số:\n  <SESSION>  The session (`dat dai` \"Phường\") --by");
        assert!(words.contains(&"the".to_string()) && words.contains(&"session".to_string()));
        assert!(!words
            .iter()
            .any(|w| ["by", "dat", "phường"].contains(&w.as_str())));
    }
}
