"""Build and validate the gold of the second blind set in corpus/blind2.

Eight short articles written for a blind test (plausible figures, not real)
about Bến Tre, Phú Thọ, Bình Thuận, the whole country (a statistics-office
release), Tiền Giang, Quảng Bình, Hòa Bình and Sơn La. They were written and
annotated without reading the extractor or its rules, and scored once before
any rule was tuned on them (corpus/blind2/NOTES.md).

Annotations are declared with the shared kit `scripts/goldkit.py` (imported from it only,
never from another build script): one function per article declares its annotations by
quoting the text; offsets come from string search, never typed by hand. Rules:
`docs/FACTS.md` (spec v1.4) and `corpus/gold/NOTES.md`; the judgement calls of these
articles, and what the v1.3 -> v1.4 re-annotation changed, are in `corpus/blind2/NOTES.md`.

Usage:

    .venv/bin/python scripts/build_blind2_gold.py           # build, validate, write
    .venv/bin/python scripts/build_blind2_gold.py validate  # check the written files
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from goldkit import (AVG, PLAN, PREV, YOY, Annotator, GoldSet, down, months, stock, up,  # noqa: E402
                     year)


# ================================================================ articles
# Each function: entities first (outer names before `every` on provinces),
# then quantities and facts in reading order.


def c01_ben_tre(a: Annotator) -> None:
    a.main = "Bến Tre"
    company = "Công ty TNHH Thực phẩm Dừa Xanh Bến Tre"
    a.e("Cổng TTĐT Bến Tre", "ORG")
    a.e("Sở Công Thương tỉnh Bến Tre", "ORG")
    a.e("Sở Công Thương", "ORG", near="nóng của Sở Công Thương")
    a.e(company, "ORG")
    a.e("KCN Giao Long", "INDUSTRIAL_PARK")
    a.every("Bến Tre", "PROVINCE", "Bến Tre")
    a.e("Hoa Kỳ", "COUNTRY", "US")
    a.e("EU", "REGION")
    a.e("Trung Quốc", "COUNTRY", "CN")
    a.e("EVFTA", "AGREEMENT")
    a.skip("0275.3822.116")  # a phone number

    half = months("2024-01", "2024-06")
    a.q("812,4 triệu USD", 812.4e6, "USD", nth=1)  # headline: the body's fact
    exports = a.q("812,4 triệu USD", 812.4e6, "USD", nth=2)
    exports_up = a.q("9,7%", 9.7, "percent")
    a.q("49,2%", 49.2, "percent")  # plan attainment: no change
    a.fact("export_value", exports, period=half, status="estimate", change=up(exports_up, YOY))
    imports = a.q("402,6 triệu USD", 402.6e6, "USD")
    imports_down = a.q("3,4%", 3.4, "percent")
    a.fact("import_value", imports, period=half, status="estimate", change=down(imports_down, YOY))
    surplus = a.q("gần 410 triệu USD", 410e6, "USD", "nearly")
    a.fact("trade_balance", surplus, period=half)  # its own clause has no keyword

    # `Trong đó` (new paragraph): own `đạt` → actual; the parent's basis (YoY).
    seafood = a.q("128,5 triệu USD", 128.5e6, "USD")
    seafood_up = a.q("14,1%", 14.1, "percent")
    a.fact("export_value", seafood, period=half, change=up(seafood_up, YOY), product="thủy sản")
    coconut = a.q("khoảng 215 triệu USD", 215e6, "USD", "about")
    a.fact("export_value", coconut, period=half, product="sản phẩm từ dừa")
    a.q("26,5%", 26.5, "percent")  # a share
    textiles = a.q("176 triệu USD", 176e6, "USD")
    textiles_down = a.q("2,3%", 2.3, "percent")
    a.fact("export_value", textiles, period=half, change=down(textiles_down, YOY), product="dệt may")

    for quote, amount, partner, qualifier in (("198 triệu USD", 198e6, "US", "exact"),
                                              ("121 triệu USD", 121e6, "EU", "exact"),
                                              ("xấp xỉ 96 triệu USD", 96e6, "CN", "about")):
        a.fact("export_value", a.q(quote, amount, "USD", qualifier), period=half, partner=partner)

    to_date = months("2024-01", "2024-07")  # `từ đầu năm đến nay` with the date line 2024-07-09
    a.fact("fdi_projects", a.q("6 dự án", 6, "dự án"), period=to_date, sector="cấp mới")
    new_capital = a.q("148,5 triệu USD", 148.5e6, "USD")
    a.q("2,3 lần", 2.3, "lần")
    a.fact("fdi_capital", new_capital, period=to_date, change=up(basis=YOY), sector="cấp mới")
    a.fact("fdi_projects", a.q("ba dự án", 3, "dự án"), period=to_date, sector="điều chỉnh tăng vốn")
    added = a.q("27 triệu USD", 27e6, "USD")
    a.fact("fdi_capital", added, period=to_date, sector="điều chỉnh tăng vốn")
    in_force = stock("2024-07")  # `Lũy kế đến nay` with the date line
    a.fact("fdi_projects", a.q("89 dự án", 89, "dự án"), period=in_force)
    a.fact("fdi_capital", a.q("hơn 1,62 tỷ USD", 1.62e9, "USD", "over"), period=in_force)

    # `nâng công suất lên`: no change (x04 Hyosung precedent); no period of its own.
    a.fact("project_capital", a.q("420 tỷ đồng", 420e9, "VND"), period=None, subject=company)
    capacity = a.q("45.000 tấn", 45000, "tấn")
    a.fact("production_capacity", capacity, period=None, product="cơm dừa nạo sấy", subject=company)

    a.fact("employment", a.q("14.860 lao động", 14860, "lao động"), period=half)
    a.q("57,2%", 57.2, "percent")  # plan attainment: no change
    a.q("31.250 tỷ đồng", 31.25e12, "VND")  # retail sales: no metric of the spec
    a.q("11,2%", 11.2, "percent")

    target = a.q("1,65 tỷ USD", 1.65e9, "USD")
    a.fact("export_value", target, period=year(2024), status="target")  # `Năm nay` + date line


def c02_phu_tho(a: Annotator) -> None:
    a.main = "Phú Thọ"
    company = "Công ty TNHH Dệt kỹ thuật Haksan Việt Nam"
    a.e("Sở Kế hoạch và Đầu tư tỉnh Phú Thọ", "ORG")
    a.e("Sở Kế hoạch và Đầu tư", "ORG", near="Phó Giám đốc Sở Kế hoạch và Đầu tư")
    a.e(company, "ORG")
    a.e("KCN Phú Hà", "INDUSTRIAL_PARK")
    a.e("Nguyễn Quốc Hùng", "PERSON")
    a.e("Seoul", "FOREIGN_LOCALITY")
    a.every("Phú Thọ", "PROVINCE", "Phú Thọ")
    a.every("Hàn Quốc", "COUNTRY", "KR")
    a.e("Trung Quốc", "COUNTRY", "CN")
    a.e("Nhật Bản", "COUNTRY", "JP")
    a.skip("15/11")  # a day

    nine = months("2024-01", "2024-09")  # `Tính từ đầu năm đến ngày 20/9/2024`: a flow
    a.q("gần 420 triệu USD", 420e6, "USD", "nearly", nth=1)  # headline: the body's fact
    fdi = a.q("gần 420 triệu USD", 420e6, "USD", "nearly", nth=2)
    fdi_up = a.q("37,5%", 37.5, "percent")
    a.fact("fdi_capital", fdi, period=nine, change=up(fdi_up, YOY))
    a.fact("fdi_projects", a.q("18 dự án", 18, "dự án"), period=nine, sector="cấp mới")
    a.fact("fdi_capital", a.q("265,3 triệu USD", 265.3e6, "USD"), period=nine, sector="cấp mới")
    a.fact("fdi_projects", a.q("11 dự án", 11, "dự án"), period=nine, sector="điều chỉnh tăng vốn")
    a.fact("fdi_capital", a.q("131,2 triệu USD", 131.2e6, "USD"), period=nine, sector="điều chỉnh tăng vốn")
    shares = a.q("23,1 triệu USD", 23.1e6, "USD")
    a.fact("fdi_capital", shares, period=nine, sector="góp vốn, mua cổ phần")

    a.fact("fdi_projects", a.q("14 dự án", 14, "dự án"), period=nine, partner="KR")
    korea = a.q("khoảng 215 triệu USD", 215e6, "USD", "about")
    a.fact("fdi_capital", korea, period=nine, partner="KR")
    a.q("hơn 51%", 51, "percent", "over")  # a share
    disbursed = a.q("186 triệu USD", 186e6, "USD")
    disbursed_up = a.q("8,2%", 8.2, "percent")
    a.fact("fdi_disbursed", disbursed, period=nine, status="estimate", change=up(disbursed_up, YOY))

    a.fact("ddi_projects", a.q("42 dự án", 42, "dự án"), period=nine)
    ddi = a.q("6.850 tỷ đồng", 6.85e12, "VND")
    ddi_added = a.q("1.240 tỷ đồng", 1.24e12, "VND")
    a.fact("ddi_capital", ddi, period=nine, change=up(basis=YOY, amount=ddi_added))

    a.fact("project_capital", a.q("78 triệu USD", 78e6, "USD"), period=None, partner="KR", subject=company)
    capacity = a.q("25 triệu mét", 25e6, "mét")
    a.fact("production_capacity", capacity, period=None, product="vải", subject=company)
    jobs = a.q("khoảng 1.200 lao động", 1200, "lao động", "about")
    a.fact("employment", jobs, period=None, status="forecast", subject=company)

    in_force = stock("2024-09")
    a.fact("fdi_projects", a.q("196 dự án", 196, "dự án"), period=in_force)
    a.fact("fdi_capital", a.q("xấp xỉ 3,1 tỷ USD", 3.1e9, "USD", "about"), period=in_force)
    a.q("5 KCN", 5, "KCN")  # a count of parks: no metric
    a.q("72%", 72, "percent")  # occupancy rate: no metric

    fdi_target = a.q("khoảng 500 triệu USD", 500e6, "USD", "about")
    a.fact("fdi_capital", fdi_target, period=year(2024), status="target")
    ddi_target = a.q("10.000 tỷ đồng", 10e12, "VND")
    a.fact("ddi_capital", ddi_target, period=year(2024), status="target")


def c03_binh_thuan(a: Annotator) -> None:
    a.main = "Bình Thuận"
    plant = "Nhà máy điện gió Hòa Thắng 1.2"
    a.e("Cục Thống kê tỉnh", "ORG")
    a.e("Trần Minh Tâm", "PERSON")
    a.e("Công ty CP Năng lượng Phong Điện Miền Trung", "ORG")
    a.e("Duyên hải Nam Trung Bộ", "REGION")
    a.e("Sở Công Thương", "ORG")
    a.every("Bình Thuận", "PROVINCE", "Bình Thuận")
    a.e("Nhật Bản", "COUNTRY", "JP")
    a.e("Hoa Kỳ", "COUNTRY", "US")
    a.skip("1.2")  # the plant's number
    a.skip("5", near="xếp thứ 5")  # a ranking

    ten = months("2023-01", "2023-10")
    a.q("gần 400 triệu USD", 400e6, "USD", "nearly", nth=1)  # headline: the body's fact
    exports = a.q("755 triệu USD", 755e6, "USD")
    exports_down = a.q("4,8%", 4.8, "percent")
    a.fact("export_value", exports, period=ten, change=down(exports_down, YOY))
    imports = a.q("358 triệu USD", 358e6, "USD")
    imports_down = a.q("gần 20%", 20, "percent", "nearly")
    a.fact("import_value", imports, period=ten, change=down(imports_down))
    surplus = a.q("gần 400 triệu USD", 400e6, "USD", "nearly", nth=2)
    a.fact("trade_balance", surplus, period=ten, change=up(basis=YOY))  # `gấp đôi cùng kỳ`: no quantity

    a.fact("export_value", a.q("412 triệu USD", 412e6, "USD"), period=ten, product="thủy sản")
    dragon_fruit = a.q("khoảng 96 triệu USD", 96e6, "USD", "about")
    dragon_fruit_down = a.q("31%", 31, "percent")
    a.fact("export_value", dragon_fruit, period=ten, change=down(dragon_fruit_down), product="thanh long")
    a.q("3.000 đồng", 3000, "VND")  # a price: no metric

    iip = a.q("3,2%", 3.2, "percent")
    a.fact("industrial_production_index", period=ten, change=up(iip, YOY))
    power = a.q("6,5%", 6.5, "percent")
    a.fact("industrial_production_index", period=ten, change=down(power, YOY), sector="sản xuất và phân phối điện")
    manufacturing = a.q("9,1%", 9.1, "percent")
    a.fact("industrial_production_index", period=ten, change=up(manufacturing, YOY), sector="chế biến, chế tạo")
    a.fact("production_capacity", a.q("100 MW", 100, "MW"), period=None, subject=plant)
    plant_capital = a.q("khoảng 3.500 tỷ đồng", 3.5e12, "VND", "about")
    a.fact("project_capital", plant_capital, period=None, subject=plant)

    # `Cũng trong 10 tháng`: a period without its year takes the year of the last stated one.
    firms = a.q("612 doanh nghiệp", 612, "doanh nghiệp")
    firms_down = a.q("9,3%", 9.3, "percent")
    a.fact("new_businesses", firms, period=ten, change=down(firms_down))
    a.fact("new_businesses", a.q("4.820 tỷ đồng", 4.82e12, "VND"), period=ten)
    budget = a.q("8.112 tỷ đồng", 8.112e12, "VND")
    a.q("71%", 71, "percent")  # plan attainment: no change
    a.fact("budget_revenue", budget, period=ten, status="estimate")
    a.q("6,2 triệu lượt khách", 6.2e6, "lượt khách")
    tourism = a.q("18.900 tỷ đồng", 18.9e12, "VND")
    tourism_up = a.q("24%", 24, "percent")
    a.fact("revenue", tourism, period=ten, change=up(tourism_up), sector="du lịch")

    # No date line: `Năm nay` and `cả năm` are null.
    a.fact("export_value", a.q("900 triệu USD", 900e6, "USD"), period=None, status="target")
    forecast = a.q("chưa đến 880 triệu USD", 880e6, "USD", "under")
    a.fact("export_value", forecast, period=None, status="forecast")


def c04_ca_nuoc(a: Annotator) -> None:
    # v1.4: no province is named (headline or body) and there is no `location` header, so the main
    # province is null. A figure is `Việt Nam` only where its clause, or an earlier clause of its
    # paragraph, states the country (`vào Việt Nam`, `của Việt Nam`, `cả nước`); the paragraphs that
    # state none (IIP, the trade totals, employment) take the null main province.
    a.main = None
    vn = "Việt Nam"
    a.e("Cục Thống kê", "ORG")
    a.e("Bộ Tài chính", "ORG")
    a.e("Hoa Kỳ", "COUNTRY", "US")
    a.every("Việt Nam", "COUNTRY", "VN")
    a.every("Trung Quốc", "COUNTRY", "CN")
    a.e("EU", "REGION")
    a.skip("5", near="5 năm qua")  # a duration

    quarter = months("2025-01", "2025-03")
    # Headline `Cả nước xuất siêu 3,1 tỷ USD` → Việt Nam; the body's balance (its paragraph states no
    # place) is null: the locations differ, so the headline figure is a fact of its own.
    headline_surplus = a.q("3,1 tỷ USD", 3.1e9, "USD", nth=1)
    a.fact("trade_balance", headline_surplus, period=quarter, location=vn)
    # GDP, `tổng sản phẩm trong nước`, of the national statistics office: the country's figure.
    gdp = a.q("6,93%", 6.93, "percent")
    a.fact("grdp", period=quarter, status="estimate", change=up(gdp, YOY), location=vn)

    march_prev = a.q("14,2%", 14.2, "percent")
    march_yoy = a.q("8,6%", 8.6, "percent")
    a.fact("industrial_production_index", period=months("2025-03", "2025-03"), status="estimate",
           change=up(march_yoy, YOY), other_changes=[up(march_prev, PREV)])
    iip = a.q("7,1%", 7.1, "percent")
    a.fact("industrial_production_index", period=quarter, change=up(iip, YOY))
    for quote, amount, sector, direction in (("7,8%", 7.8, "chế biến, chế tạo", up),
                                             ("2,4%", 2.4, "khai khoáng", down)):
        a.fact("industrial_production_index", period=quarter,
               change=direction(a.q(quote, amount, "percent"), YOY), sector=sector)

    trade = a.q("202,5 tỷ USD", 202.5e9, "USD")
    trade_up = a.q("13,7%", 13.7, "percent")
    a.fact("trade_value", trade, period=quarter, status="estimate", change=up(trade_up, YOY))
    exports = a.q("102,8 tỷ USD", 102.8e9, "USD")
    exports_up = a.q("10,6%", 10.6, "percent")
    a.fact("export_value", exports, period=quarter, change=up(exports_up, YOY))
    imports = a.q("99,7 tỷ USD", 99.7e9, "USD")
    imports_up = a.q("17%", 17, "percent")
    a.fact("import_value", imports, period=quarter, change=up(imports_up, YOY))
    surplus = a.q("3,1 tỷ USD", 3.1e9, "USD", nth=2)
    a.fact("trade_balance", surplus, period=quarter)
    domestic = a.q("27,6 tỷ USD", 27.6e9, "USD")
    a.fact("export_value", domestic, period=quarter, sector="khu vực kinh tế trong nước")
    a.q("26,8%", 26.8, "percent")  # a share
    foreign = a.q("75,2 tỷ USD", 75.2e9, "USD")
    a.fact("export_value", foreign, period=quarter, sector="khu vực có vốn đầu tư nước ngoài")

    # `thị trường xuất khẩu lớn nhất của Việt Nam` → Việt Nam, the topic place of the paragraph.
    us = a.q("31,4 tỷ USD", 31.4e9, "USD")
    a.fact("export_value", us, period=quarter, status="estimate", partner="US", location=vn)
    china = a.q("38,2 tỷ USD", 38.2e9, "USD")
    a.fact("import_value", china, period=quarter, partner="CN", location=vn)
    eu = a.q("8,9 tỷ USD", 8.9e9, "USD")
    a.fact("trade_balance", eu, period=quarter, status="estimate", partner="EU", location=vn)
    deficit = a.q("22,5 tỷ USD", 22.5e9, "USD")
    deficit_up = a.q("38,4%", 38.4, "percent")
    a.fact("trade_balance", deficit, period=quarter, negative=True, change=up(deficit_up), partner="CN",
           location=vn)

    # `Tổng vốn đầu tư nước ngoài đăng ký vào Việt Nam tính đến ngày 31/3/2025, bao gồm vốn đăng ký
    # cấp mới, ...`: a flow 2025-01..03 (the clause reports the period's inflow), Việt Nam.
    a.q("10,98 tỷ USD", 10.98e9, "USD", nth=1)  # headline (topic place `Cả nước`): the body's fact
    fdi = a.q("10,98 tỷ USD", 10.98e9, "USD", nth=2)
    fdi_up = a.q("34,7%", 34.7, "percent")
    a.fact("fdi_capital", fdi, period=quarter, change=up(fdi_up, YOY), location=vn)
    a.fact("fdi_projects", a.q("850 dự án", 850, "dự án"), period=quarter, sector="cấp phép mới", location=vn)
    a.fact("fdi_capital", a.q("4,24 tỷ USD", 4.24e9, "USD"), period=quarter, sector="cấp phép mới", location=vn)
    a.q("357 lượt", 357, "lượt")  # `lượt`: no project count (d06)
    adjusted = a.q("5,78 tỷ USD", 5.78e9, "USD")
    a.fact("fdi_capital", adjusted, period=quarter, sector="điều chỉnh vốn", location=vn)
    a.q("783 lượt", 783, "lượt")
    shares = a.q("0,96 tỷ USD", 0.96e9, "USD")
    a.fact("fdi_capital", shares, period=quarter, sector="góp vốn, mua cổ phần", location=vn)
    disbursed = a.q("4,96 tỷ USD", 4.96e9, "USD")
    disbursed_up = a.q("7,2%", 7.2, "percent")
    a.fact("fdi_disbursed", disbursed, period=quarter, status="estimate", change=up(disbursed_up), location=vn)

    firms = a.q("gần 40,4 nghìn doanh nghiệp", 40400, "doanh nghiệp", "nearly")
    firms_up = a.q("6,1%", 6.1, "percent")
    a.fact("new_businesses", firms, period=quarter, change=up(firms_up, YOY), location=vn)
    a.fact("new_businesses", a.q("405,4 nghìn tỷ đồng", 405.4e12, "VND"), period=quarter, location=vn)
    budget = a.q("717,7 nghìn tỷ đồng", 717.7e12, "VND")
    a.q("36,4%", 36.4, "percent")  # plan attainment: no change
    budget_up = a.q("26,2%", 26.2, "percent")
    a.fact("budget_revenue", budget, period=quarter, status="estimate", change=up(budget_up, YOY), location=vn)
    a.q("1.683 nghìn tỷ đồng", 1683e12, "VND")  # retail sales: no metric of the spec
    a.q("9,9%", 9.9, "percent")

    workers = a.q("51,9 triệu người", 51.9e6, "người")
    workers_added = a.q("475 nghìn người", 475e3, "người")
    a.fact("employment", workers, period=quarter, status="estimate", change=up(basis=YOY, amount=workers_added))


def c05_tien_giang(a: Annotator) -> None:
    a.main = "Tiền Giang"
    company = "Công ty TNHH Giày Pou Phong Việt Nam"
    a.e("Sở Công Thương tỉnh Tiền Giang", "ORG")
    a.e("Sở Công Thương", "ORG", near="Giám đốc Sở Công Thương")
    a.e("KCN Long Giang", "INDUSTRIAL_PARK")
    a.e("KCN Tân Hương", "INDUSTRIAL_PARK")
    a.e(company, "ORG")
    a.e("Nguyễn Thanh Sơn", "PERSON")
    a.e("Hiệp định Đối tác Kinh tế Toàn diện Khu vực", "AGREEMENT")
    a.e("RCEP", "AGREEMENT")
    a.every("Tiền Giang", "PROVINCE", "Tiền Giang")
    a.every("Trung Quốc", "COUNTRY", "CN")
    a.every("Hoa Kỳ", "COUNTRY", "US")
    a.e("Đài Loan", "COUNTRY", "TW")

    y2023 = year(2023)  # `Năm nay` with the date line 2023-12-27
    exports = a.q("4,35 tỷ USD", 4.35e9, "USD")
    exports_up = a.q("12,6%", 12.6, "percent")
    plan = a.q("8,7%", 8.7, "percent")
    a.fact("export_value", exports, period=y2023, status="estimate", change=up(exports_up, YOY),
           other_changes=[up(plan, PLAN)])

    durian = a.q("ngót 610 triệu đô la Mỹ", 610e6, "USD", "nearly")
    a.q("2,4 lần", 2.4, "lần")
    a.fact("export_value", durian, period=y2023, change=up(basis=YOY), product="sầu riêng")
    seafood = a.q("395 triệu USD", 395e6, "USD")
    seafood_added = a.q("42 triệu USD", 42e6, "USD")
    a.fact("export_value", seafood, period=y2023, change=up(basis=YOY, amount=seafood_added), product="thủy sản")
    a.q("khoảng 55%", 55, "percent", "about")  # a share
    shoes = a.q("hơn 1,1 tỷ USD", 1.1e9, "USD", "over")
    a.fact("export_value", shoes, period=y2023, product="giày dép")
    us = a.q("980 triệu USD", 980e6, "USD")
    us_down = a.q("7,3%", 7.3, "percent")
    a.fact("export_value", us, period=y2023, change=down(us_down, YOY), partner="US")
    china = a.q("khoảng 1,05 tỷ USD", 1.05e9, "USD", "about")
    a.fact("export_value", china, period=y2023, partner="CN")

    imports = a.q("2,96 tỷ USD", 2.96e9, "USD")
    imports_up = a.q("5,1%", 5.1, "percent")
    a.fact("import_value", imports, period=y2023, status="estimate", change=up(imports_up))
    a.fact("trade_balance", a.q("khoảng 1,39 tỷ USD", 1.39e9, "USD", "about"), period=y2023)
    december = a.q("402 triệu USD", 402e6, "USD")
    december_up = a.q("3,5%", 3.5, "percent")
    a.fact("export_value", december, period=months("2023-12", "2023-12"), status="estimate",
           change=up(december_up, PREV))

    a.q("hai nhà máy", 2, "nhà máy")  # a count of plants: no metric
    capacity = a.q("18 triệu đôi", 18e6, "đôi")
    a.fact("production_capacity", capacity, period=None, product="giày", subject=company)
    capital = a.q("265 triệu USD", 265e6, "USD")
    a.fact("project_capital", capital, period=None, partner="TW", subject=company)
    jobs = a.q("khoảng 16.500 lao động", 16500, "lao động", "about")
    a.fact("employment", jobs, period=stock("2023-12"), subject=company)  # its own `hiện`

    target = a.q("4,6 tỷ USD", 4.6e9, "USD")
    target_up = a.q("khoảng 6%", 6, "percent", "about")
    a.fact("export_value", target, period=year(2024), status="target", change=up(target_up, YOY))
    a.q("1 tỷ USD", 1e9, "USD")  # `có thể vượt mốc 1 tỷ USD`: a milestone, no fact (v1.4)


def c06_quang_binh(a: Annotator) -> None:
    a.main = "Quảng Bình"
    company = "Công ty CP Xi măng Tuyên Hóa"
    a.e("Báo Quảng Bình", "ORG")
    a.every("Cục Thống kê tỉnh", "ORG")
    a.e(company, "ORG")
    a.e("Phan Phương", "PERSON")  # photo credit
    a.e("Thu Hà", "PERSON")  # byline
    a.every("Quảng Bình", "PROVINCE", "Quảng Bình")
    a.skip("12", near="số 12 đường")  # an address

    quarter = months("2024-01", "2024-03")
    a.q("5,8%", 5.8, "percent", nth=1)  # headline: the body's fact
    iip = a.q("5,8%", 5.8, "percent", nth=2)
    a.fact("industrial_production_index", period=quarter, status="estimate", change=up(iip, YOY))
    for quote, amount, sector, direction in (("7,2%", 7.2, "công nghiệp chế biến, chế tạo", up),
                                             ("3,9%", 3.9, "khai khoáng", up),
                                             ("4,6%", 4.6, "sản xuất và phân phối điện", down)):
        a.fact("industrial_production_index", period=quarter, status="estimate",
               change=direction(a.q(quote, amount, "percent"), YOY), sector=sector)
    output = a.q("4.215 tỷ đồng", 4.215e12, "VND")  # `(giá so sánh 2010)`: no sector (b05)
    output_up = a.q("6,3%", 6.3, "percent")
    a.fact("industrial_production_value", output, period=quarter, status="estimate", change=up(output_up))

    now = stock("2024-04")  # `hiện` with the date line 2024-04-22
    clinker = a.q("2,3 triệu tấn", 2.3e6, "tấn")
    a.fact("production_capacity", clinker, period=now, product="clinker", subject=company)
    staff = a.q("trên 900 lao động", 900, "lao động", "over")
    a.fact("employment", staff, period=now, subject=company)

    budget = a.q("1.352 tỷ đồng", 1.352e12, "VND")
    a.q("20,8%", 20.8, "percent")  # plan attainment: no change
    budget_down = a.q("11,5%", 11.5, "percent")
    a.fact("budget_revenue", budget, period=quarter, status="estimate", change=down(budget_down, YOY))
    domestic = a.q("1.187 tỷ đồng", 1.187e12, "VND")
    a.fact("budget_revenue", domestic, period=quarter, sector="thu nội địa")
    exports = a.q("58,6 triệu USD", 58.6e6, "USD")
    exports_up = a.q("16,3%", 16.3, "percent")
    a.fact("export_value", exports, period=quarter, status="estimate", change=up(exports_up))
    a.fact("import_value", a.q("41,2 triệu USD", 41.2e6, "USD"), period=quarter)

    a.q("khoảng 720.000 lượt khách", 720000, "lượt khách", "about")
    tourism = a.q("1.150 tỷ đồng", 1.15e12, "VND")
    tourism_up = a.q("18,5%", 18.5, "percent")
    a.fact("revenue", tourism, period=quarter, status="estimate", change=up(tourism_up, YOY), sector="du lịch")
    a.fact("employment", a.q("4.200 lao động", 4200, "lao động"), period=quarter)
    abroad = a.q("315 lao động", 315, "lao động")
    a.fact("employment", abroad, period=quarter, sector="đi làm việc ở nước ngoài theo hợp đồng")

    in_force = stock("2024-03")
    a.fact("fdi_projects", a.q("21 dự án", 21, "dự án"), period=in_force)
    a.fact("fdi_capital", a.q("hơn 880 triệu USD", 880e6, "USD", "over"), period=in_force)
    iip_target = a.q("9%", 9, "percent")
    a.fact("industrial_production_index", period=year(2024), status="target", change=up(iip_target))
    budget_target = a.q("6.540 tỷ đồng", 6.54e12, "VND")
    a.fact("budget_revenue", budget_target, period=year(2024), status="target")


def c07_hoa_binh(a: Annotator) -> None:
    a.main = "Hòa Bình"
    company = "Công ty CP Gốm sứ Lương Sơn"
    a.e("Thời báo Tài chính", "ORG")
    a.e("Đinh Thị Hạnh", "PERSON")
    a.e("Sở Tài chính tỉnh Hòa Bình", "ORG")
    a.e(company, "ORG")
    a.e("KCN Lương Sơn", "INDUSTRIAL_PARK")
    a.every("Hòa Bình", "PROVINCE", "Hòa Bình")
    for near in ("sách hai tháng đầu năm 2025 ước đạt 1.086", "Hòa Bình hai tháng", "phương hai tháng",
                 "chung hai tháng", "khẩu hai tháng"):
        a.skip("hai tháng", near=near)  # `hai tháng`: a period, no quantity

    two = months("2025-01", "2025-02")
    a.q("1.086 tỷ đồng", 1.086e12, "VND", nth=1)  # headline: the body's fact
    budget = a.q("1.086 tỷ đồng", 1.086e12, "VND", nth=2)
    a.q("18,3%", 18.3, "percent")  # plan attainment: no change
    budget_up = a.q("23,4%", 23.4, "percent")
    a.fact("budget_revenue", budget, period=two, status="estimate", change=up(budget_up, YOY))
    domestic = a.q("1.041 tỷ đồng", 1.041e12, "VND")
    a.fact("budget_revenue", domestic, period=two, status="estimate", sector="thu nội địa")
    trade = a.q("ngót 45 tỷ đồng", 45e9, "VND", "nearly")
    a.fact("budget_revenue", trade, period=two, status="estimate", sector="thu từ hoạt động xuất nhập khẩu")
    land = a.q("312 tỷ đồng", 312e9, "VND")
    a.q("hai lần", 2, "lần")
    a.fact("budget_revenue", land, period=two, change=up(basis=YOY), sector="thu từ tiền sử dụng đất")
    february = a.q("492 tỷ đồng", 492e9, "VND")
    february_down = a.q("17,2%", 17.2, "percent")
    a.fact("budget_revenue", february, period=months("2025-02", "2025-02"), status="estimate",
           change=down(february_down, PREV))
    a.q("1.920 tỷ đồng", 1.92e12, "VND")  # spending: no metric

    iip_feb = a.q("8,1%", 8.1, "percent")
    a.fact("industrial_production_index", period=months("2025-02", "2025-02"), status="estimate",
           change=up(iip_feb, YOY))
    iip = a.q("10,4%", 10.4, "percent")
    a.fact("industrial_production_index", period=two, change=up(iip))  # `tính chung`: no keyword (h01)
    exports = a.q("218 triệu USD", 218e6, "USD")
    exports_up = a.q("15,8%", 15.8, "percent")
    a.fact("export_value", exports, period=two, status="estimate", change=up(exports_up))
    a.q("trên 85%", 85, "percent", "over")  # a share

    to_date = months("2025-01", "2025-03")  # `Từ đầu năm đến nay` with the date line 2025-03-14
    a.fact("investment_projects", a.q("7 dự án", 7, "dự án"), period=to_date)
    a.fact("investment_capital", a.q("2.450 tỷ đồng", 2.45e12, "VND"), period=to_date)
    disbursed = a.q("chưa đến 5 triệu USD", 5e6, "USD", "under")
    a.fact("fdi_disbursed", disbursed, period=to_date)

    a.fact("project_capital", a.q("1.350 tỷ đồng", 1.35e12, "VND"), period=None, subject=company)
    capacity = a.q("12 triệu m2", 12e6, "m2")
    a.fact("production_capacity", capacity, period=None, product="gạch ốp lát", subject=company)

    budget_target = a.q("6.500 tỷ đồng", 6.5e12, "VND")
    a.fact("budget_revenue", budget_target, period=year(2025), status="target")
    grdp_target = a.q("9%", 9, "percent")
    a.fact("grdp", period=year(2025), status="target", change=up(grdp_target))


def c08_son_la(a: Annotator) -> None:
    a.main = "Sơn La"
    company = "Công ty CP Thực phẩm Tây Bắc Xanh"
    a.every("Sở Công Thương tỉnh Sơn La", "ORG")
    a.e("Phòng Quản lý Thương mại", "ORG")
    a.e(company, "ORG")
    a.every("Sơn La", "PROVINCE", "Sơn La")
    a.e("Trung Quốc", "COUNTRY", "CN")
    a.skip("0212.3852.246")  # a phone number

    nine = months("2024-01", "2024-09")
    trade = a.q("168,4 triệu usd", 168.4e6, "USD")
    trade_up = a.q("31,6%", 31.6, "percent")
    a.fact("trade_value", trade, period=nine, change=up(trade_up, YOY))
    a.q("154,2 triệu usd", 154.2e6, "USD", nth=1)  # headline: the body's fact
    exports = a.q("154,2 triệu usd", 154.2e6, "USD", nth=2)
    a.fact("export_value", exports, period=nine)
    a.fact("import_value", a.q("14,2 triệu usd", 14.2e6, "USD"), period=nine)
    a.fact("trade_balance", a.q("140 triệu usd", 140e6, "USD"), period=nine)

    coffee = a.q("78,5 triệu usd", 78.5e6, "USD")
    a.q("1,9 lần", 1.9, "lần")
    a.fact("export_value", coffee, period=nine, change=up(basis=YOY), product="cà phê nhân")
    fruit = a.q("khoảng 52 triệu usd", 52e6, "USD", "about")
    a.fact("export_value", fruit, period=nine, product="rau quả")
    a.q("khoảng 45%", 45, "percent", "about")  # a share
    # `Hiện` without a date line: null.
    groups = a.q("mười mặt hàng", 10, "mặt hàng")
    a.fact("export_product_groups", groups, period=None)
    markets = a.q("40 quốc gia và vùng lãnh thổ", 40, "quốc gia")
    a.fact("export_markets", markets, period=None)

    a.fact("ddi_projects", a.q("27 dự án", 27, "dự án"), period=nine)
    a.fact("ddi_capital", a.q("5.640 tỷ đồng", 5.64e12, "VND"), period=nine)
    in_force = stock("2024-09")
    a.fact("fdi_projects", a.q("12 dự án", 12, "dự án"), period=in_force)
    a.fact("fdi_capital", a.q("hơn 110 triệu usd", 110e6, "USD", "over"), period=in_force)

    a.fact("project_capital", a.q("850 tỷ VNĐ", 850e9, "VND"), period=None, subject=company)
    capacity = a.q("30.000 tấn", 30000, "tấn")
    a.fact("production_capacity", capacity, period=None, product="quả tươi", subject=company)
    jobs = a.q("hơn 600 lao động", 600, "lao động", "over")
    a.fact("employment", jobs, period=None, status="forecast", subject=company)
    a.q("5.000 hộ nông dân", 5000, "hộ nông dân")  # households: no metric

    # No date line: `Năm nay` is null.
    a.fact("export_value", a.q("200 triệu usd", 200e6, "USD"), period=None, status="target")
    average = a.q("7%", 7, "percent")
    a.fact("grdp", period=months("2021-01", "2025-12"), status="target", change=up(average, AVG))
    size = a.q("khoảng 80.000 tỷ đồng", 80e12, "VND", "about")
    a.fact("grdp", size, period=year(2025), status="target")


ARTICLE_BUILDERS: tuple[Callable[[Annotator], None], ...] = (
    c01_ben_tre, c02_phu_tho, c03_binh_thuan, c04_ca_nuoc,
    c05_tien_giang, c06_quang_binh, c07_hoa_binh, c08_son_la,
)


GOLD_SET = GoldSet.in_corpus("blind2", ARTICLE_BUILDERS)
main = GOLD_SET.main


if __name__ == "__main__":
    sys.exit(main(sys.argv))
