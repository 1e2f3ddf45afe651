"""`extract show`: one article as an HTML page with its facts.

The article text is shown with quantities, periods and entities highlighted
(hover for the normalized value), the facts table beside it (click a row to
scroll to and highlight its evidence), and consistency warnings on top.

>>> from extract.schema import Document
>>> page = render_article("Xuất khẩu <b>tăng</b>", Document(doc_id="vd"))
>>> "Xuất khẩu &lt;b&gt;tăng&lt;/b&gt;" in page
True
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from pydantic import ValidationError

from ..analysis import parse_iso_date
from ..archives import find_document, is_jsonl
from ..cli import date_argument, encoding_argument
from ..reading import InputError, read_article
from ..schema import Document, EntityType, Fact
from .labels import (change_label, entity_title, metric_label, period_label, period_title,
                     quantity_title, value_label)
from .markup import Layer, render_layers
from .page import escape, page

PLACE_TYPES = frozenset({EntityType.PROVINCE, EntityType.COUNTRY, EntityType.REGION,
                         EntityType.FOREIGN_LOCALITY, EntityType.INDUSTRIAL_PARK})

ARTICLE_CSS = """
.panes { display: grid; grid-template-columns: minmax(0, 1fr); gap: 16px; }
/* Wide screens: the page fills the window and only the two panes scroll. */
@media (min-width: 1100px) {
  body.app { height: 100vh; display: flex; flex-direction: column; overflow: hidden; }
  body.app main { flex: 1; min-height: 0; display: flex; flex-direction: column; }
  body.app .warnings { flex: none; max-height: 22vh; overflow: auto; }
  .panes { flex: 1; min-height: 0; grid-template-columns: minmax(0, 1fr) minmax(0, 1.15fr);
    grid-template-rows: minmax(0, 1fr); }
  .panes > section { overflow: auto; margin: 0; }
}
.legend { display: flex; flex-wrap: wrap; gap: 6px 14px; font-size: 12.5px; margin: 0 0 10px;
  padding-bottom: 8px; border-bottom: 1px dashed var(--line); position: sticky; top: -12px;
  background: var(--paper); z-index: 2; padding-top: 4px; }
.legend .m { cursor: default; }
.article { white-space: pre-wrap; line-height: 2; font-size: 15.5px; overflow-wrap: anywhere;
  margin: 0; font-family: inherit; }
.m { padding: 1px 2px; border-radius: 3px; border-bottom: 2px solid transparent; cursor: help;
  color: inherit; }
.m .m { padding: 0 1px; }
.qty { background: var(--qty); border-color: var(--qty-edge); }
.per { background: var(--per); border-color: var(--per-edge); }
.ent.place { background: var(--place); border-color: var(--place-edge); }
.ent.org { background: var(--org); border-color: var(--org-edge); }
.ent[data-label]::after { content: attr(data-label); font-size: 9px; font-weight: 600;
  letter-spacing: .03em; vertical-align: super; margin-left: 2px; opacity: .7; }
