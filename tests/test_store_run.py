"""`extract run --store`: workers (local or Dask) write Parquet parts that the
store reads with DuckDB; the same store as `extract store` on the output."""

from __future__ import annotations

import duckdb
import pytest
from corpus_files import ARTICLES
from test_batch import run, run_fresh, short_records, write_archive

from extract.cli import main as cli_main

# Columns that say when or from where, not what: they differ between two builds.
WHEN_OR_WHERE = {"ingested_at", "extracted_at", "document"}


def table(store, name, order):
    with duckdb.connect(str(store), read_only=True) as connection:
        result = connection.execute(f"SELECT * FROM {name} ORDER BY {order}")
        names = [column[0] for column in result.description]
        return [{k: v for k, v in zip(names, row) if k not in WHEN_OR_WHERE} for row in result.fetchall()]


def same_store(first, second):
    for name, order in (("articles", "doc_id"), ("facts", "doc_id, fact_index"), ("observations", "obs_id"),
                        ("observation_values", "obs_id, value_no, status"),
                        ("observation_sources", "obs_id, doc_id, fact_index")):
        assert table(first, name, order) == table(second, name, order), name


def test_store_run_option_builds_the_store_of_the_output(tmp_path):
    out, built = tmp_path / "out", tmp_path / "run.duckdb"
    assert run(str(ARTICLES), "-o", str(out), "--store", str(built)) == 0
    assert sorted(p.name.split("-")[0] for p in (out / "store-parts").iterdir()) == ["articles", "facts"]
    later = tmp_path / "later.duckdb"
    assert cli_main(["store", str(later), str(out), "--articles", str(ARTICLES)]) == 0
    same_store(built, later)
    facts = table(built, "facts", "doc_id, fact_index")
    assert facts and all(row["evidence_text"] for row in facts)


def test_store_run_option_needs_files(capsys):
    assert cli_main(["run", "--quiet", str(ARTICLES), "--store", "x.duckdb"]) == 2
    assert "error: --store needs --output or --jsonl" in capsys.readouterr().err


def test_store_run_resumed_after_lost_parts_is_complete(tmp_path):
    archive = write_archive(tmp_path / "in.jsonl", short_records(40))
    out, store = tmp_path / "out", tmp_path / "s.duckdb"
    assert run("--chunk-size", "8", str(archive), "--jsonl", str(out / "all.jsonl"), "--store", str(store)) == 0
    lost = sorted((out / "store-parts").glob("*-0000000008-0000000015.parquet"))
    assert len(lost) == 2
    for part in lost:  # as if the run was killed after the documents, before the parts
        part.unlink()
    store.unlink()
    assert run("--resume", "--chunk-size", "8", str(archive), "--jsonl", str(out / "all.jsonl"),
               "--store", str(store)) == 0
    articles = table(store, "articles", "doc_id")
    assert [row["doc_id"] for row in articles] == [f"bai-{n:04d}" for n in range(40)]
    resumed = [row for row in articles if row["doc_id"] in {f"bai-{n:04d}" for n in range(8, 16)}]
    assert all(row["source"] == f"{archive}:{int(row['doc_id'][4:]) + 1}" for row in resumed)
    facts = table(store, "facts", "doc_id, fact_index")
    assert len({row["doc_id"] for row in facts}) == 40 and all(row["evidence_text"] for row in facts)


def test_store_run_on_dask_local_writes_parts_duckdb_reads(tmp_path):
    pytest.importorskip("dask.distributed", reason="the optional extract[dask] extra is not installed")
    archive = write_archive(tmp_path / "in.jsonl", short_records(24))
    out, built = tmp_path / "out", tmp_path / "dask.duckdb"
    assert run_fresh("--dask", "local", "--workers", "2", "--chunk-size", "4", str(archive),
                     "--jsonl", str(out / "all.jsonl"), "--store", str(built)) == 0
    assert len(list((out / "store-parts").glob("articles-*.parquet"))) == 6
    from_parts = tmp_path / "parts.duckdb"
    assert cli_main(["store", str(from_parts), str(out / "store-parts" / "*.parquet")]) == 0
    same_store(built, from_parts)
    single = tmp_path / "single.duckdb"
    assert run("--chunk-size", "4", str(archive), "--jsonl", str(tmp_path / "one" / "all.jsonl"),
               "--store", str(single)) == 0
    assert table(single, "observations", "obs_id") == table(built, "observations", "obs_id")
