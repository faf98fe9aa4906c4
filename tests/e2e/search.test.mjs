// End-to-end: the search box in the header, as a person uses it, and what it
// fetches: a couple of small shard files, never the whole catalog.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { useSite } from './harness.mjs';

const site = useSite();
const AXE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function openWithSearch(t, options = {}) {
  const page = await site.openPage(t, { serviceWorkers: 'block', ...options });
  const shards = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.includes('/catalog/')) shards.push(path.replace(/^.*\/catalog\//, ''));
  });
  await page.goto(`${site.origin}/title/canoa-1976`);
  await page.locator('h1.title-name').waitFor();
  shards.length = 0;
  return { page, box: page.getByRole('combobox', { name: options.locale === 'es-ES' ? 'Buscar películas' : 'Search films' }), shards };
}

const options = (page) => page.locator('#site-search-results').getByRole('option');

describe('search', () => {
  test('accents and case are ignored; the keyboard picks a result; only small shards are fetched', async (t) => {
    const { page, box, shards } = await openWithSearch(t);
    await box.fill('EMITAI');
    await options(page).first().waitFor();
    assert.deepEqual(await options(page).allTextContents(), ['Emitaï (1971)']);
    assert.equal(await box.getAttribute('aria-expanded'), 'true');
    assert.deepEqual(shards, ['search/e.json', 'search/em.json']);
    await page.getByRole('status').filter({ hasText: '1 film found' }).waitFor();

    await box.press('ArrowDown');
    const active = await box.getAttribute('aria-activedescendant');
    assert.equal(await page.locator(`#${active}`).getAttribute('aria-selected'), 'true');
    await box.press('Enter');
    await page.waitForURL(`${site.origin}/title/emitai-1971`);
    await page.locator('h1.title-name', { hasText: 'Emitaï' }).waitFor();
    assert.equal(await box.inputValue(), '');
    assert.equal(await box.getAttribute('aria-expanded'), 'false');
  });

  test('words inside a title match, results rank, a click opens one, Escape closes then clears', async (t) => {
    const { page, box } = await openWithSearch(t);
    await box.pressSequentially('battle of ch');
    // Results follow each keystroke: wait for those of the whole query.
    await page.waitForFunction(() => {
      const names = [...document.querySelectorAll('#site-search-results [role=option]')].map((o) => o.textContent);
      return names.length > 0 && names.every((name) => name.includes('Battle of Chile'));
    });
    const found = await options(page).allTextContents();
    assert.ok(found.length >= 2, found.join(', '));
    for (const name of found) assert.match(name, /Battle of Chile/);

    await box.press('Escape');
    assert.equal(await box.getAttribute('aria-expanded'), 'false');
    assert.equal(await box.inputValue(), 'battle of ch');
    await box.press('ArrowDown');
    assert.equal(await box.getAttribute('aria-expanded'), 'true');
    await box.press('Escape');
    await box.press('Escape');
    assert.equal(await box.inputValue(), '');

    await box.fill('pearl');
    await options(page).filter({ hasText: 'The Pearl Button (2015)' }).click();
    await page.waitForURL(`${site.origin}/title/the-pearl-button-2015`);
    await page.locator('h1.title-name', { hasText: 'The Pearl Button' }).waitFor();
  });

  test('people are found by any word of their name, accents ignored, under People, and open their page', async (t) => {
    const { page, box, shards } = await openWithSearch(t);
    await box.fill('guzman');
    const people = page.getByRole('group', { name: 'People' });
    const guzman = people.getByRole('option', { name: /^Patricio Guzmán Director, / });
    await guzman.waitFor();
    // One list, two labelled groups: titles first, then people.
    assert.equal(await page.locator('#site-search-results').getAttribute('role'), 'listbox');
    await page.locator('.site-search [role=status]', { hasText: /\d+ (person|people) found$/ }).waitFor();
    // Every shard fetched is small; the walk never lists a directory.
    assert.ok(shards.every((s) => s.startsWith('search/')), shards.join());
    assert.ok(shards.length <= 3, shards.join());

    // The keyboard walks through the titles into the people.
    const all = await options(page).count();
    const index = await options(page).evaluateAll(
      (els) => els.findIndex((el) => el.textContent.startsWith('Patricio Guzmán')),
    );
    for (let i = 0; i <= index; i += 1) await box.press('ArrowDown');
    assert.ok(index < all);
    const active = await box.getAttribute('aria-activedescendant');
    assert.match(await page.locator(`#${active}`).innerText(), /^Patricio Guzmán/);
    await box.press('Enter');
    await page.waitForURL(`${site.origin}/name/patricio-guzman`);
    await page.locator('main h1', { hasText: 'Patricio Guzmán' }).waitFor();

    // A word inside the name, with its accent typed, finds the same person.
    await box.fill('patricio guzmán');
    await page.getByRole('group', { name: 'People' }).getByRole('option').first().waitFor();
    assert.match(
      await page.getByRole('group', { name: 'People' }).getByRole('option').first().innerText(),
      /^Patricio Guzmán/,
    );
  });

  test('no match says so; the box speaks Spanish; axe finds nothing with the list open', async (t) => {
    const { page, box } = await openWithSearch(t, { locale: 'es-ES' });
    await box.fill('zzqx');
    await page.getByRole('status').filter({ hasText: 'No se ha encontrado nada' }).waitFor();
    assert.equal(await box.getAttribute('aria-expanded'), 'false');
    await box.fill('salv');
    await options(page).first().waitFor();
    assert.match((await options(page).allTextContents()).join(), /Salvador Allende \(2004\)/);
    await page.evaluate(AXE);
    const violations = await page.evaluate(async () => (await window.axe.run(document)).violations.map((v) => v.id));
    assert.deepEqual(violations, []);
  });

  test('Enter with no suggestion chosen opens the results page, whose films go on the watchlist', async (t) => {
    const { page, box, shards } = await openWithSearch(t);
    await box.fill('salvador');
    await options(page).first().waitFor();
    await box.press('Enter');
    await page.waitForURL(`${site.origin}/search?q=salvador`);
    await page.getByRole('heading', { name: 'Results for “salvador”', level: 1 }).waitFor();
    assert.equal(await box.inputValue(), 'salvador', 'the query stays, to refine it');
    assert.equal(await box.getAttribute('aria-expanded'), 'false');
    // The same few shards as the box, and no list or title file.
    assert.ok(shards.every((f) => f.startsWith('search/')), shards.join());

    const people = page.getByRole('region', { name: 'People' });
    assert.match(await people.innerText(), /Salvador Dalí/);
    const titles = page.getByRole('region', { name: 'Titles' });
    const first = titles.getByRole('listitem').first();
    const name = await first.getByRole('heading').getByRole('link').innerText();
    const toggle = first.getByRole('button', { name: `Watchlist: ${name}` });
    assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
    await page.goto(`${site.origin}/watchlist`);
    await page.locator('.shelf-list').waitFor();
    assert.match(await page.locator('.shelf-list').innerText(), new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));

    // Back to the results; a query with nothing says so; none at all asks for one.
    await page.goBack();
    await page.getByRole('heading', { name: 'Results for “salvador”', level: 1 }).waitFor();
    assert.equal(await box.inputValue(), 'salvador', 'Back shows the query in the box again');
    await page.goto(`${site.origin}/search?q=zzqx`);
    await page.getByText('Nothing in this catalog matches “zzqx”.').waitFor();
    assert.equal(await box.inputValue(), 'zzqx', 'a deep link shows its query in the box');
    assert.equal(await box.getAttribute('aria-expanded'), 'false', 'without opening the list');
    await page.goto(`${site.origin}/search`);
    await page.getByText(/^Type a title or a name/).waitFor();
  });

  test('on the first page the box is live a task after the page; what was typed before stays, with the focus', async (t) => {
    const page = await site.openPage(t, { serviceWorkers: 'block' });
    // The first box to appear on a page without a copy written ahead is the
    // stand-in drawn before the box's code runs: typed into at once, as a
    // quick visitor would, before the task that makes it live.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        const standIn = document.getElementById('site-search');
        if (!standIn) return;
        observer.disconnect();
        window.__standIn = standIn;
        standIn.value = 'canoa';
        standIn.focus();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${site.origin}/your-data`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const box = page.getByRole('combobox', { name: 'Search films' });
    await options(page).first().waitFor();
    assert.equal(await page.evaluate(() => window.__standIn.isConnected), false, 'the stand-in was replaced');
    assert.equal(await box.inputValue(), 'canoa');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'site-search');
    assert.deepEqual(await options(page).allTextContents(), ['Canoa (1976)']);
    await box.press('ArrowDown');
    await box.press('Enter');
    await page.locator('h1.title-name', { hasText: 'Canoa' }).waitFor();
  });
});
