# Shared settings and helpers of deploy/bin/inovik-up and inovik-down (sourced).
INOVIK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
INOVIK_STATE="${INOVIK_STATE_DIR:-$INOVIK_ROOT/.inovik}"
INOVIK_RUN="$INOVIK_STATE/run"
INOVIK_LOGS="$INOVIK_STATE/logs"
ES_PORT="${INOVIK_ES_PORT:-9200}"
KAFKA_PORT="${INOVIK_KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${INOVIK_KAFKA_CONTROLLER_PORT:-9093}"
COMMAND_PORT="${INOVIK_COMMAND_PORT:-8081}"
QUERY_PORT="${INOVIK_QUERY_PORT:-8082}"
# Stop order: the reverse of the start order.
INOVIK_SERVICES=(query-service command-service kafka elasticsearch)

inovik_pid() { # name -> prints the pid if its pid file names a live process
  local file="$INOVIK_RUN/$1.pid" pid
  [ -f "$file" ] || return 1
  pid="$(cat "$file")"
  kill -0 "$pid" 2>/dev/null || return 1
  printf '%s' "$pid"
}

inovik_stop() { # name -> TERM, wait up to 40 s, then KILL
  local name="$1" pid
  if pid="$(inovik_pid "$name")"; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 80); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.5
    done
    if kill -0 "$pid" 2>/dev/null; then
      echo "  $name did not stop in 40 s; killing it" >&2
      pkill -KILL -P "$pid" 2>/dev/null || true
      kill -KILL "$pid" 2>/dev/null || true
    fi
    echo "  stopped $name (pid $pid)"
  fi
  rm -f "$INOVIK_RUN/$name.pid"
}

inovik_port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
