"""When an incident happened: the day of its sentence, not a run of days that sums up a campaign."""

from __future__ import annotations

from harmwatch.config import Settings
from harmwatch.extract.incidents.context import dateline_of, time_in
from harmwatch.extract.times.resolve import extract_times
from harmwatch.ingest.text import make_article
from harmwatch.nlp import parse

TEXT = (
    "Date of publication 12 February 2015 More than 120 people have been killed as troops stepped up "
    "attacks on the town. Aircraft dropped more than 1000 bombs on the town during the past ten days. "
    "Shelling killed four people on Wednesday in the market and more over the past two days, a monitor "
    "said on Thursday."
)


def _sentence_times(nlp):
    parsed = parse(make_article(TEXT, Settings()), nlp)
    times = extract_times(parsed)
    return parsed, times, [(s.start_char, s.end_char) for s in parsed.doc.sents]


def test_a_run_of_days_does_not_date_a_sentence(nlp) -> None:
    parsed, times, sents = _sentence_times(nlp)
    background = next(s for s in sents if "past ten days" in TEXT[s[0] : s[1]])
    assert time_in(parsed, background, times, background[0]) is None
    shelling = next(s for s in sents if "Shelling" in TEXT[s[0] : s[1]])
    found = time_in(parsed, shelling, times, TEXT.index("Shelling"))
    # "on Thursday" dates the monitor's statement, "the past two days" a run: the shelling was on Wednesday
    assert found is not None and (found.as_written, found.start) == ("on Wednesday", "2015-02-11")


def test_dateline_of_is_the_dateline_reader(nlp) -> None:
    _, times, _ = _sentence_times(nlp)
    dateline = dateline_of(times)
    assert dateline is not None and (dateline.as_written, dateline.start) == (
        "12 February 2015",
        "2015-02-12",
    )
    undated = parse(make_article("On 3 March 2015 a bomb killed two people in the town.", Settings()), nlp)
    assert dateline_of(extract_times(undated)) is None


def test_an_undated_lead_takes_the_dateline_not_the_background_run(extract_text) -> None:
    report = extract_text(TEXT)
    times = {t["id"]: t for t in report["times"]}
    first = report["incidents"][0]
    assert times[first["time_id"]]["start"] == "2015-02-12"


def test_a_written_out_date_beats_a_weekday_in_the_event_sentence(nlp) -> None:
    # the follow-up is dated Thursday 12 May: "Tuesday" against it is 10 May, the date written out is 3 May
    text = (
        "Date of publication 12 May 2016 The air strikes on Tuesday, 3 May, killed nine people in the market "
        "of Saraqeb, the monitor said. Residents said the market had reopened."
    )
    parsed = parse(make_article(text, Settings()), nlp)
    times = extract_times(parsed)
    sentence = next((s.start_char, s.end_char) for s in parsed.doc.sents if "air strikes" in s.text)
    found = time_in(parsed, sentence, times, text.index("air strikes"))
    assert found is not None and (found.as_written, found.start) == ("3 May", "2016-05-03")
