"""`extract run` at scale: inputs, outputs, tables, failures, resume, kill."""

from __future__ import annotations

import csv
import io
import json
import re
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from extract.batch import work as batch_work
from extract.batch.inputs import DocIds, iter_items, measure_inputs, sanitize_doc_id
from extract.batch.merging import documents_in_order
from extract.batch.outputs import Destination, write_tables
from extract.batch.progress import Progress, Size, rich_bar
from extract.cli import main as cli_main
from extract.schema import FACT_TABLE_COLUMNS, Document

from corpus_files import ARTICLES, GOLD, ROOT, read_text

ROBUSTNESS_DATA = ROOT / "tests" / "data" / "robustness"

SHORT_TEXTS = [
    "Năm 2024, kim ngạch xuất khẩu của tỉnh Bình Dương ước đạt 34,5 tỷ USD.",
    "Trong 10 tháng, Nghệ An thu hút 1,2 tỷ USD vốn FDI.",
    "Chỉ số sản xuất công nghiệp tháng 5 tăng 8,5% so với cùng kỳ năm trước.",
]


def run(*args: str) -> int:
    """`extract run` in this process, one worker: no start-up cost."""
    return cli_main(["run", "--quiet", "--workers", "1", *args])


def run_fresh(*args: str) -> int:
    """`extract run` in a new interpreter: it loads the code as it is on disk
    now, as worker processes do (this session's modules may be older)."""
    command = [sys.executable, "-m", "extract.cli", "run", "--quiet", *args]
    return subprocess.run(command, cwd=ROOT, capture_output=True, timeout=600).returncode


