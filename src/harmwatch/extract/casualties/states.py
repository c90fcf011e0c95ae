"""Toll-state predicates: a figure told as the state a toll is in rather than by a verb of harm.

- a toll before its figure, over words but no number: "the toll from Monday's shelling was 30";
- a noun of counting whose of-phrase names those harmed, with a verb of its state: "the number of dead has reached
  76", "the number of people killed in the raid rose to 61", "the tally of the wounded stands at 12";
- the figure before the toll a causative verb brings to it: "brought to 64 the death toll", "brings to 27 the number
  of people killed", "raised to 52 the number killed", "updated to 21 its tally of the dead";
- those harmed counted by the verb "number" or "total": "the dead number 23", "those killed now total 56", "the
  injured, who number 10";
- the figure as the subject of a copula whose complement is the toll: "eighty-two is the toll";
- a toll counted in lives with a verb of losing or costing or a noun of losing: "cost more than 300 lives", "25 lives
  were lost", "the loss of 45 lives", and those costed their lives: "cost 16 people their lives";
- a verb of exceeding before the figure makes it a lower bound, as "more than" does: "the toll topped 100".
"""

from __future__ import annotations

import dataclasses

from harmwatch.extract.casualties.numbers import POSSESSIVES, Number, Word
from harmwatch.extract.casualties.phrases import Found, noun_phrase, phrase_at
from harmwatch.extract.casualties.words import (
    AFTER,
    NON_PERSON,
    NUMBER_VERBS,
    RELATIVE_PRONOUNS,
    TOLL_VICTIMS,
)
from harmwatch.records import ClaimKind

# Nouns of counting whose of-phrase names what is counted: "the number of victims", "the tally of the dead".
COUNTING_NOUNS = frozenset("number count tally total".split())
# Verbs of exceeding a figure: "the toll topped 100", "the number of dead has passed 40" tell more than the figure.
EXCEEDING = frozenset(
    "top tops topped topping exceed exceeds exceeded exceeding surpass surpasses surpassed surpassing pass passes "
    "passed passing".split()
)
# Verbs of a figure's state or change, in the forms a report uses, and the words that join them to the figure.
STATE_VERBS = (
    frozenset(
        "reach reached reaches reaching rise rose risen rises rising climb climbed climbs climbing jump jumped jumps "
        "increase increased increases soar soared surge surged mount mounted grow grew grown stand stands stood hit "
        "hits is was are were be been remains remained went gone".split()
    )
    | EXCEEDING
)
# "rose from 30 to 45", "rose by 12 to 45": the change's first figure is read with its end (`numbers`)
_JOINING = frozenset("has have had now already further up to at reportedly from by".split())
# Verbs that bring a toll to its figure: "raised the number of dead to 45", "bringing to 27 the number killed".
CAUSATIVES = frozenset(
    "raise raises raised raising bring brings brought bringing put puts putting push pushes pushed pushing "
    "take takes took taking lift lifts lifted lifting update updates updated updating revise revises revised "
    "revising".split()
)
# Words of a noun phrase before its head noun of counting: "the total number", "the overall tally".
_DETERMINED = frozenset("the a total overall final new official latest".split())
# How many words the of-phrase may hold before those harmed ("the number of Syrian civilians killed"), and the
# words that end it first (a clause or a phrase of its own).
_OF_WORDS = 4
_OF_STOPS = frozenset("and or but while when after because which in on at from with by during since".split())
# Verbs that count a toll in lives, before it ("cost 300 lives") or after it ("25 lives were lost").
_LIVES_BEFORE = frozenset("cost costs costing claimed claiming claims took taking takes lost losing".split())
_LIVES_AFTER = frozenset("lost".split())
# Verbs of costing whose indirect object loses "their lives" ("cost 16 people their lives"), and nouns of losing
# whose of-phrase counts lives ("the loss of 45 lives").
_COSTING = frozenset("cost costs costing".split())
_LOSSES = frozenset("loss losses".split())
_REACH = 16  # how far back a toll or a counting noun may stand from its figure


