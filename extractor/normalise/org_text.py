"""An organisation name as a key: the display key (quotes and spaces tidied) and its acronym."""

from __future__ import annotations

import html
import re
from functools import lru_cache

from extractor.lang.lexicons import lexicon, words
from extractor.lang.rules import rule

_SKIP = frozenset({"of", "and", "the", "for", "in", "at", "named", "after", "&"})


_QUOTES = str.maketrans({"“": '"', "”": '"', "«": '"', "»": '"', "’": "'", "\u00a0": " "})


@lru_cache(maxsize=16384)
def display_key(text: str) -> str:
    """A readable key for an organisation the registry does not know: the name as written, tidied."""
    t = " ".join(html.unescape(text).translate(_QUOTES).split())
    t = re.sub(r"^(?:the|The)\s+", "", t)
    quoted = _QUOTED_FIRST.match(t)  # '"APF Group" Limited Liability Company': the quotes mark the name
    return (
        f"{quoted.group(1)} {t[quoted.end() :]}"
        if quoted and t[quoted.end() :].split()[0].lower() in words("legal_forms")
        else t
    )


_QUOTED_FIRST = re.compile(r'^"([^"]+)"\s+(?=\w)')


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


def bracket_short_form(short: str, long: str, *, of_whole: bool = False) -> bool:
    """Rule ``org.bracket_short_form``: "Long Name (SHORT)" gives the name's short form when SHORT opens
    with the initial of one of the name's words ("Tuscia University (UNITUS)"), or is written in capitals
    (three letters or more) opening with no word's initial, as transliterated acronyms do ("International
    Institute of Central Asia (MICA)"). With ``of_whole`` it must open with the first word's initial: "Party
    Committee of Wuhan University (WHU)" shortens the university, not the committee. Places are checked by
    the caller."""
    initials = {w[:1].upper() for w in re.split(r"[\s\-]+", long) if w}
    first = short[:1].upper()
    transliterated = short.isupper() and short.isalpha() and len(short) >= 3 and first not in initials
    if of_whole:
        honoree = _without_honoree(short, long)
        reordered = reordered_acronym(short, long)
        return first == acronym(long)[:1] or transliterated or honoree or coined(short, long) or reordered
    return first in initials or transliterated


@rule("org.bracket_short_form.own_language")
def own_language_acronym(short: str, long: str) -> bool:
    """Rule ``org.bracket_short_form.own_language``: "Bolivian Atomic Energy Agency (ABEN)", "The
    French-Azerbaijani University (UFAZ)": an acronym of three capitals or more that the registry does not
    know (checked by the caller), bracketed right after a name, shortens that name in its own language
    whatever its letters; not when its letters are those of an organisation named inside ("Party Committee of
    Wuhan University (WHU)", "School of Social Sciences of Pakistan's National University of Sciences and
    Technology (NUST)")."""
    if not (short.isalpha() and sum(c.isupper() for c in short) >= 3 and short[:1].isupper()):
        return False
    inner = acronym(_inner_name(long))
    return not (inner and (inner[:1] == short[:1] or short.upper() in inner))


def _inner_name(long: str) -> str:
    """The organisation named after a name's first "of/at" part ("Party Committee of Wuhan University" ->
    "Wuhan University"), or ""."""
    parts = _OF_PART.split(long, maxsplit=1)
    rest = parts[1] if len(parts) > 1 else ""
    return rest if set(rest.lower().split()) & name_heads() else ""


def coined(short: str, long: str) -> bool:
    """A short name coined from the syllables of the name's first word: "Novosibirsk State University of
    Architecture and Civil Engineering (Sibstrin)"."""
    first = long.split()[0].lower() if long.split() else ""
    return short.istitle() and short.isalpha() and short[:3].lower() in first


