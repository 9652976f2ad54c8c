#!/usr/bin/env bash
# Installs what building and testing Dossier needs, skipping whatever is already present:
# the wasm32 target, trunk 0.21.14, wasm-bindgen-cli at Cargo.lock's version, Debian's chromium
# and chromium-driver, and the npm packages (playwright-core, axe-core, binaryen's wasm-opt).
# Idempotent; safe to run on every invocation. Sourced by serve.sh and test.sh.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

say() { printf '\033[1m[setup]\033[0m %s\n' "$*" >&2; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -q ' 0\.21\.14'; then
  say "installing trunk 0.21.14 (about 7 minutes on 2 cores)"
  cargo install --locked trunk --version =0.21.14
fi

wb_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if ! wasm-bindgen --version 2>/dev/null | grep -q " $wb_version\$"; then
  say "installing wasm-bindgen-cli $wb_version (matches Cargo.lock; about 3 minutes)"
  # Not --locked: its lockfile pins a webpki-roots version the registry no longer serves.
  cargo install wasm-bindgen-cli --version "=$wb_version"
fi

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  say "installing Debian chromium and chromium-driver"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
fi

if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/axe-core ] \
   || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages (playwright-core, axe-core, binaryen)"
  npm ci --no-audit --no-fund --loglevel=error
fi

# Trunk runs cargo with --offline: make sure every crate is in the local registry.
cargo fetch --locked -q

# binaryen 132 must come before any other wasm-opt on PATH.
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
