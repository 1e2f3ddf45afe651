"""`extract report`: one HTML page over a run's output directory.

It reads every `<doc_id>.json` Document of a run and shows counts of facts per
metric and province, the main indicators (export, import, FDI) per province
and period, charts, the documents and their warnings. Each figure links to
its fact in the article's own view (`articles/<doc_id>.html#fact-N`), written
beside the report whenever the article text can be found.

>>> from extract.schema import Document, Fact
>>> doc = Document(doc_id="vd", facts=[Fact(metric="grdp", location="Nghệ An",
...                                         evidence={"start": 0, "end": 5})])
>>> "Nghệ An" in render_report([doc], {}, "run")
True
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from ..archives import ArticleTexts, document_on_line, find_document, is_jsonl, is_jsonl_line, iter_documents
from ..batch.inputs import sanitize_doc_id
from ..batch.outputs import write_atomically
from ..reading import InputError
from ..schema import Document, Fact, Metric, Status
from ..store.areas import AreaCodes
from ..store.database import Store, StoreError
from ..store.indicators import Indicators
from ..store.inputs import Read
from .article import article_title, render_article
from .charts import horizontal_bars
from .labels import change_label, metric_label, period_label, value_label
from .observations import OBSERVATIONS_CSS, linked_doc_ids, observations_section, series_section, store_kpis
from .page import escape, href, page

# The table of main indicators: the headline figures an analyst compares first.
MAIN_INDICATORS = (
    (Metric.EXPORT_VALUE, "Export"),
    (Metric.IMPORT_VALUE, "Import"),
    (Metric.FDI_CAPITAL, "FDI capital"),
    (Metric.FDI_PROJECTS, "FDI projects"),
)

# The article views' directory, beside the report.
VIEWS_DIR = "articles"

# A fact with the Document it belongs to and its index in Document.facts.
FactRow = tuple[Document, int, Fact]

NO_LOCATION = "(no location)"
# National figures dwarf provincial ones: the province charts leave them out.
NOT_PROVINCES = frozenset({None, "Việt Nam"})

REPORT_CSS = """
.kpis { display: flex; gap: 12px; flex-wrap: wrap; margin-bottom: 16px; }
.kpi { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 10px 16px;
  min-width: 140px; }
a.kpi { color: inherit; text-decoration: none; }
a.kpi:hover { border-color: #93c5fd; }
.kpi b { display: block; font-size: 24px; }
.kpi span { color: var(--muted); font-size: 12.5px; }
.grid { display: grid; grid-template-columns: minmax(0, 1fr); gap: 16px; }
@media (min-width: 1100px) { .grid { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); } }
.grid { margin-bottom: 16px; }
.grid > section { margin: 0; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(440px, 1fr)); gap: 12px 24px;
  align-items: start; }
