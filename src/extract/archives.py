"""JSON Lines files read by doc_id: archives of articles (`{"doc_id", "text",
"date"?}` per line, what `extract run` reads) and files of Documents (what
`extract run --jsonl` writes). `extract eval`, `extract show` and `extract
report` read them here; a line that is not what it should be is an
InputError naming the file and the line.

>>> import pathlib, tempfile
>>> path = pathlib.Path(tempfile.mkdtemp()) / "bai.jsonl"
>>> _ = path.write_text('{"doc_id": "a1", "text": "Xuất khẩu tăng 5%."}\\n', encoding="utf-8")
>>> find_article(path, "a1")
('Xuất khẩu tăng 5%.', None)
"""

from __future__ import annotations

import glob
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import regex
from pydantic import ValidationError

from .batch.inputs import DocIds, is_jsonl, key_of
from .reading import InputError, read_article
from .schema import Document

def _lines(path: Path) -> Iterator[tuple[int, bytes]]:
    try:
        with open(path, "rb") as stream:
            for number, line in enumerate(stream, start=1):
                if line.strip():
                    yield number, line
    except OSError as error:
        raise InputError(f"{path}: cannot read: {error.strerror or error}") from None


def iter_documents(path: Path) -> Iterator[Document]:
    """Every Document of a JSON Lines file, in order.

    Raises:
        InputError: at the first line that is not a Document, naming it.
    """
    for number, line in _lines(path):
        try:
            yield Document.model_validate_json(line)
        except ValidationError as error:
            first = error.errors()[0]
            where = ".".join(str(part) for part in first["loc"])
            raise InputError(f"{path}:{number}: not a Document ({where + ': ' if where else ''}"
                             f"{first['msg']})") from None


def is_jsonl_line(location: str) -> bool:
    """`file.jsonl:LINE`, as the store records where a line was read.

    >>> is_jsonl_line("out/all.jsonl:17"), is_jsonl_line("out/d01.json")
    (True, False)
    """
    path, _, line = location.rpartition(":")
    return line.isdigit() and is_jsonl(Path(path))


def document_on_line(path: Path, line: int) -> Document:
    """The Document on line `line` (from 1) of a JSON Lines file."""
    for number, text in _lines(path):
        if number == line:
            try:
                return Document.model_validate_json(text)
            except ValidationError:
                raise InputError(f"{path}:{line}: not a Document") from None
    raise InputError(f"{path}: no line {line}")


def find_document(path: Path, doc_id: str) -> Document:
    """The Document `doc_id` of a JSON Lines file (InputError when it has none)."""
    for document in iter_documents(path):
        if document.doc_id == doc_id:
            return document
    raise InputError(f"{path}: no Document with doc_id {doc_id!r}")


def find_article(path: Path, doc_id: str) -> tuple[str, str | None]:
    """(text, date) of article `doc_id` in a JSON Lines archive."""
    found = articles_by_id(path, {doc_id})
    if doc_id not in found:
        raise InputError(f"{path}: no article with doc_id {doc_id!r}")
    return found[doc_id]


def articles_by_id(path: Path, wanted: set[str]) -> dict[str, tuple[str, str | None]]:
    """(text, date) of each wanted doc_id the archive has, in one pass."""
    found: dict[str, tuple[str, str | None]] = {}
    for number, line in _lines(path):
        try:
            record = json.loads(line)
        except ValueError:
            raise InputError(f"{path}:{number}: not a JSON object") from None
        if isinstance(record, dict) and record.get("doc_id") in wanted and record["doc_id"] not in found:
            if not isinstance(record.get("text"), str):
                raise InputError(f"{path}:{number}: field 'text' missing or not a string")
            found[record["doc_id"]] = (record["text"], record.get("date"))
    return found


def expand_spec(spec: str) -> list[Path]:
    """The paths a command-line argument names: itself, or a glob's matches (InputError if none)."""
    path = Path(spec)
    if path.exists():
        return [path]
    if glob.has_magic(spec):
        matches = sorted(Path(match) for match in glob.glob(spec, recursive=True))
        if matches:
            return matches
        raise InputError(f"{spec}: the pattern matches no file")
    raise InputError(f"{spec}: no such file or directory")


