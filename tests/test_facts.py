"""Fact assembly on real Vietnamese sentences, through the full pipeline."""

from __future__ import annotations

import pytest

from extract.schema import Document


@pytest.fixture(scope="module")
def facts_of(extractor):
    def run(text: str):
        return extractor(text, doc_id="t").facts
    return run


def _summary(fact):
    value = fact.value.amount if fact.value else None
    return fact.metric.value, value


@pytest.mark.parametrize("text, expected", [
    ("Trong đó, kim ngạch xuất khẩu đạt khoảng 29,27 tỷ USD, nhập khẩu đạt 44,48 tỷ USD.",
     [("export_value", 29.27e9), ("import_value", 44.48e9)]),
    ("Năm 2023, Lâm Đồng có 715 doanh nghiệp đăng ký thành lập mới với tổng vốn đăng ký 3.875 tỷ đồng.",
     [("new_businesses", 715), ("new_businesses", 3.875e12)]),
    ("Lũy kế đến hết năm 2024, trên địa bàn tỉnh có 1.326 dự án, trong đó 481 dự án FDI với tổng vốn đầu tư "
     "hơn 8,4 tỷ USD; 847 dự án DDI với tổng vốn đầu tư hơn 145 nghìn tỷ đồng.",
     [("investment_projects", 1326), ("fdi_projects", 481), ("fdi_capital", 8.4e9), ("ddi_projects", 847),
      ("ddi_capital", 145e12)]),
    ("Hiện, nhà máy đi vào hoạt động với công suất 10 nghìn xe mô tô, giải quyết việc làm cho 600 lao động.",
     [("production_capacity", 10000), ("employment", 600)]),
    ("Năm 2023, kinh tế tỉnh có tốc độ tăng trưởng đạt 5,2%.", [("grdp", None)]),
    ("Số lao động có việc làm quý I/2025 ước đạt 51,9 triệu người, tăng 475 nghìn người so với cùng kỳ.",
     [("employment", 51.9e6)]),
    ("Lễ hội thu hút 20.000 người tham dự trong năm 2024.", []),
    ("Năm 2024, vốn đầu tư phát triển toàn xã hội trên địa bàn ước đạt 11.250 tỷ đồng.", []),
    ("Tính đến ngày 15/9/2024, tỉnh cấp mới 10 dự án FDI. Ngoài ra, nhà đầu tư nước ngoài còn thực hiện "
     "9 lượt góp vốn, mua cổ phần với giá trị 4,2 triệu USD.", [("fdi_projects", 10), ("fdi_capital", 4.2e6)]),
    ("Nhà máy có công suất 30.000 tấn quả tươi/năm; nhà máy bao tiêu sản phẩm cho 5.000 hộ nông dân.",
     [("production_capacity", 30000)]),
    # The metric named right after the figure wins over the previous sentence's topic,
    # even in a `khu vực ...` breakdown item.
    ("Năm 2024, nhập khẩu đạt 3 tỷ USD. Riêng khu vực phía Bắc ước đạt 1,72 tỷ USD kim ngạch xuất khẩu.",
     [("import_value", 3e9), ("export_value", 1.72e9)]),
    ("Năm 2024, xuất khẩu đạt 3 tỷ USD. Trong đó, khu vực FDI đạt 2 tỷ USD, tăng 5%.",
     [("export_value", 3e9), ("export_value", 2e9)]),
    ("Năm 2024, nhập khẩu đạt 3 tỷ USD. Riêng khu vực phía Nam cũ, kim ngạch xuất khẩu ước đạt 186 triệu USD.",
     [("import_value", 3e9), ("export_value", 186e6)]),
    ("Năm 2024, xuất khẩu đạt 18 tỷ USD. Trong đó, khu vực có vốn đầu tư nước ngoài đạt 17,6 tỷ USD.",
     [("export_value", 18e9), ("export_value", 17.6e9)]),

    # A scope carries over `; đồng thời` to the next count of the sentence.
    ("Năm 2024, tỉnh cấp mới 6 dự án FDI với tổng vốn đăng ký 148,5 triệu USD; đồng thời điều chỉnh tăng vốn "
     "cho ba dự án với số vốn tăng thêm 27 triệu USD.",
     [("fdi_projects", 6), ("fdi_capital", 148.5e6), ("fdi_projects", 3), ("fdi_capital", 27e6)]),
])
def test_facts_metric_and_value_by_structure(facts_of, text, expected):
    assert [_summary(f) for f in facts_of(text)] == expected


