#!/usr/bin/env bash
# Clones the committed project into a temporary folder and runs the README's Quick start there,
# exactly as written, so a missing install step cannot hide behind a warm node_modules.
set -euo pipefail
repo=$(git -C "$(dirname "$0")/.." rev-parse --show-toplevel)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
git clone --quiet "$repo" "$work/relais"
cd "$work/relais"
echo "::: $(node --version 2>/dev/null || echo 'no node') on PATH before install"
npm ci && npm run build || exit 1
npm ci && npm test || exit 1
echo "::: fresh clone OK"
