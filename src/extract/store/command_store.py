"""`extract store STORE OUTPUT...`: add run outputs to a store and consolidate them.

OUTPUTs are run directories (`<doc_id>.json` Documents, JSON Lines files and
`store-parts/` Parquet parts inside), JSON Lines files of Documents, or
Parquet parts. An article already in the store is replaced. `--articles`
names where the article texts are (directories of `<doc_id>.txt`, .txt
files, JSON Lines archives), for the evidence text of each fact.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from ..rules import RuleFileError
from .database import IngestReport, Store, StoreError
from ..archives import ArticleTexts
from ..reading import InputError
from .inputs import Inputs, read_documents, resolve, run_documents

EXIT_OK, EXIT_SKIPPED, EXIT_USAGE = 0, 1, 2
_NOTES_SHOWN = 20


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("store", type=Path, help="the DuckDB store file (created when missing)")
    parser.add_argument("outputs", nargs="+",
                        help="run output directories, JSON Lines files of Documents, Parquet parts or globs")
    parser.add_argument("--articles", nargs="+", default=[], metavar="PATH",
                        help="the article texts, for the evidence text of each fact: directories of "
                             "<doc_id>.txt, .txt files, JSON Lines archives of {doc_id, text}")
    parser.add_argument("--rules", type=Path, help="rules directory (default: the project's rules/)")


def main(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    try:
        inputs = resolve(args.outputs)
        texts = ArticleTexts.from_paths(args.articles) if args.articles else None
        with Store.open(args.store, rules_dir=args.rules) as store:
            report = ingest(store, inputs, texts)
            observations = store.consolidate()
            summary = store_summary(store)
    except (InputError, StoreError, RuleFileError) as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_USAGE
    _print_notes(report.problems)
    print(f"{args.store}: {report.added} articles added, {report.replaced} replaced, {report.facts} facts; "
          f"{observations} observations rebuilt; {summary}; {time.perf_counter() - started:.1f} s",
          file=sys.stderr)
    return EXIT_SKIPPED if report.problems else EXIT_OK


def ingest(store: Store, inputs: Inputs, texts: ArticleTexts | None) -> IngestReport:
    """Add every Document and Parquet part of `inputs` (consolidate afterwards)."""
    report = store.add_documents(read_documents(inputs), texts)
    for directory in inputs.parquet_dirs:
        _merge(report, store.add_parquet_parts(directory))
    return report


def build_from_run(store_path: Path, destination, doc_ids: list[str], paths: list[str],
                   rules_dir: Path | None) -> int:
    """`extract run --store`: add the run's Parquet parts to the store, and the
    Documents of articles without a part (finished before a kill, then resumed)
    from the run's output; consolidate. Returns the exit status."""
    try:
        with Store.open(store_path, rules_dir=rules_dir) as store:
            report = IngestReport()
            parts = destination.store_parts_dir
            if any(parts.glob("articles-*.parquet")):
                report = store.add_parquet_parts(parts)
            missing = set(doc_ids) - store.doc_ids_in_parts(parts)
            if missing:
                texts = ArticleTexts.from_paths(paths)
                _merge(report, store.add_documents(run_documents(destination, missing), texts))
            store.consolidate()
            summary = store_summary(store)
    except (InputError, StoreError, RuleFileError) as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_USAGE
    _print_notes(report.problems)
    print(f"{store_path}: {report.added} articles added, {report.replaced} replaced; {summary}", file=sys.stderr)
    return EXIT_SKIPPED if report.problems else EXIT_OK


def _merge(report: IngestReport, more: IngestReport) -> None:
    report.added += more.added
    report.replaced += more.replaced
    report.facts += more.facts
    report.problems += more.problems


def store_summary(store: Store) -> str:
    """The store in one line: articles, facts, observations, conflicts, failed base checks."""
    counts = store.rows("SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM facts) AS facts, "
                        "(SELECT count(*) FROM observations) AS observations, "
                        "(SELECT count(*) FROM observations WHERE conflict) AS conflicts, "
                        "(SELECT count(*) FROM base_checks WHERE NOT agrees) AS base_warnings")[0]
    return (f"the store holds {counts['articles']} articles, {counts['facts']} facts, "
            f"{counts['observations']} observations ({counts['conflicts']} with conflicts, "
            f"{counts['base_warnings']} year-on-year base warnings)")


def _print_notes(problems: list[str]) -> None:
    for problem in problems[:_NOTES_SHOWN]:
        print(f"note: {problem}", file=sys.stderr)
    if len(problems) > _NOTES_SHOWN:
        print(f"note: ... and {len(problems) - _NOTES_SHOWN} more skipped", file=sys.stderr)
