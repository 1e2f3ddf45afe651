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
from .changes import ChangeReading
from .drafts import COMPARED, FACT_ROLES, VALUE_ROLES, Draft, merge_repeats, to_fact
from .filling import SlotFilling
from .lexicon import FactRules, Match

_TRAILING_VERB = regex.compile(r"(?:(?:tăng|giảm)(?:\s+thêm)?|tăng\s+vốn\s+thêm)\s*$", regex.I)
# `số vốn tăng thêm 140 triệu USD` names an amount of capital: a value, not a change.
_ADDED_CAPITAL = regex.compile(r"vốn\s+(?:tăng|giảm)\s+thêm\s*$", regex.I)
_CLAUSE_MARK = regex.compile(r"[,;:]")
_TRAILING_TIMES = regex.compile(r"gấp\s*$", regex.I)
_TRAILING_REACH = regex.compile(r"(?:bằng|đạt)\s*$", regex.I)
_TRAILING_CHANGE = regex.compile(r"\s*(?:tăng|giảm)\s*$", regex.I)
_JOINED_CHANGE = regex.compile(r"\s*(?:về\s[^,;]*?)?\s*và\s*")
_BLANK = regex.compile(r"\s*")
_COMPONENT_END = regex.compile(r"[,;:.]|\bvới\b|\bvà\b(?=[^,;.]*\d)")
_BREAK = regex.compile(r"[,;:.]|\bvới\b|\bvà\b")


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
        self.paragraph_metrics: dict[int, set[str]] = {}  # metrics drafted so far, by paragraph

    def run(self) -> list[Draft]:
        drafts: list[Draft] = []
        for sent in self.a.sentences:
            if sent.role == "heading":
                continue
            # Every fact hangs on a figure: a sentence without one makes none.
            made = _SentenceAssembly(self, sent).run() if self.a.quantities_in(sent) else []
            self.by_sentence[sent.index] = made
            self.paragraph_metrics.setdefault(sent.paragraph, set()).update(d.metric for d in made)
            drafts.extend(made)
            self._remember(sent, made)
        self._choose_periods(drafts)
        return merge_repeats(drafts)

    def _remember(self, sent: Sent, made: list[Draft]) -> None:
        if sent.role != "body":
            return
        triggers = [m for m in self.a.matches(self.a.rules.triggers, sent.start, sent.end)
                    if m.value.metric_name and m.value.topical and not self.a.in_name(m.start)]
        if triggers:
            self.topic = triggers[-1]
        money = [d for d in made if d.value is not None and unit_class(d.value.unit) == MONEY
                 and d.subject is None and d.role == "value" and d.metric in self.a.rules.topical_metrics]
        self.topic_metric_name = money[-1].metric if money else (
            triggers[-1].value.metric_name if triggers else self.topic_metric_name)
        self.topic_metric_name = self._topic_after(sent, made) or self.topic_metric_name
        subjects = [d.subject for d in made if d.subject]
        # `Công ty X khởi công nhà máy ... Dự án có tổng vốn đầu tư ...`: a company that
        # opens a sentence without a figure is still what `dự án` in the next refers to.
        opening = None if made else S.named_subject(self.a, sent.start, min(sent.end, sent.start + 60))
        self.last_subject = subjects[-1] if subjects else opening

    def _topic_after(self, sent: Sent, made: list[Draft]) -> str | None:
        """The metric a figure of this sentence hands the topic back to
        (`topic_after` in metrics.yaml), if its paragraph stated it."""
        wanted = [d.trigger.value.topic_after for d in made
                  if d.trigger is not None and d.trigger.value.topic_after]
        if not wanted or wanted[-1] not in self.paragraph_metrics.get(sent.paragraph, ()):
            return None
        return wanted[-1]

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
        for d in drafts:
            for change in d.changes:
                if change.get("basis") is None:
                    change["basis"] = P.basis_between(d.period, change.get(COMPARED))

    def _period_of(self, d: Draft, inherited: PeriodMention | None, any_stated: bool) -> None:
        a, sent = self.a, d.sent
        if d.role == "base" and d.host is not None:
            d.period = self._base_period(d)
            return
        comma = _CLAUSE_MARK.search(a.text[d.anchor.end:sent.end])
        segment_end = d.anchor.end + comma.start() if comma else sent.end
        own = P.stated_in(a, sent, d.anchor.start, segment_end)
        if own is not None:
            d.period = P.resolve(a, sent, own.mention, d.metric)
        elif d.subject or sent.role != "body" or not any_stated:
            d.period = None
        else:
            d.period = P.resolve(a, sent, inherited, d.metric)
            opening = P.opening_comparison(a, sent, d.anchor.start)
            if opening is not None:
                d.period = P.shifted(d.period, opening, same_span=True)

    def _base_period(self, d: Draft) -> Period | None:
        a, sent = self.a, d.sent
        after = [p for p in a.periods_in(sent) if d.anchor.end <= p.start <= d.anchor.end + 30]
        if not after:
            return d.host.period
        mention = after[0]
        same_span = "cùng kỳ" in a.text[max(sent.start, mention.start - 10):mention.end].lower()
        return P.shifted(d.host.period, mention, same_span)


