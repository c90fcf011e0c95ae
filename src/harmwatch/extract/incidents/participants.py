"""Who carried out an incident, as the text says it, and how sure the text is about it."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token
from spacy.tokens import Span as DocSpan

from harmwatch.extract.actors.registry import country_of, generic_group, generic_groups, match_actor
from harmwatch.extract.incidents.agent_words import (
    WEAPON_WORDS,
    attack_verbs,
    blamed_events,
    is_actor_modifier,
    kindred_triggers,
    names_actor,
    trimmed,
    words_before,
)
from harmwatch.extract.incidents.roles import is_counted, is_patient, is_reporter, is_talked_about, is_victim
from harmwatch.nlp import doc_text, tokens_at
from harmwatch.records import Actor, Perpetrator, Quote, Span, Statement, within

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
_NEGATED_CLAIM = re.compile(r"\b(?:no|not|nobody|none|yet to|without)\b[^.]{0,30}\bclaim", re.I)
_DENIED = re.compile(r"\bden(?:y|ied|ies|ying)\b", re.I)
_ACCUSED = re.compile(
    r"\baccus(?:ed|es|ing)\b|\bblam(?:ed|es|ing)\b|\b(?:hold|holds|holding|held)\b[^.;]{1,60}\bresponsible\b",
    re.I,
)


def _phrase(token: Token) -> DocSpan:
    """The noun phrase of `token` without clauses hanging off it."""
    doc = token.doc
    keep = [
        t
        for t in token.subtree
        if t is token or t.dep_ not in ("relcl", "acl", "punct", "cc", "conj", "appos", "prep")
    ]
    left = min(t.i for t in keep if t.i <= token.i)
    # A dateline set off by a dash before the subject ("Idlib - Rebel fighters") is not the phrase's words.
    dashes = [
        t.i for t in doc[left : token.i] if t.text in _DASHES and t.whitespace_ and doc[t.i - 1].whitespace_
    ]
    left = max(dashes, default=left - 1) + 1
    # Leading articles and a dateline stuck to the phrase ("2016 Suicide bombers") are not its words.
    while left < token.i and (
        doc[left].lower_ in ("the", "a", "an")
        or doc[left].like_num
        or doc[left].ent_type_ in ("DATE", "TIME")
    ):
        left += 1
    return doc[left : token.i + 1]


def is_actorish(span: DocSpan) -> bool:
    if span.root.lower_ in _PRONOUNS or not span.text.strip():
        return False
    # A long run of words or a bracketed credit ("(AFP) ...") parsed as a noun phrase is no actor.
    if len(span) > 6 or any(t.text in "()[]" for t in span):
        return False
    if names_actor(span.text):
        return True
    one_word = " " not in span.text.strip()
    return any(ent.label_ in ("NORP", "ORG") for ent in span.ents) or (one_word and is_actor_modifier(span))


def agent_of_verb(verb: Token, skip: Token | None = None) -> DocSpan | None:
    for child in verb.children:
        if child is skip:
            continue
        if child.dep_ == "agent":
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs:
                return _phrase(objs[0])
        if child.dep_ == "nsubj":
            # "Hama, SANA - Army units captured ...": a dateline parsed as the subject, with the real one set
            # beside it as its appositive
            beside = [c for c in child.children if c.dep_ == "appos"]
            if child.ent_type_ in _PLACE_ENTS and beside:
                return _phrase(beside[-1])
            return _phrase(child)
    return None


def _agency_subject(event: Token) -> DocSpan | None:
    """The subject of a predicate of agency over the event word: "X was behind the attack", "X is responsible
    for the bombing", "they hold X responsible for the attack" (who says so decides how sure it is)."""
    prep = event.head
    if event.dep_ != "pobj" or prep.lower_ not in ("behind", "for"):
        return None
    verb = prep.head
    if prep.lower_ == "for":
        if verb.lower_ != "responsible":
            return None
        if verb.dep_ == "amod":  # "the group responsible for", "held the group responsible for"
            return _phrase(verb.head)
        if verb.dep_ != "acomp":  # "they hold the group responsible for": its own subject
            own = [c for c in verb.children if c.dep_ == "nsubj"]
            return _phrase(own[0]) if own else None
        verb = verb.head
    if verb.lemma_.lower() != "be":
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return _phrase(subjects[0]) if subjects else None


