#!/usr/bin/env bash
# Runs every test: lint, native unit tests, component tests in headless
# Chromium, and end-to-end tests on the release build. Installs what is missing.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
"$ROOT/scripts/setup.sh"
cd "$ROOT"
# A CI run builds each thing once: incremental caches would only fill the disk.
export CARGO_INCREMENTAL=0

section() { printf '\n==== %s\n' "$*"; }

section "lint: rustfmt and clippy (native and wasm)"
cargo fmt --all --check
cargo clippy --workspace --all-targets --locked -- -D warnings
cargo clippy --target wasm32-unknown-unknown --all-targets --locked -- -D warnings
# The unsplit build the component tests run (pages as plain views).
cargo clippy --target wasm32-unknown-unknown --all-targets --no-default-features --locked -- -D warnings
# The benchmark's counting allocator (feature alloc-stats) is linted too.
cargo clippy --target wasm32-unknown-unknown --features alloc-stats --locked -- -D warnings

section "1/3 native unit tests: model, catalog validation, catalog tool"
cargo test --workspace --locked

section "2/3 component tests: wasm-bindgen-test in headless Chromium"
# Without the `split` feature: nothing splits a test binary's wasm, so its
# pages are plain views (src/routes.rs).
# first_page.rs is a binary of its own: the visit's first page comes once
# per start of the app, and components.rs ends it.
cargo test --locked --target wasm32-unknown-unknown --test components --test first_page --no-default-features

section "3/3 end-to-end: release dist/ under /film/ on a static server, driven in Chromium"
# Built for a sub-path on purpose: a root build only makes the base empty.
scripts/trunk-release.sh --public-url /film/
scripts/size-report.sh
node --test tests/e2e/
