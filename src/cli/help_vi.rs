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
    ("speaker refuse", "Từ chối đối thoại: không đủ năng lực hành vi dân sự, gây rối hoặc không vì mục đích xây dựng (R7, Điều 9)"),
    ("speaker spoke", "Ghi nhận người đăng ký đã phát biểu"),
    ("speaker withdraw", "Ghi nhận người đăng ký rút đăng ký"),
    ("speaker list", "Người phát biểu của một hội nghị theo thứ tự"),
    ("speaker edit", "Sửa họ tên, tổ chức, địa chỉ hoặc nội dung đăng ký (giữ số thứ tự)"),
    ("opinion", "Ý kiến, kiến nghị và việc trả lời"),
    ("opinion add", "Ghi ý kiến: từ tổng hợp của MTTQ trước hội nghị, hoặc phát biểu tại hội nghị"),
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
    ("report", "Báo cáo: việc quá hạn (chạy định kỳ), thống kê định kỳ (R13), kế hoạch năm (R3)"),
    ("report overdue", "Mọi việc trễ hạn tính đến một ngày (R4, R9, R10, R12), trễ nhiều nhất trước; dùng cho cron"),
    ("report period", "Thống kê một kỳ cho cấp trên (R13, Điều 10 khoản 3)"),
    ("report plan", "Kế hoạch năm: mỗi chức danh chủ trì có hội nghị định kỳ (R3, Điều 6, 11)"),
    ("export", "Xuất dữ liệu dạng CSV hoặc JSON, theo luồng"),
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
    ("db", "Tệp cơ sở dữ liệu (nếu không: biến DOITHOAI_DB, tệp cấu hình, thư mục dữ liệu của hệ thống)"),
    ("format", "Định dạng kết quả: table (bảng), csv, json"),
    ("bom", "Thêm BOM UTF-8 vào đầu CSV (Excel hiển thị đúng tiếng Việt)"),
    ("semicolon", "Phân cách CSV bằng ';' (Excel cài đặt tiếng Việt cần)"),
    ("clerk", "Tên cán bộ ghi vào nhật ký (nếu không: DOITHOAI_CLERK, tệp cấu hình, tài khoản hệ thống)"),
    ("lang", "Ngôn ngữ giao diện: en hoặc vi (nếu không: DOITHOAI_LANG, tệp cấu hình, LC_ALL, LC_MESSAGES, LANG)"),
    ("include_protected", "Hiện họ tên, địa chỉ người tố cáo (mặc định được che, Luật Tố cáo 2018 Điều 9, 47); nhật ký ghi lại mỗi lần"),
];

const TEMPLATE: &str =
    "{before-help}{about-with-newline}\nCách dùng: {usage}\n\n{all-args}{after-help}";

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
            cmd = cmd.mut_arg(*id, |a| a.help(*vi).help_heading("Tùy chọn chung"));
        }
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
