"""Query parameters of the incident views (pages, API, exports): validated once, here, into store Filters.

A bad value is a 422 whose message names the parameter and what it accepts."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Any, Literal
from urllib.parse import urlencode

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from harmwatch.store import Filters, Page

MAX_PAGE_SIZE = 200
DEFAULT_PAGE_SIZE = 25
Grade = Literal["contested", "disputed_toll", "confirmed", "party_only", "corroborated", "single_source"]
"""harmwatch.aggregate.GRADES (a test holds the two equal)."""
Sort = Literal["date", "-date", "killed", "-killed", "event_type", "-event_type"]


@lru_cache(maxsize=1)
def event_types() -> dict[str, list[str]]:
    """ACLED event type -> its sub-event types, read from the packaged report schema."""
    schema = json.loads(resources.files("harmwatch").joinpath("schema/report.schema.json").read_text("utf-8"))
    options = schema["$defs"]["report"]["properties"]["incidents"]["items"]["oneOf"]
    return {
        o["properties"]["event_type"]["const"]: o["properties"]["sub_event_type"]["enum"] for o in options
    }


def _known_event_type(value: str) -> bool:
    names = {n.casefold() for t, subs in event_types().items() for n in (t, *subs)}
    return value.casefold() in names


class PageQuery(BaseModel):
    """A page of a list: `page` from 1, at most MAX_PAGE_SIZE rows."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    page: int = Field(1, ge=1, le=1_000_000, description="Page number, from 1.")
    per_page: int = Field(DEFAULT_PAGE_SIZE, ge=1, le=MAX_PAGE_SIZE, description="Rows per page.")

    def page_of(self) -> Page:
        return Page(limit=self.per_page, offset=(self.page - 1) * self.per_page)


class RecordQuery(PageQuery):
    """Filters shared by incidents, claims, quotes and articles."""

    date_from: date | None = Field(None, description="First date, YYYY-MM-DD (inclusive).")
    date_to: date | None = Field(None, description="Last date, YYYY-MM-DD (inclusive).")
    place: str | None = Field(None, max_length=200, description="Place name or ISO country code.")
    actor: str | None = Field(None, max_length=200, description="Actor name.")
    event_type: str | None = Field(None, max_length=80, description="ACLED event or sub-event type.")
    claimant: str | None = Field(None, max_length=200, description="Who made a casualty claim.")
    q: str | None = Field(None, max_length=200, description="Full-text search in the articles.")

    @field_validator("*", mode="before")
    @classmethod
    def _blank_is_none(cls, value: Any) -> Any:
        # An HTML form sends every field, the empty ones as "".
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("event_type")
    @classmethod
    def _acled_name(cls, value: str | None) -> str | None:
        if value and not _known_event_type(value):
            raise ValueError(
                f"{value!r} is not an ACLED event or sub-event type; "
                f"one of: {', '.join(event_types())} or their sub-event types"
            )
        return value

    @model_validator(mode="after")
    def _check(self) -> RecordQuery:
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValueError("date_from is after date_to")
        return self

    def filters(self) -> Filters:
        return Filters(
            date_from=self.date_from.isoformat() if self.date_from else None,
            date_to=self.date_to.isoformat() if self.date_to else None,
            place=self.place,
            actor=self.actor,
            event_type=self.event_type,
            claimant=self.claimant,
            text=self.q,
        )


class IncidentQuery(RecordQuery):
    """Filters, sort and page of an incident list; the same names in the URL of every view."""

    min_killed: int | None = Field(None, ge=0, le=10_000_000, description="Least conservative killed figure.")
    grade: Grade | None = Field(None, description="The incident's evidence grade.")
    sort: Sort = Field("-date", description="Sort key; a leading '-' sorts descending.")

    def filters(self) -> Filters:
        return replace(RecordQuery.filters(self), min_killed=self.min_killed, grade=self.grade)

    def url_query(self, **changes: Any) -> str:
        """This query string with some parameters changed; defaults and empty values left out."""
        values = {**self.model_dump(exclude_defaults=True), **changes}
        defaults = {"sort": "-date", "page": 1, "per_page": DEFAULT_PAGE_SIZE}
        return urlencode(
            {k: str(v) for k, v in values.items() if v not in (None, "") and defaults.get(k) != v}
        )

    def filters_only(self) -> dict[str, Any]:
        """The filter values set (no sort or page), for export links of everything matching."""
        return {
            k: v
            for k, v in self.model_dump(exclude_defaults=True).items()
            if k not in ("sort", "page", "per_page")
        }


class ExportQuery(IncidentQuery):
    rows: Literal["all", "page"] = Field(
        "all", description="'all' incidents matching the filters, or only the given page in the given sort."
    )


def pages(total: int, per_page: int) -> int:
    return max(1, -(-total // per_page))
