"""Entities: provinces, countries, regions, parks, organizations, people, agreements.

Candidates come from the lexicon (official province and country lists plus
the names in `rules/`) and from patterns (a head and a name, lists, titles,
credits); overlaps are settled longest first, lexicon names before patterns.
A province inside a longer name is kept as its own mention (spec: only
provinces nest); a name followed by ` (ACRONYM)` gives the acronym the same
type; names found by a pattern (`Polaris Việt Nam`, `Niigata`, `VASEP`) mark
their other mentions in the article too.

>>> from extract.analysis import Analysis
>>> recognize = EntityRecognizer(DEFAULT_RULES_DIR)
>>> text = "Theo Sở Công Thương tỉnh Bình Dương, xuất khẩu sang Hoa Kỳ tăng."
>>> [(e.text, e.type.value, e.norm) for e in recognize(Analysis.of(text, "vd"))]
[('Sở Công Thương tỉnh Bình Dương', 'ORG', None), ('Bình Dương', 'PROVINCE', 'Bình Dương'), ('Hoa Kỳ', 'COUNTRY', 'US')]
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import regex

from ...analysis import Analysis
from ...budget import WorkCounter
from ...rules import DEFAULT_RULES_DIR
from ...schema import NATIONAL_LOCATION, Entity, EntityType
from ...spans import DisjointSpans
from .candidates import (LEXICON, PATTERN, Candidate, Scan, acronym_after, agreement_candidates,
                         head_candidates, lexicon_candidates, list_candidates, locality_candidates,
                         owner_candidates, person_candidates)
from .rulebook import RuleBook
from ..places import canonical_surface

_GENERATORS = (lexicon_candidates, head_candidates, list_candidates, owner_candidates,
               agreement_candidates, person_candidates, locality_candidates)
# Names that, once found by a pattern, mark their other mentions too.
_PROPAGATED = (EntityType.ORG, EntityType.FOREIGN_LOCALITY, EntityType.REGION, EntityType.AGREEMENT)


class EntityRecognizer:
    """Find the entities of an article (spec v1.3, "Entity").

    Args:
        rules_dir: the directory holding provinces.yaml, countries.yaml,
            regions.yaml, foreign_localities.yaml, organizations.yaml,
            people.yaml, parks.yaml and agreements.yaml.
    """

    def __init__(self, rules_dir: Path) -> None:
        self.book = RuleBook.load(Path(rules_dir))

    def __call__(self, analysis: Analysis) -> list[Entity]:
        """Entities of `analysis.text`, sorted by (start, end)."""
        return self.entities(analysis.text, analysis.date, analysis.counter)

    def entities(self, text: str, date: dt.date | None = None, counter: WorkCounter | None = None) -> list[Entity]:
        """Entities of an already normalized `text`; `date` picks the province map."""
        scan = Scan(text, self.book, counter if counter is not None else WorkCounter())
        candidates = []
        for generate in _GENERATORS:
            scan.visit(len(scan.syllables))  # each generator reads the syllables once
            candidates += generate(scan)
        first_pass = _choose(candidates, scan)
        candidates += _acronyms(text, first_pass, self.book) + _mentions(scan, first_pass)
        chosen = _choose(candidates, scan)
        kept = [c for c in chosen if c.type is not None]
        kept += _nested_provinces(candidates, kept)
        return sorted((self._entity(text, c, date) for c in set(kept)), key=lambda e: (e.start, e.end, e.type.value))

    def province_norm(self, name: str) -> str | None:
        """The canonical name of a province as written, or None (see `province_norm`)."""
        return self.book.provinces.norm(name)

    def place_norm(self, name: str) -> str | None:
        """A province's canonical name, or the country's (`Việt Nam`, `VN`) as
        a fact location writes it; None for anything else.

        >>> EntityRecognizer(DEFAULT_RULES_DIR).place_norm("Việt Nam")
        'Việt Nam'
        """
        province = self.province_norm(name)
        if province is not None:
            return province
        country = self.entities(canonical_surface(name.strip()))
        whole = [e for e in country if e.type is EntityType.COUNTRY and e.norm == "VN"
                 and e.end - e.start == len(name.strip())]
        return NATIONAL_LOCATION if whole else None

    def _entity(self, text: str, candidate: Candidate, date: dt.date | None) -> Entity:
        extra = {"rule": candidate.rule}
        if candidate.type is EntityType.PROVINCE and candidate.norm in self.book.provinces.by_norm:
            extra.update(self.book.provinces.by_norm[candidate.norm].fields_for(date))
        return Entity(text=text[candidate.start:candidate.end], start=candidate.start, end=candidate.end,
                      type=candidate.type, norm=candidate.norm, **extra)


@lru_cache(maxsize=4)
def _default_recognizer(rules_dir: Path) -> EntityRecognizer:
    return EntityRecognizer(rules_dir)


def province_norm(name: str, rules_dir: Path = DEFAULT_RULES_DIR) -> str | None:
    """The canonical name (entity norm) of a province written `name`, else None.

    Accepts every official short name before and after the 2025 merger and
    the aliases of `rules/provinces.yaml`, in any tone placement or Unicode form.

    >>> province_norm("TP.HCM"), province_norm("Khánh Hoà"), province_norm("Seongnam")
    ('TP. Hồ Chí Minh', 'Khánh Hòa', None)
    """
    return _default_recognizer(Path(rules_dir)).province_norm(name)


def _choose(candidates: list[Candidate], scan: Scan) -> list[Candidate]:
    """Non-overlapping candidates: longest first, then by priority, then leftmost."""
    scan.visit(sum(c.length for c in candidates))  # each claim marks its span's characters
    ordered = sorted(candidates, key=lambda c: (-c.length, -c.priority, c.start))
    taken = DisjointSpans()
    return [candidate for candidate in ordered if taken.claim(candidate.start, candidate.end)]


def _nested_provinces(candidates: Iterable[Candidate], kept: list[Candidate]) -> list[Candidate]:
    """Province names inside a kept name (`Sở Công Thương tỉnh Bình Dương`)."""
    outer = sorted((c.start, c.end) for c in kept
                   if c.type not in (EntityType.PROVINCE, EntityType.PERSON))
    outer_starts = [start for start, _ in outer]

    def inside_outer(candidate: Candidate) -> bool:
        # Kept names are disjoint: only the last one starting at or before
        # the candidate can contain it.
        at = bisect.bisect_right(outer_starts, candidate.start) - 1
        return at >= 0 and candidate.end <= outer[at][1]

    return [c for c in candidates
            if c.type is EntityType.PROVINCE and c.priority == LEXICON and inside_outer(c)]


def _acronyms(text: str, chosen: list[Candidate], book: RuleBook) -> list[Candidate]:
    """`Liên minh châu Âu (EU)`: the acronym is an entity of the same type."""
    taken = {(c.start, c.end) for c in chosen}
    found = []
    for candidate in chosen:
        if candidate.type in (None, EntityType.PROVINCE, EntityType.COUNTRY, EntityType.PERSON):
            continue
        span = acronym_after(text, candidate.end, book, 1 if candidate.type is EntityType.ORG else 2)
        if span is not None and span not in taken:
            found.append(Candidate(*span, candidate.type, None, PATTERN, "acronym", text[span[0]:span[1]]))
    return found


def _mentions(scan: Scan, chosen: list[Candidate]) -> list[Candidate]:
    """Other mentions of names a pattern found (`Polaris Việt Nam`, `Niigata`)."""
    names = {c.propagate: c.type for c in chosen if c.propagate and c.type in _PROPAGATED}
    if not names:
        return []
    scan.visit(len(scan.syllables))
    # One alternation, longest name first, tried only where a syllable starts.
    pattern = regex.compile("|".join(regex.escape(n) for n in sorted(names, key=len, reverse=True)))
    firsts = {name[0] for name in names}  # the pattern matches only where one of these is written
    found = []
    for item in scan.syllables:
        match = pattern.match(scan.text, item.start) if item.text[0] in firsts else None
        if match is None:
            continue
        for name in _names_at(scan.text, item.start, names, match.group(0)):
            end = item.start + len(name)
            if end == len(scan.text) or not scan.text[end].isalnum():
                found.append(Candidate(item.start, end, names[name], None, PATTERN - 1, "mention"))
    return found


def _names_at(text: str, start: int, names: dict, longest: str) -> list[str]:
    """Every propagated name written at `start` (a shorter one may end on a word boundary
    where the longest does not)."""
    return [name for name in names if len(name) <= len(longest) and text.startswith(name, start)]
