// Trunk post_build hook (Trunk.toml [[hooks]]): finishes dist/ for a strict CSP and offline use.
//
// 1. Moves Trunk's inline `<script type="module">` loader out of index.html into a same-origin
//    file named by its content hash (boot-<hash>.js), so the Content-Security-Policy needs no
//    'unsafe-inline' for scripts.
// 2. A chunked build (build.rs, a corpus whose search postings exceed DOSSIER_SEARCH_CHUNK_BYTES):
//    the wasm names the folder it fetches postings chunks from, `/search-<hash>/`; this copies
//    target/search-chunks/<hash>/ there (only that hash: older chunk sets are never shipped) and
//    fails when it is missing.
// 3. Writes sw.js from public/sw.js with the precache list and a version derived from the content
//    of every precached file, so any change to any built file is a new version. Precached: every
//    built file except the service worker itself, embed/ (it serves host pages), robots.txt, the
//    PNG icons (the browser fetches those once, when the app is installed; not needed offline)
//    and the search chunks of 2 (the first visit stays small; the service worker caches each
//    chunk when the app first fetches it, and their names change with their content).
//
// Under `trunk serve` it also moves the live-reload script out of the page and writes a service
// worker that caches nothing (public/sw-dev.js), so rebuilds show up at once.
//
// Reads TRUNK_STAGING_DIR (or its first argument, to finish a copy of dist/ by hand) and
// TRUNK_PUBLIC_URL (default "/"). Dependency-free.
import { createHash } from 'node:crypto';
import { cp, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!staging) throw new Error('post-build: set TRUNK_STAGING_DIR or pass the dist folder');
const base = process.env.TRUNK_PUBLIC_URL ?? '/';
const source = new URL('..', import.meta.url).pathname;
const sha = (data) => createHash('sha256').update(data).digest('hex');

// 1. The loader, out of the page.
const indexPath = join(staging, 'index.html');
let html = await readFile(indexPath, 'utf8');
const loader = /<script type="module"(?: nonce="[^"]*")?>([\s\S]*?import init[\s\S]*?)<\/script>/;
const found = html.match(loader);
if (found) {
  const code = found[1].trim() + '\n';
  const name = `boot-${sha(code).slice(0, 16)}.js`;
  await writeFile(join(staging, name), code);
  html = html.replace(found[0], `<script type="module" src="${base}${name}"></script>`);
  await writeFile(indexPath, html);
} else if (!/src="[^"]*boot-[0-9a-f]{16}\.js"/.test(html)) {
  throw new Error('post-build: Trunk\'s module loader was not found in index.html');
}
// `trunk serve` adds its live-reload script inline: move it out too, filling in what the dev
// server would have filled in, so live reload works under the same CSP.
const reload = /<script(?: nonce="[^"]*")?>([\s\S]*?\.well-known\/trunk\/ws[\s\S]*?)<\/script>/;
const dev = html.match(reload);
if (dev) {
  const code = dev[1].replaceAll("'{{__TRUNK_ADDRESS__}}'", 'window.location.host').replaceAll('{{__TRUNK_WS_BASE__}}', base);
  await writeFile(join(staging, 'trunk-live-reload.js'), code);
  html = html.replace(dev[0], `<script src="${base}trunk-live-reload.js"></script>`);
  await writeFile(indexPath, html);
}
const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>/g)];
if (inline.length) console.warn(`post-build: ${inline.length} inline script(s) left (the CSP blocks them)`);

// 2. The search index's chunks.
const CHUNK_FOLDER = /^search-[0-9a-f]{16}\//;
const named = new Set();
for (const f of (await readdir(staging)).filter((name) => name.endsWith('.wasm'))) {
  const text = (await readFile(join(staging, f))).toString('latin1');
  for (const m of text.matchAll(/\/search-([0-9a-f]{16})\//g)) named.add(m[1]);
}
if (named.size > 1) throw new Error(`post-build: the wasm names several search chunk folders: ${[...named]}`);
for (const hash of named) {
  const from = join(source, 'target', 'search-chunks', hash);
  if (!await stat(from).then((s) => s.isDirectory(), () => false)) {
    throw new Error(`post-build: the app fetches its search index from /search-${hash}/ but ${from} does not exist; ` +
      'build.rs writes it (rebuild after `cargo clean -p dossier-app`)');
  }
  await cp(from, join(staging, `search-${hash}`), { recursive: true });
  console.log(`post-build: search index chunks copied from ${from}`);
}

// 3. The service worker.
async function walk(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...await walk(path));
    else out.push(relative(staging, path).split(sep).join('/'));
  }
  return out;
}
const files = (await walk(staging))
  .filter((f) => !['sw.js', 'trunk-live-reload.js', 'robots.txt'].includes(f) && !f.startsWith('embed/') && !f.startsWith('.')
    && !CHUNK_FOLDER.test(f)
    && !(f.startsWith('icons/') && f.endsWith('.png')))
  .sort();
const version = createHash('sha256');
for (const f of files) version.update(f).update('\0').update(await readFile(join(staging, f))).update('\0');
// Under `trunk serve` (live reload present) a caching worker would hide every rebuild: write one
// that clears Dossier's caches and leaves every request to the network.
const template = dev
  ? await readFile(join(source, 'public', 'sw-dev.js'), 'utf8')
  : await readFile(join(source, 'public', 'sw.js'), 'utf8');
// Whole-line comments are for readers of the template, not shipped.
const worker = template
  .replace(/^[ \t]*\/\/.*\n/gm, '')
  .replace("'__DOSSIER_VERSION__'", JSON.stringify(version.digest('hex').slice(0, 16)))
  .replace('__DOSSIER_PRECACHE__', JSON.stringify(files.map((f) => base + f), null, 1));
await writeFile(join(staging, 'sw.js'), worker);
console.log(dev ? 'post-build: development sw.js (no cache)' : `post-build: sw.js precaches ${files.length} files`);
