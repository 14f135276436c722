#!/usr/bin/env python3
import json, random, sys
# Seeded draw for the metadata hand audit: each set's ids sorted, shuffled with Random(SEED), read in that order.
# Usage: metadata-audit-draw.py DATA [SEED [EXCLUDE.tsv ...]]. The fourteenth session drew with seed 14; the seventeenth with
# seed 17, leaving out every page the first audit (EXCLUDE: its TSV) already holds, in whichever set, and a page an
# earlier set of the same draw already gave (trafilatura-eval-dev and htmldate-eval-dev share some page ids); the
# lead-image audit with seed 23, leaving out the pages of both earlier audits (two EXCLUDE files).
data = sys.argv[1]
seed = int(sys.argv[2]) if len(sys.argv) > 2 else 14
exclude = set()
for path in sys.argv[3:]:
    exclude |= {l.split("\t")[1] for l in open(path, encoding="utf-8") if not l.startswith(("#", "set\t"))}
for s in ["zyte-aeb-dev", "trafilatura-eval-dev", "htmldate-eval-dev"]:
    ids = sorted(json.loads(l)["id"] for l in open(f"{data}/{s}/gold.jsonl") if l.strip())
    random.Random(seed).shuffle(ids)
    drawn = [i for i in ids if i not in exclude][:60]
    for i in drawn: print(s, i)
    if len(sys.argv) > 3: exclude |= set(drawn)
