"""`make stress`: the hostile inputs of issue 14 through `extract run`, timed.

Each probe writes its input into a temporary directory, runs `extract run`
on it in a fresh process (one worker, the default limits unless the probe
says otherwise) and reports the exit status, wall and CPU seconds, the
process's peak memory and what became of the article: its facts, or the
reason it was reported in `errors.jsonl`. Two probes signal the run instead:
SIGTERM in the middle of a long article (how long until it exits) and
SIGKILL of the main process (how many workers are still alive 5 s later).

    python -m extract.dev.stress [--only NAME ...] [--limit SECONDS]

The figures go in docs/FUZZING.md; the timings depend on the machine and
its load, the exit statuses and reasons do not.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
ARTICLES = ROOT / "corpus" / "articles"
MARKETS = ("Mỹ", "Trung Quốc", "Nhật Bản", "Hàn Quốc", "EU", "ASEAN", "Ấn Độ", "Anh", "Đức", "Úc")
MB = 2**20


def _corpus() -> str:
    return "\n".join(path.read_text(encoding="utf-8") for path in sorted(ARTICLES.glob("*.txt")))


def _to_bytes(unit: str, size: int) -> str:
    """`unit` repeated to `size` bytes of UTF-8, or at most one `unit` more."""
    return unit * (size // len(unit.encode("utf-8")) + 1)


def percent_list(size: int) -> str:
    """The issue's `print('tăng ' + '5% '*N)`: figures only, one sentence."""
    return "tăng " + "5% " * ((size - 6) // 3) + "\n"


def market_list(size: int) -> str:
    """One sentence listing markets, each with a value and a change."""
    items, length, n = [], 0, 0
    while length < size:
        item = f"sang thị trường {MARKETS[n % 10]} đạt {n % 97 + 1} triệu USD, tăng {n % 23 + 1}%"
        items.append(item)
        length += len(item.encode("utf-8")) + 2
        n += 1
    return "Xuất khẩu " + ", ".join(items) + ".\n"


def line_without_punctuation(size: int) -> str:
    """The corpus with every punctuation mark and line break taken out: one line."""
    return _to_bytes(re.sub(r"[^\w%]+", " ", _corpus()), size) + "\n"


def repeated_corpus(size: int) -> str:
    return _to_bytes(_corpus() + "\n", size)


@dataclass(frozen=True)
class Probe:
    name: str
    what: str
    make: Callable[[Path], list[str]]  # writes the input into a directory: the `extract run` arguments
    options: tuple[str, ...] = ()


def _text_file(text_of: Callable[[int], str], size: int, name: str = "bai.txt") -> Callable[[Path], list[str]]:
    def make(directory: Path) -> list[str]:
        path = directory / name
        path.write_text(text_of(size), encoding="utf-8")
        return [str(path)]
    return make


def _records(records: list[dict]) -> Callable[[Path], list[str]]:
    def make(directory: Path) -> list[str]:
        path = directory / "in.jsonl"
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
        return [str(path)]
    return make


PROBES = [
    Probe("percent-24k", "`tăng ` + `5% ` x 8 000 (24 KB, one sentence)", _text_file(percent_list, 24_000)),
    Probe("percent-100k", "`tăng ` + `5% ` x 33 000 (100 KB, one sentence)", _text_file(percent_list, 100_000)),
    Probe("market-90k", "`sang thị trường Mỹ đạt 5 triệu USD, tăng 5%, ...` (90 KB, one sentence)",
          _text_file(market_list, 90_000)),
    Probe("line-2mb", "the corpus without punctuation or line breaks (2 MB, one line)",
          _text_file(line_without_punctuation, 2 * MB), ("--max-chars", "0")),
    Probe("article-20mb", "the corpus repeated to 20 MB (default limits)", _text_file(repeated_corpus, 20 * MB)),
    Probe("article-20mb-no-size-limit", "the same with --max-chars 0: the time budget stops it",
          _text_file(repeated_corpus, 20 * MB), ("--max-chars", "0")),
    Probe("scale-words", "`1 ` + `tỷ ` x 120 000 + `USD`",
          _records([{"doc_id": "ty", "text": "đạt 1 " + "tỷ " * 120_000 + "USD"}])),
    Probe("doc-id-bytes", "a doc_id of 90 x `ữ` (270 bytes) among others",
          _records([{"doc_id": "ữ" * 90, "text": "Xuất khẩu tăng 5%."}, {"doc_id": "b", "text": "Nhập khẩu giảm 3%."}])),
]


@dataclass
class Result:
    status: int | str
    wall: float
    cpu: float
    peak_mb: float
    outcome: str


def run_probe(probe: Probe, limit: float) -> Result:
    with tempfile.TemporaryDirectory(prefix=f"stress-{probe.name}-") as scratch:
        directory = Path(scratch)
        inputs = probe.make(directory)
        out = directory / "out"
        command = [sys.executable, "-m", "extract.cli", "run", *inputs, "-o", str(out), "--workers", "1",
                   "--quiet", *probe.options]
        started = time.monotonic()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        status, usage = _wait(process, limit)
        wall = time.monotonic() - started
        return Result(status, wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, _outcome(out))


def _wait(process: subprocess.Popen, limit: float):
    """Wait for the process (killing it after `limit` seconds): its status and its own rusage."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            process.returncode = os.waitstatus_to_exitcode(status)
            return process.returncode, usage
        time.sleep(0.05)
    process.kill()
    _, _, usage = os.wait4(process.pid, 0)
    process.returncode = -signal.SIGKILL
    return f"not done in {limit:g} s", usage


def _outcome(out: Path) -> str:
    errors = out / "errors.jsonl"
    reported = [json.loads(line)["error"] for line in errors.read_text(encoding="utf-8").splitlines()] \
        if errors.is_file() else []
    summary = out / "_summary.json"
    facts = json.loads(summary.read_text(encoding="utf-8"))["facts"] if summary.is_file() else None
    parts = [f"reported: {reason[:90]}" for reason in reported]
    if facts is not None:
        parts.append(f"{facts} facts")
    return "; ".join(parts) or "no output"


def sigterm_probe(limit: float) -> str:
    """Seconds from SIGTERM to exit while one worker extracts a long article."""
    with tempfile.TemporaryDirectory(prefix="stress-sigterm-") as scratch:
        directory = Path(scratch)
        (directory / "a.txt").write_text("Xuất khẩu tăng 5%.", encoding="utf-8")
        (directory / "b.txt").write_text(repeated_corpus(2 * MB), encoding="utf-8")
        out = directory / "out"
        command = [sys.executable, "-m", "extract.cli", "run", str(directory), "-o", str(out), "--quiet",
                   "--workers", "2", "--chunk-size", "1", "--article-timeout", "0", "--max-chars", "0"]
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if not _eventually(lambda: (out / "a.json").exists(), limit):
            process.kill()
            return "the short article was not done in time"
        time.sleep(1)
        sent = time.monotonic()
        process.send_signal(signal.SIGTERM)
        status, _ = _wait(process, limit)
        return f"exit {status} {time.monotonic() - sent:.1f} s after SIGTERM"


def sigkill_probe(limit: float) -> str:
    """Workers still alive 5 s after the main process is SIGKILLed."""
    with tempfile.TemporaryDirectory(prefix="stress-sigkill-") as scratch:
        directory = Path(scratch)
        records = [{"doc_id": f"bai-{n}", "text": "Năm 2024, xuất khẩu đạt 1 tỷ USD."} for n in range(2000)]
        archive = _records(records)(directory)[0]
        out = directory / "out"
        command = [sys.executable, "-m", "extract.cli", "run", archive, "-o", str(out), "--quiet",
                   "--workers", "2", "--chunk-size", "1"]
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if not _eventually(lambda: any(out.glob("bai-*.json")), limit):
            process.kill()
            return "no article was done in time"
        workers = _children(process.pid)
        process.kill()
        process.wait()
        time.sleep(5)
        alive = [pid for pid in workers if _alive(pid)]
        for pid in alive:  # what the probe started, by its own pids
            os.kill(pid, signal.SIGKILL)
        return f"{len(alive)} of {len(workers)} child processes alive 5 s after SIGKILL"


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _eventually(condition: Callable[[], bool], limit: float) -> bool:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m extract.dev.stress", description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="+", metavar="NAME",
                        help=f"probes to run: {', '.join(p.name for p in PROBES)}, sigterm, sigkill")
    parser.add_argument("--limit", type=float, default=300, metavar="SECONDS",
                        help="kill a probe still running after this long (default: %(default)g)")
    args = parser.parse_args(argv)
    wanted = set(args.only or [p.name for p in PROBES] + ["sigterm", "sigkill"])
    print("| probe | input | exit | wall s | CPU s | peak MB | outcome |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for probe in PROBES:
        if probe.name in wanted:
            r = run_probe(probe, args.limit)
            print(f"| {probe.name} | {probe.what} | {r.status} | {r.wall:.1f} | {r.cpu:.1f} | {r.peak_mb:.0f} "
                  f"| {r.outcome} |", flush=True)
    if "sigterm" in wanted:
        print(f"| sigterm | SIGTERM while a worker extracts a 2 MB article | {sigterm_probe(args.limit)} |||||",
              flush=True)
    if "sigkill" in wanted:
        print(f"| sigkill | SIGKILL of the main process, 2 workers | {sigkill_probe(args.limit)} |||||", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
