"""Where a figure is: official province codes on the maps before and after
the 1 July 2025 merger (34 provinces replaced 63).

A fact names its place by the canonical province name. Which area that name
means depends on when the article speaks: `Phú Thọ` in 2024 is the old
province (code 25 of the 63), in a report dated after the merger the new one
that also covers Vĩnh Phúc and Hòa Bình (code 25 of the 34). The lists and
the merger map come from `vietnamadminunits` through `ProvinceTable`.

>>> areas = AreaCodes.load()
>>> areas.codes("Vĩnh Phúc", "2024-12"), areas.codes("Phú Thọ", "2025-09")
(('26', '25'), (None, '25'))
>>> areas.codes("Hà Nội", "2025-09"), areas.codes("Việt Nam", "2024-12")
(('01', '01'), ('VN', 'VN'))
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..recognizers.places import MERGER_DATE, ProvinceTable
from ..rules import rules_dir as resolve_rules_dir

COUNTRY = "Việt Nam"
COUNTRY_CODE = "VN"
# Months from this one on are reported on the 34-province map.
MERGER_MONTH = MERGER_DATE.strftime("%Y-%m")


@dataclass(frozen=True)
class AreaCodes:
    """Province codes on both maps, and which old provinces make a new one."""

    table: ProvinceTable

    @classmethod
    def load(cls, rules_dir: str | Path | None = None) -> AreaCodes:
        return cls(ProvinceTable.load(resolve_rules_dir(rules_dir)))

    def codes(self, location: str | None, as_of: str | None) -> tuple[str | None, str | None]:
        """(code on the 63-province map, code on the 34-province map) of `location`
        as an article of month `as_of` (YYYY-MM) means it.

        The old code is None for a merged new province; the new code of an old
        province is that of the province it merged into.
        """
        if location == COUNTRY:
            return COUNTRY_CODE, COUNTRY_CODE
        record = self.table.by_norm.get(location) if location else None
        if record is None:
            return None, None
        after_merger = as_of is not None and as_of >= MERGER_MONTH
        if record.new_code is not None and (after_merger or record.legacy_code is None):
            unchanged = record.covers == (record.norm,)
            return (record.legacy_code if unchanged else None), record.new_code
        parent = self.table.by_norm.get(record.merged_into) if record.merged_into else None
        return record.legacy_code, parent.new_code if parent else None

    def parts(self, location: str) -> tuple[str, ...]:
        """The old provinces a province of the 34 covers (itself when unchanged).

        >>> AreaCodes.load().parts("Phú Thọ")
        ('Hòa Bình', 'Phú Thọ', 'Vĩnh Phúc')
        """
        record = self.table.by_norm.get(location)
        return record.covers if record is not None and record.new_code is not None else ()

    def new_province(self, location: str) -> str | None:
        """The province of the 34 that `location` lies in (itself when it is one).

        >>> AreaCodes.load().new_province("Vĩnh Phúc")
        'Phú Thọ'
        """
        record = self.table.by_norm.get(location)
        if record is None:
            return None
        return record.norm if record.new_code is not None else record.merged_into
