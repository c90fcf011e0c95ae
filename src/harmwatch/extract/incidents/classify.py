"""A small linear model that decides the ACLED sub-event type of a sentence, or that it tells of no conflict
event at all (a disaster, a crime, diplomacy): `sub_event_type`.

Its features are the sentence's words and word pairs and what the rules make of it (`kinds.rule_type`, the
typed event words, the acting side, the protest cues, the kinds of armed actor it names and those it names
after its event word), and since model v8 each typed event word's context joined with its type: the words
next to it and, from the parse, the word that governs it, its subject and object and a negation, weighted by
tf-idf. Two steps score them: a first linear function tells whether the
sentence tells of no conflict event at all (NO_EVENT when it reaches a threshold), then one linear function
per class picks the sub-type. (A model without the first step compares the NO_EVENT class with the
sub-types instead.) The weights live in
`data/event_types.json`, written by `make model` (harmwatch.evaluate.type_model) and read once; scoring needs
no library beyond the standard one.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from harmwatch.errors import HarmWatchError
from harmwatch.extract.incidents.kinds import (
    LOOTING,
    actor_side,
    armed_on_armed,
    cues,
    looting_amid_violence,
    no_one_inflicted,
    rule_type,
    sides_named,
)
from harmwatch.extract.incidents.words import EVENT_TYPE, SUB_EVENT_TYPES, Trigger, find_triggers

if TYPE_CHECKING:
    from spacy.tokens import Doc

MODEL_FILE = "data/event_types.json"
FORMAT = "harmwatch.event_types/1"
NO_EVENT = "none"  # the class of sentences that tell of no conflict event
VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
_STEM = 5
_MODIFIER = frozenset({"compound", "amod"})
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "agent"})
_WINDOW = 3  # words on each side of an event word that tell its context
_TOKEN = re.compile(r"(?u)\b\w\w+\b")


class ModelError(HarmWatchError):
    """The sub-event type model file is missing or malformed."""

    code = "model"


def features(
    text: str, triggers: list[Trigger] | None = None, start: int = 0, doc: Doc | None = None
) -> list[str]:
    """The model's terms for a sentence: words, word pairs and the rules' reading of it.
    `triggers` are `find_triggers(text, start)` when the caller has them; `doc` is the parsed article (or
    text) whose character offsets the triggers' spans are, when the caller has it."""
    triggers = find_triggers(text, start) if triggers is None else triggers
    words = _TOKEN.findall(text.lower())
    out = words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]
    # a word's stem meets its other forms ("protesters", "protesting"): few examples per class need it
    out += [f"STEM={w[:_STEM]}" for w in words if len(w) > _STEM]
    out.append(f"RULE={rule_type(text, triggers, start)}")
    typed = [t for t in triggers if t.sub_event_type]
    out += sorted({f"WORD={t.sub_event_type}" for t in typed})
    out += _context(text, typed, start)
    if doc is not None:
        out += _dependencies(doc, typed)
    if triggers:
        side = actor_side(text, triggers[0].span[0] - start)
        out.append(f"SIDE={side}")
        if armed_on_armed(text, triggers, start):
            out.append("SIDE=both")
        # who is acted on: the armed actors named after the first event word
        out += [f"AFTER={side}" for side in sides_named(text, triggers[0].span[1] - start)]
    else:
        out.append("NO_EVENT_WORD")
    out += [f"ACTOR={side}" for side in sides_named(text)]
    out += [f"CUE={c}" for c in cues(text)]
    return out


def _context(text: str, typed: list[Trigger], start: int) -> list[str]:
    """The stems of the words next to each typed event word, joined with its type: what happens to the
    thing the word names ("a bomb was defused", "the town was retaken", "the man was captured")."""
    out = set()
    for t in typed:
        left = _TOKEN.findall(text[: t.span[0] - start].lower())[-_WINDOW:]
        right = _TOKEN.findall(text[t.span[1] - start :].lower())[:_WINDOW]
        out |= {f"CTX={t.sub_event_type}|{w[:_STEM]}" for w in left + right}
    return sorted(out)


def _dependencies(doc: Doc, typed: list[Trigger]) -> list[str]:
    """What the parse says of each typed event word, joined with its type: the word that governs it and its
    relation to it ("devices" the subject of "found"), the subject and object of the word when it is a verb
    or of its governor when it is a noun (their entity label, else their lemma: "captured" a place or a
    person), and a negation of either."""
    out = set()
    for t in typed:
        span = doc.char_span(t.span[0], t.span[1], alignment_mode="expand")
        if span is None or not span.root.dep_:  # outside the parsed sentences
            continue
        word, sub = span.root, t.sub_event_type
        while word.dep_ in _MODIFIER and word.head is not word:  # "bomb" in "bomb attack"
            word = word.head
        governor = word.head if word.head is not word else word
        out.add(f"DEP={sub}|{word.dep_}")
        if governor is not word:
            out.add(f"GOV={sub}|{governor.lemma_.lower()}")
        for head in {word, governor}:
            for child in head.children:
                if child.dep_ in _ARGUMENTS:
                    out.add(f"ARG={sub}|{child.dep_}|{child.ent_type_ or child.lemma_.lower()}")
                elif child.dep_ == "neg":
                    out.add(f"NEG={sub}")
    return sorted(out)


