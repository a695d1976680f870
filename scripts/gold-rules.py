#!/usr/bin/env python3
"""Checklist rules against the hand-judged gold-dev articles.

Runs `engage lint --format json` once over the articles in
../shared/gold-dev/manifest.txt and compares each of the 23 judged items
with the rule of the same id: a judged `true` means the rule should pass,
except `accuracy/placeholders`, where `true` means placeholders remain (the
rule should fail). A rule that is `n/a` counts as "not met".

Prints every disagreement with engage's message, agreement per item and
overall. Exit 1 if overall agreement is under --min-overall or any item is
under --min-item (defaults 0: report only), 2 on a tool error.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
INVERTED = {"accuracy/placeholders"}


def shared_dir() -> Path:
    env = os.environ.get("ENGAGE_SHARED")
    return Path(env) if env else REPO.parent / "shared"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engage", default=str(REPO / ".build" / "release" / "engage"))
    parser.add_argument("--gold", help="labels folder (manifest.txt, labels/); default: the shared gold-dev")
    parser.add_argument("--min-overall", type=float, default=0.0)
    parser.add_argument("--min-item", type=float, default=0.0)
    parser.add_argument("--quiet", action="store_true")
    parser.add_argument("--item", action="append", help="only these item ids")
    args = parser.parse_args()

    gold = Path(args.gold) if args.gold else shared_dir() / "gold-dev"
    corpus = shared_dir() / "corpus" / "system-design-course"
    articles = [l.strip() for l in (gold / "manifest.txt").read_text().splitlines() if l.strip()]
    labels = {a: json.loads((gold / "labels" / (a.replace("/", "__") + ".json")).read_text()) for a in articles}
    run = subprocess.run([args.engage, "lint", "--format", "json", *[str(corpus / a) for a in articles]],
                         capture_output=True, text=True)
    if run.returncode not in (0, 1):
        print(f"engage failed ({run.returncode}): {run.stderr.strip()[:500]}", file=sys.stderr)
        return 2
    found = {Path(f["path"]).resolve(): f for f in json.loads(run.stdout)["files"]}

    per_item: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for article in articles:
        report = found.get((corpus / article).resolve())
        if report is None:
            print(f"{article}: missing from engage's output")
            continue
        results = {r["rule"]: r for r in report["results"]}
        lines = []
        for item, expected in labels[article]["items"].items():
            if args.item and item not in args.item:
                continue
            result = results.get(item)
            if result is None:
                lines.append(f"  {item}: no such rule in engage")
                per_item[item][1] += 1
                continue
            met = result["status"] == "pass"
            if item in INVERTED:
                met = result["status"] == "fail"
            per_item[item][1] += 1
            if met == expected:
                per_item[item][0] += 1
            else:
                why = result.get("message") or "; ".join(result.get("evidence", [])[:3])
                note = labels[article].get("notes", {}).get(item, "")
                lines.append(f"  {item}: gold {expected}, engage {result['status']}: {why[:140]}"
                             + (f"\n      gold note: {note[:160]}" if note else ""))
        if lines and not args.quiet:
            print(article)
            print("\n".join(lines))

    print("\nagreement per item")
    total_ok = total = 0
    worst = 100.0
    for item in sorted(per_item):
        ok, n = per_item[item]
        pct = 100.0 * ok / n
        worst = min(worst, pct)
        total_ok += ok
        total += n
        print(f"  {item:28} {ok:>2}/{n:<2} {pct:5.1f}%")
    overall = 100.0 * total_ok / max(total, 1)
    print(f"\noverall: {total_ok}/{total} = {overall:.1f}%   lowest item: {worst:.1f}%")
    return 1 if overall < args.min_overall or worst < args.min_item else 0


if __name__ == "__main__":
    sys.exit(main())