def _harmed(words: list[Word], i: int) -> tuple[ClaimKind, int] | None:
    """(kind, index after it) of words naming those harmed from word i ("killed", "dead", "victims")."""
    hit = phrase_at(words, i, AFTER)
    if hit is None and words[i].text in TOLL_VICTIMS:
        return TOLL_VICTIMS[words[i].text], i + 1
    return hit


def _stated(words: list[Word], end: int, first: int, k: int) -> bool:
    """Whether words end..first-1 join a subject to its figure by a verb of state ("has reached", "rose to",
    "stands at", "was"), or by "to" or "at" after a causative verb before the subject at word k ("raised the
    number of dead to 45"), and nothing else follows the subject but its own phrase ("in the raid")."""
    i = first - 1
    verb = False
    # "the number of dead was raised to 12": a causative in the passive tells the state it left the figure in
    while i >= end and (
        words[i].text in STATE_VERBS or words[i].text in _JOINING or words[i].text in CAUSATIVES
    ):
        verb = verb or words[i].text in STATE_VERBS or words[i].text in CAUSATIVES
        i -= 1
    return (verb or _caused(words, k) and words[first - 1].text in ("to", "at")) and i - end < 6


def _caused(words: list[Word], k: int) -> bool:
    """Whether a causative verb ("raised", "bringing", "put") governs the noun phrase whose head is word k."""
    i = k - 1
    while i > 0 and words[i].text in _DETERMINED:
        i -= 1
    return i >= 0 and words[i].text in CAUSATIVES


def _of_harm(words: list[Word], k: int, end: int) -> tuple[ClaimKind, int] | None:
    """(kind, index after it) of those harmed that the of-phrase of a counting noun at word k names before word
    `end` ("the number of civilians killed", "of the dead", "of those who died"), else None."""
    if words[k].text not in COUNTING_NOUNS or k + 1 >= end or words[k + 1].text != "of":
        return None
    for h in range(k + 2, min(end, k + 2 + _OF_WORDS)):
        hit = _harmed(words, h)
        if hit is not None:
            return hit
        w = words[h].text
        if w in NON_PERSON or w in _OF_STOPS or w[0].isdigit():
            return None
    return None


def _counted(words: list[Word], k: int, first: int) -> ClaimKind | None:
    """The kind of harm a counting noun at word k counts ("number of dead ... reached"), when its of-phrase names
    those harmed and a verb of state joins it to the figure at word `first`."""
    hit = _of_harm(words, k, first)
    return hit[0] if hit is not None and _stated(words, hit[1], first, k) else None


def _counted_after(words: list[Word], n: Number, stop: int) -> tuple[ClaimKind, int] | None:
    """ "brings to 27 the number of people killed", "brought to 49 the number killed", "raised to 64 its death
    toll": the figure before the object a causative verb puts at it; (kind, index of the harm's last word)."""
    if n.first < 2 or words[n.first - 1].text != "to" or words[n.first - 2].text not in CAUSATIVES:
        return None
    k = n.last + 1
    while k < stop and (words[k].text in _DETERMINED or words[k].text in POSSESSIVES):
        k += 1
    if k >= stop:
        return None
    if words[k].text == "toll" or words[k].text == "death" and k + 1 < stop and words[k + 1].text == "toll":
        return "killed", k + (words[k].text == "death")
    # the counting noun, "total" among them though read as a determiner ("the total wounded", "the total of dead"),
    # with those harmed in its of-phrase or right after it ("the number killed")
    for h in (k - 1, k):
        if h <= n.last or h + 1 >= stop or words[h].text not in COUNTING_NOUNS:
            continue
        hit = _of_harm(words, h, stop) or _harmed(words, h + 1)
        if hit is not None:
            return hit[0], hit[1] - 1
    return None


