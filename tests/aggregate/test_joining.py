"""Cross-article incidents from five reports written for these tests (tests/conftest.py: douma_week)."""

from __future__ import annotations

import copy
import itertools
from typing import Any

from harmwatch.aggregate import group, incident_reports, summarise
from harmwatch.aggregate.claimants import claimant_key, claimant_type
from harmwatch.aggregate.features import PlaceRef, incident_window
from harmwatch.aggregate.score import THRESHOLD, figures_signal, place_relation, score
from harmwatch.aggregate.summary import claimant_names
from harmwatch.ingest.text import article_id


def incidents_of(reports: list[dict[str, Any]], copies: dict[str, str] | None = None) -> list[dict[str, Any]]:
    copies = copies or {}
    items = [i for r in reports for i in incident_reports(r, copies.get(r["article"]["id"]))]
    return sorted(
        (summarise(cluster) for component in group(items) for cluster in component.clusters),
        key=lambda i: i["id"],
    )


def by_name(week: dict[str, dict[str, Any]]) -> dict[str, str]:
    return {r["article"]["id"]: name for name, r in week.items()}


def test_one_strike_from_four_articles_and_the_unrelated_shelling_apart(douma_week):
    copies = {douma_week["copy"]["article"]["id"]: douma_week["strike"]["article"]["id"]}
    incidents = incidents_of(list(douma_week.values()), copies)
    names = by_name(douma_week)
    groups = sorted(sorted(names[a["id"]] for a in i["articles"]) for i in incidents)
    assert groups == [["copy", "followup", "rival", "strike"], ["other"]]
    strike = next(i for i in incidents if len(i["articles"]) == 4)
    assert (
        strike["id"] == "inc-" + douma_week["strike"]["article"]["id"][7:23] + "-i1"
    )  # the earliest report's
    assert strike["date"] == "2019-03-11" and strike["place"]["name"] == "Douma"
    assert strike["sources"] == 3  # the syndicated copy counts once


def test_figures_are_compared_by_claimant_never_summed(douma_week):
    copies = {douma_week["copy"]["article"]["id"]: douma_week["strike"]["article"]["id"]}
    strike = next(i for i in incidents_of(list(douma_week.values()), copies) if len(i["articles"]) == 4)
    killed = strike["figures"]["killed"]
    rows = {r["claimant"]: r for r in killed["by_claimant"]}
    assert set(rows) == {
        "local health directorate",
        "Syrian Observatory for Human Rights",
        "Ministry of Defence",
    }
    directorate = rows["local health directorate"]
    # Revised from at least 23 (Monday, and its syndicated copy) to at least 40 (the follow-up): the latest counts.
    assert [(h["low"], h["qualifier"]) for h in directorate["history"]] == [
        (23, "at_least"),
        (40, "at_least"),
    ]
    assert (directorate["low"], directorate["high"], directorate["qualifier"]) == (40, None, "at_least")
    assert len(directorate["history"][0]["article_ids"]) == 2  # the copy is listed with its original
    assert rows["Ministry of Defence"]["claimant_type"] == "party"
    assert rows["Syrian Observatory for Human Rights"]["claimant_type"] == "un_ngo"
    # The lowest credible figure, the range across claimants, and a dispute: 12 and 31 cannot both be right.
    assert (killed["conservative"], killed["low"], killed["high"], killed["disputed"]) == (12, 12, 40, True)


def test_a_denial_by_the_accused_makes_the_incident_contested(douma_week):
    strike = next(i for i in incidents_of(list(douma_week.values())) if len(i["articles"]) == 4)
    perpetrators = {(p["actor"], p["certainty"], p["claimant"]) for p in strike["perpetrators"]}
    assert perpetrators == {
        ("Syrian Arab Army", "alleged", "Syrian Observatory for Human Rights"),
        ("Syrian Arab Army", "denied", "Ministry of Defence"),
    }
    assert strike["grade"] == "contested"
    assert any("denies" in reason for reason in strike["grade_reasons"])
    assert any("killed figures disagree" in reason for reason in strike["grade_reasons"])


def test_grades_of_a_single_report_and_of_agreeing_outlets(douma_week):
    (other,) = incidents_of([douma_week["other"]])
    assert other["grade"] == "single_source"
    own_voice = other["figures"]["killed"]["by_claimant"][0]
    assert (own_voice["claimant"], own_voice["claimant_type"]) == ("Meridian Wire", "media")
    # A second outlet that agrees with the monitor's figure and the allegation corroborates the first.
    agreeing = copy.deepcopy(douma_week["rival"])
    agreeing["claims"][0]["count"] = {"low": 31, "high": 31, "qualifier": "exact", "as_written": "31"}
    agreeing["claims"][0]["claimant"].update(name="Syrian Observatory for Human Rights", actor_id="a3")
    agreeing["incidents"][0]["perpetrator"] = douma_week["strike"]["incidents"][0]["perpetrator"]
    (both,) = incidents_of([douma_week["strike"], agreeing])
    assert both["grade"] == "corroborated" and both["sources"] == 2
    assert not both["figures"]["killed"]["disputed"]
    # A syndicated copy under another outlet's name adds no independent source, linked at ingest or not.
    pair = [douma_week["strike"], douma_week["copy"]]
    for copies in ({}, {douma_week["copy"]["article"]["id"]: douma_week["strike"]["article"]["id"]}):
        (copied,) = incidents_of(pair, copies)
        assert copied["grade"] == "single_source" and copied["sources"] == 1
    # The directorate's revised 'at least 40' leaves the monitor's 31 outside its range.
    (revised,) = incidents_of([douma_week["strike"], douma_week["followup"]])
    assert revised["grade"] == "disputed_toll"


