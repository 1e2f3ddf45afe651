"""Every gold set in corpus/: loads through the schema, is grounded in its
articles, and (for our own sets) is exactly what its build script makes.

Set-specific checks of the build scripts' validators live in
test_extra_gold.py and test_holdout_gold.py.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corpus_files import ROOT, load_build_script, read_text
from extract.schema import Document

# set name -> (directory with articles/ and gold/, build script or None, at least N facts an article)
SETS = {
    "gold": (ROOT / "corpus", None, 1),
    "extra": (ROOT / "corpus" / "extra", "build_extra_gold", 5),
    "holdout": (ROOT / "corpus" / "holdout", "build_holdout_gold", 5),
    "blind": (ROOT / "corpus" / "blind", "build_blind_gold", 5),
    "blind2": (ROOT / "corpus" / "blind2", "build_blind2_gold", 5),
    "blind3": (ROOT / "corpus" / "blind3", "build_blind3_gold", 5),
    "facts_only": (ROOT / "corpus" / "facts_only", None, 1),
}
ARTICLES = [(name, path.stem) for name, (folder, _, _) in SETS.items()
            for path in sorted((folder / "gold").glob("*.json"))]


def _paths(name: str, stem: str) -> tuple[Path, Path]:
    folder = SETS[name][0]
    return folder / "articles" / f"{stem}.txt", folder / "gold" / f"{stem}.json"


@pytest.mark.parametrize("name, stem", ARTICLES)
def test_corpus_gold_is_a_valid_document_grounded_in_its_article(name, stem):
    article, gold_path = _paths(name, stem)
    text, raw = read_text(article), json.loads(read_text(gold_path))
    document = Document.model_validate(raw)
    assert document.doc_id == stem
    for mention in document.quantities + document.entities:
        assert text[mention.start:mention.end] == mention.text
    for fact in document.facts:
        evidence = text[fact.evidence.start:fact.evidence.end]
        assert evidence and evidence == evidence.strip(), fact.evidence
    assert len(document.facts) >= SETS[name][2]


@pytest.mark.parametrize("name", [name for name, (_, script, _) in SETS.items() if script])
def test_corpus_gold_files_pass_their_validator_and_are_what_their_build_script_makes(name):
    assert load_build_script(SETS[name][1]).validate_written() == []