@pytest.mark.parametrize("text", [
    "Các doanh nghiệp FDI đóng góp khoảng 98% kim ngạch xuất khẩu của tỉnh.",
    "Lợi nhuận sau thuế năm 2023 đạt 7,2 tỷ đồng.",
    "Năm 2023, tỉnh có 449 doanh nghiệp đăng ký tạm ngừng hoạt động.",
    "Doanh nghiệp đã xuất khẩu gần 580 nghìn tấn gạo trong năm 2023.",
    "Tỉnh tiếp tục phát triển ngành tôm theo hướng hữu cơ, sinh thái.",
])
def test_facts_shares_tonnage_and_other_indicators_are_no_facts(facts_of, text):
    assert facts_of(text) == []


@pytest.mark.parametrize("text, status", [
    ("Năm 2024, kim ngạch xuất khẩu của tỉnh ước đạt 34,5 tỷ USD.", "estimate"),
    ("Năm 2024, kim ngạch xuất khẩu của tỉnh đạt 34,5 tỷ USD.", "actual"),
    ("Năm 2025, Vĩnh Phúc đặt mục tiêu đạt kim ngạch xuất khẩu 19 tỷ USD.", "target"),
    ("Năm 2025, tỉnh dự kiến xuất siêu 10 tỷ USD.", "forecast"),
    ("Phấn đấu đến năm 2025, giá trị sản xuất công nghiệp của tỉnh đạt gần 450 nghìn tỷ đồng.", "target"),
    ("Theo Sở Kế hoạch và Đầu tư, năm 2024 tỉnh thu hút 68 dự án FDI.", "actual"),
])
def test_facts_status_from_the_clause_keyword(facts_of, text, status):
    assert [f.status.value for f in facts_of(text)] == [status]


def test_facts_breakdown_clause_without_keyword_takes_parent_status_and_basis(facts_of):
    facts = facts_of("5 tháng đầu năm 2024, chỉ số sản xuất công nghiệp ước tăng 9,55% so với cùng kỳ. "
                     "Trong đó, chỉ số công nghiệp chế biến, chế tạo tăng 9,62%.")
    child = facts[1]
    assert (child.status.value, child.change.basis.value, child.sector) == (
        "estimate", "same_period_last_year", "chế biến, chế tạo")


@pytest.mark.parametrize("text, direction, percent, basis", [
    ("Năm 2024, kim ngạch xuất khẩu đạt 34,5 tỷ USD, tăng 13% so với năm ngoái.", "up", 13, "same_period_last_year"),
    ("Tháng 5/2021, kim ngạch xuất khẩu đạt 100,7 triệu USD, giảm 20,2% so với tháng trước.",
     "down", 20.2, "previous_period"),
    ("Năm 2024, khu vực FDI có 80 dự án, vốn FDI đạt 620 triệu USD, vượt 55% kế hoạch năm.", "up", 55, "plan"),
    ("Năm 2023, vốn FDI đăng ký đạt 1,136 tỷ USD, gấp 3,1 lần so với năm 2022.", "up", None, "same_period_last_year"),
    ("Năm 2023, kim ngạch xuất khẩu đạt 1,2 tỷ USD, tăng 11%.", "up", 11, None),
])
def test_facts_change_direction_percent_and_basis(facts_of, text, direction, percent, basis):
    change = facts_of(text)[-1].change
    assert (change.direction.value, change.percent, change.basis and change.basis.value) == (
        direction, percent, basis)


def test_facts_basis_from_the_period_compared_with(extractor):
    import datetime as dt

    text = ("Riêng quý II/2024, kim ngạch xuất nhập khẩu đạt 231,4 triệu USD, tăng 27,9% so với quý I. "
            "Tháng 6/2024, xuất khẩu đạt 100 triệu USD, tăng 5% so với tháng 5/2024 và tăng 10% so với tháng 6/2023.")
    quarter, month = extractor(text, doc_id="t", date=dt.date(2024, 7, 10)).facts
    assert (quarter.change.percent, quarter.change.basis.value) == (27.9, "previous_period")
    assert (month.change.percent, month.change.basis.value) == (10, "same_period_last_year")
    assert [(c["percent"], c["basis"]) for c in month.other_changes] == [(5, "previous_period")]


