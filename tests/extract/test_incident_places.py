"""Where the main incident happened: the story's country, wire datelines, capitals standing for governments."""

from __future__ import annotations

import pytest

from harmwatch.config import Settings
from harmwatch.extract.incidents.context import (
    in_event_clause,
    locating,
    main_place,
    reference_points,
    story_places,
)
from harmwatch.extract.places.geocode import extract_places
from harmwatch.ingest.text import make_article
from harmwatch.nlp import Parsed, parse
from harmwatch.records import Place


def _parsed_places(nlp, text: str) -> tuple[Parsed, dict[str, Place]]:
    """The parsed text and its places by the words that name them."""
    parsed = parse(make_article(text, Settings()), nlp)
    return parsed, {p.as_written: p for p in extract_places(parsed)}


def _incident_place(report):
    places = {p["id"]: p for p in report["places"]}
    return places[report["incidents"][0]["place_id"]]


@pytest.mark.parametrize(
    ("text", "as_written", "country_code"),
    [
        # a country named at every turn is not where it happened: the US is named seven times, Homs twice, and
        # the strike happened in Syria, near Homs
        pytest.param(
            "US Missile Strike Kills Four Children\n\n"
            "The US missile strike on a Syrian air base killed four children, a source in Homs said on Friday. "
            "The United States launched 59 cruise missiles at the airfield 40 kilometres from Homs. The US "
            "president said the strike answered a chemical attack in Idlib, which Washington blames on the Syrian "
            "government. US officials said the US would strike again, and the US Navy said the US ships were ready.",
            "Homs",
            "SY",
            id="a_country_named_at_every_turn",
        ),
        # a capital that acts is its government: "Washington blames ..." and "Washington is leading ..." are the
        # US government, not a place
        pytest.param(
            "Air strikes killed 20 people in Idlib on Tuesday, the Syrian Observatory said. "
            "Washington blames the attack on the government. Washington is leading a coalition against the "
            "group, and Washington has sent envoys to the region.",
            "Idlib",
            "SY",
            id="a_capital_that_acts",
        ),
        # a place in a clause about another act does not place the event: "as troops advanced towards Hama" tells
        # of another act with a subject of its own; the strikes hit Saraqeb
        pytest.param(
            "Air strikes killed 12 people in a market on Monday as government troops advanced towards Hama, the "
            "monitor said. The strikes hit the market of Saraqeb, residents said.",
            "Saraqeb",
            "SY",
            id="a_place_in_a_clause_about_another_act",
        ),
        # a town and the province it lies in vote together: Hama the city and Hama province outvote Homs, named
        # once
        pytest.param(
            "Shells killed two people in Homs and Hama on Sunday, one of them a farmer in a village of Hama "
            "province, a monitor said.",
            "Hama",
            "SY",
            id="a_town_and_its_province_vote_together",
        ),
    ],
)
def test_the_incident_is_placed_where_it_happened(extract_text, text, as_written, country_code):
    place = _incident_place(extract_text(text))
    assert (place["as_written"], place["country_code"]) == (as_written, country_code)


def test_a_wire_dateline_below_the_headline_names_no_place_of_the_story(nlp):
    text = (
        "Army Repels Attack on Village\n\n"
        "Russia condemned the attack. MOSCOW (Sputnik) - Militants attacked a village east of Hama on Thursday, "
        "killing 51 people. BEIRUT, Lebanon (AP) - Rebels said they would fight on."
    )
    parsed, places = _parsed_places(nlp, text)
    for filed in ("MOSCOW", "BEIRUT"):
        assert not locating(parsed, places[filed], places[filed].mentions[0]), filed
    assert locating(parsed, places["Hama"], places["Hama"].mentions[0])
    assert [p.country_code for p in story_places(parsed, list(places.values()))] == ["SY"]


def test_the_seed_incident_is_placed_in_its_city(seed_report):
    report, _gold = seed_report
    place = _incident_place(report)
    assert (place["geonames_id"], place["precision"]) == (170063, "city")


def test_a_place_in_the_event_clause_or_below_it_still_places_it(nlp):
    text = (
        "In Hama, activists said an air strike killed five people. "
        "A strike that hit a bakery in Saraqeb killed four people. "
        "Turkey said that an air strike killed six people."
    )
    parsed, places = _parsed_places(nlp, text)

    def placed(name: str, event: str) -> bool:
        start = text.index(event, max(0, places[name].mentions[0][0] - 60))
        return in_event_clause(parsed, places[name].mentions[0], [(start, start + len(event))])

    assert placed("Hama", "air strike")  # a place the statement's clause names, not acting
    assert placed("Saraqeb", "strike")  # in a relative clause of the event word
    assert not placed("Turkey", "air strike")  # a place that speaks is an actor


