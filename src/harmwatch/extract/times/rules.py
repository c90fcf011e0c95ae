"""Patterns for time expressions and the date arithmetic that resolves them against a reference day."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from harmwatch.ingest.dateline import MONTHS

NUMBER_WORDS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen".split()
    )
}
NUMBER_WORDS.update({"a": 1, "an": 1})
_MONTH = (
    r"(?P<month>jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|aug(?:ust|\.)?|"
    r"sept?(?:ember|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_COUNT = r"(?P<n>\d+|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r"|few|several|couple of)"
# "10-07-2016", "18.05.2017": numeric dates, day first as outside the US (month first when the second is > 12)
NUMERIC_DATE = re.compile(r"\b(?P<a>[0-3]?\d)[-./](?P<b>[0-3]?\d)[-./](?P<year>(?:19|20)\d\d)(?!\d)")
# Order matters: the first pattern that matches at a place wins over shorter ones inside it.
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b" + _YEAR + r"-(?P<nmonth>[01]\d)-(?P<day>[0-3]\d)\b")),
    ("numeric", NUMERIC_DATE),
    ("mdy", re.compile(r"\b" + _MONTH + r"\s+" + _DAY + r"\b,?\s+" + _YEAR + r"\b", re.I)),
    ("dmy", re.compile(r"\b" + _DAY + r"\s+(?:of\s+)?" + _MONTH + r"\b,?\s+" + _YEAR + r"\b", re.I)),
    ("md", re.compile(r"\b" + _MONTH + r"\s+" + _DAY + r"\b(?!\s*(?:,\s*)?(?:19|20)\d\d)", re.I)),
    ("dm", re.compile(r"\b" + _DAY + r"\s+(?:of\s+)?" + _MONTH + r"\b", re.I)),
    ("my", re.compile(r"\b" + _MONTH + r",?\s+(?:of\s+)?" + _YEAR + r"\b", re.I)),
    ("ago", re.compile(r"\b" + _COUNT + r"\s+(?P<unit>day|week|month|year)s?\s+ago\b", re.I)),
    (
        "span",
        re.compile(
            r"\b(?:the\s+)?(?:(?P<past>past|last|previous)\s+)?"
            + _COUNT
            + r"\s+(?P<unit>day|week|month|year)s?(?P<of>\s+of)?\b",
            re.I,
        ),
    ),
    (
        "vague",
        re.compile(
            r"\b(?:the\s+)?(?:past|last|recent)\s+(?:few\s+|several\s+|couple\s+of\s+)?(?P<unit>day|week|month|year)s\b",
            re.I,
        ),
    ),
    ("rel", re.compile(r"\b(?P<which>last|this|next|past)\s+(?P<unit>week|month|year|weekend)\b", re.I)),
    (
        "word",
        re.compile(
            # "overnight Wednesday" is dated by its weekday
            r"\b(?P<word>yesterday|today|tonight|tomorrow|last\s+night|this\s+(?:morning|afternoon|evening)|"
            r"overnight(?!\s+(?:on\s+)?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*day))\b",
            re.I,
        ),
    ),
    (
        "weekday",
        re.compile(
            r"\b(?:(?P<prep>on|last|this|next|since|by|until|late|early)\s+)?"
            r"(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
            re.I,
        ),
    ),
    (
        "year",
        re.compile(
            r"\b(?P<prep>in|since|during|until|by|of|early|late|mid)\s+" + _YEAR + r"\b(?![-/]\d)", re.I
        ),
    ),
]


def month_number(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def shift_months(day: date, months: int) -> date:
    """The first day of the month `months` away from `day`'s month."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def count_of(text: str | None) -> int | None:
    """The number in "three days", "a week", or None for "a few days"."""
    if text is None:
        return None
    text = text.lower()
    if text.isdigit():
        return int(text)
    return NUMBER_WORDS.get(text)


def back(ref: date, n: int, unit: str) -> date:
    """`ref` moved back by n days, weeks, months or years."""
    if unit == "day":
        return ref - timedelta(days=n)
    if unit == "week":
        return ref - timedelta(weeks=n)
    if unit == "month":
        first = shift_months(ref, -n)
        return first.replace(day=min(ref.day, calendar.monthrange(first.year, first.month)[1]))
    try:
        return ref.replace(year=ref.year - n)
    except ValueError:  # 29 February
        return ref.replace(year=ref.year - n, day=28)


def numeric_date(m: re.Match[str]) -> date | None:
    """The day of a NUMERIC_DATE match, or None when it is no valid date."""
    a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("year"))
    day, month = (b, a) if b > 12 else (a, b)
    try:
        return date(year, month, day)
    except ValueError:
        return None
