"""Score predicted documents against gold annotations (docs/FACTS.md, "Scoring").

Facts are paired one-to-one, greedily in gold order, twice: strictly (metric,
location, period, value) and relaxed (metric and value). Slot accuracy is
measured on the strict pairs. Quantities and entities are scored by span.

Zero division: precision is tp / n_pred, or 1.0 when there are no predictions
and no gold items either (nothing to find, nothing wrongly found), else 0.0;
recall likewise with n_gold; F1 is 0.0 when P + R is 0. So an article with
no gold facts and no predicted facts scores 1.0, not 0.0.

Numbers are "equal" when the prediction lies within 0.5% of the gold number
(relative to gold; a gold 0 needs an exact 0).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from pydantic import ValidationError

from extract.archives import articles_by_id, is_jsonl, iter_documents
from extract.reading import InputError
from extract.schema import Document, Entity, Fact, Period, Quantity, plain_amount

REL_TOL = 0.005
SLOT_NAMES = ("status", "qualifier", "change", "partner", "product", "sector", "subject")
ERROR_TEXT_LIMIT = 400

T = TypeVar("T")


class EvaluationInputError(Exception):
    """A gold or prediction input cannot be read: names the file and the problem."""


# ---------------------------------------------------------------- strings

_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
_OLD_TONE_PAIRS = frozenset({"oa", "oe", "uy"})
_CLUSTER = re.compile(r".[\u0300-\u036f]*", re.DOTALL)


def _modern_tone_word(word: str) -> str:
    """Move an old-style tone from the 2nd to the 1st vowel of a final oa/oe/uy."""
    clusters = _CLUSTER.findall(unicodedata.normalize("NFD", word))
    if len(clusters) < 2:
        return word
    first, last = clusters[-2], clusters[-1]
    if first[0] + last[0] not in _OLD_TONE_PAIRS or len(first) > 1:
        return word
    # In `quy` the u belongs to the onset `qu`, so `quý` is already modern.
    if first[0] == "u" and len(clusters) > 2 and clusters[-3][0] == "q":
        return word
    marks = last[1:]
    if len(marks) != 1 or marks not in _TONE_MARKS:
        return word
    moved = "".join(clusters[:-2]) + first + marks + last[0]
    return unicodedata.normalize("NFC", moved)


def canonical_string(s: str) -> str:
    """Normalize a string slot for comparison.

    Applies Unicode NFC, lower-casing, modern tone placement (old style puts
    the tone on the second vowel of an open-syllable oa/oe/uy: `hoá` -> `hóa`,
    `khoẻ` -> `khỏe`, `thuỷ` -> `thủy`; `quý` is unchanged) and collapses runs
    of whitespace into one space, stripping both ends.

    Args:
        s: Any string.

    Returns:
        The canonical form; two strings are the same slot value when their
        canonical forms are equal.

    >>> canonical_string("  Thuỷ   sản ") == canonical_string("thủy sản")
    True
    >>> canonical_string("Hoá chất"), canonical_string("quý I")
    ('hóa chất', 'quý i')
    """
    lowered = unicodedata.normalize("NFC", s).lower()
    modern = re.sub(r"\w+", lambda m: _modern_tone_word(m.group()), lowered)
    return " ".join(modern.split())


def _canon_or_none(s: str | None) -> str | None:
    # A blank string says as little as null, so they compare equal.
    if s is None:
        return None
    return canonical_string(s) or None


def _same_text(gold: str | None, pred: str | None) -> bool:
    return _canon_or_none(gold) == _canon_or_none(pred)


# ---------------------------------------------------------------- scores


@dataclass(frozen=True)
class Score:
    """Counts of one P/R/F1 measurement."""

    tp: int = 0
    n_gold: int = 0
    n_pred: int = 0

    @property
    def p(self) -> float:
        return self.tp / self.n_pred if self.n_pred else (1.0 if self.n_gold == 0 else 0.0)

    @property
    def r(self) -> float:
        return self.tp / self.n_gold if self.n_gold else (1.0 if self.n_pred == 0 else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.p, self.r
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(self.tp + other.tp, self.n_gold + other.n_gold, self.n_pred + other.n_pred)

    def to_dict(self) -> dict[str, Any]:
        return {"p": self.p, "r": self.r, "f1": self.f1,
                "tp": self.tp, "n_gold": self.n_gold, "n_pred": self.n_pred}


def _sum_scores(scores: Sequence[Score]) -> Score:
    return sum(scores, Score())


def _merge_score_maps(maps: Sequence[dict[str, Score]]) -> dict[str, Score]:
    merged: dict[str, Score] = {}
    for one in maps:
        for key, score in one.items():
            merged[key] = merged.get(key, Score()) + score
    return dict(sorted(merged.items()))


# ---------------------------------------------------------------- pairing


def pair_greedy(gold: Sequence[T], pred: Sequence[T],
                match: Callable[[T, T], bool]) -> list[tuple[int, int]]:
    """Pair items one-to-one, greedily in gold order.

    Args:
        gold: Gold items, in the order that decides who pairs first.
        pred: Predicted items.
        match: `match(gold_item, pred_item)`, true when the two may pair.

    Returns:
        (gold index, pred index) pairs: each gold item takes the first still
        unpaired predicted item it matches.
    """
    free = list(range(len(pred)))
    pairs = []
    for gi, g in enumerate(gold):
        for pos, pi in enumerate(free):
            if match(g, pred[pi]):
                pairs.append((gi, pi))
                del free[pos]
                break
    return pairs


def _close(gold: float | None, pred: float | None) -> bool:
    if gold is None or pred is None:
        return gold is None and pred is None
    # The tiny factor keeps an exact 0.5% difference on the inside despite float noise.
    return pred == gold or abs(pred - gold) <= REL_TOL * abs(gold) * (1 + 1e-9)


def _percent(fact: Fact) -> float | None:
    return fact.change.percent if fact.change else None


def _period_key(period: Period | None) -> tuple[str | None, str | None] | None:
    # A period with neither start nor end is as unknown as a null period.
    if period is None or (period.start is None and period.end is None):
        return None
    return (period.start, period.end)


def _values_match(gold: Fact, pred: Fact) -> bool:
    if gold.value is None or pred.value is None:
        both_null = gold.value is None and pred.value is None
        return both_null and _close(_percent(gold), _percent(pred))
    return (_same_text(gold.value.unit, pred.value.unit)
            and _close(gold.value.amount, pred.value.amount))


def _location_match(gold: Fact, pred: Fact) -> bool:
    return _same_text(gold.location, pred.location)


def _period_match(gold: Fact, pred: Fact) -> bool:
    return _period_key(gold.period) == _period_key(pred.period)


def facts_match_relaxed(gold: Fact, pred: Fact) -> bool:
    """True when metric and value agree (the relaxed fact match)."""
    return gold.metric == pred.metric and _values_match(gold, pred)


def facts_match_strict(gold: Fact, pred: Fact) -> bool:
    """True when metric, location, period and value agree (the strict fact match)."""
    return (facts_match_relaxed(gold, pred) and _location_match(gold, pred)
            and _period_match(gold, pred))


def quantities_match(gold: Quantity, pred: Quantity) -> bool:
    """Exact quantity match: same span, amount within 0.5%, same unit."""
    return (gold.start == pred.start and gold.end == pred.end
            and _same_amount_unit(gold, pred))


def quantities_match_lenient(gold: Quantity, pred: Quantity) -> bool:
    """Lenient quantity match: overlapping spans, amount within 0.5%, same unit."""
    overlap = gold.start < pred.end and pred.start < gold.end
    return overlap and _same_amount_unit(gold, pred)


def _same_amount_unit(gold: Quantity, pred: Quantity) -> bool:
    return _same_text(gold.unit, pred.unit) and _close(gold.amount, pred.amount)


def entities_match(gold: Entity, pred: Entity) -> bool:
    """Same span and type, and the same norm when gold has one."""
    same_span = gold.start == pred.start and gold.end == pred.end
    if not same_span or gold.type != pred.type:
        return False
    return gold.norm is None or _same_text(gold.norm, pred.norm)


# ---------------------------------------------------------------- slots


def _change_equal(gold: Fact, pred: Fact) -> bool:
    g, p = gold.change, pred.change
    if g is None or p is None:
        return g is None and p is None
    return g.direction == p.direction and _close(g.percent, p.percent) and g.basis == p.basis


def _slot_checks() -> dict[str, Callable[[Fact, Fact], bool]]:
    def qualifier(g: Fact, p: Fact) -> bool:
        # Strict pairs have both values or neither, so null == null suffices.
        gq = g.value.qualifier if g.value else None
        pq = p.value.qualifier if p.value else None
        return gq == pq

    def text_slot(name: str) -> Callable[[Fact, Fact], bool]:
        return lambda g, p: _same_text(getattr(g, name), getattr(p, name))

    return {
        "status": lambda g, p: g.status == p.status,
        "qualifier": qualifier,
        "change": _change_equal,
        "partner": text_slot("partner"),
        "product": text_slot("product"),
        "sector": text_slot("sector"),
        "subject": text_slot("subject"),
    }


SLOT_CHECKS = _slot_checks()


def _show_slot(fact: Fact, name: str) -> str:
    """A slot's value as the error list prints it."""
    if name == "status":
        return fact.status.value
    if name == "qualifier":
        return fact.value.qualifier.value if fact.value else "null"
    if name == "change":
        return _fmt_change(fact)
    value = getattr(fact, name)
    return "null" if value is None else repr(value)


