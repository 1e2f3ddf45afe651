"""The slots of a fact read from the chunks of its item: status, the
details of a change, partner, product, sector and subject.

Every reader takes the sentence being read and a draft (or a chunk index)
and returns a value; none keeps state.
"""

from __future__ import annotations

from collections.abc import Iterator

from .chunks import GAP, NAME, PARTNER, PERIOD, PLACE, QTY, WORD
from .drafts import COMPARED, Draft
from .phrases import PhraseCleaner, np_run, run_text  # noqa: F401 (PhraseCleaner: the readers' cleaner)
from .reading import VALUE_ROLES, SentenceReading

_NOT_STATUS_AFTER = ("reach", "plan_verb", "comparison", "qty", "percent")
# The indicators whose facts carry an investment kind (`cấp mới`) as their sector.
INVESTMENT_FLOWS = ("investment_projects", "investment_capital")
CAPACITY = "production_capacity"
PROJECT_CAPITAL = "project_capital"


# ------------------------------------------------------------------ status


def status_of(r: SentenceReading, d: Draft) -> str | None:
    """The clause's keyword: the nearest non-actual status cue before the figure
    in its item wins, else `actual` when `đạt`/`có` is there; a figure that
    opens its item takes a status verb after it (`6 mặt hàng dự kiến đóng góp`);
    None when the clause has no keyword."""
    lo = r.item_start(d.index)
    cues = [j for j in r.sentence.tagged("status", lo, d.index) if _is_status(r, j)]
    strong = [j for j in cues if r.chunks[j].value("status") != "actual"]
    if strong:
        return r.chunks[strong[-1]].value("status")
    if cues:
        return "actual"
    if _opens_item(r, d.index):
        hi = _next_figure(r, d.index)
        after = [j for j in r.sentence.tagged("status", d.index + 1, hi) if _is_status(r, j)]
        found = [r.chunks[j].value("status") for j in after if r.chunks[j].value("status") != "actual"]
        if found:
            return found[0]
    return None


def _is_status(r: SentenceReading, j: int) -> bool:
    """A status word that is no part of a plan share or comparison (`bằng 82% kế hoạch`)."""
    before = r.previous(j, gap_words=0)
    return before is None or not any(tag in r.chunks[before].tags for tag in _NOT_STATUS_AFTER)


def _opens_item(r: SentenceReading, index: int) -> bool:
    lo = r.item_start(index)
    return all(r.chunks[i].kind in (GAP, PERIOD) or r.chunks[i].has("boundary") or r.chunks[i].has("breakdown")
               for i in range(lo, index))


def _next_figure(r: SentenceReading, index: int) -> int:
    hi = r.sentence.item_range(index)[1]
    return next((i for i in range(index + 1, hi) if r.chunks[i].kind == QTY), hi)


# ------------------------------------------------------------------ changes


def change_of(r: SentenceReading, index: int, role: str, host: Draft | None) -> dict:
    """The change stated by the quantity at chunk `index` (a percent, an amount or a factor)."""
    q = r.quantity(index)
    verb = _verb_before(r, index)
    direction = r.chunks[verb].value("change_verb") if verb is not None else "up"
    change = {"direction": direction or "up", "percent": None, "amount": None,
              "basis": basis_of(r, index, verb), "qualifier": q.qualifier.value}
    if role == "change":
        change["percent"] = q.amount
    elif role == "change_amount":
        change["amount"] = {"amount": q.amount, "unit": q.unit, "qualifier": q.qualifier.value}
    elif role == "factor":
        change["factor"], change["qualifier"] = q.amount, None
    if change["basis"] is None:
        change[COMPARED] = compared_period(r, index)
    return change


def _verb_before(r: SentenceReading, index: int) -> int | None:
    """The nearest change verb before the figure in its segment."""
    lo = r.sentence.segment_range(index)[0]
    verbs = r.sentence.tagged("change_verb", lo, index)
    return verbs[-1] if verbs else None


