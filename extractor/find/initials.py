"""Names written with initials: "M.E. Rayak", "N.Abdullayev", "Shavkat I.Salikhov", "Yu. S. Borovikov"."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from extractor.find.name_words import an_initial
from extractor.lang.lexicons import lexicon, words
from extractor.lang.rules import rule
from extractor.lang.tokens import INITIAL, doc_text, is_glued_initials_name, is_initials, is_name_word

# A capital not preceded by a word character or a dot (the look-behind comes after the capital, so the regex
# engine can skip ahead to capitals), a dot, more capitals and dots, letters.
_DOTTED = re.compile(r"[A-Z](?<![\w.][A-Z])[A-Za-z]?\.(?:[A-Z][A-Za-z]?\.?)*[A-Za-z]*")
_SPLIT_INITIALS = re.compile(rf"^(?:{INITIAL}\.){{1,2}}{INITIAL}$")
_DIGRAPH = re.compile(rf"^{INITIAL}$")


@rule("person.initials.spaced_digraph")
def _spaced_initials(doc: Doc, i: int, titles: frozenset[str], org_words: frozenset[str]) -> Span | None:
    """Rule ``person.initials.spaced_digraph``: "Rector Yu. S. Borovikov", "F. Sh. Alimov", "Kh. Tamir":
    initials written apart, one of them a transliterated two-letter initial ("Yu", "Sh", "Kh"; the tokenizer
    may split it from its dot), then the surname; never inside a name ("Igor Yu. Dolmatov")."""
    prev = doc[i - 1] if i else None
    given = (
        prev is not None and prev.lower_ not in titles and is_name_word(prev) and prev.ent_type_ == "PERSON"
    )
    if given or prev is not None and lexicon("person_names").get(prev.lower_) == "given":
        return None
    j, digraphs, n = i, 0, 0
    while j < len(doc) and n < 3:
        tok = doc[j]
        if tok.is_title and _DIGRAPH.match(tok.text) and j + 1 < len(doc) and doc[j + 1].text == ".":
            j, digraphs = j + 2, digraphs + 1  # "Yu" "." ("YU. The": an acronym ends a sentence)
        elif is_initials(tok):
            j, digraphs = j + 1, digraphs + (len(tok.text.rstrip(".")) == 2)
        else:
            break
        n += 1
    if not digraphs or j - i < 2 or j >= len(doc) or not is_name_word(doc[j]) or doc[j].lower_ in org_words:
        return None
    return Span(doc, i, j + 1, label="PERSON", span_id="rule_initials")


def _initials_at(doc: Doc, i: int, titles: frozenset[str], org_words: frozenset[str]) -> Span | None:
    """Rule ``rule_initials``: a name written with initials at token ``i`` ("M.E. Rayak", "N.Abdullayev",
    "Shavkat I.Salikhov" with the given name before)."""
    tok = doc[i]
    if (
        _SPLIT_INITIALS.match(tok.text)
        and i + 2 < len(doc)
        and doc[i + 1].text == "."
        and not tok.whitespace_
        and is_name_word(doc[i + 2])
        and doc[i + 2].lower_ not in org_words
    ):
        return Span(doc, i, i + 3, label="PERSON", span_id="rule_initials")
    spaced = _spaced_initials(doc, i, titles, org_words)
    if spaced is not None:
        return spaced
    if is_glued_initials_name(tok):
        prev = doc[i - 1] if i > 0 else None
        given = (
            prev is not None
            and is_name_word(prev)
            and not prev.is_sent_start
            and prev.lower_ not in titles
            and prev.lower_ not in org_words
            and not prev.text.isupper()
            and (prev.ent_type_ == "PERSON" or lexicon("person_names").get(prev.lower_) == "given")
        )
        return Span(doc, i - given, i + 1, label="PERSON", span_id="rule_initials")
    if (
        is_initials(tok)
        and (tok.lower_ not in words("honorifics") or an_initial(doc, i))  # "H.E. IOFS Director": Excellency
        and i + 1 < len(doc)
        and f"{tok.lower_} {doc[i + 1].lower_}" not in words("honorifics")  # "H. E. the Ambassador"
        and is_name_word(doc[i + 1])
        and tok.whitespace_ != ""
        and doc[i + 1].lower_ not in org_words
    ):
        return Span(doc, i, i + 2, label="PERSON", span_id="rule_initials")
    return _surname_first(doc, i, titles, org_words)


_CAPITAL_INITIALS = re.compile(r"^(?:[A-Z]\.|(?:[A-Z][a-z]?\.){2,3})$")  # "S.N.", "K.Zh."; not "Co."


@rule("person.initials.surname_first")
def _surname_first(doc: Doc, i: int, titles: frozenset[str], org_words: frozenset[str]) -> Span | None:
    """Rule ``person.initials.surname_first``: "head of the International Relations Department of TashPMI
    Nurkhodzhaev S.N. and ...": a surname, then its initials in capitals, with no name after them; never a
    place ("Washington D.C."), a title or an organisation's word before the initials."""
    tok = doc[i]
    if i == 0 or not _CAPITAL_INITIALS.match(tok.text):
        return None
    prev, nxt = doc[i - 1], doc[i + 1] if i + 1 < len(doc) else None
    if not is_name_word(prev) or prev.is_upper or not prev.is_alpha or prev.whitespace_ != " ":
        return None
    if prev.lower_ in titles or prev.lower_ in org_words or prev.lower_ in lexicon("places"):
        return None
    if prev.ent_type_ in ("GPE", "LOC", "FAC") or tok.ent_type_ in ("GPE", "LOC", "FAC"):
        return None  # the model's place: "Washington D.C."
    if nxt is not None and is_name_word(nxt) and tok.whitespace_:
        return None  # "Ivanov S.N. Petrov": initials that open the next name
    return Span(doc, i - 1, i + 1, label="PERSON", span_id="rule_initials")


def initials_names(doc: Doc, titles: frozenset[str], org_words: frozenset[str]) -> list[Span]:
    """Initials names the model misses; only tokens with a dot can hold initials."""
    out = []
    for m in _DOTTED.finditer(doc_text(doc)):
        found = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if found is not None and len(found) and (span := _initials_at(doc, found[0].i, titles, org_words)):
            out.append(span)
    return out
