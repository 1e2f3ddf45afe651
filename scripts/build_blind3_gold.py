"""Build and validate the gold of the third blind set in corpus/blind3.

Eight short articles written for a blind test (plausible figures, not real)
about Hà Nội, Đắk Lắk (after the 1 July 2025 merger with Phú Yên), Đồng Tháp,
Trà Vinh, Yên Bái, Hậu Giang, Cao Bằng and Ninh Thuận. They were written and
annotated without reading the extractor or its rules, and without running the
extractor on them (corpus/blind3/NOTES.md).

Annotations are declared with the shared kit `scripts/goldkit.py` (imported from it only,
never from another build script): one function per article declares its annotations by
quoting the text; offsets come from string search, never typed by hand. Rules:
`docs/FACTS.md` (spec v1.4) and `corpus/gold/NOTES.md`; the judgement calls of these
articles, and what the v1.3 -> v1.4 re-annotation changed, are in `corpus/blind3/NOTES.md`.

Usage:

    .venv/bin/python scripts/build_blind3_gold.py           # build, validate, write
    .venv/bin/python scripts/build_blind3_gold.py validate  # check the written files
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


def e01_ha_noi(a: Annotator) -> None:
    a.main = "Hà Nội"
    a.e("Cục Thống kê thành phố Hà Nội", "ORG")
    a.every("Hà Nội", "PROVINCE", "Hà Nội")
    a.skip("5", near="trong 5 năm")  # a duration in the headline
    a.skip("thứ hai cả nước")  # a ranking

    quarter = months("2025-01", "2025-03")
    a.q("7,35%", 7.35, "percent", nth=1)  # headline: the body's fact
    grdp = a.q("7,35%", 7.35, "percent", nth=2)
    a.fact("grdp", period=quarter, status="estimate", change=up(grdp, YOY))
    # The base figure of the comparison is a fact of its own, with the base's period; no keyword → actual.
    base = a.q("6,52%", 6.52, "percent")
    a.fact("grdp", period=months("2024-01", "2024-03"), change=up(base))
    services = a.q("7,86%", 7.86, "percent")
    a.fact("grdp", period=quarter, status="estimate", change=up(services, YOY), sector="khu vực dịch vụ")
    a.q("5,21 điểm phần trăm", 5.21, "điểm phần trăm")  # a contribution: no change (h01)
    for quote, amount, sector in (("6,94%", 6.94, "khu vực công nghiệp và xây dựng"),
                                  ("3,08%", 3.08, "khu vực nông, lâm nghiệp và thủy sản")):
        a.fact("grdp", period=quarter, status="estimate", change=up(a.q(quote, amount, "percent"), YOY),
               sector=sector)

    march_prev = a.q("12,4%", 12.4, "percent")
    march_yoy = a.q("8,7%", 8.7, "percent")
    a.fact("industrial_production_index", period=months("2025-03", "2025-03"), status="estimate",
           change=up(march_yoy, YOY), other_changes=[up(march_prev, PREV)])
    iip = a.q("7,9%", 7.9, "percent")  # `Tính chung quý I` (yearless → 2025), no keyword → actual
    a.fact("industrial_production_index", period=quarter, change=up(iip, YOY))
    for quote, amount, sector, direction in (
            ("8,3%", 8.3, "chế biến, chế tạo", up),
            ("6,1%", 6.1, "sản xuất và phân phối điện", up),
            ("0,6%", 0.6, "cung cấp nước, hoạt động quản lý và xử lý rác thải, nước thải", down)):
        a.fact("industrial_production_index", period=quarter,
               change=direction(a.q(quote, amount, "percent"), YOY), sector=sector)

    budget = a.q("198,7 nghìn tỷ đồng", 198.7e12, "VND")
    a.q("38,2%", 38.2, "percent")  # plan attainment: no change
    budget_up = a.q("31,4%", 31.4, "percent")
    a.fact("budget_revenue", budget, period=quarter, status="estimate", change=up(budget_up, YOY))
    a.q("227,5 nghìn tỷ đồng", 227.5e12, "VND")  # retail sales: no metric of the spec (c01)
    a.q("9,6%", 9.6, "percent")

    # `Từ đầu năm đến nay` with the date line 2025-03-29 → 2025-01..03 (h03).
    firms = a.q("7.412 doanh nghiệp", 7412, "doanh nghiệp")
    firms_up = a.q("14,3%", 14.3, "percent")
    a.fact("new_businesses", firms, period=quarter, change=up(firms_up, YOY))
    a.fact("new_businesses", a.q("72,6 nghìn tỷ đồng", 72.6e12, "VND"), period=quarter)
    a.q("2.980 doanh nghiệp", 2980, "doanh nghiệp")  # returning firms: no new businesses

    fdi = a.q("1,58 tỷ USD", 1.58e9, "USD")
    a.q("3,2 lần", 3.2, "lần")
    a.fact("fdi_capital", fdi, period=quarter, change=up(basis=YOY))
    a.fact("fdi_projects", a.q("96 dự án", 96, "dự án"), period=quarter, sector="cấp mới")
    a.fact("fdi_capital", a.q("412,4 triệu USD", 412.4e6, "USD"), period=quarter, sector="cấp mới")
    adjusted = a.q("236,8 triệu USD", 236.8e6, "USD")
    a.fact("fdi_capital", adjusted, period=quarter, sector="điều chỉnh tăng vốn")
    shares = a.q("930,8 triệu USD", 930.8e6, "USD")
    a.fact("fdi_capital", shares, period=quarter, sector="góp vốn, mua cổ phần")
    a.q("58,9%", 58.9, "percent")  # a share


def e02_dak_lak(a: Annotator) -> None:
    a.main = "Đắk Lắk"
    a.e("Cổng TTĐT tỉnh Đắk Lắk", "ORG")
    a.every("Sở Công Thương", "ORG")
    a.every("Đắk Lắk", "PROVINCE", "Đắk Lắk")
    a.every("Phú Yên", "PROVINCE", "Phú Yên")
    a.skip("tháng 7")  # a yearless month: a period
    a.e("Đức", "COUNTRY", "DE")
    a.e("Ý", "COUNTRY", "IT")
    a.e("Nhật Bản", "COUNTRY", "JP")
    a.e("Bỉ", "COUNTRY", "BE")

    seven = months("2025-01", "2025-07")
    a.q("hơn 1,92 tỷ USD", 1.92e9, "USD", "over", nth=1)  # headline: the body's fact
    exports = a.q("hơn 1,92 tỷ USD", 1.92e9, "USD", "over", nth=2)
    exports_up = a.q("41,3%", 41.3, "percent")
    a.q("64%", 64, "percent")  # plan attainment: no change
    # `(sau khi hợp nhất với tỉnh Phú Yên)`: a passing mention (h02) → Đắk Lắk.
    a.fact("export_value", exports, period=seven, status="estimate", change=up(exports_up, YOY))

    a.q("238.000 tấn", 238000, "tấn")  # tonnage: no metric
    coffee = a.q("1,41 tỷ USD", 1.41e9, "USD")
    a.q("1,6 lần", 1.6, "lần")
    a.fact("export_value", coffee, period=seven, change=up(basis=YOY), product="cà phê")
    pepper = a.q("152 triệu USD", 152e6, "USD")
    pepper_up = a.q("28%", 28, "percent")
    a.fact("export_value", pepper, period=seven, change=up(pepper_up), product="hồ tiêu")
    a.fact("export_value", a.q("94 triệu USD", 94e6, "USD"), period=seven, status="estimate",
           product="sầu riêng")
    # `chững lại`: flat, no direction → no change.
    a.fact("export_value", a.q("38 triệu USD", 38e6, "USD"), period=seven, product="hạt điều")

    a.q("bốn thị trường", 4, "thị trường")
    for quote, amount, partner in (("268 triệu USD", 268e6, "DE"), ("196 triệu USD", 196e6, "IT"),
                                   ("142 triệu USD", 142e6, "JP"), ("117 triệu USD", 117e6, "BE")):
        a.fact("export_value", a.q(quote, amount, "USD"), period=seven, partner=partner, product="cà phê")

    phu_yen = a.q("186 triệu USD", 186e6, "USD")
    phu_yen_up = a.q("12,7%", 12.7, "percent")
    a.fact("export_value", phu_yen, period=seven, status="estimate", change=up(phu_yen_up),
           location="Phú Yên")
    # v1.4 topic place: these clauses state no place (`tỉnh` is generic), so they take the place of
    # the nearest preceding clause of their paragraph that states one: `Riêng khu vực Phú Yên cũ`.
    imports = a.q("214 triệu USD", 214e6, "USD")
    imports_down = a.q("6,5%", 6.5, "percent")
    a.fact("import_value", imports, period=seven, status="estimate", change=down(imports_down, YOY),
           location="Phú Yên")
    surplus = a.q("trên 1,7 tỷ USD", 1.7e9, "USD", "over")
    a.fact("trade_balance", surplus, period=seven, location="Phú Yên")

    july = a.q("236 triệu USD", 236e6, "USD")
    july_down = a.q("2,8%", 2.8, "percent")
    a.fact("export_value", july, period=months("2025-07", "2025-07"), status="estimate",
           change=down(july_down, PREV))
    last_year = a.q("1,26 tỷ USD", 1.26e9, "USD")  # `Năm ngoái` with the date line → 2024
    last_year_up = a.q("39%", 39, "percent")
    a.fact("export_value", last_year, period=year(2024), change=up(last_year_up, YOY), product="cà phê")

    a.fact("export_value", a.q("3 tỷ USD", 3e9, "USD"), period=year(2025), status="target")
    a.q("khoảng 118.000 đồng", 118000, "VND", "about")  # a price
    forecast = a.q("3,2 tỷ USD", 3.2e9, "USD")  # `vượt` is the verb: exact (c05)
    a.fact("export_value", forecast, period=year(2025), status="forecast")

    markets = a.q("hơn 80 quốc gia và vùng lãnh thổ", 80, "quốc gia", "over")
    a.fact("export_markets", markets, period=stock("2025-08"), product="cà phê")
    a.q("34 tỉnh", 34, "tỉnh")  # a ranking


def e03_dong_thap(a: Annotator) -> None:
    a.main = "Đồng Tháp"
    company = "Công ty CP Thủy sản Phương Nam"
    a.e("Báo Công Thương", "ORG")
    a.e("Sở Công Thương tỉnh Đồng Tháp", "ORG")
    a.every("Sở Công Thương", "ORG")
    a.e("KCN Sa Đéc", "INDUSTRIAL_PARK")
    a.e(company, "ORG")
    a.every("Đồng Tháp", "PROVINCE", "Đồng Tháp")
    a.e("Trung Quốc", "COUNTRY", "CN")
    a.e("Hoa Kỳ", "COUNTRY", "US")
    a.e("Philippines", "COUNTRY", "PH")
    a.e("ASEAN", "REGION")
    a.skip("thứ ba với")  # an ordinal

    nine = months("2024-01", "2024-09")
    a.q("2,14 tỷ USD", 2.14e9, "USD", nth=1)  # headline: the body's fact
    trade = a.q("2,14 tỷ USD", 2.14e9, "USD", nth=2)
    trade_up = a.q("11,6%", 11.6, "percent")
    a.fact("trade_value", trade, period=nine, status="estimate", change=up(trade_up, YOY))
    exports = a.q("1,27 tỷ USD", 1.27e9, "USD")
    exports_up = a.q("14,2%", 14.2, "percent")
    a.fact("export_value", exports, period=nine, change=up(exports_up, YOY))  # own `đạt`
    imports = a.q("870 triệu USD", 870e6, "USD")
    imports_up = a.q("8,1%", 8.1, "percent")
    a.fact("import_value", imports, period=nine, status="estimate", change=up(imports_up, YOY))
    surplus = a.q("khoảng 400 triệu USD", 400e6, "USD", "about")  # `thặng dư` = surplus
    a.fact("trade_balance", surplus, period=nine)

    # `Xét theo mặt hàng, ...`: no `Trong đó`, bare changes → basis null; no keyword → actual.
    pangasius = a.q("512 triệu USD", 512e6, "USD")
    pangasius_up = a.q("6,8%", 6.8, "percent")
    a.fact("export_value", pangasius, period=nine, change=up(pangasius_up), product="cá tra")
    rice = a.q("398 triệu USD", 398e6, "USD")
    rice_up = a.q("32,5%", 32.5, "percent")
    a.fact("export_value", rice, period=nine, change=up(rice_up), product="gạo")
    fruit = a.q("khoảng 61 triệu USD", 61e6, "USD", "about")
    a.fact("export_value", fruit, period=nine, product="trái cây tươi")
    feed = a.q("dưới 46 triệu USD", 46e6, "USD", "under")
    feed_down = a.q("12,4%", 12.4, "percent")
    a.fact("export_value", feed, period=nine, change=down(feed_down), product="thức ăn chăn nuôi")

    a.q("ba thị trường", 3, "thị trường")
    for quote, amount, partner in (("268 triệu USD", 268e6, "CN"), ("196 triệu USD", 196e6, "US"),
                                   ("154 triệu USD", 154e6, "PH")):
        a.fact("export_value", a.q(quote, amount, "USD"), period=nine, partner=partner)
    asean = a.q("312 triệu USD", 312e6, "USD")
    asean_up = a.q("18,7%", 18.7, "percent")
    a.fact("export_value", asean, period=nine, change=up(asean_up), partner="ASEAN")
    a.q("24,6%", 24.6, "percent")  # a share

    q3 = a.q("452 triệu USD", 452e6, "USD")
    q3_up = a.q("4,1%", 4.1, "percent")
    a.fact("export_value", q3, period=months("2024-07", "2024-09"), change=up(q3_up, PREV))

    # The new plant has no name: the company is the subject; no period of its own.
    a.fact("project_capital", a.q("650 tỷ đồng", 650e9, "VND"), period=None, subject=company)
    capacity = a.q("120.000 tấn", 120000, "tấn")
    a.fact("production_capacity", capacity, period=None, product="cá tra nguyên liệu", subject=company)
    revenue = a.q("2.860 tỷ đồng", 2.86e12, "VND")
    revenue_up = a.q("9,4%", 9.4, "percent")
    a.fact("revenue", revenue, period=nine, change=up(revenue_up, YOY), subject=company)  # own period

    a.q("7.800 đồng", 7800, "VND")  # a price
    a.q("1.200 đồng", 1200, "VND")

    forecast = a.q("khoảng 1,72 tỷ USD", 1.72e9, "USD", "about")
    over_plan = a.q("7,5%", 7.5, "percent")
    a.fact("export_value", forecast, period=year(2024), status="forecast", change=up(over_plan, PLAN))
    base = a.q("1,58 tỷ USD", 1.58e9, "USD")  # the comparison's base, with its own period
    a.fact("export_value", base, period=year(2023))


def e04_tra_vinh(a: Annotator) -> None:
    a.main = "Trà Vinh"
    company = "Công ty TNHH Giày da Hoa Phong"
    a.e("Sở Kế hoạch và Đầu tư tỉnh Trà Vinh", "ORG")
    a.e(company, "ORG")
    a.e("KCN Long Đức", "INDUSTRIAL_PARK")
    a.e("Trung tâm Xúc tiến đầu tư tỉnh Trà Vinh", "ORG")
    a.every("Trà Vinh", "PROVINCE", "Trà Vinh")
    a.e("Đài Loan", "COUNTRY", "TW")
    a.e("Trung Quốc", "COUNTRY", "CN")
    a.skip("21", near="thứ 21")  # a ranking
    a.skip("0294.3855.126")  # a phone number

    # `Tính đến ngày 15/9/2024` with flows (cấp mới, điều chỉnh): 2024-01..09 (d10).
    to_date = months("2024-01", "2024-09")
    a.q("gần 3.900 tỷ đồng", 3.9e12, "VND", "nearly", nth=1)  # headline (`từ đầu năm`): the body's fact
    a.fact("investment_projects", a.q("23 dự án", 23, "dự án"), period=to_date)
    capital = a.q("gần 3.900 tỷ đồng", 3.9e12, "VND", "nearly", nth=2)
    a.q("2,4 lần", 2.4, "lần")
    a.fact("investment_capital", capital, period=to_date, change=up(basis=YOY))
    a.fact("fdi_projects", a.q("6 dự án", 6, "dự án"), period=to_date)
    fdi = a.q("hơn 86 triệu USD", 86e6, "USD", "over")  # new and added capital together: sector null (h06)
    a.fact("fdi_capital", fdi, period=to_date)
    a.fact("ddi_projects", a.q("17 dự án", 17, "dự án"), period=to_date)
    ddi = a.q("khoảng 1.830 tỷ đồng", 1.83e12, "VND", "about")
    a.fact("ddi_capital", ddi, period=to_date)
    a.q("9 lượt", 9, "lượt")  # `lượt`: no project count (d06)
    shares = a.q("4,2 triệu USD", 4.2e6, "USD")
    a.fact("fdi_capital", shares, period=to_date, sector="góp vốn, mua cổ phần")

    disbursed = a.q("41,5 triệu USD", 41.5e6, "USD")
    disbursed_up = a.q("17,3%", 17.3, "percent")
    a.fact("fdi_disbursed", disbursed, period=months("2024-01", "2024-08"), status="estimate",
           change=up(disbursed_up, YOY))
    a.q("11.250 tỷ đồng", 11.25e12, "VND")  # total social investment: no metric of the spec
    a.q("68%", 68, "percent")

    in_force = stock("2024-09")  # `Lũy kế đến nay` + projects in force, date line 2024-09-20 (h03)
    a.fact("fdi_projects", a.q("54 dự án", 54, "dự án"), period=in_force)
    a.fact("fdi_capital", a.q("khoảng 3,12 tỷ USD", 3.12e9, "USD", "about"), period=in_force)

    added = a.q("25 triệu USD", 25e6, "USD")
    total = a.q("145 triệu USD", 145e6, "USD")
    a.fact("project_capital", total, period=None, change=up(amount=added), partner="TW", subject=company)
    capacity = a.q("14 triệu đôi", 14e6, "đôi")
    a.fact("production_capacity", capacity, period=None, status="forecast", product="giày", subject=company)
    jobs = a.q("khoảng 12.000 lao động", 12000, "lao động", "about")
    a.fact("employment", jobs, period=None, status="forecast", subject=company)

    a.q("66,72 điểm", 66.72, "điểm")  # a PCI score: no metric
    a.q("63 tỉnh", 63, "tỉnh")

    # `đặt chỉ tiêu` → target; `phấn đấu` governs the period clause after the semicolon.
    target = a.q("5.000 tỷ đồng", 5e12, "VND")
    a.fact("investment_capital", target, period=year(2024), status="target")
    fdi_target = a.q("khoảng 350 triệu USD", 350e6, "USD", "about")
    a.fact("fdi_capital", fdi_target, period=months("2021-01", "2025-12"), status="target")


def e05_yen_bai(a: Annotator) -> None:
    a.main = "Yên Bái"
    a.e("TBTCO", "ORG")
    a.e("Sở Tài chính tỉnh Yên Bái", "ORG")
    a.e("Minh Châu", "PERSON")  # byline
    a.skip("tháng 10", near="Riêng tháng 10")  # a yearless month: a period
    a.every("Yên Bái", "PROVINCE", "Yên Bái")

    # `Lũy kế đến hết tháng 10/2024` for a flow (budget revenue): 2024-01..10 (spec).
    ten = months("2024-01", "2024-10")
    budget = a.q("5.126 tỷ đồng", 5.126e12, "VND")
    a.q("104,6%", 104.6, "percent")  # plan attainment: no change
    budget_up = a.q("12,8%", 12.8, "percent")
    a.fact("budget_revenue", budget, period=ten, change=up(budget_up, YOY))
    domestic = a.q("4.872 tỷ đồng", 4.872e12, "VND")
    domestic_up = a.q("13,5%", 13.5, "percent")
    a.fact("budget_revenue", domestic, period=ten, change=up(domestic_up, YOY), sector="thu nội địa")
    customs = a.q("xấp xỉ 254 tỷ đồng", 254e9, "VND", "about")
    a.fact("budget_revenue", customs, period=ten, sector="thu từ hoạt động xuất nhập khẩu")
    land = a.q("1.415 tỷ đồng", 1.415e12, "VND")
    a.q("1,4 lần", 1.4, "lần")
    a.fact("budget_revenue", land, period=ten, change=up(basis=YOY), sector="thu tiền sử dụng đất")
    state_firms = a.q("chưa đến 180 tỷ đồng", 180e9, "VND", "under")
    state_firms_down = a.q("9,2%", 9.2, "percent")
    a.fact("budget_revenue", state_firms, period=ten, change=down(state_firms_down),
           sector="thu từ khu vực doanh nghiệp nhà nước")

    october = a.q("486 tỷ đồng", 486e9, "VND")  # `Riêng tháng 10`: the year of the stated period
    october_up = a.q("5,1%", 5.1, "percent")
    a.fact("budget_revenue", october, period=months("2024-10", "2024-10"), status="estimate",
           change=up(october_up, PREV))
    a.q("9.630 tỷ đồng", 9.63e12, "VND")  # spending: no metric (c07)

    iip = a.q("8,7%", 8.7, "percent")
    a.fact("industrial_production_index", period=ten, change=up(iip, YOY))
    manufacturing = a.q("10,2%", 10.2, "percent")
    a.fact("industrial_production_index", period=ten, change=up(manufacturing, YOY), sector="chế biến, chế tạo")
    exports = a.q("328 triệu USD", 328e6, "USD")
    exports_up = a.q("16,4%", 16.4, "percent")
    a.fact("export_value", exports, period=ten, status="estimate", change=up(exports_up))

    # `Từ đầu năm đến nay` without a date line: a relative period → null.
    a.fact("new_businesses", a.q("318 doanh nghiệp", 318, "doanh nghiệp"), period=None)
    a.fact("new_businesses", a.q("2.164 tỷ đồng", 2.164e12, "VND"), period=None)
    a.q("41 doanh nghiệp", 41, "doanh nghiệp")  # dissolved firms: no metric
    a.q("mười cụm công nghiệp", 10, "cụm công nghiệp")  # a count of clusters: no metric

    a.fact("budget_revenue", a.q("5.480 tỷ đồng", 5.48e12, "VND"), period=year(2023))
    target = a.q("6.000 tỷ đồng", 6e12, "VND")  # `Năm nay` without a date line → null
    over_plan = a.q("22,4%", 22.4, "percent")
    a.fact("budget_revenue", target, period=None, status="target", change=up(over_plan, PLAN))
    forecast = a.q("khoảng 5.700 tỷ đồng", 5.7e12, "VND", "about")
    a.fact("budget_revenue", forecast, period=None, status="forecast", sector="thu nội địa")


def e06_hau_giang(a: Annotator) -> None:
    a.main = "Hậu Giang"
    company = "Công ty TNHH Thực phẩm Sunrise Việt Nam"
    a.e("TTO", "ORG")
    a.e(company, "ORG")
    a.e("Singapore", "COUNTRY", "SG")
    a.every("KCN Sông Hậu", "INDUSTRIAL_PARK")
    a.e("CHÍ QUỐC", "PERSON")  # photo credit
    a.e("Nhật Bản", "COUNTRY", "JP")
    a.e("Hàn Quốc", "COUNTRY", "KR")
    a.e("EU", "REGION")
    a.e("Tan Wei Ming", "PERSON")
    a.e("Sunrise Việt Nam", "ORG", near="tổng giám đốc Sunrise Việt Nam")
    a.e("Lê Minh Khoa", "PERSON")
    a.e("UBND tỉnh Hậu Giang", "ORG")
    a.e("Đồng bằng sông Cửu Long", "REGION")
    a.every("Hậu Giang", "PROVINCE", "Hậu Giang")
    a.skip("13/5")  # a day
    a.skip("4", near="xếp thứ 4")  # a ranking

    # The project: subject the company; `(Singapore)` is in the previous sentence, so no partner.
    a.q("2.450 tỉ đồng", 2.45e12, "VND", nth=1)  # headline: the body's fact
    capital = a.q("2.450 tỉ đồng", 2.45e12, "VND", nth=2)
    a.fact("project_capital", capital, period=None, subject=company)
    a.q("khoảng 100 triệu USD", 100e6, "USD", "about")  # `tương đương`: the same figure (d10)
    a.q("18 ha", 18, "ha")
    capacity = a.q("60.000 tấn", 60000, "tấn")
    a.fact("production_capacity", capacity, period=None, subject=company)
    # `từ quý III/2025` is the start of operation, not the figure's period (003 Lego, x05).
    revenue = a.q("khoảng 150 triệu USD", 150e6, "USD", "about")
    a.fact("revenue", revenue, period=None, status="forecast", subject=company)
    a.q("80%", 80, "percent")  # a share
    jobs = a.q("khoảng 1.500 lao động", 1500, "lao động", "about")
    a.fact("employment", jobs, period=None, status="forecast", subject=company)

    four = months("2024-01", "2024-04")
    a.fact("investment_projects", a.q("8 dự án", 8, "dự án"), period=four)
    total = a.q("hơn 6.700 tỉ đồng", 6.7e12, "VND", "over")
    added = a.q("2.100 tỉ đồng", 2.1e12, "VND")
    a.fact("investment_capital", total, period=four, change=up(basis=YOY, amount=added))
    # `Cùng kỳ năm trước` as the sentence's own period: the same four months of 2023.
    same_period = months("2023-01", "2023-04")
    a.fact("investment_projects", a.q("5 dự án", 5, "dự án"), period=same_period)
    a.fact("investment_capital", a.q("khoảng 4.600 tỉ đồng", 4.6e12, "VND", "about"), period=same_period)
    a.fact("investment_projects", a.q("27 dự án", 27, "dự án"), period=year(2023))  # `cả năm ngoái`
    last_year = a.q("ngót 19.400 tỉ đồng", 19.4e12, "VND", "nearly")
    a.fact("investment_capital", last_year, period=year(2023))

    exports = a.q("176,5 triệu USD", 176.5e6, "USD")  # `4 tháng đầu năm nay` → 2024-01..04
    exports_up = a.q("21,4%", 21.4, "percent")
    a.fact("export_value", exports, period=four, change=up(exports_up, YOY))
    last_month = a.q("48,6 triệu USD", 48.6e6, "USD")  # `tháng trước` with the date line → 2024-04
    a.fact("export_value", last_month, period=months("2024-04", "2024-04"))
    a.fact("import_value", a.q("58,2 triệu USD", 58.2e6, "USD"), period=four)

    park = a.q("21 dự án", 21, "dự án")  # `Hiện` + date line: a stock, scoped to the park
    a.fact("investment_projects", park, period=stock("2024-05"), sector="KCN Sông Hậu")
    a.q("68%", 68, "percent")  # occupancy: no metric
    grdp = a.q("6,8%", 6.8, "percent")
    a.fact("grdp", period=months("2024-01", "2024-03"), change=up(grdp))

    target = a.q("khoảng 15.000 tỉ đồng", 15e12, "VND", "about")
    a.fact("investment_capital", target, period=year(2024), status="target")
    a.fact("export_value", a.q("600 triệu USD", 600e6, "USD"), period=year(2024), status="target")


def e07_cao_bang(a: Annotator) -> None:
    a.main = "Cao Bằng"
    a.e("Ban Quản lý Khu kinh tế tỉnh Cao Bằng", "ORG")
    a.e("Khu kinh tế cửa khẩu Cao Bằng", "INDUSTRIAL_PARK")
    a.e("Ngọc Anh", "PERSON")  # photo credit
    a.e("Quảng Tây", "FOREIGN_LOCALITY")
    a.e("Trung Quốc", "COUNTRY", "CN")
    a.e("Hoàng Lâm", "PERSON")  # byline
    a.every("Cao Bằng", "PROVINCE", "Cao Bằng")

    half = months("2024-01", "2024-06")
    a.q("412,6 triệu USD", 412.6e6, "USD", nth=1)  # headline (`nửa đầu năm 2024`): the body's fact
    trade = a.q("412,6 triệu USD", 412.6e6, "USD", nth=2)
    trade_up = a.q("38,7%", 38.7, "percent")
    a.q("51,6%", 51.6, "percent")  # plan attainment: no change
    a.fact("trade_value", trade, period=half, change=up(trade_up, YOY))
    exports = a.q("168,3 triệu USD", 168.3e6, "USD")
    exports_added = a.q("57,6 triệu USD", 57.6e6, "USD")
    a.fact("export_value", exports, period=half, change=up(basis=YOY, amount=exports_added))
    imports = a.q("244,3 triệu USD", 244.3e6, "USD")
    imports_up = a.q("30,6%", 30.6, "percent")
    a.fact("import_value", imports, period=half, change=up(imports_up, YOY))
    deficit = a.q("khoảng 76 triệu USD", 76e6, "USD", "about")
    a.fact("trade_balance", deficit, period=half, negative=True)

    # Border gates: scope restrictions, sector as written (x07).
    ta_lung = a.q("236,5 triệu USD", 236.5e6, "USD")
    a.fact("trade_value", ta_lung, period=half, sector="cửa khẩu quốc tế Tà Lùng")
    a.q("57,3%", 57.3, "percent")  # a share
    tra_linh = a.q("118,2 triệu USD", 118.2e6, "USD")
    a.q("2,1 lần", 2.1, "lần")
    a.fact("trade_value", tra_linh, period=half, change=up(basis=YOY), sector="cửa khẩu Trà Lĩnh")

    farm = a.q("47,8 triệu USD", 47.8e6, "USD")  # parent is a list without figure or basis (h05)
    farm_up = a.q("64,2%", 64.2, "percent")
    a.fact("export_value", farm, period=half, change=up(farm_up), product="nông sản")
    jobs = a.q("hơn 3.500 lao động", 3500, "lao động", "over")  # `Trong 6 tháng` → 2024
    a.fact("employment", jobs, period=half)

    q2 = a.q("231,4 triệu USD", 231.4e6, "USD")
    q2_up = a.q("27,9%", 27.9, "percent")
    a.fact("trade_value", q2, period=months("2024-04", "2024-06"), change=up(q2_up, PREV))
    customs = a.q("342,5 tỷ đồng", 342.5e9, "VND")
    customs_up = a.q("14,2%", 14.2, "percent")
    a.fact("budget_revenue", customs, period=half, change=up(customs_up, YOY),
           sector="thu từ hoạt động xuất nhập khẩu")
    # `dự kiến cả năm`: a period without its year takes the year of the nearest period stated before
    # it (`6 tháng` after `Riêng quý II/2024`) → 2024 (v1.4; v1.3 read it as relative → null).
    customs_forecast = a.q("khoảng 650 tỷ đồng", 650e9, "VND", "about")
    a.fact("budget_revenue", customs_forecast, period=year(2024), status="forecast",
           sector="thu từ hoạt động xuất nhập khẩu")

    zone = "Khu kinh tế cửa khẩu Cao Bằng"  # `Hiện` without a date line → null
    a.fact("investment_projects", a.q("37 dự án", 37, "dự án"), period=None, sector=zone)
    a.fact("investment_capital", a.q("9.850 tỷ đồng", 9.85e12, "VND"), period=None, sector=zone)

    a.fact("trade_value", a.q("676 triệu USD", 676e6, "USD"), period=year(2023))
    a.fact("trade_value", a.q("800 triệu USD", 800e6, "USD"), period=None, status="target")
    export_target = a.q("khoảng 330 triệu USD", 330e6, "USD", "about")
    a.fact("export_value", export_target, period=None, status="target")

    a.q("khoảng 180.000 đồng", 180000, "VND", "about")  # a price
    a.q("20.000 đồng", 20000, "VND")


def e08_ninh_thuan(a: Annotator) -> None:
    a.main = "Ninh Thuận"
    plant = "Nhà máy điện mặt trời Phước Minh"
    a.e("Duyên hải Nam Trung Bộ", "REGION")
    a.e("UBND tỉnh Ninh Thuận", "ORG")
    a.e("HĐND tỉnh", "ORG")
    a.e("Công ty CP Năng lượng Xanh Phước Minh", "ORG")
    a.every("Ninh Thuận", "PROVINCE", "Ninh Thuận")

    y2024 = year(2024)
    a.q("10,5%", 10.5, "percent", nth=1)  # headline: the sapo's fact
    grdp = a.q("10,5%", 10.5, "percent", nth=2)  # the sapo states figures: body text
    a.fact("grdp", period=y2024, status="estimate", change=up(grdp))
    size = a.q("61.350 tỷ đồng", 61.35e12, "VND")
    a.fact("grdp", size, period=y2024, status="estimate")
    a.q("10,5%", 10.5, "percent", nth=3)  # `mức tăng trưởng 10,5%`: the same fact again
    plan = a.q("9,5%", 9.5, "percent")  # the plan base, with the clause's period (d04)
    a.fact("grdp", period=y2024, status="target", change=up(plan))
    a.q("khoảng 101,2 triệu đồng", 101.2e6, "VND", "about")  # GRDP per head: no metric
    a.q("9,1 triệu đồng", 9.1e6, "VND")

    iip = a.q("14,2%", 14.2, "percent")  # `cả năm` + date line → 2024; `so với năm 2023` = YoY
    a.fact("industrial_production_index", period=y2024, status="estimate", change=up(iip, YOY))
    power = a.q("18,6%", 18.6, "percent")
    a.fact("industrial_production_index", period=y2024, status="estimate", change=up(power, YOY),
           sector="sản xuất và phân phối điện")
    a.q("hơn 60%", 60, "percent", "over")  # a share
    a.q("khoảng 9,8 tỷ kWh", 9.8e9, "kWh", "about")  # output in kWh: no metric

    a.fact("production_capacity", a.q("300 MW", 300, "MW"), period=None, subject=plant)
    capital = a.q("khoảng 7.200 tỷ đồng", 7.2e12, "VND", "about")
    a.fact("project_capital", capital, period=None, subject=plant)
    a.q("hai nhà máy", 2, "nhà máy")

    firms = a.q("486 doanh nghiệp", 486, "doanh nghiệp")
    firms_down = a.q("1,8%", 1.8, "percent")
    a.fact("new_businesses", firms, period=y2024, change=down(firms_down, YOY))
    a.fact("new_businesses", a.q("4.920 tỷ đồng", 4.92e12, "VND"), period=y2024)
    budget = a.q("4.310 tỷ đồng", 4.31e12, "VND")
    over_plan = a.q("11,3%", 11.3, "percent")  # `vượt X% dự toán` → plan
    a.fact("budget_revenue", budget, period=y2024, status="estimate", change=up(over_plan, PLAN))
    exports = a.q("362 triệu USD", 362e6, "USD")
    exports_up = a.q("9,6%", 9.6, "percent")
    a.fact("export_value", exports, period=y2024, status="estimate", change=up(exports_up))
    a.q("khoảng 41%", 41, "percent", "about")  # a share
    a.q("khoảng 3,2 triệu lượt khách", 3.2e6, "lượt khách", "about")
    tourism = a.q("4.150 tỷ đồng", 4.15e12, "VND")
    tourism_up = a.q("16%", 16, "percent")
    a.fact("revenue", tourism, period=y2024, status="estimate", change=up(tourism_up), sector="du lịch")

    y2025 = year(2025)
    grdp_target = a.q("khoảng 12%", 12, "percent", "about")
    a.fact("grdp", period=y2025, status="target", change=up(grdp_target))
    a.fact("budget_revenue", a.q("5.000 tỷ đồng", 5e12, "VND"), period=y2025, status="target")
    a.fact("export_value", a.q("400 triệu USD", 400e6, "USD"), period=y2025, status="target")
    term = months("2021-01", "2025-12")
    average = a.q("9,1%", 9.1, "percent")
    a.fact("grdp", period=term, status="forecast", change=up(average, AVG))
    goal = a.q("8,5%", 8.5, "percent")  # the plan base of the comparison
    a.fact("grdp", period=term, status="target", change=up(goal, AVG))


ARTICLE_BUILDERS: tuple[Callable[[Annotator], None], ...] = (
    e01_ha_noi, e02_dak_lak, e03_dong_thap, e04_tra_vinh,
    e05_yen_bai, e06_hau_giang, e07_cao_bang, e08_ninh_thuan,
)


GOLD_SET = GoldSet.in_corpus("blind3", ARTICLE_BUILDERS)
main = GOLD_SET.main


if __name__ == "__main__":
    sys.exit(main(sys.argv))
