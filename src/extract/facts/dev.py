"""A development harness: run the fact assembler on the corpus with the gold
quantities and entities (or the real recognizers) and score the facts as
docs/FACTS.md "Scoring" says.

    python -m extract.facts.dev [--real] [--errors] [STEM ...]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import regex

from ..analysis import Analysis
from ..schema import Entity, Fact, Period, PeriodMention, Quantity
from ..text import normalize
from .assembler import FactAssembler
from .article import Article
from .lexicon import DEFAULT_RULES_DIR, FactRules

CORPUS = DEFAULT_RULES_DIR.parent / "corpus"
_NUMBERS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
            "mười": 10, "mười một": 11, "mười hai": 12}
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_N = r"(\d{1,2}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười một|mười hai|mười)"


def demo_article(text: str) -> Article:
    """An Article of `text` with no mentions, for examples of the slot readers."""
    return Article(Analysis.of(text, "demo"), FactRules.load(DEFAULT_RULES_DIR), [], [], [])


def demo_facts(text: str) -> list[Fact]:
    """The facts the full pipeline finds in `text`."""
    from ..pipeline import Extractor

    return Extractor()(text, doc_id="demo").facts


def _month(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _interval(y1, m1, y2, m2) -> Period:
    return Period(start=_month(y1, m1), end=_month(y2, m2))


def _n(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBERS[word.lower()]


def stand_in_periods(analysis: Analysis) -> list[PeriodMention]:
    """A small stand-in for the period recognizer (dev scoring only)."""
    text, date = analysis.text, analysis.date
    rules = [
        (r"giai đoạn (\d{4})\s*[–-]\s*(\d{4})", lambda m: (_interval(int(m[1]), 1, int(m[2]), 12), "interval")),
        (r"quý (iv|iii|ii|i|[1-4])/(\d{4})",
         lambda m: (_interval(int(m[2]), 3 * _ROMAN[m[1].lower()] - 2, int(m[2]), 3 * _ROMAN[m[1].lower()]), "interval")),
        (rf"{_N} tháng (?:đầu )?năm (\d{{4}})", lambda m: (_interval(int(m[2]), 1, int(m[2]), _n(m[1])), "interval")),
        (r"nửa đầu năm (\d{4})", lambda m: (_interval(int(m[1]), 1, int(m[1]), 6), "interval")),
        (r"tính đến (?:hết |cuối )?ngày \d{1,2}/(\d{1,2})/(\d{4})",
         lambda m: (_interval(int(m[2]), int(m[1]), int(m[2]), int(m[1])), "cutoff")),
        (r"(?:đến|tính đến) (?:hết |cuối )?tháng (\d{1,2})/(\d{4})",
         lambda m: (_interval(int(m[2]), int(m[1]), int(m[2]), int(m[1])), "cutoff")),
        (r"(?:lũy kế )?đến hết năm (\d{4})", lambda m: (_interval(int(m[1]), 12, int(m[1]), 12), "cutoff")),
        (r"đến năm (\d{4})", lambda m: (_interval(int(m[1]), 1, int(m[1]), 12), "target_year")),
        (r"cùng kỳ năm (\d{4})", lambda m: (_interval(int(m[1]), 1, int(m[1]), 12), "comparison")),
        (r"tháng (\d{1,2})/(\d{4})", lambda m: (_interval(int(m[2]), int(m[1]), int(m[2]), int(m[1])), "interval")),
        (r"(?:cả )?năm (\d{4})", lambda m: (_interval(int(m[1]), 1, int(m[1]), 12), "interval")),
        (r"năm nay", lambda m: (_interval(date.year, 1, date.year, 12) if date else None, "interval")),
        (r"ngày \d{1,2}/\d{1,2}", lambda m: (None, "day")),
        (rf"{_N} tháng(?! năm \d)", lambda m: (None, "vague")),
    ]
    found: list[PeriodMention] = []
    taken: list[tuple[int, int]] = []
    for pattern, build in rules:
        for m in regex.finditer(r"(?<!\w)" + pattern + r"(?!\w)", text, regex.IGNORECASE):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            period, kind = build(m)
            taken.append((m.start(), m.end()))
            found.append(PeriodMention(text=m.group(0), start=m.start(), end=m.end(), period=period,
                                       cutoff=kind == "cutoff", kind=kind))
    return sorted(found, key=lambda p: p.start)


def gold_inputs(stem: str, corpus: Path = CORPUS) -> tuple[str, list[Quantity], list[Entity], list[Fact]]:
    with open(corpus / "articles" / f"{stem}.txt", encoding="utf-8", newline="") as handle:
        text = handle.read()
    gold = json.loads((corpus / "gold" / f"{stem}.json").read_text(encoding="utf-8"))
    return (text, [Quantity(**q) for q in gold["quantities"]], [Entity(**e) for e in gold["entities"]],
            [Fact(**f) for f in gold["facts"]])


def _close(gold: float | None, pred: float | None) -> bool:
    if gold is None or pred is None:
        return gold is None and pred is None
    return abs(gold - pred) <= 0.005 * abs(gold) if gold else pred == 0


def _value_match(g: Fact, p: Fact) -> bool:
    if g.value is not None and p.value is not None:
        return g.value.unit == p.value.unit and _close(g.value.amount, p.value.amount)
    if g.value is None and p.value is None:
        gp = g.change.percent if g.change else None
        pp = p.change.percent if p.change else None
        return _close(gp, pp)
    return False


def _period(f: Fact):
    return None if f.period is None else (f.period.start, f.period.end)


def strict(g: Fact, p: Fact) -> bool:
    return g.metric == p.metric and g.location == p.location and _period(g) == _period(p) and _value_match(g, p)


def relaxed(g: Fact, p: Fact) -> bool:
    return g.metric == p.metric and _value_match(g, p)


def pair(gold: list[Fact], pred: list[Fact], match) -> list[tuple[int, int]]:
    used, pairs = set(), []
    for i, g in enumerate(gold):
        j = next((j for j, p in enumerate(pred) if j not in used and match(g, p)), None)
        if j is not None:
            used.add(j)
            pairs.append((i, j))
    return pairs


def _canon(text: str | None) -> str | None:
    return normalize(text).text.lower() if text else None


def _change_key(f: Fact):
    c = f.change
    return None if c is None else (c.direction.value, c.percent and round(c.percent, 3), c.basis and c.basis.value)


SLOTS = {
    "status": lambda f: f.status.value,
    "qualifier": lambda f: f.value.qualifier.value if f.value else None,
    "change": _change_key,
    "partner": lambda f: (f.partner or "").lower() or None,
    "product": lambda f: _canon(f.product),
    "sector": lambda f: _canon(f.sector),
    "subject": lambda f: _canon(f.subject),
}


def real_inputs(text: str, stem: str):
    from ..pipeline import Extractor

    extractor = Extractor()
    analysis = Analysis.of(text, stem)
    return (analysis, extractor.quantities(analysis), extractor.periods(analysis),
            extractor.entities(analysis))


def run(stems: list[str], real: bool, errors: bool, periods_real: bool, corpus: Path = CORPUS) -> dict:
    assembler = FactAssembler(DEFAULT_RULES_DIR)
    totals = {"gold": 0, "pred": 0, "strict": 0, "relaxed": 0}
    slot_hits = {k: [0, 0] for k in SLOTS}
    for stem in stems:
        text, quantities, entities, gold = gold_inputs(stem, corpus)
        analysis = Analysis.of(text, stem)
        periods = stand_in_periods(analysis)
        if real or periods_real:
            analysis, rq, rp, re_ = real_inputs(text, stem)
            periods = rp if rp or real else periods
            if real:
                quantities, entities = rq, re_
        facts, warnings = assembler(analysis, quantities, periods, entities)
        s_pairs = pair(gold, facts, strict)
        r_pairs = pair(gold, facts, relaxed)
        totals["gold"] += len(gold)
        totals["pred"] += len(facts)
        totals["strict"] += len(s_pairs)
        totals["relaxed"] += len(r_pairs)
        for i, j in s_pairs:
            for name, get in SLOTS.items():
                slot_hits[name][1] += 1
                ok = get(gold[i]) == get(facts[j])
                slot_hits[name][0] += ok
                if errors and not ok:
                    print(f"  {stem} SLOT {name}: gold={get(gold[i])} pred={get(facts[j])}  [{_show(gold[i])}]")
        if errors:
            _report(stem, text, gold, facts, s_pairs, warnings)
    p = totals["strict"] / max(totals["pred"], 1)
    r = totals["strict"] / max(totals["gold"], 1)
    rp = totals["relaxed"] / max(totals["pred"], 1)
    rr = totals["relaxed"] / max(totals["gold"], 1)
    print(f"facts gold={totals['gold']} pred={totals['pred']}  strict P={p:.3f} R={r:.3f} "
          f"F1={2 * p * r / max(p + r, 1e-9):.3f}  relaxed P={rp:.3f} R={rr:.3f} F1={2 * rp * rr / max(rp + rr, 1e-9):.3f}")
    print("slots " + "  ".join(f"{k}={h / max(n, 1):.3f}({n - h})" for k, (h, n) in slot_hits.items()))
    return totals


def _show(f: Fact) -> str:
    period = f.period and f"{f.period.start}..{f.period.end}{'C' if f.period.cumulative else ''}"
    value = f.value and f"{f.value.amount:g} {f.value.unit} {f.value.qualifier.value}"
    change = f.change and f"{f.change.direction.value} {f.change.percent} {f.change.basis and f.change.basis.value}"
    return f"{f.metric.value} | {f.location} | {period} | {value} | {f.status.value} | {change}"


def _report(stem, text, gold, pred, pairs, warnings) -> None:
    matched_g = {i for i, _ in pairs}
    matched_p = {j for _, j in pairs}
    for i, g in enumerate(gold):
        if i not in matched_g:
            print(f"  {stem} MISS  {_show(g)}  «{text[g.evidence.start:g.evidence.end][:90]}»")
    for j, p in enumerate(pred):
        if j not in matched_p:
            print(f"  {stem} EXTRA {_show(p)}  «{text[p.evidence.start:p.evidence.end][:90]}»")
    for w in warnings:
        print(f"  {stem} WARN {w.check}: {w.message}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("stems", nargs="*")
    parser.add_argument("--real", action="store_true", help="use the real recognizers")
    parser.add_argument("--real-periods", action="store_true", help="use the real period recognizer only")
    parser.add_argument("--errors", action="store_true")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="a directory with articles/ and gold/")
    args = parser.parse_args(argv)
    stems = args.stems or sorted(p.stem for p in (args.corpus / "gold").glob("*.json"))
    run(stems, args.real, args.errors, args.real_periods, args.corpus)
    return 0


if __name__ == "__main__":
    sys.exit(main())
