"""The gold sets of the corpus, as corpus/sets.yaml lists them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from corpus_files import ROOT


@dataclass(frozen=True)
class GoldSetInfo:
    name: str
    path: Path
    script: str | None
    floor: tuple[float, float] | None
    held: bool

    @property
    def stems(self) -> list[str]:
        return sorted(p.stem for p in (self.path / "gold").glob("*.json"))


def corpus_sets() -> list[GoldSetInfo]:
    raw = yaml.safe_load((ROOT / "corpus" / "sets.yaml").read_text(encoding="utf-8"))["sets"]
    return [GoldSetInfo(s["name"], ROOT / s["path"], s.get("script"), tuple(s["floor"]) if s.get("floor") else None,
                        bool(s.get("held"))) for s in raw]


SETS = {s.name: s for s in corpus_sets()}
SCORED = [s for s in SETS.values() if not s.held]
