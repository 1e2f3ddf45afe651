"""The recognizers and the fact assembler as spaCy pipeline components.

Registered through the `spacy_factories` entry point, so with the package
installed a spaCy user writes:

>>> import spacy
>>> nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
>>> _ = nlp.add_pipe("vi_quantities")
>>> doc = nlp("Kim ngạch xuất khẩu đạt hơn 8,3 tỷ USD.")
>>> [(s.text, s._.value["amount"]) for s in doc.spans["quantities"]]
[('hơn 8,3 tỷ USD', 8300000000.0)]

Each recognizer sets a `doc.spans` group (`quantities`, `periods`, `entities`)
whose spans carry the normalized result in `span._.value` (a dict of the
schema fields) and the schema object itself in `span._.mention`; `vi_facts`
reads those groups and sets `doc._.facts` and `doc._.warnings`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from spacy.language import Language
from spacy.tokens import Doc, Span

from .analysis import Analysis
from .facts import FactAssembler
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
        doc._.facts, doc._.warnings = facts, warnings
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
