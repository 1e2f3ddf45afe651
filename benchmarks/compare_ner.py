"""Entities side by side: this project's recognizer and underthesea's `ner`.

Runs both on every article of a corpus and scores them against its gold
with the evaluator's entity scoring (same start/end and type, and the norm
where gold has one), per type and micro-averaged, and type-agnostic (same
start/end only); prints one table with the time per article.

underthesea tags PER/ORG/LOC (B-/I- chunks) sentence by sentence. Its words
are aligned back to the text for offsets; PER becomes PERSON, ORG stays ORG,
and a LOC span that coincides with a gold place (PROVINCE, COUNTRY, REGION,
FOREIGN_LOCALITY) takes that gold entity's type and norm — a generous map,
since underthesea does not tell places apart; other LOC spans count as
predicted PROVINCE (never a match: no gold place has their span). To be fair
to underthesea, punctuation it glues to a chunk is trimmed, and so is a
leading `tỉnh`/`thành phố` before a LOC (the spec leaves them out of spans).

    .venv/bin/python benchmarks/compare_ner.py [--gold corpus/gold] [--articles corpus/articles]
"""

from __future__ import annotations

import argparse
import time
from dataclasses import dataclass
from pathlib import Path

from extract.analysis import Analysis
from extract.evaluate import Score, evaluate_documents, load_document, pair_greedy
from extract.pipeline import to_original
from extract.recognizers.entities import EntityRecognizer
from extract.rules import DEFAULT_RULES_DIR
from extract.schema import Document, Entity, EntityType
from extract.tokenize import Sentence

ROOT = Path(__file__).resolve().parents[1]
PLACES = {EntityType.PROVINCE, EntityType.COUNTRY, EntityType.REGION, EntityType.FOREIGN_LOCALITY}
UNDERTHESEA_TYPES = {"PER": EntityType.PERSON, "ORG": EntityType.ORG}
WIDTH = 36
LOC_PREFIXES = ("tỉnh ", "thành phố ", "thủ đô ", "Tỉnh ", "Thành phố ")


@dataclass
class SystemRun:
    name: str
    documents: dict[str, Document]
    seconds: float


def read_article(path: Path) -> str:
    with open(path, encoding="utf-8", newline="") as handle:
        return handle.read()


def run_ours(texts: dict[str, str]) -> SystemRun:
    recognizer = EntityRecognizer(DEFAULT_RULES_DIR)
    documents, started = {}, time.perf_counter()
    for doc_id, text in texts.items():
        analysis = Analysis.of(text, doc_id)
        entities = [to_original(analysis.normalized, e) for e in recognizer(analysis)]
        documents[doc_id] = Document(doc_id=doc_id, entities=entities)
    return SystemRun("extract (rules)", documents, time.perf_counter() - started)


def run_underthesea(texts: dict[str, str], gold: dict[str, Document]) -> tuple[SystemRun, float]:
    """underthesea's ner over each sentence; also times word_tokenize alone for reference."""
    from underthesea import ner, word_tokenize

    ner("Hà Nội"), word_tokenize("Hà Nội")  # load the models before timing, as ours is built before
    documents, tagging, segmenting = {}, 0.0, 0.0
    for doc_id, text in texts.items():
        analysis = Analysis.of(text, doc_id)
        spans: list[tuple[int, int, str]] = []
        for sentence in analysis.sentences:
            started = time.perf_counter()
            tagged = ner(sentence.text)
            tagging += time.perf_counter() - started
            started = time.perf_counter()
            word_tokenize(sentence.text)
            segmenting += time.perf_counter() - started
            spans += _chunks(sentence, tagged)
        entities = [_as_entity(analysis, start, end, label, gold[doc_id]) for start, end, label in spans]
        documents[doc_id] = Document(doc_id=doc_id, entities=[e for e in entities if e is not None])
    return SystemRun("underthesea.ner", documents, tagging), segmenting


