"""One visit however many outlets report it; different visits stay apart."""

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from huunghi.classify.merge import Report, cluster
from huunghi.ingest import ArticleFields, store_article
from huunghi.store import list_visits


def r(lao, vn, direction, start=None, ref=None, ident=None, end=None):
    return Report(frozenset(lao), frozenset(vn), direction, start, end, ref, True, [ident])


def test_same_trip_from_several_outlets_and_days():
    reports = [
        r({"U Đôm Xay"}, {"Lai Châu"}, "vn_to_la", date(2025, 4, 10), date(2025, 4, 10), "a", end=date(2025, 4, 11)),
        r({"U Đôm Xay"}, {"Lai Châu"}, "vn_to_la", date(2025, 4, 11), date(2025, 4, 12), "b"),
        r({"U Đôm Xay"}, {"Lai Châu"}, "none", None, date(2025, 4, 13), "c"),
    ]
    assert [v.ids for v in cluster(reports)] == [["a", "b", "c"]]


def test_two_meetings_a_year_apart_are_two_visits():
    reports = [r({"Hủa Phăn"}, {"Thanh Hóa"}, "la_to_vn", date(2024, 5, 14), ident="a"),
               r({"Hủa Phăn"}, {"Thanh Hóa"}, "la_to_vn", date(2025, 5, 14), ident="b")]
    assert len(cluster(reports)) == 2


def test_opposite_directions_and_other_provinces_stay_apart():
    base = r({"Hủa Phăn"}, {"Thanh Hóa"}, "la_to_vn", date(2025, 5, 14), ident="a")
    assert len(cluster([base, r({"Hủa Phăn"}, {"Thanh Hóa"}, "vn_to_la", date(2025, 5, 16), ident="b")])) == 2
    # ... unless both give the same days: then one of them read the direction wrong
    assert len(cluster([base, r({"Hủa Phăn"}, {"Thanh Hóa"}, "vn_to_la", date(2025, 5, 14), ident="b")])) == 1
    assert len(cluster([base, r({"Xiêng Khoảng"}, {"Thanh Hóa"}, "la_to_vn", date(2025, 5, 14), ident="b")])) == 2
    # … but not when their Vietnamese sides differ too, not both national: a city's Lao guests and a friendship
    # society's delegation to Laos on the same day are two exchanges
    guests = r({"Lào"}, {"Hà Nội"}, "la_to_vn", date(2025, 7, 17), ident="guests")
    delegation = r({"Lào"}, {"Hội Hữu nghị Việt Nam - Lào"}, "vn_to_la", date(2025, 7, 17), ident="delegation")
    assert len(cluster([guests, delegation])) == 2
    # (two national bodies on the same days, one direction misread, are still one state visit)
    assert len(cluster([r({"Lào"}, {"Chính phủ"}, "la_to_vn", date(2025, 5, 15), ident="gov"),
                        r({"Lào"}, {"Quốc hội"}, "vn_to_la", date(2025, 5, 15), ident="assembly")])) == 1
    # two host provinces and nothing that says one delegation toured both: two visits
    assert len(cluster([r({"Xa La Văn"}, {"Huế"}, "vn_to_la", date(2025, 10, 22), ident="a"),
                        r({"Chăm Pa Xắc"}, {"Huế"}, "vn_to_la", date(2025, 10, 24), ident="b")])) == 2


def test_one_head_of_delegation_touring_two_hosts_is_one_trip():
    first = replace(r({"Xa La Văn"}, {"Gia Lai"}, "la_to_vn", date(2026, 1, 6), ident="a"),
                    leader="Sỉ-hêng Hỏm-sổm-bắt (Trưởng đoàn)")
    second = replace(r({"Xa La Văn"}, {"Huế"}, "la_to_vn", date(2026, 1, 8), ident="b"), leader="Siheang Homsombat (Trưởng đoàn)")
    assert [v.ids for v in cluster([first, second])] == [["a", "b"]]
    # the same way round for a Vietnamese delegation touring two Lao provinces
    south = [replace(r({"Xa La Văn"}, {"Huế"}, "vn_to_la", date(2025, 10, 22), ident="c"), leader="Nguyễn Văn An (Phó Chủ tịch)"),
             replace(r({"Chăm Pa Xắc"}, {"Huế"}, "vn_to_la", date(2025, 10, 24), ident="d"), leader="Nguyễn Văn An (Phó Chủ tịch)")]
    assert len(cluster(south)) == 1
    # another head, another travelling side, or two weeks apart: other trips
    assert len(cluster([first, replace(second, leader="Bun Mi Phăn (Tỉnh trưởng)")])) == 2
    assert len(cluster([first, replace(second, lao=frozenset({"Sê Kông"}))])) == 2
    assert len(cluster([first, replace(second, start=date(2026, 1, 20))])) == 2


def test_two_heads_of_delegation_are_two_trips_even_on_the_same_day():
    # in the Tết season a Lao province's leaders and its police may greet the same province the same day
    leaders = replace(r({"Xa La Văn"}, {"Quảng Trị"}, "la_to_vn", date(2026, 2, 2), ident="a"),
                      leader="Phon Xay Vi Lay (Bí thư Tỉnh ủy, Tỉnh trưởng)")
    police = replace(r({"Xa La Văn"}, {"Quảng Trị"}, "la_to_vn", date(2026, 2, 2), ident="b"),
                     leader="Khăm Bun Xỉ Sa Vắt (Giám đốc Công an tỉnh)")
    assert len(cluster([leaders, police])) == 2
    # the same head in another spelling is one trip
    assert len(cluster([leaders, replace(police, leader="Phonxay Vilay (Tỉnh trưởng)")])) == 1


def test_a_report_naming_no_head_never_makes_two_delegations_one():
    import itertools

    prime_minister = replace(r({"Lào"}, {"Chính phủ"}, "la_to_vn", date(2024, 3, 10), ident="pm", end=date(2024, 3, 11)),
                             leader="Sonexay Siphandone (Thủ tướng Lào)")
    defence = replace(r({"Lào"}, {"Bộ Quốc phòng"}, "la_to_vn", date(2024, 3, 11), ident="defence"),
                      leader="Chansamone Chanyalath (Bộ trưởng Bộ Quốc phòng Lào)")
    # agrees with both: the same days, Laos received in Hà Nội, nobody named
    round_up = r({"Lào"}, {"Hà Nội"}, "la_to_vn", date(2024, 3, 10), ident="round-up", end=date(2024, 3, 11))
    for order in itertools.permutations([prime_minister, defence, round_up]):
        visits = [sorted(v.ids) for v in cluster(list(order))]
        assert len(visits) == 2 and ["defence", "pm"] not in visits and not any(
            {"defence", "pm"} <= set(v) for v in visits), visits


