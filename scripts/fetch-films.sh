#!/usr/bin/env bash
# Fetches the real films of the default site: the CC0 Wikidata film snapshot
# (17,472 films, 1940-2014) in the PyPI package bokeh-sampledata 2026.1,
# into target/data/movies.db. Only this exact release: earlier releases of
# that package held non-free (OMDb, CC BY-NC) data. Skipped when the file is
# there with the expected SHA-256.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"

VERSION=2026.1
DB_SHA256=1d9c6a02e488d0354b2309e16130c58820a91ac2ce417e814c5964f9579a65ac
DATA=target/data
DB=$DATA/movies.db

if [ -f "$DB" ] && echo "$DB_SHA256  $DB" | sha256sum --check --status; then
  exit 0
fi
printf '\n== fetch-films: bokeh-sampledata %s from PyPI (13 MB)\n' "$VERSION"
if ! python3 -m pip --version >/dev/null 2>&1; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update
  $SUDO apt-get install -y python3-pip
fi
mkdir -p "$DATA/wheel"
python3 -m pip download "bokeh-sampledata==$VERSION" --no-deps --only-binary=:all: \
  --dest "$DATA/wheel" --quiet --disable-pip-version-check
# The wheel is a zip; python's zipfile is on any machine that has pip.
python3 - "$DATA" "$VERSION" <<'PY'
import pathlib, sys, zipfile
data, version = pathlib.Path(sys.argv[1]), sys.argv[2]
wheel = next((data / "wheel").glob(f"bokeh_sampledata-{version}-*.whl"))
with zipfile.ZipFile(wheel) as z:
    (data / "movies.db").write_bytes(z.read("bokeh_sampledata/_data/movies.db"))
    # The licence record: CC0-1.0, attribution "Wikidata contributors".
    (data / "datasets.json").write_bytes(
        z.read(f"bokeh_sampledata-{version}.dist-info/licenses/licenses/datasets.json"))
PY
echo "$DB_SHA256  $DB" | sha256sum --check --quiet
rm -rf "$DATA/wheel"
echo "fetch-films: $DB ready"
