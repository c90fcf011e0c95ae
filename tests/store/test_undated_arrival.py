"""In the store an undated report is bounded in time by the day its article came in (`ingested_at`): it joins a
report whose article came in the same week, not a look-alike that came in months later; attaching in any order
with the same arrival days, and a rebuild, give the same incidents."""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest

from harmwatch.store import Filters, Store, engine, open_store
from harmwatch.store.check import check_store

ARRIVALS = {"strike": "2019-03-11T19:00", "week": "2019-03-13T08:00", "later": "2019-07-15T10:00"}


def arriving(monkeypatch: pytest.MonkeyPatch) -> Callable[[Store, dict[str, Any], str], None]:
    """Save a report as if it came in at `when` (UTC)."""

    def save(store: Store, report: dict[str, Any], when: str) -> None:
        monkeypatch.setattr(engine, "now", lambda: datetime.fromisoformat(when).replace(tzinfo=UTC))
        store.save_report(copy.deepcopy(report))

    return save


def together(store: Store, reports: dict[str, dict[str, Any]]) -> list[list[str]]:
    names = {r["article"]["id"]: name for name, r in reports.items()}
    incidents = store.iter_aggregated_incidents(Filters())
    return sorted(sorted(names[a["id"]] for a in i["articles"]) for i in incidents)


def everything(store: Store) -> list[dict[str, Any]]:
    return sorted(store.iter_aggregated_incidents(Filters()), key=lambda i: i["id"])


def test_an_undated_report_joins_its_week_and_not_a_look_alike_months_later(
    store_url, tmp_path, monday_reports, monkeypatch
):
    save = arriving(monkeypatch)
    results = []
    for n, order in enumerate((("strike", "week", "later"), ("later", "week", "strike"))):
        store = open_store(store_url if n == 0 else f"sqlite:///{tmp_path / 'reversed.db'}")
        for name in order:
            save(store, monday_reports[name], ARRIVALS[name])
        assert together(store, monday_reports) == [["later"], ["strike", "week"]]
        incremental = everything(store)
        store.rebuild_incidents()
        assert everything(store) == incremental
        # The stored reports' arrival days are those their articles give (the fixtures' spans are not checked).
        assert [p for p in check_store(store).problems if p.check == "incidents"] == []
        results.append(incremental)
        store.close()
    assert results[0] == results[1]


def test_a_re_extracted_article_keeps_the_day_it_came_in(tmp_path, monday_reports, monkeypatch):
    save = arriving(monkeypatch)
    store = open_store(f"sqlite:///{tmp_path / 'store.db'}")
    for name in ("strike", "later"):
        save(store, monday_reports[name], ARRIVALS[name])
    newer = {**monday_reports["later"], "extractor_version": "newer"}
    save(store, newer, ARRIVALS["week"])  # re-extracted in the strike's week: it still came in months later
    assert together(store, monday_reports) == [["later"], ["strike"]]
    store.close()
