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


class Lexicon:
    """Whole-word matching of many tagged phrases, longest first."""

    def __init__(self, phrases: Iterable[TaggedPhrase]) -> None:
        self._root: dict = {}
        for tagged in phrases:
            node = self._root
            for a, b in pieces(tagged.phrase):
                node = node.setdefault(tagged.phrase[a:b].lower(), {})
            node.setdefault(_END, []).append(tagged)

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[PhraseMatch]:
        """Non-overlapping matches in `text[start:end]` that carry a tag, offsets in `text`."""
        spans = pieces(text, start, end)
        keys = [text[a:b].lower() for a, b in spans]
        found, i = [], 0
        while i < len(spans):
            best, node, j = None, self._root, i
            while j < len(spans) and keys[j] in node:
                node, j = node[keys[j]], j + 1
                if _END in node:
                    tags = self._tags(node[_END], text[spans[i][0]:spans[j - 1][1]])
                    if tags:
                        best = (j, tags)
            if best is None:
                i += 1
                continue
            stop = spans[best[0] - 1][1]
            found.append(PhraseMatch(spans[i][0], stop, text[spans[i][0]:stop], best[1]))
            i = best[0]
        return found

    @staticmethod
    def _tags(phrases: list[TaggedPhrase], surface: str) -> frozenset[str]:
        """The tags the phrases ending here carry, written `surface` (case-sensitive ones only as written)."""
        written = " ".join(surface.split())
        tags: set[str] = set()
        for tagged in phrases:
            if not tagged.case_sensitive or " ".join(tagged.phrase.split()) == written:
                tags |= tagged.tags
        return frozenset(tags)

    def tags_of(self, surface: str) -> frozenset[str]:
        """The tags a phrase written `surface` carries, if the whole of it is a phrase."""
        found = self.find(surface)
        return found[0].tags if len(found) == 1 and found[0].text == surface.strip() else frozenset()
