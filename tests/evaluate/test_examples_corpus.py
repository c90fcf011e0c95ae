"""The bundled example corpus (examples/) reads as ten synthetic articles in eight files with titles and a notice."""

from __future__ import annotations

from pathlib import Path

from harmwatch.config import Settings
from harmwatch.ingest import Failure, read_file

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
NOTICE = "[Synthetic example written for HarmWatch; not a real report.]"


def example_articles():
    files = [p for p in sorted(EXAMPLES.iterdir()) if p.suffix in (".txt", ".html", ".jsonl")]
    return [item for path in files for item in read_file(path, Settings())]


def test_examples_are_ten_titled_synthetic_articles():
    articles = example_articles()
    assert len(articles) == 10
    assert not [a for a in articles if isinstance(a, Failure)]
    for a in articles:
        assert a.title and a.text.lstrip().startswith(a.title), a.input_id
        assert a.text.rstrip().endswith(NOTICE), a.input_id
        assert 150 <= len(a.text.split()) <= 400, a.input_id


def test_examples_with_a_dated_dateline_have_a_publication_time():
    published = {Path(a.input_id).name: a.published for a in example_articles() if not isinstance(a, Failure)}
    assert published["syria-idlib-market-strike.txt"] == "2019-03-12T09:40"
    assert published["nigeria-borno-attack.txt"] == "2020-02-05"
    assert published["example-mali-mopti"] == "2019-03-24T18:05"


def test_examples_extract_without_errors(nlp):
    from harmwatch.extract import extract_article

    for a in example_articles():
        assert not isinstance(a, Failure)
        report = extract_article(a, nlp)
        assert report.article.text == a.text
