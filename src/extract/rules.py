"""Loading the rules in `rules/`: YAML data validated by pydantic.

Each dimension (numbers, units, hedges, periods, entities, metrics...) keeps
its lexicons and patterns in `rules/<dimension>.yaml`. A file has the shape

    description: what the file is for
    entries:            # the rules; each dimension defines the entry model
      - name: ...
        examples:       # phrases the rule must recognize, with the result
          - {text: "hơn 8,3 tỷ USD", expect: {...}}
    negatives:          # phrases that must yield nothing
      - "năm 2024"

The examples are the dimension's test suite (tests/test_rule_examples.py).
A malformed file stops with a RuleFileError naming the file, the entry and the
problem; files are read with yaml.safe_load and nothing in them is evaluated.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any, Generic, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError


class RuleFileError(Exception):
    """A rule file that cannot be used; the message names file, entry and problem."""


def _bundled_rules() -> Path:
    """The rules shipped inside the package, as a directory on disk.

    In the repository `src/extract/bundled_rules` is a link to the top-level
    `rules/` (resolved here, so a checkout reads and edits `rules/` itself);
    a built wheel holds a copy of the files as package data.
    """
    bundled = resources.files("extract") / "bundled_rules"
    if not isinstance(bundled, Path):  # e.g. imported from a zip archive
        raise RuleFileError(f"the bundled rules are not files on disk ({bundled}); pass a rules directory")
    return bundled.resolve()


# Callers with their own rules pass `rules_dir`.
DEFAULT_RULES_DIR = _bundled_rules()


class Example(BaseModel):
    """One phrase and what its dimension must make of it."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1)
    expect: Any = None
    note: str | None = None


class RuleEntry(BaseModel):
    """Base of every dimension's entry: a name and its examples."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1)
    source: str | None = None
    examples: list[Example] = Field(default_factory=list)


EntryT = TypeVar("EntryT", bound=RuleEntry)


class RuleFile(BaseModel, Generic[EntryT]):
    model_config = ConfigDict(extra="forbid")

    description: str = ""
    entries: list[EntryT]
    negatives: list[str] = Field(default_factory=list)


def rules_dir(path: str | Path | None = None) -> Path:
    """The rules directory: the given one, else the one installed with the package."""
    return Path(path) if path is not None else DEFAULT_RULES_DIR


def load_rule_file(path: Path, entry_model: type[EntryT]) -> RuleFile[EntryT]:
    """Read and validate one rule file.

    Raises:
        RuleFileError: naming the file, the entry (by name or index) and the problem.
    """
    raw = _read_yaml(path)
    if not isinstance(raw, dict) or "entries" not in raw:
        found = "a mapping without 'entries'" if isinstance(raw, dict) else _kind(raw)
        raise RuleFileError(f"{path}: expected a mapping with an 'entries' list, found {found}")
    try:
        rule_file = RuleFile[entry_model].model_validate(raw)
    except ValidationError as error:
        raise RuleFileError(_describe(path, raw, error)) from None
    _check_unique_names(path, rule_file.entries)
    return rule_file


def _read_yaml(path: Path) -> Any:
    try:
        with open(path, encoding="utf-8") as handle:
            return yaml.load(handle, Loader=_UniqueKeyLoader)  # a SafeLoader: no tags run
    except FileNotFoundError:
        raise RuleFileError(f"{path}: rule file not found") from None
    except OSError as error:
        raise RuleFileError(f"{path}: cannot read rule file: {error.strerror or error}") from None
    except UnicodeDecodeError as error:
        raise RuleFileError(f"{path}: not UTF-8 ({error.reason} at byte {error.start})") from None
    except yaml.MarkedYAMLError as error:
        raise RuleFileError(f"{path}: invalid YAML {_yaml_problem(error)}") from None
    except yaml.YAMLError as error:
        raise RuleFileError(f"{path}: invalid YAML: {error}") from None
    except RecursionError:
        raise RuleFileError(f"{path}: invalid YAML: nested too deeply") from None


def _yaml_problem(error: yaml.MarkedYAMLError) -> str:
    """`at line L, column C: problem (context at line L2)` on one line."""
    mark = error.problem_mark or error.context_mark
    where = f"at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
    text = f"{where}: {error.problem or error.context}"
    if error.context and error.context_mark and error.problem:
        context = error.context_mark
        text += f" ({error.context} at line {context.line + 1}, column {context.column + 1})"
    return text


class _UniqueKeyLoader(yaml.SafeLoader):
    """yaml.SafeLoader that refuses a key given twice in one mapping (the
    plain loader silently keeps the last, hiding a typo or a bad merge)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict:
        seen: dict[Any, int] = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            line = key_node.start_mark.line + 1
            if isinstance(key, (str, int, float, bool)) and key in seen:
                raise RuleFileError(f"{self.name}: duplicate key {key!r} at line {line} "
                                    f"(first at line {seen[key]})")
            if isinstance(key, (str, int, float, bool)):
                seen[key] = line
        return super().construct_mapping(node, deep=deep)


def _kind(value: Any) -> str:
    if value is None:
        return "an empty file"
    return {list: "a list", str: "a string"}.get(type(value), type(value).__name__)


def _describe(path: Path, raw: dict, error: ValidationError) -> str:
    problems = []
    for item in error.errors():
        location = list(item["loc"])
        where = _entry_label(raw, location)
        field = ".".join(str(part) for part in location)
        problems.append(f"{path}: {where}field '{field}': {item['msg']}")
    return "\n".join(problems)


def _entry_label(raw: dict, location: list) -> str:
    if len(location) >= 2 and location[0] == "entries" and isinstance(location[1], int):
        entries = raw.get("entries") or []
        index = location[1]
        name = entries[index].get("name") if index < len(entries) and isinstance(entries[index], dict) else None
        return f"entry {name!r} (#{index}): " if name else f"entry #{index}: "
    return ""


def _check_unique_names(path: Path, entries: list[RuleEntry]) -> None:
    seen: set[str] = set()
    for entry in entries:
        if entry.name in seen:
            raise RuleFileError(f"{path}: entry {entry.name!r}: duplicate name")
        seen.add(entry.name)
