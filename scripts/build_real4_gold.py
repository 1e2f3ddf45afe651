"""Gold of the real4 set (spec v1.4): 16 articles written from real public pages.

One build function per article (named as its stem); offsets come from string
search (scripts/goldkit.py). Run `python scripts/build_real4_gold.py` to build
and check, `... validate` to check the written files. Judgement calls are in
corpus/real4/NOTES.md.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from goldkit import (  # noqa: E402
    PLAN, PREV, YOY, Annotator, GoldSet, month, months, quarter, stock, up, down, year, ytd,
)

VN = "Việt Nam"


# ------------------------------------------------------------------ investment


def rd01_thai_binh(a: Annotator) -> None:
    a.main = "Thái Bình"
    a.e("UBND tỉnh Thái Bình", "ORG")
    a.every("Thái Bình", "PROVINCE", "Thái Bình")
    a.e("Hàn Quốc", "COUNTRY", "KR")
    a.e("Báo Công Thương", "ORG")

    a.q("113 dự án", 113, "dự án", near="điểm sáng thu hút FDI với 113 dự án")  # headline: merges
    n113 = a.q("113 dự án", 113, "dự án", near="hiện toàn tỉnh có 113 dự án")
    cap = a.q("khoảng 2.046,25 triệu USD", 2046250000, "USD", "about")
    n65 = a.q("65 dự án", 65, "dự án")
    n46 = a.q("46 dự án", 46, "dự án")
    n27 = a.q("27 dự án", 27, "dự án")
    kr = a.q("gần 150 triệu USD", 150000000, "USD", "nearly")
    n37 = a.q("37 dự án", 37, "dự án")
    c37 = a.q("1.678,7 tỷ đồng", 1678700000000, "VND")
    fdi19 = a.q("trên 19 triệu USD", 19000000, "USD", "over")
    a.skip("tháng 4", near="đến cuối tháng 4,")
    a.skip("28/63")
    a.q("19 bậc", 19, "bậc")

    s = stock("2023-05")  # `hiện` + date line 2023-05-08
    a.fact("fdi_projects", n113, period=s)
    a.fact("fdi_capital", cap, period=s)
    a.fact("fdi_projects", n65, period=s, sector="khu kinh tế và các khu công nghiệp")
    a.fact("fdi_projects", n46, period=s, sector="ngoài khu công nghiệp")
    a.fact("fdi_projects", n27, period=s, partner="KR")
    a.fact("fdi_capital", kr, period=s, partner="KR")
    p = months("2023-01", "2023-04")
    a.fact("investment_projects", n37, period=p)
    a.fact("investment_capital", c37, period=p)
    a.fact("fdi_capital", fdi19, period=p)


def rd02_kon_tum(a: Annotator) -> None:
    a.main = "Kon Tum"
    a.e("Cổng TTĐT Kon Tum", "ORG")
    a.e("UBND tỉnh Kon Tum", "ORG")
    a.every("UBND tỉnh", "ORG")
    a.every("Kon Tum", "PROVINCE", "Kon Tum")

    a.q("19 dự án", 19, "dự án", near="Kon Tum thu hút 19 dự án")  # headline: merges
    a.q("gần 1.656 tỷ đồng", 1656000000000, "VND", "nearly", near="tổng vốn gần 1.656 tỷ đồng trong 8 tháng")
    n19 = a.q("19 dự án", 19, "dự án", near="chấp thuận chủ trương đầu tư cho 19 dự án")
    c19 = a.q("gần 1.656 tỷ đồng", 1656000000000, "VND", "nearly", near="đăng ký gần 1.656 tỷ đồng.")
    n10 = a.q("10 dự án", 10, "dự án")
    c10 = a.q("173 tỷ đồng", 173000000000, "VND")
    n9 = a.q("9 dự án", 9, "dự án")
    c9 = a.q("1.483 tỷ đồng", 1483000000000, "VND")
    n3 = a.q("3 dự án", 3, "dự án")
    c3 = a.q("296 tỷ đồng", 296000000000, "VND")
    n1 = a.q("1 dự án", 1, "dự án")
    n2 = a.q("2 dự án", 2, "dự án")
    b19 = a.q("19 doanh nghiệp", 19, "doanh nghiệp")
    v19 = a.q("545 tỷ đồng", 545000000000, "VND")
    b247 = a.q("247 doanh nghiệp", 247, "doanh nghiệp")
    v247 = a.q("khoảng 4.724 tỷ đồng", 4724000000000, "VND", "about")
    for where in ("Riêng tháng 8,", "Trong tháng 8,", "Cũng trong tháng 8,"):
        a.skip("8", near=where)
    a.q("3 hợp tác xã", 3, "hợp tác xã")
    a.q("36 hợp tác xã", 36, "hợp tác xã")
    a.q("2 lần", 2, "lần")
    a.q("223 hợp tác xã", 223, "hợp tác xã")
    a.q("218 tổ hợp tác", 218, "tổ hợp tác")

    p8 = ytd("2022-08")
    m8 = month("2022-08")
    inside, outside = "khu công nghiệp, khu kinh tế", "ngoài khu công nghiệp, khu kinh tế"
    a.fact("investment_projects", n19, period=p8)
    a.fact("investment_capital", c19, period=p8)
    a.fact("investment_projects", n10, period=p8, sector=inside)
    a.fact("investment_capital", c10, period=p8, sector=inside)
    a.fact("investment_projects", n9, period=p8, sector=outside)
    a.fact("investment_capital", c9, period=p8, sector=outside)
    a.fact("investment_projects", n3, period=m8)
    a.fact("investment_capital", c3, period=m8)
    a.fact("investment_projects", n1, period=m8, sector=inside)
    a.fact("investment_projects", n2, period=m8, sector=outside)
    a.fact("new_businesses", b19, period=m8)
    a.fact("new_businesses", v19, period=m8)
    a.fact("new_businesses", b247, period=p8)
    a.fact("new_businesses", v247, period=p8)


def rd03_ninh_binh(a: Annotator) -> None:
    a.main = "Ninh Bình"
    a.e("UBND tỉnh", "ORG")
    a.every("Ninh Bình", "PROVINCE", "Ninh Bình")
    a.every("Hà Nam", "PROVINCE", "Hà Nam")
    a.every("Nam Định", "PROVINCE", "Nam Định")

    a.q("khoảng 57.650 tỷ đồng", 57650000000000, "VND", "about", near="hút khoảng 57.650 tỷ đồng")  # headline
    total = a.q("khoảng 57.650 tỷ đồng", 57650000000000, "VND", "about", near="tổng cộng khoảng 57.650 tỷ đồng")
    fdi = a.q("794 triệu USD", 794000000, "USD")
    a.q("gần 19.850 tỷ đồng", 19850000000000, "VND", "nearly")  # conversion of the 794 triệu USD
    n148 = a.q("148 dự án", 148, "dự án")
    n19 = a.q("19 dự án", 19, "dự án")
    c19 = a.q("trên 9.000 tỷ đồng", 9000000000000, "VND", "over")
    n93 = a.q("93 dự án", 93, "dự án")
    u93 = a.q("650 triệu USD", 650000000, "USD")
    v93 = a.q("13.300 tỷ đồng", 13300000000000, "VND")
    n36 = a.q("36 dự án", 36, "dự án")
    v36 = a.q("hơn 15.500 tỷ đồng", 15500000000000, "VND", "over")
    u36 = a.q("124 triệu USD", 124000000, "USD")
    n3 = a.q("3 dự án", 3, "dự án")
    c3 = a.q("hơn 20 triệu USD", 20000000, "USD", "over")
    a.skip("tháng 6", near="cuối tháng 6,")
    nb = a.q("1.376 doanh nghiệp", 1376, "doanh nghiệp")

    h1 = months("2025-01", "2025-06")
    a.fact("investment_capital", total, period=h1)
    a.fact("fdi_capital", fdi, period=h1)
    a.fact("investment_projects", n148, period=h1)
    a.fact("investment_projects", n19, period=h1, sector="cấp mới")
    a.fact("investment_capital", c19, period=h1, sector="cấp mới")
    a.fact("investment_projects", n93, period=h1, location="Hà Nam")
    a.fact("investment_capital", u93, period=h1, location="Hà Nam")
    a.fact("investment_capital", v93, period=h1, location="Hà Nam")
    a.fact("investment_projects", n36, period=h1, location="Nam Định")
    a.fact("investment_capital", v36, period=h1, location="Nam Định")
    a.fact("investment_capital", u36, period=h1, location="Nam Định")
    a.fact("fdi_projects", n3, period=h1, sector="cấp mới")
    a.fact("fdi_capital", c3, period=h1, sector="cấp mới")
    a.fact("new_businesses", nb, period=h1)  # `Tính đến cuối tháng 6` (year from context): a flow


def rd04_quang_tri(a: Annotator) -> None:
    a.main = "Quảng Trị"
    a.e("Sở Kế hoạch và Đầu tư tỉnh Quảng Trị", "ORG")
    a.every("Sở Kế hoạch và Đầu tư", "ORG")
    a.e("Khu công nghiệp Quảng Trị", "INDUSTRIAL_PARK")
    a.e("Khu công nghiệp đa ngành Triệu Phú", "INDUSTRIAL_PARK")
    a.e("Cơ quan Phát triển Pháp", "ORG")
    a.e("AFD", "ORG")
    a.every("Quảng Trị", "PROVINCE", "Quảng Trị")

    a.q("59 dự án", 59, "dự án", near="Quảng Trị: 59 dự án")  # headline: merges
    a.skip("tháng 11", near="kinh tế - xã hội tháng 11 và")
    n59 = a.q("59 dự án", 59, "dự án", near="đầu tư cho 59 dự án")
    c59 = a.q("70.032 tỷ đồng", 70032000000000, "VND")
    n8 = a.q("8 dự án", 8, "dự án")
    c8 = a.q("62.137 tỷ đồng", 62137000000000, "VND")
    n51 = a.q("51 dự án", 51, "dự án")
    c51 = a.q("7.896 tỷ đồng", 7896000000000, "VND")
    a.skip("1", near="(giai đoạn 1)")
    lng = a.q("gần 54.000 tỷ đồng", 54000000000000, "VND", "nearly")
    kcn = a.q("2.074 tỷ đồng", 2074000000000, "VND")
    tp = a.q("4.534 tỷ đồng", 4534000000000, "VND")
    dh = a.q("1.149 tỷ đồng", 1149000000000, "VND")

    p = ytd("2021-11")
    a.fact("investment_projects", n59, period=p)
    a.fact("investment_capital", c59, period=p)
    a.fact("investment_projects", n8, period=p, sector="Khu kinh tế")
    a.fact("investment_capital", c8, period=p, sector="Khu kinh tế")
    a.fact("investment_projects", n51, period=p, sector="ngoài Khu kinh tế")
    a.fact("investment_capital", c51, period=p, sector="ngoài Khu kinh tế")
    a.fact("project_capital", lng, period=None, subject="Trung tâm điện khí LNG Hải Lăng")
    a.fact("project_capital", kcn, period=None, subject="Khu công nghiệp Quảng Trị")
    a.fact("project_capital", tp, period=None, subject="Khu công nghiệp đa ngành Triệu Phú")
    a.fact("project_capital", dh, period=None,
           subject="Phát triển đô thị ven biển miền Trung hướng tới tăng trưởng xanh và ứng phó biến đổi "
                   "khí hậu thành phố Đông Hà")


def rd05_ha_nam(a: Annotator) -> None:
    a.main = "Hà Nam"
    a.every("Hà Nam", "PROVINCE", "Hà Nam")
    a.e("Trần Văn Kiên", "PERSON")
    a.every("Ban Quản lý các khu công nghiệp tỉnh", "ORG")
    a.e("Hàn Quốc", "COUNTRY", "KR")
    a.e("Nhật Bản", "COUNTRY", "JP")

    a.q("67 dự án", 67, "dự án", near="Hà Nam thu hút 67 dự án trong")  # headline: merges
    n67 = a.q("67 dự án", 67, "dự án", near="thu hút 67 dự án đầu tư")
    n50 = a.q("50 dự án", 50, "dự án")
    c = a.q("753,85 triệu USD", 753850000, "USD")
    n411 = a.q("411 dự án", 411, "dự án")
    n250 = a.q("250 dự án", 250, "dự án")
    c250 = a.q("hơn 3,24 tỷ USD", 3240000000, "USD", "over")
    a.q("58 dự án", 58, "dự án")
    jobs = a.q("gần 6.880 lao động", 6880, "lao động", "nearly")
    total = a.q("71.000 người", 71000, "người")
    a.q("8 khu công nghiệp", 8, "khu công nghiệp")

    kcn = "các khu công nghiệp"
    a.fact("investment_projects", n67, period=year(2019), sector=kcn)
    a.fact("fdi_projects", n50, period=year(2019), sector=kcn)
    a.fact("fdi_capital", c, period=year(2019), status="estimate")
    # No date line: `Đến nay` and `hiện` give null periods.
    a.fact("investment_projects", n411, period=None, sector=kcn)
    a.fact("fdi_projects", n250, period=None, sector=kcn)
    a.fact("fdi_capital", c250, period=None, sector=kcn)
    a.fact("employment", jobs, period=year(2019))
    a.fact("employment", total, period=None, sector=kcn)


# ----------------------------------------------------------------------- trade


def rd06_an_giang(a: Annotator) -> None:
    a.main = "An Giang"
    a.every("Sở Công Thương An Giang", "ORG")
    a.every("Sở Công Thương", "ORG")
    a.e("TTXVN", "ORG")
    a.e("Đoàn Minh Triết", "PERSON")
    a.every("An Giang", "PROVINCE", "An Giang")

    a.q("hơn 526 triệu USD", 526000000, "USD", "over")  # headline: merges with 526,2 triệu
    a.skip("tháng 1", near="từ tháng 1 đến")
    total = a.q("hơn 526,2 triệu USD", 526200000, "USD", "over")
    p44 = a.q("4,4%", 4.4, "percent")
    a.q("63%", 63, "percent")
    a.q("khoảng 265.350 tấn", 265350, "tấn", "about")
    rice = a.q("hơn 135,8 triệu USD", 135800000, "USD", "over")
    a.q("13,7%", 13.7, "percent")
    p26 = a.q("26%", 26, "percent")
    a.q("75.650 tấn", 75650, "tấn")
    fish = a.q("hơn 181,4 triệu USD", 181400000, "USD", "over")
    a.q("6%", 6, "percent")
    p192 = a.q("19,2%", 19.2, "percent")
    a.q("hơn 5.340 tấn", 5340, "tấn", "over")
    veg = a.q("8,69 triệu USD", 8690000, "USD")
    gar = a.q("69,78 triệu USD", 69780000, "USD")
    sho = a.q("13,74 triệu USD", 13740000, "USD")
    fer = a.q("12,6 triệu USD", 12600000, "USD")

    p = ytd("2018-08")
    a.fact("export_value", total, period=p, change=up(p44, YOY))
    a.fact("export_value", rice, period=p, change=up(p26, YOY), product="gạo")
    a.fact("export_value", fish, period=p, change=up(p192), product="thủy sản đông lạnh")
    a.fact("export_value", veg, period=p, product="rau quả đông lạnh")
    a.fact("export_value", gar, period=p, product="may mặc")
    a.fact("export_value", sho, period=p, product="giày dép")
    a.fact("export_value", fer, period=p, product="phân bón")


def rd07_tien_giang(a: Annotator) -> None:
    a.main = "Tiền Giang"
    a.e("UBND tỉnh Tiền Giang", "ORG")
    a.every("Tiền Giang", "PROVINCE", "Tiền Giang")

    bal = a.q("hơn 700 triệu USD", 700000000, "USD", "over")
    m10 = a.q("198,9 triệu USD", 198900000, "USD")
    p34 = a.q("3,4%", 3.4, "percent")
    a.skip("tháng 9", near="so với tháng 9.")
    t10 = a.q("hơn 1,68 tỷ USD", 1680000000, "USD", "over")
    p168 = a.q("16,8%", 16.8, "percent")
    fdi = a.q("gần 1,2 tỷ USD", 1200000000, "USD", "nearly")
    p282 = a.q("28,2%", 28.2, "percent")
    a.q("112.397 tấn", 112397, "tấn")
    a.q("33%", 33, "percent")
    rice = a.q("52,2 triệu USD", 52200000, "USD")
    p278 = a.q("27,8%", 27.8, "percent")
    a.q("104.157 tấn", 104157, "tấn")
    a.q("5%", 5, "percent")
    fish = a.q("218,1 triệu USD", 218100000, "USD")
    p28 = a.q("2,8%", 2.8, "percent")
    tex = a.q("403,1 triệu USD", 403100000, "USD")
    p32 = a.q("32%", 32, "percent")
    veg = a.q("11,3 triệu USD", 11300000, "USD")
    p235 = a.q("23,5%", 23.5, "percent")
    sho = a.q("303,1 triệu USD", 303100000, "USD")
    p244 = a.q("24,4%", 24.4, "percent")
    bag = a.q("403,9 triệu USD", 403900000, "USD")
    p169 = a.q("16,9%", 16.9, "percent")
    met = a.q("182,1 triệu USD", 182100000, "USD")
    p222 = a.q("22,2%", 22.2, "percent")
    im10 = a.q("101,1 triệu USD", 101100000, "USD")
    p18 = a.q("1,8%", 1.8, "percent")
    imt = a.q("979,2 triệu USD", 979200000, "USD")
    p91a = a.q("9,1%", 9.1, "percent", nth=1)
    imc = a.q("972,9 triệu USD", 972900000, "USD")
    p91b = a.q("9,1%", 9.1, "percent", nth=2)
    imf = a.q("158 triệu USD", 158000000, "USD")
    img = a.q("300 triệu USD", 300000000, "USD")

    oct16, ytd10 = month("2016-10"), ytd("2016-10")
    # Headline `sau 10 tháng`: no earlier period, so the date line's year.
    a.fact("trade_balance", bal, period=ytd10)
    a.fact("export_value", m10, period=oct16, change=up(p34, PREV))
    a.fact("export_value", t10, period=ytd10, change=up(p168, YOY))
    a.fact("export_value", fdi, period=ytd10, change=up(p282, YOY), sector="khu vực có vốn đầu tư nước ngoài")
    # The list is dated `trong tháng 10/2016` on the page: kept as written.
    a.fact("export_value", rice, period=oct16, change=down(p278, YOY), product="gạo")
    a.fact("export_value", fish, period=oct16, change=down(p28), product="thủy sản")
    a.fact("export_value", tex, period=oct16, change=up(p32), product="dệt may")
    a.fact("export_value", veg, period=oct16, change=up(p235, YOY), product="rau quả")
    a.fact("export_value", sho, period=ytd10, change=up(p244), product="giày dép")
    a.fact("export_value", bag, period=ytd10, change=up(p169), product="túi xách, sản phẩm bằng nhựa")
    a.fact("export_value", met, period=ytd10, change=up(p222), product="kim loại thường và sản phẩm")
    a.fact("import_value", im10, period=oct16, change=up(p18, PREV))
    a.fact("import_value", imt, period=ytd10, change=up(p91a, YOY))
    a.fact("import_value", imc, period=ytd10, change=up(p91b), sector="chế biến, chế tạo")
    a.fact("import_value", imf, period=ytd10, sector="sản xuất, chế biến thực phẩm")
    a.fact("import_value", img, period=ytd10, sector="may mặc")


def rd08_ha_tinh(a: Annotator) -> None:
    # `location Hà Tĩnh` header: the article never names its province.
    a.every("Sở Công Thương", "ORG")
    a.e("Công ty TNHH Gang thép Hưng Nghiệp Formosa", "ORG")
    a.e("Khu kinh tế Vũng Áng", "INDUSTRIAL_PARK")
    a.e("Mỹ", "COUNTRY", "US")
    a.e("Italia", "COUNTRY", "IT")
    a.e("Anh", "COUNTRY", "GB", near="Italia, Anh, Nga")
    a.e("Nga", "COUNTRY", "RU")
    a.e("Hàn Quốc", "COUNTRY", "KR")
    a.e("Indonesia", "COUNTRY", "ID")

    a.q("trên 26%", 26, "percent", "over")  # change-only headline: merges with +26,01%
    feb = a.q("khoảng 155,2 triệu USD", 155200000, "USD", "about")
    p281 = a.q("2,81%", 2.81, "percent")
    two = a.q("306,16 triệu USD", 306160000, "USD")
    p2601 = a.q("26,01%", 26.01, "percent")
    a.q("hơn 84%", 84, "percent", "over")
    steel = a.q("khoảng 257,5 triệu USD", 257500000, "USD", "about")
    p233 = a.q("23,3%", 23.3, "percent")

    a.fact("export_value", feb, period=month("2026-02"), change=up(p281, PREV))
    a.fact("export_value", two, period=ytd("2026-02"), change=up(p2601, YOY))
    a.fact("export_value", steel, period=ytd("2026-02"), change=up(p233, YOY), product="thép và phôi thép")


def rd09_ba_ria_vung_tau(a: Annotator) -> None:
    a.main = "Bà Rịa - Vũng Tàu"
    a.every("Bà Rịa - Vũng Tàu", "PROVINCE", "Bà Rịa - Vũng Tàu")
    a.e("Sở Công Thương", "ORG")
    a.e("châu Á", "REGION")
    a.e("Châu Á", "REGION")
    a.e("Châu Mỹ", "REGION")
    a.e("Châu Phi", "REGION")
    a.e("Hòa Lâm", "PERSON")

    head = a.q("gần 20%", 20, "percent", "nearly")
    a.q("69,35%", 69.35, "percent")
    fdi = a.q("581,25 triệu USD", 581250000, "USD")
    p3253 = a.q("32,53%", 32.53, "percent")
    dom = a.q("256,93 triệu USD", 256930000, "USD")
    a.q("30,65%", 30.65, "percent")
    p185 = a.q("1,85%", 1.85, "percent")
    imp = a.q("1,035 tỷ USD", 1035000000, "USD")
    p706 = a.q("7,06%", 7.06, "percent")
    impf = a.q("858,40 triệu USD", 858400000, "USD")
    a.q("82,93%", 82.93, "percent")
    p1358 = a.q("13,58%", 13.58, "percent")
    asia = a.q("689,87 triệu USD", 689870000, "USD")
    p1555 = a.q("15,55%", 15.55, "percent")
    ame = a.q("72,2 triệu USD", 72200000, "USD")
    f22 = a.q("2,2 lần", 2.2, "lần")
    afr = a.q("38,89 triệu USD", 38890000, "USD")
    f33 = a.q("33 lần", 33, "lần")

    p = ytd("2021-02")
    # Change-only headline with no body figure to restate: a fact of its own.
    a.fact("export_value", None, period=p, change=up(head))
    a.fact("export_value", fdi, period=p, change=up(p3253, YOY),
           sector="khu vực doanh nghiệp có vốn đầu tư nước ngoài")
    a.fact("export_value", dom, period=p, change=down(p185, YOY), sector="khu vực doanh nghiệp trong nước")
    a.fact("import_value", imp, period=p, change=up(p706, YOY))
    a.fact("import_value", impf, period=p, change=up(p1358, YOY), sector="doanh nghiệp FDI")
    a.fact("export_value", asia, period=p, change=up(p1555, YOY), partner="Châu Á")
    a.fact("export_value", ame, period=p, change=up(factor=f22), partner="Châu Mỹ")
    a.fact("export_value", afr, period=p, change=up(factor=f33), partner="Châu Phi")


def rd10_dong_nai(a: Annotator) -> None:
    a.main = "Đồng Nai"
    a.e("Sở Công Thương Đồng Nai", "ORG")
    a.every("Sở Công Thương", "ORG")
    a.every("Đồng Nai", "PROVINCE", "Đồng Nai")
    a.every("Hoa Kỳ", "COUNTRY", "US")
    a.every("ASEAN", "REGION")
    a.every("Nhật Bản", "COUNTRY", "JP")

    us = a.q("3 tỷ USD", 3000000000, "USD", near="ước đạt 3 tỷ USD")
    asean = a.q("1,5 tỷ USD", 1500000000, "USD", near="khối ASEAN với 1,5 tỷ USD")
    jp = a.q("khoảng 1,3 tỷ USD", 1300000000, "USD", "about", near="thứ ba với khoảng 1,3 tỷ USD")
    a.skip("thứ hai là")  # ranks
    a.skip("thứ ba với")
    a.q("Ba thị trường", 3, "thị trường")
    a.q("3 tỷ USD", 3000000000, "USD", near="Hoa Kỳ: 3 tỷ USD")  # table rows restate the same facts
    a.q("1,5 tỷ USD", 1500000000, "USD", near="ASEAN: 1,5 tỷ USD")
    a.q("khoảng 1,3 tỷ USD", 1300000000, "USD", "about", near="Nhật Bản: khoảng 1,3 tỷ USD")
    p10 = a.q("khoảng 10%", 10, "percent", "about")

    a.fact("export_value", us, period=year(2015), status="estimate", partner="US")
    a.fact("export_value", asean, period=year(2015), partner="ASEAN")
    a.fact("export_value", jp, period=year(2015), partner="JP")
    a.fact("export_value", None, period=year(2016), status="forecast", change=up(p10))


# ------------------------------------------------- production, GRDP, budget, jobs


def rd11_dien_bien(a: Annotator) -> None:
    a.main = "Điện Biên"
    a.e("Cục Thống kê tỉnh Điện Biên", "ORG")
    a.every("Điện Biên", "PROVINCE", "Điện Biên")
    a.e("trung du và miền núi phía Bắc", "REGION")

    a.skip("tháng 9", near="Điện Biên tháng 9 và")
    for number in ("1.", "2.", "3."):
        a.skip(number[0], near=number + " ")
    grdp = a.q("11.423,4 tỷ đồng", 11423400000000, "VND")
    p1055 = a.q("10,55%", 10.55, "percent")
    agr = a.q("1.574,1 tỷ đồng", 1574100000000, "VND")
    p374 = a.q("3,74%", 3.74, "percent")
    ind = a.q("2.323,2 tỷ đồng", 2323200000000, "VND")
    p948 = a.q("9,48%", 9.48, "percent")
    p1971 = a.q("19,71%", 19.71, "percent")
    svc = a.q("7.006,35 tỷ đồng", 7006350000000, "VND")
    p1282 = a.q("12,82%", 12.82, "percent")
    tax = a.q("519,79 tỷ đồng", 519790000000, "VND")
    p742 = a.q("7,42%", 7.42, "percent")
    p1129 = a.q("11,29%", 11.29, "percent")
    p909 = a.q("9,09%", 9.09, "percent")
    a.skip("3/14")
    a.skip("5/63")

    p = ytd("2024-09")
    a.fact("grdp", grdp, period=p, status="estimate", change=up(p1055, YOY))
    # `Trong đó` components: own keyword `đạt` (actual), parent's basis.
    a.fact("grdp", agr, period=p, change=up(p374, YOY), sector="khu vực nông, lâm nghiệp và thủy sản")
    a.fact("grdp", ind, period=p, change=up(p948, YOY), sector="khu vực công nghiệp - xây dựng")
    a.fact("grdp", None, period=p, change=up(p1971, YOY), sector="công nghiệp")
    a.fact("grdp", svc, period=p, change=up(p1282, YOY), sector="khu vực dịch vụ")
    a.fact("grdp", tax, period=p, change=up(p742, YOY), sector="thuế sản phẩm trừ trợ cấp sản phẩm")
    a.fact("grdp", None, period=ytd("2024-06"), change=up(p1129, YOY))
    a.fact("grdp", None, period=quarter(2024, 3), change=up(p909, YOY))


def rd12_khanh_hoa(a: Annotator) -> None:
    # `location Khánh Hòa` header: the article never names its province.
    a.e("Sở Công Thương", "ORG")
    a.e("TRẦN MINH", "PERSON")

    a.skip("tháng 10", near="công nghiệp tháng 10 ước")
    a.q("14,07%", 14.07, "percent", near="ước tăng 14,07%\n")  # headline: merges
    m = a.q("14,07%", 14.07, "percent", near="địa bàn tỉnh ước tăng 14,07%.")
    t = a.q("6,32%", 6.32, "percent")
    subs = [("11,38%", 11.38, "khai khoáng"), ("9,18%", 9.18, "chế biến, chế tạo"),
            ("3,15%", 3.15, "sản xuất và phân phối điện, khí đốt, nước nóng, hơi nước và điều hòa không khí"),
            ("4,45%", 4.45, "cung cấp nước và xử lý rác thải, nước thải")]
    branches = [("8,75%", 8.75, "chế biến, bảo quản thủy sản và các sản phẩm từ thủy sản"),
                ("32,19%", 32.19, "dệt"), ("11,77%", 11.77, "sản xuất phương tiện vận tải khác"),
                ("4,49%", 4.49, "sản xuất sản phẩm thuốc lá"),
                ("10,34%", 10.34, "sản xuất đồ uống không cồn, nước khoáng"), ("9,36%", 9.36, "sản xuất đường")]

    ten = ytd("2025-10")
    a.fact("industrial_production_index", None, period=month("2025-10"), status="estimate", change=up(m))
    a.fact("industrial_production_index", None, period=ten, change=up(t, YOY))
    for quote, amount, sector in subs:
        a.fact("industrial_production_index", None, period=ten, change=up(a.q(quote, amount, "percent"), YOY),
               sector=sector)
    for quote, amount, sector in branches:
        a.fact("industrial_production_index", None, period=ten, change=up(a.q(quote, amount, "percent")),
               sector=sector)
    f6 = a.q("6 lần", 6, "lần")
    f37 = a.q("3,7 lần", 3.7, "lần")
    a.fact("industrial_production_index", None, period=ten, change=up(factor=f6),
           sector="sản xuất phân bón và hợp chất nitơ")
    a.fact("industrial_production_index", None, period=ten, change=up(factor=f37),
           sector="sản xuất sản phẩm từ cao su và plastic")


def rd13_yen_bai(a: Annotator) -> None:
    # `location Yên Bái` header: the article never names its province.
    a.e("Quỹ quốc gia về việc làm", "ORG")
    a.e("Nhật Bản", "COUNTRY", "JP")
    a.e("Đài Loan", "COUNTRY", "TW")
    a.e("Hàn Quốc", "COUNTRY", "KR")
    a.e("Thanh Phúc", "PERSON")

    a.q("Hơn 10.100 lao động", 10100, "lao động", "over")  # headline: merges with 10.108
    total = a.q("10.108 lao động", 10108, "lao động")
    a.q("50,54%", 50.54, "percent")
    n1 = a.q("4.536 người", 4536, "người")
    n2 = a.q("1.277 người", 1277, "người")
    n3 = a.q("3.929 người", 3929, "người")
    abroad = a.q("366 lao động", 366, "lao động")

    p = ytd("2025-05")
    a.fact("employment", total, period=p)
    a.fact("employment", n1, period=p, sector="chương trình phát triển kinh tế - xã hội")
    a.fact("employment", n2, period=p, sector="vay vốn Quỹ quốc gia về việc làm")
    a.fact("employment", n3, period=p, sector="cung ứng đi làm việc ở các tỉnh ngoài")
    a.fact("employment", abroad, period=p, sector="đi làm việc ở nước ngoài")


def rd14_lao_cai(a: Annotator) -> None:
    a.main = "Lào Cai"
    a.e("Thống kê tỉnh Lào Cai", "ORG")
    a.e("Bộ Chính trị", "ORG")
    a.every("Lào Cai", "PROVINCE", "Lào Cai")

    a.q("trên 8,5%", 8.5, "percent", "over", near="tăng trưởng trên 8,5% năm 2025")  # headline: merges
    target = a.q("trên 8,5%", 8.5, "percent", "over", near="GRDP trên 8,5% trong năm")
    for number in ("57", "59", "68", "66"):
        a.skip(number, near=f"Nghị quyết {number} ")
    g = a.q("khoảng 8,05%", 8.05, "percent", "about")
    s1 = a.q("13,92%", 13.92, "percent")
    s2 = a.q("9,18%", 9.18, "percent")
    s3 = a.q("5,6%", 5.6, "percent")
    bud = a.q("hơn 15.200 tỷ đồng", 15200000000000, "VND", "over")
    a.q("113%", 113, "percent")
    a.q("73%", 73, "percent")
    a.q("43,79%", 43.79, "percent")

    p = ytd("2025-10")
    a.fact("grdp", None, period=year(2025), status="target", change=up(target))
    a.fact("grdp", None, period=p, change=up(g))
    a.fact("grdp", None, period=p, change=up(s1), sector="chế biến, chế tạo")
    a.fact("grdp", None, period=p, change=up(s2), sector="khu vực dịch vụ")
    a.fact("grdp", None, period=p, change=up(s3), sector="nông, lâm nghiệp và thủy sản")
    a.fact("budget_revenue", bud, period=p)


def rd15_kien_giang(a: Annotator) -> None:
    a.main = "Kiên Giang"
    a.e("Cục Thống kê", "ORG")
    a.e("Đồng bằng sông Cửu Long", "REGION")
    a.every("Kiên Giang", "PROVINCE", "Kiên Giang")
    a.every("An Giang", "PROVINCE", "An Giang")

    grdp = a.q("78.259,75 tỷ đồng", 78259750000000, "VND")
    p75 = a.q("7,5%", 7.5, "percent")
    p08 = a.q("0,8%", 0.8, "percent")
    a.q("81,84 triệu đồng", 81840000, "VND")
    a.q("0,18%", 0.18, "percent")
    a.q("36,86%", 36.86, "percent")
    a.q("20,13%", 20.13, "percent")
    a.q("37,84%", 37.84, "percent")
    ipv = a.q("hơn 57.110 tỷ đồng", 57110000000000, "VND", "over")
    mfg = a.q("trên 54.875 tỷ đồng", 54875000000000, "VND", "over")
    exp = a.q("1 tỷ USD", 1000000000, "USD")
    rice = a.q("300,8 triệu USD", 300800000, "USD")
    sea = a.q("230,5 triệu USD", 230500000, "USD")
    sho = a.q("261,19 triệu USD", 261190000, "USD")

    p = year(2024)
    a.fact("grdp", grdp, period=p, status="estimate", change=up(p75, YOY), other_changes=[up(p08, PLAN)])
    a.fact("industrial_production_value", ipv, period=p)
    a.fact("industrial_production_value", mfg, period=p, sector="chế biến, chế tạo")
    a.fact("export_value", exp, period=p, status="estimate")
    a.fact("export_value", rice, period=p, status="estimate", product="gạo")
    a.fact("export_value", sea, period=p, status="estimate", product="hải sản")
    a.fact("export_value", sho, period=p, status="estimate", product="giày da")


# -------------------------------------------------------------------- national


def rd16_ca_nuoc_iip(a: Annotator) -> None:
    a.e("Tổng cục Thống kê", "ORG")
    a.every("TCTK", "ORG")
    a.e("Mai Phương", "PERSON")
    for name in ("Quảng Nam", "Thái Nguyên", "Hải Phòng", "Đà Nẵng", "Bắc Ninh", "Hải Dương", "Đồng Nai"):
        a.e(name, "PROVINCE", name)

    a.skip("tháng 10", near="cả nước tháng 10 ước")
    a.q("7%", 7, "percent", near="ước tăng 7%\n")  # headline (`cả nước`): merges
    m = a.q("7%", 7, "percent", near="cả nước ước tăng 7% so")
    s1 = a.q("11,9%", 11.9, "percent")
    s2 = a.q("13,6%", 13.6, "percent")
    t = a.q("7,2%", 7.2, "percent")

    oct16, ten = month("2016-10"), ytd("2016-10")
    a.fact("industrial_production_index", None, period=oct16, status="estimate", change=up(m, YOY), location=VN)
    a.fact("industrial_production_index", None, period=oct16, status="estimate", change=up(s1, YOY),
           location=VN, sector="chế biến, chế tạo")
    a.fact("industrial_production_index", None, period=oct16, status="estimate", change=up(s2, YOY),
           location=VN, sector="sản xuất và phân phối điện")
    a.fact("industrial_production_index", None, period=ten, change=up(t, YOY), location=VN)
    for quote, amount, place in (("29,2%", 29.2, "Quảng Nam"), ("26,6%", 26.6, "Thái Nguyên"),
                                 ("16,6%", 16.6, "Hải Phòng"), ("12,2%", 12.2, "Đà Nẵng")):
        a.fact("industrial_production_index", None, period=ten, change=up(a.q(quote, amount, "percent")),
               location=place)
    p81 = a.q("8,1%", 8.1, "percent")
    for place in ("Bắc Ninh", "Hải Dương", "Đồng Nai"):
        a.fact("industrial_production_index", None, period=ten, change=up(p81), location=place)


BUILDERS = (
    rd01_thai_binh, rd02_kon_tum, rd03_ninh_binh, rd04_quang_tri, rd05_ha_nam,
    rd06_an_giang, rd07_tien_giang, rd08_ha_tinh, rd09_ba_ria_vung_tau, rd10_dong_nai,
    rd11_dien_bien, rd12_khanh_hoa, rd13_yen_bai, rd14_lao_cai, rd15_kien_giang, rd16_ca_nuoc_iip,
)

GOLD_SET = GoldSet.in_corpus("real4", BUILDERS)

if __name__ == "__main__":
    sys.exit(GOLD_SET.main(sys.argv))