class _SentenceAssembly(ChangeReading, SlotFilling):
    """The facts of one sentence."""

    def __init__(self, doc: _ArticleAssembly, sent: Sent) -> None:
        self.doc, self.a, self.sent = doc, doc.a, sent
        self.text = self.a.text
        self.drafts: list[Draft] = []
        self.roles: list[tuple[Quantity, str, int]] = []
        self.head_spans: dict[int, tuple[int, int] | None] = {}  # see SlotFilling.sector_head_span
        self.triggers = [m for m in self.a.matches(self.a.rules.triggers, sent.start, sent.end)
                         if not self.a.in_name(m.start)]

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
            elif role == "base_change":
                self.add_base_change(q, window)
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
        for m in _CLAUSE_MARK.finditer(self.text[floor:position]):
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
            return "multiplier" if _TRAILING_TIMES.search(left) else "other"
        if self._ends_with(left, "target_base"):
            return "target"
        if self._ends_with(left, "comparison_base"):
            return "base"
        if _TRAILING_VERB.search(left) and self.same_unit_in_item(q) and not _ADDED_CAPITAL.search(left):
            return "change_amount"
        return "value"

    def percent_role(self, q: Quantity, left: str, right: str, window: int) -> str:
        if _TRAILING_REACH.search(left) and self._starts_with(right, "plan_share"):
            return "plan_share"
        if self._ends_with(left, "change_base"):
            return "base_change"
        if _TRAILING_CHANGE.search(left) and self._ends_with(_TRAILING_CHANGE.sub("", left), "target_base"):
            return "target_change"
        if self.change_verb(q.start, window) or self.rate_trigger(q.start, window):
            return "change"
        previous = [r for r in self.roles if r[1] == "change"]
        if previous and _JOINED_CHANGE.fullmatch(self.text[previous[-1][0].end:q.start]):
            return "change"
        return "other"

    def _ends_with(self, left: str, kind: str) -> bool:
        return any(_BLANK.fullmatch(left[m.end:]) for m in self.a.rules.phrases(kind).find(left))

    def _starts_with(self, right: str, kind: str) -> bool:
        return any(_BLANK.fullmatch(right[:m.start]) for m in self.a.rules.phrases(kind).find(right))

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
        """The trigger right after the figure (`1,039 tỷ USD vốn FDI`), else the
        parent's for a breakdown item (`Trong đó, khu vực FDI đạt ...`), else the
        nearest before it."""
        for m in self.triggers:
            if m.start >= q.end and not self.text[q.end:m.start].strip() and self._fits(m, kind):
                return m
        head = self.sector_head_span(q)
        if head is not None:
            # `Riêng khu vực Phú Yên cũ, kim ngạch xuất khẩu ước đạt ...` names its own metric
            # after a comma; `khu vực có vốn đầu tư nước ngoài đạt` holds one in its name.
            own = [m for m in self.triggers if head[0] <= m.start and m.end <= q.start
                   and "," in self.text[head[0]:m.start] and m.value.metric_name and self._fits(m, kind)]
            return own[-1] if own else self.parent_trigger(kind)
        # A count (`5.000 hộ`) is what its own item's trigger counts, never one before a `;`.
        lo = self.a.hard_left(self.sent, q.start) if kind == "count" else self.sent.start
        for m in reversed(self.triggers):
            if lo <= m.start and m.end <= q.start and m.value.metric_name and self._fits(m, kind):
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
        m = _COMPONENT_END.search(self.text[position:self.sent.end])
        return position + m.start() if m else self.sent.end

    def next_break(self, position: int) -> int:
        m = _BREAK.search(self.text[position:self.sent.end])
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
        """`cấp mới 8 dự án FDI và điều chỉnh tăng vốn 5 dự án`, `...; đồng thời điều chỉnh
        tăng vốn cho ba dự án`: the scope of the figure before, in the same sentence."""
        lo = self.sent.start
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
        # `nhà đầu tư nước ngoài còn thực hiện 9 lượt góp vốn ... với giá trị 4,2 triệu USD`:
        # the investor named earlier in the item.
        scope = (self.foreign_investor(window, q) or self.scope_in(self.a.hard_left(self.sent, q.start), q.start)
                 or self.coordinated_scope(q) or self.parent_scope())
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
