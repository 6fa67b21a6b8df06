#!/usr/bin/env bash
# Validate docker-compose.yml without a Docker engine. Debian's `docker-compose` 1.29 (installed if
# missing) always checks it, and `docker compose config` (the v2 plugin) does too when available: the
# file must pass both. The check runs on a copy in a temporary directory, with a throwaway .env made
# from .env.example, so the checkout's own .env is never read or touched.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"

if ! command -v docker-compose >/dev/null 2>&1; then
  echo "installing docker-compose (Debian package)…"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker-compose >/dev/null) \
    || { echo "could not install docker-compose from Debian" >&2; exit 1; }
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$repo/docker-compose.yml" "$repo/Dockerfile" "$repo/.env.example" "$work/"
cd "$work"

# .env.example with the three required secrets filled in (throwaway values).
sed -e 's|^#SESSION_SECRET=.*|SESSION_SECRET=ci-only-session-secret-0123456789abcdef0123456789|' \
    -e 's|^#MEILI_MASTER_KEY=.*|MEILI_MASTER_KEY=ci-only-meili-master-key-0123456789|' \
    -e 's|^#MONGO_ROOT_PASSWORD=.*|MONGO_ROOT_PASSWORD=ciOnlyMongoRootPassword0123456789|' \
    .env.example > .env
grep -q '^SESSION_SECRET=' .env && grep -q '^MEILI_MASTER_KEY=' .env && grep -q '^MONGO_ROOT_PASSWORD=' .env \
  || { echo ".env.example no longer has the #SESSION_SECRET= / #MEILI_MASTER_KEY= / #MONGO_ROOT_PASSWORD= lines this check fills in" >&2; exit 1; }

status=0
echo "docker-compose $(docker-compose version --short 2>/dev/null || echo '?'): config -q"
docker-compose config -q || status=1
echo "docker-compose: config -q with the scale profile"
COMPOSE_PROFILES=scale docker-compose config -q || status=1

# What the stack must be, whatever .env says: no demo data, MongoDB with a user the app signs in as.
echo "DEMO_DATA=1" >> .env
docker-compose config > rendered.yml
expect() { grep -qF -- "$1" rendered.yml || { echo "docker-compose.yml: expected $2 ($1)" >&2; status=1; }; }
expect "DEMO_DATA: '0'" "the app to run without demo data even when .env sets DEMO_DATA=1"
expect "MONGODB_URI: mongodb://ketnoi:ciOnlyMongoRootPassword0123456789@mongo:27017/ketnoi?replicaSet=rs0&authSource=admin" \
  "the app to sign in to MongoDB as the root user from .env"
expect "MONGO_INITDB_ROOT_PASSWORD: ciOnlyMongoRootPassword0123456789" "MongoDB to create its root user from .env"
expect "--keyFile" "mongod to run with a key file (a replica set with users needs one)"
sed -i '/^DEMO_DATA=1$/d' .env

if docker compose version >/dev/null 2>&1; then
  echo "docker compose $(docker compose version --short): config -q"
  docker compose config -q || status=1
fi

# Missing secrets must stop compose with a message, not start a stack with empty keys.
grep -v -e '^SESSION_SECRET=' -e '^MEILI_MASTER_KEY=' -e '^MONGO_ROOT_PASSWORD=' .env > env.nosecrets && mv env.nosecrets .env
if docker-compose config -q 2>missing.log; then
  echo "expected docker-compose to refuse a .env without SESSION_SECRET / MEILI_MASTER_KEY / MONGO_ROOT_PASSWORD" >&2
  status=1
elif ! grep -q 'set \(SESSION_SECRET\|MEILI_MASTER_KEY\|MONGO_ROOT_PASSWORD\) in .env' missing.log; then
  echo "docker-compose refused the .env without secrets, but not with the expected message:" >&2
  cat missing.log >&2
  status=1
fi

if [ "$status" -eq 0 ]; then echo "docker-compose.yml: valid"; fi
exit "$status"
