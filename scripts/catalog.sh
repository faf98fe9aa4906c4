#!/usr/bin/env bash
# Builds the default site's catalog into target/site-catalog: the hand-written
# films of assets/catalog (kept as they are) and the CC0 Wikidata films
# (scripts/fetch-films.sh). Trunk runs it before every build (Trunk.toml), so
# `trunk build` and `trunk serve` always ship the full default catalog. Does
# nothing when the catalog is newer than its inputs and the tool.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"
# Run by trunk inside scripts/trunk-release.sh: the tool is native and
# built with the standard library as shipped.
unset RUSTC_BOOTSTRAP CARGO_UNSTABLE_BUILD_STD

OUT=target/site-catalog
STAMP=target/site-catalog.stamp
"$ROOT/scripts/fetch-films.sh"
cargo build --release --locked --quiet -p catalog-tool
TOOL=target/release/catalog-tool
if [ -f "$STAMP" ] && [ -d "$OUT" ] && [ "$STAMP" -nt "$TOOL" ] && [ "$STAMP" -nt target/data/movies.db ] \
  && [ -z "$(find assets/catalog -newer "$STAMP" -print -quit)" ]; then
  exit 0
fi
"$TOOL" import --base assets/catalog --wikidata target/data/movies.db --out "$OUT" --force
touch "$STAMP"
