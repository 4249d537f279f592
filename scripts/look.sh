#!/bin/sh
# Look at the summary sheets as a manager would see them printed: refresh each fixture workbook
# into out/look/, print it to PDF with LibreOffice, and make 60 dpi PNGs of the pages that hold
# the summary sheets. LibreOffice also re-saves each file as .xlsx, and the script counts the
# charts that survive, which shows it read our chart parts.
#
# Needs: libreoffice-calc and poppler-utils (apt-get install -y libreoffice-calc poppler-utils).
# Not part of CI. Usage: scripts/look.sh [AS_OF]   (default 2024-10-01)
set -eu
cd "$(dirname "$0")/.."
AS_OF="${1:-2024-10-01}"
OUT=out/look

for tool in soffice pdftoppm pdftotext unzip; do
  command -v "$tool" >/dev/null 2>&1 || { echo "look.sh needs $tool: apt-get install -y libreoffice-calc poppler-utils unzip" >&2; exit 2; }
done

rm -rf "$OUT"
mkdir -p "$OUT/pdf" "$OUT/png" "$OUT/resaved"
npm run -s build:cli

for f in tests/fixtures/*.xlsx; do
  name=$(basename "$f" .xlsx)
  RAG_PLAN_NOW="${AS_OF}T09:00:00" node bin/rag-plan.js refresh "$f" --as-of "$AS_OF" --out "$OUT/$name.xlsx"
  charts=$(unzip -l "$OUT/$name.xlsx" | grep -c 'xl/charts/chart[0-9]*\.xml' || true)

  soffice --headless --convert-to pdf --outdir "$OUT/pdf" "$OUT/$name.xlsx" >/dev/null 2>&1
  soffice --headless --convert-to xlsx --outdir "$OUT/resaved" "$OUT/$name.xlsx" >/dev/null 2>&1
  kept=$(unzip -l "$OUT/resaved/$name.xlsx" | grep -c 'xl/charts/chart[0-9]*\.xml' || true)
  echo "$name: $charts chart(s) written; LibreOffice kept $kept after opening and saving it"

  # PNGs only of the pages from the first summary title onwards (source sheets come first).
  pages=$(pdfinfo "$OUT/pdf/$name.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
  first=1
  i=1
  while [ "$i" -le "${pages:-0}" ]; do
    if pdftotext -f "$i" -l "$i" "$OUT/pdf/$name.pdf" - 2>/dev/null | grep -q '^RAG Plan summary'; then first=$i; break; fi
    i=$((i + 1))
  done
  pdftoppm -png -r 60 -f "$first" "$OUT/pdf/$name.pdf" "$OUT/png/$name"
done

echo "Pages to look at: $OUT/png/"
