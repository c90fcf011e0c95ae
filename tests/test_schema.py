"""Every report validates against the package's JSON Schema and every span slices to its text."""

from __future__ import annotations

from pathlib import Path

import pytest

from harmwatch.config import Settings
from harmwatch.extract import extract_article
from harmwatch.ingest import Failure, read_inputs
from harmwatch.records import report_to_dict
from harmwatch.schema import schema_errors, span_errors

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def reports_of(paths: list[str], nlp) -> list[dict]:
    out = []
    for item in read_inputs(paths, Settings()):
        assert not isinstance(item, Failure), item
        out.append(report_to_dict(extract_article(item, nlp)))
    return out


def test_schema_rejects_a_broken_report(nlp):
    (report,) = reports_of([str(EXAMPLES)], nlp)[:1] or [None]
    assert report is not None
    broken = dict(report, quotes=[{"id": "q1", "text": "x", "span": [0], "kind": "direct"}])
    assert schema_errors(broken)
    assert not schema_errors({"input_id": "x", "error": {"code": "empty", "message": "empty"}})


def test_examples_validate(nlp):
    reports = reports_of([str(EXAMPLES)], nlp)
    assert len(reports) >= 6
    for report in reports:
        assert schema_errors(report) == [], report["input_id"]
        assert span_errors(report) == [], report["input_id"]


def test_reference_article_validates(seed_report):
    report, _gold = seed_report
    assert schema_errors(report) == []
    assert span_errors(report) == []


@pytest.mark.parametrize(
    "dataset", ["polnear/polnear_dev.jsonl", "fakes/fakes_train.jsonl", "muc4/muc4_tst1.jsonl"]
)
def test_evaluation_texts_validate(shared, nlp, dataset, tmp_path):
    import json

    sample = tmp_path / "sample.jsonl"
    with open(shared / "eval" / dataset, encoding="utf-8") as f:
        rows = [json.loads(next(f)) for _ in range(8)]
    sample.write_text(
        "".join(
            json.dumps({"id": str(i), "text": r.get("text_mixed_case") or r["text"]}) + "\n"
            for i, r in enumerate(rows)
        ),
        encoding="utf-8",
    )
    for report in reports_of([str(sample)], nlp):
        assert schema_errors(report) == []
        assert span_errors(report) == []
