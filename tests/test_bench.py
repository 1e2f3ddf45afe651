"""`extract bench` runs and reports; its figures are not asserted (speed and
memory belong in the benchmark itself, not in timed tests)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from extract.dev.bench import bench_corpus, load_articles

from corpus_files import ARTICLES, ROOT


def bench(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "extract.cli", "bench", *args],
                          cwd=ROOT, capture_output=True, text=True, timeout=600)


def test_bench_measures_each_stage_every_round_and_prints_the_ratio(tmp_path):
    figures_file = tmp_path / "figures.json"
    done = bench("--size-mb", "0.02", "--rounds", "2", "--stages", "pipeline", "word_tokenize", "alternating",
                 "--json", str(figures_file))
    assert done.returncode == 0, done.stderr
    assert done.stderr.count("measuring pipeline (round") == 2
    assert "pipeline / word_tokenize:" in done.stdout
    assert "article by article in turn in one process:" in done.stdout
    figures = json.loads(figures_file.read_text(encoding="utf-8"))
    corpus = bench_corpus(load_articles(ARTICLES), 20_000)
    for stage in ("pipeline", "word_tokenize"):
        assert figures[stage]["articles"] == len(corpus)
        assert figures[stage]["characters"] == sum(map(len, corpus))
        assert len(figures[stage]["rounds_kchar_per_s"]) == 2
        assert figures[stage]["kchar_per_s"] in figures[stage]["rounds_kchar_per_s"]
    alternating = figures["alternating"]
    assert alternating["ratio"] == pytest.approx(
        alternating["word_tokenize_cpu_seconds"] / alternating["cpu_seconds"], abs=0.01)


def test_bench_archive_repeats_articles_under_unique_ids(tmp_path):
    archive = tmp_path / "archive.jsonl"
    assert bench("--archive", "300", "-o", str(archive)).returncode == 0
    records = [json.loads(line) for line in archive.read_text(encoding="utf-8").splitlines()]
    texts = set(load_articles(ARTICLES).values())
    assert len(records) == 300 == len({r["doc_id"] for r in records})
    assert all(r["text"] in texts for r in records)


def test_bench_rejects_zero_rounds():
    done = bench("--rounds", "0")
    assert done.returncode == 2 and "--rounds must be at least 1" in done.stderr
