"""Harm to one named or singular person ("the archbishop was murdered", "the death of Carlos Galan"): a count of 1,
read off the words (so upper-case wire copy reads as mixed case does); `parsed` reads the same off the parse."""

from __future__ import annotations

from harmwatch.extract.casualties.filters import (
    age_after_name,
    is_person,
    person_of_count,
    time_adverbial_end,
)
from harmwatch.extract.casualties.numbers import TENS, UNITS, Word, number_at
from harmwatch.extract.casualties.words import (
    DEGREES,
    HARM_NOUNS,
    MONTHS,
    NON_PERSON,
    OTHER_PERSONS,
    VICTIM_TYPE,
    names_harmed,
)
from harmwatch.ingest.dateline import WEEKDAYS
from harmwatch.records import ClaimKind, Span

# Participles whose passive subject is the victim.
PASSIVE: dict[str, ClaimKind] = {
    **dict.fromkeys("killed murdered assassinated slain executed massacred beheaded".split(), "killed"),
    **dict.fromkeys("wounded injured hurt maimed".split(), "injured"),
    **dict.fromkeys("kidnapped abducted".split(), "abducted"),
    **dict.fromkeys("arrested detained".split(), "detained"),
}
# "was killed", "has been wounded": a singular auxiliary says one victim even where the parse fails (upper case).
_SINGULAR_AUX = frozenset("was is".split())
# Intransitive verbs of dying: "the mayor died" has no auxiliary to tell the number, its subject does.
_DIED = frozenset("died dies".split())
_DYING = (("passed", "away"), ("lost", "his", "life"), ("lost", "her", "life"))
_ADVERBS = (
    frozenset(
        "reportedly also allegedly brutally later apparently then subsequently instantly immediately since".split()
    )
    | DEGREES
)
# Words that name no one victim: things, quantifiers and the plural pronouns ("they died" counts no one number)
_NOT_VICTIM = frozenset(
    "it which that this what there anybody anyone nobody none one someone somebody who number toll those "
    "these all many some most few several both each they them we us".split()
)
_PLURAL_DETERMINERS = frozenset("both all these those many several".split())
_HEDGES = frozenset("almost nearly not never".split())
# Verbs of violence whose passive is a killing when "to death" or "dead" follows: "was shot to death".
VIOLENT = frozenset(
    "shot stabbed beaten hacked burned burnt strangled stoned tortured crushed trampled".split()
)
# Their active forms, whose result follows their object: "beat four prisoners to death".
VIOLENT_ACTIVE = VIOLENT | frozenset(
    "beat beats beating shoot shoots shooting stab stabs stabbing hack hacks hacking burn burns burning strangle "
    "strangles strangling stone stones stoning torture tortures torturing crush crushes crushing trample tramples "
    "trampling".split()
)
# Verbs of finding, declaring or lying whose result "dead" tells a death: "was found dead", "lay dead".
FOUND = frozenset("found left reported confirmed declared pronounced lay lie lies lying".split())
# Verbs of a blow or a weapon that wound: "was shot" or "was stabbed" with no result after it tells a wound.
WOUNDING = frozenset("shot stabbed hacked beaten".split())
# Verbs whose particle makes them a killing by definition: "was gunned down", "were mowed down".
PHRASAL_KILLING = frozenset("gunned mowed".split())
# A verb and the result after it that make it a killing: "shot to death", "shot dead", "found dead", "gunned down".
_RESULTS: tuple[tuple[frozenset[str], tuple[str, ...]], ...] = (
    (VIOLENT, ("to", "death")),
    (VIOLENT | FOUND, ("dead",)),
    (PHRASAL_KILLING, ("down",)),
)


def _match_at(words: list[Word], i: int, phrase: tuple[str, ...]) -> bool:
    return i + len(phrase) <= len(words) and all(words[i + k].text == p for k, p in enumerate(phrase))


def killing_result(words: list[Word], i: int) -> int:
    """How many words after verb i tell the killing it ended in ("shot" + "to death", "gunned" + "down"), or 0."""
    return next((len(p) for verbs, p in _RESULTS if words[i].text in verbs and _match_at(words, i + 1, p)), 0)


