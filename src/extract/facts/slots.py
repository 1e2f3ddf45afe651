"""The slots of a fact read from the words around its number: status,
change basis, partner, product, sector, subject and location.

Every function reads a window of the article text (offsets in
`Article.text`) and the rule phrases; none keeps state.
"""

from __future__ import annotations

import regex

from ..schema import EntityType
from .article import Article, Sent
from .lexicon import Match

_SPACE = regex.compile(r"\s+")
_COMPARED = regex.compile(r"(?:cao hơn|thấp hơn|so với|hơn|chung của)\s+[^,;]*$", regex.IGNORECASE)
_EDGE = " ,;:.-–()“”\"'"
_OPENS_BRACKET = regex.compile(r"\s*\(")
_CLOSES_BRACKET = regex.compile(r"\s*\)")
_BRACKET_BEFORE = regex.compile(r"\(\s*$")
_BRACKETED = regex.compile(r"\s*\(([^()]{2,40})\)")
_NP_STOP = regex.compile(r"\bvà\b|[(“\",]|\d")
_NP_STOP_KEEPING_AND = regex.compile(r"[(“\"]|\d")
TRADE_METRICS = frozenset({"export_value", "import_value", "trade_value", "trade_balance"})
PRODUCT_METRICS = TRADE_METRICS - {"trade_balance"} | {"export_markets", "production_capacity"}
PARTNER_METRICS = TRADE_METRICS | {"fdi_capital", "fdi_projects", "project_capital", "investment_projects",
                                   "investment_capital"}


def _outside(matches: list[Match], exceptions: list[Match]) -> list[Match]:
    return [m for m in matches if not any(e.start <= m.start and m.end <= e.end and e != m
                                          for e in exceptions)]


def status_cue(article: Article, start: int, end: int) -> str | None:
    """The status the window's keywords give: the nearest non-actual cue
    wins, else `actual` when `đạt`/`có` is there, else None (no keyword).

    >>> from extract.facts.dev import demo_article
    >>> a = demo_article("Vĩnh Phúc đặt mục tiêu đạt kim ngạch xuất khẩu 19 tỷ USD.")
    >>> status_cue(a, 0, 45)
    'target'
    """
    cues = article.find("status", start, end)
    cues = _outside(cues, article.find("status_exception", start, end))
    strong = [m for m in cues if m.value != "actual"]
    if strong:
        return strong[-1].value
    return "actual" if cues else None


def basis_after(article: Article, sent: Sent, position: int, stop: int) -> str | None:
    """The basis of the first comparison phrase in `[position, stop)`."""
    for m in article.find("basis", position, stop):
        if m.value in ("same_period_last_year", "previous_period") or m.text.lower().startswith("so với"):
            return m.value
    return None


def plan_basis(article: Article, start: int, end: int) -> bool:
    """A plan comparison (`vượt ... kế hoạch`) inside `[start, end)`."""
    verbs = article.find("plan_verb", start, end)
    plans = [m for m in article.find("basis", start, end) if m.value == "plan"]
    return bool(verbs and plans and verbs[0].start < plans[-1].start)


def location_markers(article: Article, sent: Sent) -> list[tuple[int, int, str]]:
    """Provinces and `cả nước` of a sentence that can be a figure's location."""
    markers = [(e.start, e.end, e.norm) for e in article.entities_in(sent.start, sent.end, EntityType.PROVINCE)
               if e.norm and not article.in_brackets(e.start)]
    markers += [(m.start, m.end, m.value) for m in article.national_cues(sent.start, sent.end)]
    return sorted(markers)


def location_of(article: Article, sent: Sent, position: int) -> str | None:
    """The province (or Việt Nam) a figure at `position` is about.

    The nearest marker before the figure in its sentence, else the first
    after it (outside a share phrase), else the article's main province.
    """
    markers = location_markers(article, sent)
    before = [m for m in markers if m[1] <= position]
    if before:
        return before[-1][2]
    for start, end, norm in markers:
        if start > position and not article.find("share", position, start) \
                and not _OPENS_BRACKET.match(article.text[end:end + 3]) \
                and not _COMPARED.search(article.text[max(position, start - 30):start]):
            return norm
    return article.main_province


