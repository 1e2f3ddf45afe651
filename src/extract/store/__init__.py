"""The fact store: an archive's facts consolidated into one table of the economy.

An embedded DuckDB file holds every article (`articles`), every fact with
its evidence and province codes on both maps (`facts`), and one observation
per indicator, place, period and breakdown (`observations`), with its value
groups and vintages (`observation_values`), its articles
(`observation_sources`) and the year-on-year base checks (`base_checks`).

| module | what |
| --- | --- |
| `tables` | the tables and their documented columns (the DDL is made from them) |
| `inputs` | reading run outputs (Documents, JSON Lines, Parquet parts) and article texts |
| `rows` | a Document as article and fact rows; observation keys |
| `areas` | province codes before and after the 2025 merger |
| `agreement` | written precision, when two figures agree, grouping them |
| `consolidate` | one key's facts → one observation, its values and sources |
| `database` | `Store`: open, add, consolidate, base checks |
| `series`, `periods` | series by period, derived months, the 2025 map; SDMX periods |
| `export` | SDMX-CSV, tidy CSV, Parquet |
| `indicators` | `rules/indicators.yaml`: labels and additivity |
| `command_*` | `extract store`, `extract series`, `extract export` |
"""

from .database import Store, StoreError

__all__ = ["Store", "StoreError"]
