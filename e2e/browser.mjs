// Shared set-up for the browser tests: Debian's Chromium driven by playwright-core, and a record
// of every request so tests can assert the app never leaves its own origin.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';

const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage'];

/** Starts the server on dist/ and a headless browser; returns helpers and a `stop`. */
export async function launch() {
  const server = await startServer(new URL('../dist', import.meta.url).pathname);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: FLAGS });
  const context = await browser.newContext();
  const requests = [];
  const errors = [];
  context.on('request', (r) => requests.push(r.url()));
  context.on('weberror', (e) => errors.push(String(e.error())));
  const open = async (path) => {
    const page = await context.newPage();
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto(server.url + path);
    await page.waitForSelector('.story-title');
    return page;
  };
  const stop = async () => { await browser.close(); await server.close(); };
  return { url: server.url, open, requests, errors, stop };
}

/**
 * Registers the file's shared set-up: one app launched before its tests, and after them the checks
 * every browser test makes — no request left the origin, no page logged an error. Returns the
 * handle the tests use (`app.open`, `app.url`, …), filled in once the app has started.
 */
export function useApp() {
  const app = {};
  before(async () => { Object.assign(app, await launch()); });
  after(async () => {
    const foreign = app.requests.filter((u) => !u.startsWith(app.url));
    await app.stop();
    assert.deepEqual(foreign, [], 'the app requested something outside its own origin');
    assert.deepEqual(app.errors, [], 'the page logged errors');
  });
  return app;
}
