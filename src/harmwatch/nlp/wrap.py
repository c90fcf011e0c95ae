"""Hard-wrapped text (wire copy, e-mail): lines broken at a fixed width inside a sentence.

A line break there is no sentence or paragraph boundary; the text itself is left as it is (its offsets are the
record's offsets), only the sentence starts the pipeline presets at line breaks skip these.
"""

from __future__ import annotations

import re

_WRAP_WIDTH = (55, 100)
_LINE = re.compile(r"[^\n]*\n")


def wrapped_line_ends(text: str) -> frozenset[int]:
    """Offsets of the newlines that only wrap a line of hard-wrapped text ("...WITH AIR\\nSUPPORT RAGED"):
    after a full-width line and before a line that continues the paragraph (not blank, not indented). Text
    whose lines are mostly longer than the widest wrap is not hard-wrapped and has none."""
    lines = [(m.start(), m.end() - 1) for m in _LINE.finditer(text)]
    filled = [(s, e) for s, e in lines if text[s:e].strip()]
    if len(filled) < 4 or sum(e - s > _WRAP_WIDTH[1] for s, e in filled) > 0.3 * len(filled):
        return frozenset()
    full = {e for s, e in filled if _WRAP_WIDTH[0] <= len(text[s:e].rstrip()) <= _WRAP_WIDTH[1]}
    if len(full) < 0.5 * len(filled):
        return frozenset()
    return frozenset(end for end in full if text[end + 1 : end + 2].strip())
