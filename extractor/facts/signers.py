"""Who signed an agreement: "signed by X and Y", "X and Y signed", the people a "between" lists, the subject
of a signing verb (also one it shares with the verb before it)."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Span, Token

from extractor.facts.base import SIGN_FORMS, SIGNED_WORDS, _ents, _signs
from extractor.lang.lexicons import words
from extractor.lang.rules import rule
from extractor.lang.tokens import column, text_of


def _signatories(sent: Span) -> list[str]:
    """People said to sign: "signed by X and Y", "X and Y signed", "X and Y put their signatures"."""
    people = _ents(sent.doc, "PERSON", sent)
    text = text_of(sent).lower()
    by = _SIGNED_BY.search(text)
    if by:
        cut = sent.start_char + by.end()
        aside = _WITNESSES.search(text, by.end())  # "..., with Prime Minister X in attendance": no signer
        stop = sent.start_char + aside.start() if aside else sent.end_char
        return [p.kb_id_ for p in people if cut <= p.start_char < stop]
    between = _between_signers(sent, people)
    if between:
        return between
    if _SIGNATURE.search(text):  # "X and Y put their signatures", "The signatories were X and Y"
        return [p.kb_id_ for p in people]
    signing = words("signing_verbs")  # tags, no lemmatizer: "signed", "inked", "sealed"
    lower, tag = column(sent.doc, "lower"), column(sent.doc, "tag")
    verbs = {i for i in range(sent.start, sent.end) if lower[i] in signing and tag[i].startswith("VB")}
    out = [p.kb_id_ for p in people if _subject_of(p, verbs)]
    # rule agreement.signatories.with_counterpart: "A inked the agreement with his counterpart B", also when A
    # is no name the text gives ("Tong signed a cooperation agreement with Natallia Baranova, President of X")
    out += [p.kb_id_ for p in people if _partner_of(p, verbs) and p.kb_id_ not in out]
    # "A and B discussed, and signed"; the names before the verb, which the parse may read only the last of
    shared = {sent.doc[v].head.i for v in verbs if _shares_subject(sent.doc[v])}
    before = _names_before_verb(people, verbs | shared)
    return (before if before and not set(before) <= set(out) else out or before) or _met_then_signed(
        sent, people, verbs
    )


_SIDES = frozenset({"parties", "sides"})


def _met_then_signed(sent: Span, people: list[Span], verbs: set[int]) -> list[str]:
    """Rule ``agreement.signatories.met_then_signed``: "A, President of X, met with B from Y, and the two
    parties signed an agreement": the two who met are the two sides that signed (the last name before
    "met", the first after it)."""
    doc, lower, tag = sent.doc, column(sent.doc, "lower"), column(sent.doc, "tag")
    span = range(sent.start, sent.end)
    met = next((i for i in span if lower[i] in ("met", "meets") and tag[i].startswith("VB")), None)
    two = next((i for i in range(met, sent.end) if lower[i] == "two"), None) if met is not None else None
    if (
        two is None
        or two + 1 >= sent.end
        or doc[two - 1].lower_ != "the"
        or doc[two + 1].lower_ not in _SIDES
    ):
        return []
    if not any(two < v <= two + 4 for v in verbs):
        return []
    before = [p for p in people if p.end <= met]
    after = [p for p in people if met < p.start and p.end <= two]
    return [before[-1].kb_id_, after[0].kb_id_] if before and after else []


_SIGNATURE = re.compile(r"\b(?:signatures?|signator(?:y|ies))\b")


@rule("agreement.signatories.signature_noun")
def names_signers(sent: Span) -> bool:
    """Rule ``agreement.signatories.signature_noun``: a sentence names who signed by a signing verb or by the
    nouns of signing: "The signatories became A, President of X, and B", "Signatures under the document were
    placed by A and B"."""
    return _signs(sent) or _SIGNATURE.search(text_of(sent).lower()) is not None


def _subject_of(person: Span, verbs: set[int]) -> bool:
    """The person (or the list or apposition it closes) is the subject of a signing verb."""
    tok = person.root
    while tok.dep_ in ("conj", "appos") and tok.head != tok:
        tok = tok.head
    return tok.dep_ == "nsubj" and _signs_as_subject(tok.head, verbs) or _relative_signer(person.root, verbs)


def _relative_signer(tok: Token, verbs: set[int]) -> bool:
    """ "Prof. Daniel Mugendi, who signed the MoU with ...": the name a relative clause's signing verb is
    about (its subject "who")."""
    clauses = [c for c in tok.children if c.dep_ == "relcl" and c.i in verbs]
    return any(g.dep_ == "nsubj" and g.lower_ == "who" for c in clauses for g in c.children)


def _partner_of(person: Span, verbs: set[int]) -> bool:
    """The person is the "with" partner of a signing verb, written after its title ("inked the agreement with
    his BFSU counterpart Prof Yang Dan", "signed a memorandum with the Rector of X, B")."""
    doc = person.doc
    k = person.start - 1
    while k >= 0 and k > person.start - 8 and (_before_name(doc[k]) or doc[k].lower_ in _COUNTERPART_WORDS):
        k -= 1
    if k < 0 or doc[k].lower_ != "with":
        return False
    return any(v < k and k - v <= 8 for v in verbs)


_COUNTERPART_WORDS = frozenset({"his", "her", "their", "its", "counterpart", "counterparts", ","})


def _signs_as_subject(verb: Token, verbs: set[int]) -> bool:
    """The verb signs, or a signing verb joined to it shares its subject (rule
    ``agreement.signatories.shared_subject``: "A and B discussed mutually beneficial areas of cooperation, and
    also signed a Memorandum", "A and B attended exchange activities, signing a cooperation agreement")."""
    return verb.i in verbs or any(c.i in verbs and _shares_subject(c) for c in verb.children)


