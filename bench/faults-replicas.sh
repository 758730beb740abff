#!/usr/bin/env bash
# ./jembatan faults replicas: two replicas of each service behind HAProxy (./jembatan up --replicas 2), then
#   1. coherence: 1,000 updates of agreements through one agreements-service replica, each read back through the
#      other, which holds the previous version in its cache: the largest delay until it shows the new one (≤ 1 s);
#   2. rolling restart: each service's replicas restarted one after the other under a steady stream of reads and
#      writes through the load balancer: no failed request, no acknowledged write lost.
# Runs its own suite (state in .jembatan-faults, PostgreSQL on port 54349) and stops it. Exit status 0 when all pass.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
source "$ROOT/bench/common.sh"
faults_suite
WORK=$(mktemp -d)
FAILED=0
SERVICES=(directory-service agreements-service assessment-service)

require_free_ports 8081 8082 8083 9081 9082 9083 18081 18082 18083 28081 28082 28083
# On any exit the load generators stop too (their stop file), then the suite.
trap 'touch "$WORK/stop"; sleep 1; ./jembatan down > /dev/null 2>&1 || true; rm -rf "$WORK"' EXIT
./jembatan down > /dev/null 2>&1 || true
rm -rf "$JEMBATAN_HOME/pgdata"
started=$(date +%s)
./jembatan up --replicas 2 > /dev/null
echo "Two replicas of each service up behind HAProxy in $(( $(date +%s) - started )) s"
OFFICER=$(./jembatan token --role regional-officer --region 36.73)
VIEWER=$(./jembatan token --role viewer)

check() {  # check DESCRIPTION CONDITION...
  local description=$1
  shift
  if "$@"; then echo "  ok    $description"; else echo "  FAIL  $description"; FAILED=1; fi
}

# Freshly started replicas answer their first requests slowly, and agreements-service's calls to directory-service
# time out after a second: writes through each agreements replica until ten in a row succeed (at most a minute).
for port in 18082 28082; do
  successes=0
  for _ in $(seq 1 120); do
    status=$(curl -s -o /dev/null -w '%{http_code}' -X POST "localhost:$port/agreements" -H "Authorization: Bearer $OFFICER" \
      -H 'Content-Type: application/json' -d '{"title": "warm-up", "form": "KSDPL", "type": "SISTER_CITY", "indonesianRegionCode": "36.73", "foreignRegion": {"scheme": "GB_T_2260", "code": "330100"}}')
    if [ "$status" = 201 ]; then successes=$((successes + 1)); else successes=0; sleep 0.5; fi
    [ "$successes" -ge 10 ] && break
  done
done

echo "1. coherence: 1,000 updates through agreements-service-1 (:18082), each read through agreements-service-2 (:28082)"
started=$(date +%s)
python3 bench/coherence.py http://localhost:18082 http://localhost:28082 "$OFFICER" 1000 20 > "$WORK/coherence.log" || true
summary=$(grep '^summary' "$WORK/coherence.log" || echo "summary writes 0 errors 1 max_stale_ms 0 max_fresh_ms 99999 p50_fresh_ms - p99_fresh_ms - stale_after_1s 0 retried_503 0")
grep '^error' "$WORK/coherence.log" | head -5 | sed 's/^/  /' || true
read -r _ _ writes _ errors _ max_stale _ max_fresh _ p50 _ p99 _ stale_after _ retried <<< "$summary"
# The other replica switched to the new version after the last read that still showed the old one had started
# and before the first that showed the new one had ended; the second bound includes that read's own response time.
echo "  $writes writes in $(( $(date +%s) - started )) s; the other replica still showed the previous version to a read" \
  "started up to $max_stale ms after the write's answer, and showed the new one to a read that ended p50 $p50 ms," \
  "p99 $p99 ms, at most $max_fresh ms after it (${retried:-0} updates answered 503 while directory-service was slow," \
  "nothing stored, sent again)"
check "1,000 writes, each read through the other replica" test "$writes" -eq 1000 -a "$errors" -eq 0
check "every write shows on the other replica within 1 s (latest stale read $max_stale ms after the write)" \
  test "$max_stale" -le 1000
check "no read started more than 1 s after a write showed the previous version ($stale_after)" test "$stale_after" -eq 0

echo "2. rolling restart of every service's replicas under reads and writes"
# Keycloak's tokens last 15 minutes: fresh ones for this step
OFFICER=$(./jembatan token --role regional-officer --region 36.73)
VIEWER=$(./jembatan token --role viewer)
rm -f "$WORK/stop"
python3 bench/traffic.py "$OFFICER" rolling "$WORK/stop" > "$WORK/rolling.log" &
traffic=$!
sleep 3
for service in "${SERVICES[@]}"; do
  for replica in 1 2; do
    started=$(date +%s%N)
    ./jembatan stop "$service-$replica"
    ./jembatan start "$service-$replica" > /dev/null
    # HAProxy sends requests to the restarted replica again after two passing checks (rise 2, every 500 ms),
    # a growing share over 10 s (slowstart); the next replica stops once this one takes a full share.
    sleep 11
    echo "  $service-$replica restarted in $(( ($(date +%s%N) - started) / 1000000 )) ms"
  done
done
sleep 3
touch "$WORK/stop"
wait "$traffic"
echo "  $(wc -l < "$WORK/rolling.log") requests: $(awk '{print $1, $2}' "$WORK/rolling.log" | sort | uniq -c | awk '{printf "%s %s %s; ", $2, $3, $1}')"
failed=$(awk '$2 < 200 || $2 > 299' "$WORK/rolling.log" | wc -l)
awk '$2 < 200 || $2 > 299' "$WORK/rolling.log" | head -5 | cut -c1-240 | sed 's/^/  failed: /' || true
check "no failed request ($failed)" test "$failed" -eq 0
awk '$1 == "write" && $2 == 201 {print $3}' "$WORK/rolling.log" | sort > "$WORK/acknowledged"
curl -fsS "http://localhost:8082/agreements/export?q=rolling" -H "Authorization: Bearer $VIEWER" \
  | python3 -c 'import csv, sys; [print(r["title"]) for r in csv.DictReader(sys.stdin)]' | sort > "$WORK/stored"
check "every acknowledged write is stored ($(wc -l < "$WORK/acknowledged") acknowledged, $(wc -l < "$WORK/stored") stored)" \
  test -z "$(comm -23 "$WORK/acknowledged" "$WORK/stored")"
check "no write is stored twice" test -z "$(uniq -d "$WORK/stored")"
check "reads and writes went on during the restarts" \
  test "$(awk '$1 == "write"' "$WORK/rolling.log" | wc -l)" -gt 50 -a "$(awk '$1 == "assess"' "$WORK/rolling.log" | wc -l)" -gt 10

echo
if [ "$FAILED" = 0 ]; then echo "All replica checks passed."; else echo "Some replica checks FAILED."; fi
exit "$FAILED"
