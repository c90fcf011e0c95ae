"""Who carried out an incident, as the text says it, and how sure the text is about it."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token
from spacy.tokens import Span as DocSpan

from harmwatch.extract.registry import country_of
from harmwatch.records import Actor, Perpetrator, Quote, Span, Statement, within

# Words that make a phrase name an armed actor even when no entity is tagged in it.
_ACTOR_WORDS = re.compile(
    r"\b(?:forces?|army|armies|troops|regime|government|rebels?|militants?|insurgents?|guerrillas?|terrorists?|"
    r"jihadists?|extremists?|fighters|gunmen|militias?|militiamen|police|soldiers|coalition|war ?planes?|jets|"
    r"aircraft|helicopters?|air force|group|groups|front|brigades?|battalions?|isis|isil|daesh|nusra|hezbollah|"
    r"hamas|taliban|qaeda|shabaab|boko haram|kurdish|ypg|sdf|fsa|opposition|loyalists?|regime's|death squads?|"
    r"commandos?|paramilitar\w+|urban commandos|security services|security forces|assailants|attackers|"
    r"bombers?|squads?|navy|artillery|snipers?|fmln|farc|eln|sendero|shining path)\b",
    re.I,
)
_ACTOR_ADJECTIVE = re.compile(
    r"^(?:russian|syrian|turkish|israeli|american|u\.?s\.?|us-led|saudi(?:-led)?|iranian|iraqi|afghan|"
    r"regime|rebel|militant|government|pro-government|opposition|jihadist|kurdish|coalition|terrorist|"
    r"guerrilla|insurgent|army|military|islamist|isis|is|nato|british|french|pakistani|indian|ukrainian|"
    r"egyptian|yemeni|houthi|sudanese|nigerian|somali|libyan|lebanese)$",
    re.I,
)
_MAKE_VERBS = frozenset(
    {
        "launch",
        "fire",
        "carry",
        "conduct",
        "drop",
        "use",
        "target",
        "shell",
        "bomb",
        "attack",
        "strike",
        "hit",
        "commit",
        "perpetrate",
        "stage",
        "mount",
        "unleash",
        "plant",
        "detonate",
        "execute",
        "kill",
    }
)
_PRONOUNS = frozenset(
    {"it", "they", "he", "she", "we", "which", "who", "that", "them", "this", "these", "those"}
)
_CLAIMED = re.compile(
    r"\bclaim(?:ed|s|ing)? (?:the )?responsibility|\bclaimed (?:the|this|that) (?:attack|bombing)", re.I
)
_DENIED = re.compile(r"\bden(?:y|ied|ies|ying)\b", re.I)
_ACCUSED = re.compile(r"\baccus(?:ed|es|ing)\b|\bblam(?:ed|es|ing)\b", re.I)


def _phrase(token: Token) -> DocSpan:
    """The noun phrase of `token` without clauses hanging off it."""
    doc = token.doc
    keep = [
        t for t in token.subtree if t.dep_ not in ("relcl", "acl", "punct", "cc", "conj", "appos", "prep")
    ]
    left = min(t.i for t in keep if t.i <= token.i)
    # Leading articles and a dateline stuck to the phrase ("2016 Suicide bombers") are not its words.
    while left < token.i and (
        doc[left].lower_ in ("the", "a", "an")
        or doc[left].like_num
        or doc[left].ent_type_ in ("DATE", "TIME")
    ):
        left += 1
    return doc[left : token.i + 1]


def _actorish(span: DocSpan) -> bool:
    if span.root.lower_ in _PRONOUNS or not span.text.strip():
        return False
    # Page furniture ("Tags Syria Homs ...", "(AFP) ...") parsed as a noun phrase is no actor.
    if len(span) > 6 or any(t.text in "()[]" for t in span) or span[0].lower_ == "tags":
        return False
    if _ACTOR_WORDS.search(span.text):
        return True
    return (
        any(ent.label_ in ("NORP", "ORG") for ent in span.ents)
        or _ACTOR_ADJECTIVE.match(span.text) is not None
    )


def _agent_of_verb(verb: Token, skip: Token | None = None) -> DocSpan | None:
    for child in verb.children:
        if child is skip:
            continue
        if child.dep_ == "agent":
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs:
                return _phrase(objs[0])
        if child.dep_ == "nsubj":
            return _phrase(child)
    return None


def agent_near(doc: Doc, span: Span) -> DocSpan | None:
    """The phrase naming who did the act a trigger names: 'by X', 'X fired', 'X's shelling', 'Russian strikes'."""
    trigger = doc.char_span(span[0], span[1], alignment_mode="expand")
    if trigger is None or len(trigger) == 0:
        return None
    root = trigger.root
    found: list[DocSpan] = []
    if root.pos_ == "VERB":
        agent = _agent_of_verb(root)
        if agent is not None:
            found.append(agent)
    else:
        # "regime barrel bomb attacks": the head noun of the compound holds the modifiers.
        while root.dep_ == "compound" and root.head.pos_ in ("NOUN", "PROPN") and root.head.i > root.i:
            root = root.head
        modifiers = [
            c
            for c in root.children
            if c.i < trigger.start
            and c.dep_ in ("amod", "compound", "nmod", "poss")
            and c.i not in range(trigger.start, trigger.end)
        ]
        for child in root.children:
            if child.dep_ == "prep" and child.lower_ == "by":
                found += [_phrase(c) for c in child.children if c.dep_ == "pobj"]
            elif child.dep_ == "acl" and child.lemma_.lower() in _MAKE_VERBS:
                # "the massacre committed by ISIS", "strikes carried out by Russian jets"
                agent = _agent_of_verb(child)
                if agent is not None:
                    found.append(agent)
        if modifiers:
            left = min(t.i for m in modifiers for t in m.subtree)
            while left < trigger.start and (
                doc[left].is_punct
                or doc[left].lower_
                in (
                    "the",
                    "a",
                    "an",
                    "heavy",
                    "intense",
                    "intensive",
                    "suspected",
                    "fresh",
                    "new",
                    "overnight",
                )
            ):
                left += 1
            phrase = doc[left : trigger.start]
            if len(phrase) and (
                _ACTOR_WORDS.search(phrase.text) or any(_ACTOR_ADJECTIVE.match(t.text) for t in phrase)
            ):
                found.append(phrase)
        # "militants launched a barrage of shells": up to the verb that governs the weapon.
        node, seen = root, 0
        while node.head is not node and seen < 4 and not found:
            came_from, node, seen = node, node.head, seen + 1
            if node.pos_ in ("VERB", "AUX"):
                # Only a verb of doing: the subject of "condemned the massacre" is not who committed it.
                if node.lemma_.lower() in _MAKE_VERBS:
                    agent = _agent_of_verb(node, skip=came_from)
                    if agent is not None:
                        found.append(agent)
                break
    for phrase in found:
        if _actorish(phrase):
            return phrase
    return None