def test_facts_plan_attainment_is_plan_share_not_change(facts_of):
    fact = facts_of("Năm 2021, kim ngạch xuất khẩu đạt 574,7 triệu USD, bằng 47,9% kế hoạch năm.")[0]
    assert fact.change is None and fact.plan_share == 47.9


def test_facts_multiplier_is_a_factor(facts_of):
    fact = facts_of("Năm 2023, vốn FDI đăng ký đạt 1,136 tỷ USD, gấp 3,1 lần so với năm 2022.")[0]
    assert fact.factor == 3.1 and fact.change.percent is None


def test_facts_same_period_change_wins_others_kept(facts_of):
    fact = facts_of("Năm 2024, kim ngạch xuất khẩu ước đạt 34,5 tỷ USD, tăng 13% so với năm ngoái, "
                    "vượt kế hoạch năm gần 3%.")[0]
    assert fact.change.percent == 13
    assert [(c["basis"], c["percent"], c["qualifier"]) for c in fact.other_changes] == [("plan", 3, "nearly")]


def test_facts_change_only_fact_has_null_value(facts_of):
    facts = facts_of("Năm 2024, kim ngạch xuất khẩu của tỉnh đạt 1 tỷ USD. "
                     "Ở chiều ngược lại, hoa quả tươi giảm 88% và gạo giảm 43% so với cùng kỳ năm ngoái.")
    assert [(f.metric.value, f.value, f.change.percent, f.product) for f in facts[1:]] == [
        ("export_value", None, 88, "hoa quả tươi"), ("export_value", None, 43, "gạo")]


def test_facts_trade_deficit_is_negative(facts_of):
    fact = facts_of("Như vậy, sau hai tháng đầu năm 2024, Hà Tĩnh nhập siêu hơn 110 triệu USD.")[0]
    assert (fact.metric.value, fact.value.amount, fact.value.qualifier.value) == ("trade_balance", -110e6, "over")


@pytest.mark.parametrize("text, period", [
    ("Lũy kế đến hết năm 2024, toàn tỉnh có 1.326 dự án.", (None, "2024-12", True)),
    ("Tính đến hết tháng 4/2022, kim ngạch xuất khẩu của tỉnh đạt 2 tỷ USD.", ("2022-01", "2022-04", False)),
    ("Giai đoạn 2021–2025, tổng kim ngạch xuất nhập khẩu ước đạt hơn 73,7 tỷ USD.", ("2021-01", "2025-12", False)),
    ("Hiện tỉnh có 1.245 dự án FDI.", None),
])
def test_facts_cumulative_stocks_and_year_to_date_flows(facts_of, text, period):
    fact = facts_of(text)[0]
    got = fact.period and (fact.period.start, fact.period.end, fact.period.cumulative)
    assert got == period


def test_facts_current_stock_at_article_date(facts_of):
    fact = facts_of("date 2025-11-01\nHiện địa phương có 17 dự án của các nhà đầu tư Nhật Bản.")[0]
    assert (fact.period.start, fact.period.end, fact.period.cumulative, fact.partner) == (None, "2025-11", True, "JP")


def test_facts_clause_opening_with_same_period_last_year_is_that_period(extractor):
    import datetime as dt

    text = ("4 tháng đầu năm 2024, tỉnh thu hút 12 dự án. Cùng kỳ năm trước, tỉnh chỉ thu hút được 5 dự án. "
            "Năm 2024 tỉnh có 30 dự án, tăng so với cùng kỳ năm trước.")
    facts = extractor(text, doc_id="t", date=dt.date(2024, 5, 14)).facts
    assert [(f.value.amount, f.period.start, f.period.end) for f in facts] == [
        (12, "2024-01", "2024-04"), (5, "2023-01", "2023-04"), (30, "2024-01", "2024-12")]


