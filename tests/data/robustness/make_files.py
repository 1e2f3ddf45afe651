"""Regenerate the input-class files of this directory from one corpus article.

Run from the repository root: `python tests/data/robustness/make_files.py`.
Windows-1258 and TCVN3 are written by glibc's `iconv` (an encoder independent
of the project's own tables); VNI has no iconv codec, so it is written from
`rules/legacy_encodings.yaml` read backwards. The files are committed; this
script only documents how they were made.
"""

from __future__ import annotations

import gzip
import subprocess
import unicodedata
from pathlib import Path

import regex
import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
SOURCE = ROOT / "corpus" / "articles" / "002_a46d7bb6fb9dea51.txt"
# Modern tone placement -> old (`hóa` -> `hoá`, `thủy` -> `thuỷ`): the tone moves
# to the second vowel of a word-final oa/oe/uy.
_MODERN = regex.compile(r"(?:([óòỏõọÓÒỎÕỌ])([aAeE])|(?<![qQ])([úùủũụÚÙỦŨỤ])([yY]))(?![\p{L}\p{M}])")
_TONE_NAMES = ["\u0301", "\u0300", "\u0309", "\u0303", "\u0323"]


def main() -> None:
    article = SOURCE.read_text(encoding="utf-8")
    paragraphs = article.split("\n")
    write = {
        "empty.txt": b"",
        "whitespace_only.txt": " \n\t  \r\n\u00a0\u3000 \n\n".encode(),
        "bom.txt": ("\ufeff" + article).encode(),
        "crlf.txt": article.replace("\n", "\r\n").encode(),
        "cr.txt": article.replace("\n", "\r").encode(),
        "nfd.txt": unicodedata.normalize("NFD", article).encode(),
        "mixed_nfc_nfd.txt": "\n".join(unicodedata.normalize("NFD", p) if i % 2 else p
                                       for i, p in enumerate(paragraphs)).encode(),
        "old_tones.txt": _MODERN.sub(_old_tone, article).encode(),
        "nbsp_zero_width.txt": _spaces(article).encode(),
        "html.txt": _html(paragraphs).encode(),
        "long_line.txt": _long_line(paragraphs).encode(),
        "windows1258.txt": _iconv(article, "CP1258"),
        "tcvn3.txt": _iconv(plain_punctuation(article), "TCVN5712-1"),
        "vni.txt": _vni(article),
        "vni_saved_as_utf8.txt": _vni(article).decode("cp1252").encode(),
        "tcvn3_saved_as_utf8.txt": _iconv(plain_punctuation(article), "TCVN5712-1").decode("latin-1").encode(),
        "utf16.txt": article.encode("utf-16"),
        "binary.txt": gzip.compress(article.encode(), mtime=0),
        "invalid_utf8.txt": _corrupt(article.encode()),
    }
    for name, data in write.items():
        (HERE / name).write_bytes(data)


def plain_punctuation(text: str) -> str:
    """TCVN3 has no curly quotes or dashes: archives typed them straight."""
    return text.translate(str.maketrans({"\u201c": '"', "\u201d": '"', "\u2013": "-"}))


def _old_tone(match: regex.Match) -> str:
    first, second = match.group(1) or match.group(3), match.group(2) or match.group(4)
    base, *tone = unicodedata.normalize("NFD", first)
    return base + unicodedata.normalize("NFC", second + "".join(tone))


def _spaces(article: str) -> str:
    """Non-breaking spaces before units, zero-width spaces and joiners inside."""
    text = regex.sub(r"(\d) (tỷ|triệu|nghìn|USD|%)", "\\1\u00a0\\2", article)
    text = text.replace("xuất khẩu", "xuất \u200bkhẩu").replace("Thanh Hóa", "Thanh\u00a0Hóa")
    return text.replace("USD", "\u200dUSD\u2060").replace(". ", ".\u202f")


def _html(paragraphs: list[str]) -> str:
    body = "".join(f"<p class=\"body\">{p}</p>\n" for p in paragraphs if p.strip())
    body = regex.sub(r"(\d+(?:[.,]\d+)*) (tỷ|triệu)", "<b>\\1</b>&nbsp;\\2", body)
    body = body.replace("đồng", "&#273;&#7891;ng").replace(" và ", " &amp; ", 3)
    return f"<!DOCTYPE html>\n<html><body>\n<!-- archived copy -->\n{body}<br/>&copy; 2024</body></html>\n"


def _long_line(paragraphs: list[str]) -> str:
    line = " ".join(p for p in paragraphs if p.strip())
    return " ".join([line] * (100_000 // len(line) + 1))


def _iconv(text: str, encoding: str) -> bytes:
    return subprocess.run(["iconv", "-f", "UTF-8", "-t", encoding], input=text.encode(),
                          capture_output=True, check=True).stdout


def _vni(text: str) -> bytes:
    rules = yaml.safe_load((ROOT / "rules" / "legacy_encodings.yaml").read_text(encoding="utf-8"))
    table = next(e for e in rules["entries"] if e["name"] == "vni")["map"]
    backwards = {letter: bytes.fromhex(key) for key, letter in table.items()}
    return b"".join(backwards.get(char) or char.encode("cp1252") for char in text)


def _corrupt(data: bytes) -> bytes:
    """Valid UTF-8 but for a stray 0xFF and one multi-byte letter cut short."""
    middle = len(data) // 2
    cut = data.index("ế".encode(), middle)
    return data[:100] + b"\xff" + data[100:cut] + "ế".encode()[:2] + b" " + data[cut + 3:]


if __name__ == "__main__":
    main()
