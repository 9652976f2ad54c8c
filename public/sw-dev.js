// Dossier's service worker under `trunk serve` (written by scripts/post-build.mjs instead of
// public/sw.js when the live-reload script is present): it takes over at once, deletes the caches
// a release build left on this origin, and handles no request, so every rebuild shows up at once.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) if (key.startsWith('dossier-')) await caches.delete(key);
    await self.clients.claim();
  })());
});
