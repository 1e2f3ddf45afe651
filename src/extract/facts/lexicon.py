"""Matching many phrases at once, each carrying tags.

A tag is `kind` or `kind=value` (`status=estimate`); a phrase listed under
several entries carries all their tags. Phrases are matched word by word (a
trie over syllables and punctuation marks, `extract.text.pieces`), so
matching is whole-word, ignores case and spacing, takes the longest phrase
that carries a tag, and costs a pass over the text's pieces.

>>> lexicon = Lexicon([TaggedPhrase("ước đạt", expand_tags(["status=estimate"])),
...                    TaggedPhrase("đạt", expand_tags(["status=actual"]))])
>>> [(m.text, sorted(m.tags)) for m in lexicon.find("Xuất khẩu ước  đạt 5 tỷ USD")]
[('ước  đạt', ['status', 'status=estimate'])]
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

from ..text import pieces

_END = None  # the trie key under which a node keeps the phrases that end there


def expand_tags(tags: Iterable[str]) -> frozenset[str]:
    """Tags with the bare kind of each `kind=value` added.

    >>> sorted(expand_tags(["change_verb=up", "reach"]))
    ['change_verb', 'change_verb=up', 'reach']
    """
    expanded = set()
    for tag in tags:
        expanded.add(tag)
        kind, _, value = tag.partition("=")
        if value:
            expanded.add(kind)
    return frozenset(expanded)


def tag_value(tags: frozenset[str], kind: str) -> str | None:
    """The value of the `kind=value` tag among `tags`, if any.

    >>> tag_value(frozenset({"status", "status=target"}), "status")
    'target'
    """
    prefix = kind + "="
    return next((tag[len(prefix):] for tag in tags if tag.startswith(prefix)), None)


def tag_values(tags: frozenset[str]) -> dict[str, str]:
    """Every `kind=value` tag among `tags`, as kind -> value.

    >>> tag_values(frozenset({"status", "status=target", "plan"}))
    {'status': 'target'}
    """
    return dict(tag.split("=", 1) for tag in tags if "=" in tag)


@dataclass(frozen=True)
class TaggedPhrase:
    """A phrase and its tags; a case-sensitive one fires only as written."""

    phrase: str
    tags: frozenset[str]
    case_sensitive: bool = False


@dataclass(frozen=True)
class PhraseMatch:
    start: int
    end: int
    text: str
    tags: frozenset[str]


def phrase_key(text: str) -> str:
    """How a phrase is compared: spaces collapsed, lower case."""
    return " ".join(text.split()).lower()


class TextPieces:
    """The pieces of one text (`extract.text.pieces`), cut and lower-cased once
    for the many lookups of one article."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.spans = pieces(text)
        self.keys = [text[a:b].lower() for a, b in self.spans]
        self._starts = [a for a, _ in self.spans]
        self._ends = [b for _, b in self.spans]

    def between(self, start: int, end: int) -> tuple[int, int]:
        """The index range of the pieces lying within `[start, end)`."""
        return bisect_left(self._starts, start), bisect_right(self._ends, end)


class Lexicon:
    """Whole-word matching of many tagged phrases, longest first."""

    def __init__(self, phrases: Iterable[TaggedPhrase]) -> None:
        self._root: dict = {}
        for tagged in phrases:
            node = self._root
            for a, b in pieces(tagged.phrase):
                node = node.setdefault(tagged.phrase[a:b].lower(), {})
            node.setdefault(_END, []).append(tagged)
        self._freeze(self._root)

    def _freeze(self, node: dict) -> None:
        """Each phrase end keeps the tags its case-insensitive phrases always give,
        and its case-sensitive phrases to check against the surface."""
        for key, child in node.items():
            if key is _END:
                node[_END] = _Ending(frozenset().union(*(t.tags for t in child if not t.case_sensitive)),
                                     tuple(t for t in child if t.case_sensitive))
            else:
                self._freeze(child)

    def find(self, text: str, start: int = 0, end: int | None = None,
             cut: TextPieces | None = None) -> list[PhraseMatch]:
        """Non-overlapping matches in `text[start:end]` that carry a tag, offsets in
        `text`; `cut` is `text` already cut into pieces."""
        end = len(text) if end is None else end
        if cut is None:
            cut = _Window(text, start, end)
        lo, hi = cut.between(start, end)
        spans, keys = cut.spans, cut.keys
        found, i = [], lo
        while i < hi:
            best, node, j = None, self._root, i
            while j < hi and keys[j] in node:
                node, j = node[keys[j]], j + 1
                ending = node.get(_END)
                if ending is not None:
                    tags = ending.tags(text[spans[i][0]:spans[j - 1][1]])
                    if tags:
                        best = (j, tags)
            if best is None:
                i += 1
                continue
            stop = spans[best[0] - 1][1]
            found.append(PhraseMatch(spans[i][0], stop, text[spans[i][0]:stop], best[1]))
            i = best[0]
        return found

    def opening(self, text: str, start: int, end: int, cut: TextPieces) -> frozenset[str]:
        """The tags of the longest phrase starting right at `start` within `[start, end)`."""
        lo, hi = cut.between(start, end)
        if lo >= hi or cut.spans[lo][0] != start:
            return frozenset()
        found = frozenset()
        node, j = self._root, lo
        while j < hi and cut.keys[j] in node:
            node, j = node[cut.keys[j]], j + 1
            ending = node.get(_END)
            if ending is not None:
                found = ending.tags(text[start:cut.spans[j - 1][1]]) or found
        return found

    def tags_of(self, surface: str) -> frozenset[str]:
        """The tags a phrase written `surface` carries, if the whole of it is a phrase."""
        found = self.find(surface)
        return found[0].tags if len(found) == 1 and found[0].text == surface.strip() else frozenset()


@dataclass(frozen=True)
class _Ending:
    """The phrases ending at one trie node."""

    always: frozenset[str]
    case_sensitive: tuple[TaggedPhrase, ...]

    def tags(self, surface: str) -> frozenset[str]:
        """The tags these phrases give when written `surface` (case-sensitive ones only as written)."""
        if not self.case_sensitive:
            return self.always
        written = " ".join(surface.split())
        tags = set(self.always)
        for tagged in self.case_sensitive:
            if " ".join(tagged.phrase.split()) == written:
                tags |= tagged.tags
        return frozenset(tags)


class _Window:
    """The pieces of `text[start:end]` alone, as `TextPieces` offers them."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.spans = pieces(text, start, end)
        self.keys = [text[a:b].lower() for a, b in self.spans]

    def between(self, start: int, end: int) -> tuple[int, int]:
        return 0, len(self.spans)
