"""The issue-5 bar, scored on the gold corpora through the full pipeline.

corpus/gold (dev) must stay at strict F1 >= 0.85, relaxed F1 >= 0.92 and slot
accuracy >= 0.90 for status, change and qualifier; the seed inconsistencies
(003 caption VND vs body USD, 004 parts not adding up) must be warned about
and nothing else. The other sets are scored with a lower floor so that a
regression on unseen phrasing fails too.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_files import ROOT, read_text
from extract.evaluate import EvaluationReport, evaluate_documents
from extract.schema import Document

SETS = {"gold": (ROOT / "corpus", 0.85, 0.92),
        "facts_only": (ROOT / "corpus" / "facts_only", 0.80, 0.85),
        "holdout": (ROOT / "corpus" / "holdout", 0.80, 0.85),
        "extra": (ROOT / "corpus" / "extra", 0.80, 0.85),
        "blind": (ROOT / "corpus" / "blind", 0.80, 0.85),
        "blind2": (ROOT / "corpus" / "blind2", 0.80, 0.85),
        "blind3": (ROOT / "corpus" / "blind3", 0.80, 0.85)}


def _evaluate(extractor, corpus: Path) -> tuple[EvaluationReport, dict[str, Document]]:
    gold, pred = {}, {}
    for gold_path in sorted((corpus / "gold").glob("*.json")):
        stem = gold_path.stem
        gold[stem] = Document.model_validate_json(gold_path.read_text(encoding="utf-8"))
        pred[stem] = extractor(read_text(corpus / "articles" / f"{stem}.txt"), doc_id=stem)
    return evaluate_documents(gold, pred), pred


@pytest.fixture(scope="module")
def scores(extractor):
    return {name: _evaluate(extractor, corpus) for name, (corpus, _, _) in SETS.items()}


@pytest.mark.parametrize("name", list(SETS))
def test_facts_corpus_strict_and_relaxed_f1(scores, name):
    report, _ = scores[name]
    _, strict_floor, relaxed_floor = SETS[name]
    assert report.facts_strict.n_gold > 0, f"corpus set {name} has no gold facts"
    assert report.facts_strict.f1 >= strict_floor
    assert report.facts_relaxed.f1 >= relaxed_floor


@pytest.mark.parametrize("slot", ["status", "change", "qualifier"])
def test_facts_corpus_slot_accuracy(scores, slot):
    report, _ = scores["gold"]
    assert report.slots[slot] is not None and report.slots[slot] >= 0.90


def test_facts_corpus_warnings_only_for_the_seed_inconsistencies(scores):
    _, documents = scores["gold"]
    warned = {stem: [w.check for w in d.warnings] for stem, d in documents.items() if d.warnings}
    assert warned == {"003_477b593c94134613": ["unit_mismatch"], "004_8c64a996ae93711d": ["parts_exceed_total"]}