def test_the_order_of_the_reports_does_not_change_the_incidents(douma_week):
    reports = list(douma_week.values())
    expected = incidents_of(reports)
    for order in itertools.islice(itertools.permutations(reports), 0, None, 17):
        assert incidents_of(list(order)) == expected


def test_undated_incident_takes_the_days_before_its_dateline():
    assert incident_window(None, "2019-03-12T09:40") == ("2019-03-10", "2019-03-12", "dateline")
    named = {"start": "2019-03-11", "end": "2019-03-11", "precision": "day"}
    assert incident_window(named, "2019-03-12T09:40") == ("2019-03-11", "2019-03-11", "day")
    month = {"start": "2019-03-01", "end": "2019-03-31", "precision": "month"}
    assert incident_window(month, None) == (None, None, "unknown")
    # The dateline dates the article, not the event: an incident dated by it alone is undated.
    dateline = {**named, "start": "2019-03-12", "end": "2019-03-12", "anchor": "dateline"}
    assert incident_window(dateline, "2019-03-12T09:40") == ("2019-03-10", "2019-03-12", "dateline")


def test_a_late_follow_up_joins_when_it_names_the_day_of_the_strike(douma_week):
    late = copy.deepcopy(douma_week["followup"])
    late["article"]["text"] = late["article"]["text"].replace("overnight", "over the past week")
    late["article"]["id"] = article_id(late["article"]["text"])
    late["article"]["published"] = "2019-03-20T09:00"
    # Its incident is dated a week after the strike (the day the toll was confirmed) ...
    late["times"][0].update(start="2019-03-19", end="2019-03-19", as_written="on Tuesday")
    unnamed = copy.deepcopy(late)
    # ... but it names the day of the strike elsewhere; the other version does not.
    late["times"].append(
        {
            **late["times"][0],
            "id": "t2",
            "as_written": "11 March",
            "start": "2019-03-11",
            "end": "2019-03-11",
            "anchor": "absolute",
        }
    )
    reports = [douma_week["strike"], late]
    joined = incidents_of(reports)
    assert len(joined) == 1 and len(joined[0]["articles"]) == 2
    assert incidents_of(list(reversed(reports))) == joined
    assert len(incidents_of([douma_week["strike"], unnamed])) == 2


def test_a_far_town_the_other_article_also_names_is_no_contradiction(douma_week):
    # The follow-up's incident is placed in a far town its text names for something else; the strike's article
    # never names that town, so the two places contradict, unless the follow-up also names Douma.
    def placed_far(names_douma: bool) -> dict[str, Any]:
        report = copy.deepcopy(douma_week["followup"])
        far = {
            **report["places"][0],
            "id": "p2",
            "name": "Qamishli",
            "admin1": "Hasakah",
            "geonames_id": 1,
            "lat": 37.05,
            "lon": 41.22,
        }
        report["places"] = [*(report["places"] if names_douma else []), far]
        report["incidents"][0]["place_id"] = "p2"
        return report

    named, unnamed = (incident_reports(placed_far(x))[0] for x in (True, False))
    strike = incident_reports(douma_week["strike"])[0]
    assert place_relation(strike.place, named.place) == "apart"
    assert score(strike, named) >= THRESHOLD > score(strike, unnamed)


def test_tolls_agree_when_any_two_figures_agree(douma_week):
    # The strike's article gives 23 (the directorate, at least) and 31 (the monitor); a report whose only
    # figure is the monitor's 31 agrees with it, though the article's highest figures differ (31 and 80).
    def with_claims(claims: list[tuple[str | None, int, int | None, str]]) -> Any:
        report = copy.deepcopy(douma_week["followup"])
        report["claims"] = [
            {
                **report["claims"][0],
                "id": f"c{n}",
                "count": {"low": low, "high": high, "qualifier": q, "as_written": str(low)},
                "claimant": None,
            }
            for n, (_, low, high, q) in enumerate(claims, 1)
        ]
        report["incidents"][0]["claim_ids"] = [c["id"] for c in report["claims"]]
        return incident_reports(report)[0]

    strike = incident_reports(douma_week["strike"])[0]
    assert figures_signal(strike, with_claims([(None, 31, 31, "exact"), (None, 80, 80, "exact")])) == 1.0
    assert figures_signal(strike, with_claims([(None, 80, 80, "exact")])) == 0.1
    assert figures_signal(strike, with_claims([])) == 0.5


