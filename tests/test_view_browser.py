"""The HTML views in headless Chromium: highlights, facts, click-to-evidence, no network.

Needs Debian's chromium at /usr/bin/chromium (installed by scripts/setup-system.sh)
and Playwright for Python; Playwright's own browser download is never used.
Screenshots go to output/screenshots/ (git-ignored).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from corpus_files import ARTICLES, GOLD, ROOT, read_text

from extract.cli import main as cli_main
from extract.schema import ConsistencyWarning, Document, Period, PeriodMention

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
HOSTILE = Path(__file__).parent / "data" / "view"
SCREENSHOTS = ROOT / "output" / "screenshots"
VIEWPORT = {"width": 1400, "height": 900}
STEM = "d01_nghe_an"
# Period mentions of the article with their months (gold has no period mentions).
D01_PERIODS = {"5 tháng đầu năm 2021": ("2021-01", "2021-05"), "tháng 5/2021": ("2021-05", "2021-05")}


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is not installed (scripts/setup-system.sh installs Debian's chromium "
                    "when run as root with apt-get)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright for Python is not installed")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def article_and_document() -> tuple[str, Document]:
    """The article and its gold Document plus period mentions and a warning,
    so that every part of the page shows."""
    text = read_text(ARTICLES / f"{STEM}.txt")
    document = Document.model_validate_json((GOLD / f"{STEM}.json").read_bytes())
    periods = []
    for phrase, (start, end) in D01_PERIODS.items():
        at = text.index(phrase)
        periods.append(PeriodMention(text=phrase, start=at, end=at + len(phrase),
                                     period=Period(start=start, end=end)))
    warning = ConsistencyWarning(check="parts_exceed_total",
                                 message="the product figures add up to more than the total", facts=[1, 2])
    return text, document.model_copy(update={"periods": periods, "warnings": [warning]})


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    """`extract report` over the gold Documents with the corpus articles."""
    root = tmp_path_factory.mktemp("site")
    run = root / "run"
    run.mkdir()
    for path in GOLD.glob("*.json"):
        shutil.copy(path, run / path.name)
    (run / f"{STEM}.json").write_text(article_and_document()[1].to_json(), encoding="utf-8")
    assert cli_main(["report", str(run), "-o", str(root / "report.html"), "--articles", str(ARTICLES)]) == 0
    return root


class Visit:
    """A page opened in a fresh context, recording every request and dialog."""

    def __init__(self, browser, path: Path) -> None:
        self.context = browser.new_context(viewport=VIEWPORT)
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.context.on("request", lambda request: self.requests.append(request.url))
        self.page = self.context.new_page()
        self.page.on("dialog", self._dialog)
        self.page.goto(path.as_uri())

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def outside_requests(self, allowed: set[str]) -> list[str]:
        return [url for url in self.requests if url.split("#")[0] not in allowed]

    def close(self) -> None:
        self.context.close()


@pytest.fixture()
def visit(browser):
    visits = []

    def open_page(path: Path) -> Visit:
        visits.append(Visit(browser, path))
        return visits[-1]

    yield open_page
    for opened in visits:
        opened.close()


def text_of(page, selector: str) -> list[str]:
    return page.eval_on_selector_all(selector, "nodes => nodes.map(n => n.textContent)")


def test_view_browser_article_highlights_and_click_to_evidence(site, visit):
    text, document = article_and_document()
    path = site / "articles" / f"{STEM}.html"
    opened = visit(path)
    page = opened.page
    assert page.locator("#article mark.qty:not(.cont)").count() == len(document.quantities)
    assert page.locator("#article mark.ent:not(.cont)").count() == len(document.entities)
    assert text_of(page, "#article mark.per") == list(D01_PERIODS)
    assert page.locator("#facts tr.fact").count() == len(document.facts)
    assert page.locator("#warnings li").count() == 1

    fact = document.facts[4]
    page.click("#fact-5")
    evidence = "".join(text_of(page, ".ev.active"))
    assert evidence == text[fact.evidence.start:fact.evidence.end]
    assert "selected" in page.get_attribute("#fact-5", "class")
    box = page.locator(".ev.active").first.bounding_box()
    assert box is not None and 0 <= box["y"] <= VIEWPORT["height"], "evidence scrolled into view"
    scrolled = page.evaluate("document.querySelector('.article-pane').scrollTop")
    page.hover("#article .ev.active mark.qty:text-is('139 triệu USD')")
    assert page.text_content(".tip") == "quantity: 139,000,000 USD · qualifier exact"
    assert page.is_visible(".tip")
    assert page.evaluate("document.querySelector('.article-pane').scrollTop") == scrolled
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "article.png"))
    assert opened.outside_requests({path.as_uri()}) == []
    assert opened.dialogs == []


def test_view_browser_report_charts_and_links_to_facts(site, visit):
    path = site / "report.html"
    opened = visit(path)
    page = opened.page
    assert page.locator("svg.chart").count() >= 2
    assert page.locator("#per-metric tbody tr").count() > 5
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "report.png"), full_page=True)

    link = page.locator("#indicators-table a").first
    target = link.get_attribute("href")
    link.click()
    page.wait_for_load_state()
    row_id = target.split("#")[1]
    assert "selected" in page.get_attribute(f"#{row_id}", "class")
    assert page.locator(".ev.active").count() >= 1
    visited = {path.as_uri(), (site / target.split("#")[0]).as_uri()}
    assert opened.outside_requests(visited) == []
    assert opened.dialogs == []


def test_view_browser_hostile_article_stays_text(tmp_path, visit):
    page_path = tmp_path / "hostile.html"
    article, document = HOSTILE / "hostile.txt", HOSTILE / "hostile.json"
    assert cli_main(["show", str(article), "-o", str(page_path), "--document", str(document)]) == 0
    opened = visit(page_path)
    page = opened.page
    assert page.locator("img").count() == 0
    assert page.locator("script").count() == 1
    assert page.locator("#article mark.ent").count() >= 3  # highlights around hostile text
    content = page.text_content("#article")
    assert '<script>alert("xss")</script>' in content and 'onerror=alert(1)>' in content
    assert opened.outside_requests({page_path.as_uri()}) == []
    assert opened.dialogs == []


def test_view_browser_displacy_shows_the_spacy_components_entities(spacy_pipeline, tmp_path, visit):
    """displaCy's own entity view of the spaCy pipeline: every doc.ents span marked, with its label."""
    from spacy import displacy

    doc = spacy_pipeline(read_text(ARTICLES / f"{STEM}.txt"))
    page_path = tmp_path / "displacy.html"
    page_path.write_text(displacy.render(doc, style="ent", page=True, jupyter=False), encoding="utf-8")
    opened = visit(page_path)
    page = opened.page
    labels = text_of(page, "mark.entity > span")
    assert labels == [ent.label_ for ent in doc.ents]
    assert {"PROVINCE", "COUNTRY", "ORG", "MONEY", "PERCENT", "DATE"} <= set(labels)
    marked = page.eval_on_selector_all("mark.entity", "marks => marks.map(m => m.firstChild.textContent.trim())")
    assert marked == [ent.text for ent in doc.ents]
    first = page.locator("mark.entity").first
    assert first.is_visible() and first.bounding_box()["height"] > 0
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "displacy.png"))
    assert opened.outside_requests({page_path.as_uri()}) == []
    assert opened.dialogs == []
