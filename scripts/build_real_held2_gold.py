"""Gold of corpus/real_held2 (spec v1.4): 18 articles written from real public pages.

HELD-BACK batch: not to be read by anyone who writes extractor rules, and not
scored until the project says so. See corpus/real_held2/NOTES.md.

`python scripts/build_real_held2_gold.py` builds and checks the gold;
`... validate` checks the written files against these build functions.
"""

from __future__ import annotations

import sys

from goldkit import (NO_PLACE, PLAN, PREV, YOY, Annotator, GoldSet, down, month, months, quarter, stock, up,
                     year, ytd)

P, C, O, R, IP, PER = "PROVINCE", "COUNTRY", "ORG", "REGION", "INDUSTRIAL_PARK", "PERSON"
VN = "Việt Nam"
HCM = "TP. Hồ Chí Minh"
IIP = "industrial_production_index"

# IIP sub-index names, as written in the articles
CBCT = "chế biến, chế tạo"
KK = "khai khoáng"
NUOC = "cung cấp nước, hoạt động quản lý và xử lý rác thải, nước thải"


def usd(a: Annotator, quote: str, amount: float, qualifier: str = "exact", **kw) -> dict:
    return a.q(quote, amount, "USD", qualifier, **kw)


def vnd(a: Annotator, quote: str, amount: float, qualifier: str = "exact", **kw) -> dict:
    return a.q(quote, amount, "VND", qualifier, **kw)


def pct(a: Annotator, quote: str, amount: float, qualifier: str = "exact", **kw) -> dict:
    return a.q(quote, amount, "percent", qualifier, **kw)


# ---------------------------------------------------------------- rj01


def rj01_phu_tho(a: Annotator) -> None:
    a.main = "Phú Thọ"
    a.every("Phú Thọ", P, "Phú Thọ")
    a.every("vùng Trung du và miền núi phía Bắc", R)
    a.e("Minh Tuấn", PER)
    y25 = year(2025)
    pct(a, "10,52%", 10.52, nth=1)  # headline: merges into the body growth
    a.fact("grdp", period=y25, status="estimate", change=up(pct(a, "10,52%", 10.52, nth=2)))
    a.q("bốn địa phương", 4, "địa phương")
    size = vnd(a, "412,4 nghìn tỷ đồng", 412.4e12)
    a.fact("grdp", size, period=y25, status="estimate",
           change=up(pct(a, "15,56%", 15.56), YOY, amount=vnd(a, "55,5 nghìn tỷ đồng", 55.5e12)))
    for quote, amount in (("55,4%", 55.4), ("32,1%", 32.1), ("12,5%", 12.5)):
        pct(a, quote, amount)
    a.fact(IIP, period=y25, change=up(pct(a, "26,8%", 26.8)))
    a.fact(IIP, period=quarter(2025, 4), status="forecast", change=up(pct(a, "27,6%", 27.6)))
    # the last line is cut before its figure


# ---------------------------------------------------------------- rj02


def rj02_ca_nuoc_iip(a: Annotator) -> None:
    a.every("Cục Thống kê", O)
    a.e("Bộ Tài chính", O)
    a.q("34 địa phương", 34, "địa phương", nth=1)
    a.q("34 địa phương", 34, "địa phương", nth=2)
    q3 = quarter(2025, 3)
    q10 = pct(a, "10%", 10)
    a.fact(IIP, period=q3, status="estimate", change=up(q10, YOY), location=VN)
    for quote, amount, sector in (("10,2%", 10.2, CBCT), ("9,8%", 9.8, "sản xuất và phân phối điện"),
                                  ("8,2%", 8.2, KK), ("5,3%", 5.3, NUOC)):
        a.fact(IIP, period=q3, status="estimate", change=up(pct(a, quote, amount), YOY), location=VN,
               sector=sector)
    nine = ytd("2025-09")
    q91 = pct(a, "9,1%", 9.1)
    a.fact(IIP, period=nine, status="estimate", change=up(q91, YOY), location=VN)
    # base figure in the comparison `(cùng kỳ năm 2024 tăng 8,4%)`: a fact of its own
    q84 = pct(a, "8,4%", 8.4)
    a.fact(IIP, period=ytd("2024-09"), change=up(q84), location=VN)
    for quote, amount, sector in (("10,4%", 10.4, CBCT), ("6,1%", 6.1, "sản xuất và phân phối điện"),
                                  ("8,8%", 8.8, NUOC), ("0,1%", 0.1, KK)):
        a.fact(IIP, period=nine, status="estimate", change=up(pct(a, quote, amount), YOY), location=VN,
               sector=sector)
    # level-II industries after a colon: basis not stated in their clause
    for quote, amount, sector in (("26%", 26, "sản xuất xe có động cơ"),
                                  ("17,3%", 17.3, "sản xuất sản phẩm từ cao su và plastic"),
                                  ("15,6%", 15.6, "sản xuất sản phẩm từ khoáng phi kim loại khác")):
        a.fact(IIP, period=nine, change=up(pct(a, quote, amount)), location=VN, sector=sector)
    # `sản xuất kim loại tăng` is cut before its number: no fact


