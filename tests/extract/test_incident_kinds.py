"""The whole ACLED taxonomy: interaction logic (who acts on whom), the sub-type model, and non-conflict text.

Every sentence here is composed for the test; none comes from an evaluation set.
"""

from __future__ import annotations

import pytest

from harmwatch.extract.incidents.classify import (
    FORMAT,
    NO_EVENT,
    ModelError,
    features,
    model_from_dict,
    shipped_model,
    sub_event_type,
    using_model,
)
from harmwatch.extract.incidents.kinds import armed_on_armed, no_one_inflicted, rule_type, sides_named
from harmwatch.extract.incidents.words import EVENT_TYPE, find_triggers


def _rule(sentence: str) -> str | None:
    return rule_type(sentence, find_triggers(sentence))


RULE_CASES = [
    # protests: demonstrators who are not violent, and what the authorities do to them
    (
        "Several hundred nurses rallied outside the health ministry on Monday to demand back pay.",
        "Peaceful protest",
    ),
    (
        "Riot police fired tear gas to disperse students marching towards the palace.",
        "Protest with intervention",
    ),
    ("Officers detained forty demonstrators who had gathered without a permit.", "Protest with intervention"),
    (
        "Soldiers opened fire on unarmed protesters in the main square, killing six of them.",
        "Excessive force against protesters",
    ),
    # riots: the demonstrators are violent, or an unorganised crowd attacks
    ("Protesters hurled stones at the police station and set two cars on fire.", "Violent demonstration"),
    ("Rioters looted shops along the market road after the verdict.", "Violent demonstration"),
    ("A mob lynched two men accused of stealing goats near the river.", "Mob violence"),
    # territory: who takes control, and whether by fighting
    (
        "Army troops recaptured the hill town from the insurgents after a week.",
        "Government regains territory",
    ),
    ("Rebels seized control of the border crossing on Thursday.", "Non-state actor overtakes territory"),
    (
        "The militia withdrew from the port city and the federal police took over without a fight.",
        "Non-violent transfer of territory",
    ),
    # strategic developments
    ("Sappers defused a roadside bomb planted near the bridge.", "Disrupted weapons use"),
    ("Customs officers found a cache of rifles and ammunition in a lorry.", "Disrupted weapons use"),
    (
        "Foreign troops set up a new military base outside the provincial capital.",
        "Headquarters or base established",
    ),
    ("The two armed factions signed a ceasefire agreement in the capital.", "Agreement"),
    (
        "Two hundred fighters defected from the rebel movement to the government side.",
        "Change to group/activity",
    ),
    ("Gunmen torched a dozen houses in the farming village overnight.", "Looting/property destruction"),
    # violence against civilians
    ("Militiamen raped three women at a checkpoint, a rights group said.", "Sexual violence"),
    ("Soldiers raped and killed a teenager in the camp.", "Sexual violence"),
    ("Armed men abducted a priest from his parish house.", "Abduction/forced disappearance"),
]


@pytest.mark.parametrize(("sentence", "expected"), RULE_CASES)
def test_rules_apply_acled_interaction_logic(sentence, expected):
    assert _rule(sentence) == expected


def test_every_sub_type_has_an_event_type():
    assert len(EVENT_TYPE) == 25
    assert set(EVENT_TYPE.values()) == {
        "Battles",
        "Explosions/Remote violence",
        "Violence against civilians",
        "Protests",
        "Riots",
        "Strategic developments",
    }


NON_CONFLICT = [
    "A magnitude 6.1 earthquake killed at least 40 people in the mountain villages on Tuesday.",
    "A gas cylinder exploded in a restaurant kitchen in the old town, killing two cooks.",
    "The cholera outbreak has infected more than 300 people in the coastal district this month.",
    "Floods swept away houses and killed 12 people after three days of heavy rain.",
]


