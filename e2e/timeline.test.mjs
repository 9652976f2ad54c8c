//! Guards the Timeline view in headless Chromium with the seed corpus embedded: zooming changes
//! the tick labels, the keyboard steps through events in date order, a deep link opens the
//! detail panel after a reload, the panel's Reader link lands on the cited sentence, filters
//! narrow the events and live in the URL, marks stay on their dates while zooming, and at 375 px
//! the list is the layout with links large enough to tap.
//! Expected facts were read by hand from seeds/*.txt:
//! - seed 004 ("New Aleppo bombing campaign…", written on Thursday 22 September 2016: "the UN on
//!   Thursday warned", the convoy strike "on Monday" of 19 September): "The conflict in
//!   Syria has cost more than 300,000 lives since 2011" (the earliest dated event), and, as its
//!   sentence 9 (index 8), "On September 9, Kerry and Lavrov met in Geneva…";
//! - seed 001 (live blog of 25 October 2016): "UPDATE 0825 GMT" is the latest dated statement;
//! - "convoy" is in the 9 September (004: "aid convoys") and 19 September (004: two sentences about
//!   the Monday strike; 001: "a UN aid convoy") sentences;
//! - seed 002 ("Lavrov says US-Russian agreements…") dates nothing in early September; it was
//!   written on Friday 23 September 2016 (Kerry "met informally Friday" with Lavrov after "the
//!   Thursday talks", which an opposition figure calls "yesterday's meeting"), so its Friday
//!   statements fall on 23 September.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './browser.mjs';

const SEED_002 = '002_20a8f80ab59bacb5';
const SEED_004 = '004_3111386e660063be';

const app = useApp();

/** The tick labels inside the visible part of the axis. */
const visibleTicks = (page) => page.evaluate(() => {
  const strip = document.querySelector('.tl-strip').getBoundingClientRect();
  return [...document.querySelectorAll('.tl-tick')]
    .filter((t) => { const r = t.getBoundingClientRect(); return r.left >= strip.left && r.left < strip.right; })
    .map((t) => t.textContent.trim());
});

/** The id of the list item whose <time> has this datetime (the first one). */
const eventIdAt = async (page, datetime) => {
  const id = await page.locator(`.event:has(time[datetime="${datetime}"])`).first().getAttribute('id');
  return id.replace(/^event-/, '');
};

test('zooming in and out changes the tick labels from years to days and back', async () => {
  const page = await app.open('/timeline?zoom=3650&at=2014-01-01');
  await page.waitForSelector('.tl-tick');
  const years = await visibleTicks(page);
  assert.ok(years.length >= 5, `ticks: ${years}`);
  for (const label of years) assert.match(label, /^\d{4}$/, `a year tick reads ${label}`);
  assert.ok(years.includes('2012') && years.includes('2016'), `years shown: ${years}`);

  // Zoom in on the middle of September 2016 with the keyboard until days are ticked.
  await page.goto(`${app.url}/timeline?zoom=300&at=2016-09-19`);
  await page.waitForSelector('.tl-tick');
  await page.focus('#tl-axis');
  for (let i = 0; i < 5; i++) await page.keyboard.press('+');
  await page.waitForFunction(() => /days/.test(document.querySelector('.tl-level').textContent));
  const days = await visibleTicks(page);
  assert.ok(days.length >= 3, `ticks: ${days}`);
  for (const label of days) assert.match(label, /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2}( [A-Z][a-z]{2})?$/, `a day tick reads ${label}`);
  assert.ok(days.includes('Mon 19'), `19 September 2016 was a Monday: ${days}`);
  assert.equal((await page.textContent('.tl-context')).trim(), 'September 2016');
  // The view lives in the URL.
  await page.waitForFunction(() => Number(new URLSearchParams(location.search).get('zoom')) < 10);

  // And back out with the button: months, then years.
  for (let i = 0; i < 8; i++) await page.click('.tl-zoom-out');
  await page.waitForFunction(() => /years|five-year/.test(document.querySelector('.tl-level').textContent));
  const out = await visibleTicks(page);
  for (const label of out) assert.match(label, /^\d{4}$/);
  await page.close();
});

