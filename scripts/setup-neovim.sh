#!/usr/bin/env bash
# Installs Neovim (the second LSP client used by test/lsp/neovim.test.ts) if `nvim` is missing.
# Idempotent: does nothing when nvim is already on PATH; runs `apt-get update` only when the
# package lists do not know the neovim package yet.
set -euo pipefail

if command -v nvim >/dev/null 2>&1; then
  nvim --version | head -n 1
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "setup-neovim: nvim is not installed and apt-get is not available; install Neovim >= 0.7 yourself" >&2
  exit 1
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "setup-neovim: need root (or sudo) to apt-get install neovim" >&2
    exit 1
  fi
fi

export DEBIAN_FRONTEND=noninteractive
# `apt-cache policy` prints "Candidate: (none)" (or nothing) when the lists are missing or stale.
if ! apt-cache policy neovim 2>/dev/null | grep -Eq 'Candidate: [0-9]'; then
  $SUDO apt-get update -qq
fi
$SUDO apt-get install -y -qq --no-install-recommends neovim >/dev/null
nvim --version | head -n 1
