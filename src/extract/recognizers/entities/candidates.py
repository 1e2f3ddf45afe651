"""Candidate entities: each function proposes spans, the recognizer picks.

Every generator reads one `Scan` (the text, its syllables and the rule book)
and yields `Candidate`s; overlaps are settled later (longest first, names
from the lexicon before patterns), so a generator may over-propose.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field

import regex

from ...budget import WorkCounter
from ...schema import EntityType
from .rulebook import Head, Name, RuleBook
from .syllables import NameRuns, Syllables, compound_words

# Priorities: a lexicon name beats a pattern over the same span.
LEXICON, PATTERN, WEAK = 3, 2, 1

_ACRONYM = regex.compile(r"\((?P<acronym>[\p{Lu}][\p{L}\p{N}&.\-]{1,11})\)")
_PARENTHESES = regex.compile(r"\(([^()\n]{2,20})\)")
_PLACE_TYPES = (EntityType.PROVINCE, EntityType.COUNTRY, EntityType.REGION, EntityType.FOREIGN_LOCALITY)
_SENTENCE_END = regex.compile(r"[!?\n]|\.(?!\d)")


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    type: EntityType | None     # None: a blocker that only suppresses
    norm: str | None = None
    priority: int = PATTERN
    rule: str = ""
    # A name found by a pattern that marks the same thing elsewhere in the article.
    propagate: str | None = None

    @property
    def length(self) -> int:
        return self.end - self.start


@dataclass
class Scan:
    """One text prepared for matching; `counter` counts the work (stage `entities`)."""

    text: str
    book: RuleBook
    counter: WorkCounter = field(default_factory=WorkCounter)
    syllables: Syllables = field(init=False)
    runs: NameRuns = field(init=False)
    # Lazily: where sentences end, and the places named in each sentence.
    _sentence_ends: list[int] | None = field(init=False, default=None)
    _places: dict[tuple[int, int], list[int]] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.counter.add("entities", len(self.text))
        self.syllables = Syllables.of(self.text)
        self.runs = NameRuns(self.syllables, compound_words(), self.book.stop_words,
                             self.book.name_starts())

    def visit(self, count: int) -> None:
        """Count `count` syllables (or candidates) a generator looked at."""
        self.counter.add("entities", count)

    def sentence_around(self, start: int, end: int) -> tuple[int, int]:
        """The sentence holding `text[start:end]`: from just after the last `!`,
        `?`, newline or full stop (not a decimal point) before `start`, to the
        first at or after `end`. Found by bisection: one sentence-end scan
        serves every lookup, however long the sentence.

        >>> from extract.rules import DEFAULT_RULES_DIR
        >>> scan = Scan("Năm 2024 tăng 5.5%. Đức và Anh đầu tư.", RuleBook.load(DEFAULT_RULES_DIR))
        >>> scan.sentence_around(20, 23), scan.places_between(19, 37)
        ((19, 37), [20, 27])
        """
        if self._sentence_ends is None:
            self._sentence_ends = [m.start() for m in _SENTENCE_END.finditer(self.text)]
            self.visit(len(self.text))
        ends = self._sentence_ends
        before, after = bisect_left(ends, start), bisect_left(ends, end)
        return (ends[before - 1] + 1 if before else 0), (ends[after] if after < len(ends) else len(self.text))

    def places_between(self, left: int, right: int) -> list[int]:
        """Starts of the place names in `text[left:right]`, read leftmost-longest
        from `left`; each sentence is read once, however many names ask about it."""
        key = (left, right)
        if key not in self._places:
            items, places = self.syllables, []
            index = items.index_at(left)
            while index < len(items) and items[index].start < right:
                self.visit(1)
                match = _longest_name(self, index) if items[index].text in self.book.first_syllables else None
                if match and match[1].type in _PLACE_TYPES:
                    places.append(items[index].start)
                index = match[0] if match else index + 1
            self._places[key] = places
        return self._places[key]

    def slice(self, first: int, stop: int) -> str:
        start, end = self.syllables.span(first, stop)
        return self.text[start:end]

    def name_at(self, first: int, stop: int) -> Name | None:
        return self.book.names.get(self.slice(first, stop))


# ---------------------------------------------------------------- lexicon


def lexicon_candidates(scan: Scan) -> Iterator[Candidate]:
    """Names of the lexicon, leftmost-longest over syllable n-grams."""
    items, book = scan.syllables, scan.book
    free = 0  # where the last name read ends
    for index in items.indexes_of(book.first_syllables):
        match = _longest_name(scan, index) if index >= free else None
        if match is None:
            continue
        stop, name = match
        if _fits_context(scan, index, stop, name):
            # A brand names its subsidiary too (`Samsung Display`); names inside are still read.
            end_of_name = scan.runs.extend(index) if name.type is EntityType.ORG else stop
            start, end = items.span(index, max(stop, end_of_name))
            yield Candidate(start, end, name.type, name.norm, LEXICON, name.rule)
        free = stop


def _longest_name(scan: Scan, first: int) -> tuple[int, Name] | None:
    """The longest name of the lexicon starting at syllable `first`: grows the
    slice while it is still the start of some name."""
    last = min(len(scan.syllables), first + scan.book.max_name_syllables)
    found = None
    for stop in range(first + 1, last + 1):
        piece = scan.slice(first, stop)
        name = scan.book.names.get(piece)
        if name is not None:
            found = stop, name
        if piece not in scan.book.name_prefixes:
            break
    return found


def _fits_context(scan: Scan, first: int, stop: int, name: Name) -> bool:
    items = scan.syllables
    if name.type is None:
        return True
    if _after_any(scan, first, name.not_after):
        return False
    if name.type is EntityType.PROVINCE and _after_any(scan, first, scan.book.subunits):
        return False
    if stop < len(items) and items.adjacent(stop) and items[stop].text in name.not_before:
        return False
    single = stop - first == 1 and not items[first].is_upper and name.type is not EntityType.ORG
    if single and (_inside_person_name(items, first, stop) or _after_title(scan, first)):
        return False
    return not name.ambiguous or _has_place_cue(scan, first, stop)


def _after_any(scan: Scan, index: int, words: frozenset[str]) -> bool:
    """Whether one of `words` (any letter case) is written right before syllable `index`."""
    return any(scan.syllables.words_before(index, count) in lowered
               for count, lowered in scan.book.by_syllable_count(words))


def _inside_person_name(items: Syllables, first: int, stop: int) -> bool:
    """A one-syllable name glued to capitalized syllables is part of another name (`Minh Đức`)."""
    before = first > 0 and items.adjacent(first) and items[first - 1].is_cap \
        and not items.starts_sentence(first - 1)
    after = stop < len(items) and items.adjacent(stop) and items[stop].is_cap
    return before or after


def _after_title(scan: Scan, index: int) -> bool:
    """`Bà Nga`, `ông Đức`: a one-syllable name after a title is a person's."""
    return any(scan.syllables.words_before(index, n) in scan.book.titles for n in (1, 2, 3))


