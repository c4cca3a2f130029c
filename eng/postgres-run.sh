#!/usr/bin/env bash
# Runs the PostgreSQL server command given as arguments and turns the SIGTERM that stops it into a fast
# shutdown (SIGINT). PostgreSQL answers SIGTERM with a "smart" shutdown that waits for every client to
# disconnect, which takes longer than the AppHost waits before it kills the process.
set -uo pipefail
"$@" &
server=$!
trap 'kill -INT "$server" 2>/dev/null' TERM INT
wait "$server"
status=$?
# After a trapped signal the first wait returns early; wait again for the server's own exit.
if kill -0 "$server" 2>/dev/null; then
  wait "$server"
  status=$?
fi
exit "$status"
