"""FactAssembler: one Fact per reported figure (docs/FACTS.md, `Fact`).

Each sentence is cut into chunks (document.py); the patterns of
rules/fact_patterns.yaml give every quantity a role (roles.py); the scorer
decides which indicator names each value, which value each change belongs
to, and which place, period and scope each fact has (attachment.py); the
slot readers fill the rest (slots.py); the discourse state carries topic,
scope, subject and period from sentence to sentence (discourse.py). Then
the same figure stated twice becomes one fact and the consistency checks run.

>>> from extract import extract
>>> [(f.metric.value, f.value.amount, f.status.value, f.pattern) for f in extract(
...     "Năm 2024, kim ngạch xuất khẩu của Long An ước đạt 34,5 tỷ USD, tăng 13% so với năm ngoái.").facts]
[('export_value', 34500000000.0, 'estimate', 'money_value')]
"""

from __future__ import annotations

import math
from dataclasses import replace
from pathlib import Path

from ..analysis import Analysis
from ..schema import ConsistencyWarning, Entity, Fact, PeriodMention, Quantity
from . import attachment as A
from . import slots as S
from .chunks import PERIOD, QTY, WORD
from .consistency import check_consistency
from .discourse import Discourse, StatedPeriod
from .document import BODY, CAPTION, HEADING, ArticleView, cut_warnings
from .drafts import COMPARED, Draft, merge_repeats, to_fact
from .grammar import MONEY, FactGrammar
from .phrases import PhraseCleaner
from .reading import VALUE_ROLES, SentenceReading
from .roles import assign_roles
from .timing import as_stock_or_flow, basis_between, shifted, year_before

_CHANGE_ROLES = ("change", "change_amount", "factor", "added_amount")


class FactAssembler:
    """Builds facts from an article's quantities, periods and entities.

    Args:
        rules_dir: the directory holding the fact grammar's rule files.
    """

    def __init__(self, rules_dir: Path) -> None:
        self.grammar = FactGrammar.load(Path(rules_dir))
        self.cleaner = PhraseCleaner(self.grammar)

    def __call__(self, analysis: Analysis, quantities: list[Quantity], periods: list[PeriodMention],
                 entities: list[Entity], explain: bool = False) -> tuple[list[Fact], list[ConsistencyWarning]]:
        usable = [q for q in quantities if math.isfinite(q.amount)]  # an absurd number makes no fact
        view = ArticleView(analysis, self.grammar, usable, list(periods), list(entities))
        drafts = ArticleAssembly(view, self.grammar, self.cleaner).run()
        facts = [to_fact(d, explain) for d in drafts]
        return facts, cut_warnings(view, facts) + check_consistency(facts, self.grammar)

    def roles(self, analysis: Analysis, quantities: list[Quantity], periods: list[PeriodMention],
              entities: list[Entity]) -> list[tuple[Quantity, str, str]]:
        """Every quantity with the role its sentence gives it and the pattern that
        gave it, facts or not (`chiếm 56%`: share)."""
        view = ArticleView(analysis, self.grammar, [q for q in quantities if math.isfinite(q.amount)],
                           list(periods), list(entities))
        found = []
        for info in view.sentences:
            sentence = view.chunk(info)
            for index, role in sorted(assign_roles(sentence, self.grammar).items()):
                found.append((sentence.chunks[index].payload, role.role, role.pattern))
        return found


class ArticleAssembly:
    """Reads an article sentence by sentence, carrying the discourse state."""

    def __init__(self, view: ArticleView, grammar: FactGrammar, cleaner: PhraseCleaner) -> None:
        self.view, self.grammar, self.cleaner = view, grammar, cleaner
        self.discourse = Discourse(main_place=view.main_province)

    def run(self) -> list[Draft]:
        drafts: list[Draft] = []
        for info in self.view.sentences:
            self.discourse.enter_paragraph(info.paragraph)
            sentence = self.view.chunk(info)
            self.view.analysis.counter.add("facts", len(sentence))
            figures = bool(sentence.indexes(QTY))
            roles = assign_roles(sentence, self.grammar) if figures else {}
            reading = SentenceReading(self.view, self.grammar, info, sentence, roles, self.discourse, self.cleaner)
            made = SentenceAssembly(reading).run() if figures else []
            self.discourse.facts_by_sentence[info.index] = made
            drafts.extend(made)
            remember(reading, made)
        return merge_repeats(drafts)


