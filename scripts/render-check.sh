#!/usr/bin/env bash
# Render the sample documents and turn them into PNG pages to look at:
#   test-output/docs/<name>.docx → .pdf → <name>-<page>.png
# Needs libreoffice and poppler-utils (Debian packages) and Thai fonts (fonts-tlwg-laksaman).
set -euo pipefail
cd "$(dirname "$0")/.."
out=test-output/docs
npx tsx scripts/render-docs.ts "$out"
cd "$out"
for f in *.docx; do
  timeout 180 libreoffice --headless --convert-to pdf "$f" >/dev/null 2>&1
  pdftoppm -png -r "${RES:-60}" "${f%.docx}.pdf" "${f%.docx}"
done
ls -1 "$PWD"/*.png
