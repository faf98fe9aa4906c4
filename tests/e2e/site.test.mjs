// End-to-end: what a person does on the site, in real Chromium against the
// release build served under /film/ (see harness.mjs). Every test fails on a
// CSP violation, a page error or a console error.
// Run with: node --test tests/e2e/  (after scripts/build.sh)
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fillStorage, heading, setAsideValues, storedText, useSite } from './harness.mjs';

const ALLENDE = '/title/salvador-allende-2004';
const site = useSite();
/** The stored document, parsed; null when nothing is stored. */
const stored = async (page) => JSON.parse((await storedText(page)) ?? 'null');
const openPage = (t, options) => site.openPage(t, options);

describe('browsing', () => {
  test('home → title → related film → back and forward', async (t) => {
    const page = await openPage(t);
    await page.goto(`${site.origin}/`);
    await heading(page).waitFor();
    assert.equal(await heading(page).textContent(), 'Films, cast and reviews');
    // The front: the featured film and its circle, popular and newest films,
    // from one file; the full list one click away.
    assert.match(await page.locator('.featured-film').innerText(), /Salvador Allende \(2004\)/);
    const slides = (row) => page.locator(`#${row}-track [aria-roledescription="slide"]`);
    assert.equal(await slides('circle').count(), 12);
    assert.equal(await page.locator('#circle-heading').innerText(), 'More like Salvador Allende');
    assert.equal(await slides('popular').count(), 12);
    assert.equal(await slides('newest').count(), 12);
    assert.match(await page.locator('.lead').textContent(), /17,480 films in the catalog/);
    await page.locator('.site-header nav').getByRole('link', { name: 'Browse films' }).click();
    await page.waitForURL(`${site.origin}/browse`);
    await page.locator('main h1', { hasText: 'Browse films' }).waitFor();
    // The default catalog: 13 hand-written films and 17,467 from Wikidata,
    // most popular first, 48 a page.
    assert.equal(await page.locator('.title-grid > li').count(), 48);
    assert.equal(await page.title(), 'Marquee · All films');
    await page.getByLabel('Country', { exact: true }).selectOption('chile');
    await page.waitForURL(`${site.origin}/browse?country=chile`);
    await page.getByLabel('Sort by').selectOption('newest');
    await page.waitForURL(`${site.origin}/browse?country=chile&sort=newest`);

    await page.getByRole('link', { name: 'The Pearl Button', exact: true }).click();
    await page.waitForURL(`${site.origin}/title/the-pearl-button-2015`);
    await page.locator('#related-track').getByRole('link', { name: 'Salvador Allende', exact: true }).click();
    await page.waitForURL(`${site.origin}${ALLENDE}`);
    // The page keeps its heading while the next film's data arrives.
    await page.waitForFunction(() => document.querySelector('h1.title-name')?.textContent.startsWith('Salvador Allende'));
    assert.match(await heading(page).textContent(), /^Salvador Allende \(2004\)$/);
    assert.equal(await page.title(), 'Salvador Allende (2004) · Marquee');

    const header = await page.locator('.title-header').innerText();
    for (const fact of [
      'Not Rated',
      '1h 40m',
      'Documentary',
      'Biography',
      '5 September 2007 (USA)',
      '7.5',
      '10 user reviews',
      '13 critic reviews',
      'Patricio Guzmán',
      'From $3.99 on Prime Video',
      '1 win & 2 nominations',
    ]) {
      assert.ok(header.includes(fact), `header shows ${fact}`);
    }
    assert.equal(await page.locator('.cast-item').count(), 15);
    assert.match(
      await page.locator('.cast-item').first().innerText(),
      /Salvador Allende\s+Himself \(archive footage\)/,
    );
    const details = await page.locator('section[aria-labelledby="details-heading"]').innerText();
    for (const fact of ['Belgium', 'Mexico', 'Spanish', 'French', 'Сальвадор Альенде', 'Santiago, Chile']) {
      assert.ok(details.includes(fact), `details show ${fact}`);
    }
    assert.equal(await page.locator('#faq-heading').count(), 0, 'no questions, no FAQ section');
    const review = await page.locator('section[aria-labelledby="reviews-heading"]').innerText();
    assert.match(review, /Lessons of History \(for the Left\)/);
    assert.match(review, /12 September 2006/);
    assert.match(review, /14 of 18 people found this review helpful/);

    // A related film opens its own page, and history goes both ways.
    await page.locator('#related-track').getByRole('link', { name: 'Time Out', exact: true }).click();
    await page.waitForURL(`${site.origin}/title/time-out-2001`);
    await page.waitForFunction(() => document.querySelector('h1')?.textContent.startsWith('Time Out'));
    assert.equal(await page.title(), 'Time Out (2001) · Marquee');
    assert.match(await page.locator('.title-header').innerText(), /Laurent Cantet/);
    assert.equal(await page.evaluate(() => window.scrollY), 0, 'the new title starts at the top');

    await page.goBack();
    await page.waitForURL(`${site.origin}${ALLENDE}`);
    await page.waitForFunction(() => document.querySelector('h1')?.textContent.startsWith('Salvador Allende'));
    await page.goForward();
    await page.waitForURL(`${site.origin}/title/time-out-2001`);
    await page.waitForFunction(() => document.querySelector('h1')?.textContent.startsWith('Time Out'));
  });

  test('the More Like This carousel scrolls by button, keyboard, and discloses summaries', async (t) => {
    const page = await openPage(t);
    await page.goto(`${site.origin}${ALLENDE}`);
    const track = page.locator('#related-track');
    await track.waitFor();
    const carousel = page.locator('[aria-roledescription="carousel"]');
    assert.equal(await carousel.getAttribute('aria-labelledby'), 'related-heading');
    const slides = track.locator('[aria-roledescription="slide"]');
    assert.equal(await slides.count(), 12);
    assert.equal(await slides.first().getAttribute('aria-label'), '1 of 12: The Pinochet Case');

    const prev = page.getByRole('button', { name: 'Previous films' });
    const next = page.getByRole('button', { name: 'Next films' });
    assert.equal(await prev.getAttribute('aria-disabled'), 'true');
    assert.equal(await next.getAttribute('aria-disabled'), 'false');
    const scrollLeft = () => track.evaluate((el) => el.scrollLeft);

    await next.click();
    await page.waitForFunction(() => document.querySelector('#related-track').scrollLeft > 100);
    await page.waitForFunction(
      () => document.querySelector('[aria-label="Previous films"]').getAttribute('aria-disabled') === 'false',
    );
    const afterNext = await scrollLeft();

    // Keyboard: the Previous button works with Enter, the track with arrows.
    await prev.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('#related-track').scrollLeft < 5);
    await track.focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.querySelector('#related-track').scrollLeft > 0);
    assert.ok(afterNext > 0);

    // Scrolled to the end, Next says it has nowhere to go.
    await track.evaluate((el) => el.scrollTo({ left: el.scrollWidth, behavior: 'instant' }));
    await page.waitForFunction(
      () => document.querySelector('[aria-label="Next films"]').getAttribute('aria-disabled') === 'true',
    );

    const firstSlide = slides.first();
    const disclosure = firstSlide.getByRole('button', { name: 'See full summary' });
    const summary = firstSlide.locator('.summary');
    const short = await summary.textContent();
    assert.ok(short.endsWith('…'));
    assert.equal(await disclosure.getAttribute('aria-expanded'), 'false');
    await disclosure.click();
    assert.equal(await firstSlide.locator('.link-button').getAttribute('aria-expanded'), 'true');
    const full = await summary.textContent();
    assert.ok(full.length > short.length && !full.endsWith('…'));
  });

  test('deep links open the cast and reviews pages, and the review order lives in the URL', async (t) => {
    const page = await openPage(t);
    await page.goto(`${site.origin}/title/canoa-1976/cast`);
    await heading(page).waitFor();
    assert.equal(await heading(page).textContent(), 'Full cast & crew');
    assert.equal(await page.title(), 'Canoa (1976) · Full cast & crew · Marquee');
    assert.match(await page.locator('main').innerText(), /Felipe Cazals/);
    assert.match(await page.locator('main').innerText(), /Enrique Lucero\s+The priest/);

    await page.goto(`${site.origin}${ALLENDE}/reviews?sort=date`);
    await page.locator('.review-list').waitFor();
    assert.equal(await page.locator('.review-list > li').count(), 10);
    const sortBy = page.getByLabel('Sort by');
    assert.equal(await sortBy.inputValue(), 'date');
    assert.match(await page.locator('.review-list > li').first().innerText(), /17 February 2023/);

    await sortBy.selectOption('helpful');
    await page.waitForURL(`${site.origin}${ALLENDE}/reviews?sort=helpful`);
    await page.waitForFunction(() =>
      document.querySelector('.review-list > li')?.innerText.includes('Lessons of History'),
    );
    await page.reload();
    await page.locator('.review-list').waitFor();
    assert.equal(await page.getByLabel('Sort by').inputValue(), 'helpful');
  });

  test('unknown titles and paths show the not-found page', async (t) => {
    const page = await openPage(t);
    for (const path of ['/title/no-such-film-1999', '/title/Bad..Id', '/nowhere/at/all', '/browse?page=9999']) {
      await page.goto(`${site.origin}${path}`);
      await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Page not found');
      assert.equal(await page.title(), 'Page not found · Marquee', path);
    }
  });

  test('recently viewed titles are remembered across reloads', async (t) => {
    const page = await openPage(t);
    await page.goto(`${site.origin}/title/emitai-1971`);
    await page.locator('h1.title-name').waitFor();
    await page.goto(`${site.origin}/title/la-terrazza-1980`);
    await page.locator('h1.title-name').waitFor();
    const recent = page.locator('section.recently-viewed');
    assert.match(await recent.innerText(), /Emitaï \(1971\)/);
    assert.doesNotMatch(await recent.innerText(), /La terrazza/, 'the current title is left out');

    await page.goto(`${site.origin}/`);
    await page.locator('.featured-film').waitFor();
    const names = await page.locator('.recent-list a').allTextContents();
    assert.deepEqual(names, ['La terrazza', 'Emitaï']);

    await page.getByRole('button', { name: 'Clear history' }).click();
    await page.reload();
    await page.locator('.featured-film').waitFor();
    assert.match(await page.locator('section.recently-viewed').innerText(), /will be listed here/);
  });
});