def test_places_same_nested_near_and_apart():
    def place(name: str, admin1: str | None, lat: float, lon: float, precision: str = "city") -> PlaceRef:
        return PlaceRef(name, None, "SY", admin1, lat, lon, precision)

    idlib_city = place("Idlib", "Idlib Governorate", 35.93, 36.63)
    town = place("Saraqib", "Idlib Governorate", 35.86, 36.80)
    province = place("Idlib Governorate", "Idlib Governorate", 35.91, 36.61, "admin1")
    aleppo = place("Aleppo", "Aleppo Governorate", 36.20, 37.16)
    assert place_relation(town, town) == "same"
    assert place_relation(town, province) == "nested"
    assert place_relation(idlib_city, town) == "nested"  # a town named like its province may stand for it
    assert place_relation(town, place("Saraqib east", "Idlib Governorate", 35.87, 36.81)) == "near"
    assert place_relation(town, aleppo) == "apart"


def test_claimant_names_and_types():
    actors = {"a1": {"name": "World Health Organization", "kind": "igo"}}
    speaker = {"name": "WHO", "actor_id": "a1"}
    assert claimant_key(speaker, actors, "Wire") == "World Health Organization"
    assert claimant_type(speaker, actors) == "un_ngo"
    written = {"name": "the provincial governor, who visited the site", "actor_id": None}
    assert claimant_key(written, {}, None) == "provincial governor"
    assert claimant_type(written, {}) == "local_officials"
    assert claimant_type({"name": "an army spokesman"}, {}) == "party"
    assert claimant_type({"name": "state news agency SANA"}, {}) == "media"
    assert claimant_type({"name": "residents"}, {}) == "unknown"
    assert claimant_type(None, {}) == "media"
    # No actor linked, but the written name holds a known organisation's full name in an appositive.
    groups = {"a2": {"name": "Harbour Monitoring Network", "kind": "ngo"}}
    appositive = {"name": "a watchdog based abroad, the Harbour Monitoring Network, said", "actor_id": None}
    assert claimant_key(appositive, groups, None) == "Harbour Monitoring Network"
    assert claimant_type(appositive, groups) == "un_ngo"


def test_two_incidents_of_one_article_never_join():
    text = "Two blasts in one town. A car bomb and a roadside bomb went off an hour apart."
    report = {
        "article": {"id": article_id(text), "text": text, "title": "Two blasts", "published": "2020-01-02"},
        "incidents": [
            {
                "id": f"i{n}",
                "event_type": "Explosions/Remote violence",
                "sub_event_type": "Remote explosive/landmine/IED",
            }
            for n in (1, 2)
        ],
    }
    assert len(incidents_of([report])) == 2


def test_a_shorter_name_joins_the_one_longer_name_it_is_part_of():
    names = claimant_names(
        ["Civil defence", "Syrian Civil Defence", "officials", "US officials", "UN officials"]
    )
    assert names["civil defence"] == "syrian civil defence"
    assert names["officials"] == "officials"  # fits two longer names: kept apart


def test_an_undated_report_joins_by_the_weekday_it_names(douma_week, undated):
    monday = undated(
        "Residents of Douma buried the market dead. The jets came on Monday, they said.", "on Monday"
    )
    friday = undated("Douma clinic hit. Aircraft struck a clinic on Friday, staff said.", "on Friday")
    reports = [*douma_week.values(), monday, friday]
    incidents = incidents_of(reports)
    names = {**by_name(douma_week), monday["article"]["id"]: "monday", friday["article"]["id"]: "friday"}
    groups = sorted(sorted(names[a["id"]] for a in i["articles"]) for i in incidents)
    # 2019-03-11 was a Monday: the undated Monday report joins the strike; the Friday one stays alone.
    assert groups == [["copy", "followup", "monday", "rival", "strike"], ["friday"], ["other"]]
    assert incidents_of(list(reversed(reports))) == incidents


def test_undated_reports_join_by_a_weekday_both_name(undated):
    # Neither has a date: the first tells of Tuesday's funerals after Monday's strike, the second of Monday only.
    funerals = undated(
        "Douma mourns. Families buried the market dead on Tuesday after the jets came on Monday.",
        "on Tuesday",
    )
    funerals["times"].append({**funerals["times"][0], "id": "t2", "as_written": "on Monday"})
    strike = undated("Douma market hit. Jets struck the covered market of Douma on Monday.", "on Monday")
    friday = undated(
        "Douma clinic hit. Aircraft struck a clinic in Douma on Friday, staff said.", "on Friday"
    )
    assert [len(i["articles"]) for i in incidents_of([funerals, strike, friday])] in ([2, 1], [1, 2])
    assert len(incidents_of([funerals, strike])) == 1
    assert len(incidents_of([friday, strike])) == 2
