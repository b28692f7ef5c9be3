"""Find role titles tied to a named person and work out whom and where ("X, Director of Y")."""

from __future__ import annotations

import re

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from extractor.facts.affiliation import behalf_org, counterpart_org, delegation_member_org, is_partner
from extractor.lang.lexicons import lexicon, plural, singular, title_words, words
from extractor.normalise.orgs import parent_in_name
from extractor.lang.tokens import is_name_word, model_ents, sent_of, text_of

_PORTFOLIO = frozenset({"for", "on"})
_PERSON_GAP_BEFORE = frozenset({",", "the", "of", "at", "'s", "’s", "-", "–", "—", ":", "mr.", "mr", "dr.", "dr", "ms.",
                                "ms", "mrs", "prof", "assoc.", "acad.", "amb.",
                                "mrs.", "professor", "prof.", "academician", "his", "her", "excellency"})
_HONORIFIC_GAP = frozenset({"professor", "prof.", "dr.", "dr", "mr.", "mr", "ms.", "mrs.", "academician", "associate",
                            "assistant", "assoc."})
_PERSON_GAP_AFTER = frozenset({",", "the", "(", "-", "–", "—", "is", "was", "as", "who", "a", "an", "also", "university",
                               "now", "currently", "been", "has", "had", "became", "appointed", "serves",
                               "served", "elected", "named", "acting", "at", "of", "our", "and", "its"})
_ORG_GAP = frozenset({"of", "at", "the", "in", "from", "'s", "’s", "(", "on", "part", "behalf"})


def category(title: str) -> str | None:
    """The role category of a title as written (its longest lexicon phrase), or None."""
    lex = lexicon("roles")
    t = " ".join(title.lower().replace("–", "-").split())
    if t in lex:
        return lex[t]
    if singular(t) in lex:
        return lex[singular(t)]  # "rectors X and Y"
    parts = t.split()
    if len(parts) == 2 and lex.get(parts[1]) == "other" and parts[0].removesuffix("'s").removesuffix("’s") in lex:
        return "other"  # "minister assistant", "rector's assistant": a helper of the first title
    best = max((p for p in lex if t.startswith(p + " ")), key=len, default=None)
    if best is None:  # a portfolio written first: "Education and Science Minister"
        best = max((p for p in lex if t.endswith(" " + p)), key=len, default=None)
    return lex[best] if best else None


_PORTFOLIO_STOP = frozenset({"and", "of", "the", "at", "in", "on", "with", "was", "is", "who", "from", "to", "our",
                             "its", "their", "his", "her", "this", "that", "a", "an", "said", "noted", "has"})
_GENERIC_INSTITUTIONS = frozenset({"university", "institute", "academy", "college", "school", "company"})
_HOME_NOUNS = _GENERIC_INSTITUTIONS | {"our"}  # "the rector of the university(,) Professor X"
_PLACE_WORDS = frozenset({"republic", "federation", "kingdom", "region", "province", "city", "oblast"})


def _run(doc: Doc, j: int, limit: int, stops: set[int]) -> int:
    """End of a portfolio run: title-case words ("Academic Affairs"; "Science, Higher Education and
    Innovations") or lower-case words ("international cooperation"), never a name after lower-case words."""
    heads, titles = words("org_heads"), title_words()
    k, lower_seen = j, False
    while k < limit and k not in stops and "\n" not in doc[k].text:
        t = doc[k]
        nxt = doc[k + 1] if k + 1 < limit else None
        if is_name_word(t) and not lower_seen:
            ok = True
        elif t.is_alpha and t.is_lower and t.lower_ not in _PORTFOLIO_STOP:
            ok = lower_seen = True
        elif t.lower_ in {"and", ","} and k > j and nxt is not None and (k + 1) not in stops and (
                nxt.is_lower and nxt.is_alpha and doc[k - 1].is_lower and category(nxt.text) is None or
                is_name_word(nxt) and is_name_word(doc[k - 1]) and nxt.lower_ not in titles | heads or
                _oxford_and(doc, k, limit, titles | heads)):
            ok = True
        else:
            ok = False
        if not ok:
            break
        k += 1
        if "\n" in t.whitespace_:
            break
    while k > j and doc[k - 1].lower_ in {"and", ","}:
        k -= 1
    return k


def _oxford_and(doc: Doc, k: int, limit: int, stop: frozenset[str]) -> bool:
    """", and" between two capitalised portfolio words: "of Education, Science, and Youth"."""
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
        if t.i in stops or "\n" in t.whitespace_ or t.lower_ in places or t.lower_ in _PLACE_WORDS or \
                t.ent_type_ in ("GPE", "NORP", "PERSON"):
            break  # "Novosibirsk Region Minister of Education": the region is no portfolio
        if t.is_title and t.is_alpha and not t.is_stop or t.lower_ == "and" and start < span.start and \
                start - 2 >= 0 and doc[start - 2].is_title:
            start -= 1
            continue
        break
    while start < span.start and doc[start].lower_ == "and":
        start += 1
    return start


def extend_role(doc: Doc, span: Span, stops: set[int]) -> Span:
    """Add the portfolio ("for Academic Affairs", "of Education", "Education and Science Minister") and unnamed
    lower-case units ("of the economic faculty"); stop before a named organisation or a country ("of the
    Republic of ...")."""
    heads = words("org_heads")
    span = Span(doc, _portfolio_before(doc, span, stops), span.end, label=span.label, span_id=span.id_)
    end, limit = span.end, min(len(doc), span.end + 10)
    while end < limit:
        tok = doc[end]
        if tok.lower_ not in _PORTFOLIO and tok.lower_ != "of":
            break
        j = end + 1
        if j < len(doc) and doc[j].lower_ == "the":
            j += 1
        if j >= len(doc) or j in stops:
            break
        k = _run(doc, j, limit, stops)
        run = doc[j:k]
        places = words("places")
        if k == j or run.text.lower() in places or any(
                t.lower_ in heads or t.lower_ in _PLACE_WORDS or t.lower_ in places or t.ent_type_ in ("GPE", "LOC")
                for t in run if not t.is_lower):
            break
        if tok.lower_ == "of" and doc[k - 1].is_lower and any(is_name_word(t) for t in run):
            break
        if all(t.lower_ in _GENERIC_INSTITUTIONS for t in run) or any(t.like_num or t.lower_ in _COUNTING for t in run):
            break  # "rector of more than 40 universities", "rector of the first university of X": no portfolio
        end = k
    return Span(doc, span.start, end, label="ROLE", span_id=span.id_)


