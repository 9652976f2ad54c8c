//! Guards search over a chunked index (build.rs cuts the postings when they exceed
//! DOSSIER_SEARCH_CHUNK_BYTES): a build of the seeds with 256-byte chunks (target/chunked-dist,
//! made by scripts/test.sh, or here when missing) must answer every query exactly as the
//! unchunked build (dist/) does, fetch only the chunks a query needs, ship only its own chunk
//! folder without precaching it, keep working offline for what was searched once, and say so
//! readably (with a retry) when a chunk cannot be loaded.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { DIST, ROOT, launchBrowser, newContext, startServer, untilControlled } from './ship-lib.mjs';

const CHUNKED_DIST = ROOT + 'target/chunked-dist';
const CHUNK_URL = /\/search-([0-9a-f]{16})\/(\d+)\.bin$/;
// Words, a typo, a phrase with a filter, an exclusion, OR, and a prefix being typed.
const QUERIES = ['convoy', 'convoi', '"aid convoy" source:004', 'convoy -Urum', 'ceasefire OR truce', 'Russ', 'Lavrov said'];

let browser;
let plain;
let chunked;
const contexts = [];

/** Builds the seeds with 256-byte chunks into target/chunked-dist when it is not there yet. */
function ensureChunkedDist() {
  if (existsSync(CHUNKED_DIST + '/index.html')) return;
  const built = spawnSync('trunk', ['build', '--release', '--dist', CHUNKED_DIST], {
    cwd: ROOT, stdio: 'inherit', env: { ...process.env, DOSSIER_SEARCH_CHUNK_BYTES: '256' },
  });
  if (built.status !== 0) throw new Error('the chunked build failed');
}

async function context(server, options) {
  const c = await newContext(browser, server, options);
  contexts.push(c);
  return c;
}

before(async () => {
  ensureChunkedDist();
  plain = await startServer(DIST);
  chunked = await startServer(CHUNKED_DIST);
  browser = await launchBrowser();
});
after(async () => {
  await browser.close();
  await plain.close();
  await chunked.close();
  const origins = [plain.url, chunked.url];
  const foreign = contexts.flatMap((c) => c.requests).filter((u) => !origins.some((o) => u.startsWith(o + '/')));
  assert.deepEqual(foreign, [], 'something was requested outside the servers under test');
});

/** The chunk folder of a build, and its chunk count. */
async function chunkFolders(dist) {
  const folders = (await readdir(dist)).filter((f) => /^search-[0-9a-f]{16}$/.test(f));
  return Promise.all(folders.map(async (f) => ({ name: f, count: (await readdir(`${dist}/${f}`)).length })));
}

/** What a search page shows once its query is answered: the status line and every result. */
async function answer(page) {
  await page.waitForFunction(() => {
    const status = document.querySelector('.search .count')?.textContent ?? '';
    return status.startsWith('Found') || status.includes('could not be loaded');
  });
  return page.evaluate(() => ({
    status: document.querySelector('.search .count').textContent,
    results: [...document.querySelectorAll('#search-results li')].map((li) => li.textContent),
    links: [...document.querySelectorAll('#search-results a.hit')].map((a) => a.getAttribute('href')),
  }));
}

test('the chunked build ships one chunk folder, outside the precache; the seed build none', async () => {
  const folders = await chunkFolders(CHUNKED_DIST);
  assert.equal(folders.length, 1, `chunk folders: ${JSON.stringify(folders)}`);
  assert.ok(folders[0].count > 10, `only ${folders[0].count} chunks of 256 bytes for the seeds' postings`);
  const wasm = (await readdir(CHUNKED_DIST)).find((f) => f.endsWith('.wasm'));
  assert.ok((await readFile(`${CHUNKED_DIST}/${wasm}`)).includes(`/${folders[0].name}/`), 'the wasm does not name its chunk folder');
  const sw = await readFile(`${CHUNKED_DIST}/sw.js`, 'utf8');
  assert.doesNotMatch(sw, /"\/search-[0-9a-f]{16}\//, 'chunks are precached');
  assert.match(sw, /"\/index\.html"/, 'the precache list is there');
  assert.deepEqual(await chunkFolders(DIST), [], 'the seed build (postings below the threshold) has chunks');
});

test('every query answers as in the unchunked build, fetching only the chunks it needs', async (t) => {
  const a = await context(plain, { serviceWorkers: 'block' });
  const b = await context(chunked, { serviceWorkers: 'block' });
  const [{ count }] = await chunkFolders(CHUNKED_DIST);
  // One page typed into, as a reader would: chunks loaded by a query serve the next ones.
  const page = await b.open('/search', '#search-input');
  for (const q of QUERIES) {
    const expected = await answer(await a.open('/search?q=' + encodeURIComponent(q), '.search'));
    assert.ok(expected.results.length > 0, `query ${q} finds nothing: a weak check`);
    const before = b.requests.length;
    await page.fill('#search-input', q);
    await page.waitForFunction((status) => document.querySelector('.search .count')?.textContent === status, expected.status);
    assert.deepEqual(await answer(page), expected, `query ${q}`);
    const fetched = b.requests.slice(before).filter((u) => CHUNK_URL.test(u));
    if (q === QUERIES[0]) assert.ok(fetched.length > 0, 'the first query fetched no chunk');
    assert.ok(fetched.length < count, `query ${q} fetched ${fetched.length} of ${count} chunks`);
  }
  const all = b.requests.filter((u) => CHUNK_URL.test(u));
  assert.equal(new Set(all).size, all.length, `a chunk was fetched twice: ${all}`);
  assert.ok(all.length < count, `the queries fetched all ${count} chunks`);
  t.diagnostic(`${QUERIES.length} queries fetched ${all.length} of ${count} chunks`);
  assert.deepEqual([...a.errors, ...b.errors], [], 'pages logged errors');
});

test('offline: searched queries still answer; a chunk never fetched fails readably, with a retry', async () => {
  const c = await context(chunked);
  const online = await c.open('/', '.story-title');
  await untilControlled(online);
  const page = await c.open('/search?q=convoy', '.search');
  const first = await answer(page);
  assert.match(first.status, /^Found/);
  await c.context.setOffline(true);
  const again = await c.open('/search?q=convoy', '.search');
  assert.deepEqual(await answer(again), first, 'offline, the same query answers differently');
  // A word the first query did not need: its chunk was never fetched, so it cannot load offline.
  const missing = await c.open('/search?q=' + encodeURIComponent('Kerry'), '.search');
  const failed = await answer(missing);
  assert.match(failed.status, /could not be loaded .*may be incomplete/);
  assert.equal(await missing.locator('button.retry').count(), 1, 'no retry button');
  // Back online, the retry loads it and the answer is the unchunked build's.
  await c.context.setOffline(false);
  await missing.click('button.retry');
  await missing.waitForFunction(() => document.querySelector('.search .count')?.textContent.startsWith('Found'));
  const p = await context(plain, { serviceWorkers: 'block' });
  assert.deepEqual(await answer(missing), await answer(await p.open('/search?q=Kerry', '.search')));
  // Only uncaught errors count here: the offline fetch is logged by the browser as a failed load.
  assert.deepEqual(c.errors.filter((e) => !/Failed to load resource|ERR_INTERNET_DISCONNECTED/.test(e)), []);
});
