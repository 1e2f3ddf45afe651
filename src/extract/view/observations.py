"""The store's part of `extract report`: one line per observation (conflicts
first, however many articles repeat it) with links to each source article's
view, and series charts per province and per indicator.

The store is built in memory for a run directory or a JSON Lines file, and
read as it is for a store file.
"""

from __future__ import annotations

from collections import Counter

from ..schema import Period
from ..store.areas import AreaCodes
from ..store.database import Store
from ..store.indicators import Indicators
from ..store.series import SeriesQuery, series
from .charts import horizontal_bars, svg_text
from .labels import format_amount, period_label
from .page import escape, href
from .series import series_figure

SOURCES_SHOWN = 3
PROVINCE_CHARTS = 6
# Indicators compared across provinces, one bar chart each (headline actuals and estimates).
COMPARED = ("export_value", "import_value", "fdi_capital")

OBSERVATIONS_CSS = """
tr.conflict td { background: #fff1f2; }
#observations-table td.num { white-space: nowrap; }
#observations-table td:first-child { min-width: 160px; }
.sources a, .sources span { margin-right: 6px; white-space: nowrap; }
.conflict-values { color: #b91c1c; font-size: 12.5px; white-space: normal; min-width: 200px; }
"""


def observations_section(store: Store, links: dict[str, tuple[str, ...]], indicators: Indicators,
                         limit: int) -> str:
    """The observations table: conflicts first, then by indicator, place and period."""
    rows = store.rows(
        "SELECT o.*, (SELECT list(struct_pack(doc_id := s.doc_id, fact_index := s.fact_index) "
        "ORDER BY s.doc_id, s.fact_index) FROM observation_sources s WHERE s.obs_id = o.obs_id) AS sources "
        "FROM observations o ORDER BY conflict DESC, metric, location NULLS LAST, period_end, period_start, "
        "kind, obs_id LIMIT ?", [limit])
    total, conflicts = store.rows("SELECT count(*) AS n, count(*) FILTER (WHERE conflict) AS c "
                                  "FROM observations")[0].values()
    lines = "".join(_observation_row(row, links, indicators) for row in rows)
    shown = f"the first {len(rows)} of {total}" if len(rows) < total else f"all {total}"
    return (f'<section class="card" id="observations"><h2>Observations ({conflicts} with conflicts)</h2>'
            f'<p class="muted">One line per indicator, place, period and breakdown, {shown}; conflicts '
            "first. Click a source to open its fact.</p><div class=\"scroll\">"
            '<table id="observations-table"><thead><tr><th>indicator</th><th>place</th><th>period</th>'
            '<th>breakdown</th><th class="num">value</th><th>status</th><th class="num">articles</th>'
            f"<th>sources</th></tr></thead><tbody>{lines}</tbody></table></div></section>")


def _observation_row(row: dict, links: dict[str, tuple[str, ...]], indicators: Indicators) -> str:
    period = period_label(Period(start=row["period_start"], end=row["period_end"],
                                 cumulative=bool(row["cumulative"]))) if row["period_end"] else ""
    value = format_amount(row["amount"], row["unit"] or "percent") if row["amount"] is not None else ""
    if row["unit"] is None and row["amount"] is not None:
        value += " change" if row["basis"] == "none" else f" change ({row['basis'].replace('_', ' ')})"
    breakdown = " · ".join(str(row[name]) for name in ("partner", "product", "sector", "subject") if row[name])
    conflict = ""
    if row["conflict"]:
        others = ", ".join(format_amount(v, row["unit"] or "percent") for v in row["conflict_values"][1:])
        conflict = f'<div class="conflict-values">⚠ also reported: {escape(others)}</div>'
    status = row["status"] + ("" if row["kind"] == "outturn" else f" ({row['kind']})")
    return (f'<tr class="{"conflict" if row["conflict"] else ""}"><td>{escape(indicators.label(row["metric"]))}'
            f'</td><td class="loc">{escape(row["location"] or "")}</td><td class="nowrap">{escape(period)}</td>'
            f'<td>{escape(breakdown)}</td><td class="num">{escape(value)}{conflict}</td>'
            f'<td><span class="badge {escape(row["status"])}">{escape(status)}</span></td>'
            f'<td class="num">{row["articles"]}</td><td class="sources">{_sources(row, links)}</td></tr>')


