"""Find people's names: the model's PERSON ents cleaned of titles, initials forms, repeated surnames."""

from __future__ import annotations

import re
from functools import lru_cache

import numpy
from spacy.tokens import Doc, Span

from extractor.find.role_lists import is_plural
from extractor.lang.lexicons import lexicon, words
from extractor.lang.tokens import (
    INITIAL,
    doc_lower,
    doc_text,
    hashes,
    is_glued_initials_name,
    is_initials,
    is_name_word,
    lower_in,
    model_ents,
)

_DROP_LEFT = frozenset({"the", "our", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.",
                        "professor", "academician", "president", "rector", "director", "minister"})


# A capital not preceded by a word character or a dot (the look-behind comes after the capital, so the regex
# engine can skip ahead to capitals), a dot, more capitals and dots, letters.
_DOTTED = re.compile(r"[A-Z](?<![\w.][A-Z])[A-Za-z]?\.(?:[A-Z][A-Za-z]?\.?)*[A-Za-z]*")
_SPLIT_INITIALS = re.compile(rf"^(?:{INITIAL}\.){{1,2}}{INITIAL}$")
_NAME_JOINERS = frozenset({"·", "•", "-"})
_PATRONYMIC = re.compile(r"(?:vich|vna|ovich|evich|ovna|evna|ichna|ich|ogly|kyzy|uly|qizi)$")


