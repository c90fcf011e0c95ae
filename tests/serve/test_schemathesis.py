"""Property-based requests generated from /api/openapi.json: no input gives a server error (5xx).

The example count per operation is bounded so the whole run stays around a minute on 2 cores."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable

MAX_EXAMPLES = 15


@pytest.fixture(scope="module")
def api(served_store: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, str]]:
    """The OpenAPI schema of an app over a copy of the composed store (writes go to the copy) and a token."""
    from harmwatch.batch.ingest import IngestSummary, store_report
    from harmwatch.serve import create_app
    from harmwatch.store import open_store
    from harmwatch.store.tokens import create_token

    path: Path = tmp_path_factory.mktemp("fuzz") / "store.db"
    store = open_store(f"sqlite:///{path}")
    for report in served_store.reports:
        store_report(store, report, IngestSummary(store.start_run(["tests"])))
    token = create_token(store, "fuzz")
    yield schemathesis.openapi.from_asgi("/api/openapi.json", create_app(store)), token
    store.close()


@pytest.mark.parametrize("mode", ["positive", "negative"])
def test_no_request_gets_a_server_error(api: tuple[Any, str], nlp: Any, mode: str) -> None:
    # Schemathesis' own pytest plugin does not load under this pytest, so each operation's strategy is
    # driven by Hypothesis directly; valid (positive) and invalid (negative) requests both.
    from schemathesis import GenerationMode

    schema, token = api
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 10
    checked = 0
    for operation in operations:

        @given(case=operation.as_strategy(generation_mode=GenerationMode(mode)))
        @settings(
            max_examples=MAX_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None
        )
        def check(case: Any) -> None:
            response = case.call(headers={"Authorization": f"Bearer {token}"})
            where = f"{case.method} {case.formatted_path}"
            assert response.status_code < 500, f"{where}: {response.status_code} {response.text[:300]}"
            if response.status_code >= 400:
                assert set(response.json()) == {"error"}, where

        try:
            check()
        except Unsatisfiable:
            # Some operations accept every value of their parameters: no invalid request exists.
            assert mode == "negative", operation.label
            continue
        checked += 1
    assert checked >= 8
