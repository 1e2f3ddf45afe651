"""The `extract` command: one subcommand per module that implements it.

Each module named in SUBCOMMANDS provides `add_arguments(parser)` and
`main(args) -> int`; modules are imported only when their subcommand runs.
"""

from __future__ import annotations

import argparse
import importlib
import sys

SUBCOMMANDS = {
    "run": ("extract.batch.command", "extract facts from articles into JSON"),
    "eval": ("extract.evaluate", "score predictions against gold annotations"),
    "bench": ("extract.bench", "measure throughput and memory against underthesea"),
    "schema": (None, "print the JSON Schema of the output Document"),
    "show": ("extract.view.article", "write an article's HTML view: highlights and facts"),
    "report": ("extract.view.report", "write the HTML report of a run's output, with charts"),
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="extract", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, (module_name, help_text) in SUBCOMMANDS.items():
        sub = commands.add_parser(name, help=help_text, description=help_text)
        if module_name is not None:  # None: handled here (`schema`)
            importlib.import_module(module_name).add_arguments(sub)
        sub.set_defaults(module=module_name)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "schema":
        return print_schema()
    return importlib.import_module(args.module).main(args)


def print_schema() -> int:
    import json

    from .schema import document_json_schema

    print(json.dumps(document_json_schema(), indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
