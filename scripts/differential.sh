#!/usr/bin/env bash
# Builds engage (release) and runs the differential check against cmark-gfm.
# Usage: scripts/differential.sh [differential.py options] [FILES/DIRS...]
# Env: ENGAGE_SHARED (default: <repo>/../shared), SCRATCH (default: .build).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
scratch="${SCRATCH:-$repo/.build}"
swift build --package-path "$repo" -c release --scratch-path "$scratch" --product engage >&2
exec python3 "$repo/scripts/differential.py" --engage "$scratch/release/engage" "$@"
