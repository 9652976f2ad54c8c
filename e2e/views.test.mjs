//! Guards every view of the app in headless Chromium with the seed corpus embedded: each view
//! shows real content from the model, deep links survive a reload, results lead to the cited
//! sentence, and the app never requests anything outside its own origin.
//! Expected facts were read by hand from seeds/*.txt.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './browser.mjs';

const app = useApp();

test('header names the story and lists its five sources', async () => {
  const page = await app.open('/');
  assert.ok((await page.textContent('.story-title')).trim().length > 0);
  assert.equal((await page.textContent('.sources summary')).trim(), '5 sources');
  assert.equal(await page.locator('.sources li').count(), 5);
  await page.close();
});

test('timeline lists dated events in date order, with a September 9 meeting', async () => {
  const page = await app.open('/timeline');
  const dates = await page.locator('.event time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')));
  assert.ok(dates.length >= 5, `only ${dates.length} events`);
  // datetime may be a week ("2016-W39"), which does not sort as text: order by first day.
  const starts = await page.locator('.event').evaluateAll((els) => els.map((e) => e.dataset.start));
  assert.deepEqual(starts, [...starts].sort(), 'events are not in date order');
  // Seed 004: "On September 9, Kerry and Lavrov met in Geneva" (year from the story).
  assert.ok(dates.includes('2016-09-09'), `no 2016-09-09 event in ${dates}`);
  await page.close();
});

test('an event deep link selects that event after a fresh load', async () => {
  const page = await app.open('/timeline');
  const href = await page.locator('.event .permalink').nth(2).getAttribute('href');
  const id = new URL(href, app.url).searchParams.get('event');
  await page.close();
  const linked = await app.open(href);
  const selected = linked.locator('.event.selected');
  assert.equal(await selected.count(), 1);
  assert.equal(await selected.getAttribute('id'), `event-${id}`);
  await linked.close();
});

test('claims view shows attributed quotes linked to their sentence', async () => {
  const page = await app.open('/claims');
  const claim = page.locator('.claim', { hasText: 'a little bit of progress' }).first();
  assert.ok(await claim.count() > 0, 'the “a little bit of progress” quote (seed 002) is missing');
  assert.ok((await claim.locator('.speaker').textContent()).trim().length > 0);
  await claim.locator('a.cite').click();
  await page.waitForSelector('.sentence.cited');
  assert.match(await page.textContent('.sentence.cited'), /a little bit of progress/);
  await page.close();
});

test('search finds sentences, keeps the query in the URL and opens the cited sentence', async () => {
  const page = await app.open('/search');
  await page.fill('#search-input', 'convoy');
  await page.waitForFunction(() => location.search === '?q=convoy');
  const snippets = page.locator('.result .snippet');
  await snippets.first().waitFor();
  const texts = await snippets.allTextContents();
  assert.ok(texts.length >= 3, `only ${texts.length} snippets for convoy`);
  for (const t of texts) assert.match(t, /convoy/i);
  const marked = await page.locator('.result .snippet mark').allTextContents();
  assert.ok(marked.length >= 3 && marked.every((m) => /^convoys?$/i.test(m)), `highlights: ${marked}`);
  await page.close();

  const linked = await app.open('/search?q=convoy');
  await linked.locator('.result').first().waitFor();
  assert.equal(await linked.inputValue('#search-input'), 'convoy');
  await linked.locator('.result a.snippet').first().click();
  await linked.waitForSelector('.sentence.cited');
  assert.match(await linked.textContent('.sentence.cited'), /convoy/i);
  await linked.close();
});

test('reader shows the cleaned article without page furniture and highlights ?s=', async () => {
  const page = await app.open('/read/002_20a8f80ab59bacb5?s=1');
  assert.equal((await page.textContent('#article-title')).trim(), 'Lavrov says US-Russian agreements on Syria must be saved');
  const body = await page.textContent('article.reader');
  assert.doesNotMatch(body, /Advertisement/);
  assert.doesNotMatch(body, /\bShare\b/);
  assert.match(await page.textContent('.sentence.cited'), /^The Syrian Observatory for Human Rights/);
  await page.close();
});

test('articles index links every document and unknown pages say so', async () => {
  const page = await app.open('/read');
  assert.equal(await page.locator('.article-list li').count(), 5);
  await page.close();
  const missing = await app.open('/no/such/page');
  assert.match(await missing.textContent('main'), /Page not found/);
  await missing.close();
});