@pytest.mark.parametrize("sentence", NON_CONFLICT)
def test_harm_that_no_one_inflicted_is_no_event(sentence):
    triggers = find_triggers(sentence)
    assert no_one_inflicted(sentence, [t for t in triggers if t.sub_event_type])
    assert sub_event_type(sentence, triggers) is None


@pytest.mark.parametrize("sentence", NON_CONFLICT)
def test_non_conflict_snippets_yield_no_incident(sentence, extract_text):
    assert extract_text(sentence)["incidents"] == []


def test_a_bomb_in_a_market_is_still_an_attack_with_a_toll(extract_text):
    report = extract_text(
        "A car bomb exploded in a crowded market in the northern town on Friday, killing 9 people."
    )
    incident = report["incidents"][0]
    assert incident["sub_event_type"] == "Remote explosive/landmine/IED"
    assert incident["casualties"]["killed"]["low"] == 9


PIPELINE_CASES = [
    (
        "Police fired tear gas and water cannon at thousands of protesters in the capital on Saturday.",
        "Protest with intervention",
    ),
    (
        "Security forces shot dead four protesters during a march in the southern city on Sunday.",
        "Excessive force against protesters",
    ),
    (
        "Government troops recaptured the town of Kalamu from rebel fighters on Monday.",
        "Government regains territory",
    ),
    ("Militiamen raped two women near the camp in the eastern province on Friday.", "Sexual violence"),
]


@pytest.mark.parametrize(("text", "expected"), PIPELINE_CASES)
def test_civilian_harm_and_protest_types_through_the_pipeline(text, expected, extract_text):
    incidents = extract_text(text)["incidents"]
    assert incidents and incidents[0]["sub_event_type"] == expected


def test_excessive_force_carries_its_victims_and_figures(extract_text):
    report = extract_text(
        "Police opened fire on protesters in the northern city on Tuesday, killing 5 of them."
    )
    incident = report["incidents"][0]
    assert incident["sub_event_type"] == "Excessive force against protesters"
    assert incident["casualties"]["killed"]["low"] == 5
    assert incident["claim_ids"]


def test_the_shipped_model_is_valid_and_knows_every_class():
    model = shipped_model()
    assert model is not None
    assert set(model.classes) <= {*EVENT_TYPE, NO_EVENT}
    assert NO_EVENT in model.classes and len(model.classes) >= 20


def _toy(label: str) -> dict:
    return {
        "format": FORMAT,
        "classes": ["Attack", label],
        "idf": {"RULE=Arrests": 1.0},
        "weights": {"RULE=Arrests": [-1.0, 1.0]},
        "bias": [0.0, 0.0],
    }


def test_a_model_in_use_decides_the_type():
    sentence = "Police arrested the mayor at his home in the capital on Monday."
    triggers = find_triggers(sentence)
    assert "RULE=Arrests" in features(sentence, triggers)
    with using_model(model_from_dict(_toy("Agreement"))):
        assert sub_event_type(sentence, triggers) == "Agreement"
    with using_model(model_from_dict(_toy(NO_EVENT))):
        assert sub_event_type(sentence, triggers) is None


def test_a_malformed_model_is_refused():
    with pytest.raises(ModelError):
        model_from_dict({**_toy("Agreement"), "format": "other/9"})
    with pytest.raises(ModelError):
        model_from_dict({**_toy("Agreement"), "classes": ["Attack", "Picnic"]})


# ACLED's interaction logic decides between violence on civilians and violence between armed actors.
CLASH_CASES = [
    ("The army killed eleven insurgents in the hills east of the river.", True),
    ("Rebel fighters attacked a military camp outside the town, wounding several soldiers.", True),
    ("Gunmen attacked a village wedding and shot dead nine guests, police said.", False),
    ("Militants abducted four teachers on the road to the school.", False),
]


@pytest.mark.parametrize(("sentence", "expected"), CLASH_CASES)
def test_an_armed_actor_acting_on_another_is_a_clash(sentence, expected):
    assert armed_on_armed(sentence, find_triggers(sentence)) is expected