def _has_place_cue(scan: Scan, first: int, stop: int) -> bool:
    """An ambiguous country name (`Anh`, `Đức`) counts after a cue or beside another place."""
    items = scan.syllables
    if any(items.words_before(first, n) in scan.book.cues for n in (1, 2)):
        return True
    start, end = items.span(first, stop)
    if _alone_in_brackets(scan.text, start, end):
        return True
    return any(place != start for place in scan.places_between(*scan.sentence_around(start, end)))


def _alone_in_brackets(text: str, start: int, end: int) -> bool:
    """`Tập đoàn Kurz (Đức)`: a bracket holding only the name gives a company's country.

    >>> _alone_in_brackets("Tập đoàn Kurz (Đức) tại", 15, 18), _alone_in_brackets("(ông Đức)", 5, 8)
    (True, False)
    """
    # A short look either side: the whole text before a name would make a long article quadratic.
    return text[max(0, start - 8):start].rstrip().endswith("(") and text[end:end + 8].lstrip().startswith(")")


# ---------------------------------------------------------------- heads


def _head_matches(scan: Scan, table: dict[str, tuple[Head, ...]]) -> Iterator[tuple[int, int, Head]]:
    """(syllable index, index after the head, head) for every head written in the text, longest first."""
    for index in scan.syllables.indexes_of(table):
        for head in table[scan.syllables[index].text]:
            after = _match_head(scan, index, head.text)
            if after is not None:
                yield index, after, head


def head_candidates(scan: Scan) -> Iterator[Candidate]:
    """`Công ty ...`, `Sở ...`, `KCN ...`, `UBND tỉnh ...`: a head, then a name."""
    done = -1
    for index, after, head in _head_matches(scan, scan.book.heads):
        candidate = _headed_name(scan, index, after, head) if index != done else None
        if candidate is not None:
            done = index  # a shorter head at the same place is tried only when the longer one fails
            yield candidate


def _match_head(scan: Scan, index: int, head_text: str) -> int | None:
    """Index of the syllable after `head_text` written at syllable `index`, or None."""
    items = scan.syllables
    start = items[index].start
    if not scan.text.startswith(head_text, start):
        return None
    end = start + len(head_text)
    after = items.index_at(end)
    if after < len(items) and items[after].start < end:
        return None  # the head ends inside a word
    if after > index and items[after - 1].end != end and head_text[-1].isalnum():
        return None
    return after


