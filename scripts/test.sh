#!/usr/bin/env bash
# Runs every Dossier test: native unit and integration tests (cargo), wasm tests in headless
# Chromium (wasm-bindgen-test), then release builds (the seed corpus, and a hostile one for the
# safety tests) served locally and the end-to-end tests in headless Chromium (Playwright: views,
# offline and updates, embedding, accessibility with axe-core, the payload budget).
# Installs what is missing first. Exits non-zero on any failure and ends with one line totalling
# every runner: "N passed, N failed".
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh
log=$(mktemp -t dossier-test.XXXXXX)
trap 'rm -f "$log"' EXIT
step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }
run() { "$@" 2>&1 | tee -a "$log"; }

step "native tests (unit, integration, doc)"
run cargo test --workspace --exclude dossier-app --locked
run cargo test -p dossier-app --lib --locked

step "wasm tests in headless Chromium"
CHROMEDRIVER=/usr/bin/chromedriver run cargo test -p dossier-app --target wasm32-unknown-unknown --locked --test web

step "release build of the app"
trunk build --release

# The safety and update tests (e2e/ship.test.mjs) also need a build over a hostile corpus. It shares
# the target dir: only the app crate rebuilds (its build script reruns for the other corpus).
step "release build over e2e/fixtures/xss (article markup as text; a second deployment)"
DOSSIER_CORPUS="$PWD/e2e/fixtures/xss" trunk build --release --dist target/xss-dist

# The chunked-search tests (e2e/search-chunks.test.mjs) need the seeds built with their search
# postings cut into 256-byte chunks fetched on demand, as a large corpus is by default.
step "release build with the search index in chunks (DOSSIER_SEARCH_CHUNK_BYTES=256)"
DOSSIER_SEARCH_CHUNK_BYTES=256 trunk build --release --dist target/chunked-dist

step "end-to-end tests in headless Chromium"
run node --test --test-reporter=spec e2e/

# Every runner passed (set -e would have stopped us otherwise); total what they counted.
sum() { grep -oE "$1" "$log" | grep -oE '[0-9]+' | awk '{ n += $1 } END { print n + 0 }'; }
passed=$(sum '(test result: ok\. [0-9]+ passed|ℹ pass [0-9]+)')
failed=$(sum '([0-9]+ failed;|ℹ fail [0-9]+)')
echo
echo "all: ${passed:-0} passed, ${failed:-0} failed"
