#!/usr/bin/env bash
# Builds engage-bench (release) and runs both benchmarks: pathological inputs
# (linear-time check) and corpus throughput against cmark-gfm.
# Usage: scripts/bench.sh [--quick] [--no-fail] [--cpu-time]
#   --quick     pathological traps at 1/4 size, corpus repeated to 25 MB only
#   --no-fail   report quadratic traps without failing
#   --cpu-time  time the traps with the thread CPU clock (use it when other
#               jobs share the machine: wall-clock ratios then swing by 2x)
# Env: ENGAGE_SHARED (default: <repo>/../shared), SCRATCH (build dir, default
#      <repo>/.build-bench), CMARK_GFM (cmark-gfm binary, default: from PATH).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${ENGAGE_SHARED:-$repo/../shared}"
scratch="${SCRATCH:-$repo/.build-bench}"
scale=1 min_mb=100 extra=()
for arg in "$@"; do
  case "$arg" in
    --quick) scale=0.25 min_mb=25 ;;
    --no-fail|--cpu-time) extra+=("$arg") ;;
    *) echo "usage: $0 [--quick] [--no-fail] [--cpu-time]" >&2; exit 2 ;;
  esac
done

swift build --package-path "$repo" -c release --scratch-path "$scratch" --product engage-bench >&2
bench="$scratch/release/engage-bench"

echo "== pathological inputs =="
status=0
"$bench" pathological --scale "$scale" "${extra[@]}" || status=$?
echo
echo "== corpus throughput =="
"$bench" corpus --min-mb "$min_mb" --corpus "$shared/corpus/system-design-course"
exit "$status"
