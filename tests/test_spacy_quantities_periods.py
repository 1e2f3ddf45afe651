"""The `vi_quantities` and `vi_periods` spaCy components on a Vietnamese Doc.

spaCy's Vietnamese tokenizer without pyvi splits on whitespace only, so a
span is expanded to whole tokens (`5/2024,`); the exact mention is in
`span._.value` (`text`, `start`, `end`), whose offsets index the Doc text.
"""

from __future__ import annotations

import pytest
import spacy


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    nlp.add_pipe("vi_quantities")
    nlp.add_pipe("vi_periods")
    return nlp


TEXT = ("Lũy kế đến hết tháng 5/2024, tỉnh Vĩnh Phúc có 472 dự án FDI với tổng vốn hơn 8,3 tỷ USD; "
        "kim ngạch xuất khẩu 5 tháng đầu năm 2024 tăng 63,4% so với cùng kỳ năm 2023.")


def test_spacy_quantities_spans_carry_values(nlp):
    doc = nlp(TEXT)
    assert [(s._.value["text"], s._.value["amount"], s._.value["unit"], s._.value["qualifier"], s.label_)
            for s in doc.spans["quantities"]] == [
        ("472 dự án", 472.0, "dự án", "exact", "QUANTITY"),
        ("hơn 8,3 tỷ USD", 8.3e9, "USD", "over", "MONEY"),
        ("63,4%", 63.4, "percent", "exact", "PERCENT"),
    ]


def test_spacy_periods_spans_carry_values(nlp):
    doc = nlp(TEXT)
    assert {s.label_ for s in doc.spans["periods"]} == {"DATE"}
    assert [(s._.value["text"], s._.value["kind"], s._.value["period"]) for s in doc.spans["periods"]] == [
        ("Lũy kế đến hết tháng 5/2024", "cutoff", {"start": "2024-01", "end": "2024-05", "cumulative": False}),
        ("5 tháng đầu năm 2024", "interval", {"start": "2024-01", "end": "2024-05", "cumulative": False}),
        ("cùng kỳ năm 2023", "comparison", {"start": "2023-01", "end": "2023-12", "cumulative": False}),
    ]


def test_spacy_spans_cover_their_mentions(nlp):
    doc = nlp(TEXT)
    for key in ("quantities", "periods"):
        for span in doc.spans[key]:
            mention = span._.value
            assert doc.text[mention["start"]:mention["end"]] == mention["text"]
            assert span.start_char <= mention["start"] < mention["end"] <= span.end_char
