"""Claims attached to the incident they count, and each incident's casualty tally."""

from __future__ import annotations

import dataclasses
import re

from spacy.tokens import Token

from harmwatch.extract.casualties.numbers import find_numbers
from harmwatch.extract.incidents.words import find_triggers, war_toll
from harmwatch.nlp import Parsed, tokens_at
from harmwatch.records import Claim, Span, Tally, Victims, within

# A sentence that adds up several events: "air strikes across the country", "in separate attacks".
_ACROSS = re.compile(
    r"\bacross (the )?(country|syria|nation)\b|\bin separate\b|\bseparate (air )?(strikes|raids|attacks|"
    r"operations|incidents|bombings)\b"
)
# "a week after", "days before": a clause so opened tells another event than the story's, earlier or later
_TIME_NOUNS = frozenset("hour hours day days week weeks month months year years".split())
# An event told as another than the story's: "an earlier attack", "a previous raid", "a prior bombing"
_EARLIER = frozenset("earlier previous prior".split())
# Clauses inside a phrase of the one above them: "after shelling killed 14", "an attack that killed 30"
_INNER_CLAUSES = frozenset("pcomp pobj relcl acl".split())
# Victims that are a part of a count given elsewhere ("including 10 children"): not a total of their own.
_SUBSET_VICTIMS = frozenset({"children", "women"})
# Counts of people killed or hurt: the harm of an act of violence.
_HARM_KINDS = frozenset({"killed", "injured", "killed_or_injured"})
# (incident id, its sentences, its event words, whether it may harm anyone)
Linked = tuple[str, list[Span], list[Span], bool]


def _sentence_of(parsed: Parsed, span: Span) -> Span:
    token = tokens_at(parsed.doc, span[0], max(span[0] + 1, span[1]))
    if token is None:
        return span
    sent = token[0].sent
    return (sent.start_char, sent.end_char)


def _incident_for(parsed: Parsed, claim: Claim, incidents: list[Linked]) -> str | None:
    sentence = _sentence_of(parsed, claim.span)
    if war_toll(parsed.text[sentence[0] : sentence[1]]):
        return None
    for incident_id, sentences, _mentions, _harms in incidents:
        if any(within(claim.span, s) or s == sentence for s in sentences):
            return incident_id
    # A count of dead or hurt told apart from a peaceful protest or an arrest is not their harm (they lead with
    # no such count, `assemble._main_first`): it goes by nearness to an incident that may harm.
    if claim.kind in _HARM_KINDS:
        incidents = [i for i in incidents if i[3]] or incidents
    paragraph = parsed.paragraph_of(claim.span[0])
    # The nearest incident named before the claim in its paragraph, then the one just before or after it.
    best: tuple[int, int, str] | None = None
    for incident_id, _sentences, mentions, _harms in incidents:
        for m in mentions:
            gap = paragraph - parsed.paragraph_of(m[0])
            if 0 <= gap <= 1 or (gap == -1 and m[0] > claim.span[0]):
                key = (abs(gap) + (1 if gap < 0 else 0), abs(claim.span[0] - m[0]), incident_id)
                best = key if best is None or key < best else best
    if best is not None:
        return best[2]
    return incidents[0][0] if incidents else None


def _sum_of_places(parsed: Parsed, claim: Claim) -> bool:
    """Whether the claim's sentence adds up strikes across a country or separate attacks."""
    sentence = _sentence_of(parsed, claim.span)
    return bool(_ACROSS.search(parsed.text[sentence[0] : sentence[1]].lower()))


def _timed(token: Token) -> bool:
    """Whether a token has a measure of time for its adverb ("a week", "two days")."""
    return any(c.dep_ == "npadvmod" and c.lower_ in _TIME_NOUNS for c in token.children)


def _dated_from(token: Token) -> bool:
    """Whether a token opens, or heads a clause opened by, "a week after" or "two days before" (the parser
    hangs the measure on the preposition or on the clause's verb)."""
    if token.lower_ in ("after", "before") and _timed(token):
        return True
    marks = [c for c in token.children if c.dep_ == "mark" and c.lower_ in ("after", "before")]
    return bool(marks) and (_timed(token) or any(_timed(m) for m in marks))


