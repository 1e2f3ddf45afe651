"""The `extract` command itself: version, usage errors, what each subcommand imports."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
import unicodedata

import pytest

from extract.cli import main as cli_main

from corpus_files import ROOT


def extract_command(*args: str, cwd=ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "extract.cli", *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=300)


def test_cli_version_names_the_distribution():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    done = extract_command("--version")
    assert (done.returncode, done.stdout) == (0, f"extract {project['version']} (vi-econ-extract)\n")


def test_cli_usage_error_is_one_line_with_status_2(capsys):
    with pytest.raises(SystemExit) as stop:
        cli_main(["run", "bài.txt", "--workers", "hai"])
    assert stop.value.code == 2
    assert capsys.readouterr().err == ("extract run: error: argument --workers: invalid int value: 'hai' "
                                       "(see extract run --help)\n")


def test_cli_unknown_command_is_one_line(capsys):
    with pytest.raises(SystemExit) as stop:
        cli_main(["chạy"])
    assert stop.value.code == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith("extract: error: argument COMMAND: invalid choice: 'chạy'")


IMPORTED = """
import json, sys
from extract.cli import build_parser
build_parser(sys.argv[1])
print(json.dumps(sorted(m for m in sys.modules if m.startswith("extract."))))
"""


@pytest.mark.parametrize("command,absent", [
    ("run", ["extract.dev.bench", "extract.evaluate", "extract.view.report"]),
    ("eval", ["extract.dev.bench", "extract.batch.command", "extract.view.report"]),
    ("schema", ["extract.dev.bench", "extract.batch.command", "extract.evaluate"]),
])
def test_cli_loads_only_the_running_subcommand(command, absent):
    done = subprocess.run([sys.executable, "-c", IMPORTED, command], capture_output=True, text=True, cwd=ROOT)
    modules = json.loads(done.stdout)
    assert [name for name in absent if name in modules] == []


def test_cli_schema_prints_the_document_schema(capsys):
    assert cli_main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "Document"


# --- what a new user gets wrong: one line naming the problem, the documented status --------------

ROBUSTNESS = ROOT / "tests" / "data" / "robustness"
ARTICLE = "Năm 2024, kim ngạch xuất khẩu của tỉnh Bình Dương ước đạt 34,5 tỷ USD, tăng 13% so với năm 2023."


def usage_error(capsys, *argv) -> str:
    """The one line argparse prints for a bad option (status 2)."""
    with pytest.raises(SystemExit) as stop:
        cli_main([str(arg) for arg in argv])
    assert stop.value.code == 2
    (line,) = capsys.readouterr().err.splitlines()
    return line


def error_of(capsys, *argv) -> str:
    """The one error line of a subcommand that refuses its input with status 2."""
    assert cli_main([str(arg) for arg in argv]) == 2
    (line,) = capsys.readouterr().err.splitlines()
    return line


@pytest.fixture()
def article(tmp_path):
    path = tmp_path / "bai.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_cli_run_output_that_is_a_file_is_refused_and_left_alone(tmp_path, article, capsys):
    taken = tmp_path / "ket-qua"
    taken.write_text("đã có", encoding="utf-8")
    assert error_of(capsys, "run", article, "-o", taken) == f"error: {taken}: exists and is not a directory"
    assert taken.read_text(encoding="utf-8") == "đã có"


def test_cli_run_output_below_a_file_is_refused(tmp_path, article, capsys):
    taken = tmp_path / "ket-qua"
    taken.write_text("đã có", encoding="utf-8")
    line = error_of(capsys, "run", article, "-o", taken / "con", "--quiet")
    assert line == f"error: {taken / 'con'}: cannot create the directory: Not a directory"


def test_cli_run_jsonl_that_is_a_directory_is_refused(tmp_path, article, capsys):
    assert error_of(capsys, "run", article, "--jsonl", tmp_path) == \
        f"error: {tmp_path}: is a directory, not a JSON Lines file"


def _closed_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.mark.parametrize("address,message", [
    (f"tcp://127.0.0.1:{_closed_port()}", "no Dask scheduler answered within 1 s (see --dask-timeout)"),
    ("tcp://127.0.0.1", "not a scheduler address (missing port number in address '127.0.0.1')"),
])
def test_cli_run_unreachable_dask_scheduler_is_one_line(tmp_path, article, address, message):
    pytest.importorskip("dask.distributed", reason="the optional vi-econ-extract[dask] extra is not installed")
    done = extract_command("run", article, "-o", tmp_path / "out", "--dask", address, "--dask-timeout", "1",
                           "--quiet")
    assert (done.returncode, done.stderr) == (2, f"error: --dask {address}: {message}\n")


def test_cli_run_dask_address_of_something_else_is_one_line(tmp_path, article):
    """A server that is no Dask scheduler (a proxy, a web server) answers the
    handshake with bytes Dask cannot read: one line, exit 2, no traceback."""
    pytest.importorskip("dask.distributed", reason="the optional vi-econ-extract[dask] extra is not installed")
    import socket
    import threading

    server = socket.create_server(("127.0.0.1", 0))
    port = server.getsockname()[1]

    def answer_nonsense() -> None:
        with server:
            while True:
                try:
                    connection, _ = server.accept()
                except OSError:
                    return
                with connection:
                    connection.sendall(b"HTTP/1.1 400 Bad Request\r\n\r\n" + b"\xff" * 64)

    threading.Thread(target=answer_nonsense, daemon=True).start()
    try:
        done = extract_command("run", article, "-o", tmp_path / "out", "--dask", f"tcp://127.0.0.1:{port}",
                               "--dask-timeout", "2", "--quiet")
    finally:
        server.close()
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.startswith(f"error: --dask tcp://127.0.0.1:{port}: something answered, but not a Dask scheduler (")
    assert len(done.stderr.splitlines()) == 1


def test_cli_run_directory_without_articles_is_refused(tmp_path, capsys):
    empty = tmp_path / "trong"
    (empty / "con").mkdir(parents=True)
    (empty / "ghi-chu.md").write_text("không phải bài báo", encoding="utf-8")
    assert error_of(capsys, "run", empty, "-o", tmp_path / "out") == \
        f"error: {empty}: no .txt file in this directory or below"
    assert not (tmp_path / "out").exists()


def test_cli_run_reads_upper_case_txt_files_in_a_directory(tmp_path):
    articles = tmp_path / "bai"
    articles.mkdir()
    (articles / "A.TXT").write_text(ARTICLE, encoding="utf-8")
    assert cli_main(["run", str(articles), "-o", str(tmp_path / "out"), "--quiet"]) == 0
    assert json.loads((tmp_path / "out" / "A.json").read_text(encoding="utf-8"))["facts"][0]["metric"] == \
        "export_value"


@pytest.mark.parametrize("given,problem", [
    ("2025-13-01", "'2025-13-01' is not a date YYYY-MM-DD: month must be in 1..12"),
    ("01/11/2025", "'01/11/2025' is not a date YYYY-MM-DD"),
    ("2025-02-30", "'2025-02-30' is not a date YYYY-MM-DD: day is out of range for month"),
])
@pytest.mark.parametrize("command", ["run", "show"])
def test_cli_bad_date_is_a_usage_error(article, capsys, command, given, problem):
    assert usage_error(capsys, command, article, "--date", given) == \
        f"extract {command}: error: argument --date: {problem} (see extract {command} --help)"


@pytest.mark.parametrize("command", ["run", "show"])
def test_cli_unknown_encoding_is_one_usage_error_before_any_file(tmp_path, capsys, command):
    paths = [tmp_path / f"bai-{n}.txt" for n in range(5)]
    for path in paths:
        path.write_text(ARTICLE, encoding="utf-8")
    inputs = paths if command == "run" else paths[:1]
    assert usage_error(capsys, command, *inputs, "--encoding", "klingon") == (
        f"extract {command}: error: argument --encoding: unknown encoding 'klingon'; use utf-8, auto, "
        f"cp1258, vni, tcvn3 or a Python codec (see extract {command} --help)")


def test_cli_run_jsonl_ids_numbers_missing_and_named_fields(tmp_path):
    archive = tmp_path / "luu-tru.jsonl"
    records = [{"doc_id": 7, "text": ARTICLE}, {"text": ARTICLE}, {"doc_id": True, "text": ARTICLE}]
    archive.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    out = tmp_path / "out"
    assert cli_main(["run", str(archive), "-o", str(out), "--quiet"]) == 1
    assert sorted(p.name for p in out.glob("*.json") if not p.name.startswith("_")) == ["7.json", "luu-tru-line2.json"]
    (error,) = [json.loads(line) for line in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert error == {"doc_id": "luu-tru-line3", "source": f"{archive}:3",
                     "error": "field 'doc_id' is true, not a string or a number"}

    named = tmp_path / "tin.jsonl"
    named.write_text(json.dumps({"id": "tin-1", "body": ARTICLE}, ensure_ascii=False) + "\n", encoding="utf-8")
    assert cli_main(["run", str(named), "-o", str(tmp_path / "out2"), "--id-field", "id", "--text-field", "body",
                     "--quiet"]) == 0
    assert (tmp_path / "out2" / "tin-1.json").is_file()


@pytest.fixture()
def archive(tmp_path):
    path = tmp_path / "luu-tru.jsonl"
    records = [{"doc_id": "bai-1", "text": "Xuất khẩu tăng."},
               {"doc_id": "bai-2", "text": "date 2025-11-01\n" + ARTICLE.replace("Năm 2024", "Năm nay")}]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def test_cli_show_jsonl_archive_needs_a_doc_id(archive, capsys):
    assert error_of(capsys, "show", archive) == \
        f"error: {archive}: a JSON Lines archive holds many articles: name one with --doc-id"
    assert error_of(capsys, "show", archive, "--doc-id", "bai-9") == f"error: {archive}: no article with doc_id 'bai-9'"


def test_cli_show_jsonl_record_by_doc_id(archive, tmp_path, capsys):
    page = tmp_path / "bai-2.html"
    assert cli_main(["show", str(archive), "--doc-id", "bai-2", "-o", str(page)]) == 0
    html = page.read_text(encoding="utf-8")
    assert "34,5 tỷ USD" in html and "{&quot;doc_id&quot;" not in html and '"doc_id"' not in html
    assert "2025-01" in html  # `Năm nay` resolved against the record's own date line


def test_cli_show_doc_id_of_a_text_file_is_refused(article, capsys):
    assert error_of(capsys, "show", article, "--doc-id", "x") == \
        f"error: {article}: --doc-id picks an article of a JSON Lines archive (.jsonl), not of a text file"


def test_cli_show_reads_a_legacy_encoding_as_its_advice_says(tmp_path, capsys):
    legacy = ROBUSTNESS / "windows1258.txt"
    line = error_of(capsys, "show", legacy)
    assert line.endswith("pass --encoding cp1258")
    page = tmp_path / "page.html"
    assert cli_main(["show", str(legacy), "--encoding", "cp1258", "-o", str(page)]) == 0
    # Windows-1258 writes tones as combining marks: the page keeps the text as converted
    assert "Bằng việc đẩy mạnh sản xuất xanh" in unicodedata.normalize("NFC", page.read_text(encoding="utf-8"))


def test_cli_show_output_that_is_a_directory_is_one_line(article, tmp_path, capsys):
    assert error_of(capsys, "show", article, "-o", tmp_path) == f"error: {tmp_path}: cannot write: Is a directory"
