"""Fact assembly holds mechanisms only: no Vietnamese word and no regex literal
in src/extract/facts/*.py (language knowledge lives in rules/). The scan is the
one the project's review tooling runs: string constants holding a Vietnamese
letter, and string literals handed to a regex call, docstrings excluded."""

from __future__ import annotations

import ast
from pathlib import Path

import regex

import extract.facts

FACTS = Path(extract.facts.__file__).parent
VIETNAMESE = regex.compile(r"[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]",
                           regex.IGNORECASE)
REGEX_CALLS = {"compile", "search", "match", "fullmatch", "sub", "subn", "findall", "finditer", "split"}


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def _regex_arguments(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and isinstance(node.func.value, ast.Name) and node.func.value.id in ("re", "regex") \
                and node.func.attr in REGEX_CALLS and node.args and isinstance(node.args[0], ast.Constant):
            found.add(id(node.args[0]))
    return found


def language_literals(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs, regexes = _docstrings(tree), _regex_arguments(tree)
    return [f"{path.name}:{node.lineno}: {node.value[:60]!r}" for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs
            and (VIETNAMESE.search(node.value) or id(node) in regexes)]


def test_facts_language_free_no_vietnamese_or_regex_literal_in_fact_assembly():
    found = [hit for path in sorted(FACTS.glob("*.py")) for hit in language_literals(path)]
    assert found == []


def test_facts_language_free_the_scan_finds_what_it_looks_for(tmp_path):
    planted = tmp_path / "planted.py"
    planted.write_text('"""Docstring: tăng trưởng is fine here."""\nimport re\nWORD = "tăng"\nP = re.compile(r"\\d+")\n',
                       encoding="utf-8")
    assert [hit.split(": ", 1)[1] for hit in language_literals(planted)] == ["'tăng'", "'\\\\d+'"]
