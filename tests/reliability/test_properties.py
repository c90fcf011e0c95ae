"""Properties of extraction for any text (hypothesis): the report validates against the JSON Schema, every span
slices to its own text, only InputError (the documented refusal) escapes, and a second run gives the same report.

Examples are bounded (HARMWATCH_PROPERTY_EXAMPLES, default 60 per strategy) and derandomized, so the suite
stays reproducible and takes a minute or two with the session's pipeline.
"""

from __future__ import annotations

import os
from typing import Any

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

import harmwatch
from harmwatch.errors import InputError
from harmwatch.records import report_to_dict
from harmwatch.schema import schema_errors, span_errors

EXAMPLES = int(os.environ.get("HARMWATCH_PROPERTY_EXAMPLES", "60"))
BOUNDED = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=os.environ.get("HARMWATCH_PROPERTY_RANDOM") != "1",  # 1: explore new examples
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

# Words and marks that make the extractors fire: speech verbs, counts, weapons, places, dates, quote marks.
VOCABULARY = (
    "said told according to the army rebels militants police officials a spokesman Ahmed Karimi she he they "
    "killed wounded injured dead missing abducted displaced at least more than about dozens scores hundreds "
    "three 12 1,200 10^30 1,2,3,4 0 -5 an air strike shelling mortar rockets car bomb gunmen attacked "
    "in Aleppo Kabul Mosul Donetsk Gaza Idlib the village of near east of on Monday yesterday last week "
    "on 31 February 2016 2016-02-30 Oct 082017 10:12PM , . ; : ! ? ( ) - \u2014 \u2019s"
).split() + ['"', "\u201c", "\u201d", "'", "\u2018", "\u2019", "\n", "\n\n"]

words = st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=80).map(" ".join)
any_text = st.text(
    alphabet=st.characters(codec="utf-8", categories=["L", "M", "N", "P", "S", "Z", "Cc"]), max_size=400
)
mixed = st.lists(st.one_of(words, any_text), min_size=1, max_size=4).map("\n\n".join)

# Sentences shaped like reports, so quotes, claims, incidents, places and times are extracted and their
# spans checked; then mangled the ways wire copy is (capitals, punctuation lost, quote marks dropped).
ACTORS = ["The army", "Rebels", "Gunmen", "Government forces", "Unidentified attackers", "Militants"]
VERBS = ["killed", "wounded", "shelled", "abducted", "attacked", "bombed"]
COUNTS = [
    "at least 12",
    "three",
    "more than 1,200",
    "dozens of",
    "10^30",
    "1,2,3,4",
    "0",
    "about 40",
    "scores of",
]
VICTIMS = ["civilians", "people", "children", "soldiers", "fighters", "women and children"]
PLACES = [
    "Aleppo",
    "Kabul",
    "Mosul",
    "the village of Tel Rifaat",
    "eastern Donetsk",
    "Gaza City",
    "Idlib province",
]
WHEN = ["on Monday", "yesterday", "on 31 February 2016", "last week", "on 2016-02-30", "on 12 March 2015"]
SOURCES = [
    "a spokesman",
    "the health ministry",
    "Ahmed Karimi, a local official,",
    "witnesses",
    "she",
    "the UN",
]
report_sentence = st.builds(
    "{} {} {} {} in {} {}, {} said.".format,
    *(st.sampled_from(v) for v in (ACTORS, VERBS, COUNTS, VICTIMS, PLACES, WHEN, SOURCES)),
)
quote_sentence = st.builds(
    "{}We {} {} {}{} {} said.".format,
    st.sampled_from(['"', "\u201c", "", "'"]),
    st.sampled_from(["lost", "buried", "counted", "saw"]),
    st.sampled_from(COUNTS),
    st.sampled_from(VICTIMS),
    st.sampled_from([',"', ",\u201d", ",", "."]),
    st.sampled_from(SOURCES),
)
MANGLE = {
    "as is": lambda t: t,
    "all caps": str.upper,
    "no punctuation": lambda t: "".join(c for c in t if c.isalnum() or c.isspace()),
    "no quote marks": lambda t: t.translate({ord(c): None for c in "\"\u201c\u201d'"}),
    "one line": lambda t: " ".join(t.split()),
}
reports = st.builds(
    lambda title, parts, sep, mangle: MANGLE[mangle](title + "\n\n" + sep.join(parts)),
    st.sampled_from(["Market shelled", "Convoy attacked", "Dozens killed in strike", ""]),
    st.lists(st.one_of(report_sentence, quote_sentence, words), min_size=1, max_size=8),
    st.sampled_from([" ", "\n\n", "\n"]),
    st.sampled_from(sorted(MANGLE)),
)


def _report_or_refusal(text: str) -> dict[str, Any] | InputError:
    try:
        return report_to_dict(harmwatch.extract_report(text))  # type: ignore[arg-type]
    except InputError as e:  # the one documented refusal: empty, binary, too large, not English
        assert e.code in {"empty", "binary", "too_large", "language", "encoding"}, e.code
        assert str(e)
        return e


def _check(text: str) -> None:
    first = _report_or_refusal(text)
    if isinstance(first, InputError):
        event(f"refused: {first.code}")
        again = _report_or_refusal(text)
        assert isinstance(again, InputError) and again.code == first.code
        return
    event("report with " + ("claims" if first["claims"] else "no claims"))
    event("report with " + ("quotes" if first["quotes"] else "no quotes"))
    assert schema_errors(first) == []
    assert span_errors(first) == []
    assert first["article"]["text"].strip()
    assert _report_or_refusal(text) == first  # deterministic: the same report twice


@BOUNDED
@given(text=reports)
def test_report_shaped_text_however_mangled(nlp, text):
    _check(text)


@BOUNDED
@given(text=words)
def test_news_like_word_salad(nlp, text):
    _check(text)


@BOUNDED
@given(text=mixed)
def test_any_unicode_text_mixed_with_news_words(nlp, text):
    _check(text)


@settings(BOUNDED, max_examples=max(10, EXAMPLES // 4))
@given(text=st.text(min_size=20, max_size=2000))
def test_arbitrary_strings_including_controls_and_surrogates_free_unicode(nlp, text):
    _check(text)
