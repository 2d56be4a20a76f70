#!/usr/bin/env bash
# `npm run test:fresh`: the whole suite as a new user's machine runs it — a fresh clone of the committed HEAD
# in a temporary folder (with ../shared beside it, linked), an empty HOME, an empty npm cache and an empty
# tadqiq e2e cache, then the README's two commands: `npm ci` (what `npm install` does on a clean checkout)
# and `npm test`. Everything the tests need that is not a Debian package (Node 24, code-server) is installed
# again from the registry by the project's own scripts; Debian packages (chromium, neovim, libkrb5-dev) stay
# installed system-wide, and the setup scripts install them when they are missing.
#
# Kept from the machine: its npm settings (~/.npmrc: registry, nodedir — configuration, not a cache).
# Environment: TADQIQ_FRESH_KEEP=1 keeps the temporary folder; TADQIQ_FRESH_DIR=<dir> uses that folder.
# Prints the inner run's output and ends with its `N passed, N failed` line; exits with its status.
set -uo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
shared="$(cd "$here/../shared" 2>/dev/null && pwd || true)"
work="${TADQIQ_FRESH_DIR:-$(mktemp -d /tmp/tadqiq-fresh.XXXXXX)}"
mkdir -p "$work/home" "$work/npm-cache"
cleanup() { if [ "${TADQIQ_FRESH_KEEP:-0}" != 1 ]; then rm -rf "$work"; else echo "[test:fresh] kept $work" >&2; fi; }
trap cleanup EXIT

echo "[test:fresh] fresh clone of $(git -C "$here" rev-parse --short HEAD) into $work/tadqiq (uncommitted changes are not included)" >&2
git clone -q "$here" "$work/tadqiq" || { echo "0 passed, 1 failed"; exit 1; }
[ -n "$shared" ] && ln -s "$shared" "$work/shared"

userconfig="${NPM_CONFIG_USERCONFIG:-$HOME/.npmrc}"
env_args=(HOME="$work/home" XDG_CACHE_HOME="$work/home/.cache" npm_config_cache="$work/npm-cache" TADQIQ_CACHE="$work/home/.cache/tadqiq-e2e")
[ -f "$userconfig" ] && env_args+=(NPM_CONFIG_USERCONFIG="$userconfig")

t0=$(date +%s)
cd "$work/tadqiq"
# (the variables of an outer `npm run` are dropped: the inner npm must see only its own)
for v in $(compgen -e | grep -i '^npm_'); do unset "$v"; done
env "${env_args[@]}" npm ci --no-audit --no-fund >&2 || { echo "[test:fresh] npm ci failed" >&2; echo "0 passed, 1 failed"; exit 1; }
env "${env_args[@]}" npm test
status=$?
echo "[test:fresh] finished in $(( $(date +%s) - t0 )) s with exit $status (empty HOME, npm cache and e2e cache)" >&2
exit $status
