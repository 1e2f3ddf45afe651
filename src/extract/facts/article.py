"""The article as fact assembly sees it: sentences with their role
(headline, caption, body), breakdown parents, location markers, and the
text windows a quantity's slots are read from.

>>> line_role("Kim ngạch xuất khẩu năm 2024 ở Bình Dương ước đạt 34,5 tỷ đồng. Ảnh: Quỳnh Danh. |", 0)
'caption'
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

import regex

from ..analysis import Analysis
from ..schema import Entity, EntityType, PeriodMention, Quantity
from .lexicon import FactRules, Match, PhraseSet

_CAPTION = regex.compile(r"(?:^|[\s(.])Ảnh\s*:|\(Ảnh\b|\|\s*$|^!\[", regex.IGNORECASE)
_SENTENCE_END = regex.compile(r"[.!?…:;\"”)]\s*$")
_DATE_LINE = regex.compile(r"^\ufeff?\s*date\s+\d{4}-\d{2}-\d{2}\s*$")
_LINE = regex.compile(r"[^\n]+")
# Where an item of a sentence ends: a list separator or a contrast that
# brings a new subject. Commas do not end items (`xơ, sợi dệt`).
HARD_BOUNDARY = regex.compile(r";|:|\btrong khi\b|\bsong\b|\bđồng thời\b|\btrong đó\b", regex.IGNORECASE)
MONEY = "money"


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans with overlaps joined, for lookups by bisection."""
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if merged and a < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged


def _inside(spans: list[tuple[int, int]], starts: list[int], start: int, end: int) -> bool:
    i = bisect_right(starts, start) - 1
    return i >= 0 and end <= spans[i][1]


def _role_at(lines: list[tuple[int, int, str]], line_starts: list[int], position: int) -> str:
    """The role of the line holding `position` (lines are sorted and disjoint); `body` if none."""
    i = bisect_right(line_starts, position) - 1
    return lines[i][2] if i >= 0 and position < lines[i][1] else "body"


def unit_class(unit: str) -> str:
    """`money`, `percent`, `lần` or `count` for a quantity's unit.

    >>> unit_class("USD"), unit_class("dự án")
    ('money', 'count')
    """
    from ..schema import CURRENCY_OR_RATE_UNITS

    if unit == "percent" or unit == "lần":
        return unit
    return MONEY if unit in CURRENCY_OR_RATE_UNITS else "count"


def line_role(line: str, index: int) -> str:
    """`caption`, `headline`, `heading` or `body` for one line of the article."""
    if _CAPTION.search(line):
        return "caption"
    stripped = line.strip()
    if not _SENTENCE_END.search(stripped):
        return "headline" if index == 0 else "heading"
    return "body"


@dataclass
class Sent:
    index: int
    start: int
    end: int
    paragraph: int
    role: str
    parent: int | None = None  # the sentence a `Trong đó ...` sentence breaks down


