"""Normalization with an offset map back to the original text.

Recognizers match on a normalized copy of the article (NFC, modern tone
placement, plain spaces and newlines, invisible characters dropped, HTML
markup blanked and entities decoded) and report spans in it;
`NormalizedText.to_original` maps those spans back so that every span in the
output indexes the text exactly as read from disk.

>>> nt = normalize("Thanh Hoá\\r\\nxuất khẩu")
>>> nt.text
'Thanh Hóa\\nxuất khẩu'
>>> nt.to_original(10, 19)
(11, 20)
"""

from __future__ import annotations

import html
import sys
import unicodedata
from array import array
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

import regex

# Old tone placement (`hoá`, `khoẻ`, `thuỷ`) puts the tone on the second vowel
# of a word-final oa/oe/uy; modern placement (the spec's canonical form) puts
# it on the first. Both forms are the same length, so offsets are kept.
_TONED = {  # base vowel -> its five toned forms (sắc, huyền, hỏi, ngã, nặng)
    "a": "áàảãạ", "e": "éèẻẽẹ", "y": "ýỳỷỹỵ", "o": "óòỏõọ", "u": "úùủũụ",
}
_TONE_OF = {toned: (base, i) for base, forms in _TONED.items() for i, toned in enumerate(forms)}
# In `quý`, `quỳ` the u belongs to the onset `qu`: the tone is already right.
_OLD_TONE = regex.compile(r"(?:[oO][áàảãạéèẻẽẹÁÀẢÃẠÉÈẺẼẸ]|(?<![qQ])[uU][ýỳỷỹỵÝỲỶỸỴ])(?![\p{L}\p{M}])")

# What normalization rewrites, one alternative per kind (the group name).
_LINE_BREAK = r"(?P<crlf>\r\n)|(?P<newline>[\r\x85\u2028\u2029])"
_SPACE = r"|(?P<space>[\x00-\x08\t\x0b\x0c\x0e-\x1f\x7f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000])"
_INVISIBLE = (r"|(?P<invisible>[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064"
              r"\u2066-\u2069\ufeff])")
_MARKUP = (
    r"|(?P<tag></?[A-Za-z][^<>\n]{0,200}>|<!--[^\n]{0,1000}?-->|<![^<>\n]{0,200}>)"
    r"|(?P<entity>&(?:#[0-9]{1,7};?|#[xX][0-9A-Fa-f]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};"
    r"|(?:nbsp|amp|lt|gt|quot)(?![A-Za-z0-9;])))"
)
_SPECIAL = regex.compile(_LINE_BREAK + _SPACE + _INVISIBLE + _MARKUP)
# A character that NFC changes: a base with the marks (or Hangul vowels) that
# may compose with it or be reordered, or a singleton like U+212B Å.
_CONTINUES = r"[\p{M}\p{NFC_QC=M}\P{ccc=0}]"
_CLUSTER = regex.compile(rf"(?:(?!{_CONTINUES}).)?{_CONTINUES}+|\p{{NFC_QC=N}}", regex.S)
_CONTINUES_CLUSTER_RUN = regex.compile(_CONTINUES + "+")
# A syllable or number (letters with their marks, digits) or one other visible character.
_PIECE = regex.compile(r"[\p{L}\p{M}\p{N}_]+|[^\s\p{L}\p{M}\p{N}_]")
_BLOCK_TAGS = regex.compile(r"</?(?:p|br|div|li|ul|ol|h[1-6]|tr|td|th|table|blockquote|hr)\b", regex.I)
# What a decoded entity's characters become (`&nbsp;` is a space, `&shy;` nothing).
_DECODED = str.maketrans({"\u00a0": " ", "\t": " ", "\r": "\n", "\u00ad": None, "\u200b": None,
                          "\u200c": None, "\u200d": None, "\u2060": None, "\ufeff": None})


