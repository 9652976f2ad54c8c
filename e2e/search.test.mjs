//! Guards the search page in headless Chromium: typo tolerance, phrases, filters, highlights,
//! the query in the URL, and keyboard use (`/` to focus, ↓/↑ through results, Enter to open).
//! Expected facts were read by hand from seeds/*.txt: "convoy" occurs in seeds 001 (once),
//! 002 (twice) and 004 (three times, one of them "aid convoys"); "aid convoy" as a phrase in
//! 001, 002 (twice) and 004 (three times counting "aid convoys" — a stem match).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './browser.mjs';

const app = useApp();

const docsOf = (page) => page.locator('.result .snippet').evaluateAll(
  (links) => [...new Set(links.map((a) => new URL(a.href).pathname.split('/')[2]))].sort());

test('a one-letter typo still finds the word, highlighted as written', async () => {
  const page = await app.open('/search?q=convoi');
  await page.locator('.result .snippet').first().waitFor();
  assert.deepEqual(await docsOf(page), ['001_e053257e684b6797', '002_20a8f80ab59bacb5', '004_3111386e660063be']);
  const marked = await page.locator('.result .snippet mark').allTextContents();
  assert.ok(marked.length > 0 && marked.every((m) => /^convoys?$/i.test(m)), `highlights: ${marked}`);
  await page.close();
});

test('a phrase matches the words in order, and a source filter keeps one article', async () => {
  const page = await app.open('/search?q=' + encodeURIComponent('"aid convoy" source:004'));
  await page.locator('.result .snippet').first().waitFor();
  assert.deepEqual(await docsOf(page), ['004_3111386e660063be']);
  for (const t of await page.locator('.result .snippet').allTextContents()) assert.match(t, /aid convoys?/i);
  await page.close();
});

test('an excluded word leaves out the articles that contain it', async () => {
  // "Urum" (al-Kubra) occurs only in seed 004, one of the three convoy articles.
  const page = await app.open('/search?q=' + encodeURIComponent('convoy -Urum'));
  await page.locator('.result .snippet').first().waitFor();
  assert.deepEqual(await docsOf(page), ['001_e053257e684b6797', '002_20a8f80ab59bacb5']);
  await page.close();
});

test('keyboard only: / focuses the box, ↓ walks the results, Enter opens the sentence', async () => {
  const page = await app.open('/timeline');
  await page.keyboard.press('/');
  await page.waitForFunction(() => document.activeElement?.id === 'search-input');
  await page.keyboard.type('convoy');
  await page.waitForFunction(() => location.search === '?q=convoy');
  await page.locator('#search-results a.hit').first().waitFor();
  await page.keyboard.press('ArrowDown');
  const first = await page.evaluate(() => document.activeElement.textContent);
  await page.keyboard.press('ArrowDown');
  const second = await page.evaluate(() => document.activeElement.textContent);
  assert.notEqual(first, second);
  await page.keyboard.press('ArrowUp');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), first);
  await page.keyboard.press('Enter');
  await page.waitForSelector('.sentence.cited');
  assert.equal((await page.textContent('.sentence.cited')).trim(), first.trim().replace(/\s+/g, ' '));
  await page.close();
});

test('the syntax help is on the page', async () => {
  const page = await app.open('/search');
  await page.click('.search-help summary');
  assert.match(await page.textContent('.search-help pre'), /speaker:/);
  await page.close();
});
