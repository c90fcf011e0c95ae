"""Wordings of a toll or an injury count read from their grammar and the word tables, in sentences composed for these
tests: "the martyrdom of N" is a noun of harm like "the death of N"; a part of those harmed ("seven of the wounded
later died") has the harm told of the part, and those harmed named by an adjective ("the wounded died") are many;
verbs and phrases of dying, killing and wounding ("drowned", "crushed to death", "succumbed to their wounds", "lay
dead", "moderately injured"); after a comma, a verb with a count of its own ("kills 17, wounds 40") is no predicate
of the count before it; a toll's change "from N to M" or "by N to M" ends at its figure M, which is no range; a
count after "and" whose verb is gapped shares the harm of the count before it when it repeats that count's adjunct
("45 were killed in X and 12 in Y"); a number in the of-phrase of a count's noun ("five members of one family") is
part of that noun, no count; after a verb of change "up" is the verb's particle ("revised up to 140" is 140, no
bound); lives costed from those named ("cost 16 people their lives") or lost ("the loss of 45 lives") are a toll; a
count whose noun a harm adjective modifies takes the predicate after that noun ("eight wounded people later
died"), and so does a wound told in a reduced relative ("eight people wounded in the raid later died"); a count in
words after an active verb of harm is its object ("six fighters killed two guards"); "up" after a verb of change and
its object is the verb's particle ("raised the toll up to 63"); one person named by a determiner beside a count adds
one ("two brothers and their grandfather were killed"), kin nouns included; "a family of N" is N people."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from harmwatch.records import Claim

ClaimsOf = Callable[[str], list[Claim]]


def _counts(claims: list[Claim]) -> list[tuple[str, int | None, int | None]]:
    return sorted((c.kind, c.count.low, c.count.high) for c in claims)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "martyrdom" is a noun of harm whose `of` object is the victim, as "death" is
        ("The rocket attack led to the martyrdom of three civilians.", [("killed", 3, 3)]),
        (
            "The shelling resulted in the martyrdom of four villagers and the injury of nine others.",
            [("injured", 9, 9), ("killed", 4, 4)],
        ),
        ("The martyrdom of 12 soldiers was announced on Tuesday.", [("killed", 12, 12)]),
        ("They mourned the martyrdom of Sheikh Omar Zayed.", [("killed", 1, 1)]),
        # no victim named after it: no claim
        ("The group marked the anniversary of the martyrdom of its founder.", []),
    ],
)
def test_martyrdom_is_a_noun_of_harm(claims_of: ClaimsOf, text: str, expected: list[tuple]) -> None:
    assert _counts(claims_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part of those harmed: what is told of the part is its harm
        ("Seven of the wounded later died in hospital.", [("killed", 7, 7)]),
        ("Two of those injured have since died.", [("killed", 2, 2)]),
        ("FOUR OF THE WOUNDED DIED ON THE WAY TO THE CLINIC.", [("killed", 4, 4)]),
        # nothing told of the part but who they are: the harm they are part of
        ("Eight of the injured were children.", [("injured", 8, 8)]),
        ("Three of the dead were soldiers.", [("killed", 3, 3)]),
        # an adjective naming those harmed is a plural, and so is a noun after a plural determiner: no one victim
        ("The wounded died on the way to the clinic.", []),
        ("Fighters on both sides died in the clashes.", []),
        ("Twelve people have since died.", [("killed", 12, 12)]),
        # one person still dies alone
        ("The mayor has since died.", [("killed", 1, 1)]),
    ],
)
def test_a_part_of_those_harmed(claims_of: ClaimsOf, text: str, expected: list[tuple]) -> None:
    assert _counts(claims_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # verbs and phrases of dying and of killing
        ("Fifty-two people were burned alive in the barn.", [("killed", 52, 52)]),
        ("Thirty migrants drowned when the boat was shelled.", [("killed", 30, 30)]),
        ("Nine miners were crushed to death when the tunnel was bombed.", [("killed", 9, 9)]),
        ("The crowd crushed two men to death.", [("killed", 2, 2)]),
        ("Seven people have succumbed to their wounds.", [("killed", 7, 7)]),
        ("Seventeen prisoners were put to death at dawn.", [("killed", 17, 17)]),
        ("Eleven porters met their deaths on the pass.", [("killed", 11, 11)]),
        ("Eight people were pronounced dead at the scene.", [("killed", 8, 8)]),
        ("Six civilians lay dead in the square.", [("killed", 6, 6)]),
        ("The mayor was pronounced dead at the clinic.", [("killed", 1, 1)]),
        # a degree of a wound, and "hurts" before its object
        ("Eight people were moderately injured.", [("injured", 8, 8)]),
        ("Blast hurts eight in Valmora", [("injured", 8, 8)]),
        # not a death: lying in wait, hurt morale
        ("The soldiers lay in wait near 12 houses.", []),
        ("The strike hurt morale among 300 recruits.", []),
    ],
)
def test_verbs_of_dying_killing_and_wounding(claims_of: ClaimsOf, text: str, expected: list[tuple]) -> None:
    assert _counts(claims_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a comma, a verb with a count of its own ("wounds 40") is no predicate of the count before it
        ("Valmora shelling kills 17, wounds 40", [("injured", 40, 40), ("killed", 17, 17)]),
        ("Car bomb kills 6 civilians, wounds 25 in Ostrava", [("injured", 25, 25), ("killed", 6, 6)]),
        # a count with its own predicate after the comma is unchanged
        ("17 killed, 40 wounded in Valmora", [("injured", 40, 40), ("killed", 17, 17)]),
    ],
)
def test_a_verb_with_its_own_count_after_a_comma(
    claims_of: ClaimsOf, text: str, expected: list[tuple]
) -> None:
    assert _counts(claims_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a change from or by one figure to another after a verb of change: the figure is where it ends
        ("The death toll rose from 30 to 45.", [("killed", 45, 45)]),
        ("The death toll climbed by 12 to 45 on Sunday.", [("killed", 45, 45)]),
        ("The number of dead rose from 30 to 45.", [("killed", 45, 45)]),
        ("The toll was raised from 30 to 45.", [("killed", 45, 45)]),
        # a range is still a range, and "by" after a verb of harm names the agents
        ("Between 30 and 45 people were killed.", [("killed", 30, 45)]),
        ("From 30 to 45 people were killed.", [("killed", 30, 45)]),
        ("The village was attacked by 10 to 15 gunmen.", []),
    ],
)
def test_a_change_ends_at_its_figure(claims_of: ClaimsOf, text: str, expected: list[tuple]) -> None:
    assert _counts(claims_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a gapped verb: the count after "and" repeats the adjunct of the count before it
        ("Forty-five people were killed in Tamsk and 12 in Lusk.", [("killed", 12, 12), ("killed", 45, 45)]),
        (
            "The raids killed 45 people in Tamsk and another 12 in Lusk.",
            [("killed", 12, 12), ("killed", 45, 45)],
        ),
        ("Nine guards were wounded on Monday and three on Tuesday.", [("injured", 3, 3), ("injured", 9, 9)]),
        # no adjunct repeated, or a verb of its own: no gap
        ("The raids killed 45 people in Tamsk and destroyed 12 houses in Lusk.", [("killed", 45, 45)]),
        ("The raids killed 45 people in 2014 and 12 in 2015.", [("killed", 45, 45)]),
    ],
)
def test_a_gapped_verb(claims_of: ClaimsOf, text: str, expected: list[tuple]) -> None:
    assert _counts(claims_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number in the of-phrase of a count's noun belongs to the noun
        ("Five members of one family were killed.", [("killed", 5, 5)]),
        ("Two dozen members of 3 families were killed.", [("killed", 24, 24)]),
        ("The strike killed five members of one family.", [("killed", 5, 5)]),
        # "a family of six" is six, and "5 of 12 hostages" is a part of the 12
        ("A family of six was killed in the raid.", [("killed", 6, 6)]),
        ("The raid killed 5 of 12 hostages.", [("abducted", 12, 12), ("killed", 5, 5)]),
    ],
)
def test_a_number_inside_the_noun_of_a_count(claims_of: ClaimsOf, text: str, expected: list[tuple]) -> None:
    assert _counts(claims_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a verb of change, "up" is the verb's particle: the toll is the figure
        ("The death toll was revised up to 140 on Friday.", [("killed", 140, 140)]),
        ("The number of dead rose up to 27 by nightfall.", [("killed", 27, 27)]),
        ("The toll from the floods in Varnet went up to 81.", [("killed", 81, 81)]),
        # "up to" with no verb of change before it is still a bound
        ("Up to 90 people may have been killed.", [("killed", None, 90)]),
        ("The blast in Orlova killed up to 35 people.", [("killed", None, 35)]),
    ],
)
def test_up_as_the_particle_of_a_verb_of_change(
    claims_of: ClaimsOf, text: str, expected: list[tuple]
) -> None:
    assert _counts(claims_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # lives costed from those named as the indirect object, and the loss of N lives
        ("The bombing in Kessra cost 16 people their lives.", [("killed", 16, 16)]),
        ("The landslide cost at least 30 villagers their lives.", [("killed", 30, None)]),
        ("The explosion at the depot resulted in the loss of 45 lives.", [("killed", 45, 45)]),
        ("The raid caused the loss of 23 lives and injured 40.", [("injured", 40, 40), ("killed", 23, 23)]),
        # no lives: no toll
        ("The repairs cost 16 people their savings.", []),
        ("The loss of 45 vehicles slowed the convoy.", []),
    ],
)
def test_lives_costed_and_lost(claims_of: ClaimsOf, text: str, expected: list[tuple]) -> None:
    assert _counts(claims_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count whose noun a harm adjective modifies takes the predicate after the noun
        ("Eight wounded people later died in hospital.", [("killed", 8, 8)]),
        ("Five injured civilians died in Marrow on Tuesday.", [("killed", 5, 5)]),
        ("Two injured fishermen succumbed to their wounds overnight.", [("killed", 2, 2)]),
        # no death after the noun, no noun after the adjective, or a verb with an object of its own: the wound
        ("Three wounded soldiers were evacuated to Dorvik.", [("injured", 3, 3)]),
        ("Three wounded were taken away.", [("injured", 3, 3)]),
        ("Six wounded fighters killed two guards.", [("injured", 6, 6), ("killed", 2, 2)]),
    ],
)
def test_a_harm_adjective_before_the_noun_of_a_count(
    claims_of: ClaimsOf, text: str, expected: list[tuple]
) -> None:
    assert _counts(claims_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wound's participle right after the count's noun opens a reduced relative; a death told after it wins
        ("Eight people wounded in the raid later died in hospital.", [("killed", 8, 8)]),
        ("Two soldiers injured in the blast at Morrow died on Monday.", [("killed", 2, 2)]),
        ("Four men wounded by sniper fire succumbed to their wounds.", [("killed", 4, 4)]),
        # no death after the complement, or a new clause first: the wound stands
        ("Eight people wounded in the raid were taken to hospital.", [("injured", 8, 8)]),
        ("Six children wounded in the strike remain in critical condition.", [("injured", 6, 6)]),
        (
            "Five civilians injured in the shelling, which killed three, were treated in Kesra.",
            [("injured", 5, 5), ("killed", 3, 3)],
        ),
    ],
)
def test_a_wound_told_in_a_reduced_relative(claims_of: ClaimsOf, text: str, expected: list[tuple]) -> None:
    assert _counts(claims_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count after an active verb of harm is its object, in words as in digits: the count before is the agent
        ("Six fighters killed two guards at the checkpoint.", [("killed", 2, 2)]),
        ("Three gunmen killed 14 policemen on Sunday.", [("killed", 14, 14)]),
        ("Four gunmen wounded eleven shoppers in Tarsova.", [("injured", 11, 11)]),
        # a count with a predicate of its own, or after a mark, is a second count
        ("Twelve civilians killed, three wounded in Ostrava.", [("injured", 3, 3), ("killed", 12, 12)]),
        ("40 civilians killed 100 injured in the shelling", [("injured", 100, 100), ("killed", 40, 40)]),
        ("Ten people killed Sunday in shelling", [("killed", 10, 10)]),
    ],
)
def test_a_count_after_an_active_verb_is_its_object(
    claims_of: ClaimsOf, text: str, expected: list[tuple]
) -> None:
    assert _counts(claims_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verb of change's object between it and its particle: the figure is where the change ends
        ("Officials raised the toll up to 63 on Monday.", [("killed", 63, 63)]),
        ("The ministry revised its death toll up to 40.", [("killed", 40, 40)]),
        # no verb of change before the object: still a bound
        ("The death toll could reach up to 63.", [("killed", None, 63)]),
    ],
)
def test_up_as_a_particle_after_the_object(claims_of: ClaimsOf, text: str, expected: list[tuple]) -> None:
    assert _counts(claims_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one person named by a possessive beside a count is one more, in one coordination: the toll adds them
        ("Two brothers and their grandfather were killed in Velka.", [("killed", 1, 1), ("killed", 2, 2)]),
        ("Nine shepherds and their uncle died in the ambush.", [("killed", 1, 1), ("killed", 9, 9)]),
        (
            "A farmer and his two cousins were wounded by the shelling.",
            [("injured", 1, 1), ("injured", 2, 2)],
        ),
        # no shared predicate of harm: no count of harm
        ("The commander and his 30 fighters surrendered.", []),
    ],
)
def test_one_person_beside_a_count(claims_of: ClaimsOf, text: str, expected: list[tuple]) -> None:
    claims = claims_of(text)
    assert _counts(claims) == expected
    assert len({c.span for c in claims}) <= 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "a family of N" is N people, as the subject or the object of the harm
        ("The bombing killed a family of five.", [("killed", 5, 5)]),
        ("The strike killed an entire family of seven in Tarna.", [("killed", 7, 7)]),
        ("A family of six was killed when a shell hit their home.", [("killed", 6, 6)]),
        # a family with no size is one count of one group, as before
        ("A family of refugees was killed.", [("killed", 1, 1)]),
    ],
)
def test_a_family_of_n(claims_of: ClaimsOf, text: str, expected: list[tuple]) -> None:
    assert _counts(claims_of(text)) == expected
