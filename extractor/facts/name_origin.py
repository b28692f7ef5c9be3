"""Rule ``role.org.name_origin``: a title whose organisation was only guessed (the release's own, the
sentence's only or opening one), read again from the shape of the holder's name when the release is between
a Chinese organisation and a foreign one."""

from __future__ import annotations

from functools import cache, lru_cache

from spacy.tokens import Doc

from extractor.facts.home import top_orgs
from extractor.lang.lexicons import lexicon, words
from extractor.lang.registry import load_registry
from extractor.lang.rules import rule
from extractor.models import RoleFact

_INITIALS = ("zh", "ch", "sh", *"bpmfdtnlgkhjqxrzcsyw")
_FINALS = (
    "a o e i u v ai ei ao ou an en ang eng ong er ia ie iao iu ian in iang ing iong "
    "ua uo uai ui uan un uang ue"
).split()
_CHINA_WORDS = frozenset({"china", "chinese", "prc"})


@cache
def _syllables() -> frozenset[str]:
    """Pinyin syllables (initial + final, or a final alone); a few impossible pairs are harmless here."""
    return frozenset(_FINALS) | {i + f for i in _INITIALS for f in _FINALS}


@cache
def _surnames() -> frozenset[str]:
    """Chinese surnames of ``patterns/person_names.jsonl``."""
    return frozenset(k for k, v in lexicon("person_names").items() if v == "surname_cn")


@cache
def _generic() -> frozenset[str]:
    """Words that name no place in an organisation's name: head nouns, generic words, joiners."""
    return words("org_heads") | words("generic_name_words") | {"of", "the", "and", "for"}


@lru_cache(maxsize=4096)
def pinyin_word(word: str) -> bool:
    """The word splits into pinyin syllables ("Bailing" = bai + ling; "Udasmoro" does not)."""
    w, syl = word.lower().replace("'", ""), _syllables()
    ok = [True] + [False] * len(w)
    for end in range(1, len(w) + 1):
        ok[end] = any(ok[start] and w[start:end] in syl for start in range(max(0, end - 6), end))
    return len(w) > 0 and ok[-1]


def chinese_name(key: str) -> bool | None:
    """True for two or three pinyin words with a Chinese surname first or last ("Zheng Bailing", "Qingjiang
    Zheng"); False for a name of two words or more, not all pinyin, with no Chinese surname ("N.A. Duktova",
    "Tom Nyamache"); None when the shape does not say ("Wang", "Li Chegwei", "Anna Lee")."""
    parts = key.replace("-", " ").split()
    if len(parts) < 2:
        return None
    pinyin = all(pinyin_word(w) for w in parts)
    if not {w.lower() for w in parts} & _surnames():
        return None if pinyin else False
    return True if len(parts) <= 3 and pinyin else None


def _name_word(key: str) -> str:
    """The organisation's own name word: the first that is no head noun or generic word ("Liaoning" of
    "Liaoning Petrochemical University", "Nizhny" of "Nizhny Novgorod State Linguistic University")."""
    return next((w for w in key.lower().split() if w not in _generic()), "")


def _pinyin_place(word: str) -> bool:
    """A place name in pinyin with a letter group English and Russian names lack ("Liaoning", "Xiangtan",
    "Lanzhou", "Qinghai"; not "Kazan", "Samara", "Baku", nor one syllable: "Chiang Mai")."""
    distinct = "x" in word or "q" in word or "zh" in word or word.endswith("ng")
    return distinct and word not in _syllables() and pinyin_word(word)


def chinese_org(key: str, staff: dict[str, set[bool | None]]) -> bool | None:
    """The organisation is in China: the registry's country, else "China"/"Chinese" in its name or a pinyin
    place name, else the origin of the names its titles are written beside (``staff``: key -> name
    origins); not in China when its name word is no pinyin ("Nizhny Novgorod ..."); None when nothing
    says ("Kazan", "Hainan")."""
    registry = load_registry()
    for name in (key, key.rsplit(" of ", 1)[-1]):  # a unit takes its parent's country: "News Agency of BIT"
        entry = registry.get(name) or registry.lookup(name)
        if entry is not None:
            return entry.country == "CN"
    word = _name_word(key)
    if {w.lower().strip("()'’s") for w in key.split()} & _CHINA_WORDS or _pinyin_place(word):
        return True
    origins = staff.get(key, set()) - {None}
    if len(origins) == 1:
        return next(iter(origins))
    return None if not word or pinyin_word(word) else False


_GUESSES = frozenset({"role.org.release_home", "role.org.sentence_only", "role.org.sentence_intro"})


@rule("role.org.name_origin")
def name_origin(doc: Doc, facts: list[RoleFact]) -> list[RoleFact]:
    """A guessed title (the release's own organisation, the sentence's only or opening one) whose organisation
    is on the other side of a release between a Chinese organisation and a foreign one than the holder's name
    goes to the one organisation of the name's side among the release's two main ones ("Zheng Bailing, Vice
    President" in a release of Nizhny Novgorod State Linguistic University about Sichuan International
    Studies University)."""
    if not any(f.rule in _GUESSES for f in facts):
        return facts
    staff: dict[str, set[bool | None]] = {}
    for f in facts:
        if f.rule == "role.org.attached" and f.org:
            staff.setdefault(f.org, set()).add(chinese_name(f.person))
    top = top_orgs(doc, 2)
    sides = {k: chinese_org(k, staff) for k in top}
    out: dict[tuple, RoleFact] = {}
    for f in facts:
        origin = chinese_name(f.person) if f.rule in _GUESSES and f.org else None
        side = chinese_org(f.org, staff) if origin is not None and f.org else None
        others = [k for k in top if k != f.org and sides[k] is origin]
        if side is not None and side is not origin and len(others) == 1:
            f = f.model_copy(update={"org": others[0], "rule": "role.org.name_origin"})
        out.setdefault((f.person, f.role, f.org), f)  # one fact per (person, role, org)
    return list(out.values())
