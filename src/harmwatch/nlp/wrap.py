"""Hard-wrapped text (wire copy, e-mail): lines broken at a fixed width inside a sentence.

A line break there is no sentence or paragraph boundary; the text itself is left as it is (its offsets are the
record's offsets), only the sentence starts the pipeline presets at line breaks skip these.
"""

from __future__ import annotations

_WRAP_WIDTH = (55, 100)


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, offset of the closing newline) of every newline-terminated line, in one linear pass (a regex
    like `[^\\n]*\\n` retries from every character of an unterminated tail: quadratic on one-line texts)."""
    out = []
    start = 0
    while (end := text.find("\n", start)) != -1:
        out.append((start, end))
        start = end + 1
    return out


def wrapped_line_ends(text: str) -> frozenset[int]:
    """Offsets of the newlines that only wrap a line of hard-wrapped text ("...WITH AIR\\nSUPPORT RAGED"):
    after a full-width line and before a line that continues the paragraph (not blank, not indented). Text
    whose lines are mostly longer than the widest wrap is not hard-wrapped and has none."""
    filled = [(s, e) for s, e in _lines(text) if text[s:e].strip()]
    if len(filled) < 4 or sum(e - s > _WRAP_WIDTH[1] for s, e in filled) > 0.3 * len(filled):
        return frozenset()
    full = {e for s, e in filled if _WRAP_WIDTH[0] <= len(text[s:e].rstrip()) <= _WRAP_WIDTH[1]}
    if len(full) < 0.5 * len(filled):
        return frozenset()
    return frozenset(end for end in full if text[end + 1 : end + 2].strip())
