//! Guards accessibility: axe-core (npm, served from the app's own origin so the CSP allows it)
//! finds no violation on any view — timeline, an event deep link, claims, a speaker page, search
//! with a query, the reader at a cited sentence, the articles index, embed mode and the open
//! Embed / Share dialog — in the light and the dark theme; a keyboard-only walk (skip link,
//! header navigation, search, results, articles) with a visible focus ring at every stop;
//! prefers-reduced-motion stops every animation and transition; the dark theme follows
//! prefers-color-scheme; and nothing scrolls sideways at 360 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DIST, ROOT, launchBrowser, newContext, sampleRoutes, startServer } from './ship-lib.mjs';

const AXE = ROOT + 'node_modules/axe-core/axe.min.js';
let browser;
let server;
let routes;
const contexts = [];
const report = [];

async function context(options = {}) {
  // Service workers off: every request goes through the route below, never through a cache.
  const c = await newContext(browser, server, { serviceWorkers: 'block', ...options });
  await c.context.route(`${server.url}/__axe.js`, (r) => r.fulfill({ path: AXE, contentType: 'text/javascript' }));
  contexts.push(c);
  return c;
}

before(async () => {
  server = await startServer(DIST);
  browser = await launchBrowser();
  const c = await context();
  routes = await sampleRoutes(c.open);
});
after(async () => {
  const errors = contexts.flatMap((c) => c.errors);
  const foreign = contexts.flatMap((c) => c.requests).filter((u) => !u.startsWith(server.url + '/'));
  await browser.close();
  await server.close();
  console.log('\naxe-core results (violations / rules passed / needs review):');
  for (const r of report) console.log(`  ${r.view.padEnd(34)} ${r.scheme.padEnd(5)} ${r.violations} / ${r.passes} / ${r.incomplete}`);
  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, [], 'pages logged errors');
});

/** Runs axe on the page; returns readable violations and records the counts for the report. */
async function axe(page, view, scheme) {
  await page.addScriptTag({ url: `${server.url}/__axe.js` });
  const result = await page.evaluate(() => window.axe.run(document));
  report.push({ view, scheme, violations: result.violations.length, passes: result.passes.length, incomplete: result.incomplete.length });
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
}

const VIEWS = () => [
  ['timeline', routes.timeline, '.event'],
  ['timeline, event deep link', routes.event, '.event.selected'],
  ['claims', routes.claims, '.claim'],
  ['speaker page', routes.speaker, '#speaker-heading'],
  ['search ?q=convoy', routes.search, '.result'],
  ['reader ?s=1', routes.reader, '.sentence.cited'],
  ['articles', routes.articles, '.article-list li'],
  ['embed mode (claims)', routes.embed, '.claim'],
];

for (const scheme of ['light', 'dark']) {
  test(`axe-core: no violations on any view (${scheme})`, async () => {
    const c = await context({ colorScheme: scheme });
    const found = [];
    for (const [view, route, selector] of VIEWS()) {
      const page = await c.open(route, selector);
      found.push(...(await axe(page, view, scheme)).map((v) => `${view}: ${v}`));
      await page.close();
    }
    const page = await c.open(routes.search, '.result');
    await page.getByRole('button', { name: 'Embed / Share' }).click();
    await page.getByRole('dialog').waitFor();
    found.push(...(await axe(page, 'Embed / Share dialog', scheme)).map((v) => `dialog: ${v}`));
    await page.close();
    assert.deepEqual(found, []);
  });
}

/** What has focus, in words, and whether it shows a focus ring. */
const focused = (page) => page.evaluate(() => {
  const el = document.activeElement;
  const style = getComputedStyle(el);
  const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
  const rect = el.getBoundingClientRect();
  return {
    text: (el.getAttribute('aria-label') || el.textContent || el.id || el.tagName).trim().slice(0, 60),
    tag: el.tagName.toLowerCase(), id: el.id, ring,
    onScreen: rect.width > 0 && rect.height > 0 && rect.left >= 0 && rect.top >= 0 && rect.right <= innerWidth,
  };
});
const focusIn = (page, selector) => page.evaluate((s) => !!document.activeElement?.closest(s), selector);

/** Presses Tab until `want(focus)` holds (at most `limit` times); every stop must show a ring. */
async function tabTo(page, want, limit = 25) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    assert.ok(f.ring, `no visible focus ring on ${f.tag} “${f.text}”`);
    assert.ok(f.onScreen, `focused ${f.tag} “${f.text}” is off screen`);
    if (await want(f)) return f;
  }
  assert.fail('never reached the wanted element by Tab');
}

