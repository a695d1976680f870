#!/usr/bin/env python3
"""Differential check: engage's Markdown parser against cmark-gfm.

For every Markdown file (the shared corpus by default, or the files and
directories given as arguments) compare the blocks both parsers find:

  heading         start line, level, text (whitespace collapsed)
  code_block      start line, end line, info string
  table           start line, number of rows (header included)
  block_quote     start line
  thematic_break  start line

engage runs ONCE for all files (`engage outline --format json FILE...`);
cmark-gfm runs once per file on a thread pool (`-t xml --sourcepos`).

cmark-gfm 0.29's source positions have known quirks that this script
corrects on the cmark side, so that only real parsing differences show up:
  * a block closed by blank lines may end at "L:0" (the start of the line
    after its last line): code block ends are recomputed from the literal;
  * a table whose header line follows paragraph lines starts at the
    paragraph's first line: the table start is recomputed as the line before
    the delimiter row.

Front matter is not Markdown to cmark: a leading `---` ... `---`/`...` (YAML)
or `+++` ... `+++` (TOML) block is blanked (line numbers kept) before cmark
sees the file.

Exit status: 0 if the share of identical files is at least --min-agreement,
1 if not, 2 on a usage or tool error. Python 3.11 standard library only.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import json
import os
import re
import signal
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
NS = "{http://commonmark.org/xml/1.0}"
COMPARED = ("heading", "code_block", "table", "block_quote", "thematic_break")
CMARK_ARGS = ["-t", "xml", "--sourcepos", "-e", "table", "-e", "strikethrough", "-e", "autolink"]
# Characters XML 1.0 forbids; cmark-gfm copies some of them through from the input.
XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
WHITESPACE = re.compile(r"\s+")


def shared_dir() -> Path:
    env = os.environ.get("ENGAGE_SHARED")
    return Path(env) if env else REPO.parent / "shared"


# ---------------------------------------------------------------- blocks

@dataclass(frozen=True, order=True)
class Block:
    """One compared block; `attrs` holds what is compared besides kind and line."""
    line: int
    kind: str
    attrs: tuple = ()

    def describe(self) -> str:
        return " ".join(f"{k}={v!r}" if isinstance(v, str) else f"{k}={v}" for k, v in self.attrs) or "present"


def heading(line, level, text):
    return Block(line, "heading", (("level", level), ("text", WHITESPACE.sub(" ", text).strip())))


def code_block(line, end, info):
    return Block(line, "code_block", (("end", end), ("info", (info or "").strip())))


def table(line, rows):
    return Block(line, "table", (("rows", rows),))


def simple(kind, line):
    return Block(line, kind)


# ---------------------------------------------------------------- cmark side

def split_lines_keepends(data: bytes) -> list[bytes]:
    """Lines with their terminators (LF, CRLF or lone CR), like CommonMark sees them."""
    return re.findall(rb"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$", data)


def blank_front_matter(data: bytes) -> bytes:
    """Replaces a leading YAML/TOML front matter block by empty lines."""
    bom = b"\xef\xbb\xbf" if data.startswith(b"\xef\xbb\xbf") else b""
    lines = split_lines_keepends(data[len(bom):])
    if not lines:
        return data
    opener = lines[0].rstrip(b"\r\n").rstrip(b" \t")
    if opener == b"---":
        closers = (b"---", b"...")
    elif opener == b"+++":
        closers = (b"+++",)
    else:
        return data
    for i in range(1, len(lines)):
        if lines[i].rstrip(b"\r\n").rstrip(b" \t") in closers:
            blanked = [line[len(line.rstrip(b"\r\n")):] for line in lines[: i + 1]]
            return bom + b"".join(blanked + lines[i + 1:])
    return data


def sourcepos(element) -> tuple[int, int, int, int] | None:
    pos = element.get("sourcepos")
    if not pos:
        return None
    start, end = pos.split("-")
    sl, sc = start.split(":")
    el, ec = end.split(":")
    return int(sl), int(sc), int(el), int(ec)


def heading_text(element) -> str:
    parts = []
    for node in element.iter():
        tag = node.tag.removeprefix(NS)
        if tag in ("text", "code"):
            parts.append(node.text or "")
        elif tag in ("softbreak", "linebreak"):
            parts.append(" ")
    return "".join(parts)


FENCE = re.compile(rb"(`{3,}|~{3,})")


def cmark_blocks(xml_bytes: bytes, source: bytes) -> list[Block]:
    """The compared blocks of cmark-gfm's XML; `source` is the text cmark read."""
    text = XML_INVALID.sub("\ufffd", xml_bytes.decode("utf-8", errors="replace"))
    root = ET.fromstring(text.encode("utf-8"))
    lines = split_lines_keepends(source.removeprefix(b"\xef\xbb\xbf"))
    blocks = []
    for element in root.iter():
        tag = element.tag.removeprefix(NS)
        if tag not in COMPARED:
            continue
        pos = sourcepos(element)
        if pos is None:
            continue
        start, start_col, end, end_col = pos
        if tag == "heading":
            blocks.append(heading(start, int(element.get("level", "0")), heading_text(element)))
        elif tag == "code_block":
            literal = element.text or ""
            count = literal.count("\n") + (0 if literal.endswith("\n") or not literal else 1)
            if is_fenced(lines, start, start_col, literal):
                if end_col > 0 and end == start + count + 1:
                    end_line = end  # closed: ends on the closing fence line
                else:
                    end_line = start + count  # unclosed: runs to its last content line
            else:
                end_line = start + max(count, 1) - 1  # indented: trailing blank lines are not part of it
            blocks.append(code_block(start, end_line, element.get("info")))
        elif tag == "table":
            rows = [c for c in element if c.tag.removeprefix(NS) in ("table_header", "table_row")]
            first_body = sourcepos(rows[1]) if len(rows) > 1 else None
            if first_body is not None:
                start = first_body[0] - 2  # header line = the line before the delimiter row
            else:
                start = (end if end_col > 0 else end - 1) - 1
            blocks.append(table(start, len(rows)))
        else:
            blocks.append(simple(tag, start))
    return blocks


