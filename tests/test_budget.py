"""Work done per article: counted per stage, linear in the article's length
and in the figures per sentence; long sentences cut; a time budget."""

from __future__ import annotations

import random
import re

import pytest

from extract import Extractor
from extract.budget import ArticleTimeout, WorkCounter
from extract.recognizers.numbers import NumberGrammar
from extract.rules import DEFAULT_RULES_DIR
from extract.spans import DisjointSpans
from extract.tokenize import MAX_SENTENCE_CHARS, split_sentences

from corpus_files import ARTICLES, read_text

CORPUS = "\n".join(read_text(path) for path in sorted(ARTICLES.glob("*.txt"))[:6])
MARKETS = ("Mỹ", "Trung Quốc", "Nhật Bản", "Hàn Quốc", "EU", "ASEAN", "Ấn Độ", "Anh", "Đức", "Úc")


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _market_list(size: int) -> str:
    """One sentence listing markets, each with a value and a change."""
    items = (f"sang thị trường {MARKETS[n % 10]} đạt {n % 97 + 1} triệu USD, tăng {n % 23 + 1}%"
             for n in range(size))
    return _repeat("Xuất khẩu " + ", ".join(items) + ".", size)


# Inputs that once were (or could be) superlinear in one stage, as a
# function of their length in characters.
SHAPES = {
    "corpus articles": lambda size: _repeat(CORPUS + "\n", size),
    "percent list in one sentence": lambda size: "tăng " + _repeat("5% ", size),
    "market list in one sentence": _market_list,
    "a line without punctuation": lambda size: _repeat(re.sub(r"[.!?;:,\n()\"“”]+", " ", CORPUS), size),
    "ambiguous country names in one sentence": lambda size: _repeat("cán bộ Hùng gặp Anh rồi gặp Đức ở Nghệ An ", size),
    "organization heads everywhere": lambda size: _repeat("Công ty Sở Bộ Ủy ban ", size),
    "a run of scale words": lambda size: "1 " + _repeat("tỷ ", size),
    "figures without a unit": lambda size: _repeat("5 tỷ ", size),
    "periods": lambda size: _repeat("tháng 5/2024, quý I/2024 và năm 2023 ", size),
}
STAGES = ("normalize", "sentences", "periods", "quantities", "entities")
BASE = 2500


@pytest.fixture(scope="module")
def pipeline() -> Extractor:
    return Extractor()


def _stage_counts(pipeline: Extractor, text: str) -> dict[str, int]:
    """The work of every stage before fact assembly (which counts its own)."""
    analysis, *_ = pipeline.mentions(text, "grow", counter=WorkCounter())
    assert analysis.sentences
    return analysis.counter.counts


@pytest.mark.parametrize("shape", SHAPES)
def test_budget_work_grows_linearly_with_the_input(pipeline, shape):
    """1x, 4x, 16x the text: every stage does 4x and 16x the work, give or take 25%."""
    counts = {factor: _stage_counts(pipeline, SHAPES[shape](BASE * factor)) for factor in (1, 4, 16)}
    for stage in STAGES:
        one = counts[1][stage]
        assert one > 0, f"{stage} counted no work"
        for factor in (4, 16):
            ratio = counts[factor][stage] / one
            assert 0.75 * factor <= ratio <= 1.25 * factor, \
                f"{shape}: {stage} did {ratio:.1f}x the work on {factor}x the text ({counts})"


ARTICLE = read_text(sorted(ARTICLES.glob("*.txt"))[0]) + "\n"
# Fact assembly's inputs, as a function of a repetition factor: whole
# articles (a part of the corpus would vary in how many figures it holds)
# and the list shapes, whose units repeat alike. A run of scale words and
# figures without a unit give fact assembly nothing to weigh.
FACT_SHAPES = {
    "an article": lambda factor: ARTICLE * factor,
    "the article as a line without punctuation": lambda factor: re.sub(r"[.!?;:,\n()\"“”]+", " ", ARTICLE) * factor,
    **{name: (lambda make: lambda factor: make(6000 * factor))(SHAPES[name])
       for name in ("percent list in one sentence", "market list in one sentence",
                    "ambiguous country names in one sentence", "organization heads everywhere", "periods")},
}


@pytest.mark.parametrize("shape", FACT_SHAPES)
def test_budget_fact_assembly_weighs_linearly_many_candidates(pipeline, shape):
    """Fact assembly counts the chunks it reads and the candidates each decision
    weighs: 4x and 16x the text, 4x and 16x the count, give or take 25% (a
    rescan of the sentence per figure made it grow with the square of the
    figures; sentences are cut at MAX_SENTENCE_CHARS)."""
    counts = {}
    for factor in (1, 4, 16):
        counter = WorkCounter()
        pipeline(FACT_SHAPES[shape](factor), doc_id="grow", counter=counter)
        counts[factor] = counter["facts"]
    assert counts[1] > 100, counts
    for factor in (4, 16):
        ratio = counts[factor] / counts[1]
        assert 0.75 * factor <= ratio <= 1.25 * factor, f"{shape}: facts did {ratio:.1f}x the work on {factor}x ({counts})"


