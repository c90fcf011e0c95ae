"""Count the judged FA-KES articles whose main incident has no date at all (no dateline, no dated time).

docs/incidents.md quotes the figure: such reports have no time window, so the clustering compares each with every
report of its country, and the count says how often that happens. Needs the evaluation data in ../shared/eval
(or HARMWATCH_EVAL_DATA); run it as `.venv/bin/python scripts/undated_reports.py`.
"""

from __future__ import annotations

from harmwatch.aggregate.features import incident_reports
from harmwatch.batch import extract_one
from harmwatch.config import Settings
from harmwatch.evaluate.aggregate import fakes_articles, load_pairs
from harmwatch.evaluate.data import dataset_dir, load
from harmwatch.ingest import Failure


def main() -> None:
    base = dataset_dir("fakes", None)
    judged = set(load_pairs(base).articles)
    docs = [d for d in load("fakes", base, "train") if d.id in judged]
    articles = undated = without_dateline = 0
    for article in fakes_articles(docs, Settings()):
        report = extract_one(article)
        if isinstance(report, Failure):
            continue
        articles += 1
        without_dateline += report["article"].get("published") is None
        main_incident = next(iter(incident_reports(report)), None)
        undated += main_incident is not None and not (main_incident.day_start and main_incident.day_end)
    print(
        f"judged articles {articles}, without a dateline {without_dateline}, main incident undated {undated}"
    )


if __name__ == "__main__":
    main()