def agent_near(doc: Doc, span: Span) -> DocSpan | None:
    """The phrase naming who did the act a trigger names: 'by X', 'X fired', 'X's shelling', 'Russian strikes'."""
    trigger = tokens_at(doc, *span)
    if trigger is None:
        return None
    root = trigger.root
    found: list[DocSpan] = []
    if root.pos_ == "VERB":
        agent = agent_of_verb(root)
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
                agent = agent_of_verb(child)
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
            if (
                len(phrase)
                and not all(t.lower_ in WEAPON_WORDS for t in phrase)
                and (names_actor(phrase.text) or any(is_actor_modifier(t) for t in phrase))
            ):
                found.append(phrase)
        agency = _agency_subject(root)
        if agency is not None:
            found.append(agency)
        # "militants launched a barrage of shells": up to the verb that governs the weapon.
        node, seen = root, 0
        while node.head is not node and seen < 4 and not found:
            came_from, node, seen = node, node.head, seen + 1
            if node.pos_ in ("VERB", "AUX"):
                # Only a verb of doing: the subject of "condemned the massacre" is not who committed it.
                if node.lemma_.lower() in _MAKE_VERBS:
                    agent = agent_of_verb(node, skip=came_from)
                    if agent is not None:
                        found.append(agent)
                break
    if not any(is_actorish(p) for p in found) and not root.lower_.endswith("ed"):
        # The parser often misreads "in Syrian government shelling of" (shelling as a verb): the words
        # right before a noun-like trigger still say whose act it is.
        before = words_before(doc, trigger)
        if before is not None:
            found.append(before)
    for phrase in found:
        if phrase.start < trigger.start < phrase.end:
            phrase = doc[phrase.start : trigger.start]  # "rebel rocket fire": the words before the act
        elif phrase.start < trigger.end and trigger.start < phrase.end:
            continue  # the event word itself is no actor
        phrase = trimmed(phrase)
        if len(phrase) and is_actorish(phrase):
            return phrase
    return None


def parsed_sentence(doc: Doc, sentence: Span) -> Span:
    """The sentence as the parser read it: in hard-wrapped text a line is a sentence of the document, but its
    words hang on the lines around it ("A MINE PROBABLY / LEFT BY THE REBELS"), and the sentence
    they make names the actor."""
    words = tokens_at(doc, *sentence)
    if words is None:
        return sentence
    tops = {_top(t).i for t in words}
    start = min(doc[i].left_edge.idx for i in tops)
    end = max(doc[i].right_edge.idx + len(doc[i].right_edge.text) for i in tops)
    return (min(start, sentence[0]), max(end, sentence[1]))


def _top(token: Token) -> Token:
    for _ in range(len(token.doc)):
        if token.head.i == token.i:
            break
        token = token.head
    return token


def actor_at(actors: list[Actor], span: Span) -> Actor | None:
    """The actor with a mention overlapping `span`."""
    for actor in actors:
        if any(s < span[1] and span[0] < e for s, e in actor.mentions):
            return actor
    return None


def doer_at(doc: Doc, actors: list[Actor], span: Span) -> tuple[Actor | None, Span]:
    """The actor a phrase naming who did an act stands for, and the phrase without an outlet's credit run on
    to it: a news outlet reports acts and does none of them, so in "Hama SANA Army units" (a dateline whose
    punctuation is lost, before the subject) the words after the outlet name the doer."""
    outlets = [
        end for a in actors if a.kind == "media" for s, end in a.mentions if span[0] <= s and end < span[1]
    ]
    if outlets:
        words = doc_text(doc)[max(outlets) : span[1]]
        span = (span[1] - len(words.lstrip(" ,-")), span[1])
    return actor_at([a for a in actors if a.kind != "media"], span), span


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
    words = label.split()
    code = country_of(words[0]) if words else None
    if code is None:
        # "regime barrel bombs", "government shelling": the state's own force, when the article names it.
        if not set(w.casefold() for w in words) & {"regime", "government", "army", "pro-government"}:
            return None
        return next((a for a in actors if a.kind == "state_force" and a.side == "government"), None)
    forces = [a for a in actors if a.country == code and a.kind in ("state_force", "government")]
    return min(forces, key=lambda a: a.kind != "state_force", default=None)


