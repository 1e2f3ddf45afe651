"""The HTML views: text kept and escaped, highlights and facts in place, links safe."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import shutil
from collections import Counter
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest
from corpus_files import ARTICLES, GOLD, read_text

from extract.cli import main as cli_main
from extract.schema import Change, Document, Period
from extract.view.article import render_article
from extract.view.labels import change_label, format_amount, period_label
from extract.view.markup import Layer, render_layers
from extract.view.report import render_report, safe_file_name

DATA = Path(__file__).parent / "data" / "view"
GOLD_STEMS = sorted(path.stem for path in GOLD.glob("*.json"))
VOID = {"meta", "br", "img", "input", "hr", "link"}
XSS_ARTICLE = "hostile.txt"


# --- a small DOM, enough to check structure -----------------------------------

@dataclass
class Node:
    tag: str
    attrs: dict[str, str]
    parent: Node | None = None
    children: list[Node | str] = field(default_factory=list)

    def text(self) -> str:
        return "".join(child if isinstance(child, str) else child.text() for child in self.children)

    def iter(self):
        for child in self.children:
            if isinstance(child, Node):
                yield child
                yield from child.iter()

    def find_all(self, tag: str | None = None, **attrs: str) -> list[Node]:
        wanted = {name.rstrip("_").replace("_", "-"): value for name, value in attrs.items()}
        return [node for node in self.iter() if (tag is None or node.tag == tag)
                and all(node.attrs.get(name) == value for name, value in wanted.items())]

    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())

    def ancestors(self):
        node = self.parent
        while node is not None:
            yield node
            node = node.parent


class TreeBuilder(HTMLParser):
    """Builds Nodes and fails on any end tag that does not close the open element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = self.current = Node("#root", {})

    def handle_starttag(self, tag, attrs):
        node = Node(tag, {name: value or "" for name, value in attrs}, self.current)
        self.current.children.append(node)
        if tag not in VOID:
            self.current = node

    def handle_endtag(self, tag):
        assert self.current.tag == tag, f"</{tag}> closes <{self.current.tag}>"
        self.current = self.current.parent

    def handle_data(self, data):
        self.current.children.append(data)


def parse(html: str) -> Node:
    builder = TreeBuilder()
    builder.feed(html)
    builder.close()
    assert builder.current is builder.root, f"<{builder.current.tag}> left open"
    return builder.root


def pieces_text(root: Node, tag: str | None = None, **attrs: str) -> str:
    return "".join(node.text() for node in root.find_all(tag, **attrs))


def gold(stem: str) -> tuple[str, Document]:
    text = read_text(ARTICLES / f"{stem}.txt")
    return text, Document.model_validate_json((GOLD / f"{stem}.json").read_bytes())


def hostile_document() -> tuple[str, Document]:
    """An article with `<script>` and `"><img onerror=...>` in its text, and a Document
    whose doc_id, entity norm, location, partner and warning carry markup too."""
    text = read_text(DATA / "hostile.txt")
    return text, Document.model_validate_json((DATA / "hostile.json").read_bytes())


def assert_inert(root: Node) -> None:
    """Only the page's own script, no image, no inline event handler."""
    assert len(root.find_all("script")) <= 1
    assert not root.find_all("img")
    handlers = [(node.tag, name) for node in root.iter() for name in node.attrs if name.startswith("on")]
    assert handlers == []


# --- markup -------------------------------------------------------------------

LAYER_CASES = {
    "nested": [(0, 22, 0), (15, 22, 1)],
    "same extent": [(3, 9, 1), (3, 9, 0)],
    "crossing": [(0, 10, 0), (5, 15, 1)],
    "crossing three": [(0, 12, 0), (4, 18, 1), (8, 20, 2)],
    "adjacent": [(0, 5, 0), (5, 9, 0)],
    "out of range ignored": [(0, 5, 0), (20, 99, 0)],
}