def test_budget_counts_show_a_quadratic_lookup():
    """The counter sees what a quadratic rescan would cost: an ambiguous
    country name asks about the places of its sentence, and the sentence is
    read once, not once per name (before: a walk per name)."""
    from extract.recognizers.entities.candidates import Scan
    from extract.recognizers.entities.rulebook import RuleBook

    book = RuleBook.load(DEFAULT_RULES_DIR)
    text = _repeat("cán bộ Hùng gặp Anh rồi gặp Đức ở Nghệ An ", 20_000)
    scan = Scan(text, book)
    sentence = scan.sentence_around(19, 22)
    assert sentence == (0, len(text))
    before = scan.counter["entities"]
    first = scan.places_between(*sentence)
    walked = scan.counter["entities"] - before
    assert walked > 2000 and len(first) > 1000
    for start in first[:50]:
        assert scan.places_between(*scan.sentence_around(start, start + 3)) is first
    assert scan.counter["entities"] - before == walked


def test_budget_counter_with_a_deadline_stops_the_article(pipeline):
    counter = WorkCounter(seconds=1e-9)
    with pytest.raises(ArticleTimeout, match=r"over the time budget of 1e-09 s per article \(in normalize\)"):
        pipeline(read_text(ARTICLES / "d01_nghe_an.txt"), counter=counter)


def test_budget_extractor_reports_its_work(pipeline):
    counter = WorkCounter()
    text = read_text(ARTICLES / "d01_nghe_an.txt")
    pipeline(text, doc_id="d01", counter=counter)
    assert counter["normalize"] == len(text)
    assert all(counter[stage] >= len(text) for stage in STAGES), counter
    assert counter["facts"] > 0, counter


# ---------------------------------------------------------------- long sentences


def test_budget_long_sentence_is_cut_at_commas_never_inside_a_mention(pipeline):
    text = _market_list(20 * MAX_SENTENCE_CHARS)
    analysis, quantities, periods, entities = pipeline.mentions(text, "list")
    pieces = analysis.sentences
    assert len(pieces) >= 20 and all(len(p.text) <= MAX_SENTENCE_CHARS for p in pieces)
    assert all(text[p.start:p.end] == p.text for p in pieces)
    assert all(p.text.endswith(",") for p in pieces[:-1]), [p.text[-20:] for p in pieces]
    whole = {p.whole for p in pieces}
    assert len(whole) == 1 and None not in whole
    inside = [(m.text, p.end) for m in [*quantities, *periods, *entities] for p in pieces
              if m.start < p.end < m.end]
    assert inside == []


def test_budget_line_without_punctuation_is_cut_at_spaces_outside_mentions(pipeline):
    text = "Xuất khẩu " + " ".join(f"thị trường {MARKETS[n % 10]} đạt {n} triệu USD" for n in range(400))
    analysis, *groups = pipeline.mentions(text, "line")
    mentions = [mention for group in groups for mention in group]
    pieces = analysis.sentences
    assert len(pieces) >= 6
    for piece, following in zip(pieces, pieces[1:]):
        assert text[piece.end] == " " and following.start == piece.end + 1
        assert not any(m.start < piece.end < m.end for m in mentions)


def test_budget_text_without_spaces_is_cut_at_the_limit_keeping_marks():
    text = "Xua\u0302\u0301t" * 2000  # decomposed: a cut must not separate a letter from its marks
    pieces = split_sentences(text)
    assert "".join(p.text for p in pieces) == text
    assert all(not p.text[0] in "\u0302\u0301" for p in pieces)


def test_budget_document_warns_about_a_cut_sentence(pipeline):
    text = "Năm 2024, xuất khẩu tăng.\n" + "Kim ngạch " + ", ".join(["đạt 5 triệu USD"] * 300) + "."
    document = pipeline(text, doc_id="list")
    warnings = [w for w in document.warnings if w.check == "long_sentence"]
    start = text.index("Kim")
    assert [w.message for w in warnings] == [
        f"a sentence of {len(text) - start} characters ({start}..{len(text)}) is longer than 2000: "
        "read in 3 pieces cut at a comma, semicolon or space"]
    assert [w.check for w in pipeline(read_text(ARTICLES / "d01_nghe_an.txt")).warnings
            if w.check == "long_sentence"] == []


# ---------------------------------------------------------------- numbers and spans


def test_budget_run_of_scale_words_is_bounded_and_does_not_overflow(pipeline):
    """`tỷ` 120 000 times used to raise decimal.Overflow (and backtrack over the run)."""
    grammar = NumberGrammar(DEFAULT_RULES_DIR)
    text = "đạt 1 " + "tỷ " * 120_000 + "USD"
    longest = max(len(m.group()) for m in grammar.pattern.finditer(text))
    assert longest == len("1 tỷ tỷ tỷ")
    assert grammar.value("3 nghìn tỷ") == 3e12
    assert grammar.value("1 tỷ 136 triệu 500 nghìn") == 1_136_500_000
    document = pipeline(text, doc_id="ty")
    assert all(text[q.start:q.end] == q.text for q in document.quantities)


def test_budget_disjoint_spans_choose_as_a_sorted_list_would():
    random.seed(7)
    far = 10**12  # a sentence far into a text costs its own length, not its offset
    spans = [(far + start, far + start + random.randint(1, 30)) for start in random.choices(range(5000), k=3000)]
    chosen, naive = DisjointSpans(), []
    for start, end in spans:
        free = all(end <= s or e <= start for s, e in naive)
        assert chosen.claim(start, end) == free
        if free:
            naive.append((start, end))
