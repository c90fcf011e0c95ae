"""The local batch runner: same reports in input order with one process or several, streaming input."""

from __future__ import annotations

from collections.abc import Iterator

from harmwatch.batch import run_batch
from harmwatch.config import Settings
from harmwatch.ingest import Failure
from harmwatch.ingest.text import make_article
from harmwatch.records import Article

TEXTS = [
    "Shelling kills four\n\nShelling killed four civilians in the eastern district on Monday, medics said.\n",
    "Clinic hit by air strike\n\nAn air strike hit a clinic near the border, wounding eleven people, a nurse said.\n",
    'Convoy attacked\n\n"We lost two drivers," the aid agency said after its convoy was attacked on Friday.\n',
    "Village raided\n\nGunmen abducted nine villagers during a night raid, the provincial governor said.\n",
    "Car bomb in market\n\nA car bomb killed at least twelve people in a crowded market, police said.\n",
]


def items(pulled: list[int]) -> Iterator[Article | Failure]:
    for n, text in enumerate(TEXTS):
        pulled.append(n)
        yield make_article(text, Settings(), input_id=f"doc{n}")
        if n == 1:
            yield Failure("broken.jsonl:3", "bad_json", "line 3 is not valid JSON")


def test_one_process_and_two_give_the_same_reports_in_order():
    one = list(run_batch(items([]), Settings(), workers=1))
    pulled: list[int] = []
    stream = run_batch(items(pulled), Settings(), workers=2)
    first = next(stream)
    # Input is read only a little ahead of the results: at most 2 x workers documents in flight.
    assert len(pulled) <= 2 * 2 + 1
    two = [first, *stream]
    ids = [item.input_id for item, _ in one]
    assert ids == ["doc0", "doc1", "broken.jsonl:3", "doc2", "doc3", "doc4"]
    assert [item.input_id for item, _ in two] == ids
    for (_, a), (_, b) in zip(one, two, strict=True):
        if isinstance(a, Failure):
            assert a == b and a.code == "bad_json"
        else:
            assert a == b
            assert a["article"]["id"].startswith("sha256:") and a["extractor_version"]
