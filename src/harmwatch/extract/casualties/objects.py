"""A count as the object of an active verb whose harm is told after the count's noun.

- the result that makes a verb of violence a killing: "beat 4 prisoners to death", "stoned the two women to death";
- a later verb of the same subject with a pronoun for the count: "rounded up 14 farmers and executed them",
  "abducted six engineers and later killed them" (the first verb's own harm kept as a claim of its own).
"""

from __future__ import annotations

from harmwatch.extract.casualties.counts import find_before
from harmwatch.extract.casualties.numbers import TENS, UNITS, Number, Word
from harmwatch.extract.casualties.phrases import (
    CLAUSE_BREAKS,
    DETERMINERS,
    Found,
    noun_phrase,
    phrase_at,
    words_are,
)
from harmwatch.extract.casualties.single import (
    HARM_OBJECT_VERBS,
    PARTICLES,
    VIOLENT_ACTIVE,
    marked,
    participle,
)
from harmwatch.extract.casualties.words import AFTER, STATUS_KINDS
from harmwatch.records import ClaimKind

# Adverbs between "and" and the later verb of a chain: "and then executed them", "and later killed them".
_LATER = frozenset("then later subsequently afterwards summarily".split())
# How far the first verb's complement may run after the count's noun before "and": "rounded up 14 farmers in the
# village and executed them".
_COMPLEMENT_WORDS = 5


def _verb_before(words: list[Word], n: Number, start: int) -> int:
    """Index of the word before the count, past its determiners ("beat the four prisoners"), or -1."""
    j = n.first - 1
    while j > start and words[j].text in DETERMINERS:
        j -= 1
    return j if j >= start else -1


def find_object_result(words: list[Word], n: Number, start: int, stop: int, text: str) -> Found | None:
    """A verb of violence before the count and the result that makes it a killing after the count's noun: "beat 4
    prisoners to death", "stoned the two women to death"."""
    j = _verb_before(words, n, start)
    if j < 0 or words[j].text not in VIOLENT_ACTIVE or marked(words, j, n.first, text):
        return None
    noun_end = noun_phrase(words, n.last + 1, stop, text)
    if noun_end == n.last + 1 and phrase_at(words, noun_end, AFTER):
        noun_end += (
            1  # "beating three detainees to death": a noun of status, which reads as a harm of its own
        )
    if noun_end == n.last + 1 or not words_are(words, noun_end, ("to", "death")) or noun_end + 1 >= stop:
        return None
    if marked(words, noun_end - 1, noun_end + 1, text):
        return None
    noun = [w.text for w in words[n.last + 1 : noun_end]]
    return Found(
        n, "killed", noun, words[j].start, words[noun_end + 1].end, words[noun_end - 1].end, noun_end + 1
    )


def _harm_on_them(words: list[Word], h: int, stop: int) -> tuple[ClaimKind, int] | None:
    """(kind, index of its last word) of a verb of harm at word h whose object is "them" ("executed them", "killed
    them all", "shot them dead", "beat them to death"), else None."""
    if h + 1 >= stop or words[h + 1].text != "them":
        return None
    w = words[h].text
    kind = HARM_OBJECT_VERBS.get(w)
    last = h + 1
    if kind is None and w in VIOLENT_ACTIVE:
        # the result after the pronoun: "shot them dead", "beat them to death"
        for result in (("dead",), ("to", "death")):
            if words_are(words, h + 2, result) and h + 1 + len(result) < stop:
                kind, last = "killed", h + 1 + len(result)
    if kind is None and w.endswith(("ed", "ing")):
        hit = phrase_at(words, h, AFTER)
        kind = hit[0] if hit is not None and hit[1] == h + 1 and hit[0] == "killed" else None
    if kind is not None and last + 1 < stop and words[last + 1].text == "all":
        last += 1
    return (kind, last) if kind is not None else None


def find_object_chain(words: list[Word], n: Number, start: int, stop: int, text: str) -> Found | None:
    """The count as the object of a first verb and a later verb of the same subject that harms them: "rounded up
    14 farmers and executed them", "seized the 12 passengers and shot them dead"; the first verb's status ("abducted
    six engineers and killed them") is kept as `also`."""
    j = _verb_before(words, n, start)
    if j > start and words[j].text in PARTICLES:
        j -= 1  # "rounded up"
    if j < 0 or not (participle(words[j].text) or len(words[j].text) > 5 and words[j].text.endswith("ing")):
        return None
    noun_end = noun_phrase(words, n.last + 1, stop, text)
    if noun_end == n.last + 1 or marked(words, j, n.first, text):
        return None
    for k in range(noun_end, min(stop - 2, noun_end + _COMPLEMENT_WORDS)):
        w = words[k].text
        if marked(words, k - 1, k, text) or w[0].isdigit() or w in UNITS or w in TENS or w in CLAUSE_BREAKS:
            return None
        if w != "and":
            continue
        h = k + 1
        while h < stop - 1 and words[h].text in _LATER:
            h += 1
        hit = _harm_on_them(words, h, stop)
        if hit is None or marked(words, k, hit[1], text):
            return None
        kind, last = hit
        first = find_before(words, n, start, stop, text)
        also = first.kind if first is not None and first.kind in STATUS_KINDS else None
        noun = [x.text for x in words[n.last + 1 : noun_end]]
        return Found(n, kind, noun, words[j].start, words[last].end, words[noun_end - 1].end, last, also)
    return None
