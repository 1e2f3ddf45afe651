"""Periods: time expressions normalized to month intervals.

The phrasings live in `rules/periods.yaml` as patterns with typed slots
(`{year}`, `{month}`, `{count}`...) and bounds that say where each bound's
year and month come from; this module compiles them, picks the longest
non-overlapping matches and resolves relative bounds against the article date
(never the clock).

>>> import datetime as dt
>>> from extract.analysis import Analysis
>>> recognize = PeriodRecognizer(DEFAULT_RULES_DIR)
>>> text = "Lũy kế 5 tháng đầu năm 2024, tăng 9% so với cùng kỳ năm 2023."
>>> [(p.text, p.period.start, p.period.end, p.kind) for p in recognize(Analysis.of(text, "vd"))]
[('5 tháng đầu năm 2024', '2024-01', '2024-05', 'interval'), ('cùng kỳ năm 2023', '2023-01', '2023-12', 'comparison')]
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import regex
from pydantic import BaseModel, ConfigDict

from ..analysis import Analysis
from ..budget import WorkCounter
from ..rules import DEFAULT_RULES_DIR, RuleEntry, load_rule_file
from ..schema import Period, PeriodMention
from ..spans import DisjointSpans
from .numbers import NumberGrammar, forms_pattern, normalize_form

PeriodKind = Literal["interval", "cutoff", "target_year", "current", "comparison",
                     "comparison_context", "shared_year", "day", "vague"]
YearRef = Literal["year", "year2", "date", "recent"]
MonthRef = int | Literal["month", "month2", "count", "last_count", "count_quarters",
                         "quarter_first", "quarter_last", "date",
                         "date_quarter_first", "date_quarter_last"]

_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
# How far back a comparison cue (`so với`, `... USD của`) may start.
_CONTEXT_WINDOW = 60
# The longest whitespace runs the bounded copies of the patterns are made for
# (see `bound_whitespace`); a text with a longer run is read with the originals.
_WHITESPACE_BOUNDS = (2, 4, 8, 16, 32)
_WHITESPACE_RUN = regex.compile(r"\s{2,}")


class Bound(BaseModel):
    """Where one end of an interval takes its year and month from."""

    model_config = ConfigDict(extra="forbid")

    year: YearRef
    month: MonthRef
    shift: int = 0


class PeriodEntry(RuleEntry):
    """One period phrasing: a slotted pattern and the bounds it resolves to."""

    kind: PeriodKind
    pattern: str
    start: Bound | None = None
    end: Bound | None = None
    cumulative: bool = False
    basis: Literal["same_period_last_year", "previous_period"] | None = None


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    order: int
    entry: PeriodEntry
    groups: dict[str, str | None]


@dataclass(frozen=True)
class PeriodScan:
    """The period phrasings matched in one text, disjoint and sorted: made
    once per article by `PeriodRecognizer.scan` and handed to whatever needs
    them (the quantity recognizer asks about many windows of the article,
    then the period mentions are built from the same scan)."""

    candidates: list[_Candidate]
    ends: list[int]  # the candidates' ends, sorted as they are disjoint

    def spans(self, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
        """The spans of the periods that overlap `[start, end)` (what quantities must not claim).

        >>> scan = PeriodRecognizer(DEFAULT_RULES_DIR).scan("Trong 5 tháng đầu năm 2024, có 12 dự án")
        >>> scan.spans(), scan.spans(20, 30), scan.spans(30)
        ([(6, 26)], [(6, 26)], [])
        """
        found = []
        # By index: a slice would copy the rest of a long article's periods at every call.
        for index in range(bisect.bisect_right(self.ends, start), len(self.candidates)):
            candidate = self.candidates[index]
            if end is not None and candidate.start >= end:
                break
            found.append((candidate.start, candidate.end))
        return found


class PeriodRecognizer:
    """Find period mentions in an Analysis and normalize them.

    Args:
        rules_dir: the directory holding `periods.yaml` and `numbers.yaml`.
    """

    def __init__(self, rules_dir: Path) -> None:
        self.numbers = NumberGrammar(rules_dir)
        self.rule_file = load_rule_file(Path(rules_dir) / "periods.yaml", PeriodEntry)
        slots = _slots(self.numbers)
        self.entries = [e for e in self.rule_file.entries if e.kind not in _JOINERS]
        self.patterns = [compile_pattern(e.pattern, slots) for e in self.entries]
        self._bounded: dict[int, list[regex.Pattern]] = {}  # by whitespace bound, made when first needed
        contexts = [e for e in self.rule_file.entries if e.kind == "comparison_context"]
        self.contexts = [(e.name, regex.compile(_fill(e.pattern, slots), regex.IGNORECASE))
                         for e in contexts]
        self.year_sharing = [regex.compile(_fill(e.pattern, slots), regex.IGNORECASE)
                             for e in self.rule_file.entries if e.kind == "shared_year"]

    def __call__(self, analysis: Analysis, scan: PeriodScan | None = None) -> list[PeriodMention]:
        """Period mentions of the article, resolved against its date; `scan`
        is this recognizer's scan of `analysis.text` when it was made already.

        >>> text = "date 2025-11-01\\nHiện có 17 dự án, tăng so với năm ngoái."
        >>> [(p.text, p.period.end) for p in PeriodRecognizer(DEFAULT_RULES_DIR)(Analysis.of(text, "vd"))]
        [('Hiện có', '2025-11'), ('năm ngoái', '2024-12')]
        """
        return self.find(analysis.text, analysis.date, scan, analysis.counter)

    def find(self, text: str, date: dt.date | None, scan: PeriodScan | None = None,
             counter: WorkCounter | None = None) -> list[PeriodMention]:
        """Period mentions in `text`, sorted by start, relative ones resolved against `date`.

        >>> PeriodRecognizer(DEFAULT_RULES_DIR).find("quý I/2024", None)[0].period.end
        '2024-03'
        """
        mentions: list[PeriodMention] = []
        context = None  # the end of the nearest period stated before (spec: a yearless month takes its year)
        candidates = (scan or self.scan(text, counter)).candidates
        (counter or WorkCounter()).add("periods", len(candidates))
        for n, candidate in enumerate(candidates):
            yearless = _yearless(candidate.entry)
            shared = self._shared_year(text, candidate, candidates[n + 1:n + 2], date) if yearless else None
            mention = self._mention(text, candidate, shared or (context if yearless and context else date))
            mentions.append(mention)
            if not yearless and not mention.relative and not mention.comparison and mention.period:
                context = _end_date(mention.period)
        return mentions

    def _shared_year(self, text: str, candidate: _Candidate, following: list[_Candidate],
                     date: dt.date | None) -> dt.date | None:
        """`tháng 3 và tháng 4/2024`, `quý I và quý II/2024`: a yearless period
        joined to the next one takes that one's year (its end, as a date)."""
        if not following or _yearless(following[0].entry):
            return None
        between = text[candidate.end:following[0].start]
        if not any(pattern.fullmatch(between) for pattern in self.year_sharing):
            return None
        period = self._period(following[0].entry, following[0].groups, date)
        return _end_date(period) if period is not None else None

    def scan(self, text: str, counter: WorkCounter | None = None) -> PeriodScan:
        """The period phrasings of the whole text, once per article; `counter`
        counts the characters read (stage `periods`)."""
        candidates = self._candidates(text, counter or WorkCounter())
        return PeriodScan(candidates, [c.end for c in candidates])

    def _candidates(self, text: str, counter: WorkCounter) -> list[_Candidate]:
        found = []
        for order, (entry, pattern) in enumerate(zip(self.entries, self._patterns_for(text))):
            counter.add("periods", len(text))  # one scan of the text per pattern
            found += [_Candidate(m.start(), m.end(), order, entry, m.groupdict())
                      for m in pattern.finditer(text) if self._valid(m.groupdict())]
        found.sort(key=lambda c: (c.start - c.end, c.order, c.start))
        taken = DisjointSpans()
        kept = [candidate for candidate in found if taken.claim(candidate.start, candidate.end)]
        return sorted(kept, key=lambda c: c.start)

    def _patterns_for(self, text: str) -> list[regex.Pattern]:
        """The patterns, with whitespace bounded to the longest run in `text`
        when it is short: the same matches, found several times faster."""
        longest = max((len(run) for run in _WHITESPACE_RUN.findall(text)), default=1)
        bound = next((b for b in _WHITESPACE_BOUNDS if longest <= b), None)
        if bound is None:
            return self.patterns
        if bound not in self._bounded:
            self._bounded[bound] = [regex.compile(bound_whitespace(p.pattern, bound), p.flags)
                                    for p in self.patterns]
        return self._bounded[bound]

    def _valid(self, groups: dict[str, str | None]) -> bool:
        count = self._count(groups)
        if groups.get("count") is not None and not (count and 1 <= count <= 12):
            return False
        year, year2 = groups.get("year"), groups.get("year2")
        return not (year and year2 and int(year2) < int(year))

    def _count(self, groups: dict[str, str | None]) -> int | None:
        raw = groups.get("count")
        value = self.numbers.value(raw) if raw else None
        return int(value) if value is not None and value == int(value) else None

    def _mention(self, text: str, candidate: _Candidate, date: dt.date | None) -> PeriodMention:
        entry = candidate.entry
        relative = any(b is not None and (b.year in ("date", "recent") or b.month in _DATE_MONTHS)
                       for b in (entry.start, entry.end))
        if entry.kind == "comparison":
            relative = relative or entry.end is None
        period = self._period(entry, candidate.groups, date)
        cue = self.comparison_cue(text, candidate.start)
        comparison = entry.kind == "comparison" or cue is not None
        return PeriodMention(
            text=text[candidate.start:candidate.end], start=candidate.start, end=candidate.end,
            period=period, cutoff=entry.kind == "cutoff", relative=relative,
            kind="comparison" if comparison else entry.kind, comparison=comparison,
            rule=entry.name, cue=cue, basis=entry.basis if comparison else None,
        )

    def comparison_cue(self, text: str, start: int) -> str | None:
        """The comparison cue (`so với`, `... USD của`) ending right before `start`, if any.

        >>> text = "tăng 5% so với năm 2022"
        >>> PeriodRecognizer(DEFAULT_RULES_DIR).comparison_cue(text, text.index("năm"))
        'compared_with'
        """
        before = text[max(0, start - _CONTEXT_WINDOW):start]
        return next((name for name, pattern in self.contexts if pattern.search(before)), None)

    def _period(self, entry: PeriodEntry, groups: dict, date: dt.date | None) -> Period | None:
        if entry.end is None:
            return None
        values = self._slot_values(groups)
        end = _resolve(entry.end, values, date)
        start = _resolve(entry.start, values, date) if entry.start else None
        if end is None or (entry.start is not None and start is None):
            return None
        if date is not None and _uses_recent(entry) and end > date.year * 12 + date.month - 1:
            end -= 12  # `tháng 12` in a January article is last December
            start = start - 12 if start is not None else None
        if start is not None and start > end:
            return None
        if not _FIRST_MONTH <= end <= _LAST_MONTH or (start is not None and start < _FIRST_MONTH):
            return None  # outside the years YYYY-MM can write (`năm sau` of 9999)
        return Period(start=_month(start) if start is not None else None, end=_month(end),
                      cumulative=entry.cumulative)

    def _slot_values(self, groups: dict[str, str | None]) -> dict[str, int]:
        values = {name: int(raw) for name, raw in groups.items()
                  if raw and name in ("year", "year2", "month", "month2", "day")}
        count = self._count(groups)
        if count is not None:
            values["count"] = count
        if groups.get("quarter"):
            values["quarter"] = _QUARTERS[groups["quarter"].lower()]
        return values