def basis_of(r: SentenceReading, index: int, verb: int | None) -> str | None:
    """What the change is measured against: an average per year, the plan, or
    the comparison phrase after it (`so với cùng kỳ`, `so với tháng trước`);
    None for a comparison with a named period, resolved once the fact's own
    period is known (see `compared_period`)."""
    lo = verb if verb is not None else r.sentence.segment_range(index)[0]
    stated = [r.chunks[j].value("basis") for j in range(lo, index)]
    if "annual_average" in stated:
        return "annual_average"
    if verb is not None and r.chunks[verb].value("basis") == "plan":
        return "plan"  # `vượt kế hoạch năm gần 3%`
    if verb is not None and r.chunks[verb].has("plan_verb") and _plan_after(r, index):
        return "plan"
    for j in _qualifying(r, index):
        chunk = r.chunks[j]
        basis = chunk.value("basis")
        if basis is not None:
            return basis
        if chunk.has("comparison_base"):
            continue  # `so với con số 945 triệu USD của cùng kỳ năm trước`: the base's period says
        if chunk.has("comparison"):
            nxt = r.next(j, gap_words=1)
            if nxt is not None and r.chunks[nxt].value("basis"):
                return r.chunks[nxt].value("basis")
            return None
    return None


def _qualifying(r: SentenceReading, index: int) -> Iterator[int]:
    """The chunks after a change that can still qualify it: up to the next
    figure that is no change of its own, the end of the item, or a word that
    ends the change (a change coordinated by `và` shares what follows)."""
    for j in range(index + 1, _basis_reach(r, index)):
        if _ends_change(r.chunks[j]) and not _coordinated(r, j) or r.role(j) == "base_change":
            return  # (`cao hơn mức tăng 7,4% của quý I`: rates compared, no basis)
        yield j


def _coordinated(r: SentenceReading, j: int) -> bool:
    """`tăng 12,4% về số doanh nghiệp và giảm 5,8% về vốn so với cùng kỳ`: a
    change verb joined by `và` to the change before shares its comparison."""
    before = r.previous(j, gap_words=0)
    return r.chunks[j].has("change_verb") and before is not None and r.chunks[before].has("conjunction")


def _ends_change(chunk) -> bool:
    """A chunk after which words no longer qualify the change before it."""
    return any(tag in chunk.tags for tag in ("change_verb", "numberless_change", "reach", "status", "share"))


def _plan_after(r: SentenceReading, index: int) -> bool:
    after = r.next(index, gap_words=2)
    return after is not None and r.chunks[after].has("plan")


def _basis_reach(r: SentenceReading, index: int) -> int:
    """Where the words that can qualify a change end: the next figure that is no
    change of its own, or the end of the item."""
    hi = r.sentence.item_range(index)[1]
    for j in range(index + 1, hi):
        if r.chunks[j].kind == QTY and r.role(j) in VALUE_ROLES and r.role(j) != "base":
            return j
    return hi


def aspect_after(r: SentenceReading, index: int) -> str | None:
    """What a change measures, when it says: `về số doanh nghiệp` the count,
    `về vốn đăng ký` the counted things' capital, `về kim ngạch` the money
    figure, `về sản lượng` something outside the schema."""
    after = r.next(index, gap_words=0)
    if after is None:
        return None
    if r.chunks[after].value("aspect"):
        return r.chunks[after].value("aspect")
    word = r.next(after, gap_words=0) if r.chunks[after].has("aspect_intro") else None
    if word is None:
        return None
    chunk = r.chunks[word]
    if chunk.has("count_word"):
        return "count"
    frame = chunk.payload if chunk.has("trigger") else None
    if frame is None:
        return None
    if frame.links_to_count:
        return "capital"
    if frame.blocker:
        return "other"
    return "money" if frame.metric_name is None else None


