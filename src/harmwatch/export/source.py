"""Incidents as the dashboard, the API and the exports see them (the aggregated-incident contract).

Until the aggregation stage's store API lands, each per-article incident stands alone as one incident
of the same shape (no clustering happens here); `grade` is then None.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from sqlalchemy import select

from harmwatch.store import Filters, Page, Result, Store, schema

BATCH = 200


def incident_key(article_id: str, rec_id: str) -> str:
    """A per-article incident's id: the article's hash and the record id, e.g. `3fa9…-i1`."""
    return f"{article_id.removeprefix('sha256:')}-{rec_id}"


def _by_id(records: list[dict[str, Any]] | None) -> dict[str, dict[str, Any]]:
    return {r["id"]: r for r in records or [] if isinstance(r, dict) and "id" in r}


def _figures(report: dict[str, Any], incident: dict[str, Any]) -> dict[str, Any]:
    claims = _by_id(report.get("claims"))
    figures: dict[str, Any] = {}
    for kind, tally in (incident.get("casualties") or {}).items():
        rows = []
        for claim_id in tally.get("claim_ids") or []:
            claim = claims.get(claim_id)
            if claim is None:
                continue
            count = claim.get("count") or {}
            rows.append(
                {
                    "claimant": (claim.get("claimant") or {}).get("name"),
                    "claimant_type": None,
                    "low": count.get("low"),
                    "high": count.get("high"),
                    "qualifier": count.get("qualifier"),
                    "article_ids": [report["article"]["id"]],
                    "history": [],
                }
            )
        ranges = {(r["low"], r["high"]) for r in rows}
        figures[kind] = {
            "conservative": tally.get("low"),
            "low": tally.get("low"),
            "high": tally.get("high"),
            "disputed": len(ranges) > 1,
            "by_claimant": rows,
        }
    return figures


def from_report(report: dict[str, Any], incident: dict[str, Any], main: bool) -> dict[str, Any]:
    """One per-article incident in the aggregated-incident shape."""
    article = report["article"]
    places, times, actors = (_by_id(report.get(k)) for k in ("places", "times", "actors"))
    place = places.get(incident.get("place_id") or "") or {}
    time = times.get(incident.get("time_id") or "") or {}
    perpetrator = incident.get("perpetrator") or None
    perpetrators = []
    if perpetrator:
        actor = actors.get(perpetrator.get("actor_id") or "") or {}
        claimant = actors.get(perpetrator.get("alleged_by") or "") or {}
        perpetrators.append(
            {
                "actor": actor.get("name") or perpetrator.get("label_used"),
                "certainty": perpetrator.get("certainty"),
                "claimant": claimant.get("name"),
            }
        )
    return {
        "id": incident_key(article["id"], incident["id"]),
        "event_type": incident.get("event_type"),
        "sub_event_type": incident.get("sub_event_type"),
        "date": time.get("start") or (article.get("published") or "")[:10] or None,
        "date_precision": time.get("precision") or ("day" if article.get("published") else "unknown"),
        "place": {
            k: place.get(k)
            for k in ("name", "geonames_id", "country_code", "admin1", "lat", "lon", "precision")
        },
        "perpetrators": perpetrators,
        "figures": _figures(report, incident),
        "grade": None,
        "grade_reasons": [],
        "articles": [
            {
                "id": article["id"],
                "source_id": incident["id"],
                "outlet": article.get("outlet"),
                "title": article.get("title"),
                "published": article.get("published"),
                "main": main,
            }
        ],
    }


def _report(store: Store, article_id: str) -> dict[str, Any] | None:
    with store.connect() as conn:
        report = conn.execute(
            select(schema.articles.c.report).where(schema.articles.c.id == article_id)
        ).scalar_one_or_none()
    return report if isinstance(report, dict) else None


def _incidents_of(store: Store, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for row in rows:
        report = _report(store, row["article_id"])
        if report is None:
            continue
        incident = _by_id(report.get("incidents")).get(row["rec_id"])
        if incident is not None:
            out.append(from_report(report, incident, main=row["seq"] == 0))
    return out


def incident_page(store: Store, filters: Filters, page: Page) -> Result:
    """One page of incidents matching the filters, newest first."""
    result = store.query("incidents", filters, page)
    return replace(result, items=_incidents_of(store, result.items))


def iter_incidents(store: Store, filters: Filters) -> Iterator[dict[str, Any]]:
    """Every incident matching the filters, read a batch at a time."""
    offset = 0
    while True:
        result = store.query("incidents", filters, Page(BATCH, offset))
        yield from _incidents_of(store, result.items)
        if result.next_offset is None:
            return
        offset = result.next_offset


def get_incident(store: Store, incident_id: str) -> dict[str, Any] | None:
    """One incident by id, or None."""
    head, _, rec_id = incident_id.rpartition("-")
    if not head or not rec_id:
        return None
    i = schema.incidents
    article_id = f"sha256:{head}"
    with store.connect() as conn:
        seq = conn.execute(
            select(i.c.seq).where(i.c.article_id == article_id, i.c.rec_id == rec_id)
        ).scalar_one_or_none()
    if seq is None:
        return None
    found = _incidents_of(store, [{"article_id": article_id, "rec_id": rec_id, "seq": seq}])
    return found[0] if found else None


def iter_reports(store: Store, incidents: Iterator[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """The stored report of every article feeding the incidents, each once, in incident order.
    Only the article ids already written are remembered."""
    seen: set[str] = set()
    for incident in incidents:
        for article in incident.get("articles") or []:
            if article["id"] in seen:
                continue
            seen.add(article["id"])
            report = _report(store, article["id"])
            if report is not None:
                yield report
