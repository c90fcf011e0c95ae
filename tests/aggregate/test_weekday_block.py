"""The weekday mask the store indexes undated reports by, and the arrival pool clustering finds their candidates
by: neither hides a pair that `weekday_match` allows."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from harmwatch.aggregate.cluster import arrival_pool, arrived_near_in
from harmwatch.aggregate.features import IncidentReport, PlaceRef
from harmwatch.aggregate.score import ALL_WEEKDAYS, arrived_near, weekday_mask, weekday_match

TOWN = PlaceRef("Kafr Tala", None, "SY", None, None, None, "town")


def report(
    n: int, start: date | None, length: int, precision: str, weekdays: tuple[int, ...], sub: str
) -> IncidentReport:
    end = start + timedelta(days=length) if start else None
    return IncidentReport(
        article_id=f"a{n}",
        seq=1,
        rec_id="i1",
        main=True,
        source_key=f"a{n}",
        minhash=None,
        source_id=None,
        outlet=None,
        title=None,
        published=None,
        event_type="Explosions/Remote violence",
        sub_event_type=sub,
        day_start=start.isoformat() if start else None,
        day_end=end.isoformat() if end else None,
        date_precision=precision if start else "unknown",
        place=TOWN,
        country_code="SY",
        perpetrator=None,
        weekdays=() if start else weekdays,
    )


reports = st.builds(
    report,
    st.integers(0, 9),
    st.one_of(st.none(), st.dates(date(2015, 1, 1), date(2020, 12, 31))),
    st.integers(0, 12),
    st.sampled_from(["day", "dateline", "week"]),
    st.lists(st.integers(0, 6), max_size=3).map(tuple),
    st.sampled_from(["Air/drone strike", "Shelling/artillery/missile attack"]),
)


@given(reports, reports)
def test_every_pair_weekday_match_allows_shares_a_bit_of_the_mask(a, b):
    for undated, other in ((a, b), (b, a)):
        if not undated.day_start and weekday_match(undated, other):
            assert weekday_mask(undated) & weekday_mask(other)


def test_masks_of_undated_and_of_day_precise_windows():
    monday = date(2019, 3, 11)
    assert weekday_mask(report(1, None, 0, "day", (0, 4), "Air/drone strike")) == 0b10001
    assert weekday_mask(report(1, monday, 1, "day", (), "Air/drone strike")) == 0b11
    assert weekday_mask(report(1, monday, 9, "day", (), "Air/drone strike")) == ALL_WEEKDAYS
    # A window guessed from a dateline, or a week, never meets an undated report.
    assert weekday_mask(report(1, monday, 1, "dateline", (), "Air/drone strike")) == 0


arrivals = st.lists(
    st.tuples(
        st.sampled_from(["SY", "IQ"]), st.one_of(st.none(), st.dates(date(2019, 1, 1), date(2019, 3, 31)))
    ),
    min_size=1,
    max_size=30,
)


@given(arrivals)
def test_the_arrival_pool_finds_exactly_the_reports_of_the_country_that_came_in_near(rows):
    items = [
        dataclasses.replace(
            report(n, None, 0, "day", (0,), "Air/drone strike"),
            country_code=country,
            arrived=day.isoformat() if day else None,
        )
        for n, (country, day) in enumerate(rows)
    ]
    pool = arrival_pool(items, range(len(items)))
    for item in items:
        assert sorted(arrived_near_in(pool, item)) == [
            j
            for j, other in enumerate(items)
            if other.country_code == item.country_code and arrived_near(item, other)
        ]