def compared_period(r: SentenceReading, index: int):
    """`tăng 27,9% so với quý I`: the period a change is measured against, if named."""
    for j in _qualifying(r, index):
        chunk = r.chunks[j]
        if chunk.kind == PERIOD and chunk.payload.period is not None and getattr(chunk.payload, "cue", None):
            return chunk.payload.period
    return None


def numberless_changes(r: SentenceReading) -> list[tuple[int, dict]]:
    """Changes stated without a number (`tăng mạnh`, `vượt kế hoạch`, `tăng so
    với con số ...`): their chunk and change."""
    found = []
    for j in r.sentence.indexes(WORD, tag="change_verb"):
        if not (r.chunks[j].has("numberless_change") or _compared_right_after(r, j)):
            continue
        after = r.next(j, gap_words=2)
        if after is not None and r.chunks[after].kind == QTY and r.role(after) in ("change", "factor"):
            continue
        chunk = r.chunks[j]
        change = {"direction": chunk.value("change_verb") or "up", "percent": None, "amount": None,
                  "basis": chunk.value("basis") or basis_of(r, j, None), "qualifier": None}
        if change["basis"] is None:
            change[COMPARED] = compared_period(r, j)
        found.append((j, change))
    return found


def _compared_right_after(r: SentenceReading, j: int) -> bool:
    """`tăng so với cùng kỳ`: a change verb whose comparison follows at once."""
    after = r.next(j, gap_words=0)
    return after is not None and r.chunks[after].has("comparison")


# ------------------------------------------------------------------ partner


def partner_of(r: SentenceReading, d: Draft) -> str | None:
    """The first country or region before the figure in its window, or an
    investor or market named right after it (`17 dự án của các nhà đầu tư Nhật Bản`)."""
    lo = window_start(r, d)
    if not r.sentence.tagged("qty", 0, lo):
        lo = 0  # `- Châu Á: 689,87 triệu USD`: a label item before the figure
    for j in range(lo, d.index):
        chunk = r.chunks[j]
        if chunk.kind == PARTNER and chunk.norm != "VN" and not _domestic(r, chunk):
            return chunk.norm
    hi = r.sentence.segment_range(d.index)[1]
    for j in range(d.index + 1, hi):
        chunk = r.chunks[j]
        if chunk.kind == QTY:
            break
        if chunk.kind == PARTNER and chunk.norm != "VN":
            marker = r.previous(j, gap_words=1)
            if marker is not None and (r.chunks[marker].has("investor") or r.chunks[marker].has("market_reach")):
                return chunk.norm
    return None


def _domestic(r: SentenceReading, chunk) -> bool:
    """A region of Việt Nam (`Đồng bằng sông Cửu Long`): no partner."""
    return "domestic_region" in r.cleaner.words.tags_of(chunk.text)


def window_start(r: SentenceReading, d: Draft) -> int:
    """Where the figure's own words start: after the previous figure of its
    item that is no change of another (a list item's start)."""
    lo = r.item_start(d.index)
    ends = VALUE_ROLES if d.value is not None else (*VALUE_ROLES, "change")
    for j in range(d.index - 1, lo - 1, -1):
        if r.chunks[j].kind == QTY and r.role(j) in ends:
            return j + 1
    return lo


# ------------------------------------------------------------------ product


def product_of(r: SentenceReading, d: Draft) -> str | None:
    """The commodity a trade figure is for: named after a product word
    (`mặt hàng gạo`), right after the trigger (`xuất khẩu gỗ tăng`), or as the
    subject of a list item (`; may mặc 66,4 triệu USD`)."""
    lo = window_start(r, d)
    intro = r.sentence.tagged("list_intro", lo, d.index)
    if intro:
        lo = intro[-1] + 1
    cleaner = r.cleaner
    if r.grammar.frame_of_metric(d.metric) and r.grammar.frame_of_metric(d.metric).name == CAPACITY and d.value:
        return cleaner.clean(_capacity_product(r, d))
    for reader in (_after_product_word, _after_trigger, _item_subject, _after_copula, _industry_copula,
                   _after_governing_trigger):
        found = cleaner.clean(reader(r, d, lo, cleaner))
        if found:
            return found.lower() if found[:1].isupper() and not found.isupper() else found
    return None


