"""`harmwatch eval`: extraction scored against gold data, with the scorer's definitions."""

from __future__ import annotations

from typing import Any

from harmwatch.errors import EvaluationError


def run_eval(
    dataset: str, *, data_dir: str | None = None, split: str | None = None, limit: int | None = None
) -> dict[str, Any]:
    """Placeholder until the evaluation module lands."""
    raise EvaluationError(f"evaluation of {dataset!r} is not implemented yet")