# ---------------------------------------------------------------- rj03


def rj03_ca_nuoc_fdi(a: Annotator) -> None:
    a.main = "Hà Nội"  # no province in the headline; all named once, Hà Nội first
    a.every("Việt Nam", C, "VN")
    a.e("Bộ Kế hoạch và Đầu tư", O)
    for name in ("Hà Nội", "Bình Dương", "Đồng Nai", "Bắc Ninh"):
        a.every(name, P, name)
    a.every("TP. Hồ Chí Minh", P, HCM)
    a.skip("hai với", near="đứng thứ hai với")
    ten = ytd("2019-10")
    usd(a, "hơn 29,1 tỷ USD", 29.1e9, "over")  # headline: merges (within 0.5%)
    total = usd(a, "29,11 tỷ USD", 29.11e9)
    a.fact("fdi_capital", total, period=ten, change=up(pct(a, "4,3%", 4.3), YOY), location=VN)
    cb = usd(a, "18,83 tỷ USD", 18.83e9)
    pct(a, "68,1%", 68.1)
    a.fact("fdi_capital", cb, period=ten, location=VN, sector="công nghiệp chế biến, chế tạo")
    bds = usd(a, "2,98 tỷ USD", 2.98e9)
    pct(a, "10,2%", 10.2)
    a.fact("fdi_capital", bds, period=ten, location=VN, sector="kinh doanh bất động sản")
    hn = usd(a, "6,61 tỷ USD", 6.61e9)
    pct(a, "22,7%", 22.7)
    a.fact("fdi_capital", hn, period=ten, location="Hà Nội")
    hcm = usd(a, "4,96 tỷ USD", 4.96e9)
    pct(a, "17%", 17)
    a.fact("fdi_capital", hcm, period=ten, location=HCM)


# ---------------------------------------------------------------- rj04


def rj04_dong_nai_iip(a: Annotator) -> None:
    a.main = "Đồng Nai"
    a.e("Chi cục Thống kê tỉnh Đồng Nai", O)
    a.every("Chi cục Thống kê", O)
    a.every("Đồng Nai", P, "Đồng Nai")
    a.e("Hồng Đạt", PER)
    a.skip("hai con", near="hai con số")
    dien = "sản xuất và phân phối điện, khí đốt, nước nóng, hơi nước và điều hòa không khí"
    pct(a, "14,38%", 14.38, nth=1)  # headline: merges into the 10-month fact
    oct_ = month("2025-10")
    a.fact(IIP, period=oct_, change=up(pct(a, "20,14%", 20.14), YOY))
    for quote, amount, sector in (("20,26%", 20.26, CBCT), ("22,08%", 22.08, dien), ("9,79%", 9.79, NUOC),
                                  ("2,99%", 2.99, KK)):
        a.fact(IIP, period=oct_, change=up(pct(a, quote, amount), YOY), sector=sector)
    ten = ytd("2025-10")
    a.fact(IIP, period=ten, change=up(pct(a, "14,38%", 14.38, nth=2), YOY))
    # `Cụ thể,` list: bare `tăng X%`, basis null (only a `Trong đó` clause takes its parent's basis)
    for quote, amount, sector in (("14,74%", 14.74, CBCT), ("5,70%", 5.70, KK), ("8,68%", 8.68, NUOC),
                                  ("7,54%", 7.54, dien)):
        a.fact(IIP, period=ten, change=up(pct(a, quote, amount)), sector=sector)


# ---------------------------------------------------------------- rj05