def actor_at(actors: list[Actor], span: Span) -> Actor | None:
    """The actor with a mention overlapping `span`."""
    for actor in actors:
        if any(s < span[1] and span[0] < e for s, e in actor.mentions):
            return actor
    return None


def certainty_at(
    text: str,
    sentence: Span,
    trigger: Span,
    quotes: list[Quote],
    statements: list[Statement],
    actors: list[Actor],
) -> tuple[str, str | None]:
    """(certainty, alleged_by actor id) of a perpetrator named in `sentence` near `trigger`."""
    words = text[sentence[0] : sentence[1]]
    if _CLAIMED.search(words):
        return "claimed", None
    if _DENIED.search(words):
        return "denied", None
    for quote in quotes:
        if within(trigger, quote.span):
            return "alleged", quote.speaker.actor_id if quote.speaker else None
    for statement in statements:
        if within(trigger, statement.content.span):
            return "alleged", statement.source.actor_id
    accused = _ACCUSED.search(words)
    if accused:
        accuser = actor_at(actors, (sentence[0], sentence[0] + accused.start()))
        return "alleged", accuser.id if accuser else None
    return "reported_as_fact", None


def _state_of(label: str, actors: list[Actor]) -> Actor | None:
    """The state actor a demonym label points at ("Syrian air strikes"), when the article names that state."""
    code = country_of(label.split()[0]) if label.split() else None
    if code is None:
        return None
    return next((a for a in actors if a.country == code and a.kind in ("state_force", "government")), None)


