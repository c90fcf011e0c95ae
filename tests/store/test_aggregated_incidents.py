"""Cross-article incidents in the store (SQLite and PostgreSQL): attached on save, order-independent, equal to a
rebuild, and read back through Store.aggregated_incidents / iter_aggregated_incidents / aggregated_incident."""

from __future__ import annotations

import copy
from typing import Any

from sqlalchemy import text

from harmwatch.store import Filters, Page, Store, open_store

ORDERS = (
    ("strike", "rival", "copy", "other", "followup"),
    ("followup", "other", "copy", "rival", "strike"),
    ("other", "copy", "followup", "strike", "rival"),
)


def fill(store: Store, week: dict[str, dict[str, Any]], order: tuple[str, ...]) -> list[tuple[str, str]]:
    """Save the reports in this order; the later of the syndicated pair is linked to the earlier, as ingest's
    near-duplicate check does. Returns every incident change reported."""
    changes: list[tuple[str, str]] = []
    first_of_pair: str | None = None
    for name in order:
        report = week[name]
        duplicate_of = None
        if name in ("strike", "copy"):
            if first_of_pair is None:
                first_of_pair = report["article"]["id"]
            else:
                duplicate_of = first_of_pair
        store.save_report(copy.deepcopy(report), duplicate_of=duplicate_of, changes=changes)
    return changes


def everything(store: Store) -> list[dict[str, Any]]:
    return sorted(store.iter_aggregated_incidents(Filters()), key=lambda i: i["id"])


def test_incidents_do_not_depend_on_ingestion_order_and_equal_a_rebuild(store_url, douma_week, tmp_path):
    results = []
    for n, order in enumerate(ORDERS):
        url = store_url if n == 0 else f"sqlite:///{tmp_path / f'order{n}.db'}"
        store = open_store(url)
        fill(store, douma_week, order)
        incremental = everything(store)
        assert store.rebuild_incidents() == 2
        assert everything(store) == incremental
        results.append(incremental)
        store.close()
    assert results[0] == results[1] == results[2]
    assert sorted(len(i["articles"]) for i in results[0]) == [1, 4]


def test_saving_reports_says_which_incidents_are_new_or_updated(store, douma_week):
    changes = fill(store, douma_week, ("strike", "other"))
    assert [kind for _, kind in changes] == ["new", "new"]
    strike_id = changes[0][0]
    later: list[tuple[str, str]] = []
    store.save_report(copy.deepcopy(douma_week["followup"]), changes=later)
    assert later == [(strike_id, "updated")]
    again: list[tuple[str, str]] = []
    assert store.save_report(copy.deepcopy(douma_week["followup"]), changes=again) == "exists"
    assert again == []


def test_read_api_filters_pages_and_one_by_id(store, douma_week):
    fill(store, douma_week, ORDERS[0])
    result = store.aggregated_incidents(Filters(), Page(limit=1))
    assert (result.total, len(result.items), result.next_offset) == (2, 1, 1)
    assert result.items[0]["date"] == "2019-03-13"  # latest first
    strike = store.aggregated_incidents(Filters(min_killed=10), Page()).items
    assert [len(i["articles"]) for i in strike] == [4]
    incident = strike[0]
    assert store.aggregated_incident(incident["id"]) == incident
    assert store.aggregated_incident("inc-none") is None
    assert {a["source_id"] for a in incident["articles"]} >= {"wire-0311"}
    assert all(a["main"] for a in incident["articles"])
    assert store.aggregated_incidents(Filters(grade="contested"), Page()).total == 1
    assert store.aggregated_incidents(Filters(grade="single_source"), Page()).total == 1
    assert store.aggregated_incidents(Filters(place="douma"), Page()).total == 2
    assert store.aggregated_incidents(Filters(place="SY"), Page()).total == 2
    assert store.aggregated_incidents(Filters(place="Aleppo"), Page()).total == 0
    assert store.aggregated_incidents(Filters(actor="syrian arab army"), Page()).total == 1
    assert store.aggregated_incidents(Filters(claimant="Ministry of Defence"), Page()).total == 1
    assert (
        store.aggregated_incidents(Filters(event_type="Shelling/artillery/missile attack"), Page()).total == 1
    )
    assert store.aggregated_incidents(Filters(date_from="2019-03-12"), Page()).total == 1
    assert store.aggregated_incidents(Filters(date_to="2019-03-12"), Page()).total == 1
    assert store.aggregated_incidents(Filters(text="primary school"), Page()).total == 1
    assert store.aggregated_incidents(Filters(actor="100%_"), Page()).total == 0


def test_a_re_extracted_article_leaves_its_old_incident(store, douma_week):
    fill(store, douma_week, ORDERS[0])
    before = everything(store)
    replaced = copy.deepcopy(douma_week["rival"])
    replaced["extractor_version"] = "newer"
    assert store.save_report(replaced) == "replaced"
    assert everything(store) == before  # same records: same incidents, nothing left twice
    with store.connect() as conn:
        rows = conn.execute(text("SELECT count(*) FROM agg_reports")).scalar_one()
        sources = {r[0] for r in conn.execute(text("SELECT source_id FROM articles"))}
    assert rows == 5
    assert "wire-0311" in sources


def test_an_undated_report_attaches_in_either_order_as_a_rebuild_does(tmp_path, douma_week, undated):
    monday = undated(
        "Douma mourners gathered at the ruined market. Jets had struck on Monday, one said.", "on Monday"
    )
    results = []
    for n, reports in enumerate(([douma_week["strike"], monday], [monday, douma_week["strike"]])):
        store = open_store(f"sqlite:///{tmp_path / f'undated{n}.db'}")
        for report in reports:
            store.save_report(copy.deepcopy(report))
        incremental = everything(store)
        store.rebuild_incidents()
        assert everything(store) == incremental
        results.append(incremental)
        store.close()
    assert results[0] == results[1]
    assert [len(i["articles"]) for i in results[0]] == [2]
