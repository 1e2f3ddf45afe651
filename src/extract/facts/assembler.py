"""FactAssembler: one Fact per reported figure (docs/FACTS.md, `Fact`).

Each body, headline or caption sentence is read item by item (items end at
`;`, `:` and contrasts such as `trong khi`). Every quantity first gets a role
from the words around it (a value, a change, a share, a plan attainment, a
target or base figure of a comparison...); values become facts whose metric
is the trigger that governs them; changes attach to the value of their item,
or make a change-only fact. Periods are then chosen in reading order, the
same figure stated twice becomes one fact, and the consistency checks run.

>>> from extract.facts.dev import demo_facts
>>> [(f.metric.value, f.value.amount, f.status.value) for f in demo_facts(
...     "Năm 2024, kim ngạch xuất khẩu ước đạt 34,5 tỷ USD, tăng 13% so với năm ngoái.")]
[('export_value', 34500000000.0, 'estimate')]
"""

from __future__ import annotations

import math
from pathlib import Path

import regex

from ..analysis import Analysis
from ..schema import ConsistencyWarning, Entity, EntityType, Fact, Period, PeriodMention, Quantity
from . import periods as P
from . import slots as S
from .article import MONEY, Article, Sent, unit_class
from .consistency import check_consistency
from .drafts import Draft, clean_words, merge_repeats, to_fact
from .lexicon import FactRules, Match

VALUE_ROLES = ("value", "target", "base", "paren")
FACT_ROLES = VALUE_ROLES + ("change", "change_amount", "multiplier", "target_change")
_TRAILING_VERB = r"(?:(?:tăng|giảm)(?:\s+thêm)?|tăng\s+vốn\s+thêm)\s*$"
# `số vốn tăng thêm 140 triệu USD` names an amount of capital: a value, not a change.
# Units of measure: what is produced is named after them (`30.000 tấn băng keo`).
_MEASURES = frozenset({"tấn", "ha", "kWh", "MW", "m3", "m2", "lít", "tấn/năm", "kg", "triệu tấn"})
_ADDED_CAPITAL = r"vốn\s+(?:tăng|giảm)\s+thêm\s*$"


class FactAssembler:
    """Builds facts from an article's quantities, periods and entities.

    Args:
        rules_dir: the directory holding metrics.yaml, fact_cues.yaml and fact_words.yaml.
    """

    def __init__(self, rules_dir: Path) -> None:
        self.rules_dir = rules_dir
        self.rules = FactRules.load(Path(rules_dir))

    def __call__(self, analysis: Analysis, quantities: list[Quantity],
                 periods: list[PeriodMention], entities: list[Entity],
                 ) -> tuple[list[Fact], list[ConsistencyWarning]]:
        usable = [q for q in quantities if math.isfinite(q.amount)]  # an absurd number makes no fact
        article = Article(analysis, self.rules, usable, list(periods), list(entities))
        drafts = _ArticleAssembly(article).run()
        facts = [to_fact(d) for d in drafts]
        return facts, check_consistency(facts)


class _ArticleAssembly:
    def __init__(self, article: Article) -> None:
        self.a = article
        self.topic: Match | None = None
        self.topic_metric_name: str | None = None
        self.last_subject: str | None = None
        self.by_sentence: dict[int, list[Draft]] = {}

    def run(self) -> list[Draft]:
        drafts: list[Draft] = []
        for sent in self.a.sentences:
            if sent.role == "heading":
                continue
            made = _SentenceAssembly(self, sent).run()
            self.by_sentence[sent.index] = made
            drafts.extend(made)
            self._remember(sent, made)
        self._choose_periods(drafts)
        return merge_repeats(drafts)

    def _remember(self, sent: Sent, made: list[Draft]) -> None:
        if sent.role != "body":
            return
        triggers = [m for m in self.a.rules.triggers.find(self.a.text, sent.start, sent.end)
                    if m.value.metric_name and not self.a.in_name(m.start)]
        if triggers:
            self.topic = triggers[-1]
        money = [d for d in made if d.value is not None and unit_class(d.value.unit) == MONEY
                 and d.subject is None and d.role == "value"]
        self.topic_metric_name = money[-1].metric if money else (
            triggers[-1].value.metric_name if triggers else self.topic_metric_name)
        subjects = [d.subject for d in made if d.subject]
        self.last_subject = subjects[-1] if subjects else None

    def _choose_periods(self, drafts: list[Draft]) -> None:
        stated: PeriodMention | None = None
        stated_any = False
        by_sent = {}
        for d in drafts:
            by_sent.setdefault(d.sent.index, []).append(d)
        for sent in self.a.sentences:
            for d in by_sent.get(sent.index, []):
                self._period_of(d, stated if stated_any else None, stated_any)
            if sent.role == "body":
                mention = P.sentence_states(self.a, sent)
                if mention is not None:
                    stated, stated_any = mention, True

    def _period_of(self, d: Draft, inherited: PeriodMention | None, any_stated: bool) -> None:
        a, sent = self.a, d.sent
        if d.role == "base" and d.host is not None:
            d.period = self._base_period(d)
            return
        comma = regex.search(r"[,;:]", a.text[d.anchor.end:sent.end])
        segment_end = d.anchor.end + comma.start() if comma else sent.end
        own = P.stated_in(a, sent, d.anchor.start, segment_end)
        if own is not None:
            d.period = P.resolve(a, sent, own.mention, d.metric)
        elif d.subject or sent.role != "body" or not any_stated:
            d.period = None
        else:
            d.period = P.resolve(a, sent, inherited, d.metric)

    def _base_period(self, d: Draft) -> Period | None:
        a, sent = self.a, d.sent
        after = [p for p in a.periods_in(sent) if d.anchor.end <= p.start <= d.anchor.end + 30]
        if not after:
            return d.host.period
        mention = after[0]
        same_span = "cùng kỳ" in a.text[max(sent.start, mention.start - 10):mention.end].lower()
        return P.shifted(d.host.period, mention, same_span)


