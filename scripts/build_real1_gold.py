"""Gold of the real1 set (spec v1.4): 16 articles written from real public pages
(northern Vietnam, the Red River delta, national round-ups). One build function
per article, named as its stem; see corpus/real1/NOTES.md for every call.

    /work/main/.venv/bin/python scripts/build_real1_gold.py            # build + check
    /work/main/.venv/bin/python scripts/build_real1_gold.py validate   # check written files
"""

from __future__ import annotations

import sys

from goldkit import (AVG, NATIONAL, PLAN, PREV, YOY, Annotator, GoldSet, down, month, months, quarter,
                     stock, up, year, ytd)

VN = NATIONAL
HCM = "TP. Hồ Chí Minh"


def provinces(a: Annotator, *names: str) -> None:
    for name in names:
        a.every(name, "PROVINCE", name)


# --------------------------------------------------------------------- ra01


def ra01_ca_nuoc_2015(a: Annotator) -> None:
    # No header, no province in the headline: main = most named in the body (Thái Nguyên).
    a.main = "Thái Nguyên"
    a.e("Tổng cục Hải quan", "ORG")
    a.every("TP Hồ Chí Minh", "PROVINCE", HCM)
    provinces(a, "Bắc Ninh", "Bình Dương", "Đồng Nai", "Hà Nội", "Thái Nguyên")
    a.e("vùng kinh tế trọng điểm Đông Nam Bộ", "REGION")
    a.e("CAND", "ORG")

    a.q("Sáu địa phương", 6, "địa phương")
    a.q("trên 10 tỷ USD", 10e9, "USD", "over")
    a.q("6 tỉnh", 6, "tỉnh")
    a.q("10 tỷ USD", 10e9, "USD", near="từ 10 tỷ USD trở lên")
    a.q("1 địa phương", 1, "địa phương")
    hcm = a.q("30,265 tỷ USD", 30.265e9, "USD")
    bn = a.q("21,532 tỷ USD", 21.532e9, "USD")
    bd = a.q("18,651 tỷ USD", 18.651e9, "USD")
    dn = a.q("14,063 tỷ USD", 14.063e9, "USD")
    hn = a.q("10,475 tỷ USD", 10.475e9, "USD")
    vn = a.q("162,111 tỷ USD", 162.111e9, "USD")
    a.q("6 địa phương", 6, "địa phương")
    a.q("hơn 68,4%", 68.4, "percent", "over")
    tn14 = a.q("7,927 tỷ USD", 7.927e9, "USD")
    tn15 = a.q("15,973 tỷ USD", 15.973e9, "USD")
    more = a.q("hơn 8 tỷ USD", 8e9, "USD", "over")
    a.skip("4", near="thứ 4 cả nước")
    a.skip("thứ hai với")

    p = year(2015)
    a.fact("export_value", hcm, period=p, location=HCM)
    a.fact("export_value", bn, period=p, location="Bắc Ninh")
    a.fact("export_value", bd, period=p, location="Bình Dương")
    a.fact("export_value", dn, period=p, location="Đồng Nai")
    a.fact("export_value", hn, period=p, location="Hà Nội")
    a.fact("export_value", vn, period=p, location=VN)
    a.fact("export_value", tn15, period=p, location="Thái Nguyên", change=up(None, YOY, amount=more))
    a.fact("export_value", tn14, period=year(2014), location="Thái Nguyên")


# --------------------------------------------------------------------- ra02


def ra02_phu_tho(a: Annotator) -> None:
    a.main = "Phú Thọ"
    a.e("Việt Nam", "COUNTRY", "VN")
    a.e("Bộ Công Thương", "ORG")
    a.every("TP. Hồ Chí Minh", "PROVINCE", HCM)
    provinces(a, "Phú Thọ", "Bắc Ninh", "Bình Dương", "Thái Nguyên", "Hải Phòng", "Đồng Nai", "Bắc Giang",
              "Hà Nội", "Hải Dương", "Tuyên Quang", "Hà Giang", "Cao Bằng", "Đắk Nông", "Ninh Thuận", "Bắc Kạn",
              "Sơn La", "Lai Châu", "Điện Biên")

    a.q("91,5%", 91.5, "percent", nth=1)
    a.q("10 địa phương", 10, "địa phương", nth=1)
    a.q("10 địa phương", 10, "địa phương", nth=2)
    vn = a.q("336,310 tỷ USD", 336.31e9, "USD")
    vn_up = a.q("19%", 19, "percent")
    a.q("10 tỉnh", 10, "tỉnh")
    a.skip("3 bậc", nth=1)
    a.skip("10", near="Xếp thứ 10")
    a.skip("3 bậc", nth=2)
    pt = a.q("8,2 tỷ USD", 8.2e9, "USD")
    pt_up = a.q("91,5%", 91.5, "percent", nth=2)
    hcm = a.q("44,902 tỷ USD", 44.902e9, "USD")
    hcm_up = a.q("1,2%", 1.2, "percent")
    hn = a.q("15,5 tỷ USD", 15.5e9, "USD")
    hn_up = a.q("2,2%", 2.2, "percent")
    a.skip("1 bậc")
    a.skip("8", near="thứ 8")
    db = a.q("15,702 triệu USD", 15.702e6, "USD")
    db_down = a.q("60,3%", 60.3, "percent")
    a.skip("3 bậc", nth=3)
    bk = a.q("41,248 triệu USD", 41.248e6, "USD")

    p = year(2021)
    a.fact("export_value", vn, period=p, location=VN, change=up(vn_up, YOY))
    # The change-only headline (+91,5%) restates this fact: merged.
    a.fact("export_value", pt, period=p, change=up(pt_up, YOY))
    a.fact("export_value", hcm, period=p, location=HCM, change=up(hcm_up, YOY))
    a.fact("export_value", hn, period=p, location="Hà Nội", change=up(hn_up))
    a.fact("export_value", db, period=p, location="Điện Biên", change=down(db_down, YOY))
    a.fact("export_value", bk, period=p, location="Bắc Kạn")


