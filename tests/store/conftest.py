"""Store fixtures: `store_url` runs a test on SQLite and on PostgreSQL, each time on an empty database."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from typing import Any

import pytest

PG_ENV = "HARMWATCH_TEST_PG_URL"


def _pg_unavailable(why: str) -> None:
    message = f"PostgreSQL store tests not run: {why}"
    if os.environ.get("HARMWATCH_REQUIRE_SERVICES") == "1":
        pytest.fail(message + " (HARMWATCH_REQUIRE_SERVICES=1 requires them)")
    pytest.skip(message)


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Any) -> Iterator[str]:
    """An empty store's URL: a new SQLite file, or a new schema in the PostgreSQL of HARMWATCH_TEST_PG_URL."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.db'}"
        return
    base = os.environ.get(PG_ENV)
    if not base:
        _pg_unavailable(f"set {PG_ENV} (postgresql+psycopg://user@127.0.0.1:PORT/DB), as .ci/run does")
    assert base is not None
    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import OperationalError

    from harmwatch.store.engine import engine_url

    schema = f"t_{uuid.uuid4().hex[:16]}"
    engine = create_engine(engine_url(base))
    try:
        with engine.begin() as conn:
            conn.execute(text(f"CREATE SCHEMA {schema}"))
    except OperationalError as e:
        engine.dispose()
        _pg_unavailable(f"cannot connect to {base}: {e.orig}")
    sep = "&" if "?" in base else "?"
    try:
        yield f"{base}{sep}options=-csearch_path%3D{schema}"
    finally:
        with engine.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        engine.dispose()


@pytest.fixture
def store(store_url: str) -> Iterator[Any]:
    from harmwatch.store import open_store

    s = open_store(store_url)
    yield s
    s.close()


def sample_report(text: str, **article: Any) -> dict[str, Any]:
    """A report dict with one record of every SCHEMA.md type, spans pointing into `text`."""
    from harmwatch.ingest.text import article_id

    def span(word: str) -> list[int]:
        start = text.index(word)
        return [start, start + len(word)]

    speaker = {
        "name": "Mara Quell",
        "actor_id": "a1",
        "role": "spokeswoman",
        "organization": "Relief Corps",
        "span": span("Quell"),
        "resolution": "explicit",
    }
    return {
        "schema": "harmwatch.report/1",
        "input_id": article.pop("input_id", "doc-1"),
        "extractor_version": article.pop("extractor_version", "0.1.0"),
        "article": {
            "id": article_id(text),
            "title": article.pop("title", "Shelling hits market"),
            "published": article.pop("published", "2019-03-04T10:00"),
            "published_precision": "minute",
            "outlet": article.pop("outlet", "Wire"),
            "url": None,
            "language": "en",
            "text": text,
        },
        "quotes": [
            {
                "id": "q1",
                "text": "a massacre of shoppers",
                "span": span("a massacre of shoppers"),
                "kind": "direct",
                "speaker": speaker,
                "cue": {"text": "said", "span": span("said")},
                "confidence": 0.9,
            }
        ],
        "statements": [
            {
                "id": "s1",
                "source": speaker,
                "cue": {"text": "said", "span": span("said")},
                "content": {"text": "twelve people died", "span": span("twelve people died")},
            }
        ],
        "claims": [
            {
                "id": "c1",
                "kind": "killed",
                "count": {"low": 12, "high": 12, "qualifier": "exact", "as_written": "twelve"},
                "victims": {"type": "people", "includes": []},
                "claimant": speaker,
                "place_id": "p1",
                "time_id": "t1",
                "incident_id": "i1",
                "span": span("twelve people died"),
                "new_field": {"nested": True},
            }
        ],
        "incidents": [
            {
                "id": "i1",
                "event_type": "Explosions/Remote violence",
                "sub_event_type": "Shelling/artillery/missile attack",
                "perpetrator": {
                    "actor_id": "a2",
                    "label_used": "the army",
                    "alleged_by": "a1",
                    "certainty": "alleged",
                },
                "targets": [{"label": "market", "kind": "civilians"}],
                "weapons": [{"label": "shells", "class": "shelling"}],
                "place_id": "p1",
                "time_id": "t1",
                "casualties": {"killed": {"low": 12, "high": 12, "claim_ids": ["c1"]}},
                "claim_ids": ["c1"],
                "mentions": [span("Shelling")],
            }
        ],
        "actors": [
            {
                "id": "a1",
                "name": "Relief Corps",
                "kind": "ngo",
                "side": None,
                "country": None,
                "affiliation": None,
                "role": None,
                "labels_used": ["Relief Corps"],
                "mentions": [span("Relief")],
            },
            {
                "id": "a2",
                "name": "Northern Army",
                "kind": "state_force",
                "side": "government",
                "country": "XK",
                "affiliation": None,
                "role": None,
                "labels_used": ["the army"],
                "mentions": [span("army")],
            },
        ],
        "places": [
            {
                "id": "p1",
                "name": "Varna Vale",
                "as_written": "Varna Vale",
                "geonames_id": 123,
                "country_code": "XK",
                "admin1": "North",
                "lat": 1.5,
                "lon": 2.5,
                "precision": "city",
                "qualifier": None,
                "mentions": [span("Varna Vale")],
            }
        ],
        "times": [
            {
                "id": "t1",
                "as_written": "on Sunday",
                "start": "2019-03-03",
                "end": "2019-03-03",
                "precision": "day",
                "anchor": "relative",
                "span": span("on Sunday"),
            }
        ],
        "framing": [
            {"term": "massacre", "span": span("massacre"), "kind": "loaded_label", "neutral": "killing"}
        ],
        **article,
    }