describe('bad responses show a message and a Retry in the failed section', () => {
  const titleFile = '**/catalog/titles/canoa-1976.json';
  const cases = [
    ['an HTTP error', (route) => route.fulfill({ status: 500, body: 'oops' }), /HTTP status 500/],
    ['a network failure', (route) => route.abort('connectionfailed'), /network request failed/],
    [
      'malformed JSON',
      (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"id": "canoa-1976", ' }),
      /damaged/,
    ],
    [
      'wrongly typed JSON',
      (route) =>
        route.fulfill({
          status: 200,
          contentType: 'application/json',
          body: JSON.stringify({ id: 'canoa-1976', title: 'Canoa', year: 'nineteen seventy-six' }),
        }),
      /damaged/,
    ],
  ];
  for (const [name, fail, message] of cases) {
    test(name, async (t) => {
      const page = await openPage(t, { serviceWorkers: 'block' });
      await page.route(titleFile, fail);
      await page.goto(`${site.origin}/title/canoa-1976`);
      const alert = page.getByRole('alert');
      await alert.waitFor();
      assert.match(await alert.innerText(), /Couldn't load this title/);
      assert.match(await alert.innerText(), message);
      // The rest of the site still works around the failed section.
      assert.ok(await page.locator('header.site-header').isVisible());

      await page.unroute(titleFile);
      await alert.getByRole('button', { name: 'Retry' }).click();
      await page.waitForFunction(() => document.querySelector('h1')?.textContent.startsWith('Canoa'));
      assert.equal(await page.getByRole('alert').count(), 0);
    });
  }

  test('a failing reviews file fails only the reviews page, which retries', async (t) => {
    const page = await openPage(t, { serviceWorkers: 'block' });
    const file = '**/catalog/reviews/time-out-2001.json';
    await page.route(file, (route) => route.fulfill({ status: 503, body: '' }));
    await page.goto(`${site.origin}/title/time-out-2001/reviews`);
    await page.getByRole('alert').waitFor();
    assert.match(await page.getByRole('alert').innerText(), /Couldn't load the reviews[\s\S]*503/);
    await page.unroute(file);
    await page.getByRole('button', { name: 'Retry' }).click();
    await page.locator('.review-list').waitFor();
    assert.equal(await page.locator('.review-list > li').count(), 2);
  });
});

describe('your ratings stay on this device', () => {
  const stars = (page, id, group = 'rate') => ({
    label: (n) => page.locator(`label[for="${group}-${id}-${n}"]`),
    radio: (n) => page.locator(`#${group}-${id}-${n}`),
    said: () => page.locator(`[role="radiogroup"][aria-label] ~ .your-rating`).first(),
  });

  test('rate by mouse and keyboard, reload, clear', async (t) => {
    const page = await openPage(t);
    await page.goto(`${site.origin}${ALLENDE}`);
    const me = stars(page, 'salvador-allende-2004');
    await me.label(8).click();
    await page.waitForFunction(() => document.querySelector('.your-rating')?.textContent === 'Your rating: 8/10');
    assert.equal(await page.locator('.title-side label.on').count(), 8);

    // Arrow keys move the choice; only the chosen star is in the tab order.
    await me.radio(8).focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.querySelector('.your-rating')?.textContent === 'Your rating: 9/10');
    assert.equal((await stored(page)).ratings['salvador-allende-2004'].stars, 9);

    await page.reload();
    await me.label(9).waitFor();
    await page.waitForFunction(() => document.querySelector('.your-rating')?.textContent === 'Your rating: 9/10');
    assert.ok(await me.radio(9).isChecked());

    await page.locator('.title-side').getByRole('button', { name: 'Clear rating' }).click();
    // The button goes with the rating; the focus moves to the first star, not the page's start.
    assert.equal(await page.evaluate(() => document.activeElement.id), 'rate-salvador-allende-2004-1');
    await page.waitForFunction(() => document.querySelector('.your-rating')?.textContent === 'Not rated by you');
    await page.reload();
    await me.label(1).waitFor();
    assert.equal(await page.locator('.title-side .your-rating').textContent(), 'Not rated by you');
    assert.deepEqual((await stored(page)).ratings, {});
  });

  test('a rating on a carousel card shows on that film’s page and in another tab', async (t) => {
    const page = await openPage(t);
    await page.goto(`${site.origin}${ALLENDE}`);
    const other = await page.context().newPage();
    await other.goto(`${site.origin}/title/time-out-2001`);
    await other.locator('.title-side .your-rating').waitFor();
    assert.equal(await other.locator('.title-side .your-rating').textContent(), 'Not rated by you');

    // A card shows one Rate button; its stars are mounted only once it is opened.
    const card = stars(page, 'time-out-2001', 'rate-card');
    const rate = page.locator('#related-track').getByRole('button', { name: 'Rate Time Out', exact: true });
    assert.equal(await rate.getAttribute('aria-expanded'), 'false');
    assert.equal(await card.radio(7).count(), 0);
    await rate.scrollIntoViewIfNeeded();
    await rate.click();
    assert.equal(await rate.getAttribute('aria-expanded'), 'true');
    await card.label(7).click();
    // The button now says the rating, and names the film for screen readers.
    const rated = page.locator('#related-track').getByRole('button', { name: '7/10, your rating of Time Out' });
    assert.equal((await rated.innerText()).trim(), '★ 7');
    await rated.click();
    assert.equal(await rated.getAttribute('aria-expanded'), 'false');
    assert.equal(await card.radio(7).count(), 0);
    // The other tab follows through the storage event, without a reload.
    await other.waitForFunction(
      () => document.querySelector('.title-side .your-rating')?.textContent === 'Your rating: 7/10',
    );
    await page.locator('#related-track').getByRole('link', { name: 'Time Out', exact: true }).click();
    await page.waitForFunction(
      () => document.querySelector('.title-side .your-rating')?.textContent === 'Your rating: 7/10',
    );
  });

  test('unreadable stored data is set aside and the page still works', async (t) => {
    const page = await openPage(t);
    await page.goto(`${site.origin}/`);
    await page.locator('.featured-film').waitFor();
    await page.evaluate(() => localStorage.setItem('film-site/user-data', '{"version": 2, "ratings": [oops'));
    await page.goto(`${site.origin}${ALLENDE}`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), /could not be read/);
    assert.deepEqual(await setAsideValues(page), ['{"version": 2, "ratings": [oops']);
    await page.locator('h1.title-name').waitFor();
    await stars(page, 'salvador-allende-2004').label(6).click();
    assert.equal((await stored(page)).ratings['salvador-allende-2004'].stars, 6);
    await alert.getByRole('button', { name: 'Dismiss' }).click();
    assert.equal(await page.getByRole('alert').count(), 0);
  });

  test('a full storage keeps the rating on the page and says it was not saved', async (t) => {
    const page = await openPage(t);
    await page.goto(`${site.origin}${ALLENDE}`);
    await page.locator('h1.title-name').waitFor();
    await fillStorage(page);
    await stars(page, 'salvador-allende-2004').label(4).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), /could not be saved/);
    assert.equal(await page.locator('.title-side .your-rating').textContent(), 'Your rating: 4/10');

    // Room again: the next change saves everything, the unsaved rating included.
    await fillStorage(page, false);
    await stars(page, 'salvador-allende-2004').label(5).click();
    await page.waitForFunction(() => !document.querySelector('[role="alert"]'));
    assert.equal((await stored(page)).ratings['salvador-allende-2004'].stars, 5);
  });
});