# --------------------------------------------------------------------- ra03


def ra03_bac_ninh(a: Annotator) -> None:
    a.main = "Bắc Ninh"
    a.every("Cục Thống kê Bắc Ninh", "ORG")
    provinces(a, "Bắc Ninh")
    a.e("Vũ Minh Giang", "PERSON")
    a.e("Công ty TNHH Flexcom Việt Nam", "ORG")
    a.e("khu công nghiệp Yên Phong", "INDUSTRIAL_PARK")
    a.e("TBTCO", "ORG")
    a.e("Phạm Khắc Nam", "PERSON")
    a.e("Sở Công Thương", "ORG")
    a.skip("Covid-19")

    a.q("hơn 6,4 tỷ USD", 6.4e9, "USD", "over")
    ex = a.q("hơn 45 tỷ USD", 45e9, "USD", "over")
    im = a.q("gần 39 tỷ USD", 39e9, "USD", "nearly")
    bal = a.q("trên 6,4 tỷ USD", 6.4e9, "USD", "over")
    grdp = a.q("6,9%", 6.9, "percent")
    iip = a.q("9,67%", 9.67, "percent")
    firms = a.q("2.344 doanh nghiệp", 2344, "doanh nghiệp")
    cap = a.q("hơn 28 nghìn tỷ đồng", 28e12, "VND", "over")
    a.q("khoảng 1,23 tỷ USD", 1.23e9, "USD", "about")
    firms_down = a.q("1,9%", 1.9, "percent")
    cap_up = a.q("18,7%", 18.7, "percent")
    fdi_n = a.q("131 dự án", 131, "dự án")
    fdi_v = a.q("hơn 1,2 tỷ USD", 1.2e9, "USD", "over")
    budget = a.q("32.440 tỷ đồng", 32.44e12, "VND")
    plan = a.q("16,5%", 16.5, "percent")
    budget_up = a.q("5,4%", 5.4, "percent")

    p = year(2021)
    a.fact("export_value", ex, period=p)
    a.fact("import_value", im, period=p)
    a.fact("trade_balance", bal, period=p)  # the headline figure restates it
    a.fact("grdp", None, period=p, change=up(grdp, YOY), other_changes=[up(None, PLAN)])
    a.fact("industrial_production_index", None, period=p, change=up(iip, YOY))
    a.fact("new_businesses", firms, period=p, change=down(firms_down, YOY))
    a.fact("new_businesses", cap, period=p, change=up(cap_up, YOY))
    a.fact("fdi_projects", fdi_n, period=p)
    a.fact("fdi_capital", fdi_v, period=p)
    a.fact("budget_revenue", budget, period=p, change=up(budget_up, YOY), other_changes=[up(plan, PLAN)])


# --------------------------------------------------------------------- ra04


def ra04_quang_ninh(a: Annotator) -> None:
    a.main = "Quảng Ninh"
    provinces(a, "Quảng Ninh")
    a.every("Trung Quốc", "COUNTRY", "CN")
    a.e("Việt Nam", "COUNTRY", "VN")

    a.q("Hơn 2.000 doanh nghiệp", 2000, "doanh nghiệp", "over")
    a.q("gần 80 quốc gia và vùng lãnh thổ", 80, "quốc gia", "nearly", nth=1)
    ex = a.q("1,27 tỷ USD", 1.27e9, "USD")
    ex_up = a.q("16,1%", 16.1, "percent")
    im = a.q("1,414 tỷ USD", 1.414e9, "USD")
    im_up = a.q("16%", 16, "percent")
    ex5 = a.q("hơn 16 tỷ USD", 16e9, "USD", "over")
    avg = a.q("11,2%", 11.2, "percent")
    a.q("khoảng 2.000 doanh nghiệp", 2000, "doanh nghiệp", "about")
    markets = a.q("gần 80 quốc gia và vùng lãnh thổ", 80, "quốc gia", "nearly", nth=2)
    a.skip("54")  # `con số 54`: no unit written, no quantity

    p = months("2025-01", "2025-04")
    a.fact("export_value", ex, period=p, status="estimate", change=up(ex_up, YOY))
    a.fact("import_value", im, period=p, change=up(im_up))
    a.fact("export_value", ex5, period=months("2020-01", "2024-12"), change=up(avg, AVG),
           other_changes=[up(None, PLAN)])
    # `Hiện ...`: a stock at the date's month; the headline figure restates it.
    a.fact("export_markets", markets, period=stock("2025-05"), change=up())


