"""The documents of a run in input order, and the JSON Lines output merged
from its parts without a second copy of it.

With `--jsonl PATH`, each chunk of articles is a part file in
`.<name>.parts/`. At the end the parts are merged in input order into
`merged.jsonl` beside them, appended to line by line; once the parts merged
so far hold 64 MB, the merged file is synced to disk and they are deleted.
So the merge needs that much room beyond the output itself, not the
output's size again, and at every moment each document is in the merged
file or in a part: a merge stopped by a full disk or a kill is taken up by
`--resume`, which appends to the merged file. The finished file is renamed
to PATH.

Resuming after a finished run, PATH itself becomes the merged file, and the
new documents are appended when they all come after its last one in input
order; otherwise (an article before its end was redone), the merge is
written anew, which needs PATH's size again.
"""

from __future__ import annotations

import contextlib
import heapq
import json
import os
import re
import shutil
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from pydantic import ValidationError

from ..schema import Document
from .outputs import Destination, atomic_stream, load_document, output_error

MERGED_NAME = "merged.jsonl"
_PART_NAME = re.compile(r"part-(\d+)-(\d+)\.jsonl")
_DELETE_EVERY_BYTES = 64 * 2**20  # parts merged before the merged file is synced and they are deleted


def documents_in_order(destination: Destination, order: dict[str, int],
                       resume: bool = False) -> Iterator[Document]:
    """Every valid output Document of the articles in `order`, in input order.

    In JSON Lines mode this also builds the JSON Lines file from the parts
    (see the module); the earlier file's documents are kept only when
    resuming, and a part's document wins over the earlier file's.
    """
    if destination.documents_dir is not None:
        for doc_id in order:
            document = load_document(destination.document_path(doc_id))
            if document is not None and document.doc_id == doc_id:
                yield document
        return
    assert destination.jsonl is not None
    yield from _JsonlMerge(destination, order, resume).documents()


def finished_doc_ids(destination: Destination) -> set[str]:
    """doc_ids already in the JSON Lines output (file, merge or parts) as valid Documents."""
    return {document.doc_id for source in jsonl_sources(destination) for _, document in valid_lines(source)}


def jsonl_sources(destination: Destination) -> list[Path]:
    """The merge so far, the parts of this (or a killed) run, then the
    finished JSON Lines file of an earlier run, when they exist."""
    assert destination.jsonl is not None
    merged = destination.parts_dir / MERGED_NAME
    parts = sorted(destination.parts_dir.glob("part-*.jsonl"))
    earlier = [destination.jsonl] if destination.jsonl.is_file() else []
    return ([merged] if merged.is_file() else []) + parts + earlier


def valid_lines(path: Path) -> Iterator[tuple[str, Document]]:
    """(line, Document) for every line of `path` that is a valid Document."""
    # A line that is not UTF-8 is not a valid Document either: skip, never crash.
    with open(path, encoding="utf-8", errors="replace", newline="") as stream:
        for line in stream:
            try:
                yield line if line.endswith("\n") else line + "\n", Document.model_validate_json(line)
            except ValidationError:
                continue


@dataclass
class _Prefix:
    """The merged file so far: its doc_ids, the input position of its last
    document, and the byte length of its complete lines."""

    ids: set[str] = field(default_factory=set)
    last: int = -1
    length: int = 0