# Governments speak about attacks far more often than they carry them out in their own name.
_ARMED = frozenset({"state_force", "armed_group", "government"})
_VICTIM_VERBS = frozenset(
    {"kill", "injure", "wound", "execute", "target", "hit", "behead", "kidnap", "abduct"}
)


_HOLD_VERBS = frozenset({"control", "hold", "capture", "seize", "besiege", "run", "occupy"})


def _victim(doc: Doc, span: Span) -> bool:
    """Whether a phrase is what was hit or where, not who hit: 'rebels were killed', 'raids on IS', 'a town
    held by Kurdish forces'."""
    words = doc.char_span(span[0], span[1], alignment_mode="expand")
    if words is None or len(words) == 0:
        return False
    root = words.root
    while root.dep_ in ("compound", "amod", "poss", "nmod") and root.head is not root:
        root = root.head
    head = root.head
    if root.dep_ in ("nsubjpass", "dobj") and head.lemma_.lower() in _VICTIM_VERBS | _HOLD_VERBS:
        return True
    if root.dep_ == "pobj":
        if head.lower_ in ("on", "against", "among", "targeting", "into", "in", "at", "near", "from", "with"):
            return True
        return head.dep_ == "agent" and head.head.lemma_.lower() in _HOLD_VERBS
    return False


# "40 al-Nusra Front members", "30 ISIL militants killed", "24 members of the Daesh group were killed":
# a group counted among the dead or hurt is what was hit, not who hit.
_COUNT_BEFORE = re.compile(
    r"(?:(?<![\d:])\b(?!(?:19|20)\d\d\b)\d[\d,]*|\b(?:dozens|scores|hundreds|tens|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety))\s+"
    r"(?:(?:of\s+)?(?:the\s+)?(?:members|fighters|militants|terrorists)\s+of\s+(?:the\s+)?)?$",
    re.I,
)
_HARM = re.compile(r"\b(?:kill\w*|dead|died|wounded|injured|executed|eliminated)\b", re.I)


def _counted(doc: Doc, span: Span) -> bool:
    """Whether a phrase names a group counted among the harmed ("kill 40 al-Nusra Front members")."""
    if not _COUNT_BEFORE.search(doc.text[max(0, span[0] - 40) : span[0]]):
        return False
    words = doc.char_span(span[0], span[1], alignment_mode="expand")
    return words is not None and len(words) > 0 and _HARM.search(words.sent.text) is not None


def _overlaps(span: Span, others: list[Span]) -> bool:
    return any(s < span[1] and span[0] < e for s, e in others)


def _nearest_armed(
    doc: Doc, sentence: Span, trigger: Span, actors: list[Actor], victims: list[Span]
) -> tuple[Actor, Span] | None:
    """The armed actor named nearest before the event word in its sentence (else just after it)."""
    found = [
        (a, m)
        for a in actors
        if a.kind in _ARMED
        for m in a.mentions
        if within(m, sentence) and not _victim(doc, m) and not _counted(doc, m) and not _overlaps(m, victims)
    ]
    if not found:
        return None
    return min(found, key=lambda am: (am[1][0] > trigger[0], abs(am[1][0] - trigger[0])))


def perpetrator_for(
    doc: Doc,
    sentence: Span,
    trigger: Span,
    actors: list[Actor],
    quotes: list[Quote],
    statements: list[Statement],
    victims: list[Span] = [],  # noqa: B006 - read only
) -> Perpetrator | None:
    """The perpetrator a sentence names for the act at `trigger`, linked to an actor when one is there;
    `victims` are the spans of the counted dead and hurt ("35 terrorists"), who are not who did it."""
    agent = agent_near(doc, trigger)
    if agent is not None and (
        _overlaps((agent.start_char, agent.end_char), victims)
        or _counted(doc, (agent.start_char, agent.end_char))
    ):
        agent = None
    actor: Actor | None
    if agent is not None:
        span = (agent.start_char, agent.end_char)
        label = agent.text
        actor = actor_at(actors, span)
    else:
        near = _nearest_armed(doc, sentence, trigger, actors, victims)
        if near is None:
            return None
        actor, span = near
        label = doc.text[span[0] : span[1]]
    if actor is None:
        actor = _state_of(label, actors)
    certainty, alleged_by = certainty_at(doc.text, sentence, span, quotes, statements, actors)
    return Perpetrator(actor.id if actor else None, label, certainty, alleged_by)  # type: ignore[arg-type]
