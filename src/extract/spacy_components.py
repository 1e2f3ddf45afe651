"""The recognizers and the fact assembler as spaCy pipeline components.

Registered through the `spacy_factories` entry point, so with the package
installed a spaCy user writes:

>>> import spacy
>>> nlp = spacy.blank("vi", config=SYLLABLE_TOKENIZER_CONFIG)
>>> _ = nlp.add_pipe("vi_quantities")
>>> doc = nlp("Kim ngạch xuất khẩu đạt hơn 8,3 tỷ USD.")
>>> [(s.text, s._.value["amount"]) for s in doc.spans["quantities"]]
[('hơn 8,3 tỷ USD', 8300000000.0)]

spaCy's own Vietnamese tokenizer either needs pyvi or splits on whitespace
only (`USD.` is one token, so a span cannot end before the full stop); the
`extract.vi_syllables` tokenizer registered here splits syllables, numbers
and punctuation so every recognized span falls on token boundaries.

Each recognizer sets a `doc.spans` group (`quantities`, `periods`, `entities`)
whose spans carry the normalized result in `span._.value` (a dict of the
schema fields) and the schema object itself in `span._.mention`; `vi_facts`
reads those groups and sets `doc._.facts` and `doc._.warnings`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

import regex
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import registry
from spacy.vocab import Vocab

from .analysis import Analysis
from .facts import FactAssembler
from .pipeline import span_to_original
from .recognizers.entities import EntityRecognizer
from .recognizers.periods import PeriodRecognizer
from .recognizers.quantities import QuantityRecognizer
from .rules import rules_dir as resolve_rules_dir
from .schema import Entity, PeriodMention, Quantity

for _name in ("value", "mention"):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)
for _name in ("facts", "warnings", "extract_analysis"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


SYLLABLE_TOKENIZER_CONFIG = {"nlp": {"tokenizer": {"@tokenizers": "extract.vi_syllables"}}}

# A syllable or abbreviation (`TP.HCM`), a number with its grouping or
# decimal marks (`1.326`, `8,3`), or any other single character.
_SYLLABLE = regex.compile(r"\p{L}[\p{L}\p{M}]*(?:\.\p{L}[\p{L}\p{M}]*)*|\d+(?:[.,]\d+)*|\S")


class SyllableTokenizer:
    """Vietnamese syllable tokenizer; `doc.text` is always the input text."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words: list[str] = []
        spaces: list[bool] = []
        cursor = 0
        for match in _SYLLABLE.finditer(text):
            self._add_gap(text[cursor:match.start()], words, spaces)
            words.append(match.group(0))
            spaces.append(False)
            cursor = match.end()
        self._add_gap(text[cursor:], words, spaces)
        return Doc(self.vocab, words=words, spaces=spaces)

    @staticmethod
    def _add_gap(gap: str, words: list[str], spaces: list[bool]) -> None:
        # One space after a token is its trailing space; any other whitespace
        # becomes a token of its own, as in spaCy's tokenizer.
        if gap.startswith(" ") and words:
            spaces[-1], gap = True, gap[1:]
        if gap:
            words.append(gap)
            spaces.append(False)


@registry.tokenizers("extract.vi_syllables")
def create_syllable_tokenizer():
    def make(nlp: Language) -> SyllableTokenizer:
        return SyllableTokenizer(nlp.vocab)

    return make


def analysis_of(doc: Doc) -> Analysis:
    """The Analysis of a Doc, made once and shared by all components."""
    if doc._.extract_analysis is None:
        doc._.extract_analysis = Analysis.of(doc.text, doc_id="doc")
    return doc._.extract_analysis


class MentionComponent:
    """Run one recognizer on the Doc's text and store its spans in a group."""

    def __init__(self, recognizer: Callable[[Analysis], list], spans_key: str) -> None:
        self.recognizer = recognizer
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        analysis = analysis_of(doc)
        spans = []
        for mention in self.recognizer(analysis):
            start, end = analysis.normalized.to_original(mention.start, mention.end)
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            span._.value = mention.model_dump(mode="json", exclude={"text", "start", "end"})
            span._.mention = mention
            spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc


class FactComponent:
    """Assemble facts from the spans the recognizers set."""

    def __init__(self, assembler: FactAssembler) -> None:
        self.assembler = assembler

    def __call__(self, doc: Doc) -> Doc:
        analysis = analysis_of(doc)
        facts, warnings = self.assembler(
            analysis,
            _mentions(doc, "quantities", Quantity),
            _mentions(doc, "periods", PeriodMention),
            _mentions(doc, "entities", Entity),
        )
        normalized = analysis.normalized
        doc._.facts = [fact.model_copy(update={"evidence": span_to_original(normalized, fact.evidence)})
                       for fact in facts]
        doc._.warnings = warnings
        return doc


def _mentions(doc: Doc, key: str, kind: type) -> list:
    if key not in doc.spans:
        return []
    return [span._.mention for span in doc.spans[key] if isinstance(span._.mention, kind)]


def _directory(rules_dir: str | None) -> Path:
    return resolve_rules_dir(rules_dir)


@Language.factory("vi_quantities", assigns=["doc.spans"], default_config={"rules_dir": None})
def make_quantities(nlp: Language, name: str, rules_dir: str | None) -> MentionComponent:
    return MentionComponent(QuantityRecognizer(_directory(rules_dir)), "quantities")


@Language.factory("vi_periods", assigns=["doc.spans"], default_config={"rules_dir": None})
def make_periods(nlp: Language, name: str, rules_dir: str | None) -> MentionComponent:
    return MentionComponent(PeriodRecognizer(_directory(rules_dir)), "periods")


@Language.factory("vi_entities", assigns=["doc.spans"], default_config={"rules_dir": None})
def make_entities(nlp: Language, name: str, rules_dir: str | None) -> MentionComponent:
    return MentionComponent(EntityRecognizer(_directory(rules_dir)), "entities")


@Language.factory("vi_facts", assigns=["doc._.facts", "doc._.warnings"],
                  default_config={"rules_dir": None})
def make_facts(nlp: Language, name: str, rules_dir: str | None) -> FactComponent:
    return FactComponent(FactAssembler(_directory(rules_dir)))
