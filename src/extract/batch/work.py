"""The unit of work of `extract run`: one chunk of articles, in one worker.

`process_chunk` runs wherever the chunk is sent (the main process, a local
worker process, a Dask worker): it reads the articles, extracts, writes their
output and returns one `Outcome` per article. It must stay importable and
picklable, and keeps one Extractor per process.
"""

from __future__ import annotations

import contextlib
import ctypes
import datetime as dt
import multiprocessing
import multiprocessing.connection
import os
import signal
import sys
import threading
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from ..budget import ArticleTimeout, WorkCounter, cpu_time_limit
from ..reading import InputError, read_article
from ..schema import Document
from .inputs import Item
from .outputs import Destination, OutputError, OutputUnavailable, load_document, write_atomically

DONE, SKIPPED, FAILED = "done", "skipped", "failed"
# `extract run`'s limits per article: a news article is 2 000 to 20 000
# characters and takes well under a second.
DEFAULT_ARTICLE_TIMEOUT = 60.0  # CPU seconds
DEFAULT_MAX_CHARS = 2_000_000
_MAX_BYTES_PER_CHAR = 4  # in UTF-8 (and UTF-16): more bytes than 4 per character allowed are too many
_PR_SET_PDEATHSIG = 1  # prctl option (linux/prctl.h): the signal this process gets when its parent ends


@dataclass(frozen=True)
class Job:
    """What every worker needs to know, the same for every chunk."""

    destination: Destination
    resume: bool = False
    date: dt.date | None = None
    rules_dir: str | None = None
    encoding: str | None = None  # of .txt inputs: None = UTF-8 only (see reading.read_article)
    html: bool = False  # also write each article's HTML view beside its JSON
    article_timeout: float | None = None  # CPU seconds one article may take; None: no limit
    max_chars: int | None = None  # characters one article may have; None: no limit
    location: str | None = None  # --location: the province of articles that name none
    explain: bool = False  # --explain: each fact says what decided it


class OverLimit(Exception):
    """An article longer than --max-chars; the message names it."""


@dataclass(frozen=True)
class Outcome:
    """What happened to one article; `line` carries the document for stdout."""

    doc_id: str
    source: str
    status: str
    error: str | None = None
    line: str | None = None
    facts: int = 0
    warnings: int = 0
    size: int = 0  # bytes of input the article came from


# One short article loads the lazily imported models (underthesea) before any timing or chunk.
WARM_UP_TEXT = "Năm 2024, xuất khẩu đạt 1 tỷ USD."


@lru_cache(maxsize=4)
def extractor_for(rules_dir: str | None, date: dt.date | None):
    """One Extractor per process (and per rules/date), loaded on first use."""
    from ..pipeline import Extractor

    return Extractor(rules_dir=rules_dir, date=date)


def init_worker(job: Job) -> None:
    """Worker start-up: die with the main process, leave Ctrl-C to it (it
    stops handing out work and ends the workers), load the pipeline now."""
    die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    warmed_extractor(job.rules_dir, job.date)


def die_with_parent() -> None:
    """End this worker process as soon as the process that started it ends,
    however it ends (SIGKILL, out of memory): a worker must not live on
    holding its memory. The kernel sees to it on Linux; elsewhere a thread
    waits on the parent's end of the pipe multiprocessing keeps open."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    threading.Thread(target=_exit_after, args=(parent.sentinel,), name="die-with-parent", daemon=True).start()
    if os.getppid() != parent.pid:  # the parent ended before the watch began
        os._exit(1)


def _exit_after(sentinel: int) -> None:
    multiprocessing.connection.wait([sentinel])
    os._exit(1)


def warmed_extractor(rules_dir: str | None = None, date: dt.date | None = None):
    """This process's Extractor, with its models loaded (see WARM_UP_TEXT)."""
    extractor = extractor_for(rules_dir, date)
    extractor(WARM_UP_TEXT, doc_id="warm-up")
    return extractor


