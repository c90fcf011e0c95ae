"""An article's text with its records highlighted, built from escaped segments.

The text is cut at every record boundary; each piece is HTML-escaped and, when records cover it,
wrapped in one <mark> naming their kinds and record numbers. No character of the article ever reaches
the page unescaped, whatever it contains."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape

KINDS = ("quote", "speaker", "claim", "place", "time", "label")
"""Highlight kinds, in legend order; a piece covered by several takes the colour of the last (CSS)."""


@dataclass(frozen=True, slots=True)
class Mark:
    start: int
    end: int
    kind: str
    record: int
    """Index into the records list shown on hover."""


def _span(value: Any) -> tuple[int, int] | None:
    if isinstance(value, (list, tuple)) and len(value) == 2 and all(isinstance(v, int) for v in value):
        return (value[0], value[1]) if value[0] < value[1] else None
    return None


def _pick(kind: str, record: dict[str, Any], keys: tuple[str, ...], **extra: Any) -> dict[str, Any]:
    """The fields shown on hover: some of the record's own, and a few from its nested objects."""
    return {"type": kind, **{k: record.get(k) for k in keys}, **extra}


def _records(report: dict[str, Any]) -> list[tuple[str, list[Any], dict[str, Any]]]:
    """(kind, spans, record shown on hover) of every highlightable record."""
    out: list[tuple[str, list[Any], dict[str, Any]]] = []
    speaker_keys = ("name", "role", "organization", "resolution")
    for q in report.get("quotes") or []:
        speaker = q.get("speaker") or {}
        cue = (q.get("cue") or {}).get("text")
        out.append(
            (
                "quote",
                [q.get("span")],
                _pick("quote", q, ("kind", "confidence"), speaker=speaker.get("name"), cue=cue),
            )
        )
        if speaker.get("span"):
            out.append(("speaker", [speaker["span"]], _pick("speaker", speaker, speaker_keys)))
    for s in report.get("statements") or []:
        source = s.get("source") or {}
        if source.get("span"):
            out.append(("speaker", [source["span"]], _pick("speaker", source, speaker_keys)))
    for c in report.get("claims") or []:
        count = c.get("count") or {}
        extra = {
            "count": count.get("as_written"),
            "low": count.get("low"),
            "high": count.get("high"),
            "qualifier": count.get("qualifier"),
            "victims": (c.get("victims") or {}).get("type"),
            "claimant": (c.get("claimant") or {}).get("name"),
        }
        out.append(("claim", [c.get("span")], _pick("claim", c, ("kind",), **extra)))
    place_keys = ("name", "country_code", "admin1", "precision", "lat", "lon")
    for p in report.get("places") or []:
        out.append(("place", list(p.get("mentions") or []), _pick("place", p, place_keys)))
    for t in report.get("times") or []:
        out.append(
            ("time", [t.get("span")], _pick("time", t, ("as_written", "start", "end", "precision", "anchor")))
        )
    for f in report.get("framing") or []:
        out.append(("label", [f.get("span")], _pick("label", f, ("term", "kind", "neutral"))))
    return out


def marks_of(report: dict[str, Any]) -> tuple[list[Mark], list[dict[str, Any]]]:
    """The marks to draw and the records they point to."""
    length = len((report.get("article") or {}).get("text") or "")
    marks: list[Mark] = []
    records: list[dict[str, Any]] = []
    for kind, spans, record in _records(report):
        index = len(records)
        records.append(record)
        for value in spans:
            span = _span(value)
            if span and 0 <= span[0] and span[1] <= length:
                marks.append(Mark(span[0], span[1], kind, index))
    return marks, records


def highlight(text: str, marks: list[Mark]) -> Markup:
    """The text as HTML: escaped pieces, those under a record wrapped in <mark>."""
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    parts: list[str] = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        piece = escape(text[start:end])
        over = [m for m in marks if m.start <= start and end <= m.end]
        if not over:
            parts.append(str(piece))
            continue
        kinds = sorted({m.kind for m in over}, key=KINDS.index)
        classes = " ".join(f"hl-{k}" for k in kinds)
        records = " ".join(str(r) for r in sorted({m.record for m in over}))
        parts.append(f'<mark class="hl {classes}" data-rec="{records}" tabindex="0">{piece}</mark>')
    return Markup("".join(parts))


def sentence_around(text: str, span: tuple[int, int] | list[int]) -> str:
    """The sentence (or line) of the text holding the span."""
    start, end = int(span[0]), int(span[1])
    dot = text.rfind(". ", 0, start)
    left = max(dot + 2 if dot >= 0 else 0, text.rfind("\n", 0, start) + 1)
    stops = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    right = min(stops) + 1 if stops else len(text)
    return text[left:right].strip()
