"""Vietnamese numerals: grouped digits, decimal comma, spelled numbers, scale words.

The lowest dimension: quantities and periods consume the numerals found here
and never re-parse digits. The lexicon (spelled words, scale words) lives in
`rules/numbers.yaml`; the digit formats are fixed by the language and named
there so that every example says which format it exercises.

>>> grammar = NumberGrammar(DEFAULT_RULES_DIR)
>>> [(n.text, n.value) for n in grammar.find("đạt 1 tỷ 136 triệu USD và 42.982,9 tỷ đồng")]
[('1 tỷ 136 triệu', 1136000000.0), ('42.982,9 tỷ', 42982900000000.0)]
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Literal

import regex

from ..memo import Memo
from ..rules import DEFAULT_RULES_DIR, RuleEntry, RuleFile, load_rule_file
from ..text import normalize

NumberKind = Literal["digits", "unit", "unit_after_tens", "ten", "tens", "hundred",
                     "filler", "dozen", "scale"]

# Digit formats, most specific first: `42.982,9`, `1.326`, `2.5`, `1,82`, `472`.
DIGIT_FORMATS = {
    "digits_grouped_decimal": r"\d{1,3}(?:\.\d{3})+,\d+",
    "digits_grouped": r"\d{1,3}(?:\.\d{3})+",
    "digits_decimal_point": r"\d+\.\d{1,2}(?!\d)",
    "digits_decimal_comma": r"\d+,\d+",
    "digits_plain": r"\d+",
}
# A digit string ends where no digit, date slash, clock colon or further group follows.
DIGITS = "(?:" + "|".join(DIGIT_FORMATS.values()) + r")(?![\d/:]|[.,]\d)"
_DIGIT_FORMAT_RES = {name: regex.compile(source + r"\Z") for name, source in DIGIT_FORMATS.items()}
# Scale words in a row (`nghìn tỷ`) and number-and-scale groups after the
# first (`1 tỷ 136 triệu 500 nghìn`) a numeral may hold. Bounded, so that a
# run of `tỷ tỷ tỷ ...` is no numeral whose value overflows and the pattern
# never backtracks over a whole run at each of its words.
_MAX_SCALES_IN_A_ROW = 3
_MAX_GROUPS = 4


class NumberEntry(RuleEntry):
    """One numeral rule: a digit format or a spelled word with its value."""

    kind: NumberKind
    forms: list[str] = []
    value: float | None = None
    standalone: bool = True


@dataclass(frozen=True)
class Numeral:
    """A number as written: its span in the text and its value.

    `scale` is the multiplier of the scale words closing the numeral
    (`12 tỷ` -> 1e9), which a range's bare lower bound borrows
    (`từ 10 đến 12 tỷ`); `rules` names the entries that built it.
    """

    text: str
    start: int
    end: int
    value: float
    scale: float
    spelled: bool
    standalone: bool
    rules: tuple[str, ...]


def normalize_form(form: str) -> str:
    """A lexicon form as the analysis text spells it (NFC, modern tones).

    >>> normalize_form("thuỷ sản")
    'thủy sản'
    """
    return normalize(form).text


def forms_pattern(forms: list[str]) -> str:
    """A regex alternation of lexicon forms, longest first, spaces as `\\s+`.

    Forms ending in a letter or digit must end at a word boundary, so `ha`
    does not match the start of `hai`.

    >>> bool(regex.fullmatch(forms_pattern(["dự án"]), "dự  án"))
    True
    """
    alternatives = []
    for form in sorted({normalize_form(f) for f in forms}, key=len, reverse=True):
        words = form.split()
        source = r"\s+".join(regex.escape(word) for word in words)
        if regex.match(r"\w", form[-1]):
            source += r"(?!\w)"
        alternatives.append(source)
    return "(?:" + "|".join(alternatives) + ")"


class NumberGrammar:
    """Finds and evaluates numerals, from the lexicon in `numbers.yaml`.

    Args:
        rules_dir: the directory holding `numbers.yaml`.
    """

    def __init__(self, rules_dir: Path) -> None:
        self.rule_file: RuleFile[NumberEntry] = load_rule_file(Path(rules_dir) / "numbers.yaml", NumberEntry)
        self.words: dict[str, NumberEntry] = {}
        for entry in self.rule_file.entries:
            for form in entry.forms:
                self.words[normalize_form(form).lower()] = entry
        self.source = self._numeral_source()
        self.pattern = regex.compile(r"(?<![\w.,/:])" + self.source, regex.IGNORECASE)
        self._token = regex.compile(DIGITS + r"|\w+", regex.IGNORECASE)
        self._reading = Memo(self._read)  # numeral text -> value, scale, spelled, standalone, rules
        self._values = Memo(self._value_of)

    def _forms(self, *kinds: str, standalone_only: bool = False) -> str:
        forms = [form for entry in self.rule_file.entries if entry.kind in kinds
                 and (entry.standalone or not standalone_only) for form in entry.forms]
        return forms_pattern(forms)

    def _numeral_source(self) -> str:
        """The regex source of one numeral (no capture groups, so it composes)."""
        lead = self._forms("unit")
        lead_trailing = self._forms("unit", standalone_only=True)
        # `năm` after mươi/mười is read as "years" (`mười năm`), so units there exclude it.
        after_tens = forms_pattern([f for e in self.rule_file.entries if e.kind in ("unit", "unit_after_tens")
                                    and e.name != "five" for f in e.forms])
        ten, tens, hundred = self._forms("ten"), self._forms("tens"), self._forms("hundred")
        filler, dozen, scale = self._forms("filler"), self._forms("dozen"), self._forms("scale")
        tens_group = rf"(?:{lead}\s+{tens}|{ten})(?:\s+{after_tens})?"
        hundreds = rf"{lead}\s+{hundred}(?:\s+(?:{filler}\s+{lead}|{tens_group}))?"
        spelled = rf"(?:{hundreds}|{tens_group}|{lead}\s+{dozen}|{lead})"
        spelled_trailing = rf"(?:{hundreds}|{tens_group}|{lead}\s+{dozen}|{lead_trailing})"
        core = rf"(?:{DIGITS}|(?<!\w){spelled})"
        scales = rf"(?:\s+{scale}){{1,{_MAX_SCALES_IN_A_ROW}}}"
        piece = rf"{core}{scales}"
        return rf"{core}(?:{scales}(?:\s+{piece}){{0,{_MAX_GROUPS}}}(?:\s+(?<!\w){spelled_trailing})?)?"

    def find(self, text: str) -> list[Numeral]:
        """Every numeral in `text`, left to right, including non-standalone ones.

        >>> [n.value for n in NumberGrammar(DEFAULT_RULES_DIR).find("hai mươi lăm, ba trăm nghìn")]
        [25.0, 300000.0]
        """
        return [self.numeral(m.group(0), m.start()) for m in self.pattern.finditer(text)]

    def value(self, text: str) -> float | None:
        """The value of `text` when it is exactly one numeral, else None.

        >>> NumberGrammar(DEFAULT_RULES_DIR).value("1,3 ngàn tỷ")
        1300000000000.0
        """
        return self._values(text)

    def _value_of(self, text: str) -> float | None:
        match = self.pattern.fullmatch(normalize_form(text.strip()))
        return self.numeral(match.group(0), 0).value if match else None

    def numeral(self, text: str, start: int) -> Numeral:
        """Evaluate a numeral matched by `pattern` that starts at `start`.

        >>> n = NumberGrammar(DEFAULT_RULES_DIR).numeral("hai nghìn ba trăm", 10)
        >>> (n.value, n.end, n.rules)
        (2300.0, 27, ('two', 'thousand', 'three', 'hundred'))
        """
        return Numeral(text, start, start + len(text), *self._reading(text))

    def _read(self, text: str) -> tuple[float, float, bool, bool, tuple[str, ...]]:
        total = _Total()
        for token in self._token.findall(text):
            entry = self.words.get(token.lower())
            if entry is None:
                total.add_digits(token)
            else:
                total.add_word(entry)
        single = self.words.get(text.lower())
        return (float(total.total + total.group), float(total.trailing_scale), total.spelled,
                single is None or single.standalone, tuple(total.rules))


@dataclass
class _Total:
    """The running value of a numeral read left to right.

    `group` is the part below the last scale word (`136` in `1 tỷ 136`),
    `last_unit` the unit digit a following `mươi`/`trăm` multiplies
    (`hai` in `hai mươi`), `trailing_scale` the product of the scale words
    the numeral ends with.
    """

    total: Decimal = Decimal(0)
    group: Decimal = Decimal(0)
    last_unit: Decimal = Decimal(0)
    last_scale: Decimal = Decimal(0)
    trailing_scale: Decimal = Decimal(1)
    spelled: bool = False
    rules: list[str] = field(default_factory=list)

    def add_digits(self, token: str) -> None:
        self.rules.append(_digit_format(token))
        self.group += _digits_decimal(token)
        self.last_unit, self.trailing_scale = Decimal(0), Decimal(1)

    def add_word(self, entry: NumberEntry) -> None:
        self.rules.append(entry.name)
        value = Decimal(str(entry.value or 0))
        if entry.kind == "scale":
            self._add_scale(value)
            return
        self.spelled, self.trailing_scale = True, Decimal(1)
        if entry.kind in ("unit", "unit_after_tens"):
            self.group, self.last_unit = self.group + value, value
        elif entry.kind == "ten":
            self.group += value
        elif entry.kind in ("tens", "dozen", "hundred"):  # `hai mươi`, `hai chục`, `hai trăm`
            self.group += self.last_unit * (value - 1)
            self.last_unit = Decimal(0)

    def _add_scale(self, scale: Decimal) -> None:
        # A larger chained scale multiplies what came before (`nghìn tỷ`).
        if self.group == 0 and self.total > 0 and scale > self.last_scale:
            self.total *= scale
        else:
            self.total += self.group * scale
        self.group, self.last_scale = Decimal(0), scale
        self.trailing_scale *= scale


def _digit_format(token: str) -> str:
    return next(name for name, pattern in _DIGIT_FORMAT_RES.items() if pattern.match(token))


def parse_digits(token: str) -> float:
    """The value of a digit string: `.` groups thousands, `,` is the decimal mark.

    >>> parse_digits("42.982,9"), parse_digits("1.326"), parse_digits("1,82"), parse_digits("2.5")
    (42982.9, 1326.0, 1.82, 2.5)
    """
    return float(_digits_decimal(token))


def _digits_decimal(token: str) -> Decimal:
    # Exact decimal arithmetic, so `8,3 tỷ` is 8300000000 and not 8300000000.000001.
    if _DIGIT_FORMAT_RES["digits_decimal_point"].match(token):
        return Decimal(token)
    return Decimal(token.replace(".", "").replace(",", "."))
