#!/usr/bin/env bash
# Proves the pre-commit hook with the real `pre-commit` tool (from PyPI): a
# temporary git repository installs the `engage` hook from this checkout (at
# its HEAD commit), then
#   1. a commit of a post that fails the gate is refused, with the report shown;
#   2. a commit of a post that passes goes through.
# Usage: scripts/precommit-proof.sh   (needs git, python3 -m pip, swift)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if ! python3 -m pre_commit --version >/dev/null 2>&1; then
    python3 -m pip install --quiet pre-commit 2>/dev/null \
        || python3 -m pip install --quiet --break-system-packages pre-commit
fi
python3 -m pre_commit --version

# The hook is installed from a commit: uncommitted changes in this checkout are not part of the proof.
rev=$(git -C "$repo" rev-parse HEAD)
export PRE_COMMIT_HOME="$work/cache"
git init -q -b main "$work/site"
cd "$work/site"
git config user.name "engage proof"
git config user.email "proof@example.com"
cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: $repo
    rev: $rev
    hooks:
      - id: engage
YAML
git add .pre-commit-config.yaml
git commit -q --no-verify -m "pre-commit configuration"
python3 -m pre_commit install
echo "building the hook (swift build -c release inside pre-commit)..."
python3 -m pre_commit install-hooks

fail() { echo "FAIL: $*"; exit 1; }

echo "--- 1. a failing post must be refused"
cp "$repo/Fixtures/posts/documentation-style.md" failing-post.md
git add failing-post.md
if git commit -m "add a post that fails the gate" > commit1.log 2>&1; then
    cat commit1.log; fail "the commit of a failing post went through"
fi
cat commit1.log
grep -q "failing-post.md" commit1.log || fail "the refusal does not show engage's report"
grep -q "score" commit1.log || fail "the report shown has no score"
git reset -q HEAD failing-post.md && rm failing-post.md

echo "--- 2. a passing post must go through"
cp "$repo/Fixtures/posts/complete-post.md" passing-post.md
git add passing-post.md
git commit -m "add a post that passes" > commit2.log 2>&1 || { cat commit2.log; fail "the commit of a passing post was refused"; }
cat commit2.log
[ "$(git log -1 --format=%s)" = "add a post that passes" ] || fail "no commit recorded"
echo "PASS: pre-commit refuses a failing post and accepts a passing one"
