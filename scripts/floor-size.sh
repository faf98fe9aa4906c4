#!/usr/bin/env bash
# The code size of the smallest app on the site's stack (bench/floor: a router,
# one fetched JSON file decoded with serde, Transition and ErrorBoundary), built
# like the site (same release profile and std, wasm-bindgen, wasm-opt -Oz). It shows
# how much of the size budget the stack takes before any page of the site.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
# Comparable only while both lock the same framework and toolchain; the
# wasm-bindgen CLI on PATH matches the site's lock (setup.sh) and would
# refuse a floor built against another version.
locked() { awk -v name="$1" '$0 == "name = \"" name "\"" { getline; gsub(/[^0-9.]/, ""); print; exit }' "$2"; }
for crate in wasm-bindgen leptos leptos_router serde_json; do
  site=$(locked "$crate" "$ROOT/Cargo.lock")
  floor=$(locked "$crate" "$ROOT/bench/floor/Cargo.lock")
  if [ "$site" != "$floor" ]; then
    echo "floor-size: bench/floor locks $crate $floor, the site $site; update bench/floor/Cargo.lock" >&2
    exit 1
  fi
done
# The same wasm-opt options as the site's (scripts/split-wasm.mjs).
read -r -a opt_args <"$ROOT/scripts/wasm-opt-args"
cd "$ROOT/bench/floor"
export CARGO_TARGET_DIR="$ROOT/target/floor"
# With the site's release settings (scripts/trunk-release.sh): std rebuilt
# for panics that abort at once, no panic locations, no Debug formatting.
# The floor is not split, so it needs none of the relocations the site's
# build keeps for wasm-split (.cargo/config.toml): RUSTFLAGS replaces that
# setting.
export RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort
export RUSTFLAGS="-Cdebuginfo=0 -Cpanic=immediate-abort -Zunstable-options -Zlocation-detail=none -Zfmt-debug=none"
cargo build --release --locked --target wasm32-unknown-unknown
out="$CARGO_TARGET_DIR/out"
rm -rf "$out"
wasm-bindgen --target web --no-typescript --out-dir "$out" "$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/floor.wasm"
wasm-opt "${opt_args[@]}" "$out/floor_bg.wasm" -o "$out/floor_bg.wasm"
wasm_gz=$(gzip -9c "$out/floor_bg.wasm" | wc -c)
js_gz=$(gzip -9c "$out/floor.js" | wc -c)
printf 'stack floor (bench/floor): wasm %d B gzip, js %d B gzip, total %d B (%d KiB) gzipped\n' \
  "$wasm_gz" "$js_gz" $((wasm_gz + js_gz)) $(((wasm_gz + js_gz) / 1024))
