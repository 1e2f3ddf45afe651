"""Normalization and its offset map, on the input-class files and by hand."""

from __future__ import annotations

import time
import unicodedata
from pathlib import Path

import pytest
import regex

from extract.reading import read_article
from extract.text import compose_nfc, fix_tone_placement, normalize

from corpus_files import ARTICLES, read_text

DATA = Path(__file__).parent / "data" / "robustness"
SOURCE = read_text(ARTICLES / "002_a46d7bb6fb9dea51.txt")
_WORD = regex.compile(r"\S+")


def assert_words_map_back(nt):
    """Every normalized word comes from an original stretch that normalizes to it."""
    for word in _WORD.finditer(nt.text):
        piece = nt.original_slice(*word.span())
        assert normalize(piece).text.strip() == word.group(0), (word.group(0), piece)


@pytest.mark.parametrize("written, modern", [
    ("Thanh Hoá", "Thanh Hóa"), ("Khánh Hoà", "Khánh Hòa"), ("thuỷ sản", "thủy sản"),
    ("hoạ sĩ", "họa sĩ"), ("khoẻ", "khỏe"), ("Uỷ ban", "Ủy ban"), ("HOÁ CHẤT", "HÓA CHẤT"),
    ("goá phụ", "góa phụ"), ("luỹ kế", "lũy kế"),
    ("quý I", "quý I"), ("Quỳnh", "Quỳnh"), ("quỹ", "quỹ"),  # u of the onset qu
    ("hoài", "hoài"), ("khoảng", "khoảng"), ("thuyết", "thuyết"), ("khuya", "khuya"),
])
def test_text_tone_placement_moves_only_word_final_pairs(written, modern):
    assert fix_tone_placement(written) == modern
    assert len(fix_tone_placement(written)) == len(written)


@pytest.mark.parametrize("name", [
    "bom.txt", "crlf.txt", "cr.txt", "nfd.txt", "mixed_nfc_nfd.txt", "old_tones.txt",
    "nbsp_zero_width.txt",
])
def test_text_input_classes_normalize_to_the_clean_article(name):
    nt = normalize(read_article(DATA / name))
    assert nt.text == normalize(SOURCE).text
    assert_words_map_back(nt)


@pytest.mark.parametrize("name", ["html.txt", "long_line.txt", "whitespace_only.txt", "empty.txt"])
def test_text_input_classes_map_every_word_back(name):
    assert_words_map_back(normalize(read_article(DATA / name)))


def test_text_html_markup_and_entities_are_gone():
    nt = normalize(read_article(DATA / "html.txt"))
    assert "<" not in nt.text and "&nbsp;" not in nt.text and "&#" not in nt.text
    assert nt.text.count("đồng") == SOURCE.count("đồng") > 0
    for match in regex.finditer("đồng", nt.text):
        assert nt.original_slice(*match.span()) == "&#273;&#7891;ng"
    assert "73,7  tỷ USD" in nt.text  # `<b>73,7</b>&nbsp;tỷ`: tag and nbsp are spaces
    assert "© 2024" in nt.text


@pytest.mark.parametrize("written, normalized", [
    ("a&amp;b", "a&b"), ("&lt;p&gt;", "<p>"), ("5&nbsp;%", "5 %"), ("5&nbsp%", "5 %"),
    ("&#273;&#x1EA1;t", "đạt"), ("R&D;", "R&D;"), ("&unknown;", "&unknown;"),
    ("AT&T", "AT&T"), ("x&shy;y", "xy"), ("<br/>Hà Nội", "\nHà Nội"), ("<b>34,5</b>", " 34,5 "),
    ("a<!-- note -->b", "a b"), ("2 < 3 > 1", "2 < 3 > 1"),
])
def test_text_markup_and_entities(written, normalized):
    assert normalize(written).text == normalized


