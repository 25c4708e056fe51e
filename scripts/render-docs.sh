#!/usr/bin/env bash
# Draft every kind of document for the example ward (examples/ward_dialogue.sh), convert each to
# PDF with LibreOffice and each page to PNG with pdftoppm, so a person can look at every page:
#
#     sudo apt-get install libreoffice-writer poppler-utils fonts-liberation2
#     bash scripts/render-docs.sh [OUT_DIR]          # default: target/render-docs
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-target/render-docs}"
rm -rf "$out" && mkdir -p "$out"
command -v soffice >/dev/null || { echo "render-docs: LibreOffice is not installed (apt-get install libreoffice-writer)" >&2; exit 1; }
command -v pdftoppm >/dev/null || { echo "render-docs: pdftoppm is not installed (apt-get install poppler-utils)" >&2; exit 1; }
cargo build --quiet
db="$(mktemp -d)/phuong-hoang-mai.db"
KEEP_DB="$db" DOITHOAI="$PWD/target/debug/doithoai" bash examples/ward_dialogue.sh >/dev/null 2>&1
d() { target/debug/doithoai --db "$db" --today 2026-11-29 --clerk "Trần Thị Lan" "$@"; }
d init --office "Phường Hoàng Mai" --place "Hoàng Mai" --signer-title "Chủ tịch" \
    --signer-name "Nguyễn Văn Hùng" --chair-name "Nguyễn Văn Hùng" \
    --deputy-names "Lê Văn Phúc; Trần Thị Mai" \
    --report-recipients "UBND thành phố Hà Nội; Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Hà Nội" >/dev/null
d doc announcement 1 --output "$out/1-thong-bao-to-chuc.docx" --pdf
d doc invitation 1 --output "$out/2-giay-moi.docx" --pdf
d doc minutes 1 --output "$out/3-bien-ban.docx" --pdf
d doc notice 1 --output "$out/4-thong-bao-ket-luan.docx" --pdf
d doc answer 3 --output "$out/5-tra-loi.docx" --pdf
d doc forward 9 --output "$out/5a-chuyen-y-kien.docx" --pdf
d doc timeline 1 --output "$out/5b-thong-bao-thoi-han.docx" --pdf
d doc report --year 2026 --output "$out/6-bao-cao.docx" --pdf
# The same report signed by a deputy chair: TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH.
d init --office "Phường Hoàng Mai" --signer-name "Lê Văn Phúc" >/dev/null
d doc report --year 2026 --output "$out/7-bao-cao-pho-chu-tich.docx" --pdf
for pdf in "$out"/*.pdf; do
    pdftoppm -r 80 -png "$pdf" "${pdf%.pdf}-trang"
done
ls -1 "$out"
