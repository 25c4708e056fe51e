#!/usr/bin/env bash
# Render what the supervisor opens as pictures a person can look at: the example ward's
# period report, overdue report and opinions export (HTML) printed to PDF by headless Chromium,
# each page as PNG, a screenshot at A4 width, and the workbooks (the period report, the overdue
# report, the export, the history) printed through LibreOffice Calc, page by page. Needs
# chromium, poppler-utils (pdftoppm) and libreoffice-calc:
#
#     sudo apt-get install chromium poppler-utils libreoffice-calc-nogui
#     bash scripts/render-report.sh [OUT_DIR]        # default: target/render
#
# Then open OUT_DIR/*.png. DOITHOAI_LANG=en renders the English page.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-target/render}"
mkdir -p "$out"
browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
if [[ -z "$browser" ]]; then
    echo "render-report: Chromium is not installed (apt-get install chromium)" >&2
    exit 1
fi
command -v pdftoppm >/dev/null || { echo "render-report: pdftoppm is not installed (apt-get install poppler-utils)" >&2; exit 1; }
cargo build --quiet
db="$(mktemp -d)/phuong-hoang-mai.db"
KEEP_DB="$db" DOITHOAI="$PWD/target/debug/doithoai" bash examples/ward_dialogue.sh >/dev/null 2>&1
export DOITHOAI_LANG="${DOITHOAI_LANG:-vi}"
d() { target/debug/doithoai --db "$db" --today 2026-11-29 "$@"; }
d report period --year 2026 --output "$out/report.html"
d report period --year 2026 --output "$out/report.xlsx"
d report overdue --output "$out/overdue.xlsx"
d export opinions --output "$out/export.xlsx"
d history --output "$out/history.xlsx"
d report overdue --output "$out/overdue.html"
d export opinions --output "$out/export.html"
d session list --output "$out/sessions.ics"
d opinion list --format html > "$out/opinions.html"
chrome() { timeout 120 "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars \
    --no-pdf-header-footer "$@" 2>/dev/null; }
for page in report opinions overdue export; do
    chrome --print-to-pdf="$out/$page.pdf" "$out/$page.html"
    pdftoppm -r 80 -png "$out/$page.pdf" "$out/$page-page"
done
# The year of the example ward prints on at most two A4 pages.
pages="$(pdfinfo "$out/report.pdf" | awk '/^Pages:/ {print $2}')"
if (( pages > 2 )); then
    echo "render-report: the printed year report takes $pages A4 pages (at most 2)" >&2
    exit 1
fi
chrome --window-size=794,1123 --screenshot="$out/report-screen.png" "$out/report.html"
# Each workbook as LibreOffice prints it (A4 landscape, page numbers in the footer), page by page.
if command -v soffice >/dev/null; then
    profile="$(mktemp -d)"
    for book in report overdue export history; do
        timeout 180 soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf \
            --outdir "$out/xlsx" "$out/$book.xlsx" >/dev/null 2>&1
        pdftoppm -r 60 -png "$out/xlsx/$book.pdf" "$out/$book-xlsx-page"
    done
    rm -rf "$profile"
else
    echo "render-report: LibreOffice Calc is not installed: the workbooks are not rendered (apt-get install libreoffice-calc-nogui)" >&2
fi
ls -1 "$out"
