"""Reading article files: every input class under tests/data/robustness/."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from extract.reading import (InputError, decode_article, encoding_name, is_vietnamese_syllable,
                             legacy_encoding, legacy_encodings, read_article)

from corpus_files import ARTICLES, read_text
from hypothesis_profiles import robust

DATA = Path(__file__).parent / "data" / "robustness"
SOURCE = read_text(ARTICLES / "002_a46d7bb6fb9dea51.txt")  # what the files were made from
# TCVN3 has no curly quotes or dashes (see make_files.py).
SOURCE_PLAIN = SOURCE.translate(str.maketrans({"\u201c": '"', "\u201d": '"', "\u2013": "-"}))


def raw(name: str) -> bytes:
    return (DATA / name).read_bytes()


@pytest.mark.parametrize("name", [
    "bom.txt", "crlf.txt", "cr.txt", "nfd.txt", "mixed_nfc_nfd.txt", "old_tones.txt",
    "nbsp_zero_width.txt", "html.txt", "long_line.txt", "whitespace_only.txt", "empty.txt",
])
def test_reading_utf8_files_are_their_bytes_decoded_unchanged(name):
    assert read_article(DATA / name) == raw(name).decode("utf-8")


def test_reading_keeps_the_bom_as_first_character():
    text = read_article(DATA / "bom.txt")
    assert text[0] == "\ufeff" and text[1:] == SOURCE


@pytest.mark.parametrize("name, ending", [("crlf.txt", "\r\n"), ("cr.txt", "\r")])
def test_reading_keeps_line_endings(name, ending):
    text = read_article(DATA / name)
    assert text.count(ending) == SOURCE.count("\n") and text.replace(ending, "\n") == SOURCE


def test_reading_keeps_nfd_as_written():
    text = read_article(DATA / "nfd.txt")
    assert not unicodedata.is_normalized("NFC", text)
    assert unicodedata.normalize("NFC", text) == SOURCE


@pytest.mark.parametrize("name", ["empty.txt", "whitespace_only.txt"])
def test_reading_empty_files_are_text_not_errors(name):
    assert read_article(DATA / name).strip() == ""


@pytest.mark.parametrize("name, label, option", [
    ("windows1258.txt", "Windows-1258", "--encoding cp1258"),
    ("vni.txt", "VNI-Windows", "--encoding vni"),
    ("tcvn3.txt", "TCVN3 (ABC)", "--encoding tcvn3"),
])
def test_reading_legacy_encoding_is_named_in_the_error(name, label, option):
    with pytest.raises(InputError) as error:
        read_article(DATA / name)
    message = str(error.value)
    assert str(DATA / name) in message and label in message and option in message


@pytest.mark.parametrize("name, label, option", [
    ("vni_saved_as_utf8.txt", "VNI-Windows", "--encoding vni"),
    ("tcvn3_saved_as_utf8.txt", "TCVN3 (ABC)", "--encoding tcvn3"),
])
def test_reading_legacy_text_saved_as_utf8_is_named_in_the_error(name, label, option):
    """Legacy bytes read as Windows-1252 and saved as UTF-8: valid UTF-8, but mojibake."""
    with pytest.raises(InputError) as error:
        read_article(DATA / name)
    message = str(error.value)
    assert str(DATA / name) in message and label in message and option in message
    assert "saved" in message


def test_reading_western_utf8_text_is_not_taken_for_mojibake():
    text = "“Café” à la carte – déjà vu, naïve résumé, Zürich € 5 ™"
    assert decode_article(text.encode(), "fr.txt") == text


@pytest.mark.parametrize("name, encoding, expected", [
    ("vni_saved_as_utf8.txt", "vni", SOURCE),
    ("vni_saved_as_utf8.txt", "auto", SOURCE),
    ("tcvn3_saved_as_utf8.txt", "tcvn3", SOURCE_PLAIN),
    ("tcvn3_saved_as_utf8.txt", "auto", SOURCE_PLAIN),
    ("windows1258.txt", "cp1258", SOURCE),
    ("windows1258.txt", "Windows-1258", SOURCE),
    ("vni.txt", "vni", SOURCE),
    ("tcvn3.txt", "tcvn3", SOURCE_PLAIN),
    ("tcvn3.txt", "abc", SOURCE_PLAIN),
    ("windows1258.txt", "auto", SOURCE),
    ("vni.txt", "auto", SOURCE),
    ("tcvn3.txt", "auto", SOURCE_PLAIN),
    ("utf16.txt", "utf-16", SOURCE),
    ("crlf.txt", "auto", SOURCE.replace("\n", "\r\n")),
])
def test_reading_converts_when_the_encoding_is_given(name, encoding, expected):
    text = read_article(DATA / name, encoding=encoding)
    assert unicodedata.normalize("NFC", text) == expected


@pytest.mark.parametrize("name, words", [
    ("binary.txt", ["binary", "NUL"]),
    ("invalid_utf8.txt", ["not valid UTF-8", "at byte 99"]),
    ("utf16.txt", ["UTF-16", "--encoding utf-16"]),
])
def test_reading_unreadable_files_say_what_they_are(name, words):
    with pytest.raises(InputError) as error:
        read_article(DATA / name)
    message = str(error.value)
    assert message.startswith(str(DATA / name))
    assert all(word in message for word in words), message


@pytest.mark.parametrize("name", ["binary.txt", "invalid_utf8.txt"])
def test_reading_auto_does_not_guess_an_encoding_for_damaged_files(name):
    with pytest.raises(InputError):
        read_article(DATA / name, encoding="auto")


def test_reading_a_legacy_encoding_on_a_utf8_file_is_refused():
    with pytest.raises(InputError, match="is UTF-8, not VNI-Windows"):
        read_article(DATA / "nfd.txt", encoding="vni")


def test_reading_ascii_is_the_same_in_every_encoding():
    assert decode_article(b"GDP 2024: 8,5%", "a.txt", encoding="tcvn3") == "GDP 2024: 8,5%"


@pytest.mark.parametrize("encoding, problem", [
    ("klingon", "unknown encoding 'klingon'"),
    ("base64", "unknown encoding 'base64'"),
    ("ascii", "not valid ascii"),
])
def test_reading_bad_encoding_requests_are_input_errors(encoding, problem):
    with pytest.raises(InputError, match=problem):
        read_article(DATA / "nfd.txt", encoding=encoding)


@pytest.mark.parametrize("path", ["missing.txt", "."])
def test_reading_missing_files_and_directories_are_input_errors(path):
    with pytest.raises(InputError, match="cannot read"):
        read_article(DATA / path)


def test_reading_nul_bytes_in_valid_utf8_make_a_binary_file():
    with pytest.raises(InputError, match="binary"):
        decode_article("Xuất khẩu\x00\x00".encode(), "x.txt")


def test_reading_western_latin1_text_is_not_taken_for_vietnamese():
    data = "Müller café Straße, élève über déjà vu à la carte".encode("latin-1")
    with pytest.raises(InputError) as error:
        decode_article(data, "de.txt")
    assert "not valid UTF-8" in str(error.value) and "legacy" not in str(error.value)


@pytest.mark.parametrize("encoding, example", [
    (encoding.name, example) for encoding in legacy_encodings() for example in encoding.examples
], ids=lambda value: getattr(value, "text", value))
def test_reading_legacy_encoding_examples_convert(encoding, example):
    converted = decode_article(example.text.encode("latin-1"), "example", encoding=encoding)
    assert unicodedata.normalize("NFC", converted) == example.expect


def test_reading_legacy_tables_cover_every_vietnamese_letter():
    letters = set(unicodedata.normalize("NFC", "đĐ" + "".join(
        base + tone for base in "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY"
        for tone in ["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"])))
    for name in ("vni", "tcvn3"):
        encoding = legacy_encoding(name)
        produced = set(encoding.map.values())
        plain = {char for char in letters if _reads_as_itself(char, encoding)}
        missing = letters - produced - plain
        assert not missing, (name, sorted(missing))


def _reads_as_itself(char, encoding):
    """A letter the encoding's codec reads as itself (VNI's í, TCVN3's ý)."""
    try:
        data = char.encode(encoding.codec)
    except UnicodeEncodeError:
        return False
    return data.hex().upper() not in encoding.map


