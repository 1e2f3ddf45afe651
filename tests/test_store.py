"""The fact store on real corpus outputs, in real DuckDB files: consolidation,
agreement, vintages, series, the 2025 map, exports, bad input."""

from __future__ import annotations

import csv
import hashlib
import json
from collections import Counter

import duckdb
import pytest
from store_fixtures import (CORPUS_SETS, find_fact, planted, renamed, write_archive,
                            write_jsonl)

from extract.cli import main as cli_main
from extract.schema import Period
from extract.store.areas import AreaCodes
from extract.store.export import SDMX_COLUMNS

RUNS = ("-a", "-b", "-c")


@pytest.fixture(scope="module")
def three_runs(corpus_outputs, tmp_path_factory):
    """A store built from the corpus extracted three times under different doc_ids."""
    root = tmp_path_factory.mktemp("three")
    outputs = [write_jsonl(root / f"run{suffix}.jsonl", [renamed(d, suffix) for _, d in corpus_outputs])
               for suffix in RUNS]
    archives = [write_archive(root / f"articles{suffix}.jsonl", corpus_outputs, suffix) for suffix in RUNS]
    store = root / "archive.duckdb"
    assert cli_main(["store", str(store), *map(str, outputs), "--articles", *map(str, archives)]) == 0
    return store


def query(store, sql, *parameters):
    with duckdb.connect(str(store), read_only=True) as connection:
        result = connection.execute(sql, list(parameters))
        names = [column[0] for column in result.description]
        return [dict(zip(names, row)) for row in result.fetchall()]


def fact_key(document, fact, areas):
    """The observation key of a fact, computed here from the Document itself."""
    period, value, change = fact.period, fact.value, fact.change
    as_of = document.date[:7] if document.date else (period.end if period else None)
    basis = None if value else (change.basis.value if change and change.basis else "none")
    kind = {"actual": "outturn", "estimate": "outturn"}.get(fact.status.value, fact.status.value)
    return (fact.metric.value, fact.location, areas.codes(fact.location, as_of),
            (period.start, period.end, period.cumulative) if period else (None, None, None),
            fact.partner, fact.product, fact.sector, fact.subject, value.unit if value else None, basis, kind)


def test_store_three_runs_give_one_observation_per_key_with_three_times_the_sources(three_runs, corpus_outputs):
    areas = AreaCodes.load()
    facts_per_key = Counter(fact_key(d, f, areas) for _, d in corpus_outputs for f in d.facts)
    articles_per_key = Counter(key for _, d in corpus_outputs for key in {fact_key(d, f, areas) for f in d.facts})
    observations = query(three_runs, "SELECT o.*, count(s.doc_id) AS sources FROM observations o "
                                     "JOIN observation_sources s USING (obs_id) GROUP BY ALL")
    assert len(observations) == len(facts_per_key) > 500
    by_key = {}
    for row in observations:
        period = (row["period_start"], row["period_end"], row["cumulative"])
        key = (row["metric"], row["location"], (row["code_pre2025"], row["code_2025"]), period, row["partner"],
               row["product"], row["sector"], row["subject"], row["unit"], row["basis"], row["kind"])
        by_key[key] = row
    for key, count in facts_per_key.items():
        assert by_key[key]["sources"] == 3 * count, key
        assert by_key[key]["articles"] == 3 * articles_per_key[key], key
    assert query(three_runs, "SELECT count(*) AS n FROM articles")[0]["n"] == 3 * len(corpus_outputs)


def test_store_keeps_evidence_text_pattern_and_both_province_codes(three_runs, corpus_outputs):
    path, document = next((p, d) for p, d in corpus_outputs if p.stem == "d03_an_giang")
    text = path.read_text(encoding="utf-8")
    rows = query(three_runs, "SELECT * FROM facts WHERE doc_id = ? ORDER BY fact_index", "d03_an_giang-b")
    assert len(rows) == len(document.facts)
    for row, fact in zip(rows, document.facts):
        assert row["evidence_text"] == text[fact.evidence.start:fact.evidence.end]
        assert row["pattern"]
    assert (rows[0]["location"], rows[0]["code_pre2025"], rows[0]["code_2025"]) == ("An Giang", "89", "91")
    article = query(three_runs, "SELECT * FROM articles WHERE doc_id = ?", "d03_an_giang-b")[0]
    line = 1 + [p.stem for p, _ in corpus_outputs].index(path.stem)
    assert article["document"].endswith(f"run-b.jsonl:{line}")
    assert article["source"].endswith(f"articles-b.jsonl:{line}")
    assert article["content_hash"] == hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert article["extractor_version"] and article["location"] is None
    headed = query(three_runs, "SELECT location FROM articles WHERE doc_id = ?", "ra12_thai_nguyen-a")[0]
    assert headed["location"] == "Thái Nguyên"  # its `location` header line


