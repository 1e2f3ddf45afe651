"""`extract run`: the pipeline over many articles, on all cores or a Dask cluster.

Inputs (`inputs`) are streamed in chunks to workers (`runners`), which
extract and write each article's output (`work`); at the end the facts
tables, errors and a summary are written in input order (`outputs`). Killed
runs finish with `--resume`.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import sys
from collections.abc import Iterable, Iterator
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from ..cli import date_argument, encoding_argument
from ..reading import InputError
from .inputs import Item, RecordFields, iter_items, measure_inputs
from .merging import documents_in_order, finished_doc_ids
from .outputs import (Destination, OutputError, OutputUnavailable, printable, write_atomically, write_errors,
                      write_summary, write_tables)
from .progress import Progress
from .runners import DaskMissing, DaskUnreachable, run_dask, run_inline, run_processes
from .work import (DEFAULT_ARTICLE_TIMEOUT, DEFAULT_MAX_CHARS, DONE, FAILED, SKIPPED, Job, Outcome,
                   extractor_for)

__all__ = ["add_arguments", "main", "write_atomically"]

EXIT_OK, EXIT_FAILURES, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+",
                        help=".txt files, directories (searched for *.txt), glob patterns, "
                             ".jsonl archives of {doc_id, text, date?} records, or - for stdin")
    parser.add_argument("-o", "--output", type=Path,
                        help="directory for one <doc_id>.json per article, facts.csv, facts.parquet, "
                             "errors.jsonl and _summary.json (default: JSON Lines on stdout)")
    parser.add_argument("--jsonl", type=Path, metavar="PATH",
                        help="write all documents to this one JSON Lines file instead of one file "
                             "per article (tables go to --output, else next to PATH)")
    parser.add_argument("--date", type=date_argument,
                        help="YYYY-MM-DD for relative periods in articles without a date line")
    parser.add_argument("--location", metavar="PROVINCE",
                        help="the province of articles that name none, as a provincial paper's own "
                             "(spec v1.4); an article's 'location:' header line or a JSON Lines "
                             "record's 'location' field says it for that article instead")
    parser.add_argument("--explain", action="store_true",
                        help="give each fact an 'explain' field: the pattern that made it and, for each "
                             "decision (metric, host, place, period, scope), the choice, its score and "
                             "the features that decided it")
    parser.add_argument("--rules", type=Path, help="rules directory (default: the rules shipped with the package)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1,
                        help="worker processes (default: all cores, %(default)s here)")
    parser.add_argument("--chunk-size", type=int, default=16,
                        help="articles per unit of work (default: %(default)s)")
    parser.add_argument("--dask", metavar="ADDRESS",
                        help="run on a Dask cluster: tcp://scheduler:8786, or 'local' for a "
                             "LocalCluster of --workers processes (needs the vi-econ-extract[dask] extra)")
    parser.add_argument("--dask-timeout", type=float, default=30, metavar="SECONDS",
                        help="how long to wait for the --dask scheduler to answer (default: %(default)g)")
    parser.add_argument("--resume", action="store_true",
                        help="skip articles whose output already exists and is a valid Document")
    parser.add_argument("--quiet", action="store_true", help="no progress display")
    parser.add_argument("--encoding", metavar="NAME", type=encoding_argument,
                        help="encoding of .txt inputs that are not UTF-8: cp1258, vni, tcvn3, any "
                             "Python codec, or 'auto' to convert legacy Vietnamese encodings it "
                             "recognizes (default: UTF-8 only; other files are reported)")
    parser.add_argument("--id-field", default="doc_id", metavar="NAME",
                        help="the field of a JSON Lines record that holds its id (default: %(default)s)")
    parser.add_argument("--text-field", default="text", metavar="NAME",
                        help="the field of a JSON Lines record that holds its text (default: %(default)s)")
    parser.add_argument("--html", action="store_true",
                        help="with -o, also write <doc_id>.html, the article's HTML view")
    parser.add_argument("--excel", action="store_true",
                        help="write facts.csv as UTF-8 with a byte-order mark, which Excel reads as UTF-8")
    parser.add_argument("--store", type=Path, metavar="PATH",
                        help="also add the articles to this DuckDB fact store (created when missing; "
                             "the workers write Parquet parts to store-parts/ beside the tables)")
    parser.add_argument("--article-timeout", type=float, default=DEFAULT_ARTICLE_TIMEOUT, metavar="SECONDS",
                        help="CPU seconds one article may take; one that takes longer is reported in "
                             "errors.jsonl and the batch goes on (default: %(default)g; 0: no limit)")
    parser.add_argument("--max-chars", type=int, default=DEFAULT_MAX_CHARS, metavar="N",
                        help="characters one article may have; a longer one is reported, not read "
                             "(default: %(default)d; 0: no limit)")


def main(args: argparse.Namespace) -> int:
    destination = _destination(args)
    problem = _check_arguments(args, destination)
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return EXIT_USAGE
    try:
        size = measure_inputs(args.paths)
    except InputError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_USAGE
    job = Job(destination, args.resume, args.date, str(args.rules) if args.rules else None,
              encoding=args.encoding, html=args.html, article_timeout=args.article_timeout or None,
              max_chars=args.max_chars or None, location=args.location, explain=args.explain)
    problem = _check_pipeline(job)
    if problem:
        print(f"error: cannot load the pipeline: {problem}", file=sys.stderr)
        return EXIT_USAGE
    if job.location and extractor_for(job.rules_dir, job.date).place_norm(job.location) is None:
        print(f"error: --location {job.location!r} names no Vietnamese province", file=sys.stderr)
        return EXIT_USAGE
    with Progress(size, enabled=not args.quiet) as progress:
        try:
            with _sigterm_as_interrupt():
                return _execute(args, job, progress)
        except KeyboardInterrupt:
            job.destination.remove_temporaries()  # of workers ended mid-write
            print(f"interrupted after {progress.done} articles; no partial file was left: "
                  "rerun with --resume to finish", file=sys.stderr)
            return EXIT_INTERRUPTED
        except (DaskMissing, DaskUnreachable, OutputError) as error:
            progress.stop()
            print(f"error: {error}", file=sys.stderr)
            return EXIT_USAGE
        except BrokenProcessPool:
            print(f"error: a worker process died after {progress.done} articles (out of memory?); "
                  "finished outputs are kept: rerun with --resume", file=sys.stderr)
            return EXIT_FAILURES


def _execute(args: argparse.Namespace, job: Job, progress: Progress) -> int:
    """Prepare the output, run every chunk, write the tables: the exit status."""
    job.destination.prepare(args.resume)
    finished = _finished_before(job, args.quiet)
    progress.restart()
    batch = Batch(job, progress, excel=args.excel)
    stopped = None
    try:
        _run(args, job, batch, finished)
    except OutputUnavailable as error:  # a full disk: keep what finished, say so once
        stopped = error
        job.destination.remove_temporaries()
    progress.stop()
    status = batch.finish(progress.elapsed(), stopped)
    if args.store is not None and stopped is None:
        from ..store.command_store import build_from_run  # only runs with --store import the store

        stored = build_from_run(args.store, job.destination, list(batch.order), args.paths, args.rules)
        status = max(status, stored)
    return status


def _destination(args: argparse.Namespace) -> Destination:
    parts = args.store is not None
    if args.jsonl is not None:
        return Destination(jsonl=args.jsonl, tables_dir=args.output or args.jsonl.parent, store_parts=parts)
    if args.output is not None:
        return Destination(documents_dir=args.output, tables_dir=args.output, store_parts=parts)
    return Destination()


def _check_arguments(args: argparse.Namespace, destination: Destination) -> str | None:
    if args.workers < 1 or args.chunk_size < 1:
        return "--workers and --chunk-size must be at least 1"
    if args.dask_timeout <= 0:
        return "--dask-timeout must be more than 0 seconds"
    if args.article_timeout < 0 or args.max_chars < 0:
        return "--article-timeout and --max-chars must be positive (or 0: no limit)"
    if args.resume and destination.tables_dir is None:
        return "--resume needs --output or --jsonl"
    if args.html and destination.documents_dir is None:
        return "--html needs --output (the views are written beside the documents)"
    if args.excel and destination.tables_dir is None:
        return "--excel needs --output or --jsonl (it is about facts.csv)"
    if args.store is not None and destination.tables_dir is None:
        return "--store needs --output or --jsonl (the store is built from the run's output)"
    return destination.problem()


def _check_pipeline(job: Job) -> str | None:
    """Load the pipeline here first: a broken rules file is one clear error,
    not a crash in every worker. In one process the loaded pipeline is reused."""
    try:
        extractor_for(job.rules_dir, job.date)
    except Exception as error:  # whatever the rules or models raise, say it once
        return f"{type(error).__name__}: {error}"
    return None


def _finished_before(job: Job, quiet: bool) -> set[str]:
    """With --resume and JSON Lines output: the articles already done.

    (With one file per article, each worker checks its articles' files.)
    """
    if not (job.resume and job.destination.jsonl):
        return set()
    if not quiet:
        print("resume: checking the documents already written ...", file=sys.stderr, flush=True)
    return finished_doc_ids(job.destination)


def _run(args: argparse.Namespace, job: Job, batch: Batch, finished: set[str]) -> None:
    fields = RecordFields(doc_id=args.id_field, text=args.text_field)
    chunks = batch.chunks(iter_items(args.paths, fields=fields), args.chunk_size, finished)
    workers = _useful_workers(args.workers, batch.progress.total.articles, args.chunk_size)
    if args.dask:
        run_dask(job, chunks, batch.record, args.dask, args.workers, args.dask_timeout)
    elif workers == 1:
        run_inline(job, chunks, batch.record)
    else:
        run_processes(job, chunks, batch.record, workers)


def _useful_workers(workers: int, total: int | None, chunk_size: int) -> int:
    """No more worker processes than chunks: one article needs no pool.

    >>> _useful_workers(8, 20, 16), _useful_workers(8, None, 16), _useful_workers(2, 1, 16)
    (2, 8, 1)
    """
    return workers if total is None else max(1, min(workers, -(-total // chunk_size)))


@contextlib.contextmanager
def _sigterm_as_interrupt() -> Iterator[None]:
    """SIGTERM stops the run the way Ctrl-C does: cleanly."""
    def interrupt(signum, frame):
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


_ERRORS_SHOWN = 20  # failures printed on stderr; errors.jsonl lists them all


def _stop_line(stopped: OutputUnavailable | None, unwritten: OutputUnavailable | None) -> str:
    """The one line that says a run could not write all it should have.

    >>> full = OutputUnavailable("cannot write out/b.json: No space left on device")
    >>> _stop_line(full, None)
    'cannot write out/b.json: No space left on device; the run stopped there, the tables hold what finished before: free some space and rerun with --resume'
    """
    if stopped is None:
        return (f"{unwritten}; every article was extracted, but the tables are not written: "
                "free some space and rerun with --resume to write them")
    tables = "the tables hold what finished before" if unwritten is None else \
        f"and the tables could not be written either ({unwritten})"
    return f"{stopped}; the run stopped there, {tables}: free some space and rerun with --resume"


def _write_stdout(line: str) -> None:
    try:
        sys.stdout.write(line)
    except OSError as error:  # a closed pipe, a full disk behind a redirection
        raise OutputUnavailable(f"cannot write standard output: {error.strerror or error}") from None


@dataclass
class Batch:
    """The bookkeeping of one run, in input order."""

    job: Job
    progress: Progress
    excel: bool = False  # facts.csv with a byte-order mark
    order: dict[str, int] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)
    errors: list[dict] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=lambda: {DONE: 0, SKIPPED: 0, FAILED: 0})
    facts: int = 0
    warnings: int = 0

    def chunks(self, items: Iterable[Item], size: int, finished: set[str]) -> Iterator[list[tuple[int, Item]]]:
        """Chunks of (input position, Item), leaving out articles already finished."""
        pending = ((index, item) for index, item in enumerate(items) if not self._finished(index, item, finished))
        while chunk := list(islice(pending, size)):
            yield chunk

    def _finished(self, index: int, item: Item, finished: set[str]) -> bool:
        self.order[item.doc_id] = index
        self.sources[item.doc_id] = printable(item.source)  # a file name need not be UTF-8; facts.csv is
        if item.doc_id in finished:
            self.counts[SKIPPED] += 1
            self.progress.advance(1, item.size)
            return True
        return False

    def record(self, outcomes: list[Outcome]) -> None:
        """Take the outcomes of one chunk (chunks arrive in input order)."""
        for outcome in outcomes:
            self.counts[outcome.status] += 1
            self.facts += outcome.facts
            self.warnings += outcome.warnings
            if outcome.status == FAILED:
                # A file name need not be UTF-8; errors.jsonl and the terminal must be.
                self.errors.append({"doc_id": outcome.doc_id, "source": printable(outcome.source),
                                    "error": printable(outcome.error)})
            if outcome.line is not None:
                _write_stdout(outcome.line)
        self.progress.advance(len(outcomes), sum(outcome.size for outcome in outcomes))

    def finish(self, seconds: float, stopped: OutputUnavailable | None = None) -> int:
        """Tables, errors and summary of what finished (also when the run was
        `stopped` because nothing more could be written); the closing lines;
        the exit status."""
        unwritten = None
        if self.job.destination.tables_dir is not None:
            try:
                self._write_tables(seconds)
            except OutputUnavailable as error:
                unwritten = error
        self._print_errors()
        if stopped is not None or unwritten is not None:
            print(f"error: {_stop_line(stopped, unwritten)}", file=sys.stderr)
        print(self.closing_line(seconds), file=sys.stderr)
        return EXIT_FAILURES if self.errors or stopped or unwritten else EXIT_OK

    def _write_tables(self, seconds: float) -> None:
        tables_dir = self.job.destination.tables_dir
        if self.progress.enabled:
            print(f"writing facts.csv, facts.parquet and errors.jsonl to {tables_dir} ...",
                  file=sys.stderr, flush=True)
        documents = documents_in_order(self.job.destination, self.order, resume=self.job.resume)
        totals = write_tables(documents, tables_dir, self.sources, excel=self.excel)
        self.facts, self.warnings = totals.facts, totals.warnings
        write_errors(self.errors, tables_dir)
        write_summary(self.summary(seconds), tables_dir)

    def _print_errors(self) -> None:
        # Each failure names its file; past a screenful, errors.jsonl has the rest.
        for error in self.errors[:_ERRORS_SHOWN]:
            message = error["error"]
            named = message if error["source"] in message else f"{error['source']}: {message}"
            print(f"error: {named}", file=sys.stderr)
        if len(self.errors) > _ERRORS_SHOWN:
            print(f"... and {len(self.errors) - _ERRORS_SHOWN} more failures", file=sys.stderr)

    def summary(self, seconds: float) -> dict:
        articles = sum(self.counts.values())
        return {
            "articles": articles, "extracted": self.counts[DONE], "resumed": self.counts[SKIPPED],
            "failed": self.counts[FAILED], "facts": self.facts, "warnings": self.warnings,
            "seconds": round(seconds, 2), "articles_per_second": round(self.counts[DONE] / max(seconds, 1e-9), 1),
        }

    def closing_line(self, seconds: float) -> str:
        s = self.summary(seconds)
        see_errors = self.errors and self.job.destination.tables_dir is not None
        failed = f", {s['failed']} failed" + (" (see errors.jsonl)" if see_errors else "")
        return (f"{s['articles']} articles ({s['extracted']} extracted, {s['resumed']} resumed{failed}), "
                f"{s['facts']} facts, {s['warnings']} warnings, {seconds:.1f} s, "
                f"{s['articles_per_second']} articles/s")
