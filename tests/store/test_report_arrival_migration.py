"""Migration 0005: a store made at 0004 gets the day each stored report's article came in (column and stored
record), so an undated report stored before the upgrade is bounded in time like one stored after it."""

from __future__ import annotations

from sqlalchemy import inspect, select, update
from test_report_weekdays_migration import migrate
from test_undated_arrival import ARRIVALS, arriving, together

from harmwatch.store import open_store, schema
from harmwatch.store.check import check_store


def test_a_store_made_at_0004_gets_arrival_days_and_bounds_its_undated_reports(
    store_url, monday_reports, monkeypatch
):
    save = arriving(monkeypatch)
    store = open_store(store_url)
    for name in ("strike", "week"):
        save(store, monday_reports[name], ARRIVALS[name])
    migrate(store, "0004", down=True)
    r = schema.agg_reports
    with store.engine.begin() as conn:
        assert "arrived" not in {c["name"] for c in inspect(conn).get_columns("agg_reports")}
        # As 0004's code stored them: no arrival day in the records either.
        for row in conn.execute(select(r.c.article_id, r.c.seq, r.c.data)).all():
            data = {k: v for k, v in row.data.items() if k != "arrived"}
            conn.execute(
                update(r).where(r.c.article_id == row.article_id, r.c.seq == row.seq).values(data=data)
            )
    migrate(store, "head")
    with store.connect() as conn:
        rows = conn.execute(select(r.c.arrived, r.c.data).order_by(r.c.arrived)).all()
    assert [(row.arrived, row.data["arrived"]) for row in rows] == [
        ("2019-03-11", "2019-03-11"),
        ("2019-03-13", "2019-03-13"),
    ]
    assert [p for p in check_store(store).problems if p.check == "incidents"] == []
    save(store, monday_reports["later"], ARRIVALS["later"])
    assert together(store, monday_reports) == [["later"], ["strike", "week"]]
    store.close()
