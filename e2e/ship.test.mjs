//! Guards shipping: the Content-Security-Policy and the absence of inline script, the web app
//! manifest, the service worker (precache list and content-derived version, offline reloads of
//! every route, the "update available" prompt when a new build is deployed), embed mode, the
//! embed snippet on a host page of another origin with its height following the content, the
//! accessible Embed / Share dialog, article markup rendered as literal text (a second build over
//! e2e/fixtures/xss), and that nothing is requested outside the servers under test.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { mkdtemp, readFile, readdir, rename, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import {
  DIST, XSS_DIST, ensureXssDist, launchBrowser, newContext, sampleRoutes, startServer, untilControlled,
} from './ship-lib.mjs';

const SHOTS = process.env.SHOTS_DIR; // set to keep screenshots for a human to look at
let browser;
const servers = [];
const contexts = [];
const allowedOrigins = new Set();

async function serve(root) {
  const server = await startServer(root);
  servers.push(server);
  allowedOrigins.add(server.url);
  return server;
}
async function context(server, options) {
  const c = await newContext(browser, server, options);
  contexts.push(c);
  return c;
}

before(async () => {
  ensureXssDist();
  browser = await launchBrowser();
});
after(async () => {
  const requests = contexts.flatMap((c) => c.requests);
  const errors = contexts.flatMap((c) => c.errors);
  await browser.close();
  for (const s of servers) await s.close();
  const foreign = requests.filter((u) => ![...allowedOrigins].some((o) => u.startsWith(o + '/')));
  assert.deepEqual(foreign, [], 'something was requested outside the servers under test');
  assert.deepEqual(errors, [], 'pages logged errors');
});

async function listFiles(dir) {
  const out = [];
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) out.push(relative(dir, join(e.parentPath ?? e.path, e.name)));
  }
  return out.sort();
}

test('index.html: a strict Content-Security-Policy and no inline script', async () => {
  const html = await readFile(`${DIST}/index.html`, 'utf8');
  const csp = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
  assert.ok(csp, 'no CSP meta element');
  const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
  assert.deepEqual(directives['default-src'], ["'self'"]);
  assert.deepEqual(directives['script-src'], ["'self'", "'wasm-unsafe-eval'"]);
  assert.deepEqual(directives['connect-src'], ["'self'"]);
  assert.deepEqual(directives['object-src'], ["'none'"]);
  for (const tag of html.match(/<script\b[^>]*>/g) ?? []) assert.match(tag, /\bsrc="\/boot-[0-9a-f]{16}\.js"/, `inline script: ${tag}`);
  assert.doesNotMatch(html, /\son[a-z]+=/i, 'inline event handler attribute');
});

test('manifest: installable fields and real 192 and 512 px icons', async () => {
  const manifest = JSON.parse(await readFile(`${DIST}/manifest.webmanifest`, 'utf8'));
  assert.equal(manifest.name, 'Dossier');
  assert.equal(manifest.start_url, '/');
  assert.equal(manifest.display, 'standalone');
  for (const size of [192, 512]) {
    const icon = manifest.icons.find((i) => i.sizes === `${size}x${size}` && i.type === 'image/png' && i.purpose === 'any');
    assert.ok(icon, `no ${size}px PNG icon`);
    const png = await readFile(DIST + icon.src);
    assert.equal(png.toString('latin1', 1, 4), 'PNG');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [size, size]);
  }
  const html = await readFile(`${DIST}/index.html`, 'utf8');
  assert.match(html, /<link rel="manifest" href="\/manifest.webmanifest">/);
});