def _chunks(sentence: Sentence, tagged: list[tuple]) -> list[tuple[int, int, str]]:
    """B-/I- tagged words -> (start, end, label) spans with offsets in the analysed text."""
    spans: list[list] = []
    cursor = 0
    for word, *_, tag in tagged:
        found = sentence.text.find(word, cursor)
        if found < 0:
            continue  # underthesea rewrote the word; leave it out rather than guess
        start, end = sentence.start + found, sentence.start + found + len(word)
        cursor = found + len(word)
        if tag.startswith("B-") or (tag.startswith("I-") and (not spans or spans[-1][2] != tag[2:])):
            spans.append([start, end, tag[2:]])
        elif tag.startswith("I-"):
            spans[-1][1] = end
    return [tuple(span) for span in spans]


def _trimmed(text: str, start: int, end: int, label: str) -> tuple[int, int]:
    """Drop punctuation underthesea glues to a chunk, and (for LOC) a leading `tỉnh`/`thành phố`."""
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    for prefix in LOC_PREFIXES if label == "LOC" else ():
        if text.startswith(prefix, start) and end - start > len(prefix):
            start += len(prefix)
            break
    return start, end


def _as_entity(analysis: Analysis, start: int, end: int, label: str, gold: Document) -> Entity | None:
    start, end = _trimmed(analysis.text, start, end, label)
    if end <= start:
        return None
    original_start, original_end = analysis.normalized.to_original(start, end)
    text = analysis.normalized.original[original_start:original_end]
    if label in UNDERTHESEA_TYPES:
        return Entity(text=text, start=original_start, end=original_end, type=UNDERTHESEA_TYPES[label])
    same_span = [g for g in gold.entities if (g.start, g.end) == (original_start, original_end) and g.type in PLACES]
    if same_span:
        return Entity(text=text, start=original_start, end=original_end, type=same_span[0].type,
                      norm=same_span[0].norm, underthesea_label="LOC")
    return Entity(text=text, start=original_start, end=original_end, type=EntityType.PROVINCE,
                  underthesea_label="LOC-unmatched")


def type_agnostic(gold: dict[str, Document], run: SystemRun) -> Score:
    total = Score()
    for doc_id, document in gold.items():
        predicted = run.documents[doc_id].entities
        pairs = pair_greedy(document.entities, predicted, lambda g, p: (g.start, g.end) == (p.start, p.end))
        total = total + Score(len(pairs), len(document.entities), len(predicted))
    return total


def report(gold: dict[str, Document], runs: list[SystemRun], segmenting: float) -> str:
    reports = [evaluate_documents(gold, run.documents) for run in runs]
    types = sorted({t.value for t in EntityType})
    header = f"{'entities':<22}" + "".join(f"{run.name:>{WIDTH}}" for run in runs)
    lines = [header, f"{'':<22}" + "".join(f"{'P     R    F1  (tp/gold/pred)':>{WIDTH}}" for _ in runs)]
    rows = [(t, [r.entities_per_type.get(t, Score()) for r in reports]) for t in types]
    rows += [("micro", [r.entities_micro for r in reports]),
             ("type-agnostic", [type_agnostic(gold, run) for run in runs])]
    for label, scores in rows:
        lines.append(f"{label:<22}" + "".join(_cell(score) for score in scores))
    n = len(gold)
    lines.append(f"{'seconds per article':<22}" + "".join(f"{run.seconds / n:>{WIDTH}.4f}" for run in runs))
    lines.append(f"(underthesea.word_tokenize alone: {segmenting / n:.4f} s per article; {n} articles)")
    return "\n".join(lines)


def _cell(score: Score) -> str:
    counts = f"({score.tp}/{score.n_gold}/{score.n_pred})"
    return f"{score.p:.3f} {score.r:.3f} {score.f1:.3f} {counts:>15}".rjust(WIDTH)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=ROOT / "corpus" / "gold")
    parser.add_argument("--articles", type=Path, default=ROOT / "corpus" / "articles")
    args = parser.parse_args(argv)
    gold = {path.stem: load_document(path) for path in sorted(args.gold.glob("*.json"))}
    texts = {doc_id: read_article(args.articles / f"{doc_id}.txt") for doc_id in gold}
    ours = run_ours(texts)
    theirs, segmenting = run_underthesea(texts, gold)
    print(report(gold, [ours, theirs], segmenting))


if __name__ == "__main__":
    main()
