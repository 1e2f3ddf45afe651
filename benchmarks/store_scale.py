"""Build the fact store from a 100,000-article archive and time a series query on it.

    .venv/bin/python benchmarks/store_scale.py --articles 100000 --work /tmp/scale
    .venv/bin/python benchmarks/store_scale.py --documents out/all.jsonl --archive archive.jsonl --work /tmp/scale

Without --documents it makes the archive (`extract bench --archive N`) and the
documents of a run on it by extracting each corpus article once and writing
its Document under every doc_id the archive gives it (what `extract run`
would write, the extraction being deterministic), so the store can be
measured without the half hour of extraction. Then it runs `extract store` in
a child process (wall time, CPU time, peak RSS) and times a series query on
the finished store, in process (the median of 5) and as a command. Then it
measures the path of `extract run --store`: the Parquet parts its workers
write beside the extraction (their CPU time per article is the extraction's
overhead) and `extract store` reading those parts, the only step after the
extraction. Prints the figures as JSON and, with --results, stores them under
"store" in that file.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

EXTRACT = [sys.executable, "-m", "extract.cli"]
QUERY = ("export_value", "Bình Dương")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--work", type=Path, required=True, help="scratch directory")
    parser.add_argument("--documents", type=Path, help="a JSON Lines file of Documents from `extract run`")
    parser.add_argument("--archive", type=Path, help="the archive the documents were extracted from")
    parser.add_argument("--results", type=Path, help="merge the figures into this JSON file under 'store'")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    archive = args.archive or args.work / f"archive-{args.articles}.jsonl"
    if not archive.exists():
        subprocess.run([*EXTRACT, "bench", "--archive", str(args.articles), "-o", str(archive)], check=True)
    documents = args.documents or replicate(archive, args.work / f"documents-{args.articles}.jsonl")
    store = args.work / "store.duckdb"
    store.unlink(missing_ok=True)
    figures = {"documents": str(documents), "synthetic": args.documents is None,
               "load_average_before": round(os.getloadavg()[0], 2),
               **timed_child([*EXTRACT, "store", str(store), str(documents), "--articles", str(archive)])}
    figures["load_average_after"] = round(os.getloadavg()[0], 2)
    figures["store_mb"] = round(store.stat().st_size / 2**20, 1)
    figures.update(series_timings(store))
    figures.update(parts_path(archive, documents, args.work))
    print(json.dumps(figures, indent=1))
    if args.results:
        results = json.loads(args.results.read_text(encoding="utf-8")) if args.results.exists() else {}
        results["store"] = figures
        args.results.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    return 0


def replicate(archive: Path, output: Path) -> Path:
    """The Documents `extract run` writes for the archive, from one extraction per distinct text."""
    if output.exists():
        return output
    from extract import Extractor

    extractor, by_text = Extractor(), {}
    with open(archive, encoding="utf-8") as source, open(output, "w", encoding="utf-8") as out:
        for line in source:
            record = json.loads(line)
            if record["text"] not in by_text:
                by_text[record["text"]] = extractor(record["text"], doc_id="x", date=record.get("date"))
            out.write(by_text[record["text"]].model_copy(update={"doc_id": record["doc_id"]}).model_dump_json() + "\n")
    return output


def parts_path(archive: Path, documents: Path, work: Path, chunk_size: int = 16) -> dict:
    """`extract run --store`: parts written chunk by chunk as the workers do, then the store from them."""
    import shutil

    from extract.archives import ArticleTexts
    from extract.store.inputs import StoredDocument
    from extract.store.parts import write_parts

    parts = work / "store-parts"
    shutil.rmtree(parts, ignore_errors=True)
    parts.mkdir()
    texts = ArticleTexts.from_paths([str(archive)])
    cpu, count = 0.0, 0
    with open(documents, "rb") as lines:
        while chunk := [StoredDocument.model_validate_json(line) for _, line in zip(range(chunk_size), lines)]:
            done = [(str(archive), str(documents), texts.text(d.doc_id)[0], d) for d in chunk]
            started = time.process_time()  # only what a worker adds to its extraction
            write_parts(parts, count, count + len(chunk) - 1, done)
            cpu += time.process_time() - started
            count += len(chunk)
    per_article_ms = cpu / count * 1000
    store = work / "store-from-parts.duckdb"
    store.unlink(missing_ok=True)
    child = timed_child([*EXTRACT, "store", str(store), str(parts)])
    return {"parts_worker_cpu_ms_per_article": round(per_article_ms, 2),
            **{key.replace("store_", "from_parts_"): value for key, value in child.items()}}


def timed_child(command: list[str]) -> dict:
    """Wall and CPU seconds and peak RSS of one child process (its own rusage, from wait4)."""
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    stderr = child.stderr.read()
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{stderr}")
    return {"store_seconds": round(wall, 1), "store_cpu_seconds": round(usage.ru_utime + usage.ru_stime, 1),
            "store_peak_rss_mb": round(usage.ru_maxrss / 1024, 1), "store_summary": stderr.strip()}


def series_timings(store: Path) -> dict:
    """A series query: in process (median of 5, store already open) and as a whole command."""
    from extract.store.areas import AreaCodes
    from extract.store.database import Store
    from extract.store.indicators import Indicators
    from extract.store.series import SeriesQuery, series

    indicators, areas = Indicators.load(), AreaCodes.load()
    with Store.open(store, read_only=True) as opened:
        seconds = []
        for _ in range(5):
            started = time.perf_counter()
            points = series(opened, SeriesQuery(*QUERY), indicators, areas)
            seconds.append(time.perf_counter() - started)
    started = time.perf_counter()
    subprocess.run([*EXTRACT, "series", str(store), "--metric", QUERY[0], "--location", QUERY[1]],
                   check=True, capture_output=True)
    return {"series_query_seconds": round(statistics.median(seconds), 4), "series_points": len(points),
            "series_command_seconds": round(time.perf_counter() - started, 2)}


if __name__ == "__main__":
    sys.exit(main())
