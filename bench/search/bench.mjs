// In-browser search benchmark: our engine (Rust → wasm, `crates/search-bench-wasm`) against
// MiniSearch on the same corpus and the same queries, side by side in one run.
//
// Owns: loading both engines, timing queries, measuring index sizes, and rendering the result as
// a markdown table (into the page and `window.benchResult`). It does not build corpora (the
// native generator `gen-search-bench` does) and never tunes either engine.
//
// URL parameters: `corpus` (seeds | gen-<N>; default seeds), `reps` (timed runs per query and
// engine; default 200), `limit` (documents per query; default 10).
//
// How MiniSearch is configured, per query type (ours always runs the same code path: stems,
// typo tolerance by word length, prefix on the last word unless the query ends with a space):
// - "matched": the options that give MiniSearch the same matching features ours applies to every
//   query: AND of the words, fuzzy with our typo budget (1 edit from 5 letters, 2 from 9), prefix
//   on the last word unless the query ends with a space. This is the headline comparison.
// - "minimal": the least MiniSearch needs for the query type: plain = exact words, prefix =
//   prefix on the last word, typo = fuzzy by our budget, phrase = as below. Shown for reference.
// - phrase: MiniSearch has no phrase search. Emulated: AND of the phrase's words (exact), then
//   the candidates are kept only if their record's text contains the phrase (case-insensitive),
//   read from the records array held outside the index; the check is inside the timed region.
// Both engines count matching documents and return the best `limit`: MiniSearch's hits (one per
// title, sentence, claim, event label) are grouped by document inside the timed region.

import MiniSearch from './minisearch.js';
import init, * as ours from './pkg/dossier_search_bench_wasm.js';

const QUERIES = {
  seeds: {
    plain: ['aleppo hospitals ', 'convoy ', 'kerry lavrov '],
    prefix: ['humanit', 'convo', 'diplom'],
    typo: ['alepo ', 'goverment ', 'humanitarain '],
    phrase: ['"cessation of hostilities" ', '"united nations" ', '"red crescent" '],
  },
  generated: {
    plain: ['police said ', 'stock market ', 'election '],
    prefix: ['negoti', 'presid', 'econom'],
    typo: ['goverment ', 'recieved ', 'presidnet '],
    phrase: ['"prime minister" ', '"white house" ', '"stock market" '],
  },
};

const params = new URLSearchParams(location.search);
const CORPUS = params.get('corpus') ?? 'seeds';
const REPS = Number(params.get('reps') ?? 200);
const LIMIT = Number(params.get('limit') ?? 10);
const WARMUP = 5;

const status = (text) => { document.getElementById('status').textContent = text; };

/** Our typo budget (`dossier_model::search::typo_budget`), by letters in the word. */
const typoBudget = (word) => (word.length >= 9 ? 2 : word.length >= 5 ? 1 : 0);

const MS_OPTIONS = {
  idField: 'id',
  fields: ['title', 'text', 'speaker'],
  storeFields: ['doc'],
  searchOptions: { boost: { title: 3, speaker: 2 } },
};

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.round((sorted.length - 1) * p)];
}

async function gzipSize(bytes) {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('gzip'));
  return (await new Response(stream).arrayBuffer()).byteLength;
}

/** MiniSearch query for our query string `q`, in `mode` ('matched' | 'minimal'). */
function miniSearchQuery(ms, texts, kind, q, mode) {
  const phrase = q.match(/"([^"]+)"/);
  if (phrase) {
    const needle = phrase[1].toLowerCase();
    const hits = ms.search(phrase[1], { combineWith: 'AND' });
    return hits.filter((h) => texts[h.id]?.includes(needle));
  }
  const endsWord = /\s$/.test(q);
  const lastPrefix = (term, i, terms) => !endsWord && i === terms.length - 1;
  const fuzzy = (term) => typoBudget(term) || false;
  if (mode === 'matched') return ms.search(q, { combineWith: 'AND', prefix: lastPrefix, fuzzy });
  if (kind === 'prefix') return ms.search(q, { combineWith: 'AND', prefix: lastPrefix });
  if (kind === 'typo') return ms.search(q, { combineWith: 'AND', fuzzy });
  return ms.search(q, { combineWith: 'AND' });
}

/** Groups MiniSearch hits by document: total documents, and the best `limit` documents. */
function groupByDocument(hits, limit) {
  const seen = new Set();
  const top = [];
  for (const h of hits) {
    if (h.doc < 0 || seen.has(h.doc)) continue;
    seen.add(h.doc);
    if (top.length < limit) top.push(h.doc);
  }
  return { total: seen.size, top };
}

