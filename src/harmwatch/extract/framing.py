"""Loaded labels, scare quotes and hedges, with their neutral wording."""

from __future__ import annotations

from harmwatch.nlp import Parsed
from harmwatch.records import Actor, Framing, Quote


def extract_framing(parsed: Parsed, quotes: list[Quote], actors: list[Actor]) -> list[Framing]:
    """Placeholder."""
    return []
