#!/usr/bin/env bash
# Starts the whole Kazynashylyk system on this machine: PostgreSQL, Redis, RabbitMQ and smtp4dev as local
# processes, the four services, the gateway and the dashboard. Ctrl+C (or SIGTERM) stops all of it.
# `./run.sh demo`, in a second terminal, walks one onboarding through the running system (eng/demo.sh).
set -euo pipefail
cd "$(dirname "$0")"
if [ "${1:-}" = demo ]; then
  shift
  exec eng/demo.sh "$@"
fi
source eng/prerequisites.sh

ensure_prerequisites
echo "==> building"
dotnet build Kazynashylyk.sln -nologo -v minimal -clp:NoSummary

cat <<'TEXT'
==> starting (about 60-75 s until healthy; the dashboard shows each resource as it turns healthy)
    gateway    http://localhost:8480      (health: http://localhost:8480/health)
    dashboard  http://localhost:18480
    smtp4dev   http://localhost:8425      (SMTP on localhost:2525)
TEXT

export ASPNETCORE_ENVIRONMENT=Development DOTNET_ENVIRONMENT=Development
export ASPNETCORE_URLS=http://localhost:18480
export ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL=http://localhost:18481
export ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL=http://localhost:18482
export ASPIRE_ALLOW_UNSECURED_TRANSPORT=true ASPIRE_DASHBOARD_UNSECURED_ALLOW_ANONYMOUS=true
export ASPIRE_VERSION_CHECK_DISABLED=true
cd src/AppHost
exec ./bin/Debug/net10.0/Kazynashylyk.AppHost "$@"