# ---------------------------------------------------------------- formatting facts


def _fmt_period(period: Period | None) -> str:
    key = _period_key(period)
    if key is None:
        return "null"
    text = f"{key[0] or ''}..{key[1] or ''}"
    return text + " (cumulative)" if period and period.cumulative else text


def _fmt_value(fact: Fact) -> str:
    if fact.value is None:
        return f"null (change {_fmt_percent(_percent(fact))})"
    v = fact.value
    return f"{v.qualifier.value} {plain_amount(v.amount)} {v.unit}"


def _fmt_percent(percent: float | None) -> str:
    return "null" if percent is None else f"{plain_amount(percent)}%"


def _fmt_change(fact: Fact) -> str:
    c = fact.change
    if c is None:
        return "no change"
    basis = c.basis.value if c.basis else "no basis"
    return f"{c.direction.value} {_fmt_percent(c.percent)} {basis}"


def format_fact(fact: Fact) -> str:
    """One line describing a fact's scored fields."""
    extras = [f"{name}={getattr(fact, name)}" for name in ("partner", "product", "sector", "subject")
              if getattr(fact, name) is not None]
    parts = [fact.metric.value, fact.location or "null", _fmt_period(fact.period),
             _fmt_value(fact), _fmt_change(fact), fact.status.value, *extras]
    return " | ".join(parts)


