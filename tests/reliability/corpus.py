"""The bad-input corpus, generated on demand (nothing hostile is checked in): name -> bytes, with the
outcome each must have: a failure code, or "report" for a document that must yield a valid report."""

from __future__ import annotations

import gzip
import json
import random
from pathlib import Path

# Our own sentences, in the register of a wire report (no evaluation text).
STORY = (
    "Shelling hit the main market of a river town on Tuesday, killing at least six people and wounding "
    "fourteen, a local health official said. Residents said the shells fell as traders opened their stalls, "
    "and two ambulances were damaged on the way to the scene. The army denied firing on the town."
)
TITLE = "Market shelling kills six"
WORDS = STORY.split()


def _story(title: str = TITLE, body: str = STORY) -> str:
    return f"{title}\n\n{body}\n"


def _long_line(chars: int, seed: int = 1) -> str:
    """Sentences of the story's words in a random order on one line, `chars` characters long."""
    rng = random.Random(seed)
    parts: list[str] = []
    size = 0
    while size < chars:
        sentence = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 20))).capitalize() + "."
        parts.append(sentence)
        size += len(sentence) + 1
    return " ".join(parts)[:chars]


def _nested_html(depth: int) -> str:
    return (
        f"<html><head><title>{TITLE}</title></head><body>"
        + "<div>" * depth
        + f"<p>{STORY}</p>"
        + "</div>" * depth
        + "</body></html>"
    )


FILES: dict[str, tuple[bytes, str]] = {
    "empty.txt": (b"", "empty"),
    "whitespace-only.txt": (b"  \n\t\n   \r\n", "empty"),
    "binary.bin": (random.Random(7).randbytes(4096), "binary"),
    "png-header.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, "binary"),
    "invalid-utf8.txt": (_story().encode() + b"\xff\xfe\xfa broken bytes\n", "encoding"),
    "latin-1.txt": (_story(body=STORY + " The caf\xe9 owner fled.").encode("latin-1"), "encoding"),
    "utf-16-bom.txt": (_story().encode("utf-16"), "report"),
    "utf-16-be-bom.txt": (b"\xfe\xff" + _story().encode("utf-16-be"), "report"),
    "utf-8-bom.txt": (b"\xef\xbb\xbf" + _story().encode(), "report"),
    "fifty-megabytes.txt": (b"", "too_large"),  # written by write_corpus: 50 MB of text
    "one-megabyte-line.txt": (_long_line(1 << 20).encode(), "too_large"),
    "long-line-under-limit.txt": (_long_line(60_000, seed=2).encode(), "report"),
    "html-no-body.html": (f"<html><head><title>{TITLE}</title></head></html>".encode(), "no_text"),
    "html-script-only.html": (
        b"<html><body><script>document.write('x'.repeat(1000));</script></body></html>",
        "no_text",
    ),
    "html-deep-nesting.html": (_nested_html(10_000).encode(), "report"),
    "all-caps-wire.txt": (_story(TITLE.upper(), STORY.upper()).encode(), "report"),
    "punctuation-stripped.txt": (
        _story(body="".join(c for c in STORY if c.isalnum() or c.isspace())).encode(),
        "report",
    ),
    "thousands-of-quotes.txt": (
        _story(body=STORY + " " + '"' * 3000 + " said one witness " + "\u201c\u201d" * 1500).encode(),
        "report",
    ),
    "unmatched-quotes.txt": (
        _story(
            body='"The market was full, a trader said. \u201cWe ran when the first shell hit, said another. '
            + STORY
            + ' He added: "Nobody came for an hour.'
        ).encode(),
        "report",
    ),
    "huge-numbers.txt": (
        _story(
            body="A monitor said 1000000000000000000000000000000 people were killed, and 10^30 more fled. "
            "Officials counted 1,2,3,4 dead in four villages and 99999999999999999999 wounded. "
            "Another 4,294,967,296 were displaced, the statement said. " + STORY
        ).encode(),
        "report",
    ),
    "impossible-dates.txt": (
        (
            "Shelling on 31 February\n\nFebruary 31, 2016 10:12PM\n\nOn 31 February 2016 and again on "
            "30/02/2016, shelling killed four people, officials said on 2016-02-30. By 32 March the toll had "
            "risen, and on the 0th of May nobody was left. " + STORY + "\n"
        ).encode(),
        "report",
    ),
}

JSONL_LINES = [
    json.dumps({"id": "good-1", "text": _story()}),
    '{"id": "cut-off", "text": "A truncated li',
    "[1, 2, 3]",
    json.dumps({"id": "no-text", "title": "only a title"}),
    json.dumps({"id": "text-not-string", "text": 12345}),
    json.dumps({"id": "empty-text", "text": "   "}),
    json.dumps({"id": "html-nested", "html": _nested_html(2_000)}),
    "not json at all",
    json.dumps({"id": "good-2", "text": _story("Clinic shelled", STORY.replace("market", "clinic"))}),
]
JSONL_EXPECTED = {
    # input id (the line's "id", else file:line) -> outcome
    "good-1": "report",
    "mixed.jsonl:2": "bad_json",
    "mixed.jsonl:3": "bad_json",
    "no-text": "no_text",
    "text-not-string": "no_text",
    "empty-text": "empty",
    "html-nested": "report",
    "mixed.jsonl:8": "bad_json",
    "good-2": "report",
    "mixed.jsonl:10": "encoding",
}

BROKEN_FEED = (
    '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
    "<item><title>One</title><description>" + STORY + " &amp; more</description></item>"
    "<item><title>Two & three</title><description>cut off here"
).encode()


def write_corpus(folder: Path) -> dict[str, str]:
    """Write every file into `folder`; returns input id (file name, or JSONL id / file:line) -> outcome."""
    folder.mkdir(parents=True, exist_ok=True)
    expected: dict[str, str] = {}
    for name, (data, outcome) in FILES.items():
        path = folder / name
        if name == "fifty-megabytes.txt":
            chunk = (_story() * 200).encode()
            with path.open("wb") as f:
                for _ in range((50 << 20) // len(chunk) + 1):
                    f.write(chunk)
        else:
            path.write_bytes(data)
        expected[name] = outcome
    (folder / "mixed.jsonl").write_text("\n".join(JSONL_LINES) + "\n\xff\n", encoding="latin-1")
    (folder / "broken-feed.xml").write_bytes(BROKEN_FEED)
    bomb = folder / "bomb.jsonl.gz"
    with gzip.open(bomb, "wb", compresslevel=9) as f:
        f.write(b'{"id": "bomb", "text": "')
        zeros = b"a" * (1 << 20)
        for _ in range(64):  # 64 MB of one letter in a single line, a few dozen KB compressed
            f.write(zeros)
        f.write(b'"}\n')
    expected.update(JSONL_EXPECTED)
    expected["bomb.jsonl.gz:1"] = "too_large"
    expected["broken-feed.xml"] = "unsupported"  # by `extract`; `ingest` reads it as a feed
    return expected


def short(input_id: str) -> str:
    """An input id without its folder: the key write_corpus uses."""
    return input_id.rsplit("/", 1)[-1]