def test_facts_period_inherited_but_comparison_period_never(facts_of):
    facts = facts_of("Năm 2024, kim ngạch xuất khẩu đạt 10 tỷ USD, tăng 5% so với cùng kỳ năm 2023. "
                     "Nhập khẩu đạt 8 tỷ USD.")
    assert [(f.period.start, f.period.end) for f in facts] == [("2024-01", "2024-12")] * 2


def test_facts_base_rate_of_a_comparison_is_its_own_change_only_fact(facts_of):
    facts = facts_of("GRDP quý I/2025 ước tăng 7,35% so với cùng kỳ năm trước, cao hơn mức tăng 6,52% của quý I/2024.")
    assert [(f.metric.value, f.period.start, f.change.percent, f.status.value) for f in facts] == [
        ("grdp", "2025-01", 7.35, "estimate"), ("grdp", "2024-01", 6.52, "actual")]


def test_facts_a_change_before_a_later_period_is_its_own_fact(facts_of):
    facts = facts_of("Giai đoạn 2021–2025, tỉnh phấn đấu tăng trưởng GRDP bình quân 7%/năm, đến năm 2025 quy mô "
                     "GRDP đạt khoảng 80.000 tỷ đồng.")
    assert sorted((f.period.start, f.period.end, f.value and f.value.amount, f.change and f.change.percent)
                  for f in facts) == [("2021-01", "2025-12", None, 7), ("2025-01", "2025-12", 80e12, None)]


def test_facts_base_figure_of_comparison_is_its_own_fact(facts_of):
    facts = facts_of("Lũy kế 5 tháng đầu năm 2021, kim ngạch xuất khẩu đạt 574,7 triệu USD. Cụ thể, linh kiện "
                     "điện thoại tăng đột biến với 72,9 triệu USD, so với con số 344 nghìn USD của cùng kỳ năm 2020.")
    base = facts[-1]
    assert (base.value.amount, base.period.start, base.period.end, base.product) == (
        344000, "2020-01", "2020-05", "linh kiện điện thoại")


@pytest.mark.parametrize("text, locations", [
    ("Năm 2021, các địa phương xếp sau về xuất khẩu thủy sản gồm Sóc Trăng (986 triệu USD), "
     "Đồng Tháp (764 triệu USD).", ["Sóc Trăng", "Đồng Tháp"]),
    ("Năm 2023, kim ngạch xuất khẩu hàng hóa của cả nước đạt 355,5 tỷ USD.", ["Việt Nam"]),
    ("Năm 2023, năm địa phương dẫn đầu gồm Bắc Ninh, Thái Nguyên và Hải Phòng, với kim ngạch xuất khẩu "
     "lần lượt là: 46,4 tỷ USD; 29,1 tỷ USD và 27,6 tỷ USD.", ["Bắc Ninh", "Thái Nguyên", "Hải Phòng"]),
])
def test_facts_location_from_clause_pairing_and_country(facts_of, text, locations):
    assert [f.location for f in facts_of(text)] == locations


def test_facts_article_naming_no_province_but_the_whole_country_is_national(facts_of):
    facts = facts_of("Quý I/2025: Cả nước xuất siêu 3,1 tỷ USD\n"
                     "Tổng sản phẩm trong nước (GDP) quý I/2025 ước tăng 6,93% so với cùng kỳ năm trước. "
                     "Xuất khẩu đạt 102,8 tỷ USD, tăng 10,6%.")
    # Spec v1.4: an article naming no province has no main province; a paragraph
    # that never names the country has no location (the headline's is its own),
    # except for an indicator whose own name is the country's: `tổng sản phẩm
    # trong nước (GDP)` is the domestic, national product.
    assert [(f.metric.value, f.location) for f in facts] == [
        ("trade_balance", "Việt Nam"), ("grdp", "Việt Nam"), ("export_value", None)]
    ranked = facts_of("Năm 2024, xuất khẩu đạt 1,2 tỷ USD, xếp thứ 39 cả nước.")
    assert [f.location for f in ranked] == [None]


def test_facts_location_defaults_to_main_province(facts_of):
    facts = facts_of("Bình Dương đẩy mạnh xuất khẩu. Năm 2024, kim ngạch xuất khẩu toàn tỉnh đạt 34,5 tỷ USD.")
    assert facts[0].location == "Bình Dương"