_DATE_MONTHS = ("date", "date_quarter_first", "date_quarter_last")
_JOINERS = ("comparison_context", "shared_year")  # kinds that join periods, no period of their own
_FIRST_MONTH, _LAST_MONTH = 1000 * 12, 9999 * 12 + 11  # month indexes of 1000-01 and 9999-12


def _yearless(entry: PeriodEntry) -> bool:
    """A phrasing that names months but no year (`10 tháng`, `quý I`): without an
    article date it takes the year of the period stated before it."""
    return _uses_recent(entry) and all(b is None or b.year == "recent" and b.month not in _DATE_MONTHS
                                       for b in (entry.start, entry.end))


def _end_date(period: Period) -> dt.date | None:
    """The last month of a period, as a date (its 28th) to resolve a yearless phrase against."""
    end = period.end or period.start
    return dt.date(int(end[:4]), int(end[5:7]), 28) if end else None


def _uses_recent(entry: PeriodEntry) -> bool:
    return any(b is not None and b.year == "recent" for b in (entry.start, entry.end))


def _resolve(bound: Bound, values: dict[str, int], date: dt.date | None) -> int | None:
    """A bound as a month index (year × 12 + month − 1), None when it needs a missing date."""
    needs_date = bound.year in ("date", "recent") or bound.month in _DATE_MONTHS
    if needs_date and date is None:
        return None
    year = date.year if bound.year in ("date", "recent") else values[bound.year]
    month = _month_of(bound.month, values, date)
    return year * 12 + month - 1 + bound.shift