test('keyboard only: skip link, header navigation, search, a result, the articles', async () => {
  const c = await context();
  const page = await c.open(routes.timeline, '.event');

  // The skip link is the first stop, visible when focused, and moves focus to the content.
  const first = await tabTo(page, () => true, 1);
  assert.equal(first.text, 'Skip to content');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'main');

  // From the top: the sources, then the views in order, then the share button.
  await page.evaluate(() => document.activeElement.blur());
  await page.goto(server.url + routes.timeline);
  await page.waitForSelector('.event');
  const stops = [];
  await tabTo(page, (f) => { stops.push(f.text); return f.text === 'Embed / Share'; });
  assert.deepEqual(stops, ['Skip to content', '5 sources', 'Timeline', 'Claims', 'Search', 'Articles', 'Embed / Share']);

  // The sources open with the keyboard.
  await page.goto(server.url + routes.timeline);
  await page.waitForSelector('.event');
  await tabTo(page, (f) => f.text === '5 sources');
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('details.sources').evaluate((d) => d.open), true);

  // Search: reach the nav link, open it, type, and follow the first result to its sentence.
  await tabTo(page, (f) => f.text === 'Search');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/search/);
  await tabTo(page, (f) => f.id === 'search-input');
  await page.keyboard.type('convoy');
  await page.waitForSelector('.result');
  await tabTo(page, () => focusIn(page, '.result'));
  await page.keyboard.press('Enter');
  await page.waitForSelector('.sentence.cited');
  assert.match(await page.textContent('.sentence.cited'), /convoy/i);

  // Articles: from the navigation to the list to one article.
  await page.goto(server.url + routes.timeline);
  await page.waitForSelector('.event');
  await tabTo(page, (f) => f.text === 'Articles');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.article-list li');
  const link = await tabTo(page, () => focusIn(page, '.article-list'));
  await page.keyboard.press('Enter');
  await page.waitForSelector('article.reader');
  assert.ok((await page.textContent('#article-title')).trim().startsWith(link.text), `opened another article than ${link.text}`);
  await page.close();
});

test('prefers-reduced-motion: no animation or transition runs; without it the dialog animates', async () => {
  const moving = (page) => page.evaluate(() => [...document.querySelectorAll('*')]
    .filter((e) => {
      const s = getComputedStyle(e);
      const durations = (list) => list.split(',').some((d) => parseFloat(d) > 0);
      return (s.animationName !== 'none' && durations(s.animationDuration)) || durations(s.transitionDuration);
    })
    .map((e) => `${e.tagName.toLowerCase()}.${e.className}`));
  const c = await context();
  const page = await c.open(routes.search, '.result');
  await page.getByRole('button', { name: 'Embed / Share' }).click();
  await page.getByRole('dialog').waitFor();
  assert.ok((await moving(page)).includes('dialog.share-dialog'), 'the dialog should animate by default');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  assert.deepEqual(await moving(page), []);
  assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior), 'auto');
  await page.close();
});

test('prefers-color-scheme: a dark theme with light text, and a light one', async () => {
  const luminance = (page, selector, prop) => page.$eval(selector, (el, p) => {
    const [r, g, b] = getComputedStyle(el)[p].match(/\d+(\.\d+)?/g).map(Number);
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  }, prop);
  const c = await context();
  const page = await c.open(routes.claims, '.claim');
  await page.emulateMedia({ colorScheme: 'dark' });
  assert.ok(await luminance(page, 'body', 'backgroundColor') < 0.2, 'dark background');
  assert.ok(await luminance(page, 'body', 'color') > 0.8, 'light text');
  assert.ok(await luminance(page, '.claim', 'backgroundColor') < 0.2, 'dark cards');
  await page.emulateMedia({ colorScheme: 'light' });
  assert.ok(await luminance(page, 'body', 'backgroundColor') > 0.9, 'light background');
  assert.ok(await luminance(page, 'body', 'color') < 0.2, 'dark text');
  await page.close();
});

test('360 px wide: no view scrolls sideways', async () => {
  const c = await context({ viewport: { width: 360, height: 740 } });
  const wide = [];
  for (const [view, route, selector] of VIEWS()) {
    const page = await c.open(route, selector);
    const width = await page.evaluate(() => document.scrollingElement.scrollWidth);
    if (width > 360) wide.push(`${view}: ${width}px`);
    if (view === 'search ?q=convoy') {
      await page.getByRole('button', { name: 'Embed / Share' }).click();
      await page.getByRole('dialog').waitFor();
      const dialog = await page.evaluate(() => document.scrollingElement.scrollWidth);
      if (dialog > 360) wide.push(`share dialog: ${dialog}px`);
    }
    await page.close();
  }
  assert.deepEqual(wide, []);
});
