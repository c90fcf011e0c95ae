"""Where and when an incident happened: the places and times of its sentences, the story's own place and date."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence

from spacy.tokens import Token

from harmwatch.extract.quotes.cues import is_speech_verb
from harmwatch.geo import capital_id
from harmwatch.nlp import Parsed, tokens_at
from harmwatch.records import Place, Span, TimeRef, within

# A capitalised place this close to the top ("BEIRUT (Reuters) -") is where the story was filed.
DATELINE_CHARS = 80


# A town or division named tells where a story happens better than a country named: "US" is also an adjective.
LOCAL_WEIGHT = 2

PRECISION_RANK = {"exact": 0, "neighborhood": 1, "city": 2, "admin1": 3, "country": 4, "unknown": 5}


def place_in(span: Span, places: list[Place], keep: Callable[[Span], bool] | None = None) -> Place | None:
    """The most precise place mentioned in a sentence (the first one among equals), of the mentions `keep`
    accepts."""
    found = [(p, m) for p in places for m in p.mentions if within(m, span) and (keep is None or keep(m))]
    if not found:
        return None
    return min(found, key=lambda pm: (PRECISION_RANK.get(pm[0].precision, 5), pm[1][0]))[0]


def _clause_head(token: Token) -> Token:
    """The verb heading the clause a word stands in (the sentence's root when no verb is above it)."""
    node = token
    while node.pos_ not in ("VERB", "AUX") and node.head != node:
        node = node.head
    return node


# A place that acts ("Russia said", "the United Kingdom shares the assessment", "Turkey's army") is an actor.
_ACTING = frozenset({"nsubj", "nsubjpass", "poss"})
# A pronoun that opens a relative clause stands for the word it modifies: "a strike that hit the town".
_RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


def _own_subject(clause: Token) -> bool:
    """Whether a clause tells of an act with a subject of its own ("as troops advanced on the city")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in _RELATIVE_TAGS for c in clause.children)


def _path(lower: Token, upper: Token) -> list[Token]:
    """The clause heads from `lower` up to `upper` (`upper` left out); `upper` is an ancestor of `lower`."""
    out, node = [], lower
    while node != upper and node.head != node:
        if node.pos_ in ("VERB", "AUX"):
            out.append(node)
        node = node.head
    return out


def _places_event(place: Token, event: Token) -> bool:
    """Whether a place word may tell where an event word's act happened, by the clauses they stand in: the
    same clause; a clause below the event's that is no act of another subject ("killing five in X", "a strike
    that hit X", not "as troops advanced on X"); or a clause above it where the place does not act ("in X,
    activists said a strike ...", not "X said a strike ..."). Clauses side by side ("and", "as") tell of
    other acts."""
    clause, own = _clause_head(place), _clause_head(event)
    if clause == own:
        return True
    if own in clause.ancestors:
        return not any(_own_subject(c) for c in _path(clause, own))
    if clause in own.ancestors:
        return place.dep_ not in _ACTING and not any(c.dep_ == "conj" for c in _path(own, clause))
    # side by side: the clauses up to the one both stand in ("the group that tracks the war from X" names
    # where the group works, "as troops advanced on X" another act)
    top = next(a for a in clause.ancestors if a == own or own in a.ancestors or a.head == a)
    return not any(_own_subject(c) for c in _path(clause, top)) and place.dep_ not in _ACTING


def in_event_clause(parsed: Parsed, mention: Span, events: Sequence[Span]) -> bool:
    """Whether a place mention may tell where one of its sentence's event words happened (see _places_event);
    true when no parse tells (a sentence left unparsed, no event word in the sentence)."""
    found = tokens_at(parsed.doc, *mention)
    if found is None or not found.root.dep_:
        return True
    place = found.root
    words = [w.root for w in (tokens_at(parsed.doc, *e) for e in events) if w is not None]
    words = [w for w in words if w.sent == place.sent and w.dep_]
    return not words or any(_places_event(place, w) for w in words)


_SPEECH_VERBS = frozenset(
    {
        "say",
        "tell",
        "announce",
        "report",
        "state",
        "add",
        "slam",
        "condemn",
        "call",
        "release",
        "claim",
        "accuse",
    }
)


def _speech_time(parsed: Parsed, time: TimeRef) -> bool:
    """Whether a time dates a statement ("On Sunday, the envoy slammed ...") rather than the event."""
    span = tokens_at(parsed.doc, *time.span)
    if span is None:
        return False
    node = span.root
    for _ in range(4):
        if node.pos_ in ("VERB", "AUX") or node.head is node:
            break
        node = node.head
    return node.lemma_.lower() in _SPEECH_VERBS


# What follows the date of a wire dateline: "IDLIB, Syria, May 3 (Agency) -".
_FILED_DATE_END = re.compile(r"\s*\([A-Z][\w .&/-]*\)\s*[-–—]")


def _filed_on(parsed: Parsed, time: TimeRef) -> bool:
    """Whether a time is the date of a wire dateline in the text: the day the story was filed, not the event's."""
    return bool(_FILED_DATE_END.match(parsed.text, time.span[1]))


def time_in(parsed: Parsed, span: Span, times: list[TimeRef], anchor: int) -> TimeRef | None:
    """The event time of a sentence: its written-out date, else its day nearest to the event word, leaving out
    times of statements."""
    # A year or a month ("last year", "in 2013") dates a background event, not the one reported, and so does
    # a run of days ("the past ten days", "since Wednesday", "two days of"): it sums up a campaign.
    found = [
        t
        for t in times
        if within(t.span, span)
        and t.anchor != "dateline"
        and t.start
        and t.precision == "day"
        and t.end == t.start
    ]
    found = [t for t in found if not _speech_time(parsed, t) and not _filed_on(parsed, t)]
    # A calendar date the sentence writes out beats a weekday resolved against the report's own date: a
    # follow-up's "on Tuesday" may be a later Tuesday than the "4 May" it tells of.
    found = [t for t in found if t.anchor == "absolute"] or found
    return min(found, key=lambda t: abs(t.span[0] - anchor)) if found else None


def same_place(a: Place | None, b: Place | None) -> bool:
    """Whether two mentions may tell of one place: unknown, equal, a part of a city, or one holding the other."""
    if a is None or b is None or a.id == b.id:
        return True
    if a.country_code != b.country_code:
        return False
    if a.geonames_id and a.geonames_id == b.geonames_id:
        return True  # the same city, another part of it
    # A country or a division holds the city named elsewhere; two cities are two places.
    if "country" in (a.precision, b.precision):
        return True
    city, division = (a, b) if b.precision == "admin1" else (b, a)
    if division.precision != "admin1" or city.precision != "city":
        return False
    # "Damascus countryside" surrounds Damascus even where the gazetteer files the city under another division.
    return city.admin1 == division.name or city.as_written.lower() in division.as_written.lower().split()


def same_time(a: TimeRef | None, b: TimeRef | None) -> bool:
    """Whether two times may date one event: unknown, equal, or overlapping periods."""
    if a is None or b is None or a.id == b.id:
        return True
    if not (a.start and b.start):
        return True
    # Overlapping periods: "three days of assaults" holds "on Sunday".
    return a.start <= (b.end or b.start) and b.start <= (a.end or a.start)


def dateline_mention(parsed: Parsed, span: Span) -> bool:
    """A capitalised place opening the text ("BEIRUT (Reuters) -") is where the story was filed."""
    written = parsed.text[span[0] : span[1]]
    return span[0] < DATELINE_CHARS and written.isupper() and not parsed.text[:400].isupper()


def dateline_of(times: list[TimeRef]) -> TimeRef | None:
    """The article's own date: the time the dateline reader (ingest.dateline.find_dateline) marked."""
    return next((t for t in times if t.anchor == "dateline" and t.start), None)


def _adjectival(parsed: Parsed, span: Span) -> bool:
    """A name that modifies another word ("US-led strikes", "the Syria-Turkey border") rather than placing one."""
    return parsed.text[span[1] : span[1] + 1] in ("-", "–")


# What follows a wire dateline's place: "MOSCOW (Sputnik) -", "BEIRUT, Lebanon (AP) —".
_FILED = re.compile(r"(?:,\s*[A-Z][\w.]*(?: [A-Z][\w.]*)?)?\s*(?:\([A-Z][\w .&/-]*\)|[-–—]\s)")


def _filed_from(parsed: Parsed, span: Span) -> bool:
    """A wire dateline anywhere in the text (below a headline and a teaser too) names where a story was filed."""
    written = parsed.text[span[0] : span[1]]
    return (
        len(written) > 2
        and written.isupper()
        and not parsed.text[:400].isupper()
        and bool(_FILED.match(parsed.text, span[1]))
    )


# What a capital does when it stands for its government: "Washington blames ...", "Ankara began the operation".
_AGENT_OF = frozenset({"dobj", "ccomp", "xcomp", "dative"})
# Nouns of a relation between two parties: "tensions between Ankara and Moscow", "talks between X and Y" are
# between their governments ("the road between X and Y" joins two places).
_RELATION_NOUNS = frozenset(
    """
    tension relation tie talk rift dispute row spat feud rivalry standoff stand-off crisis quarrel
    rapprochement dialogue negotiation contact deal agreement accord treaty pact truce alliance
    cooperation co-operation coordination friction hostility enmity détente detente animosity mistrust
    distrust gap divide split war
    """.split()
)


def _between_parties(token: Token) -> bool:
    """A name after "between" (or joined to one) of a noun of relation: "tensions between Ankara and Moscow"."""
    node = token.head if token.dep_ == "conj" else token
    while node.dep_ == "conj":
        node = node.head
    prep = node.head
    # the word as written, singular: a capitalised "Tensions" opening a sentence is tagged a name, lemma and all
    noun = prep.head.lower_
    return (
        node.dep_ == "pobj"
        and prep.lower_ == "between"
        and prep.head.pos_ in ("NOUN", "PROPN")
        and (noun in _RELATION_NOUNS or noun.removesuffix("s") in _RELATION_NOUNS)
    )


def _government(parsed: Parsed, place: Place, span: Span) -> bool:
    """A capital standing for its government ("Washington is leading a coalition", "Moscow's ally", "backed
    by Ankara", "Ankara said", "tensions between Ankara and Moscow"), not for a place: the subject of an act
    with an object or of a verb of saying, deciding or accusing, a possessor, an agent, or a party to a
    relation; the addressee of a verb of saying or accusing as well ("Nairobi accused Mogadishu")."""
    if (
        place.precision != "city"
        or not place.geonames_id
        or place.geonames_id != capital_id(place.country_code or "")
    ):
        return False
    found = tokens_at(parsed.doc, *span)
    if found is None:
        return False
    token = found.root
    # "the capital Damascus", "the Syrian capital" name the city itself.
    if any(child.dep_ in ("det", "compound", "amod", "appos") for child in token.children):
        return False
    if (
        token.dep_ == "poss"
        or (token.dep_ == "pobj" and token.head.dep_ == "agent")
        or _between_parties(token)
    ):
        return True
    # "Ankara accused Moscow", "Washington said on Monday": a verb of saying, deciding or accusing has a
    # speaker and an addressee, not a place
    subject = token.head if token.dep_ == "conj" and token.head.dep_ in ("nsubj", "dobj") else token
    if subject.dep_ in ("nsubj", "dobj", "dative") and is_speech_verb(subject.head):
        return True
    return subject.dep_ == "nsubj" and any(child.dep_ in _AGENT_OF for child in subject.head.children)


def locating(parsed: Parsed, place: Place, span: Span) -> bool:
    """Whether a mention tells where something happens: not a dateline, a modifier or a government."""
    return not (
        dateline_mention(parsed, span)
        or _filed_from(parsed, span)
        or _adjectival(parsed, span)
        or _government(parsed, place, span)
    )


# Between a place and a landmark that locates it: "the town of Jarablus near Aleppo", "Ariha, 20 km
# north of Idlib", "Mhardeh on the outskirts of Hama".
_LANDMARK_AFTER = re.compile(
    r"^,?\s+(?:(?:some|about|around|nearly|almost)\s+)?(?:\d+\s*(?:km|kilomet(?:er|re)s?|miles?)\s+)?"
    r"(?:(?:(?:north|south)?-?(?:east|west)|north|south)(?:ern)?\s+of|near|outside|close\s+to|"
    r"(?:on\s+)?the\s+outskirts\s+of)\s+(?:the\s+(?:city|town|village|province)\s+of\s+)?$",
    re.I,
)


def reference_points(parsed: Parsed, places: list[Place]) -> set[Span]:
    """Mentions that only locate another place named just before them ("Idlib near Aleppo"): the landmark,
    not where the event happened."""
    local = [(m, p) for p in places if p.precision != "country" for m in p.mentions]
    spans = sorted(local, key=lambda mp: mp[0])
    out: set[Span] = set()
    for (before, first), (after, second) in itertools.pairwise(spans):
        between = parsed.text[before[1] : after[0]]
        if first.id != second.id and second.precision != "unknown" and _LANDMARK_AFTER.match(between):
            out.add(after)
    return out


LEAD_SENTENCES = 3


def lead_end(parsed: Parsed) -> int:
    """Where the story's lead ends: after its first sentences, within its first paragraphs."""
    cut = parsed.paragraphs[min(4, len(parsed.paragraphs) - 1)][1] if parsed.paragraphs else len(parsed.text)
    sentences = list(parsed.doc.sents)
    return min(cut, sentences[min(LEAD_SENTENCES, len(sentences)) - 1].end_char) if sentences else cut


def story_places(parsed: Parsed, places: list[Place]) -> list[Place]:
    """The places in the country the story is about, or all of them: the country its towns and divisions lie
    in, before the one it names most. A Syria story that names the US at every turn ("US-led strikes",
    "Washington said") but tells of two Syrian towns happens in Syria."""
    local: dict[str, int] = {}
    named: dict[str, int] = {}
    lead = lead_end(parsed)
    for place in places:
        if not place.country_code:
            continue
        # A mention in the lead counts twice: a story names where it happened first, what it recalls later.
        n = sum(locating(parsed, place, m) * (1 + (m[0] < lead)) for m in place.mentions)
        counts = named if place.precision == "country" else local
        counts[place.country_code] = counts.get(place.country_code, 0) + n
    # Countries in order of first mention, so that of two named as often the first one wins.
    codes = list(
        dict.fromkeys(p.country_code for p in sorted(places, key=lambda p: p.mentions[0]) if p.country_code)
    )
    if not codes:
        return places
    home = max(
        codes, key=lambda code: (LOCAL_WEIGHT * local.get(code, 0) + named.get(code, 0), local.get(code, 0))
    )
    return [p for p in places if p.country_code == home]


def main_place(parsed: Parsed, places: list[Place], landmarks: set[Span]) -> Place | None:
    """The place the story is about: the most mentioned town or division in its first paragraphs, else anywhere;
    `landmarks` (`reference_points` of the same places) are not counted."""
    if not places:
        return None
    cut = parsed.paragraphs[min(4, len(parsed.paragraphs) - 1)][1] if parsed.paragraphs else len(parsed.text)

    def count(place: Place, limit: int) -> int:
        return sum(m[0] < limit and m not in landmarks and locating(parsed, place, m) for m in place.mentions)

    local = [p for p in places if p.precision not in ("country", "unknown") and count(p, len(parsed.text))]
    for pool in ([p for p in local if count(p, cut)], local):
        if pool:
            return max(pool, key=lambda p: (count(p, cut), count(p, len(parsed.text)), -p.mentions[0][0]))
    return None