def _month_of(ref: MonthRef, values: dict[str, int], date: dt.date | None) -> int:
    if isinstance(ref, int):
        return ref
    quarter = values.get("quarter", 1)
    date_quarter = (date.month - 1) // 3 + 1 if date else 1
    derived = {
        "last_count": lambda: 13 - values["count"],
        "count_quarters": lambda: 3 * values["count"],
        "quarter_first": lambda: 3 * quarter - 2,
        "quarter_last": lambda: 3 * quarter,
        "date": lambda: date.month,
        "date_quarter_first": lambda: 3 * date_quarter - 2,
        "date_quarter_last": lambda: 3 * date_quarter,
    }
    return derived[ref]() if ref in derived else values[ref]


def _month(index: int) -> str:
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _fill(pattern: str, slots: dict[str, str]) -> str:
    """A rule pattern as regex source: spaces match any whitespace (an optional
    space ` ?` any or none), `{slot}`s are filled.

    >>> print(_fill("6 ?% của {year}", {"year": "(?P<year>[0-9]{4})"}))
    6\\s*%\\s+của\\s+(?P<year>[0-9]{4})
    """
    spaced = regex.sub(r" \?", r"\\s*", normalize_form(pattern))
    spaced = regex.sub(r" +", r"\\s+", spaced)
    return regex.sub(r"\{(\w+)\}", lambda m: slots.get(m.group(1), m.group(0)), spaced)


