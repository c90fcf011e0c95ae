"""Perpetrators: state forces named by nationality and a military word, the words before an event word, a claim
of responsibility, and phrases that name who was hit or who tells rather than who did it."""

from __future__ import annotations

import pytest


def _first(report: dict) -> tuple[dict, dict | None]:
    """The first incident's perpetrator and its actor."""
    perpetrator = report["incidents"][0]["perpetrator"]
    assert perpetrator is not None
    actors = {a["id"]: a for a in report["actors"]}
    return perpetrator, actors.get(perpetrator["actor_id"])


def test_nationality_and_aircraft_make_a_state_force(extract_text) -> None:
    report = extract_text(
        "Syrian planes bombed the town of Saraqeb in Idlib province on Monday, killing 12 civilians, "
        "a monitor said."
    )
    perpetrator, actor = _first(report)
    assert "Syrian planes" in perpetrator["label_used"]
    assert actor is not None and actor["kind"] == "state_force"
    assert actor["country"] == "SY" and actor["side"] == "government"


def test_a_foreign_states_artillery_is_its_own_force(extract_text) -> None:
    report = extract_text(
        "Turkish artillery shelled the village of Tal Rifaat in northern Syria on Friday, killing four "
        "people, the Syrian Observatory for Human Rights said."
    )
    _, actor = _first(report)
    assert actor is not None and actor["country"] == "TR" and actor["side"] == "foreign_state"


def test_a_state_without_a_registered_army_gets_a_foreign_force(extract_text) -> None:
    report = extract_text("Jordanian jets struck a camp near Daraa in southern Syria, killing nine people.")
    _, actor = _first(report)
    assert actor is not None and actor["kind"] == "state_force"
    assert actor["country"] == "JO" and actor["side"] == "foreign_state"


def test_words_before_a_misparsed_event_word_name_the_actor(extract_text) -> None:
    report = extract_text(
        "At least 9 villagers including three women were killed in Syrian regime airstrikes on a bakery "
        "in Hama province at dawn, according to the Syrian Observatory for Human Rights."
    )
    perpetrator, actor = _first(report)
    assert "regime" in perpetrator["label_used"]
    assert "11" not in perpetrator["label_used"]
    assert actor is not None and actor["side"] == "government"


def test_a_dateline_is_not_part_of_the_actor(extract_text) -> None:
    report = extract_text("8 Jun 2016 Russian air strikes in Idlib killed ten civilians on Tuesday.")
    perpetrator, actor = _first(report)
    assert perpetrator["label_used"] == "Russian"


def test_the_group_that_claims_an_unnamed_bombers_attack(extract_text) -> None:
    report = extract_text(
        "A suicide bomber blew himself up at a wedding in Hasakeh in northeast Syria on Monday, killing 22 "
        "people.\n\nThe Islamic State group claimed responsibility for the attack in a statement."
    )
    perpetrator, actor = _first(report)
    assert actor is not None and actor["name"] == "Islamic State"
    assert perpetrator["certainty"] == "claimed"


def test_kurdish_forces_are_their_own_side(extract_text) -> None:
    report = extract_text(
        "Kurdish fighters attacked an Islamic State checkpoint near Kobane on Sunday, killing 15 jihadists."
    )
    _, actor = _first(report)
    assert actor is not None and actor["side"] == "kurdish"


def test_who_tells_of_a_clash_did_not_fight_it(extract_text) -> None:
    report = extract_text(
        "Salvadoran guerrillas stated that four soldiers were killed on Tuesday in a brief firefight "
        "between the Honduran and Salvadoran armies."
    )
    perpetrator = report["incidents"][0]["perpetrator"]
    assert perpetrator is None or "guerrilla" not in perpetrator["label_used"].lower()


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("At least 45 regime and rebel fighters have been killed in two days of fighting.", True),
        ("Aug 142016 Syrian and Russian warplanes have launched strikes, killing dozens.", False),
    ],
)
def test_groups_counted_among_the_dead(nlp, text: str, counted: bool) -> None:
    from harmwatch.extract.incidents.roles import is_counted

    doc = nlp(text)
    word = "rebel fighters" if counted else "Russian warplanes"
    start = text.index(word)
    assert is_counted(doc, (start, start + len(word))) is counted


