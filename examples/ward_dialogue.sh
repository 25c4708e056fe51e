#!/usr/bin/env bash
# A realistic dialogue of Phường Hoàng Mai (Hà Nội), from planning to the last written answer,
# played against a fresh temporary database. Run from the repository root:
#
#     bash examples/ward_dialogue.sh
#
# Set DOITHOAI to use an installed binary instead of `cargo run`, and KEEP_DB=path to keep the
# database for exploring afterwards (e.g. `doithoai --db path report overdue`).
set -euo pipefail

cd "$(dirname "$0")/.."
if [[ -z "${DOITHOAI:-}" ]]; then
    cargo build --quiet
    DOITHOAI="$PWD/target/debug/doithoai"
fi
export DOITHOAI_DB="${KEEP_DB:-$(mktemp -d)/phuong-hoang-mai.db}"
export DOITHOAI_CLERK="Trần Thị Lan"
# Vietnamese by default, as a ward clerk reads it; DOITHOAI_LANG=en for English.
export DOITHOAI_LANG="${DOITHOAI_LANG:-vi}"
d() { "$DOITHOAI" "$@"; }
# A step's title in the language of the run (English first, Vietnamese second).
step() {
    local title="$1"
    [[ "$DOITHOAI_LANG" == vi* && -n "${2:-}" ]] && title="$2"
    printf '\n\033[1m== %s\033[0m\n' "$title" >&2
}
day() { export DOITHOAI_TODAY="$1"; }

step "The office and its agencies" "Đơn vị và các cơ quan"
day 2026-05-25
d init --office "Phường Hoàng Mai" --level commune
d agency add "Phòng Quản lý đô thị" --kind "phòng chuyên môn" --contact "024 3864 1234"
d agency add "Phòng Kinh tế" --kind "phòng chuyên môn"
d agency add "Công an phường Hoàng Mai" --kind "lực lượng vũ trang"
d agency add "Ban Quản lý chợ Mai Động" --kind "đơn vị sự nghiệp"

step "Plan the periodic dialogue of the People's Committee chair (R3, R4, R9)" "Lập kế hoạch hội nghị đối thoại định kỳ của Chủ tịch UBND (R3, R4, R9)"
d session plan --title "Đối thoại trực tiếp với Nhân dân về chỉnh trang đô thị, vệ sinh môi trường và trật tự xây dựng" \
    --kind periodic --date 2026-06-16 --time 08:00 \
    --venue "Hội trường UBND phường Hoàng Mai, số 8 ngõ 12 Tân Mai" \
    --chair-role committee-chair --chair "Nguyễn Văn Hùng" --secretary "Lê Thu Hà" \
    --topic petition --topic implementation --topic briefing
d session invite --new-agency 1 --organisation "Ủy ban MTTQ Việt Nam phường Hoàng Mai" --organisation "Hội Liên hiệp Phụ nữ phường" \
    --organisation "Hội Cựu chiến binh phường" --agency "Phòng Quản lý đô thị" --agency "Công an phường Hoàng Mai"

step "Opinions from the Fatherland Front's synthesis, before the session (Art. 7.2)" "Ý kiến từ tổng hợp của MTTQ, trước hội nghị (Điều 7 khoản 2)"
d opinion add 1 --category petition --priority urgent --field "thoát nước" \
    --content "Đề nghị nạo vét mương thoát nước tổ 12, khu vực thường xuyên ngập úng mỗi khi mưa lớn"
d opinion add 1 --category implementation --field "đất đai" \
    --content "Đề nghị đẩy nhanh việc cấp giấy chứng nhận quyền sử dụng đất đai cho các hộ tổ 5"

step "Announcement — three days late, recorded as it happened (R4)" "Thông báo — chậm ba ngày, ghi đúng như đã diễn ra (R4)"
day 2026-06-12
d session announce 1 --on 2026-06-12 --channel "Đài truyền thanh phường, cổng thông tin điện tử phường"

step "Speakers register (R5, R6)" "Đăng ký phát biểu (R5, R6)"
d speaker register 1 --name "Nguyễn Thị Mai" --address "Số 5 ngõ 12 Tân Mai" --topic "Sửa chữa đường ngõ 12"
d speaker register 1 --name "Phạm Văn Đức" --org "Chi hội Cựu chiến binh tổ 7" --topic "Vệ sinh môi trường chợ Mai Động"
d speaker register 1 --name "Hoàng Thị Lan" --address "Số 21 ngõ 38 Tân Mai" --topic "Chiếu sáng ngõ 38"
d speaker register 1 --name "Trần Văn Bình" --address "Số 3 ngách 12/4" --topic "Thu hồi đất của gia đình"
d speaker register 1 --name "Vũ Đình Khoa" --org "Hội Phụ nữ tổ 9" --topic "Sân chơi cho trẻ em"
d speaker register 1 --name "Đặng Văn Hải" --address "Chợ Mai Động" --topic "Trông giữ xe lòng đường"
d speaker register 1 --name "Lê Minh Tâm" --address "Tổ 15" --topic "Karaoke gây ồn ban đêm"
d speaker register 1 --name "Bùi Quang Vinh" --address "Tổ 2" --topic "Mở rộng đường Tam Trinh"

step "The session is held; one speaker is refused for disorder (R7)" "Tổ chức hội nghị; một người bị từ chối vì gây rối (R7)"
day 2026-06-16
d session hold 1
d speaker refuse 6 --reason disorder
for s in 1 2 3 4 5 7 8; do d speaker spoke "$s" >/dev/null; done

step "Opinions from the floor" "Ý kiến phát biểu tại hội nghị"
d opinion add 1 --speaker 1 --category petition --priority high --field "giao thông" \
    --content "Đề nghị sửa chữa đường ngõ 12 phố Tân Mai, mặt đường hư hỏng nặng sau đợt thi công cống"