describe('your reviews stay on this device', () => {
  const REVIEWS = `${ALLENDE}/reviews`;
  const hostile = '<b>Bold</b> <img src=x onerror="window.pwned=1"> <script>window.pwned=1</script>';
  const longBody = 'A patient portrait that lets its witnesses speak. '.repeat(4);

  test('write with validation, keep the draft over a reload, submit, edit and delete', async (t) => {
    const page = await openPage(t);
    await page.goto(`${site.origin}${ALLENDE}`);
    await page.getByRole('link', { name: 'Review this title' }).click();
    await page.waitForURL(`${site.origin}${REVIEWS}?write=1`);
    const form = page.locator('#review-form');
    await form.waitFor();

    await form.getByRole('button', { name: 'Submit review' }).click();
    const errors = form.locator('.field-error[role="alert"]');
    assert.deepEqual(await errors.allTextContents(), [
      'Choose a rating from 1 to 10 stars.',
      'Write a headline.',
      'Write at least 100 characters (0 so far).',
    ]);
    const headline = form.getByLabel('Headline');
    const body = form.getByLabel('Your review');
    assert.equal(await headline.getAttribute('aria-invalid'), 'true');
    assert.equal(await body.getAttribute('aria-invalid'), 'true');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'review-salvador-allende-2004-1');

    await form.locator('label[for="review-salvador-allende-2004-8"]').click();
    await headline.fill(hostile);
    await body.fill('Too short');
    await form.getByRole('button', { name: 'Submit review' }).click();
    assert.deepEqual(await errors.allTextContents(), ['Write at least 100 characters (9 so far).']);
    assert.equal(await page.evaluate(() => document.activeElement.id), 'review-body');
    assert.equal(await headline.getAttribute('aria-invalid'), 'false');
    assert.match(await form.locator('#review-body-count').textContent(), /^9 characters/);

    // Reload mid-review: the draft is all there.
    await page.reload();
    await page.locator('#review-form').waitFor();
    assert.equal(await page.locator('#review-headline').inputValue(), hostile);
    assert.equal(await page.locator('#review-body').inputValue(), 'Too short');
    assert.equal((await stored(page)).reviews['salvador-allende-2004'], undefined, 'nothing saved while invalid');

    await page.locator('#review-body').fill(longBody);
    await page.getByLabel('This review contains spoilers').check();
    await page.getByRole('button', { name: 'Submit review' }).click();
    await page.locator('#review-form').waitFor({ state: 'detached' });
    const mine = page.locator('.your-review .review-card.mine');
    assert.equal(await mine.locator('.review-headline').textContent(), hostile);
    assert.equal(await mine.locator('img, script').count(), 0);
    assert.equal(await page.evaluate(() => window.pwned), undefined, 'user text is never run');
    assert.match(await mine.innerText(), /your review · kept on this device/i);
    assert.match(await mine.innerText(), /contains spoilers/);
    const saved = (await stored(page)).reviews['salvador-allende-2004'];
    assert.equal(saved.stars, 8);
    assert.equal(saved.body, longBody.trim());
    assert.equal((await stored(page)).drafts['salvador-allende-2004'], undefined, 'the draft is gone');

    // The title page shows it too, and the review's rating is the title's.
    await page.goto(`${site.origin}${ALLENDE}`);
    await page.locator('section[aria-labelledby="reviews-heading"] .review-card.mine').waitFor();
    assert.equal(await page.locator('.title-side .your-rating').textContent(), 'Your rating: 8/10');

    await page.getByRole('link', { name: 'Edit your review' }).click();
    await page.locator('#review-form').waitFor();
    assert.equal(await page.locator('#review-headline').inputValue(), hostile);
    await page.locator('#review-headline').fill('Changed my mind, a little');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.locator('#review-form').waitFor({ state: 'detached' });
    assert.equal(await page.locator('.your-review .review-headline').textContent(), 'Changed my mind, a little');

    await page.getByRole('button', { name: 'Delete your review' }).click();
    await page.getByRole('button', { name: 'Review this title' }).waitFor();
    assert.deepEqual((await stored(page)).reviews, {});
  });

  test('helpful votes count once and can change; reports can be undone', async (t) => {
    const page = await openPage(t);
    await page.goto(`${site.origin}${REVIEWS}?sort=helpful`);
    const first = page.locator('.review-list > li').first();
    await first.waitFor();
    const line = first.locator('.review-helpful');
    assert.equal(await line.textContent(), '14 of 18 people found this review helpful');
    const yes = first.getByRole('button', { name: 'Yes' });
    const no = first.getByRole('button', { name: 'No' });
    await yes.click();
    assert.equal(await line.textContent(), '15 of 19 people found this review helpful');
    assert.equal(await yes.getAttribute('aria-pressed'), 'true');
    await no.click();
    assert.equal(await line.textContent(), '14 of 19 people found this review helpful');
    assert.equal(await yes.getAttribute('aria-pressed'), 'false');
    await page.reload();
    await first.waitFor();
    assert.equal(await line.textContent(), '14 of 19 people found this review helpful');
    await no.click();
    assert.equal(await line.textContent(), '14 of 18 people found this review helpful');

    await first.getByRole('button', { name: 'Report' }).click();
    await first.getByLabel('Reason').selectOption({ label: 'Spam or advertising' });
    await first.getByRole('button', { name: 'Send report' }).click();
    assert.match(await first.innerText(), /You reported this review: Spam or advertising\./);
    assert.deepEqual((await stored(page)).reports, { 'sa-palmiro': 'spam' });
    await page.reload();
    await first.waitFor();
    await first.getByRole('button', { name: 'Undo report' }).click();
    assert.deepEqual((await stored(page)).reports, {});
    assert.match(await page.locator('main').innerText(), /votes and reports stay on this device/i);
  });

  test('the star filter lives in the URL and long lists load more', async (t) => {
    const page = await openPage(t, { serviceWorkers: 'block' });
    await page.goto(`${site.origin}${REVIEWS}?stars=10`);
    await page.locator('.review-list').waitFor();
    assert.equal(await page.locator('.review-list > li').count(), 1);
    assert.match(await page.locator('.review-toolbar').innerText(), /1 of 10 reviews rated 10\/10/);
    await page.getByLabel('Filter by rating').selectOption('');
    await page.waitForURL(`${site.origin}${REVIEWS}?sort=helpful`);
    assert.equal(await page.locator('.review-list > li').count(), 10);
    await page.getByLabel('Filter by rating').selectOption('7');
    await page.waitForURL(`${site.origin}${REVIEWS}?sort=helpful&stars=7`);
    assert.equal(await page.locator('.review-list > li').count(), 2);

    // 25 reviews: ten at a time.
    const reviews = Array.from({ length: 25 }, (_, i) => ({
      id: `r${i}`,
      author: `author${i}`,
      date: '2020-01-01',
      rating: 5,
      headline: `Review ${i}`,
      body: 'Body.',
      spoilers: false,
      helpful_yes: 25 - i,
      helpful_total: 30,
    }));
    await page.route('**/catalog/reviews/canoa-1976.json', (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({ title_id: 'canoa-1976', title: 'Canoa', year: 1976, reviews }),
      }),
    );
    await page.goto(`${site.origin}/title/canoa-1976/reviews`);
    await page.locator('.review-list').waitFor();
    assert.equal(await page.locator('.review-list > li').count(), 10);
    await page.getByRole('button', { name: 'Load more reviews (15 more)' }).click();
    assert.equal(await page.locator('.review-list > li').count(), 20);
    await page.getByRole('button', { name: 'Load more reviews (5 more)' }).click();
    assert.equal(await page.locator('.review-list > li').count(), 25);
    assert.equal(await page.getByRole('button', { name: /Load more/ }).count(), 0);
  });
});

