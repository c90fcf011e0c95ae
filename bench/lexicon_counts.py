"""How many development documents each lexicon string and each repair rule matches.

A string that matches fewer than three development documents is a smell: it may have been written from the one
document it fixes. Usage: python bench/lexicon_counts.py [--data ../shared/eval] [--below 3]
Prints, per lexicon, how many strings it holds and each string matching fewer than `--below` documents (with
its count), then the number of documents each repair rule changes. Words are matched on the repaired text
(ingest.repair), lower-cased, as whole words; a cue verb counts in any of its regular or listed irregular
forms, so its count is a close lower bound.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterable

from harmwatch.evaluate.data import DATASETS, load
from harmwatch.extract.casualties import single as casualty_single
from harmwatch.extract.casualties import words as casualty_words
from harmwatch.extract.quotes import cues
from harmwatch.ingest.repair import RULES, _line_breaks
from harmwatch.ingest.text import clean_text

_WORD = re.compile(r"[a-z0-9]+(?:['’-][a-z0-9]+)*")
_IRREGULAR = {
    "say": ["said"],
    "tell": ["told"],
    "think": ["thought"],
    "write": ["wrote", "written"],
    "swear": ["swore", "sworn"],
    "read": ["read"],
    "learn": ["learnt"],
    "speak": ["spoke", "spoken"],
    "bark": [],
    "mean": ["meant"],
    "lead": ["led"],
    "feel": ["felt"],
}


def forms(lemma: str) -> set[str]:
    """Regular inflections of a verb or noun, and the listed irregular ones."""
    out = {
        lemma,
        lemma + "s",
        lemma + "es",
        lemma + "ed",
        lemma + "d",
        lemma + "ing",
        *_IRREGULAR.get(lemma, []),
    }
    if lemma.endswith("e"):
        out.add(lemma[:-1] + "ing")
    if lemma.endswith("y"):
        out.update({lemma[:-1] + "ies", lemma[:-1] + "ied"})
    if re.fullmatch(r".*[^aeiou][aeiou][bdgklmnprt]", lemma):
        out.update({lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"})
    return out


def lexicons() -> dict[str, dict[str, list[tuple[str, ...]]]]:
    """Each lexicon as {entry: [word sequences that count as a match]}."""
    phrase = lambda entries: {" ".join(e): [tuple(e)] for e in entries}  # noqa: E731
    lemma = lambda entries: {e: [(f,) for f in forms(e)] for e in entries}  # noqa: E731
    return {
        "casualties.words.AFTER": phrase(casualty_words.AFTER),
        "casualties.words.BEFORE": phrase(casualty_words.BEFORE),
        "casualties.words.OTHER_PERSONS": {w: [(w,)] for w in casualty_words.OTHER_PERSONS},
        "casualties.words.DEGREES": {w: [(w,)] for w in casualty_words.DEGREES},
        "casualties.single.TITLES": {w: [(w,)] for w in casualty_single.TITLES},
        "casualties.single.RESULTS": {
            f"{verb} {result}": [(verb, *result.split())]
            for verb in casualty_single.VIOLENT
            for result in ("to death", "dead")
        }
        | {f"{verb} dead": [(verb, "dead")] for verb in casualty_single.FOUND},
        "quotes.cues.SPEECH_VERBS": lemma(cues.SPEECH_VERBS),
        "quotes.cues.PHRASAL_CUES": {
            f"{verb} {particle}": [(f, particle) for f in forms(verb)]
            for verb, particles in cues.PHRASAL_CUES.items()
            for particle in particles
        },
        "quotes.cues.NEWS_NOUNS": lemma(cues.NEWS_NOUNS),
        "quotes.cues.NEWS_VERBS": lemma(cues.NEWS_VERBS),
        "quotes.cues.DOCUMENT_NOUNS": lemma(cues.DOCUMENT_NOUNS),
        "quotes.cues.NAMING_VERBS": lemma(cues.NAMING_VERBS),
        "quotes.cues.SPEECH_NOUNS": lemma(cues.SPEECH_NOUNS),
    }


def ngrams(words: list[str], most: int) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + n]) for n in range(1, most + 1) for i in range(len(words) - n + 1)}


def count(docs: Iterable[set[tuple[str, ...]]], entries: dict[str, list[tuple[str, ...]]]) -> dict[str, int]:
    docs = list(docs)
    return {e: sum(1 for d in docs if any(seq in d for seq in seqs)) for e, seqs in entries.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--data", default="../shared/eval")
    parser.add_argument("--below", type=int, default=3)
    args = parser.parse_args()
    texts = [doc.text for dataset in DATASETS for doc in load(dataset, args.data)]
    grams = [ngrams(_WORD.findall(clean_text(t).lower()), 4) for t in texts]
    print(f"{len(texts)} development documents ({', '.join(DATASETS)})")
    for name, entries in lexicons().items():
        counts = count(grams, entries)
        rare = sorted((n, e) for e, n in counts.items() if n < args.below)
        print(f"\n{name}: {len(entries)} strings, {len(rare)} match fewer than {args.below} documents")
        for n, e in rare:
            print(f"  {n}  {e}")
    print("\nrepair rules: documents changed")
    for rule in RULES:
        changed = sum(1 for t in texts if rule.fix(_line_breaks(t)) != _line_breaks(t))
        print(f"  {changed:4d}  {rule.name}: {rule.damage}")


if __name__ == "__main__":
    main()
