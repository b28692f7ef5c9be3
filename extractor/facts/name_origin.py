"""Rule ``role.org.name_origin``: a title whose organisation was only the release's own, read again from the
shape of the holder's name when the release is between a Chinese organisation and a foreign one."""

from __future__ import annotations

from functools import cache

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
    words = key.replace("-", " ").split()
    surnames = {k for k, v in lexicon("person_names").items() if v == "surname_cn"}
    if len(words) < 2:
        return None
    pinyin = all(pinyin_word(w) for w in words)
    if not {w.lower() for w in words} & surnames:
        return None if pinyin else False
    return True if len(words) <= 3 and pinyin else None


def _name_word(key: str) -> str:
    """The organisation's own name word: the first that is no head noun or generic word ("Liaoning" of
    "Liaoning Petrochemical University", "Nizhny" of "Nizhny Novgorod State Linguistic University")."""
    generic = words("org_heads") | words("generic_name_words") | {"of", "the", "and", "for"}
    return next((w for w in key.lower().split() if w not in generic), "")


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
    entry = load_registry().get(key)
    if entry is not None:
        return entry.country == "CN"
    word = _name_word(key)
    if {w.lower().strip("()'’s") for w in key.split()} & _CHINA_WORDS or _pinyin_place(word):
        return True
    origins = staff.get(key, set()) - {None}
    if len(origins) == 1:
        return next(iter(origins))
    return None if not word or pinyin_word(word) else False


@rule("role.org.name_origin")
def name_origin(doc: Doc, facts: list[RoleFact], home: str | None) -> list[RoleFact]:
    """A guessed title (``role.org.release_home``) of a person with a Chinese name goes to the one Chinese
    organisation among the release's main ones when the release's own is foreign, and a foreigner's to the
    one foreign organisation when the release's own is Chinese ("Zheng Bailing, Vice President" in a release
    of Nizhny Novgorod State Linguistic University about Sichuan International Studies University)."""
    staff: dict[str, set[bool | None]] = {}
    for f in facts:
        if f.rule == "role.org.attached" and f.org:
            staff.setdefault(f.org, set()).add(chinese_name(f.person))
    home_cn = chinese_org(home, staff) if home is not None else None
    if home_cn is None:
        return facts
    others = [k for k in top_orgs(doc, 2) if k != home and chinese_org(k, staff) is (not home_cn)]
    if len(others) != 1:
        return facts
    moved = (
        f.model_copy(update={"org": others[0], "rule": "role.org.name_origin"})
        if f.rule == "role.org.release_home" and f.org == home and chinese_name(f.person) is (not home_cn)
        else f
        for f in facts
    )
    out: dict[tuple, RoleFact] = {}
    for f in moved:  # one fact per (person, role, org)
        out.setdefault((f.person, f.role, f.org), f)
    return list(out.values())
