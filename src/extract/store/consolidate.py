"""From the facts of one key to one observation: value groups, vintages, conflicts.

All facts of an observation key are grouped by agreement (`agreement.py`).
The chosen status is the best one reported: an actual supersedes an
estimate (the estimate stays as a `superseded` vintage); targets and
forecasts have keys of their own and are never merged with outturns. Of the
value groups of the chosen status, the one reported by most articles is
chosen (then the most recent, then the one stated first in its article);
any other group of that status is a conflict, kept with its sources.

>>> estimate = Reported("bai-thang-12", 3, "estimate", Figure(34.5e9, 5e7), dt.date(2024, 12, 28))
>>> actual = Reported("bai-thang-1", 0, "actual", Figure(34.8e9, 5e7), dt.date(2025, 1, 20))
>>> done = consolidate("vd", {"metric": "export_value", "location": "Bình Dương"}, [estimate, actual])
>>> done.observation["status"], done.observation["amount"], done.observation["conflict"]
('actual', 34800000000.0, False)
>>> [(row["status"], row["amount"], row["role"]) for row in done.values]
[('actual', 34800000000.0, 'chosen'), ('estimate', 34500000000.0, 'superseded')]
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from .agreement import Cluster, Figure, agree, cluster

STATUS_RANK = ("actual", "estimate", "target", "forecast")  # best first


@dataclass(frozen=True)
class Reported:
    """One fact of a key, reduced to what consolidation compares."""

    doc_id: str
    fact_index: int
    status: str
    figure: Figure | None          # the value, or for a change-only key the signed change
    date: dt.date | None
    change: Figure | None = None   # signed change on the same period a year before


@dataclass
class Consolidated:
    observation: dict
    values: list[dict]
    sources: list[dict]


def consolidate(obs_id: str, key: dict, reports: Sequence[Reported]) -> Consolidated:
    """The observation of one key, its value rows and its source rows."""
    with_figure = [index for index, report in enumerate(reports) if report.figure is not None]
    groups = _groups(reports, with_figure)
    statuses = {r.status for r in reports} if not with_figure else {reports[i].status for i in with_figure}
    chosen_status = min(statuses, key=STATUS_RANK.index)
    of_status = [g for g in groups if any(reports[i].status == chosen_status for i in g.members)]
    chosen = min(of_status, key=lambda g: _support(reports, g, chosen_status)) if of_status else None
    value_no = {index: number for number, group in enumerate(groups) for index in group.members}
    values = [row for number, group in enumerate(groups)
              for row in _value_rows(obs_id, number, group, reports, chosen_status, group is chosen)]
    sources = [{"obs_id": obs_id, "doc_id": r.doc_id, "fact_index": r.fact_index,
                "value_no": value_no.get(index), "status": r.status} for index, r in enumerate(reports)]
    observation = {**key, "obs_id": obs_id, "status": chosen_status, **_chosen_figures(chosen, reports),
                   **_dates(reports), "articles": len({r.doc_id for r in reports}),
                   "conflict": len(of_status) > 1, "values": len(values),
                   "conflict_values": [chosen.representative.value] + [g.representative.value
                                                                        for g in of_status if g is not chosen]
                   if len(of_status) > 1 else None}
    return Consolidated(observation, values, sources)


def _groups(reports: Sequence[Reported], indexes: list[int]) -> list[Cluster]:
    """The figures grouped by agreement, each distinct figure compared once:
    most often reported first, then the most recent, then the one stated
    earliest in its article (a headline total comes before its parts)."""
    members: dict[Figure, list[int]] = defaultdict(list)
    for i in indexes:
        members[reports[i].figure].append(i)
    distinct = list(members)
    order = sorted(range(len(distinct)), key=lambda n: _rank([reports[i] for i in members[distinct[n]]]))
    groups = cluster(distinct, order)
    for group in groups:
        group.members = sorted(i for n in group.members for i in members[distinct[n]])
    return groups


def _rank(reports: Sequence[Reported]) -> tuple:
    """Sort key of a set of reports of one figure: best supported first."""
    latest = max((r.date or dt.date.min) for r in reports)
    return -len({r.doc_id for r in reports}), -latest.toordinal(), min(r.fact_index for r in reports)


def _support(reports: Sequence[Reported], group: Cluster, status: str) -> tuple:
    """Sort key of a value group among those of the chosen status: the chosen one sorts first."""
    return _rank([reports[i] for i in group.members if reports[i].status == status])


def _value_rows(obs_id: str, number: int, group: Cluster, reports: Sequence[Reported],
                chosen_status: str, is_chosen: bool) -> list[dict]:
    rows = []
    for status in sorted({reports[i].status for i in group.members}, key=STATUS_RANK.index):
        members = [reports[i] for i in group.members if reports[i].status == status]
        if status != chosen_status:
            role = "superseded"
        else:
            role = "chosen" if is_chosen else "conflict"
        figures = [r.figure.value for r in members]
        rows.append({"obs_id": obs_id, "value_no": number, "status": status,
                     "amount": group.representative.value, "low": min(figures), "high": max(figures),
                     "articles": len({r.doc_id for r in members}), **_dates(members), "role": role})
    return rows


def _chosen_figures(chosen: Cluster | None, reports: Sequence[Reported]) -> dict:
    if chosen is None:
        return {"amount": None, "low": None, "high": None, "change_percent": None, "change_precision": None}
    figure = chosen.representative
    changes = [reports[i].change for i in chosen.members if reports[i].change is not None]
    change = _most_reported(changes)
    return {"amount": figure.value, "low": figure.low, "high": figure.high,
            "change_percent": change.value if change else None,
            "change_precision": change.half_width if change else None}


def _most_reported(figures: list[Figure]) -> Figure | None:
    """The figure most others agree with (the first such on a tie)."""
    counts = Counter(figures)
    distinct = list(counts)  # in order of first report
    if not distinct:
        return None
    return max(distinct, key=lambda figure: sum(n for other, n in counts.items() if agree(figure, other)))


def _dates(reports: Sequence[Reported]) -> dict:
    dates = [r.date for r in reports if r.date is not None]
    return {"first_date": min(dates) if dates else None, "last_date": max(dates) if dates else None}
