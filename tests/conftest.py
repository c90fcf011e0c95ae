"""Shared fixtures: one spaCy pipeline per session, and the reference data in ../shared when present."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("HARMWATCH_SHARED", ROOT.parent / "shared"))
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def nlp():
    from harmwatch.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def head_revision() -> str:
    """The newest migration, read from the migrations folder, so tests follow each new migration."""
    from alembic.script import ScriptDirectory

    from harmwatch.store.engine import MIGRATIONS

    head = ScriptDirectory(str(MIGRATIONS / "migrations")).get_current_head()
    assert head is not None
    return head


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "SCHEMA.md").exists():
        pytest.skip(f"reference data not found at {SHARED} (set HARMWATCH_SHARED); skipping")
    return SHARED


@pytest.fixture(scope="session")
def extract_text(nlp):
    """A function: text (and optional metadata) -> report dict, through the whole pipeline."""
    from harmwatch.config import Settings
    from harmwatch.extract import extract_article
    from harmwatch.ingest.text import make_article
    from harmwatch.records import report_to_dict

    def run(text: str, **meta: Any) -> dict[str, Any]:
        return report_to_dict(extract_article(make_article(text, Settings(), **meta), nlp))

    return run


@pytest.fixture(scope="session")
def seed_report(shared, extract_text):
    """The report of the reference article and its gold annotation."""
    gold = json.loads((shared / "gold" / "aleppo-2016-10-31.json").read_text(encoding="utf-8"))
    text = (shared / gold["article"]).read_text(encoding="utf-8")
    return extract_text(text), gold


# --- cross-article incidents: five reports of a week in one town, written for these tests ------------------
DOUMA = {
    "name": "Douma",
    "as_written": "Douma",
    "country_code": "SY",
    "admin1": "Rif Dimashq",
    "geonames_id": 170654,
    "lat": 33.5711,
    "lon": 36.4025,
    "precision": "city",
    "qualifier": None,
    "mentions": [],
}
ARMY = {"id": "a1", "name": "Syrian Arab Army", "kind": "state_force", "side": "government", "country": "SY"}
REBELS = {
    "id": "a2",
    "name": "Armed opposition groups",
    "kind": "armed_group",
    "side": "opposition",
    "country": "SY",
}
MONITOR = {
    "id": "a3",
    "name": "Syrian Observatory for Human Rights",
    "kind": "ngo",
    "side": None,
    "country": "GB",
}
MINISTRY = {
    "id": "a4",
    "name": "Ministry of Defence",
    "kind": "government",
    "side": "government",
    "country": "SY",
}


def incident_report(
    text: str,
    *,
    outlet: str,
    published: str,
    day: str,
    sub_event_type: str = "Air/drone strike",
    perpetrator: dict[str, Any] | None = None,
    claims: list[tuple[str | None, int, int | None, str]] = (),  # type: ignore[assignment]
    source_id: str | None = None,
) -> dict[str, Any]:
    """A report dict with one incident in Douma on `day`; claims are (claimant, low, high, qualifier), a
    claimant None being the outlet's own voice."""
    from harmwatch.ingest.text import article_id

    actors = {a["name"]: a for a in (ARMY, REBELS, MONITOR, MINISTRY)}
    event_type = "Explosions/Remote violence"
    claim_dicts = []
    for n, (claimant, low, high, qualifier) in enumerate(claims, 1):
        actor = actors.get(claimant or "")
        claim_dicts.append(
            {
                "id": f"c{n}",
                "kind": "killed",
                "count": {"low": low, "high": high, "qualifier": qualifier, "as_written": str(low)},
                "victims": {"type": "people", "includes": []},
                "claimant": None
                if claimant is None
                else {
                    "name": claimant,
                    "actor_id": actor["id"] if actor else None,
                    "role": None,
                    "organization": None,
                    "span": None,
                    "resolution": "explicit",
                },
                "span": [0, 1],
                "place_id": "p1",
                "time_id": "t1",
                "incident_id": "i1",
            }
        )
    report: dict[str, Any] = {
        "schema": "harmwatch.report/1",
        "extractor_version": "test",
        "article": {
            "id": article_id(text),
            "title": text.split(".")[0],
            "published": published,
            "published_precision": "minute",
            "outlet": outlet,
            "url": None,
            "language": "en",
            "text": text,
        },
        "quotes": [],
        "statements": [],
        "claims": claim_dicts,
        "incidents": [
            {
                "id": "i1",
                "event_type": event_type,
                "sub_event_type": sub_event_type,
                "perpetrator": perpetrator,
                "targets": [],
                "weapons": [],
                "place_id": "p1",
                "time_id": "t1",
                "casualties": {},
                "claim_ids": [c["id"] for c in claim_dicts],
                "mentions": [[0, 5]],
            }
        ],
        "actors": [
            {**a, "affiliation": None, "role": None, "labels_used": [], "mentions": []}
            for a in actors.values()
        ],
        "places": [{**DOUMA, "id": "p1"}],
        "times": [
            {
                "id": "t1",
                "as_written": "on Monday",
                "start": day,
                "end": day,
                "precision": "day",
                "anchor": "relative",
                "span": [0, 1],
            }
        ],
        "framing": [],
    }
    if source_id:
        report["source_id"] = source_id
    return report


