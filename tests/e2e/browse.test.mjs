// End-to-end: browsing the catalog. Filters by genre, decade, year,
// country, language and certificate, five sorts, pages, hiding films this
// browser has seen, and landing pages linked from title pages; every choice
// in the URL, so reload, Back and Forward restore it.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite } from './harness.mjs';

const site = useSite();
const PAGE = 48;

const cards = (page) => page.locator('.title-grid > li');
const count = (page) => page.locator('.browse-count');
const menu = (page, name) => page.getByLabel(name, { exact: true });

/** Waits for the grid to show the results of the current URL. */
async function settled(page) {
  await page.locator('.title-grid, .browse-empty').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('.loading'));
  await page.waitForFunction(() => /\d/.test(document.querySelector('.browse-count')?.textContent ?? ''));
}

/** A number as the page writes it ("17,480 films" → 17480). */
const number = (text) => Number(text.match(/[\d,]+/)[0].replace(/,/g, ''));

/** Year and title of every card on the page. */
async function shown(page) {
  return page.locator('.title-grid .tile-title').evaluateAll((titles) =>
    titles.map((h) => ({
      title: h.querySelector('a').textContent,
      year: Number(h.querySelector('.year').textContent.replace(/\D/g, '')),
      genres: h.parentElement.querySelector('.genres')?.textContent ?? '',
    })),
  );
}

/** The count an option of a menu announces: "Documentary (1,604)". */
async function optionCount(page, name, value) {
  const text = await menu(page, name).locator(`option[value="${value}"]`).textContent();
  return number(text.slice(text.lastIndexOf('(')));
}

