"""Build and validate the gold of the held-out articles in `corpus/extra`.

The articles in `corpus/extra/articles` were written for this project, in the
styles of provincial portals, VnExpress, Báo Đầu tư, Thời báo Tài chính and
statistics-office releases, about provinces outside the development set.
Their gold is scored apart from `corpus/gold`: it is the held-out yardstick.

Annotations are declared with the shared kit `scripts/goldkit.py` (imported
from it only): one function per article declares its annotations by quoting
the text; offsets come from string search, never typed by hand. The rules
followed are `docs/FACTS.md` (spec v1.4) and `corpus/gold/NOTES.md`; the
judgement calls of these articles, and what the v1.3 -> v1.4 re-annotation
changed, are in `corpus/extra/NOTES.md`.

Usage (from the repository root):

    .venv/bin/python scripts/build_extra_gold.py           # build, validate, write
    .venv/bin/python scripts/build_extra_gold.py validate  # check the written files
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
# Each function: entities first (outer names before `every` on provinces),
# then quantities and facts in reading order.


def x01_quang_ninh(a: Annotator) -> None:
    a.main = "Quảng Ninh"
    a.e("UBND tỉnh Quảng Ninh", "ORG")
    a.e("UBND tỉnh", "ORG", near="Chủ tịch UBND tỉnh Cao")
    a.e("Cao Tường Huy", "PERSON")
    a.e("Mạnh Trường", "PERSON")
    a.e("Tập đoàn Sailun", "ORG")
    a.e("Sailun", "ORG", near="lốp xe Sailun của")
    a.e("Khu kinh tế Vân Đồn", "INDUSTRIAL_PARK")
    a.e("KCN Texhong Hải Hà", "INDUSTRIAL_PARK")
    a.every("KCN Sông Khoai", "INDUSTRIAL_PARK")
    a.every("Quảng Ninh", "PROVINCE", "Quảng Ninh")
    a.every("Trung Quốc", "COUNTRY", "CN")
    a.e("Singapore", "COUNTRY", "SG")
    a.e("Nhật Bản", "COUNTRY", "JP")

    grdp_q3 = a.q("10,2%", 10.2, "percent", near="ước đạt 10,2%")
    a.q("10,2%", 10.2, "percent", near="ước tăng 10,2%")  # headline: the same fact
    a.fact("grdp", period=months("2024-07", "2024-09"), status="estimate", change=up(grdp_q3))
    grdp_9m = a.q("8,9%", 8.9, "percent")
    a.fact("grdp", period=months("2024-01", "2024-09"), status="estimate", change=up(grdp_9m, YOY))

    nine_months = months("2024-01", "2024-09")
    iip = a.q("7,6%", 7.6, "percent")
    a.fact("industrial_production_index", period=nine_months, status="estimate", change=up(iip, YOY))
    for quote, sector, direction in (("21,5%", "chế biến, chế tạo", up), ("6,3%", "sản xuất và phân phối điện", up),
                                     ("1,2%", "khai khoáng", down)):
        sub = a.q(quote, float(quote[:-1].replace(",", ".")), "percent")
        a.fact("industrial_production_index", period=nine_months, status="estimate",
               change=direction(sub, YOY), sector=sector)

    budget = a.q("38.500 tỷ đồng", 38.5e12, "VND")
    a.q("85%", 85, "percent")  # plan attainment: no change
    budget_up = a.q("4,5%", 4.5, "percent")
    a.fact("budget_revenue", budget, period=nine_months, status="estimate", change=up(budget_up, YOY))
    domestic = a.q("29.800 tỷ đồng", 29.8e12, "VND")
    a.fact("budget_revenue", domestic, period=nine_months, sector="thu nội địa")
    trade = a.q("xấp xỉ 8.700 tỷ đồng", 8.7e12, "VND", "about")
    a.fact("budget_revenue", trade, period=nine_months, sector="thu từ hoạt động xuất nhập khẩu")

    projects = a.q("21 dự án", 21, "dự án")
    a.fact("fdi_projects", projects, period=nine_months)
    fdi = a.q("khoảng 2,3 tỷ USD", 2.3e9, "USD", "about")
    factor = a.q("1,8 lần", 1.8, "lần")
    a.fact("fdi_capital", fdi, period=nine_months, change=up(basis=YOY, factor=factor))

    sailun = a.q("320 triệu USD", 320e6, "USD")
    plant = "Nhà máy sản xuất lốp xe Sailun"
    a.fact("project_capital", sailun, period=None, partner="CN", subject=plant)
    jobs = a.q("khoảng 1.500 lao động", 1500, "lao động", "about")
    a.fact("employment", jobs, period=None, status="forecast", subject=plant)

    grdp_target = a.q("10%", 10, "percent", near="GRDP đạt 10%")
    a.fact("grdp", period=year(2024), status="target", change=up(grdp_target))
    fdi_target = a.q("khoảng 3 tỷ USD", 3e9, "USD", "about")
    a.fact("fdi_capital", fdi_target, period=year(2024), status="target")


def x02_bac_ninh(a: Annotator) -> None:
    a.main = "Bắc Ninh"
    a.e("Sở Công Thương tỉnh Bắc Ninh", "ORG")
    a.e("Sở Công Thương", "ORG", near="Giám đốc Sở Công Thương Nguyễn")
    a.e("Nguyễn Văn Tiến", "PERSON")
    a.e("Công ty TNHH Samsung Electronics Việt Nam", "ORG")
    a.e("KCN Yên Phong", "INDUSTRIAL_PARK")
    a.every("Bắc Ninh", "PROVINCE", "Bắc Ninh")
    a.e("Hoa Kỳ", "COUNTRY", "US")
    a.e("EU", "REGION", near="sang EU")
    a.e("Hàn Quốc", "COUNTRY", "KR")
    a.e("Trung Quốc", "COUNTRY", "CN")
    for name in ("EVFTA", "CPTPP", "RCEP"):
        a.e(name, "AGREEMENT")

    a.q("hơn 5,2 tỷ USD", 5.2e9, "USD", "over", nth=1)  # headline: the same fact as the body's
    october = a.q("5,6 tỷ USD", 5.6e9, "USD")
    october_up = a.q("3,2%", 3.2, "percent")
    a.fact("export_value", october, period=month("2024-10"), status="estimate",
           change=up(october_up, PREV))

    ten_months = months("2024-01", "2024-10")
    exports = a.q("48,3 tỷ USD", 48.3e9, "USD")
    exports_up = a.q("12,4%", 12.4, "percent")
    a.fact("export_value", exports, period=ten_months, change=up(exports_up, YOY))
    imports = a.q("43,1 tỷ USD", 43.1e9, "USD")
    imports_up = a.q("9,7%", 9.7, "percent")
    a.fact("import_value", imports, period=ten_months, change=up(imports_up))
    surplus = a.q("hơn 5,2 tỷ USD", 5.2e9, "USD", "over", nth=2)
    a.fact("trade_balance", surplus, period=ten_months)

    fdi_part = a.q("47,5 tỷ USD", 47.5e9, "USD")
    a.q("98%", 98, "percent")  # a share
    a.fact("export_value", fdi_part, period=ten_months, sector="khu vực FDI")
    phones = a.q("31,2 tỷ USD", 31.2e9, "USD")
    a.fact("export_value", phones, period=ten_months, product="điện thoại và linh kiện điện tử")

    us = a.q("9,8 tỷ USD", 9.8e9, "USD")
    us_up = a.q("18%", 18, "percent")
    a.fact("export_value", us, period=ten_months, change=up(us_up), partner="US")
    eu = a.q("khoảng 7,1 tỷ USD", 7.1e9, "USD", "about")
    a.fact("export_value", eu, period=ten_months, partner="EU")
    korea = a.q("gần 6 tỷ USD", 6e9, "USD", "nearly")
    a.fact("export_value", korea, period=ten_months, partner="KR")
    china = a.q("15,4 tỷ USD", 15.4e9, "USD")
    a.fact("import_value", china, period=ten_months, partner="CN")
    markets = a.q("trên 100 quốc gia và vùng lãnh thổ", 100, "quốc gia", "over")
    a.fact("export_markets", markets, period=None)  # `hiện` without a date line

    target = a.q("58 tỷ USD", 58e9, "USD")
    a.fact("export_value", target, period=None, status="target")  # `năm nay` without a date line
    hope = a.q("khoảng 57 tỷ USD", 57e9, "USD", "about")
    a.fact("export_value", hope, period=None, status="forecast")


def x03_can_tho(a: Annotator) -> None:
    a.main = "Cần Thơ"
    a.e("Cục Thống kê thành phố Cần Thơ", "ORG")
    a.e("UBND thành phố Cần Thơ", "ORG")
    a.e("Trần Việt Trường", "PERSON")
    a.e("Tấn Phát", "PERSON")
    a.e("KCN Trà Nóc", "INDUSTRIAL_PARK")
    a.e("Đồng bằng sông Cửu Long", "REGION")
    a.every("Cần Thơ", "PROVINCE", "Cần Thơ")
    a.e("Nhật Bản", "COUNTRY", "JP")
    a.e("Trung Quốc", "COUNTRY", "CN")

    eleven = months("2023-01", "2023-11")
    exports = a.q("2,18 tỷ USD", 2.18e9, "USD")
    exports_up = a.q("6,8%", 6.8, "percent")
    a.fact("export_value", exports, period=eleven, status="estimate", change=up(exports_up, YOY))
    seafood = a.q("965 triệu USD", 965e6, "USD")
    seafood_plan = a.q("5%", 5, "percent", near="vượt 5% kế hoạch")
    a.fact("export_value", seafood, period=eleven, change=up(seafood_plan, PLAN), product="thủy sản")
    rice = a.q("612 triệu USD", 612e6, "USD")
    rice_up = a.q("27,4%", 27.4, "percent")
    a.fact("export_value", rice, period=eleven, change=up(rice_up, YOY), product="gạo")

    japan = a.q("312 triệu USD", 312e6, "USD")
    a.fact("export_value", japan, period=eleven, partner="JP")
    china = a.q("285 triệu USD", 285e6, "USD")
    a.fact("export_value", china, period=eleven, partner="CN")
    imports = a.q("2,35 tỷ USD", 2.35e9, "USD")
    imports_up = a.q("3,1%", 3.1, "percent")
    a.fact("import_value", imports, period=eleven, status="estimate", change=up(imports_up))
    deficit = a.q("khoảng 170 triệu USD", 170e6, "USD", "about")
    a.fact("trade_balance", deficit, negative=True, period=eleven, change=down(basis=YOY))

    firms = a.q("1.126 doanh nghiệp", 1126, "doanh nghiệp")
    capital = a.q("gần 9.800 tỷ đồng", 9.8e12, "VND", "nearly")
    firms_up = a.q("8,2%", 8.2, "percent")
    a.fact("new_businesses", firms, period=eleven, change=up(firms_up, YOY))
    a.fact("new_businesses", capital, period=eleven)
    jobs = a.q("41.500 lao động", 41500, "lao động")
    a.q("98,8%", 98.8, "percent")  # plan attainment: no change
    a.fact("employment", jobs, period=eleven)

    in_force = stock("2023-12")
    projects = a.q("86 dự án", 86, "dự án")
    a.fact("fdi_projects", projects, period=in_force)
    fdi = a.q("khoảng 1,2 tỷ USD", 1.2e9, "USD", "about")
    a.fact("fdi_capital", fdi, period=in_force)
    disbursed = a.q("dưới 60 triệu USD", 60e6, "USD", "under")
    a.fact("fdi_disbursed", disbursed, period=eleven)


def x04_dong_nai(a: Annotator) -> None:
    a.main = "Đồng Nai"
    a.e("Sở Kế hoạch và Đầu tư tỉnh Đồng Nai", "ORG")
    a.e("Sở Công Thương tỉnh Đồng Nai", "ORG")
    a.e("UBND tỉnh Đồng Nai", "ORG")
    a.e("Công ty TNHH Hyosung Đồng Nai", "ORG")
    a.e("KCN Nhơn Trạch 5", "INDUSTRIAL_PARK")
    a.skip("5", near="Nhơn Trạch 5")
    a.every("Đồng Nai", "PROVINCE", "Đồng Nai")
    a.every("Hàn Quốc", "COUNTRY", "KR")
    a.e("Nhật Bản", "COUNTRY", "JP")
    a.e("Đài Loan", "COUNTRY", "TW")
    a.e("Trung Quốc", "COUNTRY", "CN")

    half = months("2024-01", "2024-06")
    fdi = a.q("khoảng 980 triệu USD", 980e6, "USD", "about")
    fdi_up = a.q("21%", 21, "percent")
    a.fact("fdi_capital", fdi, period=half, change=up(fdi_up, YOY))
    for projects_quote, capital_quote, sector in (("28 dự án", "410 triệu USD", "cấp mới"),
                                                   ("46 dự án", "520 triệu USD", "điều chỉnh tăng vốn")):
        count = a.q(projects_quote, int(projects_quote.split()[0]), "dự án")
        a.fact("fdi_projects", count, period=half, sector=sector)
        capital = a.q(capital_quote, int(capital_quote.split()[0]) * 1e6, "USD")
        a.fact("fdi_capital", capital, period=half, sector=sector)
    shares = a.q("gần 50 triệu USD", 50e6, "USD", "nearly")
    a.fact("fdi_capital", shares, period=half, sector="góp vốn, mua cổ phần")

    for quote, amount, partner in (("385 triệu USD", 385e6, "KR"), ("210 triệu USD", 210e6, "JP"),
                                   ("145 triệu USD", 145e6, "TW")):
        a.fact("fdi_capital", a.q(quote, amount, "USD"), period=half, partner=partner)

    ddi = a.q("12.500 tỷ đồng", 12.5e12, "VND")
    factor = a.q("2,5 lần", 2.5, "lần")
    a.fact("ddi_capital", ddi, period=half, change=up(basis=YOY, factor=factor))
    ddi_projects = a.q("35 dự án", 35, "dự án")
    a.fact("ddi_projects", ddi_projects, period=half, sector="cấp mới")

    in_force = stock("2024-06")
    a.fact("fdi_projects", a.q("1.647 dự án", 1647, "dự án"), period=in_force)
    a.fact("fdi_capital", a.q("hơn 34,2 tỷ USD", 34.2e9, "USD", "over"), period=in_force)
    disbursed = a.q("720 triệu USD", 720e6, "USD")
    a.fact("fdi_disbursed", disbursed, period=half, status="estimate")

    exports = a.q("10,9 tỷ USD", 10.9e9, "USD")
    exports_up = a.q("11,5%", 11.5, "percent")
    a.fact("export_value", exports, period=half, change=up(exports_up, YOY))
    textiles = a.q("1,3 tỷ USD", 1.3e9, "USD")
    a.fact("export_value", textiles, period=half, product="dệt may")

    hyosung = "Công ty TNHH Hyosung Đồng Nai"
    added = a.q("150 triệu USD", 150e6, "USD")
    total = a.q("1,35 tỷ USD", 1.35e9, "USD")
    a.fact("project_capital", total, period=None, change=up(amount=added), subject=hyosung)
    capacity = a.q("120.000 tấn", 120000, "tấn")
    a.fact("production_capacity", capacity, period=None, product="sợi", subject=hyosung)
    jobs = a.q("khoảng 800 lao động", 800, "lao động", "about")
    a.fact("employment", jobs, period=None, status="forecast", subject=hyosung)


def x05_khanh_hoa(a: Annotator) -> None:
    a.main = "Khánh Hòa"
    a.e("Cục Thống kê tỉnh Khánh Hòa", "ORG")
    a.e("Tập đoàn Sumitomo", "ORG")
    a.e("Khu kinh tế Vân Phong", "INDUSTRIAL_PARK")
    a.skip("1", near="Vân Phong 1")
    a.every("Khánh Hòa", "PROVINCE", "Khánh Hòa")
    a.e("Nhật Bản", "COUNTRY", "JP")

    quarter = months("2024-01", "2024-03")
    march = month("2024-03")
    grdp = a.q("8,12%", 8.12, "percent")
    a.fact("grdp", period=quarter, status="estimate", change=up(grdp, YOY))

    month_prev = a.q("4,6%", 4.6, "percent")
    month_yoy = a.q("9,3%", 9.3, "percent")
    a.fact("industrial_production_index", period=march, status="estimate", change=up(month_yoy, YOY),
           other_changes=[up(month_prev, PREV)])
    iip = a.q("10,5%", 10.5, "percent")
    a.fact("industrial_production_index", period=quarter, status="estimate", change=up(iip, YOY))
    manufacturing = a.q("12,1%", 12.1, "percent")
    a.fact("industrial_production_index", period=quarter, status="estimate",
           change=up(manufacturing, YOY), sector="chế biến, chế tạo")
    power = a.q("3,4%", 3.4, "percent")
    a.fact("industrial_production_index", period=quarter, status="estimate",
           change=down(power, YOY), sector="sản xuất và phân phối điện")
    output = a.q("14.620 tỷ đồng", 14.62e12, "VND")
    output_up = a.q("9,9%", 9.9, "percent")
    a.fact("industrial_production_value", output, period=quarter, status="estimate", change=up(output_up))

    march_exports = a.q("142 triệu USD", 142e6, "USD")
    march_up = a.q("5,8%", 5.8, "percent")
    a.fact("export_value", march_exports, period=march, status="estimate", change=up(march_up, PREV))
    exports = a.q("398 triệu USD", 398e6, "USD")
    exports_up = a.q("7,2%", 7.2, "percent")
    a.fact("export_value", exports, period=quarter, status="estimate", change=up(exports_up, YOY))
    seafood = a.q("165 triệu USD", 165e6, "USD")
    a.fact("export_value", seafood, period=quarter, product="thủy sản")
    imports = a.q("270 triệu USD", 270e6, "USD")
    imports_down = a.q("2,1%", 2.1, "percent")
    a.fact("import_value", imports, period=quarter, status="estimate", change=down(imports_down))
    surplus = a.q("128 triệu USD", 128e6, "USD")
    a.fact("trade_balance", surplus, period=quarter)

    budget = a.q("4.890 tỷ đồng", 4.89e12, "VND")
    a.q("26,7%", 26.7, "percent")  # plan attainment: no change
    a.fact("budget_revenue", budget, period=quarter, status="estimate")
    tourism = a.q("8.750 tỷ đồng", 8.75e12, "VND")
    factor = a.q("1,5 lần", 1.5, "lần")
    a.q("khoảng 2,2 triệu lượt khách", 2.2e6, "lượt khách", "about")
    a.fact("revenue", tourism, period=quarter, status="estimate", change=up(basis=YOY, factor=factor),
           sector="du lịch")

    markets = a.q("hơn 60 quốc gia và vùng lãnh thổ", 60, "quốc gia", "over")
    a.fact("export_markets", markets, period=stock("2024-04"))
    groups = a.q("25 nhóm sản phẩm", 25, "nhóm sản phẩm")
    a.fact("export_product_groups", groups, period=stock("2024-04"))
    plant = "Nhà máy nhiệt điện Vân Phong 1"
    capital = a.q("khoảng 2,58 tỷ USD", 2.58e9, "USD", "about")
    a.fact("project_capital", capital, period=None, partner="JP", subject=plant)
    capacity = a.q("1.432 MW", 1432, "MW")
    a.fact("production_capacity", capacity, period=None, subject=plant)


def x06_tp_hcm(a: Annotator) -> None:
    a.main = "TP. Hồ Chí Minh"
    a.e("Sở Tài chính TP.HCM", "ORG")
    a.e("UBND TP.HCM", "ORG")
    a.e("Nguyễn Văn Dũng", "PERSON")
    a.e("Khu công nghệ cao TP.HCM", "INDUSTRIAL_PARK")
    a.every("KCN VSIP II", "INDUSTRIAL_PARK")
    a.e("KCN Phú Mỹ 3", "INDUSTRIAL_PARK")
    a.skip("3", near="Phú Mỹ 3")
    a.e("Tập đoàn Kurz", "ORG")
    a.e("Kurz", "ORG", near="màng phủ Kurz của")
    a.e("Thành phố Hồ Chí Minh", "PROVINCE", "TP. Hồ Chí Minh")
    a.every("TP.HCM", "PROVINCE", "TP. Hồ Chí Minh")
    a.every("Bình Dương", "PROVINCE", "Bình Dương")
    a.e("Bà Rịa - Vũng Tàu", "PROVINCE", "Bà Rịa - Vũng Tàu")
    a.e("Đức", "COUNTRY", "DE")
    a.e("Osaka", "FOREIGN_LOCALITY")
    a.e("Nhật Bản", "COUNTRY", "JP")
    a.skip("1/7/2025")

    seven = months("2025-01", "2025-07")
    fdi = a.q("hơn 4,1 tỷ USD", 4.1e9, "USD", "over")
    fdi_up = a.q("18,6%", 18.6, "percent")
    a.q("ba địa phương", 3, "địa phương", nth=1)  # spelled out: a quantity, no fact
    a.fact("fdi_capital", fdi, period=seven, change=up(fdi_up, YOY))
    for projects_quote, capital_quote, amount, sector in (
        ("812 dự án", "1,92 tỷ USD", 1.92e9, "cấp mới"),
        ("276 dự án", "1,35 tỷ USD", 1.35e9, "điều chỉnh tăng vốn"),
    ):
        count = a.q(projects_quote, int(projects_quote.split()[0]), "dự án")
        a.fact("fdi_projects", count, period=seven, sector=sector)
        a.fact("fdi_capital", a.q(capital_quote, amount, "USD"), period=seven, sector=sector)
    shares = a.q("0,85 tỷ USD", 0.85e9, "USD")
    a.fact("fdi_capital", shares, period=seven, sector="góp vốn, mua cổ phần")

    july = a.q("620 triệu USD", 620e6, "USD")
    july_up = a.q("4,3%", 4.3, "percent")
    a.fact("fdi_disbursed", july, period=month("2025-07"), status="estimate",
           change=up(july_up, PREV))
    disbursed = a.q("3,96 tỷ USD", 3.96e9, "USD")
    a.fact("fdi_disbursed", disbursed, period=seven, status="estimate")

    kurz = a.q("250 triệu USD", 250e6, "USD")
    a.fact("project_capital", kurz, period=None, partner="DE", subject="Nhà máy sản xuất màng phủ Kurz")

    half = months("2025-01", "2025-06")
    a.q("ba địa phương", 3, "địa phương", nth=2)
    trade = a.q("khoảng 92,4 tỷ USD", 92.4e9, "USD", "about")
    a.fact("trade_value", trade, period=half)
    a.fact("export_value", a.q("48,7 tỷ USD", 48.7e9, "USD"), period=half)
    a.fact("import_value", a.q("43,7 tỷ USD", 43.7e9, "USD"), period=half)
    a.fact("trade_balance", a.q("5 tỷ USD", 5e9, "USD"), period=half)
    binh_duong = a.q("18,9 tỷ USD", 18.9e9, "USD")
    a.fact("export_value", binh_duong, period=half, location="Bình Dương")

    target = a.q("8 tỷ USD", 8e9, "USD")
    a.fact("fdi_capital", target, period=year(2025), status="target")


def x07_hai_phong(a: Annotator) -> None:
    a.main = "Hải Phòng"
    a.e("Khu kinh tế Đình Vũ - Cát Hải", "INDUSTRIAL_PARK")
    a.e("Cục Đầu tư nước ngoài", "ORG")
    a.e("Bộ Kế hoạch và Đầu tư", "ORG")
    a.e("Công ty TNHH LG Innotek Việt Nam Hải Phòng", "ORG")
    a.e("KCN Tràng Duệ", "INDUSTRIAL_PARK")
    a.e("đồng bằng sông Hồng", "REGION")
    a.e("Ban Quản lý Khu kinh tế Hải Phòng", "ORG")
    a.every("Hải Phòng", "PROVINCE", "Hải Phòng")
    a.e("Quảng Ninh", "PROVINCE", "Quảng Ninh")
    a.e("TP.HCM", "PROVINCE", "TP. Hồ Chí Minh")
    a.e("Incheon", "FOREIGN_LOCALITY")
    a.e("Hàn Quốc", "COUNTRY", "KR")

    y2023 = year(2023)
    fdi = a.q("khoảng 3,04 tỷ USD", 3.04e9, "USD", "about")
    plan = a.q("52%", 52, "percent")
    fdi_up = a.q("16,9%", 16.9, "percent")
    a.fact("fdi_capital", fdi, period=y2023, change=up(fdi_up, YOY), other_changes=[up(plan, PLAN)])
    zones = a.q("khoảng 2,7 tỷ USD", 2.7e9, "USD", "about")
    a.q("gần 89%", 89, "percent", "nearly")  # a share
    a.fact("fdi_capital", zones, period=y2023, sector="Khu kinh tế Đình Vũ - Cát Hải và các KCN")

    a.q("ba địa phương", 3, "địa phương")
    first = a.q("3,12 tỷ USD", 3.12e9, "USD")
    a.fact("fdi_capital", first, period=y2023, location="Quảng Ninh")
    second = a.q("3,08 tỷ USD", 3.08e9, "USD")
    a.fact("fdi_capital", second, period=y2023, location="TP. Hồ Chí Minh")
    a.q("3,04 tỷ USD", 3.04e9, "USD", near="và 3,04 tỷ USD")  # Hải Phòng: the first paragraph's fact

    lg = "Công ty TNHH LG Innotek Việt Nam Hải Phòng"
    added = a.q("1 tỷ USD", 1e9, "USD")
    total = a.q("2,2 tỷ USD", 2.2e9, "USD")
    a.fact("project_capital", total, period=None, change=up(amount=added), subject=lg)
    jobs = a.q("khoảng 14.000 lao động", 14000, "lao động", "about")
    a.fact("employment", jobs, period=stock("2024-01"), subject=lg)

    growth = a.q("10,34%", 10.34, "percent")
    a.fact("grdp", period=y2023, change=up(growth))
    output = a.q("498.600 tỷ đồng", 498.6e12, "VND")
    output_up = a.q("14,2%", 14.2, "percent")
    a.fact("industrial_production_value", output, period=y2023, status="estimate", change=up(output_up, YOY))
    exports = a.q("25,4 tỷ USD", 25.4e9, "USD")
    exports_up = a.q("4,2%", 4.2, "percent")
    a.fact("export_value", exports, period=y2023, change=up(exports_up))
    a.fact("import_value", a.q("19,8 tỷ USD", 19.8e9, "USD"), period=y2023)

    plan_years = months("2021-01", "2025-12")
    grdp_avg = a.q("12%", 12, "percent")
    a.fact("grdp", period=plan_years, status="target", change=up(grdp_avg, AVG))
    exports_avg = a.q("15%", 15, "percent")
    a.fact("export_value", period=plan_years, status="target", change=up(exports_avg, AVG))


def x08_quang_ngai(a: Annotator) -> None:
    a.main = "Quảng Ngãi"
    a.e("Sở Công Thương tỉnh Quảng Ngãi", "ORG")
    a.e("Khu kinh tế Dung Quất", "INDUSTRIAL_PARK")
    a.e("Hòa Phát", "ORG", near="gang thép Hòa Phát Dung")
    a.e("Tập đoàn Hòa Phát", "ORG")
    a.skip("2", near="Dung Quất 2")
    a.e("Trần Mai", "PERSON")
    a.every("Quảng Ngãi", "PROVINCE", "Quảng Ngãi")
    a.every("Kon Tum", "PROVINCE", "Kon Tum")
    a.e("Nhật Bản", "COUNTRY", "JP")
    a.e("Hàn Quốc", "COUNTRY", "KR")
    a.e("ASEAN", "REGION")

    eight = months("2025-01", "2025-08")
    a.q("11,8%", 11.8, "percent", nth=1)  # headline: the same fact as the body's
    iip = a.q("11,8%", 11.8, "percent", nth=2)
    a.fact("industrial_production_index", period=eight, status="estimate", change=up(iip, YOY))
    for quote, amount, sector in (("13,2%", 13.2, "chế biến, chế tạo"), ("4,5%", 4.5, "sản xuất và phân phối điện")):
        a.fact("industrial_production_index", period=eight, status="estimate",
               change=up(a.q(quote, amount, "percent"), YOY), sector=sector)

    output = a.q("168.400 tỷ đồng", 168.4e12, "VND")
    output_up = a.q("10,6%", 10.6, "percent")
    a.fact("industrial_production_value", output, period=eight, status="estimate", change=up(output_up))
    complex_ = "Khu liên hợp sản xuất gang thép Hòa Phát Dung Quất 2"
    capital = a.q("85.000 tỷ đồng", 85e12, "VND")
    a.fact("project_capital", capital, period=None, subject=complex_)
    capacity = a.q("5,6 triệu tấn", 5.6e6, "tấn")
    a.fact("production_capacity", capacity, period=None, product="thép", subject=complex_)

    exports = a.q("2,35 tỷ USD", 2.35e9, "USD")
    exports_up = a.q("19,4%", 19.4, "percent")
    a.fact("export_value", exports, period=eight, status="estimate", change=up(exports_up, YOY))
    imports = a.q("2,61 tỷ USD", 2.61e9, "USD")
    a.fact("import_value", imports, period=eight, status="estimate")
    deficit = a.q("khoảng 260 triệu USD", 260e6, "USD", "about")
    a.fact("trade_balance", deficit, negative=True, period=eight)
    coffee = a.q("gần 60 triệu USD", 60e6, "USD", "nearly")
    factor = a.q("2,1 lần", 2.1, "lần")
    a.fact("export_value", coffee, period=eight, change=up(basis=YOY, factor=factor), location="Kon Tum",
           product="cà phê")

    grdp = a.q("8,4%", 8.4, "percent")
    a.fact("grdp", period=months("2025-01", "2025-06"), change=up(grdp, YOY))
    budget = a.q("21.750 tỷ đồng", 21.75e12, "VND")
    a.q("72,5%", 72.5, "percent")  # plan attainment: no change
    a.fact("budget_revenue", budget, period=eight, status="estimate")
    firms = a.q("1.045 doanh nghiệp", 1045, "doanh nghiệp")
    firms_up = a.q("14,5%", 14.5, "percent")
    a.fact("new_businesses", firms, period=eight, change=up(firms_up, YOY))
    a.fact("new_businesses", a.q("8.920 tỷ đồng", 8.92e12, "VND"), period=eight)
    a.fact("investment_projects", a.q("126 dự án", 126, "dự án"), period=eight)
    converted = a.q("khoảng 41.200 tỷ đồng", 41.2e12, "VND", "about")
    a.fact("investment_capital", converted, period=eight)

    plan = a.q("30.000 tỷ đồng", 30e12, "VND")
    a.fact("budget_revenue", plan, period=year(2025), status="target")
    forecast = a.q("khoảng 3,6 tỷ USD", 3.6e9, "USD", "about")
    a.fact("export_value", forecast, period=year(2025), status="forecast")


ARTICLE_BUILDERS: tuple[Callable[[Annotator], None], ...] = (
    x01_quang_ninh, x02_bac_ninh, x03_can_tho, x04_dong_nai,
    x05_khanh_hoa, x06_tp_hcm, x07_hai_phong, x08_quang_ngai,
)


# These sets keep the five-facts-per-article floor they were written to (goldkit's default is 3).
GOLD_SET = GoldSet.in_corpus("extra", ARTICLE_BUILDERS, validate=partial(validate, min_facts=5))
main = GOLD_SET.main


if __name__ == "__main__":
    sys.exit(main(sys.argv))
