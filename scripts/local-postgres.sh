#!/usr/bin/env bash
# A throwaway PostgreSQL server on this machine, to try several Assessor nodes on one database by
# hand (see docs/deployment.md). The tests do not need it: they make their own server.
#
#   scripts/local-postgres.sh start [PORT]   make the server (first time) and start it; prints how to serve on it
#   scripts/local-postgres.sh stop           stop it (the data stays)
#   scripts/local-postgres.sh destroy        stop it and delete its folder
#
# Needs the PostgreSQL server binaries (Debian/Ubuntu: apt-get install postgresql), found like the
# tests find them: $ASSESSOR_PG_BIN, else the newest /usr/lib/postgresql/N/bin, else the PATH.
# PostgreSQL refuses to run as root; as root, this runs it as the 'postgres' user.
# The folder is $ASSESSOR_PG_DIR (default /tmp/assessor-local-postgres): somewhere that user can reach.
set -euo pipefail

dir="${ASSESSOR_PG_DIR:-/tmp/assessor-local-postgres}"
port="${2:-55432}"

bin="${ASSESSOR_PG_BIN:-}"
if [ -z "$bin" ]; then
  bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5 -n | tail -1 || true)"
fi
if [ -z "$bin" ] && command -v initdb >/dev/null 2>&1; then
  bin="$(dirname "$(command -v initdb)")"
fi
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "no PostgreSQL server binaries: apt-get install postgresql, or set ASSESSOR_PG_BIN" >&2
  exit 1
fi

as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-}" in
  start)
    if [ ! -d "$dir/data" ]; then
      mkdir -p "$dir"
      chmod 700 "$dir"
      head -c 18 /dev/urandom | base64 | tr -d '/+=' > "$dir/password"
      if [ "$(id -u)" = 0 ]; then chown -R postgres "$dir"; fi
      as_pg "$bin/initdb" -D "$dir/data" -U assessor --pwfile="$dir/password" --auth=scram-sha-256 \
        -E UTF8 >/dev/null
    fi
    as_pg "$bin/pg_ctl" start -D "$dir/data" -l "$dir/postgres.log" -w \
      -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories='$dir'"
    echo
    echo "PostgreSQL is listening on 127.0.0.1:$port (log: $dir/postgres.log). Serve two nodes on it:"
    echo "  export ASSESSOR_DB_USER=assessor ASSESSOR_DB_PASSWORD=\$(cat $dir/password)"
    echo "  java -jar api/target/assessor.jar serve --port 8081 --db jdbc:postgresql://127.0.0.1:$port/postgres &"
    echo "  java -jar api/target/assessor.jar serve --port 8082 --db jdbc:postgresql://127.0.0.1:$port/postgres &"
    ;;
  stop)
    as_pg "$bin/pg_ctl" stop -D "$dir/data" -m fast -w
    ;;
  destroy)
    as_pg "$bin/pg_ctl" stop -D "$dir/data" -m fast -w 2>/dev/null || true
    rm -rf "$dir"
    ;;
  *)
    sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
