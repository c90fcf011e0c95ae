"""What clustering reads of an incident's place and toll, on articles written for these tests: a village the
gazetteer does not know, a place the text names only for an earlier event, and a toll of another event told
further down the article."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from harmwatch.aggregate import group, incident_reports
from harmwatch.aggregate.features import IncidentReport, report_from_json, report_to_json
from harmwatch.aggregate.localnames import local_names
from harmwatch.aggregate.score import THRESHOLD, place_agreement, score, signals
from harmwatch.ingest.text import article_id

STRIKE_A = (
    "Warplanes struck the market of the village of Kafr Haddoun on Monday, killing 14 civilians, a monitoring "
    "group said. Rescue workers from Idlib searched the rubble through the night."
)
STRIKE_B = (
    "Fourteen people died when jets bombed a crowded market in Kafr Haddoun on Monday, according to local "
    "medics. Families who had fled the fighting around Aleppo had settled there last winter."
)
OTHER_VILLAGE = (
    "Fourteen people died when jets bombed a crowded market in Tell Sawwan on Monday, according to local "
    "medics. Families who had fled the fighting around Aleppo had settled there last winter."
)


def _main(report: dict[str, Any]) -> IncidentReport:
    return incident_reports(report)[0]


def _together(*reports: dict[str, Any]) -> bool:
    items = [i for r in reports for i in incident_reports(r) if i.main]
    clusters = [c for component in group(items) for c in component.clusters]
    return len(clusters) == 1


def test_two_reports_of_a_strike_on_a_village_the_gazetteer_lacks_agree_on_place(extract_text):
    a = extract_text(STRIKE_A, title="Market strike", published="2021-06-08T10:00", outlet="Wire One")
    b = extract_text(STRIKE_B, title="Market bombed", published="2021-06-08T12:00", outlet="Valley Post")
    other = extract_text(OTHER_VILLAGE, title="Market bombed", published="2021-06-08T12:00", outlet="Post")
    ia, ib, io = _main(a), _main(b), _main(other)
    assert "kafr haddoun" in ia.local_names and "kafr haddoun" in ib.local_names
    assert "tell sawwan" in io.local_names
    assert place_agreement(ia, ib) == "same" and signals(ia, ib)["local_place"] == 1.0
    assert place_agreement(ia, io) != "same" and signals(ia, io)["local_place"] == 0.0
    assert score(ia, ib) >= THRESHOLD
    assert _together(a, b) and _together(b, a)
    # The field survives the store's JSON.
    assert report_from_json(report_to_json(ia)) == ia


def test_names_that_are_no_village_are_not_local_names(make_report):
    text = (
        "Jets struck IS-held districts in Syrias north and a camp near Turkish lines on Monday. "
        "The strikes hit the town of Kafr Haddoun at dawn."
    )
    report = make_report(text, outlet="Wire", published="2021-06-08", day="2021-06-07")
    report["incidents"][0]["mentions"] = [[5, 11], [95, 99]]
    # Syria's possessive (its apostrophe lost), an acronym's compound, a people's adjective: none is a town.
    assert local_names(report, report["incidents"][0]) == ("kafr haddoun",)
    # A capitalised common word the text also writes in lower case names nothing.
    market = (
        "Rockets fell near the Old Market in the village of Kafr Haddoun on Monday and the old market burned."
    )
    report = make_report(market, outlet="Wire", published="2021-06-08", day="2021-06-07")
    assert local_names(report, report["incidents"][0]) == ("kafr haddoun",)


def _placed(
    make_report: Callable[..., dict[str, Any]],
    text: str,
    place_name: str,
    place_at: int,
    earlier: str | None,
    earlier_at: int,
) -> dict[str, Any]:
    """A report of a strike on 7 June 2021 whose incident is placed by the one mention of `place_name`; when
    `earlier` is given, the text also names that earlier time at `earlier_at`."""
    report = make_report(text, outlet="Wire", published="2021-06-08T09:00", day="2021-06-07")
    report["places"] = [
        {
            "id": "p1",
            "name": place_name,
            "as_written": place_name,
            "country_code": "SY",
            "lat": 36.2,
            "lon": 37.16,
            "precision": "city",
            "geonames_id": 170063,
            "admin1": "Aleppo Governorate",
            "qualifier": None,
            "mentions": [[place_at, place_at + len(place_name)]],
        }
    ]
    report["times"][0]["span"] = [text.index("on Monday"), text.index("on Monday") + 9]
    if earlier:
        report["times"].append(
            {
                "id": "t2",
                "as_written": earlier,
                "start": "2020-01-01",
                "end": "2020-12-31",
                "precision": "year",
                "anchor": "relative",
                "span": [earlier_at, earlier_at + len(earlier)],
            }
        )
    return report


def test_a_place_named_only_for_an_earlier_event_does_not_place_the_incident(douma_week, make_report):
    recalled = (
        "A gas attack on a market killed dozens on Monday, doctors said. "
        "Officials said the same gas had been used in Aleppo last year."
    )
    report = _placed(
        make_report, recalled, "Aleppo", recalled.index("Aleppo"), "last year", recalled.index("last year")
    )
    item = _main(report)
    assert item.place_recalled and item.place is not None and item.place.name == "Aleppo"
    # Against a report placed far from Aleppo the recalled place is no contradiction: it is unknown.
    douma = _main(douma_week["strike"])
    assert place_agreement(item, douma) == "unknown" and signals(item, douma)["apart"] == 0.0
    # Named for this event as well (a sentence without the earlier time), the place is the incident's.
    told = (
        "A gas attack on a market in Aleppo killed dozens on Monday, doctors said. "
        "Officials said the same gas had been used there last year."
    )
    report = _placed(make_report, told, "Aleppo", told.index("Aleppo"), "last year", told.index("last year"))
    assert not _main(report).place_recalled
    assert place_agreement(_main(report), douma) == "apart"


ONE = [(None, 1, 1, "exact")]
"""One claim in the outlet's voice, for `_with_tolls` to replace."""


