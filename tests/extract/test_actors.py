"""Actors: persons, registry actors with their aliases, generic armed actors, acting states."""

from __future__ import annotations


def _by_name(report: dict) -> dict[str, dict]:
    return {a["name"]: a for a in report["actors"]}


def test_generic_labels_become_one_opposition_actor(extract_text) -> None:
    text = (
        "Rebels shelled the city of Homs in Syria on Monday. The army said the terrorists "
        "fired mortars at homes, and that armed opposition groups had killed ten people.\n\n"
        "Jaish al-Islam denied the claim."
    )
    actors = _by_name(extract_text(text))
    generic = actors["Armed opposition groups"]
    assert generic["side"] == "opposition" and generic["country"] == "SY"
    assert {"rebels", "terrorists", "armed opposition groups"} <= {
        x.casefold() for x in generic["labels_used"]
    }
    assert actors["Jaysh al-Islam"]["kind"] == "armed_group"
    # "the army" in a Syrian article is the Syrian state's own force
    assert actors["Syrian Arab Army"]["side"] == "government"


def test_modifier_is_not_an_actor(extract_text) -> None:
    report = extract_text("Militant rocket attacks hit military targets near Kabul, police said.")
    names = {a["name"] for a in report["actors"]}
    assert "Armed opposition groups" not in names


def test_capital_acting_is_its_state(extract_text) -> None:
    report = extract_text("Moscow has denied the report. Officials in Damascus were not available.")
    actors = _by_name(report)
    assert "Moscow" in actors["Russia"]["labels_used"]
    assert "Syria" not in actors  # a place, not an actor here


def test_ids_follow_first_mention(extract_text) -> None:
    report = extract_text("Amnesty International and Human Rights Watch condemned the Islamic State attack.")
    assert [a["id"] for a in report["actors"]] == [f"a{i}" for i in range(1, len(report["actors"]) + 1)]
    assert [a["name"] for a in report["actors"]][:2] == ["Amnesty International", "Human Rights Watch"]
    assert all(a["mentions"] for a in report["actors"])


def test_reference_article_actors(seed_report) -> None:
    report, gold = seed_report
    actors = report["actors"]
    names = {a["name"].casefold().replace("’", "'"): a for a in actors}
    for g in gold["actors"]:
        if "labels_used" in g:
            # the generic actor: one actor carries every wording gold lists
            generic = [
                a
                for a in actors
                if set(map(str.casefold, g["labels_used"])) <= set(map(str.casefold, a["labels_used"]))
            ]
            assert generic and generic[0]["side"] == "opposition", g["name"]
            continue
        wordings = {g["name"], *g.get("aliases", [])}
        match = [
            a
            for a in actors
            if {w.casefold() for w in wordings} & {w.casefold() for w in (a["name"], *a["labels_used"])}
        ]
        if g["kind"] == "person":
            person = names[g["name"].casefold()]
            assert person["kind"] == "person" and person["role"]
            if g.get("affiliation") and g["affiliation"].casefold() in names:
                assert person["affiliation"] == names[g["affiliation"].casefold()]["id"], g["name"]
        elif g["kind"] not in ("state armed force", "state") or g.get("aliases"):
            assert match, g["name"]
    assert names["amnesty international"]["kind"] == "ngo"
    assert names["united nations"]["kind"] == "igo"


def test_all_caps_wire_copy(extract_text) -> None:
    text = (
        "SAN SALVADOR, 12 JAN 90 (RADIO VENCEREMOS) -- [TEXT] FMLN URBAN COMMANDOS ATTACKED A NATIONAL POLICE "
        "POST IN SOYAPANGO LAST NIGHT, KILLING THREE POLICEMEN. THE ARMED FORCES PRESS OFFICE SAID THE "
        "TERRORISTS ALSO BURNED TWO BUSES. IT IS NOT KNOWN WHO IS BEHIND THE ATTACK."
    )
    actors = _by_name(extract_text(text))
    assert actors["Farabundo Marti National Liberation Front"]["side"] == "opposition"
    assert actors["Salvadoran Armed Forces"]["country"] == "SV"
    assert "TERRORISTS" in actors["Armed opposition groups"]["labels_used"]
    assert "Islamic State" not in actors and "World Health Organization" not in actors


def test_coalition_aircraft_are_no_states_own_force(extract_text) -> None:
    report = extract_text(
        "Coalition warplanes struck an oil field near Deir Ezzor in Syria, killing six people."
    )
    for actor in report["actors"]:
        assert "Coalition warplanes" not in actor["labels_used"] or actor["side"] == "coalition"


def test_a_nationality_joins_the_label(extract_text) -> None:
    report = extract_text("Russian or Syrian regime war planes bombed a camp in Idlib province in Syria.")
    labels = {label for a in report["actors"] for label in a["labels_used"]}
    assert "Russian or Syrian regime war planes" in labels
