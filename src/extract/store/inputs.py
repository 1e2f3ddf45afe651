"""What the store reads: run outputs (Document files, JSON Lines, Parquet
parts of `--dask` runs) and, for evidence text, the articles themselves.

A path that names nothing is an `InputError` raised before anything is
written; a file or line that is not a Document is skipped with a note.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..archives import expand_spec, is_jsonl, record_id
from ..reading import InputError
from ..schema import ConsistencyWarning, Fact
from ..batch.outputs import STORE_PARTS_NAME

# Files of a run directory that are the run's records, not Documents.
RUN_RECORDS = frozenset({"errors.jsonl"})


class QuantityText(BaseModel):
    """What the store reads of a quantity: its text, place, amount and unit
    (for the written precision of the figures); checked for types only."""

    model_config = ConfigDict(extra="ignore")

    text: str
    start: int
    end: int
    amount: float
    unit: str


class StoredDocument(BaseModel):
    """The part of a Document the store keeps: facts are validated as in the
    Document; entities and period mentions are not read (most of the parsing time)."""

    model_config = ConfigDict(extra="ignore")

    doc_id: str = Field(min_length=1)
    quantities: list[QuantityText] = Field(default_factory=list)
    facts: list[Fact] = Field(default_factory=list)
    warnings: list[ConsistencyWarning] = Field(default_factory=list)
    date: str | None = Field(default=None, pattern=r"^\d{4}-\d{2}-\d{2}$")
    location: str | None = None            # the article's `location` header, when a run records it
    extractor_version: str | None = None   # likewise


@dataclass
class Inputs:
    """The files named by the command line, sorted by kind."""

    documents: list[Path] = field(default_factory=list)   # one Document per .json file
    jsonl: list[Path] = field(default_factory=list)       # one Document per line
    parquet_dirs: list[Path] = field(default_factory=list)  # articles-*.parquet + facts-*.parquet


def resolve(specs: Iterable[str]) -> Inputs:
    """Sort every path, directory or glob of `specs` by kind.

    A directory gives its `<doc_id>.json` Documents, its JSON Lines files and
    its `store-parts/` Parquet parts; `_*.json` and `errors.jsonl` are the
    run's own records.
    """
    inputs = Inputs()
    for spec in specs:
        for path in expand_spec(spec):
            if path.is_dir():
                _add_directory(inputs, path)
            elif is_jsonl(path):
                inputs.jsonl.append(path)
            elif path.suffix.lower() == ".parquet":
                _add_parquet_dir(inputs, path.parent)
            elif path.suffix.lower() == ".json":
                inputs.documents.append(path)
            else:
                raise InputError(f"{path}: not a run output (.json, .jsonl, a directory "
                                      "or Parquet parts)")
    return inputs


def _add_directory(inputs: Inputs, directory: Path) -> None:
    inputs.documents.extend(p for p in sorted(directory.glob("*.json")) if not p.name.startswith("_"))
    inputs.jsonl.extend(p for p in sorted(directory.iterdir())
                        if is_jsonl(p) and p.name not in RUN_RECORDS)
    if (directory / STORE_PARTS_NAME).is_dir():
        _add_parquet_dir(inputs, directory / STORE_PARTS_NAME)
    elif directory.name == STORE_PARTS_NAME:
        _add_parquet_dir(inputs, directory)


def _add_parquet_dir(inputs: Inputs, directory: Path) -> None:
    if directory not in inputs.parquet_dirs:
        inputs.parquet_dirs.append(directory)


@dataclass(frozen=True)
class Read:
    """A Document read from an output, or the reason it could not be."""

    source: str
    document: StoredDocument | None = None
    written_at: dt.datetime | None = None
    problem: str | None = None


def read_documents(inputs: Inputs) -> Iterator[Read]:
    """Every Document of the inputs, in file (and line) order."""
    for path in inputs.documents:
        yield _read_one(path)
    for path in inputs.jsonl:
        yield from _read_lines(path)


def run_documents(destination, wanted: set[str]) -> Iterator[Read]:
    """The Documents of `wanted` doc_ids in a run's output (a `Destination`)."""
    if destination.documents_dir is not None:
        for doc_id in sorted(wanted):
            if destination.document_path(doc_id).is_file():
                yield _read_one(destination.document_path(doc_id))
        return
    written = _mtime(destination.jsonl)
    with open(destination.jsonl, "rb") as stream:
        for number, line in enumerate(stream, start=1):
            if record_id(line) in wanted:
                yield _parsed(line, f"{destination.jsonl}:{number}", written)


def _read_one(path: Path) -> Read:
    try:
        data = path.read_bytes()
        written = _mtime(path)
    except OSError as error:
        return Read(str(path), problem=f"cannot read: {error.strerror or error}")
    return _parsed(data, str(path), written)


def _read_lines(path: Path) -> Iterator[Read]:
    written = _mtime(path)
    with open(path, "rb") as stream:
        for number, line in enumerate(stream, start=1):
            if line.strip():
                yield _parsed(line, f"{path}:{number}", written)


def _parsed(data: bytes, source: str, written: dt.datetime) -> Read:
    try:
        document = StoredDocument.model_validate_json(data)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        return Read(source, problem=f"not a Document ({where + ': ' if where else ''}{first['msg']})")
    return Read(source, document, written)


def _mtime(path: Path) -> dt.datetime:
    return dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC).replace(tzinfo=None)