def reordered_acronym(short: str, long: str) -> bool:
    """Rule ``org.bracket_short_form.reordered``: "Macao Polytechnic Institute (IPM)", "National Autonomous
    University of Mexico (UNAM)": an acronym in capitals made from the name in its own language, whose word
    order differs, holds exactly the initials of the English name in another order."""
    return len(short) >= 3 and short.isupper() and short.isalpha() and sorted(short) == sorted(acronym(long))


def _without_honoree(short: str, long: str) -> bool:
    """ "Seifullin Kazakh Agrotechnical University (KATU)": an acronym in capitals that leaves out the name's
    first word (the honoree) and holds the initials of all the others in order."""
    first_word = long.split()[0] if long.split() else ""
    if not first_word.istitle() or first_word.lower() in name_heads():
        return False  # "Party Committee of Hebei University (HBU)", "MERI Centre ... (CIS)": no honoree
    rest, letters = acronym(long)[1:], iter(short.upper())
    return len(rest) >= 2 and short.isupper() and short[:1] == rest[:1] and all(c in letters for c in rest)


@lru_cache(maxsize=1)
def name_heads() -> frozenset[str]:
    """Head nouns of organisations and their units ("Committee", "Presidium", "University")."""
    return words("org_heads") | frozenset(lexicon("unit_heads")) | words("generic_name_words")


def own_name(key: str) -> str:
    """A name before its first "of/at/for/on" part ("International Relations Department of X" ->
    "International Relations Department")."""
    return _OF_PART.split(key, maxsplit=1)[0]


_OF_PART = re.compile(r"(?<!\s)\s+(?:of|at|for|on)\s+")


def head_noun(key: str) -> str:
    """The last word before a name's first "of/at/for/on" part, lower-cased ("International Relations
    Department of X" -> "department")."""
    words_ = own_name(key).lower().split()
    return words_[-1] if words_ else ""


_FUNCTION_WORDS = frozenset({"of", "the", "and", "for", "in", "at", "on", "&"})


@rule("org.key.mixed_case_acronym")
def mixed_case_acronym(short: str, name: str) -> bool:
    """Rule ``org.key.mixed_case_acronym``: a short form in mixed case spells the name word by word, each
    capital opening a word of the name and the small letters after it taken from that word in order, a
    small letter alone standing for a joining word ("UoEm" for "University of Embu", "MksU" for "Machakos
    University", "KazNU" for "Kazakh National University"); every word of the name but the joining words
    is spelt ("UoE" is no short form of "University of Embu Farms")."""
    if not short.isalpha() or short.isupper() or short.islower() or sum(c.isupper() for c in short) < 2:
        return False
    return _spells(short, [w for w in re.split(r"[\s-]+", name) if w])


def _spells(short: str, name_words: list[str]) -> bool:
    """``short`` spells the words in order (see :func:`mixed_case_acronym`)."""
    if not short:
        return all(w.lower() in _FUNCTION_WORDS for w in name_words)
    if not name_words:
        return False
    word = name_words[0]
    if word.lower() in _FUNCTION_WORDS:  # a small letter for it, or left out
        said = short[0].islower() and word.lower().startswith(short[0]) and _spells(short[1:], name_words[1:])
        return said or _spells(short, name_words[1:])
    if not short[0].isupper() or short[0].lower() != word[0].lower():
        return False
    run = 1
    while run < len(short) and short[run].islower():
        run += 1
    return any(
        _in_order(short[1:j], word[1:].lower()) and _spells(short[j:], name_words[1:])
        for j in range(run, 0, -1)
    )


def _in_order(letters: str, word: str) -> bool:
    """The letters occur in the word in this order ("ks" in "achakos")."""
    rest = iter(word)
    return all(c in rest for c in letters)


_INNER_BRACKET = re.compile(r"^(.+?) \(([A-Z]{2,})\) (of .+)$")


