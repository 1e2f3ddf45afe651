"""Where `extract run` writes: documents, the facts tables, errors, a summary.

Every file is written to a temporary name and renamed into place, so a run
that is killed leaves complete files or none. Documents go either to one
`<doc_id>.json` per article or to one JSON Lines file; the JSON Lines file
is built from part files (one per chunk of articles, written atomically by
whichever worker processed the chunk) merged in input order at the end
(`merging`), so a killed run keeps every finished part for `--resume`.
A file that cannot be written is an OutputError naming it; a full disk
(OutputUnavailable) stops the batch.
"""

from __future__ import annotations

import contextlib
import csv
import errno
import json
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from pydantic import ValidationError

from ..schema import FACT_TABLE_COLUMNS, Document

SUMMARY_NAME = "_summary.json"  # doc_ids never start with `_`: no clash with `<doc_id>.json`
ERRORS_NAME = "errors.jsonl"
CSV_NAME = "facts.csv"
PARQUET_NAME = "facts.parquet"
STORE_PARTS_NAME = "store-parts"  # Parquet parts of the fact store (extract.store.parts)
_PARQUET_ROWS_PER_GROUP = 50_000
# What says that no output at all can be written any more, rather than this one file.
_NOTHING_MORE = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EROFS, errno.EPIPE})


class OutputError(Exception):
    """An output place that cannot be used, a file that could not be written;
    the message names the path and the problem."""


class OutputUnavailable(OutputError):
    """No output can be written any more (a full disk, a quota, a read-only
    file system, a closed pipe): the batch stops and says so in one line."""


def output_error(path: Path | str, error: OSError) -> OutputError:
    """The OutputError for an OSError met while writing `path`.

    >>> output_error(Path("out/a.json"), OSError(errno.ENOSPC, "No space left on device"))
    OutputUnavailable('cannot write out/a.json: No space left on device')
    """
    kind = OutputUnavailable if error.errno in _NOTHING_MORE else OutputError
    return kind(f"cannot write {printable(str(path))}: {error.strerror or error}")


def write_atomically(path: Path, content: str) -> None:
    """Write through a temporary file and rename, so no half-written file is left.

    >>> import pathlib, tempfile
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "vd.json"
    >>> write_atomically(path, '{"doc_id": "Bình Dương"}')
    >>> path.read_text(encoding="utf-8"), [p.name for p in path.parent.iterdir()]
    ('{"doc_id": "Bình Dương"}', ['vd.json'])
    >>> shutil.rmtree(path.parent)
    """
    with atomic_stream(path) as stream:
        stream.write(content)


@contextlib.contextmanager
def atomic_stream(path: Path, mode: str = "w", encoding: str = "utf-8") -> Iterator[IO]:
    """A stream on a temporary file next to `path`, renamed to `path` on success.

    On any exception (KeyboardInterrupt included) the temporary file is removed
    and `path` is left as it was. Failing to write raises OutputError naming
    `path` (OutputUnavailable when nothing more can be written).
    """
    try:
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as error:
        raise output_error(path, error) from None
    try:
        os.fchmod(handle, 0o644)  # mkstemp's 0600 would make outputs private to this user
        text_mode = "b" not in mode
        with os.fdopen(handle, mode, **({"encoding": encoding, "newline": ""} if text_mode else {})) as stream:
            yield stream
        _replace(temporary, path)
    except BaseException as error:
        Path(temporary).unlink(missing_ok=True)
        if isinstance(error, OSError) and error.errno in _NOTHING_MORE:  # reading never says so
            raise output_error(path, error) from None
        raise


def _replace(temporary: str, path: Path) -> None:
    try:
        os.replace(temporary, path)
    except OSError as error:  # a directory in the way of the name
        raise output_error(path, error) from None


def remove_stale_temporaries(directory: Path) -> None:
    """Delete temporary files a killed process could not clean up."""
    if directory.is_dir():
        for stale in directory.glob(".*.tmp"):
            stale.unlink(missing_ok=True)