@lru_cache(maxsize=1)
def _honorific_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The honorifics regex, case-insensitive and for lower-cased text (twice as fast)."""
    words_ = sorted(words("honorifics") | {"mr", "dr", "ms", "mrs"}, key=len, reverse=True)
    pattern = r"(?<![\w.])(?:" + "|".join(re.escape(w) for w in words_) + r")(?![\w])"
    return re.compile(pattern, re.I), re.compile(pattern)


def _honorific_spans(doc: Doc) -> list[Span]:
    """Honorifics ("Mr.", "Dr", "Professor", "His Excellency"), found by one scan of the text."""
    out = []
    low = doc_lower(doc)
    any_case, lower_case = _honorific_patterns()
    for m in any_case.finditer(doc_text(doc)) if low is None else lower_case.finditer(low):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None and len(span) and span.start_char == m.start():
            out.append(span)
    return out


def _past_org(doc: Doc, end: int, org_words: frozenset[str]) -> int:
    """After "Title of X University" (an organisation name ending in a head noun or an acronym), the index
    where a following name would start; ``end`` itself when the title is not followed by "of <name>"."""
    if end >= len(doc) or doc[end].lower_ != "of":
        return end
    k = end + 1
    if k < len(doc) and doc[k].lower_ == "the":
        k += 1
    last_head = None
    while k < len(doc) and k < end + 10 and (is_name_word(doc[k]) or doc[k].lower_ in {"of", "and"}):
        if "\n" in doc[k].whitespace_:
            break
        if doc[k].lower_ in org_words or doc[k].is_upper and len(doc[k]) > 1:
            last_head = k
        k += 1
    return last_head + 1 if last_head is not None else end


def titled_names(doc: Doc, titles: frozenset[str], org_words: frozenset[str]) -> list[Span]:
    """Names right after a title or honorific ("Rector Anatoly Nikolaev", "President VASILIEV", "Mr. Cvik")."""
    cues = [(c.start, c.end) for c in doc.spans.get("role_cues", []) if not is_plural(c)]  # not "Rectors Forum"
    cues += [(h.start, h.end) for h in _honorific_spans(doc)]
    not_names = org_words | words("not_org_heads")
    out = []
    for _, cue_end in cues:
        end = _past_org(doc, cue_end, org_words)
        j = end
        while j < len(doc) and j < end + 4 and (is_name_word(doc[j]) and doc[j].lower_ not in titles
                                              and doc[j].lower_ not in not_names or
                                              doc[j].text in _NAME_JOINERS and j > end):
            if "\n" in doc[j].whitespace_:
                j += 1
                break
            j += 1
        while j > end and doc[j - 1].text in _NAME_JOINERS:
            j -= 1
        if j == end or j < len(doc) and doc[j].lower_ in org_words:
            continue
        if end == cue_end and any(t.ent_type_ in ("ORG", "GPE") and t.ent_iob_ == "B" and t.i > end
                                  for t in doc[end:j]):
            continue
        if end > cue_end and (j - end < 2 or any(t.tag_.startswith("VB") for t in doc[end:j])):
            continue  # after "Title of X University" only a full name, never "Visited"
        out.append(Span(doc, end, j, label="PERSON", span_id="rule_title_name"))
    return out


_PORTFOLIO_PREPS = frozenset({"for", "of", "on", "in"})


def _org_before_title(doc: Doc, c: int) -> int:
    """Where the words of an organisation written before a title start, minus one ("UJ" in ", UJ President",
    "ADA University" in ", ADA University Vice Rector"): acronyms and head nouns, three at most."""
    heads = words("org_heads")
    k = c
    while k >= 1 and c - k < 3 and (doc[k].is_upper and len(doc[k]) > 1 and doc[k].is_alpha or
                                    doc[k].lower_ in heads and doc[k].is_title):
        k -= 1
    return k if k < c and doc[k].text == "," else c


def appositive_names(doc: Doc, titles: frozenset[str], org_words: frozenset[str]) -> list[Span]:
    """Names right before ", Title" ("Batapova Marina Vladimirovna, Vice President", "Petr Chubik, rector")."""
    out = []
    for cue in doc.spans.get("role_cues", []):
        c = cue.start - 1
        if c >= 0 and doc[c].lower_ == "the":
            c -= 1
        c = _org_before_title(doc, c)  # "Nazir Obeidat, UJ President", "X, ADA University Vice Rector"
        if c < 1 or doc[c].text != ",":
            continue
        e = s = c
        while s > 0 and e - s < 4:
            t = doc[s - 1]
            if "\n" in t.whitespace_ or not (is_name_word(t) or is_initials(t) or t.text in _NAME_JOINERS) or \
                    t.lower_ in titles or t.lower_ in org_words or t.is_stop and not t.is_upper:
                break
            s -= 1
        while s < e and doc[s].text in _NAME_JOINERS:
            s += 1
        if s == e or (e - s == 1 and not doc[s].is_upper and not surname_like(doc[s].lower_)):
            continue
        if e - s == 1 and doc[s].ent_type_ in ("GPE", "NORP", "ORG"):
            continue
        if s > 0 and doc[s - 1].lower_ in _PORTFOLIO_PREPS:
            continue  # "Deputy Director for Educational Activities, Head of ...": a title's portfolio
        if e - s >= 3 and not any(_PATRONYMIC.search(t.lower_) for t in doc[s:e]):
            s = e - 2
        out.append(Span(doc, s, e, label="PERSON", span_id="rule_apposition"))
    return out


@lru_cache(maxsize=1)
def _surname_suffixes() -> tuple[str, ...]:
    return tuple(p[1:] for p, c in lexicon("person_names").items() if c == "surname_suffix")


def surname_like(word: str) -> bool:
    """A lone word that reads as a surname ("Pashkov", "Shakhray", "Khachatryan": by its ending), not a place."""
    return len(word) > 3 and word.endswith(_surname_suffixes()) and word not in words("places")


def _plain_name(tok, titles: frozenset[str], org_words: frozenset[str]) -> bool:
    """A capitalised word that can be part of a name (not a title, an organisation word or a stop word)."""
    return is_name_word(tok) and tok.is_alpha and not tok.is_stop and tok.lower_ not in titles and \
        tok.lower_ not in org_words and tok.ent_type_ not in ("GPE", "DATE", "NORP") and "\n" not in tok.text


@lru_cache(maxsize=1)
def _name_hashes() -> numpy.ndarray:
    return hashes(p for p, c in lexicon("person_names").items() if c in ("given", "surname_cn"))


def lexicon_names(doc: Doc, titles: frozenset[str], org_words: frozenset[str]) -> list[Span]:
    """Given name + surname ("Dmitry Tayursky", "Valentina Vasilyevna Bogatyreva") and Chinese surname +
    given name ("Zhang Riping"), from the name lexicon in ``patterns/person_names.jsonl``."""
    lex = lexicon("person_names")
    out = []
    for i in lower_in(doc, _name_hashes()):
        if i + 1 >= len(doc):
            continue
        tok = doc[i]
        kind = lex.get(tok.lower_)
        if kind is None or not tok.is_title or "\n" in tok.whitespace_:
            continue
        j = i + 1
        if not _plain_name(doc[j], titles, org_words):
            continue
        if kind == "given" and _PATRONYMIC.search(doc[j].lower_) and j + 1 < len(doc) and \
                _plain_name(doc[j + 1], titles, org_words) and "\n" not in doc[j].whitespace_:
            j += 1
        nxt = doc[j + 1] if j + 1 < len(doc) else None
        if nxt is not None and (nxt.lower_ in org_words or is_name_word(nxt) and nxt.lower_ in lex):
            continue
        out.append(Span(doc, i, j + 1, label="PERSON", span_id="rule_name_lexicon"))
    return out


def byline_names(doc: Doc, titles: frozenset[str], org_words: frozenset[str]) -> list[Span]:
    """Names after a byline label at the start of a line ("Source text: Alina Minnevalieva")."""
    labels = lexicon("bylines")
    out = []
    text = doc_text(doc)
    for m in _BYLINE.finditer(text):
        if m.group(1).lower() not in labels:
            continue
        sp = doc.char_span(m.start(2), m.end(2), alignment_mode="contract")
        if sp is not None and 1 < len(sp) <= 3 and all(_plain_name(t, titles, org_words) for t in sp):
            out.append(Span(doc, sp.start, sp.end, label="PERSON", span_id="rule_byline"))
    return out


_BYLINE = re.compile(r"(?m)^[ \t]*([A-Za-z][A-Za-z ]{0,20}?)\s*:\s*([A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){1,2})[ \t]*$")


def widen(span: Span, titles: frozenset[str], org_words: frozenset[str]) -> Span:
    """Add a surname before "Name Patronymic" and a name part the model cut ("Khushvakhtzoda Qobiljon [Khushvakht]");
    drop a word before a known given name ("[Belarus] Igor Sokol")."""
    doc = span.doc
    s, e = span.start, span.end
    given = [t.i for t in span[1:] if lexicon("person_names").get(t.lower_) == "given" and t.is_title]
    if len(span) >= 3 and given and not any(_PATRONYMIC.search(t.lower_) for t in span):
        s = given[0]

    def namey(i: int) -> bool:
        t = doc[i]
        return is_name_word(t) and t.is_alpha and t.lower_ not in titles and t.lower_ not in org_words and \
            t.ent_type_ not in ("ORG", "GPE", "DATE") and "\n" not in t.whitespace_ and not t.is_stop

    if (_PATRONYMIC.search(doc[e - 1].lower_) or _PATRONYMIC.search(doc[s].lower_)) and s > 0 and namey(s - 1):
        s -= 1
    if e < len(doc) and namey(e) and "\n" not in doc[e - 1].whitespace_ and e - s < 4 and \
            (e + 1 >= len(doc) or not is_name_word(doc[e + 1])):
        e += 1
    return Span(doc, s, e, label="PERSON", span_id=span.id_)


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    roles = {w for p in words("roles") for w in p.replace("-", " ").split()}
    return frozenset(roles | words("honorifics") | _DROP_LEFT) - _FUNCTION_WORDS - {"general"}


def _clean(span: Span, titles: frozenset[str], org_words: frozenset[str]) -> Span | None:
    doc = span.doc
    s, e = span.start, span.end
    while s < e and (doc[s].lower_ in titles or doc[s].is_punct or doc[s].is_space
                     or doc[s].lower_.rstrip(".") in titles or doc[s].text in {"-", "–"}):
        s += 1
    cut = next((t.i for t in doc[s:e] if "\n" in t.text or "\n" in t.whitespace_), None)
    if cut is not None:
        e = cut if "\n" in doc[cut].text else cut + 1
    while e > s and (doc[e - 1].is_punct and not is_initials(doc[e - 1]) or doc[e - 1].text in {"'s", "’s"}
                     or doc[e - 1].is_space):
        e -= 1
    if s >= e:
        return None
    toks = doc[s:e]
    if any(t.lower_ in org_words or t.like_num or t.is_lower for t in toks):
        return None
    if not any(is_name_word(t) or is_glued_initials_name(t) for t in toks):
        return None
    return Span(doc, s, e, label="PERSON", span_id=span.id_ or "model_ner")


def person_candidates(doc: Doc) -> list[Span]:
    """Model PERSON ents (cleaned) plus initials names the model misses (``M.E. Rayak``, ``N.Abdullayev``)."""
    titles = _title_words()
    org_words = words("org_heads") | words("agreements")
    out: list[Span] = []
    registered = {i for key in ("org_registry", "org_acronyms") for r in doc.spans.get(key, [])
                  for i in range(r.start, r.end)}
    for ent in model_ents(doc):
        if ent.label_ == "PERSON":
            span = _clean(Span(doc, ent.start, ent.end, label="PERSON", span_id="model_ner"), titles, org_words)
            if span is None or any(i in registered for i in range(span.start, span.end)) or \
                    span[-1].lower_ in words("not_org_heads"):
                continue  # "Huawei Kazakhstan" holds a registered name; "Luban Workshop" is an event or facility
            if len(span) > 1 or _single_ok(span, titles):
                out.append(widen(span, titles, org_words))
    out += _org_read_as_person(doc, titles, org_words)
    out += _names_after_places(doc, titles, org_words)
    out += titled_names(doc, titles, org_words)
    out += appositive_names(doc, titles, org_words)
    out += lexicon_names(doc, titles, org_words)
    out += byline_names(doc, titles, org_words)
    for m in _DOTTED.finditer(doc_text(doc)):  # only tokens with a dot can hold initials
        found = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if found is None or not len(found):
            continue
        tok = found[0]
        i = tok.i
        if _SPLIT_INITIALS.match(tok.text) and i + 2 < len(doc) and doc[i + 1].text == "." and \
                not tok.whitespace_ and is_name_word(doc[i + 2]) and doc[i + 2].lower_ not in org_words:
            out.append(Span(doc, i, i + 3, label="PERSON", span_id="rule_initials"))
            continue
        if is_glued_initials_name(tok):
            prev = doc[i - 1] if i > 0 else None
            given = prev is not None and is_name_word(prev) and not prev.is_sent_start and \
                prev.lower_ not in titles and prev.lower_ not in org_words and not prev.text.isupper() and \
                (prev.ent_type_ == "PERSON" or lexicon("person_names").get(prev.lower_) == "given")
            out.append(Span(doc, i - given, i + 1, label="PERSON", span_id="rule_initials"))  # "Shavkat I.Salikhov"
        elif is_initials(tok) and i + 1 < len(doc) and is_name_word(doc[i + 1]) and not tok.whitespace_ == "":
            j = i + 1
            if doc[j].lower_ not in org_words:
                out.append(Span(doc, i, j + 1, label="PERSON", span_id="rule_initials"))
    return [c for c in (_before_headline_verb(s) for s in out) if c is not None and not _plural_noun(c)]


def _plural_noun(span: Span) -> bool:
    """Rule ``person.reject.plural_noun``: one plural common noun is nobody's name ("OIC Member States",
    "SCO member countries")."""
    if len(span) != 1 or span[0].text.isupper():
        return False
    tok = span[0]
    return tok.tag_ in ("NNS", "NNPS") or tok.lower_.endswith("s") and tok.i > 0 and \
        tok.doc[tok.i - 1].lower_ == "member"


def _before_headline_verb(span: Span) -> Span | None:
    """Rule ``person.cut.headline_verb``: a title-case headline verb ends a name ("President SONG Yingdong
    Leads Delegation" -> "SONG Yingdong"; ``patterns/headline_verbs.jsonl``)."""
    verbs = words("headline_verbs")
    cut = next((t.i for t in span[1:] if t.is_title and t.lower_ in verbs), None)
    if cut is None:
        return span
    return Span(span.doc, span.start, cut, label=span.label, span_id=span.id_) if cut - span.start >= 2 else None


def repeated_surnames(doc: Doc, people: list[Span], taken: list[tuple[int, int]]) -> list[Span]:
    """Bare mentions of a surname (or a Chinese given-name-last form) already seen as a full name."""
    names = {p[-1].text for p in people if len(p) > 1 and not is_initials(p[-1])}
    names |= {p[0].text for p in people if len(p) == 2 and p[0].text.isupper() and len(p[0].text) > 1}
    names = {n for n in names if len(n) > 2 and n[0].isupper()}
    # a Chinese surname written first ("Bai Chunli" ... "Bai said"), also of two letters ("Li", "Hu")
    cn = {k for k, v in lexicon("person_names").items() if v == "surname_cn"}
    names |= {p[0].text for p in people if len(p) in (2, 3) and p[0].lower_ in cn and p[0].text[:1].isupper()}
    covered = {i for s, e in taken for i in range(s, e)}
    titles = _title_words()
    out: list[Span] = []
    for i in lower_in(doc, hashes(names), exact=True) if names else []:
        tok = doc[i]
        if i in covered:
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        prv = doc[tok.i - 1] if tok.i > 0 else None
        if nxt is not None and is_name_word(nxt) and nxt.lower_ not in titles:
            continue
        if prv is not None and is_name_word(prv) and prv.lower_ not in titles and not prv.is_sent_start:
            continue
        out.append(Span(doc, tok.i, tok.i + 1, label="PERSON", span_id="rule_surname"))
    return out


def _single_ok(span: Span, titles: frozenset[str]) -> bool:
    """A one-word name stands next to a title ("Mr. Cvik", "Sadykov, Director") or is written in capitals."""
    doc = span.doc
    prev = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end:span.end + 2]
    return span.text.isupper() or prev is not None and prev.lower_.rstrip(".") in titles or \
        len(after) == 2 and after[0].text == "," and after[1].lower_ in titles