# Governments speak about attacks far more often than they carry them out in their own name.
_ARMED = frozenset({"state_force", "armed_group", "government"})
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})


def _overlaps(span: Span, others: list[Span]) -> bool:
    return any(s < span[1] and span[0] < e for s, e in others)


def _nearest_armed(
    doc: Doc, sentence: Span, trigger: Span, actors: list[Actor], victims: list[Span]
) -> tuple[Actor, Span] | None:
    """The armed actor named nearest before the event word in its sentence (else just after it)."""
    if is_talked_about(doc, trigger):
        return None
    found = [
        (a, m)
        for a in actors
        if a.kind in _ARMED
        for m in a.mentions
        if within(m, sentence)
        and not is_victim(doc, m)
        and not is_counted(doc, m)
        and not _overlaps(m, victims)
        and not is_reporter(doc, m, trigger)
    ]
    if not found:
        return None
    return min(
        found, key=lambda am: (is_patient(doc, am[1]), am[1][0] > trigger[0], abs(am[1][0] - trigger[0]))
    )


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
    sentence = parsed_sentence(doc, sentence)
    agent = None
    for word in [trigger, *kindred_triggers(doc, sentence, trigger)]:
        agent = agent_near(doc, word)
        if agent is not None and (
            _overlaps((agent.start_char, agent.end_char), victims)
            or is_counted(doc, (agent.start_char, agent.end_char))
        ):
            agent = None
        if agent is not None:
            break
    if agent is not None:
        return named_perpetrator(doc, sentence, agent, actors, quotes, statements)
    near = _nearest_armed(doc, sentence, trigger, actors, victims)
    if near is None:
        return None
    actor, span = near
    return _perpetrator(doc, sentence, actor, span, actors, quotes, statements)


def named_perpetrator(
    doc: Doc,
    sentence: Span,
    agent: DocSpan,
    actors: list[Actor],
    quotes: list[Quote],
    statements: list[Statement],
) -> Perpetrator:
    """The perpetrator a phrase names ("Russian jets", "jihadists from the Islamic State"), linked to the
    article's actor it stands for when there is one."""
    agent = _named_member(agent, actors) or agent
    actor, span = doer_at(doc, actors, (agent.start_char, agent.end_char))
    if actor is not None and actor.kind == "person":
        actor = _forces_of(agent.text, actors) or actor
    return _perpetrator(doc, sentence, actor, span, actors, quotes, statements)


def _perpetrator(
    doc: Doc,
    sentence: Span,
    actor: Actor | None,
    span: Span,
    actors: list[Actor],
    quotes: list[Quote],
    statements: list[Statement],
) -> Perpetrator:
    label = doc_text(doc)[span[0] : span[1]]
    if actor is None:
        actor = _state_of(label, actors) or _generic_actor(label, actors)
    if actor is None or (actor.kind == "armed_group" and actor.name in _UNNAMED):
        # "a suicide bomber struck ... Islamic State claimed responsibility": the group that claims an
        # attack by an unnamed bomber or by "terrorists" is its perpetrator.
        claimed = _claimant(doc, actors)
        if claimed is not None:
            return claimed
    # "the guerrillas" (among the article's actors or not) stand for the one rebel group it names
    if actor is not None:
        actor = _sole_named(actor.name, actor.kind, actor.side, actors) or actor
    elif (group := generic_group(label)) is not None:
        actor = _sole_named(group.name, group.kind, group.side, actors)
    certainty, alleged_by = certainty_at(doc_text(doc), sentence, span, quotes, statements, actors)
    return Perpetrator(actor.id if actor else None, label, certainty, alleged_by)  # type: ignore[arg-type]