def _after_product_word(r: SentenceReading, d: Draft, lo: int, cleaner: PhraseCleaner) -> str | None:
    """`mặt hàng gạo đạt 339 triệu USD`: the product named after a product word opening the window."""
    for j in r.sentence.tagged("product_group", lo, d.index):
        if all(_opener(r.chunks[i]) or r.chunks[i].kind == PERIOD for i in range(lo, j)):
            return cleaner.cut(run_text(r.text, r.chunks, np_run(r.chunks, j + 1, d.index)) or "")
    return None


def _after_trigger(r: SentenceReading, d: Draft, lo: int, cleaner: PhraseCleaner) -> str | None:
    if d.trigger is None or not lo <= d.trigger < d.index:
        return None
    after = d.trigger + 1
    if after < d.index and r.chunks[after].kind == GAP:
        return cleaner.cut(run_text(r.text, r.chunks, np_run(r.chunks, after, d.index)) or "")
    return None


def _item_subject(r: SentenceReading, d: Draft, lo: int, cleaner: PhraseCleaner) -> str | None:
    """The words opening the window, when the window holds no trigger of its own."""
    if d.trigger is not None and lo <= d.trigger < d.index:
        return None
    first = next((j for j in range(lo, d.index) if not _opener(r.chunks[j]) and r.chunks[j].kind != PERIOD), None)
    if first is None or r.chunks[first].kind != GAP:
        return None
    return cleaner.cut(run_text(r.text, r.chunks, np_run(r.chunks, first, d.index)) or "")


def opens_with_subject(r: SentenceReading, d: Draft) -> bool:
    """Whether the figure's window opens with words naming what it is about."""
    lo = window_start(r, d)
    first = next((j for j in range(lo, d.index) if not _opener(r.chunks[j])), None)
    if first is None:
        return False
    chunk = r.chunks[first]
    # a gap of words, or a phrase that names a sector (`bán buôn, bán lẻ, sửa chữa ô tô, ...`)
    return chunk.kind == GAP and chunk.words >= 2 or chunk.has("np_part") and len(chunk.text.split()) >= 2


def _opener(chunk) -> bool:
    return chunk.has("boundary") or chunk.has("breakdown") or chunk.has("list_intro") or chunk.has("restriction") \
        or chunk.has("bracket=close") or chunk.has("conjunction")


def _capacity_product(r: SentenceReading, d: Draft) -> str | None:
    """What a capacity is of: the counted thing and the words after it (`10 nghìn
    xe mô tô`, `30 nghìn động cơ xe phân khối lớn/năm`), the noun after a measure
    (`50.000 tấn thép`), else what the plant before `công suất` makes (`nhà máy bột
    giấy công suất 130.000 tấn/năm`; a capitalized name is no product)."""
    after = np_run(r.chunks, d.index + 1, r.sentence.segment_range(d.index)[1])
    following = run_text(r.text, r.chunks, after) if after and after[0] == d.index + 1 else None
    following = r.cleaner.cut(following) if following else None
    if r.grammar.unit_class(d.value.unit) == "count":
        return " ".join(p for p in (d.value.unit, following) if p)
    if following:
        return following
    cue = d.trigger if d.trigger is not None and d.trigger < d.index else None
    heads = [j for j in r.sentence.tagged("plant_head", r.item_start(d.index), cue or d.index)]
    if cue is None or not heads:
        return None
    made = run_text(r.text, r.chunks, np_run(r.chunks, heads[-1] + 1, cue))
    if not made or made[:1].isupper():
        return None
    for activity in r.grammar.phrases_of("activity"):
        if made.lower().startswith(activity + " "):
            return made[len(activity) + 1:]
    return made