def _headed_name(scan: Scan, index: int, after: int, head: Head) -> Candidate | None:
    items = scan.syllables
    if _after_any(scan, index, head.not_after):
        return None
    stop = after
    if head.levels:
        stop = _skip_level(scan, stop)
    person_may_follow = stop > after or head.standalone  # `Chính phủ Phạm Minh Chính`
    if stop < len(items) and _continues(items, stop) and items[stop].is_cap \
            and not (person_may_follow and _person_name_ahead(scan, stop)):
        is_org = head.type is EntityType.ORG
        name_start = stop
        stop = scan.runs.extend(stop, bridge=is_org, numbers=head.numbers, hyphens=True)
        stop = _location_suffix(scan, stop) if is_org else stop
        stop = _before_person(scan, name_start, stop)
    elif not head.standalone:
        return None
    stop = _cover_provinces(scan, after, stop)
    start, end = items[index].start, items[stop - 1].end if stop > after else _head_end(scan, index, head)
    core = _core_name(scan, after, stop) if head.propagate else None
    return Candidate(start, end, head.type, None, PATTERN, head.rule, core)


def _cover_provinces(scan: Scan, first: int, stop: int) -> int:
    """`Sở Tài chính TP.HCM`: a province name begun inside a name ends inside it too."""
    for index in range(first, stop):
        match = _longest_name(scan, index) if scan.syllables[index].text in scan.book.first_syllables else None
        if match and match[0] > stop and match[1].type is EntityType.PROVINCE:
            return match[0]
    return stop


def _before_person(scan: Scan, first: int, stop: int) -> int:
    """`Bộ Công Thương Nguyễn Hồng Diên`: a name ends where a person's name starts."""
    for index in range(first + 1, stop):
        if scan.syllables.adjacent(index) and _person_name_ahead(scan, index):
            return index
    return stop


def _person_name_ahead(scan: Scan, index: int) -> bool:
    """`UBND tỉnh Lê Văn Lương`: after the head comes a person, not the name's end."""
    items = scan.syllables
    stop = scan.runs.extend(index)
    return stop - index >= 3 and items[index].text in scan.book.surnames \
        and scan.slice(index, stop) not in scan.book.names


def _head_end(scan: Scan, index: int, head: Head) -> int:
    return scan.syllables[index].start + len(head.text)


def _continues(items: Syllables, index: int) -> bool:
    gap = items.gap(index)
    return gap is not None and gap in (" ", ") ")


def _skip_level(scan: Scan, index: int) -> int:
    """Past `tỉnh`, `thành phố`, `huyện`... right after a head (`UBND tỉnh`)."""
    items = scan.syllables
    for length in (2, 1):
        stop = index + length
        if stop <= len(items) and all(items.adjacent(k) for k in range(index, stop)) \
                and scan.slice(index, stop) in scan.book.levels:
            return stop
    return index


def _location_suffix(scan: Scan, stop: int) -> int:
    """Extend an organization's name over `tỉnh Bình Dương`, `thành phố Seongnam`."""
    items = scan.syllables
    if stop >= len(items) or not items.adjacent(stop):
        return stop
    after_level = _skip_level(scan, stop)
    if after_level > stop and after_level < len(items) and items.adjacent(after_level) \
            and items[after_level].is_cap:
        return scan.runs.extend(after_level)
    return stop


def _core_name(scan: Scan, first: int, stop: int) -> str | None:
    """A company's bare name: the run after its head without legal forms."""
    items = scan.syllables
    while first < stop:
        if items[first].is_upper and first + 1 < stop:
            first += 1
            continue
        inner = _inner_head_end(scan, first)
        if inner is None or inner >= stop:
            break
        first = inner
    if first >= stop or not all(items[k].is_cap for k in range(first, stop)):
        return None
    core = scan.slice(first, stop)
    return None if core in scan.book.names else core


def _inner_head_end(scan: Scan, index: int) -> int | None:
    """`Tập đoàn` inside `Công ty CP Tập đoàn Lộc Trời`: where that second head ends."""
    for head in scan.book.heads.get(scan.syllables[index].text, ()):
        after = _match_head(scan, index, head.text)
        if after is not None:
            return after
    return None


# ---------------------------------------------------------------- lists and owners


def list_candidates(scan: Scan) -> Iterator[Candidate]:
    """`các khu công nghiệp như A, B, C và D`: each listed name."""
    done = -1
    for index, after, head in _head_matches(scan, scan.book.lists):
        if index != done:
            done = index
            yield from _listed_names(scan, after, head)