# --------------------------------------------------------------------- ra05


def ra05_hung_yen(a: Annotator) -> None:
    a.main = "Hưng Yên"
    a.e("UBND tỉnh Hưng Yên", "ORG")
    a.e("Sở Tài chính", "ORG")
    provinces(a, "Hưng Yên", "Thái Bình")

    a.q("gần 45.000 tỷ đồng", 45000e9, "VND", "nearly")
    a.q("hai tỉnh", 2, "tỉnh")
    grdp = a.q("9%", 9, "percent", near="(GRDP) của tỉnh Hưng Yên tăng 9%")
    s1 = a.q("10,67%", 10.67, "percent")
    s2 = a.q("6,61%", 6.61, "percent")
    s3 = a.q("2,39%", 2.39, "percent")
    ex = a.q("4.200 triệu USD", 4.2e9, "USD")
    ex_up = a.q("29,23%", 29.23, "percent")
    im = a.q("3.556 triệu USD", 3.556e9, "USD")
    im_up = a.q("19,13%", 19.13, "percent")
    inv_vnd = a.q("103.312 tỷ đồng", 103312e9, "VND")
    inv_usd = a.q("593,8 triệu USD", 593.8e6, "USD")
    budget = a.q("44.963 tỷ đồng", 44963e9, "VND")
    a.q("100,1%", 100.1, "percent")
    tb_grdp = a.q("36.154 tỷ đồng", 36154e9, "VND")
    tb_up = a.q("9%", 9, "percent", near="tăng 9% so với cùng kỳ năm 2024")
    a.q("105.954 tỷ đồng", 105954e9, "VND")
    a.q("14,01%", 14.01, "percent")
    tb_ind = a.q("22,28%", 22.28, "percent")
    a.q("2,27%", 2.27, "percent")
    a.q("6,88%", 6.88, "percent")
    a.q("9,62%", 9.62, "percent")
    tb_budget = a.q("28.928 tỷ đồng", 28928e9, "VND")
    a.q("127%", 127, "percent")

    h = months("2025-01", "2025-06")
    a.fact("grdp", None, period=h, change=up(grdp))
    a.fact("grdp", None, period=h, change=up(s1), sector="khu vực công nghiệp và xây dựng")
    a.fact("grdp", None, period=h, change=up(s2), sector="thương mại, dịch vụ")
    a.fact("grdp", None, period=h, change=up(s3), sector="nông, lâm nghiệp và thủy sản")
    a.fact("export_value", ex, period=h, status="estimate", change=up(ex_up))
    a.fact("import_value", im, period=h, change=up(im_up, YOY))
    a.fact("investment_capital", inv_vnd, period=h)
    a.fact("investment_capital", inv_usd, period=h)
    a.fact("budget_revenue", budget, period=ytd("2025-06"))  # the headline restates it
    a.fact("grdp", tb_grdp, period=h, status="estimate", change=up(tb_up, YOY), location="Thái Bình")
    a.fact("industrial_production_value", None, period=h, status="estimate", change=up(tb_ind),
           location="Thái Bình")
    a.fact("budget_revenue", tb_budget, period=h, location="Thái Bình")


# --------------------------------------------------------------------- ra06


def ra06_hung_yen_grdp(a: Annotator) -> None:
    a.main = "Hưng Yên"
    provinces(a, "Hưng Yên", "Thái Bình")
    a.e("đồng bằng sông Hồng", "REGION")

    a.q("7,7%", 7.7, "percent")
    a.q("gần 160.000 tỷ đồng", 160000e9, "VND", "nearly")
    a.q("930,2 km2", 930.2, "km2")
    a.q("1.584,6 km2", 1584.6, "km2")
    a.q("khoảng 2.514,8 km2", 2514.8, "km2", "about")
    year_up = a.q("7,70%", 7.70, "percent")
    q1 = a.q("6,07%", 6.07, "percent")
    q2 = a.q("8,74%", 8.74, "percent")
    q3 = a.q("8,70%", 8.70, "percent")
    q4 = a.q("7,24%", 7.24, "percent")
    size = a.q("159.844 tỷ đồng", 159844e9, "VND")
    a.q("172 tỷ đồng", 172e9, "VND")
    a.skip("km2", near="đồng/km2")

    a.fact("grdp", None, period=year(2024), status="estimate", change=up(year_up, YOY))
    a.fact("grdp", None, period=quarter(2024, 1), change=up(q1))
    a.fact("grdp", None, period=quarter(2024, 2), change=up(q2))
    a.fact("grdp", None, period=quarter(2024, 3), change=up(q3))
    a.fact("grdp", None, period=quarter(2024, 4), change=up(q4, YOY))
    a.fact("grdp", size, period=year(2024))


# --------------------------------------------------------------------- ra07