@pytest.mark.parametrize("text, slot, value", [
    ("Năm 2023, kim ngạch xuất khẩu sang Hoa Kỳ đạt hơn 7,26 tỷ USD.", "partner", "US"),
    ("Năm 2024, xuất khẩu gỗ tăng gần 18%, đạt 6,5 tỷ USD.", "product", "gỗ"),
    ("Năm 2023, tỉnh cấp mới cho 74 dự án FDI với tổng vốn đăng ký 990 triệu USD.", "sector", "cấp mới"),
    ("Các dự án lớn gồm Nhà máy Lego trị giá 1,3 tỷ USD.", "subject", "Nhà máy Lego"),
    ("Kim ngạch xuất khẩu (không kể dầu thô) quý I/2024 ước đạt 1,92 tỉ USD.", "sector", "không kể dầu thô"),
    ("Năm 2023, xuất khẩu sầu riêng mang về ngót 610 triệu đô la Mỹ.", "product", "sầu riêng"),
    ("10 tháng năm 2024, khoản thu tiền sử dụng đất đạt 1.415 tỷ đồng.", "sector", "thu tiền sử dụng đất"),
    ("Năm 2025, riêng thu từ tiền sử dụng đất đạt 312 tỷ đồng.", "sector", "thu từ tiền sử dụng đất"),
    ("Năm 2024, thu từ hoạt động xuất nhập khẩu 6 tháng đạt 342,5 tỷ đồng.", "sector",
     "thu từ hoạt động xuất nhập khẩu"),
    ("Năm 2024, thu ngân sách đạt 5.126 tỷ đồng.", "sector", None),
])
def test_facts_partner_product_sector_subject(facts_of, text, slot, value):
    assert getattr(facts_of(text)[0], slot) == value


@pytest.mark.parametrize("text, sectors", [
    ("GRDP 6 tháng đầu năm 2024 ước tính tăng 6,25% so với cùng kỳ năm 2023; trong đó khu vực nông, lâm "
     "nghiệp và thủy sản tăng 3,12%, khu vực công nghiệp và xây dựng tăng 9,84%, khu vực dịch vụ tăng 7,05%.",
     [None, "khu vực nông, lâm nghiệp và thủy sản", "khu vực công nghiệp và xây dựng", "khu vực dịch vụ"]),
    ("Năm 2024, xuất khẩu đạt 5 tỷ USD, tăng 10%, trong đó khu vực FDI đạt 3 tỷ USD.", [None, "khu vực FDI"]),
])
def test_facts_a_khu_vuc_item_is_a_sector_of_the_figure(facts_of, text, sectors):
    assert [f.sector for f in facts_of(text)] == sectors


def test_facts_list_items_after_tiep_den_la_and_a_copula(facts_of):
    facts = facts_of("7 tháng năm 2025, xuất khẩu ước đạt 1,92 tỷ USD.\n\nCà phê vẫn là mặt hàng chủ lực với "
                     "1,41 tỷ USD. Tiếp đến là hồ tiêu đạt 152 triệu USD, tăng 28%; sầu riêng ước đạt 94 triệu USD.")
    assert [(f.metric.value, f.product) for f in facts[1:]] == [
        ("export_value", "cà phê"), ("export_value", "hồ tiêu"), ("export_value", "sầu riêng")]  # lower case (v1.4)


@pytest.mark.parametrize("text, products", [
    ("Công ty hiện vận hành nhà máy bột giấy công suất 130.000 tấn/năm và nhà máy giấy in, giấy viết "
     "công suất 140.000 tấn/năm.", ["bột giấy", "giấy in, giấy viết"]),
    ("Dự án xây dựng nhà máy chế biến thức ăn chăn nuôi với công suất 300.000 tấn/năm.", ["thức ăn chăn nuôi"]),
    ("Nhà máy Xi măng Tuyên Quang có công suất 900.000 tấn/năm.", [None]),  # a name, not a product
    ("Nhà máy có công suất 50.000 tấn thép mỗi năm.", ["thép"]),
    ("Nhà máy dệt của Công ty Haksan có công suất 25 triệu mét vải mỗi năm.", ["vải"]),
    ("Công ty vừa nâng công suất lên 18 triệu đôi giày mỗi năm.", ["giày"]),
])
def test_facts_capacity_product_is_what_the_plant_makes(facts_of, text, products):
    facts = [f for f in facts_of(text) if f.metric.value == "production_capacity"]
    assert [f.product for f in facts] == products


