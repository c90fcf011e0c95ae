"""Quotes, speakers and reported speech on the reference article, checked item by item against its gold file."""

from __future__ import annotations

import re
import unicodedata


def _key(text: str | None) -> str:
    """Folded words: curly quotes, accents, case and a leading "the" do not matter."""
    text = unicodedata.normalize("NFKD", (text or "").replace("’", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join(re.findall(r"[a-z0-9']+", re.sub(r"^\s*the\s+", "", text)))


def test_every_direct_quote_is_found_with_its_speaker(seed_report):
    report, gold = seed_report
    quotes = report["quotes"]
    for item in gold["quotes"]:
        found = [q for q in quotes if _key(q["text"]).startswith(_key(item["starts_with"]))]
        assert found, f"quote not found: {item['starts_with']}"
        speaker = found[0]["speaker"] or {}
        assert _key(speaker.get("name")) == _key(item["speaker"]), item["starts_with"]
        assert speaker.get("resolution") == item["resolution"], item["starts_with"]
        if item.get("cue"):
            assert (found[0]["cue"] or {}).get("text") == item["cue"], item["starts_with"]
        if item.get("role"):
            assert speaker.get("role") == item["role"] and speaker.get("organization") == item["organization"]


def test_partial_quotes_are_attributed_to_the_reported_speaker(seed_report):
    report, gold = seed_report
    for item in gold["partial_quotes"]:
        found = [q for q in report["quotes"] if q["text"] == item["text"]]
        assert found and found[0]["kind"] == "partial"
        assert _key(found[0]["speaker"]["name"]) == _key(item["speaker"])


def test_reported_speech_sources(seed_report):
    report, gold = seed_report
    sources: dict[str, set[str]] = {}
    for s in report["statements"]:
        sources.setdefault(s["cue"]["text"], set()).add(_key(s["source"]["name"]))
    right = 0
    for item in gold["reported_speech"]:
        want = _key(item["source"] or item.get("source_as_written"))
        right += want in sources.get(item["cue"], set())
    assert right >= 8, f"{right} of {len(gold['reported_speech'])} reported statements with the right source"


def test_seed_scorer_quote_metrics(seed_report, shared):
    import sys

    sys.path.insert(0, str(shared / "eval" / "scorer"))
    import quotes as scorer_quotes  # the project's scorer (standard library only)

    report, gold = seed_report
    metrics = scorer_quotes.score_seed([{"gold": gold}], [report])
    assert metrics["quotes_found"] == 11 and metrics["quote_speaker_acc"] == 1.0
