"""The `extract` command itself: version, usage errors, what each subcommand imports."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib

import pytest

from extract.cli import main as cli_main

from corpus_files import ROOT


def extract_command(*args: str, cwd=ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "extract.cli", *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=300)


def test_cli_version_names_the_distribution():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    done = extract_command("--version")
    assert (done.returncode, done.stdout) == (0, f"extract {project['version']} (vi-econ-extract)\n")


def test_cli_usage_error_is_one_line_with_status_2(capsys):
    with pytest.raises(SystemExit) as stop:
        cli_main(["run", "bài.txt", "--workers", "hai"])
    assert stop.value.code == 2
    assert capsys.readouterr().err == ("extract run: error: argument --workers: invalid int value: 'hai' "
                                       "(see extract run --help)\n")


def test_cli_unknown_command_is_one_line(capsys):
    with pytest.raises(SystemExit) as stop:
        cli_main(["chạy"])
    assert stop.value.code == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith("extract: error: argument COMMAND: invalid choice: 'chạy'")


IMPORTED = """
import json, sys
from extract.cli import build_parser
build_parser(sys.argv[1])
print(json.dumps(sorted(m for m in sys.modules if m.startswith("extract."))))
"""


@pytest.mark.parametrize("command,absent", [
    ("run", ["extract.dev.bench", "extract.evaluate", "extract.view.report"]),
    ("eval", ["extract.dev.bench", "extract.batch.command", "extract.view.report"]),
    ("schema", ["extract.dev.bench", "extract.batch.command", "extract.evaluate"]),
])
def test_cli_loads_only_the_running_subcommand(command, absent):
    done = subprocess.run([sys.executable, "-c", IMPORTED, command], capture_output=True, text=True, cwd=ROOT)
    modules = json.loads(done.stdout)
    assert [name for name in absent if name in modules] == []


def test_cli_schema_prints_the_document_schema(capsys):
    assert cli_main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "Document"
