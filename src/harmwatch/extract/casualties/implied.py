"""Harm to one person told without a clause of its own: a gapped clause ("the chauffeur was shot dead and her
bodyguard wounded"), a pronoun object ("firing at a bus, wounding him", "left her badly wounded", "ended his
life"), a relative clause without "who was" ("a nurse killed by a stray bullet"; in a headline with no determiner,
"Soldier killed in blast") and the care a wound needs ("the judge is in critical condition", "was taken to a
hospital") or the wound received ("the mayor suffered serious injuries"); each a count of 1.

Read off the words, so upper-case wire copy and mixed-case text read the same.
"""

from __future__ import annotations

from harmwatch.extract.casualties.care import STILL, care_at
from harmwatch.extract.casualties.counts import wound_at
from harmwatch.extract.casualties.numbers import Word
from harmwatch.extract.casualties.single import (
    HARM_OBJECT_VERBS,
    NOT_OBJECT,
    PASSIVE,
    PLURALS,
    SENTENCE_MARKS,
    VIOLENT,
    chain_head,
    marked,
    one_of,
    passive_subject,
    tells_death,
)
from harmwatch.extract.casualties.words import DEGREES, LEAVING, MONTHS, RECEIVING
from harmwatch.ingest.dateline import WEEKDAYS
from harmwatch.records import ClaimKind, Span

# Words that may open a gapped subject: "and his bodyguard wounded", "and the driver's aide injured".
_OPENING = frozenset("the a an his her their its another".split())
_BE = frozenset("was were is are been".split())
_PRONOUNS = frozenset("him her".split())
# Verbs whose object "his life" or "her life" says a death: "the blast ended his life".
_ENDING = frozenset("ended ending took taking claimed claiming cost costing".split())
# The state a verb leaves its object in: "left him wounded".
_LEFT_IN: dict[str, ClaimKind] = {"dead": "killed", "wounded": "injured", "injured": "injured"}


def _passive_before(words: list[Word], k: int, text: str) -> bool:
    """Whether word k ends a passive clause: "were killed", "was shot dead", "was kidnapped and tortured"."""
    if words[k].text == "dead" and k > 0 and words[k - 1].text in VIOLENT:
        k -= 1
    if words[k].text not in PASSIVE and words[k].text not in VIOLENT:
        return False
    j = chain_head(words, k, text) - 1
    while j > 0 and words[j].text in DEGREES | {"also", "reportedly", "later"}:
        j -= 1
    return j >= 0 and words[j].text in _BE


# Ordinals that name one more of a series after "a": "a third", "a fifth".
_ORDINALS = frozenset("second third fourth fifth sixth seventh eighth ninth tenth".split())
# Nouns of people that name more than one though `one_of` takes them: "20 were killed and others injured".
_MANY = frozenset("others people persons individuals ones".split())


def _one(word: str) -> bool:
    """Whether a noun names one person: a role or a singular victim noun, not "others" or "people"."""
    return one_of(word) and word not in _MANY and word not in PLURALS


def find_gapped(words: list[Word], text: str) -> list[tuple[ClaimKind, Span, Span]]:
    """(kind, victim span, claim span) for the one person of a clause that shares the auxiliary of a passive
    before it: "the chauffeur was shot dead and her bodyguard wounded", "two people were killed and a third wounded",
    "a soldier was killed and another wounded" ("two guards died and a nurse was hurt" is `find_singular_passives`'s)."""
    out: list[tuple[ClaimKind, Span, Span]] = []
    for i, w in enumerate(words):
        kind = PASSIVE.get(w.text)
        if kind is None or i < 4:
            continue
        k = i - 1
        while k > 0 and words[k].text in DEGREES:
            k -= 1
        # "two people were killed and a third wounded": an ordinal after "a" names one more of those counted, and
        # so does "another" standing for a noun ("a soldier was killed and another wounded")
        ordinal = (
            words[k].text in _ORDINALS and words[k - 1].text in ("a", "an") or words[k].text == "another"
        )
        if not (_one(words[k].text) or ordinal) or marked(words, k, i, text):
            continue
        # "and his bodyguard", "and the colonel's aide": determiners and possessives back to "and"
        a = k - 1
        while a > 0 and k - a <= 3 and (words[a].text in _OPENING or words[a].text.endswith("'s")):
            a -= 1
        if words[a].text != "and" or a < 2 or marked(words, a, k, text):
            continue
        if marked(words, a - 1, a, text) or not _passive_before(words, a - 1, text):
            continue
        out.append((kind, (words[a + 1].start, words[k].end), (words[a + 1].start, w.end)))
    return out


