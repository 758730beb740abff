# Sourced by scripts/backup.sh and scripts/restore.sh: the PostgreSQL client tools they use, and SQL against the
# embedded database (PG_PORT). Debian's client tools (postgresql-client) work with servers of their own or an older
# major version: the embedded server is PostgreSQL 14 (zonky), Debian 12's tools are 15.

need_postgres_client() {
  command -v pg_basebackup > /dev/null && command -v psql > /dev/null && return
  local sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  echo "Installing the PostgreSQL client tools (Debian package postgresql-client)..."
  ($sudo apt-get install -y -qq postgresql-client > /dev/null 2>&1 \
    || { $sudo apt-get update -qq > /dev/null && $sudo apt-get install -y -qq postgresql-client > /dev/null; }) \
    || { echo "pg_basebackup and psql are needed: apt-get install postgresql-client" >&2; exit 1; }
}

sql() {  # sql STATEMENT: its result, unaligned, without headers
  psql -X -q -At -h localhost -p "$PG_PORT" -U postgres -w -d postgres -c "$1"
}
