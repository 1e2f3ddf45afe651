"""The issue-5 bar, scored on the gold corpora through the full pipeline.

corpus/gold (dev) must stay at strict F1 >= 0.85, relaxed F1 >= 0.92 and slot
accuracy >= 0.90 for status, change and qualifier; the seed inconsistencies
(003 caption VND vs body USD, 004 parts not adding up) must be warned about
and nothing else. The held-out sets are scored with a lower floor so that a
regression on unseen phrasing fails too.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corpus_files import ROOT, read_text
from extract.facts.dev import SLOTS, pair, relaxed, strict
from extract.schema import Fact

SETS = {"gold": (ROOT / "corpus", 0.85, 0.92),
        "heldout": (ROOT / "corpus" / "heldout", 0.80, 0.85),
        "holdout": (ROOT / "corpus" / "holdout", 0.80, 0.85),
        "extra": (ROOT / "corpus" / "extra", 0.80, 0.85)}


def _f1(hits: int, n_gold: int, n_pred: int) -> float:
    p, r = hits / max(n_pred, 1), hits / max(n_gold, 1)
    return 2 * p * r / (p + r) if p + r else 0.0


def _run(extractor, corpus: Path) -> dict:
    result = {"gold": 0, "pred": 0, "strict": 0, "relaxed": 0, "slots": {k: [0, 0] for k in SLOTS}, "warnings": {}}
    for gold_path in sorted((corpus / "gold").glob("*.json")):
        gold = [Fact(**f) for f in json.loads(gold_path.read_text(encoding="utf-8"))["facts"]]
        document = extractor(read_text(corpus / "articles" / f"{gold_path.stem}.txt"), doc_id=gold_path.stem)
        pred = document.facts
        pairs = pair(gold, pred, strict)
        result["gold"] += len(gold)
        result["pred"] += len(pred)
        result["strict"] += len(pairs)
        result["relaxed"] += len(pair(gold, pred, relaxed))
        for i, j in pairs:
            for name, get in SLOTS.items():
                result["slots"][name][0] += get(gold[i]) == get(pred[j])
                result["slots"][name][1] += 1
        result["warnings"][gold_path.stem] = [w.check for w in document.warnings]
    return result


@pytest.fixture(scope="module")
def scores(extractor):
    return {name: _run(extractor, corpus) for name, (corpus, _, _) in SETS.items() if (corpus / "gold").is_dir()}


@pytest.mark.parametrize("name", list(SETS))
def test_facts_corpus_strict_and_relaxed_f1(scores, name):
    if name not in scores:
        pytest.fail(f"corpus set {name} is missing")
    s, (_, strict_floor, relaxed_floor) = scores[name], SETS[name]
    assert _f1(s["strict"], s["gold"], s["pred"]) >= strict_floor
    assert _f1(s["relaxed"], s["gold"], s["pred"]) >= relaxed_floor


@pytest.mark.parametrize("slot", ["status", "change", "qualifier"])
def test_facts_corpus_slot_accuracy(scores, slot):
    hits, total = scores["gold"]["slots"][slot]
    assert total and hits / total >= 0.90


def test_facts_corpus_warnings_only_for_the_seed_inconsistencies(scores):
    warned = {stem: checks for stem, checks in scores["gold"]["warnings"].items() if checks}
    assert warned == {"003_477b593c94134613": ["unit_mismatch"], "004_8c64a996ae93711d": ["parts_exceed_total"]}
