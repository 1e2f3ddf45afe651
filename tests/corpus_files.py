"""Paths of the bundled corpus and how to read it (as the spec reads it)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "corpus" / "articles"
GOLD = ROOT / "corpus" / "gold"


def read_text(path: Path) -> str:
    with open(path, encoding="utf-8", newline="") as handle:
        return handle.read()


def corpus_stems() -> list[str]:
    return sorted(path.stem for path in ARTICLES.glob("*.txt"))
