"""Vietnam's provinces across the 1 July 2025 merger, and the world's countries.

The official lists come from maintained packages, never typed by hand:
`vietnamadminunits` ships the 63 provinces and centrally-run cities as they
stood before 1 July 2025, the 34 after it (with their official codes) and the
merger map between them; `pycountry` ships ISO 3166-1 with Vietnamese
translations of the country names. `rules/provinces.yaml` and
`rules/countries.yaml` only add what the press writes beyond those names
(`TP.HCM`, `Hoa Kỳ`, `Hàn Quốc`...).

>>> table = ProvinceTable.load(DEFAULT_RULES_DIR)
>>> table.norm("Thanh Hoá"), table.norm("TPHCM"), table.norm("Bắc Lào")
('Thanh Hóa', 'TP. Hồ Chí Minh', None)
>>> table.by_norm["Vĩnh Phúc"].merged_into, table.by_norm["Vĩnh Phúc"].legacy_code
('Phú Thọ', '26')
"""

from __future__ import annotations

import datetime as dt
import gettext
import importlib.util
import json
import sqlite3
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pycountry
from pydantic import Field

from ..rules import DEFAULT_RULES_DIR, RuleEntry, RuleFileError, load_rule_file
from ..text import fix_tone_placement

# The day the 34-province map took effect (Resolution 202/2025/QH15).
MERGER_DATE = dt.date(2025, 7, 1)


def canonical_surface(text: str) -> str:
    """NFC with modern tone placement: the form every lexicon key is stored in.

    >>> canonical_surface("Khánh Hoà") == "Khánh Hòa"
    True
    """
    return fix_tone_placement(unicodedata.normalize("NFC", text))


# ---------------------------------------------------------------- rule entries


class ProvinceAliases(RuleEntry):
    """One spelling family of a province: `name` is the norm it gets.

    `province` is the province's short name in the official list (default:
    `name`); `blocks` are longer names that contain it but mean something else
    (`Thái Bình Dương`); `not_after` are words that make it another place
    (`huyện`, `đường`).
    """

    province: str | None = None
    aliases: list[str] = Field(default_factory=list)
    blocks: list[str] = Field(default_factory=list)
    not_after: list[str] = Field(default_factory=list)


# ---------------------------------------------------------------- provinces


@dataclass(frozen=True)
class ProvinceRecord:
    """What is known of one canonical province name.

    `legacy_code`/`merged_into` describe the province before the merger (None
    when the name only exists after it); `new_code`/`covers` describe it after
    (None when the name disappeared in the merger).
    """

    norm: str
    legacy_code: str | None
    merged_into: str | None
    new_code: str | None
    covers: tuple[str, ...] = ()

    def fields_for(self, date: dt.date | None) -> dict:
        """Extra Entity fields for a mention in an article of `date`."""
        post_merger = date is not None and date >= MERGER_DATE
        if post_merger and self.new_code is not None:
            return {"code": self.new_code, "covers": list(self.covers)}
        return {"code": self.legacy_code, "merged_into": self.merged_into}


@dataclass(frozen=True)
class ProvinceSurface:
    """A way of writing a province and the words that veto it."""

    norm: str
    not_after: frozenset[str] = frozenset()


@dataclass(frozen=True)
class ProvinceTable:
    """Official provinces with their aliases, keyed for lookup."""

    by_norm: dict[str, ProvinceRecord]
    surfaces: dict[str, ProvinceSurface]
    blocks: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def load(cls, rules_dir: Path) -> ProvinceTable:
        """Merge the official lists with `rules_dir/provinces.yaml`."""
        official = _official_provinces()
        rule_file = load_rule_file(rules_dir / "provinces.yaml", ProvinceAliases)
        primary = _primary_norms(rule_file.entries, official, rules_dir)
        by_norm = _records(official, primary, rule_file.entries)
        surfaces: dict[str, ProvinceSurface] = {}
        blocks: set[str] = set()
        for short_name in official.short_names:
            norm = primary.get(short_name, short_name)
            surfaces.setdefault(canonical_surface(short_name), ProvinceSurface(norm))
        for entry in rule_file.entries:
            surface = ProvinceSurface(entry.name, frozenset(entry.not_after))
            for text in [entry.name, *entry.aliases]:
                surfaces[canonical_surface(text)] = surface
            blocks.update(canonical_surface(text) for text in entry.blocks)
        return cls(by_norm, surfaces, frozenset(blocks))

    def norm(self, name: str) -> str | None:
        """The canonical name of a province written `name`, or None."""
        surface = self.surfaces.get(canonical_surface(name.strip()))
        return surface.norm if surface else None


@dataclass(frozen=True)
class _Official:
    legacy: dict[str, tuple[str, str]]   # short name -> (code, key)
    new: dict[str, tuple[str, str]]      # short name -> (code, key)
    merger: dict[str, list[str]]         # new key -> legacy keys

    @property
    def short_names(self) -> list[str]:
        return list(dict.fromkeys([*self.legacy, *self.new]))


