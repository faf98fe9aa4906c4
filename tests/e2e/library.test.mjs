// End-to-end: your film library (issue 15): the watchlist toggle on a title
// page and on cards, logging a watch in the diary, and the ratings,
// watchlist and diary pages with their sorts and filters in the URL.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { eventually, heading, storedText, useSite } from './harness.mjs';

const ALLENDE = '/title/salvador-allende-2004';
const CANOA = '/title/canoa-1976';
const site = useSite();
const stored = async (page) => JSON.parse((await storedText(page)) ?? 'null');

/** Stores a library document as a person would have it, then opens `path`. */
async function openWith(t, data, path) {
  const page = await site.openPage(t);
  await page.goto(`${site.origin}/your-data`);
  await heading(page).waitFor();
  await page.evaluate((doc) => localStorage.setItem('film-site/user-data', JSON.stringify(doc)), data);
  await page.goto(`${site.origin}${path}`);
  await heading(page).waitFor();
  return page;
}

const rating = (stars, title, year, genres, on) => ({ stars, title, year, genres, rated_on: on });

const LIBRARY = {
  version: 3,
  ratings: {
    'canoa-1976': rating(9, 'Canoa', 1976, ['Drama', 'History'], '2026-03-01'),
    'salvador-allende-2004': rating(7, 'Salvador Allende', 2004, ['Documentary'], '2026-05-01'),
    'la-terrazza-1980': rating(9, 'La terrazza', 1980, ['Comedy', 'Drama'], '2026-04-01'),
  },
  watchlist: {
    'emitai-1971': { title: 'Emitaï', year: 1971, genres: ['Drama', 'War'], added_on: '2026-06-02' },
  },
};

describe('the watchlist', () => {
  test('a title page toggles it with a pressed state; the watchlist page lists it and a card removes it', async (t) => {
    const page = await site.openPage(t);
    await page.goto(`${site.origin}${CANOA}`);
    const toggle = page.locator('.title-side').getByRole('button', { name: 'Watchlist', exact: true });
    assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
    const entry = (await stored(page)).watchlist['canoa-1976'];
    assert.equal(entry.title, 'Canoa');
    assert.ok(entry.genres.includes('Drama'), 'the genres are kept for filtering');
    assert.match(entry.added_on, /^\d{4}-\d{2}-\d{2}$/);

    await page.reload();
    await eventually(async () => (await toggle.getAttribute('aria-pressed')) === 'true', 'pressed after a reload');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Your films' }).click();
    await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Your ratings');
    await page.getByRole('navigation', { name: 'Your films' }).getByRole('link', { name: 'Watchlist' }).click();
    await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Your watchlist');
    const list = page.locator('.shelf-list > li');
    await list.first().waitFor();
    assert.equal(await list.count(), 1);
    assert.match(await list.first().innerText(), /Canoa \(1976\)/);

    const remove = page.getByRole('button', { name: 'Watchlist: Canoa' });
    assert.equal(await remove.getAttribute('aria-pressed'), 'true');
    await remove.click();
    await page.getByText('Your watchlist is empty.').waitFor();
    assert.deepEqual((await stored(page)).watchlist, {});
  });
});