_KEY_CHECKS: dict[str, tuple[Callable[[Fact, Fact], bool], Callable[[Fact], str]]] = {
    "location": (_location_match, lambda f: f.location or "null"),
    "period": (_period_match, lambda f: _fmt_period(f.period)),
    "value": (_values_match, _fmt_value),
}


def _key_differences(gold: Fact, pred: Fact) -> list[str]:
    return [f"{key}: gold {show(gold)} ≠ pred {show(pred)}"
            for key, (same, show) in _KEY_CHECKS.items() if not same(gold, pred)]


# ---------------------------------------------------------------- per article


@dataclass
class FactError:
    """A missed gold fact or a spurious predicted fact (strict), with context."""

    kind: str  # "missed" or "spurious"
    doc_id: str
    index: int
    fact: Fact
    evidence_text: str | None
    candidate_index: int | None = None
    candidate: Fact | None = None
    differences: list[str] = field(default_factory=list)

    def format(self) -> str:
        """A readable block: the fact, its evidence and its nearest candidate."""
        side, other = ("gold", "pred") if self.kind == "missed" else ("pred", "gold")
        ev = self.fact.evidence
        lines = [f"{self.kind.upper()} {self.doc_id} {side} fact #{self.index}",
                 f"  fact: {format_fact(self.fact)}"]
        if self.evidence_text is None:
            lines.append(f"  evidence [{ev.start}:{ev.end}] (text unavailable)")
        else:
            lines.append(f"  evidence [{ev.start}:{ev.end}]: {self.evidence_text}")
        if self.candidate is None:
            lines.append(f"  nearest {other}: none with this metric")
        else:
            lines.append(f"  nearest {other} #{self.candidate_index}: {format_fact(self.candidate)}")
            lines.extend(f"    differs: {d}" for d in self.differences or ["only in pairing order"])
        return "\n".join(lines)


