#!/usr/bin/env bash
# Assesses each public demo agreement that has no assessment yet, as an admin, so that the public pages (the
# dashboard's agreement page, GET /public/agreements/{id}/assessment) show findings on a fresh database.
# Called by `./jembatan up` when the demo data is loaded; harmless to run again (assessed agreements are skipped).
set -uo pipefail
cd "$(dirname "$0")/.."
AGREEMENTS=${AGREEMENTS_URL:-http://localhost:8082}
ASSESSMENT=${ASSESSMENT_URL:-http://localhost:8083}

token=$(./jembatan token --role admin 2>/dev/null) || { echo "  (demo assessments skipped: no admin token)"; exit 0; }
ids=$(curl -fsS "$AGREEMENTS/public/agreements?size=100" \
  | python3 -c 'import json, sys; print("\n".join(a["id"] for a in json.load(sys.stdin).get("items", [])))') \
  || { echo "  (demo assessments skipped: agreements-service did not answer)"; exit 0; }
assessed=0
for id in $ids; do
  status=$(curl -sS -o /dev/null -w '%{http_code}' "$ASSESSMENT/public/agreements/$id/assessment")
  [ "$status" = 404 ] || continue
  status=$(curl -sS -o /dev/null -w '%{http_code}' -X POST "$ASSESSMENT/assessments" -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' -d "{\"agreementId\": \"$id\"}")
  [ "$status" = 201 ] && assessed=$((assessed + 1))
done
[ "$assessed" -gt 0 ] && echo "  Demo assessments:    $assessed public demo agreements assessed"
exit 0