def _slots(numbers: NumberGrammar) -> dict[str, str]:
    units = [f for e in numbers.rule_file.entries if e.kind == "unit" for f in e.forms]
    ten = [f for e in numbers.rule_file.entries if e.kind == "ten" for f in e.forms]
    spelled_count = rf"{forms_pattern(ten)}(?:\s+{forms_pattern(units)})?|{forms_pattern(units)}"
    return {
        "year": r"(?P<year>(?:19|20)\d\d)(?!\d)",
        "year2": r"(?P<year2>(?:19|20)\d\d)(?!\d)",
        "month": r"(?P<month>1[0-2]|0?[1-9])(?!\d)",
        "month2": r"(?P<month2>1[0-2]|0?[1-9])(?!\d)",
        "day": r"(?P<day>3[01]|[12]\d|0?[1-9])(?!\d)",
        "count": rf"(?P<count>\d{{1,2}}(?![\d.,])|{spelled_count})",
        "quarter": r"(?P<quarter>IV|III|II|I|[1-4])(?![\w])",
        "dash": r"\s*[-–—]\s*",
        "slash": r"(?:\s*[/\-.]\s*|\s+năm\s+)",
    }


_REGEX_TOKEN = regex.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|.", regex.DOTALL)


def bound_whitespace(source: str, longest: int) -> str:
    """Regex `source` with each `\\s+` and `\\s*` (outside a character class)
    taking at most `longest` characters. On a text whose whitespace runs are
    no longer, it matches exactly what `source` matches (a run of whitespace
    is all such a repeat can take); the regex engine can then look for a
    pattern's words first rather than try it at every position.

    >>> print(bound_whitespace(r"tháng\\s+[\\p{L}\\s+]\\s*?\\\\s+", 2))
    tháng\\s{1,2}[\\p{L}\\s+]\\s{0,2}?\\\\s+
    """
    tokens: list[str] = []
    for token in _REGEX_TOKEN.findall(source):
        if token in ("+", "*") and tokens and tokens[-1] == r"\s":
            tokens[-1] = rf"\s{{{1 if token == '+' else 0},{longest}}}"
        else:
            tokens.append(token)
    return "".join(tokens)


def compile_pattern(pattern: str, slots: dict[str, str]) -> regex.Pattern:
    """Compile a rule pattern: spaces, slots, word boundaries, any letter case.

    >>> p = compile_pattern("quý {quarter}{slash}{year}", _slots(NumberGrammar(DEFAULT_RULES_DIR)))
    >>> p.search("trong quý III/2023 đạt").group("quarter")
    'III'
    """
    source = _fill(pattern, slots)
    return regex.compile(rf"(?<![\w/.,])(?:{source})(?![\w%])", regex.IGNORECASE)
