"""Build and validate the gold of the blind articles in corpus/blind.

Six short articles written for a blind test (plausible figures, not real) about
Ninh Bình (after the 1 July 2025 merger), Bình Phước, Sóc Trăng, Gia Lai,
Thừa Thiên Huế and Tuyên Quang. They were written outside the repository, so
that nobody tuning rules read them, and scored once before they joined it.

Annotations are declared with the shared kit `scripts/goldkit.py` (imported
from it only): one function per article declares its annotations by quoting
the text; offsets come from string search, never typed by hand. Rules:
`docs/FACTS.md` (spec v1.4) and `corpus/gold/NOTES.md`; the judgement calls of
these articles, and what the v1.3 -> v1.4 re-annotation changed, are in
`corpus/blind/NOTES.md`.

Usage:

    .venv/bin/python scripts/build_blind_gold.py           # build, validate, write
    .venv/bin/python scripts/build_blind_gold.py validate  # check the written files
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from goldkit import (AVG, PLAN, PREV, YOY, Annotator, GoldSet, down, month, months, stock,  # noqa: E402
                     up, validate, year)


# ================================================================ articles


def b01_ninh_binh(a: Annotator) -> None:
    a.main = "Ninh Bình"
    a.e("Sở Công Thương tỉnh Ninh Bình", "ORG")
    a.e("KCN Khánh Phú", "INDUSTRIAL_PARK")
    a.e("KCN Bảo Minh", "INDUSTRIAL_PARK")
    a.every("Ninh Bình", "PROVINCE", "Ninh Bình")
    a.every("Hà Nam", "PROVINCE", "Hà Nam")
    a.every("Nam Định", "PROVINCE", "Nam Định")

    seven = months("2025-01", "2025-07")
    a.q("4,86 tỷ USD", 4.86e9, "USD", nth=1)  # headline: the body's fact
    exports = a.q("4,86 tỷ USD", 4.86e9, "USD", nth=2)
    exports_up = a.q("14,3%", 14.3, "percent")
    a.fact("export_value", exports, period=seven, status="estimate", change=up(exports_up, YOY))
    imports = a.q("3,92 tỷ USD", 3.92e9, "USD")
    imports_up = a.q("9,8%", 9.8, "percent")
    a.fact("import_value", imports, period=seven, status="estimate", change=up(imports_up))
    surplus = a.q("khoảng 940 triệu USD", 940e6, "USD", "about")
    a.fact("trade_balance", surplus, period=seven)
    nam_dinh = a.q("1,72 tỷ USD", 1.72e9, "USD")
    a.fact("export_value", nam_dinh, period=seven, status="estimate", location="Nam Định")
    a.q("gần 72%", 72, "percent", "nearly")  # a share

    july_prev = a.q("2,4%", 2.4, "percent")
    a.fact("industrial_production_index", period=month("2025-07"), status="estimate",
           change=up(july_prev, PREV))
    iip = a.q("11,6%", 11.6, "percent")
    a.fact("industrial_production_index", period=seven, status="estimate", change=up(iip, YOY))
    for quote, amount, sector, direction in (("12,9%", 12.9, "chế biến, chế tạo", up),
                                             ("4,2%", 4.2, "sản xuất và phân phối điện", up),
                                             ("3,1%", 3.1, "khai khoáng", down)):
        a.fact("industrial_production_index", period=seven, status="estimate",
               change=direction(a.q(quote, amount, "percent"), YOY), sector=sector)

    output = a.q("268,5 nghìn tỷ đồng", 268.5e12, "VND")
    output_up = a.q("12,1%", 12.1, "percent")
    a.fact("industrial_production_value", output, period=seven, status="estimate", change=up(output_up))
    budget = a.q("21.350 tỷ đồng", 21.35e12, "VND")
    a.q("64,2%", 64.2, "percent")  # plan attainment: no change
    budget_up = a.q("17,5%", 17.5, "percent")
    a.fact("budget_revenue", budget, period=seven, status="estimate", change=up(budget_up, YOY))

    a.fact("export_value", a.q("8,5 tỷ USD", 8.5e9, "USD"), period=year(2025), status="target")
    fdi = a.q("khoảng 1,2 tỷ USD", 1.2e9, "USD", "about")
    a.fact("fdi_capital", fdi, period=year(2025), status="target")


def b02_binh_phuoc(a: Annotator) -> None:
    a.main = "Bình Phước"
    company = "Công ty TNHH Sản xuất Lốp xe Hongyuan Việt Nam"
    a.e("Sở Kế hoạch và Đầu tư tỉnh Bình Phước", "ORG")
    a.e(company, "ORG")
    a.e("KCN Minh Hưng III", "INDUSTRIAL_PARK")
    a.e("Lê Văn Hưng", "PERSON")
    a.e("UBND tỉnh", "ORG")
    a.every("Bình Phước", "PROVINCE", "Bình Phước")
    a.every("Trung Quốc", "COUNTRY", "CN")
    a.e("Đài Loan", "COUNTRY", "TW")
    a.e("Hàn Quốc", "COUNTRY", "KR")

    nine = months("2024-01", "2024-09")
    a.q("312 triệu USD", 312e6, "USD", nth=1)  # headline: the body's fact
    a.fact("fdi_projects", a.q("27 dự án", 27, "dự án"), period=nine, sector="cấp mới")
    a.fact("fdi_projects", a.q("14 dự án", 14, "dự án"), period=nine, sector="điều chỉnh tăng vốn")
    fdi = a.q("312 triệu USD", 312e6, "USD", nth=2)
    factor = a.q("1,7 lần", 1.7, "lần")
    a.fact("fdi_capital", fdi, period=nine, change=up(basis=YOY, factor=factor))
    a.fact("fdi_capital", a.q("205 triệu USD", 205e6, "USD"), period=nine, sector="cấp mới")
    a.fact("fdi_capital", a.q("107 triệu USD", 107e6, "USD"), period=nine, sector="điều chỉnh tăng vốn")
    for quote, amount, partner in (("118 triệu USD", 118e6, "CN"), ("76 triệu USD", 76e6, "TW"),
                                   ("41 triệu USD", 41e6, "KR")):
        a.fact("fdi_capital", a.q(quote, amount, "USD"), period=nine, partner=partner)

    a.fact("ddi_projects", a.q("58 dự án", 58, "dự án"), period=nine)
    ddi = a.q("khoảng 7.450 tỷ đồng", 7.45e12, "VND", "about")
    ddi_down = a.q("12,4%", 12.4, "percent")
    a.fact("ddi_capital", ddi, period=nine, change=down(ddi_down, YOY))
    disbursed = a.q("196 triệu USD", 196e6, "USD")
    disbursed_up = a.q("8,5%", 8.5, "percent")
    a.fact("fdi_disbursed", disbursed, period=nine, status="estimate", change=up(disbursed_up))

    in_force = stock("2024-09")
    a.fact("fdi_projects", a.q("436 dự án", 436, "dự án"), period=in_force)
    a.fact("fdi_capital", a.q("hơn 4,1 tỷ USD", 4.1e9, "USD", "over"), period=in_force)

    a.fact("project_capital", a.q("158 triệu USD", 158e6, "USD"), period=None, partner="CN", subject=company)
    capacity = a.q("60.000 tấn", 60000, "tấn")
    a.fact("production_capacity", capacity, period=None, product="lốp xe", subject=company)
    jobs = a.q("khoảng 1.500 lao động", 1500, "lao động", "about")
    a.fact("employment", jobs, period=None, status="forecast", subject=company)

    target = a.q("450 triệu USD", 450e6, "USD")
    a.fact("fdi_capital", target, period=year(2024), status="target")


def b03_soc_trang(a: Annotator) -> None:
    a.main = "Sóc Trăng"
    a.e("Sở Công Thương", "ORG")
    a.e("Công ty CP Thực phẩm Sao Ta", "ORG")
    a.e("FMC", "ORG")
    a.every("Sóc Trăng", "PROVINCE", "Sóc Trăng")
    a.e("Mỹ", "COUNTRY", "US")
    a.e("Nhật Bản", "COUNTRY", "JP")
    a.e("Trung Quốc", "COUNTRY", "CN")
    a.e("EU", "REGION")
    a.e("EVFTA", "AGREEMENT")

    eight = months("2024-01", "2024-08")
    a.q("612 triệu USD", 612e6, "USD", nth=1)  # headline: the body's shrimp fact
    exports = a.q("842 triệu USD", 842e6, "USD")
    exports_up = a.q("11,4%", 11.4, "percent")
    a.fact("export_value", exports, period=eight, change=up(exports_up, YOY))
    shrimp = a.q("612 triệu USD", 612e6, "USD", nth=2)
    shrimp_up = a.q("13,2%", 13.2, "percent")
    a.fact("export_value", shrimp, period=eight, change=up(shrimp_up, YOY), product="tôm đông lạnh")
    rice = a.q("148 triệu USD", 148e6, "USD")
    factor = a.q("1,6 lần", 1.6, "lần")
    a.fact("export_value", rice, period=eight, change=up(basis=YOY, factor=factor), product="gạo")

    for quote, amount, partner in (("265 triệu USD", 265e6, "US"), ("154 triệu USD", 154e6, "JP"),
                                   ("97 triệu USD", 97e6, "CN")):
        a.fact("export_value", a.q(quote, amount, "USD"), period=eight, partner=partner)
    eu = a.q("21%", 21, "percent")
    a.fact("export_value", period=eight, change=up(eu), partner="EU")

    august = a.q("118 triệu USD", 118e6, "USD")
    august_up = a.q("4,7%", 4.7, "percent")
    a.fact("export_value", august, period=month("2024-08"), change=up(august_up, PREV))
    imports = a.q("185 triệu USD", 185e6, "USD")
    imports_down = a.q("6,2%", 6.2, "percent")
    a.fact("import_value", imports, period=eight, status="estimate", change=down(imports_down))
    a.fact("trade_balance", a.q("657 triệu USD", 657e6, "USD"), period=eight)

    revenue = a.q("3.450 tỷ đồng", 3.45e12, "VND")
    a.fact("revenue", revenue, period=eight, subject="Công ty CP Thực phẩm Sao Ta")
    markets = a.q("hơn 50 quốc gia và vùng lãnh thổ", 50, "quốc gia", "over")
    a.fact("export_markets", markets, period=None)  # `Hiện` without a date line

    target = a.q("1,3 tỷ USD", 1.3e9, "USD")
    a.fact("export_value", target, period=None, status="target")  # `Năm nay` without a date line
    shrimp_target = a.q("khoảng 900 triệu USD", 900e6, "USD", "about")
    a.fact("export_value", shrimp_target, period=None, status="target", product="tôm")


def b04_gia_lai(a: Annotator) -> None:
    a.main = "Gia Lai"
    a.e("Cục Thống kê tỉnh Gia Lai", "ORG")
    a.every("Gia Lai", "PROVINCE", "Gia Lai")

    half = months("2024-01", "2024-06")
    grdp = a.q("6,25%", 6.25, "percent")
    a.fact("grdp", period=half, status="estimate", change=up(grdp, YOY))
    for quote, amount, sector in (("3,12%", 3.12, "khu vực nông, lâm nghiệp và thủy sản"),
                                  ("9,84%", 9.84, "khu vực công nghiệp và xây dựng"),
                                  ("7,05%", 7.05, "khu vực dịch vụ")):
        a.fact("grdp", period=half, status="estimate", change=up(a.q(quote, amount, "percent"), YOY),
               sector=sector)

    june_prev = a.q("1,8%", 1.8, "percent")
    june_yoy = a.q("10,4%", 10.4, "percent")
    a.fact("industrial_production_index", period=month("2024-06"), status="estimate",
           change=up(june_yoy, YOY), other_changes=[up(june_prev, PREV)])
    iip = a.q("9,7%", 9.7, "percent")
    a.fact("industrial_production_index", period=half, status="estimate", change=up(iip))
    for quote, amount, sector in (("15,3%", 15.3, "sản xuất và phân phối điện"),
                                  ("6,9%", 6.9, "chế biến, chế tạo")):
        a.fact("industrial_production_index", period=half, status="estimate",
               change=up(a.q(quote, amount, "percent")), sector=sector)

    exports = a.q("412,6 triệu USD", 412.6e6, "USD")
    exports_up = a.q("18,2%", 18.2, "percent")
    a.fact("export_value", exports, period=half, status="estimate", change=up(exports_up))
    a.q("68%", 68, "percent")  # a share
    imports = a.q("48,3 triệu USD", 48.3e6, "USD")
    imports_down = a.q("7,5%", 7.5, "percent", nth=1)
    a.fact("import_value", imports, period=half, status="estimate", change=down(imports_down))

    firms = a.q("412 doanh nghiệp", 412, "doanh nghiệp")
    firms_up = a.q("5,6%", 5.6, "percent")
    a.fact("new_businesses", firms, period=half, change=up(firms_up, YOY))
    a.fact("new_businesses", a.q("3.860 tỷ đồng", 3.86e12, "VND"), period=half)
    budget = a.q("3.125 tỷ đồng", 3.125e12, "VND")
    a.q("51,3%", 51.3, "percent")  # plan attainment: no change
    a.fact("budget_revenue", budget, period=half, status="estimate")
    a.fact("employment", a.q("14.800 lao động", 14800, "lao động"), period=half)
    a.q("59,2%", 59.2, "percent")  # plan attainment: no change

    average = a.q("7,5%", 7.5, "percent", nth=2)
    a.fact("grdp", period=months("2021-01", "2025-12"), status="target", change=up(average, AVG))


def b05_thua_thien_hue(a: Annotator) -> None:
    a.main = "Thừa Thiên Huế"
    a.e("Sở Công Thương tỉnh Thừa Thiên Huế", "ORG")
    a.e("Công ty CP Sợi Phú Bài", "ORG")
    a.e("KCN Phú Bài", "INDUSTRIAL_PARK")
    a.every("Thừa Thiên Huế", "PROVINCE", "Thừa Thiên Huế")
    a.every("Hoa Kỳ", "COUNTRY", "US")
    a.e("Nhật Bản", "COUNTRY", "JP")
    a.e("Hàn Quốc", "COUNTRY", "KR")
    a.e("EU", "REGION")

    y2024 = year(2024)  # `năm nay` with the date line 2024-12-20
    a.q("1,35 tỷ USD", 1.35e9, "USD", nth=1)  # headline: the body's fact
    exports = a.q("1,35 tỷ USD", 1.35e9, "USD", nth=2)
    exports_up = a.q("12,5%", 12.5, "percent")
    plan = a.q("8%", 8, "percent")
    a.fact("export_value", exports, period=y2024, status="estimate", change=up(exports_up, YOY),
           other_changes=[up(plan, PLAN)])
    textiles = a.q("780 triệu USD", 780e6, "USD")
    textiles_up = a.q("10,3%", 10.3, "percent")
    a.fact("export_value", textiles, period=y2024, change=up(textiles_up, YOY), product="dệt may")
    a.fact("export_value", a.q("165 triệu USD", 165e6, "USD"), period=y2024, product="dăm gỗ và sản phẩm gỗ")
    yarn = a.q("210 triệu USD", 210e6, "USD")
    a.fact("export_value", yarn, period=y2024, status="estimate", product="sợi")
    us = a.q("khoảng 420 triệu USD", 420e6, "USD", "about")
    a.fact("export_value", us, period=y2024, partner="US")

    imports = a.q("690 triệu USD", 690e6, "USD")
    imports_up = a.q("7,2%", 7.2, "percent")
    a.fact("import_value", imports, period=y2024, status="estimate", change=up(imports_up, YOY))
    a.fact("trade_balance", a.q("660 triệu USD", 660e6, "USD"), period=y2024)
    output = a.q("52.300 tỷ đồng", 52.3e12, "VND")
    output_up = a.q("9,1%", 9.1, "percent")
    a.fact("industrial_production_value", output, period=y2024, status="estimate", change=up(output_up))

    company = "Công ty CP Sợi Phú Bài"
    a.fact("project_capital", a.q("680 tỷ đồng", 680e9, "VND"), period=None, subject=company)
    capacity = a.q("12.000 tấn", 12000, "tấn")
    a.fact("production_capacity", capacity, period=None, product="sợi", subject=company)

    target = a.q("1,5 tỷ USD", 1.5e9, "USD")
    a.fact("export_value", target, period=year(2025), status="target")
    forecast = a.q("850 triệu USD", 850e6, "USD")
    a.fact("export_value", forecast, period=year(2025), status="forecast", product="dệt may")


def b06_tuyen_quang(a: Annotator) -> None:
    a.main = "Tuyên Quang"
    company = "Công ty CP Giấy An Hòa"
    a.e(company, "ORG")
    a.e("Minh Khuê", "PERSON")  # photo credit
    a.e("Hoàng Anh", "PERSON")  # byline
    a.every("Tuyên Quang", "PROVINCE", "Tuyên Quang")

    quarter = months("2024-01", "2024-03")
    a.q("6.120 tỷ đồng", 6.12e12, "VND", nth=1)  # headline: the body's fact
    output = a.q("6.120 tỷ đồng", 6.12e12, "VND", nth=2)
    output_up = a.q("10,2%", 10.2, "percent")
    a.q("22,4%", 22.4, "percent")  # plan attainment: no change
    a.fact("industrial_production_value", output, period=quarter, status="estimate",
           change=up(output_up, YOY))
    iip = a.q("8,6%", 8.6, "percent")
    a.fact("industrial_production_index", period=quarter, status="estimate", change=up(iip, YOY))
    for quote, amount, sector in (("9,4%", 9.4, "chế biến, chế tạo"),
                                  ("5,1%", 5.1, "sản xuất và phân phối điện")):
        a.fact("industrial_production_index", period=quarter, status="estimate",
               change=up(a.q(quote, amount, "percent"), YOY), sector=sector)

    now = stock("2024-04")  # `hiện` with the date line 2024-04-15
    pulp = a.q("130.000 tấn", 130000, "tấn")
    a.fact("production_capacity", pulp, period=now, product="bột giấy", subject=company)
    paper = a.q("140.000 tấn", 140000, "tấn")
    a.fact("production_capacity", paper, period=now, product="giấy in, giấy viết", subject=company)
    jobs = a.q("hơn 1.100 lao động", 1100, "lao động", "over")
    a.fact("employment", jobs, period=now, subject=company)

    trade = a.q("79,7 triệu USD", 79.7e6, "USD")
    trade_up = a.q("12,8%", 12.8, "percent")
    a.fact("trade_value", trade, period=quarter, status="estimate", change=up(trade_up, YOY))
    exports = a.q("38,5 triệu USD", 38.5e6, "USD")
    exports_up = a.q("15,6%", 15.6, "percent")
    a.fact("export_value", exports, period=quarter, status="estimate", change=up(exports_up, YOY))
    a.fact("import_value", a.q("41,2 triệu USD", 41.2e6, "USD"), period=quarter, status="estimate")
    deficit = a.q("khoảng 2,7 triệu USD", 2.7e6, "USD", "about")
    a.fact("trade_balance", deficit, period=quarter, negative=True)

    a.fact("ddi_projects", a.q("9 dự án", 9, "dự án"), period=quarter)
    a.fact("ddi_capital", a.q("1.450 tỷ đồng", 1.45e12, "VND"), period=quarter)
    in_force = stock("2024-03")
    a.fact("fdi_projects", a.q("14 dự án", 14, "dự án"), period=in_force)
    a.fact("fdi_capital", a.q("236 triệu USD", 236e6, "USD"), period=in_force)
    a.fact("fdi_disbursed", a.q("4,3 triệu USD", 4.3e6, "USD"), period=quarter)

    target = a.q("27.300 tỷ đồng", 27.3e12, "VND")
    a.fact("industrial_production_value", target, period=year(2024), status="target")


ARTICLE_BUILDERS: tuple[Callable[[Annotator], None], ...] = (
    b01_ninh_binh, b02_binh_phuoc, b03_soc_trang, b04_gia_lai, b05_thua_thien_hue, b06_tuyen_quang,
)


# These sets keep the five-facts-per-article floor they were written to (goldkit's default is 3).
GOLD_SET = GoldSet.in_corpus("blind", ARTICLE_BUILDERS, validate=partial(validate, min_facts=5))
main = GOLD_SET.main


if __name__ == "__main__":
    sys.exit(main(sys.argv))
