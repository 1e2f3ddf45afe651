"""The components behave like spaCy's own: labelled spans and `doc.ents`,
plain-data extensions that serialize, multiprocessing, saving and loading."""

from __future__ import annotations

import shutil

import pytest
import spacy
from spacy.tokens import Doc, DocBin

from extract import extract
from extract.rules import DEFAULT_RULES_DIR, RuleFileError

from corpus_files import ARTICLES, ROOT, corpus_stems, read_text

TEXT = ("Năm 2024, kim ngạch xuất khẩu của tỉnh Bình Dương ước đạt 34,5 tỷ USD, tăng 13% so với năm 2023. "
        "Theo Sở Công Thương tỉnh Bình Dương, xuất khẩu sang Hoa Kỳ đạt 472 triệu USD; tỉnh có 12 khu công nghiệp.")


@pytest.fixture(scope="module")
def nlp(spacy_pipeline):
    return spacy_pipeline


def output(doc: Doc) -> dict:
    """Everything the components set, as comparable plain data."""
    return {
        "ents": [(e.start_char, e.end_char, e.label_, e._.value) for e in doc.ents],
        "spans": {key: [(s.start_char, s.end_char, s.label_, s._.value) for s in doc.spans[key]]
                  for key in ("quantities", "periods", "entities")},
        "facts": doc._.facts, "warnings": doc._.warnings,
    }


def test_spacy_spans_carry_spacy_labels(nlp):
    doc = nlp(TEXT)
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Năm 2024", "DATE"), ("Bình Dương", "PROVINCE"), ("34,5 tỷ USD", "MONEY"), ("13%", "PERCENT"),
        ("năm 2023", "DATE"), ("Sở Công Thương tỉnh Bình Dương", "ORG"), ("Hoa Kỳ", "COUNTRY"),
        ("472 triệu USD", "MONEY"), ("12 khu công nghiệp", "QUANTITY"),
    ]


def test_spacy_ents_do_not_overlap_and_nested_provinces_stay_in_their_group(nlp):
    doc = nlp(TEXT)
    ends = [(e.start, e.end) for e in doc.ents]
    assert all(end <= next_start for (_, end), (next_start, _) in zip(ends, ends[1:]))
    entities = [(s.text, s.label_) for s in doc.spans["entities"]]
    assert entities.count(("Bình Dương", "PROVINCE")) == 2  # one inside the ORG, not in doc.ents
    assert [e.text for e in doc.ents].count("Bình Dương") == 1


def test_spacy_doc_to_bytes_keeps_spans_values_and_facts(nlp):
    doc = nlp(TEXT)
    restored = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert output(restored) == output(doc)
    assert restored._.facts[0]["metric"] == "export_value"


def test_spacy_docbin_with_user_data_round_trips(nlp, tmp_path):
    docs = [nlp(TEXT), nlp(read_text(ARTICLES / "d01_nghe_an.txt"))]
    store = DocBin(store_user_data=True, docs=docs)
    store.to_disk(tmp_path / "docs.spacy")
    restored = list(DocBin().from_disk(tmp_path / "docs.spacy").get_docs(nlp.vocab))
    # DocBin reads user data back with tuples for lists (spaCy's msgpack setting)
    assert [_lists(output(doc)) for doc in restored] == [_lists(output(doc)) for doc in docs]
    assert len(restored[1]._.facts) == len(docs[1]._.facts) > 5


def _lists(data):
    if isinstance(data, dict):
        return {key: _lists(value) for key, value in data.items()}
    return [_lists(item) for item in data] if isinstance(data, (list, tuple)) else data


def test_spacy_pipe_with_two_processes_gives_the_single_process_output(nlp):
    texts = [read_text(ARTICLES / f"{stem}.txt") for stem in corpus_stems()[:4]]
    assert [output(doc) for doc in nlp.pipe(texts, n_process=2, batch_size=1)] == \
        [output(nlp(text)) for text in texts]


