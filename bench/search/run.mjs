// Runs the in-browser search benchmark: builds the wasm engine and the corpora, serves the page
// same-origin, drives headless Chromium (playwright-core + /usr/bin/chromium) and prints the
// markdown tables (also written to target/search-bench/results.md). A benchmark, not a test.
//
//   node bench/search/run.mjs [--articles N] [--reps N] [--gen-reps N] [--no-build] [--regen]
//
// --articles N   size of the generated corpus (default 10000; 0 = seeds only)
// --reps N       timed runs per query and engine on the seeds (default 200)
// --gen-reps N   timed runs per query and engine on the generated corpus (default 30)
// --no-build     reuse the built wasm and data
// --regen        rebuild the corpora even when they exist
// --chunk N      target size of a postings chunk of the chunked index (default 65536)
//
// Also measures the wasm size the search code adds: the bench wasm built with and without the
// call to `dossier_model::search::search` (feature `no-search`), after wasm-opt -Oz, raw and gzip.
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const ROOT = resolve(new URL('../..', import.meta.url).pathname);
const OUT = join(ROOT, 'target/search-bench');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const ARTICLES = opt('--articles', 10000);
const REPS = opt('--reps', 200);
const GEN_REPS = opt('--gen-reps', 30);
const BUILD = !args.includes('--no-build');
const REGEN = args.includes('--regen');
const CHUNK = opt('--chunk', 65536);

const sh = (cmd, argv, env = {}) => {
  console.error(`$ ${cmd} ${argv.join(' ')}`);
  execFileSync(cmd, argv, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } });
};
const WASM = join(ROOT, 'target/wasm32-unknown-unknown/release/dossier_search_bench_wasm.wasm');
const WASM_OPT = join(ROOT, 'node_modules/.bin/wasm-opt');

function buildWasm(features) {
  sh('cargo', ['build', '--release', '--lib', '-p', 'dossier-search-bench-wasm', '--target', 'wasm32-unknown-unknown', ...features]);
}

/** wasm-bindgen, then wasm-opt -Oz (as trunk does for the app); returns the optimised .wasm path. */
function bindgen(outDir) {
  rmSync(outDir, { recursive: true, force: true });
  sh('wasm-bindgen', ['--target', 'web', '--out-dir', outDir, WASM]);
  const file = join(outDir, 'dossier_search_bench_wasm_bg.wasm');
  if (existsSync(WASM_OPT)) sh(WASM_OPT, ['-Oz', '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext', '--enable-mutable-globals', '--enable-reference-types', '--enable-multivalue', file, '-o', file]);
  return file;
}

const sizes = (file) => {
  const bytes = readFileSync(file);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
};

let wasmSizes = null;
if (BUILD) {
  // Without the engine first (kept aside), then the real one (what the page loads).
  buildWasm(['--features', 'no-search']);
  const without = sizes(bindgen(join(OUT, 'pkg-no-search')));
  buildWasm([]);
  const withSearch = sizes(bindgen(join(OUT, 'pkg')));
  wasmSizes = { without, with: withSearch };
  writeFileSync(join(OUT, 'wasm-sizes.json'), JSON.stringify(wasmSizes));
} else if (existsSync(join(OUT, 'wasm-sizes.json'))) {
  wasmSizes = JSON.parse(readFileSync(join(OUT, 'wasm-sizes.json'), 'utf8'));
}

