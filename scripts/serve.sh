#!/usr/bin/env bash
# Builds Dossier with the seed corpus embedded (or DOSSIER_CORPUS=/some/folder) and serves it
# on http://127.0.0.1:8080 (PORT=... to change), rebuilding on change. Installs what is missing.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh
exec trunk serve --release --address 127.0.0.1 --port "${PORT:-8080}"
