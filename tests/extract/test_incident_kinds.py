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


def _case(sentence: str, expected: str, shape: str) -> object:
    return pytest.param(sentence, expected, id=shape)


RULE_CASES = [
    # protests: demonstrators who are not violent, and what the authorities do to them
    _case(
        "Several hundred nurses rallied outside the health ministry on Monday to demand back pay.",
        "Peaceful protest",
        "nurses_rallied_to_demand",
    ),
    _case(
        "Riot police fired tear gas to disperse students marching towards the palace.",
        "Protest with intervention",
        "police_fired_tear_gas_to_disperse_marchers",
    ),
    _case(
        "Officers detained forty demonstrators who had gathered without a permit.",
        "Protest with intervention",
        "officers_detained_gathered_demonstrators",
    ),
    _case(
        "Soldiers opened fire on unarmed protesters in the main square, killing six of them.",
        "Excessive force against protesters",
        "soldiers_opened_fire_on_unarmed_protesters",
    ),
    # riots: the demonstrators are violent, or an unorganised crowd attacks
    _case(
        "Protesters hurled stones at the police station and set two cars on fire.",
        "Violent demonstration",
        "protesters_hurled_stones",
    ),
    _case(
        "Rioters looted shops along the market road after the verdict.",
        "Violent demonstration",
        "rioters_looted_shops",
    ),
    _case("A mob lynched two men accused of stealing goats near the river.", "Mob violence", "a_mob_lynched"),
    # territory: who takes control, and whether by fighting
    _case(
        "Army troops recaptured the hill town from the insurgents after a week.",
        "Government regains territory",
        "army_recaptured_from_insurgents",
    ),
    _case(
        "Rebels seized control of the border crossing on Thursday.",
        "Non-state actor overtakes territory",
        "rebels_seized_control",
    ),
    _case(
        "The militia withdrew from the port city and the federal police took over without a fight.",
        "Non-violent transfer of territory",
        "militia_withdrew_and_police_took_over",
    ),
    # strategic developments
    _case(
        "Sappers defused a roadside bomb planted near the bridge.",
        "Disrupted weapons use",
        "sappers_defused_a_bomb",
    ),
    _case(
        "Customs officers found a cache of rifles and ammunition in a lorry.",
        "Disrupted weapons use",
        "officers_found_a_cache_of_rifles",
    ),
    _case(
        "Foreign troops set up a new military base outside the provincial capital.",
        "Headquarters or base established",
        "troops_set_up_a_base",
    ),
    _case(
        "The two armed factions signed a ceasefire agreement in the capital.",
        "Agreement",
        "factions_signed_a_ceasefire",
    ),
    _case(
        "Two hundred fighters defected from the rebel movement to the government side.",
        "Change to group/activity",
        "fighters_defected",
    ),
    _case(
        "Gunmen torched a dozen houses in the farming village overnight.",
        "Looting/property destruction",
        "gunmen_torched_houses",
    ),
    # violence against civilians
    _case(
        "Militiamen raped three women at a checkpoint, a rights group said.",
        "Sexual violence",
        "militiamen_raped",
    ),
    _case(
        "Soldiers raped and killed a teenager in the camp.", "Sexual violence", "soldiers_raped_and_killed"
    ),
    _case(
        "Armed men abducted a priest from his parish house.",
        "Abduction/forced disappearance",
        "armed_men_abducted",
    ),
    # who takes a place decides its territory type: the subject of the clause takes the place, whoever fights
    # beside it
    _case(
        "The national army and allied tribal militias took control of the valley town on Monday.",
        "Government regains territory",
        "army_and_allied_militias_took_control",
    ),
    # retaking a place is no government's act when a non-state group does it
    _case(
        "Jihadist fighters recaptured the oasis village from the army after a night of fighting.",
        "Non-state actor overtakes territory",
        "jihadists_recaptured_from_the_army",
    ),
    # police clashing with demonstrators is a violent demonstration
    _case(
        "Riot police clashed for hours with stone-throwing demonstrators in the port city.",
        "Violent demonstration",
        "police_clashed_with_demonstrators",
    ),
    _case(
        "Officers fought running battles with several hundred protesters near the stadium.",
        "Violent demonstration",
        "officers_fought_battles_with_protesters",
    ),
    _case(
        "Violent protests broke out in the northern towns over fuel prices.",
        "Violent demonstration",
        "violent_protests_broke_out",
    ),
    # a ceasefire is the event, not the fighting it ends
    _case(
        "The army and the rebels agreed to a ceasefire after a month of fighting in the valley.",
        "Agreement",
        "agreed_to_a_ceasefire_after_fighting",
    ),
    # with a violent act of another kind the act comes first
    _case(
        "Shelling hit the valley hours after the ceasefire was agreed.",
        "Shelling/artillery/missile attack",
        "shelling_hit_after_a_ceasefire",
    ),
    # ACLED's codebook counts a surrender among agreements, not as a change to the group
    _case(
        "Some forty rebels laid down their arms at the police post of Korin on Sunday.",
        "Agreement",
        "rebels_laid_down_arms",
    ),
    _case(
        "The besieged garrison surrendered to the militia after two weeks without food.",
        "Agreement",
        "garrison_surrendered",
    ),
    # the taker of a place is the subject of the clause its conjunction opens, not the dead before it
    _case(
        "12 militants killed as the army seizes two villages in the west",
        "Government regains territory",
        "taker_after_a_conjunction_without_commas",
    ),
    # "captured" with a village near its object is still an arrest
    _case(
        "Police captured two smugglers near the village of Tarim.",
        "Arrests",
        "police_captured_people_near_a_village",
    ),
    # a demonstration called non-violent is no violent one
    _case(
        "Dozens were hurt when police used batons to break up a non-violent demonstration of teachers.",
        "Protest with intervention",
        "non_violent_demonstration_broken_up",
    ),
    # a clash takes two sides: told of a protest, the demonstrators fought (ACLED's violent demonstration)
    _case(
        "Clashes broke out between riot police and students protesting outside the court.",
        "Violent demonstration",
        "clashes_between_police_and_protesters",
    ),
    _case(
        "There were scuffles as the marchers reached the square, and one of them was arrested.",
        "Violent demonstration",
        "scuffles_during_a_march",
    ),
    # a reported clause has a subject of its own: who took the place is named after the reporting verb
    _case(
        "A spokesman for the army said rebel fighters had gained ground in the eastern suburbs.",
        "Non-state actor overtakes territory",
        "army_spokesman_said_rebels_gained_ground",
    ),
    _case(
        "Rebel commanders said government troops had taken control of the border crossing.",
        "Government regains territory",
        "rebels_said_troops_took_control",
    ),
    # a device defused is disrupted use even when the sentence recalls an earlier blast that killed
    _case(
        "A second device was found under the bridge and defused, days after a blast killed six commuters.",
        "Disrupted weapons use",
        "defused_days_after_a_deadly_blast",
    ),
    _case(
        "Police tried to defuse the device but it exploded, killing two officers.",
        "Remote explosive/landmine/IED",
        "a_device_that_went_off_while_being_defused",
    ),
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


@pytest.mark.parametrize(
    "sentence",
    NON_CONFLICT,
    ids=["an_earthquake_killed", "a_gas_cylinder_exploded", "an_outbreak_infected", "floods_killed"],
)
def test_harm_that_no_one_inflicted_is_no_event(sentence):
    triggers = find_triggers(sentence)
    assert no_one_inflicted(sentence, [t for t in triggers if t.sub_event_type])
    assert sub_event_type(sentence, triggers) is None


@pytest.mark.parametrize(
    "sentence",
    NON_CONFLICT,
    ids=["an_earthquake_killed", "a_gas_cylinder_exploded", "an_outbreak_infected", "floods_killed"],
)
def test_non_conflict_snippets_yield_no_incident(sentence, extract_text):
    assert extract_text(sentence)["incidents"] == []


@pytest.mark.parametrize(
    ("text", "expected", "killed"),
    [
        # a bomb in a market is still an attack
        pytest.param(
            "A car bomb exploded in a crowded market in the northern town on Friday, killing 9 people.",
            "Remote explosive/landmine/IED",
            9,
            id="bomb_exploded_in_a_market_killing",
        ),
        # excessive force carries its victims and figures
        pytest.param(
            "Police opened fire on protesters in the northern city on Tuesday, killing 5 of them.",
            "Excessive force against protesters",
            5,
            id="police_opened_fire_on_protesters_killing",
        ),
    ],
)
def test_an_incident_carries_its_toll_and_claims(text, expected, killed, extract_text):
    incident = extract_text(text)["incidents"][0]
    assert incident["sub_event_type"] == expected
    assert incident["casualties"]["killed"]["low"] == killed
    assert incident["claim_ids"]


PIPELINE_CASES = [
    _case(
        "Police fired tear gas and water cannon at thousands of protesters in the capital on Saturday.",
        "Protest with intervention",
        "police_fired_tear_gas_at_protesters",
    ),
    _case(
        "Security forces shot dead four protesters during a march in the southern city on Sunday.",
        "Excessive force against protesters",
        "forces_shot_dead_protesters",
    ),
    _case(
        "Government troops recaptured the town of Kalamu from rebel fighters on Monday.",
        "Government regains territory",
        "troops_recaptured_a_named_town",
    ),
    _case(
        "Militiamen raped two women near the camp in the eastern province on Friday.",
        "Sexual violence",
        "militiamen_raped_near_a_camp",
    ),
    # violence between armed actors is no attack on civilians
    _case(
        "Soldiers killed six militants near the border post on Wednesday.",
        "Armed clash",
        "soldiers_killed_militants",
    ),
    # looting and destruction are the event only outside other violence: with people killed, an attack
    _case(
        "Gunmen torched five houses and killed a shepherd in the hamlet of Dovra on Tuesday.",
        "Attack",
        "torched_houses_and_killed_a_shepherd",
    ),
    _case(
        "Armed men looted the grain store in the village of Sarn and burned two trucks on Tuesday.",
        "Looting/property destruction",
        "looted_and_burned_with_no_one_harmed",
    ),
    # ACLED's "Agreement" covers surrenders, not only signed deals
    _case(
        "Thirty fighters of the rebel movement surrendered to the army in the town of Velmar on Monday.",
        "Agreement",
        "fighters_surrendered",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PIPELINE_CASES)
def test_sub_event_types_through_the_pipeline(text, expected, extract_text):
    incidents = extract_text(text)["incidents"]
    assert incidents and incidents[0]["sub_event_type"] == expected


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


@pytest.mark.parametrize(
    ("sentence", "expected"),
    CLASH_CASES,
    ids=[
        "army_killed_insurgents",
        "rebels_attacked_a_camp",
        "gunmen_shot_wedding_guests",
        "militants_abducted_teachers",
    ],
)
def test_an_armed_actor_acting_on_another_is_a_clash(sentence, expected):
    assert armed_on_armed(sentence, find_triggers(sentence)) is expected


SIDES_CASES = [
    # the model is told which armed actors the sentence names, and which come after its event word
    ("Rebels ambushed an army convoy on the mountain road.", ["state", "nonstate"], ["state"]),
    ("Government troops detained four students outside the library.", ["state"], []),
    ("Villagers said the harvest was the best in ten years.", [], []),
]


@pytest.mark.parametrize(
    ("sentence", "named", "acted_on"),
    SIDES_CASES,
    ids=["rebels_ambushed_an_army_convoy", "troops_detained_students", "no_armed_actor"],
)
def test_the_model_sees_who_acts_on_whom(sentence: str, named: list[str], acted_on: list[str]) -> None:
    assert sides_named(sentence) == named
    terms = features(sentence, find_triggers(sentence))
    assert sorted(t for t in terms if t.startswith("ACTOR=")) == sorted(f"ACTOR={side}" for side in named)
    assert sorted(t for t in terms if t.startswith("AFTER=")) == sorted(f"AFTER={side}" for side in acted_on)


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


@pytest.mark.parametrize(
    "text",
    [
        "A boiler exploded at the paper mill on Monday, injuring six workers. The explosion happened shortly "
        "after the night shift began, the fire service said.",
        "Eleven passengers were killed when their minibus left the road near Kasso. Nine more were injured in "
        "the accident, the provincial governor said.",
    ],
    ids=["the_explosion_after_a_boiler_blast", "killed_before_the_accident_is_named"],
)
def test_harm_told_with_an_accident_in_its_paragraph_is_no_incident(extract_text, text):
    assert extract_text(text)["incidents"] == []


def test_a_bomb_near_a_factory_stays_an_incident(extract_text):
    text = (
        "A car bomb exploded outside a textile factory in the town on Monday, killing four guards. "
        "The explosion shattered windows across the street."
    )
    assert [i["sub_event_type"] for i in extract_text(text)["incidents"]] == ["Remote explosive/landmine/IED"]


def test_a_demonstration_told_over_sentences_is_one_event_typed_by_how_far_it_went(extract_text):
    text = (
        "Several thousand teachers marched through the capital on Saturday to demand higher pay. "
        "Clashes broke out between police and the marchers when they reached the ministry."
    )
    assert [i["sub_event_type"] for i in extract_text(text)["incidents"]] == ["Violent demonstration"]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        pytest.param(
            "Police in Marvella arrested two brothers on Tuesday who had killed four farm workers.\n\n"
            "Gunmen opened fire on a bus near Marvella on Monday night, the regional governor said.",
            "Attack",
            id="an_arrest_over_murders_then_an_ambush",
        ),
        pytest.param(
            "About 2,000 students marched peacefully through Corvale on Friday to mourn three classmates "
            "killed last month.\n\nOn Thursday a bomb exploded outside the town's electricity company.",
            "Remote explosive/landmine/IED",
            id="a_march_for_the_dead_then_a_bomb",
        ),
    ],
)
def test_harm_counted_beside_an_arrest_or_a_march_does_not_lead(extract_text, text, first):
    """An arrest or a peaceful march harms no one: the dead counted beside it do not make it the main event
    when the text also tells of violence."""
    incidents = extract_text(text)["incidents"]
    assert incidents[0]["sub_event_type"] == first
    assert EVENT_TYPE[incidents[1]["sub_event_type"]] in ("Strategic developments", "Protests")


