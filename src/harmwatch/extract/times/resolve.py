"""Dates and periods normalised against the dateline."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Literal

from harmwatch.extract.times.rules import (
    PATTERNS,
    back,
    count_of,
    month_end,
    month_number,
    numeric_date,
    shift_months,
)
from harmwatch.ingest.dateline import WEEKDAYS, Dateline, find_dateline
from harmwatch.nlp import Parsed, tokens_at
from harmwatch.records import TimeRef

_FUTURE = re.compile(r"\b(?:will|shall|'ll|going to|plans? to|is to|are to|expected to|scheduled)\b", re.I)
Resolved = tuple[date | None, date | None, str]


def _reference(parsed: Parsed) -> tuple[date | None, Dateline | None]:
    """The report's own date and its dateline in the text: the article's published date (the dateline's,
    or the caller's, which overrides it), else the dateline's."""
    dateline = find_dateline(parsed.text)
    published = parsed.article.published
    if published:
        try:
            return datetime.fromisoformat(published[:19]).date(), dateline
        except ValueError:
            pass
    return (dateline.value.date() if dateline is not None else None), dateline


def _sentence(parsed: Parsed, start: int, end: int) -> str:
    piece = tokens_at(parsed.doc, start, end)
    if piece is None:
        return ""
    return piece.sent.text


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _resolve(kind: str, m: re.Match[str], ref: date | None, future: bool) -> Resolved | None:
    """(start, end, precision) of one match; None when it is no time expression after all."""
    g = m.groupdict()
    if kind == "iso":
        d = _day(int(g["year"]), int(g["nmonth"]), int(g["day"]))
        return (d, d, "day") if d else None
    if kind == "numeric":
        d = numeric_date(m)
        return (d, d, "day") if d else None
    if kind in ("mdy", "dmy"):
        d = _day(int(g["year"]), month_number(g["month"]), int(g["day"]))
        return (d, d, "day") if d else None
    if kind in ("md", "dm"):
        if (
            g["month"].lower() == "may"
            and kind == "dm"
            and not m.group().istitle()
            and not m.group().isupper()
        ):
            return None  # "the 2 may have", not "2 May"
        if not 1 <= int(g["day"]) <= 31:
            return None
        if ref is None:
            return None, None, "day"
        month = month_number(g["month"])
        # a month after the dateline's month is last year's
        year = ref.year - 1 if month > ref.month else ref.year
        d = _day(year, month, int(g["day"]))
        return (d, d, "day") if d else None
    if kind == "my":
        year, month = int(g["year"]), month_number(g["month"])
        return date(year, month, 1), month_end(year, month), "month"
    if kind == "year":
        year = int(g["year"])
        return date(year, 1, 1), date(year, 12, 31), "year"
    if ref is None:
        return None, None, "vague"
    if kind == "span":
        n = count_of(g["n"])
        if n is None or not (g.get("past") or g.get("of")):
            return (None, ref, "vague") if g.get("past") else None
        return (
            back(ref, n, g["unit"].lower()),
            ref,
            "day" if g["unit"].lower() == "day" else g["unit"].lower(),
        )
    if kind == "ago":
        n = count_of(g["n"])
        if n is None:
            return None, ref, "vague"
        d = back(ref, n, g["unit"].lower())
        return d, d, g["unit"].lower()
    if kind == "vague":
        return None, ref, "vague"
    if kind == "word":
        # "overnight" is the night that ended on the day of the report; "this morning" is that day
        offset = {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(
            " ".join(g["word"].lower().split()), 0
        )
        d = ref + timedelta(days=offset)
        return d, d, "day"
    if kind == "rel":
        return _relative(g["which"].lower(), g["unit"].lower(), ref)
    if kind == "weekday":
        prep = (g.get("prep") or "").lower()
        target = WEEKDAYS[g["weekday"].lower()]
        if prep == "next" or future and prep not in ("last", "since"):
            d = ref + timedelta(days=(target - ref.weekday()) % 7 or 7)
        else:
            gap = (ref.weekday() - target) % 7
            d = ref - timedelta(days=gap or (7 if prep == "last" else 0))
        # "since Wednesday" runs from that day up to the report
        return d, ref if prep == "since" else d, "day"
    return None


def _relative(which: str, unit: str, ref: date) -> Resolved:
    """ "last week", "this month", "next year" against the reference day."""
    step = {"last": -1, "past": -1, "this": 0, "next": 1}[which]
    if unit == "week":
        monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=step)
        return monday, monday + timedelta(days=6), "week"
    if unit == "weekend":
        saturday = ref - timedelta(days=(ref.weekday() - 5) % 7)
        if step > 0 or which == "this" and ref.weekday() < 5:
            saturday = ref + timedelta(days=(5 - ref.weekday()) % 7)
        return saturday, saturday + timedelta(days=1), "day"
    if unit == "month":
        first = shift_months(ref, step)
        return first, month_end(first.year, first.month), "month"
    year = ref.year + step
    return date(year, 1, 1), date(year, 12, 31), "year"


def extract_times(parsed: Parsed) -> list[TimeRef]:
    """The dateline, and every date, weekday, relative day and period resolved against it."""
    text = parsed.text
    ref, dateline = _reference(parsed)
    out: list[TimeRef] = []
    taken: list[tuple[int, int]] = []
    if dateline is not None:
        d = dateline.value.date().isoformat()
        span = (dateline.start, dateline.end)
        out.append(TimeRef("t1", text[span[0] : span[1]], d, d, "day", "dateline", span))
        taken.append(span)
    found: list[tuple[int, int, str, re.Match[str]]] = []
    for kind, pattern in PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            found.append((m.start(), m.end(), kind, m))
    for start, end, kind, m in sorted(found, key=lambda f: f[0]):
        future = bool(_FUTURE.search(_sentence(parsed, start, end))) if kind == "weekday" else False
        resolved = _resolve(kind, m, ref, future)
        if resolved is None:
            continue
        first, last, precision = resolved
        anchor: Literal["absolute", "relative"] = (
            "absolute" if kind in ("iso", "numeric", "mdy", "dmy", "md", "dm", "my", "year") else "relative"
        )
        out.append(
            TimeRef(
                id=f"t{len(out) + 1}",
                as_written=m.group(),
                start=first.isoformat() if first else None,
                end=last.isoformat() if last else None,
                precision=precision,
                anchor=anchor,
                span=(start, end),
            )
        )
    return out
