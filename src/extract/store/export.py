"""Observations out of the store: SDMX-CSV, a tidy CSV and Parquet.

SDMX-CSV has one row per observation with the columns of `SDMX_COLUMNS`:
the indicator code (`EXPORT_VALUE`; targets in their own series
`EXPORT_VALUE_TARGET`; change-only figures `..._YOY_PCT` and the like), the
official province code of the place on its own map (`ADMIN_MAP` says which:
before or after the 2025 merger, whose code lists overlap), `TIME_PERIOD`
as SDMX writes it, the value with `UNIT_MEASURE` and `UNIT_MULT`, and
`OBS_STATUS` (A actual, E estimate, F forecast).
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from ..schema import CURRENCY_OR_RATE_UNITS
from .database import Store
from .indicators import Indicators
from .periods import frequency, time_period
from .tables import OBSERVATIONS

DATAFLOW = "EXTRACT:VN_NEWS_FIGURES(1.0)"
SDMX_COLUMNS = ("DATAFLOW", "INDICATOR", "REF_AREA", "ADMIN_MAP", "COUNTERPART_AREA", "PRODUCT", "SECTOR",
                "SUBJECT", "TIME_PERIOD", "OBS_VALUE", "UNIT_MEASURE", "UNIT_MULT", "OBS_STATUS",
                "INDICATOR_NAME", "REF_AREA_NAME", "UNIT_LABEL", "NUM_SOURCES", "CONFLICT")
OBS_STATUS = {"actual": "A", "estimate": "E", "forecast": "F", "target": "A"}
CHANGE_SUFFIX = {"same_period_last_year": "_YOY_PCT", "plan": "_VS_PLAN_PCT",
                 "previous_period": "_POP_PCT", "annual_average": "_AVG_ANNUAL_PCT", "none": "_CHANGE_PCT"}
NOT_GIVEN = "_Z"     # SDMX: not applicable (no partner, product...)
UNKNOWN_AREA = "_X"  # SDMX: unspecified (a figure without a place)
MONEY_MULTIPLIER = 6  # money in millions
TIDY_EXTRA = ("indicator_label", "frequency", "time_period", "doc_ids")


def sdmx_rows(store: Store, indicators: Indicators) -> Iterator[dict]:
    """One SDMX-CSV row per observation; a forecast whose key has an outturn is left out."""
    outturns = {_series_key(row) for row in store.rows(
        "SELECT * FROM observations WHERE kind = 'outturn' AND amount IS NOT NULL")}
    for row in store.rows("SELECT * FROM observations WHERE amount IS NOT NULL AND period_end IS NOT NULL "
                          "ORDER BY metric, location, unit, basis, period_end, period_start"):
        if row["kind"] == "forecast" and _series_key(row) in outturns:
            continue
        yield sdmx_row(row, indicators)


def sdmx_row(row: dict, indicators: Indicators) -> dict:
    """The SDMX-CSV row of one observation (a dict of the observations table).

    >>> row = {"metric": "export_value", "location": "Bắc Ninh", "code_pre2025": "27", "code_2025": "24",
    ...        "partner": None, "product": None, "sector": None, "subject": None, "unit": "USD",
    ...        "basis": None, "kind": "outturn", "status": "estimate", "amount": 34.5e9,
    ...        "period_start": "2024-01", "period_end": "2024-05", "articles": 3, "conflict": False}
    >>> sdmx = sdmx_row(row, Indicators.load())
    >>> sdmx["INDICATOR"], sdmx["REF_AREA"], sdmx["TIME_PERIOD"], sdmx["OBS_VALUE"], sdmx["OBS_STATUS"]
    ('EXPORT_VALUE', '27', '2024-01-01/2024-05-31', '34500', 'E')
    """
    unit, multiplier = _unit(row["unit"])
    on_old_map = row["code_pre2025"] is not None
    return {
        "DATAFLOW": DATAFLOW, "INDICATOR": indicator_code(row),
        "REF_AREA": (row["code_pre2025"] if on_old_map else row["code_2025"]) or UNKNOWN_AREA,
        "ADMIN_MAP": "pre2025" if on_old_map else ("2025" if row["code_2025"] else NOT_GIVEN),
        "COUNTERPART_AREA": row["partner"] or NOT_GIVEN, "PRODUCT": row["product"] or NOT_GIVEN,
        "SECTOR": row["sector"] or NOT_GIVEN, "SUBJECT": row["subject"] or NOT_GIVEN,
        "TIME_PERIOD": time_period(row["period_start"], row["period_end"]),
        "OBS_VALUE": _number(row["amount"] / 10 ** multiplier), "UNIT_MEASURE": unit,
        "UNIT_MULT": str(multiplier), "OBS_STATUS": OBS_STATUS[row["status"]],
        "INDICATOR_NAME": indicators.label(row["metric"]), "REF_AREA_NAME": row["location"] or "",
        "UNIT_LABEL": row["unit"] or "percent change", "NUM_SOURCES": str(row["articles"]),
        "CONFLICT": "Y" if row["conflict"] else "N",
    }


def indicator_code(row: dict) -> str:
    """`EXPORT_VALUE`, `EXPORT_VALUE_TARGET`, `GRDP_YOY_PCT`...

    >>> indicator_code({"metric": "grdp", "unit": None, "basis": "same_period_last_year", "kind": "target"})
    'GRDP_YOY_PCT_TARGET'
    """
    code = row["metric"].upper()
    if row["unit"] is None:
        code += CHANGE_SUFFIX[row["basis"]]
    return code + ("_TARGET" if row["kind"] == "target" else "")


def _unit(unit: str | None) -> tuple[str, int]:
    if unit is None or unit == "percent":
        return "PT", 0
    if unit in CURRENCY_OR_RATE_UNITS:
        return unit, MONEY_MULTIPLIER
    return "NUM", 0  # a count: the counted noun is in UNIT_LABEL


def _number(value: float) -> str:
    return f"{value:.10g}"


def _series_key(row: dict) -> tuple:
    return tuple(row[name] for name in ("metric", "location", "code_pre2025", "code_2025", "period_start",
                                        "period_end", "cumulative", "partner", "product", "sector",
                                        "subject", "unit", "basis"))


def write_sdmx(store: Store, indicators: Indicators, path: Path, bom: bool = False) -> int:
    return _write_csv(path, SDMX_COLUMNS, sdmx_rows(store, indicators), bom)


def tidy_rows(store: Store, indicators: Indicators) -> Iterator[dict]:
    """Every observation with all its columns, plus its label, period and sources."""
    sources = ("SELECT obs_id, string_agg(doc_id, ';' ORDER BY doc_id) AS doc_ids "
               "FROM observation_sources GROUP BY obs_id")
    for row in store.rows(f"SELECT o.*, s.doc_ids FROM observations o LEFT JOIN ({sources}) s USING (obs_id) "
                          "ORDER BY metric, location, unit, basis, period_end, period_start, kind"):
        row["conflict_values"] = ";".join(_number(v) for v in row["conflict_values"] or [])
        yield {**row, "indicator_label": indicators.label(row["metric"]),
               "frequency": frequency(row["period_start"], row["period_end"]),
               "time_period": time_period(row["period_start"], row["period_end"])}


def write_tidy(store: Store, indicators: Indicators, path: Path, bom: bool = False) -> int:
    return _write_csv(path, (*OBSERVATIONS.names, *TIDY_EXTRA), tidy_rows(store, indicators), bom)


def write_parquet(store: Store, indicators: Indicators, path: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from ..batch.outputs import atomic_stream

    rows = list(tidy_rows(store, indicators))
    table = pa.Table.from_pylist(rows) if rows else pa.table({name: [] for name in OBSERVATIONS.names})
    with atomic_stream(path, "wb") as stream:
        pq.write_table(table, stream)
    return len(rows)


def _write_csv(path: Path, columns: tuple[str, ...], rows, bom: bool) -> int:
    from ..batch.outputs import atomic_stream

    count = 0
    with atomic_stream(path) as stream:
        if bom:
            stream.write("\ufeff")
        writer = csv.DictWriter(stream, fieldnames=columns, lineterminator="\n", extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow(row)
            count += 1
    return count