def is_fenced(lines: list[bytes], start: int, start_col: int, literal: str) -> bool:
    """cmark's XML does not say whether a code block was fenced. A fenced block's
    sourcepos points at its fence; an indented one's at its first content character,
    which is also the first line of its literal (that settles `    ```` indented)."""
    if not 1 <= start <= len(lines):
        return False
    rest = lines[start - 1][max(start_col - 1, 0):].rstrip(b"\r\n")
    if not FENCE.match(rest):
        return False
    first = literal.split("\n", 1)[0].encode("utf-8", errors="replace")
    return first != rest


def run_cmark(cmark: str, path: Path) -> tuple[list[Block] | None, str | None]:
    try:
        data = path.read_bytes()
    except OSError as error:
        return None, f"cannot read: {error}"
    try:
        source = blank_front_matter(data)
        proc = subprocess.run([cmark, *CMARK_ARGS], input=source,
                              capture_output=True, timeout=120)
    except subprocess.TimeoutExpired:
        return None, "cmark-gfm timed out"
    if proc.returncode != 0:
        return None, f"cmark-gfm exit {proc.returncode}: {proc.stderr.decode(errors='replace').strip()[:200]}"
    try:
        return cmark_blocks(proc.stdout, source), None
    except ET.ParseError as error:
        return None, f"cmark-gfm XML unreadable: {error}"


# ---------------------------------------------------------------- engage side

def engage_block(raw: dict) -> Block | None:
    kind = raw.get("kind")
    line = raw.get("line")
    if kind not in COMPARED or not isinstance(line, int):
        return None
    if kind == "heading":
        return heading(line, raw.get("level", 0), raw.get("text") or "")
    if kind == "code_block":
        return code_block(line, raw.get("endLine", line), raw.get("info"))
    if kind == "table":
        return table(line, raw.get("rows", 0))
    return simple(kind, line)


