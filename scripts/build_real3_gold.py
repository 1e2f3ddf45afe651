"""Gold of corpus/real3 (spec v1.4): 16 articles written from real public pages
(central Vietnam, the Central Highlands and two national pieces), one build
function per article, named as its stem. Run it to build and check the gold;
`... validate` checks the written files."""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from goldkit import (  # noqa: E402
    PLAN, PREV, YOY, Annotator, GoldSet, down, month, months, parse_quantity, up, year, ytd,
)

VN = "Việt Nam"

# Quantities are found in the text by pattern (number, optional hedge before it,
# optional scale word, unit from the list) and declared with the amount, unit and
# qualifier read from their span; facts then pick them by quote.
_HEDGE = r"(?:(?:gần như|xấp xỉ|khoảng|hơn|trên|dưới|gần) )?(?:gấp )?"
_NUM = r"(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)"
_SCALE = r"(?: (?:nghìn tỷ|tỷ|triệu|nghìn|ngàn))?"
_UNITS = ("USD|đồng|dự án|doanh nghiệp|lao động|tấn|m3|m³|km2|ha|lít|bao|cái|kWh|người|lượt|lần|"
          "địa phương|ngành|chi nhánh")
_QUANTITY = re.compile(rf"(?<![\w.,]){_HEDGE}{_NUM}(?:%|{_SCALE} (?:{_UNITS})(?!\w))")


def auto_quantities(a: Annotator) -> None:
    for m in _QUANTITY.finditer(a.text, a.body_start):
        amount, unit, qualifier = parse_quantity(m.group())
        a.quantities.append({"text": m.group(), "start": m.start(), "end": m.end(),
                             "amount": amount, "unit": unit, "qualifier": qualifier})


def Q(a: Annotator, quote: str, near: str | None = None, nth: int | None = None) -> dict:
    """The quantity whose span is exactly `quote` at that place."""
    start = a.find(quote, near, nth)
    for q in a.quantities:
        if q["start"] == start and q["text"] == quote:
            return q
    raise AssertionError(f"{a.stem}: no quantity {quote!r} at {start}")


def add(a: Annotator, quote: str, amount: float, unit: str, qualifier: str = "exact",
        near: str | None = None, nth: int | None = None) -> dict:
    return a.q(quote, amount, unit, qualifier, near=near, nth=nth)


# ----------------------------------------------------------------- articles


def rc01_thanh_hoa(a: Annotator) -> None:
    # location header Thanh Hóa; the paper never names its province
    auto_quantities(a)
    a.e("Cục Thống kê tỉnh", "ORG")
    P = lambda s, **k: Q(a, s, **k)  # noqa: E731
    sep, jan_sep = month("2022-09"), ytd("2022-09")
    power = "sản xuất, phân phối điện, khí đốt, nước nóng, hơi nước và điều hòa không khí"
    water = "cung cấp nước, hoạt động quản lý và xử lý rác thải, nước thải"
    a.fact("industrial_production_index", period=sep, status="estimate", change=up(P("22,44%"), YOY),
           other_changes=[up(P("10,67%"), PREV)])
    a.fact("industrial_production_index", period=sep, status="estimate", change=up(P("23,03%"), YOY),
           other_changes=[up(P("10,57%"), PREV)], sector="chế biến, chế tạo")
    a.fact("industrial_production_index", period=sep, status="estimate", change=up(P("17,39%"), YOY),
           other_changes=[up(P("1,59%"), PREV)], sector="khai khoáng")
    a.fact("industrial_production_index", period=sep, status="estimate", change=up(P("12,21%"), YOY),
           other_changes=[up(P("14,44%"), PREV)], sector=power)
    a.fact("industrial_production_index", period=sep, status="estimate", change=up(P("11,14%"), YOY),
           other_changes=[down(P("2,01%"), PREV)], sector=water)
    a.fact("industrial_production_index", period=jan_sep, change=up(P("16,03%", nth=2), YOY))
    a.fact("industrial_production_index", period=jan_sep, change=up(P("16,27%"), YOY), sector=power)
    a.fact("industrial_production_index", period=jan_sep, change=up(P("16,06%"), YOY), sector="chế biến, chế tạo")
    a.fact("industrial_production_index", period=jan_sep, change=up(P("8,94%"), YOY), sector=water)
    a.fact("industrial_production_index", period=jan_sep, change=up(P("7,51%"), YOY), sector="khai khoáng")


