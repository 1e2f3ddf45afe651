"""`extract bench`: throughput and memory of the pipeline against underthesea.

Builds a corpus of at least `--size-mb` MB by repeating and shuffling the
article texts (fixed seed), then measures, each in a fresh process so peak
memory is its own:

- the full pipeline on one worker;
- underthesea `word_tokenize` alone over the same texts;
- underthesea `ner` over a sample of their lines;
- the full pipeline on two worker processes (the `extract run` work unit),
  then the same chunks on one worker right after, for a speed-up that drift
  between separate runs cannot skew;
- the pipeline and `word_tokenize` alternating article by article in one
  process, for a ratio that machine drift between runs cannot skew;

and prints kchar/s, articles/s, peak RSS and the ratios pipeline /
word_tokenize and two workers / one worker. Model loading and worker
start-up are left out of the timings (a long batch amortizes them). Every
stage is measured `--rounds` times in alternation and its median run is
reported, with the spread of the rounds.

`--profile` prints where the one-worker pipeline spends its time (cProfile);
`--archive N -o PATH` writes an N-article JSON Lines archive by repetition,
for trying `extract run --resume` at scale.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from ..batch.work import WARM_UP_TEXT

# The development corpus of the checkout, where `extract bench` is run from.
DEFAULT_ARTICLES = Path("corpus") / "articles"
STAGES = ("pipeline", "word_tokenize", "ner", "pipeline_2_workers", "alternating")
_SEED = 20241
_NER_SAMPLE_LINES = 150
_CHUNK = 8


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--articles", type=Path, default=DEFAULT_ARTICLES,
                        help="directory of *.txt articles to repeat (default: corpus/articles of the "
                             "checkout this runs in)")
    parser.add_argument("--size-mb", type=float, default=2.0,
                        help="size of the benchmark corpus in MB of UTF-8 (default: %(default)s)")
    parser.add_argument("--stages", nargs="+", choices=STAGES, default=list(STAGES),
                        help="what to measure (default: all)")
    parser.add_argument("--rounds", type=int, default=3,
                        help="measure every stage this many times, alternating, and report each "
                             "stage's median run (default: %(default)s)")
    parser.add_argument("--profile", action="store_true",
                        help="profile the one-worker pipeline instead, and print the top functions")
    parser.add_argument("--archive", type=int, metavar="N",
                        help="instead: write an N-article JSON Lines archive to -o PATH")
    parser.add_argument("-o", "--output", type=Path, help="with --archive: the archive to write")
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    parser.add_argument("--stage", choices=STAGES, help=argparse.SUPPRESS)  # one measurement, internal
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)


def main(args: argparse.Namespace) -> int:
    if args.stage:
        texts = [json.loads(line)["text"] for line in args.corpus.open(encoding="utf-8")]
        print(json.dumps(STAGE_FUNCTIONS[args.stage](texts)))
        return 0
    if not args.articles.is_dir():
        print(f"error: {args.articles}: no such directory; run from the checkout or pass --articles DIR",
              file=sys.stderr)
        return 2
    articles = load_articles(args.articles)
    if args.archive is not None:
        if args.output is None:
            print("error: --archive needs -o PATH", file=sys.stderr)
            return 2
        count = write_archive(articles, args.archive, args.output)
        print(f"wrote {count} articles to {args.output}", file=sys.stderr)
        return 0
    texts = bench_corpus(articles, int(args.size_mb * 1_000_000))
    if args.profile:
        return profile_pipeline(texts)
    if args.rounds < 1:
        print("error: --rounds must be at least 1", file=sys.stderr)
        return 2
    results = measure_all(texts, args.stages, args.rounds)
    if "pipeline_2_workers" in args.stages:
        ceilings = sorted(machine_two_process_speedup() for _ in range(args.rounds))
        results["machine"] = {"two_process_speedup": ceilings[(len(ceilings) - 1) // 2]}
    print(report(results, texts))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    return 0


def load_articles(directory: Path) -> dict[str, str]:
    """The article texts of `directory`, by file stem, read as the spec reads them."""
    paths = sorted(directory.glob("*.txt"))
    return {path.stem: path.read_bytes().decode("utf-8") for path in paths}


def bench_corpus(articles: dict[str, str], min_bytes: int, seed: int = _SEED) -> list[str]:
    """Article texts, shuffled round after round, until they reach `min_bytes`.

    >>> texts = bench_corpus({"a": "Xuất khẩu tăng.", "b": "Nhập khẩu giảm."}, 100)
    >>> sum(len(t.encode()) for t in texts) >= 100, sorted(set(texts))
    (True, ['Nhập khẩu giảm.', 'Xuất khẩu tăng.'])
    """
    texts = [articles[stem] for stem in sorted(articles)]
    if not texts:
        raise ValueError("no articles to build a benchmark corpus from")
    chosen, size = [], 0
    for text in _shuffled_rounds(texts, seed):
        if size >= min_bytes:
            break
        chosen.append(text)
        size += len(text.encode("utf-8"))
    return chosen


def _shuffled_rounds(texts: list[str], seed: int) -> Iterator[str]:
    generator = random.Random(seed)
    while True:
        round_ = list(texts)
        generator.shuffle(round_)
        yield from round_


def write_archive(articles: dict[str, str], count: int, path: Path) -> int:
    """An archive of `count` JSON Lines records `{doc_id, text}` made by repetition.

    doc_ids are `<stem>-<n>`, unique; the order is shuffled with a fixed seed.
    """
    from ..batch.outputs import atomic_stream

    stems = sorted(articles)
    generator = random.Random(_SEED)
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_stream(path) as stream:
        for number in range(count):
            stem = stems[generator.randrange(len(stems))]
            record = {"doc_id": f"{stem}-{number:07d}", "text": articles[stem]}
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    return count


# -- the measurements, each run in its own process ---------------------------

def _timed(function: Callable[[], object]) -> tuple[float, float]:
    """Wall-clock and CPU seconds of this process for `function()`.

    CPU time stays meaningful on a machine busy with other work; wall time
    is what a user waits.
    """
    wall, cpu = time.perf_counter(), time.process_time()
    function()
    return time.perf_counter() - wall, time.process_time() - cpu


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


def _figures(texts: list[str], timing: tuple[float, float], **extra) -> dict:
    characters = sum(len(text) for text in texts)
    seconds, cpu_seconds = timing
    return {"articles": len(texts), "characters": characters, "seconds": round(seconds, 3),
            "cpu_seconds": round(cpu_seconds, 3), "load_average": round(os.getloadavg()[0], 2),
            "kchar_per_s": round(characters / seconds / 1000, 1),
            "kchar_per_cpu_s": round(characters / cpu_seconds / 1000, 1),
            "articles_per_s": round(len(texts) / seconds, 1), "peak_rss_mb": round(_peak_rss_mb(), 1),
            **extra}


def _chunks(texts: list[str]) -> list[list]:
    from ..batch.inputs import Item

    items = [(index, Item(doc_id=f"b{index}", source="bench", text=text)) for index, text in enumerate(texts)]
    return [items[start:start + _CHUNK] for start in range(0, len(items), _CHUNK)]


def _bench_job(directory: str):
    """As `extract run -o DIR`: workers write one JSON file per article."""
    from ..batch.outputs import Destination
    from ..batch.work import Job

    return Job(Destination(documents_dir=Path(directory), tables_dir=Path(directory)))


def stage_pipeline(texts: list[str]) -> dict:
    """The `extract run` work unit in this process, model loaded beforehand."""
    from ..batch.work import process_chunk, warmed_extractor

    chunks = _chunks(texts)
    warmed_extractor()
    with tempfile.TemporaryDirectory(prefix="extract-bench-out-") as directory:
        job = _bench_job(directory)
        return _figures(texts, _timed(lambda: [process_chunk(job, chunk) for chunk in chunks]))


def stage_word_tokenize(texts: list[str]) -> dict:
    import underthesea

    underthesea.word_tokenize(WARM_UP_TEXT)
    return _figures(texts, _timed(lambda: [underthesea.word_tokenize(text) for text in texts]))


def stage_alternating(texts: list[str]) -> dict:
    """The pipeline work unit and `word_tokenize`, article by article in turn in
    one process: both meet the same machine at the same moment, so their
    ratio holds on a shared machine where separate runs drift by 10-20 %."""
    import underthesea

    from ..batch.work import process_chunk, warmed_extractor

    warmed_extractor()
    underthesea.word_tokenize(WARM_UP_TEXT)
    pipeline_cpu = tokenize_cpu = 0.0
    with tempfile.TemporaryDirectory(prefix="extract-bench-out-") as directory:
        job = _bench_job(directory)
        for chunk in _chunks(texts):
            for pair in chunk:
                pipeline_cpu += _timed(lambda: process_chunk(job, [pair]))[1]
                tokenize_cpu += _timed(lambda: underthesea.word_tokenize(pair[1].text))[1]
    return _figures(texts, (pipeline_cpu, pipeline_cpu), word_tokenize_cpu_seconds=round(tokenize_cpu, 3),
                    ratio=round(tokenize_cpu / pipeline_cpu, 3))


def stage_ner(texts: list[str]) -> dict:
    """underthesea `ner` is sentence by sentence and slow: a sample of lines."""
    import underthesea

    lines = [line for text in texts for line in text.splitlines() if line.strip()][:_NER_SAMPLE_LINES]
    underthesea.ner(WARM_UP_TEXT)
    timing = _timed(lambda: [underthesea.ner(line) for line in lines])
    return _figures(lines, timing, sample="lines", note=f"first {len(lines)} non-empty lines")


def stage_pipeline_2_workers(texts: list[str]) -> dict:
    """Two worker processes, as `extract run --workers 2` uses them, after start-up."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from ..batch.runners import _ordered
    from ..batch.work import init_worker, process_chunk

    chunks, directory = _chunks(texts), tempfile.mkdtemp(prefix="extract-bench-out-")
    job = _bench_job(directory)
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(2, mp_context=context, initializer=init_worker, initargs=(job,)) as pool:
        list(pool.map(time.sleep, [0.3, 0.3]))  # both workers started and warmed up
        pids = list(pool._processes)  # no public API lists them; the bench only reads /proc
        before = [_cpu_seconds_of(pid) for pid in pids]
        wall, parent_cpu = _timed(lambda: _ordered(lambda chunk: pool.submit(process_chunk, job, chunk),
                                                   chunks, lambda outcomes: None, 6))
        workers_cpu = sum(_cpu_seconds_of(pid) - cpu for pid, cpu in zip(pids, before))
        peaks = [_peak_rss_mb_of(pid) for pid in pids]
        one_worker_wall = _one_worker_right_after(job, chunks)
    shutil.rmtree(directory)
    return _figures(texts, (wall, parent_cpu + workers_cpu), workers=len(pids),
                    parent_cpu_seconds=round(parent_cpu, 3), worker_peak_rss_mb=max(peaks),
                    one_worker_seconds=round(one_worker_wall, 3),
                    speedup_back_to_back=round(one_worker_wall / wall, 3))


