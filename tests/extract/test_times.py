"""Times: the dateline and dates, weekdays and periods resolved against it."""

from __future__ import annotations

from typing import Any

import pytest

from harmwatch.config import Settings
from harmwatch.extract.times.resolve import extract_times
from harmwatch.ingest.text import make_article
from harmwatch.nlp import parse
from harmwatch.records import TimeRef


@pytest.fixture(scope="module")
def times_of(nlp):
    def run(text: str, **meta: Any) -> dict[str, TimeRef]:
        parsed = parse(make_article(text, Settings(), **meta), nlp)
        return {t.as_written: t for t in extract_times(parsed)}

    return run


def test_dateline_and_relative_dates(times_of) -> None:
    text = (
        "Fighting goes on\n\nMon Oct 31, 2016 10:12PM\n\n"
        "On Monday, the group said the offensive launched on October 28 had killed people. "
        "On Sunday, reports surfaced of a gas attack. The army said 84 people died in three days of "
        "assaults. A new truce will start on Friday. Yesterday the UN spoke; last week it warned. "
        "The war began in March 2011. In 2015, the city fell. Fighting in December was heavy."
    )
    times = times_of(text)
    dateline = times["Mon Oct 31, 2016 10:12PM"]
    assert (dateline.anchor, dateline.start) == ("dateline", "2016-10-31")
    assert text[dateline.span[0] : dateline.span[1]] == dateline.as_written
    assert times["On Monday"].start == "2016-10-31"
    assert times["October 28"].start == "2016-10-28"
    assert times["On Sunday"].start == "2016-10-30"
    assert (times["three days of"].start, times["three days of"].end) == ("2016-10-28", "2016-10-31")
    assert times["on Friday"].start == "2016-11-04"  # future tense: the next Friday
    assert times["Yesterday"].start == "2016-10-30"
    assert (times["last week"].start, times["last week"].end, times["last week"].precision) == (
        "2016-10-24",
        "2016-10-30",
        "week",
    )
    march = times["March 2011"]
    assert (march.start, march.end, march.precision, march.anchor) == (
        "2011-03-01",
        "2011-03-31",
        "month",
        "absolute",
    )
    assert (times["In 2015"].start, times["In 2015"].precision) == ("2015-01-01", "year")


def test_month_after_the_dateline_month_is_last_year(times_of) -> None:
    times = times_of("Wed 05 Apr 2017 Syria. The siege began on 28 December and ended on March 3.")
    assert times["Wed 05 Apr 2017"].anchor == "dateline"
    assert times["28 December"].start == "2016-12-28"
    assert times["March 3"].start == "2017-03-03"


def test_muc_dateline_with_two_digit_year(times_of) -> None:
    times = times_of("   SAN SALVADOR, 3 JAN 90 (RADIO CADENA NACIONAL) -- THREE SOLDIERS DIED YESTERDAY.")
    assert times["3 JAN 90"].start == "1990-01-03"
    assert times["YESTERDAY"].start == "1990-01-02"


def test_without_a_date_relative_expressions_stay_unresolved(times_of) -> None:
    times = times_of("Syria strike\n\nOn Sunday, 12 people were killed, and yesterday five more.")
    assert times["On Sunday"].start is None and times["On Sunday"].precision == "vague"
    assert all(t.anchor != "dateline" for t in times.values())


def test_published_date_anchors_without_inventing_a_dateline(times_of) -> None:
    times = times_of("Syria strike\n\nOn Sunday, 12 people were killed.", published="2016-10-31T10:00:00")
    assert times["On Sunday"].start == "2016-10-30"
    assert all(t.anchor != "dateline" for t in times.values())


def test_seed_dates(seed_report) -> None:
    report, gold = seed_report
    times = [(str(t["start"] or ""), str(t["end"] or ""), t["anchor"]) for t in report["times"]]
    for date in gold["dates"]:
        value = date["value"]
        if isinstance(value, list):
            ok = any(s.startswith(value[0]) and e.startswith(value[1]) for s, e, _ in times)
        elif date.get("role") == "dateline":
            ok = any(a == "dateline" and s.startswith(value[:10]) for s, _, a in times)
        else:
            ok = any(s.startswith(value) and (not e or e.startswith(value)) for s, e, _ in times)
        assert ok, date


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("10-07-2016 Syrian forces foil a raid near the castle.", "2016-07-10"),
        ("18.05.2017Get short URL The death toll rose.", "2017-05-18"),
        (
            "Published November 23 2017 Four farmers died when a shell hit a field.",
            "2017-11-23",
        ),
        ("Troops killed in advance Monitor AFP Saturday 26 Jul 2014 Eighty-five troops died.", "2014-07-26"),
    ],
)
def test_publication_dates_near_the_top(times_of, text: str, day: str) -> None:
    datelines = [t for t in times_of(text).values() if t.anchor == "dateline"]
    assert [t.start for t in datelines] == [day]


def test_parts_of_the_day_and_runs_since_a_weekday(times_of) -> None:
    text = (
        "Sun 10 Jul 2016 Clashes. Twenty fighters were killed overnight. Shells fell last night and "
        "again this morning. Since Wednesday the town has been shelled. Shells fell overnight Friday."
    )
    times = times_of(text)
    # "overnight Friday" is dated by its weekday: the only "overnight" read is the first one
    assert times["Friday"].start == "2016-07-08"
    assert times["overnight"].span[0] == text.index("overnight")
    assert times["overnight"].start == "2016-07-10"
    assert times["last night"].start == "2016-07-09"
    assert times["this morning"].start == "2016-07-10"
    since = times["Since Wednesday"]
    assert (since.start, since.end, since.precision) == ("2016-07-06", "2016-07-10", "day")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Last updated at Oct 082017 BEIRUT Strikes killed 12 people on Saturday.", "2017-10-08"),
        ("Strikes kill 12 Monitor AFP Sunday 8 Oct 2017 Strikes killed 12 people on Saturday.", "2017-10-08"),
        ("   DAMASCUS, 8 OCT 17 (RADIO) -- STRIKES KILLED 12 PEOPLE ON SATURDAY.", "2017-10-08"),
    ],
)
def test_the_dateline_is_the_article_published_day(nlp, times_of, text: str, day: str) -> None:
    # One reader for both: the Article's published day and the times' dateline never disagree.
    assert make_article(text, Settings()).published == day
    datelines = [t for t in times_of(text).values() if t.anchor == "dateline"]
    assert [t.start for t in datelines] == [day]
    saturday = [t for t in times_of(text).values() if t.as_written.lower() == "on saturday"]
    assert [t.start for t in saturday] == ["2017-10-07"]
