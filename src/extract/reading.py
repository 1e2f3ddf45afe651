"""Reading articles from disk exactly as the spec's offsets expect.

The text is the file's bytes decoded as UTF-8 with nothing else changed: no
newline translation, a byte-order mark kept, no Unicode normalization.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path


class InputError(Exception):
    """An input that cannot be read; the message names the file and the problem."""


def read_article(path: str | Path) -> str:
    """The article text of `path`, or InputError naming the file."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"{path}: cannot read: {error.strerror or error}") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(f"{path}: not valid UTF-8 ({error.reason} at byte {error.start})") from None


def find_articles(paths: list[str | Path]) -> Iterator[Path]:
    """The `.txt` files named or found (recursively, sorted) under `paths`."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*.txt") if p.is_file())
        elif path.exists():
            yield path
        else:
            raise InputError(f"{path}: no such file or directory")