test('service worker: precaches every built file under a version derived from their content', async () => {
  const sw = await readFile(`${DIST}/sw.js`, 'utf8');
  const version = sw.match(/const VERSION = "([0-9a-f]{16})";/)?.[1];
  const precache = JSON.parse(sw.match(/const PRECACHE = (\[[^\]]*\]);/)?.[1] ?? 'null');
  assert.ok(version && precache, 'sw.js was not filled in by scripts/post-build.mjs');
  const expected = (await listFiles(DIST))
    .filter((f) => !['sw.js', 'robots.txt'].includes(f) && !f.startsWith('embed/') && !(f.startsWith('icons/') && f.endsWith('.png')));
  assert.deepEqual(precache, expected.map((f) => '/' + f));
  for (const kind of [/\.wasm$/, /^\/dossier-app-[0-9a-f]+\.js$/, /^\/boot-/, /\.css$/, /^\/index\.html$/, /manifest/]) {
    assert.ok(precache.some((p) => kind.test(p)), `nothing matching ${kind} is precached`);
  }
  const hash = createHash('sha256');
  for (const f of expected) hash.update(f).update('\0').update(await readFile(join(DIST, f))).update('\0');
  assert.equal(version, hash.digest('hex').slice(0, 16));
  const other = (await readFile(`${XSS_DIST}/sw.js`, 'utf8')).match(/const VERSION = "([0-9a-f]{16})";/)?.[1];
  assert.notEqual(other, version, 'a build with other content must have another version');
});

test('offline: after the first visit every route reloads with the network off', async () => {
  const server = await serve(DIST);
  const c = await context(server);
  const routes = await sampleRoutes(c.open);
  const page = await c.open('/', '.story-title');
  await untilControlled(page);
  await c.context.setOffline(true);
  const expectations = [
    [routes.timeline, '.event'],
    [routes.event, '.event.selected'],
    [routes.claims, '.claim'],
    [routes.speaker, '#speaker-heading'],
    [routes.search, '.result'],
    [routes.reader, '.sentence.cited'],
    [routes.articles, '.article-list li'],
    [routes.embed, '.embed-bar'],
  ];
  for (const [route, selector] of expectations) {
    await page.goto(server.url + route);
    await page.waitForSelector(selector, { timeout: 10_000 });
  }
  await page.reload();
  await page.waitForSelector('.embed-bar');
  await page.goto(server.url + routes.reader);
  await page.waitForSelector('.sentence.cited');
  assert.equal(await page.evaluate(() => navigator.onLine), false);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/offline-reader.png` });
  await c.context.setOffline(false);
  await page.close();
});

test('update: a new deployment shows "A new version is available" and Reload switches to it', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'dossier-deploy-'));
  await symlink(DIST, join(dir, 'current'));
  const server = await serve(join(dir, 'current'));
  const c = await context(server);
  const page = await c.open('/read', '.article-list li');
  assert.equal(await page.locator('.article-list li').count(), 5);
  await untilControlled(page);
  assert.equal(await page.locator('.update-prompt').count(), 0, 'no prompt on a first visit');

  // Deploy build B (another corpus, so other hashed files and another sw.js), then check.
  await symlink(XSS_DIST, join(dir, 'next'));
  await rename(join(dir, 'next'), join(dir, 'current'));
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  const prompt = page.locator('.update-prompt');
  await prompt.waitFor({ timeout: 20_000 });
  assert.match(await prompt.textContent(), /A new version of Dossier is available/);
  assert.equal(await page.locator('.article-list li').count(), 5, 'the old build keeps running until asked');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/update-prompt.png` });

  await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Reload' }).click()]);
  await page.waitForSelector('.article-list li');
  assert.equal(await page.locator('.article-list li').count(), 2, 'after Reload the new build runs');
  await page.close();
});

