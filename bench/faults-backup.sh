#!/usr/bin/env bash
# ./jembatan faults backup: a point-in-time restore drill. Writes under load; a base backup taken in the middle of
# them; more writes; a moment T chosen while writes go on; more writes; then ./jembatan restore --to T and the
# suite started on the restored database: every write acknowledged before T must be there, none sent after T.
# Runs its own suite (state in .jembatan-faults, PostgreSQL on port 54349) and stops it. Exit status 0 when all pass.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
source "$ROOT/bench/common.sh"
faults_suite
WORK=$(mktemp -d)
FAILED=0

require_free_ports 8081 8082 8083 9081 9082 9083
# On any exit the writers stop too (their stop file), then the suite.
trap 'touch "$WORK/stop"; sleep 1; ./jembatan down > /dev/null 2>&1 || true; rm -rf "$WORK"' EXIT
./jembatan down > /dev/null 2>&1 || true
rm -rf "$JEMBATAN_HOME/pgdata" "$JEMBATAN_HOME/backups" "$JEMBATAN_HOME"/pgdata.before-restore-*
./jembatan up > /dev/null
OFFICER=$(./jembatan token --role regional-officer --region 36.73)
VIEWER=$(./jembatan token --role viewer)

check() {  # check DESCRIPTION CONDITION...
  local description=$1
  shift
  if "$@"; then echo "  ok    $description"; else echo "  FAIL  $description"; FAILED=1; fi
}

echo "Point-in-time restore: writes, a backup under load, more writes, T, more writes, restore to T"
python3 bench/writer.py http://localhost:8082/agreements "$OFFICER" pitr "$WORK/stop" > "$WORK/writes.log" &
writer=$!
sleep 5
./jembatan backup > "$WORK/backup.log"
sed 's/^/  /' "$WORK/backup.log" | head -3
sleep 5
# T with microseconds, as PostgreSQL stamps commits; the client's clock is the server's (same host).
T=$(date -u '+%Y-%m-%d %H:%M:%S.%6N+00')
t_epoch=$(date -d "$T" +%s.%N)
sleep 5
touch "$WORK/stop"
wait "$writer"
echo "  T = $T; $(wc -l < "$WORK/writes.log") writes sent, $(awk '$2 != 201' "$WORK/writes.log" | wc -l) not acknowledged"
check "every write was acknowledged while the backup ran" test "$(awk '$2 != 201' "$WORK/writes.log" | wc -l)" -eq 0

started=$(date +%s)
./jembatan restore --to "$T" > "$WORK/restore.log" 2>&1 || { sed 's/^/  /' "$WORK/restore.log"; }
echo "  restored in $(( $(date +%s) - started )) s: $(head -1 "$WORK/restore.log")"
./jembatan up > /dev/null
OFFICER=$(./jembatan token --role regional-officer --region 36.73)
VIEWER=$(./jembatan token --role viewer)
curl -fsS "http://localhost:8082/agreements/export?q=pitr" -H "Authorization: Bearer $VIEWER" \
  | python3 -c 'import csv, sys; [print(r["title"]) for r in csv.DictReader(sys.stdin)]' | sort > "$WORK/stored"
# acknowledged before T: the answer came before T; sent after T: the request left after T. A write in flight at T
# may be either side (its commit time decides) and is only counted.
awk -v t="$t_epoch" '$2 == 201 && $5 < t {print $1}' "$WORK/writes.log" | sort > "$WORK/before"
awk -v t="$t_epoch" '$4 > t {print $1}' "$WORK/writes.log" | sort > "$WORK/after"
in_flight=$(awk -v t="$t_epoch" '$4 <= t && $5 >= t' "$WORK/writes.log" | wc -l)
echo "  $(wc -l < "$WORK/before") acknowledged before T, $(wc -l < "$WORK/after") sent after T, $in_flight in flight at T;" \
  "$(wc -l < "$WORK/stored") stored after the restore"
check "every write acknowledged before T is there" test -z "$(comm -23 "$WORK/before" "$WORK/stored")"
check "no write sent after T is there" test -z "$(comm -12 "$WORK/after" "$WORK/stored")"
check "the drill wrote on both sides of T" test "$(wc -l < "$WORK/before")" -gt 20 -a "$(wc -l < "$WORK/after")" -gt 20
status=$(curl -s -o /dev/null -w '%{http_code}' -X POST localhost:8082/agreements -H "Authorization: Bearer $OFFICER" \
  -H 'Content-Type: application/json' -d '{"title": "after-restore", "form": "KSDPL", "type": "SISTER_CITY", "indonesianRegionCode": "36.73", "foreignRegion": {"scheme": "GB_T_2260", "code": "330100"}}')
check "the restored registry takes writes again ($status)" test "$status" = 201

echo
if [ "$FAILED" = 0 ]; then echo "The backup drill passed."; else echo "The backup drill FAILED."; fi
exit "$FAILED"
