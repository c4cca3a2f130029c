#!/usr/bin/env bash
# Measures the time from ./run.sh to a healthy gateway, stops the system with SIGTERM and checks that no
# server process is left. Usage: eng/measure-startup.sh [cold|warm]  (cold deletes .data/ first).
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-warm}
[ "$mode" = cold ] && rm -rf .data

servers='postgresql/15/bin/postgres|redis-server|beam.smp|epmd -port|Rnwood.Smtp4dev|Kazynashylyk\.|/tools/dcp '
before=$(pgrep -f "$servers" | sort || true)

start=$(date +%s.%N)
setsid ./run.sh >/tmp/kazynashylyk-run.log 2>&1 &
runner=$!
until curl -sf -o /dev/null http://localhost:8480/health; do
  sleep 1
  if ! kill -0 "$runner" 2>/dev/null; then echo "run.sh exited; see /tmp/kazynashylyk-run.log"; exit 1; fi
done
ready=$(date +%s.%N)
printf '%s start: healthy after %.1f s\n' "$mode" "$(echo "$ready - $start" | bc)"

kill -TERM "$runner"
left=""
for _ in $(seq 1 60); do
  sleep 1
  left=$(comm -13 <(echo "$before") <(pgrep -f "$servers" | sort || true) | grep -c . || true)
  [ "$left" = 0 ] && break
done
printf 'stopped after %.1f s; processes left: %s\n' "$(echo "$(date +%s.%N) - $ready" | bc)" "$left"
