"""Incident metrics for FA-KES (Syrian-war articles) and MUC-4 (Latin-American terrorism), as the scorer defines them.

Both read the FIRST incident of a report (SCHEMA.md: the article's main incident comes first), except MUC-4's
relevance and casualty numbers, which look at the whole report. Label maps are in maps.py.
- fakes: killed_exact / killed_within_10pct: casualties.killed.low == nb_civilians + nb_noncivilians (articles
  where that sum > 0); perp_acc: perpetrator actor -> FA-KES category (gold actor != unknown); cause_acc: weapon
  class or sub type -> cause (gold cause != unknown); location_acc: place name, admin1 or as_written ->
  governorate; date_acc: the incident's time start (day) == gold date.
- muc4: relevant_*: a document is predicted relevant if it has any incident (_mappable: any incident whose sub
  type maps to a MUC type); type_acc (relevant documents): the first incident's MUC types meet any template's;
  deaths_found / injuries_found: gold (victim, number) items found among the report's killed / injured numbers
  (claims and incident casualties, low or high); perp_org_acc: a perpetrator name or label equals, contains or
  is contained in a gold organisation string (word level).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from harmwatch.evaluate import maps
from harmwatch.evaluate.data import Document
from harmwatch.evaluate.matching import Report, by_id, f1, first_incident, killed_low, ratio, words


def _place(report: Report, incident: dict[str, Any]) -> dict[str, Any]:
    return by_id(report, "places").get(incident.get("place_id")) or {}


def _time(report: Report, incident: dict[str, Any]) -> dict[str, Any]:
    return by_id(report, "times").get(incident.get("time_id")) or {}


def perpetrator_strings(report: Report, incident: dict[str, Any]) -> tuple[list[str], str | None, str | None]:
    """Names and labels of the incident's perpetrator, with its actor's side and country."""
    p = incident.get("perpetrator") or {}
    actor = by_id(report, "actors").get(p.get("actor_id")) or {}
    strings = [p.get("label_used"), actor.get("name"), *(actor.get("labels_used") or [])]
    return [s for s in strings if s], actor.get("side"), actor.get("country")


def score_fakes(docs: Sequence[Document], reports: Sequence[Report]) -> dict[str, Any]:
    """Killed count, perpetrator category, cause, governorate and date of each article's main incident."""
    n = dict.fromkeys(
        [
            "killed",
            "exact",
            "10pct",
            "perp",
            "perp_ok",
            "cause",
            "cause_ok",
            "loc",
            "loc_ok",
            "date",
            "date_ok",
        ],
        0,
    )
    for d, r in zip(docs, reports, strict=True):
        g, inc = d.gold, first_incident(r)
        gold_killed = int(g["nb_civilians"]) + int(g["nb_noncivilians"])
        if gold_killed > 0:  # '0' means 'not stated' as well as 'none'
            pred = killed_low(inc)
            n["killed"] += 1
            n["exact"] += pred == gold_killed
            n["10pct"] += pred is not None and abs(pred - gold_killed) <= 0.1 * gold_killed
        if g["actor"] != "unknown":
            n["perp"] += 1
            n["perp_ok"] += maps.fakes_actor(*perpetrator_strings(r, inc)) == g["actor"]
        if g["cause_of_death"] != "unknown":
            n["cause"] += 1
            n["cause_ok"] += bool(inc) and maps.fakes_cause(inc) == g["cause_of_death"]
        if g.get("location"):
            place = _place(r, inc)
            n["loc"] += 1
            n["loc_ok"] += any(
                maps.governorate(place.get(k), place.get("country_code")) == g["location"]
                for k in ("name", "admin1", "as_written")
            )
        if g.get("date"):
            n["date"] += 1
            n["date_ok"] += str(_time(r, inc).get("start") or "")[:10] == g["date"]
    return {
        "articles": len(docs),
        "killed_gold": n["killed"],
        "killed_exact": ratio(n["exact"], n["killed"]),
        "killed_within_10pct": ratio(n["10pct"], n["killed"]),
        "perp_gold": n["perp"],
        "perp_acc": ratio(n["perp_ok"], n["perp"]),
        "cause_gold": n["cause"],
        "cause_acc": ratio(n["cause_ok"], n["cause"]),
        "location_acc": ratio(n["loc_ok"], n["loc"]),
        "date_acc": ratio(n["date_ok"], n["date"]),
    }


def fakes_date_ceiling(docs: Sequence[Document], reports: Sequence[Report]) -> dict[str, Any]:
    """Not the scorer's: how often the gold date is the dateline's day, either that or the incident's, or any
    day the report reads at all.

    FA-KES dates most articles by their publication day even when the text names the event's own day, so
    `date_acc` is bounded by `in_report` and mostly follows `is_dateline`; EVALUATION.md discusses it.
    """
    n = dict.fromkeys(["date", "dateline", "either", "any"], 0)
    for d, r in zip(docs, reports, strict=True):
        gold = d.gold.get("date")
        if not gold:
            continue
        days = [(str(t.get("start") or "")[:10], t.get("anchor")) for t in r.get("times") or []]
        incident_day = str(_time(r, first_incident(r)).get("start") or "")[:10]
        n["date"] += 1
        n["dateline"] += (gold, "dateline") in days
        n["either"] += (gold, "dateline") in days or incident_day == gold
        n["any"] += any(day == gold for day, _anchor in days)
    return {
        "date_is_dateline": ratio(n["dateline"], n["date"]),
        "date_is_incident_day_or_dateline": ratio(n["either"], n["date"]),
        "date_in_report": ratio(n["any"], n["date"]),
    }