def remember(r: SentenceReading, made: list[Draft]) -> None:
    """What the sentence leaves for the next ones: topic place, scope,
    indicator, subject, and (a body sentence) its reporting period."""
    d, role = r.discourse, r.info.role
    if role == CAPTION:
        return
    places = [j for j, c in enumerate(r.chunks) if c.has("place") and A.stated_place(r, j)]
    if places:
        d.topic_place = A.place_norm(r, places[-1])
    investment = any(r.grammar.scoped_variants(r.grammar.unscoped(x.metric)) or r.grammar.unscoped(x.metric) != x.metric
                     for x in made)
    scopes = [c.value("scope") for j, c in enumerate(r.chunks)
              if c.value("scope") and (investment or not A.sector_scope(r, j))]
    if scopes:
        d.scope = scopes[-1]
    if role == HEADING:
        d.section_scope = scopes[-1] if scopes else None
    _remember_topic(r, made)
    subjects = [x.subject for x in made if x.subject] + _named_subjects(r)
    if subjects:
        d.last_subject = subjects[-1]
    if role == BODY:
        stated = _reported_period(r, made) or _stated_period(r)
        if stated is not None:
            d.period = stated


def _remember_topic(r: SentenceReading, made: list[Draft]) -> None:
    triggers = [c.payload for c in r.chunks if c.has("trigger") and c.payload.metric_name and c.payload.topical]
    values = [x for x in made if x.value is not None and x.role == "value" and x.subject is None
              and r.grammar.unit_class(x.value.unit) == MONEY]
    frame = None
    if values:
        frame = r.grammar.frame_of_metric(r.grammar.unscoped(values[-1].metric))
    elif triggers:
        frame = triggers[-1]
    if frame is not None and frame.topic_after:
        frame = r.grammar.frame(frame.topic_after)
    if frame is not None and frame.topical:
        r.discourse.topic_frame = frame


def _named_subjects(r: SentenceReading) -> list[str]:
    names = [c.text for c in r.chunks if c.has("named_subject") and not c.has("agency")]
    return names


def _reported_period(r: SentenceReading, made: list[Draft]) -> StatedPeriod | None:
    """The period the sentence's last own figure states: what the sentence
    reports, rather than a time phrase dating something else."""
    own = [d for d in made if d.role in ("value", "change_only", "paren_value") and d.subject is None
           and d.stated_period is not None]
    if not own:
        return None
    choice = own[-1].stated_period
    return StatedPeriod(choice.period, choice.cutoff, r.info.index)


def _stated_period(r: SentenceReading) -> StatedPeriod | None:
    """The last reporting period the sentence states, as later sentences inherit it."""
    for j in range(len(r.chunks) - 1, -1, -1):
        chunk = r.chunks[j]
        if chunk.kind != PERIOD and not chunk.has("current"):
            continue
        choice = A.reporting_period(r, j)
        if choice is None or A.period_features(r, j, j)["comparison"] or A.period_features(r, j, j)["background"]:
            continue
        if choice.current and choice.period is None:
            return None  # `hiện` without a date: nothing to inherit
        return StatedPeriod(choice.period, choice.cutoff, r.info.index)
    return None


