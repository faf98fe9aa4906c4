// Starts the app. An external file rather than trunk's inline loader, so the
// Content-Security-Policy can forbid inline scripts. Trunk writes the hashed
// names of this build's files into the data attributes of the script tag.
const tag = document.querySelector('script[data-wasm]');

async function start() {
  const app = await import(tag.dataset.js);
  await app.default({ module_or_path: tag.dataset.wasm });
}

function showFailure(error) {
  console.error('Marquee could not start:', error);
  const message = document.createElement('p');
  message.className = 'boot-failure';
  message.setAttribute('role', 'alert');
  message.textContent =
    'Marquee could not start in this browser. Check your connection and reload the page.';
  document.body.prepend(message);
}

start().catch(showFailure);

// Offline support. The worker's scope is the site's mount path (<base href>).
if ('serviceWorker' in navigator) {
  const base = document.baseURI;
  navigator.serviceWorker
    .register(new URL('sw.js', base), { scope: new URL('./', base).pathname })
    .catch((error) => console.warn('Offline support is unavailable:', error));
}