def write_archive(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def short_records(count: int) -> list[dict]:
    return [{"doc_id": f"bai-{n:04d}", "text": f"{SHORT_TEXTS[n % 3]} Tin số {n}."} for n in range(count)]


def tree_bytes(directory: Path) -> dict[str, bytes]:
    """Every output file but the summary (which holds timings)."""
    return {p.name: p.read_bytes() for p in sorted(directory.iterdir()) if p.name != "_summary.json"}


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize(("raw", "safe"), [
    ("d01_nghe_an", "d01_nghe_an"),
    ("../../etc/passwd", "etc_passwd"),
    ("a/b\\c", "a_b_c"),
    ("Bình Dương: tháng 5/2024", "Bình_Dương_tháng_5_2024"),
    (".hidden", "hidden"),
    ("..", "doc"),
    ("", "doc"),
    ("x\x00y\nz", "x_y_z"),
    ("k" * 300, "k" * 120),
    ("ữ" * 90, "ữ" * 53),  # 120 characters but 270 bytes: 159 bytes kept
    ("con", "con_"),
    ("LPT1.txt", "LPT1.txt_"),
    ("Report", "Report_"),
])
def test_batch_sanitize_doc_id(raw, safe):
    assert sanitize_doc_id(raw) == safe


def test_batch_long_multibyte_and_reserved_doc_ids_give_file_names(tmp_path):
    """90 x `ữ` (under 120 characters, over 255 bytes as a file name) crashed the
    whole batch with `File name too long`, and --resume could never pass it."""
    archive = write_archive(tmp_path / "in.jsonl", [
        {"doc_id": "ữ" * 90, "text": SHORT_TEXTS[0]},
        {"doc_id": "ữ" * 90 + "khác", "text": SHORT_TEXTS[1]},
        {"doc_id": "CON", "text": SHORT_TEXTS[2]},
        {"doc_id": "report", "text": SHORT_TEXTS[0]},
    ])
    out = tmp_path / "out"
    assert run(str(archive), "-o", str(out), "--html") == 0
    views = sorted(p.name for p in out.glob("*.html"))
    assert len(views) == 4 and "report.html" not in views and "CON.html" not in views
    assert any(v.startswith("report_-") for v in views) and any(v.startswith("CON_-") for v in views)
    assert max(len(name.encode()) for name in views) < 200
    assert run(str(archive), "-o", str(out), "--html", "--resume") == 0
    summary = json.loads((out / "_summary.json").read_text(encoding="utf-8"))
    assert (summary["resumed"], summary["extracted"]) == (4, 0)


def test_batch_doc_ids_are_unique_safe_and_deterministic():
    raws = [("tin", "a:1"), ("tin", "a:2"), ("TIN", "a:3"), ("tin/1", "a:4"), ("tin_1", "a:5"),
            ("tin", "a:2")]
    first = [DocIds().assign(*pair) for pair in raws[:1]]
    ids = DocIds()
    assigned = [ids.assign(raw, source) for raw, source in raws]
    again = DocIds()
    assert [again.assign(raw, source) for raw, source in raws] == assigned
    assert assigned[0] == first[0] == "tin"
    assert len({a.casefold() for a in assigned}) == len(assigned)
    assert all("/" not in a and not a.startswith(".") for a in assigned)
    assert assigned[4] == "tin_1"  # an id that is already safe keeps its name


def test_batch_path_traversal_stays_inside_the_output(tmp_path):
    archive = write_archive(tmp_path / "in.jsonl", [
        {"doc_id": "../../thoat-ra", "text": SHORT_TEXTS[0]},
        {"doc_id": "/tmp/tuyet-doi", "text": SHORT_TEXTS[1]},
    ])
    out = tmp_path / "deep" / "out"
    assert run(str(archive), "-o", str(out)) == 0
    written = sorted(p.name for p in out.glob("*.json") if not p.name.startswith("_"))
    assert len(written) == 2
    assert all(name.startswith(("thoat-ra-", "tmp_tuyet-doi-")) for name in written)
    assert not list(tmp_path.glob("*.json")) and not list((tmp_path / "deep").glob("*.json"))
    for name in written:
        assert Document.model_validate_json((out / name).read_bytes()).doc_id == name[:-5]


def test_batch_directories_globs_and_files(tmp_path):
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    for index, text in enumerate(SHORT_TEXTS):
        (nested if index else tmp_path / "a").joinpath(f"tin{index}.txt").write_text(text, encoding="utf-8")
    (nested / "ghi-chu.md").write_text("không phải bài báo", encoding="utf-8")
    from_dir = [i.doc_id for i in iter_items([str(tmp_path / "a")])]
    from_glob = [i.doc_id for i in iter_items([str(tmp_path / "a" / "**" / "*.txt")])]
    from_file = [i.doc_id for i in iter_items([str(nested / "tin2.txt")])]
    assert from_dir == ["tin1", "tin2", "tin0"]  # sorted by path: a/b/... before a/tin0.txt
    assert sorted(from_glob) == ["tin0", "tin1", "tin2"]
    assert from_file == ["tin2"]


@pytest.mark.parametrize("spec", ["khong-co.txt", "khong-co/*.txt"])
def test_batch_missing_input_is_a_usage_error(tmp_path, spec, capsys):
    assert run(str(tmp_path / spec), "-o", str(tmp_path / "out")) == 2
    assert "khong-co" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_batch_jsonl_input_with_dates_and_bad_lines(tmp_path):
    archive = tmp_path / "luu-tru.jsonl"
    lines = [
        json.dumps({"doc_id": "co-ngay", "text": "Năm nay, xuất khẩu tăng 5%.", "date": "2025-11-01"},
                   ensure_ascii=False),
        "{không phải json",
        json.dumps({"doc_id": "khong-ngay", "text": SHORT_TEXTS[0]}, ensure_ascii=False),
        json.dumps({"doc_id": "thieu-text"}),
        json.dumps({"doc_id": "ngay-sai", "text": "x", "date": "2025-13-01"}),
        "",
    ]
    archive.write_text("\n".join(lines), encoding="utf-8")
    out = tmp_path / "out"
    assert run(str(archive), "-o", str(out), "--date", "2024-06-30") == 1
    assert json.loads((out / "co-ngay.json").read_text(encoding="utf-8"))["date"] == "2025-11-01"
    assert json.loads((out / "khong-ngay.json").read_text(encoding="utf-8"))["date"] == "2024-06-30"
    errors = read_jsonl(out / "errors.jsonl")
    assert [e["source"] for e in errors] == [f"{archive}:2", f"{archive}:4", f"{archive}:5"]
    assert "JSON" in errors[0]["error"] and "'text'" in errors[1]["error"] and "date" in errors[2]["error"]
    summary = json.loads((out / "_summary.json").read_text(encoding="utf-8"))
    assert (summary["articles"], summary["extracted"], summary["failed"]) == (5, 2, 3)


def test_batch_stdin_one_article(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.StringIO(SHORT_TEXTS[1]))
    assert run("-") == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert Document.model_validate_json(line).doc_id == "stdin"


def test_batch_stdin_json_lines_keep_order(monkeypatch, capsys):
    records = short_records(5)
    stream = io.StringIO("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    monkeypatch.setattr(sys, "stdin", stream)
    assert run("-") == 0
    documents = [Document.model_validate_json(line) for line in capsys.readouterr().out.splitlines()]
    assert [d.doc_id for d in documents] == [r["doc_id"] for r in records]


@pytest.mark.parametrize("layout", ["stdout", "files", "jsonl"])
def test_batch_only_stdout_runs_send_documents_back_from_workers(tmp_path, layout):
    """What a worker returns crosses a process boundary: with files it is
    only the counts, the document stays where the worker wrote it."""
    destination = {"stdout": Destination(),
                   "files": Destination(documents_dir=tmp_path, tables_dir=tmp_path),
                   "jsonl": Destination(jsonl=tmp_path / "all.jsonl", tables_dir=tmp_path)}[layout]
    destination.prepare(resume=False)
    item = next(iter_items([str(write_archive(tmp_path / "in.jsonl", short_records(1)))]))
    (outcome,) = batch_work.process_chunk(batch_work.Job(destination), [(0, item)])
    assert (outcome.status, outcome.facts) == (batch_work.DONE, 1)
    if layout == "stdout":
        assert Document.model_validate_json(outcome.line).facts[0].value.amount == 34.5e9
    else:
        assert outcome.line is None


def test_batch_bad_encoding_is_recorded_and_the_batch_goes_on(tmp_path):
    articles = tmp_path / "in"
    articles.mkdir()
    (articles / "a_tot.txt").write_text(SHORT_TEXTS[0], encoding="utf-8")
    (articles / "b_hong.txt").write_bytes("Xuất khẩu tăng".encode("utf-16"))
    (articles / "c_tot.txt").write_text(SHORT_TEXTS[1], encoding="utf-8")
    out = tmp_path / "out"
    assert run(str(articles), "-o", str(out)) == 1
    assert sorted(p.stem for p in out.glob("*.json") if not p.name.startswith("_")) == ["a_tot", "c_tot"]
    (error,) = read_jsonl(out / "errors.jsonl")
    assert error["doc_id"] == "b_hong"
    assert error["source"] == str(articles / "b_hong.txt")
    assert "b_hong.txt" in error["error"]


def test_batch_exception_in_the_pipeline_is_recorded(tmp_path, monkeypatch, extractor):
    def flaky(rules_dir, date):
        def extract(text, doc_id, **options):
            if "FDI" in text:
                raise ValueError("lỗi thử nghiệm")
            return extractor(text, doc_id=doc_id, **options)
        return extract

    monkeypatch.setattr(batch_work, "extractor_for", flaky)
    archive = write_archive(tmp_path / "in.jsonl", short_records(6))
    out = tmp_path / "out"
    (out).mkdir()
    (out / "bai-0001.json").write_text("cũ", encoding="utf-8")  # stale output of a failing article
    assert run(str(archive), "-o", str(out)) == 1
    errors = read_jsonl(out / "errors.jsonl")
    assert [e["doc_id"] for e in errors] == ["bai-0001", "bai-0004"]
    assert errors[0]["error"] == "ValueError: lỗi thử nghiệm"
    assert not (out / "bai-0001.json").exists()
    assert (out / "bai-0005.json").exists()


def gold_documents() -> list[Document]:
    return [Document.model_validate_json(p.read_bytes()) for p in sorted(GOLD.glob("*.json"))]


def test_batch_tables_have_one_row_per_fact(tmp_path):
    documents = gold_documents()
    totals = write_tables(documents, tmp_path)
    expected = [row for document in documents for row in document.facts_table()]
    assert totals.facts == len(expected) > 50
    with open(tmp_path / "facts.csv", encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert tuple(rows[0]) == FACT_TABLE_COLUMNS
    assert [r["doc_id"] for r in rows] == [e["doc_id"] for e in expected]
    assert [r["metric"] for r in rows] == [e["metric"] for e in expected]
    assert [float(r["amount"]) if r["amount"] else None for r in rows] == [e["amount"] for e in expected]

    import pyarrow.parquet as pq

    table = pq.read_table(tmp_path / "facts.parquet")
    assert table.column_names == list(FACT_TABLE_COLUMNS)
    assert table.to_pylist() == expected


def test_batch_tables_of_no_facts_still_have_columns(tmp_path):
    import pyarrow.parquet as pq

    assert write_tables([Document(doc_id="rong")], tmp_path).facts == 0
    assert (tmp_path / "facts.csv").read_text(encoding="utf-8") == ",".join(FACT_TABLE_COLUMNS) + "\n"
    assert pq.read_table(tmp_path / "facts.parquet").column_names == list(FACT_TABLE_COLUMNS)


def test_batch_resume_keeps_valid_outputs_and_redoes_the_rest(tmp_path):
    """Gold documents stand in for an earlier run: resumed, never recomputed,
    and their facts reach the tables."""
    out = tmp_path / "out"
    out.mkdir()
    stems = sorted(p.stem for p in GOLD.glob("*.json"))
    for stem in stems:
        shutil.copy(GOLD / f"{stem}.json", out / f"{stem}.json")
    (out / f"{stems[0]}.json").write_text('{"doc_id": "hỏng', encoding="utf-8")  # cut short
    (out / f"{stems[1]}.json").unlink()
    (out / f".{stems[2]}.json.123.tmp").write_text("{", encoding="utf-8")  # left by a kill
    assert run(str(ARTICLES), "-o", str(out), "--resume") == 0
    summary = json.loads((out / "_summary.json").read_text(encoding="utf-8"))
    assert (summary["resumed"], summary["extracted"]) == (len(stems) - 2, 2)
    assert not list(out.glob(".*"))
    with open(out / "facts.csv", encoding="utf-8", newline="") as stream:
        table_ids = [row["doc_id"] for row in csv.DictReader(stream)]
    kept = [d for d in gold_documents() if d.doc_id not in stems[:2]]
    assert {i for i in table_ids} >= {d.doc_id for d in kept if d.facts}
    assert summary["facts"] >= sum(len(d.facts) for d in kept)
    for stem in stems[:2]:
        assert Document.model_validate_json((out / f"{stem}.json").read_bytes()).doc_id == stem


def test_batch_jsonl_output_holds_the_same_documents_in_input_order(tmp_path):
    archive = write_archive(tmp_path / "in.jsonl", short_records(40))
    assert run(str(archive), str(ARTICLES), "-o", str(tmp_path / "dir"), "--chunk-size", "3") == 0
    assert run(str(archive), str(ARTICLES), "--jsonl", str(tmp_path / "j" / "all.jsonl"),
               "--chunk-size", "3") == 0
    lines = (tmp_path / "j" / "all.jsonl").read_text(encoding="utf-8").splitlines()
    order = [i.doc_id for i in iter_items([str(archive), str(ARTICLES)])]
    assert [json.loads(line)["doc_id"] for line in lines] == order
    for line in lines:
        document = Document.model_validate_json(line)
        assert (tmp_path / "dir" / f"{document.doc_id}.json").read_text(encoding="utf-8") == document.to_json()
    assert (tmp_path / "j" / "facts.csv").read_bytes() == (tmp_path / "dir" / "facts.csv").read_bytes()
    assert not (tmp_path / "j" / ".all.jsonl.parts").exists()


def test_batch_jsonl_parts_merge_in_input_order_each_article_once(tmp_path):
    """Parts of a killed run, a retried article's own part, a duplicate and a
    torn line merge into one file in input order."""
    destination = Destination(jsonl=tmp_path / "all.jsonl", tables_dir=tmp_path)
    destination.prepare(resume=False)
    ids = [f"bai-{n}" for n in range(8)]

    def write_part(first, last, numbers, tail=""):
        lines = "".join(Document(doc_id=ids[n]).model_dump_json() + "\n" for n in numbers)
        destination.part_path(first, last).write_text(lines + tail, encoding="utf-8")

    write_part(4, 7, [4, 5, 7])
    write_part(0, 2, [0, 2], tail='{"doc_id": "bai-1", "quanti')
    write_part(1, 1, [1])
    write_part(3, 6, [3, 6, 7])
    merged = [document.doc_id for document in documents_in_order(destination, {i: n for n, i in enumerate(ids)})]
    assert merged == ids
    assert [json.loads(line)["doc_id"] for line in (tmp_path / "all.jsonl").read_text().splitlines()] == ids
    assert not destination.parts_dir.exists()


@pytest.mark.parametrize("resume", [False, True])
def test_batch_jsonl_rerun_replaces_the_earlier_file(tmp_path, resume):
    """Without --resume the earlier file's documents are all replaced; with
    it they are kept (and not recomputed) for the articles still in the input."""
    records = short_records(3)
    archive = write_archive(tmp_path / "in.jsonl", records)
    target = tmp_path / "all.jsonl"
    stale = [Document(doc_id="bai-0001"), Document(doc_id="bai-cu")]  # no quantities: easy to spot
    target.write_text("".join(d.model_dump_json() + "\n" for d in stale), encoding="utf-8")
    assert run(str(archive), "--jsonl", str(target), *(["--resume"] if resume else [])) == 0
    documents = [Document.model_validate_json(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert [d.doc_id for d in documents] == [r["doc_id"] for r in records]
    assert bool(documents[1].quantities) is not resume
    assert all(d.quantities for d in (documents[0], documents[2]))


def test_batch_worker_processes_give_the_single_process_bytes(tmp_path):
    archive = write_archive(tmp_path / "in.jsonl", short_records(30))
    assert run_fresh("--workers", "1", str(archive), str(ARTICLES), "-o", str(tmp_path / "one")) == 0
    assert run_fresh("--workers", "2", "--chunk-size", "4", str(archive), str(ARTICLES),
                     "-o", str(tmp_path / "two")) == 0
    assert tree_bytes(tmp_path / "one") == tree_bytes(tmp_path / "two")


def test_batch_progress_plain_line_counts_bytes_and_articles():
    progress = Progress(Size(articles=200, bytes=4_000_000), stream=io.StringIO())
    progress.advance(50, 1_000_000)
    assert progress.line(progress.started + 10.0) == \
        "1.0/4.0 MB (25%), 50/200 articles, 0.10 MB/s, 0:00:10 elapsed, ETA 0:00:30"
    from_stdin = Progress(Size(None, None))
    from_stdin.advance(3, 1_500_000)
    assert from_stdin.line(from_stdin.started + 1) == "1.5 MB, 3 articles, 1.50 MB/s, 0:00:01 elapsed"


def test_batch_progress_bar_of_one_big_article_shows_its_megabytes():
    """One 5 MB article: the bar shows 0.0/5.0 MB and the time running, not 0/1 at 0.0 articles/s."""
    from rich.console import Console

    bar = rich_bar(io.StringIO())
    bar.add_task("extract", total=5_000_000, articles="0/1 articles")
    screen = Console(file=io.StringIO(), width=160, record=True)
    screen.print(bar.get_renderable())
    shown = screen.export_text()
    assert "0.0/5.0 MB" in shown and "0/1 articles" in shown and "0:00:00" in shown
    assert "articles/s" not in shown


def test_batch_progress_lines_go_on_while_one_article_is_extracted():
    """Plain lines come from a thread of their own: no article needs to finish for the next one."""
    stream = io.StringIO()
    with Progress(Size(articles=1, bytes=5_000_000), stream=stream, every=0.05):
        time.sleep(0.3)  # one 5 MB article being extracted
    lines = stream.getvalue().splitlines()
    assert len(lines) >= 2
    assert all(line.startswith("0.0/5.0 MB (0%), 0/1 articles, 0.00 MB/s, 0:00:00 elapsed") for line in lines)


def test_batch_run_measures_its_input_in_bytes(tmp_path):
    archive = write_archive(tmp_path / "in.jsonl", short_records(3))
    article = tmp_path / "bai.txt"
    article.write_text(SHORT_TEXTS[0], encoding="utf-8")
    size = measure_inputs([str(archive), str(article)])
    assert size == Size(articles=4, bytes=archive.stat().st_size + article.stat().st_size)
    assert sum(item.size for item in iter_items([str(archive), str(article)])) == size.bytes


def _wait_for(condition, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.005)
    return False


def _send(process: subprocess.Popen, how: str) -> None:
    if how == "ctrl-c":  # the terminal sends SIGINT to the whole process group, workers included
        os.killpg(process.pid, signal.SIGINT)
    else:
        process.send_signal(signal.SIGTERM)


@pytest.mark.parametrize(("layout", "how"), [("directory", "sigterm"), ("jsonl", "sigterm"),
                                             ("jsonl", "ctrl-c")])
def test_batch_interrupt_then_resume_loses_and_duplicates_nothing(tmp_path, layout, how):
    """The first run reads the archive's first half from a pipe that stays
    open, so it is surely still running when interrupted; the rerun reads the
    whole archive with --resume."""
    records = short_records(300)
    archive = write_archive(tmp_path / "in.jsonl", records)
    out = tmp_path / "out"
    target = ["-o", str(out)] if layout == "directory" else ["--jsonl", str(out / "all.jsonl")]
    command = [sys.executable, "-m", "extract.cli", "run", "-", *target, "--workers", "2", "--chunk-size", "1"]
    with open(tmp_path / "stderr.txt", "w+", encoding="utf-8") as err:
        started = subprocess.Popen(command, cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                                   stderr=err, text=True, start_new_session=True)
        started.stdin.write("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records[:150]))
        started.stdin.flush()
        written = (lambda: any(out.glob("bai-*.json"))) if layout == "directory" else (
            lambda: any(out.glob(".all.jsonl.parts/part-*")))
        assert _wait_for(written, timeout=120)
        _send(started, how)
        assert started.wait(timeout=120) == 130
        started.stdin.close()
        err.seek(0)
        assert "--resume" in err.read()
    assert not list(out.rglob("*.tmp"))
    finished_first = _finished(out, layout)
    assert 0 < len(finished_first) <= 150

    assert run(str(archive), *target, "--resume") == 0
    summary = json.loads((out / "_summary.json").read_text(encoding="utf-8"))
    assert summary["resumed"] == len(finished_first)
    assert summary["resumed"] + summary["extracted"] == len(records)
    assert _finished(out, layout) == [r["doc_id"] for r in records]


def _finished(out: Path, layout: str) -> list[str]:
    """doc_ids of the valid outputs (order of the JSON Lines file; sorted files)."""
    if layout == "directory":
        return sorted(Document.model_validate_json(p.read_bytes()).doc_id for p in out.glob("bai-*.json"))
    final = out / "all.jsonl"
    sources = [final] if final.exists() else sorted(out.glob(".all.jsonl.parts/part-*.jsonl"))
    ids = [Document.model_validate_json(line).doc_id
           for source in sources for line in source.read_text(encoding="utf-8").splitlines()]
    return ids if final.exists() else sorted(ids)


def test_batch_encoding_option_converts_a_legacy_file(tmp_path):
    """Without --encoding a Windows-1258 article is reported; with it, extracted."""
    source = ROBUSTNESS_DATA / "windows1258.txt"
    refused = _run_extract(tmp_path / "refused", source)
    assert refused.returncode == 1
    assert "1258" in (tmp_path / "refused" / "errors.jsonl").read_text(encoding="utf-8")
    converted = _run_extract(tmp_path / "converted", source, "--encoding", "cp1258")
    assert converted.returncode == 0, converted.stderr
    document = Document.model_validate_json((tmp_path / "converted" / "windows1258.json").read_text("utf-8"))
    assert document.quantities, "the converted article has its figures"


def test_batch_html_option_writes_each_article_view(tmp_path):
    result = _run_extract(tmp_path / "out", ARTICLES / "d02_lam_dong.txt", "--html")
    assert result.returncode == 0, result.stderr
    page = (tmp_path / "out" / "d02_lam_dong.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "Lâm Đồng" in page
    refused = subprocess.run([sys.executable, "-m", "extract.cli", "run", str(ARTICLES / "d02_lam_dong.txt"),
                              "--html", "--quiet"], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert refused.returncode == 2 and "--html needs --output" in refused.stderr


def _run_extract(output: Path, source: Path, *options: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "extract.cli", "run", str(source), "-o", str(output),
                           "--workers", "1", "--quiet", *options],
                          capture_output=True, text=True, cwd=ROOT, timeout=300)


def test_batch_names_each_failed_file_on_stderr_too(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(ARTICLES / "d02_lam_dong.txt", inputs)
    shutil.copy(ROBUSTNESS_DATA / "binary.txt", inputs)
    shutil.copy(ROBUSTNESS_DATA / "vni.txt", inputs)
    result = subprocess.run([sys.executable, "-m", "extract.cli", "run", str(inputs), "-o", str(tmp_path / "out"),
                             "--workers", "1", "--quiet"], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert errors == [f"error: {inputs / 'binary.txt'}: a binary file (it contains NUL bytes), not a text article",
                      f"error: {inputs / 'vni.txt'}: not UTF-8: looks like VNI-Windows (legacy Vietnamese "
                      "encoding); convert it to UTF-8 or pass --encoding vni"]
    assert (tmp_path / "out" / "d02_lam_dong.json").exists()


CUMULATIVE_AND_NOT = ("date 2024-06-15\nLũy kế đến hết tháng 5/2024, tỉnh Vĩnh Phúc có 472 dự án FDI với tổng vốn "
                      "hơn 8,3 tỷ USD. Năm 2023, kim ngạch xuất khẩu của tỉnh đạt 34,5 tỷ USD.")


@pytest.mark.parametrize("excel", [False, True])
def test_batch_facts_csv_columns_booleans_and_excel(tmp_path, excel):
    archive = write_archive(tmp_path / "luu-tru.jsonl", [{"doc_id": "vinh-phuc", "text": CUMULATIVE_AND_NOT}])
    out = tmp_path / "out"
    assert run(str(archive), "-o", str(out), *(["--excel"] if excel else [])) == 0
    data = (out / "facts.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") is excel
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert tuple(rows[0]) == FACT_TABLE_COLUMNS
    assert [(r["metric"], r["cumulative"]) for r in rows] == [
        ("fdi_projects", "true"), ("fdi_capital", "true"), ("export_value", "false")]
    assert {(r["doc_id"], r["source"], r["date"]) for r in rows} == {("vinh-phuc", f"{archive}:1", "2024-06-15")}
    for row in rows:
        assert CUMULATIVE_AND_NOT[int(row["evidence_start"]):int(row["evidence_end"])] == row["evidence_text"]
    assert rows[2]["evidence_text"] == "Năm 2023, kim ngạch xuất khẩu của tỉnh đạt 34,5 tỷ USD."

    import pyarrow.parquet as pq

    table = pq.read_table(out / "facts.parquet").to_pylist()
    assert [(r["cumulative"], r["source"], r["evidence_text"]) for r in table] == \
        [(r["cumulative"] == "true", r["source"], r["evidence_text"]) for r in rows]


def test_batch_every_facts_table_column_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("### facts.csv")
    section = readme[start:readme.index("\n#", start + 1)]
    first_cells = [line.split("|")[1] for line in section.splitlines() if line.startswith("| `")]
    documented = [name for cell in first_cells for name in cell.split("`")[1::2]]
    assert documented == list(FACT_TABLE_COLUMNS)


def test_batch_non_utf8_file_names_are_reported_readably(tmp_path):
    """A file name that is not UTF-8 crashed the run while writing errors.jsonl."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    bad = os.fsencode(inputs) + b"/bai\xff.txt"
    with open(bad, "wb") as handle:
        handle.write((ROBUSTNESS_DATA / "binary.txt").read_bytes())
    with open(os.fsencode(inputs) + b"/tot\xfe.txt", "wb") as handle:
        handle.write((ARTICLES / "d01_nghe_an.txt").read_bytes())
    out = tmp_path / "out"
    result = _run_extract(out, inputs)
    assert result.returncode == 1, result.stderr
    (error,) = read_jsonl(out / "errors.jsonl")
    assert error["source"] == f"{inputs}/bai\\xff.txt"
    assert error["error"] == f"{inputs}/bai\\xff.txt: a binary file (it contains NUL bytes), not a text article"
    assert f"error: {inputs}/bai\\xff.txt: a binary file" in result.stderr
    (document,) = [p for p in out.glob("tot*.json")]
    assert Document.model_validate_json(document.read_bytes()).facts
    with open(out / "facts.csv", encoding="utf-8", newline="") as handle:
        assert {row["source"] for row in csv.DictReader(handle)} == {f"{inputs}/tot\\xfe.txt"}


def test_batch_jsonl_with_a_byte_order_mark_and_raw_carriage_returns(tmp_path):
    """A BOM lost the first record; a raw CR inside a line split it in two and
    shifted every later line number."""
    records = [json.dumps(r, ensure_ascii=False) for r in short_records(3)]
    broken = records[1][:-1] + ', "note": "dòng\rhai"}'  # a raw CR inside a string: invalid JSON
    archive = tmp_path / "bom.jsonl"
    archive.write_bytes(("\ufeff" + "\n".join([records[0], broken, records[2]]) + "\n").encode("utf-8"))
    items = list(iter_items([str(archive)]))
    assert [(i.doc_id, i.source, i.error is None) for i in items] == [
        ("bai-0000", f"{archive}:1", True), ("bai-0001", f"{archive}:2", False), ("bai-0002", f"{archive}:3", True)]
    assert "Invalid control character" in items[1].error
    out = tmp_path / "out"
    assert run(str(archive), "-o", str(out)) == 1
    assert read_jsonl(out / "errors.jsonl") == [
        {"doc_id": "bai-0001", "source": f"{archive}:2", "error": items[1].error}]
    assert sorted(p.stem for p in out.glob("bai-*.json")) == ["bai-0000", "bai-0002"]


def test_batch_bad_record_is_reported_under_its_own_doc_id(tmp_path):
    archive = write_archive(tmp_path / "in.jsonl", [{"doc_id": "thieu-text"}, {"doc_id": ["a"], "text": "x"}])
    out = tmp_path / "out"
    assert run(str(archive), "-o", str(out)) == 1
    assert [e["doc_id"] for e in read_jsonl(out / "errors.jsonl")] == ["thieu-text", "in-line2"]


@pytest.mark.parametrize("opening", ["\n", "\r\n\n", "\ufeff"])
def test_batch_stdin_json_lines_after_blank_lines_or_a_bom(opening):
    """A leading blank line made standard input one article instead of JSON Lines."""
    records = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in short_records(2))
    result = subprocess.run([sys.executable, "-m", "extract.cli", "run", "-", "--quiet", "--workers", "1"],
                            input=(opening + records).encode("utf-8"), capture_output=True, cwd=ROOT, timeout=300)
    assert result.returncode == 0, result.stderr
    assert [json.loads(line)["doc_id"] for line in result.stdout.splitlines()] == ["bai-0000", "bai-0001"]


@pytest.mark.parametrize("layout", ["files", "jsonl"])
def test_batch_resume_keys_do_not_depend_on_how_the_input_is_spelled(tmp_path, monkeypatch, layout):
    """Repeated doc_ids got a suffix hashed from `path:line` as spelled, so
    `./a.jsonl` then `/abs/a.jsonl` gave new names and left stale copies."""
    monkeypatch.chdir(tmp_path)
    records = short_records(3) + [{"doc_id": "bai-0001", "text": SHORT_TEXTS[2]}]
    write_archive(tmp_path / "a.jsonl", records)
    (tmp_path / "bai").mkdir()
    (tmp_path / "bai" / "bai-0000.txt").write_text(SHORT_TEXTS[1], encoding="utf-8")
    target = ["--jsonl", "out/all.jsonl"] if layout == "jsonl" else ["-o", "out"]
    assert run("./a.jsonl", "bai", *target) == 0
    first = sorted((tmp_path / "out").iterdir())
    assert run(str(tmp_path / "a.jsonl"), str(tmp_path / "bai") + "/", *target, "--resume") == 0
    summary = json.loads((tmp_path / "out" / "_summary.json").read_text(encoding="utf-8"))
    assert (summary["resumed"], summary["extracted"]) == (5, 0)
    assert sorted((tmp_path / "out").iterdir()) == first
    ids = [i.doc_id for i in iter_items(["a.jsonl", "bai"])]
    assert ids == [i.doc_id for i in iter_items([str(tmp_path / "a.jsonl"), "./bai/"])]
    assert len(set(ids)) == 5


@pytest.mark.parametrize("resume", [False, True])
def test_batch_jsonl_parts_never_go_through_a_link(tmp_path, resume):
    """A `.<name>.parts` link made --jsonl write parts into, and delete `.tmp`
    files from, the directory it led to."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    planted = {".x.jsonl.tmp": "giữ", "part-0000000000-0000000001.jsonl": "giữ nữa"}
    for name, content in planted.items():
        (elsewhere / name).write_text(content, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / ".all.jsonl.parts").symlink_to(elsewhere, target_is_directory=True)
    archive = write_archive(tmp_path / "in.jsonl", short_records(3))
    assert run(str(archive), "--jsonl", str(out / "all.jsonl"), *(["--resume"] if resume else [])) == 0
    assert {p.name: p.read_text(encoding="utf-8") for p in elsewhere.iterdir()} == planted
    assert [d["doc_id"] for d in read_jsonl(out / "all.jsonl")] == ["bai-0000", "bai-0001", "bai-0002"]
    assert not (out / ".all.jsonl.parts").exists()


def test_batch_links_planted_at_output_names_are_replaced_not_followed(tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    names = ["bai-0000.json", "bai-0001.html", "facts.csv", "errors.jsonl", "_summary.json", ".x.json.tmp"]
    for name in names:
        (elsewhere / name).write_text("giữ nguyên", encoding="utf-8")
        (out / name).symlink_to(elsewhere / name)
    archive = write_archive(tmp_path / "in.jsonl", short_records(2))
    assert run(str(archive), "-o", str(out), "--html") == 0
    assert all((elsewhere / name).read_text(encoding="utf-8") == "giữ nguyên" for name in names)
    assert not any(p.is_symlink() for p in out.iterdir())
    assert Document.model_validate_json((out / "bai-0000.json").read_bytes()).doc_id == "bai-0000"


def test_batch_workers_die_with_a_killed_main_process(tmp_path):
    """Workers outlived a SIGKILLed main process (about 135 MB each, for as long as watched)."""
    import psutil

    archive = write_archive(tmp_path / "in.jsonl", short_records(400))
    command = [sys.executable, "-m", "extract.cli", "run", str(archive), "-o", str(tmp_path / "out"),
               "--workers", "2", "--chunk-size", "1", "--quiet"]
    main = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        assert _wait_for(lambda: any((tmp_path / "out").glob("bai-*.json")), timeout=120)
        workers = psutil.Process(main.pid).children(recursive=True)
        assert len(workers) >= 2
    finally:
        main.kill()
        main.wait(timeout=60)
    assert _wait_for(lambda: not any(w.is_running() and w.status() != psutil.STATUS_ZOMBIE for w in workers),
                     timeout=10), [w.pid for w in workers if w.is_running()]


# ---------------------------------------------------------------- limits per article


def _long_article(path: Path, size: int) -> Path:
    """Corpus articles one after another, `size` characters in all."""
    corpus = "\n".join(read_text(p) for p in sorted(ARTICLES.glob("*.txt")))
    path.write_text((corpus * (size // len(corpus) + 1))[:size], encoding="utf-8")
    return path


def test_batch_article_over_max_chars_is_reported_and_the_batch_goes_on(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(ARTICLES / "d01_nghe_an.txt", inputs / "a_ngan.txt")
    long = _long_article(inputs / "b_dai.txt", 30_000)
    archive = write_archive(tmp_path / "in.jsonl", [{"doc_id": "ban-ghi-dai", "text": long.read_text("utf-8")},
                                                    {"doc_id": "ban-ghi-ngan", "text": SHORT_TEXTS[0]}])
    out = tmp_path / "out"
    assert run(str(inputs), str(archive), "-o", str(out), "--max-chars", "20000") == 1
    assert read_jsonl(out / "errors.jsonl") == [
        {"doc_id": "b_dai", "source": str(long),
         "error": f"{long}: 30,000 characters, over --max-chars 20,000; raise it or split the article"},
        {"doc_id": "ban-ghi-dai", "source": f"{archive}:1",
         "error": f"{archive}:1: 30,000 characters, over --max-chars 20,000; raise it or split the article"}]
    assert sorted(p.stem for p in out.glob("[!_]*.json")) == ["a_ngan", "ban-ghi-ngan"]
    size = long.stat().st_size
    assert run(str(long), "-o", str(out), "--max-chars", "5000") == 1
    assert read_jsonl(out / "errors.jsonl")[0]["error"] == (
        f"{long}: {size:,} bytes, more characters than --max-chars 5,000; raise it or split the article")


@pytest.mark.parametrize("workers", ["1", "2"])
def test_batch_article_over_its_time_budget_is_reported_and_the_batch_goes_on(tmp_path, workers):
    inputs = tmp_path / "in"
    inputs.mkdir()
    long = _long_article(inputs / "a_dai.txt", 100_000)  # seconds of CPU time
    shutil.copy(ARTICLES / "d01_nghe_an.txt", inputs / "b_ngan.txt")
    out = tmp_path / "out"
    result = _run_extract(out, inputs, "--workers", workers, "--chunk-size", "1", "--article-timeout", "0.5")
    assert result.returncode == 1, result.stderr
    (error,) = read_jsonl(out / "errors.jsonl")
    assert (error["doc_id"], error["source"]) == ("a_dai", str(long))
    assert re.fullmatch(r"over the time budget of 0\.5 s per article( \(in \w+\))?; "
                        r"raise --article-timeout or split the article", error["error"]), error
    assert f"error: {long}: over the time budget of 0.5 s per article" in result.stderr
    assert [p.stem for p in out.glob("[!_]*.json")] == ["b_ngan"]


@pytest.mark.parametrize("workers", ["1", "2"])
def test_batch_sigterm_stops_within_seconds_whatever_an_article_is_doing(tmp_path, workers):
    """An article that takes long (here 2 million characters, no limits) made
    SIGTERM wait for it to finish."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(ARTICLES / "d01_nghe_an.txt", inputs / "a_ngan.txt")
    _long_article(inputs / "b_dai.txt", 2_000_000)
    out = tmp_path / "out"
    command = [sys.executable, "-m", "extract.cli", "run", str(inputs), "-o", str(out), "--quiet",
               "--workers", workers, "--chunk-size", "1", "--article-timeout", "0", "--max-chars", "0"]
    started = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    assert _wait_for(lambda: (out / "a_ngan.json").exists(), timeout=120)
    time.sleep(0.5)  # the long article is being read and extracted
    sent = time.monotonic()
    started.send_signal(signal.SIGTERM)
    assert started.wait(timeout=60) == 130
    assert time.monotonic() - sent < 5
    assert "interrupted after 1 articles" in started.stderr.read()
    assert sorted(p.name for p in out.iterdir()) == ["a_ngan.json"]


# ---------------------------------------------------------------- a full disk


def _limited_file_size(limit: int):
    """For a child process: files may grow to `limit` bytes, past it a write
    fails with EFBIG (a quota, as a full disk fails with ENOSPC)."""
    import resource

    def limit_files() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # the error, not the signal that kills
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return limit_files


def _run_limited(limit: int, *args: str) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "extract.cli", "run", "--quiet", "--workers", "1", *args]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600,
                          preexec_fn=_limited_file_size(limit))


def test_batch_full_disk_is_one_line_with_the_tables_of_what_finished(tmp_path):
    """A full disk gave a 50-line traceback and no tables or summary."""
    records = short_records(12)
    records.insert(6, {"doc_id": "qua-lon", "text": _long_article(tmp_path / "dai.txt", 60_000).read_text("utf-8")})
    archive = write_archive(tmp_path / "in.jsonl", records)
    out = tmp_path / "out"
    result = _run_limited(100_000, str(archive), "-o", str(out), "--chunk-size", "1")
    assert result.returncode == 1
    assert result.stderr.splitlines()[0] == (
        f"error: cannot write {out}/qua-lon.json: File too large; the run stopped there, the tables hold "
        "what finished before: free some space and rerun with --resume")
    assert "Traceback" not in result.stderr and not list(out.glob(".*.tmp"))
    with open(out / "facts.csv", encoding="utf-8", newline="") as handle:
        assert {row["doc_id"] for row in csv.DictReader(handle)} == {f"bai-{n:04d}" for n in range(6)}
    assert json.loads((out / "_summary.json").read_text(encoding="utf-8"))["extracted"] == 6
    assert run(str(archive), "-o", str(out), "--resume") == 0
    assert len(list(out.glob("[!_]*.json"))) == 13


def test_batch_full_disk_while_merging_json_lines_then_resume(tmp_path):
    """The merge stops at the full disk, keeps every document in its parts or
    in the merge so far, and --resume finishes it."""
    archive = write_archive(tmp_path / "in.jsonl", short_records(300))
    target = tmp_path / "out" / "all.jsonl"
    result = _run_limited(60_000, str(archive), "--jsonl", str(target), "--chunk-size", "10")
    assert result.returncode == 1, result.stderr
    assert result.stderr.splitlines()[0] == (
        f"error: cannot write {target}: File too large; every article was extracted, but the tables are "
        "not written: free some space and rerun with --resume to write them")
    assert not target.exists() and (tmp_path / "out" / ".all.jsonl.parts" / "merged.jsonl").is_file()
    assert run(str(archive), "--jsonl", str(target), "--resume") == 0
    assert [d["doc_id"] for d in read_jsonl(target)] == [f"bai-{n:04d}" for n in range(300)]
    assert json.loads((tmp_path / "out" / "_summary.json").read_text(encoding="utf-8"))["resumed"] == 300


def _parts_of(tmp_path: Path, per_part: int, parts: int) -> tuple[Destination, dict[str, int], int]:
    """A JSON Lines destination whose parts hold the gold documents, many times."""
    destination = Destination(jsonl=tmp_path / "all.jsonl", tables_dir=tmp_path)
    destination.prepare(resume=False)
    gold = gold_documents()
    order = {}
    for part in range(parts):
        first = part * per_part
        lines = []
        for index in range(first, first + per_part):
            document = gold[index % len(gold)].model_copy(update={"doc_id": f"bai-{index:05d}"})
            order[document.doc_id] = index
            lines.append(document.model_dump_json() + "\n")
        destination.part_path(first, first + per_part - 1).write_text("".join(lines), encoding="utf-8")
    size = sum(p.stat().st_size for p in destination.parts_dir.iterdir())
    return destination, order, size


def _bytes_in(directory: Path) -> int:
    return sum(p.stat().st_size for p in directory.iterdir()) if directory.is_dir() else 0


def test_batch_jsonl_merge_needs_no_second_copy_and_survives_a_stop(tmp_path, monkeypatch):
    """The merge copied everything while the parts still existed: twice the
    output's size, so even --resume could not finish on a fuller disk."""
    from extract.batch import merging

    destination, order, size = _parts_of(tmp_path, per_part=10, parts=30)
    part_size = max(p.stat().st_size for p in destination.parts_dir.iterdir())
    monkeypatch.setattr(merging, "_DELETE_EVERY_BYTES", 3 * part_size)
    documents = documents_in_order(destination, order)
    peak = 0
    for count, _ in enumerate(documents, start=1):
        peak = max(peak, _bytes_in(destination.parts_dir))
        if count == 170:
            break
    documents.close()  # stopped there (a full disk, a kill)
    assert peak <= size + 4 * part_size, (peak, size)
    merged = destination.parts_dir / merging.MERGED_NAME
    left = list(destination.parts_dir.glob("part-*.jsonl"))
    assert 0 < len(left) < 30
    kept = {d.doc_id for source in [merged, *left] for _, d in merging.valid_lines(source)}
    assert kept == set(order)  # nothing lost
    resumed = [d.doc_id for d in documents_in_order(destination, order, resume=True)]
    assert resumed == sorted(order, key=order.get)
    assert [json.loads(line)["doc_id"] for line in destination.jsonl.read_text().splitlines()] == resumed
    assert not destination.parts_dir.exists()


def test_batch_jsonl_resume_appends_to_a_finished_file_without_copying_it(tmp_path):
    destination, order, _ = _parts_of(tmp_path, per_part=10, parts=6)
    assert len(list(documents_in_order(destination, order))) == 60
    inode = destination.jsonl.stat().st_ino
    destination.prepare(resume=True)
    later = gold_documents()[0].model_copy(update={"doc_id": "bai-00060"})
    destination.part_path(60, 60).write_text(later.model_dump_json() + "\n", encoding="utf-8")
    ids = [d.doc_id for d in documents_in_order(destination, {**order, "bai-00060": 60}, resume=True)]
    assert ids == [f"bai-{n:05d}" for n in range(61)]
    assert destination.jsonl.stat().st_ino == inode  # the same file, appended to


def _small_disk_available() -> bool:
    probe = subprocess.run(["unshare", "--user", "--map-root-user", "--mount", "true"], capture_output=True)\
        if shutil.which("unshare") else None
    return probe is not None and probe.returncode == 0


@pytest.mark.skipif(not _small_disk_available(), reason="needs unshare to mount a small tmpfs as a user")
def test_batch_really_full_disk_stops_with_one_line_and_the_tables(tmp_path):
    """The same on a 512 KB file system that fills up (ENOSPC), in a mount namespace of its own."""
    records = short_records(20)
    records.insert(10, {"doc_id": "qua-lon", "text": _long_article(tmp_path / "dai.txt", 300_000).read_text("utf-8")})
    archive = write_archive(tmp_path / "in.jsonl", records)
    disk, copy = tmp_path / "disk", tmp_path / "copy"
    disk.mkdir()
    script = ('mount -t tmpfs -o size=512k tmpfs "$1" && shift 2 && "$@"; status=$?; '
              'cp -a "$DISK/." "$COPY"; exit $status')
    command = ["unshare", "--user", "--map-root-user", "--mount", "sh", "-c", script, "sh", str(disk), "--",
               sys.executable, "-m", "extract.cli", "run", "--quiet", "--workers", "1", "--chunk-size", "1",
               str(archive), "-o", str(disk / "out")]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600,
                            env={**os.environ, "DISK": str(disk), "COPY": str(copy)})
    assert result.returncode == 1, result.stderr
    assert result.stderr.splitlines()[0] == (
        f"error: cannot write {disk}/out/qua-lon.json: No space left on device; the run stopped there, "
        "the tables hold what finished before: free some space and rerun with --resume")
    with open(copy / "out" / "facts.csv", encoding="utf-8", newline="") as handle:
        assert {row["doc_id"] for row in csv.DictReader(handle)} == {f"bai-{n:04d}" for n in range(10)}
    assert not list((copy / "out").glob(".*.tmp"))


def test_batch_archives_name_repeated_doc_ids_as_the_run_does(tmp_path):
    """`extract report --articles` and `show` find a repeated doc_id's text under
    the name `extract run` gave it, however either spelled the input."""
    from extract.archives import ArticleTexts

    archive = write_archive(tmp_path / "a.jsonl", [{"doc_id": "tin", "text": SHORT_TEXTS[0]},
                                                   {"doc_id": "tin", "text": SHORT_TEXTS[1]}])
    (tmp_path / "bai").mkdir()
    (tmp_path / "bai" / "tin.txt").write_text(SHORT_TEXTS[2], encoding="utf-8")
    items = list(iter_items([str(archive), str(tmp_path / "bai")]))
    texts = ArticleTexts.from_paths([str(tmp_path / "." / "a.jsonl"), str(tmp_path / "bai") + "/"])
    assert len({i.doc_id for i in items}) == 3
    for item in items:
        expected = item.text if item.text is not None else Path(item.path).read_text(encoding="utf-8")
        assert texts.text(item.doc_id)[0] == expected


UNPLACED = "Năm 2024, kim ngạch xuất khẩu của tỉnh ước đạt 2,1 tỷ USD, tăng 12% so với năm trước."


def test_batch_location_from_records_the_command_and_the_header(tmp_path):
    """A provincial paper's article names no province: a record's `location`
    says it, else --location; the article's own header line beats both."""
    archive = write_archive(tmp_path / "bao-tinh.jsonl", [
        {"doc_id": "ban-ghi", "text": UNPLACED, "location": "Nghệ An"},
        {"doc_id": "lenh", "text": UNPLACED},
        {"doc_id": "dau-bai", "text": "location Quảng Bình\n" + UNPLACED, "location": "Nghệ An"},
        {"doc_id": "tu-neu", "text": "Năm 2024, xuất khẩu của Đồng Nai đạt 25 tỷ USD."},
    ])
    out = tmp_path / "out"
    assert run(str(archive), "-o", str(out), "--location", "Hà Tĩnh") == 0
    locations = {doc_id: {f["location"] for f in json.loads((out / f"{doc_id}.json").read_text("utf-8"))["facts"]}
                 for doc_id in ("ban-ghi", "lenh", "dau-bai", "tu-neu")}
    assert locations == {"ban-ghi": {"Nghệ An"}, "lenh": {"Hà Tĩnh"}, "dau-bai": {"Quảng Bình"},
                         "tu-neu": {"Đồng Nai"}}


def test_batch_location_that_names_no_province_is_reported(tmp_path, capsys):
    archive = write_archive(tmp_path / "a.jsonl", [
        {"doc_id": "dung", "text": UNPLACED, "location": "Nghệ An"},
        {"doc_id": "khong-co", "text": UNPLACED, "location": "Atlantis"},
        {"doc_id": "so", "text": UNPLACED, "location": 5},
    ])
    out = tmp_path / "out"
    assert run(str(archive), "-o", str(out)) == 1
    assert (out / "dung.json").exists() and not (out / "khong-co.json").exists()
    errors = {e["doc_id"]: e["error"] for e in read_jsonl(out / "errors.jsonl")}
    assert "'Atlantis' names no Vietnamese province" in errors["khong-co"]
    assert "field 'location' is 5" in errors["so"]
    capsys.readouterr()
    assert run(str(archive), "-o", str(tmp_path / "out2"), "--location", "Xứ Wakanda") == 2
    assert "--location 'Xứ Wakanda' names no Vietnamese province" in capsys.readouterr().err
    assert not (tmp_path / "out2").exists()


def test_batch_explain_gives_each_fact_its_pattern_and_decisions(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.StringIO(SHORT_TEXTS[0]))
    assert run("-", "--explain") == 0
    (fact,) = json.loads(capsys.readouterr().out)["facts"]
    assert fact["pattern"] and fact["explain"]["place"]["choice"] == "Bình Dương"
    assert fact["explain"]["metric"]["features"]["before"] == 1
    monkeypatch.setattr(sys, "stdin", io.StringIO(SHORT_TEXTS[0]))
    assert run("-") == 0
    (plain,) = json.loads(capsys.readouterr().out)["facts"]
    assert "explain" not in plain and plain == {k: v for k, v in fact.items() if k != "explain"}
