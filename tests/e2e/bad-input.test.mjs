// End-to-end: hostile or broken input, in the browser. Each case checks that
// the person gets a clear message and that nothing they had is lost.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DIST, belowTheFirstScreen, legacyText, setAsideValues, storedText, useSite } from './harness.mjs';

const site = useSite();
const CANOA = '/title/canoa-1976';
const REVIEWS = '/title/salvador-allende-2004/reviews';
const canoa = JSON.parse(await readFile(join(DIST, 'catalog/titles/canoa-1976.json'), 'utf8'));

/** Serves `body` (an object, or text) in place of Canoa's title file. */
async function replaceCanoa(page, body) {
  await page.route('**/catalog/titles/canoa-1976.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );
}

describe('URLs with bad query values fall back to the defaults', () => {
  for (const query of ['stars=abc', 'stars=11', 'stars=0', 'stars=-3', 'stars=7.5', 'sort=%3Cscript%3E', 'sort=', 'stars=%00']) {
    test(`reviews ?${query}`, async (t) => {
      const page = await site.openPage(t, { serviceWorkers: 'block' });
      await page.goto(`${site.origin}${REVIEWS}?${query}`);
      await page.locator('.review-list').waitFor();
      assert.equal(await page.locator('.review-list > li').count(), 10, 'the whole first page');
      assert.equal(await page.getByLabel('Filter by rating').inputValue(), '');
      if (query.startsWith('sort')) assert.equal(await page.getByLabel('Sort by').inputValue(), 'helpful');
    });
  }

  for (const query of ['page=abc', 'page=0', 'page=-1', 'page=1e3']) {
    test(`browse ?${query} shows the first page`, async (t) => {
      const page = await site.openPage(t, { serviceWorkers: 'block' });
      await page.goto(`${site.origin}/browse?${query}`);
      await page.locator('.title-grid').waitFor();
      assert.equal(await page.locator('.title-grid > li').count(), 48);
    });
  }
});

describe('catalog files that are not what they should be', () => {
  test('unknown fields are ignored', async (t) => {
    const page = await site.openPage(t, { serviceWorkers: 'block' });
    await replaceCanoa(page, { ...canoa, mood: 'grim', budget: { usd: 1 }, plot_fr: 'x' });
    await page.goto(`${site.origin}${CANOA}`);
    await page.locator('h1.title-name', { hasText: 'Canoa' }).waitFor();
  });

  for (const field of ['rating', 'related', 'awards', 'plot', 'storyline', 'genres', 'directors']) {
    test(`an optional "${field}" left out just leaves its part out`, async (t) => {
      const page = await site.openPage(t, { serviceWorkers: 'block' });
      const partial = { ...canoa };
      delete partial[field];
      await replaceCanoa(page, partial);
      await page.goto(`${site.origin}${CANOA}`);
      await page.locator('h1.title-name', { hasText: 'Canoa' }).waitFor();
      assert.equal(await page.getByRole('alert').count(), 0);
    });
  }

  for (const field of ['id', 'title', 'year']) {
    test(`a missing "${field}" says the data is damaged, with Retry`, async (t) => {
      const page = await site.openPage(t, { serviceWorkers: 'block' });
      const broken = { ...canoa };
      delete broken[field];
      await replaceCanoa(page, broken);
      await page.goto(`${site.origin}${CANOA}`);
      const alert = page.getByRole('alert');
      await alert.waitFor();
      assert.match(await alert.innerText(), /damaged/);
      await alert.getByRole('button', { name: 'Retry' }).waitFor();
      assert.ok(await page.getByRole('navigation').first().isVisible(), 'the rest of the site works');
    });
  }

  const wrongTypes = {
    'a year as text': { year: '1976' },
    'genres as one string': { genres: 'Drama' },
    'a rating of "high"': { rating: { average: 'high', votes: 10 } },
    'related films as an object': { related: { first: canoa.related[0] } },
    'a negative review count': { user_reviews: -4 },
  };
  for (const [name, change] of Object.entries(wrongTypes)) {
    test(`${name} says the data is damaged`, async (t) => {
      const page = await site.openPage(t, { serviceWorkers: 'block' });
      await replaceCanoa(page, { ...canoa, ...change });
      await page.goto(`${site.origin}${CANOA}`);
      await page.getByRole('alert').filter({ hasText: /damaged/ }).waitFor();
    });
  }

  test('a file that is not JSON says so, and Retry loads it once it is mended', async (t) => {
    const page = await site.openPage(t, { serviceWorkers: 'block' });
    await replaceCanoa(page, '<html>Bad gateway</html>{');
    await page.goto(`${site.origin}${CANOA}`);
    const alert = page.getByRole('alert').filter({ hasText: /damaged/ });
    await alert.waitFor();
    await page.unroute('**/catalog/titles/canoa-1976.json');
    await alert.getByRole('button', { name: 'Retry' }).click();
    await page.locator('h1.title-name', { hasText: 'Canoa' }).waitFor();
    assert.equal(await page.getByRole('alert').count(), 0);
  });

  test('a related film that does not exist leads to the not-found page', async (t) => {
    const page = await site.openPage(t, { serviceWorkers: 'block' });
    const related = [{ ...canoa.related[0], id: 'no-such-film-1999', title: 'No Such Film' }, ...canoa.related.slice(1)];
    await replaceCanoa(page, { ...canoa, related });
    await page.goto(`${site.origin}${CANOA}`);
    await page.getByRole('link', { name: 'No Such Film', exact: true }).click();
    await page.getByRole('heading', { name: 'Page not found', level: 1 }).waitFor();
  });

  test('a 10 MB reviews file still shows its first page', async (t) => {
    const page = await site.openPage(t, { serviceWorkers: 'block' });
    const body = 'A long review, repeated to make the file large. '.repeat(8);
    const reviews = Array.from({ length: 22000 }, (_, i) => ({
      id: `big-${i}`,
      author: `reader${i}`,
      date: '2021-03-04',
      rating: (i % 10) + 1,
      headline: `Review number ${i}`,
      body,
      spoilers: false,
      helpful_yes: i % 7,
      helpful_total: 10,
    }));
    const text = JSON.stringify({ title_id: 'canoa-1976', title: 'Canoa', year: 1976, reviews });
    assert.ok(text.length > 10_000_000, `${text.length} bytes`);
    await page.route('**/catalog/reviews/canoa-1976.json', (route) => route.fulfill({ contentType: 'application/json', body: text }));
    await page.goto(`${site.origin}${CANOA}/reviews`);
    await page.locator('.review-list > li').first().waitFor({ timeout: 60000 });
    assert.equal(await page.locator('.review-list > li').count(), 10);
  });

  test('a slow response shows progress, and the site stays usable meanwhile', async (t) => {
    const page = await site.openPage(t, { serviceWorkers: 'block' });
    await page.route('**/catalog/titles/canoa-1976.json', async (route) => {
      await new Promise((ok) => setTimeout(ok, 4000));
      await route.fulfill({ contentType: 'application/json', body: JSON.stringify(canoa) }).catch(() => {});
    });
    await page.goto(`${site.origin}${CANOA}`);
    const progress = page.getByRole('status').filter({ hasText: 'Loading this title…' });
    await progress.waitFor();
    await page.getByRole('navigation').first().getByRole('link', { name: 'Your data' }).click();
    await page.getByRole('heading', { name: 'Your data', level: 1 }).waitFor();
  });
});

describe('stored data that is out of range', () => {
  for (const stars of [0, 11, -1, 7.5, '"8"', 'null']) {
    test(`a stored rating of ${stars} is set aside with a message, and the site starts fresh`, async (t) => {
      const page = await site.openPage(t, { serviceWorkers: 'block' });
      const stored = `{"version":2,"ratings":{"canoa-1976":{"stars":${stars},"title":"Canoa","year":1976,"rated_on":"2024-01-02"}}}`;
      await page.addInitScript((value) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem('film-site/user-data', value);
          sessionStorage.setItem('seeded', '1');
        }
      }, stored);
      await page.goto(`${site.origin}${CANOA}`);
      const alert = page.getByRole('alert');
      await alert.waitFor();
      assert.match(await alert.innerText(), /could not be read/);
      assert.deepEqual(await setAsideValues(page), [stored], 'the unreadable value is kept, byte for byte');
    });
  }
});

