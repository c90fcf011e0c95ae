"""Casualty counts in wordings read by general rules of English grammar, on sentences composed for these tests, with
commas and without (text that lost its commas reads as it does with them)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from harmwatch.extract.incidents.claims import tally
from harmwatch.records import Claim

ClaimsOf = Callable[[str], list[Claim]]


def _counts(claims: list[Claim]) -> list[tuple[str, int | None, int | None]]:
    return sorted((c.kind, c.count.low, c.count.high) for c in claims)


def _toll(claims: list[Claim], kind: str = "killed") -> int | None:
    counted = tally(claims).get(kind)
    return counted.low if counted is not None else None


@pytest.mark.parametrize(
    "text",
    [
        "Two soldiers were killed at least 12 others\n\nWounded civilians were taken to hospital.",
        "Three guards were killed 14 more\n\nHave the officials said anything?",
    ],
)
def test_a_passive_closes_on_a_verb_of_the_counts_own_sentence_only(claims_of: ClaimsOf, text: str) -> None:
    """A count after a passive opens a clause of its own only when its own sentence gives it a verb: the first word
    of the next paragraph ("Wounded", "Have") is no verb of the count at the end of a headline line."""
    claims = claims_of(text)
    assert len([c for c in claims if c.kind == "killed"]) == 2


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("Shelling killed seven civilians, two women and five children, on Monday.", 7),
        ("Jets killed 11 people: three women, two men and six children.", 11),
        ("The raid killed nine civilians (four men and five boys) near the river.", 9),
        ("Gunmen killing 10 villagers, six men and four girls, fled north.", 10),
    ],
)
@pytest.mark.parametrize("commas", [True, False])
def test_an_apposition_after_an_active_verb_that_adds_up_is_its_breakdown(
    claims_of: ClaimsOf, text: str, toll: int, commas: bool
) -> None:
    """Counts of sex and age right after a count of civilians or people that a verb of harm governs, adding up to
    it, break it down: its parts, no people beside it."""
    claims = claims_of(text if commas else text.replace(",", ""))
    assert _toll(claims) == toll
    assert [c.count.low for c in claims if c.kind == "killed"][0] == toll


def test_a_breakdown_of_the_wounded_and_a_list_that_does_not_add_up(claims_of: ClaimsOf) -> None:
    """A breakdown of a wound reads as one of a death; counts that do not add up, or that follow a count of others
    than civilians, are more people beside it."""
    assert _toll(claims_of("The raid wounded 13 civilians six women and seven children."), "injured") == 13
    assert _toll(claims_of("Jets killed 12 people, three women and eight men, in Idlib.")) == 23
    assert _toll(claims_of("Jets killed 11 soldiers, three women and eight men, in Idlib.")) == 22
    assert _toll(claims_of("Seven civilians two women and five children were killed on Monday.")) == 7


@pytest.mark.parametrize(
    ("text", "kind", "toll"),
    [
        ("The strike killed a man and a family of three.", "killed", 4),
        ("A shell killed two shepherds and an entire family of six in the village.", "killed", 8),
        ("Gunmen wounded three guards and a family of five.", "injured", 8),
        ("Three guards and a family of five were wounded.", "injured", 8),
        ("A woman and a family of four were killed in the strike.", "killed", 5),
        ("The strike killed a man, a boy and a family of three.", "killed", 5),
    ],
)
def test_a_family_of_n_in_a_coordination_counts_its_size(
    claims_of: ClaimsOf, text: str, kind: str, toll: int
) -> None:
    """ "A family of N" after "and" is N people sharing the harm of the coordination, as it is alone."""
    assert _toll(claims_of(text), kind) == toll


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A mother of three was shot dead.", [("killed", 1, 1)]),
        ("A father of five died in the shelling.", [("killed", 1, 1)]),
        ("Jets killed a mother of four in Idlib.", [("killed", 1, 1)]),
        ("The commander of 300 fighters was killed.", [("killed", 1, 1)]),
        ("Police say a teacher of 30 pupils was wounded", [("injured", 1, 1)]),
        # a participle right after the count's noun may open a relative clause of its own
        ("The father of two boys killed in the raid spoke.", [("killed", 2, 2)]),
        # ...but not right after a bare count: a headline's "X of N killed" is the one person, never N victims
        ("Grandfather of six killed in shelling of market", []),
        ("MOTHER OF FOUR KILLED IN AIR STRIKE ON TOWN", []),
        # the of-phrase of a plural or of a family counts its members
        ("Five members of one family were killed.", [("killed", 5, 5)]),
        ("The raid killed a family of six.", [("killed", 6, 6)]),
    ],
)
def test_a_count_in_the_of_phrase_of_one_person_is_theirs(
    claims_of: ClaimsOf, text: str, expected: list[tuple]
) -> None:
    """A count in the of-phrase of a singular noun of a person counts whom that person has or leads; the harm told
    of the phrase is the one person's."""
    assert _counts(claims_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The health ministry raised the number of dead up to 12.", [("killed", 12, 12)]),
        ("The ministry raised the number of people killed in the strike up to 31.", [("killed", 31, 31)]),
        ("The number of dead was raised up to 12.", [("killed", 12, 12)]),
        ("The number of wounded has been revised to 40.", [("injured", 40, 40)]),
        # "up to" before a count of its own stays a bound
        ("Up to 30 people were killed.", [("killed", None, 30)]),
    ],
)
def test_a_figure_a_verb_of_change_brings_a_counting_noun_to(
    claims_of: ClaimsOf, text: str, expected: list[tuple]
) -> None:
    """ "Up" after a verb of change and its object, a counting noun with its of-phrase, is the verb's particle, and
    a causative in the passive tells the state it left the figure in."""
    assert _counts(claims_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two people were killed and a third wounded.", [("injured", 1, 1), ("killed", 2, 2)]),
        ("Three guards were wounded and a fourth killed.", [("injured", 3, 3), ("killed", 1, 1)]),
        ("One man was shot dead and a second wounded.", [("injured", 1, 1), ("killed", 1, 1)]),
        # an ordinal that heads an of-phrase names a share of something else
        ("Two soldiers were killed and a third of the town damaged.", [("killed", 2, 2)]),
    ],
)
def test_an_ordinal_after_a_names_one_more_in_a_gapped_clause(
    claims_of: ClaimsOf, text: str, expected: list[tuple]
) -> None:
    """ "A third" in a clause that shares the auxiliary of a passive before it is one more person of the series
    the count before it opened, harmed as the clause tells."""
    assert _counts(claims_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("A shepherd and his 40 sheep died.", 1),
        ("A farmer and his 40 sheep were killed in the shelling.", 1),
        ("Shelling killed 30 goats and two shepherds.", 2),
        ("A herder and 25 camels were killed by a mine.", 1),
        ("The strike killed a farmer and 12 cows.", 1),
    ],
)
def test_animals_are_no_people(claims_of: ClaimsOf, text: str, toll: int) -> None:
    """A count of animals is no count of victims; the people harmed with them still are."""
    claims = claims_of(text)
    assert _toll(claims) == toll
    assert all(c.count.low == 1 or "shepherds" in c.count.as_written for c in claims)