@dataclass(frozen=True)
class Edits:
    """What one normalization step changed, as a map from its output to its input.

    Edit k replaced `source[source_starts[k]:source_ends[k]]` by
    `target[target_starts[k]:target_ends[k]]` (possibly empty); between edits
    the text was copied, so offsets only shift.
    """

    source_length: int
    target_length: int
    target_starts: array
    target_ends: array
    source_starts: array
    source_ends: array

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The source stretch a non-empty target span [start, end) was made from.

        >>> text, edits = compose_nfc("Hoa\\u0300 Bi\\u0300nh")
        >>> text, edits.source_span(0, 3), edits.source_span(4, 8)
        ('Hoà Bình', (0, 4), (5, 10))
        """
        return self.source_start(start), self._source_end(end - 1)

    def source_start(self, index: int) -> int:
        """Source offset where target character `index` comes from (the end for len).

        >>> compose_nfc("Hoa\\u0300 Bi\\u0300nh")[1].source_start(4)
        5
        """
        if index >= self.target_length:
            return self.source_length
        k = bisect_right(self.target_starts, index) - 1
        if k < 0:
            return index
        if index < self.target_ends[k]:
            return self.source_starts[k]
        return self.source_ends[k] + index - self.target_ends[k]

    def _source_end(self, index: int) -> int:
        k = bisect_right(self.target_starts, index) - 1
        if k < 0:
            return index + 1
        if index < self.target_ends[k]:
            return self.source_ends[k]
        return self.source_ends[k] + index - self.target_ends[k] + 1


@dataclass(frozen=True)
class NormalizedText:
    """The original text, its normalized form and the map between them.

    `steps` are the edits of each normalization step that changed something,
    in order; none (the common case) means offsets map to themselves.
    """

    original: str
    text: str
    steps: tuple[Edits, ...] = field(default=(), repr=False)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalized span [start, end) to the original text.

        A span that starts or ends inside a replaced stretch grows to cover
        all of it, so the original slice always holds the whole of what
        the normalized span was made from.

        >>> normalize("Thanh Hoa\\u0300 xuất khẩu").to_original(6, 9)
        (6, 10)
        """
        if end <= start:
            for step in reversed(self.steps):
                start = step.source_start(start)
            return start, start
        for step in reversed(self.steps):
            start, end = step.source_span(start, end)
        return start, end

    def to_normalized(self, start: int, end: int) -> tuple[int, int]:
        """The normalized span that `to_original` maps to the original [start, end).

        The inverse for spans made by `to_original`: the first normalized
        character whose source ends after `start` to the first one whose
        source starts at or after `end` (both maps only grow).

        >>> nt = normalize("Thanh Hoa\\u0300&nbsp;xuất khẩu")
        >>> nt.to_normalized(6, 10), nt.text[6:9], nt.to_original(*nt.to_normalized(16, 25))
        ((6, 9), 'Hòa', (16, 25))
        """
        if not self.steps:
            return start, end
        positions = range(len(self.text))
        first = bisect_right(positions, start, key=lambda i: self.to_original(i, i + 1)[1])
        last = bisect_left(positions, end, lo=first, key=lambda i: self.to_original(i, i + 1)[0])
        return first, last

    def original_slice(self, start: int, end: int) -> str:
        """The original text under a normalized span.

        >>> normalize("Khánh Hoà&nbsp;2024").original_slice(6, 14)
        'Hoà&nbsp;2024'
        """
        a, b = self.to_original(start, end)
        return self.original[a:b]


