"""Plain-text tables of query results (returned as a string; the CLI prints them)."""

from __future__ import annotations

from typing import Any

from harmwatch.store.queries import Result

COLUMNS: dict[str, list[tuple[str, str]]] = {
    "incidents": [
        ("date", "date"),
        ("event_type", "event"),
        ("sub_event_type", "sub-event"),
        ("killed_low", "killed"),
        ("injured_low", "injured"),
        ("article_title", "article"),
    ],
    "claims": [
        ("date", "date"),
        ("kind", "kind"),
        ("count_low", "low"),
        ("count_high", "high"),
        ("victims_type", "victims"),
        ("claimant_name", "claimant"),
        ("article_title", "article"),
    ],
    "quotes": [("published", "published"), ("speaker_name", "speaker"), ("text", "quote")],
    "articles": [
        ("published", "published"),
        ("outlet", "outlet"),
        ("title", "title"),
        ("duplicate_of", "copy of"),
    ],
}
WIDEST = 60


def _cell(value: Any) -> str:
    text = "" if value is None else " ".join(str(value).split())
    return text if len(text) <= WIDEST else text[: WIDEST - 1] + "\u2026"


def render_table(what: str, result: Result) -> str:
    """The page as an aligned table, with a line saying which rows of how many it shows."""
    columns = COLUMNS[what]
    rows = [[_cell(item.get(key)) for key, _ in columns] for item in result.items]
    widths = [max([len(head), *(len(r[i]) for r in rows)]) for i, (_, head) in enumerate(columns)]
    lines = ["  ".join(head.ljust(w) for (_, head), w in zip(columns, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    first = result.page.offset + 1 if rows else 0
    lines.append(f"{what} {first}-{result.page.offset + len(rows)} of {result.total}")
    return "\n".join(lines)
