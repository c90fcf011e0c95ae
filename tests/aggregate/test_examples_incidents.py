"""The example corpus through the whole pipeline: two outlets' reports of the Idlib market strike become one
incident, every other example stays its own."""

from __future__ import annotations

from pathlib import Path

from harmwatch.batch.ingest import ingest
from harmwatch.config import Settings
from harmwatch.store import Filters, open_store

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_two_outlets_reports_of_one_strike_become_one_incident(tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 'examples.db'}")
    ingest([str(EXAMPLES)], store, Settings())
    incidents = list(store.iter_aggregated_incidents(Filters()))
    joined = [i for i in incidents if len({a["id"] for a in i["articles"]}) > 1]
    assert len(joined) == 1
    (strike,) = joined
    assert sorted(a["source_id"] for a in strike["articles"]) == [
        "example-syria-idlib-eastbridge",
        "syria-idlib-market-strike.txt",
    ]
    assert strike["sources"] == 2 and all(a["main"] for a in strike["articles"])
    claimants = {r["claimant"] for r in strike["figures"]["killed"]["by_claimant"]}
    assert "Syrian Civil Defence" in claimants and "Syrian Observatory for Human Rights" in claimants
    # The army's denial stays beside the second outlet's account of the same raid.
    assert {p["certainty"] for p in strike["perpetrators"]} >= {"denied"}
    assert strike["grade"] == "contested"
    assert store.rebuild_incidents() == len(incidents)
