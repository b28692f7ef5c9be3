"""Same-length text clean-up before tokenisation, so offsets still index the raw text."""

from __future__ import annotations

import re

_SPACES = (0x00A0, 0x1680, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000, 0x200B, 0xFEFF)
_UNICODE_SPACE = re.compile("[" + "".join(map(chr, _SPACES)) + "]")
_LONG_WORD = re.compile(r"\S{200,}")


def clean_for_nlp(text: str) -> str:
    """Unicode spaces become ASCII spaces; runs of 200+ non-space characters are cut by spaces
    every 100 characters so the tokenizer stays fast. The result has exactly ``len(text)`` characters."""
    out = _UNICODE_SPACE.sub(" ", text) if _UNICODE_SPACE.search(text) else text
    if max(map(len, out.split()), default=0) >= 200:  # a quick test for _LONG_WORD (same whitespace)
        out = _LONG_WORD.sub(lambda m: "".join(ch if (i + 1) % 100 else " " for i, ch in enumerate(m.group())), out)
    return out
