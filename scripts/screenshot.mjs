// Screenshot of a page once the app has rendered its <h1>, for looking at
// changes and for the README. Usage:
// node scripts/screenshot.mjs <url> <out.png> [width] [height] [fullPage 1|0]
// Environment: SCHEME=light|dark, LOCALE=en-US|es-ES|fr-FR|…,
// SEARCH=text to type into the header's search box first (shows its list),
// STORE=file.json: a library document stored in the browser before the page opens.
import { chromium } from 'playwright-core';
const [url, out, width = '1280', height='900', full='1'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-dev-shm-usage','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const page = await browser.newPage({
  viewport: { width: Number(width), height: Number(height) },
  colorScheme: process.env.SCHEME ?? 'light',
  locale: process.env.LOCALE ?? 'en-US',
});
const logs = [];
page.on('console', m => logs.push(`${m.type()}: ${m.text()}`));
page.on('pageerror', e => logs.push(`pageerror: ${e.message}`));
if (process.env.STORE) {
  const doc = (await import('node:fs')).readFileSync(process.env.STORE, 'utf8');
  await page.goto(new URL('your-data', new URL('.', url).href.replace(/\/(title|name|genre)\/.*$/, '/')).href);
  await page.waitForSelector('h1', { timeout: 15000 });
  await page.evaluate((text) => localStorage.setItem('film-site/user-data', text), doc);
}
await page.goto(url);
await page.waitForSelector('h1', { timeout: 15000 }).catch(e => logs.push('no h1'));
if (process.env.SEARCH) {
  await page.fill('#site-search', process.env.SEARCH);
  await page.waitForSelector('#site-search-results [role=option]', { timeout: 15000 }).catch(() => logs.push('no results'));
}
await page.waitForTimeout(500);
await page.screenshot({ path: out, fullPage: full === '1' });
console.log(await page.title());
console.log(logs.join('\n'));
await browser.close();
