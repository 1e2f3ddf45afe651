"""The series page of `extract series --html`: a line chart of one indicator
for one place by period, and the table of its points.

>>> from extract.store.series import Point
>>> points = [Point("Bắc Ninh", "2024-01", "2024-12", False, "USD", None, 34.5e9, "actual", 3)]
>>> "34.5 billion USD" in render_series(points, "Kim ngạch xuất khẩu", "Bắc Ninh")
True
"""

from __future__ import annotations

from collections import defaultdict

from ..schema import CURRENCY_OR_RATE_UNITS, Period
from .charts import line_chart, svg_text
from .labels import format_amount, period_label
from .page import escape, page

FREQUENCY_LABELS = {"year": "year", "half": "half year", "quarter": "quarter", "month": "month",
                    "year_to_date": "year to date", "span": "other span", "stock": "cumulative stock"}
LARGE_MONEY = 1e11  # from 100 billion on, money is drawn in billions

SERIES_CSS = """
svg.chart { width: 100%; max-width: 900px; height: auto; display: block; }
tr.conflict td { background: #fff1f2; }
tr.derived td, tr.aggregate td { color: #374151; font-style: italic; }
"""


def series_figure(points, title: str, name: str = "series"):
    """The matplotlib Figure of a series: one line per kind of period (the
    unit most points have); derived and aggregate points hollow."""
    unit = _main_unit(points)
    drawn = [p for p in points if p.unit == unit and p.amount is not None and p.period_end is not None]
    scale, axis = _scale(unit, max((abs(p.amount) for p in drawn), default=0.0))
    lines: dict[str, list[tuple[float, float, bool]]] = defaultdict(list)
    ticks: dict[float, str] = {}
    for point in drawn:
        x = _month_number(point.period_end)
        lines[_line_name(point)].append((x, point.amount / scale, point.status in ("derived", "aggregate")))
        ticks[x] = point.period_end[5:] + "/" + point.period_end[:4]
    return line_chart(dict(lines), title, axis, name, sorted(ticks.items()))


def render_series(points, label: str, location: str | None, warnings: list[str] | None = None) -> str:
    """The whole page: chart, warnings, and one table row per point."""
    title = f"{label} · {location or 'no location'}"
    chart = svg_text(series_figure(points, title)) if any(p.amount is not None for p in points) else ""
    notes = "".join(f"<li>{escape(warning)}</li>" for warning in warnings or [])
    warning_block = (f'<section class="card warnings" id="warnings"><h2>⚠ {len(warnings)} cross-article '
                     f"warnings</h2><ul>{notes}</ul></section>") if warnings else ""
    rows = "".join(_row(point) for point in points)
    body = (f'<header class="top"><h1>{escape(title)}</h1><div class="meta"><span>{len(points)} points</span>'
            f"</div></header><main>"
            f'<section class="card" id="chart"><h2>Series</h2>{chart or "<p>No values.</p>"}</section>'
            f"{warning_block}"
            '<section class="card"><h2>Points</h2><table id="points"><thead><tr><th>period</th>'
            "<th>kind</th><th class=\"num\">value</th><th>status</th><th class=\"num\">articles</th>"
            f"<th>map</th><th>note</th></tr></thead><tbody>{rows}</tbody></table></section></main>")
    return page(f"Series · {title}", body, SERIES_CSS)


def _row(point) -> str:
    period = period_label(Period(start=point.period_start, end=point.period_end,
                                 cumulative=bool(point.cumulative)))
    value = format_amount(point.amount, point.unit or "percent") if point.amount is not None else ""
    classes = " ".join(name for name, on in (("conflict", point.conflict), ("derived", point.status == "derived"),
                                             ("aggregate", point.status == "aggregate")) if on)
    note = point.note + (" · conflicting reports" if point.conflict else "")
    return (f'<tr class="{classes}"><td class="nowrap">{escape(period)}</td>'
            f"<td>{escape(FREQUENCY_LABELS.get(point.frequency or '', ''))}</td>"
            f'<td class="num">{escape(value)}</td><td><span class="badge {escape(point.status)}">'
            f"{escape(point.status)}{' · partial' if point.partial else ''}</span></td>"
            f'<td class="num">{point.articles or ""}</td><td>{escape(point.area_map or "")}</td>'
            f"<td>{escape(note)}</td></tr>")


def _line_name(point) -> str:
    """The line a point is drawn on: a first quarter or half is a year-to-date total too."""
    kind = point.frequency
    if kind in ("quarter", "half") and point.period_start.endswith("-01"):
        kind = "year_to_date"
    return FREQUENCY_LABELS[kind]


def _main_unit(points) -> str | None:
    counts: dict[str | None, int] = defaultdict(int)
    for point in points:
        if point.amount is not None:
            counts[point.unit] += 1
    return max(counts, key=lambda unit: counts[unit]) if counts else None


def _scale(unit: str | None, largest: float) -> tuple[float, str]:
    """(divisor, axis label): money in millions, or billions when that is large.

    >>> _scale("VND", 1.2e13), _scale("USD", 5.4e8), _scale(None, 9.5)
    ((1000000000.0, 'billion VND'), (1000000.0, 'million USD'), (1, 'change, %'))
    """
    if unit is None:
        return 1, "change, %"
    if unit == "percent":
        return 1, "%"
    if unit not in CURRENCY_OR_RATE_UNITS:
        return 1, unit
    return (1e9, f"billion {unit}") if largest >= LARGE_MONEY else (1e6, f"million {unit}")


def _month_number(month: str) -> float:
    return int(month[:4]) * 12 + int(month[5:7]) - 1
