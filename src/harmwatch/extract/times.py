"""Dates and periods normalised against the dateline."""

from __future__ import annotations

from harmwatch.nlp import Parsed
from harmwatch.records import TimeRef


def extract_times(parsed: Parsed) -> list[TimeRef]:
    """Placeholder."""
    return []
