"""Reading articles from disk exactly as the spec's offsets expect.

The text is the file's bytes decoded as UTF-8 with nothing else changed: no
newline translation, a byte-order mark kept, no Unicode normalization. A file
that is not UTF-8 is an `InputError` naming the file and what it looks like
(binary, UTF-16, or one of the legacy Vietnamese encodings Windows-1258,
VNI-Windows, TCVN3 described in `rules/legacy_encodings.yaml`); with
`encoding=` the caller converts it instead, and offsets then index the
converted text.

>>> decode_article("Xuất khẩu".encode(), "a.txt")
'Xuất khẩu'
>>> decode_article(b"Vi\\xea\\xf2t Nam xu\\xe2\\xect kh\\xe2\\xd2u", "a.txt")
Traceback (most recent call last):
...
extract.reading.InputError: a.txt: not UTF-8: looks like Windows-1258 (legacy Vietnamese encoding); convert it to UTF-8 or pass --encoding cp1258
"""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import regex
from pydantic import Field

from .rules import DEFAULT_RULES_DIR, RuleEntry, load_rule_file

AUTO = "auto"
_UTF8_NAMES = {"utf-8", "utf8", "utf_8"}
_SAMPLE = 65536  # bytes looked at to tell binary from text and guess an encoding
_CONTROL = regex.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


class InputError(Exception):
    """An input that cannot be read; the message names the file and the problem."""


class LegacyEncoding(RuleEntry):
    """One legacy encoding: a codec for the bytes, then sequence replacements."""

    label: str
    aliases: list[str] = Field(min_length=1)
    codec: str
    map: dict[str, str] = Field(default_factory=dict)


