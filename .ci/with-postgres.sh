#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL 15 cluster:
#
#   .ci/with-postgres.sh npm test        (or: npm run test:postgres)
#
# Starts a fresh cluster in a temporary folder on a free port, exports
# TEST_DATABASE_URL and DATABASE_URL (the superuser's "postgres" database),
# runs the command, then stops the cluster and removes the folder whether
# the command passed, failed or was interrupted. Exits with the command's
# status. Set PG_BIN to the folder of initdb and pg_ctl if they are not on
# PATH or in /usr/lib/postgresql/<version>/bin.
set -euo pipefail

if [ "$#" -eq 0 ]; then
  echo "usage: $0 COMMAND [ARGS...]" >&2
  exit 2
fi

# Prefer PostgreSQL 15, the version production runs.
find_bin() {
  if [ -n "${PG_BIN:-}" ]; then echo "$PG_BIN"; return; fi
  local candidate
  for candidate in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin /usr/local/pgsql/bin; do
    if [ -x "$candidate/initdb" ]; then echo "$candidate"; return; fi
  done
  if command -v initdb >/dev/null; then dirname "$(command -v initdb)"; return; fi
  echo "with-postgres: cannot find initdb and pg_ctl; install the PostgreSQL 15 server or set PG_BIN." >&2
  exit 1
}
bin=$(find_bin)

# PostgreSQL refuses to run as root, so root hands the cluster to the
# unprivileged postgres user; anybody else runs it as themself.
as_owner=()
if [ "$(id -u)" -eq 0 ]; then
  if ! id postgres >/dev/null 2>&1; then
    echo "with-postgres: running as root needs a 'postgres' user to own the cluster." >&2
    exit 1
  fi
  as_owner=(runuser -u postgres --)
fi

dir=$(mktemp -d "${TMPDIR:-/tmp}/paddock-postgres.XXXXXX")
started=

stop_cluster() {
  local status=$?
  if [ -n "$started" ]; then
    "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
  fi
  rm -rf "$dir"
  exit "$status"
}
trap stop_cluster EXIT
# An interrupted run still goes through the EXIT trap above.
trap 'exit 130' INT
trap 'exit 143' TERM

if [ "${#as_owner[@]}" -gt 0 ]; then chown postgres: "$dir"; fi

# A free port, chosen by the kernel; the cluster takes it a moment later.
port=$(node -e "
  const server = require('node:net').createServer();
  server.listen(0, '127.0.0.1', () => { console.log(server.address().port); server.close(); });
")

# The C locale sorts text by bytes, as the embedded PGlite of `npm test` does.
"${as_owner[@]}" "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --no-locale --no-sync \
  >"$dir/initdb.log" 2>&1 || {
  cat "$dir/initdb.log" >&2
  exit 1
}

# The data are thrown away afterwards, so durability is traded for speed.
options="-p $port -k $dir -c listen_addresses=127.0.0.1"
options+=" -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
started=yes
"${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -o "$options" start \
  >/dev/null || {
  cat "$dir/server.log" >&2
  exit 1
}
version=$("$bin/pg_ctl" --version | awk '{print $3}')
echo "with-postgres: PostgreSQL $version on 127.0.0.1:$port" >&2

export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$port/postgres"
export DATABASE_URL="$TEST_DATABASE_URL"
"$@"