@dataclass(frozen=True, slots=True)
class TypeModel:
    """Linear scores over tf-idf weighted terms: one weight per class for each known term."""

    classes: tuple[str, ...]
    idf: dict[str, float]
    weights: dict[str, list[float]]
    bias: tuple[float, ...]
    version: str = ""
    # "no event" wins only by this much over the best sub-type: a sentence with event words is an event
    # unless the model is sure it is not
    none_margin: float = 0.0
    # added to the score of the type the rules give: where the model is unsure, the rules decide
    rule_bonus: float = 0.0
    # the margin for sentences with generic event words only ("one person was killed")
    generic_margin: float = 0.0
    # the first step, when the model has one: a linear score of "no conflict event" against all sub-types
    # together; NO_EVENT when it reaches the margin
    gate: dict[str, float] | None = None
    gate_bias: float = 0.0
    # a sentence the rules find violent stays violent: the model picks among violent kinds only
    violent_stays: bool = True

    def _vector(self, terms: list[str]) -> dict[str, float]:
        counts = Counter(t for t in terms if t in self.idf)
        vec = {t: (1.0 + math.log(n)) * self.idf[t] for t, n in counts.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        return {t: v / norm for t, v in vec.items()}

    def _scores(self, vec: dict[str, float]) -> list[float]:
        out = list(self.bias)
        for term, value in vec.items():
            for i, w in enumerate(self.weights.get(term, ())):
                out[i] += w * value
        return out

    def _gate(self, vec: dict[str, float]) -> float | None:
        if self.gate is None:
            return None
        gate = self.gate
        return self.gate_bias + sum(gate.get(t, 0.0) * v for t, v in vec.items())

    def gate_score(self, terms: list[str]) -> float | None:
        """How much the sentence looks like no conflict event (None: the model has no first step)."""
        return self._gate(self._vector(terms))

    def predict(self, terms: list[str], margin: float = 0.0, rule: str | None = None) -> str:
        """NO_EVENT when it beats every sub-type by `margin`; else the best sub-type, the rules' type `rule`
        favoured by `rule_bonus`."""
        vec = self._vector(terms)  # once: both steps score the same weighted terms
        scores = self._scores(vec)
        gate = self._gate(vec)
        if gate is not None:
            if gate >= margin:
                return NO_EVENT
        elif NO_EVENT in self.classes:
            none = scores[self.classes.index(NO_EVENT)]
            others = [s for c, s in zip(self.classes, scores, strict=True) if c != NO_EVENT]
            if not others or none - max(others) >= margin:
                return NO_EVENT
        if rule in self.classes:
            scores[self.classes.index(rule)] += self.rule_bonus
        return max((c for c in self.classes if c != NO_EVENT), key=lambda c: scores[self.classes.index(c)])


def model_from_dict(data: dict[str, Any]) -> TypeModel:
    """A model from its JSON form (checks the format and that every class is a sub-type or NO_EVENT)."""
    if data.get("format") != FORMAT:
        raise ModelError(f"sub-event type model has format {data.get('format')!r}, expected {FORMAT!r}")
    classes = tuple(data["classes"])
    unknown = set(classes) - {*SUB_EVENT_TYPES, NO_EVENT}
    if unknown:
        raise ModelError(f"sub-event type model names unknown classes {sorted(unknown)}; retrain it")
    return TypeModel(
        classes,
        dict(data["idf"]),
        dict(data["weights"]),
        tuple(data["bias"]),
        data.get("version", ""),
        float(data.get("none_margin", 0.0)),
        float(data.get("rule_bonus", 0.0)),
        float(data.get("generic_margin", data.get("none_margin", 0.0))),
        dict(data["gate"]) if "gate" in data else None,
        float(data.get("gate_bias", 0.0)),
        bool(data.get("violent_stays", True)),
    )


@lru_cache(maxsize=1)
def shipped_model() -> TypeModel | None:
    """The packaged model, or None when the package has none (the rules then type alone)."""
    source = resources.files("harmwatch").joinpath(MODEL_FILE)
    if not source.is_file():
        return None
    try:
        return model_from_dict(json.loads(source.read_text(encoding="utf-8")))
    except (ValueError, KeyError, TypeError) as e:
        raise ModelError(f"{MODEL_FILE} is not a valid model ({e}); rebuild it with `make model`") from e


_OVERRIDE: ContextVar[TypeModel | None] = ContextVar("type_model", default=None)


@contextmanager
def using_model(model: TypeModel) -> Iterator[None]:
    """Type with `model` instead of the packaged one inside the block (cross-validation scores this way)."""
    token = _OVERRIDE.set(model)
    try:
        yield
    finally:
        _OVERRIDE.reset(token)


def sub_event_type(
    text: str,
    triggers: list[Trigger],
    start: int = 0,
    *,
    generic: bool = False,
    doc: Doc | None = None,
) -> str | None:
    """The sentence's ACLED sub-event type, or None when it tells of no conflict event. Without a model,
    the rules' type. `generic`: the sentence has only generic event words ("killed", "attacked"), and "no
    event" must beat the sub-types by the model's `generic_margin` instead of its `none_margin`. `doc`: the
    parsed article, for the model's dependency terms (`features`)."""
    if no_one_inflicted(text, [t for t in triggers if t.sub_event_type]):
        return None
    model = _OVERRIDE.get() or shipped_model()
    if model is None:
        return rule_type(text, triggers, start)
    # Event words tell of a conflict event unless the model is sure they do not (by `none_margin`).
    rule = rule_type(text, triggers, start)
    margin = model.generic_margin if generic else model.none_margin
    label = model.predict(features(text, triggers, start, doc), margin, rule)
    if label == NO_EVENT:
        return None
    # armed actors on both sides fight each other: no attack on civilians
    if label == "Attack" and armed_on_armed(text, triggers, start):
        return "Armed clash"
    if label == LOOTING and (amid := looting_amid_violence(text, triggers, start)):
        return amid
    # A sentence the rules find violent stays violent: the model picks among violent kinds only.
    if (
        model.violent_stays
        and rule is not None
        and EVENT_TYPE[rule] in VIOLENT_TYPES
        and EVENT_TYPE[label] not in VIOLENT_TYPES
    ):
        return rule
    return label
