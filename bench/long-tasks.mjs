// Long tasks of a first visit (issue 12, "no long task"): a cold load of the
// home and title pages in Chromium with the CPU slowed 4× (as Lighthouse's
// mobile preset assumes), served gzipped, at a phone's width. For each run
// it takes every `longtask` entry (a task of more than 50 ms) from the
// navigation until the page has been quiet for two seconds, and reports the
// medians over the runs of: the longest task, the blocking time (the sum of
// each long task's time over 50 ms, Lighthouse's TBT without its window),
// the number of long tasks, and when the page's first heading was in the
// DOM. Unlike Lighthouse, whose slowdown is simulated from an unthrottled
// trace, these tasks really ran at 4×. Reports numbers, never fails on them.
//
// Usage: node bench/long-tasks.mjs [--dist dist] [--base /] [--runs 5] [--out f.json]
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { FIRST_VISIT_PAGES, median, serveGzipped } from './measure.mjs';

const { values: opts } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    base: { type: 'string', default: '/' },
    runs: { type: 'string', default: '5' },
    out: { type: 'string', default: '' },
  },
});
const RUNS = Number(opts.runs);
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error(`--runs must be a whole number of at least 1, not ${opts.runs}`);
const QUIET_MS = 2000;
// A page still making long tasks after this long is reported as it stands.
const MAX_WAIT_MS = 30000;

const { server, origin } = await serveGzipped(opts.dist, opts.base);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});

// Installed before the page's own scripts: long tasks are only observed
// from when an observer exists, and `buffered` keeps none of them.
const OBSERVE = () => {
  window.marqueeLongTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.marqueeLongTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask' });
  new MutationObserver((_, observer) => {
    if (document.querySelector('main h1')) {
      window.marqueeHeading = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
};

/** One cold load: the long tasks until two quiet seconds, and the heading's time. */
async function load(path) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(OBSERVE);
    await page.goto(`${origin}${path}`);
    await page.waitForFunction(() => window.marqueeHeading !== undefined, null, { timeout: 60000 });
    // Quiet: no new long task for QUIET_MS (idle prefetching runs after the heading).
    let seen = -1;
    for (let waited = 0; waited < MAX_WAIT_MS; waited += QUIET_MS) {
      await page.waitForTimeout(QUIET_MS);
      const count = await page.evaluate(() => window.marqueeLongTasks.length);
      if (count === seen) break;
      seen = count;
    }
    const { tasks, heading } = await page.evaluate(() => ({ tasks: window.marqueeLongTasks, heading: window.marqueeHeading }));
    const durations = tasks.map(([, duration]) => duration);
    return {
      longest: Math.max(0, ...durations),
      blocking: durations.reduce((sum, d) => sum + Math.max(0, d - 50), 0),
      count: durations.length,
      heading,
    };
  } finally {
    await context.close();
  }
}

const results = {};
try {
  for (const [name, path] of Object.entries(FIRST_VISIT_PAGES)) {
    const runs = [];
    for (let run = 0; run < RUNS; run++) runs.push(await load(path));
    results[name] = {
      median: Object.fromEntries(Object.keys(runs[0]).map((k) => [k, median(runs.map((r) => r[k]))])),
      runs,
    };
  }
} finally {
  await browser.close();
  server.close();
}

const ms = (x) => `${Math.round(x)} ms`;
console.log(`| cold load at 4× CPU, median of ${RUNS} | longest task | blocking (over 50 ms) | long tasks | heading in the DOM |`);
console.log('|---|---|---|---|---|');
for (const [name, { median: m, runs }] of Object.entries(results)) {
  console.log(
    `| ${name} | ${ms(m.longest)} (runs ${runs.map((r) => Math.round(r.longest)).join(', ')}) | ${ms(m.blocking)} | ${m.count} | ${ms(m.heading)} |`,
  );
}
if (opts.out) await writeFile(opts.out, JSON.stringify(results, null, 2));
