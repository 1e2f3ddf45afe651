"""Every gold set in corpus/ (corpus/sets.yaml): loads through the schema, is
grounded in its articles, and (for our own sets) is exactly what its build
script makes and passes the annotation kit's checks."""

from __future__ import annotations

import json

import pytest

from corpus_files import ROOT, load_build_script, read_text
from corpus_sets import SETS
from extract.schema import Document

ARTICLES = [(s.name, stem) for s in SETS.values() for stem in s.stems]


def test_corpus_gold_every_set_directory_is_listed():
    listed = {s.path for s in SETS.values()}
    on_disk = {p.parent.parent for p in (ROOT / "corpus").glob("*/gold/*.json")} | {ROOT / "corpus"}
    assert on_disk <= listed


@pytest.mark.parametrize("name, stem", ARTICLES)
def test_corpus_gold_is_a_valid_document_grounded_in_its_article(name, stem):
    folder = SETS[name].path
    text = read_text(folder / "articles" / f"{stem}.txt")
    document = Document.model_validate(json.loads(read_text(folder / "gold" / f"{stem}.json")))
    assert document.doc_id == stem
    for mention in document.quantities + document.entities:
        assert text[mention.start:mention.end] == mention.text
    for fact in document.facts:
        evidence = text[fact.evidence.start:fact.evidence.end]
        assert evidence and evidence == evidence.strip(), fact.evidence
    assert document.facts


@pytest.mark.parametrize("name", [s.name for s in SETS.values() if s.script])
def test_corpus_gold_files_pass_their_validator_and_are_what_their_build_script_makes(name):
    assert load_build_script(SETS[name].script).GOLD_SET.validate_written() == []


@pytest.mark.parametrize("name", [s.name for s in SETS.values() if s.name.startswith("real")])
def test_corpus_gold_real_sets_record_their_sources(name):
    sources = read_text(SETS[name].path / "SOURCES.md")
    assert [stem for stem in SETS[name].stems if stem not in sources] == []
