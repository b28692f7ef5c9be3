"""Officials of states: a minister's ministry, an ambassador's country, a national office, a country's title
(``role.org.ministry`` ...)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from extractor.find.role_words import PLACE_WORDS, country_name, place_word, served_title_end
from extractor.lang.lexicons import words, words_of
from extractor.lang.sentences import sent_of
from extractor.lang.tokens import INSTITUTION_NOUNS, POSSESSIVE, model_ents, text_of

# words a title and a ministry name share that say nothing of the portfolio
_NOT_PORTFOLIO = frozenset(
    {
        "of",
        "the",
        "and",
        "for",
        "on",
        "in",
        "minister",
        "deputy",
        "vice",
        "first",
        "ministry",
        "republic",
        "federation",
    }
)


def ministry_of(role: Span, orgs: list[Span]) -> Span | None:
    """ "Minister of Science, Higher Education and Innovations" holds office at the ministry the document
    names with the same portfolio ("Ministry of Science, Higher Education and Innovation of ...")."""

    def words_of(text: str) -> set[str]:
        return {w.lower().rstrip("s") for w in re.findall(r"[A-Za-z]+", text)} - _NOT_PORTFOLIO

    country = _title_country(role)
    portfolio = {w for w in words_of(role.text) if not country or not w.startswith(country[:4])}
    ministries = [o for o in orgs if _MINISTRY.match(o.text)]
    of_country = [o for o in ministries if not country or country[:4] in o.kb_id_.lower()]
    if not portfolio:
        return _sole(of_country)
    best, best_n = None, 0
    for o in ministries:
        named = words_of(o.text)
        n = len(portfolio & named)
        same = o in of_country or _unplaced(o.kb_id_) and portfolio == named and n >= 2
        if same and n > best_n and n >= min(2, len(portfolio)):
            best, best_n = o, n
    return best


def _unplaced(key: str) -> bool:
    """A ministry's key that names no country or place ("Ministry of Innovative Development"): the
    minister "of the Republic of Uzbekistan" may hold office there when it has the same portfolio, of two
    words or more ("Minister of Science and Higher Education" is not at "Ministry of Higher Education")."""
    return not any(place_word(w, w.lower()) for w in re.findall(r"[A-Za-z]+", key))


# the ministry itself, not a unit of it ("Press Center of the Ministry ...")
_MINISTRY = re.compile(r"(?:[\w-]+['’]s\s+|[A-Z][\w-]+\s+){0,3}ministry\b", re.I)


def _sole(ministries: list[Span]) -> Span | None:
    """Rule ``role.org.ministry_portfolio`` for a bare "Minister X" ("the Kazakh delegation, led by Minister
    Sayasat Nurbek"): the one ministry the document names (of the title's country, when it names one)."""
    return ministries[0] if len({o.kb_id_ for o in ministries}) == 1 else None


def _title_country(role: Span) -> str | None:
    """The country a title names ("Deputy Minister of Education of China", "China's Vice-Minister"), as a
    lower-case place word, or None."""
    doc = role.doc
    around = list(doc[max(0, role.start - 2) : role.start]) + list(role) + list(doc[role.end : role.end + 5])
    places = words("places")
    named = next((t.lower_ for t in around if t.lower_ in places and t.text[:1].isupper()), None)
    if named is not None:
        return named
    for t in around:  # "of the Tuvan People's Republic": the word that names the republic
        if t.lower_ in PLACE_WORDS and t.text[:1].isupper():
            words_before = [
                w
                for w in doc[max(0, t.i - 3) : t.i]
                if w.text[:1].isupper() and w.lower_ not in ("people", "people's", "the")
            ]
            return words_before[0].lower_ if words_before else None
    return None


def national(role: Span) -> bool:
    """A nationality or country right before the title ("Russian President", "Chinese Minister")."""
    doc = role.doc
    if role.start == 0:
        return False
    prev = doc[role.start - 1]
    model = model_ents(doc) if "model_ents" in doc.spans else []
    if _org_qualifier(doc, prev.i):
        return False  # "The CITI University of Mongolia president BAI": the place qualifies the university
    in_model = any(e.label_ in ("NORP", "GPE") and e.start <= prev.i < e.end for e in model)
    return in_model or prev.lower_ in words("places") or _of_state(doc, role.end)


def _org_qualifier(doc: Doc, i: int) -> bool:
    """The place at ``i`` closes an organisation's "of <place>" ("CITI University of Mongolia president BAI"),
    not a nationality of the title after it."""
    return i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].ent_type_ == "ORG"


