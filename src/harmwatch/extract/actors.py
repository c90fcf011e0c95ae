"""Actors with neutral canonical names and the labels the outlet used."""

from __future__ import annotations

from harmwatch.extract.people import Person
from harmwatch.nlp import Parsed
from harmwatch.records import Actor


def extract_actors(parsed: Parsed, people: list[Person]) -> list[Actor]:
    """Placeholder."""
    return []
