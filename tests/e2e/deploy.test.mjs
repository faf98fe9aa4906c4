// End-to-end: the release dist/ as a static host serves it. Deep links on a
// host without rewrites (GitHub Pages' 404.html), the Content-Security-Policy,
// offline use through the service worker, and a new release taking over.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdir, mkdtemp, readFile, readdir, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BASE, DIST, belowTheFirstScreen, heading, offlineReady, useSite } from './harness.mjs';

const site = useSite();
const CANOA = '/title/canoa-1976';

const titleHeading = (page, name) => page.locator('h1.title-name', { hasText: name });

async function goOffline(page, offline) {
  site.server.setDown(offline);
  await page.context().setOffline(offline);
}

describe('a static host without rewrites', () => {
  test('deep links boot from 404.html and every asset loads under the mount path', async (t) => {
    const page = await site.openPage(t, { serviceWorkers: 'block' });
    const assets = [];
    page.on('response', (r) => assets.push([new URL(r.url()).pathname, r.status()]));
    const response = await page.goto(`${site.origin}${CANOA}/cast`);
    assert.equal(response.status(), 404, 'GitHub Pages answers a deep link with 404.html');
    await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Full cast & crew');
    for (const [path, status] of assets.slice(1)) {
      assert.ok(path.startsWith(BASE), `${path} is under ${BASE}`);
      assert.equal(status, 200, path);
    }
    // In-app links keep the mount path.
    await page.locator('.breadcrumb a').click();
    await page.waitForURL(`${site.origin}${CANOA}`);
    await page.locator('h1.title-name').waitFor();
    await belowTheFirstScreen(page);
    const hrefs = await page.locator('a[href^="/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    assert.ok(hrefs.length > 10);
    for (const href of hrefs) assert.ok(href.startsWith(BASE), `${href} is under ${BASE}`);
  });

  test('the Content-Security-Policy is in the page and in the host configuration', async (t) => {
    const page = await site.openPage(t);
    const response = await page.goto(`${site.origin}/`);
    await heading(page).waitFor();
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    assert.match(meta, /script-src 'self' 'wasm-unsafe-eval'/);
    assert.doesNotMatch(meta, /unsafe-inline/);
    assert.equal(response.headers()['content-security-policy'], meta);
    assert.equal(await page.locator('script:not([src])').count(), 0, 'no inline scripts');
    const headers = await readFile(join(DIST, '_headers'), 'utf8');
    assert.ok(headers.includes(`Content-Security-Policy: ${meta}`));
    // 404.html is the shell with no page in it; index.html is the home page written into it.
    const [shell, home] = await Promise.all(['404.html', 'index.html'].map((f) => readFile(join(DIST, f), 'utf8')));
    assert.ok(!shell.includes('id="first-screen"'));
    const written = /\n?\s*<div id="first-screen" data-path="\/" inert>.*<\/div>\n\s*(?=<\/body>)/s;
    assert.match(home, written);
    assert.equal(
      home.replace(written, '').replace(/<title>[^<]*<\/title>/, ''),
      shell.replace(/\n\s*(?=<\/body>)/, '').replace(/<title>[^<]*<\/title>/, ''),
      'the home page is the shell with its first screen and title',
    );
  });
});

describe('start-up', () => {
  test('a wasm file that cannot load leaves a message in the browser\'s language, not a blank page', async (t) => {
    const page = await site.openPage(t, {
      serviceWorkers: 'block',
      locale: 'fr-FR',
      allowConsole: [/Marquee could not start/],
    });
    await page.route('**/*.wasm', (route) => route.fulfill({ status: 404, body: 'gone' }));
    await page.goto(`${site.origin}/`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.equal(await alert.getAttribute('lang'), 'fr');
    assert.match(await alert.textContent(), /Marquee n’a pas pu démarrer/);
  });
  for (const [path, ...files] of [
    [CANOA, 'titles/canoa-1976.json'],
    [`${CANOA}/cast`, 'credits/canoa-1976.json'],
    [`${CANOA}/reviews`, 'reviews/canoa-1976.json'],
    ['/', 'front.json'],
    ['/browse', 'browse/all/facets.json', 'browse/all/popular/1.json'],
    ['/genre/documentary', 'browse/all/facets.json', 'browse/genre/documentary/facets.json', 'browse/genre/documentary/popular/1.json'],
    ['/name/patricio-guzman', 'people/patricio-guzman.json'],
  ]) {
    // A browse page goes on to read its lists (`later`), each once.
    const [file, ...later] = files;
    test(`${path} fetches ${file} beside the wasm, once, and the app takes that response`, async (t) => {
      const page = await site.openPage(t, { serviceWorkers: 'block' });
      const requests = [];
      page.on('request', (request) => request.url().includes('/catalog/') && requests.push(new URL(request.url()).pathname));
      await page.goto(`${site.origin}${path}`);
      await heading(page).waitFor();
      if (later.length > 0) await page.locator('.title-grid').waitFor();
      assert.deepEqual(
        requests,
        files.map((f) => `${BASE}catalog/${f}`),
        'one request for the first file: the app used the response boot.js fetched',
      );
      // boot.js hands the response over once; the app has taken it.
      assert.equal(await page.evaluate(() => 'marqueeFirstFile' in window), false);
    });
  }
});

describe('offline', () => {
  test('visited titles reopen without a network, with a banner; others say so and retry', async (t) => {
    const page = await site.openPage(t);
    t.after(() => site.server.setDown(false));
    await page.goto(`${site.origin}${CANOA}`);
    await page.locator('h1.title-name').waitFor();
    // The first title was fetched before the worker existed: it must still be kept.
    await offlineReady(page, site, 'titles/canoa-1976.json');
    await page.getByRole('link', { name: 'Emitaï', exact: true }).first().click();
    await titleHeading(page, 'Emitaï').waitFor();
    await offlineReady(page, site, 'titles/emitai-1971.json');

    await goOffline(page, true);
    const banner = page.locator('.offline-banner');
    await banner.waitFor();
    assert.match(await banner.innerText(), /You are offline/);
    await page.reload();
    await titleHeading(page, 'Emitaï').waitFor();
    await page.goto(`${site.origin}${CANOA}`);
    await titleHeading(page, 'Canoa')
      .waitFor({ timeout: 10000 })
      .catch(async (e) => {
        // Say what the page showed instead: a flaky failure here needs it.
        console.log('offline page showed:', await page.evaluate(() => document.querySelector('main').innerText.slice(0, 600)));
        console.log('caches:', await page.evaluate(async () => {
          const out = {};
          for (const name of await caches.keys()) out[name] = (await (await caches.open(name)).keys()).map((r) => r.url);
          return out;
        }));
        throw e;
      });
    assert.ok(await banner.isVisible(), 'the banner shows after an offline reload');

    // A title never opened cannot be shown, and says why.
    await page.getByRole('link', { name: 'La terrazza', exact: true }).first().click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), /network request failed/);

    await goOffline(page, false);
    await banner.waitFor({ state: 'detached' });
    await alert.getByRole('button', { name: 'Retry' }).click();
    await titleHeading(page, 'La terrazza').waitFor();
  });

  test('a new release takes over whole: one reload, no files of the old one', async (t) => {
    // Release 2 is release 1 with a changed stylesheet, as a deploy would make it.
    const work = await mkdtemp(join(tmpdir(), 'marquee-release-'));
    t.after(() => rm(work, { recursive: true, force: true }));
    const [one, two] = [join(work, 'one'), join(work, 'two')];
    for (const release of [one, two]) {
      // The shell is copied; the catalog (hundreds of MB) is the same in both
      // releases. Of the titles' pages written ahead, the one opened here.
      const perTitle = [join(DIST, 'catalog'), join(DIST, 'title')];
      await cp(DIST, release, { recursive: true, filter: (src) => !perTitle.includes(src) });
      await symlink(join(DIST, 'catalog'), join(release, 'catalog'));
      await mkdir(join(release, 'title'));
      await cp(join(DIST, `${CANOA}.html`), join(release, `${CANOA}.html`));
    }
    const css = (await readdir(two)).find((f) => /^style-.*\.css$/.test(f));
    const newCss = css.replace(/^style-/, 'style-next-');
    await rename(join(two, css), join(two, newCss));
    await writeFile(join(two, newCss), `${await readFile(join(two, newCss), 'utf8')}\n.release-two{}\n`);
    for (const file of ['index.html', '404.html', `${CANOA.slice(1)}.html`]) {
      // The changed file's integrity hash no longer holds; a real build writes a new one.
      const html = (await readFile(join(two, file), 'utf8'))
        .replaceAll(css, newCss)
        .replace(new RegExp(`(href="[^"]*${newCss}") integrity="[^"]*"`), '$1');
      await writeFile(join(two, file), html);
    }
    const sw = await readFile(join(two, 'sw.js'), 'utf8');
    await writeFile(join(two, 'sw.js'), sw.replace(/"version":"[0-9a-f]+"/, '"version":"release-two"').replace(css, newCss));

    site.server.setRoot(one);
    t.after(() => site.server.setRoot(DIST));
    const page = await site.openPage(t);
    await page.goto(`${site.origin}${CANOA}`);
    await page.locator('h1.title-name').waitFor();
    await offlineReady(page, site, 'titles/canoa-1976.json');
    const before = await page.evaluate(() => caches.keys());
    assert.equal(before.filter((name) => name.startsWith('marquee-shell-')).length, 1);

    site.server.setRoot(two);
    await page.reload();
    const update = page.locator('.update-banner');
    await update.waitFor();
    await Promise.all([page.waitForEvent('load'), update.getByRole('button', { name: 'Reload' }).click()]);
    await page.locator('h1.title-name').waitFor();
    const after = await page.evaluate(() => caches.keys());
    assert.deepEqual(after.filter((name) => name.startsWith('marquee-shell-')), ['marquee-shell-release-two']);
    const styles = await page.locator('link[rel=stylesheet]').getAttribute('href');
    assert.equal(styles, `${BASE}${newCss}`);

    // Offline, the new release's shell opens the kept title.
    await goOffline(page, true);
    await page.reload();
    await titleHeading(page, 'Canoa').waitFor();
    assert.equal(await page.locator('link[rel=stylesheet]').getAttribute('href'), `${BASE}${newCss}`);
    await goOffline(page, false);
  });
});
