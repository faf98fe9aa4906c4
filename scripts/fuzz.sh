#!/usr/bin/env bash
# Fuzzes every decoder of outside data (fuzz/fuzz_targets/decoders.rs) with
# libFuzzer for a bounded time, seeded with the shipped catalog's files.
# Usage: scripts/fuzz.sh [seconds]   (default 60)
# cargo-fuzz needs nightly flags; RUSTC_BOOTSTRAP=1 lets this machine's
# stable rustc accept them. Not part of scripts/test.sh: it runs for as long
# as it is asked to. A crash leaves its input in fuzz/artifacts/decoders/.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"
seconds="${1:-60}"
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --version 0.13.2 --locked
corpus=target/fuzz-corpus/decoders
mkdir -p "$corpus"
for dir in titles credits reviews list search; do
  for f in assets/catalog/$dir/*.json; do cp "$f" "$corpus/$dir-$(basename "$f")"; done
done
printf '%s' '{"version":2,"ratings":{"canoa-1976":{"stars":8,"title":"Canoa","year":1976,"rated_on":"2024-01-02"}},"recent":{"entries":[{"id":"canoa-1976","title":"Canoa","year":1976}]}}' >"$corpus/user-data.json"
printf '%s' '[{"id":"emitai-1971","title":"Emitaï","year":1971}]' >"$corpus/user-data-v1.json"
RUSTC_BOOTSTRAP=1 cargo fuzz run --fuzz-dir fuzz -O decoders "$corpus" -- \
  -max_total_time="$seconds" -print_final_stats=1
