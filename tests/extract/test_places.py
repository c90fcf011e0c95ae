"""Places: gazetteer matches geocoded with honest precision, qualifiers, back-references, disambiguation."""

from __future__ import annotations

import pytest

from harmwatch.config import Settings
from harmwatch.extract.places.geocode import extract_places
from harmwatch.ingest.text import make_article
from harmwatch.nlp import parse


@pytest.fixture(scope="module")
def places_of(nlp):
    def run(text: str):
        return extract_places(parse(make_article(text, Settings()), nlp))

    return run


def _by_written(places):
    return {p.as_written: p for p in places}


def test_city_country_and_ids(places_of):
    places = places_of("Shelling hit Aleppo on Monday, the Syrian army said. Aleppo is in northern Syria.")
    assert [p.id for p in places] == [f"p{n}" for n in range(1, len(places) + 1)]
    aleppo = next(p for p in places if p.name == "Aleppo" and p.qualifier is None)
    assert (aleppo.geonames_id, aleppo.precision, aleppo.country_code) == (170063, "city", "SY")
    assert len(aleppo.mentions) == 2
    syria = next(p for p in places if p.country_code == "SY" and p.precision == "country")
    assert syria.geonames_id == 163843


def test_qualifiers_and_the_city(places_of):
    text = (
        "Rebels shelled western Aleppo on Sunday. The siege of rebel-held Aleppo continued. "
        "Residents of Aleppo fled as rockets hit the government-held parts of the city."
    )
    places = places_of(text)
    qualifiers = {p.qualifier for p in places if p.name == "Aleppo"}
    assert {"west", "rebel-held", "government-held", None} <= qualifiers
    held = next(p for p in places if p.qualifier == "government-held")
    assert held.geonames_id == 170063 and held.precision == "city"


def test_the_city_is_the_story_city_not_an_office(places_of):
    text = (
        "Fighting raged in Homs. A spokesman at the group's Beirut office said that "
        "shells fell on Homs overnight and that the city was without power."
    )
    places = _by_written(places_of(text))
    assert len(places["Homs"].mentions) == 3
    assert len(places["Beirut"].mentions) == 1
    assert places["Beirut"].country_code == "LB"


def test_a_province_is_admin1(places_of):
    places = places_of("Air strikes hit Idlib province on Tuesday, and the town of Idlib itself.")
    levels = {(p.name, p.precision) for p in places}
    assert ("Idlib Governorate", "admin1") in levels
    assert ("Idlib", "city") in levels
    division = next(p for p in places if p.precision == "admin1")
    assert division.admin1 == "Idlib Governorate" and division.geonames_id is None


def test_country_context_disambiguates(places_of):
    syrian = places_of("Syria said a car bomb exploded in Damascus.")
    assert next(p for p in syrian if p.name == "Damascus").country_code == "SY"
    lebanese = places_of("Lebanon's army said a blast in Tripoli wounded three.")
    assert next(p for p in lebanese if p.as_written == "Tripoli").country_code == "LB"
    libyan = places_of("Libya's government said clashes erupted in Tripoli.")
    assert next(p for p in libyan if p.as_written == "Tripoli").country_code == "LY"


def test_words_that_are_not_places(places_of):
    text = "Date of publication 12 August 2016. The Syrian Observatory for Human Rights said Ahmad was hurt."
    written = {p.as_written for p in places_of(text)}
    assert not written & {"Date", "Human", "Ahmad"}


def test_upper_case_wire_copy(places_of):
    places = places_of("SAN SALVADOR, 4 FEB 90 -- A BOMB EXPLODED TODAY IN SAN MIGUEL, EL SALVADOR.")
    codes = {p.as_written: p.country_code for p in places}
    assert codes.get("SAN SALVADOR") == "SV"
    assert codes.get("EL SALVADOR") == "SV"


def test_seed_places(seed_report):
    report, _gold = seed_report
    places = report["places"]
    aleppo = [p for p in places if p["geonames_id"] == 170063]
    assert aleppo and all(p["precision"] == "city" for p in aleppo)
    plain = next(p for p in aleppo if p["qualifier"] is None)
    assert len(plain["mentions"]) >= 5
    assert {"east", "west"} <= {p["qualifier"] for p in aleppo}
    syria = next(p for p in places if p["as_written"] == "Syria")
    assert (syria["precision"], syria["country_code"]) == ("country", "SY")
    beirut = next(p for p in places if p["as_written"] == "Beirut")
    assert beirut["country_code"] == "LB"


