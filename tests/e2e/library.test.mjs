// End-to-end: your film library (issue 15): the watchlist toggle on a title
// page and on cards, logging a watch in the diary, and the ratings,
// watchlist and diary pages with their sorts and filters in the URL.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { crc32, deflateRawSync } from 'node:zlib';
import { eventually, fillStorage, heading, storedText, useSite } from './harness.mjs';

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

  test('"Seen" marks a film seen with no viewing logged; Your data counts it; a second press takes it off', async (t) => {
    const page = await site.openPage(t);
    await page.goto(`${site.origin}${CANOA}`);
    const seen = page.locator('.title-side').getByRole('button', { name: 'Seen', exact: true });
    assert.equal(await seen.getAttribute('aria-pressed'), 'false');
    await seen.click();
    assert.equal(await seen.getAttribute('aria-pressed'), 'true');
    const data = await stored(page);
    assert.equal(data.seen['canoa-1976'].title, 'Canoa');
    assert.deepEqual(data.diary, {}, 'no viewing is logged');
    assert.deepEqual(data.watchlist, {}, 'the watchlist is its own toggle');

    await page.goto(`${site.origin}/your-data`);
    const row = page.locator('.facts > div', { hasText: 'Films marked seen' });
    assert.match(await row.innerText(), /^Films marked seen\s+1$/);
    await page.goBack();
    await eventually(async () => (await seen.getAttribute('aria-pressed')) === 'true', 'pressed after coming back');
    await seen.click();
    assert.equal(await seen.getAttribute('aria-pressed'), 'false');
    assert.deepEqual((await stored(page)).seen, {});
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
    await eventually(
      async () => (await page.evaluate(() => document.activeElement?.id)) === 'edit-2026-03-20-salvador-allende-2004-1',
      'the focus follows the entry to its new place',
    );

    page.once('dialog', (dialog) => dialog.accept());
    await page.getByRole('button', { name: 'Delete your 20 March 2026 entry for Salvador Allende' }).click();
    await eventually(async () => Object.keys((await stored(page)).diary).length === 1, 'one entry deleted');
    await eventually(async () => (await page.evaluate(() => document.activeElement?.id)) === 'diary-heading', 'focus on the heading');
    page.once('dialog', (dialog) => dialog.dismiss());
    await page.getByRole('button', { name: 'Delete your 1 March 2026 entry for Salvador Allende' }).click();
    assert.equal(Object.keys((await stored(page)).diary).length, 1, 'Cancel keeps it');
  });
});

describe('a review after a logged watch', () => {
  test('ticking "Write a review of it next" opens the review form in place, rated with the watch', async (t) => {
    const page = await site.openPage(t);
    await page.goto(`${site.origin}${CANOA}`);
    await page.getByRole('button', { name: 'Log a watch' }).click();
    const form = page.getByRole('form', { name: 'Log a watch of Canoa' });
    await form.getByLabel('Rating for this watch (optional)').selectOption('9');
    await form.getByLabel('Write a review of it next').check();
    await form.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').filter({ hasText: 'Logged in your diary.' }).waitFor();
    const review = page.locator('#review-form');
    await review.waitFor();
    assert.ok(await review.locator('#review-canoa-1976-9').isChecked(), 'the watch rating carries over');
    await review.getByRole('button', { name: 'Submit review' }).click();
    await review.getByText('Write a headline.').waitFor();
    await review.getByLabel('Headline').fill('A village, a rumour, a night');
    await review.getByLabel('Your review').fill(
      'Cazals films a lynching as a chain of small decisions, each of them ordinary, and the ordinariness is what stays with you afterwards.',
    );
    await review.getByRole('button', { name: 'Submit review' }).click();
    await review.waitFor({ state: 'detached' });
    const saved = (await stored(page)).reviews['canoa-1976'];
    assert.equal(saved.stars, 9);
    assert.equal(saved.headline, 'A village, a rumour, a night');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Log a watch', 'focus back on the button');
  });
});

