// Chrome trace helpers for the frame-time benchmark (TRACE=1 node bench/timeline/frames.mjs …):
// records a DevTools timeline trace of each phase through the page's CDP session and sums the
// renderer main thread's self time by event kind (script, style recalculation, layout, paint …),
// so a slow phase says where its frames go. A profiling aid, not a test.
import { writeFile } from 'node:fs/promises';

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing',
  'v8.execute', 'disabled-by-default-v8.gc'];

/** Starts tracing; resolves to `stop()`, which resolves to the trace events. */
export async function startTrace(cdp) {
  const events = [];
  const onData = ({ value }) => events.push(...value);
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', { categories: CATEGORIES.join(','), transferMode: 'ReportEvents' });
  return async () => {
    const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
    await cdp.send('Tracing.end');
    await done;
    cdp.off('Tracing.dataCollected', onData);
    return events;
  };
}

/** Self time (ms) per event name on the renderer main thread, and per-kind details. */
export function summarize(events) {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) return { total: 0, byName: [] };
  const xs = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && typeof e.dur === 'number')
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  const counts = new Map();
  const stack = [];
  const add = (name, t) => self.set(name, (self.get(name) ?? 0) + t);
  for (const e of xs) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) add(parent.name, -Math.min(e.dur, parent.ts + parent.dur - e.ts));
    add(e.name, e.dur);
    counts.set(e.name, (counts.get(e.name) ?? 0) + 1);
    stack.push(e);
  }
  const styleElements = xs.filter((e) => e.name === 'UpdateLayoutTree')
    .map((e) => e.args?.elementCount ?? e.args?.data?.elementCount ?? 0);
  const layoutObjects = xs.filter((e) => e.name === 'Layout').map((e) => e.args?.beginData?.dirtyObjects ?? 0);
  const byName = [...self].map(([name, us]) => ({ name, ms: us / 1000, n: counts.get(name) }))
    .filter((r) => r.ms >= 1).sort((a, b) => b.ms - a.ms);
  const max = (ys) => (ys.length ? Math.max(...ys) : 0);
  // Software rasterisation runs on worker threads: the other place where frames go.
  const raster = events.filter((e) => e.name === 'RasterTask' && e.ph === 'X' && typeof e.dur === 'number')
    .reduce((a, e) => a + e.dur / 1000, 0);
  return {
    raster,
    total: byName.reduce((a, r) => a + r.ms, 0),
    byName,
    styleRecalcs: styleElements.length,
    maxStyleElements: max(styleElements),
    layouts: layoutObjects.length,
    maxLayoutDirty: max(layoutObjects),
  };
}

/** Prints a summary and writes the raw trace (loadable in DevTools) to `file`. */
export async function report(name, events, file) {
  await writeFile(file, JSON.stringify({ traceEvents: events }));
  const s = summarize(events);
  console.log(`trace ${name}: main-thread busy ${s.total.toFixed(0)} ms, raster workers ${s.raster.toFixed(0)} ms; style recalcs ${s.styleRecalcs} (max ${s.maxStyleElements} elements), layouts ${s.layouts} (max ${s.maxLayoutDirty} dirty objects); ${file}`);
  for (const r of s.byName.slice(0, 14)) console.log(`  ${r.name.padEnd(28)} ${r.ms.toFixed(1).padStart(8)} ms  ×${r.n}`);
}
