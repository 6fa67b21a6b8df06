# syntax=docker/dockerfile:1
# KếtNối: API, web client and Socket.IO on one port. Built and run by docker-compose.yml;
# see docs/DEPLOYMENT.md.
#
#   toolchain Node 24 LTS + build tools (better-sqlite3 and argon2 compile from source when no
#             prebuilt binary fits) + npm 11
#   manifests every package.json + package-lock.json, so dependency layers are rebuilt only when
#             one of them changes (new workspaces are picked up without editing this file)
#   build     npm ci (with dev dependencies), then npm run build → server/dist/main.js, client/dist
#   prod-deps npm ci --omit=dev: runtime node_modules, native modules built for this image
#   runtime   slim image: node_modules + the two dist folders, runs as the non-root `node` user

# Node 24 "Krypton": an LTS line supported until April 2028 (Node 20 reached its end of life in
# April 2026). better-sqlite3 12 supports Node 20–26 and argon2 any Node ≥ 16.17. Node 26 became
# the active LTS in October 2026; move to it once the V8 flags in server/src/nodeFlags.ts and the
# benchmarks have been checked on it.
ARG NODE_IMAGE=node:24-bookworm-slim

FROM ${NODE_IMAGE} AS toolchain
# npm 11 reads the `allowScripts` field of package.json (which dependencies may run install
# scripts). Pinned to the version the lockfile was made with, whatever npm the image bundles.
ARG NPM_VERSION=11.19.1
ENV npm_config_update_notifier=false \
    npm_config_fund=false \
    npm_config_audit=false \
    SCARF_ANALYTICS=false
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/* \
 && npm install -g "npm@${NPM_VERSION}"
WORKDIR /app

FROM ${NODE_IMAGE} AS manifests
WORKDIR /src
COPY . .
RUN mkdir -p /manifests \
 && find . -name package.json -not -path '*/node_modules/*' -exec cp --parents '{}' /manifests/ ';' \
 && cp package-lock.json /manifests/

FROM toolchain AS build
COPY --from=manifests /manifests/ ./
RUN npm ci
COPY . .
RUN npm run build

FROM toolchain AS prod-deps
COPY --from=manifests /manifests/ ./
# server/node_modules holds packages npm could not hoist (version conflicts); make sure it exists for COPY.
RUN npm ci --omit=dev \
 && mkdir -p server/node_modules

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    DATA_DIR=/data
WORKDIR /app
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=prod-deps /app/server/node_modules ./server/node_modules
COPY --from=build /app/package.json ./
COPY --from=build /app/server/package.json ./server/
COPY --from=build /app/server/dist ./server/dist
COPY --from=build /app/client/dist ./client/dist
# A new named volume mounted at /data starts with this directory's owner, so `node` can write to it.
RUN mkdir -p /data && chown node:node /data
USER node
EXPOSE 3000
# Slim images have no curl; Node has fetch. `/api/health` answers 200 with ok or degraded. Each
# check starts a Node process (~40 MB for a moment), so every 30 s rather than every few seconds.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "--max-semi-space-size=64", "--min-semi-space-size=64", "--heap-growing-percent=100", "server/dist/main.js"]
