"""The evaluation's own pieces on small inline data: loading, matching, roles and entity metrics."""

from __future__ import annotations

import json

import pytest

from harmwatch.errors import EvaluationError
from harmwatch.evaluate import run_eval, score_reports
from harmwatch.evaluate.data import Document, dataset_dir, load
from harmwatch.evaluate.entities import score_entities
from harmwatch.evaluate.matching import Aligner, same_person
from harmwatch.evaluate.roles import is_violent, score_roles


def test_same_person_needs_a_name_not_a_pronoun():
    assert same_person("Samira Okafor", "Okafor")
    assert same_person("the spokesman Diego Varela", "Diego Varela")
    assert not same_person("Samira Okafor", "she")
    assert not same_person("Samira Okafor", "Diego Varela")


def test_aligner_finds_a_quote_in_text_with_other_quote_marks():
    gold = "He said: “We will not leave,” and left."
    start, end = Aligner(gold).find('"We will not leave,"')
    assert gold[start:end] == "We will not leave,"


def test_missing_data_is_an_evaluation_error(tmp_path):
    with pytest.raises(EvaluationError, match="not found"):
        run_eval("polnear", data_dir=str(tmp_path / "absent"))
    with pytest.raises(EvaluationError, match="polnear_dev.jsonl"):
        run_eval("polnear", data_dir=str(tmp_path))
    with pytest.raises(EvaluationError, match="unknown dataset"):
        run_eval("imdb", data_dir=str(tmp_path))


def test_seed_folder_is_the_parent_of_an_eval_folder(tmp_path):
    (tmp_path / "eval").mkdir()
    (tmp_path / "gold").mkdir()
    assert dataset_dir("seed", tmp_path / "eval") == tmp_path
    assert dataset_dir("fakes", tmp_path / "eval") == tmp_path / "eval"


