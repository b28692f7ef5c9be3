"""Find role titles: the role-lexicon cues, extended by their portfolio
("Vice-Rector for Academic Affairs")."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans, registry

from extractor.find.bare_portfolios import bare_portfolio, unit_title
from extractor.find.role_words import (
    _PORTFOLIO_STOP,
    COUNTING,
    HONORIFIC_WORDS,
    IN_CHARGE_OF,
    PLACE_WORDS,
    bracketed_portfolio,
    chief_officer,
    hyphen_inside_word,
    name_after_field,
    served_title_end,
    title_modifiers,
)
from extractor.lang.countries import names_a_people
from extractor.lang.lexicons import title_words, words
from extractor.lang.rules import rule
from extractor.lang.tokens import GENERIC_INSTITUTIONS, POSSESSIVE, column, is_name_word
from extractor.normalise.categories import RANK_TITLES, category

_PORTFOLIO = frozenset({"for", "on"})


_CLAUSE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD", "RB"})


def _run(doc: Doc, j: int, limit: int, stops: set[int]) -> int:
    """End of a portfolio run: title-case words ("Academic Affairs"; "Science, Higher Education and
    Innovations") or lower-case words ("international cooperation"), never a name after lower-case words."""
    stop = words("org_heads") | title_words() | HONORIFIC_WORDS  # "..., His Excellency X"
    k, lower_seen = j, False
    while k < limit and k not in stops and "\n" not in doc[k].text and not name_after_field(doc, k, stop):
        t = doc[k]
        if hyphen_inside_word(doc, k, limit):
            k += 2  # "Co-operation": one word, whatever the case of its second part
            continue
        if is_name_word(t) and not lower_seen:
            ok = True
        elif t.is_alpha and t.is_lower and t.lower_ not in _PORTFOLIO_STOP and t.tag_ not in _CLAUSE_TAGS:
            ok = lower_seen = True  # no finite verb or adverb: "Vice-President for X Relations also said"
        else:
            ok = t.lower_ in {"and", ","} and k > j and _joins(doc, k, limit, stops, stop)
        if not ok:
            break
        k += 1
        if "\n" in t.whitespace_:
            break
    while k > j and doc[k - 1].lower_ in {"and", ","}:
        k -= 1
    return k


def _joins(doc: Doc, k: int, limit: int, stops: set[int], stop: frozenset[str]) -> bool:
    """The "and" / comma at ``k`` joins two portfolio words: lower-case ones with no title between
    ("teaching and research"), two capitalised ones ("Science and Education"), or ", and" between them."""
    if k + 1 >= limit or (k + 1) in stops:
        return False
    nxt, prev = doc[k + 1], doc[k - 1]
    return (
        nxt.is_lower
        and nxt.is_alpha
        and prev.is_lower
        and category(nxt.text) is None
        and nxt.lower_ not in title_words()  # "member of the party committee and vice president": two titles
        or is_name_word(nxt)
        and is_name_word(prev)
        and nxt.lower_ not in stop
        or _oxford_and(doc, k, limit, stop)
    )


def _oxford_and(doc: Doc, k: int, limit: int, stop: frozenset[str]) -> bool:
    """ ", and" between two capitalised portfolio words: "of Education, Science, and Youth"."""

    def name(i: int) -> bool:
        return 0 <= i < limit and is_name_word(doc[i]) and doc[i].lower_ not in stop

    if doc[k].text == ",":
        return k + 1 < limit and doc[k + 1].lower_ == "and" and name(k - 1) and name(k + 2)
    return doc[k - 1].text == "," and name(k - 2) and name(k + 1)


_PORTFOLIO_FIRST = frozenset({"minister", "deputy minister"})


def _portfolio_before(doc: Doc, span: Span, stops: set[int]) -> int:
    """Start of a portfolio written before a minister's title: "Russian [Education and Science] Minister"."""
    if category(span.text) not in _PORTFOLIO_FIRST:
        return span.start
    places, start = words("places"), span.start
    while start > 0:
        t = doc[start - 1]
        if (
            t.i in stops
            or "\n" in t.whitespace_
            or t.lower_ in places
            or t.lower_ in PLACE_WORDS
            or t.ent_type_ in ("GPE", "NORP", "PERSON")
        ):
            break  # "Novosibirsk Region Minister of Education": the region is no portfolio
        if (
            t.is_title
            and t.is_alpha
            and not t.is_stop
            or t.lower_ == "and"
            and start < span.start
            and start - 2 >= 0
            and doc[start - 2].is_title
        ):
            start -= 1
            continue
        break
    while start < span.start and doc[start].lower_ == "and":
        start += 1
    return start


def extend_role(doc: Doc, span: Span, stops: set[int]) -> Span:
    """Add the portfolio ("for Academic Affairs", "of Education", "in charge of scientific work", "Education
    and Science Minister") and unnamed lower-case units ("of the economic faculty"); stop before a named
    organisation or a country ("of the Republic of ...")."""
    start = _modifier_before(doc, _portfolio_before(doc, span, stops), stops)
    span = Span(doc, start, _office_served(doc, span, stops), label=span.label, span_id=span.id_)
    end, limit, lower = span.end, min(len(doc), span.end + 14), column(doc, "lower")
    while end < limit:
        charge = lower[end : end + 3] == IN_CHARGE_OF  # "pro-rectors in charge of"
        end += 2 * charge
        if lower[end] not in _PORTFOLIO and lower[end] != "of":
            end -= 2 * charge
            break
        tok, j = doc[end], end + 1
        if j < len(doc) and lower[j] == "the":
            j += 1
        if j >= len(doc) or j in stops:
            break
        k = _run(doc, j, limit, stops)
        if not _portfolio_run(tok, doc[j:k], topic=charge or tok.lower_ == "for"):
            break
        end = k
    if end == span.end and unit_title(span):  # no "of"/"for": "Director External Linkages"
        end = bare_portfolio(doc, end, stops)
    end = chief_officer(doc, end, stops) if end == span.end else end
    return Span(doc, span.start, bracketed_portfolio(doc, end, stops), label="ROLE", span_id=span.id_)


@rule("role.span.office_served")
def _office_served(doc: Doc, span: Span, stops: set[int]) -> int:
    """Rule ``role.span.office_served``: an aide's title goes on over the office it serves ("Adviser to the
    President", "Assistant to the Rector for International Affairs", "Secretary to the Council"): the end
    past "to the <Title>" for a title of the categories ``other`` and ``secretary``."""
    end = served_title_end(doc, span.end, title_words())
    if end == span.end or any(i in stops for i in range(span.end, end)):
        return span.end
    return end if category(span.text) in ("other", "secretary") else span.end


def _modifier_before(doc: Doc, start: int, stops: set[int]) -> int:
    """Rule ``role.span.modifier``: "Executive Deputy Director", "Acting Dean", "the interim president": a
    word that the role lexicon puts before other titles ("executive vice president", "acting rector"),
    capitalised or in lower case, opens this one too."""
    if start == 0 or start - 1 in stops or "\n" in doc[start - 1].whitespace_:
        return start
    prev = doc[start - 1]
    if (prev.is_title or prev.is_lower) and prev.lower_ in title_modifiers() or _rank_word(prev):
        return start - 1
    return start - 2 if start >= 2 and _deputy_across(doc, start - 1) else start


def _rank_word(tok: Token) -> bool:
    """Rule ``role.span.rank_word``: a capitalised title that is also a rank adjective opens the title after
    it ("Chief Academic Secretary", "Principal Research Fellow")."""
    return tok.is_title and tok.lower_ in RANK_TITLES


def _deputy_across(doc: Doc, i: int) -> bool:
    """Rule ``role.span.deputy_across``: "Deputy" or "Vice" before a title goes with it across a hyphen, a
    unit's head noun or a nationality: "Deputy-director-general", "Deputy Division Director", "Deputy
    Chinese Ambassador" (``patterns/unit_heads.jsonl``); "co", and "deputy" or "vice" in lower case, across a
    hyphen written without spaces ("Co-Director", "co-chair", "deputy-head")."""
    first, mid = doc[i - 1], doc[i]
    glued = mid.text == "-" and not first.whitespace_ and not mid.whitespace_  # "co-chair", "deputy-head"
    if first.lower_ == "co":
        return glued
    if first.lower_ not in ("deputy", "vice") or not (first.is_title or glued) or "\n" in first.whitespace_:
        return False
    return mid.text == "-" or mid.is_title and (mid.lower_ in words("unit_heads") or mid.ent_type_ == "NORP")


def _portfolio_run(tok: Token, run: Span, topic: bool = False) -> bool:
    """The words after "of"/"for" ``tok`` are a portfolio: not empty, no place, organisation head or country,
    no name after "of", not only institution nouns, nothing counted ("rector of more than 40 universities",
    "rector of the first university of X": no portfolio). After "for" or "in charge of" (``topic``) a word
    that is both a head and a field of ``patterns/portfolio_words.jsonl`` is the field ("Vice Chancellor for
    Administration, Finance and Planning")."""
    heads, places = words("org_heads"), words("places")
    if topic:
        heads = heads - words("portfolio_words")
    if not len(run) or run.text.lower() in places:
        return False
    named = [t for t in run if not t.is_lower]
    if any(t.lower_ in heads or t.lower_ in PLACE_WORDS or t.lower_ in places for t in named) or (
        named and named[0].ent_type_ in ("GPE", "LOC")  # "of Kazakhstan"; not "of Science, and Youth"
    ):
        return False
    named_in = any(is_name_word(t) and not names_a_people(t.text) for t in run)  # "the Cuban delegation": no
    if tok.lower_ == "of" and run[-1].is_lower and named_in:
        return False
    return not (
        all(t.lower_ in GENERIC_INSTITUTIONS for t in run)
        or any(t.like_num or t.lower_ in COUNTING for t in run)
    )


def _bracketed_span(doc: Doc, i: int, spans: set[int]) -> bool:
    """A bracket around a span's acronym or an abbreviation in capitals: "Rector of Baku State University
    (BSU) Elchin Babayev", "Vice Chancellor (VC) Prof Isaac Kibwage"."""

    def short(j: int) -> bool:
        return 0 <= j < len(doc) and (j in spans or doc[j].text.isupper() and doc[j].is_alpha)

    return (
        doc[i].text == "("
        and short(i + 1)
        and i + 2 < len(doc)
        and doc[i + 2].text == ")"
        or doc[i].text == ")"
        and short(i - 1)
        and i >= 2
        and doc[i - 2].text == "("
    )


def gap_ok(doc: Doc, start: int, end: int, allowed: frozenset[str], spans: set[int]) -> bool:
    """Tokens start..end are all allowed words, parts of the given spans, place names, or a run of spaces
    inside the line ("The Chancellor of  University of X, Dr. Y")."""
    places = words("places")
    return (
        end - start <= 12
        and all(
            doc[i].lower_ in allowed
            or doc[i].is_space
            and "\n" not in doc[i].text
            or i in spans
            or doc[i].lower_ in places
            or _bracketed_span(doc, i, spans)
            for i in range(start, end)
        )
        and not any("\n" in doc[i].whitespace_ for i in range(max(start - 1, 0), end))
    )


def role_candidates(doc: Doc, key: str = "role_cues") -> list[Span]:
    """Role cue spans found by the role lexicon ruler, longest first, capitalised or after a name; a title
    word in the possessive ("the President's Office") names no one's title."""
    skip = words("honorifics")
    return [
        s
        for s in doc.spans.get(key, [])
        if (s.text.lower() not in skip or s.text.lower() == "professor")
        and not (len(s) == 1 and s.end < len(doc) and doc[s.end].text in POSSESSIVE)
    ]


@registry.misc("extractor.joined_titles_filter.v1")
def make_joined_titles_filter() -> Callable[[Iterable[Span], Iterable[Span]], list[Span]]:
    """The role ruler's ``spans_filter``: :func:`joined_titles`, then spaCy's longest-first filter."""
    return lambda existing, found: filter_spans(joined_titles([*existing, *found]))


@rule("role.span.overlapping_cues")
def joined_titles(cues: list[Span]) -> list[Span]:
    """Rule ``role.span.overlapping_cues``: two titles of the lexicon that share a word are one title
    ("Deputy Secretary" and "Secretary General" -> "Deputy Secretary General"), never a title and a name
    ("Deputy Secretary" + "General"); the joined span keeps the first title's label."""
    ordered = sorted(cues, key=lambda s: (s.start, -s.end))
    joined = [
        Span(a.doc, a.start, b.end, label=a.label_, span_id="role.span.overlapping_cues")
        for a, b in zip(ordered, ordered[1:])
        if a.start < b.start < a.end < b.end
    ]
    return cues + joined
