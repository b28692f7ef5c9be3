"""Decode a file's bytes exactly, naming the encoding: BOMs, UTF-8, else a page's declared or a detected one.

    >>> decode_named("Дата".encode("cp1251") + b" 12.03.2021 \\x96 Tomsk Polytechnic University")
    ('Дата 12.03.2021 – Tomsk Polytechnic University', 'cp1251')

No newline translation (CRLF stays, so offsets index the file's text). A file that is not UTF-8 is
decoded with the encoding ``charset_normalizer`` finds for its lines that hold non-ASCII bytes (the
English lines around them carry no evidence, and would make every single-byte code page look equally
good); among candidates it scores as equally plausible, the legacy code pages of this corpus's sources
win in the order of :data:`LEGACY`.
"""

from __future__ import annotations

import codecs

from charset_normalizer import CharsetMatch, from_bytes

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
    (codecs.BOM_UTF8, "utf-8-sig"),
)
# Candidate code pages, most common first among the sites of the corpus (western, Cyrillic, central
# European, CJK); a file in another single-byte code page is reported, not decoded into mojibake.
LEGACY = (
    "cp1252",
    "cp1251",
    "cp1250",
    "koi8_r",
    "koi8_u",
    "cp1254",
    "cp1257",
    "iso8859_2",
    "cp866",
    "mac_cyrillic",
    "gb18030",
    "big5",
    "shift_jis",
    "euc_jp",
    "euc_kr",
    "cp1253",
    "cp1255",
    "cp1256",
    "cp874",
)
SAMPLE_BYTES = 64 * 1024  # lines with non-ASCII bytes given to the detector
_CHAOS_TIE = 0.005  # candidates this close to the least "mess" ...
_COHERENCE_TIE = 0.2  # ... and this close to the best language coherence count as equally good


def decode_named(raw: bytes, declared: str | None = None) -> tuple[str, str]:
    """``(text, encoding)``: a BOM's encoding, else UTF-8, else ``declared`` (a page's charset), else the
    detected one. The name is Python's codec name (``utf-8``, ``utf-16``, ``cp1251``). Raises ValueError
    with the reason when the bytes are binary or no encoding fits."""
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            return _strict(raw, codec, f"not valid {codec.upper().removesuffix('-SIG')}"), _name(codec)
    if b"\x00" in raw:
        raise ValueError("binary content (NUL bytes)")
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as err:
        bad_at = err.start
    for codec in (*_declared(declared), *detect(raw)):
        try:
            return raw.decode(codec), _name(codec)
        except UnicodeDecodeError:
            continue
    raise ValueError(f"not valid UTF-8 at byte {bad_at}, and no other encoding fits")


def _strict(raw: bytes, codec: str, what: str) -> str:
    try:
        text = raw.decode(codec)
    except UnicodeDecodeError as err:
        raise ValueError(f"{what} at byte {err.start}") from None
    if "\x00" in text:
        raise ValueError("binary content (NUL characters)")
    return text


def _name(codec: str) -> str:
    """Python's canonical name of a codec (``windows-1251`` -> ``cp1251``); ``utf-8-sig`` is UTF-8."""
    name = codecs.lookup(codec).name
    return "utf-8" if name == "utf-8-sig" else name


def _declared(charset: str | None) -> list[str]:
    """The codec a page declares, if Python knows it; ISO-8859-1 and ASCII mean windows-1252, as in
    browsers (the WHATWG Encoding Standard)."""
    if not charset:
        return []
    try:
        name = codecs.lookup(charset.strip()).name
    except LookupError:
        return []
    if name in ("latin-1", "iso8859-1", "ascii"):
        return ["cp1252", "latin-1"]
    return [] if name.startswith("utf-") else [name]


def detect(raw: bytes) -> list[str]:
    """Likely encodings of non-UTF-8 bytes, best first (empty when nothing plausible)."""
    lines = [line for line in raw.splitlines() if any(b > 127 for b in line)]
    sample = b"\n".join(lines)[:SAMPLE_BYTES]
    matches = list(from_bytes(sample, cp_isolation=list(LEGACY)))
    if not matches:
        return []
    least = min(m.chaos for m in matches)
    near = [m for m in matches if m.chaos <= least + _CHAOS_TIE]
    best = max(m.coherence for m in near)
    tied = [m for m in near if m.coherence >= best - _COHERENCE_TIE]
    ranked = sorted(map(_preferred, tied), key=_rank) + [_preferred(m) for m in matches if m not in tied]
    return list(dict.fromkeys(ranked))


def _preferred(match: CharsetMatch) -> str:
    """The most common of the code pages that decode the sample to the same text as ``match``."""
    return min(match.could_be_from_charset or [match.encoding], key=_rank)


def _rank(codec: str) -> int:
    return LEGACY.index(codec) if codec in LEGACY else len(LEGACY)