_FUNCTION_WORDS = frozenset({"and", "of", "for", "on", "in", "the", "at", "to", "with"})


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    return frozenset(w for p in words("roles") for w in p.replace("-", " ").split()) - _FUNCTION_WORDS


def _after_title_of(ent: Span, roles: frozenset[str]) -> bool:
    """The name follows "<title> of <organisation>", after a comma or right after the organisation's head
    noun or country ("the president of Microsoft International, Jean-Philippe Courtois.", "the Minister of
    Science of the Republic of Kazakhstan Sayasat Nurbek"), and ends the clause."""
    doc = ent.doc
    if ent.start < 4 or ent.end < len(doc) and doc[ent.end].text not in (".", ",", ";", "and", ")"):
        return False
    prev = doc[ent.start - 1]
    if prev.text != "," and not (prev.is_title and prev.lower_ in words("org_heads") | words("places")):
        return False
    last = ent.start - 1 if prev.text == "," else ent.start
    window = doc[max(0, ent.start - 12):last]
    return any(t.lower_ in roles and t.i + 1 < last and doc[t.i + 1].lower_ == "of" for t in window)


_STATE_WORDS = frozenset({"the", "republic", "of", "federation", "people", "'s", "’s", "democratic", "islamic"})


def _names_after_places(doc: Doc, titles: frozenset[str], org_words: frozenset[str]) -> list[Span]:
    """A model place or organisation that runs on into a name ("the Republic of Tajikistan Rahim Saidzoda",
    "Kyrgyz Republic Abdylda Musayev"): the two or three name words after the country are a person."""
    places = words("places")
    out = []
    for ent in model_ents(doc):
        if ent.label_ not in ("GPE", "ORG") or len(ent) < 3:
            continue
        k = ent.start
        while k < ent.end and (doc[k].lower_ in places or doc[k].lower_ in _STATE_WORDS):
            k += 1
        country = any(lexicon("places").get(t.lower_) == "place" or t.lower_ in ("republic", "federation")
                      for t in doc[ent.start:k])  # not a nationality alone: "Chinese National Rankings"
        if k == ent.start or not 2 <= ent.end - k <= 3 or not country:
            continue
        if all(is_name_word(t) and t.is_alpha and not t.is_stop and t.lower_ not in titles and
               t.lower_ not in org_words and t.lower_ not in places for t in doc[k:ent.end]) and \
                doc[ent.end - 1].lower_ not in words("not_org_heads"):
            out.append(Span(doc, k, ent.end, label="PERSON", span_id="model_name_after_place"))
    return out


