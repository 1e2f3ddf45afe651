"""Paths of the bundled corpus and how to read it (as the spec reads it)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "corpus" / "articles"
GOLD = ROOT / "corpus" / "gold"


def read_text(path: Path) -> str:
    with open(path, encoding="utf-8", newline="") as handle:
        return handle.read()


def corpus_stems() -> list[str]:
    return sorted(path.stem for path in ARTICLES.glob("*.txt"))


def load_build_script(name: str):
    """A scripts/build_*_gold.py module, loaded once."""
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module  # dataclasses look their module up while it loads
        spec.loader.exec_module(module)
    return sys.modules[name]
