// The code each page needs before its heading can show, in the release
// build: boot.js, the stylesheet, the main module (js + wasm) and, for a page
// with a chunk of its own, the split loader and that page's chunks, as
// scripts/split-wasm.mjs listed them in index.html (`data-chunks`). That a
// page shows its heading with these files alone, every other wasm file held
// back, is what tests/e2e/split.test.mjs checks; this script gives their
// size, gzip -9 and brotli 11 (static hosts compress), and the whole app's.
// Reports numbers, never fails on them.
//
// Usage: node bench/route-code.mjs [--dist dist] [--out f.json]
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { builtCode } from '../scripts/split-wasm.mjs';
import { br, gz } from './measure.mjs';

const { values: opts } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    out: { type: 'string', default: '' },
  },
});
const DIST = resolve(opts.dist);

// Each page's chunk (src/routes.rs); the title page is in the main module.
const PAGES = { home: 'home_page', browse: 'browse_page', title: null, cast: 'cast_page', reviews: 'reviews_page', person: 'person_page', 'your data': 'your_data_page' };

async function sizes(files) {
  let gzip = 0;
  let brotli = 0;
  for (const file of files) {
    const body = await readFile(join(DIST, file));
    gzip += gz(body);
    brotli += br(body);
  }
  return { files: files.length, gzip, brotli };
}

const { js, wasm, chunks } = builtCode(await readFile(join(DIST, 'index.html'), 'utf8'));
const all = await readdir(DIST);
const css = all.filter((f) => f.endsWith('.css'));
const main = ['boot.js', ...css, js, wasm];
const loader = all.filter((f) => f.endsWith('.split.js'));

const results = {};
for (const [name, chunk] of Object.entries(PAGES)) {
  results[name] = await sizes(chunk ? [...main, ...loader, ...chunks[chunk]] : main);
}
results['whole app'] = await sizes(all.filter((f) => /\.(wasm|js|css)$/.test(f) && f !== 'sw.js'));

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
console.log('| code a page needs before its heading | files | gzip -9 | brotli |');
console.log('|---|---|---|---|');
for (const [name, r] of Object.entries(results)) console.log(`| ${name} | ${r.files} | ${kib(r.gzip)} | ${kib(r.brotli)} |`);
if (opts.out) await writeFile(opts.out, JSON.stringify(results, null, 2));