describe('the export reminder', () => {
  test('a library of 25 entries never exported is reminded on its pages, until an export', async (t) => {
    const ratings = {};
    for (let n = 0; n < 25; n += 1) ratings[`film-${n}`] = rating(7, `Film ${n}`, 1990 + n, [], '2026-01-02');
    const page = await openWith(t, { version: 3, ratings }, '/ratings');
    const reminder = page.locator('.export-reminder');
    await reminder.waitFor();
    assert.match(await reminder.innerText(), /You keep 25 entries only in this browser, and have not exported them in the last 30 days/);
    await reminder.getByRole('link', { name: 'Export a copy' }).click();
    await page.waitForURL(/\/your-data#export-heading$/);
    const here = page.locator('.your-data .export-reminder');
    await here.waitFor();
    assert.equal(await here.getByRole('link').count(), 0, 'no link to the page it is on');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export everything (JSON)' }).click();
    await download;
    await here.waitFor({ state: 'detached' });
    assert.match(await page.evaluate(() => localStorage.getItem('film-site/last-export')), /^\d{4}-\d{2}-\d{2}$/);
    await page.goto(`${site.origin}/ratings`);
    await page.locator('.shelf-list').waitFor();
    assert.equal(await page.locator('.export-reminder').count(), 0, 'quiet after an export');
  });
});

describe('your ratings', () => {
  test('sorts and filters live in the URL, and Back restores them', async (t) => {
    const page = await openWith(t, LIBRARY, '/ratings');
    const titles = () => page.locator('.shelf-list .tile-title a').allInnerTexts();
    const count = page.locator('.library p.lead[role=status]');
    await page.locator('.shelf-list').waitFor();
    assert.deepEqual(await titles(), ['Salvador Allende', 'La terrazza', 'Canoa'], 'latest rated first');
    assert.equal(await count.innerText(), '3 films');

    await page.getByLabel('Sort by').selectOption('title');
    await page.waitForURL(/\/ratings\?sort=title$/);
    assert.deepEqual(await titles(), ['Canoa', 'La terrazza', 'Salvador Allende']);

    await page.getByLabel('Your rating').selectOption('9');
    await page.waitForURL(/sort=title&stars=9$/);
    await page.getByLabel('Decade').selectOption('1970s');
    await page.waitForURL(/sort=title&stars=9&decade=1970s$/);
    assert.deepEqual(await titles(), ['Canoa']);
    assert.equal(await count.innerText(), '1 of 3 films');

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

/** A zip archive of `files` ([name, text]), deflated as Letterboxd's are. */
function zipOf(files) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, text] of files) {
    const data = Buffer.from(text, 'utf8');
    const packed = deflateRawSync(data);
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    locals.push(local, nameBytes, packed);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A Letterboxd export as people download it, with the shapes real files have. */
const LETTERBOXD = zipOf([
  [
    'ratings.csv',
    'Date,Name,Year,Letterboxd URI,Rating\n' +
      '2025-03-01,Canoa,1976,https://boxd.it/1a,4.5\n' +
      '2025-03-02,Noise,2007,https://boxd.it/1b,3\n' +
      '2025-03-03,A Film Nobody Made,1999,https://boxd.it/1c,2\n',
  ],
  [
    'diary.csv',
    'Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date\n' +
      '2025-03-01,Canoa,1976,https://boxd.it/2a,4.5,,"cinema, mexico",2025-02-28\n',
  ],
  [
    'reviews.csv',
    'Date,Name,Year,Letterboxd URI,Rating,Rewatch,Review,Tags,Watched Date\n' +
      '2025-03-01,Canoa,1976,https://boxd.it/2a,4.5,,"A village, a mob, one night.<br /><br />Hard to watch; ""harder"" to forget &amp; still current.\nSecond line <b>kept</b> as text.",,2025-02-28\n',
  ],
  ['watchlist.csv', 'Date,Name,Year,Letterboxd URI\n2025-01-10,Salvador Allende,2004,https://boxd.it/3a\n'],
  [
    'watched.csv',
    'Date,Name,Year,Letterboxd URI\n2025-03-01,Canoa,1976,https://boxd.it/1a\n2019-06-30,Memento,2000,https://boxd.it/4a\n',
  ],
  ['profile.csv', 'Date Joined,Username\n2020-01-01,someone\n'],
]);

const IMDB_RATINGS =
  '\uFEFFConst,Your Rating,Date Rated,Title,Original Title,URL,Title Type,IMDb Rating,Runtime (mins),Year,Genres,Num Votes,Release Date,Directors\r\n' +
  'tt0209144,10,2024-05-01,Memento,Memento,https://www.imdb.com/title/tt0209144/,Movie,8.4,113,2000,"Mystery, Thriller",1400000,2000-09-05,Christopher Nolan\r\n';

async function importFile(page, name, mimeType, buffer) {
  await page.getByLabel(/^Import a file/).setInputFiles({ name, mimeType, buffer });
}

const viewing = (id, title, year, on, extra = {}) => ({
  title_id: id, title, year, watched_on: on, rewatch: false, tags: [], changed_on: on, ...extra,
});
const GUZMAN = { directors: ['Patricio Guzmán'], genres: ['Documentary'] };

/** Three films rated, four viewings over 2024 and 2025 (2025's March twice). */
const FILM_LIFE = {
  version: 3,
  ratings: {
    'canoa-1976': { ...rating(9, 'Canoa', 1976, ['Drama', 'History'], '2025-03-02'), directors: ['Felipe Cazals'] },
    'salvador-allende-2004': { ...rating(8, 'Salvador Allende', 2004, [], '2024-07-01'), ...GUZMAN },
    'chile-obstinate-memory-1997': { ...rating(8, 'Chile, Obstinate Memory', 1997, [], '2025-03-20'), ...GUZMAN },
  },
  diary: {
    '2024-07-01/salvador-allende-2004/1': viewing('salvador-allende-2004', 'Salvador Allende', 2004, '2024-07-01', GUZMAN),
    '2025-03-02/canoa-1976/1': viewing('canoa-1976', 'Canoa', 1976, '2025-03-02', { stars: 10 }),
    '2025-03-20/chile-obstinate-memory-1997/1': viewing('chile-obstinate-memory-1997', 'Chile, Obstinate Memory', 1997, '2025-03-20', GUZMAN),
    '2025-11-05/salvador-allende-2004/1': viewing('salvador-allende-2004', 'Salvador Allende', 2004, '2025-11-05', { ...GUZMAN, rewatch: true }),
  },
};

describe('your stats', () => {
  test('charts with their captions and tables, a year in review chosen in the URL, updated as you rate', async (t) => {
    const page = await openWith(t, FILM_LIFE, '/stats');
    await page.locator('.chart-drawing:visible').first().waitFor();
    assert.equal(await page.locator('main h1').innerText(), 'Your stats');
    assert.equal(await page.locator('.stats-page .lead').innerText(), '3 films seen, 4 viewings logged.');

    const chart = (name) => page.getByRole('region', { name, exact: true });
    const perYear = chart('Films watched per year');
    assert.equal(await perYear.locator('figcaption').innerText(), '4 viewings from 2024 to 2025; the most, 3, in 2025.');
    assert.equal(await perYear.locator('svg:not(.narrow) rect.chart-bar').count(), 2);
    assert.deepEqual(
      await perYear.locator('svg').evaluateAll((svgs) => svgs.map((s) => s.getAttribute('aria-hidden'))),
      ['true', 'true'],
      'the drawings are not read out',
    );
    const table = perYear.locator('table');
    assert.equal(await table.isVisible(), false, 'the table starts folded');
    await perYear.getByText('Show as a table').click();
    assert.deepEqual(await table.locator('tbody tr').allInnerTexts(), ['2024\t1', '2025\t3']);

    assert.equal(
      await chart('How you rate').locator('figcaption').innerText(),
      '3 films rated, 8.3 stars on average; 8 stars most often.',
    );
    const directors = chart('Directors you watch most');
    assert.deepEqual(await directors.locator('svg:not(.narrow) text.chart-label').allTextContents(), ['Patricio Guzmán', 'Felipe Cazals']);
    assert.equal(await directors.locator('figcaption').innerText(), 'First: Patricio Guzmán, with 2 films.');

    const review = chart('2025 in review');
    assert.match(await review.innerText(), /In 2025 you logged 3 viewings of 3 films, 1 of them a rewatch\./);
    assert.equal(await review.locator('.chart figcaption').innerText(), 'The busiest month was March, with 2 viewings.');
    assert.deepEqual(await review.locator('.favourites .favourite > a.tile-title').allInnerTexts(), [
      'Canoa', 'Salvador Allende', 'Chile, Obstinate Memory',
    ], 'best stars that year first (of a viewing, else the rating), then the later viewing');

    await page.getByLabel('Year', { exact: true }).selectOption('2024');
    await page.waitForURL(/\/stats\?year=2024$/);
    await chart('2024 in review').waitFor();
    await page.goBack();
    await chart('2025 in review').waitFor();
    await page.reload();
    await chart('2025 in review').waitFor();

    // A film rated in another tab shows in the stats without a reload.
    const other = await page.context().newPage();
    await other.goto(`${site.origin}${ALLENDE}`);
    await other.locator('label[for="rate-salvador-allende-2004-3"]').click();
    await other.waitForFunction(() => document.querySelector('.your-rating')?.textContent === 'Your rating: 3/10');
    // (9 + 3 + 8) / 3 = 6.67
    await eventually(
      async () => /6\.7 stars on average/.test(await chart('How you rate').locator('figcaption').innerText()),
      'the mean follows the other tab',
    );
  });

  test('a phone shows every chart without sideways scrolling, and no diary means no year in review', async (t) => {
    const page = await openWith(t, { version: 3, ratings: LIBRARY.ratings }, '/stats');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.locator('.chart-drawing:visible').first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `no sideways scroll (${overflow}px)`);
    assert.equal(await page.locator('.chart-drawing:not(.narrow):visible').count(), 0, 'the drawings laid out for a phone');
    assert.ok((await page.locator('.chart-drawing.narrow:visible').count()) > 0);
    assert.equal(await page.getByRole('region', { name: 'Films watched per year' }).count(), 0);
    await page.getByText('Log watches in your diary to see each year in review.').waitFor();
  });
});

describe('moving in from Letterboxd and IMDb', () => {
  test('a Letterboxd zip is previewed, the ambiguous film chosen, then imported whole, and a second time adds nothing', async (t) => {
    const page = await site.openPage(t);
    await page.goto(`${site.origin}/your-data`);
    await heading(page).waitFor();
    await importFile(page, 'letterboxd-someone-2025-03-04.zip', 'application/zip', LETTERBOXD);
    const preview = page.locator('.import-preview');
    await preview.getByRole('heading', { name: 'Before anything is saved' }).waitFor();
    const status = page.locator('#import-status[role=status]');
    assert.equal(await status.innerText(), '3 films found, 1 to choose, 1 not in this catalog.');
    assert.equal(await stored(page), null, 'nothing is written before the person says so');

    const choose = preview.getByRole('group', { name: 'Noise (2007)' });
    const radios = choose.getByRole('radio');
    assert.equal(await radios.count(), 3, 'two films of that name and year, and none');
    const second = await radios.nth(1).evaluate((r) => r.labels[0].textContent);
    assert.equal(second, 'Noise (2007)');
    await radios.nth(1).check();

    await preview.getByText('Not in this catalog (1)').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      preview.getByRole('button', { name: 'Download this list (CSV)' }).click(),
    ]);
    assert.equal(await readFile(await download.path(), 'utf8'), 'Title,Year,imdbID,Rows\nA Film Nobody Made,1999,,1\n');

    await preview.getByRole('button', { name: 'Import 4 films' }).click();
    await status.filter({ hasText: 'Import complete' }).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'import-status', 'the focus goes to what happened');
    assert.equal(await page.getByRole('status').filter({ hasText: 'Import complete' }).count(), 1, 'one live region');
    const data = await stored(page);
    assert.equal(data.ratings['canoa-1976'].stars, 9, 'half stars count double');
    const noise = Object.keys(data.ratings).filter((id) => id.startsWith('noise-2007'));
    assert.equal(noise.length, 1, 'only the chosen Noise');
    assert.deepEqual(data.diary['2025-02-28/canoa-1976/1'].tags, ['cinema', 'mexico']);
    const review = data.reviews['canoa-1976'];
    assert.equal(review.headline, 'A village, a mob, one night.');
    assert.match(review.body, /Hard to watch; "harder" to forget & still current\./);
    assert.ok(!review.body.includes('<'), 'markup is kept as text, never as tags');
    assert.ok(data.watchlist['salvador-allende-2004']);
    assert.equal(data.seen['memento-2000'].added_on, '2019-06-30', 'a watched film is marked seen');
    assert.ok(data.seen['canoa-1976']);
    assert.deepEqual(
      Object.keys(data.diary).filter((k) => k.includes('memento')),
      [],
      'and no viewing is invented for it',
    );

    await importFile(page, 'letterboxd-someone-2025-03-04.zip', 'application/zip', LETTERBOXD);
    await preview.getByRole('heading', { name: 'Before anything is saved' }).waitFor();
    await preview.getByRole('group', { name: 'Noise (2007)' }).getByRole('radio').nth(1).check();
    await preview.getByRole('button', { name: 'Import 4 films' }).click();
    await page.getByRole('status').filter({ hasText: 'Import complete: 0' }).waitFor();
    assert.deepEqual(await stored(page), data);

    await page.goto(`${site.origin}/diary`);
    await page.getByRole('heading', { name: 'February 2025' }).waitFor();
    await page.goto(`${site.origin}/title/memento-2000`);
    const seen = page.locator('.title-side').getByRole('button', { name: 'Seen', exact: true });
    await eventually(async () => (await seen.getAttribute('aria-pressed')) === 'true', 'Memento is marked seen');
  });

  test('a second file chosen while the first is still matching wins; the first says nothing more', async (t) => {
    const page = await site.openPage(t);
    await page.goto(`${site.origin}/your-data`);
    await heading(page).waitFor();
    let release;
    const held = new Promise((done) => (release = done));
    await page.route('**/catalog/match/**', async (route) => {
      await held;
      await route.continue();
    });
    await importFile(page, 'letterboxd-someone-2025-03-04.zip', 'application/zip', LETTERBOXD);
    const status = page.locator('#import-status');
    // The match index itself is held too, so the first file is still being read or matched.
    await status.filter({ hasText: /Reading the file|Matching films with the catalog/ }).waitFor();
    const mine = { version: 3, ratings: { 'canoa-1976': rating(6, 'Canoa', 1976, [], '2026-01-05') } };
    await importFile(page, 'marquee.json', 'application/json', Buffer.from(JSON.stringify(mine)));
    await status.filter({ hasText: 'Import complete: 1' }).waitFor();
    release();
    await page.waitForTimeout(1500);
    assert.equal(await page.locator('.import-preview').count(), 0, "the first file's preview never shows");
    assert.match(await status.innerText(), /Import complete: 1/);
  });

  test('an IMDb ratings export with a byte-order mark and CRLF matches by IMDb id', async (t) => {
    const page = await site.openPage(t);
    await page.goto(`${site.origin}/your-data`);
    await heading(page).waitFor();
    await importFile(page, 'ratings.csv', 'text/csv', Buffer.from(IMDB_RATINGS, 'utf8'));
    const preview = page.locator('.import-preview');
    await page.locator('#import-status').filter({ hasText: '1 film found, 0 to choose, 0 not in this catalog.' }).waitFor();
    await preview.getByRole('button', { name: 'Import 1 film' }).click();
    await page.getByRole('status').filter({ hasText: 'Import complete' }).waitFor();
    const rating = (await stored(page)).ratings['memento-2000'];
    assert.equal(rating.stars, 10);
    assert.equal(rating.rated_on, '2024-05-01');
    assert.equal(rating.imdb_id, 'tt0209144');
  });

  test('a file that is no export is refused and says why', async (t) => {
    const page = await site.openPage(t);
    await page.goto(`${site.origin}/your-data`);
    await heading(page).waitFor();
    await importFile(page, 'notes.csv', 'text/csv', Buffer.from('Shopping,List\nmilk,2\n'));
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), /^Nothing was imported: it is not a Letterboxd export/);
  });

  test('storage full during an import writes nothing, here or in storage', async (t) => {
    const page = await site.openPage(t);
    await page.goto(`${site.origin}${CANOA}`);
    await page.locator('.title-side').getByRole('button', { name: 'Watchlist', exact: true }).click();
    const before = await storedText(page);
    await page.goto(`${site.origin}/your-data`);
    await heading(page).waitFor();
    await fillStorage(page);
    await importFile(page, 'letterboxd.zip', 'application/zip', LETTERBOXD);
    const preview = page.locator('.import-preview');
    await preview.getByRole('button', { name: /^Import \d+ films$/ }).click();
    await page.getByRole('alert').filter({ hasText: 'storage is full' }).waitFor();
    assert.equal(await storedText(page), before, 'storage is as it was');
    const counts = await page.locator('.facts dd').allInnerTexts();
    assert.deepEqual(counts.slice(0, 4), ['0', '0', '1', '0'], 'and so is the page');
  });
});
