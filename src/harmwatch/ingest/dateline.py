"""Datelines near the top of a report ("Mon Oct 31, 2016 10:12PM", "Published August 2 2016", "3 JAN 90")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for m in names
}
WEEKDAYS = {
    name: i for i, name in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())
}
"""Weekday names, Monday 0 (as `date.weekday()`)."""
_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?"
_WEEKDAY = (
    r"(?:\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thur?s?|fri|sat|sun)"
    r"\.?,?\s+)?"
)
_YEAR = r"(?P<year>(?:19|20)\d\d)(?!\d)"
_TIME = r"(?:,?\s*(?:at\s+)?(?P<hour>\d{1,2})[:.](?P<minute>\d\d)(?:\s*(?P<ampm>[ap]\.?m\.?))?)?"
_PATTERNS = [
    re.compile(r"\b" + _WEEKDAY + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+" + _YEAR + _TIME, re.I),
    re.compile(r"\b" + _WEEKDAY + r"(?P<day>\d{1,2})\s+" + _MONTH + r",?\s+" + _YEAR + _TIME, re.I),
    re.compile(
        r"(?<!\d)(?P<year>(?:19|20)\d\d)-(?P<nmonth>\d\d)-(?P<day>\d\d)(?:[T ](?P<hour>\d\d):(?P<minute>\d\d))?"
    ),
    # "18.05.2017", "07-08-2013": day first as outside the US (month first when the second number is > 12)
    re.compile(r"(?<![\d.-])(?P<a>[0-3]?\d)[-./](?P<b>[0-3]?\d)[-./]" + _YEAR),
]
# "3 JAN 90" in a wire dateline: a two-digit year, read only where a dateline stands.
_SHORT = re.compile(r"\b(?P<day>[0-3]?\d)\s+" + _MONTH + r"\s+(?P<year>\d\d)\b", re.I)

# "BAMAKO, " or "SAN SALVADOR, " before a wire dateline
_WIRE_PLACE = re.compile(r"\s*[A-Z][A-Z.' -]{1,40}(?:\([^)]{1,40}\))?,\s*")
# "Published", "Last updated at", "Date of publication", "Posted on": the words that announce the date.
_PUBLISHED = re.compile(
    r"\b(?:published|updated|last updated|date of publication|posted)\b(?: at| on)?:?\s*$", re.I
)
# A date after one of these words is part of a sentence ("an attack on 13 September 1974"), not a dateline.
_IN_SENTENCE = frozenset(
    "on of in at by from to since until till before after between during a an the and or this that "
    "than was were is are said says dated".split()
)
# A run-on head (no line breaks) holds its dateline after the headline, within this many characters.
RUN_ON_CHARS = 250


@dataclass(frozen=True, slots=True)
class Dateline:
    value: datetime
    precision: str  # "minute" or "day"
    start: int
    end: int


def _value(m: re.Match[str]) -> Dateline | None:
    """The date of one pattern match, or None when it is no valid date."""
    g = m.groupdict()
    if g.get("a"):
        a, b = int(g["a"]), int(g["b"])
        day, month = (b, a) if b > 12 else (a, b)
    else:
        day = int(g["day"])
        month = int(g["nmonth"]) if g.get("nmonth") else MONTHS[g["month"].lower().rstrip(".")]
    year = int(g["year"])
    if year < 100:
        year += 1900 if year >= 50 else 2000
    hour = minute = 0
    precision = "day"
    if g.get("hour") and g.get("minute"):
        hour, minute = int(g["hour"]), int(g["minute"])
        ampm = (g.get("ampm") or "").lower().replace(".", "")
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        precision = "minute"
    try:
        value = datetime(year, month, day, hour, minute)
    except ValueError:
        return None
    return Dateline(value, precision, m.start(), m.end())


def _dates(text: str, short: bool = False) -> list[Dateline]:
    """Every full date in `text`, in order, the longest where two start together; two-digit years if `short`."""
    found: dict[int, Dateline] = {}
    for pattern in [*_PATTERNS, _SHORT] if short else _PATTERNS:
        for m in pattern.finditer(text):
            d = _value(m)
            if d is None or any(
                o.start < d.end and d.start < o.end for o in found.values() if o.start != d.start
            ):
                continue
            if d.start not in found or d.end > found[d.start].end:
                found[d.start] = d
    return [found[k] for k in sorted(found)]


def parse_date(text: str) -> Dateline | None:
    """The first full date (with year) in `text`, or None."""
    dates = _dates(text)
    return dates[0] if dates else None


def _stands_alone(line: str, found: Dateline) -> bool:
    """Whether a date after other words on its line is a dateline: after a headline or an agency name
    ("... Monitor AFP Saturday 26 Jul 2014"), not inside a sentence ("an attack on 13 September 1974,")."""
    before = line[: found.start].rstrip()
    after = line[found.end :].lstrip()
    if not before or not (before[-1].isalnum()) or after.startswith(","):
        return False
    return before.rsplit(None, 1)[-1].lower() not in _IN_SENTENCE


def find_dateline(text: str, window: int = 400) -> Dateline | None:
    """The report's own date in its first lines: a line that is mostly a date, a date opening a line or after
    a wire place or "Published", or one standing alone after the headline of a text without line breaks."""
    head = text[:window]
    run_on = "\n" not in head.strip()
    offset = 0
    for number, line in enumerate(head.splitlines(keepends=True)):
        stripped = line.strip()
        for found in _dates(line, short=number < 2):
            prefix = line[: found.start]
            opens = not prefix.strip() or bool(_WIRE_PLACE.fullmatch(prefix))
            if not re.search(r"\d{4}", line[found.start : found.end]):
                accept = opens  # "3 JAN 90" only where a wire dateline stands
            else:
                accept = (
                    opens
                    or found.end - found.start >= 0.6 * len(stripped)
                    or bool(_PUBLISHED.search(prefix))
                    or run_on
                    and offset + found.start < RUN_ON_CHARS
                    and _stands_alone(line, found)
                )
            if accept:
                return Dateline(found.value, found.precision, offset + found.start, offset + found.end)
        offset += len(line)
    return None
