"""Quote and speaker metrics for PolNeAR attributions and the hand-annotated seed article(s), as the scorer defines them.

polnear: gold = attributions whose content contains a double quotation mark and whose source is named (not a
pronoun); predicted = every report.quotes item. A gold and a predicted quote match when their character ranges
share >= 50% of the shorter one; matching is many-to-many, and each side takes the speaker of its
best-overlapping partner. speaker_acc is over matched gold quotes; attribution P/R/F1 count a quote as right
only when it is matched and its speaker is right: the name matches (same_person), or the speaker's span covers
most of the gold speaker mention. Gold items left out (paraphrases, pronoun or missing sources) are neither
credit nor error: a prediction that matches only such an item is dropped from precision (pred_ignored).
seed: gold quotes found by their first words, speakers and claimants by name (or keywords for anonymous
sources), numeric claims by kind and low count, incident sub types one-to-one, dates by prefix.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from harmwatch.evaluate.data import Document
from harmwatch.evaluate.matching import (
    Aligner,
    Offsets,
    Report,
    f1,
    fold,
    is_pronoun,
    overlap_ok,
    ratio,
    same_person,
    span_of,
    squash,
)

DQ = re.compile(r'["“”]')
Item = tuple[Offsets, str, Offsets]
"""A quote: its gold-text offsets, its speaker's name, the gold-text offsets of the speaker mention."""


def speaker_name(quote: dict[str, Any] | None) -> str:
    return ((quote or {}).get("speaker") or {}).get("name") or ""


def predicted_quotes(report: Report, gold_text: str, aligner: Aligner) -> list[Item]:
    """The report's quotes in gold-text offsets; what cannot be aligned gets an empty set."""
    text = (report.get("article") or {}).get("text") or ""
    out = []
    for q in report.get("quotes") or []:
        rng = span_of(q, text, gold_text, aligner)
        mention = (q.get("speaker") or {}).get("span")
        srng = span_of({"span": mention}, text, gold_text, aligner) if mention else None
        out.append(
            (set(range(*rng)) if rng else set(), speaker_name(q), set(range(*srng)) if srng else set())
        )
    return out


def right_speaker(gold_name: str, gold_mention: Offsets, pred_name: str, pred_mention: Offsets) -> bool:
    """The gold speaker's name, or the same mention ("the Republican nominee" resolved to a name)."""
    if same_person(gold_name, pred_name):
        return True
    # the predicted mention must cover most of the gold one: "spokesman" is not "campaign spokesman Jason Miller"
    return (
        bool(pred_name)
        and not is_pronoun(pred_name)
        and bool(gold_mention)
        and len(gold_mention & pred_mention) >= 0.5 * len(gold_mention)
    )


def score_pairs(pairs: Sequence[tuple[list[Item], list[Item], list[Offsets]]]) -> dict[str, Any]:
    """Quote and attribution P/R over documents of (gold items, predicted items, ignored gold offsets)."""
    n_gold = n_pred = g_found = p_found = g_right = p_right = unaligned = ignored = 0
    for gold, all_pred, skip in pairs:
        pred = [
            x
            for x in all_pred
            if any(overlap_ok(g[0], x[0]) for g in gold) or not any(overlap_ok(s, x[0]) for s in skip)
        ]
        ignored += len(all_pred) - len(pred)
        n_gold += len(gold)
        n_pred += len(pred)
        unaligned += sum(1 for x in pred if not x[0])
        # each side takes the speaker of its best-overlapping partner (ties: the one whose speaker agrees)
        for g, g_spk, g_m in gold:
            hits = [(len(g & p), right_speaker(g_spk, g_m, spk, m)) for p, spk, m in pred if overlap_ok(g, p)]
            if hits:
                g_found += 1
                g_right += max(hits)[1]
        for p, p_spk, p_m in pred:
            hits = [(len(g & p), right_speaker(spk, m, p_spk, p_m)) for g, spk, m in gold if overlap_ok(g, p)]
            if hits:
                p_found += 1
                p_right += max(hits)[1]
    prec, rec = ratio(p_right, n_pred), ratio(g_right, n_gold)
    return {
        "gold_quotes": n_gold,
        "pred_quotes": n_pred,
        "pred_unaligned": unaligned,
        "pred_ignored": ignored,
        "quote_recall": ratio(g_found, n_gold),
        "quote_precision": ratio(p_found, n_pred),
        "speaker_acc": ratio(g_right, g_found),
        "attribution_precision": prec,
        "attribution_recall": rec,
        "attribution_f1": f1(prec, rec),
    }


def _offsets(spans: list[list[int]] | None) -> Offsets:
    return {i for s, e in spans or [] for i in range(s, e)}


def score_polnear(docs: Sequence[Document], reports: Sequence[Report]) -> dict[str, Any]:
    """Direct quotes with named sources against the report's quotes and speakers."""
    pairs = []
    excluded = {"pronoun_source": 0, "no_source": 0}
    for d, r in zip(docs, reports, strict=True):
        gold: list[Item] = []
        skip: list[Offsets] = []
        for a in d.gold["attributions"]:
            content, source = a.get("content") or {}, a.get("source")
            chars = _offsets(content.get("spans"))
            if not DQ.search(content.get("text") or ""):
                skip.append(chars)  # a paraphrase: no error to find it as a quote, but no credit either
            elif not source:
                excluded["no_source"] += 1
                skip.append(chars)
            elif is_pronoun(source["text"]):
                excluded["pronoun_source"] += 1
                skip.append(chars)
            else:
                gold.append((chars, source["text"], _offsets(source.get("spans"))))
        pairs.append((gold, predicted_quotes(r, d.text, Aligner(d.text)), skip))
    out = score_pairs(pairs)
    out.update({"excluded_" + k: v for k, v in excluded.items()})
    return out