def process_chunk(job: Job, chunk: list[tuple[int, Item]]) -> list[Outcome]:
    """Extract every article of `chunk` (pairs of input position and Item)."""
    outcomes, lines, done = [], [], []
    for index, item in chunk:
        outcome, text, document = _process_item(job, item)
        outcomes.append(outcome)
        if document is not None and job.destination.jsonl is not None:
            lines.append((index, document.model_dump_json() + "\n"))
        if document is not None and job.destination.store_parts:
            done.append((item.path or item.source, _document_location(job.destination, item.doc_id), text,
                         document))
    if lines:
        part = job.destination.part_path(lines[0][0], lines[-1][0])
        try:
            write_atomically(part, "".join(line for _, line in lines))
        except OutputUnavailable:
            raise  # nothing more can be written: the batch stops
        except OutputError as error:
            outcomes = [replace(o, status=FAILED, error=str(error)) if o.status == DONE else o for o in outcomes]
    if done:
        from ..store.parts import write_parts  # only runs with --store import the store

        write_parts(job.destination.store_parts_dir, chunk[0][0], chunk[-1][0], done, job.rules_dir)
    return outcomes


def _document_location(destination: Destination, doc_id: str) -> str:
    """Where the run writes the Document: its JSON file, or the JSON Lines file."""
    if destination.documents_dir is not None:
        return str(destination.document_path(doc_id))
    return str(destination.jsonl)


def _process_item(job: Job, item: Item) -> tuple[Outcome, str | None, Document | None]:
    """What happened, and the text and Document of an article extracted now."""
    if item.error is not None:
        return Outcome(item.doc_id, item.source, FAILED, item.error, size=item.size), None, None
    documents_dir = job.destination.documents_dir
    if job.resume and documents_dir is not None and _has_valid_output(job.destination, item.doc_id):
        return Outcome(item.doc_id, item.source, SKIPPED, size=item.size), None, None
    try:
        text, document = _extract(job, item)
    except Exception as error:  # one bad article must not stop the batch
        if documents_dir is not None:
            with contextlib.suppress(OSError):  # a directory of that name is no output either
                job.destination.document_path(item.doc_id).unlink(missing_ok=True)  # no stale output
        return Outcome(item.doc_id, item.source, FAILED, _describe(error), size=item.size), None, None
    if documents_dir is not None:
        try:
            write_atomically(job.destination.document_path(item.doc_id), document.to_json())
            if job.html:
                write_atomically(documents_dir / f"{item.doc_id}.html", _html_view(text, document))
        except OutputUnavailable:
            raise  # a full disk: the batch stops, saying so once
        except OutputError as error:  # this article's name only (a directory in the way)
            return Outcome(item.doc_id, item.source, FAILED, str(error), size=item.size), None, None
    # Only stdout needs the document back in the main process; files need
    # nothing but the counts, which keeps what crosses between processes small.
    line = document.model_dump_json() + "\n" if job.destination.to_stdout else None
    return Outcome(item.doc_id, item.source, DONE, line=line, facts=len(document.facts),
                   warnings=len(document.warnings), size=item.size), text, document


def _extract(job: Job, item: Item) -> tuple[str, Document]:
    text = item.text if item.text is not None else _read(job, Path(item.path))
    if job.max_chars and len(text) > job.max_chars:
        raise OverLimit(f"{item.source}: {len(text):,} characters, over --max-chars {job.max_chars:,}; "
                        "raise it or split the article")
    date = dt.date.fromisoformat(item.date) if item.date else None
    extractor = extractor_for(job.rules_dir, job.date)
    with cpu_time_limit(job.article_timeout):
        document = extractor(text, doc_id=item.doc_id, date=date, location=item.location or job.location,
                             explain=job.explain, counter=WorkCounter(job.article_timeout))
    return text, document


def _read(job: Job, path: Path) -> str:
    """The article in `path`; one surely over --max-chars is not read at all."""
    if job.max_chars:
        try:
            size = path.stat().st_size
        except OSError:
            size = 0  # read_article says what is wrong
        if size > _MAX_BYTES_PER_CHAR * job.max_chars:
            raise OverLimit(f"{path}: {size:,} bytes, more characters than --max-chars {job.max_chars:,}; "
                            "raise it or split the article")
    return read_article(path, encoding=job.encoding)


def _html_view(text: str, document: Document) -> str:
    from ..view import render_article  # only runs that ask for views import the renderer

    return render_article(text, document)


def _has_valid_output(destination: Destination, doc_id: str) -> bool:
    document = load_document(destination.document_path(doc_id))
    return document is not None and document.doc_id == doc_id


def _describe(error: Exception) -> str:
    if isinstance(error, (InputError, OverLimit, ArticleTimeout)):
        return str(error)  # says the problem, and names the file if the source may not
    return f"{type(error).__name__}: {error}"