def test_an_arrest_told_alone_still_leads_with_its_count(extract_text):
    text = "Police in Marvella arrested two brothers on Tuesday who had killed four farm workers."
    assert [i["sub_event_type"] for i in extract_text(text)["incidents"]] == ["Arrests"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A union organiser was shot to death outside his home in Pelora on Sunday.", "Attack"),
        ("Two councillors were shot by gunmen in a passing car in Pelora on Sunday.", "Attack"),
        ("The shopkeeper died of gunshot wounds in the Pelora clinic on Sunday night.", "Attack"),
        ("A helicopter of the air force was shot down over the hills near Pelora.", "Disrupted weapons use"),
    ],
    ids=["shot_to_death", "were_shot_by", "died_of_gunshot_wounds", "an_aircraft_shot_down"],
)
def test_a_person_shot_is_an_attack(text, expected, extract_text):
    """Shooting at people is told in the passive ("was shot", "shot to death") and by the wounds it leaves;
    an aircraft "shot down" is not shot at a person."""
    incidents = extract_text(text)["incidents"]
    assert incidents and incidents[0]["sub_event_type"] == expected


def test_a_device_set_off_is_no_accident(extract_text):
    """A bomb or a dynamite charge is a weapon someone set, even where an accident word tells the harm."""
    text = (
        "A goods train derailed outside Ostrava on Sunday night when it ran over a dynamite charge laid on "
        "the track. The blast killed the engineer."
    )
    assert [i["sub_event_type"] for i in extract_text(text)["incidents"]] == ["Remote explosive/landmine/IED"]
    sentence = "A bomb hidden beside the gas tanks of a bus station went off, killing a guard."
    triggers = find_triggers(sentence)
    assert not no_one_inflicted(sentence, [t for t in triggers if t.sub_event_type])
    # a blast with no device named beside an accident word stays harm no one inflicted
    sentence = "A gas tank blast at the bus station killed a guard."
    triggers = find_triggers(sentence)
    assert no_one_inflicted(sentence, [t for t in triggers if t.sub_event_type])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a verb of killing with victims is violence, whatever nouns name the victims
        ("Gunmen killed two porters and three recruits near the base on Sunday.", "Attack"),
        ("Bandits killed a cook and four new recruits at the camp.", "Attack"),
        ("Insurgents wounded nine soldiers who had been deployed to the valley.", "Armed clash"),
        # without a verb of killing the change to the group stands, also beside a death that no one inflicted
        ("The militia recruited 40 teenagers in the province.", "Change to group/activity"),
        ("The rebels named a new commander after their leader died.", "Change to group/activity"),
    ],
)
def test_a_killing_whose_victims_are_recruits_is_violence(sentence, expected):
    assert _rule(sentence) == expected
