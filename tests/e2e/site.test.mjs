// End-to-end: the release build in dist/, served by a plain static server,
// driven in real Chromium the way a person uses the site.
// Run with: node --test tests/e2e/  (after `trunk build --release`)
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';

const DIST = fileURLToPath(new URL('../../dist', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ALLENDE = '/title/salvador-allende-2004';

let server;
let browser;
let origin;

before(async () => {
  server = await startServer(DIST, 0);
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({
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
  await browser?.close();
  await new Promise((ok) => server?.close(ok));
});

/** A fresh browser profile (empty localStorage) whose page errors fail the test. */
async function openPage(t) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) {
      problems.push(`console error: ${m.text()}`);
    }
  });
  t.after(async () => {
    await context.close();
    assert.deepEqual(problems, [], 'no panics or console errors');
  });
  return page;
}

const heading = (page) => page.locator('main h1').first();

describe('browsing', () => {
  test('home → title → related film → back and forward', async (t) => {
    const page = await openPage(t);
    await page.goto(`${origin}/`);
    await heading(page).waitFor();
    assert.equal(await heading(page).textContent(), 'Browse films');
    assert.equal(await page.locator('.title-grid > li').count(), 13);
    assert.match(await page.locator('.lead').textContent(), /13 films in the catalog/);

    await page.getByRole('link', { name: 'Salvador Allende', exact: true }).click();
    await page.waitForURL(`${origin}${ALLENDE}`);
    await page.locator('h1.title-name').waitFor();
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
    assert.match(
      await page.locator('section[aria-labelledby="faq-heading"]').innerText(),
      /No questions have been asked/,
    );
    const review = await page.locator('section[aria-labelledby="reviews-heading"]').innerText();
    assert.match(review, /Lessons of History \(for the Left\)/);
    assert.match(review, /12 September 2006/);
    assert.match(review, /14 of 18 people found this review helpful/);

    // A related film opens its own page, and history goes both ways.
    await page.locator('#related-track').getByRole('link', { name: 'Time Out', exact: true }).click();
    await page.waitForURL(`${origin}/title/time-out-2001`);
    await page.waitForFunction(() => document.querySelector('h1')?.textContent.startsWith('Time Out'));
    assert.equal(await page.title(), 'Time Out (2001) · Marquee');
    assert.match(await page.locator('.title-header').innerText(), /Laurent Cantet/);
    assert.equal(await page.evaluate(() => window.scrollY), 0, 'the new title starts at the top');

    await page.goBack();
    await page.waitForURL(`${origin}${ALLENDE}`);
    await page.waitForFunction(() => document.querySelector('h1')?.textContent.startsWith('Salvador Allende'));
    await page.goForward();
    await page.waitForURL(`${origin}/title/time-out-2001`);
    await page.waitForFunction(() => document.querySelector('h1')?.textContent.startsWith('Time Out'));
  });

  test('the More Like This carousel scrolls by button, keyboard, and discloses summaries', async (t) => {
    const page = await openPage(t);
    await page.goto(`${origin}${ALLENDE}`);
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
    await page.goto(`${origin}/title/canoa-1976/cast`);
    await heading(page).waitFor();
    assert.equal(await heading(page).textContent(), 'Full cast & crew');
    assert.equal(await page.title(), 'Canoa (1976) · Full cast & crew · Marquee');
    assert.match(await page.locator('main').innerText(), /Felipe Cazals/);
    assert.match(await page.locator('main').innerText(), /Enrique Lucero\s+The priest/);

    await page.goto(`${origin}${ALLENDE}/reviews?sort=date`);
    await page.locator('.review-list').waitFor();
    assert.equal(await page.locator('.review-list > li').count(), 10);
    assert.equal(await page.locator('select').inputValue(), 'date');
    assert.match(await page.locator('.review-list > li').first().innerText(), /17 February 2023/);

    await page.locator('select').selectOption('helpful');
    await page.waitForURL(`${origin}${ALLENDE}/reviews?sort=helpful`);
    await page.waitForFunction(() =>
      document.querySelector('.review-list > li')?.innerText.includes('Lessons of History'),
    );
    await page.reload();
    await page.locator('.review-list').waitFor();
    assert.equal(await page.locator('select').inputValue(), 'helpful');
  });

  test('unknown titles and paths show the not-found page', async (t) => {
    const page = await openPage(t);
    for (const path of ['/title/no-such-film-1999', '/title/Bad..Id', '/nowhere/at/all', '/?page=99']) {
      await page.goto(`${origin}${path}`);
      await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Page not found');
      assert.equal(await page.title(), 'Page not found · Marquee', path);
    }
  });

  test('recently viewed titles are remembered across reloads', async (t) => {
    const page = await openPage(t);
    await page.goto(`${origin}/title/emitai-1971`);
    await page.locator('h1.title-name').waitFor();
    await page.goto(`${origin}/title/la-terrazza-1980`);
    await page.locator('h1.title-name').waitFor();
    const recent = page.locator('section.recently-viewed');
    assert.match(await recent.innerText(), /Emitaï \(1971\)/);
    assert.doesNotMatch(await recent.innerText(), /La terrazza/, 'the current title is left out');

    await page.goto(`${origin}/`);
    await page.locator('.title-grid').waitFor();
    const names = await page.locator('.recent-list a').allTextContents();
    assert.deepEqual(names, ['La terrazza', 'Emitaï']);

    await page.getByRole('button', { name: 'Clear history' }).click();
    await page.reload();
    await page.locator('.title-grid').waitFor();
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
      const page = await openPage(t);
      await page.route(titleFile, fail);
      await page.goto(`${origin}/title/canoa-1976`);
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
    const page = await openPage(t);
    const file = '**/catalog/reviews/time-out-2001.json';
    await page.route(file, (route) => route.fulfill({ status: 503, body: '' }));
    await page.goto(`${origin}/title/time-out-2001/reviews`);
    await page.getByRole('alert').waitFor();
    assert.match(await page.getByRole('alert').innerText(), /Couldn't load the reviews[\s\S]*503/);
    await page.unroute(file);
    await page.getByRole('button', { name: 'Retry' }).click();
    await page.locator('.review-list').waitFor();
    assert.equal(await page.locator('.review-list > li').count(), 2);
  });
});
