"""`extract series STORE --metric M --location L`: one indicator's series by period.

Prints the series as a table (or writes it as CSV or JSON), draws it (an
HTML page with an SVG chart, or a PNG), and warns where a stated change on
the year before implies a base the store's own figure of that year does not match.
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import io
import json
import sys
from pathlib import Path

from ..rules import RuleFileError
from ..schema import Metric, Period
from .areas import AreaCodes
from .database import Store, StoreError
from .indicators import Indicators
from .series import Point, SeriesError, SeriesQuery, series

EXIT_OK, EXIT_USAGE = 0, 2
POINT_COLUMNS = ("location", "period_start", "period_end", "cumulative", "frequency", "unit", "basis", "amount",
                 "status", "articles", "conflict", "area_map", "parts", "missing", "partial", "obs_id", "note")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("store", type=Path, help="a store built by `extract store` or `extract run --store`")
    parser.add_argument("--metric", required=True, choices=[metric.value for metric in Metric],
                        metavar="METRIC", help="the indicator (export_value, fdi_capital, grdp...)")
    parser.add_argument("--location", help="the place as the facts name it (`Bắc Ninh`, `Việt Nam`)")
    parser.add_argument("--kind", choices=("outturn", "target", "forecast"), default="outturn",
                        help="actual and estimated figures (default), targets or forecasts")
    for name in ("partner", "product", "sector", "subject"):
        parser.add_argument(f"--{name}", help=f"the series of one {name} (default: the total)")
    parser.add_argument("--map", choices=("2025",), dest="map_2025",
                        help="2025: the place as one of the 34 post-merger provinces, pre-merger "
                             "provinces summed into it for additive indicators")
    parser.add_argument("--csv", type=Path, metavar="PATH", help="write the points as CSV")
    parser.add_argument("--json", type=Path, metavar="PATH", help="write the points as JSON")
    parser.add_argument("--html", type=Path, metavar="PATH", help="write the chart and table as an HTML page")
    parser.add_argument("--png", type=Path, metavar="PATH", help="write the chart as a PNG image")
    parser.add_argument("--rules", type=Path, help="rules directory (default: the project's rules/)")


def main(args: argparse.Namespace) -> int:
    query = SeriesQuery(args.metric, args.location, args.kind, args.partner, args.product, args.sector,
                        args.subject, map_2025=args.map_2025 == "2025")
    try:
        indicators = Indicators.load(args.rules)
        with Store.open(args.store, read_only=True) as store:
            points = series(store, query, indicators, AreaCodes.load(args.rules))
            warnings = base_warnings(store, points)
        _write_outputs(args, points, warnings, indicators.label(args.metric))
    except (StoreError, RuleFileError, SeriesError) as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except OSError as error:
        print(f"error: {error.filename}: cannot write: {error.strerror}", file=sys.stderr)
        return EXIT_USAGE
    if not (args.csv or args.json):
        sys.stdout.write(text_table(points))
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    return EXIT_OK


def _write_outputs(args: argparse.Namespace, points: list[Point], warnings: list[str], label: str) -> None:
    from ..batch.outputs import atomic_stream, write_atomically

    if args.csv:
        write_atomically(args.csv, points_csv(points))
    if args.json:
        write_atomically(args.json, json.dumps([point_record(p) for p in points], ensure_ascii=False,
                                               indent=1) + "\n")
    if args.html or args.png:
        from ..view.charts import png_bytes
        from ..view.series import render_series, series_figure

        if args.html:
            write_atomically(args.html, render_series(points, label, args.location, warnings))
        if args.png:
            with atomic_stream(args.png, "wb") as stream:
                stream.write(png_bytes(series_figure(points, f"{label} · {args.location or 'no location'}")))


def point_record(point: Point) -> dict:
    """A point as a flat record with the columns of POINT_COLUMNS."""
    record = dataclasses.asdict(point)
    record.update(frequency=point.frequency, partial=point.partial, parts=list(point.parts),
                  missing=list(point.missing))
    return {name: record[name] for name in POINT_COLUMNS}


def points_csv(points: list[Point]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=POINT_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for point in points:
        record = point_record(point)
        record.update(parts=";".join(record["parts"]), missing=";".join(record["missing"]))
        writer.writerow(record)
    return buffer.getvalue()


def text_table(points: list[Point]) -> str:
    """The series as aligned text, one line per point."""
    from ..view.labels import format_amount, period_label

    lines = [("period", "kind", "value", "status", "articles", "map", "note")]
    for point in points:
        period = period_label(Period(start=point.period_start, end=point.period_end,
                                     cumulative=bool(point.cumulative)))
        value = format_amount(point.amount, point.unit or "percent") if point.amount is not None else ""
        status = point.status + (" partial" if point.partial else "") + (" CONFLICT" if point.conflict else "")
        lines.append((period, point.frequency or "", value, status, str(point.articles or ""),
                      point.area_map or "", point.note))
    widths = [max(len(line[i]) for line in lines) for i in range(len(lines[0]) - 1)]
    return "".join("  ".join(cell.ljust(width) for cell, width in zip(line, widths)) + "  " + line[-1] + "\n"
                   for line in lines) if points else "no observations\n"


def base_warnings(store: Store, points: list[Point]) -> list[str]:
    """Cross-article warnings: a stated change on the year before that the store's
    figure for that year does not fit."""
    ids = [point.obs_id for point in points if point.obs_id]
    if not ids:
        return []
    rows = store.rows(
        "SELECT c.*, o.period_start, o.period_end, o.amount, o.unit, o.change_percent, "
        "b.period_start AS base_start, b.period_end AS base_end "
        "FROM base_checks c JOIN observations o USING (obs_id) JOIN observations b ON b.obs_id = c.base_obs_id "
        "WHERE NOT c.agrees AND c.obs_id IN (SELECT unnest(?)) ORDER BY o.period_end", [ids])
    from ..view.labels import format_amount

    return [f"{row['period_start']}..{row['period_end']}: {format_amount(row['amount'], row['unit'])} "
            f"changed {row['change_percent']:+g}% on the year before implies "
            f"{format_amount(row['implied_low'], row['unit'])}–{format_amount(row['implied_high'], row['unit'])} "
            f"for {row['base_start']}..{row['base_end']}, but the store has "
            f"{format_amount(row['base_amount'], row['unit'])}" for row in rows]
