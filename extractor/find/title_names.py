"""Names written after a title and its organisation, behind a comma ("The Ambassador of Turkmenistan to
Astana, Batyr Rejepov, met ...")."""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from extractor.find.lower_portfolios import lower_portfolio_end
from extractor.find.org_blocks import name_end_stops
from extractor.find.org_edges import head_first_name
from extractor.find.org_words import legal_prefix
from extractor.find.role_lists import is_plural, titles_before_names
from extractor.find.role_words import NAME_QUOTES, name_after_field, org_name_part, place_word
from extractor.lang.lexicons import lexicon, singular, title_words, words, words_of
from extractor.lang.rules import rule
from extractor.lang.tokens import column, is_name_text, is_name_word, model_ents

_PHRASE_OPENERS = frozenset({"of", "to", "for", "at", "in"})
_NAME_ENDS = frozenset({",", ".", ";", "and", "(", ")", "–", "—"})
_REACH = 14


def _phrase_comma(doc: Doc, cue_end: int) -> int | None:
    """The comma that closes the "of"/"to" phrase after a title ("Director of the Sharif University's public
    relations,"; no verb, sentence stop or line end on the way), or right after the title."""
    if cue_end < len(doc) and doc[cue_end].text == ",":
        return cue_end
    if cue_end >= len(doc) or doc[cue_end].lower_ not in _PHRASE_OPENERS:
        return None
    for k in range(cue_end + 1, min(len(doc), cue_end + _REACH)):
        tok = doc[k]
        if tok.text == ",":
            return k if k > cue_end + 1 else None
        if "\n" in tok.whitespace_ or tok.tag_.startswith("VB") or tok.text in (".", ";", ":", "("):
            return None
    return None


def _name_after(doc: Doc, k: int, not_names: frozenset[str]) -> int | None:
    """End of a name of two or three capitalised words starting at ``k`` and closed by a comma, a full stop,
    "and", a bracket, a dash or a lower-case word; None when the words are not a name's."""
    places = words("places")
    if k < len(doc) and _acronym_first(doc[k].text):
        return None  # "Director, IIT Kharagpur,": an organisation's acronym opens it, not a surname
    j = k + (k + 1 < len(doc) and doc[k].whitespace_ != "" and bare_initial(column(doc, "text"), k))
    glued = 0  # hyphens inside a name ("Enkh-Amgalan"): not words of their own
    while (
        j < len(doc)
        and j < k + 3 + glued
        and is_name_word(doc[j])
        and doc[j].is_alpha
        and doc[j].lower_ not in not_names
        and doc[j].lower_ not in places
        and doc[j].ent_type_ != "DATE"  # the model reads unknown names as places or bodies
    ):
        j += 1
        if "\n" in doc[j - 1].whitespace_:
            break
        if j + 1 < len(doc) and doc[j].text == "-" and not doc[j - 1].whitespace_ and not doc[j].whitespace_:
            j, glued = j + 1, glued + 1
    closed = j == len(doc) or doc[j].text in _NAME_ENDS or doc[j].is_lower or "\n" in doc[j - 1].whitespace_
    listed = j + 1 < len(doc) and doc[j].lower_ in ("and", "&") and doc[j + 1].is_title
    return (
        j if j - k - glued >= 2 and closed and not listed else None
    )  # "of Science, Higher Education and Innovations"


@rule("person.keep.hyphen_syllable")
def hyphen_syllable(text: list[str], ws: list[str], j: int) -> bool:
    """Rule ``person.keep.hyphen_syllable``: a lower-case syllable a hyphen glues to a capitalised name word
    is part of the name ("Shin-ichi Nakamura", "Ken-ichi Sato", "Moon Jae-in"), not a common word."""
    return (
        j >= 2
        and text[j - 1] == "-"
        and not ws[j - 2]
        and not ws[j - 1]
        and text[j].isalpha()
        and text[j].islower()
        and text[j - 2][:1].isupper()
        and text[j - 2][1:].islower()
    )


_ABBREVIATED = re.compile(r"^[A-Z][a-z]{1,3}$")


@rule("person.keep.abbreviated_given")
def abbreviated_given(text: list[str], ws: list[str], j: int) -> bool:
    """Rule ``person.keep.abbreviated_given``: a given name shortened with a full stop before a name word
    ("Md. Yunus Mia", "Mohd. Ilham Adenan", the stop a token of its own or not) is part of the name (read
    as a name's first word only: "Professor Kiyon Choh. Nijat Mammadli" is two); an honorific ("Dr.",
    "Mr.") or a legal form ("Co.") of the same shape never is."""
    if text[j] == "." and j > 0 and not ws[j - 1]:
        word = text[j - 1]  # "Mohd" "." "Ilham"
    elif text[j].endswith("."):
        word = text[j][:-1]  # "Md." "Yunus"
    else:
        return False
    low = word.lower()
    return (
        bool(_ABBREVIATED.match(word))
        and low not in words("honorifics")
        and f"{low}." not in words("honorifics")
        and f"{low}." not in lexicon("legal_forms")
        and j + 1 < len(text)
        and len(text[j + 1]) > 1
        and is_name_text(text[j + 1])
        and text[j + 1].lower() not in STOP_WORDS  # "President Ma. The talks ...": a sentence ends
    )