def rc02_nghe_an(a: Annotator) -> None:
    auto_quantities(a)
    a.main = "Nghệ An"
    a.e("Cục Thống kê tỉnh Nghệ An", "ORG")
    a.every("Nghệ An", "PROVINCE", "Nghệ An")
    P = lambda s, **k: Q(a, s, **k)  # noqa: E731
    p = ytd("2021-09")
    a.fact("budget_revenue", P("13.219 tỷ đồng", nth=2), period=p, status="estimate", change=up(P("13,15%"), YOY))
    a.fact("budget_revenue", P("11.910 tỷ đồng"), period=p, status="estimate", change=up(P("9,60%"), YOY),
           sector="thu nội địa")
    a.fact("budget_revenue", P("1.309 tỷ đồng"), period=p, change=up(P("60,48%"), YOY),
           sector="thu từ hoạt động xuất nhập khẩu")
    a.fact("budget_revenue", P("3.776,7 tỷ đồng"), period=p, change=up(P("18,90%"), YOY),
           sector="thu tiền sử dụng đất")
    a.fact("budget_revenue", P("khoảng 4.500 tỷ đồng"), period=year(2020), sector="đấu giá đất")
    a.fact("budget_revenue", P("khoảng 6.000 tỷ đồng"), period=year(2021), status="forecast", sector="đấu giá đất")


def rc03_quang_tri(a: Annotator) -> None:
    auto_quantities(a)
    a.main = "Quảng Trị"
    a.every("Quảng Trị", "PROVINCE", "Quảng Trị")
    a.skip("2", near="cấp 2")
    a.skip("hai trụ", near="là hai trụ đỡ")  # figurative, no counted quantity
    P = lambda s, **k: Q(a, s, **k)  # noqa: E731
    p = ytd("2025-09")
    a.fact("industrial_production_index", period=p, change=up(P("7,7%", nth=2), YOY))
    a.fact("industrial_production_index", period=p, change=up(P("8,8%"), YOY), sector="chế biến, chế tạo")
    a.fact("industrial_production_index", period=p, change=up(P("9,4%"), YOY), sector="sản xuất và phân phối điện")
    a.fact("industrial_production_index", period=p, change=up(P("trên 16%")),
           sector="in, sao chép bản ghi các loại")
    a.fact("industrial_production_index", period=p, change=up(P("16%", near="khai khoáng khác tăng 16%")),
           sector="khai khoáng khác")
    a.fact("industrial_production_index", period=p, change=up(P("hơn 12%")),
           sector="sản xuất, chế biến thực phẩm")
    a.fact("industrial_production_index", period=p, change=up(P("11,5%")),
           sector="chế biến gỗ và sản xuất sản phẩm từ gỗ, tre, nứa")
    a.fact("industrial_production_index", period=p, change=up(P("9,6%")),
           sector="sản xuất sản phẩm từ khoáng phi kim loại")
    a.fact("industrial_production_index", period=p, change=up(P("9%", near="thiết bị tăng 9%")),
           sector="sửa chữa, bảo dưỡng và lắp đặt máy móc, thiết bị")


