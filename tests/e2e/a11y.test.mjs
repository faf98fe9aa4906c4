// End-to-end accessibility and layout: axe-core in the real browser on every
// page, in light and dark, at phone and desktop widths; keyboard-only use
// with a visible focus everywhere; no sideways scrolling from 360 px up.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { heading, useSite } from './harness.mjs';

const site = useSite();
const AXE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const PAGES = [
  ['home', '/', '#newest-track'],
  ['browse', '/browse', '.title-grid'],
  ['browse filtered', '/browse?genre=drama&decade=1990s&sort=rating', '.title-grid'],
  ['genre landing', '/genre/documentary', '.title-grid'],
  ['no matches', '/browse?genre=western&country=chile', '.browse-empty'],
  ['only my watchlist, empty', '/browse?only=watchlist', '.browse-empty'],
  ['search results', '/search?q=salvador', '.shelf-list'],
  ['title', '/title/salvador-allende-2004', '#related-track'],
  ['cast', '/title/salvador-allende-2004/cast', '.cast-list'],
  ['reviews', '/title/salvador-allende-2004/reviews', '.review-list'],
  ['your data', '/your-data', 'main h1'],
  ['ratings, empty', '/ratings', '.empty-state'],
  ['diary, empty', '/diary', '.empty-state'],
  ['stats, empty', '/stats', '.empty-state'],
  ['person', '/name/patricio-guzman', '.filmography'],
  ['real film', '/title/memento-2000', '#related-track'],
  ['real person', '/name/christopher-nolan', '.filmography'],
  ['not found', '/nowhere', 'main h1'],
];
const WIDTHS = [360, 1280];

