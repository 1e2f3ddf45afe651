"""One Document as rows of the store: its article row and one row per fact.

>>> from extract.schema import Document
>>> doc = Document.model_validate({"doc_id": "vd", "date": "2024-12-28",
...     "quantities": [{"text": "34,5 tỷ USD", "start": 45, "end": 56, "amount": 34.5e9, "unit": "USD"}],
...     "facts": [{"metric": "export_value", "location": "Bình Dương", "status": "estimate",
...                "period": {"start": "2024-01", "end": "2024-12"},
...                "value": {"amount": 34.5e9, "unit": "USD"}, "evidence": {"start": 0, "end": 57}}]})
>>> row = fact_rows(doc, AreaCodes.load())[0]
>>> row["code_pre2025"], row["code_2025"], row["precision"], row["kind"]
('74', '79', 50000000.0, 'outturn')
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable

from ..analysis import parse_header
from ..schema import Document, Fact, Status
from .agreement import written_half_width
from .areas import AreaCodes
from .tables import KEY_COLUMNS

KIND_OF_STATUS = {Status.ACTUAL: "outturn", Status.ESTIMATE: "outturn",
                  Status.TARGET: "target", Status.FORECAST: "forecast"}
NO_BASIS = "none"


def observation_id(key: dict) -> str:
    """A stable id of an observation key (the same key gives the same id in any store).

    >>> observation_id({"metric": "grdp"}) == observation_id({"metric": "grdp", "unit": None})
    True
    """
    text = "\x1f".join("\x00" if key.get(name) is None else str(key[name]) for name in KEY_COLUMNS)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:20]


def article_row(document: Document, read_from: str, source: str | None, text: str | None,
                written_at: dt.datetime | None, version: str) -> dict:
    """The `articles` row of a Document read from `read_from`, its text (when known) from `source`."""
    return {
        "doc_id": document.doc_id, "source": source, "document": read_from,
        "date": dt.date.fromisoformat(document.date) if document.date else None,
        "location": getattr(document, "location", None) or (parse_header(text).location if text else None),
        "content_hash": hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest() if text else None,
        "extractor_version": getattr(document, "extractor_version", None) or version,
        "extracted_at": written_at, "facts": len(document.facts), "warnings": len(document.warnings),
    }


def package_version() -> str:
    """The installed version of the extractor (`vi-econ-extract`)."""
    from ..cli import version

    return version()


def fact_rows(document: Document, areas: AreaCodes,
              evidence: Callable[[int, int], str | None] = lambda start, end: None) -> list[dict]:
    """The rows of `document`'s facts; `evidence(start, end)` gives the text of a span when known."""
    as_of = document.date[:7] if document.date else None
    quantities = _quantities_by_figure(document)
    rows = []
    for index, fact in enumerate(document.facts):
        row = _key(fact, areas, as_of)
        row.update(_figures(quantities, fact))
        row.update(doc_id=document.doc_id, fact_index=index, obs_id=observation_id(row),
                   status=fact.status.value,
                   evidence_start=fact.evidence.start, evidence_end=fact.evidence.end,
                   evidence_text=evidence(fact.evidence.start, fact.evidence.end),
                   pattern=_pattern(fact))
        rows.append(row)
    return rows


def _key(fact: Fact, areas: AreaCodes, as_of: str | None) -> dict:
    period, value, change = fact.period, fact.value, fact.change
    change_only = value is None
    code_pre2025, code_2025 = areas.codes(fact.location, as_of or (period.end if period else None))
    return {
        "metric": fact.metric.value, "location": fact.location,
        "code_pre2025": code_pre2025, "code_2025": code_2025,
        "period_start": period.start if period else None, "period_end": period.end if period else None,
        "cumulative": period.cumulative if period else None,
        "partner": fact.partner, "product": fact.product, "sector": fact.sector, "subject": fact.subject,
        "unit": value.unit if value else None,
        "basis": ((change.basis.value if change.basis else NO_BASIS) if change else NO_BASIS)
        if change_only else None,
        "kind": KIND_OF_STATUS[fact.status],
    }


def _figures(quantities: dict, fact: Fact) -> dict:
    value, change = fact.value, fact.change
    amount = change.amount if change else None
    return {
        "amount": value.amount if value else None,
        "qualifier": value.qualifier.value if value else None,
        "precision": _precision(quantities, fact, value.amount, value.unit) if value else None,
        "change_direction": change.direction.value if change else None,
        "change_percent": change.percent if change else None,
        "change_precision": _precision(quantities, fact, change.percent, "percent")
        if change and change.percent is not None else None,
        "change_basis": change.basis.value if change and change.basis else None,
        "change_amount": amount.amount if amount else None,
        "change_unit": amount.unit if amount else None,
        "change_qualifier": change.qualifier.value if change and change.qualifier else None,
    }


def _quantities_by_figure(document: Document) -> dict[tuple[str, float], list]:
    """The document's quantities by (unit, amount): a fact's figure finds its own at once."""
    found: dict[tuple[str, float], list] = {}
    for quantity in document.quantities:
        found.setdefault((quantity.unit, quantity.amount), []).append(quantity)
    return found


def _precision(quantities: dict, fact: Fact, amount: float, unit: str) -> float:
    """The written precision of the quantity in the fact's evidence that states `amount`
    (a trade deficit's amount is negative, its quantity is not)."""
    for quantity in quantities.get((unit, abs(amount)), ()):
        if fact.evidence.start <= quantity.start and quantity.end <= fact.evidence.end:
            return written_half_width(quantity.text, amount)
    return 0.0


def _pattern(fact: Fact) -> str | None:
    # Facts name what produced them in `pattern` (older outputs: `rule`).
    extra = fact.model_extra or {}
    found = extra.get("pattern", extra.get("rule"))
    return str(found) if found is not None else None


def signed_change(row: dict) -> float | None:
    """The change of a fact row in percent, negative when it went down.

    >>> signed_change({"change_percent": 4.5, "change_direction": "down"})
    -4.5
    """
    percent = row.get("change_percent")
    if percent is None:
        return None
    return -percent if row.get("change_direction") == "down" else percent