describe('what people type', () => {
  async function openForm(t) {
    const page = await site.openPage(t, { serviceWorkers: 'block' });
    await page.goto(`${site.origin}${CANOA}/reviews?write=1`);
    await page.locator('#review-form').waitFor();
    return page;
  }

  test('a headline of zero-width characters only counts as empty', async (t) => {
    const page = await openForm(t);
    await page.locator('label[for="review-5"]').click().catch(() => {});
    await page.locator('#review-headline').fill('\u200b\u200c\u200d\u2060');
    await page.locator('#review-body').fill('Long enough body text. '.repeat(6));
    await page.locator('#review-form button[type=submit]').click();
    await page.locator('#review-headline-error').filter({ hasText: 'Write a headline.' }).waitFor();
  });

  test('1 MB pasted into the review is refused with its length, and the page stays responsive', async (t) => {
    const page = await openForm(t);
    const huge = 'x'.repeat(1024 * 1024);
    await page.locator('#review-body').fill(huge);
    await page.locator('#review-form button[type=submit]').click();
    await page.locator('#review-body-error').filter({ hasText: /Keep the review to 10,000 characters or fewer \(1,048,576 now\)/ }).waitFor();
    await page.locator('#review-body').fill('Now a reasonable length. '.repeat(6));
    await page.locator('#review-body-error').waitFor({ state: 'detached' }).catch(() => {});
    assert.equal((await page.locator('#review-body').inputValue()).length, 150);
  });

  test('right-to-left, combining marks, emoji, control characters and markup are kept literally', async (t) => {
    const page = await openForm(t);
    const headline = 'مرحبا e\u0301 👩🏽‍🎬 <b>bold</b>';
    const body = `שלום עולם. Ünïcödé e\u0301\u0327 🎞️🍿 <script>alert(1)</script> \u0007bell ${'and more words '.repeat(8)}`;
    await page.locator('.review-form .stars label').nth(7).click();
    await page.locator('#review-headline').fill(headline);
    await page.locator('#review-body').fill(body);
    await page.locator('#review-form button[type=submit]').click();
    const mine = page.locator('.your-review article');
    await mine.waitFor();
    assert.ok((await mine.innerText()).includes(headline), 'headline shown as typed');
    assert.equal(await mine.locator('b, script').count(), 0, 'markup is text, never HTML');
  });
});