@dataclass
class SlotError:
    """A strict pair of facts that disagree on a slot (status, change, product...)."""

    doc_id: str
    gold_index: int
    pred_index: int
    slot: str
    gold: Fact
    pred: Fact
    evidence_text: str | None

    def format(self) -> str:
        lines = [f"SLOT {self.doc_id} gold fact #{self.gold_index} = pred fact #{self.pred_index}: {self.slot} "
                 f"gold {_show_slot(self.gold, self.slot)} ≠ pred {_show_slot(self.pred, self.slot)}",
                 f"  fact: {format_fact(self.gold)}"]
        if self.evidence_text is not None:
            lines.append(f"  evidence: {self.evidence_text}")
        return "\n".join(lines)


@dataclass
class ArticleResult:
    """The scores of one article."""

    doc_id: str
    has_prediction: bool
    facts_strict: Score
    facts_relaxed: Score
    quantities_exact: Score
    quantities_lenient: Score
    entities_per_type: dict[str, Score]
    facts_per_metric: dict[str, Score]
    slot_hits: dict[str, int]
    errors: list[FactError]
    slot_errors: list[SlotError] = field(default_factory=list)

    @property
    def entities_micro(self) -> Score:
        return _sum_scores(list(self.entities_per_type.values()))

    def to_dict(self) -> dict[str, Any]:
        return {
            "has_prediction": self.has_prediction,
            "facts_strict": self.facts_strict.to_dict(),
            "facts_relaxed": self.facts_relaxed.to_dict(),
            "quantities": self.quantities_exact.to_dict(),
            "entities": self.entities_micro.to_dict(),
        }


def _score(gold: Sequence[Any], pred: Sequence[Any], pairs: list[tuple[int, int]]) -> Score:
    return Score(len(pairs), len(gold), len(pred))


def _scores_by_key(gold: Sequence[T], pred: Sequence[T], pairs: list[tuple[int, int]],
                   key: Callable[[T], str]) -> dict[str, Score]:
    """Split a score by a key; a pair counts under its gold item's key."""
    counts: dict[str, list[int]] = {}
    for items, slot in ((gold, 1), (pred, 2)):
        for item in items:
            counts.setdefault(key(item), [0, 0, 0])[slot] += 1
    for gi, _ in pairs:
        counts[key(gold[gi])][0] += 1
    return {k: Score(*v) for k, v in sorted(counts.items())}


def _evidence_text(fact: Fact, text: str | None) -> str | None:
    ev = fact.evidence
    if text is None or ev.end > len(text):
        return None
    snippet = " ".join(text[ev.start:ev.end].split())
    return snippet if len(snippet) <= ERROR_TEXT_LIMIT else snippet[:ERROR_TEXT_LIMIT] + "…"


