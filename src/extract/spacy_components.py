"""The recognizers and the fact assembler as spaCy pipeline components.

Registered through the `spacy_factories` entry point, so with the package
installed a spaCy user writes:

>>> import spacy
>>> nlp = spacy.blank("vi", config=SYLLABLE_TOKENIZER_CONFIG)
>>> _ = nlp.add_pipe("vi_quantities")
>>> doc = nlp("Kim ngạch xuất khẩu đạt hơn 8,3 tỷ USD.")
>>> [(s.text, s.label_, s._.value["amount"]) for s in doc.ents]
[('hơn 8,3 tỷ USD', 'MONEY', 8300000000.0)]

spaCy's own Vietnamese tokenizer either needs pyvi or splits on whitespace
only (`USD.` is one token, so a span cannot end before the full stop); the
`extract.vi_syllables` tokenizer registered here splits syllables, numbers
and punctuation so every recognized span falls on token boundaries.

Each recognizer sets a `doc.spans` group (`quantities`, `periods`,
`entities`) of labelled spans (MONEY, PERCENT or QUANTITY; DATE; the entity
type: PROVINCE, COUNTRY, ORG...) and adds them to `doc.ents`, longest first
where they overlap. `span._.value` is the mention as plain data: the schema's
fields, with `text`, `start` and `end` of the mention itself in `doc.text`
(a whitespace tokenizer may make the span longer). `vi_facts` reads those
groups and sets `doc._.facts` and `doc._.warnings`, lists of dicts as in the
output Document. Extension values are plain data, so a Doc goes through
`to_bytes`, `DocBin(store_user_data=True)` and `nlp.pipe(n_process=...)`;
components save their rules with `nlp.to_disk` and `spacy.load` reads them
back from there.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any, Callable, ClassVar

import regex
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans, registry
from spacy.vocab import Vocab

from .analysis import Analysis
from .facts import FactAssembler
from .pipeline import analyse, cut_sentence_warnings, in_body, span_to_original
from .recognizers.entities import EntityRecognizer
from .recognizers.periods import PeriodRecognizer
from .recognizers.quantities import QuantityRecognizer
from .rules import rules_dir as resolve_rules_dir
from .schema import Entity, Mention, PeriodMention, Quantity

if not Span.has_extension("value"):
    Span.set_extension("value", default=None)
for _name in ("facts", "warnings"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


SYLLABLE_TOKENIZER_CONFIG = {"nlp": {"tokenizer": {"@tokenizers": "extract.vi_syllables"}}}

# A syllable or abbreviation (`TP.HCM`), a number with its grouping or
# decimal marks (`1.326`, `8,3`), or any other single character.
_SYLLABLE = regex.compile(r"\p{L}[\p{L}\p{M}]*(?:\.\p{L}[\p{L}\p{M}]*)*|\d+(?:[.,]\d+)*|\S")
_RULES = "rules"  # a component's folder in a saved pipeline that holds its rule files


class SyllableTokenizer:
    """Vietnamese syllable tokenizer; `doc.text` is always the input text.

    It has no data of its own: saving and loading it (with the pipeline)
    writes and reads nothing.
    """

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

    def to_disk(self, path: str | Path, *, exclude=()) -> None:
        pass

    def from_disk(self, path: str | Path, *, exclude=()) -> SyllableTokenizer:
        return self

    def to_bytes(self, *, exclude=()) -> bytes:
        return b""

    def from_bytes(self, data: bytes, *, exclude=()) -> SyllableTokenizer:
        return self


@registry.tokenizers("extract.vi_syllables")
def create_syllable_tokenizer():
    def make(nlp: Language) -> SyllableTokenizer:
        return SyllableTokenizer(nlp.vocab)

    return make


class RulesComponent:
    """A component built from a rules directory, which it saves with the pipeline."""

    def __init__(self, rules_dir: Path) -> None:
        self.load(rules_dir)

    def load(self, rules_dir: Path) -> None:
        self.rules_dir = Path(rules_dir)
        self.build(self.rules_dir)

    def build(self, rules_dir: Path) -> None:
        raise NotImplementedError

    def to_disk(self, path: str | Path, *, exclude=()) -> None:
        """Save the rule files under `path/rules` (spaCy calls this from `nlp.to_disk`)."""
        target = Path(path) / _RULES
        target.mkdir(parents=True, exist_ok=True)
        for rule_file in sorted(self.rules_dir.glob("*.yaml")):
            shutil.copyfile(rule_file, target / rule_file.name)

    def from_disk(self, path: str | Path, *, exclude=()) -> RulesComponent:
        """Load the rules that `to_disk` saved (spaCy calls this from `spacy.load`,
        right after building the component from its config: when the saved
        rules are the same files, what was built from them is kept)."""
        saved = Path(path) / _RULES
        if _same_rule_files(saved, self.rules_dir):
            self.rules_dir = saved
        else:
            self.load(saved)
        return self


def _same_rule_files(one: Path, other: Path) -> bool:
    names = sorted(p.name for p in one.glob("*.yaml"))
    return names == sorted(p.name for p in other.glob("*.yaml")) and \
        all((one / name).read_bytes() == (other / name).read_bytes() for name in names)


class MentionComponent(RulesComponent):
    """Run one recognizer on the Doc's text: labelled spans in a group and in `doc.ents`."""

    spans_key: ClassVar[str]
    recognizer: Callable[[Analysis], list[Mention]]

    def label(self, mention: Mention) -> str:
        raise NotImplementedError

    def __call__(self, doc: Doc) -> Doc:
        analysis = Analysis.of(doc.text, doc_id="doc")
        spans = []
        for mention in in_body(self.recognizer(analysis), analysis.body_start):
            start, end = analysis.normalized.to_original(mention.start, mention.end)
            span = doc.char_span(start, end, label=self.label(mention), alignment_mode="expand")
            if span is None:
                continue
            span._.value = mention.model_dump(mode="json") | {"text": doc.text[start:end], "start": start,
                                                              "end": end}
            spans.append(span)
        doc.spans[self.spans_key] = spans
        doc.ents = filter_spans([*doc.ents, *spans])
        return doc


