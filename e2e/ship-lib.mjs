// Shared set-up for the shipping tests (ship, a11y, budget): a browser context with options
// (service workers allowed or blocked, colour scheme, viewport), a record of every request
// (pages and service workers) and of page errors, and the second build with a hostile corpus.
import { chromium } from 'playwright-core';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { startServer } from './server.mjs';

export const ROOT = new URL('..', import.meta.url).pathname;
export const DIST = ROOT + 'dist';
/** The build with e2e/fixtures/xss as its corpus (made by scripts/test.sh, or here if missing). */
export const XSS_DIST = ROOT + 'target/xss-dist';
export const XSS_FIXTURE = ROOT + 'e2e/fixtures/xss';

const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage'];

export const launchBrowser = () =>
  chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: FLAGS });

export { startServer };

/**
 * A fresh context (its own service workers and caches) on `server`. Returns helpers:
 * `open(path, selector)` opens a page and waits for `selector` (default: the app is mounted),
 * `requests` (every URL asked for, by pages and service workers) and `errors`.
 */
export async function newContext(browser, server, options = {}) {
  const context = await browser.newContext(options);
  const requests = [];
  const errors = [];
  context.on('request', (r) => requests.push(r.url()));
  context.on('weberror', (e) => errors.push(String(e.error())));
  const open = async (path, selector = '#main') => {
    const page = await context.newPage();
    page.on('console', (m) => { if (m.type() === 'error') errors.push(`${path}: ${m.text()}`); });
    await page.goto(server.url + path);
    await page.waitForSelector(selector);
    return page;
  };
  return { context, requests, errors, open, url: server.url };
}

/** Waits until a service worker controls the page and has finished installing its precache. */
export async function untilControlled(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }));
    }
  });
}

/** Builds the hostile-corpus app into target/xss-dist when it is not there yet. */
export function ensureXssDist() {
  if (existsSync(XSS_DIST + '/index.html')) return;
  const built = spawnSync('trunk', ['build', '--release', '--dist', XSS_DIST], {
    cwd: ROOT, stdio: 'inherit',
    env: { ...process.env, DOSSIER_CORPUS: XSS_FIXTURE, CARGO_TARGET_DIR: ROOT + 'target/xss' },
  });
  if (built.status !== 0) throw new Error('the build with the hostile corpus failed');
}

/** A route of every kind with real ids, read from the seed app's own pages. */
export async function sampleRoutes(open) {
  const claims = await open('/claims', '.claim');
  const speaker = (await claims.locator('.claim .speaker').first().textContent()).trim();
  await claims.close();
  const timeline = await open('/timeline', '.event');
  const event = await timeline.locator('.event .permalink').first().getAttribute('href');
  await timeline.close();
  return {
    timeline: '/timeline',
    event,
    claims: '/claims',
    speaker: `/speaker/${encodeURIComponent(speaker)}`,
    search: '/search?q=convoy',
    reader: '/read/002_20a8f80ab59bacb5?s=1',
    articles: '/read',
    embed: '/claims?embed=1',
  };
}