def rc04_da_nang(a: Annotator) -> None:
    auto_quantities(a)
    a.main = "Đà Nẵng"
    a.e("Chi cục Thống kê thành phố", "ORG")
    a.every("Đà Nẵng", "PROVINCE", "Đà Nẵng")
    a.skip("1", near="từ ngày 1 đến")
    a.skip("20", near="(tính đến ngày 20)")
    P = lambda s, **k: Q(a, s, **k)  # noqa: E731
    aug, jan_aug = month("2025-08"), ytd("2025-08")
    new, adj, buy = "cấp mới", "điều chỉnh tăng vốn", "góp vốn, mua cổ phần"
    # domestic (DDI) passage, 1-20 August
    a.fact("ddi_capital", P("77.385 tỷ đồng"), period=aug)
    a.fact("ddi_projects", P("3 dự án"), period=aug, sector=new)
    a.fact("ddi_capital", P("1.986 tỷ đồng"), period=aug, sector=new)
    a.fact("ddi_projects", P("1 dự án"), period=aug, sector=adj)
    a.fact("ddi_capital", P("75.399 tỷ đồng"), period=aug, sector=adj)
    # domestic, 8 months
    a.fact("ddi_capital", P("140.470 tỷ đồng"), period=jan_aug)
    a.fact("ddi_projects", P("72 dự án", nth=1), period=jan_aug, sector=new)
    a.fact("ddi_capital", P("46.023 tỷ đồng"), period=jan_aug, sector=new)
    a.fact("ddi_projects", P("27 dự án"), period=jan_aug, sector=adj)
    a.fact("ddi_capital", P("94.447 tỷ đồng"), period=jan_aug, sector=adj)
    # FDI passage, August
    a.fact("fdi_projects", P("10 dự án"), period=aug, sector=new)
    a.fact("fdi_capital", P("94,9 triệu USD"), period=aug, sector=new,
           change=up(basis=YOY, factor=P("hơn 9 lần")))
    a.fact("fdi_capital", P("gần 0,1 triệu USD"), period=aug, sector=buy)
    # FDI, January to 20 August
    a.fact("fdi_capital", P("333,3 triệu USD", nth=2), period=jan_aug)
    a.fact("fdi_projects", P("72 dự án", nth=2), period=jan_aug, sector=new)
    a.fact("fdi_capital", P("225,9 triệu USD"), period=jan_aug, sector=new)
    a.fact("fdi_capital", P("86 triệu USD"), period=jan_aug, sector="điều chỉnh vốn")
    a.fact("fdi_capital", P("21,5 triệu USD"), period=jan_aug, sector=buy)


def rc05_gia_lai(a: Annotator) -> None:
    # location header Gia Lai; no province is named
    auto_quantities(a)
    a.e("Thanh Lam", "PERSON")
    a.skip("7", near="công nghiệp tháng 7 ước")  # a yearless month
    P = lambda s, **k: Q(a, s, **k)  # noqa: E731
    a.fact("industrial_production_index", period=month("2017-07"), status="estimate", change=up(P("62%")))
    a.fact("industrial_production_index", period=ytd("2017-07"), change=up(P("hơn 21%"), YOY))
    a.fact("industrial_production_value", P("8.800 tỷ đồng", nth=2), period=ytd("2017-07"), status="estimate",
           change=up(P("trên 17%")))


def rc06_ca_nuoc_fdi(a: Annotator) -> None:
    auto_quantities(a)
    a.main = "Bạc Liêu"  # spec: no province in the headline, the first of the most named (each once)
    a.e("Bộ Kế hoạch và Đầu tư", "ORG")
    a.every("Việt Nam", "COUNTRY", "VN")
    a.every("Bạc Liêu", "PROVINCE", "Bạc Liêu")
    a.every("Bà Rịa - Vũng Tàu", "PROVINCE", "Bà Rịa - Vũng Tàu")
    a.every("Hà Nội", "PROVINCE", "Hà Nội")
    a.every("Thái Lan", "COUNTRY", "TH")
    a.every("Hàn Quốc", "COUNTRY", "KR")
    P = lambda s, **k: Q(a, s, **k)  # noqa: E731
    p = ytd("2020-08")
    a.fact("fdi_capital", P("19,54 tỷ USD", nth=2), period=p, location=VN)
    a.fact("fdi_projects", P("1.797 dự án"), period=p, location=VN, sector="cấp mới", change=down(P("25,3%"), YOY))
    a.fact("fdi_capital", P("9,73 tỷ USD"), period=p, location=VN, sector="cấp mới", change=up(P("6,6%"), YOY))
    a.fact("project_capital", P("4 tỷ USD"), period=None, location="Bạc Liêu",
           subject="Nhà máy điện khí tự nhiên hóa lỏng (LNG) Bạc Liêu")
    a.fact("fdi_capital", P("trên 4,87 tỷ USD"), period=p, location=VN, sector="điều chỉnh vốn",
           change=up(P("22,2%"), YOY))
    a.fact("project_capital", period=None, location="Bà Rịa - Vũng Tàu", partner="TH",
           subject="tổ hợp hóa dầu miền Nam", change=up(amount=P("1,386 tỷ USD")))
    a.fact("project_capital", period=None, location="Hà Nội", partner="KR",
           subject="Khu trung tâm đô thị Tây Hồ Tây", change=up(amount=P("774 triệu USD")))
    a.fact("fdi_capital", P("4,93 tỷ USD"), period=p, location=VN, sector="góp vốn, mua cổ phần")


