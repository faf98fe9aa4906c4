// Lighthouse (the npm package, on Debian's Chromium) against the release
// build served gzipped, as static hosts serve it, with a rewrite to the
// app's shell for deep links (Lighthouse refuses a page answered with 404, as
// GitHub Pages answers a deep link). Mobile (slow 4G, 4× CPU) and desktop
// presets, home and title pages, the median of --runs runs of each: the
// score moves a lot from run to run on a 2-core machine. Reports numbers,
// never fails on them.
//
// Usage: node bench/lighthouse.mjs [--dist dist] [--base /] [--runs 3] [--out f.json]
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { FIRST_VISIT_PAGES, median, serveGzipped } from './measure.mjs';

const { values: opts } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    base: { type: 'string', default: '/' },
    runs: { type: 'string', default: '3' },
    out: { type: 'string', default: '' },
  },
});
const RUNS = Number(opts.runs);
const CHROME = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const LIGHTHOUSE = resolve('node_modules/.bin/lighthouse');

const { server, origin } = await serveGzipped(opts.dist, opts.base);
const work = await mkdtemp(join(tmpdir(), 'marquee-lighthouse-'));

/** One Lighthouse run: the four category scores and the page-load metrics. */
async function lighthouse(url, preset) {
  const out = join(work, 'report.json');
  await promisify(execFile)(
    LIGHTHOUSE,
    [
      url,
      ...(preset === 'desktop' ? ['--preset=desktop'] : []),
      '--quiet',
      '--output=json',
      `--output-path=${out}`,
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update',
    ],
    { env: { ...process.env, CHROME_PATH: CHROME }, maxBuffer: 64 * 1024 * 1024 },
  );
  const report = JSON.parse(await readFile(out, 'utf8'));
  const metric = (id) => report.audits[id].numericValue;
  const score = (id) => Math.round(report.categories[id].score * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    fcp: metric('first-contentful-paint'),
    lcp: metric('largest-contentful-paint'),
    tbt: metric('total-blocking-time'),
    cls: metric('cumulative-layout-shift'),
  };
}

const results = {};
try {
  for (const preset of ['mobile', 'desktop']) {
    for (const [name, path] of Object.entries(FIRST_VISIT_PAGES)) {
      const runs = [];
      for (let run = 0; run < RUNS; run++) runs.push(await lighthouse(`${origin}${path}`, preset));
      const med = Object.fromEntries(Object.keys(runs[0]).map((k) => [k, median(runs.map((r) => r[k]))]));
      results[`${preset} ${name}`] = { median: med, performanceRuns: runs.map((r) => r.performance) };
    }
  }
} finally {
  server.close();
  await rm(work, { recursive: true, force: true });
}

console.log(`| Lighthouse, median of ${RUNS} | performance (runs) | FCP | LCP | TBT | CLS | a11y / best practices / SEO |`);
console.log('|---|---|---|---|---|---|---|');
for (const [name, { median: m, performanceRuns }] of Object.entries(results)) {
  console.log(
    `| ${name} | ${m.performance} (${performanceRuns.join(', ')}) | ${(m.fcp / 1000).toFixed(2)} s | ` +
      `${(m.lcp / 1000).toFixed(2)} s | ${Math.round(m.tbt)} ms | ${m.cls.toFixed(3)} | ` +
      `${m.accessibility} / ${m.bestPractices} / ${m.seo} |`,
  );
}
if (opts.out) await writeFile(opts.out, JSON.stringify(results, null, 2));