@pytest.mark.parametrize("word, expected", [
    ("nghiêng", True), ("Thành", True), ("quốc", True), ("giữa", True), ("khuỷu", True),
    ("Thaứnh", False), ("thµnh", False), ("café", False), ("hóá", False),
])
def test_reading_vietnamese_syllable_shapes(word, expected):
    assert is_vietnamese_syllable(word) is expected


@pytest.mark.parametrize("given, name", [
    ("UTF-8", "utf-8"), ("auto", "auto"), ("VNI-Windows", "vni-windows"), ("ABC", "abc"),
    ("cp1258", "cp1258"), ("utf-16", "utf-16"), ("latin-1", "latin-1"),
])
def test_reading_encoding_option_accepts_known_names(given, name):
    assert encoding_name(given) == name
    decode_article(b"GDP 2024", "a.txt", encoding=name)  # every accepted name reads ASCII


@pytest.mark.parametrize("given", ["klingon", "vni3", "", "base64", "rot13"])
def test_reading_encoding_option_rejects_unknown_names(given):
    with pytest.raises(ValueError, match="unknown encoding"):
        encoding_name(given)


@robust(300)
@given(st.one_of(st.binary(max_size=2000),
                 st.sampled_from(["vni.txt", "tcvn3.txt", "windows1258.txt", "bom.txt"]).flatmap(
                     lambda name: st.integers(0, 200).map(lambda cut: raw(name)[cut:cut + 600]))),
       st.sampled_from([None, "auto", "vni", "tcvn3", "cp1258", "utf-16", "latin-1"]))
@example(b"\xff\xfe", None)
@example(b"\x00" * 10, "auto")
def test_reading_any_bytes_give_text_or_an_input_error(data, encoding):
    try:
        text = decode_article(data, "fuzz.txt", encoding=encoding)
    except InputError as error:
        assert str(error).startswith("fuzz.txt: ")
    else:
        assert isinstance(text, str)
