#!/usr/bin/env bash
# Installs whatever this machine lacks to build, serve and test the site.
# Safe to run again: each step is skipped when its tool is already there.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"

TRUNK_VERSION=0.21.14
WASM_SPLIT_VERSION=0.2.4
# wasm-bindgen-cli must match the wasm-bindgen crate exactly.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3 }' Cargo.lock)

step() { printf '\n== setup: %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "wasm32 target"
  rustup target add wasm32-unknown-unknown
fi

# The release build rebuilds the standard library (scripts/trunk-release.sh):
# its source, and its own dependencies from the registry, fetched once so
# the build itself needs no network.
if ! rustup component list --installed | grep -qx rust-src; then
  step "rust-src"
  rustup component add rust-src
fi
RUSTC_BOOTSTRAP=1 cargo fetch --locked -Zbuild-std=std,panic_abort --target wasm32-unknown-unknown >/dev/null

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  step "trunk $TRUNK_VERSION (about 11 minutes)"
  # 0.22 needs a newer rustc than this machine's.
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  step "wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 3 minutes)"
  # Not --locked: one of its locked dependencies is not on the registry.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# Cuts the wasm into per-page chunks (scripts/split-wasm.mjs); trunk 0.21 has
# no step for it. 0.2.3 is the first release that reads wasm-bindgen 0.2.128+.
# The tool has no --version: cargo's list of installed crates tells.
if ! cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  step "wasm-split-cli $WASM_SPLIT_VERSION (about 2 minutes)"
  cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary --locked
fi

if [ ! -x node_modules/.bin/wasm-opt ] || ! npm ls --depth=0 >/dev/null 2>&1; then
  step "npm packages (binaryen for wasm-opt and wasm-merge, playwright-core)"
  npm ci --no-audit --no-fund
fi

# A deploy build (SKIP_BROWSER=1, as in .github/workflows/pages.yml) needs no browser.
if [ -z "${SKIP_BROWSER:-}" ] && { [ ! -x "$CHROMIUM_PATH" ] || [ ! -x "$CHROMEDRIVER" ]; }; then
  step "Chromium and ChromeDriver"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update
  $SUDO apt-get install -y chromium chromium-driver
fi

# The default site's real films (the CC0 Wikidata snapshot, from PyPI).
"$ROOT/scripts/fetch-films.sh"

printf '\n== setup: ready (%s, %s, wasm-split-cli %s, %s)\n' "$(trunk --version)" "$(wasm-bindgen --version)" \
  "$WASM_SPLIT_VERSION" "$(wasm-opt --version)"