class QuantitiesComponent(MentionComponent):
    spans_key = "quantities"
    _LABELS = {"currency": "MONEY", "percent": "PERCENT"}  # any other unit: QUANTITY

    def build(self, rules_dir: Path) -> None:
        self.recognizer = QuantityRecognizer(rules_dir)

    def label(self, mention: Quantity) -> str:
        return self._LABELS.get(self.recognizer.unit_kind(mention.unit), "QUANTITY")


class PeriodsComponent(MentionComponent):
    spans_key = "periods"

    def build(self, rules_dir: Path) -> None:
        self.recognizer = PeriodRecognizer(rules_dir)

    def label(self, mention: PeriodMention) -> str:
        return "DATE"


class EntitiesComponent(MentionComponent):
    spans_key = "entities"

    def build(self, rules_dir: Path) -> None:
        self.recognizer = EntityRecognizer(rules_dir)

    def label(self, mention: Entity) -> str:
        return mention.type.value


FACT_INPUTS = {"quantities": ("vi_quantities", Quantity), "periods": ("vi_periods", PeriodMention),
               "entities": ("vi_entities", Entity)}


class MissingComponents(ValueError):
    """vi_facts without the recognizers whose spans it reads."""

    def __init__(self, missing: list[str]) -> None:
        adds = "; ".join(f'nlp.add_pipe("{name}")' for name in missing)
        super().__init__(f"vi_facts reads the spans of {', '.join(missing)}, which are not in the pipeline "
                         f"before it: {adds}, then nlp.add_pipe(\"vi_facts\")")


class FactsComponent(RulesComponent):
    """Assemble facts from the spans the recognizers set."""

    def build(self, rules_dir: Path) -> None:
        self.assembler = FactAssembler(rules_dir)
        self.places = EntityRecognizer(rules_dir)  # the canonical name of a `location` header

    def __call__(self, doc: Doc) -> Doc:
        missing = [factory for key, (factory, _) in FACT_INPUTS.items() if key not in doc.spans]
        if missing:
            raise MissingComponents(missing)
        analysis, header_warnings = analyse(doc.text, "doc", None, None, self.places.place_norm)
        mentions = [_normalized_mentions(doc.spans[key], kind, analysis) for key, (_, kind) in FACT_INPUTS.items()]
        analysis.protect([mention for group in mentions for mention in group])
        facts, fact_warnings = self.assembler(analysis, *mentions)
        warnings = header_warnings + fact_warnings + cut_sentence_warnings(analysis)
        doc._.facts = [fact.model_copy(update={"evidence": span_to_original(analysis.normalized, fact.evidence)})
                       .model_dump(mode="json") for fact in facts]
        doc._.warnings = [warning.model_dump(mode="json") for warning in warnings]
        return doc


def _normalized_mentions(spans, kind: type[Mention], analysis: Analysis) -> list[Any]:
    """The mentions of a span group, back in the normalized text the assembler reads."""
    mentions = []
    for span in spans:
        mention = kind.model_validate(span._.value)
        start, end = analysis.normalized.to_normalized(mention.start, mention.end)
        mentions.append(mention.model_copy(update={"start": start, "end": end, "text": analysis.text[start:end]}))
    return mentions


def _factories_before(nlp: Language) -> set[str]:
    return {nlp.get_pipe_meta(name).factory for name in nlp.component_names}


@Language.factory("vi_quantities", assigns=["doc.spans", "doc.ents"], default_config={"rules_dir": None})
def make_quantities(nlp: Language, name: str, rules_dir: str | None) -> QuantitiesComponent:
    return QuantitiesComponent(resolve_rules_dir(rules_dir))


@Language.factory("vi_periods", assigns=["doc.spans", "doc.ents"], default_config={"rules_dir": None})
def make_periods(nlp: Language, name: str, rules_dir: str | None) -> PeriodsComponent:
    return PeriodsComponent(resolve_rules_dir(rules_dir))


@Language.factory("vi_entities", assigns=["doc.spans", "doc.ents"], default_config={"rules_dir": None})
def make_entities(nlp: Language, name: str, rules_dir: str | None) -> EntitiesComponent:
    return EntitiesComponent(resolve_rules_dir(rules_dir))


@Language.factory("vi_facts", assigns=["doc._.facts", "doc._.warnings"], requires=["doc.spans"],
                  default_config={"rules_dir": None})
def make_facts(nlp: Language, name: str, rules_dir: str | None) -> FactsComponent:
    """Refuses to be added before the recognizers it reads (a clear error, not empty facts)."""
    present = _factories_before(nlp)
    missing = [factory for factory, _ in FACT_INPUTS.values() if factory not in present]
    if missing:
        raise MissingComponents(missing)
    return FactsComponent(resolve_rules_dir(rules_dir))
