"""Fact assembly: quantities, periods and entities become the spec's facts.

A small machine driven by the rules in `rules/`: sentences become typed
chunks, patterns give quantities their roles, one scorer settles every
attachment, frames say what each indicator takes, and a discourse state
carries topic, scope, subject and period across sentences.

>>> from extract.facts import FactAssembler
"""

from .assembler import FactAssembler

__all__ = ["FactAssembler"]
