// End-to-end: hostile or broken input, in the browser. Each case checks that
// the person gets a clear message and that nothing they had is lost.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DIST, setAsideValues, useSite } from './harness.mjs';

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
    test(`home ?${query} shows the first page`, async (t) => {
      const page = await site.openPage(t, { serviceWorkers: 'block' });
      await page.goto(`${site.origin}/?${query}`);
      await page.locator('.title-grid').waitFor();
      assert.equal(await page.locator('.title-grid > li').count(), 13);
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

  for (const field of ['rating', 'related', 'awards']) {
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

  for (const field of ['id', 'title', 'year', 'plot']) {
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
