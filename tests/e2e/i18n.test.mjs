// End-to-end: the interface in English, Spanish and French. The browser's
// languages choose it, the switcher changes it in place and is remembered,
// English is the fallback, and catalog text keeps its own language.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { useSite } from './harness.mjs';

const site = useSite();
const AXE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const ALLENDE = '/title/salvador-allende-2004';

/** What each language must show on the title page. */
const EXPECTED = {
  en: { skip: 'Skip to main content', browse: 'Browse films', related: 'More like this', label: 'Language' },
  es: { skip: 'Saltar al contenido principal', browse: 'Explorar películas', related: 'Títulos similares', label: 'Idioma' },
  fr: { skip: 'Aller au contenu principal', browse: 'Parcourir les films', related: 'Titres similaires', label: 'Langue' },
};

async function openTitle(t, locale) {
  const page = await site.openPage(t, { locale, serviceWorkers: 'block' });
  await page.goto(`${site.origin}${ALLENDE}`);
  await page.locator('#related-track').waitFor();
  return page;
}

async function assertLanguage(page, code) {
  const want = EXPECTED[code];
  assert.equal(await page.locator('html').getAttribute('lang'), code);
  assert.equal((await page.locator('.skip-link').textContent()).trim(), want.skip);
  assert.equal((await page.getByRole('navigation').first().getByRole('link').first().textContent()).trim(), want.browse);
  assert.ok(await page.getByRole('heading', { name: want.related }).isVisible(), `"${want.related}" heading`);
  // In the header: the browse page has a "Language" filter of its own.
  const switcher = page.locator('.site-header').getByLabel(want.label, { exact: true });
  assert.ok(await switcher.isVisible(), `switcher labelled "${want.label}"`);
}

describe('interface languages', () => {
  for (const [locale, code] of [
    ['en-US', 'en'],
    ['es-ES', 'es'],
    ['es-MX', 'es'],
    ['fr-FR', 'fr'],
    ['fr-CA', 'fr'],
    ['de-DE', 'en'],
  ]) {
    test(`a browser in ${locale} gets ${code}`, async (t) => {
      const page = await openTitle(t, locale);
      await assertLanguage(page, code);
    });
  }

  test('the switcher changes the page in place, is remembered, and catalog text keeps English', async (t) => {
    const page = await openTitle(t, 'es-ES');
    await assertLanguage(page, 'es');
    // Catalog prose is marked as English whatever the interface language.
    assert.equal(await page.locator('.title-header .plot').evaluate((el) => el.closest('[lang]').lang), 'en');

    const url = page.url();
    await page.getByLabel('Idioma', { exact: true }).selectOption('fr');
    await page.getByRole('heading', { name: EXPECTED.fr.related }).waitFor();
    assert.equal(page.url(), url, 'no navigation');
    await assertLanguage(page, 'fr');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'lang-select', 'the focus stays on the switcher');
    // The rebuilt page still routes in place.
    const related = page.locator('#related-track h3 a').first();
    const name = await related.innerText();
    await related.click();
    await page.locator('h1.title-name', { hasText: name }).waitFor();
    await page.goBack();
    await page.locator('h1.title-name', { hasText: 'Salvador Allende' }).waitFor();
    await assertLanguage(page, 'fr');

    await page.reload();
    await page.locator('#related-track').waitFor();
    await assertLanguage(page, 'fr');

    await page.locator('.site-header nav').getByRole('link').first().click();
    await page.locator('.title-grid').waitFor();
    assert.equal(await page.locator('main h1').textContent(), EXPECTED.fr.browse);

    await page.locator('.site-header').getByLabel('Langue', { exact: true }).selectOption('en');
    await page.locator('main h1', { hasText: 'Browse films' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  });

  for (const code of ['es', 'fr']) {
    test(`axe-core finds nothing on the title and reviews pages in ${code}`, async (t) => {
      const page = await openTitle(t, code);
      await page.evaluate(AXE);
      const run = () => page.evaluate(async () => (await window.axe.run(document)).violations.map((v) => v.id));
      assert.deepEqual(await run(), []);
      await page.goto(`${site.origin}${ALLENDE}/reviews?write=1`);
      await page.locator('#review-form').waitFor();
      await page.evaluate(AXE);
      assert.deepEqual(await run(), []);
    });
  }
});