SENTENCE_MARKS = '.;:!?"“”()[]'
"""Marks that end a sentence or a clause, or open or close a quotation or an aside."""


def marked(words: list[Word], a: int, b: int, text: str, marks: str = SENTENCE_MARKS) -> bool:
    """Whether one of `marks` sits between word a and word b."""
    return any(c in text[words[a].end : words[b].start] for c in marks)


TITLES = frozenset(
    "president minister dr mr mrs ms father archbishop bishop leader judge mayor governor general colonel "
    "captain senator congressman deputy ambassador priest candidate commander official journalist rector "
    "monsignor msgr reverend lieutenant sergeant corporal inspector prosecutor councilman chief".split()
)


def _before_asides(words: list[Word], s: int, text: str) -> list[int]:
    """When a comma sits between word s and the verb after it, the words before each comma further back in the
    sentence, nearest first ("the judge, 52, who was driving home, was killed" -> "52", "judge"); then s."""
    if s + 1 >= len(words) or "," not in text[words[s].end : words[s + 1].start]:
        return [s]
    found = []
    for k in range(s, max(0, s - 30), -1):
        gap = text[words[k - 1].end : words[k].start]
        if any(c in gap for c in SENTENCE_MARKS):
            break
        if "," in gap:
            found.append(k - 1)
    return [*found, s]


def _one_person(words: list[Word], s: int, text: str, died: bool) -> bool:
    """Whether word s names one victim, not a count, a plural or a thing."""
    subject = words[s].text
    # "the wounded died", "both sides": an adjective naming those harmed, or a noun after a determiner of the
    # plural, names many
    if names_harmed(subject) or s > 0 and words[s - 1].text in _PLURAL_DETERMINERS:
        return False
    if subject in _NOT_VICTIM or subject in NON_PERSON or subject[0].isdigit() or subject in PLURALS:
        return False
    if subject in UNITS or subject in TENS or subject in ("dozen", "hundred", "thousand", "others"):
        return False
    if subject.endswith("s") and (subject in VICTIM_TYPE or subject in OTHER_PERSONS):
        return False  # "five militants had been killed" is a count, found elsewhere
    # "12 soldiers and a civilian died": a count
    return not (died and s > 0 and words[s - 1].text[0].isdigit())


def _one_subject(words: list[Word], s: int, text: str, died: bool) -> int:
    """Index of the word naming the one victim whose subject ends at word s (or before an aside that ends
    there), or -1; "who" stands for the word before it ("the mayor, who was shot, died")."""
    for k in _before_asides(words, s, text):
        if words[k].text == "who" and k > 0:
            if marked(words, k - 1, k, text):
                continue
            k -= 1
        if _one_person(words, k, text, died):
            return k
    return _clause_subject(words, s, text)


def _clause_subject(words: list[Word], s: int, text: str) -> int:
    """Index of the one person named before a relative or participle clause that ends at word s ("a boy
    carrying bread home was hurt", "a guard who had stepped outside was killed"), or -1."""
    for k in range(s, max(0, s - 20), -1):
        if marked(words, k - 1, k, text, SENTENCE_MARKS + ","):
            return -1
        w = words[k].text
        if (w in ("who", "whom") or len(w) > 4 and w.endswith("ing")) and one_of(words[k - 1].text):
            return k - 1
    return -1


# Past participles that do not end in -ed: a chain of them ("was shot and killed") shares one auxiliary.
_IRREGULAR = frozenset("shot hit struck beaten taken thrown stabbed slain left found hurt".split())


def participle(word: str) -> bool:
    """Whether a word may be a past participle: a verb of harm or violence, an irregular form, or a form in -ed."""
    return word in PASSIVE or word in VIOLENT or word in _IRREGULAR or len(word) > 4 and word.endswith("ed")


# Particles of phrasal verbs: "were rounded up and executed" chains "rounded up" with "executed".
PARTICLES = frozenset("up down out off away".split())


