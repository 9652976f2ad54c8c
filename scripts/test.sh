#!/usr/bin/env bash
# Runs every Dossier test: native unit and integration tests (cargo), wasm tests in headless
# Chromium (wasm-bindgen-test), then release builds (the seed corpus, and a hostile one for the
# safety tests) served locally and the end-to-end tests in headless Chromium (Playwright: views,
# offline and updates, embedding, accessibility with axe-core, the payload budget).
# Installs what is missing first. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh
step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

step "native tests (unit, integration, doc)"
cargo test --workspace --exclude dossier-app --locked
# The app's plain functions (addresses, embed and share links) run natively too.
cargo test -p dossier-app --lib --locked

step "wasm tests in headless Chromium"
CHROMEDRIVER=/usr/bin/chromedriver cargo test -p dossier-app --target wasm32-unknown-unknown --locked --test web

step "release build of the app"
trunk build --release

# The safety and update tests (e2e/ship.test.mjs) also need a build over a hostile corpus; its own
# target dir keeps the main build's artefacts valid (after the first time, only changes rebuild).
step "release build over e2e/fixtures/xss (article markup as text; a second deployment)"
DOSSIER_CORPUS="$PWD/e2e/fixtures/xss" CARGO_TARGET_DIR="$PWD/target/xss" trunk build --release --dist target/xss-dist

step "end-to-end tests in headless Chromium"
node --test --test-reporter=spec e2e/