def rj05_tp_hcm(a: Annotator) -> None:
    a.main = HCM
    a.e("Sở Tài chính TP. Hồ Chí Minh", O)
    a.every("Sở Tài chính", O)
    a.every("TP. Hồ Chí Minh", P, HCM)
    a.skip("hai với", near="đứng thứ hai với")
    a.skip("ba với", near="đứng thứ ba với")
    y25 = year(2025)
    usd(a, "gần 8,37 tỷ USD", 8.37e9, "nearly", nth=1)  # headline
    total = usd(a, "gần 8,37 tỷ USD", 8.37e9, "nearly", nth=2)
    a.fact("fdi_capital", total, period=y25, status="estimate", change=up(pct(a, "24,2%", 24.2), YOY))
    a.fact("fdi_projects", a.q("1.865 dự án", 1865, "dự án"), period=y25, status="estimate", sector="cấp mới")
    a.fact("fdi_capital", usd(a, "hơn 1,6 tỷ USD", 1.6e9, "over"), period=y25, status="estimate",
           sector="cấp mới")
    a.fact("fdi_projects", a.q("432 dự án", 432, "dự án"), period=y25, status="estimate",
           sector="điều chỉnh tăng vốn")
    a.fact("fdi_capital", usd(a, "2,9 tỷ USD", 2.9e9), period=y25, status="estimate",
           sector="điều chỉnh tăng vốn")
    a.q("2.700 trường hợp", 2700, "trường hợp")
    a.fact("fdi_capital", usd(a, "3,7 tỷ USD", 3.7e9), period=y25, sector="góp vốn, mua cổ phần")
    end = stock("2025-12")
    a.fact("fdi_projects", a.q("20.310 dự án", 20310, "dự án"), period=end)
    a.fact("fdi_capital", usd(a, "khoảng 141,9 tỷ USD", 141.9e9, "about"), period=end)
    cb = "công nghiệp chế biến, chế tạo"
    a.fact("fdi_projects", a.q("5.829 dự án", 5829, "dự án"), period=end, sector=cb)
    a.fact("fdi_capital", usd(a, "hơn 75,4 tỷ USD", 75.4e9, "over"), period=end, sector=cb)
    pct(a, "53,3%", 53.3)
    a.fact("fdi_capital", usd(a, "28,5 tỷ USD", 28.5e9), period=end, sector="kinh doanh bất động sản")
    pct(a, "20,2%", 20.2)
    a.fact("fdi_capital", usd(a, "7,5 tỷ USD", 7.5e9), period=end,
           sector="bán buôn, bán lẻ, sửa chữa ô tô, mô tô, xe máy")


# ---------------------------------------------------------------- rj06


def rj06_ninh_binh(a: Annotator) -> None:
    a.main = "Ninh Bình"
    a.e("UBND tỉnh Ninh Bình", O)
    a.every("Ninh Bình", P, "Ninh Bình")
    a.e("Quanta Computer", O)
    a.e("McNex Vina", O)
    a.skip("3", near="xếp thứ 3 cả nước")
    a.skip("CO2")
    nine = ytd("2025-09")
    pct(a, "10,45%", 10.45, nth=1)  # headline
    a.fact("grdp", period=nine, status="estimate", change=up(pct(a, "10,45%", 10.45, nth=2)))
    a.q("ba địa phương", 3, "địa phương")
    a.fact("grdp", vnd(a, "248.056 tỷ đồng", 248056e9), period=nine)
    for quote, amount in (("46,52%", 46.52), ("34,47%", 34.47), ("11,08%", 11.08)):
        pct(a, quote, amount)
    a.fact(IIP, period=nine, change=up(pct(a, "22,03%", 22.03), YOY))
    # `vốn đầu tư phát triển toàn xã hội` (realised social investment): no metric
    vnd(a, "121.264 tỷ đồng", 121264e9)
    pct(a, "21,2%", 21.2)
    a.fact("investment_projects", a.q("267 dự án", 267, "dự án"), period=nine)
    a.fact("ddi_projects", a.q("197 dự án", 197, "dự án"), period=nine)
    a.fact("ddi_capital", vnd(a, "46.740 tỷ đồng", 46740e9), period=nine)
    a.fact("fdi_projects", a.q("70 dự án", 70, "dự án"), period=nine)
    a.fact("fdi_capital", usd(a, "924 triệu USD", 924e6), period=nine)
    a.fact("budget_revenue", period=nine, change=up(pct(a, "70,9%", 70.9), YOY))
    vnd(a, "trên 50.000 tỷ đồng", 50000e9, "over")  # a threshold: no fact


# ---------------------------------------------------------------- rj07


def rj07_vinh_long(a: Annotator) -> None:
    # location header Vĩnh Long; the text names no province
    a.e("Sở Lao động - Thương binh và Xã hội", O)
    a.e("Hội Cựu chiến binh", O)
    a.e("Thanh Lam", PER)
    pct(a, "gần 100%", 100, "nearly")  # headline: restates the +99,7% body fact
    m5, five = month("2018-05"), ytd("2018-05")
    xk = "xuất khẩu lao động"
    a.fact("employment", a.q("3.090 lao động", 3090, "lao động"), period=m5, change=up(pct(a, "24%", 24), YOY))
    a.fact("employment", a.q("135 lao động", 135, "lao động"), period=m5, change=up(pct(a, "55%", 55), YOY),
           sector=xk)
    a.fact("employment", a.q("12.350 lao động", 12350, "lao động"), period=five,
           change=up(pct(a, "8,6%", 8.6), YOY))
    pct(a, "65%", 65)
    a.fact("employment", a.q("713 lao động", 713, "lao động"), period=five,
           change=up(pct(a, "99,7%", 99.7), YOY), sector=xk)
    pct(a, "47,53%", 47.53)
    a.q("260 đại biểu", 260, "đại biểu")