# Words that open a participle's complement: "dragged from a bus", "lined up against a wall", "taken outside".
_COMPLEMENT_OPENERS = PARTICLES | frozenset(
    "from to into onto against in on at through across near outside inside towards toward behind under".split()
)


def _before_complement(words: list[Word], j: int) -> int:
    """Index of the participle whose short complement ends at word j ("dragged" for "dragged from a bus"), else j."""
    for k in range(j - 1, max(0, j - 5), -1):
        if words[k].text[0].isdigit() or words[k].text in UNITS or words[k].text in TENS:
            return j
        if participle(words[k].text) and words[k + 1].text in _COMPLEMENT_OPENERS:
            return k
    return j


def chain_head(words: list[Word], i: int, text: str) -> int:
    """Index of the first participle of a chain ending with the participle at word i ("abducted, tortured and
    later murdered", "shot and killed", "rounded up and executed", "kidnapped then shot dead"), else i: the
    participles of a chain share the auxiliary before it."""
    head = i
    while True:
        j = head - 1
        then = False
        while j > 0 and words[j].text in _ADVERBS:
            then = then or words[j].text == "then"
            j -= 1
        if j > 0 and words[j].text == "and":
            j -= 1
        elif j <= 0 or not then and "," not in text[words[j].end : words[j + 1].start]:
            return head
        while j > 0 and words[j].text in _ADVERBS:
            j -= 1
        if j > 1 and words[j].text in PARTICLES and participle(words[j - 1].text):
            j -= 1
        elif not participle(words[j].text):
            j = _before_complement(words, j)
        if not participle(words[j].text) or marked(words, j, head, text, ".;:"):
            return head
        head = j


HARM_OBJECT_VERBS: dict[str, ClaimKind] = {
    **dict.fromkeys(
        "killed killing murdered murdering assassinated assassinating executed".split(), "killed"
    ),
    **dict.fromkeys("wounded wounding injured injuring maimed maiming".split(), "injured"),
}
"""Forms of the verbs of killing and wounding whose object is the victim: "gunmen killed A", "wounding him"."""


# Words that tell a death in a sentence: a wound told in it ("was shot and died in hospital") is no claim of its own.
_DEATH_WORDS = (
    frozenset(k for k, kind in PASSIVE.items() if kind == "killed")
    | frozenset(k for k, kind in HARM_OBJECT_VERBS.items() if kind == "killed")
    | _DIED
    | frozenset("dead death body bodies corpse corpses".split())
)


def tells_death(words: list[Word], i: int, text: str) -> bool:
    """Whether a word of the sentence of word i tells a death ("died", "killed", "dead", "his body")."""
    k = i
    while k > 0 and not marked(words, k - 1, k, text, ".;!?"):
        k -= 1
    while k < len(words) and (k <= i or not marked(words, k - 1, k, text, ".;!?")):
        if words[k].text in _DEATH_WORDS:
            return True
        k += 1
    return False


def wound_only(words: list[Word], i: int, text: str) -> bool:
    """Whether the verb of wounding at word i ("was shot") tells a wound: it aims at no one ("shot at"), brings
    nothing down ("shot down") and no word of its sentence tells a death."""
    if i + 1 < len(words) and words[i + 1].text in ("at", "down") and not marked(words, i, i + 1, text):
        return False
    return not tells_death(words, i, text)


