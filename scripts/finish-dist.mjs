// Trunk post-build hook (see Trunk.toml): finishes the staged dist/ so it can
// be dropped on any static host.
//  - the wasm cut into per-page chunks (split-wasm.mjs);
//  - 404.html: a copy of trunk's index.html, the app's shell with no page
//    in it. GitHub Pages answers unknown paths with it, so a deep link
//    (/film/title/x/cast) boots the app, which routes itself; the rewrite
//    below and the service worker (offline) answer with it too.
//  - index.html and title/<id>.html: the home page's and each title's first
//    screen written ahead of time into that shell (scripts/prerender.sh);
//    hosts serve title/x.html for /title/x.
//  - sw.js: the service worker with this build's shell files and a version
//    derived from their contents.
//  - _headers and _redirects (Netlify, Cloudflare Pages): the CSP from
//    index.html as a header, and the single-page-app rewrite.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { splitWasm } from './split-wasm.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
const source = process.env.TRUNK_SOURCE_DIR ?? '.';
const base = process.env.TRUNK_PUBLIC_URL ?? '/';
if (!staging) throw new Error('run by trunk as a post_build hook: TRUNK_STAGING_DIR is not set');

// First the per-page chunks, which are part of the shell listed below.
await splitWasm({ staging, source, profile: process.env.TRUNK_PROFILE ?? 'debug' });

const GENERATED = new Set(['sw.js', '_headers', '_redirects']);

/** Every file under `dir`, but not under the directories in `skip`. */
async function filesUnder(dir, skip = new Set(), out = []) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (skip.has(path)) continue;
    // Appended one by one: spreading a large directory's list into push()
    // overflows the call stack.
    if (entry.isDirectory()) await filesUnder(path, skip, out);
    else out.push(path);
  }
  return out;
}

const index = await readFile(join(staging, 'index.html'), 'utf8');
await writeFile(join(staging, '404.html'), index);

// Into the shell the split wrote, with this build's file names.
execFileSync('bash', [join(source, 'scripts', 'prerender.sh'), staging], { stdio: 'inherit' });

// The shell: everything but the catalog (cached as titles are opened), the
// titles' pages (offline, 404.html starts the app on any path) and the files
// written below.
const perTitle = [join(staging, 'catalog'), join(staging, 'title')];
const shell = (await filesUnder(staging, new Set(perTitle)))
  .map((path) => relative(staging, path).split('\\').join('/'))
  .filter((path) => !GENERATED.has(path))
  .sort();
const hash = createHash('sha256');
for (const path of shell) {
  hash.update(path);
  hash.update(await readFile(join(staging, path)));
}
const build = { version: hash.digest('hex').slice(0, 16), shell };

const template = await readFile(join(source, 'assets', 'sw.js'), 'utf8');
const marker = /\/\* BUILD \*\/ \{[^}]*\}/;
if (!marker.test(template)) throw new Error('assets/sw.js lost its /* BUILD */ marker');
await writeFile(join(staging, 'sw.js'), template.replace(marker, JSON.stringify(build)));

const csp = index.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
if (!csp) throw new Error('index.html has no Content-Security-Policy meta tag');
await writeFile(
  join(staging, '_headers'),
  [
    `${base}*`,
    `  Content-Security-Policy: ${csp}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: no-referrer',
    `${base}sw.js`,
    '  Cache-Control: no-cache',
    `${base}boot.js`,
    '  Cache-Control: no-cache',
    '',
  ].join('\n'),
);
await writeFile(join(staging, '_redirects'), `${base}* ${base}404.html 200\n`);

console.log(`finish-dist: 404.html, sw.js (${shell.length} shell files, version ${build.version}), _headers, _redirects`);
