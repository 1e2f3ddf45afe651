"""Noun phrases read as a fact's product, sector or subject.

A noun phrase is a run of gap chunks and chunks tagged `np_part` (`và`, a
comma, `mặt hàng`...), cut at the first `np_stop` word of
rules/fact_words.yaml (`layer: phrase`), then cleaned: openers
(`discourse`) and edge words (`strip`, `strip_leading`) dropped, generic
heads (`generic_product`) refused.

>>> from extract.facts.grammar import FactGrammar, DEFAULT_RULES_DIR
>>> cleaner = PhraseCleaner(FactGrammar.load(DEFAULT_RULES_DIR))
>>> cleaner.clean("Cụ thể, hàng dệt may"), cleaner.clean("xơ sợi dệt các loại"), cleaner.clean("hàng hóa")
('dệt may', 'xơ sợi dệt', None)
>>> cleaner.cut("gỗ tăng gần")
'gỗ'
"""

from __future__ import annotations

from functools import cached_property

from .chunks import GAP, Chunk
from .grammar import FactGrammar
from .lexicon import Lexicon, TaggedPhrase, expand_tags, phrase_key

_MAX_WORDS = 18  # the longest sector names (VSIC sections) run to 16 words


class PhraseCleaner:
    """Cuts and cleans noun phrases with the phrase-layer words of the grammar."""

    def __init__(self, grammar: FactGrammar) -> None:
        self.grammar = grammar
        phrases = [TaggedPhrase(p, expand_tags(e.tags)) for e in grammar.words
                   if e.layer == "phrase" for p in e.phrases]
        self.words = Lexicon(phrases)

    @cached_property
    def _generic(self) -> frozenset[str]:
        return frozenset(phrase_key(g) for g in self.grammar.phrases_of("generic_product"))

    @cached_property
    def _edge(self) -> str:
        return " " + "".join(p for p in self.grammar.phrases_of("edge_char"))

    def cut(self, text: str) -> str:
        """`text` up to its first stop word, without the space before it."""
        stops = [m.start for m in self.words.find(text) if "np_stop" in m.tags]
        return text[:min(stops, default=len(text))].rstrip()

    def clean(self, phrase: str | None) -> str | None:
        """The phrase without openers and edge words; None when nothing specific is left."""
        if phrase is None:
            return None
        phrase = self._trim(" ".join(phrase.split()))
        phrase = self._without_opener(phrase)
        generic = self._generic
        changed = True
        while changed and phrase:
            if phrase_key(phrase) in generic:
                return None
            changed = False
            for word in self.grammar.phrases_of("strip_leading") + self.grammar.phrases_of("strip"):
                trimmed = self._strip_word(phrase, word, leading_only=word in self.grammar.phrases_of("strip_leading"))
                if trimmed != phrase:
                    phrase, changed = trimmed, True
                    break
        if not phrase or phrase_key(phrase) in generic or len(phrase.split()) > _MAX_WORDS:
            return None
        return phrase

    def _trim(self, phrase: str) -> str:
        return phrase.strip(self._edge)

    @cached_property
    def _openers(self) -> list[tuple[str, str]]:
        return [(opener, phrase_key(opener)) for opener in self.grammar.phrases_of("discourse")]

    def _without_opener(self, phrase: str) -> str:
        key = phrase_key(phrase)
        for opener, opening in self._openers:
            if key == opening:
                return ""
            if key.startswith(opening) and not phrase[len(opener):len(opener) + 1].isalnum():
                return self._trim(phrase[len(opener):])
        return phrase

    @cached_property
    def _joints(self) -> tuple[str, ...]:
        return tuple(self.grammar.phrases_of("compound_joint"))

    def _strip_word(self, phrase: str, word: str, leading_only: bool) -> str:
        key, w = phrase_key(phrase), phrase_key(word)
        if key == w:
            return ""
        if key.startswith(w + " "):
            rest = phrase[len(word) + 1:]
            if rest.startswith(self._joints):
                return phrase  # `công nghiệp - xây dựng`: half of a compound
            return self._trim(rest)
        if not leading_only and key.endswith(" " + w):
            return self._trim(phrase[:-len(word) - 1])
        return phrase


def np_run(chunks: list[Chunk], lo: int, hi: int) -> tuple[int, int] | None:
    """The first run of noun-phrase chunks in `[lo, hi)`: chunk indexes `[a, b)`,
    starting at a gap."""
    a = next((i for i in range(lo, hi) if chunks[i].kind == GAP), None)
    if a is None:
        return None
    b = a
    while b < hi and (chunks[b].kind == GAP or chunks[b].has("np_part")):
        b += 1
    while b > a and (chunks[b - 1].has("boundary") or chunks[b - 1].has("conjunction")):
        b -= 1  # a phrase ends on a word, not on `và` or a comma
    return a, b


def run_text(text: str, chunks: list[Chunk], run: tuple[int, int] | None) -> str | None:
    if run is None or run[0] >= run[1]:
        return None
    return text[chunks[run[0]].start:chunks[run[1] - 1].end]
