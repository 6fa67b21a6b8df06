#!/usr/bin/env node
// Measures the JavaScript the landing route loads: the entry chunk of index.html, the app it starts
// after the first paint (src/boot.tsx, the entry's one dynamic import, preloaded from the HTML) and
// every chunk those import statically (other dynamic imports — the lazy routes, socket.io,
// recharts — are not loaded there).
// Reads dist/.vite/manifest.json, prints gzip sizes and exits 1 above the budget.
// Usage: node client/scripts/check-bundle.mjs [--budget-kb 250] [--json]
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const dist = resolve(here, '..', 'dist');
const args = process.argv.slice(2);
const budgetArg = args.indexOf('--budget-kb');
const budgetKb = budgetArg >= 0 ? Number(args[budgetArg + 1]) : 250;
const asJson = args.includes('--json');

let manifest;
try {
  manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
} catch (error) {
  console.error(`Cannot read ${join(dist, '.vite', 'manifest.json')}: run \`npm run build -w client\` first.`);
  console.error(String(error));
  process.exit(2);
}

const entryKey =
  Object.keys(manifest).find((key) => manifest[key].isEntry && key.endsWith('index.html')) ??
  Object.keys(manifest).find((key) => manifest[key].isEntry);
if (!entryKey) {
  console.error('No entry chunk in the manifest.');
  process.exit(2);
}

// Walk static imports only, each chunk once.
const seen = new Set();
const order = [];
const visit = (key) => {
  if (seen.has(key)) return;
  seen.add(key);
  const chunk = manifest[key];
  if (!chunk) return;
  order.push(key);
  for (const imported of chunk.imports ?? []) visit(imported);
};
visit(entryKey);
// The entry starts the app with import('./boot.js') once the first screen is painted: that is
// landing JavaScript too (the HTML preloads it), so it counts with everything it imports.
for (const started of manifest[entryKey].dynamicImports ?? []) visit(started);

const rows = order.map((key) => {
  const file = manifest[key].file;
  const bytes = readFileSync(join(dist, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
});
const css = [...new Set(order.flatMap((key) => manifest[key].css ?? []))].map((file) => {
  const bytes = readFileSync(join(dist, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
});
const totalGzip = rows.reduce((sum, row) => sum + row.gzip, 0);
const totalRaw = rows.reduce((sum, row) => sum + row.raw, 0);
const budget = budgetKb * 1024;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

if (asJson) {
  console.log(JSON.stringify({ entry: entryKey, chunks: rows, css, totalGzip, totalRaw, budget, ok: totalGzip <= budget }, null, 2));
} else {
  console.log(`Landing route JavaScript (entry ${entryKey} + static imports):`);
  for (const row of rows) console.log(`  ${row.file.padEnd(44)} ${kb(row.raw).padStart(10)} raw  ${kb(row.gzip).padStart(9)} gzip`);
  console.log(`  ${'total'.padEnd(44)} ${kb(totalRaw).padStart(10)} raw  ${kb(totalGzip).padStart(9)} gzip  (budget ${budgetKb} KB)`);
  for (const row of css)
    console.log(`  css ${row.file.padEnd(40)} ${kb(row.raw).padStart(10)} raw  ${kb(row.gzip).padStart(9)} gzip (not counted)`);
}
if (totalGzip > budget) {
  console.error(`Landing JS is ${kb(totalGzip)} gzip, over the ${budgetKb} KB budget.`);
  process.exit(1);
}
