#!/usr/bin/env bash
# Regenerates the PDF fixtures of the extract tests (test/fixtures/pdf/) from the texts beside them, which were written
# for these tests (no corpus text). Needs chromium, soffice (libreoffice-writer-nogui), lualatex (see make-pdf.mjs), qpdf and the fonts
# (apt-get install -y fonts-hosny-amiri fonts-noto-core qpdf libreoffice-writer-nogui python3-reportlab python3-bidi
# python3-arabic-reshaper).
set -euo pipefail
cd "$(dirname "$0")/../test/fixtures/pdf"
M=../../../scripts/make-pdf.mjs
node "$M" chromium simple.txt simple.pdf
node "$M" chromium-2col two-columns.txt two-columns.pdf
node "$M" lo-justified justified.txt justified.pdf
# a Latin comma between Arabic words: extract repairs it (as fix does), --raw keeps it
node "$M" chromium repairs.txt repairs.pdf
# a visual-order producer: reportlab + python-bidi + arabic_reshaper (each line one string, glyphs in display order)
node "$M" visual visual.txt visual.pdf
# LuaLaTeX + polyglossia, Scheherazade, the body in two columns: no space glyphs (words apart by position only)
node "$M" lualatex lualatex.txt lualatex.pdf
# the simple page, encrypted (AES-256, password "secret")
qpdf --encrypt secret secret 256 -- simple.pdf encrypted.pdf
# the simple page cut after 9,000 bytes (no cross-reference table, no trailer)
head -c 9000 simple.pdf > truncated.pdf
# a text file with a .pdf name
printf 'هذا ملف نصي وليس ملف PDF.\n' > not-a-pdf.pdf
# a page of drawings and no text at all (as a scan would be: no text layer)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '%s\n' '<!doctype html><html><body><svg width="300" height="200"><rect x="20" y="20" width="200" height="120" fill="#468"/><circle cx="240" cy="150" r="40" fill="#c84"/></svg></body></html>' > "$tmp/img.html"
"${CHROMIUM:-/usr/bin/chromium}" --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$PWD/image-only.pdf" "$tmp/img.html" 2>/dev/null
ls -l
