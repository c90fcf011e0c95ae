"""The care a wound needs: "is in serious condition", "was rushed to a hospital", "is being treated", "was treated
for burns", "required hospital treatment", told of one person (`implied`) or of a count (`counts`): those who
receive it are hurt."""

from __future__ import annotations

from harmwatch.extract.casualties.numbers import Word
from harmwatch.extract.casualties.single import SENTENCE_MARKS, marked
from harmwatch.extract.casualties.words import WOUND_NOUNS

# The care a wound needs: "is in serious condition", "was rushed to a hospital", "is being
# treated", "is receiving medical attention", "is recovering in a clinic", "was hospitalized".
_CARE_PLACES = frozenset("hospital hospitals clinic infirmary".split())
_CARRIED = frozenset("taken rushed admitted brought flown evacuated transferred airlifted".split())
_CARE = frozenset("attention treatment care".split())
_CONDITIONS = frozenset("serious critical stable grave".split())
# Verbs with which a count itself receives or needs care: "ten people required hospital treatment", "12 received
# medical attention".
NEEDING_CARE = frozenset("received needed required".split())
_MEDICAL = frozenset("medical hospital".split())
# Words between a singular auxiliary and the care: "is still in serious condition", "is now in hospital".
STILL = frozenset("still now".split())


def _place_within(words: list[Word], a: int, places: frozenset[str], text: str, span: int = 4) -> int:
    """Index of a word of `places` among the `span` words from word a with no mark between, else -1."""
    for k in range(a, min(len(words), a + span)):
        if k > a and marked(words, k - 1, k, text, SENTENCE_MARKS + ","):
            return -1
        if words[k].text in places:
            return k
    return -1


def care_at(words: list[Word], i: int, text: str) -> int:
    """Index of the last word of the care told from word i ("in" + "critical condition", "taken" + "to a
    hospital", "recovering" + "from his wounds", "treated" + "for burns"), else -1."""
    w = words[i].text
    nxt = words[i + 1].text if i + 1 < len(words) and not marked(words, i, i + 1, text) else ""
    if w in ("hospitalized", "hospitalised"):
        return i
    if w == "being" and nxt == "treated":
        return i + 1
    if w == "receiving" and nxt:
        return _place_within(words, i + 1, _CARE, text, 2)
    if w in NEEDING_CARE and nxt:
        # "needed care" may be any care ("the children needed care"); "medical care" and "treatment" are a wound's
        k = _place_within(words, i + 1, _CARE, text, 2)
        return k if k > 0 and (words[k].text == "treatment" or words[k - 1].text in _MEDICAL) else -1
    if w == "in" and nxt:
        # "in serious condition", "in a critical condition", "in hospital"
        place = _place_within(words, i + 1, _CARE_PLACES | frozenset({"condition"}), text, 3)
        if place > 0 and words[place].text == "condition":
            return place if any(x.text in _CONDITIONS for x in words[i + 1 : place]) else -1
        return place if place > 0 and place <= i + 2 else -1
    if w in _CARRIED and nxt == "to":
        return _place_within(words, i + 2, _CARE_PLACES, text)
    if w == "recovering" and nxt in ("in", "at"):
        return _place_within(words, i + 2, _CARE_PLACES, text)
    if w == "recovering" and nxt == "from" or w == "treated" and nxt == "for":
        # "recovering from his wounds", "treated for gunshot wounds": the wound is named
        return _place_within(words, i + 2, WOUND_NOUNS, text, 3)
    return -1
