// Starts the app. An external file rather than trunk's inline loader, so the
// Content-Security-Policy can forbid inline scripts. Trunk writes the hashed
// names of this build's files into the data attributes of the script tag.
const tag = document.querySelector('script[data-wasm]');

// The main wasm, downloaded from here rather than by a `<link rel="preload">`:
// Safari never hands a preload of `as="fetch"` to a later fetch(), so it
// downloaded the wasm twice. The same holds for the page's chunks below.
const mainWasm = fetch(tag.dataset.wasm);
// A failure is reported by start(), not also as an unhandled rejection.
mainWasm.catch(() => {});

async function start() {
  const app = await import(tag.dataset.js);
  const wasm = await app.default({ module_or_path: mainWasm });
  // The app's linear memory, for the benchmark's leak check (bench/run.mjs).
  window.marqueeWasmMemory = wasm.memory;
  // Bytes still allocated, in builds with the `alloc-stats` feature only.
  if (typeof app.liveHeapBytes === 'function') {
    window.marqueeLiveHeap = app.liveHeapBytes;
    window.marqueeLiveBlocks = app.liveHeapBlocks;
  }
}

// Shown when the app itself cannot load, so it cannot come from the app's
// translations; the same three languages, chosen the same way.
const FAILURE = {
  en: 'Marquee could not start in this browser. Check your connection and reload the page.',
  es: 'Marquee no ha podido iniciarse en este navegador. Comprueba tu conexión y vuelve a cargar la página.',
  fr: 'Marquee n’a pas pu démarrer dans ce navigateur. Vérifiez votre connexion et rechargez la page.',
};

function failureLanguage() {
  const stored = (() => {
    try {
      return localStorage.getItem('film-site/lang');
    } catch {
      return null;
    }
  })();
  const wanted = [stored, ...(navigator.languages ?? [navigator.language])];
  return wanted.map((tag) => tag?.slice(0, 2).toLowerCase()).find((code) => code in FAILURE) ?? 'en';
}

// A panic in the app. The release build aborts at once, with no unwinding
// and no hook (scripts/trunk-release.sh): a panic is a WebAssembly trap, a
// `WebAssembly.RuntimeError` thrown into whatever called the wasm (an event
// listener, a timer, a promise), which reaches the listeners below
// uncaught. Other builds log the panic's message first (src/main.rs), then
// trap the same way. The app's state is unknown after a trap, so the banner
// is plain DOM, in the interface language, with a link that reloads.
const PANIC = {
  en: ['Something went wrong. Reload the page to continue.', 'Reload'],
  es: ['Algo ha ido mal. Recarga la página para continuar.', 'Recargar'],
  fr: ['Une erreur s’est produite. Rechargez la page pour continuer.', 'Recharger'],
};

const isTrap = (error) => error instanceof WebAssembly.RuntimeError;

function showPanicBanner() {
  if (document.getElementById('panic-banner')) return;
  // The app keeps <html lang> in the interface language.
  const current = document.documentElement.lang.slice(0, 2);
  const lang = current in PANIC ? current : failureLanguage();
  const [text, reloadText] = PANIC[lang];
  const banner = document.createElement('div');
  banner.id = 'panic-banner';
  banner.className = 'panic-banner';
  banner.setAttribute('role', 'alert');
  banner.lang = lang;
  const message = document.createElement('p');
  message.textContent = text;
  // A real link, not a button: it reloads by plain navigation, with no code
  // of the crashed app involved; `rel="external"` keeps the router off it.
  const reload = document.createElement('a');
  // Without the fragment: a link differing only by one would just scroll.
  reload.href = location.href.split('#')[0];
  reload.rel = 'external';
  reload.className = 'button';
  reload.textContent = reloadText;
  banner.append(message, reload);
  document.body.prepend(banner);
  // The way out takes the focus, for keyboard and screen-reader users.
  reload.focus();
}

window.addEventListener('error', (event) => {
  if (isTrap(event.error)) showPanicBanner();
});
window.addEventListener('unhandledrejection', (event) => {
  if (isTrap(event.reason)) showPanicBanner();
});

function showFailure(error) {
  console.error('Marquee could not start:', error);
  const lang = failureLanguage();
  const message = document.createElement('p');
  message.className = 'boot-failure';
  message.lang = lang;
  message.setAttribute('role', 'alert');
  message.textContent = FAILURE[lang];
  document.body.prepend(message);
}

/**
 * This address inside the site, as the router matches it: `/title/x` for
 * `/film/title/x` or `/film/title/x/` when the site is mounted at `/film/`;
 * `null` outside the mount path. Mirrors `site_path` in src/base_path.rs,
 * with the trailing slash the router ignores taken off here once.
 */
function sitePath() {
  const base = new URL('./', document.baseURI).pathname;
  if (location.pathname === base.replace(/\/$/, '')) return '/';
  if (!location.pathname.startsWith(base)) return null;
  return `/${location.pathname.slice(base.length)}`.replace(/(.)\/$/, '$1');
}

// The first screen written ahead of time (crates/prerender) names the address
// it was written for. A host that answers other addresses with the same file
// (`trunk serve` answers every unknown path with index.html, the home page)
// would show it on the wrong page until the app replaced it: such a copy is
// removed before the app starts, which then draws this page itself. A module
// script runs once the document is parsed, so the copy is there to check; it
// does not hold the first paint, so where this file comes after the
// stylesheet the browser may paint that copy for a frame first.
// The address is compared as the router matches it (`sitePath`); a page's
// address needs no percent-encoding (ids are [a-z0-9-]), and one that did
// would only lose its copy, never show another page's.
const writtenCopy = document.getElementById('first-screen');
if (writtenCopy && writtenCopy.dataset.path !== sitePath()) writtenCopy.remove();