def passive_subject(
    words: list[Word], i: int, text: str, died: bool = False, skip: frozenset[str] = frozenset()
) -> int:
    """Index of the one person whose predicate opens at word i ("the mayor was killed", "Navas died", "the
    judge has been shot", "the mayor, who was shot, ..."), else -1: the predicate's auxiliary, or for a verb of
    dying the word before it, ends the subject; adverbs and the words in `skip` may stand between."""
    # "was kidnapped and later killed", "was abducted, tortured and murdered": the chain's first participle
    # has the auxiliary
    j = chain_head(words, i, text) - 1
    # "was reportedly killed", "has been found murdered"
    while j > 0 and (
        words[j].text in _ADVERBS
        or words[j].text in skip
        or words[j].text == "found"
        and words[i].text in PASSIVE
    ):
        j -= 1
    if words[j].text in _HEDGES:
        return -1
    if died:
        if words[j].text == "have":
            return -1  # "two of them have died": a plural
        # "Navas died", "the mayor has died": the word before the verb (or its "has") ends the subject
        s = j - 1 if words[j].text in ("has", "had") else j
    elif i >= 2 and words[j].text == "been" and (words[j - 1].text == "has" or words[j - 1].text in _ADVERBS):
        # "has been killed", "has also been shot to death"
        h = j - 1
        while h > 0 and words[h].text in _ADVERBS:
            h -= 1
        if words[h].text != "has":
            return -1
        s = h - 1
    elif i >= 2 and words[j].text in _SINGULAR_AUX:
        s = j - 1
    else:
        return -1
    # "Omar Haddad 34 was shot": the age of the person named before it, its commas lost
    age = number_at(words, s) if s > 0 else None
    if age is not None and age.last == s and age_after_name(words, age, text, words[s + 1].text):
        s = age.first - 1
    # "a mother of three was shot dead": the person whose of-phrase holds the count; an aside closed by a comma
    # ("the driver, a father of two, died") names the subject before it
    aside = s + 1 < len(words) and "," in text[words[s].end : words[s + 1].start]
    head = person_of_count(words, s) if s > 0 and not aside else -1
    s = head if head >= 0 else s
    return _one_subject(words, s, text, died) if s >= 0 else -1


def find_singular_passives(words: list[Word], text: str) -> list[tuple[ClaimKind, Span, Span]]:
    """(kind, victim span, claim span) for "<one person> was killed", "<one person> died" and the like."""
    out: list[tuple[ClaimKind, Span, Span]] = []
    for i, w in enumerate(words):
        # "the mayor passed away", "a guard lost his life": a verb of dying in several words
        phrase = next((p for p in _DYING if _match_at(words, i, p)), None)
        died = w.text in _DIED or phrase is not None
        # "was shot to death", "was found dead": a verb of violence or finding with the death it ended in
        result = killing_result(words, i)
        to_death = result > 0
        # "the judge was shot" with no result and no death in its sentence: a wound
        wound = not to_death and w.text in WOUNDING and wound_only(words, i, text)
        if (w.text not in PASSIVE and not died and not to_death and not wound) or i < 1:
            continue
        end = words[i + result].end if to_death else words[i + len(phrase) - 1].end if phrase else w.end
        s = passive_subject(words, i, text, died)
        if s < 0:
            continue
        kind: ClaimKind = "killed" if died or to_death else "injured" if wound else PASSIVE[w.text]
        out.append((kind, (words[s].start, words[s].end), (words[s].start, end)))
    return out


def _plural(words: list[Word], k: int, text: str) -> bool:
    """Whether word k of upper-case text reads as a plural noun: it ends in -s and no further word of a name
    follows it ("the murder of peasants in ..." but not "the murder of Luis Carlos Galan")."""
    if not words[k].text.endswith("s") or words[k].text in TITLES:
        return False
    if k + 1 >= len(words) or any(c in text[words[k].end : words[k + 1].start] for c in _PUNCTUATION):
        return True
    nxt = words[k + 1].text
    return nxt in NOT_OBJECT or nxt in NON_PERSON or nxt[0].isdigit() or is_person(nxt)


# Words that make a phrase a time: "on 22 March", "during those 36 hours", "on the evening of ...".
_TIME_WORDS = (
    MONTHS
    | frozenset(WEEKDAYS)
    | frozenset("hours days weeks months night morning evening afternoon".split())
)


