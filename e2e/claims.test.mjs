//! Guards the Claims view and the speaker pages in headless Chromium with the seed corpus:
//! the comparison table has one row per matter and one column per source, filters narrow it and
//! live in the URL (surviving a reload), narrow screens get cards, speaker pages list a speaker's
//! statements by source and their links land on the cited sentence, and everything works with
//! the keyboard alone. Expected facts were read by hand from seeds/*.txt.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './browser.mjs';

const SOURCES = 5; // seeds/000 … seeds/004

const app = useApp();

/** The number of matters the status line announces ("4 matters compared across 5 sources …"). */
async function announcedMatters(page) {
  const status = await page.textContent('.claims [role=status]');
  const m = status.match(/^(\d+) (?:of \d+ )?matters?/);
  assert.ok(m, `status line without a matter count: ${status}`);
  return Number(m[1]);
}

test('the table has one row per matter and one column per source', async () => {
  const page = await app.open('/claims');
  const table = page.locator('table.matrix');
  await table.waitFor();
  assert.match(await table.locator('caption').textContent(), /one row each; one column per source/);
  // Matter + verdict + one column per source, each a scoped column header.
  assert.equal(await table.locator('thead th[scope=col]').count(), 2 + SOURCES);
  const rows = table.locator('tbody tr');
  const n = await rows.count();
  assert.ok(n >= 1, 'no matters');
  assert.equal(n, await announcedMatters(page));
  for (let i = 0; i < n; i++) {
    const row = rows.nth(i);
    assert.equal(await row.locator('th[scope=row]').count(), 1);
    assert.equal(await row.locator('td.cell').count(), SOURCES);
    // Every data cell names its column and row headers.
    for (const h of await row.locator('td').evaluateAll((tds) => tds.map((td) => td.getAttribute('headers')))) {
      assert.match(h, /^col-\S+ matter-\S+-h$/);
    }
    assert.match(await row.locator('.badge').textContent(), /Sources agree|Sources disagree|Mixed/);
    // A disagreeing matter marks at least one value as differing, in words.
    if (await row.evaluate((tr) => tr.classList.contains('verdict-disagree'))) {
      assert.ok(await row.locator('.differs-mark', { hasText: 'differs' }).count() >= 1);
    }
  }
  // Every claim of the table links to a sentence in the Reader.
  const cites = await table.locator('.entry a.cite').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.ok(cites.length >= 2);
  for (const href of cites) assert.match(href, /^\/read\/[^/?]+\?s=\d+#s-\d+$/);
  await page.close();
});

test('the verdict filter narrows rows, lives in the URL and survives a reload', async () => {
  const page = await app.open('/claims');
  await page.locator('table.matrix').waitFor();
  const disagreeing = await page.locator('table.matrix tbody tr.verdict-disagree').count();
  const agreeing = await page.locator('table.matrix tbody tr.verdict-agree').count();
  await page.selectOption('#filter-verdict', 'agree');
  await page.waitForFunction(() => new URLSearchParams(location.search).get('verdict') === 'agree');
  await page.waitForFunction((n) => document.querySelectorAll('table.matrix tbody tr').length === n, agreeing);
  assert.equal(await announcedMatters(page), agreeing);
  await page.selectOption('#filter-verdict', 'disagree');
  await page.waitForFunction(() => new URLSearchParams(location.search).get('verdict') === 'disagree');
  await page.waitForFunction((n) => document.querySelectorAll('table.matrix tbody tr').length === n, disagreeing);
  assert.equal(await page.locator('table.matrix tbody tr:not(.verdict-disagree)').count(), 0);

  await page.reload();
  await page.waitForSelector('.story-title');
  assert.equal(await page.inputValue('#filter-verdict'), 'disagree');
  assert.equal(await page.locator('table.matrix tbody tr').count(), disagreeing);
  assert.equal(await page.locator('table.matrix tbody tr:not(.verdict-disagree)').count(), 0);
  await page.close();
});

test('the speaker filter keeps only that speaker’s statements and survives a reload', async () => {
  const page = await app.open('/claims');
  const total = await page.locator('.all-claims .claim').count();
  await page.selectOption('#filter-speaker', 'John Kerry');
  await page.waitForFunction(() => new URLSearchParams(location.search).get('speaker') === 'John Kerry');
  await page.waitForFunction((n) => document.querySelectorAll('.all-claims .claim').length < n, total);
  const check = async () => {
    const speakers = await page.locator('.all-claims .claim .speaker a').allTextContents();
    assert.ok(speakers.length >= 2, `only ${speakers.length} statements by Kerry`);
    for (const s of speakers) assert.equal(s.trim(), 'John Kerry');
    // Seed 002: “Mr. Kerry said they had made “a little bit of progress” in brief talks.”
    assert.ok(await page.locator('.all-claims .claim', { hasText: 'a little bit of progress' }).count() >= 1);
    // Every remaining matter has a statement by Kerry.
    const rows = page.locator('table.matrix tbody tr');
    for (let i = 0; i < await rows.count(); i++) {
      assert.ok(await rows.nth(i).locator('.entry.matched .speaker', { hasText: 'John Kerry' }).count() >= 1);
    }
  };
  await check();
  await page.reload();
  await page.waitForSelector('.story-title');
  assert.equal(await page.inputValue('#filter-speaker'), 'John Kerry');
  await check();
  // Clearing restores everything.
  await page.click('text=Clear filters');
  await page.waitForFunction(() => location.search === '');
  assert.equal(await page.locator('.all-claims .claim').count(), total);
  await page.close();
});

test('narrow screens get one card per matter instead of the table', async () => {
  const page = await app.open('/claims');
  await page.locator('table.matrix').waitFor();
  const rows = await page.locator('table.matrix tbody tr').count();
  await page.setViewportSize({ width: 375, height: 800 });
  assert.equal(await page.locator('table.matrix').isVisible(), false);
  const cards = page.locator('.matter-card');
  assert.equal(await cards.count(), rows);
  assert.ok(await cards.first().isVisible());
  assert.ok(await cards.first().locator('.badge').isVisible());
  // Nothing overflows sideways.
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth));
  await page.close();
});

