"""Our `harmwatch eval` metrics equal the shared scorer's on the same documents and the same reports.

For each set, a fixed sample is written as a small dataset folder in the scorer's format; the reports (our
pipeline's, and synthetic ones built from the gold with deliberate errors, which reach the branches a
placeholder extractor would not) are written as JSON Lines and scored by score.py in a subprocess.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from harmwatch.evaluate import extract_reports, score_reports
from harmwatch.evaluate.data import FOLDERS, Document, load
from harmwatch.evaluate.events import muc_gold
from harmwatch.evaluate.maps import CASE2021

pytestmark = pytest.mark.slow

# dataset -> (split, sample size, raw files of the split, id field of a raw line)
SAMPLES = {
    "polnear": ("dev", 12, ["polnear_dev.jsonl"], "doc_id"),
    "fakes": ("train", 40, ["fakes_train.jsonl"], "unit_id"),
    "muc4": ("dev", 30, ["muc4_tst1.jsonl", "muc4_tst2.jsonl"], "doc_id"),
    "case2021": ("dev", 60, ["case2021_task2_dev.jsonl"], "id"),
}
SYRIAN_GOVERNORATE_CODES = {"aleppo": "SY.09", "idlib": "SY.12", "homs": "SY.11"}


def write_subset(source: Path, target: Path, dataset: str) -> list[Document]:
    """The first documents of a split, written as the raw lines of their dataset folder."""
    split, size, files, key = SAMPLES[dataset]
    docs = load(dataset, source, split)[:size]
    ids = {d.id for d in docs}
    folder = target / FOLDERS[dataset]
    folder.mkdir(parents=True)
    for name in files:
        lines = (source / FOLDERS[dataset] / name).read_text(encoding="utf-8").splitlines()
        kept = [line for line in lines if line.strip() and str(json.loads(line)[key]) in ids]
        (folder / name).write_text("".join(line + "\n" for line in kept), encoding="utf-8")
    assert [d.id for d in load(dataset, target, split)] == [d.id for d in docs]
    return docs


def run_scorer(
    shared: Path, dataset: str, data_dir: Path, split: str, reports: list[dict[str, Any]], tmp: Path
):
    pred = tmp / f"{dataset}-pred.jsonl"
    pred.write_text("".join(json.dumps(r) + "\n" for r in reports), encoding="utf-8")
    scorer = shared / "eval" / "scorer" / "score.py"
    args = [dataset, "--data", str(data_dir), "--split", split, "--pred", str(pred)]
    done = subprocess.run([sys.executable, str(scorer), *args], capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def synthetic_polnear(i: int, doc: Document) -> dict[str, Any]:
    """Gold quotes with a wrong speaker on every third, a pronoun on others, plus spurious quotes."""
    text = doc.text.replace("“", '"') if i % 2 else doc.text  # odd documents exercise the aligner
    quotes = []
    for j, a in enumerate(doc.gold["attributions"]):
        content, source = a.get("content") or {}, a.get("source") or {}
        spans = content.get("spans") or []
        if not spans:
            continue
        start, end = min(s for s, _ in spans), max(e for _, e in spans)
        name = source.get("text") or "Nobody"
        if j % 3 == 1:
            name = "Someone Else"
        elif j % 5 == 2:
            name = "she"
        speaker_span = (source.get("spans") or [None])[0] if j % 4 == 0 else None
        quotes.append(
            {
                "text": doc.text[start:end],
                "span": [start, end],
                "speaker": {"name": name, "span": speaker_span},
            }
        )
    quotes.append({"text": doc.text[10:60], "span": [10, 60], "speaker": {"name": "Headline Writer"}})
    return {"input_id": doc.id, "article": {"text": text}, "quotes": quotes}


def synthetic_fakes(i: int, doc: Document) -> dict[str, Any]:
    """The gold incident, with a count off by one, a wrong actor or a missing place on some documents."""
    g = doc.gold
    killed = int(g["nb_civilians"]) + int(g["nb_noncivilians"]) + (i % 3 == 1)
    actor = "government forces" if i % 4 == 1 else g["actor"]
    place = SYRIAN_GOVERNORATE_CODES.get(g["location"], g["location"]) if i % 5 else "Nowhere"
    weapon = {"shooting": "firearm", "shelling": "shelling", "explosion": "ied"}.get(g["cause_of_death"])
    incident = {
        "id": "i0",
        "sub_event_type": "Attack" if i % 6 == 0 else "Air/drone strike",
        "perpetrator": {"actor_id": "a0", "label_used": actor},
        "weapons": [{"label": "gunfire", "class": weapon}] if weapon and i % 2 else [],
        "place_id": "p0",
        "time_id": "t0",
        "casualties": {"killed": {"low": killed, "high": killed + 5}},
    }
    return {
        "input_id": doc.id,
        "incidents": [incident] if i % 7 else [],
        "actors": [{"id": "a0", "name": actor, "side": "opposition", "country": "SY"}],
        "places": [{"id": "p0", "name": place, "country_code": "SY"}],
        "times": [{"id": "t0", "start": g.get("date") if i % 3 else "2001-01-01"}],
    }


def synthetic_muc4(i: int, doc: Document) -> dict[str, Any]:
    """Incidents on every other document, gold casualty numbers as claims, gold organisations as perpetrators."""
    types, orgs, items = muc_gold(doc.gold)
    sub = "Remote explosive/landmine/IED" if "BOMBING" in types else ("Attack" if i % 3 else "Arrests")
    claims = [
        {"kind": "killed" if kind == "DEATH" else "injured", "count": {"low": min(nums) + (i % 4 == 3)}}
        for kind, nums in items
    ]
    label = sorted(orgs)[0] if orgs and i % 2 else "unknown men"
    incidents = [{"id": "i0", "sub_event_type": sub, "perpetrator": {"actor_id": None, "label_used": label}}]
    return {"input_id": doc.id, "claims": claims, "incidents": incidents if i % 5 != 4 else []}


def synthetic_case2021(i: int, doc: Document) -> dict[str, Any]:
    """The gold sub-type on most snippets, a wrong one or none on others, incidents on non-conflict ones."""
    code = doc.gold["sub_type"]
    sub = CASE2021.get(code, "Attack")
    if i % 4 == 1:
        sub = "Armed clash" if sub != "Armed clash" else "Arrests"
    incidents = [{"id": "i1", "sub_event_type": sub}] if i % 5 != 3 else []
    return {"input_id": doc.id, "incidents": incidents}


SYNTHETIC = {
    "polnear": synthetic_polnear,
    "fakes": synthetic_fakes,
    "muc4": synthetic_muc4,
    "case2021": synthetic_case2021,
}


def comparable(metrics: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in metrics.items() if k not in ("timing", "diagnostics")}


@pytest.mark.parametrize("dataset", sorted(SAMPLES))
def test_metrics_equal_the_scorers(dataset, shared, nlp, tmp_path):
    split = SAMPLES[dataset][0]
    docs = write_subset(shared / "eval", tmp_path / "data", dataset)
    for name, reports in (
        ("pipeline", extract_reports(docs, nlp)),
        ("synthetic", [SYNTHETIC[dataset](i, d) for i, d in enumerate(docs)]),
    ):
        ours = score_reports(dataset, split, docs, reports)
        theirs = run_scorer(shared, dataset, tmp_path / "data", split, reports, tmp_path)
        assert comparable(ours) == theirs, name
    # the synthetic reports are neither empty nor perfect, so the comparison reached real matching code
    rates = [v for k, v in ours.items() if isinstance(v, float) and k.endswith(("_acc", "_recall", "_found"))]
    assert any(0 < v < 1 for v in rates)


def test_seed_metrics_equal_the_scorers(shared, nlp, tmp_path):
    docs = load("seed", shared)
    gold = docs[0].gold
    synthetic = {
        "input_id": docs[0].id,
        "quotes": [
            {"text": q["starts_with"] + " and more", "speaker": {"name": q.get("speaker") or "a spokesman"}}
            for q in gold["quotes"][::2]
        ],
        "claims": [
            {"kind": c["kind"], "count": {"low": c.get("low")}, "claimant": {"name": c.get("claimant") or ""}}
            for c in gold["casualty_claims"][1:]
        ],
        "incidents": [{"sub_event_type": i["sub_type"]} for i in gold["incidents"][:1]],
        "times": [{"start": str(x["value"])[:10]} for x in gold["dates"] if not isinstance(x["value"], list)],
    }
    for reports in (extract_reports(docs, nlp), [synthetic]):
        ours = score_reports("seed", "dev", docs, reports)
        assert ours == run_scorer(shared, "seed", shared, "dev", reports, tmp_path)
    assert 0 < ours["quotes_found"] < ours["quotes"]


def test_in_process_reports_equal_the_cli_reports(shared, nlp, tmp_path):
    """`harmwatch eval` reads each document as `harmwatch extract` reads the scorer's input line for it."""
    from harmwatch.cli import iter_reports
    from harmwatch.config import Settings

    docs = load("fakes", shared / "eval", "train")[:5] + load("polnear", shared / "eval", "dev")[:2]
    lines = [
        {
            "id": d.id,
            "text": d.text,
            **{k: v for k, v in (("title", d.title), ("published", d.published)) if v},
        }
        for d in docs
    ]
    inputs = tmp_path / "in.jsonl"
    inputs.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    assert extract_reports(docs, nlp) == list(iter_reports([str(inputs)], Settings()))