describe('export and import', () => {
  const downloadOf = async (page, name) => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name }).click(),
    ]);
    return { file: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
  };

  test('a JSON round trip loses nothing, twice duplicates nothing; ratings export as Letterboxd CSV', async (t) => {
    const page = await openPage(t);
    await page.goto(`${site.origin}/title/emitai-1971`);
    await page.locator('label[for="rate-emitai-1971-9"]').click();
    await page.goto(`${site.origin}/title/la-terrazza-1980/reviews?sort=helpful`);
    await page.locator('.review-list > li').first().getByRole('button', { name: 'Yes' }).click();
    await page.getByRole('link', { name: 'Your data' }).click();
    await page.getByRole('heading', { name: 'Your data', level: 1 }).waitFor();
    const before = await stored(page);

    const json = await downloadOf(page, 'Export everything (JSON)');
    assert.match(json.file, /^marquee-data-\d{4}-\d{2}-\d{2}\.json$/);
    assert.deepEqual(JSON.parse(json.text), before);
    const csv = await downloadOf(page, 'Export for Letterboxd (CSV)');
    assert.equal(csv.text, 'Title,Year,imdbID,Rating10,WatchedDate,Rewatch,Tags,Review\nEmitaï,1971,,9,,,,\n');
    const imdb = await downloadOf(page, 'Export ratings, IMDb style (CSV)');
    assert.match(imdb.text, /^Const,Your Rating,Date Rated,Title,Year\n,9,\d{4}-\d{2}-\d{2},Emitaï,1971\n$/);

    // A new browser profile gets everything back from the file.
    const fresh = await openPage(t);
    await fresh.goto(`${site.origin}/your-data`);
    await fresh.getByRole('heading', { name: 'Your data', level: 1 }).waitFor();
    const dir = await mkdtemp(join(tmpdir(), 'marquee-'));
    const file = join(dir, json.file);
    await writeFile(file, json.text);
    await fresh.getByLabel(/^Import a file/).setInputFiles(file);
    const result = fresh.getByRole('status').filter({ hasText: 'Import' });
    await result.waitFor();
    assert.equal(await result.textContent(), 'Import complete: 2 entries added or updated.');
    const imported = await stored(fresh);
    assert.deepEqual(imported.ratings, before.ratings);
    assert.deepEqual(imported.votes, before.votes);
    assert.deepEqual(imported.recent, before.recent);

    await fresh.getByLabel(/^Import a file/).setInputFiles(file);
    await fresh.getByRole('status').filter({ hasText: 'Import complete: 0 entries added or updated.' }).waitFor();
    assert.deepEqual(await stored(fresh), imported);
  });
});