def _nearest(fact: Fact, others: list[tuple[int, Fact]],
             fact_is_gold: bool) -> tuple[int, Fact] | None:
    """The same-metric fact sharing most of location/period/value; first on ties."""
    best, best_shared = None, -1
    for index, other in others:
        if other.metric != fact.metric:
            continue
        gold, pred = (fact, other) if fact_is_gold else (other, fact)
        shared = sum(same(gold, pred) for same, _ in _KEY_CHECKS.values())
        if shared > best_shared:
            best, best_shared = (index, other), shared
    return best


def _fact_errors(doc_id: str, gold: list[Fact], pred: list[Fact],
                 pairs: list[tuple[int, int]], text: str | None) -> list[FactError]:
    paired_gold = {gi for gi, _ in pairs}
    paired_pred = {pi for _, pi in pairs}
    free_gold = [(i, f) for i, f in enumerate(gold) if i not in paired_gold]
    free_pred = [(i, f) for i, f in enumerate(pred) if i not in paired_pred]
    errors = []
    for kind, mine, theirs in (("missed", free_gold, free_pred), ("spurious", free_pred, free_gold)):
        is_gold = kind == "missed"
        for index, fact in mine:
            error = FactError(kind, doc_id, index, fact, _evidence_text(fact, text))
            near = _nearest(fact, theirs, is_gold)
            if near is not None:
                error.candidate_index, error.candidate = near
                g, p = (fact, near[1]) if is_gold else (near[1], fact)
                error.differences = _key_differences(g, p)
            errors.append(error)
    return errors


def evaluate_article(doc_id: str, gold: Document, pred: Document | None,
                     text: str | None = None) -> ArticleResult:
    """Score one article.

    Args:
        doc_id: The article's id (file stem).
        gold: The gold document.
        pred: The predicted document, or None when the prediction is missing
            (every gold item then counts as missed).
        text: The article text, used only to quote evidence in the error list.

    Returns:
        The article's scores, slot hits on its strict pairs and its fact errors.
    """
    has_prediction = pred is not None
    pred = pred if pred is not None else Document(doc_id=doc_id)
    strict = pair_greedy(gold.facts, pred.facts, facts_match_strict)
    relaxed = pair_greedy(gold.facts, pred.facts, facts_match_relaxed)
    q_exact = pair_greedy(gold.quantities, pred.quantities, quantities_match)
    q_lenient = pair_greedy(gold.quantities, pred.quantities, quantities_match_lenient)
    ents = pair_greedy(gold.entities, pred.entities, entities_match)
    slot_errors = _slot_errors(doc_id, gold.facts, pred.facts, strict, text)
    slot_hits = {name: len(strict) - sum(e.slot == name for e in slot_errors) for name in SLOT_CHECKS}
    return ArticleResult(
        doc_id=doc_id,
        has_prediction=has_prediction,
        facts_strict=_score(gold.facts, pred.facts, strict),
        facts_relaxed=_score(gold.facts, pred.facts, relaxed),
        quantities_exact=_score(gold.quantities, pred.quantities, q_exact),
        quantities_lenient=_score(gold.quantities, pred.quantities, q_lenient),
        entities_per_type=_scores_by_key(gold.entities, pred.entities, ents, lambda e: e.type.value),
        facts_per_metric=_scores_by_key(gold.facts, pred.facts, strict, lambda f: f.metric.value),
        slot_hits=slot_hits,
        errors=_fact_errors(doc_id, gold.facts, pred.facts, strict, text),
        slot_errors=slot_errors,
    )


def _slot_errors(doc_id: str, gold: list[Fact], pred: list[Fact],
                 pairs: list[tuple[int, int]], text: str | None) -> list[SlotError]:
    return [SlotError(doc_id, gi, pi, name, gold[gi], pred[pi], _evidence_text(gold[gi], text))
            for gi, pi in pairs for name, same in SLOT_CHECKS.items() if not same(gold[gi], pred[pi])]


# ---------------------------------------------------------------- report


