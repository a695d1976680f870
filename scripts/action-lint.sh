#!/usr/bin/env bash
# The GitHub Action's lint step (see action.yml), kept as a script so that CI
# can run it outside GitHub (scripts/action-smoke.sh). Reads the action's
# inputs from INPUT_* variables and the engage binary from ENGAGE.
#   1. the Markdown summary table, appended to $GITHUB_STEP_SUMMARY;
#   2. SARIF to $INPUT_SARIF_FILE, if set;
#   3. one workflow command per finding (annotations); its exit code is the step's.
set -uo pipefail
engage="${ENGAGE:?ENGAGE must point at the engage binary}"

args=()
[ -n "${INPUT_MIN_SCORE:-}" ] && args+=(--min-score "$INPUT_MIN_SCORE")
[ "${INPUT_STRICT:-false}" = "true" ] && args+=(--strict)
[ -n "${INPUT_CONFIG:-}" ] && args+=(--config "$INPUT_CONFIG")
[ -n "${INPUT_CHANGED_SINCE:-}" ] && args+=(--changed-since "$INPUT_CHANGED_SINCE")
# Paths: split on whitespace (spaces or newlines in the workflow file).
read -r -d '' -a paths <<< "${INPUT_PATHS:-.}" || true
args+=(-- "${paths[@]}")

if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
    "$engage" lint --format markdown "${args[@]}" >> "$GITHUB_STEP_SUMMARY"
    [ $? -le 1 ] || echo "::warning title=engage::the Markdown summary could not be written"
fi
if [ -n "${INPUT_SARIF_FILE:-}" ]; then
    "$engage" lint --format sarif --output "$INPUT_SARIF_FILE" "${args[@]}" > /dev/null
    [ $? -le 1 ] || echo "::warning title=engage::the SARIF report could not be written"
fi
"$engage" lint --format github "${args[@]}"
