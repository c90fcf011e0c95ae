"""Place names the gazetteer did not resolve, read from the sentences that tell an incident.

A town too small for the offline gazetteer is never a place of the report, so two reports of one strike on it
would never agree on place, though both name it where they tell the strike ("hit the town of X", "a market in
X"). The names written after a word of place ("the town of", "in", "near") in the incident's own sentences, less
the report's resolved places and its organisations, stand for that place: two reports that share one agree on
the place at town precision.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from harmwatch import geo
from harmwatch.ingest.dateline import MONTHS, WEEKDAYS

EVENT_SENTENCES = 3
"""How many of the incident's sentences (the first ones that name it) are read for place names."""

_PARTICLE = r"(?:(?:al|el|ad|ar|as|at|ash|an|az)-)?"
_WORD = r"[A-Z][\w'’]+(?:-[A-Z][\w'’]+)*"
_NAME = rf"({_PARTICLE}{_WORD}(?:[ -]{_PARTICLE}{_WORD}){{0,2}})"
"""A name: up to three capitalised words, each perhaps after an Arabic article; a hyphen joins only capitals
("Kafr-Nabl", not "IS-held")."""
_UNIT = (
    r"(?:town|village|city|district|neighbou?rhood|suburb|area|camp|quarter|countryside|outskirts|province)"
)
_AFTER_UNIT = re.compile(rf"\b{_UNIT}s? of (?:the )?{_NAME}")
_AFTER_PREP = re.compile(rf"\b(?:in|near|at|outside|around|into) (?:the )?{_NAME}")
_SENTENCE_END = re.compile(r"[.!?](?=\s+[\"'“A-Z0-9])")
_CALENDAR = frozenset(WEEKDAYS) | frozenset(MONTHS) | {"today", "tonight"}
_DEMONYM = ("ian", "ish", "ese")
"""Endings of the adjectives of peoples ("Syrian", "Turkish", "Lebanese"): never a town's name."""
HEADLINE_SHARE = 0.6
"""A sentence with more than this share of its words capitalised is a headline: its capitals name nothing."""


def sentence_bounds(text: str, offset: int) -> tuple[int, int]:
    """The sentence of the text around a character offset."""
    start = 0
    for match in _SENTENCE_END.finditer(text, 0, offset):
        start = match.end()
    end = _SENTENCE_END.search(text, offset)
    return start, end.end() if end else len(text)


def event_sentences(text: str, mentions: Iterable[Sequence[int]], limit: int = EVENT_SENTENCES) -> list[str]:
    """The first `limit` distinct sentences that hold one of the incident's mentions, in text order."""
    bounds: list[tuple[int, int]] = []
    for mention in sorted(mentions, key=lambda m: m[0]):
        if len(bounds) >= limit:
            break
        span = sentence_bounds(text, int(mention[0]))
        if span not in bounds:
            bounds.append(span)
    return [text[s:e] for s, e in bounds]


def _fold(name: str) -> str:
    return re.sub(r"['’]s?$", "", name).casefold()


def _common(word: str, lower: frozenset[str]) -> bool:
    """Whether the text writes the word in lower case too: a common word capitalised ("Suspected Gas
    Attack" in a headline run into the text), not a name."""
    return word in lower


def _headline(sentence: str) -> bool:
    words = re.findall(r"[^\W\d_][\w'’-]*", sentence)
    return len(words) >= 4 and sum(w[0].isupper() for w in words) > HEADLINE_SHARE * len(words)


def _in_gazetteer(words: list[str]) -> bool:
    """Whether the name is the gazetteer's after all (written so the report did not resolve it), or opens with
    a place's possessive whose apostrophe was lost ("Syrias north")."""
    first = words[0]
    return bool(geo.lookup(" ".join(words))) or (first.endswith("s") and bool(geo.lookup(first[:-1])))


def _of_known(word: str, known: frozenset[str]) -> bool:
    """Whether a word is a resolved place's or an organisation's, or made from one ("Syrian", "Idlibi")."""
    return any(word == k or (len(k) >= 4 and word.startswith(k)) for k in known)


@dataclass(frozen=True, slots=True)
class NameContext:
    """What one report tells about the names in its text, read once for all its incidents."""

    text: str
    known: frozenset[str]
    """Folded names of the report's resolved places and its organisations (with the labels they go by)."""
    known_words: frozenset[str]
    lower: frozenset[str]
    """Every word the text writes in lower case."""


def name_context(report: dict[str, Any]) -> NameContext:
    text = str((report.get("article") or {}).get("text") or "")
    known = {
        _fold(str(p.get("name") or ""))
        for p in report.get("places") or []
        if p.get("geonames_id") is not None or p.get("precision") in ("country", "admin1")
    }
    for actor in report.get("actors") or []:
        # A one-word "person" is kept: a town's name with nothing around it to tell is often read as one.
        if actor.get("kind") != "person" or len(str(actor.get("name") or "").split()) > 1:
            known |= {_fold(str(label)) for label in [actor.get("name"), *(actor.get("labels_used") or [])]}
    known.discard("")
    return NameContext(
        text=text,
        known=frozenset(known),
        known_words=frozenset(w for k in known for w in k.split()),
        lower=frozenset(re.findall(r"\b[a-z][\w'’-]*", text)),
    )


def local_names(
    report: dict[str, Any], incident: dict[str, Any], context: NameContext | None = None
) -> tuple[str, ...]:
    """The names after a word of place in the incident's sentences that are none of the report's resolved places
    (nor a part of one), none of its organisations' names, and no day or month: folded, sorted. `context` is
    `name_context(report)` when the caller has it."""
    ctx = context or name_context(report)
    if not ctx.text:
        return ()
    found: set[str] = set()
    for sentence in event_sentences(ctx.text, incident.get("mentions") or []):
        if _headline(sentence):
            continue
        for pattern in (_AFTER_UNIT, _AFTER_PREP):
            for match in pattern.finditer(sentence):
                if match.group(1).isupper():
                    continue  # an acronym names an organisation ("IS", "UN")
                words = _fold(match.group(1)).split()
                for i, word in enumerate(words):
                    if word.removesuffix("s") in _CALENDAR:
                        words = words[:i]  # "Hama Tuesday": the name ends where the day begins
                        break
                name = " ".join(words)
                if (
                    not words
                    or words[-1].endswith(_DEMONYM)
                    or name in ctx.known
                    or any(_of_known(w, ctx.known_words) for w in words)
                    or _in_gazetteer(words)
                    or any(_common(w, ctx.lower) for w in words)
                ):
                    continue
                found.add(name)
    return tuple(sorted(found))
