// The benchmark of a real film life (issue 15, point 7): 10,000 ratings,
// 3,000 diary entries, 1,000 reviews and a 2,000-film watchlist stored in
// this browser, against the release build. Reports the stored size, the
// script time of rating a film and of toggling the watchlist, each library
// page's render time, and importing a 5,000-row Letterboxd diary. Numbers
// only: it never fails on a timing.
//
// Usage: node bench/library.mjs --dist dist --catalog <dir> [--base /] [--runs 5] [--out f.json]
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { startServer } from '../tests/e2e/serve.mjs';
import { median } from './measure.mjs';

const { values: opts } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    base: { type: 'string', default: '/' },
    catalog: { type: 'string', default: 'target/site-catalog' },
    runs: { type: 'string', default: '5' },
    out: { type: 'string', default: '' },
  },
});
const RUNS = Number(opts.runs);
const CATALOG = resolve(opts.catalog);

/** Title ids of the catalog with their name and year, in file order. */
async function catalogFilms(count) {
  const names = (await readdir(join(CATALOG, 'titles'))).filter((n) => n.endsWith('.json')).sort();
  const films = [];
  for (const name of names.slice(0, count)) {
    const t = JSON.parse(await readFile(join(CATALOG, 'titles', name), 'utf8'));
    films.push({ id: t.id, title: t.title, year: t.year, genres: t.genres ?? [] });
  }
  return films;
}

const day = (i) => {
  const d = new Date(Date.UTC(2016, 0, 1) + i * 86400000);
  return d.toISOString().slice(0, 10);
};

/** The stored document of a long film life, from real catalog titles. */
function filmLife(films) {
  const doc = { version: 3, ratings: {}, reviews: {}, watchlist: {}, diary: {} };
  films.slice(0, 10000).forEach((f, i) => {
    doc.ratings[f.id] = { stars: 1 + (i % 10), title: f.title, year: f.year, genres: f.genres, rated_on: day(i % 3000) };
  });
  films.slice(0, 1000).forEach((f, i) => {
    const body = `A considered note on ${f.title}, written after a second viewing. `.repeat(12);
    doc.reviews[f.id] = { stars: 1 + (i % 10), headline: `On ${f.title}`, body, spoilers: false, written_on: day(i) };
  });
  films.slice(0, 3000).forEach((f, i) => {
    doc.diary[`${day(i)}/${f.id}/1`] = { title_id: f.id, title: f.title, year: f.year, genres: f.genres, watched_on: day(i), changed_on: day(i) };
  });
  films.slice(10000, 12000).forEach((f, i) => {
    doc.watchlist[f.id] = { title: f.title, year: f.year, genres: f.genres, added_on: day(i) };
  });
  return doc;
}

