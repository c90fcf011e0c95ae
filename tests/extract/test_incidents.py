"""Incidents: ACLED typing, weapons and targets, perpetrators with certainty, claims and tallies, main first."""

from __future__ import annotations

from harmwatch.extract.incidents.claims import tally
from harmwatch.extract.incidents.context import same_place
from harmwatch.extract.incidents.words import find_triggers, targets_in
from harmwatch.records import Claim, Count, Place, Speaker, Victims


def _claim(
    cid: str,
    kind: str,
    low: int | None,
    span: tuple[int, int],
    *,
    qualifier="exact",
    victims="people",
    by=None,
):
    return Claim(
        id=cid,
        kind=kind,  # type: ignore[arg-type]
        count=Count(low, low, qualifier, str(low)),  # type: ignore[arg-type]
        victims=Victims(type=victims),
        claimant=Speaker(by, "explicit") if by else None,
        span=span,
    )


def test_triggers_are_typed_most_specific_first():
    typed = {
        t.text: t.sub_event_type for t in find_triggers("a suicide car bomb and barrel bombs, then shelling")
    }
    assert typed["suicide car bomb"] == "Suicide bomb"
    assert typed["barrel bombs"] == "Air/drone strike"
    assert typed["shelling"] == "Shelling/artillery/missile attack"
    gas = find_triggers("shells loaded with toxic gas")
    assert {t.sub_event_type for t in gas} >= {"Chemical weapon", "Shelling/artillery/missile attack"}
    assert [t.sub_event_type for t in find_triggers("the attack")] == [None]


def test_triggers_at_an_offset_are_the_same_words_shifted():
    sentence = "Gunmen carried out raids on the village and a roadside bomb hit the convoy."
    here, there = find_triggers(sentence), find_triggers(sentence, 500)
    assert [t.text for t in here] == ["raids", "roadside bomb", "hit"]
    assert [(t.span[0] + 500, t.span[1] + 500) for t in here] == [t.span for t in there]
    assert [(t.sub_event_type, t.rank) for t in here] == [(t.sub_event_type, t.rank) for t in there]
    # a word is matched whole: no event word inside a longer word
    assert find_triggers("the bombastic raider") == []


def test_targets_by_kind():
    kinds = {
        k for _label, k in targets_in("rockets hit the United Nations offices and a hospital near homes")
    }
    assert {"un", "medical", "residential"} <= kinds
    assert "un" not in {k for _l, k in targets_in("the United Nations envoy condemned the attack")}


def test_tally_leads_with_the_first_precise_whole_count():
    claims = [
        _claim("c1", "killed", 21, (0, 10)),
        _claim("c2", "killed", 15, (20, 30), by="Observatory"),
        _claim("c3", "killed", 6, (40, 50), by="Observatory"),
        _claim("c4", "killed", 9, (5, 8), victims="children"),
        _claim("c5", "killed", 24, (1, 3), qualifier="vague"),
        _claim("c6", "injured", 40, (60, 70)),
    ]
    out = tally(claims)
    assert (out["killed"].low, out["killed"].high) == (21, 24)
    assert out["killed"].claim_ids == ("c1", "c2", "c3", "c4", "c5")
    assert out["injured"].low == 40
    assert tally([]) == {}


def test_car_bomb_with_claims_and_claimed_responsibility(extract_text):
    report = extract_text(
        "A car bomb exploded in a market in Baghdad on Tuesday, killing at least 12 people and wounding 30, "
        "police said. The Islamic State group claimed responsibility for the attack."
    )
    first = report["incidents"][0]
    assert first["sub_event_type"] == "Remote explosive/landmine/IED"
    assert first["event_type"] == "Explosions/Remote violence"
    assert any(w["class"] == "ied" for w in first["weapons"])
    assert first["casualties"]["killed"]["low"] == 12
    assert first["casualties"]["injured"]["low"] == 30
    assert all(
        c["incident_id"] == first["id"] for c in report["claims"] if c["kind"] in ("killed", "injured")
    )
    place = next(p for p in report["places"] if p["id"] == first["place_id"])
    assert place["as_written"] == "Baghdad"


