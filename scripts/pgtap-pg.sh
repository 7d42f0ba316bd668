#!/usr/bin/env bash
# Runs the pgTAP tests in supabase/tests/database against a PostgreSQL database (CI: PostgreSQL 15
# + PostGIS 3 + pgTAP) with pg_prove, in name order — the files `supabase test db` would run.
# The database must already have the shim and the migrations applied. 000_setup.test.sql (the
# helpers in schema `tests`, not a test of the schema) always runs first, also when only some
# files are given; 999_rls_matrix.test.sql only runs in a full run (it checks what all the others
# covered). Each test file rolls back, so the database is left as it was apart from the `tests`
# schema and the pgtap extension.
#
#   DATABASE_URL=postgres://user@host:5432/db scripts/pgtap-pg.sh [test files…]
set -euo pipefail

cd "$(dirname "$0")/.."

DATABASE_URL="${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/quartierkarte_test?sslmode=disable}"
dir=supabase/tests/database
setup=$dir/000_setup.test.sql

for tool in psql pg_prove; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "pgtap-pg.sh: $tool not found (apt-get install postgresql-client libtap-parser-sourcehandler-pgtap-perl)" >&2
    exit 127
  fi
done

# pg_prove takes no connection URL: pass host, port, user and database as flags and the password and
# the remaining URL parameters (sslmode, …) through libpq's PG* environment variables.
eval "$(
  node --input-type=module -e '
    const url = new URL(process.env.DATABASE_URL);
    if (!["postgres:", "postgresql:"].includes(url.protocol)) {
      console.error("pgtap-pg.sh: DATABASE_URL must start with postgres:// or postgresql://");
      process.exit(2);
    }
    const values = {
      PGHOST: decodeURIComponent(url.hostname),
      PGPORT: url.port,
      PGUSER: decodeURIComponent(url.username),
      PGPASSWORD: decodeURIComponent(url.password),
      PGDATABASE: decodeURIComponent(url.pathname.replace(/^\//, "")),
    };
    const libpqEnv = {
      sslmode: "PGSSLMODE", sslrootcert: "PGSSLROOTCERT", sslcert: "PGSSLCERT", sslkey: "PGSSLKEY",
      connect_timeout: "PGCONNECT_TIMEOUT", application_name: "PGAPPNAME", options: "PGOPTIONS",
      target_session_attrs: "PGTARGETSESSIONATTRS", host: "PGHOST",
    };
    for (const [key, value] of url.searchParams) if (libpqEnv[key]) values[libpqEnv[key]] = value;
    const quote = (v) => "\x27" + v.replaceAll("\x27", "\x27\\\x27\x27") + "\x27";
    for (const [name, value] of Object.entries(values)) if (value) console.log(`export ${name}=${quote(value)}`);
  '
)"

if [ "$#" -gt 0 ]; then
  tests=("$setup")
  for f in "$@"; do [ "$f" -ef "$setup" ] || tests+=("$f"); done
else
  tests=("$dir"/*.sql)
fi

echo "pgtap-pg.sh: ${PGUSER:-?}@${PGHOST:-?}:${PGPORT:-5432}/${PGDATABASE:-?}, ${#tests[@]} test file(s)"
# pgTAP itself (the Supabase CLI does the same before it runs pg_prove).
psql -X -q -v ON_ERROR_STOP=1 -c 'set client_min_messages = warning' \
  -c 'create extension if not exists pgtap with schema extensions'
pg_prove --dbname "$PGDATABASE" ${PGHOST:+--host "$PGHOST"} ${PGPORT:+--port "$PGPORT"} \
  ${PGUSER:+--username "$PGUSER"} --psql-bin psql "${tests[@]}"