def test_spacy_saved_pipeline_loads_with_spacy_load_and_gives_the_same_output(nlp, tmp_path):
    nlp.to_disk(tmp_path / "pipeline")
    for name in ("vi_quantities", "vi_periods", "vi_entities", "vi_facts"):
        saved = sorted(p.name for p in (tmp_path / "pipeline" / name / "rules").glob("*.yaml"))
        assert saved == sorted(p.name for p in DEFAULT_RULES_DIR.glob("*.yaml"))
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.pipe_names == nlp.pipe_names
    assert loaded.get_pipe("vi_entities").rules_dir == tmp_path / "pipeline" / "vi_entities" / "rules"
    text = read_text(ARTICLES / "d01_nghe_an.txt")
    assert output(loaded(text)) == output(nlp(text))


def test_spacy_saved_pipeline_reads_its_own_rules(nlp, tmp_path):
    """The saved rules, not the installed ones: a saved pipeline missing one says which."""
    nlp.to_disk(tmp_path / "pipeline")
    (tmp_path / "pipeline" / "vi_periods" / "rules" / "periods.yaml").unlink()
    with pytest.raises(RuleFileError, match=r"vi_periods/rules/periods.yaml: rule file not found"):
        spacy.load(tmp_path / "pipeline")


@pytest.mark.parametrize("stem", corpus_stems())
def test_spacy_pipeline_gives_the_library_document(nlp, stem):
    text = read_text(ARTICLES / f"{stem}.txt")
    doc, library = nlp(text), extract(text)
    for key in ("quantities", "periods", "entities"):
        assert [s._.value for s in doc.spans[key]] == \
            [m.model_dump(mode="json") for m in getattr(library, key)], key
    assert doc._.facts == [fact.model_dump(mode="json") for fact in library.facts]
    assert doc._.warnings == [warning.model_dump(mode="json") for warning in library.warnings]


@pytest.mark.parametrize("name", ["nfd.txt", "html.txt", "crlf.txt", "old_tones.txt"])
def test_spacy_pipeline_on_dirty_input_gives_the_library_facts(nlp, name):
    text = read_text(ROOT / "tests" / "data" / "robustness" / name)
    doc, library = nlp(text), extract(text)
    assert doc._.facts == [fact.model_dump(mode="json") for fact in library.facts]
    assert len(doc._.facts) > 0
    for span in doc.ents:
        assert text[span._.value["start"]:span._.value["end"]] == span._.value["text"]


def test_spacy_to_disk_of_a_custom_rules_dir_saves_those_rules(tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(DEFAULT_RULES_DIR, rules)
    with open(rules / "hedges.yaml", "a", encoding="utf-8") as hedges:
        hedges.write("# a rules directory of one's own\n")
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": "extract.vi_syllables"}}})
    nlp.add_pipe("vi_quantities", config={"rules_dir": str(rules)})
    nlp.to_disk(tmp_path / "pipeline")
    saved = tmp_path / "pipeline" / "vi_quantities" / "rules"
    assert (saved / "hedges.yaml").read_bytes() == (rules / "hedges.yaml").read_bytes()
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.get_pipe("vi_quantities").rules_dir == saved
    assert [(s.text, s.label_) for s in loaded("đạt hơn 8,3 tỷ USD").ents] == [("hơn 8,3 tỷ USD", "MONEY")]


@pytest.mark.parametrize("header", ["location Long An\n", "date 2025-11-01\nlocation Xứ Sở Thần Tiên\n"])
def test_spacy_pipeline_reads_header_lines_as_the_library_does(nlp, header):
    text = header + "Kim ngạch xuất khẩu của tỉnh năm nay ước đạt 3 tỷ USD, tăng 12%."
    doc, library = nlp(text), extract(text)
    assert all(span.start_char >= len(header) for span in doc.ents)  # the header is no mention
    assert doc._.facts == [fact.model_dump(mode="json") for fact in library.facts] != []
    assert doc._.warnings == [warning.model_dump(mode="json") for warning in library.warnings]
