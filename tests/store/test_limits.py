"""Values beyond what a column holds, on SQLite and PostgreSQL: the report is stored, the JSON stays exact."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from harmwatch.errors import UnstorableReport
from harmwatch.store import Filters
from harmwatch.store.check import check_store


def test_a_count_beyond_64_bits_is_kept_exact_in_json(store, report_factory):
    report = report_factory()
    report["claims"][0]["count"] = {"low": 10**30, "high": 2**32, "qualifier": "exact", "as_written": "10^30"}
    assert store.save_report(report) == "stored"
    (row,) = store.query("claims", Filters()).items
    assert (row["count_low"], row["count_high"]) == (None, None)  # 32-bit columns cannot hold them
    assert row["data"]["count"]["low"] == 10**30
    assert check_store(store).ok


def test_a_report_the_database_refuses_fails_alone(store, report_factory, monkeypatch):
    import harmwatch.store.engine as engine

    def overflow(*_args, **_kwargs):
        raise OverflowError("Python int too large to convert to SQLite INTEGER")

    monkeypatch.setattr(engine, "record_rows", overflow)
    with pytest.raises(UnstorableReport) as caught:
        store.save_report(report_factory())
    assert caught.value.code == "unstorable" and "could not be stored" in str(caught.value)
    with store.connect() as conn:  # the transaction was rolled back: no article without its records
        assert conn.execute(text("SELECT count(*) FROM articles")).scalar_one() == 0
