"""The "which one" decisions of fact assembly: which indicator names a
figure, which value a change belongs to, which place and which period a
fact has, and whether an investment figure is FDI or DDI. Each lists its
candidates with named features; rules/attachment.yaml weighs them
(scoring.py). Features are plain facts about positions and tags - nothing
here knows a Vietnamese word.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..schema import NATIONAL_LOCATION, Period
from .chunks import NAME, PARTNER, PERIOD, PLACE, QTY, WORD
from .drafts import Draft
from .grammar import COUNT, MONEY, Decision, Frame
from .slots import subject_before

CHANGE = "change"  # the class of a change's number: every indicator can change
PROJECT_CAPITAL_OWNER = "investment_capital"  # whose `subject` variant is a named project's capital
from .reading import VALUE_ROLES, SentenceReading
from .scoring import Scored, choose
from .timing import at_date, year_before


def decided(name: str, scored: Scored, choice: str) -> Decision:
    return Decision(name, choice, scored.score, dict(scored.features))


# ------------------------------------------------------------------ metric


@dataclass(frozen=True)
class MetricChoice:
    frame: Frame
    trigger: int | None     # the trigger chunk, None for a counted noun, the parent or the topic
    source: str             # `trigger`, `unit`, `parent`, `topic`


def choose_metric(r: SentenceReading, index: int, for_change: bool = False
                  ) -> tuple[MetricChoice | None, Decision | None]:
    """The indicator of the value figure at chunk `index` (or, `for_change`, of
    the change it states: any indicator can change)."""
    scored = choose(r.grammar.weights("metric"), _metric_candidates(r, index, for_change), r.counter)
    if scored is None:
        return None, None
    choice = scored.candidate
    return choice, decided("metric", scored, f"{choice.source}:{choice.frame.name}")


def _metric_candidates(r: SentenceReading, index: int, for_change: bool) -> Iterator[tuple[MetricChoice, dict]]:
    unit_class = CHANGE if for_change else r.unit_class(index)
    own = r.grammar.count_frame(r.quantity(index).unit)
    counted_otherwise = unit_class == COUNT and _counted_otherwise(r, index)
    if own is not None and _requirements_met(r, index, own) and not counted_otherwise:
        yield MetricChoice(own, None, "unit"), {"fits": 1, "own_unit": 1}
    chained = _chained_trigger(r, index, unit_class)
    if unit_class == MONEY and subject_before(r, index):
        # `Nhà máy Lego trị giá 1,3 tỷ USD`: the capital of a named company or project.
        yield MetricChoice(r.grammar.frame_of_metric(PROJECT_CAPITAL_OWNER), None, "subject"), \
            {"fits": 1, "named_subject": 1}
    linked = _linked_count(r, index) if unit_class == MONEY else None
    if linked is not None:
        yield MetricChoice(linked, None, "count"), {"fits": 1, "linked_count": 1}
    parents = _parent_frames(r, unit_class)
    for j in r.sentence.tagged("trigger", *r.window("metric", index)):
        if r.chunks[j].kind != WORD:
            continue
        frame = r.chunks[j].payload
        if counted_otherwise and frame.count_units:
            continue
        features = _trigger_features(r, index, j, frame, unit_class, chained)
        # `Trong đó, vốn ... thuộc nhóm công ty cổ phần với 1.071 tỉ đồng` under the capital of new firms:
        # a bare capital word in a breakdown is the capital its parent figure was.
        features["parent_capital"] = int(frame.links_to_count and unit_class == MONEY
                                         and any(p.metric_name != frame.metric_name for p in parents))
        yield MetricChoice(frame, j, "trigger"), features
    for parent in parents:
        yield MetricChoice(parent, None, "parent"), {"fits": 1, "parent": 1}
    whole = _bracketed_part_of(r, index, unit_class)
    if whole is not None:
        yield MetricChoice(whole, None, "whole"), {"fits": 1, "part_in_brackets": 1}
    whole = _breakdown_whole(r, index)
    if whole is not None:
        yield MetricChoice(whole, None, "whole"), {"fits": int(_fits(whole, unit_class)), "breakdown_whole": 1}
    topic = r.discourse.topic_frame
    if topic is not None and r.info.role != "caption":
        yield MetricChoice(topic, None, "topic"), {"fits": int(_fits(topic, unit_class)), "topic": 1}


def _bracketed_part_of(r: SentenceReading, index: int, unit_class: str) -> Frame | None:
    """`đưa 147 lao động đi làm việc tại Nhật Bản (93 người), Đài Loan (46 người)`:
    a figure in brackets after a partner or place is a part of the sentence's
    earlier figure of its class, and counts what that one counts."""
    if r.role(index) != "paren_value":
        return None
    earlier = [d for d in r.value_drafts() if d.index < index and r.grammar.unit_class(d.value.unit) == unit_class
               and d.role == "value"]
    return r.grammar.frame_of_metric(r.grammar.unscoped(earlier[-1].metric)) if earlier else None


def _breakdown_whole(r: SentenceReading, index: int) -> Frame | None:
    """`vốn đầu tư công ... khoảng 19.972 tỷ đồng, trong đó 6.669 tỷ đồng ...`: a part
    after an inner `trong đó` counts what the figure right before it counts (an
    indicator outside the schema too, which drops the part)."""
    mark = r.sentence.last("breakdown", index, r.sentence.segment_range(index)[0] - 1)
    if mark is None or r.sentence.tagged("trigger", mark, index):
        return None
    whole = r.previous(mark, gap_words=0)
    if whole is None or r.chunks[whole].kind != QTY or r.role(whole) not in VALUE_ROLES:
        return None
    choice, _ = choose_metric(r, whole)
    return choice.frame if choice is not None else None


def _fits(frame: Frame, unit_class: str) -> bool:
    """Whether the indicator takes the figure (a change: any indicator or rate)."""
    if unit_class == CHANGE:
        return frame.metric_name is not None or frame.rate or frame.blocker
    return frame.takes(unit_class) or frame.blocker


def _trigger_features(r: SentenceReading, index: int, j: int, frame: Frame, unit_class: str,
                      chained: int | None) -> dict[str, float]:
    before = j < index
    adjacent = not before and r.previous(j, gap_words=0) == index
    return {
        "fits": int(_fits(frame, unit_class)),
        "adjacent_after": int(adjacent),
        "before": int(before),
        "after": int(not before and not adjacent),
        "same_segment": int(r.same_segment(index, j)),
        "same_item": int(r.same_item(index, j)),
        "distance": 0 if j == chained else len(r.sentence.between(index, j)),
        "values_between": 0 if j == chained else r.values_between(index, j, unit_class),
        "item_boundaries": 0 if j == chained else r.item_boundaries(index, j),
        "chained": int(j == chained),
        "blocker": int(frame.blocker),
        "generic": int(frame.metric_name is None and not frame.blocker),
        "item_subject": int(before and _first_trigger_of_item(r, j) and not _fitting_trigger_between(r, j, index, unit_class)),
        "blocker_subject": int(frame.blocker and before and _first_trigger_of_item(r, j)),
        "count_other_item": int(unit_class == COUNT and not r.same_item(index, j) and j != chained),
    }


def _linked_count(r: SentenceReading, index: int) -> Frame | None:
    """`481 dự án FDI với tổng vốn đầu tư hơn 8,4 tỷ USD`: the capital of the
    projects or firms counted just before, in the figure's item (or in the item
    before, when the figure's opens with a capital word: `... cho 460 doanh
    nghiệp, đạt 27,1% kế hoạch; tổng vốn đăng ký hơn 2.135 tỉ đồng`), when only
    capital words come between."""
    item = r.sentence.items[index]
    reach = item - 1 if _opens_with_capital(r, index) else item
    counts = [d for d in r.drafts if d.index < index and d.value is not None
              and reach <= r.sentence.items[d.index] <= item and r.grammar.unit_class(d.value.unit) == COUNT]
    if not counts:
        return None
    between = r.tagged_between(counts[-1].index, index, "trigger")
    only_comma = all(r.chunks[j].has("boundary=segment") for j in r.sentence.between(counts[-1].index, index))
    if not only_comma and (not between or not all(r.chunks[j].payload.links_to_count for j in between)):
        return None
    capital = r.grammar.capital_of(counts[-1].metric)
    return r.grammar.frame_of_metric(r.grammar.unscoped(capital)) if capital else None


def _opens_with_capital(r: SentenceReading, index: int) -> bool:
    """The figure's item opens with a capital word (`; tổng vốn đăng ký ...`)."""
    lo = r.item_start(index)
    first = next((j for j in range(lo, index) if not r.chunks[j].has("boundary")), None)
    return first is not None and r.chunks[first].has("trigger") and r.chunks[first].payload.links_to_count


def _fitting_trigger_between(r: SentenceReading, j: int, index: int, unit_class: str) -> bool:
    return any(r.chunks[i].payload.metric_name and _fits(r.chunks[i].payload, unit_class)
               for i in r.tagged_between(j, index, "trigger"))


def _first_trigger_of_item(r: SentenceReading, j: int) -> bool:
    return not r.sentence.tagged("trigger", r.item_start(j), j)


def _chained_trigger(r: SentenceReading, index: int, unit_class: str) -> int | None:
    """The trigger that named the previous figure of this class in the sentence,
    when no other trigger comes between: a list goes on with its indicator
    (`gồm thủy sản 19,7 triệu USD; may mặc 66,4 triệu USD; ...`)."""
    earlier = [d for d in r.drafts if d.index < index and d.trigger is not None
               and (r.grammar.unit_class(d.value.unit) == unit_class if d.value is not None else unit_class == CHANGE)]
    if not earlier:
        return None
    last = earlier[-1]
    if r.tagged_between(last.index, index, "trigger"):
        return None
    return last.trigger


def _counted_otherwise(r: SentenceReading, index: int) -> bool:
    """`28 dự án đi vào hoạt động`, `tổng số dự án đã hoạt động lên 982 dự án`:
    projects or firms counted for something other than their registration."""
    lo, hi = r.sentence.segment_range(index)
    return bool(r.sentence.tagged("not_project", lo, min(hi, index + 3)))


def _requirements_met(r: SentenceReading, index: int, frame: Frame) -> bool:
    lo = r.item_start(index)
    after, before = r.next(index), r.previous(index)
    if frame.requires and not _carries(r, after, frame.requires) \
            and not any(r.sentence.tagged(tag, lo, index) for tag in frame.requires):
        return False
    if frame.requires_after:
        return _carries(r, after, frame.requires_after) or _carries(r, before, frame.or_right_before)
    return True


def _carries(r: SentenceReading, j: int | None, tags: list[str]) -> bool:
    """Whether chunk `j` (if any) carries one of `tags`."""
    return j is not None and any(tag in r.chunks[j].tags for tag in tags)


def _parent_frames(r: SentenceReading, unit_class: str) -> list[Frame]:
    """The indicator of the first figure of the sentence a breakdown belongs to."""
    parents = r.discourse.parent_facts(r.info.parent)
    for d in parents:
        frame = r.grammar.frame_of_metric(d.metric)
        after = [f for f in r.grammar.frames if f.metric_name == d.metric and f.topic_after]
        if after and unit_class == MONEY:
            return [r.grammar.frame(after[0].topic_after)]
    for d in parents:
        if d.value is not None and r.grammar.unit_class(d.value.unit) == unit_class or \
                d.value is None and unit_class == "percent":
            frame = r.grammar.frame_of_metric(r.grammar.unscoped(d.metric))
            return [frame] if frame is not None else []
    return []


# ------------------------------------------------------------------ host


def choose_host(r: SentenceReading, index: int, same_unit: bool = False) -> tuple[Draft | None, Decision | None]:
    """The value a change (plan share, factor, change amount) at chunk `index`
    belongs to; None also when it belongs to a figure that is no fact
    (`bia đạt 38,5 triệu lít, tăng 18,7%`)."""
    drafts = {d.index: d for d in r.value_drafts() if d.role in ("value", "paren_value")}
    scored = choose(r.grammar.weights("host"), _host_candidates(r, index, drafts, same_unit), r.counter)
    if scored is None or scored.candidate not in drafts:
        return None, None
    host = drafts[scored.candidate]
    return host, decided("host", scored, f"value@{host.anchor.start}")


def has_host(r: SentenceReading, index: int) -> bool:
    """Whether a change belongs to some figure of its sentence, a fact or not
    (so no feature of the figures' indicators counts)."""
    return choose(r.grammar.weights("host"), _host_candidates(r, index, {}, False), r.counter) is not None


def _host_candidates(r: SentenceReading, index: int, drafts: dict[int, Draft], same_unit: bool
                     ) -> list[tuple[int, dict]]:
    """Every value figure of the sentence with its features as the host of the change at `index`."""
    unit = r.quantity(index).unit
    candidates = []
    for j in r.sentence.tagged("qty", *r.window("host", index)):
        if j == index or r.role(j) not in ("value", "paren_value"):
            continue
        candidate_unit = r.quantity(j).unit
        features = {
            "same_item": int(r.same_item(index, j)),
            "before": int(j < index),
            "after": int(j > index),
            "distance": len(r.sentence.between(index, j)),
            "values_between": r.values_between(index, j),
            "period_between": int(j > index and bool(_reporting_periods_between(r, index, j))),
            "other_indicator": int(j in drafts and _other_indicator_between(r, drafts[j], index)),
            "count_between": int(any(r.role(i) in VALUE_ROLES for i in r.tagged_between(index, j, "count"))),
            "own_trigger_differs": int(j in drafts and _own_trigger_differs(r, drafts[j], index)),
            "after_own_rate": int(j > index and bool(r.sentence.tagged("rate", r.sentence.segment_range(index)[0], index))),
            "names_other_kind": int(_names_other_kind(r, index, r.grammar.unit_class(candidate_unit))),
            "names_its_kind": int(_names_kind(r, index, r.grammar.unit_class(candidate_unit))),
            "names_its_indicator": int(j < index and j in drafts and _names_indicator(r, drafts[j], index)),
        }
        if same_unit:
            features["unit_differs"] = int(candidate_unit != unit)
            features["same_unit"] = int(candidate_unit == unit)
        candidates.append((j, features))
    return candidates


def _own_trigger_differs(r: SentenceReading, host: Draft, index: int) -> bool:
    """`đặt mục tiêu GRDP tăng khoảng 12%, thu ngân sách đạt 5.000 tỷ đồng`: the
    change's own segment names another indicator than the value's."""
    lo = r.sentence.segment_range(index)[0]
    own = [j for j in r.sentence.tagged("trigger", lo, index) if r.chunks[j].payload.metric_name]
    if not own or host.index > own[-1] and host.index < index:
        return False
    metric = r.chunks[own[-1]].payload.metric_name
    return metric not in (host.metric, r.grammar.unscoped(host.metric)) and not (
        r.chunks[own[-1]].payload.links_to_count and host.value is not None
        and r.grammar.unit_class(host.value.unit) == MONEY)


def _names_other_kind(r: SentenceReading, index: int, unit_class: str) -> bool:
    """`số doanh nghiệp giảm 2%, vốn tăng 9%`: a change whose segment names the
    count belongs to a count, one naming capital to money."""
    named = _kind_named(r, index)
    return named is not None and named != unit_class


def _names_kind(r: SentenceReading, index: int, unit_class: str) -> bool:
    """`...; so với cùng kỳ năm trước, số doanh nghiệp giảm 2%, vốn đăng ký giảm 9%`:
    a later clause's change names the kind of figure it refers back to."""
    return _kind_named(r, index) == unit_class


def _names_indicator(r: SentenceReading, host: Draft, index: int) -> bool:
    """`...; mức xuất siêu này tăng 22%`: a later clause's change that names its
    figure's indicator again (or points back to it) in its own segment."""
    if r.same_item(host.index, index):
        return False
    lo = r.sentence.segment_range(index)[0]
    if r.sentence.tagged("indicator_anaphor", lo, index):
        return True
    unscoped = r.grammar.unscoped(host.metric)
    return any(r.chunks[j].payload.metric_name in (host.metric, unscoped) for j in r.sentence.tagged("trigger", lo, index))


def _kind_named(r: SentenceReading, index: int) -> str | None:
    """COUNT when the change's segment names a count (`số doanh nghiệp`), MONEY
    when it names capital (`vốn đăng ký`), else None."""
    lo = r.sentence.segment_range(index)[0]
    if r.sentence.tagged("count_word", lo, index):
        return COUNT
    if any(r.chunks[j].payload.links_to_count for j in r.sentence.tagged("trigger", lo, index)):
        return MONEY
    return None


def _reporting_periods_between(r: SentenceReading, a: int, b: int) -> list[int]:
    return [i for i in r.tagged_between(a, b, "period") if not r.chunks[i].has("comparison_period")]


def _other_indicator_between(r: SentenceReading, host: Draft, index: int) -> bool:
    """A trigger of another indicator in the change's item between the value and it
    (a capital word names the capital of any money figure)."""
    for j in r.tagged_between(host.index, index, "trigger"):
        chunk = r.chunks[j]
        if not r.same_item(j, index) or not chunk.payload.metric_name:
            continue
        frame = chunk.payload
        if frame.links_to_count and r.grammar.unit_class(host.value.unit) == MONEY:
            continue
        if frame.metric_name not in (r.grammar.unscoped(host.metric), host.metric):
            return True
    return False


# ------------------------------------------------------------------ place


def choose_place(r: SentenceReading, d: Draft) -> tuple[str | None, Decision | None]:
    """The place a figure is reported for (spec, `location`)."""
    scored = choose(r.grammar.weights("place"), _place_candidates(r, d.index), r.counter)
    if scored is None:
        return None, None
    return scored.candidate, decided("place", scored, str(scored.candidate))


def place_norm(r: SentenceReading, j: int) -> str | None:
    """The place a place chunk names: its province, the country, or (an anaphor) the topic place."""
    chunk = r.chunks[j]
    if chunk.has("place=national"):
        return NATIONAL_LOCATION
    if chunk.has("place=anaphor"):
        return r.discourse.topic_place
    return chunk.norm


def place_features(r: SentenceReading, index: int, j: int) -> dict[str, float]:
    """What the position of place chunk `j` says about it, for a figure at `index`."""
    before = j < index
    traits = _place_traits(r, j)
    return {
        "compared": traits["compared"],
        "place_between": int(_places_between(r, j, index)),
        "in_share": int(not before and bool(r.tagged_between(index, j, "share"))
                        or before and traits["share_total"] and not r.same_segment(index, j)),
        "after_other_segment": int(not before and not r.same_segment(index, j) and not r.chunks[j].has("cutoff")),
        "ranking_frame": traits["ranking_frame"],
        "in_brackets": int(_in_brackets(r, j, index)),
        "name_suffix": traits["name_suffix"],
        "same_item": int(r.same_item(index, j)),
        "same_segment": int(r.same_segment(index, j)),
        "before": int(before),
        "after_in_item": int(not before and r.same_item(index, j)),
        "owner": traits["owner"],
        "item_start": traits["item_start"],
        "agency": traits["agency"],
        "in_source": traits["in_source"],
        "distance": len(r.sentence.between(index, j)),
        "earlier_item": int(r.sentence.items[j] < r.sentence.items[index]),
        "national_opener": int(before and r.chunks[j].has("national_opener")),
        "generic": traits["generic"],
    }


def _place_traits(r: SentenceReading, j: int) -> dict[str, float]:
    """The features of place chunk `j` that do not depend on the figure (read once per place)."""
    key = ("place_traits", j)
    if key not in r.memo:
        chunk = r.chunks[j]
        r.memo[key] = {
            "compared": int(_compared(r, j)),
            "ranking_frame": int(chunk.has("place=national") and _after_tag(r, j, "ranking", 3)),
            "name_suffix": int(_name_suffix(r, j)),
            "owner": int(_after_tag(r, j, "owner")),
            "item_start": int(_opens_item(r, j)),
            "agency": int(chunk.kind == NAME),
            "in_source": int(bool(r.sentence.tagged("source", r.sentence.segment_range(j)[0], j))),
            "generic": int(chunk.has("place=generic")),
            # `chiếm 19,4% giá trị xuất siêu của cả nước`: the total a share is of
            "share_total": int(bool(r.sentence.tagged("share", r.sentence.segment_range(j)[0], j))),
        }
    return r.memo[key]


def _place_candidates(r: SentenceReading, index: int) -> Iterator[tuple[str, dict]]:
    for j in r.sentence.tagged("place", *r.window("place", index)):
        chunk = r.chunks[j]
        norm = place_norm(r, j)
        if norm is None and not chunk.has("place=generic"):
            continue
        yield norm, place_features(r, index, j)
    generic = int(bool(r.sentence.tagged("place=generic", r.item_start(index), index)))
    topic = _topic_place(r, index)
    if topic:
        national = topic == NATIONAL_LOCATION
        yield topic, {"topic": 1, "generic_in_item": generic * (not national), "national_for_generic": generic * national}
    if r.discourse.main_place:
        yield r.discourse.main_place, {"main": 1, "generic_in_item": generic}
    national = [j for j in r.sentence.tagged("national_indicator", 0, index)]
    if national:
        yield NATIONAL_LOCATION, {"national_indicator": 1}


def _topic_place(r: SentenceReading, index: int) -> str | None:
    """The place of the nearest earlier item of the sentence stating one, else
    the paragraph's topic place."""
    for j in range(r.item_start(index) - 1, -1, -1):
        if r.chunks[j].has("place") and stated_place(r, j):
            return place_norm(r, j)
    return r.discourse.topic_place


def stated_place(r: SentenceReading, j: int) -> bool:
    """Whether place chunk `j` is a place its clause reports for (not one compared,
    ranked against, in brackets, the total a share is of or ending a company's
    name): what later clauses take as their topic."""
    traits = _place_traits(r, j)
    return not (traits["compared"] or traits["ranking_frame"] or _in_brackets(r, j) or traits["share_total"]
                or traits["generic"] or traits["name_suffix"]) and place_norm(r, j) is not None


def _after_tag(r: SentenceReading, j: int, tag: str, reach: int = 1) -> bool:
    """Whether one of the `reach` chunks before `j` (over short gaps) carries `tag`."""
    at = j
    for _ in range(reach):
        at = r.previous(at)
        if at is None:
            return False
        if r.chunks[at].has(tag):
            return True
    return False


def _compared(r: SentenceReading, j: int) -> bool:
    """`chỉ đứng sau TP. Hồ Chí Minh và Bắc Ninh`: a place compared against, or
    coordinated with one."""
    at = j
    while True:
        if _after_tag(r, at, "compared_place"):
            return True
        joint = r.previous(at, gap_words=0)
        if joint is None or not (r.chunks[joint].has("conjunction") or r.chunks[joint].has("boundary=segment")):
            return False
        at = r.previous(joint, gap_words=0)
        if at is None or not r.chunks[at].has("place"):
            return False


def _places_between(r: SentenceReading, j: int, index: int) -> bool:
    """Whether the figure's own clause names a place between place `j` and the figure."""
    return bool(r.tagged_between(j, index, "place=province") or r.tagged_between(j, index, "place=national"))


def _name_suffix(r: SentenceReading, j: int) -> bool:
    """`Công ty TNHH Dệt kỹ thuật Haksan Việt Nam`: the country's name closing a
    company's name, which the entity recognizer cut short."""
    before = r.previous(j, gap_words=0)
    if not r.chunks[j].has("place=national") or before is None or before != j - 1:
        return False
    chunk = r.chunks[before]
    return chunk.kind == NAME or chunk.kind == "GAP" and chunk.text.split()[-1][:1].isupper()


def _in_brackets(r: SentenceReading, j: int, index: int | None = None) -> bool:
    """A place inside brackets (`Công ty X (Bắc Ninh)`, `(sau khi hợp nhất với Hà Nam)`),
    unless the figure is inside the same brackets (`(TP.HCM đạt 7,07%; Đồng Nai ...)`)."""
    sentence = r.sentence
    opening = sentence.last("bracket=open", j)
    if opening is None:
        return False
    closing = sentence.last("bracket=close", j, opening)  # a chunk both closing and opening closes
    item_end = sentence.last("boundary=item", sentence.segment_range(j)[0], opening)
    if closing is not None or item_end is not None:
        return False
    return index is None or not _inside_same_bracket(r, opening, index)


def _inside_same_bracket(r: SentenceReading, opening: int, index: int) -> bool:
    if index < opening:
        return False
    return not r.sentence.tagged("bracket=close", opening + 1, index)


def _opens_item(r: SentenceReading, j: int) -> bool:
    """Only openers come before the place in its item: it is the item's subject."""
    lo = r.item_start(j)
    for i in range(lo, j):
        chunk = r.chunks[i]
        if chunk.kind == PERIOD or chunk.has("boundary") or chunk.has("breakdown") or chunk.has("owner") \
                or chunk.has("restriction") or chunk.has("source") or chunk.has("place=generic"):
            continue
        if chunk.kind == "GAP" and chunk.words <= 2:
            continue
        return False
    return True


# ------------------------------------------------------------------ period


@dataclass(frozen=True)
class PeriodChoice:
    period: Period | None
    cutoff: bool = False
    chunk: int | None = None     # None: inherited
    current: bool = False        # `hiện`, `đến nay`: a stock at the article date


def choose_period(r: SentenceReading, d: Draft, inherit: bool) -> tuple[PeriodChoice | None, Decision | None]:
    """The period a figure states in its sentence, else the inherited one."""
    candidates = list(_period_candidates(r, d.index))
    if inherit and r.discourse.period is not None:
        stated = r.discourse.period
        candidates.append((PeriodChoice(stated.period, stated.cutoff), {"inherited": 1}))
    scored = choose(r.grammar.weights("period"), candidates, r.counter)
    if scored is None:
        return None, None
    choice = scored.candidate
    where = "inherited" if choice.chunk is None else r.chunks[choice.chunk].text
    return choice, decided("period", scored, where)


def reporting_period(r: SentenceReading, j: int) -> PeriodChoice | None:
    """The period chunk `j` states as a reporting period (None for days, vague times, bases)."""
    chunk = r.chunks[j]
    if chunk.kind == PERIOD:
        kind = chunk.value("period")
        if kind == "comparison" and _opens_item(r, j) and not _after_tag(r, j, "comparison"):
            # `Cùng kỳ năm trước, tỉnh chỉ thu hút được 5 dự án`: the period stated before, a year back
            stated = r.discourse.period
            return PeriodChoice(year_before(stated.period) if stated else chunk.payload.period, chunk=j)
        if kind in ("day", "vague", "comparison") or chunk.has("comparison_period"):
            return None
        if kind == "current":
            return PeriodChoice(at_date(r.view.date), chunk=j, current=True)
        return PeriodChoice(chunk.payload.period, cutoff=chunk.has("cutoff"), chunk=j)
    if chunk.has("current"):
        return PeriodChoice(at_date(r.view.date), chunk=j, current=True)
    return None


def period_features(r: SentenceReading, index: int, j: int) -> dict[str, float]:
    before = j < index
    return {
        "comparison": int(_after_tag(r, j, "comparison", 2)),
        "background": int(_after_tag(r, j, "background")),
        "after_plan": int(_plan_compared_before(r, j)),
        "before": int(before),
        "same_item": int(r.same_item(index, j)),
        "same_segment": int(r.same_segment(index, j)),
        "after_in_item": int(not before and r.same_item(index, j)),
        "after_outside_item": int(not before and not r.same_item(index, j)),
        "after_other_segment": int(not before and not r.same_segment(index, j) and not r.chunks[j].has("cutoff")),
        "distance": len(r.sentence.between(index, j)),
        "right_after_figure": int(not before and r.previous(j, gap_words=0) == index),
        "after_conjunction": int(not before and bool(r.tagged_between(index, j, "conjunction"))),
        "after_other_figure": int(_follows_other_figure(r, index, j)),
    }


def _plan_compared_before(r: SentenceReading, j: int) -> bool:
    """`bằng 20,4% kế hoạch năm 2023`, `dự toán giao từ đầu năm`: a time right
    after a plan that a figure is compared with dates the plan."""
    at = j
    for _ in range(2):
        at = r.previous(at)
        if at is None:
            return False
        if r.chunks[at].has("plan"):
            before = r.previous(at, gap_words=0)
            return before is not None and (r.chunks[before].kind == QTY or r.chunks[before].has("plan_verb")
                                          or r.chunks[before].has("reach"))
    return False


def _follows_other_figure(r: SentenceReading, index: int, j: int) -> bool:
    """`từ 7,9 tỷ USD năm 2014 lên 15,9 tỷ USD năm 2015`: a period right after
    another figure dates that figure."""
    before = r.previous(j, gap_words=0)
    return before is not None and before != index and r.chunks[before].kind == QTY \
        and r.role(before) in VALUE_ROLES


def _period_candidates(r: SentenceReading, index: int) -> Iterator[tuple[PeriodChoice, dict]]:
    lo, hi = r.window("period", index)
    for j in sorted({*r.sentence.tagged("period", lo, hi), *r.sentence.tagged("current", lo, hi)}):
        choice = reporting_period(r, j)
        if choice is not None:
            yield choice, period_features(r, index, j)


# ------------------------------------------------------------------ scope


def choose_scope(r: SentenceReading, d: Draft) -> tuple[str | None, Decision | None]:
    """`fdi`, `ddi` or None for an investment figure that does not name its scope."""
    scored = choose(r.grammar.weights("scope"), _scope_candidates(r, d.index), r.counter)
    if scored is None:
        return None, None
    return scored.candidate, decided("scope", scored, scored.candidate)


def _scope_candidates(r: SentenceReading, index: int) -> Iterator[tuple[str, dict]]:
    for j in range(*r.window("scope", index)):
        chunk = r.chunks[j]
        scope = chunk.value("scope")
        if scope is None:
            continue
        before = j < index
        adjacent = not before and r.previous(j, gap_words=2) == index
        yield scope, {
            "adjacent_after": int(adjacent),
            "after": int(not before and not adjacent and not r.same_item(index, j)),
            "breakdown_between": int(not before and bool(r.tagged_between(index, j, "breakdown"))),
            "figure_between": int(not before and r.values_between(index, j) > 0
                                  and not r.tagged_between(index, j, "conjunction")),
            "same_item": int(r.same_item(index, j) and before),
            "before": int(before),
            "distance": len(r.sentence.between(index, j)),
            "same_sentence": 1,
        }
    if r.discourse.scope:
        yield r.discourse.scope, {"passage": 1}
    lo, hi = r.sentence.item_range(index)
    for j in range(lo, hi):
        chunk = r.chunks[j]
        if chunk.kind == PARTNER and chunk.has("partner=country") and chunk.norm != "VN" \
                and r.quantity(index).unit and r.grammar.unit_class(r.quantity(index).unit) in ("money", COUNT):
            yield "fdi", {"investor_country": 1}


def sector_scope(r: SentenceReading, j: int) -> bool:
    """A scope word inside a sector (`khu vực có vốn đầu tư nước ngoài`): that
    figure's sector, setting no investment scope."""
    return _after_tag(r, j, "sector_head", 2)


def value_indexes(r: SentenceReading) -> list[int]:
    return [i for i in r.sentence.indexes(QTY) if r.role(i) in VALUE_ROLES]
