"""The store on SQLite and PostgreSQL: schema, writes, idempotence, failures, queries and full-text search."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from harmwatch.errors import StoreError
from harmwatch.store import Filters, Page, open_store
from harmwatch.store.engine import engine_url


def test_migrated_schema_matches_the_tables_the_code_uses(store, head_revision):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from harmwatch.store.schema import metadata

    assert store.revision() == head_revision
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    # The full-text machinery (FTS5 tables, tsvector columns) is the migration's own, not the metadata's.
    unexpected = [d for d in diff if "fts" not in repr(d) and "tsv" not in repr(d)]
    assert unexpected == []


def test_save_report_stores_every_record_type_with_spans(store, report_factory):
    report = report_factory()
    assert store.save_report(report) == "stored"
    counts = store.counts()
    assert counts["articles"] == 1
    for table in ("quotes", "statements", "claims", "incidents", "places", "times", "framing"):
        assert counts[table] == 1, table
    assert counts["actors"] == 2
    with store.connect() as conn:
        claim = conn.execute(text("SELECT * FROM claims")).mappings().one()
        quote = conn.execute(text("SELECT * FROM quotes")).mappings().one()
    body = report["article"]["text"]
    assert body[claim["span_start"] : claim["span_end"]] == "twelve people died"
    assert (claim["kind"], claim["count_low"], claim["claimant_name"]) == ("killed", 12, "Mara Quell")
    assert body[quote["span_start"] : quote["span_end"]] == "a massacre of shoppers"
    # Fields the code does not know yet survive in the JSON column.
    result = store.query("claims", Filters())
    assert result.items[0]["data"]["new_field"] == {"nested": True}


def test_saving_the_same_report_twice_adds_nothing(store, report_factory):
    report = report_factory()
    store.save_report(report)
    before = store.counts()
    assert store.save_report(report) == "exists"
    assert store.counts() == before
    assert store.has_article(report["article"]["id"])
    assert store.has_article(report["article"]["id"], "0.1.0")
    assert not store.has_article(report["article"]["id"], "9.9.9")


def test_a_newer_extractor_version_replaces_the_records(store, report_factory):
    store.save_report(report_factory(extractor_version="0.0.1"))
    newer = report_factory(extractor_version="0.2.0")
    newer["quotes"] = []
    assert store.save_report(newer) == "replaced"
    counts = store.counts()
    assert (counts["articles"], counts["quotes"], counts["claims"]) == (1, 0, 1)
    assert store.stored_version(newer["article"]["id"]) == "0.2.0"
    assert store.search("massacre", target="quotes").total == 0


def test_failures_keep_one_row_per_input(store):
    run = store.start_run(["corpus/"])
    store.save_failure("corpus/a.bin", "binary", "the document is binary, not text", run_id=run)
    store.save_failure("corpus/a.bin", "binary", "the document is binary, not text", run_id=run)
    store.save_failure("corpus/b.jsonl:3", "bad_json", "line 3 is not valid JSON")
    store.finish_run(run, "failed", {"failed": 2})
    assert store.counts()["failures"] == 2
    with store.connect() as conn:
        rows = conn.execute(text("SELECT input_ref, code FROM failures ORDER BY input_ref")).all()
        run_row = conn.execute(text("SELECT status, failed FROM runs")).one()
    assert [tuple(r) for r in rows] == [("corpus/a.bin", "binary"), ("corpus/b.jsonl:3", "bad_json")]
    assert tuple(run_row) == ("failed", 2)


def test_queries_filter_by_place_actor_type_claimant_and_date(store, report_factory):
    store.save_report(report_factory())
    other = report_factory(
        "Clashes near the river\n\nShelling preceded clashes on Sunday at Varna Vale and twelve people died, "
        'Mara Quell of Relief Corps said, calling it "a massacre of shoppers" by the army.\n',
        title="Clashes near the river",
        published="2019-05-01T08:00",
    )
    other["incidents"][0]["event_type"] = "Battles"
    other["incidents"][0]["sub_event_type"] = "Armed clash"
    other["places"][0]["name"] = "Rill"
    other["times"][0]["start"] = "2019-04-30"
    store.save_report(other)

    def total(what: str, **filters: object) -> int:
        return store.query(what, Filters(**filters)).total  # type: ignore[arg-type]

    assert total("incidents") == 2
    assert total("incidents", event_type="battles") == 1
    assert total("incidents", event_type="Shelling/artillery/missile attack") == 1
    assert total("incidents", place="varna vale") == 1
    assert total("incidents", place="XK") == 2
    assert total("incidents", actor="Northern Army") == 2
    assert total("incidents", actor="Southern Army") == 0
    assert total("incidents", claimant="mara quell") == 2
    # The incident's own date (times.start) decides, not the publication date.
    assert total("incidents", date_from="2019-04-01") == 1
    assert total("incidents", date_to="2019-03-31") == 1
    assert total("claims", claimant="Mara Quell", event_type="Battles") == 1
    assert total("quotes", claimant="Mara Quell") == 2
    assert total("articles", event_type="Armed clash") == 1
    assert total("articles", place="Rill", date_from="2019-05-01", date_to="2019-05-01") == 1
    first = store.query("incidents", Filters(), Page(limit=1))
    assert len(first.items) == 1 and first.next_offset == 1
    assert first.items[0]["sub_event_type"] == "Armed clash"  # newest first
    second = store.query("incidents", Filters(), Page(limit=1, offset=1))
    assert (
        second.items[0]["sub_event_type"] == "Shelling/artillery/missile attack"
        and second.next_offset is None
    )


def test_full_text_search_over_articles_and_quotes(store, report_factory):
    store.save_report(report_factory())
    assert store.search("market shelling").total == 1
    assert store.search("markets").total == 1  # stemmed on both engines
    assert store.search("shoppers", target="quotes").total == 1
    assert store.search("Varna", target="quotes").total == 0  # in the article, not in the quote
    assert store.search("helicopter").total == 0
    # User text never reaches the query syntax of FTS5 or tsquery.
    assert store.search('market" OR (NEAR*').total == 0
    assert store.query("incidents", Filters(text="market")).total == 1
    with pytest.raises(StoreError):
        store.search("x", target="claims")


def test_unusable_urls_are_store_errors(tmp_path):
    with pytest.raises(StoreError):
        open_store("mysql://localhost/x")
    with pytest.raises(StoreError):
        open_store("not a url")
    assert engine_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"


def test_sqlite_store_uses_wal_and_foreign_keys(tmp_path, report_factory):
    store = open_store(f"sqlite:///{tmp_path / 'sub' / 'x.db'}")
    with store.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    store.save_report(report_factory())
    with store.engine.begin() as conn:
        conn.execute(text("DELETE FROM articles"))
    # Incidents are derived from several articles, so no foreign key removes them: deleting articles behind
    # HarmWatch's back leaves them until `harmwatch aggregate --rebuild`; their links (agg_reports) cascade.
    derived = ("runs", "failures", "agg_incidents")
    assert all(n == 0 for table, n in store.counts().items() if table not in derived)