def test_air_strike_perpetrator_in_the_outlets_voice(extract_text):
    report = extract_text(
        "Russian air strikes killed 15 civilians in the town of Saraqib in Idlib province on Sunday."
    )
    first = report["incidents"][0]
    assert first["sub_event_type"] == "Air/drone strike"
    perpetrator = first["perpetrator"]
    assert perpetrator is not None and "Russian" in perpetrator["label_used"]
    assert perpetrator["certainty"] == "reported_as_fact"
    assert first["casualties"]["killed"]["low"] == 15


def test_an_accusation_is_alleged(extract_text):
    report = extract_text(
        'The opposition said: "Government forces dropped barrel bombs on Douma, killing eight people."'
    )
    first = report["incidents"][0]
    assert first["sub_event_type"] == "Air/drone strike"
    assert first["perpetrator"]["certainty"] == "alleged"


def test_no_violence_no_incident(extract_text):
    report = extract_text(
        "The foreign ministers met in Geneva on Monday to discuss a new round of talks on the constitution. "
        "They agreed to meet again next month."
    )
    assert report["incidents"] == []


def test_a_wars_toll_belongs_to_no_incident(extract_text):
    report = extract_text(
        "Shelling killed four people in Homs on Friday. The insurgency, which erupted in 2012, has so far "
        "claimed the lives of over 250,000 people."
    )
    assert report["incidents"][0]["sub_event_type"] == "Shelling/artillery/missile attack"
    toll = next(c for c in report["claims"] if c["count"]["low"] and c["count"]["low"] > 1000)
    assert toll["incident_id"] is None


def test_two_incidents_are_kept_apart(extract_text):
    report = extract_text(
        "A suicide bomber blew himself up at a checkpoint in Kabul on Monday, killing five soldiers. "
        "Separately, gunmen kidnapped two aid workers in Kandahar on Tuesday."
    )
    subtypes = [i["sub_event_type"] for i in report["incidents"]]
    assert subtypes[0] == "Suicide bomb"
    assert "Abduction/forced disappearance" in subtypes


def test_seed_incidents(seed_report):
    report, _gold = seed_report
    incidents = report["incidents"]
    subtypes = [i["sub_event_type"] for i in incidents]
    assert subtypes[0] == "Shelling/artillery/missile attack"
    assert "Chemical weapon" in subtypes
    first = incidents[0]
    assert first["perpetrator"]["certainty"] == "alleged"
    place = next(p for p in report["places"] if p["id"] == first["place_id"])
    assert place["geonames_id"] == 170063
    times = {t["id"]: t for t in report["times"]}
    assert times[first["time_id"]]["start"] >= "2016-10-28"
    chemical = next(i for i in incidents if i["sub_event_type"] == "Chemical weapon")
    assert times[chemical["time_id"]]["start"] == "2016-10-30"
    un = next(i for i in incidents if any(t["kind"] == "un" for t in i["targets"]))
    assert un["sub_event_type"] == "Shelling/artillery/missile attack"
    assert un["perpetrator"] is None or un["perpetrator"]["certainty"] == "unknown"
    toll = [c for c in report["claims"] if c["count"]["low"] and c["count"]["low"] > 100000]
    assert toll and all(c["incident_id"] is None for c in toll)


def test_a_city_is_inside_the_countryside_named_after_it():
    # The gazetteer files the capital and its countryside under two divisions; the text names one area.
    city = Place("p1", "Damascus", "Damascus", "SY", 33.5, 36.3, "city", 170654, "Damascus Governorate")
    around = Place("p2", "Rif Dimashq Governorate", "Damascus countryside", "SY", 33.6, 36.4, "admin1")
    other = Place("p3", "Homs Governorate", "Homs province", "SY", 34.7, 36.7, "admin1")
    assert same_place(city, around) and same_place(around, city)
    assert not same_place(city, other)


def test_a_group_counted_among_the_dead_is_not_the_perpetrator(nlp):
    from harmwatch.extract.incidents.roles import is_counted

    doc = nlp("Syrian army kills 40 Nusra Front members in an ambush near Damascus.")
    start = doc.text.index("Nusra")
    assert is_counted(doc, (start, start + len("Nusra Front")))
    army = doc.text.index("Syrian army")
    assert not is_counted(doc, (army, army + len("Syrian army")))
    dated = nlp("Jun 2014 Jihadists execute three rebel officers.")
    assert not is_counted(dated, (9, 18))