def _fmt_row(label: str, score: Score, width: int) -> str:
    return (f"  {label:<{width}} {score.p:6.3f} {score.r:6.3f} {score.f1:6.3f}"
            f" {score.tp:5d} {score.n_gold:5d} {score.n_pred:5d}")


@dataclass
class EvaluationReport:
    """All scores of one evaluation run, plus notes about the inputs."""

    articles: list[ArticleResult]
    notes: list[str] = field(default_factory=list)

    def _total(self, name: str) -> Score:
        return _sum_scores([getattr(a, name) for a in self.articles])

    @property
    def facts_strict(self) -> Score:
        return self._total("facts_strict")

    @property
    def facts_relaxed(self) -> Score:
        return self._total("facts_relaxed")

    @property
    def quantities_exact(self) -> Score:
        return self._total("quantities_exact")

    @property
    def quantities_lenient(self) -> Score:
        return self._total("quantities_lenient")

    @property
    def entities_per_type(self) -> dict[str, Score]:
        return _merge_score_maps([a.entities_per_type for a in self.articles])

    @property
    def entities_micro(self) -> Score:
        return self._total("entities_micro")

    @property
    def per_metric(self) -> dict[str, Score]:
        return _merge_score_maps([a.facts_per_metric for a in self.articles])

    @property
    def slots(self) -> dict[str, float | None]:
        """Slot accuracy over all strict pairs; None when there are none."""
        n_pairs = self.facts_strict.tp
        return {name: (sum(a.slot_hits[name] for a in self.articles) / n_pairs if n_pairs else None)
                for name in SLOT_NAMES}

    @property
    def errors(self) -> list[FactError]:
        return [e for a in self.articles for e in a.errors]

    def to_dict(self) -> dict[str, Any]:
        """The machine-readable numbers as nested dicts (JSON-ready)."""
        return {
            "facts": {"strict": self.facts_strict.to_dict(),
                      "relaxed": self.facts_relaxed.to_dict()},
            "quantities": {"exact": self.quantities_exact.to_dict(),
                           "lenient": self.quantities_lenient.to_dict()},
            "entities": {"micro": self.entities_micro.to_dict(),
                         "per_type": {k: s.to_dict() for k, s in self.entities_per_type.items()}},
            "slots": self.slots,
            "per_metric": {k: s.to_dict() for k, s in self.per_metric.items()},
            "per_article": {a.doc_id: a.to_dict() for a in self.articles},
            "notes": list(self.notes),
        }

    def format_text(self) -> str:
        """A compact readable table of all scores."""
        width = max([22, *(len(k) for k in self.per_metric)])
        header = f"  {'':<{width}} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'gold':>5} {'pred':>5}"
        lines = [f"Articles: {len(self.articles)}", header,
                 "Facts", _fmt_row("strict", self.facts_strict, width),
                 _fmt_row("relaxed", self.facts_relaxed, width),
                 "Quantities", _fmt_row("exact", self.quantities_exact, width),
                 _fmt_row("lenient", self.quantities_lenient, width),
                 "Entities", _fmt_row("micro", self.entities_micro, width)]
        lines += [_fmt_row(k, s, width) for k, s in self.entities_per_type.items()]
        lines.append(f"Slot accuracy (on {self.facts_strict.tp} strict pairs)")
        lines += [f"  {k:<{width}} {'n/a' if v is None else f'{v:6.3f}'}" for k, v in self.slots.items()]
        lines.append("Facts per metric (strict)")
        lines += [_fmt_row(k, s, width) for k, s in self.per_metric.items()]
        lines += self._article_lines()
        lines += [f"Note: {n}" for n in self.notes]
        return "\n".join(lines)

    def _article_lines(self) -> list[str]:
        width = max([10, *(len(a.doc_id) for a in self.articles)])
        lines = ["Per article (F1; facts gold/pred)",
                 f"  {'article':<{width}} {'strict':>6} {'relax':>6} {'qty':>6} {'ent':>6}  facts"]
        for a in self.articles:
            missing = "  (no prediction)" if not a.has_prediction else ""
            lines.append(f"  {a.doc_id:<{width}} {a.facts_strict.f1:6.3f} {a.facts_relaxed.f1:6.3f}"
                         f" {a.quantities_exact.f1:6.3f} {a.entities_micro.f1:6.3f}"
                         f"  {a.facts_strict.n_gold}/{a.facts_strict.n_pred}{missing}")
        return lines

    @property
    def slot_errors(self) -> list[SlotError]:
        return [e for a in self.articles for e in a.slot_errors]

    def format_errors(self) -> str:
        """Every missed and spurious fact (strict), then every slot on which a
        strict pair disagrees, one block each."""
        blocks = [e.format() for e in self.errors] or ["No fact errors."]
        blocks += [e.format() for e in self.slot_errors] or ["No slot errors."]
        return "\n\n".join(blocks)