/**
 * Markup that would show if a text were ever put into the page as HTML:
 * elements marked `data-injected`, and an inline handler the CSP would
 * report (the harness fails a test on any CSP violation).
 */
const MARKUP = '<i data-injected>i</i><img src=x data-injected onerror="window.__injected=1"><script>window.__injected=1</script>';
const SLUG = /^[a-z0-9-]+$/;
/** Fields that are structure, not text: ids, dates, search keys. */
const STRUCTURE = new Set(['id', 'title_id', 'date', 'rated_on', 'written_on', 'prefix', 'children', 'keys']);

/** `value` with MARKUP appended to every text in it (ids and dates left alone). */
function withMarkup(value, key = '') {
  if (STRUCTURE.has(key)) return value;
  if (typeof value === 'string') return SLUG.test(value) ? value : `${value} ${MARKUP}`;
  if (Array.isArray(value)) return value.map((item) => withMarkup(item, key));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withMarkup(v, k)]));
  }
  return value;
}

/** Nothing of MARKUP became an element or ran. */
async function assertNoMarkupRendered(page) {
  assert.equal(await page.locator('[data-injected]').count(), 0, 'markup stays text');
  assert.equal(await page.evaluate(() => window.__injected), undefined, 'no script ran');
}

/** The ids that more than one element of the page carries. */
const repeatedDomIds = (page) =>
  page.evaluate(() => {
    const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
    return [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
  });

describe('HTML and script in every text field are shown as text', () => {
  /** Serves every catalog file with MARKUP in each of its texts. */
  async function markedCatalog(t) {
    const page = await site.openPage(t, { serviceWorkers: 'block' });
    await page.route('**/catalog/**/*.json', async (route) => {
      const response = await route.fetch();
      if (!response.ok()) return route.fulfill({ response });
      return route.fulfill({ response, json: withMarkup(await response.json()) });
    });
    return page;
  }

  test('catalog texts on the home, title, cast and reviews pages', async (t) => {
    const page = await markedCatalog(t);
    const literal = (name) => `${name} ${MARKUP}`;
    await page.goto(`${site.origin}/browse?sort=title`);
    // Every browse row's text, the title first, arrives marked.
    const first = page.locator('.title-grid .tile-title a').first();
    await first.waitFor();
    assert.ok((await first.innerText()).endsWith(MARKUP), await first.innerText());
    await assertNoMarkupRendered(page);

    await page.goto(`${site.origin}${CANOA}`);
    assert.ok((await page.locator('h1.title-name').innerText()).startsWith(literal('Canoa')));
    await belowTheFirstScreen(page);
    const texts = await page.locator('main').innerText();
    assert.ok(texts.includes(literal(canoa.plot)), 'the plot, as text');
    assert.ok(texts.includes(literal(canoa.top_cast[0].person.name)), 'a cast name, as text');
    assert.ok(texts.includes(literal(canoa.related[0].title)), 'a related title, as text');
    await assertNoMarkupRendered(page);

    await page.goto(`${site.origin}${CANOA}/cast`);
    await page.locator('main').getByText(literal(canoa.top_cast[0].character), { exact: false }).first().waitFor();
    await assertNoMarkupRendered(page);

    await page.goto(`${site.origin}${REVIEWS}`);
    await page.locator('.review-list > li').first().waitFor();
    assert.match(await page.locator('.review-list > li').first().innerText(), /<i data-injected>/);
    await assertNoMarkupRendered(page);
  });

  test('search results, and markup typed into the search box', async (t) => {
    const page = await markedCatalog(t);
    await page.goto(`${site.origin}/`);
    const search = page.locator('#site-search');
    await search.fill('cano');
    await page.getByRole('option').filter({ hasText: `Canoa ${MARKUP}` }).waitFor();
    await assertNoMarkupRendered(page);

    await search.fill(MARKUP);
    await page.getByRole('status').filter({ hasText: 'Nothing found' }).waitFor();
    assert.equal(await search.inputValue(), MARKUP);
    await assertNoMarkupRendered(page);
  });

  test('an imported file with markup in its texts', async (t) => {
    const page = await site.openPage(t, { serviceWorkers: 'block' });
    await page.goto(`${site.origin}/your-data`);
    await page.getByRole('heading', { name: 'Your data', level: 1 }).waitFor();
    const exported = {
      version: 2,
      ratings: { 'canoa-1976': { stars: 8, title: `Canoa ${MARKUP}`, year: 1976, rated_on: '2024-05-06' } },
      reviews: {
        'canoa-1976': {
          stars: 8,
          headline: `Headline ${MARKUP}`,
          body: `A body long enough to be a review, with markup: ${MARKUP} ${'and words '.repeat(6)}`,
          spoilers: false,
          written_on: '2024-05-06',
        },
      },
      recent: { entries: [{ id: 'canoa-1976', title: `Canoa ${MARKUP}`, year: 1976 }] },
    };
    await page.getByLabel(/^Import a file/).setInputFiles({
      name: 'marked.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(exported)),
    });
    await page.getByRole('status').filter({ hasText: 'Import complete' }).waitFor();

    await page.goto(`${site.origin}/`);
    await page.locator('.recently-viewed').getByText(`Canoa ${MARKUP}`).waitFor();
    await assertNoMarkupRendered(page);

    await page.goto(`${site.origin}${CANOA}/reviews`);
    const mine = page.locator('.your-review article');
    await mine.waitFor();
    assert.ok((await mine.innerText()).includes(`Headline ${MARKUP}`));
    await assertNoMarkupRendered(page);
  });
});

describe('repeated ids in a catalog file', () => {
  test('a repeated related film, cast member, or the title itself as related: shown once, ids stay unique', async (t) => {
    const page = await site.openPage(t, { serviceWorkers: 'block' });
    const warnings = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    const selfCard = { ...canoa.related[0], id: 'canoa-1976', title: 'Canoa' };
    await replaceCanoa(page, {
      ...canoa,
      related: [...canoa.related, canoa.related[0], selfCard],
      top_cast: [...canoa.top_cast, canoa.top_cast[0]],
    });
    await page.goto(`${site.origin}${CANOA}`);
    await page.locator('h1.title-name', { hasText: 'Canoa' }).waitFor();
    await page.locator('.carousel').waitFor();
    assert.equal(
      await page.locator('.carousel').getByRole('link', { name: canoa.related[0].title, exact: true }).count(),
      1,
      'the repeated film is shown once',
    );
    assert.equal(await page.locator('.carousel').getByRole('link', { name: 'Canoa', exact: true }).count(), 0);
    assert.deepEqual(await repeatedDomIds(page), []);
    assert.ok(
      warnings.some((w) => w.includes('titles/canoa-1976.json') && w.includes(canoa.related[0].id)),
      `a console warning names the file and the repeat: ${warnings}`,
    );
  });

  test('a repeated review id: shown once, ids stay unique', async (t) => {
    const page = await site.openPage(t, { serviceWorkers: 'block' });
    const original = JSON.parse(await readFile(join(DIST, 'catalog/reviews/canoa-1976.json'), 'utf8'));
    const first = original.reviews[0];
    const impostor = { ...original.reviews[1], id: first.id, headline: 'An impostor with the same id' };
    await page.route('**/catalog/reviews/canoa-1976.json', (route) =>
      route.fulfill({ json: { ...original, reviews: [...original.reviews, impostor] } }),
    );
    await page.goto(`${site.origin}${CANOA}/reviews`);
    await page.locator('.review-list > li').first().waitFor();
    assert.equal(await page.getByText('An impostor with the same id').count(), 0);
    assert.equal(await page.locator('.review-list > li').count(), Math.min(10, original.reviews.length));
    assert.deepEqual(await repeatedDomIds(page), []);
  });
});

describe('stored and imported data from a newer version', () => {
  test('an import file from a newer version imports nothing and changes nothing', async (t) => {
    const page = await site.openPage(t, { serviceWorkers: 'block' });
    await page.goto(`${site.origin}${CANOA}`);
    await page.locator('label[for="rate-canoa-1976-7"]').click();
    await page.goto(`${site.origin}/your-data`);
    await page.getByRole('heading', { name: 'Your data', level: 1 }).waitFor();
    const before = await storedText(page);
    await page.getByLabel(/^Import a file/).setInputFiles({
      name: 'newer.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ version: 7, ratings: {}, moods: ['new'] })),
    });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), /Nothing was imported: it was written by a newer version/);
    assert.equal(await storedText(page), before);
  });

  test('stored data from a newer version is left untouched, and the page says why changes are not saved', async (t) => {
    const page = await site.openPage(t, { serviceWorkers: 'block' });
    const stored = '{"version":9,"ratings":{"canoa-1976":{"stars":8}},"future":true}';
    await page.addInitScript((value) => localStorage.setItem('film-site/user-data', value), stored);
    await page.goto(`${site.origin}${CANOA}`);
    const alert = page.getByRole('alert').filter({ hasText: 'newer version of this site (format 9)' });
    await alert.waitFor();
    await page.locator('label[for="rate-canoa-1976-6"]').click();
    assert.equal(await legacyText(page), stored);
    assert.equal(await storedText(page), null, 'and nothing of it is written elsewhere');
  });
});