@pytest.mark.parametrize("ranges", LAYER_CASES.values(), ids=LAYER_CASES.keys())
def test_markup_layers_are_well_formed_and_keep_the_text(ranges):
    text = "Sở Công Thương Nghệ An <&> đạt"
    layers = [Layer(start, end, "mark", (("data-n", str(number)),), depth)
              for number, (start, end, depth) in enumerate(ranges)]
    root = parse(render_layers(text, layers))
    assert root.text() == text
    for number, (start, end, _) in enumerate(ranges):
        if end <= len(text):
            assert pieces_text(root, data_n=str(number)) == text[start:end]


def test_markup_same_extent_puts_the_lower_depth_outside():
    root = parse(render_layers("Nghệ An", [Layer(0, 7, "mark", (("class", "in"),), 3),
                                           Layer(0, 7, "mark", (("class", "out"),), 1)]))
    outer, = root.find_all(class_="out")
    assert [node.attrs["class"] for node in outer.iter()] == ["in"]


def test_markup_marks_continued_pieces_once_with_id():
    html = render_layers("abcdefghij", [Layer(0, 6, "span", (("id", "ev-0"), ("class", "ev"))),
                                        Layer(3, 9, "mark", (("class", "m"),))])
    root = parse(html)
    assert [node.attrs["class"] for node in root.find_all("mark")] == ["m", "m cont"]
    assert len(root.find_all(id="ev-0")) == 1


# --- article view -------------------------------------------------------------

@pytest.mark.parametrize("stem", GOLD_STEMS)
def test_article_text_is_the_article(stem):
    text, document = gold(stem)
    article, = parse(render_article(text, document)).find_all(id="article")
    assert article.text() == text


@pytest.mark.parametrize("stem", GOLD_STEMS)
def test_article_highlights_every_mention_with_its_value(stem):
    text, document = gold(stem)
    root = parse(render_article(text, document))
    for number, quantity in enumerate(document.quantities):
        marks = root.find_all("mark", data_id=f"q{number}")
        assert "".join(mark.text() for mark in marks) == quantity.text
        assert "qty" in marks[0].classes() and quantity.unit in marks[0].attrs["title"]
    for number, entity in enumerate(document.entities):
        marks = root.find_all("mark", data_id=f"e{number}")
        assert "".join(mark.text() for mark in marks) == entity.text
        assert marks[0].attrs["data-type"] == entity.type.value
        assert entity.norm is None or entity.norm in marks[0].attrs["title"]


def test_article_nests_the_province_inside_its_org():
    text, document = gold("d01_nghe_an")
    root = parse(render_article(text, document))
    org = next(node for node in root.find_all("mark", data_type="ORG")
               if node.text() == "Sở Công Thương Nghệ An")
    province, = [node for node in org.iter() if node.attrs.get("data-type") == "PROVINCE"]
    assert province.text() == "Nghệ An" and org in province.ancestors()


@pytest.mark.parametrize("stem", GOLD_STEMS)
def test_article_fact_rows_point_at_their_evidence(stem):
    text, document = gold(stem)
    root = parse(render_article(text, document))
    rows = [row for row in root.iter() if row.tag == "tr" and "fact" in row.classes()]
    assert len(rows) == len(document.facts)
    for row, fact in zip(rows, document.facts):
        evidence = pieces_text(root, "span", data_ev=row.attrs["data-ev"])
        assert evidence == text[fact.evidence.start:fact.evidence.end]
        assert fact.metric.value.replace("_", " ") in row.text()


def test_article_shows_periods_and_warnings_on_top():
    text, document = hostile_document()
    root = parse(render_article(text, document))
    period, = root.find_all("mark", data_id="p0")
    assert period.text() == "6 tháng đầu năm 2024" and "2024-01 … 2024-06" in period.attrs["title"]
    main, = root.find_all("main")
    first = next(child for child in main.children if isinstance(child, Node))
    assert first.attrs["id"] == "warnings" and "#1" in first.text()


