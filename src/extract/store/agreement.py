"""When two reported figures are the same figure: the agreement rule.

A figure is written with some precision: `34,5 tỷ USD` is any amount from
34.45 to 34.55 billion. Two figures agree when their written intervals
overlap, or when they are within 0.5 % of each other (the spec's tolerance
for a match). The precision is read from the digits of the quantity as
written, compared with its amount, so no language knowledge is needed here.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

RELATIVE_TOLERANCE = 0.005
_DIGITS = re.compile(r"\d+")


def written_half_width(text: str, amount: float) -> float:
    """Half the step of the last digit written, in the amount's unit; 0 when unknown.

    The digits of `text`, read as one whole number, times a power of ten give
    the amount; that power of ten is the step of the last digit.

    >>> written_half_width("34,5 tỷ USD", 34.5e9), written_half_width("1.326 dự án", 1326)
    (50000000.0, 0.5)
    >>> written_half_width("9,55%", 9.55), written_half_width("ba dự án", 3)
    (0.005, 0.0)
    """
    digits = "".join(_DIGITS.findall(text)).lstrip("0")
    if not digits or amount == 0:
        return 0.0
    ratio = abs(amount) / int(digits)
    power = round(math.log10(ratio))
    if not math.isclose(ratio, 10.0 ** power, rel_tol=1e-9):
        return 0.0  # the digits are not the amount's (a unit like m2): no precision
    return 10.0 ** power / 2


@dataclass(frozen=True)
class Figure:
    """A number as reported, with the half-width of its written precision."""

    value: float
    half_width: float = 0.0

    @property
    def low(self) -> float:
        return self.value - self.half_width

    @property
    def high(self) -> float:
        return self.value + self.half_width


def agree(first: Figure, second: Figure) -> bool:
    """The two figures may be the same number.

    >>> agree(Figure(34.5e9, 0.05e9), Figure(34.52e9, 0.005e9))
    True
    >>> agree(Figure(34.5e9, 0.05e9), Figure(34.7e9, 0.05e9)), agree(Figure(1000), Figure(1004))
    (False, True)
    """
    overlap = first.low <= second.high and second.low <= first.high
    scale = max(abs(first.value), abs(second.value))
    return overlap or abs(first.value - second.value) <= RELATIVE_TOLERANCE * scale


@dataclass
class Cluster:
    """Figures that agree with the first one (the most reported)."""

    representative: Figure
    members: list[int] = field(default_factory=list)


def cluster(figures: Sequence[Figure], order: Iterable[int]) -> list[Cluster]:
    """Group figures that agree with a cluster's representative.

    `order` lists the indexes of `figures` in the order they are tried (the
    caller puts the best supported first); a figure joins the first cluster
    whose representative it agrees with, else starts a new one.

    >>> groups = cluster([Figure(34.5e9, 5e7), Figure(36e9, 5e8), Figure(34.52e9, 5e6)], [0, 1, 2])
    >>> [(g.representative.value, g.members) for g in groups]
    [(34500000000.0, [0, 2]), (36000000000.0, [1])]
    """
    clusters: list[Cluster] = []
    for index in order:
        figure = figures[index]
        home = next((c for c in clusters if agree(c.representative, figure)), None)
        if home is None:
            home = Cluster(figure)
            clusters.append(home)
        home.members.append(index)
    return clusters
