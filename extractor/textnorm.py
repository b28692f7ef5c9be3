"""Same-length text clean-up before tokenisation, so offsets still index the raw text."""

from __future__ import annotations

import re

_SPACES = {c: " " for c in (0x00A0, 0x1680, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000, 0x200B, 0xFEFF)}
_TABLE = str.maketrans(_SPACES)
_LONG_WORD = re.compile(r"\S{200,}")


def clean_for_nlp(text: str) -> str:
    """Unicode spaces become ASCII spaces; runs of 200+ non-space characters are cut by spaces
    every 100 characters so the tokenizer stays fast. The result has exactly ``len(text)`` characters."""
    out = text.translate(_TABLE)
    if _LONG_WORD.search(out):
        out = _LONG_WORD.sub(lambda m: "".join(ch if (i + 1) % 100 else " " for i, ch in enumerate(m.group())), out)
    return out