def test_the_store_never_makes_two_delegations_one_through_a_report_naming_no_head(make_app, tmp_path):
    pub = lambda d, h: datetime(2024, 3, d, h, tzinfo=UTC)  # noqa: E731
    articles = [
        ("http://a.vn/pm", "Thủ tướng hội đàm với Thủ tướng Lào", "Chiều 10/3, tại Trụ sở Chính phủ, Thủ tướng Phạm Minh Chính "
         "chủ trì lễ đón và hội đàm với Thủ tướng Lào Sonexay Siphandone thăm chính thức Việt Nam từ ngày 10 đến 11/3.",
         pub(10, 11)),
        ("http://b.vn/qp", "Bộ trưởng Quốc phòng Lào thăm Việt Nam", "Sáng 11/3, tại Hà Nội, Đại tướng Phan Văn Giang chủ trì lễ "
         "đón Đại tướng Chansamone Chanyalath, Bộ trưởng Bộ Quốc phòng Lào thăm chính thức Việt Nam.", pub(11, 10)),
        ("http://c.vn/hn", "Tăng cường hợp tác Việt Nam - Lào", "Trong hai ngày 10 và 11/3, các đoàn cấp cao của Lào đã đến Hà "
         "Nội hội đàm với các cơ quan của Việt Nam.", pub(12, 1)),
    ]
    for i, order in enumerate((articles, articles[::-1], [articles[2], articles[0], articles[1]])):
        partition = _stored_partition(make_app(database_url=f"sqlite:///{tmp_path}/o{i}.db"), order)
        assert len(partition) == 2 and not any({"http://a.vn/pm", "http://b.vn/qp"} <= v for v in partition), partition


def test_old_and_new_province_names_are_one_side():
    reports = [r({"Khăm Muồn"}, {"Quảng Bình"}, "la_to_vn", date(2025, 3, 1), ident="a"),
               r({"Khăm Muồn"}, {"Quảng Trị"}, "la_to_vn", date(2025, 3, 1), ident="b")]
    from huunghi.classify.merge import vn_key

    reports = [Report(x.lao, vn_key(x.vn), x.direction, x.start, None, None, True, x.ids) for x in reports]
    assert len(cluster(reports)) == 1


def test_order_does_not_matter_for_a_clear_case():
    reports = [r({"Bò Kẹo"}, {"Điện Biên"}, "la_to_vn", date(2025, 6, d), ident=str(d)) for d in (3, 4, 20)]
    assert sorted(len(v.ids) for v in cluster(reports)) == [1, 2]
    assert sorted(len(v.ids) for v in cluster(list(reversed(reports)))) == [1, 2]


def _article(url, day, text, pub_offset_hours=0):
    published = datetime(2025, 10, day, 9, tzinfo=UTC) + timedelta(hours=pub_offset_hours)
    return ArticleFields(url, text.split(".")[0], text, published)


def test_incremental_merge_in_the_store(app):
    t1 = "Ngày 12/10, Đoàn đại biểu tỉnh U Đôm Xay (Lào) đã đến thăm và làm việc tại tỉnh Lai Châu. Tiếp đoàn có Chủ tịch UBND tỉnh Lai Châu."
    t2 = "Chiều 12/10, Bí thư Tỉnh ủy Lai Châu tiếp xã giao Đoàn đại biểu tỉnh U Đôm Xay (Lào) sang thăm và làm việc tại tỉnh."
    t3 = "Ngày 14/12, Đoàn đại biểu tỉnh U Đôm Xay (Lào) lại sang thăm, chúc mừng tỉnh Lai Châu nhân dịp năm mới."
    with app.db.session() as s:
        store_article(s, None, _article("http://a.vn/1", 12, t1))
    with app.db.session() as s:
        store_article(s, None, _article("http://b.vn/2", 13, t2))
        store_article(s, None, _article("http://b.vn/2?utm_source=zalo", 13, t2))  # the same article again
    with app.db.session() as s:
        store_article(s, None, ArticleFields("http://a.vn/3", "Tin", t3, datetime(2025, 12, 14, 9, tzinfo=UTC)))
        visits = list_visits(s)
    assert len(visits) == 2
    october = next(v for v in visits if v["start_date"] == "2025-10-12")
    assert len(october["articles"]) == 2


def test_a_sent_visit_that_gains_an_article_is_not_new_again(app):
    from notify.digest import DigestContext, run_digest
    from notify.subscribers import SubscriberSpec, add_subscriber
    from notify.transport import OutboxTransport

    with app.db.session() as s:
        add_subscriber(s, SubscriberSpec("r@example.org"))
    t1 = "Ngày 12/10, Đoàn đại biểu tỉnh U Đôm Xay (Lào) đã đến thăm và làm việc tại tỉnh Lai Châu."
    t2 = "Chiều 12/10, Bí thư Tỉnh ủy Lai Châu tiếp xã giao Đoàn đại biểu tỉnh U Đôm Xay (Lào) sang thăm tỉnh."

    def digest():
        outbox = OutboxTransport(app.settings.outbox_dir)
        ctx = DigestContext(app.db, outbox, app.settings.mail_from, app.settings.base_url, app.settings.secret,
                            app.settings.data_dir / "locks", backoff=0)
        return run_digest(ctx)

    with app.db.session() as s:
        store_article(s, None, _article("http://a.vn/1", 12, t1))
    assert [n for _, n in digest().sent] == [1]
    with app.db.session() as s:
        store_article(s, None, _article("http://b.vn/2", 13, t2))
        assert len(list_visits(s)[0]["articles"]) == 2
    assert digest().sent == []


def test_an_undated_page_merges_only_with_recent_visits(app):
    old = "Ngày 12/10/2020, Đoàn đại biểu tỉnh Bò Kẹo (Lào) đã đến thăm và làm việc tại tỉnh Điện Biên."
    undated = "Đoàn đại biểu tỉnh Bò Kẹo (Lào) đã đến thăm và làm việc tại tỉnh Điện Biên, hai bên trao đổi kinh nghiệm."
    with app.db.session() as s:
        store_article(s, None, ArticleFields("http://a.vn/old", "Tin cũ", old, datetime(2020, 10, 12, 9, tzinfo=UTC)))
        store_article(s, None, ArticleFields("http://a.vn/undated", "Tin không ngày", undated, None))
        visits = list_visits(s)
    assert len(visits) == 2, "a page without any date is not merged into a visit five years old"


