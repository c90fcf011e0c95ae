"""Where and when an incident happened: the places and times of its sentences, the story's own place and date."""

from __future__ import annotations

from harmwatch.nlp import Parsed
from harmwatch.records import Place, Span, TimeRef, within

# A dated line opening the text ("Published June 3 2016 ...") is the article's date even unmarked as one,
# and a capitalised place there is where the story was filed.
DATELINE_CHARS = 80


PRECISION_RANK = {"exact": 0, "neighborhood": 1, "city": 2, "admin1": 3, "country": 4, "unknown": 5}


def place_in(span: Span, places: list[Place]) -> Place | None:
    """The most precise place mentioned in a sentence (the first one among equals)."""
    found = [(p, m) for p in places for m in p.mentions if within(m, span)]
    if not found:
        return None
    return min(found, key=lambda pm: (PRECISION_RANK.get(pm[0].precision, 5), pm[1][0]))[0]


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
    span = parsed.doc.char_span(time.span[0], time.span[1], alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    node = span.root
    for _ in range(4):
        if node.pos_ in ("VERB", "AUX") or node.head is node:
            break
        node = node.head
    return node.lemma_.lower() in _SPEECH_VERBS


def time_in(parsed: Parsed, span: Span, times: list[TimeRef], anchor: int) -> TimeRef | None:
    """The event time of a sentence: its time nearest to the event word, leaving out times of statements."""
    # A year or a month ("last year", "in 2013") dates a background event, not the one reported.
    found = [
        t
        for t in times
        if within(t.span, span) and t.anchor != "dateline" and t.start and t.precision == "day"
    ]
    found = [t for t in found if not _speech_time(parsed, t)]
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
    """The article's own date: its dateline time, else a day named at the very top of the text."""
    marked = next((t for t in times if t.anchor == "dateline" and t.start), None)
    if marked is not None:
        return marked
    return next((t for t in times if t.span[0] < DATELINE_CHARS and t.precision == "day" and t.start), None)


def story_places(parsed: Parsed, places: list[Place]) -> list[Place]:
    """The places in the country the story is about (the one its place names point to most), or all of them:
    a Syria story that mentions Moscow, London or a Turkish border town happens in Syria."""
    weight: dict[str, int] = {}
    for place in places:
        if place.country_code:
            n = sum(not dateline_mention(parsed, m) for m in place.mentions)
            weight[place.country_code] = weight.get(place.country_code, 0) + n
    if not weight:
        return places
    home = max(weight, key=lambda code: weight[code])
    return [p for p in places if p.country_code == home]


def main_place(parsed: Parsed, places: list[Place]) -> Place | None:
    """The place the story is about: the most mentioned town or division in its first paragraphs, else anywhere."""
    if not places:
        return None
    cut = parsed.paragraphs[min(4, len(parsed.paragraphs) - 1)][1] if parsed.paragraphs else len(parsed.text)

    def count(place: Place, limit: int) -> int:
        return sum(m[0] < limit and not dateline_mention(parsed, m) for m in place.mentions)

    local = [p for p in places if p.precision not in ("country", "unknown") and count(p, len(parsed.text))]
    for pool in ([p for p in local if count(p, cut)], local):
        if pool:
            return max(pool, key=lambda p: (count(p, cut), count(p, len(parsed.text)), -p.mentions[0][0]))
    return None