_COUNTING = frozenset({"more", "less", "than", "over", "several", "many", "all", "both", "first", "second", "third"})


def _bracketed_span(doc: Doc, i: int, spans: set[int]) -> bool:
    """A bracket around a span's acronym or an abbreviation in capitals: "Rector of Baku State University (BSU)
    Elchin Babayev", "Vice Chancellor (VC) Prof Isaac Kibwage"."""
    def short(j: int) -> bool:
        return 0 <= j < len(doc) and (j in spans or doc[j].text.isupper() and doc[j].is_alpha)
    return doc[i].text == "(" and short(i + 1) and i + 2 < len(doc) and doc[i + 2].text == ")" or \
        doc[i].text == ")" and short(i - 1) and i >= 2 and doc[i - 2].text == "("


def _gap_ok(doc: Doc, start: int, end: int, allowed: frozenset[str], spans: set[int]) -> bool:
    """Tokens start..end are all allowed words, parts of the given spans, or place names."""
    places = words("places")
    return end - start <= 12 and all(doc[i].lower_ in allowed or i in spans or doc[i].lower_ in places or
                                     _bracketed_span(doc, i, spans) for i in range(start, end)) and \
        not any("\n" in doc[i].whitespace_ for i in range(max(start - 1, 0), end))


def _titled(person: Span, ctx: "RoleContext") -> bool:
    """The person already has a title right before the name ("vice-rector for science D.Saifullayev")."""
    doc = person.doc
    lo, hi = bisect_right(ctx.role_ends, person.start - 8), bisect_right(ctx.role_ends, person.start)
    return any(_gap_ok(doc, r.end, person.start, _PERSON_GAP_BEFORE - {","}, ctx.org_tokens) and
               category(r.text) != "professor"  # an academic rank is an honorific: "Professor Dr. X, Vice President"
               for r in ctx.roles_by_end[lo:hi])


@dataclass
class RoleContext:
    """What role ties need from a document, built once per Doc so each role costs constant work."""

    people: list[Span]
    roles: list[Span]
    org_tokens: set[int]
    context: set[int] = field(init=False)
    starts: list[int] = field(init=False)
    roles_by_end: list[Span] = field(init=False)
    role_ends: list[int] = field(init=False)
    role_at_end: dict[int, Span] = field(init=False)
    role_at_start: dict[int, Span] = field(init=False)

    def __post_init__(self) -> None:
        self.people = sorted(self.people, key=lambda p: p.start)
        self.context = self.org_tokens | {i for r in self.roles for i in range(r.start, r.end)}
        self.starts = [p.start for p in self.people]
        self.roles_by_end = sorted(self.roles, key=lambda r: r.end)
        self.role_ends = [r.end for r in self.roles_by_end]
        self.role_at_end = {r.end: r for r in self.roles}
        self.role_at_start = {r.start: r for r in self.roles}

    def first_role_in(self, lo: int, hi: int) -> Span | None:
        """The role that starts first in tokens lo..hi."""
        if not hasattr(self, "_role_starts"):
            self._roles_by_start = sorted(self.roles, key=lambda r: r.start)
            self._role_starts = [r.start for r in self._roles_by_start]
        k = bisect_left(self._role_starts, lo)
        return self._roles_by_start[k] if k < len(self._roles_by_start) and self._role_starts[k] < hi else None

    def after(self, i: int, reach: int = 13) -> list[Span]:
        """People starting at token i or up to ``reach`` tokens later."""
        lo, hi = bisect_left(self.starts, i), bisect_right(self.starts, i + reach)
        return self.people[lo:hi]

    def before(self, i: int, reach: int = 13) -> list[Span]:
        """People ending at token i or up to ``reach`` tokens earlier."""
        return [p for p in self.people[max(0, bisect_left(self.starts, i - 40)):bisect_right(self.starts, i)]
                if i - reach <= p.end <= i]


def _same_sentence(doc: Doc, a: int, b: int) -> bool:
    """No sentence starts after token a up to token b. A break the parser puts where no sentence can end (after
    a comma, "said Rector of X," / "Ms. Liu Jun.", or after a word, "Russian Deputy PM" / "Tatyana Golikova")
    does not count; line breaks and final punctuation do."""
    return not any(doc[i].is_sent_start and _real_break(doc, i) for i in range(a + 1, min(b + 1, len(doc))))


_FINAL = frozenset(".!?…:;\"»”)")


def _real_break(doc: Doc, i: int) -> bool:
    prev = doc[i - 1]
    return prev.text[-1:] in _FINAL or "\n" in prev.whitespace_ or "\n" in prev.text


