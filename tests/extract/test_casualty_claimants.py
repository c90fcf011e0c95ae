"""Who claims a count told in reported speech or a quote, through the whole pipeline, on composed sentences."""

from __future__ import annotations

import pytest

HEAD = "Shelling hits a market\n\nWed Apr 8, 2015\n\n"


def _claimant(extract_text, text: str, as_written: str) -> dict | None:
    """The claimant of the one claim whose count is written `as_written`."""
    report = extract_text(HEAD + text)
    (claim,) = [c for c in report["claims"] if c["count"]["as_written"] == as_written]
    return claim["claimant"]


def _name(extract_text, text: str, as_written: str) -> str | None:
    found = _claimant(extract_text, text, as_written)
    return found["name"] if found else None


@pytest.mark.parametrize(
    ("text", "as_written", "name"),
    [
        # the one who reports, never the one who harmed
        ("Gunmen killed 14, officials said.", "14", "officials"),
        (
            "Masked raiders shot dead 6 shepherds near the well, local officials said on Sunday.",
            "6 shepherds",
            "local officials",
        ),
        ("According to the ministry, 12 people died.", "12 people", "ministry"),
        ("According to the interior ministry, 12 people died in the fire.", "12 people", "interior ministry"),
        # an unnamed source, not the outlet that reports it
        (
            "Reports surfaced on Tuesday that 30 prisoners had been executed, the Daily Ledger said.",
            "30 prisoners",
            "Reports",
        ),
        # a role noun and a colon before the quote: the person who holds the role
        (
            "Health Minister Ravi Delmont visited the hospital on Sunday. The minister added:\n\n"
            '"Eleven children were injured in the blast. Two of them died overnight."',
            "Eleven children",
            "Ravi Delmont",
        ),
        # a second paragraph that goes on with a quote of a speaker named before it
        (
            '"We will rebuild the school," said Mayor Oona Pell on Monday. "Nobody will stop us.\n\n'
            '"Six pupils were killed and 14 were hurt in the attack."',
            "Six pupils",
            "Oona Pell",
        ),
        # a town says nothing; a capital speaks for its state
        ("Mosul said 40 rebels were killed.", "40 rebels", None),
        ("Baghdad said 40 rebels were killed.", "40 rebels", "Iraq"),
    ],
)
def test_the_claimant_of_shapes_of_report(extract_text, text: str, as_written: str, name: str | None) -> None:
    assert _name(extract_text, text, as_written) == name


def test_a_cue_governing_a_count_outside_its_statement_passes_on_the_resolved_speaker(extract_text) -> None:
    # "He" resolved to the colonel by the statement of the same cue, not the bare pronoun (no claimant)
    text = (
        "Colonel Idris Varga visited the site on Monday. He said it was unclear how many died, but the dead "
        "included two farmers."
    )
    assert _name(extract_text, text, "two farmers") == "Idris Varga"


@pytest.mark.parametrize(
    "text",
    [
        "Senator Mara Quill's office said in a statement that 7 civilians were wounded in the shelling.",
        "Senator Mara Quill's office said in a statement on Friday that 7 civilians were wounded.",
        "The office of Senator Mara Quill said in a statement that 7 civilians were wounded.",
    ],
)
def test_an_office_speaks_for_its_holder_in_a_statement(extract_text, text: str) -> None:
    found = _claimant(extract_text, text, "7 civilians")
    assert found is not None and "Mara Quill" in found["name"] and found["role"] == "office"


@pytest.mark.parametrize(
    ("text", "as_written", "name"),
    [
        (
            "Nine people died after shells hit the grain depot in Volnoye, the regional governor said on "
            "Thursday. He said the dead included two farmers and a cook.",
            "two farmers",
            "regional governor",
        ),
        (
            "A police spokeswoman said eleven people died. She said those hurt included 5 nurses.",
            "5 nurses",
            "police spokeswoman",
        ),
        (
            "Local officials said on Tuesday that nine people died. They said among the dead were 3 teachers.",
            "3 teachers",
            "Local officials",
        ),
        # a person named after the anonymous source is the nearer antecedent
        (
            "The regional governor said nine people died. Colonel Idris Varga arrived later. He said the dead "
            "included two farmers.",
            "two farmers",
            "Idris Varga",
        ),
    ],
)
def test_a_pronoun_stands_for_an_anonymous_source_who_spoke_before_it(
    extract_text, text: str, as_written: str, name: str
) -> None:
    assert _name(extract_text, text, as_written) == name


@pytest.mark.parametrize(
    ("text", "as_written"),
    [
        # no one before the pronoun, or no one of its gender or number
        ("He said the dead included two farmers and a cook.", "two farmers"),
        ("A police spokeswoman said eleven people died. He said those hurt included 5 nurses.", "5 nurses"),
        ("Local officials said eleven people died. He said those hurt included 5 nurses.", "5 nurses"),
        # "it" that names no source, or has no body to stand for
        (
            "The ministry said on Tuesday that nine people died. It is said that 30 more were wounded.",
            "30 more",
        ),
        ("Mayor Lena Torvik said nine people died. It said 4 guards were hurt.", "4 guards"),
    ],
)
def test_a_pronoun_with_no_source_to_stand_for_claims_nothing(
    extract_text, text: str, as_written: str
) -> None:
    assert _name(extract_text, text, as_written) is None


def test_it_stands_for_the_body_that_spoke_last(extract_text) -> None:
    text = "The ministry said on Tuesday that twelve people died. It said the dead included two farmers."
    assert _name(extract_text, text, "two farmers") == "ministry"


@pytest.mark.parametrize(
    ("text", "as_written", "name"),
    [
        (
            "Nine people died after shells hit the grain depot, the regional governor said on Thursday. "
            '"The dead included two farmers and a cook," he said.',
            "two farmers",
            "regional governor",
        ),
        (
            'The army said on Tuesday that nine soldiers died. "Eleven others were wounded," it said.',
            "Eleven others",
            "army",
        ),
    ],
)
def test_a_quote_whose_pronoun_stands_for_the_source_of_a_statement(
    extract_text, text: str, as_written: str, name: str
) -> None:
    assert _name(extract_text, text, as_written) == name


@pytest.mark.parametrize(
    ("text", "as_written", "town"),
    [
        # a town the tagger reads as a person is no claimant when the story writes it as a place elsewhere
        (
            "Troops raided Bani Suheila on Friday. In Bani Suheila, 7 were wounded, Bani Suheila told reporters.",
            "7",
            "Bani Suheila",
        ),
        (
            "Helicopters fired on Beit Lahia. Three people were killed in Beit Lahia, Beit Lahia told the agency.",
            "Three people",
            "Beit Lahia",
        ),
    ],
)
def test_a_town_written_as_a_place_is_no_claimant_nor_person(extract_text, text, as_written, town) -> None:
    report = extract_text(HEAD + text)
    (claim,) = [c for c in report["claims"] if c["count"]["as_written"] == as_written]
    assert claim["claimant"] is None
    assert town not in [a["name"] for a in report["actors"] if a["kind"] == "person"]


def test_a_person_who_shares_a_town_name_stays_a_person_where_the_town_is_never_a_place(extract_text) -> None:
    # nothing in the story writes "Bani Suheila" as a place, so the tagger's person stands
    text = "Bani Suheila said 7 people were wounded in the raid."
    assert _name(extract_text, text, "7 people") == "Bani Suheila"
