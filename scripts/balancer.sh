#!/usr/bin/env bash
# The local load balancer of `./jembatan up --replicas N`: HAProxy (Debian's package) on the public ports 8081-8083,
# and 9081-9083 for health and metrics, spreading requests over the replicas of each service.
#   scripts/balancer.sh start STATE_DIR REPLICAS    write STATE_DIR/haproxy.cfg and start HAProxy (pid in balancer.pid,
#                                                   one line per request in logs/balancer.log)
#   scripts/balancer.sh api-port SERVICE_PORT R     the API port of replica R of the service public on SERVICE_PORT
# Replica R of a service answers on its public port + R * 10000 (directory-service: 18081, 28081, ...), its
# management interface on the management port + R * 10000 (19081, 29081, ...).
set -euo pipefail

replica_port() { echo $(( $1 + $2 * 10000 )); }

case "${1:-}" in
  api-port)
    replica_port "$2" "$3"
    ;;
  start)
    state=$2 replicas=$3
    if ! command -v haproxy > /dev/null; then
      sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
      echo "Installing HAProxy (Debian package haproxy)..."
      ($sudo apt-get install -y -qq haproxy > /dev/null 2>&1 \
        || { $sudo apt-get update -qq > /dev/null && $sudo apt-get install -y -qq haproxy > /dev/null; }) \
        || { echo "HAProxy is needed for --replicas: apt-get install haproxy" >&2; exit 1; }
    fi
    config="$state/haproxy.cfg"
    {
      cat <<CFG
# Written by scripts/balancer.sh for ./jembatan up --replicas $replicas; rewritten at every start.
global
    maxconn 4096
    log stdout format raw local0

defaults
    mode http
    log global
    option httplog
    timeout connect 1s
    timeout client 60s
    timeout server 60s
    timeout http-keep-alive 10s
    timeout queue 5s
    # A request that could not be delivered (connection refused or closed before any answer: a replica stopping
    # or stopped) goes to another replica. The answers of a replica that did receive it are passed on as they are.
    retries 3
    option redispatch 1
    retry-on conn-failure empty-response
    # Health checks ask each replica's readiness on its management port, twice a second, and take it out after two
    # failed checks (a single slow check under load had taken out both replicas at once): a stopping replica reports
    # not ready for QUARKUS_SHUTDOWN_DELAY (2 s) before its listener closes, so it is out before that. A replica
    # back up gets its share of requests gradually over 10 s (slowstart): cold, it answers its first requests
    # slowly, and a full share at once made its callers' timeouts open their circuit breakers.
    timeout check 2s
    default-server inter 500ms fastinter 250ms fall 2 rise 2 slowstart 10s

CFG
      for entry in directory-service:8081:9081 agreements-service:8082:9082 assessment-service:8083:9083; do
        IFS=: read -r service api management <<< "$entry"
        printf 'frontend %s\n    bind :%s\n    default_backend %s\n\n' "$service" "$api" "$service"
        printf 'backend %s\n    balance roundrobin\n    option httpchk GET /q/health/ready\n    http-check expect status 200\n' "$service"
        for r in $(seq 1 "$replicas"); do
          printf '    server %s-%s 127.0.0.1:%s check port %s\n' "$service" "$r" "$(replica_port "$api" "$r")" \
            "$(replica_port "$management" "$r")"
        done
        printf '\nfrontend %s-management\n    bind :%s\n    default_backend %s-management\n\n' "$service" "$management" "$service"
        printf 'backend %s-management\n    balance roundrobin\n    option httpchk GET /q/health/live\n' "$service"
        for r in $(seq 1 "$replicas"); do
          printf '    server %s-%s 127.0.0.1:%s check\n' "$service" "$r" "$(replica_port "$management" "$r")"
        done
        echo
      done
    } > "$config"
    haproxy -c -q -f "$config"
    nohup haproxy -db -f "$config" > "$state/logs/balancer.log" 2>&1 &
    echo $! > "$state/balancer.pid"
    ;;
  *)
    sed -n '2,8p' "$0" >&2
    exit 2
    ;;
esac
