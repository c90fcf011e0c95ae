"""Incidents typed with the ACLED taxonomy, linked to their claims."""

from __future__ import annotations

from harmwatch.nlp import Parsed
from harmwatch.records import Actor, Claim, Incident, Place, Quote, Statement, TimeRef


def extract_incidents(
    parsed: Parsed,
    claims: list[Claim],
    actors: list[Actor],
    places: list[Place],
    times: list[TimeRef],
    statements: list[Statement],
    quotes: list[Quote],
) -> tuple[list[Incident], list[Claim]]:
    """Placeholder: returns the incidents and the claims with `incident_id` set."""
    return [], claims