def _listed_names(scan: Scan, index: int, head: Head) -> Iterator[Candidate]:
    items = scan.syllables
    if index >= len(items) or items.gap(index) not in (" ", ": "):
        return
    while index < len(items) and items[index].is_cap:
        stop = scan.runs.extend(index, numbers=head.numbers, hyphens=True)
        start, end = items.span(index, stop)
        yield Candidate(start, end, head.type, None, PATTERN, head.rule, scan.slice(index, stop))
        index = _next_item(scan, stop)
        if index is None:
            return


def _next_item(scan: Scan, stop: int) -> int | None:
    """The syllable after `, ` / ` và ` / ` hoặc ` that opens the next listed name."""
    items = scan.syllables
    if stop >= len(items):
        return None
    gap = items.gap(stop)
    if gap == ", ":
        return stop
    if gap == " " and items[stop].text in ("và", "hoặc") and stop + 1 < len(items) \
            and items.adjacent(stop + 1):
        return stop + 1
    return None


def owner_candidates(scan: Scan) -> Iterator[Candidate]:
    """`Nhà máy văn phòng phẩm Deli`: the company name after a plant's description."""
    done = -1
    for index, after, head in _head_matches(scan, scan.book.owners):
        first = _skip_description(scan, after) if index != done else None
        done = index
        stop = scan.runs.extend(first) if first is not None else None
        if stop is not None and scan.slice(first, stop) not in scan.book.generic:  # `nhà máy FDI`
            start, end = scan.syllables.span(first, stop)
            yield Candidate(start, end, head.type, None, WEAK, head.rule, scan.slice(first, stop))


def _skip_description(scan: Scan, index: int, limit: int = 10) -> int | None:
    items = scan.syllables
    for position in range(index, min(len(items), index + limit + 1)):
        if not items.adjacent(position):
            return None
        if items[position].is_cap:
            return position
        if items[position].text in scan.book.stop_words:
            return None
    return None


# ---------------------------------------------------------------- agreements


_AGREEMENT = regex.compile(r"Hiệp định (?:(?!Hiệp định)[^()\n.;,:])+?(?=\s\()")


def agreement_candidates(scan: Scan) -> Iterator[Candidate]:
    """`Hiệp định ... (EVFTA)`: the full name of an agreement with its acronym."""
    if "(" not in scan.text:
        return  # no acronym: the long look for one would find nothing
    for match in _AGREEMENT.finditer(scan.text):
        acronym = _PARENTHESES.match(scan.text, match.end() + 1)
        if acronym is None:
            continue
        name = scan.book.names.get(acronym.group(1))
        if name is not None and name.type is EntityType.AGREEMENT:
            yield Candidate(match.start(), match.end(), EntityType.AGREEMENT, None, PATTERN, "agreement name")


# ---------------------------------------------------------------- people


def person_candidates(scan: Scan) -> Iterator[Candidate]:
    """Names after a title (`Ông`, `Giám đốc`), a photo credit, or a surname."""
    yield from _titled_people(scan)
    yield from _credited_people(scan)
    yield from _surnamed_people(scan)
    yield from _byline(scan)


def _titled_people(scan: Scan) -> Iterator[Candidate]:
    items = scan.syllables
    for index in items.indexes_of(scan.book.title_starts, lower=True):
        for length in (4, 3, 2, 1):
            stop = index + length
            if stop > len(items) or not all(items.adjacent(k) for k in range(index + 1, stop)):
                continue
            if scan.slice(index, stop).lower() in scan.book.titles:
                person = _person_run(scan, stop, minimum=1)
                if person is not None:
                    yield person
                break


def _person_run(scan: Scan, first: int, minimum: int, glued: bool = True) -> Candidate | None:
    """A capitalized name from `first`; `glued`: it must follow its title after one space."""
    items = scan.syllables
    if first >= len(items) or (glued and not items.adjacent(first)):
        return None
    stop = first
    while stop < len(items) and stop - first < 5 and items[stop].is_cap and not items[stop].is_upper \
            and (stop == first or items.adjacent(stop)):
        stop += 1
        while stop < len(items) and items.gap(stop) == "-" and items[stop].text.isalpha():
            stop += 1  # `Kim Jin-ho`
    if stop - first < minimum or items[first].text in scan.book.heads:
        return None
    start, end = items.span(first, stop)
    return Candidate(start, end, EntityType.PERSON, None, PATTERN, "person")