def _shares_subject(verb: Token) -> bool:
    """A verb joined to the one before it with no subject of its own ("..., and also signed a Memorandum"; not
    "X held negotiations, and an Agreement was signed"), or a participle of its clause ("A and B attended the
    talks, signing an agreement")."""
    joined = verb.dep_ == "conj" or verb.dep_ == "advcl" and verb.tag_ == "VBG"
    return joined and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


# rule agreement.signatories.not_witness: the people who watch a signing ("in the presence of X") or whose
# visit it marked ("signed by four rectors on the occasion of the official visit of President X")
_WITNESSES = re.compile(
    r"\b(?:in the presence of|witnessed by|attended by|with (?:[^.;,]{0,80}?) in attendance|"
    r"on the occasion of|during the (?:[a-z]+ )?visit of)\b"
)


_CLAUSE_STOPS = frozenset(
    {"in", "on", "at", "to", "for", "during", "witnessed", "attended", ";", "which", "who"}
)


def _between_signers(sent: Span, people: list[Span]) -> list[str]:
    """Rule ``agreement.signatories.between``: "the signing of a protocol agreement between IPM President Lei
    Heong Iok and the President of FEPM, Roberto Carneiro, in Lisbon": the people a "between" right after the
    signing verb or the document lists, up to the clause's place, date or purpose, signed it ("talks between
    President X and Y" name no signer)."""
    doc, lower = sent.doc, column(sent.doc, "lower")
    for i in range(sent.start + 1, sent.end):
        if lower[i] != "between" or not (lower[i - 1] in SIGN_FORMS or doc[i - 1].ent_type_ == "AGREEMENT"):
            continue  # the mentions as assembled (the entity columns hold the model's)
        end = next((x for x in range(i + 1, sent.end) if lower[x] in _CLAUSE_STOPS), sent.end)
        found = [p.kb_id_ for p in people if i < p.start and p.end <= end]
        if found:
            return found
    return []


def _before_name(tok: Token) -> bool:
    """A word of the title written before a signer's name: the title, its organisation after "of", an
    honorific, a lower-case modifier of the title ("acting CEO of Uzbekcosmos Agency Shukhrat Kadirov")."""
    modifier = (
        (tok.tag_ in ("JJ", "VBG", "VBN") or tok.is_title)  # "acting CEO", "Country Manager of Huawei"
        and tok.i + 1 < len(tok.doc)
        and tok.doc[tok.i + 1].ent_type_ == "ROLE"
    )
    return tok.ent_type_ in ("ROLE", "ORG") or tok.lower_ in _title_joiners() or modifier or _org_bracket(tok)


def _org_bracket(tok: Token) -> bool:
    """A bracket around an organisation's short form in a title ("President of X (CASS) Wang Weiguang")."""
    inner = tok.i - 1 if tok.text == ")" else tok.i + 1 if tok.text == "(" else -1
    return 0 <= inner < len(tok.doc) and tok.doc[inner].ent_type_ == "ORG"


@cache
def _title_joiners() -> frozenset[str]:
    """Honorifics and the words that join a title to its organisation ("Director Mrs.", "CEO of the X")."""
    return words("honorifics") | {"of", "the"}


def _names_before_verb(people: list[Span], verbs: set[int]) -> list[str]:
    """Rule ``agreement.signatories.names_before_verb``: "... the online meeting Oleg Polukhin and Zhao
    Shengcun signed an Agreement": two or more names joined by "and" or commas (titles and honorifics before
    a name between them) right before the verb or its auxiliaries ("... and Yurii Bobalo have signed"),
    whatever the parse."""
    by_end = {p.end: p for p in people}
    for v in sorted(verbs):
        found, i = [], v
        while people and i > 0 and i not in by_end and people[0].doc[i - 1].lower_ in _AUXILIARIES:
            i -= 1  # "Name1 and Name2 have jointly signed"
        while i in by_end:
            p = by_end[i]
            found.append(p.kb_id_)
            j = p.start - 1
            while j >= 0 and _before_name(p.doc[j]):
                j -= 1  # "Han Yongjin and Director Mrs. T.K. Ramnauth signed": a title before the name
            i = j if j >= 0 and p.doc[j].text in (",", "and") else -1
        if len(found) >= 2 or found and _titled_signer(p, v):
            return found[::-1]
    return []


@rule("agreement.signatories.titled_name_before_verb")
def _titled_signer(person: Span, v: int) -> bool:
    """Rule ``agreement.signatories.titled_name_before_verb``: one name written right after its title and
    right before a signing verb ("the rector of Dagestan State Medical University Suleiman Mamayev signed
    cooperation agreements"), which the parse may hang under the organisation; not the subject of a verb that
    only shares it ("a delegation led by president X visited ... and signed")."""
    doc = person.doc
    return (
        person.start > 0
        and doc[person.start - 1].ent_type_ in ("ROLE", "ORG")
        and doc[v].lower_ in words("signing_verbs")
    )


# the words between the signers' names and the verb: auxiliaries and adverbs of the signing
_AUXILIARIES = frozenset({"have", "has", "had", "jointly", "officially", "formally", "also", "together"})


_SIGNED_BY = re.compile(  # the forms of patterns/signing_verbs.jsonl: "signed by", "inked by", "signing by"
    rf"\b(?:{SIGNED_WORDS}|signing)\b(?:(?!\b(?:attended|hosted|held|organi[sz]ed|chaired|witnessed|"
    r"received|welcomed|visited)\b)[^.;]){0,160}?\bby\b"
)