def _org_read_as_person(doc: Doc, titles: frozenset[str], org_words: frozenset[str]) -> list[Span]:
    """Two- or three-word model ORGs that stand in a title apposition ("Petr Chubik, Rector") are names."""
    roles = _role_words()
    out = []
    for ent in model_ents(doc):
        if ent.label_ != "ORG" or not 2 <= len(ent) <= 7:
            continue
        parts = [t for t in ent if not (t.text == "-" and not t.whitespace_)]  # "Jean-Philippe" is one name
        if not 2 <= len(parts) <= 4 or not all(t.is_title for t in parts):
            continue
        if any(t.lower_ in org_words or t.lower_ in titles for t in ent):
            continue
        after = doc[ent.end:ent.end + 2]
        before = doc[max(ent.start - 1, 0):ent.start]
        if len(before) == 1 and before[0].lower_ in _PORTFOLIO_PREPS:
            continue  # "Deputy Director for Educational Activities, Head of ...": a title's portfolio
        if (len(after) == 2 and after[0].text == "," and after[1].lower_.split("-")[0] in roles) or \
                (len(before) == 1 and before[0].is_title and before[0].lower_ in roles) or _after_title_of(ent, roles):
            out.append(Span(doc, ent.start, ent.end, label="PERSON", span_id="model_org_as_person"))
    return out