def test_a_dissolved_province_name_dates_a_report_before_the_2025_merger():
    from huunghi.classify.merge import dissolved_names_bound

    old_name = Report(frozenset({"Khăm Muồn"}), frozenset({"Quảng Trị"}), "la_to_vn", ids=["old"],
                      before=dissolved_names_bound(["Quảng Bình"]))
    recent = r({"Khăm Muồn"}, {"Quảng Trị"}, "la_to_vn", date(2025, 11, 3), date(2025, 11, 3), "new")
    assert dissolved_names_bound(["Quảng Trị"]) is None
    assert len(cluster([recent, old_name])) == 2
    earlier = r({"Khăm Muồn"}, {"Quảng Trị"}, "la_to_vn", date(2025, 3, 3), date(2025, 3, 3), "mar")
    assert len(cluster([earlier, old_name])) == 1
    # a report that gives the event's own day is not bound by an old name an outlet still writes
    dated_old_name = replace(r({"Khăm Muồn"}, {"Quảng Trị"}, "la_to_vn", date(2025, 11, 3), ident="dated"),
                             before=dissolved_names_bound(["Quảng Bình"]))
    assert len(cluster([recent, dated_old_name])) == 1


def test_two_heads_of_delegation_are_two_trips():
    from huunghi.classify.merge import different_leaders

    assert different_leaders("Nguyễn Hữu Thành (Bí thư Tỉnh ủy)", "Hoàng Quốc Bình (Chủ tịch UBND tỉnh)")
    assert not different_leaders("Xổm Phăn - Bun Mi (Phó Bí thư)", "Xổm Phăn Bun Mi (Phó Bí thư Tỉnh ủy)")
    assert not different_leaders(None, "Hoàng Quốc Bình (Chủ tịch UBND tỉnh)")
    a = Report(frozenset({"Hủa Phăn"}), frozenset({"Sơn La"}), "vn_to_la", date(2025, 3, 21), ids=["a"],
               leader="Nguyễn Hữu Thành (Bí thư Tỉnh ủy)")
    b = Report(frozenset({"Hủa Phăn"}), frozenset({"Sơn La"}), "vn_to_la", date(2025, 3, 22), ids=["b"],
               leader="Hoàng Quốc Bình (Chủ tịch UBND tỉnh)")
    assert len(cluster([a, b])) == 2


def test_the_day_and_month_of_an_undated_report_still_tell_trips_apart():
    dated = r({"Hủa Phăn"}, {"Sơn La"}, "la_to_vn", date(2022, 1, 24), ident="dated")
    # "Ngày 30-1" with no year anywhere: not the greeting of 24/1, whatever the year
    other_day = replace(r({"Hủa Phăn"}, {"Sơn La"}, "la_to_vn", ident="30-1"), yearless=((1, 30), (1, 30)))
    assert len(cluster([dated, other_day])) == 2
    # "từ ngày 17-21/2" holds the 19/2 meeting of a dated report
    trip = replace(r({"Xa La Văn", "Chăm Pa Xắc"}, {"Quảng Trị"}, "vn_to_la", ident="trip"), yearless=((2, 17), (2, 21)))
    leg = r({"Xa La Văn"}, {"Quảng Trị"}, "vn_to_la", date(2022, 2, 19), ident="leg")
    assert [v.ids for v in cluster([trip, leg])] == [["trip", "leg"]]
    # ... and a day-month seen on two dated visits (Bunpimay comes every April) joins neither
    years = [r({"Xa La Văn"}, {"Quảng Trị"}, "vn_to_la", date(y, 4, 14), ident=str(y)) for y in (2022, 2023)]
    bunpimay = replace(r({"Xa La Văn"}, {"Quảng Trị"}, "vn_to_la", ident="?"), yearless=((4, 14), (4, 14)))
    assert len(cluster([*years, bunpimay])) == 3
    # a day-month across the year end: "30/12 - 2/1" holds 31/12
    new_year = replace(r({"Hủa Phăn"}, {"Sơn La"}, "la_to_vn", ident="ny"), yearless=((12, 30), (1, 2)))
    assert len(cluster([new_year, r({"Hủa Phăn"}, {"Sơn La"}, "la_to_vn", date(2023, 12, 31), ident="d")])) == 1


def test_undated_national_reports_join_only_on_the_same_sum_or_kind():
    def national(ident, kind, amounts=(), start=None):
        return replace(r({"Lào"}, {"Việt Nam"}, "none", start, ident=ident), kind=kind, amounts=frozenset(amounts))

    aid = national("aid", "aid_handover", ["200.000 USD"], date(2018, 7, 26))
    assert len(cluster([aid, national("copy", "aid_handover", ["200.000 USD"])])) == 1
    assert len(cluster([aid, national("covid", "other", ["500.000 USD"])])) == 2
    assert len(cluster([national("funeral", "working_visit"), national("graduation", "other")])) == 2
    # a province pair, undated, still joins the only visit it can be
    assert len(cluster([r({"Hủa Phăn"}, {"Sơn La"}, "la_to_vn", date(2022, 1, 24), ident="a"),
                        r({"Hủa Phăn"}, {"Sơn La"}, "la_to_vn", ident="b")])) == 1


def test_an_article_without_a_year_keeps_its_day_and_month():
    from huunghi.classify.visit import extract_visit

    v = extract_visit("Đoàn Hủa Phăn chúc Tết Sơn La",
                      "Ngày 30-1, Đoàn công tác tỉnh Hủa Phăn (Lào) do đồng chí Phăn Xay, Phó Tỉnh trưởng làm Trưởng đoàn "
                      "đã sang thăm và chúc Tết tỉnh Sơn La.")
    assert v.event_date is None and v.yearless == ((1, 30), (1, 30))
    assert v.as_json()["yearless"] == ["--01-30", "--01-30"]


def test_a_lao_name_in_two_transliterations_is_one_person():
    from huunghi.classify.merge import different_leaders

    assert not different_leaders("Khamphet Xaysana (Bí thư)", "Khăm Phết Xay Xạ Na (Bí thư, Tỉnh trưởng)")
    assert not different_leaders("Bun Thon Vi Lay (Chủ nhiệm)", "Bounthone Vilay (Chủ nhiệm Ủy ban)")
    assert different_leaders("Phon Xay In Thạ Lạ (Phó Bí thư)", "Khăm Pheng Vi-Lạ Xổm Phu (Phó Chủ tịch)")