def _industry_copula(r: SentenceReading, d: Draft, lo: int, cleaner: PhraseCleaner) -> str | None:
    """`May mặc là mặt hàng duy nhất có kim ngạch xuất khẩu tăng`: the subject of `là mặt hàng`."""
    for j in r.sentence.tagged("industry_copula", r.item_start(d.index), d.index):
        start = r.sentence.segment_range(j)[0]
        run = np_run(r.chunks, start, j)
        return cleaner.cut(run_text(r.text, r.chunks, run) or "")
    return None


def _after_governing_trigger(r: SentenceReading, d: Draft, lo: int, cleaner: PhraseCleaner) -> str | None:
    """A list item of its own naming nothing (`Sóc Trăng (986 triệu USD)`) takes
    the product named after the trigger that governs the list."""
    if d.trigger is None or d.trigger >= lo or _item_subject(r, d, lo, cleaner):
        return None
    after = d.trigger + 1
    if after < d.index and r.chunks[after].kind == GAP:
        return cleaner.cut(run_text(r.text, r.chunks, np_run(r.chunks, after, d.index)) or "")
    return None


def _after_copula(r: SentenceReading, d: Draft, lo: int, cleaner: PhraseCleaner) -> str | None:
    for j in r.sentence.tagged("product_copula", r.item_start(d.index), d.index):
        return cleaner.cut(run_text(r.text, r.chunks, np_run(r.chunks, j + 1, d.index)) or "")
    return None


# ------------------------------------------------------------------ sector


def sector_of(r: SentenceReading, d: Draft) -> str | None:
    """A sub-index, an economic sector, a scope restriction or an investment
    component, as written."""
    cleaner = r.cleaner
    if _investment(r, d.metric):
        return _restriction(r, d) or _investment_component(r, d) or _linked_component(r, d) or _opening_park(r, d)
    return (_sector_head(r, d) or _restriction(r, d) or _component_trigger(r, d)
            or _after_index_trigger(r, d, cleaner) or _breakdown_subject(r, d, cleaner) or _industry_head(r, d, cleaner))


def _investment(r: SentenceReading, metric: str) -> bool:
    return r.grammar.unscoped(metric) in INVESTMENT_FLOWS or metric == PROJECT_CAPITAL


def _phrase(r: SentenceReading, a: int, b: int) -> str | None:
    """The text of chunks `[a, b)` as written, spaces collapsed, edges trimmed."""
    if a >= b:
        return None
    text = " ".join(r.text[r.chunks[a].start:r.chunks[b - 1].end].split())
    return text.strip(" ,;:.-–()") or None


def _sector_head(r: SentenceReading, d: Draft) -> str | None:
    """`Trong đó, khu vực có vốn đầu tư nước ngoài đạt ...`: an item that opens
    with `khu vực ...` is that sector's part (a place named in it is a place)."""
    lo = window_start(r, d)
    heads = r.sentence.tagged("sector_head", lo, d.index)
    if not heads:
        return None
    head = heads[0]
    if not all(_opener(r.chunks[i]) or r.chunks[i].kind == PERIOD or r.chunks[i].has("trigger") or r.chunks[i].has("owner")
               or (r.chunks[i].kind == GAP and r.chunks[i].words <= 2) for i in range(lo, head)):
        return None
    end = next((i for i in range(head + 1, d.index)
                if any(t in r.chunks[i].tags for t in ("status", "change_verb", "reach", "qty", "period", "trigger",
                                                       "boundary=item", "owner", "place"))
                and not r.chunks[i].has("scope")), d.index)
    if any(r.chunks[i].has("place=province") for i in range(head, end)):
        return None
    return _phrase(r, head, end)


