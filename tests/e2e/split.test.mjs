// End-to-end: the app's wasm cut into per-page chunks (src/routes.rs,
// scripts/split-wasm.mjs). Each page needs only the main module and its own
// chunks; the others are fetched on the way (hover, focus, idle) or on the
// first visit; a chunk that cannot be downloaded says so and retries; the
// service worker keeps them all for offline use.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { SMALL_CHUNK_BYTES, builtCode } from '../../scripts/split-wasm.mjs';
import { DIST, belowTheFirstScreen, heading, offlineReady, useSite } from './harness.mjs';

const site = useSite();
const CANOA = '/title/canoa-1976';

/** This build's code files, as split-wasm.mjs wrote them into index.html. */
const build = async () => builtCode(await readFile(join(DIST, 'index.html'), 'utf8'));

/** The wasm files a request list holds, by file name. */
const wasmFiles = (urls) => urls.map((u) => new URL(u).pathname.split('/').pop()).filter((f) => f.endsWith('.wasm'));

/**
 * Opens `path` with every wasm file outside `allowed` held back until the
 * page's heading is on screen, then lets them through: the heading must not
 * need them. Returns the page and every wasm file asked for (a list that
 * grows as the page asks for more).
 */
async function openHoldingOthers(t, path, allowed) {
  const page = await site.openPage(t, { serviceWorkers: 'block' });
  const held = [];
  const asked = [];
  let holding = true;
  await page.route('**/*.wasm', (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop();
    asked.push(name);
    if (!holding || allowed.has(name)) return route.continue();
    held.push(route);
  });
  await page.goto(`${site.origin}${path}`);
  await heading(page).waitFor();
  holding = false;
  for (const route of held) await route.continue();
  return { page, asked };
}

/**
 * Opens a page on which every wasm file `fails` picks cannot be downloaded
 * until `code.failing` is set to false.
 */
async function openWithFailingCode(t, fails) {
  const page = await site.openPage(t, {
    serviceWorkers: 'block',
    // The split loader logs the failed fetch itself.
    allowConsole: [/Failed to fetch|TypeError|NetworkError/],
  });
  const code = { failing: true };
  await page.route('**/*.wasm', (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop();
    return code.failing && fails(name) ? route.abort('internetdisconnected') : route.continue();
  });
  return { page, code };
}

describe('each page downloads its own code', () => {
  const pages = [
    ['/', 'home_page', 'Films, cast and reviews'],
    ['/browse', 'browse_page', 'Browse films'],
    ['/search?q=salvador', 'browse_page', 'Results for “salvador”'],
    [`${CANOA}/cast`, 'cast_page', 'Full cast & crew'],
    [`${CANOA}/reviews`, 'reviews_page', 'User reviews'],
    ['/your-data', 'your_data_page', 'Your data'],
    ['/name/patricio-guzman', 'person_page', 'Patricio Guzmán'],
    ['/ratings', 'library_page', 'Your ratings'],
    ['/diary', 'library_page', 'Your diary'],
  ];
  for (const [path, chunk, title] of pages) {
    test(`${path} shows its heading with the main module and its own chunks only`, async (t) => {
      const { wasm, chunks } = await build();
      const { page } = await openHoldingOthers(t, path, new Set([wasm, ...chunks[chunk]]));
      assert.equal(await heading(page).innerText(), title);
    });
  }

  test('a title shows its header with the main module only; the rest follows', async (t) => {
    const { wasm, chunks } = await build();
    const { page, asked } = await openHoldingOthers(t, CANOA, new Set([wasm]));
    assert.match(await heading(page).innerText(), /^Canoa/);
    await belowTheFirstScreen(page);
    // Asked for in a task after the header's, so possibly after the heading showed.
    const own = chunks.title_parts.find((f) => f.includes('.split_title_parts'));
    assert.ok(asked.includes(own), `the lower sections' chunk ${own} was asked for: ${asked}`);
    assert.ok((await page.locator('#related-track .carousel-slide').count()) > 0, 'the related films are shown');
  });

  for (const [path, names] of [
    [`${CANOA}/reviews`, ['reviews_page']],
    // The results page and the search it runs at once.
    ['/search?q=salvador', ['browse_page', 'search_code']],
  ]) {
    test(`a deep link to ${path} downloads its chunks from boot.js beside the main wasm, each once`, async (t) => {
      const { wasm: mainWasm, chunks } = await build();
      const page = await site.openPage(t, { serviceWorkers: 'block' });
      // Who started each download: boot.js, not the loader once the main
      // wasm runs (and not a <link rel="preload">, which Safari downloads
      // a second time for the fetch() that wants it).
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Network.enable');
      const startedBy = new Map();
      cdp.on('Network.requestWillBeSent', ({ request, initiator }) => {
        const frame = initiator.stack?.callFrames?.[0] ?? initiator.stack?.parent?.callFrames?.[0];
        const file = new URL(request.url).pathname.split('/').pop();
        if (!startedBy.has(file)) startedBy.set(file, frame ? new URL(frame.url).pathname.split('/').pop() : initiator.type);
      });
      const requested = [];
      page.on('request', (r) => requested.push(r.url()));
      await page.goto(`${site.origin}${path}`);
      await heading(page).waitFor();
      await page.waitForLoadState('networkidle');
      for (const file of [mainWasm, ...names.flatMap((n) => chunks[n])]) {
        assert.equal(startedBy.get(file), 'boot.js', `${file} is downloaded by boot.js`);
      }
      assert.equal(await page.locator('link[rel=preload][href$=".wasm"]').count(), 0, 'no wasm is preloaded by a link');
      const wasm = wasmFiles(requested);
      assert.deepEqual(
        wasm.filter((f, i) => wasm.indexOf(f) !== i),
        [],
        "no wasm file is fetched twice (the loader takes boot.js's download)",
      );
    });
  }
});

