#!/usr/bin/env bash
# Installs (when missing) and starts a PostgreSQL server on 127.0.0.1:5432 for the tests,
# with a role that may create databases. Prints the admin URL the tests use.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  apt-get install -y -qq --no-install-recommends postgresql >/dev/null
fi
version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
if ! pg_lsclusters -h | grep -q "^$version main"; then
  pg_createcluster "$version" main >/dev/null
fi
pg_ctlcluster "$version" main start 2>/dev/null || true
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p 5432 && break
  sleep 1
done
su postgres -c "psql -q -v ON_ERROR_STOP=1" <<'SQL' >/dev/null
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'desk_test') THEN
    CREATE ROLE desk_test LOGIN CREATEDB CREATEROLE PASSWORD 'desk_test';
  END IF;
END $$;
GRANT pg_signal_backend TO desk_test;
SQL
echo "postgresql://desk_test:desk_test@127.0.0.1:5432/postgres"
