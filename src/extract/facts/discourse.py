"""What a reader carries from sentence to sentence: the topic place, the
passage's investment scope and indicator, the last named company, the last
reporting period, and the facts of the sentence a breakdown belongs to.

One `Discourse` lives for one article; the assembler reads it before each
sentence and updates it after (nothing else keeps state across sentences).

>>> d = Discourse(main_place="Long An")
>>> d.enter_paragraph(3); d.topic_place
'Long An'
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..schema import Period
from .grammar import Frame


@dataclass(frozen=True)
class StatedPeriod:
    """A period some sentence stated, as later sentences inherit it."""

    period: Period | None   # None: stated but unknown (a relative phrase without a date)
    cutoff: bool = False    # cut-off phrasing: stock or year-to-date, by metric
    sentence: int = -1
    flows: bool = False     # the stating sentence reports an inflow (`cấp mới`)
    stocks: bool = False    # ... or states a stock marker (`còn hiệu lực`)


@dataclass
class Discourse:
    """The state of one article's reading."""

    main_place: str | None = None
    paragraph: int = -1
    topic_place: str | None = None        # the place of the nearest clause stating one
    scope: str | None = None              # `fdi` / `ddi` named in the passage
    section_scope: str | None = None      # ... named by the section head above it (`Thu hút FDI`)
    topic_frame: Frame | None = None      # the indicator list items without a trigger take
    topic_metric: str | None = None       # ... as the metric last reported with it
    last_subject: str | None = None       # the last named company or project
    period: StatedPeriod | None = None    # the last reporting period of a body sentence
    facts_by_sentence: dict[int, list[Any]] = field(default_factory=dict)

    def enter_paragraph(self, paragraph: int) -> None:
        """A new paragraph starts from the article's main place and its section's scope."""
        if paragraph != self.paragraph:
            self.paragraph = paragraph
            self.topic_place = self.main_place
            self.scope = self.section_scope

    def parent_facts(self, parent: int | None) -> list[Any]:
        return self.facts_by_sentence.get(parent, []) if parent is not None else []
