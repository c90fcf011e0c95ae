"""Hard-wrapped text: a line break inside a sentence becomes a space; headlines and paragraphs keep theirs."""

from __future__ import annotations

from harmwatch.ingest.wrap import unwrapped, wrapped_line_ends

WRAPPED = (
    "   RIVERTON, 3 MAR 90 (WIRE) -- [TEXT] A PATROL OF THE NATIONAL GUARD WAS\n"
    "AMBUSHED LAST NIGHT ON THE ROAD TO THE NORTHERN DAM, AND TWO OF ITS\n"
    "MEMBERS WERE KILLED, ACCORDING TO A STATEMENT ISSUED BY THE DEFENSE\n"
    "MINISTRY THIS MORNING.\n"
    "\n"
    "   THE STATEMENT SAID THAT THE ATTACKERS FLED TOWARD THE HILLS AFTER A\n"
    "BRIEF EXCHANGE OF FIRE WITH REINFORCEMENTS SENT FROM THE NEARBY BASE.\n"
)


def test_breaks_inside_a_wrapped_paragraph_are_wraps() -> None:
    ends = wrapped_line_ends(WRAPPED)
    first = WRAPPED.index("WAS\n") + 3
    assert first in ends
    # the last line of a paragraph and the blank line after it are no wraps
    assert WRAPPED.index("MORNING.\n") + 8 not in ends
    assert WRAPPED.index("\n\n") + 1 not in ends


def test_the_parser_reads_a_wrapped_sentence_as_one(nlp) -> None:
    text = unwrapped(WRAPPED)
    assert len(text) == len(WRAPPED) and text.count("\n") == WRAPPED.count("\n") - 4
    sentence = next(s for s in nlp(text).sents if "AMBUSHED" in s.text)
    assert "PATROL" in sentence.text and "KILLED" in sentence.text


def test_an_article_reads_wrapped_text_as_sentences() -> None:
    from harmwatch.config import Settings
    from harmwatch.ingest.text import make_article

    body = make_article(WRAPPED, Settings()).text
    assert "GUARD WAS AMBUSHED" in body and "\n\n   THE STATEMENT" in body


def test_text_with_long_lines_is_not_wrapped() -> None:
    text = (
        "Shelling hits market\n"
        + "Shells fell on the crowded market of the old town on Monday morning, witnesses said, and the "
        "civil defence counted at least nine dead by the afternoon.\n" * 4
    )
    assert wrapped_line_ends(text) == set()


def test_a_headline_over_a_short_story_keeps_its_break() -> None:
    text = "Nine killed in market shelling\nShells hit the market on Monday.\nNine people died.\n"
    assert wrapped_line_ends(text) == set()