SIDES_CASES = [
    # the model is told which armed actors the sentence names, and which come after its event word
    ("Rebels ambushed an army convoy on the mountain road.", ["state", "nonstate"], ["state"]),
    ("Government troops detained four students outside the library.", ["state"], []),
    ("Villagers said the harvest was the best in ten years.", [], []),
]


@pytest.mark.parametrize(("sentence", "named", "acted_on"), SIDES_CASES)
def test_the_model_sees_who_acts_on_whom(sentence: str, named: list[str], acted_on: list[str]) -> None:
    assert sides_named(sentence) == named
    terms = features(sentence, find_triggers(sentence))
    assert sorted(t for t in terms if t.startswith("ACTOR=")) == sorted(f"ACTOR={side}" for side in named)
    assert sorted(t for t in terms if t.startswith("AFTER=")) == sorted(f"AFTER={side}" for side in acted_on)


def test_violence_between_armed_actors_is_no_attack_on_civilians(extract_text):
    incidents = extract_text("Soldiers killed six militants near the border post on Wednesday.")["incidents"]
    assert incidents and incidents[0]["sub_event_type"] == "Armed clash"


TERRITORY_CASES = [
    # the subject of the clause takes the place, whoever fights beside it
    (
        "The national army and allied tribal militias took control of the valley town on Monday.",
        "Government regains territory",
    ),
    # retaking a place is no government's act when a non-state group does it
    (
        "Jihadist fighters recaptured the oasis village from the army after a night of fighting.",
        "Non-state actor overtakes territory",
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), TERRITORY_CASES)
def test_who_takes_a_place_decides_its_territory_type(sentence, expected):
    assert _rule(sentence) == expected


def test_police_clashing_with_demonstrators_is_a_violent_demonstration():
    sentence = "Riot police clashed for hours with stone-throwing demonstrators in the port city."
    assert _rule(sentence) == "Violent demonstration"
    sentence = "Officers fought running battles with several hundred protesters near the stadium."
    assert _rule(sentence) == "Violent demonstration"


def test_a_protest_or_an_arrest_told_with_a_verb_is_one_event_without_a_place(extract_text):
    # neither sentence names a place or a date: the verb in the past tells of one act
    incidents = extract_text("Hundreds of nurses marched to demand their unpaid wages.")["incidents"]
    assert [i["sub_event_type"] for i in incidents] == ["Peaceful protest"]
    incidents = extract_text("Police detained 40 students accused of organising the strike.")["incidents"]
    assert incidents and incidents[0]["sub_event_type"] == "Arrests"


def test_violence_talked_about_in_the_plural_is_no_incident(extract_text):
    assert (
        extract_text("Bombings and assassinations remain a threat to the peace process.")["incidents"] == []
    )


def test_a_generic_sentence_keeps_its_own_margin():
    sentence = "One man was killed near the market."
    triggers = find_triggers(sentence)
    sure_none = {
        "format": FORMAT,
        "classes": ["Attack", NO_EVENT],
        "idf": {"killed": 1.0},
        "weights": {"killed": [0.0, 0.3]},
        "bias": [0.0, 0.0],
        "none_margin": 0.0,
        "generic_margin": 0.5,
    }
    with using_model(model_from_dict(sure_none)):
        assert sub_event_type(sentence, triggers) is None
        assert sub_event_type(sentence, triggers, generic=True) == "Attack"


def test_a_ceasefire_is_the_event_not_the_fighting_it_ends():
    sentence = "The army and the rebels agreed to a ceasefire after a month of fighting in the valley."
    assert _rule(sentence) == "Agreement"
    # with a violent act of another kind the act comes first
    sentence = "Shelling hit the valley hours after the ceasefire was agreed."
    assert _rule(sentence) == "Shelling/artillery/missile attack"


def test_violent_protests_are_a_violent_demonstration():
    assert (
        _rule("Violent protests broke out in the northern towns over fuel prices.") == "Violent demonstration"
    )