def _slot(line: str) -> tuple[list[str], list[str]]:
    """'? 12 / - 15: "RESIDENTS" / "CIVILIANS"' -> (['12', '- 15'], ['RESIDENTS', 'CIVILIANS'])."""
    head, _, tail = line.partition(":") if not line.lstrip("? ").startswith('"') else ("", "", line)
    labels = [x.strip(" ?") for x in head.split("/") if x.strip(" ?")]
    return labels, re.findall(r'"([^"]*)"', tail)


def muc_gold(gold: dict[str, Any]) -> tuple[set[str], set[str], list[tuple[str, set[int]]]]:
    """Incident types, perpetrator organisations and (DEATH|INJURY, numbers) items of a MUC document."""
    types: set[str] = set()
    orgs: set[str] = set()
    items: dict[tuple[str, str, frozenset[int]], set[int]] = {}
    for t in gold["templates"]:
        for line in t.get("incident_type") or []:
            types.update(x.strip(" ?") for x in line.split("/"))
        for line in t.get("perp_organization_id") or []:
            orgs.update(_slot(line)[1])
        numbers: dict[str, set[int]] = {}
        for line in t.get("hum_tgt_number") or []:
            labels, strings = _slot(line)
            nums = {int(x) for lab in labels for x in re.findall(r"\d+", lab)}
            for s in strings:
                numbers.setdefault(s, nums)
        for line in t.get("hum_tgt_effect_of_incident") or []:
            labels, strings = _slot(line)
            found = next((numbers[s] for s in strings if numbers.get(s)), None)
            for kind in ("DEATH", "INJURY"):
                if kind in labels and found:
                    items[(kind, strings[0] if strings else "", frozenset(found))] = found
    return types - {"-", "*", ""}, orgs - {"-", ""}, [(k[0], v) for k, v in items.items()]


def _numbers(report: Report, kind: str) -> set[int]:
    """Every low or high count of `kind` (killed|injured), in claims and incident casualties."""
    nums: set[int] = set()
    for c in report.get("claims") or []:
        if c.get("kind") == kind:
            count = c.get("count") or {}
            nums.update(v for v in (count.get("low"), count.get("high")) if v is not None)
    for i in report.get("incidents") or []:
        cas = (i.get("casualties") or {}).get(kind) or {}
        nums.update(v for v in (cas.get("low"), cas.get("high")) if v is not None)
    return nums


def _org_match(gold: str, pred: str) -> bool:
    g = " ".join(w for w in words(gold) if w != "the")
    p = " ".join(w for w in words(pred) if w != "the")
    return bool(g and p) and (f" {g} " in f" {p} " or f" {p} " in f" {g} ")


def score_muc4(docs: Sequence[Document], reports: Sequence[Report]) -> dict[str, Any]:
    """Relevance, incident type, deaths/injuries and perpetrator organisation against MUC-4 templates."""
    n = dict.fromkeys(
        ["rel_gold", "rel_pred", "rel_tp", "relm_pred", "relm_tp", "type_ok", "perp", "perp_ok"]
        + ["deaths", "deaths_ok", "injuries", "injuries_ok"],
        0,
    )
    for d, r in zip(docs, reports, strict=True):
        types, orgs, items = muc_gold(d.gold)
        incidents = r.get("incidents") or []
        mappable = any(maps.MUC_TYPES.get(i.get("sub_event_type") or "") for i in incidents)
        relevant = bool(d.gold["relevant"])
        n["rel_gold"] += relevant
        n["rel_pred"] += bool(incidents)
        n["rel_tp"] += relevant and bool(incidents)
        n["relm_pred"] += mappable
        n["relm_tp"] += relevant and mappable
        if relevant:
            n["type_ok"] += bool(
                maps.MUC_TYPES.get(first_incident(r).get("sub_event_type") or "", set()) & types
            )
        if orgs:
            strings = perpetrator_strings(r, first_incident(r))[0]
            n["perp"] += 1
            n["perp_ok"] += any(_org_match(g, p) for g in orgs for p in strings)
        killed, injured = _numbers(r, "killed"), _numbers(r, "injured")
        for kind, nums in items:
            key = "deaths" if kind == "DEATH" else "injuries"
            n[key] += 1
            n[key + "_ok"] += bool(nums & (killed if kind == "DEATH" else injured))
    p, rc = ratio(n["rel_tp"], n["rel_pred"]), ratio(n["rel_tp"], n["rel_gold"])
    pm, rm = ratio(n["relm_tp"], n["relm_pred"]), ratio(n["relm_tp"], n["rel_gold"])
    return {
        "docs": len(docs),
        "relevant_gold": n["rel_gold"],
        "relevant_precision": p,
        "relevant_recall": rc,
        "relevant_f1": f1(p, rc),
        "relevant_mappable_precision": pm,
        "relevant_mappable_recall": rm,
        "relevant_mappable_f1": f1(pm, rm),
        "type_acc": ratio(n["type_ok"], n["rel_gold"]),
        "deaths_gold": n["deaths"],
        "deaths_found": ratio(n["deaths_ok"], n["deaths"]),
        "injuries_gold": n["injuries"],
        "injuries_found": ratio(n["injuries_ok"], n["injuries"]),
        "perp_org_gold": n["perp"],
        "perp_org_acc": ratio(n["perp_ok"], n["perp"]),
    }
