#!/usr/bin/env bash
# Builds engage-bench (release) and runs both benchmarks: pathological inputs
# (linear-time check) and corpus throughput against cmark-gfm.
# Usage: scripts/bench.sh [--quick] [--no-fail]
#   --quick    pathological traps at 1/4 size, corpus repeated to 25 MB only
#   --no-fail  report quadratic traps without failing
# Env: ENGAGE_SHARED (default: <repo>/../shared), SCRATCH (build dir, default
#      <repo>/.build-bench), CMARK_GFM (cmark-gfm binary, default: from PATH).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${ENGAGE_SHARED:-$repo/../shared}"
scratch="${SCRATCH:-$repo/.build-bench}"
scale=1 min_mb=100 no_fail=()
for arg in "$@"; do
  case "$arg" in
    --quick) scale=0.25 min_mb=25 ;;
    --no-fail) no_fail=(--no-fail) ;;
    *) echo "usage: $0 [--quick] [--no-fail]" >&2; exit 2 ;;
  esac
done

swift build --package-path "$repo" -c release --scratch-path "$scratch" --product engage-bench >&2
bench="$scratch/release/engage-bench"

echo "== pathological inputs =="
status=0
"$bench" pathological --scale "$scale" "${no_fail[@]}" || status=$?
echo
echo "== corpus throughput =="
"$bench" corpus --min-mb "$min_mb" --corpus "$shared/corpus/system-design-course"
exit "$status"
