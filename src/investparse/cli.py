"""The ``investparse`` command line tool.

Exit codes: 0 all inputs parsed; 1 one or more inputs could not be read (the others
were still parsed and printed); 2 bad arguments.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from ._version import __version__
from .document import parse_document
from .export import RECORD_COLUMNS, period_text, record_rows
from .models import Document, Money, Percent

ENCODINGS = ("utf-8-sig", "gb18030")


class InputError(Exception):
    """An input file that could not be read or decoded."""


def read_text(path: str, stdin: IO[bytes] | None = None) -> tuple[str, str]:
    """Read a file (``-`` for standard input) as text: UTF-8, else GB18030.

    Returns (text, encoding used). Raises :class:`InputError` with a message a user can act on.
    """
    try:
        raw = (stdin or sys.stdin.buffer).read() if path == "-" else Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    for enc in ENCODINGS:
        try:
            return raw.decode(enc), "utf-8" if enc == "utf-8-sig" else enc
        except UnicodeDecodeError:
            continue
    raise InputError(f"{path}: not valid UTF-8 or GB18030 text; convert it to UTF-8 first")


def _reference_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {value!r}") from None


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="investparse", description=(
        "Find money, percent, rank and date phrases in investment reports and link each "
        "amount to its period, change and subject."))
    ap.add_argument("--version", action="version", version=f"investparse {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse", help="parse report files (- for standard input)")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--format", choices=("table", "json", "jsonl", "csv"), default="table",
                   help="table of records (default), the whole document as JSON or JSON lines, "
                        "or records as CSV")
    p.add_argument("--records", action="store_true",
                   help="with --format jsonl: one line per record instead of per document")
    p.add_argument("--reference-date", type=_reference_date, metavar="YYYY-MM-DD",
                   help="resolve relative dates against this date (default: the dateline found in "
                        "each document)")
    p.add_argument("--no-normalize", action="store_true", help="read the text exactly as given")
    p.add_argument("--jobs", type=int, default=1, metavar="N", help="parse with N worker processes")
    p.add_argument("--quiet", action="store_true", help="no progress on standard error")
    sub.add_parser("schema", help="print the JSON Schema of the output document")
    return ap


def _format_money(m: Money) -> str:
    sign = {"approx": "~", "more_than": ">", "at_least": ">=", "less_than": "<", "at_most": "<="}
    if m.qualifier == "range":
        return f"{m.low}-{m.high} {m.currency}"
    return f"{sign.get(m.qualifier, '')}{m.amount} {m.currency}"


def table(doc: Document) -> str:
    """The records of a document as an aligned text table."""
    by_id = {m.id: m for m in doc.mentions}
    rows = [("period", "subject", "amount", "change")]
    for rec in doc.records:
        money = by_id[rec.amount].value
        change = ""
        if rec.change and isinstance(by_id[rec.change].value, Percent):
            pct = by_id[rec.change].value
            assert isinstance(pct, Percent)
            unit = "pp" if pct.unit == "percentage_point" else "%"
            arrow = {"increase": "+", "decrease": "-"}.get(pct.change or "", "")
            change = f"{arrow}{pct.value}{unit}"
        rows.append((period_text(rec.period), rec.subject or "",
                     _format_money(money) if isinstance(money, Money) else "", change))
    widths = [max(_width(r[i]) for r in rows) for i in range(4)]
    lines = ["  ".join(_pad(c, w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _width(s: str) -> int:
    return sum(2 if ch >= "\u1100" and (ch <= "\u115f" or "\u2e80" <= ch <= "\ua4cf"
                                        or "\uac00" <= ch <= "\ud7a3" or "\uf900" <= ch <= "\ufaff"
                                        or "\ufe30" <= ch <= "\ufe4f" or "\uff00" <= ch <= "\uff60"
                                        or "\uffe0" <= ch <= "\uffe6") else 1 for ch in s)


def _pad(s: str, width: int) -> str:
    return s + " " * (width - _width(s))


def _documents(args: argparse.Namespace, err: IO[str]) -> Iterator[tuple[str, Document | None]]:
    paths: list[str] = args.files
    texts: list[tuple[str, str]] = []
    total = len(paths)
    progress = total > 1 and not args.quiet
    for i, path in enumerate(paths, 1):
        try:
            text, enc = read_text(path)
        except InputError as exc:
            print(f"investparse: {exc}", file=err)
            yield path, None
            continue
        if enc != "utf-8":
            print(f"investparse: {path}: read as {enc}", file=err)
        if args.jobs > 1:
            texts.append((path, text))
            continue
        yield path, parse_document(text, args.reference_date, normalize=not args.no_normalize)
        if progress:
            print(f"investparse: {i}/{total} {path}", file=err)
    if texts:
        from .batch import parse_documents  # optional module: process pool

        docs = parse_documents((t for _, t in texts), reference_date=args.reference_date,
                               workers=args.jobs)
        for n, ((path, _), doc) in enumerate(zip(texts, docs, strict=True), 1):
            if progress:
                print(f"investparse: {n}/{len(texts)} {path}", file=err)
            yield path, doc


def _run_parse(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    failed = False
    many = len(args.files) > 1
    writer: Any = None
    collected: list[dict[str, Any]] = []
    for path, doc in _documents(args, err):
        if doc is None:
            failed = True
            continue
        if args.format == "table":
            if many:
                print(f"== {path}", file=out)
            print(table(doc), file=out)
        elif args.format == "json":
            data = doc.model_dump(mode="json")
            if many:
                collected.append({"file": path, "document": data})
            else:
                print(json.dumps(data, ensure_ascii=False, indent=2), file=out)
        elif args.format == "jsonl":
            if args.records:
                for row in record_rows(doc):
                    print(json.dumps({"file": path, **row}, ensure_ascii=False), file=out)
            else:
                print(json.dumps({"file": path, **doc.model_dump(mode="json")}, ensure_ascii=False),
                      file=out)
        else:
            if writer is None:
                writer = csv.DictWriter(out, fieldnames=("file", *RECORD_COLUMNS))
                writer.writeheader()
            for row in record_rows(doc):
                writer.writerow({"file": path, **row})
    if collected:
        print(json.dumps(collected, ensure_ascii=False, indent=2), file=out)
    return 1 if failed else 0


def main(argv: Sequence[str] | None = None, out: IO[str] | None = None, err: IO[str] | None = None) -> int:
    """Run the command line tool; returns the exit code.

    >>> import io
    >>> buf = io.StringIO()
    >>> main(["schema"], out=buf)
    0
    >>> '"Document"' in buf.getvalue()
    True
    """
    out = out or sys.stdout
    err = err or sys.stderr
    args = _parser().parse_args(argv)
    if args.command == "schema":
        print(json.dumps(Document.model_json_schema(mode="serialization"), indent=2, ensure_ascii=False),
              file=out)
        return 0
    if args.jobs < 1:
        print("investparse: --jobs must be at least 1", file=err)
        return 2
    try:
        return _run_parse(args, out, err)
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
