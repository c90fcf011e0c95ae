"""The input's own id (`source_id`): a JSON Lines `id`, else the file name, carried into the report."""

from __future__ import annotations

import json

from harmwatch.config import Settings
from harmwatch.ingest import Failure, read_inputs
from harmwatch.records import Report, report_to_dict
from harmwatch.schema import schema_errors

BODY = "Shelling hit the old market on Monday, killing three people, the mayor said.\n"


def test_source_id_is_the_jsonl_id_or_the_file_name(tmp_path):
    (tmp_path / "wire.jsonl").write_text(
        json.dumps({"id": "A-17", "title": "Market shelled", "text": BODY})
        + "\n"
        + json.dumps({"title": "No id", "text": "Another report.\n\n" + BODY})
        + "\n",
        encoding="utf-8",
    )
    (tmp_path / "note.txt").write_text("Market shelled\n\n" + BODY, encoding="utf-8")
    articles = [a for a in read_inputs([str(tmp_path)], Settings()) if not isinstance(a, Failure)]
    assert [a.source_id for a in articles] == ["note.txt", "A-17", "wire.jsonl:2"]
    body = report_to_dict(Report(article=articles[1], extractor_version="test"))
    assert body["source_id"] == "A-17" and "source_id" not in body["article"]
    assert schema_errors(body) == []