def ra07_ha_noi(a: Annotator) -> None:
    a.main = "Hà Nội"
    provinces(a, "Hà Nội")

    may = a.q("hơn 1 tỷ USD", 1e9, "USD", "over")
    prev = a.q("2,5%", 2.5, "percent")
    yoy = a.q("6,3%", 6.3, "percent")
    p1 = a.q("50,5%", 50.5, "percent")
    p2 = a.q("19,8%", 19.8, "percent")
    p3 = a.q("21,4%", 21.4, "percent")
    d1 = a.q("21,9%", 21.9, "percent")
    d2 = a.q("11,4%", 11.4, "percent")
    d3 = a.q("9,9%", 9.9, "percent")
    five = a.q("5,1 tỷ USD", 5.1e9, "USD")
    five_up = a.q("11%", 11, "percent")
    c1 = a.q("14,2%", 14.2, "percent")
    c2 = a.q("14,4%", 14.4, "percent")
    c3 = a.q("14,6%", 14.6, "percent")
    c4 = a.q("17,4%", 17.4, "percent")

    m = month("2018-05")
    a.fact("export_value", may, period=m, change=up(yoy, YOY), other_changes=[up(prev, PREV)])
    a.fact("export_value", None, period=m, change=up(p1, YOY), product="điện tử")
    a.fact("export_value", None, period=m, change=up(p2, YOY), product="linh kiện máy tính và thiết bị ngoại vi")
    a.fact("export_value", None, period=m, change=up(p3, YOY), product="phương tiện vận tải và phụ tùng")
    a.fact("export_value", None, period=m, change=down(d1, YOY), product="giày dép các loại và sản phẩm từ da")
    a.fact("export_value", None, period=m, change=down(d2, YOY), product="máy móc, thiết bị, phụ tùng")
    a.fact("export_value", None, period=m, change=down(d3, YOY),
           product="thủy tinh và các sản phẩm từ thủy tinh")
    f = months("2018-01", "2018-05")
    a.fact("export_value", five, period=f, change=up(five_up, YOY))
    a.fact("export_value", None, period=f, change=up(c1), product="dệt may")
    a.fact("export_value", None, period=f, change=up(c2), product="điện tử")
    a.fact("export_value", None, period=f, change=up(c3), product="linh kiện máy tính và thiết bị ngoại vi")
    a.fact("export_value", None, period=f, change=up(c4), product="phương tiện vận tải và phụ tùng")


# --------------------------------------------------------------------- ra08


def ra08_lao_cai(a: Annotator) -> None:
    a.main = "Lào Cai"
    provinces(a, "Lào Cai")
    a.every("Trung Quốc", "COUNTRY", "CN")
    a.e("VnEconomy", "ORG")
    a.skip("Covid-19")
    a.skip("tháng 2")
    a.skip("tháng 4")

    ex = a.q("708 triệu USD", 708e6, "USD")
    ex_down = a.q("31,28%", 31.28, "percent")
    im = a.q("460,05 triệu USD", 460.05e6, "USD")
    im_down = a.q("18,58%", 18.58, "percent")
    other = a.q("498,85 triệu USD", 498.85e6, "USD")
    other_down = a.q("56,8%", 56.8, "percent")
    a.q("khoảng 300 xe", 300, "xe", "about")

    p = months("2022-01", "2022-09")
    a.fact("export_value", ex, period=p, status="estimate", change=down(ex_down, YOY))
    a.fact("import_value", im, period=p, status="estimate", change=down(im_down))
    a.fact("trade_value", other, period=p, status="estimate", change=down(other_down, YOY),
           sector="các loại hình khác")


# --------------------------------------------------------------------- ra09


def ra09_vinh_phuc(a: Annotator) -> None:
    a.main = "Vĩnh Phúc"
    provinces(a, "Vĩnh Phúc")
    a.e("HĐND tỉnh", "ORG")
    a.e("UBND tỉnh", "ORG")
    a.e("Toyota Việt Nam", "ORG")
    a.e("Minh Đức", "ORG")
    a.e("Fuchuan", "ORG")
    a.e("Khu công nghiệp Minh Phương", "INDUSTRIAL_PARK")
    a.e("Khu công nghiệp Đồng Sóc", "INDUSTRIAL_PARK")

    a.skip("37")
    fdi_t = a.q("250 triệu USD", 250e6, "USD")
    ddi_t = a.q("2.500 tỷ đồng", 2500e9, "VND")
    total = a.q("92 dự án", 92, "dự án")
    ddi_new = a.q("35 dự án", 35, "dự án")
    ddi_adj = a.q("10 dự án", 10, "dự án")
    ddi_cap = a.q("5.570 tỷ đồng", 5570e9, "VND")
    ddi_up = a.q("97%", 97, "percent")
    ddi_plan = a.q("82%", 82, "percent")
    fdi_new = a.q("57 dự án", 57, "dự án")
    fdi_adj = a.q("33 dự án", 33, "dự án")
    fdi_cap = a.q("450 triệu USD", 450e6, "USD")
    fdi_plan = a.q("80%", 80, "percent")
    toyota = a.q("hơn 75 triệu USD", 75e6, "USD", "over")
    housing = a.q("51 triệu USD", 51e6, "USD")
    mp = a.q("156 tỷ đồng", 156e9, "VND")
    ds = a.q("406 tỷ đồng", 406e9, "VND")

    p = year(2018)
    a.fact("fdi_capital", fdi_t, period=p, status="target")
    a.fact("ddi_capital", ddi_t, period=p, status="target")
    a.fact("investment_projects", total, period=p, status="estimate")
    a.fact("ddi_projects", ddi_new, period=p, sector="cấp mới")
    a.fact("ddi_projects", ddi_adj, period=p, sector="điều chỉnh tăng vốn")
    a.fact("ddi_capital", ddi_cap, period=p, change=up(ddi_up, YOY), other_changes=[up(ddi_plan, PLAN)])
    a.fact("fdi_projects", fdi_new, period=p, sector="cấp mới")
    a.fact("fdi_projects", fdi_adj, period=p, sector="điều chỉnh tăng vốn")
    a.fact("fdi_capital", fdi_cap, period=p, change=up(fdi_plan, PLAN))
    a.fact("project_capital", toyota, period=None, subject="dự án mở rộng nhà máy của Toyota Việt Nam")
    a.fact("project_capital", housing, period=None, subject="dự án nhà ở công nhân của Minh Đức và Fuchuan")
    a.fact("project_capital", mp, period=None, subject="dự án hạ tầng Khu công nghiệp Minh Phương")
    a.fact("project_capital", ds, period=None, subject="dự án hạ tầng Khu công nghiệp Đồng Sóc")


