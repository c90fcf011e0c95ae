"""The JSON Schema of a report (SCHEMA.md), and span checks that a schema cannot express."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

import jsonschema


@lru_cache(maxsize=1)
def report_schema() -> dict[str, Any]:
    return json.loads(resources.files("harmwatch.schema").joinpath("report.schema.json").read_text("utf-8"))


def schema_errors(report: dict[str, Any]) -> list[str]:
    """Every way `report` breaks the schema, as readable messages (empty when it is valid)."""
    validator = jsonschema.Draft202012Validator(report_schema())
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(report)]


def span_errors(report: dict[str, Any]) -> list[str]:
    """Spans that fall outside `article.text` or do not slice to the text their record claims."""
    text = report["article"]["text"]
    errors: list[str] = []

    def check(where: str, span: list[int] | None, expected: str | None = None) -> None:
        if span is None:
            return
        start, end = span
        if not 0 <= start <= end <= len(text):
            errors.append(f"{where}: span {span} is outside the text ({len(text)} characters)")
        elif expected is not None and text[start:end] != expected:
            errors.append(f"{where}: span {span} slices to {text[start:end]!r}, not {expected!r}")

    def check_speaker(where: str, speaker: dict[str, Any] | None) -> None:
        if speaker:
            check(f"{where}.speaker", speaker.get("span"))

    for q in report["quotes"]:
        check(f"quote {q['id']}", q["span"], q["text"])
        if q.get("cue"):
            check(f"quote {q['id']}.cue", q["cue"]["span"], q["cue"]["text"])
        check_speaker(f"quote {q['id']}", q.get("speaker"))
    for s in report["statements"]:
        check(f"statement {s['id']}.content", s["content"]["span"], s["content"]["text"])
        if s.get("cue"):
            check(f"statement {s['id']}.cue", s["cue"]["span"], s["cue"]["text"])
        check_speaker(f"statement {s['id']}", s["source"])
    for c in report["claims"]:
        check(f"claim {c['id']}", c["span"])
        check_speaker(f"claim {c['id']}", c.get("claimant"))
    for t in report["times"]:
        check(f"time {t['id']}", t["span"], t["as_written"])
    for f in report["framing"]:
        check(f"framing {f['term']}", f["span"], f["term"])
    for kind in ("incidents", "actors", "places"):
        for item in report[kind]:
            for span in item.get("mentions", []):
                check(f"{kind} {item['id']}.mention", span)
    return errors
