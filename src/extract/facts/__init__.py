"""Fact assembly: quantities, periods and entities become the spec's facts.

>>> from extract.facts import FactAssembler
"""

from .assembler import FactAssembler

__all__ = ["FactAssembler"]
