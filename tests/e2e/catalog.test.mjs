// End-to-end: the default catalog's real films (the CC0 Wikidata snapshot,
// beside the hand-written ones): found by search, shown with what their
// record has and nothing empty, and credited to Wikidata's contributors.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { belowTheFirstScreen, heading, useSite } from './harness.mjs';

const site = useSite();

describe('the real films of the default catalog', () => {
  test('search finds a film beyond the seed; its page shows what the record has and no empty section', async (t) => {
    const page = await site.openPage(t, { serviceWorkers: 'block' });
    await page.goto(`${site.origin}/title/canoa-1976`);
    await page.locator('h1.title-name').waitFor();
    const box = page.getByRole('combobox', { name: 'Search films' });
    await box.pressSequentially('memento');
    const result = page.locator('#site-search-results').getByRole('option', { name: 'Memento (2000)' });
    await result.click();
    await page.waitForURL(`${site.origin}/title/memento-2000`);
    await page.locator('h1.title-name', { hasText: 'Memento' }).waitFor();
    assert.equal(await page.title(), 'Memento (2000) · Marquee');

    const header = await page.locator('.title-header').innerText();
    for (const fact of ['2000', 'R', '1h 53m', 'Thriller', 'Christopher Nolan', 'Nominated for 2 Oscars.']) {
      assert.ok(header.includes(fact), `the header shows ${fact}`);
    }
    assert.equal(await page.locator('.title-header .plot').count(), 0, 'no plot, no plot box');
    assert.equal(await page.locator('.title-header .rating-badge .star').count(), 0, 'no rating, no star');

    // The source lists the cast alphabetically, and the page says so.
    assert.equal(await page.locator('#cast-heading').innerText(), 'Cast');
    assert.match(await page.locator('section[aria-labelledby="cast-heading"]').innerText(), /alphabetical order/);
    assert.match(await page.locator('.cast-item').first().innerText(), /Callum Keith Rennie/);

    await belowTheFirstScreen(page);
    for (const empty of ['#storyline-heading', '#dyk-heading', '#faq-heading']) {
      assert.equal(await page.locator(empty).count(), 0, `${empty}: nothing to show, no section`);
    }
    // More Like This is computed for a film without a hand-written list:
    // Christopher Nolan's other films first, each card saying why.
    const slides = page.locator('#related-track [aria-roledescription="slide"]');
    assert.equal(await slides.count(), 12);
    const first = await slides.first().innerText();
    assert.match(first, /Same director/);
    assert.match(first, /Christopher Nolan/);
    assert.match(await slides.last().innerText(), /Same director|Shares cast|Similar genres/);
    const details = await page.locator('section[aria-labelledby="details-heading"]').innerText();
    for (const fact of ['5 September 2000', 'United States', 'English', 'Newmarket Films']) {
      assert.ok(details.includes(fact), `details show ${fact}`);
    }
    // No reviews: the honest empty state, and the way to write the first.
    const reviews = page.locator('section[aria-labelledby="reviews-heading"]');
    assert.match(await reviews.innerText(), /No one has reviewed this title yet/);
    assert.equal(await reviews.getByRole('link', { name: 'Review this title' }).count(), 1);

    const credit = page.locator('.source-credit');
    assert.equal(await credit.innerText(), 'Film data: Wikidata contributors, licensed CC0-1.0');
    assert.equal(
      await credit.getByRole('link', { name: 'Wikidata contributors' }).getAttribute('href'),
      'https://www.wikidata.org/wiki/Wikidata:Copyright',
    );

    // The full cast page lists the same people, the director in the crew.
    await page.goto(`${site.origin}/title/memento-2000/cast`);
    await heading(page).waitFor();
    assert.equal(await page.locator('.cast-item').count(), 11);
    assert.match(await page.locator('section[aria-labelledby="full-cast-heading"]').innerText(), /In alphabetical order/);
    assert.match(await page.locator('main').innerText(), /Directed by[\s\S]*Christopher Nolan/);
  });

  test('the home page credits the films to Wikidata contributors; the hand-written films keep their own pages', async (t) => {
    const page = await site.openPage(t, { serviceWorkers: 'block' });
    await page.goto(`${site.origin}/`);
    await page.locator('.featured-film').waitFor();
    assert.equal(
      await page.locator('.source-credit').innerText(),
      'Film data: Wikidata contributors, 17,467 films, licensed CC0-1.0',
    );
    // Time Out (2001) is in both: the hand-written record wins.
    await page.goto(`${site.origin}/title/time-out-2001`);
    await page.locator('h1.title-name').waitFor();
    await belowTheFirstScreen(page);
    assert.equal(await page.locator('.source-credit').count(), 0, 'a hand-written film has no data credit');
    assert.ok((await page.locator('.title-header .plot').innerText()).length > 20, 'its own plot');
    assert.equal(await page.locator('#related-heading').count(), 1, 'its own related films');
    assert.equal(await page.locator('#related-track .because').count(), 0, 'hand-written cards give no reason');
  });
});