def tied_person(role: Span, ctx: RoleContext) -> Span | None:
    """The named person the role belongs to: an apposition ("X, Director") or a title before a name."""
    doc = role.doc
    org_tokens = ctx.org_tokens
    if role.start >= 2 and doc[role.start - 2].lower_ == "title" and doc[role.start - 1].lower_ == "of":
        # "X ... was awarded the honorary title of Professor of Y": the person the sentence is about
        earlier = [p for p in ctx.before(role.start, 40) if _same_sentence(doc, p.end - 1, role.start)]
        return earlier[0] if earlier else None
    after = [p for p in ctx.after(role.end) if _same_sentence(doc, role.start, p.start)]
    before = [p for p in ctx.before(role.start) if _same_sentence(doc, p.end - 1, role.start)]
    direct_after = after and after[0].start > role.end and (_gap_ok(
        doc, role.end, after[0].start, frozenset({"of", "the", "at"}), org_tokens) or
        _honorific_next(doc, role.end, after[0].start))
    if _counted_group(role):
        return None
    respective = _respectively(role, ctx)
    if respective is not None:
        return respective
    if after and after[0].start == role.end and is_plural(role) and coordinated(after[0], ctx.people):
        return after[0]  # rule role.tie.plural_title: "the vice-rectors A, B, C": the names the plural lists
    if after and _honorific_next(doc, role.end, after[0].start) and _same_sentence(doc, role.start, after[0].start) \
            and (not before or _title_first(before[-1], ctx)):
        return after[0]  # rule role.tie.honorific_next: "Rector, Professor A, Vice-Rector, Professor B"
    if before and after and _titled_in_list(before[-1], ctx) and [t.text for t in doc[before[-1].end:role.start]] == [","] \
            and _list_item(doc, role.end, after[0].start, ctx.org_tokens):
        return after[0]  # "Title A Name1, Title B Name2": the next item of a list of titled names
    if after and _title_first_list(role, ctx) and _title_org_comma(role, after[0], ctx):
        return after[0]  # "the Rector of X, Name1, the Rector of Y, Name2": each title names the person after it
    if before and [t.lower_ for t in doc[before[-1].end:role.start]] in ([","], [",", "the"], ["("]) and \
            not _titled(before[-1], ctx) and not direct_after:
        # "X, vice-rector for International Relations, doctor of economics, professor Y": the degrees lead on to Y
        return _degree_apposition(role, ctx) or before[-1]
    if after and _gap_ok(doc, role.end, after[0].start, _PERSON_GAP_BEFORE - {","} | {"and"} | _HOME_NOUNS, ctx.context):
        return after[0]
    if before:
        p = before[-1]
        if _gap_ok(doc, p.end, role.start, _PERSON_GAP_AFTER | {"and"} | _PLACE_WORDS, ctx.context):
            between = doc[p.end:role.start]
            if not any(t.lower_ == "and" for t in between) or not after:
                return p
    if after:
        p = after[0]
        if _gap_ok(doc, role.end, p.start, _PERSON_GAP_BEFORE, org_tokens) and \
                not any(doc[i].text == "," for i in range(role.end, p.start)) or \
                _gap_ok(doc, role.end, p.start, frozenset({","}), set()):
            return p
        # "the First Deputy Minister of Education of the Republic of Belarus, Alexander Bahanovich",
        # "the President of Nanchang University, Professor Zhou Zhuangbing"
        commas = [i for i in range(role.end, p.start) if doc[i].text == ","]
        if len(commas) == 1 and _gap_ok(doc, commas[0] + 1, p.start, _HONORIFIC_GAP, set()) and \
                _gap_ok(doc, role.end, commas[0], frozenset({"of", "the", "at"}) | _PLACE_WORDS | _HOME_NOUNS, org_tokens):
            return p
    return _envoy(role, ctx) or _degree_apposition(role, ctx) or _long_title(role, ctx) or _chained(role, ctx) or \
        _coordinated_title(role, ctx) or _title_comma_org(role, ctx)


def _counted_group(role: Span) -> bool:
    """Rule ``role.reject.counted_group``: "the rector of more than 40 universities", "heads of 12 institutes":
    a title counted over many organisations names a group, no one person."""
    doc = role.doc
    if role.end >= len(doc) or doc[role.end].lower_ != "of":
        return False
    window = doc[role.end + 1:min(len(doc), role.end + 5)]
    return any(t.like_num or t.lower_ in _COUNTING - {"first", "second", "third"} for t in window) and \
        any(t.lower_ in _INSTITUTIONS_PLURAL for t in window)


_INSTITUTIONS_PLURAL = frozenset({"universities", "institutes", "academies", "colleges", "schools", "companies",
                                  "institutions", "organizations", "organisations", "centers", "centres"})


def _respectively(role: Span, ctx: RoleContext) -> Span | None:
    """Rule ``role.tie.respectively``: "Lu Qi and Wu Bo, director and deputy director of RID": as many titles
    joined by "and"/commas right after as many joined names, paired in order."""
    doc = role.doc
    ends, starts = ctx.role_at_end, ctx.role_at_start
    titles = [role]
    while titles[0].start >= 2 and doc[titles[0].start - 1].lower_ in ("and", ",") and \
            titles[0].start - 1 in ends:
        titles.insert(0, ends[titles[0].start - 1])
    k = role.end
    while k + 1 < len(doc) and doc[k].lower_ in ("and", ",") and k + 1 in starts and len(titles) < 6:
        titles.append(starts[k + 1])
        k = titles[-1].end
    first = titles[0].start
    if len(titles) < 2 or first < 2 or doc[first - 1].text != ",":
        return None
    by_end = {p.end: p for p in ctx.before(first - 1)}
    last = by_end.get(first - 1)
    if last is None:
        return None
    names = [last]
    while names[0].start >= 2 and doc[names[0].start - 1].lower_ in ("and", ",") and \
            (prev := next((p for p in ctx.before(names[0].start - 1) if p.end == names[0].start - 1), None)):
        names.insert(0, prev)
    return names[titles.index(role)] if len(names) == len(titles) else None


def _title_first_list(role: Span, ctx: RoleContext) -> bool:
    """Rule ``role.tie.title_first_list``: the sentence names its first title before its first person
    ("speeches were delivered by the Rector of X, Name1, the Rector of Y, Name2"), so a list in it runs title
    first; "The guests – Name1, head of X, Name2, dean of Y" runs name first."""
    sent = sent_of(role)
    first_role = ctx.first_role_in(sent.start, sent.end)
    k = bisect_left(ctx.starts, sent.start)
    first_person = ctx.people[k] if k < len(ctx.people) and ctx.people[k].start < sent.end else None
    return first_role is not None and first_person is not None and first_role.start < first_person.start and \
        role.start > first_role.start and _title_org_comma(first_role, first_person, ctx)