def pieces(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The syllables, numbers and single punctuation marks of `text[start:end]`,
    as offsets into `text` (what phrase lexicons match on, word by word).

    >>> t = "tăng 5%/năm, ước đạt"
    >>> [t[a:b] for a, b in pieces(t)]
    ['tăng', '5', '%', '/', 'năm', ',', 'ước', 'đạt']
    """
    return [m.span() for m in _PIECE.finditer(text, start, len(text) if end is None else end)]


def fix_tone_placement(text: str) -> str:
    """Move old-style tones to the modern position (`hoá` -> `hóa`); same length.

    >>> fix_tone_placement("Thanh Hoá, thuỷ sản, quý, Khánh Hoà, goá, HOÀ")
    'Thanh Hóa, thủy sản, quý, Khánh Hòa, góa, HÒA'
    """
    return _OLD_TONE.sub(_move_tone, text)


def _move_tone(match: regex.Match) -> str:
    first, second = match.group(0)
    base, tone = _TONE_OF[second.lower()]
    toned_first = _TONED[first.lower()][tone]
    if first.isupper():
        toned_first = toned_first.upper()
    return toned_first + (base.upper() if second.isupper() else base)


def normalize(original: str) -> NormalizedText:
    """Normalize `original` for matching, keeping a map back to it.

    Markup, line breaks and spaces are rewritten first, then the result is
    composed to NFC, then old tone placement is modernized (same length).

    >>> nt = normalize("<p>Xua\\u0302\\u0301t kha\\u0302\\u0309u&nbsp;tăng</p>")
    >>> nt.text
    '\\nXuất khẩu tăng\\n'
    >>> nt.original_slice(1, 10) == "Xua\\u0302\\u0301t kha\\u0302\\u0309u"
    True
    """
    steps = []
    text, edits = _rewrite_specials(original)
    if edits is not None:
        steps.append(edits)
    text, edits = compose_nfc(text)
    if edits is not None:
        steps.append(edits)
    return NormalizedText(original, fix_tone_placement(text), tuple(steps))


def _rewrite_specials(source: str) -> tuple[str, Edits | None]:
    """Line breaks, spaces, invisible characters, tags and entities rewritten."""
    return _rewrite(source, _SPECIAL, _replacement)


def _rewrite(source: str, pattern: regex.Pattern, replace) -> tuple[str, Edits | None]:
    """Each match of `pattern` replaced by `replace(match)`, with the edits made."""
    pieces: list[str] = []
    edits: tuple[list[int], ...] = ([], [], [], [])
    cursor = length = 0  # in the source; in the target built so far
    for match in pattern.finditer(source):
        start, end = match.span()
        replacement = replace(match)
        if replacement == match.group(0):
            continue  # an unknown entity, a cluster already composed: copied as written
        pieces.append(source[cursor:start])
        length += start - cursor
        pieces.append(replacement)
        for column, value in zip(edits, (length, length + len(replacement), start, end)):
            column.append(value)
        length += len(replacement)
        cursor = end
    if not pieces:
        return source, None
    pieces.append(source[cursor:])
    target_length = length + len(source) - cursor
    return "".join(pieces), Edits(len(source), target_length, *(array("q", c) for c in edits))


def compose_nfc(source: str) -> tuple[str, Edits | None]:
    """`source` in NFC, with the edits that map it back (None if already NFC).

    Each cluster (a base character with the marks that follow it) composes
    on its own; a cluster that NFC leaves unchanged is not an edit.

    >>> text, edits = compose_nfc("Vie\\u0323\\u0302t Nam")
    >>> text, edits.source_span(2, 3)
    ('Việt Nam', (2, 5))
    """
    target = unicodedata.normalize("NFC", source)
    if target == source:
        return source, None
    edits = _cluster_edits(source, target)
    if edits is None:  # clusters did not pair up: compose them one by one
        return _compose_clusters(source)
    return target, edits


def _cluster_edits(source: str, target: str) -> Edits | None:
    """Pair the clusters of `source` and of its NFC `target`, with numpy.

    NFC never creates or absorbs a character that starts a cluster, so the
    i-th cluster of `target` is the NFC form of the i-th cluster of `source`;
    None if the counts say otherwise. A cluster is an edit unless it is one
    unchanged character on both sides.
    """
    import numpy as np

    source_points, source_starts = _clusters(source)
    target_points, target_starts = _clusters(target)
    if len(source_starts) != len(target_starts):
        return None
    source_lengths = np.diff(source_starts, append=len(source))
    target_lengths = np.diff(target_starts, append=len(target))
    changed = ((source_lengths != 1) | (target_lengths != 1)
               | (source_points[source_starts] != target_points[target_starts]))
    columns = (target_starts[changed], target_starts[changed] + target_lengths[changed],
               source_starts[changed], source_starts[changed] + source_lengths[changed])
    return Edits(len(source), len(target), *(array("q", column.tobytes()) for column in columns))


def _clusters(text: str):
    """The code points of `text` and the offsets where its clusters start."""
    import numpy as np

    points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4")
    continues = _continues_cluster()[points]
    starts = np.flatnonzero(~continues).astype(np.int64)
    if len(continues) and continues[0]:
        starts = np.concatenate((np.zeros(1, np.int64), starts))  # marks opening the text
    return points, starts


@lru_cache(maxsize=1)
def _continues_cluster():
    """For every code point: can it continue a cluster (a mark, a Hangul vowel...)?"""
    import numpy as np

    every = "".join(map(chr, range(sys.maxunicode + 1)))
    table = np.zeros(sys.maxunicode + 1, dtype=bool)
    for run in _CONTINUES_CLUSTER_RUN.finditer(every):
        table[run.start():run.end()] = True
    table.setflags(write=False)
    return table


def _compose_clusters(source: str) -> tuple[str, Edits | None]:
    """NFC cluster by cluster with a regex: slower, but needs no pairing."""
    return _rewrite(source, _CLUSTER, lambda match: unicodedata.normalize("NFC", match.group(0)))


_FIXED = {"crlf": "\n", "newline": "\n", "space": " ", "invisible": ""}


def _replacement(match: regex.Match) -> str:
    kind = match.lastgroup
    if kind in _FIXED:
        return _FIXED[kind]
    if kind == "tag":
        return "\n" if _BLOCK_TAGS.match(match.group(0)) else " "
    decoded = html.unescape(match.group(0))
    if decoded == match.group(0):
        return decoded  # not an entity html knows: the text stays as written
    return unicodedata.normalize("NFC", decoded).translate(_DECODED)
