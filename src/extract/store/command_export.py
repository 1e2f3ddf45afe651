"""`extract export STORE`: the store's observations as SDMX-CSV, tidy CSV or Parquet."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..rules import RuleFileError
from .database import Store, StoreError
from .export import write_parquet, write_sdmx, write_tidy
from .indicators import Indicators

EXIT_OK, EXIT_USAGE = 0, 2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("store", type=Path, help="a store built by `extract store` or `extract run --store`")
    parser.add_argument("--sdmx", type=Path, metavar="PATH", help="SDMX-CSV: one row per observation")
    parser.add_argument("--csv", type=Path, metavar="PATH",
                        help="tidy CSV: every column of the observations table, period and sources")
    parser.add_argument("--parquet", type=Path, metavar="PATH", help="the tidy table as Parquet")
    parser.add_argument("--bom", action="store_true",
                        help="start the CSV files with a UTF-8 byte-order mark (for spreadsheets)")
    parser.add_argument("--rules", type=Path, help="rules directory (default: the project's rules/)")


def main(args: argparse.Namespace) -> int:
    if not (args.sdmx or args.csv or args.parquet):
        print("error: say what to write: --sdmx, --csv and/or --parquet", file=sys.stderr)
        return EXIT_USAGE
    try:
        indicators = Indicators.load(args.rules)
        with Store.open(args.store, read_only=True) as store:
            written = []
            if args.sdmx:
                written.append((args.sdmx, write_sdmx(store, indicators, args.sdmx, args.bom)))
            if args.csv:
                written.append((args.csv, write_tidy(store, indicators, args.csv, args.bom)))
            if args.parquet:
                written.append((args.parquet, write_parquet(store, indicators, args.parquet)))
    except (StoreError, RuleFileError) as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except OSError as error:
        print(f"error: {error.filename}: cannot write: {error.strerror}", file=sys.stderr)
        return EXIT_USAGE
    for path, rows in written:
        print(f"wrote {path} ({rows} rows)", file=sys.stderr)
    return EXIT_OK
