"""The annotation kit of every gold set (spec v1.4, docs/FACTS.md).

Annotators declare an article's gold by quoting its text, one build function
per article; offsets come from string search, never typed by hand. This
module places the quotes, re-parses every quantity from its span, and checks
the document against the spec. It reads nothing of the extractor but its
pydantic schema (`src/extract/schema.py`, loaded on its own), so gold can be
written by people who have never read `src/` or `rules/`.

A set's script is short:

    from goldkit import Annotator, GoldSet, months, up, YOY

    def r01_long_an(a: Annotator) -> None:
        a.main = "Long An"
        a.every("Long An", "PROVINCE", "Long An")
        value = a.q("4,2 tỷ USD", 4.2e9, "USD")
        a.fact("export_value", value, period=months("2024-01", "2024-06"), status="estimate")

    GOLD_SET = GoldSet.in_corpus("real1", (r01_long_an,))
    if __name__ == "__main__":
        sys.exit(GOLD_SET.main(sys.argv))

`python scripts/build_<set>_gold.py` builds, checks and writes the gold;
`... validate` checks the written files against their build functions.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
Json = dict[str, Any]


def _load_schema_module() -> Any:
    """`extract/schema.py` on its own: gold is checked against the spec's models
    without importing (or reading) the rest of the extractor."""
    spec = importlib.util.spec_from_file_location("extract_schema", ROOT / "src" / "extract" / "schema.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # pydantic resolves annotations through it
    spec.loader.exec_module(module)
    return module


Document = _load_schema_module().Document


class GoldError(Exception):
    """An annotation that cannot be placed or does not check out."""


def read_text(path: Path) -> str:
    with open(path, encoding="utf-8", newline="") as handle:
        return handle.read()


# ---------------------------------------------------------------- provinces

# Canonical names (Entity.norm) of the 63 provinces and cities before the 2025
# merger, and Huế (a city since 2025). Old tone placement is normalized first.
PROVINCES = frozenset("""
An Giang|Bà Rịa - Vũng Tàu|Bạc Liêu|Bắc Giang|Bắc Kạn|Bắc Ninh|Bến Tre|Bình Dương|Bình Định|Bình Phước|
Bình Thuận|Cà Mau|Cao Bằng|Cần Thơ|Đà Nẵng|Đắk Lắk|Đắk Nông|Điện Biên|Đồng Nai|Đồng Tháp|Gia Lai|Hà Giang|
Hà Nam|Hà Nội|Hà Tĩnh|Hải Dương|Hải Phòng|Hậu Giang|Hòa Bình|Hưng Yên|Khánh Hòa|Kiên Giang|Kon Tum|Lai Châu|
Lạng Sơn|Lào Cai|Lâm Đồng|Long An|Nam Định|Nghệ An|Ninh Bình|Ninh Thuận|Phú Thọ|Phú Yên|Quảng Bình|Quảng Nam|
Quảng Ngãi|Quảng Ninh|Quảng Trị|Sóc Trăng|Sơn La|Tây Ninh|Thái Bình|Thái Nguyên|Thanh Hóa|Thừa Thiên Huế|
Tiền Giang|TP. Hồ Chí Minh|Trà Vinh|Tuyên Quang|Vĩnh Long|Vĩnh Phúc|Yên Bái|Huế
""".replace("\n", "").split("|"))
NATIONAL = "Việt Nam"


# ------------------------------------------------------------ quantity text

_QUALIFIERS = (
    ("gần như ", "about"), ("xấp xỉ ", "about"), ("khoảng ", "about"), ("tầm ", "about"),
    ("hơn ", "over"), ("trên ", "over"), ("ngoài ", "over"), ("dưới ", "under"), ("chưa đến ", "under"),
    ("chưa tới ", "under"), ("gần ", "nearly"), ("ngót ", "nearly"),
)
_SCALES = (("nghìn tỷ", 10**12), ("nghìn tỉ", 10**12), ("ngàn tỷ", 10**12), ("ngàn tỉ", 10**12),
           ("tỷ", 10**9), ("tỉ", 10**9), ("triệu", 10**6), ("nghìn", 10**3), ("ngàn", 10**3))
_SPELLED = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
            "mười": 10}
_NUMBER = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?")
_CURRENCIES = {"USD": "USD", "usd": "USD", "đô la Mỹ": "USD", "đô la": "USD", "đô": "USD", "đồng": "VND",
               "VNĐ": "VND", "VND": "VND", "vnđ": "VND", "EUR": "EUR", "euro": "EUR", "JPY": "JPY", "yên": "JPY"}


def _number(text: str) -> tuple[Decimal, str]:
    """The number at the start of `text` (digits or a spelled word) and the rest."""
    match = _NUMBER.match(text)
    if match:
        return Decimal(match.group().replace(".", "").replace(",", ".")), text[match.end():].strip()
    word, _, rest = text.partition(" ")
    if word.lower() not in _SPELLED:
        raise GoldError(f"no number at {text!r}")
    return Decimal(_SPELLED[word.lower()]), rest.strip()


def _scaled(amount: Decimal, rest: str) -> tuple[Decimal, str]:
    for word, scale in _SCALES:
        if rest == word or rest.startswith(word + " "):
            return amount * scale, rest[len(word):].strip()
    return amount, rest


def parse_quantity(text: str) -> tuple[float, str, str]:
    """Amount, unit and qualifier of a quantity as written (spec rules).

    >>> parse_quantity("hơn 34,2 tỷ USD")
    (34200000000.0, 'USD', 'over')
    >>> parse_quantity("trên 100 quốc gia và vùng lãnh thổ")
    (100.0, 'quốc gia', 'over')
    >>> parse_quantity("1 tỷ 200 triệu USD"), parse_quantity("5.500 nghìn tỉ đồng")[0]
    ((1200000000.0, 'USD', 'exact'), 5500000000000000.0)
    >>> parse_quantity("9,55%"), parse_quantity("ba dự án"), parse_quantity("gấp 3,7 lần")
    ((9.55, 'percent', 'exact'), (3.0, 'dự án', 'exact'), (3.7, 'lần', 'exact'))
    """
    qualifier, rest = "exact", text
    for word, name in _QUALIFIERS:
        if rest.lower().startswith(word):
            qualifier, rest = name, rest[len(word):]
            break
    if rest.startswith("gấp "):
        rest = rest[len("gấp "):]
    amount, rest = _number(rest)
    if rest.startswith("%"):
        return float(amount), "percent", qualifier
    amount, rest = _scaled(amount, rest)
    # `1 tỷ 200 triệu USD`: a remainder in a smaller scale.
    if _NUMBER.match(rest):
        more, after = _number(rest)
        more, after = _scaled(more, after)
        if after != rest:
            amount, rest = amount + more, after
    unit = _CURRENCIES.get(rest, rest)
    unit = unit.removesuffix(" và vùng lãnh thổ").removesuffix(", vùng lãnh thổ")
    return float(amount), unit, qualifier


# ------------------------------------------------------------------ periods


def months(start: str, end: str) -> Json:
    """An ordinary period, months inclusive: `months("2024-01", "2024-06")`."""
    for month in (start, end):
        if not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", month):
            raise GoldError(f"month {month!r} is not YYYY-MM")
    if start > end:
        raise GoldError(f"period {start}..{end} runs backwards")
    return {"start": start, "end": end, "cumulative": False}


def month(when: str) -> Json:
    """One month alone (`Riêng tháng 9/2024`)."""
    return months(when, when)


def year(number: int) -> Json:
    return months(f"{number}-01", f"{number}-12")


def quarter(number: int, which: int) -> Json:
    first = 3 * (which - 1) + 1
    return months(f"{number}-{first:02d}", f"{number}-{first + 2:02d}")


def ytd(end: str) -> Json:
    """A year-to-date flow from January to `end` (`lũy kế 10 tháng năm 2025`)."""
    return months(end[:4] + "-01", end)


def stock(end: str) -> Json:
    """A cumulative stock at the end of month `end` (projects in force, `hiện`)."""
    months(end, end)
    return {"start": None, "end": end, "cumulative": True}


# ------------------------------------------------------------ article header

# `date` may carry the headline after it on its line; `location` fills its line.
_HEADER = re.compile(r"\ufeff?[ \t]*(date[ \t]+\d{4}-\d{2}-\d{2}(?=\s|$)|location[ \t]+[^\n]+?)[ \t]*(?=\r?\n|$)"
                     r"|\ufeff?[ \t]*(date[ \t]+\d{4}-\d{2}-\d{2})(?= \S)")


def header(text: str) -> tuple[int, str | None, str | None]:
    """Where the header lines end, and the `date` and `location` they give.

    A `date` line may carry the headline after it on the same line; the
    headline then starts right after the date.

    >>> header("date 2025-11-01\\nlocation Long An\\nXuất khẩu tăng")
    (33, '2025-11-01', 'Long An')
    >>> header(" date 2025-11-01 Bằng việc ...")
    (17, '2025-11-01', None)
    """
    position, date, location = 0, None, None
    while True:
        match = _HEADER.match(text, position)
        if match is None:
            return position, date, location
        key, _, value = (match.group(1) or match.group(2)).partition(" ")
        value = value.strip()
        if key == "date":
            date = value
        else:
            location = value
        position = match.end()
        while position < len(text) and text[position] in " \t\r\n":
            position += 1


# ---------------------------------------------------------------- sentences

# A sentence ends at . ! ? before a space and a capital, digit or quote, or at
# a line end; `TP.` in `TP. Hồ Chí Minh` ends nothing.
_SENTENCE_END = re.compile(r"(?<!TP)(?<!\bTS)(?<!\bThS)[.!?](?=\s+[A-ZÀ-Ỹ0-9“\"(])")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence offsets after the header: one per line, split at sentence-final
    punctuation. A line cut mid-sentence (a scraped excerpt) is a sentence too.

    >>> t = "date 2024-01-05\\nNăm 2023 tăng 5%. Trong đó, gạo tăng 7%.\\nẢnh: Tấn Phát"
    >>> [t[s:e] for s, e in sentence_spans(t)]
    ['Năm 2023 tăng 5%.', 'Trong đó, gạo tăng 7%.', 'Ảnh: Tấn Phát']
    """
    body = header(text)[0]
    spans, line_start = [], 0
    for line in text.split("\n"):
        line_end = line_start + len(line)
        if line_end > body:
            start = max(0, body - line_start)
            for match in _SENTENCE_END.finditer(line, start):
                spans.append(_trimmed(line, line_start, start, match.end()))
                start = match.end()
            spans.append(_trimmed(line, line_start, start, len(line)))
        line_start = line_end + 1
    return [(s, e) for s, e in spans if e > s]