def _time_before_of(words: list[Word], i: int, text: str) -> int:
    """Index of the "of" behind a time phrase after the harm noun at word i ("the murder on 22 March of X",
    "the deaths during those 36 hours of a deputy"), else -1; "on the evening of" is the time's own of."""
    if i + 3 >= len(words) or words[i + 1].text not in ("on", "during", "in", "at"):
        return -1
    timed = False
    for k in range(i + 2, min(len(words), i + 8)):
        if any(c in text[words[k - 1].end : words[k].start] for c in _PUNCTUATION):
            return -1
        w = words[k].text
        if (
            w == "of"
            and timed
            and words[k - 1].text not in ("evening", "morning", "night", "afternoon", "day")
        ):
            return k
        timed = timed or w in _TIME_WORDS or w.isdigit() and int(w) <= 31
    return -1


def of_after(words: list[Word], i: int, text: str) -> int:
    """Index of the "of" that names the victim of the harm noun at word i, else -1: next to it, or behind a
    one-word place or time between them ("the murder in Lima of X", "the assassination in May of X")."""
    if i + 1 < len(words) and words[i + 1].text == "of":
        return i + 1
    timed = _time_before_of(words, i, text)
    if timed >= 0:
        return timed
    if i + 3 >= len(words) or words[i + 1].text not in ("in", "on") or words[i + 3].text != "of":
        return -1
    between = words[i + 2].text
    if between in NOT_OBJECT or between in NON_PERSON or not between.isalpha():
        return -1
    if any(c in text[words[i].end : words[i + 3].start] for c in _PUNCTUATION):
        return -1
    return i + 3


# A person's remains, and the verbs that tell they were found: "the body of X was found" tells X's death.
_BODY = frozenset("body corpse remains".split())
_FINDING = frozenset("found discovered recovered identified retrieved dumped located exhumed".split())


def _found_near(words: list[Word], i: int, text: str) -> bool:
    """Whether a verb of finding sits in the sentence of word i, at most 15 words away."""
    for k in (*range(i - 1, max(-1, i - 16), -1), *range(i + 1, min(len(words), i + 16))):
        between = text[min(words[k].end, words[i].end) : max(words[k].start, words[i].start)]
        if any(c in between for c in ".;!?"):
            continue
        if words[k].text in _FINDING:
            return True
    return False


def _body_of_titled(words: list[Word], i: int, text: str) -> bool:
    """Whether the body at word i is a person's named by a title or role ("the body of Senator X", "the body of
    the murdered judge"): the body of a person tells a death whatever verb follows."""
    if i + 2 >= len(words) or words[i + 1].text != "of" or marked(words, i, i + 2, text):
        return False
    k = i + 2
    while k < len(words) and words[k].text in ("the", "a", "an", "former", "late"):
        k += 1
    return k < len(words) and _titled(words, k, text)


# Verbs that take a life: "the blast claimed the life of X", "an attack that cost the lives of A and B".
_TAKING = frozenset("claimed claiming claim claims took taking take takes cost costing costs".split())


def life_taken(words: list[Word], i: int) -> bool:
    """Whether "life" or "lives" at word i is the object of a verb that takes it ("claimed the lives of")."""
    return (
        words[i].text in ("life", "lives")
        and i >= 2
        and words[i - 1].text in ("the", "his", "her", "their")
        and words[i - 2].text in _TAKING
    )


