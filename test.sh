#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors and runs every test: unit tests, integration tests
# against real PostgreSQL and RabbitMQ, and the end-to-end tests that boot the whole AppHost.
set -euo pipefail
cd "$(dirname "$0")"
source eng/prerequisites.sh

ensure_prerequisites
echo "==> building"
dotnet build Kazynashylyk.sln -nologo -v quiet -warnaserror

echo "==> testing"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test Kazynashylyk.sln --no-build -nologo 2>&1 | tee "$log" || status=$?

passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
skipped=$(grep -Eo 'Skipped: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
echo
echo "Tests: $passed passed, $failed failed, $skipped skipped"
exit "$status"