def _trimmed(line: str, offset: int, start: int, end: int) -> tuple[int, int]:
    piece = line[start:end]
    lead, trail = len(piece) - len(piece.lstrip()), len(piece) - len(piece.rstrip())
    return offset + start + lead, offset + end - trail


# ---------------------------------------------------------------- annotator


def is_word_at(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is not part of a longer word or number."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    # `35 tỷ USD` inside `1,35 tỷ USD` is no word of its own either.
    in_number = before in ",." and start > 1 and text[start - 2].isdigit()
    return not (before.isalnum() or after.isalnum() or in_number)


def word_occurrences(text: str, name: str, after: int = 0) -> Iterator[int]:
    for match in re.finditer(re.escape(name), text):
        if match.start() >= after and is_word_at(text, match.start(), match.end()):
            yield match.start()


@dataclass
class Change:
    direction: str
    percent: Json | None = None  # the percent quantity, or None
    basis: str | None = None
    amount: Json | None = None  # an amount quantity (`tăng thêm 150 triệu USD`)
    factor: Json | None = None  # a `gấp 3,7 lần` quantity (extra field, not scored)

    def to_json(self) -> Json:
        hedge = self.percent or self.amount
        return {
            "direction": self.direction,
            "percent": self.percent["amount"] if self.percent else None,
            "amount": value_of(self.amount) if self.amount else None,
            "basis": self.basis,
            "qualifier": hedge["qualifier"] if hedge else None,
        }


def up(percent: Json | None = None, basis: str | None = None, amount: Json | None = None,
       factor: Json | None = None) -> Change:
    return Change("up", percent, basis, amount, factor)


def down(percent: Json | None = None, basis: str | None = None, amount: Json | None = None) -> Change:
    return Change("down", percent, basis, amount)


YOY, PLAN, PREV, AVG = "same_period_last_year", "plan", "previous_period", "annual_average"
STATUSES = ("actual", "estimate", "target", "forecast")


def value_of(quantity: Json, negative: bool = False) -> Json:
    amount = -quantity["amount"] if negative else quantity["amount"]
    return {"amount": amount, "unit": quantity["unit"], "qualifier": quantity["qualifier"]}


@dataclass
class Annotator:
    """Collects one article's annotations, placing each quote in the text.

    `main` is the location a fact gets unless `fact(location=...)` says
    otherwise; it starts as the article's `location` header, if any.
    """

    stem: str
    text: str
    main: str | None = None
    quantities: list[Json] = field(default_factory=list)
    entities: list[Json] = field(default_factory=list)
    facts: list[Json] = field(default_factory=list)
    not_quantities: list[tuple[int, int]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.body_start, self.date, self.location_header = header(self.text)
        self.main = self.main or self.location_header

    def find(self, quote: str, near: str | None = None, nth: int | None = None) -> int:
        """Start of `quote` in the body, inside the unique context `near` if given.

        Without `nth` the quote must be unique in its scope, so a quote that
        matches twice is an error rather than a silent first pick.
        """
        base, scope = 0, self.text
        if near is not None:
            if self.text.count(near) != 1:
                raise GoldError(f"{self.stem}: context {near!r} occurs {self.text.count(near)} times")
            base, scope = self.text.index(near), near
        starts = [base + m.start() for m in re.finditer(re.escape(quote), scope)
                  if is_word_at(self.text, base + m.start(), base + m.end())
                  and base + m.start() >= self.body_start]
        if not starts:
            raise GoldError(f"{self.stem}: {quote!r} not found (near={near!r})")
        if nth is None and len(starts) > 1:
            raise GoldError(f"{self.stem}: {quote!r} occurs {len(starts)} times; give near= or nth=")
        if nth is not None and not 1 <= nth <= len(starts):
            raise GoldError(f"{self.stem}: {quote!r} has no occurrence {nth}")
        return starts[(nth or 1) - 1]

    def q(self, quote: str, amount: float, unit: str, qualifier: str = "exact",
          near: str | None = None, nth: int | None = None) -> Json:
        """A quantity; `amount`, `unit` and `qualifier` are checked against the quote."""
        start = self.find(quote, near, nth)
        quantity = {"text": quote, "start": start, "end": start + len(quote),
                    "amount": amount, "unit": unit, "qualifier": qualifier}
        self.quantities.append(quantity)
        return quantity

    def e(self, quote: str, kind: str, norm: str | None = None,
          near: str | None = None, nth: int | None = None) -> None:
        start = self.find(quote, near, nth)
        self.entities.append({"text": quote, "start": start, "end": start + len(quote),
                              "type": kind, "norm": norm})

    def every(self, name: str, kind: str, norm: str | None = None) -> None:
        """Annotate every occurrence of `name` in the body; a PROVINCE also inside
        other names (spec: only provinces nest), anything else only outside them."""
        for start in word_occurrences(self.text, name, self.body_start):
            end = start + len(name)
            if kind != "PROVINCE" and any(e["start"] <= start and end <= e["end"] for e in self.entities):
                continue
            if any(e["start"] == start and e["end"] == end and e["type"] == kind for e in self.entities):
                continue
            self.entities.append({"text": name, "start": start, "end": end, "type": kind, "norm": norm})

    def skip(self, quote: str, near: str | None = None, nth: int | None = None) -> None:
        """Declare digits that are no quantity (a park's number, a day, a rank)."""
        start = self.find(quote, near, nth)
        self.not_quantities.append((start, start + len(quote)))

    def sentence_of(self, offset: int) -> tuple[int, int]:
        for start, end in sentence_spans(self.text):
            if start <= offset < end:
                return start, end
        raise GoldError(f"{self.stem}: offset {offset} is in no sentence")

    def fact(self, metric: str, value: Json | None = None, *, period: Json | None,
             status: str = "actual", change: Change | None = None, negative: bool = False,
             location: str | None = None, partner: str | None = None, product: str | None = None,
             sector: str | None = None, subject: str | None = None,
             evidence: tuple[Json, Json] | None = None,
             other_changes: list[Change] | None = None) -> Json:
        """One fact; its evidence is the sentence of its value (or change), or the
        sentences from the first to the last quantity of `evidence`.
        `location=None` means the article's `main`; pass `location=NO_PLACE` for null."""
        first, last = evidence or (self._anchor(value, change),) * 2
        start, _ = self.sentence_of(first["start"])
        _, end = self.sentence_of(last["start"])
        record = {
            "metric": metric,
            "location": None if location is NO_PLACE else (location or self.main),
            "period": period,
            "value": value_of(value, negative) if value else None,
            "status": status,
            "change": change.to_json() if change else None,
            "partner": partner, "product": product, "sector": sector, "subject": subject,
            "evidence": {"start": start, "end": end},
        }
        factor = change.factor if change else None
        if factor:
            record["factor"] = factor["amount"]
        if other_changes:
            record["other_changes"] = [c.to_json() for c in other_changes]
        self.facts.append(record)
        return record

    def _anchor(self, value: Json | None, change: Change | None) -> Json:
        anchor = value or (change and (change.percent or change.amount or change.factor))
        if anchor is None:
            raise GoldError(f"{self.stem}: a fact needs a value, a change number or evidence=")
        return anchor

    def document(self) -> Json:
        return {
            "doc_id": self.stem,
            "quantities": sorted(self.quantities, key=lambda q: q["start"]),
            "entities": sorted(self.entities, key=lambda e: (e["start"], -e["end"])),
            "facts": self.facts,
        }


NO_PLACE = object()  # `fact(location=NO_PLACE)`: an article that names no place and has no header


# =============================================================== validation

# Digits that are not quantities: years, dates, `quý III/2024`, `2021-2025`,
# `9 tháng` / `tháng 6/2024` inside periods.
_NOT_QUANTITY = re.compile(
    r"\b(?:19|20)\d{2}\b"
    r"|\b\d{1,2}/\d{1,2}/\d{4}\b|\b\d{1,2}/\d{4}\b|\b\d{1,2}/\d{1,2}\b"
    r"|\b\d{1,2} tháng\b",
)
# Digit runs, and spelled-out numbers before a noun (`ba địa phương`); `một`
# (`tại một nhà máy`, an article) and `năm` (a year) are left out.
_NUMBER_WORD = re.compile(r"\d+|(?<!\w)(?:hai|ba|bốn|sáu|bảy|tám|chín|mười) (?=\w)")


def uncovered_numbers(text: str, document: Json, skipped: list[tuple[int, int]]) -> list[str]:
    """Numbers of the body that lie in no quantity, no period/date and no declared skip."""
    body = header(text)[0]
    covered = [(q["start"], q["end"]) for q in document["quantities"]] + skipped
    covered += [(m.start(), m.end()) for m in _NOT_QUANTITY.finditer(text)]
    return [
        f"{m.group()!r} at {m.start()}: …{text[max(0, m.start() - 25):m.end() + 25]}…"
        for m in _NUMBER_WORD.finditer(text, body)
        if not any(s <= m.start() and m.end() <= e for s, e in covered)
    ]


def check_spans(text: str, document: Json) -> list[str]:
    problems, body = [], header(text)[0]
    for kind in ("quantities", "entities"):
        for item in document[kind]:
            if text[item["start"]:item["end"]] != item["text"]:
                problems.append(f"{kind} {item['text']!r}: text[{item['start']}:{item['end']}] differs")
            if item["start"] < body:
                problems.append(f"{kind} {item['text']!r} lies in the header")
    sentences = sentence_spans(text)
    for n, fact in enumerate(document["facts"]):
        ev = fact["evidence"]
        if not any(s == ev["start"] for s, _ in sentences) or not any(e == ev["end"] for _, e in sentences):
            problems.append(f"fact {n}: evidence {ev} is not on sentence boundaries")
    return problems


def check_quantities(document: Json) -> list[str]:
    problems = []
    for q in document["quantities"]:
        try:
            amount, unit, qualifier = parse_quantity(q["text"])
        except GoldError as error:
            problems.append(str(error))
            continue
        if not _same(amount, q["amount"]) or unit != q["unit"] or qualifier != q["qualifier"]:
            problems.append(f"quantity {q['text']!r}: declared {q['amount']} {q['unit']} {q['qualifier']}, "
                            f"re-parsed {amount} {unit} {qualifier}")
    return problems


def _quantities_in(document: Json, span: Json) -> list[Json]:
    return [q for q in document["quantities"] if span["start"] <= q["start"] and q["end"] <= span["end"]]


def _entities_in(document: Json, span: Json) -> list[Json]:
    return [e for e in document["entities"] if span["start"] <= e["start"] and e["end"] <= span["end"]]


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(1.0, abs(a))


def check_period(where: str, period: Json | None) -> list[str]:
    if period is None:
        return []
    if set(period) != {"start", "end", "cumulative"}:
        return [f"{where}: period keys {sorted(period)}"]
    if period["cumulative"]:
        return [] if period["start"] is None and period["end"] else [f"{where}: a stock has start null and an end"]
    if not period["start"] or not period["end"] or period["start"] > period["end"]:
        return [f"{where}: period {period} is not an interval"]
    return []


def check_fact(text: str, document: Json, n: int, fact: Json) -> list[str]:
    """A fact's numbers, partner, location and strings must come from the text."""
    where, problems = f"fact {n} ({fact['metric']})", []
    inside = _quantities_in(document, fact["evidence"])
    value, change = fact["value"], fact["change"]
    if value and not any(_same(abs(value["amount"]), q["amount"]) and q["unit"] == value["unit"]
                         and q["qualifier"] == value["qualifier"] for q in inside):
        problems.append(f"{where}: value {value} is no quantity of its evidence")
    if value and value["amount"] < 0 and fact["metric"] != "trade_balance":
        problems.append(f"{where}: only a trade balance is negative")
    if change and change["percent"] is not None and not any(
            q["unit"] == "percent" and _same(q["amount"], change["percent"]) for q in inside):
        problems.append(f"{where}: change percent {change['percent']} is not in its evidence")
    if change and change["amount"] and not any(_same(q["amount"], change["amount"]["amount"]) for q in inside):
        problems.append(f"{where}: change amount is not in its evidence")
    if not value and not (change and (change["percent"] is not None or change["amount"] or fact.get("factor"))):
        problems.append(f"{where}: neither a value nor a change number")
    if fact["status"] not in STATUSES:
        problems.append(f"{where}: status {fact['status']!r}")
    problems += check_period(where, fact["period"])
    named = {e["norm"] for e in document["entities"] if e["type"] == "PROVINCE"}
    allowed = named | {NATIONAL, header(text)[2], None}
    if fact["location"] not in allowed:
        problems.append(f"{where}: location {fact['location']!r} is neither named in the article, "
                        f"nor {NATIONAL}, nor its location header")
    if fact["partner"]:
        partners = {e["norm"] or e["text"] for e in _entities_in(document, fact["evidence"])
                    if e["type"] in ("COUNTRY", "REGION")}
        if fact["partner"] not in partners:
            problems.append(f"{where}: partner {fact['partner']!r} is not named in its evidence")
    evidence_text = text[fact["evidence"]["start"]:fact["evidence"]["end"]].lower()
    for slot in ("product", "sector", "subject"):
        if fact[slot] and fact[slot].lower() not in evidence_text and fact[slot] not in text:
            problems.append(f"{where}: {slot} {fact[slot]!r} is not written in the article")
    if fact["product"] and (fact["product"] != fact["product"].lower()
                            or fact["product"].startswith(("hàng ", "nhóm ", "mặt hàng "))
                            or fact["product"].endswith(" các loại")):
        problems.append(f"{where}: product {fact['product']!r} is not in its spec form (v1.4)")
    return problems


def check_entities(text: str, document: Json) -> list[str]:
    """Every occurrence of an annotated name is annotated (or inside a larger name);
    provinces carry a canonical norm, countries an ISO code."""
    problems, entities, body = [], document["entities"], header(text)[0]
    for name, kind in {(e["text"], e["type"]) for e in entities}:
        for start in word_occurrences(text, name, body):
            end = start + len(name)
            exact = any(e["start"] == start and e["end"] == end and e["type"] == kind for e in entities)
            inside = any(e["start"] <= start and end <= e["end"] and (e["end"] - e["start"]) > len(name)
                         and (kind != "PROVINCE" or e["type"] == "PROVINCE") for e in entities)
            if not (exact or inside):
                problems.append(f"{kind} {name!r} at {start} is not annotated")
    norms: dict[str, set[Any]] = {}
    for e in entities:
        norms.setdefault(e["text"], set()).add(e["norm"])
        needs_norm = e["type"] in ("PROVINCE", "COUNTRY")
        if needs_norm != (e["norm"] is not None):
            problems.append(f"entity {e['text']!r} ({e['type']}): norm {e['norm']!r}")
        if e["type"] == "PROVINCE" and e["norm"] not in PROVINCES:
            problems.append(f"province {e['text']!r}: norm {e['norm']!r} is no canonical name")
        if e["type"] == "COUNTRY" and e["norm"] and not re.fullmatch(r"[A-Z]{2}", e["norm"]):
            problems.append(f"country {e['text']!r}: norm {e['norm']!r} is no ISO alpha-2 code")
    problems += [f"entity {t!r} has norms {n}" for t, n in norms.items() if len(n) > 1]
    return problems


def check_header(text: str) -> list[str]:
    _, date, location = header(text)
    problems = []
    if date and not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])", date):
        problems.append(f"header date {date!r}")
    if location and location not in PROVINCES | {NATIONAL}:
        problems.append(f"header location {location!r} is no canonical province name")
    return problems