test('marks sit at their dates on the day ticks, before and after zooming with the wheel', async () => {
  const page = await app.open('/timeline?zoom=12&at=2016-09-19');
  const id = await eventIdAt(page, '2016-09-19');
  const index = await page.getAttribute(`#event-${id} button.tl-show`, 'data-event');
  const mark = `.tl-item.point[data-event="${index}"]`;
  await page.waitForSelector(mark);
  // The 19 September mark is a point in the middle of its day: halfway between the "Mon 19"
  // and "Tue 20" ticks.
  const offBy = () => page.evaluate((sel) => {
    const left = (label) => [...document.querySelectorAll('.tl-tick')]
      .find((t) => t.textContent.trim().startsWith(label))?.getBoundingClientRect().left;
    const r = document.querySelector(sel).getBoundingClientRect();
    const [mon, tue] = [left('Mon 19'), left('Tue 20')];
    return { off: r.left + r.width / 2 - (mon + tue) / 2, day: tue - mon };
  }, mark);
  const before = await offBy();
  assert.ok(before.day > 50, `a day is ${before.day}px wide`);
  assert.ok(Math.abs(before.off) < 2, `the mark is ${before.off}px off the middle of its day`);
  // Zoom in with the wheel away from the centre: the layer is rescaled, the mark follows.
  const box = await page.locator('.tl-viewport').boundingBox();
  await page.mouse.move(box.x + box.width * 0.4, box.y + 60);
  for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -100);
  await page.waitForFunction(() => Number(new URLSearchParams(location.search).get('zoom')) < 7);
  const after = await offBy();
  assert.ok(after.day > before.day * 1.3, `a day went from ${before.day}px to ${after.day}px`);
  assert.ok(Math.abs(after.off) < 2, `after zooming the mark is ${after.off}px off the middle of its day`);
  await page.close();
});

test('the keyboard steps through events in date order and Enter opens the details', async () => {
  const page = await app.open('/timeline');
  const order = await page.locator('.event').evaluateAll((els) => els.map((e) => e.id.replace(/^event-/, '')));
  await page.focus('#tl-axis');
  await page.keyboard.press('Home');
  const selected = () => new URL(page.url()).searchParams.get('event');
  await page.waitForFunction((id) => new URLSearchParams(location.search).get('event') === id, order[0]);
  // The earliest event is "since 2011" in seed 004.
  assert.equal(await page.getAttribute(`#event-${order[0]} time`, 'datetime'), '2011');
  const seen = [selected()];
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press(i % 2 ? 'j' : 'ArrowRight');
    await page.waitForFunction((prev) => new URLSearchParams(location.search).get('event') !== prev, seen.at(-1));
    seen.push(selected());
  }
  assert.deepEqual(seen, order.slice(0, 5), 'steps follow the date order of the list');
  const starts = await Promise.all(seen.map((id) => page.getAttribute(`#event-${id}`, 'data-start')));
  assert.deepEqual(starts, [...starts].sort());
  await page.keyboard.press('k');
  await page.waitForFunction((id) => new URLSearchParams(location.search).get('event') === id, order[3]);
  // The screen-reader announcement names the event and its position.
  assert.match(await page.textContent('.tl-axis .tl-sr'), /Event 4 of \d+\./);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'tl-detail-heading');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !new URLSearchParams(location.search).has('event'));
  assert.equal(await page.locator('.tl-detail').count(), 0);
  await page.waitForFunction(() => document.activeElement?.id === 'tl-axis');
  // End: the latest dated statement, the 08:25 GMT update of seed 001 on 25 October 2016.
  await page.keyboard.press('End');
  await page.waitForFunction((id) => new URLSearchParams(location.search).get('event') === id, order.at(-1));
  assert.equal(await page.getAttribute(`#event-${order.at(-1)} time`, 'datetime'), '2016-10-25T08:25');
  await page.close();
});

test('a deep link opens the detail panel after a reload, and its Reader link lands on the sentence', async () => {
  const first = await app.open('/timeline');
  const id = await eventIdAt(first, '2016-09-09');
  await first.close();

  const page = await app.open(`/timeline?event=${id}`);
  await page.waitForSelector('.tl-detail');
  await page.reload();
  await page.waitForSelector('.tl-detail');
  assert.match(await page.textContent('#tl-detail-heading'), /Kerry and Lavrov met in Geneva/);
  assert.equal((await page.textContent('.tl-detail time')).trim(), '9 September 2016');
  assert.match(await page.textContent('.tl-detail .tl-sentence'), /^On September 9, Kerry and Lavrov met in Geneva/);
  assert.equal((await page.textContent('.tl-detail .tl-sentence mark')).trim(), 'September 9');
  assert.match(await page.textContent('.tl-detail .tl-source'), /New Aleppo bombing campaign signals end of Syria ceasefire/);
  // The event's mark on the axis and its list item are both selected.
  assert.equal(await page.locator('.tl-item.selected').count(), 1);
  assert.equal(await page.getAttribute('.event.selected', 'id'), `event-${id}`);

  await page.click('.tl-detail .tl-read');
  await page.waitForSelector('.sentence.cited');
  assert.equal(new URL(page.url()).pathname, `/read/${SEED_004}`);
  assert.equal(new URL(page.url()).searchParams.get('s'), '8');
  assert.match(await page.textContent('.sentence.cited'), /^On September 9, Kerry and Lavrov met in Geneva/);
  await page.close();
});

