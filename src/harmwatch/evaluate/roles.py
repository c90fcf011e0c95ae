"""Event-argument recall on WikiEvents and RAMS: does a report hold what the gold roles of violent events name?

No scorer defines these sets for HarmWatch, so the measure is ours, kept lenient because a report is not an
event-argument structure:
- Violent events: WikiEvents Conflict.Attack.*, Life.Die.*, Life.Injure.*; RAMS conflict.attack.*, life.die.*
  and life.injure.* except non-violent deaths and illness/hunger injuries.
- Roles: attacker (also killer, injurer), target, victim, instrument (also WikiEvents' ExplosiveDevice),
  place. Each distinct (role, argument span) of a document is one gold argument.
- An argument is found when one of its content words (stop words and pronouns dropped) is a content word of a
  candidate string of the report for that role, anywhere in the report:
  attacker -> incident perpetrator labels and the names and labels of their actors;
  target, victim -> incident target labels, claim victim types and 'includes', actor names and labels;
  instrument -> incident weapon labels and classes; place -> place names and as-written forms.
- event_detection: documents with a gold violent event whose report has an incident, over documents with one;
  false_alarm: documents without a gold violent event whose report has an incident, over those documents.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from harmwatch.evaluate.data import Document
from harmwatch.evaluate.matching import PRONOUNS, Report, by_id, ratio, words

ROLES = ("attacker", "target", "victim", "instrument", "place")
ROLE_NAMES = {
    "attacker": "attacker",
    "killer": "attacker",
    "injurer": "attacker",
    "target": "target",
    "victim": "victim",
    "instrument": "instrument",
    "explosivedevice": "instrument",
    "place": "place",
}
STOP_WORDS = frozenset("a an the of and or in on at to for by with from s".split()) | PRONOUNS
NON_VIOLENT = ("nonviolentdeath", "illnessdegradation")


def is_violent(event_type: str) -> bool:
    """An attack, or a death or injury not from illness or old age."""
    kind = event_type.lower()
    return kind.startswith(("conflict.attack", "life.die", "life.injure")) and not any(
        x in kind for x in NON_VIOLENT
    )


def content_words(text: str | None) -> set[str]:
    return {w for w in words(text) if w not in STOP_WORDS}


def gold_arguments(doc: Document) -> tuple[bool, set[tuple[str, str, tuple[int, ...]]]]:
    """Whether the document has a violent event, and its (role, text, span) arguments of those events."""
    gold = doc.gold
    events = gold["events"] if "events" in gold else [gold]  # RAMS: one event per document
    args = set()
    violent = False
    for event in events:
        if not is_violent(event.get("event_type") or ""):
            continue
        violent = True
        for a in event.get("arguments") or []:
            role = ROLE_NAMES.get((a.get("role") or "").lower())
            if role:
                args.add((role, a.get("text") or "", tuple(a.get("char_span") or ())))
    return violent, args


def _incident_strings(report: Report) -> Iterator[tuple[str, Any]]:
    actors = by_id(report, "actors")
    for inc in report.get("incidents") or []:
        p = inc.get("perpetrator") or {}
        actor = actors.get(p.get("actor_id")) or {}
        for s in (p.get("label_used"), actor.get("name"), *(actor.get("labels_used") or [])):
            yield "attacker", s
        for t in inc.get("targets") or []:
            yield "target", t.get("label")
        for w in inc.get("weapons") or []:
            yield "instrument", w.get("label")
            yield "instrument", (w.get("class") or "").replace("_", " ")


def candidate_words(report: Report) -> dict[str, set[str]]:
    """Content words of every report string that may fill each role."""
    out: dict[str, set[str]] = {role: set() for role in ROLES}
    for role, s in _incident_strings(report):
        out[role] |= content_words(s)
    victims = set()
    for c in report.get("claims") or []:
        v = c.get("victims") or {}
        for s in (v.get("type"), *(v.get("includes") or [])):
            victims |= content_words(s)
    for a in report.get("actors") or []:
        for s in (a.get("name"), *(a.get("labels_used") or [])):
            victims |= content_words(s)
    out["victim"] |= victims | out["target"]
    out["target"] |= victims
    for p in report.get("places") or []:
        out["place"] |= content_words(p.get("name")) | content_words(p.get("as_written"))
    return out


def score_roles(docs: Sequence[Document], reports: Sequence[Report]) -> dict[str, Any]:
    """Per-role recall of violent-event arguments, event detection and false alarms."""
    gold_n = dict.fromkeys(ROLES, 0)
    found_n = dict.fromkeys(ROLES, 0)
    n = dict.fromkeys(["violent", "detected", "calm", "alarms"], 0)
    for d, r in zip(docs, reports, strict=True):
        violent, args = gold_arguments(d)
        has_incident = bool(r.get("incidents"))
        n["violent" if violent else "calm"] += 1
        n["detected" if violent else "alarms"] += has_incident
        candidates = candidate_words(r)
        for role, text, _span in args:
            gold_n[role] += 1
            found_n[role] += bool(content_words(text) & candidates[role])
    out: dict[str, Any] = {
        "violent_documents": n["violent"],
        "event_detection": ratio(n["detected"], n["violent"]),
        "false_alarm": ratio(n["alarms"], n["calm"]),
        "arguments_gold": sum(gold_n.values()),
        "role_recall": ratio(sum(found_n.values()), sum(gold_n.values())),
    }
    for role in ROLES:
        out[f"{role}_gold"] = gold_n[role]
        out[f"{role}_recall"] = ratio(found_n[role], gold_n[role])
    return out