describe('the browse page', () => {
  test('filters by genre, then decade; counts, the URL, Back, Forward and reload follow', async (t) => {
    const page = await site.openPage(t);
    await page.goto(`${site.origin}/browse`);
    await settled(page);
    assert.equal(number(await count(page).textContent()), 17480);
    assert.equal(await cards(page).count(), PAGE);
    assert.equal(await menu(page, 'Sort by').inputValue(), 'popular');

    const documentaries = await optionCount(page, 'Genre', 'documentary');
    await menu(page, 'Genre').selectOption('documentary');
    await page.waitForURL(`${site.origin}/browse?genre=documentary`);
    await settled(page);
    assert.equal(number(await count(page).textContent()), documentaries);
    for (const film of await shown(page)) assert.match(film.genres, /Documentary/, film.title);

    const seventies = await optionCount(page, 'Decade', '1970s');
    await menu(page, 'Decade').selectOption('1970s');
    await page.waitForURL(`${site.origin}/browse?genre=documentary&decade=1970s`);
    await settled(page);
    assert.equal(number(await count(page).textContent()), seventies, 'the option counted the films with both');
    const films = await shown(page);
    assert.equal(films.length, Math.min(seventies, PAGE));
    for (const film of films) {
      assert.match(film.genres, /Documentary/);
      assert.ok(film.year >= 1970 && film.year <= 1979, `${film.title} ${film.year}`);
    }
    assert.ok(films.some((f) => f.title === 'The Battle of Chile: Part I'));

    await page.goBack();
    await page.waitForURL(`${site.origin}/browse?genre=documentary`);
    await settled(page);
    assert.equal(await menu(page, 'Decade').inputValue(), '');
    assert.equal(await menu(page, 'Genre').inputValue(), 'documentary');
    await page.goForward();
    await page.waitForURL(`${site.origin}/browse?genre=documentary&decade=1970s`);
    await settled(page);
    assert.equal(await menu(page, 'Decade').inputValue(), '1970s');
    await page.reload();
    await settled(page);
    assert.equal(await menu(page, 'Decade').inputValue(), '1970s');
    assert.equal(number(await count(page).textContent()), seventies);
  });

  test('each sort orders the films, and oldest is newest reversed', async (t) => {
    const page = await site.openPage(t);
    await page.goto(`${site.origin}/country/chile?sort=newest`);
    await settled(page);
    const newest = await shown(page);
    const years = newest.map((f) => f.year);
    assert.deepEqual(years, [...years].sort((a, b) => b - a));
    await menu(page, 'Sort by').selectOption('oldest');
    await page.waitForURL(`${site.origin}/country/chile?sort=oldest`);
    await settled(page);
    const oldest = (await shown(page)).map((f) => f.year);
    assert.deepEqual(oldest, [...oldest].sort((a, b) => a - b));
    assert.ok(oldest[0] < years[0]);

    await menu(page, 'Sort by').selectOption('title');
    await page.waitForURL(`${site.origin}/country/chile?sort=title`);
    await settled(page);
    const titles = (await shown(page)).map((f) => f.title.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
    assert.deepEqual(titles, [...titles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));

    await menu(page, 'Sort by').selectOption('rating');
    await page.waitForURL(`${site.origin}/country/chile?sort=rating`);
    await settled(page);
    const rated = await page.locator('.title-grid > li').evaluateAll((items) =>
      items.map((li) => li.querySelector('.rating-badge') !== null),
    );
    const firstUnrated = rated.indexOf(false);
    assert.ok(firstUnrated > 0, 'rated films first');
    assert.ok(rated.slice(firstUnrated).every((r) => !r), 'then the unrated');
  });

  test('pages through the results, with the page in the URL', async (t) => {
    const page = await site.openPage(t);
    await page.goto(`${site.origin}/browse?sort=newest`);
    await settled(page);
    const first = await shown(page);
    assert.match(await page.locator('.pager').innerText(), /Page 1 of 365/);
    await page.locator('.pager').getByRole('link', { name: 'Next' }).click();
    await page.waitForURL(`${site.origin}/browse?sort=newest&page=2`);
    await settled(page);
    const second = await shown(page);
    assert.equal(second.length, PAGE);
    assert.ok(second[0].year <= first.at(-1).year);
    assert.ok(!second.some((f) => first.some((g) => g.title === f.title && g.year === f.year)));
    await page.goBack();
    await page.waitForURL(`${site.origin}/browse?sort=newest`);
    await settled(page);
    assert.deepEqual(await shown(page), first);
  });

  test('Back from a film returns to the same place in the list', async (t) => {
    const page = await site.openPage(t);
    await page.goto(`${site.origin}/browse?genre=drama&sort=newest`);
    await settled(page);
    const card = cards(page).nth(30).locator('.tile-title a');
    await card.scrollIntoViewIfNeeded();
    const name = await card.innerText();
    const y = await page.evaluate(() => window.scrollY);
    assert.ok(y > 500, `scrolled down (${y})`);
    await card.click();
    await page.locator('h1.title-name', { hasText: name }).waitFor();
    await page.goBack();
    await page.waitForURL(`${site.origin}/browse?genre=drama&sort=newest`);
    await settled(page);
    await page.waitForFunction((want) => Math.abs(window.scrollY - want) < 50, y, { timeout: 5000 });
  });

  test('three filters combine, and the count becomes exact once every film is checked', async (t) => {
    const page = await site.openPage(t);
    await page.goto(`${site.origin}/browse?genre=drama&country=france&language=french&sort=newest`);
    await settled(page);
    for (const film of await shown(page)) assert.match(film.genres, /Drama/);
    assert.ok(number(await count(page).textContent()) > 0);
    // A small combination reads its whole list: the count is exact.
    await page.goto(`${site.origin}/browse?genre=documentary&country=chile&decade=1970s`);
    await settled(page);
    const n = await cards(page).count();
    assert.equal(await count(page).textContent(), `${n} ${n === 1 ? 'film' : 'films'}`);
  });

  test('hides the films this browser has rated', async (t) => {
    const page = await site.openPage(t);
    await page.goto(`${site.origin}/title/salvador-allende-2004`);
    await page.locator('h1.title-name').waitFor();
    await page.locator('label[for="rate-salvador-allende-2004-8"]').click();
    await page.waitForFunction(() => document.querySelector('.your-rating')?.textContent === 'Your rating: 8/10');
    await page.goto(`${site.origin}/country/chile?sort=newest`);
    await settled(page);
    const before = number(await count(page).textContent());
    assert.ok((await shown(page)).some((f) => f.title === 'Salvador Allende'));
    await page.getByLabel("Hide films I've rated, logged or reviewed").check();
    await page.waitForURL(`${site.origin}/country/chile?sort=newest&hide=seen`);
    await settled(page);
    assert.ok(!(await shown(page)).some((f) => f.title === 'Salvador Allende'));
    assert.equal(number(await count(page).textContent()), before - 1);
    await page.reload();
    await settled(page);
    assert.ok(await page.getByLabel("Hide films I've rated, logged or reviewed").isChecked());
    assert.ok(!(await shown(page)).some((f) => f.title === 'Salvador Allende'));
  });

  test("a person's page hides the films this browser has rated, too", async (t) => {
    const page = await site.openPage(t);
    await page.goto(`${site.origin}/title/salvador-allende-2004`);
    await page.locator('h1.title-name').waitFor();
    await page.locator('label[for="rate-salvador-allende-2004-8"]').click();
    await page.waitForFunction(() => document.querySelector('.your-rating')?.textContent === 'Your rating: 8/10');
    await page.goto(`${site.origin}/name/patricio-guzman`);
    const directed = page.locator('section[aria-labelledby="role-director"] .filmography');
    const allende = directed.getByRole('link', { name: 'Salvador Allende', exact: true });
    await allende.waitFor();
    await page.getByLabel("Hide films I've rated, logged or reviewed").check();
    await page.waitForURL(`${site.origin}/name/patricio-guzman?hide=seen`);
    await allende.waitFor({ state: 'hidden' });
    assert.ok(await directed.getByRole('link', { name: 'Nostalgia for the Light', exact: true }).isVisible());
    await page.goBack();
    await page.waitForURL(`${site.origin}/name/patricio-guzman`);
    await allende.waitFor({ state: 'visible' });
  });

  test('only my watchlist: its films filtered, sorted and counted, from id shards and no list', async (t) => {
    const page = await site.openPage(t);
    await page.goto(`${site.origin}/country/chile?sort=newest`);
    await settled(page);
    const films = (await shown(page)).slice(0, 3);
    for (let i = 0; i < films.length; i += 1) {
      const button = cards(page).nth(i).getByRole('button', { name: /^Watchlist: / });
      await button.click();
      assert.equal(await button.getAttribute('aria-pressed'), 'true');
    }
    const fetched = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    const only = page.getByLabel('Only films on my watchlist');
    await only.check();
    await page.waitForURL(`${site.origin}/country/chile?sort=newest&only=watchlist`);
    await settled(page);
    assert.deepEqual(await shown(page), films, 'in the order of the list');
    assert.equal(await count(page).textContent(), '3 films');
    assert.ok(fetched.some((path) => /\/catalog\/browse\/id\/\d+\.json$/.test(path)), fetched.join(' '));
    const lists = fetched.filter((path) => /\/catalog\/browse\/.+\/(popular|rating|year|title)\/\d+\.json$/.test(path));
    assert.deepEqual(lists, [], 'no list is read');

    await menu(page, 'Sort by').selectOption('oldest');
    await page.waitForURL(`${site.origin}/country/chile?sort=oldest&only=watchlist`);
    await settled(page);
    assert.deepEqual(await shown(page), [...films].reverse());
    await page.getByLabel("Hide films I've rated, logged or reviewed").check();
    await page.waitForURL(`${site.origin}/country/chile?sort=oldest&hide=seen&only=watchlist`);
    await settled(page);
    assert.deepEqual(await shown(page), [...films].reverse(), 'none of them seen');
    // Taken off the watchlist here, a film stays until the next query, its
    // button (still focused: nothing is redrawn) ready to put it back.
    const first = cards(page).last().getByRole('button', { name: /^Watchlist: / });
    await first.click();
    assert.equal(await first.getAttribute('aria-pressed'), 'false');
    await page.waitForTimeout(300);
    assert.equal(await cards(page).count(), 3);
    assert.ok(await first.evaluate((button) => button === document.activeElement), 'the focus stays');
    await page.reload();
    await settled(page);
    assert.ok(await only.isChecked());
    assert.deepEqual(await shown(page), films.slice(1).reverse());
    assert.equal(await count(page).textContent(), '2 films');

    // A filter none of them passes keeps its menu and says why it is empty.
    await page.goto(`${site.origin}/browse?genre=western&only=watchlist`);
    await settled(page);
    assert.equal(await page.locator('.browse-empty').innerText(), 'No film on your watchlist matches these filters.');
    assert.equal(await menu(page, 'Genre').inputValue(), 'western');
    await only.uncheck();
    await page.waitForURL(`${site.origin}/browse?genre=western`);
    await settled(page);
    assert.ok(number(await count(page).textContent()) > 2);
  });

  test("a person's page shows only the films on the watchlist, with or without those seen", async (t) => {
    const page = await site.openPage(t);
    await page.goto(`${site.origin}/name/patricio-guzman`);
    const directed = page.locator('section[aria-labelledby="role-director"] .filmography');
    const allende = directed.getByRole('link', { name: 'Salvador Allende', exact: true });
    const nostalgia = directed.getByRole('link', { name: 'Nostalgia for the Light', exact: true });
    const toggle = directed.getByRole('button', { name: 'Watchlist: Nostalgia for the Light' });
    const acting = page.locator('section[aria-labelledby="role-actor"]');
    const status = page.locator('.person-none-shown');
    await allende.waitFor();
    await toggle.click();
    await page.getByLabel('Only films on my watchlist').check();
    await page.waitForURL(`${site.origin}/name/patricio-guzman?only=watchlist`);
    await allende.waitFor({ state: 'hidden' });
    assert.ok(await nostalgia.isVisible());
    // Acting holds no film of the watchlist: the whole role is left out.
    assert.ok(await acting.isHidden());
    assert.equal(await status.textContent(), '');
    await page.getByLabel("Hide films I've rated, logged or reviewed").check();
    await page.waitForURL(`${site.origin}/name/patricio-guzman?hide=seen&only=watchlist`);
    assert.ok(await nostalgia.isVisible());
    await page.goBack();
    await page.waitForURL(`${site.origin}/name/patricio-guzman?only=watchlist`);
    // Taken off the watchlist, the film stays until the page is read again.
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
    assert.ok(await nostalgia.isVisible());
    await page.reload();
    await status.filter({ hasText: 'No film listed here passes these switches.' }).waitFor();
    assert.ok(await page.locator('section[aria-labelledby="role-director"]').isHidden());
    await page.goBack();
    await page.waitForURL(`${site.origin}/name/patricio-guzman`);
    await allende.waitFor({ state: 'visible' });
    assert.ok(await acting.isVisible());
    assert.equal(await status.textContent(), '');
  });

  test('a value no film has, and a page past the end', async (t) => {
    const page = await site.openPage(t);
    await page.goto(`${site.origin}/browse?genre=western&country=chile`);
    await settled(page);
    assert.equal(await page.locator('.browse-empty').innerText(), 'No film in this catalog matches these filters.');
    assert.equal(await count(page).textContent(), '0 films');
    await page.goto(`${site.origin}/genre/no-such-genre`);
    await page.locator('.browse-empty').waitFor();
    await page.goto(`${site.origin}/browse?page=9999`);
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Page not found');
  });

  test('on a phone the filters are a closed panel that opens', async (t) => {
    const page = await site.openPage(t, { viewport: { width: 390, height: 844 } });
    await page.goto(`${site.origin}/browse`);
    await settled(page);
    const panel = page.locator('details.browse-panel');
    assert.equal(await panel.getAttribute('open'), null);
    await panel.locator('summary').click();
    await menu(page, 'Genre').selectOption('documentary');
    await page.waitForURL(`${site.origin}/browse?genre=documentary`);
    await settled(page);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 390, `no sideways scrolling (${width} px)`);
  });
});

