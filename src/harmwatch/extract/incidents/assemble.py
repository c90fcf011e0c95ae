"""Incidents typed with the ACLED taxonomy, linked to their claims."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from functools import partial

from harmwatch.extract.incidents.claims import Linked, link_claims, repeated_toll, tally
from harmwatch.extract.incidents.classify import sub_event_type
from harmwatch.extract.incidents.context import (
    PRECISION_RANK,
    dateline_of,
    in_event_clause,
    locating,
    main_place,
    place_in,
    reference_points,
    same_place,
    same_time,
    story_places,
    time_in,
)
from harmwatch.extract.incidents.kinds import armed_on_armed, no_one_inflicted, weak_harm
from harmwatch.extract.incidents.participants import attacker_for, perpetrator_for
from harmwatch.extract.incidents.tolls import toll_perpetrator
from harmwatch.extract.incidents.words import (
    EVENT_TYPE,
    Trigger,
    find_triggers,
    not_an_event,
    targets_in,
    unreal,
)
from harmwatch.nlp import Parsed, tokens_at
from harmwatch.records import (
    Actor,
    Claim,
    Incident,
    Perpetrator,
    Place,
    Quote,
    Span,
    Statement,
    Target,
    TimeRef,
    Weapon,
    within,
)

# A later mention more than this many paragraphs away is another incident unless it refers back ("the attack").
MAX_GAP = 4
# Targets that make an incident of their own: a hit on a hospital or a UN office is reported as one.
_DISTINCT_TARGETS = frozenset({"un", "medical", "school", "aid"})
# Weak words (a bomb, an explosion) join a remote-violence incident already under way.
_WEAK_RANK = 8


@dataclass
class _Draft:
    sub: str
    place: Place | None
    time: TimeRef | None
    mentions: list[Span] = field(default_factory=list)
    sentences: list[Span] = field(default_factory=list)
    paragraph: int = 0
    weapons: dict[str, str] = field(default_factory=dict)
    targets: dict[str, str] = field(default_factory=dict)
    perpetrator: Perpetrator | None = None
    generic: bool = False
    # told in a sentence that seems to talk about violence in general (`not_an_event`): an incident only
    # when the text tells of no other
    doubtful: bool = False


@dataclass(frozen=True, slots=True)
class _Sentence:
    span: Span
    paragraph: int
    triggers: list[Trigger]
    place: Place | None
    time: TimeRef | None
    named: bool = False  # names a place or a date, known to the gazetteer or not


_ANCHORS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME"})


def _sentences(parsed: Parsed, places: list[Place], times: list[TimeRef]) -> list[_Sentence]:
    out = []
    for sent in parsed.doc.sents:
        span = (sent.start_char, sent.end_char)
        triggers = find_triggers(sent.text, sent.start_char)
        if triggers:
            # the place named in an event word's own clause, not in a clause about another act
            place = place_in(
                span, places, partial(in_event_clause, parsed, events=[t.span for t in triggers])
            )
            time = time_in(parsed, span, times, triggers[0].span[0])
            named = any(e.label_ in _ANCHORS for e in sent.ents)
            out.append(_Sentence(span, parsed.paragraph_of(span[0]), triggers, place, time, named))
    return out


def _joinable(draft: _Draft, sub: str, weak: bool, sentence: _Sentence, targets: dict[str, str]) -> bool:
    same_type = draft.sub == sub or (weak and EVENT_TYPE[draft.sub] == "Explosions/Remote violence")
    if not same_type or sentence.paragraph - draft.paragraph > MAX_GAP:
        return False
    if not (same_place(draft.place, sentence.place) and same_time(draft.time, sentence.time)):
        return False
    # A hit on a UN office or a hospital is an incident of its own: other mentions neither join it nor it them.
    special = {k for k in targets.values() if k in _DISTINCT_TARGETS}
    return special == {k for k in draft.targets.values() if k in _DISTINCT_TARGETS}


def _add(draft: _Draft, sentence: _Sentence, triggers: list[Trigger], targets: dict[str, str]) -> None:
    draft.mentions += [t.span for t in triggers]
    draft.sentences.append(sentence.span)
    draft.paragraph = sentence.paragraph
    draft.place = draft.place or sentence.place
    draft.time = draft.time or sentence.time
    for t in triggers:
        if t.weapon_class:
            draft.weapons.setdefault(t.text.lower(), t.weapon_class)
    for label, kind in targets.items():
        draft.targets.setdefault(label, kind)


def _accidental(text: str, sentences: list[_Sentence]) -> set[int]:
    """The paragraphs whose harm no one inflicted: one sentence names nature or an accident as the cause of
    the harm it tells ("a furnace exploded", "were injured in the accident") and none names a weapon or an
    act beyond an explosion. Their other sentences' generic words and explosions ("the explosion occurred
    at ...", "19 were killed when the bus plunged ...") tell of the same harm. (A cause named in a sentence
    that tells no harm does not count: in wire copy it costs reports of attacks.)"""
    paragraphs: dict[int, list[tuple[str, list[Trigger]]]] = {}
    for s in sentences:
        specific = [t for t in s.triggers if t.sub_event_type]
        paragraphs.setdefault(s.paragraph, []).append((text[s.span[0] : s.span[1]], specific))
    return {
        n
        for n, told in paragraphs.items()
        if all(weak_harm(specific) for _, specific in told)
        and any(no_one_inflicted(words, specific) for words, specific in told)
    }


def _drafts(parsed: Parsed, sentences: list[_Sentence]) -> list[_Draft]:
    text = parsed.text
    drafts: list[_Draft] = []
    doubtful: list[_Draft] = []
    pending: list[tuple[_Sentence, list[Trigger]]] = []
    accidental = _accidental(text, sentences)
    for sentence in sentences:
        if sentence.paragraph in accidental:
            continue
        words = text[sentence.span[0] : sentence.span[1]]
        specific = [t for t in sentence.triggers if t.sub_event_type]
        targets = dict(targets_in(words))
        # talk of violence the model may still read as an event; a threat or a plan never is one
        if specific and not_an_event(words) and not unreal(words) and not doubtful:
            typed = sub_event_type(words, sentence.triggers, sentence.span[0], doc=parsed.doc)
            if typed is not None:
                # kept aside: an incident only where the text has no other (`extract_incidents`)
                talk = _Draft(
                    typed, sentence.place, sentence.time, paragraph=sentence.paragraph, doubtful=True
                )
                _add(talk, sentence, specific, targets)
                doubtful.append(talk)
        if not specific or not_an_event(words):
            target = _referent(drafts, sentence)
            # a killing told after an agreement or a seizure of arms is an act of its own, not part of it
            if target is not None and _harm_apart(target, sentence.triggers):
                target = None
            if target is not None and not (
                specific and target.sub not in {t.sub_event_type for t in specific}
            ):
                _add(target, sentence, sentence.triggers, {})
            elif not specific:
                pending.append((sentence, sentence.triggers))
            continue
        best = min(specific, key=lambda t: t.rank)
        typed = sub_event_type(words, sentence.triggers, sentence.span[0], doc=parsed.doc)
        if typed is None:  # a disaster, a crime, diplomacy: no conflict event
            continue
        sub = typed
        weak = best.rank >= _WEAK_RANK and sub == "Remote explosive/landmine/IED"
        draft = next((d for d in reversed(drafts) if _joinable(d, sub, weak, sentence, targets)), None)
        if draft is None:
            draft = _Draft(sub, sentence.place, sentence.time, paragraph=sentence.paragraph)
            drafts.append(draft)
            # Generic words before the first typed event (the headline's "attack") describe it.
            if len(drafts) == 1:
                for earlier, triggers in pending:
                    if not _harm_apart(draft, triggers):
                        _add(
                            draft,
                            earlier,
                            triggers,
                            dict(targets_in(text[earlier.span[0] : earlier.span[1]])),
                        )
                pending = [(e, t) for e, t in pending if _harm_apart(draft, t)]
        _add(draft, sentence, specific, targets)
    # Attacks told only in generic words ("guerrillas attacked the farm") count when no typed violent
    # event does: next to an agreement or an arrest, they are the story's violence.
    if pending and all(EVENT_TYPE[d.sub] in _NON_VIOLENT for d in drafts):
        drafts += _generic_drafts(text, pending)
    return _one_demonstration(drafts) + doubtful


# A demonstration's sub-types by how far it went: ACLED codes it once, by what it came to.
_ESCALATION = (
    "Peaceful protest",
    "Protest with intervention",
    "Excessive force against protesters",
    "Violent demonstration",
)


def _one_demonstration(drafts: list[_Draft]) -> list[_Draft]:
    """A demonstration told over several sentences at the same place and time ("protesters marched on
    Saturday ... clashes broke out with police") is one event, typed by the furthest its sentences say it
    went (a peaceful protest that police broke up is a protest with intervention; one where demonstrators
    fought, a violent demonstration)."""
    out: list[_Draft] = []
    for draft in drafts:
        first = next(
            (
                d
                for d in out
                if d.sub in _ESCALATION
                and draft.sub in _ESCALATION
                and draft.paragraph - d.paragraph <= MAX_GAP
                and same_place(d.place, draft.place)
                and same_time(d.time, draft.time)
            ),
            None,
        )
        if first is None:
            out.append(draft)
            continue
        first.mentions += draft.mentions
        first.sentences += draft.sentences
        first.place = first.place or draft.place
        first.time = first.time or draft.time
        for label, kind in draft.targets.items():
            first.targets.setdefault(label, kind)
        for label, weapon in draft.weapons.items():
            first.weapons.setdefault(label, weapon)
        first.sub = max(first.sub, draft.sub, key=_ESCALATION.index)
    return out


def _referent(drafts: list[_Draft], sentence: _Sentence) -> _Draft | None:
    """The incident a sentence without its own event word refers back to ("the attack")."""
    for draft in reversed(drafts):
        if sentence.paragraph - draft.paragraph <= 1 and same_place(draft.place, sentence.place):
            return draft
    return None


_HARM_WORD = re.compile(
    r"^(?:attack(?:s|ed|ing)?|assaults?|kill(?:ed|ing|ings)?|dead|deaths?|died|wounded|injur(?:ed|ies))$",
    re.I,
)


def _linked(text: str, incident_id: str, draft: _Draft) -> Linked:
    """What `link_claims` reads of a draft: its sentences, its event words and whether it may harm anyone (a
    count of dead told near a peaceful protest or an arrest is another act's harm: `_harmless`)."""
    return incident_id, draft.sentences, draft.mentions, not _harmless(text, draft)


def _harm_apart(draft: _Draft, triggers: list[Trigger]) -> bool:
    """Whether generic words of killing or attacking tell of an act apart from a draft that is no violent
    event (an agreement, a seizure of arms, a protest): they do not join it."""
    return EVENT_TYPE[draft.sub] in _NON_VIOLENT and any(_HARM_WORD.match(t.text) for t in triggers)


_VIOLENT_GENERIC = re.compile(
    r"^(?:attack(?:s|ed|ing)?|assaults?|raids?|kill(?:ed|ing|ings)?|massacre\w*)$", re.I
)


def _attack_or_clash(words: str, triggers: list[Trigger], start: int, targets: dict[str, str]) -> str:
    """An attack on soldiers or their posts, and on no civilians, is a clash between armed groups, and so is
    an armed actor acting on another."""
    kinds = set(targets.values())
    if "civilians" in kinds:
        return "Attack"
    return "Armed clash" if "military" in kinds or armed_on_armed(words, triggers, start) else "Attack"


def _generic_drafts(text: str, pending: list[tuple[_Sentence, list[Trigger]]]) -> list[_Draft]:
    """An 'Attack' from generic words alone, when the text reports one ('guerrillas attacked the farm')."""
    drafts: list[_Draft] = []
    for sentence, triggers in pending:
        words = text[sentence.span[0] : sentence.span[1]]
        if not_an_event(words) or not any(_VIOLENT_GENERIC.match(t.text) for t in triggers):
            continue
        targets = dict(targets_in(words))
        typed = sub_event_type(words, triggers, sentence.span[0], generic=True)
        if typed is None:
            continue
        # the words name no kind of attack, so the model only tells whether it is one; targets type it
        sub = _attack_or_clash(words, triggers, sentence.span[0], targets)
        draft = next((d for d in drafts if same_place(d.place, sentence.place)), None)
        if draft is None:
            draft = _Draft(sub, sentence.place, sentence.time, paragraph=sentence.paragraph, generic=True)
            drafts.append(draft)
        _add(draft, sentence, triggers, targets)
    return drafts


def _voted_place(
    parsed: Parsed, draft: _Draft, places: list[Place], landmarks: set[Span]
) -> tuple[Place | None, Place | None]:
    """The town or division named in most of an incident's sentences, and failing one the country named;
    `landmarks` (context.reference_points) only locate other places and cast no vote."""
    votes: dict[str, tuple[int, int, int, Place]] = {}
    for sentence in draft.sentences:
        for place in places:
            starts = [
                m[0]
                for m in place.mentions
                if within(m, sentence)
                and m not in landmarks
                and locating(parsed, place, m)
                and in_event_clause(parsed, m, [e for e in draft.mentions if within(e, sentence)])
            ]
            if starts:
                n, _rank, first, _p = votes.get(place.id, (0, 0, starts[0], place))
                rank = -PRECISION_RANK.get(place.precision, 5) - (1 if place.qualifier else 0)
                votes[place.id] = (n + 1, rank, min(first, starts[0]), place)
    local = [v for v in votes.values() if v[3].precision not in ("country", "unknown")]
    rest = list(votes.values())

    def held(v: tuple[int, int, int, Place], pool: list[tuple[int, int, int, Place]]) -> int:
        # A town and the province it lies in vote together ("in Hama ... a village of Hama province" against
        # one mention of Homs): the area named most, then its most precise place.
        return sum(o[0] for o in pool if o[3].id != v[3].id and same_place(o[3], v[3]))

    def best(pool: list[tuple[int, int, int, Place]]) -> Place | None:
        return max(pool, key=lambda v: (v[0] + held(v, pool), v[0], v[1], -v[2]))[3] if pool else None

    return best(local), best(rest)


_DEFINITE = re.compile(r"\b(?:the|these|those)\s+$", re.I)


def _perpetrator_elsewhere(
    parsed: Parsed,
    draft: _Draft,
    sentences: list[_Sentence],
    actors: list[Actor],
    quotes: list[Quote],
    statements: list[Statement],
    victims: list[Span],
    taken: set[Span],
) -> Perpetrator | None:
    """Who the article says carried out events of the same kind at the same place ("the strikes were
    carried out by Russian jets"), when the incident's own sentences name no one. Sentences that tell of
    another incident do not count: that one's perpetrator is not this one's."""
    # A headline, dateline and lead run together make one long sentence: its later event words
    # ("killed in Syrian regime airstrikes") name the actor the first one did not.
    for mention in sorted(draft.mentions):
        sentence_span = next((s for s in draft.sentences if within(mention, s)), None)
        if sentence_span is not None:
            found = perpetrator_for(parsed.doc, sentence_span, mention, actors, quotes, statements, victims)
            if found is not None:
                return found
    for sentence in sentences:
        if sentence.span in taken:
            continue
        # "the strikes were carried out by ...": a definite event word points back at the story's event,
        # wherever the sentence's other place words ("the Britain-based monitor") lie.
        definite = any(
            _DEFINITE.search(parsed.text[max(0, t.span[0] - 6) : t.span[0]])
            and t.sub_event_type in (None, draft.sub)
            for t in sentence.triggers
        )
        if not definite and not same_place(draft.place, sentence.place):
            continue
        for trigger in sentence.triggers:
            if trigger.sub_event_type == draft.sub:
                found = perpetrator_for(
                    parsed.doc,
                    sentence.span,
                    trigger.span,
                    actors,
                    quotes,
                    statements,
                    victims,
                )
                if found is not None:
                    return found
    # "Syrian regime jets pounded the town": an armed subject of a verb of attacking at the same place, when
    # no event word of the incident's kind names anyone; the verb names no kind, so it may tell of this one.
    for sentence in sentences:
        if not same_place(draft.place, sentence.place):
            continue
        found = attacker_for(parsed.doc, sentence.span, actors, quotes, statements, victims)
        if found is not None:
            return found
    return None


_NON_VIOLENT = frozenset({"Strategic developments", "Protests"})
# Told before an act of armed violence, these are its background rather than the story's event.
_BACKGROUND = _NON_VIOLENT | {"Riots"}
_HARM_KINDS = frozenset({"killed", "injured", "killed_or_injured", "abducted", "missing"})


# Verb tags of an event told as one act ("attacked", "have marched", "lynches"); a noun tells of one in the
# singular ("a bomb") and of violence in general in the plural ("bombings"), whatever its last letter.
_ONE_ACT_TAGS = frozenset({"VBD", "VBN", "VBZ", "VBP", "NN", "NNP"})


def _tells_one(parsed: Parsed, mention: Span) -> bool:
    """Whether an event word names one act by its part of speech: a verb in a tense, or a singular noun
    (the head of a phrase such as "freed several villages" is its verb)."""
    tokens = tokens_at(parsed.doc, *mention)
    if tokens is None:
        return False
    return tokens.root.tag_ in _ONE_ACT_TAGS


def _concrete(parsed: Parsed, draft: _Draft, sentences: list[_Sentence], claims: list[Claim]) -> bool:
    """Whether a draft reports one event rather than talking about violence in general: a count of its harm,
    or a place or time of its own, or an event word that names one act ("attacked", "a bomb")."""
    own = set(draft.sentences)
    if any(c.kind in _HARM_KINDS and any(within(c.span, s) for s in own) for c in claims):
        return True
    mine = [s for s in sentences if s.span in own]
    # An arrest, a protest or a riot is an event of its own where the text places or dates it ("protesters
    # marched in the capital on Friday") or tells it with a verb ("police detained 30").
    if EVENT_TYPE[draft.sub] in ("Strategic developments", "Protests", "Riots"):
        return any(s.place is not None or s.time is not None or s.named for s in mine) or any(
            _verb(parsed, m) for m in draft.mentions
        )
    # "bombings", "assassinations" alone are violence talked about; "a bomb", "attacked" tell of one, and
    # so do "two suicide bombers" placed and dated.
    located = any(s.place is not None and s.time is not None for s in mine)
    return located or any(_tells_one(parsed, m) for m in draft.mentions)


def _verb(parsed: Parsed, mention: Span) -> bool:
    tokens = tokens_at(parsed.doc, *mention)
    return tokens is not None and tokens.root.tag_ in ("VBD", "VBN", "VBZ", "VBP")


# The words that tell of an arrest and nothing else: "captured" also tells of fighters or ground taken in battle.
_ARREST_WORD = re.compile(r"arrest(?:ed|s)?|detained|rounded up", re.I)
# Protests that met no force beyond dispersal: ACLED's definitions of them exclude harm to people.
_UNHARMED_PROTESTS = frozenset({"Peaceful protest", "Protest with intervention"})


def _harmless(text: str, draft: _Draft) -> bool:
    """Whether a draft tells of an act that harms no one: a peaceful protest, or an arrest told with a word
    of arrest."""
    if draft.sub in _UNHARMED_PROTESTS:
        return True
    return draft.sub == "Arrests" and any(_ARREST_WORD.fullmatch(text[a:b]) for a, b in draft.mentions)


def _main_first(parsed: Parsed, drafts: list[_Draft], claims: list[Claim]) -> list[_Draft]:
    """The drafts in order of first mention, the main one first: the event of the first precise death toll
    (else the first that counts dead or hurt), since a story leads with its deadliest event."""
    drafts = sorted(drafts, key=lambda d: min(d.mentions))
    linked = link_claims(parsed, claims, [_linked(parsed.text, str(n), d) for n, d in enumerate(drafts)])
    # An arrest or a peaceful protest harms no one: a death or a wound counted beside it ("arrested for the
    # murder of ...", "marched to mourn the three killed") is the harm of an act of violence, and leads only
    # when the text tells of none.
    harmless = {str(n) for n, d in enumerate(drafts) if _harmless(parsed.text, d)}
    if len(harmless) == len(drafts):
        harmless = set()
    harm = [
        c for c in linked if c.kind in ("killed", "injured") and c.count.low and c.incident_id not in harmless
    ]
    harmed = {c.incident_id for c in harm}
    # Without a count of harm, the first act of armed violence leads: an agreement, an arrest, a protest
    # or a riot named before it is background to it.
    violent = next((n for n, d in enumerate(drafts) if EVENT_TYPE[d.sub] not in _BACKGROUND), 0)
    first = next((n for n in range(len(drafts)) if str(n) in harmed), violent)
    counted = {c.incident_id for c in harm if c.count.qualifier != "vague"}
    # A story leads with the event of its first precise death toll, even where another act is named first.
    tolls = [c for c in harm if c.kind == "killed" and c.count.qualifier != "vague" and c.incident_id]
    earliest = min(tolls, key=lambda c: c.span, default=None)
    toll_first = int(earliest.incident_id) if earliest is not None and earliest.incident_id else first
    # The main event's toll told apart, split off by a place or a time of its own, joins it (which keeps its
    # place and time): when the main event has only a vague count, the next event of its kind with a figure
    # ("dozens killed in air strikes" first, "the strikes killed 45" later); and the event that repeats its
    # "over 100 killed" as "at least 100".
    same = None
    if str(first) not in counted:
        same = next(
            (
                d
                for n, d in enumerate(drafts)
                if str(n) in counted and n != first and d.sub == drafts[first].sub
            ),
            None,
        )
    # a precise toll below the vague one told first ("hundreds killed" in a battle, then "17 killed" by a
    # bomb) counts another event
    vague = [c.count.low or 0 for c in harm if c.incident_id == str(first) and c.kind == "killed"]
    below = earliest is not None and (earliest.count.low or 0) < max(vague, default=0)
    if same is None and (any(c.incident_id == str(first) for c in tolls) or not below):
        first = toll_first
        repeated = repeated_toll(linked, str(first)) if str(first) in counted else None
        same = drafts[int(repeated)] if repeated is not None else None
    main = drafts[first]
    if same is not None:
        main.sentences += same.sentences
        main.mentions += same.mentions
        drafts = [d for d in drafts if d is not same]
    return [main, *(d for d in drafts if d is not main)]


def _placing(parsed: Parsed, place: Place | None) -> Place | None:
    """A sentence's place, unless every mention of it stands for a government ("Ankara accused ...")."""
    return place if place and any(locating(parsed, place, m) for m in place.mentions) else None


def extract_incidents(
    parsed: Parsed,
    claims: list[Claim],
    actors: list[Actor],
    places: list[Place],
    times: list[TimeRef],
    statements: list[Statement],
    quotes: list[Quote],
) -> tuple[list[Incident], list[Claim]]:
    """The incidents the article reports, main one first, and the claims with `incident_id` set."""
    sentences = _sentences(parsed, places, times)
    found = _drafts(parsed, sentences)
    drafts = [d for d in found if not d.doubtful and _concrete(parsed, d, sentences, claims)]
    if not drafts:
        # Where the rules see only talk of violence and no event, the model has the last word on the lead
        # paragraph, where a report tells its event: the first event it types there stands.
        lead = [d for d in found if parsed.paragraph_of(min(d.sentences)[0]) == 0]
        drafts = sorted(lead, key=lambda d: min(d.mentions))[:1]
    if not drafts:
        return [], claims
    drafts.sort(key=lambda d: min(d.mentions))
    home = story_places(parsed, places)
    landmarks = reference_points(parsed, home)
    story_place = main_place(parsed, home, landmarks)
    dateline = dateline_of(times)
    victims = [c.span for c in claims]
    taken = {span for d in drafts for span in d.sentences}
    for draft in drafts:
        # The story's town stands in for a country-wide mention ("air strikes in Syria", "US-led strikes").
        local, named = _voted_place(parsed, draft, home, landmarks)
        draft.place = local or story_place or named or _placing(parsed, draft.place)
        draft.time = draft.time or dateline
        for sentence in sorted(draft.sentences):
            mention = next((m for m in sorted(draft.mentions) if within(m, sentence)), None)
            if draft.perpetrator is None and mention is not None:
                draft.perpetrator = perpetrator_for(
                    parsed.doc, sentence, mention, actors, quotes, statements, victims
                )
        if draft.perpetrator is None:
            draft.perpetrator = _perpetrator_elsewhere(
                parsed, draft, sentences, actors, quotes, statements, victims, taken
            )
    drafts = _main_first(parsed, drafts, claims)
    ids = [f"i{n}" for n in range(1, len(drafts) + 1)]
    linked = link_claims(
        parsed, claims, [_linked(parsed.text, i, d) for i, d in zip(ids, drafts, strict=True)]
    )
    incidents = []
    for incident_id, draft in zip(ids, drafts, strict=True):
        own = [c for c in linked if c.incident_id == incident_id]
        casualties = tally(own)
        # who did the harm the incident's figure counts, else who the event words name
        perpetrator = toll_perpetrator(
            parsed.doc, own, casualties, actors, quotes, statements, draft.perpetrator
        )
        incidents.append(
            Incident(
                id=incident_id,
                event_type=EVENT_TYPE[draft.sub],
                sub_event_type=draft.sub,
                perpetrator=perpetrator,
                targets=tuple(Target(label, kind) for label, kind in draft.targets.items()),
                weapons=tuple(Weapon(label, cls) for label, cls in draft.weapons.items()),
                place_id=draft.place.id if draft.place else None,
                time_id=draft.time.id if draft.time else None,
                casualties=casualties,
                claim_ids=tuple(c.id for c in own),
                mentions=tuple(sorted(set(draft.mentions))),
            )
        )
    return incidents, [dataclasses.replace(c, incident_id=c.incident_id) for c in linked]