# ---------------------------------------------------------------- rj08


def rj08_can_tho(a: Annotator) -> None:
    # location header Cần Thơ; the text names no province
    a.e("Sở Kế hoạch và Đầu tư thành phố", O)
    a.e("Anh Khoa", PER)
    a.skip("4", near="Tháng 4, thành phố có thêm")
    a.skip("4", near="trong tháng 4 vừa qua")
    a.skip("4", near="trong tháng 4, thành phố ước")
    a.skip("5", near="Trong tháng 5 và")
    apr, four = month("2018-04"), ytd("2018-04")
    a.q("5 dự án", 5, "dự án", nth=1)  # headline: merges into the body fact
    a.fact("ddi_projects", a.q("5 dự án", 5, "dự án", nth=2), period=apr)
    a.fact("ddi_capital", vnd(a, "123,37 tỉ đồng", 123.37e9), period=apr)
    now = stock("2018-05")
    a.fact("investment_projects", a.q("411 dự án", 411, "dự án"), period=now)
    a.fact("investment_capital", vnd(a, "81.152 tỉ đồng", 81152e9), period=now)
    a.fact("new_businesses", a.q("101 doanh nghiệp", 101, "doanh nghiệp"), period=apr, status="estimate")
    a.fact("new_businesses", vnd(a, "519,3 tỉ đồng", 519.3e9), period=apr, status="estimate")
    a.fact("new_businesses", a.q("460 doanh nghiệp", 460, "doanh nghiệp"), period=four)
    pct(a, "27,1%", 27.1)
    a.fact("new_businesses", vnd(a, "hơn 2.135 tỉ đồng", 2135e9, "over"), period=four)
    pct(a, "36,2%", 36.2)
    a.fact("new_businesses", period=four, change=up(pct(a, "7,2%", 7.2), YOY))
    a.fact("new_businesses", period=four, change=up(pct(a, "9,7%", 9.7), YOY))


# ---------------------------------------------------------------- rj09


def rj09_xuat_khau_2023(a: Annotator) -> None:
    a.main = HCM
    a.every("TP.HCM", P, HCM)
    for name in ("Bắc Ninh", "Bình Dương", "Hải Phòng", "Thái Nguyên", "Bắc Giang", "Đồng Nai", "Hà Nội",
                 "Phú Thọ", "Vĩnh Phúc"):
        a.every(name, P, name)
    a.e("Bộ Công Thương", O)
    for n in ("8", "4", "6"):
        a.skip(n, near=f"thứ {n}")
    a.q("9 địa phương", 9, "địa phương", nth=1)
    usd(a, "trên 10 tỷ USD", 10e9, "over")  # headline threshold: no fact
    a.q("63 tỉnh", 63, "tỉnh")
    a.q("9 địa phương", 9, "địa phương", nth=2)
    usd(a, "10 tỷ USD", 10e9, near="từ 10 tỷ USD trở lên")  # threshold: no fact
    y23 = year(2023)
    for quote, amount, place in (("42,46 tỷ USD", 42.46e9, HCM), ("39,3 tỷ USD", 39.3e9, "Bắc Ninh"),
                                 ("30,61 tỷ USD", 30.61e9, "Bình Dương"), ("25,69 tỷ USD", 25.69e9, "Thái Nguyên"),
                                 ("21,62 tỷ USD", 21.62e9, "Đồng Nai"), ("16,66 tỷ USD", 16.66e9, "Hà Nội")):
        a.fact("export_value", usd(a, quote, amount), period=y23, location=place)
    hp = usd(a, "26,8 tỷ USD", 26.8e9)
    a.fact("export_value", hp, period=y23, location="Hải Phòng",
           change=up(pct(a, "7,4%", 7.4), YOY, amount=usd(a, "1,84 tỷ USD", 1.84e9)))
    bg = usd(a, "24,5 tỷ USD", 24.5e9)
    a.fact("export_value", bg, period=y23, location="Bắc Giang",
           change=up(pct(a, "8,3%", 8.3), YOY, amount=usd(a, "gần 1,9 tỷ USD", 1.9e9, "nearly")))


# ---------------------------------------------------------------- rj10


