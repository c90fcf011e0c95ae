"""Quote and speaker metrics on a fixed sample of PolNeAR dev, scored by the project's scorer."""

from __future__ import annotations

import sys

import pytest

SAMPLE = 40
# measured 2026-11-25 on this sample: recall 0.929, speaker_acc 0.833, attribution_f1 0.785
MINIMUMS = {"quote_recall": 0.90, "speaker_acc": 0.79, "attribution_f1": 0.74}


@pytest.mark.slow
def test_polnear_dev_sample_reaches_minimums(shared, nlp):
    from harmwatch.config import Settings
    from harmwatch.extract.quotes.direct import extract_quotes
    from harmwatch.extract.quotes.people import find_people
    from harmwatch.ingest.text import make_article
    from harmwatch.nlp import parse
    from harmwatch.records import Report, report_to_dict

    sys.path.insert(0, str(shared / "eval" / "scorer"))
    import data  # the scorer's loader and metrics (standard library only)
    import quotes as scorer_quotes

    docs = data.load("polnear", str(shared / "eval"), "dev")[:SAMPLE]
    reports = []
    for doc in docs:
        source = doc["input"]
        article = make_article(source["text"], Settings(), title=source.get("title"), input_id=source["id"])
        parsed = parse(article, nlp)
        # only the extractors this measures: quotes need the article's people and nothing else
        quotes = extract_quotes(parsed, find_people(parsed))
        reports.append(
            report_to_dict(Report(article=article, extractor_version="test", quotes=tuple(quotes)))
        )
    metrics = scorer_quotes.score_polnear(docs, reports)
    below = {k: metrics[k] for k, v in MINIMUMS.items() if (metrics[k] or 0) < v}
    assert not below, f"below the minimums: {below} (all: {metrics})"
