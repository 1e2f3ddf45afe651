"""Reading changes: `tăng 13% so với năm ngoái`, `gấp 3,1 lần`, `vượt kế hoạch`,
`tăng 2 dự án`; each attaches to the figure of its item or makes a change-only fact.

A mixin of the sentence assembly (facts/assembler.py): it reads the sentence's
drafts, roles and triggers set there.
"""

from __future__ import annotations

import regex

from ..schema import Quantity
from . import slots as S
from .periods import reporting_mentions
from .article import unit_class
from .drafts import COMPARED, Draft
from .lexicon import Match


class ChangeReading:
    """Changes of a sentence's figures (mixed into the sentence assembly)."""

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

    def add_base_change(self, q: Quantity, window: int) -> None:
        """`ước tăng 7,35%, cao hơn mức tăng 6,52% của quý I/2024`: the compared rate is a
        fact of its own, of the same indicator, stated for the period after it."""
        hosts = [d for d in self.drafts if d.anchor.end <= q.start and d.role in ("value", "change_only")]
        if not hosts:
            return
        host = hosts[-1]
        cue = self.a.find("change_base", self.segment_start(q.start, window), q.start)[-1]
        verbs = self.a.rules.phrases("change_verb").find(cue.text)
        change = {"direction": verbs[-1].value if verbs else "up", "percent": q.amount, "amount": None,
                  "basis": None, "qualifier": q.qualifier.value}
        d = Draft(host.metric, self.sent, q, "base", window, trigger=host.trigger, host=host)
        d.status = "actual"
        d.changes.append(change)
        self.drafts.append(d)

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
        if change["basis"] is None:
            change[COMPARED] = self.compared_period(q)  # read once the fact's own period is known
        return change

    def compared_period(self, q: Quantity):
        """`tăng 27,9% so với quý I`: the period a change is measured against, if named."""
        stop = self.a.hard_right(self.sent, q.end)
        for mention in self.a.periods_in(self.sent):
            if q.end <= mention.start < min(stop, q.end + 40) and mention.cue == "compared_with":
                return mention.period
        return None

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
        # A value after the change is its host unless a period of its own comes between
        # (`tăng trưởng bình quân 7%/năm, đến năm 2025 quy mô GRDP đạt 80.000 tỷ đồng`).
        right = [d for d in values if d.anchor.start > q.end
                 and not any(q.end <= p.start < d.anchor.start for p in reporting_mentions(self.a, self.sent))]
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
