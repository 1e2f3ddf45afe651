"""Real corpus outputs for the store tests: every corpus set extracted once,
and helpers to write them as run outputs under other doc_ids or with a
planted change."""

from __future__ import annotations

import json
from pathlib import Path

from corpus_files import ROOT, read_text

from extract.batch.inputs import DocIds
from extract.schema import Document, Fact

CORPUS = ROOT / "corpus"
CORPUS_SETS = sorted([CORPUS / "articles", *CORPUS.glob("*/articles")])


def corpus_documents(extractor) -> list[tuple[Path, Document]]:
    """(article file, Document) for every article of every corpus set, with the
    doc_ids `extract run` gives them (a stem in two sets gets a suffix)."""
    ids = DocIds()
    return [(path, extractor(read_text(path), doc_id=ids.assign(path.stem, str(path))))
            for directory in CORPUS_SETS for path in sorted(directory.glob("*.txt"))]


def renamed(document: Document, suffix: str) -> Document:
    return document.model_copy(update={"doc_id": f"{document.doc_id}{suffix}"})


def write_jsonl(path: Path, documents: list[Document]) -> Path:
    path.write_text("".join(d.model_dump_json() + "\n" for d in documents), encoding="utf-8")
    return path


def write_archive(path: Path, articles: list[tuple[Path, Document]], suffix: str = "") -> Path:
    """The articles as a JSON Lines archive `{doc_id, text}` (for evidence text)."""
    lines = (json.dumps({"doc_id": d.doc_id + suffix, "text": read_text(p)}, ensure_ascii=False) + "\n"
             for p, d in articles)
    path.write_text("".join(lines), encoding="utf-8")
    return path


def planted(document: Document, doc_id: str, fact: Fact, date: str | None = None, **changes) -> Document:
    """A one-fact Document made from a real fact of `document`, with `changes`
    to the fact (value amount via `amount=`, period via `period=`...)."""
    fields = fact.model_dump(mode="json")
    if "amount" in changes:
        fields["value"]["amount"] = changes.pop("amount")
    fields.update({name: value.model_dump(mode="json") if hasattr(value, "model_dump") else value
                   for name, value in changes.items()})
    new_fact = Fact.model_validate(fields)
    quantities = [q for q in document.quantities
                  if fact.evidence.start <= q.start and q.end <= fact.evidence.end]
    return Document(doc_id=doc_id, facts=[new_fact], quantities=quantities,
                    date=date if date is not None else document.date)


def find_fact(documents: list[tuple[Path, Document]], stem: str, **wanted) -> tuple[Document, Fact]:
    """The first fact of article `stem` whose fields have the `wanted` values."""
    document = next(d for p, d in documents if p.stem == stem)
    for fact in document.facts:
        row = {"metric": fact.metric.value, "location": fact.location,
               "period": (fact.period.start, fact.period.end) if fact.period else None,
               "status": fact.status.value, "amount": fact.value.amount if fact.value else None}
        if all(row[key] == value for key, value in wanted.items()):
            return document, fact
    raise LookupError(f"{stem}: no fact {wanted}")