# --------------------------------------------------------------------- ra10


def ra10_fdi_ca_nuoc(a: Annotator) -> None:
    # Every paragraph names Việt Nam / cả nước; the main province (tie, first named) is Bắc Ninh.
    a.main = "Bắc Ninh"
    a.e("Cục Thống kê", "ORG")
    a.e("Bộ Tài chính", "ORG")
    a.e("Cục Đầu tư nước ngoài", "ORG")
    a.every("Việt Nam", "COUNTRY", "VN")
    a.every("Singapore", "COUNTRY", "SG")
    a.every("Trung Quốc", "COUNTRY", "CN")
    a.e("Hồng Kông", "COUNTRY", "HK")
    a.e("Nhật Bản", "COUNTRY", "JP")
    a.e("Thụy Điển", "COUNTRY", "SE")
    a.every("TP.HCM", "PROVINCE", HCM)
    provinces(a, "Bắc Ninh", "Hải Phòng", "Hưng Yên", "Gia Lai", "Đồng Nai")

    a.q("31,52 tỷ USD", 31.52e9, "USD", nth=1)
    total = a.q("31,52 tỷ USD", 31.52e9, "USD", nth=2)
    total_up = a.q("15,6%", 15.6, "percent")
    n_new = a.q("3.321 dự án", 3321, "dự án")
    v_new = a.q("14,07 tỷ USD", 14.07e9, "USD")
    n_up = a.q("21,1%", 21.1, "percent")
    v_down = a.q("7,6%", 7.6, "percent")
    manu = a.q("7,97 tỷ USD", 7.97e9, "USD")
    a.q("56,7%", 56.7, "percent")
    real = a.q("2,75 tỷ USD", 2.75e9, "USD")
    a.q("19,5%", 19.5, "percent")
    rest = a.q("3,35 tỷ USD", 3.35e9, "USD")
    a.q("23,8%", 23.8, "percent")
    a.q("87 quốc gia và vùng lãnh thổ", 87, "quốc gia")
    sg = a.q("3,76 tỷ USD", 3.76e9, "USD")
    a.q("26,7%", 26.7, "percent")
    cn = a.q("3,21 tỷ USD", 3.21e9, "USD")
    a.q("22,8%", 22.8, "percent")
    hk = a.q("1,38 tỷ USD", 1.38e9, "USD")
    a.q("9,8%", 9.8, "percent")
    jp = a.q("1,17 tỷ USD", 1.17e9, "USD")
    a.q("8,3%", 8.3, "percent")
    se = a.q("1 tỷ USD", 1e9, "USD")
    a.q("7,1%", 7.1, "percent")
    bn = a.q("hơn 1,7 tỷ USD", 1.7e9, "USD", "over")
    hcm = a.q("trên 1,6 tỷ USD", 1.6e9, "USD", "over")
    hp = a.q("hơn 1,5 tỷ USD", 1.5e9, "USD", "over")
    hy_gl = a.q("gần 1,4 tỷ USD", 1.4e9, "USD", "nearly")
    dn = a.q("gần 1,2 tỷ USD", 1.2e9, "USD", "nearly")
    a.skip("thứ hai với")

    p = ytd("2025-10")
    new = "cấp mới"
    a.fact("fdi_capital", total, period=p, location=VN, change=up(total_up, YOY))  # headline restates it
    a.fact("fdi_projects", n_new, period=p, location=VN, change=up(n_up, YOY), sector=new)
    a.fact("fdi_capital", v_new, period=p, location=VN, change=down(v_down, YOY), sector=new)
    for value in (manu, real, rest):
        a.fact("fdi_capital", value, period=p, location=VN, sector=new)
    for value, partner in ((sg, "SG"), (cn, "CN"), (hk, "HK"), (jp, "JP"), (se, "SE")):
        a.fact("fdi_capital", value, period=p, location=VN, partner=partner, sector=new)
    for value, place in ((bn, "Bắc Ninh"), (hcm, HCM), (hp, "Hải Phòng"), (hy_gl, "Hưng Yên"),
                         (hy_gl, "Gia Lai"), (dn, "Đồng Nai")):
        a.fact("fdi_capital", value, period=p, location=place, sector=new)


