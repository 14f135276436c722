#!/usr/bin/env bash
# Runs every test of the solution. Starts what the tests need first: a throwaway PostgreSQL
# server on 127.0.0.1 (installed from Debian's packages when missing) for the corpus tests.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ -z "${LEDE_TEST_POSTGRES:-}" ]]; then
  if setup=$(bash scripts/test-postgres.sh); then
    eval "$setup"
    trap 'eval "${LEDE_TEST_POSTGRES_STOP:-true}"' EXIT
  elif [[ "${CI:-}" == "true" ]]; then
    echo "test.sh: could not start PostgreSQL; CI runs the corpus tests on both databases" >&2
    exit 1
  else
    echo "test.sh: PostgreSQL unavailable: its variants of the corpus tests will be skipped" >&2
  fi
fi

dotnet restore Lede.slnx
dotnet build Lede.slnx -c Release --no-restore -warnaserror:false
log=$(mktemp)
status=0
dotnet test Lede.slnx -c Release --no-build --logger "console;verbosity=minimal" "$@" 2>&1 | tee "$log" || status=$?
# One closing line over all test assemblies: "N passed, N failed, N skipped".
awk -F'[:,]' '/(Passed|Failed)! +- +Failed:/ { f += $2; p += $4; s += $6 } END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit "$status"