# The active forms of "beat" whose particle "up" makes the beating of its object a wound: "they beat him up".
_BEATING = frozenset("beat beats beating".split())


def find_pronoun_objects(words: list[Word], text: str) -> list[tuple[ClaimKind, Span, Span]]:
    """(kind, victim span, claim span) for "wounding him", "killed her", "left him (seriously) wounded",
    "shot her dead", "beat him up": a singular pronoun as the victim of a harm verb or of its result."""
    out: list[tuple[ClaimKind, Span, Span]] = []
    for i, w in enumerate(words[:-1]):
        nxt = words[i + 1]
        if (
            nxt.text in ("his", "her")
            and w.text in _ENDING
            and words[i + 2 : i + 3]
            and words[i + 2].text == "life"
        ):
            out.append(("killed", (nxt.start, nxt.end), (w.start, words[i + 2].end)))
            continue  # "an assassin ended his life", "the blast took her life"
        if nxt.text not in _PRONOUNS or marked(words, i, i + 1, text):
            continue
        if nxt.text == "her" and i + 2 < len(words) and not marked(words, i + 1, i + 2, text):
            if words[i + 2].text not in NOT_OBJECT and words[i + 2].text not in DEGREES | {"up"}:
                continue  # "killing her husband": a possessive, the noun after it is the victim
        kind = HARM_OBJECT_VERBS.get(w.text)  # "killing him", "wounded her"
        end = nxt.end
        if kind is None and i + 2 < len(words) and not marked(words, i + 1, i + 2, text):
            # "left him wounded", "shot her dead": the pronoun's state after the verb
            k = i + 2
            while k + 1 < len(words) and words[k].text in DEGREES:
                k += 1
            result = words[k].text
            if w.text in LEAVING and result in _LEFT_IN:
                kind, end = _LEFT_IN[result], words[k].end
            elif w.text in VIOLENT and result == "dead":
                kind, end = "killed", words[k].end
            elif w.text in _BEATING and result == "up" and not tells_death(words, i, text):
                # "beat him up": a beating, a wound unless a death is told
                kind, end = "injured", words[k].end
        if kind is None:
            continue
        if w.text in PASSIVE and i > 0 and words[i - 1].text in _BE:
            continue  # "was killed her ..." is no object; only active verbs take one
        out.append((kind, (nxt.start, nxt.end), (w.start, end)))
    return out


# Words that open the phrase after a reduced relative clause: "the guard killed in the raid", "a nurse hurt by".
_RELATIVE_NEXT = frozenset("in during by when on at near while after inside outside".split())
_NOUN_OPENERS = frozenset("the a an his her their its this that other another".split())


_BARE_MODIFIERS = 3  # how many words may stand before a headline's bare noun ("Ahrar al-Sham leader killed")


# Weekdays as a dateline writes them, in full or short: "Wed 05 Apr 2017".
_DAYS = frozenset(WEEKDAYS) | frozenset("mon tue tues wed thu thur thurs fri sat sun".split())


def _date_word(word: str) -> bool:
    return word[:1].isdigit() or word in MONTHS or word in _DAYS