test('article markup is shown as literal text: no script runs, no image is made', async () => {
  const server = await serve(XSS_DIST);
  const c = await context(server, { serviceWorkers: 'block' });
  const dialogs = [];
  c.context.on('page', (p) => p.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); }));
  const page = await c.open('/read/hostile', 'article.reader');
  const text = await page.textContent('article.reader');
  assert.ok(text.includes('<script>alert(1)</script>'), 'the <script> markup is not shown literally');
  assert.ok(text.includes('<img src=x onerror=alert(1)>'), 'the <img onerror> markup is not shown literally');
  assert.equal(await page.locator('#main img, #main script, #main b, #main a[href^="javascript"]').count(), 0);

  const search = await c.open('/search?q=onerror', '.result');
  assert.ok((await search.locator('.result').allTextContents()).some((t) => t.includes('<img src=x onerror=alert(1)>')));
  assert.equal(await search.locator('#main img').count(), 0);
  for (const route of ['/timeline', '/claims']) {
    const p = await c.open(route, '.story-title');
    assert.equal(await p.locator('#main img, #main script').count(), 0, route);
    await p.close();
  }
  await page.waitForTimeout(300);
  assert.deepEqual(dialogs, [], 'a dialog fired: article markup ran as script');
  await page.close();
  await search.close();
});

test('embed mode: compact chrome, a link to the full view, view= alias, embed=1 kept', async () => {
  const server = await serve(DIST);
  const c = await context(server, { serviceWorkers: 'block' });
  const page = await c.open('/claims?embed=1', '.claim');
  assert.equal(await page.locator('.site-header, nav').count(), 0, 'site header or navigation in embed mode');
  assert.equal(await page.locator('.share-open').count(), 0);
  const full = page.getByRole('link', { name: /Open full view/ });
  assert.equal(await full.getAttribute('href'), '/claims');
  assert.equal(await full.getAttribute('target'), '_blank');
  assert.match(await page.textContent('.embed-bar'), /Dossier/);
  assert.equal(await page.evaluate(() => document.documentElement.classList.contains('embed')), true);

  // A claim's link opens the sentence inside the frame, still in embed mode.
  await page.locator('.claim a.cite').first().click();
  await page.waitForSelector('.sentence.cited');
  await page.waitForFunction(() => new URLSearchParams(location.search).get('embed') === '1');
  assert.equal(await page.locator('.site-header').count(), 0);
  await page.close();

  const alias = await c.open('/?embed=1&view=search&q=convoy', '.result');
  await alias.waitForFunction(() => location.pathname === '/search');
  assert.equal(await alias.inputValue('#search-input'), 'convoy');
  assert.equal(new URL(alias.url()).searchParams.get('embed'), '1');
  await alias.close();
});

/** A host page server on its own origin: /demo.html, and /custom.html with any snippet. */
async function hostServer(appUrl, custom = '') {
  const demo = (await readFile(new URL('../embed/demo.html', import.meta.url), 'utf8'))
    .replaceAll('src="/embed/', `src="${appUrl}/embed/`);
  const pages = {
    '/demo.html': demo,
    '/custom.html': `<!doctype html><html lang="en"><title>Host</title><h1>Host</h1>${custom}<p>After.</p></html>`,
  };
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (path === '/favicon.ico') { res.writeHead(204).end(); return; }
    const body = pages[path];
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' }).end(body ?? 'not found');
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${server.address().port}`;
  const handle = { url, close: () => new Promise((ok) => server.close(ok)) };
  servers.push(handle);
  allowedOrigins.add(url);
  return handle;
}

/** Polls until the iframe's height on the host equals its document's height; returns it. */
async function settledHeight(page, frameSelector) {
  const frame = await (await page.$(frameSelector)).contentFrame();
  let last;
  for (let i = 0; i < 50; i++) {
    const inner = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    const outer = await page.$eval(frameSelector, (f) => Math.round(f.getBoundingClientRect().height));
    last = { inner, outer };
    if (Math.abs(inner - outer) <= 1) return outer;
    await page.waitForTimeout(100);
  }
  assert.fail(`the iframe never took its content's height: ${JSON.stringify(last)}`);
}