@pytest.mark.parametrize(
    ("text", "kind", "toll"),
    [
        ("Thirty people, 11 of whom had bullet wounds, were taken to hospital.", "injured", 30),
        ("Forty villagers, 12 of whom were children, were killed.", "killed", 40),
        ("Twenty guards, 6 of whom were officers, were wounded in the raid.", "injured", 20),
        ("Thirty people were hurt, 11 of whom had bullet wounds.", "injured", 30),
    ],
)
@pytest.mark.parametrize("commas", [True, False])
def test_a_share_of_whom_is_part_of_the_count_before_it(
    claims_of: ClaimsOf, text: str, kind: str, toll: int, commas: bool
) -> None:
    """ "N of whom" opens a relative clause on a part of the count before it; the count's own predicate follows
    that clause, with its commas or without."""
    assert _toll(claims_of(text if commas else text.replace(",", "")), kind) == toll


def test_a_relative_clause_with_no_predicate_after_it_gives_the_count_none(claims_of: ClaimsOf) -> None:
    """The verb of the relative clause is the share's, not the count's."""
    claims = claims_of("The raid hit thirty people 11 of whom were wounded critically.")
    assert _counts(claims) == [("injured", 11, 11)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Killed in the raid were 12 soldiers.", [("killed", 12, 12)]),
        ("Killed were 12 soldiers.", [("killed", 12, 12)]),
        ("Also wounded on Monday were 30 villagers", [("injured", 30, 30)]),
        ("Killed in the shelling of the town on Monday were at least 15 people", [("killed", 15, None)]),
        ("KILLED IN THE ATTACK WERE 3 POLICEMEN", [("killed", 3, 3)]),
    ],
)
def test_a_fronted_participle_harms_the_subject_after_its_copula(
    claims_of: ClaimsOf, text: str, expected: list[tuple]
) -> None:
    """A participle of harm at the start of its sentence, with an adjunct or nothing before the copula, inverts
    the clause: the count after the copula is its subject, harmed as the participle tells."""
    assert _counts(claims_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "kind", "toll"),
    [
        ("The victims were 12 children and their teacher.", "killed", 13),
        ("The dead were 9 villagers and their driver.", "killed", 10),
        ("The victims were 12 children.", "killed", 12),
        # "the victims" of a harm told before them
        ("The blast wounded dozens. The victims were 12 children and their teacher.", "injured", 13),
    ],
)
def test_a_copula_after_the_victims_or_the_dead_names_those_harmed(
    claims_of: ClaimsOf, text: str, kind: str, toll: int
) -> None:
    """The count after "the victims were" or "the dead were" is harmed as they were, and one person a possessive
    names after it ("and their teacher") is one more of the same list."""
    assert _toll(claims_of(text), kind) == toll


