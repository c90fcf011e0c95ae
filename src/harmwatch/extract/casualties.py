"""Casualty claims: counts of harm with bounds, kind, victims and claimant."""

from __future__ import annotations

from harmwatch.nlp import Parsed
from harmwatch.records import Claim, Place, Quote, Statement, TimeRef


def extract_claims(
    parsed: Parsed,
    quotes: list[Quote],
    statements: list[Statement],
    places: list[Place],
    times: list[TimeRef],
) -> list[Claim]:
    """Placeholder."""
    return []
