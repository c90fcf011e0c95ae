"""The offline gazetteer: lookups, disambiguation order, divisions and the names worth tagging."""

from __future__ import annotations

from harmwatch import geo


def test_aleppo_is_the_syrian_city_first():
    first = geo.lookup("Aleppo")[0]
    assert (first.geonames_id, first.kind, first.country_code) == (170063, "city", "SY")
    assert first.admin1 == "Aleppo Governorate"


def test_lookup_folds_case_accents_and_articles():
    assert geo.lookup("ALEPPO")[0].geonames_id == 170063
    assert geo.lookup("al-Bab")[0].country_code == "SY"
    assert geo.lookup("Bab")[0].name == geo.lookup("al-Bab")[0].name
    assert geo.lookup("Deir ez-Zor")[0].country_code == "SY"


def test_countries_by_their_common_short_names():
    for name, code in [("Syria", "SY"), ("US", "US"), ("Britain", "GB"), ("Russia", "RU"), ("Iran", "IR")]:
        first = geo.lookup(name)[0]
        assert (first.kind, first.country_code) == ("country", code), name


def test_a_name_shared_across_countries_lists_the_most_populous_first():
    damascus = [e for e in geo.lookup("Damascus") if e.kind == "city"]
    assert [e.country_code for e in damascus][:2] == ["SY", "US"]


def test_divisions_have_english_names_and_coordinates():
    idlib = [e for e in geo.lookup("Idlib") if e.kind == "admin1"]
    assert idlib and idlib[0].name == "Idlib Governorate" and idlib[0].lat is not None
    assert geo.lookup("Nineveh")[0].kind == "admin1"
    assert geo.lookup("Mosul")[0].admin1 == "Nineveh Governorate"
    assert geo.lookup("Kharkiv")[0].admin1 == "Kharkivska oblast"
    assert geo.lookup("Rural Damascus")[0].name == "Rif Dimashq Governorate"


def test_names_to_tag_leave_out_common_words():
    surfaces = dict(geo.names())
    assert surfaces["Syria"] == "country"
    assert surfaces["Aleppo"] == "city"
    for word in ("Date", "Human", "Mon", "Reading", "Western", "Obama"):
        assert word not in surfaces, word


def test_unknown_names_give_nothing():
    assert geo.lookup("Qwxyzville") == []
    assert geo.lookup("") == []