def bare_initial(text: list[str], j: int) -> bool:
    """A capital written as an initial without its full stop, before a name word: "P" of "P Nagabhushan",
    "L" of "L Enkh-Amgalan" (never "A" or "I")."""
    return (
        len(text[j]) == 1
        and text[j].isupper()
        and text[j] not in "AI"
        and j + 1 < len(text)
        and len(text[j + 1]) > 1
        and is_name_text(text[j + 1])
    )


def _acronym_first(text: str) -> bool:
    """A word in capitals that no name lexicon knows as a surname or given name ("IIT", not "ZHANG")."""
    capitals = len(text) >= 2 and text.isupper() and text.isalpha()
    return capitals and lexicon("person_names").get(text.lower()) is None


def comma_names_after_title(doc: Doc, titles: frozenset[str], org_words: frozenset[str]) -> list[Span]:
    """Rule ``rule_title_comma_name``: "The Ambassador of Turkmenistan to Astana, Batyr Rejepov, met the
    Rector", "the Minister of Education and Science of Kazakhstan, Askhat Aimagambetov, and ...": two or
    three capitalised words after a title, its capitalised "of"/"to" phrase and a comma (honorifics
    between) are a name."""
    not_names = titles | org_words | words("not_org_heads") | words("honorifics")
    honorifics = titles_before_names()
    out = []
    for cue in doc.spans.get("role_cues", []):
        if is_plural(cue):
            continue
        comma = _phrase_comma(doc, cue.end)
        if comma is None:
            continue
        k = comma + 1
        while k < len(doc) and doc[k].lower_ in honorifics:
            k += 1
        end = _name_after(doc, k, not_names)
        if end is not None:
            out.append(Span(doc, k, end, label="PERSON", span_id="rule_title_comma_name"))
    return out


def past_org(doc: Doc, end: int, org_words: frozenset[str]) -> int:
    """Where a name would start after "Title of X University" (a head noun or acronym), "Title of Kazakhstan",
    "Ambassador of BiH to China" (a country) or a field portfolio ("Minister of Science and Higher Education":
    ``patterns/portfolio_words``); ``end`` itself when no such words follow the title."""
    lower = column(doc, "lower")
    if end >= len(lower) or lower[end] not in ("of", "to", "for"):
        return end
    text, ws, upper = column(doc, "text"), column(doc, "ws"), column(doc, "upper")
    if lower[end] != "to" and (after := lower_portfolio_end(doc, end)) is not None:
        return after
    k = end + 1
    if k < len(lower) and lower[k] == "the":
        k += 1
    last_head, fields, quotes = None, words("portfolio_words"), 0
    while k < len(lower) and k < end + 10 and org_name_part(text, lower, k, end, last_head is not None):
        if lower[k] in words_of("org_heads", "org_head_first") and lower[end] == "of":
            # "President of Universidad Politecnica De Valencia": the words after a head written first name it
            k = head_first_name(doc, k + 1, name_end_stops(), org_words)
            last_head = k - 1
            continue
        if "\n" in ws[k] or lower[k] in {"to", "in"} and _name_since(text, lower, last_head, k, org_words):
            break  # "President of India Pranab Mukherjee in Moscow": that place is not the title's
        acronym = len(text[k]) <= 8 and sum(c.isupper() for c in text[k]) >= 2  # "KazNU", "SibGIU"
        head = lower[k] in org_words or upper[k] and len(text[k]) > 1 or acronym
        head = head and not legal_prefix(text, lower, k)  # "President of JSC Rusatom Overseas, Mr. X"
        field = lower[k] in fields and lower[end] != "to"
        # the closing quote of a quoted name ends the organisation: 'of RSE "Kazhydromet" Danara Alimbayeva'
        quotes += text[k] in NAME_QUOTES
        closing = text[k] in NAME_QUOTES and quotes % 2 == 0
        if place_word(text[k], lower[k]) or field or head and lower[end] == "of" or closing:
            last_head = k
        k += 1
    return last_head + 1 if last_head is not None else end