def find_harm_of_one(words: list[Word], text: str) -> list[tuple[ClaimKind, Span, Span]]:
    """(kind, victim span, claim span) for "the assassination of Dr X", "Jaramillo's murder": harm nouns with one victim."""
    upper = text.isupper()
    out: list[tuple[ClaimKind, Span, Span]] = []
    for i, w in enumerate(words):
        kind = HARM_NOUNS.get(w.text)
        # "the murders of the governor, a judge and ...": a plural noun over a list, each one person
        plural = kind is None and w.text.endswith("s") and w.text[:-1] in HARM_NOUNS
        kind = HARM_NOUNS.get(w.text[:-1]) if plural else kind
        if (
            kind is None
            and w.text in _BODY
            and (_found_near(words, i, text) or _body_of_titled(words, i, text))
        ):
            kind = "killed"  # "the body of X was found", "the body of Senator X lies in state": X is dead
        if kind is None and w.text == "life" and life_taken(words, i):
            kind = "killed"
        if kind is None:
            continue
        if (
            not plural
            and i > 0
            and words[i - 1].text.endswith("'s")
            and words[i - 1].text[:-2] not in NON_PERSON
        ):
            out.append((kind, (words[i - 1].start, words[i - 1].end - 2), (words[i - 1].start, w.end)))
            continue
        of = of_after(words, i, text)
        if of < 0:
            continue
        k = of + 1
        while k < len(words) and words[k].text in ("the", "a", "an", "former", "late"):
            k += 1
        if k >= len(words):
            continue
        head = words[k]
        original = text[head.start : head.end]
        person = (
            head.text in TITLES
            or VICTIM_TYPE.get(head.text, "") not in ("", "people")
            and not head.text.endswith("s")
        )
        named = not upper and original[:1].isupper() and words[k - 1].text in ("of",)
        if person or named or upper and head.text not in NON_PERSON and not _plural(words, k, text):
            # "the murder of six priests", "the killing of Jesuit priests": a count or a plural, not one
            if any(
                x.text[0].isdigit() or is_person(x.text) and x.text.endswith("s") and x.text not in TITLES
                for x in words[k : k + 4]
            ):
                continue
            end = _name_end(words, k, text, upper)
            out.append((kind, (head.start, end), (w.start, end)))
    return out


_ACTIVE_VERBS: dict[str, ClaimKind] = {
    **HARM_OBJECT_VERBS,
    **dict.fromkeys("kidnapped kidnapping abducted abducting".split(), "abducted"),
}
_PUNCTUATION = '.,;:!?"“”()[]'
_DETERMINERS = frozenset("a an the one two three his her their its other".split())
PLURALS = frozenset(
    "children people women men gunmen policemen servicemen militiamen fishermen businessmen".split()
)
NOT_OBJECT = frozenset(
    "in on at by from with after during when while as but and or that which who the his her their its "
    "them him me us you himself herself themselves it this these those what all both several many some "
    "more most over about nearly almost at to for into near".split()
)


# Words that open a short aside between a verb and its object: "killed, in broad daylight, a policeman".
_ASIDE_OPENERS = frozenset("at in on with during near by after before inside outside".split()) | _ADVERBS


def _after_aside(words: list[Word], i: int, text: str) -> int:
    """Index of the word after an aside of at most four words closed by commas right after the verb at word i
    ("shot, in broad daylight, the mayor"), else i + 1."""
    if i + 2 >= len(words) or "," not in text[words[i].end : words[i + 1].start]:
        return i + 1
    if words[i + 1].text not in _ASIDE_OPENERS:
        return i + 1
    for c in range(i + 2, min(len(words), i + 6)):
        gap = text[words[c - 1].end : words[c].start]
        if any(m in gap for m in SENTENCE_MARKS):
            return i + 1
        if "," in gap:
            return c
    return i + 1


