"""An organisation name as a key: the display key (quotes and spaces tidied) and its acronym."""

from __future__ import annotations

import html
import re
from functools import lru_cache

_SKIP = frozenset({"of", "and", "the", "for", "in", "at", "named", "after", "&"})


_QUOTES = str.maketrans({"“": '"', "”": '"', "«": '"', "»": '"', "’": "'", "\u00a0": " "})


@lru_cache(maxsize=16384)
def display_key(text: str) -> str:
    """A readable key for an organisation the registry does not know: the name as written, tidied."""
    t = " ".join(html.unescape(text).translate(_QUOTES).split())
    return re.sub(r"^(?:the|The)\s+", "", t)


@lru_cache(maxsize=65536)
def acronym(name: str, whole_caps: bool = False) -> str:
    """Initial letters of a name's content words (``Huazhong University of Science and Technology`` -> HUST);
    with ``whole_caps`` an acronym inside the name gives all its letters ("China-SCO Institute of Economics
    and Trade" -> CSCOIET)."""
    parts = re.split(r"[\s\-]+", name)
    return "".join(
        (w if whole_caps and len(w) > 1 and w.isupper() else w[0]).upper()
        for w in parts
        if w and w.lower() not in _SKIP and w[0].isalpha()
    )
