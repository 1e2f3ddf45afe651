import pytest

from extract.tokenize import split_sentences, word_tokens

from corpus_files import corpus_stems


@pytest.mark.parametrize("stem", corpus_stems())
def test_tokenize_offsets_reproduce_every_corpus_article(stem, corpus_texts):
    text = corpus_texts[stem]
    sentences = split_sentences(text)
    assert sentences, "every corpus article has sentences"
    covered = 0
    for sentence in sentences:
        assert text[sentence.start:sentence.end] == sentence.text
        for token in word_tokens(text, sentence.start, sentence.end):
            assert text[token.start:token.end] == token.text
            assert sentence.start <= token.start < token.end <= sentence.end
            covered += len("".join(token.text.split()))
    # Tokens cover every non-space character: nothing is lost.
    assert covered == sum(len("".join(s.text.split())) for s in sentences)


def test_tokenize_sentences_split_at_full_stops_and_lines():
    text = "Năm 2024, xuất khẩu đạt 34,5 tỷ USD. Nhập khẩu đạt 24,5 tỷ USD.\nẢnh: Quỳnh Danh"
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Năm 2024, xuất khẩu đạt 34,5 tỷ USD.", "Nhập khẩu đạt 24,5 tỷ USD.", "Ảnh: Quỳnh Danh"]
    assert [s.paragraph for s in sentences] == [0, 0, 1]


def test_tokenize_words_keep_compounds_and_split_the_final_stop():
    text = "Kim ngạch xuất khẩu của tỉnh Vĩnh Phúc đạt 1,82 tỷ USD."
    words = [t.text for t in word_tokens(text)]
    assert "xuất khẩu" in words and "Vĩnh Phúc" in words and "1,82" in words
    assert words[-1] == "."


def test_tokenize_blank_text_has_no_tokens():
    assert word_tokens("   \n ") == []
    assert split_sentences("\n\n") == []


@pytest.mark.parametrize("text, sentences", [
    ("Tăng 27,9% so với quý I. Số thu đạt 342,5 tỷ đồng.", ["Tăng 27,9% so với quý I.", "Số thu đạt 342,5 tỷ đồng."]),
    ("Giảm so với Quý IV. Nhập khẩu tăng.", ["Giảm so với Quý IV.", "Nhập khẩu tăng."]),
    ("Ông Nguyễn V. Anh cho biết.", ["Ông Nguyễn V. Anh cho biết."]),
])
def test_tokenize_a_roman_quarter_ends_a_sentence_an_initial_does_not(text, sentences):
    assert [s.text for s in split_sentences(text)] == sentences