def test_a_landmark_after_a_place_only_locates_it(nlp):
    text = (
        "Jets struck the town of Jarablus near Aleppo on Tuesday. Shells hit Ariha, 20 km north of Idlib, "
        "and Idlib itself. Strikes near Aleppo went on."
    )
    parsed, places = _parsed_places(nlp, text)
    landmarks = reference_points(parsed, list(places.values()))
    aleppo, idlib = places["Aleppo"].mentions, places["Idlib"].mentions
    assert aleppo[0] in landmarks and idlib[0] in landmarks  # "Jarablus near Aleppo", "Ariha, 20 km north of"
    assert aleppo[1] not in landmarks and idlib[1] not in landmarks  # named for themselves
    assert places["Jarablus"].mentions[0] not in landmarks


def test_the_story_place_leaves_out_landmarks(nlp):
    text = (
        "Nine people were killed on Monday, a monitor said.\n\n"
        "The dead were in the town of Mhardeh near Hama and in the village of Tadef near Hama."
    )
    parsed, places = _parsed_places(nlp, text)
    found = list(places.values())
    assert main_place(parsed, found, reference_points(parsed, found)).as_written == "Mhardeh"


@pytest.mark.parametrize(
    ("text", "as_written"),
    [
        # two capitals after "between" a noun of relation are two governments, not where the strike happened
        pytest.param(
            "Tensions between Ankara and Moscow grew after an air strike killed nine people in a village near "
            "Idlib on Sunday.",
            "Idlib",
            id="relation_between_capitals",
        ),
        pytest.param(
            "Relations between Tehran and Riyadh soured after a rocket attack killed six soldiers in Marib.",
            "Marib",
            id="relations_between_capitals_in_another_wording",
        ),
        # a capital that says something speaks for its government, with or without an object
        pytest.param(
            "Kampala said on Monday. Gunmen killed four farmers in Gulu on Sunday, a local official said.",
            "Gulu",
            id="a_capital_that_speaks",
        ),
        # "the road between X and Y" joins two places: the capital there is where it happened
        pytest.param(
            "A car bomb killed 11 people on the road between Beirut and Damascus on Friday.",
            "Beirut",
            id="a_road_between_capitals_is_a_place",
        ),
    ],
)
def test_a_capital_for_its_government_is_no_place_of_the_incident(extract_text, text, as_written):
    place = _incident_place(extract_text(text))
    assert place["as_written"] == as_written


@pytest.mark.parametrize(
    "text",
    [
        "Tensions between Ankara and Moscow grew after the strike on the village, which killed nine people.",
        "Talks between Nairobi and Mogadishu stalled after gunmen killed 12 villagers in a raid. Nairobi accused "
        "Mogadishu of sheltering the attackers.",
    ],
)
def test_an_incident_whose_only_place_is_a_government_has_no_place(extract_text, text):
    report = extract_text(text)
    assert report["incidents"] and report["incidents"][0]["place_id"] is None


@pytest.mark.parametrize(
    ("text", "as_written"),
    [
        ("A car bomb exploded outside the Kabul Serena Hotel on Monday, killing seven people.", "Kabul"),
        (
            "The Mogadishu Sahafi Hotel suffered heavy damage in a car bombing that killed 15 people.",
            "Mogadishu",
        ),
        # a headline's run of capitals, once a person "Serena Hotel"
        (
            "Kabul Serena Hotel attack kills seven\n\nA car bomb exploded outside the hotel on Monday, killing "
            "seven people, police said.",
            "Kabul",
        ),
    ],
)
def test_a_hotel_named_with_its_city_is_in_that_city_and_no_actor(extract_text, text, as_written):
    report = extract_text(text)
    assert _incident_place(report)["as_written"] == as_written
    assert [p["as_written"] for p in report["places"]] == [as_written]  # "Serena" names the hotel, no town
    assert not any("Hotel" in label for a in report["actors"] for label in a["labels_used"])
    assert not any(a["kind"] == "person" for a in report["actors"])


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        # the province stated after the village
        (
            "Air strikes hit Kafr Homs in Idlib province on Monday, killing six civilians, rescuers said.",
            "Idlib Governorate",
        ),
        # the article's other place
        (
            "Shelling killed four people in Tal Hama on Sunday. The village lies in the countryside of Latakia, "
            "where fighting has raged for weeks.",
            "Latakia Governorate",
        ),
    ],
)
def test_an_unknown_compound_name_places_the_incident_by_the_other_places(extract_text, text, admin1):
    report = extract_text(text)
    place = _incident_place(report)
    assert place["admin1"] == admin1
    assert place["name"] not in ("Homs", "Ḩamāh")
