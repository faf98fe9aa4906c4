#!/usr/bin/env bash
# Builds the release site into dist/, ready for any static host.
# Usage: scripts/build.sh [mount path]   e.g. scripts/build.sh /film/
# The mount path defaults to / (the site at the root of its host).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
"$ROOT/scripts/setup.sh"
cd "$ROOT"
scripts/trunk-release.sh --public-url "${1:-/}"