def _title_org_comma(role: Span, person: Span, ctx: RoleContext) -> bool:
    """"Title of (the) ORG, (Dr.) Name": only the organisation's words (or "the Institute") and one comma
    between title and name, honorifics after the comma."""
    doc = role.doc
    start = person.start
    while start - 1 > role.end and doc[start - 1].lower_ in _HONORIFIC_GAP:
        start -= 1
    if start - 1 <= role.end or doc[start - 1].text != ",":
        return False
    gap = range(role.end, start - 1)
    named = {i for i in gap if i in ctx.org_tokens or doc[i].lower_ in _GENERIC_INSTITUTIONS or _place_word(doc[i])}
    return bool(named) and all(i in named or doc[i].lower_ in _TITLE_ORG_GAP for i in gap)


def _place_word(tok: Token) -> bool:
    """A word of a country's name ("of the Russian Federation"): a title of a state's office names its holder
    after the comma like a title of an organisation."""
    return tok.is_title and tok.lower_ in _place_words() or tok.lower_ in _PLACE_WORDS


@lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    """Every word of the place names and demonyms of ``patterns/places.jsonl``."""
    return frozenset(w for phrase in words("places") for w in phrase.split())


def _next_person(role: Span, ctx: RoleContext, reach: int) -> Span | None:
    """The first person named within ``reach`` tokens after the title, in its sentence."""
    return next((p for p in ctx.after(role.end, reach) if _same_sentence(role.doc, role.start, p.start)), None)


_TITLE_ORG_GAP = frozenset({"of", "the", "under", "at", "in", "for", "'s", "’s"})


def _long_title(role: Span, ctx: RoleContext) -> Span | None:
    """A title whose organisation names run long before the name: "Director of the Center for Language Training
    and Cooperation under the Ministry of Education of the PRC Ma Jianfei"."""
    doc = role.doc
    p = _next_person(role, ctx, 30)
    if p is None or not any(i in ctx.org_tokens for i in range(role.end, p.start)):
        return None
    places = words("places")
    end = p.start
    while end - 1 > role.end and doc[end - 1].lower_ in _HONORIFIC_GAP:
        end -= 1  # "Director of X of the Republic of Uzbekistan, Professor K. Davronov"
    end -= doc[end - 1].text == ","  # "the rector of X of the PRC, Zheng Shi"
    if all(i in ctx.org_tokens or doc[i].lower_ in _TITLE_ORG_GAP or doc[i].lower_ in places
           for i in range(role.end, end)):
        return p
    return None


def _degree_apposition(role: Span, ctx: RoleContext) -> Span | None:
    """Degrees (``patterns/degrees.jsonl``) between a title and the name: "Rector of X, PhD in Economics,
    Professor Valentina Bogatyreva", "Director of Y, Doctor of Technical Sciences, Z"."""
    doc = role.doc
    p = _next_person(role, ctx, 30)
    if p is None:
        return None
    commas = [i for i in range(role.end, p.start) if doc[i].text == ","]
    if len(commas) < 2 or not _gap_ok(doc, role.end, commas[0], frozenset({"of", "the", "at"}) | _PLACE_WORDS |
                                      _HOME_NOUNS, ctx.org_tokens):
        return None
    for a, b in zip(commas, commas[1:] + [p.start]):
        segment = doc[a + 1:b]
        if not len(segment) or segment[0].lower_ not in words("degrees") and segment[0].lower_ not in _HONORIFIC_GAP or \
                any(t.tag_.startswith("VB") or t.lower_ in ("and", "who") for t in segment):
            return None
    return p


_ENVOY_GAP = frozenset({"of", "the", "to", "'s", "’s", "people", "in"}) | _PLACE_WORDS


def _envoy(role: Span, ctx: RoleContext) -> Span | None:
    """A title of a country before a name: "the Ambassador of the People's Republic of China to the Republic
    of Belarus, Mr. Xie Xiaoyong", "Vice-Minister of Education of the People's Republic of China Sun Yao"."""
    doc = role.doc
    p = _next_person(role, ctx, 22)
    if p is None:
        return None
    commas = [i for i in range(role.end, p.start) if doc[i].text == ","]
    if len(commas) > 1 or commas and not _gap_ok(doc, commas[0] + 1, p.start, _HONORIFIC_GAP, set()):
        return None
    end = commas[0] if commas else p.start  # "Vice-Minister of Education of the People's Republic of China Sun Yao"
    if end - role.end <= 16 and all(doc[i].lower_ in _ENVOY_GAP or doc[i].lower_ in words("places")
                                    for i in range(role.end, end)):
        return p
    return None


def is_plural(role: Span) -> bool:
    """A title written in the plural ("rectors"), found through the plural patterns of the role lexicon."""
    phrase = role.id_.partition(":")[2]
    last = phrase.split()[-1] if phrase else ""
    return bool(last) and plural(last) != last and (any(t.lower_ == plural(last) for t in role) or
                                                    role.text.lower().replace("–", "-").endswith(plural(last)))


def coordinated(person: Span, people: list[Span]) -> list[Span]:
    """The people written right after ``person`` joined by "and" or commas ("X, Y and Z")."""
    doc = person.doc
    starts = {p.start: p for p in people}
    out, end = [], person.end
    while end + 1 < len(doc) and doc[end].lower_ in (",", "and"):
        nxt = end + 1 + (doc[end + 1].lower_ == "and")
        if nxt not in starts:
            break
        out.append(starts[nxt])
        end = starts[nxt].end
    return out


