"""Build and validate the gold of the held-out articles in `corpus/holdout`.

The six articles in `corpus/holdout/articles` were written for this project
(plausible figures, not real ones) in the styles of a provincial portal, Báo
Chính phủ, VnEconomy, a statistics-office monthly release, Báo Công Thương and
a local newspaper, about Lào Cai, Thái Nguyên, Long An, Bắc Giang, Quảng Nam
and Bà Rịa - Vũng Tàu. Nobody tunes rules on them: their score is reported
apart from `corpus/gold` and `corpus/extra`.

Annotations are declared with the shared kit `scripts/goldkit.py` (imported
from it only): one function per article declares its annotations by quoting
the text; offsets come from string search, never typed by hand. The rules
followed are `docs/FACTS.md` (spec v1.4) and `corpus/gold/NOTES.md`; the
judgement calls of these articles, and what the v1.3 -> v1.4 re-annotation
changed, are in `corpus/holdout/NOTES.md`.

Usage (from the repository root):

    .venv/bin/python scripts/build_holdout_gold.py           # build, validate, write
    .venv/bin/python scripts/build_holdout_gold.py validate  # check the written files
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from goldkit import (AVG, PREV, YOY, Annotator, GoldSet, down, month, months, stock, up,  # noqa: E402
                     validate, year)


# ================================================================ articles
# Each function: entities first (outer names before `every` on provinces),
# then quantities and facts in reading order.


def h01_lao_cai(a: Annotator) -> None:
    a.main = "Lào Cai"
    a.e("UBND tỉnh Lào Cai", "ORG")
    a.e("Công ty CP Gang thép Việt Trung", "ORG")
    a.e("KCN Tằng Loỏng", "INDUSTRIAL_PARK")
    a.every("Lào Cai", "PROVINCE", "Lào Cai")
    a.e("Vân Nam", "FOREIGN_LOCALITY")
    a.every("Trung Quốc", "COUNTRY", "CN")

    half = months("2024-01", "2024-06")
    a.q("hơn 1,6 tỉ USD", 1.6e9, "USD", "over", nth=1)  # headline: the body's trade_value fact
    grdp = a.q("7,12%", 7.12, "percent")
    a.q("1,3 điểm phần trăm", 1.3, "điểm phần trăm")  # compares growth rates: no change of the figure
    a.fact("grdp", period=half, status="estimate", change=up(grdp, YOY))

    quarter_prev = a.q("6,4%", 6.4, "percent")
    quarter_yoy = a.q("10,8%", 10.8, "percent")
    a.fact("industrial_production_index", period=months("2024-04", "2024-06"), status="estimate",
           change=up(quarter_yoy, YOY), other_changes=[up(quarter_prev, PREV)])
    iip = a.q("9,6%", 9.6, "percent")
    a.fact("industrial_production_index", period=half, change=up(iip))
    for quote, amount, sector in (("12,3%", 12.3, "khai khoáng"), ("8,7%", 8.7, "chế biến, chế tạo")):
        a.fact("industrial_production_index", period=half, change=up(a.q(quote, amount, "percent")),
               sector=sector)

    trade = a.q("hơn 1,6 tỉ USD", 1.6e9, "USD", "over", nth=2)
    trade_up = a.q("21,5%", 21.5, "percent")
    a.fact("trade_value", trade, period=half, change=up(trade_up, YOY))
    a.fact("export_value", a.q("812 triệu USD", 812e6, "USD"), period=half)
    a.fact("import_value", a.q("tầm 790 triệu USD", 790e6, "USD", "about"), period=half)
    china = a.q("745 triệu USD", 745e6, "USD")
    a.fact("export_value", china, period=half, partner="CN")

    a.fact("fdi_projects", a.q("hai dự án", 2, "dự án"), period=half)
    a.fact("fdi_capital", a.q("36 triệu USD", 36e6, "USD"), period=half)
    a.fact("ddi_projects", a.q("41 dự án", 41, "dự án"), period=half)
    a.fact("ddi_capital", a.q("gần 9.200 tỷ đồng", 9.2e12, "VND", "nearly"), period=half)
    company = "Công ty CP Gang thép Việt Trung"
    a.fact("project_capital", a.q("2.880 tỷ đồng", 2.88e12, "VND"), period=None, subject=company)
    jobs = a.q("trên 2.000 lao động", 2000, "lao động", "over")
    a.fact("employment", jobs, period=None, status="forecast", subject=company)

    second_half = a.q("khoảng 1,9 tỉ USD", 1.9e9, "USD", "about")
    a.fact("trade_value", second_half, period=months("2024-07", "2024-12"), status="target")
    whole_year = a.q("3,5 tỉ USD", 3.5e9, "USD")
    a.fact("trade_value", whole_year, period=year(2024), status="target")
    grdp_target = a.q("8,5%", 8.5, "percent")
    a.fact("grdp", period=year(2024), status="target", change=up(grdp_target))


def h02_thai_nguyen(a: Annotator) -> None:
    a.main = "Thái Nguyên"
    a.e("Sở Công Thương tỉnh Thái Nguyên", "ORG")
    a.e("Công ty TNHH Samsung Electronics Việt Nam Thái Nguyên", "ORG")
    a.e("SEVT", "ORG")
    a.e("KCN Yên Bình", "INDUSTRIAL_PARK")
    a.e("UBND tỉnh", "ORG")
    a.e("Phạm Hoàng Sơn", "PERSON")
    a.every("Thái Nguyên", "PROVINCE", "Thái Nguyên")
    a.every("Bắc Kạn", "PROVINCE", "Bắc Kạn")
    a.e("Hoa Kỳ", "COUNTRY", "US")
    a.e("EU", "REGION")
    a.e("Hàn Quốc", "COUNTRY", "KR")
    a.e("Trung Quốc", "COUNTRY", "CN")

    seven = months("2025-01", "2025-07")
    a.q("17,9 tỷ USD", 17.9e9, "USD", nth=1)  # headline: the body's fact
    exports = a.q("17,9 tỷ USD", 17.9e9, "USD", nth=2)
    exports_up = a.q("6,2%", 6.2, "percent")
    a.fact("export_value", exports, period=seven, status="estimate", change=up(exports_up, YOY))
    imports = a.q("11,3 tỷ USD", 11.3e9, "USD")
    imports_up = a.q("4,1%", 4.1, "percent")
    a.fact("import_value", imports, period=seven, status="estimate", change=up(imports_up))

    foreign = a.q("17,6 tỷ USD", 17.6e9, "USD")
    a.q("98,3%", 98.3, "percent")  # a share
    a.fact("export_value", foreign, period=seven, sector="khu vực có vốn đầu tư nước ngoài")
    a.fact("export_value", a.q("4,2 tỷ USD", 4.2e9, "USD"), period=seven, partner="US")
    a.fact("export_value", a.q("3,6 tỷ USD", 3.6e9, "USD"), period=seven, partner="EU")
    a.fact("import_value", a.q("5,1 tỷ USD", 5.1e9, "USD"), period=seven, partner="KR")
    a.fact("import_value", a.q("3,9 tỷ USD", 3.9e9, "USD"), period=seven, partner="CN")

    july = a.q("2,65 tỷ USD", 2.65e9, "USD")
    july_up = a.q("3,8%", 3.8, "percent")
    a.fact("export_value", july, period=month("2025-07"), status="estimate", change=up(july_up, PREV))
    bac_kan = a.q("gần 40 triệu USD", 40e6, "USD", "nearly")
    a.fact("export_value", bac_kan, period=seven, location="Bắc Kạn")

    iip = a.q("5,7%", 5.7, "percent")
    a.fact("industrial_production_index", period=seven, change=up(iip, YOY))
    output = a.q("575,4 ngàn tỷ đồng", 575.4e12, "VND")
    a.fact("industrial_production_value", output, period=seven, status="estimate")

    samsung = "Công ty TNHH Samsung Electronics Việt Nam Thái Nguyên"
    revenue = a.q("13,8 tỷ USD", 13.8e9, "USD")
    a.fact("revenue", revenue, period=months("2025-01", "2025-06"), subject=samsung)
    jobs = a.q("gần 60.000 lao động", 60000, "lao động", "nearly")
    a.fact("employment", jobs, period=stock("2025-08"), subject=samsung)

    a.fact("fdi_projects", a.q("24 dự án", 24, "dự án"), period=seven)
    fdi = a.q("412 triệu USD", 412e6, "USD")
    factor = a.q("1,6 lần", 1.6, "lần")
    a.fact("fdi_capital", fdi, period=seven, change=up(basis=YOY, factor=factor))
    disbursed = a.q("290 triệu USD", 290e6, "USD")
    a.fact("fdi_disbursed", disbursed, period=seven, status="estimate")

    target = a.q("31 tỷ USD", 31e9, "USD")
    a.fact("export_value", target, period=year(2025), status="target")


def h03_long_an(a: Annotator) -> None:
    a.main = "Long An"
    a.e("Sở Kế hoạch và Đầu tư tỉnh Long An", "ORG")
    a.e("Công ty TNHH Nitto Denko Long An", "ORG")
    a.e("KCN Phúc Long", "INDUSTRIAL_PARK")
    for park in ("Phúc Long", "Tân Đức", "Long Hậu"):  # after `các khu công nghiệp như`
        a.e(park, "INDUSTRIAL_PARK", near="như Phúc Long, Tân Đức, Long Hậu")
    a.every("Long An", "PROVINCE", "Long An")
    a.every("Nhật Bản", "COUNTRY", "JP")
    a.e("Singapore", "COUNTRY", "SG")
    a.e("Hàn Quốc", "COUNTRY", "KR")

    to_date = months("2024-01", "2024-11")  # `từ đầu năm đến nay`, date line 2024-11-18
    a.fact("fdi_projects", a.q("68 dự án", 68, "dự án"), period=to_date)
    fdi = a.q("985 triệu USD", 985e6, "USD")
    fdi_up = a.q("18,3%", 18.3, "percent")
    a.fact("fdi_capital", fdi, period=to_date, change=up(fdi_up, YOY))
    for projects_quote, capital_quote, amount, sector in (
        ("41 dự án", "612 triệu USD", 612e6, "cấp mới"),
        ("27 dự án", "373 triệu USD", 373e6, "điều chỉnh tăng vốn"),
    ):
        count = a.q(projects_quote, int(projects_quote.split()[0]), "dự án")
        a.fact("fdi_projects", count, period=to_date, sector=sector)
        a.fact("fdi_capital", a.q(capital_quote, amount, "USD"), period=to_date, sector=sector)
    for quote, amount, partner in (("312 triệu USD", 312e6, "JP"), ("205 triệu USD", 205e6, "SG"),
                                   ("148 triệu USD", 148e6, "KR")):
        a.fact("fdi_capital", a.q(quote, amount, "USD"), period=to_date, partner=partner)

    a.fact("ddi_projects", a.q("52 dự án", 52, "dự án"), period=to_date)
    ddi = a.q("gần 18,6 ngàn tỷ đồng", 18.6e12, "VND", "nearly")
    ddi_down = a.q("7,4%", 7.4, "percent")
    a.fact("ddi_capital", ddi, period=to_date, change=down(ddi_down, YOY))

    nitto = "Công ty TNHH Nitto Denko Long An"
    a.fact("project_capital", a.q("120 triệu USD", 120e6, "USD"), period=None, partner="JP", subject=nitto)
    capacity = a.q("30.000 tấn", 30000, "tấn")
    a.fact("production_capacity", capacity, period=None, product="băng keo", subject=nitto)

    in_force = stock("2024-11")  # `Lũy kế đến nay`: a stock at the date line's month
    a.fact("fdi_projects", a.q("1.227 dự án", 1227, "dự án"), period=in_force)
    a.fact("fdi_capital", a.q("hơn 11,8 tỉ USD", 11.8e9, "USD", "over"), period=in_force)

    ten = months("2024-01", "2024-10")
    exports = a.q("6,9 tỉ USD", 6.9e9, "USD")
    exports_up = a.q("11,2%", 11.2, "percent")
    a.fact("export_value", exports, period=ten, change=up(exports_up, YOY))
    a.fact("export_value", a.q("380 triệu USD", 380e6, "USD"), period=ten, product="gạo")
    a.fact("import_value", a.q("5,1 tỉ USD", 5.1e9, "USD"), period=ten)

    target = a.q("15 tỉ USD", 15e9, "USD")
    a.fact("export_value", target, period=year(2030), status="target")


def h04_bac_giang(a: Annotator) -> None:
    a.main = "Bắc Giang"
    a.e("Cục Thống kê tỉnh Bắc Giang", "ORG")
    a.every("Bắc Giang", "PROVINCE", "Bắc Giang")
    a.e("Hoa Kỳ", "COUNTRY", "US")
    a.e("Hàn Quốc", "COUNTRY", "KR")
    a.e("Nhật Bản", "COUNTRY", "JP")
    a.e("Trung Quốc", "COUNTRY", "CN")
    a.skip("9", near="tháng 9 và 9 tháng", nth=1)  # headline `tháng 9`: a month

    september = month("2024-09")
    nine = months("2024-01", "2024-09")
    month_prev = a.q("2,6%", 2.6, "percent")
    month_yoy = a.q("21,4%", 21.4, "percent")
    a.fact("industrial_production_index", period=september, status="estimate",
           change=up(month_yoy, YOY), other_changes=[up(month_prev, PREV)])
    iip = a.q("26,5%", 26.5, "percent")
    a.fact("industrial_production_index", period=nine, status="estimate", change=up(iip, YOY))
    for quote, amount, sector, direction in (("27,8%", 27.8, "chế biến, chế tạo", up),
                                             ("9,1%", 9.1, "sản xuất và phân phối điện", up),
                                             ("3,5%", 3.5, "khai khoáng", down)):
        a.fact("industrial_production_index", period=nine, status="estimate",
               change=direction(a.q(quote, amount, "percent"), YOY), sector=sector)
    output = a.q("428,6 nghìn tỷ đồng", 428.6e12, "VND")
    output_up = a.q("27,2%", 27.2, "percent")
    a.fact("industrial_production_value", output, period=nine, status="estimate", change=up(output_up))

    trade = a.q("4,1 tỷ USD", 4.1e9, "USD")
    trade_down = a.q("1,9%", 1.9, "percent")
    a.fact("trade_value", trade, period=september, status="estimate", change=down(trade_down, PREV))
    exports = a.q("22,7 tỷ USD", 22.7e9, "USD")
    exports_up = a.q("36,2%", 36.2, "percent")
    a.fact("export_value", exports, period=nine, status="estimate", change=up(exports_up, YOY))
    imports = a.q("19,4 tỷ USD", 19.4e9, "USD")
    imports_up = a.q("33,9%", 33.9, "percent")
    a.fact("import_value", imports, period=nine, status="estimate", change=up(imports_up))
    surplus = a.q("khoảng 3,3 tỷ USD", 3.3e9, "USD", "about")
    a.fact("trade_balance", surplus, period=nine)
    a.fact("import_value", a.q("11,2 tỷ USD", 11.2e9, "USD"), period=nine, partner="CN")

    firms = a.q("1.038 doanh nghiệp", 1038, "doanh nghiệp")
    firms_up = a.q("9,7%", 9.7, "percent")
    a.fact("new_businesses", firms, period=nine, change=up(firms_up, YOY))
    a.fact("new_businesses", a.q("10.956 tỷ đồng", 10.956e12, "VND"), period=nine)

    a.fact("employment", a.q("trên 2.000 lao động", 2000, "lao động", "over"), period=september)
    a.fact("employment", a.q("25.870 lao động", 25870, "lao động"), period=nine)
    a.q("86,2%", 86.2, "percent")  # plan attainment: no change

    forecast = a.q("khoảng 31 tỷ USD", 31e9, "USD", "about")
    a.fact("export_value", forecast, period=None, status="forecast")  # `năm nay` without a date line
    a.q("10 địa phương", 10, "địa phương")  # a ranking group: no fact


def h05_quang_nam(a: Annotator) -> None:
    a.main = "Quảng Nam"
    a.e("Sở Công Thương tỉnh Quảng Nam", "ORG")
    a.e("Công ty CP Tập đoàn Trường Hải", "ORG")
    a.every("THACO", "ORG")  # the acronym, and the company inside the plant's name
    a.e("Khu kinh tế mở Chu Lai", "INDUSTRIAL_PARK")
    a.every("Quảng Nam", "PROVINCE", "Quảng Nam")
    a.e("Hoa Kỳ", "COUNTRY", "US")
    a.e("Nhật Bản", "COUNTRY", "JP")
    a.e("Hàn Quốc", "COUNTRY", "KR")

    y2023 = year(2023)
    a.q("gần 1,45 tỷ USD", 1.45e9, "USD", "nearly", nth=1)  # headline: the body's fact
    exports = a.q("gần 1,45 tỷ USD", 1.45e9, "USD", "nearly", nth=2)
    exports_down = a.q("4,6%", 4.6, "percent")
    a.q("91%", 91, "percent")  # plan attainment: no change
    a.fact("export_value", exports, period=y2023, change=down(exports_down, YOY))
    imports = a.q("1,28 tỷ USD", 1.28e9, "USD")
    imports_down = a.q("8,1%", 8.1, "percent")
    a.fact("import_value", imports, period=y2023, change=down(imports_down))

    textiles = a.q("520 triệu USD", 520e6, "USD")
    textiles_down = a.q("11%", 11, "percent")
    a.fact("export_value", textiles, period=y2023, change=down(textiles_down), product="dệt may")
    wood = a.q("146 triệu USD", 146e6, "USD")
    wood_up = a.q("6,8%", 6.8, "percent")
    a.fact("export_value", wood, period=y2023, change=up(wood_up), product="gỗ và sản phẩm gỗ")
    us = a.q("tầm 410 triệu USD", 410e6, "USD", "about")
    a.fact("export_value", us, period=y2023, partner="US")

    thaco = "Công ty CP Tập đoàn Trường Hải"
    thaco_exports = a.q("185 triệu USD", 185e6, "USD")
    thaco_up = a.q("12,5%", 12.5, "percent")
    a.fact("export_value", thaco_exports, period=y2023, change=up(thaco_up, YOY), subject=thaco)
    markets = a.q("hơn 30 quốc gia", 30, "quốc gia", "over")
    a.fact("export_markets", markets, period=y2023, subject=thaco)
    plant = "Nhà máy sản xuất linh kiện ô tô THACO Chu Lai"
    a.fact("project_capital", a.q("1.200 tỷ đồng", 1.2e12, "VND"), period=None, subject=plant)
    jobs = a.q("gần như 1.500 lao động", 1500, "lao động", "about")
    a.fact("employment", jobs, period=stock("2024-01"), subject=plant)

    a.fact("investment_projects", a.q("89 dự án", 89, "dự án"), period=y2023)
    capital = a.q("hơn 31.000 tỷ đồng", 31e12, "VND", "over")
    a.fact("investment_capital", capital, period=y2023)
    a.fact("fdi_projects", a.q("11 dự án", 11, "dự án"), period=y2023)
    a.fact("fdi_capital", a.q("190 triệu USD", 190e6, "USD"), period=y2023)

    average = a.q("10%", 10, "percent")
    a.fact("export_value", period=months("2021-01", "2025-12"), status="target", change=up(average, AVG))
    target = a.q("1,6 tỷ USD", 1.6e9, "USD")
    a.fact("export_value", target, period=year(2024), status="target")


def h06_ba_ria_vung_tau(a: Annotator) -> None:
    a.main = "Bà Rịa - Vũng Tàu"
    a.e("Ban Quản lý các KCN tỉnh Bà Rịa - Vũng Tàu", "ORG")
    a.e("UBND tỉnh Bà Rịa - Vũng Tàu", "ORG")
    a.e("Công ty TNHH Hyosung Vina Chemicals", "ORG")
    a.every("Hyosung Vina Chemicals", "ORG")  # inside the caption's plant name (d06/d10)
    a.every("KCN Cái Mép", "INDUSTRIAL_PARK")
    a.e("Quang Vũ", "PERSON")
    a.e("Thanh Hương", "PERSON")  # byline
    a.every("Bà Rịa - Vũng Tàu", "PROVINCE", "Bà Rịa - Vũng Tàu")
    a.e("Hàn Quốc", "COUNTRY", "KR")

    quarter = months("2024-01", "2024-03")
    a.q("8 dự án", 8, "dự án", nth=1)  # headline: the body's fact
    new = a.q("8 dự án", 8, "dự án", nth=2)
    a.fact("fdi_projects", new, period=quarter, sector="cấp mới")
    adjusted = a.q("5 dự án", 5, "dự án")
    a.fact("fdi_projects", adjusted, period=quarter, sector="điều chỉnh tăng vốn")
    fdi = a.q("412 triệu USD", 412e6, "USD")
    fdi_up = a.q("35,2%", 35.2, "percent")
    a.fact("fdi_capital", fdi, period=quarter, change=up(fdi_up, YOY))
    jobs = a.q("khoảng 1.200 lao động", 1200, "lao động", "about")
    a.fact("employment", jobs, period=quarter, status="forecast")

    hyosung = "Công ty TNHH Hyosung Vina Chemicals"
    added = a.q("190 triệu USD", 190e6, "USD")
    total = a.q("1,39 tỉ USD", 1.39e9, "USD")
    a.fact("project_capital", total, period=None, change=up(amount=added), partner="KR", subject=hyosung)

    exports_prev = a.q("9,4%", 9.4, "percent")
    exports_yoy = a.q("14,1%", 14.1, "percent")
    exports = a.q("1,92 tỉ USD", 1.92e9, "USD")
    a.fact("export_value", exports, period=quarter, status="estimate", change=up(exports_yoy, YOY),
           sector="không kể dầu thô", other_changes=[up(exports_prev, PREV)])
    a.fact("import_value", a.q("2,35 tỉ USD", 2.35e9, "USD"), period=quarter, status="estimate")
    a.q("gần như 70%", 70, "percent", "about")  # a share
    crude = a.q("615 triệu USD", 615e6, "USD")
    crude_down = a.q("6,3%", 6.3, "percent")
    a.fact("export_value", crude, period=quarter, status="estimate", change=down(crude_down, YOY),
           product="dầu thô")

    budget = a.q("19.470 tỷ đồng", 19.47e12, "VND")
    a.q("27,6%", 27.6, "percent")  # plan attainment: no change
    a.fact("budget_revenue", budget, period=quarter, status="estimate")
    a.fact("budget_revenue", a.q("11.240 tỷ đồng", 11.24e12, "VND"), period=quarter, sector="thu nội địa")
    a.fact("budget_revenue", a.q("3.150 tỷ đồng", 3.15e12, "VND"), period=quarter, sector="thu từ dầu thô")

    target = a.q("khoảng 1,5 tỉ USD", 1.5e9, "USD", "about")
    a.fact("fdi_capital", target, period=year(2024), status="target")


ARTICLE_BUILDERS: tuple[Callable[[Annotator], None], ...] = (
    h01_lao_cai, h02_thai_nguyen, h03_long_an, h04_bac_giang, h05_quang_nam, h06_ba_ria_vung_tau,
)


# These sets keep the five-facts-per-article floor they were written to (goldkit's default is 3).
GOLD_SET = GoldSet.in_corpus("holdout", ARTICLE_BUILDERS, validate=partial(validate, min_facts=5))
main = GOLD_SET.main


if __name__ == "__main__":
    sys.exit(main(sys.argv))
