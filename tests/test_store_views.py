"""Reports, evaluation and article views over stores and JSON Lines files,
with real corpus outputs; the series page and the store report in headless Chromium."""

from __future__ import annotations

import json
import re

import pytest
from corpus_files import ARTICLES, GOLD, ROOT
from store_fixtures import find_fact, planted, renamed, write_archive, write_jsonl

from extract.cli import main as cli_main

SCREENSHOTS = ROOT / "output" / "screenshots"


@pytest.fixture(scope="module")
def archive_store(corpus_outputs, tmp_path_factory):
    """The corpus twice (two doc_id suffixes) plus one planted disagreement, as JSON Lines and a store."""
    root = tmp_path_factory.mktemp("views")
    document, fact = find_fact(corpus_outputs, "d03_an_giang", metric="export_value", status="estimate")
    docs = [renamed(d, suffix) for suffix in ("-a", "-b") for _, d in corpus_outputs]
    docs.append(planted(document, "d03_an_giang-c", fact, amount=1.25e9))
    predictions = write_jsonl(root / "all.jsonl", docs)
    archive = root / "articles.jsonl"
    write_archive(archive, corpus_outputs, "-a")
    with open(archive, "a", encoding="utf-8") as stream:
        stream.write(write_archive(root / "b.jsonl", corpus_outputs, "-b").read_text(encoding="utf-8"))
    store = root / "archive.duckdb"
    assert cli_main(["store", str(store), str(predictions), "--articles", str(archive)]) == 0
    return root, store, predictions, archive


def observation_rows(html: str) -> list[str]:
    table = html.split('id="observations-table"')[1].split("</table>")[0]
    return re.findall(r"<tr class=\"(conflict)?\">(.*?)</tr>", table, flags=re.DOTALL)


