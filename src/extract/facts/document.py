"""The article as fact assembly sees it: its sentences with their role
(headline, heading, caption, body) and breakdown parent, its main province,
and each sentence cut into chunks.

>>> from extract.analysis import Analysis
>>> from extract.facts.grammar import FactGrammar, DEFAULT_RULES_DIR
>>> grammar = FactGrammar.load(DEFAULT_RULES_DIR)
>>> view = ArticleView(Analysis.of("Xuất khẩu tăng mạnh\\nNăm 2024, xuất khẩu đạt 3 tỷ USD.", "vd"), grammar, [], [], [])
>>> [(s.role, view.text[s.start:s.end]) for s in view.sentences]
[('headline', 'Xuất khẩu tăng mạnh'), ('body', 'Năm 2024, xuất khẩu đạt 3 tỷ USD.')]
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass

from ..analysis import Analysis
from ..schema import NATIONAL_LOCATION, ConsistencyWarning, Entity, EntityType, Fact, PeriodMention, Quantity
from ..spans import DisjointSpans
from .chunks import GAP, NAME, PARTNER, PERIOD, PLACE, QTY, WORD, Chunk, ChunkedSentence
from .grammar import FactGrammar
from .lexicon import TextPieces

HEADLINE, HEADING, CAPTION, BODY = "headline", "heading", "caption", "body"
_NAMES = (EntityType.ORG, EntityType.INDUSTRIAL_PARK, EntityType.AGREEMENT, EntityType.PERSON,
          EntityType.FOREIGN_LOCALITY)
_VIETNAM = "VN"


@dataclass(frozen=True)
class SentenceInfo:
    index: int
    start: int
    end: int
    paragraph: int
    role: str
    parent: int | None = None  # the sentence a `Trong đó ...` sentence breaks down
    cut: bool = False          # the line ends inside this sentence (a truncated excerpt)


class ArticleView:
    """One article's sentences, mentions and phrase matches."""

    def __init__(self, analysis: Analysis, grammar: FactGrammar, quantities: list[Quantity],
                 periods: list[PeriodMention], entities: list[Entity]) -> None:
        self.analysis, self.grammar = analysis, grammar
        self.text = analysis.text
        self.cut = TextPieces(self.text)  # the article's pieces, cut once for every phrase lookup
        self.date = analysis.date
        self.quantities = Sorted(quantities)
        self.periods = Sorted(periods)
        self.entities = Sorted(entities)
        self.sentences = self._sentences()
        self._sentence_starts = [s.start for s in self.sentences]
        self.main_province = self._main_province()

    # ------------------------------------------------------------ sentences

    def _sentences(self) -> list[SentenceInfo]:
        roles = self._line_roles()
        last_of_line = {s.paragraph: s.start for s in self.analysis.sentences}
        found: list[SentenceInfo] = []
        for s in self.analysis.sentences:
            role, cut = roles.get(s.paragraph, (BODY, False))
            parent = None
            if role == BODY and "breakdown" in self._tags_at(s.start, s.end):
                parent = next((p.index for p in reversed(found) if p.role == BODY), None)
            found.append(SentenceInfo(len(found), s.start, s.end, s.paragraph, role, parent,
                                      cut=cut and last_of_line[s.paragraph] == s.start))
        return found

    def _line_roles(self) -> dict[int, tuple[str, bool]]:
        """The role of each line (by paragraph number) holding a sentence, and
        whether the line is cut off inside its last sentence."""
        sentences = Counter(s.paragraph for s in self.analysis.sentences)
        last = max(sentences, default=None)
        roles: dict[int, tuple[str, bool]] = {}
        first = True
        for s in self.analysis.sentences:
            if s.paragraph in roles:
                continue
            line_start = self.text.rfind("\n", 0, s.start) + 1
            line_end = self.text.find("\n", s.start)
            line = self.text[max(line_start, self.analysis.body_start):line_end if line_end >= 0 else len(self.text)]
            roles[s.paragraph] = self._line_role(line, first, sentences[s.paragraph] > 1 or s.paragraph == last)
            first = False
        return roles

    def _line_role(self, line: str, first: bool, may_be_cut: bool) -> tuple[str, bool]:
        """Caption, headline, section head or body; a body line whose last sentence
        has no end (`..., tổng vốn đăng ký 2,4 tỷ USD, tăng`) is cut off: a line
        of several sentences, or the last line ending on a word that opens what follows."""
        lowered, stripped = line.lower(), line.rstrip()
        if any(marker.lower() in lowered for marker in self.grammar.phrases_of("caption_marker")) \
                or stripped.endswith(self.grammar.phrases_of("caption_end")):
            return CAPTION, False
        if stripped.endswith(self.grammar.phrases_of("line_end")):
            return BODY, False
        if first:
            return HEADLINE, False
        if may_be_cut and (self._holds_sentence_end(stripped) or self._ends_open(stripped)):
            return BODY, True
        return HEADING, False

    def _holds_sentence_end(self, line: str) -> bool:
        return any(f"{end} " in line for end in self.grammar.phrases_of("sentence_end"))

    def _ends_open(self, line: str) -> bool:
        lowered = line.lower()
        return any(lowered.endswith(word) and not lowered[:-len(word)][-1:].isalnum()
                   for word in self.grammar.phrases_of("open_end"))

    def sentence_of(self, position: int) -> SentenceInfo | None:
        i = bisect_right(self._sentence_starts, position) - 1
        if i >= 0 and self.sentences[i].start <= position < self.sentences[i].end:
            return self.sentences[i]
        return None

    # ------------------------------------------------------------ main province

    def _main_province(self) -> str | None:
        """The first province of the headline, else the most named in the body
        (ties: the first named), else the caller's location (spec, `location`)."""
        headline = next((s for s in self.sentences if s.role == HEADLINE), None)
        counts: Counter[str] = Counter()
        first_seen: dict[str, int] = {}
        for entity in self._reporting_provinces():
            sent = self.sentence_of(entity.start)
            if sent is None or sent.role == CAPTION:
                continue
            if headline is not None and sent.paragraph == headline.paragraph:
                return entity.norm
            counts[entity.norm] += 1
            first_seen.setdefault(entity.norm, entity.start)
        if counts:
            return max(counts, key=lambda n: (counts[n], -first_seen[n]))
        return self.analysis.location

    def _reporting_provinces(self) -> list[Entity]:
        """Provinces named as places: not inside a company's name."""
        found, company_end = [], -1
        for e in self.entities.items:  # an outer name comes before the names nested in it
            if e.type in _NAMES and not self._is_agency(e):
                company_end = max(company_end, e.end)
            elif e.type is EntityType.PROVINCE and e.norm and e.end > company_end:
                found.append(e)
        return found

    def _is_agency(self, entity: Entity) -> bool:
        return "agency_head" in self._tags_at(entity.start, entity.end)

    def _tags_at(self, start: int, end: int) -> frozenset[str]:
        """The tags of the phrase that opens `text[start:end]`, if one does."""
        return self.grammar.lexicon.opening(self.text, start, end, self.cut)

    # ------------------------------------------------------------ chunks

    def chunk(self, sent: SentenceInfo) -> ChunkedSentence:
        """The sentence as chunks, in text order (see chunks.py)."""
        taken = DisjointSpans()
        mentions = sorted((c for c in self._mention_chunks(sent) if taken.claim(c.start, c.end)),
                          key=lambda c: c.start)
        chunks = list(mentions)
        cursor = sent.start
        for mention in [*mentions, None]:
            # Words are matched only between mentions, so a phrase running into
            # a quantity (`doanh nghiệp thành lập mới` after `735`) leaves its tail.
            free_end = mention.start if mention is not None else sent.end
            for m in self.grammar.lexicon.find(self.text, cursor, free_end, self.cut):
                chunks.append(Chunk(WORD, m.start, m.end, m.text, m.tags, payload=self._frame_of(m.tags)))
            cursor = mention.end if mention is not None else cursor
        chunks.sort(key=lambda c: c.start)
        return ChunkedSentence(self._with_gaps(sent, chunks))

    def _frame_of(self, tags: frozenset[str]):
        name = next((t[len("frame="):] for t in tags if t.startswith("frame=")), None)
        return self.grammar.frame(name) if name else None

    def _mention_chunks(self, sent: SentenceInfo) -> list[Chunk]:
        chunks = [self._quantity_chunk(q) for q in self.quantities.within(sent.start, sent.end)]
        chunks += [self._period_chunk(p) for p in self.periods.within(sent.start, sent.end)]
        entities = self.entities.within(sent.start, sent.end)
        outer = [e for e in entities if not any(o is not e and o.start <= e.start and e.end <= o.end
                                                and o.end - o.start > e.end - e.start for o in entities)]
        chunks += [self._entity_chunk(e, entities) for e in outer]
        return chunks

    def _quantity_chunk(self, q: Quantity) -> Chunk:
        unit_class = self.grammar.unit_class(q.unit)
        tags = {"qty", unit_class, f"unit={q.unit}", f"qualifier={q.qualifier.value}"}
        if getattr(q, "max", None) is not None:
            tags.add("range")  # `từ 11.000 tỷ đồng đến 11.500 tỷ đồng`: no single value
        return Chunk(QTY, q.start, q.end, q.text, frozenset(tags), payload=q)

    def _period_chunk(self, p: PeriodMention) -> Chunk:
        kind = getattr(p, "kind", None) or ("cutoff" if p.cutoff else "interval")
        tags = {"period", f"period={kind}"}
        if getattr(p, "comparison", False):
            tags.add("comparison_period")
        if p.cutoff:
            tags.add("cutoff")
        basis = getattr(p, "basis", None)
        if basis:
            tags |= {"basis", f"basis={basis}"}
        return Chunk(PERIOD, p.start, p.end, p.text, frozenset(tags), payload=p)

    def _entity_chunk(self, e: Entity, entities: list[Entity]) -> Chunk:
        if e.type is EntityType.PROVINCE:
            return Chunk(PLACE, e.start, e.end, e.text, frozenset({"place", "place=province"}), e, e.norm)
        if e.type is EntityType.COUNTRY and e.norm == _VIETNAM:
            return Chunk(PLACE, e.start, e.end, e.text, frozenset({"place", "place=national"}), e, NATIONAL_LOCATION)
        if e.type in (EntityType.COUNTRY, EntityType.REGION):
            kind = "country" if e.type is EntityType.COUNTRY else "region"
            return Chunk(PARTNER, e.start, e.end, e.text, frozenset({"partner", f"partner={kind}"}), e, e.norm or e.text)
        tags = {"name", f"name={e.type.value.lower()}"}
        norm = None
        if self._is_agency(e):
            inner = [i for i in entities if i.type is EntityType.PROVINCE and e.start <= i.start and i.end <= e.end]
            tags.add("agency")
            if inner:
                tags |= {"place", "place=agency"}
                norm = inner[-1].norm
        else:
            heads = self._tags_at(e.start, e.end)
            if "subject_head" in heads:
                tags.add("named_subject")
            if "project_head" in heads:
                tags.add("project_head")
        return Chunk(NAME, e.start, e.end, e.text, frozenset(tags), e, norm)

    def _with_gaps(self, sent: SentenceInfo, chunks: list[Chunk]) -> list[Chunk]:
        """The chunks with a GAP chunk for each stretch of words between them."""
        out: list[Chunk] = []
        cursor = sent.start
        for chunk in [*chunks, None]:
            stop = chunk.start if chunk is not None else sent.end
            piece = self.text[cursor:stop]
            if piece.strip():
                lead = len(piece) - len(piece.lstrip())
                words = piece.strip()
                start = cursor + lead
                out.append(Chunk(GAP, start, start + len(words), words, frozenset({"gap"}), words=len(words.split())))
            if chunk is not None:
                out.append(chunk)
                cursor = chunk.end
        return out



def cut_warnings(view: ArticleView, facts: list[Fact]) -> list[ConsistencyWarning]:
    """A warning for each sentence the text breaks off inside after a figure:
    its facts are kept, but what followed the figure (a change, a comparison)
    is lost."""
    warnings = []
    for info in view.sentences:
        figures = view.quantities.within(info.start, info.end) if info.cut else []
        if not figures:
            continue
        ending = " ".join(view.text[figures[-1].start:info.end].split())
        warnings.append(ConsistencyWarning(
            check="cut_sentence",
            message=f"the text breaks off mid-sentence at {ending!r}: what followed the figure is missing",
            facts=[n for n, f in enumerate(facts) if info.start <= f.evidence.start < info.end]))
    return warnings


class Sorted:
    """Mentions sorted by start, for lookups by window in logarithmic time."""

    def __init__(self, mentions: list) -> None:
        self.items = sorted(mentions, key=lambda m: (m.start, -m.end))
        self._starts = [m.start for m in self.items]

    def within(self, start: int, end: int) -> list:
        lo, hi = bisect_left(self._starts, start), bisect_left(self._starts, end)
        return [m for m in self.items[lo:hi] if m.end <= end]
