// End-to-end: the first screen of the home page and of each title written
// ahead of time (crates/prerender, src/prerender.rs) and the app taking its
// place (src/first_screen.rs). The
// written copy is the app's own markup, painted before any wasm arrives; the
// app replaces it without moving anything painted, and the copy's plot stays
// the page's largest paint.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, belowTheFirstScreen, useSite } from './harness.mjs';

const site = useSite();
const ALLENDE = '/title/salvador-allende-2004';

/**
 * The pages written ahead: what a visitor reads in the first screen, what is
 * laid out there, the largest text, and what shows the app's whole page.
 */
const PAGES = [
  {
    path: ALLENDE,
    text: ['.title-header', 'section[aria-labelledby="cast-heading"]'],
    boxes: ['main h1', 'main .plot', '#cast-heading'],
    largest: 'plot',
    whole: (page) => belowTheFirstScreen(page),
  },
  {
    path: '/',
    text: ['main h1', 'main .lead', 'section.featured'],
    boxes: ['main h1', 'section.featured .summary', '#featured-heading'],
    largest: 'summary',
    whole: (page) => page.locator('.browse-all').waitFor(),
  },
];

const firstScreenText = (page, selectors) =>
  page.evaluate((all) => all.map((s) => document.querySelector(s).innerText), selectors);

const firstScreenBoxes = (page, selectors) =>
  page.evaluate(
    (all) =>
      all.map((s) => {
        const { x, y, width, height } = document.querySelector(s).getBoundingClientRect();
        return { s, x, y, width, height };
      }),
    selectors,
  );

/**
 * Opens `path` with the main wasm held back: the page as it shows on its own.
 * `letTheAppIn()` lets the wasm through and waits for the app to take over.
 */
async function openHoldingTheApp(t, path, viewport) {
  const page = await site.openPage(t, { serviceWorkers: 'block', viewport, waitForTheApp: false });
  const held = [];
  let holding = true;
  await page.route('**/*_bg.wasm', (route) => (holding ? held.push(route) : route.continue()));
  await page.goto(`${site.origin}${path}`);
  await page.locator('#first-screen').waitFor();
  const letTheAppIn = async () => {
    holding = false;
    for (const route of held) await route.continue();
    await page.locator('#first-screen').waitFor({ state: 'detached' });
  };
  return { page, letTheAppIn };
}