# ---------------------------------------------------------------- entry points


def evaluate_documents(gold: dict[str, Document], pred: dict[str, Document],
                       texts: dict[str, str] | None = None) -> EvaluationReport:
    """Score predictions against gold, article by article.

    Args:
        gold: Gold documents keyed by article id.
        pred: Predicted documents keyed by the same ids. A gold article
            without a prediction counts as all missed; predictions for
            articles without gold are ignored (and noted).
        texts: Article texts keyed by id, to quote evidence in errors.

    Returns:
        The full report.
    """
    texts = texts or {}
    notes = []
    extra = sorted(set(pred) - set(gold))
    if extra:
        notes.append(f"ignored {len(extra)} prediction(s) without gold: {', '.join(extra)}")
    missing = sorted(set(gold) - set(pred))
    if missing:
        notes.append(f"{len(missing)} gold article(s) without prediction, "
                     f"scored as all missed: {', '.join(missing)}")
    articles = [evaluate_article(doc_id, gold[doc_id], pred.get(doc_id), texts.get(doc_id))
                for doc_id in sorted(gold)]
    return EvaluationReport(articles, notes)


def _validation_summary(error: ValidationError, limit: int = 5) -> str:
    problems = [f"{'.'.join(str(x) for x in e['loc']) or '<root>'}: {e['msg']}"
                for e in error.errors()[:limit]]
    more = error.error_count() - limit
    return "; ".join(problems) + (f"; and {more} more" if more > 0 else "")