def _numbered(words: list[Word], first: int, start: int) -> ClaimKind | None:
    """The kind of harm of a subject counted by the verb "number": "the dead number 23", "those killed now total
    56", "the injured, who number 10"."""
    k = first - 1
    while k > start and words[k].text in _JOINING:
        k -= 1
    if k <= start or words[k].text not in NUMBER_VERBS:
        return None
    end = k
    while end - 1 > start and words[end - 1].text in _JOINING:
        end -= 1
    # "the injured, who number 10": the relative pronoun stands for those harmed before it
    if end - 1 > start and words[end - 1].text in RELATIVE_PRONOUNS:
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


def _lives_costed(words: list[Word], n: Number, start: int, stop: int, text: str) -> Found | None:
    """Those a verb of costing took their lives from, as its indirect object: "the raid cost 16 people their
    lives"."""
    if n.first - 1 < start or words[n.first - 1].text not in _COSTING:
        return None
    noun_end = noun_phrase(words, n.last + 1, stop, text)
    if noun_end + 1 >= stop or [w.text for w in words[noun_end : noun_end + 2]] != ["their", "lives"]:
        return None
    noun = [w.text for w in words[n.last + 1 : noun_end]]
    last = noun_end + 1
    return Found(n, "killed", noun, words[n.first - 1].start, words[last].end, words[last].end, last)


def _lives(words: list[Word], n: Number, start: int, stop: int, text: str) -> Found | None:
    """A toll counted in lives: "the siege has cost more than 300 lives", "at least 25 lives were lost", "the loss
    of 45 lives", "cost 16 people their lives"."""
    at = n.last + 1
    if at >= stop or words[at].text != "lives":
        return _lives_costed(words, n, start, stop, text)
    if n.first - 1 >= start and words[n.first - 1].text in _LIVES_BEFORE:
        return Found(n, "killed", ["lives"], words[n.first - 1].start, words[at].end, words[at].end, at)
    if n.first - 2 >= start and words[n.first - 1].text == "of" and words[n.first - 2].text in _LOSSES:
        return Found(n, "killed", ["lives"], words[n.first - 2].start, words[at].end, words[at].end, at)
    k = at + 1
    while k < stop and k - at <= 3 and words[k].text in ("were", "have", "had", "been", "was", "already"):
        k += 1
    if k < stop and words[k].text in _LIVES_AFTER:
        return Found(n, "killed", ["lives"], n.start, words[k].end, words[at].end, k)
    return None


def _exceeded(words: list[Word], n: Number) -> Number:
    """The figure a verb of exceeding stands right before ("topped 100", "has now passed 40") as the lower bound
    "more than" gives it; any other figure as it is."""
    if n.qualifier != "exact" or n.value is None or n.article or n.first == 0:
        return n
    if words[n.first - 1].text not in EXCEEDING:
        return n
    return dataclasses.replace(n, low=n.value + 1, high=None, qualifier="more_than")


def find_state(words: list[Word], n: Number, start: int, stop: int, text: str) -> Found | None:
    """A figure told by the state of a toll: "the toll from Monday's shelling was 30", "the number of victims has
    reached 140", "the dead number 23", "eighty-two is the toll"; "the toll topped 100" is more than 100."""
    n = _exceeded(words, n)
    kind = _numbered(words, n.first, start)
    if kind is not None:
        return _found(words, n, kind, n.first - 1, stop, text)
    lives = _lives(words, n, start, stop, text)
    if lives is not None:
        return lives
    inverted = _counted_after(words, n, stop)
    if inverted is not None:
        kind, last = inverted
        return Found(n, kind, [], words[n.first - 2].start, words[last].end, n.end, last)
    for k in range(n.first - 1, max(start, n.first - _REACH) - 1, -1):
        if words[k].text[0].isdigit():
            break
        # "the toll from Monday's shelling was 30": a toll reaches back over words but no number
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
