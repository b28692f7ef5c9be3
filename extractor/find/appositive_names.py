"""Rule ``rule_apposition``: a person's name written before ", Title" ("Batapova Marina Vladimirovna, Vice
President", "Petr Chubik, rector", "Nazir Obeidat, UJ President", "Arziev, Uzbek ambassador", "Yacine El Mahdi
Oualid, Algeria’s Minister of ..."), whatever label the model gave it."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from extractor.find.name_words import PORTFOLIO_PREPS, surname_like
from extractor.find.person_names import NAME_JOINERS, PATRONYMIC
from extractor.find.title_names import bare_initial
from extractor.lang.countries import names_a_country
from extractor.lang.lexicons import lexicon, words
from extractor.lang.tokens import POSSESSIVE, column, is_initials, is_name_word


def _org_before_title(doc: Doc, c: int) -> int:
    """Where the words of an organisation written before a title start, minus one ("UJ" in ", UJ President",
    "ADA University" in ", ADA University Vice Rector"): acronyms and head nouns, three at most."""
    heads = words("org_heads")
    k = c
    while (
        k >= 1
        and c - k < 3
        and (
            doc[k].is_upper
            and len(doc[k]) > 1
            and doc[k].is_alpha
            or doc[k].lower_ in heads
            and doc[k].is_title
        )
    ):
        k -= 1
    return k if k < c and doc[k].text == "," else c


def _name_start(doc: Doc, e: int, titles: frozenset[str], org_words: frozenset[str]) -> int:
    """Where a name of at most four words ending before token ``e`` starts (name words, initials, joiners)."""
    s = e
    while s > 0 and e - s < 4:
        t = doc[s - 1]
        if (
            "\n" in t.whitespace_
            or not (
                is_name_word(t)
                or is_initials(t)
                or t.text in NAME_JOINERS
                or s == e - 1
                and bare_initial(column(doc, "text"), s - 1)
            )
            or t.lower_ in titles
            or t.lower_ in org_words
            or t.is_stop
            and not t.is_upper
        ):
            break
        s -= 1
    while s < e and doc[s].text in NAME_JOINERS:
        s += 1
    return s


def _demonym(tok: Token) -> bool:
    """A nationality word ("Uzbek", "Russian"): a demonym of ``patterns/places.jsonl``."""
    return tok.is_title and lexicon("places").get(tok.lower_) == "demonym"


def _apposition_name(doc: Doc, s: int, e: int) -> bool:
    """Tokens s..e read as a person's name before ", Title": not one lower-case word or a place, not a
    title's portfolio ("Deputy Director for Educational Activities, Head of ...")."""
    if s == e:
        return False
    lone = doc[s].lower_ if e - s == 1 else None  # "Today, the Principal of X, Name": a name stop, no surname
    if lone is not None and (lone in words("name_stops") or not doc[s].is_upper and not surname_like(lone)):
        return False
    if e - s == 1 and doc[s].ent_type_ in ("GPE", "NORP", "ORG") and not surname_like(doc[s].lower_):
        return False  # the model's label of a lone surname before ", Title" is a guess ("Zernov": NORP)
    return not (s > 0 and doc[s - 1].lower_ in PORTFOLIO_PREPS)


def appositive_names(doc: Doc, titles: frozenset[str], org_words: frozenset[str]) -> list[Span]:
    """Names before ", Title" ("Batapova Marina Vladimirovna, Vice President", "Petr Chubik, rector")."""
    out = []
    cues = doc.spans.get("role_cues", [])
    for cue in cues:
        c = cue.start - 1
        if c >= 0 and doc[c].lower_ == "the":
            c -= 1
        c = _org_before_title(doc, c)  # "Nazir Obeidat, UJ President", "X, ADA University Vice Rector"
        if c >= 2 and doc[c].text in POSSESSIVE and names_a_country(doc[c - 1].text) and cue[0].is_title:
            c -= 2  # "Yacine El Mahdi Oualid, Algeria’s Minister of ..."; not "India’s premier institute"
        if c >= 1 and _demonym(doc[c]):
            c -= 1  # "Arziev, Uzbek ambassador to China"
            if c >= 1 and doc[c].lower_ == "the":
                c -= 1  # "Tsedenbal Tsogzolmaa, the Mongolian Minister of Education"
        if c < 1 or doc[c].text != ",":
            continue
        e = c
        s = _name_start(doc, e, titles, org_words)
        if not _apposition_name(doc, s, e) and not _list_item_name(doc, s, e, cues):
            continue
        if e - s >= 3 and not any(PATRONYMIC.search(t.lower_) for t in doc[s:e]):
            s = e - 2
        out.append(Span(doc, s, e, label="PERSON", span_id="rule_apposition"))
    return out


def _list_item_name(doc: Doc, s: int, e: int, cues) -> bool:
    """Rule ``rule_apposition`` in a name-first list: "Wu Limin, president of IMU, Dabhurbayar, vice
    president of IMU": one capitalised word between a comma that closes the title before and ", Title" is a
    name."""
    if e - s != 1 or s < 2 or doc[s - 1].text != "," or not doc[s].is_title or not doc[s].is_alpha:
        return False
    return any(s - 12 <= cue.end < s - 1 for cue in cues)