def _titled_in_list(person: Span, ctx: "RoleContext") -> bool:
    """A title stands before the name in the same list item ("Director of the Programmes at X's Ministry Y")."""
    doc = person.doc
    lo, hi = bisect_right(ctx.role_ends, person.start - 15), bisect_right(ctx.role_ends, person.start)
    return any(_list_item(doc, r.end, person.start, ctx.org_tokens) for r in ctx.roles_by_end[lo:hi])


def _list_item(doc: Doc, start: int, end: int, org_tokens: set[int] | frozenset[int] = frozenset()) -> bool:
    """Tokens between a title and the name after it read as one list item: no comma, verb or conjunction
    (an "and" or a comma inside an organisation's name or an "and" in a capitalised portfolio is none)."""
    return all((t.text not in (",", ";") or t.i in org_tokens) and not t.tag_.startswith("VB") and
               (t.lower_ not in _ITEM_BREAKS or t.lower_ == "and" and (_inside_name(t) or t.i in org_tokens))
               and "\n" not in t.whitespace_ for t in doc[start:end])


def _inside_name(tok: Token) -> bool:
    """An "and" between two capitalised words: "for Regional Policy and Government Relations"."""
    doc = tok.doc
    return 0 < tok.i < len(doc) - 1 and doc[tok.i - 1].is_title and doc[tok.i + 1].is_title


_ITEM_BREAKS = frozenset({"and", "who", "together", "along", "accompanied", "alongside"})  # "X, Title together with Y"


def _chained(role: Span, ctx: RoleContext) -> Span | None:
    """A second title in a chain of appositions: "X, permanent Chairman of A on the Russian side, Rector of B"."""
    doc = role.doc
    if role.start == 0 or doc[role.start - 1].text != ",":
        return None
    lo, hi = bisect_left(ctx.role_ends, role.start - 14), bisect_right(ctx.role_ends, role.start - 1)
    for prev in reversed(ctx.roles_by_end[lo:hi]):
        gap = doc[prev.end:role.start - 1]
        places = words("places")
        if any(t.tag_.startswith("VB") or t.lower_ in ("and", "who", "while") or "\n" in t.whitespace_ or
               t.is_title and t.i not in ctx.context and t.lower_ not in places for t in gap) or \
                ctx.after(prev.end, len(gap)) or not _same_sentence(doc, prev.start, role.start):
            return None
        person = tied_person(prev, ctx)
        return person if person is not None and person.end <= prev.start else None
    return None


def _title_comma_org(role: Span, ctx: RoleContext) -> Span | None:
    """Rule ``role.tie.title_comma_org``: "The Director, Institute of African Studies at Zhejiang Normal University,
    Liu Hongwu expressed ...", "The Vice Chancellor, University of Abuja, Prof. X": a title, its organisation
    after a comma, then the name."""
    doc = role.doc
    i = role.end
    if i + 1 >= len(doc) or doc[i].text != "," or i + 1 not in ctx.org_tokens:
        return None
    j = i + 1
    while j < len(doc) and (j in ctx.org_tokens or doc[j].lower_ in ("at", "of", "the")) and j < i + 25:
        j += 1
    j += j < len(doc) and doc[j].text == ","
    while j < len(doc) and doc[j].lower_ in _HONORIFIC_GAP | {"prof"}:
        j += 1
    person = next((p for p in ctx.after(j, 0) if p.start == j), None)
    return person if person is not None and _same_sentence(doc, role.start, j) else None


def _title_first(person: Span, ctx: RoleContext) -> bool:
    """A title stands before this person's name, with only a comma and honorifics between ("Rector, Professor
    A"): the list puts titles first ("Mr. A, CEO, Mr. B, Programme Manager" puts names first)."""
    doc = person.doc
    lo, hi = bisect_right(ctx.role_ends, person.start - 6), bisect_right(ctx.role_ends, person.start)
    return any(all(t.text == "," or t.lower_ in _HONORIFIC_GAP or t.lower_ == "prof" for t in doc[r.end:person.start])
               for r in ctx.roles_by_end[lo:hi])


def _honorific_next(doc: Doc, start: int, end: int) -> bool:
    """"Vice-Rector for Research, Professor Bauyrzhan Yessengeldin": a comma, then only honorifics up to the
    name (the title names the person after it, not the one before)."""
    return end - start >= 2 and doc[start].text == "," and \
        all(t.lower_ in _HONORIFIC_GAP or t.lower_ == "prof" for t in doc[start + 1:end])


def _coordinated_title(role: Span, ctx: RoleContext) -> Span | None:
    """Rule ``role.tie.coordinated_title``: "Qin Long, Member of the Standing Committee of the CPC TNU Committee
    and TNU Vice President, signed ...": a second title joined by "and" (its own organisation may stand before
    it) belongs to the person of the first, when no name follows it."""
    doc = role.doc
    i = role.start
    while i > 0 and doc[i - 1].i in ctx.org_tokens:
        i -= 1  # "and TNU Vice President"
    if i < 2 or doc[i - 1].lower_ != "and" or ctx.after(role.end, 2) or \
            role.end < len(doc) and doc[role.end].text not in (",", ".", ";", ")"):
        return None
    lo, hi = bisect_left(ctx.role_ends, i - 16), bisect_right(ctx.role_ends, i - 1)
    for prev in reversed(ctx.roles_by_end[lo:hi]):
        gap = doc[prev.end:i - 1]
        if any(t.tag_.startswith("VB") or t.lower_ in ("and", ",", "who", "while") or "\n" in t.whitespace_ or
               t.is_title and t.i not in ctx.context for t in gap) or not _same_sentence(doc, prev.start, role.start):
            return None
        person = tied_person(prev, ctx)
        return person if person is not None and person.end <= prev.start else None
    return None


_HOME_REFS = (("of", "the", "university"), ("of", "our", "university"), ("of", "the", "institute"))
OWN_NOUNS = ("university", "institute", "school", "college", "academy")
OUR_INSTITUTION = re.compile(rf"\bour (?:{'|'.join(OWN_NOUNS)})\b", re.I)  # the release's own, unnamed
_PUBLIC_ROLES = frozenset({"minister", "deputy minister", "ambassador", "consul", "governor", "mayor"})


