#!/usr/bin/env bash
# Blotter's "run it" command (`npm start`): installs dependencies when they are missing or older than
# package-lock.json, then ingests the bundled samples into the embedded store (.blotter/data) and serves
# them on http://127.0.0.1:8080/. Extra arguments pass through to `blotter demo`:
#   npm start -- path/to/articles        ingest these files or folders instead of the samples
#   npm start -- --port 3000             serve on another port (or set BLOTTER_PORT / BLOTTER_HOST)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# npm writes node_modules/.package-lock.json on every install, so it dates the installed tree.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "blotter: installing dependencies (npm ci)…" >&2
  npm ci --no-audit --no-fund
fi

# The same as `npx blotter demo "$@"`, minus the npm exec and sh layers between a stop signal and the
# server: with them, SIGTERM to npm left the server running; exec'ing node lets it close the store cleanly.
exec node bin/blotter.js demo "$@"