describe('landing pages', () => {
  test('genre chips, the year and countries on a title page open their pages', async (t) => {
    const page = await site.openPage(t);
    const allende = `${site.origin}/title/salvador-allende-2004`;
    await page.goto(allende);
    await page.locator('h1.title-name').waitFor();
    await page.locator('.genre-chips').getByRole('link', { name: 'Documentary' }).click();
    await page.waitForURL(`${site.origin}/genre/documentary`);
    await settled(page);
    assert.equal(await page.locator('main h1').innerText(), 'Documentary films');
    assert.equal(await page.title(), 'Marquee · Documentary films');
    assert.equal(await menu(page, 'Genre').inputValue(), 'documentary');
    for (const film of await shown(page)) assert.match(film.genres, /Documentary/);
    // Another filter keeps the landing page; changing its own facet leaves it.
    await menu(page, 'Decade').selectOption('2000s');
    await page.waitForURL(`${site.origin}/genre/documentary?decade=2000s`);
    await settled(page);
    await menu(page, 'Genre').selectOption('drama');
    await page.waitForURL(`${site.origin}/browse?genre=drama&decade=2000s`);
    await settled(page);

    await page.goto(allende);
    await page.locator('.title-facts').getByRole('link', { name: '2004' }).click();
    await page.waitForURL(`${site.origin}/year/2004`);
    await settled(page);
    assert.equal(await page.locator('main h1').innerText(), 'Films from 2004');
    for (const film of await shown(page)) assert.equal(film.year, 2004);

    await page.goto(allende);
    await page.locator('#details-heading').scrollIntoViewIfNeeded();
    await page.locator('.facts').getByRole('link', { name: 'Chile' }).click();
    await page.waitForURL(`${site.origin}/country/chile`);
    await settled(page);
    assert.equal(await page.locator('main h1').innerText(), 'Films from Chile');
    assert.ok((await shown(page)).some((f) => f.title === 'Salvador Allende'));
  });

  test('decade, language and certificate pages open from a link', async (t) => {
    const page = await site.openPage(t);
    for (const [path, heading] of [
      ['/decade/1970s', 'Films of the 1970s'],
      ['/language/spanish', 'Films in Spanish'],
      ['/certificate/pg-13', 'Films rated PG-13'],
    ]) {
      await page.goto(`${site.origin}${path}`);
      await settled(page);
      assert.equal(await page.locator('main h1').innerText(), heading, path);
      assert.equal(await cards(page).count(), PAGE, path);
    }
  });
});
