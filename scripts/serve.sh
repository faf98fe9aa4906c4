#!/usr/bin/env bash
# Installs what is missing, then serves the site with live reload at
# http://127.0.0.1:8080/ (deep links such as /title/canoa-1976 work).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
"$ROOT/scripts/setup.sh"
cd "$ROOT"
exec trunk serve "$@"
