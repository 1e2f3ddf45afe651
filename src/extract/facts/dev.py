"""A development harness for fact assembly.

Runs the fact assembler on a corpus with the GOLD quantities and entities (so
fact errors are not blurred by recognizer errors) or, with `--real`, with the
real recognizers, and scores the facts with `extract.evaluate`:

    python -m extract.facts.dev [--real] [--errors] [--corpus DIR] [STEM ...]

It also offers `demo_article` and `demo_facts` for the docstring examples.
"""

from __future__ import annotations

import argparse
import json
import sys
from functools import lru_cache
from pathlib import Path

from ..analysis import Analysis
from ..evaluate import evaluate_documents
from ..schema import Document, Entity, Fact, Quantity
from .article import Article
from .lexicon import DEFAULT_RULES_DIR, FactRules

CORPUS = DEFAULT_RULES_DIR.parent / "corpus"


def demo_article(text: str) -> Article:
    """An Article of `text` with no mentions, for examples of the slot readers."""
    return Article(Analysis.of(text, "demo"), FactRules.load(DEFAULT_RULES_DIR), [], [], [])


def demo_facts(text: str) -> list[Fact]:
    """The facts the full pipeline finds in `text`."""
    return _extractor()(text, doc_id="demo").facts


@lru_cache(maxsize=1)
def _extractor():
    from ..pipeline import Extractor

    return Extractor()


def _read(path: Path) -> str:
    with open(path, encoding="utf-8", newline="") as handle:
        return handle.read()


def predict(corpus: Path, stem: str, real: bool) -> Document:
    """The Document of one article, its facts built on gold or real mentions."""
    text = _read(corpus / "articles" / f"{stem}.txt")
    extractor = _extractor()
    if real:
        return extractor(text, doc_id=stem)
    gold = json.loads((corpus / "gold" / f"{stem}.json").read_text(encoding="utf-8"))
    # Gold offsets index the original text; the corpus texts need no
    # normalization, so they index the analysis text too.
    analysis = Analysis.of(text, stem)
    quantities = [Quantity(**q) for q in gold["quantities"]]
    entities = [Entity(**e) for e in gold["entities"]]
    facts, warnings = extractor.assemble(analysis, quantities, extractor.periods(analysis), entities)
    return Document(doc_id=stem, quantities=quantities, entities=entities, facts=facts, warnings=warnings)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("stems", nargs="*")
    parser.add_argument("--real", action="store_true", help="use the real recognizers")
    parser.add_argument("--errors", action="store_true", help="list every missed and spurious fact")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="a directory with articles/ and gold/")
    args = parser.parse_args(argv)
    stems = args.stems or sorted(p.stem for p in (args.corpus / "gold").glob("*.json"))
    gold = {stem: Document.model_validate_json((args.corpus / "gold" / f"{stem}.json").read_text("utf-8"))
            for stem in stems}
    pred = {stem: predict(args.corpus, stem, args.real) for stem in stems}
    texts = {stem: _read(args.corpus / "articles" / f"{stem}.txt") for stem in stems}
    report = evaluate_documents(gold, pred, texts)
    print(report.format_text())
    if args.errors:
        print(report.format_errors())
    for stem, document in pred.items():
        for warning in document.warnings:
            print(f"{stem} warning {warning.check}: {warning.message}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
