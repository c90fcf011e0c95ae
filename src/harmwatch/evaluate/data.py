"""Evaluation sets as documents: the same inputs, deduplication, order and ids as the scorer's data.py."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from harmwatch.errors import EvaluationError

FOLDERS = {
    "seed": "gold",
    "polnear": "polnear",
    "fakes": "fakes",
    "muc4": "muc4",
    "wikievents": "wikievents",
    "rams": "rams",
    "re3d": "re3d",
    "case2021": "case2021_task2",
}
DATASETS = tuple(FOLDERS)
# The development split of each set ("train" is FA-KES's only released split, the scorer's dev split).
DEFAULT_SPLITS = {
    "seed": "all",
    "polnear": "dev",
    "fakes": "train",
    "muc4": "dev",
    "wikievents": "dev",
    "rams": "dev",
    "re3d": "all",
    "case2021": "dev",
}
T = TypeVar("T")
MUC_SPLITS = {"test": ["tst3", "tst4"], "dev": ["tst1", "tst2"], "train": ["dev"]}
# Halves of a split, to write rules on one and check them on the other: documents at even (a) or odd (b)
# positions in the scorer's order. FA-KES's order is its unit ids (crawl order), which says nothing about an
# article's content, so each half holds every outlet, period and perpetrator in the same proportions.
HALVES = {"a": 0, "b": 1}


@dataclass(frozen=True, slots=True)
class Document:
    """One evaluation document: what a news reader would have, and its gold annotation."""

    id: str
    text: str
    gold: dict[str, Any]
    title: str | None = None
    published: str | None = None


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """Every JSON object of a JSON Lines file."""
    try:
        with path.open(encoding="utf-8") as f:
            return [json.loads(line) for line in f if line.strip()]
    except json.JSONDecodeError as e:
        raise EvaluationError(f"{path} is not valid JSON Lines ({e.msg}); check the evaluation data") from e
    except OSError as e:
        raise EvaluationError(f"{path} could not be read: {e}") from e


def find(data_dir: Path, dataset: str, *names: str) -> Path:
    """First existing file among `names`, in DIR/<folder>/ or DIR/ itself."""
    for base in (data_dir / FOLDERS[dataset], data_dir):
        for name in names:
            if (base / name).exists():
                return base / name
    raise EvaluationError(
        f"{dataset}: none of {', '.join(names)} found under {data_dir}; "
        "pass --data or set HARMWATCH_EVAL_DATA to the folder holding the evaluation sets"
    )


def _doc(id_: Any, text: str, gold: dict[str, Any], **meta: Any) -> Document:
    # Empty metadata is not passed on, as in the scorer's inputs.
    return Document(
        str(id_), text, gold, title=meta.get("title") or None, published=meta.get("published") or None
    )


def load_seed(data_dir: Path, split: str) -> list[Document]:
    """Hand-annotated articles: gold/*.json, each naming its raw article file."""
    files = sorted((data_dir / "gold").glob("*.json")) or sorted(data_dir.glob("*.json"))
    if not files:
        raise EvaluationError(
            f"seed: no gold/*.json under {data_dir}; pass --data with the folder holding gold/"
        )
    docs = []
    for path in files:
        gold = json.loads(path.read_text(encoding="utf-8"))
        root = path.parent.parent if path.parent.name == "gold" else data_dir
        try:
            text = (root / gold["article"]).read_text(encoding="utf-8")
        except (OSError, KeyError) as e:
            raise EvaluationError(
                f"{path.name}: its article could not be read ({e}); check the seed folder"
            ) from e
        # Raw file text, no title/published: the extractor's own title and dateline parsing is exercised.
        docs.append(_doc(path.stem, text, gold))
    return docs


def load_fakes(data_dir: Path, split: str) -> list[Document]:
    """FA-KES articles of one original split; the annotated date is the incident's, not the publication's."""
    rows = read_jsonl(find(data_dir, "fakes", "fakes.jsonl", f"fakes_{split}.jsonl"))
    return [
        _doc(r["unit_id"], r["text"], r, title=r.get("title"))
        for r in rows
        if r.get("original_split") == split
    ]


def load_polnear(data_dir: Path, split: str) -> list[Document]:
    """PolNeAR articles, one annotation each (the alphabetically first annotator's)."""
    first: dict[str, dict[str, Any]] = {}
    for r in read_jsonl(find(data_dir, "polnear", f"polnear_{split}.jsonl")):
        if r["doc_id"] not in first or r["annotator"] < first[r["doc_id"]]["annotator"]:
            first[r["doc_id"]] = r
    return [
        _doc(k, r["text"], r, title=r.get("title"), published=r.get("publication_date"))
        for k, r in first.items()
    ]


def load_muc4(data_dir: Path, split: str) -> list[Document]:
    """MUC-4 messages of the split's parts (dev: TST1 and TST2), mixed case when available."""
    docs = []
    for part in MUC_SPLITS.get(split, split.split(",")):
        for r in read_jsonl(find(data_dir, "muc4", f"muc4_{part}.jsonl")):
            docs.append(_doc(r["doc_id"], r.get("text_mixed_case") or r["text"], r))
    return docs


def load_wikievents(data_dir: Path, split: str) -> list[Document]:
    """WikiEvents articles with their event mentions."""
    rows = read_jsonl(find(data_dir, "wikievents", f"wikievents_{split}.jsonl"))
    return [_doc(r["doc_id"], r["text"], r) for r in rows]


def load_rams(data_dir: Path, split: str) -> list[Document]:
    """RAMS five-sentence windows, one event each."""
    rows = read_jsonl(find(data_dir, "rams", f"rams_{split}.jsonl"))
    return [_doc(r["doc_key"], r["text"], r) for r in rows]


def load_re3d(data_dir: Path, split: str) -> list[Document]:
    """re3d documents with entity spans (one split)."""
    rows = read_jsonl(find(data_dir, "re3d", "re3d_documents.jsonl"))
    return [_doc(r["doc_id"], r["text"], r, title=r.get("title")) for r in rows]


def load_case2021(data_dir: Path, split: str) -> list[Document]:
    """CASE 2021 task 2 snippets of one half: even ids are the development half, odd ids the held-out one."""
    rows = read_jsonl(find(data_dir, "case2021", "case2021_task2_test.jsonl", "case2021_task2_dev.jsonl"))
    want = 0 if split == "dev" else 1
    return [_doc(r["id"], r["text"], r) for r in rows if int(r["id"]) % 2 == want]


LOADERS: dict[str, Callable[[Path, str], list[Document]]] = {
    "seed": load_seed,
    "polnear": load_polnear,
    "fakes": load_fakes,
    "muc4": load_muc4,
    "wikievents": load_wikievents,
    "rams": load_rams,
    "re3d": load_re3d,
    "case2021": load_case2021,
}


def default_data_dir() -> Path:
    """HARMWATCH_EVAL_DATA, else ../shared/eval from the working directory."""
    return Path(os.environ.get("HARMWATCH_EVAL_DATA") or Path("..") / "shared" / "eval")


def dataset_dir(dataset: str, data_dir: str | Path | None) -> Path:
    """The folder to read `dataset` from; for seed, the one holding gold/ (the parent of an .../eval folder)."""
    base = Path(data_dir) if data_dir is not None else default_data_dir()
    if not base.is_dir():
        raise EvaluationError(
            f"evaluation data folder {base} not found; pass --data DIR or set HARMWATCH_EVAL_DATA"
        )
    if dataset == "seed" and not (base / "gold").is_dir() and base.resolve().name == "eval":
        base = base.parent
    return base


def stride_sample(docs: Sequence[T], size: int) -> list[T]:
    """`size` items spread at a fixed stride over the whole sequence: the middle item of each of `size` equal
    slices, so a sample of a split reaches both its ends (FA-KES's two halves, MUC-4's TST1 and TST2) rather than
    the first documents, which are the ones rules were most often read and tuned on."""
    if size <= 0:
        return []
    if size >= len(docs):
        return list(docs)
    step = len(docs) / size
    return [docs[int((i + 0.5) * step)] for i in range(size)]


def half_of(docs: list[Document], half: str) -> list[Document]:
    """Half `a` (even positions) or `b` (odd positions) of a split's documents, in the same order."""
    if half not in HALVES:
        raise EvaluationError(f"unknown half {half!r}; choose one of {', '.join(HALVES)}")
    return docs[HALVES[half] :: 2]


def load(
    dataset: str, data_dir: str | Path | None = None, split: str | None = None, half: str | None = None
) -> list[Document]:
    """The documents of one evaluation set and split (or one half of it), in the scorer's order."""
    if dataset not in LOADERS:
        raise EvaluationError(f"unknown dataset {dataset!r}; choose one of {', '.join(DATASETS)}")
    docs = LOADERS[dataset](dataset_dir(dataset, data_dir), split or DEFAULT_SPLITS[dataset])
    return docs if half is None else half_of(docs, half)