def test_polnear_keeps_the_alphabetically_first_annotator(tmp_path):
    folder = tmp_path / "polnear"
    folder.mkdir()
    rows = [
        {"doc_id": "a", "annotator": "zed", "text": "one", "attributions": []},
        {"doc_id": "b", "annotator": "amy", "text": "two", "attributions": []},
        {"doc_id": "a", "annotator": "bob", "text": "one", "attributions": [], "title": "T"},
    ]
    (folder / "polnear_dev.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    docs = load("polnear", tmp_path, "dev")
    assert [(d.id, d.gold["annotator"], d.title) for d in docs] == [("a", "bob", "T"), ("b", "amy", None)]


def test_polnear_quote_and_speaker_scores():
    text = 'Mayor Lena Brandt said: "The bridge stays shut." Critics disagreed, the paper said.'
    q = (text.index('"The'), text.index('shut."') + 6)
    src = (text.index("Lena"), text.index(" said"))
    gold = {
        "attributions": [
            {
                "content": {"text": text[q[0] : q[1]], "spans": [list(q)]},
                "source": {"text": "Lena Brandt", "spans": [list(src)]},
            },
            {
                "content": {"text": "Critics disagreed", "spans": [[49, 66]]},
                "source": {"text": "the paper", "spans": []},
            },
        ]
    }
    doc = Document("d1", text, gold)
    article = {"text": text}
    right = {"article": article, "quotes": [{"span": [q[0] + 1, q[1] - 1], "speaker": {"name": "Brandt"}}]}
    wrong = {
        "article": article,
        "quotes": [{"span": [q[0] + 1, q[1] - 1], "speaker": {"name": "he"}}, {"span": [49, 66]}],
    }
    m = score_reports("polnear", "dev", [doc], [right])
    assert (m["quote_recall"], m["speaker_acc"], m["attribution_f1"]) == (1.0, 1.0, 1.0)
    m = score_reports("polnear", "dev", [doc], [wrong])
    # the paraphrase match is ignored, not counted against precision; the pronoun speaker is wrong
    assert (m["pred_quotes"], m["pred_ignored"], m["quote_recall"], m["speaker_acc"]) == (1, 1, 1.0, 0.0)
    m = score_reports("polnear", "dev", [doc], [{"input_id": "d1", "error": {"code": "x", "message": "y"}}])
    assert (m["error_reports"], m["quote_recall"]) == (1, 0.0)


def test_violent_events_exclude_illness():
    assert is_violent("Conflict.Attack.DetonateExplode")
    assert is_violent("life.die.deathcausedbyviolentevents")
    assert not is_violent("life.die.nonviolentdeath")
    assert not is_violent("contact.discussion.meet")


def test_role_recall_matches_content_words():
    text = "Gunmen from the Northern Front shot two farmers near Maiduguri with rifles."
    event = {
        "event_type": "Conflict.Attack.Unspecified",
        "arguments": [
            {"role": "Attacker", "text": "the Northern Front", "char_span": [12, 30]},
            {"role": "Target", "text": "farmers", "char_span": [40, 47]},
            {"role": "Place", "text": "Maiduguri", "char_span": [53, 62]},
            {"role": "Instrument", "text": "rifles", "char_span": [68, 74]},
        ],
    }
    calm = Document(
        "c", "The council met.", {"events": [{"event_type": "Contact.Contact.Meet", "arguments": []}]}
    )
    report = {
        "incidents": [
            {
                "perpetrator": {"actor_id": "a1", "label_used": "gunmen"},
                "targets": [{"label": "farmers", "kind": "civilians"}],
                "weapons": [{"label": "guns", "class": "firearm"}],
            }
        ],
        "actors": [{"id": "a1", "name": "Northern Front"}],
        "places": [{"name": "Maiduguri", "as_written": "near Maiduguri"}],
    }
    m = score_roles([Document("d", text, {"events": [event]}), calm], [report, report])
    assert (m["attacker_recall"], m["target_recall"], m["place_recall"], m["instrument_recall"]) == (
        1.0,
        1.0,
        1.0,
        0.0,
    )
    assert (m["event_detection"], m["false_alarm"], m["role_recall"]) == (1.0, 1.0, 0.75)


def test_entity_scores_exact_and_overlap(nlp):
    text = "Commander Idris Bako met officials of the United Nations in Geneva on Monday."
    gold = {
        "entities": [
            {"type": "Person", "begin": 0, "end": 20, "confidence": 1},
            {"type": "Organisation", "begin": 38, "end": 56, "confidence": 0.9},
            {"type": "Location", "begin": 60, "end": 66, "confidence": 1},
            {"type": "Location", "begin": 10, "end": 20, "confidence": 0.2},
        ]
    }
    m = score_entities([Document("r", text, gold)], [nlp(text)])
    assert m["gold_entities"] == 3
    assert m["location_exact_f1"] == 1.0
    # 'Idris Bako' overlaps the gold 'Commander Idris Bako' but is not the same span
    assert m["person_overlap_f1"] == 1.0 and m["person_exact_f1"] == 0.0
    assert m["overlap_recall"] >= m["exact_recall"]


def test_fakes_date_diagnostics_bound_the_date_accuracy():
    gold = {"nb_civilians": 0, "nb_noncivilians": 0, "actor": "unknown", "cause_of_death": "unknown"}
    docs = [Document(f"d{i}", "text", {**gold, "date": "2016-07-10"}) for i in range(3)]
    dateline = {"id": "t1", "start": "2016-07-10", "anchor": "dateline"}
    weekday = {"id": "t2", "start": "2016-07-07", "anchor": "relative"}
    same_day = {"id": "t3", "start": "2016-07-10", "anchor": "relative"}
    reports = [
        {"times": [dateline, weekday], "incidents": [{"time_id": "t2"}]},  # event day kept: wrong for FA-KES
        {"times": [weekday, same_day], "incidents": [{"time_id": "t3"}]},
        {"times": [weekday]},
    ]
    m = score_reports("fakes", "train", docs, reports)
    assert m["date_acc"] == pytest.approx(1 / 3, abs=1e-3)
    assert m["diagnostics"] == {
        "date_is_dateline": pytest.approx(1 / 3, abs=1e-3),
        "date_is_incident_day_or_dateline": 0.6667,
        "date_in_report": 0.6667,
    }


def test_the_two_halves_split_a_set_by_position():
    from harmwatch.evaluate.data import half_of

    docs = [Document(str(n), f"text {n}", {}) for n in range(7)]
    a, b = half_of(docs, "a"), half_of(docs, "b")
    assert [d.id for d in a] == ["0", "2", "4", "6"]
    assert [d.id for d in b] == ["1", "3", "5"]
    with pytest.raises(EvaluationError):
        half_of(docs, "c")


def test_fakes_halves_interleave_to_the_split(shared):
    whole = load("fakes", shared / "eval", "train")
    a, b = load("fakes", shared / "eval", "train", "a"), load("fakes", shared / "eval", "train", "b")
    assert len(a) == len(b) == len(whole) // 2
    # interleaved, the halves give back the split in its order (an article can appear twice under one id)
    assert [d.id for pair in zip(a, b, strict=True) for d in pair] == [d.id for d in whole]
