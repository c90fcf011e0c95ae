"""Casualty claims: kinds, bounds, victims and claimants on small texts and the reference article."""

from __future__ import annotations

from typing import Any

import pytest

from harmwatch.config import Settings
from harmwatch.extract.casualties.claims import extract_claims
from harmwatch.ingest.text import make_article
from harmwatch.nlp import Parsed, parse
from harmwatch.records import Claim, Quote, Speaker, Statement, TextSpan


@pytest.fixture(scope="module")
def parsed_of(nlp):
    def run(text: str) -> Parsed:
        return parse(make_article(text, Settings()), nlp)

    return run


@pytest.fixture(scope="module")
def claims_of(parsed_of):
    def run(text: str, **records: Any) -> list[Claim]:
        return extract_claims(
            parsed_of(text), records.get("quotes", []), records.get("statements", []), [], []
        )

    return run


def _summary(claims: list[Claim]) -> list[tuple[str, int | None, int | None, str]]:
    return [(c.kind, c.count.low, c.count.high, c.count.qualifier) for c in claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At least 37 residents have been killed and another 150 residents sustained injuries.",
            [("killed", 37, None, "at_least"), ("injured", 150, None, "at_least")],
        ),
        (
            "The strike killed 12 civilians and wounded dozens.",
            [("killed", 12, 12, "exact"), ("injured", 24, None, "vague")],
        ),
        ("The death toll rose to 45 on Monday.", [("killed", 45, 45, "exact")]),
        (
            "The insurgency has claimed the lives of more than 90,000 people.",
            [("killed", 90_001, None, "more_than")],
        ),
        ("Nearly 50 people died in the blast.", [("killed", None, 49, "up_to")]),
        ("Up to 20 villagers were kidnapped.", [("abducted", None, 20, "up_to")]),
        ("Police arrested 15 protesters.", [("detained", 15, 15, "exact")]),
        ("About 3,000 residents fled their homes.", [("displaced", 3000, 3000, "about")]),
        ("Between 10 and 15 soldiers are missing.", [("missing", 10, 15, "about")]),
        (
            "The raid caused the death and injury of scores of civilians.",
            [("killed_or_injured", 40, None, "vague")],
        ),
        (
            "THREE SUBVERSIVES WERE KILLED AND SEVEN OTHERS WERE WOUNDED",
            [("killed", 3, 3, "exact"), ("injured", 7, 7, "exact")],
        ),
        (
            "Twin blasts near Damascus claiming 4 martyrs and 13 injured",
            [("killed", 4, 4, "exact"), ("injured", 13, 13, "exact")],
        ),
        ("A SOLDIER GUARDING THE SUBSTATION WAS WOUNDED.", [("injured", 1, 1, "exact")]),
        ("The archbishop was murdered while saying mass.", [("killed", 1, 1, "exact")]),
        (
            "At least 23 villagers including women and children were killed Tuesday",
            [("killed", 23, None, "at_least")],
        ),
        ("Gunmen murdered university student Mario Flores.", [("killed", 1, 1, "exact")]),
        ("They condemned the assassination of Dr Jose Rodriguez.", [("killed", 1, 1, "exact")]),
        ("FIVE PASSENGERS TRAVELING ON THE BUS WERE INJURED", [("injured", 5, 5, "exact")]),
        ("ONLY 1 POLICEMAN WAS SLIGHTLY INJURED", [("injured", 1, 1, "exact")]),
        ("the death toll from the strikes in the east was 45", [("killed", 45, 45, "exact")]),
    ],
)
def test_claims_from_wordings(claims_of, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _summary(claims_of(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Militants attacked two residential neighborhoods in the city.",
        "Aleppo, once the country's second largest city, has been divided since 2012.",
        "The offensive launched on October 28 has been marked by attacks.",
        "A 12-year-old boy watched as 5,000 troops killed the rebels.",
        "The group fired 30 rockets and three explosions hit 12 buildings.",
        "The fund pledged $20 million; 40 percent of the city was destroyed.",
        "Officials said 20 people are killed a week on the roads.",
        "The statement did not say if anybody was injured.",
        "A man carries an injured girl to the clinic.",
        "The hamlets were overrun and such a large number was killed.",
        "Raids against the group have cost a heavy civilian death toll.",
        "The two men are doing time for kidnapping children.",
    ],
)
def test_numbers_that_are_not_casualty_counts(claims_of, text: str) -> None:
    assert claims_of(text) == []


def test_victims_and_includes(claims_of) -> None:
    (claim,) = claims_of("Scores of civilians have been killed, including children.")
    assert (claim.victims.type, claim.victims.includes) == ("civilians", ("children",))
    assert claim.count.as_written == "Scores of civilians"
    (subset,) = claims_of("Four paramedics were among the dead.")
    assert (subset.kind, subset.count.low, subset.victims.type, subset.victims.includes) == (
        "killed",
        4,
        "other",
        ("paramedics",),
    )


def test_claim_span_covers_count_and_predicate(claims_of) -> None:
    text = "Later, the army announced that at least 61 people have been killed."
    (claim,) = claims_of(text)
    assert text[claim.span[0] : claim.span[1]] == "at least 61 people have been killed"


def test_claimant_from_sentence(claims_of) -> None:
    said, according, reports, own = (
        claims_of("Later, the Syrian military announced that at least 61 people have been killed.")[0],
        claims_of("The fighting has killed more than 9,000 people, according to a count by the UN.")[0],
        claims_of("On Friday, reports surfaced that at least two dozen villagers had been injured.")[0],
        claims_of("Twelve people were killed in the attack.")[0],
    )
    assert said.claimant is not None and said.claimant.name == "Syrian military"
    assert according.claimant is not None and according.claimant.name == "UN"
    assert reports.claimant is not None and reports.claimant.name == "reports"
    assert own.claimant is None


def test_claimant_from_quote_and_statement_records(claims_of) -> None:
    text = '"Scores of civilians have been killed," the envoy said. Officials said 12 soldiers died.'
    envoy = Speaker("Jan Envoy", "title", span=(38, 47))
    officials = Speaker("Ministry of Health", "explicit", span=(55, 64))
    end = text.index(",") + 2
    quote = Quote("q1", text[1 : end - 2], (0, end), "direct", envoy, None, 0.9)
    content = text.index("12 soldiers")
    statement = Statement("s1", officials, None, TextSpan(text[content:-1], (content, len(text) - 1)))
    first, second = claims_of(text, quotes=[quote], statements=[statement])
    assert first.claimant == envoy
    assert second.claimant == officials


def test_quote_claimant_through_the_pipeline(extract_text) -> None:
    text = (
        "Envoy condemns attacks\n\nMon Oct 31, 2016\n\n"
        'UN envoy Jan Example said: "Scores of civilians have been killed and hundreds wounded."\n'
    )
    report = extract_text(text)
    claims = [c for c in report["claims"] if c["count"]["as_written"].lower().startswith("scores")]
    assert claims and claims[0]["claimant"] and claims[0]["claimant"]["name"] == "Jan Example"


def test_seed_claims(seed_report) -> None:
    report, gold = seed_report
    predicted = report["claims"]
    for claim in gold["casualty_claims"]:
        same = [
            c
            for c in predicted
            if c["kind"] == claim["kind"]
            and (
                c["count"]["low"] == claim["low"]
                or c["count"]["qualifier"] == "vague"
                and claim["qualifier"] == "vague"
            )
        ]
        assert same, claim
        if claim["qualifier"] != "vague":
            wanted = claim["qualifier"].replace(" ", "_")
            assert any(c["count"]["qualifier"] == wanted for c in same), claim
            names = [claim["claimant"] or "reports", *claim.get("claimant_alternatives", [])]
            assert any(
                (c["claimant"] or {}).get("name", "").removeprefix("the ").casefold()
                in {n.casefold() for n in names}
                for c in same
            ), claim
    text = report["article"]["text"]
    written = [text[c["span"][0] : c["span"][1]] for c in predicted]
    for phrase in ("neighborhoods", "second largest", "October 28", "2011"):
        assert not any(phrase in w for w in written)


def test_count_phrase_stops_before_a_byline(claims_of) -> None:
    (claim,) = claims_of("Blast at border kills 20 rebels Monitor AFP Thursday")
    assert claim.count.as_written == "20 rebels"
    assert claim.victims.type == "fighters"


def test_acronym_inside_the_victims(claims_of) -> None:
    (claim,) = claims_of("At least seven IS militants had been killed in the ambush.")
    assert (claim.kind, claim.count.low, claim.victims.type) == ("killed", 7, "fighters")


def test_a_verb_ending_a_sentence_takes_no_object(claims_of) -> None:
    claims = claims_of("Clashes Leave 25 Dead Wounded. Fierce clashes have erupted.")
    assert _summary(claims) == [("killed", 25, 25, "exact")]
