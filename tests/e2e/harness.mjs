// Shared by the end-to-end suites: the release dist/ (built with
// `--public-url /film/`) served under /film/ by a plain static server that
// behaves like GitHub Pages (404.html for unknown paths) and sends the
// site's Content-Security-Policy header, and real Chromium to drive it.
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { cspOf, startServer } from './serve.mjs';

export const DIST = fileURLToPath(new URL('../../dist', import.meta.url));
/** The mount path dist/ is built for (scripts/test.sh). */
export const BASE = '/film/';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Starts the server and the browser for the calling test file; `site.origin`
 * is the mount path's URL without its trailing slash, so `${origin}/title/x`
 * reads naturally.
 */
export function useSite({ root = DIST } = {}) {
  const site = { origin: '', server: null, browser: null };
  before(async () => {
    site.server = await startServer(root, 0, {
      base: BASE,
      missing: 'pages',
      headers: { 'content-security-policy': await cspOf(root) },
    });
    site.origin = `http://127.0.0.1:${site.server.address().port}${BASE.replace(/\/$/, '')}`;
    site.browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });
  after(async () => {
    await site.browser?.close();
    await new Promise((ok) => (site.server ? site.server.close(ok) : ok()));
  });

  /**
   * A fresh browser profile (empty storage) whose page errors, console
   * errors and CSP violations fail the test, except those matching
   * `allowConsole` / `allowPageErrors`. Tests that intercept requests
   * with `page.route` block the service worker, which would otherwise answer
   * them out of Playwright's sight.
   */
  site.openPage = async (
    t,
    { serviceWorkers = 'allow', allowConsole = [], allowPageErrors = [], waitForTheApp = true, ...options } = {},
  ) => {
    const context = await site.browser.newContext({
      viewport: { width: 1280, height: 900 },
      // The interface language follows navigator.languages; pinned so the
      // tests do not depend on the machine's locale.
      locale: 'en-US',
      serviceWorkers,
      ...options,
    });
    const problems = [];
    await context.exposeBinding('__reportCspViolation', (_source, violation) =>
      problems.push(`CSP violation: ${violation}`),
    );
    await context.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        window.__reportCspViolation(
          `${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
        ),
      ),
    );
    const page = await context.newPage();
    page.on('pageerror', (e) => {
      if (!allowPageErrors.some((re) => re.test(e.message))) problems.push(`page error: ${e.message}`);
    });
    page.on('console', (m) => {
      const text = m.text();
      const expected = /Failed to load resource/.test(text) || allowConsole.some((re) => re.test(text));
      if (m.type() === 'error' && !expected) problems.push(`console error: ${text}`);
    });
    if (waitForTheApp) untilTheAppTakesOver(page);
    t.after(async () => {
      await context.close();
      assert.deepEqual(problems, [], 'no CSP violations, panics or console errors');
    });
    return page;
  };
  return site;
}

/**
 * A title page arrives with its first screen written ahead of time, inert
 * until the app has started and put its own page in its place
 * (src/first_screen.rs). Tests act on the app, as a visitor can only act
 * once it is there: `goto` and `reload` resolve when the written copy is
 * gone, or the app has failed to start (unless the page is opened with
 * `waitForTheApp: false`). prerender.test.mjs tests the copy.
 */
function untilTheAppTakesOver(page) {
  const appTookOver = () =>
    page.waitForFunction(
      () => !document.getElementById('first-screen') || document.querySelector('.boot-failure, #panic-banner'),
    );
  for (const name of ['goto', 'reload']) {
    const navigate = page[name].bind(page);
    page[name] = async (...args) => {
      const response = await navigate(...args);
      await appTookOver();
      return response;
    };
  }
}

export const heading = (page) => page.locator('main h1').first();

/** Waits for a title page's sections under the header, which come after it (their code is a chunk of its own). */
export const belowTheFirstScreen = (page) => page.locator('#reviews-heading').waitFor();

/**
 * The library as one document, as earlier releases stored it and as an
 * export carries it, read from the site's IndexedDB records (src/storage):
 * `{"version":4,"ratings":{…},…,"recent":{"entries":[…]}}` as text, or null
 * before anything was saved. Read once pending changes are written: the site
 * saves in a task after the next paint, so this reads in a task queued after
 * that one, and IndexedDB runs a read begun after a write once it is done.
 */
export const storedText = (page) =>
  page.evaluate(
    () =>
      new Promise((done) => {
        const read = () => {
          const open = indexedDB.open('film-site');
          // Not created yet: leave it uncreated.
          open.onupgradeneeded = () => open.transaction.abort();
          open.onerror = () => done(null);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction(['entries', 'meta']);
            const keys = tx.objectStore('entries').getAllKeys();
            const values = tx.objectStore('entries').getAll();
            const version = tx.objectStore('meta').get('version');
            tx.oncomplete = () => {
              db.close();
              if (version.result === undefined) return done(null);
              // Every section, as the one-document format always had them.
              const doc = { version: version.result, recent: { entries: [] } };
              for (const section of ['ratings', 'reviews', 'drafts', 'votes', 'reports', 'watchlist', 'diary', 'seen']) {
                doc[section] = {};
              }
              keys.result.forEach(([section, key], i) => {
                const value = JSON.parse(values.result[i]);
                if (section === 'recent') doc.recent = { entries: value };
                else doc[section][key] = value;
              });
              done(JSON.stringify(doc));
            };
          };
        };
        requestAnimationFrame(() => setTimeout(read, 0));
      }),
  );

/** The document earlier releases kept in `localStorage` (`film-site/user-data`), or null. */
export const legacyText = (page) => page.evaluate(() => localStorage.getItem('film-site/user-data'));

/**
 * Makes this origin's storage full, or with `full` false, as before: from
 * then on every IndexedDB transaction that writes aborts once its requests
 * are queued, as a full disk or quota makes it fail at commit, so nothing
 * of it is written. (Chromium's quota override through DevTools does not
 * reach a database that is already open, and filling the real quota would
 * take gigabytes.)
 */
export const fillStorage = (page, full = true) =>
  page.evaluate((full) => {
    if (!window.marqueeFullStorage) {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (...args) {
        const request = put.apply(this, args);
        if (window.marqueeFullStorage.full && !this.transaction.marqueeAborting) {
          this.transaction.marqueeAborting = true;
          queueMicrotask(() => this.transaction.abort());
        }
        return request;
      };
      window.marqueeFullStorage = { full };
    }
    window.marqueeFullStorage.full = full;
  }, full);


/** The values the site set aside as unreadable (`film-site/unreadable/<time>`). */
export const setAsideValues = (page) =>
  page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('film-site/unreadable/'))
      .map((k) => localStorage.getItem(k)),
  );

/** Polls `check` (an async function) until it returns true, for up to 15 s. */
export async function eventually(check, what) {
  for (let waited = 0; waited < 15000; waited += 100) {
    if (await check()) return;
    await new Promise((ok) => setTimeout(ok, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Waits until the service worker controls the page and has kept the catalog's `file`. */
export async function offlineReady(page, site, file) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const url = new URL(`catalog/${file}`, `${site.origin}/`).href;
  // Polled from here: page.waitForFunction does not wait for a promise.
  await eventually(() => page.evaluate(async (u) => (await caches.match(u)) !== undefined, url), `${file} in the cache`).catch(
    async (e) => {
      // What the page loaded and what was kept, for a failure that needs it.
      console.log(
        'resources and caches:',
        await page.evaluate(async () => [performance.getEntriesByType('resource').map((r) => r.name), await caches.keys()]),
      );
      throw e;
    },
  );
}