async function run() {
  const queries = CORPUS === 'seeds' ? QUERIES.seeds : QUERIES.generated;
  const result = { corpus: CORPUS, reps: REPS, limit: LIMIT, crossOriginIsolated, load: {}, size: {}, queries: [] };

  status('loading our engine…');
  let t = performance.now();
  await init();
  result.load.ours_wasm_init_ms = performance.now() - t;
  t = performance.now();
  const modelBytes = new Uint8Array(await (await fetch(`./data/${CORPUS}.model`)).arrayBuffer());
  result.load.ours_fetch_ms = performance.now() - t;
  t = performance.now();
  const articles = ours.load(modelBytes);
  result.load.ours_decode_ms = performance.now() - t;
  result.articles = articles;
  result.size.ours_model_bytes = modelBytes.byteLength;
  const index = ours.index_encoded();
  result.size.ours_index_bytes = index.byteLength;
  result.size.ours_index_gzip = await gzipSize(index);
  result.size.ours_model_gzip = await gzipSize(modelBytes);

  status('loading MiniSearch…');
  t = performance.now();
  const { docs, records } = await (await fetch(`./data/${CORPUS}.records.json`)).json();
  result.load.ms_fetch_parse_records_ms = performance.now() - t;
  t = performance.now();
  let ms = new MiniSearch(MS_OPTIONS);
  ms.addAll(records);
  result.load.ms_build_ms = performance.now() - t;
  const serialized = JSON.stringify(ms);
  const serializedBytes = new TextEncoder().encode(serialized);
  result.size.ms_index_bytes = serializedBytes.byteLength;
  result.size.ms_index_gzip = await gzipSize(serializedBytes);
  t = performance.now();
  ms = MiniSearch.loadJSON(serialized, MS_OPTIONS);
  result.load.ms_load_json_ms = performance.now() - t;
  result.records = records.length;
  const texts = records.map((r) => (r.text ?? r.title ?? '').toLowerCase());

  const cases = [];
  for (const [kind, list] of Object.entries(queries)) {
    for (const q of list) cases.push({ kind, q, ours: [], matched: [], minimal: [] });
  }
  const runOurs = (c) => ours.query(c.q, LIMIT);
  const runMs = (c, mode) => groupByDocument(miniSearchQuery(ms, texts, c.kind, c.q, mode), LIMIT);
  for (let rep = 0; rep < REPS + WARMUP; rep++) {
    if (rep % 10 === 0) status(`timing: run ${rep} of ${REPS + WARMUP}`);
    for (const c of cases) {
      let s = performance.now();
      runOurs(c);
      const a = performance.now() - s;
      s = performance.now();
      runMs(c, 'matched');
      const b = performance.now() - s;
      s = performance.now();
      runMs(c, 'minimal');
      const d = performance.now() - s;
      if (rep >= WARMUP) { c.ours.push(a); c.matched.push(b); c.minimal.push(d); }
    }
    // Let the page breathe between rounds so the timings are not one long task.
    if (rep % 20 === 19) await new Promise((ok) => setTimeout(ok, 0));
  }
  for (const c of cases) {
    const oursTop = ours.top_documents(c.q, LIMIT).split('\n').filter(Boolean);
    const matched = runMs(c, 'matched');
    const minimal = runMs(c, 'minimal');
    const msTop = matched.top.map((d) => docs[d]);
    c.overlap = msTop.filter((d) => oursTop.includes(d)).length;
    c.ours_docs = ours.query(c.q, LIMIT);
    c.matched_docs = matched.total;
    c.minimal_docs = minimal.total;
  }
  result.queries = cases;
  result.summary = summarize(cases);
  result.chunked = await runChunked(cases);
  result.markdown = markdown(result);
  document.getElementById('out').textContent = result.markdown;
  status('done');
  // Raw timings are large; keep the summary only.
  for (const c of cases) {
    for (const k of ['ours', 'matched', 'minimal']) {
      const s = [...c[k]].sort((x, y) => x - y);
      c[k] = { p50: percentile(s, 0.5), p95: percentile(s, 0.95) };
    }
  }
  return result;
}

/**
 * The chunked index (load on demand, as Pagefind does), when `split-search-index` wrote one:
 * the root (dictionary and tables) is the first load; postings chunks are fetched when a query
 * needs them. Per query: a cold run (no chunk loaded: query, fetch what it missed, run again
 * until complete, fetches included) and warm runs (its chunks loaded). Texts still come from
 * the whole model loaded above.
 */
