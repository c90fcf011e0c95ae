"""`harmwatch eval`: extraction scored against gold data, with the scorer's definitions."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from spacy.language import Language

from harmwatch.config import Settings
from harmwatch.errors import EvaluationError, HarmWatchError
from harmwatch.evaluate.case2021 import score_case2021
from harmwatch.evaluate.data import DATASETS, DEFAULT_SPLITS, Document, load, stride_sample
from harmwatch.evaluate.entities import score_entities
from harmwatch.evaluate.events import fakes_date_ceiling, score_fakes, score_muc4
from harmwatch.evaluate.matching import Report
from harmwatch.evaluate.quotes import score_polnear, score_seed
from harmwatch.evaluate.roles import score_roles
from harmwatch.extract import extract_article, parse_articles
from harmwatch.ingest.text import make_article
from harmwatch.nlp import load_nlp
from harmwatch.records import Article, report_to_dict

log = logging.getLogger(__name__)

SCORERS: dict[str, Callable[[Sequence[Document], Sequence[Report]], dict[str, Any]]] = {
    "seed": score_seed,
    "polnear": score_polnear,
    "fakes": score_fakes,
    "muc4": score_muc4,
    "wikievents": score_roles,
    "rams": score_roles,
    "case2021": score_case2021,
}


def make_document_article(doc: Document, settings: Settings) -> Article:
    """The Article HarmWatch reads for an evaluation document (the scorer's JSONL input line)."""
    return make_article(
        doc.text, settings, title=doc.title, published=doc.published, input_id=doc.id, source_id=doc.id
    )


def extract_reports(docs: Sequence[Document], nlp: Language, *, full_parse: bool = False) -> list[Report]:
    """One report dict per document, or an error object in its place, as `harmwatch extract` writes them."""
    settings = Settings()
    reports: list[Report] = []
    for doc in docs:
        try:
            article = make_document_article(doc, settings)
            reports.append(report_to_dict(extract_article(article, nlp, full_parse=full_parse)))
        except HarmWatchError as e:
            reports.append({"input_id": doc.id, "error": {"code": e.code, "message": str(e)}})
        except Exception as e:  # one document's bug must not stop the evaluation; it scores as empty
            log.warning("extraction failed on %s: %s: %s", doc.id, type(e).__name__, e)
            reports.append(
                {"input_id": doc.id, "error": {"code": "internal", "message": f"{type(e).__name__}: {e}"}}
            )
    return reports


def score_reports(
    dataset: str, split: str, docs: Sequence[Document], reports: Sequence[Report | None]
) -> dict[str, Any]:
    """The metrics of `dataset` for reports in document order (None: missing; error objects score as empty)."""
    if dataset not in SCORERS:
        raise EvaluationError(f"no report metrics for {dataset!r}; choose one of {', '.join(SCORERS)}")
    usable = [r if r is not None and "error" not in r else {} for r in reports]
    metrics: dict[str, Any] = {
        "dataset": dataset,
        "split": split,
        "documents": len(docs),
        "missing_reports": sum(r is None for r in reports),
        "error_reports": sum(r is not None and "error" in r for r in reports),
        "unknown_reports": 0,
    }
    metrics.update(SCORERS[dataset](docs, usable))
    if dataset == "fakes":
        # Not metrics: bounds that explain date_acc (the scorer has no such keys).
        metrics["diagnostics"] = fakes_date_ceiling(docs, usable)
    return metrics


def score_re3d(
    split: str, docs: Sequence[Document], nlp: Language, *, full_parse: bool = False
) -> dict[str, Any]:
    """Entity metrics of the pipeline's parse of each document (no extraction needed)."""
    settings = Settings()
    articles = [make_document_article(doc, settings) for doc in docs]
    parsed = [p.doc for p in parse_articles(articles, nlp, full_parse=full_parse)]
    return {"dataset": "re3d", "split": split, "documents": len(docs), **score_entities(docs, parsed)}


def run_eval(
    dataset: str,
    *,
    data_dir: str | None = None,
    split: str | None = None,
    limit: int | None = None,
    sample: int | None = None,
    half: str | None = None,
    full_parse: bool = False,
) -> dict[str, Any]:
    """Extract every document of a gold set (or of one `half` of the split, or its first `limit`, or `sample`
    of them at a fixed stride over the whole split) and score the reports; `full_parse` tags and parses every
    sentence instead of only those the extractors need."""
    if dataset == "aggregate":
        from harmwatch.evaluate.aggregate import run_aggregate_eval

        if sample is not None or split not in (None, "train"):
            raise EvaluationError("aggregate scores the judged FA-KES train articles: no --sample or --split")
        start = time.perf_counter()
        metrics = run_aggregate_eval(data_dir, limit, half)
        metrics["timing"] = {"seconds": round(time.perf_counter() - start, 2)}
        return metrics
    if dataset not in DATASETS:
        raise EvaluationError(f"unknown dataset {dataset!r}; choose one of {', '.join(DATASETS)}")
    split = split or DEFAULT_SPLITS[dataset]
    docs = load(dataset, Path(data_dir) if data_dir else None, split, half)
    if limit is not None:
        docs = docs[: max(limit, 0)]
    if sample is not None:
        docs = stride_sample(docs, sample)
    if not docs:
        raise EvaluationError(
            f"{dataset}/{split}: no documents to score; check --split, --limit and --sample"
        )
    nlp = load_nlp()
    start = time.perf_counter()
    if dataset == "re3d":
        metrics = score_re3d(split, docs, nlp, full_parse=full_parse)
    else:
        metrics = score_reports(dataset, split, docs, extract_reports(docs, nlp, full_parse=full_parse))
    metrics["parse"] = "full" if full_parse else "selective"
    if half is not None:
        metrics["half"] = half
    seconds = time.perf_counter() - start
    # Not a metric: how long extraction and scoring took, for the gate's timings.
    metrics["timing"] = {"seconds": round(seconds, 2), "docs_per_second": round(len(docs) / seconds, 2)}
    return metrics


__all__ = ["DATASETS", "extract_reports", "run_eval", "score_reports"]
