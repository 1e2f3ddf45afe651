"""Kill `extract run` half-way through a big archive, finish it with --resume, check it.

    .venv/bin/python benchmarks/kill_resume.py --articles 100000 --layout jsonl --work /tmp/kr

Makes an N-article JSON Lines archive by repetition (`extract bench --archive`),
starts `extract run` on it, sends SIGTERM once half the articles have output,
reruns the same command with `--resume`, then checks that every article of
the archive has exactly one valid Document in the output, in input order for
the JSON Lines layout. Prints what happened at each step; exits 1 on a problem.
"""

from __future__ import annotations

import argparse
import json
import signal
import subprocess
import sys
import time
from pathlib import Path

from extract.schema import Document

EXTRACT = [sys.executable, "-m", "extract.cli"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--layout", choices=["jsonl", "directory"], default="jsonl")
    parser.add_argument("--work", type=Path, required=True, help="scratch directory")
    parser.add_argument("--kill-at", type=float, default=0.5, help="fraction done when SIGTERM is sent")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    archive = args.work / f"archive-{args.articles}.jsonl"
    if not archive.exists():
        subprocess.run([*EXTRACT, "bench", "--archive", str(args.articles), "-o", str(archive)], check=True)
    out = args.work / f"out-{args.layout}"
    target = ["--jsonl", str(out / "all.jsonl")] if args.layout == "jsonl" else ["-o", str(out)]
    command = [*EXTRACT, "run", str(archive), *target]

    started = time.monotonic()
    first = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    while first.poll() is None and count_outputs(out, args.layout) < args.kill_at * args.articles:
        time.sleep(1)
    first.send_signal(signal.SIGTERM)
    _, err = first.communicate()
    print(f"first run: exit {first.returncode} after {time.monotonic() - started:.0f} s, "
          f"{count_outputs(out, args.layout)} articles with output; stderr tail: {err.strip().splitlines()[-1:]}")
    leftovers = list(out.rglob("*.tmp"))
    print(f"temporary files left: {len(leftovers)}")

    resumed = subprocess.run([*command, "--resume"], stderr=subprocess.PIPE, text=True)
    print(f"resumed run: exit {resumed.returncode}; {resumed.stderr.strip().splitlines()[-1]}")
    expected = [json.loads(line)["doc_id"] for line in archive.open(encoding="utf-8")]
    found = output_ids(out, args.layout)
    problems = check(expected, found, args.layout) + (["temporary files left"] if leftovers else [])
    print("OK: every article once, valid" if not problems else "PROBLEMS: " + "; ".join(problems))
    return 1 if problems or resumed.returncode else 0


def count_outputs(out: Path, layout: str) -> int:
    if layout == "directory":
        return sum(1 for _ in out.glob("*.json")) if out.exists() else 0
    parts = out / ".all.jsonl.parts"
    return sum(path.read_bytes().count(b"\n") for path in parts.glob("part-*.jsonl")) if parts.exists() else 0


def output_ids(out: Path, layout: str) -> list[str]:
    """doc_ids of the output's valid Documents (file order for JSON Lines)."""
    if layout == "jsonl":
        lines = (out / "all.jsonl").open(encoding="utf-8")
        return [Document.model_validate_json(line).doc_id for line in lines]
    paths = [p for p in out.glob("*.json") if not p.name.startswith("_")]
    return [Document.model_validate_json(p.read_bytes()).doc_id for p in paths]


def check(expected: list[str], found: list[str], layout: str) -> list[str]:
    problems = []
    if len(found) != len(set(found)):
        problems.append(f"{len(found) - len(set(found))} duplicated")
    if missing := set(expected) - set(found):
        problems.append(f"{len(missing)} missing")
    if layout == "jsonl" and found != expected:
        problems.append("not in input order")
    return problems


if __name__ == "__main__":
    sys.exit(main())