async function runChunked(cases) {
  const manifestRes = await fetch(`./data/${CORPUS}.chunks.json`);
  if (!manifestRes.ok) return null;
  const manifest = await manifestRes.json();
  const rootBytes = new Uint8Array(await (await fetch(`./data/${CORPUS}.root`)).arrayBuffer());
  let t = performance.now();
  const count = ours.load_root(rootBytes);
  const out = {
    chunks: count,
    root_bytes: rootBytes.byteLength,
    root_gzip: await gzipSize(rootBytes),
    root_decode_ms: performance.now() - t,
    chunk_bytes: manifest.bytes.reduce((a, b) => a + b, 0),
    chunk_gzip: manifest.gzip.reduce((a, b) => a + b, 0),
    queries: [],
  };
  t = performance.now();
  const tablesBytes = new Uint8Array(await (await fetch(`./data/${CORPUS}.tables`)).arrayBuffer());
  const tablesFetch = performance.now() - t;
  t = performance.now();
  ours.load_tables(tablesBytes);
  out.tables_bytes = tablesBytes.byteLength;
  out.tables_gzip = await gzipSize(tablesBytes);
  out.tables_ms = tablesFetch + (performance.now() - t);
  const fetchChunk = async (i) => new Uint8Array(await (await fetch(`./data/${CORPUS}.chunks/${i}.bin`, { cache: 'no-store' })).arrayBuffer());
  const complete = async (q) => {
    const got = { bytes: 0, gzip: 0, chunks: 0, rounds: 0 };
    for (;;) {
      const missing = [...ours.query_chunked(q, LIMIT)];
      if (missing.length === 0) return got;
      got.rounds += 1;
      const loaded = await Promise.all(missing.map(async (i) => [i, await fetchChunk(i)]));
      for (const [i, bytes] of loaded) {
        ours.add_chunk(i, bytes);
        got.bytes += bytes.byteLength;
        got.gzip += manifest.gzip[i] ?? 0;
        got.chunks += 1;
      }
    }
  };
  const warmReps = Math.min(REPS, 50);
  for (const c of cases) {
    ours.drop_chunks();
    status(`chunked: ${c.q}`);
    t = performance.now();
    const got = await complete(c.q);
    const cold = performance.now() - t;
    const docs = ours.chunked_total();
    const warm = [];
    for (let i = 0; i < warmReps + WARMUP; i++) {
      const s = performance.now();
      ours.query_chunked(c.q, LIMIT);
      if (i >= WARMUP) warm.push(performance.now() - s);
    }
    warm.sort((x, y) => x - y);
    out.queries.push({ q: c.q, kind: c.kind, cold_ms: cold, warm_p50_ms: percentile(warm, 0.5), warm_p95_ms: percentile(warm, 0.95), docs, same_docs: docs === c.ours_docs, ...got });
  }
  // The whole query list from a cold start: what a session of these queries fetches.
  ours.drop_chunks();
  const session = { bytes: 0, gzip: 0, chunks: 0 };
  for (const c of cases) {
    const got = await complete(c.q);
    session.bytes += got.bytes;
    session.gzip += got.gzip;
    session.chunks += got.chunks;
  }
  session.bytes += out.root_bytes + out.tables_bytes;
  session.gzip += out.root_gzip + out.tables_gzip;
  out.session = session;
  return out;
}

function summarize(cases) {
  const by = {};
  for (const c of cases) {
    for (const key of [c.kind, 'overall']) {
      by[key] ??= { ours: [], matched: [], minimal: [] };
      for (const k of ['ours', 'matched', 'minimal']) by[key][k].push(...c[k]);
    }
  }
  const out = {};
  const { overall, ...kinds } = by;
  for (const [kind, v] of Object.entries({ ...kinds, overall })) {
    out[kind] = {};
    for (const k of ['ours', 'matched', 'minimal']) {
      const s = [...v[k]].sort((x, y) => x - y);
      out[kind][k] = { p50: percentile(s, 0.5), p95: percentile(s, 0.95) };
    }
  }
  return out;
}

const us = (ms) => (ms * 1000).toFixed(0);
const ratio = (a, b) => (a / b).toFixed(2);
const kb = (n) => (n / 1024).toFixed(1);