# --------------------------------------------------------------------- ra11


def ra11_iip_ca_nuoc(a: Annotator) -> None:
    # Every paragraph and the headline state `cả nước`; main province (tie, first named) is Vĩnh Long.
    a.main = "Vĩnh Long"
    a.every("Cục Thống kê", "ORG")
    a.e("Bộ Tài chính", "ORG")
    a.every("TP.HCM", "PROVINCE", HCM)
    provinces(a, "Vĩnh Long", "Hải Phòng", "Đà Nẵng", "Bắc Ninh")
    a.skip("tháng 8", near="Trong tháng 8,")
    a.skip("tháng 8", near="hàng hóa tháng 8 của")

    a.q("8,5%", 8.5, "percent", nth=1)
    prev = a.q("2,2%", 2.2, "percent")
    aug = a.q("8,9%", 8.9, "percent")
    s1 = a.q("9,5%", 9.5, "percent")
    s2 = a.q("9,1%", 9.1, "percent")
    s3 = a.q("6,1%", 6.1, "percent")
    s4 = a.q("2,4%", 2.4, "percent")
    eight = a.q("8,5%", 8.5, "percent", nth=2)
    base = a.q("8,4%", 8.4, "percent")
    manu = a.q("10%", 10, "percent", nth=1)
    a.q("8,5%", 8.5, "percent", nth=3)
    a.q("10%", 10, "percent", nth=2)
    vl = a.q("10,1%", 10.1, "percent")
    hp = a.q("7,8%", 7.8, "percent")
    hcm = a.q("5,4%", 5.4, "percent")
    dn = a.q("1,7%", 1.7, "percent")
    bn = a.q("1,2%", 1.2, "percent")
    ex = a.q("43,39 tỷ USD", 43.39e9, "USD")
    ex_up = a.q("14,5%", 14.5, "percent")
    a.q("gần 75%", 75, "percent", "nearly")

    iip = "industrial_production_index"
    m = month("2025-08")
    a.fact(iip, None, period=m, status="estimate", location=VN, change=up(aug, YOY),
           other_changes=[up(prev, PREV)])
    for q, sector in ((s1, "chế biến, chế tạo"), (s2, "khai khoáng"), (s3, "sản xuất và phân phối điện"),
                      (s4, "cung cấp nước, hoạt động quản lý và xử lý rác thải, nước thải")):
        a.fact(iip, None, period=m, status="estimate", location=VN, change=up(q, YOY), sector=sector)
    e8 = months("2025-01", "2025-08")
    a.fact(iip, None, period=e8, status="estimate", location=VN, change=up(eight, YOY))  # headline, caption
    a.fact(iip, None, period=months("2024-01", "2024-08"), location=VN, change=up(base))
    a.fact(iip, None, period=e8, location=VN, change=up(manu), sector="chế biến, chế tạo")  # caption too
    a.fact(iip, None, period=m, location="Vĩnh Long", change=up(vl))
    a.fact(iip, None, period=m, location="Hải Phòng", change=up(hp))
    a.fact(iip, None, period=m, location=HCM, change=up(hcm))
    a.fact(iip, None, period=m, location="Đà Nẵng", change=down(dn))
    a.fact(iip, None, period=m, location="Bắc Ninh", change=down(bn))
    a.fact("export_value", ex, period=m, location=VN, change=up(ex_up, YOY))


# --------------------------------------------------------------------- ra12


def ra12_thai_nguyen(a: Annotator) -> None:
    # `location Thái Nguyên` header: the article never names its province.
    a.e("Sở Công Thương", "ORG")
    a.skip("Covid-19")

    a.q("hơn 567 nghìn tỷ đồng", 567e12, "VND", "over")
    q1 = a.q("4,81%", 4.81, "percent")
    q2 = a.q("5,25%", 5.25, "percent")
    ipv = a.q("567.634,2 tỷ đồng", 567634.2e9, "VND")
    ipv_up = a.q("2,5%", 2.5, "percent")
    a.q("70,7%", 70.7, "percent")
    ex = a.q("20,32 tỷ USD", 20.32e9, "USD")
    ex_down = a.q("5,6%", 5.6, "percent")
    a.q("68,9%", 68.9, "percent")
    plan = a.q("803.300 tỷ đồng", 803300e9, "VND")
    plan_up = a.q("8%", 8, "percent")
    central = a.q("24.603 tỷ đồng", 24603e9, "VND")

    iip = "industrial_production_index"
    a.fact(iip, None, period=quarter(2020, 1), change=down(q1, YOY))
    a.fact(iip, None, period=quarter(2020, 2), change=down(q2, YOY))
    n = months("2020-01", "2020-09")
    a.fact("industrial_production_value", ipv, period=n, status="estimate", change=up(ipv_up, YOY))  # headline
    a.fact("export_value", ex, period=n, status="estimate", change=down(ex_down, YOY))
    a.fact("industrial_production_value", plan, period=year(2020), status="target", change=up(plan_up, YOY))
    a.fact("industrial_production_value", central, period=year(2020), status="target",
           sector="công nghiệp Trung ương")


