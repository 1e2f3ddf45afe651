"""Gold of the real5 set (spec v1.4): 16 articles written from real public pages.

One build function per article (named as its stem). Run from the repository root:
    .venv/bin/python scripts/build_real5_gold.py            # build and check
    .venv/bin/python scripts/build_real5_gold.py validate   # check the written gold
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from goldkit import (  # noqa: E402
    AVG, PLAN, PREV, YOY, Annotator, GoldSet, down, month, months, quarter, stock, up, year, ytd,
)

VN = "Việt Nam"


def prov(a: Annotator, name: str, norm: str | None = None) -> None:
    a.every(name, "PROVINCE", norm or name)


def skip_re(a: Annotator, pattern: str) -> None:
    """Digits that are no quantity (yearless `tháng 11`, ranks `thứ 3`, `top 10`)."""
    for m in re.finditer(pattern, a.text):
        if m.start() >= a.body_start:
            a.not_quantities.append((m.start(), m.end()))


YEARLESS_MONTH = r"(?<=tháng )\d{1,2}(?![/\d.-])"
RANK = r"(?<=thứ )\d+|(?<=top )\d+|(?<=Top )\d+"


# --------------------------------------------------------------- re01 Đồng Nai (location header)

def re01_dong_nai(a: Annotator) -> None:
    # `location Đồng Nai` header: the article never names its province.
    a.e("Sở Kế hoạch - đầu tư", "ORG")
    a.e("Khánh Minh", "PERSON")
    a.skip("16-4")
    a.q("gần 1.100 tỷ đồng", 1.1e12, "VND", "nearly", nth=1)  # headline, restates the body
    total = a.q("gần 1.100 tỷ đồng", 1.1e12, "VND", "nearly", nth=2)
    flow = ytd("2015-04")  # `từ đầu năm đến ngày 16-4`, year of the date line
    a.fact("ddi_capital", total, period=flow)
    # `Cụ thể, ...`: the DDI scope of the previous sentence carries on.
    n = a.q("6 dự án", 6, "dự án")
    c = a.q("trên 945 tỷ đồng", 945e9, "VND", "over")
    a.fact("ddi_projects", n, period=flow, sector="cấp mới")
    a.fact("ddi_capital", c, period=flow, sector="cấp mới")
    n = a.q("3 dự án", 3, "dự án")
    c = a.q("gần 152 tỷ đồng", 152e9, "VND", "nearly")
    a.fact("ddi_projects", n, period=flow, sector="điều chỉnh tăng vốn")
    a.fact("ddi_capital", c, period=flow, sector="điều chỉnh tăng vốn")
    # `Tính từ trước đến nay` (no month/year) and `hiện còn hiệu lực`: stocks at the date.
    s = stock("2015-04")
    a.fact("ddi_projects", a.q("616 dự án", 616, "dự án"), period=s)
    a.fact("ddi_capital", a.q("hơn 162 ngàn tỷ đồng", 162e12, "VND", "over"), period=s)
    a.fact("ddi_projects", a.q("khoảng 587 dự án", 587, "dự án", "about"), period=s)
    a.fact("ddi_capital", a.q("gần 135 ngàn tỷ đồng", 135e12, "VND", "nearly"), period=s)


# --------------------------------------------------------------- re02 Bắc Giang

def re02_bac_giang(a: Annotator) -> None:
    a.main = "Bắc Giang"
    prov(a, "Bắc Giang")
    a.e("Vi Hải", "PERSON")
    skip_re(a, RANK)
    q1 = quarter(2021, 1)
    total = a.q("698,54 triệu USD", 698.54e6, "USD")
    factor = a.q("4,3 lần", 4.3, "lần")
    a.fact("investment_capital", total, period=q1, change=up(None, YOY, factor=factor))
    # `Trong quý` = the lead's quarter.
    a.fact("ddi_projects", a.q("8 dự án", 8, "dự án"), period=q1, sector="cấp mới")
    a.fact("ddi_capital", a.q("768,52 tỷ đồng", 768.52e9, "VND"), period=q1, sector="cấp mới")
    a.fact("ddi_projects", a.q("1 dự án", 1, "dự án"), period=q1, sector="điều chỉnh tăng vốn")
    a.fact("ddi_capital", a.q("16 tỷ đồng", 16e9, "VND"), period=q1, sector="điều chỉnh tăng vốn")
    a.fact("fdi_projects", a.q("6 dự án", 6, "dự án"), period=q1, sector="cấp mới")
    a.fact("fdi_capital", a.q("597,5 triệu USD", 597.5e6, "USD"), period=q1, sector="cấp mới")
    # `10 dự án khác`: FDI scope from earlier in the sentence.
    a.fact("fdi_projects", a.q("10 dự án", 10, "dự án"), period=q1, sector="điều chỉnh tăng vốn")
    # `bằng 55,3% cùng kỳ`: a ratio to last year, no stated change (like plan attainment).
    a.fact("fdi_capital", a.q("60,02 triệu USD", 60.02e6, "USD"), period=q1, sector="điều chỉnh tăng vốn")
    a.q("55,3%", 55.3, "percent")
    a.q("khoảng 150 triệu USD", 150e6, "USD", "about")  # average per project: no fact
    s = stock("2021-04")  # `Lũy kế đến nay` at the date line
    a.fact("investment_projects", a.q("1.802 dự án", 1802, "dự án"), period=s)
    a.fact("ddi_projects", a.q("1.321 dự án", 1321, "dự án"), period=s)
    a.fact("ddi_capital", a.q("92.673 tỷ đồng", 92673e9, "VND"), period=s)
    a.fact("fdi_projects", a.q("481 dự án", 481, "dự án"), period=s)
    a.fact("fdi_capital", a.q("6.784,65 triệu USD", 6784.65e6, "USD"), period=s)
    a.fact("new_businesses", a.q("187 doanh nghiệp", 187, "doanh nghiệp"), period=q1)
    a.fact("new_businesses", a.q("1.200 tỷ đồng", 1.2e12, "VND"), period=q1)


# --------------------------------------------------------------- re03 Quảng Ninh (after the merger)

def re03_quang_ninh(a: Annotator) -> None:
    a.main = "Quảng Ninh"
    a.e("UBND tỉnh", "ORG", nth=1)
    a.e("UBND tỉnh Quảng Ninh", "ORG")
    prov(a, "Quảng Ninh")
    a.e("Bùi Văn Khắng", "PERSON")
    skip_re(a, YEARLESS_MONTH)
    nov, jan_nov = month("2025-11"), ytd("2025-11")
    a.q("hơn 72.900 tỷ đồng", 72.9e12, "VND", "over", nth=1)  # headline
    a.fact("budget_revenue", a.q("3.816 tỷ đồng", 3.816e12, "VND"), period=nov)
    # The lead's `hơn 72.900 tỷ đồng` and the body's `72.933 tỷ đồng` agree (0.05%): one fact,
    # first statement in the body.
    a.fact("budget_revenue", a.q("hơn 72.900 tỷ đồng", 72.9e12, "VND", "over", nth=2), period=jan_nov)
    a.fact("budget_revenue", a.q("2.895 tỷ đồng", 2.895e12, "VND"), period=nov, sector="thu nội địa")
    a.fact("budget_revenue", a.q("941 tỷ đồng", 941e9, "VND"), period=nov,
           sector="thu từ hoạt động xuất nhập khẩu")
    a.q("72.933 tỷ đồng", 72.933e12, "VND")
    a.q("132%", 132, "percent")
    a.q("127%", 127, "percent")
    for text, amount, sector in (("15,55%", 15.55, "khai khoáng"), ("44,37%", 44.37, "sản xuất điện"),
                                 ("1,71%", 1.71, "chế biến, chế tạo")):
        a.fact("industrial_production_index", None, period=nov,
               change=up(a.q(text, amount, "percent"), PREV), sector=sector)
    a.q("19,83 triệu lượt khách", 19.83e6, "lượt khách")  # tourists: no fact
    a.q("93,19%", 93.19, "percent")
    a.fact("revenue", a.q("52.600 tỷ đồng", 52.6e12, "VND"), period=jan_nov, sector="du lịch")
    a.q("92,28%", 92.28, "percent")
    a.fact("ddi_capital", a.q("33.000 tỷ đồng", 33e12, "VND"), period=nov)
    a.fact("fdi_capital", a.q("trên 230 triệu USD", 230e6, "USD", "over"), period=nov)


# --------------------------------------------------------------- re04 GRDP ranking 2025

def re04_grdp_ca_nuoc(a: Annotator) -> None:
    a.every("Cục Thống kê", "ORG")
    a.e("Bộ Tài chính", "ORG")
    for name in ("Quảng Ninh", "Hải Phòng", "Ninh Bình", "Phú Thọ", "Bắc Ninh", "Quảng Ngãi"):
        prov(a, name)
    a.e("Khu kinh tế ven biển Quảng Yên", "INDUSTRIAL_PARK")
    a.e("Thành Công Việt Hưng", "ORG")
    a.e("Đông Mai", "INDUSTRIAL_PARK")
    a.e("Hải Hà", "INDUSTRIAL_PARK")
    a.e("Tập đoàn LG", "ORG")
    a.e("VinFast", "ORG")
    a.main = "Quảng Ninh"
    a.skip("hai con", near="hai con số")  # `hai con số`: two-digit, no quantity
    y = year(2025)
    a.q("6 địa phương", 6, "địa phương", nth=1)
    a.q("trên 10%", 10, "percent", "over")  # threshold: no fact
    a.fact("grdp", None, period=y, change=up(a.q("8,02%", 8.02, "percent")), location=VN)
    a.q("34 tỉnh", 34, "tỉnh")
    a.q("6 địa phương", 6, "địa phương", nth=2)
    a.q("10,02%", 10.02, "percent", nth=1)  # range of the group: no fact
    a.q("11,89%", 11.89, "percent", nth=1)
    for text, place, nth in (("11,89%", "Quảng Ninh", 2), ("11,81%", "Hải Phòng", None),
                             ("10,65%", "Ninh Bình", None), ("10,52%", "Phú Thọ", None),
                             ("10,27%", "Bắc Ninh", None), ("10,02%", "Quảng Ngãi", 2)):
        pct = a.q(text, float(text[:-1].replace(",", ".")), "percent", nth=nth)
        a.fact("grdp", None, period=y, change=up(pct), location=place)
    a.q("6 địa phương", 6, "địa phương", nth=3)  # caption


# --------------------------------------------------------------- re05 Nghệ An jobs (after the merger)

def re05_nghe_an(a: Annotator) -> None:
    a.main = "Nghệ An"
    a.e("UBND tỉnh Nghệ An", "ORG")
    a.e("Trung tâm Dịch vụ việc làm Nghệ An", "ORG")
    a.e("Công ty LuxShare ICT", "ORG")
    a.e("khu công nghiệp VSIP Nghệ An", "INDUSTRIAL_PARK")
    prov(a, "Nghệ An")
    for name, code in (("Nhật Bản", "JP"), ("Hàn Quốc", "KR"), ("Đài Loan", "TW"), ("Trung Quốc", "CN"),
                       ("Singapore", "SG")):
        a.e(name, "COUNTRY", code)
    a.e("Thành Duy", "PERSON")
    skip_re(a, YEARLESS_MONTH)
    nine, sep = ytd("2025-09"), month("2025-09")
    a.q("Gần 14.000 người", 14000, "người", "nearly")  # headline, restates the body
    a.fact("employment", a.q("khoảng 34.200 người", 34200, "người", "about"), period=nine)
    a.q("74,35%", 74.35, "percent")
    a.fact("employment", a.q("gần 14.000 người", 14000, "người", "nearly"), period=nine,
           sector="làm việc ở nước ngoài")
    a.q("87,5%", 87.5, "percent")
    a.fact("employment", a.q("3.200 lao động", 3200, "lao động"), period=sep)
    a.fact("employment", a.q("1.200 người", 1200, "người"), period=sep, sector="làm việc ở nước ngoài")
    a.q("15 tuổi", 15, "tuổi")
    a.fact("employment", a.q("hơn 1,63 triệu người", 1.63e6, "người", "over"), period=year(2024),
           sector="lực lượng lao động")
    for text in ("53,19%", "46,81%"):
        a.q(text, float(text[:-1].replace(",", ".")), "percent")
    a.q("Khoảng 84,5%", 84.5, "percent", "about")
    a.q("khoảng 15,5%", 15.5, "percent", "about")
    a.q("182 doanh nghiệp", 182, "doanh nghiệp")


# --------------------------------------------------------------- re06 Hà Nội (no date line)

def re06_ha_noi(a: Annotator) -> None:
    a.main = "Hà Nội"
    a.e("UBND thành phố Hà Nội", "ORG")
    a.e("Tổng Công ty May 10", "ORG")
    a.e("TTXVN", "ORG")
    prov(a, "Hà Nội")
    a.skip("10", near="May 10")
    skip_re(a, YEARLESS_MONTH)
    jul, jan_jul = month("2024-07"), ytd("2024-07")
    a.q("Hơn 3.000 doanh nghiệp", 3000, "doanh nghiệp", "over")  # headline: 3.007 within 0.5%
    a.fact("new_businesses", a.q("3.007 doanh nghiệp", 3007, "doanh nghiệp"), period=jul,
           change=up(a.q("20%", 20, "percent"), YOY))
    a.fact("new_businesses", a.q("24,1 nghìn tỷ đồng", 24.1e12, "VND"), period=jul,
           change=up(a.q("4%", 4, "percent")))
    a.q("997 doanh nghiệp", 997, "doanh nghiệp")  # businesses back in operation: no metric
    a.q("56%", 56, "percent")
    a.fact("new_businesses", a.q("gần 18 nghìn doanh nghiệp", 18000, "doanh nghiệp", "nearly"),
           period=jan_jul, change=down(a.q("2%", 2, "percent"), YOY))
    a.fact("new_businesses", a.q("162,1 nghìn tỷ đồng", 162.1e12, "VND"), period=jan_jul,
           change=down(a.q("9%", 9, "percent"), YOY))
    a.q("6,6 nghìn doanh nghiệp", 6600, "doanh nghiệp")
    a.q("14%", 14, "percent")
    # `tháng 7` without a year: 2024 from `Lũy kế 7 tháng năm 2024`.
    prev = a.q("2,3%", 2.3, "percent")
    a.fact("industrial_production_index", None, period=jul, status="estimate",
           change=up(a.q("6,2%", 6.2, "percent"), YOY), other_changes=[up(prev, PREV)])
    a.fact("industrial_production_index", None, period=jan_jul, change=up(a.q("5,2%", 5.2, "percent"), YOY))
    for text, sector, direction in (("4,4%", "chế biến, chế tạo", up),
                                    ("12,8%", "sản xuất và phân phối điện", up),
                                    ("8,8%", "cung cấp nước và xử lý rác, nước thải", up),
                                    ("3,3%", "khai khoáng", down)):
        pct = a.q(text, float(text[:-1].replace(",", ".")), "percent")
        a.fact("industrial_production_index", None, period=jan_jul, change=direction(pct, YOY), sector=sector)
    # A separate sentence with bare `tăng X%`: basis null.
    for text, sector in (("14,9%", "sản xuất máy móc, thiết bị"),
                         ("13,8%", "sản xuất giấy và sản phẩm từ giấy"),
                         ("11%", "sản xuất giường, tủ, bàn, ghế"),
                         ("9,1%", "công nghiệp chế biến, chế tạo khác"),
                         ("8,7%", "sản xuất thiết bị điện")):
        pct = a.q(text, float(text[:-1].replace(",", ".")), "percent")
        a.fact("industrial_production_index", None, period=jan_jul, change=up(pct), sector=sector)


# --------------------------------------------------------------- re07 TP. Hồ Chí Minh FDI

def re07_tp_hcm(a: Annotator) -> None:
    a.main = "TP. Hồ Chí Minh"
    prov(a, "TP. Hồ Chí Minh")
    for name, code in (("Singapore", "SG"), ("Nhật Bản", "JP"), ("Ấn Độ", "IN")):
        a.e(name, "COUNTRY", code)
    a.e("S.Nam", "PERSON")
    y = year(2023)
    a.q("hơn 5,8 tỷ USD", 5.8e9, "USD", "over", nth=1)  # headline
    a.fact("fdi_capital", a.q("hơn 5,8 tỷ USD", 5.8e9, "USD", "over", nth=2), period=y)
    new = "cấp mới"
    a.fact("fdi_projects", a.q("1.202 dự án", 1202, "dự án"), period=y, sector=new,
           change=up(a.q("34,6%", 34.6, "percent"), YOY))
    # Industry breakdown of the new licences: FDI scope and the `cấp mới` kind carry on.
    for n, n_amount, cap, cap_amount, share in (("512 dự án", 512, "230,3 triệu USD", 230.3e6, "38,5%"),
                                                ("297 dự án", 297, "139,6 triệu USD", 139.6e6, "23,3%"),
                                                ("20 dự án", 20, "67,7 triệu USD", 67.7e6, "11,3%"),
                                                ("09 dự án", 9, "54,5 triệu USD", 54.5e6, "9,1%")):
        a.fact("fdi_projects", a.q(n, n_amount, "dự án"), period=y, sector=new)
        a.fact("fdi_capital", a.q(cap, cap_amount, "USD"), period=y, sector=new)
        a.q(share, float(share[:-1].replace(",", ".")), "percent")
    for n, n_amount, cap, cap_amount, share, code in (
            ("203 dự án", 203, "172,7 triệu USD", 172.7e6, "28,9%", "SG"),
            ("103 dự án", 103, "87,5 triệu USD", 87.5e6, "14,6%", "JP"),
            ("46 dự án", 46, "62,5 triệu USD", 62.5e6, "10,4%", "IN")):
        a.fact("fdi_projects", a.q(n, n_amount, "dự án"), period=y, sector=new, partner=code)
        a.fact("fdi_capital", a.q(cap, cap_amount, "USD"), period=y, sector=new, partner=code)
        a.q(share, float(share[:-1].replace(",", ".")), "percent")
    adj = "điều chỉnh tăng vốn"
    a.fact("fdi_projects", a.q("296 dự án", 296, "dự án"), period=y, sector=adj,
           change=up(a.q("54,2%", 54.2, "percent"), YOY))
    a.fact("fdi_capital", a.q("964,9 triệu USD", 964.9e6, "USD"), period=y, sector=adj,
           change=down(a.q("39,7%", 39.7, "percent")))
    for n, n_amount, cap, cap_amount, share in (("11 dự án", 11, "370,5 triệu USD", 370.5e6, "38,4%"),
                                                ("63 dự án", 63, "199 triệu USD", 199e6, "20,6%")):
        a.fact("fdi_projects", a.q(n, n_amount, "dự án"), period=y, sector=adj)
        a.fact("fdi_capital", a.q(cap, cap_amount, "USD"), period=y, sector=adj)
        a.q(share, float(share[:-1].replace(",", ".")), "percent")


# --------------------------------------------------------------- re08 Hải Phòng IIP

def re08_hai_phong(a: Annotator) -> None:
    a.main = "Hải Phòng"
    a.e("Chi cục Thống kê Hải Phòng", "ORG")
    prov(a, "Hải Phòng")
    jan_apr = ytd("2025-04")
    a.q("15,16%", 15.16, "percent", nth=1)  # headline
    a.fact("industrial_production_index", None, period=jan_apr, status="estimate",
           change=up(a.q("15,16%", 15.16, "percent", nth=2), YOY))
    prev = a.q("0,81%", 0.81, "percent")
    a.fact("industrial_production_index", None, period=month("2025-04"), status="estimate",
           change=up(a.q("15,82%", 15.82, "percent"), YOY), other_changes=[down(prev, PREV)])
    # `Xét theo ngành cấp I trong 4 tháng`: no keyword, no basis in these clauses.
    for text, sector, direction, points in (
            ("16,21%", "chế biến, chế tạo", up, "15,61 điểm phần trăm"),
            ("4,78%", "cung cấp nước, xử lý rác thải, nước thải", up, "0,04 điểm phần trăm"),
            ("9,92%", "khai khoáng", down, "0,02 điểm phần trăm"),
            ("6,57%", "sản xuất, phân phối điện", down, "0,47 điểm phần trăm")):
        pct = a.q(text, float(text[:-1].replace(",", ".")), "percent")
        a.fact("industrial_production_index", None, period=jan_apr, change=direction(pct), sector=sector)
        a.q(points, float(points.split()[0].replace(",", ".")), "điểm phần trăm")


# --------------------------------------------------------------- re09 Long An (no date line)

def re09_long_an(a: Annotator) -> None:
    a.main = "Long An"
    a.e("Bộ KH-ĐT", "ORG")
    a.e("Sở KH-ĐT Long An", "ORG")
    prov(a, "Long An")
    a.e("Huỳnh Văn Sơn", "PERSON")
    a.skip("17.4")
    q1 = quarter(2021, 1)
    a.fact("fdi_capital", a.q("gần 3,2 tỉ USD", 3.2e9, "USD", "nearly"), period=q1)
    a.q("gần 32%", 32, "percent", "nearly")
    a.fact("fdi_capital", a.q("10,13 tỉ USD", 10.13e9, "USD"), period=q1, location=VN)
    # One named project: no period of its own, so none.
    a.fact("project_capital", a.q("hơn 3,1 tỉ USD", 3.1e9, "USD", "over"), period=None,
           subject="Nhà máy điện khí LNG Long An I và II")
    a.fact("fdi_projects", a.q("10 dự án", 10, "dự án"), period=q1, sector="cấp mới")
    a.fact("fdi_projects", a.q("6 dự án", 6, "dự án"), period=q1, sector="điều chỉnh tăng vốn")
    # `Đến nay` with no date line: period null; its `Trong đó` breakdown inherits null.
    a.fact("fdi_projects", a.q("1.111 dự án", 1111, "dự án"), period=None)
    a.fact("fdi_capital", a.q("hơn 9,17 tỉ USD", 9.17e9, "USD", "over"), period=None)
    a.fact("fdi_projects", a.q("588 dự án", 588, "dự án"), period=None)
    a.fact("fdi_disbursed", a.q("khoảng 3,624 tỉ USD", 3.624e9, "USD", "about"), period=None)
    a.q("39,4%", 39.4, "percent")


# --------------------------------------------------------------- re10 national IIP ranking (cut)

def re10_iip_ca_nuoc(a: Annotator) -> None:
    a.e("Tổng cục Thống kê", "ORG")
    prov(a, "Bắc Giang")
    prov(a, "Cần Thơ")
    a.main = "Bắc Giang"
    a.skip("hai là", near="Đứng thứ hai là")  # a rank
    nov, jan_nov = month("2022-11"), ytd("2022-11")
    a.q("8,6%", 8.6, "percent", nth=1)  # headline, restates the national 11-month figure
    iip = "industrial_production_index"
    a.fact(iip, None, period=nov, change=up(a.q("5,3%", 5.3, "percent"), YOY), location=VN)
    for text, sector in (("4,4%", "chế biến, chế tạo"), ("4,6%", "sản xuất và phân phối điện"),
                         ("13,2%", "cung cấp nước, hoạt động quản lý và xử lý rác thải, nước thải"),
                         ("16%", "khai khoáng")):
        pct = a.q(text, float(text[:-1].replace(",", ".")), "percent")
        a.fact(iip, None, period=nov, change=up(pct, YOY), sector=sector, location=VN)
    a.fact(iip, None, period=jan_nov, status="estimate", change=up(a.q("8,6%", 8.6, "percent", nth=2), YOY),
           location=VN)
    # The comparison's base figure with its own period is a fact of its own.
    a.fact(iip, None, period=months("2021-01", "2021-11"), change=up(a.q("4,2%", 4.2, "percent")),
           location=VN)
    for text, sector in (("8,9%", "chế biến, chế tạo"), ("7,7%", "sản xuất và phân phối điện"),
                         ("7,1%", "cung cấp nước, xử lý rác thải, nước thải"), ("6,5%", "khai khoáng")):
        pct = a.q(text, float(text[:-1].replace(",", ".")), "percent")
        a.fact(iip, None, period=jan_nov, status="estimate", change=up(pct, YOY), sector=sector, location=VN)
    a.q("61 địa phương", 61, "địa phương")
    a.q("2 địa phương", 2, "địa phương")
    a.fact(iip, None, period=jan_nov, change=up(a.q("36,4%", 36.4, "percent")), location="Bắc Giang")
    a.fact(iip, None, period=jan_nov, change=up(a.q("31,2%", 31.2, "percent")), location="Cần Thơ")
    # `của thành phố` -> Cần Thơ; the cut `so với` gives no basis.
    for text, sector in (("37,82%", "chế biến, chế tạo"), ("12,25%", "sản xuất và phân phối điện"),
                         ("9,96%", "cung cấp nước, xử lý rác thải, nước thải")):
        pct = a.q(text, float(text[:-1].replace(",", ".")), "percent")
        a.fact(iip, None, period=jan_nov, change=up(pct), sector=sector, location="Cần Thơ")


# --------------------------------------------------------------- re11 Nghệ An budget (location header)

def re11_nghe_an_ngan_sach(a: Annotator) -> None:
    # `location Nghệ An` header: the article never names its province.
    a.e("HĐND tỉnh", "ORG")
    y = year(2020)
    a.fact("budget_revenue", a.q("17.363 tỷ đồng", 17.363e12, "VND"), period=y,
           change=up(a.q("7,3%", 7.3, "percent"), YOY))
    a.q("111,6%", 111.6, "percent")
    a.q("trên 10%", 10, "percent", "over")  # class limit: no fact
    a.fact("budget_revenue", a.q("16.186 tỷ đồng", 16.186e12, "VND"), period=y, sector="thu nội địa",
           change=up(a.q("11,3%", 11.3, "percent"), YOY))
    a.q("117,6%", 117.6, "percent")
    a.fact("budget_revenue", a.q("5.056 tỷ đồng", 5.056e12, "VND"), period=y,
           sector="thu tiền sử dụng đất và thu xổ số kiến thiết")
    a.fact("budget_revenue", a.q("11.104 tỷ đồng", 11.104e12, "VND"), period=y, sector="thu nội địa",
           change=up(a.q("4,8%", 4.8, "percent"), YOY))
    a.q("100,7%", 100.7, "percent")


# --------------------------------------------------------------- re12 Thanh Hóa

def re12_thanh_hoa(a: Annotator) -> None:
    a.main = "Thanh Hóa"
    prov(a, "Thanh Hóa")
    prov(a, "Bắc Giang")
    a.e("HĐND tỉnh", "ORG")
    a.e("Bắc Trung Bộ", "REGION")
    skip_re(a, RANK)
    y = year(2024)
    a.fact("grdp", None, period=y, status="estimate", change=up(a.q("12,16%", 12.16, "percent")),
           other_changes=[up(None, PLAN)])
    # `chỉ đứng sau Bắc Giang (13,85%)`: Bắc Giang's own figure; Thanh Hóa's is not ranked there.
    a.fact("grdp", None, period=y, change=up(a.q("13,85%", 13.85, "percent")), location="Bắc Giang")
    a.fact("budget_revenue", a.q("54.341 tỷ đồng", 54.341e12, "VND"), period=y, status="estimate",
           change=up(a.q("25,9%", 25.9, "percent"), YOY),
           other_changes=[up(a.q("52,8%", 52.8, "percent"), PLAN)])
    a.q("10 địa phương", 10, "địa phương")
    a.fact("industrial_production_index", None, period=y, status="estimate",
           change=up(a.q("19,25%", 19.25, "percent")))
    a.fact("export_value", None, period=y, change=up(a.q("23,4%", 23.4, "percent")),
           other_changes=[up(a.q("4,9%", 4.9, "percent"), PLAN)])
    a.fact("import_value", None, period=y, change=up(a.q("20,3%", 20.3, "percent")))
    a.q("15,3 triệu lượt", 15.3e6, "lượt")  # tourists: no fact
    a.q("22,5%", 22.5, "percent")
    a.q("10,9%", 10.9, "percent")
    a.q("719 nghìn lượt", 719e3, "lượt")
    a.q("16,7%", 16.7, "percent")
    a.fact("revenue", None, period=y, change=up(a.q("38%", 38, "percent")), sector="du lịch",
           other_changes=[up(a.q("4,4%", 4.4, "percent"), PLAN)])


# --------------------------------------------------------------- re13 Vĩnh Phúc FDI / DDI

def re13_vinh_phuc(a: Annotator) -> None:
    a.main = "Vĩnh Phúc"
    a.e("Công ty TNHH Power Logics Vina", "ORG")
    a.e("Nguyễn Trường", "PERSON")
    a.e("IPA Vĩnh Phúc", "ORG")
    prov(a, "Vĩnh Phúc")
    skip_re(a, YEARLESS_MONTH)
    jul, jan_jul, s = month("2016-07"), ytd("2016-07"), stock("2016-07")
    new, adj = "cấp mới", "điều chỉnh tăng vốn"
    # `Về thu hút FDI,` opens the passage: every figure of the paragraph is FDI.
    a.fact("fdi_projects", a.q("01 dự án", 1, "dự án", nth=1), period=jul, sector=new)
    a.fact("fdi_capital", a.q("2,3 triệu USD", 2.3e6, "USD"), period=jul, sector=new)
    a.fact("fdi_projects", a.q("01 dự án", 1, "dự án", nth=2), period=jul, sector=adj)
    a.fact("fdi_capital", a.q("4 triệu USD", 4e6, "USD"), period=jul, sector=adj)
    a.fact("fdi_capital", a.q("6,3 triệu USD", 6.3e6, "USD"), period=jul)
    # `Tính từ ngày 01/01/2016 đến thời điểm báo cáo`: a year-to-date flow to the date line's month.
    a.fact("fdi_capital", a.q("207,36 triệu USD", 207.36e6, "USD"), period=jan_jul)
    a.fact("fdi_projects", a.q("19 dự án", 19, "dự án"), period=jan_jul, sector=new)
    a.fact("fdi_capital", a.q("182,27 triệu USD", 182.27e6, "USD"), period=jan_jul, sector=new)
    a.fact("fdi_projects", a.q("11 lượt dự án", 11, "lượt dự án"), period=jan_jul, sector=adj)
    a.fact("fdi_capital", a.q("25,1 triệu USD", 25.1e6, "USD"), period=jan_jul, sector=adj)
    a.fact("fdi_projects", a.q("221 dự án", 221, "dự án"), period=s)
    a.fact("fdi_capital", a.q("3.440,44 triệu USD", 3440.44e6, "USD"), period=s)
    # `Về thu hút DDI,`: the scope switches.
    a.fact("ddi_projects", a.q("9 dự án", 9, "dự án"), period=jul, sector=new)
    a.fact("ddi_capital", a.q("510,12 tỷ đồng", 510.12e9, "VND"), period=jul, sector=new)
    a.fact("ddi_capital", a.q("6.356,85 tỷ đồng", 6356.85e9, "VND"), period=jan_jul)
    a.fact("ddi_projects", a.q("24 dự án", 24, "dự án"), period=jan_jul, sector=new)
    a.fact("ddi_capital", a.q("6.616,68 tỷ đồng", 6616.68e9, "VND"), period=jan_jul, sector=new)
    a.fact("ddi_projects", a.q("07 lượt dự án", 7, "lượt dự án"), period=jan_jul, sector=adj)
    a.fact("ddi_capital", a.q("240,17 tỷ đồng", 240.17e9, "VND"), period=jan_jul, sector=adj)
    a.fact("ddi_projects", a.q("623 dự án", 623, "dự án"), period=s)
    a.fact("ddi_capital", a.q("51.472,11 tỷ đồng", 51472.11e9, "VND"), period=s)


# --------------------------------------------------------------- re14 Đà Nẵng FDI (cut)

def re14_da_nang(a: Annotator) -> None:
    a.main = "Đà Nẵng"
    a.e("Cục Thống kê TP Đà Nẵng", "ORG")
    prov(a, "Đà Nẵng")
    y = year(2019)
    a.q("691 triệu USD", 691e6, "USD", nth=1)  # headline
    a.fact("fdi_capital", a.q("691 triệu USD", 691e6, "USD", nth=2), period=y)
    # `số dự án giảm so với cùng kỳ nhưng vốn đăng ký tăng mạnh 51% so với năm 2018`:
    # later clauses referring back to the two figures.
    a.fact("fdi_projects", a.q("132 dự án", 132, "dự án"), period=y, sector="cấp mới",
           change=down(None, YOY))
    a.fact("fdi_capital", a.q("438 triệu USD", 438e6, "USD"), period=y, sector="cấp mới",
           change=up(a.q("51%", 51, "percent"), YOY))
    # `Ngoài ra,`: the FDI scope carries on.
    a.fact("fdi_projects", a.q("16 dự án", 16, "dự án"), period=y, sector="điều chỉnh tăng vốn")
    a.fact("fdi_capital", a.q("hơn 117 triệu USD", 117e6, "USD", "over"), period=y,
           sector="điều chỉnh tăng vốn")
    a.q("210 lượt", 210, "lượt")  # purchases, not projects
    a.fact("fdi_capital", a.q("hơn 135 triệu USD", 135e6, "USD", "over"), period=y,
           sector="góp vốn, mua cổ phần")
    # Realized social investment is no metric; its FDI component is FDI realized.
    a.q("39.712 tỷ đồng", 39.712e12, "VND")
    a.q("2,84%", 2.84, "percent")
    a.q("8.570 tỷ đồng", 8.57e12, "VND")
    a.q("25.608 tỷ đồng", 25.608e12, "VND")
    a.q("64,48%", 64.48, "percent")
    a.fact("fdi_disbursed", a.q("5.534 tỷ đồng", 5.534e12, "VND"), period=y)
    a.q("13,94%", 13.94, "percent")


# --------------------------------------------------------------- re15 national export products (no date)

def re15_xuat_khau_ca_nuoc(a: Annotator) -> None:
    a.e("Tổng cục Hải quan", "ORG")
    for words in ("hai với", "ba với", "mười với"):  # ranks
        a.skip(words, near="thứ " + words)
    p = ytd("2015-10")
    a.q("10 nhóm hàng", 10, "nhóm hàng", nth=1)
    a.fact("export_value", a.q("134 tỷ USD", 134e9, "USD"), period=p, location=VN)
    a.q("10 nhóm hàng", 10, "nhóm hàng", nth=2)
    a.fact("export_value", a.q("hơn 95 tỷ USD", 95e9, "USD", "over"), period=p, location=VN)
    a.q("71%", 71, "percent")
    rows = (("25,667 tỷ USD", "điện thoại và linh kiện", "31,8%", YOY),
            ("18,952 tỷ USD", "dệt, may", "9%", None),
            ("12,807 tỷ USD", "máy vi tính, sản phẩm điện tử và linh kiện", "44,7%", None),
            ("9,704 tỷ USD", "giày dép", "17%", None),
            ("6,653 tỷ USD", "máy móc, thiết bị, dụng cụ phụ tùng khác", "9,4%", None),
            ("5,536 tỷ USD", "gỗ và sản phẩm gỗ", "9,1%", None),
            ("5,425 tỷ USD", "thủy sản", None, None),
            ("4,834 tỷ USD", "phương tiện vận tải và phụ tùng", None, None),
            ("3,261 tỷ USD", "dầu thô", None, None),
            ("2,475 tỷ USD", "máy ảnh, máy quay phim và linh kiện", "53,5%", None))
    for value, product, pct, basis in rows:
        amount = float(value.split()[0].replace(",", ".")) * 1e9
        change = up(a.q(pct, float(pct[:-1].replace(",", ".")), "percent"), basis) if pct else None
        a.fact("export_value", a.q(value, amount, "USD"), period=p, location=VN, product=product, change=change)


# --------------------------------------------------------------- re16 Đồng Nai yarn exports

def re16_dong_nai(a: Annotator) -> None:
    a.main = "Đồng Nai"
    prov(a, "Đồng Nai")
    for name, code in (("Trung Quốc", "CN"), ("Hàn Quốc", "KR"), ("Bangladesh", "BD"), ("Thổ Nhĩ Kỳ", "TR")):
        a.every(name, "COUNTRY", code)
    yarn = "xơ, sợi dệt"
    jun, jan_jun = month("2021-06"), ytd("2021-06")
    a.q("866 triệu USD", 866e6, "USD", nth=1)  # headline
    a.fact("export_value", a.q("52 triệu USD", 52e6, "USD"), period=jun, partner="CN", product=yarn,
           change=up(a.q("44,4%", 44.4, "percent"), YOY))
    a.q("34%", 34, "percent")
    for value, amount, pct, code in (("21 triệu USD", 21e6, "110%", "KR"), ("15 triệu USD", 15e6, "328%", "BD"),
                                     ("9 triệu USD", 9e6, "66,7%", "TR")):
        a.fact("export_value", a.q(value, amount, "USD"), period=jun, partner=code, product=yarn,
               change=up(a.q(pct, float(pct[:-1].replace(",", ".")), "percent")))
    a.fact("export_value", a.q("866 triệu USD", 866e6, "USD", nth=2), period=jan_jun, status="estimate",
           product=yarn, change=up(a.q("69,7%", 69.7, "percent"), YOY))
    a.q("7,5%", 7.5, "percent", nth=1)
    for value, amount, share, share_nth, pct, code in (
            ("301 triệu USD", 301e6, "34,8%", None, "45,4%", "CN"),
            ("118 triệu USD", 118e6, "13,6%", None, "63,9%", "KR"),
            ("65 triệu USD", 65e6, "7,5%", 2, "242%", "BD"),
            ("48 triệu USD", 48e6, "5,5%", None, "50%", "TR")):
        a.q(share, float(share[:-1].replace(",", ".")), "percent", nth=share_nth)
        a.fact("export_value", a.q(value, amount, "USD"), period=jan_jun, partner=code, product=yarn,
               change=up(a.q(pct, float(pct[:-1].replace(",", ".")), "percent")))


BUILDERS = (
    re01_dong_nai, re02_bac_giang, re03_quang_ninh, re04_grdp_ca_nuoc, re05_nghe_an, re06_ha_noi,
    re07_tp_hcm, re08_hai_phong, re09_long_an, re10_iip_ca_nuoc, re11_nghe_an_ngan_sach, re12_thanh_hoa,
    re13_vinh_phuc, re14_da_nang, re15_xuat_khau_ca_nuoc, re16_dong_nai,
)

GOLD_SET = GoldSet.in_corpus("real5", BUILDERS)

if __name__ == "__main__":
    sys.exit(GOLD_SET.main(sys.argv))
