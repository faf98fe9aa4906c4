#!/usr/bin/env bash
# The code size of the smallest app on the site's stack (bench/floor: a router,
# one fetched JSON file decoded with serde, Suspense and ErrorBoundary), built
# like the site (same release profile, wasm-bindgen, wasm-opt -Oz). It shows
# how much of the size budget the stack takes before any page of the site.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT/bench/floor"
export CARGO_TARGET_DIR="$ROOT/target/floor"
cargo build --release --locked --target wasm32-unknown-unknown
out="$CARGO_TARGET_DIR/out"
rm -rf "$out"
wasm-bindgen --target web --no-typescript --out-dir "$out" "$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/floor.wasm"
wasm-opt -Oz "$out/floor_bg.wasm" -o "$out/floor_bg.wasm"
wasm_gz=$(gzip -9c "$out/floor_bg.wasm" | wc -c)
js_gz=$(gzip -9c "$out/floor.js" | wc -c)
printf 'stack floor (bench/floor): wasm %d B gzip, js %d B gzip, total %d B (%d KiB) gzipped\n' \
  "$wasm_gz" "$js_gz" $((wasm_gz + js_gz)) $(((wasm_gz + js_gz) / 1024))