/**
 * The page at this address: the wasm chunks with its code (split points of
 * src/routes.rs and src/api.rs, `null` for the title and not-found pages, which are in the main wasm)
 * and the catalog file it fetches first (src/api.rs), so that both download
 * alongside the main wasm instead of after it has started (a round trip or
 * two less before the content). Mirrors the routes in src/model/route.rs; a
 * file that is not used only costs its download.
 */
function currentPage() {
  const route = sitePath();
  if (route === null) return null;
  const id = '([a-z0-9](?:[a-z0-9-]{0,98}[a-z0-9])?)';
  // Every browse page starts from the whole catalog's facet counts.
  const browseFacets = () => 'browse/all/facets.json';
  const pages = [
    [new RegExp(`^/title/${id}$`), null, (m) => `titles/${m[1]}.json`],
    [new RegExp(`^/title/${id}/cast$`), 'cast_page', (m) => `credits/${m[1]}.json`],
    [new RegExp(`^/title/${id}/reviews$`), 'reviews_page', (m) => `reviews/${m[1]}.json`],
    [new RegExp(`^/name/${id}$`), 'person_page', (m) => `people/${m[1]}.json`],
    [/^\/your-data$/, 'your_data_page', () => null],
    [/^\/(ratings|watchlist|diary|stats)$/, 'library_page', () => null],
    [/^\/browse$/, 'browse_page', browseFacets],
    // The results page, and the search code it runs (src/api.rs, `search`).
    [/^\/search$/, ['browse_page', 'search_code'], () => null],
    [/^\/(genre|decade|year|country|language|certificate)\/[^/]+$/, 'browse_page', browseFacets],
    [/^\/$/, 'home_page', () => 'front.json'],
  ];
  for (const [pattern, chunk, file] of pages) {
    const match = route.match(pattern);
    if (match) return { chunk, file: file(match) };
  }
  return null;
}

const page = currentPage();

// The page's code, downloaded beside the main wasm; the loader the main wasm
// starts takes each download from this map (scripts/split-wasm.mjs,
// `takeEarlyDownloads`) instead of fetching the file again.
const chunks = JSON.parse(tag.dataset.chunks ?? '{}');
window.marqueeEarlyDownloads = new Map();
// A page may need two split points' code, which can share files: each once.
for (const file of new Set([page?.chunk ?? []].flat().flatMap((chunk) => chunks[chunk] ?? []))) {
  const url = new URL(file, document.baseURI).href;
  const download = fetch(url);
  // A failure is the loader's to report, when it takes the download.
  download.catch(() => {});
  window.marqueeEarlyDownloads.set(url, download);
}

// Fetched here rather than preloaded: the app takes the finished response
// (src/api.rs, `take_boot_fetch`) and so renders the page in its first frame,
// where a preload still costs the app a fetch of its own, answered a frame or
// two after it starts.
if (page?.file) {
  const url = new URL(`catalog/${page.file}`, document.baseURI);
  const response = fetch(url, { headers: { Accept: 'application/json' } }).then(async (r) => ({
    status: r.status,
    contentType: r.headers.get('content-type') ?? '',
    text: await r.text(),
  }));
  // Handled here too, so that a failure the app reports itself is not also
  // an "unhandled rejection" in the console.
  response.catch(() => {});
  window.marqueeFirstFile = { path: url.pathname, response };
}

// A trap while the first page is built is a panic too, not a failed start.
start().catch((error) => (isTrap(error) ? showPanicBanner() : showFailure(error)));

// Offline support. The worker's scope is the site's mount path (<base href>).
// When a new release's worker has installed behind the current one, the app
// offers a reload (src/components/connection_banner.rs); the reload happens
// once the new worker has taken over, so the page and the worker always come
// from the same release.
if ('serviceWorker' in navigator) {
  const base = document.baseURI;
  const announce = () => {
    window.marqueeUpdateReady = true;
    window.dispatchEvent(new Event('marquee:update-ready'));
  };
  navigator.serviceWorker
    .register(new URL('sw.js', base), { scope: new URL('./', base).pathname })
    .then((registration) => {
      // Catalog files fetched without the worker (a first visit, before it
      // took control) are handed to it, so the title opens offline later.
      // `workerStart` is 0 for a request no worker handled.
      const catalog = new URL('catalog/', base).href;
      new PerformanceObserver((list) => {
        const missed = list
          .getEntries()
          .filter((entry) => entry.name.startsWith(catalog) && entry.workerStart === 0)
          .map((entry) => entry.name);
        if (missed.length > 0) {
          navigator.serviceWorker.ready.then((ready) => ready.active?.postMessage({ keep: missed }));
        }
      }).observe({ type: 'resource', buffered: true });
      // No controller means a first visit: the new worker is not an update.
      if (!navigator.serviceWorker.controller) return;
      if (registration.waiting) announce();
      registration.addEventListener('updatefound', () => {
        const incoming = registration.installing;
        incoming?.addEventListener('statechange', () => {
          if (incoming.state === 'installed') announce();
        });
      });
      window.addEventListener('marquee:apply-update', () => {
        if (!registration.waiting) return location.reload();
        navigator.serviceWorker.addEventListener('controllerchange', () => location.reload());
        registration.waiting.postMessage('skip-waiting');
      });
    })
    .catch((error) => console.warn('Offline support is unavailable:', error));
}
