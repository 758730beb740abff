#!/usr/bin/env bash
# ./jembatan restore [--to TIME]: the embedded database as it was at TIME (any moment since the first backup, e.g.
# '2026-12-03 14:05:00+00'), or at the last archived change without --to. Stops the suite, keeps the current data
# in .jembatan/pgdata.before-restore-<time>/, unpacks the latest base backup finished before TIME and lets
# PostgreSQL replay the archived WAL up to TIME (recovery_target_time), then promotes it and leaves it running.
# Start the services afterwards with ./jembatan up.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
STATE="${JEMBATAN_HOME:-$ROOT/.jembatan}"
PG_PORT="${JEMBATAN_PG_PORT:-54329}"
BACKUPS="$STATE/backups"
# shellcheck source=scripts/postgres-tools.sh
. "$ROOT/scripts/postgres-tools.sh"

target_time=""
if [ "${1:-}" = --to ]; then
  target_time=${2:?"--to needs a time, e.g. '2026-12-03 14:05:00+00'"}
  target_epoch=$(date -d "$target_time" +%s.%N) || { echo "Not a time: $target_time" >&2; exit 2; }
elif [ $# -gt 0 ]; then
  echo "usage: ./jembatan restore [--to TIME]" >&2
  exit 2
fi
if [ -n "${JEMBATAN_DB_URL:-}" ]; then
  echo "./jembatan restore covers the embedded database; restore the server at JEMBATAN_DB_URL with its own tools." >&2
  exit 2
fi
need_postgres_client

# The latest base backup complete before the target (or the latest of all).
base=""
for candidate in $(ls -d "$BACKUPS"/base/*Z 2> /dev/null | sort); do
  if [ -z "$target_time" ] || awk -v f="$(cat "$candidate/finished")" -v t="$target_epoch" 'BEGIN {exit !(f < t)}'; then
    base=$candidate
  fi
done
if [ -z "$base" ]; then
  echo "No base backup finished before ${target_time:-now} in ${BACKUPS#$ROOT/}/base (./jembatan backup makes one)." >&2
  exit 1
fi

if [ -f "$STATE/postgres.pid" ] && kill -0 "$(cat "$STATE/postgres.pid")" 2> /dev/null; then
  # A commit stamped now (recovery knows it passed TIME only at a later commit; PostgreSQL 14 refuses a restore
  # that ends before its target), then the segment being written goes to the archive, so that the restore can reach
  # the latest changes.
  sql "select txid_current()" > /dev/null
  segment=$(sql "select pg_walfile_name(pg_switch_wal())")
  for _ in $(seq 1 60); do
    [[ "$(sql "select coalesce(last_archived_wal, '') from pg_stat_archiver")" < "$segment" ]] || break
    sleep 0.5
  done
fi
"$ROOT/jembatan" down > /dev/null

stamp=$(date -u +%Y%m%dT%H%M%SZ)
previous="$STATE/pgdata.before-restore-$stamp"
[ -d "$STATE/pgdata" ] && mv "$STATE/pgdata" "$previous"
mkdir -m 700 "$STATE/pgdata"
tar --no-same-owner -xzf "$base/base.tar.gz" -C "$STATE/pgdata"
tar --no-same-owner -xzf "$base/pg_wal.tar.gz" -C "$STATE/pgdata/pg_wal"
# Segments the old server wrote but had not archived yet (after a crash): recovery reads them after the archive's.
if [ -d "$previous/pg_wal" ]; then
  for segment in "$previous"/pg_wal/[0-9A-F]*; do
    name=$(basename "$segment")
    [ -f "$BACKUPS/wal/$name" ] || [ -f "$STATE/pgdata/pg_wal/$name" ] || cp "$segment" "$STATE/pgdata/pg_wal/"
  done
fi
# Recovery settings for this start only (removed again below): read archived segments, stop at the target, then
# open for writes on a new timeline.
{
  echo "restore_command = 'cp \"$BACKUPS/wal/%f\" \"%p\"'"
  [ -n "$target_time" ] && echo "recovery_target_time = '$target_time'"
  echo "recovery_target_action = 'promote'"
} >> "$STATE/pgdata/postgresql.auto.conf"
touch "$STATE/pgdata/recovery.signal"

echo "Restoring base backup $(basename "$base") and replaying the WAL archive up to ${target_time:-its end}..."
"$ROOT/jembatan" start postgres > /dev/null
for _ in $(seq 1 240); do
  [ "$(sql "select pg_is_in_recovery()" 2> /dev/null)" = f ] && break
  sleep 0.5
done
if [ "$(sql "select pg_is_in_recovery()" 2> /dev/null)" != f ]; then
  echo "Recovery did not finish; see ${STATE#$ROOT/}/logs/postgres.log. The previous data is in ${previous#$ROOT/}." >&2
  exit 1
fi
sql "alter system reset restore_command" > /dev/null
sql "alter system reset recovery_target_time" > /dev/null
sql "alter system reset recovery_target_action" > /dev/null
sql "select pg_reload_conf()" > /dev/null
echo "Restored to ${target_time:-the last archived change} (base backup $(basename "$base"))."
[ -d "$previous" ] && echo "The data before the restore is kept in ${previous#$ROOT/}; delete it when no longer needed."
echo "PostgreSQL is running; start the services with ./jembatan up."