def test_a_trip_reported_on_its_first_and_fourth_day_is_one_visit():
    first = r({"Xa La Văn"}, {"Huế"}, "vn_to_la", date(2025, 10, 22), ident="talks")
    fourth = r({"Xa La Văn"}, {"Huế"}, "vn_to_la", date(2025, 10, 25), ident="farewell")
    assert len(cluster([first, fourth])) == 1
    a_week_on = r({"Xa La Văn"}, {"Huế"}, "vn_to_la", date(2025, 10, 29), ident="next")
    assert len(cluster([first, a_week_on])) == 2
    # … and on its first and fifth, when both name the same head (in two transliterations)
    head = "Xan Thi Pắp Phôm Vi Hản (Bí thư Tỉnh ủy, Tỉnh trưởng)"
    arrival = replace(r({"Xa Vẳn Na Khệt"}, {"Quảng Trị"}, "la_to_vn", date(2025, 3, 10), ident="arrival"), leader=head)
    departure = replace(r({"Xa Vẳn Na Khệt"}, {"Quảng Trị"}, "la_to_vn", date(2025, 3, 14), ident="departure"),
                        leader="Santiphap Phomvihane (Bí thư Tỉnh ủy, Tỉnh trưởng)")
    assert len(cluster([arrival, departure])) == 1
    # (unnamed on one side, four days apart are two visits still; named, more than a week apart too)
    assert len(cluster([arrival, replace(departure, leader=None)])) == 2
    assert len(cluster([arrival, replace(departure, start=date(2025, 3, 19))])) == 2


def test_a_report_dated_only_by_its_month_joins_only_visits_of_about_that_month():
    tet = r({"Hủa Phăn"}, {"Sơn La"}, "la_to_vn", date(2024, 1, 26), ident="tet")
    april = replace(r({"Hủa Phăn"}, {"Sơn La"}, "la_to_vn", ref=date(2024, 4, 30), ident="april"),
                    reference_exact=False, reference_precision="month")
    assert len(cluster([tet, april])) == 2  # Tết and Bunpimay, one page's month apart
    january = replace(april, reference=date(2024, 1, 31), ids=["january"])
    assert len(cluster([tet, january])) == 1
    # a year the text names still reaches across the year
    year = replace(april, reference=date(2024, 12, 31), reference_precision="year", ids=["year"])
    assert len(cluster([tet, year])) == 1


def test_a_trip_announced_days_before_is_one_visit_with_its_reports(app):
    # the briefing's own day (the 5th) is not the trip's: the days it announces are, so it joins the trip's reports
    briefing = ("Chiều 5/10, Bộ Ngoại giao họp báo thông tin về chuyến thăm chính thức Việt Nam của Thủ tướng Lào Sonexay "
                "Siphandone từ ngày 9 đến 11/10.")
    talks = "Chiều 9/10, tại Hà Nội, Thủ tướng Chính phủ hội đàm với Thủ tướng Lào Sonexay Siphandone đang thăm chính thức Việt Nam."
    with app.db.session() as s:
        store_article(s, None, _article("http://a.vn/briefing", 5, briefing))
        store_article(s, None, _article("http://b.vn/talks", 9, talks))
        visits = list_visits(s)
    assert [(v["start_date"], len(v["articles"])) for v in visits] == [("2025-10-09", 2)]


def test_one_state_visit_whatever_vietnamese_body_each_report_names():
    state = [r({"Lào"}, {"Chính phủ"}, "la_to_vn", date(2025, 5, 15), ident="gov"),
             r({"Lào"}, {"Quốc hội"}, "la_to_vn", date(2025, 5, 16), ident="assembly"),
             r({"Lào"}, {"Việt Nam"}, "la_to_vn", date(2025, 5, 15), ident="state", end=date(2025, 5, 17))]
    assert [sorted(v.ids) for v in cluster(state)] == [["assembly", "gov", "state"]]
    # a national side and a province meet on the same days only: the Lao PM in Hà Nội and a ministry's
    # talks a week later are two exchanges
    hanoi = r({"Lào"}, {"Hà Nội"}, "la_to_vn", date(2025, 5, 15), ident="hanoi")
    assert len(cluster([state[0], hanoi])) == 1
    assert len(cluster([r({"Lào"}, {"Bộ Ngoại giao"}, "la_to_vn", date(2025, 5, 12), ident="mofa"), hanoi])) == 2
    # with neither side in common, a national exchange and a provincial one on the same days are two: the
    # Assembly receiving a Lao leader, and Sơn La's culture days with Luông Pha Bang
    provincial = r({"Luông Pha Bang"}, {"Sơn La"}, "la_to_vn", date(2025, 5, 15), ident="sonla")
    assert len(cluster([state[0], provincial])) == 2


def test_a_ministry_s_guests_on_the_days_of_a_state_visit_join_the_ministry_s_other_reports():
    # the Lao president's state visit, and the Lao defence minister's talks on one of its days (one report names the
    # minister, the later one nobody): the later report joins the ministry's visit, not the state visit
    state = [replace(r({"Lào"}, {"Việt Nam"}, "la_to_vn", date(2025, 9, 10), ident="state", end=date(2025, 9, 12)),
                     leader="Thongloun Sisoulith (Chủ tịch nước Lào)"),
             r({"Lào"}, {"Quốc hội"}, "la_to_vn", date(2025, 9, 11), ident="assembly")]
    named = replace(r({"Lào"}, {"Bộ Quốc phòng"}, "la_to_vn", date(2025, 9, 11), ident="named"),
                    leader="Chănxamon Chănnhalạt (Bộ trưởng Bộ Quốc phòng Lào)")
    unnamed = r({"Lào"}, {"Bộ Quốc phòng"}, "la_to_vn", date(2025, 9, 11), ident="unnamed")
    assert sorted(sorted(v.ids) for v in cluster([*state, named, unnamed])) == [["assembly", "state"], ["named", "unnamed"]]


def test_a_report_naming_no_head_joins_the_visit_of_its_own_kind_of_body():
    # the governors and the police of the same two provinces meet on one day; a police report naming no head joins
    # the police's visit, whichever of the two visits was made first
    governors = replace(r({"Xa Vẳn Na Khệt"}, {"Quảng Trị"}, "la_to_vn", date(2025, 3, 15), ident="governors"),
                        leader="Xổm Phết (Phó Tỉnh trưởng)")
    police = replace(r({"Xa Vẳn Na Khệt"}, {"Quảng Trị"}, "la_to_vn", date(2025, 3, 15), ident="police"),
                     leader="Bun Mi Xay (Giám đốc Công an tỉnh)", unit="police")
    unnamed = replace(r({"Xa Vẳn Na Khệt"}, {"Quảng Trị"}, "la_to_vn", date(2025, 3, 15), ident="unnamed"), unit="police")
    for first, second in ((governors, police), (police, governors)):
        assert sorted(sorted(v.ids) for v in cluster([first, second, unnamed])) == [["governors"], ["police", "unnamed"]]