@dataclass(frozen=True)
class Destination:
    """The output layout of one run.

    Args:
        documents_dir: one `<doc_id>.json` per article, or None.
        jsonl: one JSON Lines file of all documents, or None.
        tables_dir: where facts.csv, facts.parquet, errors.jsonl and
            _summary.json go; None writes none of them (documents to stdout).
        store_parts: also write each chunk's rows of the fact store as
            Parquet parts into `tables_dir/store-parts` (`extract run --store`).
    """

    documents_dir: Path | None = None
    jsonl: Path | None = None
    tables_dir: Path | None = None
    store_parts: bool = False

    @property
    def to_stdout(self) -> bool:
        """No files at all: each document goes to standard output as a line."""
        return self.documents_dir is None and self.jsonl is None

    @property
    def parts_dir(self) -> Path:
        assert self.jsonl is not None
        return self.jsonl.with_name(f".{self.jsonl.name}.parts")

    @property
    def store_parts_dir(self) -> Path:
        assert self.tables_dir is not None
        return self.tables_dir / STORE_PARTS_NAME

    def document_path(self, doc_id: str) -> Path:
        assert self.documents_dir is not None
        return self.documents_dir / f"{doc_id}.json"

    def part_path(self, first_index: int, last_index: int) -> Path:
        # Named after the first and last article it holds: a part written on
        # resume never holds an article an earlier part holds, so never
        # overwrites one.
        return self.parts_dir / f"part-{first_index:010d}-{last_index:010d}.jsonl"

    def problem(self) -> str | None:
        """What makes these paths unusable as given (`-o` naming a file...), if anything.

        >>> import pathlib, tempfile
        >>> taken = pathlib.Path(tempfile.mkdtemp()) / "facts.txt"
        >>> _ = taken.write_text("đã có", encoding="utf-8")
        >>> Destination(documents_dir=taken, tables_dir=taken).problem() == f"{taken}: exists and is not a directory"
        True
        >>> shutil.rmtree(taken.parent)
        """
        for directory in (self.documents_dir, self.tables_dir):
            if directory is not None and directory.exists() and not directory.is_dir():
                return f"{directory}: exists and is not a directory"
        if self.jsonl is not None and self.jsonl.is_dir():
            return f"{self.jsonl}: is a directory, not a JSON Lines file"
        return None

    def prepare(self, resume: bool) -> None:
        """Create the directories; without `resume`, drop parts of an earlier run.

        The parts directories are always directories of their own: a link
        planted at their name is removed, never followed (its parts are not
        this run's).

        Raises OutputError naming the directory that cannot be made.
        """
        for directory in (self.documents_dir, self.tables_dir):
            if directory is not None:
                _make_directory(directory)
        if self.jsonl is not None:
            _make_directory(self.jsonl.parent)
            _own_directory(self.parts_dir, resume)
        if self.store_parts:
            _own_directory(self.store_parts_dir, resume)
        self.remove_temporaries()

    def remove_temporaries(self) -> None:
        """Delete the temporary files of a process that was ended mid-write."""
        jsonl_dirs = (self.jsonl.parent, self.parts_dir) if self.jsonl is not None else ()
        store_dirs = (self.store_parts_dir,) if self.store_parts else ()
        for directory in (self.documents_dir, self.tables_dir, *jsonl_dirs, *store_dirs):
            if directory is not None:
                remove_stale_temporaries(directory)


def _own_directory(directory: Path, resume: bool) -> None:
    """A directory of this run's parts: a link at its name removed (the link
    only, nothing where it leads), an earlier run's parts kept only to resume."""
    if directory.is_symlink():
        directory.unlink()
    elif not resume:
        shutil.rmtree(directory, ignore_errors=True)
    _make_directory(directory)


def _make_directory(directory: Path) -> None:
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(f"{error.filename or directory}: cannot create the directory: "
                          f"{error.strerror or error}") from None


