"""The article's people: full names, surnames, roles, organisations and gender, for speaker resolution."""

from __future__ import annotations

from dataclasses import dataclass

from harmwatch.nlp import Parsed
from harmwatch.records import Span


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    mentions: tuple[Span, ...] = ()
    role: str | None = None
    organization: str | None = None
    gender: str | None = None


def find_people(parsed: Parsed) -> list[Person]:
    """Placeholder: no people yet."""
    return []