def test_a_report_dated_only_by_its_year_may_join_but_never_bridges():
    a = r({"Hủa Phăn"}, {"Sơn La"}, "la_to_vn", date(2024, 1, 26), ident="tet")
    b = r({"Hủa Phăn"}, {"Sơn La"}, "la_to_vn", date(2024, 4, 14), ident="bunpimay")
    year = replace(r({"Hủa Phăn"}, {"Sơn La"}, "la_to_vn", ref=date(2024, 12, 31), ident="year"),
                   reference_exact=False, reference_precision="year")
    assert len(cluster([a, b, year])) == 3  # two possible visits: it joins neither, and never makes them one


TRIP = "Đoàn đại biểu tỉnh Hủa Phăn (Lào) sang thăm và làm việc tại tỉnh Sơn La"


def _stored_partition(app, articles) -> set[frozenset[str]]:
    with app.db.session() as s:
        for url, title, body, published in articles:
            store_article(s, None, ArticleFields(url, title, body, published))
    with app.db.session() as s:
        return {frozenset(a["url"] for a in v["articles"]) for v in list_visits(s)}


def test_the_store_ends_with_the_same_visits_whatever_the_order(make_app, tmp_path):
    import itertools

    pub = lambda d: datetime(2025, 3, d, 9, tzinfo=UTC)  # noqa: E731
    articles = [
        ("http://a.vn/1", "Hủa Phăn thăm Sơn La", f"Ngày 10/3, {TRIP}.", pub(10)),
        ("http://b.vn/2", "Tiếp đoàn Hủa Phăn", f"Chiều 12/3, lãnh đạo tỉnh Sơn La tiếp {TRIP.lower()}.", pub(12)),
        ("http://c.vn/3", "Kết thúc chuyến thăm", f"Sáng 13/3, {TRIP} kết thúc chuyến thăm.", pub(13)),
        ("http://d.vn/4", "Đoàn Hủa Phăn lại sang", f"Ngày 28/3, {TRIP} lần thứ hai.", pub(28)),
    ]
    seen = set()
    for i, order in enumerate(itertools.permutations(articles)):
        if i % 5:  # every fifth of the 24 orders keeps the test quick
            continue
        app = make_app(database_url=f"sqlite:///{tmp_path}/order{i}.db")
        seen.add(frozenset(_stored_partition(app, order)))
    assert len(seen) == 1
    (partition,) = seen
    assert sorted(len(v) for v in partition) == [1, 3]


def _digest(app):
    """Run one digest to the outbox, as the scheduler does."""
    from notify.digest import DigestContext, run_digest
    from notify.transport import OutboxTransport

    ctx = DigestContext(app.db, OutboxTransport(app.settings.outbox_dir), app.settings.mail_from,
                        app.settings.base_url, app.settings.secret, app.settings.data_dir / "locks", backoff=0)
    return run_digest(ctx)


def test_a_report_that_bridges_two_visits_makes_them_one_and_nothing_is_sent_twice(app):
    from notify.subscribers import SubscriberSpec, add_subscriber

    def digest():
        return _digest(app)

    with app.db.session() as s:
        add_subscriber(s, SubscriberSpec("r@example.org"))
    pub = lambda d: datetime(2025, 3, d, 9, tzinfo=UTC)  # noqa: E731
    with app.db.session() as s:
        store_article(s, None, ArticleFields("http://a.vn/1", "Hủa Phăn thăm Sơn La", f"Ngày 10/3, {TRIP}.", pub(10)))
        store_article(s, None, ArticleFields("http://c.vn/3", "Chuyến thăm kết thúc", f"Từ ngày 14 đến 15/3, {TRIP}.", pub(15)))
        assert len(list_visits(s)) == 2
    assert sorted(n for _, n in digest().sent) == [2]
    with app.db.session() as s:  # a report of the whole trip, 11-14/3, joins both
        store_article(s, None, ArticleFields("http://b.vn/2", "Tổng kết", f"Từ ngày 11 đến 14/3, {TRIP}.", pub(16)))
        visits = list_visits(s)
    assert len(visits) == 1 and len(visits[0]["articles"]) == 3
    assert visits[0]["start_date"] == "2025-03-10" and visits[0]["end_date"] == "2025-03-15"
    assert digest().sent == []  # the merged visit was already received


def test_an_approximate_day_is_marked_on_the_visit(app):
    with app.db.session() as s:
        store_article(s, None, ArticleFields("http://a.vn/1", "Hủa Phăn thăm Sơn La", f"{TRIP}.",
                                             datetime(2025, 3, 10, 9, tzinfo=UTC)))
        v = list_visits(s)[0]
    assert v["start_date"] == "2025-03-10" and v["start_approximate"] is True


def test_the_outlets_province_guessed_for_a_report_naming_no_side_keeps_no_reports_apart(app):
    guest = "đoàn đại biểu tỉnh Bô Ly Khăm Xay (Lào) do Phó Tỉnh trưởng Xổm Phon dẫn đầu sang thăm, chúc Tết"
    pub = lambda d: datetime(2025, 3, d, 9, tzinfo=UTC)  # noqa: E731
    with app.db.session() as s:
        # one outlet's report names no Vietnamese side: its province stands in for it …
        store_article(s, None, ArticleFields("http://a.vn/1", "Tiếp đoàn Bô Ly Khăm Xay",
                                             f"Chiều 12/3, Bí thư Tỉnh ủy tiếp {guest}.", pub(12), source_province="Quảng Trị"))
        assert list_visits(s)[0]["vn_parties"] == ["Quảng Trị"]
        # … until another outlet's report of the same meeting names it
        store_article(s, None, ArticleFields("http://b.vn/2", "Hà Tĩnh tiếp đoàn Bô Ly Khăm Xay",
                                             f"Chiều 12/3, lãnh đạo tỉnh Hà Tĩnh tiếp {guest}.", pub(13)))
        visits = list_visits(s)
    assert len(visits) == 1 and visits[0]["vn_parties"] == ["Hà Tĩnh"], visits