def load_document(path: Path) -> Document | None:
    """The Document in `path`, or None when it is missing or not a valid Document.

    >>> import pathlib, tempfile
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "bai.json"
    >>> load_document(path) is None
    True
    >>> _ = path.write_text('{"doc_id": "bài-1", "quanti', encoding="utf-8")  # cut short by a kill
    >>> load_document(path) is None
    True
    >>> _ = path.write_text(Document(doc_id="bài-1").to_json(), encoding="utf-8")
    >>> load_document(path).doc_id
    'bài-1'
    >>> shutil.rmtree(path.parent)
    """
    try:
        return Document.model_validate_json(path.read_bytes())
    except (OSError, ValidationError):
        return None


@dataclass
class Totals:
    documents: int = 0
    facts: int = 0
    warnings: int = 0


def write_tables(documents: Iterable[Document], tables_dir: Path, sources: Mapping[str, str] | None = None,
                 excel: bool = False) -> Totals:
    """facts.csv and facts.parquet, one row per fact, in document order.

    `sources` maps doc_ids to where each article came from; `excel` writes
    facts.csv with a UTF-8 byte-order mark, which Excel needs to read it as UTF-8.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _arrow_schema(pa)
    sources = sources or {}
    totals = Totals()
    with (atomic_stream(tables_dir / CSV_NAME, encoding="utf-8-sig" if excel else "utf-8") as csv_stream,
          atomic_stream(tables_dir / PARQUET_NAME, "wb") as parquet_stream):
        writer = csv.DictWriter(csv_stream, fieldnames=FACT_TABLE_COLUMNS, lineterminator="\n")
        writer.writeheader()
        parquet = pq.ParquetWriter(parquet_stream, schema)
        pending: list[dict] = []
        try:
            for document in documents:
                rows = document.facts_table(source=sources.get(document.doc_id))
                writer.writerows(_csv_row(row) for row in rows)
                pending.extend(rows)
                totals.documents += 1
                totals.facts += len(rows)
                totals.warnings += len(document.warnings)
                if len(pending) >= _PARQUET_ROWS_PER_GROUP:
                    parquet.write_table(pa.Table.from_pylist(pending, schema=schema))
                    pending = []
        except BaseException:
            with contextlib.suppress(Exception):
                parquet.close()  # now, while its stream is open: not later, complaining, when collected
            raise
        parquet.write_table(pa.Table.from_pylist(pending, schema=schema))
        parquet.close()
    return totals


def _csv_row(row: dict) -> dict:
    """Booleans as `true`/`false` (csv would write Python's `True`).

    >>> _csv_row({"cumulative": True, "amount": 1.5, "partner": None})
    {'cumulative': 'true', 'amount': 1.5, 'partner': None}
    """
    return {key: (str(value).lower() if isinstance(value, bool) else value) for key, value in row.items()}


def _arrow_schema(pa):
    floats = {"amount", "change_percent", "change_amount"}
    integers = {"evidence_start", "evidence_end"}

    def column_type(name: str):
        if name in floats:
            return pa.float64()
        if name in integers:
            return pa.int64()
        return pa.bool_() if name == "cumulative" else pa.string()

    return pa.schema([(name, column_type(name)) for name in FACT_TABLE_COLUMNS])


def printable(text: str) -> str:
    """`text` as valid UTF-8: the undecodable bytes of a file name (which
    Python keeps as lone surrogates) written as `\\xNN`.

    >>> printable("bài\\udcff.txt"), printable("Bình Dương.txt")
    ('bài\\\\xff.txt', 'Bình Dương.txt')
    """
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate no file name decoding made
        return text.encode("utf-8", "backslashreplace").decode("utf-8")


def write_errors(errors: list[dict], tables_dir: Path) -> None:
    """errors.jsonl: one `{"doc_id", "source", "error"}` per failed article, in input order."""
    lines = (json.dumps(error, ensure_ascii=False) + "\n" for error in errors)
    write_atomically(tables_dir / ERRORS_NAME, "".join(lines))


def write_summary(summary: dict, tables_dir: Path) -> None:
    write_atomically(tables_dir / SUMMARY_NAME, json.dumps(summary, indent=1) + "\n")
