"""Text normalisation, span alignment and report access shared by the metrics (the scorer's util.py)."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

Report = dict[str, Any]
Offsets = set[int]

PRONOUNS = frozenset(
    "i me my we us our you your he him his she her hers it its they them their who whom whose which "
    "that this these those one himself herself themselves".split()
)
_QUOTE_MAP = str.maketrans(
    {
        "“": '"',
        "”": '"',
        "„": '"',
        "«": '"',
        "»": '"',
        "〝": '"',
        "〞": '"',
        "‘": "'",
        "’": "'",
        "`": "'",
        "´": "'",
        "ʼ": "'",
        "\u00a0": " ",
    }
)


def fold(text: str | None) -> str:
    """Lower case, accents removed, curly quotes and apostrophes made straight."""
    text = unicodedata.normalize("NFKD", (text or "").translate(_QUOTE_MAP))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def words(text: str | None) -> list[str]:
    """Folded text as alphanumeric words ("Al-Qa’ida's" -> ['al', 'qa', 'ida', 's'])."""
    return re.findall(r"[a-z0-9]+", fold(text).replace("'s ", " ").removesuffix("'s"))


def squash(text: str | None) -> str:
    """Folded text with everything but letters and digits removed."""
    return "".join(words(text))


def is_pronoun(text: str | None) -> bool:
    """True for text made only of pronouns, or of nothing."""
    w = words(text)
    return not w or all(x in PRONOUNS for x in w)


def same_person(gold: str, pred: str | None) -> bool:
    """Equal names after normalisation, or the same last word; a pronoun prediction never matches."""
    if not pred or is_pronoun(pred):
        return False
    g, p = words(gold), words(pred)
    return bool(g and p) and (squash(gold) == squash(pred) or g[-1] == p[-1])


class Aligner:
    """Finds a predicted string in the gold text when the report's text differs from the input text."""

    # Both sides are folded and stripped of white space, quote marks and full stops (cleaned white space,
    # straight quotes, inserted stops must not stop a match), keeping a map back to gold offsets.

    SKIP = frozenset(" \t\r\n\"'.")

    def __init__(self, text: str) -> None:
        self.text = text
        chars: list[str] = []
        self.index: list[int] = []
        for i, c in enumerate(text):
            for d in fold(c):
                if d not in self.SKIP:
                    chars.append(d)
                    self.index.append(i)
        self.chars = "".join(chars)

    def key(self, s: str) -> str:
        return "".join(d for d in fold(s) if d not in self.SKIP)

    def find(self, s: str, hint: int = 0) -> tuple[int, int] | None:
        """(start, end) in the gold text of the occurrence of `s` nearest to offset `hint`, or None."""
        k = self.key(s)
        if len(k) < 2:
            return None
        best: tuple[int, int] | None = None
        pos = self.chars.find(k)
        while pos >= 0:
            start, end = self.index[pos], self.index[pos + len(k) - 1] + 1
            if best is None or abs(start - hint) < abs(best[0] - hint):
                best = (start, end)
            pos = self.chars.find(k, pos + 1)
        return best


def span_of(
    item: dict[str, Any], report_text: str, gold_text: str, aligner: Aligner
) -> tuple[int, int] | None:
    """Character range in the gold text of a report item that has `span` and/or `text`."""
    span = item.get("span")
    if span and report_text == gold_text:
        return (span[0], span[1])
    piece = report_text[span[0] : span[1]] if span and report_text else item.get("text") or ""
    return aligner.find(piece, span[0] if span else 0)


def overlap_ok(a: Offsets, b: Offsets) -> bool:
    """Spans (sets of offsets) match when they share at least half of the shorter one."""
    return bool(a and b) and len(a & b) >= 0.5 * min(len(a), len(b))


def ratio(num: int, den: int) -> float | None:
    """num / den rounded to 4 places, or None without a denominator."""
    return round(num / den, 4) if den else None


def f1(precision: float | None, recall: float | None) -> float:
    """Harmonic mean, 0.0 when either side is missing or zero."""
    return round(2 * precision * recall / (precision + recall), 4) if precision and recall else 0.0


# Every field of a report may be missing: a report is trusted only as far as SCHEMA.md.
def by_id(report: Report, key: str) -> dict[Any, dict[str, Any]]:
    """The report's `key` items (actors, places, times ...) by id."""
    return {x.get("id"): x for x in report.get(key) or [] if isinstance(x, dict)}


def first_incident(report: Report) -> dict[str, Any]:
    """The report's main incident, or an empty dict."""
    incidents = report.get("incidents") or []
    return incidents[0] if incidents else {}


def killed_low(incident: dict[str, Any] | None, default: int | None = None) -> int | None:
    """The incident's most conservative killed count."""
    low = (((incident or {}).get("casualties") or {}).get("killed") or {}).get("low")
    return default if low is None else low