describe('a title page written ahead of time', () => {
  test('the host answers with the title in the HTML: name, plot, links under the mount path, no inline style', async () => {
    const response = await fetch(`${site.origin}${ALLENDE}`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type'), /text\/html/);
    const html = await response.text();
    assert.ok(html.includes('<title>Salvador Allende (2004) · Marquee</title>'));
    assert.match(html, /<meta name="description" content="Patricio Guzmán traces Salvador Allende[^"]*"/);
    const copy = html.slice(html.indexOf(`<div id="first-screen" data-path="${ALLENDE}" inert>`));
    assert.ok(copy.length < html.length, 'the first screen is in the page');
    assert.match(copy, /<h1 [^>]*class="title-name">Salvador Allende/);
    assert.ok(copy.includes(`href="${BASE}name/patricio-guzman"`), 'links carry the mount path');
    assert.ok(!/ style=/.test(copy), 'no style attribute, which the CSP would block');
    const home = await (await fetch(`${site.origin}/`)).text();
    assert.match(home.slice(home.indexOf('<div id="first-screen" data-path="/" inert>')), /<section [^>]*class="featured section"/);
    // A title without a page of its own still gets the app.
    const unknown = await fetch(`${site.origin}/title/no-such-film-1900`);
    assert.equal(unknown.status, 404);
    assert.ok(!(await unknown.text()).includes('id="first-screen"'));
  });

  for (const { path, text, boxes, largest, whole } of PAGES) {
    for (const viewport of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
      test(`${path} at ${viewport.width} px: the copy shows the app's first screen, word for word and in the same place`, async (t) => {
        const { page, letTheAppIn } = await openHoldingTheApp(t, path, viewport);
        assert.ok(await page.locator('#first-screen[inert] main h1').isVisible());
        const written = { text: await firstScreenText(page, text), boxes: await firstScreenBoxes(page, boxes) };

        await letTheAppIn();
        await whole(page);
        await page.evaluate(() => window.scrollTo(0, 0));
        assert.deepEqual(await firstScreenText(page, text), written.text);
        assert.deepEqual(await firstScreenBoxes(page, boxes), written.boxes);
      });
    }

    test(`${path}: the app takes its place with no layout shift, one copy of the page at a time, and the written text as the largest paint`, async (t) => {
      const page = await site.openPage(t, { serviceWorkers: 'block', viewport: { width: 390, height: 844 } });
      await page.addInitScript(() => {
        const seen = { shifts: 0, paints: [], copies: 0, copySeen: false, revealedAt: null };
        window.__firstScreen = seen;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) seen.shifts += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) seen.paints.push({ at: entry.startTime, class: entry.element?.className });
        }).observe({ type: 'largest-contentful-paint', buffered: true });
        new MutationObserver(() => {
          seen.copies = Math.max(seen.copies, document.querySelectorAll('main').length);
          // The copy is parsed after <body> opens: gone means seen, then gone.
          const copy = document.getElementById('first-screen');
          if (copy) seen.copySeen = true;
          else if (seen.copySeen && seen.revealedAt === null) seen.revealedAt = performance.now();
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto(`${site.origin}${path}`);
      await whole(page);
      const seen = await page.evaluate(() => window.__firstScreen);
      assert.equal(seen.shifts, 0, 'nothing painted moved');
      assert.equal(seen.copies, 1, 'never two pages in the document');
      assert.ok(seen.copySeen, 'the page came with its first screen written');
      assert.ok(seen.revealedAt > 0, 'the app took over');
      const last = seen.paints.at(-1);
      assert.equal(last.class, largest);
      assert.ok(last.at < seen.revealedAt, `the largest paint (${last.at} ms) is the written copy's, before the app (${seen.revealedAt} ms)`);
    });
  }

  test('a host that answers every address with index.html (as trunk serve does) shows the home copy on the home page only', async (t) => {
    const page = await site.openPage(t, { serviceWorkers: 'block', viewport: { width: 390, height: 844 } });
    const home = await (await fetch(`${site.origin}/`)).text();
    const allende = await (await fetch(`${site.origin}${ALLENDE}`)).text();
    assert.ok(home.includes('data-path="/"'), 'index.html is the home page written ahead');
    // Every address gets index.html, except a title's address with a
    // trailing slash, which gets that title's own page.
    await page.route(`${site.origin}/**`, (route) =>
      route.request().resourceType() === 'document'
        ? route.fulfill({ status: 200, contentType: 'text/html', body: route.request().url().endsWith(`${ALLENDE}/`) ? allende : home })
        : route.continue(),
    );
    // boot.js runs before DOMContentLoaded (a module script): what it left.
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        window.__copyWhenParsed = document.getElementById('first-screen')?.dataset.path ?? null;
      });
    });

    await page.goto(`${site.origin}/title/canoa-1976`);
    await page.getByRole('heading', { level: 1, name: 'Canoa' }).waitFor();
    assert.equal(await page.evaluate(() => window.__copyWhenParsed), null, 'the home copy was gone before the app started');
    assert.equal(await page.locator('main').count(), 1);

    await page.goto(`${site.origin}/`);
    await page.locator('.browse-all').waitFor();
    assert.equal(await page.evaluate(() => window.__copyWhenParsed), '/', 'the home page keeps its own copy');

    // A trailing slash is the same address, as the router has it.
    await page.goto(`${site.origin}${ALLENDE}/`);
    assert.equal(await page.evaluate(() => window.__copyWhenParsed), ALLENDE, 'a title keeps its copy');
  });

  test('nothing in the copy can be used before the app is there; then the app\'s controls work', async (t) => {
    const { page, letTheAppIn } = await openHoldingTheApp(t, ALLENDE);
    // Inert: a click or a Tab reaches nothing in it.
    assert.equal(await page.evaluate(() => document.getElementById('first-screen').inert), true);
    const written = page.locator('#first-screen .watchlist-button');
    const box = await written.boundingBox();
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.closest('#first-screen')), null);
    assert.equal(await written.getAttribute('aria-pressed'), 'false');

    await letTheAppIn();
    const watchlist = page.getByRole('button', { name: 'Watchlist', exact: true });
    await watchlist.click();
    assert.equal(await watchlist.getAttribute('aria-pressed'), 'true');
  });
});
