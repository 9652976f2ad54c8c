// Frame-time benchmark of the Timeline view: serves a built app (DIST, default dist/), opens
// /timeline in headless Chromium at 1280×800, and for a few seconds zooms and pans the axis
// programmatically with one synthetic input every 16 ms, like a 60 Hz wheel or mouse (wheel zoom
// out from days to decades and back in, then drag-panning back and forth), while recording
// requestAnimationFrame deltas.
// Prints the event and mark counts, then median, p95 and max frame time and the frames over
// 16.7 ms and 33.3 ms, as text and as one JSON line. A benchmark, not a test: nothing asserts.
// With TRACE=1 it also records a DevTools trace of each phase and prints where the main thread's
// time went (bench/timeline/trace.mjs); tracing slows the frames, so its frame times do not count.
// Usage: [TRACE=1] node bench/timeline/frames.mjs [DIST] [SECONDS_PER_PHASE] [QUERY]
import { chromium } from 'playwright-core';
import { resolve } from 'node:path';
import { startServer } from '../../e2e/server.mjs';
import { report, startTrace } from './trace.mjs';

const dist = resolve(process.argv[2] ?? 'dist');
const phaseSeconds = Number(process.argv[3] ?? 2);
// Extra URL parameters, e.g. `lane=actor` (a dozen dense lanes instead of one per source).
const query = process.argv[4] ? `?${process.argv[4]}` : '';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage'];

const server = await startServer(dist);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: FLAGS });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const t0 = Date.now();
  // Start at day zoom in the middle of the data.
  await page.goto(`${server.url}/timeline${query}`);
  await page.waitForSelector('.tl-item');
  const loadMs = Date.now() - t0;
  const events = await page.locator('.event').count();
  // TRACE=1: a DevTools timeline trace of each phase, summarised by where the main thread went.
  if (process.env.TRACE) {
    const cdp = await page.context().newCDPSession(page);
    const names = ['zoom-out', 'zoom-in', 'drag-pan'];
    let stop = null;
    await page.exposeFunction('__beforePhase', async () => { stop = await startTrace(cdp); });
    await page.exposeFunction('__afterPhase', async (i) => {
      const trace = await stop();
      await report(names[i], trace, resolve(dist, '..', `trace-${names[i]}.json`));
    });
  }

  const result = await page.evaluate(async (phaseMs) => {
    const viewport = document.querySelector('.tl-viewport');
    const rect = viewport.getBoundingClientRect();
    const y = rect.top + 80;
    const frames = [];
    const marks = [];
    let last = performance.now();
    const nextFrame = () => new Promise((ok) => requestAnimationFrame(ok));
    const wheel = (deltaY, x) => viewport.dispatchEvent(new WheelEvent('wheel', {
      deltaY, deltaMode: 0, clientX: x, clientY: y, bubbles: true, cancelable: true }));
    const pointer = (type, x) => viewport.dispatchEvent(new PointerEvent(type, {
      pointerId: 1, pointerType: 'mouse', button: 0, buttons: type === 'pointerup' ? 0 : 1,
      clientX: x, clientY: y, bubbles: true, cancelable: true }));
    // Input arrives like a 60 Hz device (every 16 ms, whatever the frame rate); frames are
    // timed separately with requestAnimationFrame.
    const phases = [];
    const run = (ms, step) => new Promise(async (done) => {
      if (window.__beforePhase) await window.__beforePhase(phases.length);
      phases.push(frames.length);
      const end = performance.now() + ms;
      let i = 0;
      const input = setInterval(() => step(i++), 16);
      const frame = (now) => {
        frames.push(now - last);
        last = now;
        marks.push(document.querySelectorAll('.tl-item').length);
        if (now < end) requestAnimationFrame(frame);
        else {
          clearInterval(input);
          (window.__afterPhase ? window.__afterPhase(phases.length - 1) : Promise.resolve()).then(done);
        }
      };
      requestAnimationFrame(frame);
    });
    // Zoom in to days around the middle first (not measured).
    for (let i = 0; i < 40; i++) { wheel(-120, rect.left + rect.width / 2); await nextFrame(); }
    await new Promise((ok) => setTimeout(ok, 400));
    last = await nextFrame();
    // 1. Zoom out to decades, 2. zoom back in, 3. drag-pan back and forth.
    const levels = [document.querySelector('.tl-level').textContent];
    await run(phaseMs, (i) => wheel(40, rect.left + rect.width * (0.3 + 0.4 * Math.sin(i / 20) ** 2)));
    levels.push(document.querySelector('.tl-level').textContent, location.search);
    await run(phaseMs, (i) => wheel(-40, rect.left + rect.width * 0.5));
    levels.push(document.querySelector('.tl-level').textContent, location.search);
    let x = rect.left + rect.width / 2;
    pointer('pointerdown', x);
    await run(phaseMs, (i) => { x += (Math.floor(i / 45) % 2 ? -14 : 14); pointer('pointermove', x); });
    pointer('pointerup', x);
    await new Promise((ok) => setTimeout(ok, 400));
    return { frames, phases, maxMarks: Math.max(...marks), finalMarks: document.querySelectorAll('.tl-item').length,
      levels };
  }, phaseSeconds * 1000);

  const stats = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    const at = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
    return `${s.length} frames, median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, max ${s.at(-1).toFixed(1)} ms, >16.7 ms: ${s.filter((f) => f > 16.7).length}, >33.3 ms: ${s.filter((f) => f > 33.3).length}`;
  };
  const [p1, p2, p3] = result.phases;
  const phaseLines = [['zoom out', result.frames.slice(p1, p2)], ['zoom in', result.frames.slice(p2, p3)],
    ['drag pan', result.frames.slice(p3)]].map(([name, xs]) => `  ${name}: ${stats(xs)}`);
  const sorted = [...result.frames].sort((a, b) => a - b);
  const q = (p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
  const summary = {
    events,
    maxMarksDrawn: result.maxMarks,
    frames: sorted.length,
    seconds: +(result.frames.reduce((a, b) => a + b, 0) / 1000).toFixed(2),
    medianMs: +q(0.5).toFixed(2),
    p95Ms: +q(0.95).toFixed(2),
    maxMs: +sorted.at(-1).toFixed(2),
    over16_7: sorted.filter((f) => f > 16.7).length,
    over33_3: sorted.filter((f) => f > 33.3).length,
    firstLoadMs: loadMs,
  };
  console.log(`events: ${summary.events}, most marks drawn at once: ${summary.maxMarksDrawn}, first load ${loadMs} ms`);
  console.log(`frames: ${summary.frames} in ${summary.seconds} s; median ${summary.medianMs} ms, p95 ${summary.p95Ms} ms, max ${summary.maxMs} ms`);
  console.log(`frames over 16.7 ms: ${summary.over16_7}; over 33.3 ms: ${summary.over33_3}`);
  console.log(phaseLines.join('\n'));
  console.log('zoom levels at the start and after each zoom phase:', result.levels.join(' | '));
  console.log(JSON.stringify(summary));
} finally {
  await browser.close();
  await server.close();
}
