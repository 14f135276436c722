// Times Readability.js (jsdom parse + Readability.parse + JSON.stringify) on one thread over the
// files named in a list, after a warm-up pass, and prints one JSON line of figures.
// Usage: node speed.js LIST-FILE [WARMUP-PAGES]
'use strict';
const fs = require('fs');
const zlib = require('zlib');
const { JSDOM, VirtualConsole } = require('jsdom');
const { Readability } = require('@mozilla/readability');

const list = fs.readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean).map(l => l.split('\t'));
const warmup = Number(process.argv[3] || 20);
const pages = list.map(([path, url]) => {
  let bytes = fs.readFileSync(path);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = zlib.gunzipSync(bytes);
  return { bytes, url: url || 'https://example.org/' };
});
const quiet = new VirtualConsole();

function extract(page) {
  // jsdom decodes bytes itself (BOM, <meta charset>), like Lede's decoder.
  const dom = new JSDOM(page.bytes, { url: page.url, virtualConsole: quiet });
  const article = new Readability(dom.window.document).parse();
  const json = JSON.stringify(article ? { title: article.title, text: article.textContent } : {});
  dom.window.close();
  return json.length;
}

for (let i = 0; i < Math.min(warmup, pages.length); i++) extract(pages[i]);
let bytes = 0;
const start = process.hrtime.bigint();
for (const page of pages) { extract(page); bytes += page.bytes.length; }
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(JSON.stringify({ pages: pages.length, seconds, pagesPerSecond: pages.length / seconds, mbPerSecond: bytes / 1048576 / seconds, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