d opinion add 1 --speaker 2 --category petition --field "môi trường" \
    --content "Đề nghị xử lý rác thải tồn đọng quanh chợ Mai Động"
d opinion add 1 --speaker 3 --category petition --field "chiếu sáng" \
    --content "Đề nghị lắp đèn chiếu sáng ngõ 38 Tân Mai"
d opinion add 1 --speaker 4 --category petition --field "đất đai" \
    --content "Khiếu nại Quyết định thu hồi đất số 112/QĐ-UBND đối với gia đình ông Trần Văn Bình"
d opinion add 1 --speaker 5 --category petition --field "văn hóa - xã hội" \
    --content "Đề nghị bố trí sân chơi cho trẻ em tại khu đất trống tổ 9"
d opinion add 1 --speaker 7 --category petition --field "trật tự" \
    --content "Phản ánh quán karaoke tổ 15 gây ồn sau 22 giờ"
d opinion add 1 --speaker 8 --category petition --field "giao thông" \
    --content "Đề nghị mở rộng đường Tam Trinh đoạn qua phường"
d opinion add 1 --category briefing \
    --content "Đề nghị thông tin kết quả thực hiện kế hoạch chỉnh trang đô thị 6 tháng đầu năm"
d opinion add 1 --category cadre-conduct \
    --content "Phản ánh thái độ tiếp dân của cán bộ bộ phận một cửa chưa niềm nở"
d opinion add 1 --category draft-consultation \
    --content "Góp ý dự thảo quy định về trông giữ xe trên vỉa hè"

step "Answered on the spot (Art. 8.4, excluded from the notice) and one complaint out of scope (R8)" "Trả lời tại chỗ (Điều 8 khoản 4, không đưa vào thông báo) và một khiếu nại ngoài phạm vi (R8)"
d opinion answer 2 --by "Chủ tịch UBND phường Nguyễn Văn Hùng" --summary "Đã có kế hoạch cấp giấy chứng nhận trong quý III"
d opinion answer 10 --by "Phó Chủ tịch UBND phường" --summary "Đã báo cáo kết quả 6 tháng tại hội nghị"
d opinion answer 11 --by "Chủ tịch UBND phường" --summary "Tiếp thu, chấn chỉnh bộ phận một cửa"
d opinion out-of-scope 6 --as complaint --note "Hướng dẫn công dân thực hiện theo Luật Khiếu nại"

step "Conclusion notice within 10 working days (R9), assigning every open opinion (R10)" "Thông báo kết luận trong 10 ngày làm việc (R9), giao mọi ý kiến còn mở (R10)"
day 2026-06-26
d conclusion issue --new-agency 1 --on 2026-06-26 --doc "15/TB-UBND" --signer "Nguyễn Văn Hùng" \
    --assign 1="Phòng Quản lý đô thị" --assign 3="Phòng Quản lý đô thị" --assign 4="Ban Quản lý chợ Mai Động" \
    --assign 5="Phòng Quản lý đô thị" --assign 8="Công an phường Hoàng Mai" --assign 9="Phòng Kinh tế" \
    --agency "Phòng Quản lý đô thị"

step "Written answers (R10), one forward (R11), one extension (R12), one late answer" "Trả lời bằng văn bản (R10), một chuyển cấp (R11), một gia hạn (R12), một trả lời trễ"
day 2026-07-10
d opinion respond 4 --on 2026-07-10 --doc "125/UBND-BQLC" --summary "Đã thu gom rác tồn đọng, bố trí thêm điểm tập kết tại cổng chợ"
d opinion respond 8 --on 2026-07-10 --doc "46/CAP-TTXH" --summary "Đã kiểm tra, xử phạt và yêu cầu chấm dứt gây ồn sau 22 giờ"
day 2026-07-20
d opinion forward 9 --to "Sở Xây dựng Hà Nội" --on 2026-07-20 --doc "88/UBND-KT"
d opinion respond 3 --on 2026-07-20 --doc "131/UBND-QLĐT" --summary "Đã lập dự toán sửa chữa đường ngõ 12, thi công trong tháng 8"
day 2026-07-28
d opinion extend --new-agency 1 --notified-on 2026-07-24 --until 2026-10-30 --agency "Phòng Quản lý đô thị" --doc "133/UBND-QLĐT"
d opinion respond 12 --on 2026-07-28 --doc "135/UBND" --summary "Tiếp thu góp ý, hoàn thiện dự thảo quy định trông giữ xe"
day 2026-08-12
d opinion respond 5 --on 2026-08-12 --doc "150/UBND-QLĐT" --summary "Đã lắp 6 bộ đèn chiếu sáng ngõ 38"

step "Where things stand on 2026-08-12" "Tình hình đến ngày 12/08/2026"
d report overdue --within 5
d session show 1

step "What the office sends and the supervisor opens" "Văn bản đơn vị gửi và tệp cấp trên mở"
out="$(dirname "$DOITHOAI_DB")/van-ban"
mkdir -p "$out"
d init --office "Phường Hoàng Mai" --place "Hoàng Mai" --signer-title "Chủ tịch" \
    --signer-name "Nguyễn Văn Hùng" --chair-name "Nguyễn Văn Hùng" \
    --deputy-names "Lê Văn Phúc; Trần Thị Mai" \
    --report-recipients "UBND thành phố Hà Nội; Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Hà Nội"
d doc notice 1 --output "$out/thong-bao-ket-luan-1.docx" --force
d doc minutes 1 --output "$out/bien-ban-1.docx" --force
d report period --year 2026 --output "$out/bao-cao-2026.xlsx"
d report period --year 2026 --output "$out/bao-cao-2026.html"
d session list --output "$out/hoi-nghi.ics"