def inner_short_form(name: str) -> tuple[str, str | None]:
    """Rule ``org.key.bracket_inside_name``: a name with its short form bracketed before its "of" part is
    keyed without the bracket, and the bracket defines the short form: "Ministry of Education (MOE) of the
    People's Republic of China" -> ("Ministry of Education of the People's Republic of China", "MOE"); other
    names are returned as they are (the stop of "named after." dropped), with no short form."""
    name = _HONOREE_STOP.sub("named after", name)  # "KazNU named after. Al-Farabi": a translation's "им."
    m = _INNER_BRACKET.match(name)
    return (f"{m.group(1)} {m.group(3)}", m.group(2)) if m else (name, None)


_HONOREE_STOP = re.compile(r"\bnamed after\.")


@rule("org.key.syllable_acronym")
def syllable_acronym(short: str, name: str) -> bool:
    """Rule ``org.key.syllable_acronym``: an acronym of three capitals or more that takes from each content
    word of the name its initial and at most one more letter of it, in order, every word used: the
    pinyin-syllable acronyms ("Zhejiang Shuren University" -> ZJSRU, "Tianjin University of Technology" ->
    TJUT) and the Latin-lettered ones ("Kyrgyz National University named after J. Balasagyn" -> KNU, the
    honoree left out)."""
    if len(short) < 3 or not short.isalpha() or not short.isupper():
        return False
    head = re.split(r"\bnamed after\b", name, maxsplit=1)[0]
    parts = [w.upper() for w in re.split(r"[\s\-]+", head) if w and w.lower() not in _SKIP and w[0].isalpha()]
    return len(parts) <= len(short) <= 2 * len(parts) and _spelt_by_syllables(short, parts)


def _spelt_by_syllables(short: str, parts: list[str]) -> bool:
    """``short`` is each part's initial, each followed by at most one later letter of that part."""
    if not parts:
        return not short
    word, rest = parts[0], parts[1:]
    if not short or short[0] != word[0]:
        return False
    if _spelt_by_syllables(short[1:], rest):
        return True
    return any(short[1:2] == c and _spelt_by_syllables(short[2:], rest) for c in set(word[1:]))


@rule("org.key.same_company")
def same_company(keys: list[str]) -> list[str]:
    """Rule ``org.key.same_company``: a company written with its legal form before its name, after it, or
    without it ('OJSC "Kyrgyztelecom"', "Kyrgyztelecom JSC", "Kyrgyztelecom"; "JSC Gazprom Neft", "Gazprom
    Neft") has one key, the first one written with a legal form; a word of a name that is also a legal word
    ("Public Administration Institute") makes no legal form."""
    groups: dict[str, list[str]] = {}
    for k in dict.fromkeys(keys):
        core, legal = company_core(k)
        if core and (legal or core == k.lower()):
            groups.setdefault(core, []).append(k)
    renamed: dict[str, str] = {}
    for group in groups.values():
        target = next((k for k in group if company_core(k)[1]), None)
        if target is not None and len(group) > 1:
            renamed.update((k, target) for k in group)
    return [renamed.get(k, k) for k in keys]


@lru_cache(maxsize=16384)
def company_core(key: str) -> tuple[str, bool]:
    """The name of a company without a legal form at either end (lower case, no quotes) and whether one was
    there: an abbreviation ("JSC", "OAO", "Ltd.") or two legal words or more ("Joint Stock Company")."""
    parts = key.translate(_QUOTES).replace('"', " ").split()
    legal = words("legal_forms")
    suffixes = {w for w, c in lexicon("legal_forms").items() if c == "legal_suffix"}
    cut = [0, len(parts)]
    while cut[0] < cut[1] and parts[cut[0]].lower().strip(",") in legal:
        cut[0] += 1
    while cut[1] > cut[0] and parts[cut[1] - 1].lower().strip(",") in legal:
        cut[1] -= 1
    stripped = [w.strip(",") for w in parts[: cut[0]] + parts[cut[1] :]]
    has_legal = any(w.isupper() or w.lower() in suffixes for w in stripped) or len(stripped) >= 2
    return " ".join(parts[cut[0] : cut[1]]).lower(), has_legal
