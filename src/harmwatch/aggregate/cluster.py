"""Reports into incidents: candidate pairs by blocking, components of strong pairs, average linkage inside each.

Two reports are linked when their score reaches THRESHOLD. Average linkage only ever joins clusters that have
such a pair between them, so it never crosses a component of links: each component can be clustered on its own,
and a new report only re-clusters the components it links to. Within a component everything is ordered by the
reports' own keys (publication, article id, position), so the outcome does not depend on the order in which
reports arrived, and incremental attachment reaches the same incidents as a rebuild from scratch.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TypeVar

from harmwatch.aggregate.features import IncidentReport
from harmwatch.aggregate.score import ARRIVAL_SPAN, NAMED_GAP, THRESHOLD, score

Pair = tuple[int, int]
K = TypeVar("K", int, str)
MISSING = 0.2
"""What a pair of reports the block ruled out counts in a mean between clusters."""


@dataclass(frozen=True, slots=True)
class Component:
    """Reports linked by strong pairs, and the incidents (clusters) they form."""

    key: str
    clusters: tuple[tuple[IncidentReport, ...], ...]


def report_ref(item: IncidentReport) -> str:
    """A report's stable name: its article's hash and its incident's id."""
    return f"{item.article_id.removeprefix('sha256:')[:16]}-{item.rec_id}"


def incident_id(cluster: Iterable[IncidentReport]) -> str:
    """The incident's id: that of its earliest report, so it does not depend on ingestion order."""
    return "inc-" + report_ref(min(cluster, key=lambda r: r.key))


def candidate_pairs(items: Sequence[IncidentReport]) -> dict[Pair, float]:
    """Scores of the pairs that pass the block, by a sweep over (country, first day): never all pairs."""
    order = sorted(
        (i for i, r in enumerate(items) if r.day_start and r.day_end),
        key=lambda i: (items[i].country_code or "", items[i].day_start or "", items[i].key),
    )
    scores: dict[Pair, float] = {}
    for pos, i in enumerate(order):
        a = items[i]
        end = date.fromisoformat(a.day_end or "")
        for j in order[pos + 1 :]:
            b = items[j]
            if (
                b.country_code != a.country_code
                or (date.fromisoformat(b.day_start or "") - end).days > NAMED_GAP
            ):
                break
            s = score(a, b)
            if s > 0:
                scores[(min(i, j), max(i, j))] = s
    # An undated report that names a weekday is compared with the day-dated reports of its country and with
    # the other undated reports of its country that name a weekday, whose articles came in near its own.
    undated = [i for i, a in enumerate(items) if a.weekdays and not (a.day_start and a.day_end)]
    pool = arrival_pool(items, [i for i in order if items[i].date_precision == "day"] + undated)
    undated_set = set(undated)
    for i in undated:
        for j in arrived_near_in(pool, items[i]):
            if j != i and not (j in undated_set and j < i):  # two undated reports are scored once
                s = score(items[i], items[j])
                if s > 0:
                    scores[(min(i, j), max(i, j))] = s
    return scores


ArrivalPool = dict[str, tuple[list[tuple[str, int]], list[int]]]
"""Country -> ((arrival day, index) sorted, indices whose arrival is unknown)."""


def arrival_pool(items: Sequence[IncidentReport], indices: Iterable[int]) -> ArrivalPool:
    """The reports at `indices` by country and by the day their article came in."""
    pool: ArrivalPool = {}
    for i in indices:
        known, unknown = pool.setdefault(items[i].country_code or "", ([], []))
        day = items[i].arrived
        if day is None:
            unknown.append(i)
        else:
            known.append((day, i))
    for known, _ in pool.values():
        known.sort()
    return pool


def arrived_near_in(pool: ArrivalPool, item: IncidentReport) -> list[int]:
    """Indices of the pool's reports of the item's country whose articles may have come in within ARRIVAL_SPAN
    days of its own (`arrived_near`), found by bisection."""
    known, unknown = pool.get(item.country_code or "", ([], []))
    if item.arrived is not None:
        day = date.fromisoformat(item.arrived)
        low = (day - timedelta(days=ARRIVAL_SPAN)).isoformat()
        high = (day + timedelta(days=ARRIVAL_SPAN + 1)).isoformat()
        known = known[bisect_left(known, (low,)) : bisect_left(known, (high,))]
    return [i for _, i in known] + unknown