const DATA = join(OUT, 'data');
const corpora = ['seeds', ...(ARTICLES > 0 ? [`gen-${ARTICLES}`] : [])];
const missing = corpora.some((c) => !existsSync(join(DATA, `${c}.model`)));
if (BUILD && (REGEN || missing)) {
  // The generator runs the pipeline natively; an optimised build without LTO keeps it quick to compile.
  const env = { CARGO_PROFILE_RELEASE_LTO: 'false', CARGO_PROFILE_RELEASE_CODEGEN_UNITS: '16', CARGO_PROFILE_RELEASE_OPT_LEVEL: '2', CARGO_PROFILE_RELEASE_PANIC: 'unwind' };
  sh('cargo', ['build', '--release', '-p', 'dossier-search-bench-wasm', '--bin', 'gen-search-bench'], env);
  mkdirSync(DATA, { recursive: true });
  sh(join(ROOT, 'target/release/gen-search-bench'), [DATA, '--articles', String(ARTICLES)]);
}
if (BUILD) {
  // The chunked index (root + postings chunks), cut from the models with the engine's own split().
  const env = { CARGO_PROFILE_RELEASE_LTO: 'false', CARGO_PROFILE_RELEASE_CODEGEN_UNITS: '16', CARGO_PROFILE_RELEASE_OPT_LEVEL: '2', CARGO_PROFILE_RELEASE_PANIC: 'unwind' };
  sh('cargo', ['build', '--release', '-p', 'dossier-search-bench-wasm', '--bin', 'split-search-index'], env);
  sh(join(ROOT, 'target/release/split-search-index'), [DATA, ...corpora, '--target', String(CHUNK)]);
  for (const c of corpora) {
    const dir = join(DATA, `${c}.chunks`);
    const files = readdirSync(dir).filter((f) => f.endsWith('.bin')).sort((a, b) => parseInt(a) - parseInt(b));
    const bytes = files.map((f) => readFileSync(join(dir, f)));
    writeFileSync(join(DATA, `${c}.chunks.json`), JSON.stringify({
      bytes: bytes.map((b) => b.length),
      gzip: bytes.map((b) => gzipSync(b, { level: 6 }).length),
    }));
  }
}

// The web root: the page, MiniSearch from node_modules, our wasm, the data. Same origin.
const WEB = join(OUT, 'web');
rmSync(WEB, { recursive: true, force: true });
mkdirSync(WEB, { recursive: true });
copyFileSync(join(ROOT, 'bench/search/index.html'), join(WEB, 'index.html'));
copyFileSync(join(ROOT, 'bench/search/bench.mjs'), join(WEB, 'bench.mjs'));
copyFileSync(join(ROOT, 'node_modules/minisearch/dist/es/index.js'), join(WEB, 'minisearch.js'));
symlinkSync(join(OUT, 'pkg'), join(WEB, 'pkg'));
symlinkSync(DATA, join(WEB, 'data'));

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm', '.json': 'application/json' };
// Cross-origin isolation gives performance.now() 5 µs resolution in Chromium (100 µs otherwise).
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const file = normalize(join(WEB, path === '/' ? 'index.html' : path));
  if (!file.startsWith(WEB) || !existsSync(file) || !statSync(file).isFile()) { res.writeHead(404).end(); return; }
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-embedder-policy': 'require-corp',
  });
  res.end(readFileSync(file));
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const url = `http://127.0.0.1:${server.address().port}`;

const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage'];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: FLAGS });
const requests = [];
const out = [];
try {
  for (const corpus of corpora) {
    const page = await browser.newPage();
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => { if (m.type() === 'error') console.error(`[page] ${m.text()}`); });
    const reps = corpus === 'seeds' ? REPS : GEN_REPS;
    console.error(`running ${corpus} (${reps} runs per query and engine)…`);
    await page.goto(`${url}/?corpus=${corpus}&reps=${reps}`);
    await page.waitForFunction(() => window.benchResult || window.benchError, null, { timeout: 30 * 60_000, polling: 1000 });
    const error = await page.evaluate(() => window.benchError);
    if (error) throw new Error(`${corpus}: ${error}`);
    const result = await page.evaluate(() => window.benchResult);
    writeFileSync(join(OUT, `result-${corpus}.json`), JSON.stringify(result, null, 1));
    out.push(result.markdown);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}

const foreign = requests.filter((r) => !r.startsWith(url));
if (foreign.length) out.push(`**Requests outside the page's origin:** ${foreign.join(', ')}`);
const chromeVersion = browser.version();
out.push(`Chromium ${chromeVersion}, headless; engine wasm built with the workspace release profile (opt-level "z", LTO) and wasm-opt -Oz.`);
if (wasmSizes) {
  const w = wasmSizes;
  out.push([
    '| bench wasm (after wasm-opt -Oz) | raw bytes | gzip -9 bytes |',
    '|---|---:|---:|',
    `| decode model only (feature no-search) | ${w.without.raw} | ${w.without.gzip} |`,
    `| decode model + search | ${w.with.raw} | ${w.with.gzip} |`,
    `| search code adds | ${w.with.raw - w.without.raw} | ${w.with.gzip - w.without.gzip} |`,
  ].join('\n'));
}
const md = out.join('\n\n');
writeFileSync(join(OUT, 'results.md'), md + '\n');
console.log(md);
