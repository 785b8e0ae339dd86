#!/bin/sh
# Runs Elasticsearch as a child and stops it as soon as this script's standard input closes.
# The JVM that starts us holds the other end of that pipe, so the pipe closes whenever that JVM
# ends: normally, by an uncaught error, or by SIGKILL. Without this, Elasticsearch would outlive
# a killed test run and keep its ports and memory.
#
# usage: guard.sh PIDFILE DISPOSABLE_DIR COMMAND [ARGS...]
#   PIDFILE         where Elasticsearch writes the pid of its server process (its -p option)
#   DISPOSABLE_DIR  directory to delete once Elasticsearch is down after the JVM vanished,
#                   or "-" to keep everything (persistent work directories)

pidfile=$1
disposable=$2
shift 2

# Background jobs of a non-interactive shell get /dev/null as stdin, so keep ours on fd 3.
exec 3<&0

"$@" </dev/null 3<&- &
launcher=$!

stop_elasticsearch() {
  server=$(cat "$pidfile" 2>/dev/null)
  kill -TERM "$launcher" $server 2>/dev/null
  waited=0
  while kill -0 "$launcher" 2>/dev/null || { [ -n "$server" ] && kill -0 "$server" 2>/dev/null; }; do
    if [ "$waited" -ge 300 ]; then
      kill -KILL "$launcher" $server 2>/dev/null
      break
    fi
    sleep 0.1
    waited=$((waited + 1))
  done
}

(
  cat <&3 >/dev/null
  stop_elasticsearch
  if [ "$disposable" != "-" ]; then
    rm -rf "$disposable"
  fi
) &
watcher=$!

wait "$launcher"
status=$?
kill "$watcher" 2>/dev/null
exit "$status"