def _credited_people(scan: Scan) -> Iterator[Candidate]:
    for credit in scan.book.credit_patterns:
        for match in credit.finditer(scan.text):
            first = scan.syllables.index_at(match.end())
            if first < len(scan.syllables) and scan.syllables[first].start == match.end():
                person = _person_run(scan, first, minimum=2, glued=False)
                if person is not None:
                    yield person


def _surnamed_people(scan: Scan) -> Iterator[Candidate]:
    items = scan.syllables
    for index in items.indexes_of(scan.book.surnames):
        if _after_any(scan, index, scan.book.surname_not_after):
            continue
        stop = index + 1
        while stop < len(items) and stop - index < 4 and items.adjacent(stop) \
                and items[stop].is_cap and not items[stop].is_upper:
            stop += 1
        if stop - index >= 3 and not _place_then_more(scan, index, stop):
            start, end = items.span(index, stop)
            yield Candidate(start, end, EntityType.PERSON, None, WEAK, "surname")


def _place_then_more(scan: Scan, index: int, stop: int) -> bool:
    """`Hà Tĩnh Thu Hút` (a title-case heading): a place name, then more words, is no person."""
    match = _longest_name(scan, index) if scan.syllables[index].text in scan.book.first_syllables else None
    return match is not None and match[1].type in _PLACE_TYPES and match[0] < stop


_NAME = r"\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,3}"
_BYLINE = regex.compile(rf"(?:^|\n)[ \t]*(?P<names>{_NAME}(?:(?: - | – |, | và ){_NAME})*)\.?[ \t]*\n*\Z")


def _byline(scan: Scan) -> Iterator[Candidate]:
    """The authors' names alone on the article's last line (`Quang Minh - Thu Trang`)."""
    match = _BYLINE.search(scan.text)
    if match is None:
        return
    for name in regex.finditer(_NAME, scan.text, pos=match.start("names"), endpos=match.end("names")):
        if name.group() not in scan.book.names:
            yield Candidate(name.start(), name.end(), EntityType.PERSON, None, WEAK, "byline")


# ---------------------------------------------------------------- foreign localities


def locality_candidates(scan: Scan) -> Iterator[Candidate]:
    """`tỉnh Akita, Tochigi (Nhật Bản)`, `bang California`: places abroad."""
    items = scan.syllables
    for index in items.indexes_of(scan.book.admin_starts):
        for length in (2, 1):
            stop = index + length
            if stop > len(items):
                continue
            needs_country = scan.book.admin_words.get(scan.slice(index, stop))
            if needs_country is None or (length == 2 and not items.adjacent(index + 1)):
                continue
            yield from _localities_after(scan, stop, needs_country)
            break


def _localities_after(scan: Scan, index: int, needs_country: bool) -> Iterator[Candidate]:
    items = scan.syllables
    found: list[Candidate] = []
    while index < len(items) and items.adjacent(index) and items[index].is_cap \
            and not _person_name_ahead(scan, index):
        stop = scan.runs.extend(index)
        start, end = items.span(index, stop)
        found.append(Candidate(start, end, EntityType.FOREIGN_LOCALITY, None, WEAK, "locality",
                               scan.slice(index, stop)))
        following = _next_item(scan, stop)
        if following is None and stop < len(items) and items[stop].text == "như" and items.adjacent(stop):
            following = stop + 1 if stop + 1 < len(items) and items.adjacent(stop + 1) else None
        if following is None:
            index = stop
            break
        index = following
    if not found:
        return
    if needs_country and not _country_in_parentheses(scan, found[-1].end):
        return
    yield from found


_COUNTRY_IN_PARENTHESES = regex.compile(r"\s*\(([^()\n]{2,40})\)")


def _country_in_parentheses(scan: Scan, end: int) -> bool:
    match = _COUNTRY_IN_PARENTHESES.match(scan.text, end)
    if match is None:
        return False
    name = scan.book.names.get(match.group(1).split(",")[0].strip())
    return name is not None and name.type is EntityType.COUNTRY


# ---------------------------------------------------------------- acronyms


def acronym_after(text: str, end: int, book: RuleBook, min_capitals: int = 2) -> tuple[int, int] | None:
    """The span of `ACRONYM` in ` (ACRONYM)` right after offset `end`, if it names something.

    An organization's short name may be a brand with one capital (`Vietcombank`).
    """
    if not text.startswith(" (", end):
        return None
    match = _ACRONYM.match(text, end + 1)
    if match is None:
        return None
    acronym = match.group("acronym")
    capitals = sum(1 for char in acronym if char.isupper())
    if capitals < min_capitals or acronym in book.generic:
        return None
    known = book.names.get(acronym)
    if known is not None and known.type in _PLACE_TYPES:
        return None
    return match.start("acronym"), match.end("acronym")