def test_article_renders_hostile_text_as_text():
    text, document = hostile_document()
    html = render_article(text, document)
    root = parse(html)
    assert_inert(root)
    article, = root.find_all(id="article")
    assert article.text() == text
    assert '<script>alert("xss")</script>' in article.text()
    assert "<script>alert(3)</script>" in root.find_all("tr", id="fact-1")[0].text()
    assert 'onerror=alert(5)>' in root.find_all(id="warnings")[0].text()
    assert "<b>Bắc Ninh</b>" in root.find_all("mark", data_id="e1")[0].attrs["title"]


def test_article_csp_allows_only_its_own_script():
    text, document = gold("d01_nghe_an")
    root = parse(render_article(text, document))
    script, = root.find_all("script")
    csp, = root.find_all("meta", http_equiv="Content-Security-Policy")
    digest = base64.b64encode(hashlib.sha256(script.text().encode()).digest()).decode()
    policy = dict(part.strip().split(" ", 1) for part in csp.attrs["content"].split(";"))
    assert policy["script-src"] == f"'sha256-{digest}'" and policy["default-src"] == "'none'"


# --- labels -------------------------------------------------------------------

@pytest.mark.parametrize("period, label", [
    (Period(start="2024-01", end="2024-12"), "2024"),
    (Period(start="2021-01", end="2025-12"), "2021–2025"),
    (Period(start="2024-01", end="2024-03"), "01–03/2024"),
    (Period(start="2021-05", end="2021-05"), "05/2021"),
    (Period(start="2023-11", end="2024-02"), "11/2023–02/2024"),
    (Period(end="2024-12", cumulative=True), "up to 12/2024 (cumulative)"),
    (None, ""),
])
def test_labels_period(period, label):
    assert period_label(period) == label


@pytest.mark.parametrize("amount, unit, label", [
    (34.5e9, "USD", "34.5 billion USD"),
    (450_000e9, "VND", "450,000 billion VND"),
    (344_000, "USD", "344,000 USD"),
    (-2.1e9, "USD", "-2.1 billion USD"),
    (75_000, "lao động", "75,000 lao động"),
    (9.55, "percent", "9.55%"),
])
def test_labels_amount(amount, unit, label):
    assert format_amount(amount, unit) == label


@pytest.mark.parametrize("change, label", [
    (Change(direction="up", percent=55, basis="plan"), "▲ 55% vs plan"),
    (Change(direction="down", percent=88, qualifier="nearly"), "▼ nearly 88%"),
    (Change(direction="up", factor=3.7), "▲ ×3.7"),
    (Change(direction="up", amount={"amount": 2e6, "unit": "USD"}, basis="previous_period"),
     "▲ 2 million USD vs previous period"),
])
def test_labels_change(change, label):
    assert change_label(change) == label


# --- report -------------------------------------------------------------------

@pytest.fixture()
def gold_run(tmp_path: Path) -> Path:
    run = tmp_path / "run"
    run.mkdir()
    for stem in GOLD_STEMS:
        shutil.copy(GOLD / f"{stem}.json", run / f"{stem}.json")
    return run


def test_report_counts_facts_per_metric_and_location():
    documents = [gold(stem)[1] for stem in GOLD_STEMS]
    root = parse(render_report(documents, {}, "gold"))
    facts = [fact for document in documents for fact in document.facts]
    table, = root.find_all("table", id="per-metric")
    shown = {row.children[0].text(): int(row.children[1].text()) for row in table.find_all("tr")[1:]}
    assert shown == {metric.replace("_", " "): count
                     for metric, count in Counter(fact.metric.value for fact in facts).items()}
    table, = root.find_all("table", id="per-location")
    shown = {row.children[0].text(): int(row.children[1].text()) for row in table.find_all("tr")[1:]}
    assert shown == Counter(fact.location for fact in facts)


