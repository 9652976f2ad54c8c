#!/usr/bin/env bash
# Runs every Dossier test: native unit and integration tests (cargo), wasm tests in headless
# Chromium (wasm-bindgen-test), then a release build served locally and the end-to-end tests in
# headless Chromium (Playwright). Installs what is missing first. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh
step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

step "native tests (unit, integration, doc)"
cargo test --workspace --exclude dossier-app --locked
cargo test -p dossier-app --lib --locked

step "wasm tests in headless Chromium"
CHROMEDRIVER=/usr/bin/chromedriver cargo test -p dossier-app --target wasm32-unknown-unknown --locked --test web

step "release build of the app"
trunk build --release

step "end-to-end tests in headless Chromium"
node --test --test-reporter=spec e2e/