def find_active_objects(words: list[Word], text: str) -> list[tuple[ClaimKind, Span, Span]]:
    """(kind, victim span, claim span) for "gunmen murdered student Mario Flores", "killing the mayor"."""
    upper = text.isupper()
    out: list[tuple[ClaimKind, Span, Span]] = []
    for i, w in enumerate(words[:-1]):
        # "gunned down the mayor": the object of a particle verb of killing follows its particle
        particle = int(w.text in PHRASAL_KILLING and killing_result(words, i) == 1)
        kind = "killed" if particle else _ACTIVE_VERBS.get(w.text)
        if kind is None or i > 0 and (words[i - 1].text in _DETERMINERS or words[i - 1].text[0].isdigit()):
            continue  # "an injured girl": an adjective, not a verb
        verb = i + particle
        # "killed two days earlier a rebel leader": the object after an adverbial of time
        timed = time_adverbial_end(words, verb + 1)
        k = _after_aside(words, verb, text) if timed == verb + 1 else timed
        if k >= len(words):
            continue
        # the object follows the verb or the aside after it
        opened = words[verb].end if k == verb + 1 else words[k].start
        owner = k + 1 if words[k].text in _DETERMINERS and k + 2 < len(words) else k
        if words[owner].text.endswith("'s") and owner + 1 < len(words) and one_of(words[owner + 1].text):
            # "wounded the mayor's son", "killed Ortega's driver": the person the possessive names
            person_at = words[owner + 1]
            if not any(c in text[opened : person_at.start] for c in _PUNCTUATION):
                out.append((kind, (person_at.start, person_at.end), (w.start, person_at.end)))
            continue
        if words[k].text in ("the", "his", "her", "their") and k + 1 < len(words):
            k += 1
            head = words[k]
            if not (head.text in TITLES or head.text in OTHER_PERSONS and not head.text.endswith("s")):
                continue
        head = words[k]
        if head.text in NOT_OBJECT or head.text in NON_PERSON or head.text[0].isdigit():
            continue
        if any(c in text[opened : head.start] for c in _PUNCTUATION):
            continue  # "... Killed Injured. Fierce clashes": the verb ends a sentence
        original = text[head.start : head.end]
        # "murdered university student X": the person noun may come second
        nouns = [x.text for x in words[k : k + 2]]
        person = any(x in TITLES or x in VICTIM_TYPE or x in OTHER_PERSONS for x in nouns)
        if upper:
            # no case to tell a name: a title in the phrase, or a role in the apposition after it, does
            person = person or _titled(words, k, text)
            plural = head.text in PLURALS or _plural(words, k, text)
        else:
            plural = head.text in PLURALS or (
                head.text.endswith("s") and head.text not in TITLES and not original.istitle()
            )
        # "killed innocent civilians": the person noun after a modifier is a plural
        second = nouns[1:2]
        plural = plural or any(
            x in PLURALS or x.endswith("s") and is_person(x) and x not in TITLES for x in second
        )
        if plural:
            continue  # a plural: "murdered peasants X and Y" is not one victim
        if not (person or (not upper and original[:1].isupper())):
            continue
        end = _name_end(words, k, text, upper)
        out.append((kind, (head.start, end), (w.start, end)))
    return out


def role(word: str) -> bool:
    return (
        word in TITLES
        or word in OTHER_PERSONS
        and not word.endswith("s")
        or VICTIM_TYPE.get(word) == "people"
    )


def one_of(word: str) -> bool:
    """A title or role, or a victim noun in the singular ("civilian", "policeman": the lexicon has its plural)."""
    if role(word):
        return True
    plurals = (word[:-3] + "men", word + "s") if word.endswith("man") else (word + "s", word + "ren")
    return word in VICTIM_TYPE and any(p in VICTIM_TYPE or p in PLURALS for p in plurals)


def _titled(words: list[Word], k: int, text: str) -> bool:
    """Whether the object phrase at word k names a person by a title inside it ("former army chief general X")
    or by a role in the apposition after it ("X Y, leader of the party", "X, a 29-year-old teacher")."""
    j = k
    while j < min(len(words), k + 6):
        if role(words[j].text):
            return True
        gap = text[words[j].end : words[j + 1].start] if j + 1 < len(words) else "."
        if words[j].text in NOT_OBJECT or any(c in gap for c in ".;:!?"):
            return False
        if "," in gap:
            break
        j += 1
    else:
        return False
    for x in words[j + 1 : j + 6]:
        if x.text in ("a", "an", "the", "former", "old") or x.text[0].isdigit() or "year" in x.text:
            continue
        return role(x.text)
    return False


def _name_end(words: list[Word], k: int, text: str, upper: bool) -> int:
    """End offset of the victim's name that starts at word k: "student Mario Flores"."""
    last = k
    while last + 1 < len(words) and last - k < 3 and words[last + 1].text not in NOT_OBJECT | {"of"}:
        nxt = text[words[last + 1].start : words[last + 1].end]
        if words[last + 1].text in NON_PERSON or not (upper or nxt[:1].isupper()):
            break
        if any(c in text[words[last].end : words[last + 1].start] for c in _PUNCTUATION):
            break
        last += 1
    return words[last].end
