#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server for the corpus tests and prints the variables to use it:
#
#   eval "$(scripts/test-postgres.sh)"      # sets LEDE_TEST_POSTGRES (and LEDE_TEST_POSTGRES_STOP)
#   dotnet test tests/Lede.Corpus.Tests
#   eval "$LEDE_TEST_POSTGRES_STOP"         # stops the server and deletes its files
#
# Installs Debian's postgresql package when no server binaries are present. Runs as root (the
# server then runs as the postgres user) or as any user. Non-interactive; logs go to stderr, and
# stdout carries only the export lines. The cluster lives in a temp folder, listens on 127.0.0.1
# on a free port, and trades durability for speed (fsync off): it is for tests only.
set -euo pipefail

log() { echo "test-postgres: $*" >&2; }

find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

BIN="$(find_bin)"
if [[ -z "$BIN" || ! -x "$BIN/initdb" ]]; then
  if [[ "$(id -u)" -ne 0 ]]; then
    log "PostgreSQL is not installed and installing it needs root (apt-get install -y postgresql)"; exit 1
  fi
  log "installing postgresql (apt-get)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
  BIN="$(find_bin)"
fi

# The server refuses to run as root: use the postgres account then.
if [[ "$(id -u)" -eq 0 ]]; then
  id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
  AS=(runuser -u postgres --)
  OWNER=postgres
else
  AS=()
  OWNER="$(id -un)"
fi

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
PORT=""
for candidate in $(shuf -i 20000-60000 -n 50); do
  if port_free "$candidate"; then PORT="$candidate"; break; fi
done
[[ -n "$PORT" ]] || { log "no free port found"; exit 1; }

DIR="$(mktemp -d /tmp/lede-postgres.XXXXXX)"
chmod 755 "$DIR"
chown "$OWNER" "$DIR"
"${AS[@]}" "$BIN/initdb" -D "$DIR/data" -U postgres --auth=trust --encoding=UTF8 --no-locale >"$DIR/initdb.log" 2>&1 \
  || { cat "$DIR/initdb.log" >&2; exit 1; }
"${AS[@]}" "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
  -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
  start >&2 || { cat "$DIR/server.log" >&2; exit 1; }
"${AS[@]}" "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres lede_test
log "PostgreSQL $("$BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT, data in $DIR"

CONNECTION="Host=127.0.0.1;Port=$PORT;Username=postgres;Database=lede_test"
STOP="${AS[*]} $BIN/pg_ctl -D $DIR/data -m fast stop >/dev/null && rm -rf $DIR"
echo "export LEDE_TEST_POSTGRES='$CONNECTION'"
echo "export LEDE_TEST_POSTGRES_STOP='$STOP'"
