"""Build and validate the fact-only gold of corpus/facts_only.

Fifteen short articles written for fact assembly (plausible figures, not real)
about Bắc Ninh, Quảng Ninh, Long An, Đồng Nai, a national ranking, Thái Bình,
Hà Nam, Bình Phước, Nam Định, Kiên Giang, Vĩnh Long, Ninh Bình, Bình Dương,
Quảng Trị and Lạng Sơn. Their gold holds **facts only**: the quantities and
entities declared here only anchor and check the facts (values, changes and
partners must be quantities/entities of the evidence, locations provinces named
in the article) and are not written (`GoldSet.facts_only`), so the written gold
keeps empty `quantities` and `entities`. Only what the facts need is declared:
the quantities they use, the PROVINCE entities of their locations and the
COUNTRY/REGION entities of their partners (each name at every occurrence).

Annotations are declared with the shared kit `scripts/goldkit.py` (imported
from it only, never from another build script): one function per article
declares its facts by quoting the text; offsets and evidence come from string
search, never typed by hand. Rules: `docs/FACTS.md` (spec v1.4) and
`corpus/gold/NOTES.md`; the judgement calls of these articles, and what the
v1.3 -> v1.4 re-annotation changed, are in `corpus/facts_only/NOTES.md`.

Usage:

    .venv/bin/python scripts/build_facts_only_gold.py           # build, validate, write
    .venv/bin/python scripts/build_facts_only_gold.py validate  # check the written files
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from goldkit import (PLAN, PREV, YOY, Annotator, GoldSet, down, months, stock, up,  # noqa: E402
                     year)


# ================================================================ articles
# Each function: the entities the facts need, then quantities and facts in
# reading order. A headline figure restating a body fact is that fact (its
# quantity is the body's occurrence, `nth=2`).


def h01_bac_ninh(a: Annotator) -> None:
    a.main = "Bắc Ninh"
    a.every("Bắc Ninh", "PROVINCE", "Bắc Ninh")

    half = months("2024-01", "2024-06")
    trade = a.q("30,6 tỷ USD", 30.6e9, "USD", nth=2)
    a.fact("trade_value", trade, period=half, status="estimate", change=up(a.q("9,2%", 9.2, "percent"), YOY))
    # `Trong đó`: the parent's status and basis.
    exports = a.q("16,2 tỷ USD", 16.2e9, "USD")
    a.fact("export_value", exports, period=half, status="estimate", change=up(a.q("8,5%", 8.5, "percent"), YOY))
    imports = a.q("14,4 tỷ USD", 14.4e9, "USD")
    a.fact("import_value", imports, period=half, status="estimate", change=up(a.q("10%", 10, "percent"), YOY))

    june = months("2024-06", "2024-06")
    june_exports = a.q("2,9 tỷ USD", 2.9e9, "USD")
    june_prev = a.q("3,1%", 3.1, "percent")
    june_yoy = a.q("12,4%", 12.4, "percent")
    a.fact("export_value", june_exports, period=june, status="estimate", change=up(june_yoy, YOY),
           other_changes=[down(june_prev, PREV)])
    # No period of their own: inherited from the nearest preceding sentence stating one, `Riêng tháng 6/2024`.
    phones = a.q("9,8 tỷ USD", 9.8e9, "USD")
    a.fact("export_value", phones, period=june, product="điện thoại và linh kiện")
    computers = a.q("4,1 tỷ USD", 4.1e9, "USD")
    a.fact("export_value", computers, period=june, product="máy vi tính, sản phẩm điện tử và linh kiện")

    # `tính đến ngày 20/6/2024, tỉnh đã cấp mới ... và điều chỉnh vốn`: the period's inflow → 2024-01..06.
    a.fact("fdi_projects", a.q("68 dự án", 68, "dự án"), period=half, sector="cấp mới")
    a.fact("fdi_capital", a.q("1,2 tỷ USD", 1.2e9, "USD"), period=half, sector="cấp mới")
    a.fact("fdi_projects", a.q("57 dự án", 57, "dự án"), period=half, sector="điều chỉnh vốn")
    a.fact("fdi_capital", a.q("860 triệu USD", 860e6, "USD"), period=half, sector="điều chỉnh vốn")
    in_force = stock("2024-07")  # `Lũy kế đến nay ... còn hiệu lực` with the date line 2024-07-05
    a.fact("fdi_projects", a.q("2.030 dự án", 2030, "dự án"), period=in_force)
    a.fact("fdi_capital", a.q("hơn 24,5 tỷ USD", 24.5e9, "USD", "over"), period=in_force)

    iip = a.q("4,8%", 4.8, "percent")
    a.fact("industrial_production_index", period=half, status="estimate", change=up(iip, YOY))
    manufacturing = a.q("5,1%", 5.1, "percent")
    a.fact("industrial_production_index", period=half, status="estimate", change=up(manufacturing, YOY),
           sector="chế biến, chế tạo")
    a.fact("export_value", a.q("34 tỷ USD", 34e9, "USD"), period=year(2024), status="target")


def h02_quang_ninh(a: Annotator) -> None:
    a.main = "Quảng Ninh"
    a.every("Quảng Ninh", "PROVINCE", "Quảng Ninh")

    nine = months("2023-01", "2023-09")
    grdp = a.q("10,1%", 10.1, "percent", nth=2)  # the headline's `tăng 10,1%` is this fact
    a.fact("grdp", period=nine, change=up(grdp, YOY))
    # The comparison's base figure `mức tăng chung của cả nước (4,24%)`: a fact of its own, the
    # clause's period, location `Việt Nam`.
    national = a.q("4,24%", 4.24, "percent")
    a.fact("grdp", period=nine, change=up(national), location="Việt Nam")

    a.fact("budget_revenue", a.q("38.450 tỷ đồng", 38.45e12, "VND"), period=nine)
    domestic = a.q("29.600 tỷ đồng", 29.6e12, "VND")
    a.fact("budget_revenue", domestic, period=nine, change=up(a.q("6,3%", 6.3, "percent")), sector="thu nội địa")
    a.fact("export_value", a.q("3,1 tỷ USD", 3.1e9, "USD"), period=nine)
    a.fact("import_value", a.q("3,6 tỷ USD", 3.6e9, "USD"), period=nine)
    deficit = a.q("khoảng 500 triệu USD", 500e6, "USD", "about")
    a.fact("trade_balance", deficit, period=nine, negative=True)

    a.fact("fdi_capital", a.q("2,3 tỷ USD", 2.3e9, "USD"), period=nine, change=up(basis=YOY))  # `gấp 2 lần`
    project = a.q("1,5 tỷ USD", 1.5e9, "USD")
    a.fact("project_capital", project, period=None, subject="Nhà máy sản xuất linh kiện điện tử Jinko Solar")

    grdp_target = a.q("trên 10%", 10, "percent", "over")
    a.fact("grdp", period=year(2023), status="target", change=up(grdp_target))
    budget_target = a.q("trên 50.000 tỷ đồng", 50e12, "VND", "over")
    a.fact("budget_revenue", budget_target, period=year(2023), status="target")


def h03_long_an(a: Annotator) -> None:
    a.main = "Long An"
    a.every("Long An", "PROVINCE", "Long An")

    y2024 = year(2024)
    a.fact("fdi_projects", a.q("82 dự án", 82, "dự án"), period=y2024)
    fdi = a.q("hơn 1 tỷ USD", 1e9, "USD", "over", nth=2)  # the headline's `hơn 1 tỷ USD` is this fact
    a.fact("fdi_capital", fdi, period=y2024, change=up(a.q("35%", 35, "percent"), YOY))
    a.fact("ddi_projects", a.q("120 dự án", 120, "dự án"), period=y2024)
    a.fact("ddi_capital", a.q("25.600 tỷ đồng", 25.6e12, "VND"), period=y2024)

    now = stock("2024-12")  # `Hiện` with the date line 2024-12-20
    a.fact("fdi_projects", a.q("1.245 dự án", 1245, "dự án"), period=now)
    a.fact("fdi_capital", a.q("10,3 tỷ USD", 10.3e9, "USD"), period=now)
    a.fact("ddi_projects", a.q("2.360 dự án", 2360, "dự án"), period=now)
    a.fact("ddi_capital", a.q("508.000 tỷ đồng", 508e12, "VND"), period=now)
    # No period of its own: inherited from the nearest preceding sentence stating one, the `Hiện ...`
    # stock at 2024-12 (v1.4; v1.3 skipped it and took `Năm 2024`).
    jobs = a.q("khoảng 180.000 lao động", 180000, "lao động", "about")
    a.fact("employment", jobs, period=now, sector="các khu công nghiệp")

    output = a.q("385.000 tỷ đồng", 385e12, "VND")
    a.fact("industrial_production_value", output, period=y2024, status="estimate",
           change=up(a.q("8,6%", 8.6, "percent"), YOY))
    exports = a.q("8,2 tỷ USD", 8.2e9, "USD")
    a.fact("export_value", exports, period=y2024, status="estimate", change=up(a.q("11%", 11, "percent")))
    imports = a.q("6,1 tỷ USD", 6.1e9, "USD")
    a.fact("import_value", imports, period=y2024, status="estimate", change=up(a.q("9,5%", 9.5, "percent")))
    a.fact("trade_balance", a.q("2,1 tỷ USD", 2.1e9, "USD"), period=y2024)
    a.fact("fdi_capital", a.q("1,2 tỷ USD", 1.2e9, "USD"), period=year(2025), status="target")


def h04_dong_nai(a: Annotator) -> None:
    a.main = "Đồng Nai"
    a.every("Đồng Nai", "PROVINCE", "Đồng Nai")
    for name, code in (("Hoa Kỳ", "US"), ("Trung Quốc", "CN"), ("Nhật Bản", "JP"), ("Hàn Quốc", "KR")):
        a.every(name, "COUNTRY", code)

    ten = months("2024-01", "2024-10")  # `Lũy kế 10 tháng năm 2024`: a year-to-date flow
    exports = a.q("20,1 tỷ USD", 20.1e9, "USD", nth=2)
    a.fact("export_value", exports, period=ten, change=up(a.q("13,5%", 13.5, "percent"), YOY))
    imports = a.q("14,3 tỷ USD", 14.3e9, "USD")
    a.fact("import_value", imports, period=ten, change=up(a.q("11,2%", 11.2, "percent")))
    a.fact("trade_balance", a.q("5,8 tỷ USD", 5.8e9, "USD"), period=ten)

    for quote, amount, partner in (("6,4 tỷ USD", 6.4e9, "US"), ("2,1 tỷ USD", 2.1e9, "CN"),
                                   ("1,6 tỷ USD", 1.6e9, "JP"), ("1,2 tỷ USD", 1.2e9, "KR")):
        a.fact("export_value", a.q(quote, amount, "USD"), period=ten, partner=partner)
    shoes = a.q("3,9 tỷ USD", 3.9e9, "USD")
    a.fact("export_value", shoes, period=ten, change=up(a.q("9%", 9, "percent")), product="giày dép")
    textiles = a.q("1,7 tỷ USD", 1.7e9, "USD")
    a.fact("export_value", textiles, period=ten, change=down(a.q("2,3%", 2.3, "percent")), product="dệt may")
    a.fact("export_value", a.q("1,4 tỷ USD", 1.4e9, "USD"), period=ten, product="máy móc thiết bị")

    markets = a.q("hơn 160 quốc gia và vùng lãnh thổ", 160, "quốc gia", "over")
    a.fact("export_markets", markets, period=None)  # `Hiện` without a date line


def h05_ca_nuoc(a: Annotator) -> None:
    # The headline names no province; the body names Bình Dương most often (twice): the main province.
    # Every fact's clause states its own place.
    a.main = "Bình Dương"
    for name in ("Bắc Ninh", "TP. Hồ Chí Minh", "Thái Nguyên", "Bình Dương", "Hải Phòng"):
        a.every(name, "PROVINCE", name)
    a.e("Hoa Kỳ", "COUNTRY", "US")

    y2023 = year(2023)
    vn = "Việt Nam"
    exports = a.q("355,5 tỷ USD", 355.5e9, "USD")
    a.fact("export_value", exports, period=y2023, change=down(a.q("4,4%", 4.4, "percent"), YOY), location=vn)
    imports = a.q("327,5 tỷ USD", 327.5e9, "USD")  # topic place: `của cả nước` before it in the paragraph
    a.fact("import_value", imports, period=y2023, change=down(a.q("8,9%", 8.9, "percent")), location=vn)
    a.fact("trade_balance", a.q("28 tỷ USD", 28e9, "USD"), period=y2023, location=vn)

    for quote, amount, province in (("46,4 tỷ USD", 46.4e9, "Bắc Ninh"), ("44,6 tỷ USD", 44.6e9, "TP. Hồ Chí Minh"),
                                    ("32,3 tỷ USD", 32.3e9, "Thái Nguyên"), ("29,1 tỷ USD", 29.1e9, "Bình Dương"),
                                    ("27,6 tỷ USD", 27.6e9, "Hải Phòng")):
        a.fact("export_value", a.q(quote, amount, "USD"), period=y2023, location=province)
    us = a.q("8,9 tỷ USD", 8.9e9, "USD")
    a.fact("export_value", us, period=y2023, change=down(a.q("6,8%", 6.8, "percent")), partner="US",
           location="Bình Dương")


def h06_thai_binh(a: Annotator) -> None:
    a.main = "Thái Bình"
    a.every("Thái Bình", "PROVINCE", "Thái Bình")

    nine = months("2024-01", "2024-09")
    iip = a.q("10,8%", 10.8, "percent", nth=2)
    a.fact("industrial_production_index", period=nine, status="estimate", change=up(iip, YOY))
    for quote, amount, sector in (("11,5%", 11.5, "chế biến, chế tạo"), ("7,2%", 7.2, "sản xuất và phân phối điện")):
        a.fact("industrial_production_index", period=nine, status="estimate",
               change=up(a.q(quote, amount, "percent"), YOY), sector=sector)
    output = a.q("96,4 nghìn tỷ đồng", 96.4e12, "VND")
    a.fact("industrial_production_value", output, period=nine, status="estimate",
           change=up(a.q("12,1%", 12.1, "percent"), YOY))

    exports = a.q("1,95 tỷ USD", 1.95e9, "USD")  # `9 tháng` without its year → 2024
    a.fact("export_value", exports, period=nine, status="estimate", change=up(a.q("15,3%", 15.3, "percent"), YOY))
    imports = a.q("1,62 tỷ USD", 1.62e9, "USD")
    a.fact("import_value", imports, period=nine, status="estimate", change=up(a.q("9,7%", 9.7, "percent")))
    a.fact("export_value", a.q("780 triệu USD", 780e6, "USD"), period=nine, product="dệt may")
    a.fact("export_value", a.q("210 triệu USD", 210e6, "USD"), period=nine, product="giày dép")

    # `Tính đến ngày 30/9/2024` for new businesses (no investment metric): a year-to-date flow.
    firms = a.q("1.580 doanh nghiệp", 1580, "doanh nghiệp")
    a.fact("new_businesses", firms, period=nine, change=up(a.q("14%", 14, "percent"), YOY))
    a.fact("new_businesses", a.q("8.900 tỷ đồng", 8.9e12, "VND"), period=nine)


def h07_ha_nam(a: Annotator) -> None:
    a.main = "Hà Nam"
    a.every("Hà Nam", "PROVINCE", "Hà Nam")

    y2023 = year(2023)
    new_projects = a.q("42 dự án", 42, "dự án", nth=2)  # the headline's `42 dự án FDI` is this fact
    a.fact("fdi_projects", new_projects, period=y2023, sector="cấp mới")
    a.fact("fdi_capital", a.q("520 triệu USD", 520e6, "USD"), period=y2023, sector="cấp mới")
    a.fact("fdi_projects", a.q("25 dự án", 25, "dự án"), period=y2023, sector="điều chỉnh tăng vốn")
    a.fact("fdi_capital", a.q("180 triệu USD", 180e6, "USD"), period=y2023, sector="điều chỉnh tăng vốn")
    total = a.q("700 triệu USD", 700e6, "USD")
    a.fact("fdi_capital", total, period=y2023, change=up(a.q("40%", 40, "percent"), PLAN))
    a.fact("ddi_projects", a.q("38 dự án", 38, "dự án"), period=y2023, sector="cấp mới")
    a.fact("ddi_capital", a.q("9.200 tỷ đồng", 9.2e12, "VND"), period=y2023, sector="cấp mới")

    in_force = stock("2023-12")  # `Lũy kế đến hết năm 2023 ... còn hiệu lực`
    a.fact("fdi_projects", a.q("445 dự án", 445, "dự án"), period=in_force)
    a.fact("fdi_capital", a.q("5,6 tỷ USD", 5.6e9, "USD"), period=in_force)
    a.fact("ddi_projects", a.q("1.020 dự án", 1020, "dự án"), period=in_force)
    a.fact("ddi_capital", a.q("210 nghìn tỷ đồng", 210e12, "VND"), period=in_force)
    # Inherits the stock of the sentence before it (v1.4; v1.3: 2023-01..12); the FDI firms restrict
    # the figure: a sector as written (v1.4: a scope word inside another metric's sector).
    jobs = a.q("hơn 90.000 lao động", 90000, "lao động", "over")
    a.fact("employment", jobs, period=in_force, sector="các doanh nghiệp FDI")

    a.fact("fdi_capital", a.q("600 triệu USD", 600e6, "USD"), period=year(2024), status="target")


def h08_binh_phuoc(a: Annotator) -> None:
    a.main = "Bình Phước"
    a.every("Bình Phước", "PROVINCE", "Bình Phước")
    a.e("Hoa Kỳ", "COUNTRY", "US")
    a.e("Trung Quốc", "COUNTRY", "CN")

    half = months("2024-01", "2024-06")
    exports = a.q("2,1 tỷ USD", 2.1e9, "USD")
    a.fact("export_value", exports, period=half, status="estimate", change=up(a.q("18,2%", 18.2, "percent"), YOY))
    imports = a.q("2,4 tỷ USD", 2.4e9, "USD")
    a.fact("import_value", imports, period=half, status="estimate", change=up(a.q("35,6%", 35.6, "percent")))
    deficit = a.q("khoảng 300 triệu USD", 300e6, "USD", "about")
    a.fact("trade_balance", deficit, period=half, negative=True)

    a.fact("import_value", a.q("1,3 tỷ USD", 1.3e9, "USD"), period=half, product="hạt điều thô")
    cashew = a.q("850 triệu USD", 850e6, "USD")
    a.fact("export_value", cashew, period=half, change=up(a.q("21%", 21, "percent")), product="hạt điều nhân")
    rubber = a.q("190 triệu USD", 190e6, "USD")
    a.fact("export_value", rubber, period=half, change=down(a.q("4,5%", 4.5, "percent")), product="cao su")
    a.fact("export_value", a.q("620 triệu USD", 620e6, "USD"), period=half, partner="US")
    a.fact("export_value", a.q("410 triệu USD", 410e6, "USD"), period=half, partner="CN")

    target = a.q("4,3 tỷ USD", 4.3e9, "USD")
    a.fact("export_value", target, period=year(2024), status="target", change=up(a.q("10%", 10, "percent"), YOY))


def h09_nam_dinh(a: Annotator) -> None:
    a.main = "Nam Định"
    a.every("Nam Định", "PROVINCE", "Nam Định")

    y2023 = year(2023)
    growth = a.q("8,03%", 8.03, "percent", nth=2)  # a growth rate: change-only; the headline's is this fact
    a.fact("grdp", period=y2023, status="estimate", change=up(growth))
    a.fact("grdp", a.q("91.860 tỷ đồng", 91.86e12, "VND"), period=y2023)
    a.fact("budget_revenue", a.q("6.350 tỷ đồng", 6.35e12, "VND"), period=y2023)
    a.fact("employment", a.q("32.500 lao động", 32500, "lao động"), period=y2023)
    # `31 dự án đầu tư mới`: no FDI/DDI scope before it → investment_*; `đầu tư mới` is no component kind.
    a.fact("investment_projects", a.q("31 dự án", 31, "dự án"), period=y2023)
    a.fact("investment_capital", a.q("12.600 tỷ đồng", 12.6e12, "VND"), period=y2023)
    a.fact("fdi_projects", a.q("9 dự án", 9, "dự án"), period=y2023)
    a.fact("fdi_capital", a.q("265 triệu USD", 265e6, "USD"), period=y2023)
    target = a.q("trên 10%", 10, "percent", "over")
    a.fact("grdp", period=year(2024), status="target", change=up(target))


def h10_kien_giang(a: Annotator) -> None:
    a.main = "Kiên Giang"
    a.every("Kiên Giang", "PROVINCE", "Kiên Giang")

    y2024 = year(2024)
    exports = a.q("850 triệu USD", 850e6, "USD", nth=2)
    a.fact("export_value", exports, period=y2024, status="estimate", change=up(a.q("6,5%", 6.5, "percent"), YOY),
           other_changes=[up(a.q("2%", 2, "percent"), PLAN)])
    a.fact("export_value", a.q("420 triệu USD", 420e6, "USD"), period=y2024, status="estimate", product="thủy sản")
    a.fact("export_value", a.q("310 triệu USD", 310e6, "USD"), period=y2024, status="estimate", product="gạo")
    tourism = a.q("13.500 tỷ đồng", 13.5e12, "VND")
    a.fact("revenue", tourism, period=y2024, status="estimate", change=up(a.q("20%", 20, "percent"), YOY),
           sector="du lịch")
    now = stock("2024-12")  # `Hiện ... còn hiệu lực` with the date line
    a.fact("fdi_projects", a.q("59 dự án", 59, "dự án"), period=now)
    a.fact("fdi_capital", a.q("5,2 tỷ USD", 5.2e9, "USD"), period=now)


def h11_vinh_long(a: Annotator) -> None:
    a.main = "Vĩnh Long"
    a.every("Vĩnh Long", "PROVINCE", "Vĩnh Long")
    a.e("EU", "REGION")
    a.e("Nhật Bản", "COUNTRY", "JP")

    seven = months("2024-01", "2024-07")  # `Lũy kế từ đầu năm đến cuối tháng 7/2024`
    exports = a.q("512 triệu USD", 512e6, "USD")
    a.fact("export_value", exports, period=seven, change=up(a.q("8,7%", 8.7, "percent"), YOY))
    imports = a.q("176 triệu USD", 176e6, "USD")
    a.fact("import_value", imports, period=seven, change=down(a.q("2,1%", 2.1, "percent")))
    eu = a.q("98 triệu USD", 98e6, "USD")
    a.fact("export_value", eu, period=seven, change=up(a.q("25%", 25, "percent")), partner="EU")
    a.fact("export_value", a.q("61 triệu USD", 61e6, "USD"), period=seven, partner="JP")
    rice = a.q("72 triệu USD", 72e6, "USD")  # `trong đó` after a share: no basis to take
    a.fact("export_value", rice, period=seven, change=up(a.q("40,2%", 40.2, "percent")), product="gạo")
    a.fact("export_value", a.q("880 triệu USD", 880e6, "USD"), period=year(2024), status="target")


def h12_ninh_binh(a: Annotator) -> None:
    a.main = "Ninh Bình"
    a.every("Ninh Bình", "PROVINCE", "Ninh Bình")

    q3 = a.q("9,2%", 9.2, "percent", nth=2)  # the headline's `tăng trưởng 9,2%` is this fact
    a.fact("grdp", period=months("2024-07", "2024-09"), status="estimate", change=up(q3, YOY))
    nine = months("2024-01", "2024-09")
    a.fact("grdp", period=nine, change=up(a.q("8,56%", 8.56, "percent")))  # its own `tính chung 9 tháng`
    a.fact("industrial_production_index", period=nine, change=up(a.q("10,3%", 10.3, "percent"), YOY))
    a.fact("budget_revenue", a.q("14.100 tỷ đồng", 14.1e12, "VND"), period=nine, status="estimate")


def h13_binh_duong(a: Annotator) -> None:
    a.main = "Bình Dương"
    a.every("Bình Dương", "PROVINCE", "Bình Dương")

    to_date = months("2024-01", "2024-05")  # `Tính từ đầu năm đến ngày 15/5/2024, ... thu hút`: a flow
    fdi = a.q("hơn 1,2 tỷ USD", 1.2e9, "USD", "over", nth=2)
    a.fact("fdi_capital", fdi, period=to_date, change=up(basis=YOY))  # `gấp 2,4 lần cùng kỳ`
    a.fact("fdi_projects", a.q("45 dự án", 45, "dự án"), period=to_date, sector="cấp mới")
    a.fact("fdi_capital", a.q("620 triệu USD", 620e6, "USD"), period=to_date, sector="cấp mới")
    a.fact("fdi_projects", a.q("38 dự án", 38, "dự án"), period=to_date, sector="điều chỉnh vốn")
    a.fact("fdi_capital", a.q("410 triệu USD", 410e6, "USD"), period=to_date, sector="điều chỉnh vốn")
    added = a.q("200 triệu USD", 200e6, "USD")
    total = a.q("1,5 tỷ USD", 1.5e9, "USD")
    a.fact("project_capital", total, period=None, change=up(amount=added),
           subject="Công ty TNHH LEGO Manufacturing Việt Nam")
    now = stock("2024-05")  # `Hiện` with the date line 2024-05-20
    a.fact("fdi_projects", a.q("4.200 dự án", 4200, "dự án"), period=now)
    a.fact("fdi_capital", a.q("41,5 tỷ USD", 41.5e9, "USD"), period=now)


def h14_quang_tri(a: Annotator) -> None:
    a.main = "Quảng Trị"
    a.every("Quảng Trị", "PROVINCE", "Quảng Trị")

    y2023 = year(2023)
    trade = a.q("865 triệu USD", 865e6, "USD")
    a.fact("trade_value", trade, period=y2023, change=up(a.q("12%", 12, "percent"), YOY))
    a.fact("export_value", a.q("365 triệu USD", 365e6, "USD"), period=y2023)
    imports = a.q("500 triệu USD", 500e6, "USD")
    a.fact("import_value", imports, period=y2023, change=up(a.q("18%", 18, "percent"), YOY))
    # The headline's `qua Khu kinh tế Lao Bảo đạt 520 triệu USD` restates this fact (v1.4: merged).
    lao_bao = a.q("520 triệu USD", 520e6, "USD", nth=2)
    a.fact("trade_value", lao_bao, period=y2023, sector="Khu kinh tế thương mại đặc biệt Lao Bảo")
    a.fact("trade_value", a.q("1 tỷ USD", 1e9, "USD"), period=year(2024), status="target")


def h15_lang_son(a: Annotator) -> None:
    a.main = "Lạng Sơn"
    a.every("Lạng Sơn", "PROVINCE", "Lạng Sơn")

    quarter = months("2024-01", "2024-03")
    firms = a.q("145 doanh nghiệp", 145, "doanh nghiệp", nth=2)
    a.fact("new_businesses", firms, period=quarter, change=up(a.q("12,4%", 12.4, "percent"), YOY))
    # `giảm 5,8% về vốn đăng ký`: the change of the capital figure of the same clause (v1.4: one fact).
    capital = a.q("1.050 tỷ đồng", 1.05e12, "VND")
    a.fact("new_businesses", capital, period=quarter, change=down(a.q("5,8%", 5.8, "percent"), YOY))
    trade = a.q("1,02 tỷ USD", 1.02e9, "USD")
    a.fact("trade_value", trade, period=quarter, change=down(a.q("14,6%", 14.6, "percent"), YOY))
    a.fact("export_value", a.q("410 triệu USD", 410e6, "USD"), period=quarter)
    a.fact("import_value", a.q("610 triệu USD", 610e6, "USD"), period=quarter)
    a.fact("employment", a.q("4.200 lao động", 4200, "lao động"), period=quarter)  # `Trong quý`


ARTICLE_BUILDERS: tuple[Callable[[Annotator], None], ...] = (
    h01_bac_ninh, h02_quang_ninh, h03_long_an, h04_dong_nai, h05_ca_nuoc,
    h06_thai_binh, h07_ha_nam, h08_binh_phuoc, h09_nam_dinh, h10_kien_giang,
    h11_vinh_long, h12_ninh_binh, h13_binh_duong, h14_quang_tri, h15_lang_son,
)


GOLD_SET = GoldSet.in_corpus("facts_only", ARTICLE_BUILDERS, facts_only=True)
main = GOLD_SET.main


if __name__ == "__main__":
    sys.exit(main(sys.argv))
