"""An undated report is bounded in time by the day its article came in: it only meets reports whose articles
came in within a week of its own (tests/conftest.py: douma_week, undated)."""

from __future__ import annotations

from typing import Any

from harmwatch.aggregate import IncidentReport, group, incident_reports
from harmwatch.aggregate.score import ARRIVAL_SPAN, arrived_near

MOURNERS = "Families in Douma buried the dead of the market. The jets came on Monday, a mourner said."
NEIGHBOURS = "Families in Douma buried the dead of the market. The jets came on Monday, a neighbour said."


def main_report(report: dict[str, Any], arrived: str | None) -> IncidentReport:
    return incident_reports(report, arrived=arrived)[0]


def groups(items: list[IncidentReport], names: dict[str, str]) -> list[list[str]]:
    return sorted(
        sorted(names[item.article_id] for item in cluster)
        for component in group(items)
        for cluster in component.clusters
    )


def test_an_undated_weekday_report_joins_its_week_and_not_a_look_alike_from_months_later(douma_week, undated):
    strike, week, later = (
        douma_week["strike"],
        undated(MOURNERS, "on Monday"),
        undated(NEIGHBOURS, "on Monday"),
    )
    names = {r["article"]["id"]: n for n, r in (("strike", strike), ("week", week), ("later", later))}
    items = [
        main_report(strike, "2019-03-11"),
        main_report(week, "2019-03-13"),
        main_report(later, "2019-07-15"),
    ]
    # 2019-03-11 was a Monday. The report that came in two days after the strike's article joins it; the same
    # words four months later name another Monday, so they stay on their own, in any order.
    assert groups(items, names) == [["later"], ["strike", "week"]]
    assert groups(list(reversed(items)), names) == [["later"], ["strike", "week"]]
    # Without the day it came in (a report read outside a store) the look-alike is not bounded in time.
    unbounded = [*items[:2], main_report(later, None)]
    assert groups(unbounded, names) == [["later", "strike", "week"]]


def test_two_undated_articles_meet_when_they_came_in_at_most_a_week_apart(undated):
    def on(text: str, day: str) -> IncidentReport:
        return main_report(undated(text, "on Monday"), day)

    week = on(MOURNERS, "2019-03-13")
    names = {week.article_id: "week", on(NEIGHBOURS, "2019-03-13").article_id: "other"}
    for day in ("2019-03-06", "2019-03-20"):  # ARRIVAL_SPAN days before, after
        assert arrived_near(week, on(NEIGHBOURS, day))
        assert groups([week, on(NEIGHBOURS, day)], names) == [["other", "week"]]
    for day in ("2019-03-05", "2019-03-21"):
        assert not arrived_near(week, on(NEIGHBOURS, day))
        assert groups([week, on(NEIGHBOURS, day)], names) == [["other"], ["week"]]
    assert ARRIVAL_SPAN == 7  # the days above
