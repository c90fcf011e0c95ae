"""Readers: title, dateline, boilerplate, HTML, JSONL and bad input."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from harmwatch.config import Settings
from harmwatch.errors import InputError
from harmwatch.ingest import Failure, read_inputs
from harmwatch.ingest.dateline import find_dateline
from harmwatch.ingest.text import clean_text, make_article
from harmwatch.records import Article

WIRE = """Shelling hits market in northern town

Shelling hits market in northern town

Tue Mar 14, 2017 08:05AM

Shells struck a crowded market on Monday, killing at least nine people, a local official said.

"We heard three explosions," said Karim Nadir, a shopkeeper (pictured).

Leave a Reply
"""


def test_title_dateline_and_boilerplate():
    article = make_article(WIRE, Settings())
    assert article.title == "Shelling hits market in northern town"
    assert article.published == "2017-03-14T08:05"
    assert article.published_precision == "minute"
    assert article.text.count("Shelling hits market in northern town") == 1
    assert "Leave a Reply" not in article.text
    assert "(pictured)" not in article.text
    assert article.id.startswith("sha256:") and len(article.id) == 7 + 64


def test_explicit_metadata_wins_over_the_dateline():
    article = make_article(WIRE, Settings(), title="Given", published="2017-03-15")
    assert (article.title, article.published, article.published_precision) == ("Given", "2017-03-15", "day")


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("Mon Oct 31, 2016 10:12PM", "2016-10-31T22:12"),
        ("Wed 05 Apr 2017 Syria attack symptoms", "2017-04-05T00:00"),
        ("October 3, 2015", "2015-10-03T00:00"),
        ("2019-07-01T09:30", "2019-07-01T09:30"),
    ],
)
def test_datelines(head, expected):
    found = find_dateline(f"Title line\n\n{head}\n\nBody text.")
    assert found is not None and found.value.isoformat(timespec="minutes") == expected


def test_no_dateline_in_body_prose():
    text = "Title\n\nThe war, which began in March 2011, has killed many.\n"
    assert find_dateline(text) is None


def test_clean_text_keeps_offsets_of_the_body_stable():
    assert clean_text("A\r\nB\r\n") == "A\nB\n"


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "empty"),
        (b"   \n\n ", "empty"),
        (b"\x00\x01\x02binary\x00", "binary"),
        (b"caf\xe9 au lait " * 10, "encoding"),
        (
            "Der Krieg hat die Stadt zerstört und die Menschen sind geflohen, sagte der Bürgermeister am Montag "
            "in einer Erklärung, die von der Nachrichtenagentur verbreitet wurde.".encode(),
            "language",
        ),
    ],
)
def test_bad_files_become_failures(tmp_path: Path, data: bytes, code: str):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(data)
    good = tmp_path / "good.txt"
    good.write_text(WIRE, encoding="utf-8")
    items = list(read_inputs([str(bad), str(good)], Settings()))
    assert isinstance(items[0], Failure) and items[0].code == code, items[0]
    assert isinstance(items[1], Article)


def test_too_large(tmp_path: Path):
    big = tmp_path / "big.txt"
    big.write_text("Fighting went on. " * 1_200_000, encoding="utf-8")  # about 20 MB
    (item,) = read_inputs([str(big)], Settings())
    assert isinstance(item, Failure) and item.code == "too_large"
    with pytest.raises(InputError):
        make_article("Fighting went on. " * 70_000, Settings())  # over max_chars


def test_jsonl_lines_and_a_broken_line(tmp_path: Path):
    path = tmp_path / "in.jsonl.gz"
    rows = [
        json.dumps({"id": "a", "text": WIRE, "published": "2017-03-14", "outlet": "Example Wire"}),
        '{"id": "b", "text": "trunc',
        json.dumps({"id": "c", "title": "No body"}),
        json.dumps(
            {
                "id": "d",
                "html": "<html><body><article><p>"
                + "Gunmen attacked a convoy. " * 20
                + "</p></article></body></html>",
            }
        ),
    ]
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")
    items = list(read_inputs([str(path)], Settings()))
    assert [type(i).__name__ for i in items] == ["Article", "Failure", "Failure", "Article"]
    assert (
        items[0].input_id == "a" and items[0].outlet == "Example Wire" and items[0].published == "2017-03-14"
    )
    assert items[1].code == "bad_json" and items[2].code == "no_text"
    assert "Gunmen attacked a convoy." in items[3].text


def test_html_main_text_and_metadata(tmp_path: Path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Drone strike kills four - Example Post</title>"
        '<meta property="article:published_time" content="2018-02-03T10:00:00Z">'
        '<meta property="og:site_name" content="Example Post"></head><body>'
        "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article><h1>Drone strike kills four</h1>"
        "<p>A drone strike killed four people in a village on Friday, residents said. The strike hit a house.</p>"
        "<p>\u201cWe lost everything,\u201d said a farmer who asked not to be named, speaking by telephone.</p>"
        "</article><footer>Copyright Example Post. All rights reserved.</footer></body></html>",
        encoding="utf-8",
    )
    (article,) = read_inputs([str(page)], Settings())
    assert isinstance(article, Article)
    assert article.title == "Drone strike kills four"
    assert article.published and article.published.startswith("2018-02-03")
    assert article.outlet == "Example Post"
    assert "A drone strike killed four people" in article.text
    assert "Home" not in article.text and "Copyright" not in article.text
    assert "\n\n" in article.text  # paragraphs kept


def test_broken_html_is_a_clear_failure(tmp_path: Path):
    page = tmp_path / "broken.html"
    page.write_text("<html><body><div><<<>>></", encoding="utf-8")
    (item,) = read_inputs([str(page)], Settings())
    assert isinstance(item, Failure) and item.code in ("no_text", "bad_html", "empty")


def test_missing_path():
    (item,) = read_inputs(["/nonexistent/file.txt"], Settings())
    assert isinstance(item, Failure) and item.code == "not_found"
