#!/usr/bin/env bash
# Fuzzes every decoder of outside data with libFuzzer for a bounded time:
# fuzz/fuzz_targets/decoders.rs (the browser's: user data, catalog files,
# search shards), seeded with the shipped catalog's files, then
# fuzz/fuzz_targets/importers.rs (the catalog tool's: CSV, JSON Lines, IMDb's
# TSV rows and characters, Wikidata's award sentences), seeded with the
# example inputs. Usage: scripts/fuzz.sh [seconds per target]   (default 60)
# cargo-fuzz needs nightly flags; RUSTC_BOOTSTRAP=1 lets this machine's
# stable rustc accept them. Not part of scripts/test.sh: it runs for as long
# as it is asked to. A crash leaves its input in fuzz/artifacts/<target>/.
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

corpus=target/fuzz-corpus/importers
mkdir -p "$corpus"
cp crates/catalog-tool/inputs/films.csv crates/catalog-tool/inputs/films.jsonl "$corpus/"
printf 'tt0209144\t1\tnm0001602\tactor\t\\N\t["Leonard Shelby"]\n' >"$corpus/principals.tsv"
printf 'tt0209144\tmovie\tMemento\tMemento\t0\t2000\t\\N\t113\tMystery,Thriller\n' >"$corpus/basics.tsv"
printf '%s' 'Won 1 Oscar. Nominated for 2 Oscars.' >"$corpus/awards.txt"
RUSTC_BOOTSTRAP=1 cargo fuzz run --fuzz-dir fuzz -O importers "$corpus" -- \
  -max_total_time="$seconds" -print_final_stats=1