def test_store_readding_an_article_replaces_it(tmp_path, three_runs, corpus_outputs, capsys):
    store = tmp_path / "again.duckdb"
    store.write_bytes(three_runs.read_bytes())
    before = query(store, "SELECT count(*) AS n FROM facts")[0]["n"]
    again = write_jsonl(tmp_path / "again.jsonl", [renamed(d, "-a") for _, d in corpus_outputs[:5]])
    assert cli_main(["store", str(store), str(again)]) == 0
    assert "0 articles added, 5 replaced" in capsys.readouterr().err
    assert query(store, "SELECT count(*) AS n FROM facts")[0]["n"] == before


@pytest.fixture()
def an_giang(corpus_outputs):
    """The real estimate of An Giang's 2023 exports (1.179 billion USD, written `1,179 tỷ USD`)."""
    return find_fact(corpus_outputs, "d03_an_giang", metric="export_value", status="estimate")


def build(tmp_path, corpus_outputs, name="planted.duckdb"):
    store = tmp_path / name
    assert cli_main(["store", str(store), str(write_jsonl(tmp_path / f"{name}.jsonl", corpus_outputs))]) == 0
    return store


def test_store_flags_a_planted_disagreement_with_both_values_and_their_sources(tmp_path, an_giang):
    document, fact = an_giang
    docs = [planted(document, "ag-1", fact), planted(document, "ag-2", fact),
            planted(document, "ag-3", fact, amount=1.25e9)]
    store = build(tmp_path, docs)
    observation, = query(store, "SELECT * FROM observations")
    assert observation["conflict"] and observation["conflict_values"] == [1.179e9, 1.25e9]
    assert observation["amount"] == 1.179e9 and observation["articles"] == 3
    values = query(store, "SELECT v.value_no, v.role, v.amount, list(s.doc_id ORDER BY s.doc_id) AS docs "
                          "FROM observation_values v JOIN observation_sources s USING (obs_id, value_no) "
                          "GROUP BY ALL ORDER BY v.value_no")
    assert values == [{"value_no": 0, "role": "chosen", "amount": 1.179e9, "docs": ["ag-1", "ag-2"]},
                      {"value_no": 1, "role": "conflict", "amount": 1.25e9, "docs": ["ag-3"]}]


def test_store_figures_within_their_written_precision_agree(tmp_path, an_giang):
    document, fact = an_giang  # `1,179 tỷ` is 1.1785–1.1795 billion
    docs = [planted(document, "ag-1", fact), planted(document, "ag-2", fact, amount=1.1794e9),
            planted(document, "ag-3", fact, amount=1.184e9)]  # 0.42 % away: within 0.5 %
    observation, = query(build(tmp_path, docs), "SELECT * FROM observations")
    assert not observation["conflict"] and observation["amount"] == 1.179e9


def test_store_a_later_actual_supersedes_the_estimate_and_both_stay(tmp_path, an_giang):
    document, fact = an_giang
    docs = [planted(document, "estimate", fact, date="2023-12-28"),
            planted(document, "actual", fact, date="2024-01-20", status="actual", amount=1.21e9),
            planted(document, "target", fact, date="2023-01-05", status="target", amount=1.3e9)]
    store = build(tmp_path, docs)
    outturn, = query(store, "SELECT * FROM observations WHERE kind = 'outturn'")
    assert (outturn["status"], outturn["amount"], outturn["conflict"]) == ("actual", 1.21e9, False)
    assert (outturn["first_date"].isoformat(), outturn["last_date"].isoformat()) == ("2023-12-28", "2024-01-20")
    vintages = query(store, "SELECT status, amount, role FROM observation_values WHERE obs_id = ? "
                            "ORDER BY status", outturn["obs_id"])
    assert vintages == [{"status": "actual", "amount": 1.21e9, "role": "chosen"},
                        {"status": "estimate", "amount": 1.179e9, "role": "superseded"}]
    target, = query(store, "SELECT * FROM observations WHERE kind = 'target'")
    assert (target["amount"], target["articles"]) == (1.3e9, 1)


def series_points(store, *options):
    out = store.parent / "series.json"
    assert cli_main(["series", str(store), *options, "--json", str(out)]) == 0
    return json.loads(out.read_text(encoding="utf-8"))


