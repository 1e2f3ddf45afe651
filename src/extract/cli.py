"""The `extract` command: one subcommand per module that implements it.

Each module named in SUBCOMMANDS provides `add_arguments(parser)` and
`main(args) -> int`; only the module of the subcommand that runs is imported
(a new subcommand is one more entry). A usage error is one line on stderr
and exit status 2, as argparse's, without the usage text.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import sys
from importlib import metadata

from .analysis import parse_iso_date
from .reading import encoding_name

DISTRIBUTION = "vi-econ-extract"  # the name on the package index; the import name is `extract`
EXIT_USAGE = 2

SUBCOMMANDS = {
    "run": ("extract.batch.command", "extract facts from articles into JSON"),
    "eval": ("extract.evaluate", "score predictions against gold annotations"),
    "show": ("extract.view.article", "write an article's HTML view: highlights and facts"),
    "report": ("extract.view.report", "write the HTML report of a run's output, with charts"),
    "schema": (None, "print the JSON Schema of the output Document"),
    "bench": ("extract.dev.bench", "measure throughput and memory against underthesea (development)"),
    "store": ("extract.store.command_store", "add run outputs to a fact store and consolidate observations"),
    "series": ("extract.store.command_series", "print or draw one indicator's series from a store"),
    "export": ("extract.store.command_export", "write a store's observations as SDMX-CSV, CSV or Parquet"),
}


class OneLineParser(argparse.ArgumentParser):
    """argparse that reports a usage error in one line: `extract run: error: ...`."""

    def error(self, message: str):
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser; only `command`'s own arguments are loaded (its module imported)."""
    parser = OneLineParser(prog="extract", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"%(prog)s {version()} ({DISTRIBUTION})")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND",
                                     parser_class=OneLineParser)
    for name, (module_name, help_text) in SUBCOMMANDS.items():
        sub = commands.add_parser(name, help=help_text, description=help_text)
        if name == command and module_name is not None:  # None: handled here (`schema`)
            importlib.import_module(module_name).add_arguments(sub)
        sub.set_defaults(module=module_name)
    return parser


def date_argument(value: str) -> dt.date:
    """`--date YYYY-MM-DD` of a subcommand (an argparse `type=`)."""
    try:
        return parse_iso_date(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def encoding_argument(value: str) -> str:
    """`--encoding NAME` of a subcommand, checked once before any file is read."""
    try:
        return encoding_name(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def version() -> str:
    """The installed distribution's version (`unknown` when run from a bare source tree)."""
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return "unknown"


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = build_parser(_command_in(argv)).parse_args(argv)
    if args.module is None:
        return print_schema()
    return importlib.import_module(args.module).main(args)


def _command_in(argv: list[str]) -> str | None:
    """The subcommand named in `argv`: its first word that is not an option.

    >>> _command_in(["--version"]), _command_in(["run", "a.txt"])
    (None, 'run')
    """
    return next((word for word in argv if not word.startswith("-")), None)


def print_schema() -> int:
    import json

    from .schema import document_json_schema

    print(json.dumps(document_json_schema(), indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