def run_engage(engage: str, files: list[Path]) -> dict[str, tuple[list[Block] | None, str | None]]:
    """One engage process for all files (split only if the command line would be too long)."""
    results: dict[str, tuple[list[Block] | None, str | None]] = {}
    batches, batch, size = [], [], 0
    for path in files:
        if batch and size + len(str(path)) + 1 > 1_000_000:
            batches.append(batch)
            batch, size = [], 0
        batch.append(path)
        size += len(str(path)) + 1
    if batch:
        batches.append(batch)
    for batch in batches:
        proc = subprocess.run([engage, "outline", "--format", "json", *map(str, batch)],
                              capture_output=True)
        try:
            report = json.loads(proc.stdout)
        except json.JSONDecodeError:
            sys.exit(f"differential: `engage outline` (exit {proc.returncode}) did not print JSON:\n"
                     f"{proc.stdout.decode(errors='replace')[:500]}{proc.stderr.decode(errors='replace')[:2000]}")
        for entry in report.get("files", []):
            blocks = [b for b in map(engage_block, entry.get("blocks", [])) if b is not None]
            results[key(entry.get("path", ""))] = (blocks, None)
        for entry in report.get("errors", []):
            results[key(entry.get("path", ""))] = (None, entry.get("message", "rejected"))
    return results


def key(path: str) -> str:
    return os.path.realpath(path)


# ---------------------------------------------------------------- comparison

@dataclass
class Divergence:
    kind: str        # e.g. "heading.text", "table.missing_in_engage"
    line: int
    engage: str
    cmark: str


def compare(engage: list[Block], cmark: list[Block]) -> list[Divergence]:
    """Blocks are matched by (kind, start line); several at one line are paired in order."""
    by_key: dict[tuple[str, int], list[list[Block]]] = defaultdict(lambda: [[], []])
    for block in engage:
        by_key[(block.kind, block.line)][0].append(block)
    for block in cmark:
        by_key[(block.kind, block.line)][1].append(block)
    out = []
    for (kind, line), (mine, theirs) in sorted(by_key.items(), key=lambda item: (item[0][1], item[0][0])):
        for i in range(max(len(mine), len(theirs))):
            a = mine[i] if i < len(mine) else None
            b = theirs[i] if i < len(theirs) else None
            if a is None:
                out.append(Divergence(f"{kind}.missing_in_engage", line, "-", b.describe()))
            elif b is None:
                out.append(Divergence(f"{kind}.extra_in_engage", line, a.describe(), "-"))
            else:
                for (name, va), (_, vb) in zip(a.attrs, b.attrs):
                    if va != vb:
                        out.append(Divergence(f"{kind}.{name}", line, repr(va), repr(vb)))
    return out


# ---------------------------------------------------------------- self-test

# Hand-checked answers for the cmark side, covering the sourcepos quirks it corrects.
SELF_TESTS = [
    ("front matter, setext, table after paragraph, indented code, unclosed fence",
     b"---\ntitle: x\n---\n# Title *em* `code`\n\nSetext\nheading\n=======\n\nfoo\nbar\n| a | b |\n"
     b"|---|---|\n| 1 | 2 |\n\n    ind\n    two\n\n\n***\n\n```\nunclosed\n\n",
     [heading(4, 1, "Title em code"), heading(6, 1, "Setext heading"), table(12, 2),
      code_block(16, 17, None), simple("thematic_break", 20), code_block(22, 24, None)]),
    ("nested containers, same-line quotes, indented fence-like code",
     b"> # Quote head\n> > inner\n\n- item\n\n  ~~~ js  \n  x\n  ~~~\n- two\n---\n> > > deep\n\n"
     b"    ```\n    not fence\n",
     [simple("block_quote", 1), heading(1, 1, "Quote head"), simple("block_quote", 2), code_block(6, 8, "js"),
      simple("thematic_break", 10)] + [simple("block_quote", 11)] * 3 + [code_block(13, 14, None)]),
    ("TOML front matter, header-only table after a paragraph, fence at EOF",
     b"+++\ntitle = 1\n+++\npara\n| h |\n| - |\n\n```py\nx",
     [table(5, 1), code_block(8, 9, "py")]),
]


