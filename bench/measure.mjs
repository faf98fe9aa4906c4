// What the benchmark scripts share: the median of runs, a file's size
// compressed as static hosts compress it (gzip -9, brotli 11), the pages a
// first visit is measured on, and the release build served as a host would.
import { resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { cspOf, startServer } from '../tests/e2e/serve.mjs';

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
export const gz = (buf) => gzipSync(buf, { level: 9 }).length;
export const br = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** The pages a first visit is measured on (issue 12): home and a title. */
export const FIRST_VISIT_PAGES = { home: '/', title: '/title/salvador-allende-2004' };

/**
 * Serves the build in `dist` under `base` as static hosts do: gzipped,
 * with its CSP as a header and every unknown path answered with the app's
 * shell, 404.html, with status 200 (Lighthouse refuses a page answered with 404, as GitHub Pages answers a
 * deep link). Returns the server and the site's origin with `base`.
 */
export async function serveGzipped(dist, base) {
  const root = resolve(dist);
  const server = await startServer(root, 0, {
    base,
    missing: 'spa',
    gzip: true,
    headers: { 'content-security-policy': await cspOf(root) },
  });
  return { server, origin: `http://127.0.0.1:${server.address().port}${base.replace(/\/$/, '')}` };
}
