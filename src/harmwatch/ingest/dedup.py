"""Near-duplicate detection: MinHash signatures of word shingles, banded for LSH lookups in the store.

Two articles are near-duplicates when the estimated Jaccard similarity of their word 3-shingle sets is at least
THRESHOLD = 0.5. Measured on FA-KES (eval/fakes, 640 articles; tests/ingest/test_dedup.py): 10 of 11 pairs
published under one headline by two outlets score 0.6-1.0 and are linked; of 198 pairs reporting the same event
(same date and place) under different headlines from different outlets, 1 is linked (a re-headlined copy at
0.77); separately written reports of one event score 0.2-0.36. Copies edited by hand (new headline, dateline,
byline, last sentence cut, one word in 25 changed) are all linked, 58 of 60 with one word in 15 changed. Below
0.5 the pairs seen are more often separate reports than copies, which must stay separate sources.
The band keys live in the store (table minhash_bands), so the index is durable and costs no memory per article.
"""

from __future__ import annotations

import hashlib
import re

import numpy as np
from datasketch import MinHash
from datasketch.lsh import _optimal_param

NUM_PERM = 128
THRESHOLD = 0.5
SHINGLE = 3
SEED = 1
SCHEME = "affine32"
"""datasketch's permutation scheme; stored signatures are only comparable within one scheme."""
# A missed copy is worse than an extra candidate (candidates are verified), hence weights 0.1 and 0.9:
# 32 bands of 4 rows find a pair at similarity 0.5 with p = 0.87, at 0.6 with p = 0.98.
BANDS, ROWS = _optimal_param(THRESHOLD, NUM_PERM, 0.1, 0.9)
_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str) -> set[bytes]:
    """Lower-cased word 3-grams (the whole text as one shingle when it is shorter)."""
    words = _WORD.findall(text.casefold())
    if len(words) < SHINGLE:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i : i + SHINGLE]).encode("utf-8") for i in range(len(words) - SHINGLE + 1)}


def signature(text: str) -> MinHash:
    """The MinHash of the text's shingles."""
    mh = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)
    mh.update_batch(list(shingles(text)))
    return mh


def to_bytes(mh: MinHash) -> bytes:
    """The signature as bytes for the store."""
    return np.asarray(mh.hashvalues, dtype=np.uint64).tobytes()


def from_bytes(data: bytes) -> MinHash:
    """A signature read back from the store."""
    return MinHash(
        num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, hashvalues=np.frombuffer(data, dtype=np.uint64).copy()
    )


def band_keys(mh: MinHash) -> list[str]:
    """One key per LSH band: articles that share a key are candidates for being near-duplicates."""
    values = np.asarray(mh.hashvalues, dtype=np.uint64)
    keys = []
    for band in range(BANDS):
        chunk = values[band * ROWS : (band + 1) * ROWS].tobytes()
        keys.append(f"{band:02d}:{hashlib.blake2b(chunk, digest_size=12).hexdigest()}")
    return keys


def similarity(a: MinHash, b: MinHash) -> float:
    """Estimated Jaccard similarity of the two shingle sets."""
    return float(a.jaccard(b))


def original_of(mh: MinHash, candidates: list[tuple[str, bytes | None, str | None]]) -> str | None:
    """The stored article this one copies: the oldest candidate at or over THRESHOLD, followed back to its own
    original so every copy of a story points at the same first article."""
    for article_id, stored, duplicate_of in candidates:
        if stored is not None and similarity(mh, from_bytes(stored)) >= THRESHOLD:
            return duplicate_of or article_id
    return None
