"""Migration 0004: a store made before it gets each stored report's sub-event type and weekday mask, so reports
attached after the upgrade still meet the undated ones stored before it."""

from __future__ import annotations

import copy

from alembic import command
from alembic.config import Config
from sqlalchemy import select

from harmwatch.aggregate import report_from_json
from harmwatch.aggregate.score import weekday_mask
from harmwatch.store import Filters, open_store, schema
from harmwatch.store.engine import MIGRATIONS


def migrate(store, revision: str, *, down: bool = False) -> None:
    config = Config(str(MIGRATIONS / "alembic.ini"))
    config.set_main_option("script_location", str(MIGRATIONS / "migrations"))
    with store.engine.begin() as conn:
        config.attributes["connection"] = conn
        (command.downgrade if down else command.upgrade)(config, revision)


def test_an_older_store_gets_the_weekday_masks_and_still_joins_undated_reports(tmp_path, douma_week, undated):
    monday = undated(
        "Shopkeepers in Douma swept glass from the market. Jets had struck it on Monday, one said.",
        "on Monday",
    )
    store = open_store(f"sqlite:///{tmp_path / 'old.db'}")
    store.save_report(copy.deepcopy(monday))
    migrate(store, "0003", down=True)
    assert store.revision() == "0003"
    migrate(store, "head")
    r = schema.agg_reports
    with store.connect() as conn:
        rows = conn.execute(select(r.c.sub_event_type, r.c.weekdays, r.c.data)).all()
    assert [(row.sub_event_type, row.weekdays) for row in rows] == [
        (report_from_json(rows[0].data).sub_event_type, weekday_mask(report_from_json(rows[0].data)))
    ]
    assert rows[0].weekdays == 1  # Monday
    store.save_report(copy.deepcopy(douma_week["strike"]))  # dated to a Monday: it meets the stored report
    incidents = list(store.iter_aggregated_incidents(Filters()))
    assert [len(i["articles"]) for i in incidents] == [2]
    store.close()