def read_article(path: str | Path, encoding: str | None = None) -> str:
    """The article text of `path`, or InputError naming the file.

    Args:
        path: the file.
        encoding: None (or `utf-8`) reads UTF-8 only and reports anything else;
            `auto` converts a file that is not UTF-8 but clearly one of the
            legacy Vietnamese encodings; a name (`cp1258`, `vni`, `tcvn3`, any
            Python codec) converts from that encoding.

    Raises:
        InputError: unreadable, binary, or not in the expected encoding.

    >>> read_article("bài-không-có.txt")
    Traceback (most recent call last):
    ...
    extract.reading.InputError: bài-không-có.txt: cannot read: No such file or directory
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"{path}: cannot read: {error.strerror or error}") from None
    return decode_article(data, str(path), encoding)


def decode_article(data: bytes, source: str, encoding: str | None = None) -> str:
    """The text of one article's bytes (see `read_article`); `source` names it in errors.

    >>> decode_article("Thµnh phè Hå ChÝ Minh".encode("latin-1"), "b.txt", encoding="tcvn3")
    'Thành phố Hồ Chí Minh'
    >>> decode_article(b"", "empty.txt")
    ''
    """
    name = (encoding or "utf-8").strip().lower()
    if name in _UTF8_NAMES:
        return _decode_utf8(data, source)
    if name == AUTO:
        return _decode_auto(data, source)
    return _decode_as(data, source, name)


def encoding_name(name: str) -> str:
    """The `--encoding` value, checked once (an argparse `type=`): lower-cased.

    >>> encoding_name("VNI"), encoding_name("auto"), encoding_name("Windows-1258")
    ('vni', 'auto', 'windows-1258')
    >>> encoding_name("klingon")
    Traceback (most recent call last):
    ...
    ValueError: unknown encoding 'klingon'; use utf-8, auto, cp1258, vni, tcvn3 or a Python codec
    """
    wanted = name.strip().lower()
    if wanted in _UTF8_NAMES or wanted == AUTO or legacy_encoding(wanted) is not None:
        return wanted
    if not _is_text_codec(wanted):
        raise ValueError(_unknown_encoding(name))
    return wanted


def _unknown_encoding(name: str) -> str:
    return (f"unknown encoding {name!r}; use utf-8, {AUTO}, "
            f"{', '.join(e.name for e in legacy_encodings())} or a Python codec")


def _is_text_codec(name: str) -> bool:
    """Whether Python decodes bytes to text with `name` (not `base64`, not unknown)."""
    try:
        info = codecs.lookup(name)
    except LookupError:
        return False
    return getattr(info, "_is_text_encoding", True)  # what bytes.decode itself checks


def _decode_utf8(data: bytes, source: str) -> str:
    try:
        text = _utf8_text(data, source)
    except UnicodeDecodeError as error:
        raise InputError(_not_utf8(data, source, error)) from None
    guess = _legacy_saved_as_utf8(text)
    if guess is not None:
        example = next(w for w in _WORD.findall(text) if _WESTERN_ONLY.search(w))
        raise InputError(f"{source}: UTF-8, but its text is {guess.label} that was read as Western "
                         f"text before it was saved (such as {example!r}); pass --encoding {guess.name}")
    return text


def _utf8_text(data: bytes, source: str) -> str:
    """UTF-8 that is text: NUL bytes make even valid UTF-8 a binary file."""
    text = data.decode("utf-8")
    if "\x00" in text[:_SAMPLE]:
        raise InputError(f"{source}: {_looks_binary(data)}")
    return text


def _decode_auto(data: bytes, source: str) -> str:
    try:
        text = _utf8_text(data, source)
        guess = _legacy_saved_as_utf8(text)
        return text if guess is None else convert_legacy(_western_bytes(text), guess.name)
    except UnicodeDecodeError as error:
        legacy = _looks_binary(data) is None and not _mostly_utf8(data)
        guess = _guess_legacy(data) if legacy else None
        if guess is None:
            raise InputError(_not_utf8(data, source, error)) from None
        return convert_legacy(data, guess.name)


def _decode_as(data: bytes, source: str, name: str) -> str:
    legacy = legacy_encoding(name)
    if legacy is None:
        if not _is_text_codec(name):
            raise InputError(f"{source}: {_unknown_encoding(name)}")
        try:
            return data.decode(name)
        except UnicodeDecodeError as error:
            raise InputError(f"{source}: not valid {name} ({error.reason} at byte {error.start})") from None
    if not data.isascii() and _is_utf8(data):
        data = _western_bytes(data.decode("utf-8"))  # legacy text saved as UTF-8, if it is
        if data is None:
            raise InputError(f"{source}: is UTF-8, not {legacy.label}; read it without --encoding")
    return convert_legacy(data, legacy.name)


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


# Legacy text that a Western (Windows-1252 / Latin-1) program read and saved as
# UTF-8: every character is one such byte, and it has no Vietnamese letter.
_VIETNAMESE_ONLY = regex.compile("[ăđĩũơưĂĐĨŨƠƯ\u1ea0-\u1ef9]")
_WESTERN_ONLY = regex.compile("[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e"
                              "\u0192\u02c6\u02dc\u2013-\u2122]")


def _legacy_saved_as_utf8(text: str) -> LegacyEncoding | None:
    sample = text[:_SAMPLE]
    if _VIETNAMESE_ONLY.search(sample) or len(_WESTERN_ONLY.findall(sample)) < _MIN_WORDS:
        return None
    data = _western_bytes(sample)
    return None if data is None else _guess_legacy(data)


def _western_bytes(text: str) -> bytes | None:
    """The bytes a Windows-1252 reader (Latin-1 where 1252 has a gap) took for `text`."""
    table = _western_table()
    try:
        return bytes(table[char] for char in text)
    except KeyError:
        return None


@lru_cache(maxsize=1)
def _western_table() -> dict[str, int]:
    table = {chr(byte): byte for byte in range(256)}
    table.update({_one_byte(byte, "cp1252"): byte for byte in range(256)})
    return table


def _not_utf8(data: bytes, source: str, error: UnicodeDecodeError) -> str:
    """The message for bytes that are not UTF-8: what they look like instead."""
    binary = _looks_binary(data)
    if binary is not None:
        return f"{source}: {binary}"
    guess = None if _mostly_utf8(data) else _guess_legacy(data)
    if guess is not None:
        return (f"{source}: not UTF-8: looks like {guess.label} (legacy Vietnamese encoding); "
                f"convert it to UTF-8 or pass --encoding {guess.name}")
    return f"{source}: not valid UTF-8 ({error.reason} at byte {error.start})"


def _looks_binary(data: bytes) -> str | None:
    """What kind of non-text `data` is, if it is not text at all."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "UTF-16 text (it starts with a UTF-16 byte-order mark): save it as UTF-8 or pass --encoding utf-16"
    sample = data[:_SAMPLE]
    if b"\x00" in sample:
        return "a binary file (it contains NUL bytes), not a text article"
    if len(_CONTROL.findall(sample)) > len(sample) // 100:
        return "a binary file (it contains many control bytes), not a text article"
    return None


def _mostly_utf8(data: bytes) -> bool:
    """UTF-8 with a few bad bytes (a damaged file), rather than another encoding."""
    text = data[:_SAMPLE].decode("utf-8", "replace")
    bad = text.count("\ufffd")
    return sum(1 for char in text if char > "\x7f") - bad > 4 * bad


# ---------------------------------------------------------------------------
# Legacy Vietnamese encodings