def role_org(role: Span, person: Span | None, orgs: list[Span], home: str | None = None
             ) -> tuple[str | None, int, str]:
    """Key of the organisation where the role is held, how strong the evidence is (3 written next to the
    title, 2 the sentence's topic, 1 the sentence's only organisation, 0 the release's organisation), and the
    id of the rule that chose it: "Title of/at ORG", "ORG Title", "X, Title of ORG", "its Title"; "the rector
    of the university" / "our president" -> the release's own organisation; a minister -> the ministry with
    the same portfolio; otherwise the sentence's topic or only organisation, else the release's organisation."""
    doc = role.doc
    if category(role.text) in ("minister", "deputy minister"):
        ministry = _ministry_of(role, orgs)
        if ministry is not None:
            return ministry.kb_id_, 3, "role.org.ministry_portfolio"
    if category(role.text) == "consul":
        consulates = {o.kb_id_ for o in orgs if "consulate" in o.kb_id_.lower()}
        if len(consulates) == 1:  # rule role.org.consulate: "Consul General X at the Russian Consulate"
            return consulates.pop(), 3, "role.org.consulate"
    if _of_country(role, orgs):
        return None, 3, "role.org.of_country"
    found = attached_org(role, person, orgs)
    if found is not None:
        return found.kb_id_, 3, "role.org.attached"
    if person is not None and role.end < len(doc) and doc[role.end].text == ":" and person.start == role.end + 1:
        return None, 3, "role.org.byline"  # "Author: Gao Ya", "Webmaster: O. Sinitsyna": a page's byline
    behalf = behalf_org(role, person, orgs)
    if behalf is not None:
        return behalf[0].kb_id_, 3, behalf[1]
    inherited = _previous_item_org(role, person, orgs, home) or _next_title_org(role, orgs) or \
        _previous_titled_org(role, person, orgs)
    if inherited is not None:
        return inherited
    if role.start > 0 and doc[role.start - 1].lower_ in ("its", "their"):
        earlier = [o for o in orgs if o.end <= role.start and _same_sentence(doc, o.start, role.start)]
        if earlier:
            return earlier[-1].kb_id_, 3, "role.org.possessive"  # "a delegation of X led by its Party Secretary Y"
    leader = _delegation_leader_org(role, orgs)
    if leader is not None:
        return leader.kb_id_, 3, "role.org.delegation_leader"
    after = tuple(t.lower_ for t in doc[role.end:role.end + 3])
    before = tuple(t.lower_ for t in doc[max(0, role.start - 2):role.start])
    named = _anaphor_org(role, after, orgs) or _anaphor_org(role, _possessive_ref(role), orgs)
    if named is not None:
        return named.kb_id_, 2, "role.org.the_university_named_before"  # a guess by recency
    if after in _HOME_REFS or role.start > 0 and doc[role.start - 1].lower_ == "our" or \
            before in (("the", "university"), ("our", "university")) or OUR_INSTITUTION.search(text_of(sent_of(role))):
        return home, 2, "role.org.our_institution"  # None when the release never names itself
    if _national(role) or category(role.text) in _PUBLIC_ROLES or \
            any(w in _PUBLIC_ROLES for w in role.text.lower().replace("-", " ").split()):  # "Deputy Mayor"
        return None, 2, "role.org.public_office"
    member = delegation_member_org(role, orgs)
    if member is not None:
        return member.kb_id_, 2, "role.org.delegation_member"
    other = counterpart_org(role, orgs, home)
    if other is not None:
        return other, 2, "role.org.counterpart"
    found, strength, rule = _sentence_org(role, orgs)
    if found is not None:
        return found.kb_id_, strength, rule
    if any(w in _PLACE_WORDS or w in words("places") for w in role.text.lower().split()):
        return None, 0, "role.org.regional_office"  # "director of the region's education department"
    return home, 0, "role.org.release_home"


def _of_country(role: Span, orgs: list[Span]) -> bool:
    """Rule ``role.org.of_country``: "D. Mandax, president of Mongolia": a title of a country (a place right
    after "of", no organisation there) is held at no organisation."""
    doc = role.doc
    i = role.end
    if i + 1 >= len(doc) or doc[i].lower_ != "of":
        return False
    j = i + 1 + (doc[i + 1].lower_ == "the")
    if j >= len(doc) or any(o.start <= j < o.end for o in orgs):
        return False
    return doc[j].lower_ in words("places") and (j + 1 == len(doc) or not doc[j + 1].is_title)


def _possessive_ref(role: Span) -> tuple[str, ...]:
    """"the academy's president" read as "president of the academy" (for :func:`_anaphor_org`)."""
    doc = role.doc
    if role.start >= 3 and doc[role.start - 1].text in ("'s", "’s") and doc[role.start - 3].lower_ == "the":
        return ("of", "the", doc[role.start - 2].lower_)
    return ()


def _anaphor_org(role: Span, after: tuple[str, ...], orgs: list[Span]) -> Span | None:
    """Rule ``role.org.the_university_named_before``: "Hamlet Isakhanli, the founder of Khazar University, ...,
    Irada Khalilova, the rector of the university": "the university" is the last one named before it in the
    same paragraph line (its key has the same head noun)."""
    if len(after) < 3 or after[:2] != ("of", "the") or after[2] not in OWN_NOUNS:
        return None
    doc = role.doc
    named = [o for o in orgs if role.start - 200 <= o.start and o.end <= role.start and
             after[2] in o.kb_id_.lower().split()]
    same_line = [o for o in named if role.start - 60 <= o.start and
                 not any("\n" in t.whitespace_ or t.is_space and "\n" in t.text for t in doc[o.end:role.start])]
    # the one named in the same paragraph, else the last one named in the paragraphs before
    return same_line[-1] if same_line else named[-1] if named else None


