#!/usr/bin/env bash
# Multi-instance realtime: start a real redis-server (Debian package) on a free port and run the
# tests that need one against it.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v redis-server >/dev/null 2>&1; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null) \
    || { echo "could not install redis-server from Debian" >&2; exit 1; }
fi
port=$((20000 + RANDOM % 20000))
dir="$(mktemp -d)"
redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly no --dir "$dir" --daemonize yes --pidfile "$dir/redis.pid" >/dev/null
trap 'kill "$(cat "$dir/redis.pid")" 2>/dev/null || true; rm -rf "$dir"' EXIT
for _ in $(seq 1 50); do redis-cli -p "$port" ping >/dev/null 2>&1 && break; sleep 0.1; done
REDIS_URL="redis://127.0.0.1:$port" npx vitest run server/test/redis.test.ts server/test/adminAtBoot.test.ts \
  server/test/loginThrottle.test.ts server/src/modules/accounts/failureCounters.test.ts \
  server/test/socketRecovery.test.ts
