"""Hard-wrapped text: a line break inside a sentence is no sentence boundary for the parser, while the
document's sentences stay its lines; headlines and ordinary paragraphs keep their breaks."""

from __future__ import annotations

from harmwatch.config import Settings
from harmwatch.extract.selection import selector
from harmwatch.ingest.text import make_article
from harmwatch.nlp import parse
from harmwatch.nlp.wrap import wrapped_line_ends

# Composed for these tests: wire copy broken at a fixed width.
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
    assert WRAPPED.index("WAS\n") + 3 in ends
    # the last line of a paragraph and the blank line after it are no wraps
    assert WRAPPED.index("MORNING.\n") + 8 not in ends
    assert WRAPPED.index("\n\n") + 1 not in ends


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


def test_the_parser_reads_across_a_wrap_while_each_line_stays_a_sentence(nlp) -> None:
    doc = parse(make_article(WRAPPED, Settings()), nlp, selector(nlp)).doc
    ambushed = next(t for t in doc if t.text == "AMBUSHED")
    # the line still opens a sentence of the document, as every line of wire copy does ...
    assert ambushed.is_sent_start
    # ... but the parser read the sentence whole: the word hangs on the line above, not on its own line
    assert ambushed.head.i < ambushed.i and "\n" in doc[ambushed.head.i : ambushed.i].text


def test_an_unterminated_last_line_reads_as_with_its_newline() -> None:
    # The scan takes newline-terminated lines only: dropping the final newline changes nothing, and a long
    # one-line text (no newline at all) has no wraps.
    assert wrapped_line_ends(WRAPPED.rstrip("\n")) == wrapped_line_ends(WRAPPED)
    assert wrapped_line_ends("Troops entered the town and residents fled. " * 400) == set()


def test_the_full_parse_reads_across_a_wrap_too(nlp) -> None:
    # One mechanism for both modes: --full-parse attaches a wrapped line's words as the selective parse does.
    full = parse(make_article(WRAPPED, Settings()), nlp).doc
    selective = parse(make_article(WRAPPED, Settings()), nlp, selector(nlp)).doc
    ambushed = next(t for t in full if t.text == "AMBUSHED")
    assert ambushed.is_sent_start
    assert ambushed.head.i < ambushed.i and "\n" in full[ambushed.head.i : ambushed.i].text
    # and on the same word of the line above as the selective parse
    assert ambushed.head.i == next(t for t in selective if t.text == "AMBUSHED").head.i