def _of_state(doc: Doc, i: int) -> bool:
    """ "President of the Republic of X", "head of the Republic of Sakha", "Minister of Mongolia": a state's
    form or a place right after the title's "of" (past "the"), not a place further on inside a name
    ("Director of Hub TEC China")."""
    if i >= len(doc) or doc[i].lower_ != "of":
        return False
    j = i + 1
    while j < len(doc) and j < i + 7 and (doc[j].lower_ == "the" or doc[j].lower_ in _STATE_FORM):
        j += 1
    state = any(t.lower_ in ("republic", "kingdom", "federation") for t in doc[i + 1 : j])
    return state or j < len(doc) and (doc[j].lower_ in words("places") or doc[j].lower_ in PLACE_WORDS)


def _described_institution(doc: Doc, j: int) -> bool:
    """ "the Rector of the Uzbek partner University X": the place word describes an institution named right
    after it, no state."""
    return any(t.lower_ in INSTITUTION_NOUNS for t in doc[j + 1 : j + 4])


def of_country(role: Span, orgs: list[Span], end: int | None = None) -> bool:
    """Rule ``role.org.of_country``: "D. Mandax, president of Mongolia", "the President of the country N.
    Nazarbayev": a title of a country (a place right after "of", no organisation there; "of the country" in
    the title) is held at no organisation; so is an adviser's or assistant's title to
    a state's office ("Foreign Policy advisor to the President of the Kyrgyz Republic") and a title that holds
    its country ("President of Ghana Prof. Mills"). ``end``: where the
    "of" is read instead of the title's end ("President Ilham Aliyev of Azerbaijan": after the name)."""
    doc = role.doc
    title = text_of(role).lower()
    if end is None and title.endswith(" of the country"):
        return True  # the lower-case phrase stays in the title: "the President of the country N. Nazarbayev"
    parts = text_of(role).split(" of ")
    if end is None and len(parts) == 2 and country_name(parts[1].removeprefix("the ")):
        return True  # the country stays in the title: "President of Ghana Prof. Mills"
    i = _office_served(doc, role.end if end is None else end)
    if i + 1 >= len(doc) or doc[i].lower_ != "of":
        return False
    j = i + 1 + (doc[i + 1].lower_ == "the")
    if j >= len(doc) or any(o.start <= j < o.end for o in orgs):
        return False
    while j + 1 < len(doc) and j < i + 7 and doc[j].lower_ in _STATE_FORM:
        j += 1  # "Chairman of the People's Republic of China Xi Jinping"
    nxt = doc[j + 1] if j + 1 < len(doc) else None
    state_noun = nxt is not None and nxt.lower_ in ("republic", "federation")  # "the Kyrgyz Republic"
    owner = nxt is not None and nxt.text in POSSESSIVE  # "rector of Turkey's Kastamonu University"
    described = _described_institution(doc, j)
    return (
        doc[j].lower_ in words("places")
        and not owner
        and not described
        and (nxt is None or not nxt.is_title or nxt.ent_type_ == "PERSON" or state_noun)
    )


_STATE_OFFICES = frozenset({"president", "prime", "minister", "king", "emir", "chairman", "premier"})


def _office_served(doc: Doc, i: int) -> int:
    """Past "to the President" / "to the Prime Minister" after a title: where the office's "of" stands."""
    return served_title_end(doc, i, _STATE_OFFICES)


# words of a state's formal name before the country ("the People's Republic of", "the Kingdom of")
_STATE_FORM = frozenset(
    {
        "people",
        "people's",
        "'s",
        "’s",
        "socialist",
        "islamic",
        "democratic",
        "federal",
        "republic",
        "kingdom",
        "of",
    }
)


_STATE_EVENT = re.compile(
    r"\b(?:summit|state visit|official visit|counterpart|prime minister|heads of state|"
    r"visit of (?:the )?president(?: [\w-]+){1,4} to|"
    r"(?:order|decree|resolution)s? of (?:the )?president|"
    r"president(?: [\w-]+){1,4}['’]s (?:\w+ )?visit to)\b",  # "President Jair Bolsonaro's visit to China"
    re.I,
)


def state_event(role: Span) -> bool:
    """The title's sentence tells of a summit, a state visit, a counterpart, a president's decree or a
    president's visit to a country."""
    return bool(_STATE_EVENT.search(text_of(sent_of(role))))


_GOVERNMENT_OFFICE = frozenset({"permanent", "cabinet", "principal"})


def government_secretary(role: Span) -> bool:
    """A secretary of a government portfolio ("Tourism Secretary Wanda Teo", "the Secretary for Social Affairs
    and Culture", "Higher Education Permanent Secretary") or a party's "General Secretary" holds a public
    office, as a minister does; "Scientific Secretary", "Party Secretary" and "First Secretary" are an
    institution's or a mission's."""
    doc, text = role.doc, role.text.lower()
    if "secretary" not in text.replace("-", " ").split():
        return False
    before = doc[role.start - 1] if role.start > 0 else None
    said = {t.lower_ for t in role} | ({before.lower_} if before is not None and before.is_title else set())
    offices = words_of("portfolio_words", "field") | _GOVERNMENT_OFFICE
    return text == "general secretary" or bool(said & offices)