@pytest.mark.parametrize("text, partner", [
    ("Năm 2024, xuất khẩu đạt 1,2 tỷ USD; riêng thị trường Hoa Kỳ đạt khoảng 420 triệu USD.", "US"),
    ("Năm 2024, xuất khẩu đạt 1,2 tỷ USD. Thị trường EU tăng mạnh 21%.", "EU"),
    ("Năm 2024, xuất khẩu đạt 1,2 tỷ USD, trong đó các thị trường Nhật Bản đạt 300 triệu USD.", "JP"),
    ("Năm 2024, xuất khẩu sang Hoa Kỳ đạt 198 triệu USD, kế đến là EU với 121 triệu USD.", "EU"),
])
def test_facts_a_market_is_a_partner_never_a_product(facts_of, text, partner):
    market = facts_of(text)[-1]
    assert (market.partner, market.product) == (partner, None)


@pytest.mark.parametrize("source", ["(Báo Công Thương) - ", "(Cổng TTĐT tỉnh Đắk Lắk) - ", "Thời báo Tài chính - "])
def test_facts_the_press_reporting_a_figure_is_no_subject(facts_of, source):
    (fact,) = facts_of(source + "Năm 2024, kim ngạch xuất khẩu của tỉnh đạt 1,2 tỷ USD.")
    assert (fact.metric.value, fact.subject) == ("export_value", None)


def test_facts_du_an_refers_to_the_company_of_the_sentence_before(facts_of):
    facts = facts_of("Sáng 13/5, Công ty TNHH Thực phẩm Sunrise Việt Nam khởi công nhà máy tại KCN Sông Hậu. "
                     "Dự án có tổng vốn đầu tư 2.450 tỉ đồng.")
    assert [(f.metric.value, f.subject) for f in facts] == [
        ("project_capital", "Công ty TNHH Thực phẩm Sunrise Việt Nam")]


def test_facts_subject_fact_does_not_inherit_period(facts_of):
    facts = facts_of("Năm 2024, kim ngạch xuất khẩu đạt 10 tỷ USD. "
                     "Công ty TNHH Polaris Việt Nam có tổng mức đầu tư 36 triệu USD.")
    assert (facts[1].metric.value, facts[1].subject, facts[1].period) == (
        "project_capital", "Công ty TNHH Polaris Việt Nam", None)


def test_facts_headline_repeat_is_one_fact_with_body_status(facts_of):
    facts = facts_of("Nghệ An: Kim ngạch xuất khẩu 5 tháng đầu năm 2021 đạt 574,7 triệu USD\n"
                     "Lũy kế 5 tháng đầu năm 2021, tổng kim ngạch xuất khẩu của tỉnh ước đạt 574,7 triệu USD.")
    assert [(f.value.amount, f.status.value) for f in facts] == [(574.7e6, "estimate")]


def test_facts_evidence_is_the_sentence(extractor):
    text = "Mở đầu. Năm 2024, kim ngạch xuất khẩu đạt 34,5 tỷ USD."
    fact = extractor(text).facts[0]
    assert text[fact.evidence.start:fact.evidence.end] == "Năm 2024, kim ngạch xuất khẩu đạt 34,5 tỷ USD."


@pytest.mark.parametrize("text, check, message", [
    ("Kim ngạch xuất khẩu năm 2024 ở Bình Dương ước đạt 34,5 tỷ đồng. Ảnh: Quỳnh Danh. |\n"
     "Kim ngạch xuất khẩu năm 2024 của tỉnh Bình Dương ước đạt 34,5 tỷ USD.", "unit_mismatch",
     "export_value Bình Dương: 34,500,000,000 VND and 34,500,000,000 USD for the same period"),
    ("Lũy kế đến hết năm 2024, trên địa bàn tỉnh có 1.326 dự án, trong đó 481 dự án FDI; 847 dự án DDI.",
     "parts_exceed_total", "investment_projects (no location): parts add up to 1,328, the total is 1,326 dự án"),
])
def test_facts_consistency_warnings(extractor, text, check, message):
    warnings = extractor(text).warnings
    assert [(w.check, w.message) for w in warnings] == [(check, message)]
    assert len(warnings[0].facts) >= 2