def _restriction(r: SentenceReading, d: Draft) -> str | None:
    """`Riêng các khu công nghiệp ...`, `Kim ngạch xuất khẩu (không kể dầu thô)`."""
    lo = r.item_start(d.index)
    for j in r.sentence.tagged("restriction", lo, d.index):
        after = r.next(j, gap_words=0)
        if after is not None and (r.chunks[after].has("park") or r.chunks[after].has("name=industrial_park")):
            return r.chunks[after].text
    if d.trigger is not None and d.trigger + 2 < d.index and r.chunks[d.trigger + 1].has("bracket=open") \
            and r.chunks[d.trigger + 2].has("scope_restriction"):
        close = next((i for i in range(d.trigger + 2, d.index) if r.chunks[i].has("bracket=close")), None)
        if close is not None:
            return _phrase(r, d.trigger + 2, close)
    return None


def _component_trigger(r: SentenceReading, d: Draft) -> str | None:
    """`thu nội địa đạt ...`: a named part of the indicator is its sector."""
    if d.trigger is not None and r.chunks[d.trigger].payload.component:
        return _phrase(r, d.trigger, d.trigger + 1)
    return None


def _investment_component(r: SentenceReading, d: Draft) -> str | None:
    """`cấp mới 25 dự án`, `74 dự án cấp mới`: the kind of an investment inflow
    (none for totals and stocks)."""
    if r.grammar.unscoped(d.metric) not in INVESTMENT_FLOWS:
        return None
    lo = window_start(r, d)
    hi = r.sentence.segment_range(d.index)[1]
    if r.sentence.tagged("component_total", lo, hi):
        return None
    found = {" ".join(r.chunks[j].text.split()) for j in r.sentence.tagged("component", lo, hi)
             if j < d.index or _right_after(r, d.index, j)}
    return found.pop() if len(found) == 1 else None


def _right_after(r: SentenceReading, index: int, j: int) -> bool:
    """Chunk `j` follows the figure with only a short gap or scope words between (`18 dự án FDI đăng ký mới`)."""
    return j > index and all((r.chunks[i].kind == GAP and r.chunks[i].words <= 1) or r.chunks[i].has("scope")
                             for i in range(index + 1, j))


def _opening_park(r: SentenceReading, d: Draft) -> str | None:
    """`Trong đó, Khu kinh tế mở Chu Lai có 90 dự án`: the park an item opens with."""
    lo = window_start(r, d)
    for j in range(lo, d.index):
        chunk = r.chunks[j]
        if chunk.has("name=industrial_park"):
            return chunk.text
        if not (_opener(chunk) or chunk.kind == PERIOD):
            return None
    return None


def _linked_component(r: SentenceReading, d: Draft) -> str | None:
    """`cấp mới cho 74 dự án với tổng vốn đăng ký 990 triệu USD`: the capital of
    counted projects has their kind."""
    if d.value is None or r.grammar.unit_class(d.value.unit) != "money":
        return None
    counts = [x for x in r.drafts if x.index < d.index and r.same_item(x.index, d.index) and x.value is not None
              and r.grammar.unit_class(x.value.unit) == "count"]
    return counts[-1].sector if counts else None


def _industry_head(r: SentenceReading, d: Draft, cleaner: PhraseCleaner) -> str | None:
    """`Ngành du lịch đón ..., doanh thu đạt ...`: the industry the figure's item opens with."""
    for j in r.sentence.tagged("industry_head", r.item_start(d.index), d.index):
        if not all(_opener(r.chunks[i]) or r.chunks[i].kind == PERIOD for i in range(r.item_start(j), j)):
            continue
        return cleaner.clean(cleaner.cut(run_text(r.text, r.chunks, np_run(r.chunks, j + 1, d.index)) or ""))
    return None


def _after_index_trigger(r: SentenceReading, d: Draft, cleaner: PhraseCleaner) -> str | None:
    """`chỉ số công nghiệp chế biến, chế tạo tăng`: the sub-index named after the trigger."""
    slots = r.grammar.slots_of(d.metric)
    if d.trigger is None or "sector" not in slots or "product" in slots:
        return None
    after = d.trigger + 1
    if after < d.index and r.chunks[after].has("industry_head"):
        after += 1  # `chỉ số sản xuất ngành khai khoáng`
    if after >= d.index or r.chunks[after].kind != GAP or not r.same_item(d.trigger, d.index):
        return None
    return cleaner.clean(cleaner.cut(run_text(r.text, r.chunks, np_run(r.chunks, after, d.index)) or ""))