def rc07_thua_thien_hue(a: Annotator) -> None:
    auto_quantities(a)
    a.main = "Thừa Thiên Huế"
    a.e("UBND tỉnh Thừa Thiên Huế", "ORG")
    a.every("Thừa Thiên Huế", "PROVINCE", "Thừa Thiên Huế")
    a.skip("bốn mùa", nth=1)  # `Festival bốn mùa`, a name
    a.skip("bốn mùa", nth=2)
    P = lambda s, **k: Q(a, s, **k)  # noqa: E731
    y = year(2023)
    a.fact("grdp", period=y, status="estimate", change=up(P("7,03%", nth=2)))
    a.fact("grdp", period=y, status="estimate", change=up(P("8,64%")), sector="dịch vụ")
    a.fact("grdp", period=y, status="estimate", change=up(P("5,12%")), sector="công nghiệp - xây dựng")
    a.fact("grdp", period=y, status="estimate", change=up(P("khoảng 5,88%")), sector="nông nghiệp")
    a.fact("grdp", period=y, status="estimate", change=up(P("khoảng 6,94%")),
           sector="thuế sản phẩm trừ trợ cấp sản phẩm")
    a.fact("grdp", P("73.230 tỷ đồng"), period=y, status="estimate")
    a.fact("budget_revenue", period=y, status="estimate", change=up(P("10,8%"), PLAN))


def rc08_quang_ngai(a: Annotator) -> None:
    # no date line; every period is stated with its year
    auto_quantities(a)
    a.main = "Quảng Ngãi"
    a.e("Sở Công Thương Quảng Ngãi", "ORG")
    a.every("Quảng Ngãi", "PROVINCE", "Quảng Ngãi")
    a.skip("7", near="trong tháng 7 được")
    P = lambda s, **k: Q(a, s, **k)  # noqa: E731
    jul, jan_jul = month("2023-07"), ytd("2023-07")
    power = "sản xuất và phân phối điện, khí đốt, nước nóng, hơi nước và điều hòa không khí"
    water = "cung cấp nước, hoạt động quản lý và xử lý rác thải, nước thải"
    a.fact("industrial_production_index", period=jul, status="estimate", change=up(P("2,38%", nth=2), PREV))
    a.fact("industrial_production_index", period=jul, status="estimate", change=up(P("2,57%"), PREV),
           sector="chế biến, chế tạo")
    a.fact("industrial_production_index", period=jul, status="estimate", change=up(P("1,48%"), PREV),
           sector="khai khoáng")
    a.fact("industrial_production_index", period=jul, status="estimate", change=up(P("0,93%"), PREV), sector=water)
    a.fact("industrial_production_index", period=jul, status="estimate", change=down(P("8,82%"), PREV), sector=power)
    a.fact("industrial_production_index", period=jan_jul, change=up(P("0,06%"), YOY))
    a.fact("industrial_production_index", period=jan_jul, change=up(P("35,15%"), YOY), sector="khai khoáng")
    a.fact("industrial_production_index", period=jan_jul, change=up(P("1,23%"), YOY), sector=power)