def validate(stem: str, text: str, document: Json, skipped: list[tuple[int, int]] | None = None,
             min_facts: int = 3) -> list[str]:
    """All problems of one gold document; an empty list means it checks out."""
    problems = check_header(text) + check_spans(text, document) + check_quantities(document)
    problems += check_entities(text, document)
    for n, fact in enumerate(document["facts"]):
        problems += check_fact(text, document, n, fact)
    if skipped is not None:
        problems += [f"number in no quantity: {d}" for d in uncovered_numbers(text, document, skipped)]
    try:
        Document.model_validate(document)
    except ValueError as error:
        problems.append(f"schema: {error}")
    if document["doc_id"] != stem:
        problems.append(f"doc_id {document['doc_id']!r} is not the file stem")
    if len(document["facts"]) < min_facts:
        problems.append(f"only {len(document['facts'])} facts")
    if unicodedata.normalize("NFC", text) != text:
        problems.append("the article is not NFC")
    return [f"{stem}: {p}" for p in problems]


def plain_numbers(document: Json) -> Json:
    """Integral floats as ints, as in corpus/gold (1136000000, not 1136000000.0)."""
    def fix(node: Any) -> Any:
        if isinstance(node, dict):
            return {k: fix(v) for k, v in node.items()}
        if isinstance(node, list):
            return [fix(v) for v in node]
        if isinstance(node, float) and node.is_integer():
            return int(node)
        if isinstance(node, float):
            return round(node, 6)
        return node
    return fix(document)