def test_report_cli_writes_report_charts_and_linked_article_views(gold_run, tmp_path):
    report = tmp_path / "site" / "report.html"
    assert cli_main(["report", str(gold_run), "-o", str(report), "--articles", str(ARTICLES)]) == 0
    html = report.read_text(encoding="utf-8")
    root = parse(html)
    assert len(root.find_all("svg")) >= 2
    assert not re.search(r"""(src|href)=["']?(https?:|//)""", html)
    links = [node.attrs["href"] for node in root.find_all(id="indicators-table")[0].find_all("a")]
    assert links and all(re.fullmatch(r"articles/[\w.-]+\.html#fact-\d+", link) for link in links)
    for link in links:
        page, fragment = link.split("#")
        assert parse((report.parent / page).read_text(encoding="utf-8")).find_all("tr", id=fragment)


def test_report_escapes_doc_ids_in_links_and_file_names(tmp_path):
    text, document = hostile_document()
    run, articles, site = tmp_path / "run", tmp_path / "articles", tmp_path / "site"
    run.mkdir(), articles.mkdir()
    (run / "hostile.json").write_text(document.to_json(), encoding="utf-8")
    (articles / "hostile.txt").write_text(text, encoding="utf-8", newline="")
    assert cli_main(["report", str(run), "-o", str(site / "report.html"), "--articles", str(articles)]) == 0
    root = parse((site / "report.html").read_text(encoding="utf-8"))
    assert_inert(root)
    written = [path.relative_to(site).as_posix() for path in site.rglob("*.html")]
    assert sorted(written) == ["articles/x_script_alert_4_script.html", "report.html"]
    hrefs = {node.attrs["href"] for node in root.find_all("a") if not node.attrs["href"].startswith("#")}
    assert hrefs == {"articles/x_script_alert_4_script.html", "articles/x_script_alert_4_script.html#fact-1"}
    assert document.doc_id in root.find_all(id="documents-table")[0].text()


@pytest.mark.parametrize("doc_id, taken, name", [
    ("d01_nghe_an", set(), "d01_nghe_an.html"),
    ("../../etc/passwd", set(), "etc_passwd.html"),
    ("Bắc Ninh 2024", set(), "Bắc_Ninh_2024.html"),
    ("...", set(), "doc.html"),
    ("d01", {"d01.html"}, "d01-2.html"),
])
def test_report_file_names_stay_in_their_directory(doc_id, taken, name):
    assert safe_file_name(doc_id, set(taken)) == name


def test_report_skips_files_that_are_not_documents(gold_run, tmp_path, capsys):
    (gold_run / "summary.json").write_text('{"articles": 15}', encoding="utf-8")
    (gold_run / "_summary.json").write_text('{"articles": 15}', encoding="utf-8")
    assert cli_main(["report", str(gold_run), "-o", str(tmp_path / "r.html")]) == 0
    notes = capsys.readouterr().err
    assert "/summary.json: skipped" in notes and "_summary.json" not in notes
    assert not (tmp_path / "articles").exists()  # no texts given: no views, no links
    assert not parse((tmp_path / "r.html").read_text(encoding="utf-8")).find_all(id="indicators-table")[0] \
        .find_all("a")


# --- extract show ---------------------------------------------------------------

def test_show_cli_renders_a_given_document(tmp_path):
    page = tmp_path / "page.html"
    code = cli_main(["show", str(ARTICLES / "d01_nghe_an.txt"), "-o", str(page),
                     "--document", str(GOLD / "d01_nghe_an.json")])
    assert code == 0
    root = parse(page.read_text(encoding="utf-8"))
    assert len([row for row in root.iter() if "fact" in row.classes()]) == 17


def test_show_cli_refuses_a_document_of_another_article(tmp_path, capsys):
    code = cli_main(["show", str(ARTICLES / "d01_nghe_an.txt"), "-o", str(tmp_path / "p.html"),
                     "--document", str(GOLD / "d02_lam_dong.json")])
    assert code == 2 and "does not fit the article" in capsys.readouterr().err