def _sources(row: dict, links: dict[str, tuple[str, ...]]) -> str:
    sources = row["sources"] or []
    shown = []
    for source in sources[:SOURCES_SHOWN]:
        doc_id, fragment = source["doc_id"], f"fact-{source['fact_index'] + 1}"
        parts = links.get(doc_id)
        name = escape(f"{doc_id} #{source['fact_index'] + 1}")
        shown.append(f'<a href="{href(*parts, fragment=fragment)}">{name}</a>' if parts else f"<span>{name}</span>")
    more = len(sources) - SOURCES_SHOWN
    return "".join(shown) + (f'<span class="muted">+{more} more</span>' if more > 0 else "")


def linked_doc_ids(store: Store, limit: int) -> list[str]:
    """The articles the observations table links to (its first sources)."""
    rows = store.rows(
        "WITH shown AS (SELECT obs_id FROM observations ORDER BY conflict DESC, metric, location NULLS LAST, "
        "period_end, period_start, kind, obs_id LIMIT ?), ranked AS (SELECT s.doc_id, row_number() OVER "
        "(PARTITION BY s.obs_id ORDER BY s.doc_id, s.fact_index) AS n FROM observation_sources s "
        "JOIN shown USING (obs_id)) SELECT DISTINCT doc_id FROM ranked WHERE n <= ? ORDER BY doc_id",
        [limit, SOURCES_SHOWN])
    return [row["doc_id"] for row in rows]


def series_section(store: Store, indicators: Indicators, areas: AreaCodes) -> str:
    """Series charts: the main indicator of the provinces with most observations,
    and each compared indicator across provinces in its latest year."""
    figures = [*_province_charts(store, indicators, areas), *_indicator_charts(store, indicators)]
    if not figures:
        return ""
    body = "".join(f"<figure>{figure}</figure>" for figure in figures)
    return f'<section class="card" id="series"><h2>Series</h2><div class="charts">{body}</div></section>'


def _province_charts(store: Store, indicators: Indicators, areas: AreaCodes) -> list[str]:
    counts = store.rows(
        "SELECT location, metric, count(*) AS n FROM observations WHERE kind = 'outturn' AND amount IS NOT NULL "
        "AND unit IS NOT NULL AND location IS NOT NULL AND location <> 'Việt Nam' AND partner IS NULL "
        "AND product IS NULL AND sector IS NULL AND subject IS NULL GROUP BY ALL HAVING count(*) >= 2 "
        "ORDER BY n DESC, location, metric")
    charts, seen = [], set()
    for row in counts:
        if row["location"] in seen or len(charts) >= PROVINCE_CHARTS:
            continue
        seen.add(row["location"])
        points = series(store, SeriesQuery(row["metric"], row["location"]), indicators, areas)
        title = f"{indicators.label(row['metric'])} · {row['location']}"
        charts.append(svg_text(series_figure(points, title, f"series-{len(charts)}")))
    return charts


def _indicator_charts(store: Store, indicators: Indicators) -> list[str]:
    charts = []
    for number, metric in enumerate(COMPARED):
        rows = store.rows(
            "SELECT location, amount, period_end FROM observations WHERE metric = ? AND kind = 'outturn' "
            "AND unit = 'USD' AND period_start IS NOT NULL AND right(period_start, 2) = '01' "
            "AND right(period_end, 2) = '12' AND left(period_start, 4) = left(period_end, 4) "
            "AND location IS NOT NULL AND location <> 'Việt Nam' AND partner IS NULL AND product IS NULL "
            "AND sector IS NULL AND subject IS NULL ORDER BY period_end DESC, amount DESC", [metric])
        if not rows:
            continue
        year = rows[0]["period_end"][:4]
        latest = Counter()
        for row in rows:
            if row["period_end"][:4] == year:
                latest[row["location"]] = max(latest[row["location"]], row["amount"] / 1e6)
        labels = [location for location, _ in latest.most_common()]
        charts.append(horizontal_bars(labels, {year: [latest[label] for label in labels]},
                                      f"{indicators.label(metric)} {year} by province", "million USD",
                                      f"indicator-{number}", number))
    return charts


def store_kpis(store: Store) -> list[tuple[int, str, str]]:
    """(count, name, anchor) of the store's headline figures."""
    counts = store.rows(
        "SELECT (SELECT count(*) FROM articles) AS a, (SELECT count(*) FROM facts) AS f, "
        "(SELECT count(*) FROM observations) AS o, (SELECT count(*) FROM observations WHERE conflict) AS c, "
        "(SELECT count(*) FROM base_checks WHERE NOT agrees) AS b")[0]
    return [(counts["a"], "articles", ""), (counts["f"], "facts", ""), (counts["o"], "observations", "#observations"),
            (counts["c"], "conflicts", "#observations"), (counts["b"], "base warnings", "")]