describe('code of the next pages', () => {
  test('is fetched when idle for the links on screen', async (t) => {
    const { chunks } = await build();
    const page = await site.openPage(t, { serviceWorkers: 'block' });
    const requested = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(`${site.origin}${CANOA}`);
    await belowTheFirstScreen(page);
    // The title page links to its cast, reviews and people, and the header to home, the list, your films and your data.
    for (const chunk of ['cast_page', 'reviews_page', 'person_page', 'home_page', 'browse_page', 'library_page', 'your_data_page']) {
      const own = chunks[chunk].find((f) => f.includes('.split_'));
      await page.waitForRequest((r) => r.url().endsWith(own), { timeout: 10000 }).catch(() => null);
      assert.ok(wasmFiles(requested).includes(own), `${own} prefetched`);
    }
  });

  test('is fetched when a link is hovered or focused, before the click', async (t) => {
    const { chunks } = await build();
    const home = chunks.browse_page.find((f) => f.includes('.split_'));
    for (const how of ['hover', 'focus']) {
      // The your-data page fetches nothing, so nothing is prefetched when idle.
      const page = await site.openPage(t, { serviceWorkers: 'block' });
      await page.goto(`${site.origin}/your-data`);
      await heading(page).waitFor();
      await page.waitForTimeout(300);
      const requested = [];
      page.on('request', (r) => requested.push(r.url()));
      const link = page.getByRole('navigation').getByRole('link', { name: 'Browse films' });
      await Promise.all([page.waitForRequest((r) => r.url().endsWith(home)), how === 'hover' ? link.hover() : link.focus()]);
      assert.ok(wasmFiles(requested).includes(home), `${how}: ${home} fetched`);
      assert.match(page.url(), /\/your-data$/, 'no navigation happened');
    }
  });
});

describe('the search code', () => {
  test('is fetched when the search box is hovered or focused, not before, and searches', async (t) => {
    const { chunks } = await build();
    const own = chunks.search_code.find((f) => f.includes('.split_search_code'));
    assert.ok(own, 'the search code is a chunk of its own');
    for (const how of ['hover', 'focus']) {
      const page = await site.openPage(t, { serviceWorkers: 'block' });
      const requested = [];
      page.on('request', (r) => requested.push(r.url()));
      await page.goto(`${site.origin}/your-data`);
      await heading(page).waitFor();
      await page.waitForTimeout(500);
      assert.ok(!wasmFiles(requested).includes(own), `${how}: not fetched before the box is used`);
      const box = page.getByRole('combobox', { name: 'Search films' });
      await Promise.all([page.waitForRequest((r) => r.url().endsWith(own)), how === 'hover' ? box.hover() : box.focus()]);
      await box.fill('canoa');
      await page.locator('#site-search-results').getByRole('option', { name: /Canoa/ }).first().waitFor();
      assert.equal(wasmFiles(requested).filter((f) => f === own).length, 1, `${how}: fetched once`);
    }
  });

  test('that cannot be downloaded fails the search as the network does; the next search tries again', async (t) => {
    // Its own file only: the chunks it shares are some other pages' code too.
    const { page, code } = await openWithFailingCode(t, (name) => name.includes('.split_search_code'));
    await page.goto(`${site.origin}/your-data`);
    await heading(page).waitFor();
    const box = page.getByRole('combobox', { name: 'Search films' });
    await box.fill('canoa');
    await page.locator('.site-search [role=status]', { hasText: 'The search is unavailable right now.' }).waitFor();
    code.failing = false;
    await box.fill('canoa ');
    await page.locator('#site-search-results').getByRole('option', { name: /Canoa/ }).first().waitFor();
  });
});

