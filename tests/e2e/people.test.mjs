// End-to-end: person pages. Every name links to its person's page, which
// lists their credits by role, newest first, with this browser's ratings;
// deep links, reloads, history, unknown ids and long careers in pages.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { heading, useSite } from './harness.mjs';

const site = useSite();
const ALLENDE = '/title/salvador-allende-2004';
const GUZMAN = '/name/patricio-guzman';

const roleSection = (page, role) => page.locator(`section[aria-labelledby="role-${role}"]`);

describe('person pages', () => {
  test("a director's name opens their page; Back and Forward move between the two", async (t) => {
    const page = await site.openPage(t);
    await page.goto(`${site.origin}${ALLENDE}`);
    await page.locator('h1.title-name').waitFor();
    await page.locator('.principal-credits').getByRole('link', { name: 'Patricio Guzmán' }).first().click();
    await page.waitForURL(`${site.origin}${GUZMAN}`);
    await page.locator('h1', { hasText: 'Patricio Guzmán' }).waitFor();
    assert.equal(await page.title(), 'Patricio Guzmán · Marquee');
    const directed = roleSection(page, 'director');
    assert.match(await directed.locator('h2').innerText(), /^Director \(\d+\)$/);
    const years = await directed.locator('.filmography .year').allInnerTexts();
    assert.deepEqual([...years].sort().reverse(), years, 'newest first');
    assert.ok((await directed.innerText()).includes('Salvador Allende'));
    assert.equal(await page.locator('#known-for-heading').count(), 1);

    await page.goBack();
    await page.waitForURL(`${site.origin}${ALLENDE}`);
    await page.locator('h1.title-name', { hasText: 'Salvador Allende' }).waitFor();
    await page.goForward();
    await page.waitForURL(`${site.origin}${GUZMAN}`);
    await page.locator('h1', { hasText: 'Patricio Guzmán' }).waitFor();
  });

  test("a cast member's name opens their page, with the part they played", async (t) => {
    const page = await site.openPage(t);
    await page.goto(`${site.origin}/title/canoa-1976`);
    const link = page.locator('.cast-item a').first();
    await link.waitFor();
    const name = await link.innerText();
    await link.click();
    await page.waitForURL(/\/name\//);
    await page.locator('main h1', { hasText: name }).waitFor();
    const acted = roleSection(page, 'actor');
    assert.ok((await acted.innerText()).includes('Canoa'));
  });

  test('a real person: deep link, reload, and "You rated" follows this browser\'s ratings', async (t) => {
    const page = await site.openPage(t);
    await page.goto(`${site.origin}/name/christopher-nolan`);
    await page.locator('main h1', { hasText: 'Christopher Nolan' }).waitFor();
    const directed = roleSection(page, 'director');
    assert.match(await directed.innerText(), /Memento/);
    assert.match(await directed.innerText(), /Interstellar/);
    assert.match(await page.locator('.person-header .lead').innerText(), /You haven't rated any of these/);

    await directed.getByRole('link', { name: 'Memento', exact: true }).click();
    await page.waitForURL(/\/title\/memento-2000$/);
    await page.locator('label[for="rate-memento-2000-8"]').click();
    await page.waitForFunction(() => document.querySelector('.your-rating')?.textContent === 'Your rating: 8/10');
    await page.goBack();
    await page.locator('main h1', { hasText: 'Christopher Nolan' }).waitFor();
    assert.match(await page.locator('.person-header .lead').innerText(), /You rated 1 of these/);
    assert.equal(await directed.locator('.mine').first().getAttribute('aria-label'), 'Your rating: 8/10');

    await page.reload();
    await page.locator('main h1', { hasText: 'Christopher Nolan' }).waitFor();
    assert.match(await page.locator('.person-header .lead').innerText(), /You rated 1 of these/);
  });

  test('an unknown person id shows the not-found page', async (t) => {
    const page = await site.openPage(t);
    for (const path of ['/name/no-such-person', '/name/Not..An..Id']) {
      await page.goto(`${site.origin}${path}`);
      await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Page not found');
    }
  });

  test('a long career is paged: "Show more" loads the next page of credits', async (t) => {
    const page = await site.openPage(t, { serviceWorkers: 'block' });
    const credit = (n) => ({ id: 'canoa-1976', title: 'Canoa', year: 1976, character: `Part ${n}` });
    const first = {
      id: 'patricio-guzman',
      name: 'Patricio Guzmán',
      known_for: [],
      roles: [{ role: 'actor', total: 150, pages: 2, credits: Array.from({ length: 100 }, (_, n) => credit(n)) }],
    };
    const second = { person: 'patricio-guzman', role: 'actor', page: 2, pages: 2, credits: Array.from({ length: 50 }, (_, n) => credit(100 + n)) };
    await page.route('**/catalog/people/patricio-guzman.json', (route) => route.fulfill({ json: first }));
    await page.route('**/catalog/people/patricio-guzman/actor-2.json', (route) => route.fulfill({ json: second }));
    await page.goto(`${site.origin}${GUZMAN}`);
    const rows = roleSection(page, 'actor').locator('.filmography li');
    await rows.first().waitFor();
    assert.equal(await rows.count(), 100);
    const more = page.getByRole('button', { name: 'Show more (50 more)' });
    await more.click();
    await page.waitForFunction(() => document.querySelectorAll('.filmography li').length === 150);
    assert.equal(await more.count(), 0, 'no more pages, no button');
  });
});
