#!/usr/bin/env bash
# Installs PostgreSQL from the distribution's packages when it is missing and starts a private
# server on 127.0.0.1 for the tests. Source this file, then call start_postgres; the server stops
# when the calling shell exits. Exports RECEIVABLES_PG_URL for the JDBC store tests.

PG_PORT="${PG_PORT:-54329}"

# Moves PG_PORT up to the next port with no listener, so a server left running on the machine
# does not stop the run.
pick_free_port() {
  local tries=0
  while (exec 3<>"/dev/tcp/127.0.0.1/$PG_PORT") 2>/dev/null; do
    PG_PORT=$((PG_PORT + 1))
    tries=$((tries + 1))
    if [ "$tries" -ge 100 ]; then
      echo "no free port for PostgreSQL from $((PG_PORT - 100)) to $PG_PORT" >&2
      return 1
    fi
  done
}

find_pg_bin() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    if [ -x "$dir/postgres" ]; then
      echo "$dir"
      return 0
    fi
  done
  return 1
}

start_postgres() {
  local bin
  if ! bin=$(find_pg_bin); then
    echo "PostgreSQL not found: installing it from the distribution's packages"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    bin=$(find_pg_bin)
  fi

  # The server refuses to run as root, so it runs as the postgres account the package creates.
  local run_as=()
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql postgres
    run_as=(runuser -u postgres --)
  fi

  pick_free_port
  PG_DATA=$(mktemp -d /tmp/receivables-pg.XXXXXX)
  chmod 700 "$PG_DATA"
  [ "$(id -u)" = 0 ] && chown postgres "$PG_DATA"
  "${run_as[@]}" "$bin/initdb" -D "$PG_DATA" -U postgres --auth=trust -E UTF8 --no-locale >/dev/null
  trap 'stop_postgres' EXIT
  if ! "${run_as[@]}" "$bin/pg_ctl" -D "$PG_DATA" -l "$PG_DATA/server.log" -w \
    -o "-p $PG_PORT -k $PG_DATA -c listen_addresses=127.0.0.1" start >/dev/null; then
    echo "PostgreSQL failed to start; its log follows" >&2
    cat "$PG_DATA/server.log" >&2
    return 1
  fi
  "${run_as[@]}" "$bin/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres receivables_test
  export RECEIVABLES_PG_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/receivables_test?user=postgres"
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') listening on 127.0.0.1:$PG_PORT"
}

stop_postgres() {
  local bin
  bin=$(find_pg_bin) || return 0
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$bin/pg_ctl" -D "$PG_DATA" -m fast stop >/dev/null 2>&1 || true
  else
    "$bin/pg_ctl" -D "$PG_DATA" -m fast stop >/dev/null 2>&1 || true
  fi
  rm -rf "$PG_DATA"
}