.ev { border-radius: 3px; cursor: pointer; transition: background .2s; }
.ev:hover { background: #f1f5f9; }
.ev.active { background: var(--focus); box-shadow: 0 0 0 2px var(--focus-edge); }
.swatch-ev { background: var(--focus); box-shadow: 0 0 0 2px var(--focus-edge); border-radius: 3px;
  padding: 0 4px; }
tr.fact { cursor: pointer; }
tr.fact:hover td { background: #f8fafc; }
tr.fact.selected td { background: var(--focus); }
tr.fact td:first-child { color: var(--muted); }
tr.fact.warned td:first-child::after { content: " ⚠"; color: #b45309; }
td .detail { display: block; font-size: 12.5px; overflow-wrap: anywhere; }
td .detail b { font-weight: 600; color: var(--muted); }
.value { font-weight: 600; }
.tip { position: fixed; z-index: 10; max-width: 420px; padding: 4px 8px; border-radius: 4px;
  background: #111827; color: #f9fafb; font-size: 12.5px; pointer-events: none;
  box-shadow: 0 2px 8px rgba(0, 0, 0, .25); }
"""

# Selecting a fact highlights every piece of its evidence and scrolls to it;
# clicking evidence selects its first fact. `#fact-N` in the URL selects on load.
ARTICLE_JS = """
(function () {
  function pieces(ev) { return document.querySelectorAll('.ev[data-ev="' + ev + '"]'); }
  function reveal(element) {
    var pane = element.closest('.article-pane');
    if (pane && pane.scrollHeight > pane.clientHeight) {
      var offset = element.getBoundingClientRect().top - pane.getBoundingClientRect().top;
      pane.scrollTop += offset - pane.clientHeight / 3;
    } else {
      element.scrollIntoView({block: 'center'});
    }
  }
  function select(row, scrollText, scrollRow) {
    document.querySelectorAll('.ev.active').forEach(function (e) { e.classList.remove('active'); });
    document.querySelectorAll('tr.fact.selected').forEach(function (r) { r.classList.remove('selected'); });
    row.classList.add('selected');
    var parts = pieces(row.dataset.ev);
    parts.forEach(function (p) { p.classList.add('active'); });
    if (scrollText && parts.length) { reveal(parts[0]); }
    if (scrollRow) { row.scrollIntoView({block: 'nearest'}); }
  }
  function fromHash() {
    var row = location.hash ? document.getElementById(location.hash.slice(1)) : null;
    if (row && row.classList.contains('fact')) { select(row, true, true); }
  }
  document.querySelectorAll('tr.fact').forEach(function (row) {
    row.addEventListener('click', function () { select(row, true, false); });
    row.addEventListener('keydown', function (event) {
      if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); select(row, true, false); }
    });
  });
  document.querySelectorAll('.ev').forEach(function (piece) {
    piece.addEventListener('click', function () {
      var row = document.querySelector('tr.fact[data-ev="' + piece.dataset.ev + '"]');
      if (row) { select(row, false, true); }
    });
  });
  // The normalized value of the innermost highlight under the pointer, at once.
  var tip = document.createElement('div');
  tip.className = 'tip';
  tip.hidden = true;
  document.body.appendChild(tip);
  document.querySelectorAll('#article mark[title]').forEach(function (mark) {
    mark.dataset.tip = mark.title;
    mark.removeAttribute('title');
  });
  function showTip(target) {
    var mark = target && target.closest ? target.closest('#article mark[data-tip]') : null;
    if (!mark) { tip.hidden = true; return; }
    var box = mark.getBoundingClientRect();
    tip.textContent = mark.dataset.tip;
    tip.style.left = Math.max(4, box.left) + 'px';
    tip.style.top = (box.bottom + 6) + 'px';
    tip.hidden = false;
  }
  var article = document.getElementById('article');
  article.addEventListener('mouseover', function (event) { showTip(event.target); });
  article.addEventListener('mouseout', function (event) { showTip(event.relatedTarget); });
  window.addEventListener('hashchange', fromHash);
  fromHash();
})();
"""


def render_article(text: str, document: Document, title: str | None = None) -> str:
    """The self-contained HTML page of one article and its Document.

    Args:
        text: the article as read from disk (the Document's offsets index it).
        document: what the extractor found in `text`.
        title: the page heading; by default the article's first line.

    Returns:
        A complete HTML document: no external resource, all text escaped.

    >>> from extract.schema import Document, Entity
    >>> doc = Document(doc_id="vd", entities=[Entity(text="Nghệ An", start=0, end=7,
    ...                                               type="PROVINCE", norm="Nghệ An")])
    >>> 'title="PROVINCE → Nghệ An"' in render_article("Nghệ An xuất khẩu", doc)
    True
    """
    evidence = _evidence_index(document.facts)
    heading = title or article_title(text) or document.doc_id
    body = "\n".join([
        _header(heading, document),
        "<main>",
        _warnings_section(document),
        '<div class="panes">',
        '<section class="card article-pane"><h2>Article</h2>',
        _legend(document),
        f'<div id="article" class="article">{render_layers(text, _layers(document, evidence))}</div>',
        "</section>",
        '<section class="card facts-pane">',
        f"<h2>Facts ({len(document.facts)})</h2>",
        _facts_table(document, evidence),
        "</section>",
        "</div>",
        "</main>",
    ])
    return page(f"{heading} · {document.doc_id}", body, ARTICLE_CSS, ARTICLE_JS, body_class="app")


def article_title(text: str) -> str:
    """The article's first line that is not its `date` line.

    >>> article_title("date 2025-11-01\\nThanh Hóa: xuất khẩu tăng\\nNội dung")
    'Thanh Hóa: xuất khẩu tăng'
    """
    for line in text.lstrip("\ufeff").splitlines():
        line = line.strip()
        if line and not line.startswith("date "):
            return line
    return ""


def _evidence_index(facts: list[Fact]) -> dict[tuple[int, int], int]:
    """Each distinct evidence span with its number, in order of position.

    >>> from extract.schema import Fact
    >>> _evidence_index([Fact(metric="grdp", evidence={"start": 9, "end": 20}),
    ...                 Fact(metric="grdp", evidence={"start": 0, "end": 8})])
    {(0, 8): 0, (9, 20): 1}
    """
    spans = sorted({(fact.evidence.start, fact.evidence.end) for fact in facts})
    return {span: number for number, span in enumerate(spans)}


def _layers(document: Document, evidence: dict[tuple[int, int], int]) -> list[Layer]:
    """The highlight ranges of the Document: evidence outside, then entities, periods, quantities."""
    ranges = [Layer(start, end, "span", (("class", "ev"), ("data-ev", str(number)),
                                         ("id", f"ev-{number}")), depth=0)
              for (start, end), number in evidence.items()]
    for number, entity in enumerate(document.entities):
        family = "place" if entity.type in PLACE_TYPES else "org"
        ranges.append(Layer(entity.start, entity.end, "mark", (
            ("class", f"m ent {family}"), ("data-id", f"e{number}"),
            ("data-type", entity.type.value), ("data-label", entity.type.value.lower()),
            ("title", entity_title(entity))), depth=1))
    for number, mention in enumerate(document.periods):
        ranges.append(Layer(mention.start, mention.end, "mark", (
            ("class", "m per"), ("data-id", f"p{number}"), ("title", period_title(mention))), depth=2))
    for number, quantity in enumerate(document.quantities):
        ranges.append(Layer(quantity.start, quantity.end, "mark", (
            ("class", "m qty"), ("data-id", f"q{number}"), ("title", quantity_title(quantity))), depth=3))
    return ranges


def _legend(document: Document) -> str:
    """Colour keys with counts, so an analyst sees what each highlight means."""
    places = sum(entity.type in PLACE_TYPES for entity in document.entities)
    keys = [
        ("m qty", "quantity", len(document.quantities)),
        ("m per", "period", len(document.periods)),
        ("m ent place", "place: province, country, region, park", places),
        ("m ent org", "organisation, person, agreement", len(document.entities) - places),
    ]
    items = "".join(f'<span><mark class="{css}">{escape(name)}</mark> {count}</span>'
                    for css, name, count in keys)
    return (f'<div class="legend">{items}<span><span class="swatch-ev">evidence</span> '
            "of the selected fact</span><span class=\"muted\">hover a highlight for its value</span></div>")


def _header(heading: str, document: Document) -> str:
    meta = [f"doc_id {document.doc_id}", f"date {document.date}" if document.date else "no date line",
            f"{len(document.facts)} facts", f"{len(document.quantities)} quantities",
            f"{len(document.entities)} entities", f"{len(document.periods)} periods"]
    spans = "".join(f"<span>{escape(item)}</span>" for item in meta)
    return f'<header class="top"><h1>{escape(heading)}</h1><div class="meta">{spans}</div></header>'


def _warnings_section(document: Document) -> str:
    """The consistency warnings, each linking to the facts it concerns; empty when none."""
    if not document.warnings:
        return ""
    items = []
    for warning in document.warnings:
        links = ", ".join(f'<a href="#fact-{index + 1}">#{index + 1}</a>' for index in warning.facts)
        facts = f" <span class=\"muted\">facts {links}</span>" if links else ""
        items.append(f"<li><code>{escape(warning.check)}</code> {escape(warning.message)}{facts}</li>")
    return (f'<section class="card warnings" id="warnings"><h2>⚠ {len(items)} warning'
            f'{"s" if len(items) != 1 else ""}</h2><ul>{"".join(items)}</ul></section>')


FACT_COLUMNS = ("#", "Metric", "Location", "Period", "Value", "Status", "Change", "Partner / product")
NOWRAP_COLUMNS = frozenset({"Period", "Value", "Status", "Change"})


def _facts_table(document: Document, evidence: dict[tuple[int, int], int]) -> str:
    """The facts as table rows that point at their evidence."""
    warned = {index for warning in document.warnings for index in warning.facts}
    head = "".join(f"<th>{escape(name)}</th>" for name in FACT_COLUMNS)
    rows = [_fact_row(index, fact, evidence[(fact.evidence.start, fact.evidence.end)], index in warned)
            for index, fact in enumerate(document.facts)]
    if not rows:
        rows = [f'<tr><td colspan="{len(FACT_COLUMNS)}" class="muted">No facts extracted.</td></tr>']
    return f'<table id="facts"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


def _fact_row(index: int, fact: Fact, evidence_number: int, warned: bool) -> str:
    """One fact as a table row; `index` is its position in Document.facts."""
    direction = fact.change.direction.value if fact.change else ""
    cells = [
        str(index + 1),
        escape(metric_label(fact.metric.value)),
        escape(fact.location or ""),
        escape(period_label(fact.period)),
        f'<span class="value">{escape(value_label(fact.value))}</span>',
        f'<span class="badge {fact.status.value}">{escape(fact.status.value)}</span>',
        f'<span class="{direction}">{escape(change_label(fact.change))}</span>',
        _fact_details(fact),
    ]
    classes = "fact warned" if warned else "fact"
    tds = "".join(f'<td class="nowrap">{cell}</td>' if column in NOWRAP_COLUMNS else f"<td>{cell}</td>"
                  for column, cell in zip(FACT_COLUMNS, cells))
    return (f'<tr class="{classes}" id="fact-{index + 1}" data-ev="{evidence_number}" '
            f'tabindex="0" title="show the evidence">{tds}</tr>')


def _fact_details(fact: Fact) -> str:
    """Partner, product, sector and subject, each on its own line when set."""
    slots = (("partner", fact.partner), ("product", fact.product),
             ("sector", fact.sector), ("subject", fact.subject))
    return "".join(f'<span class="detail"><b>{name}</b> {escape(value)}</span>'
                   for name, value in slots if value)


# --- command line -------------------------------------------------------------

def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("article", type=Path,
                        help="the article: a .txt file, or a JSON Lines archive (.jsonl) with --doc-id")
    parser.add_argument("--doc-id", metavar="ID",
                        help="the article of a JSON Lines archive to show (its doc_id as extract run names it)")
    parser.add_argument("-o", "--output", type=Path, help="the HTML file to write (default: stdout)")
    parser.add_argument("--date", type=date_argument,
                        help="YYYY-MM-DD for relative periods when the article has no date line")
    parser.add_argument("--encoding", metavar="NAME", type=encoding_argument,
                        help="encoding of a .txt article that is not UTF-8: cp1258, vni, tcvn3, any "
                             "Python codec, or 'auto' (default: UTF-8 only)")
    parser.add_argument("--document", type=Path,
                        help="render this Document instead of extracting (e.g. a gold file): a JSON "
                             "file, or a JSON Lines file of Documents (the one with --doc-id)")


def main(args: argparse.Namespace) -> int:
    try:
        doc_id, text, date = read_shown_article(args.article, args.doc_id, args.encoding)
        document = load_document(args.document, text, doc_id) if args.document else None
    except InputError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if document is None:
        from .. import extract

        try:
            document = extract(text, doc_id=doc_id, date=date or args.date)
        except ValueError as error:  # text the pipeline refuses (undecodable bytes of an archive)
            print(f"error: {args.article}: {error}", file=sys.stderr)
            return 2
    html = render_article(text, document)
    if args.output is None:
        sys.stdout.write(html)
        return 0
    try:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(html, encoding="utf-8")
    except OSError as error:
        print(f"error: {args.output}: cannot write: {error.strerror or error}", file=sys.stderr)
        return 2
    print(f"wrote {args.output}", file=sys.stderr)
    return 0


def read_shown_article(path: Path, doc_id: str | None = None,
                       encoding: str | None = None) -> tuple[str, str, dt.date | None]:
    """(doc_id, text, date) of the article to show: a text file, or the record
    `doc_id` of a JSON Lines archive (with the record's date, if any).

    Raises:
        InputError: naming the file, when it cannot be read, when an archive
            is given without `doc_id` or lacks it, or `doc_id` with a text file.
    """
    from ..batch.inputs import is_jsonl, iter_items

    if not is_jsonl(path):
        if doc_id is not None:
            raise InputError(f"{path}: --doc-id picks an article of a JSON Lines archive (.jsonl), "
                             "not of a text file")
        return path.stem, read_article(path, encoding=encoding), None
    if doc_id is None:
        raise InputError(f"{path}: a JSON Lines archive holds many articles: name one with --doc-id")
    for item in iter_items([str(path)]):
        if item.doc_id == doc_id and item.error is None:
            return item.doc_id, item.text, parse_iso_date(item.date) if item.date else None
    raise InputError(f"{path}: no article with doc_id {doc_id!r}")


def load_document(path: Path, text: str | None = None, doc_id: str | None = None) -> Document:
    """The Document in a JSON file (or `doc_id` in a JSON Lines file of
    Documents), its spans checked against `text` when given.

    Raises:
        InputError: naming the file, when it is not a valid Document for `text`.

    >>> import pathlib, tempfile
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "vd.json"
    >>> _ = path.write_text('{"doc_id": "vd", "entities": [{"text": "Nghệ An", "start": 0, '
    ...                     '"end": 7, "type": "PROVINCE", "norm": "Nghệ An"}]}', encoding="utf-8")
    >>> load_document(path, "Nghệ An xuất khẩu").entities[0].norm
    'Nghệ An'
    """
    from ..pipeline import OffsetError, validate

    try:
        if is_jsonl(path):
            document = find_document(path, doc_id or path.stem)
        else:
            document = Document.model_validate_json(path.read_bytes())
        return validate(document, text) if text is not None else document
    except OSError as error:
        raise InputError(f"{path}: cannot read: {error.strerror or error}") from None
    except ValidationError as error:
        raise InputError(f"{path}: not a Document: {error.errors()[0]['msg']}") from None
    except OffsetError as error:
        raise InputError(f"{path}: does not fit the article: {error}") from None
