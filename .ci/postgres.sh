# Sourced by .ci/run: installs PostgreSQL from Debian packages when absent and
# starts a throwaway cluster on 127.0.0.1:$PG_PORT, stopped when the run exits.

pg_bindir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

start_postgres() {
  if [ -z "$(pg_bindir)" ]; then
    echo "installing PostgreSQL from Debian packages"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  fi
  PG_BIN=$(pg_bindir)
  PG_PORT=${PG_PORT:-54329}
  PG_ROOT=$(mktemp -d /tmp/procura-ci-pg.XXXXXX)
  chown postgres:postgres "$PG_ROOT"
  # UTF-8 with a Unicode-aware ctype, as production clusters have, so that
  # LOWER folds "Тонер" as it does on SQLite (a bare C locale folds ASCII only).
  runuser -u postgres -- "$PG_BIN/initdb" -D "$PG_ROOT/data" -A trust -U postgres \
    --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  # fsync off: a throwaway cluster; many small databases are created per test.
  runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_ROOT/data" -l "$PG_ROOT/log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_ROOT -c fsync=off -c max_connections=300" start >/dev/null
  trap stop_postgres EXIT
  echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT"
}

stop_postgres() {
  runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_ROOT/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$PG_ROOT"
}
