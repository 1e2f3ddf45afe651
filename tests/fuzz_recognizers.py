"""Fuzzing the number and period recognizers (not collected by pytest).

Coverage-guided with atheris (libFuzzer flags pass through), seeded with every
sentence of the corpus so mutations stay close to real Vietnamese:

    .venv/bin/pip install atheris
    .venv/bin/python tests/fuzz_recognizers.py -max_total_time=300

or, without atheris, many random hypothesis examples:

    .venv/bin/python tests/fuzz_recognizers.py --hypothesis 20000

Each input is decoded as UTF-8 (bad bytes replaced), analysed with
`Analysis.of(text, "fuzz")` and given to `QuantityRecognizer` and
`PeriodRecognizer`. A finding is any exception, a mention whose offsets do
not reproduce its text in `analysis.text` or do not map back inside the
original, or an amount that is not a finite number. atheris stops at the first finding and writes it to `crash-*`;
see docs/FUZZING.md for what past runs found.
"""

from __future__ import annotations

import math
import sys
import tempfile
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@lru_cache(maxsize=1)
def recognizers():
    from extract.recognizers.periods import PeriodRecognizer
    from extract.recognizers.quantities import QuantityRecognizer
    from extract.rules import DEFAULT_RULES_DIR

    return QuantityRecognizer(DEFAULT_RULES_DIR), PeriodRecognizer(DEFAULT_RULES_DIR)


def check(text: str) -> None:
    """Run both recognizers on `text`; raise AssertionError on a bad span."""
    from extract.analysis import Analysis

    analysis = Analysis.of(text, "fuzz")
    for recognize in recognizers():
        for mention in recognize(analysis):
            assert 0 <= mention.start < mention.end <= len(analysis.text), mention
            assert analysis.text[mention.start:mention.end] == mention.text, (
                f"{type(recognize).__name__}: {mention.text!r} at {mention.start}..{mention.end} "
                f"but the text there is {analysis.text[mention.start:mention.end]!r}")
            start, end = analysis.normalized.to_original(mention.start, mention.end)
            assert 0 <= start < end <= len(text), (mention, start, end)
            assert math.isfinite(getattr(mention, "amount", 0.0)), mention


def one_input(data: bytes) -> None:
    check(data.decode("utf-8", "replace"))


def write_seeds(directory: Path) -> None:
    """One seed file per corpus sentence (and a few hand-picked phrases)."""
    from extract.tokenize import split_sentences

    seeds = ["ước đạt hơn 8,3 tỷ USD", "quý I/2024", "5 tháng đầu năm 2021", "1.326 dự án",
             "giai đoạn 2021–2025", "lũy kế đến hết tháng 5/2024", "gấp 3,7 lần", "9,55%"]
    for path in sorted((ROOT / "corpus" / "articles").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        seeds += [sentence.text for sentence in split_sentences(text)]
    for index, seed in enumerate(seeds):
        (directory / f"seed{index:04d}").write_bytes(seed.encode())


# Words the mutator may splice in (a libFuzzer dictionary): units, scales,
# hedges and period words, so mutations stay close to what the rules match.
TOKENS = ["tỷ", "tỉ", "triệu", "nghìn", "ngàn", "USD", "đồng", "VNĐ", "%", "dự án", "lao động",
          "hơn", "gần", "khoảng", "trên", "dưới", "ước đạt", "tăng", "giảm", "gấp", "lần", "năm",
          "tháng", "quý", "I/", "IV/", "đầu năm", "lũy kế", "đến hết", "giai đoạn", "cùng kỳ",
          "năm nay", "năm trước", "date 2024-12-31\n", ",", ".", "–", "-", "/", "\u00a0", "\r\n"]


def write_dictionary(path: Path) -> None:
    lines = ['"' + "".join(f"\\x{byte:02x}" for byte in token.encode()) + '"' for token in TOKENS]
    path.write_text("\n".join(lines) + "\n")


def run_atheris(argv: list[str]) -> None:
    import atheris

    with atheris.instrument_imports(include=["extract"]):
        recognizers()
        from extract.analysis import Analysis  # noqa: F401 (instrumented now)
    work = Path(tempfile.mkdtemp(prefix="fuzz-"))
    if not any(arg.startswith("-dict=") for arg in argv):
        write_dictionary(work / "tokens.dict")
        argv = [*argv, f"-dict={work / 'tokens.dict'}"]
    if not any(not arg.startswith("-") for arg in argv[1:]):
        (work / "seeds").mkdir()
        write_seeds(work / "seeds")
        argv = [*argv, str(work / "seeds")]
    atheris.Setup(argv, one_input)
    atheris.Fuzz()


def run_hypothesis(examples: int) -> None:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    sys.path.insert(0, str(ROOT / "tests"))
    from test_robustness import vietnamese_soup

    @settings(max_examples=examples, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(st.one_of(st.text(), vietnamese_soup))
    def fuzz(text: str) -> None:
        check(text)

    fuzz()
    print(f"{examples} examples, no finding")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--hypothesis":
        run_hypothesis(int(sys.argv[2]))
    else:
        run_atheris(sys.argv)
