"""Framing: loaded labels with neutral wording, euphemisms, hedges and scare quotes."""

from __future__ import annotations

import re


def _terms(report: dict) -> dict[str, dict]:
    return {f["term"].casefold(): f for f in report["framing"]}


def test_loaded_labels_and_hedges(extract_text) -> None:
    text = (
        "The regime said its forces had neutralized dozens of terrorists near Idlib, Syria. "
        "The group allegedly used so-called moderate fighters as mercenaries. "
        "Observers counted the martyrs. Under the sanctions regime, trade stopped."
    )
    report = extract_text(text)
    terms = _terms(report)
    assert terms["regime"]["neutral"] == "government" and terms["regime"]["kind"] == "loaded_label"
    assert terms["neutralized"]["kind"] == "euphemism" and terms["neutralized"]["neutral"] == "killed"
    assert terms["allegedly"]["kind"] == "hedge"
    assert terms["so-called moderate"]["neutral"] == "moderate"
    assert terms["martyrs"]["neutral"] == "people killed"
    regimes = [f for f in report["framing"] if f["term"].casefold() == "regime"]
    assert len(regimes) == 1  # "sanctions regime" is not loaded
    for f in report["framing"]:
        assert text[f["span"][0] : f["span"][1]] == f["term"]


def test_terrorists_for_an_opposition_get_its_neutral_name(extract_text) -> None:
    report = extract_text("Syrian officials said terrorists shelled Aleppo on Monday, killing five people.")
    terms = _terms(report)
    assert terms["terrorists"]["neutral"] == "armed opposition groups"


def test_plain_text_has_no_framing(extract_text) -> None:
    report = extract_text(
        "Five people were killed in an air strike on a market in Idlib on Monday, medics said."
    )
    assert report["framing"] == []


def test_reference_article_loaded_language(seed_report) -> None:
    report, gold = seed_report
    text = report["article"]["text"]
    spans = [tuple(f["span"]) for f in report["framing"]]
    for phrase in gold["loaded_language"]:
        hits = [m.span() for m in re.finditer(re.escape(phrase), text)]
        assert hits, phrase
        assert any(s < e2 and s2 < e for s, e in hits for s2, e2 in spans), phrase
    neutral = {f["term"].casefold(): f["neutral"] for f in report["framing"]}
    assert neutral["takfiri"] == "jihadist"
    assert neutral["terrorists"] == "armed opposition groups"


def test_ordinary_uses_are_not_framing(extract_text) -> None:
    report = extract_text(
        "The convoy was supposed to reach Idlib on Monday. A terrorist attack on a bus killed four people, "
        "police said, and the US-backed force said it would investigate."
    )
    terms = _terms(report)
    assert "supposed" not in terms and "us-backed" not in terms
    assert terms["terrorist attack"]["neutral"] == "attack"
