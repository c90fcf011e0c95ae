"""Why a long component is clustered whole (docs/incidents.md, "Limits"): average linkage over a chain of
look-alike reports a day apart is not local, so the component cannot be split by time and re-clustered in part
without changing the incidents that a rebuild finds."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

from test_weekday_block import report  # tests/aggregate is on sys.path (no package)

from harmwatch.aggregate import IncidentReport, group
from harmwatch.aggregate.features import PlaceRef

TOWN = PlaceRef("Kafr Tala", 1, "SY", "Idlib", 35.6, 36.4, "city")


def strike_on(n: int) -> IncidentReport:
    """One outlet's report of an air strike on the town, dated `n` days after 1 March 2019."""
    day = date(2019, 3, 1) + timedelta(days=n)
    return dataclasses.replace(
        report(n, day, 0, "day", (), "Air/drone strike"),
        article_id=f"a{n:03d}",
        published=f"{day.isoformat()}T12:00",
        place=TOWN,
        words=("jets", "market", "struck", "town"),
        names=("kafr tala",),
    )


def days_together(items: list[IncidentReport]) -> list[tuple[int, ...]]:
    return sorted(
        tuple(int(item.article_id[1:]) for item in cluster)
        for component in group(items)
        for cluster in component.clusters
    )


def test_one_report_added_at_a_chains_start_changes_its_incidents_three_weeks_later():
    chain = [strike_on(n) for n in range(1, 21)]
    assert len(group(chain)) == 1  # one component: each day links to the next
    before = days_together(chain)
    after = days_together([strike_on(0), *chain])
    assert before[-1] == (19, 20)
    # The report of day 0 takes day 1's partner, and so on down the chain to its far end.
    assert after[-1] == (18, 19, 20)
    assert [c for c in after if c[0] >= 10] != [c for c in before if c[0] >= 10]
