"""Pairing of double quotation marks into quoted segments: straight and curly marks, quotes that run over
paragraphs, lost spaces, and a length cap so that one stray mark never swallows the article."""

from __future__ import annotations

from dataclasses import dataclass

from harmwatch.records import Span

OPENERS = frozenset("“„«")
CLOSERS = frozenset("”»")
STRAIGHT = '"'
MARKS = OPENERS | CLOSERS | {STRAIGHT}
# Longest stretch of text one pair of marks may hold inside one paragraph; longer is a stray mark.
MAX_QUOTE = 2000


@dataclass(frozen=True, slots=True)
class Segment:
    """The text between an opening mark and its closing mark (or the end of its paragraph)."""

    start: int  # first character inside the marks
    end: int  # one past the last character inside the marks
    open_at: int
    close_at: int | None  # None: the quote goes on in the next paragraph
    group: int  # segments of one quote running over paragraphs share a group


def last_mark(text: str, seg: Segment) -> str:
    """The last character of the quoted words, spaces aside ("" for a quote that runs on): their own stop, a
    question mark, or the closing mark of a quote inside the quote."""
    return text[seg.start : seg.close_at].rstrip()[-1:] if seg.close_at is not None else ""


def _straight_role(text: str, i: int) -> str:
    """'open', 'close' or 'either' for a straight mark, from the characters around it."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isspace() or before in "([{—–-:" or i == 0:
        return "open" if not after.isspace() else "either"
    if after.isspace() or after in ".,;:!?)]}—–-" or i + 1 == len(text):
        return "close"
    return "either"


def _paragraph_index(paragraphs: tuple[Span, ...], offset: int) -> int:
    index = 0
    for i, (start, _end) in enumerate(paragraphs):
        if start > offset:
            break
        index = i
    return index


def _opens_paragraph(text: str, paragraphs: tuple[Span, ...], i: int) -> bool:
    """A mark that starts its paragraph, glued to the word after it: an opening mark whatever its shape
    (scraped text sometimes opens with a closing curly mark)."""
    start = paragraphs[_paragraph_index(paragraphs, i)][0]
    return not text[start:i].strip() and i + 1 < len(text) and text[i + 1].isalnum()


def pair_quotes(text: str, paragraphs: tuple[Span, ...]) -> list[Segment]:
    """Quoted segments of `text` in order; unmatched marks are dropped, never fatal."""
    if not paragraphs:
        paragraphs = ((0, len(text)),)
    marks = [i for i, c in enumerate(text) if c in MARKS]
    segments: list[Segment] = []
    open_at: int | None = None
    group = 0

    def close(at: int | None, end: int) -> None:
        nonlocal open_at
        assert open_at is not None
        inner_start, inner_end = open_at + 1, end
        while inner_start < inner_end and text[inner_start].isspace():
            inner_start += 1
        while inner_end > inner_start and text[inner_end - 1].isspace():
            inner_end -= 1
        if inner_end > inner_start:
            segments.append(Segment(inner_start, inner_end, open_at, at, group))
        open_at = None

    for i in marks:
        c = text[i]
        role = "open" if c in OPENERS else "close" if c in CLOSERS else _straight_role(text, i)
        if open_at is not None:
            p_open = _paragraph_index(paragraphs, open_at)
            p_here = _paragraph_index(paragraphs, i)
            if p_here != p_open:
                para_start = paragraphs[p_here][0]
                starts_paragraph = not text[para_start:i].strip()
                if role != "close" and starts_paragraph and p_here == p_open + 1:
                    # news convention: a long quote reopens each paragraph and closes only in the last
                    close(None, paragraphs[p_open][1])
                    open_at = i  # same group
                    continue
                open_at = None  # an unmatched mark ends with its paragraph
            elif i - open_at > MAX_QUOTE:
                open_at = None
        if open_at is None:
            if role == "close" and c != STRAIGHT and not _opens_paragraph(text, paragraphs, i):
                continue  # a stray closing mark
            group += 1
            open_at = i
            continue
        if role == "open":
            # a second opening mark before any close: the first one was stray
            group += 1
            open_at = i
            continue
        close(i, i)
    return segments
