#!/usr/bin/env bash
# The benchmark (README, "Performance"): builds the release site for /,
# writes synthetic catalogs of 10,000 and 100,000 titles with the
# catalog tool (`catalog-tool generate`, (kept in target/bench/ for the next run)), and
# reports numbers for each catalog size. Never pass/fail.
# Usage: scripts/bench.sh [sizes...]   default: default 10000 100000
#   ("default" is the default site's catalog: 13 hand-written and 17,467 Wikidata films)
#   BENCH_RUNS=5 BENCH_NAVIGATIONS=200 LIGHTHOUSE_RUNS=3 change the repetitions.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
"$ROOT/scripts/setup.sh"
cd "$ROOT"
mkdir -p target/bench
sizes=("${@:-default 10000 100000}")
read -r -a sizes <<<"${sizes[*]}"
scripts/trunk-release.sh --public-url /
scripts/size-report.sh
# Per page: the code it needs before its heading (the main module and its own chunks).
node bench/route-code.mjs --dist dist --out target/bench/route-code.json
# Lighthouse, mobile and desktop, home and title, served gzipped (median of 3).
node bench/lighthouse.mjs --dist dist --runs "${LIGHTHOUSE_RUNS:-3}" --out target/bench/lighthouse.json
# The long tasks of a cold home and title load, really run at 4× CPU (median of 5).
node bench/long-tasks.mjs --dist dist --runs "${BENCH_RUNS:-5}" --out target/bench/long-tasks.json
# What the stack alone costs, for the size budget (README, "Performance").
scripts/floor-size.sh
# The same app with a counting allocator, for the leak figure only.
scripts/trunk-release.sh --public-url / --features alloc-stats --dist target/bench/dist-stats
cargo build --release --locked -p catalog-tool
mkdir -p target/bench
# The catalog tool: the default catalog's import, and IMDb's format at scale
# (1,000,000 titles, 10,000,000 principals, made up; kept for the next run):
# time and peak memory, reading every row, writing nothing (--dry-run).
echo "### Catalog tool"
target/release/catalog-tool import --base assets/catalog --wikidata target/data/movies.db \
  --out target/bench/site-catalog --force | tail -3
imdb=target/bench/imdb-1m
if [ ! -f "$imdb/name.basics.tsv.gz" ]; then
  target/release/catalog-tool synth-imdb --titles 1000000 --principals-per-title 10 --out "$imdb"
fi
target/release/catalog-tool import --imdb "$imdb" --out target/bench/imdb-catalog --dry-run
echo
# A long film life in this browser (issue 15): saves, library pages, a 5,000-row import.
echo "### Your films at the size of a real film life"
node bench/library.mjs --dist dist --catalog target/site-catalog --runs "${BENCH_RUNS:-5}" \
  --out target/bench/library.json
echo
for n in "${sizes[@]}"; do
  if [ "$n" = default ]; then
    catalog=target/site-catalog
  else
    catalog=target/bench/catalog-$n
    # Kept for the next run while the tool that wrote it is the same: a
    # catalog from an older tool may lack files the site now reads.
    tool=$(sha256sum target/release/catalog-tool | cut -d' ' -f1)
    if [ "$(cat "$catalog.tool" 2>/dev/null)" != "$tool" ]; then
      target/release/catalog-tool generate --titles "$n" --out "$catalog" --force
      echo "$tool" >"$catalog.tool"
    fi
  fi
  node bench/run.mjs --dist dist --catalog "$catalog" --label "$n titles" \
    --runs "${BENCH_RUNS:-5}" --navigations "${BENCH_NAVIGATIONS:-200}" --out "target/bench/result-$n.json" \
    --stats-dist target/bench/dist-stats
  echo
done