def test_show_cli_extracts_when_no_document_is_given(capsys):
    assert cli_main(["show", str(DATA / XSS_ARTICLE)]) == 0
    root = parse(capsys.readouterr().out)
    assert_inert(root)
    assert root.find_all(id="article")[0].text() == read_text(DATA / XSS_ARTICLE)


def test_report_renders_a_run_without_facts():
    root = parse(render_report([Document(doc_id="a"), Document(doc_id="b")], {}, "empty"))
    assert "No facts." in root.find_all(id="charts")[0].text()
    assert "No headline figures." in root.find_all(id="indicators-table")[0].text()
    assert len(root.find_all(id="documents-table")[0].find_all("tr")) == 3


def test_report_is_the_same_bytes_every_time():
    documents = [gold(stem)[1] for stem in GOLD_STEMS[:4]]
    first = render_report(documents, {}, "gold")
    assert render_report(documents, {}, "gold") == first
    assert first.count("<svg") >= 2


def test_report_lists_the_articles_the_run_could_not_read(gold_run, tmp_path):
    (gold_run / "errors.jsonl").write_text(
        '{"doc_id": "x01", "source": "a/x01.txt", "error": "not valid UTF-8 <b>"}\nnot json\n',
        encoding="utf-8")
    assert cli_main(["report", str(gold_run), "-o", str(tmp_path / "r.html")]) == 0
    failures, = parse((tmp_path / "r.html").read_text(encoding="utf-8")).find_all(id="failures")
    assert [item.text() for item in failures.find_all("li")] == ["x01 not valid UTF-8 <b>"]


def _run_with_source(tmp_path: Path, source: str) -> Path:
    """A run holding one Document that names another file as its `source`."""
    run = tmp_path / "run"
    run.mkdir()
    document = json.loads((GOLD / "d01_nghe_an.json").read_text(encoding="utf-8"))
    (run / "khac.json").write_text(json.dumps({**document, "doc_id": "khac", "source": source},
                                              ensure_ascii=False), encoding="utf-8")
    return run


@pytest.mark.parametrize("source", ["secret.txt", "../secret.txt", "{outside}", "link.txt"])
def test_report_reads_articles_only_from_the_articles_given(tmp_path, source, capsys):
    """A Document's `source` ("/etc/hostname") got that file embedded in the article page."""
    secret = tmp_path / "secret.txt"
    secret.write_bytes((ARTICLES / "d01_nghe_an.txt").read_bytes())  # the text the spans fit
    articles = tmp_path / "articles_in"
    articles.mkdir()
    (articles / "link.txt").symlink_to(secret)
    run = _run_with_source(tmp_path, source.format(outside=secret))
    assert cli_main(["report", str(run), "--articles", str(articles)]) == 0
    assert not (run / "articles").exists()
    assert "0 article views" in capsys.readouterr().err
    shutil.copy(secret, articles / "khac.txt")  # found by its doc_id, inside --articles
    assert cli_main(["report", str(run), "--articles", str(articles)]) == 0
    assert [p.name for p in (run / "articles").iterdir()] == ["khac.html"]


def test_report_writes_through_no_link_leading_out(gold_run, tmp_path, capsys):
    """A planted `report.html` or `articles/` link made the report write elsewhere."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    kept = elsewhere / "kept.html"
    kept.write_text("giữ nguyên", encoding="utf-8")
    (gold_run / "report.html").symlink_to(kept)
    assert cli_main(["report", str(gold_run)]) == 0
    assert kept.read_text(encoding="utf-8") == "giữ nguyên"
    assert not (gold_run / "report.html").is_symlink() and "<svg" in (gold_run / "report.html").read_text()
    (gold_run / "articles").symlink_to(elsewhere, target_is_directory=True)
    assert cli_main(["report", str(gold_run), "--articles", str(ARTICLES)]) == 2
    assert capsys.readouterr().err.splitlines()[-1] == (
        f"error: {gold_run / 'articles'}: a link leading out of {gold_run}; the article views are "
        "written only inside it (remove the link)")
    assert sorted(p.name for p in elsewhere.iterdir()) == ["kept.html"]