@pytest.mark.parametrize("text", [
    "Năm 2023, Đà Nẵng cấp phép cho 7 dự án, gồm 6 dự án đầu tư trong nước và 1 dự án có vốn đầu tư nước ngoài.",
    "Năm 2021, Cà Mau xuất khẩu thủy sản đạt trên 1 tỷ USD. Theo Sở Công Thương, xuất khẩu thủy sản năm 2021 "
    "của Cà Mau đạt trên 1,1 tỷ USD.",
])
def test_facts_no_warning_for_consistent_figures(extractor, text):
    assert extractor(text).warnings == []


def test_facts_table_one_flat_row_per_fact(extractor):
    document: Document = extractor("Năm 2024, kim ngạch xuất khẩu ước đạt 34,5 tỷ USD, tăng 13% so với năm ngoái.",
                                   doc_id="vd")
    rows = document.facts_table()
    assert rows == [{**rows[0], "doc_id": "vd", "metric": "export_value", "amount": 34.5e9, "unit": "USD",
                     "status": "estimate", "change_percent": 13, "period_start": "2024-01",
                     "change_basis": "same_period_last_year"}]
    assert all(not isinstance(v, (dict, list)) for v in rows[0].values())


_EXPORT_TOPIC = "Năm 2024, kim ngạch xuất khẩu của tỉnh Bắc Ninh đạt 50 tỷ USD, tăng 10%. "


@pytest.mark.parametrize("text", [
    "Giá lúa tăng 5% so với cùng kỳ.",
    "Chỉ số giá tiêu dùng (CPI) tăng 3,2%.",
    "Số khách du lịch tăng 12%, đạt 2 triệu lượt.",
    "Tín dụng tăng 8%; dư nợ đạt 200 nghìn tỷ đồng.",
    "Tổng vốn đầu tư toàn xã hội đạt 90 nghìn tỷ đồng, tăng 9%.",
    "Tăng 15% so với năm trước.",
])
def test_facts_other_indicators_do_not_borrow_the_topic(facts_of, text):
    assert len(facts_of(_EXPORT_TOPIC + text)) == 1


@pytest.mark.parametrize("text, product", [
    ("Trong đó, dệt may đạt 12 tỷ USD.", "dệt may"),
    ("Ở chiều ngược lại, điện thoại và linh kiện giảm 20%.", "điện thoại và linh kiện"),
])
def test_facts_list_items_take_the_topic_metric(facts_of, text, product):
    item = facts_of(_EXPORT_TOPIC + text)[1]
    assert (item.metric.value, item.product) == ("export_value", product)


@pytest.mark.parametrize("text", [
    "6 tháng đầu năm 2024, xuất khẩu ước đạt 812 triệu USD. Nhập khẩu ước đạt 402 triệu USD; xuất siêu "
    "410 triệu USD.\n\nTrong đó, hàng thủy sản đạt 128,5 triệu USD, tăng 14,1%.",
    "Xuất khẩu 10 tháng năm 2023 đạt 755 triệu USD. Nhập khẩu chỉ đạt 358 triệu USD. Nhờ đó, tỉnh xuất siêu "
    "gần 400 triệu USD. Thủy sản vẫn là mặt hàng chủ lực với 412 triệu USD.",
])
def test_facts_products_after_a_trade_balance_are_exports(facts_of, text):
    """A balance sums up exports and imports: the products after it are the exports'."""
    product = facts_of(text)[-1]
    assert (product.metric.value, product.product) in {("export_value", "thủy sản"), ("export_value", "Thủy sản")}


def test_facts_products_after_imports_alone_stay_imports(facts_of):
    facts = facts_of("Năm 2024, nhập khẩu đạt 3 tỷ USD.\n\nTrong đó, máy móc thiết bị đạt 1,2 tỷ USD.")
    assert [(f.metric.value, f.product) for f in facts] == [("import_value", None),
                                                            ("import_value", "máy móc thiết bị")]