def attacker_for(
    doc: Doc,
    sentence: Span,
    actors: list[Actor],
    quotes: list[Quote],
    statements: list[Statement],
    victims: list[Span],
) -> Perpetrator | None:
    """The known actor a sentence names as the subject of a verb of attacking ("regime jets pounded") or
    blames for a definite event ("blaming the Islamic State group for the attack")."""
    sentence = parsed_sentence(doc, sentence)
    for verb in [*attack_verbs(doc, sentence), *blamed_events(doc_text(doc), sentence)]:
        found = perpetrator_for(doc, sentence, verb, actors, quotes, statements, victims)
        if found is not None and found.actor_id is not None:
            return found
    return None


def _forces_of(label: str, actors: list[Actor]) -> Actor | None:
    """The armed actor a person's name with a force word stands for ("Assad's forces")."""
    named = match_actor(label)
    if named is None or named.kind not in _ARMED or named.side is None:
        return None
    same = [a for a in actors if a.name == named.name] or [
        a for a in actors if a.side == named.side and a.kind == "state_force"
    ]
    return same[0] if same else None


def _named_member(agent: DocSpan, actors: list[Actor]) -> DocSpan | None:
    """The named group a generic agent belongs to: "jihadists from the Islamic State" -> "Islamic State"."""
    group = generic_group(agent.text)
    if group is None or group.kind != "armed_group":
        return None
    doc = agent.doc
    for prep in agent.root.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("from", "of"):
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            named = _phrase(obj)
            actor = actor_at(actors, (named.start_char, named.end_char))
            if actor is not None and actor.kind in _ARMED and actor.name not in _UNNAMED:
                return doc[named.start : named.end]
    return None


def _generic_actor(label: str, actors: list[Actor]) -> Actor | None:
    """The article's generic actor a generic word points at ("rebel" shelling -> the armed opposition)."""
    group = generic_group(label)
    if group is None or group.kind != "armed_group":
        return None
    return next((a for a in actors if a.name == group.name and a.side == group.side), None)


_UNNAMED = frozenset(g.name for g in generic_groups() if g.kind == "armed_group")
_GENERIC = frozenset(g.name for g in generic_groups())
# The side of the named actors a generic wording can stand for ("rebels" for a rebel group, not a jihadist one).
_REFERS_TO = {
    "opposition": frozenset({"opposition"}),
    "kurdish": frozenset({"kurdish"}),
    "government": frozenset({"government"}),
}


def _sole_named(name: str, kind: str, side: str | None, actors: list[Actor]) -> Actor | None:
    """The one named actor of its side that a generic actor stands for in the article ("the guerrillas" in a
    story that names the FMLN and no other rebel group), or None when the article names none or several."""
    sides = _REFERS_TO.get(side or "")
    if name not in _GENERIC or sides is None:
        return None
    named = [
        a for a in actors if a.name not in _GENERIC and a.kind == kind and a.side in sides and a.mentions
    ]
    return named[0] if len(named) == 1 else None


def _claimant(doc: Doc, actors: list[Actor]) -> Perpetrator | None:
    """The named armed group that the article says claimed responsibility, if one does."""
    for sent in doc.sents:
        claim = _CLAIMED.search(sent.text)
        if claim is None or _NEGATED_CLAIM.search(sent.text):
            continue
        span = (sent.start_char, sent.end_char)
        named = [
            (a, m)
            for a in actors
            if a.kind in ("armed_group", "state_force") and a.name not in _UNNAMED
            for m in a.mentions
            if within(m, span)
        ]
        if named:
            at = sent.start_char + claim.start()
            actor, mention = min(named, key=lambda am: (am[1][0] > at, abs(am[1][0] - at)))
            return Perpetrator(actor.id, doc_text(doc)[mention[0] : mention[1]], "claimed", None)
    return None