def connected(keys: Sequence[K], links: Iterable[tuple[K, K]]) -> dict[K, K]:
    """Key -> the smallest key of its connected component under the links (union-find)."""
    parent = {k: k for k in keys}

    def root(k: K) -> K:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for a, b in links:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)  # type: ignore[type-var]
    return {k: root(k) for k in keys}


def _components(n: int, links: Iterable[Pair]) -> list[list[int]]:
    groups: dict[int, list[int]] = {}
    for i, top in connected(range(n), links).items():
        groups.setdefault(top, []).append(i)
    return sorted(groups.values())


def average_linkage(
    members: list[int], items: Sequence[IncidentReport], scores: dict[Pair, float], threshold: float
) -> list[list[int]]:
    """Clusters of `members` (indices in key order): repeatedly join the two clusters with the highest mean
    pair score while it reaches the threshold; never two reports of one article. A pair the block ruled out
    counts MISSING, not 0: outlets date one event days apart, and one such report must not keep a large
    event's reports apart, while a cluster still cannot grow through a single strong pair.

    Articles' main incidents are clustered first, among themselves; then the other incidents (a round-up's
    events told in passing, more often misread) join those clusters or one another, but never bring two
    clusters of main incidents together."""
    clusters: dict[int, list[int]] = {m: [m] for m in members}
    member_set = set(members)
    sums: dict[Pair, list[float]] = {}
    for (i, j), s in scores.items():
        if i in member_set and j in member_set:
            sums[(i, j)] = [s, 1.0]
    articles = {m: {items[m].article_id} for m in members}
    main = {m: items[m].main for m in members}
    stages: tuple[Callable[[int, int], bool], ...] = (
        lambda ci, cj: main[ci] and main[cj] and all(items[m].main for m in clusters[ci] + clusters[cj]),
        lambda ci, cj: not (main[ci] and main[cj]),
    )
    for allowed in stages:
        while True:
            best: tuple[float, int, int] | None = None
            for (ci, cj), (total, present) in sums.items():
                if articles[ci] & articles[cj] or not allowed(ci, cj):
                    continue
                pairs = len(clusters[ci]) * len(clusters[cj])
                mean = (total + MISSING * (pairs - present)) / pairs
                # Ties go to the pair of earliest clusters, so the result never depends on dict order.
                if mean >= threshold and (best is None or (mean, -ci, -cj) > (best[0], -best[1], -best[2])):
                    best = (mean, ci, cj)
            if best is None:
                break
            _, keep, gone = best
            clusters[keep] += clusters.pop(gone)
            articles[keep] |= articles.pop(gone)
            main[keep] = main[keep] or main.pop(gone)
            merged: dict[Pair, list[float]] = {}
            for (ci, cj), (total, present) in sums.items():
                if (ci, cj) == (keep, gone):
                    continue
                a, b = (keep if ci == gone else ci), (keep if cj == gone else cj)
                entry = merged.setdefault((min(a, b), max(a, b)), [0.0, 0.0])
                entry[0] += total
                entry[1] += present
            sums = merged
    return sorted(sorted(c) for c in clusters.values())


def group(reports: Iterable[IncidentReport], threshold: float = THRESHOLD) -> list[Component]:
    """Components and their incidents for a set of reports; the same set gives the same result in any order."""
    items = sorted(reports, key=lambda r: r.key)
    scores = candidate_pairs(items)
    links = [pair for pair, s in scores.items() if s >= threshold]
    out = []
    for members in _components(len(items), links):
        clusters = average_linkage(members, items, scores, threshold)
        out.append(
            Component(
                key=report_ref(items[members[0]]),
                clusters=tuple(tuple(items[i] for i in c) for c in clusters),
            )
        )
    return out
