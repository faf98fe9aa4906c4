#!/usr/bin/env bash
# `trunk build --release` with the release wasm's settings (README, "A lean
# wasm"): the standard library rebuilt from source (rust-src, set up by
# setup.sh) with panics that abort at once, no file and line in panic
# locations and no `Debug` formatting. A panic is then a WebAssembly trap,
# which boot.js turns into the reload banner. It saves about 8% of every
# wasm file, gzipped.
# Usage: scripts/trunk-release.sh [trunk build options]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"
# These flags are unstable: RUSTC_BOOTSTRAP=1 lets this stable toolchain
# take them, for this build only (tests and the catalog tool build as
# usual; scripts/catalog.sh clears these for the tool it builds).
export RUSTC_BOOTSTRAP=1
# A RUSTFLAGS from the caller would take the place of the flags below.
unset RUSTFLAGS
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
# Beside .cargo/config.toml's flags for the wasm; --emit-relocs is repeated
# so that the wasm keeps the relocations scripts/split-wasm.mjs needs
# whether cargo joins the two or takes this one alone.
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Clink-args=--emit-relocs -Cpanic=immediate-abort -Zunstable-options -Zlocation-detail=none -Zfmt-debug=none"
exec trunk build --release "$@"
