#!/usr/bin/env bash
# Writes the home page's and each title's first screen as HTML into a built
# dist/ (crates/prerender: index.html and title/<id>.html, the site's own
# components rendered ahead of time into the shell, 404.html). Trunk's post-build step runs it on the staged dist/
# (scripts/finish-dist.mjs); run it again on a dist/ whose catalog was
# replaced: scripts/prerender.sh dist
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
DIST="$(cd "${1:?usage: scripts/prerender.sh <dist>}" && pwd)"
cd "$ROOT"
# Run inside scripts/trunk-release.sh: the tool is native and built with the
# standard library as shipped. The debug build shares what `cargo test`
# compiles, and writes 17,480 pages in about 20 s.
unset RUSTC_BOOTSTRAP CARGO_UNSTABLE_BUILD_STD RUSTFLAGS
cargo build --locked --quiet -p prerender
target/debug/prerender "$DIST"