def rj10_bac_ninh_iip(a: Annotator) -> None:
    # no date line: yearless months and `9 tháng` have no year, so every period is null
    a.main = "Bắc Ninh"
    a.every("Bắc Ninh", P, "Bắc Ninh")
    a.skip("5", near="sâu nhất 5 năm")
    a.skip("5", near="vòng 5 năm")
    a.skip("9", near="Trong tháng 9")
    a.skip("2", near="24 ngành công nghiệp cấp 2")
    a.skip("2", near="15/20 ngành cấp 2")
    pct(a, "13,82%", 13.82, nth=1)  # headline: merges into the 9-month fact
    q238, q001 = pct(a, "2,38%", 2.38), pct(a, "0,01%", 0.01)
    a.fact(IIP, period=None, change=up(q001, YOY), other_changes=[up(q238, PREV)])
    dt = "sản xuất sản phẩm điện tử, máy vi tính và sản phẩm quang học"
    a.fact(IIP, period=None, change=up(pct(a, "2,73%", 2.73)), sector=dt)
    pct(a, "3,92%", 3.92)  # output of a product: no metric
    a.q("24 ngành", 24, "ngành")
    pct(a, "50%", 50, nth=1)
    pct(a, "50%", 50, nth=2)
    a.fact(IIP, period=None, change=down(pct(a, "13,82%", 13.82, nth=2), YOY))
    for quote, amount, sector in (("27,58%", 27.58, "sản xuất hóa chất và sản phẩm hóa chất"),
                                  ("25,1%", 25.1, "in, sao chép bản ghi các loại"),
                                  ("23,59%", 23.59, "sản xuất thiết bị điện"), ("13,9%", 13.9, dt)):
        a.fact(IIP, period=None, change=down(pct(a, quote, amount)), sector=sector)
    a.q("4 ngành", 4, "ngành")
    a.q("1 ngành", 1, "ngành")


# ---------------------------------------------------------------- rj11


def rj11_lam_dong(a: Annotator) -> None:
    # location header Lâm Đồng; the text names no province
    a.e("Sở Công Thương", O)
    a.e("Hoàng Yến", PER)
    a.skip("10", near="xuất khẩu tháng 10 tăng")
    a.skip("10", near="kim ngạch tháng 10 ước")
    oct_ = month("2022-10")
    pct(a, "13,1%", 13.1, nth=1)  # headline
    a.fact("export_value", usd(a, "77,52 triệu USD", 77.52e6), period=oct_, status="estimate",
           change=up(pct(a, "13,1%", 13.1, nth=2), YOY))
    a.fact("export_value", usd(a, "48,06 triệu USD", 48.06e6), period=oct_, status="estimate",
           change=up(pct(a, "47,89%", 47.89), YOY), sector="doanh nghiệp trong nước")
    pct(a, "62%", 62)
    a.fact("export_value", usd(a, "29,46 triệu USD", 29.46e6), period=oct_, status="estimate",
           change=down(pct(a, "18,26%", 18.26), YOY), sector="doanh nghiệp có vốn đầu tư nước ngoài")
    pct(a, "38%", 38)
    a.fact("export_value", usd(a, "731,2 triệu USD", 731.2e6), period=ytd("2022-10"), status="estimate",
           change=up(pct(a, "39,13%", 39.13), YOY))
    pct(a, "89,72%", 89.72)
    a.fact("import_value", usd(a, "14,84 triệu USD", 14.84e6), period=oct_, status="estimate",
           change=up(pct(a, "34,07%", 34.07), YOY))


# ---------------------------------------------------------------- rj12


def rj12_ha_tinh(a: Annotator) -> None:
    a.main = "Hà Tĩnh"
    formosa = "Công ty TNHH Gang thép Hưng Nghiệp Formosa Hà Tĩnh"
    a.e("Sở Công Thương Hà Tĩnh", O)
    a.e(formosa, O)
    a.every("Hà Tĩnh", P, "Hà Tĩnh")
    a.skip("Covid-19")
    a.skip("9", near="so với tháng 9.")
    usd(a, "hơn 920 triệu USD", 920e6, "over")  # headline: merges (within 0.5%)
    pct(a, "34,52%", 34.52, nth=1)
    ten = ytd("2020-10")
    a.fact("export_value", usd(a, "920,83 triệu USD", 920.83e6), period=ten, status="estimate",
           change=up(pct(a, "34,52%", 34.52, nth=2), YOY))
    for quote, amount, cq, ca, product in (("718,28 triệu USD", 718.28e6, "36,2%", 36.2, "thép và phôi thép"),
                                           ("27,15 triệu USD", 27.15e6, "18,3%", 18.3, "dăm gỗ"),
                                           ("5,2 triệu USD", 5.2e6, "32,3%", 32.3, "dệt và may mặc"),
                                           ("3,66 triệu USD", 3.66e6, "15,8%", 15.8, "gạo")):
        a.fact("export_value", usd(a, quote, amount), period=ten, change=up(pct(a, cq, ca), YOY), product=product)
    a.fact("export_value", usd(a, "106,28 triệu USD", 106.28e6), period=month("2020-10"), status="estimate",
           change=up(pct(a, "5,92%", 5.92), PREV))
    a.fact("export_value", usd(a, "825,79 triệu USD", 825.79e6), period=None, subject=formosa)
    pct(a, "89,67%", 89.67)
    a.fact("export_value", usd(a, "1,2 tỷ USD", 1.2e9), period=year(2020), status="target")


