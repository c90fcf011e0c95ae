"""The article's people: full names, surname mentions, roles, organisations and gender."""

from __future__ import annotations

from harmwatch.config import Settings
from harmwatch.extract.quotes.people import Person, find_people
from harmwatch.extract.quotes.roles import country_of_capital, country_of_demonym
from harmwatch.ingest.text import make_article
from harmwatch.nlp import parse


def _people(nlp, text: str) -> dict[str, Person]:
    parsed = parse(make_article("Headline of the story\n\n" + text, Settings()), nlp)
    return {p.name: p for p in find_people(parsed)}


def test_premodifier_gives_role_and_country(nlp):
    people = _people(
        nlp,
        "Russian Foreign Minister Sergei Ivanov met his counterpart. Ivanov said he was pleased with the talks.",
    )
    person = people["Sergei Ivanov"]
    assert (person.role, person.organization, person.gender) == ("Foreign Minister", "Russia", "male")
    assert len(person.mentions) == 2  # the surname alone is a mention too


def test_apposition_gives_role_and_expanded_organisation(nlp):
    people = _people(nlp, "Maria Santos, the top UN official in Yemen, visited the port on Sunday.")
    person = people["Maria Santos"]
    assert person.role == "top UN official in Yemen"
    assert person.organization == "United Nations"


def test_title_gives_gender(nlp):
    people = _people(nlp, "Mrs. Helen Carter, a nurse, described the attack. Carter spoke for an hour.")
    assert people["Helen Carter"].gender == "female"


def test_capitals_and_demonyms_come_from_data():
    assert country_of_capital("Moscow") == "Russia"
    assert country_of_capital("Kiev") == "Ukraine"
    assert country_of_capital("Aleppo is big") is None
    assert country_of_demonym("Syrian") == "Syria"
    assert country_of_demonym("Iranian") == "Iran"
    assert country_of_demonym("Cypriot") == "Cyprus"
