"""Hard-wrapped text (wire copy, e-mail): lines broken at a fixed width inside a sentence, joined again."""

from __future__ import annotations

import re

_WRAP_WIDTH = (55, 100)
_LINE = re.compile(r"[^\n]*\n")


def wrapped_line_ends(text: str) -> set[int]:
    """Offsets of the newlines that only wrap a line of hard-wrapped text ("...WITH AIR\nSUPPORT RAGED"):
    after a full-width line and before a line that continues the paragraph (not blank, not indented). Text
    whose lines are mostly longer than the widest wrap is not hard-wrapped and has none."""
    lines = [(m.start(), m.end() - 1) for m in _LINE.finditer(text)]
    filled = [(s, e) for s, e in lines if text[s:e].strip()]
    if len(filled) < 4 or sum(e - s > _WRAP_WIDTH[1] for s, e in filled) > 0.3 * len(filled):
        return set()
    full = {e for s, e in filled if _WRAP_WIDTH[0] <= len(text[s:e].rstrip()) <= _WRAP_WIDTH[1]}
    if len(full) < 0.5 * len(filled):
        return set()
    return {end for end in full if text[end + 1 : end + 2].strip()}


def unwrapped(text: str) -> str:
    """`text` with the newlines that only wrap a line replaced by spaces (same length), so that a sentence,
    a name or a phrase broken over two lines reads as one."""
    ends = wrapped_line_ends(text)
    if not ends:
        return text
    chars = list(text)
    for end in ends:
        chars[end] = " "
    return "".join(chars)