function markdown(r) {
  const L = [];
  const n = r.articles;
  L.push(`### ${r.corpus}: ${n} articles, ${r.records} MiniSearch records; ${r.reps} timed runs per query and engine; limit ${r.limit}; crossOriginIsolated=${r.crossOriginIsolated}`);
  L.push('');
  L.push('| query type | ours p50 µs | ours p95 µs | MiniSearch (matched) p50 µs | p95 µs | ratio p50 | ratio p95 | MiniSearch (minimal) p50 µs | p95 µs | ratio p50 | ratio p95 |');
  L.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const [kind, s] of Object.entries(r.summary)) {
    L.push(`| ${kind} | ${us(s.ours.p50)} | ${us(s.ours.p95)} | ${us(s.matched.p50)} | ${us(s.matched.p95)} | ${ratio(s.ours.p50, s.matched.p50)} | ${ratio(s.ours.p95, s.matched.p95)} | ${us(s.minimal.p50)} | ${us(s.minimal.p95)} | ${ratio(s.ours.p50, s.minimal.p50)} | ${ratio(s.ours.p95, s.minimal.p95)} |`);
  }
  L.push('');
  L.push('ratio = ours / MiniSearch (below 1 = ours faster).');
  L.push('');
  L.push('| query | type | ours p50 µs | MS matched p50 µs | MS minimal p50 µs | docs ours | docs MS matched | docs MS minimal | top-' + r.limit + ' overlap |');
  L.push('|---|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const c of r.queries) {
    const p = (k) => percentile([...c[k]].sort((x, y) => x - y), 0.5);
    L.push(`| \`${c.q.trim()}${/\s$/.test(c.q) ? '␣' : ''}\` | ${c.kind} | ${us(p('ours'))} | ${us(p('matched'))} | ${us(p('minimal'))} | ${c.ours_docs} | ${c.matched_docs} | ${c.minimal_docs} | ${c.overlap} |`);
  }
  L.push('');
  const s = r.size;
  L.push('| index | raw bytes | gzip bytes | raw per article | gzip per article |');
  L.push('|---|---:|---:|---:|---:|');
  L.push(`| ours: SearchIndex (bitcode) | ${s.ours_index_bytes} | ${s.ours_index_gzip} | ${(s.ours_index_bytes / n).toFixed(0)} | ${(s.ours_index_gzip / n).toFixed(0)} |`);
  L.push(`| MiniSearch: JSON.stringify(index) | ${s.ms_index_bytes} | ${s.ms_index_gzip} | ${(s.ms_index_bytes / n).toFixed(0)} | ${(s.ms_index_gzip / n).toFixed(0)} |`);
  L.push(`| ours / MiniSearch | ${ratio(s.ours_index_bytes, s.ms_index_bytes)} | ${ratio(s.ours_index_gzip, s.ms_index_gzip)} | | |`);
  L.push(`| (ours: whole model, with texts, claims, timeline) | ${s.ours_model_bytes} | ${s.ours_model_gzip} | ${(s.ours_model_bytes / n).toFixed(0)} | ${(s.ours_model_gzip / n).toFixed(0)} |`);
  L.push('');
  const l = r.load;
  L.push('| load | ms |');
  L.push('|---|---:|');
  L.push(`| ours: wasm init (fetch + compile) | ${l.ours_wasm_init_ms.toFixed(1)} |`);
  L.push(`| ours: fetch model (${kb(s.ours_model_bytes)} KiB, loopback) | ${l.ours_fetch_ms.toFixed(1)} |`);
  L.push(`| ours: decode model (Corpus::from_bytes, whole model) | ${l.ours_decode_ms.toFixed(1)} |`);
  L.push(`| MiniSearch: fetch + JSON.parse records | ${l.ms_fetch_parse_records_ms.toFixed(1)} |`);
  L.push(`| MiniSearch: build index (addAll) | ${l.ms_build_ms.toFixed(1)} |`);
  L.push(`| MiniSearch: loadJSON(serialized index) | ${l.ms_load_json_ms.toFixed(1)} |`);
  const ch = r.chunked;
  if (ch) {
    L.push('');
    L.push(`Chunked index (load on demand): first load = root (dictionary + document table) ${ch.root_bytes} bytes raw, ${ch.root_gzip} gzip (decoded in ${ch.root_decode_ms.toFixed(1)} ms); on the first query, the claim/event/person tables ${ch.tables_bytes} raw, ${ch.tables_gzip} gzip (fetched and decoded in ${ch.tables_ms.toFixed(1)} ms); ${ch.chunks} postings chunks, ${ch.chunk_bytes} raw, ${ch.chunk_gzip} gzip in all. Whole index = ${ch.root_bytes + ch.tables_bytes + ch.chunk_bytes} raw, ${ch.root_gzip + ch.tables_gzip + ch.chunk_gzip} gzip. The whole query list from a cold start loads root + tables + ${ch.session.chunks} chunks = ${ch.session.bytes} bytes raw (${ch.session.gzip} gzip). Cold runs below start with no chunk loaded (tables loaded).`);
    L.push('');
    L.push('| query | type | cold ms (fetch + run, loopback) | rounds | chunks fetched | bytes fetched raw | gzip | warm p50 µs | warm p95 µs | docs | same as in-memory |');
    L.push('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|');
    for (const x of ch.queries) {
      L.push(`| \`${x.q.trim()}${/\s$/.test(x.q) ? '␣' : ''}\` | ${x.kind} | ${x.cold_ms.toFixed(1)} | ${x.rounds} | ${x.chunks} | ${x.bytes} | ${x.gzip} | ${us(x.warm_p50_ms)} | ${us(x.warm_p95_ms)} | ${x.docs} | ${x.same_docs ? 'yes' : 'NO'} |`);
    }
  }
  return L.join('\n');
}

run().then(
  (r) => { window.benchResult = r; },
  (e) => { status(`failed: ${e}`); window.benchError = String(e && e.stack || e); },
);