.charts figure { margin: 0; max-width: 640px; }
svg.chart { width: 100%; height: auto; display: block; }
.cell-fact { display: block; white-space: nowrap; }
.cell-fact .chg { font-size: 12px; margin-left: 4px; }
.scroll { max-height: 520px; overflow: auto; }
td.loc { font-weight: 600; }
td.title { max-width: 0; width: 60%; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
"""


@dataclass(frozen=True)
class RunDocument:
    """A Document of the run and the JSON file it came from."""

    document: Document
    path: Path


# --- reading a run ------------------------------------------------------------

def _load_run(output_dir: Path) -> tuple[list[RunDocument], list[str]]:
    """The Documents of a run directory, and a note for each file that is not one.

    `_*.json` files are the run's own records (`_summary.json`), not Documents.
    """
    documents, problems = [], []
    for path in sorted(output_dir.glob("*.json")):
        if path.name.startswith("_"):
            continue
        try:
            documents.append(RunDocument(Document.model_validate_json(path.read_bytes()), path))
        except (OSError, ValidationError) as error:
            problems.append(f"{path}: skipped, not a Document ({_first_error(error)})")
    return documents, problems


def load_failures(output_dir: Path) -> list[dict[str, str]]:
    """The articles a run could not extract, from its `errors.jsonl` (none if absent).

    >>> load_failures(Path("/nonexistent"))
    []
    """
    path = output_dir / "errors.jsonl"
    if not path.is_file():
        return []
    failures = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(record, dict):
            failures.append({key: str(record.get(key, "")) for key in ("doc_id", "source", "error")})
    return failures


def _first_error(error: Exception) -> str:
    if isinstance(error, ValidationError):
        first = error.errors()[0]
        return f"{'.'.join(str(part) for part in first['loc'])}: {first['msg']}"
    return str(error)


def _article_text(item: RunDocument, texts: ArticleTexts) -> str | None:
    """The article text of a Document, from `--articles` only (files or
    archives, by doc_id or by the Document file's name).

    A Document is data: its `source` field (`/etc/hostname`) must not make
    the report read a file of its choosing.
    """
    # A run names its files after the doc_id; a renamed file is found by its own name too.
    for key in (item.document.doc_id, item.path.stem):
        found = texts.text(key)
        if found is not None:
            return found[0]
    return None


def safe_file_name(doc_id: str, taken: set[str]) -> str:
    """A file name for a doc_id that stays in its directory and is not yet taken
    (made as `extract run` makes its output names, see `sanitize_doc_id`).

    >>> safe_file_name("../../etc/passwd", set()), safe_file_name("d01", {"d01.html"})
    ('etc_passwd.html', 'd01-2.html')
    >>> safe_file_name("Bắc Ninh/quý I", set()), len(safe_file_name("ữ" * 90, set()).encode())
    ('Bắc_Ninh_quý_I.html', 164)

    """
    stem = sanitize_doc_id(doc_id)
    name, number = f"{stem}.html", 1
    while name in taken:
        number += 1
        name = f"{stem}-{number}.html"
    taken.add(name)
    return name


@dataclass
class ArticleViews:
    """What `write_article_views` wrote: per doc_id, the link (path parts
    relative to the report) and the article's title; notes on the rest."""

    links: dict[str, tuple[str, ...]] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def _write_article_views(items: list[RunDocument], report_dir: Path, texts: ArticleTexts) -> ArticleViews:
    """Write `articles/<name>.html` beside the report for each Document whose text is found.

    A Document without its text keeps a `<doc_id>.html` that `extract run --html`
    wrote beside its JSON, if there is one.
    """
    views, taken = ArticleViews(), set()
    for item in items:
        doc_id = item.document.doc_id
        try:
            text = _article_text(item, texts)
            if text is None:
                existing = item.path.with_suffix(".html")
                if existing.is_file():
                    views.links[doc_id] = tuple(Path(os.path.relpath(existing, report_dir)).parts)
                continue
            _check_offsets(item.document, text)
        except (InputError, AssertionError) as error:
            views.notes.append(f"{doc_id}: no article view ({error})")
            continue
        name = safe_file_name(doc_id, taken)
        (report_dir / VIEWS_DIR).mkdir(exist_ok=True)
        write_atomically(report_dir / VIEWS_DIR / name, render_article(text, item.document))
        views.links[doc_id] = (VIEWS_DIR, name)
        views.titles[doc_id] = article_title(text)
    return views


def _check_offsets(document: Document, text: str) -> None:
    from ..pipeline import validate

    validate(document, text)


# --- the page -----------------------------------------------------------------

def is_headline(fact: Fact) -> bool:
    """A total for its place and period, not a breakdown by partner, product, sector or subject.

    >>> is_headline(Fact(metric="export_value", product="gỗ", evidence={"start": 0, "end": 1}))
    False
    """
    return not (fact.partner or fact.product or fact.sector or fact.subject)


def render_report(documents: list[Document], links: dict[str, tuple[str, ...]], source: str,
                  titles: dict[str, str] | None = None, failures: list[dict[str, str]] | None = None,
                  store_sections: str = "") -> str:
    """The corpus report page over the Documents of a run.

    Args:
        documents: the run's Documents.
        links: for each doc_id with an article view, its path parts relative to the report.
        source: where the Documents were read from, shown in the header.
        titles: the article titles by doc_id, where known.
        failures: the articles the run could not extract (`load_failures`).
        store_sections: the observations and series of the run's store (`observations.py`).
    """
    facts = [(document, index, fact) for document in documents for index, fact in enumerate(document.facts)]
    body = "\n".join([
        _header(documents, facts, source),
        "<main>",
        _kpis(documents, facts, failures or []),
        _chart_section(facts),
        store_sections,
        _counts_section(facts),
        _indicators_section(facts, links),
        _documents_section(documents, links, titles or {}),
        _warnings_section(documents, links),
        _failures_section(failures or []),
        "</main>",
    ])
    return page(f"Corpus report · {source}", body, REPORT_CSS + OBSERVATIONS_CSS)


def _header(documents: list[Document], facts: list[FactRow], source: str) -> str:
    meta = "".join(f"<span>{escape(item)}</span>"
                   for item in (source, f"{len(documents)} documents", f"{len(facts)} facts"))
    return f'<header class="top"><h1>Corpus report</h1><div class="meta">{meta}</div></header>'


def _kpis(documents: list[Document], facts: list[FactRow], failures: list[dict[str, str]]) -> str:
    provinces = {fact.location for _, _, fact in facts if fact.location}
    figures = (
        (len(documents), "documents", "#documents"), (len(facts), "facts", "#counts"),
        (len(provinces), "locations", "#counts"),
        (sum(len(document.quantities) for document in documents), "quantities", ""),
        (sum(len(document.entities) for document in documents), "entities", ""),
        (sum(len(document.warnings) for document in documents), "warnings", "#warnings"),
        (len(failures), "failed articles", "#failures"),
    )
    return _kpi_cards(figures)


def _kpi_cards(figures) -> str:
    """Cards of (count, name, anchor): a card with an anchor links to its section."""
    cards = "".join(
        f'<a class="kpi" href="{target}"><b>{count}</b><span>{escape(name)}</span></a>' if target and count
        else f'<div class="kpi"><b>{count}</b><span>{escape(name)}</span></div>'
        for count, name, target in figures)
    return f'<div class="kpis">{cards}</div>'


def _chart_section(facts: list[FactRow]) -> str:
    """The charts: fact counts, and headline trade and FDI values per province and period."""
    metrics = Counter(metric_label(fact.metric.value) for _, _, fact in facts)
    locations = Counter(fact.location or NO_LOCATION for _, _, fact in facts)
    charts = [
        _count_chart(metrics, "Facts per metric", "metrics", 4),
        _count_chart(locations, "Facts per location", "locations", 5),
        _value_chart(facts, (Metric.EXPORT_VALUE, Metric.IMPORT_VALUE),
                    "Export and import by province and period", "trade", 0),
        _value_chart(facts, (Metric.FDI_CAPITAL,), "FDI registered capital by province and period", "fdi", 2),
    ]
    figures = "".join(f"<figure>{chart}</figure>" for chart in charts if chart)
    return (f'<section class="card" id="charts"><h2>Charts</h2>'
            f'<div class="charts">{figures or "<p>No facts.</p>"}</div></section>')


def _count_chart(counts: Counter, title: str, name: str, colour: int) -> str:
    """Bars of fact counts, largest first; empty when there is nothing to count."""
    if not counts:
        return ""
    ordered = counts.most_common()
    return horizontal_bars([label for label, _ in ordered], {"facts": [count for _, count in ordered]},
                           title, "facts", name, colour)


def _value_chart(facts: list[FactRow], metrics: tuple[Metric, ...], title: str, name: str,
                 colour: int) -> str:
    """Headline USD values of `metrics`, one bar group per province and period, in million USD."""
    values: dict[tuple, dict[Metric, float]] = defaultdict(dict)
    for _, _, fact in facts:
        in_usd = fact.value is not None and fact.value.unit == "USD"
        if fact.metric in metrics and fact.location not in NOT_PROVINCES and is_headline(fact) and in_usd:
            key = (fact.location or NO_LOCATION, _period_key(fact), period_label(fact.period))
            values[key].setdefault(fact.metric, fact.value.amount / 1e6)
    if not values:
        return ""
    keys = sorted(values)
    labels = [f"{location} · {label or 'no period'}" for location, _, label in keys]
    series = {metric_label(metric.value): [values[key].get(metric, 0.0) for key in keys]
              for metric in metrics}
    axis = "million USD (headline totals; national figures left out)"
    return horizontal_bars(labels, series, title, axis, name, colour)


def _period_key(fact: Fact) -> tuple[str, str]:
    period = fact.period
    return (period.end or "", period.start or "") if period else ("", "")


def _counts_section(facts: list[FactRow]) -> str:
    """Fact counts per metric (by status) and per location."""
    statuses = list(Status)
    per_metric: dict[str, Counter] = defaultdict(Counter)
    per_location: dict[str, Counter] = defaultdict(Counter)
    for document, _, fact in facts:
        per_metric[fact.metric.value][fact.status] += 1
        per_location[fact.location or NO_LOCATION]["facts"] += 1
        per_location[fact.location or NO_LOCATION][document.doc_id] = 1
    metric_head = "".join(f'<th class="num">{status.value}</th>' for status in statuses)
    metric_rows = "".join(
        f"<tr><td>{escape(metric_label(metric))}</td><td class=\"num\">{sum(counts.values())}</td>"
        + "".join(f'<td class="num">{counts[status] or ""}</td>' for status in statuses) + "</tr>"
        for metric, counts in sorted(per_metric.items(), key=lambda item: -sum(item[1].values())))
    location_rows = "".join(
        f"<tr><td>{escape(location)}</td><td class=\"num\">{counts['facts']}</td>"
        f"<td class=\"num\">{len(counts) - 1}</td></tr>"
        for location, counts in sorted(per_location.items(), key=lambda item: -item[1]["facts"]))
    return (
        '<div class="grid" id="counts"><section class="card"><h2>Facts per metric</h2>'
        '<table id="per-metric"><thead><tr><th>metric</th><th class="num">facts</th>'
        f"{metric_head}</tr></thead>"
        f"<tbody>{metric_rows}</tbody></table></section>"
        '<section class="card"><h2>Facts per location</h2>'
        '<table id="per-location"><thead><tr><th>location</th><th class="num">facts</th>'
        f'<th class="num">documents</th></tr></thead><tbody>{location_rows}</tbody></table></section></div>'
    )


def _indicators_section(facts: list[FactRow], links: dict[str, tuple[str, ...]]) -> str:
    """Headline export, import and FDI figures per location and period, each linking to its fact."""
    wanted = dict(MAIN_INDICATORS)
    cells: dict[tuple, dict[Metric, list[str]]] = defaultdict(lambda: defaultdict(list))
    for document, index, fact in facts:
        if fact.metric in wanted and is_headline(fact):
            key = (fact.location or NO_LOCATION, _period_key(fact), period_label(fact.period))
            cells[key][fact.metric].append(_fact_link(document, index, fact, links))
    head = "".join(f"<th>{escape(label)}</th>" for label in ("Location", "Period", *wanted.values()))
    rows = "".join(
        f'<tr><td class="loc">{escape(location)}</td><td class="nowrap">{escape(label)}</td>'
        + "".join(f"<td>{''.join(cells[key][metric])}</td>" for metric in wanted) + "</tr>"
        for key in sorted(cells) for location, _, label in [key])
    if not rows:
        rows = f'<tr><td colspan="{len(wanted) + 2}" class="muted">No headline figures.</td></tr>'
    return ('<section class="card" id="indicators"><h2>Main indicators by location and period</h2>'
            '<p class="muted">Headline totals only (no partner, product, sector or subject); '
            "click a figure to open its evidence.</p>"
            f'<table id="indicators-table"><thead><tr>{head}</tr></thead>'
            f"<tbody>{rows}</tbody></table></section>")


def _fact_link(document: Document, index: int, fact: Fact, links: dict[str, tuple[str, ...]]) -> str:
    """A fact's value, linking to the fact in its article view when there is one."""
    text = escape(value_label(fact.value) or change_label(fact.change) or "(no value)")
    tooltip = escape(f"{document.doc_id} · fact #{index + 1} · {fact.status.value}")
    parts = links.get(document.doc_id)
    figure = (f'<a href="{href(*parts, fragment=f"fact-{index + 1}")}" title="{tooltip}">{text}</a>'
              if parts else f'<span title="{tooltip}">{text}</span>')
    status = f' <span class="badge {fact.status.value}">{fact.status.value}</span>' \
        if fact.status is not Status.ACTUAL else ""
    change = ""
    if fact.change and fact.value:
        change = f'<span class="chg {fact.change.direction.value}">{escape(change_label(fact.change))}</span>'
    return f'<span class="cell-fact">{figure}{status}{change}</span>'


def _documents_section(documents: list[Document], links: dict[str, tuple[str, ...]],
                      titles: dict[str, str]) -> str:
    """One row per Document with its title, counts and a link to its article view."""
    rows = []
    for document in documents:
        parts = links.get(document.doc_id)
        name = escape(document.doc_id)
        cell = f'<a href="{href(*parts)}">{name}</a>' if parts else name
        counts = (len(document.facts), len(document.quantities), len(document.entities),
                  len(document.warnings))
        title = escape(titles.get(document.doc_id, ""))
        rows.append(f'<tr><td>{cell}</td><td class="title" title="{title}">{title}</td>'
                    f"<td class=\"nowrap\">{escape(document.date or '')}</td>"
                    + "".join(f'<td class="num">{count}</td>' for count in counts) + "</tr>")
    head = "".join(f'<th class="num">{name}</th>' for name in ("facts", "quantities", "entities", "warnings"))
    return ('<section class="card" id="documents"><h2>Documents</h2><div class="scroll">'
            '<table id="documents-table"><thead><tr><th>doc_id</th><th>title</th><th>date</th>'
            f'{head}</tr></thead><tbody>{"".join(rows)}</tbody></table></div></section>')


def _warnings_section(documents: list[Document], links: dict[str, tuple[str, ...]]) -> str:
    """Every consistency warning of the run, linking to the first fact it names."""
    items = []
    for document in documents:
        parts = links.get(document.doc_id)
        for warning in document.warnings:
            target = f"fact-{warning.facts[0] + 1}" if warning.facts else "warnings"
            name = escape(document.doc_id)
            where = f'<a href="{href(*parts, fragment=target)}">{name}</a>' if parts else name
            items.append(f"<li>{where}: <code>{escape(warning.check)}</code> {escape(warning.message)}</li>")
    if not items:
        return ""
    return (f'<section class="card warnings" id="warnings"><h2>⚠ {len(items)} warnings</h2>'
            f'<ul>{"".join(items)}</ul></section>')


def _failures_section(failures: list[dict[str, str]]) -> str:
    """The articles the run could not extract, with the error it gave."""
    if not failures:
        return ""
    items = "".join(f"<li><code>{escape(failure['doc_id'] or failure['source'])}</code> "
                    f"{escape(failure['error'])}</li>" for failure in failures)
    return (f'<section class="card warnings" id="failures"><h2>✖ {len(failures)} failed articles</h2>'
            f"<ul>{items}</ul></section>")


# --- command line -------------------------------------------------------------

def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("source", type=Path,
                        help="a run's directory of <doc_id>.json Documents, a JSON Lines file of Documents, "
                             "or a fact store (extract store)")
    parser.add_argument("-o", "--output", type=Path, default=None,
                        help="the report file (default: DIR/report.html, or <file>.report.html beside a "
                             "file); article views go to articles/ beside it")
    parser.add_argument("--articles", nargs="+", default=[], metavar="PATH",
                        help="the article texts, for the article views: directories of .txt files or "
                             "JSON Lines archives")
    parser.add_argument("--limit", type=int, default=2000,
                        help="observations listed at most, conflicts first (default: %(default)s)")


def main(args: argparse.Namespace) -> int:
    source = args.source
    report = args.output or (source / "report.html" if source.is_dir()
                             else source.with_name(f"{source.stem}.report.html"))
    views_dir = report.parent / VIEWS_DIR
    if views_dir.is_symlink() and not views_dir.resolve().is_relative_to(report.parent.resolve()):
        print(f"error: {views_dir}: a link leading out of {report.parent}; the article views "
              "are written only inside it (remove the link)", file=sys.stderr)
        return 2
    try:
        texts = ArticleTexts.from_paths(args.articles)
        if source.is_dir() or is_jsonl(source):
            html, notes, summary = _run_report(source, report.parent, texts, args.limit)
        elif source.is_file():
            html, notes, summary = _store_report(source, report.parent, texts, args.limit)
        else:
            raise InputError(f"{source}: no such file or directory")
    except (InputError, StoreError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    # Written to a new file and renamed: a link planted at the report's name
    # is replaced, never written through.
    write_atomically(report, html)
    for note in notes:
        print(f"note: {note}", file=sys.stderr)
    print(f"wrote {report} ({summary})", file=sys.stderr)
    return 0


def _run_report(source: Path, report_dir: Path, texts: ArticleTexts, limit: int) -> tuple[str, list[str], str]:
    """The report of a run directory or a JSON Lines file of Documents, with its
    observations consolidated in a store held in memory."""
    if source.is_dir():
        items, problems = _load_run(source)
        failures = load_failures(source)
    else:
        items, problems, failures = [RunDocument(d, source) for d in iter_documents(source)], [], []
    if not items:
        raise InputError(f"{source}: no Documents")
    report_dir.mkdir(parents=True, exist_ok=True)
    views = _write_article_views(items, report_dir, texts)
    documents = [item.document for item in items]
    with Store.open(Path(":memory:")) as store:
        store.add_documents(Read(str(item.path), item.document) for item in items)
        store.consolidate()
        sections = _store_sections(store, views.links, limit)
    html = render_report(documents, views.links, str(source), views.titles, failures, sections)
    return html, [*problems, *views.notes], f"{len(items)} documents, {len(views.links)} article views"


def _store_report(path: Path, report_dir: Path, texts: ArticleTexts, limit: int) -> tuple[str, list[str], str]:
    """The report of a store: its observations and series, each source linking
    to its article's view where the Document and the text can still be read."""
    with Store.open(path, read_only=True) as store:
        linked = linked_doc_ids(store, limit)
        items, places = _stored_documents(store, linked)
        report_dir.mkdir(parents=True, exist_ok=True)
        views = _write_article_views(items, report_dir, texts.with_places(places))
        body = "\n".join([
            f'<header class="top"><h1>Store report</h1><div class="meta"><span>{escape(str(path))}</span></div>'
            "</header><main>",
            _kpi_cards(store_kpis(store)), _store_sections(store, views.links, limit), "</main>"])
    return (page(f"Store report · {path}", body, REPORT_CSS + OBSERVATIONS_CSS), views.notes,
            f"{len(linked)} source articles, {len(views.links)} article views")


def _store_sections(store: Store, links: dict[str, tuple[str, ...]], limit: int) -> str:
    indicators = Indicators.load()
    return series_section(store, indicators, AreaCodes.load()) + observations_section(store, links, indicators, limit)


def _stored_documents(store: Store, doc_ids: list[str]) -> tuple[list[RunDocument], dict]:
    """The Documents of `doc_ids` read again from where the store found them,
    and where their texts were read (for `ArticleTexts`)."""
    rows = store.rows("SELECT doc_id, document, source FROM articles WHERE doc_id IN (SELECT unnest(?))", [doc_ids])
    items, places = [], {}
    for row in rows:
        item = _document_at(row["document"], row["doc_id"])
        if item is not None:
            items.append(item)
        if row["source"]:
            places[row["doc_id"]] = row["source"]
    return items, places


def _document_at(location: str | None, doc_id: str) -> RunDocument | None:
    """The Document at `file.json`, `file.jsonl:LINE` or in `file.jsonl`, or None
    when it cannot be read."""
    if not location:
        return None
    path, _, line = location.rpartition(":") if is_jsonl_line(location) else (location, "", "")
    try:
        if line:
            return RunDocument(document_on_line(Path(path), int(line)), Path(path))
        if is_jsonl(Path(path)):
            return RunDocument(find_document(Path(path), doc_id), Path(path))
        return RunDocument(Document.model_validate_json(Path(path).read_bytes()), Path(path))
    except (OSError, ValidationError, InputError):
        return None

