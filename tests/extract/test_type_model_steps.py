"""The sub-type model's two steps (is it a conflict event at all, then which sub-type) and the model's last
word where the rules see only talk of violence.

Every sentence here is composed for the test; none comes from an evaluation set.
"""

from __future__ import annotations

from typing import Any

from harmwatch.extract.incidents.classify import (
    FORMAT,
    NO_EVENT,
    model_from_dict,
    sub_event_type,
    using_model,
)
from harmwatch.extract.incidents.words import find_triggers, not_an_event


def _two_steps(gate_weight: float, **extra: Any) -> dict[str, Any]:
    """A toy model: the first step reads one word ("football"), the second prefers "Agreement" on "truce"."""
    return {
        "format": FORMAT,
        "classes": ["Attack", "Agreement", NO_EVENT],
        "idf": {"football": 1.0, "truce": 1.0},
        "weights": {"truce": [0.0, 1.0, 5.0]},
        "bias": [0.1, 0.0, 0.0],
        "gate": {"football": gate_weight},
        "gate_bias": -0.5,
        **extra,
    }


def test_the_first_step_decides_no_event_by_its_threshold():
    sentence = "Gunmen attacked the crowd after the football match."
    triggers = find_triggers(sentence)
    # first step: 1.0 * 1.0 - 0.5 = 0.5: no event at threshold 0.4, an event at threshold 0.6
    with using_model(model_from_dict(_two_steps(1.0, none_margin=0.4))):
        assert sub_event_type(sentence, triggers) is None
    with using_model(model_from_dict(_two_steps(1.0, none_margin=0.6))):
        assert sub_event_type(sentence, triggers) == "Attack"


def test_past_the_first_step_the_no_event_class_never_wins():
    # the second step scores NO_EVENT highest on "truce", but the first step said it is an event
    sentence = "Gunmen attacked the village despite the truce."
    with using_model(model_from_dict(_two_steps(0.0))):
        assert sub_event_type(sentence, find_triggers(sentence)) == "Agreement"


def test_the_model_may_overrule_a_violent_reading_of_the_rules():
    sentence = "Warplanes bombed the village despite the truce."
    triggers = find_triggers(sentence)
    with using_model(model_from_dict(_two_steps(0.0, violent_stays=True))):
        assert sub_event_type(sentence, triggers) == "Air/drone strike"
    with using_model(model_from_dict(_two_steps(0.0, violent_stays=False))):
        assert sub_event_type(sentence, triggers) == "Agreement"


def test_a_model_without_a_first_step_compares_classes():
    model = model_from_dict(_without_gate())
    assert model.gate is None and model.gate_score(["football"]) is None


def _without_gate() -> dict[str, Any]:
    data = _two_steps(0.0)
    del data["gate"], data["gate_bias"]
    return data


LEAD_ONLY_TALK = (
    "Warplanes bombed the market in the rebel-held town of Velmar in a campaign of air raids on Tuesday, "
    "killing nine people."
)


def test_the_model_types_an_event_the_rules_take_for_talk(extract_text):
    # "campaign" makes the rules read the sentence as talk about violence; the model reads an air strike
    assert not_an_event(LEAD_ONLY_TALK)
    incidents = extract_text(LEAD_ONLY_TALK)["incidents"]
    assert [i["sub_event_type"] for i in incidents] == ["Air/drone strike"]


def test_talk_of_violence_after_the_lead_stays_talk(extract_text):
    text = (
        "The city council met on Monday to discuss the budget for next year.\n\n"
        "Members also spoke of the campaign of air raids that warplanes carried out on the region."
    )
    assert extract_text(text)["incidents"] == []


def test_a_threat_or_a_plan_is_never_an_event(extract_text):
    # the model has no last word on violence that has not happened
    text = "Militants threatened to bomb the bridge over the river at Velmar on Monday."
    assert not_an_event(text)
    assert extract_text(text)["incidents"] == []