def _breakdown_subject(r: SentenceReading, d: Draft, cleaner: PhraseCleaner) -> str | None:
    """A breakdown item's subject (`trong đó ngành khai khoáng tăng 3%`) for
    indicators with sub-indices and sectors."""
    if r.grammar.frame_of_metric(d.metric) is None or not r.grammar.frame_of_metric(d.metric).rate:
        return None
    if r.info.parent is None and not r.sentence.tagged("breakdown", 0, d.index) \
            and not r.sentence.tagged("industry_head", 0, d.index):
        return None
    lo = window_start(r, d)
    if d.trigger is not None and lo <= d.trigger < d.index:
        return None
    industry = r.sentence.tagged("industry_head", lo, d.index)
    start = industry[0] + 1 if industry else next((j for j in range(lo, d.index) if not _opener(r.chunks[j])), None)
    if start is None or start >= d.index or r.chunks[start].kind != GAP:
        return None
    return cleaner.clean(cleaner.cut(run_text(r.text, r.chunks, np_run(r.chunks, start, d.index)) or ""))


# ------------------------------------------------------------------ subject


def subject_of(r: SentenceReading, d: Draft) -> str | None:
    """The named company or project a figure is about (see `subject_before`)."""
    return subject_before(r, d.index)


def subject_before(r: SentenceReading, index: int) -> str | None:
    """The first named company or project in the figure's item before it
    (`Nhà máy Lego`, `dự án Nhà máy điện tử Foxlink của Tập đoàn Foxlink`), or
    the one a bare `nhà máy`/`dự án` opening the clause refers to."""
    lo = r.item_start(index)
    names = [(j, name) for j in _subject_heads(r, lo, index) if (name := _subject_at(r, j, index))]
    if names:
        window = _window_of(r, index)
        own = [n for n in names if n[0] >= window] or names
        projects = [n for n in own if r.chunks[n[0]].has("project_head")]
        return (projects or own)[0][1]
    anaphors = r.sentence.tagged("anaphor", r.sentence.segment_range(index)[0], index)
    if anaphors and _opens_clause(r, anaphors[0]):
        earlier = next((name for j in reversed(_subject_heads(r, 0, anaphors[0]))
                        if (name := _subject_at(r, j, anaphors[0]))), None)
        if earlier or r.discourse.last_subject:
            return earlier or r.discourse.last_subject
    return _subject_after(r, index)


def _window_of(r: SentenceReading, index: int) -> int:
    lo = r.item_start(index)
    for j in range(index - 1, lo - 1, -1):
        if r.chunks[j].kind == QTY and r.role(j) in VALUE_ROLES:
            return j + 1
    return lo


def _subject_after(r: SentenceReading, index: int) -> str | None:
    """`Với tổng vốn đầu tư 12,8 tỷ USD, Công ty X ...`: a figure opening its item
    before the company it is about."""
    lo, hi = r.sentence.item_range(index)
    if r.sentence.tagged("qty", lo, index):
        return None
    for j in range(index + 1, min(hi, index + 4)):
        chunk = r.chunks[j]
        if chunk.kind == NAME and chunk.has("named_subject") and not chunk.has("agency"):
            return chunk.text
    return None


_SUBJECT_TAGS = ("name=org", "subject_head", "described_project")


def _subject_heads(r: SentenceReading, lo: int, hi: int) -> list[int]:
    """The chunks in `[lo, hi)` that can name a subject (see `_subject_at`), in order."""
    return sorted({j for tag in _SUBJECT_TAGS for j in r.sentence.tagged(tag, lo, hi)})