test('clicking a mark on the axis selects it', async () => {
  const page = await app.open('/timeline?zoom=40&at=2016-09-20');
  const mark = page.locator('.tl-item.point').first();
  await mark.waitFor();
  const index = await mark.getAttribute('data-event');
  await mark.click();
  await page.waitForSelector('.tl-detail');
  const id = new URL(page.url()).searchParams.get('event');
  assert.ok(id, 'the click put ?event= in the URL');
  assert.equal(await page.getAttribute('.event.selected', 'id'), `event-${id}`);
  assert.equal(await page.getAttribute('.tl-item.selected', 'data-event'), index);
  await page.close();
});

test('filters narrow the events and live in the URL', async () => {
  const page = await app.open('/timeline');
  const total = await page.locator('.event').count();

  await page.selectOption('#tl-src', SEED_002);
  await page.waitForFunction((src) => new URLSearchParams(location.search).get('src') === src, SEED_002);
  const fromSource = await page.locator('.event time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')));
  assert.ok(fromSource.length > 0 && fromSource.length < total, `${fromSource.length} of ${total}`);
  assert.ok(fromSource.includes('2016-09-23'), `seed 002 reports Friday 23 September: ${fromSource}`);
  assert.ok(!fromSource.includes('2016-09-09'), 'the 9 September meeting is in seed 004 only');
  for (const item of await page.locator('.event .mentions').allTextContents()) {
    assert.match(item, /Lavrov says US-Russian agreements on Syria must be saved/);
  }
  // Events merged across articles keep a mark in each reporting source's lane, so the filtered
  // source's lane is there, and no lane is left that has no mark.
  const lane002 = page.locator('.tl-lane-title', { hasText: 'Lavrov says US-Russian agreements on Syria must be saved' });
  assert.equal(await lane002.count(), 1, 'the lane of the filtered source is shown');

  await page.selectOption('#tl-src', '');
  await page.fill('#tl-q', 'convoy');
  await page.waitForFunction(() => new URLSearchParams(location.search).get('q') === 'convoy');
  const convoy = await page.locator('.event time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')));
  for (const d of ['2016-09-09', '2016-09-19']) assert.ok(convoy.includes(d), `${d} in ${convoy}`);
  assert.ok(convoy.length < total / 3, `${convoy.length} convoy events of ${total}`);
  assert.match(await page.textContent('.timeline .count'), new RegExp(`^${convoy.length} of ${total} dated events$`));

  // The filtered URL survives a reload.
  await page.reload();
  await page.waitForSelector('.event');
  assert.equal(await page.inputValue('#tl-q'), 'convoy');
  assert.equal(await page.locator('.event').count(), convoy.length);
  await page.click('.tl-clear');
  await page.waitForFunction(() => !new URLSearchParams(location.search).has('q'));
  assert.equal(await page.locator('.event').count(), total);

  // Lanes by actor: the toggle is in the URL too.
  await page.check('input[name=tl-lane][value=actor]');
  await page.waitForFunction(() => new URLSearchParams(location.search).get('lane') === 'actor');
  assert.ok(await page.locator('.tl-lane-title', { hasText: /^Aleppo$/ }).count() === 1);
  await page.close();
});

test('at 375 px wide the list is the layout and the details open from it', async () => {
  const page = await app.open('/timeline');
  await page.setViewportSize({ width: 375, height: 800 });
  assert.equal(await page.isVisible('.tl-axis'), false, 'the axis is hidden on a narrow screen');
  assert.equal(await page.isVisible('.event-list'), true);
  const first = page.locator('.event').first();
  await first.locator('button.tl-show').click();
  await page.waitForFunction(() => document.activeElement?.id === 'tl-detail-heading');
  assert.equal(await page.isVisible('.tl-detail'), true);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 375, `the page is ${width}px wide at 375px`);
  // Links are touch targets of at least 24 × 24 px (WCAG 2.5.8).
  const small = await page.locator('.tl-list .mentions a, .tl-list .permalink').evaluateAll((links) => links
    .map((a) => a.getBoundingClientRect()).filter((r) => r.width > 0 && (r.width < 24 || r.height < 24))
    .map((r) => `${r.width}×${r.height}`));
  assert.deepEqual(small, [], 'links smaller than 24 × 24 px');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.activeElement?.classList.contains('tl-show'));
  await page.close();
});