def _name_since(text: list[str], lower: list[str], last_head: int | None, k: int, org_words) -> bool:
    """Two name words (no organisation's head nouns) stand between the title's last organisation or place
    word and token ``k``."""
    start = last_head + 1 if last_head is not None else k
    return (
        sum(
            is_name_text(text[i])
            and lower[i] not in {"of", "and", "the"}
            and singular(lower[i]) not in org_words
            for i in range(start, k)
        )
        >= 2
    )


def portfolio_names(doc: Doc, titles: frozenset[str], org_words: frozenset[str]) -> list[Span]:
    """Rule ``rule_portfolio_name``: the name right after a long portfolio ("Minister of Higher Education,
    Innovation, Science and Technology Development Amon Murwira announced"), where the model reads the name
    as more of the portfolio: two or three name words after the portfolio's last field word
    (:func:`role_words.name_after_field`), with the title and its "of"/"for" earlier on the line."""
    stop, fields = titles | org_words | words("places"), words("portfolio_words")
    lower = column(doc, "lower")
    out = []
    for k in (i + 1 for i in range(1, len(doc) - 2) if lower[i] in fields):  # read tokens only after a field
        if not name_after_field(doc, k, stop) or not _title_before(doc, lower, k, titles):
            continue
        end = k + 2
        if end < len(doc) and is_name_word(doc[end]) and doc[end].is_alpha and doc[end].lower_ not in stop:
            end += 1
        model = any(e.label_ == "PERSON" and e.start < end and k < e.end for e in model_ents(doc))
        if not model and (end == len(doc) or not is_name_word(doc[end])):
            out.append(Span(doc, k, end, label="PERSON", span_id="rule_portfolio_name"))
    return out


def _title_before(doc: Doc, lower: list[str], k: int, titles: frozenset[str]) -> bool:
    """A title word followed by "of"/"for" within the 16 tokens before ``k``, on the same line."""
    for i in range(k - 2, max(-1, k - 17), -1):
        if "\n" in doc[i].whitespace_:
            return False
        if lower[i] in titles and lower[i + 1] in ("of", "for"):
            return True
    return False


def not_a_title_name(doc: Doc, cue_end: int, end: int, j: int) -> bool:
    """Tokens end..j after a title are no name: the model starts an organisation or place inside them (not a
    lone surname it reads as one: "The vice-chancellor Milan Pagon", nor one it runs on over "of": "Rector
    Shin-ichi Nakamura of Kanazawa University", see ``org.span.leading_name``), or, after "Title of X
    University", they are one word or hold a verb ("Visited"); never a plural head noun's phrase ("General
    Director of the Moscow Kremlin Museums") nor one word inside a title ("Chief Military Expert")."""
    lower = column(doc, "lower")
    inside_title = j - end == 1 and j < len(doc) and lower[j] in title_words()
    if singular(lower[j - 1]) in words("org_heads") or inside_title:
        return True
    if end == cue_end:
        ent_type, ent_iob, title = column(doc, "ent_type"), column(doc, "ent_iob"), column(doc, "title")
        ends = (
            j == len(doc) or ent_iob[j] != "I" or doc[j].lower_ == "of"
        )  # the surname is the model's last word
        return any(
            ent_type[i] in ("ORG", "GPE")
            and ent_iob[i] == "B"
            and i > end
            and not (i + 1 == j and title[i] and ends)
            for i in range(end, j)
        )
    tag = column(doc, "tag")  # a headline's plural last word ("... University Bolsters Educational Ties")
    plural = tag[j - 1] in ("NNS", "NNPS") and "\n" not in doc.text[: doc[j - 1].idx]
    return end > cue_end and (j - end < 2 or plural or any(tag[i].startswith("VB") for i in range(end, j)))


@rule("person.span.plural_title_first")
def coordinated_after_plural(
    doc: Doc, plurals: list[Span], titles: frozenset[str], not_names: frozenset[str]
) -> list[Span]:
    """Rule ``person.span.plural_title_first``: a plural title before names joined by "and" ("Presidents Sadyr
    Japarov and Vladimir Putin"): the first two or three name words are a person when "and" and another name
    follow them; a plural title before a name's words alone is no person ("Rectors Forum")."""
    text, lower, n = column(doc, "text"), column(doc, "lower"), len(doc)
    out = []
    for c in plurals:
        j = c.end
        while (
            j < n
            and j < c.end + 3
            and is_name_text(text[j])
            and lower[j] not in titles
            and lower[j] not in not_names
        ):
            j += 1
        joined = j + 1 < n and lower[j] == "and" and is_name_text(text[j + 1])
        if j - c.end >= 2 and joined and not not_a_title_name(doc, c.end, c.end, j):
            out.append(Span(doc, c.end, j, label="PERSON", span_id="person.span.plural_title_first"))
    return out
