"""Loaded labels, scare quotes and hedges, with their neutral wording."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from harmwatch.extract.quotes.direct import find_scare_quotes
from harmwatch.nlp import Parsed
from harmwatch.records import Actor, Framing, Quote, Span


@dataclass(frozen=True, slots=True)
class _Term:
    pattern: re.Pattern[str]
    kind: str
    neutral: str | None
    neutral_for_opposition: str | None
    not_after: frozenset[str]


@lru_cache(maxsize=1)
def _lexicon() -> tuple[_Term, ...]:
    """The framing lexicon (data/framing.json), in file order: earlier, longer terms win overlaps."""
    text = resources.files("harmwatch").joinpath("data/framing.json").read_text(encoding="utf-8")
    return tuple(
        _Term(
            re.compile(rf"(?<![\w-])(?:{t['pattern']})(?![\w-])", re.IGNORECASE),
            t["kind"],
            t.get("neutral"),
            t.get("neutral_for_opposition"),
            frozenset(t.get("not_after", ())),
        )
        for t in json.loads(text)["terms"]
    )


def extract_framing(parsed: Parsed, quotes: list[Quote], actors: list[Actor]) -> list[Framing]:
    """Loaded labels, euphemisms and hedges from the lexicon, plus scare quotes, in text order."""
    text = parsed.text
    opposition = _opposition_spans(actors)
    found: list[Framing] = []
    taken: list[Span] = []
    for term in _lexicon():
        for m in term.pattern.finditer(text):
            span = m.span()
            if (
                any(s < span[1] and span[0] < e for s, e in taken)
                or _previous_word(text, span[0]) in term.not_after
            ):
                continue
            neutral = term.neutral
            # A label for a whole armed opposition gets that actor's neutral name.
            if term.neutral_for_opposition and any(s <= span[0] and span[1] <= e for s, e in opposition):
                neutral = term.neutral_for_opposition
            found.append(Framing(term=m.group(), span=span, kind=term.kind, neutral=neutral))  # type: ignore[arg-type]
            taken.append(span)
    for scare in find_scare_quotes(parsed):
        if not any(s < scare.span[1] and scare.span[0] < e for s, e in taken):
            found.append(scare)
    return sorted(found, key=lambda f: f.span)


def _opposition_spans(actors: list[Actor]) -> list[Span]:
    return [span for a in actors if a.side == "opposition" and a.kind != "person" for span in a.mentions]


def _previous_word(text: str, start: int) -> str:
    words = re.findall(r"[\w-]+", text[max(0, start - 40) : start])
    return words[-1].casefold() if words else ""
