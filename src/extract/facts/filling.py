"""Filling a draft's slots from its item: status, location, partner, product,
sector, subject; pairing `lần lượt` lists; `Trong đó` breakdowns inheriting
their parent's status and basis.

A mixin of the sentence assembly (facts/assembler.py).
"""

from __future__ import annotations

import regex

from ..schema import EntityType, Quantity
from . import slots as S
from .article import unit_class
from .drafts import VALUE_ROLES, Draft, clean_words
from .lexicon import Match



class SlotFilling:
    """The slots of a sentence's drafts (mixed into the sentence assembly)."""

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
            if q.unit in a.rules.measure_units:
                return S.clean_phrase(a, tail) or self.plant_product(q)
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

    def plant_product(self, q: Quantity) -> str | None:
        """`nhà máy bột giấy công suất 130.000 tấn/năm`: what the plant before the
        capacity makes (a capitalized name after the head is a subject, not a product)."""
        start = self.value_window(q)
        cues = self.a.find("capacity_cue", start, q.start)
        if not cues or self.text[cues[-1].end:q.start].strip():
            return None
        heads = self.a.rules.phrases("plant_head", case_sensitive=True).find(self.text, start, cues[-1].start)
        made = self.text[heads[-1].end:cues[-1].start] if heads else ""
        if not made.strip() or made.lstrip()[:1].isupper():
            return None
        return S.strip_activity(self.a, S.clean_phrase(self.a, made))

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
        return S.raw_phrase(self.a, g.end - len(g.unit), self.next_break(g.end))

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
            if m.text.lower() == "trong đó" and self.text[self.sent.start:m.start].rstrip()[-1:] in (",", ";"):
                return m.end
        return None

    def sector_head_span(self, q: Quantity) -> tuple[int, int] | None:
        """`Trong đó, khu vực có vốn đầu tư nước ngoài đạt ...`, `trong đó khu vực
        dịch vụ tăng 7,05%`: the span of the `khu vực ...` an item opens with,
        up to its status cue or change verb. Asked for the metric, the product and
        the sector of one figure, so found once per figure."""
        if q.start not in self.head_spans:
            self.head_spans[q.start] = self._find_sector_head_span(q)
        return self.head_spans[q.start]

    def _find_sector_head_span(self, q: Quantity) -> tuple[int, int] | None:
        start = self.item_start(q)
        for m in self.a.find("sector_head", start, q.start):
            cue = self.a.find("status", m.end, q.start) or self.a.find("change_verb", m.end, q.start)
            if cue and S.only_discourse(self.a, self.text[start:m.start]):
                return m.start, cue[-1].start
        return None

    def item_start(self, q: Quantity) -> int:
        """Where the figure's item starts: after the last figure of any role before it."""
        lo = self.a.hard_left(self.sent, q.start)
        ends = [o.end for o, _, _ in self.roles if lo <= o.start and o.end <= q.start]
        return max([self.value_window(q)] + ends)

    def parent_trigger(self, kind: str) -> Match | None:
        """The trigger of the sentence a breakdown item belongs to."""
        start, end = self.sent.start, self.sent.start
        if self.sent.parent is not None:
            parent = self.a.sentences[self.sent.parent]
            start, end = parent.start, parent.end
        marker = self.inner_breakdown()
        if marker is not None:
            start, end = self.sent.start, marker
        found = [m for m in self.a.matches(self.a.rules.triggers, start, end)
                 if m.value.metric_name and self._fits(m, kind)]
        return found[0] if found else None

    def sector_head(self, q: Quantity) -> str | None:
        """The sector an item opens with, unless it names a province (a place, not a sector)."""
        span = self.sector_head_span(q)
        if span is None or self.a.entities_in(*span, EntityType.PROVINCE):
            return None
        return clean_words(self.text[span[0]:span[1]])

    def budget_component(self, d: Draft) -> str | None:
        """`Trong đó, thu nội địa đạt ...`, `khoản thu tiền sử dụng đất đạt ...`: a
        budget component is its sector, as written."""
        if d.trigger is not None and d.trigger.value.component:
            return clean_words(d.trigger.text)
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