/** A Letterboxd diary.csv of `rows` viewings of real titles. */
function letterboxdDiary(films, rows) {
  const lines = ['Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date'];
  for (let i = 0; i < rows; i++) {
    const f = films[(i * 7) % films.length];
    const name = /[",\n]/.test(f.title) ? `"${f.title.replaceAll('"', '""')}"` : f.title;
    lines.push(`${day(i)},${name},${f.year},https://boxd.it/${i.toString(36)},${1 + (i % 10) / 2},,,${day(i)}`);
  }
  return `${lines.join('\n')}\n`;
}

const server = await startServer(resolve(opts.dist), 0, { base: opts.base, missing: 'spa', overlays: { '/catalog/': CATALOG } });
const origin = `http://127.0.0.1:${server.address().port}${opts.base.replace(/\/$/, '')}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

const films = await catalogFilms(12000);
const doc = JSON.stringify(filmLife(films));
const target = films[11999];

/** A page whose storage holds the film life, on `path`. */
async function pageWithLife(path) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  // When the page's heading first is in the document, for headingTime.
  await context.addInitScript(() => {
    const seen = () => {
      if (document.querySelector('main h1')) {
        window.marqueeHeadingAt = performance.now();
        return true;
      }
      return false;
    };
    const observer = new MutationObserver(() => seen() && observer.disconnect());
    observer.observe(document, { childList: true, subtree: true });
  });
  const page = await context.newPage();
  // The same title with nothing stored, for comparison (a second load, so
  // the code comes from the cache as it does below).
  await page.goto(`${origin}${path}`);
  await page.locator('main h1').waitFor();
  await page.reload();
  await page.locator('main h1').waitFor();
  results.emptyStart.push(await headingTime(page));
  await page.goto(`${origin}/your-data`);
  await page.locator('main h1').waitFor();
  // Stored as earlier releases stored it: the first start moves it into IndexedDB.
  await page.evaluate((text) => localStorage.setItem('film-site/user-data', text), doc);
  await page.goto(`${origin}/your-data`);
  await page.locator('main h1').waitFor();
  results.migrate.push(await headingTime(page));
  await page.goto(`${origin}${path}`);
  await page.locator('main h1').waitFor();
  results.start.push(await headingTime(page));
  return { page, context };
}

/** Navigation start to the page's heading in the document, this load. */
const headingTime = (page) => page.evaluate(() => window.marqueeHeadingAt);

/**
 * Clicking `selector`: `shown` is the script before the browser may paint
 * (the click's handlers and the page's reactive updates, measured at the
 * first task after them); `saved` is the time until the change is in
 * IndexedDB (the site writes in a task after the next frame; a read begun
 * after that write is answered once it is done); `longest` is the longest
 * task from the click until then (a long task blocks input).
 */
async function clickTime(page, selector) {
  return page.evaluate(
    (sel) =>
      new Promise((done) => {
        const tasks = [];
        const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries().map((e) => e.duration)));
        observer.observe({ type: 'longtask' });
        const el = document.querySelector(sel);
        const start = performance.now();
        el.click();
        setTimeout(() => {
          const shown = performance.now() - start;
          requestAnimationFrame(() =>
            setTimeout(() => {
              const open = indexedDB.open('film-site');
              open.onsuccess = () => {
                const tx = open.result.transaction('entries');
                tx.objectStore('entries').count();
                tx.oncomplete = () => {
                  const saved = performance.now() - start;
                  open.result.close();
                  // Long tasks are reported a little after they end.
                  setTimeout(() => {
                    observer.disconnect();
                    done({ shown, saved, longest: Math.max(0, ...tasks) });
                  }, 50);
                };
              };
            }, 0),
          );
        }, 0);
      }),
    selector,
  );
}

const results = {
  storedBytes: Buffer.byteLength(doc),
  migrate: [],
  start: [],
  emptyStart: [],
  firstClick: [],
  rate: [],
  watchlist: [],
  pages: {},
  importParse: [],
  importSave: [],
};
for (let run = 0; run < RUNS; run++) {
  const { page, context } = await pageWithLife(`/title/${target.id}`);
  await page.locator('.title-side .stars label').first().waitFor();
  // The first click after the page loads pays for code running for the
  // first time; it is reported apart, and the rest are measured after it.
  results.firstClick.push(await clickTime(page, `.title-side label[for="rate-${target.id}-10"]`));
  await page.waitForTimeout(300);
  results.rate.push(await clickTime(page, `.title-side label[for="rate-${target.id}-${1 + (run % 9)}"]`));
  await page.waitForTimeout(300);
  results.watchlist.push(await clickTime(page, '.title-side .watchlist-button'));
  // Each library page once to load its chunk, then timed from the click on its tab.
  await page.getByRole('link', { name: 'Your films' }).click();
  await page.locator('.shelf-list').waitFor();
  await page.evaluate(() => document.addEventListener('click', () => (window.__clicked = performance.now()), true));
  const tabs = [
    ['Diary', 'Your diary', '.diary-month'],
    ['Watchlist', 'Your watchlist', '.shelf-list'],
    ['Ratings', 'Your ratings', '.shelf-list'],
  ];
  // Twice round: a first visit runs the page's code for the first time
  // (V8 compiles wasm functions when they first run); the second is a
  // return to a page whose code is warm.
  for (const [round, [tab, heading, ready]] of [...tabs.map((t) => ['first', t]), ...tabs.map((t) => ['again', t])]) {
    await page.getByRole('navigation', { name: 'Your films' }).getByRole('link', { name: tab }).click();
    await page.waitForFunction(
      ([h, sel]) => document.querySelector('main h1')?.textContent === h && document.querySelector(sel),
      [heading, ready],
    );
    // Drawn: the frame after the list is in the document.
    const ms = await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(performance.now() - window.__clicked))));
    (results.pages[`${tab} page, ${round === 'first' ? 'first visit' : 'visited again'}`] ??= []).push(ms);
  }
  await context.close();
}

// Importing 5,000 diary rows into an empty browser.
for (let run = 0; run < RUNS; run++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(`${origin}/your-data`);
  await page.locator('main h1').waitFor();
  const csv = Buffer.from(letterboxdDiary(films, 5000));
  const start = Date.now();
  await page.getByLabel(/^Import a file/).setInputFiles({ name: 'diary.csv', mimeType: 'text/csv', buffer: csv });
  await page.locator('.import-preview h3').waitFor({ timeout: 120000 });
  results.importParse.push(Date.now() - start);
  const saved = Date.now();
  await page.locator('.import-preview .button').click();
  await page.getByRole('status').filter({ hasText: 'Import complete' }).waitFor({ timeout: 120000 });
  results.importSave.push(Date.now() - saved);
  await context.close();
}

await browser.close();
server.close();

const ms = (xs) => `${median(xs).toFixed(1)} ms`;
console.log(`| measure (median of ${RUNS}) | value |`);
console.log('|---|---|');
console.log(`| stored document (10,000 ratings, 3,000 viewings, 1,000 reviews, 2,000 watchlist) | ${(results.storedBytes / 1024 / 1024).toFixed(2)} MB |`);
const part = (xs, key) => ms(xs.map((x) => x[key]));
console.log(`| first start after an earlier release: the 2.9 MB localStorage document moved into IndexedDB, navigation to heading | ${ms(results.migrate)} |`);
console.log(`| a later start: the library read from IndexedDB, navigation to a title's heading | ${ms(results.start)} |`);
console.log(`| the same title with nothing stored, navigation to heading | ${ms(results.emptyStart)} |`);
console.log(`| first click after the page loads (a rating): script before the next paint | ${part(results.firstClick, 'shown')} |`);
console.log(`| rate a film: script before the next paint | ${part(results.rate, 'shown')} |`);
console.log(`| rate a film: click to written in storage | ${part(results.rate, 'saved')} |`);
console.log(`| rate a film: longest task until written | ${part(results.rate, 'longest')} |`);
console.log(`| toggle the watchlist: script before the next paint | ${part(results.watchlist, 'shown')} |`);
console.log(`| toggle the watchlist: click to written in storage | ${part(results.watchlist, 'saved')} |`);
console.log(`| toggle the watchlist: longest task until written | ${part(results.watchlist, 'longest')} |`);
for (const [what, xs] of Object.entries(results.pages)) console.log(`| ${what}: click to drawn | ${ms(xs)} |`);
console.log(`| import 5,000 Letterboxd diary rows: file to preview | ${ms(results.importParse)} |`);
console.log(`| import 5,000 rows: Import to saved | ${ms(results.importSave)} |`);
if (opts.out) await writeFile(opts.out, JSON.stringify(results, null, 2));