def test_series_derives_a_month_from_two_year_to_date_totals(tmp_path, corpus_outputs):
    document, fact = find_fact(corpus_outputs, "d01_nghe_an", metric="export_value", period=("2021-01", "2021-05"))
    docs = [document.model_copy(update={"doc_id": "nghe-an"}),
            planted(document, "jan-apr", fact, period=Period(start="2021-01", end="2021-04"), amount=460.7e6),
            planted(document, "jan-mar", fact, period=Period(start="2021-01", end="2021-03"), amount=350e6)]
    points = series_points(build(tmp_path, docs), "--metric", "export_value", "--location", "Nghệ An")
    derived = [(p["period_start"], p["period_end"], round(p["amount"])) for p in points if p["status"] == "derived"]
    assert derived == [("2021-04", "2021-04", 110_700_000)]  # May is stated (114 million): not derived
    stated_may = [p for p in points if p["frequency"] == "month" and p["status"] != "derived"]
    assert [(p["period_end"], p["amount"]) for p in stated_may] == [("2021-05", 114e6)]


@pytest.fixture()
def merger_store(tmp_path, corpus_outputs):
    """Vĩnh Phúc's real 2024 FDI capital, and the same figure planted for Phú Thọ and Hòa Bình."""
    document, fact = find_fact(corpus_outputs, "004_8c64a996ae93711d", metric="fdi_capital",
                               period=("2024-01", "2024-12"))
    docs = [document, planted(document, "phu-tho", fact, location="Phú Thọ", amount=300e6),
            planted(document, "hoa-binh", fact, location="Hòa Bình", amount=80e6),
            planted(document, "hoa-binh-2023", fact, location="Hòa Bình", amount=60e6,
                    period=Period(start="2023-01", end="2023-12")),
            planted(document, "vinh-phuc-2023", fact, amount=500e6, period=Period(start="2023-01", end="2023-12"))]
    return build(tmp_path, docs)


def test_series_on_the_2025_map_sums_the_merged_provinces(merger_store):
    points = series_points(merger_store, "--metric", "fdi_capital", "--location", "Phú Thọ", "--map", "2025")
    by_year = {p["period_end"][:4]: p for p in points if p["frequency"] == "year"}
    assert (by_year["2024"]["amount"], by_year["2024"]["status"]) == (620e6 + 300e6 + 80e6, "aggregate")
    assert not by_year["2024"]["partial"]
    assert sorted(by_year["2024"]["parts"]) == ["Hòa Bình", "Phú Thọ", "Vĩnh Phúc"]
    assert (by_year["2023"]["amount"], by_year["2023"]["partial"]) == (560e6, True)
    assert by_year["2023"]["missing"] == ["Phú Thọ"]
    without_map = series_points(merger_store, "--metric", "fdi_capital", "--location", "Phú Thọ")
    assert [p["amount"] for p in without_map] == [300e6]


def test_series_on_the_2025_map_names_the_province_a_merged_one_is_in(merger_store, capsys):
    assert cli_main(["series", str(merger_store), "--metric", "fdi_capital", "--location", "Vĩnh Phúc",
                     "--map", "2025"]) == 2
    assert capsys.readouterr().err == ("error: Vĩnh Phúc is not a province on the 2025 map; "
                                       "it is part of Phú Thọ\n")


def test_series_never_sums_an_index(tmp_path, corpus_outputs):
    document, fact = find_fact(corpus_outputs, "001_b8550bfa09380357", metric="industrial_production_index")
    docs = [planted(document, "vinh-phuc", fact), planted(document, "hoa-binh", fact, location="Hòa Bình")]
    assert series_points(build(tmp_path, docs), "--metric", "industrial_production_index",
                         "--location", "Phú Thọ", "--map", "2025") == []


def test_series_warns_when_a_change_implies_another_base_than_the_store_has(tmp_path, an_giang, capsys):
    document, fact = an_giang  # 1.179 billion USD in 2023, up 2.75 % on 2022
    last_year = Period(start="2022-01", end="2022-12")
    fits = build(tmp_path, [planted(document, "2023", fact),
                            planted(document, "2022", fact, period=last_year, amount=1.1475e9, change=None)], "fits")
    assert cli_main(["series", str(fits), "--metric", "export_value", "--location", "An Giang"]) == 0
    assert "warning:" not in capsys.readouterr().err
    off = build(tmp_path, [planted(document, "2023", fact),
                           planted(document, "2022", fact, period=last_year, amount=1.05e9, change=None)], "off")
    assert cli_main(["series", str(off), "--metric", "export_value", "--location", "An Giang"]) == 0
    warning = capsys.readouterr().err
    assert "+2.75% on the year before implies 1.15 billion USD–1.15 billion USD for 2022-01..2022-12" in warning
    assert "the store has 1.05 billion USD" in warning


