"""The store's tables: names, columns, types, and what each column holds.

`TABLES` is the one definition: the DDL is generated from it, rows are
written in its column order, and README.md documents every column (a test
checks that). Observations and their values are rebuilt from `facts` for the
keys an ingest touched; `base_checks` is rebuilt whole after each ingest.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    doc: str


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...] = ()

    @property
    def names(self) -> list[str]:
        return [column.name for column in self.columns]

    def ddl(self) -> str:
        columns = [f"{column.name} {column.type}" for column in self.columns]
        if self.primary_key:
            columns.append(f"PRIMARY KEY ({', '.join(self.primary_key)})")
        return f"CREATE TABLE IF NOT EXISTS {self.name} ({', '.join(columns)})"


def _columns(*specs: tuple[str, str, str]) -> tuple[Column, ...]:
    return tuple(Column(*spec) for spec in specs)


# The key of an observation: what one number is about. `unit` keeps counts
# apart from money (new businesses: a count and a capital); `basis` keeps
# change-only figures of different comparisons apart; `kind` keeps targets
# and forecasts apart from outturns (actuals and estimates).
KEY_COLUMNS = ("metric", "location", "code_pre2025", "code_2025", "period_start", "period_end",
               "cumulative", "partner", "product", "sector", "subject", "unit", "basis", "kind")

_KEY = (
    ("metric", "VARCHAR", "the indicator (docs/FACTS.md metric)"),
    ("location", "VARCHAR", "canonical place name (`Việt Nam` for the country), NULL when unknown"),
    ("code_pre2025", "VARCHAR", "official code on the 63-province map before 1 July 2025; `VN` for "
     "the country; NULL for a merged post-2025 province or an unknown place"),
    ("code_2025", "VARCHAR", "official code on the 34-province map: the province itself, or the one "
     "it merged into; `VN` for the country"),
    ("period_start", "VARCHAR", "first month YYYY-MM, NULL for a cumulative stock"),
    ("period_end", "VARCHAR", "last month YYYY-MM"),
    ("cumulative", "BOOLEAN", "a stock at period_end rather than a flow over the period"),
    ("partner", "VARCHAR", "export destination, import origin or investor (ISO code or region)"),
    ("product", "VARCHAR", "product or commodity group"),
    ("sector", "VARCHAR", "sub-index, sector or scope restriction"),
    ("subject", "VARCHAR", "the company or project the figure is about"),
    ("unit", "VARCHAR", "unit of the value (`USD`, `VND`, `percent`, a counted noun); NULL for a "
     "change-only figure"),
    ("basis", "VARCHAR", "for a change-only figure: what the change compares with "
     "(`same_period_last_year`, `plan`, `previous_period`, `annual_average`, `none`); else NULL"),
    ("kind", "VARCHAR", "`outturn` (actual and estimate), `target` or `forecast`: never merged"),
)

ARTICLES = Table("articles", _columns(
    ("doc_id", "VARCHAR", "the article's id"),
    ("source", "VARCHAR", "the article's own input: its .txt file or `archive.jsonl:LINE`; NULL when "
     "the store never saw the text"),
    ("document", "VARCHAR", "where its Document is: a JSON file, `output.jsonl:LINE`, or (for a run "
     "with --store) the run's JSON file or JSON Lines file"),
    ("date", "DATE", "article date (its `date` line or the date passed to the run)"),
    ("location", "VARCHAR", "the article's `location` header line as written (from the text, when the "
     "store saw it, or a `location` field of the Document)"),
    ("content_hash", "VARCHAR", "SHA-256 of the article text (UTF-8) when the store saw the text: "
     "the same article under two ids has the same hash"),
    ("extractor_version", "VARCHAR", "the Document's `extractor_version` field, else the version of "
     "`extract` that ingested it"),
    ("extracted_at", "TIMESTAMP", "when the Document was written: its file's modification time, or when "
     "the worker of `extract run --store` wrote it (UTC)"),
    ("ingested_at", "TIMESTAMP", "when the store took it in (UTC)"),
    ("facts", "INTEGER", "number of facts"),
    ("warnings", "INTEGER", "number of consistency warnings in the Document"),
), primary_key=("doc_id",))

FACTS = Table("facts", _columns(
    ("doc_id", "VARCHAR", "the article"),
    ("fact_index", "INTEGER", "position of the fact in the Document (0-based; `#fact-N` in its view is N+1)"),
    ("obs_id", "VARCHAR", "the observation the fact belongs to"),
    *_KEY,
    ("status", "VARCHAR", "`actual`, `estimate`, `target` or `forecast`"),
    ("amount", "DOUBLE", "value as reported (negative for a trade deficit)"),
    ("qualifier", "VARCHAR", "hedge of the value: exact, over, under, about, nearly"),
    ("precision", "DOUBLE", "half the step of the last digit written (`34,5 tỷ` → 50,000,000); 0 when unknown"),
    ("change_direction", "VARCHAR", "`up` or `down`"),
    ("change_percent", "DOUBLE", "size of the change in percent (unsigned, as the spec writes it)"),
    ("change_precision", "DOUBLE", "half the step of the last digit of the change percent"),
    ("change_basis", "VARCHAR", "what the change compares with"),
    ("change_amount", "DOUBLE", "the change as an amount"),
    ("change_unit", "VARCHAR", "unit of change_amount"),
    ("change_qualifier", "VARCHAR", "hedge of the change"),
    ("evidence_start", "INTEGER", "start offset of the evidence in the article text"),
    ("evidence_end", "INTEGER", "end offset (exclusive)"),
    ("evidence_text", "VARCHAR", "the evidence as written, when the article text was available"),
    ("pattern", "VARCHAR", "the pattern (or rule) of the extractor that produced the fact, when recorded"),
))  # unique on (doc_id, fact_index) by construction: no index, which would hold a million keys in memory

OBSERVATIONS = Table("observations", _columns(
    ("obs_id", "VARCHAR", "hash of the key columns"),
    *_KEY,
    ("status", "VARCHAR", "status of the chosen value: an actual supersedes an estimate"),
    ("amount", "DOUBLE", "the chosen value (for a change-only figure: the signed change in percent)"),
    ("low", "DOUBLE", "lower end of the chosen value as written (amount minus its precision)"),
    ("high", "DOUBLE", "upper end"),
    ("change_percent", "DOUBLE", "signed change on the same period of the year before, as the chosen "
     "value's articles state it"),
    ("change_precision", "DOUBLE", "half the step of the last digit of that change"),
    ("articles", "INTEGER", "number of articles that report the key (all values, all vintages)"),
    ("first_date", "DATE", "earliest article date"),
    ("last_date", "DATE", "latest article date"),
    ("conflict", "BOOLEAN", "articles of the chosen status report values that do not agree"),
    ("conflict_values", "DOUBLE[]", "the disagreeing values of the chosen status, chosen one first"),
    ("values", "INTEGER", "number of rows in observation_values"),
), primary_key=("obs_id",))

OBSERVATION_VALUES = Table("observation_values", _columns(
    ("obs_id", "VARCHAR", "the observation"),
    ("value_no", "INTEGER", "the value group: figures that agree (0 is the most reported)"),
    ("status", "VARCHAR", "status of the articles in this row (one row per value group and status)"),
    ("amount", "DOUBLE", "the group's value as most articles write it"),
    ("low", "DOUBLE", "smallest reported figure of the group"),
    ("high", "DOUBLE", "largest reported figure of the group"),
    ("articles", "INTEGER", "number of articles"),
    ("first_date", "DATE", "earliest article date"),
    ("last_date", "DATE", "latest article date"),
    ("role", "VARCHAR", "`chosen`; `conflict` (same status, disagrees with the chosen value); "
     "`superseded` (an estimate vintage where an actual exists)"),
), primary_key=("obs_id", "value_no", "status"))

OBSERVATION_SOURCES = Table("observation_sources", _columns(
    ("obs_id", "VARCHAR", "the observation"),
    ("doc_id", "VARCHAR", "an article that reports it"),
    ("fact_index", "INTEGER", "the fact in that article"),
    ("value_no", "INTEGER", "the value group the fact's figure is in (NULL for a fact without a figure)"),
    ("status", "VARCHAR", "the fact's status"),
))  # unique on (obs_id, doc_id, fact_index) by construction, like facts

BASE_CHECKS = Table("base_checks", _columns(
    ("obs_id", "VARCHAR", "an observation with a value and a change on the same period of the year before"),
    ("base_obs_id", "VARCHAR", "the observation of that earlier period"),
    ("implied_low", "DOUBLE", "lowest base the value and the change allow (value / (1 + change))"),
    ("implied_high", "DOUBLE", "highest base they allow"),
    ("base_amount", "DOUBLE", "the earlier period's chosen value"),
    ("agrees", "BOOLEAN", "the stated base is within the implied range (or 0.5 %)"),
), primary_key=("obs_id",))

META = Table("store_meta", _columns(
    ("key", "VARCHAR", "`schema_version`"),
    ("value", "VARCHAR", "its value"),
), primary_key=("key",))

TABLES = (ARTICLES, FACTS, OBSERVATIONS, OBSERVATION_VALUES, OBSERVATION_SOURCES, BASE_CHECKS, META)
SCHEMA_VERSION = "1"