def _opens_at(words: list[Word], k: int, text: str) -> bool:
    """Whether word k starts a headline or a sentence: the text's first word, or one after a mark, a line break or
    a date."""
    return k == 0 or marked(words, k - 1, k, text, SENTENCE_MARKS + ",\n") or _date_word(words[k - 1].text)


def _headline_start(words: list[Word], s: int, text: str) -> int:
    """Index of the first word of a bare noun phrase ending with the noun at word s that opens its sentence or a
    headline (after the start of the text, a mark or a line break, or a date: "Wed 05 Apr 2017 Rebel commander
    killed ..."), else -1. A singular count noun with no determiner is headline grammar: "Soldier killed in blast"
    is "A soldier was killed in a blast"."""
    k = s
    while not _opens_at(words, k, text) and s - k < _BARE_MODIFIERS:
        k -= 1
    opens = _opens_at(words, k, text)
    # a participle is no modifier of the noun ("Civilian killed other injured" is no headline noun "other")
    bare = all(
        w.text not in NOT_OBJECT
        and w.text not in _NOUN_OPENERS
        and w.text not in PASSIVE
        and not _date_word(w.text)
        for w in words[k:s]
    )
    return k if opens and bare else -1


def find_reduced_relatives(words: list[Word], text: str) -> list[tuple[ClaimKind, Span, Span]]:
    """(kind, victim span, claim span) for a singular person noun followed by a harm participle and the phrase
    it opens, a relative clause without "who was": "the other general wounded in the attack", "a nurse killed
    by a stray bullet"; in a headline the noun has no determiner and the participle may end it ("Soldier killed
    in blast", "Rebel commander killed")."""
    out: list[tuple[ClaimKind, Span, Span]] = []
    for i, w in enumerate(words[1:], 1):
        kind = PASSIVE.get(w.text)
        noun = words[i - 1]
        if kind is None or not _one(noun.text):
            continue
        ends = i + 1 == len(words) or marked(words, i, i + 1, text, SENTENCE_MARKS + "\n")
        if i >= 2 and words[i - 2].text in _NOUN_OPENERS and not ends:
            opening = i - 2 if words[i + 1].text in _RELATIVE_NEXT else -1
        else:
            opening = (
                _headline_start(words, i - 1, text) if ends or words[i + 1].text in _RELATIVE_NEXT else -1
            )
        if opening < 0 or marked(words, opening, i + (not ends), text):
            continue
        out.append((kind, (noun.start, noun.end), (words[opening].start, w.end)))
    return out


def find_treated(words: list[Word], text: str) -> list[tuple[ClaimKind, Span, Span]]:
    """(kind, victim span, claim span) for one person told to receive the care a wound needs ("the judge is in
    critical condition", "the senator has been taken to a hospital"), when the sentence tells no death (the dead
    are taken to hospitals too)."""
    out: list[tuple[ClaimKind, Span, Span]] = []
    for i in range(1, len(words)):
        last = care_at(words, i, text)
        if last < 0 or tells_death(words, i, text):
            continue
        s = passive_subject(words, i, text, skip=STILL)
        if s >= 0:
            out.append(("injured", (words[s].start, words[s].end), (words[s].start, words[last].end)))
    return out


def find_wounds_received(words: list[Word], text: str) -> list[tuple[ClaimKind, Span, Span]]:
    """(kind, victim span, claim span) for one person who received a wound ("the mayor suffered serious injuries",
    "he received three bullet wounds"), when the sentence tells no death ("died of his wounds")."""
    out: list[tuple[ClaimKind, Span, Span]] = []
    for i in range(1, len(words)):
        if words[i].text not in RECEIVING:
            continue
        hit = wound_at(words, i, len(words), text, [])
        if hit is None or tells_death(words, i, text):
            continue
        s = passive_subject(words, i, text, died=True)
        if s >= 0:
            out.append(("injured", (words[s].start, words[s].end), (words[s].start, words[hit[1] - 1].end)))
    return out
