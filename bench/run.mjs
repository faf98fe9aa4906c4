// The benchmark: real headless Chromium against the release build on
// localhost, reporting numbers (medians of several runs). It never passes or
// fails on a timing; see README, "Performance".
//
// Usage: node bench/run.mjs --dist dist --catalog <dir> [--base /] [--label 13] [--runs 5] [--navigations 200] [--out f.json] [--stats-dist dir]
//   --catalog  the catalog to serve under /catalog (the shipped one or one
//              written by `catalog-tool generate`); the rest comes from --dist.
//   --stats-dist  a build with the `alloc-stats` feature, for the bytes the
//              app's allocator still holds after the navigations.
// Prints a Markdown table and writes the raw figures as JSON to --out.
import { mkdir, mkdtemp, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { startServer } from '../tests/e2e/serve.mjs';
import { br, gz, median } from './measure.mjs';

const { values: opts } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    base: { type: 'string', default: '/' },
    catalog: { type: 'string', default: 'target/site-catalog' },
    label: { type: 'string', default: '' },
    runs: { type: 'string', default: '5' },
    navigations: { type: 'string', default: '200' },
    out: { type: 'string', default: '' },
    'stats-dist': { type: 'string', default: '' },
  },
});
const RUNS = Number(opts.runs);
const NAVIGATIONS = Number(opts.navigations);
const CATALOG = resolve(opts.catalog);


async function readJson(path) {
  return JSON.parse(await readFile(path, 'utf8'));
}

/** The benchmark's titles: the first listed, and the one with the biggest reviews file. */
async function pickTitles() {
  const first = (await readJson(join(CATALOG, 'list', '1.json'))).titles[0].id;
  let reviewsId = first;
  let biggest = -1;
  for (const name of await readdir(join(CATALOG, 'reviews'))) {
    const { size } = await stat(join(CATALOG, 'reviews', name));
    if (size > biggest) [biggest, reviewsId] = [size, name.replace(/\.json$/, '')];
  }
  return { titleId: first, reviewsId };
}

