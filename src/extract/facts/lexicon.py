"""Matching many phrases at once, each carrying tags.

A tag is `kind` or `kind=value` (`status=estimate`); a phrase listed under
several entries carries all their tags. Matching is whole-word, longest
phrase first, and runs once over an article.

>>> lexicon = Lexicon([TaggedPhrase("ước đạt", frozenset({"status=estimate"})),
...                    TaggedPhrase("đạt", frozenset({"status=actual"}))])
>>> [(m.text, sorted(m.tags)) for m in lexicon.find("Xuất khẩu ước đạt 5 tỷ USD")]
[('ước đạt', ['status', 'status=estimate'])]
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass

import regex

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
    """How a phrase is looked up: spaces collapsed, lower case."""
    return " ".join(text.split()).lower()


class Lexicon:
    """Whole-word matching of many tagged phrases, longest first."""

    def __init__(self, phrases: Iterable[TaggedPhrase]) -> None:
        self._by_key: dict[str, list[TaggedPhrase]] = {}
        for tagged in phrases:
            self._by_key.setdefault(phrase_key(tagged.phrase), []).append(tagged)
        ordered = sorted({t.phrase for group in self._by_key.values() for t in group}, key=len, reverse=True)
        alternatives = "|".join(_pattern(p) for p in ordered) or r"(?!x)x"
        self._pattern = regex.compile(alternatives, regex.IGNORECASE)

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[PhraseMatch]:
        """Non-overlapping matches in `text[start:end]` that carry a tag, offsets in `text`."""
        found = []
        for m in self._pattern.finditer(text, start, len(text) if end is None else end):
            tags = self.tags_of(m.group(0))
            if tags:
                found.append(PhraseMatch(m.start(), m.end(), m.group(0), tags))
        return found

    def tags_of(self, surface: str) -> frozenset[str]:
        """The tags a phrase written `surface` carries (case-sensitive ones only as written)."""
        written = " ".join(surface.split())
        tags: set[str] = set()
        for tagged in self._by_key.get(phrase_key(surface), ()):
            if not tagged.case_sensitive or tagged.phrase == written:
                tags |= tagged.tags
        return frozenset(tags)


def _pattern(phrase: str) -> str:
    body = regex.escape(phrase).replace(r"\ ", r"\s+")
    left = r"(?<![\w])" if phrase[0].isalnum() else ""
    right = r"(?![\w])" if phrase[-1].isalnum() else ""
    return left + body + right


class MatchIndex:
    """An article's phrase matches, sorted, for lookups by window."""

    def __init__(self, matches: list[PhraseMatch]) -> None:
        self.matches = matches
        self._starts = [m.start for m in matches]

    def within(self, start: int, end: int) -> list[PhraseMatch]:
        lo = bisect_left(self._starts, start)
        hi = bisect_left(self._starts, end, lo)
        return [m for m in self.matches[lo:hi] if m.end <= end]
