#!/usr/bin/env bash
# Installs what Kazynashylyk needs on a Debian machine and is missing: PostgreSQL 15, Redis, RabbitMQ (with
# Erlang's epmd) and the demo's jq and curl from apt, and the repository's .NET tools (smtp4dev, dotnet-ef).
# Safe to run again.
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

missing_packages() {
  [ -x /usr/lib/postgresql/15/bin/postgres ] || echo postgresql-15
  command -v redis-server >/dev/null || echo redis-server
  [ -x /usr/lib/rabbitmq/bin/rabbitmq-server ] || echo rabbitmq-server
  command -v epmd >/dev/null || echo erlang-base
  command -v setpriv >/dev/null || echo util-linux
  command -v jq >/dev/null || echo jq
  command -v curl >/dev/null || echo curl
}

ensure_packages() {
  local packages
  packages=$(missing_packages | tr '\n' ' ')
  if [ -n "${packages// /}" ]; then
    echo "==> installing with apt: $packages"
    as_root apt-get update -qq
    # shellcheck disable=SC2086
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $packages >/dev/null
  fi
}

ensure_dotnet_tools() {
  (cd "$repo_root" && dotnet tool restore >/dev/null)
}

ensure_prerequisites() {
  ensure_packages
  ensure_dotnet_tools
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  ensure_prerequisites
fi
