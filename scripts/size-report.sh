#!/usr/bin/env bash
# Prints the size of the app's code (wasm, js, css) in dist/, raw and gzipped.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../dist"
total_raw=0
total_gz=0
printf '%-44s %10s %10s\n' file bytes gzip-9
for f in *.wasm *.js *.css; do
  raw=$(stat -c %s "$f")
  gz=$(gzip -9c "$f" | wc -c)
  total_raw=$((total_raw + raw))
  total_gz=$((total_gz + gz))
  printf '%-44s %10d %10d\n' "$f" "$raw" "$gz"
done
printf '%-44s %10d %10d  (%d KiB gzipped)\n' "total wasm+js+css" "$total_raw" "$total_gz" $((total_gz / 1024))
