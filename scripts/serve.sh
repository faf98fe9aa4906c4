#!/usr/bin/env bash
# Installs what is missing, then serves a debug build at
# http://127.0.0.1:8080/ (deep links such as /title/canoa-1976 work), rebuilt
# on change. Reload the page yourself: trunk's live-reload client is an
# inline script, which the site's Content-Security-Policy forbids.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
"$ROOT/scripts/setup.sh"
cd "$ROOT"
exec trunk serve "$@"