# A JSON Lines record whose first field is its doc_id (what `extract bench
# --archive` and most exporters write): the id is read without parsing the text.
_LEADING_ID = regex.compile(rb'\A\s*\{\s*"doc_id"\s*:\s*("(?:[^"\\]|\\.)*")')


class ArticleTexts:
    """The article texts behind Documents, found by doc_id, read only when asked.

    Made from directories of `<doc_id>.txt` files, `.txt` files and JSON Lines
    archives of `{"doc_id", "text"}` records (a line is found again through
    its byte offset, so a 100,000-article archive is never held in memory).
    """

    def __init__(self, places: dict[str, tuple[Path, int | None, int | None]] | None = None) -> None:
        self._places = places or {}  # doc_id -> (file, byte offset of its line or None, line number)

    @classmethod
    def from_paths(cls, specs: Iterable[str]) -> ArticleTexts:
        """From the inputs of a run (or `--articles`): directories (searched for
        *.txt), .txt files, globs, JSON Lines archives; doc_ids as `extract run` gives them."""
        places: dict[str, tuple[Path, int | None, int | None]] = {}
        ids = DocIds()  # the same ids in the same order as `extract run`
        for spec in specs:
            for path in expand_spec(spec):
                if is_jsonl(path):
                    places.update(_archive_offsets(path, ids, key_of(spec, path)))
                    continue
                for article in sorted(path.rglob("*.txt")) if path.is_dir() else [path]:
                    places[ids.assign(article.stem, key_of(spec, article))] = (article, None, None)
        return cls(places)

    def with_places(self, sources: dict[str, str]) -> ArticleTexts:
        """These texts, and for other doc_ids the text at each source
        (`article.txt` or `archive.jsonl:LINE`, as the store records them)."""
        places = {}
        for doc_id, source in sources.items():
            path, _, line = source.rpartition(":") if is_jsonl_line(source) else (source, "", "")
            places[doc_id] = (Path(path), None, int(line) if line else None)
        return ArticleTexts({**places, **self._places})

    def source(self, doc_id: str) -> tuple[Path, int | None, int | None] | None:
        return self._places.get(doc_id)

    def text(self, doc_id: str) -> tuple[str, str] | None:
        """(text, where it was read) of the article, or None when unknown or unreadable."""
        found = self.source(doc_id)
        if found is None:
            return None
        path, offset, line = found
        try:
            if line is None:
                return read_article(path), str(path)
            record = json.loads(_line_at(path, offset, line))
            return record["text"], f"{path}:{line}"
        except (InputError, OSError, ValueError, KeyError, TypeError):
            return None


def _line_at(path: Path, offset: int | None, line: int) -> bytes:
    """Line `line` of a file: read at its byte offset when known, else counted to."""
    with open(path, "rb") as stream:
        if offset is not None:
            stream.seek(offset)
            return stream.readline()
        for number, text in enumerate(stream, start=1):
            if number == line:
                return text
    return b""


def _archive_offsets(path: Path, ids: DocIds, key: str) -> dict[str, tuple[Path, int, int]]:
    """doc_id -> (archive, byte offset of its line, line number), for every record line."""
    offsets: dict[str, tuple[Path, int, int]] = {}
    with open(path, "rb") as stream:
        position = 0
        for number, line in enumerate(stream, start=1):
            if line.strip():
                raw_id = record_id(line) or f"{path.stem}-line{number}"  # as `extract run` names a bad line
                offsets[ids.assign(str(raw_id), f"{key}:{number}")] = (path, position, number)
            position += len(line)
    return offsets


def record_id(line: bytes) -> str | None:
    """The doc_id of a JSON Lines record, or None when the line is no record with one."""
    leading = _LEADING_ID.match(line)
    try:
        raw_id = json.loads(leading.group(1)) if leading else json.loads(line)["doc_id"]
    except (ValueError, KeyError, TypeError):
        return None
    return raw_id if isinstance(raw_id, str) and raw_id else None