describe('a panic', () => {
  // The release build aborts at once on a panic (scripts/trunk-release.sh):
  // the panic is a wasm trap, which boot.js turns into the banner.
  for (const [lang, choose, message, reloadName] of [
    ['en', null, /Something went wrong/, 'Reload'],
    ['es', 'Español', /Algo ha ido mal/, 'Recargar'],
  ]) {
    test(`shows a reload banner in the interface language (${lang}), instead of a frozen page`, async (t) => {
      // Safari throws a SecurityError after 100 pushState calls in 10 s; the
      // router unwraps pushState's result, so this is a real panic path.
      const page = await site.openPage(t, {
        serviceWorkers: 'block',
        allowConsole: [/panicked at/, /SecurityError/],
        allowPageErrors: [/unreachable/],
      });
      const trapped = [];
      page.on('pageerror', (error) => trapped.push(`${error.name}: ${error.message}`));
      await page.goto(`${site.origin}/browse`);
      await page.locator('.title-grid').waitFor();
      if (choose) {
        await page.locator('#lang-select').selectOption({ label: choose });
        await page.waitForFunction((code) => document.documentElement.lang === code, lang);
      }
      await page.evaluate(() => {
        History.prototype.pushState = () => {
          throw new DOMException('Attempt to use history.pushState() more than 100 times per 10 seconds', 'SecurityError');
        };
      });
      await page.locator('.title-grid a').first().click();
      const banner = page.locator('#panic-banner');
      await banner.waitFor();
      assert.equal(await banner.getAttribute('role'), 'alert');
      assert.equal(await banner.getAttribute('lang'), lang);
      assert.match(await banner.innerText(), message);
      const reload = banner.getByRole('link', { name: reloadName });
      assert.ok(await reload.evaluate((link) => link === document.activeElement), 'the way out has the focus');
      assert.equal(await page.locator('#panic-banner').count(), 1, 'one banner');
      assert.ok(trapped.some((text) => /RuntimeError: unreachable/.test(text)), `the trap is reported: ${trapped}`);
      await reload.click();
      await page.locator('.title-grid').waitFor();
      assert.equal(await banner.count(), 0, 'a reload starts clean');
    });
  }
});