class SentenceAssembly:
    """The facts of one sentence."""

    def __init__(self, reading: SentenceReading) -> None:
        self.r = reading

    def run(self) -> list[Draft]:
        r = self.r
        for index in r.sentence.indexes(QTY):
            if r.role(index) in VALUE_ROLES:
                self._add_value(index)
        for index in r.sentence.indexes(QTY):
            role = r.role(index)
            if role in _CHANGE_ROLES:
                self._add_change(index, role)
            elif role == "plan_share":
                self._add_plan_share(index)
            elif role == "base_change":
                self._add_change_only(index, "change", host=self._nearest_figure(index))
            elif role == "paren_change":
                self._add_bracketed_change(index)
        self._add_numberless_changes()
        for d in list(r.drafts):
            self._fill(d)
        self._pair_respectively()
        self._share_among_places()
        self._inherit_from_parent()
        return [d for d in r.drafts if (d.value is not None or d.changes) and self._grounded(d)]

    # ------------------------------------------------------------ figures

    def _add_value(self, index: int) -> None:
        r = self.r
        role = r.roles[index]
        host = self._nearest_value(index) if role.role in ("base", "target") else None
        if role.role == "target" and r.unit_class(index) == "percent":
            # `trong khi kế hoạch đặt ra là tăng 15%`: the planned change of the figure's indicator
            self._add_change_only(index, "change", host=host or self._nearest_figure(index))
            return
        if host is not None:
            d = self._draft(index, host.metric, role.role, role.pattern, value=True, host=host)
            d.negative, d.trigger = host.negative, host.trigger
        else:
            choice, decision = A.choose_metric(r, index)
            metric = self._metric(choice)
            if metric is None:
                return
            d = self._draft(index, metric, role.role, role.pattern, value=True)
            d.trigger, d.negative = choice.trigger, choice.frame.negative
            d.from_topic = choice.source == "topic"
            d.decisions["metric"] = decision
        if role.role == "target":
            d.status = "target"
        if role.role == "base":
            d.status = "actual"
        if role.role == "paren_value" and role.bindings.get("place"):
            d.location = A.place_norm(r, role.bindings["place"][0])

    def _metric(self, choice) -> str | None:
        """The metric a choice names; a generic word (`kim ngạch`, `trị giá`)
        names the indicator of the nearest trigger before it, else the topic's."""
        if choice is None or choice.frame.blocker:
            return None
        frame = choice.frame
        if frame.metric_name is not None:
            return frame.metric_name
        r = self.r
        before = [j for j in r.sentence.indexes(tag="trigger")[::-1]
                  if choice.trigger is not None and j < choice.trigger and r.chunks[j].payload.metric_name]
        if before:
            return r.chunks[before[0]].payload.metric_name
        topic = r.discourse.topic_frame
        return topic.metric_name if topic is not None else None

    def _draft(self, index: int, metric: str, role: str, pattern: str, value: bool, host: Draft | None = None) -> Draft:
        r = self.r
        q = r.quantity(index)
        d = Draft(metric, r.info, index, q, role, pattern, value=q if value else None, host=host)
        r.drafts.append(d)
        return d

    def _nearest_figure(self, index: int) -> Draft | None:
        """The nearest fact of the sentence before `index`, with a value or not."""
        before = [d for d in self.r.drafts if d.index < index and d.role in ("value", "paren_value", "change_only")]
        return before[-1] if before else None

    def _nearest_value(self, index: int) -> Draft | None:
        before = [d for d in self.r.value_drafts() if d.index < index and d.role in ("value", "paren_value")]
        return before[-1] if before else None

    def _add_change(self, index: int, role: str) -> None:
        r = self.r
        aspect = S.aspect_after(r, index)
        if aspect == "other":
            return  # `tăng 9% về sản lượng`: a measure outside the schema
        if aspect is not None and role in ("change", "factor"):
            self._add_aspect_change(index, aspect, role)
            return
        host, decision = A.choose_host(r, index, same_unit=role in ("change_amount", "added_amount"))
        if host is None and role == "added_amount":
            self._add_value(index)  # `1 dự án điều chỉnh tăng vốn thêm 75.399 tỷ đồng`: a figure of its own
            return
        role = "change_amount" if role == "added_amount" else role
        if host is None and A.has_host(r, index):
            return  # the change of a figure that is no fact (`38,5 triệu lít, tăng 18,7%`)
        if host is None:
            self._add_change_only(index, role)
            return
        host.changes.append(S.change_of(r, index, role, host))
        if decision is not None:
            host.decisions.setdefault("host", decision)

    def _add_change_only(self, index: int, role: str, host: Draft | None = None) -> None:
        r = self.r
        pattern = r.roles[index].pattern
        same = self._continued_change(index) if r.role(index) != "base_change" else None
        if same is not None and host is None:
            same.changes.append(S.change_of(r, index, role, None))
            return
        choice = None
        if host is not None:
            metric, trigger = host.metric, host.trigger
            decision = None
        else:
            choice, decision = A.choose_metric(r, index, for_change=True)
            metric, trigger = self._metric(choice), choice.trigger if choice else None
        if metric is None:
            return
        d = self._draft(index, metric, "change_only", pattern, value=False)
        d.trigger = trigger
        d.from_topic = host is None and choice is not None and choice.source == "topic"
        if decision is not None:
            d.decisions["metric"] = decision
        d.changes.append(S.change_of(r, index, role, None))
        if r.role(index) == "target":
            d.status, d.host = "target", None
        if r.role(index) == "base_change":
            d.host, d.role, d.status = host, "base", "actual"

    def _add_aspect_change(self, index: int, aspect: str, role: str) -> None:
        """`tăng 2,7% về số doanh nghiệp và 1,3% về vốn đăng ký`, `gấp 3 lần về số vốn`: the change of the
        count, of the money figure, or of the counted things' capital."""
        r = self.r
        counts = [d for d in r.value_drafts() if d.index < index and r.grammar.unit_class(d.value.unit) == "count"]
        moneys = [d for d in r.value_drafts() if d.index < index and r.grammar.unit_class(d.value.unit) == "money"]
        if aspect == "count" and counts:
            counts[-1].changes.append(S.change_of(r, index, role, counts[-1]))
        elif aspect == "money" and moneys:
            moneys[-1].changes.append(S.change_of(r, index, role, moneys[-1]))
        elif aspect == "capital":
            capital = r.grammar.capital_of(counts[-1].metric) if counts else None
            owned = [d for d in moneys if capital and d.metric == capital]
            if owned:
                owned[-1].changes.append(S.change_of(r, index, role, owned[-1]))
            elif capital:
                d = self._draft(index, capital, "change_only", r.roles[index].pattern, value=False)
                d.changes.append(S.change_of(r, index, role, None))
        else:
            self._add_change_only(index, role)

    def _add_bracketed_change(self, index: int) -> None:
        """`thấp hơn Kon Tum (6,8%)`: the same indicator's change for the bracketed place."""
        r = self.r
        figures = [d for d in r.drafts if d.index < index]
        if figures:
            metric, trigger = figures[0].metric, figures[0].trigger
        else:  # `tăng cao là Bắc Giang (30,4%), Phú Thọ (17,6%)`: the indicator the sentence names
            choice, _ = A.choose_metric(r, index, for_change=True)
            metric, trigger = self._metric(choice), choice.trigger if choice else None
        if metric is None:
            return
        d = self._draft(index, metric, "change_only", r.roles[index].pattern, value=False)
        d.trigger = trigger
        d.location = A.place_norm(r, r.roles[index].bindings["place"][0])
        change = S.change_of(r, index, "change", None)
        change["direction"], change["basis"] = "up", None
        change.pop(COMPARED, None)
        d.changes.append(change)

    def _continued_change(self, index: int) -> Draft | None:
        """`tăng 10,67% so với tháng trước và tăng 22,44% so với cùng kỳ`: a second
        change of the same figure (nothing but its comparison, a verb and `và`
        between) goes to the change-only fact of the first."""
        r = self.r
        earlier = [d for d in r.drafts if d.index < index and d.value is None and d.role == "change_only"]
        if not earlier or not r.same_item(earlier[-1].index, index) \
                or r.sentence.tagged("respectively", r.item_start(index), index):
            return None
        for j in r.sentence.between(earlier[-1].index, index):
            chunk = r.chunks[j]
            if chunk.kind == PERIOD and not chunk.has("comparison_period"):
                return None  # `GRDP 6 tháng tăng 11,29% và quý III tăng 9,09%`: another figure
            if chunk.kind not in (PERIOD, WORD) or chunk.has("trigger") or chunk.has("place"):
                return None
        return earlier[-1]

    def _add_plan_share(self, index: int) -> None:
        host, _ = A.choose_host(self.r, index)
        if host is not None:
            host.plan_share = self.r.quantity(index).amount

    def _add_numberless_changes(self) -> None:
        r = self.r
        for j, change in S.numberless_changes(r):
            candidates = [d for d in r.value_drafts() if d.role in ("value", "paren_value") and r.same_item(d.index, j)]
            before = [d for d in candidates if d.index < j]
            host = before[-1] if before else (candidates[0] if candidates else None)
            if host is not None and not any(c.get("percent") is not None for c in host.changes):
                if change["basis"] is None:
                    change["basis"] = S.basis_of(r, max(j, host.index), None)
                host.changes.append(change)

    # ------------------------------------------------------------ slots

    def _fill(self, d: Draft) -> None:
        r = self.r
        if d.role in ("base", "target") and d.host is not None:
            self._fill_from_host(d)
            for change in d.changes:
                change.pop(COMPARED, None)  # a base's own change is as stated, never measured against
            return
        d.subject = S.subject_of(r, d) if "subject" in r.grammar.slots_of(d.metric) or \
            r.grammar.variant(r.grammar.unscoped(d.metric), "subject") != r.grammar.unscoped(d.metric) else None
        self._scope(d)
        if d.status is None:
            d.status = S.status_of(r, d)
        if d.location is None:
            place, decision = A.choose_place(r, d)
            d.location = place
            if decision is not None:
                d.decisions["place"] = decision
        self._period(d)
        slots = r.grammar.slots_of(d.metric)
        d.partner = S.partner_of(r, d) if "partner" in slots else None
        d.product = S.product_of(r, d) if "product" in slots else None
        d.sector = S.sector_of(r, d) if "sector" in slots else None
        if "subject" not in slots:
            d.subject = None
        self._resolve_compared(d)

    def _fill_from_host(self, d: Draft) -> None:
        host = d.host
        d.location, d.product, d.partner, d.sector = host.location, host.product, host.partner, host.sector
        d.period = host.period
        if d.role == "base":
            self._base_place_and_period(d)
        if d.role == "target" and d.status is None:
            d.status = "target"

    def _base_place_and_period(self, d: Draft) -> None:
        """What the words after a base figure say of it: `35,4 triệu USD của quý
        I/2023` is of that period (`cùng kỳ năm 2020`: the main period moved to that
        year); `mức tăng 7,09% của cả nước` of that place and the main period;
        bare, the main period a year back."""
        r = self.r
        for j in range(d.index + 1, min(len(r.chunks), d.index + 4)):
            chunk = r.chunks[j]
            if chunk.kind == PERIOD:
                d.period = shifted(d.host.period, chunk.payload.period, chunk.value("basis") == "same_period_last_year")
                return
            if chunk.has("place") and A.place_norm(r, j):
                d.location = A.place_norm(r, j)
                return
            if chunk.kind == QTY or chunk.has("boundary"):
                break
        d.period = year_before(d.host.period) if d.host.period else None

    def _scope(self, d: Draft) -> None:
        r = self.r
        if d.subject:
            variant = r.grammar.variant(r.grammar.unscoped(d.metric), "subject")
            if variant != r.grammar.unscoped(d.metric):
                d.metric = variant
                return
        variants = r.grammar.scoped_variants(d.metric)
        if not variants:
            return
        scope, decision = A.choose_scope(r, d)
        if scope in variants:
            d.metric = variants[scope]
            d.decisions["scope"] = decision

    def _period(self, d: Draft) -> None:
        r = self.r
        inherit = d.subject is None
        choice, decision = A.choose_period(r, d, inherit)
        if decision is not None:
            d.decisions["period"] = decision
        if choice is not None and choice.chunk is not None:
            d.stated_period = choice
        if choice is None:
            d.period = None
            return
        if choice.cutoff:
            lo, hi = r.sentence.item_range(d.index)
            flow = bool(r.sentence.tagged("flow", 0, len(r.chunks)))
            stock = bool(r.sentence.tagged("stock", 0, len(r.chunks)))
            d.period = as_stock_or_flow(choice.period, r.grammar.is_stock(d.metric), flow, stock)
        elif choice.period is not None and self._stock_in_sentence() and r.grammar.is_stock(d.metric) \
                and choice.chunk is None and r.discourse.period is not None and r.discourse.period.cutoff:
            d.period = as_stock_or_flow(choice.period, True, False, True)
        else:
            d.period = choice.period

    def _stock_in_sentence(self) -> bool:
        return bool(self.r.sentence.tagged("stock", 0, len(self.r.chunks)))

    def _resolve_compared(self, d: Draft) -> None:
        """A change measured against a named period gets its basis from how that
        period stands to the fact's own."""
        for change in d.changes:
            compared = change.pop(COMPARED, None)
            if change.get("basis") is None and compared is not None:
                change["basis"] = basis_between(d.period, compared)

    # ------------------------------------------------------------ sentence-wide

    def _pair_respectively(self) -> None:
        """`Trung Quốc, Nhật Bản và Hàn Quốc với kim ngạch lần lượt là A, B và C`:
        the places or partners listed before pair with the figures after, in order."""
        r = self.r
        for j in r.sentence.indexes(tag="respectively"):
            lo, hi = r.sentence.item_range(j)
            figures = [d for d in r.drafts if d.index > j and (d.role == "value" or d.role == "change_only")]
            first = figures[0].index if figures else j
            places = [i for i in range(lo, j) if r.chunks[i].has("place=province")] or \
                [i for i in range(j, first) if r.chunks[i].has("place=province")]
            partners = [i for i in range(lo, j) if r.chunks[i].kind == "PARTNER"] or \
                [i for i in range(j, first) if r.chunks[i].kind == "PARTNER"]
            if len(places) >= 2 and len(figures) >= len(places):
                for d, i in zip(figures, places):
                    d.location = r.chunks[i].norm
            elif len(partners) >= 2 and len(figures) >= len(partners):
                for d, i in zip(figures, partners):
                    d.partner = r.chunks[i].norm
            self._pair_listed(figures, lo, j)

    def _pair_listed(self, figures: list[Draft], lo: int, j: int) -> None:
        """`Trong tháng 3 và tháng 4 ... lần lượt đạt`, `xuất khẩu và nhập khẩu ...
        lần lượt đạt`, `số dự án FDI và DDI ... lần lượt là`: periods, indicators and
        scopes listed before pair with the figures in order; what the list's head
        says of all (`được cấp mới`) goes to every figure."""
        r = self.r
        periods = [i for i in range(lo, j) if A.reporting_period(r, i) is not None and r.chunks[i].kind == PERIOD]
        if len(periods) >= 2 and len(figures) >= len(periods):
            for d, i in zip(figures, periods):
                d.period = A.reporting_period(r, i).period
        triggers = [i for i in range(lo, j) if r.chunks[i].has("trigger") and r.chunks[i].payload.metric_name]
        if len(triggers) >= 2 and len(figures) >= len(triggers):
            for d, i in zip(figures, triggers):
                d.metric, d.trigger = r.chunks[i].payload.metric_name, i
        scopes = [r.chunks[i].value("scope") for i in range(lo, j) if r.chunks[i].value("scope")]
        if len(scopes) >= 2 and len(figures) >= len(scopes):
            for d, scope in zip(figures, scopes):
                d.metric = r.grammar.variant(r.grammar.unscoped(d.metric), scope)
        if figures and figures[0].sector:
            for d in figures[1:]:
                d.sector = d.sector or figures[0].sector

    def _share_among_places(self) -> None:
        """`Các tỉnh Bắc Ninh, Hải Dương và Đồng Nai cùng tăng 8,1%`: one fact for
        each place listed before a figure they share."""
        r = self.r
        for d in list(r.drafts):
            lo = r.sentence.segment_range(d.index)[0]
            shared = r.sentence.tagged("shared", lo, d.index)
            if not shared:
                continue
            places = [j for j in range(lo, shared[-1]) if r.chunks[j].has("place=province")]
            if len(places) < 2:
                continue
            d.location = r.chunks[places[0]].norm
            for j in places[1:]:
                twin = replace(d, location=r.chunks[j].norm, changes=[dict(c) for c in d.changes])
                r.drafts.append(twin)

    def _inherit_from_parent(self) -> None:
        """A breakdown clause without its own keyword or basis takes its parent's."""
        r = self.r
        inner = r.sentence.indexes(tag="breakdown")
        inner = [j for j in inner if j > 0]
        parents = r.discourse.parent_facts(r.info.parent)
        for d in r.drafts:
            parent = None
            if inner and d.index > inner[0]:
                before = [x for x in r.drafts if x.index < inner[0] and x.role in ("value", "change_only")]
                parent = before[0] if before else None
            elif parents:
                parent = parents[0]
            if parent is None:
                continue
            if not r.sentence.tagged("status", r.item_start(d.index), d.index) and d.role not in ("target", "base"):
                d.status = parent.status
            if parent.change and parent.change.get("basis"):
                for change in d.changes:
                    if change.get("basis") is None:
                        change["basis"] = parent.change["basis"]

    def _grounded(self, d: Draft) -> bool:
        """A figure whose indicator comes only from earlier sentences must name
        what it is about: a product, a partner, a place, a company, or (a
        value) the subject its item opens with (`Kinh doanh bất động sản xếp thứ
        hai với 28,5 tỷ USD`); a breakdown's items need not."""
        r = self.r
        if not d.from_topic or r.info.parent is not None or r.sentence.tagged("breakdown", 0, d.index):
            return True
        if d.product or d.partner or d.subject or d.sector or d.location != r.discourse.main_place:
            return True
        if r.sentence.tagged("indicator_anaphor", r.item_start(d.index), d.index):
            return True  # `chỉ số này tăng 3,6%`: the indicator pointed back to
        if any(A.place_norm(r, j) == d.location for j in r.sentence.tagged("place", r.item_start(d.index), d.index)):
            return True  # `Dẫn đầu cả nước là Quảng Ninh với mức tăng 11,89%`: its place named in its item
        if d.value is None:
            # `Nhiều ngành cấp II tăng khá, như sản xuất máy móc tăng 14,9%`: sub-indices named
            # as industries; `chè chế biến tăng 39%` after `nhiều sản phẩm`: outputs, no index.
            return "sector" in r.grammar.slots_of(d.metric) and bool(r.sentence.tagged("industry_head", 0, d.index)) \
                and S.opens_with_subject(r, d)
        return S.opens_with_subject(r, d)
