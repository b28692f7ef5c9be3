"""Rule ``role.span.bare_portfolio``: a unit's title written straight before its portfolio, with no "of" or
"for" between ("Director External Linkages Dr Raheed Ahmed", "Dean Academic Affairs", "Director University
Relations"): the portfolio's words join the title, and a name the model or the head-noun rules read there is
no organisation or person ("University Relations", "External Linkages")."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from extractor.lang.lexicons import words
from extractor.lang.rules import rule
from extractor.lang.tokens import column, text_of
from extractor.normalise.categories import RANK_TITLES, category

# the categories of a unit's titles that take a portfolio written straight after them
UNIT_TITLES = frozenset({"director", "deputy director", "dean", "vice-dean", "head", "deputy head"})
RULE = "role.span.bare_portfolio"


def unit_title(span: Span) -> bool:
    """A unit's title ("Director", "Dean", "Deputy Head"), not a rank word ("Chief Development Officer")."""
    last = column(span.doc, "lower")[span.end - 1]
    return category(text_of(span)) in UNIT_TITLES and last not in RANK_TITLES


@rule(RULE)
def bare_portfolio(doc: Doc, end: int, stops: frozenset[int] | set[int] = frozenset()) -> int:
    """The end of the portfolio written straight after a unit's title ending at ``end``: of the next three
    capitalised words on the line (none a mention's start in ``stops``), those up to the last field of
    ``patterns/portfolio_words``; ``end`` when there is no such field ("Director Ivan Petrov").
    """
    text, lower, title = column(doc, "text"), column(doc, "lower"), column(doc, "title")
    ws = column(doc, "ws")
    fields, last = words("portfolio_words"), end
    for k in range(end, min(len(doc), end + 3)):
        if k in stops or not title[k] or "\n" in ws[k - 1] or not text[k].isalpha():
            break
        last = k + 1 if lower[k] in fields else last
    return last


def portfolio_names(
    doc: Doc, cues: list[Span], cands: list[Span]
) -> tuple[list[Span], list[tuple[Span, str]]]:
    """The candidates minus the organisations and people that open on a bare portfolio: those that end
    inside it ("University Relations") and the people that run on past it ("International Relations Rajiv
    Onkar"); an organisation that runs on past it ("Information Technology Centre") stays, and the title
    then takes no portfolio."""
    ends = {c.end: bare_portfolio(doc, c.end) for c in cues if c.end < len(doc) and unit_title(c)}
    portfolios = {start: end for start, end in ends.items() if end > start}
    if not portfolios:
        return cands, []

    def inside(c: Span) -> bool:
        end = portfolios.get(c.start)
        return end is not None and (c.label_ == "PERSON" or c.label_ == "ORG" and c.end <= end)

    return [c for c in cands if not inside(c)], [(c, RULE) for c in cands if inside(c)]