# ---------------------------------------------------------------- rj13


def rj13_thai_nguyen(a: Annotator) -> None:
    # no date line: `đến ngày 15/9` and `giữa tháng 9` have no year, so every period is null
    a.main = "Thái Nguyên"
    a.every("Thái Nguyên", P, "Thái Nguyên")
    a.e("Ban Quản lý các Khu công nghiệp tỉnh", O)
    a.e("Minh Hằng", PER)
    a.skip("9", near="giữa tháng 9")
    a.q("11 dự án", 11, "dự án", nth=1)  # headline
    a.fact("fdi_projects", a.q("11 dự án", 11, "dự án", nth=2), period=None)
    a.fact("fdi_capital", usd(a, "xấp xỉ 31 triệu USD", 31e6, "about"), period=None)
    pct(a, "15,3%", 15.3)  # `chỉ bằng 15,3%` of last year: a ratio, no change
    a.fact("fdi_projects", a.q("9 dự án", 9, "dự án"), period=None, sector="công nghiệp chế biến, chế tạo")
    a.fact("fdi_projects", a.q("156 dự án", 156, "dự án"), period=None)
    a.fact("fdi_capital", usd(a, "8,2 tỷ USD", 8.2e9), period=None)
    vnd(a, "khoảng 189 nghìn tỷ đồng", 189e12, "about")  # conversion of 8,2 tỷ USD


# ---------------------------------------------------------------- rj14


def rj14_hai_phong(a: Annotator) -> None:
    a.main = "Hải Phòng"
    a.every("Hải Phòng", P, "Hải Phòng")
    a.e("Khu kinh tế Đình Vũ - Cát Hải", IP)
    a.e("Đức Anh", PER)
    two = ytd("2024-02")
    usd(a, "2,5 tỷ USD", 2.5e9, nth=1)  # headline: merges into the 2,5 tỷ target
    a.fact("fdi_capital", usd(a, "165,24 triệu USD", 165.24e6), period=two)
    a.fact("fdi_projects", a.q("18 dự án", 18, "dự án"), period=two, sector="cấp mới")
    a.fact("fdi_capital", usd(a, "150,27 triệu USD", 150.27e6), period=two, sector="cấp mới")
    a.fact("fdi_projects", a.q("7 dự án", 7, "dự án"), period=two, sector="điều chỉnh tăng vốn")
    a.fact("fdi_capital", usd(a, "12,75 triệu USD", 12.75e6), period=two, sector="điều chỉnh tăng vốn")
    y24 = year(2024)
    a.fact("fdi_capital", usd(a, "2 tỷ USD", 2e9), period=y24, status="target")
    a.fact("fdi_capital", usd(a, "2,5 tỷ USD", 2.5e9, nth=2), period=y24, status="target")
    a.q("15 khu công nghiệp", 15, "khu công nghiệp")
    a.q("6.200 ha", 6200, "ha")
    a.q("khoảng 20.000 ha", 20000, "ha", "about")
    end = stock("2024-02")
    a.fact("fdi_projects", a.q("950 dự án", 950, "dự án"), period=end)
    a.fact("fdi_capital", usd(a, "30,04 tỷ USD", 30.04e9), period=end)
    inside, outside = "các khu công nghiệp, khu kinh tế", "ngoài các khu công nghiệp, khu kinh tế"
    a.fact("fdi_projects", a.q("542 dự án", 542, "dự án"), period=end, sector=inside)
    a.fact("fdi_capital", usd(a, "26,4 tỷ USD", 26.4e9), period=end, sector=inside)
    a.fact("fdi_projects", a.q("408 dự án", 408, "dự án"), period=end, sector=outside)
    a.fact("fdi_capital", usd(a, "3,64 tỷ USD", 3.64e9), period=end, sector=outside)
    # public investment plan: no metric
    vnd(a, "khoảng 19.972 tỷ đồng", 19972e9, "about")
    vnd(a, "6.669 tỷ đồng", 6669e9)


# ---------------------------------------------------------------- rj15