def _subject_at(r: SentenceReading, j: int, stop: int) -> str | None:
    chunk = r.chunks[j]
    if chunk.kind == NAME and not chunk.has("agency") and chunk.has("name=org"):
        before = r.previous(j, gap_words=0)
        if before is not None and r.chunks[before].has("source"):
            return None  # `Theo Tập đoàn X`: a source
        if chunk.has("named_subject") or not chunk.text.isupper():
            return chunk.text
    name = _name_after(r, j, stop) if chunk.has("subject_head") else None
    # A scope word between them (`..., nơi tổng vốn FDI đạt`) makes the figure a scoped total, not the project's.
    if name is None and chunk.has("described_project") and _one_project(r, j) \
            and not r.tagged_between(j, stop, "scope"):
        return _description_after(r, j, stop)
    return name


_DESCRIPTION_STOPS = frozenset({"trigger", "boundary", "bracket", "scope", "status", "change"})


def _one_project(r: SentenceReading, j: int) -> bool:
    """`dự án` neither counted (`9 dự án`) nor plural (`các dự án`), with words
    describing it right after (`dự án sản xuất đế giày`, not `dự án FDI`)."""
    if j + 1 >= len(r.chunks) or r.chunks[j + 1].kind != GAP:
        return False
    before = r.previous(j, gap_words=0)
    if before is None:
        return True
    if r.chunks[before].kind == QTY:
        return False
    if r.chunks[before].kind != GAP:
        return True
    words = r.chunks[before].text.rstrip()
    return not any(m.end == len(words) and "plural_marker" in m.tags for m in r.cleaner.words.find(words))


def _description_after(r: SentenceReading, head: int, stop: int) -> str | None:
    """`dự án` + the words describing it, up to a word that ends a description
    (`có`, `tại`, `tổng vốn`...), a bracket, a boundary, a figure, a period or
    an indicator's word."""
    end = r.chunks[head].end
    for j in range(head + 1, stop):
        chunk = r.chunks[j]
        if chunk.kind in (QTY, PERIOD) or chunk.tags & _DESCRIPTION_STOPS:
            break
        end = chunk.end
    words = r.text[r.chunks[head].end:end]
    cut = min([m.start for m in r.cleaner.words.find(words) if "description_end" in m.tags]
              + [i for i, c in enumerate(words) if c in "(,;:"] + [len(words)])
    description = words[:cut].split()
    if len(description) < 2:
        return None
    return " ".join([r.chunks[head].text, *description])


def _name_after(r: SentenceReading, head: int, stop: int) -> str | None:
    """`Nhà máy` + words up to the last capitalized one before a word that ends
    a name (`với`, `của`...): the name it heads; None without a capitalized word."""
    end = r.chunks[head].end
    for j in range(head + 1, stop):
        chunk = r.chunks[j]
        if chunk.kind in (GAP, NAME, PLACE, PARTNER) or chunk.has("bracket"):
            end = chunk.end
            continue
        break
    words = r.text[r.chunks[head].end:end]
    cut = min([m.start for m in r.cleaner.words.find(words) if "subject_end" in m.tags] + [len(words)])
    tokens = words[:cut].split()
    capitalized = [i for i, w in enumerate(tokens) if w[:1].isupper()]
    if not capitalized:
        return None
    last = capitalized[-1]
    while last + 1 < len(tokens) and tokens[last + 1].isdigit():
        last += 1  # `Nhà máy nhiệt điện Vân Phong 1`
    return " ".join([r.chunks[head].text, *tokens[:last + 1]])


def _opens_clause(r: SentenceReading, j: int) -> bool:
    lo = r.sentence.segment_range(j)[0]
    return all(r.chunks[i].has("boundary") or r.chunks[i].kind == PERIOD or r.chunks[i].has("current")
               or (r.chunks[i].kind == GAP and r.chunks[i].words <= 1) for i in range(lo, j))