def paren_marker(article: Article, sent: Sent, q_start: int, q_end: int) -> str | None:
    """`Sóc Trăng (986 triệu USD)`: the place a bracketed figure belongs to."""
    text = article.text
    if not _CLOSES_BRACKET.match(text[q_end:q_end + 3]):
        return None
    opening = _BRACKET_BEFORE.search(text[max(sent.start, q_start - 3):q_start])
    if opening is None:
        return None
    bracket = q_start - (len(text[max(sent.start, q_start - 3):q_start]) - opening.start())
    for start, end, norm in location_markers(article, sent):
        if text[end:bracket].strip() == "":
            return norm
    return None


def partner_of(article: Article, start: int, position: int, right_end: int) -> str | None:
    """The first country or region before the figure in its item, or an
    investor named right after it (`17 dự án của các nhà đầu tư Nhật Bản`)."""
    kinds = (EntityType.COUNTRY, EntityType.REGION)
    for e in article.entities_in(start, position, *kinds):
        if e.norm != "VN":
            return e.norm or e.text
    for m in article.find("investor", position, right_end):
        for e in article.entities_in(m.end, right_end, *kinds):
            if article.text[m.end:e.start].strip() == "" and e.norm != "VN":
                return e.norm or e.text
    return None


def noun_phrase(article: Article, start: int, end: int, allow_and: bool = False) -> str | None:
    """The words from `start` up to the first stop word (or `end`), cleaned.

    >>> from extract.facts.dev import demo_article
    >>> a = demo_article("xuất khẩu gỗ tăng gần 18%")
    >>> noun_phrase(a, 10, len(a.text))
    'gỗ'
    """
    stops = [m.start for m in article.find("np_stop", start, end)]
    pattern = _NP_STOP_KEEPING_AND if allow_and else _NP_STOP
    stops += [start + m.start() for m in pattern.finditer(article.text[start:end])]
    return clean_phrase(article, article.text[start:min(stops, default=end)])


def clean_phrase(article: Article, phrase: str) -> str | None:
    """Strip discourse openers, `hàng`, `các loại`...; None when nothing specific is left.

    >>> from extract.facts.dev import demo_article
    >>> a = demo_article("")
    >>> clean_phrase(a, "Cụ thể, hàng dệt may"), clean_phrase(a, "xơ sợi dệt các loại"), clean_phrase(a, "hàng hóa")
    ('dệt may', 'xơ sợi dệt', None)
    """
    phrase = _SPACE.sub(" ", phrase).strip(_EDGE)
    for opener in sorted(article.rules.words_of("discourse"), key=len, reverse=True):
        if phrase.lower().startswith(opener.lower() + ",") or phrase.lower() == opener.lower():
            phrase = phrase[len(opener) + 1:].strip(_EDGE)
    generic = {g.lower() for g in article.rules.words_of("generic_product")}
    strip = sorted(article.rules.words_of("strip"), key=len, reverse=True)
    leading = sorted(article.rules.words_of("strip_leading"), key=len, reverse=True)
    changed = True
    while changed and phrase:
        if phrase.lower() in generic:
            return None
        changed = False
        for word in strip + leading:
            low = phrase.lower()
            if low == word:
                return None
            if low.startswith(word + " "):
                phrase, changed = phrase[len(word) + 1:].strip(_EDGE), True
            elif low.endswith(" " + word) and word not in leading:
                phrase, changed = phrase[:-len(word) - 1].strip(_EDGE), True
    if not phrase or phrase.lower() in generic or len(phrase.split()) > 12:
        return None
    return phrase


def only_discourse(article: Article, text: str) -> bool:
    """Whether `text` holds nothing but sentence openers (`Trong đó, `).

    >>> from extract.facts.dev import demo_article
    >>> only_discourse(demo_article(""), "Trong đó, "), only_discourse(demo_article(""), "Tỉnh có ")
    (True, False)
    """
    rest = _SPACE.sub(" ", text).strip(_EDGE).lower()
    openers = {o.lower() for o in article.rules.words_of("discourse")}
    return rest == "" or rest in openers


def _without_places(article: Article, start: int, end: int) -> tuple[int, int] | None:
    """The span with trailing place names cut; None when it starts with one."""
    first = article.first_entity_starting_in(start, end)
    if first is None:
        return start, end
    if article.text[start:first.start].strip() == "":
        return None
    return start, first.start


