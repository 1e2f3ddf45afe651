"""Score every gold set of corpus/sets.yaml and print the figures of its first
run beside today's: facts strict and relaxed F1, quantities exact F1,
entities micro F1 (`make eval-real` runs it on the real-pages sets).

Usage (from the repository root):

    .venv/bin/python scripts/eval_sets.py                 # every scored set
    .venv/bin/python scripts/eval_sets.py real1 real2     # some sets
    .venv/bin/python scripts/eval_sets.py --real          # the sets written from news pages
    .venv/bin/python scripts/eval_sets.py --held          # also the held-back set (its first run)
    .venv/bin/python scripts/eval_sets.py --json out.json # the figures, machine-readable
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def read_text(path: Path) -> str:
    with open(path, encoding="utf-8", newline="") as handle:
        return handle.read()


def score_set(extractor, folder: Path):
    """The evaluation report of the extractor on one set (articles/ and gold/)."""
    from extract.evaluate import evaluate_documents
    from extract.schema import Document

    gold, pred = {}, {}
    for path in sorted((folder / "gold").glob("*.json")):
        gold[path.stem] = Document.model_validate_json(read_text(path))
        pred[path.stem] = extractor(read_text(folder / "articles" / f"{path.stem}.txt"), doc_id=path.stem)
    return evaluate_documents(gold, pred), len(gold)


def _cell(value) -> str:
    return f"{value:.3f}" if isinstance(value, (int, float)) else "  -  "


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="set names (default: every scored set)")
    parser.add_argument("--real", action="store_true", help="only the sets written from news pages")
    parser.add_argument("--held", action="store_true", help="also score the held-back set")
    parser.add_argument("--json", type=Path, help="write the figures to this file")
    args = parser.parse_args(argv)

    from extract import Extractor

    sets = yaml.safe_load(read_text(ROOT / "corpus" / "sets.yaml"))["sets"]
    chosen = [s for s in sets if (not args.names or s["name"] in args.names)
              and (not args.real or s["name"].startswith("real")) and (args.held or not s.get("held"))]
    extractor = Extractor()
    rows = []
    print(f"{'set':12} {'art.':>4} {'facts':>5} | {'first strict':>12} {'relaxed':>7} | "
          f"{'now strict':>10} {'relaxed':>7} {'quant.':>7} {'entit.':>7}")
    for entry in chosen:
        report, articles = score_set(extractor, ROOT / entry["path"])
        first = entry.get("first_run") or {}
        row = {"set": entry["name"], "articles": articles, "facts": report.facts_strict.n_gold,
               "first_run": first, "strict": report.facts_strict.f1, "relaxed": report.facts_relaxed.f1,
               # a facts-only set has no quantity or entity gold to score
               "quantities": report.quantities_exact.f1 if report.quantities_exact.n_gold else None,
               "entities": report.entities_micro.f1 if report.entities_micro.n_gold else None}
        rows.append(row)
        print(f"{entry['name']:12} {articles:4} {row['facts']:5} | {_cell(first.get('strict')):>12} "
              f"{_cell(first.get('relaxed')):>7} | {_cell(row['strict']):>10} {_cell(row['relaxed']):>7} "
              f"{_cell(row['quantities']):>7} {_cell(row['entities']):>7}")
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
