"""Datelines: the one reader of a report's own date, on the forms pages and wires print it in."""

from __future__ import annotations

import pytest

from harmwatch.config import Settings
from harmwatch.ingest.dateline import find_dateline, parse_date
from harmwatch.ingest.text import make_article


@pytest.mark.parametrize(
    ("text", "day", "written"),
    [
        ("Last updated at Oct 08 2017 BEIRUT Shelling killed five people.", "2017-10-08", "Oct 08 2017"),
        ("Date of publication 3 October 2017 Air strikes hit a market.", "2017-10-03", "3 October 2017"),
        ("Published August 2 2016 A car bomb went off near a bakery.", "2016-08-02", "August 2 2016"),
        ("Posted on April 2 2017 by Staff Writer Strikes hit a town.", "2017-04-02", "April 2 2017"),
        (
            "Strike kills nine in northern town Monitor AFP Wednesday 29 Oct 2014 Nine people died.",
            "2014-10-29",
            "Wednesday 29 Oct 2014",
        ),
        ("01.02.2015 A bus blast in the old market killed six people.", "2015-02-01", "01.02.2015"),
        ("12.31.2015 Fireworks were banned.", "2015-12-31", "12.31.2015"),
        (
            "Rockets hit the port Reuters Middle East 2159 18.05.2017(updated 2204 18.05.2017) Get short URL",
            "2017-05-18",
            "18.05.2017",
        ),
        ("   SAN SALVADOR, 3 JAN 90 (RADIO CADENA) -- [TEXT] THREE SOLDIERS DIED.", "1990-01-03", "3 JAN 90"),
        ("Market hit\n\nMon Oct 31, 2016 10:12PM\n\nShells fell.", "2016-10-31", "Mon Oct 31, 2016 10:12PM"),
    ],
)
def test_dateline_forms(text: str, day: str, written: str) -> None:
    found = find_dateline(text)
    assert found is not None
    assert (found.value.date().isoformat(), text[found.start : found.end]) == (day, written)


@pytest.mark.parametrize(
    "text",
    [
        "On the morning of 1 March 2019, gunmen attacked a camp in the south of the province.",
        "The bombing was an attack on 13 September 1974 at a cafe in the old town.",
        "A former envoy wrote in a 5 July 2010 email that the plan had failed.",
        "Reporters were there, New York Times , 8 March 1992 , and saw it.",
        "Title\n\nBody text first.\n\nTroops said 3 JAN 90 was quiet.",
        "Title\n\nThe war, which began in March 2011, has killed many.\n",
    ],
)
def test_dates_inside_sentences_are_no_datelines(text: str) -> None:
    assert find_dateline(text) is None


def test_parse_date_reads_numeric_dates() -> None:
    numeric = parse_date("on 07-08-2013 at noon")
    assert numeric is not None and numeric.value.date().isoformat() == "2013-08-07"
    assert parse_date("Feb 30 2016") is None  # no such day
    # a day glued to its year is repaired before parsing (ingest.repair), not read here
    assert parse_date("Jun 132016") is None


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Last updated at Apr 152017 A suicide bomber struck a convoy.", "2017-04-15"),
        ("   BOGOTA, 4 JAN 90 (EFE) -- [TEXT] A BOMB EXPLODED TODAY.", "1990-01-04"),
        ("Title line\n\nTue Mar 14, 2017 08:05AM\n\nShells struck.", "2017-03-14T08:05"),
    ],
)
def test_article_published_comes_from_the_dateline(text: str, published: str) -> None:
    assert make_article(text, Settings()).published == published