def item_subject(article: Article, start: int, position: int) -> str | None:
    """The subject noun phrase of a list item (`; dệt may đạt 139 triệu USD`)."""
    text = article.text
    opening = start
    colon = text.rfind(":", start, position)
    if colon >= 0:
        opening = colon + 1
    span = _without_places(article, opening, position)
    if span is None:
        return None
    phrase_start = span[0]
    lowered = text[phrase_start:span[1]]
    for opener in article.rules.opener_patterns:
        m = opener.match(lowered)
        if m:
            phrase_start += m.end()
            break
    return noun_phrase(article, phrase_start, span[1], allow_and=True)


def product_after_trigger(article: Article, trigger: Match | None, position: int) -> str | None:
    """`xuất khẩu gỗ tăng`: the product named right after an export/import trigger."""
    if trigger is None or trigger.end > position:
        return None
    span = _without_places(article, trigger.end, position)
    if span is None:
        return None
    phrase = noun_phrase(article, *span)
    if phrase and article.rules.metric_named_in(phrase):
        return None
    return phrase


def industry_subject(article: Article, sent: Sent, position: int) -> str | None:
    """`sản xuất linh kiện điện tử là ngành ...`: the industry a sentence is about."""
    for m in article.find("industry_copula", sent.start, position):
        start = article.hard_left(sent, m.start)
        text = article.text[start:m.start]
        comma = text.rfind(",")
        return clean_phrase(article, text[comma + 1:] if comma >= 0 else text)
    return None


def strip_activity(article: Article, phrase: str | None) -> str | None:
    """`sản xuất linh kiện điện tử` → `linh kiện điện tử` (a product, not an industry).

    >>> from extract.facts.dev import demo_article
    >>> strip_activity(demo_article(""), "sản xuất linh kiện điện tử")
    'linh kiện điện tử'
    """
    if phrase is None:
        return None
    for word in article.rules.words_of("activity"):
        if phrase.lower().startswith(word + " "):
            return phrase[len(word) + 1:]
    return phrase


def restricted_scope(article: Article, sent: Sent, position: int) -> str | None:
    """`Riêng các khu công nghiệp của tỉnh`: a park the figure is restricted to
    (also a sentence that opens with the park: `Các khu công nghiệp ... giải quyết`)."""
    return _restriction(article, sent, position) or _opening_park(article, sent, position)


def _opening_park(article: Article, sent: Sent, position: int) -> str | None:
    for park in article.find("park", sent.start, min(position, sent.start + 25)):
        if only_discourse(article, article.text[sent.start:park.start]):
            return raw_phrase(article, park.start, position)
    return None


def _restriction(article: Article, sent: Sent, position: int) -> str | None:
    for m in article.find("restriction", sent.start, position):
        after = article.text[m.end:position]
        for e in article.entities_in(m.end, position, EntityType.INDUSTRIAL_PARK):
            if article.text[m.end:e.start].strip() == "":
                return e.text
        for park in article.find("park", m.end, position):
            if after[:park.start - m.end].strip() == "":
                return raw_phrase(article, park.start, position)
        for head in article.find("sector_head", m.end, position):
            named = [t for t in article.matches(article.rules.triggers, head.end, position)]
            if after[:head.start - m.end].strip() == "" and named and \
                    not article.entities_in(head.start, named[0].start, EntityType.PROVINCE):
                return _SPACE.sub(" ", article.text[head.start:named[0].start]).strip(_EDGE) or None
    return None


def component_sector(article: Article, start: int, end: int) -> str | None:
    """The one investment component (`cấp mới`, `điều chỉnh tăng vốn`) in a window.

    >>> from extract.facts.dev import demo_article
    >>> a = demo_article("tỉnh cấp mới cho 74 dự án; cấp mới và tăng thêm đạt 412 triệu USD")
    >>> component_sector(a, 0, 20), component_sector(a, 26, len(a.text))
    ('cấp mới', None)
    """
    if article.find("component_total", start, end):
        return None
    found = {_SPACE.sub(" ", m.text) for m in article.find("component", start, end)}
    return found.pop() if len(found) == 1 else None