def rc09_khanh_hoa(a: Annotator) -> None:
    auto_quantities(a)
    a.main = "Khánh Hòa"
    a.e("Thuế tỉnh Khánh Hòa", "ORG")
    a.every("Khánh Hòa", "PROVINCE", "Khánh Hòa")
    a.every("Ninh Thuận", "PROVINCE", "Ninh Thuận")
    a.skip("8", near="trong tháng 8,")
    a.skip("8", near="số thu tháng 8 đạt")
    P = lambda s, **k: Q(a, s, **k)  # noqa: E731
    aug, jan_aug = month("2025-08"), ytd("2025-08")
    a.fact("budget_revenue", P("25.470 tỷ đồng", nth=2), period=jan_aug,
           change=up(P("161,5%"), YOY, amount=P("9.700 tỷ đồng")))
    a.fact("budget_revenue", P("25.269 tỷ đồng"), period=year(2025), status="target")
    a.fact("budget_revenue", P("15.770 tỷ đồng"), period=jan_aug, sector="thu nội địa",
           change=up(P("133,8%"), amount=P("3.982 tỷ đồng")))
    a.fact("budget_revenue", P("2.770 tỷ đồng"), period=aug, change=up(P("190%"), YOY, amount=P("1.313 tỷ đồng")))
    a.fact("budget_revenue", P("1.551 tỷ đồng"), period=aug, sector="thu nội địa", change=up(P("117%"), YOY))
    a.fact("budget_revenue", P("2.455 tỷ đồng"), period=aug)
    a.fact("budget_revenue", P("21.058 tỷ đồng"), period=jan_aug)
    a.fact("budget_revenue", P("315 tỷ đồng"), period=aug, location="Ninh Thuận")
    a.fact("budget_revenue", P("4.412 tỷ đồng"), period=jan_aug, location="Ninh Thuận")


def rc10_dak_lak(a: Annotator) -> None:
    # location header Đắk Lắk; no province is named
    auto_quantities(a)
    a.e("UBND tỉnh", "ORG")
    P = lambda s, **k: Q(a, s, **k)  # noqa: E731
    p = ytd("2023-03")  # `từ đầu năm đến nay` with the date 2023-03-28
    a.fact("new_businesses", P("340 doanh nghiệp", nth=2), period=p, change=up(P("2,7%"), YOY))
    a.fact("new_businesses", P("2.600 tỷ đồng"), period=p)
    a.fact("grdp", period=p, change=up(P("4,66%"), YOY))
    a.fact("employment", P("1.070 lao động"), period=p)


def rc11_gia_lai_binh_dinh(a: Annotator) -> None:
    auto_quantities(a)
    a.main = "Gia Lai"
    a.e("Sở Tài chính Gia Lai", "ORG")
    a.e("Khu kinh tế Nhơn Hội", "INDUSTRIAL_PARK")
    a.every("Gia Lai", "PROVINCE", "Gia Lai")
    a.every("Bình Định", "PROVINCE", "Bình Định")
    P = lambda s, **k: Q(a, s, **k)  # noqa: E731
    h1 = months("2025-01", "2025-06")
    bd = "Bình Định"
    a.fact("investment_projects", P("117 dự án", nth=2), period=h1)
    a.fact("investment_capital", P("trên 57.000 tỷ đồng"), period=h1)
    a.fact("export_value", period=h1, change=up(P("21,3%", nth=2), YOY))
    a.fact("investment_projects", P("68 dự án"), period=h1, location=bd,
           change=up(basis=YOY, factor=P("gấp 1,4 lần")))
    a.fact("investment_capital", P("gần 52.000 tỷ đồng"), period=h1, location=bd)
    a.fact("ddi_projects", P("60 dự án"), period=h1, location=bd)
    a.fact("ddi_capital", P("24.000 tỷ đồng"), period=h1, location=bd)
    a.fact("fdi_projects", P("8 dự án"), period=h1, location=bd)
    a.fact("fdi_capital", P("gần 27.000 tỷ đồng"), period=h1, location=bd)
    a.fact("investment_projects", P("49 dự án"), period=h1)
    a.fact("investment_capital", P("gần 5.000 tỷ đồng"), period=h1, change=up(P("83,3%"), YOY))


