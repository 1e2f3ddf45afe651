"""Normalization with an offset map back to the original text.

Recognizers match on a normalized copy of the article (NFC, modern tone
placement, plain spaces and newlines, HTML markup blanked) and report spans in
it; `NormalizedText.to_original` maps those spans back so that every span in the
output indexes the text exactly as read from disk.

>>> nt = normalize("Thanh Hoá\\r\\nxuất khẩu")
>>> nt.text
'Thanh Hóa\\nxuất khẩu'
>>> nt.to_original(10, 19)
(11, 20)
"""

from __future__ import annotations

import html
import unicodedata
from array import array
from dataclasses import dataclass

import regex

# Old tone placement (`hoá`, `khoẻ`, `thuỷ`) puts the tone on the second vowel
# of an open oa/oe/uy syllable; modern placement (the spec's canonical form)
# puts it on the first. Both forms are the same length, so offsets are kept.
_TONED = {  # base vowel -> its five toned forms (sắc, huyền, hỏi, ngã, nặng)
    "a": "áàảãạ", "e": "éèẻẽẹ", "y": "ýỳỷỹỵ", "o": "óòỏõọ", "u": "úùủũụ",
}
_TONE_OF = {toned: (base, i) for base, forms in _TONED.items() for i, toned in enumerate(forms)}
_OLD_TONE = regex.compile(
    r"(?<![\p{L}])(?:[^\W\d_]*?)"  # any onset (checked below)
    r"(?P<pair>(?i:o[áàảãạ]|o[éèẻẽẹ]|u[ýỳỷỹỵ]))(?!\p{L})"
)

# Sequences replaced by one character (or removed) before matching.
_SPECIAL = regex.compile(
    r"(?P<crlf>\r\n)|(?P<cr>\r)"
    r"|(?P<space>[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\f\v])"
    r"|(?P<invisible>[\u200b-\u200d\u2060\ufeff\u00ad])"
    r"|(?P<tag></?[A-Za-z][^<>\n]{0,200}>)"
    r"|(?P<entity>&(?:#\d{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z]{2,10});)"
    r"|(?P<cluster>\P{M}\p{M}+)"
)
_BLOCK_TAGS = regex.compile(r"</?(?:p|br|div|li|h[1-6]|tr)\b", regex.I)


@dataclass(frozen=True)
class NormalizedText:
    """The original text, its normalized form and the map between them.

    `starts[i]`/`ends[i]` are the original offsets of normalized character i;
    both are None when normalization changed nothing (the common case), so
    offsets map to themselves.
    """

    original: str
    text: str
    starts: array | None = None
    ends: array | None = None

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalized span [start, end) to the original text."""
        if self.starts is None or self.ends is None:
            return start, end
        if end <= start:
            at = self.starts[start] if start < len(self.starts) else len(self.original)
            return at, at
        return self.starts[start], self.ends[end - 1]

    def original_slice(self, start: int, end: int) -> str:
        """The original text under a normalized span."""
        a, b = self.to_original(start, end)
        return self.original[a:b]


def fix_tone_placement(text: str) -> str:
    """Move old-style tones to the modern position (`hoá` -> `hóa`); same length.

    >>> fix_tone_placement("Thanh Hoá, thuỷ sản, quý, Khánh Hoà")
    'Thanh Hóa, thủy sản, quý, Khánh Hòa'
    """
    return _OLD_TONE.sub(_move_tone, text)


def _move_tone(match: regex.Match) -> str:
    whole, pair = match.group(0), match.group("pair")
    onset = whole[: len(whole) - 2]
    if onset.lower().endswith(("q", "g")) and pair[0] in "uUoO":
        return whole  # `quý`, `quá`: u/o belongs to the onset, tone is already right
    first, second = pair[0], pair[1]
    base, tone = _TONE_OF[second.lower()]
    toned_first = _TONED[first.lower()][tone]
    if first.isupper():
        toned_first = toned_first.upper()
    plain_second = base.upper() if second.isupper() else base
    return onset + toned_first + plain_second


def normalize(original: str) -> NormalizedText:
    """Normalize `original` for matching, keeping a map back to it."""
    if _SPECIAL.search(original) is None:
        text = fix_tone_placement(original)
        return NormalizedText(original, text)
    pieces: list[str] = []
    starts, ends = array("q"), array("q")
    cursor = 0
    for match in _SPECIAL.finditer(original):
        _copy_unchanged(original, cursor, match.start(), pieces, starts, ends)
        replacement = _replacement(match)
        for char in replacement:
            pieces.append(char)
            starts.append(match.start())
            ends.append(match.end())
        cursor = match.end()
    _copy_unchanged(original, cursor, len(original), pieces, starts, ends)
    text = fix_tone_placement("".join(pieces))
    return NormalizedText(original, text, starts, ends)


def _copy_unchanged(original: str, a: int, b: int, pieces: list[str],
                    starts: array, ends: array) -> None:
    if a >= b:
        return
    pieces.append(original[a:b])
    starts.extend(range(a, b))
    ends.extend(range(a + 1, b + 1))


def _replacement(match: regex.Match) -> str:
    kind = match.lastgroup
    if kind in ("crlf", "cr"):
        return "\n"
    if kind == "space":
        return " "
    if kind == "invisible":
        return ""
    if kind == "tag":
        return "\n" if _BLOCK_TAGS.match(match.group(0)) else " "
    if kind == "entity":
        decoded = html.unescape(match.group(0))
        decoded = decoded.replace("\u00a0", " ")
        return decoded if len(decoded) == 1 else " "
    return unicodedata.normalize("NFC", match.group(0))
