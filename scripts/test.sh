#!/usr/bin/env bash
# Blotter's test command (`npm test`, and what .ci/run calls). On a fresh machine it installs what the
# tests need: npm packages, Debian's Chromium (scripts/chromium.sh) for the workbench browser test, and
# Debian's PostgreSQL (scripts/pg.sh starts it on loopback) so the store
# contract runs against both PGlite and a real server. Then: format, lint and type checks, the whole
# vitest suite, and a closing "N passed, N failed, N skipped" line.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "blotter: installing dependencies (npm ci)…" >&2
  npm ci --no-audit --no-fund
fi

if [ -z "${BLOTTER_TEST_PG_URL:-}" ]; then
  BLOTTER_TEST_PG_URL="$(bash scripts/pg.sh | tail -n 1)"
  export BLOTTER_TEST_PG_URL
fi
echo "blotter: PostgreSQL for tests at ${BLOTTER_TEST_PG_URL}" >&2

# A missing browser skips the browser test (it says why) rather than stopping the whole suite.
if [ -z "${BLOTTER_TEST_CHROMIUM:-}" ]; then
  if chromium_out="$(bash scripts/chromium.sh)"; then
    BLOTTER_TEST_CHROMIUM="$(printf '%s\n' "$chromium_out" | tail -n 1)"
    export BLOTTER_TEST_CHROMIUM
  else
    echo "blotter: warning: no Chromium, the browser test will be skipped" >&2
  fi
fi
[ -n "${BLOTTER_TEST_CHROMIUM:-}" ] && echo "blotter: Chromium for tests at ${BLOTTER_TEST_CHROMIUM}" >&2

npm run --silent check

report="$(mktemp -t blotter-vitest-XXXXXX.json)"
status=0
npx vitest run --reporter=default --reporter=json --outputFile="$report" "$@" || status=$?
node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  console.log(`tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${skipped} skipped`);
' "$report" || true
rm -f "$report"
exit "$status"
