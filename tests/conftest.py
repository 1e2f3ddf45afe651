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