def _recalled(parsed: Parsed, claim: Claim) -> bool:
    """Whether a claim counts another event's harm: in a clause dated from the story's event ("a week after a
    car bomb killed 30", "days before an air raid killed 40", "two days after shelling killed 14"), or done by
    an event told as earlier ("an earlier attack killed 30", "killed in a previous raid"). The count's own
    clause decides: "said a day after it was announced that strikes killed 41" dates the telling."""
    words = tokens_at(parsed.doc, claim.span[0], max(claim.span[0] + 1, claim.span[1]))
    if words is None:
        return False
    token = words[0]
    while True:
        if _dated_from(token) or _earlier_event(token):
            return True
        if token.pos_ in ("VERB", "AUX") and any(_earlier_event(c) for c in _doers(token)):
            return True
        if token.head.i == token.i or token.pos_ in ("VERB", "AUX") and token.dep_ not in _INNER_CLAUSES:
            return False
        token = token.head


def _earlier_event(token: Token) -> bool:
    """Whether a noun names an act of violence told as earlier than the story's ("an earlier attack")."""
    return (
        token.pos_ in ("NOUN", "PROPN")
        and any(c.dep_ == "amod" and c.lower_ in _EARLIER for c in token.children)
        and bool(find_triggers(token.text))
    )


def _doers(verb: Token) -> list[Token]:
    """The nouns that do a verb's harm: its subject, its "by" agent, the object of its "in", "by" or "during"."""
    out = []
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            out.append(c)
        elif c.dep_ in ("agent", "prep") and c.lower_ in ("by", "in", "during"):
            out.extend(g for g in c.children if g.dep_ == "pobj")
    return out


def link_claims(parsed: Parsed, claims: list[Claim], incidents: list[Linked]) -> list[Claim]:
    """The claims, each with `incident_id` set to the incident it counts (a count of dead or hurt outside the
    incidents' sentences goes to the nearest incident that may harm, where there is one; None for a war's toll;
    for a sum over separate attacks when a figure of one of those attacks follows, wherever it is linked; and
    for the toll of another event, "a week after" the story's or "an earlier attack", when the incident has a
    figure of its own)."""
    linked = [dataclasses.replace(c, incident_id=_incident_for(parsed, c, incidents)) for c in claims]
    out = []
    for c in linked:
        if c.kind == "killed" and c.incident_id is not None and _sum_of_places(parsed, c):
            # "strikes across the country killed 44 people ... in one town 16 were killed": the 16 is an
            # event's own figure, whichever event draft its place or time put it in
            own = [
                o
                for o in linked
                if o.kind == "killed"
                and o.incident_id is not None
                and o.span[0] > c.span[1]
                and o.count.qualifier != "vague"
                and (o.count.low or 0) > 1
                and not _sum_of_places(parsed, o)
            ]
            if own:
                c = dataclasses.replace(c, incident_id=None)
        out.append(c)
    return _without_recalled(parsed, out)


def _without_recalled(parsed: Parsed, claims: list[Claim]) -> list[Claim]:
    """The claims, those of another event taken from an incident that has a figure of its own ("a soldier was
    killed on Monday, a week after a car bomb killed 30": the 30 is another event's)."""
    recalled = {
        c.id for c in claims if c.kind == "killed" and c.incident_id is not None and _recalled(parsed, c)
    }
    counted = {
        c.incident_id
        for c in claims
        if c.kind == "killed" and c.id not in recalled and c.count.qualifier != "vague" and c.count.low
    }
    return [
        dataclasses.replace(c, incident_id=None) if c.id in recalled and c.incident_id in counted else c
        for c in claims
    ]


def repeated_toll(claims: list[Claim], main_id: str) -> str | None:
    """The incident whose figure repeats the main incident's "more than N" as N for the same victims ("over
    100 terrorists killed" in a headline, "at least 100 terrorists" in the body): the same toll told twice."""
    figures = {
        (c.count.low - 1, c.victims.type)
        for c in claims
        if c.incident_id == main_id
        and c.kind == "killed"
        and c.count.qualifier == "more_than"
        and c.count.low
    }
    for c in claims:
        if c.incident_id not in (main_id, None) and c.kind == "killed" and c.count.qualifier != "more_than":
            if (c.count.low, c.victims.type) in figures:
                return c.incident_id
    return None


def _coordinations(claims: list[Claim]) -> list[Claim]:
    """Counts that share one predicate ("killing five women and a child") carry one span: one claim of their
    sum, a part of a larger count only when every member is one."""
    groups: dict[Span, list[Claim]] = {}
    for c in claims:
        groups.setdefault(c.span, []).append(c)
    out = []
    for members in groups.values():
        first = members[0]
        if len(members) == 1 or any(c.count.low is None for c in members):
            out.extend(members)
            continue
        highs = [c.count.high for c in members]
        high = sum(h for h in highs if h is not None) if None not in highs else None
        # "120 fighters and over 60 mercenaries": more than the 180 stated, as one "more than" figure
        above = any(c.count.qualifier == "more_than" for c in members)
        low = sum((c.count.low or 0) - (c.count.qualifier == "more_than") for c in members) + above
        qualifier = "more_than" if above else first.count.qualifier
        subset = all(c.victims.type in _SUBSET_VICTIMS for c in members)
        victims = Victims("children" if subset else "people")
        count = dataclasses.replace(first.count, low=low, high=high, qualifier=qualifier)
        out.append(dataclasses.replace(first, count=count, victims=victims))
    return out


