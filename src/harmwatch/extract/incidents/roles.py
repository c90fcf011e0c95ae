"""Phrases that name who was hit, who was counted among the dead or who tells of an event, not who did it."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from harmwatch.extract.quotes.cues import is_speech_verb
from harmwatch.nlp import doc_text, tokens_at
from harmwatch.records import Span

_PRONOUNS = frozenset(
    {"it", "they", "he", "she", "we", "which", "who", "that", "them", "this", "these", "those"}
)

_VICTIM_VERBS = frozenset(
    {"kill", "injure", "wound", "execute", "target", "hit", "behead", "kidnap", "abduct"}
)
_SUFFER_VERBS = frozenset({"receive", "suffer", "sustain", "endure"})
_HOLD_VERBS = frozenset({"control", "hold", "capture", "seize", "besiege", "run", "occupy"})
# "killed in clashes with Kurdish fighters": the side a clash is fought with is no victim of it.
_CLASH_WORDS = frozenset(
    {"clash", "clashes", "fight", "fighting", "battle", "battles", "confrontation", "skirmish"}
)


def is_victim(doc: Doc, span: Span) -> bool:
    """Whether a phrase is what was hit or where, not who hit: 'rebels were killed', 'raids on IS', 'a town
    held by Kurdish forces'."""
    words = tokens_at(doc, *span)
    if words is None:
        return False
    root = words.root
    while root.dep_ in ("compound", "amod", "poss", "nmod", "conj") and root.head is not root:
        root = root.head  # "controlled by rebels and Islamist groups": the second shares the first's role
    head = root.head
    if root.dep_ in ("nsubjpass", "dobj") and head.lemma_.lower() in _VICTIM_VERBS | _HOLD_VERBS:
        return True
    if root.dep_ == "nsubj" and head.lemma_.lower() in _SUFFER_VERBS:
        return True  # "terrorist organizations are receiving more strikes"
    if root.dep_ == "pobj":
        if head.lower_ == "with" and (
            head.head.lemma_.lower() in _CLASH_WORDS or head.head.lower_ in _CLASH_WORDS
        ):
            return False
        if head.lower_ in ("on", "against", "among", "targeting", "into", "in", "at", "near", "from", "with"):
            return True
        return head.dep_ == "agent" and head.head.lemma_.lower() in _HOLD_VERBS
    return False


# "40 al-Nusra Front members", "30 ISIL militants killed", "24 members of the Daesh group were killed":
# a group counted among the dead or hurt is what was hit, not who hit.
_COUNT_BEFORE = re.compile(
    r"(?:(?<![\d:])\b(?!(?:19|20)\d\d\b)[1-9][\d,]*|\b(?:dozens|scores|hundreds|tens|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety))\s+"
    r"(?:(?-i:[a-z][\w-]*)\s+(?:and|or)\s+)?"  # "70 regime and rebel fighters"
    r"(?:(?:of\s+)?(?:the\s+)?(?:members|fighters|militants|terrorists)\s+of\s+(?:the\s+)?)?$",
    re.I,
)
_HARM = re.compile(r"\b(?:kill\w*|dead|died|wounded|injured|executed|eliminated)\b", re.I)


def is_counted(doc: Doc, span: Span) -> bool:
    """Whether a phrase names a group counted among the harmed ("kill 40 al-Nusra Front members")."""
    if not _COUNT_BEFORE.search(doc_text(doc)[max(0, span[0] - 40) : span[0]]):
        return False
    words = tokens_at(doc, *span)
    return words is not None and _HARM.search(words.sent.text) is not None


def is_reporter(doc: Doc, span: Span, trigger: Span) -> bool:
    """Whether a phrase is who tells of the event ("guerrillas stated that soldiers were killed in a clash",
    "according to police"), unless the telling is about its own act ("Russia said it had struck")."""
    words = tokens_at(doc, *span)
    event = tokens_at(doc, *trigger)
    if words is None or event is None:
        return False
    root = words.root
    while root.dep_ == "conj" and root.head is not root:
        root = root.head
    if root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lower_ == "according":
        return True  # "according to police, gunmen planted a bomb"
    verb = root.head
    if root.dep_ not in ("nsubj", "nsubjpass") or not is_speech_verb(verb):
        return False
    for clause in verb.children:
        if clause.dep_ in ("ccomp", "xcomp") and event.root in clause.subtree:
            subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
            return bool(subjects) and all(c.lower_ not in _PRONOUNS for c in subjects)
    return False


def is_patient(doc: Doc, span: Span) -> bool:
    """Whether a phrase is the object of its clause ("forces ... drive militant groups out"): what is
    acted on is seldom who acts."""
    words = tokens_at(doc, *span)
    if words is None:
        return False
    root = words.root
    return root.dep_ == "dobj" or (root.dep_ == "pobj" and root.head.lower_ not in ("of", "by"))


# Words under which an event is talked about, not told: "calling for an end to the bombings", "condemned".
# Not "stop" or "end" alone: "appeals to stop bombing" name who bombs.
_TALK_WORDS = frozenset(
    {
        "condemn",
        "denounce",
        "call",
        "demand",
        "urge",
        "investigate",
        "probe",
        "inquiry",
        "investigation",
        "resolution",
        "warn",
    }
)


def is_talked_about(doc: Doc, trigger: Span) -> bool:
    """Whether an event word sits under a call, condemnation or inquiry ("a call for an end to the bombings"),
    where the armed actors named nearby are those who talk, not those who act."""
    event = tokens_at(doc, *trigger)
    if event is None:
        return False
    # Only the words that govern the event itself: a clause higher up ("Kerry called ... rather than
    # continuing to attack") says what someone does, which its own verb tells.
    for hops, token in enumerate(event.root.ancestors):
        if token.lemma_.lower() in _TALK_WORDS:
            return True
        if hops >= 3 or token.pos_ in ("VERB", "AUX"):
            return False
    return False
