"""Places geocoded offline with a precision level."""

from __future__ import annotations

from harmwatch.nlp import Parsed
from harmwatch.records import Place


def extract_places(parsed: Parsed) -> list[Place]:
    """Placeholder."""
    return []
