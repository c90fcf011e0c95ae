"""Who did the harm a count reports: the agent of its verb of harming.

"The army killed 60 fighters": the subject of the verb that governs the count. "Executed by the group": its
`by` agent. "Killed in Russian air strikes", "air strikes killed 20", "strikes hit the town, killing nine":
the actor of the event that did the killing. Only an agent that is an actor counts; a count with no agent
named leaves the perpetrator to the incident's event words.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as DocSpan

from harmwatch.extract.actors.registry import country_of, generic_groups
from harmwatch.extract.incidents.agent_words import ATTACK_VERBS, words_before
from harmwatch.extract.incidents.participants import agent_near, agent_of_verb, is_actorish, named_perpetrator
from harmwatch.extract.incidents.roles import is_counted
from harmwatch.extract.incidents.words import find_triggers
from harmwatch.nlp import tokens_at
from harmwatch.records import Actor, Claim, Perpetrator, Quote, Statement, Tally

# Verbs whose subject harmed the people counted as their object ("killed", "executed", "claimed the lives").
_HARM_VERBS = frozenset(
    "kill execute slay murder massacre behead shoot wound injure slaughter eliminate destroy claim".split()
)
# Their forms as written, for a headline's verb the tagger took for a name ("Army Kills 125").
_HARM_FORMS = frozenset(
    form for v in _HARM_VERBS for form in (v, v + "s", v + "ed", v + "d", v + "ing", v[:-1] + "ing")
)
# Verbs of attacking or harming as a headline writes them, which end an actor's name ("Jets Pounds ...").
_VERB_FORMS = frozenset(
    form
    for v in (*_HARM_VERBS, *ATTACK_VERBS)
    for form in (v + "s", v + "es", v + "ed", v + "d")
    if form not in ("strikes", "raids", "attacks", "shells", "bombs", "targets")
)
# Prepositions that tie a harm to the event that did it: "killed in air strikes", "died during shelling".
_BY_EVENT = frozenset({"in", "by", "during", "from", "after", "under"})
# Clauses that share the subject of the verb they hang off: "the jets struck the town, killing nine".
_SHARED_SUBJECT = frozenset({"advcl", "xcomp", "conj"})


def _is_event(token: Token) -> bool:
    """Whether a noun names an act of violence ("strikes", "shelling", "attack")."""
    return token.pos_ in ("NOUN", "PROPN", "VERB") and bool(find_triggers(token.text))


def _event_agent(doc: Doc, event: Token) -> DocSpan | None:
    """Who did the act a noun names, read around the whole event word it is part of ("air strikes")."""
    sent = event.sent
    for trigger in find_triggers(sent.text, sent.start_char):
        if trigger.span[0] <= event.idx < trigger.span[1]:
            return agent_near(doc, trigger.span)
    return agent_near(doc, (event.idx, event.idx + len(event.text)))


def _agent_of_harm(doc: Doc, verb: Token) -> DocSpan | None:
    """The actor phrase that did the harm `verb` names, through its subject, its event or its clause."""
    candidates: list[DocSpan] = []
    agent = agent_of_verb(verb)
    if agent is not None:
        candidates.append(agent)
    elif verb.dep_ in _SHARED_SUBJECT and verb.head.pos_ in ("VERB", "AUX"):
        shared = agent_of_verb(verb.head)
        if shared is not None:
            candidates.append(shared)
    for phrase in candidates:
        if _is_event(phrase.root):
            # "air strikes killed 20": whose strikes
            return _event_agent(doc, phrase.root)
        return phrase
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in _BY_EVENT:
            for obj in prep.children:
                if obj.dep_ == "pobj" and _is_event(obj):
                    if any(c.dep_ == "conj" for c in obj.children):
                        return (
                            None  # "in a government assault and a rebel counterattack": two acts, two sides
                        )
                    return _event_agent(doc, obj)
    return None


def toll_agent(doc: Doc, claim: Claim) -> DocSpan | None:
    """The phrase naming who did the harm a claim counts, or None when its sentence names no one."""
    words = tokens_at(doc, *claim.span)
    if words is None:
        return None
    verbs = [t for t in words if t.lemma_.lower() in _HARM_VERBS or t.lower_ in _HARM_FORMS]
    for verb in verbs:
        # A headline's verb tagged as a noun ("Syrian Army Kills 125 ..."): the actor words right before it
        agent = (
            _agent_of_harm(doc, verb) if verb.pos_ == "VERB" else words_before(doc, doc[verb.i : verb.i + 1])
        )
        if agent is not None:
            agent = _before_a_verb(agent)
        if agent is None or not is_actorish(agent):
            continue
        if not is_counted(doc, (agent.start_char, agent.end_char)):
            return agent
    return None


def _before_a_verb(phrase: DocSpan) -> DocSpan | None:
    """A headline's phrase up to a verb the tagger took for a name: "Syrian Jets Pounds ISIS" -> "Syrian Jets"."""
    for token in phrase[1:]:
        if token.lower_ in _VERB_FORMS:
            return phrase[: token.i - phrase.start] or None
    return phrase


def _lead(claims: list[Claim], casualties: dict[str, Tally]) -> list[Claim]:
    """The claims that give an incident's figure (its killed toll, else its injured), in text order."""
    for kind in ("killed", "injured"):
        low = casualties[kind].low if kind in casualties else None
        if low is not None:
            # "over 20 killed" is 21 in the claim and 20 in the tally
            return sorted(
                (c for c in claims if c.kind == kind and c.count.low in (low, low + 1)), key=lambda c: c.span
            )
    return []


def toll_perpetrator(
    doc: Doc,
    claims: list[Claim],
    casualties: dict[str, Tally],
    actors: list[Actor],
    quotes: list[Quote],
    statements: list[Statement],
    told: Perpetrator | None,
) -> Perpetrator | None:
    """The perpetrator of an incident: the known actor that the claims giving its figure name as who did the
    harm, else the one its event words name (`told`). A generic toll agent ("terrorists killed five") does
    not replace a named group the event words name: both describe the attacker, the name says more."""
    found = None
    for claim in _lead(claims, casualties):
        agent = toll_agent(doc, claim)
        if agent is None:
            continue
        sent = agent.sent
        candidate = named_perpetrator(
            doc, (sent.start_char, sent.end_char), agent, actors, quotes, statements
        )
        # a known actor, or a state named by its demonym ("Syrian and Russian" strikes) the article lists no
        # force of
        if candidate.actor_id is not None or any(country_of(t.text) for t in agent):
            found = candidate
            break
    if found is None or (told is not None and _generic(found, actors) and not _generic(told, actors)):
        return told
    return found


_GENERIC = frozenset(g.name for g in generic_groups())


def _generic(perpetrator: Perpetrator, actors: list[Actor]) -> bool:
    """Whether a perpetrator is a generic actor ("Armed opposition groups") or no actor at all."""
    actor = next((a for a in actors if a.id == perpetrator.actor_id), None)
    return actor is None or actor.name in _GENERIC