test('a page whose code cannot be downloaded says so, and Retry loads it', async (t) => {
  const { chunks } = await build();
  const { page, code } = await openWithFailingCode(t, (name) => chunks.cast_page.includes(name));
  await page.goto(`${site.origin}${CANOA}`);
  await heading(page).waitFor();
  await page.locator('#cast-heading ~ a, .section-head a[href$="/cast"]').first().click();
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /Couldn't load the cast/);
  assert.match(await alert.innerText(), /could not be downloaded/);
  code.failing = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await page.getByRole('heading', { level: 1, name: 'Full cast & crew' }).waitFor();
});

test("a deep link whose page code boot.js could not download says so, and Retry downloads it anew", async (t) => {
  const { chunks } = await build();
  const { page, code } = await openWithFailingCode(t, (name) => chunks.cast_page.includes(name));
  await page.goto(`${site.origin}${CANOA}/cast`);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /could not be downloaded/);
  code.failing = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await page.getByRole('heading', { level: 1, name: 'Full cast & crew' }).waitFor();
});

describe('the build', () => {
  test('names every code file after the build, and the service worker keeps them all', async () => {
    const { js } = await build();
    const stem = js.replace(/\.js$/, '');
    const code = (await readdir(DIST)).filter((f) => /\.(wasm|js)$/.test(f) && !['boot.js', 'sw.js'].includes(f));
    assert.ok(code.length > 4, `chunks were written: ${code}`);
    for (const file of code) assert.ok(file.startsWith(stem), `${file} carries the build's name ${stem}`);
    const sw = await readFile(join(DIST, 'sw.js'), 'utf8');
    const shell = JSON.parse(sw.match(/\{"version":"[0-9a-f]+","shell":\[[^\]]*\]\}/)[0]).shell;
    for (const file of code) assert.ok(shell.includes(file), `${file} is in the offline shell`);
  });

  test('has one file for the small shared chunks, named once in each page that needs it', async () => {
    const { chunks } = await build();
    const wasm = (await readdir(DIST)).filter((f) => f.endsWith('.wasm'));
    const small = wasm.filter((f) => f.includes('.chunk_small.'));
    assert.equal(small.length, 1, `one merged file: ${small}`);
    for (const file of wasm.filter((f) => f.includes('.chunk_') && !small.includes(f))) {
      const { size } = await stat(join(DIST, file));
      assert.ok(size >= SMALL_CHUNK_BYTES, `${file} (${size} B) would have been merged`);
    }
    for (const [point, files] of Object.entries(chunks)) {
      assert.equal(new Set(files).size, files.length, `${point} names each file once: ${files}`);
    }
    assert.ok(chunks.home_page.includes(small[0]), 'the home page uses the merged file');
  });

  test('offline, a page never visited still opens from the kept chunks', async (t) => {
    const page = await site.openPage(t, { allowConsole: [/Failed to fetch|TypeError|NetworkError/] });
    t.after(() => site.server.setDown(false));
    await page.goto(`${site.origin}${CANOA}`);
    await heading(page).waitFor();
    await offlineReady(page, site, 'titles/canoa-1976.json');
    site.server.setDown(true);
    await page.context().setOffline(true);
    // A fresh start offline: nothing is in memory, everything comes from the worker.
    await page.reload();
    await heading(page).waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Your data' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your data' }).waitFor();
    await page.context().setOffline(false);
  });
});