def test_the_reference_articles_perpetrators(seed_report) -> None:
    report, _gold = seed_report
    first, *rest = report["incidents"]
    assert first["perpetrator"]["certainty"] == "alleged"
    actors = {a["id"]: a for a in report["actors"]}
    assert actors[first["perpetrator"]["actor_id"]]["side"] == "opposition"
    # the statement on the hit UN building did not say who fired
    un = [i for i in rest if any(t["kind"] == "un" for t in i["targets"])]
    assert un and all(i["perpetrator"] is None for i in un)


def test_the_side_a_clash_is_fought_with_is_the_attacker(extract_text) -> None:
    report = extract_text(
        "At least 20 Islamic State jihadists were killed on Monday in clashes with Kurdish fighters near "
        "the town of Tal Abyad, a monitor said."
    )
    _, actor = _first(report)
    assert actor is not None and actor["side"] == "kurdish"


def test_the_subject_of_a_verb_of_attacking_names_the_actor(extract_text) -> None:
    report = extract_text(
        "A suspected chemical attack killed at least 25 people in the town of Taftanaz in Idlib province "
        "on Friday. Syrian regime jets pounded the town of Taftanaz for hours, residents said."
    )
    perpetrator, actor = _first(report)
    assert "jets" in perpetrator["label_used"]
    assert actor is not None and actor["side"] == "government"


def test_a_group_blamed_for_the_attack_is_its_alleged_perpetrator(extract_text) -> None:
    report = extract_text(
        "Twelve civilians were killed when a missile slammed into a market in the city of Deir el-Zour on "
        "Thursday. Among the dead were four children, a local monitoring group said, blaming the Islamic "
        "State group for the attack."
    )
    perpetrator, actor = _first(report)
    assert actor is not None and actor["side"] == "jihadist"
    assert perpetrator["certainty"] == "alleged"


def test_a_leaders_forces_are_his_army(extract_text) -> None:
    # (text that lost its apostrophes, "Assads forces", gets them back in ingest.repair)
    report = extract_text(
        "A gas attack killed dozens of civilians in Khan Tuman on Tuesday. The opposition blamed President "
        "Bashar Assad's forces for the attack."
    )
    _, actor = _first(report)
    assert actor is not None and actor["kind"] != "person" and actor["side"] == "government"


def test_who_calls_for_an_end_to_the_bombing_did_not_bomb(extract_text) -> None:
    report = extract_text(
        "Bombings killed 30 people in the city of Idlib on Monday. France last week put forward a resolution "
        "calling for an end to the bombings in Idlib."
    )
    perpetrator = report["incidents"][0]["perpetrator"]
    actors = {a["id"]: a for a in report["actors"]}
    assert perpetrator is None or actors.get(perpetrator["actor_id"], {}).get("country") != "FR"


def test_the_strikes_named_again_elsewhere_are_the_storys_strikes(extract_text) -> None:
    report = extract_text(
        "Air strikes killed 8 civilians in an opposition-held village in Hama province on Monday, a monitor "
        "said. The monitor said it did not know if the strikes were carried out by Syrian government "
        "aircraft or Russian jets."
    )
    _, actor = _first(report)
    assert actor is not None and actor["country"] in ("SY", "RU")


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # the subject of the verb that kills the counted people
        (
            "Jets bombed the area for hours. The Syrian army killed 45 fighters near the dam on Friday.",
            "Syrian army",
        ),
        # the actor of the event the people died in
        (
            "Smoke rose over the town. At least 31 people were killed in Syrian regime air strikes.",
            "Syrian regime",
        ),
        # a participle shares its clause's subject
        (
            "Kurdish fighters stormed the village at dawn, killing 17 jihadists, a monitor said.",
            "Kurdish fighters",
        ),
    ],
)
def test_who_did_the_harm_a_toll_counts_is_the_perpetrator(extract_text, text: str, label: str) -> None:
    perpetrator, _ = _first(extract_text(text))
    assert perpetrator["label_used"] == label


def test_a_toll_told_in_two_sides_battle_names_no_one_by_its_event(nlp) -> None:
    from harmwatch.extract.incidents.tolls import toll_agent
    from harmwatch.records import Claim, Count, Victims

    text = "Forty fighters were killed in a government assault and a rebel counterattack near the base."
    doc = nlp(text)
    claim = Claim("c1", "killed", Count(40, 40, "exact", "Forty"), Victims("fighters", ()), None, (0, 26))
    assert toll_agent(doc, claim) is None