def rj15_bac_ninh_fdi(a: Annotator) -> None:
    a.main = "Bắc Ninh"
    samsung = "Công ty TNHH Samsung Display Việt Nam"
    hanwha = "Công ty TNHH Hanwha Techwin Security Việt Nam"
    a.e(samsung, O)
    a.every("Samsung Display", O)
    a.e(hanwha, O)
    a.e("KCN Quế Võ", IP)
    a.e("Tập đoàn Golden Horse", O)
    a.e("Hàn Quốc", C, "KR")
    a.e("Tổng cục Thống kê", O)
    a.every("Bắc Ninh", P, "Bắc Ninh")
    q1 = quarter(2017, 1)
    usd(a, "hơn 2,6 tỷ USD", 2.6e9, "over")  # headline: merges (within 0.5%)
    a.fact("fdi_capital", usd(a, "hơn 2,61 tỷ USD", 2.61e9, "over"), period=q1)
    a.fact("fdi_projects", a.q("32 dự án", 32, "dự án"), period=q1, sector="cấp mới")
    a.fact("fdi_projects", a.q("8 dự án", 8, "dự án"), period=q1, sector="điều chỉnh tăng vốn")
    pct(a, "33,86%", 33.86)
    a.fact("project_capital", usd(a, "6,5 tỷ USD", 6.5e9), period=None, subject=samsung,
           change=up(amount=usd(a, "2,5 tỷ USD", 2.5e9)))
    a.q("180 triệu sản phẩm", 180e6, "sản phẩm")  # the former capacity: no fact of its own
    a.fact("production_capacity", a.q("220 triệu sản phẩm", 220e6, "sản phẩm"), period=None,
           status="forecast", change=up(), subject=samsung)
    a.fact("project_capital", usd(a, "100 triệu USD", 100e6), period=None, subject=hanwha)
    a.fact("project_capital", usd(a, "500 triệu USD", 500e6), period=None, subject="Tập đoàn Golden Horse",
           partner="KR")
    now = stock("2017-04")
    a.fact("fdi_projects", a.q("984 dự án", 984, "dự án"), period=now)
    a.fact("fdi_capital", usd(a, "hơn 15 tỷ USD", 15e9, "over"), period=now)
    a.fact("fdi_projects", a.q("493 dự án", 493, "dự án"), period=q1, location=VN, sector="cấp mới")
    a.fact("fdi_capital", usd(a, "2,917 tỷ USD", 2.917e9), period=q1, location=VN, sector="cấp mới")
    a.fact("fdi_projects", a.q("223 dự án", 223, "dự án"), period=q1, location=VN, sector="điều chỉnh tăng vốn")
    # `với tổng vốn tăng` is cut before its number: no fact


# ---------------------------------------------------------------- rj16


def rj16_quang_nam(a: Annotator) -> None:
    a.main = "Quảng Nam"
    a.e("HĐND tỉnh Quảng Nam", O)
    a.every("Quảng Nam", P, "Quảng Nam")
    a.skip("10", near="cao nhất 10 năm")
    a.skip("10", near="vòng 10 năm")
    a.skip("3", near="kỳ họp thứ 3")
    y16 = year(2016)
    pct(a, "14,73%", 14.73, nth=1)  # headline
    a.fact("grdp", period=y16, change=up(pct(a, "14,73%", 14.73, nth=2)))
    pct(a, "88,1%", 88.1)
    pct(a, "11,9%", 11.9)
    vnd(a, "hơn 53 triệu đồng", 53e6, "over")  # per head: no fact
    vnd(a, "6,7 triệu đồng", 6.7e6)
    q48 = pct(a, "48%", 48)
    a.fact("budget_revenue", vnd(a, "13.000 tỷ đồng", 13000e9), period=y16, status="forecast",
           change=up(pct(a, "hơn 35%", 35, "over"), YOY), other_changes=[up(q48, PLAN)], sector="thu nội địa")
    pct(a, "trên 70%", 70, "over")
    a.fact("budget_revenue", vnd(a, "hơn 6.000 tỷ đồng", 6000e9, "over"), period=y16, status="forecast",
           change=up(pct(a, "30,4%", 30.4), PLAN), sector="thu xuất nhập khẩu")


# ---------------------------------------------------------------- rj17


