"""Parquet parts of the store, written by the workers of `extract run --store`.

Each chunk of articles a worker finishes becomes two files in
`<tables dir>/store-parts/`: `articles-<first>-<last>.parquet` and
`facts-<first>-<last>.parquet`, with the columns of the store's tables. On a
Dask cluster they land on the shared storage, and DuckDB reads them all with
one glob (`Store.add_parquet_parts`), so no Document is parsed twice.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=2)
def _areas(rules_dir: str | None):
    from .areas import AreaCodes

    return AreaCodes.load(rules_dir)


def write_parts(directory: Path, first: int, last: int, done: list[tuple[str, str, str, object]],
                rules_dir: str | None = None) -> None:
    """The parts of one chunk: `done` holds (where the article was read, where its
    Document is written, its text, its Document)."""
    import pyarrow.parquet as pq

    from ..batch.outputs import atomic_stream
    from .database import arrow_table
    from .rows import article_row, fact_rows, package_version
    from .tables import ARTICLES, FACTS

    written_at = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    version = package_version()
    articles, facts = [], []
    for source, written_to, text, document in done:
        articles.append(article_row(document, written_to, source, text, written_at, version))
        facts.extend(fact_rows(document, _areas(rules_dir), lambda start, end, text=text: text[start:end]))
    for name, table, rows in (("articles", ARTICLES, articles), ("facts", FACTS, facts)):
        with atomic_stream(directory / f"{name}-{first:010d}-{last:010d}.parquet", "wb") as stream:
            pq.write_table(arrow_table(table, rows), stream)