def test_facts_list_items_skip_a_balance_topic(facts_of):
    facts = facts_of("Năm 2024, giá trị xuất khẩu của tỉnh Phú Thọ ước đạt 3,2 tỷ USD. Cán cân thương mại xuất siêu "
                     "600 triệu USD.\n\nCác mặt hàng có kim ngạch lớn gồm: hàng dệt may 1,4 tỷ USD; linh kiện điện "
                     "tử 950 triệu USD.")
    assert [(f.metric.value, f.product) for f in facts[2:]] == [
        ("export_value", "dệt may"), ("export_value", "linh kiện điện tử")]


def test_facts_excerpt_cut_mid_sentence_keeps_every_fact_and_warns(extractor):
    text = ("Hà Tĩnh hút thêm vốn ngoại\n"
            "Năm 2024, tỉnh thu hút 640 triệu USD vốn FDI, tăng 12% so với năm trước. "
            "Trong đó, 14 dự án cấp mới có tổng vốn đăng ký 410 triệu USD, tăng\n")
    document = extractor(text, doc_id="cut")
    assert [(f.metric.value, f.value.amount) for f in document.facts] == [
        ("fdi_capital", 640e6), ("fdi_projects", 14), ("fdi_capital", 410e6)]
    assert document.facts[0].change.percent == 12
    [warning] = [w for w in document.warnings if w.check == "cut_sentence"]
    assert "410 triệu USD, tăng" in warning.message and warning.facts == [1, 2]


def test_facts_line_without_full_stop_in_the_middle_is_a_section_head_not_a_cut(extractor):
    text = ("Quảng Bình: xuất khẩu khởi sắc\n"
            "Thu hút đầu tư\n"
            "Năm 2024, tỉnh cấp mới 12 dự án với tổng vốn 2.300 tỷ đồng.\n")
    document = extractor(text, doc_id="head")
    assert [w for w in document.warnings if w.check == "cut_sentence"] == []
    assert [(f.metric.value, f.value.amount) for f in document.facts] == [
        ("investment_projects", 12), ("investment_capital", 2.3e12)]


def test_facts_section_head_scope_carries_to_its_paragraphs(facts_of):
    facts = facts_of("Long An thu hút đầu tư năm 2024\n"
                     "Thu hút vốn FDI\n"
                     "Năm 2024, tỉnh cấp mới 95 dự án.\n"
                     "Ngoài ra, 40 dự án điều chỉnh tăng vốn với tổng vốn tăng thêm 310 triệu USD.\n")
    assert [f.metric.value for f in facts] == ["fdi_projects", "fdi_projects", "fdi_capital"]


def test_facts_explain_shows_the_pattern_and_the_features_of_each_decision(extractor):
    text = "Năm 2024, kim ngạch xuất khẩu của Bình Dương đạt 34,5 tỷ USD, tăng 15% so với năm 2023."
    plain = extractor(text, doc_id="x").facts[0].model_dump()
    explained = extractor(text, doc_id="x", explain=True).facts[0].model_dump()
    assert "explain" not in plain and plain["pattern"] == explained["pattern"] == "money_value"
    decisions = explained["explain"]
    assert decisions["metric"]["choice"] == "trigger:export_value"
    assert decisions["place"]["choice"] == "Bình Dương" and decisions["place"]["features"]["owner"] == 1
    assert decisions["period"]["choice"] == "Năm 2024"
    assert decisions["host"]["features"]["same_item"] == 1


@pytest.mark.parametrize("text,product", [
    ("Năm 2024, xuất khẩu thông qua cảng Cát Lái của TP. Hồ Chí Minh đạt 5 tỷ USD.", None),
    ("Năm 2024, xuất khẩu của Bình Dương tăng lên 36 tỷ USD.", None),
    ("Năm 2024, xuất khẩu gỗ và sản phẩm gỗ của Bình Dương đạt 5,1 tỷ USD.", "gỗ và sản phẩm gỗ"),
    ("Năm 2024, xuất khẩu hàng dệt may của Nam Định đạt 3,2 tỷ USD.", "dệt may"),
])
def test_facts_products_are_whole_noun_phrases(facts_of, text, product):
    """A product is a whole phrase between the words that end it: never a
    syllable of `thông qua` or the `lên` of `tăng lên`."""
    products = [f.product for f in facts_of(text) if f.metric.value == "export_value"]
    assert products == [product]