/** axe-core's violations on the current page, as readable lines. */
async function axeViolations(page) {
  // Injected through the DevTools protocol, which the page's CSP does not govern.
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => (await window.axe.run(document)).violations);
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary}`));
}

describe('axe-core finds nothing', () => {
  for (const colorScheme of ['light', 'dark']) {
    for (const width of WIDTHS) {
      test(`every page, ${colorScheme}, ${width} px`, async (t) => {
        const page = await site.openPage(t, {
          colorScheme,
          viewport: { width, height: 800 },
          serviceWorkers: 'block',
        });
        // Every page is checked before failing, so one run shows every problem.
        const problems = [];
        for (const [name, path, ready] of PAGES) {
          await page.goto(`${site.origin}${path}`);
          await page.locator(ready).first().waitFor();
          problems.push(...(await axeViolations(page)).map((v) => `${name} page: ${v}`));
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          if (overflow > 0) problems.push(`${name} page scrolls sideways by ${overflow} px`);
        }
        assert.deepEqual(problems, []);
      });
    }
  }

  for (const colorScheme of ['light', 'dark']) {
    test(`a carousel card with its stars open and rated, ${colorScheme}`, async (t) => {
      const page = await site.openPage(t, { colorScheme, serviceWorkers: 'block' });
      await page.goto(`${site.origin}/title/salvador-allende-2004`);
      const rate = page.locator('#related-track .rate-button').first();
      await rate.click();
      await page.locator('#related-track .stars label').nth(7).click();
      await page.locator('#related-track .clear-rating').waitFor();
      assert.deepEqual(await axeViolations(page), []);
    });
  }

  const LIBRARY = {
    version: 3,
    ratings: { 'canoa-1976': { stars: 9, title: 'Canoa', year: 1976, genres: ['Drama'], rated_on: '2026-03-01' } },
    watchlist: { 'emitai-1971': { title: 'Emitaï', year: 1971, added_on: '2026-06-02' } },
    diary: {
      '2026-03-01/canoa-1976/1': { title_id: 'canoa-1976', title: 'Canoa', year: 1976, watched_on: '2026-03-01', rewatch: true, stars: 9, tags: ['cinema'], changed_on: '2026-03-01' },
    },
  };
  for (const colorScheme of ['light', 'dark']) {
    test(`the library pages with films, and the diary form showing its error, ${colorScheme}`, async (t) => {
      const page = await site.openPage(t, { colorScheme, serviceWorkers: 'block' });
      await page.goto(`${site.origin}/your-data`);
      await heading(page).waitFor();
      await page.evaluate((doc) => localStorage.setItem('film-site/user-data', JSON.stringify(doc)), LIBRARY);
      const problems = [];
      for (const path of ['/ratings', '/watchlist', '/diary']) {
        await page.goto(`${site.origin}${path}`);
        await page.locator('.shelf-list').waitFor();
        problems.push(...(await axeViolations(page)).map((v) => `${path}: ${v}`));
      }
      await page.getByRole('button', { name: /^Edit your/ }).click();
      await page.locator('.log-watch').waitFor();
      problems.push(...(await axeViolations(page)).map((v) => `diary form: ${v}`));
      await page.goto(`${site.origin}/stats`);
      await page.locator('.chart-drawing:visible').first().waitFor();
      for (const summary of await page.locator('.chart-table summary').all()) await summary.click();
      problems.push(...(await axeViolations(page)).map((v) => `/stats with its tables open: ${v}`));
      await page.goto(`${site.origin}/title/canoa-1976`);
      await page.getByRole('button', { name: 'Log a watch' }).click();
      await page.getByLabel('Date watched').fill('2999-01-01');
      await page.getByRole('button', { name: 'Save' }).click();
      await page.locator('.log-watch [role=alert]').filter({ hasText: 'today' }).waitFor();
      problems.push(...(await axeViolations(page)).map((v) => `title diary form: ${v}`));
      assert.deepEqual(problems, []);
    });
  }

  test('the review form, open and showing its errors', async (t) => {
    const page = await site.openPage(t, { serviceWorkers: 'block' });
    await page.goto(`${site.origin}/title/salvador-allende-2004/reviews?write=1`);
    await page.locator('#review-form').waitFor();
    await page.locator('#review-form button[type=submit]').click();
    await page.locator('#review-form [role=alert]').first().waitFor();
    assert.deepEqual(await axeViolations(page), []);
  });
});

describe('keyboard', () => {
  /**
   * Tabs through the whole page, describing each stop and how its focus
   * looks. A visually hidden control (the star radios) shows its focus on
   * its label, which is what the person sees.
   */
  async function tabStops(page) {
    const stops = [];
    for (let i = 0; i < 200; i++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const el = document.activeElement;
        if (el === document.body) return null;
        const shown = el.classList.contains('visually-hidden') ? document.querySelector(`label[for="${el.id}"]`) : el;
        const style = getComputedStyle(shown);
        const rect = shown.getBoundingClientRect();
        return {
          what: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.getAttribute('aria-label') ?? el.textContent).trim().slice(0, 40)}"`,
          visible:
            (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none',
          onScreen: rect.width > 1 && rect.height > 1 && rect.bottom > 0 && rect.top < innerHeight,
        };
      });
      // Past the last control the focus leaves the document.
      if (!stop) break;
      stops.push(stop);
    }
    return stops;
  }

  test('every tab stop on the title page shows where the focus is', async (t) => {
    const page = await site.openPage(t, { serviceWorkers: 'block' });
    await page.goto(`${site.origin}/title/salvador-allende-2004`);
    await page.locator('#related-track').waitFor();
    const stops = await tabStops(page);
    assert.ok(stops.length > 30, `${stops.length} tab stops`);
    assert.match(stops[0].what, /Skip to main content/, 'the skip link comes first');
    for (const stop of stops) {
      assert.ok(stop.visible, `${stop.what} has a visible focus indicator`);
      assert.ok(stop.onScreen, `${stop.what} is scrolled into view when focused`);
    }
  });

  test('skip link, carousel and rating work without a mouse', async (t) => {
    const page = await site.openPage(t, { serviceWorkers: 'block' });
    await page.goto(`${site.origin}/title/salvador-allende-2004`);
    await page.locator('#related-track').waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'main');

    // The carousel's Next button moves the slides; focus stays on it.
    const next = page.getByRole('button', { name: /next/i }).first();
    await next.focus();
    const before = await page.locator('#related-track').evaluate((el) => el.scrollLeft);
    await page.keyboard.press('Enter');
    await page.waitForFunction((x) => document.querySelector('#related-track').scrollLeft > x, before);
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-controls')), 'related-track');

    // Rating: arrows move within the radio group, Space/arrow selects.
    await page.locator('#rate-salvador-allende-2004-5').focus();
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.locator('#rate-salvador-allende-2004-6').isChecked(), true);

    // A carousel card: Enter opens its stars, Tab reaches the first, an arrow rates.
    const rate = page.locator('#related-track .rate-button').first();
    await rate.focus();
    await page.keyboard.press('Enter');
    assert.equal(await rate.getAttribute('aria-expanded'), 'true');
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => document.activeElement.id);
    assert.match(first, /^rate-card-.+-1$/);
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.locator(`#${first.replace(/-1$/, '-2')}`).isChecked(), true);
    assert.equal((await rate.innerText()).trim(), '★ 2');
  });

  test('headings and landmarks: one h1, no skipped levels, every part in a landmark', async (t) => {
    const page = await site.openPage(t, { serviceWorkers: 'block' });
    for (const [name, path, ready] of PAGES) {
      await page.goto(`${site.origin}${path}`);
      await page.locator(ready).first().waitFor();
      await heading(page).waitFor();
      const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
      assert.equal(levels.filter((l) => l === 1).length, 1, `${name}: one h1`);
      assert.equal(levels[0], 1, `${name}: the h1 comes first`);
      for (let i = 1; i < levels.length; i++) {
        assert.ok(levels[i] <= levels[i - 1] + 1, `${name}: h${levels[i - 1]} is followed by h${levels[i]}`);
      }
      for (const landmark of ['banner', 'navigation', 'main', 'contentinfo']) {
        assert.ok((await page.getByRole(landmark).count()) >= 1, `${name}: has a ${landmark} landmark`);
      }
    }
  });
});