Validator = Callable[[str, str, Json, list[tuple[int, int]]], list[str]]


@dataclass(frozen=True)
class GoldSet:
    """One set of articles with its gold: where they live, the build function of
    each article (named after the article's file stem) and the checks."""

    articles: Path
    gold: Path
    builders: tuple[Callable[[Annotator], None], ...]
    validate: Validator = validate
    # A fact-only set writes no quantities or entities (those it declares only
    # anchor and check the facts), and is not checked for uncovered numbers.
    facts_only: bool = False

    @classmethod
    def in_corpus(cls, name: str, builders: tuple[Callable[[Annotator], None], ...],
                  validate: Validator = validate, facts_only: bool = False) -> GoldSet:
        """The set in `corpus/<name>/articles` and `corpus/<name>/gold`."""
        return cls(ROOT / "corpus" / name / "articles", ROOT / "corpus" / name / "gold", builders, validate,
                   facts_only)

    def _checked(self, annotator: Annotator) -> tuple[Json, list[str]]:
        """The document to write, and the problems of the full annotation."""
        full = plain_numbers(annotator.document())
        skipped = None if self.facts_only else annotator.not_quantities
        problems = self.validate(annotator.stem, annotator.text, full, skipped)
        written = {**full, "quantities": [], "entities": []} if self.facts_only else full
        return written, problems

    def annotate(self, stem: str, text: str) -> Annotator:
        """Run the build function of `stem` on its article text."""
        builders = {builder.__name__: builder for builder in self.builders}
        if stem not in builders:
            raise GoldError(f"{stem}: no build function")
        annotator = Annotator(stem, text)
        builders[stem](annotator)
        return annotator

    def build(self) -> list[str]:
        """Write every article's gold file; the problems the checks find."""
        self.gold.mkdir(parents=True, exist_ok=True)
        problems = []
        for builder in self.builders:
            stem = builder.__name__
            try:
                annotator = self.annotate(stem, read_text(self.articles / f"{stem}.txt"))
            except GoldError as error:
                problems.append(str(error))
                continue
            document, found = self._checked(annotator)
            problems += found
            with open(self.gold / f"{stem}.json", "w", encoding="utf-8", newline="\n") as handle:
                handle.write(json.dumps(document, ensure_ascii=False, indent=1) + "\n")
            counts = (len(document["quantities"]), len(document["entities"]), len(document["facts"]))
            print(f"{stem}: {counts[0]} quantities, {counts[1]} entities, {counts[2]} facts")
        return problems

    def validate_written(self) -> list[str]:
        """Check the written gold files, and that each is what its builder makes."""
        problems = []
        for path in sorted(self.gold.glob("*.json")):
            text = read_text(self.articles / f"{path.stem}.txt")
            document = json.loads(read_text(path))
            try:
                annotator = self.annotate(path.stem, text)
            except GoldError as error:
                problems.append(str(error))
                continue
            expected, found = self._checked(annotator)
            problems += found
            if expected != document:
                problems.append(f"{path.stem}: the written gold differs from its build function")
        missing = {b.__name__ for b in self.builders} - {p.stem for p in self.gold.glob("*.json")}
        problems += [f"{stem}: no gold file written" for stem in sorted(missing)]
        return problems

    def main(self, argv: list[str]) -> int:
        """`SCRIPT` builds and checks; `SCRIPT validate` checks the written files."""
        problems = self.validate_written() if argv[1:] == ["validate"] else self.build()
        for problem in problems:
            print(problem)
        print(f"{len(problems)} problems")
        return 1 if problems else 0
