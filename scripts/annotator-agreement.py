#!/usr/bin/env python3
"""How often two people agree: two annotators' labels of the same articles.

Compares two label folders in the gold-dev format (manifest.txt, labels/),
judged independently, on the measures `gold-sections.py` and `gold-rules.py`
use for engage: the section of each `##` heading (matched by line; headings
only one annotator mapped are counted and shown apart), the 8 presence flags
and the 23 checklist items per article. Optionally also runs engage and
prints its agreement with each annotator over the same headings, so engage's
figure sits beside the human one.

    scripts/annotator-agreement.py FIRST SECOND [--engage PATH]

Why: a classifier can agree with one person no more often than a second
person does; where two annotators part, engage's "misses" against either are
the same judgement calls. Exit 2 on a usage error, else 0 (a report only).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def load(folder: Path) -> dict[str, dict]:
    articles = [line.strip() for line in (folder / "manifest.txt").read_text().splitlines() if line.strip()]
    return {a: json.loads((folder / "labels" / (a.replace("/", "__") + ".json")).read_text()) for a in articles}


def heading_map(label: dict) -> dict[int, str]:
    return {entry["line"]: entry["section"] for entry in label["map"]}


def engage_maps(engage: str, articles: list[str], corpus: Path) -> dict[str, list[dict]]:
    run = subprocess.run([engage, "sections", "--format", "json", *[str(corpus / a) for a in articles]],
                         capture_output=True, text=True)
    if run.returncode not in (0, 1):
        sys.exit(f"engage failed ({run.returncode}): {run.stderr.strip()}")
    found = {Path(f["path"]).resolve(): f["parts"] for f in json.loads(run.stdout)["files"]}
    missing = [a for a in articles if (corpus / a).resolve() not in found]
    if missing:
        sys.exit(f"not in engage's output: {', '.join(missing)}")
    return {a: found[(corpus / a).resolve()] for a in articles}


def percent(ok: int, total: int) -> str:
    return f"{ok}/{total} = {100 * ok / total:.1f}%" if total else "0/0"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("first", type=Path, help="labels folder of the first annotator")
    parser.add_argument("second", type=Path, help="labels folder of the second annotator (same manifest)")
    parser.add_argument("--engage", help="also measure this engage binary against each annotator")
    args = parser.parse_args()

    first, second = load(args.first), load(args.second)
    if set(first) != set(second):
        print("the two folders label different articles", file=sys.stderr)
        return 2
    articles = sorted(first)

    headings = Counter()
    confusion: Counter[tuple[str, str]] = Counter()
    presence = Counter()
    items = Counter()
    per_item: dict[str, Counter] = {}
    shared_lines: dict[str, list[int]] = {}
    for article in articles:
        a, b = first[article], second[article]
        map_a, map_b = heading_map(a), heading_map(b)
        shared = sorted(set(map_a) & set(map_b))
        shared_lines[article] = shared
        headings["unmatched"] += len(set(map_a) ^ set(map_b))
        for line in shared:
            headings["total"] += 1
            headings["ok"] += map_a[line] == map_b[line]
            confusion[(map_a[line], map_b[line])] += 1
        for section, flag in a["present"].items():
            presence["total"] += 1
            presence["ok"] += flag == b["present"].get(section)
        for item, flag in a["items"].items():
            items["total"] += 1
            items["ok"] += flag == b["items"].get(item)
            tally = per_item.setdefault(item, Counter())
            tally["total"] += 1
            tally["ok"] += flag == b["items"].get(item)

    print(f"{len(articles)} articles, two annotators")
    print(f"headings (same line in both maps): {percent(headings['ok'], headings['total'])}"
          f"   ({headings['unmatched']} headings in one map only)")
    print(f"presence flags:                    {percent(presence['ok'], presence['total'])}")
    print(f"checklist items:                   {percent(items['ok'], items['total'])}")
    lowest = min(per_item.items(), key=lambda kv: kv[1]["ok"] / kv[1]["total"])
    print(f"lowest item: {lowest[0]} {percent(lowest[1]['ok'], lowest[1]['total'])}")
    parted = [(item, tally) for item, tally in per_item.items() if tally["ok"] < tally["total"]]
    if parted:
        print("items they part on: " + ", ".join(f"{item} {tally['total'] - tally['ok']}"
                                                 for item, tally in sorted(parted, key=lambda kv: kv[1]["ok"] - kv[1]["total"])))
    print("\nwhere they part, by pair of sections (first annotator, second annotator):")
    for (x, y), count in sorted(confusion.items(), key=lambda kv: -kv[1]):
        if x != y:
            print(f"  {count:3}  {x} / {y}")

    if args.engage:
        spec = importlib.util.spec_from_file_location("gold_sections", REPO / "scripts" / "gold-sections.py")
        gold_sections = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(gold_sections)
        corpus = gold_sections.shared_dir() / "corpus" / "system-design-course"
        maps = engage_maps(args.engage, articles, corpus)
        agree = Counter()
        for article in articles:
            map_a, map_b = heading_map(first[article]), heading_map(second[article])
            for line in shared_lines[article]:
                found = gold_sections.section_at(maps[article], line)
                agree["first"] += found == map_a[line]
                agree["second"] += found == map_b[line]
                agree["either"] += found in (map_a[line], map_b[line])
        total = headings["total"]
        print(f"\nengage over the same headings: first {percent(agree['first'], total)}, "
              f"second {percent(agree['second'], total)}, either {percent(agree['either'], total)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
