"""Training the sub-type model: its settings are chosen by cross-validation inside the snippets it is given,
and claims of responsibility are taught as no conflict event (the scorer expects no incident for them).

The snippets here are composed for the test; none comes from an evaluation set.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from harmwatch.errors import EvaluationError
from harmwatch.evaluate import type_model
from harmwatch.evaluate.data import Document
from harmwatch.evaluate.matching import Report
from harmwatch.evaluate.type_model import (
    GRID,
    Tuning,
    case_examples,
    choose,
    choose_weak_labels,
    halves,
    handled,
    read_weak_labels,
    train,
    weak_examples,
    write_weak_labels,
)
from harmwatch.extract.incidents.classify import NO_EVENT, TypeModel

pytest.importorskip("sklearn")

TEXTS = {
    "ARMED_CLASH": "Soldiers fought rebels outside the town of Velmar for two hours on Monday.",
    "PEACE_PROTEST": "Hundreds of nurses marched to the ministry to demand their unpaid wages.",
    "ATTRIB": "The group said in a statement that its fighters were behind the ambush.",
    "NATURAL_DISASTER": "Floods swept away dozens of houses after a week of heavy rain.",
}


def _docs() -> list[Document]:
    # ids are even, as in the development split; every kind in every quarter
    kinds = [kind for kind in TEXTS for _ in range(4)]
    return [Document(str(2 * n), TEXTS[kinds[n % 16]], {"sub_type": kinds[n % 16]}) for n in range(64)]


def test_claims_of_responsibility_are_taught_as_no_event():
    labels = {text: label for text, label in case_examples(_docs())}
    assert labels[TEXTS["ATTRIB"]] == NO_EVENT
    assert labels[TEXTS["NATURAL_DISASTER"]] == NO_EVENT
    assert labels[TEXTS["ARMED_CLASH"]] == "Armed clash"


def test_halves_split_and_split_again():
    docs = _docs()
    a, b = halves(docs)
    assert {d.id for d in a} & {d.id for d in b} == set() and len(a) + len(b) == len(docs)
    inner = halves(a, level=2)
    assert all(inner) and {d.id for d in inner[0] + inner[1]} == {d.id for d in a}


def test_handled_counts_types_and_silences_together():
    scores = {"sub_event_acc": 0.5, "snippets": 8, "unseen_no_incident": 1.0, "unseen_snippets": 2}
    assert handled(scores) == pytest.approx(0.6)


def test_the_setting_is_chosen_on_the_given_snippets_only():
    docs = _docs()
    seen: set[str] = set()
    wanted = Tuning(rule_bonus=0.25, none_margin=0.1)
    assert wanted in GRID and wanted != GRID[0]

    def extract(model: TypeModel, some: Sequence[Document]) -> list[Report]:
        seen.update(d.id for d in some)
        # a stand-in pipeline: every conflict snippet typed right under the wanted setting only
        right = (model.rule_bonus, model.none_margin) == (wanted.rule_bonus, wanted.none_margin)
        return [
            {"incidents": [{"sub_event_type": "Armed clash" if right else "Attack"}]}
            if d.gold["sub_type"] == "ARMED_CLASH"
            else {"incidents": []}
            for d in some
        ]

    half = halves(docs)[0]
    assert choose(half, None, extract, level=2) == wanted
    assert seen == {d.id for d in half}


def test_weak_labels_count_whole_in_the_first_step(monkeypatch):
    # a word seen only in weak labels of events: the first step (positive = no event) leans further toward
    # "event" on it when weak labels count whole there
    examples = case_examples(_docs()[:16])
    weak = [
        ("Guerrillas dynamited a power pylon outside the town of Korin.", "Remote explosive/landmine/IED")
    ] * 3
    monkeypatch.setattr(type_model, "GATE_WEAK_WEIGHT", 0.3)
    light = train(examples, weak)
    monkeypatch.setattr(type_model, "GATE_WEAK_WEIGHT", 1.0)
    whole = train(examples, weak)
    assert whole["gate_weak_weight"] == 1.0
    assert whole["gate"]["dynamited"] < light["gate"]["dynamited"] < 0
    # the sub-type step counts them as before
    assert whole["weights"]["dynamited"] == light["weights"]["dynamited"]


MESSAGES = [
    Document(
        "M-1",
        "The mayor of Tarvel spoke to reporters on Friday. Gunmen ambushed a bus near Tarvel at dawn. "
        "Two men murdered a judge in the town square.",
        {"relevant": True, "templates": [{"incident_type": ["ATTACK"]}]},
    ),
    Document(
        "M-2",
        "A bomb went off outside a bank in Sorel overnight.",
        {"relevant": False, "templates": []},
    ),
]


def test_a_weak_label_is_the_first_sentence_the_rules_type_as_its_templates():
    labels = choose_weak_labels(MESSAGES)
    # the ambush is a clash, one of MUC-4's attacks; the message that tells of no template gives none
    assert [(w.doc_id, w.sentence, w.label) for w in labels] == [("M-1", 1, "Armed clash")]
    assert weak_examples(MESSAGES, read_weak_labels(write_weak_labels(labels))) == [
        ("Gunmen ambushed a bus near Tarvel at dawn.", "Armed clash")
    ]


def test_weak_labels_stay_as_chosen_when_the_rules_change(monkeypatch):
    chosen = choose_weak_labels(MESSAGES)
    # rules that would read the mayor's words as an attack choose another sentence, but only when the
    # weak labels are chosen again: the model's training set stays the chosen one
    monkeypatch.setattr(type_model, "rule_type", lambda text, triggers: "Attack")
    assert [w.sentence for w in choose_weak_labels(MESSAGES)] == [0]
    assert weak_examples(MESSAGES, chosen) == [("Gunmen ambushed a bus near Tarvel at dawn.", "Armed clash")]


def test_a_weak_label_the_messages_no_longer_hold_is_an_error():
    chosen = choose_weak_labels(MESSAGES)
    edited = [Document("M-1", MESSAGES[0].text.replace("a bus", "a lorry"), MESSAGES[0].gold)]
    with pytest.raises(EvaluationError, match="choose the weak labels again"):
        weak_examples(edited, chosen)