def rc12_ha_tinh(a: Annotator) -> None:
    # no date line: `hiện` and the undated stock give null periods
    auto_quantities(a)
    a.main = "Hà Tĩnh"
    company = "Công ty TNHH Gang thép Hưng Nghiệp Formosa Hà Tĩnh"
    a.e(company, "ORG")
    a.e("FHS", "ORG")
    a.e("Khu kinh tế Vũng Áng", "INDUSTRIAL_PARK")
    a.every("Formosa Hà Tĩnh", "ORG")
    a.every("Formosa", "ORG")
    a.every("Hà Tĩnh", "PROVINCE", "Hà Tĩnh")
    P = lambda s, **k: Q(a, s, **k)  # noqa: E731
    a.fact("project_capital", P("khoảng 12,8 tỷ USD"), period=None, subject=company)
    a.fact("fdi_projects", P("73 dự án"), period=None)
    a.fact("fdi_capital", P("hơn 16,1 tỷ USD"), period=None)
    a.fact("employment", P("gần 10.000 lao động"), period=None, subject="Formosa")
    a.fact("revenue", P("2,91 tỷ USD"), period=year(2025), subject="Formosa")


def rc13_phu_yen(a: Annotator) -> None:
    # no date line; `Năm qua`, `Đến nay` hold no figure of a fact
    auto_quantities(a)
    a.main = "Phú Yên"
    a.e("Sở Lao động - Thương binh và Xã hội tỉnh Phú Yên", "ORG")
    a.e("Trung tâm Dịch vụ việc làm Phú Yên", "ORG")
    a.every("Phú Yên", "PROVINCE", "Phú Yên")
    a.e("Goryeong", "FOREIGN_LOCALITY")
    a.e("Bắc Gyeongsang", "FOREIGN_LOCALITY")
    a.e("Wakayama", "FOREIGN_LOCALITY")
    a.every("Hàn Quốc", "COUNTRY", "KR")
    a.every("Nhật Bản", "COUNTRY", "JP")
    P = lambda s, **k: Q(a, s, **k)  # noqa: E731
    a.fact("employment", P("hơn 27.000 lao động", nth=2), period=year(2024))
    a.fact("employment", P("gần 6.000 lao động"), period=year(2024), change=up(P("16%"), PLAN))
    a.fact("employment", P("360 lao động"), period=year(2024))
    a.fact("employment", P("25.500 lao động"), period=year(2025), status="target")


def rc14_lam_dong(a: Annotator) -> None:
    auto_quantities(a)
    a.main = "Lâm Đồng"
    a.e("Quốc hội", "ORG")
    a.every("Lâm Đồng", "PROVINCE", "Lâm Đồng")
    a.every("Đắk Nông", "PROVINCE", "Đắk Nông")
    a.every("Bình Thuận", "PROVINCE", "Bình Thuận")
    a.every("Nghệ An", "PROVINCE", "Nghệ An")
    a.every("Việt Nam", "COUNTRY", "VN")
    add(a, "ba tỉnh", 3, "tỉnh")
    add(a, "16 tỉnh", 16, "tỉnh")
    a.skip("10", near="top 10")
    a.skip("8", near="thứ 8")
    P = lambda s, **k: Q(a, s, **k)  # noqa: E731
    y = year(2025)
    a.fact("budget_revenue", P("15.000 tỷ đồng"), period=y, status="target")
    a.fact("budget_revenue", P("10.300 tỷ đồng"), period=y, status="estimate", location="Bình Thuận")
    a.fact("budget_revenue", P("khoảng 3.500 tỷ đồng"), period=y, status="target", location="Đắk Nông")
    a.fact("budget_revenue", P("khoảng 28.800 tỷ đồng"), period=y, status="forecast")
    a.fact("grdp", P("khoảng 320.000 tỷ đồng"), period=y, status="forecast")


