#!/usr/bin/env bash
# `npm run dev`: install what is missing, start PostgreSQL and the real Kafka broker, build, then
# hand over to tools/dev (topics, databases, migrations, services, gateway, demo seed and simulated
# week). Ctrl-C stops it all.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
[ -d node_modules ] || npm ci --no-audit --no-fund
source tools/scripts/infra.sh
ensure_postgres
ensure_kafka
npx turbo run build --output-logs=errors-only
# The web console the gateway serves at /console/ (already in the full build; named here so the
# demo never starts without it, and cached by turbo when nothing changed).
if [ -d apps/console ]; then npx turbo run build --filter=@aftersales/console --output-logs=errors-only; fi
# Seeds the demo dealer group and plays a simulated week; flags: --speed, --days, --seed, --no-sim.
npx tsx tools/dev/src/main.ts "$@"
echo "dev: the Kafka broker keeps running for the next command; stop it with: npm run kafka:stop"