const server = await startServer(resolve(opts.dist), 0, { base: opts.base, missing: 'spa', overlays: { '/catalog/': CATALOG } });
const origin = `http://127.0.0.1:${server.address().port}${opts.base.replace(/\/$/, '')}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const { titleId, reviewsId } = await pickTitles();

async function freshPage() {
  // Cold: a new profile, no service worker, so nothing comes from a cache.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block', locale: 'en-US' });
  const page = await context.newPage();
  return { context, page };
}

/** Paint times in the page: the LCP entry and the heading's element timing. */
const paintTimes = (page) =>
  page.evaluate(
    () =>
      new Promise((done) => {
        const found = {};
        const finish = () => found.lcp !== undefined && found.heading !== undefined && done(found);
        new PerformanceObserver((list) => {
          const last = list.getEntries().at(-1);
          found.lcp = last.startTime;
          found.lcpElement = last.element?.tagName ?? '';
          finish();
        }).observe({ type: 'largest-contentful-paint', buffered: true });
        new PerformanceObserver((list) => {
          const entry = list.getEntries().find((e) => e.identifier === 'title-heading');
          if (entry) {
            found.heading = entry.renderTime || entry.loadTime;
            finish();
          }
        }).observe({ type: 'element', buffered: true });
        setTimeout(() => done(found), 5000);
      }),
  );

// 1. A cold title page: what it transfers, and when its heading is painted.
const transfers = [];
const spa = [];
let staticHtml = '';
for (let run = 0; run < RUNS; run++) {
  const { context, page } = await freshPage();
  const bodies = [];
  page.on('response', async (r) => {
    const url = new URL(r.url());
    if (url.origin !== origin) return;
    bodies.push(r.body().then((body) => ({ path: url.pathname, body })).catch(() => null));
  });
  await page.goto(`${origin}/title/${titleId}`);
  await page.locator('h1.title-name').waitFor();
  await page.locator('#related-track').waitFor();
  spa.push(await paintTimes(page));
  if (run === 0) {
    const files = (await Promise.all(bodies)).filter(Boolean);
    transfers.push(...files);
    // The static baseline: the same rendered page as plain HTML with the same
    // stylesheet, and no script.
    staticHtml = await page.evaluate(() => {
      const doc = document.documentElement.cloneNode(true);
      doc.querySelectorAll('script, link[rel=modulepreload], link[rel=preload], meta[http-equiv]').forEach((el) => el.remove());
      return `<!DOCTYPE html>\n${doc.outerHTML}`;
    });
  }
  await context.close();
}
const kinds = { wasm: /\.wasm$/, js: /\.js$/, css: /\.css$/, json: /\.json$/, html: /(\.html|\/[^.]*)$/ };
const bytes = {};
for (const [kind, re] of Object.entries(kinds)) {
  const files = transfers.filter((f) => re.test(f.path));
  bytes[kind] = {
    files: files.length,
    raw: files.reduce((n, f) => n + f.body.length, 0),
    gzip: files.reduce((n, f) => n + gz(f.body), 0),
    brotli: files.reduce((n, f) => n + br(f.body), 0),
  };
}

const staticDir = await mkdtemp(join(tmpdir(), 'marquee-static-'));
await mkdir(join(staticDir, 'static'), { recursive: true });
await writeFile(join(staticDir, 'static', 'title.html'), staticHtml);
server.addOverlay('/static/', join(staticDir, 'static'));
const baseline = [];
for (let run = 0; run < RUNS; run++) {
  const { context, page } = await freshPage();
  await page.goto(`${origin}/static/title.html`);
  baseline.push(await paintTimes(page));
  await context.close();
}

// 2. In-app navigation: a click on a related film until its heading shows,
// NAVIGATIONS times in a row, with the memory in use before and after.
async function navigateRelated(from) {
  const times = [];
  const memory = {};
  const { context, page } = await freshPage();
  const cdp = await context.newCDPSession(page);
  const memoryNow = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const usage = await cdp.send('Runtime.getHeapUsage');
    const wasm = await page.evaluate(() => ({
      memory: window.marqueeWasmMemory?.buffer.byteLength ?? null,
      live: window.marqueeLiveHeap?.() ?? null,
    }));
    return { jsUsed: usage.usedSize, wasmMemory: wasm.memory, wasmLive: wasm.live };
  };
  await page.goto(`${from}/title/${titleId}`);
  await page.locator('#related-track').waitFor();
  memory.after1 = await memoryNow();
  for (let i = 0; i < NAVIGATIONS; i++) {
    const ms = await page.evaluate(
      (slide) =>
        new Promise((done) => {
          const links = document.querySelectorAll('#related-track h3 a');
          const link = links[slide % links.length];
          const want = link.textContent.trim();
          const start = performance.now();
          const check = () => {
            const h1 = document.querySelector('h1.title-name');
            if (h1 && h1.textContent.startsWith(want) && document.querySelector('#related-track')) {
              // Measured once the next frame is painted.
              requestAnimationFrame(() => setTimeout(() => done(performance.now() - start), 0));
            } else {
              requestAnimationFrame(check);
            }
          };
          link.click();
          requestAnimationFrame(check);
        }),
      i,
    );
    times.push(ms);
  }
  memory.after200 = await memoryNow();
  await context.close();
  return { times, memory };
}
const { times: navigation, memory: heap } = await navigateRelated(origin);
// The bytes the app still holds need the counting allocator of a build with
// the `alloc-stats` feature (scripts/bench.sh makes one); its timings are
// not used.
if (opts['stats-dist']) {
  const stats = await startServer(resolve(opts['stats-dist']), 0, {
    base: opts.base,
    missing: 'spa',
    overlays: { '/catalog/': CATALOG },
  });
  const statsOrigin = `http://127.0.0.1:${stats.address().port}${opts.base.replace(/\/$/, '')}`;
  const { memory } = await navigateRelated(statsOrigin);
  heap.after1.wasmLive = memory.after1.wasmLive;
  heap.after200.wasmLive = memory.after200.wasmLive;
  await new Promise((ok) => stats.close(ok));
}

