"""Who claims a count in text that lost its commas, apostrophes and quote marks, on sentences composed for these
tests: a name or a source noun right before a closing speech verb ("... including three children the Red
Crescent said"), the source's words without the number or plural noun before them ("damaged 40 houses officials
said" is officials, not "40 houses officials"), and the name right after an inverted speech verb ("... were women
said Dr Sami Haddad who ...") rather than the words the quote ended with."""

from __future__ import annotations

import pytest

HEAD = "Shelling hits a market\n\nWed Apr 8, 2015\n\n"


def _name(extract_text, text: str, as_written: str) -> str | None:
    report = extract_text(HEAD + text)
    (claim,) = [c for c in report["claims"] if c["count"]["as_written"] == as_written]
    return claim["claimant"]["name"] if claim["claimant"] else None


def _undamaged(text: str) -> str:
    return text.replace(" officials said", ", officials said").replace(
        " the Red Crescent said", ", the Red Crescent said"
    )


@pytest.mark.parametrize(
    ("text", "as_written", "name"),
    [
        # a name right before the closing verb
        (
            "Artillery fire on Tal Hamra killed 11 villagers including three children the Red Crescent said.",
            "11 villagers",
            "Red Crescent",
        ),
        # a source noun right before it, without the words of the claim before it
        (
            "A storm of shells killed 17 traders at the market and damaged 40 houses officials said.",
            "17 traders",
            "officials",
        ),
        (
            "Gunmen shot dead 6 shepherds near the well local officials said.",
            "6 shepherds",
            "local officials",
        ),
    ],
)
def test_a_source_right_before_a_closing_verb_that_lost_its_comma(
    extract_text, text: str, as_written: str, name: str
) -> None:
    assert _name(extract_text, text, as_written) == name


def test_a_name_after_an_inverted_speech_verb_is_the_speaker(extract_text) -> None:
    text = "Nine of the dead were women said Dr Sami Haddad who runs the clinic in Tal Hamra."
    assert _name(extract_text, text, "Nine") == "Dr Sami Haddad"