def _with_tolls(report: dict[str, Any], tolls: list[tuple[int, int]]) -> dict[str, Any]:
    """The report with its claims replaced by killed figures (value, offset in the text)."""
    out = copy.deepcopy(report)
    out["claims"] = [
        {
            **report["claims"][0],
            "id": f"c{n}",
            "count": {"low": value, "high": value, "qualifier": "exact", "as_written": str(value)},
            "claimant": None,
            "span": [at, at + 2],
        }
        for n, (value, at) in enumerate(tolls, 1)
    ]
    out["incidents"][0]["claim_ids"] = [c["id"] for c in out["claims"]]
    return out


def test_a_toll_told_further_down_for_another_event_is_not_compared(make_report):
    lead = "A car bomb killed six people in a market district on Monday, state television said."
    recalled = " The city had been calm for weeks" + " and shops reopened one by one" * 14 + "."
    earlier = " The blast came a few days after 120 evacuees died when their bus convoy was bombed outside the city."
    text = lead + recalled + earlier
    assert text.index("120") > 400  # beyond the lead
    blast = _with_tolls(
        make_report(text, outlet="Wire", published="2021-06-08T09:00", day="2021-06-07", claims=ONE),
        [(6, text.index("six")), (120, text.index("120"))],
    )
    blast["article"]["id"] = article_id(text)
    convoy_text = (
        "More than 120 evacuees were killed when a car bomb hit their buses on Monday, rescuers said."
    )
    convoy = _with_tolls(
        make_report(convoy_text, outlet="Post", published="2021-06-08T10:00", day="2021-06-07", claims=ONE),
        [(120, convoy_text.index("120"))],
    )
    six_text = "Six people died in a car bomb blast in a market district on Monday, medics said."
    six = _with_tolls(
        make_report(six_text, outlet="Herald", published="2021-06-08T11:00", day="2021-06-07", claims=ONE),
        [(6, 0)],
    )
    b, c, s = _main(blast), _main(convoy), _main(six)
    # The convoy's 120 is the blast article's too, but told far below its lead: only the lead's six is compared.
    assert signals(b, c)["same_toll"] == 0.0 and signals(b, s)["same_toll"] == 1.0
    assert score(b, s) > score(b, c)
    # The article's figures are all kept for the incident's claims.
    assert sorted(f.low or 0 for f in b.figures) == [6, 120]


def test_a_count_of_children_is_the_toll_only_when_the_article_gives_no_other(make_report):
    text = "Shells hit a school yard on Monday and killed at least seven children, teachers said."
    report = make_report(
        text,
        outlet="Wire",
        published="2021-06-08T09:00",
        day="2021-06-07",
        claims=[(None, 7, None, "at_least")],
    )
    report["claims"][0]["victims"] = {"type": "children", "includes": []}
    (children,) = _main(report).figures
    assert (children.kind, children.low, children.qualifier) == ("killed", 7, "at_least")
    # Beside a count of all the dead, the children are a part of it, not a second toll.
    total = copy.deepcopy(report["claims"][0])
    total.update(id="c2", count={"low": 12, "high": 12, "qualifier": "exact", "as_written": "12"})
    total["victims"] = {"type": "people", "includes": []}
    report["claims"].append(total)
    report["incidents"][0]["claim_ids"].append("c2")
    assert [f.low for f in _main(report).figures] == [12]
