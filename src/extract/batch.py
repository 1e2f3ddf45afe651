"""`extract run`: the pipeline over many articles."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

from .pipeline import Extractor
from .reading import InputError, find_articles, read_article


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", help=".txt files or directories of them")
    parser.add_argument("-o", "--output", type=Path,
                        help="directory for one <doc_id>.json per article (default: JSON Lines on stdout)")
    parser.add_argument("--date", type=dt.date.fromisoformat,
                        help="YYYY-MM-DD for relative periods in articles without a date line")


def main(args: argparse.Namespace) -> int:
    extractor = Extractor(date=args.date)
    if args.output:
        args.output.mkdir(parents=True, exist_ok=True)
    started, articles, facts, failures = time.monotonic(), 0, 0, 0
    try:
        paths = list(find_articles(args.paths))
    except InputError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    for path in paths:
        try:
            document = extractor(read_article(path), doc_id=path.stem)
        except InputError as error:
            print(f"error: {error}", file=sys.stderr)
            failures += 1
            continue
        articles += 1
        facts += len(document.facts)
        if args.output:
            write_atomically(args.output / f"{document.doc_id}.json", document.to_json())
        else:
            sys.stdout.write(document.model_dump_json() + "\n")
    elapsed = time.monotonic() - started
    print(f"{articles} articles, {facts} facts, {failures} failed, {elapsed:.1f} s", file=sys.stderr)
    return 1 if failures else 0


def write_atomically(path: Path, content: str) -> None:
    """Write through a temporary file and rename, so no half-written file is left."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(content)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