def _key(s: str) -> str:
    return " ".join(re.findall(r"[a-z0-9']+", fold(s)))


def _bare(name: str) -> str:
    """'the Syrian military' == 'Syrian military'."""
    return squash(re.sub(r"^\s*the\s+", "", fold(name)))


def _names_ok(gold_names: list[str], keywords: list[str], pred_name: str, pred_role: str = "") -> bool:
    """A predicted speaker or claimant is one of the gold names, or (anonymous source) has a keyword."""
    if gold_names:
        return _bare(pred_name) != "" and any(_bare(pred_name) == _bare(g) for g in gold_names)
    return any(k in fold(f"{pred_name} {pred_role}") for k in keywords)


def _date_ok(x: dict[str, Any], times: list[tuple[str, str, Any]], published: str) -> bool:
    v = x["value"]
    if isinstance(v, list):
        return any(s.startswith(v[0]) and e.startswith(v[1]) for s, e, _ in times)
    if x.get("role") == "dateline":  # a Time anchored on the dateline, or the published time
        return any(a == "dateline" and s.startswith(v[:10]) for s, _, a in times) or published.startswith(v)
    return any(s.startswith(v) and (not e or e.startswith(v)) for s, e, _ in times)  # a day (or month)


def score_seed(docs: Sequence[Document], reports: Sequence[Report]) -> dict[str, Any]:
    """Quotes and speakers, numeric claims and claimants, incident sub types and dates of annotated articles."""
    t = dict.fromkeys(
        ["quotes", "quotes_found", "speakers", "speaker_ok", "claims", "claims_found", "claims_with_claimant"]
        + ["incidents", "incident_subtypes", "dates", "dates_ok"],
        0,
    )
    for d, r in zip(docs, reports, strict=True):
        g = d.gold
        preds = [
            (_key(q.get("text") or ""), speaker_name(q), (q.get("speaker") or {}).get("role") or "")
            for q in r.get("quotes") or []
        ]
        for q in g.get("quotes", []):
            t["quotes"] += 1
            start = _key(q["starts_with"])
            # a predicted quote that starts with the gold words, else one that contains them (merged quotes)
            hit = next((p for p in preds if p[0].startswith(start)), None) or next(
                (p for p in preds if start in p[0]), None
            )
            t["quotes_found"] += hit is not None
            names = [q["speaker"], *q.get("speaker_alternatives", [])] if q.get("speaker") else []
            if names or q.get("speaker_keywords"):
                t["speakers"] += 1
                t["speaker_ok"] += hit is not None and _names_ok(
                    names, q.get("speaker_keywords", []), hit[1], hit[2]
                )
        claims = [
            (
                c.get("kind"),
                (c.get("count") or {}).get("low"),
                (c.get("count") or {}).get("qualifier"),
                ((c.get("claimant") or {}).get("name") or "", (c.get("claimant") or {}).get("role") or ""),
            )
            for c in r.get("claims") or []
        ]
        for c in g.get("casualty_claims", []):
            if c.get("low") is None or c.get("qualifier") == "vague":
                continue  # 'scores', 'hundreds': no agreed number to compare
            t["claims"] += 1
            # 'more than 400,000' is low 400001 in the gold; low 400000 with qualifier more_than says the same
            same = [
                w
                for k, lo, qual, w in claims
                if k == c["kind"] and (lo == c["low"] or (qual == "more_than" and lo == c["low"] - 1))
            ]
            t["claims_found"] += bool(same)
            names = [c["claimant"], *c.get("claimant_alternatives", [])] if c.get("claimant") else []
            keywords = c.get("claimant_keywords", [])
            if names or keywords:
                ok = any(_names_ok(names, keywords, n, role) for n, role in same)
            else:  # the outlet's own voice, or unnamed reports
                ok = any(squash(n) in ("", "reports") for n, _ in same)
            t["claims_with_claimant"] += ok
        subtypes = [i.get("sub_event_type") for i in r.get("incidents") or []]
        for i in g.get("incidents", []):
            t["incidents"] += 1
            accepted = [i["sub_type"], *i.get("sub_type_alternatives", [])]
            found = next((s for s in subtypes if s in accepted), None)
            if found is not None:  # one predicted incident per gold incident
                subtypes.remove(found)
                t["incident_subtypes"] += 1
        times = [
            (str(x.get("start") or ""), str(x.get("end") or ""), x.get("anchor"))
            for x in r.get("times") or []
        ]
        published = str((r.get("article") or {}).get("published") or "")
        for x in g.get("dates", []):
            t["dates"] += 1
            t["dates_ok"] += _date_ok(x, times, published)
    out: dict[str, Any] = dict(t)
    out["quote_speaker_acc"] = ratio(out.pop("speaker_ok"), out.pop("speakers"))
    return out
