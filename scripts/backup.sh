#!/usr/bin/env bash
# ./jembatan backup: a base backup of the embedded PostgreSQL, taken while it runs (pg_basebackup, with the WAL of
# its own duration), into .jembatan/backups/base/<time>/. The first backup also creates .jembatan/backups/wal/, into
# which the server archives every completed WAL segment from then on (archive_command, set by ./jembatan up; a
# segment is completed at the latest after 60 s of activity): a base backup plus the WAL after it is what
# ./jembatan restore --to TIME replays up to any moment since that backup (scripts/restore.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
STATE="${JEMBATAN_HOME:-$ROOT/.jembatan}"
PG_PORT="${JEMBATAN_PG_PORT:-54329}"
BACKUPS="$STATE/backups"
# shellcheck source=scripts/postgres-tools.sh
. "$ROOT/scripts/postgres-tools.sh"

if [ -n "${JEMBATAN_DB_URL:-}" ]; then
  echo "./jembatan backup covers the embedded database; back up the server at JEMBATAN_DB_URL with its own tools." >&2
  exit 2
fi
if ! { [ -f "$STATE/postgres.pid" ] && kill -0 "$(cat "$STATE/postgres.pid")" 2> /dev/null; }; then
  echo "The embedded database is not running: ./jembatan up (or ./jembatan start postgres) first." >&2
  exit 1
fi
need_postgres_client
if [ "$(sql "show archive_mode")" != on ]; then
  echo "This database was started without WAL archiving (by an older ./jembatan): restart it" \
    "(./jembatan down && ./jembatan up), then back up." >&2
  exit 1
fi

mkdir -p "$BACKUPS/wal" "$BACKUPS/base"
stamp=$(date -u +%Y%m%dT%H%M%SZ)
target="$BACKUPS/base/$stamp"
echo "Base backup into ${target#$ROOT/}..."
# Tar format, compressed: base.tar.gz and pg_wal.tar.gz (the WAL written during the backup, streamed alongside, so
# the backup restores on its own too). A fast checkpoint starts it at once instead of at the next scheduled one.
pg_basebackup -h localhost -p "$PG_PORT" -U postgres -w -D "$target.part" -F tar -z -X stream -c fast
# When it was complete: a restore to an earlier time cannot start from this backup.
date -u +%s.%N > "$target.part/finished"
mv "$target.part" "$target"
# The segment holding the backup's end goes to the archive now rather than after up to a minute.
sql "select pg_switch_wal()" > /dev/null
echo "Backup $stamp: $(du -sh "$target" | cut -f1); WAL archived in ${BACKUPS#$ROOT/}/wal ($(ls "$BACKUPS/wal" | wc -l) files)."
echo "Restore with: ./jembatan restore [--to '$(date -u '+%Y-%m-%d %H:%M:%S')+00']"