@pytest.mark.parametrize("written, normalized", [
    ("a\r\nb\rc\u2028d\x85e", "a\nb\nc\nd\ne"),
    ("5\u00a0tỷ\u202fUSD\u2009%\t.", "5 tỷ USD % ."),
    ("\ufeffxuất\u200b\u200c\u200d\u2060\u00ad khẩu\u200e\u202b", "xuất khẩu"),
    ("Vie\u0323\u0302t Nam", "Việt Nam"),
    ("Vie\u0302\u0323t Nam", "Việt Nam"),  # marks in the other order
    ("Thanh Hoa\u0301", "Thanh Hóa"),  # NFD and old tone placement together
    ("\u212b \u1100\u1161\u11a8", "\u00c5 \uac01"),  # a singleton and Hangul jamo
    ("\u0301 đầu dòng", "\u0301 đầu dòng"),  # a mark with nothing to sit on
    ("nul\x00 bell\x07", "nul  bell "),
])
def test_text_characters_are_normalized(written, normalized):
    nt = normalize(written)
    assert nt.text == normalized
    assert_words_map_back(nt)


@pytest.mark.parametrize("written, span, original", [
    ("Thanh Hoá\r\nxuất khẩu", (10, 19), (11, 20)),
    ("a\u200bb", (0, 2), (0, 3)),  # a removed character inside a span is kept in it
    ("\u200bab", (0, 2), (1, 3)),  # ... and left out at its edges
    ("x&amp;y", (1, 2), (1, 6)),
    ("Vie\u0323\u0302t", (2, 3), (2, 5)),
    ("Vie\u0323\u0302t", (3, 4), (5, 6)),
    ("Vie\u0323\u0302t", (4, 4), (6, 6)),  # an empty span at the end
    ("Vie\u0323\u0302t", (2, 2), (2, 2)),
    ("a\r\nb", (1, 2), (1, 3)),
])
def test_text_to_original_maps_spans(written, span, original):
    assert normalize(written).to_original(*span) == original


@pytest.mark.parametrize("name", ["html.txt", "nfd.txt", "crlf.txt", "nbsp_zero_width.txt", "old_tones.txt"])
def test_text_to_normalized_inverts_to_original_on_every_word(name):
    """What the spaCy components need: a span of the original text given back in
    normalized offsets (vi_facts reads the recognizers' spans from doc.text)."""
    nt = normalize(read_article(DATA / name))
    words = list(regex.finditer(r"\w+", nt.text))
    assert len(words) > 50
    for word in words:
        original = nt.to_original(word.start(), word.end())
        assert nt.to_normalized(*original) == (word.start(), word.end())


def test_text_compose_nfc_pairs_clusters_like_the_slow_path():
    text = "Vie\u0323\u0302t \u212b \u1100\u1161 e\u0301\u0301 x\u0338 \u0344"
    composed, edits = compose_nfc(text)
    assert composed == unicodedata.normalize("NFC", text)
    for index in range(len(composed)):
        start, end = edits.source_span(index, index + 1)
        assert composed[index] in unicodedata.normalize("NFC", text[start:end])


def test_text_20mb_article_is_normalized_quickly(tmp_path):
    paragraphs = unicodedata.normalize("NFD", SOURCE.replace(" tỷ", "\u00a0tỷ")).replace("\n", "\r\n")
    path = tmp_path / "big.txt"
    path.write_bytes((paragraphs * (20_000_000 // len(paragraphs.encode()) + 1)).encode())
    assert path.stat().st_size >= 20_000_000
    started = time.perf_counter()
    nt = normalize(read_article(path))
    elapsed = time.perf_counter() - started
    assert elapsed < 120, f"20 MB took {elapsed:.1f} s"  # 3-7 s alone, far more when loaded
    clean = normalize(SOURCE).text
    assert nt.text.startswith(clean) and len(nt.text) % len(clean) == 0
    last = regex.search(r"73,7 tỷ USD", nt.text[-len(clean):]).start() + len(nt.text) - len(clean)
    assert nt.original_slice(last, last + 11) == unicodedata.normalize("NFD", "73,7\u00a0tỷ USD")
    assert nt.to_original(last, last + 11)[1] == len(nt.original) - len(paragraphs) + paragraphs.index("USD") + 3
