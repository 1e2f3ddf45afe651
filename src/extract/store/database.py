"""The store: an embedded DuckDB file of articles, facts and observations.

>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "vd.duckdb"
>>> with Store.open(path) as store:
...     store.count("observations")
0
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pyarrow as pa

from ..archives import ArticleTexts
from .agreement import Figure, agree
from .areas import AreaCodes
from .consolidate import Consolidated, Reported, consolidate
from .inputs import Read
from .rows import article_row, fact_rows, observation_id, package_version, signed_change
from .tables import (ARTICLES, BASE_CHECKS, FACTS, KEY_COLUMNS, META, OBSERVATION_SOURCES,
                     OBSERVATION_VALUES, OBSERVATIONS, SCHEMA_VERSION, TABLES, Table)

DOCUMENTS_PER_BATCH = 500
FACTS_PER_BATCH = 20_000
PARTS_PER_TRANSACTION = 200  # chunks of a run (16 articles each by default)
# Bounded memory for big stores: DuckDB spills to disk past this.
DUCKDB_CONFIG = {"memory_limit": "256MB", "threads": 2}
_ARROW_TYPES = {"VARCHAR": pa.string(), "INTEGER": pa.int32(), "DOUBLE": pa.float64(),
                "BOOLEAN": pa.bool_(), "DATE": pa.date32(), "TIMESTAMP": pa.timestamp("us"),
                "DOUBLE[]": pa.list_(pa.float64())}


class StoreError(Exception):
    """A store file that cannot be used; the message names it."""


@dataclass
class IngestReport:
    """What an ingest did: articles added and replaced, facts, and what it skipped."""

    added: int = 0
    replaced: int = 0
    facts: int = 0
    problems: list[str] = field(default_factory=list)


class Store:
    """One DuckDB store file. Use as a context manager, or call `close()`."""

    def __init__(self, connection: duckdb.DuckDBPyConnection, path: Path, areas: AreaCodes | None = None):
        self.connection = connection
        self.path = path
        self._areas = areas

    @classmethod
    def open(cls, path: Path, read_only: bool = False, rules_dir: str | Path | None = None) -> Store:
        """Open (or, unless `read_only`, create) the store at `path`."""
        if read_only and not path.is_file():
            raise StoreError(f"{path}: no such store")
        try:
            connection = duckdb.connect(str(path), read_only=read_only, config=DUCKDB_CONFIG)
        except (duckdb.Error, OSError) as error:
            raise StoreError(f"{path}: not a DuckDB store ({_first_line(error)})") from None
        store = cls(connection, path, AreaCodes.load(rules_dir) if not read_only else None)
        store._check_schema(read_only)
        return store

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.connection.close()

    def _check_schema(self, read_only: bool) -> None:
        existing = {row[0] for row in self.connection.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()}
        if existing and META.name not in existing:
            raise StoreError(f"{self.path}: a DuckDB file, but not an extract store")
        if META.name in existing:
            version = self.connection.execute(
                "SELECT value FROM store_meta WHERE key = 'schema_version'").fetchall()
            if [row[0] for row in version] != [SCHEMA_VERSION]:
                raise StoreError(f"{self.path}: store schema version {version[0][0] if version else None}, "
                                 f"this extract writes {SCHEMA_VERSION}: build a new store")
            return
        if read_only:
            raise StoreError(f"{self.path}: an empty DuckDB file, not an extract store")
        for table in TABLES:
            self.connection.execute(table.ddl())
        self.connection.execute("INSERT INTO store_meta VALUES ('schema_version', ?)", [SCHEMA_VERSION])

    # --- reading ---------------------------------------------------------------

    def count(self, table: str) -> int:
        return self.connection.execute(f"SELECT count(*) FROM {_table(table)}").fetchall()[0][0]

    def rows(self, sql: str, parameters: list | None = None) -> list[dict]:
        """The result of a query as dicts."""
        result = self.connection.execute(sql, parameters or [])
        names = [column[0] for column in result.description]
        return [dict(zip(names, row)) for row in result.fetchall()]

    # --- adding -----------------------------------------------------------------

    def add_documents(self, reads: Iterable[Read], texts: ArticleTexts | None = None,
                      batch_size: int = DOCUMENTS_PER_BATCH) -> IngestReport:
        """Add (or replace, by doc_id) the Documents read; call `consolidate()` after."""
        report = IngestReport()
        version = package_version()
        for batch in _batches(reads, batch_size):
            articles, facts = {}, {}
            for read in batch:
                if read.document is None:
                    report.problems.append(f"{read.source}: skipped, {read.problem}")
                    continue
                doc_id = read.document.doc_id
                articles[doc_id], facts[doc_id] = self._rows_of(read, texts, version)
            self._replace(list(articles.values()), [row for rows in facts.values() for row in rows], report)
        return report

    def _rows_of(self, read: Read, texts: ArticleTexts | None, version: str) -> tuple[dict, list[dict]]:
        document = read.document
        found = texts.text(document.doc_id) if texts is not None else None
        text, source = found if found else (None, None)
        evidence = (lambda start, end: text[start:end]) if text is not None else (lambda start, end: None)
        return (article_row(document, read.source, source, text, read.written_at, version),
                fact_rows(document, self._areas, evidence))

    def _replace(self, articles: list[dict], facts: list[dict], report: IngestReport) -> None:
        self.connection.register("staged_articles", arrow_table(ARTICLES, articles))
        self.connection.register("staged_facts", arrow_table(FACTS, facts))
        try:
            self._swap_in(report)
        finally:
            self.connection.unregister("staged_articles")
            self.connection.unregister("staged_facts")

    def add_parquet_parts(self, directory: Path) -> IngestReport:
        """Add the `articles-*.parquet` and `facts-*.parquet` parts a run wrote into `directory`
        (DuckDB reads them directly: no Document is parsed), a bounded number of
        chunks per transaction."""
        report = IngestReport()
        chunks = sorted(path.name.removeprefix("articles-") for path in directory.glob("articles-*.parquet"))
        if not chunks:
            report.problems.append(f"{directory}: no articles-*.parquet part")
        for start in range(0, len(chunks), PARTS_PER_TRANSACTION):
            group = chunks[start:start + PARTS_PER_TRANSACTION]
            try:
                self._add_parts([directory / f"articles-{c}" for c in group],
                                [directory / f"facts-{c}" for c in group if (directory / f"facts-{c}").is_file()],
                                report)
            except duckdb.Error as error:
                report.problems.append(f"{directory / ('articles-' + group[0])} and {len(group) - 1} more parts: "
                                       f"skipped ({_first_line(error)})")
        return report

    def _add_parts(self, articles: list[Path], facts: list[Path], report: IngestReport) -> None:
        connection = self.connection
        facts_source = f"read_parquet({_sql_list(facts)})" if facts else "facts WHERE false"
        connection.execute("CREATE OR REPLACE TEMP VIEW staged_articles AS "
                           f"SELECT * FROM read_parquet({_sql_list(articles)})")
        connection.execute(f"CREATE OR REPLACE TEMP VIEW staged_facts AS SELECT * FROM {facts_source}")
        try:
            self._swap_in(report)
        finally:
            connection.execute("DROP VIEW IF EXISTS staged_articles")
            connection.execute("DROP VIEW IF EXISTS staged_facts")

    def doc_ids_in_parts(self, directory: Path) -> set[str]:
        """The articles the Parquet parts in `directory` hold."""
        parts = sorted(directory.glob("articles-*.parquet")) if directory.is_dir() else []
        if not parts:
            return set()
        rows = self.connection.execute(f"SELECT doc_id FROM read_parquet({_sql_list(parts)})").fetchall()
        return {doc_id for doc_id, in rows}

    def _swap_in(self, report: IngestReport) -> None:
        """Replace the articles of `staged_articles` (and all their facts) by the staged ones,
        remembering every observation key they touch."""
        connection = self.connection
        connection.execute("CREATE TEMP TABLE IF NOT EXISTS touched (obs_id VARCHAR)")
        with self._transaction():
            staged, replaced = connection.execute(
                "SELECT count(*), count(*) FILTER (WHERE doc_id IN (SELECT doc_id FROM articles)) "
                "FROM staged_articles").fetchall()[0]
            connection.execute("INSERT INTO touched SELECT obs_id FROM facts WHERE doc_id IN "
                               "(SELECT doc_id FROM staged_articles) UNION ALL SELECT obs_id FROM staged_facts")
            for table in (FACTS, ARTICLES):
                connection.execute(f"DELETE FROM {table.name} WHERE doc_id IN (SELECT doc_id FROM staged_articles)")
            connection.execute("INSERT INTO articles BY NAME SELECT * REPLACE (now()::TIMESTAMP AS ingested_at) "
                               "FROM staged_articles")
            connection.execute("INSERT INTO facts BY NAME SELECT * FROM staged_facts")
            facts = connection.execute("SELECT count(*) FROM staged_facts").fetchall()[0][0]
        report.added += staged - replaced
        report.replaced += replaced
        report.facts += facts

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        self.connection.execute("BEGIN TRANSACTION")
        try:
            yield
        except BaseException:
            self.connection.execute("ROLLBACK")
            raise
        self.connection.execute("COMMIT")

    # --- consolidating --------------------------------------------------------------

    def consolidate(self) -> int:
        """Rebuild the observations of every key an ingest touched; then the base checks.

        Returns the number of observations rebuilt.
        """
        connection = self.connection
        connection.execute("CREATE TEMP TABLE IF NOT EXISTS touched (obs_id VARCHAR)")
        connection.execute("CREATE OR REPLACE TEMP TABLE rebuild AS SELECT DISTINCT obs_id FROM touched")
        with self._transaction():
            for table in (OBSERVATIONS, OBSERVATION_VALUES, OBSERVATION_SOURCES):
                connection.execute(f"DELETE FROM {table.name} WHERE obs_id IN (SELECT obs_id FROM rebuild)")
            rebuilt = self._rebuild_observations()
            self._rebuild_base_checks()
            connection.execute("DELETE FROM touched")
        return rebuilt

    def _rebuild_observations(self) -> int:
        """Consolidate the keys of `rebuild`, a bounded number of facts at a time."""
        key_list = ", ".join(f"f.{name}" for name in KEY_COLUMNS)
        pending = _Pending(self)
        for obs_ids in self._key_batches():
            rows = self.rows(
                f"SELECT f.obs_id, {key_list}, f.doc_id, f.fact_index, f.status, f.amount, f.precision, "
                "f.change_direction, f.change_percent, f.change_precision, f.change_basis, a.date "
                "FROM facts f JOIN articles a USING (doc_id) WHERE f.obs_id IN (SELECT unnest(?)) "
                "ORDER BY f.obs_id, f.doc_id, f.fact_index", [obs_ids])
            for obs_id, group in itertools.groupby(rows, key=lambda row: row["obs_id"]):
                group = list(group)
                key = {name: group[0][name] for name in KEY_COLUMNS}
                pending.add(consolidate(obs_id, key, [_reported(row) for row in group]))
        pending.flush()
        return pending.observations

    def _key_batches(self) -> Iterator[list[str]]:
        """The keys to rebuild in batches of about FACTS_PER_BATCH facts."""
        counts = self.connection.execute(
            "SELECT obs_id, count(*) FROM facts WHERE obs_id IN (SELECT obs_id FROM rebuild) "
            "GROUP BY obs_id ORDER BY obs_id").fetchall()
        batch, size = [], 0
        for obs_id, facts in counts:
            batch.append(obs_id)
            size += facts
            if size >= FACTS_PER_BATCH:
                yield batch
                batch, size = [], 0
        if batch:
            yield batch

    def insert_rows(self, table: Table, rows: list[dict]) -> None:
        """Append rows (dicts by column name) to a table of the store."""
        if rows:
            self.connection.register("new_rows", arrow_table(table, rows))
            self.connection.execute(f"INSERT INTO {table.name} BY NAME SELECT * FROM new_rows")
            self.connection.unregister("new_rows")

    def _rebuild_base_checks(self) -> None:
        """Check each value's stated change against the store's figure of a year before."""
        self.connection.execute("DELETE FROM base_checks")
        columns = ", ".join(KEY_COLUMNS)
        observations = self.rows(f"SELECT obs_id, {columns}, amount, low, high, change_percent, "
                                 "change_precision FROM observations WHERE kind = 'outturn' "
                                 "AND unit IS NOT NULL AND amount IS NOT NULL")
        by_id = {row["obs_id"]: row for row in observations}
        checks = [check for row in observations if row["change_percent"] is not None
                  for check in [_base_check(row, by_id)] if check]
        self.insert_rows(BASE_CHECKS, checks)


class _Pending:
    """Consolidated rows waiting to be inserted, written in bounded batches."""

    ROWS = 20_000

    def __init__(self, store: Store) -> None:
        self.store = store
        self.observations = 0
        self.tables: dict[Table, list[dict]] = {OBSERVATIONS: [], OBSERVATION_VALUES: [],
                                                 OBSERVATION_SOURCES: []}

    def add(self, done: Consolidated) -> None:
        self.tables[OBSERVATIONS].append(done.observation)
        self.tables[OBSERVATION_VALUES].extend(done.values)
        self.tables[OBSERVATION_SOURCES].extend(done.sources)
        self.observations += 1
        if len(self.tables[OBSERVATION_SOURCES]) >= self.ROWS:
            self.flush()

    def flush(self) -> None:
        for table, rows in self.tables.items():
            self.store.insert_rows(table, rows)
            rows.clear()


def _reported(row: dict) -> Reported:
    change_only = row["unit"] is None
    change = signed_change(row)
    change_figure = Figure(change, row["change_precision"] or 0.0) if change is not None else None
    if change_only:
        figure = change_figure
    else:
        figure = Figure(row["amount"], row["precision"] or 0.0) if row["amount"] is not None else None
    yoy = change_figure if not change_only and row["change_basis"] == "same_period_last_year" else None
    return Reported(row["doc_id"], row["fact_index"], row["status"], figure, row["date"], yoy)


def shift_month(month: str | None, months: int) -> str | None:
    """YYYY-MM moved by `months`.

    >>> shift_month("2024-03", -12), shift_month("2024-01", -1), shift_month(None, 1)
    ('2023-03', '2023-12', None)
    """
    if month is None:
        return None
    year, number = int(month[:4]), int(month[5:7])
    index = year * 12 + number - 1 + months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _base_check(row: dict, by_id: dict[str, dict]) -> dict | None:
    key = {name: row[name] for name in KEY_COLUMNS}
    key.update(period_start=shift_month(row["period_start"], -12), period_end=shift_month(row["period_end"], -12))
    base = by_id.get(observation_id(key))
    if base is None:
        return None
    step = row["change_precision"] or 0.0
    low = row["low"] / (1 + (row["change_percent"] + step) / 100)
    high = row["high"] / (1 + (row["change_percent"] - step) / 100)
    implied = Figure((low + high) / 2, (high - low) / 2)
    stated = Figure(base["amount"], (base["high"] - base["low"]) / 2)
    return {"obs_id": row["obs_id"], "base_obs_id": base["obs_id"], "implied_low": low,
            "implied_high": high, "base_amount": base["amount"], "agrees": agree(implied, stated)}


def arrow_table(table: Table, rows: list[dict]) -> pa.Table:
    """Rows of a store table as Arrow, with the table's column types."""
    schema = pa.schema([(column.name, _ARROW_TYPES[column.type]) for column in table.columns])
    return pa.Table.from_pylist(rows, schema=schema)  # a missing column is NULL


def _batches(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def _sql_list(paths: list[Path]) -> str:
    quoted = ", ".join("'" + str(path).replace("'", "''") + "'" for path in paths)
    return f"[{quoted}]"


def _table(name: str) -> str:
    names = {table.name for table in TABLES}
    if name not in names:
        raise ValueError(f"no table {name!r} in the store")
    return name


def _first_line(error: BaseException) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