def test_a_little_known_namesake_abroad_is_left_unplaced(places_of):
    # The gazetteer knows only a Madaya in Myanmar; in a Syria story the town is Syrian and unknown to it.
    text = (
        "Syrian government forces shelled Madaya on Sunday, activists in Syria said. "
        "Aid has not reached Madaya since October, and the Syrian army blocks the roads from Damascus."
    )
    places = _by_written(places_of(text))
    assert (places["Madaya"].country_code, places["Madaya"].precision) == (None, "unknown")
    assert places["Madaya"].geonames_id is None and len(places["Madaya"].mentions) == 2
    assert places["Damascus"].country_code == "SY"


def test_a_neighbour_or_a_renowned_city_abroad_keeps_its_country(places_of):
    text = (
        "Rockets fired from Syria hit Kilis on Monday. Syria's opposition, meeting in Geneva, "
        "condemned the attack on Syria's northern border."
    )
    places = _by_written(places_of(text))
    assert places["Kilis"].country_code == "TR"
    assert places["Geneva"].country_code == "CH"


def test_a_story_without_a_clear_country_keeps_the_gazetteers_reading(places_of):
    places = _by_written(places_of("Flooding closed roads around Madaya overnight."))
    assert places["Madaya"].country_code == "MM"


def test_a_place_in_a_title_case_headline_tagged_as_a_person(places_of):
    text = "Car Bomb in Aleppo Kills 23\n\nA car bomb exploded in Aleppo on Monday, killing 23 people."
    aleppo = next(p for p in places_of(text) if p.as_written == "Aleppo")
    assert len(aleppo.mentions) == 2 and aleppo.mentions[0][0] < 20


def test_a_person_in_a_headline_is_no_place(places_of):
    text = "Vladimir Putin Hails Syria Ceasefire Deal\n\nPresident Vladimir Putin praised the truce in Syria."
    assert "Vladimir" not in {p.as_written for p in places_of(text)}


def test_a_quarter_of_a_city_named_like_a_town_abroad(places_of):
    text = (
        "Mortar rounds struck the Sulaymaniyah neighborhood of the northern city of Aleppo late on Friday. "
        "The Sulaymaniyah area is inhabited mainly by Christians."
    )
    places = _by_written(places_of(text))
    quarter = places["Sulaymaniyah"]
    assert (quarter.precision, quarter.country_code, quarter.admin1) == (
        "neighborhood",
        "SY",
        "Aleppo Governorate",
    )
    assert len(quarter.mentions) == 2 and quarter.geonames_id is None
    # A name filed in the same country as the city named next keeps its reading ("the Aleppo district of Manbij").
    places = _by_written(places_of("Clashes broke out in the Aleppo district of Manbij on Monday."))
    assert (places["Aleppo"].precision, places["Aleppo"].geonames_id) == ("city", 170063)


def test_a_quarter_whose_city_the_tagger_runs_into_the_next_words(places_of):
    # No punctuation after the city: the tagger reads "Aleppo Syrian state media" as one name.
    text = (
        "Nine residents were hurt by a car bomb in Salah al-Din district of Aleppo Syrian state media said."
    )
    quarter = _by_written(places_of(text))["Salah al-Din"]
    assert (quarter.precision, quarter.country_code, quarter.admin1) == (
        "neighborhood",
        "SY",
        "Aleppo Governorate",
    )


def test_a_town_with_a_lower_case_article_read_as_a_person(places_of):
    text = (
        "Barrel bombs killed 11 civilians in the town of al-Bab on Thursday. "
        "Government helicopters dropped the weapons on al-Bab which lies in the north of the country."
    )
    bab = _by_written(places_of(text))["al-Bab"]
    assert (bab.precision, bab.country_code, bab.admin1) == ("city", "SY", "Aleppo Governorate")
    assert len(bab.mentions) == 2


def test_a_town_named_without_its_article(places_of):
    text = "Twin car bombs killed 14 people in the Kurdish-majority city of Qamishli late on Sunday."
    qamishli = _by_written(places_of(text))["Qamishli"]
    assert (qamishli.precision, qamishli.country_code) == ("city", "SY")


def test_al_sham_in_a_group_name_is_no_place(places_of):
    text = "Dozens of Ahrar Al-Sham Commanders Die in Idleb Explosion. The explosion hit a meeting of the group in Idleb."
    places = places_of(text)
    assert {p.country_code for p in places} == {"SY"}
    assert {p.admin1 for p in places} == {"Idlib Governorate"}


def test_a_renowned_city_abroad_named_by_a_foreign_alternate_is_a_namesake(places_of):
    # "Ariha" is Jericho's Arabic name, and the name of a Syrian town the gazetteer lacks.
    text = (
        "Warplanes struck the town of Ariha in Idlib province in Syria on Monday. Ariha lies south of Idlib."
    )
    ariha = _by_written(places_of(text))["Ariha"]
    assert ariha.country_code is None and ariha.precision == "unknown"
    # Written by its own name it keeps its reading: "Geneva" in a Syria story is the Swiss city.
    places = _by_written(
        places_of("Talks on Syria resumed in Geneva as shelling hit Homs and Idlib in Syria.")
    )
    assert places["Geneva"].country_code == "CH"