def test_a_page_with_no_day_of_its_own_may_report_a_visit_weeks_before_it_was_published():
    talks = r({"U Đôm Xay"}, {"Điện Biên"}, "vn_to_la", date(2025, 9, 8), ident="talks")
    recap = r({"U Đôm Xay"}, {"Điện Biên"}, "vn_to_la", ref=date(2025, 9, 26), ident="recap")  # published only
    assert [sorted(v.ids) for v in cluster([talks, recap])] == [["recap", "talks"]]
    assert [sorted(v.ids) for v in cluster([recap, talks])] == [["recap", "talks"]]
    # published before the day the other report gives, or more than a month after: another exchange
    assert len(cluster([talks, replace(recap, reference=date(2025, 8, 20))])) == 2
    assert len(cluster([talks, replace(recap, reference=date(2025, 10, 20))])) == 2
    # a page that gives its own day is never moved weeks away from it
    assert len(cluster([talks, r({"U Đôm Xay"}, {"Điện Biên"}, "vn_to_la", date(2025, 9, 26), ident="later")])) == 2
    # two visits it could report: it joins neither, and never makes them one
    second = r({"U Đôm Xay"}, {"Điện Biên"}, "vn_to_la", date(2025, 9, 15), ident="second")
    assert len(cluster([talks, second, recap])) == 3
    # Laos and Viet Nam as a whole, weeks apart, are one only when the same Vietnamese body is named
    aid = r({"Lào"}, {"Bộ Y tế"}, "vn_to_la", date(2025, 9, 8), ident="aid")
    assert len(cluster([aid, r({"Lào"}, {"Bộ Y tế"}, "vn_to_la", ref=date(2025, 9, 26), ident="aid2")])) == 1
    assert len(cluster([aid, r({"Lào"}, {"Việt Nam"}, "vn_to_la", ref=date(2025, 9, 26), ident="state")])) == 2


def test_the_store_joins_a_late_page_with_no_day_to_its_visit_in_either_order(make_app, tmp_path):
    trip = "Đoàn đại biểu tỉnh Điện Biên do Phó Chủ tịch UBND tỉnh dẫn đầu đã sang thăm và làm việc tại tỉnh U Đôm Xay (Lào)"
    dated = ("http://a.vn/1", "Điện Biên thăm U Đôm Xay", f"Ngày 8/9/2025, {trip}.", datetime(2025, 9, 8, 9, tzinfo=UTC))
    late = ("http://b.vn/2", "Nhìn lại chuyến công tác", f"{trip}, hai bên ký biên bản hợp tác.",
            datetime(2025, 9, 26, 9, tzinfo=UTC))
    for i, order in enumerate(((dated, late), (late, dated))):
        app = make_app(database_url=f"sqlite:///{tmp_path}/late{i}.db")
        assert _stored_partition(app, order) == {frozenset({"http://a.vn/1", "http://b.vn/2"})}


def test_several_late_pages_with_no_day_join_their_visit_together_and_never_one_of_two():
    import itertools

    talks = r({"U Đôm Xay"}, {"Điện Biên"}, "vn_to_la", date(2025, 9, 8), ident="talks")
    lates = [r({"U Đôm Xay"}, {"Điện Biên"}, "vn_to_la", ref=date(2025, 9, 26), ident=f"late{k}") for k in (1, 2)]
    for order in itertools.permutations([talks, *lates]):
        assert [sorted(v.ids) for v in cluster(list(order))] == [["late1", "late2", "talks"]]
    # with a second visit they could report, they join neither, whatever the order
    second = r({"U Đôm Xay"}, {"Điện Biên"}, "vn_to_la", date(2025, 9, 15), ident="second")
    for order in itertools.permutations([talks, second, *lates]):
        assert sorted(sorted(v.ids) for v in cluster(list(order))) == [["late1", "late2"], ["second"], ["talks"]]


def _late_trip_pages():
    """A trip reported on the 8th, a second one on the 15th, and a page of the 26th with no day of its own."""
    trip = "một đoàn của tỉnh Điện Biên, do Phó Chủ tịch tỉnh dẫn, đã sang thăm tỉnh U Đôm Xay (Lào)"
    pub = lambda d: datetime(2025, 9, d, 9, tzinfo=UTC)  # noqa: E731
    return (("http://a.vn/1", "Điện Biên thăm U Đôm Xay", f"Ngày 8/9/2025, {trip}.", pub(8)),
            ("http://c.vn/3", "Lại sang U Đôm Xay", f"Ngày 15/9/2025, {trip}.", pub(15)),
            ("http://b.vn/2", "Nhìn lại chuyến công tác", f"Vừa qua, {trip}, hai bên ký biên bản hợp tác.", pub(26)))


def test_the_store_gives_back_a_late_page_when_a_second_visit_it_could_report_arrives(make_app, tmp_path):
    import itertools

    partitions = set()
    for i, order in enumerate(itertools.permutations(_late_trip_pages())):
        partitions.add(frozenset(_stored_partition(make_app(database_url=f"sqlite:///{tmp_path}/g{i}.db"), order)))
    assert partitions == {frozenset({frozenset({"http://a.vn/1"}), frozenset({"http://c.vn/3"}), frozenset({"http://b.vn/2"})})}


@pytest.mark.parametrize("db", ["sqlite", "postgresql"])
def test_a_late_page_given_back_is_never_sent_twice(make_app, tmp_path, request, db):
    from notify.subscribers import SubscriberSpec, add_subscriber

    url = request.getfixturevalue("pg_url") if db == "postgresql" else f"sqlite:///{tmp_path}/digest.db"
    app = make_app(database_url=url)
    first, second, late = _late_trip_pages()
    try:
        with app.db.session() as s:
            add_subscriber(s, SubscriberSpec("r@example.org"))
            for fields in (first, late):
                store_article(s, None, ArticleFields(*fields))
            assert len(list_visits(s)) == 1
        # a subscriber who received the late page inside the first visit is never sent it again on its own
        assert sorted(n for _, n in _digest(app).sent) == [1]
        with app.db.session() as s:
            store_article(s, None, ArticleFields(*second))
            assert len(list_visits(s)) == 3
        assert sorted(n for _, n in _digest(app).sent) == [1]  # only the second visit is new
    finally:
        app.db.dispose()


def test_a_national_exchange_whose_venue_one_report_took_for_its_party_is_one_visit():
    talks = r({"Lào"}, {"Chính phủ"}, "vn_to_la", date(2025, 9, 8), ident="talks")
    venue = r({"Thủ đô Viêng Chăn"}, {"Chính phủ"}, "vn_to_la", ref=date(2025, 9, 10), ident="venue")
    assert [sorted(v.ids) for v in cluster([talks, venue])] == [["talks", "venue"]]
    # the capital's own exchange with Hà Nội is another one, even in the same days
    capitals = r({"Thủ đô Viêng Chăn"}, {"Hà Nội"}, "vn_to_la", date(2025, 9, 8), ident="capitals")
    assert len(cluster([talks, capitals])) == 2


