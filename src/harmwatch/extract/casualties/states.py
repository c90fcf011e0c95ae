"""Toll-state predicates: a figure told as the state a toll is in rather than by a verb of harm.

- a toll before its figure, over words but no number: "the death toll from the strikes was 45";
- a noun of counting whose of-phrase names those harmed, with a verb of its state: "the number of dead has reached
  76", "the number of people killed in the raid rose to 61", "the tally of the wounded stands at 12";
- those harmed counted by the verb "number" or "total": "the dead number 23", "those killed now total 56";
- the figure as the subject of a copula whose complement is the toll: "eighty-two is the toll".
"""

from __future__ import annotations

from harmwatch.extract.casualties.counts import Found, noun_phrase, phrase_at
from harmwatch.extract.casualties.numbers import Number, Word
from harmwatch.extract.casualties.words import AFTER, NON_PERSON, NUMBER_VERBS, TOLL_VICTIMS
from harmwatch.records import ClaimKind

# Nouns of counting whose of-phrase names what is counted: "the number of victims", "the tally of the dead".
COUNTING_NOUNS = frozenset("number count tally total".split())
# Verbs of a figure's state or change, in the forms a report uses, and the words that join them to the figure.
STATE_VERBS = frozenset(
    "reach reached reaches reaching rise rose risen rises rising climb climbed climbs climbing jump jumped jumps "
    "increase increased increases soar soared surge surged mount mounted grow grew grown stand stands stood hit "
    "hits is was are were be been remains remained went gone".split()
)
_JOINING = frozenset("has have had now already further up to at reportedly".split())
# Words the of-phrase may hold before those harmed: "the number of the people killed", "of those wounded".
_OF_WORDS = frozenset("the those people persons civilians of".split())
_REACH = 16  # how far back a toll or a counting noun may stand from its figure


def _harmed(words: list[Word], i: int) -> tuple[ClaimKind, int] | None:
    """(kind, index after it) of words naming those harmed from word i ("killed", "dead", "victims")."""
    hit = phrase_at(words, i, AFTER)
    if hit is None and words[i].text in TOLL_VICTIMS:
        return TOLL_VICTIMS[words[i].text], i + 1
    return hit


def _stated(words: list[Word], end: int, first: int) -> bool:
    """Whether words end..first-1 join a subject to its figure by a verb of state ("has reached", "rose to",
    "stands at", "was"), and nothing else follows the subject but its own phrase ("in the raid")."""
    k = first - 1
    verb = False
    while k >= end and (words[k].text in STATE_VERBS or words[k].text in _JOINING):
        verb = verb or words[k].text in STATE_VERBS
        k -= 1
    return verb and k - end < 6


def _counted(words: list[Word], k: int, first: int) -> ClaimKind | None:
    """The kind of harm a counting noun at word k counts ("number of dead ... reached"), when its of-phrase names
    those harmed and a verb of state joins it to the figure at word `first`."""
    if words[k].text not in COUNTING_NOUNS or k + 1 >= first or words[k + 1].text != "of":
        return None
    for h in range(k + 2, min(first, k + 6)):
        hit = _harmed(words, h)
        if hit is not None:
            return hit[0] if _stated(words, hit[1], first) else None
        if words[h].text in NON_PERSON or words[h].text not in _OF_WORDS:
            return None
    return None


def _numbered(words: list[Word], first: int, start: int) -> ClaimKind | None:
    """The kind of harm of a subject counted by the verb "number": "the dead number 23", "those killed now total
    56"."""
    k = first - 1
    while k > start and words[k].text in _JOINING:
        k -= 1
    if k <= start or words[k].text not in NUMBER_VERBS:
        return None
    end = k
    while end - 1 > start and words[end - 1].text in _JOINING:
        end -= 1
    for size in (1, 2, 3):
        hit = _harmed(words, end - size) if end - size >= start else None
        if hit is not None and hit[1] == end:
            return hit[0]
    return None


def _found(words: list[Word], n: Number, kind: ClaimKind, at: int, stop: int, text: str) -> Found:
    noun_end = noun_phrase(words, n.last + 1, stop, text)
    noun = [w.text for w in words[n.last + 1 : noun_end]]
    end_word = noun_end - 1 if noun else n.last
    return Found(n, kind, noun, words[at].start, words[end_word].end, words[end_word].end, end_word)


def find_state(words: list[Word], n: Number, start: int, stop: int, text: str) -> Found | None:
    """A figure told by the state of a toll: "the death toll from the strikes was 45", "the number of victims has
    reached 140", "the dead number 23", "eighty-two is the toll"."""
    kind = _numbered(words, n.first, start)
    if kind is not None:
        return _found(words, n, kind, n.first - 1, stop, text)
    for k in range(n.first - 1, max(start, n.first - _REACH) - 1, -1):
        if words[k].text[0].isdigit():
            break
        # "the death toll from the strikes was 45": a toll reaches back over words but no number
        if words[k].text == "toll":
            return _found(words, n, "killed", k, stop, text)
        kind = _counted(words, k, n.first)
        if kind is not None:
            return _found(words, n, kind, k, stop, text)
    # "eighty-two is the toll": the figure as the subject, the toll as the complement
    after = [w.text for w in words[n.last + 1 : min(stop, n.last + 5)]]
    if after[:2] in (["is", "the"], ["was", "the"], ["remains", "the"]) and (
        after[2:3] == ["toll"] or after[2:4] == ["death", "toll"]
    ):
        toll = n.last + 1 + after.index("toll")
        return Found(n, "killed", [], n.start, words[toll].end, n.end, toll)
    return None