@dataclass
class Article:
    """One article's sentences, mentions and rule matches, ready for assembly."""

    analysis: Analysis
    rules: FactRules
    quantities: list[Quantity]
    periods: list[PeriodMention]
    entities: list[Entity]
    sentences: list[Sent] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.text = self.analysis.text
        # Slot filling asks for the same phrases in the same windows many times.
        self._matches: dict[tuple[int, int, int], list[Match]] = {}
        self.quantities = sorted(self.quantities, key=lambda q: q.start)
        self.entities = sorted(self.entities, key=lambda e: (e.start, -e.end))
        self._entity_starts = [e.start for e in self.entities]
        names = sorted((e.start, e.end) for e in self.entities
                       if e.type in (EntityType.ORG, EntityType.INDUSTRIAL_PARK, EntityType.AGREEMENT))
        self._names = _merged(names)
        self._name_starts = [a for a, _ in self._names]
        hosts = _merged(sorted((e.start, e.end) for e in self.entities
                               if e.type in (EntityType.ORG, EntityType.INDUSTRIAL_PARK)))
        host_starts = [a for a, _ in hosts]
        self._nested = {id(e) for e in self.entities if e.type not in (EntityType.ORG, EntityType.INDUSTRIAL_PARK)
                        and _inside(hosts, host_starts, e.start, e.end)}
        self.sentences = self._sentences()
        self._sentence_starts = [s.start for s in self.sentences]
        self._by_sentence_q = self._group(self.quantities)
        self._by_sentence_p = self._group(sorted(self.periods, key=lambda p: p.start))
        self.main_province = self._main_province()

    def _group(self, mentions: list) -> dict[int, list]:
        grouped: dict[int, list] = {}
        for m in mentions:
            sent = self.sentence_of(m.start)
            if sent is not None:
                grouped.setdefault(sent.index, []).append(m)
        return grouped

    def _sentences(self) -> list[Sent]:
        lines = self._line_roles()
        sents: list[Sent] = []
        breakdown = self.rules.phrases("breakdown")
        line_starts = [a for a, _, _ in lines]
        for s in self.analysis.sentences:
            role = _role_at(lines, line_starts, s.start)
            sent = Sent(len(sents), s.start, s.end, s.paragraph, role)
            opening = breakdown.find(self.text, s.start, min(s.end, s.start + 12))
            if opening and role == "body":
                sent.parent = self._previous_body(sents)
            sents.append(sent)
        return sents

    @staticmethod
    def _previous_body(sents: list[Sent]) -> int | None:
        return next((s.index for s in reversed(sents) if s.role == "body"), None)

    def _line_roles(self) -> list[tuple[int, int, str]]:
        roles, index = [], 0
        for m in _LINE.finditer(self.text):
            line = m.group(0)
            if not line.strip() or _DATE_LINE.match(line):
                continue
            roles.append((m.start(), m.end() + 1, line_role(line, index)))
            index += 1
        return roles

    def sentence_of(self, position: int) -> Sent | None:
        i = bisect_right(self._sentence_starts, position) - 1
        if i >= 0 and self.sentences[i].start <= position < self.sentences[i].end:
            return self.sentences[i]
        return None

    def quantities_in(self, sent: Sent) -> list[Quantity]:
        return self._by_sentence_q.get(sent.index, [])

    def periods_in(self, sent: Sent) -> list[PeriodMention]:
        return self._by_sentence_p.get(sent.index, [])

    def in_name(self, position: int) -> bool:
        """Whether `position` falls inside an organisation's name (`Sở Kế hoạch và Đầu tư`)."""
        i = bisect_right(self._name_starts, position) - 1
        return i >= 0 and position < self._names[i][1]

    def in_brackets(self, position: int) -> bool:
        """Whether `position` falls inside an aside in brackets in its line."""
        line_start = self.text.rfind("\n", 0, position) + 1
        before = self.text[line_start:position]
        return before.count("(") > before.count(")")

    def first_entity_starting_in(self, start: int, end: int) -> Entity | None:
        """The first entity (of any kind) that starts in `[start, end)`."""
        i = bisect_left(self._entity_starts, start)
        return self.entities[i] if i < len(self.entities) and self.entities[i].start < end else None

    def entities_in(self, start: int, end: int, *types: EntityType) -> list[Entity]:
        lo, hi = bisect_left(self._entity_starts, start), bisect_left(self._entity_starts, end)
        return [e for e in self.entities[lo:hi] if e.end <= end and e.type in types and not self.nested(e)]

    def nested(self, entity: Entity) -> bool:
        """A province inside an organisation or park name (`Sở Công Thương Nghệ An`)."""
        return id(entity) in self._nested

    def _main_province(self) -> str | None:
        counts: dict[str, int] = {}
        first: dict[str, int] = {}
        for e in self.entities:
            sent = self.sentence_of(e.start)
            if e.type != EntityType.PROVINCE or not e.norm or (sent and sent.role == "caption"):
                continue
            counts[e.norm] = counts.get(e.norm, 0) + 1
            first.setdefault(e.norm, e.start)
        return max(counts, key=lambda n: (counts[n], -first[n]), default=None) or self._national()

    def _national(self) -> str | None:
        """An article that names no province but speaks of `cả nước` reports national figures."""
        cues = self.national_cues(0, len(self.text))
        return cues[0].value if cues else None

    def national_cues(self, start: int, end: int) -> list[Match]:
        """`cả nước`, `toàn quốc` in `[start, end)`, but not in a ranking (`xếp thứ 39 cả nước`)."""
        rankings = self.find("ranking", start, end)
        return [m for m in self.find("national", start, end)
                if not any(r.start <= m.start and m.start - r.end <= 8 for r in rankings)]

    def hard_left(self, sent: Sent, position: int) -> int:
        """Where the item holding `position` starts: after the last `;`, `:` or contrast."""
        last = sent.start
        for m in HARD_BOUNDARY.finditer(self.text, sent.start, position):
            last = m.end()
        return last

    def hard_right(self, sent: Sent, position: int) -> int:
        m = HARD_BOUNDARY.search(self.text, position, sent.end)
        return m.start() if m else sent.end

    def find(self, kind: str, start: int, end: int) -> list[Match]:
        """Matches of one phrase kind, outside organisation names."""
        return [m for m in self.matches(self.rules.phrases(kind), start, end) if not self.in_name(m.start)]

    def matches(self, phrases: PhraseSet, start: int, end: int) -> list[Match]:
        """`phrases.find(self.text, start, end)`, computed once per window."""
        key = (id(phrases), start, end)
        if key not in self._matches:
            self._matches[key] = phrases.find(self.text, start, end)
        return list(self._matches[key])
