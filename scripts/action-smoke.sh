#!/usr/bin/env bash
# Runs the GitHub Action's lint step (scripts/action-lint.sh, as action.yml
# calls it) outside GitHub with a fake job summary, and checks what a workflow
# would get: the summary table, one annotation per finding, a SARIF file, and
# the step's exit code (1 when a post fails, 0 when all pass).
# Usage: scripts/action-smoke.sh [ENGAGE_BINARY]   (default .build/release/engage)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"
export ENGAGE="${1:-$repo/.build/release/engage}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

# action.yml must call this script with the inputs it reads.
grep -q 'scripts/action-lint.sh' action.yml || fail "action.yml does not run scripts/action-lint.sh"
for input in PATHS CHANGED_SINCE MIN_SCORE STRICT CONFIG SARIF_FILE; do
    grep -q "INPUT_$input:" action.yml || fail "action.yml does not pass INPUT_$input"
done

echo "--- a failing post: annotations, summary, SARIF, exit 1"
export GITHUB_STEP_SUMMARY="$work/summary.md"
export INPUT_PATHS="Fixtures/posts/complete-post.md
Fixtures/posts/documentation-style.md"
export INPUT_SARIF_FILE="$work/engage.sarif"
set +e
bash scripts/action-lint.sh > "$work/annotations.txt"
status=$?
set -e
[ "$status" = 1 ] || fail "exit code $status, expected 1"
grep -q '^::error file=Fixtures/posts/documentation-style.md,line=' "$work/annotations.txt" || fail "no error annotation"
grep -q '^::notice file=Fixtures/posts/complete-post.md' "$work/annotations.txt" || fail "no score notice"
grep -q '^| File | Score |' "$GITHUB_STEP_SUMMARY" || fail "no summary table"
python3 -c 'import json,sys; log=json.load(open(sys.argv[1])); assert log["version"]=="2.1.0" and log["runs"][0]["results"]' \
    "$INPUT_SARIF_FILE" || fail "no SARIF results"
echo "$(grep -c '^::' "$work/annotations.txt") workflow commands, $(wc -l < "$GITHUB_STEP_SUMMARY") summary lines"

echo "--- a passing post: exit 0"
export INPUT_PATHS="Fixtures/posts/complete-post.md" INPUT_SARIF_FILE=""
bash scripts/action-lint.sh > "$work/annotations2.txt" || fail "a passing post failed the step"
echo "PASS: the action's lint step works outside GitHub"