def _one_worker_right_after(job, chunks: list[list]) -> float:
    """The same chunks in this process, as `extract run --workers 1` runs them,
    timed right after the two workers: a 2-worker speed-up the machine's
    drift between separate runs cannot skew."""
    from ..batch.work import process_chunk, warmed_extractor

    warmed_extractor()
    return _timed(lambda: [process_chunk(job, chunk) for chunk in chunks])[0]


def _cpu_seconds_of(pid: int) -> float:
    """User + system CPU seconds of another process (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _peak_rss_mb_of(pid: int) -> float:
    """Peak resident memory of another process (Linux /proc: VmHWM)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
    return 0.0


def machine_two_process_speedup(loops: int = 20_000_000) -> float:
    """How much faster two processes of pure Python get through two loops
    than one process through one: the ceiling for `pipeline_2_workers` on
    this machine right now (2.0 on two idle cores; less when shared)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("spawn")) as pool:
        list(pool.map(time.sleep, [0.2, 0.2]))  # both processes started
        one, _ = _timed(lambda: pool.submit(_spin, loops).result())
        two, _ = _timed(lambda: list(pool.map(_spin, [loops, loops])))
    return round(2 * one / two, 2)


def _spin(loops: int) -> int:
    total = 0
    for number in range(loops):
        total += number
    return total


STAGE_FUNCTIONS = {
    "pipeline": stage_pipeline,
    "word_tokenize": stage_word_tokenize,
    "ner": stage_ner,
    "pipeline_2_workers": stage_pipeline_2_workers,
    "alternating": stage_alternating,
}


def measure_all(texts: list[str], stages: list[str], rounds: int = 1) -> dict[str, dict]:
    """Each stage in a fresh interpreter, over the same corpus file, `rounds`
    times in alternation; each stage's median run by kchar/s.

    On a shared virtual machine one run can be 20 % off another; alternating
    the stages spreads any slow stretch over all of them, and the median
    drops the odd run out.
    """
    runs: dict[str, list[dict]] = {stage: [] for stage in stages}
    with tempfile.TemporaryDirectory(prefix="extract-bench-") as directory:
        corpus = Path(directory) / "corpus.jsonl"
        corpus.write_text("".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in texts),
                          encoding="utf-8")
        for round_ in range(1, rounds + 1):
            for stage in stages:
                print(f"measuring {stage} (round {round_}/{rounds}) ...", file=sys.stderr, flush=True)
                runs[stage].append(_measure_in_fresh_process(stage, corpus))
    return {stage: median_run(stage_runs) for stage, stage_runs in runs.items()}


def _measure_in_fresh_process(stage: str, corpus: Path) -> dict:
    done = subprocess.run([sys.executable, "-m", "extract.cli", "bench", "--stage", stage,
                           "--corpus", str(corpus)], capture_output=True, text=True, check=True)
    return json.loads(done.stdout.splitlines()[-1])


def median_run(runs: list[dict]) -> dict:
    """The run with the median kchar/s (the slower middle one of an even
    count), with every run's kchar/s beside it to show the spread.

    >>> median_run([{"kchar_per_s": 90.0}, {"kchar_per_s": 70.0}, {"kchar_per_s": 80.0}])
    {'kchar_per_s': 80.0, 'rounds_kchar_per_s': [90.0, 70.0, 80.0]}
    """
    ranked = sorted(runs, key=lambda run: run["kchar_per_s"])
    return {**ranked[(len(ranked) - 1) // 2], "rounds_kchar_per_s": [run["kchar_per_s"] for run in runs]}


def report(results: dict[str, dict], texts: list[str]) -> str:
    """The figures as a table, then the ratios the targets are about."""
    machine = results.get("machine")
    size = sum(len(t.encode("utf-8")) for t in texts)
    alternating = results.get("alternating")
    results = {stage: figures for stage, figures in results.items() if stage in STAGES and stage != "alternating"}
    lines = [f"corpus: {len(texts)} articles, {size / 1e6:.2f} MB, {sum(map(len, texts))} characters",
             f"{'stage':<20} {'kchar/s':>8} {'rounds':>13} {'articles/s':>10} {'kchar/CPU-s':>11} "
             f"{'peak RSS MB':>11} {'load':>5}"]
    for stage, figures in results.items():
        per_worker = "worker_peak_rss_mb" in figures
        rss = figures["worker_peak_rss_mb"] if per_worker else figures["peak_rss_mb"]
        spread = figures.get("rounds_kchar_per_s", [figures["kchar_per_s"]])
        lines.append(f"{stage:<20} {figures['kchar_per_s']:>8} {f'{min(spread)}-{max(spread)}':>13} "
                     f"{figures['articles_per_s']:>10} "
                     f"{figures['kchar_per_cpu_s']:>11} {rss:>11} {figures['load_average']:>5}"
                     + ("  (RSS per worker; CPU of workers and parent)" if per_worker else ""))
    lines.extend(_ratios(results))
    if alternating:
        lines.append(f"pipeline / word_tokenize, article by article in turn in one process: "
                     f"{alternating['ratio']:.2f} CPU (the same ratio, immune to machine drift)")
    if machine:
        lines.append(f"this machine now: two pure-Python processes run {machine['two_process_speedup']:.2f}x "
                     "one (2.00 on two idle cores): the ceiling for 2 workers / 1 worker")
    return "\n".join(lines)


def _ratios(results: dict[str, dict]) -> list[str]:
    """The ratios the targets are about, by wall clock and by CPU time."""
    lines = []
    if {"pipeline", "word_tokenize"} <= results.keys():
        one, tokenize = results["pipeline"], results["word_tokenize"]
        lines.append(f"pipeline / word_tokenize: {one['kchar_per_s'] / tokenize['kchar_per_s']:.2f} wall, "
                     f"{one['kchar_per_cpu_s'] / tokenize['kchar_per_cpu_s']:.2f} CPU (target >= 1.0)")
    if {"pipeline", "pipeline_2_workers"} <= results.keys():
        one, two = results["pipeline"], results["pipeline_2_workers"]
        efficiency = two["kchar_per_cpu_s"] / one["kchar_per_cpu_s"]
        lines.append(f"2 workers / 1 worker: {two['kchar_per_s'] / one['kchar_per_s']:.2f} wall "
                     f"(target >= 1.7; needs two otherwise idle cores, see the load column); "
                     f"CPU per character {1 / efficiency:.2f}x one worker's")
    if "speedup_back_to_back" in results.get("pipeline_2_workers", {}):
        lines.append(f"2 workers / 1 worker, one right after the other in one process: "
                     f"{results['pipeline_2_workers']['speedup_back_to_back']:.2f} wall")
    return lines


def profile_pipeline(texts: list[str], top: int = 30) -> int:
    """cProfile of the one-worker pipeline: the functions with most cumulative time."""
    import cProfile
    import pstats

    from ..batch.work import warmed_extractor

    extractor = warmed_extractor()
    profiler = cProfile.Profile()
    profiler.runcall(lambda: [extractor(text, doc_id=f"b{i}") for i, text in enumerate(texts)])
    pstats.Stats(profiler, stream=sys.stdout).sort_stats("cumulative").print_stats(top)
    return 0
