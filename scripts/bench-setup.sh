#!/usr/bin/env bash
# Installs the comparators of `npm run bench` (scripts/bench-cli.mjs), none of them a tadqiq dependency:
# Debian's hunspell + hunspell-ar (apt-get, when run as root and they are missing), and cspell with
# @cspell/dict-ar and textlint with three rules into scripts/bench-tools/node_modules (gitignored).
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v hunspell >/dev/null || [ ! -e /usr/share/hunspell/ar.dic ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hunspell hunspell-ar
  else
    echo "bench-setup: hunspell/hunspell-ar missing and apt-get not usable here: the bench will skip hunspell" >&2
  fi
fi
cd bench-tools
if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi
