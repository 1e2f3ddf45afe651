import datetime as dt
import json
import subprocess
import sys

import pytest

from extract import Document, extract
from extract.analysis import parse_date_line

from corpus_files import ARTICLES, GOLD, ROOT, corpus_stems


def test_pipeline_extract_returns_a_valid_document():
    text = "Năm 2024, kim ngạch xuất khẩu của tỉnh Bình Dương ước đạt 34,5 tỷ USD."
    document = extract(text, doc_id="vd")
    assert isinstance(document, Document)
    assert document.doc_id == "vd"
    Document.model_validate_json(document.to_json())


@pytest.mark.parametrize("stem", corpus_stems())
def test_pipeline_spans_index_the_original_text(stem, corpus_texts, extractor):
    text = corpus_texts[stem]
    document = extractor(text, doc_id=stem)
    for mention in [*document.quantities, *document.entities, *document.periods]:
        assert text[mention.start:mention.end] == mention.text
    for fact in document.facts:
        assert 0 <= fact.evidence.start < fact.evidence.end <= len(text)


def test_pipeline_output_is_deterministic(corpus_texts, extractor):
    text = corpus_texts["003_477b593c94134613"]
    assert extractor(text, doc_id="a").to_json() == extractor(text, doc_id="a").to_json()


def test_pipeline_date_line_wins_over_the_date_passed_in():
    text = " date 2025-11-01 Bằng việc đẩy mạnh sản xuất xanh, Thanh Hóa tăng tốc."
    assert parse_date_line(text) == dt.date(2025, 11, 1)
    document = extract(text, doc_id="d", date="2020-01-01")
    assert document.date == "2025-11-01"
    assert extract("Không có dòng ngày.", date="2024-03-05").date == "2024-03-05"
    assert extract("Không có dòng ngày.").date is None


def _run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "extract.cli", *args], capture_output=True,
                          text=True, cwd=ROOT, timeout=600)


def test_pipeline_cli_run_writes_one_valid_file_per_article(tmp_path):
    result = _run_cli("run", str(ARTICLES), "-o", str(tmp_path))
    assert result.returncode == 0, result.stderr
    written = sorted(p.stem for p in tmp_path.glob("*.json") if not p.name.startswith("_"))
    assert written == corpus_stems()
    for path in tmp_path.glob("[!_]*.json"):
        assert Document.model_validate_json(path.read_text(encoding="utf-8")).doc_id == path.stem


def test_pipeline_cli_eval_of_gold_against_itself_is_perfect():
    result = _run_cli("eval", "--gold", str(GOLD), "--pred", str(GOLD), "--json")
    assert result.returncode == 0, result.stderr
    scores = json.loads(result.stdout)
    for key in ("strict", "relaxed"):
        assert scores["facts"][key]["f1"] == 1.0
    assert scores["quantities"]["exact"]["f1"] == 1.0
    assert scores["entities"]["micro"]["f1"] == 1.0
    assert all(value == 1.0 for value in scores["slots"].values())


def test_pipeline_cli_schema_prints_the_document_schema():
    result = _run_cli("schema")
    assert result.returncode == 0
    assert json.loads(result.stdout)["title"] == "Document"