def test_export_sdmx_columns_codes_periods_and_statuses(three_runs, tmp_path):
    out = tmp_path / "sdmx.csv"
    assert cli_main(["export", str(three_runs), "--sdmx", str(out), "--bom"]) == 0
    raw = out.read_text(encoding="utf-8")
    assert raw.startswith("\ufeffDATAFLOW,")
    rows = list(csv.DictReader(raw.lstrip("\ufeff").splitlines()))
    assert tuple(rows[0]) == SDMX_COLUMNS
    an_giang = [r for r in rows if r["REF_AREA_NAME"] == "An Giang" and r["INDICATOR"] == "EXPORT_VALUE"
                and r["PRODUCT"] == "_Z" and r["TIME_PERIOD"] == "2023"]
    assert {(r["REF_AREA"], r["ADMIN_MAP"], r["OBS_VALUE"], r["UNIT_MEASURE"], r["UNIT_MULT"], r["OBS_STATUS"],
             r["NUM_SOURCES"]) for r in an_giang} >= {("89", "pre2025", "1179", "USD", "6", "E", "3")}
    periods = {r["TIME_PERIOD"] for r in rows}
    assert {"2024", "2024-Q1", "2024-S1", "2021-M05", "2021-01-01/2021-05-31"} <= periods
    assert {r["OBS_STATUS"] for r in rows} == {"A", "E", "F"}
    assert any(r["INDICATOR"].endswith("_TARGET") for r in rows)
    assert any(r["INDICATOR"] == "INDUSTRIAL_PRODUCTION_INDEX_YOY_PCT" and r["UNIT_MEASURE"] == "PT" for r in rows)
    assert {r["REF_AREA"] for r in rows if r["REF_AREA_NAME"] == "Việt Nam"} == {"VN"}


def test_export_tidy_csv_and_parquet_hold_every_observation(three_runs, tmp_path):
    tidy, parquet = tmp_path / "tidy.csv", tmp_path / "obs.parquet"
    assert cli_main(["export", str(three_runs), "--csv", str(tidy), "--parquet", str(parquet)]) == 0
    rows = list(csv.DictReader(tidy.read_text(encoding="utf-8").splitlines()))
    count = query(three_runs, "SELECT count(*) AS n FROM observations")[0]["n"]
    assert len(rows) == count
    assert {len(r["doc_ids"].split(";")) % 3 for r in rows} == {0}
    with duckdb.connect() as connection:
        assert connection.execute(f"SELECT count(*) FROM '{parquet}'").fetchall()[0][0] == count


def test_store_bad_input_is_one_line_and_loses_nothing_else(tmp_path, corpus_outputs, capsys):
    good = [d for _, d in corpus_outputs[:3]]
    mixed = tmp_path / "mixed.jsonl"
    mixed.write_text(good[0].model_dump_json() + "\n{\"doc_id\": \"x\", \"facts\": 7}\n"
                     + good[1].model_dump_json() + "\n", encoding="utf-8")
    store = tmp_path / "s.duckdb"
    assert cli_main(["store", str(store), str(mixed)]) == 1
    err = capsys.readouterr().err
    assert f"note: {mixed}:2: skipped, not a Document (facts: Input should be a valid array)\n" in err
    assert query(store, "SELECT count(*) AS n FROM articles")[0]["n"] == 2
    missing = tmp_path / "none.duckdb"
    assert cli_main(["store", str(missing), str(tmp_path / "nowhere")]) == 2
    assert capsys.readouterr().err == f"error: {tmp_path / 'nowhere'}: no such file or directory\n"
    assert not missing.exists()
    not_a_store = tmp_path / "notes.duckdb"
    not_a_store.write_text("ghi chú", encoding="utf-8")
    assert cli_main(["series", str(not_a_store), "--metric", "grdp"]) == 2
    assert capsys.readouterr().err.startswith(f"error: {not_a_store}: not a DuckDB store")
    assert not_a_store.read_text(encoding="utf-8") == "ghi chú"


def test_store_corpus_sets_are_all_read(corpus_outputs):
    assert len(CORPUS_SETS) >= 7 and len(corpus_outputs) >= 60


def test_readme_documents_every_column_of_every_store_table():
    from corpus_files import ROOT

    from extract.store.tables import TABLES

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for table in TABLES:
        section = readme.split(f"#### `{table.name}`\n", 1)[1].strip().split("\n\n", 1)[0]
        assert section.splitlines()[2:] == [f"| `{c.name}` | {c.type} | {c.doc} |" for c in table.columns]
