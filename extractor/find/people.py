"""Find people's names: the model's PERSON ents cleaned of titles, and names from the rules."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from extractor.find.appositive_names import appositive_names
from extractor.find.initials import initials_names
from extractor.find.name_parts import leading_word_cut, name_parts
from extractor.find.name_words import common_words, dotted_degrees, title_words_of_roles, written_lower
from extractor.find.nasab import nasab_names
from extractor.find.person_names import PATRONYMIC, byline_names, lexicon_names, title_acronyms, titled_names
from extractor.find.role_words import PLACE_WORDS, named_place, place_word
from extractor.find.surnames import (
    _before_headline_verb,
    _names_after_places,
    _org_read_as_person,
    _plural_noun,
    _single_ok,
)
from extractor.find.title_names import comma_names_after_title, hyphen_syllable, portfolio_names
from extractor.lang.countries import names_a_people
from extractor.lang.lexicons import document_words, lexicon, singular, words
from extractor.lang.tokens import (
    NAMED_AFTER,
    POSSESSIVE,
    column,
    columns,
    initials_text,
    is_glued_initials_name,
    is_name_word,
    model_ents,
    text_of,
)


def widen(span: Span, titles: frozenset[str], org_words: frozenset[str]) -> Span:
    """Add a surname before "Name Patronymic" and a name part the model cut ("Khushvakhtzoda Qobiljon
    [Khushvakht]"); drop a word before a known given name ("[Belarus] Igor Sokol")."""
    doc = span.doc
    s, e = span.start, span.end
    given = [t.i for t in span[1:] if lexicon("person_names").get(t.lower_) == "given" and t.is_title]
    if len(span) >= 3 and given and not any(PATRONYMIC.search(t.lower_) for t in span):
        s = given[0]

    def namey(i: int) -> bool:
        t = doc[i]
        return (
            is_name_word(t)
            and t.is_alpha
            and t.lower_ not in titles
            and t.lower_ not in org_words
            and t.ent_type_ not in ("ORG", "GPE", "DATE")
            and "\n" not in t.whitespace_
            and not t.is_stop
        )

    if (PATRONYMIC.search(doc[e - 1].lower_) or PATRONYMIC.search(doc[s].lower_)) and s > 0 and namey(s - 1):
        s -= 1
    if (
        e < len(doc)
        and namey(e)
        and "\n" not in doc[e - 1].whitespace_
        and e - s < 4
        and (e + 1 >= len(doc) or not is_name_word(doc[e + 1]))
    ):
        e += 1
    return Span(doc, s, e, label="PERSON", span_id=span.id_)


_DASHES = frozenset({"-", "–", "—"})


def _clean(span: Span, titles: frozenset[str]) -> Span | None:
    """The span without leading titles and punctuation, cut at a line break, without trailing punctuation,
    possessive or name stop; None when nothing is left."""
    doc, s, e = span.doc, span.start, span.end
    lower, text, ws, punct, space = columns(doc, "lower", "text", "ws", "punct", "space")
    s = _after_titles(doc, titles, s, e)
    cut = next((i for i in range(s, e) if "\n" in text[i] or "\n" in ws[i]), None)
    if cut is not None:
        e = cut if "\n" in text[cut] else cut + 1
    dash = next((i for i in range(s + 1, e) if text[i] in _DASHES and ws[i]), None)
    if dash is not None:  # "Wu Guangyu - Head of ...": a spaced dash ends the name
        e = dash
    honorifics, end = words("honorifics"), e
    while e > s and (
        punct[e - 1]
        and not initials_text(text[e - 1])
        or text[e - 1] in POSSESSIVE
        or space[e - 1]
        or lower[e - 1] in titles  # "Asan Mayor": a title ends no name
        or lower[e - 1].rstrip(".") in honorifics  # "Treasurer Prof"
        or lower[e - 1] in words("name_stops")
        and e - s > 2  # "Rector Guido Saracco Today's meeting"
        or e - s > 1
        and ws[e - 2]
        and lower[e - 1] in written_lower(doc)  # "CHEN Feng Made", "Songjiang Campus"
    ):
        e -= 1
    acronym = e < end and e - s == 1 and text[s].isupper() and any(lower[i] in titles for i in range(e, end))
    if acronym or s < e and common_words(doc, s, e) == e - s:
        return None  # "GNDU Registrar": an organisation's title; person.reject.written_lower: "Photo Gallery"
    return Span(doc, s, e, label="PERSON", span_id=span.id_ or "model_ner") if s < e else None


def _plural_title(word: str, titles: frozenset[str]) -> bool:
    """A title in the plural ("Presidents Gurbanguly Berdimuhamedov and ...", "Ambassadors R. Beltran")."""
    return len(word) > 3 and word.endswith("s") and singular(word) in titles


def _after_titles(doc: Doc, titles: frozenset[str], s: int, e: int) -> int:
    """Where a name starts after titles, punctuation, dotted degrees ("MSc. Pham") and a title's acronym."""
    lower, text, punct, space = columns(doc, "lower", "text", "punct", "space")
    while (
        s < e
        and (
            lower[s] in titles
            or punct[s]
            or space[s]
            or lower[s].rstrip(".") in titles
            or _plural_title(lower[s], titles)
        )
        or (s < e and text[s] in {"-", "–"} or s < e - 1 and lower[s] in dotted_degrees())
    ):
        s += 1
    return s + (0 < s < e - 1 and lower[s - 1] in titles and s in title_acronyms(doc))


def _common_word(span: Span, org_words: frozenset[str]) -> bool:
    """A word of an organisation or agreement name, a number or a lower-case word; never in a family name
    and a hyphenated given name ("Park Sang-don", "Kim Tae-heum"): rule ``person.keep.hyphenated_given``."""
    doc = span.doc
    lower, like_num, is_lower = column(doc, "lower"), column(doc, "like_num"), column(doc, "is_lower")
    if _hyphenated_given(span):
        return False
    if _after_honorific(span):
        org_words = frozenset()  # "Professor Park", "Mr. Academy": a name word after a personal honorific
    glued = hyphen_syllables(span)
    return any(
        lower[i] in org_words or like_num[i] or is_lower[i] and i not in glued
        for i in range(span.start, span.end)
    )


def hyphen_syllables(span: Span) -> set[int]:
    """The tokens of the span :func:`hyphen_syllable` keeps in a name."""
    text, ws = column(span.doc, "text"), column(span.doc, "ws")
    return {i for i in range(span.start, span.end) if hyphen_syllable(text, ws, i)}


def _after_honorific(span: Span) -> bool:
    """A personal honorific before the span and no "of" after it ("Professor Park", not "Dr. Park of X")."""
    doc = span.doc
    return (
        span.start > 0
        and doc[span.start - 1].lower_ in words("honorifics")
        and (span.end >= len(doc) or doc[span.end].lower_ != "of")
    )


def _hyphenated_given(span: Span) -> bool:
    """A capitalised family name, then a given name of two syllables joined by a hyphen with nothing around
    it, the first capitalised ("Park Sang-don", "Kim Tae-heum", "Park Gyeong-gwi", "Park Geun-Hye")."""
    text, ws = column(span.doc, "text"), column(span.doc, "ws")
    s = span.start
    return (
        len(span) == 4
        and text[s][:1].isupper()
        and text[s][1:].islower()
        and text[s + 1][:1].isupper()
        and text[s + 1][1:].islower()
        and text[s + 2] == "-"
        and text[s + 3].isalpha()
        and (text[s + 3].islower() or text[s + 3].istitle())  # "Park Geun-Hye"
        and not ws[s + 1]
        and not ws[s + 2]
    )


def _model_rejection(
    span: Span, registered: set[int], titles: frozenset[str], org_words: frozenset[str]
) -> str | None:
    """The id of the first rule that rejects a cleaned model PERSON, or None.

    ``person.reject.common_word``: "the Ministry Delegation", "Team 2", "Dunya News" (a news outlet's last
    word: patterns/media_heads.jsonl); ``person.reject.no_name_word``: no word shaped like a name;
    ``person.reject.registered``: "Huawei Kazakhstan"; ``person.reject.event_noun``: "Luban Workshop";
    ``person.reject.lone_word``: one word with no title beside it."""
    checks = (
        ("person.reject.common_word", lambda: _common_word(span, org_words)),
        (
            "person.reject.no_name_word",
            lambda: not any(is_name_word(t) or is_glued_initials_name(t) for t in span),
        ),
        ("person.reject.registered", lambda: any(i in registered for i in range(span.start, span.end))),
        ("person.reject.event_noun", lambda: span[-1].lower_ in words("not_org_heads")),
        ("person.reject.lone_word", lambda: len(span) == 1 and not _single_ok(span, titles)),
        ("person.reject.place_after_preposition", lambda: _place_after_preposition(span)),
    )
    return next((rule for rule, rejects in checks if rejects()), None)


def _place_after_preposition(span: Span) -> bool:
    """Rule ``person.reject.place_after_preposition``: "the Deputy Chinese Ambassador to Malawi, Mr. Wang
    Hao", "Ambassador of P.R. China": a short name after "to" / "of" / "in" that ends in a place word is a
    place, not a name."""
    before = span.doc[span.start - 1].lower_ if span.start else ""
    last = span[-1]
    return len(span) <= 3 and before in ("to", "of", "in", "from") and place_word(last.text, last.lower_)


def _model_people(
    doc: Doc, titles: frozenset[str], org_words: frozenset[str]
) -> tuple[list[Span], list[tuple[Span, str]]]:
    """Model PERSON ents, cleaned of titles and widened; and the ones rejected, with the rule's id."""
    registered = {
        i
        for key in ("org_registry", "org_acronyms")
        for r in doc.spans.get(key, [])
        for i in range(r.start, r.end)
    }
    out, rejected = [], []
    for ent in model_ents(doc):
        if ent.label_ != "PERSON":
            continue
        raw = Span(doc, ent.start, ent.end, label="PERSON", span_id="model_ner")
        span = _clean(raw, titles)
        rule = (
            "person.reject.empty" if span is None else _model_rejection(span, registered, titles, org_words)
        )
        if rule is not None:
            rejected.append((span or raw, rule))
        else:
            out.append(widen(span, titles, org_words))
    return out, rejected


_NAME_SOURCES = (
    _org_read_as_person,
    _names_after_places,
    titled_names,
    portfolio_names,
    appositive_names,
    comma_names_after_title,
    lexicon_names,
    byline_names,
    initials_names,
    nasab_names,
)  # the rule sources of names beside the model's, each ``source(doc, titles, org_words) -> [Span]``


def person_candidates(doc: Doc) -> tuple[list[Span], list[tuple[Span, str]]]:
    """Model PERSON ents (cleaned) plus the names of the rules: names read as organisations, names after
    places, after titles, before ", Title", from the name lexicon, bylines, initials; and the candidates
    rejected, with the id of the rule (``person.reject.*``, ``person.cut.headline_verb``; a name right after
    "named after" belongs to an organisation's name: ``person.reject.named_after``; a lone word that a full
    name of the document begins or ends with is kept: ``person.name_part``)."""
    titles = title_words_of_roles()
    org_words = words("org_heads") | words("media_heads") | document_words()
    out, rejected = _model_people(doc, titles, org_words)
    for source in _NAME_SOURCES:
        out += source(doc, titles, org_words)
    kept, lower = [], column(doc, "lower")
    for span in out:
        cut = _before_headline_verb(span)
        if cut is not None and (named := leading_word_cut(cut)) != (cut.start, cut.end):
            rejected.append((cut, "person.cut.leading_word"))
            cut = Span(doc, *named, label="PERSON", span_id=cut.id_) if named else None
            if cut is None:
                continue
        if cut is None:
            rejected.append((span, "person.cut.headline_verb"))
        elif (why := _cut_rejection(cut, lower)) is not None:
            rejected.append((cut, why))
        else:
            kept.append(cut)
    return name_parts(kept, rejected)


def _cut_rejection(cut: Span, lower: list[str]) -> str | None:
    """The id of the rule that rejects a trimmed name candidate, or None."""
    if _plural_noun(cut):
        return "person.reject.plural_noun"
    if lower[cut.end - 1] in PLACE_WORDS:
        return "person.reject.place"  # "Governor of Khabarovskiy Kray"
    if named_place(text := text_of(cut)) or names_a_people(text):
        return "person.reject.place_name"  # "the Chinese Ambassador Lebanon signed", "the Sri Lankan"
    if lower[cut.end - 1] in words("portfolio_words") and column(cut.doc, "title")[cut.end - 1]:
        return "person.reject.portfolio"  # "Director for International Relations"
    if tuple(lower[max(0, cut.start - 2) : cut.start]) in NAMED_AFTER:
        return "person.reject.named_after"  # "BSTU named after V.G. Shukhov": the name's
    return None