# --------------------------------------------------------------------- ra13


def ra13_ninh_binh(a: Annotator) -> None:
    a.main = "Ninh Bình"
    a.e("Báo Ninh Bình", "ORG")
    provinces(a, "Ninh Bình")
    a.e("HĐND tỉnh", "ORG")
    a.e("Hà Văn Hiếu", "PERSON")
    a.e("Cục Thuế tỉnh", "ORG")

    a.q("hơn 12.700 tỷ đồng", 12700e9, "VND", "over", nth=1)
    total = a.q("hơn 12.700 tỷ đồng", 12700e9, "VND", "over", nth=2)
    a.q("khoảng 547 triệu USD", 547e6, "USD", "about")
    dom = a.q("8.500 tỷ đồng", 8500e9, "VND")
    a.q("366 triệu USD", 366e6, "USD")
    a.q("156%", 156, "percent")
    dom_up = a.q("41,5%", 41.5, "percent")
    trade = a.q("hơn 4.000 tỷ đồng", 4000e9, "VND", "over")
    a.q("172 triệu USD", 172e6, "USD")
    a.q("16 chỉ tiêu", 16, "chỉ tiêu")
    a.skip("thứ ba liên tiếp")
    grdp = a.q("9,27%", 9.27, "percent")
    a.q("2,7%", 2.7, "percent")
    ind = a.q("20%", 20, "percent")
    a.q("19%", 19, "percent")
    target = a.q("4.600 tỷ đồng", 4600e9, "VND")

    p = year(2018)
    a.fact("budget_revenue", total, period=p, status="estimate")  # headline restates it
    a.fact("budget_revenue", dom, period=p, change=up(dom_up, YOY), sector="thu nội địa")
    a.fact("budget_revenue", trade, period=p, sector="hoạt động xuất nhập khẩu")
    a.fact("grdp", None, period=p, change=up(grdp, YOY))
    a.fact("industrial_production_value", None, period=p, change=up(ind, YOY))
    a.fact("budget_revenue", target, period=year(2019), status="target")


# --------------------------------------------------------------------- ra14


def ra14_bac_giang(a: Annotator) -> None:
    a.main = "Bắc Giang"
    a.e("Sở Công Thương Bắc Giang", "ORG")
    provinces(a, "Bắc Giang")
    a.every("Trung Quốc", "COUNTRY", "CN")
    a.every("Hàn Quốc", "COUNTRY", "KR")
    a.e("Hoa Kỳ", "COUNTRY", "US")
    a.e("Ấn Độ", "COUNTRY", "IN")
    a.e("Đài Loan", "COUNTRY", "TW")
    a.e("Nhật Bản", "COUNTRY", "JP")
    a.skip("Covid-19")
    a.skip("9", near="thứ 9 cả nước")

    a.q("11,2 tỷ USD", 11.2e9, "USD", nth=1)
    a.q("71%", 71, "percent", nth=1)
    avg = a.q("36,5%", 36.5, "percent")
    ex20 = a.q("11,2 tỷ USD", 11.2e9, "USD", nth=2)
    ex20_plan = a.q("71%", 71, "percent", nth=2)
    im20 = a.q("10,6 tỷ USD", 10.6e9, "USD")
    im20_plan = a.q("58,9%", 58.9, "percent")
    ipv = a.q("266.765 tỷ đồng", 266765e9, "VND")
    ipv_plan = a.q("25%", 25, "percent")
    ex21 = a.q("8,5 tỷ USD", 8.5e9, "USD")
    a.q("57,7%", 57.7, "percent")
    im21 = a.q("9,1 tỷ USD", 9.1e9, "USD")
    a.q("69%", 69, "percent")
    for share, amount in (("37%", 37), ("35,7%", 35.7), ("10,1%", 10.1), ("36,9%", 36.9), ("35%", 35),
                          ("5,4%", 5.4), ("5,2%", 5.2), ("28,2%", 28.2), ("26,4%", 26.4), ("20,2%", 20.2)):
        a.q(share, amount, "percent")
    a.q("15,1%", 15.1, "percent", nth=1)
    a.q("15,1%", 15.1, "percent", nth=2)

    a.fact("export_value", None, period=months("2016-01", "2020-12"), change=up(avg, AVG))
    a.fact("export_value", ex20, period=year(2020), change=up(ex20_plan, PLAN))  # headline restates it
    a.fact("import_value", im20, period=year(2020), change=up(im20_plan, PLAN))
    a.fact("industrial_production_value", ipv, period=year(2020), change=up(ipv_plan, PLAN))
    e = months("2021-01", "2021-08")
    a.fact("export_value", ex21, period=e, status="estimate")
    a.fact("import_value", im21, period=e)


# --------------------------------------------------------------------- ra15