def test_report_on_a_store_lists_each_observation_once_conflicts_first(archive_store):
    root, store, _, _ = archive_store
    out = root / "store-report" / "report.html"
    assert cli_main(["report", str(store), "-o", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    rows = observation_rows(html)
    conflicts = [row for flag, row in rows if flag]
    assert rows[:len(conflicts)] == [("conflict", row) for row in conflicts] and len(conflicts) >= 2
    an_giang = [row for _, row in rows if "An Giang" in row and "1.18 billion USD" in row]
    assert len(an_giang) == 1 and "also reported: 1.25 billion USD" in an_giang[0]
    links = re.findall(r'href="(articles/[^"#]+)#fact-(\d+)"', an_giang[0])
    assert [link for link, _ in links] == ["articles/d03_an_giang-a.html", "articles/d03_an_giang-b.html"]
    assert all((out.parent / link).is_file() for link, _ in links)
    assert "<span>d03_an_giang-c #1</span>" in an_giang[0]  # planted: no text, so no view
    assert html.count('class="chart" role="img"') >= 3


def test_report_on_json_lines_with_an_archive_of_articles(archive_store):
    root, _, predictions, archive = archive_store
    out = root / "jsonl-report.html"
    assert cli_main(["report", str(predictions), "--articles", str(archive), "-o", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    assert 'id="observations-table"' in html and 'id="documents-table"' in html
    assert (root / "articles" / "d01_nghe_an-a.html").is_file()


def test_report_on_a_missing_source_is_one_line(tmp_path, capsys):
    assert cli_main(["report", str(tmp_path / "none.duckdb")]) == 2
    assert capsys.readouterr().err == f"error: {tmp_path / 'none.duckdb'}: no such file or directory\n"


def test_eval_scores_json_lines_predictions_as_a_directory(tmp_path, corpus_outputs, capsys):
    run_dir = tmp_path / "run"
    run_dir.mkdir()
    gold_docs = [d for p, d in corpus_outputs if p.parent == ARTICLES]
    for document in gold_docs:
        (run_dir / f"{document.doc_id}.json").write_text(document.to_json(), encoding="utf-8")
    predictions = write_jsonl(tmp_path / "pred.jsonl", gold_docs)
    scores = {}
    for name, pred in (("dir", run_dir), ("jsonl", predictions)):
        assert cli_main(["eval", "--gold", str(GOLD), "--pred", str(pred), "--json"]) == 0
        scores[name] = json.loads(capsys.readouterr().out)
    assert scores["jsonl"] == scores["dir"] and scores["dir"]["facts"]["strict"]["f1"] > 0.5


def test_eval_scores_one_article_of_json_lines_predictions(tmp_path, corpus_outputs, capsys):
    predictions = write_jsonl(tmp_path / "pred.jsonl", [d for p, d in corpus_outputs if p.parent == ARTICLES])
    assert cli_main(["eval", "--gold", str(GOLD), "--pred", str(predictions), "--doc-id", "d03_an_giang",
                     "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert list(report["per_article"]) == ["d03_an_giang"]
    assert cli_main(["eval", "--gold", str(GOLD), "--pred", str(predictions), "--doc-id", "d99"]) == 2
    assert capsys.readouterr().err == f"error: gold directory {GOLD} has no article 'd99'\n"


def test_eval_names_the_bad_line_of_a_json_lines_file(tmp_path, capsys):
    bad = tmp_path / "pred.jsonl"
    bad.write_text('{"doc_id": "d01_nghe_an"}\n{"doc_id": ""}\n', encoding="utf-8")
    assert cli_main(["eval", "--gold", str(GOLD), "--pred", str(bad)]) == 2
    assert capsys.readouterr().err.startswith(f"error: {bad}:2: not a Document (doc_id: ")


def test_show_reads_an_archive_and_a_json_lines_document(archive_store, tmp_path, capsys):
    _, _, predictions, archive = archive_store
    page = tmp_path / "d03.html"
    assert cli_main(["show", str(archive), "--doc-id", "d03_an_giang-a", "--document", str(predictions),
                     "-o", str(page)]) == 0
    html = page.read_text(encoding="utf-8")
    assert "An Giang" in html and html.count('class="fact') >= 3
    assert cli_main(["show", str(archive)]) == 2
    assert "name one with --doc-id" in capsys.readouterr().err
    assert cli_main(["show", str(archive), "--doc-id", "không-có"]) == 2
    assert "no article with doc_id 'không-có'" in capsys.readouterr().err


@pytest.mark.browser
def test_store_series_page_and_report_render_in_chromium(archive_store, corpus_outputs, tmp_path):
    from test_view_browser import CHROMIUM, CHROMIUM_ARGS, VIEWPORT

    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is not installed")
    sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright for Python is not installed")
    document, fact = find_fact(corpus_outputs, "d01_nghe_an", metric="export_value", period=("2021-01", "2021-05"))
    from extract.schema import Period

    docs = [document] + [planted(document, f"nghe-an-{end}", fact, period=Period(start="2021-01", end=end),
                                 amount=amount)
                         for end, amount in (("2021-02", 190e6), ("2021-03", 335e6), ("2021-04", 460.7e6))]
    store = tmp_path / "nghe-an.duckdb"
    assert cli_main(["store", str(store), str(write_jsonl(tmp_path / "na.jsonl", docs))]) == 0
    series_page = tmp_path / "series.html"
    assert cli_main(["series", str(store), "--metric", "export_value", "--location", "Nghệ An",
                     "--html", str(series_page), "--png", str(tmp_path / "series.png")]) == 0
    assert (tmp_path / "series.png").read_bytes().startswith(b"\x89PNG")
    root, archive_db, _, _ = archive_store
    report = root / "browser" / "report.html"
    assert cli_main(["report", str(archive_db), "-o", str(report)]) == 0
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        context = browser.new_context(viewport=VIEWPORT)
        requests = []
        context.on("request", lambda request: requests.append(request.url))
        page = context.new_page()
        page.goto(series_page.as_uri())
        box = page.locator("svg.chart").bounding_box()
        assert box is not None and box["width"] > 400 and box["height"] > 150
        statuses = page.eval_on_selector_all("#points tbody tr td:nth-child(4)",
                                             "cells => cells.map(c => c.textContent)")
        assert statuses.count("derived") == 2 and statuses.count("actual") + statuses.count("estimate") == 5
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "series.png"), full_page=True)
        page.goto(report.as_uri())
        link = page.locator("#observations-table tr.conflict a").first
        target = link.get_attribute("href")
        link.click()
        page.wait_for_load_state()
        assert "selected" in page.get_attribute(f"#{target.split('#')[1]}", "class")
        assert [url for url in requests if not url.startswith("file://")] == []
        browser.close()