describe('the diary', () => {
  test('log a watch with a rating and tags, see it on the title and diary pages, edit and delete it', async (t) => {
    const page = await site.openPage(t);
    await page.goto(`${site.origin}${ALLENDE}`);
    await page.locator('.title-side').getByRole('button', { name: 'Watchlist', exact: true }).click();
    await page.getByRole('button', { name: 'Log a watch' }).click();
    const form = page.getByRole('form', { name: 'Log a watch of Salvador Allende' });
    await form.waitFor();
    const date = form.getByLabel('Date watched');
    assert.match(await date.inputValue(), /^\d{4}-\d{2}-\d{2}$/, 'today by default');

    // A date in the future is refused, and says why.
    await date.fill('2999-01-01');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.getByRole('alert').filter({ hasText: 'today or earlier' }).waitFor();
    assert.equal(await date.getAttribute('aria-invalid'), 'true');

    await date.fill('2026-02-14');
    await form.getByLabel('Rating for this watch (optional)').selectOption('8');
    await form.getByLabel('Tags, separated by commas (optional)').fill('cinema, Santiago ,cinema');
    assert.ok(await form.getByLabel('Take it off my watchlist').isChecked());
    await form.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').filter({ hasText: 'Logged in your diary.' }).waitFor();
    await page.getByText('You watched it on 14 February 2026').waitFor();

    const data = await stored(page);
    const entry = data.diary['2026-02-14/salvador-allende-2004/1'];
    assert.equal(entry.stars, 8);
    assert.deepEqual(entry.tags, ['cinema', 'Santiago']);
    assert.equal(data.ratings['salvador-allende-2004'].stars, 8, 'the watch rating rates the film');
    assert.deepEqual(data.watchlist, {}, 'taken off the watchlist');
    assert.equal(await page.locator('.title-side .your-rating').textContent(), 'Your rating: 8/10');

    // A second watch the same day is a rewatch by default, and counted.
    await page.getByRole('button', { name: 'Log a watch' }).click();
    assert.ok(await form.getByLabel('I had seen it before').isChecked());
    await form.getByLabel('Date watched').fill('2026-03-01');
    await form.getByRole('button', { name: 'Save' }).click();
    await page.getByText('You watched it 2 times, last on 1 March 2026').waitFor();

    await page.goto(`${site.origin}/diary`);
    await page.getByRole('heading', { name: 'March 2026' }).waitFor();
    const months = await page.locator('.diary-month h2').allInnerTexts();
    assert.deepEqual(months, ['March 2026', 'February 2026'], 'newest month first');
    const march = page.locator('.diary-month').first();
    assert.match(await march.innerText(), /Rewatch/);
    const february = page.locator('.diary-month').nth(1);
    assert.match(await february.innerText(), /Tags: cinema, Santiago/);

    // Editing the date moves the entry to its month.
    await february.getByRole('button', { name: 'Edit your 14 February 2026 entry for Salvador Allende' }).click();
    const edit = page.getByRole('form', { name: 'Log a watch of Salvador Allende' });
    await edit.getByLabel('Date watched').fill('2026-03-20');
    await edit.getByRole('button', { name: 'Save' }).click();
    await eventually(async () => (await page.locator('.diary-month').count()) === 1, 'one month left');
    assert.ok((await stored(page)).diary['2026-03-20/salvador-allende-2004/1']);

    page.once('dialog', (dialog) => dialog.accept());
    await page.getByRole('button', { name: 'Delete your 20 March 2026 entry for Salvador Allende' }).click();
    await eventually(async () => Object.keys((await stored(page)).diary).length === 1, 'one entry deleted');
    page.once('dialog', (dialog) => dialog.dismiss());
    await page.getByRole('button', { name: 'Delete your 1 March 2026 entry for Salvador Allende' }).click();
    assert.equal(Object.keys((await stored(page)).diary).length, 1, 'Cancel keeps it');
  });
});

describe('your ratings', () => {
  test('sorts and filters live in the URL, and Back restores them', async (t) => {
    const page = await openWith(t, LIBRARY, '/ratings');
    const titles = () => page.locator('.shelf-list .tile-title a').allInnerTexts();
    await page.locator('.shelf-list').waitFor();
    assert.deepEqual(await titles(), ['Salvador Allende', 'La terrazza', 'Canoa'], 'latest rated first');
    assert.equal(await page.getByRole('status').innerText(), '3 films');

    await page.getByLabel('Sort by').selectOption('title');
    await page.waitForURL(/\/ratings\?sort=title$/);
    assert.deepEqual(await titles(), ['Canoa', 'La terrazza', 'Salvador Allende']);

    await page.getByLabel('Your rating').selectOption('9');
    await page.waitForURL(/sort=title&stars=9$/);
    await page.getByLabel('Decade').selectOption('1970s');
    await page.waitForURL(/sort=title&stars=9&decade=1970s$/);
    assert.deepEqual(await titles(), ['Canoa']);
    assert.equal(await page.getByRole('status').innerText(), '1 of 3 films');

    await page.goBack();
    await page.waitForURL(/stars=9$/);
    await eventually(async () => (await titles()).length === 2, 'two nines');
    assert.equal(await page.getByLabel('Decade').inputValue(), '');
    await page.reload();
    await page.locator('.shelf-list').waitFor();
    assert.deepEqual(await titles(), ['Canoa', 'La terrazza']);
    assert.equal(await page.getByLabel('Your rating').inputValue(), '9');

    await page.getByLabel('Genre').selectOption('documentary');
    await page.getByText('No film in this catalog matches these filters.').waitFor();
  });

  test('a phone shows the list without sideways scrolling', async (t) => {
    const page = await openWith(t, LIBRARY, '/ratings');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.locator('.shelf-list').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `no sideways scroll (${overflow}px)`);
  });

  test('version 2 data reads as an empty watchlist and diary, and stays readable', async (t) => {
    const v2 = { version: 2, ratings: { 'canoa-1976': { stars: 6, title: 'Canoa', year: 1976, rated_on: '2024-01-02' } } };
    const page = await openWith(t, v2, '/watchlist');
    await page.getByText('Your watchlist is empty.').waitFor();
    await page.getByRole('link', { name: 'Ratings' }).click();
    await page.locator('.shelf-list').waitFor();
    assert.match(await page.locator('.shelf-list').innerText(), /Canoa \(1976\)/);
    assert.match(await page.locator('.shelf-list').innerText(), /Rated 2 January 2024/);
  });
});
