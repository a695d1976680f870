#!/usr/bin/env python3
"""Counts the instructions engage executes on each pathological trap at 1x, 4x
and 16x size, under valgrind (cachegrind, no cache simulation).

Why: the time benchmark (`engage-bench pathological`) is what the linear-time
bar is stated in, but on a shared machine its 16x/1x ratios swing by +-15%,
and a 16x input that leaves the L2 cache pays for memory, not for work.
Instruction counts do not depend on load or caches: for a linear algorithm
16x the input is 16x the instructions; a quadratic step shows as ~256x.

Each count is of `engage-bench once FILE` (read, then parse or lint once)
minus the same command on an empty file (start-up). Hashing is made
deterministic (SWIFT_DETERMINISTIC_HASHING) so counts repeat exactly.

usage: scripts/trap-instructions.py --bench PATH [--stage parse|lint]
                                    [--only NAME,...] [--max-ratio 20]
Exits 1 when a trap's 16x/1x instruction ratio is above --max-ratio.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

FACTORS = (1, 4, 16)


def instructions(bench, stage, path):
    env = dict(os.environ, SWIFT_DETERMINISTIC_HASHING="1")
    run = subprocess.run(
        ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
         bench, "once", "--stage", stage, path],
        capture_output=True, text=True, env=env)
    if run.returncode != 0:
        sys.exit(f"trap-instructions: {bench} once failed on {path}:\n{run.stderr[-2000:]}")
    match = re.search(r"I\s+refs:\s+([\d,]+)", run.stderr)
    if not match:
        sys.exit(f"trap-instructions: no instruction count in valgrind's output:\n{run.stderr[-2000:]}")
    return int(match.group(1).replace(",", ""))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bench", required=True, help="path to the engage-bench binary (release build)")
    parser.add_argument("--stage", choices=["parse", "lint"], default="parse")
    parser.add_argument("--only", help="comma-separated trap names")
    parser.add_argument("--max-ratio", type=float, default=20.0)
    args = parser.parse_args()

    names = subprocess.run([args.bench, "traps"], capture_output=True, text=True, check=True).stdout.split()
    if args.only:
        wanted = set(args.only.split(","))
        unknown = wanted - set(names)
        if unknown:
            sys.exit(f"trap-instructions: no trap named {sorted(unknown)}; traps: {', '.join(names)}")
        names = [n for n in names if n in wanted]

    with tempfile.TemporaryDirectory() as work:
        empty = os.path.join(work, "empty.md")
        open(empty, "wb").close()
        base = instructions(args.bench, args.stage, empty)
        print(f"Instructions executed by `engage-bench once --stage {args.stage}` (valgrind), "
              f"start-up ({base:,}) subtracted.")
        print(f"PASS when 16x input executes at most {args.max_ratio:g}x the 1x instructions "
              f"(linear work gives 16).\n")
        rows = [("trap", "instr 1x", "instr 16x", "4x/1x", "16x/1x", "")]
        failed = []
        for name in names:
            counts = []
            for factor in FACTORS:
                path = os.path.join(work, f"{name}-{factor}.md")
                with open(path, "wb") as out:
                    subprocess.run([args.bench, "dump", name, "--factor", str(factor)], stdout=out, check=True)
                counts.append(max(1, instructions(args.bench, args.stage, path) - base))
            r4, r16 = counts[1] / counts[0], counts[2] / counts[0]
            ok = r16 <= args.max_ratio
            if not ok:
                failed.append(name)
            rows.append((name, f"{counts[0]:,}", f"{counts[2]:,}", f"{r4:.2f}", f"{r16:.2f}", "PASS" if ok else "FAIL"))
        widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
        for row in rows:
            print("  ".join(cell.ljust(widths[i]) if i == 0 else cell.rjust(widths[i]) for i, cell in enumerate(row)))
        print()
        if failed:
            print(f"SUPERLINEAR WORK: {', '.join(failed)}")
            return 1
        print("all traps linear in instructions")
        return 0


if __name__ == "__main__":
    sys.exit(main())
