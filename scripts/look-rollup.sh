#!/bin/sh
# The README's picture of a roll-up: four plans of different kinds and one damaged file rolled up
# into one summary, its Summary sheet printed through LibreOffice, the first page as a PNG.
# Needs: libreoffice-calc and poppler-utils. Not part of CI. Usage: scripts/look-rollup.sh
set -eu
cd "$(dirname "$0")/.."
OUT=out/look-rollup
for tool in soffice pdftoppm; do
  command -v "$tool" >/dev/null 2>&1 || { echo "look-rollup.sh needs $tool: apt-get install -y libreoffice-calc poppler-utils" >&2; exit 2; }
done
rm -rf "$OUT"
mkdir -p "$OUT/plans" "$OUT/print"
npm run -s build:cli
cp tests/fixtures/harrow-2023-risks.xlsx tests/fixtures/havering-2019-action-plan.xlsx \
  tests/fixtures/havering-productivity-plan-2024.xlsx tests/fixtures/savings/havering-savings-delivery-2024.xlsx "$OUT/plans/"
# A copy cut short, as a download that stopped: listed under "Workbooks not read".
head -c 3000 tests/fixtures/harrow-2023-risks.xlsx > "$OUT/plans/damaged.xlsx"
RAG_PLAN_NOW=2024-10-01T09:00:00 node bin/rag-plan.js rollup "$OUT/plans" --out "$OUT/corporate-summary.xlsx" --as-of 2024-10-01 --jobs 1
# A new roll-up's first sheet is its Summary, so the first page printed is the Summary's: its
# headline and RAG by workbook (A4 landscape at 90 dpi is 1052 x 744).
soffice --headless --convert-to pdf --outdir "$OUT/print" "$OUT/corporate-summary.xlsx" >/dev/null 2>&1
pdftoppm -png -r 90 -f 1 -l 1 -singlefile "$OUT/print/corporate-summary.pdf" docs/images/rollup-summary
echo "Wrote docs/images/rollup-summary.png"
