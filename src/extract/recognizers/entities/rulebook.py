"""The entity rule files, loaded into one read-only RuleBook.

`rules/provinces.yaml` and `rules/countries.yaml` extend the official lists
(see places.py); the other files share one entry shape, `EntityRule`, whose
`kind` says what its `surfaces` are:

- `name`: names of entities of `type` (`EU`, `Toyota`, `EVFTA`, `Niigata`);
- `block`: longer names that are none of the entities they contain;
- `head`: words that open a name of `type` (`Công ty`, `Sở`, `KCN`);
- `list`: phrases after which a list of names of `type` follows
  (`các khu công nghiệp như`);
- `owner`: words after which, past a lower-case description, comes the
  name of the company that owns something (`Nhà máy văn phòng phẩm Deli`);
- `title`, `credit`, `surname`: what marks a person's name;
- `level`: administrative levels that may sit inside a name (`UBND tỉnh`);
- `subunit`: words before a district or street that shares a province's
  name (`huyện`, `thị xã`, `đường`): no province follows them;
- `admin`: words before a foreign locality (`tỉnh`, `bang`);
- `cue`: words after which an ambiguous country name is a country (`sang`);
- `generic`: acronyms that name no entity (`FTA`, `FDI`);
- `stop`: words that never continue a name.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import regex
from pydantic import Field

from ...memo import Memo
from ...rules import RuleEntry, RuleFileError, load_rule_file
from ...schema import EntityType
from ..places import ProvinceTable, canonical_surface, country_surfaces
from .syllables import Syllables

_CAPS_TYPES = (EntityType.PROVINCE, EntityType.COUNTRY, EntityType.REGION)
ENTITY_RULE_FILES = ("regions", "foreign_localities", "organizations", "people", "parks", "agreements")

Kind = Literal["name", "block", "head", "list", "owner", "title", "credit", "surname",
               "admin", "cue", "generic", "stop", "level", "subunit"]


class EntityRule(RuleEntry):
    """One rule of an entity file (see the module docstring for `kind`).

    `standalone` heads are names on their own (`UBND`, `Tỉnh ủy`); `levels`
    heads may take `tỉnh`/`thành phố`/`huyện` before their name (`UBND tỉnh
    Bình Dương`); `numbers` lets a number end the name (`KCN Bá Thiện 2`);
    `propagate` heads of companies let the bare name mark the company
    elsewhere in the article (`Polaris Việt Nam` after `Công ty TNHH Polaris
    Việt Nam`); `requires_country` admin words count only before a
    `(Country)`.
    """

    kind: Kind
    type: EntityType | None = None
    surfaces: list[str] = Field(min_length=1)
    standalone: bool = False
    levels: bool = False
    numbers: bool = False
    not_after: list[str] = Field(default_factory=list)
    requires_country: bool = False
    propagate: bool = False


@dataclass(frozen=True)
class Name:
    """A lexicon entry: what a written name is."""

    type: EntityType | None          # None: a blocker
    norm: str | None = None
    ambiguous: bool = False
    not_after: frozenset[str] = frozenset()
    not_before: frozenset[str] = frozenset()
    rule: str = ""


@dataclass(frozen=True)
class Head:
    text: str
    type: EntityType
    standalone: bool
    levels: bool
    numbers: bool
    propagate: bool
    rule: str
    not_after: frozenset[str] = frozenset()


@dataclass(frozen=True)
class RuleBook:
    """Everything the entity recognizer matches, read once."""

    provinces: ProvinceTable
    names: dict[str, Name]
    heads: dict[str, tuple[Head, ...]]          # first syllable -> heads, longest first
    lists: dict[str, tuple[Head, ...]]
    owners: dict[str, tuple[Head, ...]]
    levels: frozenset[str]
    titles: frozenset[str]
    credits: frozenset[str]
    surnames: frozenset[str]
    surname_not_after: frozenset[str]
    subunits: frozenset[str]
    admin_words: dict[str, bool]                # word -> needs a `(Country)` after the name
    cues: frozenset[str]
    generic: frozenset[str]
    stop_words: frozenset[str]
    max_name_syllables: int = 1
    first_syllables: frozenset[str] = field(default_factory=frozenset)
    name_prefixes: frozenset[str] = field(init=False)  # every name cut after each of its syllables but the last
    title_starts: frozenset[str] = field(init=False)
    admin_starts: frozenset[str] = field(init=False)
    credit_patterns: tuple[regex.Pattern, ...] = field(init=False)  # a credit and the spaces after it
    _name_starts: dict[str, tuple[str, ...]] = field(init=False)
    # Words grouped by their number of syllables, lower-cased (see `_by_syllable_count`).
    by_syllable_count: Memo[frozenset[str], tuple[tuple[int, frozenset[str]], ...]] = field(init=False)

    def __post_init__(self) -> None:
        # First syllables of titles and admin words: most syllables start neither.
        object.__setattr__(self, "title_starts", frozenset(_first_syllable(t) for t in self.titles))
        object.__setattr__(self, "admin_starts", frozenset(_first_syllable(w) for w in self.admin_words))
        object.__setattr__(self, "name_prefixes", frozenset(
            surface[:syllable.end] for surface in self.names for syllable in Syllables.of(surface)[:-1]))
        object.__setattr__(self, "credit_patterns", tuple(
            regex.compile(regex.escape(credit) + r"[ \t]*") for credit in self.credits))
        object.__setattr__(self, "by_syllable_count", Memo(_by_syllable_count))
        object.__setattr__(self, "_name_starts", {
            first: tuple(head.text for head in heads) for first, heads in self.heads.items()})

    @classmethod
    def load(cls, rules_dir: Path) -> RuleBook:
        provinces = ProvinceTable.load(rules_dir)
        names = _province_names(provinces)
        names.update(_country_names(rules_dir))
        rules = [rule for stem in ENTITY_RULE_FILES for rule in _entity_rules(rules_dir, stem)]
        names.update(_lexicon_names(rules))
        by_kind = {kind: [rule for rule in rules if rule.kind == kind] for kind in Kind.__args__}
        return cls(
            provinces=provinces,
            names=_with_capitalized(names),
            heads=_heads(by_kind["head"]),
            lists=_heads(by_kind["list"]),
            owners=_heads(by_kind["owner"]),
            levels=_surfaces(by_kind["level"]),
            subunits=_surfaces(by_kind["subunit"]),
            titles=_surfaces(by_kind["title"], lower=True),
            credits=_surfaces(by_kind["credit"]),
            surnames=_surfaces(by_kind["surname"]),
            surname_not_after=frozenset(word for rule in by_kind["surname"] for word in rule.not_after),
            admin_words={canonical_surface(s): rule.requires_country
                         for rule in by_kind["admin"] for s in rule.surfaces},
            cues=_surfaces(by_kind["cue"], lower=True),
            generic=_surfaces(by_kind["generic"]),
            stop_words=_surfaces(by_kind["stop"]),
            max_name_syllables=max(len(Syllables.of(s)) for s in names),
            first_syllables=frozenset(_first_syllable(s) for s in _with_capitalized(names)),
        )

    def name_starts(self) -> dict[str, tuple[str, ...]]:
        """Heads by first syllable: where a new name starts."""
        return self._name_starts


def _entity_rules(rules_dir: Path, stem: str) -> list[EntityRule]:
    path = rules_dir / f"{stem}.yaml"
    rule_file = load_rule_file(path, EntityRule)
    for rule in rule_file.entries:
        needs_type = rule.kind in ("name", "head", "list", "owner")
        if needs_type and rule.type is None:
            raise RuleFileError(f"{path}: entry {rule.name!r}: field 'type': required for kind {rule.kind!r}")
    return rule_file.entries


def _province_names(provinces: ProvinceTable) -> dict[str, Name]:
    names = {surface: Name(EntityType.PROVINCE, info.norm, not_after=info.not_after, rule="province")
             for surface, info in provinces.surfaces.items()}
    names.update({surface: Name(None, rule="province block") for surface in provinces.blocks})
    return names


def _country_names(rules_dir: Path) -> dict[str, Name]:
    return {surface: Name(EntityType.COUNTRY if info.code else None, info.code, info.ambiguous,
                          not_before=info.not_before, rule="country")
            for surface, info in country_surfaces(rules_dir).items()}


def _lexicon_names(rules: list[EntityRule]) -> dict[str, Name]:
    names: dict[str, Name] = {}
    for rule in rules:
        if rule.kind not in ("name", "block"):
            continue
        kind = rule.type if rule.kind == "name" else None
        for surface in rule.surfaces:
            names[canonical_surface(surface)] = Name(kind, not_after=frozenset(rule.not_after), rule=rule.name)
    return names


def _with_capitalized(names: dict[str, Name]) -> dict[str, Name]:
    """Add the sentence-initial form of names written in lower case (`châu Âu`),
    and the all-caps form of places of two syllables or more (`THANH HÓA` in a heading)."""
    out = dict(names)
    for surface, name in names.items():
        if surface[0].islower():
            out.setdefault(surface[0].upper() + surface[1:], name)
        if name.type in _CAPS_TYPES and len(Syllables.of(surface)) > 1:
            out.setdefault(surface.upper(), name)
    return out


def _heads(rules: list[EntityRule]) -> dict[str, tuple[Head, ...]]:
    grouped: dict[str, list[Head]] = {}
    for rule in rules:
        for surface in rule.surfaces:
            text = canonical_surface(surface)
            head = Head(text, rule.type, rule.standalone, rule.levels, rule.numbers, rule.propagate, rule.name,
                        frozenset(rule.not_after))
            grouped.setdefault(_first_syllable(text), []).append(head)
    return {key: tuple(sorted(heads, key=lambda h: -len(h.text))) for key, heads in grouped.items()}


def _surfaces(rules: list[EntityRule], lower: bool = False) -> frozenset[str]:
    return frozenset(canonical_surface(s).lower() if lower else canonical_surface(s)
                     for rule in rules for s in rule.surfaces)


def _by_syllable_count(words: frozenset[str]) -> tuple[tuple[int, frozenset[str]], ...]:
    """`words` lower-cased, in groups of as many syllables (space-separated words):
    one look at the text before a syllable per group, not per word."""
    groups: dict[int, set[str]] = {}
    for word in words:
        groups.setdefault(len(word.split()), set()).add(word.lower())
    return tuple((count, frozenset(lowered)) for count, lowered in groups.items())


def _first_syllable(surface: str) -> str:
    syllables = Syllables.of(surface)
    return syllables[0].text if len(syllables) else surface


__all__ = ["EntityRule", "Head", "Name", "RuleBook"]
