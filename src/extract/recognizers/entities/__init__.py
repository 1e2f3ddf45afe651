"""Entities: provinces, countries, regions, parks, organizations, people, agreements.

`recognizer` settles the candidates that `candidates` proposes from the
`rulebook` (the entity rule files) and the `syllables` of the text.
"""

from .recognizer import EntityRecognizer, province_norm

__all__ = ["EntityRecognizer", "province_norm"]
