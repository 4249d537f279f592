#!/bin/sh
# The README's picture of a new plan: rag-plan new from the 2022 peer challenge excerpt
# (tests/fixtures/recommendations/), printed through LibreOffice, its first page as a PNG.
# Needs: libreoffice-calc and poppler-utils. Not part of CI. Usage: scripts/look-new-plan.sh
set -eu
cd "$(dirname "$0")/.."
OUT=out/look-new-plan
for tool in soffice pdftoppm; do
  command -v "$tool" >/dev/null 2>&1 || { echo "look-new-plan.sh needs $tool: apt-get install -y libreoffice-calc poppler-utils" >&2; exit 2; }
done
rm -rf "$OUT"
mkdir -p "$OUT"
npm run -s build:cli
node bin/rag-plan.js new --from tests/fixtures/recommendations/peer-challenge-2022.txt \
  --out "$OUT/peer-challenge-plan.xlsx" --title "Peer challenge 2022: action plan" \
  --lead "Chief Executive" --lead "Director of Finance" --lead "Director of Resources"
soffice --headless --convert-to pdf --outdir "$OUT" "$OUT/peer-challenge-plan.xlsx" >/dev/null 2>&1
# The top of the first page (A4 landscape at 90 dpi is 1052 x 744): title, header and the first rows.
pdftoppm -png -r 90 -f 1 -l 1 -x 0 -y 0 -W 1052 -H 420 -singlefile "$OUT/peer-challenge-plan.pdf" docs/images/new-plan
echo "Wrote docs/images/new-plan.png"
