"""Connected components over string keys, for near-duplicate article grouping."""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components


def connected_groups(keys: list[str], pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Map every key to the smallest key of its connected component."""
    index = {key: i for i, key in enumerate(keys)}
    edges = [(index[a], index[b]) for a, b in pairs]
    rows = np.array([a for a, _ in edges], dtype=np.int64)
    cols = np.array([b for _, b in edges], dtype=np.int64)
    graph = coo_matrix((np.ones(len(edges)), (rows, cols)), shape=(len(keys), len(keys)))
    _, labels = connected_components(graph, directed=False)
    smallest: dict[int, str] = {}
    for key, label in zip(keys, labels.tolist(), strict=True):
        smallest[label] = min(smallest.get(label, key), key)
    return {key: smallest[label] for key, label in zip(keys, labels.tolist(), strict=True)}