def ra15_hai_phong(a: Annotator) -> None:
    a.main = "Hải Phòng"
    a.e("Hải quan Hải Phòng", "ORG")
    a.every("Cục Hải quan TP Hải Phòng", "ORG")
    provinces(a, "Hải Phòng")
    a.e("Hiền Lê", "PERSON")
    for m in ("tháng 1", "tháng 2", "tháng 3"):
        a.skip(m)

    a.q("10 tỷ USD", 10e9, "USD", nth=1)
    total = a.q("10,036 tỷ USD", 10.036e9, "USD")
    a.q("10 tỷ USD", 10e9, "USD", nth=2)
    ex = a.q("gần 4,95 tỷ USD", 4.95e9, "USD", "nearly")
    ex_up = a.q("27,5%", 27.5, "percent")
    ex_tax = a.q("46,59 triệu USD", 46.59e6, "USD")
    ex_tax_up = a.q("98,7%", 98.7, "percent")
    im = a.q("gần 5,1 tỷ USD", 5.1e9, "USD", "nearly")
    im_up = a.q("12,1%", 12.1, "percent")
    im_tax = a.q("2,18 tỷ USD", 2.18e9, "USD")
    im_tax_up = a.q("26,5%", 26.5, "percent")
    products = []
    for product, value, amount, change, pct in (
            ("ô tô", "105,98 triệu USD", 105.98e6, "0,6%", 0.6),
            ("linh kiện, phụ tùng ô tô", "84,12 triệu USD", 84.12e6, "21%", 21),
            ("linh kiện, phụ tùng xe máy", "1,88 triệu USD", 1.88e6, "0,4%", 0.4),
            ("xăng dầu", "75,31 triệu USD", 75.31e6, "7,4%", 7.4),
            ("bia, rượu", "1,25 triệu USD", 1.25e6, "12,8%", 12.8),
            ("sắt thép", "368,4 triệu USD", 368.4e6, "40,5%", 40.5),
            ("mỹ phẩm", "920 nghìn USD", 920e3, "27,8%", 27.8)):
        products.append((product, a.q(value, amount, "USD"), a.q(change, pct, "percent")))
    jan = a.q("9,54 tỷ USD", 9.54e9, "USD")
    feb = a.q("hơn 7,6 tỷ USD", 7.6e9, "USD", "over")
    mar = a.q("9,993 tỷ USD", 9.993e9, "USD")

    apr = month("2022-04")
    a.fact("trade_value", total, period=apr)
    a.fact("export_value", ex, period=apr, change=up(ex_up, YOY))
    a.fact("export_value", ex_tax, period=apr, change=up(ex_tax_up, YOY), sector="có thuế")
    a.fact("import_value", im, period=apr, change=up(im_up, YOY))
    a.fact("import_value", im_tax, period=apr, change=up(im_tax_up, YOY), sector="có thuế")
    for product, value, change in products:
        a.fact("export_value", value, period=apr, change=up(change, YOY), product=product)
    a.fact("trade_value", jan, period=month("2022-01"))
    a.fact("trade_value", feb, period=month("2022-02"))
    a.fact("trade_value", mar, period=month("2022-03"))


# --------------------------------------------------------------------- ra16


def ra16_bac_ninh_viec_lam(a: Annotator) -> None:
    # `location Bắc Ninh` header: the article never names its province.
    a.q("21.350 lao động", 21350, "lao động", nth=1)
    jobs = a.q("21.350 lao động", 21350, "lao động", nth=2)
    a.q("76%", 76, "percent")
    jobs_up = a.q("2,6%", 2.6, "percent", nth=1)
    total = a.q("735,2 nghìn lao động", 735.2e3, "lao động")
    total_up = a.q("2,6%", 2.6, "percent", nth=2)
    ind = a.q("373,7 nghìn lao động", 373.7e3, "lao động")
    ind_up = a.q("3%", 3, "percent", near="tăng 3%;")
    svc = a.q("240,1 nghìn lao động", 240.1e3, "lao động")
    svc_up = a.q("3,4%", 3.4, "percent")
    agri_down = a.q("3%", 3, "percent", near="giảm 3%")

    a.fact("employment", jobs, period=months("2019-01", "2019-09"), change=up(jobs_up, YOY))  # headline
    s = stock("2019-10")  # `Đến nay` with the date line: a cumulative total at the date's month
    a.fact("employment", total, period=s, change=up(total_up, YOY))
    a.fact("employment", ind, period=s, change=up(ind_up, YOY), sector="khu vực công nghiệp - xây dựng")
    a.fact("employment", svc, period=s, change=up(svc_up, YOY), sector="khu vực dịch vụ")
    a.fact("employment", None, period=s, change=down(agri_down, YOY), sector="nông, lâm nghiệp và thủy sản")


GOLD_SET = GoldSet.in_corpus("real1", (
    ra01_ca_nuoc_2015, ra02_phu_tho, ra03_bac_ninh, ra04_quang_ninh, ra05_hung_yen, ra06_hung_yen_grdp,
    ra07_ha_noi, ra08_lao_cai, ra09_vinh_phuc, ra10_fdi_ca_nuoc, ra11_iip_ca_nuoc, ra12_thai_nguyen,
    ra13_ninh_binh, ra14_bac_giang, ra15_hai_phong, ra16_bac_ninh_viec_lam,
))

if __name__ == "__main__":
    sys.exit(GOLD_SET.main(sys.argv))