def rc15_binh_dinh(a: Annotator) -> None:
    auto_quantities(a)
    a.main = "Bình Định"
    a.e("Sở Công Thương Bình Định", "ORG")
    a.every("Bình Định", "PROVINCE", "Bình Định")
    a.every("Hoa Kỳ", "COUNTRY", "US")
    a.every("Nhật Bản", "COUNTRY", "JP")
    a.every("châu Âu", "REGION")
    a.every("EU", "REGION")
    a.every("Trung Quốc", "COUNTRY", "CN")
    a.every("Việt Nam", "COUNTRY", "VN")
    P = lambda s, **k: Q(a, s, **k)  # noqa: E731
    h1 = months("2014-01", "2014-06")
    a.fact("export_value", P("gần 140 triệu USD"), period=h1, status="estimate",
           change=up(P("gần 14%", nth=2), YOY), product="gỗ và lâm sản")
    a.fact("export_value", P("30,2 triệu USD"), period=h1, status="estimate", change=up(P("gần 11%")),
           product="dăm bạch đàn")
    a.fact("export_value", P("gần 94 triệu USD"), period=h1, change=up(P("3,1%")), product="gỗ tinh chế ngoại thất")
    a.fact("export_value", P("gần 11 triệu USD"), period=h1, change=up(P("gần 146%")),
           product="gỗ tinh chế nội thất")


def rc16_ca_nuoc_iip(a: Annotator) -> None:
    auto_quantities(a)
    a.e("Cục Thống kê", "ORG")
    add(a, "34 tỉnh", 34, "tỉnh")
    add(a, "6 ngày", 6, "ngày")
    a.skip("1", near="tháng 1 năm nay")
    P = lambda s, **k: Q(a, s, **k)  # noqa: E731
    jan = month("2026-01")
    f = dict(period=jan, location=VN)
    a.fact("industrial_production_index", status="estimate", change=up(P("21,5%"), YOY),
           other_changes=[down(P("0,2%"), PREV)], **f)
    a.fact("industrial_production_index", status="estimate", change=up(P("23,6%"), YOY),
           sector="chế biến, chế tạo", **f)
    a.fact("industrial_production_index", status="estimate", change=up(P("14,1%"), YOY),
           sector="sản xuất và phân phối điện", **f)
    a.fact("industrial_production_index", status="estimate", change=up(P("13,6%"), YOY),
           sector="cung cấp nước, hoạt động quản lý và xử lý rác thải, nước thải", **f)
    a.fact("industrial_production_index", status="estimate", change=up(P("10,3%"), YOY),
           sector="khai khoáng", **f)
    for pct, sector in (("41,9%", "sản xuất sản phẩm từ khoáng phi kim loại"),
                        ("36,6%", "sản xuất xe có động cơ"), ("35,4%", "sản xuất kim loại"),
                        ("35,2%", "sản xuất hóa chất và sản phẩm hóa chất"),
                        ("31,9%", "sản xuất giấy và sản phẩm từ giấy")):
        a.fact("industrial_production_index", change=up(P(pct)), sector=sector, **f)


BUILDERS = (rc01_thanh_hoa, rc02_nghe_an, rc03_quang_tri, rc04_da_nang, rc05_gia_lai, rc06_ca_nuoc_fdi,
            rc07_thua_thien_hue, rc08_quang_ngai, rc09_khanh_hoa, rc10_dak_lak, rc11_gia_lai_binh_dinh,
            rc12_ha_tinh, rc13_phu_yen, rc14_lam_dong, rc15_binh_dinh, rc16_ca_nuoc_iip)
GOLD_SET = GoldSet.in_corpus("real3", BUILDERS)

if __name__ == "__main__":
    sys.exit(GOLD_SET.main(sys.argv))