// 3. The reviews list of the title with the most reviews: first page, a sort, a filter.
const reviews = { first: [], sort: [], filter: [], count: 0 };
for (let run = 0; run < RUNS; run++) {
  const { context, page } = await freshPage();
  // Records, in the page, when the first review appears (ms since navigation start).
  await context.addInitScript(() => {
    const observer = new MutationObserver(() => {
      if (document.querySelector('.review-list > li')) {
        observer.disconnect();
        window.__reviewsShown = performance.now();
      }
    });
    observer.observe(document, { childList: true, subtree: true });
  });
  await page.goto(`${origin}/title/${reviewsId}/reviews`);
  await page.locator('.review-list > li').first().waitFor();
  reviews.first.push(await page.evaluate(() => window.__reviewsShown));
  reviews.count = await page.evaluate(() => {
    const m = document.querySelector('.review-toolbar')?.textContent.match(/([\d,]+) reviews?/);
    return m ? Number(m[1].replace(/,/g, '')) : 0;
  });
  const change = (selector, value) =>
    page.evaluate(
      ([sel, val]) =>
        new Promise((done) => {
          // The whole page, not the list: a filter with no match replaces the list.
          const list = document.querySelector('main');
          const select = document.querySelector(sel);
          const start = performance.now();
          const observer = new MutationObserver(() => {
            observer.disconnect();
            requestAnimationFrame(() => setTimeout(() => done(performance.now() - start), 0));
          });
          observer.observe(list, { childList: true, subtree: true, characterData: true });
          select.value = val;
          select.dispatchEvent(new Event('change', { bubbles: true }));
        }),
      [selector, value],
    );
  reviews.sort.push(await change('#review-sort', 'date'));
  reviews.filter.push(await change('#review-stars', '7'));
  await context.close();
}

// 4. Scale: the catalog bytes the home page, the person with the largest
// people file and each keystroke of a search for them fetch.
async function largestPerson() {
  let biggest = -1;
  let id = null;
  for (const name of await readdir(join(CATALOG, 'people'))) {
    if (!name.endsWith('.json')) continue;
    const { size } = await stat(join(CATALOG, 'people', name));
    if (size > biggest) [biggest, id] = [size, name.replace(/\.json$/, '')];
  }
  return id;
}

