"""PeriodRecognizer on real sentences: kinds, dates, comparisons, offsets."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.analysis import Analysis
from extract.recognizers.periods import PeriodRecognizer
from extract.rules import DEFAULT_RULES_DIR, RuleFileError


@pytest.fixture(scope="module")
def recognize() -> PeriodRecognizer:
    return PeriodRecognizer(DEFAULT_RULES_DIR)


def _summary(mentions) -> list[tuple]:
    return [(m.text, m.kind, m.period and (m.period.start, m.period.end, m.period.cumulative))
            for m in mentions]


def test_periods_sentence_with_main_period_and_comparison(recognize):
    text = "Lũy kế 5 tháng đầu năm 2021, xuất khẩu đạt 574,7 triệu USD, tăng 47,2% so với cùng kỳ năm 2020."
    assert _summary(recognize(Analysis.of(text, "t"))) == [
        ("5 tháng đầu năm 2021", "interval", ("2021-01", "2021-05", False)),
        ("cùng kỳ năm 2020", "comparison", ("2020-01", "2020-12", False)),
    ]


def test_periods_base_figure_period_is_a_comparison(recognize):
    text = "Quý I/2024 đạt 50 triệu USD, vượt xa con số 35,4 triệu USD của quý I/2023."
    mentions = recognize(Analysis.of(text, "t"))
    assert [(m.text, m.comparison) for m in mentions] == [("Quý I/2024", False), ("quý I/2023", True)]


@pytest.mark.parametrize(("date", "expected"), [
    (None, [("năm nay", "interval", None), ("năm ngoái", "comparison", None), ("Hiện", "current", None)]),
    (dt.date(2025, 11, 1), [("năm nay", "interval", ("2025-01", "2025-12", False)),
                            ("năm ngoái", "comparison", ("2024-01", "2024-12", False)),
                            ("Hiện", "current", (None, "2025-11", True))]),
])
def test_periods_relative_phrases_need_the_article_date(recognize, date, expected):
    text = "Xuất khẩu năm nay dự kiến tăng 10% so với năm ngoái. Hiện toàn tỉnh có 17 dự án."
    mentions = recognize(Analysis.of(text, "t", date))
    assert _summary(mentions) == expected
    assert all(m.relative for m in mentions)


def test_periods_date_line_of_the_article_wins(recognize):
    text = "date 2023-11-25\nTính đến nay, thành phố có 40 dự án. Ngày 25/11, lãnh đạo thành phố trao giấy."
    assert _summary(recognize(Analysis.of(text, "t", dt.date(2020, 1, 1)))) == [
        ("Tính đến nay", "current", (None, "2023-11", True)),  # spec v1.4: a cumulative total at the date
        ("Ngày 25/11", "day", None),
    ]


@pytest.mark.parametrize(("text", "kind", "cutoff"), [
    ("Lũy kế đến hết năm 2024, trên địa bàn tỉnh có 1.326 dự án", "cutoff", True),
    ("phấn đấu đến năm 2025, giá trị sản xuất công nghiệp đạt 450 nghìn tỷ đồng", "target_year", False),
    ("dự kiến hoạt động đầu năm 2025", "vague", False),
])
def test_periods_kind_and_cutoff_flag(recognize, text, kind, cutoff):
    [mention] = recognize(Analysis.of(text, "t"))
    assert (mention.kind, mention.cutoff) == (kind, cutoff)


def test_periods_sorted_and_offsets_index_the_text(recognize, corpus_texts):
    for stem, text in corpus_texts.items():
        analysis = Analysis.of(text, stem)
        mentions = recognize(analysis)
        assert [m.start for m in mentions] == sorted(m.start for m in mentions)
        assert all(analysis.text[m.start:m.end] == m.text for m in mentions)
        assert all(a.end <= b.start for a, b in zip(mentions, mentions[1:]))


def test_periods_unknown_bound_reference_names_file_and_entry(tmp_path):
    shutil.copy(DEFAULT_RULES_DIR / "numbers.yaml", tmp_path)
    (tmp_path / "periods.yaml").write_text(
        "entries:\n  - name: year\n    kind: interval\n    pattern: 'năm {year}'\n"
        "    start: {year: year, month: first}\n    end: {year: year, month: 12}\n",
        encoding="utf-8")
    with pytest.raises(RuleFileError, match=r"periods\.yaml: entry 'year' \(#0\): field 'entries\.0\.start\.month"):
        PeriodRecognizer(tmp_path)


FRAGMENTS = ["năm ", "2024", "2021", "–", "-", "/", "tháng ", "5", "12", "13", "quý ", "IV", "hai ", "đầu ",
             "cuối ", "lũy kế ", "tính ", "đến ", "hết ", "nay", "từ ", "ngày ", "so với ", "cùng kỳ ", "hiện ",
             "trước", "ngoái", " ", ",", "\n", "luỹ kế "]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=12), st.sampled_from([None, dt.date(2024, 1, 15)]))
def test_periods_random_phrases_give_well_formed_mentions(recognize, pieces, date):
    analysis = Analysis.of("".join(pieces), "t", date)
    mentions = recognize(analysis)
    for mention in mentions:
        assert analysis.text[mention.start:mention.end] == mention.text
        period = mention.period
        assert period is None or period.start is None or period.start <= period.end
    assert all(a.end <= b.start for a, b in zip(mentions, mentions[1:]))


def test_periods_scan_belongs_to_its_text(recognize):
    """A scan is made per article and handed on; the recognizer keeps none."""
    first = "Năm 2023 doanh nghiệp xuất khẩu 120 triệu USD."
    second = "Trong quý II/2024, có 12 dự án mới."
    scan = recognize.scan(first)
    assert scan.spans() == [(0, 8)] and recognize.scan(second).spans() == [(6, 17)]
    assert scan.spans(20) == [] and scan.spans(0, 4) == [(0, 8)]
    assert [m.text for m in recognize(Analysis.of(second, "t"))] == ["quý II/2024"]
    assert [m.text for m in recognize(Analysis.of(first, "t"), scan)] == ["Năm 2023"]
    assert not hasattr(recognize, "_last")


def test_periods_shared_with_the_quantity_recognizer_change_nothing():
    """The pipeline hands its PeriodRecognizer to the quantities: same quantities."""
    from extract.recognizers.quantities import QuantityRecognizer

    shared = PeriodRecognizer(DEFAULT_RULES_DIR)
    text = ("Năm 2023 doanh nghiệp xuất khẩu 120 triệu USD; quý II/2024 đạt 35 triệu USD, "
            "tháng 5 năm 2024 có 12 dự án, 2024 dự án khác đến năm 2025.")
    analysis = Analysis.of(text, "t")
    alone = QuantityRecognizer(DEFAULT_RULES_DIR)(analysis)
    shared_periods_first = (shared(analysis), QuantityRecognizer(DEFAULT_RULES_DIR, periods=shared)(analysis))
    assert [q.text for q in alone] == [q.text for q in shared_periods_first[1]]
    assert "120 triệu USD" in [q.text for q in alone] and "2024 dự án" in [q.text for q in alone]


def test_periods_yearless_phrase_without_a_date_takes_the_year_stated_before(recognize):
    """`Cũng trong 10 tháng` after `10 tháng năm 2023` is 2023; comparisons and
    relative phrases (`năm nay`) lend no year, and a dateless headline stays unresolved."""
    text = ("Xuất khẩu 10 tháng năm 2023 đạt 755 triệu USD, giảm so với cùng kỳ năm 2022. "
            "Cũng trong 10 tháng, toàn tỉnh có 612 doanh nghiệp; quý III có 150 doanh nghiệp. Năm nay tỉnh phấn đấu.")
    assert [(m.text, m.period and (m.period.start, m.period.end)) for m in recognize.find(text, None)] == [
        ("10 tháng năm 2023", ("2023-01", "2023-10")), ("cùng kỳ năm 2022", ("2022-01", "2022-12")),
        ("10 tháng", ("2023-01", "2023-10")), ("quý III", ("2023-07", "2023-09")), ("Năm nay", None)]
    assert recognize.find("Kim ngạch xuất khẩu 5 tháng tăng 22%", None)[0].period is None


@pytest.mark.parametrize("text", ["cao hơn mức tăng 6,52% của quý I/2024.", "cao hơn mức tăng 6,52 % của quý I/2024.",
                                  "vượt xa con số 35,4 triệu USD của quý I/2024."])
def test_periods_period_of_a_base_figure_is_a_comparison(recognize, text):
    (mention,) = recognize.find(text, None)
    assert (mention.text, mention.comparison, mention.cue) == ("quý I/2024", True, "base_figure_of")
