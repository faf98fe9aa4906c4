// Marquee's service worker: the app shell for offline use, and the catalog
// files of titles a person has opened.
//
// scripts/finish-dist.mjs writes this build's file list and version into
// BUILD when it copies this file to dist/. Shell files have hashed names, so
// one release's shell lives in one cache: a page never mixes the files of two
// releases, and the previous release's cache is dropped only when this worker
// takes over (after every tab of the old one has closed).
const BUILD = /* BUILD */ { version: 'dev', shell: [] };

const SHELL_CACHE = `marquee-shell-${BUILD.version}`;
// Catalog files keep their format across releases; bump on a format change.
const DATA_CACHE = 'marquee-data-v1';
// Titles kept for offline use, oldest dropped first (about 10 KB each).
const DATA_LIMIT = 600;

const scope = new URL(self.registration.scope);
const inScope = (path) => new URL(path, scope).href;
// The app's shell with no page written into it (index.html is the home
// page's): it starts the app on whatever path it is opened at.
const SHELL_PAGE = inScope('404.html');

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(SHELL_CACHE).then((cache) =>
      // `reload` skips the HTTP cache: the shell must be this release's.
      cache.addAll(BUILD.shell.map((path) => new Request(inScope(path), { cache: 'reload' }))),
    ),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith('marquee-shell-') && name !== SHELL_CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
  if (Array.isArray(event.data?.keep)) event.waitUntil(keep(event.data.keep));
});

// Catalog files the page loaded before this worker controlled it.
async function keep(urls) {
  const cache = await caches.open(DATA_CACHE);
  const catalog = inScope('catalog/');
  for (const url of urls) {
    if (typeof url !== 'string' || !url.startsWith(catalog) || (await cache.match(url))) continue;
    try {
      const response = await fetch(url);
      if (response.ok && (response.headers.get('content-type') ?? '').includes('json')) {
        await cache.put(url, response);
      }
    } catch {
      // Offline again already: the next visit caches it.
    }
  }
  await trim(cache);
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(scope.href)) return;
  const path = new URL(request.url).pathname.slice(scope.pathname.length);
  if (request.mode === 'navigate') {
    event.respondWith(navigation(request));
  } else if (path.startsWith('catalog/')) {
    event.respondWith(catalogFile(request));
  } else {
    event.respondWith(shellFile(request));
  }
});

// Pages: the network's answer while online, so a new release shows at once;
// the cached shell when offline (every route is the same app).
async function navigation(request) {
  try {
    return await fetch(request);
  } catch (error) {
    const cached = await caches.match(SHELL_PAGE, { cacheName: SHELL_CACHE });
    if (cached) return cached;
    throw error;
  }
}

// Hashed files never change, so the cache answers first.
async function shellFile(request) {
  const cached = await caches.match(request, { cacheName: SHELL_CACHE });
  return cached ?? fetch(request);
}

// Catalog data: fresh from the network when possible, kept for offline use,
// and the kept copy when the network fails.
async function catalogFile(request) {
  const cache = await caches.open(DATA_CACHE);
  try {
    const response = await fetch(request);
    const isJson = (response.headers.get('content-type') ?? '').includes('json');
    if (response.ok && isJson) {
      await cache.put(request, response.clone());
      await trim(cache);
    }
    return response;
  } catch (error) {
    const cached = await cache.match(request);
    if (cached) return cached;
    throw error;
  }
}

async function trim(cache) {
  const keys = await cache.keys();
  for (const key of keys.slice(0, Math.max(0, keys.length - DATA_LIMIT))) await cache.delete(key);
}