def test_a_direction_only_guessed_keeps_no_reports_apart():
    stated = r({"Lào"}, {"Chính phủ"}, "la_to_vn", date(2025, 6, 12), ident="welcome")
    guess = replace(r({"Lào"}, {"Chính phủ"}, "vn_to_la", ref=date(2025, 6, 12), ident="talks"), direction_guessed=True)
    visit, = cluster([stated, guess])
    assert sorted(visit.ids) == ["talks", "welcome"] and visit.direction == "la_to_vn"
    # two reports that each say who travelled, and say it differently, on other days: two trips
    assert len(cluster([stated, replace(guess, direction_guessed=False)])) == 2


def test_the_store_takes_a_visits_direction_from_the_reports_that_state_it(app):
    pub = lambda d, h: datetime(2025, 6, d, h, tzinfo=UTC)  # noqa: E731
    with app.db.session() as s:
        # a report that only guesses the direction (nothing in it says where the talks were) comes first …
        store_article(s, None, ArticleFields("http://a.vn/1", "Hai Thủ tướng hội đàm", "Ngay sau lễ đón, Thủ tướng Phạm "
                                             "Minh Chính hội đàm với Thủ tướng Lào Sonexay Siphandone.", pub(12, 4)))
        # … then one that says it: the Lao Prime Minister welcomed at the Presidential Palace
        store_article(s, None, ArticleFields("http://b.vn/2", "Lễ đón Thủ tướng Lào", "Sáng 12/6, tại Phủ Chủ tịch, Thủ tướng "
                                             "Phạm Minh Chính chủ trì lễ đón Thủ tướng Lào Sonexay Siphandone thăm chính "
                                             "thức Việt Nam.", pub(12, 8)))
        visits = list_visits(s)
    assert len(visits) == 1 and visits[0]["direction"] == "la_to_vn", visits


def test_one_unit_touring_several_hosts_within_a_week_is_one_trip():
    police = dict(direction="la_to_vn")
    tour = r({"Xa La Văn", "Khăm Muồn"}, {"Quảng Trị"}, start=date(2026, 2, 2), ident="qt", **police)
    then = r({"Xa La Văn"}, {"Huế"}, start=date(2026, 2, 4), ident="hue", **police)
    # the same Lao police, greeting two provinces' units two days apart: one trip
    assert len(cluster([replace(tour, unit="police"), replace(then, unit="police")])) == 1
    # another kind of body (the army) on the same days, or nothing said of the body: two trips
    assert len(cluster([replace(tour, unit="police"), replace(then, unit="military")])) == 2
    assert len(cluster([tour, then])) == 2
    # two weeks apart: two trips
    assert len(cluster([replace(tour, unit="police"), replace(then, unit="police", start=date(2026, 2, 20))])) == 2
    # a Vietnamese council's tour of two Lao provinces, one report dated only by its publication
    salavan = replace(r({"Xa La Văn"}, {"Huế"}, "vn_to_la", date(2025, 10, 22), ident="a", end=date(2025, 10, 26)), unit="council")
    champasak = replace(r({"Chăm Pa Xắc"}, {"Huế"}, "vn_to_la", ref=date(2025, 10, 24), ident="b"), unit="council")
    assert len(cluster([salavan, champasak])) == 1


def test_the_unit_an_exchange_is_between_is_read_from_the_opening():
    from huunghi.classify.visit import extract_visit

    police = extract_visit("Công an tỉnh bạn chúc Tết", "Ngày 2/2, đoàn đại biểu Công an tỉnh Salavan (Lào) sang thăm, chúc "
                           "Tết Bộ đội Biên phòng tỉnh Quảng Trị.", published=datetime(2026, 2, 3, tzinfo=UTC))
    council = extract_visit("HĐND thành phố hội đàm với HĐND tỉnh bạn", "Ngày 22/10, Đoàn đại biểu HĐND TP. Huế đã hội đàm "
                            "với Thường trực HĐND tỉnh Salavan (Lào).", published=datetime(2025, 10, 23, tzinfo=UTC))
    leaders = extract_visit("Tiếp đoàn tỉnh bạn", "Ngày 22/10, Bí thư Tỉnh ủy Quảng Trị tiếp đoàn đại biểu cấp cao tỉnh "
                            "Salavan (Lào).", published=datetime(2025, 10, 23, tzinfo=UTC))
    assert (police.unit, council.unit, leaders.unit) == ("police", "council", None)


def test_national_reports_dated_only_by_their_month_join_only_on_the_same_sum_or_kind():
    fair = replace(r({"Lào"}, {"Bộ Quốc phòng"}, "vn_to_la", ident="fair"), reference=date(2022, 11, 30),
                   reference_exact=False, reference_precision="month", kind="other")
    course = replace(r({"Lào"}, {"Học viện Chính trị quốc gia Hồ Chí Minh"}, "none", date(2023, 1, 10), ident="course"),
                     kind="other")
    assert len(cluster([fair, course])) == 2
    # the same kind of exchange may still be one
    assert len(cluster([replace(fair, kind="signing"), replace(course, kind="signing")])) == 1


def test_the_store_joins_one_units_tour_in_either_order(make_app, tmp_path):
    pub = lambda d: datetime(2026, 2, d, 12, tzinfo=UTC)  # noqa: E731
    reports = [("http://a.vn/1", "Công an các tỉnh bạn chúc Tết", "Ngày 2/2, đoàn Công an hai tỉnh Salavan và Khăm Muộn "
                "(Lào) đã sang chúc Tết Bộ đội Biên phòng tỉnh Quảng Trị.", pub(2)),
               ("http://b.vn/2", "Công an tỉnh Salavan chúc Tết", "Ngày 4/2, đoàn đại biểu Công an tỉnh Salavan (Lào) đã sang "
                "thăm, chúc Tết Ban Chỉ huy Bộ đội Biên phòng thành phố Huế.", pub(4))]
    for visits in _stored_in_either_order(make_app, tmp_path, reports, "unit"):
        assert len(visits) == 1 and visits[0]["direction"] == "la_to_vn", visits


def test_a_state_visit_reported_on_its_first_day_with_its_span_joins_the_capital_s_report_of_its_last(make_app, tmp_path):
    pub = lambda d, h: datetime(2026, 3, d, h, tzinfo=UTC)  # noqa: E731
    reports = [("http://a.vn/1", "Lễ đón Thủ tướng Lào", "Sáng 9/3, tại Phủ Chủ tịch, Thủ tướng Chính phủ chủ trì lễ đón "
                "chính thức Thủ tướng Lào thăm chính thức Việt Nam từ ngày 9 đến 10/3.", pub(9, 5)),
               ("http://b.vn/2", "Bí thư Thành ủy Hà Nội gặp Thủ tướng Lào", "Sáng 10/3, Bí thư Thành ủy Hà Nội đã gặp "
                "Thủ tướng Lào nhân dịp Thủ tướng Lào thăm chính thức Việt Nam.", pub(10, 6))]
    for visits in _stored_in_either_order(make_app, tmp_path, reports, "state"):
        assert len(visits) == 1, visits


