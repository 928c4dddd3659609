#!/usr/bin/env bash
# @module scripts/chromium.sh
# Makes Debian's Chromium available for Blotter's browser tests (test/workbench.browser.test.ts).
#
# Input:  BLOTTER_CHROMIUM (default /usr/bin/chromium): the executable to look for.
# Output: the executable's path, alone on the last line of stdout; progress goes to stderr.
# Invariants: idempotent (an installed Chromium is reused, nothing is downloaded but Debian's
#         package); installs as root, or through sudo when it is available without a password;
#         on failure prints one line saying why and exits 1.
# Usage:  BLOTTER_TEST_CHROMIUM=$(bash scripts/chromium.sh | tail -n 1) npx vitest run test/workbench.browser.test.ts
set -euo pipefail

exe="${BLOTTER_CHROMIUM:-/usr/bin/chromium}"

log() { printf 'chromium.sh: %s\n' "$*" >&2; }

if [[ ! -x "$exe" ]]; then
  if [[ $(id -u) -eq 0 ]]; then
    as_root=()
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    as_root=(sudo -n)
  else
    log "cannot install Chromium: $exe is missing and I am neither root nor allowed to sudo"
    exit 1
  fi
  log "installing Debian's chromium…"
  if ! "${as_root[@]}" apt-get update -qq >&2 ||
    ! "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
      apt-get install -y -qq --no-install-recommends chromium >&2; then
    log "cannot install Chromium: apt-get failed (see above)"
    exit 1
  fi
  [[ -x "$exe" ]] || { log "chromium installed but $exe is not there"; exit 1; }
fi

log "using $("$exe" --version 2>/dev/null || echo "$exe")"
printf '%s\n' "$exe"
