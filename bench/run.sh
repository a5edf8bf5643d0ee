#!/usr/bin/env bash
# `npm run bench`: runs bench/main.ts against DATABASE_URL when it is set,
# otherwise inside a throwaway PostgreSQL 15 cluster that .ci/with-postgres.sh
# starts and removes. Either way the bench works in a database of its own.
set -euo pipefail
cd "$(dirname "$0")/.."
export APOLLO_TELEMETRY_DISABLED=1
run=(node --import tsx bench/main.ts "$@")
if [ -n "${DATABASE_URL:-}" ]; then
  exec "${run[@]}"
fi
exec bash .ci/with-postgres.sh "${run[@]}"
