// A plain static file server for the release `dist/`, as a static host would
// be: files as they are, with their content types, under a mount path; a
// path without an extension is also looked up with `.html` added, as GitHub
// Pages and Netlify do (a title's page written ahead of time).
//
// Options:
//  - base: the mount path the build was made for (`/film/`); anything
//    outside it is a 404.
//  - missing: what an unknown path gets. 'pages' is GitHub Pages: `404.html`
//    with status 404. 'spa' is a host with a rewrite rule (Netlify's
//    _redirects): `404.html` (the app's shell) with status 200 for paths without a file
//    extension, a plain 404 for missing assets.
//  - headers: extra response headers, e.g. the Content-Security-Policy.
//  - overlays: { '/catalog/': folder } serves a path prefix from another folder.
//  - gzip: compress text and wasm for clients that accept it, as static hosts
//    do (the Lighthouse runs of the benchmark).
// `server.setDown(true)` makes it drop every request, as if the network were
// gone, so offline behaviour can be tested; `server.setRoot(dir)` swaps in
// another build, as a deploy does.
//
// Usage: node serve.mjs <dir> <port> [base] [--gzip] [--spa]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.wasm', '.css', '.json', '.svg']);

export function startServer(
  root,
  port = 0,
  { base = '/', missing = 'pages', headers = {}, overlays = {}, gzip = false } = {},
) {
  let dir = resolve(root);
  // Path prefixes (under the base) served from other folders: the benchmark
  // serves a generated catalog at /catalog/ beside the built app.
  const overlay = new Map(Object.entries(overlays).map(([prefix, folder]) => [prefix, resolve(folder)]));
  let down = false;
  const send = async (res, req, status, file) => {
    let body = await readFile(file);
    const compress = gzip && COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    if (compress) body = gzipSync(body);
    res.writeHead(status, {
      ...headers,
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      ...(compress ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  const server = createServer(async (req, res) => {
    if (down) {
      req.socket.destroy();
      return;
    }
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
      if (!path.startsWith(base) && `${path}/` !== base) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      const inSite = `/${path.slice(base.length)}`;
      const [prefix, folder] = [...overlay].find(([p]) => inSite.startsWith(p)) ?? ['/', dir];
      const file = normalize(join(folder, inSite.slice(prefix.length)));
      if (file !== folder && !file.startsWith(folder + sep)) {
        res.writeHead(403).end('forbidden');
        return;
      }
      const info = await stat(file).catch(() => null);
      if (info?.isDirectory()) {
        const index = join(file, 'index.html');
        if (await stat(index).catch(() => null)) return await send(res, req, 200, index);
      } else if (info) {
        return await send(res, req, 200, file);
      } else if (!extname(path) && (await stat(`${file}.html`).catch(() => null))?.isFile()) {
        // GitHub Pages and Netlify answer /title/x with title/x.html.
        return await send(res, req, 200, `${file}.html`);
      }
      if (missing === 'spa' && !extname(path)) return await send(res, req, 200, join(dir, '404.html'));
      if (missing === 'pages') return await send(res, req, 404, join(dir, '404.html'));
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    }
  });
  server.setDown = (value) => {
    down = value;
  };
  server.addOverlay = (prefix, folder) => overlay.set(prefix, resolve(folder));
  // Serve another folder from now on, as a host does after a deploy.
  server.setRoot = (folder) => {
    dir = resolve(folder);
  };
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}

/** The Content-Security-Policy of a built index.html, as a host would send it. */
export async function cspOf(root) {
  const html = await readFile(join(root, 'index.html'), 'utf8');
  const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
  if (!csp) throw new Error(`${root}/index.html has no Content-Security-Policy`);
  return csp;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const flags = process.argv.slice(2).filter((arg) => arg.startsWith('--'));
  const [root = 'dist', port = '8090', base = '/'] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  const csp = await cspOf(root);
  const server = await startServer(root, Number(port), {
    base,
    headers: { 'content-security-policy': csp },
    gzip: flags.includes('--gzip'),
    missing: flags.includes('--spa') ? 'spa' : 'pages',
  });
  console.log(`serving ${root} on http://127.0.0.1:${server.address().port}${base}`);
}