test('embed demo: a host page of another origin embeds two views whose heights follow their content', async () => {
  const app = await serve(DIST);
  const host = await hostServer(app.url);
  const c = await context(host, { serviceWorkers: 'block' });
  const page = await c.open('/demo.html', 'iframe.dossier-embed');
  const frames = page.locator('iframe.dossier-embed');
  assert.equal(await frames.count(), 2);
  assert.equal(await frames.nth(0).getAttribute('title'), 'Dossier timeline of the story');
  assert.equal(new URL(await frames.nth(0).getAttribute('src')).href, `${app.url}/timeline?embed=1`);
  assert.equal(new URL(await frames.nth(1).getAttribute('src')).href, `${app.url}/claims?embed=1`);
  const timeline = page.frameLocator('iframe.dossier-embed >> nth=0');
  const claims = page.frameLocator('iframe.dossier-embed >> nth=1');
  await timeline.locator('.event').first().waitFor();
  await claims.locator('.claim').first().waitFor();

  const timelineHeight = await settledHeight(page, 'iframe.dossier-embed >> nth=0');
  const claimsHeight = await settledHeight(page, 'iframe.dossier-embed >> nth=1');
  assert.ok(timelineHeight > 480, `timeline frame still at its initial height: ${timelineHeight}`);
  assert.ok(claimsHeight > 300, `claims frame still at its initial height: ${claimsHeight}`);
  if (SHOTS) {
    await page.screenshot({ path: `${SHOTS}/embed-demo.png` });
    await page.locator('iframe.dossier-embed').nth(1).evaluate((f) => f.scrollIntoView());
    await page.evaluate(() => scrollBy(0, -160));
    await page.screenshot({ path: `${SHOTS}/embed-demo-claims.png` });
  }

  // Navigating inside a frame to a page of another length resizes that frame.
  await claims.locator('.claim a.cite').first().click();
  await claims.locator('.sentence.cited').waitFor();
  const readerHeight = await settledHeight(page, 'iframe.dossier-embed >> nth=1');
  assert.notEqual(readerHeight, claimsHeight, 'the frame kept its old height after its content changed');
  await page.close();
});

test('Embed / Share dialog: labelled, traps focus, closes on Escape, and its snippet embeds the view', async () => {
  const server = await serve(DIST);
  const c = await context(server, { serviceWorkers: 'block' });
  const page = await c.open('/search?q=convoy', '.result');
  const opener = page.getByRole('button', { name: 'Embed / Share' });
  await opener.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Embed or share this view' });
  await dialog.waitFor();
  const inDialog = () => page.evaluate(() => !!document.activeElement?.closest('dialog[open]'));
  assert.ok(await inDialog(), 'focus did not move into the dialog');
  assert.equal(await dialog.getByLabel('Link to this view').inputValue(), `${server.url}/search?q=convoy`);
  const snippet = await dialog.getByLabel(/Embed snippet/).inputValue();
  assert.equal(snippet, `<script src="${server.url}/embed/dossier-embed.js" data-view="search" data-query="q=convoy" async></script>`);
  assert.equal(await dialog.getByLabel(/iframe/).inputValue(), `${server.url}/search?q=convoy&embed=1`);

  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    assert.ok(await inDialog(), `Tab #${i + 1} left the dialog`);
  }
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Shift+Tab');
    assert.ok(await inDialog(), `Shift+Tab #${i + 1} left the dialog`);
  }
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/share-dialog.png` });
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  assert.equal(await page.evaluate(() => document.activeElement?.className), 'share-open', 'focus did not return to the button');
  await page.close();

  // The snippet, pasted into a page of another origin, shows the same search.
  const host = await hostServer(server.url, snippet);
  const hc = await context(host, { serviceWorkers: 'block' });
  const hostPage = await hc.open('/custom.html', 'iframe.dossier-embed');
  const frame = hostPage.frameLocator('iframe.dossier-embed');
  await frame.locator('.result').first().waitFor();
  assert.equal(await frame.locator('#search-input').inputValue(), 'convoy');
  assert.equal(await hostPage.locator('iframe.dossier-embed').getAttribute('title'), 'Dossier: search');
  await hostPage.close();
});
