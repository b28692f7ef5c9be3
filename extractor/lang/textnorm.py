"""Same-length text clean-up before tokenisation, so offsets still index the raw text."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Unicode spaces, and the characters Python's str.strip() removes that the tokenizer keeps inside tokens
# (vertical tab, form feed, the ASCII separators 0x1C-0x1F, NEL, the line and paragraph separators).
_SPACES = (
    0x00A0,
    0x1680,
    *range(0x2000, 0x200B),
    0x202F,
    0x205F,
    0x3000,
    0x200B,
    0xFEFF,
    0x0B,
    0x0C,
    *range(0x1C, 0x20),
    0x85,
    0x2028,
    0x2029,
)
_UNICODE_SPACE = re.compile("[" + "".join(map(chr, _SPACES)) + "]")
_LONE_CR = re.compile(r"\r(?!\n)")  # a carriage return alone (not in CRLF): a stray control character
_LONG_WORD = re.compile(r"\S{200,}")


def clean_for_nlp(text: str) -> str:
    """Unicode spaces, control separators and a lone carriage return become ASCII spaces; runs
    of 200+ non-space characters are cut by spaces every 100 characters so the tokenizer stays fast. The
    result has exactly ``len(text)`` characters."""
    out = _UNICODE_SPACE.sub(" ", text) if _UNICODE_SPACE.search(text) else text
    out = _LONE_CR.sub(" ", out) if "\r" in out else out
    out = unwrap_lines(out)
    if max(map(len, out.split()), default=0) >= 200:  # a quick test for _LONG_WORD (same whitespace)
        out = _LONG_WORD.sub(
            lambda m: "".join(ch if (i + 1) % 100 else " " for i, ch in enumerate(m.group())), out
        )
    return out


_OPEN_END = re.compile(
    r"(?:[^.!?:;\"”»\s]|\b(?:Mr|Ms|Mrs|Dr|Prof|[A-Z])\.)$"
)  # a line that stops mid-sentence


def unwrap_lines(text: str) -> str:
    """Rule ``read.unwrap``: a page hard-wrapped at a fixed width ("a Memorandum of\nUnderstanding on
    cooperation between the two universities was\nsigned at the meeting") reads as running text: when at least
    four line breaks, and at least a third of the lines, break a sentence after a 45-100 character line, those
    breaks become spaces (same length, so offsets still index the raw text), and so does the break after a
    shorter line that goes on a sentence broken that way ("Rector of Belarusian State\nAgricultural
    Academy"). Other pages are returned unchanged."""
    if text.count("\n") < 5:
        return text
    lines = text.split("\n")
    cut = [
        i
        for i, (line, nxt) in enumerate(zip(lines, lines[1:]))
        if 45 <= len(line.rstrip()) <= 100
        and _OPEN_END.search(line)
        and nxt[:1].strip()
        and (nxt[:1].isalnum() or nxt[:1] in '("“')
    ]
    if len(cut) < 4 or len(cut) * 3 < sum(1 for line in lines if line.strip()):
        return text
    ends = set(cut)
    for i in range(1, len(lines) - 1):  # a short line that goes on wrapping the broken sentence before it
        if i - 1 in ends and _OPEN_END.search(lines[i]) and lines[i + 1][:1].isalnum():
            ends.add(i)
    return "".join(line + (" " if i in ends else "\n") for i, line in enumerate(lines[:-1])) + lines[-1]


def squash(key: str) -> str:
    """A key with case, punctuation and spacing removed (and compatibility forms folded: NFKC), to find the
    variants of one entity key: "The Hainan School of Economics" -> "thehainanschoolofeconomics"."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", key).casefold() if ch.isalnum())


# Latin letters with no accent to strip (Unicode gives them no decomposition): "Asılbek", "Łódź", "Søren".
_LATIN_LETTERS = str.maketrans(
    {
        "ı": "i",
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ħ": "h",
        "Ħ": "H",
        "ŀ": "l",
        "Ŀ": "L",
    }
)


@lru_cache(maxsize=65536)
def latin_fold(text: str) -> str:
    """Accented Latin letters without their accents ("Szilvássy" -> "Szilvassy", "Asılbek" -> "Asilbek");
    other scripts unchanged."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return folded.translate(_LATIN_LETTERS)
