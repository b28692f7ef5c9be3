"""Acronyms that act as organisations: an all-capital word the document never spells out, standing where
only an organisation stands ("HENU president LOU Yuangong", "between CASTTC and the Qatar Free Zone
Authority")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from extractor.find.org_shapes import dateline_place
from extractor.find.org_words import VISIT_WORDS
from extractor.lang.lexicons import document_words, title_words, words
from extractor.lang.tokens import MONTHS, POSSESSIVE, column, doc_text

_LEADER_AFTER = re.compile(
    r"(?:['’]s)?[ \t]+(?:first |acting |executive )?(?:vice[- ]|deputy |pro-)?(?:president|rector|"
    r"chancellor|director|dean|leaders?|leadership|delegation|VC)\b",
    re.I,
)
_ACRONYM_WORD = re.compile(r"(?<![\w-])(?:[A-Z]{3,7}|[A-Z][a-z]*(?:[A-Z][a-z]*){2,}(?<=\w))(?![\w-])")
# read only after "<title> of": two capitals, capitals with a number, two short forms joined by "@"
# ("President of AU", "Director of CAMP2", "Director of CI@TU")
_SHORT_FORM = re.compile(r"(?<![\w@-])(?:[A-Z]{1,4}@[A-Z]{1,4}|[A-Z]{2,6}\d{1,2}|[A-Z]{2})(?![\w@-])")


def acronyms_acting(doc: Doc) -> list[Span]:
    """Rule ``org.acronym_acting``: an all-capital word the document never spells out, standing where only an
    organisation stands: before a leader's title or a delegation, or after "<title> of" ("HENU president LOU
    Yuangong", "Li Lu, President of ZJSRU", "CHU leader led a delegation"), as the subject of a signing ("HENU
    signed a joint training agreement") or of the headline ("SibGIU strengthens cooperation ..."), after
    "on behalf of" ("signed on behalf of NCUT"), joined by "and" to an organisation ("between CASTTC and
    the Qatar Free Zone Authority"), as the subject of what institutions do ("GUIMC hosted a delegation"), as
    what a delegation visits ("visited SCAU") or as an owner ("OUM’s commitment"); after "<title> of" also two
    capitals, capitals with a number or two short forms joined by "@" ("President of AU", "Director of CAMP2",
    "Director of CI@TU"; never a field's short form: "Head of HR"). Places, months and titles are not such
    words."""
    titles = title_words()
    out = []
    text = doc_text(doc)
    for m, short in _acronym_words(text):  # only words spelt like acronyms ("HENU", "SibGIU") are read
        found = doc.char_span(m.start(), m.end())
        if found is None or len(found) != 1:
            continue
        tok = found[0]
        after_title_of = _after_title_of(doc, tok.i, titles)
        if short and not (after_title_of and _may_name(tok) and tok.lower_ not in words("field_acronyms")):
            continue
        if _no_acronym(tok, after_title_of, titles):
            continue
        behalf = column(doc, "lower")[max(0, tok.i - 3) : tok.i] == ["on", "behalf", "of"]  # "... of NCUT"
        # "VSUES first vice-rector prof. Olga Vorozhbit", "Li Lu, President of ZJSRU;"
        before_title = bool(_LEADER_AFTER.match(text, m.end())) or after_title_of or behalf
        signs = (
            tok.dep_ == "nsubj"
            and (_acts(tok) or not text[: tok.idx].strip())
            or _coordinated_with_org(tok)
            or _possessor(tok)
            or _visited(tok)
        )  # the headline's subject: "SibGIU strengthens"
        dateline = dateline_place(found) and found.end < len(doc) and doc[found.end].text in (",", "(")
        if (before_title or signs) and not dateline:  # "KARACHI, (UrduPoint ...): A and B signed"
            out.append(Span(doc, tok.i, tok.i + 1, label="ORG", span_id="acronym_acting"))
    return out


def _acronym_words(text: str) -> Iterator[tuple[re.Match, bool]]:
    """The words spelt like acronyms, and whether each is one of the short forms read only after "<title>
    of"."""
    yield from ((m, False) for m in _ACRONYM_WORD.finditer(text))
    yield from ((m, True) for m in _SHORT_FORM.finditer(text))


def _acts(subject: Token) -> bool:
    """The subject of a verb of what an institution does: signing, hosting, visiting, meeting, agreeing
    ("GUIMC hosted a delegation", "USJP and CIIE agreed to ..."; ``patterns/signing_verbs``,
    ``headline_verbs``), when it may name one (:func:`_may_name`)."""
    verb = subject.head.lower_
    return (verb in words("signing_verbs") or verb in words("headline_verbs")) and _may_name(subject)


def _visited(tok: Token) -> bool:
    """ "Professor X ... visited SCAU", "a visit to HZAU": the place a delegation visits, when it may name an
    institution (:func:`_may_name`; places are no acronyms)."""
    doc, i = tok.doc, tok.i
    after_visit = i >= 2 and doc[i - 1].lower_ == "to" and doc[i - 2].lower_ in VISIT_WORDS
    return (tok.dep_ == "dobj" and tok.head.lower_ in VISIT_WORDS or after_visit) and _may_name(tok)


def _possessor(tok: Token) -> bool:
    """ "OUM’s commitment to expanding its reach", "UFV’s president": an acronym that owns what follows, when
    it may name an institution (:func:`_may_name`)."""
    doc = tok.doc
    return tok.i + 1 < len(doc) and doc[tok.i + 1].text in POSSESSIVE and _may_name(tok)


def _may_name(tok: Token) -> bool:
    """Not a document, a legal form, a plural, a stop word in capitals or a name right after a title ("MOU was
    signed", "JSC", "HBCUs", "THE’s", "CITI University of Mongolia president BAI")."""
    low, doc = tok.lower_, tok.doc
    if low in document_words() or low in words("legal_forms") or tok.is_stop or tok.text.endswith("s"):
        return False
    return not (tok.i > 0 and doc[tok.i - 1].lower_ in title_words())


def _no_acronym(tok: Token, after_title_of: bool, titles: frozenset[str]) -> bool:
    """A place, title, month or date, a person the model found (unless after "<title> of"), or a short word
    the model reads as a place or people ("UAE President"; the model reads "HENU" as a place)."""
    t = tok.text
    return (
        len(t) > 7
        or tok.lower_ in words("places")
        or tok.lower_ in titles
        or tok.lower_ in MONTHS
        or tok.ent_type_ == "DATE"
        or tok.ent_type_ == "PERSON"
        and t.isupper()
        and not after_title_of
        or tok.ent_type_ in ("GPE", "NORP")
        and len(t) <= 3
    )


def _coordinated_with_org(tok: Token) -> bool:
    """ "between CASTTC and the Qatar Free Zone Authority", "the Academy of Sciences, CAMCE and ...": the
    parse joins the word by "and" or a comma to a name the model reads as an organisation; never a document
    word or a field's acronym ("MOUs", "ICT")."""
    if tok.lower_ in document_words() or tok.lower_ in words("field_acronyms"):
        return False  # "MOUs", "ICT"
    joined = [tok.head] if tok.dep_ == "conj" else []
    return any(t.ent_type_ == "ORG" for t in joined + [c for c in tok.children if c.dep_ == "conj"])


def _after_title_of(doc: Doc, i: int, titles: frozenset[str]) -> bool:
    """ "Li Lu, President of ZJSRU", "President of the SLCJF"; not "Head of the ICGE of the Institute ...",
    a unit named through its parent."""
    unit_of = i + 1 < len(doc) and doc[i + 1].lower_ == "of"
    j = i - (i >= 1 and doc[i - 1].lower_ == "the" and not unit_of)
    return j >= 2 and doc[j - 1].lower_ == "of" and doc[j - 2].lower_ in titles
