"""Gold of the real2 set (spec v1.4): 16 articles written from real public pages
(southern Việt Nam: investment, new businesses, trade, GRDP, IIP, budget, jobs).

Built with scripts/goldkit.py; see corpus/real2/NOTES.md for the judgement calls.
Run: .venv/bin/python scripts/build_real2_gold.py [validate]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from goldkit import (  # noqa: E402
    AVG, PLAN, PREV, YOY, Annotator, GoldSet, down, month, months, quarter, stock, up, year, ytd,
)

CM, TV, GV = "cấp mới", "điều chỉnh tăng vốn", "góp vốn, mua cổ phần"
USD, VND, PCT, DA = "USD", "VND", "percent", "dự án"


def rb01_binh_duong(a: Annotator) -> None:
    a.main = "Bình Dương"
    a.e("Sở Kế hoạch và Đầu tư tỉnh Bình Dương", "ORG")
    a.every("Bình Dương", "PROVINCE", "Bình Dương")
    a.every("Singapore", "COUNTRY", "SG")
    a.every("Hàn Quốc", "COUNTRY", "KR")
    a.every("Nhật Bản", "COUNTRY", "JP")
    m7, y7 = month("2016-07"), months("2016-01", "2016-07")
    a.q("145,5 triệu USD", 145.5e6, USD)
    v = a.q("145,5 triệu đô la Mỹ", 145.5e6, USD)
    a.fact("fdi_capital", v, period=m7)
    a.fact("fdi_projects", a.q("26 dự án", 26, DA), period=m7, sector=CM)
    a.fact("fdi_capital", a.q("82,8 triệu đô la Mỹ", 82.8e6, USD), period=m7, sector=CM)
    a.fact("fdi_projects", a.q("12 dự án", 12, DA), period=m7, sector=TV)
    a.fact("fdi_capital", a.q("62,7 triệu đô la Mỹ", 62.7e6, USD), period=m7, sector=TV)
    a.fact("fdi_projects", a.q("18 dự án", 18, DA), period=m7, sector=CM)
    a.fact("fdi_capital", a.q("62,4 triệu đô la Mỹ", 62.4e6, USD), period=m7, sector=CM)
    a.fact("fdi_projects", a.q("8 dự án", 8, DA, near="8 dự án điều chỉnh"), period=m7, sector=TV)
    a.fact("fdi_capital", a.q("47,7 triệu đô la Mỹ", 47.7e6, USD), period=m7, sector=TV)
    a.q("75,7%", 75.7, PCT)
    a.fact("fdi_projects", a.q("130 dự án", 130, DA), period=y7, sector=CM)
    a.fact("fdi_capital", a.q("1.200 triệu đô la Mỹ", 1.2e9, USD), period=y7,
           sector="công nghiệp chế biến, chế tạo")
    a.q("93,3%", 93.3, PCT)
    a.fact("fdi_projects", a.q("22 dự án", 22, DA), period=y7, sector=CM)
    a.fact("fdi_capital", a.q("85,6 triệu đô la Mỹ", 85.6e6, USD), period=y7, sector="dịch vụ")
    a.q("6,7%", 6.7, PCT)
    a.q("29 quốc gia và vùng lãnh thổ", 29, "quốc gia")
    a.fact("fdi_capital", a.q("360,65 triệu đô la Mỹ", 360.65e6, USD), period=y7, partner="SG")
    a.q("28,1%", 28.1, PCT)
    a.fact("fdi_projects", a.q("8 dự án", 8, DA, near="8 dự án cấp mới và 8 lượt"), period=y7, partner="SG",
           sector=CM)
    a.q("8 lượt", 8, "lượt")
    a.fact("fdi_capital", a.q("174,5 triệu đô la Mỹ", 174.5e6, USD), period=y7, partner="KR")
    a.q("13,6%", 13.6, PCT)
    a.fact("fdi_projects", a.q("33 dự án", 33, DA), period=y7, partner="KR", sector=CM)
    a.q("13 lượt", 13, "lượt")
    a.fact("fdi_capital", a.q("113,8 triệu đô la Mỹ", 113.8e6, USD), period=y7, partner="JP")
    a.q("8,9%", 8.9, PCT)
    a.skip("thứ hai với", near="đứng thứ hai với")
    a.skip("thứ ba với", near="xếp thứ ba với")
    a.skip("7", near="trong tháng 7\n")
    a.fact("fdi_projects", a.q("2.739 dự án", 2739, DA), period=stock("2016-07"))


def rb02_dong_nai(a: Annotator) -> None:
    a.main = "Đồng Nai"
    a.e("Sở Kế hoạch và Đầu tư tỉnh Đồng Nai", "ORG")
    a.every("Đồng Nai", "PROVINCE", "Đồng Nai")
    a.e("Juan Poveda Việt Nam", "ORG")
    a.e("Q-Tex", "ORG")
    a.e("Công ty TNHH Otsuka Techno Việt Nam", "ORG")
    a.e("Công ty TNHH Pou Phong Việt Nam", "ORG")
    a.e("Công ty TNHH Dae Myung Chemical (Việt Nam)", "ORG")
    a.e("Tây Ban Nha", "COUNTRY", "ES")
    a.every("Hàn Quốc", "COUNTRY", "KR")
    a.e("Nhật Bản", "COUNTRY", "JP")
    a.e("British Virgin Islands", "COUNTRY", "VG")
    a.e("khu công nghiệp Nhơn Trạch 6", "INDUSTRIAL_PARK")
    a.e("KCN Nhơn Trạch", "INDUSTRIAL_PARK")
    a.e("KCN Bàu Xéo", "INDUSTRIAL_PARK")
    a.e("KCN Long Thành", "INDUSTRIAL_PARK")
    a.skip("6", near="Nhơn Trạch 6")
    p9 = months("2019-01", "2019-09")
    a.q("gần 1,37 tỷ USD", 1.37e9, USD, "nearly")
    total = a.q("1.368 triệu USD", 1.368e9, USD)
    a.fact("fdi_capital", total, period=p9, change=up(a.q("5%", 5, PCT), YOY),
           other_changes=[up(a.q("36,8%", 36.8, PCT), PLAN)])
    a.fact("fdi_capital", a.q("1.295,8 triệu USD", 1.2958e9, USD), period=months("2018-01", "2018-09"))
    a.fact("fdi_projects", a.q("78 dự án", 78, DA), period=p9, sector=CM)
    a.fact("fdi_capital", a.q("728,77 triệu USD", 728.77e6, USD), period=p9, sector=CM)
    a.fact("fdi_projects", a.q("84 dự án", 84, DA), period=p9, sector=TV)
    a.fact("fdi_capital", a.q("639,47 triệu USD", 639.47e6, USD), period=p9, sector=TV)
    s = stock("2019-09")
    a.fact("fdi_projects", a.q("1.962 dự án", 1962, DA), period=s)
    a.fact("fdi_capital", a.q("35,09 tỷ USD", 35.09e9, USD), period=s)
    a.fact("fdi_projects", a.q("1.442 dự án", 1442, DA), period=s)
    a.fact("fdi_capital", a.q("29,78 tỷ USD", 29.78e9, USD), period=s)
    a.fact("project_capital", a.q("15 triệu USD", 15e6, USD, nth=1), period=None, partner="ES",
           subject="Nhà máy Juan Poveda Việt Nam")
    a.fact("project_capital", a.q("15 triệu USD", 15e6, USD, nth=2), period=None, partner="KR",
           subject="Nhà máy Se Sợi Q-Tex")
    a.fact("project_capital", a.q("72 triệu USD", 72e6, USD), period=None, partner="JP",
           subject="Công ty TNHH Otsuka Techno Việt Nam")
    a.fact("project_capital", None, period=None, change=up(amount=a.q("25 triệu USD", 25e6, USD)),
           partner="VG", subject="Công ty TNHH Pou Phong Việt Nam")
    a.fact("project_capital", None, period=None, change=up(amount=a.q("15 triệu USD", 15e6, USD, nth=3)),
           partner="KR", subject="Công ty TNHH Dae Myung Chemical (Việt Nam)")


def rb03_long_an(a: Annotator) -> None:
    a.main = "Long An"
    a.e("Tỉnh ủy Long An", "ORG")
    a.e("UBND tỉnh", "ORG")
    a.every("Long An", "PROVINCE", "Long An")
    a.e("Nguyễn Văn Được", "PERSON")
    a.e("Nguyễn Văn Út", "PERSON")
    p5, s = months("2022-01", "2022-05"), stock("2022-06")
    a.fact("fdi_capital", a.q("gần 400 triệu USD", 400e6, USD, "nearly"), period=p5)
    a.fact("ddi_projects", a.q("46 dự án", 46, DA), period=p5, sector=CM)
    a.fact("ddi_capital", a.q("12.526,6 tỷ đồng", 12526.6e9, VND), period=p5, sector=CM)
    a.fact("ddi_projects", a.q("12 dự án", 12, DA), period=p5, sector=TV)
    a.fact("ddi_capital", a.q("997,5 tỷ đồng", 997.5e9, VND), period=p5, sector=TV)
    a.fact("ddi_capital", a.q("13.805,0 tỷ đồng", 13805e9, VND), period=p5)
    a.fact("ddi_projects", None, period=p5, change=down(amount=a.q("25 dự án", 25, DA), basis=YOY))
    a.fact("ddi_capital", None, period=p5, change=up(amount=a.q("7.126,1 tỷ đồng", 7126.1e9, VND), basis=YOY))
    a.fact("ddi_projects", a.q("2.164 dự án", 2164, DA), period=s)
    a.fact("ddi_capital", a.q("267.807,1 tỷ đồng", 267807.1e9, VND), period=s)
    a.fact("fdi_capital", a.q("395,4 triệu USD", 395.4e6, USD), period=p5)
    a.fact("fdi_projects", a.q("23 dự án", 23, DA), period=p5, sector=CM)
    a.fact("fdi_capital", a.q("243,6 triệu USD", 243.6e6, USD), period=p5, sector=CM)
    a.fact("fdi_projects", a.q("31 dự án", 31, DA), period=p5, sector=TV)
    a.fact("fdi_capital", a.q("151,8 triệu USD", 151.8e6, USD), period=p5, sector=TV)
    a.fact("fdi_projects", a.q("1.145 dự án", 1145, DA), period=s)
    a.fact("fdi_capital", a.q("9.784,5 triệu USD", 9784.5e6, USD), period=s)
    a.fact("fdi_projects", a.q("588 dự án", 588, DA), period=s, sector="đi vào hoạt động")
    a.fact("fdi_capital", a.q("3.624 triệu USD", 3624e6, USD), period=s, sector="đi vào hoạt động")
    a.fact("new_businesses", a.q("726 doanh nghiệp", 726, "doanh nghiệp"), period=p5)


def rb04_ca_nuoc_quy1(a: Annotator) -> None:
    a.main = "Bắc Ninh"
    vn = "Việt Nam"
    a.every("Bắc Ninh", "PROVINCE", "Bắc Ninh")
    a.every("Việt Nam", "COUNTRY", "VN")
    a.every("TP.HCM", "PROVINCE", "TP. Hồ Chí Minh")
    a.every("Hà Nội", "PROVINCE", "Hà Nội")
    a.every("Đồng Nai", "PROVINCE", "Đồng Nai")
    q1 = quarter(2025, 1)
    a.q("4 địa phương", 4, "địa phương", nth=1)
    a.q("trên 1 tỷ USD", 1e9, USD, "over")
    a.q("34 tỉnh", 34, "tỉnh")
    a.q("4 địa phương", 4, "địa phương", nth=2)
    a.q("1 tỷ USD", 1e9, USD, near="vượt mốc 1 tỷ USD")
    a.fact("fdi_projects", a.q("850 dự án", 850, DA), period=q1, location=vn, sector=CM,
           change=up(a.q("11,5%", 11.5, PCT), YOY))
    a.fact("fdi_capital", a.q("4,33 tỷ USD", 4.33e9, USD), period=q1, location=vn, sector=CM,
           change=down(a.q("31,5%", 31.5, PCT), YOY))
    a.fact("fdi_projects", a.q("401 dự án", 401, DA), period=q1, location=vn, sector=TV)
    a.fact("fdi_capital", a.q("5,16 tỷ USD", 5.16e9, USD), period=q1, location=vn, sector=TV,
           change=up(basis=YOY, factor=a.q("5 lần", 5, "lần")))
    a.q("810 lượt", 810, "lượt")
    a.fact("fdi_capital", a.q("1,49 tỷ USD", 1.49e9, USD), period=q1, location=vn, sector=GV,
           change=up(a.q("83,7%", 83.7, PCT), YOY))
    a.q("50 tỉnh", 50, "tỉnh")
    a.fact("fdi_capital", a.q("gần 1,9 tỷ USD", 1.9e9, USD, "nearly"), period=q1, location="Bắc Ninh",
           change=up(basis=YOY, factor=a.q("gần 2,1 lần", 2.1, "lần", "nearly")))
    a.q("17,3%", 17.3, PCT)
    a.skip("thứ hai với", near="đứng thứ hai với")
    a.fact("fdi_capital", a.q("gần 1,43 tỷ USD", 1.43e9, USD, "nearly"), period=q1, location="TP. Hồ Chí Minh",
           change=up(a.q("58,3%", 58.3, PCT), YOY))
    a.q("gần 13%", 13, PCT, "nearly")
    a.skip("thứ ba với", near="xếp thứ ba với")
    a.fact("fdi_capital", a.q("gần 1,42 tỷ USD", 1.42e9, USD, "nearly"), period=q1, location="Hà Nội",
           change=up(a.q("23,6%", 23.6, PCT), YOY))
    a.q("12,9%", 12.9, PCT)
    a.fact("fdi_capital", a.q("1,35 tỷ USD", 1.35e9, USD), period=q1, location="Đồng Nai",
           change=up(basis=YOY, factor=a.q("gần 2,5 lần", 2.5, "lần", "nearly")))
    a.skip("11", near="Trung ương 11")


def rb05_ca_nuoc_thang1(a: Annotator) -> None:
    vn = "Việt Nam"
    a.main = None
    a.e("Bộ Tài chính", "ORG")
    a.e("Cục Đầu tư nước ngoài", "ORG")
    a.every("Việt Nam", "COUNTRY", "VN")
    m, m25 = month("2026-01"), month("2025-01")
    a.q("1,68 tỷ USD", 1.68e9, USD)
    a.fact("fdi_disbursed", a.q("1.680 triệu USD", 1.68e9, USD), period=m, location=vn,
           change=up(a.q("11,26%", 11.26, PCT), YOY))
    a.fact("fdi_disbursed", a.q("1.510 triệu USD", 1.51e9, USD), period=m25, location=vn)
    a.fact("fdi_capital", a.q("2.575,8 triệu USD", 2575.8e6, USD), period=m, location=vn,
           change=down(a.q("40,58%", 40.58, PCT), YOY))
    a.fact("fdi_capital", a.q("4.334,8 triệu USD", 4334.8e6, USD), period=m25, location=vn)
    a.fact("fdi_capital", a.q("1.489 triệu USD", 1489e6, USD), period=m, location=vn, sector="đăng ký mới",
           change=up(a.q("15,71%", 15.71, PCT), YOY))
    a.fact("fdi_projects", a.q("349 dự án", 349, DA), period=m, location=vn, sector="đăng ký mới",
           change=up(a.q("23,76%", 23.76, PCT), YOY))
    a.fact("fdi_capital", a.q("888,5 triệu USD", 888.5e6, USD), period=m, location=vn, sector=TV,
           change=down(a.q("67,4%", 67.4, PCT), YOY))
    a.q("91 lượt", 91, "lượt")
    a.fact("fdi_capital", a.q("198,3 triệu USD", 198.3e6, USD), period=m, location=vn, sector=GV,
           change=down(a.q("38,57%", 38.57, PCT), YOY))
    a.q("265 lượt", 265, "lượt")


def rb06_tay_ninh(a: Annotator) -> None:
    a.main = "Tây Ninh"
    a.every("UBND tỉnh Tây Ninh", "ORG")
    a.every("Tây Ninh", "PROVINCE", "Tây Ninh")
    a.every("Đông Nam Bộ", "REGION")
    a.every("Võ Thành Trí", "PERSON")
    a.e("TP.HCM", "PROVINCE", "TP. Hồ Chí Minh")
    a.e("Đồng Nai", "PROVINCE", "Đồng Nai")
    a.e("An Huy", "PERSON")
    for name, code in (("Nhật Bản", "JP"), ("Trung Quốc", "CN"), ("Úc", "AU"), ("Hàn Quốc", "KR")):
        a.e(name, "COUNTRY", code)
    p = months("2025-01", "2025-09")
    a.fact("grdp", None, period=p, change=up(a.q("9,52%", 9.52, PCT)))
    for pct, amount, sector in (("4,33%", 4.33, "nông - lâm - thủy sản"), ("12,76%", 12.76, "công nghiệp - xây dựng"),
                                ("13,19%", 13.19, "công nghiệp"), ("8,07%", 8.07, "thương mại - dịch vụ"),
                                ("7,19%", 7.19, "thuế sản phẩm trừ trợ cấp sản phẩm")):
        a.fact("grdp", None, period=p, sector=sector, change=up(a.q(pct, amount, PCT)))
    a.fact("grdp", None, period=p, location="TP. Hồ Chí Minh", change=up(a.q("7,07%", 7.07, PCT)))
    a.fact("grdp", None, period=p, location="Đồng Nai", change=up(a.q("8,86%", 8.86, PCT)))
    a.fact("industrial_production_index", None, period=p, change=up(a.q("13,44%", 13.44, PCT), YOY))
    for pct, amount, sector in (
            ("13,83%", 13.83, "chế biến, chế tạo"),
            ("6,04%", 6.04, "sản xuất và phân phối điện, khí đốt, nước nóng, hơi nước và điều hòa không khí"),
            ("5,05%", 5.05, "cung cấp nước, xử lý rác thải, nước thải")):
        a.fact("industrial_production_index", None, period=p, sector=sector, change=up(a.q(pct, amount, PCT), YOY))
    a.fact("industrial_production_index", None, period=p, sector="khai khoáng",
           change=down(a.q("13,64%", 13.64, PCT), YOY))


def rb07_tp_hcm(a: Annotator) -> None:
    a.main = "TP. Hồ Chí Minh"
    a.e("Sở Tài chính TP. Hồ Chí Minh", "ORG")
    a.every("TP.HCM", "PROVINCE", "TP. Hồ Chí Minh")
    a.every("TP. Hồ Chí Minh", "PROVINCE", "TP. Hồ Chí Minh")
    a.e("Bình Dương", "PROVINCE", "Bình Dương")
    a.e("Bà Rịa - Vũng Tàu", "PROVINCE", "Bà Rịa - Vũng Tàu")
    a.e("Singapore", "COUNTRY", "SG")
    y25, s = year(2025), stock("2025-12")
    a.q("gần 8,37 tỷ USD", 8.37e9, USD, "nearly", nth=1)
    a.fact("fdi_capital", a.q("gần 8,37 tỷ USD", 8.37e9, USD, "nearly", nth=2), period=y25, status="estimate")
    a.q("19%", 19, PCT)
    a.fact("fdi_capital", None, period=y25, change=up(a.q("24,2%", 24.2, PCT), YOY))
    a.fact("fdi_capital", a.q("khoảng 141,9 tỷ USD", 141.9e9, USD, "about"), period=s)
    a.fact("fdi_projects", a.q("20.310 dự án", 20310, DA), period=s)
    cn = "công nghiệp chế biến, chế tạo"
    a.fact("fdi_projects", a.q("5.829 dự án", 5829, DA), period=s, sector=cn)
    a.fact("fdi_capital", a.q("hơn 75,4 tỷ USD", 75.4e9, USD, "over"), period=s, sector=cn)
    a.q("53,3%", 53.3, PCT)
    a.skip("thứ hai với", near="xếp thứ hai với")
    a.fact("fdi_capital", a.q("28,5 tỷ USD", 28.5e9, USD), period=s, sector="kinh doanh bất động sản")
    a.q("20,2%", 20.2, PCT)
    a.skip("thứ ba với", near="đứng thứ ba với")
    a.fact("fdi_capital", a.q("7,5 tỷ USD", 7.5e9, USD), period=s,
           sector="bán buôn, bán lẻ và sửa chữa ô tô, mô tô, xe máy")
    a.q("5,3%", 5.3, PCT)
    a.q("89 quốc gia và vùng lãnh thổ", 89, "quốc gia")
    a.fact("fdi_capital", a.q("2,1 tỷ USD", 2.1e9, USD), period=y25, partner="SG")
    a.q("khoảng 25%", 25, PCT, "about")


def rb08_ba_ria_vung_tau(a: Annotator) -> None:
    brvt = "Bà Rịa - Vũng Tàu"
    a.main = brvt
    a.e("UBND tỉnh Bà Rịa - Vũng Tàu", "ORG")
    a.every("Bà Rịa - Vũng Tàu", "PROVINCE", brvt)
    a.every("Bà Rịa-Vũng Tàu", "PROVINCE", brvt)
    a.e("Khu công nghiệp Phú Mỹ 3", "INDUSTRIAL_PARK")
    a.e("S.Nam", "PERSON")
    a.skip("3", near="Phú Mỹ 3")
    y23, s = year(2023), stock("2023-12")
    a.q("hơn 1,4 tỷ USD", 1.4e9, USD, "over")
    a.fact("fdi_projects", a.q("21 dự án", 21, DA), period=y23, sector=CM)
    a.fact("fdi_projects", a.q("29 dự án", 29, DA), period=y23, sector=TV)
    a.fact("fdi_capital", a.q("khoảng 1.401,4 triệu USD", 1401.4e6, USD, "about"), period=y23,
           change=up(a.q("91,67%", 91.67, PCT), YOY))
    a.q("153,9%", 153.9, PCT)
    a.fact("fdi_capital", a.q("893,1 triệu USD", 893.1e6, USD), period=y23, sector=CM,
           change=up(a.q("221%", 221, PCT), YOY))
    a.fact("fdi_capital", a.q("508,3 triệu USD", 508.3e6, USD), period=y23, sector=TV,
           change=up(a.q("12%", 12, PCT), YOY))
    a.fact("investment_projects", a.q("28 dự án", 28, DA), period=y23, sector=CM)
    a.fact("investment_projects", a.q("15 dự án", 15, DA), period=y23, sector=TV)
    a.fact("investment_capital", a.q("28.695,6 tỷ đồng", 28695.6e9, VND), period=y23,
           change=up(a.q("142,28%", 142.28, PCT), PLAN))
    a.fact("fdi_projects", a.q("458 dự án", 458, DA), period=s)
    a.fact("fdi_capital", a.q("31.535,5 triệu USD", 31535.5e6, USD), period=s)
    a.fact("fdi_projects", a.q("285 dự án", 285, DA), period=s, sector="các khu công nghiệp")
    a.fact("fdi_capital", a.q("13.880 triệu USD", 13880e6, USD), period=s, sector="các khu công nghiệp")
    a.fact("fdi_projects", a.q("173 dự án", 173, DA), period=s, sector="ngoài khu công nghiệp")
    a.fact("fdi_capital", a.q("17.655,5 triệu USD", 17655.5e6, USD), period=s, sector="ngoài khu công nghiệp")
    a.fact("ddi_projects", a.q("710 dự án", 710, DA), period=s)
    a.fact("ddi_capital", a.q("384.983,2 tỷ đồng", 384983.2e9, VND), period=s)
    a.fact("ddi_projects", a.q("287 dự án", 287, DA), period=s, sector="khu công nghiệp")
    a.fact("ddi_capital", a.q("160.497,4 tỷ đồng", 160497.4e9, VND), period=s, sector="khu công nghiệp")
    a.fact("ddi_projects", a.q("424 dự án", 424, DA), period=s, sector="bên ngoài khu công nghiệp")
    a.fact("ddi_capital", a.q("224.485,8 tỷ đồng", 224485.8e9, VND), period=s, sector="bên ngoài khu công nghiệp")


def rb09_binh_phuoc(a: Annotator) -> None:
    # location header Bình Phước: the article never names its province.
    a.e("UBND tỉnh", "ORG")
    a.skip("19", near="COVID-19")
    y21, s = year(2021), stock("2021-12")
    a.q("3 lần", 3, "lần", nth=1)
    a.fact("fdi_projects", a.q("70 dự án", 70, DA), period=y21, change=up(basis=YOY, factor=a.q("2 lần", 2, "lần")))
    a.fact("fdi_capital", a.q("600 triệu USD", 600e6, USD), period=y21,
           change=up(basis=YOY, factor=a.q("3 lần", 3, "lần", nth=2)),
           other_changes=[up(basis=PLAN, factor=a.q("1,5 lần", 1.5, "lần"))])
    a.fact("fdi_projects", a.q("346 dự án", 346, DA), period=s)
    a.fact("fdi_capital", a.q("3,579 tỷ USD", 3.579e9, USD), period=s)
    a.fact("ddi_projects", a.q("100 dự án", 100, DA), period=y21)
    a.fact("ddi_capital", a.q("hơn 10.000 tỷ đồng", 10e12, VND, "over"), period=y21)


def rb10_can_tho(a: Annotator) -> None:
    a.main = "Cần Thơ"
    a.e("Sở Kế hoạch và Đầu tư TP Cần Thơ", "ORG")
    a.every("Cần Thơ", "PROVINCE", "Cần Thơ")
    a.e("ANH KHOA", "PERSON")
    a.skip("7", near="tháng 7-2016")
    m7, y7, s = month("2016-07"), months("2016-01", "2016-07"), stock("2016-07")
    a.q("3 dự án", 3, DA, nth=1)
    a.fact("fdi_projects", a.q("2 dự án", 2, DA), period=m7, sector=CM)
    a.fact("fdi_capital", a.q("4,26 triệu USD", 4.26e6, USD), period=m7, sector=CM)
    a.fact("fdi_projects", a.q("3 dự án", 3, DA, nth=2), period=y7, sector=CM)
    a.fact("fdi_capital", a.q("175,7 triệu USD", 175.7e6, USD), period=y7, sector=CM)
    a.fact("fdi_projects", a.q("71 dự án", 71, DA), period=s)
    a.fact("fdi_projects", a.q("22 dự án", 22, DA), period=s, sector="trong khu công nghiệp")
    a.fact("fdi_projects", a.q("49 dự án", 49, DA), period=s, sector="ngoài khu công nghiệp")
    a.fact("fdi_capital", a.q("hơn 1,13 tỉ USD", 1.13e9, USD, "over"), period=s)
    a.fact("fdi_disbursed", a.q("358,8 triệu USD", 358.8e6, USD), period=s)
    a.q("31,7%", 31.7, PCT)
    a.fact("fdi_disbursed", a.q("8 triệu USD", 8e6, USD), period=y7)
    fdi = "doanh nghiệp FDI"
    a.fact("revenue", a.q("246 triệu USD", 246e6, USD), period=y7, status="estimate", sector=fdi)
    a.fact("export_value", a.q("77 triệu USD", 77e6, USD), period=y7, status="estimate", sector=fdi)
    a.fact("revenue", a.q("169 triệu USD", 169e6, USD), period=y7, status="estimate", sector="tiêu thụ nội địa")


def rb11_soc_trang(a: Annotator) -> None:
    a.main = "Sóc Trăng"
    a.every("Sóc Trăng", "PROVINCE", "Sóc Trăng")
    a.every("TINH ANH", "PERSON")
    h = months("2025-01", "2025-06")
    a.q("3.502 tỷ đồng", 3502e9, VND, nth=1)
    a.q("870 triệu USD", 870e6, USD, nth=1)
    a.fact("budget_revenue", a.q("3.502 tỷ đồng", 3502e9, VND, nth=2), period=h,
           change=up(a.q("7,1%", 7.1, PCT), YOY))
    a.q("57,1%", 57.1, PCT)
    a.fact("new_businesses", a.q("323 doanh nghiệp", 323, "doanh nghiệp"), period=h)
    a.fact("new_businesses", a.q("2.350 tỷ đồng", 2350e9, VND), period=h, change=up(a.q("137,7%", 137.7, PCT), YOY))
    a.fact("industrial_production_index", None, period=h, change=up(a.q("8,5%", 8.5, PCT)))
    a.fact("export_value", a.q("870 triệu USD", 870e6, USD, nth=2), period=h)
    a.q("42 lượt", 42, "lượt")
    a.fact("investment_projects", a.q("3 dự án", 3, DA), period=h)
    a.q("1,91 triệu lượt khách", 1.91e6, "lượt khách")
    a.fact("employment", a.q("14.500 lao động", 14500, "lao động"), period=h)
    a.fact("employment", a.q("175 người", 175, "người"), period=h, sector="đi làm việc ở nước ngoài")
    a.q("3 xã", 3, "xã")
    a.q("30 xã", 30, "xã")
    a.q("100%", 100, PCT)


def rb12_kien_giang(a: Annotator) -> None:
    a.main = "Kiên Giang"
    a.every("UBND tỉnh Kiên Giang", "ORG")
    a.every("Kiên Giang", "PROVINCE", "Kiên Giang")
    a.e("Nguyễn Xuân Phúc", "PERSON")
    a.e("Đồng bằng sông Cửu Long", "REGION")
    a.e("Phạm Vũ Hồng", "PERSON")
    a.q("118 dự án", 118, DA, nth=1)
    a.q("hơn 30.000 tỷ đồng", 30e12, VND, "over", nth=1)
    a.fact("investment_projects", a.q("118 dự án", 118, DA, nth=2), period=None)
    a.q("25 lĩnh vực", 25, "lĩnh vực")
    a.fact("investment_capital", a.q("hơn 30.000 tỷ đồng", 30e12, VND, "over", nth=2), period=None,
           status="forecast")
    a.q("khoảng 500 đại biểu", 500, "đại biểu", "about")
    for quote, n, sector in (("14 dự án", 14, "du lịch"), ("19 dự án", 19, "nông nghiệp ứng dụng công nghệ cao"),
                             ("17 dự án", 17, "sản xuất công nghiệp"), ("8 dự án", 8, "môi trường"),
                             ("23 dự án", 23, "giao thông vận tải"),
                             ("16 dự án", 16, "hạ tầng kỹ thuật cụm công nghiệp"),
                             ("11 dự án", 11, "nhà ở và phát triển đô thị")):
        a.fact("investment_projects", a.q(quote, n, DA), period=None, sector=sector)
    s = stock("2019-07")
    a.fact("investment_projects", a.q("680 dự án", 680, DA), period=s)
    a.fact("investment_capital", a.q("503.763 tỷ đồng", 503763e9, VND), period=s)
    for quote, n, cap, amount, sector in (
            ("341 dự án", 341, "60.641 tỷ đồng", 60641e9, "đi vào hoạt động"),
            ("68 dự án", 68, "115.410 tỷ đồng", 115410e9, "đang triển khai xây dựng"),
            ("271 dự án", 271, "327.713 tỷ đồng", 327713e9, "đang làm thủ tục đầu tư")):
        a.fact("investment_projects", a.q(quote, n, DA), period=s, sector=sector)
        a.fact("investment_capital", a.q(cap, amount, VND), period=s, sector=sector)


def rb13_dong_thap(a: Annotator) -> None:
    # location header Đồng Tháp: the article never names its province.
    a.e("UBND tỉnh", "ORG")
    a.e("Đồng bằng sông Cửu Long", "REGION")
    y23 = year(2023)
    a.fact("grdp", a.q("trên 110.800 tỷ đồng", 110800e9, VND, "over"), period=y23)
    a.fact("grdp", a.q("61.921 tỷ đồng", 61921e9, VND), period=y23, sector="nông, lâm, thủy sản",
           change=up(amount=a.q("2.981 tỷ đồng", 2981e9, VND), basis=YOY),
           other_changes=[up(a.q("4,51%", 4.51, PCT))])
    a.fact("industrial_production_value", a.q("70.271 tỷ đồng", 70271e9, VND), period=y23, status="estimate",
           change=up(a.q("6,16%", 6.16, PCT), YOY))
    a.fact("grdp", a.q("11.354 tỷ đồng", 11354e9, VND), period=y23, sector="công nghiệp",
           change=up(a.q("6,4%", 6.4, PCT)))


def rb14_ca_mau(a: Annotator) -> None:
    a.main = "Cà Mau"
    a.every("Cà Mau", "PROVINCE", "Cà Mau")
    a.every("Bạc Liêu", "PROVINCE", "Bạc Liêu")
    a.e("Cục Thống kê", "ORG")
    y24 = year(2024)
    a.q("hai địa phương", 2, "địa phương")
    a.fact("grdp", None, period=y24, change=up(a.q("7,09%", 7.09, PCT), YOY))
    a.q("72,6 triệu đồng", 72.6e6, VND)
    a.q("10,2%", 10.2, PCT)
    a.fact("grdp", a.q("47.983 tỷ đồng", 47983e9, VND), period=y24, status="estimate")
    a.q("647.000 tấn", 647000, "tấn")
    a.q("2%", 2, PCT)
    a.q("252.000 tấn", 252000, "tấn")
    a.q("hơn 14%", 14, PCT, "over")
    a.q("khoảng 570.000 tấn", 570000, "tấn", "about")
    a.fact("export_value", a.q("hơn 1,2 tỷ USD", 1.2e9, USD, "over"), period=y24, status="estimate")
    a.fact("grdp", None, period=y24, sector="công nghiệp - xây dựng",
           change=up(a.q("gần 9%", 9, PCT, "nearly"), YOY))
    a.fact("budget_revenue", a.q("5.945 tỷ đồng", 5945e9, VND), period=y24,
           change=up(a.q("11,4%", 11.4, PCT), PLAN))
    a.q("3 mặt", 3, "mặt")
    a.q("254 km", 254, "km")
    a.q("khoảng 80.000 km2", 80000, "km2", "about")
    a.q("bốn ngư trường", 4, "ngư trường")


def rb15_dong_nai_xuat_khau(a: Annotator) -> None:
    a.main = "Đồng Nai"
    a.e("Cục Thống kê tỉnh Đồng Nai", "ORG")
    a.every("Đồng Nai", "PROVINCE", "Đồng Nai")
    a.e("Mỹ", "COUNTRY", "US")
    a.skip("hai con số")
    p8 = months("2025-01", "2025-08")
    a.q("hơn 2 tỉ USD", 2e9, USD, "over", nth=1)
    a.fact("fdi_capital", a.q("hơn 2 tỉ USD", 2e9, USD, "over", nth=2), period=p8)
    a.fact("export_value", None, period=p8, change=up(a.q("gần 19%", 19, PCT, "nearly")))
    a.fact("trade_balance", a.q("hơn 6,5 tỉ USD", 6.5e9, USD, "over"), period=p8)
    a.fact("export_value", a.q("22,88 tỉ USD", 22.88e9, USD), period=p8, status="estimate",
           change=up(a.q("18,77%", 18.77, PCT), YOY))
    a.q("8,58%", 8.58, PCT)
    a.fact("export_value", a.q("266,44 tỉ USD", 266.44e9, USD), period=p8, location="Việt Nam")
    for quote, amount, qual, pct, pamount, product in (
            ("hơn 811 triệu USD", 811e6, "over", "125,57%", 125.57, "cao su"),
            ("1,71 tỉ USD", 1.71e9, "exact", "66,27%", 66.27, "hạt điều"),
            ("1,19 tỉ USD", 1.19e9, "exact", "34,27%", 34.27, "cà phê"),
            ("1,67 tỉ USD", 1.67e9, "exact", "72,3%", 72.3, "máy vi tính, sản phẩm điện tử và linh kiện"),
            ("1,69 tỉ USD", 1.69e9, "exact", "40,24%", 40.24, "gỗ và sản phẩm gỗ"),
            ("2,17 tỉ USD", 2.17e9, "exact", "9,03%", 9.03, "máy móc, thiết bị, dụng cụ, phụ tùng")):
        a.fact("export_value", a.q(quote, amount, USD, qual), period=p8, product=product,
               change=up(a.q(pct, pamount, PCT)))


def rb16_ben_tre(a: Annotator) -> None:
    a.main = "Bến Tre"
    a.e("UBND TP.HCM", "ORG")
    a.e("UBND tỉnh Bến Tre", "ORG")
    a.every("Bến Tre", "PROVINCE", "Bến Tre")
    a.e("TP.HCM", "PROVINCE", "TP. Hồ Chí Minh")
    a.e("Nguyễn Xuân Phúc", "PERSON")
    a.e("Nguyễn Thành Phong", "PERSON")
    a.e("Cao Văn Trọng", "PERSON")
    a.e("Giao Long", "INDUSTRIAL_PARK")
    a.e("An Hiệp", "INDUSTRIAL_PARK")
    h17 = months("2017-01", "2017-06")
    a.q("hơn 10.400 tỷ đồng", 10.4e12, VND, "over", nth=1)
    a.q("gần 500 doanh nghiệp", 500, "doanh nghiệp", "nearly")
    a.q("2 khu công nghiệp", 2, "khu công nghiệp")
    a.q("240 ha", 240, "ha")
    a.q("100%", 100, PCT)
    a.fact("fdi_projects", a.q("54 dự án", 54, DA), period=None)
    a.fact("fdi_capital", a.q("hơn 823 triệu USD", 823e6, USD, "over"), period=None)
    a.fact("ddi_projects", a.q("137 dự án", 137, DA), period=None)
    a.fact("ddi_capital", a.q("gần 13.700 tỷ đồng", 13.7e12, VND, "nearly"), period=None)
    a.fact("ddi_projects", a.q("2 dự án", 2, DA), period=h17, sector=CM)
    a.fact("ddi_projects", a.q("27 dự án", 27, DA), period=h17, sector="phê duyệt chủ trương đầu tư")
    a.fact("ddi_capital", a.q("hơn 10.400 tỷ đồng", 10.4e12, VND, "over", nth=2), period=h17)
    a.fact("fdi_projects", a.q("4 dự án", 4, DA), period=h17, sector=CM)
    a.fact("fdi_capital", a.q("hơn 192 triệu USD", 192e6, USD, "over"), period=h17, sector=CM)


GOLD_SET = GoldSet.in_corpus("real2", (
    rb01_binh_duong, rb02_dong_nai, rb03_long_an, rb04_ca_nuoc_quy1, rb05_ca_nuoc_thang1, rb06_tay_ninh,
    rb07_tp_hcm, rb08_ba_ria_vung_tau, rb09_binh_phuoc, rb10_can_tho, rb11_soc_trang, rb12_kien_giang,
    rb13_dong_thap, rb14_ca_mau, rb15_dong_nai_xuat_khau, rb16_ben_tre,
))

if __name__ == "__main__":
    sys.exit(GOLD_SET.main(sys.argv))
