#!/usr/bin/env bash
# Browser tests of the dashboard against a running suite (./jembatan up): installs the dashboard's packages
# (npm ci) and runs e2e/*.test.mjs with Debian's Chromium. DASHBOARD_URL overrides http://localhost:8080.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "Chromium is missing: apt-get install -y chromium (or set CHROMIUM_PATH)" >&2
  exit 1
fi
npm ci --no-audit --no-fund > /dev/null
curl -fsS "${DASHBOARD_URL:-http://localhost:8080}/" > /dev/null || { echo "No dashboard at ${DASHBOARD_URL:-http://localhost:8080}: run ./jembatan up first" >&2; exit 1; }
node --test --test-concurrency=1 e2e/
