#!/usr/bin/env bash
# Runs every test of the solution. Starts what the tests need first: a throwaway PostgreSQL
# server on 127.0.0.1 (installed from Debian's packages when missing) for the corpus tests.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ -z "${LEDE_TEST_POSTGRES:-}" && -f scripts/test-postgres.sh ]]; then
  # shellcheck source=/dev/null
  source scripts/test-postgres.sh
fi

dotnet restore Lede.slnx
dotnet build Lede.slnx -c Release --no-restore -warnaserror:false
dotnet test Lede.slnx -c Release --no-build --logger "console;verbosity=minimal" "$@"
