#!/usr/bin/env python3
"""Validate engage's SARIF output against the SARIF 2.1.0 JSON schema.

Runs `engage lint --format sarif --output FILE` over Fixtures/ (which holds
unreadable inputs too, so tool notifications are exercised), validates the
file against ../shared/schemas/sarif-schema-2.1.0.json with `jsonschema`, then
checks what the schema cannot: every ruleIndex points at its ruleId, and every
relative URI sits under %SRCROOT%. Exits 1 when anything is invalid.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def default_schema() -> Path:
    shared = Path(os.environ.get("ENGAGE_SHARED", REPO.parent / "shared"))
    return shared / "schemas" / "sarif-schema-2.1.0.json"


def default_engage() -> str:
    for build in ("release", "debug"):
        candidate = REPO / ".build" / build / "engage"
        if candidate.exists():
            return str(candidate)
    return str(REPO / ".build" / "release" / "engage")


def run_engage(engage: str, paths: list[str]) -> dict:
    with tempfile.TemporaryDirectory() as folder:
        output = Path(folder) / "engage.sarif"
        run = subprocess.run([engage, "lint", "--format", "sarif", "--output", str(output), *paths],
                             cwd=REPO, capture_output=True, text=True)
        # 0 or 1 is the lint verdict; 2 is expected here (Fixtures/edge has unreadable files).
        if run.returncode not in (0, 1, 2) or not output.exists():
            sys.exit(f"FAIL: engage exited {run.returncode} without a report\n{run.stderr}")
        return json.loads(output.read_text(encoding="utf-8"))


def consistency_problems(log: dict) -> list[str]:
    problems = []
    for run in log["runs"]:
        rules = run["tool"]["driver"].get("rules", [])
        for number, result in enumerate(run.get("results", [])):
            index = result.get("ruleIndex")
            if index is None or not 0 <= index < len(rules) or rules[index]["id"] != result["ruleId"]:
                problems.append(f"result {number}: ruleIndex {index} does not point at {result['ruleId']}")
            for location in result.get("locations", []):
                artifact = location["physicalLocation"]["artifactLocation"]
                uri = artifact["uri"]
                if "://" not in uri and (artifact.get("uriBaseId") != "%SRCROOT%" or uri.startswith("/")):
                    problems.append(f"result {number}: relative uri {uri!r} without %SRCROOT%")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engage", default=default_engage())
    parser.add_argument("--schema", default=str(default_schema()))
    parser.add_argument("--golden", default=str(REPO / "Fixtures" / "reports" / "lint.sarif.golden"),
                        help="also validate this stored report (the golden holds the escaping cases)")
    parser.add_argument("paths", nargs="*", default=["Fixtures/"])
    args = parser.parse_args()
    try:
        import jsonschema
    except ImportError:
        sys.exit("FAIL: python3 -m pip install jsonschema")

    schema = json.loads(Path(args.schema).read_text(encoding="utf-8"))
    log = run_engage(args.engage, args.paths)
    validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())
    logs = {"engage lint " + " ".join(args.paths): log}
    if args.golden and Path(args.golden).exists():
        logs[args.golden] = json.loads(Path(args.golden).read_text(encoding="utf-8"))
    errors, problems = [], []
    for name, each in logs.items():
        errors += [(name, error) for error in validator.iter_errors(each)]
        problems += [f"{name}: {problem}" for problem in consistency_problems(each)]
    for name, error in errors[:20]:
        print(f"schema: {name}: {'/'.join(map(str, error.absolute_path))}: {error.message}")
    for problem in problems[:20]:
        print(f"consistency: {problem}")
    run = log["runs"][0]
    summary = (f"{len(run['tool']['driver']['rules'])} rules, {len(run['results'])} results, "
               f"{len(run['invocations'][0]['toolExecutionNotifications'])} notifications")
    summary += f"; {len(logs)} log(s) checked"
    if errors or problems:
        print(f"FAIL: SARIF invalid ({len(errors)} schema errors, {len(problems)} other problems; {summary})")
        return 1
    print(f"OK: SARIF 2.1.0 valid ({summary})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
