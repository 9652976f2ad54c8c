// Dossier's service worker: the app works offline on every route after the first visit.
//
// This file is a template: scripts/post-build.mjs (a Trunk post_build hook) writes it to dist/sw.js
// with VERSION (a hash of every built file's content) and PRECACHE (every built file) filled in.
// A new build therefore means a new sw.js: the browser installs it next to the running one and
// keeps it waiting; the app (src/pwa.rs) shows "A new version is available" and, when the reader
// chooses Reload, posts "skip-waiting" so this worker takes over. Same-origin GET requests only.
// A large corpus's search index chunks (`/search-<hash>/<i>.bin`, see build.rs) are not
// precached: each is cached the first time the app fetches it (its name changes with its
// content, so a cached one is never stale), and offline search works for what was searched.
const VERSION = '__DOSSIER_VERSION__';
const PRECACHE = __DOSSIER_PRECACHE__;
const CACHE = `dossier-${VERSION}`;
const SHELL = '/index.html';
const CHUNK = /^\/search-[0-9a-f]+\/\d+\.bin$/;

self.addEventListener('install', (event) => {
  // 'no-cache' revalidates with the server, so an old index.html in the HTTP cache never
  // slips into a new version's cache.
  event.waitUntil(caches.open(CACHE)
    .then((cache) => cache.addAll(PRECACHE.map((url) => new Request(url, { cache: 'no-cache' })))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith('dossier-') && key !== CACHE) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  // The embed snippet and its demo page belong to host pages, not to the app.
  if (url.pathname.startsWith('/embed/')) return;
  if (request.mode === 'navigate') {
    // A single-page app: every route is index.html.
    event.respondWith(fromCache(SHELL).then((hit) => hit ?? fetch(request)));
    return;
  }
  if (CHUNK.test(url.pathname)) {
    event.respondWith(cachedChunk(request, url.pathname));
    return;
  }
  event.respondWith(fromCache(url.pathname).then((hit) => hit ?? fetch(request)));
});

// A search index chunk: from the cache, else from the network, kept for next time.
async function cachedChunk(request, path) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(path);
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok) await cache.put(path, response.clone());
  return response;
}

async function fromCache(path) {
  const cache = await caches.open(CACHE);
  return cache.match(path);
}