def _stored_in_either_order(make_app, tmp_path, reports, name: str) -> list[list[dict]]:
    """The visits the store ends with, the reports stored in the order given and reversed."""
    out = []
    for k, order in enumerate((reports, reports[::-1])):
        app = make_app(database_url=f"sqlite:///{tmp_path}/{name}{k}.db")
        with app.db.session() as s:
            for url, title, body, when in order:
                store_article(s, None, ArticleFields(url, title, body, when))
            out.append(list_visits(s))
    return out


TOUR_PUB = lambda d, h: datetime(2026, 3, d, h, tzinfo=UTC)  # noqa: E731


@pytest.mark.parametrize("reports", [
    # no report gives the trip's span: the guest, named title first in each, makes the capital's report of his
    # arrival, the Government's talks and his stop in a province three days on one visit
    [("http://a.vn/1", "Thủ tướng Lào đến Hà Nội", "Chiều 9/3, Thủ tướng Lào Xỏn-xay Xi-phăn-đon và Phu nhân đã đến Hà Nội, "
      "bắt đầu chuyến thăm chính thức Việt Nam.", TOUR_PUB(9, 11)),
     ("http://b.vn/2", "Hội đàm giữa hai Thủ tướng", "Sáng 10/3, tại Trụ sở Chính phủ, Thủ tướng Chính phủ đã hội đàm với Thủ "
      "tướng Lào Sonexay Siphandone.", TOUR_PUB(10, 5)),
     ("http://c.vn/3", "Thủ tướng Lào thăm Quảng Ninh", "Ngày 13/3, Thủ tướng Lào Sonexay Siphandone và đoàn đã đến thăm tỉnh "
      "Quảng Ninh.", TOUR_PUB(13, 11))],
    # the same the other way: Viet Nam's President in Vientiane, at the talks (his host is no head) and in a province
    [("http://a.vn/4", "Chủ tịch nước đến Viêng Chăn", "Chiều 9/3, Chủ tịch nước Lê Văn Thành và Phu nhân cùng đoàn đại biểu "
      "cấp cao Việt Nam đã đến Thủ đô Viêng Chăn, bắt đầu chuyến thăm cấp Nhà nước tới Lào.", TOUR_PUB(9, 11)),
     ("http://b.vn/5", "Hội đàm cấp cao", "Sáng 10/3, tại Phủ Chủ tịch nước Lào, Chủ tịch nước Lê Văn Thành hội đàm với Tổng "
      "Bí thư, Chủ tịch nước Lào Bun Khăm Vông.", TOUR_PUB(10, 5)),
     ("http://c.vn/6", "Chủ tịch nước thăm Luông Pha Bang", "Ngày 12/3, Chủ tịch nước Lê Văn Thành và đoàn đã đến thăm tỉnh "
      "Luông Pha Bang, được Tỉnh trưởng tỉnh Luông Pha Bang đón tiếp.", TOUR_PUB(12, 11))],
], ids=["lao-leader-in-viet-nam", "vietnamese-leader-in-laos"])
def test_a_leaders_visit_is_one_through_the_capital_the_talks_and_a_province_he_tours(make_app, tmp_path, reports):
    for visits in _stored_in_either_order(make_app, tmp_path, reports, "tour"):
        assert len(visits) == 1, [(v["lao_parties"], v["vn_parties"], v["start_date"]) for v in visits]


def test_own_multi_outlet_reports_group_into_their_trips_through_the_store():
    """Ninety-two reports written for these tests in the press's shapes (tests/data/own_grouping_sets.jsonl: a provincial
    trip reported on its announcement, its days and a week after; Tết tours of several hosts; a state visit, a
    minister's talks and an Assembly delegation on the same days; the police and the governors of two provinces on
    one day; aid, remains, online talks, calls at Laos's embassy, pages dated only by their publication; a Lao Prime
    Minister's visit from its announcement through his calls on the Assembly, the capital and a province, beside a
    defence minister's talks and an ambassador's call on the same days; a Bunpimay season of greetings — one province's
    leaders touring two Lao provinces, its border guards, another province and its police on the same days —; a trip
    to Laos one outlet reports by the talks with the host, named with his Lao province's titles), grouped
    the way the store groups them (``evaluate`` feeds them to it in publication order)."""
    from pathlib import Path

    from huunghi.classify.evaluate import evaluate, read_jsonl

    rep = evaluate(read_jsonl(Path(__file__).with_name("data") / "own_grouping_sets.jsonl"))
    figures = rep.figures()
    print({k: round(v, 3) for k, v in figures.items() if isinstance(v, float)})
    assert figures["merge_pairwise_f1"] == 1.0, rep.errors
    assert figures["precision"] == figures["recall"] == 1.0, rep.errors
    assert figures["lao_side_exact"] == figures["vn_side_exact"] == 1.0, rep.errors


def test_the_store_groups_the_own_reports_alike_in_any_crawl_order():
    """A crawl fetches pages in no particular order (four sites at once, listings newest first): whatever the order,
    the store ends with the visits the evaluation builds in publication order."""
    import random
    from pathlib import Path

    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from huunghi.classify.evaluate import group_through_store, publication_for, read_jsonl
    from huunghi.db import Base, VisitArticle, make_engine

    records = [r for r in read_jsonl(Path(__file__).with_name("data") / "own_grouping_sets.jsonl") if r["relevant"]]

    def partition(visit_of: dict[str, int | None]) -> set[frozenset[str]]:
        groups: dict[int, set[str]] = {}
        for rid, vid in visit_of.items():
            groups.setdefault(vid, set()).add(rid)
        return {frozenset(g) for g in groups.values()}

    expected = partition(group_through_store(records))
    assert expected == partition({r["id"]: r["cluster"] for r in records})
    for seed in (1, 2, 3):
        order = records[:]
        random.Random(seed).shuffle(order)
        engine = make_engine("sqlite://")
        Base.metadata.create_all(engine)
        ids = {}
        with Session(engine) as session:
            for rec in order:
                article = store_article(session, None, ArticleFields(
                    url=rec["url"], title="", body=rec["text"], published=publication_for(rec), canonical_url=rec["url"]))
                ids[article.id] = rec["id"]
            session.commit()
            visit_of = dict(session.execute(select(VisitArticle.article_id, VisitArticle.visit_id)).all())
        engine.dispose()
        assert partition({rid: visit_of.get(aid) for aid, rid in ids.items()}) == expected, seed
