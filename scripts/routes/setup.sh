#!/usr/bin/env bash
# Installs what the PDF routes (scripts/routes, `npm run eval:routes`) need on a fresh Debian 12 machine, as root:
# the producers (LibreOffice, LuaLaTeX, reportlab + python-bidi; Chromium is used where it is), Arabic fonts, the
# command-line extractors (pdftotext, mutool) and, in scripts/routes/tools/ (its own package.json, not a project
# dependency), the JavaScript extractors pdf.js (Firefox's viewer) and PDFium (Chrome's viewer).
# `npm test` needs none of this. Options: --no-latex (skip LuaLaTeX, ~500 MB installed).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
latex=1
for a in "$@"; do [ "$a" = --no-latex ] && latex=0; done
SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
apt="$SUDO env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=900"
pkgs=(
  libreoffice-writer-nogui            # soffice --convert-to pdf (.odt/.fodt and .docx)
  poppler-utils mupdf-tools           # pdftotext, mutool
  fonts-hosny-amiri fonts-noto-core fonts-sil-scheherazade fonts-kacst fonts-arabeyes   # Arabic fonts
  python3-reportlab python3-bidi python3-arabic-reshaper                                 # the visual-order producer
  fontconfig
)
[ "$latex" = 1 ] && pkgs+=(texlive-luatex texlive-lang-arabic texlive-latex-recommended texlive-latex-extra)
command -v chromium >/dev/null || pkgs+=(chromium)
$apt update -qq
$apt install -y -qq --no-install-recommends "${pkgs[@]}"
fc-cache -f >/dev/null
# The JavaScript extractors, pinned (package-lock.json) in their own folder.
(cd "$here/tools" && npm ci --no-audit --no-fund --loglevel=error)
echo "routes: ready ($(soffice --version 2>/dev/null | head -1); $(pdftotext -v 2>&1 | head -1); $(command -v lualatex >/dev/null && echo lualatex || echo 'no lualatex'))"
