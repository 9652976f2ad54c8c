//! Guards the payload budget, a ratchet: everything a first visit transfers (the page, its
//! scripts, wasm, styles, and what the service worker precaches in the same visit) is measured
//! as gzip -9 and must stay within e2e/budget.json's `gzip_bytes`. The budget only ever goes
//! down: when the measured total is more than `margin_bytes` under it, the test says so, and
//! `UPDATE_BUDGET=1 node --test e2e/budget.test.mjs` lowers it to measured + margin (it never
//! raises it; raising it is a hand edit that needs a reason in the commit message).
//! Prints every file's raw, gzip and brotli sizes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { DIST, launchBrowser, newContext, startServer, untilControlled } from './ship-lib.mjs';

const BUDGET_FILE = new URL('./budget.json', import.meta.url);
let browser;
let server;

before(async () => {
  server = await startServer(DIST);
  browser = await launchBrowser();
});
after(async () => {
  await browser.close();
  await server.close();
});

/** The dist/ file a same-origin URL is served from (client routes fall back to index.html). */
async function fileFor(url) {
  const path = new URL(url).pathname;
  const candidate = path === '/' ? 'index.html' : decodeURIComponent(path.slice(1));
  return readFile(`${DIST}/${candidate}`).then((body) => ({ name: candidate, body }), async () =>
    ({ name: 'index.html', body: await readFile(`${DIST}/index.html`) }));
}

const kb = (n) => (n / 1024).toFixed(1).padStart(7);

test('first visit: gzip total within the budget (a ratchet)', async (t) => {
  const c = await newContext(browser, server);
  const page = await c.open('/', '.story-title');
  await untilControlled(page);
  await page.waitForLoadState('networkidle');
  await page.close();
  await c.context.close();

  const files = new Map();
  for (const url of c.requests) {
    assert.ok(url.startsWith(server.url + '/'), `foreign request: ${url}`);
    const { name, body } = await fileFor(url);
    files.set(name, body);
  }
  const rows = [...files].map(([name, body]) => ({
    name,
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  })).sort((a, b) => b.gzip - a.gzip);
  const total = rows.reduce((s, r) => ({ raw: s.raw + r.raw, gzip: s.gzip + r.gzip, brotli: s.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });

  const budget = JSON.parse(await readFile(BUDGET_FILE, 'utf8'));
  const lines = [
    `first-visit payload (KiB): ${'raw'.padStart(7)} ${'gzip'.padStart(7)} ${'brotli'.padStart(7)}  file`,
    ...rows.map((r) => `${''.padEnd(26)} ${kb(r.raw)} ${kb(r.gzip)} ${kb(r.brotli)}  ${r.name}`),
    `${'total'.padEnd(26)} ${kb(total.raw)} ${kb(total.gzip)} ${kb(total.brotli)}  (${total.gzip} bytes gzip)`,
    `budget ${budget.gzip_bytes} bytes gzip (margin ${budget.margin_bytes}); goal ${budget.goal_bytes} bytes: ` +
      (total.gzip > budget.goal_bytes ? `${total.gzip - budget.goal_bytes} bytes above the goal` : 'goal met'),
  ];
  for (const l of lines) t.diagnostic(l);

  assert.ok(['index.html', 'sw.js', 'manifest.webmanifest'].every((f) => files.has(f)), `missing from the first visit: ${[...files.keys()]}`);
  assert.ok([...files.keys()].some((f) => f.endsWith('.wasm')), 'no wasm in the first visit');
  assert.ok(total.gzip <= budget.gzip_bytes,
    `first visit is ${total.gzip} bytes gzip, over the budget of ${budget.gzip_bytes}: make it smaller ` +
    '(raising e2e/budget.json is a hand edit that needs a reason)');

  const lowered = total.gzip + budget.margin_bytes;
  if (budget.gzip_bytes - total.gzip > budget.margin_bytes) {
    if (process.env.UPDATE_BUDGET === '1') {
      await writeFile(BUDGET_FILE, JSON.stringify({ ...budget, gzip_bytes: lowered }, null, 2) + '\n');
      t.diagnostic(`budget lowered to ${lowered} bytes`);
    } else {
      const hint = `the payload shrank: lower the budget to ${lowered} with UPDATE_BUDGET=1 node --test e2e/budget.test.mjs`;
      t.diagnostic(hint);
    }
  }
});
