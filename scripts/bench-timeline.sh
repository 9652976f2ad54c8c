#!/usr/bin/env bash
# Timeline frame-time benchmark (not part of test.sh): writes a synthetic story of 130 articles
# (real sentences from ../shared/eval/clusters with explicit dates; about 2,500 events), prints its
# event count, builds the app with it embedded into target/bench-timeline/dist, and measures
# frame times while zooming and panning in headless Chromium (bench/timeline/frames.mjs).
# Usage: scripts/bench-timeline.sh [SECONDS_PER_PHASE]   (SKIP_BUILD=1 reuses the last build)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh
out="$PWD/target/bench-timeline"
corpus="$out/corpus"
if [ "${SKIP_BUILD:-}" != 1 ]; then
  node bench/timeline/make-corpus.mjs "$corpus"
  cargo run -q --release --bin dossier -- parse "$corpus" --json \
    | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const c=JSON.parse(s);console.log(`pipeline: ${c.documents.length} documents, ${c.timeline.length} timeline events`)})'
  DOSSIER_CORPUS="$corpus" trunk build --release --dist "$out/dist"
fi
node bench/timeline/frames.mjs "$out/dist" "${1:-2}"
