"""Shared fixtures: the bundled corpus and one extractor for the session."""

from __future__ import annotations

import pytest

from corpus_files import ARTICLES, corpus_stems, read_text


@pytest.fixture(scope="session")
def corpus_texts() -> dict[str, str]:
    return {stem: read_text(ARTICLES / f"{stem}.txt") for stem in corpus_stems()}


@pytest.fixture(scope="session")
def extractor():
    from extract import Extractor

    return Extractor()


@pytest.fixture(scope="session")
def spacy_pipeline():
    """A spaCy pipeline with every component of the package, in order."""
    import spacy

    from extract.spacy_components import SYLLABLE_TOKENIZER_CONFIG

    nlp = spacy.blank("vi", config=SYLLABLE_TOKENIZER_CONFIG)
    for name in ("vi_quantities", "vi_periods", "vi_entities", "vi_facts"):
        nlp.add_pipe(name)
    return nlp


@pytest.fixture(scope="session")
def corpus_outputs(extractor):
    """(article file, Document) for every article of every corpus set (store tests)."""
    from store_fixtures import corpus_documents

    return corpus_documents(extractor)
