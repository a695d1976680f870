#!/usr/bin/env python3
"""Section classifier against the hand-labelled gold-dev articles.

Runs `engage sections --format json` once over every article listed in
../shared/gold-dev/manifest.txt and compares with the labels:

  per heading   for each labelled `##` heading (and the opening at line 1),
                the section engage gives the part starting at (or holding)
                that line, against the hand label (exact id match);
  per presence  the 8 present/absent booleans per article.

Prints each disagreement, a confusion table (rows: gold, columns: engage)
and both agreement figures. Exit 1 if a figure is under --min-heading or
--min-presence (default 0: report only), 2 on a usage or tool error.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SECTIONS = ["hook", "problem", "why-fails", "shift", "solution", "proof", "quick-win", "cta", "other"]


def shared_dir() -> Path:
    env = os.environ.get("ENGAGE_SHARED")
    return Path(env) if env else REPO.parent / "shared"


def section_at(parts: list[dict], line: int) -> str:
    """The section of the part starting at `line`, else of the part holding it."""
    for part in parts:
        if part["line"] == line:
            return part["section"]
        for sub in part.get("subsections", []):
            if sub["line"] == line:
                return sub["section"]
    holder = None
    for part in parts:
        if part["line"] <= line:
            holder = part
    return holder["section"] if holder else "other"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engage", default=str(REPO / ".build" / "release" / "engage"))
    parser.add_argument("--gold", help="labels folder (manifest.txt, labels/); default: the shared gold-dev")
    parser.add_argument("--min-heading", type=float, default=0.0, help="fail under this %% of headings")
    parser.add_argument("--min-presence", type=float, default=0.0, help="fail under this %% of presence flags")
    parser.add_argument("--quiet", action="store_true", help="summary only")
    args = parser.parse_args()

    gold = Path(args.gold) if args.gold else shared_dir() / "gold-dev"
    corpus = shared_dir() / "corpus" / "system-design-course"
    articles = [line.strip() for line in (gold / "manifest.txt").read_text().splitlines() if line.strip()]
    labels = {a: json.loads((gold / "labels" / (a.replace("/", "__") + ".json")).read_text()) for a in articles}
    paths = [str(corpus / a) for a in articles]
    run = subprocess.run([args.engage, "sections", "--format", "json", *paths], capture_output=True, text=True)
    if run.returncode not in (0, 1):
        print(f"engage failed ({run.returncode}): {run.stderr.strip()}", file=sys.stderr)
        return 2
    found = {Path(f["path"]).resolve(): f for f in json.loads(run.stdout)["files"]}

    confusion: Counter[tuple[str, str]] = Counter()
    heading_total = heading_ok = presence_total = presence_ok = 0
    for article in articles:
        label = labels[article]
        result = found.get((corpus / article).resolve())
        if result is None:
            print(f"{article}: not in engage's output")
            continue
        lines = []
        for entry in label["map"]:
            got = section_at(result["parts"], entry["line"])
            confusion[(entry["section"], got)] += 1
            heading_total += 1
            if got == entry["section"]:
                heading_ok += 1
            else:
                lines.append(f"  line {entry['line']:>4} {entry['heading'][:48]!r}: gold {entry['section']}, engage {got}")
        for section, expected in label["present"].items():
            presence_total += 1
            got = bool(result["present"].get(section))
            if got == expected:
                presence_ok += 1
            else:
                lines.append(f"  present {section}: gold {expected}, engage {got}")
        if lines and not args.quiet:
            print(article)
            print("\n".join(lines))

    print("\nconfusion (rows: gold, columns: engage)")
    print(" " * 10 + "".join(f"{s[:9]:>10}" for s in SECTIONS))
    for gold_section in SECTIONS:
        print(f"{gold_section:>10}" + "".join(f"{confusion[(gold_section, s)]:>10}" for s in SECTIONS))
    heading_pct = 100.0 * heading_ok / max(heading_total, 1)
    presence_pct = 100.0 * presence_ok / max(presence_total, 1)
    print(f"\nper heading:  {heading_ok}/{heading_total} = {heading_pct:.1f}%")
    print(f"per presence: {presence_ok}/{presence_total} = {presence_pct:.1f}%")
    failed = heading_pct < args.min_heading or presence_pct < args.min_presence
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