def bracket_restriction(article: Article, trigger: Match | None, position: int) -> str | None:
    """`Kim ngạch xuất khẩu (không kể dầu thô)`: a scope restriction in brackets after the trigger."""
    if trigger is None:
        return None
    m = _BRACKETED.match(article.text[trigger.end:position])
    if m and article.rules.phrases("scope_restriction").find(m.group(1)):
        found = article.rules.phrases("scope_restriction").find(m.group(1))
        if found[0].start == 0:
            return m.group(1).strip()
    return None


def raw_phrase(article: Article, start: int, end: int) -> str | None:
    """The words from `start` to the first stop word, as written."""
    stops = article.find("np_stop", start, end)
    cut = min([m.start for m in stops] + [end] +
              [start + m.start() for m in regex.finditer(r"[,;(]", article.text[start:end])])
    phrase = _SPACE.sub(" ", article.text[start:cut]).strip(_EDGE)
    return phrase or None


def after_trigger_phrase(article: Article, trigger: Match | None, position: int) -> str | None:
    """`chỉ số công nghiệp chế biến, chế tạo tăng`: the sub-index or activity a trigger names."""
    if trigger is None or trigger.end > position:
        return None
    start = trigger.end
    bracket = regex.match(r"\s*\([^()]{1,20}\)", article.text[start:position])
    if bracket:
        start += bracket.end()
    stops = [m.start for m in article.find("np_stop", start, position)]
    stops += [start + m.start() for m in regex.finditer(r"[(;\d]", article.text[start:position])]
    cut = min(stops, default=position)
    phrase = _SPACE.sub(" ", article.text[start:cut]).strip(_EDGE)
    return phrase or None


def industry_head(article: Article, sent: Sent, position: int) -> str | None:
    """`Ngành du lịch đón ...`: the industry named at the head of the item."""
    for m in reversed(article.find("industry_head", article.hard_left(sent, position), position)):
        segment = article.text[sent.start:m.start]
        segment = segment[max(segment.rfind(","), segment.rfind(";")) + 1:]
        if not only_discourse(article, regex.sub(r"(?i)\btrong đó\b", "", segment)):
            continue
        stops = [s.start for s in article.find("np_stop", m.end, position)]
        stops += [m.end + s.start() for s in regex.finditer(r"[(;\d]", article.text[m.end:position])]
        return clean_phrase(article, article.text[m.end:min(stops, default=position)])
    return None


def named_subject(article: Article, start: int, position: int) -> str | None:
    """A named company or project before the figure: `Nhà máy Lego`,
    `Công ty TNHH Polaris Việt Nam`, `thép ... của Formosa`."""
    text = article.text
    heads = article.rules.phrases("subject_head", case_sensitive=True).find(text, start, position)
    agencies = article.rules.phrases("agency_head", case_sensitive=True)
    for head in heads:
        name = _name_after(article, head.end, position)
        if name:
            return text[head.start:name]
    for e in article.entities_in(start, position, EntityType.ORG):
        if agencies.find(text, e.start, e.start + 12) and agencies.find(text, e.start, e.start + 12)[0].start == e.start:
            continue
        if text[:e.start].rstrip().lower().endswith("theo") or e.text.isupper():
            continue
        return e.text
    return None


def _name_after(article: Article, start: int, position: int) -> int | None:
    """Where the proper name after a subject head ends; None without a capitalized word."""
    ends = article.find("subject_end", start, position)
    stop = min([m.start for m in ends] + [position] +
               [start + m.start() for m in regex.finditer(r"[,(;]", article.text[start:position])])
    words = list(regex.finditer(r"\S+", article.text[start:stop]))
    capitalized = [i for i, w in enumerate(words) if w.group(0)[:1].isupper()]
    if not capitalized:
        return None
    last = capitalized[-1]
    while last + 1 < len(words) and words[last + 1].group(0).isdigit():
        last += 1  # `Nhà máy nhiệt điện Vân Phong 1`
    return start + words[last].end()


def anaphor_opens(article: Article, sent: Sent, position: int) -> bool:
    """Whether the clause before `position` opens with `nhà máy`, `dự án`... (no name)."""
    start = article.hard_left(sent, position)
    text = article.text[start:position]
    comma = text.rfind(",")
    clause_start = start + (comma + 1 if comma >= 0 else 0)
    return any(article.text[clause_start:m.start].strip() == ""
               for m in article.find("anaphor", clause_start, position))
