"""Reported speech without quotation marks."""

from __future__ import annotations

from harmwatch.extract.people import Person
from harmwatch.nlp import Parsed
from harmwatch.records import Quote, Statement


def extract_statements(parsed: Parsed, people: list[Person], quotes: list[Quote]) -> list[Statement]:
    """Placeholder."""
    return []
