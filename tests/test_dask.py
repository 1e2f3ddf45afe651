"""`extract run --dask`: the same bytes on a Dask cluster as in one process."""

from __future__ import annotations

import json
import sys

import pytest

from extract.cli import main as cli_main

from corpus_files import ARTICLES
from test_batch import run_fresh, short_records, tree_bytes, write_archive

pytest.importorskip("dask.distributed", reason="the optional vi-econ-extract[dask] extra is not installed")


@pytest.fixture(scope="module")
def scheduler() -> str:
    """A two-worker cluster (real processes) the tests reach by its address."""
    from dask.distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        yield cluster.scheduler_address


@pytest.mark.parametrize("layout", ["-o", "--jsonl"])
def test_dask_cluster_output_equals_single_process_bytes(tmp_path, layout, scheduler):
    archive = write_archive(tmp_path / "in.jsonl", short_records(25))
    bad = tmp_path / "hong.txt"
    bad.write_bytes(b"\xff\xfe kh\xf4ng ph\xe1i UTF-8")
    outputs = {}
    for name, extra in [("single", ["--workers", "1"]), ("dask", ["--dask", scheduler])]:
        out = tmp_path / name
        target = [str(out)] if layout == "-o" else [str(out / "all.jsonl")]
        status = run_fresh("--chunk-size", "4", str(archive), str(ARTICLES), str(bad), layout, *target, *extra)
        assert status == 1  # the bad file fails in both runs
        outputs[name] = tree_bytes(out)
    assert outputs["dask"] == outputs["single"]
    errors = [json.loads(line) for line in outputs["dask"]["errors.jsonl"].decode().splitlines()]
    assert [e["doc_id"] for e in errors] == ["hong"]
    assert ("all.jsonl" if layout == "--jsonl" else "d01_nghe_an.json") in outputs["dask"]


def test_dask_local_starts_its_own_cluster(tmp_path):
    archive = write_archive(tmp_path / "in.jsonl", short_records(8))
    assert run_fresh("--dask", "local", "--workers", "2", str(archive), "-o", str(tmp_path / "dask")) == 0
    assert run_fresh("--workers", "1", str(archive), "-o", str(tmp_path / "single")) == 0
    assert tree_bytes(tmp_path / "dask") == tree_bytes(tmp_path / "single")
    assert len(tree_bytes(tmp_path / "dask")) == 8 + 3  # documents, facts.csv, facts.parquet, errors.jsonl


def test_dask_missing_extra_gives_a_clear_message(tmp_path, monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "dask.distributed", None)  # import now fails
    status = cli_main(["run", "--quiet", str(ARTICLES), "-o", str(tmp_path / "out"), "--dask", "local"])
    assert status == 2
    assert "pip install 'vi-econ-extract[dask]'" in capsys.readouterr().err

