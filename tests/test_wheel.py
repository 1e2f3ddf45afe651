"""The built wheel is a package of its own: installed (not editable) into a
fresh virtual environment outside the checkout, it brings its rules, its
command and its spaCy components, and gives the checkout's output.

Everything installs from `.venv/wheels`, the lock's wheels that `make`
gathers, and the wheel is built with the lock's setuptools: no network.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from extract.cli import DISTRIBUTION

from corpus_files import ARTICLES, GOLD, ROOT, corpus_stems, read_text

WHEELS = ROOT / ".venv" / "wheels"
_SOURCES = ("pyproject.toml", "README.md", "src", "rules")

CHECK_INSTALLED = """
import json, sys, spacy, extract, extract.rules
nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": "extract.vi_syllables"}}})
nlp.add_pipe("vi_quantities")
doc = nlp("Kim ngạch xuất khẩu đạt hơn 8,3 tỷ USD.")
print(json.dumps({"module": extract.__file__, "rules": str(extract.rules.DEFAULT_RULES_DIR),
                  "quantities": [span.text for span in doc.spans["quantities"]]}))
"""


def run(command: list, cwd: Path, timeout: int = 600) -> subprocess.CompletedProcess:
    done = subprocess.run([str(part) for part in command], cwd=cwd, capture_output=True, text=True,
                          timeout=timeout)
    assert done.returncode == 0, f"{command}: {done.stderr[-2000:]}"
    return done


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """A fresh virtual environment with the wheel (and its dependencies) installed: its bin/."""
    if not (WHEELS / f"setuptools-{_locked('setuptools')}-py3-none-any.whl").is_file():
        pytest.fail(f"{WHEELS} lacks the lock's wheels: `make test` gathers them (see Makefile)")
    base = tmp_path_factory.mktemp("wheel")
    source = base / "source"  # a clean copy: no build/ or egg-info of the checkout gets in
    source.mkdir()
    for name in _SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, source / name, symlinks=True,
                            ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
        else:
            shutil.copy2(ROOT / name, source / name)
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check"]
    run([*pip, "wheel", "--quiet", "--no-deps", "--no-build-isolation", "--no-index", "-w", base / "dist", source],
        cwd=base)
    run([sys.executable, "-m", "venv", "--without-pip", base / "venv"], cwd=base)
    run([*pip, "--python", base / "venv" / "bin" / "python", "install", "--quiet", "--no-index",
         "--find-links", WHEELS, "--find-links", base / "dist", "-c", ROOT / "requirements.lock", DISTRIBUTION],
        cwd=base)
    return base / "venv" / "bin"


def _locked(name: str) -> str:
    lines = (ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines()
    return next(line.split("==")[1] for line in lines if line.startswith(f"{name}=="))


def test_wheel_holds_the_rules_and_runs_its_spacy_components_outside_the_checkout(installed, tmp_path):
    found = json.loads(run([installed / "python", "-c", CHECK_INSTALLED], cwd=tmp_path).stdout)
    venv = installed.parent
    assert Path(found["module"]).is_relative_to(venv)
    rules = Path(found["rules"])
    assert rules.is_relative_to(venv) and not rules.is_relative_to(ROOT)
    assert sorted(p.name for p in rules.glob("*.yaml")) == sorted(p.name for p in (ROOT / "rules").glob("*.yaml"))
    assert found["quantities"] == ["hơn 8,3 tỷ USD"]


def test_wheel_version_is_the_project_version(installed, tmp_path):
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    done = run([installed / "extract", "--version"], cwd=tmp_path)
    assert done.stdout == f"extract {project['version']} ({project['name']})\n"


def test_wheel_run_and_eval_on_the_corpus_give_the_checkout_output(installed, tmp_path, extractor):
    out = tmp_path / "out"
    run([installed / "extract", "run", ARTICLES, "-o", out, "--quiet"], cwd=tmp_path)
    for stem in corpus_stems():
        expected = extractor(read_text(ARTICLES / f"{stem}.txt"), doc_id=stem).to_json()
        assert (out / f"{stem}.json").read_text(encoding="utf-8") == expected, stem
    scores = run([installed / "extract", "eval", "--gold", GOLD, "--pred", out, "--json"], cwd=tmp_path)
    in_checkout = run([sys.executable, "-m", "extract.cli", "eval", "--gold", GOLD, "--pred", out, "--json"],
                      cwd=tmp_path)
    assert json.loads(scores.stdout) == json.loads(in_checkout.stdout)
    assert sorted(json.loads(scores.stdout)["per_article"]) == corpus_stems()