def test_the_tail_of_a_longer_name_is_no_place_of_its_own(places_of):
    # Neither "Numan" (a town in Nigeria) nor "Ain" is meant: both end a name the gazetteer lacks.
    places = places_of("An air strike killed five people in Maarat al-Numan on Sunday, near Ras al-Ain.")
    assert not [p for p in places if p.as_written in ("Numan", "Ain")]
    # A name the gazetteer knows with its article is still found.
    assert "al-Bab" in _by_written(places_of("Turkish forces shelled the town of al-Bab on Friday."))


def test_a_name_closed_by_a_lower_case_word(places_of):
    # "Deir" names nothing alone, so the lower-case "ezzor" that closes it belongs to the name
    places = _by_written(
        places_of("Jets pounded eastern Deir ezzor province on Friday. Shells hit Deir ezzor.")
    )
    assert places["eastern Deir ezzor"].name == "Deir ez-Zor Governorate"
    assert places["eastern Deir ezzor"].precision == "admin1"
    assert places["Deir ezzor"].precision == "city"


@pytest.mark.parametrize(
    "text",
    [
        "Warplanes struck the village of Kafr Homs on Monday, killing five civilians.",
        "Shelling killed three people in Tal Hama on Sunday, a monitor said.",
        "A car bomb went off in Deir al-Latakia late on Friday.",
        "Gunmen attacked a checkpoint near Bir Raqqa on Tuesday.",
        "Rockets fell on the village of Wadi Tartus overnight.",
        "Car Bomb Kills Nine in Ain Palmyra\n\nA car bomb killed nine people on Tuesday.",
    ],
)
def test_a_compound_name_the_gazetteer_lacks_is_not_its_last_word(places_of, text):
    # "Kafr Homs" is a village of its own, not the city of Homs: the place is kept as written, unplaced
    places = places_of(text)
    assert not [p for p in places if p.precision != "unknown"]
    assert all(p.as_written.split()[0] in ("Kafr", "Tal", "Deir", "Wadi", "Bir", "Ain") for p in places)
    assert places and all(p.country_code is None for p in places)


def test_a_compound_name_ends_where_another_place_or_word_begins(places_of):
    places = _by_written(
        places_of(
            "Jets Hit Kafr Nour Idlib\n\nJets hit Tal Sawda District and Kafr Nour near Idlib, SANA said."
        )
    )
    # the province named after it without a comma, an English designator and an agency are not part of it
    assert {"Kafr Nour", "Tal Sawda"} <= set(places)
    assert places["Idlib"].country_code == "SY"
    # a compound the gazetteer knows is still found whole
    known = _by_written(places_of("Jets bombed the town of Khan Sheikhoun on Monday."))
    assert known["Khan Sheikhoun"].precision == "city" and known["Khan Sheikhoun"].country_code == "SY"


def test_a_compound_name_in_upper_case_wire_copy(places_of):
    # in capitals no word is an acronym: a stop word ends the name
    places = _by_written(places_of("JETS STRUCK KAFR HOMS AND IDLIB ON MONDAY, KILLING FIVE"))
    assert places["KAFR HOMS"].precision == "unknown"
    assert places["IDLIB"].country_code == "SY"
    assert "HOMS" not in places


def test_a_compound_town_the_gazetteer_lacks_written_as_a_place_names_no_one(nlp, extract_text):
    from harmwatch.extract.places.mentions import written_as_place

    text = "Shells hit the market in Kafr Nour on Monday. Kafr Nour said 14 civilians were killed."
    doc = parse(make_article(text, Settings()), nlp).doc
    assert written_as_place(doc, "Kafr Nour")
    report = extract_text(text)
    (claim,) = [c for c in report["claims"] if c["count"]["as_written"] == "14 civilians"]
    assert claim["claimant"] is None
    assert "Kafr Nour" not in [a["name"] for a in report["actors"] if a["kind"] == "person"]
    # a person whose first name is a head word, never written as a place, keeps his words
    text = "Tal Becker, a legal adviser, said on Monday that 14 people were killed."
    assert not written_as_place(parse(make_article(text, Settings()), nlp).doc, "Tal Becker")


def test_a_name_written_with_another_spelling_of_its_inner_article(places_of):
    places = places_of("A car bomb exploded in a market in Dar al-Salaam on Friday, police said.")
    assert [(p.as_written, p.country_code, p.precision) for p in places] == [("Dar al-Salaam", "TZ", "city")]