def self_test(cmark: str) -> int:
    failures = 0
    for name, text, expected in SELF_TESTS:
        for variant, data in (("LF", text), ("CRLF+BOM", b"\xef\xbb\xbf" + text.replace(b"\n", b"\r\n"))):
            source = blank_front_matter(data)
            proc = subprocess.run([cmark, *CMARK_ARGS], input=source, capture_output=True, check=True)
            got = cmark_blocks(proc.stdout, source)
            if sorted(got) != sorted(expected):
                failures += 1
                print(f"FAIL {name} [{variant}]\n  expected {sorted(expected)}\n  got      {sorted(got)}")
    print(f"self-test: {2 * len(SELF_TESTS) - failures}/{2 * len(SELF_TESTS)} cases pass")
    return 1 if failures else 0


# ---------------------------------------------------------------- driver

def collect(arguments: list[str]) -> list[Path]:
    roots = [Path(a) for a in arguments] or [shared_dir() / "corpus" / "system-design-course"]
    files = []
    for root in roots:
        if root.is_dir():
            files.extend(sorted(p for p in root.rglob("*.md") if p.is_file()))
        elif root.is_file():
            files.append(root)
        else:
            sys.exit(f"differential: no such file or directory: {root}")
    return files


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*", help="Markdown files or directories (default: the shared corpus)")
    parser.add_argument("--engage", default=str(REPO / ".build" / "release" / "engage"),
                        help="engage binary (default: .build/release/engage)")
    parser.add_argument("--cmark", default="cmark-gfm", help="cmark-gfm binary")
    parser.add_argument("--min-agreement", type=float, default=99.5,
                        help="percentage of identical files needed to exit 0 (default 99.5)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2, help="parallel cmark-gfm processes")
    parser.add_argument("--max-per-file", type=int, default=10, help="divergences listed per file (default 10)")
    parser.add_argument("--list-only", action="store_true", help="list divergent files only, no details")
    parser.add_argument("--quiet", action="store_true", help="print the summary only")
    parser.add_argument("--self-test", action="store_true",
                        help="check the cmark side against hand-checked answers, then exit")
    args = parser.parse_args()
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `| head` ends quietly
    if args.self_test:
        return self_test(args.cmark)

    files = collect(args.paths)
    if not files:
        print("differential: no Markdown files found", file=sys.stderr)
        return 2
    if not os.access(args.engage, os.X_OK):
        print(f"differential: engage binary not found at {args.engage} (build it or pass --engage)", file=sys.stderr)
        return 2

    engage = run_engage(args.engage, files)
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        cmark = list(pool.map(lambda p: run_cmark(args.cmark, p), files))

    identical = 0
    kinds: Counter[str] = Counter()
    kind_files: Counter[str] = Counter()
    for path, (theirs, cmark_error) in zip(files, cmark):
        mine, engage_error = engage.get(key(str(path)), (None, "missing from engage's output"))
        if engage_error and cmark_error:
            identical += 1  # both refuse the file: they agree
            continue
        if engage_error:
            found = [Divergence("file.rejected_by_engage", 0, engage_error, f"{len(theirs)} blocks")]
        elif cmark_error:
            found = [Divergence("file.rejected_by_cmark", 0, f"{len(mine)} blocks", cmark_error)]
        else:
            found = compare(mine, theirs)
        if not found:
            identical += 1
            continue
        for kind in {d.kind for d in found}:
            kind_files[kind] += 1
        kinds.update(d.kind for d in found)
        if args.quiet:
            continue
        print(path)
        if args.list_only:
            continue
        for d in found[: args.max_per_file]:
            where = f"L{d.line}" if d.line else "file"
            print(f"  {d.kind:<32} {where:<6} engage: {d.engage}  |  cmark: {d.cmark}")
        if len(found) > args.max_per_file:
            print(f"  ... and {len(found) - args.max_per_file} more")

    total = len(files)
    share = 100.0 * identical / total
    print(f"identical: {identical}/{total} files ({share:.2f}%)")
    if kinds:
        print("divergences by kind (occurrences, files):")
        for kind, count in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"  {kind:<32} {count:>7} {kind_files[kind]:>6}")
    ok = share >= args.min_agreement
    print(f"{'PASS' if ok else 'FAIL'}: agreement {share:.2f}% {'>=' if ok else '<'} {args.min_agreement}%")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
