#!/usr/bin/env bash
# ./jembatan faults: faults under load, each checked by what a user sees. Runs its own suite (state in
# .jembatan-faults, PostgreSQL on port 54349) and stops by itself. Exit status 0 when every check passes.
# ./jembatan faults replicas and ./jembatan faults backup run the heavier checks of bench/faults-replicas.sh and
# bench/faults-backup.sh instead.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
source "$ROOT/bench/common.sh"
case "${1:-}" in
  replicas) exec "$ROOT/bench/faults-replicas.sh" ;;  # coherence and rolling restarts of two replicas each
  backup) exec "$ROOT/bench/faults-backup.sh" ;;      # a point-in-time restore under writes
  "") ;;
  *) echo "usage: ./jembatan faults [replicas|backup]" >&2; exit 2 ;;
esac
faults_suite
WORK=$(mktemp -d)
FAILED=0

require_free_ports 8081 8082 8083 9081 9082 9083
trap './jembatan down > /dev/null 2>&1 || true; rm -rf "$WORK"' EXIT
./jembatan down > /dev/null 2>&1 || true
rm -rf "$JEMBATAN_HOME/pgdata"  # every run starts from an empty registry, so its checks see only its own writes
./jembatan up > /dev/null
OFFICER=$(./jembatan token --role regional-officer --region 36.73)
VIEWER=$(./jembatan token --role viewer)

check() {  # check DESCRIPTION CONDITION...
  local description=$1
  shift
  if "$@"; then echo "  ok    $description"; else echo "  FAIL  $description"; FAILED=1; fi
}

stream() {  # stream PREFIX SECONDS_BEFORE_FAULT FAULT_COMMAND SECONDS_OF_FAULT RECOVERY_COMMAND SECONDS_AFTER
  local prefix=$1
  rm -f "$WORK/stop"
  python3 bench/writer.py http://localhost:8082/agreements "$OFFICER" "$prefix" "$WORK/stop" > "$WORK/$prefix.log" &
  local writer=$!
  sleep "$2"; eval "$3"; sleep "$4"; eval "$5"; sleep "$6"
  touch "$WORK/stop"
  wait "$writer"
}

stored_titles() {  # every stored agreement whose title starts with PREFIX, one title per line
  curl -fsS "http://localhost:8082/agreements/export?q=$1" -H "Authorization: Bearer $VIEWER" \
    | python3 -c 'import csv, sys; [print(r["title"]) for r in csv.DictReader(sys.stdin)]' | sort
}

verify_stream() {  # verify_stream PREFIX ALLOWED_FAILURE_STATUSES
  local prefix=$1 allowed=$2 log="$WORK/$1.log"
  local total acknowledged rejected unexpected
  total=$(wc -l < "$log")
  acknowledged=$(awk '$2 == 201' "$log" | wc -l)
  rejected=$(awk '$2 != 201' "$log" | wc -l)
  unexpected=$(awk -v ok="$allowed" 'BEGIN {split(ok, a, " "); for (i in a) allow[a[i]] = 1} $2 != 201 && !($2 in allow)' "$log" | wc -l)
  echo "  $total writes: $acknowledged acknowledged (201), $rejected refused ($(awk '$2 != 201 {print $2}' "$log" | sort | uniq -c | xargs))"
  awk '$2 == 201 {print $1}' "$log" | sort > "$WORK/$prefix.acknowledged"
  stored_titles "$prefix" > "$WORK/$prefix.stored"
  check "every answer is 201 or one of: $allowed" test "$unexpected" -eq 0
  check "every acknowledged write is stored" test -z "$(comm -23 "$WORK/$prefix.acknowledged" "$WORK/$prefix.stored")"
  check "no write is stored twice" test -z "$(uniq -d "$WORK/$prefix.stored")"
  # A refused write may still be stored only when its connection dropped after the commit; the client's retry
  # with the same Idempotency-Key would then get the stored result. Report, do not hide, such writes.
  local orphans
  orphans=$(comm -13 "$WORK/$prefix.acknowledged" "$WORK/$prefix.stored" | wc -l)
  check "no rejected write is stored ($orphans)" test "$orphans" -eq 0
  check "writes succeed again after recovery" test "$(tail -n 20 "$log" | awk '$2 == 201' | wc -l)" -gt 0
}