test('a speaker page lists statements by source and its links land on the cited sentence', async () => {
  const page = await app.open('/claims');
  const link = page.locator('.all-claims .claim .speaker a', { hasText: /^John Kerry$/ }).first();
  assert.equal(await link.getAttribute('href'), '/speaker/John%20Kerry');
  await link.click();
  await page.waitForSelector('#speaker-heading');
  assert.equal((await page.textContent('#speaker-heading')).trim(), 'John Kerry');
  // Seed 002 and seed 004 both quote Kerry, so at least two sources.
  const sources = await page.locator('.speaker-source h3').allTextContents();
  assert.ok(sources.some((t) => t.startsWith('Lavrov says US-Russian agreements on Syria must be saved')), sources.join(' | '));
  assert.ok(sources.some((t) => t.startsWith('New Aleppo bombing campaign')), sources.join(' | '));
  // Seed 004: Kerry says, “We can’t go out to the world and say we have an agreement when we don’t”.
  assert.ok(await page.locator('.claim', { hasText: 'go out to the world' }).count() >= 1);
  const progress = page.locator('.claim', { hasText: 'a little bit of progress' }).first();
  // Seed 002 was written on Friday 23 September 2016 and Kerry "met informally Friday with his
  // Russian counterpart … and told reporters": the statement says when it was made.
  assert.match(await progress.locator('.act').textContent(), /said 23 September 2016 \(“Friday”\)/);
  await progress.locator('a.cite').click();
  await page.waitForSelector('.sentence.cited');
  assert.match(page.url(), /\/read\/002_20a8f80ab59bacb5\?s=\d+#s-\d+$/);
  assert.match(await page.textContent('.sentence.cited'), /Kerry (said they had made|met informally .* yielded) “a little bit of progress”/);
  await page.close();
});

test('a speaker name with a curly apostrophe survives the URL and a reload', async () => {
  const page = await app.open('/speaker/Stephen%20O%E2%80%99Brien');
  assert.equal((await page.textContent('#speaker-heading')).trim(), 'Stephen O’Brien');
  // Seed 000: “The health system is on the verge of total collapse …,” he said (O’Brien).
  assert.ok(await page.locator('.claim', { hasText: 'verge of total collapse' }).count() >= 1);
  await page.close();
  const unknown = await app.open('/speaker/Nobody%20At%20All');
  assert.match(await unknown.textContent('.speaker-page'), /No statements by this speaker/);
  await unknown.close();
});

test('keyboard only: Tab reaches the filters and links, Enter follows them', async () => {
  const page = await app.open('/claims');
  await page.locator('table.matrix').waitFor();
  const focused = () => page.evaluate(() => {
    const el = document.activeElement;
    return { id: el.id, tag: el.tagName, cls: el.className, text: el.textContent.trim(), href: el.getAttribute('href') };
  });
  const tabUntil = async (pred, max = 80) => {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press('Tab');
      const f = await focused();
      if (pred(f)) return f;
    }
    assert.fail('Tab never reached the target');
  };
  await tabUntil((f) => f.id === 'filter-speaker');
  await tabUntil((f) => f.id === 'filter-verdict');
  // Arrow keys choose an option of the focused select: the first after "Any verdict" is agree.
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => new URLSearchParams(location.search).get('verdict') === 'agree');
  assert.equal((await focused()).id, 'filter-verdict', 'focus left the filter when the URL changed');
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => new URLSearchParams(location.search).get('verdict') === 'disagree');
  // Back up to agree (the seeds may have no disagreeing matter) so the table has speaker links.
  await page.keyboard.press('ArrowUp');
  await page.waitForFunction(() => new URLSearchParams(location.search).get('verdict') === 'agree');
  // On to a speaker link in the table, and Enter opens the speaker page.
  const speaker = await tabUntil((f) => f.tag === 'A' && f.cls.includes('speaker') && f.href.startsWith('/speaker/'));
  await page.keyboard.press('Enter');
  await page.waitForFunction((h) => location.pathname === h, speaker.href);
  await page.waitForSelector('#speaker-heading');
  // Then to a sentence link, and Enter lands on the cited sentence.
  const cite = await tabUntil((f) => f.tag === 'A' && f.cls.includes('cite'));
  await page.keyboard.press('Enter');
  await page.waitForSelector('.sentence.cited');
  const s = new URL(cite.href, app.url).searchParams.get('s');
  assert.equal(await page.getAttribute('.sentence.cited', 'id'), `s-${s}`);
  await page.close();
});
