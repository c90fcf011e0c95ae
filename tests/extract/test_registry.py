"""The actor registry: aliases, generic labels with a side, states and demonyms."""

from __future__ import annotations

import pytest

from harmwatch.extract.actors.registry import (
    country_of,
    generic_label,
    is_capital,
    load_registry,
    match_actor,
    state_actor,
    state_force,
)


def test_registry_is_a_real_resource() -> None:
    named = [a for a in load_registry() if a.kind != "government" or a.aliases]
    assert len(named) > 100
    kinds = {a.kind for a in load_registry()}
    assert {"armed_group", "state_force", "igo", "ngo", "media", "government"} <= kinds
    for actor in load_registry():
        assert actor.side in (
            None,
            "government",
            "opposition",
            "jihadist",
            "kurdish",
            "foreign_state",
            "coalition",
        )
        assert actor.country is None or len(actor.country) == 2


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("al-Nusra Front", "Jabhat al-Nusra"),
        ("the Nusra Front", "Jabhat al-Nusra"),
        ("Jabhat Fateh al-Sham", "Jabhat al-Nusra"),
        ("Daesh", "Islamic State"),
        ("ISIL", "Islamic State"),
        ("Islamic State militants", "Islamic State"),
        ("the Syrian army", "Syrian Arab Army"),
        ("Sendero Luminoso", "Shining Path"),
        ("FMLN URBAN COMMANDOS", "Farabundo Marti National Liberation Front"),
        ("Ansar Allah", "Houthis"),
        ("White Helmets", "Syria Civil Defence"),
        ("Doctors Without Borders", "Medecins Sans Frontieres"),
        ("the U.S.", "United States"),
        ("UN", "United Nations"),
    ],
)
def test_match_actor_aliases(text: str, name: str) -> None:
    actor = match_actor(text)
    assert actor is not None and actor.name == name


def test_acronyms_that_are_words_do_not_match_in_capitals() -> None:
    assert match_actor("HE IS HERE") is None
    assert match_actor("the militants") is None


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("militants", "opposition"),
        ("Takfiri militant groups", "opposition"),
        ("armed opposition groups", "opposition"),
        ("THE GUERRILLAS", "opposition"),
        ("regime forces", "government"),
        ("death squads", "government"),
        ("gunmen", None),
        ("the regime", "government"),
        ("regime helicopters", "government"),
        ("Kurdish fighters", "kurdish"),
    ],
)
def test_generic_labels_have_a_side(text: str, side: str | None) -> None:
    found = generic_label(text)
    assert found is not None and found[1] == side


def test_not_generic() -> None:
    assert generic_label("rocket attacks") is None


def test_states_capitals_and_demonyms() -> None:
    assert country_of("Moscow") == "RU" and is_capital("Moscow") and not is_capital("Russia")
    assert country_of("Cypriot") == "CY"
    russia = state_actor("RU")
    assert russia is not None and russia.name == "Russia"
    force = state_force("SV")
    assert force is not None and force.side == "government"
