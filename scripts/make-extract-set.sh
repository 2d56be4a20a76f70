#!/usr/bin/env bash
# Renders the measurement texts (test/extract-texts/*.txt, written for this; no corpus text) through every route of
# scripts/make-pdf.mjs into OUTDIR as ROUTE-NAME.pdf + ROUTE-NAME.txt pairs, for scripts/extract-cer.mjs:
#   bash scripts/make-extract-set.sh /tmp/extract-set && node scripts/extract-cer.mjs /tmp/extract-set
# The PDFs are not committed. "all" is the three texts one after the other (several pages).
# With --heldout, the texts of test/extract-texts/heldout/ instead: written after the extractor was tuned on the
# others, measured only (never looked at to tune).
set -euo pipefail
sub=
if [ "${1:-}" = --heldout ]; then sub=/heldout; shift; fi
out=${1:?usage: make-extract-set.sh [--heldout] OUTDIR}
here=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$out"
texts=("$here"/test/extract-texts$sub/*.txt)
cat "${texts[@]}" > "$out/.all.txt"
routes="chromium chromium-2col lo-justified lo-2col"
# the visual-order route when reportlab, python-bidi and arabic_reshaper are there
if ${PYTHON:-/usr/bin/python3} -c 'import reportlab, bidi, arabic_reshaper' 2>/dev/null; then routes="$routes visual"; fi
for route in $routes; do
  for t in "${texts[@]}" "$out/.all.txt"; do
    name=$(basename "$t" .txt); name=${name#.}
    cp "$t" "$out/$route-$name.txt"
    node "$here/scripts/make-pdf.mjs" "$route" "$t" "$out/$route-$name.pdf"
  done
done
rm -f "$out/.all.txt"
ls "$out" | wc -l