def _delegation_leader_org(role: Span, orgs: list[Span]) -> Span | None:
    """"A delegation of X headed by Vice-Rector Y", "X, led by Rector Y": the organisation Y leads."""
    doc = role.doc
    if role.start < 3 or doc[role.start - 1].lower_ != "by" or doc[role.start - 2].lower_ not in ("headed", "led"):
        return None
    verb = role.start - 2
    earlier = [o for o in orgs if o.end <= verb and _same_sentence(doc, o.start, role.start)]
    if not earlier:
        return None
    org = earlier[-1]
    right_before = org.end == verb or org.end == verb - 1 and doc[verb - 1].text in (",", ")")
    of_delegation = org.start >= 2 and doc[org.start - 1].lower_ in ("of", "from") and \
        doc[org.start - 2].lower_ in ("delegation", "delegations")
    return org if right_before and (of_delegation or doc[org.start - 1].lower_ != "with") else None


def _next_title_org(role: Span, orgs: list[Span]) -> tuple[str | None, int, str] | None:
    """A bare title followed by a second title of the same person takes that title's organisation, or the
    parent it names: "Mukhitdin Kalonov, Vice-Rector, Director of the Research Center of TSEU" -> TSEU."""
    doc = role.doc
    i = role.end + 1
    if i >= len(doc) or doc[role.end].text != "," or doc[i].ent_type_ != "ROLE" or doc[i].ent_iob_ != "B" or \
            role.text.lower().replace("–", "-") not in lexicon("roles"):
        return None
    j = i + 1
    while j < len(doc) and doc[j].ent_type_ == "ROLE" and doc[j].ent_iob_ == "I":
        j += 1
    found = attached_org(Span(doc, i, j, label="ROLE"), None, orgs)
    if found is None:
        return None
    keys = {o.kb_id_ for o in orgs}
    parent = next((k for k in keys if k != found.kb_id_ and
                   found.kb_id_.lower().endswith((f" of {k.lower()}", f" of the {k.lower()}"))), None)
    return parent or parent_in_name(found.kb_id_) or found.kb_id_, 2, "role.org.next_title"


def _previous_item_org(role: Span, person: Span | None, orgs: list[Span], home: str | None
                       ) -> tuple[str | None, int, str] | None:
    """In a list of "Name, Title" items a bare title belongs where the item before it does: "A, President of X,
    B, Vice President" -> X; "..., President of our university, and B, Vice President" -> the release's own."""
    doc = role.doc
    title = role.text.lower().replace("–", "-")
    bare = (title in lexicon("roles") or _portfolio_only(role)) and \
        (role.end == len(doc) or doc[role.end].text in (",", ".", ";") or doc[role.end].lower_ == "and")
    if person is None or person.end > role.start or not bare:
        return None
    first = person.start
    while first > 0 and doc[first - 1].lower_ in words("honorifics") and person.start - first < 2:
        first -= 1  # "..., Professor Rita Filipova, Vice Rector"
    i = first
    while i > 0 and doc[i - 1].lower_ in (",", ";", "and") and first - i < 2:
        i -= 1
    if i == first or i == 0 or doc[i].text not in (",", ";"):
        return None
    ends = [o for o in orgs if o.end == i]
    if ends:  # the item's own organisation: the first one after its title ("Dean of the School at X;")
        item = [o for o in orgs if ends[0].start - 12 <= o.start and o.end <= i and
                all(t.text not in (",", ";") or t.i in range(o.start, o.end) for t in doc[o.end:i])]
        return (item or ends)[0].kb_id_, 2, "role.org.previous_item"
    if doc[max(0, i - 2)].lower_ == "our" and doc[i - 1].lower_ in _GENERIC_INSTITUTIONS:
        return home, 2, "role.org.previous_item"
    return None


def _portfolio_only(role: Span) -> bool:
    """A title with a portfolio and no organisation: "Vice Dean for Ideology and Education"."""
    head, sep, _ = role.text.lower().replace("–", "-").partition(" for ")
    return bool(sep) and head in lexicon("roles")


def _previous_titled_org(role: Span, person: Span | None, orgs: list[Span]) -> tuple[str, int, str] | None:
    """Rule ``role.org.previous_titled``: in "BISR Director Oleg Makarov and Deputy Director Vitaly Stakhovsky" a
    bare title before a name, right after another titled name, belongs where that title does."""
    doc = role.doc
    i = role.start - (role.start > 0 and doc[role.start - 1].lower_ == "the")
    if person is None or person.start < role.end or i < 3 or doc[i - 1].lower_ not in ("and", ","):
        return None
    end = i - 1  # the previous item ends here: "... Oleg Makarov" then "and"
    if doc[end - 1].ent_type_ != "PERSON":
        return None
    start = end - 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    if doc[start - 1].ent_type_ != "ROLE":
        return None
    r = start - 1
    while r > 0 and doc[r].ent_iob_ == "I":
        r -= 1
    found = attached_org(Span(doc, r, start, label="ROLE"), Span(doc, start, end, label="PERSON"), orgs)
    return (found.kb_id_, 3, "role.org.previous_titled") if found is not None else None


_FUNCTION_WORDS = frozenset({"of", "the", "and", "for", "on", "in", "minister", "deputy", "vice", "first",
                             "ministry", "republic", "federation"})


def _ministry_of(role: Span, orgs: list[Span]) -> Span | None:
    """"Minister of Science, Higher Education and Innovations" holds office at the ministry the document
    names with the same portfolio ("Ministry of Science, Higher Education and Innovation of ...")."""
    def words_of(text: str) -> set[str]:
        return {w.lower().rstrip("s") for w in re.findall(r"[A-Za-z]+", text)} - _FUNCTION_WORDS

    country = _title_country(role)
    portfolio = {w for w in words_of(role.text) if not country or not w.startswith(country[:4])}
    if not portfolio:
        return None
    best, best_n = None, 0
    for o in orgs:
        if not re.match(r"(?:[\w-]+['’]s\s+|[A-Z][\w-]+\s+){0,3}ministry\b", o.text, re.I):
            continue  # the ministry itself, not a unit of it ("Press Center of the Ministry ...")
        if country and country[:4] not in o.kb_id_.lower():
            continue  # "Deputy Minister of Education of China" is not at the Ministry of Education of Belarus
        n = len(portfolio & words_of(o.text))
        if n > best_n and n >= min(2, len(portfolio)):
            best, best_n = o, n
    return best


