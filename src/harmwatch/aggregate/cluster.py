"""Reports into incidents: candidate pairs by blocking, components of strong pairs, average linkage inside each.

Two reports are linked when their score reaches THRESHOLD. Average linkage only ever joins clusters that have
such a pair between them, so it never crosses a component of links: each component can be clustered on its own,
and a new report only re-clusters the components it links to. Within a component everything is ordered by the
reports' own keys (publication, article id, position), so the outcome does not depend on the order in which
reports arrived, and incremental attachment reaches the same incidents as a rebuild from scratch.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from harmwatch.aggregate.features import IncidentReport
from harmwatch.aggregate.score import MAX_GAP, THRESHOLD, score

Pair = tuple[int, int]


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
                or (date.fromisoformat(b.day_start or "") - end).days > MAX_GAP
            ):
                break
            s = score(a, b)
            if s > 0:
                scores[(min(i, j), max(i, j))] = s
    return scores


def _components(n: int, links: Iterable[Pair]) -> list[list[int]]:
    parent = list(range(n))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in links:
        ri, rj = root(i), root(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(root(i), []).append(i)
    return sorted(groups.values())


def average_linkage(
    members: list[int], items: Sequence[IncidentReport], scores: dict[Pair, float], threshold: float
) -> list[list[int]]:
    """Clusters of `members` (indices in key order): repeatedly join the two clusters with the highest mean
    pair score (missing pairs count 0) while it reaches the threshold; never two reports of one article."""
    clusters: dict[int, list[int]] = {m: [m] for m in members}
    sums: dict[Pair, float] = {}
    member_set = set(members)
    for (i, j), s in scores.items():
        if i in member_set and j in member_set:
            sums[(i, j)] = s
    articles = {m: {items[m].article_id} for m in members}
    while True:
        best: tuple[float, Pair] | None = None
        for (ci, cj), total in sums.items():
            if articles[ci] & articles[cj]:
                continue
            mean = total / (len(clusters[ci]) * len(clusters[cj]))
            # Ties go to the pair of earliest clusters, so the result never depends on dict order.
            if mean >= threshold and (
                best is None or (mean, (-ci, -cj)) > (best[0], (-best[1][0], -best[1][1]))
            ):
                best = (mean, (ci, cj))
        if best is None:
            break
        keep, gone = best[1]
        clusters[keep] += clusters.pop(gone)
        articles[keep] |= articles.pop(gone)
        merged: dict[Pair, float] = {}
        for (ci, cj), total in sums.items():
            if (ci, cj) == (keep, gone):
                continue
            a, b = (keep if ci == gone else ci), (keep if cj == gone else cj)
            pair = (min(a, b), max(a, b))
            merged[pair] = merged.get(pair, 0.0) + total
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