SAMPLE_TEXT = (
    "Shelling hits market\n\nShelling hit the market of Varna Vale on Sunday and twelve people died. "
    'Mara Quell of Relief Corps said it was "a massacre of shoppers" and blamed the army.\n'
)


@pytest.fixture
def report_factory() -> Any:
    """`sample_report` as a fixture: text (default SAMPLE_TEXT) and article fields -> report dict."""

    def make(text: str = SAMPLE_TEXT, **article: Any) -> dict[str, Any]:
        return sample_report(text, **article)

    return make


STORIES = [
    "Market shelling kills seven\n\nShelling struck a crowded vegetable market in the northern district on "
    "Monday morning, killing at least seven people and wounding dozens, local health officials said. Witnesses "
    "said the shells landed minutes apart as traders were setting out their stalls.",
    "Clinic damaged in air strike\n\nAn air strike damaged the only clinic in a hill village near the border late "
    "on Tuesday, a nurse told reporters. Eleven patients were moved to a school, and medical supplies ran low.",
    'Aid convoy attacked on desert road\n\n"We lost two drivers and a truck of flour," the relief agency said '
    "after gunmen opened fire on its convoy on Friday. The agency suspended deliveries to the eastern camps.",
    "Night raid on farming village\n\nArmed men abducted nine villagers during a night raid on a farming "
    "settlement, the provincial governor said on Saturday, and burned two grain stores before withdrawing.",
    "Car bomb hits bus station\n\nA car bomb exploded outside the central bus station at rush hour, killing at "
    "least twelve people, police said. A hospital director appealed for blood donors as ambulances queued.",
    "Protesters dispersed with tear gas\n\nSecurity forces fired tear gas at hundreds of students who marched "
    "on the parliament to demand the release of detained classmates, according to a rights group.",
    "Ceasefire talks resume in the capital\n\nEnvoys of the two warring parties met again on Wednesday under "
    "mediation by a regional bloc. A spokesman said prisoner exchanges and humanitarian corridors were on the agenda.",
    "Landmine kills shepherds\n\nTwo teenage shepherds were killed when a landmine left over from earlier fighting "
    "exploded on a hillside pasture, their uncle said, urging authorities to clear the fields.",
    "Drone strike on training camp\n\nA drone struck a militia training camp in the western desert overnight, "
    "killing several fighters, a commander of the group said. He vowed revenge in a video statement.",
    "Families flee fighting near dam\n\nThousands of families fled their homes as clashes intensified around "
    "the hydroelectric dam, the refugee agency said, warning that shelters downstream were already full.",
]
# A syndicated copy of the first story (new headline, byline, one sentence cut, a word changed), and another
# outlet's own report of the same event.
COPY = (
    "Seven dead as shells hit market\nBy a staff correspondent\n\nShelling struck a crowded vegetable market in "
    "the northern district on Monday morning, killing at least seven people and wounding dozens, local health "
    "officials reported. Witnesses said the shells landed minutes apart as traders were setting out their stalls. "
    "Copyright Wire."
)
SAME_EVENT = (
    "Traders count losses after market attack\n\nStallholders swept up broken crates on Tuesday, a day after "
    "artillery fire tore through the northern district's market. Seven people died in the attack, according to "
    "the district hospital, and many of the wounded are still being treated for shrapnel injuries."
)


@pytest.fixture
def corpus(tmp_path: Any) -> Any:
    """Twelve documents: ten stories as .txt files, and a .jsonl with a syndicated copy and a same-event report."""
    import json

    folder = tmp_path / "corpus"
    folder.mkdir()
    for n, story in enumerate(STORIES):
        (folder / f"story{n:02d}.txt").write_text(story + "\n", encoding="utf-8")
    rows = [{"id": "copy-1", "text": COPY, "outlet": "Other Daily"}, {"id": "event-1", "text": SAME_EVENT}]
    (folder / "wire.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return folder


MOURNERS = "Relatives in Douma buried the dead of the market. Jets had come on Monday, a mourner said."
NEIGHBOURS = "Relatives in Douma buried the dead of the market. Jets had come on Monday, a neighbour said."


@pytest.fixture
def monday_reports(douma_week: dict[str, dict[str, Any]], undated: Any) -> dict[str, dict[str, Any]]:
    """The Monday strike in Douma, an undated report that names Monday, and a look-alike of it (another
    speaker) for an article that comes in months later."""
    return {
        "strike": douma_week["strike"],
        "week": undated(MOURNERS, "on Monday"),
        "later": undated(NEIGHBOURS, "on Monday"),
    }