/** The catalog files a page fetches while `act` runs: `[path, gzip bytes]`. */
async function catalogFetches(page, act) {
  const seen = [];
  const listen = (r) => {
    const url = new URL(r.url());
    if (url.pathname.includes('/catalog/')) {
      seen.push(r.body().then((b) => [url.pathname.replace(/^.*\/catalog\//, ''), gz(b)]).catch(() => null));
    }
  };
  page.on('response', listen);
  await act();
  await page.waitForTimeout(300);
  page.off('response', listen);
  return (await Promise.all(seen)).filter(Boolean);
}

const scale = { person: null, personFiles: [], home: [], keystrokes: [] };
{
  const { context, page } = await freshPage();
  scale.home = await catalogFetches(page, async () => {
    await page.goto(`${origin}/`);
    await page.locator('.featured-film').waitFor();
  });
  scale.person = await largestPerson();
  if (scale.person) {
    scale.personFiles = await catalogFetches(page, async () => {
      await page.goto(`${origin}/name/${scale.person}`);
      await page.locator('.filmography').first().waitFor();
    });
    const name = (await page.locator('main h1').innerText()).trim();
    const box = page.locator('#site-search');
    for (let n = 1; n <= name.length; n++) {
      const typed = name.slice(0, n);
      const files = await catalogFetches(page, async () => {
        await box.fill(typed);
        await page.waitForFunction(
          () => document.querySelector('.site-search [role=status]')?.textContent.includes('found'),
          null,
          { timeout: 10000 },
        ).catch(() => null);
      });
      scale.keystrokes.push({ typed, files });
    }
  }
  await context.close();
}

// 5. Browse: for single filters, sorts and combined filters, the catalog
// bytes a deep link fetches and the time from navigation start to its
// first results on screen (median of RUNS).
async function browseQueries() {
  const all = await readJson(join(CATALOG, 'browse', 'all', 'facets.json'));
  const top = (facet, n = 0) => all.facets.find((f) => f.facet === facet)?.values[n]?.[0];
  const queries = [
    ['no filter, most popular', '/browse'],
    ['no filter, title A–Z', '/browse?sort=title'],
    ['no filter, oldest first', '/browse?sort=oldest'],
  ];
  for (const facet of ['genre', 'decade', 'year', 'country', 'language', 'certificate']) {
    const value = top(facet);
    if (value) queries.push([`largest ${facet} (${value})`, `/${facet}/${value}`]);
  }
  const [genre, decade, country, language] = [top('genre'), top('decade'), top('country', 1), top('language', 1)];
  if (genre && decade) queries.push([`${genre} + ${decade}, highest rated`, `/browse?genre=${genre}&decade=${decade}&sort=rating`]);
  if (genre && country && language) {
    queries.push([`${genre} + ${country} + ${language}`, `/browse?genre=${genre}&country=${country}&language=${language}`]);
  }
  const rare = all.facets.find((f) => f.facet === 'genre')?.values.at(-1)?.[0];
  if (rare && decade) queries.push([`rarest genre (${rare}) + ${decade}, page 2`, `/browse?genre=${rare}&decade=${decade}&page=2`]);
  return queries;
}

const browsing = [];
for (const [what, path] of await browseQueries()) {
  const times = [];
  let files = [];
  for (let run = 0; run < RUNS; run++) {
    const { context, page } = await freshPage();
    files = await catalogFetches(page, async () => {
      await page.goto(`${origin}${path}`);
      await page.locator('.title-grid > li, .browse-empty, .not-found').first().waitFor({ timeout: 20000 });
    });
    times.push(await page.evaluate(() => performance.now()));
    await context.close();
  }
  browsing.push({ what, path, files, firstResults: median(times) });
}

// "Only my watchlist" reads each film's id shard instead of a list: the
// bytes grow with the watchlist. Watchlists of the catalog's 50 and 500
// most popular films, stored before the page loads.
async function popularIds(n) {
  const ids = [];
  for (let file = 1; ids.length < n; file++) {
    const rows = await readJson(join(CATALOG, 'browse', 'all', 'popular', `${file}.json`)).catch(() => []);
    if (rows.length === 0) break;
    ids.push(...rows.map((row) => row[0]));
  }
  return ids.slice(0, n);
}
for (const n of [50, 500]) {
  const ids = await popularIds(n);
  const watchlist = Object.fromEntries(ids.map((id) => [id, { title: id, year: 2000, added_on: '2026-01-01' }]));
  const stored = JSON.stringify({ version: 3, ratings: {}, reviews: {}, watchlist, diary: {} });
  const path = '/browse?only=watchlist';
  const times = [];
  let files = [];
  for (let run = 0; run < RUNS; run++) {
    const { context, page } = await freshPage();
    await context.addInitScript((text) => {
      if (!localStorage.getItem('film-site/user-data')) localStorage.setItem('film-site/user-data', text);
    }, stored);
    files = await catalogFetches(page, async () => {
      await page.goto(`${origin}${path}`);
      await page.locator('.title-grid > li, .browse-empty').first().waitFor({ timeout: 30000 });
    });
    times.push(await page.evaluate(() => performance.now()));
    await context.close();
  }
  browsing.push({ what: `only my watchlist, ${ids.length} of the most popular films`, path, files, firstResults: median(times) });
}

await browser.close();
server.close();

const ms = (x) => `${x.toFixed(1)} ms`;
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const spaHeading = median(spa.map((p) => p.heading));
const staticHeading = median(baseline.map((p) => p.heading ?? p.lcp));
const result = {
  label: opts.label,
  runs: RUNS,
  title: titleId,
  reviewsTitle: reviewsId,
  bytes,
  paint: {
    spaHeading,
    spaLcp: median(spa.map((p) => p.lcp)),
    staticHeading,
    staticLcp: median(baseline.map((p) => p.lcp)),
    ratio: spaHeading / staticHeading,
  },
  navigation: { median: median(navigation), count: navigation.length },
  reviews: {
    count: reviews.count,
    first: median(reviews.first),
    sort: median(reviews.sort),
    filter: median(reviews.filter),
  },
  heap,
  scale,
  browsing,
};
const sum = (files) => files.reduce((n, [, bytes]) => n + bytes, 0);
const perKeystroke = scale.keystrokes.map((k) => k.files.length);
const largestShard = Math.max(0, ...scale.keystrokes.flatMap((k) => k.files.map(([, b]) => b)));
const lines = [
  `### Catalog ${opts.label || CATALOG} (title ${titleId}; medians of ${RUNS} runs)`,
  '',
  '| measure | value |',
  '|---|---|',
  ...Object.entries(bytes).map(
    ([k, b]) => `| cold title page, ${k} (${b.files} files) | ${kib(b.raw)} raw, ${kib(b.gzip)} gzip, ${kib(b.brotli)} brotli |`,
  ),
  `| title heading painted (element timing) | ${ms(result.paint.spaHeading)}; static HTML ${ms(result.paint.staticHeading)}; ratio ${result.paint.ratio.toFixed(2)}× |`,
  `| largest contentful paint | ${ms(result.paint.spaLcp)}; static HTML ${ms(result.paint.staticLcp)} |`,
  `| related film click → its page painted | ${ms(result.navigation.median)} (median of ${navigation.length}) |`,
  `| reviews page (${reviews.count} reviews): first page shown | ${ms(result.reviews.first)} after navigation start |`,
  `| reviews: sort by date | ${ms(result.reviews.sort)} |`,
  `| reviews: filter 7 stars | ${ms(result.reviews.filter)} |`,
  `| JS heap after 1 title / after ${NAVIGATIONS + 1} | ${kib(heap.after1.jsUsed)} / ${kib(heap.after200.jsUsed)} (${(heap.after200.jsUsed / heap.after1.jsUsed).toFixed(2)}×) |`,
  heap.after1.wasmMemory !== null
    ? `| wasm linear memory after 1 title / after ${NAVIGATIONS + 1} | ${kib(heap.after1.wasmMemory)} / ${kib(heap.after200.wasmMemory)} (${(heap.after200.wasmMemory / heap.after1.wasmMemory).toFixed(2)}×) |`
    : '',
  heap.after1.wasmLive != null
    ? `| wasm bytes allocated after 1 title / after ${NAVIGATIONS + 1} (alloc-stats build) | ${kib(heap.after1.wasmLive)} / ${kib(heap.after200.wasmLive)} (${((heap.after200.wasmLive - heap.after1.wasmLive) / NAVIGATIONS / 1024).toFixed(2)} KiB per navigation) |`
    : '',
  `| home page: catalog files | ${scale.home.map(([p]) => p).join(', ')}: ${kib(sum(scale.home))} gzip |`,
  scale.person
    ? `| person page, largest people file (${scale.person}): catalog files | ${scale.personFiles.length} (${scale.personFiles.map(([p]) => p).join(', ')}): ${kib(sum(scale.personFiles))} gzip |`
    : '',
  scale.person
    ? `| search for that name, ${perKeystroke.length} keystrokes: files fetched per keystroke | at most ${Math.max(...perKeystroke)} (${perKeystroke.join(' ')}); largest shard ${kib(largestShard)} gzip |`
    : '',
  ...browsing.map(
    (b) => `| browse: ${b.what} (\`${b.path}\`) | ${b.files.length} files, ${kib(sum(b.files))} gzip (largest ${kib(Math.max(0, ...b.files.map(([, n]) => n)))}); first results ${ms(b.firstResults)} after navigation start |`,
  ),
].filter(Boolean);
console.log(lines.join('\n'));
if (opts.out) await writeFile(opts.out, JSON.stringify(result, null, 2));
