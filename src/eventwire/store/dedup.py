"""Near-duplicate articles: MinHash signatures of word shingles, grouped with LSH.

The same wire story republished with a new headline or a trimmed paragraph shares most of its
3-word shingles, so its Jaccard similarity stays high while unrelated stories stay near zero.
"""

from __future__ import annotations

import re

import numpy as np
from datasketch import MinHash, MinHashLSH

from eventwire.store.clusters import connected_groups

NUM_PERM = 128
SCHEME = "affine32"  # stored signatures are only comparable within one permutation scheme
THRESHOLD = 0.5
SHINGLE = 3
WORD = re.compile(r"\w+")


def _shingles(text: str) -> set[bytes]:
    words = WORD.findall(text.lower())
    size = min(SHINGLE, len(words)) or 1
    return {" ".join(words[i : i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


def signature(text: str) -> bytes:
    """The text's MinHash signature as bytes (stored once, reused by every regrouping)."""
    minhash = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    minhash.update_batch(list(_shingles(text)))
    return minhash.hashvalues.astype("<u8").tobytes()


def _minhash(signature_bytes: bytes) -> MinHash:
    values = np.frombuffer(signature_bytes, dtype="<u8")
    return MinHash(num_perm=NUM_PERM, hashvalues=values, scheme=SCHEME)


def group_articles(signatures: dict[str, bytes | None]) -> dict[str, str]:
    """Map each article key to its group id: the smallest key among its near-duplicates."""
    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    hashes = {key: _minhash(sig) for key, sig in sorted(signatures.items()) if sig}
    for key, minhash in hashes.items():
        lsh.insert(key, minhash)
    pairs = [
        (key, other)
        for key, minhash in hashes.items()
        for other in lsh.query(minhash)
        if other > key and minhash.jaccard(hashes[other]) >= THRESHOLD
    ]
    return connected_groups(sorted(signatures), pairs)