def load_document(path: Path) -> Document:
    """Read and validate one Document JSON file.

    Args:
        path: The file.

    Returns:
        The validated Document.

    Raises:
        EvaluationInputError: The file is unreadable, not JSON, or fails the schema.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError) as exc:
        raise EvaluationInputError(f"{path}: cannot read: {exc}") from None
    except json.JSONDecodeError as exc:
        raise EvaluationInputError(f"{path}: malformed JSON: {exc}") from None
    try:
        return Document.model_validate(data)
    except ValidationError as exc:
        raise EvaluationInputError(
            f"{path}: does not match the schema: {_validation_summary(exc)}") from None


def _load_dir(directory: Path, role: str) -> dict[str, Document]:
    if not directory.is_dir():
        raise EvaluationInputError(f"{role} directory {directory} does not exist")
    # `extract run` keeps its own records (`_summary.json`) beside the
    # documents; names starting with `_` are never articles.
    documents = sorted(p for p in directory.glob("*.json") if not p.name.startswith("_"))
    return {p.stem: load_document(p) for p in documents}


def _load_predictions(path: Path) -> dict[str, Document]:
    """Predictions of a run directory (by file stem) or a JSON Lines file of Documents (by doc_id)."""
    if not is_jsonl(path):
        return _load_dir(path, "prediction")
    if not path.is_file():
        raise EvaluationInputError(f"prediction file {path} does not exist")
    try:
        return {document.doc_id: document for document in iter_documents(path)}
    except InputError as error:
        raise EvaluationInputError(str(error)) from None


def _load_texts(directory: Path, ids: Sequence[str]) -> dict[str, str]:
    if is_jsonl(directory):
        try:
            return {doc_id: text for doc_id, (text, _) in articles_by_id(directory, set(ids)).items()}
        except InputError as error:
            raise EvaluationInputError(str(error)) from None
    texts = {}
    for doc_id in ids:
        path = directory / f"{doc_id}.txt"
        if path.is_file():
            # Offsets index the text exactly as on disk: no newline translation.
            with open(path, encoding="utf-8", newline="") as fh:
                texts[doc_id] = fh.read()
    return texts


def evaluate_dirs(gold_dir: str | Path, pred_dir: str | Path,
                  articles_dir: str | Path | None = None, doc_ids: Sequence[str] = ()) -> EvaluationReport:
    """Score every `<stem>.json` of pred_dir against the same stem in gold_dir.

    Args:
        gold_dir: Directory of gold Document JSON files.
        pred_dir: Directory of predicted Document JSON files (same stems), or
            a JSON Lines file of Documents (matched by doc_id).
        articles_dir: Directory of `<stem>.txt` article texts, or a JSON Lines
            archive of `{doc_id, text}`, for quoting evidence; defaults to the
            `articles` sibling of gold_dir.
        doc_ids: score only these articles (default: every gold article).

    Returns:
        The full report.

    Raises:
        EvaluationInputError: A directory is missing, gold is empty, or a
            file is malformed or fails the schema.
    """
    gold_dir, pred_dir = Path(gold_dir), Path(pred_dir)
    gold = _load_dir(gold_dir, "gold")
    if not gold:
        raise EvaluationInputError(f"gold directory {gold_dir} has no .json files")
    unknown = [doc_id for doc_id in doc_ids if doc_id not in gold]
    if unknown:
        raise EvaluationInputError(f"gold directory {gold_dir} has no article {unknown[0]!r}")
    if doc_ids:
        gold = {doc_id: gold[doc_id] for doc_id in doc_ids}
    pred = _load_predictions(pred_dir)
    articles = Path(articles_dir) if articles_dir else gold_dir.parent / "articles"
    texts = _load_texts(articles, sorted(gold))
    report = evaluate_documents(gold, pred, texts)
    report.notes += [f"{stem}.json in {pred_dir} has doc_id {doc.doc_id!r}; scored by file name"
                     for stem, doc in pred.items() if stem in gold and doc.doc_id != stem]
    return report


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the evaluator's command-line options to a parser.

    Args:
        parser: The (sub)command parser to extend.
    """
    parser.add_argument("--gold", required=True, metavar="DIR", help="gold JSON directory")
    parser.add_argument("--pred", required=True, metavar="PATH",
                        help="prediction JSON directory, or a JSON Lines file of Documents")
    parser.add_argument("--articles", metavar="PATH",
                        help="article texts for evidence: a directory of .txt files or a JSON Lines "
                             "archive (default: <gold>/../articles)")
    parser.add_argument("--doc-id", action="append", default=[], metavar="ID",
                        help="score only this article (repeatable; default: every gold article)")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--errors", action="store_true",
                        help="list missed and spurious facts, and the slots matched facts disagree on "
                             "(on stderr with --json)")


def main(args: argparse.Namespace) -> int:
    """Run an evaluation from parsed arguments and print the results.

    Args:
        args: Namespace with gold, pred, articles, json and errors.

    Returns:
        0 on success, 2 when an input cannot be read (message on stderr).
    """
    try:
        report = evaluate_dirs(args.gold, args.pred, args.articles, args.doc_id)
    except EvaluationInputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(report.to_dict(), indent=1, ensure_ascii=False))
    else:
        print(report.format_text())
    if args.errors:
        # With --json, stdout must stay parseable, so the listing goes to stderr.
        out = sys.stderr if args.json else sys.stdout
        print("\n" + report.format_errors(), file=out)
    return 0