def _one(claim: Claim) -> bool:
    """A count written as "one" ("One dead", "one woman"), not "one of the commanders" or a named victim."""
    written = claim.count.as_written.lower().split()
    return written[:1] in (["one"], ["1"]) and written[1:2] != ["of"]


def _parts(claims: list[Claim]) -> list[Claim]:
    """Claims named inside another claim's span after its figure ("killed 14 villagers, including six
    children", "twelve farmers, seven of them women"): parts of that count, no totals."""
    return [
        c
        for c in claims
        if any(o.span[0] < c.span[0] and c.span[1] <= o.span[1] for o in claims if o is not c)
    ]


def _stated(claim: Claim) -> int | None:
    """The number a claim's words state ("nearly 58 people" -> 58)."""
    numbers = [n.value for n in find_numbers(claim.count.as_written) if n.value is not None]
    return numbers[0] if numbers else None


def _tally(claims: list[Claim]) -> Tally | None:
    ids = tuple(c.id for c in claims)
    claims = _coordinations(claims)
    parts = _parts(claims)
    bounding = [c for c in claims if c.victims.type not in _SUBSET_VICTIMS]
    # a part ("including six soldiers") bounds the toll as any claim does, but is no total to lead with
    whole = [c for c in bounding if c not in parts]
    if not any(c.count.qualifier != "vague" and c.count.low is not None for c in whole):
        # "at least three women" outranks "dozens died": children and women lead when no other figure is exact
        whole = bounding = claims
    highs = [c.count.high for c in bounding if c.count.high is not None]
    precise = [c for c in whole if c.count.qualifier != "vague" and c.count.low is not None]
    # The low is the figure the article leads with: later, smaller figures are mostly parts of it ("15 in
    # the town, six in a village") or earlier tolls, and a vague "dozens" only bounds it. Measured on
    # FA-KES, the lead figure matches the annotated toll far more often than the minimum or the maximum.
    # A toll of several outranks one named victim told before it ("a commander and 25 fighters were killed",
    # "the bomber blew himself up, killing four"): the one is mostly among them or the attacker.
    several = [c for c in precise if c.count.low is not None and c.count.low > 1]
    # A vague toll told first ("an attack which killed dozens") bounds the figures after it: a smaller one
    # ("three people had died since") is a part or an aftermath, not the toll
    opening = min(whole, key=lambda c: c.span, default=None)
    if opening is not None and opening.count.qualifier == "vague" and opening.count.low:
        floor = opening.count.low
        several = [c for c in several if (c.count.low or 0) >= floor] or several
    # ...but one victim told twice before any larger figure ("One dead in raid", "One woman was killed") is
    # the story's toll; the larger figure after it is mostly an earlier event's
    if several:
        first_several = min(c.span for c in several)
        ones = [c for c in claims if c.count.low == c.count.high == 1 and c.span < first_several and _one(c)]
        if len(ones) >= 2:
            several = []
            precise = sorted(ones, key=lambda c: c.span)
    lead = sorted(several or precise or [c for c in whole if c.count.low is not None], key=lambda c: c.span)
    if not lead and not highs:
        return None
    low = lead[0].count.low if lead else None
    if lead and lead[0].count.qualifier == "more_than" and low is not None:
        # "over 20 killed": the claim's bound is 21, the incident's figure is the 20 the text states, the
        # conservative number a coder records (as ACLED does, and as "at least 20" told elsewhere agrees)
        low -= 1
    if low is None:
        # "nearly 58 people were killed", "up to 30 died" give no lower bound: the figure the text states is
        # the incident's, as "more than 20" gives 20
        bounded = sorted((c for c in whole if c.count.qualifier == "up_to"), key=lambda c: c.span)
        low = next((v for c in bounded if (v := _stated(c)) is not None), None)
    high = max(highs) if highs else None
    if low is not None and high is not None and high < low:
        high = low
    return Tally(low, high, ids)


def tally(claims: list[Claim]) -> dict[str, Tally]:
    """Casualties per kind: the lead figure as the lower bound and the largest upper bound across claimants."""
    out = {}
    for kind in ("killed", "injured"):
        found = _tally([c for c in claims if c.kind == kind])
        if found is not None:
            out[kind] = found
    return out
