"""Datelines near the top of a report ("Mon Oct 31, 2016 10:12PM", "Wed 05 Apr 2017", "2016-10-31")."""

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
_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
_TIME = r"(?:,?\s*(?:at\s+)?(?P<hour>\d{1,2})[:.](?P<minute>\d\d)\s*(?P<ampm>[ap]\.?m\.?)?)?"
_PATTERNS = [
    re.compile(_WEEKDAY + _MONTH + r"\s+(?P<day>\d{1,2}),?\s+(?P<year>(?:19|20)\d\d)" + _TIME, re.I),
    re.compile(_WEEKDAY + r"(?P<day>\d{1,2})\s+" + _MONTH + r",?\s+(?P<year>(?:19|20)\d\d)" + _TIME, re.I),
    re.compile(
        r"(?P<year>(?:19|20)\d\d)-(?P<nmonth>\d\d)-(?P<day>\d\d)(?:[T ](?P<hour>\d\d):(?P<minute>\d\d))?"
    ),
]


# "BAMAKO, " or "SAN SALVADOR, " before a wire dateline
_WIRE_PLACE = re.compile(r"\s*[A-Z][A-Z.' -]{1,40}(?:\([^)]{1,40}\))?,\s*")


@dataclass(frozen=True, slots=True)
class Dateline:
    value: datetime
    precision: str  # "minute" or "day"
    start: int
    end: int


def parse_date(text: str) -> Dateline | None:
    """The first full date (with year) in `text`, or None."""
    best = None
    for pattern in _PATTERNS:
        m = pattern.search(text)
        if m and (best is None or m.start() < best.start()):
            best = m
    if best is None:
        return None
    g = best.groupdict()
    month = int(g["nmonth"]) if g.get("nmonth") else MONTHS[g["month"].lower().rstrip(".")]
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
        value = datetime(int(g["year"]), month, int(g["day"]), hour, minute)
    except ValueError:
        return None
    return Dateline(value, precision, best.start(), best.end())


def find_dateline(text: str, window: int = 400) -> Dateline | None:
    """A date in the first lines of the report: a line that is mostly a date, or a date opening a line."""
    head = text[:window]
    offset = 0
    for line in head.splitlines(keepends=True):
        found = parse_date(line)
        stripped = line.strip()
        prefix = line[: found.start] if found else ""
        if found and (
            found.end - found.start >= 0.6 * len(stripped)
            or not prefix.strip()
            or _WIRE_PLACE.fullmatch(prefix)
        ):
            return Dateline(found.value, found.precision, offset + found.start, offset + found.end)
        offset += len(line)
    return None
