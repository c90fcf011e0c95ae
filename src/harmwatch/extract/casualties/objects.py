"""A count as the object of an active verb whose harm is told after the count's noun.

- the result that makes a verb of violence a killing: "beat 4 prisoners to death", "stoned the two women to death".
"""

from __future__ import annotations

from harmwatch.extract.casualties.counts import DETERMINERS, Found, noun_phrase, phrase_at, words_are
from harmwatch.extract.casualties.numbers import Number, Word
from harmwatch.extract.casualties.single import VIOLENT_ACTIVE, marked
from harmwatch.extract.casualties.words import AFTER


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
