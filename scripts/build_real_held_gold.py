"""Gold of the held-back set corpus/real_held (spec v1.4), written from real public pages.

Held back until its first run on the finished fact assembly (7ca70e7); a
development set since. Sources: corpus/real_held/SOURCES.md;
judgement calls: corpus/real_held/NOTES.md.

`python scripts/build_real_held_gold.py` builds and checks; `... validate` checks the written files.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from goldkit import (  # noqa: E402
    AVG, PLAN, PREV, YOY, Annotator, GoldSet, down, month, months, quarter, stock, up, year, ytd,
)

VN = "Việt Nam"
HCM = "TP. Hồ Chí Minh"
T = 10**12  # nghìn tỷ / 1.000 tỷ đồng
B = 10**9
M = 10**6


def rh01_dong_nai(a: Annotator) -> None:
    a.main = "Đồng Nai"
    a.e("Sở Công Thương Đồng Nai", "ORG")
    a.every("Đồng Nai", "PROVINCE", "Đồng Nai")
    a.e("Hoa Kỳ", "COUNTRY", "US")
    a.e("Trung Quốc", "COUNTRY", "CN")
    a.e("Nhật Bản", "COUNTRY", "JP")
    a.q("792 triệu USD", 792 * M, "USD", nth=1)
    bal = a.q("792 triệu USD", 792 * M, "USD", nth=2)
    exp = a.q("9,67 tỷ USD", 9.67 * B, "USD")
    p123 = a.q("12,3%", 12.3, "percent")
    shoes = a.q("17%", 17, "percent", nth=1)
    textile = a.q("10,2%", 10.2, "percent")
    wood = a.q("19%", 19, "percent")
    vehicle = a.q("26%", 26, "percent")
    a.q("ba nước", 3, "nước")
    us = a.q("17%", 17, "percent", nth=2)
    cn = a.q("14,5%", 14.5, "percent")
    jp = a.q("6%", 6, "percent")
    imp = a.q("gần 8,88 tỷ USD", 8.88 * B, "USD", "nearly")
    p86 = a.q("8,6%", 8.6, "percent")
    p = months("2015-01", "2015-08")
    a.fact("trade_balance", bal, period=p)
    a.fact("export_value", exp, period=p, change=up(p123, YOY))
    a.fact("export_value", period=p, change=up(shoes), product="giày dép")
    a.fact("export_value", period=p, change=up(textile), product="dệt may")
    a.fact("export_value", period=p, change=up(wood), product="sản phẩm gỗ mỹ nghệ")
    a.fact("export_value", period=p, change=up(vehicle), product="phương tiện vận tải và phụ tùng")
    a.fact("export_value", period=p, change=up(us), partner="US")
    a.fact("export_value", period=p, change=up(cn), partner="CN")
    a.fact("export_value", period=p, change=up(jp), partner="JP")
    a.fact("import_value", imp, period=p, change=up(p86, YOY))


def rh02_soc_trang(a: Annotator) -> None:
    a.main = "Sóc Trăng"
    a.every("Sóc Trăng", "PROVINCE", "Sóc Trăng")
    a.e("Đồng bằng sông Cửu Long", "REGION")
    a.skip("19", near="Covid-19")
    a.q("22%", 22, "percent", nth=1)
    total = a.q("trên 684 triệu USD", 684 * M, "USD", "over")
    p22 = a.q("22%", 22, "percent", nth=2)
    fish = a.q("484 triệu USD", 484 * M, "USD")
    a.q("71%", 71, "percent")
    p14 = a.q("14%", 14, "percent")
    rice = a.q("114 triệu USD", 114 * M, "USD")
    a.q("23,5%", 23.5, "percent")
    p82 = a.q("82%", 82, "percent")
    t19 = a.q("560 triệu USD", 560 * M, "USD")
    f19 = a.q("425 triệu USD", 425 * M, "USD")
    a.q("76%", 76, "percent")
    r19 = a.q("63 triệu USD", 63 * M, "USD")
    a.q("11%", 11, "percent")
    plan = a.q("900 triệu USD", 900 * M, "USD")
    avg = a.q("11,2%", 11.2, "percent")
    avg_fish = a.q("7,7%", 7.7, "percent")
    avg_rice = a.q("51,6%", 51.6, "percent")
    p20 = months("2020-01", "2020-08")
    p19 = months("2019-01", "2019-08")
    a.fact("export_value", total, period=p20, status="estimate", change=up(p22, YOY))
    a.fact("export_value", fish, period=p20, status="estimate", change=up(p14, YOY), product="thủy sản")
    a.fact("export_value", rice, period=p20, status="estimate", change=up(p82, YOY), product="gạo")
    a.fact("export_value", t19, period=p19)
    a.fact("export_value", f19, period=p19, product="thủy sản")
    a.fact("export_value", r19, period=p19, product="gạo")
    a.fact("export_value", plan, period=year(2020), status="target")
    span = months("2016-01", "2020-12")
    a.fact("export_value", period=span, status="forecast", change=up(avg, AVG))
    a.fact("export_value", period=span, status="forecast", change=up(avg_fish, AVG), product="thủy sản")
    a.fact("export_value", period=span, status="forecast", change=up(avg_rice, AVG), product="gạo")


def rh03_binh_phuoc(a: Annotator) -> None:
    a.main = "Bình Phước"
    a.e("Ban Thường vụ Tỉnh ủy Bình Phước", "ORG")
    a.every("Bình Phước", "PROVINCE", "Bình Phước")
    a.e("Trần Trung", "PERSON")
    a.e("Việt Nam", "COUNTRY", "VN")
    a.q("hơn 150%", 150, "percent", "over")
    total = a.q("trên 409 triệu USD", 409 * M, "USD", "over")
    mom = a.q("2,45%", 2.45, "percent")
    yoy = a.q("trên 77,6%", 77.6, "percent", "over")
    cashew = a.q("trên 150%", 150, "percent", "over")
    target = a.q("9%", 9, "percent")
    y23 = a.q("1,180 tỷ USD", 1.18 * B, "USD")
    a.q("trên 28%", 28, "percent", "over")
    markets = a.q("59 quốc gia và vùng lãnh thổ", 59, "quốc gia")
    a.q("khoảng 152.007 ha", 152007, "ha", "about")
    a.q("hơn 30%", 30, "percent", "over")
    a.q("trên 33%", 33, "percent", "over")
    a.q("khoảng 50.000 ha", 50000, "ha", "about")
    a.q("gần 50%", 50, "percent", "nearly")
    jan = month("2024-01")
    a.fact("export_value", total, period=jan, status="estimate", change=up(yoy, YOY),
           other_changes=[up(mom, PREV)])
    a.fact("export_value", period=jan, status="estimate", change=up(cashew, YOY), product="hạt điều nhân")
    a.fact("export_value", period=year(2024), status="target", change=up(target, YOY), product="hạt điều nhân")
    a.fact("export_value", y23, period=year(2023), product="hạt điều")
    a.fact("export_markets", markets, period=stock("2024-02"), product="nhân điều")


def rh04_xuat_khau_7_thang_2025(a: Annotator) -> None:
    a.main = "Bắc Ninh"
    a.e("Cục Hải quan", "ORG")
    a.every("Bắc Ninh", "PROVINCE", "Bắc Ninh")
    a.every("TP.HCM", "PROVINCE", HCM)
    a.every("Hải Phòng", "PROVINCE", "Hải Phòng")
    a.every("Phú Thọ", "PROVINCE", "Phú Thọ")
    a.every("Đồng Nai", "PROVINCE", "Đồng Nai")
    a.skip("7", near="xuất khẩu trong tháng 7")
    a.skip("7", near="trong tháng 7 đạt")
    a.skip("1", near="vị trí số 1")
    a.skip("5", near="top 5")
    a.skip("7", near="thứ hai trong tháng 7")
    a.skip("thứ hai với", near="lùi xuống thứ hai với")
    a.skip("thứ hai trong", near="xếp thứ hai trong")
    a.q("34 tỉnh", 34, "tỉnh")
    a.q("28 tỉnh", 28, "tỉnh")
    a.q("6 thành phố", 6, "thành phố")
    jul = a.q("42,29 tỷ USD", 42.29 * B, "USD")
    p7 = a.q("7%", 7, "percent")
    d7 = a.q("2,76 tỷ USD", 2.76 * B, "USD")
    ytd7 = a.q("262,46 tỷ USD", 262.46 * B, "USD")
    p148 = a.q("14,8%", 14.8, "percent")
    d148 = a.q("33,92 tỷ USD", 33.92 * B, "USD")
    bn = a.q("gần 8,68 tỷ USD", 8.68 * B, "USD", "nearly")
    hcm = a.q("7,81 tỷ USD", 7.81 * B, "USD")
    a.q("khoảng 870 triệu USD", 870 * M, "USD", "about")
    hp = a.q("4,15 tỷ USD", 4.15 * B, "USD")
    pt = a.q("3,22 tỷ USD", 3.22 * B, "USD")
    dn = a.q("3,18 tỷ USD", 3.18 * B, "USD")
    a.q("5 địa phương", 5, "địa phương")
    a.q("165,66 tỷ USD", 165.66 * B, "USD")
    a.q("63%", 63, "percent")
    hcm7 = a.q("53,08 tỷ USD", 53.08 * B, "USD")
    m7 = month("2025-07")
    a.fact("export_value", jul, period=m7, location=VN, change=up(p7, YOY, amount=d7))
    a.fact("export_value", ytd7, period=ytd("2025-07"), location=VN, change=up(p148, YOY, amount=d148))
    a.fact("export_value", bn, period=m7)
    a.fact("export_value", hcm, period=m7, location=HCM)
    a.fact("export_value", hp, period=m7, location="Hải Phòng")
    a.fact("export_value", pt, period=m7, location="Phú Thọ")
    a.fact("export_value", dn, period=m7, location="Đồng Nai")
    a.fact("export_value", hcm7, period=ytd("2025-07"), location=HCM)


def rh05_lang_son(a: Annotator) -> None:
    a.main = "Lạng Sơn"
    a.e("Cục Hải quan Lạng Sơn", "ORG")
    a.every("Lạng Sơn", "PROVINCE", "Lạng Sơn")
    a.q("gần 52 tỷ USD", 52 * B, "USD", "nearly")
    a.q("7 cửa khẩu", 7, "cửa khẩu")
    a.q("1.100 xe", 1100, "xe")
    a.q("1.350 xe", 1350, "xe")
    a.q("trên 100%", 100, "percent", "over")
    a.q("25 toa", 25, "toa")
    total = a.q("51.990,563 triệu USD", 51990.563 * M, "USD")
    p8184 = a.q("81,84%", 81.84, "percent")
    customs = a.q("4.975 triệu USD", 4975 * M, "USD")
    a.q("130,9%", 130.9, "percent")
    p626 = a.q("62,6%", 62.6, "percent")
    exp = a.q("2.750 triệu USD", 2750 * M, "USD")
    a.q("211,5%", 211.5, "percent")
    p1688 = a.q("168,8%", 168.8, "percent")
    imp = a.q("2.225 triệu USD", 2225 * M, "USD")
    a.q("89%", 89, "percent")
    p92 = a.q("9,2%", 9.2, "percent")
    local = a.q("156 triệu USD", 156 * M, "USD")
    a.q("101,3%", 101.3, "percent")
    p99 = a.q("9,9%", 9.9, "percent")
    y = year(2023)
    a.fact("trade_value", total, period=y, change=up(p8184, YOY))
    a.fact("trade_value", customs, period=y, change=up(p626, YOY),
           sector="mở tờ khai tại Cục Hải quan Lạng Sơn")
    a.fact("export_value", exp, period=y, change=up(p1688))
    a.fact("import_value", imp, period=y, change=up(p92, YOY))
    a.fact("export_value", local, period=y, change=up(p99), sector="hàng hóa địa phương")


def rh06_kien_giang(a: Annotator) -> None:
    a.main = "Kiên Giang"
    a.e("UBND tỉnh Kiên Giang", "ORG")
    a.every("Kiên Giang", "PROVINCE", "Kiên Giang")
    a.e("Cục Đầu tư nước ngoài", "ORG")
    a.e("Bộ Kế hoạch và Đầu tư", "ORG")
    head = a.q("Hơn 30.000 tỷ đồng", 30000 * B, "VND", "over")
    n118 = a.q("118 dự án", 118, "dự án")
    sectors = [("23 dự án", 23, "giao thông vận tải"), ("19 dự án", 19, "nông nghiệp ứng dụng công nghệ cao"),
               ("17 dự án", 17, "sản xuất công nghiệp"), ("16 dự án", 16, "đầu tư hạ tầng kỹ thuật, cụm công nghiệp"),
               ("14 dự án", 14, "du lịch"), ("11 dự án", 11, "nhà ở và phát triển đô thị"),
               ("8 dự án", 8, "môi trường")]
    counted = [(a.q(quote, n, "dự án"), sector) for quote, n, sector in sectors]
    a.q("200 ha", 200, "ha")
    eco = a.q("2.600 tỷ đồng", 2600 * B, "VND", nth=1)
    a.q("1.000 ha", 1000, "ha")
    shrimp = a.q("10.000 tỷ đồng", 10000 * B, "VND")
    cap_pharma = a.q("300 triệu sản phẩm", 300 * M, "sản phẩm")
    pharma = a.q("300 tỷ đồng", 300 * B, "VND")
    cap_water = a.q("20.000 m3", 20000, "m3")
    water = a.q("2.600 tỷ đồng", 2600 * B, "VND", nth=2)
    a.q("23 ha", 23, "ha")
    mall = a.q("290 tỷ đồng", 290 * B, "VND")
    n680 = a.q("680 dự án", 680, "dự án")
    c680 = a.q("503.763 tỷ đồng", 503763 * B, "VND")
    n341 = a.q("341 dự án", 341, "dự án")
    c341 = a.q("60.641 tỷ đồng", 60641 * B, "VND")
    n68 = a.q("68 dự án", 68, "dự án")
    c68 = a.q("115.410 tỷ đồng", 115410 * B, "VND")
    n271 = a.q("271 dự án", 271, "dự án")
    c271 = a.q("327.713 tỷ đồng", 327713 * B, "VND")
    a.fact("investment_capital", head, period=None, status="forecast")
    a.fact("investment_projects", n118, period=None)
    for quantity, sector in counted:
        a.fact("investment_projects", quantity, period=None, sector=sector)
    a.fact("project_capital", eco, period=None, subject="Khu du lịch sinh thái U Minh Thượng")
    a.fact("project_capital", shrimp, period=None, subject="dự án nuôi tôm và sản xuất lúa hữu cơ")
    pharma_name = "dự án sản xuất dược phẩm, mỹ phẩm"
    a.fact("production_capacity", cap_pharma, period=None, subject=pharma_name, product="dược phẩm, mỹ phẩm")
    a.fact("project_capital", pharma, period=None, subject=pharma_name)
    water_name = "dự án xử lý nước thải thị trấn Dương Đông"
    a.fact("production_capacity", cap_water, period=None, subject=water_name)
    a.fact("project_capital", water, period=None, subject=water_name)
    a.fact("project_capital", mall, period=None, subject="Trung tâm Thương mại huyện U Minh Thượng")
    now = stock("2024-02")
    a.fact("investment_projects", n680, period=now)
    a.fact("investment_capital", c680, period=now)
    for n, c, sector in ((n341, c341, "đã đi vào hoạt động"), (n68, c68, "đang triển khai xây dựng"),
                         (n271, c271, "đang thực hiện thủ tục đầu tư")):
        a.fact("investment_projects", n, period=now, sector=sector)
        a.fact("investment_capital", c, period=now, sector=sector)


def rh07_thai_binh(a: Annotator) -> None:
    a.main = "Thái Bình"
    a.every("Công ty TNHH Quốc tế Nam Tài Thái Bình", "ORG")
    a.e("Khu kinh tế Thái Bình", "INDUSTRIAL_PARK")
    a.every("Thái Bình", "PROVINCE", "Thái Bình")
    a.every("KCN Liên Hà Thái", "INDUSTRIAL_PARK")
    a.e("KCN Cầu Nghìn", "INDUSTRIAL_PARK")
    a.e("KCN Tiền Hải", "INDUSTRIAL_PARK")
    a.e("KCN Gia Lễ", "INDUSTRIAL_PARK")
    a.e("Keystone Electrical Việt Nam", "ORG")
    a.e("Yulong Việt Nam", "ORG")
    a.e("DALI Việt Nam", "ORG")
    a.e("Công ty TNHH Xuli Cargo Control", "ORG")
    a.skip("18", near="NX 18")
    a.skip("15", near="NX 15")
    n9 = a.q("9 dự án", 9, "dự án")
    n6 = a.q("6 dự án", 6, "dự án")
    cap_k = a.q("4,8 triệu sản phẩm", 4.8 * M, "sản phẩm")
    k = a.q("40 triệu USD", 40 * M, "USD")
    y = a.q("2,6 triệu USD", 2.6 * M, "USD")
    eva = a.q("4,8 triệu đôi", 4.8 * M, "đôi", nth=1)
    rb = a.q("4,8 triệu đôi", 4.8 * M, "đôi", nth=2)
    plastic = a.q("2,3 triệu USD", 2.3 * M, "USD")
    dali = a.q("10 triệu USD", 10 * M, "USD")
    xuli = a.q("20,7 triệu USD", 20.7 * M, "USD")
    led = a.q("2,68 triệu USD", 2.68 * M, "USD")
    a.fact("investment_projects", n9, period=None)
    a.fact("fdi_projects", n6, period=None)
    keystone = "Nhà máy Keystone Electrical Việt Nam"
    a.fact("production_capacity", cap_k, period=None, subject=keystone,
           product="dụng cụ điện cầm tay và linh kiện kim loại")
    a.fact("project_capital", k, period=None, subject=keystone)
    yulong = "dự án sản xuất đế giày Yulong Việt Nam"
    a.fact("project_capital", y, period=None, subject=yulong)
    a.fact("production_capacity", eva, period=None, subject=yulong, product="đế giữa eva")
    a.fact("production_capacity", rb, period=None, subject=yulong, product="đế ngoài rb")
    a.fact("project_capital", plastic, period=None, subject="dự án sản xuất sản phẩm nhựa chính xác")
    a.fact("project_capital", dali, period=None, subject="Nhà máy sản xuất thiết bị vệ sinh DALI Việt Nam")
    a.fact("project_capital", xuli, period=None, subject="Công ty TNHH Xuli Cargo Control")
    a.fact("project_capital", led, period=None,
           subject="dự án sản xuất nhựa biến đổi tính chất và đèn LED thông minh")


def rh08_quang_tri(a: Annotator) -> None:
    a.main = "Quảng Trị"
    a.e("Ban Quản lý Khu kinh tế Quảng Trị", "ORG")
    a.e("Khu kinh tế Đông Nam Quảng Trị", "INDUSTRIAL_PARK")
    a.every("Quảng Trị", "PROVINCE", "Quảng Trị")
    a.e("Khu kinh tế cửa khẩu quốc tế Cha Lo", "INDUSTRIAL_PARK")
    a.e("KCN Tây Bắc Quán Hàu", "INDUSTRIAL_PARK")
    a.e("Tiến Đạt", "ORG")
    a.skip("7", near="vốn đầu tư trong tháng 7")
    head = a.q("hơn 2.500 tỷ đồng", 2500 * B, "VND", "over")
    n13 = a.q("13 dự án", 13, "dự án")
    c13 = a.q("2.545 tỷ đồng", 2545 * B, "VND")
    n37 = a.q("37 dự án", 37, "dự án")
    c37 = a.q("9.064 tỷ đồng", 9064 * B, "VND")
    n31 = a.q("31 dự án", 31, "dự án")
    a.q("8 dự án", 8, "dự án")
    n396 = a.q("396 dự án", 396, "dự án")
    c396 = a.q("238.328,8 tỷ đồng", 238328.8 * B, "VND")
    n223 = a.q("223 dự án", 223, "dự án")
    a.q("15 khu công nghiệp", 15, "khu công nghiệp")
    a.q("trên 3.500 ha", 3500, "ha", "over")
    a.q("gần 100%", 100, "percent", "nearly")
    a.q("2.350 ha", 2350, "ha")
    a.q("26.142 ha", 26142, "ha")
    m7 = month("2025-07")
    a.fact("investment_capital", head, period=m7)
    a.fact("investment_projects", n13, period=m7)
    a.fact("investment_capital", c13, period=m7)
    to_date = months("2025-01", "2025-08")
    a.fact("investment_projects", n37, period=to_date)
    a.fact("investment_capital", c37, period=to_date)
    a.fact("investment_projects", n31, period=to_date, sector="điều chỉnh")
    now = stock("2025-08")
    parks = "các khu công nghiệp, khu kinh tế"
    a.fact("investment_projects", n396, period=now, sector=parks)
    a.fact("investment_capital", c396, period=now, sector=parks)
    a.fact("investment_projects", n223, period=now, sector="đã đi vào hoạt động")


def rh09_binh_duong(a: Annotator) -> None:
    a.main = "Bình Dương"
    a.e("UBND tỉnh Bình Dương", "ORG")
    a.every("Bình Dương", "PROVINCE", "Bình Dương")
    a.e("Singapore", "COUNTRY", "SG")
    a.e("Hàn Quốc", "COUNTRY", "KR")
    a.e("Nhật Bản", "COUNTRY", "JP")
    a.skip("thứ hai với", near="vị trí thứ hai với")
    a.skip("thứ ba với", near="đứng thứ ba với")
    a.q("hơn 1 tỷ USD", 1 * B, "USD", "over", nth=1)
    a.q("26 quốc gia và vùng lãnh thổ", 26, "quốc gia")
    total = a.q("gần 1,1 tỷ USD", 1.1 * B, "USD", "nearly")
    a.q("78,3%", 78.3, "percent")
    p83 = a.q("8,3%", 8.3, "percent")
    n113 = a.q("113 dự án", 113, "dự án")
    c113 = a.q("gần 731 triệu USD", 731 * M, "USD", "nearly")
    n64 = a.q("64 dự án", 64, "dự án")
    c64 = a.q("367 triệu USD", 367 * M, "USD")
    sg = a.q("360 triệu USD", 360 * M, "USD")
    sg_n = a.q("15 dự án", 15, "dự án")
    a.q("khoảng 33%", 33, "percent", "about")
    kr = a.q("149 triệu USD", 149 * M, "USD")
    a.q("gần 14%", 14, "percent", "nearly")
    jp = a.q("85 triệu USD", 85 * M, "USD")
    a.q("gần 8%", 8, "percent", "nearly")
    mfg = a.q("hơn 1 tỷ USD", 1 * B, "USD", "over", nth=2)
    svc_n = a.q("14 dự án", 14, "dự án")
    svc = a.q("83,6 triệu USD", 83.6 * M, "USD")
    a.fact("fdi_capital", total, period=None, change=up(p83, YOY))
    a.fact("fdi_projects", n113, period=None, sector="cấp mới")
    a.fact("fdi_capital", c113, period=None, sector="cấp mới")
    a.fact("fdi_projects", n64, period=None, sector="điều chỉnh tăng vốn")
    a.fact("fdi_capital", c64, period=None, sector="điều chỉnh tăng vốn")
    a.fact("fdi_capital", sg, period=None, partner="SG")
    a.fact("fdi_projects", sg_n, period=None, partner="SG")
    a.fact("fdi_capital", kr, period=None, partner="KR")
    a.fact("fdi_capital", jp, period=None, partner="JP")
    a.fact("fdi_capital", mfg, period=None, sector="công nghiệp chế biến, chế tạo")
    a.fact("fdi_projects", svc_n, period=None, sector="dịch vụ")
    a.fact("fdi_capital", svc, period=None, sector="dịch vụ")


def rh10_tp_hcm(a: Annotator) -> None:
    a.main = HCM
    a.e("BĐT", "ORG")
    a.e("Cục Thống kê TP.HCM", "ORG")
    a.every("TP.HCM", "PROVINCE", HCM)
    a.e("British Virgin Islands", "COUNTRY", "VG")
    a.e("Hàn Quốc", "COUNTRY", "KR")
    a.e("Nhật Bản", "COUNTRY", "JP")
    a.q("Hơn 3 tỷ USD", 3 * B, "USD", "over")
    n572 = a.q("572 dự án", 572, "dự án")
    c572 = a.q("528,8 triệu USD", 528.8 * M, "USD")
    n137 = a.q("137 lượt dự án", 137, "lượt dự án")
    c137 = a.q("285,3 triệu USD", 285.3 * M, "USD")
    total = a.q("814,1 triệu USD", 814.1 * M, "USD")
    p32 = a.q("3,2%", 3.2, "percent")
    a.q("2.209 trường hợp", 2209, "trường hợp")
    shares = a.q("2,274 tỷ USD", 2.274 * B, "USD")
    p318 = a.q("31,8%", 31.8, "percent")
    half = a.q("hơn 3 tỷ USD", 3 * B, "USD", "over")
    a.q("100%", 100, "percent")
    n512 = a.q("512 dự án", 512, "dự án")
    c512 = a.q("482,9 triệu USD", 482.9 * M, "USD")
    n58 = a.q("58 dự án", 58, "dự án")
    c58 = a.q("45,1 triệu USD", 45.1 * M, "USD")
    n2 = a.q("2 dự án", 2, "dự án")
    c2 = a.q("830,6 ngàn USD", 830600, "USD")
    h1 = months("2019-01", "2019-06")
    a.fact("fdi_projects", n572, period=h1, sector="cấp mới")
    a.fact("fdi_capital", c572, period=h1, sector="cấp mới")
    a.fact("fdi_projects", n137, period=h1, sector="điều chỉnh tăng vốn")
    a.fact("fdi_capital", c137, period=h1, sector="điều chỉnh tăng vốn")
    a.fact("fdi_capital", total, period=h1, change=down(p32, YOY))
    a.fact("fdi_capital", shares, period=h1, change=up(p318, YOY), sector="góp vốn, mua cổ phần")
    a.fact("fdi_capital", half, period=h1)
    for n, c in ((n512, c512), (n58, c58), (n2, c2)):
        a.fact("fdi_projects", n, period=h1, sector="cấp mới")
        a.fact("fdi_capital", c, period=h1, sector="cấp mới")


def rh11_phu_yen(a: Annotator) -> None:
    # location header Phú Yên: a.main comes from it; the province is never named.
    a.e("Sở Công thương", "ORG")
    a.e("XUÂN NGÔ", "PERSON")
    a.skip("19", near="COVID-19")
    a.q("9.576 tỉ đồng", 9576 * B, "VND", nth=1)
    iip = a.q("1,2%", 1.2, "percent")
    total = a.q("9.576 tỉ đồng", 9576 * B, "VND", nth=2)
    a.q("46,3%", 46.3, "percent")
    proc = a.q("8.285 tỉ đồng", 8285 * B, "VND")
    a.q("45,4%", 45.4, "percent")
    power = a.q("1.178 tỉ đồng", 1178 * B, "VND")
    a.q("54%", 54, "percent")
    p278 = a.q("27,8%", 27.8, "percent")
    mining = a.q("113 tỉ đồng", 113 * B, "VND")
    a.q("43,5%", 43.5, "percent")
    for quote, amount, unit in (("6.958 tấn", 6958, "tấn"), ("46,4%", 46.4, "percent"), ("13%", 13, "percent"),
                                ("7.700 tấn", 7700, "tấn"), ("8,9%", 8.9, "percent"),
                                ("19,4 triệu lít", 19.4 * M, "lít"), ("35,3%", 35.3, "percent"),
                                ("1,69 triệu lít", 1.69 * M, "lít"), ("37,7%", 37.7, "percent"),
                                ("7,25 triệu sản phẩm", 7.25 * M, "sản phẩm"), ("38,2%", 38.2, "percent"),
                                ("935 triệu sản phẩm", 935 * M, "sản phẩm"), ("44,5%", 44.5, "percent"),
                                ("15%", 15, "percent"), ("73.643 tấn", 73643, "tấn"), ("66,9%", 66.9, "percent"),
                                ("64.471 tấn", 64471, "tấn"), ("49,6%", 49.6, "percent"), ("10%", 10, "percent")):
        a.q(quote, amount, unit)
    h1 = months("2020-01", "2020-06")
    a.fact("industrial_production_index", period=h1, change=up(iip, YOY))
    a.fact("industrial_production_value", total, period=h1, status="estimate")
    a.fact("industrial_production_value", proc, period=h1, sector="công nghiệp chế biến")
    a.fact("industrial_production_value", power, period=h1, change=up(p278),
           sector="công nghiệp sản xuất và phân phối điện, nước")
    a.fact("industrial_production_value", mining, period=h1, sector="công nghiệp khai khoáng")


def rh12_kon_tum(a: Annotator) -> None:
    # no date line; location header Kon Tum; `8 tháng đầu năm` has no year -> periods null.
    a.e("Thanh Tùng", "PERSON")
    a.e("Đức Thắng", "PERSON")
    a.q("72%", 72, "percent", nth=1)
    total = a.q("khoảng 1.910 tỷ đồng", 1910 * B, "VND", "about")
    a.q("hơn 54%", 54, "percent", "over")
    p12 = a.q("hơn 12%", 12, "percent", "over")
    domestic = a.q("hơn 1.730 tỷ đồng", 1730 * B, "VND", "over")
    a.q("trên 53%", 53, "percent", "over")
    trade = a.q("178 tỷ đồng", 178 * B, "VND")
    a.q("hơn 72%", 72, "percent", "over")
    a.q("72%", 72, "percent", nth=3)
    a.q("gần 65%", 65, "percent", "nearly")
    a.q("khoảng 5.000 tỷ đồng", 5000 * B, "VND", "about")
    a.q("gần 48%", 48, "percent", "nearly")
    a.q("hơn 93%", 93, "percent", "over")
    a.q("2.000 tỷ đồng", 2000 * B, "VND")
    a.q("55,5%", 55.5, "percent")
    a.q("2.900 tỷ đồng", 2900 * B, "VND")
    a.q("55,4%", 55.4, "percent")
    a.fact("budget_revenue", total, period=None, status="estimate", change=up(p12, YOY))
    a.fact("budget_revenue", domestic, period=None, status="estimate", sector="thu nội địa")
    a.fact("budget_revenue", trade, period=None, status="estimate", sector="thu từ hoạt động xuất nhập khẩu")


def rh13_ha_giang(a: Annotator) -> None:
    a.main = "Hà Giang"
    a.e("Sở Lao động - Thương binh và Xã hội Hà Giang", "ORG")
    a.every("Hà Giang", "PROVINCE", "Hà Giang")
    a.e("Đỗ Anh Tuấn", "PERSON")
    a.e("Nhật Bản", "COUNTRY", "JP")
    a.e("Đài Loan", "COUNTRY", "TW")
    a.e("Hàn Quốc", "COUNTRY", "KR")
    head = a.q("hơn 23.000 lao động", 23000, "lao động", "over")
    jobs = a.q("23.378 lao động", 23378, "lao động")
    a.q("102%", 102, "percent")
    p16 = a.q("16%", 16, "percent")
    local = a.q("6.962 lao động", 6962, "lao động")
    outside = a.q("16.425 người", 16425, "người")
    abroad = a.q("147 lao động", 147, "lao động", nth=1)
    year_jobs = a.q("trên 30.500 lao động", 30500, "lao động", "over")
    a.q("167%", 167, "percent")
    p986 = a.q("9,86%", 9.86, "percent")
    a.q("147 lao động", 147, "lao động", nth=2)
    jp = a.q("93 người", 93, "người")
    tw = a.q("46 người", 46, "người")
    kr = a.q("2 người", 2, "người")
    p = months("2024-01", "2024-10")
    a.fact("employment", head, period=p)
    a.fact("employment", jobs, period=p, change=up(p16, YOY))
    a.fact("employment", local, period=p, sector="làm việc tại địa phương")
    a.fact("employment", outside, period=p, sector="làm việc ngoài tỉnh")
    a.fact("employment", abroad, period=p, sector="xuất khẩu làm việc ở nước ngoài")
    a.fact("employment", year_jobs, period=year(2024), status="forecast", change=up(p986, YOY))
    a.fact("employment", jp, period=p, partner="JP")
    a.fact("employment", tw, period=p, partner="TW")
    a.fact("employment", kr, period=p, partner="KR")


def rh14_binh_dinh(a: Annotator) -> None:
    # location header Bình Định; the province is never named.
    a.e("Sở Kế hoạch và Đầu tư", "ORG")
    a.e("THU HIỀN", "PERSON")
    a.q("113%", 113, "percent", nth=1)
    n401 = a.q("401 doanh nghiệp", 401, "doanh nghiệp")
    p10 = a.q("10%", 10, "percent")
    cap = a.q("1.986 tỉ đồng", 1986 * B, "VND")
    p113 = a.q("113%", 113, "percent", nth=2)
    base = a.q("921 tỉ đồng", 921 * B, "VND")
    jsc = a.q("1.071 tỉ đồng", 1071 * B, "VND")
    jsc0 = a.q("79 tỉ đồng", 79 * B, "VND")
    llc = a.q("666 tỉ đồng", 666 * B, "VND")
    llc0 = a.q("475 tỉ đồng", 475 * B, "VND")
    a.q("119 doanh nghiệp", 119, "doanh nghiệp")
    a.q("37 trường hợp", 37, "trường hợp")
    a.q("47%", 47, "percent")
    a.q("32 trường hợp", 32, "trường hợp")
    a.q("23 trường hợp", 23, "trường hợp")
    a.q("46%", 46, "percent")
    p17, p16 = months("2017-01", "2017-04"), months("2016-01", "2016-04")
    a.fact("new_businesses", n401, period=p17, change=up(p10, YOY))
    a.fact("new_businesses", cap, period=p17, change=up(p113, YOY))
    a.fact("new_businesses", base, period=p16)
    a.fact("new_businesses", jsc, period=p17, change=up(None, YOY), sector="công ty cổ phần")
    a.fact("new_businesses", jsc0, period=p16, sector="công ty cổ phần")
    a.fact("new_businesses", llc, period=p17, change=up(None, YOY), sector="công ty TNHH một thành viên")
    a.fact("new_businesses", llc0, period=p16, sector="công ty TNHH một thành viên")


def rh15_hung_yen(a: Annotator) -> None:
    a.main = "Hưng Yên"
    a.every("Hưng Yên", "PROVINCE", "Hưng Yên")
    a.e("Sở Tài chính", "ORG")
    a.e("UBND tỉnh", "ORG")
    a.e("Phạm Quang Ngọc", "PERSON")
    a.skip("11", near="trong tháng 11 và")
    a.skip("11", near="(IIP) tháng 11")
    head = a.q("gần 4.900 doanh nghiệp", 4900, "doanh nghiệp", "nearly")
    nov = a.q("15,74%", 15.74, "percent")
    cum = a.q("12,26%", 12.26, "percent")
    proc = a.q("12,66%", 12.66, "percent")
    mining = a.q("16,07%", 16.07, "percent")
    water = a.q("13,5%", 13.5, "percent")
    a.q("hơn 23.788 tỷ đồng", 23788 * B, "VND", "over")
    a.q("gần 60%", 60, "percent", "nearly")
    budget = a.q("80.605 tỷ đồng", 80605 * B, "VND")
    a.q("145,5%", 145.5, "percent")
    a.q("149,8%", 149.8, "percent")
    n327 = a.q("327 dự án", 327, "dự án")
    n251 = a.q("251 lượt dự án", 251, "lượt dự án")
    vnd = a.q("hơn 165,9 nghìn tỷ đồng", 165.9 * T, "VND", "over")
    usd = a.q("2,31 tỷ USD", 2.31 * B, "USD")
    firms = a.q("4.886 doanh nghiệp", 4886, "doanh nghiệp")
    p = ytd("2025-11")
    a.fact("industrial_production_index", period=month("2025-11"), status="estimate", change=up(nov))
    a.fact("industrial_production_index", period=p, change=up(cum, YOY))
    a.fact("industrial_production_index", period=p, change=up(proc), sector="chế biến, chế tạo")
    a.fact("industrial_production_index", period=p, change=up(mining), sector="khai khoáng")
    a.fact("industrial_production_index", period=p, change=up(water),
           sector="cung cấp nước, hoạt động quản lý và xử lý nước thải")
    a.fact("budget_revenue", budget, period=p)
    a.fact("investment_projects", n327, period=p, sector="cấp mới")
    a.fact("investment_projects", n251, period=p, sector="điều chỉnh tăng vốn")
    a.fact("investment_capital", vnd, period=p)
    a.fact("investment_capital", usd, period=p)
    a.fact("new_businesses", firms, period=p)
    del head  # the headline `gần 4.900` restates 4.886 (0.3%): merged into the body fact


def rh16_quang_nam(a: Annotator) -> None:
    a.main = "Quảng Nam"
    a.e("UBND tỉnh Quảng Nam", "ORG")
    a.every("Quảng Nam", "PROVINCE", "Quảng Nam")
    a.e("UBND tỉnh", "ORG", near="Cũng theo UBND tỉnh,")
    a.e("Công ty cổ phần ô tô Trường Hải", "ORG")
    domestic = a.q("13.514 tỉ đồng", 13514 * B, "VND")
    a.q("72,9%", 72.9, "percent")
    p19 = a.q("1,9%", 1.9, "percent")
    a.q("46%", 46, "percent")
    thaco = a.q("6.801 tỉ đồng", 6801 * B, "VND")
    p53 = a.q("5,3%", 5.3, "percent")
    thaco18 = a.q("7.180 tỉ đồng", 7180 * B, "VND")
    trade = a.q("4.148 tỉ đồng", 4148 * B, "VND")
    a.q("90,2%", 90.2, "percent")
    p248 = a.q("24,8%", 24.8, "percent")
    qoq = a.q("10,3%", 10.3, "percent")
    yoy = a.q("3,5%", 3.5, "percent")
    p = months("2019-01", "2019-09")
    company = "Công ty cổ phần ô tô Trường Hải"
    a.fact("budget_revenue", domestic, period=p, change=down(p19, YOY), sector="thu nội địa")
    a.fact("budget_revenue", thaco, period=p, change=down(p53, YOY), subject=company)
    a.fact("budget_revenue", thaco18, period=months("2018-01", "2018-09"), subject=company)
    a.fact("budget_revenue", trade, period=p, change=up(p248, YOY), sector="thu từ hoạt động xuất nhập khẩu")
    a.fact("industrial_production_index", period=quarter(2019, 3), change=down(yoy, YOY),
           other_changes=[down(qoq, PREV)])


def rh17_fdi_ca_nuoc_2015(a: Annotator) -> None:
    a.main = "Bình Dương"  # no province in the headline; Bình Dương is named most often
    for org in ("Công ty Samsung Display Việt Nam", "Công ty Janakuasa Sdn Bhd",
                "Công ty TNHH Liên doanh TP Đế Vương", "Công ty cổ phần Bất động sản Tiến Phước",
                "Công ty TNHH Bất động sản Trần Thái", "Denver Power Ltd",
                "Công ty TNHH Cheng Loong Bình Dương Paper"):
        a.e(org, "ORG")
    a.every("Việt Nam", "COUNTRY", "VN")
    a.every("Bắc Ninh", "PROVINCE", "Bắc Ninh")
    a.every("Bình Dương", "PROVINCE", "Bình Dương")
    a.every("TP.HCM", "PROVINCE", HCM)
    a.e("Trà Vinh", "PROVINCE", "Trà Vinh")
    a.e("Malaysia", "COUNTRY", "MY")
    a.e("Vương quốc Anh", "COUNTRY", "GB")
    a.e("Samoa", "COUNTRY", "WS")
    a.skip("bảy năm", near="trong vòng bảy năm")
    a.skip("hai là", near="Thứ hai là")
    a.skip("ba là", near="Thứ ba là")
    a.skip("thứ hai với", near="đứng thứ hai với")
    a.skip("thứ ba với", near="đứng thứ ba với")
    a.skip("2", near="Duyên Hải 2")
    a.q("bốn dự án", 4, "dự án", nth=1)
    record = a.q("hơn 64 tỉ USD", 64 * B, "USD", "over")
    a.q("bốn dự án", 4, "dự án", nth=2)
    a.q("1 tỉ USD", 1 * B, "USD", nth=1)
    samsung = a.q("3 tỉ USD", 3 * B, "USD")
    duyen_hai = a.q("2,4 tỉ USD", 2.4 * B, "USD")
    de_vuong = a.q("1,2 tỉ USD", 1.2 * B, "USD")
    cheng = a.q("1 tỉ USD", 1 * B, "USD", nth=2)
    a.q("51 tỉnh", 51, "tỉnh")
    bn = a.q("3,5 tỉ USD", 3.5 * B, "USD")
    a.q("16%", 16, "percent")
    hcm = a.q("3,3 tỉ USD", 3.3 * B, "USD")
    a.q("14,6%", 14.6, "percent")
    bd = a.q("2,9 tỉ USD", 2.9 * B, "USD")
    a.q("13%", 13, "percent")
    a.fact("fdi_capital", record, period=year(2008), location=VN)
    a.fact("project_capital", period=None, change=up(amount=samsung), location="Bắc Ninh",
           subject="Công ty Samsung Display Việt Nam")
    a.fact("project_capital", duyen_hai, period=None, location="Trà Vinh", partner="MY",
           subject="Nhà máy điện Duyên Hải 2")
    a.fact("project_capital", de_vuong, period=None, location=HCM,
           subject="Công ty TNHH Liên doanh TP Đế Vương")
    a.fact("project_capital", cheng, period=None, location="Bình Dương", partner="WS",
           subject="Công ty TNHH Cheng Loong Bình Dương Paper")
    y = year(2015)
    a.fact("fdi_capital", bn, period=y, location="Bắc Ninh")
    a.fact("fdi_capital", hcm, period=y, location=HCM)
    a.fact("fdi_capital", bd, period=y, location="Bình Dương")


def rh18_grdp_ca_nuoc_2025(a: Annotator) -> None:
    a.main = "Quảng Ninh"
    a.every("Cục Thống kê", "ORG")
    a.e("Bộ Tài chính", "ORG")
    for name in ("Quảng Ninh", "Hải Phòng", "Ninh Bình", "Phú Thọ", "Bắc Ninh", "Quảng Ngãi", "Hà Nội"):
        a.every(name, "PROVINCE", name)
    a.every("TP.HCM", "PROVINCE", HCM)
    a.e("Khu kinh tế ven biển Quảng Yên", "INDUSTRIAL_PARK")
    a.e("Thành Công Việt Hưng", "ORG")
    a.e("Đông Mai", "INDUSTRIAL_PARK")
    a.e("Hải Hà", "INDUSTRIAL_PARK")
    a.e("Tập đoàn LG", "ORG")
    a.e("VinFast", "ORG")
    a.skip("thứ hai là", near="Đứng thứ hai là")
    a.skip("16", near="thứ 16")
    a.skip("21", near="thứ 21")
    a.q("5,84%", 5.84, "percent")
    a.q("11,89%", 11.89, "percent", nth=1)
    a.q("trên 7%", 7, "percent", "over")
    a.q("5 tỉnh", 5, "tỉnh")
    a.q("dưới 7%", 7, "percent", "under")
    qn = a.q("11,89%", 11.89, "percent", nth=2)
    hp = a.q("11,81%", 11.81, "percent")
    a.q("10,02%", 10.02, "percent")
    a.q("10,65%", 10.65, "percent")
    hn = a.q("8,16%", 8.16, "percent")
    hcm = a.q("7,53%", 7.53, "percent")
    y = year(2025)
    a.fact("grdp", period=y, change=up(qn))
    a.fact("grdp", period=y, change=up(hp), location="Hải Phòng")
    a.fact("grdp", period=y, change=up(hn), location="Hà Nội")
    a.fact("grdp", period=y, change=up(hcm), location=HCM)


GOLD_SET = GoldSet.in_corpus("real_held", (
    rh01_dong_nai, rh02_soc_trang, rh03_binh_phuoc, rh04_xuat_khau_7_thang_2025, rh05_lang_son,
    rh06_kien_giang, rh07_thai_binh, rh08_quang_tri, rh09_binh_duong, rh10_tp_hcm,
    rh11_phu_yen, rh12_kon_tum, rh13_ha_giang, rh14_binh_dinh, rh15_hung_yen,
    rh16_quang_nam, rh17_fdi_ca_nuoc_2015, rh18_grdp_ca_nuoc_2025,
))

if __name__ == "__main__":
    sys.exit(GOLD_SET.main(sys.argv))
