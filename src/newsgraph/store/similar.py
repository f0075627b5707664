"""Near-duplicate articles (syndicated wire copies) by MinHash over word 5-shingles.

Broder (1997), "On the resemblance and containment of documents": the share of equal minimum
hashes estimates the Jaccard similarity of two shingle sets. Signatures are stored as text
so both backends keep them; comparison is a scan over stored signatures (fine for a few
thousand articles; LSH banding would be the next step for more).
"""

from __future__ import annotations

import hashlib
import random
import re
from functools import lru_cache

SHINGLE = 5
PERMUTATIONS = 64
#: Estimated Jaccard at or above which two articles count as copies of one story.
DUPLICATE_AT = 0.5
_PRIME = (1 << 61) - 1
_WORD = re.compile(r"\w+", re.U)


@lru_cache(maxsize=1)
def _permutations() -> tuple[tuple[int, int], ...]:
    rng = random.Random(20120601)  # fixed: signatures must stay comparable across runs
    return tuple((rng.randrange(1, _PRIME), rng.randrange(0, _PRIME)) for _ in range(PERMUTATIONS))


def signature(text: str) -> list[int]:
    """The MinHash signature of a text's lower-cased word 5-shingles."""
    words = _WORD.findall(text.lower())
    shingles = {" ".join(words[i:i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    hashes = [int.from_bytes(hashlib.blake2b(s.encode(), digest_size=8).digest(), "big") for s in shingles]
    return [min((a * h + b) % _PRIME for h in hashes) for a, b in _permutations()]


def similarity(a: list[int], b: list[int]) -> float:
    return sum(x == y for x, y in zip(a, b)) / PERMUTATIONS


def encode(sig: list[int]) -> str:
    return " ".join(map(str, sig))


def decode(text: str) -> list[int]:
    return [int(x) for x in text.split()]
