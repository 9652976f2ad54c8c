// Writes a large synthetic story for the timeline frame-time benchmark: DOCS articles, each a
// headline, an "Updated:" line and paragraphs of real news sentences (from the ECB+ story
// clusters in ../shared/eval/clusters), most of them opened by an explicit date ("On March 3,
// 2009, ...", "In June 2005, ...", "In 1998, ...", "Since July 2007, ...") so the pipeline yields
// well over 2,000 timeline events at day, month and year precision and open ranges.
// Deterministic (seeded). Usage: node bench/timeline/make-corpus.mjs OUT_DIR [DOCS] [DATED_PER_DOC]
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const out = process.argv[2];
if (!out) {
  console.error('usage: node bench/timeline/make-corpus.mjs OUT_DIR [DOCS] [DATED_PER_DOC]');
  process.exit(2);
}
const DOCS = Number(process.argv[3] ?? 130);
const DATED = Number(process.argv[4] ?? 20);
const CLUSTERS = new URL('../../../shared/eval/clusters/', import.meta.url).pathname;

// A small deterministic generator (mulberry32), so every run writes the same corpus.
let seed = 20161019;
const rand = () => {
  seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];

// Real sentences: one a line in the cluster texts; keep plain declarative ones of a fair length
// without their own time words, so the dates we add are the ones the pipeline finds.
const sentences = [];
for (const story of (await readdir(CLUSTERS)).sort()) {
  const dir = join(CLUSTERS, story);
  let files;
  try { files = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort(); } catch { continue; }
  for (const f of files) {
    for (const line of (await readFile(join(dir, f), 'utf8')).split('\n')) {
      const s = line.trim();
      if (s.length < 60 || s.length > 260 || !/^[A-Z][a-z]/.test(s) || !/[.]$/.test(s)) continue;
      // "10:30 a. m." (a corpus spacing artefact) trips the pipeline's label code: leave times out.
      if (/\d:\d\d|\b[ap]\. ?m\.|["“”`']{2}|\b(19|20)\d\d\b|\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|ago|last|next|week|month|year|January|February|March|April|June|July|August|September|October|November|December)\b/i.test(s)) continue;
      sentences.push(s);
    }
  }
}
if (sentences.length < 100) throw new Error(`only ${sentences.length} usable sentences under ${CLUSTERS}`);

const lowerFirst = (s) => (/^[A-Z][a-z]+\b/.test(s) && !/^(I|The [A-Z])/.test(s) ? s[0].toLowerCase() + s.slice(1) : s);
const day = () => {
  const y = 1975 + Math.floor(rand() * 46);
  const m = Math.floor(rand() * 12);
  const d = 1 + Math.floor(rand() * 28);
  return { y, m, d };
};
// Mostly days, then months, years and open ranges.
const dated = (s) => {
  const { y, m, d } = day();
  const r = rand();
  if (r < 0.62) return `On ${MONTHS[m]} ${d}, ${y}, ${lowerFirst(s)}`;
  if (r < 0.82) return `In ${MONTHS[m]} ${y}, ${lowerFirst(s)}`;
  if (r < 0.92) return `In ${y}, ${lowerFirst(s)}`;
  return `Since ${MONTHS[m]} ${y}, ${lowerFirst(s)}`;
};

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
for (let i = 0; i < DOCS; i++) {
  const pub = { y: 2021, m: Math.floor(rand() * 12), d: 1 + Math.floor(rand() * 28) };
  const headline = pick(sentences).replace(/[.]$/, '').split(' ').slice(0, 10).join(' ');
  const paragraphs = [];
  for (let k = 0; k < DATED; k += 2) {
    const para = [dated(pick(sentences))];
    if (rand() < 0.5) para.push(pick(sentences));
    if (k + 1 < DATED) para.push(dated(pick(sentences)));
    paragraphs.push(para.join(' '));
  }
  const text = `${headline}\n\nUpdated: ${MONTHS[pub.m]} ${pub.d}, ${pub.y}\n\n${paragraphs.join('\n\n')}\n`;
  await writeFile(join(out, `bench_${String(i).padStart(3, '0')}.txt`), text);
}
console.log(`wrote ${DOCS} articles with ${DATED} dated sentences each to ${out} (${sentences.length} source sentences)`);
