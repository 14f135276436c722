#!/usr/bin/env python3
import json, random, sys
# Seeded draw for the metadata hand audit: each set's ids sorted, shuffled with Random(14), read in that order.
data = sys.argv[1]
for s in ["zyte-aeb-dev", "trafilatura-eval-dev", "htmldate-eval-dev"]:
    ids = sorted(json.loads(l)["id"] for l in open(f"{data}/{s}/gold.jsonl") if l.strip())
    random.Random(14).shuffle(ids)
    for i in ids[:60]: print(s, i)
