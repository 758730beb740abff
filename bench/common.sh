# Sourced by bench/run.sh and the fault scripts: what every one of them does before it starts its own suite.

# The fault scripts' own suite: state in .jembatan-faults, PostgreSQL on port 54349, no demo data.
faults_suite() {
  export JEMBATAN_HOME="${FAULTS_HOME:-$ROOT/.jembatan-faults}"
  export JEMBATAN_PG_PORT=54349
  export JEMBATAN_DEMO_DATA=false
}

# Refuses to start while anything answers on one of the given ports (a running suite would be measured instead).
require_free_ports() {
  local port
  for port in "$@"; do
    if curl -sS -o /dev/null "http://localhost:$port/" > /dev/null 2>&1; then
      echo "Port $port is in use: stop the running suite first (./jembatan down)." >&2
      exit 1
    fi
  done
}
