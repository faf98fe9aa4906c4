import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const path = process.argv[2] ?? '/title/salvador-allende-2004';
const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'blink.user_timing'] });
await page.goto(`http://127.0.0.1:8099/film${path}`);
await page.waitForTimeout(4000);
const trace = JSON.parse((await browser.stopTracing()).toString());
const events = trace.traceEvents.filter((e) => e.ph === 'X' && e.dur);
const tasks = events.filter((e) => e.name === 'RunTask' && e.dur > 50000).sort((a, b) => a.ts - b.ts);
for (const task of tasks) {
  const inside = events.filter((e) => e.tid === task.tid && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur && e !== task);
  const by = new Map();
  for (const e of inside) {
    const key = e.name + (e.args?.data?.url ? ' ' + e.args.data.url.split('/').pop().slice(0, 40) : '') + (e.args?.data?.functionName ? ' ' + e.args.data.functionName : '');
    by.set(key, (by.get(key) ?? 0) + e.dur);
  }
  const top = [...by].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, d]) => `${(d / 1000).toFixed(0)}ms ${k}`);
  console.log(`task at ${((task.ts - tasks[0].ts) / 1000).toFixed(0)} ms: ${(task.dur / 1000).toFixed(0)} ms\n   ${top.join('\n   ')}`);
}
await browser.close();