@lru_cache(maxsize=1)
def _official_provinces() -> _Official:
    spec = importlib.util.find_spec("vietnamadminunits")
    if spec is None or not spec.submodule_search_locations:
        raise RuleFileError("the province lists need the package `vietnamadminunits`")
    data = Path(spec.submodule_search_locations[0]) / "data"
    with sqlite3.connect(f"file:{data / 'dataset.db'}?mode=ro", uri=True) as connection:
        legacy = _province_rows(connection, "admin_units_legacy")
        new = _province_rows(connection, "admin_units")
    with open(data / "converter_2025.json", encoding="utf-8") as handle:
        merger = json.load(handle)["DICT_PROVINCE"]
    return _Official(legacy, new, merger)


def _province_rows(connection: sqlite3.Connection, table: str) -> dict[str, tuple[str, str]]:
    query = f"SELECT DISTINCT provinceShort, provinceCode, provinceKey FROM [{table}]"
    return {canonical_surface(name): (code, key) for name, code, key in connection.execute(query)}


def _primary_norms(entries: list[ProvinceAliases], official: _Official, rules_dir: Path) -> dict[str, str]:
    """Official short name -> the norm it is written as (first entry wins)."""
    primary: dict[str, str] = {}
    for entry in entries:
        short_name = canonical_surface(entry.province or entry.name)
        if short_name not in official.legacy and short_name not in official.new:
            raise RuleFileError(f"{rules_dir / 'provinces.yaml'}: entry {entry.name!r}: "
                                f"field 'province': {short_name!r} is no official province")
        primary.setdefault(short_name, entry.name)
    return primary


def _records(official: _Official, primary: dict[str, str],
             entries: list[ProvinceAliases]) -> dict[str, ProvinceRecord]:
    norm_of_key = {key: primary.get(name, name) for name, (_, key) in official.legacy.items()}
    norm_of_key.update({key: primary.get(name, name) for name, (_, key) in official.new.items()})
    parent = {old: new for new, olds in official.merger.items() for old in olds}
    records: dict[str, ProvinceRecord] = {}
    for name in official.short_names:
        legacy_code, legacy_key = official.legacy.get(name, (None, None))
        new_code, new_key = official.new.get(name, (None, None))
        covers = tuple(norm_of_key[key] for key in official.merger.get(new_key, []))
        merged_into = norm_of_key[parent[legacy_key]] if legacy_key in parent else None
        norm = primary.get(name, name)
        records[norm] = ProvinceRecord(norm, legacy_code, merged_into, new_code, covers)
    for entry in entries:  # secondary names (Thừa Thiên Huế) are pre-merger spellings
        if entry.name not in records:
            base = records[primary[canonical_surface(entry.province or entry.name)]]
            records[entry.name] = ProvinceRecord(entry.name, base.legacy_code, base.merged_into, None)
    return records


# ---------------------------------------------------------------- countries


class CountryAliases(RuleEntry):
    """Press names of one country; `name` is its ISO 3166-1 alpha-2 code.

    `ambiguous` names are also common words (`Anh`, `Đức`, `Pháp`): they count
    only next to another place or after a cue word such as `thị trường`;
    `blocks` are words that contain a name but are none (`Chủ Nhật`).
    """

    aliases: list[str] = Field(default_factory=list)
    ambiguous: list[str] = Field(default_factory=list)
    not_before: list[str] = Field(default_factory=list)
    blocks: list[str] = Field(default_factory=list)


@dataclass(frozen=True)
class CountrySurface:
    """A written country name; `code` None marks a word that only contains one."""

    code: str | None
    ambiguous: bool = False
    not_before: frozenset[str] = frozenset()


def country_surfaces(rules_dir: Path) -> dict[str, CountrySurface]:
    """Every written form of a country -> its ISO code.

    pycountry's English and Vietnamese names come first, the press aliases of
    `countries.yaml` override them.

    >>> surfaces = country_surfaces(DEFAULT_RULES_DIR)
    >>> surfaces["Hoa Kỳ"].code, surfaces["Đài Loan"].code, surfaces["Anh"].ambiguous
    ('US', 'TW', True)
    """
    surfaces = {name: CountrySurface(code) for name, code in _pycountry_names().items()}
    rule_file = load_rule_file(rules_dir / "countries.yaml", CountryAliases)
    for entry in rule_file.entries:
        code = entry.name.upper()
        if pycountry.countries.get(alpha_2=code) is None:
            raise RuleFileError(f"{rules_dir / 'countries.yaml'}: entry {entry.name!r}: "
                                f"field 'name': not an ISO 3166-1 alpha-2 code")
        not_before = frozenset(entry.not_before)
        for text in entry.aliases:
            surfaces[canonical_surface(text)] = CountrySurface(code, False, not_before)
        for text in entry.ambiguous:
            surfaces[canonical_surface(text)] = CountrySurface(code, True, not_before)
        for text in entry.blocks:
            surfaces[canonical_surface(text)] = CountrySurface(None)
    return surfaces


@lru_cache(maxsize=1)
def _pycountry_names() -> dict[str, str]:
    """English and Vietnamese (pycountry's gettext catalogue) country names."""
    vietnamese = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["vi"])
    names: dict[str, str] = {}
    for country in pycountry.countries:
        english = [country.name, getattr(country, "common_name", None)]
        for name in english + [vietnamese.gettext(n) for n in english if n]:
            # Names with a comma or parentheses are descriptions, not what is written.
            if name and not set(name) & set(",()"):
                names.setdefault(canonical_surface(name), country.alpha_2)
    return names
