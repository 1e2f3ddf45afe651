"""The series of one indicator for one place, by period, from the store.

Besides the observations themselves a series holds two kinds of computed
points: monthly figures derived from consecutive year-to-date totals
(January–May minus January–April, status `derived`) and, on the 2025 map,
sums of the pre-merger provinces that make up a post-merger one (status
`aggregate`, `partial` when one of them has no figure for the period).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace

from .areas import AreaCodes
from .database import Store, shift_month
from .indicators import Indicators
from .periods import frequency

PERCENT = "percent"
# Year-to-date totals start in January; these frequencies all do when they do.
_FROM_JANUARY = ("month", "quarter", "half", "year_to_date", "year")


class SeriesError(Exception):
    """A series that cannot be asked for (a place not on the map asked for)."""


@dataclass(frozen=True)
class SeriesQuery:
    """Which series: an indicator, a place, a kind, and the breakdown (None: the total)."""

    metric: str
    location: str | None = None
    kind: str = "outturn"
    partner: str | None = None
    product: str | None = None
    sector: str | None = None
    subject: str | None = None
    map_2025: bool = False


@dataclass(frozen=True)
class Point:
    """One figure of a series."""

    location: str | None
    period_start: str | None
    period_end: str | None
    cumulative: bool | None
    unit: str | None
    basis: str | None
    amount: float | None
    status: str
    articles: int = 0
    conflict: bool = False
    obs_id: str | None = None
    area_map: str | None = None
    parts: tuple[str, ...] = ()
    missing: tuple[str, ...] = field(default=())
    note: str = ""

    @property
    def frequency(self) -> str | None:
        return frequency(self.period_start, self.period_end)

    @property
    def partial(self) -> bool:
        return bool(self.missing)


def series(store: Store, query: SeriesQuery, indicators: Indicators, areas: AreaCodes) -> list[Point]:
    """Every point of the series, in period order (derived and aggregate points included)."""
    if query.map_2025 and query.location is not None:
        points = _on_2025_map(store, query, indicators, areas)
    else:
        points = [_point(row) for row in _observations(store, query, "location IS NOT DISTINCT FROM ?",
                                                       [query.location])]
    if indicators.additive(query.metric):
        points += derived_months(points)
    return sorted(points, key=_order)


def _observations(store: Store, query: SeriesQuery, where: str, parameters: list) -> list[dict]:
    dimensions = ("partner", "product", "sector", "subject")
    conditions = [where, "metric = ?", "kind = ?",
                  *(f"{name} IS NOT DISTINCT FROM ?" for name in dimensions)]
    values = [*parameters, query.metric, query.kind, *(getattr(query, name) for name in dimensions)]
    return store.rows(f"SELECT * FROM observations WHERE {' AND '.join(conditions)}", values)


def _point(row: dict) -> Point:
    return Point(row["location"], row["period_start"], row["period_end"], row["cumulative"], row["unit"],
                 row["basis"], row["amount"], row["status"], row["articles"], row["conflict"],
                 row["obs_id"], "pre2025" if row["code_pre2025"] is not None else "2025")


def _on_2025_map(store: Store, query: SeriesQuery, indicators: Indicators, areas: AreaCodes) -> list[Point]:
    """The place as one of the 34 provinces: its own figures, else the sum of its parts."""
    parts = areas.parts(query.location)
    if not parts and query.location != "Việt Nam":
        inside = areas.new_province(query.location)
        where = f"; it is part of {inside}" if inside else ""
        raise SeriesError(f"{query.location} is not a province on the 2025 map{where}")
    if query.location == "Việt Nam":
        return [_point(row) for row in _observations(store, query, "location = ?", [query.location])]
    code = areas.table.by_norm[query.location].new_code
    rows = _observations(store, query, "code_2025 = ?", [code])
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for row in rows:
        groups[(row["period_start"], row["period_end"], row["cumulative"], row["unit"], row["basis"])].append(row)
    additive = indicators.additive(query.metric)
    points = []
    for group in groups.values():
        whole = [row for row in group if row["code_pre2025"] is None or parts == (row["location"],)]
        if whole:
            points += [replace(_point(row), location=query.location, area_map="2025") for row in whole]
        elif additive and group[0]["unit"] not in (None, PERCENT):
            points.append(_aggregate(query.location, parts, group))
    return points


def _aggregate(location: str, parts: tuple[str, ...], group: list[dict]) -> Point:
    """The sum of the parts' figures for one period (one figure per part)."""
    by_part = {row["location"]: row for row in group if row["location"] in parts and row["amount"] is not None}
    first = group[0]
    present = tuple(sorted(by_part))
    missing = tuple(part for part in parts if part not in by_part)
    note = " + ".join(present) + (f"; no figure for {', '.join(missing)}" if missing else "")
    return Point(location, first["period_start"], first["period_end"], first["cumulative"], first["unit"],
                 first["basis"], sum(row["amount"] for row in by_part.values()), "aggregate",
                 sum(row["articles"] for row in by_part.values()),
                 any(row["conflict"] for row in by_part.values()), None, "2025", present, missing, note)


def derived_months(points: list[Point]) -> list[Point]:
    """Months derived from consecutive year-to-date totals, where no month is stated.

    >>> ytd = [Point("Bắc Ninh", "2024-01", end, False, "USD", None, amount, "actual")
    ...        for end, amount in (("2024-04", 10e9), ("2024-05", 12.5e9))]
    >>> [(p.period_start, p.amount, p.status) for p in derived_months(ytd)]
    [('2024-05', 2500000000.0, 'derived')]
    """
    totals: dict[tuple, Point] = {}
    stated_months = set()
    for point in points:
        if point.unit in (None, PERCENT) or point.cumulative or point.amount is None:
            continue
        group = (point.location, point.unit, point.area_map)
        if point.frequency == "month":
            stated_months.add((*group, point.period_end))
        if point.frequency in _FROM_JANUARY and point.period_start[5:] == "01":
            totals.setdefault((*group, point.period_end), point)
    derived = []
    for (*group, end), total in totals.items():
        previous = totals.get((*group, shift_month(end, -1)))
        if previous is None or end[5:] == "01" or (*group, end) in stated_months:
            continue
        amount = total.amount - previous.amount
        note = f"{_span(total)} minus {_span(previous)}"
        if amount < 0:
            note += "; negative: the two totals disagree"
        derived.append(replace(total, period_start=end, amount=amount, status="derived", articles=0,
                               conflict=False, obs_id=None, parts=(), missing=(), note=note))
    return derived


def _span(point: Point) -> str:
    return f"{point.period_start}..{point.period_end}"


def _order(point: Point) -> tuple:
    return (point.unit or "", point.basis or "", point.period_end or "", point.period_start or "",
            point.area_map or "", point.status)