class _JsonlMerge:
    """One merge of the parts into the merged file, then into PATH."""

    def __init__(self, destination: Destination, order: dict[str, int], resume: bool) -> None:
        assert destination.jsonl is not None
        self.jsonl, self.order = destination.jsonl, order
        self.parts_dir = destination.parts_dir
        self.merged = self.parts_dir / MERGED_NAME
        self._adopt(resume)
        self.parts = sorted(self.parts_dir.glob("part-*.jsonl"))

    def _adopt(self, resume: bool) -> None:
        """Take up what an earlier run left: its merged file (only when
        resuming), else its finished file as the merge so far (resuming)."""
        if self.merged.is_symlink() or (self.merged.exists() and not resume):
            self.merged.unlink()  # never written through; not this run's without --resume
        if resume and not self.merged.exists() and self.jsonl.is_file() and not self.jsonl.is_symlink():
            os.replace(self.jsonl, self.merged)

    def documents(self) -> Iterator[Document]:
        prefix = self._prefix()
        if prefix is None or not self._all_after(prefix):
            yield from self._rewrite()
        else:
            yield from self._append(prefix)
        try:
            os.replace(self.merged, self.jsonl)
        except OSError as error:
            raise output_error(self.jsonl, error) from None
        shutil.rmtree(self.parts_dir, ignore_errors=True)

    def _prefix(self) -> _Prefix | None:
        """The merged file so far, or None when documents cannot simply be
        appended to it: one is not an article of this run, or out of order."""
        prefix = _Prefix()
        if not self.merged.exists():
            return prefix
        with open(self.merged, "rb") as stream:
            for raw in stream:
                if not raw.endswith(b"\n"):
                    break  # cut short by a kill: appending starts before it
                document = _document(raw)
                index = self.order.get(document.doc_id, -1) if document is not None else -1
                if index <= prefix.last:
                    return None
                prefix.ids.add(document.doc_id)
                prefix.last, prefix.length = index, prefix.length + len(raw)
        return prefix

    def _all_after(self, prefix: _Prefix) -> bool:
        """Whether every part's document not merged yet comes after the merged file's last."""
        if not prefix.ids:
            return True
        for part in self.parts:
            with open(part, "rb") as stream:
                for raw in stream:
                    doc_id = _doc_id(raw)
                    if doc_id in self.order and doc_id not in prefix.ids and self.order[doc_id] <= prefix.last:
                        return False
        return True

    def _append(self, prefix: _Prefix) -> Iterator[Document]:
        if prefix.ids:
            yield from (document for _, document in valid_lines(self.merged) if document.doc_id in prefix.ids)
        merged_parts = _MergedParts()
        with self._appending(prefix.length) as stream:
            for line, document in _merge_sources(self.parts, self.order, prefix.ids, merged_parts.add):
                self._write(stream, line)
                yield document
                if merged_parts.size >= _DELETE_EVERY_BYTES:
                    self._delete(stream, merged_parts)
            self._delete(stream, merged_parts)

    @contextlib.contextmanager
    def _appending(self, length: int) -> Iterator[IO[str]]:
        """The merged file open for appending after its first `length` bytes
        (a line cut short by a kill dropped); never through a link."""
        try:
            handle = os.open(self.merged, os.O_WRONLY | os.O_CREAT | os.O_NOFOLLOW, 0o644)
            os.ftruncate(handle, length)
            os.lseek(handle, length, os.SEEK_SET)
        except OSError as error:
            raise output_error(self.jsonl, error) from None
        stream = os.fdopen(handle, "w", encoding="utf-8", newline="")
        try:
            yield stream
        finally:
            try:
                stream.close()
            except OSError as error:  # what was left in the buffer: the same full disk
                raise output_error(self.jsonl, error) from None

    def _write(self, stream: IO[str], line: str) -> None:
        try:
            stream.write(line)
        except OSError as error:
            raise output_error(self.jsonl, error) from None

    def _delete(self, stream: IO[str], parts: _MergedParts) -> None:
        """Delete merged parts once what they held is surely on disk in the merged file."""
        try:
            stream.flush()
            os.fsync(stream.fileno())
        except OSError as error:
            raise output_error(self.jsonl, error) from None
        for part in parts.paths:
            part.unlink(missing_ok=True)
        parts.paths.clear()
        parts.size = 0

    def _rewrite(self) -> Iterator[Document]:
        """Merge the merged file and the parts into a new merged file: the old way,
        which needs the merged file's size again."""
        sources = ([self.merged] if self.merged.exists() else []) + self.parts
        with atomic_stream(self.merged) as stream:
            for line, document in _merge_sources(sources, self.order):
                stream.write(line)
                yield document


@dataclass
class _MergedParts:
    """Parts whose every line is merged, not deleted yet, and their bytes."""

    paths: list[Path] = field(default_factory=list)
    size: int = 0

    def add(self, part: Path) -> None:
        self.paths.append(part)
        self.size += part.stat().st_size


def _document(raw: bytes) -> Document | None:
    try:
        return Document.model_validate_json(raw)
    except ValidationError:
        return None


def _doc_id(raw: bytes) -> str | None:
    """The doc_id of a JSON Lines record, read without validating the Document."""
    try:
        record = json.loads(raw)
    except ValueError:
        return None
    doc_id = record.get("doc_id") if isinstance(record, dict) else None
    return doc_id if isinstance(doc_id, str) else None


def _merge_sources(sources: list[Path], order: dict[str, int], merged: Iterable[str] = (),
                   on_exhausted=lambda source: None) -> Iterator[tuple[str, Document]]:
    """Lines of every source merged by input position; each article once,
    from the first source that has it, none of those `merged` already.
    `on_exhausted(source)` is told when all of a source's lines are out.

    Every source is in input order already. A part is opened only once the
    merge reaches the first article its name gives, so the files open at a
    time stay few even with thousands of parts.
    """
    pending = sorted(((_first_index(source), rank, source) for rank, source in enumerate(sources)),
                     reverse=True)
    heap: list = []
    emitted: set[str] = set(merged)
    while pending or heap:
        while pending and (not heap or pending[-1][0] <= heap[0][0]):
            _, rank, source = pending.pop()
            _push_next(heap, rank, source, _positioned(source, order), on_exhausted)
        _, rank, line, document, source, rest = heapq.heappop(heap)
        _push_next(heap, rank, source, rest, on_exhausted)
        if document.doc_id not in emitted:
            emitted.add(document.doc_id)
            yield line, document


def _positioned(source: Path, order: dict[str, int]) -> Iterator[tuple[int, str, Document]]:
    return ((order[doc.doc_id], line, doc) for line, doc in valid_lines(source) if doc.doc_id in order)


def _push_next(heap: list, rank: int, source: Path, entries: Iterator[tuple[int, str, Document]],
               on_exhausted) -> None:
    entry = next(entries, None)
    if entry is None:
        on_exhausted(source)
        return
    index, line, document = entry
    heapq.heappush(heap, (index, rank, line, document, source, entries))


def _first_index(source: Path) -> int:
    """The input position of a part's first article, from its name (0 otherwise)."""
    match = _PART_NAME.fullmatch(source.name)
    return int(match.group(1)) if match else 0
