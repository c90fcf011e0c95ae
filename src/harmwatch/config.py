"""One frozen Settings object, passed explicitly."""

from __future__ import annotations

import os
from dataclasses import dataclass

DEFAULT_DB = "sqlite:///harmwatch.db"


@dataclass(frozen=True, slots=True)
class Settings:
    max_chars: int = 200_000
    """Longest article text accepted; longer documents are refused with a clear error. Some 35,000 words,
    longer than any news report; extraction cost grows faster than the text (RELIABILITY.md), so a higher
    bound would let one document hold a worker for minutes and gigabytes."""
    max_bytes: int = 5_000_000
    """Largest input file or document read at all."""
    db_url: str = DEFAULT_DB
    full_parse: bool = False
    """Tag and parse every sentence instead of only those the extractors read a parse from."""
    pipe_batch: int = 8
    """Articles parsed together through `nlp.pipe` in one process: more is a little faster, and memory grows
    with it (HARMWATCH_PIPE_BATCH)."""

    @classmethod
    def from_env(cls) -> Settings:
        batch = os.environ.get("HARMWATCH_PIPE_BATCH", "")
        return cls(
            db_url=os.environ.get("HARMWATCH_DB", DEFAULT_DB),
            pipe_batch=max(1, int(batch)) if batch.isdigit() else 8,
        )
