"""Counts misread or left unread by earlier rounds, read from their grammar in sentences composed for these tests: a
number of units of time before "earlier", "later", "ago", "before" or "after" is an adverbial of time, no count of
people, and a verb's object may follow it ("killed two days earlier a rebel leader")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from harmwatch.records import Claim

ClaimsOf = Callable[[str], list[Claim]]


def _counts(claims: list[Claim]) -> list[tuple[str, int | None, int | None]]:
    return sorted((c.kind, c.count.low, c.count.high) for c in claims)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the time between the verb and its object: the object is the victim
        ("The gunmen killed 2 days earlier a rebel leader.", [("killed", 1, 1)]),
        ("Militiamen murdered four hours later two farmers near Varnok.", [("killed", 2, 2)]),
        ("The insurgents executed six months earlier 12 prisoners in Dalby.", [("killed", 12, 12)]),
        ("Unknown men wounded 3 weeks ago Mayor Tomas Reyel.", [("injured", 1, 1)]),
        # the time after the predicate or before an event: the count is the subject's alone
        ("Two policemen died three days after the bombing.", [("killed", 2, 2)]),
        ("Five villagers were killed 10 days before the vote in Osterby.", [("killed", 5, 5)]),
        ("SEVEN PEASANTS WERE WOUNDED TWO WEEKS AGO IN SAN LUCAS.", [("injured", 7, 7)]),
        # a time with no person after it is no count
        ("The patrol was ambushed 20 minutes later and shot at.", []),
    ],
)
def test_a_time_before_or_after_is_no_count(claims_of: ClaimsOf, text: str, expected: list[tuple]) -> None:
    assert _counts(claims_of(text)) == expected