@pytest.fixture(scope="session")
def make_report() -> Callable[..., dict[str, Any]]:
    """`incident_report` as a fixture."""
    return incident_report


@pytest.fixture(scope="session")
def douma_week() -> dict[str, dict[str, Any]]:
    """`douma_week_reports` as a fixture."""
    return douma_week_reports()


def douma_week_reports() -> dict[str, dict[str, Any]]:
    """Five reports: two outlets with rival claimants for one strike, a syndicated copy of the first, an
    unrelated shelling in the same town two days later, and a follow-up with a revised toll."""
    strike = (
        "Jets struck the covered market of Douma on Monday morning. Rescue teams searched the rubble until "
        "dark and the local health directorate counted the dead at the town's two clinics."
    )
    rival = (
        "Defence ministry rejects blame for Douma market blast. The ministry said its aircraft flew no "
        "missions over the town and gave a far lower toll, blaming a rebel arms depot for the explosion."
    )
    copy = strike + " Shops along the road stayed closed on Tuesday."
    other = (
        "Shells hit a primary school in Douma on Wednesday. Teachers moved the pupils to a basement and the "
        "opposition's armed groups were accused of firing from the eastern farms."
    )
    followup = (
        "Toll from Monday's Douma market strike rises. Doctors at the town clinics said more of the wounded "
        "had died overnight, and funerals were held in the afternoon."
    )
    alleged = {"actor_id": "a1", "label_used": "jets", "certainty": "alleged", "alleged_by": "a3"}
    return {
        "strike": incident_report(
            strike,
            outlet="Meridian Wire",
            published="2019-03-11T18:00",
            day="2019-03-11",
            perpetrator=alleged,
            claims=[("local health directorate", 23, None, "at_least"), (MONITOR["name"], 31, 31, "exact")],
            source_id="wire-0311",
        ),
        "rival": incident_report(
            rival,
            outlet="Eastbridge News",
            published="2019-03-12T08:30",
            day="2019-03-11",
            perpetrator={
                "actor_id": "a1",
                "label_used": "its aircraft",
                "certainty": "denied",
                "alleged_by": "a4",
            },
            claims=[(MINISTRY["name"], 12, 12, "exact")],
        ),
        "copy": incident_report(
            copy,
            outlet="Harbour Daily",
            published="2019-03-12T07:00",
            day="2019-03-11",
            perpetrator=alleged,
            claims=[("local health directorate", 23, None, "at_least"), (MONITOR["name"], 31, 31, "exact")],
        ),
        "other": incident_report(
            other,
            outlet="Meridian Wire",
            published="2019-03-13T16:00",
            day="2019-03-13",
            sub_event_type="Shelling/artillery/missile attack",
            perpetrator={
                "actor_id": "a2",
                "label_used": "armed groups",
                "certainty": "alleged",
                "alleged_by": None,
            },
            claims=[(None, 4, 4, "exact")],
        ),
        "followup": incident_report(
            followup,
            outlet="Meridian Wire",
            published="2019-03-13T09:00",
            day="2019-03-11",
            perpetrator=alleged,
            claims=[("local health directorate", 40, None, "at_least")],
        ),
    }


@pytest.fixture(scope="session")
def undated() -> Callable[[str, str], dict[str, Any]]:
    """`undated_report` as a fixture."""
    return undated_report


def undated_report(text: str, weekday: str) -> dict[str, Any]:
    """An air strike in Douma told by an article with no dateline that only says `weekday` ("on Monday")."""
    report = incident_report(text, outlet="Valley Post", published="2019-03-11", day="2019-03-11")
    report["article"]["published"] = None
    report["times"][0].update(as_written=weekday, start=None, end=None, precision="vague")
    return report