def test_persons_of_a_copula_list_stay_as_before(claims_of: ClaimsOf) -> None:
    """A person with an article after a count stays unread, and a list of two counts is no sum of one span."""
    assert _counts(claims_of("Those hurt included 4 journalists and a driver.")) == [("injured", 4, 4)]
    claims = claims_of("Among the dead were 20 children and nine women.")
    assert len({c.span for c in claims}) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Omar Haddad 26 died in the attack.", [("killed", 1, 1)]),
        ("Police said Samir Abu Khalil 41 died of his wounds", [("killed", 1, 1)]),
        ("Nour Salem 19 dies in hospital", [("killed", 1, 1)]),
        # a place after a preposition, a body of the registry, a place of the gazetteer: the digits are a count
        ("In Tel Amra 15 died.", [("killed", 15, 15)]),
        ("Residents of Kafr Nubl 12 died", [("killed", 12, 12)]),
        ("Free Syrian Army 15 died", [("killed", 15, 15)]),
        ("According to the Syrian Observatory for Human Rights 15 died.", [("killed", 15, 15)]),
        ("Another 15 died.", [("killed", 15, 15)]),
        ("OMAR HADDAD 26 DIED", [("killed", 26, 26)]),
    ],
)
def test_digits_after_a_persons_name_before_died_are_an_age(
    claims_of: ClaimsOf, text: str, expected: list[tuple]
) -> None:
    """ "Died" agrees with no number, so digits before it after a name are an age only when the words before them
    are a person's name: title-case words with no preposition or determiner before them, no place the gazetteer
    knows and no actor of the registry (upper-case text tells no name from other words and keeps the count)."""
    assert _counts(claims_of(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Five guards were killed, including an officer.",
        "Gunmen killed five guards, including an officer.",
        "Six soldiers died, including a pilot",
        "Five guards were killed, including a sergeant.",
    ],
)
@pytest.mark.parametrize("commas", [True, False])
def test_one_person_included_after_a_count_is_part_of_it(
    claims_of: ClaimsOf, text: str, commas: bool
) -> None:
    """A person "including" names after a count is one of the count, with the comma or without: no person added
    to the toll, none lost."""
    claims = claims_of(text if commas else text.replace(",", ""))
    assert _toll(claims) in (5, 6)
    assert max(c.count.low or 0 for c in claims) == _toll(claims)


def test_one_of_a_count_is_no_person_with_an_of_phrase(claims_of: ClaimsOf) -> None:
    """ "One" is a number word, not a noun of a person whose of-phrase counts whom that person has: "one of three
    soldiers was killed" still tells a death (which count the partitive gives is left; see EVALUATION.md)."""
    assert [c.kind for c in claims_of("One of three soldiers was killed.")] == ["killed"]


def test_the_victims_of_a_blow_with_no_death_told_are_wounded(claims_of: ClaimsOf) -> None:
    """With no harm word before "the victims", a blow told before them and no death in their sentence makes them
    the wounded; a death told before them makes them the dead."""
    text = "Two youths stabbed three aid workers near their office. The victims were two Danish women and a Dutch man."
    assert _counts(claims_of(text)) == [("injured", 2, 2)]
    text = "Gunmen shot dead four farmers. The victims were 4 brothers."
    assert {c.kind for c in claims_of(text)} == {"killed"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three passers-by were hurt when the shell landed.", [("injured", 3, 3)]),
        ("SIX LOOKERS-ON WERE INJURED BY FLYING GLASS", [("injured", 6, 6)]),
        ("The blast hurt three passers-by.", [("injured", 3, 3)]),
    ],
)
def test_a_hyphenated_noun_is_one_word_of_the_count(
    claims_of: ClaimsOf, text: str, expected: list[tuple]
) -> None:
    """The parts of a hyphenated noun after a count are one word, even where a part alone would end the noun
    phrase ("by", "in"): the predicate after the whole noun is the count's."""
    assert _counts(claims_of(text)) == expected
