#!/usr/bin/env bash
# Render the sample documents and turn them into PNG pages to look at:
#   test-output/docs/<name>.docx → .pdf → <name>-<page>.png
# and the first page of each document, small (-r 50), to docs/images/ for the README:
#   measures-plan-1.png, announcement-1.png, results-report-1.png, analysis-1.png
# Needs libreoffice and poppler-utils (Debian packages) and Thai fonts (fonts-tlwg-laksaman).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
out=test-output/docs
rm -f "$out"/*.png "$out"/*.pdf "$out"/*.docx
npx tsx scripts/render-docs.ts "$out"
cd "$out"
for f in *.docx; do
  timeout 180 libreoffice --headless --convert-to pdf "$f" >/dev/null 2>&1
  pdftoppm -png -r "${RES:-60}" "${f%.docx}.pdf" "${f%.docx}"
  # pdftoppm pads page numbers to the page count's width (-01 with 10+ pages): keep a plain -1 too.
  first=$(ls "${f%.docx}"-*1.png 2>/dev/null | grep -E -- "-0*1\.png$" | head -1)
  [ -n "$first" ] && [ "$first" != "${f%.docx}-1.png" ] && cp "$first" "${f%.docx}-1.png"
done
mkdir -p "$root/docs/images"
for pair in measures-plan:measures-plan announcement:announcement results-report:results-report analysis:analysis; do
  pdftoppm -png -r 50 -f 1 -l 1 -singlefile "${pair%%:*}.pdf" "$root/docs/images/${pair##*:}-1"
done
ls -1 "$PWD"/*.png "$root"/docs/images/*-1.png