@dataclass(frozen=True)
class _Converter:
    """Reads bytes of one legacy encoding: a byte table, then sequence rewrites."""

    charmap: str
    sequences: dict[str, str]
    pattern: regex.Pattern | None

    def __call__(self, data: bytes) -> str:
        text = codecs.charmap_decode(data, "strict", self.charmap)[0]
        if self.pattern is None:
            return text
        return self.pattern.sub(lambda match: self.sequences[match.group(0)], text)


@lru_cache(maxsize=1)
def legacy_encodings() -> tuple[LegacyEncoding, ...]:
    """The legacy encodings of `rules/legacy_encodings.yaml`.

    >>> [e.name for e in legacy_encodings()]
    ['cp1258', 'vni', 'tcvn3']
    """
    return tuple(load_rule_file(DEFAULT_RULES_DIR / "legacy_encodings.yaml", LegacyEncoding).entries)


def legacy_encoding(name: str) -> LegacyEncoding | None:
    """The legacy encoding called `name` (or one of its aliases), if any.

    >>> legacy_encoding("ABC").label
    'TCVN3 (ABC)'
    """
    wanted = name.strip().lower()
    return next((e for e in legacy_encodings() if wanted == e.name or wanted in e.aliases), None)


def convert_legacy(data: bytes, name: str) -> str:
    """`data` in the legacy encoding `name`, as Unicode.

    >>> convert_legacy("Vieät Nam".encode("cp1252"), "vni")
    'Việt Nam'
    """
    encoding = legacy_encoding(name)
    if encoding is None:
        raise ValueError(f"unknown legacy encoding {name!r}")
    return _converter(encoding.name)(data)


@lru_cache(maxsize=None)
def _converter(name: str) -> _Converter:
    encoding = legacy_encoding(name)
    charmap = "".join(_byte_as_text(bytes([b]), encoding.codec) for b in range(256))
    sequences = {_byte_as_text(bytes.fromhex(key), encoding.codec): value
                 for key, value in encoding.map.items()}
    if not sequences:
        return _Converter(charmap, sequences, None)
    longest_first = sorted(sequences, key=len, reverse=True)
    return _Converter(charmap, sequences, regex.compile("|".join(map(regex.escape, longest_first))))


def _byte_as_text(data: bytes, codec: str) -> str:
    """Bytes read with `codec`, bytes it does not define read as Latin-1."""
    return "".join(_one_byte(b, codec) for b in data)


def _one_byte(byte: int, codec: str) -> str:
    try:
        return bytes([byte]).decode(codec)
    except UnicodeDecodeError:
        return chr(byte)


# Telling which legacy encoding a file is in: convert a sample with each and
# count the words that are well-formed Vietnamese syllables.
_WORD = regex.compile(r"\p{L}[\p{L}\p{M}]*")
_TONE_MARKS = regex.compile("[\u0300\u0301\u0303\u0309\u0323]")
_SYLLABLE = regex.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
    r"(?:iêu|yêu|oai|oay|oao|oeo|uây|uôi|uya|uyê|uyu|ươi|ươu"
    r"|ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|oo|ôi|ơi|ua|uâ|uê|ui|uô|uơ|uy"
    r"|ưa|ưi|ươ|ưu|yê|[aăâeêioôơuưy])"
    r"(?:ng|nh|ch|[cmnpt])?"
)
_MIN_WORDS, _MIN_SHARE = 3, 0.7


def _guess_legacy(data: bytes) -> LegacyEncoding | None:
    """The legacy encoding under which most non-ASCII words are Vietnamese, if one is clear."""
    sample = data[:_SAMPLE]
    best, best_score = None, (0.0, 0)
    for encoding in legacy_encodings():
        score = _vietnamese_share(_converter(encoding.name)(sample))
        if score > best_score:
            best, best_score = encoding, score
    share, count = best_score
    return best if share >= _MIN_SHARE and count >= _MIN_WORDS else None


def _vietnamese_share(text: str) -> tuple[float, int]:
    """Share and count of the non-ASCII words of `text` that are Vietnamese syllables."""
    words = [w for w in _WORD.findall(unicodedata.normalize("NFC", text)) if not w.isascii()]
    good = sum(1 for word in words if is_vietnamese_syllable(word))
    return (good / len(words) if words else 0.0), good


def is_vietnamese_syllable(word: str) -> bool:
    """Whether `word` is spelled like one Vietnamese syllable (at most one tone).

    >>> [is_vietnamese_syllable(w) for w in ["nghiêng", "Thành", "Thaứnh", "thµnh", "quý"]]
    [True, True, False, False, True]
    """
    bare, tones = _TONE_MARKS.subn("", unicodedata.normalize("NFD", word.lower()))
    return tones <= 1 and _SYLLABLE.fullmatch(unicodedata.normalize("NFC", bare)) is not None
