"""How far apart FA-KES's two train halves fall by chance, and how far apart they are.

Issue 10 asks that half `a` (rules written from it) and half `b` (only scored) stay within 0.04 of each other.
This script says how large a gap chance alone gives with today's extractor: it scores every article of both
halves (the evaluation's own `score_fakes`, one article at a time), then deals the same per-article results
into two halves of the same sizes many times over, at random with a fixed seed, and prints the spread of the
gap between them. A gap far outside that spread is a real difference between the halves (rules fitted to one
of them, or one half being harder), not the luck of the draw.

Two rule-free readings of the killed count say how hard each half is without HarmWatch's rules, which were
written from half a: `toll_written`, whether the annotated toll is written in the article at all (in digits
or as a word up to twenty), and `toll_first_near_death`, whether the first number (not a year) within three
words of a word of death ("killed", "dead", "died", ...) is the annotated toll, the plainest extractor.

Usage: python bench/half_gap.py [--data ../shared/eval] [--draws 20000] [--seed 7]
Prints counts and ratios only, never an article's text or id.
"""

from __future__ import annotations

import argparse
import random
import re
from collections.abc import Sequence

from harmwatch.evaluate import extract_reports
from harmwatch.evaluate.data import Document, load
from harmwatch.evaluate.events import score_fakes
from harmwatch.nlp import load_nlp

# Each measure: the per-article ratio key of `score_fakes` and the key of its denominator.
MEASURES = {"killed_exact": "killed_gold", "perp_acc": "perp_gold", "location_acc": "articles"}


def per_article(docs: Sequence[Document], reports: Sequence[dict]) -> dict[str, list[int]]:
    """For each measure, 1 or 0 per article the measure counts (articles without a gold value are left out)."""
    out: dict[str, list[int]] = {m: [] for m in MEASURES}
    for doc, report in zip(docs, reports, strict=True):
        one = score_fakes([doc], [{} if "error" in report else report])
        for measure, gold_key in MEASURES.items():
            counted = doc.gold.get("location") if measure == "location_acc" else one[gold_key]
            if counted:
                out[measure].append(int(one[measure] == 1))
    return out


_NUMBER_WORDS = {
    word: value
    for value, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
        "seventeen eighteen nineteen twenty".split()
    )
}
_WORD = re.compile(r"\d[\d,]*|[A-Za-z]+")
_DEATH = re.compile(r"(?:kill|dead|death|die|dying|slain|massacre|bodies)", re.IGNORECASE)
NEAR = 3


def _numbers(words: list[str]) -> list[tuple[int, int]]:
    """(position, value) of each number written in digits or as a word up to twenty, years left out."""
    out = []
    for i, word in enumerate(words):
        digits = word.replace(",", "")
        value = int(digits) if digits.isdigit() and len(digits) < 7 else _NUMBER_WORDS.get(word.lower())
        if value is not None and not 1900 <= value <= 2100:
            out.append((i, value))
    return out


def rule_free(docs: Sequence[Document]) -> dict[str, list[int]]:
    """Per article with an annotated toll: 1 or 0 for `toll_written` and `toll_first_near_death`."""
    out: dict[str, list[int]] = {"toll_written": [], "toll_first_near_death": []}
    for doc in docs:
        toll = int(doc.gold["nb_civilians"]) + int(doc.gold["nb_noncivilians"])
        if toll <= 0:
            continue
        words = _WORD.findall(doc.text)
        numbers = _numbers(words)
        near = [v for i, v in numbers if any(_DEATH.match(w) for w in words[max(0, i - NEAR) : i + NEAR + 1])]
        out["toll_written"].append(int(any(v == toll for _, v in numbers)))
        out["toll_first_near_death"].append(int(bool(near) and near[0] == toll))
    return out


def mean(values: Sequence[int]) -> float:
    return sum(values) / len(values) if values else 0.0


def spread(a: Sequence[int], b: Sequence[int], draws: int, seed: int) -> tuple[float, float, float, float]:
    """Median and 95th percentile of |gap| over random re-splits, the share of re-splits within 0.04, and the
    share at least as far apart as the halves given."""
    pool, rng, gaps = list(a) + list(b), random.Random(seed), []
    for _ in range(draws):
        rng.shuffle(pool)
        gaps.append(abs(mean(pool[: len(a)]) - mean(pool[len(a) :])))
    gaps.sort()
    observed = abs(mean(a) - mean(b))
    return (
        gaps[draws // 2],
        gaps[int(0.95 * draws)],
        sum(g <= 0.04 for g in gaps) / draws,
        sum(g >= observed - 1e-12 for g in gaps) / draws,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data", default=None, help="evaluation data (default: found as harmwatch eval does)"
    )
    parser.add_argument("--draws", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    nlp = load_nlp()
    halves = {}
    for half in "ab":
        docs = load("fakes", args.data, "train", half)
        halves[half] = per_article(docs, extract_reports(docs, nlp)) | rule_free(docs)
    for measure in halves["a"]:
        a, b = halves["a"][measure], halves["b"][measure]
        median, p95, within, as_far = spread(a, b, args.draws, args.seed)
        print(
            f"{measure}: a {sum(a)}/{len(a)} = {mean(a):.4f}, b {sum(b)}/{len(b)} = {mean(b):.4f}, "
            f"gap {mean(a) - mean(b):+.4f}; random re-splits ({args.draws}): median |gap| {median:.4f}, "
            f"95th percentile {p95:.4f}, within 0.04 {within:.3f}, at least as far apart {as_far:.4f}"
        )
        for name, values in (("a", a), ("b", b)):
            print(
                f"  inside {name}: even / odd positions {mean(values[0::2]):.4f} / {mean(values[1::2]):.4f}"
            )


if __name__ == "__main__":
    main()
