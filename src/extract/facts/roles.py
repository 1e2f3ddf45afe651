"""The role of each quantity in its sentence, from the patterns of
rules/fact_patterns.yaml: the first pattern (in file order) that matches
around a quantity gives its role (`value`, `change`, `share`, `plan_share`,
`target`, `base`, `threshold`...) and is recorded on the facts it makes.

>>> from extract.facts.chunks import Chunk
>>> from extract.facts.grammar import FactGrammar, DEFAULT_RULES_DIR
>>> from extract.facts.chunks import ChunkedSentence
>>> grammar = FactGrammar.load(DEFAULT_RULES_DIR)
>>> sentence = ChunkedSentence([Chunk("WORD", 0, 5, "chiếm", frozenset({"share"})),
...                             Chunk("QTY", 6, 9, "56%", frozenset({"qty", "percent"}))])
>>> assign_roles(sentence, grammar)[1].role
'share'
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .chunks import QTY, ChunkedSentence
from .grammar import FactGrammar


@dataclass(frozen=True)
class Role:
    index: int          # the quantity's chunk
    role: str
    pattern: str        # the name of the pattern that gave it
    bindings: dict[str, list[int]] = field(default_factory=dict)


def assign_roles(sentence: ChunkedSentence, grammar: FactGrammar) -> dict[int, Role]:
    """Every quantity chunk's role, by chunk index."""
    roles = {}
    for index in sentence.indexes(QTY):
        for pattern in grammar.patterns_for(sentence.chunks[index]):
            bindings = pattern.compiled.match_around(sentence.chunks, index)
            if bindings is not None:
                roles[index] = Role(index, pattern.role, pattern.name, bindings)
                break
    return roles
