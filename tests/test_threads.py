"""State shared between calls is explicit and safe across threads: underthesea
is loaded once, and each article's period scan is made once and never kept."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

from extract import Extractor
from extract.text import normalize
from extract.tokenize import UNDERTHESEA, LazyModule

from corpus_files import ARTICLES, corpus_stems, read_text


def test_threads_lazy_module_loads_once_when_threads_race():
    loads = []

    def slow_warm_up(module) -> None:
        loads.append(module.__name__)
        time.sleep(0.05)  # long enough for every other thread to arrive meanwhile

    lazy = LazyModule("json", warm_up=slow_warm_up)
    start = threading.Barrier(8)

    def ask():
        start.wait()
        return lazy.get()

    with ThreadPoolExecutor(8) as pool:
        modules = list(pool.map(lambda _: ask(), range(8)))
    assert loads == ["json"]
    assert all(module is modules[0] for module in modules) and modules[0].loads("[1]") == [1]


def test_threads_underthesea_is_the_one_lazy_module():
    assert UNDERTHESEA.get() is UNDERTHESEA.get()
    assert [s for s in UNDERTHESEA.get().sent_tokenize("Xuất khẩu tăng. Nhập khẩu giảm.")] == \
        ["Xuất khẩu tăng.", "Nhập khẩu giảm."]


def test_threads_one_extractor_in_four_threads_gives_the_sequential_documents():
    """Each article's period scan is made once, by the pipeline, and handed to
    both recognizers: none is kept between articles, so threads cannot mix them."""
    extractor = Extractor()
    texts = {stem: read_text(ARTICLES / f"{stem}.txt") for stem in corpus_stems()[:8]}
    sequential = {stem: extractor(text, doc_id=stem).to_json() for stem, text in texts.items()}
    scans = []
    scan = extractor.periods.scan
    extractor.periods.scan = lambda text, counter=None: scans.append(text) or scan(text, counter)
    with ThreadPoolExecutor(4) as pool:
        threaded = dict(zip(texts, pool.map(lambda item: extractor(item[1], doc_id=item[0]).to_json(),
                                            texts.items())))
    assert threaded == sequential
    # one scan per article (of its normalized text), not one per question the quantities ask
    assert sorted(scans) == sorted(normalize(text).text for text in texts.values())
