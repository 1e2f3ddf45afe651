"""The pipeline: normalize -> tokenize -> recognize -> assemble -> validate.

>>> doc = Extractor()("Năm 2024, kim ngạch xuất khẩu đạt 34,5 tỷ USD.", doc_id="vd")
>>> doc.doc_id
'vd'
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import regex

from .analysis import Analysis
from .budget import WorkCounter
from .facts import FactAssembler
from .recognizers.entities import EntityRecognizer
from .recognizers.periods import PeriodRecognizer
from .recognizers.quantities import QuantityRecognizer
from .rules import rules_dir as resolve_rules_dir
from .schema import ConsistencyWarning, Document, Entity, Mention, PeriodMention, Quantity, Span
from .text import NormalizedText
from .tokenize import MAX_SENTENCE_CHARS


# A lone surrogate cannot be written as UTF-8 JSON, so no Document could hold it.
_SURROGATE = regex.compile(r"[\ud800-\udfff]")


class OffsetError(AssertionError):
    """A span that does not reproduce its text on the original: always a bug."""


class Extractor:
    """Loads the rules once; call it on article texts.

    Args:
        rules_dir: a directory of rule files (default: the project's `rules/`).
        date: the date relative periods resolve against when an article has
            no `date YYYY-MM-DD` line of its own.
    """

    def __init__(self, rules_dir: str | Path | None = None, date: dt.date | None = None) -> None:
        directory = resolve_rules_dir(rules_dir)
        self.default_date = date
        self.periods = PeriodRecognizer(directory)
        self.quantities = QuantityRecognizer(directory, periods=self.periods)
        self.entities = EntityRecognizer(directory)
        self.assemble = FactAssembler(directory)

    def place_norm(self, name: str) -> str | None:
        """The canonical name of a province (any spelling), `Việt Nam` for the country."""
        return self.entities.place_norm(name)

    def __call__(self, text: str, doc_id: str = "doc", date: dt.date | None = None,
                 location: str | None = None, explain: bool = False,
                 counter: WorkCounter | None = None) -> Document:
        """The Document of one article.

        Args:
            text: the article as read from disk (offsets index this string).
            doc_id: the identifier written into the Document.
            date: the article date, used when the text has no `date` header line.
            location: the province an article that names none reports for (a
                provincial paper's own), used when the text has no `location`
                header line; any spelling of a province, or `Việt Nam`.
            explain: give each fact an `explain` field: for each decision
                (metric, host, place, period, scope) the choice, its score
                and the features that scored it.
            counter: receives the work each stage does (`extract.budget`); with
                a time budget it also stops the article with ArticleTimeout.

        Raises:
            ValueError: `location` names no province.
        """
        analysis, quantities, periods, entities, warnings = self._recognize(text, doc_id, date, location, counter)
        facts, fact_warnings = self.assemble(analysis, quantities, periods, entities, explain=explain)
        warnings += [*fact_warnings, *cut_sentence_warnings(analysis)]
        document = Document(
            doc_id=doc_id,
            quantities=[to_original(analysis.normalized, q) for q in quantities],
            entities=[to_original(analysis.normalized, e) for e in entities],
            facts=[f.model_copy(update={"evidence": span_to_original(analysis.normalized, f.evidence)})
                   for f in facts],
            periods=[to_original(analysis.normalized, p) for p in periods],
            warnings=warnings,
            date=analysis.date.isoformat() if analysis.date else None,
        )
        return validate(document, text)

    def mentions(self, text: str, doc_id: str = "doc", date: dt.date | None = None,
                 location: str | None = None,
                 counter: WorkCounter | None = None) -> tuple[Analysis, list[Quantity], list[PeriodMention],
                                                              list[Entity]]:
        """What the recognizers find in one article, before fact assembly: its
        Analysis and the quantities, periods and entities of its body (offsets
        into the normalized text), which a sentence over MAX_SENTENCE_CHARS is
        never cut inside. Arguments as for calling the Extractor."""
        analysis, quantities, periods, entities, _ = self._recognize(text, doc_id, date, location, counter)
        return analysis, quantities, periods, entities

    def _recognize(self, text: str, doc_id: str, date: dt.date | None, location: str | None,
                   counter: WorkCounter | None):
        if _SURROGATE.search(text):
            raise ValueError(f"{doc_id}: text holds lone surrogates (undecodable bytes kept by "
                             "'surrogateescape'); decode it properly first")
        analysis, warnings = analyse(text, doc_id, date or self.default_date, location, self.place_norm, counter)
        period_scan = self.periods.scan(analysis.text, analysis.counter)  # this article's: shared, never kept
        quantities = in_body(self.quantities(analysis, period_scan), analysis.body_start)
        periods = in_body(self.periods(analysis, period_scan), analysis.body_start)
        entities = in_body(self.entities(analysis), analysis.body_start)
        analysis.protect([*quantities, *periods, *entities])
        return analysis, quantities, periods, entities, warnings


def analyse(text: str, doc_id: str, date: dt.date | None, location: str | None,
            place_norm: Callable[[str], str | None],
            counter: WorkCounter | None = None) -> tuple[Analysis, list[ConsistencyWarning]]:
    """The Analysis of one article with its location canonical (`place_norm`):
    the header's, else the caller's; a header naming no province is a warning;
    `counter` counts its work (`extract.budget`).

    Raises:
        ValueError: the caller's `location` names no province.
    """
    caller_location = place_norm(location) if location else None
    if location and caller_location is None:
        raise ValueError(f"{doc_id}: location {location!r} names no Vietnamese province")
    analysis = Analysis.of(text, doc_id, date, caller_location, counter)
    warnings = []
    if analysis.location and analysis.location != caller_location:
        analysis.location, header_location = place_norm(analysis.location), analysis.location
        if analysis.location is None:
            warnings.append(ConsistencyWarning(
                check="unknown_location", message=f"location header {header_location!r} names no province"))
    return analysis, warnings


def in_body(mentions: list, body_start: int) -> list:
    """The mentions after the header lines (which are metadata, spec "Article header")."""
    return [m for m in mentions if m.start >= body_start]


def cut_sentence_warnings(analysis: Analysis) -> list[ConsistencyWarning]:
    """One warning per sentence over MAX_SENTENCE_CHARS, which fact assembly read in pieces.

    >>> text = "Xuất khẩu đạt " + ", ".join(["5 triệu USD"] * 300) + "."
    >>> doc = Extractor()(text)
    >>> [w.message for w in doc.warnings if w.check == "long_sentence"]
    ['a sentence of 3913 characters (0..3913) is longer than 2000: read in 2 pieces cut at a comma, semicolon or space']
    """
    warnings = []
    for start, end, pieces in analysis.cut_sentences():
        start, end = analysis.normalized.to_original(start, end)
        warnings.append(ConsistencyWarning(
            check="long_sentence",
            message=(f"a sentence of {end - start} characters ({start}..{end}) is longer than "
                     f"{MAX_SENTENCE_CHARS}: read in {pieces} pieces cut at a comma, semicolon or space")))
    return warnings


def to_original(normalized: NormalizedText, mention: Mention) -> Mention:
    """The mention with offsets and text of the original article."""
    start, end = normalized.to_original(mention.start, mention.end)
    return mention.model_copy(update={"start": start, "end": end, "text": normalized.original[start:end]})


def span_to_original(normalized: NormalizedText, span: Span) -> Span:
    """A fact's evidence span on the original text, with the text it covers
    (an extra field: the spec's evidence is its offsets)."""
    start, end = normalized.to_original(span.start, span.end)
    return Span(start=start, end=end, text=normalized.original[start:end])


def validate(document: Document, text: str) -> Document:
    """Re-validate the whole Document and check every span against `text`."""
    document = Document.model_validate(document.model_dump())
    for mention in [*document.quantities, *document.entities, *document.periods]:
        if text[mention.start:mention.end] != mention.text:
            raise OffsetError(f"{document.doc_id}: span {mention.start}..{mention.end} "
                              f"is {text[mention.start:mention.end]!r}, not {mention.text!r}")
    for fact in document.facts:
        evidence = fact.evidence
        if not 0 <= evidence.start < evidence.end <= len(text):
            raise OffsetError(f"{document.doc_id}: evidence {evidence} outside the text")
        if getattr(evidence, "text", None) not in (None, text[evidence.start:evidence.end]):
            raise OffsetError(f"{document.doc_id}: evidence {evidence.start}..{evidence.end} "
                              f"is not {evidence.text!r}")
    return document