def rj17_ca_nuoc_xnk(a: Annotator) -> None:
    a.main = "Phú Thọ"
    a.every("TP.HCM", P, HCM)
    for name in ("Phú Thọ", "Bắc Ninh", "Bình Dương", "Thái Nguyên", "Hải Phòng", "Đồng Nai", "Bắc Giang",
                 "Hà Nội", "Hải Dương"):
        a.every(name, P, name)
    a.e("Cục Xuất nhập khẩu", O)
    a.e("Bộ Công Thương", O)
    a.skip("Covid-19")
    a.skip("4", near="lần thứ 4")
    a.skip("10", near="xếp thứ 10")
    a.skip("8", near="đứng thứ 8")
    a.q("10 địa phương", 10, "địa phương")
    y21 = year(2021)
    a.fact("trade_value", usd(a, "668,55 tỷ USD", 668.55e9), period=y21, location=VN)
    a.fact("export_value", usd(a, "hơn 336,3 tỷ USD", 336.3e9, "over"), period=y21, location=VN,
           change=up(pct(a, "19%", 19), YOY))
    a.fact("import_value", usd(a, "332,2 tỷ USD", 332.2e9), period=y21, location=VN,
           change=up(pct(a, "26,5%", 26.5), YOY))
    a.fact("trade_balance", usd(a, "hơn 4 tỷ USD", 4e9, "over"), period=y21, location=VN)
    a.q("Mười địa phương", 10, "địa phương")
    a.q("3 bậc", 3, "bậc")
    a.fact("export_value", usd(a, "8,2 tỷ USD", 8.2e9), period=y21, change=up(pct(a, "91,5%", 91.5), YOY))
    a.fact("export_value", usd(a, "44,902 tỷ USD", 44.902e9), period=y21, location=HCM,
           change=up(pct(a, "1,2%", 1.2), YOY))
    a.q("1 bậc", 1, "bậc")
    a.fact("export_value", usd(a, "15,5 tỷ USD", 15.5e9), period=y21, location="Hà Nội",
           change=up(pct(a, "2,2%", 2.2), YOY))


# ---------------------------------------------------------------- rj18


def rj18_dong_nai_xk(a: Annotator) -> None:
    a.main = "Đồng Nai"
    a.e("Sở Công Thương Đồng Nai", O)
    a.every("Đồng Nai", P, "Đồng Nai")
    oct_ = month("2020-10")
    fdi = "doanh nghiệp FDI"
    pct(a, "5,8%", 5.8, nth=1)  # headline: merges into the export fact (its YoY change)
    usd(a, "426 triệu USD", 426e6, nth=1)  # headline: merges into the trade balance
    a.fact("export_value", usd(a, "1.858 triệu USD", 1858e6), period=oct_, status="estimate",
           change=up(pct(a, "5,8%", 5.8, nth=2), YOY), other_changes=[up(pct(a, "11,4%", 11.4), PREV)])
    pct(a, "khoảng 75,6%", 75.6, "about")
    a.fact("export_value", usd(a, "1.404 triệu USD", 1404e6), period=oct_, status="estimate",
           change=up(pct(a, "khoảng 6%", 6, "about"), YOY),
           other_changes=[up(pct(a, "khoảng 11,8%", 11.8, "about"), PREV)], sector=fdi)
    pct(a, "khoảng 6,96%", 6.96, "about")
    a.fact("import_value", usd(a, "1.431 triệu USD", 1431e6), period=oct_,
           change=up(pct(a, "1,8%", 1.8), YOY), other_changes=[up(pct(a, "15,1%", 15.1), PREV)])
    pct(a, "74,2%", 74.2)
    a.fact("import_value", usd(a, "1.061 triệu USD", 1061e6), period=oct_, status="estimate",
           change=up(pct(a, "khoảng 2%", 2, "about"), YOY),
           other_changes=[up(pct(a, "khoảng 15,7%", 15.7, "about"), PREV)], sector=fdi)
    pct(a, "khoảng 5,84%", 5.84, "about")
    a.fact("import_value", period=oct_, location=VN, change=up(pct(a, "10,1%", 10.1), YOY),
           other_changes=[up(pct(a, "1,2%", 1.2), PREV)])
    a.fact("trade_balance", usd(a, "426 triệu USD", 426e6, nth=2), period=oct_,
           change=up(pct(a, "22%", 22), YOY), other_changes=[up(pct(a, "0,4%", 0.4), PREV)])
    pct(a, "19,4%", 19.4)


BUILDERS = (rj01_phu_tho, rj02_ca_nuoc_iip, rj03_ca_nuoc_fdi, rj04_dong_nai_iip, rj05_tp_hcm, rj06_ninh_binh,
            rj07_vinh_long, rj08_can_tho, rj09_xuat_khau_2023, rj10_bac_ninh_iip, rj11_lam_dong, rj12_ha_tinh,
            rj13_thai_nguyen, rj14_hai_phong, rj15_bac_ninh_fdi, rj16_quang_nam, rj17_ca_nuoc_xnk,
            rj18_dong_nai_xk)

GOLD_SET = GoldSet.in_corpus("real_held2", BUILDERS)

if __name__ == "__main__":
    sys.exit(GOLD_SET.main(sys.argv))