def _title_country(role: Span) -> str | None:
    """The country a title names ("Deputy Minister of Education of China", "China's Vice-Minister"), as a
    lower-case place word, or None."""
    doc = role.doc
    around = list(doc[max(0, role.start - 2):role.start]) + list(role) + list(doc[role.end:role.end + 5])
    places = words("places")
    named = next((t.lower_ for t in around if t.lower_ in places and t.text[:1].isupper()), None)
    if named is not None:
        return named
    for t in around:  # "of the Tuvan People's Republic": the word that names the republic
        if t.lower_ in _PLACE_WORDS and t.text[:1].isupper():
            words_before = [w for w in doc[max(0, t.i - 3):t.i] if w.text[:1].isupper() and w.lower_ not in
                            ("people", "people's", "the")]
            return words_before[0].lower_ if words_before else None
    return None


def _national(role: Span) -> bool:
    """A nationality or country right before the title ("Russian President", "Chinese Minister")."""
    doc = role.doc
    if role.start == 0:
        return False
    prev = doc[role.start - 1]
    model = model_ents(doc) if "model_ents" in doc.spans else []
    in_model = any(e.label_ in ("NORP", "GPE") and e.start <= prev.i < e.end for e in model)
    after = [t.lower_ for t in doc[role.end:role.end + 6]]
    of_country = bool(after) and after[0] == "of" and any(w in words("places") or w in _PLACE_WORDS
                                                          for w in after[1:4])
    return in_model or prev.lower_ in words("places") or of_country  # "President of the Republic of X"


def attached_org(role: Span, person: Span | None, orgs: list[Span]) -> Span | None:
    """An organisation written next to the role or the person."""
    doc = role.doc
    near = [o for o in orgs if role.start - 6 <= o.end and o.start <= role.end + 10]
    for o in near:
        if role.end <= o.start and o.start - role.end <= 4 and _gap_ok(doc, role.end, o.start, _ORG_GAP, set()):
            return o
        if role.end <= o.start <= role.end + 2 and [t.lower_ for t in doc[role.end:o.start]] in ([","], [",", "the"]):
            return o
    for o in near:
        if o.end <= role.start and _gap_ok(doc, o.end, role.start, frozenset({"'s", "’s", "the"}), set()):
            return o
    if person is not None:
        anchor = max(person.end, role.end) if person.start > role.start else role.end
        anchor = _past_entourage(doc, anchor)
        for o in [o for o in orgs if anchor <= o.start <= anchor + 7]:
            if anchor <= o.start <= anchor + 7 and doc[anchor].lower_ in {"of", "from", "at", "("} and \
                    _gap_ok(doc, anchor, o.start, _ORG_GAP, set()):
                return o
    return None


def _past_entourage(doc: Doc, i: int) -> int:
    """Skip "and his delegation" / "and the delegation" after a name: "President Nikolayev and his delegation
    from Northeastern Federal University"."""
    j = i
    if j < len(doc) and doc[j].lower_ == "and":
        j += 1
        if j < len(doc) and doc[j].lower_ in ("his", "her", "the", "a"):
            j += 1
        if j < len(doc) and doc[j].lower_ in ("delegation", "group", "team", "colleagues"):
            return j + 1
    return i


_INTRO = frozenset({"at", "from", "for", "by", "on", "in"})


def _sentence_org(role: Span, orgs: list[Span]) -> tuple[Span | None, int, str]:
    """The organisation the sentence is about, with its strength: an opening "At/From (the side of) ORG"
    or the subject ("NUST MISIS was represented by ...") -> 2; the only organisation named -> 1."""
    sent = sent_of(role)
    inside = [o for o in orgs if sent.start <= o.start < sent.end and not is_partner(role, o)]
    intro = [o for o in inside if o.start - sent.start <= 5 and o.start < role.start and
             sent[0].lower_ in _INTRO]
    if intro:
        return intro[0], 2, "role.org.sentence_intro"  # "At the Polytechnic University the guests were met by X"
    subjects = [o for o in inside if any(t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT" for t in o)]
    if subjects:
        return subjects[0], 2, "role.org.sentence_subject"  # the main clause's subject, not "said that X is"
    # the sentence's only organisation, unless another title owns it ("First prorector X, Vice-Rector Y, head
    # of the International Cooperation Department Z": the department is Z's, not X's)
    owned = {o.start for r in sent.ents if r.label_ == "ROLE" and r.start != role.start
             for o in [attached_org(r, None, inside)] if o is not None and _unit(o)}
    keys = {o.kb_id_ or o.text for o in inside}
    if len(keys) == 1 and inside[0].start not in owned:
        return inside[0], 1, "role.org.sentence_only"
    return None, 0, ""


def _unit(org: Span) -> bool:
    """A unit of an organisation by its head noun (``patterns/unit_heads.jsonl``): "International
    Cooperation Department"."""
    return any(t.lower_ in words("unit_heads") for t in org)


def role_candidates(doc: Doc, key: str = "role_cues") -> list[Span]:
    """Role cue spans found by the role lexicon ruler, longest first, capitalised or after a name; a title
    word in the possessive ("the President's Office") names no one's title."""
    skip = words("honorifics")
    return [s for s in doc.spans.get(key, []) if (s.text.lower() not in skip or s.text.lower() == "professor")
            and not (len(s) == 1 and s.end < len(doc) and doc[s.end].text in ("'s", "’s"))]