echo "1. directory-service stopped during a stream of agreement writes"
stream dirdown 3 "./jembatan stop directory-service" 6 "./jembatan start directory-service" 10
verify_stream dirdown "503"

echo "2. PostgreSQL restarted during a stream of writes"
ready_during_outage="$WORK/ready"
stream pgrestart 3 "./jembatan stop postgres; sleep 1; curl -s -o /dev/null -w '%{http_code}' localhost:9082/q/health/ready > $ready_during_outage" 3 "./jembatan start postgres" 12
verify_stream pgrestart "503"
check "readiness reported the outage (503)" test "$(cat "$ready_during_outage")" = 503
check "readiness is back after the restart" test "$(curl -s -o /dev/null -w '%{http_code}' localhost:9082/q/health/ready)" = 200

echo "3. a slow directory-service (answers after 5 s; the client's budget is ~3.5 s)"
./jembatan stop directory-service
python3 - <<'PY' &
import http.server, time
class Slow(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        time.sleep(5)
        self.send_response(200); self.send_header("Content-Type", "application/json"); self.end_headers(); self.wfile.write(b"{}")
    def log_message(self, *args):
        pass
http.server.ThreadingHTTPServer(("127.0.0.1", 8081), Slow).serve_forever()
PY
slow=$!
sleep 1
start=$(date +%s%N)
status=$(curl -s -o /dev/null -w '%{http_code}' -X POST localhost:8082/agreements -H "Authorization: Bearer $OFFICER" \
  -H 'Content-Type: application/json' -d '{"title": "slow-1", "form": "KSDPL", "type": "SISTER_CITY", "indonesianRegionCode": "36.73", "foreignRegion": {"scheme": "GB_T_2260", "code": "330100"}}')
elapsed=$(( ($(date +%s%N) - start) / 1000000 ))
kill "$slow"; wait "$slow" 2>/dev/null || true
echo "  answered $status in $elapsed ms"
check "the caller gets 503 within its budget (< 4500 ms)" test "$status" = 503 -a "$elapsed" -lt 4500
./jembatan start directory-service
until_writes_succeed() {  # the circuit breaker closes again within its 5 s delay
  for _ in $(seq 1 40); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' -X POST localhost:8082/agreements -H "Authorization: Bearer $OFFICER" \
      -H 'Content-Type: application/json' -d '{"title": "probe", "form": "KSDPL", "type": "SISTER_CITY", "indonesianRegionCode": "36.73", "foreignRegion": {"scheme": "GB_T_2260", "code": "330100"}}')" = 201 ] && return
    sleep 0.5
  done
}
until_writes_succeed

echo "4. retried creates with one Idempotency-Key, 20 at once"
for i in $(seq 1 20); do
  curl -s -o /dev/null -w '%{http_code}\n' -X POST localhost:8082/agreements -H "Authorization: Bearer $OFFICER" \
    -H 'Content-Type: application/json' -H 'Idempotency-Key: faults-burst-1' \
    -d '{"title": "burst-1", "form": "KSDPL", "type": "SISTER_CITY", "indonesianRegionCode": "36.73", "foreignRegion": {"scheme": "GB_T_2260", "code": "330100"}}' &
done > "$WORK/burst.log"
wait
echo "  answers: $(sort "$WORK/burst.log" | uniq -c | xargs)"
check "every retry answers with the first result (201)" test "$(grep -c '^201$' "$WORK/burst.log")" -eq 20
check "one agreement, never two" test "$(stored_titles burst-1 | wc -l)" -eq 1

echo
if [ "$FAILED" = 0 ]; then echo "All fault checks passed."; else echo "Some fault checks FAILED."; fi
exit "$FAILED"