@pytest.mark.parametrize(
    ("groups", "name"),
    [
        # one rebel group named: "the guerrillas" are that group
        ("The Farabundo Marti National Liberation Front has", "Farabundo Marti National Liberation Front"),
        # two named: they stay a generic actor
        (
            "The Farabundo Marti National Liberation Front and the Shining Path have",
            "Armed opposition groups",
        ),
    ],
)
def test_a_generic_label_stands_for_the_one_named_group_of_its_side(
    extract_text, groups: str, name: str
) -> None:
    report = extract_text(
        f"Guerrillas attacked an army post in the mountains on Tuesday, killing four soldiers. {groups} "
        "waged war on the government for a decade."
    )
    perpetrator, actor = _first(report)
    assert perpetrator["label_used"] == "Guerrillas"
    assert actor is not None and actor["name"] == name


# Composed wire copy, hard-wrapped at a fixed width: the agent stands on the line after the event word.
def test_a_by_agent_on_the_next_wrapped_line_is_the_perpetrator(extract_text) -> None:
    report = extract_text(
        "   LAS PALMAS, 9 JUN 90 (RADIO) -- [TEXT] A BOMB EXPLODED LAST NIGHT AT THE\n"
        "DOOR OF A BANK BRANCH IN THE CITY CENTER, DESTROYING ITS FRONT.  POLICE SAY\n"
        "THE DEVICE HAD BEEN LEFT THERE BY MEMBERS OF THE SHINING PATH, WHO FLED IN A\n"
        "CAR SHORTLY BEFORE THE BLAST.  NOBODY WAS HURT, THE POLICE CHIEF TOLD RADIO.\n"
    )
    perpetrator, actor = _first(report)
    assert "SHINING PATH" in perpetrator["label_used"] and "\n" not in perpetrator["label_used"]
    assert actor is not None and actor["name"] == "Shining Path"


def test_a_passive_agent_of_killings_across_a_wrap_is_alleged_by_witnesses(extract_text) -> None:
    report = extract_text(
        "   VILLA NUEVA, 21 OCT 89 (TELEVISION) -- [TEXT] THREE PEASANTS WERE SHOT DEAD\n"
        "ON SUNDAY IN A VILLAGE OF THE EASTERN PROVINCE.  WITNESSES SAID THE KILLINGS\n"
        "WERE CARRIED OUT BY A UNIT OF THE SALVADORAN ARMY THAT HAD ENTERED THE HAMLET\n"
        "AT DAWN.  THE LOCAL PRIEST CALLED FOR AN INQUIRY INTO THE DEATHS OF THE MEN.\n"
    )
    perpetrator, actor = _first(report)
    assert actor is not None and actor["kind"] == "state_force" and actor["country"] == "SV"
    assert perpetrator["certainty"] == "alleged"


def test_the_subject_of_was_behind_the_event_is_its_perpetrator(extract_text) -> None:
    # the army owns the checkpoint (a place of the act); the group said to be behind the bombing did it
    report = extract_text(
        "A car bomb killed seven people near a checkpoint of the Syrian army outside Azaz on Sunday, and the "
        "Nusra Front was behind the bombing, a monitor said."
    )
    perpetrator, actor = _first(report)
    assert actor is not None and actor["name"] == "Jabhat al-Nusra"
    assert perpetrator["certainty"] == "alleged"


def test_the_source_named_by_according_to_is_no_perpetrator(extract_text) -> None:
    report = extract_text(
        "A bomb went off under a parked car outside the embassy in Lima on Tuesday. According to the Peruvian "
        "police, two men on a motorcycle placed the bomb there before dawn."
    )
    perpetrator = report["incidents"][0]["perpetrator"]
    assert perpetrator is None or "police" not in perpetrator["label_used"]


def test_a_group_held_responsible_is_alleged_by_who_holds_it(extract_text) -> None:
    report = extract_text(
        "A bomb destroyed a power pylon near Huancayo on Tuesday. The Peruvian army holds the Shining Path "
        "responsible for the attack."
    )
    perpetrator, actor = _first(report)
    assert actor is not None and actor["name"] == "Shining Path"
    actors = {a["id"]: a for a in report["actors"]}
    assert perpetrator["certainty"] == "alleged"
    assert actors[perpetrator["alleged_by"]]["country"] == "PE"
