"""Direct and partial quotes with resolved speakers."""

from __future__ import annotations

from harmwatch.extract.people import Person
from harmwatch.nlp import Parsed
from harmwatch.records import Quote


def extract_quotes(parsed: Parsed, people: list[Person]) -> list[Quote]:
    """Placeholder."""
    return []
