"""Nothing is downloaded at run time: the pipeline works with sockets blocked.

The block is a `sitecustomize.py` on PYTHONPATH, so it is in place before
anything is imported, in the test's subprocess and in every worker process
`extract run` starts. A library that catches the refusal and carries on
would hide the attempt, so every attempt is also counted and printed at exit.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from corpus_files import ARTICLES, ROOT, corpus_stems

BLOCK = '''
import atexit, socket, sys

_attempts = []


def _refuse(*args, **kwargs):
    _attempts.append(repr(args[1:2] or args[:1])[:80])
    raise OSError("network access blocked by test_no_network")


socket.socket.connect = socket.socket.connect_ex = _refuse
socket.create_connection = socket.getaddrinfo = _refuse
atexit.register(lambda: _attempts and print("NETWORK ATTEMPTS:", _attempts, file=sys.stderr))
'''

RUN_ONE = '''
import json, socket, sys
assert socket.create_connection.__name__ == "_refuse", "the block is not in place"
from extract import extract
text = open(sys.argv[1], encoding="utf-8", newline="").read()
document = extract(text, doc_id="offline")
print(json.dumps({"quantities": len(document.quantities), "facts": len(document.facts)}))
'''


@pytest.fixture()
def offline_env(tmp_path):
    (tmp_path / "sitecustomize.py").write_text(BLOCK)
    env = {key: value for key, value in os.environ.items() if not key.startswith(("HF_", "TRANSFORMERS_"))}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(tmp_path), env.get("PYTHONPATH")]))
    return env


def test_no_network_extract_runs_with_sockets_blocked(offline_env):
    article = ARTICLES / f"{corpus_stems()[0]}.txt"
    run = subprocess.run([sys.executable, "-c", RUN_ONE, str(article)], env=offline_env,
                         capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    assert "NETWORK ATTEMPTS" not in run.stderr, run.stderr
    counts = json.loads(run.stdout.strip().splitlines()[-1])
    assert counts["quantities"] > 0


def test_no_network_batch_workers_run_with_sockets_blocked(offline_env, tmp_path):
    output = tmp_path / "out"
    run = subprocess.run([sys.executable, "-m", "extract.cli", "run", str(ARTICLES), "-o", str(output),
                          "--workers", "2", "--quiet"],
                         env=offline_env, capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    assert "NETWORK ATTEMPTS" not in run.stderr, run.stderr
    assert set(corpus_stems()) <= {path.stem for path in output.glob("*.json")}


def test_no_network_block_catches_a_connection(offline_env):
    """The block itself works: a loopback connection attempt is refused and counted."""
    attempt = "import socket\ntry:\n    socket.create_connection(('127.0.0.1', 9), timeout=1)\nexcept OSError:\n    pass\n"
    run = subprocess.run([sys.executable, "-c", attempt], env=offline_env,
                         capture_output=True, text=True, timeout=60)
    assert "NETWORK ATTEMPTS" in run.stderr