class _SentenceAssembly:
    """The facts of one sentence."""

    def __init__(self, doc: _ArticleAssembly, sent: Sent) -> None:
        self.doc, self.a, self.sent = doc, doc.a, sent
        self.text = self.a.text
        self.drafts: list[Draft] = []
        self.roles: list[tuple[Quantity, str, int]] = []
        self.triggers = [m for m in self.a.rules.triggers.find(self.text, sent.start, sent.end)
                         if not self.a.in_name(m.start)]

    # -- roles ---------------------------------------------------------
    def run(self) -> list[Draft]:
        previous_end = self.sent.start
        for q in self.a.quantities_in(self.sent):
            window = max(self.a.hard_left(self.sent, q.start), previous_end)
            role = self.role_of(q, window)
            self.roles.append((q, role, window))
            if role in FACT_ROLES:
                previous_end = q.end
        for q, role, window in self.roles:
            if role in VALUE_ROLES:
                self.add_value(q, role, window)
        for q, role, window in self.roles:
            if role in ("change", "target_change", "paren_change"):
                self.add_change(q, role, window)
            elif role in ("change_amount", "multiplier", "plan_share"):
                self.add_to_host(q, role, window)
        self.add_numberless_changes()
        for d in self.drafts:
            self.fill_slots(d)
        self.pair_respectively()
        self.inherit_from_parent()
        return [d for d in self.drafts if (d.value is not None or d.changes) and self.grounded(d)]

    def grounded(self, d: Draft) -> bool:
        """A figure whose metric comes only from earlier sentences must name what it is
        about (a product, a partner, a place or a company): `dệt may đạt 139 triệu USD`."""
        if not d.from_topic or d.sent.parent is not None:
            return True
        paired = d.location != self.a.main_province
        return bool(d.product or d.partner or d.subject or d.sector or paired)

    def segment_start(self, position: int, floor: int) -> int:
        last = floor
        for m in regex.finditer(r"[,;:]", self.text[floor:position]):
            last = floor + m.end()
        return last

    def role_of(self, q: Quantity, window: int) -> str:
        kind = unit_class(q.unit)
        text = self.text
        seg = self.segment_start(q.start, window)
        left = text[seg:q.start]
        right = text[q.end:min(self.sent.end, q.end + 40)]
        if self.blocked(window, q.start):
            return "other"
        if S.paren_marker(self.a, self.sent, q.start, q.end):
            return "paren" if kind != "percent" else "paren_change"
        if self._ends_with(left, "share"):
            return "share"
        if kind == "percent":
            return self.percent_role(q, left, right, window)
        if kind == "lần":
            return "multiplier" if regex.search(r"gấp\s*$", left, regex.I) else "other"
        if self._ends_with(left, "target_base"):
            return "target"
        if self._ends_with(left, "comparison_base"):
            return "base"
        if regex.search(_TRAILING_VERB, left, regex.I) and self.same_unit_in_item(q) \
                and not regex.search(_ADDED_CAPITAL, left, regex.I):
            return "change_amount"
        return "value"

    def percent_role(self, q: Quantity, left: str, right: str, window: int) -> str:
        if regex.search(r"(?:bằng|đạt)\s*$", left, regex.I) and self._starts_with(right, "plan_share"):
            return "plan_share"
        if regex.search(r"(?:tăng|giảm)\s*$", left, regex.I) and self._ends_with(
                regex.sub(r"\s*(?:tăng|giảm)\s*$", "", left, flags=regex.I), "target_base"):
            return "target_change"
        if self.change_verb(q.start, window) or self.rate_trigger(q.start, window):
            return "change"
        previous = [r for r in self.roles if r[1] == "change"]
        if previous and regex.fullmatch(r"\s*(?:về\s[^,;]*?)?\s*và\s*", self.text[previous[-1][0].end:q.start]):
            return "change"
        return "other"

    def _ends_with(self, left: str, kind: str) -> bool:
        return any(regex.fullmatch(r"\s*", left[m.end:]) for m in self.a.rules.phrases(kind).find(left))

    def _starts_with(self, right: str, kind: str) -> bool:
        return any(regex.fullmatch(r"\s*", right[:m.start]) for m in self.a.rules.phrases(kind).find(right))

    def blocked(self, window: int, position: int) -> bool:
        """The item's first indicator is one outside the schema (`lợi nhuận`)."""
        aspects = self.a.find("aspect", window, position)
        found = [m for m in self.triggers if window <= m.start and m.end <= position
                 and not any(x.start <= m.start < x.end for x in aspects)]
        return bool(found) and found[0].value.blocker

    def same_unit_in_item(self, q: Quantity) -> bool:
        lo, hi = self.a.hard_left(self.sent, q.start), self.a.hard_right(self.sent, q.end)
        return any(o is not q and lo <= o.start < hi and o.unit == q.unit
                   for o in self.a.quantities_in(self.sent))

    def change_verb(self, position: int, window: int) -> Match | None:
        seg = self.segment_start(position, window)
        verbs = self.a.find("change_verb", seg, position)
        verbs = S._outside(verbs, self.a.find("change_exception", seg, position))
        return verbs[-1] if verbs else None

    def rate_trigger(self, position: int, window: int) -> Match | None:
        seg = self.segment_start(position, window)
        rates = [m for m in self.triggers if seg <= m.start and m.end <= position and m.value.rate]
        return rates[-1] if rates else None

    # -- values --------------------------------------------------------
    def add_value(self, q: Quantity, role: str, window: int) -> None:
        metric, trigger, negative = self.metric_of_value(q, window)
        if trigger is None and unit_class(q.unit) == MONEY and S.named_subject(self.a, window, q.start):
            metric, negative = "project_capital", False
        host = self.nearest_value(q.start) if role in ("base", "target") else None
        if role == "base" and host is not None:
            metric, trigger, negative = host.metric, host.trigger, host.negative
        if metric is None:
            return
        d = Draft(metric, self.sent, q, role, window, value=q, trigger=trigger, negative=negative, host=host)
        d.from_topic = trigger is None and role == "value" and not self.triggers_before(q.start) \
            and unit_class(q.unit) == MONEY
        if role == "target":
            d.status = "target"
        if role == "base":
            d.status = "actual"
        if role == "paren":
            d.location = S.paren_marker(self.a, self.sent, q.start, q.end)
        self.drafts.append(d)

    def metric_of_value(self, q: Quantity, window: int) -> tuple[str | None, Match | None, bool]:
        kind = unit_class(q.unit)
        if kind == "count":
            rule = self.a.rules.count_units.get(q.unit)
            if rule is not None:
                return (self.count_metric(q, rule, window), None, False)
        trigger = self.governing_trigger(q, kind)
        if trigger is None:
            return self.linked_capital(q, window) or self.topic_metric(kind)
        rule = trigger.value
        metric = rule.metric_name
        if rule.scoped or metric in ("fdi_capital", "ddi_capital"):
            metric = self.capital_metric(q, metric, window)
        return metric, trigger, rule.negative

    def governing_trigger(self, q: Quantity, kind: str) -> Match | None:
        """The trigger right after the figure (`1,039 tỷ USD vốn FDI`), else the nearest before it."""
        head = self.sector_head_span(q)
        if head is not None:
            return self.parent_trigger(kind)
        for m in self.triggers:
            if m.start >= q.end and not self.text[q.end:m.start].strip() and self._fits(m, kind):
                return m
        for m in reversed(self.triggers):
            if m.end <= q.start and m.value.metric_name and self._fits(m, kind):
                return m
            if m.end <= q.start and m.value.blocker:
                return None
        return None

    @staticmethod
    def _fits(m: Match, kind: str) -> bool:
        units = m.value.units
        return kind in units or (kind == "lần" and MONEY in units)

    def topic_metric(self, kind: str) -> tuple[str | None, Match | None, bool]:
        topic = self.doc.topic
        if topic is None or self.sent.role != "body" or kind not in (MONEY, "percent"):
            return None, None, False
        rule = topic.value
        metric = self.doc.topic_metric_name or rule.metric_name
        if rule.scoped and metric == rule.metric_name or kind not in rule.units and kind != "percent" \
                and not metric.endswith("_capital"):
            return None, None, False
        return metric, None, rule.negative and metric == rule.metric_name

    def count_metric(self, q: Quantity, rule, window: int) -> str | None:
        left = self.text[max(self.sent.start, q.start - 40):q.start]
        right_end = self.next_break(q.end)
        right = self.text[q.end:right_end]
        if rule.requires and not regex.search("|".join(map(regex.escape, rule.requires)), left, regex.I):
            return None
        if rule.requires_after and not regex.search(
                r"^\s*(?:%s)" % "|".join(map(regex.escape, rule.requires_after)), right, regex.I):
            return None
        if rule.scoped:
            if self.a.find("not_project", max(self.sent.start, q.start - 30), right_end):
                return None
            return self.a.rules.variant(rule.metric_name, self.scope_of_count(q, window, right_end) or "")
        return rule.metric_name

    def component_end(self, position: int) -> int:
        """The end of the words after a count that can name its component: up to a
        comma or `với`, or a `và` that starts another counted item."""
        m = regex.search(r"[,;:.]|\bvới\b|\bvà\b(?=[^,;.]*\d)", self.text[position:self.sent.end])
        return position + m.start() if m else self.sent.end

    def next_break(self, position: int) -> int:
        m = regex.search(r"[,;:.]|\bvới\b|\bvà\b", self.text[position:self.sent.end])
        return position + m.start() if m else self.sent.end

    def scope_in(self, start: int, end: int) -> str | None:
        found = self.a.find("scope", start, end)
        return found[-1].value if found else None

    def scope_of_count(self, q: Quantity, window: int, right_end: int) -> str | None:
        investor = self.text[q.end:self.a.hard_right(self.sent, q.end)]
        right = self.a.find("scope", q.end, right_end)
        return ((right[0].value if right else None) or self.scope_in(window, q.start)
                or ("fdi" if S.partner_of(self.a, q.end, q.end, q.end + len(investor)) else None)
                or self.foreign_investor(window, q)
                or self.coordinated_scope(q) or self.parent_scope())

    def foreign_investor(self, window: int, q: Quantity) -> str | None:
        """`các nhà đầu tư Hàn Quốc dẫn đầu với 385 triệu USD`: capital from abroad is FDI."""
        found = [e for e in self.a.entities_in(window, q.end + 30, EntityType.COUNTRY) if e.norm != "VN"]
        return "fdi" if found and found[0].start < q.start else None

    def coordinated_scope(self, q: Quantity) -> str | None:
        """`cấp mới 8 dự án FDI và điều chỉnh tăng vốn 5 dự án`: the scope of the figure before."""
        lo = self.a.hard_left(self.sent, q.start)
        counts = [d for d in self.drafts if lo <= d.anchor.start < q.start and d.value is not None
                  and d.metric.startswith(("fdi_", "ddi_"))]
        if not counts:
            return None
        metric = counts[-1].metric
        return "fdi" if metric.startswith("fdi_") else "ddi" if metric.startswith("ddi_") else None

    def parent_scope(self) -> str | None:
        if self.sent.parent is None:
            return None
        parent = self.a.sentences[self.sent.parent]
        return self.scope_in(parent.start, parent.end)

    def capital_metric(self, q: Quantity, metric: str, window: int) -> str:
        """Generic capital made FDI/DDI by its item, the projects it belongs to, or its parent."""
        if metric != "investment_capital":
            return metric
        scope = self.scope_in(window, q.start)
        if scope:
            return self.a.rules.variant(metric, scope)
        linked = self.linked_capital(q, window)
        if linked:
            return linked[0]
        scope = self.foreign_investor(window, q) or self.coordinated_scope(q) or self.parent_scope()
        return self.a.rules.variant(metric, scope) if scope else metric

    def linked_capital(self, q: Quantity, window: int):
        """`481 dự án FDI với tổng vốn ... 8,4 tỷ USD`: capital of the counted projects."""
        if unit_class(q.unit) != MONEY:
            return None
        lo = self.a.hard_left(self.sent, q.start)
        counts = [d for d in self.drafts if lo <= d.anchor.start < q.start and d.value is not None
                  and unit_class(d.value.unit) == "count"]
        if not counts:
            return None
        capital = self.a.rules.capital_of(counts[-1].metric)
        return (capital, None, False) if capital else None

    def nearest_value(self, position: int, lo: int | None = None) -> Draft | None:
        lo = self.sent.start if lo is None else lo
        left = [d for d in self.drafts if lo <= d.anchor.start < position and d.role in ("value", "paren")]
        return left[-1] if left else None

    # -- changes -------------------------------------------------------
    def add_change(self, q: Quantity, role: str, window: int) -> None:
        aspect = self.aspect_after(q)
        if aspect == "other":
            return
        verb = None if role == "paren_change" else self.change_verb(q.start, window)
        change = self.change_from(q, verb, window)
        host = None if role != "change" else self.host_for(q, window)
        if aspect == "value":
            host = self.aspect_host(q) or host
        if aspect == "capital" and host is not None:
            metric = self.a.rules.capital_of(host.metric) or host.metric
            self.add_change_only(q, metric, None, change, window, role)
            return
        if host is not None:
            host.changes.append(change)
            return
        joined = self.joined_change(q, role)
        if joined is not None:
            joined.changes.append(change)
            return
        metric, trigger = self.change_metric(q)
        if metric:
            self.add_change_only(q, metric, trigger, change, window, role)

    def joined_change(self, q: Quantity, role: str) -> Draft | None:
        """`ước tăng 2,6% so với tháng trước và tăng 21,4% so với cùng kỳ`: two changes of one
        figure, joined with nothing but verbs, comparisons and conjunctions between them."""
        if role != "change":
            return None
        previous = [d for d in self.drafts if d.role == "change_only" and d.anchor.end <= q.start]
        if not previous or self.a.hard_left(self.sent, q.start) > previous[-1].anchor.start:
            return None
        between = self.text[previous[-1].anchor.end:q.start]
        for kind in ("basis", "change_verb"):
            for m in reversed(self.a.rules.phrases(kind).find(between)):
                between = between[:m.start] + between[m.end:]
        between = regex.sub(r"(?i)\b(?:và|nhưng|còn|năm|\d{4})\b|[,\s]", "", between)
        return previous[-1] if not between else None

    def triggers_before(self, position: int) -> bool:
        return any(m.end <= position and m.value.metric_name for m in self.triggers)

    def add_change_only(self, q, metric, trigger, change, window, role) -> None:
        d = Draft(metric, self.sent, q, "change_only", window, trigger=trigger)
        d.from_topic = trigger is None and not self.rate_trigger(q.start, self.sent.start) \
            and not self.triggers_before(q.start)
        d.changes.append(change)
        if role == "target_change":
            d.status = "target"
        if role == "paren_change":
            d.location = S.paren_marker(self.a, self.sent, q.start, q.end)
        self.drafts.append(d)

    def change_metric(self, q: Quantity) -> tuple[str | None, Match | None]:
        for m in reversed(self.triggers):
            if m.end <= q.start and m.value.metric_name:
                return m.value.metric_name, m
            if m.end <= q.start and m.value.blocker:
                return None, None
        for m in self.triggers:
            if m.value.metric_name and m.value.rate and m.start >= q.end:
                return m.value.metric_name, m
        metric, trigger, _ = self.topic_metric("percent")
        if metric is None and self.rate_trigger(q.start, self.sent.start):
            return "grdp", None
        return metric, trigger

    def aspect_host(self, q: Quantity) -> Draft | None:
        """`tăng 9,7% về số doanh nghiệp`: the figure counting what the aspect names."""
        right = self.text[q.end:min(self.sent.end, q.end + 30)].lower()
        lo = self.a.hard_left(self.sent, q.start)
        counted = [d for d in self.drafts if d.value is not None and lo <= d.anchor.start < q.start
                   and unit_class(d.value.unit) == "count" and d.value.unit in right]
        return counted[-1] if counted else None

    def aspect_after(self, q: Quantity) -> str | None:
        right = self.text[q.end:min(self.sent.end, q.end + 30)]
        for m in self.a.rules.phrases("aspect").find(right):
            if not right[:m.start].strip():
                return m.value
        return None

    def change_from(self, q: Quantity, verb: Match | None, window: int) -> dict:
        direction = verb.value if verb else "up"  # a rate named by its indicator rises unless a verb says not
        change = {"direction": direction, "percent": q.amount if q.unit == "percent" else None,
                  "amount": None, "basis": self.basis_of(q, verb), "qualifier": q.qualifier.value}
        return change

    def basis_of(self, q: Quantity, verb: Match | None) -> str | None:
        a = self.a
        start = verb.start if verb else self.segment_start(q.start, self.sent.start)
        between = (start, q.start)
        if any(m.value == "annual_average" for m in a.find("basis", *between)):
            return "annual_average"
        if S.plan_basis(a, start, q.start):
            return "plan"
        right = self.text[q.end:min(self.sent.end, q.end + 25)]
        if verb is not None and verb.value and a.find("plan_verb", verb.start, verb.end) and \
                self._starts_with(right, "plan_share"):
            return "plan"
        if regex.match(r"\s*(?:mỗi năm|/năm|hằng năm|hàng năm)", right, regex.I):
            return "annual_average"
        stop = self.a.hard_right(self.sent, q.end)
        later = [d.anchor.start for d in self.drafts if d.anchor.start > q.end and d.value is not None
                 and d.role != "base"]
        return S.basis_after(a, self.sent, q.end, min([stop] + later))

    def host_for(self, q: Quantity, window: int) -> Draft | None:
        lo, hi = self.a.hard_left(self.sent, q.start), self.a.hard_right(self.sent, q.end)
        values = [d for d in self.drafts if d.role in ("value", "paren") and lo <= d.anchor.start < hi]
        left = [d for d in values if d.anchor.start < q.start]
        seg = self.segment_start(q.start, lo)
        own = [m for m in self.triggers if seg <= m.start and m.end <= q.start and m.value.metric_name]
        right = [d for d in values if d.anchor.start > q.end]
        candidate = left[-1] if left else (right[0] if right else None)
        if candidate is None or own and own[-1].value.metric_name != candidate.metric:
            return None
        return (self.total_of_components(q, seg, left) if left else None) or candidate

    def total_of_components(self, q: Quantity, seg: int, left: list[Draft]) -> Draft | None:
        """`xuất khẩu đạt A, nhập khẩu đạt B, tăng trưởng bình quân C` in a breakdown:
        a subjectless change after several components is the total's."""
        if self.sent.parent is None or len({d.metric for d in left}) < 2:
            return None
        if not self.a.find("change_verb", seg, seg + 12) or self.text[seg:q.start].strip()[:1].isupper():
            return None
        parents = self.doc.by_sentence.get(self.sent.parent, [])
        totals = [d for d in parents if d.value is not None]
        return totals[0] if totals else None

    def add_to_host(self, q: Quantity, role: str, window: int) -> None:
        if role == "plan_share":
            host = self.nearest_value(q.start)
            if host is not None:
                host.plan_share = q.amount
            return
        if role == "multiplier":
            host = self.nearest_value(q.start, self.a.hard_left(self.sent, q.start))
            if host is not None:
                verb = self.change_verb(q.start, window)
                host.changes.append({"direction": "up", "percent": None, "amount": None,
                                     "basis": self.basis_of(q, verb), "qualifier": None, "factor": q.amount})
            return
        host = self.amount_host(q)
        if host is not None:
            verb = self.change_verb(q.start, window)
            host.changes.append({"direction": verb.value if verb else "up", "percent": None,
                                 "amount": {"amount": q.amount, "unit": q.unit, "qualifier": q.qualifier.value},
                                 "basis": self.basis_of(q, verb), "qualifier": q.qualifier.value})

    def amount_host(self, q: Quantity) -> Draft | None:
        lo, hi = self.a.hard_left(self.sent, q.start), self.a.hard_right(self.sent, q.end)
        same = [d for d in self.drafts if d.value is not None and d.value.unit == q.unit
                and lo <= d.anchor.start < hi]
        return min(same, key=lambda d: abs(d.anchor.start - q.start), default=None)

    def pair_respectively(self) -> None:
        """`Trung Quốc, Nhật Bản và Hàn Quốc với kim ngạch lần lượt là A, B và C`:
        the places or partners listed before pair with the figures after, in order."""
        for r in self.a.find("respectively", self.sent.start, self.sent.end):
            lo = self.a.hard_left(self.sent, r.start)
            figures = [d for d in self.drafts if d.anchor.start >= r.end and d.role in ("value", "change_only")]
            first = figures[0].anchor.start if figures else r.end
            places = S.location_markers(self.a, self.sent)
            places = [p for p in places if lo <= p[0] < r.start] or [p for p in places if r.end <= p[0] < first]
            partners = (self.a.entities_in(lo, r.start, EntityType.COUNTRY, EntityType.REGION)
                        or self.a.entities_in(r.end, first, EntityType.COUNTRY, EntityType.REGION))
            if len(places) >= 2 and len(figures) >= len(places):
                for d, place in zip(figures, places):
                    d.location = place[2]
            elif len(partners) >= 2 and len(figures) >= len(partners):
                for d, partner in zip(figures, partners):
                    d.partner = partner.norm or partner.text

    def add_numberless_changes(self) -> None:
        numbered = [q.start for q, role, _ in self.roles if role in ("change", "multiplier")]
        for m in self.a.find("numberless_change", self.sent.start, self.sent.end):
            if any(m.end <= start <= m.end + 14 for start in numbered):
                continue
            host = self.numberless_host(m)
            if host is None:
                continue
            verbs = self.a.rules.phrases("change_verb").find(m.text)
            direction = "down" if any(v.value == "down" for v in verbs) else "up"
            plan = any(p.value == "plan" for p in self.a.find("basis", m.start, m.end))
            stop = self.a.hard_right(self.sent, m.end)
            after = max(m.end, host.anchor.end)
            later = [d.anchor.start for d in self.drafts if d.anchor.start > after and d.value is not None
                     and d.role != "base"]
            basis = "plan" if plan else S.basis_after(self.a, self.sent, m.end, min([stop] + later))
            host.changes.append({"direction": direction, "percent": None, "amount": None,
                                 "basis": basis, "qualifier": None})

    def numberless_host(self, m: Match) -> Draft | None:
        lo, hi = self.a.hard_left(self.sent, m.start), self.a.hard_right(self.sent, m.end)
        values = [d for d in self.drafts if d.role in ("value", "paren") and lo <= d.anchor.start < hi]
        left = [d for d in values if d.anchor.start < m.start]
        right = [d for d in values if d.anchor.start >= m.end]
        return left[-1] if left else (right[0] if right else None)

    # -- slots ---------------------------------------------------------
    def fill_slots(self, d: Draft) -> None:
        a, sent, q = self.a, self.sent, d.anchor
        if d.status is None:
            d.status = S.status_cue(a, d.window, q.start)
            if d.status in (None, "actual"):
                d.status = self.governor_status(d) or d.status or self.predicate_status(d)
        if d.host is not None and d.role == "base":
            d.location, d.product, d.partner = d.host.location, d.host.product, d.host.partner
            return
        if d.location is None:
            d.location = S.location_of(a, sent, q.start)
        d.subject = self.subject_of(d)
        if d.subject and d.metric in ("investment_capital", "fdi_capital", "ddi_capital"):
            d.metric = "project_capital"
        if d.metric in S.PARTNER_METRICS:
            start = sent.start if d.metric == "project_capital" else d.window
            d.partner = S.partner_of(a, start, q.start, self.next_break(q.end))
        if d.metric in S.PRODUCT_METRICS:
            d.product = self.product_of(d)
        d.sector = self.sector_of(d)

    def governor_status(self, d: Draft) -> str | None:
        """`tỉnh phấn đấu ... đạt 1,9 tỉ USD, đưa cả năm đạt 3,5 tỉ USD`: a target or forecast
        verb earlier in the item governs the clauses coordinated after it."""
        cue = S.status_cue(self.a, self.a.hard_left(self.sent, d.anchor.start), d.window)
        return cue if cue in ("target", "forecast") else None

    def predicate_status(self, d: Draft) -> str | None:
        """A figure that is the subject of its clause (`6 mặt hàng ... dự kiến đóng góp`)
        takes the status of the clause's verb."""
        q = d.anchor
        if not S.only_discourse(self.a, self.text[d.window:q.start]) or d.value is None:
            return None
        following = [o.anchor.start for o in self.drafts if o.anchor.start > q.end]
        end = min(following + [self.a.hard_right(self.sent, q.end)])
        cue = S.status_cue(self.a, q.end, end)
        return cue if cue != "actual" else None

    def subject_of(self, d: Draft) -> str | None:
        a, sent, q = self.a, self.sent, d.anchor
        found = S.named_subject(a, d.window, q.start) or S.named_subject(a, sent.start, d.window)
        if found:
            return found
        if self.doc.last_subject and S.anaphor_opens(a, sent, q.start) or \
                self.doc.last_subject and self.anaphor_earlier(q.start):
            return self.doc.last_subject
        return None

    def anaphor_earlier(self, position: int) -> bool:
        for m in regex.finditer(r"[,;]", self.text[self.sent.start:position]):
            if S.anaphor_opens(self.a, self.sent, self.sent.start + m.start()):
                return True
        return False

    def product_of(self, d: Draft) -> str | None:
        a, sent, q = self.a, self.sent, d.anchor
        if d.metric == "production_capacity" and d.value is not None:
            tail = self.text[q.end:self.next_break(q.end)]
            tail = regex.split(r"/|\bvà\b|\bmỗi\b|\bmột\b", tail)[0]
            if q.unit in _MEASURES:
                return S.clean_phrase(a, tail)
            return S.clean_phrase(a, q.unit + tail) or q.unit
        if d.role == "target":
            host = self.nearest_value(q.start)
            return host.product if host else None
        if self.sector_head_span(q) is not None:
            return None
        start = self.value_window(q) if d.value is not None else d.window
        marker = self.inner_breakdown()
        if marker is not None and start < marker <= q.start:
            start = marker
        in_window = d.trigger is not None and start <= d.trigger.start < q.start
        product = None
        intro = a.find("list_intro", start, q.start)
        product = self.group_product(d)
        if product is None and intro:
            product = S.item_subject(a, intro[-1].end, q.start)
        elif product is None and not in_window:
            product = S.item_subject(a, start, q.start)
        return (product or (S.product_after_trigger(a, d.trigger, q.start) if in_window else None)
                or self.copula_product(q.start)
                or S.strip_activity(a, S.industry_subject(a, sent, q.start))
                or self.restricted_product(q.start)
                or S.product_after_trigger(a, d.trigger, q.start))

    def value_window(self, q: Quantity) -> int:
        """Where the figure's item starts, counting only values (not changes) as ends."""
        lo = self.a.hard_left(self.sent, q.start)
        ends = [o.end for o, role, _ in self.roles if role in VALUE_ROLES and lo <= o.start and o.end <= q.start]
        return max([lo] + ends)

    def copula_product(self, position: int) -> str | None:
        """`Đóng góp chủ yếu là thép và phôi thép của Formosa, với ... 2,2 tỷ USD`."""
        for m in self.a.find("product_copula", self.a.hard_left(self.sent, position), position):
            return S.noun_phrase(self.a, m.end, position, allow_and=True)
        return None

    def group_product(self, d: Draft) -> str | None:
        """`6 mặt hàng chủ lực ... đóng góp hơn 19 tỷ USD`: the counted group is the product."""
        groups = [o for o in self.drafts if o.metric == "export_product_groups" and o.anchor.end <= d.window]
        if not groups or d.window != groups[-1].anchor.end:
            return None
        g = groups[-1].anchor
        return S.noun_phrase(self.a, g.end - len(g.unit), self.next_break(g.end))

    def restricted_product(self, position: int) -> str | None:
        if S.restricted_scope(self.a, self.sent, position):
            return None
        for m in self.a.find("restriction", self.sent.start, position):
            rest = self.text[m.end:position]
            found = regex.match(r"\s*(?:mặt hàng|sản phẩm|nhóm hàng)\s+", rest, regex.I)
            if found:
                return S.noun_phrase(self.a, m.end + found.end(), position)
            named = [t for t in self.triggers if m.end < t.start < position]
            if named and not self.a.entities_in(m.end, named[0].start, *EntityType) and not any(
                    m.end <= p.start < named[0].start for p in self.a.periods_in(self.sent)):
                return S.clean_phrase(self.a, self.text[m.end:named[0].start])
        return None

    def sector_of(self, d: Draft) -> str | None:
        a, sent, q = self.a, self.sent, d.anchor
        investment = d.metric.startswith(("fdi_", "ddi_", "investment_", "project_"))
        restricted = (S.restricted_scope(a, sent, q.start) or S.bracket_restriction(a, d.trigger, q.start)
                      or (None if investment else self.sector_head(q)))
        if restricted:
            return restricted
        if d.metric == "budget_revenue":
            return self.budget_component(d)
        if d.metric in ("industrial_production_index", "revenue"):
            in_item = d.trigger is not None and d.trigger.start >= a.hard_left(sent, q.start) \
                and not self.inner_breakdown_between(d.trigger.end, q.start)
            phrase = S.after_trigger_phrase(a, d.trigger, q.start) if in_item else None
            return phrase or S.industry_head(a, sent, q.start)
        if d.metric == "employment":
            return S.industry_subject(a, sent, q.start)
        if d.metric.startswith(("fdi_", "ddi_", "investment_")):
            if a.find("component_total", d.window, q.start):
                return None
            right = self.component_end(q.end) if unit_class(q.unit) == "count" else q.start
            own = S.component_sector(a, d.window, right)
            if own or d.value is None or unit_class(d.value.unit) == "count":
                return own
            counts = [o for o in self.drafts if o.anchor.end <= q.start and o.value is not None
                      and unit_class(o.value.unit) == "count" and o.anchor.start >= a.hard_left(sent, q.start)]
            return counts[-1].sector if counts and counts[-1].sector else None
        return None

    def inherit_from_parent(self) -> None:
        """A `Trong đó ...` clause without its own keyword or basis takes its parent's."""
        marker = self.inner_breakdown()
        if marker is not None:
            before = [d for d in self.drafts if d.anchor.end <= marker]
            after = [d for d in self.drafts if d.anchor.start >= marker]
            if before:
                self.inherit(before[0], after)
        if self.sent.parent is None:
            return
        parents = self.doc.by_sentence.get(self.sent.parent, [])
        if parents:
            self.inherit(parents[0], self.drafts)

    def inner_breakdown(self) -> int | None:
        """Where a `, trong đó ...` breakdown starts inside the sentence."""
        for m in self.a.find("breakdown", self.sent.start + 12, self.sent.end):
            if m.text.lower() == "trong đó" and self.text[:m.start].rstrip()[-1:] in (",", ";"):
                return m.end
        return None

    def sector_head_span(self, q: Quantity) -> tuple[int, int] | None:
        start = self.value_window(q)
        for m in self.a.find("sector_head", start, q.start):
            cue = self.a.find("status", m.end, q.start)
            if cue and S.only_discourse(self.a, self.text[start:m.start]):
                return m.start, cue[-1].start
        return None

    def parent_trigger(self, kind: str) -> Match | None:
        """The trigger of the sentence a breakdown item belongs to."""
        start, end = self.sent.start, self.sent.start
        if self.sent.parent is not None:
            parent = self.a.sentences[self.sent.parent]
            start, end = parent.start, parent.end
        marker = self.inner_breakdown()
        if marker is not None:
            start, end = self.sent.start, marker
        found = [m for m in self.a.rules.triggers.find(self.text, start, end)
                 if m.value.metric_name and self._fits(m, kind)]
        return found[0] if found else None

    def sector_head(self, q: Quantity) -> str | None:
        """`Trong đó, khu vực có vốn đầu tư nước ngoài đạt ...`: the sector an item opens with."""
        start = self.value_window(q)
        for m in self.a.find("sector_head", start, q.start):
            cue = self.a.find("status", m.end, q.start)
            if cue and S.only_discourse(self.a, self.text[start:m.start]) \
                    and not self.a.entities_in(m.start, cue[-1].start, EntityType.PROVINCE):
                return clean_words(self.text[m.start:cue[-1].start])
        return None

    def budget_component(self, d: Draft) -> str | None:
        """`Trong đó, thu nội địa đạt ...`: a budget component is its sector, as written."""
        if d.trigger is None or self.sent.parent is None and self.inner_breakdown() is None:
            return None
        start = self.value_window(d.anchor)
        cue = self.a.find("status", start, d.anchor.start)
        if not cue:
            return None
        phrase = clean_words(self.text[start:cue[0].start])
        for opener in self.a.rules.words_of("discourse"):
            if phrase and phrase.lower().startswith(opener.lower() + ","):
                phrase = clean_words(phrase[len(opener) + 1:])
        return phrase if phrase and not phrase.lower().startswith(("thu ngân sách", "tổng thu")) else None

    def inner_breakdown_between(self, start: int, end: int) -> bool:
        marker = self.inner_breakdown()
        return marker is not None and start <= marker <= end

    def inherit(self, parent: Draft, children: list[Draft]) -> None:
        for d in children:
            if S.status_cue(self.a, d.window, d.anchor.start) is None and d.role not in ("target", "base") \
                    and d.status in (None, "actual"):
                d.status = parent.status
            if parent.change and parent.change.get("basis"):
                for c in d.changes:
                    if c.get("basis") is None and c.get("percent") is not None:
                        c["basis"] = parent.change["basis"]
